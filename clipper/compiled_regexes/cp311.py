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
 ('[,;&|]|\\b(?:and|und|et|y|e|и)\\b', 0, 32, 44256, 72, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 44328, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 44520, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 44726, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 44758, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 44788, 56, 0, {}, (None,)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 44844, 113, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 44957, 125, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45082, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45199, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45328, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45445, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45574, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45693, 131, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45824, 139, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45963, 151, 1, {}, (None, None)),
 ('[.!?]\\s+foto\\s*:\\s*[^.!?]{1,60}$', 2, 34, 46114, 88, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 46202, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 46518, 221, 0, {}, (None,)),
 ('[.!?。！？…।॥։።။។؟۔](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 46739, 541, 0, {}, (None,)),
 ('[.:!?;]$', 0, 32, 47280, 30, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 47310, 324, 0, {}, (None,)),
 ('[:：・／/＝=;()|·•\\-–—\\[\\]<>（）【】〈〉]', 0, 32, 47634, 222, 0, {}, (None,)),
 ('[:：・／/＝=]', 0, 32, 47856, 206, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 48062, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 48268, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 48296, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 48316, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 48348, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 48510, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 48526, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 48638, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 48844, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 49178, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 49374, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 49428, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 49452, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 49476, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 49519, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 49781, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 50075, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 50093, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 50110, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 50139, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 50167, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 50291, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 50497, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 50627, 207, 0, {}, (None,)),
 ('[àáçóактכמإبتكمरलस作取執報投报撰書特筆編著記論记通객글기논대선수시위인작전칼통특편]', 0, 32, 50834, 622, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 51456, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 51726, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 51956, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 51974, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 52078, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 52153, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 52281, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 52700, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 52716, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 52760, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 52838, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 52925, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53012, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 53101, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 53220, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 53295, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 53376, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 53392, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 53578, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 53614, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 53727, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 53771, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 53795, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 53823, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 53847, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 53891, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 54032, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 54515, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 54792, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 54937, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 55038, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 55063, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 55912, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 56020, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 56053, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 56221, 48, 0, {}, (None,)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 56269, 116, 2, {}, (None, None, None)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 56385, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 56578, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 56592, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 56620, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 56767, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 56982, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 57114, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 57233, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 57294, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 57406, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 57533, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 57654, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 57928, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 58062, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 58293, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 58430, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 58487, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 58606, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 58634, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 58650, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 58914, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 65461, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 65516, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 65608, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 65897, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 71878, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 72098, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 72217, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 72255, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 72288, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 72329, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 72350, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 72408, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 72434, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 72450, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 72466, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 72496, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 72620, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 72799, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 72952, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 73147, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 73527, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 73582, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 73696, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 73993, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 74171, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 74228, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 74285, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 74342, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 74399, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 74460, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 74517, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 74557, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 74740, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 74900, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 75111, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 75193, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 75333, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 75363, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 75511, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 75726, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 75823, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 76043, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 76365, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 76551, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 76652, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 76678, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 76702, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 77212, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 77236, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 77260, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 77281, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 77689, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 77830, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 77952, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 77973, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 78164, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 78217, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 78236, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 78407, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 78479, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 78517, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 78596, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 78752, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 78908, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 79753, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 80181, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 80571, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 81412, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 82050, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 82894, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 83040, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 83231, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 83277, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 83523, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 83601, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 83813, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 84045, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 84156, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 84403, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 84672, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 84796, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 85418, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 85496, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 85865, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 86088, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 86151, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 86216, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 86314, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 86383, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 86471, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 86538, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 86628, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 86721, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 86824, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 86973, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 87561, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 87767, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 87966, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 88059, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 88406, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 88714, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 88843, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 89090, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 89458, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 89573, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 89862, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 90050, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 90395, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 90906, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 91364, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 91526, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 91733, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 91973, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 92263, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 92650, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 93214, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 93481, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 93956, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 94027, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 94122, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 94468, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 94543, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 94689, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 94766, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 94901, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 95014, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 95130, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 95204, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 95343, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 95420, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 95547, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 95917, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 95959, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 96052, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 96098, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 96968, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97393, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 97903, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 98171, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 98244, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 98454, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98537, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98681, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98827, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98957, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 99085, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 99201, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 99704, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 99876, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 100131, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 100317, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 100504, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 100957, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 101178, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 101349, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 101425, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 102785, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 103057, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 103125, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 103203, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 103514, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 103562, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 103701, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 103782, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 103872, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 104002, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 104170, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 104246, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104321, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 104451, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 104508, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 104555, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 104594, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 104633, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 104807, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 104904, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 105026, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 105361, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 105393, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 106358, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 106438, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 106599, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 106682, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 106731, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 106807, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 106918, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 106980, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 107058, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 107163, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 107298, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 107493, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 107578, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 107735, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 107783, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 107944, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 108106, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 108313, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 108549, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 108673, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 108724, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 108801, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 108905, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 108953, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 109018, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 109095, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 109304, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 109335, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 109410, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 109677, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 109715, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 109744, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 109787, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 109831, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 109887, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 109946, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 109984, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 110087, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 110176, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 110328, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 110409, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 110580, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 110633, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 110749, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 110873, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 110933, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 111284, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 111335, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 111382, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 111481, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 111657, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 111725, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 111755, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 111832, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 111880, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 111924, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 111970, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 112002, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 112050, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 112102, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 112142, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 112210, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 112246, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 112270, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 112462, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 112537, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 112583, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 112613, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 112663, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 112737, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 112820, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 112880, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 112932, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 112962, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 112996, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 113058, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 113093, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 113139, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 113187, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 113233, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 113259, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 113285, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 113338, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 113378, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 113420, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 113470, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 113571, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 113625, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 113678, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQmcHlWRePd3zT3fzGSSTEIISUjI5L4hhAAJBIgIghwqgsZJZpIxmcyEcSYhMUhAPFZR2UVXV9djRf2DxgOUFUXkEDlUlENA'
    'FCXZDQt4rCiICqzzn+6ul1df9Tu7+5uZDN38hpev+716V716VfXqVdU7jlM9+OcO/hUG/wYGn8xg6v1NHfy70OFPA7xrgPctg3+1'
    '8M0rVzeYVgz+jYU8b4G0GvK45H0r5G+B352Q9pF0G+QpEDjvQP9eAekClBYH/xZDHaJvcwb/8uTdUejdkfDO63M9vJsvact89G8G'
    'a8zgXyO82wppG6Rvh7SL9LUH9acI8+BAnXVkrCthrMfBWM6Cd7WobeOhH6wcG/eo8BrgfdTyTdCmFvTO+3cV/JvByknqnkbG38vf'
    'DO9xnibUVhfmL4dgeeU8vJgC+JFHMIuAs5XQR9oW0by4ZBzGwVzvgn8/6X1H9XswJkE9dVC31965aG2wulhfRG2pQ/g9D+oaM9ip'
    '5inhthagn3Q8cmg83gW/WZ/qYG7GQr1FSKuhznWoT3WAz9VQj+Oqnwz5nXVH1eMPb2aVs8eJ8axSfMtpyg7Ou7Zubz43A+315q8d'
    '5i+Xzp+H0s6VTqxnmvLr5/QAKK2pIjRXRCcb4d/eel6UD8q9naxTm3nWzfsh/mT9gbncJ2eVkWY5QBXFdwMQFvNbAfS7BeYwg2h2'
    'HvYAZ6/jXPtY6X4zxQ32F8a3uahcBSv3usG6PxvQ9vzCUj5ioqStrmRvciPW1QTtfWHw789QpgbV5z3/CLarg8/AwGWXOWidbCB7'
    '8lthrLIR6Jo7CunanrfFomsZ1cdKwE+MO5eigqb8Xjrvh/a8N5H9y8ODLwMtzFrQu9j7VXb0zaNPNEuePclMouiZEn6V7lXpXpXu'
    'VeleNVr3qiZLGsd0nsurgjQD6TJIT4D0KJKy99PRb68dvwCc8t5NuSNIr7wnSJ/7IegOvxqkD9wdlPkxKrP7p0H6yreD9N4bg/QL'
    'dwbpzQ8FZb4PeOu9e+bSIL37X4P05xcE6f7zgrzfRHkf/UCQ7v2AOO91KO/he3k7vXTh14L06nuCvJ9GeXffAOMBfc7dU9rHf0F5'
    '6bhQuO9DeVug3zfdKc67G+V9AvK8cos478Uo7yVQ99IHxXk3ory5ewFHJHAvRHlvfjhIH7xPPA5nA25673b2Au5sLZ2D01Aeb/JE'
    'dZ6A8twEfdh3Z2ldy1Ce7zwUpLUPl+aZi/SQi94UpPUXBd9moG9fXB+k514dfJuMvrUALuX3BN/Go2/f+GDptwb0jfapCn2j44Z5'
    '0XdEkL1bEOslpPuuWo9gW1c92SPYPMwBvmQenD1QetYAusMWaB+GUUD5md4Y73+NKD8+87CB05TkmGb8rkxRjaltfak+TKMP04y5'
    'eufNxBZAmBzwuUEkewzwo3IgmLs2AFGAubsI8022qjtNR5J+nGF+pqD1EeXBdKLL4bI8PsNyFwbpyws5r5vO2fDPGTtHrBoI1tZ9'
    'gwL4PfmU/o3E84DhlD0aFDxZlYInsz2nYnQB78MXWcjAo/zJgFpvemTCsUd7RJyeO6W6vFSXl+ry0nOn9NwpPXdK96qUZqV7VTrv'
    'w3zu5OHCSxH58/QcKj2HSs+hDp1zqKb0LOpVfRaV6l5H3tkTXp+NlutEd8dmPNF5Ylt9Rium383ptNeW1wi+3fVo8O0k9G3tuUF6'
    '5jnBt+ME365aF3xbir5Vv47nKcLaYd9qyLej4Fsr9MNLt8KYHYG+bSPf2Jpl5dhaZnnY7yJacwyOKm/UeWqCMpTXzhA5rZrMVdaS'
    'H2N3Cdl9vuPRu5M2Bu+Wo3cvdgTvlqB3Hh9QhD7Xwzh0ojodRZuLsJAmo3HLOfz+HetLRtP3PPqNz/rmC/K6Me6t5Cza1Ajtwncc'
    '2bgXLer1+lGANdMYoeyVt4r39DdE3GdryP5QcErvuD600x5uI8CxGduKhMbWa2/Usa28Pzy2bHxPc6KNQyWityI6tkBBx1ot6Njh'
    'FnSsCdrvfetHa9xLe51SfpJ9K8CcUTpYhcboCjcaDtL7za1o/KqhHddBStvdB+kGaFsNyrMJ9Z/ljUIr7M8KM6Neb3Hw0nCkR3tU'
    'aIU/Jvuph5/NGrxbQWDq6BbTp9wCNl7sjJnpVmeG8Cbzqn4chd5QwDTviYJZLlrrmGadg+jZLvLttYjuMFrRAfPH9sN3QHoZ0DgG'
    'h/G+VYLyOM9ixE+tzJXCXp0L0ndP4rBX5IJy01HbdpA2Mb8Oi1Cb1pO+NQOempbvQ/uNjObXSNbPrIgyMIUzNyE5CPteyCPYRdAR'
    'sHdHoXnMI7sy793R0F82FngP74a03eE+PmjefkneKdA3nLeD7FNMF4Tz7HRKdUG0PN678bfluWh7n0rGzEE904lMuQjSY52w3mox'
    '0185Yb0V+7aM4JyI/oreMX5vnOQ785diSt9F+E/HgfmxKSBe5SjNmUp1gjoxE18ZTJ+5BNpXi/CYrj+Gq66An+ohuNwh4afcMvfF'
    'tj68Zjehvshwu4LQDeyrZTfQ9Lj+R0aA+kvwLheLJ3xvPP8j06IWbDB8a7rWMI5VwDk7PstfPfj3ZgSzgcAsPSMdyHq8jozfYfX9'
    'P9ibmQ0BxmmZDQGmuX3orIvS1VnfC9L/uCNsq1JB9t7zIH0D4m+9SX0Xaptj0DbVeL2dwIijkx5Wo0nzJ2slW2lwRvVEsdkuSnAS'
    '40lrxDPiOPiJ8S2jsadpstgPGgl8E3udRnJOZDsW9MyO2ce/557Ss+oDN6p9viXBE+ec+H7I2P7N7mOY7t+mvHo5/aPtc0r9o8na'
    'VJlAmzDvQXVWHeR9r+XammCow504INaX6PbAPmhTem4oODfcE/HMUP9UmtjhR+FlMN3LIxzIEBo3XOuhk8gZ6XpI18NIXg9Vw7Ae'
    'VDrJdK2ka2WkrpVcQmtlPdKDpvie4vtIxfeKhPC9k+wR64nskPJI6ToYyesgn9A62EbWQYr3Kd6/GmSDbYTedxNZoUtzpp/KC+n6'
    'SfeNVKeU4v2hgffVCeF9L9k3ROtAdBaRro90fYzk9VE/DOtDZzPZjWyLGsC2L9VVpWvqUFlThYTWFN1LLkHvU/xP8X+081wq/Gd7'
    'C94f2lH+dH2k62O0y+LbBXbkKd6neD9S8b42IbzfIbHfUN2/6hPofVPZIl1Dr9Zz8IXkzuRiuDO5ZxI/56iEbyfBtysngY31pPBZ'
    'yAmQ5wp053JVLl1L6Voa3WvJZJ14a2FZjt9DVt1VNoGXrql0TY1mu0QPHy86i/vqS/E9xffRju/faA/S93Wk+J7i+8jF92xC+J7i'
    'eYrnrwa6jv0Rp/ie4vuo52M+mOJ7iu8jH98zUOd4+MO4yHyj90PaByn1idmAbJS2orzU5ylrK8bnOU6pr/NG1O4ofo3HO9wvsM4f'
    'Y1RfvU0G/KBXz/UwBrPhnaf3emg69+PPxq7V4b5Gmb87L4+n5pqIvuEzzm3onMb0DIj5qOp04vkt9cZ4KcEV2ue5gj7PNOjzZOh3'
    'Ofss8r/WZNn/HtL/8Zo7Eaa2fhucUh9o2Iekie9ItkaZT97j0FiblhfdC4xzHwSPf4dT6q9wDKwr791GMt8iH4ciGLb4y/wKH+OE'
    '91Dmf1Dl7zWKzyJM8+ZBOmaKXbtN29jk2PvKlPEbcxE+2fYZxwVoALje97GsvFfo3IPbn9DdWhFwZ6NT6vv9bejcIfWFS33hDvhD'
    'UU5fuNSP1zvh/XHpfI/6+R7j2MeqYD73Q34MG/X48Jhbig/5FB9GBD5cPPiPqYRf6EIptiuKyqup+Ao/dpfL6c1SiAX2zI0QcwZ9'
    'WwtxvU7eBDFn0LfZm4L0Z+8CnsnlscMu3xmk67dAnLiPBOmlHwnyLkRwpl4cpF+F+Cez3ECel40P42XoOGEeZ4NgTDB/2OBy/q5P'
    'wD+pxk9kM9yLYJjYlOnm5xkniKkjal+7pC5VO7sMy3h13+cE8SuSqtukzr0gX+I6+wU2eKqxZXWa5GF90c2VrY2gKm8R4E139LZT'
    'Kl/0y3Kl/Tgxx+2lTGyzWB6vPa8D2RH34xWnNE7JFEfs+2QLwa02yZh5/WfjwcZhIciuIj/4Mt/+eH13oTbo5ofSim1kzbYRu9A2'
    'aCPWZeYdtd9x5ouPxUrC8gD2vTlfwOfb6Gqw/1HTGMNRdUJR6mG+TGW+50X+5RdK5FFTvVLe0cfC8uXPvL0s5pV7zi3lxyZa7k09'
    'gj1KFWfBG4uH3SCP6J7KJglN3kXmTAX/FjfwvUrXr6rdbQZwv0j2btEe1Obo/WCo6rjKDeJoJDUWl7g8JoeqzTo4GwkcGW7o4Jzn'
    '6vViuI42p/Renwr28S7XEy7JqW1w8bel8O1ysofo6pvqct/Kq+qDdCakMyBdXK+HU3S5Pm8L4ZVN5njAEZdnuKMr/0dUnpV7CfGa'
    'uvJPovJR1tXPFOVNcOo2kD+TWH97HR47xwb3PoPK4TnQlbsaletHvImu3BWoz/ti9rkHtWFJzhzv2hwe38MEz85H+bcb5H8Nyr/P'
    'ZP3DvqniD3Uw5jrh+D0z0TumQ5+G3u12eFw89m6BUxojJonYQ0xPHOeMgsZoLThpjNYkYrRWOPYxWist+dYqJ43RWs4YrdWW/HmN'
    'k8ZoNR3bWsuxrXNGZ4zWemd0x2gtOuWN0criu6UxWkfOc1BoivykMVrTGK1pjNZDNUZro6OP0Sqyj6tJQK9swktgvXJcfTG1DzQp'
    'n3fUcbZE/K2s/6Z2vamsl8p6qayXynqprJfKeqmsl8p6qayXynqprJfKekMh68l8CeWBRjO6WgFnY/NgL6RrrALuREW1JcIxllkd'
    'TgwZ0BuLk50gxngcOdCYJ9lkx28ULNtTYdmepzpK8SGPeEiT+bQ5p/yrhDdtZWMzwOeS3b/9OdTX5CT9uNDpbM7Jo9eFIKR9JbZd'
    'lz3Vqo816N+1aETri6WW8I3J9ShDXjQ0yDNPsQJdaUzDM9HaPgULgMqnwa7FRk+GI6btkwltVxGehsgddS3HCOshalEX2Fofi2i/'
    'l1YNiNcs/W5js0BldRO6VmPJ33cBjLwRf5/Ak8mOVPY+Z8ykR3pWmUgB2rrLrYtIkn853AJ3ZfyKaXnGjx5rUaZc/Eg56h9K/uN3'
    'hvyHB/NxyJdN+ZCUD0n5kMT5kCT5iaTpUso/jF7+wZRvGA97b5Q9zTsPEulMChqeY75kj4tz72pBzPPxBU7pPanDnaG7L1VEZ7o2'
    'ZbBuK29wFr+AzHt67yq9d5Xeu0rvXaX3rtJ7V+m9q/TeVWqLl9ripbZ4qS1eaouX2uKltnipLV5qi5fa4qW2eKkt3ki6d4V1y7WI'
    'tlYSXecKR37/qgJg4jPrhaDjlfGmmM9nOl9afgnKi/uKfX3RMssUdTL9tA2vkEOyEOYVTH1le23/uFvKM1Af1TjvVa4dbmHc8Mrv'
    'RuU3RGhrl1vqT9y2/EWk/bblz3DjrfuVrp4fWeLq+ZHZbqkuybT9k1C5zRbl6lGbOokOi+XJA2wdzE2k3F8Rndtg0aZnQb8Vx687'
    'g/UoasNWg3JboNy9qJwprfXKfdeyXJ9A92iDt59B+41sbX8Mwd5mAft9CPY2Cex3oTwbJHn6LeeAldsk2Esp7Lci2OstYJ8taHcH'
    'yXOaYGxpnhNQnh2SPMsMeIK5EXmCyYiXofWOF8iT7FsD+raBfMPynkxeYmeVjC8QxTcxlbVbEQ/hAp/SjHgIxk/Y2ljE1bnqYuzJ'
    'eJd6qG82pBcJeBesX2H51hFeg8VSYPmrwN6VtVNUFvMoEx157J0swKfn+hQ+bnsNsnkTnU/jfmOdHB67fIyxw+9nE50Vm8cCOuds'
    'cEr9quYEtnqi8aRzpRpH13AcZ0t0bSbtpv2OM/4ZNP6VTtjfbB2pd5Wjvu9fr6irQlNXfQI2IzReSoXgvGaBgEb2Ir0ay/9deHck'
    'zJvpXoLpLI4JQ+lsL/mG6Wwf4sGo3rGC2JSYxFObAO3KIdzF/h5UtKVIZLB1EnuV8WjeXCccC8e0vU2IZnl9PQzqPbkA5+qQngrp'
    'WvKbrRmWbw2kcyTlTy8E/TjsMF7XbPi2FNJFKG8SdXkVTUioriPJOKyBOp6eyOuIO3ayOn46MbgPh3kKJlvucsO2Kia+w/Ha6DYo'
    's4XIntdPDOR4XO7ubJA+kg3LCzfBt78Ivt0I3x4QfLsDvv0py9tyWzZIfwjpDVl9ma9nw2W9fuwY7MdKUucPoPydlv24Hb49iuq9'
    'K2te/nvw7SYn/hjJ+nvcxIDWYj6zTWBnFEcO3EJk8n6J/qJlIvfTT9vSK7BrSarelybwMRjO9eTHs4G2zAQa7eX7DsznKZB+/whe'
    '7gaYz1uzya+Fb00I5Cbv3bcs8Pa78O05y/UyFPh+2YQgLo0OdzoEMpvpvG91SuPjYVsqX16ewO3k+gTnkCIZXUWDdfh9EqqPxtrr'
    'KkN9Rwnqo+eafQnWVz2Bx94TxbnBsHosYT/fIh4705iNByzre6yF92WzpC9dkr7pYN8OfbGNQ7LNCccXEuE55eu/0BJ9renWk8la'
    '9NrwbhhP77sLNqHLIZ0K6RRkK+qlkyFdBOkESFsgPaMe9OUtPH5R3D2S4i3dh9rR3Hp1n9kSyMRJjy2dwyUt3Cb9BrK3fJPQ2Puz'
    'ar6J8T8iujyhJThbY99U+wmGc1+2PPvEX8bz2D14bx1Je9lPxgf4Z4oDSe5hXx3P8aKb4O72BOu5ZjxfYyaxrDYkWHcfqnsoeWPf'
    'VheN7xaLMwnb/eY4QxzaidKk+O5J4wN9B7WXp/KlDcwKNG7lkiG8ev4wrjz0l+Lgw+M4DraRtmxyzGL54T29z7CMz/9b9rEvYh8/'
    'OW7o91GGL+8cx/FlI2n3dok8Z8L/4ViJvq2+oh46Lv2OOtacit85DdXTIzhbwu/j8FXz0Jxh+h+H9prWXY/6SON+b0iwnhfGct8m'
    'jCecDmkrpJWQLq0v5TEZLzkN8ZD+XZ2x/N5IH5Er9pPx3ETOIxai+5P+/p8ArMUA6zsJwFoCsL6UAKylbP9PANYygLUnAVhHA6yt'
    'CcA6BmC9OQFYy9n6TwAWu5e7NAasRU7pPd6pCcBieF+fACyG9y83c1h1rpje032gW0Br/Hi2MWB1EDulR5p5fNqh2BO9Om9GdW5z'
    '1DF/aT2m+hA6Zp8agjrp2L4LzZNIdrGRj7cgWLZ7EYX1JgWsXZawTmnm8jTVAdNzCZX8aaqHviWrllWnor5F4X+Y7OGv/2Z+fz1p'
    '/akH/8UxHH7S+lIP/m8E8JPSj3rw7x4Tpo9R9KEerG9KxiIJ/ae//lFbOzSyoE72ez+CFUd36tvLjYlOI6h8s35MeF0/a8GvYlhn'
    'jYlObyislWhuk5ZJfFt5BL/dQodhSuNqDdq/XiPzi3CXyWwvNJW230T3ZDP+TzQFe5/p/r2T1LPL4nyRrZHbmvh+u8XCRpbK+DZ1'
    'fr4puK8dZy+nfNS2CO3Yg+ZzB4FH99cLXXv4nTHH1kZ3ucaFuzKoTxskfemN2BZf/1+mubPtZyMaW9XcJdFOVucLjXxsN0noYRS7'
    'AAb/CYBvq1/T0RdGv+5qjL+HMVg3NEbnTSmszzSG6Z5sXeG2x9GLXd4Y1nOLbLqX5YL0+Fwp73sS5L1yUpC+B5U5C8osgnRVjr/3'
    '9/9hqPsMqPtkmDd83sl0VePIeegEje5qYWNgIxhV7vb9RMSAwWT2+hgwmI7q/xqiw2C6qd/HgMF0Ur+KAYPpon4UAwbTQX0nBgym'
    'e7ouBgymc/o4ghGFJ/VgvBfB6BHcp8LvZbxlf0Ngl6o60zW1r7pLIxu/uSFMD1V16eRxXy8N71xJncc38L3HRL6ndmW3avo0IyZ8'
    'nT6hDs3xZov9AusRXimG8WSDJZ78rmiOrx2S/fCXBu3o18gS9xW5z72kzot9+b8YXgflOB/26voEGoco58H+fTk0DjK82G7Js3pw'
    'L0ZwNxIZfrslP4LhXiiA25EA3FME49BvAEfkUxDfs1gQYc1QXJ1c5L5EHsiDjTikT0P6C/L+QUifycP6RzCWVwXpiZBOh3Q+pGdC'
    'OhfShVWw/us5jDx8G0vKHAHpSRIYv0MwjiLtWG7Yjl/W2+95+8l831cfrFPMf+8nZU3kSxO7gK/Vcx+W+wW6exMci3qe4dX/4Xr9'
    '/v68hm5fWq+nE1F0XpvQPLRFsNOwsc84A/Vhk+RcqTuC3utowfj2Wa7xGQiGiV4C52P6lGZB/2Tyt42e5h91Ady4ejcqzz9Tp8ep'
    'KLYjD9WF56PfkD9gMO6oC+NlkmsWz/2X0DisyXHZVuUXEsuuCyE9jsjRVycMl8nIu+oCHRfLo4O3BMqfrLkjbirDL4R2vKkuLAdQ'
    'v7ns3nlSuonjhrBONt6TBetP5AOY6UNWkPmT9aUyYbisvX+uDa+d/oi0Xbd/PFYb3AXF+ppl9fzeqO8btL70bu2PUJlVxLadlZlG'
    'ytxay/kWats0S2IXn0OwfX8ZgrYu1dT7WVQvs5U6kthO1Wvq/TCCMZvUWwHpHA2MSwXtoPb+0zT6sC4Eo0UCY6amHRfWcprWSe+e'
    'WewVeJ/x+X8Bzh7h2vMhPQZ8yOxafs96NdxVbSX3ameS+7WL2P1fVHYJKcvu6J4igOmf/6Gy7K7syaTsWknZ/6vhZWdalv1fVJbe'
    '6V2tafOTqOwCMiZLNGUfQGXnwbfFgnGld479/b+G37VnPMIFrliP3034pRstynYQPLwWld1C5NrD3PCZIq73oxZlab3vQWV1tli0'
    '3u0WZWm9m1BZG7nC3/9reOyBuPuMB2+NoC0HJPIBlY+WCdqyyZAmUPrh2/+gttjYefj+TBHeHxDoA7Ce4AGiJ8iislTX8BD5vR/p'
    'Hvzzv2peln07QPQTv5HoJ55CZfdJdBmyso+isnNAV7AS6Qx8noD8XgW6hHtQWabTmE30D6zMWkgXQ9mbUVmZTiUj0WFcj8q2kjbq'
    '9B+fRGVlOhRZvR+sNl9vVGeyu5rHE2FlX7KQJ01k9A2KOroSquP06vBatZXtsPx2NIK3VUIDNlnoE6ZVl8ZUMekzrqubwKtH8Lok'
    'Zbos2vdSFcehLol83SGggb7+D5WV3TfaJbGteKKK44ZJe23sJlgdP6iSz2Wv5b1AD97XEbyzyHm1SmZeKJHZPpUQPCarvQ/NB8tz'
    'Ism7TKJfuCRCWVbv26u4TnSodQh+nAg0jsfn9PK8Ti+wLCF4bHymVnEaP7VeLP/JZKSmKu4rdqpGFq5AeV2SdzLJ+0pluE3LJLYQ'
    'tE1/QGWpzD1LIzf+ppK3cbKmPw9XyvtD896L8s7W5L1VAZfK7Deivo4lNiMzNON0LapnrKZNn1CMC23Th1DeFg3cKyr5upbZUG0l'
    'dJ/5hHxHZXhv7dXcAV7kcjqKzzw9eOsquc6E+pqSycjnoDJHSuTr04mPqFNQmZmGZZYL2rZW4EuLvffKzFGUWSMpM1nQnxVEBj4G'
    '/fbt/wT90ZXJoTKnSmRtKif/tSLcttNJf6g/rt9CGdG5abtExvy1QRkqWz6AyrwksevrJfX8AJVpl5wV0Lb9p0EZ2rbrKwIfcjq5'
    'UGS/i+v+eEQ4Ifkf9YHpKv5A+HBa9yUGZWg9Wyq4P3dT/krEw19QEY7vZ8vD+/f/UB9oezoEfKlXZoWiTC85+2K+EeehMh0KXQLm'
    'lacY1LOLlBkjGJf1EcbFRXA2E5zutpAV/liQw7GROX5dCPdre4R+/bjA6dXjebG+gepEvo/KPED0GkyfwmA9AWVuQGUehm//o9Fj'
    'fAGVmVQl1g1Q/cXHUZk5hjqPD6AyTNdwAsnLdA8TocylgratRvoQDKMSymxDZZhuZTzRU5yJ9CW+/I/K0L7LdBpvKIRpyn6NLY+I'
    'pqwpmNFSlb+nIuiYdeuW2gnNKJjTlIP+/1C/TeVhEZyCQd1Pk/X49zwvI6IP+HyGlfm9okyXpMyT+XD8VZUOpNtCNr/XErbNmf4N'
    'ec4Hr8yFZXDbs+5Po7Fb54p5jDaCU1fnuW803biYxrdl+/hOBJvizE4Nf69bh+vz4b1yJ8GTVwhdPx+1Z4uhvxqdDMLimJ2Q57LT'
    'KYQPXkR46CWKvJSvb0V5lxKZYybi0f34aCjvNPi2UNAWX/5HeSlPTvNWoLz0/HAtOjPz5f8cj82i4qe9vH9CeXcRmox5RS/v/+S4'
    'T31bXsPX/yvKdxmUvxu1dSs596G83y1QVxQ/Rl75r6C6ZHST0ZDPKfJ2Edvsjwn60EbWDqOpHxDAFdn8+v4/UV6VHa/v/ysXjkcj'
    'swUUrft2yTya3J32Y3VHLM9oyJpcOPYQw+uXyTweq8jbT/LOz/E19jjhNfch/tH3467I+wTJ2yKYG5EdrG//K8APkb2r7ytdgUub'
    'Ce/w1yzPKzsLYDj6+6wYP0xlgCeynN+Juqf69j+ozcuh/OuQLh3rdW8zyMt0tt9S5KW68+sN8jK4n8mG+ZQk7sP5+n/Ujh4Bf4h1'
    'cbuzcrzoJTh/cTYcG2uLwVyzPbcty+PPbJbwIG9CeUT479//z4bj2FA7glNRHpEuwb//o4Czmfn/EbS5n7R5jiIPo0PTBO3B53W+'
    '/8+sWXwrvA/58UURbJEtuL/+UR7RPVif/8/wPO2Ss7TnMuExO0DG9elMaZwlE5rglXtcUT/bqx/IyOeM0aR7MuHxoLGFvp8Jx1Si'
    'e/VNmfCcURq8V5CHno9ei8bD1IeCv/8LYNP9+SrBmD1L4Lwb8mA9BdNxPAX7zi5Fnv2Q52JBngfI/tWJ8kwi90ZaQbZfh9q8X7I2'
    '3yCY5/1kbZ6ZCa+7l8jaXKPIw9bmcQJ87TDA13mKuWd2O9MVeRguHpYJx+OjOtYmBd4z+lGF+mFqY+D7/0Kx97oktOnPrh1tYn07'
    '4IbXYh/J8yu3dH2Y3Nvzyt1v2CbKs9ym6C9r03+S+IcmviP8+79uOJ7bLkJXPotgm+p4vHL/7IbjEUbx7+D7/3LD8eKoXNTvhuPu'
    '4ZgQLF7mmITuNF0giEvZS3D1bFfOH7B97DQBztH5PUGAOzr/C/79f8NylEeYZlmO0aZmhCumtiG+/g+VM70n4pX7m8PHTsSP+/p/'
    'lEdkI+LL/wo4jF/+tSLPsZDn5yiPiFf39f+KPMdBnjsdPh6mtik+/++E503Hp/v3f5zAb2pSd0r89Y/6YGqP4u//gj7o7oSweJlV'
    'CjmiCHhapdBhFqHMmAR0ljRepuiuAI2XKbJ1oPEyRXcDaLxMkc6Sxss0lYlYvMx6S90mjuOGdYathdI4bvgMiJ3b4HiZLAY0jUvJ'
    'YrKpYlZGiQFXA3llMeDKFcttvFMar7vC4XqYHLGXaSX2MuMcuR0OzVvjhGWrrFuKb6x/pjE/WSw6Fn+7win13XqsAB8WO6X+ZqsE'
    '35ZJ2pNx9HEO8/BXCe9leceDHtxx7OKceuWec0vna6LAzojaizAfKiIbkA4NPvv2ZS73cdVD4G0icLGvK4YDOvi3uPx+Uxfqj6rd'
    'bQZwv+hy21kKr8uQpujq8OKxNyc4Fpe4pWf+sjbr4Gx0w7YDItzQwTnPDevhVGdl+DxOB/t4l8dNWqLZr3V7s8ez6OqbCmOC7TFn'
    'CmwUdXCKKAb9FjSmpnM84IjLM9zRlf8jKt9FZPYNBuWfROWjrKufKcqb4NRtiN+Ju/5wPHYb3PuMgL/oMih3NSrXj3gmXbkrUJ/3'
    'xexzD2rDkpw53rXBfmKKZ+ej/NsN8r8G5d9nsv5h31TJGjoYcx0eF3guvJvphGMLT0PvdsO7w9G7Bcy+BHibJOKS+3cwnXCcYJv9'
    'vo3wGAXC70y/G/i1e/kc0G93PQox/tC3teeCLdI5oOMTfLtqHej40bfq1/E8Regf+1ZDvh3l8LjJbUS+OMIJx7zfiuaghuyB81Ee'
    'PK91KO82TV7M41dE4DUrHbu411UWdeB42CvQ+mDvTtoI9tfo3YsdYH+B3j1xJ5y/IhrRiepU8aVF4DUmo3HLQR9seGFR3HMGj+Z1'
    'I/L/jQDHhj+vgTV1JBn3ouWaLsCaaYxQ9spbw/TAa9MbHHt5AMend8lYr4D0oZ32cBvht83Y1iU0tl57o45t5f3hsWXje5oTbRzq'
    'Eb0V0bEFCjrWakHHDregY01InqYxAXqdcMz6TsCLagEdLKIxusKNhoN0n2xF48fk7+sgrZLYS2wQ6Ao2kfOcvoi0wnt/EfTfd7np'
    '6p6MO5qfg0JT5CenzWGDPyb7qYefzRq8W0Fg6uhWE9M/gA6yBdapC/lnhvAm86p+8Pz+Y2CgQjzzB7PtiYJZLlrrmGadg+jZLvLt'
    'tU7YxsrErynThx/nhM+OqV3FYsRPrczpzzvYGcF01DYT3/rrSd+aHa7HMSmP453IaH6jZP3MQuuiCf5dj1Z7FaxlpuN0ydqqJ3un'
    'A3N2mFPqO2dmQewXh/2eQu7wsTt1cyTlT2d+gg7jdTG73qWS+4xx6/IqmpBQXUdK7gw+PZHXEXfsZHX8dLCOGYoz7KjxC3ot7iZs'
    'IWdm108M1hsudzfY1j0iiEelirFsG0eZ+pg28d0t8z+9Y7AfKx11vGvTftB4XMxn+EiKNX3cxID/H+pYyKI4Ty0TAzm2nDF+RfW+'
    'NIGPwXCuJ99PILTF1L/6DdlwLPOk1sK3JgRna61gM2yKtzSu+0jC98sG+zQ14r2IpOKPv3UCP0NJOs6dCL9PQvUlHfdOVN9RgvqS'
    'ioMnqq96Ar9TFScungj28y3isUsiTp6ovsdaeF/ixLoTwb4d+hLn3qhNHLcvtERfa0nFen43jCf2h7Kc+HWh/lAnS3x+Mn8kZzA/'
    'oS1DH9+c2fGc2VKeOPV0Dpe0cHuFG8je8k1CY+/PqvkmHDOF0uUJLTyu6W1Z9X6C4dyXLc8+8ZfxgWxF99aRtJf9ZHw4/pTOfjmp'
    'Peyr4zleiO5eJFXPNeP5GjO9Z5BU3X2o7qHkjf1zXDS+ScV9Ee0JxxniUNw4MKK6J40P7EmjxoURwaxA41YuGcL3EzauPPSX4uDD'
    '4zgOxvEdu8uxj0PxLcs+9kXs4yfHDf0+yvDlneM4vsji9HQI2m0b66FNUU/cmLx4LE9D9eji+MThq+ahOcP0Pw7tNa27HvUxSqxk'
    '03peGBvQJ5EvfWYvW0n81LsaH4FPjg3H8DaNpbfQKY25+JMEYLHYi99JABaLwfilBGCxWIzXJACL2QfvSQAWi824NQFYLEbjmxOA'
    'xWI1npYALGaHvTQGrEXEbntqArAY3tcnAIvh/cvNHJaNT3hKa/w4QTFg0TvJjzTzuMhDsSf6fsJRndsE+1icO3qyMfvUENRJx/Zd'
    'zdHjJ1P5eEuzPH7yBktYb2qOHos5FCewmcvTVAdMzyVU8qepHloX13Mq6lsU/gffda1v5ncbktafevBfHMPhJ60v9f0EC+AnpR/1'
    '/QSNCdPHKPpQP06oZCyS0H/66x+11SZ+hEj2ez+CFUd36t8THBM/xjqjcevHhNf1sxb8KoZ11pjo9IbCWonmNmmZxLejQPBN78Db'
    '0Lhag/av18j8Kj8+LzSVtt9E92Qz/k80hWO0RYlXaBMj8bYmvt+a+gAQyfg2dX6+KbDlj3vHX+Zn2LQde9B8ivwD4HoudO3hd8Yc'
    'WxvdJYtN+VrUJ5N4nLZxJpaUae5s+9mIxlY1d0m0k9X5QiMfW12c0l0R4D/RyGOp2+jXdPSF0a+7GuPvYQzWDY3ReVMK6zONYbqn'
    '81MRVy92eWNYz52EbzKTmBvrh6Fu5pPtZJg3USzHceQ8dIJGd7WwkcerjSJ3+3eIYsBgMnt9DBhMR/V/DdFhMN3U72PAYDqpX8WA'
    'wXRRP4oBg+mgvhMDBtM9XRcDBtM5fbzBPmY69ZP33gZ9HPEeDW/Z3xDYparOdE3tq+7SyMZvbgjTQ1VdOnnc10vDO1dS5/ENfO8x'
    'ke+pXdmtmj7NiAlfp0+oQ3NsE48R6xFeKYbxZIMlnvyuaI6vsvgJvzRoR79GlrivyP0xJHVe7Mv/xfA6KMf5sB8nCI1DlPNg309o'
    'UR+rfbslz+r7CURwVf6FbeFeKIDbkQDcUwTjYOpjWBS7ht3jWhBhzVBcnVzk98xo7M6nSRzORyQxKOoQDFlMS118ylfqOQwW92Es'
    'KXME8fdIYfwOwZDFuNS145f19nsejXl5Xz2PC63ym5xEXMqv1XP/JiJflyY4Fsdf1ofr9fv78xq6fWm9nk5E0Xltqg/H57aN8Ws6'
    'D2egPmySnCt1R9B7HS0Y3z7LNT4DwTDRS4j8sDUL+ieTv230NP+oC+DG1btRef6ZOj1ORbEdeaguPB/9hvwBg3FHXRgvk1yzeO6/'
    'hMbB1E8jll0XSnyRX50wXCYj76oLdFzDEeMTx055U11YDojjX9FEN3HcENbJxnuyYP3pfDfi+ZP1pTJhuKy9f64Nr52o8dt1+8dj'
    'tTyuFI1dKouD+SNUhsYslcXZvLWW8y3UtmmWxC6exgDdK2jrUk29n0X10jix7He9pt4PIxizSb0VkM7RwLhU0A5q7z9Now/rQjBa'
    'JDBmatpxYS2naSLfn6Z7BfXpe4oAZ7EvUBubER0fMruW+21cLYlJKouBehgqu4SUpXF+WknZWlSW3ZU9mZRdKyn7fzW87EzLsv+L'
    'ytI7vas1bX4SlV0giV0qK/sAKjsPxTyi4yqKf3pHDfdvwniEC1yxHp/Gz7zRoiz18X4tKruFyLWHueEzRVzvRy3KhuKEorI6Wyxa'
    '73aLsrTeTaisjVzh7/814ZjEUfcZP06AoC0HJPIBlY+WCdqyyZAmUPrh2/+gttjYefi+bhDeHxDoA1QxMbOoLNU1PER+70e6B//8'
    'r5qX3U/iaf5CEyPzKVR2n0SXISv7KCrLYmWuNIyZeQ8qy3Qas4n+gZVZi+Ji+vZ/qKxMpyKLbXk9KkvjYer0H59EZWU6FFm9H6w2'
    'X29UZ7K7mvuaFcXaSEJXskFRR1dCdZxeHV6rtrIdlt+ORvC2SmjAJgt9wrTqUn+7pvECNgnOrv3zPwSvS1LGJmbvS1Uch2SxwToc'
    'cRyc36GyutjH1LbiiSqOG6YxM2ztN35QJZ/LXst7gR68ryN4prEbaLwFLLN9KiF4TFZ7H5oPURwHLP9R/cIlEcqyet9exXWiQ61D'
    '8H2IonE0jaOgkqWXJQSPjc/UKk7jp9aL5T+ZjNRUxf3WT9XIwhUor0vyTiZ5X6kMt2mZxBaCtukPqCyVuWdp5MbfVMr98NP+PFwp'
    '7w/Ney/KO1uT91YFXCqz34j6OpbYjMzQjNO1qJ6xmjZ9QjEutE0fQnlbNHCvqOTrWmZDtZXQfeZD7B2V4b21V3MHWBSjl/l3WVfJ'
    'dSbU15RMRj4HlTlSIl+fTnxEnYLKzDQss1zQtrUCX1o4NvAcRZk1kjKTBf1ZQWTgY0i84kZBf3RlcqjMqRJZm8rJf60It+100h/q'
    'j+u3FTwOND03bZfImL82KENlywdQGVVcY1zPD1CZdslZAW3bfxqUoW27vsIsJr3IfhfX/fGIcELyP+oDjuOM+XBa9yUGZWg9Wyq4'
    'rz9T/koYJ6wiHPvBlof37/+hPtD2dDjimGgrFGV6ydlXJ7v/WxGOfd6tsXOZYlDPLlJmjGBc1kcYFxfBsY3djdvzx4Icjo3M8etC'
    'uF/bI/TrxwVOrx7Pi/UNVCfyfVTmAaLXeCZfCusJKHMDKvMwfPsfjR7jC6jMpCqxboDqLz6Oyswx1Hl8AJVhuoYTSF6me5gIZS4V'
    'tG010odgGCze1DZUhulWxhM9xZlIX+LL/6gM7btMp/GGQpim7NfY8ohoypqCGS1V+Xsqgo5Zt26pndCMgjlNOej/D/XbVB4WwSkY'
    '1P00WY9/z/Mysnj3naTM7xVluiRlnsyHY/PoYi2ayub3WsK2OdO/Ic/54KgxzfFZ96fR2Ili7NHYMP75f577RosTc090XrYTwRbF'
    'YFbx97p1uD4f3it3Ejx5hdD181F7TGPp6WSQg3EC81x2OoXwwYsID71EkZfy9a0o71Iic8xEPLrvOx/lZTH/Fgra4sv/KC/lyWne'
    'CpSXnh+uRWdmvvyf4/77Vfy0l/dPKO8uQpMxr+jHCc1x/9G2vIav/1eU7zIofzdqqyieOeb9boG6ovgx8sp/BdUlo5uMhnxOkbeL'
    '2GZ/TNCHNrJ2GE39gACuyObX9/+J8qrseH3/X7mwj3KZLaBo3bdL5tHk7rQfxy1ieUZD1uRKY1lgvH6ZzOOxirw0zvD8HF9jjxNe'
    'cx+JnX6kIu8TJG+LYG5EdrC+/a8AP0T2rr4fdQUubSa8w1+zPK/sLIDh6O+zYvwwlQGeyHJ+J+qe6tv/oDaL4gljve5tBnmZzvZb'
    'irxUd369QV4G9zPZMJ+SxH04X/+P2iGK74t1cbuzcrzoJTh/MZpr05i4eM9ty/J4BZslPMibsvI44Czu8FnZcNwDakdwajYcB3gb'
    'yXO8As5m5v9H0GYaA3yOIg+jQ9ME7cHndb7/z6xZ3Hu8D/mxZ7LheM5byNxlsuFYtj1kX/h7hudpl5ylPZcJj9kBMq5PZ3jMCVOa'
    '4JV7XFE/26sfyMjnjNGkezLy+NZsPL6fCceApnv1TZnwnFEavFeQh56PXovGw9SHgr//C2DT/fkqwZg9S+C8G/JgPQXTcTwF+84u'
    'RZ79kOdiQZ4HyP7VifJMIvdGWkG2X4favF+yNt8gmOf9ZG2emQmvu5fI2lyjyMPW5nECfO0wwNd5irlndjvTFXkYLh6WCceOojrW'
    'JgXeM/pRhfphamPg+/9yOewuCW36s2tHm1jfDrjhtdhH8vzKLV0fJvf2vHL3G7aJ8iy3KfrL2vSfbjjO6g4DnLgOwRbdlfDtfxFs'
    'Ux2PV+6f3eAee1z/Dr7/L9TOHRK5qB/lEcWE8O1/Xe4TIe6dpgvc8DroJbh6tivnD9g+dpoA5+j8niDAHZ3/Bf/+v2E5yiNMsyzH'
    'aFMzwhVT2xBf/4fKmd4T8cr9zeFjJ+LHWRznKoWNiC//K+AwfvnXijzHQp6fozwiXt3X/yvyHAd57nT4eJjapvj8vxOeNx2f7t//'
    'cQK/qUndKfHXP+qDqT2Kv/8L+qC7E1IEXKxSyBFFwNMqhQ6zCGXGJKCz9Nc/qk90V8Bf/yiPyNbBX/9OeF/GdwOK4J+iSqGzZHGc'
    '6y1lIv/83wnvL20G/WdxKbHOsLVQGjsTnwGxcxscR00Wh3C+E45tqIszmnHsYgt7LiE8ufco9L4C4JradI93eEy9bqfUf2cD+tZL'
    'vuHYon3kLJfGuZbFp52LxsqxHC+v3feTflOerofsGyJc7id7OcblHQI7CorL1C9JvwCXN1rc953smPFh9CyjwbAc3UtxHFUWZ7zg'
    'pHEvhyvupY6W6OLR69YNi2Oec0pjyC8ifnMw/VvslPpeprF3TWJD52HNemc6dK07Bmv9Obd0rU8U2MxR2yfmD0hkz9ShGU/fVtLl'
    '/tp6CLxNBC7228bmTAf/Fpff1etySmNET1HYYengftHlduAUXpfh/qir4yq31AY/7lhc4pbar8jarIOz0Q3bwYhwQwfnPDesU1bR'
    'YUyPdbCPd3kMsCUa3lPHZ3r8t66+qTAm2LZ4psDeVgen6HKd9RY0pqZzPOCIyzPc0ZX/IyrfRfRPGwzKP4nKR1lXP1OUN8Gp2xDv'
    'Hnf97UX8hQ3ufUbAK3cZlLsaletHfJau3BWoz/ti9rkHtWFJzhzv2mA/McWz81H+7Qb5X4Py7zNZ/7AnquRmHYy5sKey90WAl3dK'
    'bdWnoXe74d3h6N0CZivlBHuRCY+h26/9+8QSWcB0v28j/EOB8CvT7wbb/Hv5HNBvdz0K8SrRt7Xngl3dOTzuN/121To4r0Lfql/H'
    '8xShf+xbDfl2FJKN2oisfAT6to18Y7IS3gPnozx4XutQ3m2avFherbCYB8YrVlrKpVUWdVQgXFyB1gd7d9JGuEuA3r3YAbZE6N0T'
    'd4ItAaIRnahOR9HmIvAak9G45aAPNnxuHv3Gcu58QV5XwkvrxqsR4Njw3jWwpo4k4160XNMFWDONEcpeeWuYHnhteoNjLw+odAor'
    'IH1opz3cRvhtM7Z1CY2t196oY1t5f3hs2fie5kQbh3pEb0V0bIGCjrVa0LHDLehYE9K70PgWvQK9VCfgRbWADhbRGF3hRsNBuk+2'
    'ovFjurPriG6K2v6wc+UaJ3xes5XaHVjSirqQDkf3ZNzR/BwUmiI/OW0OG/wx2U89/GzW4N0KAlNHt5qY/gF0kEz350L+VPc3PLo/'
    'ttYxzToH0bNd5NtrnbC9oImPXna2c5xAZ05thBYjfmplTn92x867pqO2mcSJWE/61uxwPY5JeRy7R0bzGyXrZxZaF03w73q02itg'
    'Ledgj2K0tQvqyRvQVkpZs6OLtPpD9d5V0XAfnmmrYlDejMG6s+WBHITDNvLM8eR8F59DyfSa+D0t1yXIj+3nRLosU39vPQJ7PdwW'
    'nY2db2uYC2Rs0f2tbZI2mvgIEfn2F9nit5PvOyzuPcZpx3piC/XxwXFY5YjjA7cn1JYewV1jrIedMoTzQPv/xlywp4hsLLHta5Q1'
    '0E3ofK/hnkJ5bpvxpesAnxNPQn21GWuR7WIHkXemCHAoiTj1prhD+7o/G5wPiuYFt9kUjzZKxofaYrI7lX8x5G1UffiGog/dZeyD'
    'ybw8b4hzl2UDuVvmh9w0nlynxJ6n1zG3/2xzxH68+wU0w7c1Gmz77GHEof+WnOPSMT5qsJ0zJDZR3QKb/3Ls29TXoRdz5VhHHkM+'
    'jg2rjN5tdOT+YPG46u4imNg4+3eNMxy3bfj9zhGw7/1bJjgPMI3j2kfgbZXMv83altHy7RJbqK4Mj+dLaQm9s7Te0I5f1PY+w/as'
    'zQRnIyZ8s+1+26FZ87NQ3Z1l5snp2q7OBPLnSN539rsBLNHYm/AmJvcnOgRzZ4I333V5HMdy8WF0PD7tynGxXTAPSc/HpS73xR21'
    'z5sN18Z6d3hp60lucC4n4xtM/ViKfGKp6p2O6u2wlOFE8h/lFURjx+4aTI1Yb1Jj/pTDfUUkTWt/6nDbp15yx86UlrAyovGkd1dv'
    'dPh4Dpde4J9Rn23bIPNJrqqvH9lH2uCQLa98ocP3za0R1kZU/sKPNQ53QpKi+8x+ZmIEnOyzxMk6J+wbQaQnwfrrAjr3rwFd473o'
    '7Husw21JZwn0242W+s8C6LWpLhzrY1vQOVMNgsvOSfBZyQA8zDaiEtrbBnrKcWA7NYDakIN+0TKrB//eDP++ffDvN4I8Kri0Txmk'
    '369D+v0qqL8S5oKdo3ljui7WOevoPnX1xzTGWUDOIE8LsRGznYPRfdIdzMGVTqxnms15iu7egYqOVKE5zJP1i2lBFVrneUILdPV4'
    'hOhFeH854IjX9ovJeTk90ztU8CRr/uSs7CUk596Mlusfec6BCE9RgIN0/9HRHoZP2xA+pfMennfBnF8Wd86TnHffJnzwH+e6wXz+'
    'BvEl6bp+9a3rlAcIz3NuCHiAlJaODlo6CeRfJgdlCa/lXTq69jF+1nrgxtL7qaa29hn0G/NqLpLDOhENaAcYUXDZVZGBTHnWXFme'
    'AHTWBFuiPKLyrobvryF6hALSfzQgus30ENUW+geGA06KAyMWB0SyFrOB+zu8r0E8mIyOzEc4MgXKPY3k/GqAkVPAweXxPbGFXwvS'
    'q+8J32ufdG+Q/mVvKV3Kg16J4d73kD3pofQEc5fJeuOWLwT99ldaVXXNwcXmd7I+4Tptngajwg08aTCA5KjyafJURu17g8XIuPpx'
    'dM264KO86Gl0vfKu1E5d2mhXs858H4ducGe/AvgGJndVOKWxk6aQNZwxXMN07bJ6P0zqq1TUl9XwMCb19ZL6qhT15SxolKy+N5Rx'
    'PDG9Y/WtKON4iuqbXMbxFNWX0vSUpqc0Xa1DF9F3mYyGz8oq0V7Bftc54bXJ7tww+Y69V8mMdQo+M2fRBlZ3LqG68bmFrm7v3fFo'
    'SloRbXNRftk8tBAZSnUH+HiL/OyclJ4Z43xYvmu2OGeOMl+0L2dDep5T6uPD5Jwp6jkR1j2MQ2NQQDJRM8Id0Zn3tCum+H/suWxg'
    '94neHx131Rl2C7QLy8em59DjwW6AlfX2hlMc7i/L+z5Gsj7r0PiZnqM3IRhFJPPjPfkokgf7e6A+Qso9Pr5/aCfwjYX1FTMhnTCl'
    'tA43Yh34Hr7MjqIAsBtRv0z9a7C5Tv0+pn4fU7+Pqd9HG7+PGWdo/T5mEe2rRPm8to6D+hcz5hbZagxV+2xs4uqg7nGwdy2A+tfc'
    'UFqvDk5UX79x2/nzu+3bmbNsJ/PzOYHQaFufNrvvCfML8x2xD6HHIvhvYfy4B//90KcroT+RhcVh1gqU0iIPY3L5g68LbGUNm1KA'
    'iqkRz0ka7MV0ZYXyon5MLSDqHn7sBvyoGJqJ9MYry+SnvK5kYcQh5Z6oBadgIS2Gdiaa9idTMv8XIb6q87zgK9PTHoyNeTV/f3bK'
    'jybGj3r0O+VHh4cfZfoctsdelPrtTv12O6nf7tRvd+q3O/XbnfrtTv12i/f7OUTuzxP+0POTOxWtxxzo5G104MznpameB59NifQH'
    'qa/x1Nd46ms89TWe+hpPfY2nvsZTX+Opr/HU13jqazz1NV5uX+O67/TcvOoQPTf36up768g5H/f5mE3lPwe3ac9THdznli1/gHnS'
    'ygG+Ftic1kK+LLINGIvwzbfbGxDDo98ZHzM3G+08IJW1U1k7lbVTWTuVtVNZO5W1U1k7lbVTWTuVtVNZezjietU6/J5UjSP2r079'
    'tZ8G6w/vj52aMivQmK13zH1VMzu/2TBuunLUB7zIr3kRzouTgNcdcf+i57cmNJXJ+K0w/rUgw1Yx8n27moi76NzcZp8V+aNkMnXG'
    '4XcjK0g+er8p5/C75rJ7iSr/lxR3s9DeAtk/XDSnRzql9/xk91QpXG9MCpZ8UwVah7L7KPRM/iLCB9YDTPYN8//zIJ2DbHMzAvmv'
    'VtIvj5RdQHRlkxx17AYc78U2fgFdI5OQ7eN6C5pOfX+LbOJEa7GRzH2cGDHYJpPeIWW6OhpTALd9lxOO6cDWM+PVZwj0bdjWqSfC'
    'WHULbNVM4kcx/V0T0VFVOWE/6HjsV6A9td1wXJlN0DiBXbRJ7BwVzjE6nwRckb4J3x9m9xNaIZ/rhOMKivZ8Uf1dEjwSxcWh69yD'
    '9Xqyzicb2u7FWSPdZKxmAP3FcStoTIg2C5zuJWtxnmMeW4nSBDxfK4d5vmoQD8fmq86CnuA73ZhHEcXdiRqnSkVX8Z3KJsF4mK61'
    'bsSXNwvGLwrtw/52hmqfw+OUFcx3k1N6753xDaK4DTs0dbYj3fvhAtocZz1vkqyHdsWaMrmHS+N12JSLg8NULsHjuVMwT16/zkLr'
    'UgW7wlCewGOK7wn0o/mn89kvkZtE/dvg2McGPRRoZJ6sGVzX9UzPPF2Mj6b6KuxrKyc516B0ewbCD6/tx+f43QYvXZsLcCPrlOrA'
    '8dyvIGUojONy+vlpRvOD6fEYDQ/dodkzthLefabD/aOdBDqSKycF6XuQrmQZajv+vQTSVaSPK3Nq2snmp4D4ri0L+bkxtQGoInne'
    'Cek1C8O2AF5531Z8k3yfexTK/wHSb0D6+k3hNuZh3PH56bnr5XYK3jf/Fue6Ur8k+NsHP1bqlwTDvvQj4T6xb1Uf0eNOQYI7VQQX'
    'thEa1YzG+fMXBukx0N4/7irV/eM8R5M8dM5lbRsPezmVkfBY5v81SF/+YHi8bvgY3FP4oAAHNsG47Qi3KU90Z5hWsDq2QJ/evUE+'
    'zyzPzzaE28a+uZeE2+bBxOVUc1mtmEv//B/w4oV3ldaH2/KO1wfpM11yvLr0I2brNYfodBWM8cSz5GPE8vxbR7hur5yX7j9PPA7j'
    'ydkp6z8ti+VuEQ6dDTj0yQvDbXjndrAfukaMJ6L+M59rk74XlL35YXn/WZ5/eoTfFWHfvHJe+uB9nCbXCcp56bclZYqKMh9aJC4j'
    '4/NMdJyX3GOnayzxcW17CDa6jviy4oO5SEcwwTPF/tCP8jzM/s5ba8eQtUb33r23B+kPf1jqf3omwkEPP3w7vAdh/7ghSPfdGaTL'
    'bwnKTIS1Tb/ReiiOj7231M9sbm8pzq+8RYzjTZZ4/qdvBelbbrYr935Yg8sfTdZGZOJAtHP/aoQYpn4ZTdqad0p95GPfcfM0On6v'
    'XBL+nyoQDp3rlPrcXU308AOKvGeQvC8gPoDm3aap5ylUz2sgZbLhBpL3lygvawPTJ7eTvD9D6/BkSHtInrvROqF5egXt98p8x+HO'
    'as8g6cmO2odXEWS1I5xSH5esDzs15bFPRVH/dXV/ANmvnEHk4q3kN4PbgeAXoY1sDk4jZdczW0vI24327tWoTBHkrQqCM6vh29vQ'
    '3E3OhVMvzxtRO1YTHHurWzpnZyBbVxXe4PFlMPrIuDCYxyhwvpf87iJlWxVlaV/OJWUnAJ+Hv22T9GEX+d1D8vVIbEmx/1PmU5L5'
    '5axE53PUhyP21cV8XlI/wtiendEkFmPCBZgOgm9j1+YgGmdyjt8U80w+Dl8Y5ezbBT1U6OzbMYt3R/2QjoQ5SMoOYWs6JyNuTrpH'
    '2ZxUlmFObO2ImO1UnLlJ50R8tmIyB4fqOOXJOK1E47QScHEG/J5KztF6yNlKHzozwuPWYXmW1UngbUX7rIeji9B5qiovlqkYb3IC'
    '4kmOQLziiVDuEkmdzYI6OwRn97o6aewENg9ZzTx48/QhZGNWENiuUVmuk/C0WxHf6bVluyAv4+vbCH+/BeVdT/jEdiSnMD69zhHz'
    'yX2E92V051wEfytpSx9qUxHJEfg8bQPhsd9OeGBmD3Asats7BHKWqG1z0bkFlX+2knq6yPj1EVgTHH5/CZ8XVJCx7XVK73yxOcK6'
    'B28dHC3ALWYL62pwRebLH9sdiuIcnIBgnRABl5NoUwOhnaXxFgayns22zG6b6cQnCPZeEV1qQf9m9eF7kivJOncF+jJZf2Vj6M3l'
    'v7hcNlKN4dXgt082LzSugMi+iPIKNvvZBaAzvOlO9ZkL1elXgu7x9vvC5wl9oP+8/m4xX8L6tgPaxd5Vs3GRKL6zkOZG9a2XvDtw'
    'x8BHsHL8SS+G4xQrrbjage4qTem/OYFzssHnyaxj++xha7EvndNRNads3V4mWLcVo3iO8/CocxXcgb+XRHTeMzAcc3yZfI5N48Tq'
    '1vXudM5fVXPO1v06wbo3uac6um+puq6z3BcHFEfSBo+GJtveDU7HPP6Yq85ta9BvXYx0M35XMZfZnMdCjOp73gvJPe9WGvvS9mlS'
    'fay2NRkRPLUL6frsS+d0VM0pW7f1ZN1WOcg4WlFRSLehyS+LXamyjZkjsDcR2XqzWJBYJ1BJbFZU8ftMdN07SRts1kMEo7jskCBy'
    'TiTNRfRlwXAggk8LUws56xhXDeZfVD6T5hjYPTH9YgXRjzL8WtVwsPnCVjEfUouQnhTb5rURWyOm/56K8vRL8uCY7B1E79yI9L5M'
    'T16L3nU44Zhmy3Niva7oHCHlqxVrZlEcBK98vS5HylcP/ZjT88xNAvyPYis9yuYma6AdUD6Z6LS/ZH20p3MyouaErZsGGV+60F+x'
    'e2T8QS2a27oI5XR8cWaVc5UOp2os8lN6oah3j2W9yvw4hgm7z0zH7MqMXP2Ax8zGjrLeKY2nW67+mdp1vFrsMFsTtNFhc1iVzuEh'
    'M4c4fpVJvbI5P5TX7Wiw3U3XcTqn6boeffbf6bpO57Qc63ok4oDtHQLsEw77y/HSZx1z33V9o2x9V6dze8jPbbrOOS7MdpK5K8Ti'
    'y7K6dfDoPZF+R+9LMqUbKa6MJlwZbXKEjsc81O7F4XMkr/5D98wim/iZnm48dXrwqE/DqDlHGn1zwuKIYJud9Cy8dI6ujGeyNs3k'
    'LC/qfoLpXSY9oy05oy3n2soYmGOl5+Yjb04qHB4jIxfhfFZkm+nfJXUDmP8O813D5juTPWg/mPcui7huBRuQSjJAVaNrvqvjzreB'
    '4cQeUwOKhUpzpaT3Wl7/qjLjcw74dYbbmwG3N1rQnUxZuZwRtYdPiWjRpt7DP6exhrOkMf7vwX98BOayC+Yy7xyKjyvC7GxuGFrS'
    'YPGWvW6I0FOVrT7z0ZZZyL/nHH6tIe7+5P32/GJcTOo9cGOQfvTuUv2Ajt9M5QEBLYmHhlp5QMRzDJed3ejRp6TyRTon5Z+TFtCH'
    'Y/ppM0evIl6sPPTzc2b7dFR9S48TvqeQT+c1WDrX+m4hWjnbZLMUW9TrL5tVs9jvdqab0MuudM4OqTlL7wcZ3EXZox/HiE+lCeyU'
    'Dxl5c6JfN5nsq/lh40T9DA5YP9EnMrxu0jkZ7jnR+ntQtE8kb+vyq/w91BH7DearoeiU+mxYh8pq7wVm/d/XiVRb2FdE6F6gYTlV'
    'fz5F+vOvUK7ahBfzmK9cvsB+V4yqLaPSH+YPP+Y8MZgsh7/Bgd1jo6NecpcVphe1ObLO7fnb3x/8+23o/RSp5CvXmRYGnlfvaas0'
    'svcYf2xaZSpZKrdhf6x4HXg2bLcP/p2V4XieF7yneJyBPybfs98hGh6B3gy1/H2wbgsWzbA7Wq+SA5Ee0/Lh+ZfyPxHmKTOETwnu'
    'mz/ZpJnNgUQfDf+TzsmwzwlbN/9PsG6Avrpen3IwJIN/7DhKeEJfUakYq6oRM0fVetuDTE0m45Z9pmjZuLXYltXBDH81a4vqe9Gi'
    'V4xufCHFyRQnRxBOMrrZ5qR+vKR8Zxl9SlXC+DP68NZ07Idl7Ol5GePr8kgPUE/0AMwv3xyQw+aBnQyGy+6YrEL2NRhGAeWnPgi9'
    'WCGNKD++w2MDp0mj32gksOh9FpO4Jgx+LaEjYzW6HzaOuny0/RVkXnJkXkzg0TtRujtHtm1dD3AyAHdsurZL1nZcG9tVhraLdTA3'
    '6fgPz/hjmwVXYiPIYohVOzzGUIbQPWYnWEvyYfp41BRki+rY2Qyq7B9nQfqWBGwxeiV0IT3bD872y4mXcW2lKF3pQXQlnb9Da/5M'
    '6c04Q3qjokszykyXqgbi06UqAe/G4m5fhnC+IPkmOnvIQnuq0W98dsFi7VE+MofmG58rZsm5Io3Xt8/7TsaK5WOx/NiZyW8Mz05z'
    'QXhO5k5Qa6usy6/yLf621HZdLAfuOUgWmL2XlSSY05AO7KtGtF7wmpsH6Zgp/JvozkMmIVuwV4NtrexOipHOruKg+d+eqLBSe+eR'
    'Nyeqe6vePGFfLtdD+tB0vv56kY6Gha7YgPbNIpyJT3RKfb8wfyLMVw2LK93r6P3HMP8zOD60V89Zg39nwr5XR/QJJjqkQ13/ZMuT'
    'mN5f7kxg7Y6yR3Jua8eSKzdLA1BF4MvOtNCv4Ri9NBb2bPSNxUphPl2PRN9YbHDmF3KSE46NwuKQjxV8YzDrBfWxtYxjpeyT8PQm'
    'ukQa5wjHe48Lh66dY9ww7zEZ1kqC8byYn4BK7hOg2q1xa1GWOvaPercY/KPB/39jjff/JgXwMW6z6451x5W8HN/i/X/CRP/HWNc9'
    'bNLhcfc59rzb+LDBzUWwA1l70C4trwurlDfZLi0jO6wyyLNHdhSteKYYxDM05iTcsHgfvTdq6HssG7vKVCUxRd8E4/FoiMpHRfjc'
    'IKjQpVMQLZyIFkMyNl3yaOBSN6VpKU1LaVpK00YHTWN82/sEOqPKIIMUXtbJjRCXK4VyAK0wz5qxFX6aKn0twJFhfYaBsYkZgaos'
    'zVgZfe17+96VKU6kOKHRmeVUZwsmADNO+hx8qg3ylMZiLgKyvcsp9YPEvrH1qztHsD0XGu2aroNK18iPnsM1tV0x1cPQM1aP13AX'
    'BunLC8NnTfSbyo6vjeiLrNZ5DF3/IfBk4mKCiQ8dVzDPeaQ7P/6iYC73bw/PM/3mn1m8sRT/qgme1aF6sa/9KqfUJ/42lDIdIzs7'
    '+PyFQXrM+iD9464gT40gz9EkT1Qf+DJb2wzC5WqCy8xewNnrONc+VrruRoWfwQxh1+zIVIynIdLHBj2JaFBxgCJfbczWI/Wzjva3'
    'VeXc3fSTl/q+H3lzYhPbYoFF/gqgsdhei+0zMvqbh3IZqG/h14L06nu4vRvje+me5H3bIdivNpI83ShPB9nT2iBPB9ASHLNFF+/F'
    'K/dGh8eH6SV1MDh95D21A3gHpJchuJ6tWZPDY9Th8js05f02ApwFoNOOAkfVd137GyHF9g89pB2dkjllW5lnP3A4wi8bPGRnr5Pu'
    'DdK/7A1gVyFcand4fF9cb1MMXkTkd8H5xSCMJzk9zAveU74vBxpBr+2VA6XGgJjvo98a0Rqvhz5NdkrvnjB8nQX/9mBg+89GJ2wn'
    'WjXA7V4c0l/X4XF9WL9bEc1pdQ7dGMzMDncl8L2zUJ5ZMfGE4WrS4zZSYt62ID0FHlc3HdvYcUeHe2xt1vuhGvNxNI/xaI2Pp5sz'
    'GxjlnNuCxdwyXmbv7UF6132lvAzjl730JzfH3/uOjzhWrQmPVQ4dZzC9Dp3b2RH6txfGquFhiBHwHbvyxe+Z56d8pk09lSAL3X5f'
    '/DHEel6ZXWBRoIesRHIaxtcLEb5eSPjOWtLOCuA72f3HBqfUb14j6vNb0BqoAHgNQM+YDSVOt0nW/DvI+meyLEu9vi5G64d+m+Nw'
    'G0327ij07kh4N9XhNsvzJW2ZT+Rpr9wY6DezGcV2ooxudpG+9qD+UJvROjLmlQJen+LKeHQqyXTMrTHg4fUepXwTtKlFIPO5Butl'
    'Ghl/L38zvMd5mlBbKZ7nLPCc1vMWDT6LylBaqdsnZO1R7RMLFPtEK9LT/+2rQfqJb8M+8EiQ5wjgjylskXzdjOr69/sB3k+Cb3UI'
    'zm5ox++hri/cGaQ3PzT8+9dbyPzFvQ+J74Ve6JTK6xWIflxIcETWHko/WjXrpFqwRkVniwznsmhMRDiH68pJzi5xeyl85kOSwb8I'
    'wb8I4TS9F1n/R+c8D03d4H5k6GmU7F26+kK+a4NN82ZTGwk2v3gN4nXP1tDhaG5t8DnKmKvuv3iwDoO2VBMa0iLRpW604O07BfpO'
    'jLOivG1EDtgkgUHpQgPoyRrhWwXS720gMgXW/XUp5I0sgiu619Ut0et2I5kGt4vZzzSS/Jco9MNUX+u1cQLsj6yMbj5s9M24/yo/'
    'RiKcqSJ8bg/SL3uwf4jk+W4036o2YXgMNy4GeDeATlOnAz8KyaU2620ZO4tAqVfvNWhNb5TMg6gfbP7eDXPIxkE3f1tI2mFwHrFZ'
    'MB9tCN/YvarxBHaPQT9MzkNOd/h9SLq2u9HaZuvDZOxo2SLMyWEWuuE+wVrWlWE6urFAu3B7+hS0TnQGJNOlsvXUguwPJqP9ynu/'
    'H+Gn1+YnoMwY/2Umm8sXDj4VhUIl+3dVobqmUFtXz55iQ/0wPY3e/5rKAdkfmL/5/PHfSn0T7tnjpV8OnvPP/4qf/nzWoumvmz3v'
    '9f971jnn3/TlL8+Czy9d854vm3iE/O5lt7W6Tu65wX9e5oHumcApSlDXP4J6vnzeI19GjzdzexL1XLvqSRM/k7fLvrawX18OPb+9'
    'Df8acAZuH/zz/n/+gNdPx/9v3+B/z/n/H3xue/5lgDww8NdQfRamtZrnbYJ3fv1TDAobXVsRe9KU2efJ5Fzs020u0gE4EWSZGYK9'
    'uADwRHvxDAn/1EfSnRIabKsD1vEVvwQdqsmer9sLehAN17W5TcJbtRPebpuAbkdto9ffz4COQWaPgOvebtgPXMZkXr127Ea8fFJ2'
    'CVh/1Y72xDZJ/0zPIl4PeKub/05J+237QduA+YIt0Ka5An59G5mTeeT7RsLvHQb8XlQ7CpN22vITMv1wM9I9UJpyuEU7eyVr3cbX'
    'xXyEuybnfBS/6RlTF1kb+HwxLnxbmVRm42DCi4rKq+RWaneDz9pMaX834rExrEskZwwYB0X3DUa7rymTe7XUD67HTZpxQHov4rJz'
    'H0wXRH5gTHzSFpBdNa4ji/RfLxIaZKKTtLHrspEZZXqbdifsE08Fk9khfgWtra0Wa0e030ap/4NItjatP0o9FyP9QKeChkSB/WbE'
    'N3TGhHUa4K1I17EzIszFqO87CD51oL03CuzDkP5nq0an2BmxDls/MiK+vgetYQ/m+ZlgrMuxntl5auX9XE/O3l15a/BuItKrPwHn'
    'RLm9XKecR2dKzPcOe/fKvWFbiUl7g/Tnd0fzp+nXD3DrBwufXeaxeWgnx032rnBO8G4e6pf3zks/+1F+Xs2+FeF+0IsdfJzZt5M2'
    'Buk1H+M2PayeWReEx/mpjvA4d54XHudFV5fCzaBzlzOh/d93A9+bTB7Ca6LXAo9tx9/El1SLxV6zhdDHbkKXqN3fcegsPO5eguHO'
    'ALim/Lppe4vIxqzP0rbR+/caN9ADmNjwUh4W/24bRpxQ5cP+8nweavAfSyR68A2EDxjpfXkE5H7cl/2HSNu/BGci5aAPTIZcmQvS'
    '5ZAeD+nJuQDfKxmdzcG+NilI3zOJr49J6P7JaVB+Ya50vayG8u9G5VjMDJxvKeS7fBJfV16bTPe6+gjjgfu9ENJjJP2g7SuCjnAy'
    '4juw/NphQc/oOYyIL8S8zWQYe1zvZkQbTerF9KlbcAaK65OdyecFcloVsl+Q4etMaruwCkBKblcyuBkNXBs+pYrsJZ3kzH4R0n90'
    'kvGYLbi/tZXkmYrybJPkaUE2/G1I596K7OvmO6V2SFhnKcsrm68q+MN4Uy7/rzK5uwXGhn1XwcY6KWozTvfxXoHcQ229RbK17Vmu'
    'Tn9G9V2i9/j8VaR3O0qi5+8R7MVR9f6mvNsmZEdqw6P1CHSrIlv8Bqf0DqOpXYJKh9iDdNsNRP9B6SnFzxqQM/Aa2UZ0srp2ivTZ'
    'zUifLbIdMrGN2UJwskvQ/nGgr8Dt7yd0Aq8ptt9gfS/liZkNj4ntjs16Uq0jU/ykfGqXYI8bD3/Ydjsjkd+6UbkWdO6wEs0fHsOs'
    'w++87hLYUuE2tSnkFRk+NoG9M57PHQL6MZ7YwuP53SrgJ3AfmB0zpkE1pI1tAjsvSl9lZw4dBvO53XB9jyf6JWarRs8dmU2YyD67'
    'Edqiw9WtEtzqIvVUoPGrlOw1W8lZt05+Lhdd7yHzNxXoHaZzHRb7Y5sF/epRrP0qwRqocErvJWN+T8YD0nIeH6grF9UmQnamYGr3'
    'asqvxvVHEdF7RXZEn0ntS8pCp0F8IKV5bGz1TWQiikvVBJdyBjbU8x1z312m7SoXXNWdo3L5+miBcyIX6R9K/Ci5mUPmyZo/OZvY'
    '164zkBWd9/LH2pekwFLN/CkKlmbce4V16doyWitDHXvFJtbK/ATxwSH4YHrOheO2rHfSOGbSvfpf/P9P4ZutHenQ+Y8yiZsT5Qxz'
    'LtK3snfHIZk4j+5ssHuEdYiPxfdjmVzZTnSAuL7dTrSz3XL0+fWCPp8h6PNpgvafFGEclgnK9GvKtAKdwGWYTNxH8h5OZIwGgV69'
    'WZCng+SpEeTxzlBE+vLhnL+3CebvQsH8vQG9+7Zg7j+0KDz3nn9WOvcLJHMvukujm3vZGa9q7ql9sWruWw3mvtVg7lvLMPcVlnPf'
    'ALop7K9gqlMas3Ee2KPkEbwsKj+PpCdAX85xAjsRpktS6QKwzqiPnCHQe4vNSGe2weKcYZtGB4/1rvTO+gmovydoxmMlwumjItjZ'
    'nFDGPYnR2P9D75qnBO/+ht6NgXfPI75tCpnnKQDrt4I806aU5tkPaxSfxana7JX5uWcHhOiSTX+bLM4aRPd+vfq/juz2eiV28T0C'
    'PbzoDu+/ozsSGyRlTe9jiOpX2bJgnN+FzvA7HDu/UrTNRRirCZZ6e1M9H6vjTHQvoZ/0v93g7gs7a6d6yn5i590V895Cp6Tuw8EO'
    '0nROOyLc+ekiNMPk/D1nSUdEcuFcJ7qfykWQHuuE7egWO6X3kDMK/avonaezPz6irlQWs9gUBvXhOVR9bnLi+fGU6aFN9iwb+oz9'
    'yVwM/WxO9WlCfdqqQ0Cf1ojOKs6z5HcqiH3KQZue1Won616Z5WjtLL0lSJ+5kdvfTDU4f4tjo6K7F9mA+CIHfAb9M/gAuuqrpfK7'
    'LIavKo5vnyVdS/VKRK+0hx7iJKtXMp0bbGtswx/L9nVb+q3yrYz1uLY+lVW+lJP27Zc0/o/yJyPGf4vHoOxQ6a8aiP1o3Ppcy/J5'
    'y/IVqa5fTpOnHBxWRpMrzZGyxUjXj3nuFY7cv6TJXDYieeNSKM/0aW0wx28BepnO89DOM7M7ZPNGz0bpmeM89M1R5KVxExo1e1UU'
    '+rBSo9+gPjJ0OhyRjwqq/zDVg2AdVhuyXbSx38L63FMmBOtPpL/qtdAbPSPQo1H73Tj6HQpvH/m92ZHfG/b1/xOCswrqN0PmG5DO'
    'r6gNUXVZojk00Tc9T2zwHm3huGriT61Pgs8m80vHpI3YNdP7fW0WY7HLEd9X2+yUxsz5ZAu/46bSPQ713EWxn9w02JcTBTpXE1nY'
    '1L5aJHuL7jgOtU62tYWvxX6B7bepf6geCU5ushirHkfsA7ON1CXS6WO/KM+P53R0l6Rv1IfSLsmdrqTWVhxb4w7B2YrXz++gfr4U'
    'Y+5k9GRDmeiJLW29bLCfr4F3J5L7hCfAfcIrJoXHkt6Z9MofB/cSl+XM7k2yvCwV3augbfDyLkL3QU3buxi+7ZG0F7dpOXrvjdHR'
    '4wM7AkxDDhjeFzA98zLxJ2cC0xQv8f36qOvHG5s/juNjc1e2NP9NWfBhnuX132KQ54dZDs9Lb4D06+i3CFdEsG6FMt8m9X4P8t6E'
    '7qB8leS5A/L8CcG7j+T5AeS5E+Xx6vLG5rpxgY4Y0+pXCH3dILgvJaKl3YL5E93ba7PYYzsN5ncH6kOP4I6Zl65z1bFn6P4go43l'
    '6sOp44KzI9H551bCC7RJ2t4muHuluh9N97ZOx8wfmu+XBY15/yGy99A4Q8+O5X0ox/6ZZNufhvS/Ca9z81junyHu+h3qdftPY4Mz'
    '3rgyKW5rh2QNdDnmZ1vdknGg9lcXjA3usNN7dxjXXhTY1Kh4WBuZp1PDszK/0wsG27mU2JLhO4y4Pq8eVi+VYbokdohDTStfbg50'
    'VLZ3zk19SYjuQJva2fQKeCWvzT9t5vqBfoktUZdB+54n7dtoOLZxfO/+gbT3WYMz339p5mt7pMpQqjWzHrXfVPeYhB4j69rPp2iN'
    'LG4O7pcMVfu3KPRGurZWNJfqA014ENt1PNR6lYfGcLsLE52DaL85oLFp7JXYeDNfEzeMCdqf5P5qo+tV7Z0fGBPYBJv6/ab7eTlk'
    'Fd+39Zjw3iLSDSw09O/E8uK2n4h8RGFdwXFEtl9BfCqdSr4vB9n/mME2Tx8C/rldQjc6iO3lmCFuj0z3yNrzx6bhbQ8dnx83Bffu'
    'yhF/3YSHseVlGA/zaRjH4VqzdK3uHGzPWkevXzNZo6ss9IIL0fo0hc/W7KqY+sCFhnpF3/avidP/cujjRXyEiY9Hr23VQ9S2nght'
    '++/GcByHoaSjjAe9Y4ja0aNpx2cbebwltla/Olkc94H6E2L5+iT8wEsIrlfXlY2l54qmd5ni8qxxZIstArnYv//XyHHcJj7FBgt9'
    'nEjGFdFeKt/MbuT6xi7HPC5bnyP2BdZjMWcbLfrF+Ol/NHBdy0jVFfl3tRr4uJZrbDYkSOuua+A4Wg57mDh7xOVD1LYo4/bmBs5T'
    'Drfuzz//Q+3ZVUa7EOzbVKQLPBjbpCG4++PB+a98kD4C6cOQ/grSJ/OldyafgN8PQPoYpM8QOPsg/Xk+qPMvRV7nAZKXld0P6a8l'
    'dT5D6n5WU+cvUJ2zq8C/OaQLIR0L6QmQHg3piZBOrypty3TyfQb67dV5SzG4w+e9O6weYpJDugjSifXi78shrYB0BqRrIV0M6WyS'
    'v7ke7m8WwzxJOfCLran9EvzaVSw997DVGYnyrHOHRn/92qLYp6Ht3hv1DuicYnlsr0z52poy16+Tv39XPzz1s/7/uJ77LxxKvaRI'
    'J8B41S/Vc/4q6hnRUKyd3fWc3s4kNG8CpOMhXUZo2ypIJ0E6DdLVkE4mtHIt0Lx1aGxGsj3YsvrhtQkdi/DaRnaj/aF2Dp0Kuwcd'
    'vjxXF/h9jXLPP+kzpfvrgrtjUeMVyvRjunq/XsfPIobjHMBrw4fr5PrIOLK7KT/aXRf4UvPefcvC3uo2jS0V1v99B76dAun3jwiP'
    'qcj+635Sx82Q50Fir4XzfBfyPJfV1+HHVawL/BeN1P5jW7q4fX2+NuANdTaaNucwQ6Wzvas2uK+D5SYqLz0ikZt08tKTILN8BdXx'
    'WyLvsDKPQ/pLUscBiTz1CJKr/PN/VMfsAuzXkC6C9HRI5xdK62D51kB6KqRLUXlf/4/qyIOMlKkSy1DziYzF8jOZbSqkp0F6BMha'
    'b6sNdJ/+vSjCbxxG+IpmSMdGlK1OUdQ1WVLX+Ih1zUZ1ReGLcLmpkB5Dvs+Duoq1fN8bqvNJr94/1QxtvWyvebiG8xw2PoVEfJBp'
    'WZkO+htoDJI6M2834Lv+pYbHOyzXWf3OmlK+phy61mc1dgxvQv0sh+2xV8eJNUGcIurvyvaOmal8eiTC3+G+m+Ug/E2SX9Tpl/6r'
    'mscCjaJnkdkD+/J/grDpeH2rOhxrL86dAxUc3T2Enw4BX3tJdQBnJPJ6XvvOhrnGfNApGn6H5ZsH6QLCL80B/udYBFvEI+E6Wgvm'
    'vJgHe1o1560YH+BC+hpI10CaiciDVFVzulbO/Zmtuz9Uhesrlz2EV9+DQ1Qfo1k3CeorJ5/zb6i+9Y46zs16xzyGTZ/EhvrSKr7f'
    'J6lfstEnXYTaMBxn+n782Cq+fyRtUzW9qvw81QYNXmWHoQ10Lf1XJY8v3k3Gep/k3mOjW2rDTe1x76/kMdyj8HGmPMA3K8P8YrnO'
    '9L36Pj5E9bG5eadBfTb1yO7FsfOydUNUH6NzJ5e5PkpXZyZU3xbCU3cRXpvhS00lX99x6tvlRD8r+W1FeC1GaYNOPnygItzXobyX'
    '7ev/K+Tyhq0tMF0bnygDbDZHl6OxK8e9tXYNDF//V8HXRrnvzvmx0tF47pLYF13glv7eTGAe5opl2nkV/E5QkmcA7N67yZ1503vp'
    'mQruh38a0RNT2cZUXvpDgctLpjKNqY7zUQT7JKI3nU30wmdYwr6twH12JyUn6XiOZwFnPlfgvt/j2P56sD5U4DZqw3FvkcbGfDsa'
    '180SXZzMRjjKnQwGvwi4OZbU8SJZ97vQXND7l6L+LEMwqQ+NTaSfHRpdK5uzKQW+T251Sv2ztFvwsLK5YHSvgNqe1J3bP+XlMKPe'
    'gfHsBCc65bWd8uq5s8z1sD3hunz54wHIxvKf8sMXi2BzntO1S0jdX5TcWWBtunZyqbz1RgRLJQOa3H9Ykw98A49knzGHCdo41D6Q'
    'dOfof87x9bOK3KM8BtKVBO5rItTzixyPybGB4PmzhjLCPbnApm2obJS8Or+cC3y7lsMWyT//y/E1sYmUMb3XzGBdhsZnqO6brEd1'
    'DoVPQP/8H+HSNoWOUoVLS9G8Jn1258GfhOD3aniJNou9gY17DuENlSepnLhdwruwvc2jby3k/qVs7R8fYe0/ng1s4YeTDhaBLjdG'
    'vPfwINjrfAnBYGdJZ2nOlFYjOcuD8bFsMHfYrmYuuROxmNjlHE2+TwW7mysEsKLcq/Bg9SBYM8j9BxsbYl//j8bpovvhnu+9pePy'
    'wx8G6bZvQgxFiHVx80Ng/5+V7xkdhjb8K7I87kCU+FUyfnB6lt/1LKdNhX/+h+qi/d+eEM/Jxut/M3y8+knfTWj2domM8YtM/Jhc'
    '92QCu2mV70odjTnG4t66CW37fIbHbjnVkg5ck+FrxMTODv8+uP4RjKh2+xdneIxL3Tqj62A9KtsuWAcqW+NzM/Fiy1H8ODET2MCU'
    'S0/SL6l3KupH3PMqP65LJvAlr+NNWFxq3/5H0IaoenoP3u9dPq99An2uaF7Z+d2vUVmbte77/3J531V6ctz3O1B920kb2zX2Sze6'
    'fP3a2K16Za5VlFXZoXplPor62a6xRWD2Zu9DZUz8wfv3/1we+9Rkz+mS4GSnW3qWntQ9Qv/+vxst/mY3Xf8wPqZ3aX3/X6iMCU/o'
    'lZmBypjq1FtQGVOb6hqXx7hVycz++kd52zXn0H9x9HnZevRitY53kvfz5Nv/Qju87/97FsQ57AjSFyF94WNB3ntR3gfPDdLsW4P0'
    'Kch7xKYg762KvBTujYK8J+4S5/1/gryd7xe34d8VeSncf0Z5X9gYpN+QjMN7FXlPgt/XQN53orzeovXS+vPCZYtAW2neq9aJ83YI'
    '8p50qTjvm1HeDsh7dbe4b2ehvLu3A49ylrhvawR52bzRvMcK8rK5oHnno7wLvxake28HHAb5ZMbNYP+L8v7HHXDvfS/ck78zSHN7'
    'Yf2jvDq5pw7lpbJTC8Ade684fqsuZqtJLJkKQrOZ/hbHQeog32zjIOXQ7zr47skdqwFnvH8PDrvzG1SG9i0To289pP0no29dqI8s'
    'FjD7xu5ssz15mWBMmJ5qvuAbKzdTAPPgWZLD42rvg3eHCeaF1cNiyTcA/4P7d/AuOcrTrplDWVyihojjLYrRzGJdqvZzHIf8qIh4'
    'ZqsbpnyHTV9Pc+TxwU34LtPYzSK5wbSdonjiWyW6VJMYOzpfwd6cvQfmb6jHRteudbA3mMp962PeR2+36EdvQmPvjfv0GLZw3Y65'
    'H8Neg/bQ/aoF1rgDeJtx1LHRChFo0AwJfu9yS3ngKHZyJmtkC+G/m8bze0NbSZuSskvZQnC3XyILeDE/Jkva0is4T0iq3gfHhe9O'
    'Dce8eG352rjwXSDR/W2T+z23w7dH0XmwLpaK6b2iG+HbA4b3iliMlduy3K7M62/vuCB2PC5/N5R/xLK/tm3CbWHxX6L2Y9U4bnPY'
    'aXFvopucr5ri7HRJffROoik90NVXKaiv31HHFY9T3+/Hch2PzE8FvbNpCvuRsYGNqul5xDYJr0NjvJjuk/6dvxhtMKU/ovbhNlwz'
    'NphTXRt2RRyPDsJn7xjLcYjqz7aWAWcvRDjUJ8EhesfUFPaasdz//bcsaKrNXcmhpsXFscE+aOIfBMfPujWbPD39fXPYfraf2Kb0'
    'W+Bun2EZ/85PM7dDapfotpOgAd9EfWw35IeTWvsfRX2k+vv1jjpWlU0fdynq2a6wCTXR6eOzk7eherYYyiRR9t1T0ZzF5Yv7JHau'
    'MvvSmcNQN7N9rmzmdrldEprZZjmWz4/h/RlK2cP3+TsmbCOdtKzh1fNd1MduyXms7To2XXufQn3sFvhSSIqWXI7q6ZHcdehJoD+b'
    'oJ6k+TbKp5xZpnrouC0B3DCtJ0ner9myj30R+/hSk1kfd0ruZ8WR63/VxPHyBsKbfJPwHfcb2FLfJeFV7mgKbKspLzSSeLtPoHgq'
    't2n8d+C+UhvzpNrT18TtPDdI5AyGSzss8J7Z5F/UxG1SbXk4Sg9eEwMWXQ9Ho363W/Appm2drGjrLktYNTFgUf7sb42l/bbV/erG'
    'dV9juK3PRoR1P4LVoeF5dDTou6jfMj57vYbfkPkZ8W3+DOBH5eP9mF9oLKLAx3ead6C2bpKUjaJnXQO2O+sQ/KR1cB780yTwk9C5'
    '+TE/BfCT0rF58Mc3BvcjTM99uhOQ/15q4PgTR4/nwXq6gd/v2BJxb7DFqR/FrLPP4gyA0YyvojqHQs7z6rwazZNIVrDZNy6NAYvS'
    '4s0JwGK08o1oXLcJ8sQ5TxX58PFt/oegTsr7HN4Q0BFb3t50HPMN4Ts0cf2hb4uwNv+7WJ522K7XO4phuqpaizslfK9NnV8o8r0i'
    'aV26B/+qIl93cXTnvs/PIl8DO8h47zLkgW1x4yI0Pqo6vfRC137816DxqXPFuCS760ZpxKIYsOjan1zkch7Vv9PzYJXsZnoGcEtW'
    'Lee9VB+W/+k9GdEdPhPb3bOIX0h2Z/gMsOn91TDUfRbU/b16fk+qLcK5hc15xX8I6tpmwat1WfBz7xXU1R+xfzrZY4ugriNc+zHs'
    'MRjDs+vD9/tU+gh639a3+UcwdLJSh2RvnW8BQ8SX+/t/BBj7CYzaen73TnZu02u5v3pwX6wLw302Abj7ENxNElrZHUG+/pEArkxm'
    'tdk/voXg0lgpJrJvryP2Hf4ZBHezRJ6Lcr72fgO4UfQLvXUcV23gYr1Cm0HbtkfAqdcK4PY75veWuiT3T5chuEmdVXpwj0BjGeWM'
    'zoNRXxe+S7yfjLuJHG2yb3kxPxoNz41ksuZ/RYBBZcwHDWD0a2DcLoCxxbIvXzeA8bwGxmcEMPosx+NDAhj9huPB6MXu2gDH48pE'
    'lK/fCDEwyn2e5K//Wu6zY38Z+Crd+phTy+V4E16c2t/oePMxMeHfqoH/ck14rkS+jkzshO7S1LWvhse4XJjT++VYgnzL6+7w29wj'
    '/H5NGO9FdxSXId/1+J6/TJa5LmG4TE7xYn5Q3YXIV8GKBOWy/iGsk/XzTTV8z12DfLLo8IT6oTqO9OWkhOGy9s6t4b4UHiB3gZ+G'
    '9Bfk/YPorrB/TwvBcIm/Bfa7nvj9zyH/lh6MagSD3SOfDuksSKdoYPy9mvsDoLJwj6Uc58F7SgDPli6X7P8CeL0aOySR31hmw3+r'
    'AF5UGdmDd3019ynA9lvqT3aXI/Y7/0mLst1ERvkgKmtzDurv/2gMNhnyi6IY7WzOO1FbbOQEr8wFFmWpHHy6oOwBiVxJebHjqnmc'
    'IVb2JQudiwkPPU1RR3dCdVShMdhCZPXDXPEZAsO/l6rMy1L8+10V75vJeNmcITB96UNVHE+7JLjYZaEv+D7qb5eEd+4Q0ECf/0dt'
    '2erEi0Hi2/8p4PVa2pT5Pj9Q32TwdknG+ZKqsA+XDsF5BR6vXVD27aisjX7cv/NvUZbi32urOP8/1Dylz/+jtjM+4UTC3yyT8CWT'
    'IpRlvEcdwhud3ykTfu/vlcnAY+17CsE7S+IfSxXnibbvwYTgsfbdWsnvlVPe7SHyez/i5fz7f6jsPgl/9xsJv/dZVJbBPUB4RVnZ'
    'q1HZA4I8uB0PkLKXo7JHgq+Zk0nsqrWF0phWLB5oLyo707LsBlSW+bxZTHzeLCKxs06FsuehstRPzhIS84vWewoqu6QgjtUlK3s0'
    'KrtakAe39XRSdmZl2L8bG5vVmnpbUNmp9WKZQMa/V6Gy1P/9LFJ2GvLJ6O//FdznU1sE22/mV+IZAZxtEeA8KoCzPQKcuyrCPrP6'
    'Jbo5thd926AM3YO+jMp0KPhNvO9/WlBmJ+FJXiH9uboi7FtJxafbnBnutITdbQF7PeqrLB5AJxmf8xEObI7QLwbnZEXd3ZK6j1bU'
    '3W1R93QUc2SL4T0VnfzK/LPUoX6JfLCJcNsxKENx+/kCHwtT/l507rq/wOumfGmHgD/17/8oyvRK6rnHokwns/81KEPPh76KxsWU'
    'bxfJbZ8yqHsXwasPG5R5mpS5vMBxkZbRxdvR9WGzYCz2a87kRHDehNqoW2c6vQw9c11dMPMZSG3M6BpaEBEOXVeHG8JR3ev27f8R'
    'LrwkscHsJXX/I8/LMD3THxxxHBPW7z8ZlKF9PIDKrHPFeyn1g/5YnvP5K3NhHt5W1/+DPPej+ADhtxnP/DikTwCv/J+oDPMD+T8a'
    '3vx6VIbB26fhyf8dlTlSwmeejmLYemU+IiizgvDEx6Dfvs9fQZnTSWzctaSeflRmpmHbOgVldG27EJU5VcLjU7ngdajM6YXSsjK+'
    'fLWgzFoyBvi97/NfUeZUSZmZee4rs01xPuvL/4q8L5O8jYA7eG1uMdiPGb/gorpU9ka+/U8unFdk/+Pr/1BelV2Hf/6X432wtdXw'
    'Y/5FLM9o2O2S8ia8jVf+G4K+Uj6W2bt8UZG3m/DHn1S0q9ugXR9Adcn0maxdl6G6tkawtepBdVE+YjOh/+2Sukx9f52nqIvGMnmN'
    'Iu9O0ocTBHlF9jNF0BfSvAck/GorytvjiON9sPOnw2Fsotxf9vl/VNcu0ge8P/s+1FBeFY/g5f1rludlsT1eJ9Ff/t4gL9O37Vfk'
    'PZ7AfdQgL4P74yznPaPyC0WwqRhfBjtk//5flvtnfZzwBE8gHsSP+avIu4/kvQrlZbEcFwri0Pv8P8pLeQCadzvKS3Vla5EOz7f/'
    'RXmXEj5hJtrzff8fKO8pgroxX3C+Ii/dc0/Phn2D0j1ttSAPPdtZrsjD1t0CRR52rnqUIM82av8ryIPPtPz7/4I8dP+tEeTB9tf+'
    '+kd5RLZbvv4/w/O0S86HnssEvhVt7kX79n8K2Ix2Pk5gm9w99te/APazJM+dCLYp7+Tb/yLYHZK9+yuCPDsJ3/J5lEfEe3l5/k2R'
    'h/FPV6M8myRy2vtQX03P9H39nwB2L8mzDeUR2UP7/j+gfpv7q/75v2G5fjK2r7Usx+o7HvVls6RNSwV5aP1zFHkYnGmCPC8ROBMU'
    'eRicBjS3pvpEf/0Lyu0wwP8XXF7OVPfnlfsfl9+Vimtf+bDLx6VLQid/pMjD6PYdKI/o3N7LczPqrylv7Ov/FbA3s/s/ijyMln9C'
    'kYfx7x8RtLHDoI2XC2DvJ228RJDnAGljj1t61zfO3F6E6hPdG/Zj/qA8PRKd7+mKPGz+VwvybCF5lgvy9NH9X5CH4tpRKI/IV62/'
    '/7thuqXj/33/f5blWJtcmLe49zf9mF+OWRuo7LnP4eMisi/x9X8ozw6JnPVTlGe/hL/6Icoj0j369/8cvpZMbUf8838EW2S34cv/'
    'gjHS2QL7/D+CLZKpfP2/Ig+LXfgelIfKRcdCnt2KPKwf71DkYTLYZjSOprYj/vp3An91SdkY+/4/BOOuk+NYzI96Sxthf/9H5Uzt'
    'Uvz17/D4Cr8h+mEm3zUL8uAYQzROA83zVD4cA6EA/3YdHhPLdczjAeD31eg99rnOYFTAOreBfRHA9a8VuOon447uxx+YzznsaQiS'
    'PY7503JwTuQ5zOamCHTzbek8iefJiTNPjnae8Dqm6y3r2MU4SOdPMH97nFVkyCsdJ7kpNJ2buHPbAuVdeF8H5caivP65HKQTB0rx'
    'oqD4HhfnGOzdkF40MLRjk0QbbOOPZCK0Ube/ZtH+OsGi7azfNjT/sAh1fNuyDkrXKiBvFv5wGREc1bzK6hXxK6o21yvwMG55r78n'
    'It6sEdKJgFNevpUwTi58dyV98/p+vGG/GW6yeseDXg/zb6c6PBadaB21QnohWSONhAbVAg2qcg4iMTPbFz4u6oshPEcHD7d7FqRv'
    'IfTZMcDXI4B/bwGYuF2V0C5233AW6oeoX6Z1sjXSBHmqEO7noT5nr+Nc+5geTwsI75rInpEV7BlFRI+8tq8jbfNk1o8J+YrMq/ph'
    'uPePYCkdfAYGLruMzTl6TnQiPC2ItjAcMp07lTw4HnAcf5vnmMVejNOmJscstmAG5GOMy+9QrIcW0Gm5QMvq4LyomsE8hPhVCxTM'
    '2skwA1lrwQXNs+1TFNBo3y4K9j48l22g/2Nz2QA4MMbh8U8P7gWrgn7QdedIaKoMx1zB/vhtsj9WSvbaYoB+B32b0xiK28hZocm9'
    'hk1O2M+s7x/A4XEvr4d3H4J3Xr6HpoN/IKQrakXtYvuhbx8E6x7HPl0E6bFOOK7rYkgXkjEV8bGid6leQbMmt2lVA4pHL8JS3kK2'
    'FnIC3mEpzP16SHdaylGyfHUo33j4Yyxe0vDZfnPC4I+VLufpMogXqiQ0aBycZQwY1kfluxJapeAPGK3bQOC+NV0jJWtkz9ucOE9G'
    't4LqCT5einjldN5fHfPeBHO/EL1rVJyrzE3gXKUF6vWeyZCnDuGQe7Z8b6Dtb4zAX1cS/noajMEEBJfyIzjdJtAdqM6MXaR7bGL3'
    'flGKY93j82GcMhlGpS8XycGMf5q0GO4lEF7JS1+5t5RXOgflqRwozVM1AHbJThBD0nt3NqTnJXQWl0M7vGx/Y/4FxkAdZwlSG13d'
    'WARrci6cRtH7mepBdPqrRkt4jSjNAB5sg/HrgnWYN6K1g2JWbpTzoXMphbE7h6yNQYtFT7Z2Vf72QYFmFeJj/wnoE5trV6EHbQBZ'
    'TLaGKK72Am6YwMZrIKvQ6WN95HwkhzmG7coDfbE9v6gn+ZLQF9nEV48jV7J6MvAnG1sWL57SmkZLvq0R3svOfRrhvS7+vEy37wrg'
    'uRY0DOPQUZAWBuzoINuj8VgUEA/BdH+YB25EcBke2MJpQjjUAvJVBsrMTHXJQl2ySG4QkNFIOjzVOWa2zHjs04M3gb/DiwI6oNKt'
    '0XVXhO/VZE3MJecvJnYU5exjyweCNL9n9PbxGx8c/X1c+LUgvfqe4eljfgj6+MSdINPcMjL6PBTzmrsHbDHvHll9ZHwTvtvG7Kpr'
    'BHbVncRmG/M/NvwabV+ton2THbFvmQ7o/xRHHQtpvcEZyLPkTszlinrbyljvBuBfqS07rm8buR8g8s/D8pvGEaN287J47CqfKMxG'
    'fjHw1/ROiAqObXs3OmJfJPR+i0m8gufJHMhw2mSdrxDgdrUlbpvccTPFP4xj7C6EZ1c/PYF6Te8y6e7rnOpwX6/Ul+fmhPo8D2zq'
    'TXBZNw7ryzweSeNfjQL/5jjm9/B6JfQI3zM2vQdkc0fI90cNutpWOCPD9Y/0tl+E2t52iLV9HsKR7Y7Yb7uszUPd1qjrRmSfvFvB'
    'H9cIbCorQNcl8u2G462K6EWPI47FMsOxi+XZYQkfn3no8orGtiChPSY2ohWEJsn0YCJbZJV+jrXDVJ/n3/Mc/FuLyuTgT6VfZfZD'
    '82BtU72YqR43MwLqUelfRTpSE90my18N5XMam9JGSz3RRIW9fLVAnol7F0CEp2cj22lMQ9iZXSuy75og0JU7YGuIdeXYvnccwKqS'
    '3KUoDvAzTIfY3DqQ2sBuFJxbHt7B7zGyd2vawY8BOqe856og/beOIN10Mb/HyPKs+ZA4zzQFnHFvBD8GCjj/eAP3Ucz0/C9fVtr+'
    'KsE31g9K2/AYVw2Unp+Y7imm9k4yfPLtEBea1zcezk9F5yFYN0jHAuvUqM1WC/An2A59E+BSVPvWUWY/ko2uFef4oHz26C3xZLwM'
    'pQ8259cOwaHDYa1dvA7ih6Fv3jrC32oF9KNCQD+i8muytVWU7BEern5OQqsP3Mj3u7hjtPf2IL3rvqAtTejb1aD/+8nN4fvVf/tq'
    'kH7i26DPeyS+HGhzD6QFfrtoP2L8LIPVIDgHzRvImoy+eX+XEPrWSsaR0fBFxCfY6cS//iLiK+wryHZkJvG9uZqUOZX4AGWwZwGs'
    'T8Beg/2ZLSHtWSppF4slMMUR+zVlPsguU7T3SInf0aMl/lS7HO7PbIWkXadD3jaHx/Oi9c7VxFBg43M2mqe1JGYDhTkTtaMI9zqo'
    'v9hFkjFdXeA8xljNWK0tiPGmVTLH7J6VyP8cq+MkSI8lc0rbMFtSfhmZJ7qWGU8Rl+ZVKtabjOYxm5Bvx6B5sx37OPM3wbe/ZLnO'
    'd56jjhEZFXYRdIBjEmin7zsS9NpY3u53wjEYTP3nxvFxFEdH8oVR0o9eJM/0SvojOtPQ+o5C52HYx6LvO9IJ+0TcSPKc4YT99mFf'
    'TX7sCNhjbM5mTPwxY30NW5/lqgPrmWhMkh1l1HHL6GC1gg5SuWq+JW90MZSvhn6V2nAeOrY+WfMnZ2c/5N+LK4v9UFL3/6Ly9fhc'
    'dT3Rm1K+XiQDJI3nLvrObDjTu22lNsXTznGuAvI0BbFJps80E3s2ai+eIXNSgfgbb59qGGxJ4xT+3dQ2ltbz/9v7Gii7qiLdfW/f'
    '7pv+o7uTdLpJmtBAAgGT0CiBkAC2GAX/QiQMAcNf/9x0Q3dud9rbCWkBgyCi6AN8OqMzvjfjqOsNM0mG32WCz2dAIfBEFBRdrIXz'
    'YMD1DG+Y0ck4S0c0754+VXPq1K19zt7nnNs/ye21ep2kzzn77J/aVbWrvqqqIt8JiimjMdQ0xpVjWIPiFyTaOtrpxyQfU1B8VTAY'
    '3ZndMES7i1mg/KESnzW9cXmoA2Us8eho39kOV/T9Is5kUar0mRH2zNyUx0vQf4g6Xr1wD3XMDGmbvtesvNzAv1f6ZxDL86+q9Bs3'
    'wL3/R+4Ns769LtzDvv1caHOcnLOwT71MF8U5+QF5v4eN6SlH9lZ4V4V3VXiXcQw+nm0kvaKO6RVqfXFt/9L9d3dX8d9d4TprGuNH'
    'hPabE2o/w9rX+p2h/bA2q4Xz5I3Ki01tBF5n4ws7yum7irgxOVkm5RLrNtHNHZn9NVWaI08ZyGz0UV2ovJwx+LfFEHvbRv72LeX5'
    'evBvazpLz4kYQzUA1wJc16poMasVepw99DjXcl1vYP7c/sqa8jXtnu41jWvHkeTLDcAHGlQlj5guj5ijv+rtjFNnR5wODBzSBrXP'
    'VHLSzd6cdInos4yGbHBnpm3GwcTQ2D5nDj5Ezvf7X3CvDT/2YuOcZ9YRvanzcajJcFBu7zzy7Am7vXakZ1eSZ2+C9s5+Xn72FPLs'
    'zQ+61yWPl8byNZHzzOSzz0FsI2B5ngZ80dch5nHfC6X4n0ehD6884W83qu+gDXy8dF3SSp+joRlwmogzXimcJZtBMNrG4tvE8K9k'
    'fa6y1J1MZW0z0ZlN7PA019BigqXgmFqlwXaY5GgyyQUX5HOgY4rSFs9bdAObd44fb2L0toT8v5x5KU1pYS47z91PcEs8fyXdi7r8'
    'lbbnsyzMl2lMQRP8n8cFH6dKfeZNEOOw2mKNpmJNTHMnmsxFUI6tBiYbawlWXzd+iRbOEmhhOeFHEi3oYrYXg62gnPOMfruwOO9q'
    'xhc2C/QYlkOI7gtdvlzaD8x5bqN/mGJZT2EYVXw+q0rrT5zC+FIneadlCr/dEuHsr5u7bMS5c8Z/pzB+mpcsTs4knvMoLNbKZt4L'
    '19rZTEzjnEy/P2fAbp5PZGufUXI9gzkGdUF0ubxOJzEpOP/VljRG6bJCb956r3tweuntJ08du/SGbWThJVu6c9q8ndhEaojco3F4'
    '7eBTTkEbp4HMalWVfGD4g/aK4hz9Vu/xjZ8PjK7TNSpajJ0uN6l9nk3Hsnz0JtqEQ3BzBDu5eZwa+6mChek2MagDn7847cWnbLbk'
    'n9dAG+ekvXMebaNKheeNPS3t6vBU9+fY8m1KzmMQlreBxv/jmbI+7cahlCvXsZTn+J9T5nmOX0u5/aj4oEQfVIz6CaF7IrRt2zMF'
    '1thuZTFAKyNg4mmbH0m5e9ZEZjdp2nhf8Q+rSBvS3tmi7PNSDSoWj2ehB0n5qIJyb3B70fyUm59bV0vtTM09XR4M23acPhwGPtUG'
    'fETSlxsqOPIgvFw5/cxW64/59W9Vbm4atAVlDWKSessUK+XEOi1l9qqcRo7tVOY53ngOtwHDPd8E9+cJ8VtS/rxBZqcrkP/TOtkS'
    'H8qp0hyJ/Zp4r3QMnq2z8x0X8YxeqRcy+/HotxFbL7dpVurFHN3rL9mVw9bchHcif6S2ulMZP8tZ+C9GCE+MGh/M8zw2Af9dHHC+'
    '4rk/OV/H99qUP4cW2tDwfWrrcr57CZF1fUrOlWajm46yNvLKPM8qxjo4/oaTNH0aZvJ9q4ofry2tB7fN6mLLWivyqiKvKvKqIq8M'
    '1jwqf5JkWDXjV4gLofw0r6LlO68i36Q5FDfA2WGlKs1JSL/Jc4K2MRsJlUlSf+h4UVa1Ka+2G7ZRI8gIKefjCvIO1vDmuVulvlA5'
    'SM9ZI+TMpJMLlXNMRS5U5EJFLkyFXEBexnkf8uMU48XvS3l8iMqURRZ24bzFWYnyz0lbVsqVIzY6ObVRbWHtzUu5bUnnBV4HwuSM'
    '1yvIBdN8QwOsb/8Ec66z9dPrsEaW9gmy0Wn7RaA3k7oROc1aODHlC9n3eizGPaJ5d5h952/JmW5UONOFfcekL30hffg0+DHoMztU'
    'aa0Pqr+sUHLupyAayMegl+uJfaJHRc8zRufXpFZIj9LXZqG4XMkmnldyjRVpHeKOyxRfmtfQP+UHdHxc/51L9NQs6L2UXsYMaZbP'
    'i/Otx4gtn/OCUc0+1rX1P0jfcoa2KZ3tyGnvv5J9eiN7hufTk/Z8XBsM5sA7ucw2KV5XiNMG5gRdXGa5Iq3B2wEHN9X2L8x/3ML6'
    'O8z6MKDhA2PCXqoOOCM1Vc5Ix/QZKVU5I1XOSMo87hjPKWuVfY2vguDHpzpJv6FuQt8xlUGmetoY48VdKTfXHeXFJvKuj9mxXmdn'
    'hIKFHlUwxAyZ6uaDqrSWj8naSWtF5bZUQ22QPSfpgpib6ycJyE96xl6isXeG4b2k8edCsJI4/jEB50VtqGgzDarpxH2NQ5r9M85k'
    'fm4G6I3rQDYE2Xa5rnUu0TWHplHXbCVngu0anU+ne74eoH9lgR7bGD3O0djKzzCwSWEfWoB3z1VyDB+epbjeVxtR78uC3pCFv5vY'
    'vbj/Y0Q4s0apBUXPhFuV+XlfwqXReH/J/8D32koBm9Wj/DVul6pSPDS3Nw3BswvJvtkaQmuDqrTG2k4l14Ubizi3EkYOsWt70m6d'
    'CTpPPYKdzOZb42SsEi31KLscKUnRBo75XQG0Mcb8gOcItPEme2aFMrO/5jS4xTxr73jY31zGhmEa6wWM56/Z2Gls+Mq0G5hD5+HV'
    'iGu9dYau9Xst1notmXcTm89Urv8bEdc/H7D+e1NuHZuwcXJ7406NryQp/pCbJppB2fFhwr8HVXANjJzy56IJ09dQNi2KSC+mY8N+'
    'LSa6KZVFceoO1wZgIyh9LUi5PgJJBxuLiUsMGzt9divT56eLrtYpOz/deIDOO3meFXAoVM4jzr2R6S0jmnNtzkJ/6WH6dqNA/z2s'
    '/TGBRj6n3JrNWRJ7cH7Gva6G6wVwfXfGHc8cmLOLMpDzqcO9frLDm0PnWaf9qwgvvRja6cr41+Bd0M7tHV6/PgD36HNnw3O3ke+s'
    'Yn38YMaTJUg7eG9Vxry9tXBdn/HWcS6bn1Uh43CeuRSefW+m9Fz0Dvb+hfD+JzpK+QDva1Q99AKyBs71XM2amHzPND4irH6BzXnp'
    '+ggxUEe7/XMyAKqZWyl3JWPsJLxivvLXrqW5aUzrZCRJR0pFz3/RzeiK56kvkPMH3hsn8sy5d6bychW9orx6TlnyN5QxiANvZN/p'
    'VKW59+k7C8g3boa/tZC/rVCltTzndZbW8lyu5LqxpvO1kfzfpi62z6/RDUuXkmks6Xwh7TB2BfMg9EcF5Sm1/Rb2kedpxBovSiWX'
    'a6gmBu23Ky+XnDM/zV3eOQDtZs5eb+ny/t/SZZfTzaYOom3OylUqfo4aibakv+EeK9fztM5l3DHhXNbAr0nethZCF59hexd1gcsJ'
    'r1LEd2UzJ2ssnuf4atv35xJbbRvQsjSulYQ3hulRdRH3r/P9dwi+E8qbP0LOCktZH9+m/Lk6TedAsoWvUaUx6mG0ybEPc+FXymcX'
    'Z19T/oNjP4X5V219qwsJD6Ix2jw/lQlvryHP0b7F5ePpGHz8o5p57CFjPq1EVz628yapAIyFoBGbK9EavcGEVlOEZ/H8a1/+sHs9'
    'cYeXLwfvHb4CahqPlcqItePu9YcbZB+WzqfrvPP7Lr9vtZx9yapo+cps8vWb7qcO5ceRo+zarIkbukb58xpFybUm8enNhIaQ1/YD'
    'j24k3+gcUkSTDcaooLyjNNbM7EWjIfZgate6nti+RgUMsPPMJmL7GTCw322B994X4OvrVf6cGReSfvQymxk+swr6EWb32y7Y7pqZ'
    'LW27xTjaiO23YPieNP9bNHob7uN5mn38zhCabGTvVQfQ5DUqubqocfUEEx1N0iFXWup4tvncaf72ZoZt4fi+SeGyTC8/6Pq2MLlS'
    'bxhrkyL7Igne2pDA2a3RYg1ssQ5R9cSs8vK7FUIwC7q82jZ535w+byOxG+XOR5CL2MdLNH2k/RgWzjQUt4H2bhNMmE0t8mp2dpaw'
    '5VsNYiaizIsuz60JvVGdiq8j9+0VNL5j1Jts8MUSz08ivjfO3m4m+oEpZiWp/X6yYZyDzX409SvmCA+Yzn4g3uFSmMOoeyio34hJ'
    'nBejfboHlpA5G1XBMZy2mF7TvDlxeQDnlT1EX2wwWL9xQTaOGsauJMkzFiTAMxYGYN7ouLh/fashvTfBc6cq+xhYkzjOiRj94nyM'
    'Ynr4PhkhGMe4slTKsdcjYLL4ercksN4tyiz+TMoNhWe5Ro1O0iPgKnD958bA9AwTXxyNTaTxtFHaS0KOXazM8o4gz2lS9rlCmkAP'
    'TDJmlOIg4saMSnrhPwFmT+eHq8RQzbwYuo8RXwLqyjbyqrLOsyNWDnMWxdWj5rCzFMfErSTnCxO7HephncqLk+7VYG6jyhGO26X9'
    'pXNRazEXbeAvpnNTB++3EBxlI7xHa+HxWoJ1KriOShi+LAq+tAV0WY4tmqrah2inpfVwGpRdTcQVbDyNyr6edI1gr0zC5pqNqbeh'
    'TkVzjUlxdia6ANbhXKCCY+oKFjaxnSpeHU7qG08aq9JgOD9Yw56eh6TzwLigp/NYUpuza0pFq3+JMtb594Hi788r8nbG6lV7lT83'
    'QdoSgz9aWftZufYYG4W+XswBhfbHU4V7NxC7eq3wXjM7DzcGPMNxrRwX0M/uSTmLpgsnSWUfz0VWgDHUhcjtJmbnG4kpp4IwXbY+'
    'yqzycvJI9RukfG03amTOAGtnQsk1JnCdC4Ldsof57IdI/3LKLJeFlFuB5/LaoczrZZjUrZFsKLY1OqR4/j7lj2lGbOBMquERFhdf'
    'nYD+VB+wB+memkuwGr2GZzHUl8qhO07l2OcTvdx27CZ+9NkwB6tirv9SYhvdxvY1z2c5zOaN2oUHlJwzcItBn4aOgnWgZzubdRhW'
    'ct6Wo4E23wa2FtO5GLeQF2PKPgelzZlwNswv7r84sg7vz/a5WJHQXCAe5XhVmu93RKOzBPE+KW/HbJ7nLpgXE1+9qQ7Yw+Y8ybar'
    'UrN/ztcQ3+8EkxNj7N0byX542xTwXufamPKfOd5kZ5Gw8SW9NnUJrE1twJmD6p62uc/HAnwfPL/7UuH8KuVnGDbke7Y+637mS0fb'
    'hNO3kwRsj6k9fMCiL1LuaYrZlvAPfSp+PkdOU5kEaWpYON9PnuXS+mdQH6wlz2zXtOMQSlZ4xrn3u5R3XjChCZ6r6FDE9/H7L6U8'
    'PVmaB55TEnNDhZ3JvxvQbi5Gu3tSnk90e0h/dVgtk/PAIaZ/3BPw3bEyfncb+W5S7dK+6mh/Y8r15fJnJMzWeMCZydT+kw+wWZn6'
    '33h+vJPJGAqzdAy/Bn+caV9N8XbbNRimF0mskM3cBLV5gGCsdLjaQxpdhmOV9yivXkJe0GNM8uWa4C90+YileiImberyJvWzfTeu'
    '9PUqy/Fd1Pk2TfF3cbznAS7bBItpUyOHjm+q1zIpPdomb38YRro+AX1psUZmDBjqkRLmKK+Cc5BNgJ9XwmMWNGvaq0pze08VD7fh'
    '76ZxC5gnkM71uNLX15F4mOl8LybyZrsltibK96bTB2myb2oS2DfNyj6vPvLHO4ldgq/HjezZj2n2qK28C9IzqaxGO+U1xEca1EdJ'
    '5w/DK4adBy6cJrnVOU1yeibJlFoVH9MwbKm7SnkDRjTyR+K/vxBilrYa4PmrZsicJ82PbO0F/058jK8IZ0nb9v6RtNeTQHvPkfHR'
    'XLMm7Tjv/6+A8UVpz6nPtyTieOi3D2kwLsMqvBYHtW/eCf9PYv3K0b9rCfa0n7Xdp8HqbreIA8J1WUf49ytKroNSju+eGhBvNBCi'
    '03H+RGuKhfXVJGYJcZonC3ZuSbcbV+WpNxgFd1cOXnt8Arx2tYpej8c21zV+h7YxZLG3KdZLt940r8yfKDcvKaVRjguX6hNR30nU'
    '/tF4G+4rrgb6Caq/HjQumsthh4Zf5VUy9ZtyIX6ndhgPPp9WpfHbyzQ8V2e35TWIOE5y1MKeltPwMlyLd5KzwYSlb9MUO6CrP0V1'
    '9KkcsxTrjmt4PlnDcsdXl0N3bGTzNRjiS76M6FN9bN4ORYjZuVDw89riSpx2nFybZ0TAhcXxy9vWfS6HL346aODmhNbsRoLpG7WQ'
    'FwUVXLPj8llCC2cQH7tJHCnXGyVspA4rRdfWZJ7j0Co901cT2nXafHcA/4gS83cmkZk0phYxt+0henScuECaZ8gmDpjrMLq6v0nY'
    '+E0wNIOacwrup3cQHlFQwbXSCuRclERuDIpBH7U4n+VDcEDOuSib8sfmpi3PGza1Io6FGDSS1RbSFHp/MPnJhNy3of9MgvS/MwL9'
    'DydE/x9JiP4vIXaKLSo4N1JvgA6LMRELhPkwxZzpbBf0nDZsMcahCPJDp9snGSMYFycZRLdZQzz2gAYnNK78cXF07sc1OKSgGsom'
    'NNlreEam+kOtBuOKNDNX6fMaUp8Ax5bssJTF81VyOckKgn3cVu+U/EtNcF0h3Atrf8KiL/y8HLb3w3x+Z8O5fqq/K8V3xJl7E3pu'
    'V8E1lCeIjmmbb/FMIqdwD9+c8tee3cHeOZnwhB3K/2ySfRxn/uNciD2vTfnzp1IM9IQGq9wGe4y+U6NK88qaxMs518NkXuj3aL6S'
    'qbT3JHEeaA3AYHEe2izQBtURnPXrDsAZSG3Z7rVXNbKe+u1bNXgipLlbU/44oe2s7a2MJqnc0I07KK6gTRNXEKV/uviADmFvhM3t'
    'iCDfpf29MyAWYCrpPYncwTMxP6cTM3W8hc0pyjfeYHqxTQ5hSW61xvSLcNxvC7HRhOVl7FH6/JZVqjQfJc5rVnnzXI51bwIabVDm'
    'MXhSTkmnTvstjM8dtsB+c3/QiMW7ecN3THhL3NywfRZ+0rEI363k6D12eOxdU8BjR4r/viImj43LU018DrxmiYQBkfQcqnNM1T6a'
    'jFNOubnjbee1R8m5ieczvvOqMo+T5Gc8W92weorn7n8rt87RbKTJGkOazGpo0lQG3wYy10b+BcUp2MignRr5Ox5hzWy/bzo+U3zz'
    '0SR3ad7fRVMgh5vAVtEegrMcVvqcZzZjrRVkf2MCsn9Zmdd4wtCvyunAGf+AhQ4Q9RvrU55Na1uMvTySIP8th9yXzlaLyrjmSZ+x'
    'Xie2x7wh7lt3xjJ9x0a2FAz9KCbnqIIGSzo2RXw5zp513r0poXUKivubUMHx47Zxfba+E87XJ1T0mCJdLPxMXN8gu2mzoA+azHnS'
    'NnkuJ5tUcvVpTPwydN4Qa/Qe8NHayBPTPE83anAKOwmWZ8k0+Yik/gTR0MIQ23sS/p+qabKHJ1EnqcEQr9YEf1uhwR7mBRlDec9g'
    'yFpuVfbx12GYyCbAY58yjX2QctwlZTc3yWtFbfZNzM8zpuSao0E1lHjc93YNHfQrs5jL6bJzTvXeeS85G/Wr4LzKORWcW7qgkeNh'
    '9hzdt3legKn4Xhi9Ip1SPDqn1yEVHjfH6XKnIfYszKfk9OsCC3vhFo1c3GqByblR2dfkHRJw32HvDGvm5IQptIXwM1vSselZglnc'
    'YeFnCsob0gS0Wq+JWxpUwbGZVG+ZJ+gtQbU0eH0irptQum0X8Hem48bxvq6J4biHzKvtmUna08MEcztPo2MOM76wVcPHUA5vIbJQ'
    'qmcYFHO2CcaQ5L6PEi8i9a1LebHxUeoRdCovni6v9LUuTfGd/J2CMounQ8xlu/LnksC6Yq1kr6e7g0HlSeWS0WF6OxPgQ1mBD2Ee'
    '2tUCnUbFOFL+0qg5F4XZ/5LEfATpABkLP04O5hBjghuAfmxlDP1+zRTb/jcXf6/S7BO+j/Ia/jdi4cc0zcdiajOQ4sBN9Jqp0v+l'
    'uvaSr6dWc87B+g21ZL+OBMjzWtZ+HbwX155vkmdgWMm5JpuILj0SIv+kMdWzMTUof52iU2YA3fL4xzGNHBuykOEDwlw0lgk7o5MF'
    'XzzKZYGTY2y50sdkBvU3E9Lf6jL09yzA1ye9HrpxlFPuOnP6WAj2QuKHQfxTWkPUaToN1jmq36QvwA5Bfezlat9EBrTH8NeF8b51'
    'hPeF2eZGLNpdSfanKb3zHEdJ+NWiyPp6DU4IZVhWeXHbpvqm840vkVgD0/fC+n27sqtzMKKxQ2wDe3OcdsL6eqUqzRUxrPSxpM47'
    'HxDwd0HvhPXByS28yoBHhfGbcuxHWzxaTqNnTJeNfG4C+sxxyjweGGup5AL0oGuBF0m2ZcmHP1P0my7Sb27HMe33dOg5QWd0PCMv'
    '1PiPJD+Trf0PbUSXCNi4JL5TIOvTHsKXeiz8ILz/9EySRPuFkDPtbPSn2fAK1Cd/Cj5e0zj/nOHalZt/RPE3OOP9c+XVvCjHeKfi'
    '/OE8c54qra1kG+89Ffwy6jpRfp/UGKfrbPj2kLPheIjeleT4o+hoOt0fz6ytSl/fJChHpA7ncRPxL+WVnKd1QvPuDQn2B2XE5URP'
    'D+sPvnOxMsuFkDMc1zss9lpQv04yxL2NWuzdvgAbqM5PVTuNsjaVgKxFf8f9ysuXiPXjX1ji1QKvJT5FHKfz/9MF3Aifg1GGuTDx'
    'GQ4IPkP0B0r8qRx1InHvTqT8dHCY7bOLUn4s60oVXGOyGZ5pAlt5lFrHvB4lYkKOT5nH6pSr1nES58XToI/nZ9zrBzL+fbY64x/f'
    'u+D+7R3e+N7JnrkQnvkEeWYttP9BuJ4L13fDdVXG64czV06M4IUq/Ntd8N550Ic58OxF8OwdHe71kx2lNoKpHJtJ35xxfw18k857'
    'HzJ8L6h/NnNyrM31JQQneEHGP8ZLMsfuvNjipJz212VK54L2i/IVHU5qfkKynePC1rC5wP+vzphh36oS8jM6ff1Ol3t9oMvD+KGe'
    '/Hdw7ym4PgLXN7pkTM1bXe6/aVw0ff8tuP5DVzz500jmfA1cFx6RdaV0gnP15Q+71xN3eHFoeG/tuHv94Qb3HtWxDl8Rf7w2uUWP'
    '8h+cxiUq+k9YatGy7rk/XuFe7817uRbx3oJN/nvtBHeB71085l5zA/5nG8mz2A4+e+el/menYu/FzUXutL2x1/9NdZ17vfuL+v5j'
    'zQ+p/geNh8A5fyDnXn//RXdulgj3rt3l8cdaJefSxtyZ8wnv++vN7vXcXvf6LxOl/BGfOYc9wzHodIyZgDFGyYuL4/0F0FT9Di+n'
    'Nd6r/lOYp7v9WCjnbw9+0b3uuttMhmUS3E9DMG8/7PNyGPJ7qZvce4vIvOM9td77P80hOqn39PnbpuuG9/D92/v0ewvrQ8xX/hof'
    'nBZrLgPZu96LGcLv1cPafH+je52zqXSNPgBjWjNQukZ477ob9fSF/awj/ayZAj3kgX73+qmchxPBe1cD76re5dmS8F77Z/z3ltM2'
    '7/bfW0runQD7ett1nh0D763r999rI/c+Be9t2lw6918FejjjM6Vzf/A+0LfuLh//jYtlTnJPcn2oNkCPkmzOxwk8m47986BL5rv8'
    'NDxXw9deBdo/7arS/tz9abh2mfGuJOTaLQfd78+D/3/hITv7y8tPuNfMbn+MnvO3rr3x2opTs7XeQlcwbbeNPMfzVtzyZLQc3UGx'
    'NHURZOnk2fXb5eWRL//Ivf52j6c3omz4Otx79il49hEvpzHqhIXn3OsHn3evr+x2r7v3l8q2UzTfnAq9MWpe22bwjQbR4Upivzah'
    'hbCacguJzHTeTQvPNpB9//YZ3r93THH/+NpnI669ZI84PwKfOU7Yg9TGcz9cX1ji3we2vGcb7CX0sQ0D35lcq1R61vxUmf9kTNt0'
    'pqC7252vPx45kpVP6MiJLIuKwNrY/jRp4sps6h/RfXQq6vtH9Ge8MBrqIXvutBIbUfqY/pmcqDLSEOUzK5nOWauxG2M99QXEH0+f'
    'aSaYkSGGc6JxR0MBMTrVMXnmhSqZuMhUDBl+IXteJ68oj27XyLmWMp1hg2TkMrhujsgruN63+4B7/d4znk0A7917EPS+fZ7tAnU4'
    'R2dzrl/6pnu94MXSs89XfgDPPJucfncB0fOStKU2kn6vgH00r7MoQzv97ZjoIbVwZpoDewj1/mbXxCj2OxODVnoStOenj8ZaYbe5'
    'Ji0VlREbPGKjB35e0NdSyss7WNHXmKxVR6qOFn2tkfilkZedyZ4zbQvrc6wnf6O+QbXXw4vq+P3p5AzvPO9cv6l5ltoxW5/2n++p'
    'HfOXwPd3Hyy1Y6bAhvD4gVJ5se/H7vX5Z/zywka+X2A5f+3EHo1+j2rg/2q3Ul/7mX/vfpzImSnzsaaPQp7czHdiJDXZ/eks/ZON'
    '/DRd/7kxda2uvZ5e1QRYW9Sn9r/gXhtgD/zoKfeZPNmfnY+DLfCg3F4fefaE3V470rNXkmdvgvbOfl5+9kPk2Xaw5z76hPzsReTZ'
    'mx90r0ug35mD/rGdS2LQbgb74VugTz79ENge4Tv7XvDqGOOcPYq2xif87Z5E+pABPrX6W3J/F5D21MPyM9T3TXmUNKY49u1mxjPq'
    'ybvFPwbqMLY6yNsFG0I76KRUx8W5eRvM1Qo4R0p5obrJ2YW2UUOeR/2an3FN3lvJ+hzFLh84x+n/LDEWe44rermBDAiZ78CfdLJ6'
    'edJ+y3bA7NH174f1z1TWv4qcraKdy8IOZgmf2yR5zjFSVD/mmCiqH79zwn+P6sf/Af7rjOBLxnt/cmd8e0ocWjzKIH9VDLfXrJJn'
    'SKGYQJu1434uap9sJ9iaCg8y4EFp3QkiASFUkVEVGTVNMgrPK6d8DnCVgCNc8HH3et89UFeOPLv7s/5nf3kL2Kfg2X4ii7Bdpz3M'
    'sZVl7TjvO/euoBhk9v1Lqd2Ife8Scu+kQff6O8DGvUu413h1Kb7vq4B/XT1Yiu87xO5RfN/a9f7xLRXu4fgWC987abBU7h9i96jc'
    'f3474HQvK5X7r8G9P9xVkfuJy/1dZZT7uypyvyL3yyf3G2LI/T5ma7nWwjaRPso5gzMFT1yv4vwEUgC3nbUBfgP9ChTL21lZrxm3'
    'XhSXF1RLIywvelDNRakWQFx+UR2DX8wWu3DcOao7huYopZLzjSXpF7vOwC92hYVf7AMWfrFuC7/YKgu/2BkWfrETLfxX8w38V/UG'
    'PrOoZ4qksW+m+Kl28l4TwW+1kjYRW0HlbAf8u4rcL+c35yYwl1kVD9PG+7dcGM8y9jw+x7F20rfonkaMokn+OJ6/1YG9n6zMc8v1'
    'KfPcP70GzxxWyeSusfHDztVguXm8ED3rLVb+OE/0g+roZ84sop8OQ/oxzUsXlAuX1sS2pTeqm/FcauNHKR3VzCI6Os6CD2H+N5oL'
    'q4fp9oci8JzCUUoHs0ketSqzWt4m9WN5nZMdjB+MKLO8l7N9/dMx1t8GA3Ms2C3UX/2nmaHZHgfZHmpg1q1FUnaBQIyTkYssrSo/'
    '9OcAXdLuJO3IFUyawX5UcWJFwh26cW0lCuKulu0r9RP+6knvmThyR8odgzaF3QJuv0CwumG5hSr0GZs+Y2Am04nSZyS/4tEr1KtM'
    'sV52P91WOLIk7XAVWR577axkeZBOrthZ6GqIlxjeY3ee+ALEZqndHnYF21z3rHttfjBem1Q2DIO8evLh8ubYruii00+/SeVzau6K'
    'H+M+GaO+3d/uRwE//TLL72iSt3G50udtpNgwnseQYsN4HkMp99srE6XYsG9AfrGN95bur7OudK/HXR1f99KtRwusxzURdQTT3Ezl'
    'yJcw54jnk0hC/+b55eha8Lx0UfXvNjYempPsR5AH8C8ujRYDVcn3K+T73RVDZ9tlr5OlZzCdY+z4H6/wakng3xZsKuVpNG8w52k0'
    'TzDnaTwPJt1HPH9mJbf17KX1ODy9gmE9OmMTqpU/H++6APl6Abm3l/GMc8i9n0Le4g2Qm/hMcu/7N4Be2evV3+ExB0/9qRc7jlgZ'
    'R79zrh/q8nIc87zp9LuTel+Xf2w0dhx1PHwmLFdthc/F4nNLYvC50HeTwu3TnN0Vnnds4Pbj6H88p94ygb/WKn8dL1rXEGsI8joD'
    'W5S/zsAIeQZzAuZZO1vIMzn2LaxZf43S1zTAdi6H+Qnz0/ez997LcB4m9W2d91YrL99hDxv3WaS/vP4j5kRcRnAiYwL2R4ffDusX'
    '4snDcCW8FmOP0uc6P4PoYTTPh6lt70xL+mxQflxxVgVjn/kZltP36Qntueoy7Ll24NEp4OOY24vjrinGJVXG+Zd4wKiGztcLe06i'
    'tR5G+91kzw2RZ4Lacd57O5wlaZ8QLzNsgdEpqHgxFxzDU2AYvrzycmlPYr8DMDzlotVsmWjVpI0gnKMplo7bKcLqj8atDRl1vnB+'
    'TJ/PwnlEyr+bZ3Q5rMER9gm0L9Vr72XPjbH7EwZrMSLsEdqXfoN9+1LGzekl0cOopo8Fg75hnwZYn3pUcL3nHZb4y6j96CWYQGce'
    '/izj8j7ax37LfWG7Xj2ENmjfpmId+Pg3Fce/lvWL4577Iu6BvKBnmeD5ub5lM798H1C8ZgcZq81c07kZYO9t1dC5aZxEUrTDx/pq'
    'lavz6nKKS3VBg+hoi2Z+trJ+/V+4/kaZ4e+DxvBAwBjyZRyDybocNqS5j1e5uh6l7ZzFfuB1xm3PHxIN81jUcYFnOH3fUOWeM6aL'
    'hl5T/jz3ujk+tcr11dJ54vImr2krKbnN6287Vo3zNPw0bM2i8rstmr7l2byG6fWmcTZPpz3a3mEoK3GNplvufTntnl2R/kz6Ttvb'
    'qll/m72t4+XbhXV2+jycdmPpJF7Sw+aqV8N/g9Ylpxmrrj+XpN2YVhO92Vbe5kL2/Onk24Nl1sn53q5Lu2fCmSx3Xk25bUU97w0o'
    'szrVfO1M6OaxlFsTtZx6GJ+P/5bS02K/sA5Jr8ctKbeOaJwx32i4N3pT08tbL0q5WAKd3oD9CPvesLBOQd9dQr5ra9uQzn9cV5Dm'
    'zvluTcr1L0b5blJz/guwC5eD1z6nvPhdfPeQJS/Bd6T55LbIh5Q3n9NlF7iPjNm2D5JMzYd8z9HBF0agIVtd2cFenmip9yShXzjf'
    'Ph8wyUnx/Sb49sIINFmwpEn094fZSahNuQZ8vDSPy9ME39VK/E2nCzbn6bI329pPEaON+WQqdeWkWjfuTznrypXT/1dZ39m1vknw'
    'jzi+VcxD1aD0NVxtxvMW5Ev6wlN279EYxrjzURODn26Ge03k3Rry7nzAVHBsEa0rnVH+WlK69zG3Ec1f5ry7QXk5kajv3nn+ViXn'
    'L7tGTV/OKJw3nv8jTLZvZXbMqpSLQzB9T6dr/Jr4l0eZ7WFEYyt4nch4kzNPn8Y2Oybo5Mdb6LvDFs/iNx4lOs+WkHH+LdEbTHIy'
    'DTM80Z8rr65x1DWiNoY7E2oP66+OKe9suTrjXs/N+Nu/MONeP9HhtX8WPNsN1y64ngPXVXC9IONv2/k7YqjwHLIu5HunKa8G3UVw'
    '744O9/rJjlLbLn+fYqikuJezAvC8Zyh9LbpTCPa2ADnxfgt57w484+Vs0sUezAuIPWgQYhuyQmwDx3kkxduSxPxtJv9ugfjKV3bL'
    'z16jprfGAPaX5vZZrEpz+1wD1zoNngkx1LQmrURD3YQGOkAX+A3EpZ5H7i3/gVePEPFJbcq+hiDNu3DDi3I+hEXAg8OetcHoUNyS'
    'Dp9kO99J0Xo2AVqpVf68o5KeY9ou5WU3wfVnEXXVsD4lNYc1MXVq6bm6iDr1wxCv8CpcD8P16a5oun5S/fr39fHnuTaBs0sS40Fe'
    'Z2pvy8M+q1JeDHKdAfZxEcGGSlhlikPWPRP2DROs5Epll4tYsgVSO3xcOmiZIjpIKXMM70lMl+7X2EBNfOrchxWGH8S6wW0M68v9'
    'MzkNhovbgSeYHfv4MrQdlm/PZO5pHgAp5qGW3OtnZxtd7L1JzXjJ7jEdfMpkH+p8dUHrVi5MsG4/18+g+RqKMF+czjkPxfeSmKsk'
    'aCudgJ5WkYHTKwNTCdBBVQAdtBG7ZorExeD7VSHvJ5FLPV3mMdKcDCuJjV2p6TtXSRg/juXsM9Qh0FdZzr5NWPiMBwz6tiCBvlF/'
    'OdXRFhpg2k3tqeMan/Jp8E0J3819ywOaNhaAnZP21cTW26dpT+JvGNO8Qflzl6FONS9krvo0vn0e90nHwrFYNjjGngC9rZrIonSA'
    '7jNCZLzJ/gnTe5KoRUNxFz3COkY5i9QzbNm4QG/OXJ4sYL112GAJu5Vn7Q4pOXY4T84TQTGwcWPLFk7zGkjnHROeMiTMs03dH6T/'
    'fuXPT2Dy/nSs/XSdF4LWeYhhhgqCLOE6EdWBC8x3mGMyCHUiymNrhW/RuN8/kL08GHDudp79V8KzB0PO6KMhPtH/o0p9qyYxKGMM'
    'G/YD0v9eRkcjzJ/7BJGbAwKWXqLBMWaneJBg0cLkpcnYnDa/ory6IyMBsR/4d1Pbzg5o/w5l5sfOKzmfwE3ElznfYj/zNaMxSU57'
    '1xJ9aathjImEidSdm7Huyjqlz89gE3fH45xWElqQ6IjWa9TxSYqboHYw03foPITtX67XUJxhI/MN8bwFnaq03lzSuA2ObzWVL0nh'
    'j6J+v4Jrm3pcW6UGanhu+F3Xqzg/1jVrXyD7v4Xtvcoequyhyh4K3kNUh3f2069TnsxCnb4F9k8WdAWb8+xyi+cR03VCxLNpXrBD'
    'pwy+uSjCuE61HBfVg6orvKfCeyq8R5TfNRX5XdlDlT1kJb+zxAZnm4tfsv3NYbIb7bDnM59KrQqu0RjHdzCT8B08xjAMl5FUTFN7'
    'gvOXt7A5mdj7wtrhfkrnnW3Mb2NS77ig/DWZecxwFL+ELtcGYqjWgo0Q86CW6zsOtu5EJecDyQsxLGHfM8nHp/NR6fzWjQnQYJQ4'
    '/Cj7WYqNDop5muockZkYcxk2Z7b+1HbCc5zn0+w8qONJzTHHwDGjPO6L3qd2cgn3UMueH2f4gHrBFzUYgtOk9nOpDprkCxwN2D8N'
    '0zRftvTAx5UlfqvRCHulCeZxsQXOQ5fL1ybnWBBv0+ky5fDH5lRwDlFcsy2qNF9lXP/edPqhk+i/5MNKh8S7BM1r0hhR3bwdF2Pe'
    'JB5G/fNLNXs2Su4gim2KkveN2gxtfel5JeexGtOMg7cZVwbPi7FGowG6oA53EMQ3cY0nBFqma9ynSnPeUcwxjQcoGMo3itdYkICO'
    'O8y+69Arz7U+LmAmbLF/tjl2g3zQScXfSD5+vmYcWzGh0TX4GRt1nYJm3+SVec7a7RpdeEzJubV4rsF/VvpcXJSemiPgK4aVV09p'
    'Pmt/RYz2TlZyfikp3+MhzdqNJkh7GGN+UgBPoX3LaXD7KwjtRZmXsBq4cyLuhTB5MKjhNTmNjt8q6O9R9QtaG1Baq2bl1ZXYrpI/'
    'SzeUYU5tc0YMRcTe8rzQOkyTCQaZYpps/HxR6mysIfwkSk5rjtN2/H5LVLL5VJM86yQVVxW2j0eFPRT2zojS5zQth0wuWODxhwP4'
    'LY4vxXTy44W9EmevhmFrca6y8P24WH8pFw3VJXMhsoz2NcN0ySg5nccEPRprHcbRUSUcuuST19Hg/IRoMCinrGmtAam2Bdc5g/Ix'
    'xcn5skbZ11dPMj+BTUxmG+hZkixrVfqYyih2LprDZ6WGLycRN7ggATrUxZA1x8B6ryF4+CCsM9ZEXaGSj1fT6fRJYK51Z2iT+Ig0'
    'i13awvo9zHgStZmOWfrJTOyLJnZwHW+3sfeMaGIZ4vJynb2B8/Ik/VjbNX48KV5Cst/0KH/+KM6/qe+vCfqdFexunNd0auiT0l2L'
    'sstZzOMc7wR6NNkzSdUQagL6nK+hE5vaTLS+56IEbdS6HOyY48s0PmglGeebEXz1fWwfLCRxPfjt/zAYk+Sbl+hhquI54uj9O8gY'
    'qIzLMp8+yqQWcv7vZG2MaPh1v6F9Fd8xzQc6xNazXvBzbjfk3UFyP8Pk0qDSx1Hp6sKGnSd085Rk/l7nG9+rcq/frPL374kq9/rd'
    'qqn1kcfJvXtajXtdB9f3wHUVXM+E61k1dno41Wlpfog1cF14xF4fp/n9zlel+f0w90SdwX6vjjFnazvt8G7zhLXGfJ82eWJSZF90'
    '7fVyQepqq/PcTpMYuxe8nJKo/2H+0dXPenk1nev9T3k2TJzjVsgv+W//027OeF5KzkOSzIv80NJo58758FtH7tVBX9GPWw36pCqO'
    '42s/89pJMndoc5csR3jO2U6lzzl7PLn34mXe+8hb8d5hyCc7eJef/zt/ewByHh6C64tdehnU0pXsHquBPv/dem8uKB85fBvsg8v8'
    'faHfqFP6PGPS3rjlKvf6/Y2lc1E/4N1zrnM2Bec/i3rmzkzznJnmipvHzpc9Gl8W9+nR3CHO/N1O9McdGp9NQZnXyqYYqSbl5SOI'
    'mud7Mzk/FpR9PT+p9p3T7ntg/WnseTeZ14IKzhsxoLFhYk7uFUK/By1tFUH+LOfve6+DHKmXevosv/eRjaV23m3kOpP3EO6VMP0l'
    'KZ5395B7/YxFjlnJxkn1L3y3hjyDWPsoONNP5dzrps3x12lOjLmy0Z24vtQGe4LrZI2wz+qIPjVbftwtmvaUJ0U2Q1m/afPTHPmm'
    '7stR7N1Uji2CDz+9371+EHKt/+hJO/p6+RHQox53r69DjvPCYy6Pez/Q1+Q+B134/IPB71xA3nkEcqj/1aP+d770gFf7BfPXzoN3'
    'vgD53r8Cev2VkH/95SegLdDzH4X/Pw3f/+Bet60TyPx872GoSfBUtP3X/khwv8POA3H4qoL5vu+gd/axef/qn3jzlqSs6SBnqcm5'
    'eMjPz+nzPM6pnpxbOG7SxC9u6rsI8suZ9JWf45z35wEtqb3T59sL0h1ayZgndf0jfhtNg/LnxEc/tCrqDEf+0n2nustvA2gj80H1'
    'iRScrX7fFb39uewsVntEP755RMcMyudjavceUKU12E39zDb+JilHFLcbS7hyqS5hHFv8SIhPXMq5JcW0tKpkcitGjVmS/NO6fFw7'
    'NPRS0OA2Tic2bxM8hgmWR3ceGlZybtcBA0xJKsBvJ63NqPLn4Iu6P2xshx0aTAH65O4nvgQ8T76wpNR+sYzQG8aLxsUN4HMZFVwf'
    'RIdLzILvysT3ZIoP4/XLd0bA8Nv4AvIaTAHaD65yzkoJ8B4T/6MJ5szUblHueRtUZjG/Uq4+vpeRvpDGUvBN7ItjWJlsNrVL0WOS'
    'IvupHb4/iOdLdh3V6EIfZXOA9UPxivwQffE7NFfE8SwmZ/RutqcwDr8J7NSNzO+Bextl1FbiL23S8I20Rm+bC2to6j8cN8RURMEC'
    'Nys5N2oYNovnTU4CjxuUA3qZxvdyKpMFI4JvXsKElhOnvKLMdtfWBG2ZYWfDZlUaA5KLgPEyxRZL+t8hFZxz1TYPtrP/NkRcX2mO'
    'g+zRJvFA/MyQ18z3cAjPXq283Ao9Gh9B3gLjk9OcYfF7HcrLv9priW8L0jdt9UrnmUtn0HouiqlvDCg5T+044wPOei8xGN+4Ro+R'
    'nu2LgMvKEblpkyeY0+ZNhut9nCqNRxwR8EK6+AQpLm6nkmP45mvW2BQTRs8JPwV7xJtdng/YZLzOPltquM6261vJuSXn3CrJ3NSp'
    'u2H3gzRDY0wqayCvQad2quOtQYvS12fjMdc0jnDM0JYm6VVtZM1TBLcn5T/i+M03CdZurvAOtTvVBGDqTeUyH2cPOfvgmLLsu3MY'
    'RrlXg7PmMvZNJusXEx2m3LKcr1Ot0ufIKYcuH6VG3qBGV8wLOpUup8V0j2VIMwbJrjsH/o2+IJSP95P1uV/Z14SjOYd4Hcweghmp'
    'ZX3bwnSwc5W+NsB4AO2FnSFPMtSldHXkEb/eBLYMyW5bEOxSJvpIC6GjBxlO9zHA6f6qyuvjdwDT+60q//+fZO/ug3efJ+/uZc98'
    't8rDAyuCGabPPArP/MYSKxxkb1Az2N7wXqAV05ivXg0vPDtB7Bnmw0vSP9ETwaaRYjbMFLG/oW19eY2LzX5/8fe8Ghk8sZxhuN8P'
    '1/NqzNdXwoSvgOtFcL2E/N+m3few9t7F2lsN19NrSnlrNeOtzy31xv3cUjtb9W8A99AM132Arbh+n/fdZmJHboDvO79OXXCnJrhT'
    'D9ypBT7SpQezBNUQn9RVukp5/SRd9brXz33GvZ5zmUszS4BenL999WOAVyuA72eXe813yW189jq3jXkBbTy23qwNHe0uBD2yjv1K'
    'c1a/wf2e8627P63Ua5+2QxGZzO0kbneDPDbnm87V+S72vx36X8t+9xff+U7x963i7+eLv/3F3w8Xf28t/m4q/l7XZd7v/fD978D1'
    'Lbh+Hq79cP0wXG+F6ya4Xkdw1nVkb9QTnHp9cay33OP/bj2M3/k7lSE1GhmCtPjXm93ruUAL/zJRGiekswHr6GSu8mK56O+aYh/f'
    'uK04Fx9RauOlRT57bVFGbwyezzUwrjcA2+y861yd9yd59bUg6zeG06lDI23Drg3EsX84to9DQLd74PpAlx2dIt057ersKxRjj3S8'
    'h/3/AbLuHdD/evbbWtyfy8ZdWtoPe+27xd+/Bzq1pVc6jlbA8y4b99PrfrbvvgvXv2d0a0LHGUKPzu/LxW/+W5+/Hy9DP5y/c1sX'
    '/e4bQn8oDtn528/h3uMhNq46ghlaSPp3RlHI//BWf//OgDgB5+90n9Vp9hn25a4+9/rugdJ+7rsb9t7GcB9UnQqO/xm+x+MD/DuN'
    'V/nljc7vQtcrQ+bjpG1Fus3558P52yQ95+Rx/+N/AcyS0J8s8Og/3BWuM1WR/uDvJWPufHYXeVftgEzXzjM475M+V+BzzvPY/nXK'
    'H79YxyC2SaFpU1FfTatZ9dMZcj/DfPMYe/YE0MP+Uff6JPDW19Z7MUyTeM1L/TrR8gGPFyMWF3Ug0zbotzHmejG2sSG8jTaG06Jx'
    'gLR/PM7vAHz3H/67v3ZMUN9/cbc8hgVA22vge3cMyGPjmADK/zAudbJOzx43VpDuJ+dvGENole8eMMq/fMiObxZe9LC06O/De6jf'
    'H3jG75PGOACMcbTpZ8szZrIiw+ZquDgvTz7sn6thmCvn7zZ9cHDc0lysftyPqaZ4j6690frtvOfMFe03jz2Ngnfm512Urci7C0U6'
    '+PoTxXaKZ7Ku52XeXQC8+tcBv+48O9m/5838Yzhvr8D7e54tlUF0jUzmr57Nn3rYxY/7ghwe9nDlNvOXgfm7/KczIxa7HuZJF2O0'
    'QsAA4jxl2Tw5mHAHD64CcOIce9V90D5+kZ9vFKzv7v3+uGjqE30EYh5ST/mfiaOH7Qeau+lgKc3tOeDnaSZ6WNy5XBdjLrHfn4T4'
    'iqX7SuMBMfbirMdLx/s3EAvyN7uD91gD/BtzDFbBfIw+7MajcD7RDPcwXoXyBtM99+jz3p5zrs8Cj1GW8m3Xt+G8vzt8/c7+lisH'
    '6Ticv1H5aMszdh8sncdqNo8Hinz5peJ8Xb+/dB4PQIzKSzCfzjNR4u/UM+G84LfFb63+lv/7v4XvO3+3+e5rj/i/f/P+eDSOsVP3'
    'Cfv2k097NBJEx7XsnDJ5Bj3gyXZ+psV7yDPwO/c/5vlO6pU/xuuWb8rPSpjZlPJqJ2Gfzivu0ysfd2PUrt4ny9/zQN+48nF/PJvz'
    'vM0a3QF740rgwXe9KMelOfFxnIazjIYdW65jx6U6C/aX2nmj6C/7fgy+n2csY1WJnhJG+45seYnpifce9PaezXe/APLqFhj31S/a'
    'vf/A7lKehfb4KmaP/8ZBr7/fsIyvw9jL5jJ/h+7PMB7syF5HT6Xr0BEh94nEQ6gex+Xk5Y8BnxL4C+7tMF2+gfgu6N7AMd0s8Hce'
    'i3hzRP6OMazf3q/fu3TOjyP2o3XOGfBBf7/WwbnQ+bvNuRBjX9Xu6Dq9bh6dc8Jnizxv3YOl87gH+vtZ4InrHrSbR5z/1T+1e+89'
    '8N07SIxrGK9xcgHde5D5EF+IFiP7WZjTzoP+9WhT0ejpftgHqadLZYuzZsvJWd5WF1v3pEebmCunLWZbLz1USu9RzouOPeN3TPdD'
    'G8fvLHU/Sd5Fkc+/etIvD05/RL+3dViYOUe88dB4WrpneQ4jumd57iPp7IVnmsVw5nfiYGlMbNTYYJ0s0o2JnrH/CPmVFmyamv7+'
    'f8214rc='
)
