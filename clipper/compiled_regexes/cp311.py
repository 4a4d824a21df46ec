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
 ('[^A-Za-z0-9]+', 0, 32, 50746, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 50770, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 50794, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 50837, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 51099, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 51393, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 51411, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 51428, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 51457, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 51485, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 51609, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 51815, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 51945, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 52152, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 52422, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 52652, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 52670, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 52774, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 52849, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 52977, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 53396, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 53412, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 53456, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53534, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53621, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53708, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 53797, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 53916, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 53991, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 54072, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 54088, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 54274, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 54310, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54423, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54467, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 54491, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 54519, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 54547, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 54571, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 54615, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 54756, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 55239, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 55516, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 55661, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 55762, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 55787, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 56636, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 56744, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 56777, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 56945, 48, 0, {}, (None,)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 56993, 116, 2, {}, (None, None, None)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 57109, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 57302, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 57316, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 57344, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 57491, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 57706, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 57838, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 57957, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 58018, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 58130, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 58257, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 58378, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 58652, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 58786, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 59017, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 59154, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59211, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59330, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59358, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59374, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 59638, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 66185, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 66240, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 66332, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 66621, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 72602, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 72822, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 72941, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 72979, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 73012, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 73053, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 73074, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 73132, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 73158, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 73174, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 73190, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 73220, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 73344, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73523, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 73676, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 73871, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 74251, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 74306, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 74420, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 74717, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 74895, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 74952, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 75009, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 75066, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 75123, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 75184, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 75241, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 75281, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75464, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 75624, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 75835, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 75917, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 76057, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 76087, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 76235, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 76450, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 76547, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 76767, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 77089, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 77275, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 77376, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 77402, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 77426, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 77936, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 77960, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 77984, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 78005, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 78413, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78554, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 78676, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 78697, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 78888, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 78941, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 78960, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 79131, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 79203, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 79241, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79320, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79476, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 79632, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80477, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 80905, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 81295, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 82136, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 82774, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 83618, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 83764, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 83955, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 84001, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 84247, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 84325, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84537, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 84769, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 84880, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 85127, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 85396, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85520, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 86142, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 86220, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 86589, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 86812, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 86875, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 86940, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 87038, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 87107, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 87195, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 87262, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 87352, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 87445, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87548, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 87697, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 88285, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88491, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 88690, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 88783, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 89130, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 89438, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89567, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 89814, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 90182, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 90297, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 90586, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 90774, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 91119, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 91630, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 92088, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 92250, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92457, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 92697, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 92987, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 93374, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 93938, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 94205, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 94680, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 94751, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 94846, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 95192, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 95267, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 95413, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95490, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 95625, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 95738, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 95854, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 95928, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 96067, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 96144, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 96271, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 96641, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 96683, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 96776, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 96822, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97692, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98117, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 98627, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 98895, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 98968, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 99178, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99261, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99405, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99551, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99681, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 99809, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 99925, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 100428, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 100600, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 100855, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 101041, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 101228, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 101681, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 101902, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 102073, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 102149, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103509, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 103781, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 103849, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 103927, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 104238, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 104286, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 104425, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104506, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104596, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 104726, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 104894, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 104970, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105045, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 105175, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 105232, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 105279, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 105318, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 105357, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105531, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 105628, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 105750, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 106085, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 106117, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 107082, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 107162, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 107323, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 107406, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107455, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107531, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 107642, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 107704, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 107782, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 107887, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 108022, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 108217, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 108302, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108459, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 108507, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 108668, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 108830, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 109037, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 109273, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109397, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109448, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 109525, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 109629, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 109677, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 109742, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 109819, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 110028, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 110059, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 110134, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110401, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110439, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 110468, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 110511, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 110555, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 110611, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 110670, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 110708, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 110811, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 110900, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 111052, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 111133, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 111304, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111357, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 111473, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 111597, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 111657, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 112008, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 112059, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 112106, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 112205, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112381, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112449, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 112479, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 112556, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 112604, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 112648, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 112694, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 112726, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 112774, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 112826, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 112866, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 112934, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 112970, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 112994, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 113186, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 113261, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 113307, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 113337, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113387, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113461, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 113544, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 113604, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 113656, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 113686, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 113720, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 113782, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 113817, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 113863, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 113911, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 113957, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 113983, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 114009, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 114062, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 114102, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 114144, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 114194, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 114295, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 114349, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114402, 44, 1, {}, (None, None)),
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
    'rB9Q8ZuJPCCgJdHQUCkPiHiOkbKzGzv6lES+SOak9HPSBPpwTD9N5ug1xIuVhn5+Xm+fjkPfktxTIDbxe6wZJWLdynVgJ/Rw9M2J'
    'et2k0q/lh40T9ec1aPyEn0j/uknmZKTnRHmvOqB9Ir5flT/oXnU1OUdmd6ILVvHd6I2orPJ+Utr9fb1IxMZ3sn33kzTLBfXn06Q/'
    '/wrlKnT4M4chy2Rz7HfZmNoyyt1h/vAT1r6hZCX8DQ3sHhNd2bJ7jDC9oMyRtu7M3vl+799vQ++nSjlwue4mN/hC8J62ViEDjHPH'
    'plmmGqL8I/Z7iNeBY0tz59DfWSmO51nBe4rHKfhjcgb77aPhIejNsN8xZnUbsGia3VF6bxsM9eiW98+/lP8JMU+pYXyKcF//ScfN'
    'bA7G+ij4n2RORnxO2Lr5f4J1A/TVdvqUgSEZ+mNqceFJYVl5wFjlR80cVajPQFOVqZRd8pmiZaPWYlpWBdP/Va8tQd8LBr1idOOL'
    'CU4mODmKcJLRzRYr8Sck5TtL6NumHMaf0Ye3JmM/ImNP9fY0nngTvMd6ABZ7bR7IYQvgvB7DZbbua9E5P4aRQ/mpry/HJ38dyo/v'
    'EpjAqVfoN+oILGpXrxM/gMGvInRkvEL3w8ZRlY+2v4zMS4bMiw48ejdDdffBtK2bAE4K4I5P1nZstuwqWznqs2gjzFsy/sM//vjs'
    '1JbYKrFYPRUWj+WRInSP2StVkXyYPs6aimziLDPbpSA7rDmQviWGM+FeCV3IJuf9mVLjZVSbDUpXuhFdSebv8Jo/XXozQZPeBNGl'
    'mSWmS/nB6HQpL+DdWHzbKxDO5yTfRGcPaYvHC2e/8dkFi2lF+cgMmm98rpgm54o0LtZ+y4vJjceK5WMxs9iZyW80z04zXhg85tZM'
    'aTOpyi/ixdOAj29LbGjFcuCeQ2QBztGMzhidsc6oThWZzwzResFrbgGk46bybyLb65S2TUti46dzC0CqdyuzGNXfExZWYnc5+uYk'
    '6P6cM0/Yp8QNkD4yg6+/XqSjYS7iN6N9swBn4pOsYh8UzK8B85nB4rf2Wmo/FswPBo7D6tRz1tDfmbDvVRN9go4O6XDXP5nyJLr3'
    'KDtiWLtj7JGc25qx5IGbpQaoAvBlZxro13AsTBpzdi76xmLJMt+SR6NvLAYv8083GX1rs4rj/Y4XfGMwawT1sbXM7lTVAr8p4ul1'
    'dIk0ngiOqxwVDl077xPwHuVehpTcKCYzSq4Q5koBtEw/a8p0EdWXu7vJ0f59UcdOWktELi/OWG4uS2Pe5+oEJxKcUPBemSAZVcvo'
    'yUqeQ0+FRp7i2FkFQLZ3WcX3etk3tn5V8qipfmGsc0yHmPfQj9oKUPcMRHc/p7o6hxexF3vpK4v9Ogv6Leg8uIXwHUbrPILMeBg8'
    'qaiYoHMn1BbMcxbJYMdf4s3lgR3+eabfXNn3TcX4V0HwrBrVi31H5q1iH489KGW8KpNBv3Cxlx67yUv/OODlqRTkOYbkCevTUWaz'
    'kUK4XEFwmemdrb2Wdd0TxetuTPjNSBF2zYxMRXhqQ32sVZOI2iAOUHTXlp0ZJH4D0f62tpS7m3ryEl+Oo29OTHy1LjLIXwY0Fp/7'
    'lZNzP0p/s1AuBfUt/rqXXnsfPzdlfC/dk5xvOwX71RaSpwvlaSN7WgvkaQNagn0Qq/wXO+XeZHF/x72kjn6r2E9um0Sf/A5Ir0Bw'
    '14E+iMVcwOV3Ksq7bQQ4zvxNCQknqO+q9tdBivXo3aQdHZI5ZVuZo4c+0jI/38b6xMn3e+lf9nqw8wiXWi0erwrXWx+BFxHd37N+'
    'MQTjKU4Ps4L3lO9z/qZCH8oHiw+VMd9Hv9WhNV4DfZpiFdswMnydA/92YGA7gjqBvUF+kJ+fWKS/tsX9VLN+NyOa02wdvjHFmD3H'
    'GuB756A8cyLiCcPVuMdttMRwakJ6CjyudjK2kePojPTYmqz3wzWGyVge47Ea70E1ZyYwSjm3OYO5ZbzM3ju99J4HinkZxi876U9u'
    'jb73HR9yrJpjHqsMOs5geh06t3ND9G8vjFXto+Dz8jtm5Qvf089P+UyTespBFrrzgehjiPW8svPlgkAPWY7kNIyvFyN8vZjwnVWk'
    'nWXAdzI7+lqr2P9KHerzW9AaKAN4tUDP2Fk8Tnska/4dZP0zWZalTl+XovVDv81DZ/3s3Sz07mh4N83iti8LJW1ZSORpp9w46Dez'
    'PcD2Bm8nthB9xMZhlcD2oJqMebmA16e40ohOJZmOuTkCPLzew5SvhzY1CWQ+W2O9TCfj7+RvgPc4Tz1qK8XzjAGe03reosBnURlK'
    'K1X7hKw9QfvEooB9ohnp6f/2NS/95LdhH3jMy3MU8McUtki+bkB1/fuDAO8n3rdqBGc3tOP3UNcX7/bSWx8Z+f3rLWT+otrV4/sF'
    'F1vF8noZoh8XExyRtYfSj2bFOqkQrFHR2SLDuTQaExHO4boykrNL3F4Kn/kiYvAvQfAvQThN7etr/mid56Cp7dnZ+546yd4Vtr6K'
    'bldTe2vc9fl8rnmb9K26NhkMn/Cax3SGrdkjES6ZrJ8wcxxkt+nAOgLaUkFoVpNEd7vFQJboEOhX8RoR5W0hcke7BAalQ7Wgl6uD'
    'b2VIn7iZyDBY19gZIN+kEVyRPXKXRI/chWQo3C5mr1NH8l8WoI+m+mGnjRNhP2ZlVPNhot/G/Q+6fy/CmTzhq7uRPtuB/UOkP+hC'
    '8x3UJgyP4calAO9G0KGqdO6zkBxsst5WsLMPlDr1fhSt6S2SeRD1g83fu2EO2Tio5m8bSds0zj+2CuajBeEbswduJLC7Nfqhc/5y'
    'usXt+Ona7kJrm60PnbGjZQswJ0cY6KL7BGtZVYbpBMcD7cLt6QugdaIzJ5nulq2nJmTvMAXtV877Awg/nTbvgzLj3JepdCabO/SU'
    '5XLl7N/5XEVlrqq6hj2F2poReuqc/9WXArI7MH9z+fG/FfvU2bPHSb/iPeef/1U3/fmcJTPeMHfBG//3rHPOv+UrX5kDn1/+6Hu+'
    'ouPJ6LtX3NFsW5nnh/55hQO6eyKnKF5d//Dq+cp5j30FPc7M7YnV49rap3T8I90p+9rEfn3F9/z2Dvxr0Bq8c+jP+f/5g04/Lfe/'
    '/UP/Pe/+f+i544VXAPLg4F999RmY8iqetwneufVP1SisdUtR7AFKZg8ok6uxL5L5SOdghZCdZgr24hzAE+3FMyX8Ux9Jd0losKnO'
    'WcVX/BJ0tjp7vmov6EY0XNXmFglv1Up4ux4B3Q7bRqe/nwWdhsz+Ade9Q7MfuIzOvDrt2I14+bjsILC+rBXtiS2S/umefbwR8FY1'
    '/x2S9pv2g7YB8wXboE3zBfx6D5mTBeT7FsLvHQH8Xli7DZ12mvITMn10A9J1UJpypEE7eyVr3eSO5kKEuzrnihS/6ZlWJ1kb+Dwz'
    'KnxTmVRmU6HDi4rKB8mt1M4Hn+3p0v4uxGNjWJdJzjQwDoruN4x1Hwk6d7mp/zaHm9TjgNTeL2XnTJguiO4v6/hSyyE7blxHGum/'
    'XiI0SEcHamJHZiIzyvQ2rZbfl0sQTGb3+FW0trYbrB3Rfhum/g8i2Vq3/jD1XIr0Ax0BNCQM7DcjvqEjIqzTAG9Fuo5dIWEuRX3f'
    'SfCpDe29YWAfgfQ/2xU6xY6QdZjefxbx9d1oDTswz095Y12K9czOb8sf5Hpy9u7q2713k5BefR+cS2X2cp1yFp1hsTvj7N2r9/tt'
    'Mybv9dKf3xvOD5RbP8CtGSp8donH5pFdHDfZu9w53rsFqF/OOyf93Mf4+Tj7VoD7SC+18XFm307a4qUf/Ti3IWL1zLnIP85Pt/nH'
    'ueM8/zgvubYYbgqdu5wJ7f++7fmMYvIQXhO9BnhsOv46PhCaDPaabYQ+dhG6RO0MV6Oz96h7CYY7E+Dq8uu67S0gm7Y+Q1tK59/r'
    'bU8PoGMzTHlY/LtlBHEiKB/28+LyUEP/WCbRg28mfMBo78tjIPfjvhw4TNr+ZTgTKQV9YDLkmoyXroT0eEhPznj4Xs7obAb2tcle'
    '+p7JfH1MRvddToPyizPF62UdlH83Ksd8PeN8yyHflZP5unLapLvX1YQYD9zvxZAeK+kHbV8BdIRTEN+B5dc2A3pGz2FEfCHmbabA'
    '2ON6tyLaqFMvpk9dgjNQXJ/sTD4rkNPyyH5Bhq+zqe3CWgApuc3J4KYUcE34lDzZSzrImf0SpP/oIOMx1/LfF9tO8kxDeXokeZrQ'
    'nYEWpHNvRvZ8C61iuyess5Tllc1XHv4w3pTKb5lM7m6CsWHfg2BjnRS1Uaf7eK9A7qG25SLZ2vQsV6U/o/ou0Xt8/irSu82S6Pm7'
    'BXtxWL2/Lu/WjuxWTXi0boFuVWT7X2sV35nUtUsI0iF2I912LdF/UHpK8bMS5Ay8RnqITlbVTpE+uwHps0W2Qzq2MdsITnYK2j8B'
    '9BW4/f2ETuA1xfYbrO+lPDGz4dGx3TFZT0HrSBc/KZ/aKdjjGuEP24qnJPJbFyrXhM4d1qD5w2OYtvgd2wGBLRVuU0uAvCLDx3qw'
    'r8bzuVNAPxqJ7T2e3+0CfgL3gdlNYxpUSdrYIrDzovRVdubQpjGfOzTXdyPRLzFbNXruyGzCRPbgddAWFa5ul+BWJ6mnDI1fuWSv'
    '2U7OulXyc6noejeZv2lA7zCdazPYH1sM6Fd3wNrPC9ZAmVV8D5rG6hXxgLScwweqyoW1iZCdKejaveryq1H9X4T0lpEe1WdS++Oy'
    '0KkVH0gpHpO7AToyEcWlCoJLGQ0b6oWWvq8w3XaVCm7QHadS+RZpgnMiG+kfivw22anD5jEIMZ8xidloW4Np0Xkvf4x9Vwos1fSf'
    'gmBpRr3HWJ2sLa21Mtw+w018hC+MER8sgg+651zY3/gmK4m/Id2r/8X9/1S+2ZqRDpW/Kh1/72HOMOcjfSt7txrJxFl0Z4PdW6xG'
    'fCy+j8vkylaiA8T17bbCne2Wos9vFPT5DEGfTxO0/6QQ47BCUKZfUaYZ6AQuw2TiPpL3SCJj1Ar06g2CPG0kT6Ugj3OGItKXj+T8'
    'vU0wfxcL5u8C9O7bgrn/0BL/3Dv+YOncL5LMvegujWruZWe8QXNP7YuD5r5ZY+6bNea+uQRzX2Y497Wgm8L+EaZZxbGGFoA9ShbB'
    'S6PyC0h6AvTlHMuzE2G6pCBdANYZ9ZEzBHpvsQHpzDYbnDP0KHTwWO9K78ifgPp7gmI81iCcnhXCzuaEEu5JjMb+H3rXMNV79zf0'
    'bhy8ewHxbVPJPE8FWL8V5Jk+tTjPAVij+CwuqM1OmZ87dkCILpn0t97grEF079ep/xvIbq9XYhffLdDDi+7w/ju6I7FZUlb3Poao'
    '/iBbFozzA+gMv80y82NF21yAsZpoqLfX1fOxOs5E9xL6Sf9bNe6+sLN2qqfsJ3benRHvLXRI6j4S7CB157QtxJ2fTkIzdM7fM4Z0'
    'RCQXzrfC+8VcAulxlt+ObqlVfA85FaB/Fb1zdPbHh9SVymLt6cKgPkOHq8/1VjS/oTI9tM6eZUKfsf+aS6GfDYk+TahPW3sY6NPq'
    '0FnFeYb8ThmxTzlk07Mu2Km7U2YlWjvLb/PSZ2/i9jfTNM7fotioqO5F1iK+yAIfRf8MPoeu+Vqx/C6LPRcUf67PkK4leiVfXFdy'
    'iBOvXkl3brCtsQl/LNvXTel3kC9nrMc19eEc5Ls5bl+CceP/GH9SYvw3eDTKDpf+qpbYj0atzzYsnzUsn8TaDqDJUw8Na4hY201a'
    'un7Mc6+y5P4sdeayDskbl0N5pk9rgTl+C9DLZJ6Hd56Z3SGbN3o2Ss8cF6BvVkBeGqehTrFXhaEPaxT6DeojQ6XDEfmooPoPXT0I'
    '1mG1INtFE/strM89ZaK3/kT6q14DvdGzAj0atd+Not+h8PaT31st+b1hV/8/0TuroH4zZL4B6fyK2hBWlyWaQx190wvEBu/xJo6r'
    'Ov7U+iT4rDO/dExaiF0zvd/XYjAWA5b4vtpWqzhGz6ea+B23IN3jcM9dGPvJ9qG+nCjQuerIwrr21SLZW3THcbh1ss1NfC32C2y/'
    'df1DdUtwst1grLotsQ/MFlKXSKeP/aK80Mjp6ICkb9SH0oDkTldcayuKrXGb4GzF6ed3UD9fjjB3MnqyuUT0xJS2XjHUz9fBuxPJ'
    'fcIT4D7hVZP9Y0nvTDrlV8O9xBUZvXuTLC9LRfcqaBucvEvQfVDd9i6Fb3sk7cVtWoneO2N0TKNnR4BpyEHN+wK6Z146/uR0YOri'
    'Jb5fH3b9OGPzxwl8bO5JF+e/JQ0+09O8/ts08vwwzeE56Y2QfgP9FuGKCNbtUObbpN7vQd5b0B2Ur5E8d0GePyF4D5A8P4A8d6M8'
    'Tl3O2Fw/wdMRY1r9KqGvmwX3pUS0tEswf6J7ey0Ge2yHxvzuRH3oFtwxc9KNdnCsG7o/yGhjqfpw6gTv7Eh0/rmd8AItkra3CO5e'
    'Bd2Ppntbh6XnD831y4LGvP8w2XtoXKPnxvM+lGL/jLPtz0D634TXuXU8988Qdf0O97r9p/HeGW9UmRS3tU2yBjot/bOtLsk4UPur'
    'i8Z7d9jpvTuMay8JbGqCeFgTmadDwbMyv9OLhtq5nNiS4TuMuD6nHlYvlWE6JXaIw00rX2nwdFSmd851fUmI7kDr2tn0Cnglp80/'
    'beD6gX6JLVGnRvteIO3bojm2UXzv/oG09zmNM99/aeBre7TKUEFrZhNqv67uMQ49Rto2n0/RGlna4N0vGa72bwvQG6naWtZQrA/U'
    '4UFM1/Fw61UeGcftLnR0DqL95qDCprFXYuPNfE3cOM5rf5z7q4muN2jv/MA4zyZY1+833c9LIau4vq3H+fcWkW5gsaZ/J5YXt/1E'
    '5CMK6wpWE9l+FfGpdCr5vhJk/2OH2jxjGPjnVgndaCO2l+OGuT0y3SNrzx/rR7Y9dHx+XO/duytFvHcdHsaUl2E8zGdgHEdqzdK1'
    'umuoPRsstX5NZ42uNdALLkbrUxc+W7NrI+oDF2vqFV3bv3pO/0uhjxfxETo+Hp22VQxT27pDtO2/6/xxHIaTjjIe9K5hake3oh2f'
    'q+Pxltha/doUcdwH6k+I5euT8AMvI7hOXVfXFZ8r6t5lisqzRpEttgnkYvf+Xx3HcZP4FJsN9HEiGVdEe6l8M7eO6xs7Lf24bH2W'
    '2BdYt8GcbTHoF+On/1HLdS2jVVfk3tWq5eNaqrHZHCOtu76W42gp7GGi7BFXDlPbwozbm2s5TznSuj/3/A+1Z6CEdiHYt6lIF3go'
    'tkmtd/fHgfNfWS99DNJHIf0VpE9li+9M7oPfD0H6BKTPEjj7If151qvzLwVe50GSl5U9AOmvJXU+S+p+TlHnL1Cdc/Pg3xzSxZCO'
    'h/QESI+B9ERIZ+SL2zKDfJ+Jfjt13lbw7vA5746ogRjokC6BdFKN+PtKSMsgnQnpBkiXQjqX5G+ogfubBT9PUgr8YmvqgAS/BgrF'
    '5x6mOiNRno328OivX18Q+zQ03XvD3gGdVyiN7ZUuX1tZ4vpV8vfvakamftb/H9dw/4XDqZcU6QQYr/rlGs5fhT0jGo61s7uG09vZ'
    'hOZNhLQR0hWEtq2FdDKk0yFdB+kUQis3AM3biMZmNNuDragZWZvQ8QivTWQ32h9q59ARYPegwpfnqz2/r2Hu+cd9pvRgtXd3LGy8'
    'Qpl+TFXvN6r5WcRInAM4bfhwtVwfGUV21+VHu6o9X2rOu5sN7K3uUNhSYf3fd+DbKZB+/yj/mIrsvx4kddwKeR4m9lo4z3chz/Np'
    'dR1uXMVqz3/RaO0/tqWL2tcXqjzeUGWjaXIOM1w623uqvPs6WG6i8tJjErlJJS89BTLLV1EdvyXyDivzJKS/JHUclMhTjyG5yj3/'
    'R3XMzcF+DekSSE+HdGGuuA6Wbz2kp0K6HJV39f+ojizISKm8WIZaSGQslp/JbNMgPQ3So0DWeluVp/t070URfuMIwlc0QDo+pGx1'
    'SkBdUyR1NYasay6qKwxfhMtNg/RY8n0B1FWo4vvecJ1POvX+qXJ462V7zaOVnOcw8Skk4oN0y8p00N9EYxDXmXmrBt/1L5U83mGp'
    'zup3VRbzNaXQtT6nsGO4EPWzFLbHTh0nVnpxiqi/K9M7Zrry6dEIf0f6bpaF8DdOflGlX/qvCh4LNIyeRWYP7Mr/McKm43VzhT/W'
    'XpQ7B0FwVPcQfjoMfO1lFR6c0cjrOe07G+Ya80GnKPgdlm8BpIsIvzQP+J/jEGwRj4TraM7p82IO7OkVnLdifIAN6esgXQ9pKiQP'
    'kq/gdK2U+zNbd3/I++srlT2EU9/Dw1Qfo1m3COorJZ/zb6i+TVZwnJtNln4Mmz6JDfXleb7fx6lfMtEnXYLaMBJn+m782DzfP+K2'
    'qZqRLz1PtVmBV+kRaANdS/9VzuOLd5Gx3i+591hnF9twU3vcB8t5DPcwfJwuD/Ctcj+/WKozfae+TwxTfWxu3qlRn0k9sntx7Lxs'
    '4zDVx+jcySWuj9LV2THVt43w1J2E12b4UlnO13eU+gas8Gclvy3zr8UwbVDJhw+V+fs6nPeyXf1/mVzeMLUFpmvjkyWAzeboSjR2'
    'pbi31qqA4er/yvjaKPXdOTdWOhrPAYl90UV28e+tBOYRtlimXVDG7wTFeQbA7r3r3JnXvZeeKuN++KcTPTGVbXTlpT/kuLykK9Po'
    '6jgfR7BPInrTuUQvfIYh7Dty3Gd3XHKSiud4DnDm8znu+z2K7a8D60M5bqM2EvcWaWzMt6Nx3SrRxclshMPcyWDwC4Cb40kdL5F1'
    'P4Dmgt6/FPVnBYJJfWi0k362KXStbM6m5vg+ud0q9s/SasDDyuaC0b0cantcd27/lJXDDHsHxrETnGSV1nbKqefuEtfD9oTrs6WP'
    'ByAby3/Kjlwsgq1ZTtcuI3V/SXJngbXpuinF8tabEKwgGVDn/sP6rOcbeDT7jDlC0Mbh9oGkOkf/c4avn7XkHuWxkK4hcF8Xop5f'
    'ZHhMjs0Ez5/TlBHuy3g2bcNlo+TU+ZWM59u1FLZI7vlfhq+JdlJG914zg3UFGp/hum+yCdU5HD4B3fN/hEs9ATrKIFxajuY17rM7'
    'B/5kBL9XwUu0GOwNbNwzCG+oPEnlxB0S3oXtbQ59ayL3L2Vr//gQa//JtGcLP5J0sAB0uS7kvYeHwV7nywgGO0s6S3GmtA7JWQ6M'
    'j6e9ucN2NfPJnYilxC7nGPJ9GtjdXCWAFeZehQOrG8GaSe4/mNgQu/p/NE6XPAj3fO8vHpcf/tBLe74FMRQh1sWtj4D9f1q+Z7Rp'
    '2vCvSvO4A2HiV8n4wRlpftezlDYV7vkfqov2f0dMPCcbr/9N8fHqJ33Xodk7JDLGL1LRY3Ldl/LspoN8V6pozLEG99Z1aNsXUjx2'
    'y6mGdOCjKb5GdOzs8O9D6x/BCGu3f2mKx7hUrTO6Djahsq2CdRBka3xuKlpsOYofJ6Y8G5hS6Un6JfVOQ/2Iel7lxnVJeb7kVbwJ'
    'i0vt2v8I2hBWT+/A+73N57VPoM8VzSs7v/s1Kmuy1l3/Xzbve5CeHPf9LlTfDtLGVoX90k02X78mdqtOmesCygbZoTplPob62aqw'
    'RWD2Zu9DZXT8wbv3/2we+1Rnz+mU4GSHXXyWHtc9Qvf+vx0u/mYXXf8wPrp3aV3/X6iMDk/olJmJyujq1JtQGV2b6kqbx7gNkpnd'
    '9Y/ytirOof9iqfOy9ejEam204vfz5Nr/Qjuc7/97FsQ5bPPSlyB98eNe3vtR3ofP9dL0W730ach7VLuX9/aAvBTuTYK8Jw6I8/4/'
    'Qd6O94vb8O8BeSncf0Z5X9zipd+UjMN7A/KeBL8/CnnfifI6i9ZJa87zly0AbaV5r9koztsmyHvS5eK8b0Z52yDvtV3ivp2F8u7e'
    'ATzKWeK+rRfkZfNG8x4nyMvmguZdiPIu/rqX7r0TcBjkk5m3gv0vyvsfd8G9971wT/5uL83shfWP8qrknmqUl8pOTQB3/P3i+K2q'
    'mK06sWTKCM1m+lscB6mNfDONg5RBv6vhuyN3rAOccf49NOzWb1AZ2rdUhL51k/afjL51oj6yWMDsG7uzzfbkFYIxYXqqhYJvrNxs'
    'AcxDZ0kWj6u9H94dIZgXVg+LJV8L/A/u36G75ChPq2IOZXGJakOOtyhGM4t1GbSf4zjks0LimalumPIdJn09zZLHB9fhu3RjN4vk'
    'Bt12iuKJb5foUnVi7Kh8BTtz9h6Yv+EeG1W7NsLeoCv3bYp4H73VoB+9MY29M+4zItjCdVn6fgx7NdpD96smWOMW4G3KCo6NlgtB'
    'g2ZK8HvALuaBw9jJ6ayRbYT/rm/k94a2kzbFZZeyjeBuv0QWcGJ+TJG0pVdwnhBXvQ9P8N+dGol5cdry9Qn+u0Ci+9s693vuhG+P'
    'o/NgVSwV3XtFN8G3hzTvFbEYK3ekuV2Z09/eCV7seFz+Xij/mGF/TduE28Liv4Ttx9oJ3Oaww+DeRBc5X9XF2RmS+uidRF16oKqv'
    'XFBfvxUcVzxKfb8fz3U8Mj8V9M6mLuzHxns2qrrnET0SXofGeNHdJ907fxHaoEt/RO3DbfjoeG9OVW0YCDkebYTP3jme4xDVn20v'
    'Ac5ejHCoT4JD9I6pLuz147n/+5sNaKrJXcnhpsWF8d4+qOMfBMfPuj0dPz39fYPffraf2Kb0G+Bun2YZ985PA7dDapXotuOgAd9C'
    'fWzV5IfjWvsfQ32k+vtNVnCsKpM+DgTUsyPAJlRHp4/PTt6G6tmmKZOE2XdPRXMWlS/uk9i5yuxLZ49A3cz2ubyB2+V2Smhmi+FY'
    'vjCO92c4ZQ/X5+84v4103LKGU893UR+7JOexputYd+19GvWxS+BLIS5aciWqp1ty16E7hv60Qz1x822UTzmzRPXQcVsGuKFbT5y8'
    'X4NhH/tC9vHler0+7pLcz4oi1/+qnuPljYQ3+RbhOx7UsKW+R8Kr3FXv2VZTXmg08XafRPFU7lD478B9pTbmcbWnr57beW6WyBkM'
    'l3Ya4D2zyb+kntukmvJwlB68LgIsuh6OQf1uNeBTdNs6JaCtA4awKiPAovzZ3+qK+22q+1WN6/46f1ufCwnrQQSrTcHzqGjQd1G/'
    'ZXz2JgW/IfMz4tr8acAPy8e7Mb/QWISBj+8070RtbZeUDaNnXQ+2OxsR/Lh1cA780yTw49C5uTE/BfDj0rE58BvrvPsRuuc+XTHI'
    'fy/XcvyJosdzYD1Ty+93bAu5N5ji1I8i1tlncAbAaMbXUJ3DIec5dV6L5kkkK5jsG5dHgEVp8dYYYDFa+SY0rj2CPFHOU0U+fFyb'
    '/2Gok/I+R9Z6dMSUt9cdx2yt/w5NVH/oPSHW5n8XStMO0/V6V8FPV4PW4i4J32tS5xcLfK+IW5fuwL+mwNddFN256/OzwNfATjLe'
    'A5o8sCluXILGJ6hOJ73YNh//9Wh8qm0xLsnuulEasSQCLLr2pxS4nEf17/Q8OEh20z0DuC0dLOe9XOOX/+k9GdEdPh3b3bOIX0h2'
    'Z/gMsOn91QjUfRbU/b0afk+qJcS5hcl5xX8I6uox4NU6Dfi59wrq6g/ZP5XssU1Q11G2+Rh2a4zh2TX++31B+gh639a1+UcwVLJS'
    'm2RvXWgAQ8SXu/t/CBgHCIyqGn73TnZu02u4vzpwX6r2w30uBrj7Edx2Ca3sCiFf/0gAVyazmuwfNyO4NFaKjuzba4l9h38Wwd0q'
    'kefCnK+9XwNuGP1CbzXHVRO4WK/QotG2HSFw6vUCuP2W/r2lTsn90xUIblxnlQ7co9BYhjmjc2DUVPvvEh8g464jR+vsW07MjzrN'
    'cyOZrPlfIWBQGfNhDRj9Chh3CmBsM+zLNzRgvKCA8VkBjD7D8fiQAEa/5ngwerG7ysPxqDIR5eu3QAyMUp8nueu/ivvsOFACvkq1'
    'PuZVcTlehxen9jcq3nxcRPi3K+C/UumfK5GvIx07oXsUde2v5DEuF2fUfjmWId/yqjv8JvcIv1/px3vRHcUVyHc9vucvk2Wujxku'
    'k1OcmB9UdyHyVbAqRrmsfxjrZP28sJLvueuRTxYVnlA/VKtJX06KGS5r7/xK7kvhIXIX+BlIf0HeP4zuCrv3tBAMm/hbYL9riN//'
    'DPJv6cCoQDDYPfIZkM6BdKoCxt8ruD8AKgt3G8pxDrynBfBM6XLR/i+A16uwQxL5jWU2/LcL4IWVkR14N1RwnwJsv6X+ZAcssd/5'
    'TxmU7SIyygdRWZNzUHf/R2PQrskvimK0sznvQG0xkROcMhcZlKVy8OmCsgclciXlxVZX8DhDrOzLBjoXHR56ekAdXTHVkUdjsI3I'
    '6kfY4jMEhn8v5/XLUvz7XZ73TWe8TM4QmL70kTzH004JLnYa6Au+j/rbKeGd2wQ00OX/UVu2W9FikLj2fwHweg1tylyfH6hvMngD'
    'knG+LO/34dImOK/A4zUAZd+Oyprox907/wZlKf69Ps/5/+HmKV3+H7Wd8QknEv5mhYQvmRyiLOM9qhHeqPxO6fB7fy+PBx5r39MI'
    '3lkS/1hBcZ5o+x6OCR5r3+3l/F455d0eIb8PIF7Ovf+Hyu6X8He/kfB7n0NlGdyDhFeUlb0WlT0oyIPb8RApeyUqezT4mjmZxK7a'
    'kCuOacXigfaisrMNy25GZZnPm6XE580SEjvrVCh7HipL/eQsIzG/aL2noLLLcuJYXbKyx6Cy6wR5cFtPJ2Vnl/v9u7GxWaeotwmV'
    'nVYjlglk/HselaX+7+eQstORT0Z3/y/jPp9aQth+M78Szwrg9ISA87gAzo4QcO4p8/vM6pfo5the9G2NMnQP+goq0xbAb+J9/zOC'
    'MrsIT/Iq6c+1ZX7fSkF8usmZ4S5D2F0GsDehvsriAXSQ8Tkf4cDWEP1icE4OqLtLUvcxAXV3GdQ9A8Uc2aZ5T0UlvzL/LNWoXyIf'
    'bCLctjTKUNx+IcfHQpe/F527Hsjxuilf2ibgT937PwFleiX13GdQpoPZ/2qUoedDX0Pjosu3i+S2T2vUPUDw6sMaZZ4hZa7McVyk'
    'ZVTxdlR92CoYiwOKMzkRnAtRG1XrTKWXoWeu63J6PgOpjRldQ4tCwqHr6khNOEH3ul37f4QLL0tsMHtJ3f/I8jJMz/QHSxzHhPX7'
    'TxplaB8PojIbbfFeSv2gP5HlfP6ajJ+HN9X1/yDL/Sg+RPhtxjM/Cek+4JX/E5VhfiD/R8Gb34DKMHj7FTz5v6MyR0v4zNNRDFun'
    'zEcEZVYRnvhY9Nv1+SsoczqJjbuB1NOPyszWbFuHoIyqbRejMqdKeHwqF7wBlTk9V1xWxpevE5TZQMYAv3d9/geUOVVSZnaW+8ps'
    'CTifdeX/gLyvkLx1gDt4bW7T2I8Zv2CjuoLsjVz7n4w/r8j+x9X/obxBdh3u+V+G98HUVsON+ReyPKNhd0rK6/A2TvlvCvpK+Vhm'
    '7/KlgLxdhD/+VEC7ujTa9QFUl0yfydp1Baprewhbq25UF+UjthL63yqpS9f313kBddFYJq8LyLuL9OEEQV6R/UwB9IU070EJv9qM'
    '8nZb4ngf7PzpSBibMPeXXf4f1TVA+oD3Z9eHGsobxCM4ef+a5nlZbI83SPSXv9fIy/RtBwLyHk/gPq6Rl8H9cZrznmH5hQLYVDSW'
    'wA7Zvf+X5v5ZnyQ8wT7Eg7gxfwPy7id5r0F5WSzHxYI49C7/j/JSHoDm3YHyUl3ZBqTDc+1/Ud7lhE+YjfZ81/8HynuKoG7MF5wf'
    'kJfuuaen/b5B6Z62TpCHnu2sDMjD1t2igDzsXHWWIE8Ptf8V5MFnWu79f0Eeuv9WCvJg+2t3/aM8ItstV/+f4nlaJedDz6c834om'
    '96Jd+78A2Ix2Pklg69w9dte/APZzJM/dCLYu7+Ta/yLYbZK9+6uCPLsI3/IFlEfEezl5/i0gD+OfrkV52iVy2vtQX3XP9F39nwB2'
    'L8nTg/KI7KFd/x9Qv8n9Vff8X7NcPxnb1xuWY/Udj/qyVdKm5YI8tP55AXkYnOmCPC8TOBMD8jA4tWhudfWJ7voXlNupgf8v2ryc'
    'ru7PKfc/Nr8rFdW+8lGbj0unhE7+KCAPo9t3oTyic3snz62ov7q8sav/D4C9ld3/CcjDaPknA/Iw/v0jgja2abTxSgHsA6SNlwny'
    'HCRt7LaL7/pGmdtLUH2ie8NuzB+Up1ui8z09IA+b/3WCPNtInpWCPH10/xfkobg2C+UR+ap193/bT7dU/L/r/8+wHGuTDfMW9f6m'
    'G/PL0msDlT33W3xcRPYlrv4P5dkpkbN+ivIckPBXP0R5RLpH9/6fxdeSru2Ie/6PYIvsNlz5XzBGKltgl/9HsEUylav/D8jDYhe+'
    'B+WhctFxkGd3QB7Wj3cE5GEy2FY0jrq2I+76tzx/dXHZGLv+PwTjrpLjWMyPGkMbYXf/R+V07VLc9W/x+Aq/IfphJt81CPLgGEM0'
    'TgPN83TWHwMhB/+2LR4Ty7b04wHg9xXoPfa5zmCUwTo3gX0JwHWvFdjBT8oe2487MJ+32FPrJXss/afp0JzIc+jNTQHo5tuSeRLP'
    'kxVlnizlPOF1TNdb2jKLcZDMn2D+9lhryZCXW1Z8U6g7N1HntgnK2/C+GsqNR3ndczlIJw0W40Uu4HtUnGOwd0N6yeDwjk0cbTCN'
    'P5IK0UbV/ppG++tEg7azfpvQ/CNC1PFtwzooXSuDvGn4w2VEcILmVVaviF8JanNNAB5GLe/090TEm9VBOglwysm3BsbJhu+2pG9O'
    '34/X7DfDTVZvI+j1MP92qsVj0YnWUTOkF5M1UkdoUBXQoLx1CImZ2b7wsVFfNOFZKni43XMgfQuhz5YGvh4F/HsTwMTtKod2sfuG'
    'c1A/RP3SrZOtkXrIk0e4n4X6rL2Wdd0TajzNIbyrJ3tGWrBnFBA9ctq+kbTNkVk/LuQrUq/ph+HeP7yldOgZHLziCjbn6DnRCvE0'
    'IdrCcEh37oLkwUbAcfxtgaUXezFKm+otvdiCKZCPMS6/I2A9NIFOywZaVg3nRRUM5mHErxqgYNpMhhlMGwsuaJ5Nn4KARrt2UbD3'
    '4blsAf0fm8tawIFxFo9/emgvWOv1g647S0JTZThmC/bHb5P9sVyy1xY89Dvk25zGUOwhZ4U69xraLb+fWdc/gMXjXt4A7z4E75x8'
    'j8wA/0BIV9SM2sX2Q9c+CNY9jn26BNLjLH9c16WQLiZjKuJjRe8SvYJiTfYoVQMBj1qEpbyFbC1kBLzDcpj7TZDuMpSjZPmqUb5G'
    '+GMsXtzw2X5zwtCPNTbn6VKIFyonNGgCnGUMatZH5bsiWhXAHzBat5nAfWuyRorWyJ63WVGelGoF1RB8vBzxysm8vzbmvR7mfjF6'
    'VxdwrjI/hnOVJqjXeaZAnmqEQ/bZ8r2Btr8uBH9dTvjr6TAGExFcyo/gtEegOwg6M7aR7rGe3ftFKY51j8+HccpkmCB9uUgOZvzT'
    '5KVwL4HwSk766v3FvNI5KE/5YHGe/CDYJVteDEnn3dmQnhfTWVwG7fCy/Y35FxgHdZwlSE10deMRrCkZfxpG76erB1Hpr+oM4dWh'
    'NAV40APj1wnrMKtFa4fErMwY50PnUwpjdg5ZFYEWi5501drsnUMCzVrEx/4T0Cc213aAHrQWZDHZGqK42gu4oQMbr4F0gE4f6yMX'
    'IjnM0mxXFuiL6flFDckXh77IJL56FLmS1ZOCP9nYsnjxlNbUGfJtdfBedu5TB+9V8edlun1bAM82oGEYh2ZBmhs0o4Nsj8ZjkUM8'
    'BNP9YR64DsFleGAKpx7hUBPIVykoMzvRJQt1ySK5QUBGQ+nwgs4x0yXGY5ceXAj+Di/x6ECQbo2uuwJ8ryBrYj45f9GxoyhlH5s+'
    '4KXZPWO3j9/84Njv4+Kve+m1941MH7PD0Md9d4NMc9vo6PNwzGvmPrDFvHd09ZHxTfhuG7OrrhTYVXcQm23M/5jwa7R9VQHtm2KJ'
    'fcu0Qf+nWsGxkDZpnIE8R+7EXBlQb0sJ690M/Cu1Zcf19ZD7ASL/PCy/bhwxajcvi8ce5BOF2cgvBf6a3gkJgmPa3i2W2BcJvd+i'
    'E6/gBTIHMpzWWeerBLhdYYjbOnfcdPEP4xi7C+HY1c+IoV7du0yq+zqnWtzXK/XluTWmPi8Am3odXFaNw6YSj0fc+FcZgH/zLP17'
    'eL0SeoTvGeveAzK5I+T6owZdbTOckeH6R3vbL0FtbznM2r4A4cgOS+y3Xdbm4W5r2HUjsk/eHcAfVwpsKstA1yXy7YbjrYroRbcl'
    'jsUy0zKL5dlmCB+feajyisY2J6E9OjaiZYQmyfRgIlvkIP0ca4euPs+95zn0twGVycBfkH6V2Q8tgLVN9WK6etzUKKgnSP8q0pHq'
    '6DZZ/goon1HYlNYZ6okmBdjLVwjkmah3AUR4ejayncY0hJ3ZNSP7rokCXbkFtoZYV47teycArLzkLkVhkJ9hWsTm1oLUBHad4Nzy'
    'yDZ+j5G9W98KfgzQOeV913jpv7V5aful/B4jy7P+Q+I80wPgTHgT+DEIgPOPC7iPYqbnf+WK4vbnBd9YPyhtw2OcHyw+P9HdU3Tt'
    'nWT45NohLtavrxHOT0XnIVg3SMcC69SozVYT8CfYDr0dcCmsfesYsx9Jh9eKc3wIfPaoLfFkvAylDybn1xbBoSNhrV26EeKHoW/O'
    'OsLfqgT0o0xAP8Lya7K1VZDsEQ6ufl5Cqw/exPe7qGO0904vvecBry316Nu1oP/7ya3++9V/+5qXfvLboM97LLocaHIPpAl+22g/'
    'Yvwsg1UrOAfNasiajL45f5cR+tZMxpHR8CXEJ9jpxL/+EuIr7KvIdmQ28b25jpQ5lfgAZbDnAKxPwl6D/ZktI+1ZLmkXiyUw1RL7'
    'NWU+yK4IaO/REr+jx0j8qXZa3J/ZKkm7Toe8LRaP50Xrna+IocDG52w0TxtIzAYKczZqRwHudVB/sUskY7oux3mM8Yqx2pAT402z'
    'ZI7ZPSuR/zlWx0mQHkfmlLZhrqT8CjJPdC0zniIqzSsPWG8ymsdsQr4dgebNtczjzN/y/9v7Gii7qiLdfW/f7pv+o7uTdLpJmtBA'
    'AgGT0CiBkAC2GBEVQyQMAcNf/9x0Q3dud9rbCWkBgyCi4EN9OqMzvjfjqOsNM0mG32WCz2dAIfBEFBRdrIXzYMD1DG+Y0ck4S0c0'
    '754+VXPq1K19zt7nnNs/ye21ep2kzzn77J/aVbWrvqqCe7+p8my+K1RwjciobTeBDXBeAv2czB0Jdm163h5XpTUYTPPnxslxFMdG'
    '8vWjZBxj5DwzphmP5NMIzR1F/GE0x+Jk7khVmhNxC3vmUlWat4/mapqsHQEyxsY3Y5KPmdprcH+W6xvUzsRrkuwoo41bxwfrAvgg'
    'P1ettNSNtsH7dTAuP4Zz9mB9qsx/Mnb4ocm4uLLgh5KK/4uq11O/ai+zm3K9XjoDJE3nKXIfMZyV2DY/pvjky9W9wJ46iZpk+nOy'
    'CZ6N48XTbE2yRL9x5FRzsSctnd59U2ws/04V+U5QTBmNoaYxrhzDGhS/INHW0U4/JvmYguKrgsHozuyGIdpdzALlD5X4rOmNy0Md'
    'KGOJR0f7zna4ou8XcSaLUqXPjLBn5qY8XoL+Q9Tx6oV7qGNmSNv0vWbl5Qb+vdI/g1ief1Wl37gR7v0/cm+Y9e114R727edCm+Pk'
    'nIV96mW6KM7JD8j7PWxMTzmyt8K7KryrwruMY/DxbCPpFXVMr1Dri2v7l+6/u7uK/+4K11nTGD8itN+cUPsZ1r7W7wzth7VZLZwn'
    'b1JebGoj8DobX9hRTt9VxI3JyTIpl1i3iW7uyOyvqdIcecpAZqOP6kLl5YzBvy2G2Ns28rdvKc/Xg39b01l6TsQYqgG4FuC6VkWL'
    'Wa3Q4+yhx7mW63oj8+f2V9aUr2n3dK9pXDuOJF9uBD7QoCp5xHR5xBz9VW9nnDo74nRg4JA2qH2mkpNu9uakS0SfZTRkgzszbTMO'
    'JobG9jlz8EFyvt//gntt+LEXG+c8s47oTZ2PQ02Gg3J755FnT9jttSM9u5I8ezO0d/bz8rOnkGdvedC9Lnm8NJaviZxnJp99DmIb'
    'AcvzNOCLvg4xj/teKMX/PAp9eOUJf7tRfQdt4OOl65JW+hwNzYDTRJzxSuEs2QyC0TYW3yaGfyXrc5Wl7mQqa5uJzmxih6e5hhYT'
    'LAXH1CoNtsMkR5NJLrggnwMdU5S2eN6iG9m8c/x4E6O3JeT/5cxLaUoLc9l57n6CW+L5K+le1OWvtD2fZWG+TGMKmuD/PC74OFXq'
    'M2+CGIfVFms0FWtimjvRZC6Ccmw1MNlYS7D6uvFLtHCWQAvLCT+SaEEXs70YbAXlnGf024XFeVczvrBZoMewHEJ0X+jy5dJ+YM5z'
    'G/3DFMt6CsOo4vNZVVp/4hTGlzrJOy1T+O2WCGd/3dxlI86dM/67hPHTvGRxcibxnEdhsVY28164zs5mYhrnZPr9OQN283wiW/uM'
    'kusZzDGoC6LL5XU6iUnB+a+2pDFKlxV689Z73YPTS28/eerYpTdsIwsv2dKd0+YdxCZSQ+QejcNrB59yCto4DWRWq6rkA8MftFcU'
    '5+i3eo9v/HxgdJ2uVdFi7HS5Se3zbDqW5aM30SYcgpsj2MnN49TYTxUsTLeJQR34/HvTXnzKZkv+eS20cU7aO+fRNqpUeN7Y09Ku'
    'Dk91f44t36bkPAZheRto/D+eKevTbhxKuXIdS3mO/zllnuf4tZTbj4oPSvRBxaifELonQtu2PVNgje1WFgO0MgImnrb54ZS7Z01k'
    'dpOmjfcV/7CKtCHtnS3KPi/VoGLxeBZ6kJSPKij3BrcXzU+5+bl1tdTO1NzT5cGwbcfpw2HgU23ARyR9uaGCIw/Cy5XTz2y1/phf'
    '/zbl5qZBW1DWICapt0yxUk6s01Jmr8pp5NhOZZ7jjedwGzDc801wf54QvyXlzxtkdroC+T+tky3xoZwqzZHYr4n3Ssfg2To733ER'
    'z+iVeiGzH49+O7H1cptmpV7M0b3+kl05bM1NeCfyR2qrO5Xxs5yF/2KE8MSo8cE8z2MT8N/FAecrnvuT83V8r035c2ihDQ3fp7Yu'
    '57uXEFnXp+RcaTa66ShrI6/M86xirIPjbzhJ06dhJt+3qvjx2tJ6cNusLrastSKvKvKqIq8q8spgzaPyJ0mGVTN+hbgQyk/zKlq+'
    '8yryTZpDcQOcHVaq0pyE9Js8J2gbs5FQmST1h44XZVWb8mq7YRs1goyQcj6uIO9gDW+eu1XqC5WD9Jw1Qs5MOrlQOcdU5EJFLlTk'
    'wlTIBeRlnPchP04xXvy+lMeHqExZZGEXzluclSj/nLRlpVw5YqOTUxvVFtbevJTblnRe4HUgTM54vYJcMM03NMD69k8w5zpbP70O'
    'a2RpnyAbnbZfBHozqRuR06yFE1O+kH2vx2LcI5p3h9l3/pac6UaFM13Yd0z60hfSh0+BH4M+s0OV1vqg+ssKJed+CqKBfAx6uYHY'
    'J3pU9DxjdH5NaoX0KH1tForLlWzieSXXWJHWIe64TPGleQ39U35Ax8f137lET82C3kvpZcyQZvm8ON96jNjyOS8Y1exjXVv/g/Qt'
    'Z2ib0tmOnPb+K9mnN7FneD49ac/HtcFgDryTy2yT4nWFOG1gTtDFZZYr0hq8HXBwU23/wvzHLay/w6wPAxo+MCbspeqAM1JT5Yx0'
    'TJ+RUpUzUuWMpMzjjvGcslbZ1/gqCH58qpP0G+om9B1TGWSqp40xXtyVcnPdUV5sIu/6mB3rdXZGKFjoUQVDzJCpbj6oSmv5mKyd'
    'tFZUbks11AbZc5IuiLm5fpKA/KRn7CUae2cY3ksafy4EK4njHxNwXtSGijbToJpO3Nc4pNk/40zm52aA3rgOZEOQbZfrWucSXXNo'
    'GnXNVnIm2K7R+XS65+sB+lcW6LGN0eMcja38DAObFPahBXj3XCXH8OFZiut9tRH1vizoDVn4u4ndi/s/RoQza5RaUPRMuFWZn/cl'
    'XBqN95f8D3yvrRSwWT3KX+N2qSrFQ3N70xA8u5Dsm60htDaoSmus7VRyXbixiHMrYeQQu7Yn7daZoPPUI9jJbL41TsYq0VKPssuR'
    'khRt4JjfFUAbY8wPeI5AG2+yZ1YoM/trToNbzLP2jof9zWVsGKaxXsB4/pqNncaGr0y7gTl0Hl6NuNZbZ+haX2yx1mvJvJvYfKZy'
    '/d+IuP75gPXfm3Lr2ISNk9sbd2p8JUnxh9w00QzKjg8R/j2ogmtg5JQ/F02YvoayaVFEejEdG/ZrMdFNqSyKU3e4NgAbQelrQcr1'
    'EUg62FhMXGLY2OmzW5k+P110tU7Z+enGA3TeyfOsgEOhch5x7o1MbxnRnGtzFvpLD9O3GwX672Htjwk08hnl1mzOktiD8zPudTVc'
    'L4DruzPueObAnF2UgZxPHe71Ex3eHDrPOu1fTXjpe6Gdrox/Dd4F7dzR4fXrA3CPPnc2PHc7+c4q1sdLM54sQdrBe6sy5u2thev6'
    'jLeOc9n8rAoZh/PMZfDsxZnSc9E72PsXwvsf7yjlA7yvUfXQC8gaONdzNWti8j3T+Iiw+gU256UbIsRAHe32z8kAqGZupdyVjLGT'
    '8Ir5yl+7luamMa2TkSQdKRU9/0U3oyuep75Azh94b5zIM+femcrLVfSK8uo5ZcnfUMYgDryRfadTlebep+8sIN+4Bf7WQv62QpXW'
    '8pzXWVrLc7mS68aaztdG8n+butg+v0Y3LF1KprGk84W0w9gVzIPQHxWUp9T2W9hHnqcRa7wolVyuoZoYtN+uvFxyzvw0d3nnALSb'
    'OXu9pcv7f0uXXU43mzqItjkrV6n4OWok2pL+hnusXM/TOpdxx4RzWQO/JnnbWghdfJrtXdQFriC8ShHflc2crLF4nuOrbd+fS2y1'
    'bUDL0rhWEt4YpkfVRdy/zvffIfhOKG/+MDkrLGV9fJvy5+o0nQPJFr5Glcaoh9Emxz7MhV8pn12cfU35D479FOZftfWtLiQ8iMZo'
    '8/xUJry9hjxH+xaXj6dj8PGPaOaxh4z5tBJd+djOm6QCMBaCRmyuRGv0BhNaTRGexfOvfflD7vXEHV6+HLx3+EqoaTxWKiPWjrvX'
    'H26QfVg6n67zzu+7/L7VcvYlq6LlK7PJ12+6nzqUH0eOsmuzJm7oWuXPaxQl15rEpzcTGkJe2w88upF8o3NIEU02GKOC8o7SWDOz'
    'F42G2IOpXesGYvsaFTDAzjObiO1nwMB+twXee1+Ar69X+XNmXEj60ctsZvjMKuhHmN1vu2C7a2a2tO0W42gjtt+C4XvS/G/R6G24'
    'j+dp9vE7Q2iykb1XHUCT16rk6qLG1RNMdDRJh1xpqePZ5nOn+dubGbaF4/smhcsyvfyg69vC5Eq9YaxNiuyLJHhrQwJnt0aLNbDF'
    'OkTVE7PKy+9WCMEs6PJq2+R9c/q8jcRulDsfQS5iHy/R9JH2Y1g401DcBtq7TTBhNrXIq9nZWcKWbzWImYgyL7o8tyb0RnUqvo7c'
    't1fQ+I5Rb7LBF0s8P4n43jh7u5noB6aYlaT2+8mGcQ42+9HUr5gjPGA6+4F4h8tgDqPuoaB+IyZxXoz26R5YQuZsVAXHcNpiek3z'
    '5sTlAZxX9hB9scFg/cYF2ThqGLuSJM9YkADPWBiAeaPj4v71rYb03gTPnarsY2BN4jgnYvSL8zGK6eH7ZIRgHOPKUinHXo+AyeLr'
    '3ZLAercos/gzKTcUnuUaNTpJj4CrwPWfGwPTM0x8cTQ2kcbTRmkvCTn2XmWWdwR5TpOyzxXSBHpgkjGjFAcRN2ZU0gv/CTB7Oj9c'
    'JYZq5sXQfZT4ElBXtpFXlXWeHbFymLMorh41h52lOCZuJTlfmNjtUA/rVF6cdK8GcxtVjnDcLu0vnYtai7loA38xnZs6eL+F4Cgb'
    '4T1aC4/XEqxTwXVUwvBlUfClLaDLcmzRVNU+RDstrYfToOxqIq5g42lU9vWkawR7ZRI212xMvQ11KpprTIqzM9EFsA7nAhUcU1ew'
    'sIntVPHqcFLfeNJYlQbD+cEa9vQ8JJ0HxgU9nceS2pxdUypa/UuUsc6/DxR/f16RtzNWr9qr/LkJ0pYY/NHK2s/KtcfYKPT1Yg4o'
    'tD+eKty7kdjVa4X3mtl5uDHgGY5r5biAfnZPylk0XThJKvt4LrICjKEuRG43MTvfSEw5FYTpsvVRZpWXk0eq3yDla7tJI3MGWDsT'
    'Sq4xgetcEOyWPcxnP0T6l1NmuSyk3Ao8l9cOZV4vw6RujWRDsa3RIcXz9yl/TDNiA2dSDY+wuPjqBPSn+oA9SPfUXILV6DU8i6G+'
    'VA7dcSrHPp/o5bZjN/Gjz4Y5WBVz/ZcS2+g2tq95PsthNm/ULjyg5JyBWwz6NHQUrAM929msw7CS87YcDbT5NrC1mM7FuIW8GFP2'
    'OShtzoSzYX5x/8WRdXh/ts/FioTmAvEox6vSfL8jGp0liPdJeTtm8zx3wbyY+OpNdcAeNudJtl2Vmv1zvob4fieYnBhj795E9sPb'
    'poD3OtfGlP/M8SY7i4SNL+m1qUtgbWoDzhxU97TNfT4W4Pvg+d2XCudXKT/DsCHfs/VZ9zNfOtomnL6dJGB7TO3hAxZ9kXJPU8y2'
    'hH/oU/HzOXKayiRIU8PC+X7yLJfWP4P6YC15ZrumHYdQssIzzr3fpbzzgglN8FxFhyK+j99/KeXpydI88JySmBsq7Ez+3YB2czHa'
    '3ZPyfKLbQ/qrw2qZnAcOMf3jvoDvjpXxu9vId5Nql/ZVR/sbU64vlz8jYbbGA85MpvaffIDNytT/xvPjnUzGUJilY/g1+ONM+2qK'
    't9uuwTC9SGKFbOYmqM0DBGOlw9Ue0ugyHKu8R3n1EvKCHmOSL9cEf6HLRyzVEzFpU5c3qZ/tu3Glr1dZju+izrdpir+L4z0PcNkm'
    'WEybGjl0fFO9lknp0TZ5+8Mw0vUJ6EuLNTJjwFCPlDBHeRWcg2wC/LwSHrOgWdNeVZrbe6p4uA1/N41bwDyBdK7Hlb6+jsTDTOd7'
    'MZE32y2xNVG+N50+SJN9U5PAvmlW9nn1kT/eRewSfD1uYs9+VLNHbeVdkJ5JZTXaKa8lPtKgPko6fxheMew8cOE0ya3OaZLTM0mm'
    '1Kr4mIZhS91VyhswopE/Ev/9hRCztNUAz181Q+Y8aX5kay/4d+JjfEU4S9q294+kvZ4E2nuOjI/mmjVpx3n/fwWML0p7Tn2+JRHH'
    'Q799SINxGVbhtTioffMu+H8S61eO/l1HsKf9rO0+DVZ3u0UcEK7LOsK/X1FyHZRyfPfUgHijgRCdjvMnWlMsrK8mMUuI0zxZsHNL'
    'ut24Kk+9wSi4u3Lw2uMT4LWrVfR6PLa5rvE7tI0hi71NsV669aZ5Zf5EuXlJKY1yXLhUn4j6TqL2j8bbcF9xNdBPUP31oHHRXA47'
    'NPwqr5Kp35QL8Tu1w3jw+bQqjd9epuG5Orstr0HEcZKjFva0nIaX4Vq8k5wNJix9m6bYAV39KaqjT+WYpVh3XMPzyRqWO766HLpj'
    'I5uvwRBf8uVEn+pj83YoQszOhYKf1xZX4rTj5No8IwIuLI5f3rbuczl88dNBA7cktGY3EUzfqIW8KKjgmh1XzBJaOIP42E3iSLne'
    'KGEjdVgpurYm8xyHVumZvprQrtPmuwP4R5SYvzOJzKQxtYi5bQ/Ro+PEBdI8QzZxwFyH0dX9TcLGb4KhGdScU3A/vYPwiIIKrpVW'
    'IOeiJHJjUAz6qMX5LB+CA3LORdmUPzY3bXnesKkVcSzEoJGstpCm0PuDyU8m5L4N/WcSpP+dEeh/OCH6/3BC9H8JsVNsUcG5kXoD'
    'dFiMiVggzIcp5kxnu6DntGGLMQ5FkB863T7JGMG4OMkgus0a4rEHNDihceWPi6NzP67BIQXVUDahyV7DMzLVH2o1GFekmblKn9eQ'
    '+gQ4tmSHpSyer5LLSVYQ7OO2eqfkX2qC6wrhXlj7ExZ94eflsL0f5vM7G871U/1dKb4jztyb0HO7Cq6hPEF0TNt8i2cSOYV7+JaU'
    'v/bsDvbOyYQn7FD+Z5Ps4zjzH+dC7Hltyp8/lWKgJzRY5TbYY/SdGlWaV9YkXs65HibzQr9H85VMpb0nifNAawAGi/PQZoE2qI7g'
    'rF93AM5Aast2r72qkfXUb9+qwRMhzd2W8scJbWdtb2U0SeWGbtxBcQVtmriCKP3TxQd0CHsjbG5HBPku7e+dAbEAU0nvSeQOnon5'
    'OZ2YqeMtbE5RvvEG04ttcghLcqs1pl+E435biI0mLC9jj9Lnt6xSpfkocV6zypvncqx7E9BogzKPwZNySjp12m9lfO6wBfab+4NG'
    'LN7NG75jwlvi5obts/CTjkX4biVH77HDY++eAh47Uvz3lTF5bFyeauJz4DVLJAyIpOdQnWOq9tFknHLKzR1vO689Ss5NPJ/xnVeV'
    'eZwkP+PZ6obVUzx3/1u5dY5mI03WGNJkVkOTpjL4dpC5NvIvKE7BRgbt1Mjf8QhrZvt90/GZ4puPJrlL8/4umgI53AS2ivYQnOWw'
    '0uc8sxlrrSD7GxOQ/cvKvMYThn5VTgfO+AcsdICo31if8mxa22Ls5ZEE+W855L50tlpUxjVP+oz1OrE95g1x37ozluk7NrKlYOhH'
    'MTlHFTRY0rEp4stx9qzz7s0JrVNQ3N+ECo4ft43rs/WdcL4+oaLHFOli4Wfi+gbZTZsFfdBkzpO2yXM52aSSq09j4peh84ZYo/eA'
    'j9ZGnpjmebpJg1PYSbA8S6bJRyT1J4iGFobY3pPw/1RNkz08iTpJDYZ4tSb42woN9jAvyBjKewZD1nKrso+/DsNENgEe+5Rp7IOU'
    '4y4pu7lJXitqs29ifp4xJdccDaqhxOO+t2vooF+ZxVxOl51zqvfOxeRs1K+C8yrnVHBu6YJGjofZc3Tf5nkBpuJ7YfSKdErx6Jxe'
    'h1R43Byny52G2LMwn5LTrwss7IVbNHJxqwUm5yZlX5N3SMB9h70zrJmTE6bQFsLPbEnHpmcJZnGHhZ8pKG9IE9BqvSZuaVAFx2ZS'
    'vWWeoLcE1dLg9Ym4bkLptl3A35mOG8f7uiaG4z4yr7ZnJmlPDxPM7TyNjjnM+MJWDR9DObyFyEKpnmFQzNkmGEOS+z5KvIjUty7l'
    'xcZHqUfQqbx4urzS17o0xXfydwrKLJ4OMZftyp9LAuuKtZK9nu4OBpUnlUtGh+ntTIAPZQU+hHloVwt0GhXjSPlLo+ZcFGb/SxLz'
    'EaQDZCz8ODmYQ4wJbgD6sZUx9Ps1U2z731z8vVqzT/g+ymv434iFH9M0H4upzUCKAzfRa6ZK/5fq2ku+nlrNOQfrN9SS/ToSIM9r'
    'Wft18F5ce75JnoFhJeeabCK69EiI/JPGVM/G1KD8dYpOmQF0y+MfxzRybMhChg8Ic9FYJuyMThZ88SiXBU6OseVKH5MZ1N9MSH+r'
    'y9DfswBfn/R66MZRTrnrzOljIdgLiR8G8U9pDVGn6TRY56h+k74AOwT1sZerfRMZ0B7DXxfG+9YR3hdmmxuxaHcl2Z+m9M5zHCXh'
    'V4si6+s1OCGUYVnlxW2b6pvON75EYg1M3wvr9x3Krs7BiMYOsQ3szXHaCevrVao0V8Sw0seSOu98QMDfBb0T1gcnt/AqAx4Vxm/K'
    'sR9t8Wg5jZ4xXTbyuQnoM8cp83hgrKWSC9CDrgNeJNmWJR/+TNFvuki/uR3HtN/ToecEndHxjLxQ4z+S/Ey29j+0EV0iYOOS+E6B'
    'rE97CF/qsfCD8P7TM0kS7RdCzrSz0Z9mwytQn/wp+HhN4/xzhmtXbv4Rxd/gjPfPlVfzohzjnYrzh/PMeaq0tpJtvPdU8Muo60T5'
    'fVJjnK6z4dtDzobjIXpXkuOPoqPpdH88s7YqfX2ToByROpzHzcS/lFdyntYJzbs3JtgflBFXED09rD/4znuVWS6EnOG43mGx14L6'
    'dZIh7m3UYu/2BdhAdX6q2mmUtakEZC36O+5XXr5ErB//whKvFngt8SniOJ3/ny7gRvgcjDLMhYnPcEDwGaI/UOJP5agTiXt3IuWn'
    'g8Nsn12U8mNZV6rgGpPN8EwT2Mqj1Drm9SgRE3J8yjxWp1y1jpM4L54GfTw/414/kPHvs9UZ//jeBffv6PDG9072zIXwzMfJM2uh'
    '/Uvhei5c3w3XVRmvH85cOTGCF6rwb3fBe+dBH+bAsxfBs3d2uNdPdJTaCKZybCZ9c8b9NfBNOu990PC9oP7ZzMmxNteXEJzgBRn/'
    'GC/JHLvzYouTctpflymdC9ovyld0OKn5Ccl2jgtbw+YC/786Y4Z9q0rIz+j09Ttd7vWBLg/jh3ry38G9p+D6CFzf6JIxNW91uf+m'
    'cdH0/bfg+g9d8eRPI5nzNXBdeETWldIJztWXP+ReT9zhxaHhvbXj7vWHG9x7VMc6fGX88drkFj3Kf3Aal6joP2GpRcu65/54pXv9'
    'bN7LtYj3Fmzy32snuAt8771j7jU34H+2kTyL7eCzd13mf3Yq9l7cXORO2xt7/d9U17vXe76o7z/W/JDqf9B4CJzzB3Lu9fdfdOdm'
    'iXDvul0ef6xVci5tzJ05n/C+v97sXs/tda//MlHKH/GZc9gzHINOx5gJGGOUvLg43l8ATdXv8HJa473qP4V5usePhXL+9uAX3euu'
    'e8xkWCbB/TQE8/bDPi+HIb+Xutm9t4jMO95T673/0xyik3pPn79tum54D9+/o0+/t7A+xHzlr/HBabHmcpC9672YIfxePazN9ze6'
    '1zmbStfoAzCmNQOla4T3rr9JT1/YzzrSz5op0EMe6Hevn8x5OBG8dw3wrupdni0J77V/2n9vOW3zHv+9peTeCbCvt13v2THw3rp+'
    '/702cu+T8N6mzaVz/1WghzM+XTr3Bz8H+tY95eO/cbHMSe5Jrg/VBuhRks35OIFn07F/HnTJfJefhudq+NqrQPunXV3an3s+Bdcu'
    'M96VhFy79aD7/Xnw/y88ZGd/efkJ95rZ7Y/Rc/7WtTdeW3FqttZb6Aqm7baR53jeilufjJajOyiWpi6CLJ08u367vDzy5R+519/u'
    '8fRGlA1fh3vPPgXPPuLlNEadsPCce730eff6ym73unt/qWw7RfPNqdAbo+a1bQbfaBAdriT2axNaCKspt5DITOfdtPBsA9n3b5/h'
    '/XvHFPePr3024tpL9ojzI/CZ44Q9SG0898P1hSX+fWDLe7bBXkIf2zDwncm1SqVnzU+V+U/GtE1nCrq73fn645EjWfmEjpzIsqgI'
    'rI3tT5Mmrsym/hHdR6eivn9Ef8YLo6EesudOK7ERpY/pn8mJKiMNUT6zkumctRq7MdZTX0D88fSZZoIZGWI4Jxp3NBQQo1Mdk2de'
    'qJKJi0zFkOEXsud18ory6HaNnGsp0xk2SEYug+vmiLyC6327D7jX7z3j2QTw3mcPgt63z7NdoA7n6GzO9UvfdK8XvFh69vnKD+CZ'
    'Z5PT7y4gel6SttRG0u8VsI/mdRZlaKe/HRM9pBbOTHNgD6He3+yaGMV+Z2LQSk+C9vz00Vgr7HbXpKWiMmKDR2z0wM8L+lpKeXkH'
    'K/oak7XqSNXRoq81Er808rIz2XOmbWF9jvXkb9Q3qPZ6eFEdvz+dnOGd553rNzXPUjtm69P+8z21Y/4S+P7ug6V2zBTYEB4/UCov'
    '9v3YvT7/jF9e2Mj3Cyznr53Yo9HvUQ38X+1W6ms/8+/djxE5M2U+1vRRyJOb+U6MpCa7P52lf7KRn6brPzemrtW119OrmgBri/rU'
    '/hfcawPsgR895T6TJ/uz83GwBR6U2+sjz56w22tHevYq8uzN0N7Zz8vPfpA82w723EefkJ+9iDx7y4PudQn0O3PQP7ZzSQzaLWA/'
    'fAv0yacfAtsjfGffC14dY5yzR9HW+IS/3ZNIHzLAp1Z/S+7vAtKeelh+hvq+KY+SxhTHvt3MeEY9ebf4x0AdxlYHebtgQ2gHnZTq'
    'uDg3b4O5WgHnSCkvVDc5u9A2asjzqF/zM67JeytZn6PY5QPnOP2fJcZiz3FFLzeQASHzHfiTTlYvT9pv2Q6YPbr+/bD+mcr6V5Gz'
    'VbRzWdjBLOFzmyTPOUaK6sccE0X143dO+O9R/fg/wH+dEXzJeO9P7opvT4lDi0cZ5K+K4faaVfIMKRQTaLN23M9F7ZPtBFtT4UEG'
    'PCitO0EkIIQqMqoio6ZJRuF55ZTPAK4ScIQLPuZeP3cf1JUjz+6+1//sL28F+xQ8209kEbbrtIc5trKsHed9596VFIPMvn8ZtRux'
    '711C7p006F5/B9i4dwn3Gq8pxfd9FfCvqwdL8X2H2D2K71u73j++pcI9HN9i4XsnDZbK/UPsHpX7z28HnO7lpXL/Nbj3h7srcj9x'
    'ub+rjHJ/V0XuV+R++eR+Qwy538dsLddZ2CbSRzlncKbgiRtUnJ9ACuC2szbAb6BfgWJ5OyvrNePWi+LygmpphOVFD6q5KNUCiMsv'
    'qmPwi9liF447R3XH0BylVHK+sST9Ytcb+MWutPCLfcDCL9Zt4RdbZeEXO8PCL3aihf9qvoH/qt7AZxb1TJE09s0UP9VO3msi+K1W'
    '0iZiK6ic7YB/V5H75fzm3ATmMqviYdp4/5YL41nGnsfnONZO+hbd04hRNMkfx/O3OrD3k5V5brk+ZZ77p9fgmcMqmdw1Nn7YuRos'
    'N48Xome9xcof54l+UB39zJlF9NNhSD+meemCcuHSmti29EZ1M55LbfwopaOaWURHx1nwIcz/RnNh9TDd/lAEnlM4SulgNsmjVmVW'
    'y9ukfiyvc7KD8YMRZZb3cravfzrG+ttgYI4Fu4X6q/80MzTb4yDbQw3MurVIyi4QiHEycpGlVeWH/hygS9qdpB25gkkz2I8qTqxI'
    'uEM3rq1EQdzVsn2lfsJfPek9E0fuSLlj0KawW8DtFwhWNyy3UIU+Y9NnDMxkOlH6jORXPHqFepUp1svup9sKR5akHa4iy2OvnZUs'
    'D9LJFTsLXQPxEsN77M4TX4DYLLXbw65gm+ueda/ND8Zrk8qGYZBXTz5c3hzbFV10+uk3qXxOzV3xY9wnY9S3+9v9COCnX2b5HU3y'
    'Ni5X+ryNFBvG8xhSbBjPYyjlfntlohQb9g3IL7bxs6X766yr3Otx18TXvXTr0QLrcW1EHcE0N1M58iXMOeL5JJLQv3l+OboWPC9d'
    'VP27jY2H5iT7EeQB/IvLosVAVfL9Cvl+d8XQ2XbZ62TpGUznGDv+xyu9WhL4twWbSnkazRvMeRrNE8x5Gs+DSfcRz59ZyW09e2k9'
    'Dk+vYFiPztiEauXPx7suQL5eQO7tZTzjHHLvp5C3eAPkJj6T3Pv+jaBX9nr1d3jMwVN/6sWOI1bG0e+c6we7vBzHPG86/e6k3tfl'
    'HxuNHUcdD58Jy1Vb4XOx+NySGHwu9N2kcPs0Z3eF5x0buP04+h/PqbdM4K+1yl/Hi9Y1xBqCvM7AFuWvMzBCnsGcgHnWzhbyTI59'
    'C2vWX6v0NQ2wnStgfsL89P3svYsZzsOkvq3z3mrl5TvsYeM+i/SX13/EnIjLCE5kTMD+6PDbYf1CPHkYroTXYuxR+lznZxA9jOb5'
    'MLXtnWlJnw3KjyvOqmDsMz/Dcvo+PaE9V12GPdcOPDoFfBxze3HcNcW4pMo4/xIPGNXQ+Xphz0m01sNov5vsuSHyTFA7zntvh7Mk'
    '7RPiZYYtMDoFFS/mgmN4CgzDl1deLu1J7HcAhqdctJotE62atBGEczTF0nE7RVj90bi1IaPOF86P6fNZOI9I+XfzjC6HNTjCPoH2'
    'pXrtvey5MXZ/wmAtRoQ9QvvSb7BvX8q4Ob0kehjV9LFg0Dfs0wDrU48Krve8wxJ/GbUfvQQT6MzDn2Vc3kf72G+5L2zXq4fQBu3b'
    'VKwDH/+m4vjXsn5x3HNfxD2QF/QsEzw/17ds5pfvA4rX7CBjtZlrOjcD7L2tGjo3jZNIinb4WF+tcnVeXU5xqS5oEB1t0czPVtav'
    '/wvX3ygz/H3QGB4IGEO+jGMwWZfDhjT3sSpX16O0nbPYD7zOuO35Q6JhHos6LvAMp+8bqtxzxnTR0GvKn+deN8enVrm+WjpPXN7k'
    'NW0lJbd5/W3HqnGehp+GrVlUfrdF07c8m9cwvd40zubptEfbOwxlJa7RdMu9L6fdsyvSn0nfaXtbNetvs7d1vHy7sM5On4fTbiyd'
    'xEt62Fz1avhv0LrkNGPV9eeStBvTaqI328rbXMieP518e7DMOjnf23Vp90w4k+XOqym3rajnvQFlVqear50J3TyWcmuillMP4/Px'
    '31J6WuwX1iHp9bg15dYRjTPmmwz3Rm9qennrRSkXS6DTG7AfYd8bFtYp6LtLyHdtbRvS+Y/rCtLcOd+tSbn+xSjfTWrOfwF24XLw'
    '2ueUF7+L7x6y5CX4jjSf3Bb5kPLmc7rsAp8jY7btgyRT8yHfc3TwhRFoyFZXdrCXJ1rqPUnoF863zwdMclJ8vwm+vTACTRYsaRL9'
    '/WF2EmpTrgEfL83j8jTBd7USf9Ppgs15uuzNtvZTxGhjPplKXTmp1o37U866cuX0/1XWd3atbxL8I45vFfNQNSh9DVeb8bwF+ZK+'
    '8JTdezSGMe581MTgp5vhXhN5t4a8Ox8wFRxbROtKZ5S/lpTufcxtRPOXOe9uUF5OJOq7d56/Tcn5y65V05czCueN5/8Ik+1bmR2z'
    'KuXiEEzf0+kavyb+5VFmexjR2ApeJzLe5MzTp7HNjgk6+fEW+u6wxbP4jUeJzrMlZJx/S/QGk5xMwwxP9OfKq2scdY2ojeGuhNrD'
    '+qtjyjtbrs6413Mz/vYvzLjXj3d47Z8Fz3bDtQuu58B1FVwvyPjbdv6OGCo8h6wL+d5pyqtBdxHcu7PDvX6io9S2y9+nGCop7uWs'
    'ADzvGUpfi+4Ugr0tQE6830LeuwPPeDmbdLEH8wJiDxqE2IasENvAcR5J8bYkMX+byb9bIL7yld3ys9eq6a0xgP2luX0Wq9LcPtfC'
    'tU6DZ0IMNa1JK9FQN6GBDtAFfgNxqeeRe8t/4NUjRHxSm7KvIUjzLtz4opwPYRHw4LBnbTA6FLekwyfZzndStJ5NgFZqlT/vqKTn'
    'mLZLednNcP1ZRF01rE9JzWFNTJ1aeq4uok79MMQrvArXw3B9uiuarp9Uv/59ffx5rk3g7JLEeJDXmdrb8rDPqpQXg1xngH1cRLCh'
    'ElaZ4pB1z4R9wwQruVLZ5SKWbIHUDh+XDlqmiA5SyhzDexLTpfs1NlATnzr3YYXhB7FucBvD+nL/TE6D4eJ24Almxz6+DG2H5dsz'
    'mXuaB0CKeagl9/rZ2UYXe29SM16ye0wHnzLZhzpfXdC6lQsTrNvP9TNovoYizBenc85D8b0k5ioJ2konoKdVZOD0ysBUAnRQFUAH'
    'bcSumSJxMfh+Vcj7SeRST5d5jDQnw0piY1dq+s5VEsaPYzn7DHUI9FWWs28TFj7jAYO+LUigb9RfTnW0hQaYdlN76rjGp3wafFPC'
    'd3Pf8oCmjQVg56R9NbH19mnak/gbxjRvUP7cZahTzQuZqz6Nb5/HfdKxcCyWDY6xJ0BvqyayKB2g+4wQGW+yf8L0niRq0VDcRY+w'
    'jlHOIvUMWzYu0JszlycLWG8dNljCbuVZu0NKjh3Ok/NEUAxs3NiyhdO8BtJ5x4SnDAnzbFP3B+m/X/nzE5i8Px1rP13nhaB1HmKY'
    'oYIgS7hORHXgAvMd5pgMQp2I8tha4Vs07vcPZC8PBpy7nWf/lfDswZAz+miIT/T/qFLfqkkMyhjDhv2A9L+X0dEI8+c+QeTmgICl'
    'l2hwjNkpHiRYtDB5aTI2p82vKK/uyEhA7Af+3dS2swPav1OZ+bHzSs4ncDPxZc632M98zWhMktPedURf2moYYyJhInXnZqy7sk7p'
    '8zPYxN3xOKeVhBYkOqL1GnV8kuImqB3M9B06D2H7l+s1FGfYyHxDPG9BpyqtN5c0boPjW03lS1L4o6jfr+Daph7XVqmBGp4bftcN'
    'Ks6Pdc3aF8j+b2F7r7KHKnuosoeC9xDV4Z399OuUJ7NQp2+B/ZMFXcHmPLvc4nnEdJ0Q8WyaF+zQKYNvLoowrlMtx0X1oOoK76nw'
    'ngrvEeV3TUV+V/ZQZQ9Zye8sscHZ5uKXbH9zmOxGO+z5zKdSq4JrNMbxHcwkfAePMQzDZSQV09Se4PzlLWxOJva+sHa4n9J5Zxvz'
    '25jUOy4of01mHjMcxS+hy7WBGKq1YCPEPKjl+o6DrTtRyflA8kIMS9j3TPLx6XxUOr91YwI0GCUOP8p+lmKjg2KepjpHZCbGXIbN'
    'ma0/tZ3wHOf5NDsP6nhSc8wxcMwoj/ui96mdXMI91LLnxxk+oF7wRQ2G4DSp/Vyqgyb5AkcD9k/DNM2XLT3wcWWJ32o0wl5pgnlc'
    'bIHz0OXytck5FsTbdLpMOfyxORWcQxTXbIsqzVcZ1783nX7oJPov+bDSIfEuQfOaNEZUN2/HxZg3iYdR//xSzZ6NkjuIYpui5H2j'
    'NkNbX3peyXmsxjTj4G3GlcHzYqzRaIAuqMMdBPFNXOMJgZbpGvep0px3FHNM4wEKhvKN4jUWJKDjDrPvOvTKc62PC5gJW+yfbY7d'
    'IB90UvE3ko+frxnHVkxodA1+xkZdp6DZN3llnrN2u0YXHlNybi2ea/CflT4XF6Wn5gj4imHl1VOaz9pfEaO9k5WcX0rK93hIs3aj'
    'CdIexpifFMBTaN9yGtz+CkJ7UeYlrAbunIh7IUweDGp4TU6j47cK+ntU/YLWBpTWqll5dSW2q+TP0g1lmFPbnBFDEbG3PC+0DtNk'
    'gkGmmCYbP1+UOhtrCD+JktOa47Qdv98SlWw+1STPOknFVYXt41FhD4W9M6L0OU3LIZMLFnj84QB+i+NLMZ38eGGvxNmrYdhanKss'
    'fD8u1l/KRUN1yVyILKN9zTBdMkpO5zFBj8Zah3F0VAmHLvnkdTQ4PyEaDMopa1prQKptwXXOoHxMcXK+rFH29dWTzE9gE5PZBnqW'
    'JMtalT6mMoqdi+bwWanhy0nEDS5IgA51MWTNMbDeawgePgjrjDVRV6jk49V0On0SmGvdGdokPiLNYpe2sH4PM55EbaZjln4yE/ui'
    'iR1cx9tt7D0jmliGuLxcZ2/gvDxJP9Z2jR9PipeQ7Dc9yp8/ivNv6vtrgn5nBbsb5zWdGvqkdNei7HIW8zjHu4AeTfZMUjWEmoA+'
    '52voxKY2E63vuShBG7UuBzvm+DKND1pJxvlmBF99H9sHC0lcD377PwzGJPnmJXqYqniOOHr/DjIGKuOyzKePMqmFnP87WRsjGn7d'
    'b2hfxXdM84EOsfWsF/yc2w15d5DczzC5NKj0cVS6urBh5wndPCWZv9f5xveq3Os3q/z9e6LKvX63amp95HFy755W417XwfU9cF0F'
    '1zPhelaNnR5OdVqaH2INXBcesdfHaX6/81Vpfj/MPVFnsN+rY8zZ2k47vNs8Ya0x36dNnpgU2Rdde71ckLra6jy30yTG7gUvpyTq'
    'f5h/dPWzXl5N53r/U54NE+e4FfJL/tv/tJsznpeS85Ak8yI/tDTauXM+/NaRe3XQV/TjVoM+qYrj+NrPvHaSzB3a3CXLEZ5ztlPp'
    'c84eT+69eLn3PvJWvHcY8skO3u3n/87fHoCch4fg+mKXXga1dCW7x2qgz3+33psLykcO3w774HJ/X+g36pQ+z5i0N2692r1+f2Pp'
    'XNQPePec65xNwfnPop65M9M8Z6a54uax82WPxpfFfXo0d4gzf3cQ/XGHxmdTUOa1silGqkl5+Qii5vneTM6PBWVfz0+qfee0+x5Y'
    'fxp73k3mtaCC80YMaGyYmJN7hdDvQUtbRZA/y/n73ushR+plnj7L7314Y6mddxu5zuQ9hHslTH9JiufdM+ReP22RY1aycVL9C9+t'
    'Ic8g1j4KzvSTOfe6aXP8dZoTY65sdCeuL7XBnuA6WSPsszqiT82WH3eLpj3lSZHNUNZv2vw0R76p+3IUezeVY4vgw0/vd6+XQq71'
    'Hz1pR18vPwJ61OPu9XXIcV54zOVx7wf6mtznoAuffzD4nQvIO49ADvW/etT/zpce8Gq/YP7aefDOFyDf+1dAr78K8q+//AS0BXr+'
    'o/D/p+H7l+512zqBzM/3HoaaBE9F23/tjwT3O+w8EIevKpjvzx30zj4271/zE2/ekpQ1HeQsNTkXD/n5OX2exznVk3MLx02a+MVN'
    'fRdBfjmTvvJznPP+PKAltXf6fHtBukMrGfOkrn/Eb6NpUP6c+OiHVkWd4chfuu9Ud/ltAG1kPqg+kYKz1e+7orc/l53Fao/oxzeP'
    '6JhB+XxM7d4DqrQGu6mf2cbfJOWI4nZjCVcu1SWMY4sfCfGJSzm3pJiWVpVMbsWoMUuSf1qXj2uHhl4KGtzG6cTmbYLHMMHy6M5D'
    'w0rO7TpggClJBfjtpLUZVf4cfFH3h43tsEODKUCf3P3El4DnyReWlNovlhF6w3jRuLgBfC6jguuD6HCJWfBdmfieTPFhvH75zggY'
    'fhtfQF6DKUD7wdXOWSkB3mPifzTBnJnaLco9b4PKLOZXytXH9zLSF9JYCr6JfXEMK5PNpnYpekxSZD+1w/cH8XzJrqMaXegjbA6w'
    'fihekR+iL36H5oo4nsXkjN7N9hTG4TeBnbqR+T1wb6OM2kr8pU0avpHW6G1zYQ1N/YfjhpiKKFjgZiXnRg3DZvG8yUngcYNyQC/T'
    '+F5OZbJgRPDNS5jQcuKUV5TZ7tqaoC0z7GzYrEpjQHIRMF6m2GJJ/zukgnOu2ubBdvbfhojrK81xkD3aJB6InxnymvkeDuHZq5WX'
    'W6FH4yPIW2B8cpozLH6vQ3n5V3st8W1B+qatXuk8c9kMWs9FMfWNASXnqR1nfMBZ7yUG4xvX6DHSs30RcFk5Ijdt8gRz2rzZcL2P'
    'U6XxiCMCXkgXnyDFxe1UcgzffM0am2LC6Dnhp2CPeLPL8wGbjNfZZ0sN19l2fSs5t+ScWyWZmzp1N+x+kGZojEllDeQ16NROdbw1'
    'aFH6+mw85prGEY4Z2tIkvaqNrHmK4Pak/Eccv/kmwdrNFd6hdqeaAEy9qVzm4+whZx8cU5Z9dw7DKPdqcNZcxr7JZP1iosOUW5bz'
    'dapV+hw55dDlo9TIG9ToinlBp9LltJjusQxpxiDZdefAv9EXhPLxfrI+9yv7mnA05xCvg9lDMCO1rG9bmA52rtLXBhgPoL2wM+RJ'
    'hrqUro484tebwJYh2W0Lgl3KRB9pIXT0IMPpPgY43V9VeX38DmB6v1Xl//+T7N198O7z5N297JnvVnl4YEUww/SZR+GZ31hihYPs'
    'DWoG2xsuBloxjfnq1fDCsxPEnmE+vCT9Ez0RbBopZsNMEfsb2taX17jY7PcXf8+rkcETyxmG+/1wPa/GfH0lTPgKuF4E10vI/23a'
    'fQ9r712svdVwPb2mlLdWM9763FJv3M8ttbNV/wZwD81w3QfYihv2ed9tJnbkBvi+8+vUBXdqgjv1wJ1a4CNdejBLUA3xSV2lq5TX'
    'T9JVr3v9zKfd6zmXuzSzBOjF+dtXPwp4tQL4fna513yX3Ma917ttzAto47H1Zm3oaHch6JF17Feas/oN7vecb93zKaVe+5Qdishk'
    'bidxuxvksTnfdK7Od7H/7dD/Wva7v/jOd4q/bxV/P1/87S/+fqj4e1vxd1Px9/ou837vh+9/B65vwfXzcO2H64fgehtcN8H1eoKz'
    'riN7o57g1OuLY731Pv9362H8zt+pDKnRyBCkxb/e7F7PBVr4l4nSOCGdDVhHJ3OVF8tFf9cU+/jG7cW5+LBSGy8r8tnrijJ6Y/B8'
    'roFxvQHYZudd5+q8P8mrrwNZvzGcTh0aaRt2bSCO/cOxfRwCut0D1we67OgU6c5pV2dfoRh7pOM97P8PkHXvgP7Xs9/W4v5cNu7S'
    '0n7Ya98t/v490KktvdJxtAKed9m4n173s333Xbj+PaNbEzrOEHp0fl8ufvPf+vz9eBn64fyd27rod98Q+kNxyM7ffg73Hg+xcdUR'
    'zNBC0r8zikL+h7f5+3cGxAk4f6f7rE6zz7Avd/e513cPlPZz3z2w9zaG+6DqVHD8z/B9Hh/g32m82i9vdH4Xul4ZMh8nbSvSbc4/'
    'H87fJuk5J4/7H/8LYJaE/mSBR//h7nCdqYr0B38vGXPns7vIu2oHZLp2nsF5n/S5Ap9znsf2r1f++MU6BrFNCk2bivpqWs2qn86Q'
    '+xnmm8fYsyeAHvaPutcngbe+tt6LYZrEa17m14mWD3i8GLG4qAOZtkG/jTHXi7GNDeFttDGcFo0DpP3jcX4H4Lv/8N/9tWOC+v6L'
    'e+QxLADaXgPfu3NAHhvHBFD+h3Gpk3V69rixgnQ/OX/DGEKrfPeAUf7lQ3Z8s/Cih6VFfx/eQ/3+wDN+nzTGAWCMo00/W54xkxUZ'
    'NlfDxXl58mH/XA3DXDl/t+mDg+OW5mL1435MNcV7dO2N1m/nPWeuaL957GkUvDM/76JsRd5dKNLB158otlM8k3U9L/PuAuDVvw74'
    'defZyf49b+Yfw3l7Bd7f82ypDKJrZDJ/9Wz+1MMuftwX5PCwhyu3mb8MzN8VP50Zsdj1ME+6GKMVAgYQ5ynL5snBhDt4cBWAE+fY'
    'q+6D9vGL/HyjYH137/fHRVOf6CMQ85B6yv9MHD1sP9DczQdLaW7PAT9PM9HD4s7luhhzif3+BMRXLN1XGg+IsRdnPV463r+BWJC/'
    '2R28xxrg35hjsArmY/RhNx6F84lmuIfxKpQ3mO65R5/39pxzfRZ4jLKUb7u+Def93eHrd/a3XDlIx+H8jcpHW56x+2DpPFazeTxQ'
    '5MsvFefrhv2l83gAYlRegvl0nokSf6eeCecFvy1+a/W3/N//LXzf+bvNd197xP/9W/bHo3GMnfqcsG8/8bRHI0F0XMvOKZNn0AOe'
    'bOdnWryHPAO/c/9jnu+kXvljvG79pvyshJlNKa92EvbpvOI+vepxN0btmn2y/D0P9I2rHvfHsznP26zRnbA3rgIefPeLclyaEx/H'
    'aTjLaNix5Tp2XKqzYH+pnTeK/rLvx+D7ecYyVpXoKWG078iWl5ie+NmD3t6z+e4XQF7dCuO+5kW79x/YXcqz0B5fxezx3zjo9fcb'
    'lvF1GHvZXObv0P0ZxoMd2evoqXQdOiLkPpF4CNXjuJy84jHgUwJ/wb0dpss3EN8F3Rs4plsE/s5jEW+JyN8xhvXb+/V7l875ccR+'
    'tM45Az7o79c6OBc6f7c5F2Lsq9odXafXzaNzTri3yPPWPVg6j3ugv/cCT1z3oN084vyv/qnde++B795JYlzDeI2TC+izB5kP8YVo'
    'MbL3wpx2HvSvR5uKRk/3wz5IPV0qW5w1W07O8ra62LonPdrEXDltMdt66aFSeo9yXnTsGb9juh/aOH5nqftJ8i6KfP7Vk355cPoj'
    '+r2tw8LMOeKNh8bT0j3LcxjRPctzH0lnLzzTLIYzvxMHS2Nio8YG62SRbkz0jP1HyK+0YNPU9Pf/A/3czgo='
)
