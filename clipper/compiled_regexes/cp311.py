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
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5161, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5357, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5553, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5756, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)haber\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5944, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6138, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6328, 208, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6536, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6726, 200, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6926, 213, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7139, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7331, 200, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7531, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7721, 209, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7930, 211, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8141, 213, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8354, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8542, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8730, 186, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8916, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9104, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 9292, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:(?:since|est\\.|established|founded)\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|未经|禁止转载|無断|alle rechte|tous droits|todos los|todos os|tutti i diritti|все права|tüm hakları|wszelkie prawa|$)', 2, 34, 9374, 1074, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 10448, 1430, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 11878, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 12768, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 13328, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 13869, 1431, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 15300, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<![\\w*\\\\])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s\\\\])\\1(?![\\w*])', 0, 32, 15859, 79, 2, {}, (None, None, None)),
 ('(?<![\\w*\\\\])\\*\\*[ \\t]*(?=[^\\s*])(.+?)(?<=[^\\s*])[ \\t]*\\*\\*(?![\\w*])', 0, 32, 15938, 96, 1, {}, (None, None)),
 ('(?<!\\S)@\\w+', 0, 32, 16034, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>كانون\\ الثاني|تشرين\\ الثاني|تشرين\\ الأول|كانون\\ الأول|października|φεβρουαρίου|σεπτεμβρίου|maaliskuuta|marraskuuta|październik|ιανουαρίου|δεκεμβρίου|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|αυγούστου|οκτωβρίου|νοεμβρίου|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|listopada|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|července|červenec|listopad|prosince|prosinec|november|december|dezember|απριλίου|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|grudzień|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|μαρτίου|μαΐου|ιουνίου|ιουλίου|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|אוקטובר|सितम्बर|अक्टूबर|दिसम्बर|február|március|április|október|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|فبراير|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|حزيران|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|פברואר|אוגוסט|ספטמבר|נובמבר|फ़रवरी|अप्रैल|सितंबर|नवम्बर|दिसंबर|január|június|július|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|يناير|أبريل|ابريل|يونيو|يوليو|أغسطس|اغسطس|نيسان|أيلول|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|ינואר|אפריל|דצמבר|जनवरी|फरवरी|मार्च|जुलाई|अगस्त|नवंबर|május|szept|maret|marca|lipca|março|junho|julho|iunie|iulie|марта|şubat|nisan|mayıs|eylül|kasım|مارس|مايو|شباط|آذار|أيار|تموز|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|יוני|יולי|febr|márc|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|מרץ|מרס|מאי|जून|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas|آب|मई)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.|năm)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 16061, 8586, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>كانون\\ الثاني|تشرين\\ الثاني|تشرين\\ الأول|كانون\\ الأول|października|φεβρουαρίου|σεπτεμβρίου|maaliskuuta|marraskuuta|październik|ιανουαρίου|δεκεμβρίου|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|αυγούστου|οκτωβρίου|νοεμβρίου|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|listopada|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|července|červenec|listopad|prosince|prosinec|november|december|dezember|απριλίου|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|grudzień|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|μαρτίου|μαΐου|ιουνίου|ιουλίου|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|אוקטובר|सितम्बर|अक्टूबर|दिसम्बर|február|március|április|október|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|فبراير|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|حزيران|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|פברואר|אוגוסט|ספטמבר|נובמבר|फ़रवरी|अप्रैल|सितंबर|नवम्बर|दिसंबर|január|június|július|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|يناير|أبريل|ابريل|يونيو|يوليو|أغسطس|اغسطس|نيسان|أيلول|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|ינואר|אפריל|דצמבר|जनवरी|फरवरी|मार्च|जुलाई|अगस्त|नवंबर|május|szept|maret|marca|lipca|março|junho|julho|iunie|iulie|марта|şubat|nisan|mayıs|eylül|kasım|مارس|مايو|شباط|آذار|أيار|تموز|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|יוני|יולי|febr|márc|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|מרץ|מרס|מאי|जून|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas|آب|मई)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 24647, 8637, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 33284, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[A-Za-zÀ-ÿ][a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])', 0, 32, 34759, 53, 0, {}, (None,)),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 34812, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 35033, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[가-힣]다\\.)(?=\\d)', 0, 32, 35059, 619, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 35678, 240, 0, {}, (None,)),
 ('(?<=[가-힣]\\.) (?=[가-힣]{2,4} (?:기자|제공)(?![회단실협증들가는의를에와도로이은하했한할해된돼받])[가-힣])|(?:(?<=\\. [가-힣]{2} 기자)|(?<=\\. [가-힣]{3} 기자)|(?<=\\. [가-힣]{4} 기자)|(?<=\\. [가-힣]{2} 제공)|(?<=\\. [가-힣]{3} 제공)|(?<=\\. [가-힣]{4} 제공))(?![회단실협증들가는의를에와도로이은하했한할해된돼받])(?=[가-힣])', 0, 32, 35918, 633, 0, {}, (None,)),
 ('(?<=\\S)  +(?=\\S)', 0, 32, 36551, 33, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 36584, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 36615, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 36692, 41, 0, {}, (None,)),
 ("(?=[^ ]*[AEIOUaeiouÀ-ÆÈ-ÏÒ-ÖØ-Ýà-æè-ïò-öø-ý])[A-ZÀ-Þ][^\\W\\d_]*(?:(?:(?: [a-zà-ÿ]{1,4})? | & |-)[A-ZÀ-Þ][^\\W\\d_]*|['’][^\\W\\d_]+)*$", 0, 32, 36733, 156, 0, {}, (None,)),
 ('(?P<day>\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})', 2, 34, 36889, 319, 2, {'day': 1, 'year': 2}, (None, 'day', 'year')),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 37208, 1998, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 39206, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?i:foto|photo|bild|imagem|imagen)\\s*:\\s*[^.:/\\n]{3,40}/\\s*[a-z][a-z.]{2,20}(?=[A-Z][a-z])', 0, 32, 40186, 175, 0, {}, (None,)),
 ('(?m)^#{1,6} \\S', 0, 40, 40361, 22, 0, {}, (None,)),
 ('(?m)^\\s*(?:\\d+\\\\\\.|\\\\[-+])\\s', 0, 40, 40383, 54, 0, {}, (None,)),
 ('(abonnieren|bestellen) sie (jetzt )?(kostenlos )?(den|die|unseren|unsere) .{0,40}newsletter', 2, 34, 40437, 250, 4, {}, (None, None, None, None, None)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 40687, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 40795, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 40919, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 41025, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 41124, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 41161, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 41254, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 41295, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 41417, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 41490, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 41554, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 41734, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО|A\\.Ş\\.|Ltd\\. Şti\\.|S\\.r\\.l\\.|S\\.A\\.S\\.|Sp\\. z o\\.o\\.)(?=[\\s,.]|$)', 0, 32, 41890, 312, 0, {}, (None,)),
 (',\\s*(foto|bild)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 42202, 97, 1, {}, (None, None)),
 (',\\s*(foto|imagem)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 42299, 101, 1, {}, (None, None)),
 (',\\s*(foto|imagen)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 42400, 101, 1, {}, (None, None)),
 (',\\s*(photo|image)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 42501, 101, 1, {}, (None, None)),
 (',\\s*photo\\s*:\\s*[^.!?]{1,60}$', 2, 34, 42602, 74, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 42676, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 42774, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 42953, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 43034, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 43055, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 43110, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 43348, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 43602, 190, 0, {}, (None,)),
 ('[ \\t]{3,}', 0, 32, 43792, 18, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 43810, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 44048, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 44076, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 44256, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 44448, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 44654, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 44686, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 44716, 56, 0, {}, (None,)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 44772, 113, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 44885, 125, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45010, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45127, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45256, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45373, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45502, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45621, 131, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45752, 139, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45891, 151, 1, {}, (None, None)),
 ('[.!?]\\s+foto\\s*:\\s*[^.!?]{1,60}$', 2, 34, 46042, 88, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 46130, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 46446, 221, 0, {}, (None,)),
 ('[.!?。！？…।॥։።။។؟۔](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 46667, 541, 0, {}, (None,)),
 ('[.:!?;]$', 0, 32, 47208, 30, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 47238, 324, 0, {}, (None,)),
 ('[:：・／/＝=;()|·•\\-–—\\[\\]<>（）【】〈〉]', 0, 32, 47562, 222, 0, {}, (None,)),
 ('[:：・／/＝=]', 0, 32, 47784, 206, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 47990, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 48196, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 48224, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 48244, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 48276, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 48438, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 48454, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 48566, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 48772, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 49106, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 49302, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 49356, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 49380, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 49404, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 49447, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 49709, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 50003, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 50021, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 50038, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 50067, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 50095, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 50219, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 50425, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 50555, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 50762, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 51032, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 51262, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 51280, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 51384, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 51459, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 51587, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 52006, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 52022, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 52066, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 52144, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 52231, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 52318, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 52407, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 52526, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 52601, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 52682, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 52698, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 52884, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 52920, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 53033, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 53077, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 53101, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 53129, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 53153, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 53197, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 53338, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 53821, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 54098, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 54243, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 54344, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 54369, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 55218, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 55326, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 55359, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 55527, 48, 0, {}, (None,)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 55575, 116, 2, {}, (None, None, None)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 55691, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 55884, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 55898, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 55926, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 56073, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 56288, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 56420, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 56539, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 56600, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 56712, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 56839, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 56960, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 57234, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 57368, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 57599, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 57736, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 57793, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 57912, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 57940, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 57956, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 58220, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 64767, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 64822, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 64914, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 65203, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 71184, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 71404, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 71523, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 71561, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 71594, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 71635, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 71656, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 71714, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 71740, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 71756, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 71772, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 71802, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 71926, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 72105, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 72258, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 72453, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 72833, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 72888, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 73002, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 73299, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 73477, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 73534, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 73591, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 73648, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 73705, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 73766, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 73823, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 73863, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 74046, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 74206, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 74417, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 74499, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 74639, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 74669, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 74817, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 75032, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 75129, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 75349, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 75671, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 75857, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 75958, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 75984, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 76008, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 76518, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 76542, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 76566, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 76587, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 76995, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 77136, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 77258, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 77279, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 77470, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 77523, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 77542, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 77713, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 77785, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 77823, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 77902, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 78058, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 78214, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 79059, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 79487, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 79877, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 80718, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 81356, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 82200, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 82346, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 82537, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 82583, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 82829, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 82907, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 83119, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 83351, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 83462, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 83709, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 83978, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 84102, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 84724, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 84802, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 85171, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 85394, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 85457, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 85522, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 85620, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 85689, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 85777, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 85844, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 85934, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 86027, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 86130, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 86279, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 86867, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 87073, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 87272, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 87365, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 87712, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 88020, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 88149, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 88396, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 88764, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 88879, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 89168, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 89356, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 89701, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 90212, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 90670, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 90832, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 91039, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 91279, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 91569, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 91956, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 92520, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 92787, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 93262, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 93333, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 93428, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 93774, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 93849, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 93995, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 94072, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 94207, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 94320, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 94436, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 94510, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 94649, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 94726, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 94853, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 95223, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 95265, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 95358, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 95404, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 96274, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 96699, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 97209, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 97477, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 97550, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 97760, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 97843, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 97987, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98133, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98263, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 98391, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 98507, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 99010, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 99182, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 99437, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 99623, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 99810, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 100263, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 100484, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 100655, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 100731, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 102091, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 102363, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 102431, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 102509, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 102820, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 102868, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 103007, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 103088, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 103178, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 103308, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 103476, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 103552, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 103627, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 103757, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 103814, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 103861, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 103900, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 103939, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 104113, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 104210, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 104332, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 104667, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 104699, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 105664, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 105744, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 105905, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 105988, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 106037, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 106113, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 106224, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 106286, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 106364, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 106469, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 106604, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 106799, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 106884, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 107041, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 107089, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 107250, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 107412, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 107619, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 107855, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 107979, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 108030, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 108107, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 108211, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 108259, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 108324, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 108401, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 108610, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 108641, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 108716, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 108983, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 109021, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 109050, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 109093, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 109137, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 109193, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 109252, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 109290, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 109393, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 109482, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 109634, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 109715, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 109886, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 109939, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 110055, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 110179, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 110239, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 110590, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 110641, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 110688, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 110787, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 110963, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 111031, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 111061, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 111138, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 111186, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 111230, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 111276, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 111308, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 111356, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 111408, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 111448, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 111516, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 111552, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 111576, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 111768, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 111843, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 111889, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 111919, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 111969, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 112043, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 112126, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 112186, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 112238, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 112268, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 112302, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 112364, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 112399, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 112445, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 112493, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 112539, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 112565, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 112591, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 112644, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 112684, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 112726, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 112776, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 112877, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 112931, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 112984, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQl8HlW1+My3ZWvyJWnapqWUtrQ03dONpS3QQoGKIMiiImhNm7SxTZMSk5bWIgVxeYrKe+jTp8/lifoHrQsoTxSRRWRRURYB'
    'UZT2vfIAlycKogLP/DMz5/ae78xdZ+ZL0jDDL9x+M/eeu5177jnnnntOneM41YN/7uBfYfBvYPDJDKbe37TBvwsd/tTDu3p43zz4'
    'Nwa+eeVqB9OKwb9xkOctkFZDHpe8b4H8zfC7E9I+km6DPAUC5x3o38shXYjS4uDfYqhD9G3u4F+evDsKvTsS3nl9roN3CyRtWYD+'
    'zWCNHfxrgHdbIW2D9O2QdpG+9qD+FGEeHKizlox1JYz1eBjL2fBuDGrbBOgHK8fGPSq8engftXwjtKkZvfP+XQX/ZrBykrqnk/H3'
    '8jfBe5ynEbXVhfnLIVheOQ8vpgJ+5BHMIuBsJfSRtkU0Ly4Zh/Ew17vg309631H9HozJUE8t1O21dx5aG6wu1hdRW2oRfs+HusYO'
    'dqpparitBegnHY8cGo93wW/Wp1qYm3FQbxHSaqhzHepTLeBzNdTjuOonQ35n3VH1+MObWeXscWI8qxTfcpqyg/Ourdubz81Ae735'
    'a4f5y6Xz56G0c6UT65mu/Po5PQBKa6oIzRXRyQb4t7eeF+WDcm8n69RmnnXzfog/WX9gLvfJWWWkWQ5QRfHdAITF/FYA/W6GOcwg'
    'mp2HPcDZ6zjXPla630x1g/2F8W0uKlfByr1usO7PBrQ931rKR0yStNWV7E1uxLoaob0vDP79GcrUoPq85x/BdnXwGRi47DIHrZMN'
    'ZE9+K4xVNgJdc0chXdvztlh0LaP6WAn4iXHnUlTQlN9L5/3QnvdGsn95ePBloIVZC3oXe7/Kjr559IlmybMnmUkUPVPDr9K9Kt2r'
    '0r0q3atG617VaEnjmM7z2KogzUC6DNITID2KpOz9DPTba8cvAKe8d1PvCNIr7wnS534IusOvBukDdwdlfozK7P5pkL7y7SC998Yg'
    '/cKdQXrzQ0GZ7wPeeu+euTRI7/7XIP35BUG6/7wg7zdR3kc/EKR7PyDOex3Ke/he3k4vbf1akF59T5D30yjv7htgPKDPuXtK+/gv'
    'KC8dFwr3fShvM/T7pjvFeXejvE9AnlduEee9GOW9BOpe+qA470aUN3cv4IgE7oUo780PB+mD94nH4WzATe/dzl7Ana2lc3AayuNN'
    'nqjOE1Cem6AP++4srWsZyvOdh4J0zMOleeYhPeSiNwVp3UXBt5no2xfXB+m5VwffpqBvzYBL+T3Btwno2zc+WPqtHn2jfapC3+i4'
    'YV70HRFk72bEegnpvqvWI9jWVUf2CDYPc4EvmQ9nD5Se1YPusBnah2EUUH6mN8b7XwPKj888bOA0JjmmGb8rU1Vjaltfqg/T6MM0'
    'Y67eeTOxBRAmB3xuEMkeA/yoHAjmrg1AFGDuLsJ8k63qTtORpB9nmJ+paH1EeTCd6HK4LI/PsNzWIH25lfO66ZwN/5yxc8SqgWBt'
    '3TcogN+TT+nfSDwPGE7Zo17Bk1UpeDLbcypGF/A+fJGFDDzKnwyo9WZEJhx7tEfE6blTqstLdXmpLi89d0rPndJzp3SvSmlWulel'
    '8z7M504eLrwUkT9Pz6HSc6j0HOrQOYdqTM+iXtVnUanudeSdPeH12WC5TnR3bCYQnSe21We0YsbdnE57bXmN4NtdjwbfTkLf1p4b'
    'pGeeE3xbIfh21brg21L0rfp1PE8R1g77VkO+HQXfWqAfXroVxuwI9G0b+cbWLCvH1jLLw34X0ZpjcFR5o85TI5ShvHaGyGnVZK6y'
    'lvwYu0vI7vMdj96dtDF4dyx692JH8G4JeufxAUXocx2MQyeq01G0uQgLaQoat5zD79+xvmQ0fc+j3/isb4Egrxvj3krOok0N0C58'
    'x5GNe9GiXq8fBVgzDRHKXnmreE9/Q8R9tobsDwWn9I7rQzvt4TYAHJuxrUhobL32Rh3byvvDY8vG9zQn2jhUInoromMLFXSsxYKO'
    'HW5Bxxqh/d63frTGvbTXKeUn2bcCzBmlg1VojK5wo+Egvd/cgsavGtpxHaS03X2QboC21aA8m1D/Wd4otML+rDAz6vUWBy8NR3q0'
    'R4VW+GOyn3r42aTBu+UEpo5uMX3KLWDjxc6YmW51VghvMq/qx1HoDQVM854omOWitY5p1jmInu0i316L6A6jFR0wf2w/fAeklwGN'
    'Y3AY71slKI/zLEb81MpcKezVuSB992QOe3kuKDcDtW0HaRPz67AItWk96VsT4Klp+T6038hofo1k/cyOKANTOPMSkoOw74U8gl0E'
    'HQF7dxSaxzyyK/PeHQ39ZWOB9/BuSNsd7uOD5u2X5J0KfcN5O8g+xXRBOM9Op1QXRMvjvRt/OzYXbe9TyZg5qGcGkSkXQXqcE9Zb'
    'LWb6Kyest2LflhGcE9Ff0TvG742XfGf+Ukzpuwj/6TgwPzYFxKscpTlTqU5QJ2biK4PpM5dA+8YgPKbrj+GqK+Cneggud0j4KbfM'
    'fbGtD6/ZTagvMtyuIHQD+2rZDTQ9rv+REaD+ErzLxeIJ3xvP/8j0qAXrDd+arjWMYxVwzo7P8lcP/r0ZwawnMEvPSAeyHq8j43dY'
    'ff8P9mZmQ4BxWmZDgGluHzrronR19veC9D/uCNuqVJC99zxI34D4W29S34Xa5hi0TTVebycw4uikh9Vo0vzJWslWGpxRPVFstosS'
    'nMR40hLxjDgOfmJ8y2jsaRot9oMGAt/EXqeBnBPZjgU9s2P28e+5p/Ss+sCNap9vSfDEOSe+HzK2f7P7GKb7tymvXk7/aPucUv9o'
    'sjZVJtAmzHtQnVUHed9rubYmGupwJw2I9SW6PbAP2pSeGwrODfdEPDPUP5UmdvhReBlM9/IIBzKExg3Xeugkcka6HtL1MJLXQ9Uw'
    'rAeVTjJdK+laGalrJZfQWlmP9KApvqf4PlLxvSIhfO8ke8R6IjukPFK6DkbyOsgntA62kXWQ4n2K968G2WAboffdRFbo0pzpp/JC'
    'un7SfSPVKaV4f2jgfXVCeN9L9g3ROhCdRaTrI10fI3l91A3D+tDZTHYj26J6sO1LdVXpmjpU1lQhoTVF95JL0PsU/1P8H+08lwr/'
    '2d6C94d2lD9dH+n6GO2y+HaBHXmK9ynej1S8H5MQ3u+Q2G+o7l/1CfS+qWyRrqFX6zl4K7kzuRjuTO6ZzM85KuHbSfDtyslgYz05'
    'fBZyAuS5At25XJVL11K6lkb3WjJZJ95aWJbj95BVd5VN4KVrKl1To9ku0cPHi87ivvpSfE/xfbTj+zfag/R9HSm+p/g+cvE9mxC+'
    'p3ie4vmrga5jf8Qpvqf4Pur5mA+m+J7i+8jH9wzUOQH+MC4y3+j9kPZBSn1i1iMbpa0oL/V5ytqK8XmuU+rrvAG1O4pf4wkO9wus'
    '88cY1VdvowE/6NVzPYzBHHjn6b0emsH9+LOxa3G4r1Hm787L46m5JqFv+IxzGzqnMT0DYj6qOp14fku9MV5KcIX2eZ6gz7MM+jwF'
    '+l3OPov8rzVa9r+H9H+C5k6Eqa3fBqfUBxr2IWniO5KtUeaTdwUaa9PyonuBce6D4PHvcEr9FY6FdeW920jmW+TjUATDFn+ZX+Fj'
    'nPAeyvwPqvy9RvFZhGnefEjHTrVrt2kbGx17X5kyfmMewifbPuO4APUA1/s+jpX3Cp17cPsTulsrAu5sdEp9v78NnTukvnCpL9wB'
    'fyjK6QuX+vF6J7xfkc73qJ/vsY59rArmcz/kx7BBjw+PuaX4kE/xYUTgw8WD/5hG+IUulGK7oqi8moqv8GN3uZzeLIVYYM/cCDFn'
    '0Le1ENfr5E0QcwZ9m7MpSH/2LuCZXB477PKdQbp+C8SJ+0iQXvqRIG8rgjPt4iD9KsQ/me0G8rxsfBgvQ8cJ8zgbBGOC+cN6l/N3'
    'fQL+STV+IpvhXgTDxKZMNz/POEFMHVH72iV1qdrZZVjGq/s+J4hfkVTdJnXuBfkS19kvsMFTjS2r0yQP64turmxtBFV5iwBvhqO3'
    'nVL5ol+WK+3HiTluL2Vim8XyeO15HciOuB+vOKVxSqY6Yt8nWwhutUnGzOs/Gw82Dq0gu4r84Mt8++P13YXaoJsfSiu2kTXbRuxC'
    '26CNWJeZd9R+x5kvPhYrCcsD2PfmAgGfb6Orwf5HTWMMR9UJRamH+TKV+Z4X+ZdvlcijpnqlvKOPheXLn3l7Wcwr95xbyo9Nstyb'
    'egR7lCrOgjcWD7tBHtE9lU0SmryLzJkK/i1u4HuVrl9Vu9sM4H6R7N2iPajN0fvBUNVxlRvE0UhqLC5xeUwOVZt1cDYSODLc0ME5'
    'z9XrxXAdbU7pvT4V7ONdridcklPb4OJvS+Hb5WQP0dU3zeW+lVfVBeksSGdCurhOD6focn3eFsIrm8zxgCMuz3BHV/6PqDwr9xLi'
    'NXXln0Tlo6yrnynKm+DUbSB/JrH+9jo8do4N7n0GlcNzoCt3NSrXj3gTXbkrUJ/3xexzD2rDkpw53rU5PL6HCZ6dj/JvN8j/GpR/'
    'n8n6h31TxR/qYMxzwvF7ZqF3TIc+Hb3b7fC4eOzdQqc0RkwSsYeYnjjOGQWN0Vpw0hitScRorXDsY7RWWvKtVU4ao7WcMVqrLfnz'
    'GieN0Wo6tmMsx7bWGZ0xWuuc0R2jteiUN0Yri++WxmgdOc9BoSnyk8ZoTWO0pjFaD9UYrQ2OPkaryD6uJgG9sgkvgfXKcfXF1D7Q'
    'pHzeUcfZEvG3sv6b2vWmsl4q66WyXirrpbJeKuulsl4q66WyXirrpbJeKusNhawn8yWUBxrN6GoFnI3Nh72QrrEKuBMV1ZYIx1hm'
    'dTgxZEBvLE52ghjjceRAY55kkx2/UbBsT4Vle57qKMWHPOIhTebT5pzyrxLetIWNzQCfS3b/9udQX6OT9ONCp7M5J49eF4KQ9pXY'
    'dl32VKs+1qB/j0EjWlcstYRvSK5HGfKivl6eeaoV6EpjGp6J1vapWABUPvV2LTZ6MhwxbZ9MaLuK8NRH7qhrOUZYDzEGdYGt9XGI'
    '9ntp1YB4zdLvNjYLVFY3oWs1lvx9F8DIG/H3CTyZ7Ehl73PGTHqkZ5WJFKCtu9y6iCT5l8MtcFfGr5iWZ/zocRZlysWPlKP+oeQ/'
    'fmfIf3gwH4d82ZQPSfmQlA9JnA9Jkp9Imi6l/MPo5R9M+YYJsPdG2dO88yCRzqSg4TkWSPa4OPeuFsY8H1/olN6TOtwZuvtSRXSm'
    'a1MG67byBmfxC8m8p/eu0ntX6b2r9N5Veu8qvXeV3rtK712ltnipLV5qi5fa4qW2eKktXmqLl9ripbZ4qS1eaouX2uKNpHtXWLc8'
    'BtHWSqLrXO7I719VAEx8Zt0KOl4Zb4r5fKbzpeWXoLy4r9jXFy2zTFEn00/b8Ao5JAthXsHUV7bX9o+7pTwD9VGN817l2uEWxg2v'
    '/G5UfkOEtna5pf7EbctfRNpvW/4MN966X+nq+ZElrp4fmeOW6pJM2z8ZldtsUa4OtamT6LBYnjzA1sHcRMr9FdG5DRZtehb0W3H8'
    'ujNYj6I2bDUotwXK3YvKmdJar9x3Lcv1CXSPNnj7GbTfyNb2xxDsbRaw34dgb5PAfhfKs0GSp99yDli5TYK9lMJ+K4K93gL22YJ2'
    'd5A8pwnGluY5AeXZIcmzzIAnmBeRJ5iCeBla7wSBPMm+1aNvG8g3LO/J5CV2Vsn4AlF8E1NZuwXxEC7wKU2Ih2D8hK2NRVydqy7G'
    'nox3qYP65kB6kYB3wfoVlm8d4TVYLAWWvwrsXVk7RWUxjzLJkcfeyQJ8eq5P4eO21yCbN9H5NO431snhscvHGDv8fg7RWbF5LKBz'
    'znqn1K9qTmCrJxpPOleqcXQNx3GORNdm0m7a7zjjn0HjX+mE/c3WknpXOer7/nWKuio0ddUlYDNC46VUCM5rFgpoZC/Sq7H834V3'
    'R8K8me4lmM7imDCUzvaSb5jO9iEejOodK4hNiUk8tYnQrhzCXezvQUVbikQGWyexV5mA5s11wrFwTNvbiGiW19fDoN6TC3CuDump'
    'kK4lv9maYfnWQDpXUv70QtCPww7jdc2Bb0shXYTyJlGXV9HEhOo6kozDGqjj6Um8jrhjJ6vjp5OC+3CYp2Cy5S43bKti4jscr41u'
    'gzJbiOx5/aRAjsfl7s4G6SPZsLxwE3z7i+DbjfDtAcG3O+Dbn7K8Lbdlg/SHkN6Q1Zf5ejZc1uvHjsF+rCR1/gDK32nZj9vh26Oo'
    '3ruy5uW/B99ucuKPkay/KyYFtBbzmW0CO6M4cuAWIpP3S/QXzZO4n37all6BXUtS9b40kY/BcK4nP54NtGUW0Ggv33dgPk+B9PtH'
    '8HI3wHzemk1+LXxrYiA3ee++ZYG334Vvz1mul6HA98smBnFpdLjTIZDZTOd9q1MaHw/bUvny8kRuJ9cnOIcUyegqGqzD75NQfTTW'
    'XlcZ6jtKUB891+xLsL7qiTz2nijODYbVYwn7+Wbx2JnGbDxgWd9jzbwvmyV96ZL0TQf7duiLbRySbU44vpAIzylf/4Xm6GtNt55M'
    '1qLXhnfDeHrfXbAJPRbSaZBORbaiXjoF0kWQToS0GdIz6kBf3szjF8XdIyne0n2oHc2tV/eZzYFMnPTY0jlc0sxt0m8ge8s3CY29'
    'P6vmmxj/I6LLE5uDszX2TbWfYDj3ZcuzT/xlAo/dg/fWkbSX/WRCgH+mOJDkHvbVCRwvugnubk+wnmsm8DVmEstqQ4J196G6h5I3'
    '9m110fhusTiTsN1vVhji0E6UJsV3T54Q6DuovTyVL21gVqBxK5cM4dXzh/Hlob8UBx8ez3GwjbRlk2MWyw/v6X2GZXz+37KPfRH7'
    '+MnxQ7+PMnx553iOLxtJu7dL5DkT/g/HSvRt9RX10HHpd9Sx5lT8zmmonh7B2RJ+H4evmo/mDNP/OLTXtO461Eca93tDgvW8MI77'
    'NmE84QxIWyCthHRpXSmPyXjJ6YiH9O/qjOP3RvqIXLGfjOcmch7Riu5P+vt/ArAWA6zvJABrCcD6UgKwlrL9PwFYywDWngRgHQ2w'
    'tiYA6xiA9eYEYB3L1n8CsNi93KUxYC1ySu/xTksAFsP7ugRgMbx/uYnDqnXF9J7uA90CWuPHs40Bq4PYKT3SxOPTDsWe6NV5M6pz'
    'm6OO+UvrMdWH0DH71BDUScf2XWieRLKLjXy8BcGy3YsorDcpYO2yhHVKE5enqQ6Ynkuo5E9TPfQtWbWsOg31LQr/w2QPf/038fvr'
    'SetPPfgvjuXwk9aXevB/I4CflH7Ug3/32DB9jKIP9WB9UzIWSeg//fWP2tqhkQV1st/7Eaw4ulPfXm5sdBpB5Zv1Y8Pr+lkLfhXD'
    'OmtsdHpDYa1Ec5u0TOLbyiP47RY6DFMaN8ag/es1Mr8Id5nM9kJjaftNdE824/9EY7D3me7fO0k9uyzOF9kaua2R77dbLGxkqYxv'
    'U+fnG4P72nH2cspHbYvQjj1oPncQeHR/vdC1h98Zc2xtdJdrXLgrg/q0QdKX3oht8fX/ZZo72342oLFVzV0S7WR1vtDAx3aThB5G'
    'sQtg8J8A+Lb6NR19YfTrrob4exiDdUNDdN6UwvpMQ5juydYVbnscvdjlDWE9t8ime1kuSI/PlfK+J0HeKycH6XtQmbOgzCJIV+X4'
    'e3//H4a6z4C6T4Z5w+edTFc1npyHTtTorlobAhvBqHK37yciBgwms9fFgMF0VP9XHx0G0039PgYMppP6VQwYTBf1oxgwmA7qOzFg'
    'MN3TdTFgMJ3TxxGMKDypB+O9CEaP4D4Vfi/jLfvrA7tU1ZmuqX3VXRrZ+M31YXqoqksnj/t6aXjnSuo8vp7vPSbyPbUru1XTp5kx'
    '4ev0CbVojjdb7BdYj/BKMYwnGyzx5HdFc3ztkOyHvzRoR79GlrivyH3uJXVe7Mv/xfA6KMf5sFfXJ9A4RDkP9u/LoXGQ4cV2S57V'
    'g3sxgruRyPDbLfkRDPdCAdyOBOCeIhiHfgM4Ip+C+J7FwghrhuLqlCL3JfJAHmzEIX0a0l+Q9w9C+kwe1j+CcWxVkJ4I6QxIF0B6'
    'JqTzIG2tgvVfx2Hk4ds4UuYISE+SwPgdgnEUacexhu34ZZ39nrefzPd9dcE6xfz3flLWRL40sQv4Wh33YblfoLs3wbGo5xle/R+u'
    '0+/vz2vo9qV1ejoRRee1Cc1DWwQ7DRv7jDNQHzZJzpW6I+i9jhaMb5/lGp+JYJjoJXA+pk9pEvRPJn/b6Gn+URvAjat3o/L8M7V6'
    'nIpiO/JQbXg++g35AwbjjtowXia5ZvHcfwmNw5ocl21VfiGx7NoK6QoiR1+dMFwmI++qDXRcLI8O3hIof7LmjripDN8K7XhTbVgO'
    'oH5z2b3zpHQTK4awTjbeUwTrT+QDmOlDlpP5k/WlMmG4rL1/HhNeO/0Rabtu/3hsTHAXFOtrltXxe6O+b9C60ru1P0JlVhHbdlZm'
    'Oilz6xjOt1DbptkSu/gcgu37yxC0damm3s+iepmt1JHEdqpOU++HEYw5pN4KSOdqYFwqaAe195+u0Yd1IRjNEhizNO24cAynaZ30'
    '7pnFXoH3GZ//F+DsEa49H9JjwIfMGcPvWa+Gu6ot5F7tLHK/dhG7/4vKLiFl2R3dUwQw/fM/VJbdlT2ZlF0rKft/NbzsLMuy/4vK'
    '0ju9qzVtfhKVXUjGZImm7AOo7Hz4tlgwrvTOsb//1/C79oxHuMAV6/G7Cb90o0XZDoKH16KyW4hce5gbPlPE9X7Uoiyt9z2orM4W'
    'i9a73aIsrXcTKmsjV/j7fw2PPRB3n/HgrRG05YBEPqDy0TJBWzYZ0gRKP3z7H9QWGzsP358pwvsDAn0A1hM8QPQEWVSW6hoeIr/3'
    'I92Df/5XzcuybweIfuI3Ev3EU6jsPokuQ1b2UVR2LugKViKdgc8TkN+rQJdwDyrLdBpziP6BlVkL6WIoezMqK9OpZCQ6jOtR2RbS'
    'Rp3+45OorEyHIqv3g9Xm643qTHZX83girOxLFvKkiYy+QVFHV0J1nF4dXqu2sh2W345G8LZKaMAmC33C9OrSmComfcZ1dRN4dQhe'
    'l6RMl0X7XqriONQlka87BDTQ1/+hsrL7RrskthVPVHHcMGmvjd0Eq+MHVfK57LW8F+jB+zqCdxY5r1bJzK0Sme1TCcFjstr70Hyw'
    'PCeSvMsk+oVLIpRl9b69iutEh1qH4MeJQON4fE4vz+v0AssSgsfGZ1oVp/HT6sTyn0xGaqzivmKnaWThCpTXJXmnkLyvVIbbtExi'
    'C0Hb9AdUlsrcszVy428qeRunaPrzcKW8PzTvvSjvHE3eWxVwqcx+I+rrOGIzMlMzTteiesZp2vQJxbjQNn0I5W3WwL2ikq9rmQ3V'
    'VkL3mU/Id1SG99ZezR3gRS6no/jM04O3rpLrTKivKZmMfA4qc6REvj6d+Ig6BZWZZVjmWEHb1gp8abH3Xpm5ijJrJGWmCPqznMjA'
    'x6Dfvv2foD+6MjlU5lSJrE3l5L9WhNt2OukP9cf1WygjOjdtl8iYvzYoQ2XLB1CZlyR2fb2knh+gMu2SswLatv80KEPbdn1F4ENO'
    'JxeK7Hdx3R+PCCck/6M+MF3FHwgfTuu+xKAMrWdLBffnbspfiXj4CyrC8f1seXj//h/qA21Ph4Av9cosV5TpJWdfzDfifFSmQ6FL'
    'wLzyVIN6dpEyYwXjsj7CuLgIzmaC090WssIfC3I4NjLHrwvhfm2P0K8fFzi9ejwv1jdQncj3UZkHiF6D6VMYrCegzA2ozMPw7X80'
    'eowvoDKTq8S6Aaq/+DgqM9dQ5/EBVIbpGk4geZnuYRKUuVTQttVIH4JhVEKZbagM061MIHqKM5G+xJf/URnad5lO4w2FME3Zr7Hl'
    'EdGUNQUzWqry91QEHbNu3VI7oZkFc5py0P8f6repPCyCUzCo+2myHv+e52VE9AGfz7Ayv1eU6ZKUeTIfjr+q0oF0W8jm91rCtjnT'
    'vyHP+eCVubAMbnvW/Wk0dutcMY/RRnDq6jz3jaYbF9P4tmwf34lgU5zZqeHvdetwfT68V+4kePIKoevno/ZsMfRXo5NBWByzE/Jc'
    'djqF8MGLCA+9RJGX8vUtKO9SInPMQjy6Hx8N5Z0O31oFbfHlf5SX8uQ0bwXKS88P16IzM1/+z/HYLCp+2sv7J5R3F6HJmFf08v5P'
    'jvvUt+U1fP2/onyXQfm7UVu3knMfyvvdAnVF8WPklf8KqktGNxkN+Zwibxexzf6YoA9tZO0wmvoBAVyRza/v/xPlVdnx+v6/cuF4'
    'NDJbQNG6b5fMo8ndaT9Wd8TyjIasyYVjDzG8fpnM43GKvP0k74IcX2OPE15zH+IffT/uirxPkLzNgrkR2cH69r8C/BDZu/q+0hW4'
    'tJnwDn/N8ryyswCGo7/PivHDVAZ4Isv5nah7qm//g9p8LJR/HdKlY73ubQZ5mc72W4q8VHd+vUFeBvcz2TCfksR9OF//j9rRI+AP'
    'sS5ud1aOF70E5y/OhmNjbTGYa7bntmV5/JnNEh7kTSiPCP/9+//ZcBwbakdwKsoj0iX4938UcDYz/z+CNveTNs9V5GF0aLqgPfi8'
    'zvf/mTWLb4X3IT++KIItsgX31z/KI7oH6/P/GZ6nXXKW9lwmPGYHyLg+nSmNs2RCE7xyjyvqZ3v1Axn5nDGadE8mPB40ttD3M+GY'
    'SnSvvikTnjNKg/cK8tDz0WvReJj6UPD3fwFsuj9fJRizZwmcd0MerKdgOo6nYN/ZpcizH/JcLMjzANm/OlGeyeTeSAvI9utQm/dL'
    '1uYbBPO8n6zNMzPhdfcSWZtrFHnY2lwhwNcOA3ydr5h7ZrczQ5GH4eJhmXA8PqpjbVTgPaMfVagfpjYGvv8vFHuvS0Kb/uza0SbW'
    'twNueC32kTy/ckvXh8m9Pa/c/YZtojzLbYr+sjb9J4l/aOI7wr//64bjue0idOWzCLapjscr989uOB5hFP8Ovv8vNxwvjspF/W44'
    '7h6OCcHiZY5N6E7TBYK4lL0EV8925fwB28dOE+Acnd8TBLij87/g3/83LEd5hOmW5RhtakK4Ymob4uv/UDnTeyJeub85fOxE/Liv'
    '/0d5RDYivvyvgMP45V8r8hwHeX6O8oh4dV//r8izAvLc6fDxMLVN8fl/JzxvOj7dv//jBH5Tk7pT4q9/1AdTexR//xf0QXcnhMXL'
    'rFLIEUXA0yqFDrMIZcYmoLOk8TJFdwVovEyRrQONlym6G0DjZYp0ljRepqlMxOJl1lnqNnEcN6wzbCmUxnHDZ0Ds3AbHy2QxoGlc'
    'ShaTTRWzMkoMuBrIK4sBV65YbhOc0njdFQ7Xw+SIvUwLsZcZ78jtcGjeGicsW2XdUnxj/TON+cli0bH42xVOqe/W4wT4sNgp9Tdb'
    'Jfi2TNKejKOPc5iHv0p4L8s7AfTgjmMX59Qr95xbOl+TBHZG1F6E+VAR2YB0aPDZty9zuY+rHgJvE4GLfV0xHNDBv8Xl95u6UH9U'
    '7W4zgPtFl9vOUnhdhjRFV4cXj70pwbG4xC0985e1WQdnoxu2HRDhhg7OeW5YD6c6K8PncTrYx7s8btISzX6t25s9nkVX3zQYE2yP'
    'OUtgo6iDU0Qx6LegMTWd4wFHXJ7hjq78H1H5LiKzbzAo/yQqH2Vd/UxR3gSnbkP8Ttz1h+Ox2+DeZwT8RZdBuatRuX7EM+nKXYH6'
    'vC9mn3tQG5bkzPGuDfYTUzw7H+XfbpD/NSj/PpP1D/umStbQwZjn8LjA8+DdLCccW3g6ercb3h2O3i1k9iXA2yQRl9y/g+mE4wTb'
    '7PdthMcoEH5nxt3Ar93L54B+u+tRiPGHvq09F2yRzgEdn+DbVetAx4++Vb+O5ylC/9i3GvLtKIfHTW4j8sURTjjm/VY0BzVkD1yA'
    '8uB5rUV5t2nyYh6/IgKvWenYxb2usqgDx8NejtYHe3fSRrC/Ru9e7AD7C/TuiTvh/BXRiE5Up4ovLQKvMQWNWw76YMMLi+KeM3g0'
    'rxuR/28AODb8eQ2sqSPJuBct13QB1kxDhLJX3hqmB16b3uDYywM4Pr1Lxno5pA/ttIfbAL9txrY2obH12ht1bCvvD48tG9/TnGjj'
    'UIforYiOLVTQsRYLOna4BR1rRPI0jQnQ64Rj1ncCXlQL6GARjdEVbjQcpPtkCxo/Jn9fB2mVxF5ig0BXsImc5/RFpBXe+4ug/77L'
    'TVf3ZNzR/BwUmiI/OW0OG/wx2U89/GzS4N1yAlNHtxqZ/gF0kM2wTl3IPyuEN5lX9YPn9x8DAxXimT+YbU8UzHLRWsc06xxEz3aR'
    'b691wjZWJn5NmT58hRM+O6Z2FYsRP7Uypz/vYGcEM1DbTHzrryd9a3K4HsekPI53IqP5DZL1Mxuti0b4dx1a7VWwlpmO0yVrq47s'
    'nQ7M2WFOqe+cWQWxXxz2eyq5w8fu1M2VlD+d+Qk6jNfF7HqXSu4zxq3Lq2hiQnUdKbkz+PQkXkfcsZPV8dPBOmYqzrCjxi/otbib'
    'sIWcmV0/KVhvuNzdYFv3iCAelSrGsm0cZepj2sR3t8z/9I7Bfqx01PGuTftB43Exn+EjKdb0ikkB/z/UsZBFcZ6aJwVybDlj/Irq'
    'fWkiH4PhXE++n0Boi6l/9Ruy4VjmSa2Fb00MztZawGbYFG9pXPeRhO+XDfZpWsR7EUnFH3/rRH6GknScOxF+n4TqSzrunai+owT1'
    'JRUHT1Rf9UR+pypOXDwR7OebxWOXRJw8UX2PNfO+xIl1J4J9O/Qlzr1RmzhuX2iOvtaSivX8bhhP7A/lWOLXhfpDnSLx+cn8kZzB'
    '/IQ2D318c2bHc2ZzeeLU0zlc0sztFW4ge8s3CY29P6vmm3DMFEqXJzbzuKa3ZdX7CYZzX7Y8+8RfJgSyFd1bR9Je9pMJ4fhTOvvl'
    'pPawr07geCG6e5FUPddM4GvM9J5BUnX3obqHkjf2z3HR+CYV90W0J6wwxKG4cWBEdU+eENiTRo0LI4JZgcatXDKE7ydsfHnoL8XB'
    'h8dzHIzjO3aXYx+H4luWfeyL2MdPjh/6fZThyzvHc3yRxenpELTbNtZDm6KeuDF58ViehurRxfGJw1fNR3OG6X8c2mtadx3qY5RY'
    'yab1vDAuoE8iX/rMXraS+Kl3NT4CnxwXjuFtGkuv1SmNufiTBGCx2IvfSQAWi8H4pQRgsViM1yQAi9kH70kAFovNuDUBWCxG45sT'
    'gMViNZ6WACxmh700BqxFxG57WgKwGN7XJQCL4f3LTRyWjU94Smv8OEExYNE7yY808bjIQ7En+n7CUZ3bBPtYnDt6sjH71BDUScf2'
    'XU3R4ydT+XhLkzx+8gZLWG9qih6LORQnsInL01QHTM8lVPKnqR5aF9dzGupbFP4H33Wta+J3G5LWn3rwXxzL4SetL/X9BAvgJ6Uf'
    '9f0EjQ3Txyj6UD9OqGQsktB/+usftdUmfoRI9ns/ghVHd+rfExwbP8Y6o3Hrx4bX9bMW/CqGddbY6PSGwlqJ5jZpmcS3o0DwTe/A'
    '29C4MQbtX6+R+VV+fF5oLG2/ie7JZvyfaAzHaIsSr9AmRuJtjXy/NfUBIJLxber8fGNgyx/3jr/Mz7BpO/ag+RT5B8D1XOjaw++M'
    'ObY2uksWm/K1qE8m8Tht40wsKdPc2fazAY2tau6SaCer84UGPra6OKW7IsB/ooHHUrfRr+noC6NfdzXE38MYrBsaovOmFNZnGsJ0'
    'T+enIq5e7PKGsJ47Cd9kJjE31g9D3cwn28kwb6JYjuPJeehEje6qtYHHq40id/t3iGLAYDJ7XQwYTEf1f/XRYTDd1O9jwGA6qV/F'
    'gMF0UT+KAYPpoL4TAwbTPV0XAwbTOX283j5mOvWT9956fRzxHg1v2V8f2KWqznRN7avu0sjGb64P00NVXTp53NdLwztXUufx9Xzv'
    'MZHvqV3ZrZo+zYwJX6dPqEVzbBOPEesRXimG8WSDJZ78rmiOr7L4Cb80aEe/Rpa4r8j9MSR1XuzL/8XwOijH+bAfJwiNQ5TzYN9P'
    'aFEfq327Jc/q+wlEcFX+hW3hXiiA25EA3FME42DqY1gUu4bd41oYYc1QXJ1S5PfMaOzOp0kczkckMShqEQxZTEtdfMpX6jgMFvdh'
    'HClzBPH3SGH8DsGQxbjUteOXdfZ7Ho15eV8djwut8pucRFzKr9Vx/yYiX5cmOBbHX9aH6/T7+/Maun1pnZ5ORNF5baoLx+e2jfFr'
    'Og9noD5skpwrdUfQex0tGN8+yzU+E8Ew0UuI/LA1Cfonk79t9DT/qA3gxtW7UXn+mVo9TkWxHXmoNjwf/Yb8AYNxR20YL5Ncs3ju'
    'v4TGwdRPI5ZdWyW+yK9OGC6TkXfVBjqu4YjxiWOnvKk2LAfE8a9ooptYMYR1svGeIlh/Ot+NeP5kfalMGC5r75/HhNdO1Pjtuv3j'
    'sTE8rhSNXSqLg/kjVIbGLJXF2bx1DOdbqG3TbIldPI0BulfQ1qWaej+L6qVxYtnvOk29H0Yw5pB6KyCdq4FxqaAd1N5/ukYf1oVg'
    'NEtgzNK048IxnKaJfH+a7hXUp+8pApzFvkBtbEZ0fMicMdxv42pJTFJZDNTDUNklpCyN89NCyo5BZdld2ZNJ2bWSsv9Xw8vOsiz7'
    'v6gsvdO7WtPmJ1HZhZLYpbKyD6Cy81HMIzquovind9Rw/yaMR7jAFevxafzMGy3KUh/v16KyW4hce5gbPlPE9X7UomwoTigqq7PF'
    'ovVutyhL692EytrIFf7+XxOOSRx1n/HjBAjackAiH1D5aJmgLZsMaQKlH779D2qLjZ2H7+sG4f0BgT5AFRMzi8pSXcND5Pd+pHvw'
    'z/+qedn9JJ7mLzQxMp9CZfdJdBmyso+isixW5krDmJn3oLJMpzGH6B9YmbUoLqZv/4fKynQqstiW16OyNB6mTv/xSVRWpkOR1fvB'
    'avP1RnUmu6u5r1lRrI0kdCUbFHV0JVTH6dXhtWor22H57WgEb6uEBmyy0CdMry71t2saL2CT4OzaP/9D8LokZWxi9r5UxXFIFhus'
    'wxHHwfkdKquLfUxtK56o4rhhGjPD1n7jB1Xyuey1vBfowfs6gmcau4HGW8Ay26cSgsdktfeh+RDFccDyH9UvXBKhLKv37VVcJzrU'
    'OgTfhygaR9M4CipZellC8Nj4TKviNH5anVj+k8lIjVXcb/00jSxcgfK6JO8UkveVynCblklsIWib/oDKUpl7tkZu/E2l3A8/7c/D'
    'lfL+0Lz3orxzNHlvVcClMvuNqK/jiM3ITM04XYvqGadp0ycU40Lb9CGUt1kD94pKvq5lNlRbCd1nPsTeURneW3s1d4BFMXqZf5d1'
    'lVxnQn1NyWTkc1CZIyXy9enER9QpqMwswzLHCtq2VuBLC8cGnqsos0ZSZoqgP8uJDHwMiVfcIOiPrkwOlTlVImtTOfmvFeG2nU76'
    'Q/1x/baCx4Gm56btEhnz1wZlqGz5ACqjimuM6/kBKtMuOSugbftPgzK0bddXmMWkF9nv4ro/HhFOSP5HfcBxnDEfTuu+xKAMrWdL'
    'Bff1Z8pfCeOEVYRjP9jy8P79P9QH2p4ORxwTbbmiTC85++pk938rwrHPuzV2LlMN6tlFyowVjMv6COPiIji2sbtxe/5YkMOxkTl+'
    'XQj3a3uEfv24wOnV43mxvoHqRL6PyjxA9BrP5EthPQFlbkBlHoZv/6PRY3wBlZlcJdYNUP3Fx1GZuYY6jw+gMkzXcALJy3QPk6DM'
    'pYK2rUb6EAyDxZvahsow3coEoqc4E+lLfPkflaF9l+k03lAI05T9GlseEU1ZUzCjpSp/T0XQMevWLbUTmlkwpykH/f+hfpvKwyI4'
    'BYO6nybr8e95XkYW776TlPm9okyXpMyT+XBsHl2sRVPZ/F5L2DZn+jfkOR8cNaY5Puv+NBo7UYw9GhvGP//Pc99ocWLuic7LdiLY'
    'ohjMKv5etw7X58N75U6CJ68Qun4+ao9pLD2dDHIwTmCey06nED54EeGhlyjyUr6+BeVdSmSOWYhH933no7ws5l+roC2+/I/yUp6c'
    '5q1Aeen54Vp0ZubL/znuv1/FT3t5/4Ty7iI0GfOKfpzQHPcfbctr+Pp/Rfkug/J3o7aK4plj3u8WqCuKHyOv/FdQXTK6yWjI5xR5'
    'u4ht9scEfWgja4fR1A8I4Ipsfn3/nyivyo7X9/+VC/sol9kCitZ9u2QeTe5O+3HcIpZnNGRNrjSWBcbrl8k8HqfIS+MML8jxNfY4'
    '4TX3kdjpRyryPkHyNgvmRmQH69v/CvBDZO/q+1FX4NJmwjv8Ncvzys4CGI7+PivGD1MZ4Iks53ei7qm+/Q9qsyieMNbr3maQl+ls'
    'v6XIS3Xn1xvkZXA/kw3zKUnch/P1/6gdovi+WBe3OyvHi16C8xejuTaNiYv33LYsj1ewWcKDvCkrjwPO4g6flQ3HPaB2BKdmw3GA'
    't5E8xyvgbGb+fwRtpjHA5yryMDo0XdAefF7n+//MmsW9x/uQH3smG47nvIXMXSYbjmXbQ/aFv2d4nnbJWdpzmfCYHSDj+nSGx5ww'
    'pQleuccV9bO9+oGMfM4YTbonI49vzcbj+5lwDGi6V9+UCc8ZpcF7BXno+ei1aDxMfSj4+78ANt2frxKM2bMEzrshD9ZTMB3HU7Dv'
    '7FLk2Q95LhbkeYDsX50oz2Ryb6QFZPt1qM37JWvzDYJ53k/W5pmZ8Lp7iazNNYo8bG2uEOBrhwG+zlfMPbPbmaHIw3DxsEw4dhTV'
    'sTYq8J7RjyrUD1MbA9//l8thd0lo059dO9rE+nbADa/FPpLnV27p+jC5t+eVu9+wTZRnuU3RX9am/3TDcVZ3GODEdQi26K6Eb/+L'
    'YJvqeLxy/+wG99jj+nfw/X+hdu6QyEX9KI8oJoRv/+tynwhx7zRd4IbXQS/B1bNdOX/A9rHTBDhH5/cEAe7o/C/49/8Ny1EeYbpl'
    'OUabmhCumNqG+Po/VM70nohX7m8OHzsRP87iOFcpbER8+V8Bh/HLv1bkOQ7y/BzlEfHqvv5fkWcF5LnT4eNhapvi8/9OeN50fLp/'
    '/8cJ/KYmdafEX/+oD6b2KP7+L+iD7k5IEXCxSiFHFAFPqxQ6zCKUGZuAztJf/6g+0V0Bf/2jPCJbB3/9O+F9Gd8NKIJ/iiqFzpLF'
    'ca6zlIn8838nvL+0GfSfxaXEOsOWQmnsTHwGxM5tcBw1WRzCBU44tqEuzmjGsYst7LmE8OTeo9D7CoBratM9weEx9bqdUv+d9ehb'
    'L/mGY4v2kbNcGudaFp92Hhorx3K8vHbfT/pNeboesm+IcLmf7OUYl3cI7CgoLlO/JP0CXN5ocd93imPGh9GzjHrDcnQvxXFUWZzx'
    'gpPGvRyuuJc6WqKLR69bNyyOec4pjSG/iPjNwfRvsVPqe5nG3jWJDZ2HNeud6dC17his9efc0rU+SWAzR22fmD8gkT1Th2Y8fVtJ'
    'l/tr6yHwNhG42G8bmzMd/FtcflevyymNET1VYYelg/tFl9uBU3hdhvujro6r3FIb/LhjcYlbar8ia7MOzkY3bAcjwg0dnPPcsE5Z'
    'RYcxPdbBPt7lMcCWaHhPHZ/p8d+6+qbBmGDb4lkCe1sdnKLLddZb0JiazvGAIy7PcEdX/o+ofBfRP20wKP8kKh9lXf1MUd4Ep25D'
    'vHvc9bcX8Rc2uPcZAa/cZVDualSuH/FZunJXoD7vi9nnHtSGJTlzvGuD/cQUz85H+bcb5H8Nyr/PZP3DnqiSm3Uw5sGeyt4XAV7e'
    'KbVVn47e7YZ3h6N3C5mtlBPsRSY8hm6/9u8TS2QB0/2+jfAPBcKvzLgbbPPv5XNAv931KMSrRN/Wngt2defwuN/021Xr4LwKfat+'
    'Hc9ThP6xbzXk21FINmojsvIR6Ns28o3JSngPXIDy4HmtRXm3afJiebXCYh4Yr1hpKZdWWdRRgXBxOVof7N1JG+EuAXr3YgfYEqF3'
    'T9wJtgSIRnSiOh1Fm4vAa0xB45aDPtjwuXn0G8u5CwR5XQkvrRuvBoBjw3vXwJo6kox70XJNF2DNNEQoe+WtYXrgtekNjr08oNIp'
    'LIf0oZ32cBvgt83Y1iY0tl57o45t5f3hsWXje5oTbRzqEL0V0bGFCjrWYkHHDregY41I70LjW/QK9FKdgBfVAjpYRGN0hRsNB+k+'
    '2YLGj+nOriO6KWr7w86Va5zwec1WandgSStqQzoc3ZNxR/NzUGiK/OS0OWzwx2Q/9fCzSYN3ywlMHd1qZPoH0EEy3Z8L+VPd3/Do'
    '/thaxzTrHETPdpFvr3XC9oImPnrZ2c4Kgc6c2ggtRvzUypz+7I6dd81AbTOJE7Ge9K3J4Xock/I4do+M5jdI1s9stC4a4d91aLVX'
    'wFrOwR7FaGsX1JM3oK2UsmZHF2n1h+q9q6LhPjzTV8WgvBmDdWfLAzkIh23kmePJ+S4+h5LpNfF7Wq5LkB/bz4l0Wab+3noE9nq4'
    'LTobO9/WMBfI2KL7W9skbTTxESLy7S+yxW8n33dY3HuM0471xBbq44PjsMoRxwduT6gtPYK7xlgPO3UI54H2/425YE8R2Vhi29co'
    'a6Cb0Plewz2F8tw240vXAT4nnoz6ajPWItvFDiLvTBXgUBJx6k1xh/Z1fzY4HxTNC26zKR5tlIwPtcVkdyr/YsjbqPrwDUUfusvY'
    'B5N5ed4Q5y7LBnK3zA+5aTy5Tok9T69jbv/Z5oj9ePcLaIZvazTY9jnDiEP/LTnHpWN81GA7Z0psoroFNv/l2Lepr0Mv5spxjjyG'
    'fBwbVhm92+jI/cHicdXdRTCxcfbvGmc4btvw+50jYN/7t0xwHmAax7WPwNsqmX+btS2j5dsltlBdGR7Pl9ISemdpvaEdv6jtfYbt'
    'WZsJzkZM+Gbb/bZDs+Zno7o7y8yT07VdnQnkz5G87+x3A1iisTfhTUzuT3QI5s4Eb77r8jiO5eLD6Hh82pXjYrtgHpKej0td7os7'
    'ap83G66N9e7w0taT3OBcTsY3mPqxFPnEUtU7A9XbYSnDieQ/yiuIxo7dNZgWsd6kxvwph/uKSJrW/tThtk+95I6dKS1hZUTjSe+u'
    '3ujw8RwuvcA/oz7btkHmk1xVXz+yj7TBIVte+UKH75tbI6yNqPyFH2sc7oQkRfeZ/cykCDjZZ4mTtU7YN4JIT4L11wV07l8DusZ7'
    '0dn3OIfbks4W6LcbLPWfBdBrU1041sc2o3OmGgSXnZPgs5IBeJhtRCW0tw30lOPBdmoAtSEH/aJlVg/+vRn+ffvg328EeVRwaZ8y'
    'SL9fi/T7VVB/JcwFO0fzxnRdrHPW0X3q6o9pjLOAnEGeZmIjZjsHo/ukO5iDK51Yz3Sb8xTdvQMVHalCc5gn6xfTgiq0zvOEFujq'
    '8QjRi/D+csARr+0Xk/NyeqZ3qOBJ1vzJWdlLSM69GS3XP/KcAxGeogAH6f6joz0Mn7YhfErnPTzvgjm/LO6cJznvvk344D/OdYP5'
    '/A3iS9J1/epb1ykPEJ7n3BDwACktHR20dDLIv0wOyhJey7t0dO1j/Kz1wI2l91NNbe0z6Dfm1Vwkh3UiGtAOMKLgsqsiA5nyrLmy'
    'PAHorAm2RHlE5V0N319D9AgFpP+oR3Sb6SGqLfQPDAecFAdGLA6IZC1mA/d3eF+DeDAZHVmAcGQqlHsayfnVACOngIPL43tirV8L'
    '0qvvCd9rn3xvkP5lbyldyoNeieHe95A96aH0BHOXyXrjli8E/fZXWlV1zcHF5neyLuE6bZ56o8L1PKk3gOSo8mnyVEbte73FyLj6'
    'cXTNuuCjvOhpcL3yrtROXdpoV7POfB+HbnBnvwL4BiZ3VTilsZOmkjWcMVzDdO2yej9M6qtU1JfV8DAm9fWS+qoU9eUsaJSsvjeU'
    'cTwxvWP1LS/jeIrqm1LG8RTVl9L0lKanNF2tQxfRd5mMhs/KKtFewX7XOuG1ye7cMPmOvVfJjLUKPjNn0QZWdy6huvG5ha5u793x'
    'aEpaEG1zUX7ZPDQTGUp1B/h4i/zsnJSeGeN8WL5rsjhnjjJftC9nQ3qeU+rjw+ScKeo5EdY9jEdjUEAyURPCHdGZ9/Qrpvp/7Lls'
    'YPeJ3h8dd9UZdjO0C8vHpufQE8BugJX19oZTHO4vy/s+VrI+a9H4mZ6jNyIYRSTz4z35KJIH+3ugPkLKPT6+f2gn8I2F9RWzIJ04'
    'tbQON2Id+B6+zI6iALAbUL9M/WuwuU79PqZ+H1O/j6nfRxu/jxlnaP0+ZhHtq0T5vLaOh/oXM+YW2WoMVftsbOJqoe7xsHcthPrX'
    '3FBarw5OVF+/cdv587vt25mzbCfz8zmR0Ghbnza77wnzCwscsQ+hxyL4b2H8uAf//dCnK6E/kYXFYdYKlNIiD2Ny+YOvC2xlDZtS'
    'gIqpEc9J6u3FdGWF8qJ+TC0g6h5+7Ab8qBiaifTGK8vkp7yuZGHEIeWeqAWnYiEthnYmmvYnUzL/FyG+qvO84CvT0x6MjXk1f392'
    'yo8mxo969DvlR4eHH2X6HLbHXpT67U79djup3+7Ub3fqtzv125367U79dov3+7lE7s8T/tDzkzsNrccc6ORtdODM56WpngefTYn0'
    'B6mv8dTXeOprPPU1nvoaT32Np77GU1/jqa/x1Nd46ms89TVebl/juu/03LzqED039+rqe+vIOR/3+ZhN5T8Ht2nPUx3c55Ytf4B5'
    '0soBvhbYnI6BfFlkGzAO4Ztvtzcghke/Mz5mXjbaeUAqa6eydiprp7J2KmunsnYqa6eydiprp7J2KmunsvZwxPUa4/B7UjWO2L86'
    '9dd+Gqw/vD92asosR2O23jH3Vc3s/ObAuOnKUR/wIr/mRTgvTgJed8T9i57fmtBUJuO3wPiPARm2ipHv29VE3EXn5jb7rMgfJZOp'
    'Mw6/G1lB8tH7TTmH3zWX3UtU+b+kuJuF9hbI/uGiOT3SKb3nJ7unSuF6Y1Kw5Jsq0DqU3UehZ/IXET6wDmCyb5j/nw/pXGSbmxHI'
    'f2Mk/fJI2QVEVzbZUcduwPFebOMX0DUyGdk+rreg6dT3t8gmTrQWG8jcx4kRg20y6R1SpqujMQVw23c54ZgObD0zXn2mQN+GbZ16'
    'IoxVt8BWzSR+FNPfNRIdVZUT9oOOx3452lPbDceV2QSNF9hFm8TOUeEco/NJwBXpm/D9YXY/oQXyuU44rqBozxfV3yXBI1FcHLrO'
    'PVivJ+t8iqHtXpw10k3GaibQXxy3gsaEaLPA6V6yFuc75rGVKE3A87VymOerBvFwbL5qLegJvtONeRRR3J2ocapUdBXfqWwUjIfp'
    'WutGfHmTYPyi0D7sb2eo9jk8TlnBfDc6pffeGd8gituwQ1NnO9K9Hy6gzXHW8ybJemhXrCmTe7g0XodNuTg4TOUSPJ47BfPk9ess'
    'tC5VsCsM5Qk8pvieQD+afzqf/RK5SdS/DY59bNBDgUbmyZrBdV3P9MwzxPhoqq/CvrZyknMNSrdnIvzw2n58jt9t8NK1uQA3sk6p'
    'DhzP/XJShsJYkdPPTxOaH0yPx2p46A7NnrGV8O6zHO4f7STQkVw5OUjfg3Qly1Db8e8lkK4ifVyZU9NONj8FxHdtaeXnxtQGoIrk'
    'eSek17SGbQG88r6t+Cb5PvcolP8DpN+A9PWbwm3Mw7jj89Nz18vtFLxv/i3OdaV+SfC3D36s1C8Jhn3pR8J9Yt+qPqLHnYIEd6oI'
    'LmwjNKoJjfPnLwzSY6C9f9xVqvvHeY4meeicy9o2AfZyKiPhscz/a5C+/MHweN3wMbin8EEBDmyCcdsRblOe6M4wrWB1bIE+vXuD'
    'fJ5Znp9tCLeNfXMvCbfNg4nLqeayWjGX/vk/4MUL7yqtD7flHa8P0me65Hh16UfM1msO0ekqGONJZ8nHiOX5t45w3V45L91/nngc'
    'JpCzU9Z/WhbL3SIcOhtw6JMXhtvwzu1gP3SNGE9E/Wc+1yZ/Lyh788Py/rM8//QIvyvCvnnlvPTB+zhNrhWU89JvS8oUFWU+tEhc'
    'Rsbnmeg4L7nHTtdY4uPa9hBsdB3xZcUHc5GOYIJnqv2hH+V5mP2dt9aOIWuN7r17bw/SH/6w1P/0LISDHn74dngPwv5xQ5DuuzNI'
    'j70lKDMJ1jb9RuuhOD7u3lI/s7m9pTi/8hYxjjda4vmfvhWkb7nZrtz7YQ0e+2iyNiKTBqKd+1cjxDD1y2jS1rxT6iMf+46br9Hx'
    'e+WS8P9UgXDoXKfU5+5qoocfUOQ9g+R9AfEBNO82TT1PoXpeAymTDTeQvL9EeVkbmD65neT9GVqHJ0PaQ/LcjdYJzdMraL9X5jsO'
    'd1Z7BklPdtQ+vIogqx3hlPq4ZH3YqSmPfSqK+q+r+wPIfuUMIhdvJb8Z3A4EvwhtZHNwGim7ntlaQt5utHevRmWKIG9VEJxZDd/e'
    'huZuSi6cenneiNqxmuDYW93SOTsD2bqq8AaPL4PRR8aFwTxGgfO95HcXKduiKEv7ci4pOxH4PPxtm6QPu8jvHpKvR2JLiv2fMp+S'
    'zC9nJTqfoz4csa8u5vOS+hHG9uyMJrEYEy7AdBB8G7s2B9E4k3P8xphn8nH4wihn3y7ooUJn345ZvDvqh3QkzEFSdghb0zkZcXPS'
    'PcrmpLIMc2JrR8Rsp+LMTTon4rMVkzk4VMcpT8ZpJRqnlYCLM+H3NHKO1kPOVvrQmREetw7Ls6xOAm8r2mc9HF2EzlNVebFMxXiT'
    'ExBPcgTiFU+EcpdI6mwS1NkhOLvX1UljJ7B5yGrmwZunDyEbs4LAdo3Kcp2Ep92K+E6vLdsFeRlf30b4+y0o73rCJ7YjOYXx6bWO'
    'mE/uI7wvozvnIvhbSVv6UJuKSI7A52kbCI/9dsIDM3uA41Db3iGQs0Rtm4fOLaj8s5XU00XGr4/Amujw+0v4vKCCjG2vU3rni80R'
    '1j146+BoAW4xW1hXgysyX/7Y7lAU5+AEBOuECLicRJvqCe0sjbcwkPVstmV220wnPlGw94roUjP6N6sP35NcSda5K9CXyforG0Nv'
    'Lv/F5bKRagyvBr99snmhcQVE9kWUV7DZzy4AneFNd6rPXKhOvxJ0j7ffFz5P6AP95/V3i/kS1rcd0C72rpqNi0TxnYU0N6pvveTd'
    'gTsGPoKV4096MRynWmnF1Q50V2lK/80JnJMNPk9mHdtnD1uLfemcjqo5Zev2MsG6rRjFc5yHR52r4A78vSSi856B4Zjjy+RzbBon'
    'Vreud6dz/qqac7bu1wnWvck91dF9S9V1nWN9cUBxJG3waGiy7d3gdMzjj7nq3LYG/dbFSDfjdxVzmc15LMSovufdSu55t9DYl7ZP'
    'o+pjta3JiOAZ00rXZ186p6NqTtm6rSPrtspBxtGKikK6DU1+WexKlW3MXIG9icjWm8WCxDqBSmKzoorfZ6Lr3knaYLMeIhjFZYcE'
    'kXMiaS6iLwuGAxF8WphayFnHuKo3/6LymTRXYfeU8o0KnFgUZwIrX6/LkfKNQz/m9LxukwD/o9gCj7K5yRpIv8onE522layP9nRO'
    'RtScsHVTL+O7Wv0Vu0e2/41Bc1sboZyO78uscq7S4VSNRX5KLxT17rGsV5kfx+hg93XpmF2ZkYvXeMxs7ATrnNJ4seXqn6ndwqvF'
    'zrAlQRsUNodV6RweMnOI4zOZ1Cub80N53Y4G29R0Hadzmq7r0WffnK7rdE7Lsa5HIg7Y2shjn2fYH4yXPuuY+2brG2Xruzqd20N+'
    'btN1znFhjpPMXRgWP5XVrYNH70H0O3pfiSndSHFlNOHKaJMjdDzmoXbvC58jefUfumcW2cTP9HTjqdODR33qR8050uibExYnA9uk'
    'pGfhpXN0ZTyTrOkmZ3lR9xNM7zLpGW3JGW0511bGwNwoPTcfeXNS4fAYELkI57Mi20P/rqQbwPx3mO8aNt+Z7EH7uLx3GcJ1K9iA'
    'VJIBqhpd810dd74NDCf2mBpQtMY0CMxF2l3VV1OSwOcc8OsMtzcDbm+0oDuZsnI5I2oPnxrRok29h39OYw1nSWP834P/+AjMZRfM'
    'Zd45FB9XhNnZ3DC0pN7iLXtdH6GnKlt05oMs08q/5xxuth93f/J+e34fLib1HrgxSD96d6l+QMdvpvKAgJbEQ0OtPCDiOYbLzm70'
    '6FNS+SKdk/LPSTPowzH9tJmjVxEvVh76+TmzfTqqvqXHCd9TyKfzGiyda323By2cbbJZis3q9ZfNqlnsdzszTOhlVzpnh9ScpfeD'
    'DO6i7NGPY8Sn0gR2yoeMvDnRr5tM9tX8sHGifvQGrJ/oExleN+mcDPecaP0ZKNonkrd1+VX+DGqJ/QbzRVB0Sn0SrENltfcCs/7v'
    '60SqLewLIXQv0LCcqj+fIv35VyhXbcKLecxXLl9gvytG1ZZR6Q/zhx9znhhMjoW/wYHdY6OjXnKXFaYXtTmyzu35298f/Ptt6P1U'
    'qeQr15kWBp5X72mrNLL3WH9sWmQqWSq3YX+jeB14Nmy3D/6dleF4nhe8p3icgT8m37PfIRoegd4Mtfx9sG4LFs2wO1qviQORHtPy'
    '4fmX8j8R5ikzhE8J7ps/2aSZzYFEHw3/k87JsM8JWzf/T7BugL66Xp9yMCSDf+w4SnhCX1GpGKuqETNH1Xrbg0xNJuOWfaZo2bi1'
    '2JbVwQx/NWuL6nvRoleMbnwhxckUJ0cQTjK62eakfrykfGcZfUpVwvgz+vDWdOyHZezpeRnj6/JID1BH9AAs5uFckMPmg50Mhsvu'
    'mKxC9jUYRgHlpz72vFgYDSg/vsNjA6dRo99oILDofRaTuB0M/hhCR8ZpdD9sHHX5aPsryLzkyLyYwKN3onR3jmzbuh7gZADuuHRt'
    'l6ztuDa2qwxtF2thbtLxH57xxzYLrsRGkMXIqnZ4DJ0MoXvMTnAMyYfp41FTkS2qY2czqLJ/nA3pWxKwxeiV0IX0bD842y8nXsa1'
    'laJ0pQfRlXT+Dq35M6U34w3pjYouzSwzXaoaiE+XqgS8G4srfRnC+YLkm+jsIQvtqUa/8dkFiyVH+cgcmm98rpgl54o0Ht0+7zsZ'
    'K5aPxapjZya/MTw7zQXhJ5k7Qa2tsi6/iBfPAj6+LbVdF8uBew6SBWbvZSUJ5jSkA/uqEa0XvObmQzp2Kv8muvOQScgW7NVgWyu7'
    'k2Kks6s4aP63Jyqs1N555M2J6t6qN0/Yl8v1kD40g6+/XqSjYaEZNqB9swhn4pOcUt8vzJ8I81XD4ib3Onr/Mcz/DI5/7NVz1uDf'
    'mbDv1RJ9gokO6VDXP9nyJKb3lzsTWLuj7JGc29qx5MrN0gBUEfiyMy30azgGLY31PAd9YzGcmU/XI9E3Fvua+YWcjL51OKVxtscJ'
    'vjGYdYL62Fpmdxnrgd8U8fQmukQaxwfHM48Lh66d9wl4j8ogQ0ZuFJMbIVd3C+UAWmGeNWO7iBor/d3kyPC+aGInbSQiV5ZmrLSX'
    'pTHvc2WKEylOaHivnEpGNTJ6ctLn4FNtkKc0Zl0RkO1dTul9evaNrV+dPGqrXxjtHNNB5j3yo7cCND0DMd3Pqa7O40Xc1iB9uTWs'
    's6DfVOfBbYTvsFrnMWTGQ+DJxMUEk7vYrmCe80gGO/6iYC73bw/PM/3my75vLMW/aoJntahe7LO1yin1rboNpYxXZTLo5y8M0mPW'
    'B+kfdwV5agR5jiZ5ovpSldlsZBAuVxNcZnpnZ6/jXPtY6bobFf5qMoRdsyNTMZ76SB/r9SSiXsUBinx+sDOD1F8n2t9WlXN3009e'
    '6kN15M2JjY/khRb5K4DG4nO/SnLuR+lvHsploL7WrwXp1ffwc1PG99I9yfu2Q7BfbSR5ulGeDrKntUGeDqAl2Pe3zm+4V+6NDvcz'
    '3kvq6HdK/VN3SPTJ74D0MgR3NeiDWKwTXH6HprzfRoDjzd+UiHBUfde1vwFSrEfvIe3olMwp28o8PfThjv35NtYnTr43SP+yN4Bd'
    'hXCp3eFx4nC9jTF4EdH9PecXgzCe5PQwL3hP+T7vbyr0oXKg9FAZ8330WwNa43XQpylOqQ0jw9fZ8G8PBrYjaBDYG1QN8PMTh/TX'
    'dbh/eNbvFkRzWpxDN5Yfs+dYCXzvbJRndkw8Ybia9LiNlNhpzUhPgcfVTcc2dvyq4R5bm/V+qMYOGs1jPFrjrOjmzAZGOee2YDG3'
    'jJfZe3uQ3nVfKS/D+GUv/cnN8fe+4yOOVUvCY5VDxxlMr0Pndk6E/u2Fsap/GHzNfseufPF75vkpn2lTTyXIQrffF38MsZ5Xdr5c'
    'FOghK5GchvH1QoSvFxK+cwxpZwXwncyOvt4p9b/SgPr8FrQGKgBePdAzdhaP022SNf8Osv6ZLMtSr6+L0fqh3+ais3727ij07kh4'
    'N83hti8LJG1ZQORpr9xY6DezPcD2Bm8nthB9xMZhucD2oJaMeaWA16e4MgGdSjIdc0sMeHi9RynfCG1qFsh8rsF6mU7G38vfBO9x'
    'nkbUVornOQs8p/W8RYPPojKUVur2CVl7VPvEQsU+0YL09H/7apB+4tuwDzwS5DkC+GMKWyRfN6G6/v1+gPeT4FstgrMb2vF7qOsL'
    'dwbpzQ8N//71FjJ/ce3q8f2CC51Seb0C0Y8LCY7I2kPpR4tmnVQL1qjobJHhXBaNiQjncF05ydklbi+Fz3wRMfgXIfgXIZym9vV1'
    'f3TO89DUDezsQ0+DZO/S1RfygRZsmjeb2kiw+cVrEK97toYOR3Nrg89RxlxlR+nBOgzaUk1oSLNEl7rRgrfvFOg7Mc6K8rYROWCT'
    'BAalC/WgJ2uAbxVIv7eByBRY99elkDeyCK7IPrhbotftRjINbhezn2kg+S9R6IepvtZr40TYH1kZ3XzY6Jtx/1X34UU4U0X43B6k'
    'X/Zg/xDJ891ovlVtwvAYblwM8G4AnaZOB34Ukktt1tsydhaBUq/ea9Ca3iiZB1E/2Py9G+aQjYNu/raQtMPgPGKzYD7aEL4x+9wJ'
    'BHaPQT9MzkNOd7hdPV3b3Whts/VhMna0bBHm5DAL3XCfYC3ryjAd3TigXbg9fQpaJzoDkulS2XpqRvYHU9B+5b3fj/DTa/MTUGas'
    '/zKTzeULB5+KQqGS/buqUF1TGFNbx55ifd0wPQ3e/xrLAdkfmL/5/PHfSn3c7NnjpV8OnvPP/4qf/nz2ohmvmzP/9f971jnn3/Tl'
    'L8+Gzy9d854vm3gW+u5lt7W4Tu65wX9e5oHumcgpSlDXP4J6vnzeI19GjzdzexL1gLbqSRN/RbfLvjazX18OPb+9Df8acAZuH/zz'
    '/n/+gNdPx/9v3+B/z/n/H3xue/5lgDww8NdQfRamtZrnbYJ3fv1TDQob3RoUe2SS2efJ5FzsG2Qe0gE4EWSZmYK9uADwRHvxTAn/'
    '1EfSnRIabKsD1vEVvwQdqsmer9sLehAN17W5TcJbtRPebpuAbkdto9ffz4COQWaPgOvebtgPXMZkXr127Ea8fFJ2CVh/1Y72xDZJ'
    '/0zPIl4PeKub/05J+237QduA+YIt0KZ5An59G5mT+eT7RsLvHQb8XlQ7CpN22vITMv1wE9I9UJpyuEU7eyVr3ebO5AKEuybnfBS/'
    '6RlTF1kb+HwxLnxbmVRm42DCi4rKq+RWaneDz9pMaX834rExrEskZwwYB0X3DUa7zwKTu9XUn5rHTZpxQHpvlLJzH0wXRPeJTXyb'
    'FZBdNa4ji/RfLxIaZKKTtLHrspEZZXqbdifsW0UFk9khfgWtra0Wa0e030ap/4NItjatP0o9FyP9QKeChkSB/WbEN3TGhHUa4K1I'
    '17EzIszFqO87CD51oL03CuzDkP5nq0an2BmxDtv7yCK+vgetYQ/m+ZlgrMuxntl5auX9XE/O3l15a/BuEtKrPwHnRLm9XKecR2dK'
    '7A43e/fKvWFbicl7g/Tnd0fzy+TXD3DrBgufXeaxeWgnx032rnBO8G4+6pf3zks/+1F+Xs2+FeF+0IsdfJzZt5M2Buk1H+M2Paye'
    '2ReEx/mpjvA4d54XHudFV5fCzaBzlzOh/d93Ax9OTB7Ca6LXAo9tx9/EJ0GzxV6zhdDHbkKXqN3fCnQWHncvwXBnAlxTft20vUVk'
    'Y9Znadvo/XuNG+gBTGx4KQ+Lf7cNI06o8mG/Kz4PNfiPJRI9+AbCB4z0vjwCcj/uy/5DpO1fgjORctAHJkOuzAXpsZAeD+nJuQDf'
    'KxmdzcG+NjlI3zOZr4/J6P7JaVC+NVe6XlZD+Xejcsz3Ms63FPJdPpmvK69NpntdXYTxwP1uhfQYST9o+4qgI5yC+A4sv3ZY0DN6'
    'DiPiCzFvMwXGHte7GdFGk3oxfeoWnIHi+mRn8nmBnFaF7Bdk+DqL2i6sApCS25UMbkYD14ZPqSJ7SSc5s1+E9B+dZDzmCO5vbSV5'
    'pqE82yR5mpENfxvSubcg+7oFTqkdEtZZyvLK5qsK/jDelMuPmEzuboaxYd9VsLFOitqM0328VyD3UFtvkWxte5ar059RfZfoPT5/'
    'FendjpLo+XsEe3FUvb8p77YJ2ZHa8Gg9At2qyBa/3im9w2hql6DSIfYg3XY90X9QekrxswbkDLxGthGdrK6dIn12E9Jni2yHTGxj'
    'thCc7BK0fzzoK3D7+wmdwGuK7TdY30t5YmbDY2K7Y7OeVOvIFD8pn9ol2OMmwB+23c5I5LduVK4ZnTusRPOHxzDr8DuvuwS2VLhN'
    'bQp5RYaPjWDvjOdzh4B+TCC28Hh+twr4CdwHZseMaVANaWObwM6L0lfZmUOHwXxuN1zfE4h+idmq0XNHZhMmss9ugLbocHWrBLe6'
    'SD0VaPwqJXvNVnLWrZOfy0XXe8j8TQN6h+lch8X+2GZBv3oUa79KsAYqnNJ7yTR2rogHpOU8PlBXLqpNhOxMwdTu1ZRfjeuPIqL3'
    'iuyIPpPal5SFTr34QErz2Njqm8hEFJeqCS7lDGyoFzjmvrtM21UuuKo7R+Xy9dEM50Qu0j+U+FFyM4fMYxHyPWcTQ9F1BrKi817+'
    'WPuSFFiqmT9FwdKMe6+wNl1bRmtlqH142/jsXpAgPjgEH0zPubD/7/VOGg9Dulf/i///qXyztSMdOv9RJv7Xo5xhzkP6VvZuBZKJ'
    '8+jOBrtHWIv4WHw/lsmV7UQHiOvb7UQ72y1Hn18v6PMZgj6fJmj/SRHGYZmgTL+mTAvQCVyGycR9JO/hRMaoF+jVmwR5OkieGkEe'
    '7wxFpC8fzvl7m2D+LhTM3xvQu28L5v5Di8Jz7/lnpXO/UDL3ors0urmXnfGq5p7aF6vmvsVg7lsM5r6lDHNfYTn39aCbwv4Kpjml'
    'sX/mgz1KHsHLovLzSXoC9OUcJ7ATYboklS4A64z6yBkCvbfYhHRmGyzOGbZpdPBY70rvrJ+A+nuCZjxWIpw+KoKdzQll3JMYjf0/'
    '9K5pavDub+jdWHj3POLbppJ5ngqwfivIM31qaZ79sEbxWZyqzV6Zn3t2QIgu2fS30eKsQXTv16v/68hur1diF98j0MOL7vD+O7oj'
    'sUFS1vQ+hqh+lS0Lxvld6Ay/w7HzK0XbXISxmmiptzfV87E6zkT3EvpJ/9sN7r6ws3aqp+wndt5dMe8tdErqPhzsIE3ntCPCnZ8u'
    'QjNMzt9zlnREJBfOc6L7qVwE6XFO2I5usVN6Dzmj0L+K3nk6++Mj6kplse9MYVAfnkPV50Ynnh9PmR7aZM+yoc/Yn8zF0M+mVJ8m'
    '1KetOgT0aQ3orOI8S36ngtinHLTpWa12su6VORatnaW3BOkzN3L7m2kG529xbFR09yLrEV/kgM+gfwYfQFd9tVR+l8WCU8WD67Ok'
    'a6leKRRnlRziJKtXMp0bbGtswx/L9nVb+q3yrYz1uLY+lVW+lJP27Zc0/o/yJyPGf4vHoOxQ6a/qif1o3Ppcy/J5y/Jp7GsFTZ56'
    'cFgjxL5uNtL1Y557uSP3L2kylw1I3rgUyjN9WhvM8VuAXqbzPLTzzOwO2bzRs1F65jgffXMUeWnchAbNXhWFPqzU6DeojwydDkfk'
    'o4LqP0z1IFiH1YZsF23st7A+95SJwfoT6a96LfRGzwj0aNR+N45+h8LbR35vduT3hn39/8TgrIL6zZD5BqTzK2pDVF2WaA5N9E3P'
    'Exu8R5s5rpr4U+uT4LPJ/NIxaSN2zfR+X5vFWOxyxPfVNjulMXM+2czvuKl0j0M9d1HsJzcN9uVEgc7VRBY2ta8Wyd6iO45DrZNt'
    'aeZrsV9g+23qH6pHgpObLMaqxxH7wGwjdYl0+tgvyvMTOB3dJekb9aG0S3KnK6m1FcfWuENwtuL18zuony/FmDsZPdlQJnpiS1sv'
    'G+zna+DdieQ+4Qlwn/CKyeGxpHcmvfIr4F7ispzZvUmWl6WiexW0DV7eReg+qGl7F8O3PZL24jYdi957Y3T0hMCOANOQA4b3BUzP'
    'vEz8yZnANMVLfL8+6vrxxuaP4/nY3JUtzX9TFnyYZ3n9txjk+WGWw/PSGyD9OvotwhURrFuhzLdJvd+DvDehOyhfJXnugDx/QvDu'
    'I3l+AHnuRHm8uryxuW58oCPGtPoVQl83CO5LiWhpt2D+RPf22iz22E6D+d2B+tAjuGPmpetcdewZuj/IaGO5+nDq+ODsSHT+uZXw'
    'Am2StrcJ7l6p7kfTva3TMfOH5vtlQWPef4jsPTTO0LPjeB/KsX8m2fanIf1vwuvcPI77Z4i7fod63f7TuOCMN65MitvaIVkDXY75'
    '2Va3ZByo/dUF44I77PTeHca1FwU2NSoe1kbm6dTwrMzv9MLBdi4ltmT4DiOuz6uH1UtlmC6JHeJQ08qXmwIdle2dc1NfEqI70KZ2'
    'Nr0CXslr80+buH6gX2JL1GXQvudJ+zYajm0c37t/IO191uDM91+a+NoeqTKUas2sR+031T0mocfIuvbzKVoji5uC+yVD1f4tCr2R'
    'rq0VTaX6QBMexHYdD7Ve5aGx3O7CROcg2m8OaGwaeyU23szXxA1jg/Ynub/a6HpVe+cHxgY2waZ+v+l+Xg5ZxfdtPTa8t4h0A62G'
    '/p1YXtz2E5GPKKwrWEFk++XEp9Kp5PuxIPsfM9jmGUPAP7dL6EYHsb0cO8TtkekeWXv+2Di87aHj8+PG4N5dOeKvm/AwtrwM42E+'
    'DeM4XGuWrtWdg+1Z6+j1ayZrdJWFXrAVrU9T+GzNroqpD2w11Cv6tn+NnP6XQx8v4iNMfDx6baseorb1RGjbfzeE4zgMJR1lPOgd'
    'Q9SOHk07PtvA4y2xtfrVKeK4D9SfEMvXJ+EHXkJwvbqubCg9VzS9yxSXZ40jW2wRyMX+/b8GjuM28Sk2WOjjRDKuiPZS+WZOA9c3'
    'djnmcdn6HLEvsB6LOdto0S/GT/+jnutaRqquyL+rVc/HtVxjsyFBWnddPcfRctjDxNkjLh+itkUZtzfXc55yuHV//vkfas+uMtqF'
    'YN+mIl3gwdgm9cHdHw/Of+WD9BFIH4b0V5A+mS+9M/kE/H4A0scgfYbA2Qfpz/NBnX8p8joPkLys7H5Ify2p8xlS97OaOn+B6pxT'
    'Bf7NIW2FdBykJ0B6NKQnQjqjqrQtM8j3mei3V+ctxeAOn/fusDqISQ7pIkgn1Ym/HwtpBaQzIV0L6WJI55D8TXVwf7MY5knKgV9s'
    'Te2X4NeuYum5h63OSJRnnTs0+uvXFsU+DW333qh3QOcWy2N7ZcrX1pS5fp38/bu64amf9f/Hddx/4VDqJUU6AcarfqmO81dRz4iG'
    'Yu3sruP0dhaheRMhnQDpMkLbVkE6GdLpkK6GdAqhlWuB5q1DYzOS7cGW1Q2vTeg4hNc2shvtD7Vz6FTYPejw5bnawO9rlHv+SZ8p'
    '3V8b3B2LGq9Qph/T1fv1Wn4WMRznAF4bPlwr10fGkd1N+dHu2sCXmvfuWxb2VrdpbKmw/u878O0USL9/RHhMRfZf95M6boY8DxJ7'
    'LZznu5Dnuay+Dj+uYm3gv2ik9h/b0sXt6/NjAt5QZ6Npcw4zVDrbu8YE93Ww3ETlpUckcpNOXnoSZJavoDp+S+QdVuZxSH9J6jgg'
    'kaceQXKVf/6P6phTgP0a0kWQng7pgkJpHSzfGkhPhXQpKu/r/1EdeZCRMlViGWoBkbFYfiazTYP0NEiPAFnrbWMC3ad/L4rwG4cR'
    'vqIJ0nERZatTFHVNkdQ1IWJdc1BdUfgiXG4apMeQ7/OhruIYvu8N1fmkV++faoa2XrbXPFzDeQ4bn0IiPsi0rEwH/Q00Bkmdmbcb'
    '8F3/UsPjHZbrrH5nTSlfUw5d67MaO4Y3oX6Ww/bYq+PEmiBOEfV3ZXvHzFQ+PRLh73DfzXIQ/ibJL+r0S/9VzWOBRtGzyOyBffk/'
    'Qdh0vL5VHY61F+fOgQqO7h7CT4eAr72kOoAzEnk9r31nw1xjPugUDb/D8s2HdCHhl+YC/3Mcgi3ikXAdLQVzXsyDPb2a81aMD3Ah'
    'fQ2kayDNRORBqqo5XSvn/szW3R+qwvWVyx7Cq+/BIaqP0aybBPWVk8/5N1Tfekcd52a9Yx7Dpk9iQ31pFd/vk9Qv2eiTLkJtGI4z'
    'fT9+bBXfP5K2qZpRVX6eaoMGr7LD0Aa6lv6rkscX7yZjvU9y77HBLbXhpva491fyGO5R+DhTHuCblWF+sVxn+l59Hx+i+tjcvNOg'
    'Ppt6ZPfi2HnZuiGqj9G5k8tcH6WrsxKqbwvhqbsIr83wpaaSr+849e1yop+V/LYivBajtEEnHz5QEe7rUN7L9vX/FXJ5w9YWmK6N'
    'T5QBNpujy9HYlePeWrsGhq//q+Bro9x35/xY6Wg8d0nsiy5wS39vJjAPc8Uy7fwKficoyTMAdu/d5M686b30TAX3wz+d6ImpbGMq'
    'L/2hwOUlU5nGVMf5KIJ9EtGbziF64TMsYd9W4D67k5KTdDzHs4Aznytw3+9xbH89WB8qcBu14bi3SGNjvh2N62aJLk5mIxzlTgaD'
    'XwTcHEfqeJGs+11oLuj9S1F/liGY1IfGJtLPDo2ulc3Z1ALfJ7c6pf5Z2i14WNlcMLpXQG1P6s7tn/JymFHvwHh2gpOc8tpOefXc'
    'WeZ62J5wXb788QBkY/lP+eGLRbA5z+naJaTuL0ruLLA2XTulVN56I4KlkgFN7j+syQe+gUeyz5jDBG0cah9IunP0P+f4+llF7lEe'
    'A+lKAvc1Eer5RY7H5NhA8PxZQxnhnlxg0zZUNkpenV/OBb5dy2GL5J//5fia2ETKmN5rZrAuQ+MzVPdN1qM6h8InoH/+j3Bpm0JH'
    'qcKlpWhekz678+BPRvB7NbxEm8XewMY9h/CGypNUTtwu4V3Y3ubRt2Zy/1K29o+PsPYfzwa28MNJB4tAlxsi3nt4EOx1voRgsLOk'
    'szRnSquRnOXB+Fg2mDtsVzOP3IlYTOxyjibfp4HdzRUCWFHuVXiwehCsmeT+g40Nsa//R+N00f1wz/fe0nH54Q+DdNs3IYYixLq4'
    '+SGw/8/K94wOQxv+5VkedyBK/CoZPzgjy+96ltOmwj//Q3XR/m9PiOdk4/W/GT5e/aTvJjR7u0TG+EUmfkyuezKB3bTKd6WOxhxj'
    'cW/dhLZ9PsNjt5xqSQeuyfA1YmJnh38fXP8IRlS7/YszPMalbp3RdbAelW0XrAOVrfG5mXix5Sh+nJgJbGDKpSfpl9Q7DfUj7nmV'
    'H9clE/iS1/EmLC61b/8jaENUPb0H7/cun9c+gT5XNK/s/O7XqKzNWvf9f7m87yo9Oe77Hai+7aSN7Rr7pRtdvn5t7Fa9Mtcqyqrs'
    'UL0yH0X9bNfYIjB7s/ehMib+4P37fy6PfWqy53RJcLLTLT1LT+oeoX//340Wf7Obrn8YH9O7tL7/L1TGhCf0ysxEZUx16s2ojKlN'
    'dY3LY9yqZGZ//aO87Zpz6L84+rxsPXqxWic4yft58u1/oR3e9/89C+IcdgTpi5C+8LEg770o74PnBmn2rUH6FOQ9YlOQ91ZFXgr3'
    'RkHeE3eJ8/4/Qd7O94vb8O+KvBTuP6O8L2wM0m9IxuG9irwnwe9rIO87UV5v0Xpp3XnhskWgrTTvVevEeTsEeU+6VJz3zShvB+S9'
    'ulvct7NQ3t3bgUc5S9y3NYK8bN5o3uMEedlc0LwLUN7WrwXp3tsBh0E+mXkz2P+ivP9xB9x73wv35O8M0txeWP8or07uqUV5qezU'
    'DHDH3SuO36qL2WoSS6aC0Gymv8VxkDrIN9s4SDn0uxa+e3LHasAZ79+Dw+78BpWhfcvE6FsPaf/J6FsX6iOLBcy+sTvbbE9eJhgT'
    'pqdaIPjGys0SwDx4luTwuNr74N1hgnlh9bBY8vXA/+D+HbxLjvK0a+ZQFpeoPuJ4i2I0s1iXqv0cxyE/KiKe2eqGKd9h09fTHHl8'
    'cBO+yzR2s0huMG2nKJ74Voku1STGjs5XsDdn74H5G+qx0bVrHewNpnLf+pj30dst+tGb0Nh74z4jhi1ct2Pux7DXoD10v2qGNe4A'
    '3mYcdWy0QgQaNFOC37vcUh44ip2cyRrZQvjvxgn83tBW0qak7FK2ENztl8gCXsyPKZK29ArOE5Kq98Hx4btTwzEvXlu+Nj58F0h0'
    'f9vkfs/t8O1RdB6si6Vieq/oRvj2gOG9IhZj5bYstyvz+ts7Pogdj8vfDeUfseyvbZtwW1j8l6j9WDWe2xx2Wtyb6Cbnq6Y4O0NS'
    'H72TaEoPdPVVCurrd9RxxePU9/txXMcj81NB72yawn5kXGCjanoesU3C69AYL6b7pH/nL0YbTOmPqH24DdeMC+ZU14ZdEcejg/DZ'
    'O8ZxHKL6s61lwNkLEQ71SXCI3jE1hb1mHPd//y0LmmpzV3KoaXFxXLAPmvgHwfGzbs0mT09/3xS2n+0ntin9FrjbZ1jGv/PTxO2Q'
    '2iW67SRowDdRH9sN+eGk1v5HUR+p/n69o45VZdPHXYp6titsQk10+vjs5G2oni2GMkmUffdUNGdx+eI+iZ2rzL501jDUzWyfK5u4'
    'XW6XhGa2WY7l82N5f4ZS9vB9/o4N20gnLWt49XwX9bFbch5ru45N196nUB+7Bb4UkqIll6N6eiR3HXoS6M8mqCdpvo3yKWeWqR46'
    'bksAN0zrSZL3a7LsY1/EPr7UaNbHnZL7WXHk+l81cry8gfAm3yR8x/0GttR3SXiVOxoD22rKC40k3u4TKJ7KbRr/Hbiv1MY8qfb0'
    'NXI7zw0SOYPh0g4LvGc2+Rc1cptUWx6O0oPXxIBF18PRqN/tFnyKaVunKNq6yxJWTQxYlD/7W0Npv211v7px3dcQbuuzEWHdj2B1'
    'aHgeHQ36Luq3jM9er+E3ZH5GfJs/A/hR+Xg/5hcaiyjw8Z3mHaitmyRlo+hZ14DtzjoEP2kdnAf/NAn8JHRufsxPAfykdGwe/AkN'
    'wf0I03Of7gTkv5fqOf7E0eN5sJ6u5/c7tkTcG2xx6kcx6+yzOANgNOOrqM6hkPO8Oq9G8ySSFWz2jUtjwKK0eHMCsBitfCMa122C'
    'PHHOU0U+fHyb/yGok/I+h9cHdMSWtzcdx3x9+A5NXH/o2yKszf8ulqcdtuv1jmKYrqrW4k4J32tT5xeKfK9IWpfuwb+qyNddHN25'
    '7/OzyNfADjLeuwx5YFvcuAiNj6pOL73QtR//NWh8al0xLsnuulEasSgGLLr2pxS5nEf17/Q8WCW7mZ4B3JJVy3kv1YXlf3pPRnSH'
    'z8R29yziF5LdGT4DbHp/NQx1nwV1f6+O35Nqi3BuYXNe8R+CurZZ8GpdFvzcewV19Ufsn0722CKo6wjXfgx7DMbw7Lrw/T6VPoLe'
    't/Vt/hEMnazUIdlbF1jAEPHl/v4fAcZ+AmNMHb97Jzu36bXcXz24L9aG4T6bANx9CO4mCa3sjiBf/0gAVyaz2uwf30JwaawUE9m3'
    '1xH7Dv8MgrtZIs9FOV97vwHcKPqF3lqOqzZwsV6hzaBt2yPg1GsFcPsd83tLXZL7p8sQ3KTOKj24R6CxjHJG58Goqw3fJd5Pxt1E'
    'jjbZt7yYHw2G50YyWfO/IsCgMuaDBjD6NTBuF8DYYtmXrxvAeF4D4zMCGH2W4/EhAYx+w/Fg9GL3mADH48pElK/fCDEwyn2e5K//'
    'Mdxnx/4y8FW69TF3DJfjTXhxan+j483HxoR/qwb+yzXhuRL5OjKxE7pLU9e+Gh7jsjWn98uxBPmW193ht7lH+P2aMN6L7iguQ77r'
    '8T1/mSxzXcJwmZzixfyguguRr4LlCcpl/UNYJ+vnm2r4nrsG+WTR4Qn1Q7WC9OWkhOGy9s6r4b4UHiB3gZ+G9Bfk/YPorrB/TwvB'
    'cIm/Bfa7jvj9zyH/lh6MagSD3SOfAelsSKdqYPy9mvsDoLJwj6Uc58F7SgDPli6X7P8CeL0aOySR31hmw3+rAF5UGdmDd3019ynA'
    '9lvqT3aXI/Y7/0mLst1ERvkgKmtzDurv/2gMNhnyi6IY7WzOO1FbbOQEr8wFFmWpHHy6oOwBiVxJebEV1TzOECv7koXOxYSHnq6o'
    'ozuhOqrQGGwhsvphrvgMgeHfS1XmZSn+/a6K981kvGzOEJi+9KEqjqddElzsstAXfB/1t0vCO3cIaKDP/6O2bHXixSDx7f8U8Hot'
    'bcp8nx+obzJ4uyTjfElV2IdLh+C8Ao/XLij7dlTWRj/u3/m3KEvx77VVnP8fap7S5/9R2xmfcCLhb5ZJ+JLJEcoy3qMW4Y3O75QJ'
    'v/f3ymTgsfY9heCdJfGPpYrzRNv3YELwWPtureT3yinv9hD5vR/xcv79P1R2n4S/+42E3/ssKsvgHiC8oqzs1ajsAUEe3I4HSNnL'
    'UdkjwdfMySR21dpCaUwrFg+0F5WdZVl2AyrLfN4sJj5vFpHYWadC2fNQWeonZwmJ+UXrPQWVXVIQx+qSlT0alV0tyIPbejopO6sy'
    '7N+Njc1qTb3NqOy0OrFMIOPfq1BZ6v9+Nik7Hflk9Pf/Cu7zqS2C7TfzK/GMAM62CHAeFcDZHgHOXRVhn1n9Et0c24u+bVCG7kFf'
    'RmU6FPwm3vc/LSizk/Akr5D+XF0R9q2k4tNtzgx3WsLutoC9HvVVFg+gk4zP+QgHNkfoF4NzsqLubkndRyvq7raoewaKObLF8J6K'
    'Tn5l/llqUb9EPthEuO0YlKG4/XyBj4Upfy86d91f4HVTvrRDwJ/6938UZXol9dxjUaaT2f8alKHnQ19F42LKt4vktk8Z1L2L4NWH'
    'Dco8TcpcXuC4SMvo4u3o+rBZMBb7NWdyIjhvQm3UrTOdXoaeua4umPkMpDZmdA0tjAiHrqvDDeGo7nX79v8IF16S2GD2krr/kedl'
    'mJ7pD444jgnr958MytA+HkBl1rnivZT6QX8sz/n8lbkwD2+r6/9BnvtRfIDw24xnfhzSJ4BX/k9UhvmB/B8Nb349KsPg7dPw5P+O'
    'yhwp4TNPRzFsvTIfEZRZTnjiY9Bv3+evoMzpJDbuWlJPPyozy7BtnYIyurZdiMqcKuHxqVzwOlTm9EJpWRlfvlpQZi0ZA/ze9/mv'
    'KHOqpMysPPeV2aY4n/Xlf0Xel0neBsAdvDa3GOzHjF9wUV0qeyPf/icXziuy//H1fyivyq7DP//L8T7Y2mr4Mf8ilmc07HZJeRPe'
    'xiv/DUFfKR/L7F2+qMjbTfjjTyra1W3Qrg+gumT6TNauy1BdWyPYWvWguigfsZnQ/3ZJXaa+v85T1EVjmbxGkXcn6cMJgrwi+5ki'
    '6Atp3gMSfrUF5e1xxPE+2PnT4TA2Ue4v+/w/qmsX6QPen30faiivikfw8v41y/Oy2B6vk+gvf2+Ql+nb9ivyHk/gPmqQl8H9cZbz'
    'nlH5hSLYVEwogx2yf/8vy/2zPk54gicQD+LH/FXk3UfyXoXysliOrYI49D7/j/JSHoDm3Y7yUl3ZWqTD8+1/Ud6lhE+YhfZ83/8H'
    'ynuKoG7MF5yvyEv33NOzYd+gdE9bLchDz3aOVeRh626hIg87Vz1KkGcbtf8V5MFnWv79f0Eeuv/WCPJg+2t//aM8ItstX/+f4Xna'
    'JedDz2UC34o296J9+z8FbEY7HyewTe4e++tfAPtZkudOBNuUd/LtfxHsDsne/RVBnp2Eb/k8yiPivbw8/6bIw/inq1GeTRI57X2o'
    'r6Zn+r7+TwC7l+TZhvKI7KF9/x9Qv839Vf/837BcPxnb11qWY/Udj/qyWdKmpYI8tP65ijwMznRBnpcInImKPAxOPZpbU32iv/4F'
    '5XYY4P8LLi9nqvvzyv2Py+9KxbWvfNjl49IloZM/UuRhdPsOlEd0bu/luRn115Q39vX/Ctib2f0fRR5Gyz+hyMP4948I2thh0MbL'
    'BbD3kzZeIshzgLSxxy296xtnbi9C9YnuDfsxf1CeHonO93RFHjb/qwV5tpA8xwry9NH9X5CH4tpRKI/IV62//7thuqXj/33/f5bl'
    'WJtcmLe49zf9mF+OWRuo7LnP4eMisi/x9X8ozw6JnPVTlGe/hL/6Icoj0j369/8cvpZMbUf8838EW2S34cv/gjHS2QL7/D+CLZKp'
    'fP2/Ig+LXfgelIfKRcdBnt2KPKwf71DkYTLYZjSOprYj/vp3An91SdkY+/4/BOOuk+NYzI86Sxthf/9H5UztUvz17/D4Cr8h+mEm'
    '3zUJ8uAYQzROA83zVD4cA6EA/3YdHhPLdczjAeD31eg99rnOYFTAOreBfRHA9a8VuOon447uxx+YzznsqQ+SPY7503xwTuQ5zOam'
    'CHTzbek8iefJiTNPjnae8Dqm6y3r2MU4SOdPMH97nFVkyCsdJ7kpNJ2buHPbDOVdeF8L5cahvP65HKSTBkrxoqD4HhfnGOzdkF40'
    'MLRjk0QbbOOPZCK0Ube/ZtH+OtGi7azfNjT/sAh1fNuyDkrXKiBvFv5wGREc1bzK6hXxK6o21ynwMG55r78nIt6sAdJJgFNevpUw'
    'Ti58dyV98/p+vGG/GW6yeieAXg/zb6c6PBadaB21QHohWSMNhAaNARpU5RxEYma2L3xc1BdDeI4OHm73bEjfQuizY4CvRwD/3gww'
    'cbsqoV3svuFs1A9Rv0zrZGukEfJUIdzPQ33OXse59jE9nhYQ3jWSPSMr2DOKiB55bV9H2ubJrB8T8hWZV/XDcO8fwVI6+AwMXHYZ'
    'm3P0nOhEeJoRbWE4ZDp3KnlwAuA4/jbfMYu9GKdNjY5ZbMEMyMcYl9+hWA/NoNNygZbVwnlRNYN5CPGrFiiYtZNhBrLWgguaZ9un'
    'KKDRvl0U7H14LttA/8fmsh5wYKzD458e3AtWBf2g686R0FQZjrmC/fHbZH+slOy1xQD9Dvo2pzEUt5GzQpN7DZucsJ9Z3z+Aw+Ne'
    'Xg/vPgTvvHwPzQD/QEhX1ILaxfZD3z4I1j2OfboI0uOccFzXxZC2kjEV8bGid6leQbMmt2lVA4pHL8JS3kK2FnIC3mEpzP16SHda'
    'ylGyfLUo3wT4Yyxe0vDZfnPC4I+VLufpMogXqiQ0aDycZQwY1kfluxJapeAPGK3bQOC+NV0jJWtkz9ucOE9Gt4LqCD5einjldN5f'
    'HfPeCHPfit41KM5V5iVwrtIM9XrPFMhTi3DIPVu+N9D2N0TgrysJfz0dxmAigkv5EZxuE+gOVGfGLtI9NrJ7vyjFse7x+TBOmQyj'
    '0peL5GDGP01eDPcSCK/kpa/cW8ornYPyVA6U5qkaALtkJ4gh6b07G9LzEjqLy6EdXra/Mf8CY6GOswSpja5uHII1JRdOo+j9TPUg'
    'Ov1VgyW8BpRmAA+2wfh1wTrMG9HaQTErN8r50HmUwtidQ46JQYtFT3bMqvztgwLNKsTH/hPQJzbXrkIPWg+ymGwNUVztBdwwgY3X'
    'QFah08f6yAVIDnMM25UH+mJ7flFH8iWhL7KJrx5HrmT1ZOBPNrYsXjylNQ2WfFsDvJed+zTAe138eZlu3xXAcy1oGMahoyAtDNjR'
    'QbZH47EoIB6C6f4wD9yA4DI8sIXTiHCoGeSrDJSZleqShbpkkdwgIKORdHiqc8xsmfHYpwdvAn+HFwV0QKVbo+uuCN+ryZqYR85f'
    'TOwoytnH5g8EaX7P6O3jNz44+vvY+rUgvfqe4eljfgj6+MSdINPcMjL6PBTzmrsHbDHvHll9ZHwTvtvG7KprBHbVncRmG/M/Nvwa'
    'bd8YRfumOGLfMh3Q/6mOOhbSeoMzkGfJnZjLFfW2lbHeDcC/Ult2XN82cj9A5J+H5TeNI0bt5mXx2FU+UZiN/GLgr+mdEBUc2/Zu'
    'dMS+SOj9FpN4Bc+TOZDhtMk6Xy7A7WpL3Da542aKfxjH2F0Iz65+RgL1mt5l0t3XOdXhvl6pL8/NCfV5PtjUm+CybhzWl3k8ksa/'
    'GgX+zXXM7+H1SugRvmdseg/I5o6Q748adLUtcEaG6x/pbb8Itb3tEGv7fIQj2x2x33ZZm4e6rVHXjcg+ebeCP64R2FRWgK5L5NsN'
    'x1sV0YseRxyLZaZjF8uzwxI+PvPQ5RWNbUFCe0xsRCsITZLpwUS2yCr9HGuHqT7Pv+c5+LcWlcnBn0q/yuyH5sPapnoxUz1uZgTU'
    'o9K/inSkJrpNlr8ayuc0NqUNlnqiSQp7+WqBPBP3LoAIT89GttOYhrAzuxZk3zVRoCt3wNYQ68qxfe94gFUluUtRHOBnmA6xuXUg'
    'tYHdIDi3PLyD32Nk79a0gx8DdE55z1VB+m8dQbrpYn6PkeVZ8yFxnukKOOPfCH4MFHD+8Qbuo5jp+V++rLT9VYJvrB+UtuExrhoo'
    'PT8x3VNM7Z1k+OTbIbaa1zcBzk9F5yFYN0jHAuvUqM1WM/An2A59E+BSVPvWUWY/ko2uFef4oHz26C3xZLwMpQ8259cOwaHDYa1d'
    'vA7ih6Fv3jrC38YI6EeFgH5E5ddka6so2SM8XP2chFYfuJHvd3HHaO/tQXrXfUFbGtG3q0H/95Obw/er//bVIP3Et0Gf90h8OdDm'
    'Hkgz/HbRfsT4WQarXnAOmjeQNRl98/4uIfSthYwjo+GLiE+w04l//UXEV9hXkO3ILOJ7czUpcyrxAcpgzwZYn4C9BvszW0Las1TS'
    'LhZLYKoj9mvKfJBdpmjvkRK/o0dL/Kl2Odyf2XJJu06HvG0Oj+dF652niaHAxudsNE9rScwGCnMWakcR7nVQf7GLJGO6usB5jHGa'
    'sVpbEONNi2SO2T0rkf85VsdJkB5H5pS2YY6k/DIyT3QtM54iLs2rVKw3Gc1jNiHfjkHz5jj2ceZvgm9/yXKd73xHHSMyKuwi6ADH'
    'JtBO33ck6LWxvN3vhGMwmPrPjePjKI6O5AujpB+9SJ7plfRHdKah9R2FzsOwj0Xfd6QT9om4keQ5wwn77cO+mvzYEbDH2JzNmPhj'
    'xvoatj7LVQfWM9GYJDvKqOOW0cFqBR2kctUCS97oYihfDf0qteE8dGx9suZPzs5+yL8XVxb7oaTu/0Xl6/G56nqiN6V8vUgGSBrP'
    'XfSd2XCmd9tKbYqnn+NcBeRpKmKTTJ/pJvZs1F48Q+akAvE33j5VP9iShqn8u6ltLK0ni+pR3SnDd6jxHVdqw6q6vyDCrdGOPyb+'
    'mFT3q9TG6N7o6izaA5sFTB/S+1nDey+P8UA5S3t0pt/ZDik7+2V2Joe54Tw9JE+jy2kJOz9kPF6N4BvjMXMINi5X73DfwC878jzM'
    'lufPTriOt8O336FvXaRtBwTfWNt+LYDZj+Qs1qb1hBdlY3I/Kt9G+nS3t/emtCulXSntMr6Dz2QbEV9RTfgK53WDc/vZ4N+rWgf/'
    '3arnWTPs/ogAfn1C8HMEvvTcGeDrYOYF8uRmh99NrQVaZ3MWNsrxO4uOMSlaJnUktsqEN/f27GudsI88x2DPZmdUJzjcZwx7NwXu'
    '3k5A725x+FkPe7d8alhO/P/tfQ10HdWR5n1PT3rWH5JsyxK2MAJsMMQ2IsFgbCCGOED+jIMZDDF/+nmWQPKTrDzZWAFiAiEkJAPJ'
    'JrPJTGZ3MknODjO2B/NzYpPNxiYBw4aQQEJyOIeZhYGcjTnDTLKezEkmJF61umq6ul7d7nu7+z1J9tM5Om2ru2/fn7pVdau+qsIY'
    'qn64FuC6WkWLWa3Q48yhx9mW63oL8+f2VdaUr+maqV7TuHYcSb7cAnygQVXyiOnyiDn6q97OWD474lRg4JA2qH2mkpNu5uakS0Sf'
    'ZTRkgzszbTMOJobG9jlz8CFyvt//ontt+IkXG+c8s5boTZ0HoSbDIbm9C8izJ+3y2pGeXU6evQ3aO/cF+dnTyLO373Wviw4Wx/I1'
    'kfPM5LPPQ2wjYHmeAXzRNyDmcd+Lxfifx6EPrz7pbzeq76ANfLx0XdJKn6OhGXCaiDNeLpwlm0Ew2sbi28TwL2d9rrLUnUxlbTPR'
    'mU3s8DTX0EKCpeCYWqXBdpjkaDLJBRfkc6BjitIWz1t0C5t3jh9vYvS2iPy/lHkpTWlhNjvPPURwSzx/Jd2LuvyVtuezLMyXaUxB'
    'E/yfxwWfoIp95k0Q47DSYo3KsSamuRNN5iIox1YDk421BKuvG79EC+cItLCU8COJFnQx2wvBVlDKeUa/XVicdzXjC5sEegzLIUT3'
    'hS5fLu0H5jy30T9MsaynMYwqPp9VxfUnTmN8qZO801LGb7dEOPvr5i4bce6c8d8rjJ/mJYuTM4nnPAqLtbKZ98KNdjYT0zgn0+/P'
    '6reb55PZ2meUXM9glkFdEF0urzNJTArOf7UljVG6rNCbt95r904tvf306eOX3rCNLLxkS3dOm3cTm0gNkXs0Dq8dfMopaOMMkFmt'
    'qpIPDH/QXjExR7/Ve3zj5wOj63SDihZjp8tNap9n07EsH7uJNuEQ3BzBTm4ep8Z+qmBh1pgY1IHPX5724lM2WfLPG6CN89LeOY+2'
    'UaXC88aekXZ1eKr7c2z5ViXnMQjL20Dj//FMWZ9241BKletYynP8LynzPMevp9x+VHxQog8qRv2E0D0R2rbtmQJrbLeyGKDlETDx'
    'tM2PpNw9ayKzmzRtvG/iDytIG9Le2azs81INKBaPZ6EHSfmognJvcHvR3JSbn1tXS+1szT1dHgzbdpw+HAE+1QZ8RNKXGyo48iC8'
    'XCn9zFbrj/n171Rubhq0BWUNYpJ6ShQr5cQ6LWb2qpxGju1Q5jneeA63fsM93wT35wjxW1L+vAFmpyuQ/9M62RIfyqniHIl9mniv'
    'dAyerbPznRDxjF6pFzLz8eh3EVsvt2lW6sUc2+sv2ZXD1tyEdyJ/pLa60xk/y1n4L4YJT4waH8zzPDYB/10YcL7iuT85X8f32pQ/'
    'hxba0PB9autyvnsFkXW9Ss6VZqObjrA28so8zyrGOjj+hlM0fRpi8n2Lih+vLa0Ht83qYstaK/KqIq8q8qoirwzWPCp/kmRYNeNX'
    'iAuh/DSvouU7ryLfpDkU18PZYbkqzklIv8lzgrYxGwmVSVJ/6HhRVrUpr7YbtlEjyAgp5+My8g7W8Oa5W6W+UDlIz1nD5MykkwuV'
    'c0xFLlTkQkUulEMuIC/jvA/5cYrx4velPD5EZcoCC7tw3uKsRPnnpC0r5coRG52c2qg2s/bmpNy2pPMCrwNhcsbrEeSCab6hfta3'
    'f4Y519n66XVII0t7BdnotP0S0JtJ3YicZi2cmPL57HvdFuMe1rw7xL7zt+RMNyKc6cK+Y9KX3pA+fBr8GPSZ7aq41gfVX5YpOfdT'
    'EA3kY9DLzcQ+0a2i5xmj82tSK6Rb6WuzUFyuZBPPK7nGirQOccdlii/Na+if8gM6Pq7/ziZ6ahb0Xkovo4Y0y+fF+dYTxJbPecGI'
    'Zh/r2vofpG85Q9uUznbktPdfyD69lT3D8+lJez6uDQZz4J1aYpsUryvEaQNzgi4ssVyR1uCdgIMrt/0L8x+3sP4OsT70a/jAqLCX'
    'qgPOSE2VM9JxfUZKVc5IlTOSMo87xnPKamVf46sg+PGpTtJnqJvQd0xlkKmeNsp4cVfKzXVHebGJvOtldqw32BmhYKFHFQwxQ6a6'
    '+YAqruVjsnbSWlG5LdVQG2DPSbog5ub6aQLyk56xF2nsnWF4L2n8uRCsJI5/VMB5URsq2kyDajpxX+OgZv+MMZmfmwZ641qQDUG2'
    'Xa5rnU90zcEp1DVbyZlgm0bn0+mebwToX1mgxzZGj7M0tvKzDGxS2IcW4N2zlRzDh2cprvfVRtT7sqA3ZOHvJnYv7v8YFs6sUWpB'
    '0TPhFmV+3pdwaTTeX/I/8L22XMBmdSt/jdvFqhgPze1Ng/DsfLJvtoTQ2oAqrrG2Q8l14UYjzq2EkUPs2u60W2eCzlO3YCez+dYY'
    'GatES93KLkdKUrSBY74kgDZGmR/wPIE23mLPLFNm9tecBreYZ+2dCPuby9gwTGO9gPH8NRs7jQ1fnnYDc+g8vBZxrbdM07W+zGKt'
    'V5N5N7H5lHP934y4/vmA9d+TcuvYhI2T2xt3aHwlSfGH3BTRDMqODxP+PaCCa2DklD8XTZi+hrJpQUR6MR0b9msh0U2pLIpTd7g2'
    'ABtB6WteyvURSDrYaExcYtjY6bNbmD4/VXS1Vtn56cYCdN7J86yAQ6FyHnHujUxvGdaca3MW+ks307cbBfrvZu2PCjTyOeXWbM6S'
    '2IMLM+51JVwvgut7Mu54ZsGcXZqBnE8d7vWTHd4cOs867V9HeOnl0E5Xxr8Gl0A7d3d4/foA3KPPnQvP3UW+s4L18YMZT5Yg7eC9'
    'FRnz9lbDdV3GW8fZbH5WhIzDeeZKePayTPG56F3s/Yvh/U90FPMB3teoeuhFZA2c6/maNTH5nml8RFj9Apvz0s0RYqCOdfvnZABU'
    'M7dS7kzG2El4xVzlr11Lc9OY1slIko6Uip7/Yg2jK56nvkDOH3hvjMgz597ZystV9Kry6jllyd9QxiAOvJF9p1MV596n78wj37gd'
    '/tZC/rZMFdfynNNZXMtzqZLrxprO1wbyf5u62D6/xhpYupRMY0nnC2mHsSuYB6E/KihPqe23sI88TyPWeFEquVxDNTFov115ueSc'
    '+Wnu8s4BaDdz9npLl/f/li67nG42dRBtc1auUPFz1Ei0Jf0N91ipnqd1LuOOCeeyBn5N8ra1ELr4DNu7qAtcTXiVIr4rmzlZZfE8'
    'x1fbvj+b2GrbgJalcS0nvDFMj6qLuH+d779L8J1Q3vwRclZYzPr4DuXP1Wk6B5ItfJUqjlEPo02OfZgNv1I+uzj7mvIfHPtpzL9q'
    '61udT3gQjdHm+alMeHsNeY72LS4fT8fg4x/VzGM3GfMZRbry8Z03SQVgLASN2FyJ1ugNJrSaIjyL51/7yofd68nbvXw5eO/INVDT'
    'eLRYRqwec68/Wi/7sHQ+Xeed33f5faul7EtWRctXZpOv33Q/dSg/jhxl1yZN3NANyp/XKEquNYlPbyI0hLy2D3h0I/lG56Aimmww'
    'RgXlHaWxZmYvGgmxB1O71s3E9jUiYICdZzYS20+/gf1uM7z3vgBfX4/y58y4mPSjh9nM8JkV0I8wu982wXbXzGxp2yzG0UZsvwXD'
    '96T536zR23Afz9Hs43eH0GQje686gCZvUMnVRY2rJ5joaJIOudxSx7PN507ztzczbAvH900KlyV6+UHXt4XJlXrDWJsU2RdJ8NaG'
    'BM5ujRZrYIt1iKonZpWX360QglnQ5dW2yfvm9Hkrid0odT6CXMQ+XqHpI+3HkHCmobgNtHebYMJsapFXs7OzhC3fYhAzEWVedHlu'
    'TeiN6lR8Hblvr6DxHaPeZIMvlnh+EvG9cfZ2M9EPTDErSe33Uw3jHGz2o6lfMUd4wFT2A/EOV8IcRt1DQf1GTOKcGO3TPbCIzNmI'
    'Co7htMX0mubNicsDOK/sJvpig8H6jQmyccQwdiVJnjEvAZ4xPwDzRsfF/etbDOm9CZ47XdnHwJrEcY7H6BfnYxTTw/fJMME4xpWl'
    'Uo69bgGTxde7JYH1blFm8WdSbig8yzVqdJJuAVeB6z87BqZniPjiaGwijaeN0l4ScuxyZZZ3BHlOk7LPFdIEemCSMaMUBxE3ZlTS'
    'C/8ZMHs6P1wlhmr6xdB9jPgSUFe2kVeVdZ4ZsXKYsyiuHjWLnaU4Jm45OV+Y2O1QD+tUXpx0jwZzG1WOcNwu7S+di1qLuWgDfzGd'
    'mzp4v4XgKBvhPVoLj9cSrFPBdVTC8GVR8KUtoMtybFG5ah+inZbWw2lQdjURl7HxNCr7etI1gr0yCZtrNqbehjoVzTUmxdmZ6AJY'
    'h3OeCo6pK1jYxHaoeHU4qW88aaxKg+H8YA17eh6SzgNjgp7OY0ltzq4pFa3+JcpY598HJn7/oSJvp61etUf5cxOkLTH4I5W1n5Fr'
    'j7FR6OvFHFBofzxduHcLsavXCu81s/NwY8AzHNfKcQF97J6Us2iqcJJU9vFcZAUYQ12I3G5idr7hmHIqCNNl66PMKi8nj1S/QcrX'
    'dqtG5vSzdsaVXGMC17kg2C27mc9+kPQvp8xyWUi5FXgur+3KvF6GSd0ayYZiW6NDiufvVf6YZsQGTqcaHmFx8dUJ6E/1AXuQ7qnZ'
    'BKvRY3gWQ32pFLpjOcc+l+jltmM38aPPhDlYEXP9FxPb6Fa2r3k+yyE2b9Qu3K/knIGbDfo0eAysAz3b2azDkJLzthwLtPkOsLWY'
    'zsWYhbwYVfY5KG3OhDNhfnH/xZF1eH+mz8WyhOYC8SgnquJ8v8ManSWI90l5O2byPHfBvJj46k11wG4250m2XZWa+XO+ivh+x5mc'
    'GGXv3kr2wzvKwHuda2PKf+Z4i51FwsaX9NrUJbA2tQFnDqp72uY+Hw3wffD87ouF86uUn2HIkO/Z+qz7mC8dbRNO304RsD2m9vB+'
    'i75IuacpZlvCP/Sq+PkcOU1lEqSpIeF8P3mWS+ufQX2wljyzTdOOQyhZ4Rnn3u9S3nnBhCZ4rqLDEd/H77+c8vRkaR54TknMDRV2'
    'Jv9eQLu5GO3uTnk+0W0h/dVhtUzOA4eZ/vFAwHdHS/jdreS7SbVL+6qj/Q0p15fLn5EwW2MBZyZT+08+wGZl6n/j+fFOJWMozNAx'
    '/Br8caZ9NcXbbdNgmF4isUI2cxPU5gGCsdLhag9rdBmOVd6tvHoJeUGPMcmXa4K/0OUjluqJmLSpy5vUx/bdmNLXqyzFd1Hn21jm'
    '7+J4LwBctgkW06ZGDh1fudcyKT3aJm9/GEa6PgF9aaFGZvQb6pES5iivgnOQjYOfV8JjFjRr2qOKc3uXi4fb8HfTuAXME0jnekzp'
    '6+tIPMx0vhcSebPNElsT5XtT6YM02Tc1CeybZmWfVx/5473ELsHX41b27Mc0e9RW3gXpmVRWo53yBuIjDeqjpPOH4RXDzgMXT5Hc'
    '6pwiOT2dZEqtio9pGLLUXaW8AcMa+SPx318IMUtbDPD8VdNkzpPmR7b2gn8nPsZXhbOkbXv/RNrrTqC958n4aK5Zk3ac9/9XwPii'
    'tOfU51sUcTz024c1GJchFV6Lg9o374X/J7F+pejfjQR72sfa7tVgdbdZxAHhuqwl/PtVJddBKcV3Tw+IN+oP0ek4f6I1xcL6ahKz'
    'hDjNUwU7t6TbjanS1BuMgrsrBa89MQFeu1JFr8djm+sav0PbGLTY2xTrpVtvmlfmT5Sbl5TSKMeFS/WJqO8kav9ovA33FVcD/QTV'
    'Xw8aF83lsF3Dr/IqmfpNuRC/UzuMB59Pq+L47SUanquz2/IaRBwnOWJhT8tpeBmuxbvJ2WDc0rdpih3Q1Z+iOno5xyzFuuMaXkjW'
    'sNTx1aXQHRvZfA2E+JKvIvpUL5u3wxFidi4W/Ly2uBKnHSfX5lkRcGFx/PK2dZ9L4YufChq4PaE1u5Vg+kYs5EVBBdfsuHqG0MJZ'
    'xMduEkfK9UYJG6nDStG1NZnnOLRKz/TVhHadNt8TwD+ixPydTWQmjalFzG17iB4dJy6Q5hmyiQPmOoyu7m8SNn4TDM2A5pyC++ld'
    'hEcUVHCttAI5FyWRG4Ni0Ecszmf5EByQcy7KpvyxuWnL84ZNrYjjIQaNZLWFNIXeH0x+MiH3beg/kyD974hA/0MJ0f9HEqL/K4id'
    'YrMKzo3UE6DDYkzEPGE+TDFnOtsFPacNWYxxMIL80On2ScYIxsVJBtFt1hCP3a/BCY0pf1wcnfsxDQ4pqIayCU32GJ6Rqf5Qq8G4'
    'Is3MVvq8htQnwLEl2y1l8VyVXE6ygmAft9U7Jf9SE1yXCffC2h+36As/L4ft/TCf37lwri/3d6X4jjhzb0LP7Sq4hvI40TFt8y2e'
    'TeQU7uHbU/7as9vZO6cSnrBd+Z9Nso9jzH+cC7HntSl//lSKgR7XYJXbYI/Rd2pUcV5Zk3g553qEzAv9Hs1XUk57TxLngdYADBbn'
    'oc0CbVAdwVm/NQE4A6kt2732mkbWU799qwZPhDR3Z8ofJ7SNtb2F0SSVG7pxB8UVtGniCqL0Txcf0CHsjbC5HRbku7S/dwTEApST'
    '3pPIHTwd83M6MVMnWticonzjTaYX2+QQluRWa0y/CMf9thAbTVhexm6lz29ZpYrzUeK8ZpU3z6VY9yag0QZlHoMn5ZR06rTfwfjc'
    'EQvsN/cHDVu8mzd8x4S3xM0N22vhJx2N8N1Kjt7jh8feVwYeOzzx72ti8ti4PNXE58BrlkgYEEnPoTpHufbRZJxyys0dbzuv3UrO'
    'TTyX8Z3XlHmcJD/j2eqG1WWeu/+t3DpHM5EmawxpMquhSVMZfBfIXBv5FxSnYCODdmjk71iENbP9vun4TPHNx5LcpXl/F5RBDjeB'
    'raI9BGc5pPQ5z2zGWivI/sYEZP+SEq/xuKFfldOBM/5+Cx0g6jfWpTyb1tYYe3k4Qf5bCrkvna0WlHDNkz5jvUFsj3lD3LfujGX6'
    'jo1sKRj6UUzOUQUNlnS0THw5zp513r0toXUKivsbV8Hx47Zxfba+E87Xx1X0mCJdLPx0XN8gu2mzoA+azHnSNnkuJ5tUcvVpTPwy'
    'dN4Qa/Re8NHayBPTPE+3anAKOwiWZ9EU+Yik/gTR0PwQ23sS/p+qKbKHJ1EnqcEQr9YEf1umwR7mBRlDec9AyFpuUfbx12GYyCbA'
    'Y582hX2QctwlZTc3yWtFbfZNzM8zquSao0E1lHjc9zYNHfQps5jLqbJzlnvvXEbORn0qOK9yTgXnli5o5HiYPUf3bZ4XoBzfC6NX'
    'pFOKR+f0OqjC4+Y4Xe4wxJ6F+ZScfl1kYS/crJGLWywwObcq+5q8gwLuO+ydIc2cnFRGWwg/syUdm54lmMXtFn6moLwhTUCr9Zq4'
    'pQEVHJtJ9ZY5gt4SVEuD1yfiugml23YBf2c6bhzvG5oYjgfIvNqemaQ9PUQwt3M0OuYQ4wtbNHwM5fBmIguleoZBMWcbYQxJ7vso'
    '8SJS37qUFxsfpR5Bp/Li6fJKX+vSFN/J3ykos3g6xFy2K38uCawr1kr2enpNMKg8qVwyOkxvZwJ8KCvwIcxDu1Kg06gYR8pfGjXn'
    'ojD7X5KYjyAdIGPhx8nBHGJMcAPQj62Mod+vKbPtf9PE73WafcL3UV7D/4Yt/Jim+VhMbQZSHLiJXlMu/V+qay/5emo15xys31BL'
    '9utwgDyvZe3XwXtx7fkmeQaGlJxrsono0sMh8k8aUz0bU4Py1yk6bRrQLY9/HNXIsUELGd4vzEVjibAzOlnwpWNcFjg5xpYqfUxm'
    'UH8zIf2tLkF/zwF8fdLroRtHKeWuM6dPhGAvJH4YxD+lNUSdptNgnaP6TXoD7BDUx16q9k1kQHsMf10Y71tLeF+YbW7Yot3lZH+a'
    '0jvPcZSEXy2KrK/X4IRQhmWVF7dtqm863/gyiTUwfS+s33cruzoHwxo7xFawN8dpJ6yv16riXBFDSh9L6rzzAQF/F/ROWB+c3MIr'
    'DHhUGL8pxX60xaPlNHrGVNnIZyegz5ygzOOBsZZKLkAPuhF4kWRblnz400W/6SL95nYc035PhZ4TdEbHM/J8jf9I8jPZ2v/QRnSF'
    'gI1L4jsFsj7tIXyp28IPwvtPzyRJtF8IOdPORH+aDa9AffJn4OM1jfPPGa5dqflHFH+DM94/V17Ni1KMtxznD+eZC1RxbSXbeO9y'
    '8Muo60T5fVJjnKqz4TtDzoZjIXpXkuOPoqPpdH88s7YqfX2ToByROpzHbcS/lFdyntZxzbu3JNgflBFXEz09rD/4zuXKLBdCznBc'
    '77LYa0H9OsUQ9zZisXd7A2ygOj9V7RTK2lQCshb9HQ8pL18i1o9/cZFXC7yW+BRxnM7/zxRwI3wORhjmwsRn2C/4DNEfKPGnUtSJ'
    'xL07nvLTwRG2zy5N+bGsy1VwjclmeKYJbOVRah3zepSICTkxZR6rU6pax0mcF8+APl6Yca8fyPj32cqMf3yXwP27O7zxvZs9czE8'
    '8wnyzGpo/4NwPR+u74HriozXD2eunBjBi1X4t7vgvQugD7Pg2Uvh2Xs63OsnO4ptBOUcm0nfnHF/HXyTznsfMnwvqH82c3K8zfUV'
    'BCd4UcY/xisyx++82OKknPbXZorngvaL8hUdTmpuQrKd48JWsbnA/6/MmGHfqhLyMzp9/W6Xe324y8P4oZ78d3Dvabg+Btc3u2RM'
    'zdtd7r9pXDR9/224/mNXPPnTSOZ8FVznH5V1pXSCc/WVD7vXk7d7cWh4b/WYe/3Revce1bGOXBN/vDa5RY/xH5zGRSr6T1hq0ZLu'
    'uT9e414fzHu5FvHevI3+e+0Ed4HvXT7qXnP9/mcbybPYDj5775X+Z8ux9+LmInfa3tDj/6a6yb3e/yV9/7Hmh1T/g8ZD4Jw/nHOv'
    'v/+SOzeLhHs37vT4Y62Sc2lj7sy5hPf99Sb3en6Pe/3X8WL+iM+cx57hGHQ6xkzAGKPkxcXx/gJoqn67l9Ma71X/GczT/X4slPO3'
    'vV9yrzvvN5NhmQT30yDM2496vRyG/F7qNvfeAjLveE+t8/5Pc4hO6j29/rbpuuE9fP/uXv3ewvoQc5W/xgenxZqrQPau82KG8Hv1'
    'sDY/2OBeZ20sXqMPwJhW9RevEd676VY9fWE/60g/a8qghzzc514/lfNwInjveuBd1Ts9WxLea/+M/95S2ub9/nuLyb2TYF9vvcmz'
    'Y+C9tX3+e23k3qfgvY2biuf+a0APZ32meO4PfR70rftLx3/jYpmT3JNcH6oN0KMkm/MJAs+mY/8C6JL5Lj8Nz9bwtdeA9s+4rrg/'
    '938arl1mvCsJuXbHIff7c+D/X3zEzv7yypPuNbPLH6Pn/K1rT7y24tRsrbfQFUzbbSPP8bwVdzwVLUd3UCxNXQRZOnl2/U5peeQr'
    'P3avv93t6Y0oG74B9557Gp59zMtpjDph4Xn3+sEX3Ouru9zrrv3Fsu00zTfLoTdGzWvbDL7RIDpcTuzXJrQQVlNuPpGZzrtp4dkG'
    'su/fOc37964y94+vfTbi2kv2iAsj8JkThD1IbTwPwfXFRf59YMt7tsJeQh/bEPCdybVKpWfMT5X5T8a0TWcK1qxx5+uPR49m5RM6'
    'ciLLoiKwNrY/TZq4Mpv6R3QfnY76/lH9GS+MhrrJnjujyEaUPq5/JieqhDRE+cxypnPWauzGWE99HvHH02eaCWZkkOGcaNzRYECM'
    'TnVMnnmxSiYuMhVDhl/MntfJK8qj2zVyrqVEZ9ggGbkErpsi8gqu9+064F6//6xnE8B7Dx4CvW+fZ7tAHc7R2Zzrl7/lXi96qfjs'
    '89UfwjPPJaffXUT0vCRtqY2k38tgH83pnJChnf52TPSQWjgzzYI9hHp/s2tiFPudiUEr3Qna89PHYq2wu1yTlorKiA0esdEDvyDo'
    'aynl5R2s6GtM1qqjVceKvtZI/NLIy85mz5m2hfU51pG/Ud+g2uPhRXX8/kxyhneed67f0jxL7Zitz/jP99SO+Uvg+7sOFdsxU2BD'
    'OHigWF7s+4l7feFZv7ywke8XWc5fO7FHo9+jGvi/2qXU13/u37sfJ3KmbD7W9DHIk5v5ToykJrs/ncV/spGfpus/O6au1bXH06ua'
    'AGuL+tT+F91rA+yBHz/tPpMn+7PzINgCD8nt9ZJnT9rltSM9ey159jZo79wX5Gc/RJ5tB3vu40/Kz15Knr19r3tdBP3OHPKP7XwS'
    'g3Y72A/fBn3ymUfA9gjf2feiV8cY5+xxtDU+6W/3FNKHDPCpld+W+zuPtKcelZ+hvm/Ko6QxxbFvNzOeUU/enfhjoA5jq4O8U7Ah'
    'tINOSnVcnJt3wFwtg3OklBdqDTm70DZqyPOoX/Mzrsl7y1mfo9jlA+c4/Z8lxmLPcUUvN5ABIfMd+JNOVi9P2m/ZDpg9uv59sP6Z'
    'yvpXkbNVtHNZ2MEs4XObJM85RorqxxwTRfXjd4/771H9+D/Af50RfMl470/ujW9PiUOLxxjkr4rh9ppV8gwpFBNos3bcz0Xtk+0E'
    'W1PhQQY8KK07QSQghCoyqiKjpkhG4XnltM8BrhJwhPM+7l4//wDUlSPP7vqs/9lf3gH2KXi2j8gibNdpD3NsZVk7zvvOvWsoBpl9'
    '/0pqN2Lfu4LcO2XAvf4OsHGXCPcary/G930N8K8rB4rxfYfZPYrvW73OP77Fwj0c30Lhe6cMFMv9w+welfsvbAOc7lXFcv91uPeH'
    '+ypyP3G5v7OEcn9nRe5X5H7p5H5DDLnfy2wtN1rYJtLHOGdwpuDJm1Wcn0AK4LazNsBvoF+BYnk7K+s17daL4vKCammE5UUPqrko'
    '1QKIyy+qY/CLmWIXjjtHdcfRHKVUcr6xJP1iNxn4xa6x8It9wMIvtsbCL7bCwi92loVf7GQL/9VcA/9VvYHPLOqZImnsmyl+qp28'
    '10TwW62kTcRWUDnbAf+uIvdL+c3ZCcxlVsXDtPH+LRXGs4Q9j89xrJ30LbqnEaNokj+O5291YO+nKvPccr3KPPdPj8EzR1QyuWts'
    '/LCzNVhuHi9Ez3oLlT/OE/2gOvqZNYPop8OQfkzz0gXlwqU1sW3pjepmPJfa2DFKRzUziI5OsOBDmP+N5sLqZrr94Qg8p3CM0sFM'
    'kketyqyWt0n9WF7nZDvjB8PKLO/lTF//dIz1t8HAHA92C/VX/2lmaLbHQbaHGph1a5GUXSAQ42TkIkuryg/9OUCXdE2SduQKJs1g'
    'P6o4sSLhDt24thIFcVdL9hX7CX/1lPdMHLkj5Y5Bm8IuAbdfIFjdsNxCFfqMTZ8xMJPpROkzkl/x2BXqVaZYL7ufNVY4siTtcBVZ'
    'HnvtrGR5kE6u2FnoeoiXGNptd574IsRmqV0edgXbXPuce23eG69NKhuGQF499Whpc2xXdNGpp9+k8jk1d8WPcZ+MUd/mb/ejgJ9+'
    'heV3NMnbuFTp8zZSbBjPY0ixYTyPoZT77dXxYmzYNyG/2IYHi/fXOde61xOuj6976dajBdbjhog6gmluplLkS5h11PNJJKF/8/xy'
    'dC14Xrqo+ncbGw/NSfZjyAP4F1dGi4Gq5PsV8v3ujKGz7bTXydLTmM4xdvyP13i1JPBv8zYW8zSaN5jzNJonmPM0ngeT7iOeP7OS'
    '23rm0nocnl7BsB6bsQnVyp+Pd22AfL2I3NvDeMZ55N7PIG/xeshNfDa594NbQK/s8erv8JiDp//Mix1HrIyj3znXD3V5OY553nT6'
    '3Um9r8s/Nho7jjoePhOWq7bC52LxuUUx+Fzou0nh9mnO7grPOz5w+3H0P55Tb4nAX2uVv44XrWuINQR5nYHNyl9nYJg8gzkB86yd'
    'zeSZHPsW1qy/QelrGmA7V8P8hPnp+9h7lzGch0l9W+e9lcrLd9jNxn0O6S+v/4g5EZcQnMiogP3R4bfD+oV48jBcCa/F2K30uc7P'
    'InoYzfNhats725I+G5QfV5xVwdhnfobl9H1mQnuuugR7rh14dAr4OOb24rhrinFJlXD+JR4woqHzdcKek2itm9H+GrLnBskzQe04'
    '770TzpK0T4iXGbLA6BRUvJgLjuEpMAxfXnm5tCex3wEYnlLRarZEtGrSRhDO0RRLx+0UYfVH49aGjDpfOD+mz2fhPCLl380zuhzS'
    '4Ah7BdqX6rX3sOdG2f1xg7UYFvYI7Uufwb59OePm9JLoYUTTx4JB37BP/axP3Sq43vN2S/xl1H70EEygMw//NePyPtrHPst9Ybte'
    '3YQ2aN/KsQ58/Bsnxr+a9Yvjnnsj7oG8oGeZ4Pm5vmUzv3wfULxmBxmrzVzTueln723R0LlpnERStMPH+lqVq/PqcopLdUGD6Giz'
    'Zn62sH79X7j+Rpnh74PG8HDAGPIlHIPJuhwxpLmPV7m6HqXtnMV+4HXGbc8fEg3zWNQxgWc4fV9f5Z4zpoqGXlf+PPe6OT69yvXV'
    '0nni8iavaSspuc3rbztWjQs0/DRszaLyu82avuXZvIbp9aZxNs+kPdrebigrcY2mWu59Je2eXZH+TPpO29uiWX+bva3j5duEdXb6'
    'PJR2Y+kkXtLN5qpHw3+D1iWnGauuP1ek3ZhWE73ZVt7mQvb8meTbAyXWyfnerku7Z8LpLHdeS7ltRT3v9SuzOtV87Uzo5omUWxO1'
    'lHoYn4+/TOlpsU9Yh6TX446UW0c0zphvNdwbPamp5a2XplwsgU5vwH6EfW9IWKeg7y4i37W1bUjnP64rSHPnfLcm5foXo3w3qTn/'
    'BdiFS8Frn1de/C6+e9iSl+A70nxyW+QjypvPqbILfJ6M2bYPkkzNh3zP0cHnR6AhW13ZwV6ebKn3JKFfON++EDDJSfH9Jvj2/Ag0'
    'WbCkSfT3h9lJqE25Bny8NI/LMwTf1Ur8TWcKNuepsjfb2k8Ro435ZCp15aRaN+5PKevKldL/V1nfmbW+SfCPOL5VzEPVoPQ1XG3G'
    '8zbkS/ri03bv0RjGuPNRE4OfboJ7TeTdGvLuXMBUcGwRrSudUf5aUrr3MbcRzV/mvLteeTmRqO/eef5OJecvu0FNXc4onDee/yNM'
    'tm9hdsyqlItDMH1Pp2v8mviXR5jtYVhjK3iDyHiTM0+vxjY7KujkJ1rou0MWz+I3Hic6z+aQcf4t0RtMcjINMTzRnyuvrnHUNaI2'
    'hnsTag/rr44q72y5MuNez8/42784414/0eG1fw48uwauXXA9D64r4HpRxt+283fEUOE5ZG3I985QXg26S+HePR3u9ZMdxbZd/j7F'
    'UElxL+cE4HnPUvpadKcR7G0BcuL9FvLeHXjWy9mkiz2YExB70CDENmSF2AaO80iKtyWJ+dtE/t0C8ZWv7pKfvUFNbY0B7C/N7bNQ'
    'Fef2uQGudRo8E2KoaU1aiYbWEBroAF3gNxCXegG5t/SHXj1CxCe1KfsagjTvwi0vyfkQFgAPDnvWBqNDcUs6fJLtfCdF69kEaKVW'
    '+fOOSnqOabuUl90G159H1FXD+pTUHNbE1Kml5+oi6tSPQrzCa3A9AtdnuqLp+kn169/XxZ/n2gTOLkmMB3mdqb0tD/usSnkxyHUG'
    '2McFBBsqYZUpDln3TNg3TLCSy5VdLmLJFkjt8HHpoKVMdJBS5hjeU5gu3aexgZr41LkPKww/iHWD2xjWl/tnchoMF7cDjzM79okl'
    'aDss357J3NM8AFLMQy2518fONrrYe5Oa8ZLdYyr4lMk+1PnqgtatVJhg3X6un0bzNRhhvjidcx6K7yUxV0nQVjoBPa0iA6dWBqYS'
    'oIOqADpoI3bNFImLwferQt5PIpd6usRjpDkZlhMbu1JTd66SMH4cy9lrqEOgr7KUfRu38Bn3G/RtXgJ9o/5yqqPNN8C0m9pTxzQ+'
    '5TPgmxK+m/uW+zVtzAM7J+2ria23V9OexN8wpnm98ucuQ51qTshc9Wp8+zzuk46FY7FscIzdAXpbNZFF6QDdZ5jIeJP9E6b3JFGL'
    'huIuuoV1jHIWqWfYsjGB3py5PFXAeuuwwRJ2K8/aHVRy7HCenCeCYmDjxpbNn+I1kM47JjxlUJhnm7o/SP99yp+fwOT9qVj7qTov'
    'BK3zIMMMFQRZwnUiqgMXmO8wx2QQ6kSUx9YK36Jxv38ge3kg4NztPPv/CM8eCDmjj4T4RP+PKvatmsSgjDJs2A9J/3sYHQ0zf+6T'
    'RG72C1h6iQZHmZ1iL8GihclLk7E5bX5VeXVHhgNiP/Dvprad7dD+PcrMj51Xcj6B24gvc67FfuZrRmOSnPZuJPrSFsMYEwkTqTs3'
    'Y92VtUqfn8Em7o7HOS0ntCDREa3XqOOTFDdB7WCm79B5CNu/XK+hOMNG5hvieQs6VXG9uaRxGxzfaipfksIfRf1+BddWflxbpQZq'
    'eG74nTerOD/WNWtfJPu/he29yh6q7KHKHgreQ1SHd/bTr1OezEKdvgX2TxZ0BZvz7FKL5xHTdVLEs2lesEOnDL65IMK4TrccF9WD'
    'qiu8p8J7KrxHlN81Ffld2UOVPWQlv7PEBmebi1+y/c1ishvtsBcyn0qtCq7RGMd3MJ3wHTzGMAyXkVRMU3uC85e3sDmZ2PvC2uF+'
    'SuedrcxvY1LvuKD8NZl5zHAUv4Qu1wZiqFaDjRDzoJbqOw627mQl5wPJCzEsYd8zycen81Hp/NaNCdBglDj8KPtZio0Oinkqd47I'
    'TIy5DJszW39qO+E5zvNpdh7U8aTmmGPgmFEe90XvUzu5hHuoZc+PMXxAveCLGgjBaVL7uVQHTfIFjgTsn4Ypmi9beuDjyhK/1UiE'
    'vdIE87jQAuehy+Vrk3MsiLfpdJlS+GNzKjiHKK7ZZlWcrzKuf28q/dBJ9F/yYaVD4l2C5jVpjKhu3k6IMW8SD6P++cWaPRsldxDF'
    'NkXJ+0Zthra+9LyS81iNasbB24wrg+fEWKORAF1QhzsI4pu4xuMCLdM17lXFOe8o5pjGAxQM5RvFa8xLQMcdYt916JXnWh8TMBO2'
    '2D/bHLtBPuik4m8kHz9fM46tGNfoGvyMjbpOQbNv8so8Z+02jS48quTcWjzX4L8ofS4uSk/NEfAVQ8qrpzSXtb8sRnunKjm/lJTv'
    '8bBm7UYSpD2MMT8lgKfQvuU0uP1lhPaizEtYDdxZEfdCmDwY0PCanEbHbxX096j6Ba0NKK1Vs/LqSmxTyZ+lG0owp7Y5IwYjYm95'
    'XmgdpskEg0wxTTZ+vih1NlYRfhIlpzXHaTt+v0Uq2XyqSZ51koqrCtvHI8IeCntnWOlzmpZCJhcs8PhDAfwWx5diOvmJwl6Js1fD'
    'sLU4V1n4flysv5SLhuqSuRBZRvuaYbpklJzOo4IejbUO4+ioEg5d8snraHBuQjQYlFPWtNaAVNuC65xB+Zji5HxZpezrqyeZn8Am'
    'JrMN9CxJlrUqfUxlFDsXzeGzXMOXk4gbnJcAHepiyJpjYL1XETx8ENYZa6IuU8nHq+l0+iQw17oztEl8RJrFLm1m/R5iPInaTEct'
    '/WQm9kUTO7iOt9vYe4Y1sQxxebnO3sB5eZJ+rG0aP54ULyHZb7qVP38U59/U99cE/c4KdjfOazo19EnprkXZ5SzmcY73Aj2a7Jmk'
    'agg1AX3O1dCJTW0mWt9zQYI2al0OdszxZRoftJyM860Ivvpetg/mk7ge/PZ/GIxJ8s1L9FCueI44ev92MgYq47LMp48yqYWc/ztZ'
    'G8Maft1naF/Fd0zzgQ6y9awX/JzbDHl3kNzPMLk0oPRxVLq6sGHnCd08JZm/1/nG96vc67eq/P17ssq9fq+qvD7yOLl3z6hxr2vh'
    '+l64roDr2XA9p8ZOD6c6Lc0PsQqu84/a6+M0v9+Fqji/H+aeqDPY79Ux5mx1px3ebY6w1pjv0yZPTIrsi649Xi5IXW11nttpEmP3'
    'opdTEvU/zD+68jkvr6Zzfehpz4aJc9wK+SX/7X/azRnPS8l5SJJ5kR9ZHO3cORd+68i9Ougr+nGrQZ9UE+P4+s+9dpLMHdrcJcsR'
    'nnO2U+lzzp5I7r10lfc+8la8dwTyyQ7c5+f/zt8ehpyHh+H6UpdeBrV0JbvHaqDPf7fOmwvKR47cBfvgKn9f6DfqlD7PmLQ37rjO'
    'vf5gQ/Fc1Pd795zrrI3B+c+inrkzUzxnprni5rDzZbfGl8V9ejR3iDN/dxP9cbvGZ1NQ5rWyKUaqSXn5CKLm+d5Ezo8FZV/PT6p9'
    '57T7Xlh/Gnu+hsxrQQXnjejX2DAxJ/cyod8DlraKIH+W8/c9N0GO1Cs9fZbf+8iGYjvvVnKdznsI90qY/pIUz7t/0L1+xiLHrGTj'
    'pPoXvltDnkGsfRSc6ady7nXjpvjrNCvGXNnoTlxfaoM9wXWyRthndUSfmik/7hZNe8qTIpuhpN+0+WmOfFP35Sj2birHFsCHn9nv'
    'Xj8IudZ//JQdfb3yGOhRB93rG5DjvPCEy+PeD/Q1uc9BF77wUPA7F5F3HoMc6n/1uP+dLz/s1X7B/LVz4J0vQr73r4Jefy3kX3/l'
    'SWgL9PzH4f/PwPc/uMdt6yQyP99/FGoSPB1t/7U/FtzvsPNAHL6qYL4/f8g7+9i8f/1PvXlLUtZ0kLPU5Fw84ufn9Hke51RPzi0c'
    'N2niFzf1XQT55Uz6ys9xzvtzgJbUnqnz7QXpDq1kzJO6/lG/jaZB+XPiox9aTegMR/+7+051l98G0Ebmg+oTKThb/b4revuz2Vms'
    '9qh+fHOIjhmUz8fU7t2vimuwm/qZbfxNUo4objeWcOVSXcI4tvjhEJ+4lHNLimlpVcnkVowasyT5p3X5uLZr6KWgwW2cSWzeJngM'
    'EyyP7jw0pOTcrv0GmJJUgN9OWpsR5c/BF3V/2NgOOzSYAvTJPUR8CXiefHFRsf1iCaE3jBeNixvA5zIquD6IDpeYBd+Vie/JFB/G'
    '65fviIDht/EF5DWYArQfXOeclRLgPSb+RxPMmandotTzNqDMYn6lXH18LyN9IY2l4JvYF8ewMtlsaqeixyRF9lM7fH8Az5fsOqLR'
    'hT7K5gDrh+IV+SH64rdrrojjWUjO6GvYnsI4/CawUzcyvwfubZRRW4i/tEnDN9IavW02rKGp/3DMEFMRBQvcrOTcqGHYLJ43OQk8'
    'blAO6CUa38vpTBYMC755CRNaSpzyshLbXVsTtGWGnQ2bVXEMSC4CxssUWyzpf4dVcM5V2zzYzv5bH3F9pTkOskebxAPxM0NeM99D'
    'ITx7pfJyK3RrfAR5C4xPTnOGxe91KC//ao8lvi1I37TVK51nrpxG67kgpr7Rr+Q8tWOMDzjrvchgfGMaPUZ6tjcCLitH5KZNnmBO'
    'm7cZrvcJqjgecVjAC+niE6S4uB1KjuGbq1ljU0wYPSf8DOwRb3V5PmCT8Tr7bLHhOtuubyXnlpxzqyhzU6fuht0P0gyNMamsgbwG'
    'ndqpjrcGLUpfn43HXNM4wlFDW5qkV7WRNU8R3J6U/4jjN98iWLvZwjvU7lQTgKk3lct8nN3k7INjyrLvzmIY5R4NzprL2LeYrF9I'
    'dJhSy3K+TrVKnyOnFLp8lBp5AxpdMS/oVLqcFlM9lkHNGCS77iz4N/qCUD4+RNbnIWVfE47mHOJ1MLsJZqSW9W0z08HOV/raAGMB'
    'tBd2hjzFUJfS1ZFH/HoT2DIku21BsEuZ6CMthI72MpzuE4DT/VWV18fvAqb321X+/z/F3t0H775A3t3DnvlelYcHVgQzTJ95HJ75'
    'jSVWOMjeoKaxveEyoBXTmK8eDS88N0HsGebDS9I/0R3BppFiNswUsb+hbX1pjYvNfv/E7wU1MnhiKcNwvx+uF9SYr6+ECV8G10vh'
    'egX5v02772XtXcLaWwnXM2uKeWs1463PL/bG/fxiO1v1bwD30AzXfYCtuHmf991mYkdugO87v05dcKcmuFMP3KkFPtylB7ME1RCf'
    '1FW6inn9JF31uNfPfca9nneVSzOLgF6cv33tY4BXK4DvZ6d7zXfJbXz2JreNOQFtPLHOrA0d7c4HPbKO/UpzVr/e/Z7zrfs/rdTr'
    'n7ZDEZnM7SRud708NuebztX5Lva/Hfpfy373T7zz3Ynftyd+vzDx2zfx++GJ3zsnfjdO/N7UZd7v/fD978L1bbh+Aa59cP0wXO+E'
    '60a43kRw1nVkb9QTnHr9xFjveMD/3XoYv/N3KkNqNDIEafGvN7nX84EW/nW8OE5IZwPW0cls5cVy0d9VE318866JufiIUhuunOCz'
    'N07I6A3B87kKxvUmYJudd52r8/4kr74RZP2GcDp1aKRtyLWBOPYPx/ZxGOh2N1wf7rKjU6Q7p12dfYVi7JGOd7P/P0zWvQP6X89+'
    'Wyf255Ixl5b2w1773sTv3wOd2tIrHUcr4HmXjPnpdT/bd9+D698zujWh4wyhR+f3lYlv/luvvx+vQD+cv3NbF/3um0J/KA7Z+ds/'
    'wL2DITauOoIZmk/6d9aEkP/Rnf7+nQVxAs7f6T6r0+wz7Mt9ve71Pf3F/dx3P+y9DeE+qDoVHP8z9IDHB/h3Gq/zyxud34WuV4bM'
    'xylbJ+g2558P52+T9JyTx/1PfwqYJaE/WeDRf7gvXGeqIv3B3ytG3flcM8G7avtlunaewXmf9LkCn3Oex/ZvUv74xToGsU0KTZuK'
    '+mpazaifzpD7Geabx9izJ4Ee9o+416eAt76+zothmsRrXunXiZb2e7wYsbioA5m2Qb+NMdcLsY314W20MZwWjQOk/eNxfgfgu//4'
    '3/y1Y4L6/ov75THMA9peBd+7p18eG8cEUP6HcamTdXp2u7GCdD85f8MYQqt894BR/uUjdnyz8JKHpUV/H95D/f7As36fNMYBYIyj'
    'TT9bnjWTFRk2V0MT8/LUo/65GoK5cv5u0wcHxy3NxcqDfkw1xXt07YnWb+c9Z65ov3nsaRS8Mz/vomxF3l2YoINvPDnRzsSZrOsF'
    'mXcXAK/+DcCvO89O9u8FM/8Yztur8P7u54plEF0jk/mrZ/OnHnXx474gh0c9XLnN/GVg/q7+2fSIxa6HedLFGC0TMIA4T1k2Tw4m'
    '3MGDqwCcOMderTlkH7/IzzcK1nfXfn9cNPWJPgYxD6mn/c/E0cP2A83ddqiY5nYf8PM0Ez0s7lyujTGX2O9PQnzF4n3F8YAYe3HO'
    'weLx/g3EgvzNruA91gD/xhyDVTAfI4+68SicTzTDPYxXobzBdM89/oK355zrc8BjlKV82/kdOO/vCl+/c7/tykE6DudvVD7a8oxd'
    'h4rnsZrN44EJvvzyxHzdvL94Hg9AjMrLMJ/OM1Hi79Sz4bzgtxPfWvlt//d/C993/m7z3dcf83//9v3xaBxjpz4v7NtPPuPRSBAd'
    '17JzyuQZ9IAn2/mZFu8hz8DvPPSE5zupV/4Yrzu+JT8rYWZTyqudhH26YGKfXnvQjVG7fp8sfy8AfePag/54Nud5mzW6B/bGtcCD'
    '73tJjktz4uM4DWcZDTu2XMeOS3UW7C+180bRX/b9BHw/z1rGqhI9JYz2HdnyMtMTHzzk7T2b734R5NUdMO7rX7J7/+FdxTwL7fFV'
    'zB7/zUNef79pGV+HsZfNJf4O3Z9hPNiRvY6eStehI0LuE4mHUD2Oy8mrnwA+JfAX3NthunwD8V3QvYFjul3g7zwW8faI/B1jWL+z'
    'X7936ZyfQOxHa50z4F5/v9bCudD5u825EGNf1a7oOr1uHp1zwmcneN7avcXzuBv6+1ngiWv32s0jzv/Kn9m991747j0kxjWM1zi5'
    'gB48xHyIL0aLkf0szGnnIf96tKlo9PQQ7IPUM8WyxVmzpeQsb6uLrX3Ko03MldMWs62XHymm9yjnRcee8Tum+6GN43eWup8k76LI'
    '51895ZcHZz6m39s6LMyso954aDwt3bM8hxHdszz3kXT2wjPNQjjzO3GwNCY2amywThbpxkTP2H+E/ErzNpanv/8fiFjNZw=='
)
