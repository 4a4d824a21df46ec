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
 ('[0-9]*[A-Za-z][A-Za-z0-9]*', 0, 32, 49119, 43, 0, {}, (None,)),
 ('[:：・／/＝=]', 0, 32, 49162, 206, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 49368, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 49574, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 49602, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 49622, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 49654, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 49816, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 49832, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 49944, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 50150, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 50484, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 50680, 54, 0, {}, (None,)),
 ('[^\x00-\x7f\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 50734, 224, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 50958, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 50982, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 51025, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 51287, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 51581, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 51599, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 51616, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 51645, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 51673, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 51797, 206, 0, {}, (None,)),
 ('[\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 52003, 222, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 52225, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 52355, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 52562, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 52832, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 53062, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 53080, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 53184, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 53259, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 53387, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 53806, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 53822, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 53866, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53944, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54031, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54118, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 54207, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 54326, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 54401, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 54482, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 54498, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 54684, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 54720, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54833, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54877, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 54901, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 54929, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 54953, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 54997, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 55138, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 55621, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 55898, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 56043, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 56144, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 56169, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 57018, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 57126, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 57159, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 57327, 48, 0, {}, (None,)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 57375, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 57568, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 57582, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 57610, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 57757, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 57972, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 58104, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 58223, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 58284, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 58396, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 58523, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 58644, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 58918, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 59052, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 59283, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 59420, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59477, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59596, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59624, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59640, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 59904, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 66451, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 66506, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 66598, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 66887, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 72868, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 73088, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 73207, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 73245, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 73278, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 73319, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 73340, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 73398, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 73424, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 73440, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 73456, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 73486, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 73610, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73789, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 73942, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 74137, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 74517, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 74572, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 74686, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 74983, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 75161, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 75218, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 75275, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 75332, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 75389, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 75450, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 75507, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 75547, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75730, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 75890, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 76101, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 76183, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 76323, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 76353, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 76501, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 76716, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 76813, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 77033, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 77355, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 77541, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 77642, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 77668, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 77692, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 78202, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 78226, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 78250, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;){1,2}\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]{0,2}\\s*$', 0, 32, 78271, 413, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 78684, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78825, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 78947, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 78968, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 79159, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 79212, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 79231, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 79402, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 79474, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 79512, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79591, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79747, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 79903, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80748, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 81176, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 81566, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 82407, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 83045, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 83889, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 84035, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 84226, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 84272, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 84518, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 84596, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84808, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 85040, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 85151, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 85398, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 85667, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85791, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 86413, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 86491, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 86860, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 87083, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 87146, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 87211, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 87309, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 87378, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 87466, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 87533, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 87623, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 87716, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87819, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 87968, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 88556, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88762, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 88961, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 89054, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 89401, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 89709, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89838, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 90085, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 90453, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 90568, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 90857, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 91045, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 91390, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 91901, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 92359, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 92521, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92728, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 92968, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 93258, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 93645, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 94209, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 94476, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 94951, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 95022, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 95117, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 95463, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 95538, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 95684, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95761, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 95896, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 96009, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 96125, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 96199, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 96338, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 96415, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 96542, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 96912, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 96954, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 97047, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 97093, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97963, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98388, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 98898, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 99166, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 99239, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 99449, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99532, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99676, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99822, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99952, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 100080, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 100196, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 100699, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 100871, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 101126, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 101312, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 101499, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 101952, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 102173, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 102344, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 102420, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103780, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 104052, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 104120, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 104198, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 104509, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 104557, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 104696, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104777, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104867, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 104997, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 105165, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 105241, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105316, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 105446, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 105503, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 105550, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 105589, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 105628, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105802, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 105899, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 106021, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 106356, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 106388, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 107353, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 107433, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 107594, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 107677, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107726, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107802, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 107913, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 107975, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 108053, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 108158, 135, 2, {}, (None, None, None)),
 ('^\\s*privacy (&|and) cookies\\s*:', 2, 34, 108293, 97, 1, {}, (None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 108390, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 108585, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 108670, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108827, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 108875, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 109036, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 109198, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 109405, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 109641, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109765, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109816, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 109893, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 109997, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 110045, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 110110, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 110187, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 110396, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 110427, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 110502, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110769, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110807, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 110836, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 110879, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 110923, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 110979, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 111038, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 111076, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 111179, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 111268, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 111420, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 111501, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 111672, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111725, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 111841, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 111965, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 112025, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 112376, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 112427, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 112474, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 112573, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112749, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112817, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 112847, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 112924, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 112972, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 113016, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 113062, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 113094, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 113142, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 113194, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 113234, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 113302, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 113338, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 113362, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 113554, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 113629, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 113675, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 113705, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113755, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113829, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 113912, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 113972, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 114024, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 114054, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 114088, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 114150, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 114185, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 114231, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 114279, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 114325, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 114351, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 114377, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 114430, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 114470, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 114512, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 114562, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 114663, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 114717, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114770, 44, 1, {}, (None, None)),
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
    'Gvr5Ob19Oqy+RXTvrILAYT5+nC3+OIILzD8O84kjikEY1T9OcqdCw35/jzWjRGxmuQ7shHaPvjlRr5tU+rX8sHGi9GfQ+Ak/kf51'
    'k8zJSM+J8g54QPtEMooqf9BeXE3OvNn97YJVfI97o2C/lN6lSru/bxCpA/D9cd9dKs1yQf35NOnPv0K5Ch1e0mEeM9kc+102praM'
    'cneYP/yEtW8oWQl/QwO7x0Svt+weI0wvKHOkrTuzd77f+/fb0PupUmlBrmfKDb4QvKetVcgr49yxaZapsSivi/0Y4nXg8Kh3Dv2d'
    'leJ4nhW8p3icgj8mE7HfPhoegt4M+31oVrcBi6bZHaWnucFQj255A7khxDylhvEpwn39Jx03szkY66Pgf5I5GfE5Yevm/wnWDdBX'
    '2+lTBoZk6I+p8IWnmmXlAWOVHzVzVKE+r01VplJ2yWeKlo1ai2lZFUz/V722BH0vGPSK0Y0vJDiZ4OQowklGN1usxPeRlO8soR+e'
    'chh/Rh/emoz9iIy97Iwhi/QANUQPwGKpzQM5bAHYFmC4zC5/LbJJwDByKD/1S+b42K9D+fG9BxM4OMZwD1nn47Fdi1KXMba9n4vo'
    '45zT362NcVW5pp3r91TlgkxbMhEt3Jy53p7M22E3b2z9VQnWX5BulNEZVT5Kt8oI3coQuqUDj96zUt1jMm3rJoCTArjjk72vaO+L'
    'are7VtMeshrmJhn/kRl/bAdhS+wOWWyqCovHrkkRvoDZHlaRfJh/mDUV2bdaZnaIQTaVcyB9Swz2Hb0SupANgZdjzHYnU2q8jGp/'
    'RelKtymvkszfqJk/XXozQZPeBNGlmSWmS/nB6HQpL+DdWDznKxDO5yTfRGdzaWhPBfqNz/awXZoojn2GnLunybk7jQO33/Ji0Kvs'
    '4Zwzxd9o2hZkvLCPzEWh0v5ZlV90Fp8GfHxbYg8v1pPsOUQWQHIxOoN3xjqjOnVn/m9E6wWvuQWQjpvKv4nuUaS0bb4Se13ZPRct'
    'nXaZxaj+nrCwEhvq0TcnbN10C9ZNohcSz9Fo1Od1JnN2WM1Z0B10Zx6xX6YbIX1kBt/3etHZAQuzshnxqwWw1ZpkFftxYr6BmN8p'
    'Fie811L7gmK+pHC8b6ees4b+zgTcqyZ6PJ2zjcP9XMRUFtD1RdARw545xh6JPZGZKBy4OjVAFUAeOtNAr11m8fjiNLb5XPSNxSxn'
    '/pmPRt9YrHfm43Uy+tZmFceVHy/4xmDWCOpja5ndS64FOU8kS+vo8GlMLhZjvT4GOHTtvE/Au5R7GVJyY83MKLmGnysF0DL9rCnT'
    'RVRf7u4mR/v5UY3DdD3VVHlxxnJzHRbmja5OcCLBCQXvlQnSDWkZ41rJc+ip0MhTHH+yAMj2LqvYNwb7xtavSg9kqtcb6xzTIeY9'
    '9KOWZXTPHnX3c6ojd3gRe7GXvrLYryuk34LuYbUQvsNonUfQ1RwGTyoqJuj4VbAF85xFMtjxl3hzeWCHf57pN1f2fVMx/lUQPKtG'
    '9WL/y3mr2E9yD0oZr8pk0M9f7KXHbvLSPw54eSoFeY4hecL6RZbZEqasYn8FGJfZeY+117Kuf6J43Y0J31Mpwq6ZkakIT22oj7Vq'
    'ElEbxAGK/Pews7rE9y7a39aWcndTT17iD3n0zYmJv/NFBvnLgMbi8/Zyct5O6W8WyqWgvsVf9dJr7+P2CozvpXuS822nYL/aQvJ0'
    'oTxtZE9rgTxtQEuwH39VDACn3JssHjOgl9TRbxX7mm+T6JPfAekVCO460AexuEW4/E5FebeNAMeZvykh4QT1XdX+OkixHr2btKND'
    'MqdsK3P00Eda5nYlWJ84+X4v/cteD3Ye4VKrxWM+4nrrI/Aionvl1i+GYDzF6WFW8J7yfc7fVOhD+WCxMQfm++i3OrTGa6BPU6xi'
    '22GGr3Pg3w4MbL9TZ/ntfPKD/PzEIv21LR7rgfW7GdGcZuvwjcvJ7KjWAN87B+WZExFPGK7GPW6jJQ5iE9JT4HG1k7GNHItupMfW'
    'ZL0frnHAxvIYj9WYSao5M4FRyrnNGcwt42X23uml9zxQzMswftlJf3Jr9L3v+JBj1RzzWGXQcQbT69C5nRuif3thrGofBb/R3zEr'
    'X/iefn7KZ5rUUw6y0J0PxOvLU3a+XBDoIcuRnIbx9WKErxcTvrOKtLMM+E52f6XWKvYLVof6/Ba0Bsos7iu0A53F47RHsubfQdY/'
    'k2VZ6vR1KVo/9Ns8dNbP3s1C746Gd9MsbvuyUNKWhUSedsqNg34z2wNsb/B2YgvRR2wcVglsD6rJmJcLeH2KK43oVJLpmJsjwMPr'
    'PUz5emhTk0DmszXWy3Qy/k7+BniP89SjtlI8zxjgOa3nLQp8FpWhtFK1T8jaE7RPLArYJ5qRnv5vN3npJ78N+8BjXp6jgD+msEXy'
    'dQOq698fBHg/8b5VIzi7oR2/h7q+cLeX3vrIyO9fbyHzF/U+C77Xc7FVLK+XIfpxMcERWXso/WhWrJMKwRoVnS0ynEujMRHhHK4r'
    'Izm7xO2l8JmPPAb/EgT/EoTT9F5LzR+t8xw0tb37Lb6nTrJ3qerz+eb0Ns1bdW0k2PziNYjXPVtDR6K5NcHnMGMeZEfpwDoC2lJB'
    'aEiTRJe6xYC37xDoOzHOivK2EDmgXQKD0oVa0JPVwbcypN/bTGQKrPvrDJA30giuyD64S6LX7UIyDW4Xs5+pI/kvC9APU32t08aJ'
    'sD+yMqr5MNE34/4H+WkR4Uye8LndSL/swP4hkue70HwHtQnDY7hxKcC7GXSaKh34LCSXmqy3FewsAqVOvR9Fa3qLZB5E/WDz926Y'
    'QzYOqvnbRtI2jfOIrYL5aEH4xuxzGwnsbo1+6JyHnG5xu3q6trvQ2mbrQ2fsaNkCzMkRBrrhPsFaVpVhOrrxQLtwe/oCaJ3oDEim'
    'S2XrqQnZH0xB+5Xz/gDCT6fN+6DMOPdlKp3J5g49ZblcOft3PldRmauqrmFPobZmhJ4653/1pYDsDszfXP74b8U+avbscdIve8/5'
    '53/FTX8+Z8mMN8xd8Mb/Peuc87/15S/Pgc8vf/Q9X9bxePfdK+5otq3M80P/vMIB3T2RUxSvrn949Xz5vMe+jB5n5vbE6plz7VM6'
    'fvTulH1tYr++7Ht+ewf+NWgN3jn05/z//EGnn5b73/6h/553/z/03PHCKwB5cPCvvvoMTGsVz9sE79z6p2oU1rrhJPYUKLPPk8m5'
    '2CfPfKQDsELIMjMFe3EO4In24pkS/qmPpLskNNhUB6ziK34JOlSdPV+1F3QjGq5qc4uEt2olvF2PgG6HbaPT3+tAxyCzR8B179Ds'
    'By6jM69OO3YjXj4uuwSsv2pFe2KLpH+6ZxFvBLxVzX+HpP2m/aBtwHzBNmjTfAG/3kPmZAH5voXwe0cAvxfWjkKnnab8hEw/3IB0'
    'D5SmHGnQzl7JWje5M7kQ4a7OOR/Fb3rG1EnWBj5fjArfVCaV2Tjo8KKi8kFyK7W7wWdturS/C/HYGNZlkjMGjIOi+wZj3VeIzt1r'
    'GtfM4Sb1OCC1l2TZuQ+mC6L7xDo+BXPIrhrXkUb6r5cIDdLRSZrYdZnIjDK9Tavl92kUBJPZIX4Fra3tBmtHtN+Gqf+DSLbWrT9M'
    'PZci/UBHAA0JA/vNiG/oiAjrNMBbka5jV0iYS1HfdxJ8akN7bxjYRyD9z3aFTrEjZB2m95FFfH03WsMOzPNT3liXYj2z89TyB7me'
    'nL27+nbv3SSkV98H50SZvVynnEVnSuwON3v36v1+W4nJe7305/eG84fm1g9wa4YKn13isXlkF8dN9i53jvduAeqX885JP/sxfl7N'
    'vhXgftBLbXyc2beTtnjpRz/ObXpYPXMu8o/z023+ce44zz/OS64thptC5y5nQvu/b3u+05g8hNdErwEem46/jk+CJoO9Zhuhj12E'
    'LlG7v9XoLDzqXoLhzgS4uvy6bnsLyMasz9C20fn3etvTA+jY8FIeFv9uGUGcCMqH/a64PNTQP5ZJ9OCbCR8w2vvyGMj9uC8HDpO2'
    'fwnOREpBH5gMuSbjpSshPR7SkzMevpczOpuBfW2yl75nMl8fk9H9k9Og/OJM8XpZB+Xfjcoxn+c433LId+Vkvq6cNunudTUhxgP3'
    'ezGkx0r6QdtXAB3hFMR3YPm1zYCe0XMYEV+IeZspMPa43q2INurUi+lTl+AMFNcnO5PPCuS0PLJfkOHrbGq7sBZASm5XMrgpBVwT'
    'PiVP9pIOcma/BOk/Osh4zBXc39pO8kxDeXokeZqQDX8L0rk3I/u6hVaxHRLWWcryyuYrD38Yb0rlR0wmdzfB2LDvQbCxTorajNN9'
    'vFcg91Bbb5FsbXqWq9KfUX2X6D0+fxXp3WZJ9Pzdgr04rN5fl3drR3akJjxat0C3KrLFr7WK7zDq2iUE6RC7kW67lug/KD2l+FkJ'
    'cgZeIz1EJ6tqp0if3YD02SLbIR3bmG0EJzsF7a8H+1jc/p0CfGskttN1lvzsbBfBU2b3inG2krStRWAXRNejTEfdpjEWOzTxoZHo'
    'I5htEz2nYjZEInveOmiLCjfpuHUK5IM6GC82fuUS2rSdnI2q5K1S0YFuMn/TYH3gddFmQE9bDPC9O+DeWV6whsus4nusNAa4iGeg'
    '5Ry+QVUu7Bm6TAetayepy99E9V8Q0ttBelSfYeyPy6KjVnyAoXhMbLt1eGiKSxUElzIaNrcLLX1fT7rtKhXcoDsqpfIN0QTnCjaS'
    'V4v9MqcOmyet/2RMYsHa1mBadD7IH2PfgwLLJv2nIFiaUe+hVSdrS2utDLfPZxMfzwtjxAeL4IPuuQj2F73JSuKWSPfqf3H/P5Vv'
    'tmakQ+VvSMdfd5gzr/lIP8ferUb3ILLIxp/dO6tGfCy+T9kFaSvRGeH6dlvhzgJL0ec3Cvp8hqDPpwnaf1KIcVghKNOvKNMMdAKX'
    'YTJxH8l7JJExagV62AZBnjaSp1KQx9G5i/SrIzl/bxPM38WC+bsAvfu2YO4/tMQ/944/Tzr3iyRzL7p7oZp72Zlg0NxTe9SguW/W'
    'mPtmjblvLsHclxnOfS2cW+D77dOs4hhNC8B+IYvgpVH5BSQ9AfpyjuXZFTBdUpAuAOuM+ojOmd5zY37mqW8Vlf6gR6GzxXo6esf5'
    'BNTfExTjsQbh9KwQdhknlHBPYjT2/9C7hqneu7+hd+Pg3QuIb5tK5nkqwPqtIM/0qcV5DsAaxWc3QW12yvzcsRtBdMmkv/UGumnR'
    'PVGn/q8hO69eiR11t0BvK7rz+e/Ipn6zpKyu/b6o/iDbB4zzA+jMt80y80NE21yAsZpoeG6iq+djdZyJ7Nj7Sf9bNe5KsLNZqqfs'
    'J3bBnRHt3DskdR8JdnO6c9oW4o5IJ6EZOue1GUM6IpIL51vh/RougfQ4y293tdQqvreaCtC/it45OvvjQ+pKZTEKdWFQn4/D1ed6'
    'K5rfR5keWmfPMqHP2P/IpdDPhkSfJtSnrT0M9Gl16KziPEN+p4zYMxyyAVkX7JTbKbMSrZ3lt3nps7dwe41pGudvUWwaVPfoahFf'
    'ZIGPmX8GnzHX3FQsv8tihwXFD+szpGuJXskXD5cc4sSrV9KdG2ybasIfy/Z1U/od5IsX63FNffAG+d6N2xdc3Pg/xp+UGP8NHo2y'
    'w6W/qiX2hlHrsw3LZw3LJzHKA2jy1EPDGiJGeZOWrh/z3KssuT9CnbmsQ/LG5VCe6dNaYI7fAvQymefhnWfma4rNGz0bpWeOC9A3'
    'KyAv9bNfp9irwtCHNQr9BvWpoNLhiHwaUP2Hrh4E67BYuwYM7bewPveUid76E+mveg30Rs8K9GjU3jOKfofC209+b7Xk90xd/f9E'
    '76yC+lmQ+ZKj8ytqQ1hdlmgOdfRNLxAbvMebOK7q+N/qk+Czzvy2CO5RYTtYeh+sxWAsBiT3m7ZaxTFWPtXE70QF6R6He+7C2E+2'
    'D/XlRIHOVUcW1rUXF8neojtxw62TbW7ia7GftE1nLLdLbPqpXXu7ZabvFo3d9gCdPvaj8UIjp6MDkr5RnzsDkjtAca2tKLbGbYKz'
    'Faef30H9fDnC3MnoyeYS0RNT2nrFUD9fB+9OJPfPToD7Z1dN9o8lvWPnlF8N99hWZPTu2bG8LBX5WqFtcPIuQfcHddu7FL7tkbQX'
    't2kleu+M0TGNnh0BpiEHNe8L6J556fgf04Gpi5f4PnbY9eOMzR8n8LG5J12c/1tp8Hmd5vXfppHnh2kOz0lvhvRr6LcIV0Swbocy'
    '3yb1fg/yfgvdQbmJ5LkL8vwJwXuA5PkB5Lkb5XHqcsbmhgmejhjT6lcJfd0suF8joqVdgvkT3fNqMdhjOzTmdyfqQ7fgTpKTbrSD'
    'Y5XQ/UFGG0vVh1MneGdHovPP7YQXaJG0HdsHidrcJrl7tk2znZiHn4TGvP8w2XtoXJrnxvM+lGL/jLPtz0D634TXuXU8v88fdf0O'
    '97r9p/HeGW9UmRS3tU2yBjot/bOtLsk4UPuri8Z7d57pvTuMay8JbGqCeFgTmadDwbMyP8WLhtq5nNiS4TuMuD6nHlYvlWE6JXaI'
    'w00rX2nwdFSmd5R1fQ+I7szq2tn0Cnglp80/beD6gX6JLVGnRvteIO3bojm2UXy1/oG09zmNM99/aeBre7TKUEFrZhNqv67uMQ49'
    'Rto2n0/RGlna4N0vGa72bwvQG6naWtZQrA/U4UFM1/Fw61UeGcftLnR0DqL95qDCprFXYuPNfBPcPM5rf5z7q4muN2jv/MA4zyZY'
    '10803c9LIau4vpDH+fcWkW5gsaY/IJYXt/1E5FMI6wpWE9l+FfHBcyr5vhJk/2OH2jxjGPjnVgndaCO2l+OGuT0y3SNrzx/rR7Y9'
    'dHx+XO/duytFvG4dHsaUl2E8zGdgHEdqzdK1umuoPRsstX5NZ42uNdALLkbrUxc+W7NrI+oDF2vqFV3bv3pO/0uhjxfxETo+AZ22'
    'VQxT27pDtO2/6/x+/4eTjjIe9K5hake3oh2frePxedhavWmKOE5AF+GLWL4+CT/wMoLr1HV1XfG5ou5dpqg8axTZYptALnbv/9Vx'
    'HDeJZ7DZQB8nknFFtJfKN3PruL6x09KP49VniX1HdRvM2RaDfjF++h+1XNcyWnVF7l2tWj6upRqbzTHSuhtqOY6Wwh4myh5x5TC1'
    'Lcy4vbmW85Qjrftzz/9QewZKaBeCfWGKdIGHYmHUend/HDj/lfXSxyB9FNJfQfpUtvjO5D74/RCkT0D6LIGzH9KfZ706/1LgdR4k'
    'eVnZA5D+WlLns6Tu5xR1/gLVOTcP/rAhXQzpeEhPgPQYSE+EdEa+uC0zyPeZ6LdT520F7w6f8+6IGohhDekSSCfViL+vhLQM0pmQ'
    'boB0KaRzSf6GGri/WfDzJKXAL7amDkjwa6BQfO5hqjMS5dloD4/++vUFPx8UZu8Newd0XqE0tle6fG1lietXyd+/qxmZ+ln/f1zD'
    '/RcOp15SpBNgvOqXajh/FfaMaDjWzu4aTm9nE5o3EdJGSFcQ2rYW0smQTod0HaRTCK3cADRvIxqb0WwPtqJmZG1CxyO8NpHdaH+o'
    'nUNHgN2DCl+er/b8voa55x/3mdKD1d7dsbDx7WT6MVW9X6vmZxEjcQ7gtOHD1XJ9ZBTZXZcf7ar2fKk5775pYG91h8KWCuv/vgPf'
    'ToH0+0f5x1Rk//UgqeNWyPMwsdfCeb4LeZ5Pq+tw4/BVe/6LRmv/sS1d1L6+UOXxhiobTZNzmOHS2d5T5d3XwXITlZcek8hNKnnp'
    'KZBZvoLq+C2Rd1iZJyH9JanjoESeegzJVe75P6pjbg72a0iXQHo6pAtzxXWwfOshPRXS5ai8q/9HdWRBRkrlxTLUQiJjsfxMZpsG'
    '6WmQHgWy1tuqPN2ney+K8BtHEL6iAdLxIWWrUwLqmiKpqzFkXXNRXWH4IlxuGqTHku8LoK5CFd/3hut80qn3T5XDWy/bax6t5DyH'
    'iU8hER+kW1amg/46GoO4zsxbNfiuf6nk8fFKdVa/q7KYrymFrvU5hR3DhaifpbA9duo4sdKLa0P9XZneMdOVT49G+DvSd7MshL9x'
    '8osq/dJ/VfDYkWH0LDJ7YFf+jxE2Ha9vVvhjs0W5cxAER3UP4afDwNdeVuHBGY28ntO+s2GuMR90ioLfYfkWQLqI8EvzgP85DsEW'
    '8Ui4juacPi/mwJ5ewXkrxgfYkL4O0vWQpkLyIPkKTtdKuT+zdfeHvL++UtlDOPU9PEz1MZr1LUF9peRz/g3Vt8kKjnOzydKPYdMn'
    'saG+PM/3+zj1Syb6pEtQG0biTN+NN5rn+0fcNlUz8qXnqTYr8Co9Am2ga+m/ynk86i4y1vsl9x7r7GIbbmqP+2A5j/kdho/T5QG+'
    'Ue7nF0t1pu/U94lhqo/NzTs16jOpR3Yvjp2XbRym+hidO7nE9VG6Ojum+rYRnrqT8NoMXyrL+fqOUt+AFf6s5Ldl/rUYpg0q+fCh'
    'Mn9fh/Netqv/L5PLG6a2wHRtfLIEsNkcXYnGrhT31loVMFz9XxlfG6W+O+fG1kbjOSCxL7rILv69lcA8whbLtAvK+J2gOM8A2L13'
    'nTvzuvfSU2XcD/90oiemso2uvPSHHJeXdGUaXR3n4wj2SURvOpfohc8whH1HjvvsjktOUvEczwHOfC7Hfb9Hsf11YH0ox23URuLe'
    'Io2N+XY0rlslujiZjXCYOxkMfgFwczyp4yWy7gfQXND7l6L+rEAwqQ+NdtLPNoWulc3Z1BzfJ7dbxf5ZWg14WNlcMLqXQ22P687t'
    'n7JymGHvwDh2gpOs0tpOOfXcXeJ62J5wQ7b08QBkY/lP2ZGLRbA1y+naZaTuL0ruLLA2XT+lWN56E4IVJAPq3H9Yn/V8A49mnzFH'
    'CNo43D6QVOfof87w9bOW3KM8FtI1BO7rQtTziwyPybGZ4PlzmjLCfRnPpm24bJScOr+c8Xy7lsIWyT3/y/A10U7K6N5rZrCuQOMz'
    'XPdNNqE6h8MnoHv+j3CpJ0BHGYRLy9G8xn1258CfjOD3KniJFoO9gY17BuENlSepnLhDwruwvc2hb03k/qVs7R8fYu0/mfZs4UeS'
    'DhaALteFvPfwMNjrfAnBYGdJZynOlNYhOcuB8fG0N3fYrmY+uROxlNjlHEO+TwO7m6sEsMLcq3BgdSNYM8n9BxMbYlf/j8bpkgfh'
    'nu/9xePywx96ac83IIYixLq49RGw/0/L94w2TRv+VWkedyBM/CoZPzgjze96ltKmwj3/Q3XR/u+Iiedk4/W/KT5e/aTvOjR7h0TG'
    '+EUqekyu+1Ke3XSQ70oVjTnW4N66Dm37fIrHbjnVkA58NMXXiI6dHf59aP0jGGHt9i9N8RiXqnVG18EmVLZVsA6CbI3PTUWLLUfx'
    '48SUZwNTKj1Jv6TeaagfUc+r3LguKc+XvIo3YXGpXfsfQRvC6ukdeL+3+bz2CfS5onll53e/RmVN1rrr/8vmfQ/Sk+O+34Xq20Ha'
    '2KqwX7rF5uvXxG7VKXN9QNkgO1SnzMdQP1sVtgjM3ux9qIyOP3j3/p/NY5/q7DmdEpzssIvP0uO6R+je/7fDxd/sousfxkf3Lq3r'
    '/wuV0eEJnTIzURldnXoTKqNrU11p8xi3QTKzu/5R3lbFOfRfLHVeth6dWK2NVvx+nlz7X2iH8/1/z4I4h21e+hKkL37cy3s/yvvw'
    'uV6afquXPg15j2r38t4ekJfCvUWQ98QBcd7/J8jb8X5xG/49IC+F+88o74tbvPTrknF4b0Dek+D3RyHvO1FeZ9E6ac15/rIFoK00'
    '7zUbxXnbBHlPulyc980obxvkvbZL3LezUN7dO4BHOUvct/WCvGzeaN7jBHnZXNC8C1HexV/10r13Ag6DfDLzVrD/RXn/4y64974X'
    '7snf7aWZvbD+UV6V3FON8lLZqQngjr9fHL9VFbNVJ5ZMGaHZTH+L4yC1kW+mcZAy6Hc1fHfkjnWAM86/h4bd+g0qQ/uWitC3btL+'
    'k9G3TtRHFguYfWN3ttmevEIwJkxPtVDwjZWbLYB56CzJ4nG198O7IwTzwuphseRrgf/B/Tt0lxzlaVXMoSwuUW3I8RbFaGaxLoP2'
    'cxyHfFZIPDPVDVO+w6Svp1ny+OA6fJdu7GaR3KDbTlE88e0SXapOjB2Vr2Bnzt4D8zfcY6Nq10bYG3Tlvk0R76O3GvSjN6axd8Z9'
    'RgRbuC5L349hr0Z76H7VBGvcArxNWcGx0XIhaNBMCX4P2MU8cBg7OZ01so3w3/WN/N7QdtKmuOxSthHc7ZfIAk7MjymStvQKzhPi'
    'qvfhCf67UyMxL05bvjrBfxdIdH9b537PnfDtcXQerIqlonuv6Bb49pDmvSIWY+WONLcrc/rbO8GLHY/L3wvlHzPsr2mbcFtY/Jew'
    '/Vg7gdscdhjcm+gi56u6ODtDUh+9k6hLD1T1lQvq67eC44pHqe/347mOR+angt7Z1IX92HjPRlX3PKJHwuvQGC+6+6R75y9CG3Tp'
    'j6h9uA0fHe/NqaoNAyHHo43w2TvHcxyi+rPtJcDZixEO9UlwiN4x1YW9fjz3f/9NA5pqcldyuGlxYby3D+r4B8Hxs25Px09Pf9/g'
    't5/tJ7Yp/Qa426dZxr3z08DtkFoluu04aMA3UB9bNfnhuNb+x1Afqf5+kxUcq8qkjwMB9ewIsAnV0enjs5O3oXq2acokYfbdU9Gc'
    'ReWL+yR2rjL70tkjUDezfS5v4Ha5nRKa2WI4li+M4/0ZTtnD9fk7zm8jHbes4dTzXdTHLsl5rOk61l17n0Z97BL4UoiLllyJ6umW'
    '3HXojqE/7VBP3Hwb5VPOLFE9dNyWAW7o1hMn79dg2Me+kH18uV6vj7sk97OiyPW/qud4eTPhTb5B+I4HNWyp75HwKnfVe7bVlBca'
    'TbzdJ1E8lTsU/jtwX6mNeVzt6avndp6bJXIGw6WdBnjPbPIvqec2qaY8HKUHr4sAi66HY1C/Ww34FN22Tglo64AhrMoIsCh/9re6'
    '4n6b6n5V47q/zt/W50LCehDBalPwPCoa9F3UbxmfvUnBb8j8jLg2fxrww/LxbswvNBZh4OM7zTtRW9slZcPoWdeD7c5GBD9uHZwD'
    '/zQJ/Dh0bm7MTwH8uHRsDvzGOu9+hO65T1cM8t/LtRx/oujxHFjP1PL7HdtC7g2mOPWjiHX2GZwBMJpxE6pzOOQ8p85r0TyJZAWT'
    'fePyCLAoLd4aAyxGK9+ExrVHkCfKearIh49r8z8MdVLe58haj46Y8va645it9d+hieoPvSfE2vzvQmnaYbpe7yr46WrQWtwl4XtN'
    '6vxCge8VcevSHfjXFPi6i6I7d31+Fvga2EnGe0CTBzbFjUvQ+ATV6aQX2+bjvx6NT7UtxiXZXTdKI5ZEgEXX/pQCl/Oo/p2eBwfJ'
    'brpnALelg+W8l2v88j+9JyO6w6dju3sW8QvJ7gyfATa9vxqBus+Cur9Xw+9JtYQ4tzA5r/gPQV09BrxapwE/915BXf0h+6eSPbYJ'
    '6jrKNh/Dbo0xPLvGf78vSB9B79u6Nv8IhkpWapPsrQsNYIj4cnf/DwHjAIFRVcPv3snObXoN91cH7kvVfrjPxQB3P4LbLqGVXSHk'
    '6x8J4MpkVpP945sILo2VoiP79lpi3+HXIbhbJfJcmPO192vADaNf6K3muGoCF+sVWjTatiMETr1eALff0r+31Cm5f7oCwY3rrNKB'
    'exQayzBndA6Mmmr/XeIDZNx15GidfcuJ+VGneW4kkzX/KwQMKmM+rAGjXwHjTgGMbYZ9+ZoGjBcUMK4TwOgzHI8PCWD0a44Hoxe7'
    'qzwcjyoTUb5+C8TAKPV5krv+q7jPjgMl4KtU62NeFZfjdXhxan+j4s3HRYR/uwL+K5X+uRL5OtKxE7pHUdf+Sh7jcnFG7ZdjGfIt'
    'r7rDb3KP8PuVfrwX3VFcgXzX43v+MlnmhpjhMjnFiflBdRciXwWrYpTL+oexTtbPCyv5nrse+WRR4Qn1Q7Wa9OWkmOGy9s6v5L4U'
    'HiJ3gZ+B9Bfk/cPorrB7TwvBsIm/Bfa7hvj9zyD/lg6MCgSD3SOfAekcSKcqYPy9gvsDoLJwt6Ec58B7WgDPlC4X7f8CeL0KOySR'
    '31hmw3+7AF5YGdmBd2MF9ynA9lvqT3bAEvud/5RB2S4io3wQlTU5B3X3fzQG7Zr8oihGO5vzDtQWEznBKXORQVkqB58uKHtQIldS'
    'Xmx1BY8zxMq+bKBz0eGhpwfU0RVTHXk0BtuIrH6ELT5DYPj3cl6/LMW/3+V533TGy+QMgelLH8lzPO2U4GKngb7g+6i/nRLeuU1A'
    'A13+H7VluxUtBolr/xcAr9fQpsz1+YH6JoM3IBnny/J+Hy5tgvMKPF4DUPbtqKyJfty9829QluLf6/Oc/x9untLl/1HbGZ9wIuFv'
    'Vkj4kskhyjLeoxrhjcrvlA6/9/fyeOCx9j2N4J0l8Y8VFOeJtu/hmOCx9t1ezu+VU97tEfL7AOLl3Pt/qOx+CX/3Gwm/91lUlsE9'
    'SHhFWdlrUdmDgjy4HQ+RsleiskeDr5mTSeyqDbnimFYsHmgvKjvbsOxmVJb5vFlKfN4sIbGzToWy56Gy1E/OMhLzi9Z7Ciq7LCeO'
    '1SUrewwqu06QB7f1dFJ2drnfvxsbm3WKeptQ2Wk1YplAxr/nUVnq/34OKTsd+WR09/8y7vOpJYTtN/Mr8awATk8IOI8L4OwIAeee'
    'Mr/PrH6Jbo7tRd/WKEP3oC+jMm0B/Cbe9z8jKLOL8CSvkv5cW+b3rRTEp5ucGe4yhN1lAHsT6qssHkAHGZ/zEQ5sDdEvBufkgLq7'
    'JHUfE1B3l0HdM1DMkW2a91RU8ivzz1KN+iXywSbCbUujDMXtF3J8LHT5e9G564Ecr5vypW0C/tS9/xNQpldSz30GZTqY/a9GGXo+'
    'dBMaF12+XSS3fVqj7gGCVx/WKPMMKXNljuMiLaOKt6Pqw1bBWBxQnMmJ4FyI2qhaZyq9DD1zXZfT8xlIbczoGloUEg5dV0dqwgm6'
    '1+3a/yNceFlig9lL6v5HlpdheqY/WOI4Jqzff9IoQ/t4EJXZaIv3UuoH/Yks5/PXZPw8vKmu/wdZ7kfxIcJvM575SUj3Aa/8n6gM'
    '8wP5Pwre/EZUhsHbr+DJ/x2VOVrCZ56OYtg6ZT4iKLOK8MTHot+uz19BmdNJbNwNpJ5+VGa2Zts6BGVUbbsYlTlVwuNTueANqMzp'
    'ueKyMr58naDMBjIG+L3r8z+gzKmSMrOz3FdmS8D5rCv/B+R9heStA9zBa3Obxn7M+AUb1RVkb+Ta/2T8eUX2P67+D+UNsutwz/8y'
    'vA+mthpuzL+Q5RkNu1NSXoe3ccp/XdBXyscye5cvBuTtIvzxpwLa1aXRrg+gumT6TNauK1Bd20PYWnWjuigfsZXQ/1ZJXbq+v84L'
    'qIvGMnldQN5dpA8nCPKK7GcKoC+keQ9K+NVmlLfbEsf7YOdPR8LYhLm/7PL/qK4B0ge8P7s+1FDeIB7ByfvXNM/LYnu8QaK//L1G'
    'XqZvOxCQ93gC93GNvAzuj9Oc9wzLLxTApqKxBHbI7v2/NPfP+iThCfYhHsSN+RuQdz/Jew3Ky2I5LhbEoXf5f5SX8gA07w6Ul+rK'
    'NiAdnmv/i/IuJ3zCbLTnu/4/UN5TBHVjvuD8gLx0zz097fcNSve0dYI89GxnZUAetu4WBeRh56qzBHl6qP2vIA8+03Lv/wvy0P23'
    'UpAH21+76x/lEdluufr/FM/TKjkfej7l+VY0uRft2v8FwGa080kCW+fusbv+BbCfI3nuRrB1eSfX/hfBbpPs3V8R5NlF+JbPozwi'
    '3svJ828BeRj/dC3K0y6R096H+qp7pu/q/wSwe0meHpRHZA/t+v+A+k3ur7rn/5rl+snYvt6wHKvveNSXrZI2LRfkofXPC8jD4EwX'
    '5HmZwJkYkIfBqUVzq6tPdNe/oNxODfx/0ebldHV/Trn/sfldqaj2lY/afFw6JXTyRwF5GN2+C+URnds7eW5F/dXljV39fwDsrez+'
    'T0AeRss/GZCH8e8fEbSxTaONVwpgHyBtvEyQ5yBpY7ddfNc3ytxeguoT3Rt2Y/6gPN0Sne/pAXnY/K8T5NlG8qwU5Omj+78gD8W1'
    'WSiPyFetu//bfrql4v9d/3+G5VibbJi3qPc33Zhfll4bqOy53+LjIrIvcfV/KM9OiZz1U5TngIS/+iHKI9I9uvf/LL6WdG1H3PN/'
    'BFtkt+HK/4IxUtkCu/w/gi2SqVz9f0AeFrvwPSgPlYuOgzy7A/KwfrwjIA+TwbaicdS1HXHXv+X5q4vLxtj1/yEYd5Ucx2J+1Bja'
    'CLv7Pyqna5firn+Lx1f4DdEPM/muQZAHxxiicRponqez/hgIOfi3bfGYWLalHw8Av69A77HPdQajDNa5CexLAK57rcAOflL22H7c'
    'gfmcxZ5aL9lj6T9Nh+ZEnkNvbgpAN9+WzJN4nqwo82Qp5wmvY7re0pZZjINk/gTzt8daS4a83LLim0LduYk6t01Q3ob31VBuPMrr'
    'nstBOmmwGC9yAd+j4hyDvRvSSwaHd2ziaINp/JFUiDaq9tc02l8nGrSd9duE5h8Roo5vG9ZB6VoZ5E3DHy4jghM0r7J6RfxKUJtr'
    'AvAwanmnvyci3qwO0kmAU06+NTBONny3JX1z+n68Zr8ZbrJ6G0Gvh/m3Uy0ei060jpohvZiskTpCg6qABuWtQ0jMzPaFj436ognP'
    'UsHD7Z4D6VsIfbY08PUo4N+bACZuVzm0i903nIP6IeqXbp1sjdRDnjzC/SzUZ+21rOufUONpDuFdPdkz0oI9o4DokdP2jaRtjsz6'
    'cSFfkXpNPwz3/uEtpUPP4OAVV7A5R8+JVoinCdEWhkO6cxckDzYCjuNvCyy92ItR2lRv6cUWTIF8jHH5HQHroQl0WjbQsmo4L6pg'
    'MA8jftUABdNmMsxg2lhwQfNs+hQENNq1i4K9D89lC+j/2FzWAg6Ms3j800N7wVqvH3TdWRKaKsMxW7A/fpvsj+WSvbbgod8h3+Y0'
    'hmIPOSvUudfQbvn9zLr+ASwe9/JGePcheOfke2QG+AdCuqJm1C62H7r2QbDucezTJZAeZ/njui6FdDEZUxEfK3qX6BUUa7JHqRoI'
    'eNQiLOUtZGshI+AdlsPcb4J0l6EcJctXjfI1wh9j8eKGz/abE4Z+rLE5T5dCvFA5oUET4CxjULM+Kt8V0aoA/oDRus0E7luTNVK0'
    'Rva8zYrypFQrqIbg4+WIV07m/bUx7/Uw94vRu7qAc5X5MZyrNEG9zjMF8lQjHLLPlu8NtP11IfjrcsJfT4cxmIjgUn4Epz0C3UHQ'
    'mbGNdI/17N4vSnGse3w+jFMmwwTpy0VyMOOfJi+FewmEV3LSV+8v5pXOQXnKB4vz5AfBLtnyYkg6786G9LyYzuIyaIeX7W/Mv8A4'
    'qOMsQWqiqxuPYE3J+NMwej9dPYhKf1VnCK8OpSnAgx4Yv05Yh1ktWjskZmXGOB86n1IYs3PIqgi0WPSkq9Zm7xwSaNYiPvafgD6x'
    'ubYD9KC1IIvJ1hDF1V7ADR3YeA2kA3T6WB+5EMlhlma7skBfTM8vaki+OPRFJvHVo8iVrJ4U/MnGlsWLp7SmzpBvq4P3snOfOniv'
    'ij8v0+3bAni2AQ3DODQL0tygGR1kezQeixziIZjuD/PAdQguwwNTOPUIh5pAvkpBmdmJLlmoSxbJDQIyGkqHF3SOmS4xHrv04ELw'
    'd3iJRweCdGt03RXgewVZE/PJ+YuOHUUp+9j0AS/N7hm7ffz6B8d+Hxd/1UuvvW9k+pgdhj7uuxtkmttGR5+HY14z94Et5r2jq4+M'
    'b8J325hddaXArrqD2Gxj/seEX6Ptqwpo3xRL7FumDfo/1QqOhbRJ4wzkOXIn5sqAeltKWO9m4F+pLTuur4fcDxD552H5deOIUbt5'
    'WTz2IJ8ozEZ+KfDX9E5IEBzT9m6xxL5I6P0WnXgFL5A5kOG0zjpfJcDtCkPc1rnjpot/GMfYXQjHrn5GDPXq3mVS3dc51eK+Xqkv'
    'z60x9XkB2NTr4LJqHDaVeDzixr/KAPybZ+nfw+uV0CN8z1j3HpDJHSHXHzXoapvhjAzXP9rbfglqe8th1vYFCEd2WGK/7bI2D3db'
    'w64bkX3y7gD+uFJgU1kGui6Rbzccb1VEL7otcSyWmZZZLM82Q/j4zEOVVzS2OQnt0bERLSM0SaYHE9kiB+nnWDt09XnuPc+hvw2o'
    'TAb+gvSrzH5oAaxtqhfT1eOmRkE9QfpXkY5UR7fJ8ldA+YzCprTOUE80KcBevkIgz0S9CyDC07OR7TSmIezMrhnZd00U6MotsDXE'
    'unJs3zsBYOUldykKg/wM0yI2txakJrDrBOeWR7bxe4zs3fpW8GOAzinvu8ZL/63NS9sv5fcYWZ71HxLnmR4AZ8KbwI9BAJx/XMB9'
    'FDM9/ytXFLc/L/jG+kFpGx7j/GDx+YnunqJr7yTDJ9cOcbF+fY1wfio6D8G6QToWWKdGbbaagD/BdujtgEth7VvHmP1IOrxWnOND'
    '4LNHbYkn42UofTA5v7YIDh0Ja+3SjRA/DH1z1hH+ViWgH2UC+hGWX5OtrYJkj3Bw9XMSWn3wFr7fRR2jvXd66T0PeG2pR9+uBf3f'
    'T27136/+201e+slvgz7vsehyoMk9kCb4baP9iPGzDFat4Bw0qyFrMvrm/F1G6FszGUdGw5cQn2CnE//6S4ivsK8g25HZxPfmOlLm'
    'VOIDlMGeA7A+CXsN9me2jLRnuaRdLJbAVEvs15T5ILsioL1HS/yOHiPxp9ppcX9mqyTtOh3ytlg8nhetd74ihgIbn7PRPG0gMRso'
    'zNmoHQW410H9xS6RjOm6HOcxxivGakNOjDfNkjlm96xE/udYHSdBehyZU9qGuZLyK8g80bXMeIqoNK88YL3JaB6zCfl2BJo31zKP'
    'M/8t+PaXNNf5LrCCY0SGhV0AHeC4GNrp+o4EvTaWt/stfwwGXf+5UXwcRdGRfGGM9KMXyTO9/7+9r4Gyq6rSPO/Vq3qpP6oqSaWK'
    'JIQCEgiYFIUSCAlgiRFRMURCEzD81c9LFVTlVaV8lZASMAgiCg7qaI/2ONNtq2ukO0nzu0xwHAMKgRFRUHSxFvZAg2sM03Rrp+2l'
    'LZp5t+7efffdb597z7n3vvpJXq1V6yZ17z33/Oyz9z57f3tvzXgkn0Zo7ijiD6M5FidzR6rSnIhb2DOXqtK8fTRX02TtCJAxNr4Z'
    'k3zM1F6D+7Nc36B2Jl6TZEcZbdw6PlgXwAf5uarTUjfaBu/Xwbj8GM7Zg/WpMv/J2OGHJuPiyoIfSir+L6peT/2qvcxuyvV66QyQ'
    'NJ2nyH3EcFZi2/yY4pMvV/cCe+ogapLpz8kmeDaOF0+zNckS/caRU83FnrR0ePdNsbH8O1XkO0ExZTSGmsa4cgxrUPyCRFtHO/2Y'
    '5GMKiq8KBqM7sxuGaHcxC5Q/VOKzpjcuD3WgjCUeHe072+GKvl/EmSxKlT4zwp6Zm/J4CfoPUcerF+6hjpkhbdP3mpWXG/gPSv8M'
    'Ynn+RZV+40a49//IvWHWt9eFe9i3XwhtjpNzFvapl+miOCc/JO/3sDE95cjeCu+q8K4K7zKOwcezjaRX1DG9Qq0vru1fuv/u7ir+'
    'uytcZ01j/IjQfnNC7WdY+1q/M7Qf1ma1cJ68SXmxqY3A62x8YUc5fVcRNyYny6RcYt0murkjs7+pSnPkmfhQlxK8BPVZXai8HDL4'
    'tyUQi9tG/vZt5fl+8G9rOkrPjRhTNQDXAlzXKtkPa2qrqNDo7KBR23W9kfA62xxTx8iadk/3msa17Ugy50ZY8wZVyS2myy3m6LR6'
    '2+PU2RanAxeHtEFtNpU8dbM3T10iOi6jIRssmmmbcXAyNN7PmYMPkjP//hfca8NPvHg555l1RHfqeBzqNByU2zuPPHvCbq8d6dlO'
    '8uzN0N7Zz8vPnkKeveVB97r08dL4viZyxpl89jmIdwR8z9OAOfo6xEHue6EUE/Qo9OGVJ/ztRvUntIHfl65LWunzNjQDdhOxx53C'
    '+bIZBKNtfL5NXH8n63OVpe5kKmubic5sYpun+YeWEHwFx9kqDd7DJG+TSX64ID8EHVOUtnguoxvZvHNMeZNwllLkPFKuXJWmtDCX'
    'nenuJ1gmntOS7kVdTkvbPENZmC/TOIMm+D+PFT5OlfrRmyDuYbXFGk3FmpjmUzSZi6C8Ww1MNtYS/L5u/BItnCXQwgrCjyRa0MVx'
    'LwF7QTnnGX15YbHf1YwvbBboMSyvEN0Xuhy6tB+YB91G/zDFt57CcKv4fFaV1qQ4hfGlDvJOyxR+uyXC2V83d9mIc+eM/y5h/DRX'
    'WZw8SjwPUlj8lc28F66zs5mYxj6Zfn/OgN08n8jWPqPkGgdzDGqF6PJ7nU7iVHD+qy1pjNJlhd689V734PTS20+fOnbpDdvIwku2'
    'dOe0eQexidQQuUdj89rBz5yCNk4DmdWqKjnC8AftFcU5+p3eCxw/Rxhdp2tVtLg7Xb5S+9ybjmX56E2+CYfg5gh2cvPYNfZTBQvT'
    'bWJQBz7/3rQXs7LZkn9eC22ck/bOebSNKhWeS/a0tKvDU92f4823KTm3QVguB5oTAM+U9Wk3NqVc+Y+l3Mf/lDLPffxayu1HxQcl'
    '+qBi1FQI3ROhbdueKbDudiuLC+qMgJOnbX445e5ZE5ndpGnjfcU/rCJtSHtni7LPVTWoWIyehR4k5agKysfB7UXzU27Obl19tTM1'
    '93S5MWzbcfpwGPhUG/ARSV9uqGDLgzB05fQzW60/5ty/Tbn5atAWlDWIU+otU/yUE/+0jNmrcho5tlOZ533jed0GDPd8E9yfJ8R0'
    'STn1BpmdrkD+T2tnS3wop0rzJvZrYsDSMXi2zs53XMQzeqWGyOzHqN9ObL3cplmpIXN0r79kVw5bcxPeifyR2upOZfwsZ+G/GCE8'
    'MWrMMM/92AT8d0nA+YrnA+V8Hd9rU/68WmhDw/eprcv57iVE1vUpOX+ajW46ytrIK/Pcqxj/4PgbTtL0aZjJ960qfgy3tB7cNquL'
    'N2utyKuKvKrIq4q8MljzqPxJkmHVjF8hLoTy07yKlgO9inyT5lXcAGeHTlWap5B+k+cJbWM2EiqTpP7Q8aKsalNevTdso0aQEVIe'
    'yJXkHazrzfO5Sn2hcpCes0bImUknFyrnmIpcqMiFilyYCrmAvIzzPuTHKcaL35fy+BCVKYss7MJ5i7MS5Z+TtqyUK0dsdHJqo9rC'
    '2puXctuSzgu8NoTJGa9XkAumOYgGWN/+EeZcZ+un12GNLO0TZKPT9otAbya1JHKatXDizBey7/VYjHtE8+4w+87fkDPdqHCmC/uO'
    'SV/6QvrwKfBj0Gd2qNL6H1R/WankfFBBNJCPQS83EPtEj4qee4zOr0n9kB6lr9dCcbmSTTyv5Lor0jrEHZcpvjSvoX/KD+j4uP47'
    'l+ipWdB7Kb2MGdIsnxfnW48RWz7nBaOafaxr63+QvuUMbVM625HT3n8m+/Qm9gzPsSft+bg2GMyLd3KZbVK81hCnDcwTuqTMckVa'
    'g7cDDm6q7V+YE7mF9XeY9WFAwwfGhL1UHXBGaqqckY7pM1KqckaqnJGUedwxnlPWKvu6XwXBj091kn5D3YS+YyqDTPW0McaLu1Ju'
    '/jvKi03kXR+zY73OzggFCz2qYIgZMtXNB1VpfR+TtZPWisptqa7aIHtO0gUxX9dPE5Cf9Iy9VGPvDMN7SePPhWAlcfxjAs6L2lDR'
    'ZhpU54n7Goc0+2ecyfzcDNAb14FsCLLtcl3rXKJrDk2jrtlKzgTbNTqfTvd8PUD/ygI9tjF6nKOxlZ9hYJPCPrQA756r5Bg+PEtx'
    'va82ot6XBb0hC383sXtx/8eIcGaNUh+Kngm3KvPzvoRLo/H+kv+B77VOAZvVo/x1b5epUjw0tzcNwbMLyb7ZGkJrg6q07tpOJdeK'
    'G4s4txJGDrFre9Ju7Qk6Tz2CnczmW+NkrBIt9Si7HClJ0QaO+V0BtDHG/IDnCLTxJntmpTKzv+Y0uMU8a+942N9cxoZhGusFjOdv'
    '2NhpbHhn2g3MofPwasS13jpD1/pii7VeS+bdxOYzlev/RsT1zwes/96UW9smbJzc3rhT4ytJij/kpolmUHZ8iPDvQRVcFyOn/Llo'
    'wvQ1lE2LItKL6diwX0uIbkplUZxaxLUB2AhKXwtSro9A0sHGYuISw8ZOn93K9Pnpoqt1ys5PNx6g806eZwUcCpXziHNvZHrLiOZc'
    'm7PQX3qYvt0o0H8Pa39MoJHPKLeOc5bEHpyfca+r4XoBXN+dccczB+bsogzkfFrsXj+x2JtD51mn/asJL30vtNOV8a/Bu6CdOxZ7'
    '/foA3KPPnQ3P3U6+s4r18dKMJ0uQdvDeqox5e2vhuj7jreNcNj+rQsbhPHMZPHtxpvRc9A72/oXw/scXl/IB3teoeugFZA2c67ma'
    'NTH5nml8RFhNA5vz0g0RYqCOdvvnZABUM7dS7krG2El4xXzlr2dLc9OY1s5Iko6Uip7/opvRFc9dXyDnD7w3TuSZc+9M5eUqekV5'
    'NZ6y5G8oYxAH3si+06FK8/HTdxaQb9wCf2shf1upSut7zusore+5QkXPYezM10byf5ta2T6/RjcsXUqmsaTzhbTD2BXMg9AfFZSn'
    '1PZb2EeepxHrviiVXK6hmhi03668XHLO/DR3eecAtJs5e72ly/t/S5ddTjeb2oi2OStXqfg5aiTakv6Ge6xcz9Pal3HHhHNZA78m'
    'edtaCF18mu1d1AWuILxKEd+VzZyssXie46tt359LbLVtQMvSuDoJbwzTo+oi7l/n++8QfCeUN3+YnBWWsT6+TflzdZrOgWQLX6NK'
    'Y9TDaJNjH+bCr5TPLs6+pvwHx34K86/a+lYXEh5EY7R5fioT3l5DnqN9i8vH0zH4+Ec089hDxnxaia58bOdNUgEYC0EjNleiNXqD'
    'Ca2mCM/i+de+/CH3euIOL18O3jt8JdQ5HiuVEWvH3euPNsg+LJ1P13nnD11+32o5+5JV0fKV2eTrN91Pi5UfR46ya7Mmbuha5c9r'
    'FCXXmsSnNxMaQl7bDzy6kXyjY0gRTTYYo4LyjtJYM7MXjYbYg6ld6wZi+xoVMMDOM5uI7WfAwH63Bd57X4Cvr1f5c2ZcSPrRy2xm'
    '+Mwq6EeY3W+7YLtrZra07RbjaCO234Lhe9L8b9HobbiP52n28TtDaLKRvVcdQJPXquRqpcbVE0x0NEmH7LTU8WzzudP87c0M28Lx'
    'fZPCZbleftD1bWFypd4w1iZF9kUSvLUhgbNbo8Ua2GIdouqJWeXldyuEYBZ0ebVt8r45fd5GYjfKnY8gF7GPl2j6SPsxLJxpKG4D'
    '7d0mmDCb+uTV7OwsYcu3GsRMRJkXXZ5bE3qjOhVfR+7bK2h8x6g32eCLJZ6fRHxvnL3dTPQDU8xKUvv9ZMM4B5v9aOpXzBEeMJ39'
    'QLzDZTCHUfdQUL8RkzgvRvt0DywlczaqgmM4bTG9pnlz4vIAzit7iL7YYLB+44JsHDWMXUmSZyxIgGcsDMC80XFx//pWQ3pvgudO'
    'VfYxsCZxnBMx+sX5GMX08H0yQjCOcWWplGOvR8Bk8fVuSWC9W5RZ/JmUGwrPco0anaRHwFXg+s+NgekZJr44GptI42mjtJeEHHuv'
    'Mss7gjynSdnnCmkCPTDJmFGKg4gbMyrphf8ImD2dH64SQzXzYug+SnwJqCvbyKvKOs+OWDnMWRRXj5rDzlIcE9dJzhcmdjvUwzqU'
    'Fyfdq8HcRpUjHLdL+0vnotZiLtrAX0znpg7ebyE4ykZ4j9bC47UE61RwHZUwfFkUfGkL6LIcWzRVtQ/RTkvr4TQou5qIK9l4GpV9'
    'PekawV6ZhM01G1NvQ52K5hqT4uxMdAGsw7lABcfUFSxsYjtVvDqc1DeeNFalwXB+sI49PQ9J54FxQU/nsaQ2Z9eUilb/EmWs8+8D'
    'xd9fVOTtjNWr9ip/boK0JQZ/tLL2s3LtMTYKfb2YAwrtj6cK924kdvVa4b1mdh5uDHiG41o5LqCf3ZNyFk0XTpLKPp6LrABjqAuR'
    '203MzjcSU04FYbpsfZRZ5eXkkeo3SPnabtLInAHWzoSSa0zgOhcEu2UP89kPkf7llFkuCym3As/ltUOZ18swqVsj2VBsa3RI8fx9'
    'yh/TjNjAmVTDIywuvjoB/ak+YA/SPTWXYDV6Dc9iqC+VQ3ecyrHPJ3q57dhN/OizYQ5WxVz/ZcQ2uo3ta57PcpjNG7ULDyg5Z+AW'
    'gz4NHQXrQM92NuswrOS8LUcDbb4NbC2mczFuIS/GlH0OSpsz4WyYX9x/cWQd3p/tc7EyoblAPMrxqjTf74hGZwnifVLejtk8z10w'
    'Lya+elMdsIfNeZJtV6Vm/5yvIb7fCSYnxti7N5H98LYp4L3OtTHlP3O8yc4iYeNLem3qElib2oAzB9U9bXOfjwX4Pnh+92XC+VXK'
    'zzBsyPdsfdb9zJeOtgmnbycJ2B5Te/iARV+k3NMUsy3hH/pU/HyOnKYyCdLUsHC+nzzLpfXPoD5YS57ZrmnHIZSs8Ixz7/cp77xg'
    'QhM8V9GhiO/j919KeXqyNA88pyTmhgo7k38voN1cjHb3pDyf6PaQ/uqwWibngUNM/7gv4LtjZfzuNvLdpNqlfdXR/saU68vlz0iY'
    'rfGAM5Op/ScfYLMy9b/x/HgnkzEUZukYfgP+ONO+muLttmswTC+SWCGbuQlq8wDBWOlwtYc0ugzHKu9RXr2EvKDHmOTLNcFf6PIR'
    'S/VETNrU5U3qZ/tuXOnrVZbju6jzbZri7+J4zwNctgkW06ZGDh3fVK9lUnq0Td7+MIx0fQL60hKNzBgw1CMlzFFeBecgmwA/r4TH'
    'LGjWtFeV5vaeKh5uw99N4xYwTyCd63Glr68j8TDT+V5C5M12S2xNlO9Npw/SZN/UJLBvmpV9Xn3kj3cRuwRfj5vYsx/V7FFbeRek'
    'Z1JZjXbKa4mPNKiPks4fhlcMOw9cOE1yq2Oa5PRMkim1Kj6mYdhSd5XyBoxo5I/Ef38pxCxtNcDzV82QOU+aH9naC/6N+BhfEc6S'
    'tu39A2mvJ4H2niPjo7lmTdpx3v9fAeOL0p5Tn29pxPHQbx/SYFyGVXgtDmrfvAv+n8T6laN/1xHsaT9ru0+D1d1uEQeE67KO8O9X'
    'lFwHpRzfPTUg3mggRKfj/InWFAvrq0nMEuI0Txbs3JJuN67KU28wCu6uHLz2+AR47WoVvR6Pba5r/A5tY8hib1Osl269aV6ZP1Nu'
    'XlJKoxwXLtUnor6TqP2j8TbcV1wN9BNUfz1oXDSXww4Nv8qrZOo35UL8Tu0wHnw+rUrjt5dreK7ObstrEHGc5KiFPS2n4WW4Fu8k'
    'Z4MJS9+mKXZAV3+K6uhTOWYp1h3X8HyyhuWOry6H7tjI5mswxJd8OdGn+ti8HYoQs3Oh4Oe1xZU47Ti5Ns+IgAuL45e3rftcDl/8'
    'dNDALQmt2U0E0zdqIS8KKrhmxxWzhBbOID52kzhSrjdK2EgdVoqurck8x6FVeqavJrTrtPnuAP4RJebvTCIzaUwtYm7bQ/ToOHGB'
    'NM+QTRww12F0dX+TsPGbYGgGNecU3E/vIDyioIJrpRXIuSiJ3BgUgz5qcT7Lh+CAnHNRNuWPzU1bnjdsakUcCzFoJKstpCn0/mDy'
    'kwm5b0P/mQTpf2cE+h9OiP4/nBD9X0LsFFtUcG6k3gAdFmMiFgjzYYo509ku6Dlt2GKMQxHkh063TzJGMC5OMohus4Z47AENTmhc'
    '+ePi6NyPa3BIQTWUTWiy1/CMTPWHWg3GFWlmrtLnNaQ+AY4t2WEpi+er5HKSFQT7uK3eKfmXmuC6UrgX1v6ERV/4eTls74f5/M6G'
    'c/1Uf1eK74gz9yb03K6CayhPEB3TNt/imURO4R6+JeWvPbuDvXMy4Qk7lP/ZJPs4zvzHuRB7Xpvy50+lGOgJDVa5DfYYfadGleaV'
    'NYmXc66HybzQ79F8JVNp70niPNAagMHiPLRZoA2qIzjr1x2AM5Dast1rr2pkPfXbt2rwREhzt6X8cULbWdtbGU1SuaEbd1BcQZsm'
    'riBK/3TxAYuFvRE2tyOCfJf2986AWICppPckcgfPxPycTszU8RY2pyjfeIPpxTY5hCW51RrTL8Jxvy3ERhOWl7FH6fNbVqnSfJQ4'
    'r1nlzXM51r0JaLRBmcfgSTklnTrttzI+d9gC+839QSMW7+YN3zHhLXFzw/ZZ+EnHIny3kqP32OGxd08Bjx0p/vvKmDw2Lk818Tnw'
    'miUSBkTSc6jOMVX7aDJOOeXmjred1x4l5yaez/jOq8o8TpKf8Wx1w+opnrv/rdw6R7ORJmsMaTKroUlTGXw7yFwb+RcUp2Ajg3Zq'
    '5O94hDWz/b7p+EzxzUeT3KV5fxdNgRxuAltFewjOcljpc57ZjLVWkP2NCcj+5WVe4wlDvyqnA2f8AxY6QNRvrE95Nq1tMfbySIL8'
    'txxyXzpbLSrjmid9xnqd2B7zhrhv3RnL9B0b2VIw9KOYnKMKGizp2BTx5Th71nn35oTWKSjub0IFx4/bxvXZ+k44X59Q0WOKdLHw'
    'M3F9g+ymzYI+aDLnSdvkuZxsUsnVpzHxy9B5Q6zRe8BHayNPTPM83aTBKewkWJ6l0+QjkvoTREMLQ2zvSfh/qqbJHp5EnaQGQ7xa'
    'E/xtpQZ7mBdkDOU9gyFruVXZx1+HYSKbAI99yjT2Qcpxl5Td3CSvFbXZNzE/z5iSa44G1VDicd/bNXTQr8xiLqfLzjnVe+dicjbq'
    'V8F5lXMqOLd0QSPHw+w5um/zvABT8b0wekU6pXh0Tq9DKjxujtPlTkPsWZhPyenXBRb2wi0aubjVApNzk7KvyTsk4L7D3hnWzMkJ'
    'U2gL4We2pGPTswSzuMPCzxSUN6QJaLVeE7c0qIJjM6neMk/QW4JqafD6RFw3oXTbLuDvTMeN431dE8NxH5lX2zOTtKeHCeZ2nkbH'
    'HGZ8YauGj6Ec3kJkoVTPMCjmbBOMIcl9HyVeROpbl/Ji46PUI+hQXjxdXulrXZriO/k7BWUWT4eYy3blzyWBdcVayV5PdweDypPK'
    'JaPD9HYkwIeyAh/CPLSrBTqNinGk/KVRcy4Ks/8lifkI0gEyFn6cHMwhxgQ3AP3Yyhj6/Zoptv1vLv5erdknfB/lNfxvxMKPaZqP'
    'xdRmIMWBm+g1U6X/S3XtJV9Preacg/Ubasl+HQmQ57Ws/Tp4L6493yTPwLCSc002EV16JET+SWOqZ2NqUP46RafMALrl8Y9jGjk2'
    'ZCHDB4S5aCwTdkYnC754lMsCJ8fYCqWPyQzqbyakv9Vl6O9ZgK9Pej104yin3HXm9LEQ7IXED4P4p7SGqNN0GKxzVL9JX4AdgvrY'
    'y9W+iQxoj+GvC+N96wjvC7PNjVi020n2pym98xxHSfjVosj6eg1OCGVYVnlx26b6pvONL5FYA9P3wvp9h7KrczCisUNsA3tznHbC'
    '+nqVKs0VMaz0saTOOx8Q8HdB74T1wcktvMqAR4Xxm3LsR1s8Wk6jZ0yXjXxuAvrMcco8HhhrqeQC9KDrgBdJtmXJhz9T9Jsu0m9u'
    'xzHt93ToOUFndDwjL9T4jyQ/k639D21ElwjYuCS+UyDr0x7Cl3os/CC8//RMkkT7hZAz7Wz0p9nwCtQnfwY+XtM4/5zh2pWbf0Tx'
    'Nzjj/Qvl1bwox3in4vzhPHOeKq2tZBvvPRX8Muo6UX6f1Bin62z49pCz4XiI3pXk+KPoaDrdH8+srUpf3yQoR6QO53Ez8S/llZyn'
    'dULz7o0J9gdlxBVETw/rD77zXmWWCyFnOK53WOy1oH6dZIh7G7XYu30BNlCdn6p2GmVtKgFZi/6O+5WXLxHrx7+w1KsFXkt8ijhO'
    '5/+nC7gRPgejDHNh4jMcEHyG6A+U+FM56kTi3p1I+engMNtnF6X8WNZOFVxjshmeaQJbeZRax7weJWJCjk+Zx+qUq9ZxEufF06CP'
    '52fc6wcy/n22OuMf37vg/h2LvfG9kz1zITzzcfLMWmj/UrieC9d3w3VVxuuHM1dOjOCFKvzbXfDeedCHOfDsRfDsnYvd6ycWl9oI'
    'pnJsJn1zxv018E06733Q8L2g/tnMybE215cQnOAFGf8YL8kcu/Nii5Ny2l+XKZ0L2i/KV3Q4qfkJyXaOC1vD5gL/vzpjhn2rSsjP'
    '6PT1u13u9YEuD+OHevLfwr2n4PoIXN/okjE1b3W5/6Zx0fT9t+D6913x5E8jmfM1cF14RNaV0gnO1Zc/5F5P3OHFoeG9tePu9Ucb'
    '3HtUxzp8Zfzx2uQWPcp/cBqXqug/YalFy7rn/nSle/1s3su1iPcWbPLfaye4C3zvvWPuNTfgf7aRPIvt4LN3XeZ/dir2Xtxc5E7b'
    'G3v931TXu9d7vqjvP9b8kOp/0HgInPMHcu71D19052apcO+6XR5/rFVyLm3MnTmf8L6/3uxez+11r/88Ucof8Zlz2DMcg07HmAkY'
    'Y5S8uDjeXwJN1e/wclrjveo/h3m6x4+Fcv724Bfd6657zGRYJsH9NATz9qM+L4chv5e62b23iMw73lPrvf/THKKTek+fv226bngP'
    '37+jT7+3sD7EfOWv8cFpseZykL3rvZgh/F49rM0PNrrXOZtK1+gDMKY1A6VrhPeuv0lPX9jPOtLPminQQx7od6+fzHk4Ebx3DfCu'
    '6l2eLQnvtX/af28FbfMe/71l5N4JsK+3Xe/ZMfDeun7/vTZy75Pw3qbNpXP/VaCHMz5dOvcHPwf61j3l479xscxJ7kmuD9UG6FGS'
    'zfk4gWfTsX8edMl8l5+G52r42qtA+6ddXdqfez4F1y4z3pWEXLv1oPv9efD/LzxkZ395+Qn3mtntj9Fz/ta1N15bcWq21lvoCqbt'
    'tpHneN6KW5+MlqM7KJamLoIsnTy7fqe8PPLlH7vX3+3x9EaUDV+He88+Bc8+4uU0Rp2w8Jx7vfR59/rKbve6e3+pbDtF882p0Buj'
    '5rVtBt9oEB12Evu1CS2E1ZRbSGSm825aeLaB7Pu3z/D+vWOK+8fXPhtx7SV7xPkR+Mxxwh6kNp774frCUv8+sOU922AvoY9tGPjO'
    '5Fql0rPmp8r8J2PapjMF3d3ufP3pyJGsfEJHTmRZVATWxvanSRNXZlP/iO6jU1HfP6I/44XRUA/Zc6eV2IjSx/TP5ESVkYYon+lk'
    'Ometxm6M9dQXEH88faaZYEaGGM6Jxh0NBcToVMfkmReqZOIiUzFk+IXseZ28ojy6XSPnWsp0hg2Skcvhujkir+B63+4D7vX7z3g2'
    'Abz32YOg9+3zbBeowzk6m3P90rfc6wUvlp59vvJDeObZ5PS7C4iel6QttZH0eyXso3kdRRna4W/HRA+phTPTHNhDqPc3uyZGsd+Z'
    'GLTSk6A9P3001gq73TVpqaiM2OARGz3w84K+llJe3sGKvsZkrTpSdbToa43EL4287Ez2nGlbWJ9jPfkb9Q2qvR5eVMfvTydneOd5'
    '5/otzbPUjtn6tP98T+2YvwK+v/tgqR0zBTaExw+Uyot9P3Gvzz/jlxc28v0Cy/lrJ/Zo9HtUA/9Xu5X62s/9e/djRM5MmY81fRTy'
    '5Ga+EyOpye5PR+mfbOSn6frPjalrde319KomwNqiPrX/BffaAHvgx0+5z+TJ/ux4HGyBB+X2+sizJ+z22pGevYo8ezO0d/bz8rMf'
    'JM+2gz330SfkZy8iz97yoHtdCv3OHPSP7VwSg3YL2A/fAn3y6YfA9gjf2feCV8cY5+xRtDU+4W/3JNKHDPCp1d+W+7uAtKcelp+h'
    'vm/Ko6QxxbFvNzOeUU/eLf4xUIex1UHeLtgQ2kEnpTouzs3bYK5WwjlSygvVTc4utI0a8jzq1/yMa/JeJ+tzFLt84Byn/6PEWOw5'
    'rujlBjIgZL4Df9LJ6uVJ+y3bAbNH178f1j9TWf8qcraKdi4LO5glfG6T5DnHSFH9mGOiqH78zgn/Paof/zv4rzOCLxnv/dld8e0p'
    'cWjxKIP8VTHcXrNKniGFYgJt1o77uah9sp1gayo8yIAHpXUniASEUEVGVWTUNMkoPK+c8hnAVQKOcMHH3Ovn7oO6cuTZ3ff6n/3V'
    'rWCfgmf7iSzCdp32MMdWlrXjvO/cu5JikNn3L6N2I/a9S8i9kwbd6+8BG/cu4V7jNaX4vq8C/nX1YCm+7xC7R/F9a9f7x7dMuIfj'
    'WyJ876TBUrl/iN2jcv/57YDTvbxU7r8G9/54d0XuJy73d5VR7u+qyP2K3C+f3G+IIff7mK3lOgvbRPoo5wzOFDxxg4rzE0gB3HbW'
    'BvgN9CtQLG9HZb1m3HpRXF5QLY2wvOhBNRelWgBx+UV1DH4xW+zCceeo7hiao5RKzjeWpF/segO/2JUWfrEPWPjFui38Yqss/GJn'
    'WPjFTrTwX8038F/VG/jMop4pksa+meKn2sl7TQS/1UraRGwFlbOL4d9V5H45vzk3gbnMqniYNt6/FcJ4lrPn8TmOtZO+Rfc0YhRN'
    '8sfx/K0O7P1kZZ5brk+Z5/7pNXjmsEomd42NH3auBsvN44XoWW+J8sd5oh9URz9zZhH9LDakH9O8dEG5cGlNbFt6o7oZz6U2fpTS'
    'Uc0soqPjLPgQ5n+jubB6mG5/KALPKRyldDCb5FGrMqvlbVI/ltc52cH4wYgyy3s529c/HWP9bTAwx4LdQv3Vf5gZmu1xkO2hBmbd'
    'WiRlFwjEOBm5yNKq8kN/DtAl7U7SjlzBpBnsRxUnViTcoRvXVqIg7mr5vlI/4a+f9J6JI3ek3DFoU9gt4PYLBKsblluoQp+x6TMG'
    'ZjKdKH1G8isevUK9yhTrZffTbYUjS9IOV5HlsdfOSpYH6eSKnYWugXiJ4T1254kvQGyW2u1hV7DNdc+61+YH47VJZcMwyKsnHy5v'
    'ju2KLjr99JtUPqfmrvgx7pMx6tv97X4E8NMvs/yOJnkbVyh93kaKDeN5DCk2jOcxlHK/vTJRig37BuQX2/jZ0v111lXu9bhr4ute'
    'uvVogfW4NqKOYJqbqRz5EuYc8XwSSejfPL8cXQuely6q/t3GxkNzkv0Y8gD+18uixUBV8v0K+X53xdDZdtnrZOkZTOcYO/6nK71a'
    'Evi3BZtKeRrNG8x5Gs0TzHkaz4NJ9xHPn1nJbT17aT0OT69gWI/O2IRq5c/Huy5Avl5A7u1lPOMccu9nkLd4A+QmPpPc+8GNoFf2'
    'evV3eMzBU3/uxY4jVsbR75zrB7u8HMc8bzr97qTe1+UfG40dRx0PnwnLVVvhc7H43NIYfC703aRw+zRnd4XnHRu4/Tj6H8+pt1zg'
    'r7XKX8eL1jXEGoK8zsAW5a8zMEKewZyAedbOFvJMjn0La9Zfq/Q1DbCdK2B+wvz0/ey9ixnOw6S+rfPeauXlO+xh4z6L9JfXf8Sc'
    'iMsJTmRMwP7o8Nth/UI8eRiuhNdi7FH6XOdnED2M5vkwte2daUmfDcqPK86qYOwzP8Ny+j49oT1XXYY91w48OgV8HHN7cdw1xbik'
    'yjj/Eg8Y1dD5emHPSbTWw2i/m+y5IfJMUDvOe2+HsyTtE+Jlhi0wOgUVL+aCY3gKDMOXV14u7UnsdwCGp1y0mi0TrZq0EYRzNMXS'
    'cTtFWP3RuLUho84Xzo/p81k4j0j5d/OMLoc1OMI+gfaleu297Lkxdn/CYC1GhD1C+9JvsG9fyrg5vSR6GNX0sWDQN+zTAOtTjwqu'
    '97zDEn8ZtR+9BBPozMN/ybi8j/ax33Jf2K5XD6EN2repWAc+/k3F8a9l/eK4576IeyAv6FkmeH6ub9nML98HFK+5mIzVZq7p3Ayw'
    '97Zq6Nw0TiIp2uFjfbXK1Xl1OcWluqBBdLRFMz9bWb/+L1x/q8zw90FjeCBgDPkyjsFkXQ4b0tzHqlxdj9J2zmI/8DrjtucPiYZ5'
    'LOq4wDOcvm+ocs8Z00VDryl/nnvdHJ9a5fpq6TxxeZPXtJWU3Ob1tx2rxnkafhq2ZlH53RZN3/JsXsP0etM4m6fTHm3vMJSVuEbT'
    'Lfe+nHbPrkh/Jn2n7W3VrL/N3tbx8u3COjt9Hk67sXQSL+lhc9Wr4b9B65LTjFXXn0vSbkyrid5sK29zIXv+dPLtwTLr5Hxv16Xd'
    'M+FMljuvpty2op73BpRZnWq+diZ081jKrYlaTj2Mz8d/S+lpsV9Yh6TX49aUW0c0zphvMtwbvanp5a0XpVwsgU5vwH6EfW9YWKeg'
    '7y4l37W1bUjnP64rSHPnfLcm5foXo3w3qTn/JdiFy8Frn1Ne/C6+e8iSl+A70nxyW+RDypvP6bILfI6M2bYPkkzNh3zP0cEXRqAh'
    'W13ZwV6eaKn3JKFfON8+HzDJSfH9Jvj2wgg0WbCkSfT3h9lJqE25Bny8NI/L0wTf1Ur8TacLNufpsjfb2k8Ro435ZCp15aRaN+5P'
    'OevKldP/V1nf2bW+SfCPOL5VzEPVoPQ1XG3G8xbkS/rCU3bv0RjGuPNRE4OfboZ7TeTdGvLufMBUcGwRrSudUf5aUrr3MbcRzV/m'
    'vLtBeTmRqO/eef42Jecvu1ZNX84onDee/yNMtm9ldsyqlItDMH1Pp2v8hviXR5ntYURjK3idyHiTM0+fxjY7Jujkx1vou8MWz+I3'
    'HiU6z5aQcf4N0RtMcjINMzzRXyivrnHUNaI2hrsSag/rr44p72y5OuNez834278w414/vthr/yx4thuuXXA9B66r4HpBxt+283fE'
    'UOE5ZF3I905TXg26i+DenYvd6ycWl9p2+fsUQyXFvZwVgOc9Q+lr0Z1CsLcFyIn3O8h7d+AZL2eTLvZgXkDsQYMQ25AVYhs4ziMp'
    '3pYk5m8z+XcLxFe+slt+9lo1vTUGsL80t88SVZrb51q41mnwTIihpjVpJRrqJjSwGHSB30Jc6nnk3oofevUIEZ/UpuxrCNK8Cze+'
    'KOdDWAQ8OOxZG4wOxS3p8Em2850UrWcToJVa5c87Kuk5pu1SXnYzXH8eUVcN61NSc1gTU6eWnquLqFM/DPEKr8L1MFyf7oqm6yfV'
    'r39bH3+eaxM4uyQxHuR1pva2POyzKuXFINcZYB8XEWyohFWmOGTdM2HfMMFKdiq7XMSSLZDa4ePSQcsU0UFKmWN4T2K6dL/GBmri'
    'U+c+rDD8INYNbmNYX+6fyWkwXNwOPMHs2MeXoe2wfHsmc0/zAEgxD7XkXj872+hi701qxkt2j+ngUyb7UOerC1q3cmGCdfu5fgbN'
    '11CE+eJ0znkovpfEXCVBW+kE9LSKDJxeGZhKgA6qAuigjdg1UyQuBt+vCnk/iVzq6TKPkeZk6CQ2dqWm71wlYfw4lrPPUIdAX2U5'
    '+zZh4TMeMOjbggT6Rv3lVEdbaIBpN7Wnjmt8yqfBNyV8N/ctD2jaWAB2TtpXE1tvn6Y9ib9hTPMG5c9dhjrVvJC56tP49nncJx0L'
    'x2LZ4Bh7AvS2aiKL0gG6zwiR8Sb7J0zvSaIWDcVd9AjrGOUsUs+wZeMCvTlzebKA9dZhgyXsVp61O6Tk2OE8OU8ExcDGjS1bOM1r'
    'IJ13THjKkDDPNnV/kP77lT8/gcn707H203VeCFrnIYYZKgiyhOtEVAcuMN9hjskg1Ikoj60VvkXjfv9I9vJgwLnbefZfCM8eDDmj'
    'j4b4RP+PKvWtmsSgjDFs2A9J/3sZHY0wf+4TRG4OCFh6iQbHmJ3iQYJFC5OXJmNz2vyK8uqOjATEfuDfTW07O6D9O5WZHzuv5HwC'
    'NxNf5nyL/czXjMYkOe1dR/SlrYYxJhImUnduxror65Q+P4NN3B2Pc+oktCDREa3XqOOTFDdB7WCm79B5CNu/XK+hOMNG5hvieQs6'
    'VGm9uaRxGxzfaipfksIfRf1+Bdc29bi2Sg3U8Nzwu25QcX6sa9a+QPZ/C9t7lT1U2UOVPRS8h6gO7+yn36Q8mYU6fQvsnyzoCjbn'
    '2RUWzyOm64SIZ9O8YIdOGXxzUYRxnWo5LqoHVVd4T4X3VHiPKL9rKvK7socqe8hKfmeJDc42F79k+5vDZDfaYc9nPpVaFVyjMY7v'
    'YCbhO3iMYRguI6mYpvYE5y9vYXMysfeFtcP9lM4725jfxqTecUH5azLzmOEofgldrg3EUK0FGyHmQS3Xdxxs3YlKzgeSF2JYwr5n'
    'ko9P56PS+a0bE6DBKHH4UfazFBsdFPM01TkiMzHmMmzObP2p7YTnOM+n2XlQx5OaY46BY0Z53Be9T+3kEu6hlj0/zvAB9YIvajAE'
    'p0nt51IdNMkXOBqwfxqmab5s6YGPK0v8VqMR9koTzOMSC5yHLpevTc6xIN6m02XK4Y/NqeAcorhmW1Rpvsq4/r3p9EMn0X/Jh5UO'
    'iXcJmtekMaK6eTsuxrxJPIz655dp9myU3EEU2xQl7xu1Gdr60vNKzmM1phkHbzOuDJ4XY41GA3RBHe4giG/iGk8ItEzXuE+V5ryj'
    'mGMaD1AwlG8Ur7EgAR13mH3XoVeea31cwEzYYv9sc+wG+aA5bcxNgDZM9tR2DVZnp0bPqSY2Z67XSPsqaN3LjR+Muz9bYqwBx1nw'
    'fcPxLRMafY/bOXAdChrelVfmeYO3a84jY0rOb8bzPf6T0udDo3u6OQLGZVh5Na3ms/ZXxmjvZCXn+JJybh7SrN1ogvsf4/xPCuDr'
    'tG85TezESkJ7UeYlrA7xnIh7IUwmD2r4fU7Df1qFM1RUHY/WZ5TWqll5tT22q+TtGQ1lmFPbvB1DEfHPPDe3DldmwscprszG1xql'
    '1skawk+i5BXnWHlHDi5Vyea0TfK8mVRsW9g+HhX2UNg7I0qfV1a3Z+LI5IJFTMRwAL/F8aXYueh4Ya/E2ath+Gacqyx8P66+JOUD'
    'ovp8LkSW0b5mmD4fJa/2mHCWwXqTcc4JUiyAhIvQ0eD8hGgwKK+vab0Hqb4I1zmDcmLFybuzRtnXuE8yR4RNXGwb6FmSLGtV+rjW'
    'KLZGek7q1PDlJGI3FyRAh7o4vuYYePs1JCYhCG+OdWlXquRjBnU6fRK496DzbFiMCp6JeH64cQE/z+3WY5a+ShMbr4kvQsfbbWxu'
    'I5p4kri8XGfz4bw8SV/ido0vVYpZkWxoPcqfw4vzb+p/bYJ+ZwXbJ+c1HRr6pHTXouzyRvNY07uAHk32TFJ1nJqAPudr6MSmPhat'
    'sbooQT+BLg8+5lkzjdHqJON8MwJeoo/tg4XKi63Cb/+7wZgkfIRED1MVUxNH799BxkBlXJbhKlAmtZDzfwdrY0TDr8NsnVRnH1bm'
    'OVmH2HrWC77m7Ya8O0juZ5hcGlT6WDZdbd6w84RunpLMoex84/tV7vVbVf7+PVHlXr9XNbU4hTj5j0+rca/r4PoeuK6C65lwPavG'
    'Tg+nOi3N0bEGrguP2OvjNMfi+ao0xyLm/6gz2O/VMeZsbYcd5nCesNaYc9UmV0+K7IuuvV4+Tl19e55faxLn+IKX1xP1P8wBu/pZ'
    'L7epc73/Kc+GiXPcCjk+//V/2s0Zzw3KeUiSuakfWhbt3DkffuvIvTroK/rSq0GfVMVxfO3nXjtJ5m9t7pLlCM/726H0eX+PJ/de'
    'vNx7H3kr3jsMOX0H7/bzf+dvD0DeyUNwfbFLL4NaupLdYzXQ579d780F5SOHb4d9cLm/L/QbdUqf603aG7de7V5/sLF0LuoHvHvO'
    'dc6m4Bx0Uc/cmWmeM9N8ffPY+bJH48vqDfC/OvN3B9Efd2h8NgVlXq+c4tSalJcTImqu9c3k/FhQ9jUVpfqDTrvvgfWn8f/dZF4L'
    'Kjh3x4DGhol50VcK/R60tFUE+bOcv++9HvLUXubps/zehzeW2nm3ketM3kO4V8L0l6R43j1D7vXTFnl+JRsn1b/w3RryDMY7RMH6'
    'fjLnXjdtjr9Oc2LMlY3uxPWlNtgTXCdrhH1WR/Sp2fLjbtG0pzwpshnK+k2bn+bIN3VfjmLvpnJsEXz46f3u9VLId//jJ+3o6+VH'
    'QI963L2+DnnmC4+5PO79QF+T+xx04fMPBr9zAXnnEchj/1eP+t/50gNe/R3MITwP3vkC5Nz/Cuj1V0EO/JefgLZAz38U/v80fP/S'
    'vW5bJ5D5+f7DUBfiqWj7r/2R4H6HnQfi8FUF8/25g97Zx+b9a37qzVuSsmYxOUtNzsVDfn5On+exZvXk3MKxqyZ+cVPfRZBfzqSv'
    '/BznvD8PaEntnT7fXpDu0ErGPKnrH/HbaBqUvy4B+qFVUWc48pfuO9VdfhtAG5kPqk+k4Gz1h67o7c9lZ7HaI/rxzSM6ZlBOJVO7'
    '9wDTLcN0dR3dmdr5xjS+kH4Ntl+qDRnHFj8S4hOX8p5JcUWtCeFTo8aNSf5pXU60HRp6KWhwG6cTm7cJHsMEy6M7Dw0rOb/ugAGm'
    'JBXgt5PWZlT58yBG3R82tsPFGkwB+uTuJ74EPE++sLTUfrGc0BvG7MbFDeBzGRVco0WHS8yC78rE92SKD+M15HdGwGnb+ALyGkwB'
    '2g+uds5KCfAeE/+jCebM1G5R7nkbVGZx11K+RL6Xkb6QxlLwTeyLY1iZbDa1S9FjkiL7qR2+P4jnS3Yd1ehCH2FzgDVc8Yr8EH3x'
    'OzRXxPEsIWf0branMBdCE9ipG5nfA/c2yqitxF/apOEbaY3ehvEhpv7DcUNMRRQscLOS89OGYbN47uok8LhBebiXa3wvpzJZMCL4'
    '5iVMaDlxyivLbHdtTdCWGXY2bFalMSC5CBgvU2yxpP8dUsF5b21zkTv7b0PE9ZXmOMgebRIPxM8Mec18D4fw7NXKy2/Ro/ER5C0w'
    'PjnNGRa/t1h5OXB7LfFtQfqmrV7pPHPZDFrPRTH1jQEl5woeZ3zAWe+lBuMb1+gx0rN9EXBZOSI3bXI1c9q82XC9j1OlMaEjAl5I'
    'F58gxcXRmMkgn79iWJswTBg9J/wM7BFvdnk+YJPxOvtsmeE6265vJe+ZnPesJHtWh+6G3Q/SDI0xqayBvAYd2qmOtwYtSl8jj8e9'
    '0zjCMUNbmqRXtZE1TxHcnpSDiuM33yRYu7nCO9TuVBOAqTeVy3ycPeTsg2PKsu/OYRjlXg3OmsvYN5msX0J0mHLLcr5OtUqfp6gc'
    'unyUOoWDGl0xL+hUurwi0z2WIc0YJLvuHPg3+oJQPt5P1ud+ZV+Xj+Z94rVIewhmhOdH2MJ0sHOVvj7DeADthZ0hTzLUpXhM8ADD'
    'rzeBLUOy2xYEu5SJPtJC6OhBhtN9DHC6v67y+vhdwPR+u8r//yfZu/vg3efJu3vZM9+r8vDAimCG6TOPwjO/tcQKB9kb1Ay2N1wM'
    'tGIa89Wr4YVnJ4g9w5yESfoneiLYNFLMhpki9je0ra+ocbHZ7y/+nlcjgydWMAz3++F6Xo35+kqY8JVwvQiul5D/27T7Htbeu1h7'
    'q+F6ek0pb61mvPW5Zd64n1tmZ6v+LeAemuG6D7AVN+zzvttM7MgN8H3n16nN7tRld2qyO/XYR7r0YJagOu6TukpXKa+fpKte9/qZ'
    'T7vXcy53aWYp0Ivzt69+FPBqBfD97HKv+S65jXuvd9uYF9DGY+vN2tDR7kLQI+vYrzRn9Rvc7znfuudTSr32KTsUkcncTuJ2N8hj'
    'c77pXJ3vYv/bof+17Hd/8Z3vFn/fKv5+vvjbX/z9UPH3tuLvpuLv9V3m/d4P3/8uXN+C6+fh2g/XD8H1Nrhuguv1BGddR/ZGPcGp'
    '1xfHeut9/u/Ww/idv1MZUqORIUiLf73ZvZ4LtPDPE/q8TNwGrKOTucqL5aK/a4p9fOP24lx8WKmNlxX57HVFGb0xeD7XwLjeAGyz'
    '865zdd6f5NXXgazfGE6nDo20Dbs2EMf+4dg+DgHd7oHrA112dIp057Srs69QjD3S8R72/wfIui+G/tez39bi/lw+7tLSfthr3yv+'
    '/h3QqS290nG0Ap53+bifXvezffc9uP4do1sTOs4QenR+Xy5+81/7/P14Gfrh/J3buuh33xD6Q3HIzt9+AfceD7Fx1RHM0ELSvzOK'
    'Qv5Ht/n7dwbECTh/p/usTrPPsC9397nXdw+U9nPfPbD3Nob7oOpUcPzP8H0eH+DfabzaL290fhe6XhkyHydtK9Jtzj8fzt8m6Tkn'
    'j/sf/hNgloT+ZIFH//HucJ2pivQHfy8Zc+ezu8i7agdkunaewXmf9LkCn3Oex/avV/74xToGsU0KTZuK+mpazaqfjpD7Geabx9iz'
    'J4Ae9o+61yeBt7623othmsRrXubXiVYMeLwYsbioA5m2Qb+NMddLsI0N4W20MZwWjQOk/eNxfgfgu3//3/31e4L6/st75DEsANpe'
    'A9+7c0AeG8cEUP6HcamTtZL2uLGCdD85f8MYQquaA4BR/tVDdnyz8KKHpUV/H95D/f7AM36fNMYBYIyjTT9bnjGTFRk2V8PFeXny'
    'Yf9cDcNcOX+36YOD45bmYvXjfkw1xXt07Y3Wb+c9Z65ov3nsaRS8Mz/vomxF3l0o0sHXnyi2UzyTdT0v8+4C4NW/Dvh159nJ/j1v'
    '5h/DeXsF3t/zbKkMomtkMn/1bP7Uwy5+3Bfk8LCHK7eZvwzM3xU/mxmx2PUwT7oYo5UCBhDnKcvmycGEO3hwFYAT59ir7oP28Yv8'
    'fKNgfXfv98dFU5/oIxDzkHrK/0wcPWw/0NzNB0tpbs8BP08z0cPizuW6GHOJ/f4ExFcs21caD4ixF2c9Xjreb0IsyDd3B++xBvg3'
    '5hisgvkYfdiNR+F8ohnuYbwK5Q2me+7R570951yfBR6jLOXbru/AeX93+Pqd/W1XDtJxOH+j8tGWZ+w+WDqP1WweDxT58kvF+bph'
    'f+k8HoAYlZdgPp1nosTfqWfCecHvit9a/W3/938H33f+bvPd1x7xf/+W/fFoHGOnPifs20887dFIEB3XsnPK5Bn0gCfb+ZkW7yHP'
    'wO/c/5jnO6lX/hivW78lPythZlPKq1+FfTqvuE+vetyNUbtmnyx/zwN946rH/fFszvM2a3Qn7I2rgAff/aIcl+bEx3EazjIadmy5'
    'jh2X6izYX2rnjaK/7PsJ+H6esYxVJXpKGO07suUlpid+9qC392y++wWQV7fCuK950e79B3aX8iy0x1cxe/w3Dnr9/YZlfB3GXjaX'
    '+Tt0f4bxYEf2OnoqXYfFEXKfSDyE6nFcTl7xGPApgb/g3g7T5RuI74LuDRzTLQJ/57GIt0Tk7xjD+p39+r1L5/w4Yj9a55wBH/T3'
    'ax2cC52/25wLMfZV7Y6u0+vm0Tkn3FvkeeseLJ3HPdDfe4EnrnvQbh5x/lf/zO6998B37yQxrmG8xskF9NmDzIf4QrQY2XthTjsO'
    '+tejTUWjp/thH6SeLpUtzpqtIGd5W11s3ZMebWKunLaYbb30UCm9RzkvOvaM3zPdD20cv7fU/SR5F0U+//pJvzw4/RH93tZhYeYc'
    '8cZD42npnuU5jOie5bmPpLMXnmmWwJnfiYOlMbFRY4N1skg3JnrG/hPkV1qwaWr6+/8B7Wb1jQ=='
)
