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
 ('[0-9]*[A-Za-z][A-Za-z0-9]*', 0, 32, 48913, 43, 0, {}, (None,)),
 ('[:：・／/＝=]', 0, 32, 48956, 206, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 49162, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 49368, 28, 0, {}, (None,)),
 ('[A-ZÀ-ÖØ-ÞА-Я](?<!\\w[A-ZÀ-ÖØ-ÞА-Я])', 0, 32, 49396, 292, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 49688, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 49708, 32, 0, {}, (None,)),
 ('[\\d_]', 0, 32, 49740, 18, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 49758, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 49920, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 49936, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 50048, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 50254, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 50588, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 50784, 54, 0, {}, (None,)),
 ('[^\x00-\x7f\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 50838, 224, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 51062, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 51086, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 51129, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 51391, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 51685, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 51703, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 51720, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 51749, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 51777, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 51901, 206, 0, {}, (None,)),
 ('[\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 52107, 222, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 52329, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 52459, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 52666, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 52936, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 53166, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 53184, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 53288, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 53363, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 53491, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 53910, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 53926, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 53970, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54048, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54135, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54222, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 54311, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 54430, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 54505, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 54586, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 54602, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 54788, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 54824, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54937, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54981, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 55005, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 55033, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 55057, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 55101, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 55242, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 55725, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 56002, 145, 2, {}, (None, None, None)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 56147, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 56996, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 57104, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 57137, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 57305, 48, 0, {}, (None,)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 57353, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 57546, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 57560, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 57588, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 57735, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 57950, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 58082, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 58201, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 58262, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 58374, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 58501, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 58622, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 58896, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 59030, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 59261, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 59398, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59455, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59574, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59602, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59618, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 59882, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 66429, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 66484, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 66576, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 66865, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 72846, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 73066, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 73185, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 73223, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 73256, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 73297, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 73318, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 73376, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 73402, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 73418, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 73434, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 73464, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 73588, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73767, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 73920, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 74115, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 74495, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 74550, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 74664, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 74961, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 75139, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 75196, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 75253, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 75310, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 75367, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 75428, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 75485, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 75525, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75708, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 75868, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 76079, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 76161, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 76301, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 76331, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 76479, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 76694, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 76791, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 77011, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 77333, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 77519, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 77620, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 77646, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 77670, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 78180, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 78204, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 78228, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;){1,2}\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]{0,2}\\s*$', 0, 32, 78249, 413, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 78662, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78803, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 78925, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 78946, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 79137, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 79190, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 79209, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 79380, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 79452, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 79490, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79569, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79725, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 79881, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80726, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 81154, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 81544, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 82385, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 83023, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 83867, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 84013, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 84204, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 84250, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 84496, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 84574, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84786, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 85018, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 85129, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 85376, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 85645, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85769, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 86391, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 86469, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 86838, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 87061, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 87124, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 87189, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 87287, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 87356, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 87444, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 87511, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 87601, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 87694, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87797, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 87946, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 88534, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88740, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 88939, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 89032, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 89379, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 89687, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89816, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 90063, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 90431, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 90546, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 90835, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 91023, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 91368, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 91879, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 92337, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 92499, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92706, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 92946, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 93236, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 93623, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 94187, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 94454, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 94929, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 95000, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 95095, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 95441, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 95516, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 95662, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95739, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 95874, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 95987, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 96103, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 96177, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 96316, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 96393, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 96520, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 96890, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 96932, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 97025, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 97071, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97941, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98366, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 98876, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 99144, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 99217, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 99427, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99510, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99654, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99800, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99930, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 100058, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 100174, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 100677, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 100849, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 101104, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 101290, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 101477, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 101930, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 102151, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 102322, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 102398, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103758, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 104030, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 104098, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 104176, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 104487, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 104535, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 104674, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104755, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104845, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 104975, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 105143, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 105219, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105294, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 105424, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 105481, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 105528, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 105567, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 105606, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105780, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 105877, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 105999, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 106334, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 106366, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 107331, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 107411, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 107572, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 107655, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107704, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107780, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 107891, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 107953, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 108031, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 108136, 135, 2, {}, (None, None, None)),
 ('^\\s*privacy (&|and) cookies\\s*:', 2, 34, 108271, 97, 1, {}, (None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 108368, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 108563, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 108648, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108805, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 108853, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 109014, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 109176, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 109383, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 109619, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109743, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109794, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 109871, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 109975, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 110023, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 110088, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 110165, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 110374, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 110405, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 110480, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110747, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110785, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 110814, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 110857, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 110901, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 110957, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 111016, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 111054, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 111157, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 111246, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 111398, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 111479, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 111650, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111703, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 111819, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 111943, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 112003, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 112354, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 112405, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 112452, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 112551, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112727, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112795, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 112825, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 112902, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 112950, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 112994, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 113040, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 113072, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 113120, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 113172, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 113212, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 113280, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 113316, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 113340, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 113532, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 113607, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 113653, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 113683, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113733, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113807, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 113890, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 113950, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 114002, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 114032, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 114066, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 114128, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 114163, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 114209, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 114257, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 114303, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 114329, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 114355, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 114408, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 114448, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 114490, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 114540, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 114641, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 114695, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114748, 44, 1, {}, (None, None)),
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
    'fTmp9+CtXvqR+4r1Ayp+M5EHBLQkGhoq5QERzzFcdnajR5+SyBfJnJR+ThpBH47pp8kcvY54sdLQz8/q7dNh9S2i+zMVBA7zVeJs'
    '8ccRXGB+PphvD1Estah+PkS0207oRBGdGFzJ00vEZpbrwE5o98ibE/W6SaVfzw8bJ0p/Boyf8BPpXzfJnAz3nCjvsga0TySjqPLr'
    '3P0b7XKozn1QyiMMDOzerTejanwQ6QWSMS/tmGfBbobGPK9J5mTY5sRWyAbVxAaH3YsvWMX34zcI4Envdqbd3zeJ1JP4Xr7vbqdm'
    'ORq3htUvaq8ohsMGxXmZMy6fJOPyr1C+QkdGdoTiTDbHfpeNKqwtd6frQ09a+waTFfA3OMB7TM4rlt5rtIMXlDnS1l3Zu97n/fsy'
    '9H6KVAsi15/nBl4M5tXXKPQwY9yxaZKp56kMj/1MYnx2ZO+7Bv/OTnFczgreUzxOwR/T9aQQTS7iTUPwUcNBHw3FT13tTVqHukbh'
    'U3XyaelDQsxTagifItzXf9JWzM9ArI9CrkvmZNjnhK2b/ydYN0BfbadPGRiSwT92NCm01igrDxir/IiZowq1HUqqMpWySz5TtGzU'
    'WkzLqmD6v+q1Jeh7waBXjG58PsHJBCdHEE4yutlsJb6ppHxnCf0kUZ3I25KxH5axl52dZpEeoIboAVisu7kgh80HmykMl903WoNs'
    'rTCMHMpP/cY5MRDqUH58n8sEDo4B3U3W+Vhsr6fUZYxu7/Qi+jj7jHdpY1xVrnHHuj1VuSCTvUxEy11nrrcl83bYzRtbf1WC9Rek'
    'Y2V0RpWP0q0yQrcyhG7pwKP3R1X3M03buhHgpADu2GTvK9r7UhHvI6zRtPOuhrlJxn94xh/bd9kSe2oWO6zC4rGFUoQvYDbVVSQf'
    '5h9mTkF2+5aZfXWQrfhsSN8ag91aj4QuZEPg5SizScyUGi+j2pVSutJlyqsk8zdi5k+X3ozTpDdBdGlGielSfiA6XcoLeDcWb3s3'
    'OWMWfROdzaWhPRXoNz7bw/a2ovP7DDm/T5Pzexqnb7/zXcPO1zlT/I2mzVTGC8vJXK8q73Wo8ovO4tOAj5dZyT0foZ5kzyGyAJKL'
    '0Rm8M9YZ1ak78+slWi94zc2HdMwU/k10Pyylbcv6ut4zbNka0dacl1mM6u8JCyu5GzLy5oStmy7Bukn0QuI5Gon6vI5kzg6rOQvy'
    'reHMI/Y3dzOkj07n+14POjtgYXA2IX61ALZaE61i/3TM5xnzp8fiuPdYah93zEcejsfu1HP24N9ZgHvVRI+nc7ZxuJ+LmMoCuj5W'
    '2mPYM0fZI7EnMhOFA1enBqgCyENnGei1yywe/53Gnp+DvrGY8szv/NHoWxekzHf1JPStFcEugOxIvzGYNYL62Fpm/hZqQc4TydI6'
    'OnwaM60AfH99DHDo2nmvgHcp9zKk5MaamRHiXiRXCqBl+llTpouovtzdTY7286Mah+l6qqny4ozl5joszBtdm+BEghMK3isTpBvS'
    'Msa1kufQU6GRpzg+aAGQ7Z1Wsc8f9o2tX5UeyFSvN9o5pkPMe+hHLcvonj3q7udUR+7wIvYiL311kV9XSL8F3cNqJnyH0TqPoKs5'
    'DJ5UVEzQ8RdjC+Y5i2Sw4y/15vLAdv8802+u7PvmYvyrIHhWjerFfuXzVrH/926UMl6VyaCfu8RLj93opX/s9/JUCvIcQ/KE9fcu'
    'syVMWcV+WDAus/Mea69l3fhk8bobFT71UoRdMyNTEZ7aUB9r1SSiNogDFPklY2d1iU9xtL+tKeXupp68xM/7yJsTkzgOCw3ylwGN'
    'xeft5eS8ndLfLJRLQX2Lvuql19/P7RUY30v3JOfbDsF+tZnk6UR5Wsme1gx5WoGW4PgkqtgmTrk3WzwWSg+po88qjqHRKtEnXwHp'
    'bgR3LeiDWDw2XH6HorzbRoDjzN/kkHCC+q5qfx2kWI/eRdrRLplTtpU5eugjLXO7EqxPnPSAl/5lrwc7j3CpxeKxbHG99RF4EdG9'
    'cusXgzCe5vQwK3hP+T7nbwr0oXyg2JgD8330Wx1a4zXQp8lWse0ww9fZ8G8HBrbfqbP8dj75AX5+YpH+Mn8QzjixfjchmtNkHb7x'
    'hpkd1Wrge2ejPLMj4gnD1bjHbaTEd21Eego8rnYytpFjbA732Jqs98M1vuFoHuPRGgtONWcmMEo5tzmDuWW8zN67vPTeB4t5GcYv'
    'O+lPbou+9x0fcqyaYh6rDDrOYHodOrdzQvRvL4xV7WPgD/87ZuUL39PPT/lMk3rKQRa668F4fRTLzpcLAj1kOZLTML5egvD1EsJ3'
    'VpF2lgHfye6v1FrF/sXqUJ/fitZAmcV9ILejs3icdkvW/BVk/TNZlqVOX5eg9UO/zUVn/ezdTPTuaHg31eK2LwskbVlA5Gmn3Bjo'
    'N7M9wPYGbye2EL3ExmGlwPagmox5uYDXp7gyHp1KMh1zUwR4eL2HKV8PbWoUyHy2xnqZRsbfyd8A73GeetRWiucZAzyn9bxVgc+i'
    'MpRWqvYJWXuC9omFAftEE9LT/+0rXvrxb8M+8LiX5yjgjylskXzdgOr694cA3k+8b9UIzi5ox++hrs/f46W3PTr8+9dbyfxFvc+C'
    '7/VcYhXL62WIflxCcETWHko/mhTrpEKwRkVniwzn0mhMRDiH68pIzi5xeyl85iOPwb8Uwb8U4TS911LzR+t8B01t736L76mT7F2q'
    '+nw+h71N8zZdGwk2v3gN4nXP1tCRaG5N8DnMmAfZUTqwjoC2VBAa0ijRpW424O3bBfpOjLOivM1EDmiTwKB0oRb0ZHXwrQzp9zYR'
    'mQLr/joC5I00giuyD+6U6HU7kUyD28XsZ+pI/isD9MNUX+u0cQLsj6yMaj5M9M24/0F+WkQ4kyd8bhfSLzuwf4jk+U4030FtwvAY'
    'blwO8G4BnaZKBz4TyaUm6205O4tAqVPvDWhNb5bMg6gfbP7eBXPIxkE1f1tJ2qpxHrFFMB/NCN+Yfe54ArtLox865yFnWNyunq7t'
    'TrS22frQGTtatgBzcoSBbrhXsJZVZZiObizQLtye3gBaJzoDkulS2XpqRPYHk9F+5bw/gPDTafM+KDPGfZlKZ7K5Q09ZLlfO/p3P'
    'VVTmqqpr2FOorRmmp875X30pILsD8zeXP/5bsY+aPXuc9Evec8EFX3bTn89ePP2Nc+a/6X/PPveCb33pS7Ph8ys3vPtLOh7vvrv7'
    'zibbyrww+M/dDuiuCZyieHX9w6vnS+c//iX0ODO3J1bPnGue1vGjd5fsayP79SXf89s78a8Ba+CuwT/n/xcMOP203P/2D/73gvv/'
    'wefOF18FyAMDf/XVZ2Baq3guE7xz65+iUVjrhpPYU6DMPk8m52KfPPOQDsAKIcvMEOzFOYAn2otnSPinXpLulNBgUx2wiq/4JehQ'
    'dfZ81V7QhWi4qs3NEt6qhfB23QK6HbaNTn8/DToGmT0Crnu7Zj9wGZ15ddqxC/HycdklYP1VC9oTmyX90z2LeBPgrWr+2yXtN+0H'
    'bQPmC7ZCm+YJ+PVuMifzyffNhN87Avi9sHYUOu005Sdk+uEGpHugNOVIg3b2SNa6yZ3JBQh3dc75KH7TM6YOsjbw+WJU+KYyqczG'
    'QYcXFZUPklup3Q0+a9Ol/Z2Ix8awrhTgUBrpQV4muKijmzKx7zGRHWTye4vl920TBJPZo30ZjfE2gzEU0d0w9X8AyVi69Yep53Ik'
    'J7YH4FIY2G9B+0d7RFingYwmknl3hoS5BPV9B8GnVkSDw8A+AukBtil0S+0h6zC9lyri77rQGnZgXpDyxroU65mdq5U/xPWl7N21'
    'd3jvJiL96j44L8js5brFLDpbYHd52bvXHvCfmU/a66U/vy+cXyy3foBbM1j4nBKPzaM7OW6yd7lzvXfzUb+cd076mY/wc0v2rQD3'
    'RF5u5ePMvp202Utv+Ci37WD1zL7YP87PtPrHuf18/zgvvr4Ybgrp38+C9n/f9nxoMb4Yr4keAzw2HX+du+mNBnvNVkIfOwldovZf'
    'q9CZaNS9BMOdAXB1+Tbd9haQrVGvoY2b8+91ticP6thyUl4G/24eRpwIyof9b7j+eQf/sVSiD91E+ICR3pfHQf7DfTlwmLT9i6Ab'
    'LwV9YLLE6oyXroD0eEhPznj4Xs7obAb2tUle+u5JfH1MQvcQToPyizLF62UtlH8XKsd8X+N8yyDf1ZP4unLapLvX1YQYD9zvRZAe'
    'K+kHbV8BdEWTEd+B5ZhWA3pG9fEivhDzNpNh7HG9WxBt1KkX06dOwVkYrk92NkvP2fC4pwLOfWfRM+w1AFJyy47BTSngmvApebKX'
    'tJOz28VIDm4n4zFHcI9nG8kzFeXpluRpRLbczUj32oTsrBZYxfYoWHclyyubrzz8YbwplT8pVofoPH8q+h4EG+smqO0w3cd7BHIP'
    'tfkVydamZ3oqPQrVe4je43M4kf5lpkTf2yXYi8Pqf3V5tzZkT2jCo3UJdGwim+xaq/gum+75dJAuqQvpOGuJ/oPSU4qflSBn4DXS'
    'TXRzqnaK9JoNSK8psiHRsZHYSnCyQ9D+erCTxO3fIcC38cSGts6Sn6HsJHjK7B8xzlaStjUL7EPoepTpKls1xmK7Jj6MJ/oIZuNC'
    'zyuYLYnIrrMO2qLCTTpuHQL5oA7Gi41fuYQ2bSNnZCp5q1R0oIvM31RYH3hdtBrQ02YDfO8KuH+UF6zhMksc99kK4BloOYdvUJUL'
    'e5Yq00Hr2svp8jdR77GHvPWeHtG+c/bHdbJfKzayVDwmNr46PDTFpQqCSxkN28sFlr7PH912lQpu0F2FUvkIaIRzBRvJq8X+eVOH'
    'zZPWfzImMUFta8D13/IPqfGMsQ86gYWL/lMQLM2o95Gqk7WltVaG2vevia/fBTHig0XwQfdcBPsN3mgl8Suke/W/uP+fwjdbM9Kh'
    '8juj47c5zJnXPKSfY+9WIXv4LLL1ZvePqhEfi+/VdULaQnRGuL5dVrizwFL0+U2CPp8p6PNpgvafFGIclgvK9CnKNAGdwGWYTNxL'
    '8h5JZIxagR62QZCnleSpFORxdO4i/epwzt9lgvm7RDB/F6J33xbM/QcX++fe8etI536hZO5FNviquZedCQbNPbVLDJr7Jo25b9KY'
    '+6YSzH2Z4dzXwrkFvuc81SqO1TMf7BeyCF4alZ9P0hOgL+danl0B0yUF6QKwzqiX6JzpfSfmb5z62FDpD7oVOlusp6N3XU9A/T1B'
    'MR6rEU7PDGGXcUIJ9yRGY/8PvWuY4r37G3o3Bt69iPi2KWSepwCs3wryTJtSnOcArFF8dhPUZqfMzx27EUSXTPpbb6CbFt0XdOr/'
    'GrLz6pHY03YJ9Laiu3//jmyrN0nK6tpxi+oPsn3AON+PznxbLTN/NLTNBRirCYbnJrp6PlbHWcieuY/0v0XDZp6dzVI9ZR+xD+2I'
    'aO/cLqn7SLCb053T1hB3BToIzdA5r80Y0hGRXDjPCu/fbjGkx1l+u6slVvH9xVSA/lX0ztHZHx9SVyqLVacLg/r+G6o+11vR/P/J'
    '9NA6e5YJfcZ+KC6HfjYk+jShPm3NYaBPq0NnFecb8jtlxJ7hkA3I2mDnzE6ZFWjtLLvdS5+7ldtrTNU4f4ti06C6T1WL+CILfI38'
    'M/gOue4rxfK7LIZUUBypXkO6luiVfHFRySFOvHol3bnBtqkm/LFsXzel30E+WbEe19QXa5AP1rh9gsWN/6P8SYnx3+DRKDtU+qta'
    'Ym8YtT7bsHzWsHwSqzqAJk85NKwhYlU3aun6Mc+90pL7pdOZyzokb1wF5Zk+rRnm+K1AL5N5Htp5Zj6H2LzRs1F65jgffbMC8lJ/'
    '63WKvSoMfVit0G/Qu/UqHY7objvVf+jqQbAOi7Wr39B+C+tzT5ngrT+R/qrHQG/0nECPRu09o+h3KLz95PcWS37P1NX/T/DOKuh9'
    'e5lPMTq/ojaE1WWJ5lBH3/QiscF7opHjqo4fpl4JPuvMb7PgHhW2g6X3wZoNxqJfcr9pi1Uca+MTjfxOVJDucajnLoz9ZNtgX04U'
    '6Fx1ZGFde3GR7C26EzfUOtmmRr4W+0jbdMZym8Smn9q1t1lm+m7R2G0L0Oljfwovjud0tF/SN+p7pV9yByiutRXF1rhVcLbi9PM7'
    'qJ+vRJg7GT3ZVCJ6Ykpbdw/283R4dyK5f3YC3D+7ZpJ/LOkdO6f8KrjHtjyjd8+O5WWpyOcGbYOTdzG6P6jb3iXwbY+kvbhNK9B7'
    'Z4yOGe/ZEWAaclDzvoDumZeOHyodmLp4ie9jh10/ztj8cRwfm3vTxfm/lQbfx2le/+0aeX6Y5vCc9BZIv4Z+i3BFBOsOKPNtUu/3'
    'IO+30B2Ur5A8d0OePyF4D5I8P4A896A8Tl3O2Nw0ztMRY1r9GqGvmwT3a0S0tFMwf6J7Xs0Ge2y7xvzuQH3oEtxJctINdnDMCro/'
    'yGhjqfpw6jjv7Eh0/rmN8ALNkrZj+yBRm1sld8+2arYT8/AT0Zj3HSZ7D41P8vxY3odS7J9xtv1ZSP+b8Dq3jeX3+aOu36Fet/80'
    '1jvjjSqT4ra2StZAh6V/ttUpGQdqf3XxWO/OM713h3HtZYFNTRAPayLztCt4VuavduFgO5cRWzJ8hxHX59TD6qUyTIfEDnGoaeWr'
    'DZ6OyvSOsq7vAdGdWV07mx4Br+S0+acNXD/QJ7El6tBo34ukfZs1xzaKz84/kPY+r3Hm+y8NfG2PVBkqaM1sRO3X1T3GocdI2+bz'
    'KVojSxq8+yVD1f6tAXojVVvLGor1gTo8iOk6Hmq9yqNjuN2Fjs5BtN8cVNg09khsvJlvglvGeO2Pc3810fUG7Z3vH+PZBOv6C6b7'
    'eSlkFdcn7hj/3iLSDSzS9AfE8uK2n4h8CmFdwSoi268kPnhOJd9XgOx/7GCbpw8B/9wioRutxPZyzBC3R6Z7ZO35Y/3wtoeOz4/r'
    'vXt3pYjbrMPDmPIyjIf5FIzjcK1ZulZ3DrZnvaXWr+ms0TUGesFFaH3qwmdrdk1EfeAiTb2ia/tXz+l/KfTxIj5Cxyeg07aKIWpb'
    'V4i2/Xed3//7UNJRxoPePUTt6FK04zN1PE4LW6tfmSz2F0/jwrN8vRJ+4BUE16nr2rric0Xdu0xRedYossVWgVzs3v+r4zhu4td+'
    'k4E+TiTjimgvlW/m1HF9Y4elH8+p1xL7juoymLPNBv1i/PQ/armuZaTqity7WrV8XEs1NptipHU31XIcLYU9TJQ94uohaluYcXtL'
    'Lecph1v3557/ofb0l9AuBPvCFOkCD8VEqPXu/jhw/ivrpY9D+hikv4L06Wzxncl98PthSJ+E9DkCZz+kP896df6lwOs8SPKysgcg'
    '/bWkzudI3c8r6vwFqnNOHvxhQ7oI0rGQngDpMZCeCOn0fHFbppPvM9Bvp87bC94dPufdETUQyxjSxZBOrBF/XwFpGaQzIF0P6RJI'
    '55D8DTVwf7Pg50lKgV9sTR2Q4Fd/ofjcw1RnJMqzwR4a/fUbCn4+KMzeG/YO6NxCaWyvdPnayhLXr5K/f1czPPWz/v+4hvsvHEq9'
    'pEgnwHjVL9Zw/irsGdFQrJ1dNZzeziI0bwKk4yFdTmjbGkgnQToN0rWQTia0cj3QvA1obEayPdjymuG1CR2L8NpEdqP9oXYO7QF2'
    'Dyp8eaHa8/sa5p5/3GdKD1V7d8fCxjmT6cdU9X6tmp9FDMc5gNOGD1XL9ZFRZHddfrSz2vOl5rz7poG91Z0KWyqs//sOfDsF0u8f'
    '5R9Tkf3XQ6SO2yDPI8ReC+f5LuR5Ia2uw43HVu35Lxqp/ce2dFH7+mKVxxuqbDRNzmGGSmd7b5V3XwfLTVReelwiN6nkpadBZvky'
    'quO3RN5hZZ6C9JekjoMSeepxJFe55/+ojjk52K8hXQzpGZAuyBXXwfKtg/RUSJeh8q7+H9WRBRkplRfLUAuIjMXyM5ltKqSnQXoU'
    'yFqXVXm6T/deFOE3jiB8RQOkY0PKVqcE1DVZUtf4kHXNQXWF4YtwuamQHku+z4e6ClV83xuq80mn3j9VDm29bK95rJLzHCY+hUR8'
    'kG5ZmQ7662gM4jozb9Hgu/6lksfHK9VZ/c7KYr6mFLrW5xV2DBehfpbC9tip48RKL64N9XdlesdMVz49GuHvcN/NshD+xskvqvRL'
    '/1XBY0eG0bPI7IFd+T9G2HS8vlnhj80W5c5BEBzVPYSfDgFfe2WFB2ck8npO+86BucZ80CkKfoflmw/pQsIvzQX+5zgEW8Qj4Tqa'
    'cvq8mAN7WgXnrRgfYEN6OqTrIE2F5EHyFZyulXJ/ZuvuD3l/faWyh3Dqe2SI6mM061uC+krJ5/wbqm+jFRznZqOlH8OmV2JDfVWe'
    '7/dx6pdM9EmXojYMx5m+G280z/ePuG2qpudLz1NtUuBVehjaQNfSf5XzeNSdZKz3S+491tnFNtzUHvehch7zOwwfp8sDfKPczy+W'
    '6kzfqe9jQ1Qfm5t3aNRnUo/sXhw7L9swRPUxOndyieujdHVWTPVtJTx1B+G1Gb5UlvP1HaW+fiv8Wclvy/xrMUwbVPLhw2X+vg7l'
    'vWxX/18mlzdMbYHp2vh4CWCzOboajV0p7q21KGC4+r8yvjZKfXfOja2NxrNfYl90sV38ewuBeYQtlmnnl/E7QXGeAbB77zp35nXv'
    'pafKuB/+aURPTGUbXXnpDzkuL+nKNLo6zicQ7JOI3nQO0QufaQj7zhz32R2XnKTiOZ4HnPlsjvt+j2L768D6YI7bqA3HvUUaG/Pt'
    'aFy3SHRxMhvhMHcyGPwC4OZYUsfLZN33o7mg9y9F/VmOYFIfGm2kn60KXSubsyk5vk9us4r9s7QY8LCyuWB0L4faHted2z9l5TDD'
    '3oFx7AQnWqW1nXLquafE9bA94aZs6eMByMbyn7LDF4tgS5bTtStJ3V+Q3FlgbbpxcrG89WYEK0gG1Ln/sC7r+QYeyT5jjhC0cah9'
    'IKnO0f+c4etnDblHeSykqwnc00PU84sMj8mxieD585oywv0Zz6ZtqGyUnDq/lPF8u5bCFsk9/8vwNdFGyujea2awdqPxGar7JhtR'
    'nUPhE9A9/0e41B2gowzCpWVoXuM+u3PgT0LwexS8RLPB3sDGPYPwhsqTVE7cLuFd2N7m0LdGcv9StvaPD7H2n0p7tvDDSQcLQJfr'
    'Qt57eATsdb6IYLCzpLMVZ0prkZzlwPho2ps7bFczj9yJWELsco4h36eC3c01Alhh7lU4sLoQrBnk/oOJDbGr/0fjdOlDcM/3geJx'
    '+eEPvbT7GxBDEWJd3PYo2P+n5XtGq6YN/8o0jzsQJn6VjB+cnuZ3PUtpU+Ge/6G6aP+3x8RzsvH63xQfrz7Sdx2avV0iY/wiFT0m'
    '1/0pz246yHelisYca3BvXYe2fS7FY7ecakgHbkjxNaJjZ4d/H1r/CEZYu/3LUzzGpWqd0XWwEZVtEayDIFvj81LRYstR/Dgx5dnA'
    'lEpP0iepdyrqR9TzKjeuS8rzJa/iTVhcatf+R9CGsHp6B97vbT6vvQJ9rmhe2fndr1FZk7Xu+v+yed+D9OS473ej+raTNrYo7Jdu'
    'tfn6NbFbdcrcGFA2yA7VKfMR1M8WhS0Cszd7Lyqj4w/evf9n89inOntOhwQn2+3is/S47hG69//tcPE3O+n6h/HRvUvr+v9CZXR4'
    'QqfMDFRGV6feiMro2lRX2jzGbZDM7K5/lLdFcQ79F0udl61HJ1breCt+P0+u/S+0w/n+v2dDnMNWL30Z0pc+6uV9AOV95DwvTb/N'
    'S5+BvEe1eXnvCMhL4d4qyHtivzjv/xPkbX+fuA3/HpCXwv1nlPelzV76dck4vCcg70nw+wbI+w6U11m0Tlpzvr9sAWgrzXvdBnHe'
    'VkHek64S530LytsKea/vFPftbJR313bgUc4W922dIC+bN5r3OEFeNhc07wKUd9FXvXTvXYDDIJ/MuA3sf1He/7gb7r3vhXvy93hp'
    'Zi+sf5RXJfdUo7xUdmoEuGMfEMdvVcVs1YklU0ZoNtPf4jhIreSbaRykDPpdDd8duWMt4Izz78Fht36DytC+pSL0rYu0/2T0rQP1'
    'kcUCZt/YnW22Jy8XjAnTUy0QfGPlZglgHjpLsnhc7f3w7gjBvLB6WCz5WuB/cP8O3SVHeVoUcyiLS1QbcrxFMZpZrMug/RzHIZ8Z'
    'Es9MdcOU7zDp62mWPD64Dt+lG7tZJDfotlMUT3ybRJeqE2NH5SvYmbN3w/wN9dio2rUB9gZduW9jxPvoLQb96Ilp7J1xnx7BFq7T'
    '0vdj2KPRHrpfNcIatwBvU1ZwbLRcCBo0Q4Lf/XYxDxzGTk5njWwl/Hf9eH5vaBtpU1x2KVsJ7vZJZAEn5sdkSVt6BOcJcdX7yDj/'
    '3anhmBenLV8d578LJLq/rXO/5y749gQ6D1bFUtG9V3QrfHtY814Ri7FyZ5rblTn97RnnxY7H5e+D8o8b9te0TbgtLP5L2H6sGcdt'
    'DtsN7k10kvNVXZydLqmP3knUpQeq+soF9fVZwXHFo9T3+7FcxyPzU0HvbOrCfnysZ6Oqex7RLeF1aIwX3X3SvfMXoQ269EfUPtyG'
    'G8Z6c6pqQ3/I8WglfPaOsRyHqP5sWwlw9hKEQ70SHKJ3THVhrxvL/d9/04CmmtyVHGpaXBjr7YM6/kFw/Kw70vHT0983+O1n+4ht'
    'Sp8B7vZqlnHv/DRwO6QWiW47DhrwDdTHFk1+OK61/xHUR6q/32gFx6oy6WN/QD3bA2xCdXT6+OzkMlTPVk2ZJMy+eyqas6h8ca/E'
    'zlVmXzprGOpmts/lDdwut0NCM5sNx/LFMbw/Qyl7uD5/x/htpOOWNZx6vov62Ck5jzVdx7pr75Ooj50CXwpx0ZKrUT1dkrsOXTH0'
    'pw3qiZtvo3zKWSWqh47bUsAN3Xri5P0aDPvYG7KPr9Tr9XGn5H5WFLn+V/UcL28hvMk3CN/xkIYt9b0SXuXues+2mvJCI4m3+ziK'
    'p3Knwn8H7iu1MY+rPb313M5zk0TOYLi0wwDvmU3+pfXcJtWUh6P04PQIsOh6OAb1u8WAT9Ft6+SAtvYbwqqMAIvyZ3+rK+63qe5X'
    'Na776/xtfT4krIcQrFYFz6OiQd9F/Zbx2RsV/IbMz4hr86cBPywf78b8QmMRBj6+07wDtbVNUjaMnnUd2O5sQPDj1sE58E+TwI9D'
    '5+bG/BTAj0vH5sAfX+fdj9A99+mMQf57pZbjTxQ9ngPr2Vp+v2NryL3BFKd+FLHOXoMzAEYzvoLqHAo5z6nzejRPIlnBZN+4KgIs'
    'Sou3xACL0co3o3HtFuSJcp4q8uHj2vwPQZ2U9zmy1qMjpry97jhma/13aKL6Q+8OsTb/u1Cadpiu17sLfroatBZ3Svhekzo/X+B7'
    'Rdy6dAf+dQW+7qLozl2fnwW+BnaQ8e7X5IFNceNSND5BdTrpJbb5+K9D41Nti3FJdteN0ojFEWDRtT+5wOU8qn+n58FBspvuGcDt'
    '6WA575Uav/xP78mI7vDp2O6eTfxCsjvDZ4JN76+Goe6zoe7v1fB7Us0hzi1Mziv+Q1BXtwGv1mHAz71HUFdfyP6pZI+tgrqOss3H'
    'sEtjDM+p8d/vC9JH0Pu2rs0/gqGSlVole+sCAxgivtzd/0PAOEBgVNXwu3eyc5sew/3VgftytR/u8zHA3Y/gtkloZWcI+fpHArgy'
    'mdVk//gmgktjpejIvj2W2Hf4pxHcLRJ5Lsz52vs04IbRL/RUc1w1gYv1Cs0abdseAqfeIIDbZ+nfW+qQ3D9djuDGdVbpwD0KjWWY'
    'MzoHRk21/y7xATLuOnK0zr7lxPyo0zw3ksma/xUCBpUxH9GA0aeAcZcAxlbDvnxNA8aLChifFsDoNRyPDwpg9GmOB6MXu6o8HI8q'
    'E1G+fjPEwCj1eZK7/qu4z44DJeCrVOtjbhWX43V4cWp/o+LNx0SEf4cC/quV/rkS+TrSsRO6V1HX/koe43JRRu2XYynyLa+6w29y'
    'j/D7lX68F91RXI581+N7/jJZ5qaY4TI5xYn5QXUXIl8FK2OUy/qGsE7Wz4sq+Z67DvlkUeEJ9UO1ivTlpJjhsvbOq+S+FB4md4Gf'
    'hfQX5P0j6K6we08LwbCJvwX2u4b4/c8g/5YOjAoEg90jnw7pbEinKGD8vYL7A6CycJehHOfAe0YAz5QuF+3/Ang9Cjskkd9YZsN/'
    'hwBeWBnZgXdzBfcpwPZb6k+23xL7nf+EQdlOIqN8AJU1OQd19380Bm2a/KIoRjub83bUFhM5wSlzsUFZKgefISh7UCJXUl5sVQWP'
    'M8TKvmKgc9HhoacF1NEZUx15NAZbiax+hC0+Q2D490pevyzFv9/led90xsvkDIHpSx/NczztkOBih4G+4Puovx0S3rlVQANd/h+1'
    'ZZsVLQaJa/8XAK/H0KbM9fmB+iaD1y8Z5yvzfh8urYLzCjxe/VD27aisiX7cvfNvUJbi3xvynP8fap7S5f9R2xmfcCLhb5ZL+JJJ'
    'Icoy3qMa4Y3K75QOv/f38njgsfY9g+CdLfGPFRTnibbvkZjgsfbdUc7vlVPe7VHy+wDi5dz7f6jsfgl/9xsJv/cZVJbBPUh4RVnZ'
    '61HZg4I8uB0Pk7JXo7JHg6+Zk0nsqvW54phWLB5oDyo7y7DsJlSW+bxZQnzeLCaxs06FsuejstRPzlIS84vWewoquzQnjtUlK3sM'
    'KrtWkAe39QxSdla5378bG5u1inobUdmpNWKZQMa/51FZ6v9+Nik7DflkdPf/Mu7zqTmE7TfzK/GcAE53CDhPCOBsDwHn3jK/z6w+'
    'iW6O7UXf1ihD96AvoTKtAfwm3vc/JSizk/Akr5H+XF/m960UxKebnBnuNITdaQB7I+qrLB5AOxmfCxAObAnRLwbn5IC6OyV1HxNQ'
    'd6dB3dNRzJGtmvdUVPIr889Sjfol8sEmwm1LowzF7RdzfCx0+XvRueuBHK+b8qWtAv7Uvf8TUKZHUs/9BmXamf2vRhl6PvQVNC66'
    'fLtIbvukRt39BK8+pFHmWVLm6hzHRVpGFW9H1YctgrE4oDiTE8G5CLVRtc5Uehl65ro2p+czkNqY0TW0MCQcuq6O1IQTdK/btf9H'
    'uPCKxAazh9T9jywvw/RMf7DEcUxYv/+kUYb28SAqs8EW76XUD/qTWc7nr874eXhTXf8PstyP4sOE32Y881OQ7gNe+T9RGeYH8n8U'
    'vPnNqAyDt1/Bk/87KnO0hM88A8Wwdcp8WFBmJeGJj0W/XZ+/gjJnkNi460k9fajMLM22tQvKqNp2CSpzqoTHp3LBG1GZM3LFZWV8'
    '+VpBmfVkDPB71+d/QJlTJWVmZbmvzOaA81lX/g/I+yrJWwe4g9fmVo39mPELNqoryN7Itf/J+POK7H9c/R/KG2TX4Z7/ZXgfTG01'
    '3Jh/IcszGnaXpLwOb+OU/7qgr5SPZfYuXwjI20n4408EtKtTo13vR3XJ9JmsXbtRXdtC2Fp1obooH7GF0P8WSV26vr/OD6iLxjI5'
    'PSDvTtKHEwR5RfYzBdAX0rwHJfxqE8rbZYnjfbDzpyNhbMLcX3b5f1RXP+kD3p9dH2oobxCP4OT9a5rnZbE93ijRX/5eIy/Ttx0I'
    'yHs8gfuERl4G98dpznuG5RcKYFMxvgR2yO79vzT3z/oU4Qn2IR7EjfkbkHc/yXsdystiOS4SxKF3+X+Ul/IANO92lJfqytYjHZ5r'
    '/4vyLiN8wiy057v+P1DeUwR1Y77ggoC8dM89I+33DUr3tLWCPPRsZ0VAHrbuFgbkYeeqMwV5uqn9ryAPPtNy7/8L8tD9t1KQB9tf'
    'u+sf5RHZbrn6/xTP0yI5H3oh5flWNLkX7dr/BcBmtPMpAlvn7rG7/gWwnyd57kGwdXkn1/4XwW6V7N1fFuTZSfiWz6E8It7LyfNv'
    'AXkY/3Q9ytMmkdPei/qqe6bv6v8EsHtInm6UR2QP7fr/gPpN7q+65/+a5frI2L7BsByr73jUly2SNi0T5KH1zw3Iw+BME+R5hcCZ'
    'EJCHwalFc6urT3TXv6DcDg38f8nm5XR1f065/7H5Xamo9pWP2XxcOiR08kcBeRjdvhvlEZ3bO3luQ/3V5Y1d/X8A7C3s/k9AHkbL'
    'Px6Qh/HvHxa0sVWjjVcLYB8gbbxSkOcgaWOXXXzXN8rcXorqE90bdmP+oDxdEp3vGQF52PyvFeTZSvKsEOTppfu/IA/FtZkoj8hX'
    'rbv/2366peL/Xf9/huVYm2yYt6j3N92YX5ZeG6jsud/i4yKyL3H1fyjPDomc9VOU54CEv/ohyiPSPbr3/yy+lnRtR9zzfwRbZLfh'
    'yv+CMVLZArv8P4Itkqlc/X9AHha78N0oD5WLjoM8uwLysH5cEZCHyWBb0Djq2o6469/y/NXFZWPs+v8QjLtKjmMxP2oMbYTd/R+V'
    '07VLcde/xeMr/Iboh5l81yDIg2MM0TgNNM8zWX8MhBz827Z4TCzb0o8HgN9XoPfY5zqDUQbr3AT2pQDXvVZgBz8pe3Q/7sB81mJP'
    'rZfssfSfxkNzIs+hNzcFoJuXJfMknicryjxZynnC65iut7RlFuMgmT/B/O2x1pAhL7es+KZQd26izm0jlLfhfTWUG4vyuudykE4c'
    'KMaLXMD3qDjHYO+C9NKBoR2bONpgGn8kFaKNqv01jfbXCQZtZ/02oflHhKjj24Z1ULpWBnnT8IfLiOAEzausXhG/EtTmmgA8jFre'
    '6e+JiDerg3Qi4JSTbzWMkw3fbUnfnL4fr9lvhpus3vGg18P826kWj0UnWkdNkF5C1kgdoUFVQIPy1iEkZmb7wsdGfdGEZ6ng4XbP'
    'hvSthD5bGvh6FPDvjQATt6sc2sXuG85G/RD1S7dOtkbqIU8e4X4W6rP2WtaNT6rxNIfwrp7sGWnBnlFA9Mhp+wbSNkdm/aiQr0i9'
    'rh+Ge//wltKhZ2Bg92425+g50QrxNCLawnBId+6C5MHxgOP423xLL/ZilDbVW3qxBVMgH2NcviJgPTSCTssGWlYN50UVDOZhxK8a'
    'oGDaTIYZSBsLLmieTZ+CgEa7dlGw9+G5bAb9H5vLWsCBMRaPf3poL1jj9YOuO0tCU2U4Zgv2x2+T/bFcstcWPPQ75NucxlDsJmeF'
    'Ovca2iy/n1nXP4DF417eDO8+CO+cfI9OB/9ASFfUhNrF9kPXPgjWPY59uhjS4yx/XNclkC4iYyriY0XvEr2CYk12K1UDAY9ahKW8'
    'hWwtZAS8wzKY+42Q7jSUo2T5qlG+8fDHWLy44bP95oTBH6ttztOlEC9UTmjQODjLGNCsj8p3RbQqgD9gtG4Tgfu2ZI0UrZE9l1lR'
    'npRqBdUQfLwK8crJvL8+5r0e5n4RelcXcK4yL4ZzlUao13kmQ55qhEP2OfK9gba/LgR/XU7462kwBhMQXMqP4LRboDsIOjO2ke6x'
    'nt37RSmOdY/Ph3HKZJggfblIDmb806QlcC+B8EpO+toDxbzSuShP+UBxnvwA2CVbXgxJ5905kJ4f01lcBu3wsv2N+RcYA3WcLUhN'
    'dHVjEazJGX8aRu+nqwdR6a/qDOHVoTQFeNAN49cB6zCrRWsHxazMKOdD51EKY3YOWRWBFouedNWa7F2DAs0axMf+E9AnNtd2gB60'
    'FmQx2RqiuNoDuKEDG6+BdIBOH+sjFyA5zNJsVxboi+n5RQ3JF4e+yCS+ehS5ktWTgj/Z2LJ48ZTW1BnybXXwXnbuUwfvVfHnZbp9'
    'WwDPNqBhGIdmQpobMKODbI/GY5FDPATT/WEeuA7BZXhgCqce4VAjyFcpKDMr0SULdckiuUFARkPp8ILOMdMlxmOXHlwE/g4v9ehA'
    'kG6NrrsCfK8ga2IeOX/RsaMoZR8b3++l2T2jt49f/8Do7+Oir3rp9fcPTx+zQ9DHffeATHP7yOjzUMxr5n6wxbxvZPWR8U34bhuz'
    'q64U2FW3E5ttzP+Y8Gu0fVUB7ZtsiX3LtEL/p1jBsZA2apyBPE/uxFwdUG9zCevdBPwrtWXH9XWT+wEi/zwsv24cMWo3L4vHHuQT'
    'hdnILwH+mt4JCYJj2t7NltgXCb3fohOv4EUyBzKc1lnnKwW4XWGI2zp33HTxD+MYuwvh2NVPj6Fe3btMqvs6p1rc1yv15bklpj7P'
    'B5t6HVxWjcPGEo9H3PhXGYB/cy39e3g9EnqE7xnr3gMyuSPk+qMGXW0TnJHh+kd62y9FbW8+zNo+H+HIdkvst13W5qFua9h1I7JP'
    '3hXAH1cKbCrLQNcl8u2G462K6EWXJY7FMsMyi+XZaggfn3mo8orGNiehPTo2omWEJsn0YCJb5CD9HGuHrj7Pvec5+LcelcnAX5B+'
    'ldkPzYe1TfViunrc1AioJ0j/KtKR6ug2Wf4KKJ9R2JTWGeqJJgbYy1cI5JmodwFEeHoOsp3GNISd2TUh+64JAl25BbaGWFeO7XvH'
    'Aay85C5FYYCfYVrE5taC1AR2neDc8shWfo+RvVvXAn4M0Dnl/dd56b+1emnb5fweI8uz7oPiPNMC4Ix7M/gxCIDzjwu5j2Km5391'
    'd3H784JvrB+UtuExzg8Un5/o7im69k4yfHLtEBfp1zcezk9F5yFYN0jHAuvUqM1WI/An2A69DXAprH3rKLMfSYfXinN8CHz2qC3x'
    'ZLwMpQ8m59cWwaEjYa1dvgHih6FvzjrC36oE9KNMQD/C8muytVWQ7BEOrn5WQqsP3sr3u6hjtPcuL733Qa8t9ejb9aD/+8lt/vvV'
    'f/uKl37826DPezy6HGhyD6QRfttoP2L8LINVKzgHzWrImoy+OX9XEvrWRMaR0fDFxCfYGcS//mLiK+zLyHZkFvG9uZaUOZX4AGWw'
    'ZwOsj8Neg/2ZLSXtWSZpF4slMMUS+zVlPsh2B7T3aInf0WMk/lQ7LO7PbKWkXWdA3maLx/Oi9c5TxFBg43MOmqf1JGYDhTkLtaMA'
    '9zqov9jFkjFdm+M8xljFWK3PifGmSTLH7J6VyP8cq+MkSI8jc0rbMEdSfjmZJ7qWGU8RleaVB6w3Gc1jNiHfjkDz5ljmcea/Bd/+'
    'kuY63/lWcIzIsLALoAMcE0M7Xd+RoNfG8naf5Y/BoOs/N4qPoyg6ks+Pkn70/P/2vgbKrqpK87xXr+ql/qiqJJUqkhAKSCBgUhRK'
    'ICSAJUZExRAJTcDwVz8vVVCVV5XyVUJKwCCIKDiooz3a40y3ra6R7iTN7zLBcQwoBEZEQdHFWtgDDa4xTNOtnbaXtmjm3bp79913'
    'v33uPefe++onebVWrZvUvffc87PP3vvs/e29yXlmTDMeyacRmjuK+MNojsXJ3JGqNCfiFvbMpao0bx/N1TRZOwJkjI1vxiQfM7XX'
    '4P4s1zeonYnXJNlRRhu3jg/WBfBBfq7qtNSNtsH7dTAuP4Zz9mB9qsx/Mnb4ocm4uLLgh5KK/4uq11O/ai+zm3K9XjoDJE3nKXIf'
    'MZyV2DY/pvjky9W9wJ46iJpk+nOyCZ6N48XTbE2yRL9x5FRzsSctHd59U2ws/04V+U5QTBmNoaYxrhzDGhS/INHW0U4/JvmYguKr'
    'gsHozuyGIdpdzALlD5X4rOmNy0MdKGOJR0f7zna4ou8XcSaLUqXPjLBn5qY8XoL+Q9Tx6oV7qGNmSNv0vWbl5Qb+g9I/g1ief1Gl'
    '37gR7v0/cm+Y9e114R727RdCm+PknIV96mW6KM7JD8n7PWxMTzmyt8K7KryrwruMY/DxbCPpFXVMr1Dri2v7l+6/u7uK/+4K11nT'
    'GD8itN+cUPsZ1r7W7wzth7VZLZwnb1JebGoj8DobX9hRTt9VxI3JyTIpl1i3iW7uyOxvqtIceSY+1KUEL0F9VhcqL4cM/m0JxOK2'
    'kb99W3m+H/zbmo7ScyPGVA3AtQDXtUr2w5raKio0Ojto1HZdbyS8zjbH1DGypt3TvaZxbTuSzLkR1rxBVXKL6XKLOTqt3vY4dbbF'
    '6cDFIW1Qm00lT93szVOXiI7LaMgGi2baZhycDI33c+bgg+TMv/8F99rwEy9eznlmHdGdOh6HOg0H5fbOI8+esNtrR3q2kzx7M7R3'
    '9vPys6eQZ2950L0ufbw0vq+JnHEmn30O4h0B3/M0YI6+DnGQ+14oxQQ9Cn145Ql/u1H9CW3g96Xrklb6vA3NgN1E7HGncL5sBsFo'
    'G59vE9ffyfpcZak7mcraZqIzm9jmaf6hJQRfwXG2SoP3MMnbZJIfLsgPQccUpS2ey+hGNu8cU94knKUUOY+UK1elKS3MZWe6+wmW'
    'iee0pHtRl9PSNs9QFubLNM6gCf7PY4WPU6V+9CaIe1htsUZTsSam+RRN5iIo71YDk421BL+vG79EC2cJtLCC8COJFnRx3EvAXlDO'
    'eUZfXljsdzXjC5sFegzLK0T3hS6HLu0H5kG30T9M8a2nMNwqPp9VpTUpTmF8qYO80zKF326JcPbXzV024tw5479LGD/NVRYnjxLP'
    'gxQWf2Uz74Xr7GwmprFPpt+fM2A3zyeytc8oucbBHINaIbr8XqeTOBWc/2pLGqN0WaE3b73XPTi99PbTp45desM2svCSLd05bd5B'
    'bCI1RO7R2Lx28DOnoI3TQGa1qkqOMPxBe0Vxjn6n9wLHzxFG1+laFS3uTpev1D73pmNZPnqTb8IhuDmCndw8do39VMHCdJsY1IHP'
    'vzftxaxstuSf10Ib56S9cx5to0qF55I9Le3q8FT353jzbUrObRCWy4HmBMAzZX3ajU0pV/5jKffxP6XMcx+/lnL7UfFBiT6oGDUV'
    'QvdEaNu2Zwqsu93K4oI6I+DkaZsfTrl71kRmN2naeF/xD6tIG9Le2aLsc1UNKhajZ6EHSTmqgvJxcHvR/JSbs1tXX+1MzT1dbgzb'
    'dpw+HAY+1QZ8RNKXGyrY8iAMXTn9zFbrjzn3b1Nuvhq0BWUN4pR6yxQ/5cQ/LWP2qpxGju1U5nnfeF63AcM93wT35wkxXVJOvUFm'
    'pyuQ/9Pa2RIfyqnSvIn9mhiwdAyerbPzHRfxjF6pITL7Meq3E1svt2lWasgc3esv2ZXD1tyEdyJ/pLa6Uxk/y1n4L0YIT4waM8xz'
    'PzYB/10ScL7i+UA5X8f32pQ/rxba0PB9autyvnsJkXV9Ss6fZqObjrI28so89yrGPzj+hpM0fRpm8n2rih/DLa0Ht83q4s1aK/Kq'
    'Iq8q8qoirwzWPCp/kmRYNeNXiAuh/DSvouVAryLfpHkVN8DZoVOV5imk3+R5QtuYjYTKJKk/dLwoq9qUV+8N26gRZISUB3IleQfr'
    'evN8rlJfqByk56wRcmbSyYXKOaYiFypyoSIXpkIuIC/jvA/5cYrx4velPD5EZcoiC7tw3uKsRPnnpC0r5coRG52c2qi2sPbmpdy2'
    'pPMCrw1hcsbrFeSCaQ6iAda3f4Q519n66XVYI0v7BNnotP0i0JtJLYmcZi2cOPOF7Hs9FuMe0bw7zL7zN+RMNyqc6cK+Y9KXvpA+'
    'fAr8GPSZHaq0/gfVX1YqOR9UEA3kY9DLDcQ+0aOi5x6j82tSP6RH6eu1UFyuZBPPK7nuirQOccdlii/Na+if8gM6Pq7/ziV6ahb0'
    'XkovY4Y0y+fF+dZjxJbPecGoZh/r2vofpG85Q9uUznbktPefyT69iT3Dc+xJez6uDQbz4p1cZpsUrzXEaQPzhC4ps1yR1uDtgIOb'
    'avsX5kRuYf0dZn0Y0PCBMWEvVQeckZoqZ6Rj+oyUqpyRKmckZR53jOeUtcq+7ldB8ONTnaTfUDeh75jKIFM9bYzx4q6Um/+O8mIT'
    'edfH7FivszNCwUKPKhhihkx180FVWt/HZO2ktaJyW6qrNsiek3RBzNf10wTkJz1jL9XYO8PwXtL4cyFYSRz/mIDzojZUtJkG1Xni'
    'vsYhzf4ZZzI/NwP0xnUgG4Jsu1zXOpfomkPTqGu2kjPBdo3Op9M9Xw/Qv7JAj22MHudobOVnGNiksA8twLvnKjmGD89SXO+rjaj3'
    'ZUFvyMLfTexe3P8xIpxZo9SHomfCrcr8vC/h0mi8v+R/4HutU8Bm9Sh/3dtlqhQPze1NQ/DsQrJvtobQ2qAqrbu2U8m14sYizq2E'
    'kUPs2p60W3uCzlOPYCez+dY4GatESz3KLkdKUrSBY35XAG2MMT/gOQJtvMmeWanM7K85DW4xz9o7HvY3l7FhmMZ6AeP5GzZ2Ghve'
    'mXYDc+g8vBpxrbfO0LW+2GKt15J5N7H5TOX6vxFx/fMB67835da2CRsntzfu1PhKkuIPuWmiGZQdHyL8e1AF18XIKX8umjB9DWXT'
    'ooj0Yjo27NcSoptSWRSnFnFtADaC0teClOsjkHSwsZi4xLCx02e3Mn1+uuhqnbLz040H6LyT51kBh0LlPOLcG5neMqI51+Ys9Jce'
    'pm83CvTfw9ofE2jkM8qt45wlsQfnZ9zrarheANd3Z9zxzIE5uygDOZ8Wu9dPLPbm0HnWaf9qwkvfC+10Zfxr8C5o547FXr8+APfo'
    'c2fDc7eT76xifbw048kSpB28typj3t5auK7PeOs4l83PqpBxOM9cBs9enCk9F72DvX8hvP/xxaV8gPc1qh56AVkD53quZk1Mvmca'
    'HxFW08DmvHRDhBioo93+ORkA1cytlLuSMXYSXjFf+evZ0tw0prUzkqQjpaLnv+hmdMVz1xfI+QPvjRN55tw7U3m5il5RXo2nLPkb'
    'yhjEgTey73So0nz89J0F5Bu3wN9ayN9WqtL6nvM6Sut7rlDRcxg787WR/N+mVrbPr9ENS5eSaSzpfCHtMHYF8yD0RwXlKbX9FvaR'
    '52nEui9KJZdrqCYG7bcrL5ecMz/NXd45AO1mzl5v6fL+39Jll9PNpjaibc7KVSp+jhqJtqS/4R4r1/O09mXcMeFc1sCvSd62FkIX'
    'n2Z7F3WBKwivUsR3ZTMnayye5/hq2/fnElttG9CyNK5OwhvD9Ki6iPvX+f47BN8J5c0fJmeFZayPb1P+XJ2mcyDZwteo0hj1MNrk'
    '2Ie58Cvls4uzryn/wbGfwvyrtr7VhYQH0Rhtnp/KhLfXkOdo3+Ly8XQMPv4RzTz2kDGfVqIrH9t5k1QAxkLQiM2VaI3eYEKrKcKz'
    'eP61L3/IvZ64w8uXg/cOXwl1jsdKZcTacff6ow2yD0vn03Xe+UOX37dazr5kVbR8ZTb5+k3302Llx5Gj7NqsiRu6VvnzGkXJtSbx'
    '6c2EhpDX9gOPbiTf6BhSRJMNxqigvKM01szsRaMh9mBq17qB2L5GBQyw88wmYvsZMLDfbYH33hfg6+tV/pwZF5J+9DKbGT6zCvoR'
    'ZvfbLtjumpktbbvFONqI7bdg+J40/1s0ehvu43maffzOEJpsZO9VB9DktSq5Wqlx9QQTHU3SITstdTzbfO40f3szw7ZwfN+kcFmu'
    'lx90fVuYXKk3jLVJkX2RBG9tSODs1mixBrZYh6h6YlZ5+d0KIZgFXV5tm7xvTp+3kdiNcucjyEXs4yWaPtJ+DAtnGorbQHu3CSbM'
    'pj55NTs7S9jyrQYxE1HmRZfn1oTeqE7F15H79goa3zHqTTb4YonnJxHfG2dvNxP9wBSzktR+P9kwzsFmP5r6FXOEB0xnPxDvcBnM'
    'YdQ9FNRvxCTOi9E+3QNLyZyNquAYTltMr2nenLg8gPPKHqIvNhis37ggG0cNY1eS5BkLEuAZCwMwb3Rc3L++1ZDem+C5U5V9DKxJ'
    'HOdEjH5xPkYxPXyfjBCMY1xZKuXY6xEwWXy9WxJY7xZlFn8m5YbCs1yjRifpEXAVuP5zY2B6hokvjsYm0njaKO0lIcfeq8zyjiDP'
    'aVL2uUKaQA9MMmaU4iDixoxKeuE/AmZP54erxFDNvBi6jxJfAurKNvKqss6zI1YOcxbF1aPmsLMUx8R1kvOFid0O9bAO5cVJ92ow'
    't1HlCMft0v7Suai1mIs28BfTuamD91sIjrIR3qO18HgtwToVXEclDF8WBV/aArosxxZNVe1DtNPSejgNyq4m4ko2nkZlX0+6RrBX'
    'JmFzzcbU21CnornGpDg7E10A63AuUMExdQULm9hOFa8OJ/WNJ41VaTCcH6xjT89D0nlgXNDTeSypzdk1paLVv0QZ6/z7QPH3FxV5'
    'O2P1qr3Kn5sgbYnBH62s/axce4yNQl8v5oBC++Opwr0biV29VnivmZ2HGwOe4bhWjgvoZ/eknEXThZOkso/nIivAGOpC5HYTs/ON'
    'xJRTQZguWx9lVnk5eaT6DVK+tps0MmeAtTOh5BoTuM4FwW7Zw3z2Q6R/OWWWy0LKrcBzee1Q5vUyTOrWSDYU2xodUjx/n/LHNCM2'
    'cCbV8AiLi69OQH+qD9iDdE/NJViNXsOzGOpL5dAdp3Ls84lebjt2Ez/6bJiDVTHXfxmxjW5j+5rnsxxm80btwgNKzhm4xaBPQ0fB'
    'OtCznc06DCs5b8vRQJtvA1uL6VyMW8iLMWWfg9LmTDgb5hf3XxxZh/dn+1ysTGguEI9yvCrN9zui0VmCeJ+Ut2M2z3MXzIuJr95U'
    'B+xhc55k21Wp2T/na4jvd4LJiTH27k1kP7xtCnivc21M+c8cb7KzSNj4kl6bugTWpjbgzEF1T9vc52MBvg+e332ZcH6V8jMMG/I9'
    'W591P/Olo23C6dtJArbH1B4+YNEXKfc0xWxL+Ic+FT+fI6epTII0NSyc7yfPcmn9M6gP1pJntmvacQglKzzj3Pt9yjsvmNAEz1V0'
    'KOL7+P2XUp6eLM0DzymJuaHCzuTfC2g3F6PdPSnPJ7o9pL86rJbJeeAQ0z/uC/juWBm/u418N6l2aV91tL8x5fpy+TMSZms84Mxk'
    'av/JB9isTP1vPD/eyWQMhVk6ht+AP860r6Z4u+0aDNOLJFbIZm6C2jxAMFY6XO0hjS7Dscp7lFcvIS/oMSb5ck3wF7p8xFI9EZM2'
    'dXmT+tm+G1f6epXl+C7qfJum+Ls43vMAl22CxbSpkUPHN9VrmZQebZO3PwwjXZ+AvrREIzMGDPVICXOUV8E5yCbAzyvhMQuaNe1V'
    'pbm9p4qH2/B307gFzBNI53pc6evrSDzMdL6XEHmz3RJbE+V70+mDNNk3NQnsm2Zln1cf+eNdxC7B1+Mm9uxHNXvUVt4F6ZlUVqOd'
    '8lriIw3qo6Tzh+EVw84DF06T3OqYJjk9k2RKrYqPaRi21F2lvAEjGvkj8d9fCjFLWw3w/FUzZM6T5ke29oJ/Iz7GV4SzpG17/0Da'
    '60mgvefI+GiuWZN2nPf/V8D4orTn1OdbGnE89NuHNBiXYRVei4PaN++C/yexfuXo33UEe9rP2u7TYHW3W8QB4bqsI/z7FSXXQSnH'
    'd08NiDcaCNHpOH+iNcXC+moSs4Q4zZMFO7ek242r8tQbjIK7KwevPT4BXrtaRa/HY5vrGr9D2xiy2NsU66Vbb5pX5s+Um5eU0ijH'
    'hUv1iajvJGr/aLwN9xVXA/0E1V8PGhfN5bBDw6/yKpn6TbkQv1M7jAefT6vS+O3lGp6rs9vyGkQcJzlqYU/LaXgZrsU7ydlgwtK3'
    'aYod0NWfojr6VI5ZinXHNTyfrGG546vLoTs2svkaDPElX070qT42b4cixOxcKPh5bXElTjtOrs0zIuDC4vjlbes+l8MXPx00cEtC'
    'a3YTwfSNWsiLggqu2XHFLKGFM4iP3SSOlOuNEjZSh5Wia2syz3FolZ7pqwntOm2+O4B/RIn5O5PITBpTi5jb9hA9Ok5cIM0zZBMH'
    'zHUYXd3fJGz8JhiaQc05BffTOwiPKKjgWmkFci5KIjcGxaCPWpzP8iE4IOdclE35Y3PTlucNm1oRx0IMGslqC2kKvT+Y/GRC7tvQ'
    'fyZB+t8Zgf6HE6L/DydE/5cQO8UWFZwbqTdAh8WYiAXCfJhiznS2C3pOG7YY41AE+aHT7ZOMEYyLkwyi26whHntAgxMaV/64ODr3'
    '4xocUlANZROa7DU8I1P9oVaDcUWamav0eQ2pT4BjS3ZYyuL5KrmcZAXBPm6rd0r+pSa4rhTuhbU/YdEXfl4O2/thPr+z4Vw/1d+V'
    '4jvizL0JPber4BrKE0THtM23eCaRU7iHb0n5a8/uYO+cTHjCDuV/Nsk+jjP/cS7Entem/PlTKQZ6QoNVboM9Rt+pUaV5ZU3i5Zzr'
    'YTIv9Hs0X8lU2nuSOA+0BmCwOA9tFmiD6gjO+nUH4Ayktmz32qsaWU/99q0aPBHS3G0pf5zQdtb2VkaTVG7oxh0UV9CmiSuI0j9d'
    'fMBiYW+Eze2IIN+l/b0zIBZgKuk9idzBMzE/pxMzdbyFzSnKN95gerFNDmFJbrXG9Itw3G8LsdGE5WXsUfr8llWqNB8lzmtWefNc'
    'jnVvAhptUOYxeFJOSadO+62Mzx22wH5zf9CIxbt5w3dMeEvc3LB9Fn7SsQjfreToPXZ47N1TwGNHiv++MiaPjctTTXwOvGaJhAGR'
    '9Byqc0zVPpqMU065ueNt57VHybmJ5zO+86oyj5PkZzxb3bB6iufufyu3ztFspMkaQ5rMamjSVAbfDjLXRv4FxSnYyKCdGvk7HmHN'
    'bL9vOj5TfPPRJHdp3t9FUyCHm8BW0R6CsxxW+pxnNmOtFWR/YwKyf3mZ13jC0K/K6cAZ/4CFDhD1G+tTnk1rW4y9PJIg/y2H3JfO'
    'VovKuOZJn7FeJ7bHvCHuW3fGMn3HRrYUDP0oJueoggZLOjZFfDnOnnXevTmhdQqK+5tQwfHjtnF9tr4TztcnVPSYIl0s/Exc3yC7'
    'abOgD5rMedI2eS4nm1Ry9WlM/DJ03hBr9B7w0drIE9M8TzdpcAo7CZZn6TT5iKT+BNHQwhDbexL+n6ppsocnUSepwRCv1gR/W6nB'
    'HuYFGUN5z2DIWm5V9vHXYZjIJsBjnzKNfZBy3CVlNzfJa0Vt9k3MzzOm5JqjQTWUeNz3dg0d9CuzmMvpsnNO9d65mJyN+lVwXuWc'
    'Cs4tXdDI8TB7ju7bPC/AVHwvjF6RTikendPrkAqPm+N0udMQexbmU3L6dYGFvXCLRi5utcDk3KTsa/IOCbjvsHeGNXNywhTaQviZ'
    'LenY9CzBLO6w8DMF5Q1pAlqt18QtDarg2Eyqt8wT9JagWhq8PhHXTSjdtgv4O9Nx43hf18Rw3Efm1fbMJO3pYYK5nafRMYcZX9iq'
    '4WMoh7cQWSjVMwyKOdsEY0hy30eJF5H61qW82Pgo9Qg6lBdPl1f6Wpem+E7+TkGZxdMh5rJd+XNJYF2xVrLX093BoPKkcsnoML0d'
    'CfChrMCHMA/taoFOo2IcKX9p1JyLwux/SWI+gnSAjIUfJwdziDHBDUA/tjKGfr9mim3/m4u/V2v2Cd9HeQ3/G7HwY5rmYzG1GUhx'
    '4CZ6zVTp/1Jde8nXU6s552D9hlqyX0cC5Hkta78O3otrzzfJMzCs5FyTTUSXHgmRf9KY6tmYGpS/TtEpM4BuefzjmEaODVnI8AFh'
    'LhrLhJ3RyYIvHuWywMkxtkLpYzKD+psJ6W91Gfp7FuDrk14P3TjKKXedOX0sBHsh8cMg/imtIeo0HQbrHNVv0hdgh6A+9nK1byID'
    '2mP468J43zrC+8JscyMW7XaS/WlK7zzHURJ+tSiyvl6DE0IZllVe3Lapvul840sk1sD0vbB+36Hs6hyMaOwQ28DeHKedsL5epUpz'
    'RQwrfSyp884HBPxd0DthfXByC68y4FFh/KYc+9EWj5bT6BnTZSOfm4A+c5wyjwfGWiq5AD3oOuBFkm1Z8uHPFP2mi/Sb23FM+z0d'
    'ek7QGR3PyAs1/iPJz2Rr/0Mb0SUCNi6J7xTI+rSH8KUeCz8I7z89kyTRfiHkTDsb/Wk2vAL1yZ+Bj9c0zj9nuHbl5h9R/A3OeP9C'
    'eTUvyjHeqTh/OM+cp0prK9nGe08Fv4y6TpTfJzXG6Tobvj3kbDgeonclOf4oOppO98cza6vS1zcJyhGpw3ncTPxLeSXnaZ3QvHtj'
    'gv1BGXEF0dPD+oPvvFeZ5ULIGY7rHRZ7LahfJxni3kYt9m5fgA1U56eqnUZZm0pA1qK/437l5UvE+vEvLPVqgdcSnyKO0/n/6QJu'
    'hM/BKMNcmPgMBwSfIfoDJf5UjjqRuHcnUn46OMz22UUpP5a1UwXXmGyGZ5rAVh6l1jGvR4mYkONT5rE65ap1nMR58TTo4/kZ9/qB'
    'jH+frc74x/cuuH/HYm9872TPXAjPfJw8sxbavxSu58L13XBdlfH64cyVEyN4oQr/dhe8dx70YQ48exE8e+di9/qJxaU2gqkcm0nf'
    'nHF/DXyTznsfNHwvqH82c3KszfUlBCd4QcY/xksyx+682OKknPbXZUrngvaL8hUdTmp+QrKd48LWsLnA/6/OmGHfqhLyMzp9/W6X'
    'e32gy8P4oZ78t3DvKbg+Atc3umRMzVtd7r9pXDR9/y24/n1XPPnTSOZ8DVwXHpF1pXSCc/XlD7nXE3d4cWh4b+24e/3RBvce1bEO'
    'Xxl/vDa5RY/yH5zGpSr6T1hq0bLuuT9d6V4/m/dyLeK9BZv899oJ7gLfe++Ye80N+J9tJM9iO/jsXZf5n52KvRc3F7nT9sZe/zfV'
    '9e71ni/q+481P6T6HzQeAuf8gZx7/cMX3blZKty7bpfHH2uVnEsbc2fOJ7zvrze713N73es/T5TyR3zmHPYMx6DTMWYCxhglLy6O'
    '95dAU/U7vJzWeK/6z2Ge7vFjoZy/PfhF97rrHjMZlklwPw3BvP2oz8thyO+lbnbvLSLzjvfUeu//NIfopN7T52+brhvew/fv6NPv'
    'LawPMV/5a3xwWqy5HGTvei9mCL9XD2vzg43udc6m0jX6AIxpzUDpGuG962/S0xf2s470s2YK9JAH+t3rJ3MeTgTvXQO8q3qXZ0vC'
    'e+2f9t9bQdu8x39vGbl3Auzrbdd7dgy8t67ff6+N3PskvLdpc+ncfxXo4YxPl879wc+BvnVP+fhvXCxzknuS60O1AXqUZHM+TuDZ'
    'dOyfB10y3+Wn4bkavvYq0P5pV5f2555PwbXLjHclIdduPeh+fx78/wsP2dlfXn7CvWZ2+2P0nL917Y3XVpyarfUWuoJpu23kOZ63'
    '4tYno+XoDoqlqYsgSyfPrt8pL498+cfu9Xd7PL0RZcPX4d6zT8Gzj3g5jVEnLDznXi993r2+stu97t5fKttO0XxzKvTGqHltm8E3'
    'GkSHncR+bUILYTXlFhKZ6bybFp5tIPv+7TO8f++Y4v7xtc9GXHvJHnF+BD5znLAHqY3nfri+sNS/D2x5zzbYS+hjGwa+M7lWqfSs'
    '+aky/8mYtulMQXe3O19/OnIkK5/QkRNZFhWBtbH9adLEldnUP6L76FTU94/oz3hhNNRD9txpJTai9DH9MzlRZaQhymc6mc5Zq7Eb'
    'Yz31BcQfT59pJpiRIYZzonFHQwExOtUxeeaFKpm4yFQMGX4he14nryiPbtfIuZYynWGDZORyuG6OyCu43rf7gHv9/jOeTQDvffYg'
    '6H37PNsF6nCOzuZcv/Qt93rBi6Vnn6/8EJ55Njn97gKi5yVpS20k/V4J+2heR1GGdvjbMdFDauHMNAf2EOr9za6JUex3Jgat9CRo'
    'z08fjbXCbndNWioqIzZ4xEYP/Lygr6WUl3ewoq8xWauOVB0t+loj8UsjLzuTPWfaFtbnWE/+Rn2Daq+HF9Xx+9PJGd553rl+S/Ms'
    'tWO2Pu0/31M75q+A7+8+WGrHTIEN4fEDpfJi30/c6/PP+OWFjXy/wHL+2ok9Gv0e1cD/1W6lvvZz/979GJEzU+ZjTR+FPLmZ78RI'
    'arL701H6Jxv5abr+c2PqWl17Pb2qCbC2qE/tf8G9NsAe+PFT7jN5sj87Hgdb4EG5vT7y7Am7vXakZ68iz94M7Z39vPzsB8mz7WDP'
    'ffQJ+dmLyLO3POhel0K/Mwf9YzuXxKDdAvbDt0CffPohsD3Cd/a94NUxxjl7FG2NT/jbPYn0IQN8avW35f4uIO2ph+VnqO+b8ihp'
    'THHs282MZ9STd4t/DNRhbHWQtws2hHbQSamOi3PzNpirlXCOlPJCdZOzC22jhjyP+jU/45q818n6HMUuHzjH6f8oMRZ7jit6uYEM'
    'CJnvwJ90snp50n7LdsDs0fXvh/XPVNa/ipytop3Lwg5mCZ/bJHnOMVJUP+aYKKofv3PCf4/qx/8O/uuM4EvGe392V3x7ShxaPMog'
    'f1UMt9eskmdIoZhAm7Xjfi5qn2wn2JoKDzLgQWndCSIBIVSRURUZNU0yCs8rp3wGcJWAI1zwMff6ufugrhx5dve9/md/dSvYp+DZ'
    'fiKLsF2nPcyxlWXtOO87966kGGT2/cuo3Yh97xJy76RB9/p7wMa9S7jXeE0pvu+rgH9dPViK7zvE7lF839r1/vEtE+7h+JYI3ztp'
    'sFTuH2L3qNx/fjvgdC8vlfuvwb0/3l2R+4nL/V1llPu7KnK/IvfLJ/cbYsj9PmZruc7CNpE+yjmDMwVP3KDi/ARSALedtQF+A/0K'
    'FMvbUVmvGbdeFJcXVEsjLC96UM1FqRZAXH5RHYNfzBa7cNw5qjuG5iilkvONJekXu97AL3alhV/sAxZ+sW4Lv9gqC7/YGRZ+sRMt'
    '/FfzDfxX9QY+s6hniqSxb6b4qXbyXhPBb7WSNhFbQeXsYvh3Fblfzm/OTWAusyoepo33b4UwnuXseXyOY+2kb9E9jRhFk/xxPH+r'
    'A3s/WZnnlutT5rl/eg2eOaySyV1j44edq8Fy83ghetZbovxxnugH1dHPnFlEP4sN6cc0L11QLlxaE9uW3qhuxnOpjR+ldFQzi+jo'
    'OAs+hPnfaC6sHqbbH4rAcwpHKR3MJnnUqsxqeZvUj+V1TnYwfjCizPJezvb1T8dYfxsMzLFgt1B/9R9mhmZ7HGR7qIFZtxZJ2QUC'
    'MU5GLrK0qvzQnwN0SbuTtCNXMGkG+1HFiRUJd+jGtZUoiLtavq/UT/jrJ71n4sgdKXcM2hR2C7j9AsHqhuUWqtBnbPqMgZlMJ0qf'
    'kfyKR69QrzLFetn9dFvhyJK0w1Vkeey1s5LlQTq5YmehayBeYniP3XniCxCbpXZ72BVsc92z7rX5wXhtUtkwDPLqyYfLm2O7ootO'
    'P/0mlc+puSt+jPtkjPp2f7sfAfz0yyy/o0nexhVKn7eRYsN4HkOKDeN5DKXcb69MlGLDvgH5xTZ+tnR/nXWVez3umvi6l249WmA9'
    'ro2oI5jmZipHvoQ5RzyfRBL6N88vR9eC56WLqn+3sfHQnGQ/hjyA//WyaDFQlXy/Qr7fXTF0tl32Oll6BtM5xo7/6UqvlgT+bcGm'
    'Up5G8wZznkbzBHOexvNg0n3E82dWclvPXlqPw9MrGNajMzahWvnz8a4LkK8XkHt7Gc84h9z7GeQt3gC5ic8k935wI+iVvV79HR5z'
    '8NSfe7HjiJVx9Dvn+sEuL8cxz5tOvzup93X5x0Zjx1HHw2fCctVW+FwsPrc0Bp8LfTcp3D7N2V3heccGbj+O/sdz6i0X+Gut8tfx'
    'onUNsYYgrzOwRfnrDIyQZzAnYJ61s4U8k2Pfwpr11yp9TQNs5wqYnzA/fT9772KG8zCpb+u8t1p5+Q572LjPIv3l9R8xJ+JyghMZ'
    'E7A/Ovx2WL8QTx6GK+G1GHuUPtf5GUQPo3k+TG17Z1rSZ4Py44qzKhj7zM+wnL5PT2jPVZdhz7UDj04BH8fcXhx3TTEuqTLOv8QD'
    'RjV0vl7YcxKt9TDa7yZ7bog8E9SO897b4SxJ+4R4mWELjE5BxYu54BieAsPw5ZWXS3sS+x2A4SkXrWbLRKsmbQThHE2xdNxOEVZ/'
    'NG5tyKjzhfNj+nwWziNS/t08o8thDY6wT6B9qV57L3tujN2fMFiLEWGP0L70G+zblzJuTi+JHkY1fSwY9A37NMD61KOC6z3vsMRf'
    'Ru1HL8EEOvPwXzIu76N97LfcF7br1UNog/ZtKtaBj39TcfxrWb847rkv4h7IC3qWCZ6f61s288v3AcVrLiZjtZlrOjcD7L2tGjo3'
    'jZNIinb4WF+tcnVeXU5xqS5oEB1t0czPVtav/wvX3yoz/H3QGB4IGEO+jGMwWZfDhjT3sSpX16O0nbPYD7zOuO35Q6JhHos6LvAM'
    'p+8bqtxzxnTR0GvKn+deN8enVrm+WjpPXN7kNW0lJbd5/W3HqnGehp+GrVlUfrdF07c8m9cwvd40zubptEfbOwxlJa7RdMu9L6fd'
    'syvSn0nfaXtbNetvs7d1vHy7sM5On4fTbiydxEt62Fz1avhv0LrkNGPV9eeStBvTaqI328rbXMieP518e7DMOjnf23Vp90w4k+XO'
    'qym3rajnvQFlVqear50J3TyWcmuillMP4/Px31J6WuwX1iHp9bg15dYRjTPmmwz3Rm9qennrRSkXS6DTG7AfYd8bFtYp6LtLyXdt'
    'bRvS+Y/rCtLcOd+tSbn+xSjfTWrOfwl24XLw2ueUF7+L7x6y5CX4jjSf3Bb5kPLmc7rsAp8jY7btgyRT8yHfc3TwhRFoyFZXdrCX'
    'J1rqPUnoF863zwdMclJ8vwm+vTACTRYsaRL9/WF2EmpTrgEfL83j8jTBd7USf9Ppgs15uuzNtvZTxGhjPplKXTmp1o37U866cuX0'
    '/1XWd3atbxL8I45vFfNQNSh9DVeb8bwF+ZK+8JTdezSGMe581MTgp5vhXhN5t4a8Ox8wFRxbROtKZ5S/lpTufcxtRPOXOe9uUF5O'
    'JOq7d56/Tcn5y65V05czCueN5/8Ik+1bmR2zKuXiEEzf0+kavyH+5VFmexjR2ApeJzLe5MzTp7HNjgk6+fEW+u6wxbP4jUeJzrMl'
    'ZJx/Q/QGk5xMwwxP9BfKq2scdY2ojeGuhNrD+qtjyjtbrs6413Mz/vYvzLjXjy/22j8Lnu2Gaxdcz4HrKrhekPG37fwdMVR4DlkX'
    '8r3TlFeD7iK4d+di9/qJxaW2Xf4+xVBJcS9nBeB5z1D6WnSnEOxtAXLi/Q7y3h14xsvZpIs9mBcQe9AgxDZkhdgGjvNIirclifnb'
    'TP7dAvGVr+yWn71WTW+NAewvze2zRJXm9rkWrnUaPBNiqGlNWomGugkNLAZd4LcQl3oeubfih149QsQntSn7GoI078KNL8r5EBYB'
    'Dw571gajQ3FLOnyS7XwnRevZBGilVvnzjkp6jmm7lJfdDNefR9RVw/qU1BzWxNSppefqIurUD0O8wqtwPQzXp7ui6fpJ9evf1sef'
    '59oEzi5JjAd5nam9LQ/7rEp5Mch1BtjHRQQbKmGVKQ5Z90zYN0ywkp3KLhexZAukdvi4dNAyRXSQUuYY3pOYLt2vsYGa+NS5DysM'
    'P4h1g9sY1pf7Z3IaDBe3A08wO/bxZWg7LN+eydzTPABSzEMtudfPzja62HuTmvGS3WM6+JTJPtT56oLWrVyYYN1+rp9B8zUUYb44'
    'nXMeiu8lMVdJ0FY6AT2tIgOnVwamEqCDqgA6aCN2zRSJi8H3q0LeTyKXerrMY6Q5GTqJjV2p6TtXSRg/juXsM9Qh0FdZzr5NWPiM'
    'Bwz6tiCBvlF/OdXRFhpg2k3tqeMan/Jp8E0J3819ywOaNhaAnZP21cTW26dpT+JvGNO8Qflzl6FONS9krvo0vn0e90nHwrFYNjjG'
    'ngC9rZrIonSA7jNCZLzJ/gnTe5KoRUNxFz3COkY5i9QzbNm4QG/OXJ4sYL112GAJu5Vn7Q4pOXY4T84TQTGwcWPLFk7zGkjnHROe'
    'MiTMs03dH6T/fuXPT2Dy/nSs/XSdF4LWeYhhhgqCLOE6EdWBC8x3mGMyCHUiymNrhW/RuN8/kr08GHDudp79F8KzB0PO6KMhPtH/'
    'o0p9qyYxKGMMG/ZD0v9eRkcjzJ/7BJGbAwKWXqLBMWaneJBg0cLkpcnYnDa/ory6IyMBsR/4d1Pbzg5o/05l5sfOKzmfwM3Elznf'
    'Yj/zNaMxSU571xF9aathjImEidSdm7Huyjqlz89gE3fH45w6CS1IdETrNer4JMVNUDuY6Tt0HsL2L9drKM6wkfmGeN6CDlVaby5p'
    '3AbHt5rKl6TwR1G/X8G1TT2urVIDNTw3/K4bVJwf65q1L5D938L2XmUPVfZQZQ8F7yGqwzv76TcpT2ahTt8C+ycLuoLNeXaFxfOI'
    '6Toh4tk0L9ihUwbfXBRhXKdajovqQdUV3lPhPRXeI8rvmor8ruyhyh6ykt9ZYoOzzcUv2f7mMNmNdtjzmU+lVgXXaIzjO5hJ+A4e'
    'YxiGy0gqpqk9wfnLW9icTOx9Ye1wP6XzzjbmtzGpd1xQ/prMPGY4il9Cl2sDMVRrwUaIeVDL9R0HW3eikvOB5IUYlrDvmeTj0/mo'
    'dH7rxgRoMEocfpT9LMVGB8U8TXWOyEyMuQybM1t/ajvhOc7zaXYe1PGk5phj4JhRHvdF71M7uYR7qGXPjzN8QL3gixoMwWlS+7lU'
    'B03yBY4G7J+GaZovW3rg48oSv9VohL3SBPO4xALnocvla5NzLIi36XSZcvhjcyo4hyiu2RZVmq8yrn9vOv3QSfRf8mGlQ+JdguY1'
    'aYyobt6OizFvEg+j/vllmj0bJXcQxTZFyftGbYa2vvS8kvNYjWnGwduMK4PnxVij0QBdUIc7COKbuMYTAi3TNe5TpTnvKOaYxgMU'
    'DOUbxWssSEDHHWbfdeiV51ofFzATttg/2xy7QT5oThtzE6ANkz21XYPV2anRc6qJzZnrNdK+Clr3cuMH4+7PlhhrwHEWfN9wfMuE'
    'Rt/jdg5ch4KGd+WVed7g7ZrzyJiS85vxfI//pPT50Oiebo6AcRlWXk2r+az9lTHaO1nJOb6knJuHNGs3muD+xzj/kwL4Ou1bThM7'
    'sZLQXpR5CatDPCfiXgiTyYMafp/T8J9W4QwVVcej9RmltWpWXm2P7Sp5e0ZDGebUNm/HUET8M8/NrcOVmfBxiiuz8bVGqXWyhvCT'
    'KHnFOVbekYNLVbI5bZM8byYV2xa2j0eFPRT2zojS55XV7Zk4MrlgERMxHMBvcXwpdi46XtgrcfZqGL4Z5yoL34+rL0n5gKg+nwuR'
    'ZbSvGabPR8mrPSacZbDeZJxzghQLIOEidDQ4PyEaDMrra1rvQaovwnXOoJxYcfLurFH2Ne6TzBFhExfbBnqWJMtalT6uNYqtkZ6T'
    'OjV8OYnYzQUJ0KEujq85Bt5+DYlJCMKbY13alSr5mEGdTp8E7j3oPBsWo4JnIp4fblzAz3O79Zilr9LExmvii9Dxdhub24gmniQu'
    'L9fZfDgvT9KXuF3jS5ViViQbWo/y5/Di/Jv6X5ug31nB9sl5TYeGPindtSi7vNE81vQuoEeTPZNUHacmoM/5GjqxqY9Fa6wuStBP'
    'oMuDj3nWTGO0Osk434yAl+hj+2Ch8mKr8Nv/bjAmCR8h0cNUxdTE0ft3kDFQGZdluAqUSS3k/N/B2hjR8OswWyfV2YeVeU7WIbae'
    '9YKvebsh7w6S+xkmlwaVPpZNV5s37Dyhm6ckcyg73/h+lXv9VpW/f09UudfvVU0tTiFO/uPTatzrOri+B66r4HomXM+qsdPDqU5L'
    'c3SsgevCI/b6OM2xeL4qzbGI+T/qDPZ7dYw5W9thhzmcJ6w15ly1ydWTIvuia6+Xj1NX357n15rEOb7g5fVE/Q9zwK5+1stt6lzv'
    'f8qzYeIct0KOz3/9n3ZzxnODch6SZG7qh5ZFO3fOh986cq8O+oq+9GrQJ1VxHF/7uddOkvlbm7tkOcLz/nYofd7f48m9Fy/33kfe'
    'ivcOQ07fwbv9/N/52wOQd/IQXF/s0suglq5k91gN9Plv13tzQfnI4dthH1zu7wv9Rp3S53qT9satV7vXH2wsnYv6Ae+ec52zKTgH'
    'XdQzd2aa58w0X988dr7s0fiyegP8r8783UH0xx0an01Bmdcrpzi1JuXlhIiaa30zOT8WlH1NRan+oNPue2D9afx/N5nXggrO3TGg'
    'sWFiXvSVQr8HLW0VQf4s5+97r4c8tZd5+iy/9+GNpXbebeQ6k/cQ7pUw/SUpnnfPkHv9tEWeX8nGSfUvfLeGPIPxDlGwvp/MuddN'
    'm+Ov05wYc2WjO3F9qQ32BNfJGmGf1RF9arb8uFs07SlPimyGsn7T5qc58k3dl6PYu6kcWwQffnq/e70U8t3/+Ek7+nr5EdCjHnev'
    'r0Oe+cJjLo97P9DX5D4HXfj8g8HvXEDeeQTy2P/Vo/53vvSAV38HcwjPg3e+ADn3vwJ6/VWQA//lJ6At0PMfhf8/Dd+/dK/b1glk'
    'fr7/MNSFeCra/mt/JLjfYeeBOHxVwXx/7qB39rF5/5qfevOWpKxZTM5Sk3PxkJ+f0+d5rFk9Obdw7KqJX9zUdxHklzPpKz/HOe/P'
    'A1pSe6fPtxekO7SSMU/q+kf8NpoG5a9LgH5oVdQZjvyl+051l98G0Ebmg+oTKThb/aErevtz2Vms9oh+fPOIjhmUU8nU7j3AdMsw'
    'XV1Hd6Z2vjGNL6Rfg+2XakPGscWPhPjEpbxnUlxRa0L41KhxY5J/WpcTbYeGXgoa3MbpxOZtgscwwfLozkPDSs6vO2CAKUkF+O2k'
    'tRlV/jyIUfeHje1wsQZTgD65+4kvAc+TLywttV8sJ/SGMbtxcQP4XEYF12jR4RKz4Lsy8T2Z4sN4DfmdEXDaNr6AvAZTgPaDq52z'
    'UgK8x8T/aII5M7VblHveBpVZ3LWUL5HvZaQvpLEUfBP74hhWJptN7VL0mKTIfmqH7w/i+ZJdRzW60EfYHGANV7wiP0Rf/A7NFXE8'
    'S8gZvZvtKcyF0AR26kbm98C9jTJqK/GXNmn4Rlqjt2F8iKn/cNwQUxEFC9ys5Py0Ydgsnrs6CTxuUB7u5Rrfy6lMFowIvnkJE1pO'
    'nPLKMttdWxO0ZYadDZtVaQxILgLGyxRbLOl/h1Rw3lvbXOTO/tsQcX2lOQ6yR5vEA/EzQ14z38MhPHu18vJb9Gh8BHkLjE9Oc4bF'
    '7y1WXg7cXkt8W5C+aatXOs9cNoPWc1FMfWNAybmCxxkfcNZ7qcH4xjV6jPRsXwRcVo7ITZtczZw2bzZc7+NUaUzoiIAX0sUnSHFx'
    'NGYyyOevGNYmDBNGzwk/A3vEm12eD9hkvM4+W2a4zrbrW8l7Juc9K8me1aG7YfeDNENjTCprIK9Bh3aq461Bi9LXyONx7zSOcMzQ'
    'libpVW1kzVMEtyfloOL4zTcJ1m6u8A61O9UEYOpN5TIfZw85++CYsuy7cxhGuVeDs+Yy9k0m65cQHabcspyvU63S5ykqhy4fpU7h'
    'oEZXzAs6lS6vyHSPZUgzBsmuOwf+jb4glI/3k/W5X9nX5aN5n3gt0h6CGeH5EbYwHexcpa/PMB5Ae2FnyJMMdSkeEzzA8OtNYMuQ'
    '7LYFwS5loo+0EDp6kOF0HwOc7q+rvD5+FzC9367y//9J9u4+ePd58u5e9sz3qjw8sCKYYfrMo/DMby2xwkH2BjWD7Q0XA62Yxnz1'
    'anjh2QlizzAnYZL+iZ4INo0Us2GmiP0Nbesralxs9vuLv+fVyOCJFQzD/X64nldjvr4SJnwlXC+C6yXk/zbtvoe19y7W3mq4nl5T'
    'ylurGW99bpk37ueW2dmqfwu4h2a47gNsxQ37vO82EztyA3zf+XVqszt12Z2a7E499pEuPZglqI77pK7SVcrrJ+mq171+5tPu9ZzL'
    'XZpZCvTi/O2rHwW8WgF8P7vca75LbuPe69025gW08dh6szZ0tLsQ9Mg69ivNWf0G93vOt+75lFKvfcoORWQyt5O43Q3y2JxvOlfn'
    'u9j/duh/LfvdX3znu8Xft4q/ny/+9hd/P1T8va34u6n4e32Xeb/3w/e/C9e34Pp5uPbD9UNwvQ2um+B6PcFZ15G9UU9w6vXFsd56'
    'n/+79TB+5+9UhtRoZAjS4l9vdq/nAi3884Q+LxO3AevoZK7yYrno75piH9+4vTgXH1Zq42VFPntdUUZvDJ7PNTCuNwDb7LzrXJ33'
    'J3n1dSDrN4bTqUMjbcOuDcSxfzi2j0NAt3vg+kCXHZ0i3Tnt6uwrFGOPdLyH/f8Bsu6Lof/17Le1uD+Xj7u0tB/22veKv38HdGpL'
    'r3QcrYDnXT7up9f9bN99D65/x+jWhI4zhB6d35eL3/zXPn8/XoZ+OH/nti763TeE/lAcsvO3X8C9x0NsXHUEM7SQ9O+MopD/0W3+'
    '/p0BcQLO3+k+q9PsM+zL3X3u9d0Dpf3cdw/svY3hPqg6FRz/M3yfxwf4dxqv9ssbnd+FrleGzMdJ24p0m/PPh/O3SXrOyeP+h/8E'
    'mCWhP1ng0X+8O1xnqiL9wd9Lxtz57C7yrtoBma6dZ3DeJ32uwOec57H965U/frGOQWyTQtOmor6aVrPqpyPkfob55jH27Amgh/2j'
    '7vVJ4K2vrfdimCbxmpf5daIVAx4vRiwu6kCmbdBvY8z1EmxjQ3gbbQynReMAaf94nN8B+O7f/3d//Z6gvv/yHnkMC4C218D37hyQ'
    'x8YxAZT/YVzqZK2kPW6sIN1Pzt8whtCq5gBglH/1kB3fLLzoYWnR34f3UL8/8IzfJ41xABjjaNPPlmfMZEWGzdVwcV6efNg/V8Mw'
    'V87fbfrg4LiluVj9uB9TTfEeXXuj9dt5z5kr2m8eexoF78zPuyhbkXcXinTw9SeK7RTPZF3Py7y7AHj1rwN+3Xl2sn/Pm/nHcN5e'
    'gff3PFsqg+gamcxfPZs/9bCLH/cFOTzs4cpt5i8D83fFz2ZGLHY9zJMuxmilgAHEecqyeXIw4Q4eXAXgxDn2qvugffwiP98oWN/d'
    '+/1x0dQn+gjEPKSe8j8TRw/bDzR388FSmttzwM/TTPSwuHO5LsZcYr8/AfEVy/aVxgNi7MVZj5eO95sQC/LN3cF7rAH+jTkGq2A+'
    'Rh9241E4n2iGexivQnmD6Z579HlvzznXZ4HHKEv5tus7cN7fHb5+Z3/blYN0HM7fqHy05Rm7D5bOYzWbxwNFvvxScb5u2F86jwcg'
    'RuUlmE/nmSjxd+qZcF7wu+K3Vn/b//3fwfedv9t897VH/N+/ZX88GsfYqc8J+/YTT3s0EkTHteycMnkGPeDJdn6mxXvIM/A79z/m'
    '+U7qlT/G69Zvyc9KmNmU8upXYZ/OK+7Tqx53Y9Su2SfL3/NA37jqcX88m/O8zRrdCXvjKuDBd78ox6U58XGchrOMhh1brmPHpToL'
    '9pfaeaPoL/t+Ar6fZyxjVYmeEkb7jmx5iemJnz3o7T2b734B5NWtMO5rXrR7/4HdpTwL7fFVzB7/jYNef79hGV+HsZfNZf4O3Z9h'
    'PNiRvY6eStdhcYTcJxIPoXocl5NXPAZ8SuAvuLfDdPkG4rugewPHdIvA33ks4i0R+TvGsH5nv37v0jk/jtiP1jlnwAf9/VoH50Ln'
    '7zbnQox9Vbuj6/S6eXTOCfcWed66B0vncQ/0917giesetJtHnP/VP7N77z3w3TtJjGsYr3FyAX32IPMhvhAtRvZemNOOg/71aFPR'
    '6Ol+2Aepp0tli7NmK8hZ3lYXW/ekR5uYK6ctZlsvPVRK71HOi4494/dM90Mbx+8tdT9J3kWRz79+0i8PTn9Ev7d1WJg5R7zx0Hha'
    'umd5DiO6Z3nuI+nshWeaJXDmd+JgaUxs1NhgnSzSjYmesf8E+ZUWbJqa/v5//zEBQw=='
)
