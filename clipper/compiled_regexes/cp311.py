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
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 54519, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 54543, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 54587, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 54728, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 55211, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 55488, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 55633, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 55734, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 55759, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 56608, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 56716, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 56749, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 56917, 48, 0, {}, (None,)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 56965, 116, 2, {}, (None, None, None)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 57081, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 57274, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 57288, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 57316, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 57463, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 57678, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 57810, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 57929, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 57990, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 58102, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 58229, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 58350, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 58624, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 58758, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 58989, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 59126, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59183, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59302, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59330, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59346, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 59610, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 66157, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 66212, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 66304, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 66593, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 72574, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 72794, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 72913, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 72951, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 72984, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 73025, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 73046, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 73104, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 73130, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 73146, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 73162, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 73192, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 73316, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73495, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 73648, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 73843, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 74223, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 74278, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 74392, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 74689, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 74867, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 74924, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 74981, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 75038, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 75095, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 75156, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 75213, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 75253, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75436, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 75596, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 75807, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 75889, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 76029, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 76059, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 76207, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 76422, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 76519, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 76739, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 77061, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 77247, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 77348, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 77374, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 77398, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 77908, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 77932, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 77956, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 77977, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 78385, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78526, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 78648, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 78669, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 78860, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 78913, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 78932, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 79103, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 79175, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 79213, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79292, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79448, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 79604, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80449, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 80877, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 81267, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 82108, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 82746, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 83590, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 83736, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 83927, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 83973, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 84219, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 84297, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84509, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 84741, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 84852, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 85099, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 85368, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85492, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 86114, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 86192, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 86561, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 86784, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 86847, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 86912, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 87010, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 87079, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 87167, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 87234, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 87324, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 87417, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87520, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 87669, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 88257, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88463, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 88662, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 88755, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 89102, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 89410, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89539, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 89786, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 90154, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 90269, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 90558, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 90746, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 91091, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 91602, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 92060, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 92222, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92429, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 92669, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 92959, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 93346, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 93910, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 94177, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 94652, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 94723, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 94818, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 95164, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 95239, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 95385, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95462, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 95597, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 95710, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 95826, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 95900, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 96039, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 96116, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 96243, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 96613, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 96655, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 96748, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 96794, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97664, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98089, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 98599, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 98867, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 98940, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 99150, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99233, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99377, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99523, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99653, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 99781, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 99897, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 100400, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 100572, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 100827, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 101013, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 101200, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 101653, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 101874, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 102045, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 102121, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103481, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 103753, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 103821, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 103899, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 104210, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 104258, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 104397, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104478, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104568, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 104698, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 104866, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 104942, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105017, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 105147, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 105204, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 105251, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 105290, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 105329, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105503, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 105600, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 105722, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 106057, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 106089, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 107054, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 107134, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 107295, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 107378, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107427, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107503, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 107614, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 107676, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 107754, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 107859, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 107994, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 108189, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 108274, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108431, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 108479, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 108640, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 108802, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 109009, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 109245, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109369, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109420, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 109497, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 109601, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 109649, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 109714, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 109791, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 110000, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 110031, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 110106, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110373, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110411, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 110440, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 110483, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 110527, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 110583, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 110642, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 110680, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 110783, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 110872, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 111024, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 111105, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 111276, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111329, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 111445, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 111569, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 111629, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 111980, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 112031, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 112078, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 112177, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112353, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112421, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 112451, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 112528, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 112576, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 112620, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 112666, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 112698, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 112746, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 112798, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 112838, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 112906, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 112942, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 112966, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 113158, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 113233, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 113279, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 113309, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113359, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113433, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 113516, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 113576, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 113628, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 113658, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 113692, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 113754, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 113789, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 113835, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 113883, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 113929, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 113955, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 113981, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 114034, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 114074, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 114116, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 114166, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 114267, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 114321, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114374, 44, 1, {}, (None, None)),
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
    'F1vF8noZoh8XExyRtYfSj2bFOqkQrFHR2SLDuTQaExHO4boykrNL3F4Kn/kiYvAvQfAvQThN7etr/mid56Cp7dnZ+546yd6lqs/n'
    'A83bNG/VtZFg84vXIF73bA0diebWBJ/DjHmQHaUD6whoSwWhIU0SXeoWA96+Q6DvxDgryttC5IB2CQxKF2pBT1YH38qQfm8zkSmw'
    '7q8zQN5II7gi++AuiV63C8k0uF3MfqaO5L8sQD9M9bVOGyfC/sjKqObDRN+M+x90H16EM3nC53Yj/bID+4dInu9C8x3UJgyP4cal'
    'AO9G0GmqdOCzkFxqst5WsLMIlDr1fhSt6S2SeRD1g83fu2EO2Tio5m8bSds0ziO2CuajBeEbs89tJLC7Nfqhcx5yusXt6una7kJr'
    'm60PnbGjZQswJ0cY6Ib7BGtZVYbp6MYD7cLt6QugdaIzIJkula2nJmR/MAXtV877Awg/nTbvgzLj3JepdCabO/SU5XLl7N/5XEVl'
    'rqq6hj2F2poReuqc/9WXArI7MH9z+eO/Ffu42bPHSb/iPeef/1U3/fmcJTPeMHfBG//3rHPOv+UrX5kDn1/+6Hu+ouNZ6LtX3NFs'
    'W5nnh/55hQO6eyKnKF5d//Dq+cp5j30FPc7M7YnVA9rap3T8Fd0p+9rEfn3F9/z2Dvxr0Bq8c+jP+f/5g04/Lfe//UP/Pe/+f+i5'
    '44VXAPLg4F999RmY1iqetwneufVP1SisdWtQ7JFJZp8nk3Oxb5D5SAdghZBlZgr24hzAE+3FMyX8Ux9Jd0losKkOWMVX/BJ0qDp7'
    'vmov6EY0XNXmFglv1Up4ux4B3Q7bRqe/nwUdg8weAde9Q7MfuIzOvDrt2I14+bjsErD+qhXtiS2S/umeRbwR8FY1/x2S9pv2g7YB'
    '8wXboE3zBfx6D5mTBeT7FsLvHQH8Xlg7Cp12mvITMv1wA9I9UJpypEE7eyVr3eTO5EKEuzrnfBS/6RlTJ1kb+HwxKnxTmVRm46DD'
    'i4rKB8mt1O4Gn7Xp0v4uxGNjWJdJzhgwDoruG4x1nwU6d6upPzWHm9TjgNTeKGXnPpguiO4T6/g2yyG7alxHGum/XiI0SEcnaWLX'
    'ZSIzyvQ2rZbft0oQTGaH+FW0trYbrB3Rfhum/g8i2Vq3/jD1XIr0Ax0BNCQM7DcjvqEjIqzTAG9Fuo5dIWEuRX3fSfCpDe29YWAf'
    'gfQ/2xU6xY6QdZjeRxbx9d1oDTswz095Y12K9czOU8sf5Hpy9u7q2713k5BefR+cE2X2cp1yFp0psTvc7N2r9/ttJSbv9dKf3xvO'
    'L5NbP8CtGSp8donH5pFdHDfZu9w53rsFqF/OOyf93Mf4eTX7VoD7QS+18XFm307a4qUf/Ti36WH1zLnIP85Pt/nHueM8/zgvubYY'
    'bgqdu5wJ7f++7flwYvIQXhO9BnhsOv46PgmaDPaabYQ+dhG6RO3+VqOz8Kh7CYY7E+Dq8uu67S0gG7M+Q9tG59/rbU8PoGPDS3lY'
    '/LtlBHEiKB/2u+LyUEP/WCbRg28mfMBo78tjIPfjvhw4TNr+ZTgTKQV9YDLkmoyXroT0eEhPznj4Xs7obAb2tcle+p7JfH1MRvdP'
    'ToPyizPF62UdlH83Ksd8L+N8yyHflZP5unLapLvX1YQYD9zvxZAeK+kHbV8BdIRTEN+B5dc2A3pGz2FEfCHmbabA2ON6tyLaqFMv'
    'pk9dgjNQXJ/sTD4rkNPyyH5Bhq+zqe3CWgApuV3J4KYUcE34lDzZSzrImf0SpP/oIOMxV3B/azvJMw3l6ZHkaUI2/C1I596M7OsW'
    'WsV2SFhnKcsrm688/GG8KZUfMZnc3QRjw74HwcY6KWozTvfxXoHcQ229RbK16VmuSn9G9V2i9/j8VaR3myXR83cL9uKwen9d3q0d'
    '2ZGa8GjdAt2qyBa/1iq+w6hrlxCkQ+xGuu1aov+g9JTiZyXIGXiN9BCdrKqdIn12A9Jni2yHdGxjthGc7BS0fwLoK3D7+wmdwGuK'
    '7TdY30t5YmbDo2O7Y7KegtaRLn5SPrVTsMc1wh+23U5J5LcuVK4JnTusQfOHxzBt8TuvAwJbKtymlgB5RYaP9WDvjOdzp4B+NBJb'
    'eDy/2wX8BO4Ds2PGNKiStLFFYOdF6avszKFNYz53aK7vRqJfYrZq9NyR2YSJ7LProC0qXN0uwa1OUk8ZGr9yyV6znZx1q+TnUtH1'
    'bjJ/04DeYTrXZrA/thjQr+6AtZ8XrIEyq/heMo2dK+IBaTmHD1SVC2sTITtT0LV71eVXo/qjCOm9Ij2qz6T2x2WhUys+kFI8Jrb6'
    'OjIRxaUKgksZDRvqhZa+7y7ddpUKbtCdo1L5+miCcyIb6R+K/CjZqcPmMQj5njGJoWhbg2nReS9/jH1JCizV9J+CYGlGvVdYnawt'
    'rbUy3D68TXx2L4wRHyyCD7rnXNj/9yYriYch3av/xf3/VL7ZmpEOlf8oHf/rYc4w5yN9K3u3GsnEWXRng90jrEZ8LL4fy+TKVqID'
    'xPXttsKd7Zaiz28U9PkMQZ9PE7T/pBDjsEJQpl9RphnoBC7DZOI+kvdIImPUCvTqDYI8bSRPpSCPc4Yi0peP5Py9TTB/Fwvm7wL0'
    '7tuCuf/QEv/cO/5Z6dwvksy96C6Nau5lZ7xBc0/ti4Pmvllj7ps15r65BHNfZjj3taCbwv4KplnFsX8WgD1KFsFLo/ILSHoC9OUc'
    'y7MTYbqkIF0A1hn1kTMEem+xAenMNhucM/QodPBY70rvrJ+A+nuCYjzWIJyeFcLO5oQS7kmMxv4fetcw1Xv3N/RuHLx7AfFtU8k8'
    'TwVYvxXkmT61OM8BWKP4LC6ozU6Znzt2QIgumfS33uCsQXTv16n/G8hur1diF98t0MOL7vD+O7ojsVlSVvc+hqj+IFsWjPMD6Ay/'
    'zTLzK0XbXICxmmiot9fV87E6zkT3EvpJ/1s17r6ws3aqp+wndt6dEe8tdEjqPhLsIHXntC3EnZ9OQjN0zt8zhnREJBfOt8L7qVwC'
    '6XGW345uqVV8DzkVoH8VvXN09seH1JXKYt/pwqA+PIerz/VWND+eMj20zp5lQp+xP5lLoZ8NiT5NqE9bexjo0+rQWcV5hvxOGbFP'
    'OWTTsy7YybpTZiVaO8tv89Jnb+L2N9M0zt+i2Kio7kXWIr7IAp9B/ww+gK75WrH8LosFFxQPrs+QriV6JV+cVXKIE69eSXdusK2x'
    'CX8s29dN6XeQb2WsxzX1qRzkSzlu335x4/8Yf1Ji/Dd4NMoOl/6qltiPRq3PNiyfNSyfxL4OoMlTDw1riNjXTVq6fsxzr7Lk/iV1'
    '5rIOyRuXQ3mmT2uBOX4L0Mtknod3npndIZs3ejZKzxwXoG9WQF4aN6FOsVeFoQ9rFPoN6iNDpcMR+aig+g9dPQjWYbUg20UT+y2s'
    'zz1lorf+RPqrXgO90bMCPRq1342i36Hw9pPfWy35vWFX/z/RO6ugfjNkvgHp/IraEFaXJZpDHX3TC8QG7/Emjqs6/tT6JPisM790'
    'TFqIXTO939diMBYDlvi+2larOGbOp5r4Hbcg3eNwz10Y+8n2ob6cKNC56sjCuvbVItlbdMdxuHWyzU18LfYLbL91/UN1S3Cy3WCs'
    'ui2xD8wWUpdIp4/9orzQyOnogKRv1IfSgOROV1xrK4qtcZvgbMXp53dQP1+OMHcyerK5RPTElLZeMdTP18G7E8l9whPgPuFVk/1j'
    'Se9MOuVXw73EFRm9e5MsL0tF9ypoG5y8S9B9UN32LoVveyTtxW1aid47Y3RMo2dHgGnIQc37ArpnXjr+5HRg6uIlvl8fdv04Y/PH'
    'CXxs7kkX578lDT7M07z+2zTy/DDN4TnpjZB+A/0W4YoI1u1Q5tuk3u9B3lvQHZSvkTx3QZ4/IXgPkDw/gDx3ozxOXc7YXD/B0xFj'
    'Wv0qoa+bBfelRLS0SzB/ont7LQZ7bIfG/O5EfegW3DFz0o12cOwZuj/IaGOp+nDqBO/sSHT+uZ3wAi2StrcI7l4F3Y+me1uHpecP'
    'zfXLgsa8/zDZe2icoefG8z6UYv+Ms+3PQPrfhNe5dTz3zxB1/Q73uv2n8d4Zb1SZFLe1TbIGOi39s60uyThQ+6uLxnt32Om9O4xr'
    'LwlsaoJ4WBOZp0PBszK/04uG2rmc2JLhO4y4PqceVi+VYToldojDTStfafB0VKZ3znV9SYjuQOva2fQKeCWnzT9t4PqBfoktUadG'
    '+14g7duiObZRfO/+gbT3OY0z339p4Gt7tMpQQWtmE2q/ru4xDj1G2jafT9EaWdrg3S8ZrvZvC9Abqdpa1lCsD9ThQUzX8XDrVR4Z'
    'x+0udHQOov3moMKmsVdi4818Tdw4zmt/nPuria43aO/8wDjPJljX7zfdz0shq7i+rcf59xaRbmCxpn8nlhe3/UTkIwrrClYT2X4V'
    '8al0Kvm+EmT/Y4faPGMY+OdWCd1oI7aX44a5PTLdI2vPH+tHtj10fH5c7927K0X8dR0expSXYTzMZ2AcR2rN0rW6a6g9Gyy1fk1n'
    'ja410AsuRutTFz5bs2sj6gMXa+oVXdu/ek7/S6GPF/EROj4enbZVDFPbukO07b/r/HEchpOOMh70rmFqR7eiHZ+r4/GW2Fr92hRx'
    '3AfqT4jl65PwAy8juE5dV9cVnyvq3mWKyrNGkS22CeRi9/5fHcdxk/gUmw30cSIZV0R7qXwzt47rGzst/bhsfZbYF1i3wZxtMegX'
    '46f/Uct1LaNVV+Te1arl41qqsdkcI627vpbjaCnsYaLsEVcOU9vCjNubazlPOdK6P/f8D7VnoIR2Idi3qUgXeCi2Sa1398eB819Z'
    'L30M0kch/RWkT2WL70zug98PQfoEpM8SOPsh/XnWq/MvBV7nQZKXlT0A6a8ldT5L6n5OUecvUJ1z8+DfHNLFkI6H9ARIj4H0REhn'
    '5IvbMoN8n4l+O3XeVvDu8DnvjqiBmOSQLoF0Uo34+0pIyyCdCekGSJdCOpfkb6iB+5sFP09SCvxia+qABL8GCsXnHqY6I1Gejfbw'
    '6K9fXxD7NDTde8PeAZ1XKI3tlS5fW1ni+lXy9+9qRqZ+1v8f13D/hcOplxTpBBiv+uUazl+FPSMajrWzu4bT29mE5k2EtBHSFYS2'
    'rYV0MqTTIV0H6RRCKzcAzduIxmY024OtqBlZm9DxCK9NZDfaH2rn0BFg96DCl+erPb+vYe75x32m9GC1d3csbLxCmX5MVe83qvlZ'
    'xEicAzht+HC1XB8ZRXbX5Ue7qj1fas67mw3sre5Q2FJh/d934NspkH7/KP+Yiuy/HiR13Ap5Hib2WjjPdyHP82l1HW5cxWrPf9Fo'
    '7T+2pYva1xeqPN5QZaNpcg4zXDrbe6q8+zpYbqLy0mMSuUklLz0FMstXUR2/JfIOK/MkpL8kdRyUyFOPIbnKPf9HdczNwX4N6RJI'
    'T4d0Ya64DpZvPaSnQroclXf1/6iOLMhIqbxYhlpIZCyWn8ls0yA9DdKjQNZ6W5Wn+3TvRRF+4wjCVzRAOj6kbHVKQF1TJHU1hqxr'
    'LqorDF+Ey02D9FjyfQHUVaji+95wnU869f6pcnjrZXvNo5Wc5zDxKSTig3TLynTQ30RjENeZeasG3/UvlTzeYanO6ndVFvM1pdC1'
    'PqewY7gQ9bMUtsdOHSdWenGKqL8r0ztmuvLp0Qh/R/puloXwN05+UaVf+q8KHgs0jJ5FZg/syv8xwqbjdXOFP9ZelDsHQXBU9xB+'
    'Ogx87WUVHpzRyOs57Tsb5hrzQaco+B2WbwGkiwi/NA/4n+MQbBGPhOtozunzYg7s6RWct2J8gA3p6yBdD2kqJA+Sr+B0rZT7M1t3'
    'f8j76yuVPYRT38PDVB+jWbcI6isln/NvqL5NVnCcm02WfgybPokN9eV5vt/HqV8y0SddgtowEmf6bvzYPN8/4rapmpEvPU+1WYFX'
    '6RFoA11L/1XO44t3kbHeL7n3WGcX23BTe9wHy3kM9zB8nC4P8K1yP79YqjN9p75PDFN9bG7eqVGfST2ye3HsvGzjMNXH6NzJJa6P'
    '0tXZMdW3jfDUnYTXZvhSWc7Xd5T6BqzwZyW/LfOvxTBtUMmHD5X5+zqc97Jd/X+ZXN4wtQWma+OTJYDN5uhKNHaluLfWqoDh6v/K'
    '+Noo9d05N1Y6Gs8BiX3RRXbx760E5hG2WKZdUMbvBMV5BsDuvevcmde9l54q4374pxM9MZVtdOWlP+S4vKQr0+jqOB9HsE8ietO5'
    'RC98hiHsO3LcZ3dccpKK53gOcObzOe77PYrtrwPrQzluozYS9xZpbMy3o3HdKtHFyWyEw9zJYPALgJvjSR0vkXU/gOaC3r8U9WcF'
    'gkl9aLSTfrYpdK1szqbm+D653Sr2z9JqwMPK5oLRvRxqe1x3bv+UlcMMewfGsROcZJXWdsqp5+4S18P2hOuzpY8HIBvLf8qOXCyC'
    'rVlO1y4jdX9JcmeBtem6KcXy1psQrCAZUOf+w/qs5xt4NPuMOULQxuH2gaQ6R/9zhq+fteQe5bGQriFwXxeinl9keEyOzQTPn9OU'
    'Ee7LeDZtw2Wj5NT5lYzn27UUtkju+V+Gr4l2Ukb3XjODdQUan+G6b7IJ1TkcPgHd83+ESz0BOsogXFqO5jXuszsH/mQEv1fBS7QY'
    '7A1s3DMIb6g8SeXEHRLehe1tDn1rIvcvZWv/+BBr/8m0Zws/knSwAHS5LuS9h4fBXufLCAY7SzpLcaa0DslZDoyPp725w3Y188md'
    'iKXELucY8n0a2N1cJYAV5l6FA6sbwZpJ7j+Y2BC7+n80Tpc8CPd87y8elx/+0Et7vgUxFCHWxa2PgP1/Wr5ntGna8K9K87gDYeJX'
    'yfjBGWl+17OUNhXu+R+qi/Z/R0w8Jxuv/03x8eonfdeh2TskMsYvUtFjct2X8uymg3xXqmjMsQb31nVo2xdSPHbLqYZ04KMpvkZ0'
    '7Ozw70PrH8EIa7d/aYrHuFStM7oONqGyrYJ1EGRrfG4qWmw5ih8npjwbmFLpSfol9U5D/Yh6XuXGdUl5vuRVvAmLS+3a/wjaEFZP'
    '78D7vc3ntU+gzxXNKzu/+zUqa7LWXf9fNu97kJ4c9/0uVN8O0sZWhf3STTZfvyZ2q06Z6wLKBtmhOmU+hvrZqrBFYPZm70NldPzB'
    'u/f/bB77VGfP6ZTgZIddfJYe1z1C9/6/HS7+Zhdd/zA+undpXf9fqIwOT+iUmYnK6OrUm1AZXZvqSpvHuA2Smd31j/K2Ks6h/2Kp'
    '87L16MRqbbTi9/Pk2v9CO5zv/3sWxDls89KXIH3x417e+1Heh8/10vRbvfRpyHtUu5f39oC8FO5NgrwnDojz/j9B3o73i9vw7wF5'
    'Kdx/Rnlf3OKl35SMw3sD8p4Evz8Ked+J8jqL1klrzvOXLQBtpXmv2SjO2ybIe9Ll4rxvRnnbIO+1XeK+nYXy7t4BPMpZ4r6tF+Rl'
    '80bzHifIy+aC5l2I8i7+upfuvRNwGOSTmbeC/S/K+x93wb33vXBP/m4vzeyF9Y/yquSeapSXyk5NAHf8/eL4raqYrTqxZMoIzWb6'
    'WxwHqY18M42DlEG/q+G7I3esA5xx/j007NZvUBnat1SEvnWT9p+MvnWiPrJYwOwbu7PN9uQVgjFheqqFgm+s3GwBzENnSRaPq70f'
    '3h0hmBdWD4slXwv8D+7fobvkKE+rYg5lcYlqQ463KEYzi3UZtJ/jOOSzQuKZqW6Y8h0mfT3NkscH1+G7dGM3i+QG3XaK4olvl+hS'
    'dWLsqHwFO3P2Hpi/4R4bVbs2wt6gK/dtingfvdWgH70xjb0z7jMi2MJ1Wfp+DHs12kP3qyZY4xbgbcoKjo2WC0GDZkrwe8Au5oHD'
    '2MnprJFthP+ub+T3hraTNsVll7KN4G6/RBZwYn5MkbSlV3CeEFe9D0/w350aiXlx2vL1Cf67QKL72zr3e+6Eb4+j82BVLBXde0U3'
    'wbeHNO8VsRgrd6S5XZnT394JXux4XP5eKP+YYX9N24TbwuK/hO3H2gnc5rDD4N5EFzlf1cXZGZL66J1EXXqgqq9cUF+/FRxXPEp9'
    'vx/PdTwyPxX0zqYu7MfGezaquucRPRJeh8Z40d0n3Tt/EdqgS39E7cNt+Oh4b05VbRgIOR5thM/eOZ7jENWfbS8Bzl6McKhPgkP0'
    'jqku7PXjuf/7mw1oqsldyeGmxYXx3j6o4x8Ex8+6PR0/Pf19g99+tp/YpvQb4G6fZhn3zk8Dt0Nqlei246AB30J9bNXkh+Na+x9D'
    'faT6+01WcKwqkz4OBNSzI8AmVEenj89O3obq2aYpk4TZd09FcxaVL+6T2LnK7Etnj0DdzPa5vIHb5XZKaGaL4Vi+MI73ZzhlD9fn'
    '7zi/jXTcsoZTz3dRH7sk57Gm61h37X0a9bFL4EshLlpyJaqnW3LXoTuG/rRDPXHzbZRPObNE9dBxWwa4oVtPnLxfg2Ef+0L28eV6'
    'vT7uktzPiiLX/6qe4+WNhDf5FuE7HtSwpb5HwqvcVe/ZVlNeaDTxdp9E8VTuUPjvwH2lNuZxtaevntt5bpbIGQyXdhrgPbPJv6Se'
    '26Sa8nCUHrwuAiy6Ho5B/W414FN02zoloK0DhrAqI8Ci/Nnf6or7bar7VY3r/jp/W58LCetBBKtNwfOoaNB3Ub9lfPYmBb8h8zPi'
    '2vxpwA/Lx7sxv9BYhIGP7zTvRG1tl5QNo2ddD7Y7GxH8uHVwDvzTJPDj0Lm5MT8F8OPSsTnwG+u8+xG65z5dMch/L9dy/Imix3Ng'
    'PVPL73dsC7k3mOLUjyLW2WdwBsBoxtdQncMh5zl1XovmSSQrmOwbl0eARWnx1hhgMVr5JjSuPYI8Uc5TRT58XJv/YaiT8j5H1np0'
    'xJS31x3HbK3/Dk1Uf+g9IdbmfxdK0w7T9XpXwU9Xg9biLgnfa1LnFwt8r4hbl+7Av6bA110U3bnr87PA18BOMt4DmjywKW5cgsYn'
    'qE4nvdg2H//1aHyqbTEuye66URqxJAIsuvanFLicR/Xv9Dw4SHbTPQO4LR0s571c45f/6T0Z0R0+Hdvds4hfSHZn+Ayw6f3VCNR9'
    'FtT9vRp+T6olxLmFyXnFfwjq6jHg1ToN+Ln3CurqD9k/leyxTVDXUbb5GHZrjOHZNf77fUH6CHrf1rX5RzBUslKbZG9daABDxJe7'
    '+38IGAcIjKoafvdOdm7Ta7i/OnBfqvbDfS4GuPsR3HYJrewKIV//SABXJrOa7B83I7g0VoqO7NtriX2HfxbB3SqR58Kcr71fA24Y'
    '/UJvNcdVE7hYr9Ci0bYdIXDq9QK4/Zb+vaVOyf3TFQhuXGeVDtyj0FiGOaNzYNRU++8SHyDjriNH6+xbTsyPOs1zI5ms+V8hYFAZ'
    '82ENGP0KGHcKYGwz7Ms3NGC8oIDxWQGMPsPx+JAARr/meDB6sbvKw/GoMhHl67dADIxSnye567+K++w4UAK+SrU+5lVxOV6HF6f2'
    'NyrefFxE+Lcr4L9S6Z8rka8jHTuhexR17a/kMS4XZ9R+OZYh3/KqO/wm9wi/X+nHe9EdxRXIdz2+5y+TZa6PGS6TU5yYH1R3IfJV'
    'sCpGuax/GOtk/bywku+565FPFhWeUD9Uq0lfTooZLmvv/EruS+Ehchf4GUh/Qd4/jO4Ku/e0EAyb+Ftgv2uI3/8M8m/pwKhAMNg9'
    '8hmQzoF0qgLG3yu4PwAqC3cbynEOvKcF8EzpctH+L4DXq7BDEvmNZTb8twvghZWRHXg3VHCfAmy/pf5kByyx3/lPGZTtIjLKB1FZ'
    'k3NQd/9HY9CuyS+KYrSzOe9AbTGRE5wyFxmUpXLw6YKyByVyJeXFVlfwOEOs7MsGOhcdHnp6QB1dMdWRR2OwjcjqR9jiMwSGfy/n'
    '9ctS/PtdnvdNZ7xMzhCYvvSRPMfTTgkudhroC76P+tsp4Z3bBDTQ5f9RW7Zb0WKQuPZ/AfB6DW3KXJ8fqG8yeAOScb4s7/fh0iY4'
    'r8DjNQBl347KmujH3Tv/BmUp/r0+z/n/4eYpXf4ftZ3xCScS/maFhC+ZHKIs4z2qEd6o/E7p8Ht/L48HHmvf0wjeWRL/WEFxnmj7'
    'Ho4JHmvf7eX8Xjnl3R4hvw8gXs69/4fK7pfwd7+R8HufQ2UZ3IOEV5SVvRaVPSjIg9vxECl7JSp7NPiaOZnErtqQK45pxeKB9qKy'
    'sw3LbkZlmc+bpcTnzRISO+tUKHseKkv95CwjMb9ovaegssty4lhdsrLHoLLrBHlwW08nZWeX+/27sbFZp6i3CZWdViOWCWT8ex6V'
    'pf7v55Cy05FPRnf/L+M+n1pC2H4zvxLPCuD0hIDzuADOjhBw7inz+8zql+jm2F70bY0ydA/6CirTFsBv4n3/M4IyuwhP8irpz7Vl'
    'ft9KQXy6yZnhLkPYXQawN6G+yuIBdJDxOR/hwNYQ/WJwTg6ou0tS9zEBdXcZ1D0DxRzZpnlPRSW/Mv8s1ahfIh9sIty2NMpQ3H4h'
    'x8dCl78XnbseyPG6KV/aJuBP3fs/AWV6JfXcZ1Cmg9n/apSh50NfQ+Oiy7eL5LZPa9Q9QPDqwxplniFlrsxxXKRlVPF2VH3YKhiL'
    'A4ozORGcC1EbVetMpZehZ67rcno+A6mNGV1Di0LCoevqSE04Qfe6Xft/hAsvS2wwe0nd/8jyMkzP9AdLHMeE9ftPGmVoHw+iMhtt'
    '8V5K/aA/keV8/pqMn4c31fX/IMv9KD5E+G3GMz8J6T7glf8TlWF+IP9HwZvfgMowePsVPPm/ozJHS/jM01EMW6fMRwRlVhGe+Fj0'
    '2/X5KyhzOomNu4HU04/KzNZsW4egjKptF6Myp0p4fCoXvAGVOT1XXFbGl68TlNlAxgC/d33+B5Q5VVJmdpb7ymwJOJ915f+AvK+Q'
    'vHWAO3htbtPYjxm/YKO6guyNXPufjD+vyP7H1f+hvEF2He75X4b3wdRWw435F7I8o2F3Ssrr8DZO+W8K+kr5WGbv8qWAvF2EP/5U'
    'QLu6NNr1AVSXTJ/J2nUFqmt7CFurblQX5SO2EvrfKqlL1/fXeQF10VgmrwvIu4v04QRBXpH9TAH0hTTvQQm/2ozydlvieB/s/OlI'
    'GJsw95dd/h/VNUD6gPdn14cayhvEIzh5/5rmeVlsjzdI9Je/18jL9G0HAvIeT+A+rpGXwf1xmvOeYfmFAthUNJbADtm9/5fm/lmf'
    'JDzBPsSDuDF/A/LuJ3mvQXlZLMfFgjj0Lv+P8lIegObdgfJSXdkGpMNz7X9R3uWET5iN9nzX/wfKe4qgbswXnB+Ql+65p6f9vkHp'
    'nrZOkIee7awMyMPW3aKAPOxcdZYgTw+1/xXkwWda7v1/QR66/1YK8mD7a3f9ozwi2y1X/5/ieVol50PPpzzfiib3ol37vwDYjHY+'
    'SWDr3D12178A9nMkz90Iti7v5Nr/Ithtkr37q4I8uwjf8gWUR8R7OXn+LSAP45+uRXnaJXLa+1Bfdc/0Xf2fAHYvydOD8ojsoV3/'
    'H1C/yf1V9/xfs1w/GdvXG5Zj9R2P+rJV0qblgjy0/nkBeRic6YI8LxM4EwPyMDi1aG519Ynu+heU26mB/y/avJyu7s8p9z82vysV'
    '1b7yUZuPS6eETv4oIA+j23ehPKJzeyfPrai/uryxq/8PgL2V3f8JyMNo+ScD8jD+/SOCNrZptPFKAewDpI2XCfIcJG3stovv+kaZ'
    '20tQfaJ7w27MH5SnW6LzPT0gD5v/dYI820ielYI8fXT/F+ShuDYL5RH5qnX3f9tPt1T8v+v/z7Aca5MN8xb1/qYb88vSawOVPfdb'
    'fFxE9iWu/g/l2SmRs36K8hyQ8Fc/RHlEukf3/p/F15Ku7Yh7/o9gi+w2XPlfMEYqW2CX/0ewRTKVq/8PyMNiF74H5aFy0XGQZ3dA'
    'HtaPdwTkYTLYVjSOurYj7vq3PH91cdkYu/4/BOOukuNYzI8aQxthd/9H5XTtUtz1b/H4Cr8h+mEm3zUI8uAYQzROA83zdNYfAyEH'
    '/7YtHhPLtvTjAeD3Feg99rnOYJTBOjeBfQnAda8V2MFPyh7bjzswn7fYU+sleyz9p+nQnMhz6M1NAejm25J5Es+TFWWeLOU84XVM'
    '11vaMotxkMyfYP72WGvJkJdbVnxTqDs3Uee2Ccrb8L4ayo1Hed1zOUgnDRbjRS7ge1ScY7B3Q3rJ4PCOTRxtMI0/kgrRRtX+mkb7'
    '60SDtrN+m9D8I0LU8W3DOihdK4O8afjDZURwguZVVq+IXwlqc00AHkYt7/T3RMSb1UE6CXDKybcGxsmG77akb07fj9fsN8NNVm8j'
    '6PUw/3aqxWPRidZRM6QXkzVSR2hQFdCgvHUIiZnZvvCxUV804VkqeLjdcyB9C6HPlga+HgX8exPAxO0qh3ax+4ZzUD9E/dKtk62R'
    'esiTR7ifhfqsvZZ13RNqPM0hvKsne0ZasGcUED1y2r6RtM2RWT8u5CtSr+mH4d4/vKV06BkcvOIKNufoOdEK8TQh2sJwSHfuguTB'
    'RsBx/G2BpRd7MUqb6i292IIpkI8xLr8jYD00gU7LBlpWDedFFQzmYcSvGqBg2kyGGUwbCy5onk2fgoBGu3ZRsPfhuWwB/R+by1rA'
    'gXEWj396aC9Y6/WDrjtLQlNlOGYL9sdvk/2xXLLXFjz0O+TbnMZQ7CFnhTr3Gtotv59Z1z+AxeNe3gDvPgTvnHyPzAD/QEhX1Iza'
    'xfZD1z4I1j2OfboE0uMsf1zXpZAuJmMq4mNF7xK9gmJN9ihVAwGPWoSlvIVsLWQEvMNymPtNkO4ylKNk+apRvkb4Yyxe3PDZfnPC'
    '0I81NufpUogXKic0aAKcZQxq1kfluyJaFcAfMFq3mcB9a7JGitbInrdZUZ6UagXVEHy8HPHKyby/Nua9HuZ+MXpXF3CuMj+Gc5Um'
    'qNd5pkCeaoRD9tnyvYG2vy4Ef11O+OvpMAYTEVzKj+C0R6A7CDoztpHusZ7d+0UpjnWPz4dxymSYIH25SA5m/NPkpXAvgfBKTvrq'
    '/cW80jkoT/lgcZ78INglW14MSefd2ZCeF9NZXAbt8LL9jfkXGAd1nCVITXR14xGsKRl/Gkbvp6sHUemv6gzh1aE0BXjQA+PXCesw'
    'q0Vrh8SszBjnQ+dTCmN2DlkVgRaLnnTV2uydQwLNWsTH/hPQJzbXdoAetBZkMdkaorjaC7ihAxuvgXSATh/rIxciOczSbFcW6Ivp'
    '+UUNyReHvsgkvnoUuZLVk4I/2diyePGU1tQZ8m118F527lMH71Xx52W6fVsAzzagYRiHZkGaGzSjg2yPxmORQzwE0/1hHrgOwWV4'
    'YAqnHuFQE8hXKSgzO9ElC3XJIrlBQEZD6fCCzjHTJcZjlx5cCP4OL/HoQJBuja67AnyvIGtiPjl/0bGjKGUfmz7gpdk9Y7eP3/zg'
    '2O/j4q976bX3jUwfs8PQx313g0xz2+jo83DMa+Y+sMW8d3T1kfFN+G4bs6uuFNhVdxCbbcz/mPBrtH1VAe2bYol9y7RB/6dawbGQ'
    'NmmcgTxH7sRcGVBvSwnr3Qz8K7Vlx/X1kPsBIv88LL9uHDFqNy+Lxx7kE4XZyC8F/preCQmCY9reLZbYFwm936ITr+AFMgcynNZZ'
    '56sEuF1hiNs6d9x08Q/jGLsL4djVz4ihXt27TKr7Oqda3Ncr9eW5NaY+LwCbeh1cVo3DphKPR9z4VxmAf/Ms/Xt4vRJ6hO8Z694D'
    'Mrkj5PqjBl1tM5yR4fpHe9svQW1vOczavgDhyA5L7Ldd1ubhbmvYdSOyT94dwB9XCmwqy0DXJfLthuOtiuhFtyWOxTLTMovl2WYI'
    'H595qPKKxjYnoT06NqJlhCbJ9GAiW+Qg/Rxrh64+z73nOfS3AZXJwF+QfpXZDy2AtU31Yrp63NQoqCdI/yrSkeroNln+CiifUdiU'
    '1hnqiSYF2MtXCOSZqHcBRHh6NrKdxjSEndk1I/uuiQJduQW2hlhXju17JwCsvOQuRWGQn2FaxObWgtQEdp3g3PLINn6Pkb1b3wp+'
    'DNA55X3XeOm/tXlp+6X8HiPLs/5D4jzTA+BMeBP4MQiA848LuI9ipud/5Yri9ucF31g/KG3DY5wfLD4/0d1TdO2dZPjk2iEu1q+v'
    'Ec5PRechWDdIxwLr1KjNVhPwJ9gOvR1wKax96xizH0mH14pzfAh89qgt8WS8DKUPJufXFsGhI2GtXboR4oehb846wt+qBPSjTEA/'
    'wvJrsrVVkOwRDq5+XkKrD97E97uoY7T3Ti+95wGvLfXo27Wg//vJrf771X/7mpd+8tugz3ssuhxocg+kCX7baD9i/CyDVSs4B81q'
    'yJqMvjl/lxH61kzGkdHwJcQn2OnEv/4S4ivsq8h2ZDbxvbmOlDmV+ABlsOcArE/CXoP9mS0j7VkuaReLJTDVEvs1ZT7Irgho79ES'
    'v6PHSPypdlrcn9kqSbtOh7wtFo/nReudr4ihwMbnbDRPG0jMBgpzNmpHAe51UH+xSyRjui7HeYzxirHakBPjTbNkjtk9K5H/OVbH'
    'SZAeR+aUtmGupPwKMk90LTOeIirNKw9YbzKax2xCvh2B5s21zOPM3wLf/pLmOt8F1v9v72ug7KqKdPe9fbtv+o/uTtLpJgmhgQQC'
    'Jk2jBEIC2GJEVAyRMAQMf/1z0w3dud1pbyekBQyCiIIP9emMzvjejKOuN8wkGX6XCT6fAYXAE1FQdLEWzoMB1zO8YUYn4ywd0bx7'
    '+lTNqVO39jl7n3Nu/yS31+p1kj7n7LN/alfVrvqqKrhGZNS2m8AGOC+Bfk7mjgS7Nj1vj6vSGgym+XPj5DiKYyP5+lEyjjFynhnT'
    'jEfyaYTmjiL+MJpjcTJ3pCrNibiFPXOpKs3bR3M1TdaOABlj45sxycdM7TW4P8v1DWpn4jVJdpTRxq3jg3UBfJCfqzotdaNt8H4d'
    'jMuP4Zw9WJ8q85+MHX5oMi6uLPihpOL/our11K/ay+ymXK+XzgBJ03mK3EcMZyW2zY8pPvlydS+wpw6iJpn+nGyCZ+N48TRbkyzR'
    'bxw51VzsSUuHd98UG8u/U0W+ExRTRmOoaYwrx7AGxS9ItHW0049JPqag+KpgMLozu2GIdhezQPlDJT5reuPyUAfKWOLR0b6zHa7o'
    '+0WcyaJU6TMj7Jm5KY+XoP8Qdbx64R7qmBnSNn2vWXm5gX+v9M8gludfVek3boR7/4/cG2Z9e124h337udDmODlnYZ96mS6Kc/ID'
    '8n4PG9NTjuyt8K4K76rwLuMYfDzbSHpFHdMr1Pri2v6l++/uruK/u8J11jTGjwjtNyfUfoa1r/U7Q/thbVYL58mblBeb2gi8zsYX'
    'dpTTdxVxY3KyTMol1m2imzsy+2uqNEeeMpDZ6KO6UHk5Y/BvSyD2to387VvK8/Xg39Z0lJ4TMYZqAK4FuK5V0WJWK/Q4e+hxruW6'
    '3sj8uf2VNeVr2j3daxrXjiPJlxuBDzSoSh4xXR4xR3/V2xmnzo44HRg4pA1qn6nkpJu9OekS0WcZDdngzkzbjIOJobF9zhx8kJzv'
    '97/gXht+7MXGOc+sI3pTx+NQk+Gg3N555NkTdnvtSM92kmdvhvbOfl5+9hTy7C0Putelj5fG8jWR88zks89BbCNgeZ4GfNHXIeZx'
    '3wul+J9HoQ+vPOFvN6rvoA18vHRd0kqfo6EZcJqIM+4UzpLNIBhtY/FtYvg7WZ+rLHUnU1nbTHRmEzs8zTW0hGApOKZWabAdJjma'
    'THLBBfkc6JiitMXzFt3I5p3jx5sYvS0l/y9nXkpTWpjLznP3E9wSz19J96Iuf6Xt+SwL82UaU9AE/+dxwcepUp95E8Q4rLZYo6lY'
    'E9PciSZzEZRjq4HJxlqC1deNX6KFswRaWEH4kUQLupjtJWArKOc8o98uLM67mvGFzQI9huUQovtCly+X9gNzntvoH6ZY1lMYRhWf'
    'z6rS+hOnML7UQd5pmcJvt0Q4++vmLhtx7pzx3yWMn+Yli5Mziec8Cou1spn3wnV2NhPTOCfT788ZsJvnE9naZ5Rcz2COQV0QXS6v'
    '00lMCs5/tSWNUbqs0Ju33usenF56+8lTxy69YRtZeMmW7pw27yA2kRoi92gcXjv4lFPQxmkgs1pVJR8Y/qC9ojhHv9V7fOPnA6Pr'
    'dK2KFmOny01qn2fTsSwfvYk24RDcHMFObh6nxn6qYGG6TQzqwOffm/biUzZb8s9roY1z0t45j7ZRpcLzxp6WdnV4qvtzbPk2Jecx'
    'CMvbQOP/8UxZn3bjUMqV61jKc/zPKfM8x6+l3H5UfFCiDypG/YTQPRHatu2ZAmtst7IYoM4ImHja5odT7p41kdlNmjbeV/zDKtKG'
    'tHe2KPu8VIOKxeNZ6EFSPqqg3BvcXjQ/5ebn1tVSO1NzT5cHw7Ydpw+HgU+1AR+R9OWGCo48CC9XTj+z1fpjfv3blJubBm1BWYOY'
    'pN4yxUo5sU7LmL0qp5FjO5V5jjeew23AcM83wf15QvyWlD9vkNnpCuT/tE62xIdyqjRHYr8m3isdg2fr7HzHRTyjV+qFzH48+u3E'
    '1sttmpV6MUf3+kt25bA1N+GdyB+pre5Uxs9yFv6LEcITo8YH8zyPTcB/lwScr3juT87X8b025c+hhTY0fJ/aupzvXkJkXZ+Sc6XZ'
    '6KajrI28Ms+zirEOjr/hJE2fhpl836rix2tL68Fts7rYstaKvKrIq4q8qsgrgzWPyp8kGVbN+BXiQig/zato+c6ryDdpDsUNcHbo'
    'VKU5Cek3eU7QNmYjoTJJ6g8dL8qqNuXVdsM2agQZIeV8XEnewRrePHer1BcqB+k5a4ScmXRyoXKOqciFilyoyIWpkAvIyzjvQ36c'
    'Yrz4fSmPD1GZssjCLpy3OCtR/jlpy0q5csRGJ6c2qi2svXkpty3pvMDrQJic8XoFuWCab2iA9e2fYM51tn56HdbI0j5BNjptvwj0'
    'ZlI3IqdZCyemfCH7Xo/FuEc07w6z7/wtOdONCme6sO+Y9KUvpA+fAj8GfWaHKq31QfWXlUrO/RREA/kY9HIDsU/0qOh5xuj8mtQK'
    '6VH62iwUlyvZxPNKrrEirUPccZniS/Ma+qf8gI6P679ziZ6aBb2X0suYIc3yeXG+9Rix5XNeMKrZx7q2/gfpW87QNqWzHTnt/Vey'
    'T29iz/B8etKej2uDwRx4J5fZJsXrCnHawJygS8osV6Q1eDvg4Kba/oX5j1tYf4dZHwY0fGBM2EvVAWekpsoZ6Zg+I6UqZ6TKGUmZ'
    'xx3jOWWtsq/xVRD8+FQn6TfUTeg7pjLIVE8bY7y4K+XmuqO82ETe9TE71uvsjFCw0KMKhpghU918UJXW8jFZO2mtqNyWaqgNsuck'
    'XRBzc/0kAflJz9hLNfbOMLyXNP5cCFYSxz8m4LyoDRVtpkE1nbivcUizf8aZzM/NAL1xHciGINsu17XOJbrm0DTqmq3kTLBdo/Pp'
    'dM/XA/SvLNBjG6PHORpb+RkGNinsQwvw7rlKjuHDsxTX+2oj6n1Z0Buy8HcTuxf3f4wIZ9YotaDomXCrMj/vS7g0Gu8v+R/4XusU'
    'sFk9yl/jdpkqxUNze9MQPLuQ7JutIbQ2qEprrO1Ucl24sYhzK2HkELu2J+3WmaDz1CPYyWy+NU7GKtFSj7LLkZIUbeCY3xVAG2PM'
    'D3iOQBtvsmdWKjP7a06DW8yz9o6H/c1lbBimsV7AeP6ajZ3Ghnem3cAcOg+vRlzrrTN0rS+2WOu1ZN5NbD5Tuf5vRFz/fMD67025'
    'dWzCxsntjTs1vpKk+ENummgGZceHCP8eVME1MHLKn4smTF9D2bQoIr2Yjg37tYToplQWxak7XBuAjaD0tSDl+ggkHWwsJi4xbOz0'
    '2a1Mn58uulqn7Px04wE67+R5VsChUDmPOPdGpreMaM61OQv9pYfp240C/few9scEGvmMcms2Z0nswfkZ97oarhfA9d0ZdzxzYM4u'
    'ykDOp8Xu9ROLvTl0nnXav5rw0vdCO10Z/xq8C9q5Y7HXrw/APfrc2fDc7eQ7q1gfL814sgRpB++typi3txau6zPeOs5l87MqZBzO'
    'M5fBsxdnSs9F72DvXwjvf3xxKR/gfY2qh15A1sC5nqtZE5PvmcZHhNUvsDkv3RAhBupot39OBkA1cyvlrmSMnYRXzFf+2rU0N41p'
    'nYwk6Uip6Pkvuhld8Tz1BXL+wHvjRJ45985UXq6iV5RXzylL/oYyBnHgjew7Hao09z59ZwH5xi3wtxbyt5WqtJbnvI7SWp4rlFw3'
    '1nS+NpL/29TF9vk1umHpUjKNJZ0vpB3GrmAehP6ooDyltt/CPvI8jVjjRankcg3VxKD9duXlknPmp7nLOweg3czZ6y1d3v9buuxy'
    'utnUQbTNWblKxc9RI9GW9DfcY+V6nta5jDsmnMsa+DXJ29ZC6OLTbO+iLnAF4VWK+K5s5mSNxfMcX237/lxiq20DWpbG1Ul4Y5ge'
    'VRdx/zrff4fgO6G8+cPkrLCM9fFtyp+r03QOJFv4GlUaox5Gmxz7MBd+pXx2cfY15T849lOYf9XWt7qQ8CAao83zU5nw9hryHO1b'
    'XD6ejsHHP6KZxx4y5tNKdOVjO2+SCsBYCBqxuRKt0RtMaDVFeBbPv/blD7nXE3d4+XLw3uEroabxWKmMWDvuXn+4QfZh6Xy6zju/'
    '7/L7VsvZl6yKlq/MJl+/6X5arPw4cpRdmzVxQ9cqf16jKLnWJD69mdAQ8tp+4NGN5BsdQ4possEYFZR3lMaamb1oNMQeTO1aNxDb'
    '16iAAXae2URsPwMG9rst8N77Anx9vcqfM+NC0o9eZjPDZ1ZBP8LsftsF210zs6VttxhHG7H9Fgzfk+Z/i0Zvw308T7OP3xlCk43s'
    'veoAmrxWJVcXNa6eYKKjSTpkp6WOZ5vPneZvb2bYFo7vmxQuy/Xyg65vC5Mr9YaxNimyL5LgrQ0JnN0aLdbAFusQVU/MKi+/WyEE'
    's6DLq22T983p8zYSu1HufAS5iH28RNNH2o9h4UxDcRto7zbBhNnUIq9mZ2cJW77VIGYiyrzo8tya0BvVqfg6ct9eQeM7Rr3JBl8s'
    '8fwk4nvj7O1moh+YYlaS2u8nG8Y52OxHU79ijvCA6ewH4h0ugzmMuoeC+o2YxHkx2qd7YCmZs1EVHMNpi+k1zZsTlwdwXtlD9MUG'
    'g/UbF2TjqGHsSpI8Y0ECPGNhAOaNjov717ca0nsTPHeqso+BNYnjnIjRL87HKKaH75MRgnGMK0ulHHs9AiaLr3dLAuvdosziz6Tc'
    'UHiWa9ToJD0CrgLXf24MTM8w8cXR2EQaTxulvSTk2HuVWd4R5DlNyj5XSBPogUnGjFIcRNyYUUkv/CfA7On8cJUYqpkXQ/dR4ktA'
    'XdlGXlXWeXbEymHOorh61Bx2luKYuE5yvjCx26Ee1qG8OOleDeY2qhzhuF3aXzoXtRZz0Qb+Yjo3dfB+C8FRNsJ7tBYeryVYp4Lr'
    'qIThy6LgS1tAl+XYoqmqfYh2WloPp0HZ1URcycbTqOzrSdcI9sokbK7ZmHob6lQ015gUZ2eiC2AdzgUqOKauYGET26ni1eGkvvGk'
    'sSoNhvODNezpeUg6D4wLejqPJbU5u6ZUtPqXKGOdfx8o/v68Im9nrF61V/lzE6QtMfijlbWflWuPsVHo68UcUGh/PFW4dyOxq9cK'
    '7zWz83BjwDMc18pxAf3snpSzaLpwklT28VxkBRhDXYjcbmJ2vpGYcioI02Xro8wqLyePVL9Bytd2k0bmDLB2JpRcYwLXuSDYLXuY'
    'z36I9C+nzHJZSLkVeC6vHcq8XoZJ3RrJhmJbo0OK5+9T/phmxAbOpBoeYXHx1QnoT/UBe5DuqbkEq9FreBZDfakcuuNUjn0+0ctt'
    'x27iR58Nc7Aq5vovI7bRbWxf83yWw2zeqF14QMk5A7cY9GnoKFgHerazWYdhJedtORpo821gazGdi3ELeTGm7HNQ2pwJZ8P84v6L'
    'I+vw/myfi5UJzQXiUY5Xpfl+RzQ6SxDvk/J2zOZ57oJ5MfHVm+qAPWzOk2y7KjX753wN8f1OMDkxxt69ieyHt00B73WujSn/meNN'
    'dhYJG1/Sa1OXwNrUBpw5qO5pm/t8LMD3wfO7LxPOr1J+hmFDvmfrs+5nvnS0TTh9O0nA9pjawwcs+iLlnqaYbQn/0Kfi53PkNJVJ'
    'kKaGhfP95FkurX8G9cFa8sx2TTsOoWSFZ5x7v0t55wUTmuC5ig5FfB+//1LK05OleeA5JTE3VNiZ/LsB7eZitLsn5flEt4f0V4fV'
    'MjkPHGL6x30B3x0r43e3ke8m1S7tq472N6ZcXy5/RsJsjQecmUztP/kAm5Wp/43nxzuZjKEwS8fwa/DHmfbVFG+3XYNhepHECtnM'
    'TVCbBwjGSoerPaTRZThWeY/y6iXkBT3GJF+uCf5Cl49Yqidi0qYub1I/23fjSl+vshzfRZ1v0xR/F8d7HuCyTbCYNjVy6Pimei2T'
    '0qNt8vaHYaTrE9CXlmhkxoChHilhjvIqOAfZBPh5JTxmQbOmvao0t/dU8XAb/m4at4B5Aulcjyt9fR2Jh5nO9xIib7ZbYmuifG86'
    'fZAm+6YmgX3TrOzz6iN/vIvYJfh63MSe/ahmj9rKuyA9k8pqtFNeS3ykQX2UdP4wvGLYeeDCaZJbHdMkp2eSTKlV8TENw5a6q5Q3'
    'YEQjfyT++wshZmmrAZ6/aobMedL8yNZe8O/Ex/iKcJa0be8fSXs9CbT3HBkfzTVr0o7z/v8KGF+U9pz6fEsjjod++5AG4zKswmtx'
    'UPvmXfD/JNavHP27jmBP+1nbfRqs7naLOCBcl3WEf7+i5Doo5fjuqQHxRgMhOh3nT7SmWFhfTWKWEKd5smDnlnS7cVWeeoNRcHfl'
    '4LXHJ8BrV6vo9Xhsc13jd2gbQxZ7m2K9dOtN88r8iXLzklIa5bhwqT4R9Z1E7R+Nt+G+4mqgn6D660Hjorkcdmj4VV4lU78pF+J3'
    'aofx4PNpVRq/vVzDc3V2W16DiOMkRy3saTkNL8O1eCc5G0xY+jZNsQO6+lNUR5/KMUux7riG55M1LHd8dTl0x0Y2X4MhvuTLiT7V'
    'x+btUISYnQsFP68trsRpx8m1eUYEXFgcv7xt3edy+OKngwZuSWjNbiKYvlELeVFQwTU7rpgltHAG8bGbxJFyvVHCRuqwUnRtTeY5'
    'Dq3SM301oV2nzXcH8I8oMX9nEplJY2oRc9seokfHiQukeYZs4oC5DqOr+5uEjd8EQzOoOafgfnoH4REFFVwrrUDORUnkxqAY9FGL'
    '81k+BAfknIuyKX9sbtryvGFTK+JYiEEjWW0hTaH3B5OfTMh9G/rPJEj/OyPQ/3BC9P/hhOj/EmKn2KKCcyP1BuiwGBOxQJgPU8yZ'
    'znZBz2nDFmMciiA/dLp9kjGCcXGSQXSbNcRjD2hwQuPKHxdH535cg0MKqqFsQpO9hmdkqj/UajCuSDNzlT6vIfUJcGzJDktZPF8l'
    'l5OsINjHbfVOyb/UBNeVwr2w9ics+sLPy2F7P8zndzac66f6u1J8R5y5N6HndhVcQ3mC6Ji2+RbPJHIK9/AtKX/t2R3snZMJT9ih'
    '/M8m2cdx5j/Ohdjz2pQ/fyrFQE9osMptsMfoOzWqNK+sSbyccz1M5oV+j+YrmUp7TxLngdYADBbnoc0CbVAdwVm/7gCcgdSW7V57'
    'VSPrqd++VYMnQpq7LeWPE9rO2t7KaJLKDd24g+IK2jRxBVH6p4sPWCzsjbC5HRHku7S/dwbEAkwlvSeRO3gm5ud0YqaOt7A5RfnG'
    'G0wvtskhLMmt1ph+EY77bSE2mrC8jD1Kn9+ySpXmo8R5zSpvnsux7k1Aow3KPAZPyinp1Gm/lfG5wxbYb+4PGrF4N2/4jglviZsb'
    'ts/CTzoW4buVHL3HDo+9ewp47Ejx31fG5LFxeaqJz4HXLJEwIJKeQ3WOqdpHk3HKKTd3vO289ig5N/F8xndeVeZxkvyMZ6sbVk/x'
    '3P1v5dY5mo00WWNIk1kNTZrK4NtB5trIv6A4BRsZtFMjf8cjrJnt903HZ4pvPprkLs37u2gK5HAT2CraQ3CWw0qf88xmrLWC7G9M'
    'QPYvL/MaTxj6VTkdOOMfsNABon5jfcqzaW2LsZdHEuS/5ZD70tlqURnXPOkz1uvE9pg3xH3rzlim79jIloKhH8XkHFXQYEnHpogv'
    'x9mzzrs3J7ROQXF/Eyo4ftw2rs/Wd8L5+oSKHlOki4WfiesbZDdtFvRBkzlP2ibP5WSTSq4+jYlfhs4bYo3eAz5aG3limufpJg1O'
    'YSfB8iydJh+R1J8gGloYYntPwv9TNU328CTqJDUY4tWa4G8rNdjDvCBjKO8ZDFnLrco+/joME9kEeOxTprEPUo67pOzmJnmtqM2+'
    'ifl5xpRcczSohhKP+96uoYN+ZRZzOV12zqneOxeTs1G/Cs6rnFPBuaULGjkeZs/RfZvnBZiK74XRK9IpxaNzeh1S4XFznC53GmLP'
    'wnxKTr8usLAXbtHIxa0WmJyblH1N3iEB9x32zrBmTk6YQlsIP7MlHZueJZjFHRZ+pqC8IU1Aq/WauKVBFRybSfWWeYLeElRLg9cn'
    '4roJpdt2AX9nOm4c7+uaGI77yLzanpmkPT1MMLfzNDrmMOMLWzV8DOXwFiILpXqGQTFnm2AMSe77KPEiUt+6lBcbH6UeQYfy4uny'
    'Sl/r0hTfyd8pKLN4OsRctit/LgmsK9ZK9nq6OxhUnlQuGR2mtyMBPpQV+BDmoV0t0GlUjCPlL42ac1GY/S9JzEeQDpCx8OPkYA4x'
    'JrgB6MdWxtDv10yx7X9z8fdqzT7h+yiv4X8jFn5M03wspjYDKQ7cRK+ZKv1fqmsv+XpqNeccrN9QS/brSIA8r2Xt18F7ce35JnkG'
    'hpWca7KJ6NIjIfJPGlM9G1OD8tcpOmUG0C2PfxzTyLEhCxk+IMxFY5mwMzpZ8MWjXBY4OcZWKH1MZlB/MyH9rS5Df88CfH3S66Eb'
    'RznlrjOnj4VgLyR+GMQ/pTVEnabDYJ2j+k36AuwQ1MdervZNZEB7DH9dGO9bR3hfmG1uxKLdTrI/Temd5zhKwq8WRdbXa3BCKMOy'
    'yovbNtU3nW98icQamL4X1u87lF2dgxGNHWIb2JvjtBPW16tUaa6IYaWPJXXe+YCAvwt6J6wPTm7hVQY8KozflGM/2uLRcho9Y7ps'
    '5HMT0GeOU+bxwFhLJRegB10HvEiyLUs+/Jmi33SRfnM7jmm/p0PPCTqj4xl5ocZ/JPmZbO1/aCO6RMDGJfGdAlmf9hC+1GPhB+H9'
    'p2eSJNovhJxpZ6M/zYZXoD75U/Dxmsb55wzXrtz8I4q/wRnvnyuv5kU5xjsV5w/nmfNUaW0l23jvqeCXUdeJ8vukxjhdZ8O3h5wN'
    'x0P0riTHH0VH0+n+eGZtVfr6JkE5InU4j5uJfymv5DytE5p3b0ywPygjriB6elh/8J33KrNcCDnDcb3DYq8F9eskQ9zbqMXe7Quw'
    'ger8VLXTKGtTCcha9Hfcr7x8iVg//oWlXi3wWuJTxHE6/z9dwI3wORhlmAsTn+GA4DNEf6DEn8pRJxL37kTKTweH2T67KOXHsnaq'
    '4BqTzfBME9jKo9Q65vUoERNyfMo8VqdctY6TOC+eBn08P+NeP5Dx77PVGf/43gX371jsje+d7JkL4ZmPk2fWQvuXwvVcuL4brqsy'
    'Xj+cuXJiBC9U4d/ugvfOgz7MgWcvgmfvXOxeP7G41EYwlWMz6Zsz7q+Bb9J574OG7wX1z2ZOjrW5voTgBC/I+Md4SebYnRdbnJTT'
    '/rpM6VzQflG+osNJzU9ItnNc2Bo2F/j/1Rkz7FtVQn5Gp6/f6XKvD3R5GD/Uk/8O7j0F10fg+kaXjKl5q8v9N42Lpu+/Bdd/6Ion'
    'fxrJnK+B68Ijsq6UTnCuvvwh93riDi8ODe+tHXevP9zg3qM61uEr44/XJrfoUf6D07hURf8JSy1a1j33xyvd62fzXq5FvLdgk/9e'
    'O8Fd4HvvHXOvuQH/s43kWWwHn73rMv+zU7H34uYid9re2Ov/prrevd7zRX3/seaHVP+DxkPgnD+Qc6+//6I7N0uFe9ft8vhjrZJz'
    'aWPuzPmE9/31Zvd6bq97/ZeJUv6Iz5zDnuEYdDrGTMAYo+TFxfH+AmiqfoeX0xrvVf8pzNM9fiyU87cHv+hed91jJsMyCe6nIZi3'
    'H/Z5OQz5vdTN7r1FZN7xnlrv/Z/mEJ3Ue/r8bdN1w3v4/h19+r2F9SHmK3+ND06LNZeD7F3vxQzh9+phbb6/0b3O2VS6Rh+AMa0Z'
    'KF0jvHf9TXr6wn7WkX7WTIEe8kC/e/1kzsOJ4L1rgHdV7/JsSXiv/dP+eytom/f47y0j906Afb3tes+OgffW9fvvtZF7n4T3Nm0u'
    'nfuvAj2c8enSuT/4OdC37ikf/42LZU5yT3J9qDZAj5JszscJPJuO/fOgS+a7/DQ8V8PXXgXaP+3q0v7c8ym4dpnxriTk2q0H3e/P'
    'g/9/4SE7+8vLT7jXzG5/jJ7zt6698dqKU7O13kJXMG23jTzH81bc+mS0HN1BsTR1EWTp5Nn12+XlkS//yL3+do+nN6Js+Drce/Yp'
    'ePYRL6cx6oSF59zrpc+711d2u9fd+0tl2ymab06F3hg1r20z+EaD6LCT2K9NaCGsptxCIjOdd9PCsw1k3799hvfvHVPcP7722Yhr'
    'L9kjzo/AZ44T9iC18dwP1xeW+veBLe/ZBnsJfWzDwHcm1yqVnjU/VeY/GdM2nSno7nbn649HjmTlEzpyIsuiIrA2tj9Nmrgym/pH'
    'dB+divr+Ef0ZL4yGesieO63ERpQ+pn8mJ6qMNET5TCfTOWs1dmOsp76A+OPpM80EMzLEcE407mgoIEanOibPvFAlExeZiiHDL2TP'
    '6+QV5dHtGjnXUqYzbJCMXA7XzRF5Bdf7dh9wr997xrMJ4L3PHgS9b59nu0AdztHZnOuXvuleL3ix9OzzlR/AM88mp99dQPS8JG2p'
    'jaTfK2EfzesoytAOfzsmekgtnJnmwB5Cvb/ZNTGK/c7EoJWeBO356aOxVtjtrklLRWXEBo/Y6IGfF/S1lPLyDlb0NSZr1ZGqo0Vf'
    'ayR+aeRlZ7LnTNvC+hzryd+ob1Dt9fCiOn5/OjnDO887129qnqV2zNan/ed7asf8JfD93QdL7ZgpsCE8fqBUXuz7sXt9/hm/vLCR'
    '7xdYzl87sUej36Ma+L/ardTXfubfux8jcmbKfKzpo5AnN/OdGElNdn86Sv9kIz9N139uTF2ra6+nVzUB1hb1qf0vuNcG2AM/esp9'
    'Jk/2Z8fjYAs8KLfXR549YbfXjvTsVeTZm6G9s5+Xn/0gebYd7LmPPiE/exF59pYH3etS6HfmoH9s55IYtFvAfvgW6JNPPwS2R/jO'
    'vhe8OsY4Z4+irfEJf7snkT5kgE+t/pbc3wWkPfWw/Az1fVMeJY0pjn27mfGMevJu8Y+BOoytDvJ2wYbQDjop1XFxbt4Gc7USzpFS'
    'XqhucnahbdSQ51G/5mdck/c6WZ+j2OUD5zj9nyXGYs9xRS83kAEh8x34k05WL0/ab9kOmD26/v2w/pnK+leRs1W0c1nYwSzhc5sk'
    'zzlGiurHHBNF9eN3TvjvUf34P8B/nRF8yXjvT+6Kb0+JQ4tHGeSviuH2mlXyDCkUE2izdtzPRe2T7QRbU+FBBjworTtBJCCEKjKq'
    'IqOmSUbheeWUzwCuEnCECz7mXj93H9SVI8/uvtf/7C9vBfsUPNtPZBG267SHObayrB3nfefelRSDzL5/GbUbse9dQu6dNOhefwfY'
    'uHcJ9xqvKcX3fRXwr6sHS/F9h9g9iu9bu94/vmXCPRzfEuF7Jw2Wyv1D7B6V+89vB5zu5aVy/zW494e7K3I/cbm/q4xyf1dF7lfk'
    'fvnkfkMMud/HbC3XWdgm0kc5Z3Cm4IkbVJyfQArgtrM2wG+gX4FieTsq6zXj1ovi8oJqaYTlRQ+quSjVAojLL6pj8IvZYheOO0d1'
    'x9AcpVRyvrEk/WLXG/jFrrTwi33Awi/WbeEXW2XhFzvDwi92ooX/ar6B/6rewGcW9UyRNPbNFD/VTt5rIvitVtImYiuonF0M/64i'
    '98v5zbkJzGVWxcO08f6tEMaznD2Pz3GsnfQtuqcRo2iSP47nb3Vg7ycr89xyfco890+vwTOHVTK5a2z8sHM1WG4eL0TPekuUP84T'
    '/aA6+pkzi+hnsSH9mOalC8qFS2ti29Ib1c14LrXxo5SOamYRHR1nwYcw/xvNhdXDdPtDEXhO4Silg9kkj1qVWS1vk/qxvM7JDsYP'
    'RpRZ3svZvv7pGOtvg4E5FuwW6q/+08zQbI+DbA81MOvWIim7QCDGychFllaVH/pzgC5pd5J25AomzWA/qjixIuEO3bi2EgVxV8v3'
    'lfoJf/Wk90wcuSPljkGbwm4Bt18gWN2w3EIV+oxNnzEwk+lE6TOSX/HoFepVplgvu59uKxxZkna4iiyPvXZWsjxIJ1fsLHQNxEsM'
    '77E7T3wBYrPUbg+7gm2ue9a9Nj8Yr00qG4ZBXj35cHlzbFd00emn36TyOTV3xY9xn4xR3+5v9yOAn36Z5Xc0ydu4QunzNlJsGM9j'
    'SLFhPI+hlPvtlYlSbNg3IL/Yxs+W7q+zrnKvx10TX/fSrUcLrMe1EXUE09xM5ciXMOeI55NIQv/m+eXoWvC8dFH17zY2HpqT7EeQ'
    'B/AvLosWA1XJ9yvk+90VQ2fbZa+TpWcwnWPs+B+v9GpJ4N8WbCrlaTRvMOdpNE8w52k8DybdRzx/ZiW39eyl9Tg8vYJhPTpjE6qV'
    'Px/vugD5egG5t5fxjHPIvZ9C3uINkJv4THLv+zeCXtnr1d/hMQdP/akXO45YGUe/c64f7PJyHPO86fS7k3pfl39sNHYcdTx8JixX'
    'bYXPxeJzS2PwudB3k8Lt05zdFZ53bOD24+h/PKfecoG/1ip/HS9a1xBrCPI6A1uUv87ACHkGcwLmWTtbyDM59i2sWX+t0tc0wHau'
    'gPkJ89P3s/cuZjgPk/q2znurlZfvsIeN+yzSX17/EXMiLic4kTEB+6PDb4f1C/HkYbgSXouxR+lznZ9B9DCa58PUtnemJX02KD+u'
    'OKuCsc/8DMvp+/SE9lx1GfZcO/DoFPBxzO3FcdcU45Iq4/xLPGBUQ+frhT0n0VoPo/1usueGyDNB7TjvvR3OkrRPiJcZtsDoFFS8'
    'mAuO4SkwDF9eebm0J7HfARiectFqtky0atJGEM7RFEvH7RRh9Ufj1oaMOl84P6bPZ+E8IuXfzTO6HNbgCPsE2pfqtfey58bY/QmD'
    'tRgR9gjtS7/Bvn0p4+b0kuhhVNPHgkHfsE8DrE89Krje8w5L/GXUfvQSTKAzD3+WcXkf7WO/5b6wXa8eQhu0b1OxDnz8m4rjX8v6'
    'xXHPfRH3QF7Qs0zw/Fzfsplfvg8oXnMxGavNXNO5GWDvbdXQuWmcRFK0w8f6apWr8+pyikt1QYPoaItmfrayfv1fuP5GmeHvg8bw'
    'QMAY8mUcg8m6HDakuY9Vuboepe2cxX7gdcZtzx8SDfNY1HGBZzh931DlnjOmi4ZeU/4897o5PrXK9dXSeeLyJq9pKym5zetvO1aN'
    '8zT8NGzNovK7LZq+5dm8hun1pnE2T6c92t5hKCtxjaZb7n057Z5dkf5M+k7b26pZf5u9rePl24V1dvo8nHZj6SRe0sPmqlfDf4PW'
    'JacZq64/l6TdmFYTvdlW3uZC9vzp5NuDZdbJ+d6uS7tnwpksd15NuW1FPe8NKLM61XztTOjmsZRbE7Wcehifj/+W0tNiv7AOSa/H'
    'rSm3jmicMd9kuDd6U9PLWy9KuVgCnd6A/Qj73rCwTkHfXUq+a2vbkM5/XFeQ5s75bk3K9S9G+W5Sc/4LsAuXg9c+p7z4XXz3kCUv'
    'wXek+eS2yIeUN5/TZRf4HBmzbR8kmZoP+Z6jgy+MQEO2urKDvTzRUu9JQr9wvn0+YJKT4vtN8O2FEWiyYEmT6O8Ps5NQm3IN+Hhp'
    'HpenCb6rlfibThdsztNlb7a1nyJGG/PJVOrKSbVu3J9y1pUrp/+vsr6za32T4B9xfKuYh6pB6Wu42oznLciX9IWn7N6jMYxx56Mm'
    'Bj/dDPeayLs15N35gKng2CJaVzqj/LWkdO9jbiOav8x5d4PyciJR373z/G1Kzl92rZq+nFE4bzz/R5hs38rsmFUpF4dg+p5O1/g1'
    '8S+PMtvDiMZW8DqR8SZnnj6NbXZM0MmPt9B3hy2exW88SnSeLSHj/FuiN5jkZBpmeKI/V15d46hrRG0MdyXUHtZfHVPe2XJ1xr2e'
    'm/G3f2HGvX58sdf+WfBsN1y74HoOXFfB9YKMv23n74ihwnPIupDvnaa8GnQXwb07F7vXTywute3y9ymGSop7OSsAz3uG0teiO4Vg'
    'bwuQE++3kPfuwDNeziZd7MG8gNiDBiG2ISvENnCcR1K8LUnM32by7xaIr3xlt/zstWp6awxgf2lunyWqNLfPtXCt0+CZEENNa9JK'
    'NNRNaGAx6AK/gbjU88i9FT/w6hEiPqlN2dcQpHkXbnxRzoewCHhw2LM2GB2KW9Lhk2znOylazyZAK7XKn3dU0nNM26W87Ga4/iyi'
    'rhrWp6TmsCamTi09VxdRp34Y4hVehethuD7dFU3XT6pf/74+/jzXJnB2SWI8yOtM7W152GdVyotBrjPAPi4i2FAJq0xxyLpnwr5h'
    'gpXsVHa5iCVbILXDx6WDlimig5Qyx/CexHTpfo0N1MSnzn1YYfhBrBvcxrC+3D+T02C4uB14gtmxjy9D22H59kzmnuYBkGIeasm9'
    'fna20cXem9SMl+we08GnTPahzlcXtG7lwgTr9nP9DJqvoQjzxemc81B8L4m5SoK20gnoaRUZOL0yMJUAHVQF0EEbsWumSFwMvl8V'
    '8n4SudTTZR4jzcnQSWzsSk3fuUrC+HEsZ5+hDoG+ynL2bcLCZzxg0LcFCfSN+supjrbQANNuak8d1/iUT4NvSvhu7lse0LSxAOyc'
    'tK8mtt4+TXsSf8OY5g3Kn7sMdap5IXPVp/Ht87hPOhaOxbLBMfYE6G3VRBalA3SfESLjTfZPmN6TRC0airvoEdYxylmknmHLxgV6'
    'c+byZAHrrcMGS9itPGt3SMmxw3lyngiKgY0bW7ZwmtdAOu+Y8JQhYZ5t6v4g/fcrf34Ck/enY+2n67wQtM5DDDNUEGQJ14moDlxg'
    'vsMck0GoE1EeWyt8i8b9/oHs5cGAc7fz7L8Snj0YckYfDfGJ/h9V6ls1iUEZY9iwH5D+9zI6GmH+3CeI3BwQsPQSDY4xO8WDBIsW'
    'Ji9Nxua0+RXl1R0ZCYj9wL+b2nZ2QPt3KjM/dl7J+QRuJr7M+Rb7ma8ZjUly2ruO6EtbDWNMJEyk7tyMdVfWKX1+Bpu4Ox7n1Elo'
    'QaIjWq9RxycpboLawUzfofMQtn+5XkNxho3MN8TzFnSo0npzSeM2OL7VVL4khT+K+v0Krm3qcW2VGqjhueF33aDi/FjXrH2B7P8W'
    'tvcqe6iyhyp7KHgPUR3e2U+/TnkyC3X6Ftg/WdAVbM6zKyyeR0zXCRHPpnnBDp0y+OaiCOM61XJcVA+qrvCeCu+p8B5RftdU5Hdl'
    'D1X2kJX8zhIbnG0ufsn2N4fJbrTDns98KrUquEZjHN/BTMJ38BjDMFxGUjFN7QnOX97C5mRi7wtrh/spnXe2Mb+NSb3jgvLXZOYx'
    'w1H8ErpcG4ihWgs2QsyDWq7vONi6E5WcDyQvxLCEfc8kH5/OR6XzWzcmQINR4vCj7GcpNjoo5mmqc0RmYsxl2JzZ+lPbCc9xnk+z'
    '86COJzXHHAPHjPK4L3qf2skl3EMte36c4QPqBV/UYAhOk9rPpTpoki9wNGD/NEzTfNnSAx9XlvitRiPslSaYxyUWOA9dLl+bnGNB'
    'vE2ny5TDH5tTwTlEcc22qNJ8lXH9e9Pph06i/5IPKx0S7xI0r0ljRHXzdlyMeZN4GPXPL9Ps2Si5gyi2KUreN2oztPWl55Wcx2pM'
    'Mw7eZlwZPC/GGo0G6II63EEQ38Q1nhBoma5xnyrNeUcxxzQeoGAo3yheY0ECOu4w+65DrzzX+riAmbDF/tnm2A3yQScVfyP5+Pma'
    'cWzFhEbX4Gds1HUKmn2TV+Y5a7drdOExJefW4rkG/1npc3FRemqOgK8YVl49pfms/ZUx2jtZyfmlpHyPhzRrN5og7WGM+UkBPIX2'
    'LafB7a8ktBdlXsJq4M6JuBfC5MGghtfkNDp+q6C/R9UvaG1Aaa2alVdXYrtK/izdUIY5tc0ZMRQRe8vzQuswTSYYZIppsvHzRamz'
    'sYbwkyg5rTlO2/H7LVXJ5lNN8qyTVFxV2D4eFfZQ2DsjSp/TtBwyuWCBxx8O4Lc4vhTTyY8X9kqcvRqGrcW5ysL342L9pVw0VJfM'
    'hcgy2tcM0yWj5HQeE/RorHUYR0eVcOiST15Hg/MTosGgnLKmtQak2hZc5wzKxxQn58saZV9fPcn8BDYxmW2gZ0myrFXpYyqj2Llo'
    'Dp9ODV9OIm5wQQJ0qIsha46B9V5D8PBBWGesibpSJR+vptPpk8Bc687QJvERaRa7tIX1e5jxJGozHbP0k5nYF03s4DrebmPvGdHE'
    'MsTl5Tp7A+flSfqxtmv8eFK8hGS/6VH+/FGcf1PfXxP0OyvY3Tiv6dDQJ6W7FmWXs5jHOd4F9GiyZ5KqIdQE9DlfQyc2tZlofc9F'
    'CdqodTnYMceXaXxQJxnnmxF89X1sHywkcT347f8wGJPkm5foYariOeLo/TvIGKiMyzKfPsqkFnL+72BtjGj4db+hfRXfMc0HOsTW'
    's17wc2435N1Bcj/D5NKg0sdR6erChp0ndPOUZP5e5xvfq3Kv36zy9++JKvf63aqp9ZHHyb17Wo17XQfX98B1FVzPhOtZNXZ6ONVp'
    'aX6INXBdeMReH6f5/c5Xpfn9MPdEncF+r44xZ2s77PBu84S1xnyfNnliUmRfdO31ckHqaqvz3E6TGLsXvJySqP9h/tHVz3p5NZ3r'
    '/U95Nkyc41bIL/lv/9NuznheSs5DksyL/NCyaOfO+fBbR+7VQV/Rj1sN+qQqjuNrP/PaSTJ3aHOXLEd4ztkOpc85ezy59+Ll3vvI'
    'W/HeYcgnO3i3n/87f3sAch4eguuLXXoZ1NKV7B6rgT7/3XpvLigfOXw77IPL/X2h36hT+jxj0t649Wr3+v2NpXNRP+Ddc65zNgXn'
    'P4t65s5M85yZ5oqbx86XPRpfFvfp0dwhzvzdQfTHHRqfTUGZ18qmGKkm5eUjiJrnezM5PxaUfT0/qfad0+57YP1p7Hk3mdeCCs4b'
    'MaCxYWJO7pVCvwctbRVB/izn73uvhxypl3n6LL/34Y2ldt5t5DqT9xDulTD9JSmed8+Qe/20RY5ZycZJ9S98t4Y8g1j7KDjTT+bc'
    '66bN8ddpToy5stGduL7UBnuC62SNsM/qiD41W37cLZr2lCdFNkNZv2nz0xz5pu7LUezdVI4tgg8/vd+9Xgq51n/0pB19vfwI6FGP'
    'u9fXIcd54TGXx70f6Gtyn4MufP7B4HcuIO88AjnU/+pR/ztfesCr/YL5a+fBO1+AfO9fAb3+Ksi//vIT0Bbo+Y/C/5+G71+6123r'
    'BDI/33sYahI8FW3/tT8S3O+w80Acvqpgvj930Dv72Lx/zU+8eUtS1iwmZ6nJuXjIz8/p8zzOqZ6cWzhu0sQvbuq7CPLLmfSVn+Oc'
    '9+cBLam90+fbC9IdWsmYJ3X9I34bTYPy58RHP7Qq6gxH/tJ9p7rLbwNoI/NB9YkUnK1+3xW9/bnsLFZ7RD++eUTHDMrnY2r3HlCl'
    'NdhN/cw2/iYpRxS3G0u4cqkuYRxb/EiIT1zKuSXFtLSqZHIrRo1ZkvzTunxcOzT0UtDgNk4nNm8TPIYJlkd3HhpWcm7XAQNMSSrA'
    'byetzajy5+CLuj9sbIeLNZgC9MndT3wJeJ58YWmp/WI5oTeMF42LG8DnMiq4PogOl5gF35WJ78kUH8brl++MgOG38QXkNZgCtB9c'
    '7ZyVEuA9Jv5HE8yZqd2i3PM2qMxifqVcfXwvI30hjaXgm9gXx7Ay2Wxql6LHJEX2Uzt8fxDPl+w6qtGFPsLmAOuH4hX5Ifrid2iu'
    'iONZQs7o3WxPYRx+E9ipG5nfA/c2yqitxF/apOEbaY3eNhfW0NR/OG6IqYiCBW5Wcm7UMGwWz5ucBB43KAf0co3v5VQmC0YE37yE'
    'CS0nTnllme2urQnaMsPOhs2qNAYkFwHjZYotlvS/Qyo456ptHmxn/22IuL7SHAfZo03igfiZIa+Z7+EQnr1aebkVejQ+grwFxien'
    'OcPi9xYrL/9qryW+LUjftNUrnWcum0HruSimvjGg5Dy144wPOOu91GB84xo9Rnq2LwIuK0fkpk2eYE6bNxuu93GqNB5xRMAL6eIT'
    'pLi4nUqO4ZuvWWNTTBg9J/wU7BFvdnk+YJPxOvtsmeE6265vJeeWnHOrJHNTh+6G3Q/SDI0xqayBvAYd2qmOtwYtSl+fjcdc0zjC'
    'MUNbmqRXtZE1TxHcnpT/iOM33yRYu7nCO9TuVBOAqTeVy3ycPeTsg2PKsu/OYRjlXg3OmsvYN5msX0J0mHLLcr5OtUqfI6ccunyU'
    'GnmDGl0xL+hUupwW0z2WIc0YJLvuHPg3+oJQPt5P1ud+ZV8TjuYc4nUwewhmpJb1bQvTwc5V+toA4wG0F3aGPMlQl9LVkUf8ehPY'
    'MiS7bUGwS5noIy2Ejh5kON3HAKf7qyqvj98BTO+3qvz/f5K9uw/efZ68u5c9890qDw+sCGaYPvMoPPMbS6xwkL1BzWB7w8VAK6Yx'
    'X70aXnh2gtgzzIeXpH+iJ4JNI8VsmClif0Pb+ooaF5v9/uLveTUyeGIFw3C/H67n1Zivr4QJXwnXi+B6Cfm/TbvvYe29i7W3Gq6n'
    '15Ty1mrGW59b5o37uWV2turfAO6hGa77AFtxwz7vu83EjtwA33d+nbrgTk1wpx64Uwt8pEsPZgmqIT6pq3SV8vpJuup1r5/5tHs9'
    '53KXZpYCvTh/++pHAa9WAN/PLvea75LbuPd6t415AW08tt6sDR3tLgQ9so79SnNWv8H9nvOtez6l1GufskMRmcztJG53gzw255vO'
    '1fku9r8d+l/LfvcX3/lO8fet4u/ni7/9xd8PFX9vK/5uKv5e32Xe7/3w/e/A9S24fh6u/XD9EFxvg+smuF5PcNZ1ZG/UE5x6fXGs'
    't97n/249jN/5O5UhNRoZgrT415vd67lAC/8yURonpLMB6+hkrvJiuejvmmIf37i9OBcfVmrjZUU+e11RRm8Mns81MK43ANvsvOtc'
    'nfcnefV1IOs3htOpQyNtw64NxLF/OLaPQ0C3e+D6QJcdnSLdOe3q7CsUY490vIf9/wGy7ouh//Xst7W4P5ePu7S0H/bad4u/fw90'
    'akuvdBytgOddPu6n1/1s330Xrn/P6NaEjjOEHp3fl4vf/Lc+fz9ehn44f+e2LvrdN4T+UByy87efw73HQ2xcdQQztJD074yikP/h'
    'bf7+nQFxAs7f6T6r0+wz7Mvdfe713QOl/dx3D+y9jeE+qDoVHP8zfJ/HB/h3Gq/2yxud34WuV4bMx0nbinSb88+H87dJes7J4/7H'
    '/wKYJaE/WeDRf7g7XGeqIv3B30vG3PnsLvKu2gGZrp1ncN4nfa7A55znsf3rlT9+sY5BbJNC06aivppWs+qnI+R+hvnmMfbsCaCH'
    '/aPu9Ungra+t92KYJvGal/l1ohUDHi9GLC7qQKZt0G9jzPUSbGNDeBttDKdF4wBp/3ic3wH47j/8d3/tmKC+/+IeeQwLgLbXwPfu'
    'HJDHxjEBlP9hXOpknZ49bqwg3U/O3zCG0CrfPWCUf/mQHd8svOhhadHfh/dQvz/wjN8njXEAGONo08+WZ8xkRYbN1XBxXp582D9X'
    'wzBXzt9t+uDguKW5WP24H1NN8R5de6P123nPmSvabx57GgXvzM+7KFuRdxeKdPD1J4rtFM9kXc/LvLsAePWvA37deXayf8+b+cdw'
    '3l6B9/c8WyqD6BqZzF89mz/1sIsf9wU5POzhym3mLwPzd8VPZ0Ysdj3Mky7GaKWAAcR5yrJ5cjDhDh5cBeDEOfaq+6B9/CI/3yhY'
    '3937/XHR1Cf6CMQ8pJ7yPxNHD9sPNHfzwVKa23PAz9NM9LC4c7kuxlxivz8B8RXL9pXGA2LsxVmPl473byAW5G92B++xBvg35his'
    'gvkYfdiNR+F8ohnuYbwK5Q2me+7R570951yfBR6jLOXbrm/DeX93+Pqd/S1XDtJxOH+j8tGWZ+w+WDqP1WweDxT58kvF+bphf+k8'
    'HoAYlZdgPp1nosTfqWfCecFvi99a/S3/938L33f+bvPd1x7xf/+W/fFoHGOnPifs20887dFIEB3XsnPK5Bn0gCfb+ZkW7yHPwO/c'
    '/5jnO6lX/hivW78pPythZlPKq52EfTqvuE+vetyNUbtmnyx/zwN946rH/fFszvM2a3Qn7I2rgAff/aIcl+bEx3EazjIadmy5jh2X'
    '6izYX2rnjaK/7Psx+H6esYxVJXpKGO07suUlpid+9qC392y++wWQV7fCuK950e79B3aX8iy0x1cxe/w3Dnr9/YZlfB3GXjaX+Tt0'
    'f4bxYEf2OnoqXYfFEXKfSDyE6nFcTl7xGPApgb/g3g7T5RuI74LuDRzTLQJ/57GIt0Tk7xjD+u39+r1L5/w4Yj9a55wBH/T3ax2c'
    'C52/25wLMfZV7Y6u0+vm0Tkn3FvkeeseLJ3HPdDfe4EnrnvQbh5x/lf/1O6998B37yQxrmG8xskF9NmDzIf4QrQY2XthTjsO+tej'
    'TUWjp/thH6SeLpUtzpqtIGd5W11s3ZMebWKunLaYbb30UCm9RzkvOvaM3zHdD20cv7PU/SR5F0U+/+pJvzw4/RH93tZhYeYc8cZD'
    '42npnuU5jOie5bmPpLMXnmmWwJnfiYOlMbFRY4N1skg3JnrG/iPkV1qwaWr6+/8BtZzK9g=='
)
