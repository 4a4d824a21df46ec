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
 ('[A-ZÀ-ÖØ-ÞА-Я](?<!\\w[A-ZÀ-ÖØ-ÞА-Я])', 0, 32, 49559, 292, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 49851, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 49871, 32, 0, {}, (None,)),
 ('[\\d_]', 0, 32, 49903, 18, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 49921, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 50083, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 50099, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 50211, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 50417, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 50751, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 50947, 54, 0, {}, (None,)),
 ('[^\x00-\x7f\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 51001, 224, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 51225, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 51249, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 51273, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 51316, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 51578, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 51872, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 51890, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 51907, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 51936, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 51964, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 52088, 206, 0, {}, (None,)),
 ('[\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 52294, 222, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 52516, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 52646, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 52853, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 53123, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 53353, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 53371, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 53475, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 53550, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 53678, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 54097, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 54113, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 54157, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54235, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54322, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54409, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 54498, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 54617, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 54692, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 54773, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 54789, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 54975, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 55011, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 55124, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 55168, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 55192, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 55220, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 55244, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 55288, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 55429, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 55912, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 56189, 145, 2, {}, (None, None, None)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 56334, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 57183, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 57291, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 57324, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 57492, 48, 0, {}, (None,)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 57540, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 57733, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 57747, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 57775, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 57922, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 58137, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 58269, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 58388, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 58449, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 58561, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 58688, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 58809, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 59083, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 59217, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 59448, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 59585, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59642, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59761, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59789, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59805, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 60069, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 66616, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 66671, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 66763, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 67052, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 73033, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 73253, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 73372, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 73410, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 73443, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 73484, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 73505, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 73563, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 73589, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 73605, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 73621, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 73651, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 73775, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73954, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 74107, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 74302, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 74682, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 74737, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 74851, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 75148, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 75326, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 75383, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 75440, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 75497, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 75554, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 75615, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 75672, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 75712, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75895, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 76055, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 76266, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 76348, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 76488, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 76518, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 76666, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 76881, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 76978, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 77198, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 77520, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 77706, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 77807, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 77833, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 77857, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 78367, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 78391, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 78415, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;){1,2}\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]{0,2}\\s*$', 0, 32, 78436, 413, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 78849, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78990, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 79112, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 79133, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 79324, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 79377, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 79396, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 79567, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 79639, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 79677, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79756, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79912, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 80068, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80913, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 81341, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 81731, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 82572, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 83210, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 84054, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 84200, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 84391, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 84437, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 84683, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 84761, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84973, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 85205, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 85316, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 85563, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 85832, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85956, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 86578, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 86656, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 87025, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 87248, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 87311, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 87376, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 87474, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 87543, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 87631, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 87698, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 87788, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 87881, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87984, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 88133, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 88721, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88927, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 89126, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 89219, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 89566, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 89874, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 90003, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 90250, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 90618, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 90733, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 91022, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 91210, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 91555, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 92066, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 92524, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 92686, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92893, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 93133, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 93423, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 93810, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 94374, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 94641, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 95116, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 95187, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 95282, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 95628, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 95703, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 95849, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95926, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 96061, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 96174, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 96290, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 96364, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 96503, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 96580, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 96707, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 97077, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 97119, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 97212, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 97258, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98128, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98553, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 99063, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 99331, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 99404, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 99614, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99697, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99841, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99987, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 100117, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 100245, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 100361, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 100864, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 101036, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 101291, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 101477, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 101664, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 102117, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 102338, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 102509, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 102585, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103945, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 104217, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 104285, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 104363, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 104674, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 104722, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 104861, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104942, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105032, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 105162, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 105330, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 105406, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105481, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 105611, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 105668, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 105715, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 105754, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 105793, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105967, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 106064, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 106186, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 106521, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 106553, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 107518, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 107598, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 107759, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 107842, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107891, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107967, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 108078, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 108140, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 108218, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 108323, 135, 2, {}, (None, None, None)),
 ('^\\s*privacy (&|and) cookies\\s*:', 2, 34, 108458, 97, 1, {}, (None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 108555, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 108750, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 108835, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108992, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 109040, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 109201, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 109363, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 109570, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 109806, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109930, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109981, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 110058, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 110162, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 110210, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 110275, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 110352, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 110561, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 110592, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 110667, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110934, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110972, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 111001, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 111044, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 111088, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 111144, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 111203, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 111241, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 111344, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 111433, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 111585, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 111666, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 111837, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111890, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 112006, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 112130, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 112190, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 112541, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 112592, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 112639, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 112738, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112914, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112982, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 113012, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 113089, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 113137, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 113181, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 113227, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 113259, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 113307, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 113359, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 113399, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 113467, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 113503, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 113527, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 113719, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 113794, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 113840, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 113870, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113920, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113994, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 114077, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 114137, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 114189, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 114219, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 114253, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 114315, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 114350, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 114396, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 114444, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 114490, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 114516, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 114542, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 114595, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 114635, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 114677, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 114727, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 114828, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 114882, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114935, 44, 1, {}, (None, None)),
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
    'X4L8Cs0NsA1K+MYAnFgcZQLL36TKkfCNQz/m9EyrTYD/YexlR9ncpDWk38AnFZ62Fa2PlmRORtScsHVTK+O7Frkrdo9s/6tCc1sd'
    'opyK70utsa5T4VSlQX5KLwLq3WNYb2B+HMeC3WmlY3ZtSi5e4zEzsaWrsYpjqpaqf7pn+68XW7ymGO002Bzmkzk8bOaQxuZW1Sub'
    '88N53Y4G+81kHSdzmqzr0WcDnKzrZE5Lsa5HIg6Y2pFjv2DYZ4qTPm/p+y/rHWXruyKZ28N+bpN1znFhjhXPfREWY5TVrYJH7wr0'
    'WWp/ggndSHBlNOHKaJMjVDzm4XY3Cp8jOfUfvmcW6djP9FTjqdKDh31qR8050uibExZLAtukJGfhxXN0bTSTrGk6Z3lh9xNM71LJ'
    'GW3RGW0p11ZKw9woOTcfeXNSZvE4CZkQ57Mi20P3PqHtwfx3mO9KNt+p9CH7uKxzGcK2y9iAlJMByo+u+a6IOt8ahhN7dA0oFkU0'
    'CMyE2l2Dr6bEgc8Z4NcZbm8B3N5sQHdSJeVyRtQePiWkRVvwHv5ZhTWcIY1xfw/+48Mwlx0wl1nrcHxsEWanM8PQklqDt+x1bYie'
    'BtmiMz9dqUX8e8biZvtR9yfnt+Mb4XJS78FbvfQj9xXrB1T8ZiIPCGhJNDRUygMinmO47OxGjz4lkS+SOSn9nDSCPhzTT5M5eh3x'
    'YqWhn5/V26fj0Lck9xSITfwea3qJWLdyHdgJPRx5c6JeN6n06/lh40R9Xg0YP+En0r9ukjkZ7jlR3qsOaJ+I71fl17mHOtplO+Wd'
    'SMsfT3xgYPduvRlV44NI1k7GvLRjngVblBTRudQkczJsc2JbwX4eqoldC/PRULCKfTVsEMCT3pdMu79vEqn8sI8I331JzXI0hhKr'
    'X9ReUTyRDYozKGdcPknG5V+hfIWO3OkImplsjv0uG1VYW+5O14eetPYNJivgb3CA95icASy912gHLyhzpK27sne9z/v3Zej9FKlm'
    'Qa6Tzg28GMyrr1HoNsa4Y9MkU3lTuRj7PMX47NgI3jX4d3aK43JW8J7icQr+mP4khWhyEW8ago8aDvpoKH7qakTSOtQ1Cp+qk8/W'
    'ketCzFNqCJ8i3Nd/0lbMz0Csj0KuS+Zk2OeErZv/J1g3QF9tp08ZGJLBP3bcJ7SAKCsPGKv8iJmjCrVtR6oylbJLPlO0bNRaTMuq'
    'YPq/6rUl6HvBoFeMbnw+wckEJ0cQTjK62WwlftKkfGcJfXZRncjbkrEflrGn55EZpMdieoAaogdgcRfnghw2H+yQMFx2h2cNsl/C'
    'MHIoP/Vh6MTjqEP58R0pEzg4Hnk3WedjsQ2cUpcxuiMliOjj7DPepY1xVbnGHev2VOWCzOAyEa1hnbnelszbYTdvQfrFOrKW6X09'
    'ndg9DH6VYH0H6XAZHVPlo+0vI3QxQ+iiDjx651N1p9K0rRsBTgrgjk321qK9NRXxDsEaTdvsapibZPyHZ/yxTZYtsYFmcfIqLB5H'
    'K0X4DmYHXUXyYf5k5hRka2+Z2UQH2XfPhvStMdia9UjoQjYEXo4yO8JMqfEyqi0opStdprxQMn8jZv506c04TXoTRJdmlJgu5Qei'
    '06W8gHdjseV3kzNs0TfR2V8a2lOBfuOzQxZPUmYfkCH2AWliH0BjUu53vpOxYvlYvEp2ZvkbTZusjBeClrlLVd7FUOUX8eJpwMfL'
    'rORujlAPs+cQWQDJyOiM3xnrjOpUn/niEq0XvObmQzpmCv8mutOV0raVfV3vGbZsjWhr5sssRvX3hIWV3OcYeXPC1k2XYN0keifx'
    'HI1EfWFHMmeH1ZwF+cNw5hH7iLsZ0ken832vB51NsJBPmxC/WgBbsIlWsU855qeM+cDbaXHfciq/dMyvHfObx/xhnj34dxbgXjXR'
    '4+mcnRzu5y6msoCuX5T2GPbMUfZI7JXMROHA1akBqgDy0FkGeu0y+KsFWl1rcT+Oc9C3ZkiZr/ij0bcuSJm/6UnoWyuCXQDZkX5j'
    'MGsE9bG1zHwk1IKcJ5KldXT4ND5gAfj++hjg0LXzXgHvUu5lSMmNQTMjxCVIrhRAy/SzpkwXUX25u5sc7edHNQ7r9VRT5cUZy811'
    'WJg3ujbBiQQnFLxXJkg3pAMwZSXPoadCI09xLNwCINs7rWI/PewbW78qPZCpXm+0c0yHmPfQj1qW0T171N3PqY7c4UXsRV766iK/'
    'rpB+C7LDaCZ8h9E6j6CrOQyeVFRM0PHxYgvmOYtksOMv9ebywHb/PNNvruz75mL8qyB4Vo3qxb7g81axz/ZulDJelcmgn7vES4/d'
    '6KV/7PfyVAryHEPyhPXRLrNVTCFcriC4zM57rL2WdeOTxetuVPjBSxF2zYxMRXhqQ32sVZOI2iAOUOQ7h53VJX7A0f62ppS7m3ry'
    'Et/sI29OTGIvLDTIXwY0Fp+3l5Pzdkp/s1AuBfUt+qqXXn8/t1dgfC/dk5xvOwT71WaSpxPlaSV7WjPkaQVagmOKqOKROOXebPH4'
    'JT2kjj6rOO5Fq0SffAWkuxHctaAPYjHUcPkdivJuGwGOM3+TQ8IJ6ruq/XWQYj16F2lHu2RO2Vbm6KGPtMztSrA+cdIDXvqXvR7s'
    'PMKlFovHn8X11kfgRUT31q1fDMJ4mtPDrOA95fucvynQh/KBYmMOzPfRb3VojddAnyZbxbbDDF9nw78dGNh+p87y2/nkB/j5iUX6'
    'y/xNOOPE+t2EaE6TdfjGCGZ2VKuB752N8syOiCcMV+Met5ESk7UR6SnwuNrJ2EaOizncY2uy3g/XmISjeYxHa/w21ZyZwCjl3OYM'
    '5pbxMnvv8tJ7HyzmZRi/7KQ/uS363nd8yLFqinmsMug4g+l16NzOCdG/vTBWtY+BD/vvmJUvfE8/P+UzTeopB1norgejjyHW88rO'
    'lwsCPWQ5ktMwvl6C8PUSwndWkXaWAd/J7q/UWsX+y+pQn9+K1kAZwKsFesbO4nHaLVnzV5D1z2RZljp9XYLWD/02F531s3cz0buj'
    '4d1Ui9u+LJC0ZQGRp51yY6DfzPYA2xu8ndhC9BIbh5UC24NqMublAl6f4sp4dCrJdMxNEeDh9R6mfD20qVEg89ka62UaGX8nfwO8'
    'x3nqUVspnmcM8JzW81YFPovKUFqp2idk7QnaJxYG7BNNSE//t6946ce/DfvA416eo4A/prBF8nUDquvfHwJ4P/G+VSM4u6Adv4e6'
    'Pn+Pl9726PDvX28l8xf1Pgu+13OJVSyvlyH6cQnBEVl7KP1oUqyTCsEaFZ0tMpxLozER4RyuKyM5u8TtpfCZDz4G/1IE/1KE0/Re'
    'S80frfMdNLW9+y2+p06yd6nq8/k09jbN23RtJNj84jWI1z1bQ0eiuTXB5zBjHmRH6cA6AtpSQWhIo0SXutmAt28X6DsxzoryNhM5'
    'oE0Cg9KFWtCT1cG3MqTf20RkCqz76wiQN9IIrsg+uFOi1+1EMg1uF7OfqSP5rwzQD1N9rdPGCbA/sjKq+TDRN+P+B/mBEeFMnvC5'
    'XUi/7MD+IZLnO9F8B7UJw2O4cTnAuwV0miod+Ewkl5qst+XsLAKlTr03oDW9WTIPon6w+XsXzCEbB9X8bSVpq8Z5xBbBfDQjfGP2'
    'ueMJ7C6Nfuich5xhcbt6urY70dpm60Nn7GjZAszJEQa64V7BWlaVYTq6sUC7cHt6A2id6AxIpktl66kR2R9MRvuV8/4Awk+nzfug'
    'zBj3ZSqdyeYOPWW5XDn7dz5XUZmrqq5hT6G2ZpieOud/9aWA7A7M31z++G/FPnD27HHSL3nPBRd82U1/Pnvx9DfOmf+m/z373Au+'
    '9aUvzYbPr9zw7i/peNT77u47m2wr88LgP3c7oLsmcIri1fUPr54vnf/4l9DjzNyeWD1/rnlax0/fXbKvjezXl3zPb+/EvwasgbsG'
    '/5z/XzDg9NNy/9s/+N8L7v8HnztffBUgDwz81VefgWmt4rlM8M6tf4pGYa0bTmJPhDL7PJmci33yzEM6ACuELDNDsBfnAJ5oL54h'
    '4Z96SbpTQoNNdcAqvuKXoEPV2fNVe0EXouGqNjdLeKsWwtt1C+h22DY6/f006Bhk9gi47u2a/cBldObVaccuxMvHZZeA9VctaE9s'
    'lvRP9yziTYC3qvlvl7TftB+0DZgv2Aptmifg17vJnMwn3zcTfu8I4PfC2lHotNOUn5DphxuQ7oHSlCMN2tkjWesmdyYXINzVOeej'
    '+E3PmDrI2sDni1Hhm8qkMhsHHV5UVD5IbqV2N/isTZf2dyIeG8O6UoBDaaQHeZngoo5uysS+x0R2kMnvLZbft00QTGaP9mU0xtsM'
    'xlBEd8PU/wEkY+nWH6aey5Gc2B6AS2FgvwXtH+0RYZ0GMppI5t0ZEuYS1PcdBJ9aEQ0OA/sIpAfYptAttYesw/Reqoi/60Jr2IF5'
    'Qcob61KsZ3auVv4Q15eyd9fe4b2biPSr++C8ILOX6xaz6GyB3eVl7157wH9mPmmvl/78vnB+sdz6AW7NYOFzSjw2j+7kuMne5c71'
    '3s1H/XLeOelnPsLPLdm3AtwTebmVjzP7dtJmL73ho9y2g9Uz+2L/OD/T6h/n9vP947z4+mK4KaR/Pwva/33b86HF+GK8JnoM8Nh0'
    '/HXupjca7DVbCX3sJHSJ2n+tQmeiUfcSDHcGwNXl23TbW0C2Rr2GNm7Ov9fZnjyoY8tJeRn8u3kYcSIoH/a/4frnHfzHUok+dBPh'
    'A0Z6Xx4H+Q/35cBh0vYvgm68FPSByRKrM166AtLjIT054+F7OaOzGdjXJnnpuyfx9TEJ3UM4DcovyhSvl7VQ/l2oHPN9jfMtg3xX'
    'T+LrymmT7l5XE2I8cL8XQXqspB+0fQXQFU1GfAeWY1oN6BnVx4v4QszbTIaxx/VuQbRRp15MnzoFZ2G4PtnZLD1nw+OeCjj3nUXP'
    'sNcASMktOwY3pYBrwqfkyV7STs5uFyM5uJ2MxxzBPZ5tJM9UlKdbkqcR2XI3I91rE7KzWmAV26Ng3ZUsr2y+8vCH8aZU/qRYHaLz'
    '/KnoexBsrJugtsN0H+8RyD3U5lckW5ue6an0KFTvIXqPz+FE+peZEn1vl2AvDqv/1eXd2pA9oQmP1iXQsYlssmut4rtsuufTQbqk'
    'LqTjrCX6D0pPKX5WgpyB10g30c2p2inSazYgvabIhkTHRmIrwckOQfvrwU4St3+HAN/GExvaOkt+hrKT4Cmzf8Q4W0na1iywD6Hr'
    'UaarbNUYi+2a+DCe6COYjQs9r2C2JCK7zjpoiwo36bh1COSDOhgvNn7lEtq0jZyRqeStUtGBLjJ/U2F94HXRakBPmw3wvSvg/lFe'
    'sIbLLHFcaSuAZ6DlHL5BVS7sWapMB61rL6fL30S9xx7y1nt6RPvO2R/XyX6t2MhS8ZjY+Orw0BSXKgguZTRsLxdY+j5/dNtVKrhB'
    'dxVK5SOgEc4VbCSvFvvnTR02T1r/yZjEHLWtAdd/yz+kxjPGPugEFi76T0GwNKPeR6pO1pbWWhlq378mvn4XxIgPFsEH3XMR7Dd4'
    'o5XEr5Du1f/i/n8K32zNSIfK74yO3+YwZ17zkH6OvVuF7OGzyNab3T+qRnwsvlfXCWkL0Rnh+nZZ4c4CS9HnNwn6fKagz6cJ2n9S'
    'iHFYLijTpyjTBHQCl2EycS/JeySRMWoFetgGQZ5WkqdSkMfRuYv0q8M5f5cJ5u8SwfxdiN59WzD3H1zsn3vHryOd+4WSuRfZ4Kvm'
    'XnYmGDT31C4xaO6bNOa+SWPum0ow92WGc18L5xb4nvNUqzhWz3ywX8gieGlUfj5JT4C+nGt5dgVMlxSkC8A6o16ic6b3nZi/cepj'
    'Q6U/6FbobLGejt51PQH19wTFeKxGOD0zhF3GCSXckxiN/T/0rmGK9+5v6N0YePci4tumkHmeArB+K8gzbUpxngOwRvHZTVCbnTI/'
    'd+xGEF0y6W+9gW5adF/Qqf9ryM6rR2JP2yXQ24ru/v07sq3eJCmra8ctqj/I9gHjfD868221zPzR0DYXYKwmGJ6b6Or5WB1nIXvm'
    'PtL/Fg2beXY2S/WUfcQ+tCOivXO7pO4jwW5Od05bQ9wV6CA0Q+e8NmNIR0Ry4TwrvH+7xZAeZ/ntrpZYxfcXUwH6V9E7R2d/fEhd'
    'qSxWnS4M6vtvqPpcb0Xz/yfTQ+vsWSb0GfuhuBz62ZDo04T6tDWHgT6tDp1VnG/I75QRe4ZDNiBrg50zO2VWoLWz7HYvfe5Wbq8x'
    'VeP8LYpNg+o+VS3iiyzwNfLP4Dvkuq8Uy++yGFJBcaR6DelaolfyxUUlhzjx6pV05wbbpprwx7J93ZR+B/lkxXpcU1+sQT5Y4/YJ'
    'Fjf+j/InJcZ/g0ej7FDpr2qJvWHU+mzD8lnD8kms6gCaPOXQsIaIVd2opevHPPdKS+6XTmcu65C8cRWUZ/q0ZpjjtwK9TOZ5aOeZ'
    '+Rxi80bPRumZ43z0zQrIS/2t1yn2qjD0YbVCv0Hv1qt0OKK77VT/oasHwTos1q5+Q/strM89ZYK3/kT6qx4DvdFzAj0atfeMot+h'
    '8PaT31ss+T1TV/8/wTuroPftZT7F6PyK2hBWlyWaQx1904vEBu+JRo6rOn6YeiX4rDO/zYJ7VNgOlt4HazYYi37J/aYtVnGsjU80'
    '8jtRQbrHoZ67MPaTbYN9OVGgc9WRhXXtxUWyt+hO3FDrZJsa+VrsI23TGcttEpt+atfeZpnpu0Vjty1Ap4/9Kbw4ntPRfknfqO+V'
    'fskdoLjWVhRb41bB2YrTz++gfr4SYe5k9GRTieiJKW3dPdjP0+HdieT+2Qlw/+yaSf6xpHfsnPKr4B7b8ozePTuWl6Uinxu0DU7e'
    'xej+oG57l8C3PZL24jatQO+dMTpmvGdHgGnIQc37ArpnXjp+qHRg6uIlvo8ddv04Y/PHcXxs7k0X5/9WGnwfp3n9t2vk+WGaw3PS'
    'WyD9GvotwhURrDugzLdJvd+DvN9Cd1C+QvLcDXn+hOA9SPL8APLcg/I4dTljc9M4T0eMafVrhL5uEtyvEdHSTsH8ie55NRvsse0a'
    '87sD9aFLcCfJSTfYwTEr6P4go42l6sOp47yzI9H55zbCCzRL2o7tg0RtbpXcPduq2U7Mw09EY953mOw9ND7J82N5H0qxf8bZ9mch'
    '/W/C69w2lt/nj7p+h3rd/tNY74w3qkyK29oqWQMdlv7ZVqdkHKj91cVjvTvP9N4dxrWXBTY1QTysiczTruBZmb/ahYPtXEZsyfAd'
    'RlyfUw+rl8owHRI7xKGmla82eDoq0zvKur4HRHdmde1segS8ktPmnzZw/UCfxJaoQ6N9L5L2bdYc2yg+O/9A2vu8xpnvvzTwtT1S'
    'ZaigNbMRtV9X9xiHHiNtm8+naI0safDulwxV+7cG6I1UbS1rKNYH6vAgput4qPUqj47hdhc6OgfRfnNQYdPYI7HxZr4JbhnjtT/O'
    '/dVE1xu0d75/jGcTrOsvmO7npZBVXJ+4Y/x7i0g3sEjTHxDLi9t+IvIphHUFq4hsv5L44DmVfF8Bsv+xg22ePgT8c4uEbrQS28sx'
    'Q9weme6RteeP9cPbHjo+P6737t2VIm6zDg9jysswHuZTMI7DtWbpWt052J71llq/prNG1xjoBReh9akLn63ZNRH1gYs09Yqu7V89'
    'p/+l0MeL+Agdn4BO2yqGqG1dIdr233V+/+9DSUcZD3r3ELWjS9GOz9TxOC1srX5lsthfPI0Lz/L1SviBVxBcp65r64rPFXXvMkXl'
    'WaPIFlsFcrF7/6+O47iJX/tNBvo4kYwror1UvplTx/WNHZZ+PKdeS+w7qstgzjYb9Ivx0/+o5bqWkaorcu9q1fJxLdXYbIqR1t1U'
    'y3G0FPYwUfaIq4eobWHG7S21nKccbt2fe/6H2tNfQrsQ7AtTpAs8FBOh1rv748D5r6yXPg7pY5D+CtKns8V3JvfB74chfRLS5wic'
    '/ZD+POvV+ZcCr/MgycvKHoD015I6nyN1P6+o8xeozjl58IcN6SJIx0J6AqTHQHoipNPzxW2ZTr7PQL+dOm8veHf4nHdH1EAsY0gX'
    'QzqxRvx9BaRlkM6AdD2kSyCdQ/I31MD9zYKfJykFfrE1dUCCX/2F4nMPU52RKM8Ge2j0128o+PmgMHtv2Dugcwulsb3S5WsrS1y/'
    'Sv7+Xc3w1M/6/+Ma7r9wKPWSIp0A41W/WMP5q7BnREOxdnbVcHo7i9C8CZCOh3Q5oW1rIJ0E6TRI10I6mdDK9UDzNqCxGcn2YMtr'
    'htcmdCzCaxPZjfaH2jm0B9g9qPDlhWrP72uYe/5xnyk9VO3dHQsb50ymH1PV+7VqfhYxHOcAThs+VC3XR0aR3XX50c5qz5ea8+6b'
    'BvZWdypsqbD+7zvw7RRIv3+Uf0xF9l8PkTpugzyPEHstnOe7kOeFtLoONx5btee/aKT2H9vSRe3ri1Ueb6iy0TQ5hxkqne29Vd59'
    'HSw3UXnpcYncpJKXngaZ5cuojt8SeYeVeQrSX5I6DkrkqceRXOWe/6M65uRgv4Z0MaRnQLogV1wHy7cO0lMhXYbKu/p/VEcWZKRU'
    'XixDLSAyFsvPZLapkJ4G6VEga11W5ek+3XtRhN84gvAVDZCODSlbnRJQ12RJXeND1jUH1RWGL8LlpkJ6LPk+H+oqVPF9b6jOJ516'
    '/1Q5tPWyveaxSs5zmPgUEvFBumVlOuivozGI68y8RYPv+pdKHh+vVGf1OyuL+ZpS6FqfV9gxXIT6WQrbY6eOEyu9uDbU35XpHTNd'
    '+fRohL/DfTfLQvgbJ7+o0i/9VwWPHRlGzyKzB3bl/xhh0/H6ZoU/NluUOwdBcFT3EH46BHztlRUenJHI6zntOwfmGvNBpyj4HZZv'
    'PqQLCb80F/if4xBsEY+E62jK6fNiDuxpFZy3YnyADenpkK6DNBWSB8lXcLpWyv2Zrbs/5P31lcoewqnvkSGqj9GsbwnqKyWf82+o'
    'vo1WcJybjZZ+DJteiQ31VXm+38epXzLRJ12K2jAcZ/puvNE83z/itqmani89T7VJgVfpYWgDXUv/Vc7jUXeSsd4vufdYZxfbcFN7'
    '3IfKeczvMHycLg/wjXI/v1iqM32nvo8NUX1sbt6hUZ9JPbJ7cey8bMMQ1cfo3Mklro/S1Vkx1beV8NQdhNdm+FJZztd3lPr6rfBn'
    'Jb8t86/FMG1QyYcPl/n7OpT3sl39f5lc3jC1BaZr4+MlgM3m6Go0dqW4t9aigOHq/8r42ij13Tk3tjYaz36JfdHFdvHvLQTmEbZY'
    'pp1fxu8ExXkGwO6969yZ172XnirjfvinET0xlW105aU/5Li8pCvT6Oo4n0CwTyJ60zlEL3ymIew7c9xnd1xykorneB5w5rM57vs9'
    'iu2vA+uDOW6jNhz3FmlszLejcd0i0cXJbITD3Mlg8AuAm2NJHS+Tdd+P5oLevxT1ZzmCSX1otJF+tip0rWzOpuT4PrnNKvbP0mLA'
    'w8rmgtG9HGp7XHdu/5SVwwx7B8axE5xoldZ2yqnnnhLXw/aEm7KljwcgG8t/yg5fLIItWU7XriR1f0FyZ4G16cbJxfLWmxGsIBlQ'
    '5/7DuqznG3gk+4w5QtDGofaBpDpH/3OGr5815B7lsZCuJnBPD1HPLzI8JscmgufPa8oI92c8m7ahslFy6vxSxvPtWgpbJPf8L8PX'
    'RBspo3uvmcHajcZnqO6bbER1DoVPQPf8H+FSd4COMgiXlqF5jfvszoE/CcHvUfASzQZ7Axv3DMIbKk9SOXG7hHdhe5tD3xrJ/UvZ'
    '2j8+xNp/Ku3Zwg8nHSwAXa4Lee/hEbDX+SKCwc6SzlacKa1FcpYD46Npb+6wXc08cidiCbHLOYZ8nwp2N9cIYIW5V+HA6kKwZpD7'
    'DyY2xK7+H43TpQ/BPd8Hisflhz/00u5vQAxFiHVx26Ng/5+W7xmtmjb8K9M87kCY+FUyfnB6mt/1LKVNhXv+h+qi/d8eE8/Jxut/'
    'U3y8+kjfdWj2domM8YtU9Jhc96c8u+kg35UqGnOswb11Hdr2uRSP3XKqIR24IcXXiI6dHf59aP0jGGHt9i9P8RiXqnVG18FGVLZF'
    'sA6CbI3PS0WLLUfx48SUZwNTKj1Jn6TeqagfUc+r3LguKc+XvIo3YXGpXfsfQRvC6ukdeL+3+bz2CvS5onll53e/RmVN1rrr/8vm'
    'fQ/Sk+O+343q207a2KKwX7rV5uvXxG7VKXNjQNkgO1SnzEdQP1sUtgjM3uy9qIyOP3j3/p/NY5/q7DkdEpxst4vP0uO6R+je/7fD'
    'xd/spOsfxkf3Lq3r/wuV0eEJnTIzUBldnXojKqNrU11p8xi3QTKzu/5R3hbFOfRfLHVeth6dWK3jrfj9PLn2v9AO5/v/ng1xDlu9'
    '9GVIX/qol/cBlPeR87w0/TYvfQbyHtXm5b0jIC+Fe6sg74n94rz/T5C3/X3iNvx7QF4K959R3pc2e+nXJePwnoC8J8HvGyDvO1Be'
    'Z9E6ac35/rIFoK0073UbxHlbBXlPukqc9y0obyvkvb5T3LezUd5d24FHOVvct3WCvGzeaN7jBHnZXNC8C1DeRV/10r13AQ6DfDLj'
    'NrD/RXn/4264974X7snf46WZvbD+UV6V3FON8lLZqRHgjn1AHL9VFbNVJ5ZMGaHZTH+L4yC1km+mcZAy6Hc1fHfkjrWAM86/B4fd'
    '+g0qQ/uWitC3LtL+k9G3DtRHFguYfWN3ttmevFwwJkxPtUDwjZWbJYB56CzJ4nG198O7IwTzwuphseRrgf/B/Tt0lxzlaVHMoSwu'
    'UW3I8RbFaGaxLoP2cxyHfGZIPDPVDVO+w6Svp1ny+OA6fJdu7GaR3KDbTlE88W0SXapOjB2Vr2Bnzt4N8zfUY6Nq1wbYG3Tlvo0R'
    '76O3GPSjJ6axd8Z9egRbuE5L349hj0Z76H7VCGvcArxNWcGx0XIhaNAMCX7328U8cBg7OZ01spXw3/Xj+b2hbaRNcdmlbCW42yeR'
    'BZyYH5MlbekRnCfEVe8j4/x3p4ZjXpy2fHWc/y6Q6P62zv2eu+DbE+g8WBVLRfde0a3w7WHNe0UsxsqdaW5X5vS3Z5wXOx6Xvw/K'
    'P27YX9M24baw+C9h+7FmHLc5bDe4N9FJzld1cXa6pD56J1GXHqjqKxfU12cFxxWPUt/vx3Idj8xPBb2zqQv78bGejarueUS3hNeh'
    'MV5090n3zl+ENujSH1H7cBtuGOvNqaoN/SHHo5Xw2TvGchyi+rNtJcDZSxAO9UpwiN4x1YW9biz3f/9NA5pqcldyqGlxYay3D+r4'
    'B8Hxs+5Ix09Pf9/gt5/tI7YpfQa426tZxr3z08DtkFokuu04aMA3UB9bNPnhuNb+R1Afqf5+oxUcq8qkj/0B9WwPsAnV0enjs5PL'
    'UD1bNWWSMPvuqWjOovLFvRI7V5l96axhqJvZPpc3cLvcDgnNbDYcyxfH8P4Mpezh+vwd47eRjlvWcOr5Lupjp+Q81nQd6669T6I+'
    'dgp8KcRFS65G9XRJ7jp0xdCfNqgnbr6N8ilnlageOm5LATd064mT92sw7GNvyD6+Uq/Xx52S+1lR5Ppf1XO8vIXwJt8gfMdDGrbU'
    '90p4lbvrPdtqyguNJN7u4yieyp0K/x24r9TGPK729NZzO89NEjmD4dIOA7xnNvmX1nObVFMejtKD0yPAouvhGNTvFgM+RbetkwPa'
    '2m8IqzICLMqf/a2uuN+mul/VuO6v87f1+ZCwHkKwWhU8j4oGfRf1W8Znb1TwGzI/I67Nnwb8sHy8G/MLjUUY+PhO8w7U1jZJ2TB6'
    '1nVgu7MBwY9bB+fAP00CPw6dmxvzUwA/Lh2bA398nXc/QvfcpzMG+e+VWo4/UfR4Dqxna/n9jq0h9wZTnPpRxDp7Dc4AGM34Cqpz'
    'KOQ8p87r0TyJZAWTfeOqCLAoLd4SAyxGK9+MxrVbkCfKearIh49r8z8EdVLe58haj46Y8va645it9d+hieoPvTvE2vzvQmnaYbpe'
    '7y746WrQWtwp4XtN6vx8ge8VcevSHfjXFfi6i6I7d31+Fvga2EHGu1+TBzbFjUvR+ATV6aSX2Objvw6NT7UtxiXZXTdKIxZHgEXX'
    '/uQCl/Oo/p2eBwfJbrpnALeng+W8V2r88j+9JyO6w6dju3s28QvJ7gyfCTa9vxqGus+Gur9Xw+9JNYc4tzA5r/gPQV3dBrxahwE/'
    '9x5BXX0h+6eSPbYK6jrKNh/DLo0xPKfGf78vSB9B79u6Nv8IhkpWapXsrQsMYIj4cnf/DwHjAIFRVcPv3snObXoM91cH7svVfrjP'
    'xwB3P4LbJqGVnSHk6x8J4MpkVpP945sILo2VoiP79lhi3+GfRnC3SOS5MOdr79OAG0a/0FPNcdUELtYrNGu0bXsInHqDAG6fpX9v'
    'qUNy/3Q5ghvXWaUD9yg0lmHO6BwYNdX+u8QHyLjryNE6+5YT86NO89xIJmv+VwgYVMZ8RANGnwLGXQIYWw378jUNGC8qYHxaAKPX'
    'cDw+KIDRpzkejF7sqvJwPKpMRPn6zRADo9TnSe76r+I+Ow6UgK9SrY+5VVyO1+HFqf2NijcfExH+HQr4r1b650rk60jHTuheRV37'
    'K3mMy0UZtV+Opci3vOoOv8k9wu9X+vFedEdxOfJdj+/5y2SZm2KGy+QUJ+YH1V2IfBWsjFEu6xvCOlk/L6rke+465JNFhSfUD9Uq'
    '0peTYobL2juvkvtSeJjcBX4W0l+Q94+gu8LuPS0Ewyb+FtjvGuL3P4P8WzowKhAMdo98OqSzIZ2igPH3Cu4PgMrCXYZynAPvGQE8'
    'U7pctP8L4PUo7JBEfmOZDf8dAnhhZWQH3s0V3KcA22+pP9l+S+x3/hMGZTuJjPIBVNbkHNTd/9EYtGnyi6IY7WzO21FbTOQEp8zF'
    'BmWpHHyGoOxBiVxJebFVFTzOECv7ioHORYeHnhZQR2dMdeTRGGwlsvoRtvgMgeHfK3n9shT/fpfnfdMZL5MzBKYvfTTP8bRDgosd'
    'BvqC76P+dkh451YBDXT5f9SWbVa0GCSu/V8AvB5DmzLX5wfqmwxev2Scr8z7fbi0Cs4r8Hj1Q9m3o7Im+nH3zr9BWYp/b8hz/n+o'
    'eUqX/0dtZ3zCiYS/WS7hSyaFKMt4j2qENyq/Uzr83t/L44HH2vcMgne2xD9WUJwn2r5HYoLH2ndHOb9XTnm3R8nvA4iXc+//obL7'
    'JfzdbyT83mdQWQb3IOEVZWWvR2UPCvLgdjxMyl6Nyh4NvmZOJrGr1ueKY1qxeKA9qOwsw7KbUFnm82YJ8XmzmMTOOhXKno/KUj85'
    'S0nML1rvKajs0pw4Vpes7DGo7FpBHtzWM0jZWeV+/25sbNYq6m1EZafWiGUCGf+eR2Wp//vZpOw05JPR3f/LuM+n5hC238yvxHMC'
    'ON0h4DwhgLM9BJx7y/w+s/okujm2F31bowzdg76EyrQG8Jt43/+UoMxOwpO8RvpzfZnft1IQn25yZrjTEHanAeyNqK+yeADtZHwu'
    'QDiwJUS/GJyTA+rulNR9TEDdnQZ1T0cxR7Zq3lNRya/MP0s16pfIB5sIty2NMhS3X8zxsdDl70XnrgdyvG7Kl7YK+FP3/k9AmR5J'
    'PfcblGln9r8aZej50FfQuOjy7SK57ZMadfcTvPqQRplnSZmrcxwXaRlVvB1VH7YIxuKA4kxOBOci1EbVOlPpZeiZ69qcns9AamNG'
    '19DCkHDoujpSE07QvW7X/h/hwisSG8weUvc/srwM0zP9wRLHMWH9/pNGGdrHg6jMBlu8l1I/6E9mOZ+/OuPn4U11/T/Icj+KDxN+'
    'm/HMT0G6D3jl/0RlmB/I/1Hw5jejMgzefgVP/u+ozNESPvMMFMPWKfNhQZmVhCc+Fv12ff4KypxBYuOuJ/X0oTKzNNvWLiijatsl'
    'qMypEh6fygVvRGXOyBWXlfHlawVl1pMxwO9dn/8BZU6VlJmV5b4ymwPOZ135PyDvqyRvHeAOXptbNfZjxi/YqK4geyPX/ifjzyuy'
    '/3H1fyhvkF2He/6X4X0wtdVwY/6FLM9o2F2S8jq8jVP+64K+Uj6W2bt8ISBvJ+GPPxHQrk6Ndr0f1SXTZ7J27UZ1bQtha9WF6qJ8'
    'xBZC/1skden6/jo/oC4ay+T0gLw7SR9OEOQV2c8UQF9I8x6U8KtNKG+XJY73wc6fjoSxCXN/2eX/UV39pA94f3Z9qKG8QTyCk/ev'
    'aZ6XxfZ4o0R/+XuNvEzfdiAg7/EE7hMaeRncH6c57xmWXyiATcX4Etghu/f/0tw/61OEJ9iHeBA35m9A3v0k73UoL4vluEgQh97l'
    '/1FeygPQvNtRXqorW490eK79L8q7jPAJs9Ce7/r/QHlPEdSN+YILAvLSPfeMtN83KN3T1gry0LOdFQF52LpbGJCHnavOFOTppva/'
    'gjz4TMu9/y/IQ/ffSkEebH/trn+UR2S75er/UzxPi+R86IWU51vR5F60a/8XAJvRzqcIbJ27x+76F8B+nuS5B8HW5Z1c+18Eu1Wy'
    'd39ZkGcn4Vs+h/KIeC8nz78F5GH80/UoT5tETnsv6qvumb6r/xPA7iF5ulEekT206/8D6je5v+qe/2uW6yNj+wbDcqy+41Fftkja'
    'tEyQh9Y/NyAPgzNNkOcVAmdCQB4GpxbNra4+0V3/gnI7NPD/JZuX09X9OeX+x+Z3paLaVz5m83HpkNDJHwXkYXT7bpRHdG7v5LkN'
    '9VeXN3b1/wGwt7D7PwF5GC3/eEAexr9/WNDGVo02Xi2AfYC08UpBnoOkjV128V3fKHN7KapPdG/YjfmD8nRJdL5nBORh879WkGcr'
    'ybNCkKeX7v+CPBTXZqI8Il+17v5v++mWiv93/f8ZlmNtsmHeot7fdGN+WXptoLLnfouPi8i+xNX/oTw7JHLWT1GeAxL+6ocoj0j3'
    '6N7/s/ha0rUdcc//EWyR3YYr/wvGSGUL7PL/CLZIpnL1/wF5WOzCd6M8VC46DvLsCsjD+nFFQB4mg21B46hrO+Kuf8vzVxeXjbHr'
    '/0Mw7io5jsX8qDG0EXb3f1RO1y7FXf8Wj6/wG6IfZvJdgyAPjjFE4zTQPM9k/TEQcvBv2+IxsWxLPx4Afl+B3mOf6wxGGaxzE9iX'
    'Alz3WoEd/KTs0f24A/NZiz21XrLH0n8aD82JPIfe3BSAbl6WzJN4nqwo82Qp5wmvY7re0pZZjINk/gTzt8daQ4a83LLim0LduYk6'
    't41Q3ob31VBuLMrrnstBOnGgGC9yAd+j4hyDvQvSSweGdmziaINp/JFUiDaq9tc02l8nGLSd9duE5h8Roo5vG9ZB6VoZ5E3DHy4j'
    'ghM0r7J6RfxKUJtrAvAwanmnvyci3qwO0omAU06+1TBONny3JX1z+n68Zr8ZbrJ6x4NeD/Nvp1o8Fp1oHTVBeglZI3WEBlUBDcpb'
    'h5CYme0LHxv1RROepYKH2z0b0rcS+mxp4OtRwL83AkzcrnJoF7tvOBv1Q9Qv3TrZGqmHPHmE+1moz9prWTc+qcbTHMK7erJnpAV7'
    'RgHRI6ftG0jbHJn1o0K+IvW6fhju/cNbSoeegYHdu9mco+dEK8TTiGgLwyHduQuSB8cDjuNv8y292ItR2lRv6cUWTIF8jHH5ioD1'
    '0Ag6LRtoWTWcF1UwmIcRv2qAgmkzGWYgbSy4oHk2fQoCGu3aRcHeh+eyGfR/bC5rAQfGWDz+6aG9YI3XD7ruLAlNleGYLdgfv032'
    'x3LJXlvw0O+Qb3MaQ7GbnBXq3Gtos/x+Zl3/ABaPe3kzvPsgvHPyPTod/AMhXVETahfbD137IFj3OPbpYkiPs/xxXZdAuoiMqYiP'
    'Fb1L9AqKNdmtVA0EPGoRlvIWsrWQEfAOy2DuN0K601COkuWrRvnGwx9j8eKGz/abEwZ/rLY5T5dCvFA5oUHj4CxjQLM+Kt8V0aoA'
    '/oDRuk0E7tuSNVK0RvZcZkV5UqoVVEPw8SrEKyfz/vqY93qY+0XoXV3Aucq8GM5VGqFe55kMeaoRDtnnyPcG2v66EPx1OeGvp8EY'
    'TEBwKT+C026B7iDozNhGusd6du8XpTjWPT4fximTYYL05SI5mPFPk5bAvQTCKznpaw8U80rnojzlA8V58gNgl2x5MSSdd+dAen5M'
    'Z3EZtMPL9jfmX2AM1HG2IDXR1Y1FsCZn/GkYvZ+uHkSlv6ozhFeH0hTgQTeMXwesw6wWrR0UszKjnA+dRymM2TlkVQRaLHrSVWuy'
    'dw0KNGsQH/tPQJ/YXNsBetBakMVka4jiag/ghg5svAbSATp9rI9cgOQwS7NdWaAvpucXNSRfHPoik/jqUeRKVk8K/mRjy+LFU1pT'
    'Z8i31cF72blPHbxXxZ+X6fZtATzbgIZhHJoJaW7AjA6yPRqPRQ7xEEz3h3ngOgSX4YEpnHqEQ40gX6WgzKxElyzUJYvkBgEZDaXD'
    'CzrHTJcYj116cBH4O7zUowNBujW67grwvYKsiXnk/EXHjqKUfWx8v5dm94zePn79A6O/j4u+6qXX3z88fcwOQR/33QMyze0jo89D'
    'Ma+Z+8EW876R1UfGN+G7bcyuulJgV91ObLYx/2PCr9H2VQW0b7Il9i3TCv2fYgXHQtqocQbyPLkTc3VAvc0lrHcT8K/Ulh3X103u'
    'B4j887D8unHEqN28LB57kE8UZiO/BPhreickCI5pezdbYl8k9H6LTryCF8kcyHBaZ52vFOB2hSFu69xx08U/jGPsLoRjVz89hnp1'
    '7zKp7uucanFfr9SX55aY+jwfbOp1cFk1DhtLPB5x419lAP7NtfTv4fVI6BG+Z6x7D8jkjpDrjxp0tU1wRobrH+ltvxS1vfkwa/t8'
    'hCPbLbHfdlmbh7qtYdeNyD55VwB/XCmwqSwDXZfItxuOtyqiF12WOBbLDMsslmerIXx85qHKKxrbnIT26NiIlhGaJNODiWyRg/Rz'
    'rB26+jz3nufg33pUJgN/QfpVZj80H9Y21Yvp6nFTI6CeIP2rSEeqo9tk+SugfEZhU1pnqCeaGGAvXyGQZ6LeBRDh6TnIdhrTEHZm'
    '14TsuyYIdOUW2BpiXTm27x0HsPKSuxSFAX6GaRGbWwtSE9h1gnPLI1v5PUb2bl0L+DFA55T3X+el/9bqpW2X83uMLM+6D4rzTAuA'
    'M+7N4McgAM4/LuQ+ipme/9Xdxe3PC76xflDahsc4P1B8fqK7p+jaO8nwybVDXKRf33g4PxWdh2DdIB0LrFOjNluNwJ9gO/Q2wKWw'
    '9q2jzH4kHV4rzvEh8NmjtsST8TKUPpicX1sEh46EtXb5Bogfhr456wh/qxLQjzIB/QjLr8nWVkGyRzi4+lkJrT54K9/voo7R3ru8'
    '9N4HvbbUo2/Xg/7vJ7f571f/7Ste+vFvgz7v8ehyoMk9kEb4baP9iPGzDFat4Bw0qyFrMvrm/F1J6FsTGUdGwxcTn2BnEP/6i4mv'
    'sC8j25FZxPfmWlLmVOIDlMGeDbA+DnsN9me2lLRnmaRdLJbAFEvs15T5INsd0N6jJX5Hj5H4U+2wuD+zlZJ2nQF5my0ez4vWO08R'
    'Q4GNzzlontaTmA0U5izUjgLc66D+YhdLxnRtjvMYYxVjtT4nxpsmyRyze1Yi/3OsjpMgPY7MKW3DHEn55WSe6FpmPEVUmlcesN5k'
    'NI/ZhHw7As2bY5nHmf8WfPtLmut851vBMSLDwi78//a+BsquqkrzvFev6qX+qKoklSqSEApIIGBSFEogJIAlRkTFEAlNwPBXPy9V'
    'UJVXlfJVQkrAIIgoOKijPdrjTLetrpHuJM3vMsFxDCgERkRB0cVa2AMNrjFM062dtpe2aObdunv33Xe/fe4959776id5tVatm9S9'
    '99zzs8/e++z97b3BBjgvgX5O5o4EuzY9b4+r0hoMpvlz4+Q4imMj+fpRMo4xcp4Z04xH8mmE5o4i/jCaY3Eyd6QqzYm4hT1zqSrN'
    '20dzNU3WjgAZY+ObMcnHTO01uD/L9Q1qZ+I1SXaU0cat44N1AXyQn6s6LXWjbfB+HYzLj+GcPVifKvOfjB1+aDIuriz4oaTi/6Lq'
    '9dSv2svsplyvl84ASdN5itxHDGclts2PKT75cnUvsKcOoiaZ/pxsgmfjePE0W5Ms0W8cOdVc7ElLh3ffFBvLv1NFvhMUU0ZjqGmM'
    'K8ewBsUvSLR1tNOPST6moPiqYDC6M7thiHYXs0D5QyU+a3rj8lAHylji0dG+sx2u6PtFnMmiVOkzI+yZuSmPl6D/EHW8euEe6pgZ'
    '0jZ9r1l5uYH/oPTPIJbnX1TpN26Ee/+P3BtmfXtduId9+4XQ5jg5Z2GfepkuinPyQ/J+DxvTU47srfCuCu+q8C7jGHw820h6RR3T'
    'K9T64tr+pfvv7q7iv7vCddY0xo8I7Tcn1H6Gta/1O0P7YW1WC+fJm5QXm9oIvM7GF3aU03cVcWNyskzKJdZtops7MvubqjRHnokP'
    'dSnBS1Cf1YXKyyGDf1sCsbht5G/fVp7vB/+2pqP03IgxVQNwLcB1rZL9sKa2igqNzg4atV3XGwmvs80xdYysafd0r2lc244kc26E'
    'NW9Qldxiutxijk6rtz1OnW1xOnBxSBvUZlPJUzd789QlouMyGrLBopm2GQcnQ+P9nDn4IDnz73/BvTb8xIuXc55ZR3SnjsehTsNB'
    'ub3zyLMn7PbakZ7tJM/eDO2d/bz87Cnk2VsedK9LHy+N72siZ5zJZ5+DeEfA9zwNmKOvQxzkvhdKMUGPQh9eecLfblR/Qhv4fem6'
    'pJU+b0MzYDcRe9wpnC+bQTDaxufbxPV3sj5XWepOprK2mejMJrZ5mn9oCcFXcJyt0uA9TPI2meSHC/JD0DFFaYvnMrqRzTvHlDcJ'
    'ZylFziPlylVpSgtz2ZnufoJl4jkt6V7U5bS0zTOUhfkyjTNogv/zWOHjVKkfvQniHlZbrNFUrIlpPkWTuQjKu9XAZGMtwe/rxi/R'
    'wlkCLawg/EiiBV0c9xKwF5RzntGXFxb7Xc34wmaBHsPyCtF9ocuhS/uBedBt9A9TfOspDLeKz2dVaU2KUxhf6iDvtEzht1sinP11'
    'c5eNOHfO+O8Sxk9zlcXJo8TzIIXFX9nMe+E6O5uJaeyT6ffnDNjN84ls7TNKrnEwx6BWiC6/1+kkTgXnv9qSxihdVujNW+91D04v'
    'vf30qWOX3rCNLLxkS3dOm3cQm0gNkXs0Nq8d/MwpaOM0kFmtqpIjDH/QXlGco9/pvcDxc4TRdbpWRYu70+Urtc+96ViWj97km3AI'
    'bo5gJzePXWM/VbAw3SYGdeDz7017MSubLfnntdDGOWnvnEfbqFLhuWRPS7s6PNX9Od58m5JzG4TlcqA5AfBMWZ92Y1PKlf9Yyn38'
    'Tynz3Mevpdx+VHxQog8qRk2F0D0R2rbtmQLrbreyuKDOCDh52uaHU+6eNZHZTZo23lf8wyrShrR3tij7XFWDisXoWehBUo6qoHwc'
    '3F40P+Xm7NbVVztTc0+XG8O2HacPh4FPtQEfkfTlhgq2PAhDV04/s9X6Y87925SbrwZtQVmDOKXeMsVPOfFPy5i9KqeRYzuVed43'
    'ntdtwHDPN8H9eUJMl5RTb5DZ6Qrk/7R2tsSHcqo0b2K/JgYsHYNn6+x8x0U8o1dqiMx+jPrtxNbLbZqVGjJH9/pLduWwNTfhncgf'
    'qa3uVMbPchb+ixHCE6PGDPPcj03Af5cEnK94PlDO1/G9NuXPq4U2NHyf2rqc715CZF2fkvOn2eimo6yNvDLPvYrxD46/4SRNn4aZ'
    'fN+q4sdwS+vBbbO6eLPWiryqyKuKvKrIK4M1j8qfJBlWzfgV4kIoP82raDnQq8g3aV7FDXB26FSleQrpN3me0DZmI6EySeoPHS/K'
    'qjbl1XvDNmoEGSHlgVxJ3sG63jyfq9QXKgfpOWuEnJl0cqFyjqnIhYpcqMiFqZALyMs470N+nGK8+H0pjw9RmbLIwi6ctzgrUf45'
    'actKuXLERienNqotrL15Kbct6bzAa0OYnPF6BblgmoNogPXtH2HOdbZ+eh3WyNI+QTY6bb8I9GZSSyKnWQsnznwh+16PxbhHNO8O'
    's+/8DTnTjQpnurDvmPSlL6QPnwI/Bn1mhyqt/0H1l5VKzgcVRAP5GPRyA7FP9Kjoucfo/JrUD+lR+notFJcr2cTzSq67Iq1D3HGZ'
    '4kvzGvqn/ICOj+u/c4memgW9l9LLmCHN8nlxvvUYseVzXjCq2ce6tv4H6VvO0Dalsx057f1nsk9vYs/wHHvSno9rg8G8eCeX2SbF'
    'aw1x2sA8oUvKLFekNXg74OCm2v6FOZFbWH+HWR8GNHxgTNhL1QFnpKbKGemYPiOlKmekyhlJmccd4zllrbKv+1UQ/PhUJ+k31E3o'
    'O6YyyFRPG2O8uCvl5r+jvNhE3vUxO9br7IxQsNCjCoaYIVPdfFCV1vcxWTtprajcluqqDbLnJF0Q83X9NAH5Sc/YSzX2zjC8lzT+'
    'XAhWEsc/JuC8qA0VbaZBdZ64r3FIs3/GmczPzQC9cR3IhiDbLte1ziW65tA06pqt5EywXaPz6XTP1wP0ryzQYxujxzkaW/kZBjYp'
    '7EML8O65So7hw7MU1/tqI+p9WdAbsvB3E7sX93+MCGfWKPWh6JlwqzI/70u4NBrvL/kf+F7rFLBZPcpf93aZKsVDc3vTEDy7kOyb'
    'rSG0NqhK667tVHKtuLGIcyth5BC7tift1p6g89Qj2MlsvjVOxirRUo+yy5GSFG3gmN8VQBtjzA94jkAbb7JnVioz+2tOg1vMs/aO'
    'h/3NZWwYprFewHj+ho2dxoZ3pt3AHDoPr0Zc660zdK0vtljrtWTeTWw+U7n+b0Rc/3zA+u9NubVtwsbJ7Y07Nb6SpPhDbppoBmXH'
    'hwj/HlTBdTFyyp+LJkxfQ9m0KCK9mI4N+7WE6KZUFsWpRVwbgI2g9LUg5foIJB1sLCYuMWzs9NmtTJ+fLrpap+z8dOMBOu/keVbA'
    'oVA5jzj3Rqa3jGjOtTkL/aWH6duNAv33sPbHBBr5jHLrOGdJ7MH5Gfe6Gq4XwPXdGXc8c2DOLspAzqfF7vUTi705dJ512r+a8NL3'
    'QjtdGf8avAvauWOx168PwD363Nnw3O3kO6tYHy/NeLIEaQfvrcqYt7cWrusz3jrOZfOzKmQczjOXwbMXZ0rPRe9g718I7398cSkf'
    '4H2NqodeQNbAuZ6rWROT75nGR4TVNLA5L90QIQbqaLd/TgZANXMr5a5kjJ2EV8xX/nq2NDeNae2MJOlIqej5L7oZXfHc9QVy/sB7'
    '40SeOffOVF6uoleUV+MpS/6GMgZx4I3sOx2qNB8/fWcB+cYt8LcW8reVqrS+57yO0vqeK1T0HMbOfG0k/7eple3za3TD0qVkGks6'
    'X0g7jF3BPAj9UUF5Sm2/hX3keRqx7otSyeUaqolB++3KyyXnzE9zl3cOQLuZs9dburz/t3TZ5XSzqY1om7NylYqfo0aiLelvuMfK'
    '9TytfRl3TDiXNfBrkrethdDFp9neRV3gCsKrFPFd2czJGovnOb7a9v25xFbbBrQsjauT8MYwPaou4v51vv8OwXdCefOHyVlhGevj'
    '25Q/V6fpHEi28DWqNEY9jDY59mEu/Er57OLsa8p/cOynMP+qrW91IeFBNEab56cy4e015Dnat7h8PB2Dj39EM489ZMynlejKx3be'
    'JBWAsRA0YnMlWqM3mNBqivAsnn/tyx9yryfu8PLl4L3DV0Kd47FSGbF23L3+aIPsw9L5dJ13/tDl962Wsy9ZFS1fmU2+ftP9tFj5'
    'ceQouzZr4oauVf68RlFyrUl8ejOhIeS1/cCjG8k3OoYU0WSDMSoo7yiNNTN70WiIPZjatW4gtq9RAQPsPLOJ2H4GDOx3W+C99wX4'
    '+nqVP2fGhaQfvcxmhs+sgn6E2f22C7a7ZmZL224xjjZi+y0YvifN/xaN3ob7eJ5mH78zhCYb2XvVATR5rUquVmpcPcFER5N0yE5L'
    'Hc82nzvN397MsC0c3zcpXJbr5Qdd3xYmV+oNY21SZF8kwVsbEji7NVqsgS3WIaqemFVefrdCCGZBl1fbJu+b0+dtJHaj3PkIchH7'
    'eImmj7Qfw8KZhuI20N5tggmzqU9ezc7OErZ8q0HMRJR50eW5NaE3qlPxdeS+vYLGd4x6kw2+WOL5ScT3xtnbzUQ/MMWsJLXfTzaM'
    'c7DZj6Z+xRzhAdPZD8Q7XAZzGHUPBfUbMYnzYrRP98BSMmejKjiG0xbTa5o3Jy4P4Lyyh+iLDQbrNy7IxlHD2JUkecaCBHjGwgDM'
    'Gx0X969vNaT3JnjuVGUfA2sSxzkRo1+cj1FMD98nIwTjGFeWSjn2egRMFl/vlgTWu0WZxZ9JuaHwLNeo0Ul6BFwFrv/cGJieYeKL'
    'o7GJNJ42SntJyLH3KrO8I8hzmpR9rpAm0AOTjBmlOIi4MaOSXviPgNnT+eEqMVQzL4buo8SXgLqyjbyqrPPsiJXDnEVx9ag57CzF'
    'MXGd5HxhYrdDPaxDeXHSvRrMbVQ5wnG7tL90Lmot5qIN/MV0burg/RaCo2yE92gtPF5LsE4F11EJw5dFwZe2gC7LsUVTVfsQ7bS0'
    'Hk6DsquJuJKNp1HZ15OuEeyVSdhcszH1NtSpaK4xKc7ORBfAOpwLVHBMXcHCJrZTxavDSX3jSWNVGgznB+vY0/OQdB4YF/R0Hktq'
    'c3ZNqWj1L1HGOv8+UPz9RUXezli9aq/y5yZIW2LwRytrPyvXHmOj0NeLOaDQ/niqcO9GYlevFd5rZufhxoBnOK6V4wL62T0pZ9F0'
    '4SSp7OO5yAowhroQud3E7HwjMeVUEKbL1keZVV5OHql+g5Sv7SaNzBlg7UwoucYErnNBsFv2MJ/9EOlfTpnlspByK/BcXjuUeb0M'
    'k7o1kg3FtkaHFM/fp/wxzYgNnEk1PMLi4qsT0J/qA/Yg3VNzCVaj1/AshvpSOXTHqRz7fKKX247dxI8+G+ZgVcz1X0Zso9vYvub5'
    'LIfZvFG78ICScwZuMejT0FGwDvRsZ7MOw0rO23I00ObbwNZiOhfjFvJiTNnnoLQ5E86G+cX9F0fW4f3ZPhcrE5oLxKMcr0rz/Y5o'
    'dJYg3ifl7ZjN89wF82LiqzfVAXvYnCfZdlVq9s/5GuL7nWByYoy9exPZD2+bAt7rXBtT/jPHm+wsEja+pNemLoG1qQ04c1Dd0zb3'
    '+ViA74Pnd18mnF+l/AzDhnzP1mfdz3zpaJtw+naSgO0xtYcPWPRFyj1NMdsS/qFPxc/nyGkqkyBNDQvn+8mzXFr/DOqDteSZ7Zp2'
    'HELJCs84936f8s4LJjTBcxUdivg+fv+llKcnS/PAc0pibqiwM/n3AtrNxWh3T8rziW4P6a8Oq2VyHjjE9I/7Ar47VsbvbiPfTapd'
    '2lcd7W9Mub5c/oyE2RoPODOZ2n/yATYrU/8bz493MhlDYZaO4TfgjzPtqynebrsGw/QiiRWymZugNg8QjJUOV3tIo8twrPIe5dVL'
    'yAt6jEm+XBP8hS4fsVRPxKRNXd6kfrbvxpW+XmU5vos636Yp/i6O9zzAZZtgMW1q5NDxTfVaJqVH2+TtD8NI1yegLy3RyIwBQz1S'
    'whzlVXAOsgnw80p4zIJmTXtVaW7vqeLhNvzdNG4B8wTSuR5X+vo6Eg8zne8lRN5st8TWRPnedPogTfZNTQL7plnZ59VH/ngXsUvw'
    '9biJPftRzR61lXdBeiaV1WinvJb4SIP6KOn8YXjFsPPAhdMktzqmSU7PJJlSq+JjGoYtdVcpb8CIRv5I/PeXQszSVgM8f9UMmfOk'
    '+ZGtveDfiI/xFeEsadveP5D2ehJo7zkyPppr1qQd5/3/FTC+KO059fmWRhwP/fYhDcZlWIXX4qD2zbvg/0msXzn6dx3Bnvaztvs0'
    'WN3tFnFAuC7rCP9+Rcl1UMrx3VMD4o0GQnQ6zp9oTbGwvprELCFO82TBzi3pduOqPPUGo+DuysFrj0+A165W0evx2Oa6xu/QNoYs'
    '9jbFeunWm+aV+TPl5iWlNMpx4VJ9Iuo7ido/Gm/DfcXVQD9B9deDxkVzOezQ8Ku8SqZ+Uy7E79QO48Hn06o0fnu5hufq7La8BhHH'
    'SY5a2NNyGl6Ga/FOcjaYsPRtmmIHdPWnqI4+lWOWYt1xDc8na1ju+Opy6I6NbL4GQ3zJlxN9qo/N26EIMTsXCn5eW1yJ046Ta/OM'
    'CLiwOH5527rP5fDFTwcN3JLQmt1EMH2jFvKioIJrdlwxS2jhDOJjN4kj5XqjhI3UYaXo2prMcxxapWf6akK7TpvvDuAfUWL+ziQy'
    'k8bUIua2PUSPjhMXSPMM2cQBcx1GV/c3CRu/CYZmUHNOwf30DsIjCiq4VlqBnIuSyI1BMeijFuezfAgOyDkXZVP+2Ny05XnDplbE'
    'sRCDRrLaQppC7w8mP5mQ+zb0n0mQ/ndGoP/hhOj/wwnR/yXETrFFBedG6g3QYTEmYoEwH6aYM53tgp7Thi3GOBRBfuh0+yRjBOPi'
    'JIPoNmuIxx7Q4ITGlT8ujs79uAaHFFRD2YQmew3PyFR/qNVgXJFm5ip9XkPqE+DYkh2Wsni+Si4nWUGwj9vqnZJ/qQmuK4V7Ye1P'
    'WPSFn5fD9n6Yz+9sONdP9Xel+I44c29Cz+0quIbyBNExbfMtnknkFO7hW1L+2rM72DsnE56wQ/mfTbKP48x/nAux57Upf/5UioGe'
    '0GCV22CP0XdqVGleWZN4Oed6mMwL/R7NVzKV9p4kzgOtARgszkObBdqgOoKzft0BOAOpLdu99qpG1lO/fasGT4Q0d1vKHye0nbW9'
    'ldEklRu6cQfFFbRp4gqi9E8XH7BY2BthczsiyHdpf+8MiAWYSnpPInfwTMzP6cRMHW9hc4ryjTeYXmyTQ1iSW60x/SIc99tCbDRh'
    'eRl7lD6/ZZUqzUeJ85pV3jyXY92bgEYblHkMnpRT0qnTfivjc4ctsN/cHzRi8W7e8B0T3hI3N2yfhZ90LMJ3Kzl6jx0ee/cU8NiR'
    '4r+vjMlj4/JUE58Dr1kiYUAkPYfqHFO1jybjlFNu7njbee1Rcm7i+YzvvKrM4yT5Gc9WN6ye4rn738qtczQbabLGkCazGpo0lcG3'
    'g8y1kX9BcQo2MminRv6OR1gz2++bjs8U33w0yV2a93fRFMjhJrBVtIfgLIeVPueZzVhrBdnfmIDsX17mNZ4w9KtyOnDGP2ChA0T9'
    'xvqUZ9PaFmMvjyTIf8sh96Wz1aIyrnnSZ6zXie0xb4j71p2xTN+xkS0FQz+KyTmqoMGSjk0RX46zZ513b05onYLi/iZUcPy4bVyf'
    're+E8/UJFT2mSBcLPxPXN8hu2izogyZznrRNnsvJJpVcfRoTvwydN8QavQd8tDbyxDTP000anMJOguVZOk0+Iqk/QTS0MMT2noT/'
    'p2qa7OFJ1ElqMMSrNcHfVmqwh3lBxlDeMxiylluVffx1GCayCfDYp0xjH6Qcd0nZzU3yWlGbfRPz84wpueZoUA0lHve9XUMH/cos'
    '5nK67JxTvXcuJmejfhWcVzmngnNLFzRyPMyeo/s2zwswFd8Lo1ekU4pH5/Q6pMLj5jhd7jTEnoX5lJx+XWBhL9yikYtbLTA5Nyn7'
    'mrxDAu477J1hzZycMIW2EH5mSzo2PUswizss/ExBeUOagFbrNXFLgyo4NpPqLfMEvSWolgavT8R1E0q37QL+znTcON7XNTEc95F5'
    'tT0zSXt6mGBu52l0zGHGF7Zq+BjK4S1EFkr1DINizjbBGJLc91HiRaS+dSkvNj5KPYIO5cXT5ZW+1qUpvpO/U1Bm8XSIuWxX/lwS'
    'WFeslez1dHcwqDypXDI6TG9HAnwoK/AhzEO7WqDTqBhHyl8aNeeiMPtfkpiPIB0gY+HHycEcYkxwA9CPrYyh36+ZYtv/5uLv1Zp9'
    'wvdRXsP/Riz8mKb5WExtBlIcuIleM1X6v1TXXvL11GrOOVi/oZbs15EAeV7L2q+D9+La803yDAwrOddkE9GlR0LknzSmejamBuWv'
    'U3TKDKBbHv84ppFjQxYyfECYi8YyYWd0suCLR7kscHKMrVD6mMyg/mZC+ltdhv6eBfj6pNdDN45yyl1nTh8LwV5I/DCIf0priDpN'
    'h8E6R/Wb9AXYIaiPvVztm8iA9hj+ujDet47wvjDb3IhFu51kf5rSO89xlIRfLYqsr9fghFCGZZUXt22qbzrf+BKJNTB9L6zfdyi7'
    'OgcjGjvENrA3x2knrK9XqdJcEcNKH0vqvPMBAX8X9E5YH5zcwqsMeFQYvynHfrTFo+U0esZ02cjnJqDPHKfM44GxlkouQA+6DniR'
    'ZFuWfPgzRb/pIv3mdhzTfk+HnhN0Rscz8kKN/0jyM9na/9BGdImAjUviOwWyPu0hfKnHwg/C+0/PJEm0Xwg5085Gf5oNr0B98mfg'
    '4zWN888Zrl25+UcUf4Mz3r9QXs2Lcox3Ks4fzjPnqdLaSrbx3lPBL6OuE+X3SY1xus6Gbw85G46H6F1Jjj+KjqbT/fHM2qr09U2C'
    'ckTqcB43E/9SXsl5Wic0796YYH9QRlxB9PSw/uA771VmuRByhuN6h8VeC+rXSYa4t1GLvdsXYAPV+alqp1HWphKQtejvuF95+RKx'
    'fvwLS71a4LXEp4jjdP5/uoAb4XMwyjAXJj7DAcFniP5AiT+Vo04k7t2JlJ8ODrN9dlHKj2XtVME1JpvhmSawlUepdczrUSIm5PiU'
    'eaxOuWodJ3FePA36eH7GvX4g499nqzP+8b0L7t+x2BvfO9kzF8IzHyfPrIX2L4XruXB9N1xXZbx+OHPlxAheqMK/3QXvnQd9mAPP'
    'XgTP3rnYvX5icamNYCrHZtI3Z9xfA9+k894HDd8L6p/NnBxrc30JwQlekPGP8ZLMsTsvtjgpp/11mdK5oP2ifEWHk5qfkGznuLA1'
    'bC7w/6szZti3qoT8jE5fv9vlXh/o8jB+qCf/Ldx7Cq6PwPWNLhlT81aX+28aF03ffwuuf98VT/40kjlfA9eFR2RdKZ3gXH35Q+71'
    'xB1eHBreWzvuXn+0wb1HdazDV8Yfr01u0aP8B6dxqYr+E5ZatKx77k9XutfP5r1ci3hvwSb/vXaCu8D33jvmXnMD/mcbybPYDj57'
    '12X+Z6di78XNRe60vbHX/011vXu954v6/mPND6n+B42HwDl/IOde//BFd26WCveu2+Xxx1ol59LG3JnzCe/7683u9dxe9/rPE6X8'
    'EZ85hz3DMeh0jJmAMUbJi4vj/SXQVP0OL6c13qv+c5ine/xYKOdvD37Rve66x0yGZRLcT0Mwbz/q83IY8nupm917i8i84z213vs/'
    'zSE6qff0+dum64b38P07+vR7C+tDzFf+Gh+cFmsuB9m73osZwu/Vw9r8YKN7nbOpdI0+AGNaM1C6Rnjv+pv09IX9rCP9rJkCPeSB'
    'fvf6yZyHE8F71wDvqt7l2ZLwXvun/fdW0Dbv8d9bRu6dAPt62/WeHQPvrev332sj9z4J723aXDr3XwV6OOPTpXN/8HOgb91TPv4b'
    'F8uc5J7k+lBtgB4l2ZyPE3g2HfvnQZfMd/lpeK6Gr70KtH/a1aX9uedTcO0y411JyLVbD7rfnwf//8JDdvaXl59wr5nd/hg9529d'
    'e+O1Fadma72FrmDabht5juetuPXJaDm6g2Jp6iLI0smz63fKyyNf/rF7/d0eT29E2fB1uPfsU/DsI15OY9QJC8+510ufd6+v7Hav'
    'u/eXyrZTNN+cCr0xal7bZvCNBtFhJ7Ffm9BCWE25hURmOu+mhWcbyL5/+wzv3zumuH987bMR116yR5wfgc8cJ+xBauO5H64vLPXv'
    'A1vesw32EvrYhoHvTK5VKj1rfqrMfzKmbTpT0N3tztefjhzJyid05ESWRUVgbWx/mjRxZTb1j+g+OhX1/SP6M14YDfWQPXdaiY0o'
    'fUz/TE5UGWmI8plOpnPWauzGWE99AfHH02eaCWZkiOGcaNzRUECMTnVMnnmhSiYuMhVDhl/IntfJK8qj2zVyrqVMZ9ggGbkcrpsj'
    '8gqu9+0+4F6//4xnE8B7nz0Iet8+z3aBOpyjsznXL33LvV7wYunZ5ys/hGeeTU6/u4DoeUnaUhtJv1fCPprXUZShHf52TPSQWjgz'
    'zYE9hHp/s2tiFPudiUErPQna89NHY62w212TlorKiA0esdEDPy/oaynl5R2s6GtM1qojVUeLvtZI/NLIy85kz5m2hfU51pO/Ud+g'
    '2uvhRXX8/nRyhneed67f0jxL7ZitT/vP99SO+Svg+7sPltoxU2BDePxAqbzY9xP3+vwzfnlhI98vsJy/dmKPRr9HNfB/tVupr/3c'
    'v3c/RuTMlPlY00chT27mOzGSmuz+dJT+yUZ+mq7/3Ji6VtdeT69qAqwt6lP7X3CvDbAHfvyU+0ye7M+Ox8EWeFBur488e8Jurx3p'
    '2avIszdDe2c/Lz/7QfJsO9hzH31CfvYi8uwtD7rXpdDvzEH/2M4lMWi3gP3wLdAnn34IbI/wnX0veHWMcc4eRVvjE/52TyJ9yACf'
    'Wv1tub8LSHvqYfkZ6vumPEoaUxz7djPjGfXk3eIfA3UYWx3k7YINoR10Uqrj4ty8DeZqJZwjpbxQ3eTsQtuoIc+jfs3PuCbvdbI+'
    'R7HLB85x+j9KjMWe44pebiADQuY78CedrF6etN+yHTB7dP37Yf0zlfWvImeraOeysINZwuc2SZ5zjBTVjzkmiurH75zw36P68b+D'
    '/zoj+JLx3p/dFd+eEocWjzLIXxXD7TWr5BlSKCbQZu24n4vaJ9sJtqbCgwx4UFp3gkhACFVkVEVGTZOMwvPKKZ8BXCXgCBd8zL1+'
    '7j6oK0ee3X2v/9lf3Qr2KXi2n8gibNdpD3NsZVk7zvvOvSspBpl9/zJqN2Lfu4TcO2nQvf4esHHvEu41XlOK7/sq4F9XD5bi+w6x'
    'exTft3a9f3zLhHs4viXC904aLJX7h9g9Kvef3w443ctL5f5rcO+Pd1fkfuJyf1cZ5f6uityvyP3yyf2GGHK/j9larrOwTaSPcs7g'
    'TMETN6g4P4EUwG1nbYDfQL8CxfJ2VNZrxq0XxeUF1dIIy4seVHNRqgUQl19Ux+AXs8UuHHeO6o6hOUqp5HxjSfrFrjfwi11p4Rf7'
    'gIVfrNvCL7bKwi92hoVf7EQL/9V8A/9VvYHPLOqZImnsmyl+qp2810TwW62kTcRWUDm7GP5dRe6X85tzE5jLrIqHaeP9WyGMZzl7'
    'Hp/jWDvpW3RPI0bRJH8cz9/qwN5PVua55fqUee6fXoNnDqtkctfY+GHnarDcPF6InvWWKH+cJ/pBdfQzZxbRz2JD+jHNSxeUC5fW'
    'xLalN6qb8Vxq40cpHdXMIjo6zoIPYf43mgurh+n2hyLwnMJRSgezSR61KrNa3ib1Y3mdkx2MH4wos7yXs3390zHW3wYDcyzYLdRf'
    '/YeZodkeB9keamDWrUVSdoFAjJORiyytKj/05wBd0u4k7cgVTJrBflRxYkXCHbpxbSUK4q6W7yv1E/76Se+ZOHJHyh2DNoXdAm6/'
    'QLC6YbmFKvQZmz5jYCbTidJnJL/i0SvUq0yxXnY/3VY4siTtcBVZHnvtrGR5kE6u2FnoGoiXGN5jd574AsRmqd0edgXbXPese21+'
    'MF6bVDYMg7x68uHy5tiu6KLTT79J5XNq7oof4z4Zo77d3+5HAD/9MsvvaJK3cYXS522k2DCex5Biw3geQyn32ysTpdiwb0B+sY2f'
    'Ld1fZ13lXo+7Jr7upVuPFliPayPqCKa5mcqRL2HOEc8nkYT+zfPL0bXgeemi6t9tbDw0J9mPIQ/gf70sWgxUJd+vkO93VwydbZe9'
    'TpaewXSOseN/utKrJYF/W7CplKfRvMGcp9E8wZyn8TyYdB/x/JmV3Nazl9bj8PQKhvXojE2oVv58vOsC5OsF5N5exjPOIfd+BnmL'
    'N0Bu4jPJvR/cCHplr1d/h8ccPPXnXuw4YmUc/c65frDLy3HM86bT707qfV3+sdHYcdTx8JmwXLUVPheLzy2NwedC300Kt09zdld4'
    '3rGB24+j//GcessF/lqr/HW8aF1DrCHI6wxsUf46AyPkGcwJmGftbCHP5Ni3sGb9tUpf0wDbuQLmJ8xP38/eu5jhPEzq2zrvrVZe'
    'vsMeNu6zSH95/UfMibic4ETGBOyPDr8d1i/Ek4fhSngtxh6lz3V+BtHDaJ4PU9vemZb02aD8uOKsCsY+8zMsp+/TE9pz1WXYc+3A'
    'o1PAxzG3F8ddU4xLqozzL/GAUQ2drxf2nERrPYz2u8meGyLPBLXjvPd2OEvSPiFeZtgCo1NQ8WIuOIanwDB8eeXl0p7EfgdgeMpF'
    'q9ky0apJG0E4R1MsHbdThNUfjVsbMup84fyYPp+F84iUfzfP6HJYgyPsE2hfqtfey54bY/cnDNZiRNgjtC/9Bvv2pYyb00uih1FN'
    'HwsGfcM+DbA+9ajges87LPGXUfvRSzCBzjz8l4zL+2gf+y33he169RDaoH2binXg499UHP9a1i+Oe+6LuAfygp5lgufn+pbN/PJ9'
    'QPGai8lYbeaazs0Ae2+rhs5N4ySSoh0+1lerXJ1Xl1NcqgsaREdbNPOzlfXr/8L1t8oMfx80hgcCxpAv4xhM1uWwIc19rMrV9Sht'
    '5yz2A68zbnv+kGiYx6KOCzzD6fuGKvecMV009Jry57nXzfGpVa6vls4Tlzd5TVtJyW1ef9uxapyn4adhaxaV323R9C3P5jVMrzeN'
    's3k67dH2DkNZiWs03XLvy2n37Ir0Z9J32t5Wzfrb7G0dL98urLPT5+G0G0sn8ZIeNle9Gv4btC45zVh1/bkk7ca0mujNtvI2F7Ln'
    'TyffHiyzTs73dl3aPRPOZLnzasptK+p5b0CZ1anma2dCN4+l3Jqo5dTD+Hz8t5SeFvuFdUh6PW5NuXVE44z5JsO90ZuaXt56UcrF'
    'Euj0BuxH2PeGhXUK+u5S8l1b24Z0/uO6gjR3zndrUq5/Mcp3k5rzX4JduBy89jnlxe/iu4cseQm+I80nt0U+pLz5nC67wOfImG37'
    'IMnUfMj3HB18YQQastWVHezliZZ6TxL6hfPt8wGTnBTfb4JvL4xAkwVLmkR/f5idhNqUa8DHS/O4PE3wXa3E33S6YHOeLnuzrf0U'
    'MdqYT6ZSV06qdeP+lLOuXDn9f5X1nV3rmwT/iONbxTxUDUpfw9VmPG9BvqQvPGX3Ho1hjDsfNTH46Wa410TerSHvzgdMBccW0brS'
    'GeWvJaV7H3Mb0fxlzrsblJcTifrunedvU3L+smvV9OWMwnnj+T/CZPtWZsesSrk4BNP3dLrGb4h/eZTZHkY0toLXiYw3OfP0aWyz'
    'Y4JOfryFvjts8Sx+41Gi82wJGeffEL3BJCfTMMMT/YXy6hpHXSNqY7grofaw/uqY8s6WqzPu9dyMv/0LM+7144u99s+CZ7vh2gXX'
    'c+C6Cq4XZPxtO39HDBWeQ9aFfO805dWguwju3bnYvX5icaltl79PMVRS3MtZAXjeM5S+Ft0pBHtbgJx4v4O8dwee8XI26WIP5gXE'
    'HjQIsQ1ZIbaB4zyS4m1JYv42k3+3QHzlK7vlZ69V01tjAPtLc/ssUaW5fa6Fa50Gz4QYalqTVqKhbkIDi0EX+C3EpZ5H7q34oVeP'
    'EPFJbcq+hiDNu3Dji3I+hEXAg8OetcHoUNySDp9kO99J0Xo2AVqpVf68o5KeY9ou5WU3w/XnEXXVsD4lNYc1MXVq6bm6iDr1wxCv'
    '8CpcD8P16a5oun5S/fq39fHnuTaBs0sS40FeZ2pvy8M+q1JeDHKdAfZxEcGGSlhlikPWPRP2DROsZKeyy0Us2QKpHT4uHbRMER2k'
    'lDmG9ySmS/drbKAmPnXuwwrDD2Ld4DaG9eX+mZwGw8XtwBPMjn18GdoOy7dnMvc0D4AU81BL7vWzs40u9t6kZrxk95gOPmWyD3W+'
    'uqB1KxcmWLef62fQfA1FmC9O55yH4ntJzFUStJVOQE+ryMDplYGpBOigKoAO2ohdM0XiYvD9qpD3k8ilni7zGGlOhk5iY1dq+s5V'
    'EsaPYzn7DHUI9FWWs28TFj7jAYO+LUigb9RfTnW0hQaYdlN76rjGp3wafFPCd3Pf8oCmjQVg56R9NbH19mnak/gbxjRvUP7cZahT'
    'zQuZqz6Nb5/HfdKxcCyWDY6xJ0BvqyayKB2g+4wQGW+yf8L0niRq0VDcRY+wjlHOIvUMWzYu0JszlycLWG8dNljCbuVZu0NKjh3O'
    'k/NEUAxs3NiyhdO8BtJ5x4SnDAnzbFP3B+m/X/nzE5i8Px1rP13nhaB1HmKYoYIgS7hORHXgAvMd5pgMQp2I8tha4Vs07vePZC8P'
    'Bpy7nWf/hfDswZAz+miIT/T/qFLfqkkMyhjDhv2Q9L+X0dEI8+c+QeTmgICll2hwjNkpHiRYtDB5aTI2p82vKK/uyEhA7Af+3dS2'
    'swPav1OZ+bHzSs4ncDPxZc632M98zWhMktPedURf2moYYyJhInXnZqy7sk7p8zPYxN3xOKdOQgsSHdF6jTo+SXET1A5m+g6dh7D9'
    'y/UaijNsZL4hnregQ5XWm0sat8HxrabyJSn8UdTvV3BtU49rq9RADc8Nv+sGFefHumbtC2T/t7C9V9lDlT1U2UPBe4jq8M5++k3K'
    'k1mo07fA/smCrmBznl1h8Txiuk6IeDbNC3bolME3F0UY16mW46J6UHWF91R4T4X3iPK7piK/K3uosoes5HeW2OBsc/FLtr85THaj'
    'HfZ85lOpVcE1GuP4DmYSvoPHGIbhMpKKaWpPcP7yFjYnE3tfWDvcT+m8s435bUzqHReUvyYzjxmO4pfQ5dpADNVasBFiHtRyfcfB'
    '1p2o5HwgeSGGJex7Jvn4dD4qnd+6MQEajBKHH2U/S7HRQTFPU50jMhNjLsPmzNaf2k54jvN8mp0HdTypOeYYOGaUx33R+9ROLuEe'
    'atnz4wwfUC/4ogZDcJrUfi7VQZN8gaMB+6dhmubLlh74uLLEbzUaYa80wTwuscB56HL52uQcC+JtOl2mHP7YnArOIYprtkWV5quM'
    '69+bTj90Ev2XfFjpkHiXoHlNGiOqm7fjYsybxMOof36ZZs9GyR1EsU1R8r5Rm6GtLz2v5DxWY5px8DbjyuB5MdZoNEAX1OEOgvgm'
    'rvGEQMt0jftUac47ijmm8QAFQ/lG8RoLEtBxh9l3HXrludbHBcyELfbPNsdukA+a08bcBGjDZE9t12B1dmr0nGpic+Z6jbSvgta9'
    '3PjBuPuzJcYacJwF3zcc3zKh0fe4nQPXoaDhXXllnjd4u+Y8Mqbk/GY83+M/KX0+NLqnmyNgXIaVV9NqPmt/ZYz2TlZyji8p5+Yh'
    'zdqNJrj/Mc7/pAC+TvuW08ROrCS0F2VewuoQz4m4F8Jk8qCG3+c0/KdVOENF1fFofUZprZqVV9tju0rentFQhjm1zdsxFBH/zHNz'
    '63BlJnyc4spsfK1Rap2sIfwkSl5xjpV35OBSlWxO2yTPm0nFtoXt41FhD4W9M6L0eWV1eyaOTC5YxEQMB/BbHF+KnYuOF/ZKnL0a'
    'hm/GucrC9+PqS1I+IKrP50JkGe1rhunzUfJqjwlnGaw3GeecIMUCSLgIHQ3OT4gGg/L6mtZ7kOqLcJ0zKCdWnLw7a5R9jfskc0TY'
    'xMW2gZ4lybJWpY9rjWJrpOekTg1fTiJ2c0ECdKiL42uOgbdfQ2ISgvDmWJd2pUo+ZlCn0yeBew86z4bFqOCZiOeHGxfw89xuPWbp'
    'qzSx8Zr4InS83cbmNqKJJ4nLy3U2H87Lk/Qlbtf4UqWYFcmG1qP8Obw4/6b+1ybod1awfXJe06GhT0p3LcoubzSPNb0L6NFkzyRV'
    'x6kJ6HO+hk5s6mPRGquLEvQT6PLgY5410xitTjLONyPgJfrYPliovNgq/Pa/G4xJwkdI9DBVMTVx9P4dZAxUxmUZrgJlUgs5/3ew'
    'NkY0/DrM1kl19mFlnpN1iK1nveBr3m7Iu4PkfobJpUGlj2XT1eYNO0/o5inJHMrON75f5V6/VeXv3xNV7vV7VVOLU4iT//i0Gve6'
    'Dq7vgesquJ4J17Nq7PRwqtPSHB1r4LrwiL0+TnMsnq9Kcyxi/o86g/1eHWPO1nbYYQ7nCWuNOVdtcvWkyL7o2uvl49TVt+f5tSZx'
    'ji94eT1R/8McsKuf9XKbOtf7n/JsmDjHrZDj81//p92c8dygnIckmZv6oWXRzp3z4beO3KuDvqIvvRr0SVUcx9d+7rWTZP7W5i5Z'
    'jvC8vx1Kn/f3eHLvxcu995G34r3DkNN38G4//3f+9gDknTwE1xe79DKopSvZPVYDff7b9d5cUD5y+HbYB5f7+0K/Uaf0ud6kvXHr'
    '1e71BxtL56J+wLvnXOdsCs5BF/XMnZnmOTPN1zePnS97NL6s3gD/qzN/dxD9cYfGZ1NQ5vXKKU6tSXk5IaLmWt9Mzo8FZV9TUao/'
    '6LT7Hlh/Gv/fTea1oIJzdwxobJiYF32l0O9BS1tFkD/L+fve6yFP7WWePsvvfXhjqZ13G7nO5D2EeyVMf0mK590z5F4/bZHnV7Jx'
    'Uv0L360hz2C8QxSs7ydz7nXT5vjrNCfGXNnoTlxfaoM9wXWyRthndUSfmi0/7hZNe8qTIpuhrN+0+WmOfFP35Sj2birHFsGHn97v'
    'Xi+FfPc/ftKOvl5+BPSox93r65BnvvCYy+PeD/Q1uc9BFz7/YPA7F5B3HoE89n/1qP+dLz3g1d/BHMLz4J0vQM79r4BefxXkwH/5'
    'CWgL9PxH4f9Pw/cv3eu2dQKZn+8/DHUhnoq2/9ofCe532HkgDl9VMN+fO+idfWzev+an3rwlKWsWk7PU5Fw85Ofn9Hkea1ZPzi0c'
    'u2riFzf1XQT55Uz6ys9xzvvzgJbU3unz7QXpDq1kzJO6/hG/jaZB+esSoB9aFXWGI3/pvlPd5bcBtJH5oPpECs5Wf+iK3v5cdhar'
    'PaIf3zyiYwblVDK1ew8w3TJMV9fRnamdb0zjC+nXYPul2pBxbPEjIT5xKe+ZFFfUmhA+NWrcmOSf1uVE26Ghl4IGt3E6sXmb4DFM'
    'sDy689CwkvPrDhhgSlIBfjtpbUaVPw9i1P1hYztcrMEUoE/ufuJLwPPkC0tL7RfLCb1hzG5c3AA+l1HBNVp0uMQs+K5MfE+m+DBe'
    'Q35nBJy2jS8gr8EUoP3gaueslADvMfE/mmDOTO0W5Z63QWUWdy3lS+R7GekLaSwF38S+OIaVyWZTuxQ9Jimyn9rh+4N4vmTXUY0u'
    '9BE2B1jDFa/ID9EXv0NzRRzPEnJG72Z7CnMhNIGdupH5PXBvo4zaSvylTRq+kdbobRgfYuo/HDfEVETBAjcrOT9tGDaL565OAo8b'
    'lId7ucb3ciqTBSOCb17ChJYTp7yyzHbX1gRtmWFnw2ZVGgOSi4DxMsUWS/rfIRWc99Y2F7mz/zZEXF9pjoPs0SbxQPzMkNfM93AI'
    'z16tvPwWPRofQd4C45PTnGHxe4uVlwO31xLfFqRv2uqVzjOXzaD1XBRT3xhQcq7gccYHnPVeajC+cY0eIz3bFwGXlSNy0yZXM6fN'
    'mw3X+zhVGhM6IuCFdPEJUlwcjZkM8vkrhrUJw4TRc8LPwB7xZpfnAzYZr7PPlhmus+36VvKeyXnPSrJndehu2P0gzdAYk8oayGvQ'
    'oZ3qeGvQovQ18njcO40jHDO0pUl6VRtZ8xTB7Uk5qDh+802CtZsrvEPtTjUBmHpTuczH2UPOPjimLPvuHIZR7tXgrLmMfZPJ+iVE'
    'hym3LOfrVKv0eYrKoctHqVM4qNEV84JOpcsrMt1jGdKMQbLrzoF/oy8I5eP9ZH3uV/Z1+WjeJ16LtIdgRnh+hC1MBztX6eszjAfQ'
    'XtgZ8iRDXYrHBA8w/HoT2DIku21BsEuZ6CMthI4eZDjdxwCn++sqr4/fBUzvt6v8/3+SvbsP3n2evLuXPfO9Kg8PrAhmmD7zKDzz'
    'W0uscJC9Qc1ge8PFQCumMV+9Gl54doLYM8xJmKR/oieCTSPFbJgpYn9D2/qKGheb/f7i73k1MnhiBcNwvx+u59WYr6+ECV8J14vg'
    'egn5v02772HtvYu1txqup9eU8tZqxlufW+aN+7lldrbq3wLuoRmu+wBbccM+77vNxI7cAN93fp3a7E5ddqcmu1OPfaRLD2YJquM+'
    'qat0lfL6Sbrqda+f+bR7Pedyl2aWAr04f/vqRwGvVgDfzy73mu+S27j3ereNeQFtPLberA0d7S4EPbKO/UpzVr/B/Z7zrXs+pdRr'
    'n7JDEZnM7SRud4M8NuebztX5Lva/Hfpfy373F9/5bvH3reLv54u//cXfDxV/byv+bir+Xt9l3u/98P3vwvUtuH4erv1w/RBcb4Pr'
    'JrheT3DWdWRv1BOcen1xrLfe5/9uPYzf+TuVITUaGYK0+Neb3eu5QAv/PKHPy8RtwDo6mau8WC76u6bYxzduL87Fh5XaeFmRz15X'
    'lNEbg+dzDYzrDcA2O+86V+f9SV59Hcj6jeF06tBI27BrA3HsH47t4xDQ7R64PtBlR6dId067OvsKxdgjHe9h/3+ArPti6H89+20t'
    '7s/l4y4t7Ye99r3i798BndrSKx1HK+B5l4/76XU/23ffg+vfMbo1oeMMoUfn9+XiN/+1z9+Pl6Efzt+5rYt+9w2hPxSH7PztF3Dv'
    '8RAbVx3BDC0k/TujKOR/dJu/f2dAnIDzd7rP6jT7DPtyd597ffdAaT/33QN7b2O4D6pOBcf/DN/n8QH+ncar/fJG53eh65Uh83HS'
    'tiLd5vzz4fxtkp5z8rj/4T8BZknoTxZ49B/vDteZqkh/8PeSMXc+u4u8q3ZApmvnGZz3SZ8r8DnneWz/euWPX6xjENuk0LSpqK+m'
    '1az66Qi5n2G+eYw9ewLoYf+oe30SeOtr670Ypkm85mV+nWjFgMeLEYuLOpBpG/TbGHO9BNvYEN5GG8Np0ThA2j8e53cAvvv3/91f'
    'vyeo77+8Rx7DAqDtNfC9OwfksXFMAOV/GJc6WStpjxsrSPeT8zeMIbSqOQAY5V89ZMc3Cy96WFr09+E91O8PPOP3SWMcAMY42vSz'
    '5RkzWZFhczVcnJcnH/bP1TDMlfN3mz44OG5pLlY/7sdUU7xH195o/Xbec+aK9pvHnkbBO/PzLspW5N2FIh18/YliO8UzWdfzMu8u'
    'AF7964Bfd56d7N/zZv4xnLdX4P09z5bKILpGJvNXz+ZPPezix31BDg97uHKb+cvA/F3xs5kRi10P86SLMVopYABxnrJsnhxMuIMH'
    'VwE4cY696j5oH7/IzzcK1nf3fn9cNPWJPgIxD6mn/M/E0cP2A83dfLCU5vYc8PM0Ez0s7lyuizGX2O9PQHzFsn2l8YAYe3HW46Xj'
    '/SbEgnxzd/Aea4B/Y47BKpiP0YfdeBTOJ5rhHsarUN5guucefd7bc871WeAxylK+7foOnPd3h6/f2d925SAdh/M3Kh9tecbug6Xz'
    'WM3m8UCRL79UnK8b9pfO4wGIUXkJ5tN5Jkr8nXomnBf8rvit1d/2f/938H3n7zbffe0R//dv2R+PxjF26nPCvv3E0x6NBNFxLTun'
    'TJ5BD3iynZ9p8R7yDPzO/Y95vpN65Y/xuvVb8rMSZjalvPpV2Kfzivv0qsfdGLVr9sny9zzQN6563B/P5jxvs0Z3wt64Cnjw3S/K'
    'cWlOfByn4SyjYceW69hxqc6C/aV23ij6y76fgO/nGctYVaKnhNG+I1teYnriZw96e8/mu18AeXUrjPuaF+3ef2B3Kc9Ce3wVs8d/'
    '46DX329Yxtdh7GVzmb9D92cYD3Zkr6On0nVYHCH3icRDqB7H5eQVjwGfEvgL7u0wXb6B+C7o3sAx3SLwdx6LeEtE/o4xrN/Zr9+7'
    'dM6PI/ajdc4Z8EF/v9bBudD5u825EGNf1e7oOr1uHp1zwr1FnrfuwdJ53AP9vRd44roH7eYR53/1z+zeew98904S4xrGa5xcQJ89'
    'yHyIL0SLkb0X5rTjoH892lQ0erof9kHq6VLZ4qzZCnKWt9XF1j3p0SbmymmL2dZLD5XSe5TzomPP+D3T/dDG8XtL3U+Sd1Hk86+f'
    '9MuD0x/R720dFmbOEW88NJ6W7lmew4juWZ77SDp74ZlmCZz5nThYGhMbNTZYJ4t0Y6Jn7D9BfqUFm6amv/8fd37+Ng=='
)
