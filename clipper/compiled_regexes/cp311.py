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
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 43055, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 43293, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 43547, 190, 0, {}, (None,)),
 ('[ \\t]{3,}', 0, 32, 43737, 18, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 43755, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 43993, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 44021, 180, 0, {}, (None,)),
 ('[,;&|]|\\b(?:and|und|et|y|e|и)\\b', 0, 32, 44201, 72, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 44273, 192, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 44465, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 44497, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 44527, 56, 0, {}, (None,)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 44583, 113, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 44696, 125, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 44821, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 44938, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45067, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45184, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45313, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45432, 131, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45563, 139, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45702, 151, 1, {}, (None, None)),
 ('[.!?]\\s+foto\\s*:\\s*[^.!?]{1,60}$', 2, 34, 45853, 88, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 45941, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 46257, 221, 0, {}, (None,)),
 ('[.!?。！？…।॥։።။។؟۔](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 46478, 541, 0, {}, (None,)),
 ('[.:!?;]$', 0, 32, 47019, 30, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 47049, 324, 0, {}, (None,)),
 ('[0-9]*[A-Za-z][A-Za-z0-9]*', 0, 32, 47373, 43, 0, {}, (None,)),
 ('[:：・／/＝=;()|·•\\-–—\\[\\]<>（）【】〈〉]', 0, 32, 47416, 222, 0, {}, (None,)),
 ('[:：・／/＝=]', 0, 32, 47638, 206, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 47844, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 48050, 28, 0, {}, (None,)),
 ('[A-ZÀ-ÖØ-ÞА-Я](?<!\\w[A-ZÀ-ÖØ-ÞА-Я])', 0, 32, 48078, 292, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 48370, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 48390, 32, 0, {}, (None,)),
 ('[\\d_]', 0, 32, 48422, 18, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 48440, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 48602, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 48618, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 48730, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 48936, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 49270, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 49466, 54, 0, {}, (None,)),
 ('[^\x00-\x7f\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 49520, 224, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 49744, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 49768, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 49811, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 50073, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 50367, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 50385, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 50402, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 50431, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 50459, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 50583, 206, 0, {}, (None,)),
 ('[\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 50789, 222, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 51011, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 51141, 207, 0, {}, (None,)),
 ('[àáçóактכמإبتكمरलस作取執報投报撰書特筆編著記論记通객글기논대선수시위인작전칼통특편]', 0, 32, 51348, 622, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 51970, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 52240, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 52470, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 52488, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 52592, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 52667, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 52795, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 53214, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 53230, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 53274, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53352, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53439, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53526, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 53615, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 53734, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 53809, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 53890, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 53906, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 54092, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 54128, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54241, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54285, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 54309, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 54337, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 54361, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 54405, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 54546, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 55029, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 55306, 145, 2, {}, (None, None, None)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 55451, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 56300, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 56408, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 56441, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 56609, 48, 0, {}, (None,)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 56657, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 56850, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 56864, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 56892, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 57039, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 57254, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 57386, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 57505, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 57566, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 57678, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 57805, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 57926, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 58200, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 58334, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 58565, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 58702, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 58759, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 58878, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 58906, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 58922, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 59186, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 65733, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 65788, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 65880, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 66169, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 72150, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 72370, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 72489, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 72527, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 72560, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 72601, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 72622, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 72680, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 72706, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 72722, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 72738, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 72768, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 72892, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73071, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 73224, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 73419, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 73799, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 73854, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 73968, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 74265, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 74443, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 74500, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 74557, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 74614, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 74671, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 74732, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 74789, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 74829, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75012, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 75172, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 75383, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 75465, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 75605, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 75635, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 75783, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 75998, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 76095, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 76315, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 76637, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 76823, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 76924, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 76950, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 76974, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 77484, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 77508, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 77532, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;){1,2}\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]{0,2}\\s*$', 0, 32, 77553, 413, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 77966, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78107, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 78229, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 78250, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 78441, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 78494, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 78513, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 78684, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 78756, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 78794, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 78873, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79029, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 79185, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80030, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 80458, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 80848, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 81689, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 82327, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 83171, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 83317, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 83508, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 83554, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 83800, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 83878, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84090, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 84322, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 84433, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 84680, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 84949, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85073, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 85695, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 85773, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 86142, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 86365, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 86428, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 86493, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 86591, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 86660, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 86748, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 86815, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 86905, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 86998, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87101, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 87250, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 87838, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88044, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 88243, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 88336, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 88683, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 88991, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89120, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 89367, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 89735, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 89850, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 90139, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 90327, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 90672, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 91183, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 91641, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 91803, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92010, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 92250, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 92540, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 92927, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 93491, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 93758, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 94233, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 94304, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 94399, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 94745, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 94820, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 94966, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95043, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 95178, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 95291, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 95407, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 95481, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 95620, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 95697, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 95824, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 96194, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 96236, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 96329, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 96375, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97245, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97670, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 98180, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 98448, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 98521, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 98731, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98814, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98958, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99104, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99234, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 99362, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 99478, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 99981, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 100153, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 100408, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 100594, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 100781, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 101234, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 101455, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 101626, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 101702, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103062, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 103334, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 103402, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 103480, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 103791, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 103839, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 103978, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104059, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104149, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 104279, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 104447, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 104523, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104598, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 104728, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 104785, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 104832, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 104871, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 104910, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105084, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 105181, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 105303, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 105638, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 105670, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 106635, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 106715, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 106876, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 106959, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107008, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107084, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 107195, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 107257, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 107335, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 107440, 135, 2, {}, (None, None, None)),
 ('^\\s*privacy (&|and) cookies\\s*:', 2, 34, 107575, 97, 1, {}, (None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 107672, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 107867, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 107952, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108109, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 108157, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 108318, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 108480, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 108687, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 108923, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109047, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109098, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 109175, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 109279, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 109327, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 109392, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 109469, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 109678, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 109709, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 109784, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110051, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110089, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 110118, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 110161, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 110205, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 110261, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 110320, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 110358, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 110461, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 110550, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 110702, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 110783, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 110954, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111007, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 111123, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 111247, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 111307, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 111658, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 111709, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 111756, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 111855, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112031, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112099, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 112129, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 112206, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 112254, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 112298, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 112344, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 112376, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 112424, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 112476, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 112516, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 112584, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 112620, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 112644, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 112836, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 112911, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 112957, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 112987, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113037, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113111, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 113194, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 113254, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 113306, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 113336, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 113370, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 113432, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 113467, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 113513, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 113561, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 113607, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 113633, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 113659, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 113712, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 113752, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 113794, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 113844, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 113945, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 113999, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114052, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQmcHlWRePd3zT3fzGSSTEIISUjI5L45kgAJBIgIghxeoHGSTGZMJjNhnElIDCYcHquo7Kqrq+uxov5B4wHqiiJyiBwqyiEg'
    'ipLshgU8VhREBdb5T3fXy6uv+p3d/c1Mhm5+w8vX/V69q169qnr1quodx6ke/HMH/wqDfwODT2Yw9f6mDv5d5PCnAd41wPuWwb9a'
    '+OaVqxtMKwb/xkKeN0NaDXlc8r4V8rfA705I+0i6DfIUCJy3o38vh3QBSouDf4uhDtG3OYN/efLuGPTuaHjn9bke3s2XtGU++jeD'
    'NWbwrxHebYW0DdK3QdpF+tqD+lOEeXCgzjoy1pUw1uNgLGfBu1rUtvHQD1aOjXtUeA3wPmr5JmhTC3rn/bsK/s1g5SR1TyPj7+Vv'
    'hvc4TxNqqwvzl0OwvHIeXkwB/MgjmEXA2UroI22LaF5cMg7jYK53wb+f8L6j+j0Yk6CeOqjba+9ctDZYXawvorbUIfyeB3WNGexU'
    '85RwWwvQTzoeOTQe74TfrE91MDdjod4ipNVQ5zrUpzrA52qox3HVT4b8zrqj6vGHN7PK2evEeFYpvuU0ZQfnXVu3N5+bgfZ687cR'
    '5i+Xzp+H0s5VTqxnmvLrZ/UAKK2pIjRXRCcb4d/eel6UD8q9jaxTm3nWzfth/mT9gbncJ2eVkWY5QBXFdwMQFvNbAfS7BeYwg2h2'
    'HvYAZ5/jXPto6X4zxQ32F8a3uahcBSv3msG6PxPQ9vzCUj5ioqStrmRvciPW1QTtfX7w789QpgbV5z3/CLarQ8/AwJ49DlonG8ie'
    '/BYYq2wEuuaOQrq2962x6FpG9bES8BPjzmWooCm/l8774T3vTWT/8vDgS0ALsxb0LvZ+lR198+gTzZJnbzKTKHqmhF+le1W6V6V7'
    'VbpXjda9qsmSxjGd5/FVQZqBdBmkJ0F6DEnZ++not9eOXwBOee+m3B6kV90dpM/+EHSHXwnS++8KyvwYldn90yB9+dtBes+NQfr5'
    'O4L0pgeDMt8HvPXePX1ZkN71r0H68zcG6YELgrzfQHkfeV+Q7nufOO91KO+R+3g7vXThV4P0mruDvJ9CeXffAOMBfc7dXdrHf0F5'
    '6bhQuO9BeVug39+6Q5x3N8r7OOR5+WZx3ktQ3kuh7qUPiPNuQnlz9wCOSOBehPLe9FCQPnCveBzOBdz03u3sBdzZWjoHZ6A83uSJ'
    '6jwJ5fkW9GH/HaV1LUN5vvNgkNY+VJpnLtJDLnpDkNZfHHybgb59YX2Qnn9N8G0y+tYCuJTfG3wbj759/f2l3xrQN9qnKvSNjhvm'
    'Rd8eQfZuQayXkO67aj2CbV31ZI9g8zAH+JJ5cPZA6VkD6A5boH0YRgHlZ3pjvP81ovz4zMMGTlOSY5rxuzJFNaa29aX6MI0+TDPm'
    '6p03E1sAYXLAZweR7FHAj8qBYO7aAEQB5u5izDfZqu40HUn6cYb5mYLWR5QH04kuh8vy+AzLXRikLy3kvG46Z8M/Z+wcsWogWFv3'
    'Dgrgd+dT+jcSzwOGU/ZoUPBkVQqezPacitEFvA9fbCEDj/InA2q96ZEJx17tEXF67pTq8lJdXqrLS8+d0nOn9Nwp3atSmpXuVem8'
    'D/O5k4cLL0bkz9NzqPQcKj2HOnzOoZrSs6hX9FlUqnsdeWdPeH02Wq4T3R2b8UTniW31Ga2Yfhen015bXiX4ducjwbdT0Le15wfp'
    '2ecF31YIvl29Lvi2FH2rfg3PU4S1w77VkG/HwLdW6IeXboUxOwp920a+sTXLyrG1zPKw30W05hgcVd6o89QEZSivnSFyWjWZq6wl'
    'P8buErL7fCeid6dsCt4dj9690B68W4LeeXxAEfpcD+PQiep0FG0uwkKajMYt5/D7d6wvGU3f8+g3PuubL8jrxri3krNoUyO0C99x'
    'ZONetKjX60cB1kxjhLJX3SLe018XcZ+tIftDwSm94/rgTnu4jQDHZmwrEhpbr71Rx7byvvDYsvE9w4k2DpWI3oro2AIFHWu1oGNH'
    'WtCxJmi/960frXEv7XVK+Un2rQBzRulgFRqjK9xoOEjvN7ei8auGdlwHKW13H6QboG01KE8H6j/LG4VW2J8VZka93uLQpeFIj/ao'
    '0Ap/TPZTDz+bNXi3nMDU0S2mT7kZbLzYGTPTrc4M4U3mFf04Cr2hgGneGwWzXLTWMc06D9GzXeTbqxHdYbSiHeaP7Ydvh3QP0DgG'
    'h/G+VYLyOM9ixE+tzJXCXp0L0isncdjLc0G56ahtO0ibmF+HRahN60nfmgFPTcv3of1GRvNrJOtnVkQZmMKZm5AchH0v5BHsIugI'
    '2Ltj0DzmkV2Z9+5Y6C8bC7yHd0O60eE+PmjefkneKdA3nLed7FNMF4Tz7HRKdUG0PN678bfjc9H2PpWMmYN6phOZchGkJzhhvdVi'
    'pr9ywnor9m0ZwTkR/RW9Y/zeOMl35i/FlL6L8J+OA/NjU0C8yjGaM5XqBHViJr4ymD5zCbSvFuExXX8MV10BP9VDcLldwk+5Ze6L'
    'bX14zXagvshwu4LQDeyrZTfQ9Lj+R0aA+kvwLheLJ3x3PP8j06IWbDB8a7rWMI5VwDk7PstfPfj3JgSzgcAsPSMdyHq8jozfYfX9'
    'P9ibmQ0BxmmZDQGmuX3orIvS1VnfC9L/uD1sq1JB9t4LIH0d4m+9SX0naptj0DbVeL2NwIijkx5Wo0nzJ2slW2lwRvVEsdkuSnAS'
    '40lrxDPiOPiJ8S2jsadpstgPGgl8E3udRnJOZDsW9MyO2ce/6+7Ss+qDN6p9viXBE+ec+H7I2P7N7mOY7t+mvHo5/aPtd0r9o8na'
    'VJlAmzDvQXVW7eR9r+XammCow504INaX6PbAPmhTem4oODfcG/HMUP9UmtjhR+FlMN3LIxzIEBo3XOuhk8gZ6XpI18NIXg9Vw7Ae'
    'VDrJdK2ka2WkrpVcQmtlPdKDpvie4vtIxfeKhPC9k+wR64nskPJI6ToYyesgn9A62EbWQYr3Kd6/EmSDbYTedxNZoUtzpp/KC+n6'
    'SfeNVKeU4v3hgffVCeF9L9k3ROtAdBaRro90fYzk9VE/DOtDZzPZjWyLGsC2L9VVpWvqcFlThYTWFN1LLkXvU/xP8X+081wq/Gd7'
    'C94fNqL86fpI18dol8W3C+zIU7xP8X6k4n1tQni/Q2K/obp/1SfQ+6ayRbqGXqnn4AvJncnFcGdy7yR+zlEJ306Bb1dNAhvrSeGz'
    'kJMgzxXozuWqXLqW0rU0uteSyTrx1sKyHL+HrLqrbAIvXVPpmhrNdokePl58DvfVl+J7iu+jHd+/vjFI39Oe4nuK7yMX37MJ4XuK'
    '5ymevxLoOvZHnOJ7iu+jno95f4rvKb6PfHzPQJ3j4Q/jIvON3g9pH6TUJ2YDslHaivJSn6esrRif5zilvs4bUbuj+DUe73C/wDp/'
    'jFF99TYZ8INePdfDGMyGd57e68Hp3I8/G7tWh/saZf7uvDyemmsi+obPOLehcxrTMyDmo6rTiee31BvjpQRXaJ/nCvo806DPk6Hf'
    '5eyzyP9ak2X/e0j/x2vuRJja+m1wSn2gYR+SJr4j2RplPnlXoLE2LS+6FxjnPgge/3an1F/hGFhX3rtNZL5FPg5FMGzxl/kVPs4J'
    '76HM/6DK32sUn0WY5s2DdMwUu3abtrHJsfeVKeM35iJ8su0zjgvQAHC972NZea/Q+Ye2P6G7tSLgzian1Pf7W9G5Q+oLl/rCHfCH'
    'opy+cKkfr3fA+xXpfI/6+R7j2MeqYD73Q34MG/X48Khbig/5FB9GBD5cMviPqYRf6EIptiuKyqup+Ao/dpfL6c1SiAX29I0QcwZ9'
    'WwtxvU7tgJgz6NvsjiD92TuBZ3J57LDLdwbp+i0QJ+5DQXrZh4K8CxGcqZcE6Vcg/sksN5DnZePDeBk6TpjH2SAYE8wfNricv+sT'
    '8E+q8RPZDPciGCY2Zbr5edoJYuqI2rdRUpeqnV2GZby673WC+BVJ1W1S5z6QL3Gd/QIbPNXYsjpN8rC+6ObK1kZQlbcI8KY7etsp'
    'lS/6ZbnSfpyc4/ZSJrZZLI/XnteA7Ij78bJTGqdkiiP2fbKF4FabZMy8/rPxYOOwEGRXkR98mW9/vL67UBt080NpxTayZtuIXWgb'
    'tBHrMvOO2u8488XHYiVheQD73pwv4PNtdDXY/6hpjOGoOqEo9TBfpjLf8yL/8gsl8qipXinv6GNh+fJn3l4W88o965byYxMt96Ye'
    'wR6lirPgjcVDbpBHdE+lQ0KTd5E5U8G/2Q18r9L1q2p3mwHcL5C9W7QHtTl6PxiqOq52gzgaSY3FpS6PyaFqsw7OJgJHhhs6OBe4'
    'er0YrqPNKb3Xp4J9osv1hEtyahtc/G0pfLuc7CG6+qa63LfyqvognQnpDEgX1+vhFF2uz9tCeGWTOR5wxOUZ7ujK/xGVZ+VeRLym'
    'rvwTqHyUdfUzRXkTnLoV5M8k1t8+h8fOscG9T6NyeA505a5B5foRb6IrdwXq8/6Yfe5BbViSM8e7NofH9zDBswtR/u0G+V+F8u83'
    'Wf+wb6r4Qx2MuU44fs9M9I7p0Kehd7sdHhePvVvglMaISSL2ENMTxzmjoDFaC04aozWJGK0Vjn2M1kpLvrXKSWO0ljNGa7Ulf17j'
    'pDFaTce21nJs65zRGaO13hndMVqLTnljtLL4bmmM1pHzHBKaIj9pjNY0Rmsao/VwjdHa6OhjtIrs42oS0Cub8BJYrxxXX0ztA03K'
    '5x11nC0Rfyvrv6ldbyrrpbJeKuulsl4q66WyXirrpbJeKuulsl4q66Wy3lDIejJfQnmg0YyuVsDZ2DzYC+kaq4A7UVFtiXCMZVaH'
    'E0MG9MbiVCeIMR5HDjTmSTrs+I2CZXsqLNvzZHspPuQRD2kynzbnlH+V8KatbGwG+Fyy+7c/h/qanKQfFzqdzTl59LoQhLSvxLbr'
    'sqda9bEG/bsWjWh9sdQSvjG5HmXIi4YGeeYpVqArjWl4Jlrbp2ABUPk02LXY6MlwxLR9MqHtKsLTELmjruUYYT1ELeoCW+tjEe33'
    '0qoB8Zql321sFqisbkLXaiz5+y6AkTfi7xN4MtmRyt7njJn0SM8qEylAW3e5dRFJ8i9HWuCujF8xLc/40RMsypSLHylH/UPJf/zO'
    'kP/wYD4G+bIpH5LyISkfkjgfkiQ/kTRdSvmH0cs/mPIN42HvjbKneedBIp1JQcNzzJfscXHuXS2IeT6+wCm9J3WkM3T3pYroTNem'
    'DNZt5Q3O4heQeU/vXaX3rtJ7V+m9q/TeVXrvKr13ld67Sm3xUlu81BYvtcVLbfFSW7zUFi+1xUtt8VJbvNQWL7XFG0n3rrBuuRbR'
    '1kqi61zuyO9fVQBMfGa9EHS8Mt4U8/lM50vLL0F5cV+xry9aZpmiTqaftuEVckgWwryCqa9sr+0fc0t5BuqjGue92rXDLYwbXvnd'
    'qPyGCG3tckv9iduWv5i037b8WW68db/S1fMjS1w9PzLbLdUlmbZ/Eiq32aJcPWpTJ9FhsTx5gK2D2UHK/RXRuQ0WbXoG9Ftx/Loz'
    'WI+gNmw1KLcFyt2DypnSWq/cdy3L9Ql0jzZ4+2m038jW9kcR7G0WsN+DYG+TwH4nyrNBkqffcg5YuQ7BXkphvwXBXm8B+1xBu9tJ'
    'njMEY0vznITy7JDkWWbAE8yNyBNMRrwMrXe8QJ5k3xrQtw3kG5b3ZPISO6tkfIEovomprN2KeAgX+JRmxEMwfsLWxiKuzlUXY0/G'
    'u9RDfbMhvVjAu2D9Csu3jvAaLJYCy18F9q6snaKymEeZ6Mhj72QBPj3Xp/Bx22uQzZvofBr3G+vk8NjlY4wdfj+b6KzYPBbQOWeD'
    'U+pXNSew1RONJ50r1Ti6huM4W6JrM2k37Xec8c+g8a90wv5m60i9qxz1ff96RV0VmrrqE7AZofFSKgTnNQsENLIX6dVY/u/Cu6Nh'
    '3kz3EkxncUwYSmd7yTdMZ/sQD0b1jhXEpsQkntoEaFcO4S7296CiLUUig62T2KuMR/PmOuFYOKbtbUI0y+vrEVDvqQU4V4f0dEjX'
    'kt9szbB8ayCdIyl/ZiHoxxFH8Lpmw7elkC5CeZOoy6toQkJ1HU3GYQ3U8dREXkfcsZPV8dOJwX04zFMw2XKXG7ZVMfEdjtdGt0GZ'
    'LUT2vH5iIMfjcndlg/ThbFhe+BZ8+4vg243w7X7Bt9vh25+yvC23ZoP0h5DekNWX+Vo2XNbrx47Bfqwkdf4Ayt9h2Y/b4NsjqN47'
    's+blvwffvuXEHyNZf1dMDGgt5jPbBHZGceTALUQm75foL1omcj/9tC29AruWpOp9cQIfg+FcT348G2jLTKDRXr7vwHyeBun3j+Ll'
    'boD5vCWb/Fr45oRAbvLefdMCb78L3561XC9Dge97JgRxaXS40y6Q2UznfatTGh8P21L58vIEbifXJziHFMnoKhqsw+9TUH001l5X'
    'Geo7RlAfPdfsS7C+6gk89p4ozg2G1WMJ+7kW8diZxmw8aFnfoy28L5slfemS9E0H+zboi20ckm1OOL6QCM8pX//5luhrTbeeTNai'
    '14YrYTy97y7YhB4P6VRIpyBbUS+dDOkiSCdA2gLpWfWgL2/h8Yvi7pEUb+k+tBHNrVf32S2BTJz02NI5XNLCbdJvIHvLNwiNvS+r'
    '5psY/yOiyxNagrM19k21n2A492bLs0/8ZTyP3YP31pG0l/1kfIB/pjiQ5B72lfEcL7oJ7m5PsJ4Pj+drzCSW1YYE6+5DdQ8lb+zb'
    '6qLx3WJxJmG736wwxKGdKE2K7540PtB3UHt5Kl/awKxA41YuGcKr5w/jykN/KQ4+NI7jYBtpS4djFssP7+l9hmV8/t+yj30R+/iJ'
    'cUO/jzJ8ecc4ji+bSLu3S+Q5E/4Px0r0bfUV9dBx6XfUseZU/M4ZqJ4ewdkSfh+Hr5qH5gzT/zi017TuetRHGvd7Q4L1PD+W+zZh'
    'POF0SFshrYR0aX0pj8l4yWmIh/Tv6ozl90b6iFxxgIxnBzmPWIjuT/r7fwKwFgOs7yQAawnA+mICsJay/T8BWMsA1t4EYB0LsLYm'
    'AOs4gPWmBGAdz9Z/ArDYvdylMWAtckrv8U5NABbD+/oEYDG8f6mZw6pzxfSe7gPdAlrjx7ONAaud2Ck93Mzj0w7FnujVeROqc5uj'
    'jvlL6zHVh9Ax++QQ1EnH9p1onkSyi418vAXBst2LKKw3KGDtsoR1WjOXp6kOmJ5LqORPUz30zVm1rDoV9S0K/8NkD3/9N/P760nr'
    'Tz34L4zh8JPWl3rwfyOAn5R+1IN/15gwfYyiD/VgfUMyFknoP/31j9rarpEFdbLfexGsOLpT315uTHQaQeWb9WPC6/oZC34Vwzpn'
    'THR6Q2GtRHObtEzi28oj+BstdBimNK7WoP3rNTK/CHeZzPZ8U2n7TXRPNuP/eFOw95nu3ztJPbsszhfZGrm1ie+3WyxsZKmMb1Pn'
    '55qC+9px9nLKR22L0I69aD53EHh0f73ItYffGXNsbXSXa1y4K4P6tEHSl96IbfH1/2WaO9t+NqKxVc1dEu1kdT7fyMe2Q0IPo9gF'
    'MPiPA3xb/ZqOvjD6dWdj/D2MwbqhMTpvSmF9ujFM92TrCrc9jl7s8sawnltk070sF6Qn5kp531Mg71WTgvRdqMw5UGYRpKty/L2/'
    '/w9D3WdB3afCvOHzTqarGkfOQydodFcLGwMbwahyt+8nIgYMJrPXx4DBdFT/1xAdBtNN/T4GDKaT+lUMGEwX9aMYMJgO6jsxYDDd'
    '03UxYDCd08cQjCg8qQfj3QhGj+A+FX4v4y37GwK7VNWZrql91Z0a2fhNDWF6qKpLJ4/7eml450rqPLGB7z0m8j21K7tF06cZMeHr'
    '9Al1aI43W+wXWI/wcjGMJxss8eR3RXN8bZfsh780aEe/Rpa4t8h97iV1XuzL/8XwOijH+bBX18fROEQ5D/bvy6FxkOHFdkue1YN7'
    'CYK7icjw2y35EQz3IgHc9gTgniYYh34DOCKfgviexYIIa4bi6uQi9yVyfx5sxCF9CtJfkPcPQPp0HtY/gnF8VZCeDOl0SOdDejak'
    'cyFdWAXrv57DyMO3saTMUZCeIoHxOwTjGNKO4w3b8ct6+z3vAJnve+uDdYr57wOkrIl8aWIX8NV67sPygEB3b4JjUc8zvPo/WK/f'
    '35/T0O3L6vV0IorOqwPNQ1sEOw0b+4yzUB86JOdK3RH0XscKxrfPco3PQDBM9BI4H9OnNAv6J5O/bfQ0/6gL4MbVu1F5/uk6PU5F'
    'sR15sC48H/2G/AGDcXtdGC+TXLN47r+IxmFNjsu2Kr+QWHZdCOkKIkdfkzBcJiPvqgt0XCyPDt4SKH+q5o64qQy/ENrxhrqwHED9'
    '5rJ750npJlYMYZ1svCcL1p/IBzDThywn8yfrS2XCcFl7/1wbXjv9EWm7bv94tDa4C4r1Ncvq+b1R3zdofend2h+hMquIbTsrM42U'
    'uaWW8y3UtmmWxC4+h2D7/jIEbV2qqfczqF5mK3U0sZ2q19T7QQRjNqm3AtI5GhiXCdpB7f2nafRhXQhGiwTGTE07LqrlNK2T3j2z'
    '2CvwPuPz/wKcPcq150N6DPiQ2bX8nvVquKvaSu7VziT3axex+7+o7BJSlt3RPU0A0z//Q2XZXdlTSdm1krL/V8PLzrQs+7+oLL3T'
    'u1rT5idQ2QVkTJZoyt6Pys6Db4sF40rvHPv7fw2/a894hDe6Yj1+N+GXbrQo207w8FpUdguRa49ww2eKuN6PWJSl9b4LldXZYtF6'
    't1uUpfV2oLI2coW//9fw2ANx9xkP3hpBWw5K5AMqHy0TtKXDkCZQ+uHb/6C22Nh5+P5MEd4fFOgDsJ7gfqInyKKyVNfwIPl9AOke'
    '/PO/al6WfTtI9BO/kegnnkRl90t0GbKyj6Cyc0BXsBLpDHyegPxeBbqEu1FZptOYTfQPrMxaSBdD2ZtQWZlOJSPRYVyPyraSNur0'
    'H59AZWU6FFm97682X29UZ7K7mscTYWVftJAnTWT0DYo6uhKq48zq8Fq1le2w/HYsgrdVQgM6LPQJ06pLY6qY9BnX1U3g1SN4XZIy'
    'XRbte7GK41CXRL5uF9BAX/+HysruG+2S2FY8XsVxw6S9NnYTrI4fVMnnstfyXqAH72sI3jnkvFolMy+UyGyfTAgek9Xeg+aD5TmZ'
    '5F0m0S9cGqEsq/dtVVwnOtQ6BD9OBBrHE3N6eV6nF1iWEDw2PlOrOI2fWi+W/2QyUlMV9xU7VSMLV6C8Lsk7meR9uTLcpmUSWwja'
    'pj+gslTmnqWRG39Tyds4WdOfhyrl/aF570F5Z2vy3qKAS2X2G1FfxxKbkRmacboW1TNW06aPK8aFtukDKG+LBu4VlXxdy2yothK6'
    'z3xCvr0yvLf2au4AL3I5HcVnnh68dZVcZ0J9Tclk5PNQmaMl8vWZxEfUaajMTMMyxwvatlbgS4u998rMUZRZIykzWdCf5UQGPg79'
    '9u3/BP3RlcmhMqdLZG0qJ/+1Ity2M0l/qD+u30IZ0bnpRomM+WuDMlS2vB+VeVFi19dL6vkBKrNRclZA2/afBmVo266vCHzI6eRC'
    'kf0urvtjEeGE5H/UB6ar+APhw2ndlxqUofVsqeD+3E35KxEP/8aKcHw/Wx7ev/+H+kDb0y7gS70yyxVlesnZF/ONOA+VaVfoEjCv'
    'PMWgnl2kzBjBuKyPMC4ugrOZ4HS3hazwx4Icjo3M8etCuF/bI/TrxwVOrx7Li/UNVCfyfVTmfqLXYPoUButxKHMDKvMQfPsfjR7j'
    '86jMpCqxboDqLz6Gyswx1Hm8D5VhuoaTSF6me5gIZS4TtG010odgGJVQZhsqw3Qr44me4mykL/Hlf1SG9l2m03hdIUxTDmhseUQ0'
    'ZU3BjJaq/D0VQcesW7fUTmhGwZymHPL/h/ptKg+L4BQM6n6KrMe/53kZEX3A5zOszO8VZbokZZ7Ih+OvqnQg3Ray+T2WsG3O9G/I'
    'cz54ZS4sg9uedX8Kjd06V8xjtBGcuibPfaPpxsU0vi3bx3ci2BRndmr4e906XJ8P75U7CZ68TOj6hag9Wwz91ehkEBbH7KQ8l51O'
    'I3zwIsJDL1HkpXx9K8q7lMgcMxGP7sdHQ3mnwbeFgrb48j/KS3lymrcC5aXnh2vRmZkv/+d4bBYVP+3l/RPKu4vQZMwrenn/J8d9'
    '6tvyGr7+X1G+y6D8XaitW8m5D+X9boa6ovgx8sp/GdUlo5uMhnxWkbeL2GZ/VNCHNrJ2GE19nwCuyObX9/+J8qrseH3/X7lwPBqZ'
    'LaBo3W+UzKPJ3Wk/VnfE8oyGrMmFYw8xvH6JzOMJirz9JO/8HF9jjxFecz/iH30/7oq8j5O8LYK5EdnB+va/AvwQ2bv6vtIVuLSZ'
    '8A5/zfK8srMAhqO/z4rxw1QGeDzL+Z2oe6pv/4PafDyUfw3SpWO97q0GeZnO9puKvFR3fr1BXgb309kwn5LEfThf/4/a0SPgD7Eu'
    'bndWjhe9BOcvyYZjY20xmGu257ZlefyZzRIe5A0ojwj//fv/2XAcG2pHcDrKI9Il+Pd/FHA2M/8/gjb3kzbPUeRhdGiaoD34vM73'
    '/5k1i2+F9yE/viiCLbIF99c/yiO6B+vz/xmeZ6PkLO3ZTHjMDpJxfSpTGmfJhCZ45R5T1M/26vsz8jljNOnuTHg8aGyh72fCMZXo'
    'Xv2tTHjOKA3eJ8hDz0evReNh6kPB3/8FsOn+fLVgzJ4hcK6EPFhPwXQcT8K+s0uR5wDkuUSQ536yf3WiPJPIvZFWkO3XoTYfkKzN'
    '1wnm+QBZm2dnwuvuRbI21yjysLW5QoCv7Qb4Ok8x98xuZ7oiD8PFIzLheHxUx9qkwHtGP6pQP0xtDHz/Xyj2XpeENv3ZtaNNrG8H'
    '3fBa7CN5fuWWrg+Te3teufsM20R5llsV/WVt+k8S/9DEd4R//9cNx3PbRejKZxBsUx2PV+6f3XA8wij+HXz/X244XhyVi/rdcNw9'
    'HBOCxcsck9CdpjcK4lL2Elw915XzB2wfO0OAc3R+TxLgjs7/gn//37Ac5RGmWZZjtKkZ4YqpbYiv/0PlTO+JeOX+5vCxE/Hjvv4f'
    '5RHZiPjyvwIO45d/rchzAuT5Ocoj4tV9/b8izwrIc4fDx8PUNsXn/53wvOn4dP/+jxP4TU3qTom//lEfTO1R/P1f0AfdnRAWL7NK'
    'IUcUAU+rFDrMIpQZk4DOksbLFN0VoPEyRbYONF6m6G4AjZcp0lnSeJmmMhGLl1lvqdvEcdywzrC1UBrHDZ8BsXMbHC+TxYCmcSlZ'
    'TDZVzMooMeBqIK8sBly5YrmNd0rjdVc4XA+TI/YyrcReZpwjt8OheWucsGyVdUvxjfXPNOYni0XH4m9XOKW+W08Q4MNip9TfbJXg'
    '2zJJezKOPs5hHv4q4b0s73jQgzuOXZxTr9yzbul8TRTYGVF7EeZDRWQD0q7BZ9++zOU+rnoIvA4CF/u6Yjigg3+zy+83daH+qNrd'
    'ZgD3Cy63naXwugxpiq4OLx57c4JjcalbeuYva7MOziY3bDsgwg0dnAvcsB5OdVaGz+N0sE90edykJZr9Wrc3ezyLrr6pMCbYHnOm'
    'wEZRB6eIYtBvQWNqOscDjrg8wx1d+T+i8l1EZt9gUP4JVD7KuvqZorwJTt2K+J246w/HY7fBvU8L+Isug3LXoHL9iGfSlbsC9Xl/'
    'zD73oDYsyZnjXRvsJ6Z4diHKv90g/6tQ/v0m6x/2TZWsoYMx1+FxgefCu5lOOLbwNPRuN7w7Er1bwOxLgLdJIi65fwfTCccJttnv'
    '2wiPUSD8zvS7gF+7h88B/XbnIxDjD31bez7YIp0HOj7Bt6vXgY4ffat+Dc9ThP6xbzXk2zEOj5vcRuSLo5xwzPutaA5qyB44H+XB'
    '81qH8m7T5MU8fkUEXrPSsYt7XWVRB46HvRytD/bulE1gf43evdAO9hfo3eN3wPkrohGdqE4VX1oEXmMyGrcc9MGGFxbFPWfwaF43'
    'Iv/fCHBs+PMaWFNHk3EvWq7pAqyZxghlr7olTA+8Nr3OsZcHcHx6l4z1ckgf3GkPtxF+24xtXUJj67U36thW3hceWza+ZzjRxqEe'
    '0VsRHVugoGOtFnTsSAs61oTkaRoToNcJx6zvBLyoFtDBIhqjK9xoOEj3yVY0fkz+vg7SKom9xAaBrqCDnOf0RaQV3vuLof++y01X'
    '92Tc0fwcEpoiPzltDhv8MdlPPfxs1uDdcgJTR7eamP4BdJAtsE5dyD8zhDeZV/SD5/cfAwMV4pk/lG1vFMxy0VrHNOs8RM92kW+v'
    'dsI2ViZ+TZk+fIUTPjumdhWLET+1Mqc/72BnBNNR20x8668nfWt2uB7HpDyOdyKj+Y2S9TMLrYsm+Hc9Wu1VsJaZjtMla6ue7J0O'
    'zNkRTqnvnJkFsV8c9nsKucPH7tTNkZQ/k/kJOoLXxex6l0ruM8aty6toQkJ1HS25M/jURF5H3LGT1fHTwTpmKM6wo8Yv6LW4m7CF'
    'nJldPzFYb7jcXWBb97AgHpUqxrJtHGXqY9rEd7fM//SOwX6sdNTxrk37QeNxMZ/hIynW9IqJAf8/1LGQRXGeWiYGcmw5Y/yK6n1x'
    'Ah+D4VxPvp9AaIupf/UbsuFY5kmthW9OCM7WWsFm2BRvaVz3kYTvewb7NDXivYik4o+/ZQI/Q0k6zp0Iv09B9SUd905U3zGC+pKK'
    'gyeqr3oCv1MVJy6eCPZzLeKxSyJOnqi+R1t4X+LEuhPBvg36EufeqE0ct8+3RF9rScV6vhLGE/tDOZ74daH+UCdLfH4yfyRnMT+h'
    'LUMf35zZ8ZzdUp449XQOl7Rwe4UbyN7yDUJj78uq+SYcM4XS5QktPK7prVn1foLh3Jstzz7xl/GBbEX31pG0l/1kfDj+lM5+Oak9'
    '7CvjOV6I7l4kVc+Hx/M1ZnrPIKm6+1DdQ8kb++e4aHyTivsi2hNWGOJQ3DgworonjQ/sSaPGhRHBrEDjVi4ZwvcTNq489Jfi4EPj'
    'OA7G8R27y7GPQ/FNyz72RezjJ8YN/T7K8OUd4zi+yOL0tAvabRvroU1RT9yYvHgsz0D16OL4xOGr5qE5w/Q/Du01rbse9TFKrGTT'
    'ep4fG9AnkS99Zi9bSfzUuxofgU+MDcfwNo2lt9Apjbn4kwRgsdiL30kAFovB+MUEYLFYjB9OABazD96bACwWm3FrArBYjMY3JQCL'
    'xWo8IwFYzA57aQxYi4jd9tQEYDG8r08AFsP7l5o5LBuf8JTW+HGCYsCid5IfbuZxkYdiT/T9hKM6twn2sTh39GRj9skhqJOO7Tub'
    'o8dPpvLxlmZ5/OQNlrDe0Bw9FnMoTmAzl6epDpieS6jkT1M9tC6u51TUtyj8D77rWt/M7zYkrT/14L8whsNPWl/q+wkWwE9KP+r7'
    'CRoTpo9R9KF+nFDJWCSh//TXP2qrTfwIkez3XgQrju7Uvyc4Jn6MdUbj1o8Jr+tnLPhVDOucMdHpDYW1Es1t0jKJb0eB4Jvegbeh'
    'cbUG7V+vkflVfnyebyptv4nuyWb8H28Kx2iLEq/QJkbirU18vzX1ASCS8W3q/FxTYMsf946/zM+waTv2ovkU+QfA9Vzk2sPvjDm2'
    'NrpLFpvy1ahPJvE4beNMLCnT3Nn2sxGNrWrukmgnq/P5Rj62ujiluyLAf7yRx1K30a/p6AujX3c2xt/DGKwbGqPzphTWpxvDdE/n'
    'pyKuXuzyxrCeOwnfZCYxN9YPQ93MJ9upMG+iWI7jyHnoBI3uamEjj1cbRe727xDFgMFk9voYMJiO6v8aosNguqnfx4DBdFK/igGD'
    '6aJ+FAMG00F9JwYMpnu6LgYMpnP6WIN9zHTqJ+/dDfo44j0a3rK/IbBLVZ3pmtpX3amRjd/UEKaHqrp08rivl4Z3rqTOExv43mMi'
    '31O7sls0fZoRE75On1CH5tgmHiPWI7xcDOPJBks8+V3RHF9l8RN+adCOfo0scW+R+2NI6rzYl/+L4XVQjvNhP04QGoco58G+n9Ci'
    'Plb7dkue1fcTiOCq/Avbwr1IALc9AbinCcbB1MewKHYNu8e1IMKaobg6ucjvmdHYnU+ROJwPS2JQ1CEYspiWuviUL9dzGCzuw1hS'
    '5iji75HC+B2CIYtxqWvHL+vt9zwa8/Leeh4XWuU3OYm4lF+t5/5NRL4uTXAsjr+sD9br9/fnNHT7sno9nYii8+qoD8fnto3xazoP'
    'Z6E+dEjOlboj6L2OFYxvn+Uan4FgmOglRH7YmgX9k8nfNnqaf9QFcOPq3ag8/3SdHqei2I48WBeej35D/oDBuL0ujJdJrlk8919E'
    '42DqpxHLrgslvsivSRguk5F31QU6ruGI8Yljp7yhLiwHxPGvaKKbWDGEdbLxnixYfzrfjXj+ZH2pTBgua++fa8NrJ2r8dt3+8Wgt'
    'jytFY5fK4mD+CJWhMUtlcTZvqeV8C7VtmiWxi6cxQPcJ2rpUU+9nUL00Tiz7Xa+p94MIxmxSbwWkczQwLhO0g9r7T9Pow7oQjBYJ'
    'jJmadlxUy2mayPen6V5BffqeJsBZ7AvUxmZEx4fMruV+G1dLYpLKYqAegcouIWVpnJ9WUrYWlWV3ZU8lZddKyv5fDS8707Ls/6Ky'
    '9E7vak2bn0BlF0hil8rK3o/KzkMxj+i4iuKf3l7D/ZswHuGNrliPT+Nn3mhRlvp4vxaV3ULk2iPc8JkirvcjFmVDcUJRWZ0tFq13'
    'u0VZWm8HKmsjV/j7f004JnHUfcaPEyBoy0GJfEDlo2WCtnQY0gRKP3z7H9QWGzsP39cNwvuDAn2AKiZmFpWluoYHye8DSPfgn/9V'
    '87IHSDzNX2hiZD6Jyu6X6DJkZR9BZVmszJWGMTPvRmWZTmM20T+wMmtRXEzf/g+VlelUZLEtr0dlaTxMnf7jE6isTIciq/f91ebr'
    'jepMdldzX7OiWBtJ6Eo2KOroSqiOM6vDa9VWtsPy27EI3lYJDeiw0CdMqy71t2saL6BDcHbtn/8heF2SMjYxe1+s4jgkiw3W7ojj'
    '4PwOldXFPqa2FY9XcdwwjZlha7/xgyr5XPZa3gv04H0NwTON3UDjLWCZ7ZMJwWOy2nvQfIjiOGD5j+oXLo1QltX7tiquEx1qHYLv'
    'QxSNo2kcBZUsvSwheGx8plZxGj+1Xiz/yWSkpirut36qRhauQHldkncyyftyZbhNyyS2ELRNf0Blqcw9SyM3/qZS7oef9uehSnl/'
    'aN57UN7Zmry3KOBSmf1G1NexxGZkhmacrkX1jNW06eOKcaFt+gDK26KBe0UlX9cyG6qthO4zH2Jvrwzvrb2aO8CiGL3Mv8u6Sq4z'
    'ob6mZDLyeajM0RL5+kziI+o0VGamYZnjBW1bK/ClhWMDz1GUWSMpM1nQn+VEBj6OxCtuFPRHVyaHypwukbWpnPzXinDbziT9of64'
    'flvB40DTc9ONEhnz1wZlqGx5PyqjimuM6/kBKrNRclZA2/afBmVo266vMItJL7LfxXV/LCKckPyP+oDjOGM+nNZ9qUEZWs+WCu7r'
    'z5S/EsYJqwjHfrDl4f37f6gPtD3tjjgm2nJFmV5y9tXJ7v9WhGOfd2vsXKYY1LOLlBkjGJf1EcbFRXBsY3fj9vyxIIdjI3P8uhDu'
    '1/YI/fpxgdOrx/JifQPViXwflbmf6DWezpfCehzK3IDKPATf/kejx/g8KjOpSqwboPqLj6Eycwx1Hu9DZZiu4SSSl+keJkKZywRt'
    'W430IRgGize1DZVhupXxRE9xNtKX+PI/KkP7LtNpvK4QpikHNLY8IpqypmBGS1X+noqgY9atW2onNKNgTlMO+f9D/TaVh0VwCgZ1'
    'P0XW49/zvIws3n0nKfN7RZkuSZkn8uHYPLpYi6ay+T2WsG3O9G/Icz44akxzfNb9KTR2ohh7NDaMf/6f577R4sTcE52X7USwRTGY'
    'Vfy9bh2uz4f3yp0ET14mdP1C1B7TWHo6GeRQnMA8l51OI3zwIsJDL1HkpXx9K8q7lMgcMxGP7vvOR3lZzL+Fgrb48j/KS3lymrcC'
    '5aXnh2vRmZkv/+e4/34VP+3l/RPKu4vQZMwr+nFCc9x/tC2v4ev/FeW7DMrfhdoqimeOeb+boa4ofoy88l9GdcnoJqMhn1Xk7SK2'
    '2R8V9KGNrB1GU98ngCuy+fX9f6K8Kjte3/9XLuyjXGYLKFr3GyXzaHJ32o/jFrE8oyFrcqWxLDBev0Tm8QRFXhpneH6Or7HHCK+5'
    'n8ROP1qR93GSt0UwNyI7WN/+V4AfIntX34+6Apc2E97hr1meV3YWwHD091kxfpjKAI9nOb8TdU/17X9Qm0XxhLFe91aDvExn+01F'
    'Xqo7v94gL4P76WyYT0niPpyv/0ftEMX3xbq43Vk5XvQSnL8EzbVpTFy857ZlebyCzRIe5A1ZeRxwFnf4nGw47gG1Izg9G44DvI3k'
    'OVEBZzPz/yNoM40BPkeRh9GhaYL24PM63/9n1izuPd6H/Ngz2XA85y1k7jLZcCzbHrIv/D3D82yUnKU9mwmP2UEyrk9leMwJU5rg'
    'lXtMUT/bq+/PyOeM0aS7M/L41mw8vp8Jx4Cme/W3MuE5ozR4nyAPPR+9Fo2HqQ8Ff/8XwKb789WCMXuGwLkS8mA9BdNxPAn7zi5F'
    'ngOQ5xJBnvvJ/tWJ8kwi90ZaQbZfh9p8QLI2XyeY5wNkbZ6dCa+7F8naXKPIw9bmCgG+thvg6zzF3DO7nemKPAwXj8iEY0dRHWuT'
    'Au8Z/ahC/TC1MfD9f7kcdpeENv3ZtaNNrG8H3fBa7CN5fuWWrg+Te3teufsM20R5llsV/WVt+k83HGd1hwFOXIdgi+5K+Pa/CLap'
    'jscr989ucI89rn8H3/8XaucOiVzUj/KIYkL49r8u94kQ907TG93wOugluHquK+cP2D52hgDn6PyeJMAdnf8F//6/YTnKI0yzLMdo'
    'UzPCFVPbEF//h8qZ3hPxyv3N4WMn4sdZHOcqhY2IL/8r4DB++deKPCdAnp+jPCJe3df/K/KsgDx3OHw8TG1TfP7fCc+bjk/37/84'
    'gd/UpO6U+Osf9cHUHsXf/wV90N0JKQIuVinkiCLgaZVCh1mEMmMS0Fn66x/VJ7or4K9/lEdk6+Cvfye8L+O7AUXwT1Gl0FmyOM71'
    'ljKRf/7vhPeXNoP+s7iUWGfYWiiNnYnPgNi5DY6jJotDON8JxzbUxRnNOHaxhT2XEJ7cewx6XwFwTW26xzs8pl63U+q/swF96yXf'
    'cGzRPnKWS+Ncy+LTzkVj5ViOl9fu+0i/KU/XQ/YNES73k70c4/IOgR0FxWXql6RfgMubLO77TnbM+DB6ltFgWI7upTiOKoszXnDS'
    'uJfDFfdSR0t08eh164bFMc85pTHkFxG/OZj+LXZKfS/T2LsmsaHzsGa9Mx261h2Dtf6sW7rWJwps5qjtE/MHJLJnateMp28r6XJ/'
    'bT0EXgeBi/22sTnTwb/Z5Xf1upzSGNFTFHZYOrhfcLkdOIXXZbg/6uq42i21wY87Fpe6pfYrsjbr4Gxyw3YwItzQwbnADeuUVXQY'
    '02Md7BNdHgNsiYb31PGZHv+tq28qjAm2LZ4psLfVwSm6XGe9BY2p6RwPOOLyDHd05f+IyncR/dMGg/JPoPJR1tXPFOVNcOpWxLvH'
    'XX/7EH9hg3ufFvDKXQblrkHl+hGfpSt3Berz/ph97kFtWJIzx7s22E9M8exClH+7Qf5Xofz7TdY/7IkquVkHYy7sqex9EeDlnVJb'
    '9Wno3W54dyR6t4DZSjnBXmTCY+j2a/8+sUQWMN3v2wj/UCD8yvS7wDb/Hj4H9Nudj0C8SvRt7flgV3cej/tNv129Ds6r0Lfq1/A8'
    'Regf+1ZDvh2DZKM2Iisfhb5tI9+YrIT3wPkoD57XOpR3myYvllcrLOaB8YqVlnJplUUdFQgXl6P1wd6dsgnuEqB3L7SDLRF69/gd'
    'YEuAaEQnqtNRtLkIvMZkNG456IMNn5tHv7GcO1+Q15Xw0rrxagQ4Nrx3Daypo8m4Fy3XdAHWTGOEslfdEqYHXpte59jLAyqdwnJI'
    'H9xpD7cRftuMbV1CY+u1N+rYVt4XHls2vmc40cahHtFbER1boKBjrRZ07EgLOtaE9C40vkWvQC/VCXhRLaCDRTRGV7jRcJDuk61o'
    '/Jju7Dqim6K2P+xcucYJn9dspXYHlrSiLqTD0T0ZdzQ/h4SmyE9Om8MGf0z2Uw8/mzV4t5zA1NGtJqZ/AB0k0/25kD/V/Q2P7o+t'
    'dUyzzkP0bBf59monbC9o4qOXne2sEOjMqY3QYsRPrczpz+7Yedd01DaTOBHrSd+aHa7HMSmPY/fIaH6jZP3MQuuiCf5dj1Z7Bazl'
    'HOxRjLZ2QT15A9pKKWt2dJFWf6jevSoa7sMzbVUMypsxWHe2PJCDcNhGnjmRnO/icyiZXhO/p+W6BPmx/ZxIl2Xq761HYK+H26Kz'
    'sfNtDXOBjC26v7VN0kYTHyEi3/4iW/yN5PsOi3uPcdqxnthCfWxwHFY54vjAGxNqS4/grjHWw04Zwnmg/X99LthTRDaW2PY1yhro'
    'JnS+13BPoTy3zfjSdYDPiSehvtqMtch2sZ3IO1MEOJREnHpT3KF9PZANzgdF84LbbIpHmyTjQ20x2Z3KvxjyNqo+fF3Rh+4y9sFk'
    'Xp4zxLk92UDulvkhN40n1ymx5+l1zO0/2xyxH+9+Ac3wbY0G2z57GHHovyXnuHSMjxls5wyJTVS3wOa/HPs29XXoxVw5wZHHkI9j'
    'wyqjd5scuT9YPK66uwgmNs7+XeMMx20bfr9zBOx7/5YJzgNM47j2EXhbJfNvs7ZltHy7xBaqK8Pj+VJaQu8srTe04xe1vc+wPWsz'
    'wdmICd9su9+2a9b8LFR3Z5l5crq2qzOB/DmS950DbgBLNPYmvInJ/Yl2wdyZ4M13XR7HsVx8GB2PT7lyXNwomIek5+Myl/vijtrn'
    'zYZrY707vLT1FDc4l5PxDaZ+LEU+sVT1Tkf1tlvKcCL5j/IKorFjdw2mRqw3qTF/0uG+IpKmtT91uO1TL7ljZ0pLWBnReNK7qzc6'
    'fDyHSy/wz6jPtm2Q+SRX1deP7CNtcMiWV77I4fvm1ghrIyp/4ccahzshSdF9Zj8zMQJO9lniZJ0T9o0g0pNg/XUBnfvXgK7xHnT2'
    'PdbhtqSzBPrtRkv9ZwH02lQXjvWxLeicqQbBZeck+KxkAB5mG1EJ7W0DPeU4sJ0aQG3IQb9omdWDf2+Cf982+PcbQR4VXNqnDNLv'
    '1yH9fhXUXwlzwc7RvDFdF+ucdXSfuvpjGuMsIGeQp4XYiNnOweg+6Q7m4Con1jPN5jxFd+9ARUeq0BzmyfrFtKAKrfM8oQW6ejxC'
    '9AK8vxxwxGv7JeS8nJ7pHS54kjV/clb2EpJzb0bL9Y8850CEpyjAQbr/6GgPw6dtCJ/SeQ/Pu2DO98Sd8yTn3bcJH/zH+W4wn79B'
    'fEm6rl956zrlAcLznBsCHiClpaODlk4C+ZfJQVnCa3mXjq59lJ+1Hryx9H6qqa19Bv3GvJqL5LBORAM2AowouOyqyECmPGuuLE8A'
    'OmuCLVEeUXlXw/fXED1CAek/GhDdZnqIagv9A8MBJ8WBEYsDIlmL2cD9Hd7XIB5MRkfmIxyZAuWeQnJ+NcDIKeDg8vie2MKvBuk1'
    'd4fvtU+6J0j/sq+ULuVBr8Rw73vInvRweoK5y2S9ccsXgn77K62quubQYvM7WZ9wnTZPg1HhBp40GEByVPk0eSqj9r3BYmRc/Ti6'
    'Zl3wUV70NLpeeVdqpy5ttKtZZ76PQze4s18BfAOTuyqc0thJU8gazhiuYbp2Wb0fJPVVKurLangYk/p6SX1VivpyFjRKVt/ryjie'
    'mN6x+paXcTxF9U0u43iK6ktpekrTU5qu1qGL6LtMRsNnZZVor2C/65zw2mR3bph8x96rZMY6BZ+Zs2gDqzuXUN343EJXt/fuRDQl'
    'rYi2uSi/bB5aiAylugN8okV+dk5Kz4xxPizfNVucM0eZL9qXcyG9wCn18WFyzhT1nAjrHsahMSggmagZ4Y7ozHvaFVP8P/bsGdh9'
    'svdHx111ht0C7cLysek59HiwG2Blvb3hNIf7y/K+j5Gszzo0fqbn6E0IRhHJ/HhPPobkwf4eqI+Qco+P7x/aCXxjYX3FTEgnTCmt'
    'w41YB76HL7OjKADsRtQvU/8abK5Tv4+p38fU72Pq99HG72PGGVq/j1lE+ypRPq+t46D+xYy5RbYaQ9U+G5u4Oqh7HOxdC6D+NTeU'
    '1quDE9XXb9x2/vwu+3bmLNvJ/HxOIDTa1qfN7rvD/MJ8R+xD6NEI/lsYP+7Bfy/06SroT2RhcZi1AqW0yMOYXP7Q6wJbWcOmFKBi'
    'asRzkgZ7MV1ZobyoH1MLiLqHH7sBPyqGZiK98coy+SmvK1kYcUi5N2rBKVhIi6Gdiab9yZTM/8WIr+q8IPjK9LSHYmNew9+fm/Kj'
    'ifGjHv1O+dHh4UeZPoftsRenfrtTv91O6rc79dud+u1O/XanfrtTv93i/X4OkfvzhD/0/OROResxBzp5Gx0483lpqufBZ1Mi/UHq'
    'azz1NZ76Gk99jae+xlNf46mv8dTXeOprPPU1nvoaT32Nl9vXuO47PTevOkzPzb26+t4ycs7HfT6mo/zn4DbtebKd+9yy5Q8wT1o5'
    'wNcCm9NayJdFtgFjEb75dnsDYnj0O+Nj5majnQeksnYqa6eydiprp7J2KmunsnYqa6eydiprp7J2KmsPR1yvWoffk6pxxP7Vqb/2'
    'M2D94f2xU1NmORqz9Y65r2pm5zcbxk1XjvqAF/k1L8J5cRLwuiPuX/T81oSmMhm/Fca/FmTYKka+b1MTcRedm9vssyJ/lEymzjj8'
    'bmQFyUfvN+Ucftdcdi9R5f+S4m4W2lsg+4eL5vRop/Sen+yeKoXrjUnBkm+qQOtQdh+FnslfTPjAeoDJvmH+fx6kc5BtbkYg/9VK'
    '+uWRsjcSXdkkRx27Acd7sY1fQNfIJGT7uN6CplPf3yKbONFabCRzHydGDLbJpHdIma6OxhTAbd/lhGM6sPXMePUZAn0btnXqiTBW'
    '3QJbNZP4UUx/10R0VFVO2A86HvvlaE/daDiuzCZonMAu2iR2jgrnGJ1PAq5I34TvD7P7Ca2Qz3XCcQVFe76o/i4JHoni4tB17sF6'
    'LVnnkw1t9+KskW4yVjOA/uK4FTQmRJsFTveStTjPMY+tRGkCnq+VwzxfNYiHY/NVZ0FP8J1uzKOI4u5EjVOloqv4TmWTYDxM11o3'
    '4subBeMXhfZhfztDtc/hccoK5rvJKb33zvgGUdyGHZo6NyLd+5EC2hxnPXdI1sNGxZoyuYdL43XYlIuDw1QuweO5UzBPXr/OQetS'
    'BbvCUJ7AY4rvCfSj+afz2S+Rm0T92+DYxwY9HGhknqwZXNf1TM88XYyPpvoq7GsrJznXoHR7BsIPr+0n5vjdBi9dmwtwI+uU6sDx'
    '3C8nZSiMFTn9/DSj+cH0eIyGh27X7BlbCe8+0+H+0U4BHclVk4L0XUhXsgy1Hf9eAukq0seVOTXtZPNTQHzXloX83JjaAFSRPO+A'
    '9MMLw7YAXnnfVrxDvs89AuX/AOnXIX1tR7iNeRh3fH56/nq5nYL3zb/Fua7ULwn+9v6PlvolwbAv+1C4T+xb1Yf0uFOQ4E4VwYVt'
    'hEY1o3H+3EVBehy094+7SnX/OM+xJA+dc1nbxsNeTmUkPJb5fw3Sl94fHq8bPgr3FN4vwIEOGLcd4Tblie4M0wpWxxbo05Ub5PPM'
    '8vxsQ7ht7Jt7abhtHkxcTjWX1Yq59M//AS+ef2dpfbgtb39tkD7dJceryz5ktl5ziE5XwRhPPEc+RizPv7WH6/bKeemBC8TjMJ6c'
    'nbL+07JY7hbh0LmAQ5+4KNyGd2wH+6EPi/FE1H/mc23S94KyNz0k7z/L808P87si7JtXzksfuJfT5DpBOS/9tqRMUVHmA4vEZWR8'
    'nomO89K77XSNJT6ubQ/BRtcRX1Z8MBfpCCZ4ptgf+lGeh9nfeWvtOLLW6N6777Yg/eEPS/1Pz0Q46OGHb4f3AOwfNwTp/juC9Pib'
    'gzITYW3Tb7QeiuNj7yn1M5vbV4rzK28W43iTJZ7/6ZtB+uab7Mq9F9bg8Y8kayMycSDauX81QgxTv4wmbc07pT7yse+4eRodv1cu'
    'Cf9PFQiHzndKfe6uJnr4AUXes0je5xEfQPNu09TzJKrnVZAy2XADyftLlJe1gemTN5K8P0Pr8FRIe0ieu9A6oXl6Be33ynzH4c5q'
    'zyLpqY7ah1cRZLWjnFIfl6wPOzXlsU9FUf91db8P2a+cReTireQ3g9uO4BehjWwOziBl1zNbS8jbjfbu1ahMEeStCoIzq+HbW9Hc'
    'Tc6FUy/P61E7VhMce4tbOmdnIVtXFd7g8WUw+si4MJjHKXC+l/zuImVbFWVpX84nZScAn4e/bZP0YRf53UPy9UhsSbH/U+ZTkvnl'
    'rETnc9SHI/bVxXxeUj/C2J6d0SQWY8IFmA6Cb2PX5iAaZ3KO3xTzTD4OXxjl7NsFPVTo7Nsxi3dH/ZCOhDlIyg5hazonI25OukfZ'
    'nFSWYU5s7YiY7VScuUnnRHy2YjIHh+s45ck4rUTjtBJwcQb8nkrO0XrI2UofOjPC49ZueZbVSeBtRfush6OL0HmqKi+WqRhvchLi'
    'SY5CvOLJUO5SSZ3NgjrbBWf3ujpp7AQ2D1nNPHjz9AFkY1YQ2K5RWa6T8LRbEd/ptWW7IC/j69sIf78F5V1P+MSNSE5hfHqdI+aT'
    '+wjvy+jO+Qj+VtKWPtSmIpIj8HnaBsJjv43wwMwe4ATUtrcL5CxR2+aicwsq/2wl9XSR8esjsCY4/P4SPi+oIGPb65Te+WJzhHUP'
    '3jo4VoBbzBbW1eCKzJc/tjsUxTk4CcE6KQIuJ9GmBkI7S+MtDGQ9m22Z3TbTiU8Q7L0iutSC/s3qw/ckV5J17gr0ZbL+ysbQm8t/'
    'cblspBrDa8Bvn2xedkCfGKxqVlaiHM5CmhvVN0Py7sDtAx/CCuQnvDiHU6w0x2ons6s0pf/mBA68Bp8nso7ts5fha186p6NqTtm6'
    '3SNYtxWjeI7z8KhzFdyBv5dEPd47MBxzvEc+x6axVHXrenc656+oOWfrfp1g3acx613XOf5QKHnJsa3Bo6HJtvdn0zGPP+aqs80a'
    '9FsXR9yM31XMZTbnsRCj+i70QnIXupXGh7R9mlQfq23NKgRP7UK6PvvSOR1Vc8rWbT1Zt1UOMiBWVBSS/zX5ZfEdVfYjcwQ2GSJ7'
    'aBYvEesKKoldhyrGnYk+eCdpg816iGA4lh0SRM6JpLmI/h4YDkTw+2BqRWYdB6rB/IvKr9AcA9sgpoOrIDpEhl+rGg41X9gq5mdp'
    'EdIlYvu1NmKPw3TEU1GefkkeHLe8nehmG5FulOmSa9G7dicc9+v4nFj3KdK1p3y1Ys0sioPgla/V5Uj56qEfc3rm1yDbXxf6Ne+V'
    '0blaNId1Ecrp9vfMKudqHe7UWOSn/VbUu9eyXmV+HK+A3V2kY3ZVRi5G4TGzsZmqd0pjZ5arf6ZnuK8Um6vWBM/j2RxWpXN42Mwh'
    'jT+vq1c254fzuh0NdnrpOk7nNF3Xo8/WM13X6ZyWY12PRBywtRfG/p+wbwwvfcYx91PVN8rWd3U6t4f93KbrnOPCbCeZewEsliSr'
    'WweP2oT3O3q/cSndSHFlNOHKaJMjdDzm4XYHpgPphb36o/rXGP6zimziZxO68dTpwaM+DQiH4/g8Seck+TlhMQOw7UF6plc6R1fF'
    'M72ZpsvgxthPML3LHNZrK3l/QuVcWxkDs5LDn96NvjmpcLg//FyE81mRjZl/b8wNYP47zHcNm+9M9pAdVN4zenfdCjYglWSAqkbX'
    'fFfHnW/RBJuZdoVNoBbGNPzKRdpd1VcQksDnHPDrDLc3A25vsqA7mbJyOSNqD58S0TJHvYd/VmPVY0lj/N+D//gQzGUXzGXeORwf'
    'V4TZ2dwwtKTB4i173RChpyqbY+aPKbOQf8853Dw77v7k/fbuwF9C6j14Y5B+5K5S/YCO30zlAQEtiYeGWnlAxHMMl53d6NGnpPJF'
    'Oifln5MW0Idj+mkzR68gXqw89POzZvt0VH2L6H5RNYHDfLl4W/wJBBeYHxTm+0QUay6uHxTW1h4nfDcin+JgMIXX+lfxW/lw25CN'
    'FjWtyGbV4sCVznQT2t6VztlhNWcinslN9+eS/XlwyqY75XkqTWCnPNPImxP9uslkX8kPGye67w9YP9EnMrxu0jkZ7jnR3rFXtE+k'
    'G9DlN7lzO9r1P9r7n044tvzAwJ49ZjOqxweRPi4d8/KOeR7s1TJEL1ufzsmwzYmrkcnriO0b89dRdEr9dqwTwJPeqc76v68THQtg'
    'fyGhO9WG5Wg8LVa/qL2i2DLrNOfU3rh8kozLv0L5ahMZ0xMqc/kC+10xqrC20p+uDz7qPD6YHA9/gwO81+accMmdVjt4UZsj69yW'
    'v+29wb/fit5PkWof5edWhYHn1Lz6Ko3+c4w/Nq2yYzGqO8P+bzE+ezqv2wb/zslwXM4L3lM8zsAf07FmEE0u4U0j8FHDQR8txU9T'
    'rWnWhLrG4VNN8rkmcl2EecoM4VOC++ZP1kn4GUj00ch16ZwM+5ywdfP/BOsG6Kvr9SkHQzL4x0wChFZSFZWKsaoaMXNUrbf/ytRk'
    'Mm7ZZ4qWjVuLbVkdzPBXs7aovhctesXoxudTnExxcgThJKObbU7qE07Kd5bRPxnVibwlHfthGXuZzUIe6QHqiR6A+XicA3LYPLBV'
    'xHDZPb9VyMYRwyig/NSfpRebpRHlx/cobeDg2PTbyDofa3Nenh3dUTNE9HHWmVcaY1xtoWXHmr21BZWpbC6WNVVAI7am83bYzRtb'
    'f7WC9afSsTI6o8tH6VYFoVs5QrdM4NF727p70bZtXQ9wMgB3bLr3lex9mZj3gFZp9j7sz3Qdoinp+A/t+GO7Sldyj4HFNKx2eMyz'
    'DOEL2F2GWpIP8w/HTEH3ZRy7ew2qOxqzIH1zAvaivRK6kNr0BTZ95cTLuPbclK702PIq6fyNmPkzpTfjDOmNii7NKDNdqhqIT5eq'
    'BLzbOMi/h5wxi76Jzuay0J5q9Buf7WE7d9H5fY6c32fJ+T2NH7rf+25gX++dKf7G0GYqF4QLZi6PhTJLjUV+VRyHtzrp/TqhnmTv'
    'IbLA7LytNCU5DenA/vRE6wWvuXmQjpnCv4nuZWYSsgF/Jdz/Ea0RY815xSGz/71RYaV3skbenMS+szTK9UKiMRuJ+ryudM4OqzlT'
    '+bTx5hH7ebwe0gen832vF50dsPBcGxC/WgRbrYlOqV9I5muQ+bHc6XD/kDrfksw3JfN9yXzanjP4dzbgXh3R45mcbRzu5yK2soCp'
    'b6POBPbMUfZI7InsRGHl6jQAVQR56GwLvXaFw2O1dTmlMdhmo28sHhyL93A0+tbj8Dhw3rdJTjj+Wxd8Gyv4xmDWC+pjaxnHg9sv'
    'kaVNdPg0lmMR+P6mBODQtXOcG+ZdJrP7AMnFLGU+xCq5v7Bqt8atRVnq2D/q3WLwjwb//4013v+bFMDHuM2uO9YdV/JyfIv3/wkT'
    '/R9jXfeISUfG3QfZc6XxIbibi2CfuPaQvXReFzoyb8KmNthVv8ogz16ZiZTimWIQs9mYg3fDarXovVFD32vZ2FWmjMwUfROMx6Mh'
    'qvwS4XODoEKXTkFDlHHXY0jGpkseDVzqpjQtpWkpTUtp2uigaYxve49A51QZZJDCyzq5EeKOsVAOoBXmWTO2wk9Tpa8FODqsR9SX'
    'NSGsq7xslQalTNa+t+9dleJEihManVlOdaZnAjDjpM+hp9ogT+1CqgvxkO2dTqmPVPaNrV/d+Z3teexo13QdUrpGfvQcrqnNmKke'
    'hto2eLyGuzBIX1rI57kg+aa6P99G9EVW6zzGGdth8GTiYoKJf01XMM95pDs/8eJgLg9sD88z/eafWby+FP+qCZ7VoXpxHK4qpzRe'
    '1jaUMh0jOzv43EVBetz6IP3jriBPjSDPsSRP1PhYsjsgGafUbyXGZWan4+xznGsfLV13o8IHeYawa3ZkKsbTEOljg55ENKg4QJEf'
    'Z2ZjlcZgQvvbqnLubvrJS+Nijbw5sYl7t8AifwXQWGwnyfYZGf3NQ7kM1Lfwq0F6zd3czpTxvXRP8r7tEOxXm0iebpSnnexpbZCn'
    'HWgJjueoiwXplXu9w2NH9pI6GJw+8p7aAbwd0j0Irmfj2eTw+NW4/A5Neb+NAGcB6LSjwFH1Xdf+Rkix/UMPaUenZE7ZVubZDxyJ'
    '8MsGD9nZ66R7gvQv+wLYVQiXNkK6ntTbFIMXEfkDcn4xCOMJTg/zgveU78uBRtBre+VAqREu5vvot0a0xuuhT5Od0jtfDF9nwb89'
    'GNjuutEJ22dXDXC7F4f0l/nx8saJ9bsV0ZxWJ1r89yZUfr2jt53pQvOaVPxVZv++EvjeWSjPrJh4wnA16XFj9r9x4uKy73HGsQXp'
    'KfC4uunYHrIvOVzH1ma9H67x4EfzGI/W2Nm6ObOBUc65LVjMLeNl9t0WpHfeW8rLMH7ZS39yU/y978SIY9Wa8Fjl0HEG0+vQuZ0d'
    'oX/7YKwaHoL4Yd+xK1/8nnl+ymfa1FMJstBt9yYb00VmF1gU6CErkZyG8fUihK8XEb6zlrSzAvhOdu+4wSn1C9uI+vxmtAYqHB4z'
    'ptPhNpQ43SZZ828n65/Jsiz1+roYrR/6bY7DbTTZu2PQu6Ph3VSH2yzPl7RlPpGnvXJjoN/MZhTbiTK62UX62oP6Q21G68iYVwp4'
    'fYor49GpJNMxt8aAh9d7lPJN0KYWgcznGqyXaWT8vfzN8B7naUJtpXies8BzWs+bNfgsKkNppW6fkLVHtU8sUOwTrUhP/7evBOnH'
    'vw37wMNBnqOAP6awRfJ1M6rr3+8DeD8JvtUhOLuhHb+Huj5/R5De9ODw719vJvMX9x4yvo99kVMqr1cg+nERwRFZeyj9aNWsk2rB'
    'GhWdLTKcy6IxEeEcrisnObvE7aXwmW9jBv9iBP9ihNP0PnL9H50LPDR1g3vJoadRsnfp6gvFigg2zZtMbSTY/OI1iNc9W0NHorm1'
    'wecoY666/+LBOgLaUk1oSItEl7rJgrfvFOg7Mc6K8rYROaBDAoPShQbQkzXCtwqk39tAZAqs++tSyBtZBFd0r6tbotftRjINbhez'
    'n2kk+S9V6IepvtZr4wTYH1kZ3XzY6Jtx/1X+9UQ4U0X43B6kX/Zg/xDJ891ovlVtwvAYblwC8G4AnaZOB34Mkktt1tsydhaBUq/e'
    'D6M1vUkyD6J+sPm7EuaQjYNu/raQtN3gPGKzYD7aEL6xe1XjCeweg36YnIec6fD7kHRtd6O1zdaHydjRskWYkyMsdMN9grWsK8N0'
    'dGOBduH29ClonegMSKZLZeupBdkfTEb7lff+AMJPr82PQ5kx/stMNpcvHHoqCoVK9u+qQnVNobaunj3Fhvphehq9/zWVA7I/MH/z'
    '+eO/lfoW3LvXS78UPBde+GU//fmsRdNfM3vea//3nPMu/NaXvjQLPr/44Xd9ycRT8Xf33NrqOrlnB/+5xwPdM4FTlKCufwT1fOmC'
    'h7+EHm/m9ibqUX3VEyb+j2+TfW1hv74Uen57K/414AzcNvjn/f/CAa+fjv/f/sH/nvX/P/jc+txLAHlg4K+h+ixMazXPWwXv/Pqn'
    'GBQ2urYi9vAss8+TybnYl+JcpANwIsgyMwR7cQHgifbiGRL+qY+kOyU02FYHrOMrfgk6VJM9X7cX9CAarmtzm4S32kh4u20Cuh21'
    'jV5/Pw06Bpk9Aq57u2E/cBmTefXasRvx8knZJWD91Ua0J7ZJ+md6FvFawFvd/HdK2m/bD9oGzBdsgTbNFfDr28iczCPfNxF+7wjg'
    '96LaUZi005afkOmHm5HugdKUIy3a2StZ6za+LuYj3DU556P4Tc+YusjawOeLceHbyqQyGwcTXlRUXiW3UrsbfNZmSvu7EY+NYV0q'
    'wKEs0oO8QHDRRDdlY99jIzvI5PeNTtgnoQoms0f7MhrjrRZjKKK7Uep/P5KxTOuPUs8lSE7sVOBSFNhvQvtHZ0xYZ4CMJpJ5d0aE'
    'uRj1fQfBp3ZEg6PAPgLpAbZqdEudEeuw9Sci4u960Br2YF6YCca6HOuZnatV3sf1pezdVbcE7yYi/erjcF6Q28d1i3l0tsB8sLB3'
    'L98TPjOftC9If35XNH+mfv0At36w8LllHpsHd3LcZO8K5wXv5qF+ee+89DMf4eeW7FsR7om80M7HmX07ZVOQfvij3LaD1TPrjeFx'
    'frI9PM6dF4THedE1pXAzSP9+NrT/+27g+5TxxXhN9Frgse34m/gUarHYa7YQ+thN6BK1/1qBzkTj7iUY7gyAa8q3mba3iGyN+ixt'
    '3Lx/r3EDedDElpPyMvh32zDihCof9pvmx1UY/McSiT50A+EDRnpfHgb5D/flwGHS9i+Cbrwc9IHJEitzQXo8pCdCemouwPdKRmdz'
    'sK9NCtJ3TeLrYxK6h3AGlF+YK10vq6H8lagci1mC8y2FfJdP4uvKa5PpXlcfYTxwvxdCepykH7R9RdAVTUZ8B5Zj2i3oGdXHi/hC'
    'zNtMhrHH9W5GtNGkXkyfugVnYbg+2dksPWfD455RnPvOpGfYqwCk5JYdg5vRwLXhU6rIXtJJzm4XITm4k4zHbME9nq0kz1SUZ5sk'
    'Twuy5W5DutdWZGc13ym1R8G6K1le2XxVwR/Gm3L5AWV1iM7zp6LvKthYN0Fth+k+3iuQe6jNr0i2tj3T0+lRqN5D9B6fw4n0L8dI'
    '9L09gr04qv7XlHfrQPaENjxaj0DHJrLJbnBK77KZnk+rdEk9SMfZQPQflJ5S/KwBOQOvkW1EN6drp0iv2Yz0miIbEhMbiS0EJ7sE'
    '7W8CO0nc/h0CfBtPbGgbHfkZyk6Cp8z+EeNsDWlbm8A+hK5Hma6y3WAsthviw3iij2A2LvS8gtmSiOw6G6EtOtyk49YlkA8aYbzY'
    '+FVKaNNWckamk7fKRQd6yPxNhfWB10W7BT1ts8D3HsX9oyrBGq5wSu8zYv5AxjPQch7foCsX9SxVpoM2tZcz5W/i3mOPeOs9O6J9'
    '5+xP6mS/QWxkqXlsbHxNeGiKS9UEl3IGtpfzHXOfP6btKhdc1V2FcvkIaIFzBRfJq6VxFTKHzZM1f3I2sdxdZ8D33/IPqfGMtQ86'
    'gYWL+VMULM2495Hq0rVltFaGOmaDTYyG+Qnig0PwwfRcBMd7WO+kcceke/W/+P+fwjdbO9Kh8ztjEm8jypnXXKSfY+9WIHv4PLL1'
    'ZveP6hAfi+/VdUO6keiMcH27nWhngeXo82sFfT5L0OczBO0/JcI4LBOU6deUaQU6gcswmbiP5D2SyBgNAj1ssyBPO8lTI8jj6dxF'
    '+tXhnL+3CubvIsH8vQ69+7Zg7j+wKDz3nl9HOvcLJHMvssHXzb3sTFA199QuUTX3rQZz32ow961lmPsKy7lvgHMLfM95qlMaY3Ee'
    '2C/kEbwsKj+PpCdBX85zArsCpktS6QKwzqiP6JzpfScWJ4b62NDpD7ZpdLZYT0fvup6E+nuSZjxWIpw+JoJdxkll3JMYjf0/9K55'
    'SvDub+jdGHj3HOLbppB5ngKwfivIM21KaZ4DsEbx2Y2qzV6Zn3t2I4gu2fS3yUI3Lbov6NX/NWTn1Suxp+0R6G1Fd//+HdlWb5CU'
    'NbXjFtWvsn3AOL8Lnfm2O3b+aGibizBWEyzPTUz1fKyOs5E9cz/p/0YDm3l2Nkv1lP3EPrQrpr1zp6TuI8FuznRO2yPcFegiNMPk'
    'vDZnSUdEcuFcJ7p/u0WQnuCE7a4WO6X3FzMK/avonaezPzGirlQWY9gUBvX9N1R9bnLi+f+T6aFN9iwb+oz9UFwC/WxO9WlCfdqq'
    'w0Cf1ojOKi6w5HcqiD3DIRuQ1WrnzF6Z49HaWXpzkD59I7fXmGpw/hbHpkF3n6oB8UUO+Br5Z/AdcvVXSuV3WexPVfzPPku6luqV'
    'QvHsySFOsnol07nBtqk2/LFsX7el3yqfrFiPa+uLVeWDNWmfYEnj/yh/MmL8t3gMyg6V/qqB2BvGrc+1LJ+3LF+R6vrlNHnKoWFl'
    'NLnSHClbjHT9mOde7sj90pnMZSOSNy6D8kyf1gZz/Gagl+k8D+08M59DbN7o2Sg9c5yHvjmKvNTfeqNmr4pCH1Zq9Bv0br1OhyO6'
    '2071H6Z6EKzDYu3aZWm/hfW5p00I1p9If9VroTd6WqBHo/aecfQ7FN5+8nuzI79n6uv/JwRnFfS+vcynGJ1fURui6rJEc2iib3qO'
    '2OA90sJx1cQPU58En03mt01wjwrbwdL7YG0WY7FLcr9ps1Maa+MTLfxOlEr3ONRzF8V+smOwLycLdK4msrCpvbhI9hbdiRtqnWxr'
    'C1+L/aRtJmO5VWLTT+3aOxw7fbdo7LYqdPrYn8Jz4zkd3SXpG/W9sktyByiptRXH1rhdcLbi9fM7qJ8vxpg7GT3ZUCZ6Yktb9wz2'
    '81Xw7mRy/+wkuH92xaTwWNI7dl75FXCPbVnO7J4dy8tSkc8N2gYv7yJ0f9C0vYvh215Je3GbjkfvvTE6dnxgR4BpyEHD+wKmZ14m'
    'fqhMYJriJb6PHXX9eGPzx3F8bO7Mlub/VhZ8H2d5/Tcb5PlhlsPz0hsg/Rr6LcIVEaxboMy3Sb3fg7zfQndQvkLy3A55/oTg3Uvy'
    '/ADy3IHyeHV5Y3PduEBHjGn1y4S+bhDcrxHR0m7B/InuebVZ7LGdBvO7A/WhR3AnyUvXueqYFXR/kNHGcvXh9HHB2ZHo/HMr4QXa'
    'JG3H9kGiNrdL7p5tMWwn5uEnojHvP0z2Hhqf5JmxvA/l2D+TbPtTkP434XVuGsvv88ddv0O9bv9pbHDGG1cmxW1tl6yBLsf8bKtb'
    'Mg7U/uqNY4M7z/TeHca1FwQ2NSoe1kbm6dTwrMxf7YLBdi4ltmT4DiOuz6uH1UtlmC6JHeJQ08qXmgMdle0dZVPfA6I7s6Z2Nr0C'
    'Xslr80+buX6gX2JL1GXQvudI+zYZjm0cn51/IO19xuDM91+a+doeqTKUas2sR+031T0mocfIuvbzKVoji5uD+yVD1f4tCr2Rrq0V'
    'zaX6QBMexHYdD7Ve5cEx3O7CROcg2m8OamwaeyU23sw3wQ1jgvYnub/a6HpVe+f7xgQ2wab+gul+Xg5ZxfeJOya8t4h0AwsN/QGx'
    'vLjtJyOfQlhXsILI9suJD57TyffjQfY/brDN04eAf94ooRvtxPZyzBC3R6Z7ZO35Y9PwtoeOz4+bgnt35YjbbMLD2PIyjIf5FIzj'
    'cK1ZulZ3DrZnraPXr5ms0VUWesGFaH2awmdrdlVMfeBCQ72ib/vXxOl/OfTxIj7CxCeg17bqIWpbT4S2/Xdj2P/7UNJRxoPePkTt'
    '6NG04zONPE4LW6tfmSz2F0/jwrN8fRJ+4EUE16vrqsbSc0XTu0xxedY4ssUWgVzs3/9r5Dhu49d+g4U+TiTjimgvlW9mN3J9Y5dj'
    'Hs+pzxH7juqxmLNNFv1i/PQ/GriuZaTqivy7Wg18XMs1NhsSpHXXNXAcLYc9TJw94vIhaluUcXtTA+cph1v355//ofbsKqNdCPaF'
    'KdIFHoqJ0BDc/fHg/Fc+SB+G9CFIfwXpE/nSO5OPw+/7IX0U0qcJnP2Q/jwf1PmXIq/zIMnLyh6A9NeSOp8mdT+jqfMXqM7ZVeAP'
    'G9KFkI6F9CRIj4X0ZEinV5W2ZTr5PgP99uq8uRjc4fPeHVEPsYwhXQTpxHrx9+MhrYB0BqRrIV0M6WySv7ke7m8WwzxJOfCLrakD'
    'EvzaVSw997DVGYnyrHOHRn/96mKYD4qy90a9AzqnWB7bK1O+tqbM9evk79/VD0/9rP8/ruf+C4dSLynSCTBe9Yv1nL+KekY0FGtn'
    'dz2ntzMJzZsA6XhIlxHatgrSSZBOg3Q1pJMJrVwLNG8dGpuRbA+2rH54bULHIry2kd1of6idQ6fC7kGHL8/WBX5fo9zzT/pM6b66'
    '4O5Y1DhnMv2Yrt6v1fGziOE4B/Da8ME6uT4yjuxuyo921wW+1Lx337Swt7pVY0uF9X/fgW+nQfr9o8JjKrL/uo/UcRPkeYDYa+E8'
    '34U8z2b1dfjx2OoC/0Ujtf/Yli5uX5+rDXhDnY2mzTnMUOls76wN7utguYnKSw9L5CadvPQEyCxfRnX8lsg7rMxjkP6S1HFQIk89'
    'jOQq//wf1TG7APs1pIsgPRPS+YXSOli+NZCeDulSVN7X/6M68iAjZarEMtR8ImOx/ExmmwrpGZAeBbLWW2sD3ad/L4rwG0cQvqIZ'
    '0rERZavTFHVNltQ1PmJds1FdUfgiXG4qpMeR7/OgrmIt3/eG6nzSq/dPNUNbL9trHqrhPIeNTyERH2RaVqaD/joag6TOzDca8F3/'
    'UsPj45XrrH5nTSlfUw5d6zMaO4Y3oH6Ww/bYq+PkmiCuDfV3ZXvHzFQ+PRrh73DfzXIQ/ibJL+r0S/9VzWNHRtGzyOyBffk/Qdh0'
    'vL5ZHY7NFufOgQqO7h7CT4eAr720OoAzEnk9r33nwlxjPug0Db/D8s2DdAHhl+YA/3MCgi3ikXAdrQVzXsyDPa2a81aMD3AhfRWk'
    'ayDNRORBqqo5XSvn/szW3R+qwvWVyx7Cq++BIaqP0axvCeorJ5/zb6i+9Y46zs16xzyGTZ/EhvqyKr7fJ6lfstEnXYzaMBxn+n68'
    '0Sq+fyRtUzW9qvw81QYNXmWHoQ10Lf1XJY9H3U3Ger/k3mOjW2rDTe1x76vkMb+j8HGmPMA3KsP8YrnO9L36PjZE9bG5eYdBfTb1'
    'yO7FsfOydUNUH6Nzp5a5PkpXZyZU3xbCU3cRXpvhS00lX99x6tvlRD8r+W1FeC1GaYNOPry/ItzXobyX7ev/K+Tyhq0tMF0bHy8D'
    'bDZHl6OxK8e9tY0aGL7+r4KvjXLfnfNja6Px3CWxL3qjW/p7M4F5hCuWaedV8DtBSZ4BsHvvJnfmTe+lZyq4H/5pRE9MZRtTeekP'
    'BS4vmco0pjrORxDsU4jedDbRC59lCfvWAvfZnZScpOM5ngGc+WyB+36PY/vrwfpAgduoDce9RRob821oXDdLdHEyG+EodzIY/CLg'
    '5lhSxwtk3e9Cc0HvX4r6swzBpD40Okg/2zW6VjZnUwp8n9zqlPpn2WjBw8rmgtG9Amp7Undu/5SXw4x6B8azE5zolNd2yqvnjjLX'
    'w/aE6/LljwcgG8t/yg9fLILNeU7XLiV1f0FyZ4G16drJpfLW6xEslQxocv9hTT7wDTySfcYcIWjjUPtA0p2j/znH188qco/yOEhX'
    'ErivilDPL3I8JscGgufPGMoId+cCm7ahslHy6vxSLvDtWg5bJP/8L8fXRAcpY3qvmcHag8ZnqO6brEd1DoVPQP/8H+HSNoWOUoVL'
    'S9G8Jn1258GfhOD3aniJNou9gY17DuENlSepnLhdwruwvc2jby3k/qVs7Z8YYe0/lg1s4YeTDhaBLjdGvPfwANjrfBHBYGdJ52jO'
    'lFYjOcuD8dFsMHfYrmYuuROxmNjlHEu+TwW7mysEsKLcq/Bg9SBYM8j9BxsbYl//j8bp4vvgnu89pePywx8G6bZvQAxFiHVx04Ng'
    '/5+V7xnthjb8y7M87kCU+FUyfnB6lt/1LKdNhX/+h+qi/d+eEM/Jxut/M3y8+knfTWj2domM8YtM/Jhcd2cCu2mV70odjTnO4t66'
    'CW37XIbHbjndkg58OMPXiImdHf59aP0jGFHt9i/J8BiXunVG18F6VHajYB2obI3Pz8SLLUfx4+RMYANTLj1Jv6Teqagfcc+r/Lgu'
    'mcCXvI43YXGpffsfQRui6uk9eL93+bz2CfS5onll53e/RmVt1rrv/8vlfVfpyXHfb0f1bSdt3KixX7rR5evXxm7VK3OtoqzKDtUr'
    '8xHUz40aWwRmb/YeVMbEH7x//8/lsU9N9pwuCU52uqVn6UndI/Tv/7vR4m920/UP42N6l9b3/4XKmPCEXpkZqIypTr0FlTG1qa5x'
    'eYxblczsr3+Ud6PmHPovjj4vW49erNbxTvJ+nnz7X2iH9/1/z4E4h+1B+gKkz380yHsPyvvA+UGafUuQPgl5j+oI8t6iyEvh3ijI'
    'e/Iucd7/J8jb+V5xG/5dkZfC/WeU9/lNQfp1yTi8W5H3FPj9Ycj7DpTXW7ReWn9BuGwRaCvNe/U6cd52Qd5TLhPnfRPK2w55r+kW'
    '9+0clHf3duBRzhH3bY0gL5s3mvcEQV42FzTvfJR34VeDdN9tgMMgn8y4Cex/Ud7/uB3uve+De/J3BGluH6x/lFcn99ShvFR2agG4'
    'Y+8Rx2/VxWw1iSVTQWg209/iOEjt5JttHKQc+l0H3z25YzXgjPfvwWF3foPK0L5lYvSth7T/VPStC/WRxQJm39idbbYnLxOMCdNT'
    'zRd8Y+VmCmAeOktyeFzt/fDuCMG8sHpYLPkG4H9w/w7dJUd5NmrmUBaXqCHieItiNLNYl6r9HMchPyYintnqhinfYdPXMxx5fHAT'
    'vss0drNIbjBtpyie+FaJLtUkxo7OV7A3Z++C+RvqsdG1ax3sDaZy3/qY99E3WvSjN6Gx98Z9egxbuG7H3I9hr0F76H7VAmvcAbzN'
    'OOrYaIUINGiGBL93uaU8cBQ7OZM1soXw303j+b2hraRNSdmlbCG42y+RBbyYH5MlbekVnCckVe8D48J3p4ZjXry2fHVc+C6Q6P62'
    'yf2e2+DbI+g8WBdLxfRe0Y3w7X7De0UsxsqtWW5X5vW3d1wQOx6XvwvKP2zZX9s24baw+C9R+7FqHLc57LS4N9FNzldNcXa6pD56'
    'J9GUHujqqxTU1++o44rHqe/3Y7mOR+angt7ZNIX98NjARtX0PGKbhNehMV5M90n/zl+MNpjSH1H7cBs+PDaYU10bdkUcj3bCZ+8Y'
    'y3GI6s+2lgFnL0I41CfBIXrH1BT2mrHc//03LWiqzV3JoabFxbHBPmjiHwTHz7olmzw9/X1z2H62n9im9Fvgbp9hGf/OTzO3Q9oo'
    '0W0nQQO+gfq40ZAfTmrtfwT1kerv1zvqWFU2fdylqGe7wibURKePz07eiurZYiiTRNl3T0dzFpcv7pPYucrsS2cOQ93M9rmymdvl'
    'dkloZpvlWD43hvdnKGUP3+fvmLCNdNKyhlfPd1EfuyXnsbbr2HTtfRL1sVvgSyEpWnI5qqdHctehJ4H+dEA9SfNtlE85u0z10HFb'
    'ArhhWk+SvF+zZR/7IvbxxSazPu6U3M+KI9f/qonj5Q2EN/kG4TvuM7ClvlPCq9zeFNhWU15oJPF2H0fxVG7V+O/AfaU25km1p6+J'
    '23lukMgZDJd2WOA9s8m/uInbpNrycJQevCoGLLoejkX93mjBp5i2dbKirbssYdXEgEX5s781lvbbVverG9f9jeG2PhMR1n0IVruG'
    '59HRoO+ifsv47PUafkPmZ8S3+TOAH5WP92N+obGIAh/fad6B2tohKRtFz7oGbHfWIfhJ6+A8+GdI4Cehc/NjfgrgJ6Vj8+CPbwzu'
    'R5ie+3QnIP+92MDxJ44ez4P1VAO/37El4t5gi1M/illnn8UZAKMZX0F1DoWc59V5DZonkaxgs29cFgMWpcWbE4DFaOXr0bhuE+SJ'
    'c54q8uHj2/wPQZ2U9zmyIaAjtry96TjmG8J3aOL6Q98WYW3+d7E87bBdr7cXw3RVtRZ3Svhemzo/X+R7RdK6dA/+1UW+7uLozn2f'
    'n0W+BnaQ8d5lyAPb4sbFaHxUdXrpRa79+K9B41PninFJdteN0ohFMWDRtT+5yOU8qn+n58Eq2c30DODmrFrOe7E+LP/TezKiO3wm'
    'trvnEL+Q7M7wWWDT+6thqPscqPt79fyeVFuEcwub84r/ENS1zYJX67Lg594tqKs/Yv90sscWQV1HufZj2GMwhufWh+/3qfQR9L6t'
    'b/OPYOhkpXbJ3jrfAoaIL/f3/wgwDhAYtfX87p3s3KbXcn/14L5QF4b7TAJw9yO4HRJa2R1Bvv6RAK5MZrXZP76J4NJYKSayb68j'
    '9h3+aQR3s0Sei3K+9l4DuFH0C711HFdt4GK9QptB27ZHwKlXC+D2O+b3lrok90+XIbhJnVV6cI9CYxnljM6DUV8Xvkt8gIy7iRxt'
    'sm95MT8aDc+NZLLmf0WAQWXMBwxg9Gtg3CaAscWyL18zgPGcBsanBTD6LMfjAwIY/YbjwejF7toAx+PKRJSv3wQxMMp9nuSv/1ru'
    's+NAGfgq3fqYU8vleBNenNrf6HjzMTHh36KB/1JNeK5Evo5M7ITu1NS1v4bHuFyY0/vlWIJ8y+vu8NvcI/x+TRjvRXcUlyHf9fie'
    'v0yWuS5huExO8WJ+UN2FyFfB8gTlsv4hrJP18w01fM9dg3yy6PCE+qFaQfpySsJwWXvn1nBfCveTu8BPQfoL8v4BdFfYv6eFYLjE'
    '3wL7XU/8/ueQf0sPRjWCwe6RT4d0FqRTNDD+Xs39AVBZuMdSjvPgPSmAZ0uXS/Z/AbxejR2SyG8ss+G/RQAvqozswbu+mvsUYPst'
    '9Se7yxH7nf+ERdluIqO8H5W1OQf19380Bh2G/KIoRjub807UFhs5wSvzRouyVA4+U1D2oESupLzYimoeZ4iVfdFC52LCQ09T1NGd'
    'UB1VaAy2EFn9CFd8hsDw78Uq87IU/35XxftmMl42ZwhMX/pgFcfTLgkudlnoC76P+tsl4Z3bBTTQ5/9RW7Y68WKQ+PZ/Cni9ljZl'
    'vs8P1DcZvF2Scb60KuzDpV1wXoHHaxeUfRsqa6Mf9+/8W5Sl+PfqKs7/DzVP6fP/qO2MTziZ8DfLJHzJpAhlGe9Rh/BG53fKhN/7'
    'e2Uy8Fj7nkTwzpH4x1LFeaLteyAheKx9t1Tye+WUd3uQ/D6AeDn//h8qu1/C3/1Gwu99BpVlcA8SXlFW9hpU9qAgD27H/aTs5ajs'
    '0eBr5lQSu2ptoTSmFYsH2ovKzrQsuwGVZT5vFhOfN4tI7KzToewFqCz1k7OExPyi9Z6Gyi4piGN1ycoei8quFuTBbT2TlJ1ZGfbv'
    'xsZmtabeFlR2ar1YJpDx71WoLPV/P4uUnYZ8Mvr7fwX3+dQWwfab+ZV4WgBnWwQ4jwjgbI8A586KsM+sfoluju1F3zYoQ/egL6Ey'
    '7Qp+E+/7nxKU2Ul4kpdJf66pCPtWUvHpNmeGOy1hd1vAXo/6KosH0EnG50KEA5sj9IvBOVVRd7ek7mMVdXdb1D0dxRzZYnhPRSe/'
    'Mv8sdahfIh9sItx2DMpQ3H6uwMfClL8XnbseKPC6KV/aLuBP/fs/ijK9knrutijTyex/DcrQ86GvoHEx5dtFctsnDereRfDqgwZl'
    'niJlLi9wXKRldPF2dH3YLBiLA5ozORGcN6A26taZTi9Dz1xXF8x8BlIbM7qGFkSEQ9fVkYZwVPe6fft/hAsvSmwwe0nd/8jzMkzP'
    '9AdHHMeE9ftPBmVoHw+iMutc8V5K/aA/mud8/spcmIe31fX/IM/9KN5P+G3GMz8G6ePAK/8nKsP8QP6Phje/HpVh8PZrePJ/R2WO'
    'lvCZZ6IYtl6ZDwnKLCc88XHot+/zV1DmTBIbdy2ppx+VmWnYtk5BGV3bLkJlTpfw+FQueA0qc2ahtKyML18tKLOWjAF+7/v8V5Q5'
    'XVJmZp77ymxTnM/68r8i70skbyPgDl6bWwz2Y8YvuKgulb2Rb/+TC+cV2f/4+j+UV2XX4Z//5XgfbG01/Jh/EcszGnabpLwJb+OV'
    '/7qgr5SPZfYuX1Dk7Sb88ScU7eo2aNf7UF0yfSZr1x5U19YItlY9qC7KR2wm9H+jpC5T318XKOqisUxepci7k/ThJEFekf1MEfSF'
    'NO9BCb/aivL2OOJ4H+z86UgYmyj3l33+H9W1i/QB78++DzWUV8UjeHn/muV5WWyP10j0l783yMv0bQcUeU8kcB8xyMvg/jjLec+o'
    '/EIRbCrGl8EO2b//l+X+WR8jPMHjiAfxY/4q8u4nea9GeVksx4WCOPQ+/4/yUh6A5t2O8lJd2Vqkw/Ptf1HepYRPmIn2fN//B8p7'
    'mqBuzBdcqMhL99wzs2HfoHRPWy3IQ892jlfkYetugSIPO1c9RpBnG7X/FeTBZ1r+/X9BHrr/1gjyYPtrf/2jPCLbLV//n+F5NkrO'
    'h57NBL4Vbe5F+/Z/CtiMdj5GYJvcPfbXvwD2MyTPHQi2Ke/k2/8i2O2SvfvLgjw7Cd/yOZRHxHt5ef5NkYfxT9egPB0SOe09qK+m'
    'Z/q+/k8Au5fk2YbyiOyhff8fUL/N/VX//N+wXD8Z21dblmP1nYj6slnSpqWCPLT+OYo8DM40QZ4XCZwJijwMTgOaW1N9or/+BeV2'
    'GOD/8y4vZ6r788r9j8vvSsW1r3zI5ePSJaGTP1LkYXT7dpRHdG7v5bkJ9deUN/b1/wrYm9n9H0UeRss/rsjD+PcPCdrYbtDGywWw'
    'D5A2XirIc5C0scctvesbZ24vRvWJ7g37MX9Qnh6JzvdMRR42/6sFebaQPMcL8vTR/V+Qh+LaMSiPyFetv/+7Ybql4/99/3+W5Vib'
    'XJi3uPc3/ZhfjlkbqOy53+HjIrIv8fV/KM8OiZz1U5TngIS/+iHKI9I9+vf/HL6WTG1H/PN/BFtkt+HL/4Ix0tkC+/w/gi2SqXz9'
    'vyIPi134LpSHykUnQJ7dijysH29X5GEy2GY0jqa2I/76dwJ/dUnZGPv+PwTjrpPjWMyPeksbYX//R+VM7VL89e/w+Aq/IfphJt81'
    'C/LgGEM0TgPN82Q+HAOhAP92HR4Ty3XM4wHg99XoPfa5zmBUwDq3gX0xwPWvFbjqJ+OO7scfmM867GkIkr2O+dNyaE7kOczmpgh0'
    '863pPInnyYkzT452nvA6pust69jFOEjnTzB/e51VZMgrHSe5KTSdm7hz2wLlXXhfB+XGorz+uRykEwdK8aKg+B4X5xjs3ZBePDC0'
    'Y5NEG2zjj2QitFG3v2bR/jrBou2s3zY0/4gIdXzbsg5K1yogbxb+cBkRHNW8yuoV8SuqNtcr8DBuea+/JyPerBHSiYBTXr6VME4u'
    'fHclffP6fqJhvxlusnrHg14P82+nOzwWnWgdtUJ6EVkjjYQG1QINqnIOITEz2xc+LuqLITxHBw+3exakbyb02THA16OAf28BmLhd'
    'ldAudt9wFuqHqF+mdbI10gR5qhDu56E+Z5/jXPuoHk8LCO+ayJ6RFewZRUSPvLavI23zZNaPCvmKzCv6Ybj3j2ApHXoGBvbsYXOO'
    'npOdCE8Loi0Mh0znTiUPjgccx9/mOWaxF+O0qckxiy2YAfkY4/LbFeuhBXRaLtCyOjgvqmYwDyN+1QIFs3YyzEDWWnBB82z7FAU0'
    '2reLgr0Pz2Ub6P/YXDYADoxxePzTQ3vBqqAfdN05EpoqwzFXsD9+m+yPlZK9thig3yHf5jSG4jZyVmhyr6HDCfuZ9f0DODzu5fXw'
    '7gPwzsv34HTwD4R0Ra2oXWw/9O2DYN3j2KeLID3BCcd1XQzpQjKmIj5W9C7VK2jW5DatakDx6EVYylvI1kJOwDsshblfD+lOSzlK'
    'lq8O5RsPf4zFSxo+229OGvyx0uU8XQbxQpWEBo2Ds4wBw/qofFdCqxT8AaN1Gwjct6RrpGSN7H2rE+fJ6FZQPcHHyxCvnM77K2Pe'
    'm2DuF6J3jYpzlbkJnKu0QL3eMxny1CEccs+V7w20/Y0R+OtKwl9PgzGYgOBSfgSn2wS6A9WZsYt0j03s3i9Kcax7fD6MUybDqPTl'
    'IjmY8U+TFsO9BMIreenL95TySuehPJUDpXmqBsAu2QliSHrvzoX0goTO4nJoh5ftb8y/wBio4xxBaqOrG4tgTc6F0yh6P1M9iE5/'
    '1WgJrxGlGcCDbTB+XbAO80a0dlDMyo1yPnQupTB255C1MWix6MnWrsrfNijQrEJ87D8BfWJz7Sr0oA0gi8nWEMXVXsANE9h4DWQV'
    'On2sj5yP5DDHsF15oC+25xf1JF8S+iKb+Opx5EpWTwb+ZGPL4sVTWtNoybc1wnvZuU8jvNfFn5fp9l0BPNeChmEcOgbSwoAdHWR7'
    'NB6LAuIhmO4P88CNCC7DA1s4TQiHWkC+ykCZmakuWahLFskNAjIaSYenOsfMlhmPfXrwBvB3eHFAB1S6NbruivC9mqyJueT8xcSO'
    'opx9bHlfkOb3jt4+fv39o7+PC78apNfcPTx9zA9BHx+/A2Sam0dGn4diXnN3gy3mXSOrj4xvwnfbmF11jcCuupPYbGP+x4Zfo+2r'
    'VbRvsiP2LdMO/Z/iqGMhrTc4A3mG3Im5XFFvWxnr3QD8K7Vlx/VtI/cDRP55WH7TOGLUbl4Wj13lE4XZyC8G/preCVHBsW3vJkfs'
    'i4TebzGJV/AcmQMZTpus8+UC3K62xG2TO26m+IdxjN2F8OzqpydQr+ldJt19ndMd7uuV+vLcnFCf54FNvQku68ZhfZnHI2n8q1Hg'
    '3xzH/B5er4Qe4XvGpveAbO4I+f6oQVfbCmdkuP6R3vaLUdvbDrO2z0M4st0R+22XtXmo2xp13Yjsk3cr+OMagU1lBei6RL7dcLxV'
    'Eb3occSxWGY4drE82y3h4zMPXV7R2BYktMfERrSC0CSZHkxki6zSz7F2mOrz/Hueg39rUZkc/Kn0q8x+aB6sbaoXM9XjZkZAPSr9'
    'q0hHaqLbZPmroXxOY1PaaKknmqiwl68WyDNx7wKI8PRcZDuNaQg7s2tF9l0TBLpyB2wNsa4c2/eOA1hVkrsUxQF+hukQm1sHUhvY'
    'jYJzyyPb+T1G9m7NRvBjgM4p7746SP+tPUg7LuH3GFmeNR8Q55mmgDPu9eDHQAHnH6/jPoqZnv+lPaXtrxJ8Y/2gtA2PcdVA6fmJ'
    '6Z5iau8kwyffDnGheX3j4fxUdB6CdYN0LLBOjdpstQB/gu3QOwCXotq3jjL7kWx0rTjHB+WzV2+JJ+NlKH2wOb92CA4dCWvtknUQ'
    'Pwx989YR/lYroB8VAvoRlV+Tra2iZI/wcPWzElp98Ea+38Udo323Bemd9wZtaULfrgH9309uCt+v/ttXgvTj3wZ93sPx5UCbeyAt'
    '8NtF+xHjZxmsBsE5aN5A1mT0zfu7lNC3VjKOjIYvIj7BziT+9RcRX2FfRrYjM4nvzdWkzOnEByiDPQtgfRz2GuzPbAlpz1JJu1gs'
    'gSmO2K8p80G2R9HeoyV+R4+V+FPtcrg/s+WSdp0JedscHs+L1jtXE0OBjc+5aJ7WkpgNFOZM1I4i3Oug/mIXScZ0dYHzGGM1Y7W2'
    'IMabVskcs3tWIv9zrI5TID2BzCltw2xJ+WVknuhaZjxFXJpXqVhvMprHbEK+HYPmzXbs48x/C779Jct1vvMcdYzIqLCLoAMck0A7'
    'fd+RoNfG8na/E47BYOo/N46Pozg6ks+Pkn70InmmV9If0ZmG1ncUOg/DPhZ935FO2CfiJpLnLCfstw/7avJjR8AeY3M2Y+KPGetr'
    '2PosVx1Yz0Rjkuwoo45bRgerFXSQylXzLXmjS6B8NfSr1Ibz8LH1yZo/OTv7If9eXFnsh5K6/xeVr8fnquuJ3pTy9SIZIGk8d9F3'
    'ZsOZ3m0rtSmedp5zNZCnKYhNMn2mmdizUXvxDJmTCsTfePtUw2BL/n973wNdV1nl+92bm9zmH0napgltKAFaKNiWoBRKCxixKiqW'
    'QhkKlH/5c5tA0ps03rQ0AhZBRNHnn6fzdJ7vzTjqejLTdvi7bOH5LCgUnoiCoou1cB4MuJ7lDTM6HWfpiPbl5Ow9Z59993fO951z'
    '7k3S3qyVddqcc77z/dnf3vvb+7f3bun07ptiY/l3qsh3gmLKaAw1jXHlGNag+AWJto52+jHJxxQUXxUMRndmNwzR7mIWKH+oxGdN'
    'b1we6kAZSzw62ne2wxV9v4gzWZQqfmaEPTM35fES9B+ijlcv3EMdM0Papu81Ky838B+U/hnE8vyLKv7GTXDv/5F7w6xvrwv3sG+/'
    'ENocJ+cs7FMv00VxTn5I3u9hY3rKkb0V3lXhXRXeZRyDj2cbSa+oY3qFWj+5tn/p/ru7a/LfXeE6axrjR4T2mxNqP8Pa1/qdof2w'
    'NquF8+TNyotNbQReZ+MLO8rpu4q4MTlZJuUS6zbRzR2Z/S1VnCPPxIe6hOAlqM/qQuXlkMG/LYZY3Dbyt8eU5/vBv63pLD43YkzV'
    'AFwLcF2rZD+sqa2iQqOzg0Zt1/Umwutsc0wdI2vaPd1rGte2I8mcm2DNG1Qlt5gut5ij0+ptj+WzLU4HLg5pg9psKnnqZm+eukR0'
    'XEZDNlg00zbj4GRovJ8zBx8iZ/79L7jXhp948XLOM+uI7tT5ONRpOCi3dx559oTdXjvSsyvJs7dAe2c/Lz97Cnn21gfc65LHi+P7'
    'msgZZ+rZ5yDeEfA9TwPm6BsQB7nvhWJM0CPQh1ee8Lcb1Z/QBn5fui5ppc/b0AzYTcQerxTOl80gGG3j823i+leyPldZ6k6msraZ'
    '6Mwmtnmaf2gxwVdwnK3S4D1M8jaZ5IcL8kPQMUVpi+cyuonNO8eUNwlnKUXOI6XKVWlKC3PZme4+gmXiOS3pXtTltLTNM5SF+TKN'
    'M2iC//NY4eNUsR+9CeIeVlusUTnWxDSfoslcBOXdamCysZbg93Xjl2jhLIEWlhN+JNGCLo57MdgLSjnP6MsLi/2uZnxhs0CPYXmF'
    '6L7Q5dCl/cA86Db6hym+9RSGW8Xns6q4JsUpjC91kndayvjtlghnf93cZSPOnTP+u4Xx01xlcfIo8TxIYfFXNvNeuN7OZmIa+2T6'
    '/TkDdvN8Ilv7jJJrHMwxqBWiy+91OolTwfmvtqQxSpcVevPWe90D00tvP33q2KU3bCMLL9nSndPmncQmUkPkHo3Nawc/cwraOA1k'
    'Vquq5AjDH7RXTM7R7/Re4Pg5wug6Xaeixd3p8pXa5950LMtHb/JNOAQ3R7CTm8eusZ8qWJhuE4M68Pn3pb2Ylc2W/PM6aOOctHfO'
    'o21UqfBcsqelXR2e6v4cb75NybkNwnI50JwAeKasT7uxKaXKfyzlPv6nlHnu49dSbj8qPijRBxWjpkLonght2/ZMgXW3W1lc0MoI'
    'OHna5jUpd8+ayOwmTRvvn/zDKtKGtHe2KPtcVYOKxehZ6EFSjqqgfBzcXjQ/5ebs1tVXO1NzT5cbw7Ydpw+HgU+1AR+R9OWGCrY8'
    'CENXSj+z1fpjzv3blZuvBm1BWYM4pd4SxU858U9Lmb0qp5FjO5V53jee123AcM83wf15QkyXlFNvkNnpCuT/tHa2xIdyqjhvYr8m'
    'Biwdg2fr7HzHRTyjV2qIzH6M+h3E1sttmpUaMkf3+kt25bA1N+GdyB+pre5Uxs9yFv6LEcITo8YM89yPTcB/Fwecr3g+UM7X8b02'
    '5c+rhTY0fJ/aupzvXkxkXZ+S86fZ6KajrI28Ms+9ivEPjr/hJE2fhpl836rix3BL68Fts7p4s9aKvKrIq4q8qsgrgzWPyp8kGVbN'
    '+BXiQig/zatoOdCryDdpXsUNcHZYqYrzFNJv8jyhbcxGQmWS1B86XpRVbcqr94Zt1AgyQsoDuYK8g3W9eT5XqS9UDtJz1gg5M+nk'
    'QuUcU5ELFblQkQvlkAvIyzjvQ36cYrz4/SmPD1GZssjCLpy3OCtR/jlly0q5csRGJ6c2qi2svXkpty3pvMBrQ5ic8XoFuWCag2iA'
    '9e0fYc51tn56HdbI0j5BNjptvwj0ZlJLIqdZCyfOfCH7Xo/FuEc07w6z7/wNOdONCme6sO+Y9KUvpA+fBD8GfWaHKq7/QfWXFUrO'
    'BxVEA/kY9HIjsU/0qOi5x+j8mtQP6VH6ei0UlyvZxPNKrrsirUPccZniS/Ma+qf8gI6P679ziZ6aBb2X0suYIc3yeXG+9Six5XNe'
    'MKrZx7q2/gfpW87QNqWzHTnt/WeyT29mz/Ace9Kej2uDwbx4J5fYJsVrDXHawDyhi0ssV6Q1eDvg4Mpt/8KcyC2sv8OsDwMaPjAm'
    '7KXqgDNSU+WMdEyfkVKVM1LljKTM447xnLJW2df9Kgh+fKqT9BvqJvQdUxlkqqeNMV7clXLz31FebCLv+pgd63V2RihY6FEFQ8yQ'
    'qW4+qIrr+5isnbRWVG5LddUG2XOSLoj5un6agPykZ+wlGntnGN5LGn8uBCuJ4x8TcF7Uhoo206A6T9zXOKTZP+NM5udmgN64DmRD'
    'kG2X61rnEl1zaBp1zVZyJtiu0fl0uufrAfpXFuixjdHjHI2t/AwDmxT2oQV491wlx/DhWYrrfbUR9b4s6A1Z+LuJ3Yv7P0aEM2uU'
    '+lD0TLhVmZ/3JVwajfeX/A98r60UsFk9yl/3dqkqxkNze9MQPLuQ7JutIbQ2qIrrru1Ucq24sYhzK2HkELu2J+3WnqDz1CPYyWy+'
    'NU7GKtFSj7LLkZIUbeCY3xVAG2PMD3iOQBtvsmdWKDP7a06DW8yz9o6H/c1lbBimsV7AeP6GjZ3Ghq9Mu4E5dB5ejbjWW2foWr/X'
    'Yq3Xknk3sfmUc/3fiLj++YD135tya9uEjZPbG3dqfCVJ8YfcNNEMyo7LCP8eVMF1MXLKn4smTF9D2bQoIr2Yjg37tZjoplQWxalF'
    'XBuAjaD0tSDl+ggkHWwsJi4xbOz02a1Mn58uulqn7Px04wE679R5VsChUDmPOPdGpreMaM61OQv9pYfp240C/few9scEGvmMcus4'
    'Z0nswfkZ97oarhfA9d0ZdzxzYM4uykDOpw73+vEObw6dZ532rya89H3QTlfGvwbvgnbu7PD69UG4R587G567g3xnFevjJRlPliDt'
    '4L1VGfP21sJ1fcZbx7lsflaFjMN55lJ49r2Z4nPRO9j7F8L7H+so5gO8r1H10AvIGjjXczVrYvI90/iIsJoGNuelGyPEQB3t9s+p'
    'AKhmbqXclYyxk/CK+cpfz5bmpjGtnZEkHSkVPf9FN6Mrnru+QM4feG+cyDPn3pnKy1X0ivJqPGXJ31DGIA68kX2nUxXn46fvLCDf'
    'uBX+1kL+tkIV1/ec11lc33O5ip7D2JmvjeT/NrWyfX6Nbli6lExjSecLaYexK5gHoT8qKE+p7bewjzxPI9Z9USq5XEM1MWi/XXm5'
    '5Jz5ae7yzgFoN3P2ekuX9/+WLrucbja1EW1zVq5S8XPUSLQl/Q33WKmep7Uv444J57IGfk3ytrUQuvgU27uoC1xBeJUiviubOVlj'
    '8TzHV9u+P5fYatuAlqVxrSS8MUyPqou4f53vv0PwnVDefA05KyxlfXyb8ufqNJ0DyRa+RhXHqIfRJsc+zIVfKZ9dnH1N+Q+O/RTm'
    'X7X1rS4kPIjGaPP8VCa8vYY8R/sWl4+nY/DxD2vmsYeM+bQiXfnYzpukAjAWgkZsrkRr9AYTWk0RnsXzr33lMvd64g4vXw7eO3wl'
    '1DkeK5YRa8fd6482yD4snU/XeecPXX7fain7klXR8pXZ5Os33U8dyo8jR9m1WRM3dJ3y5zWKkmtN4tObCQ0hr+0HHt1IvtE5pIgm'
    'G4xRQXlHaayZ2YtGQ+zB1K51I7F9jQoYYOeZTcT2M2Bgv9sC770/wNfXq/w5My4k/ehlNjN8ZhX0I8zut12w3TUzW9p2i3G0Edtv'
    'wfA9af63aPQ23MfzNPv4nSE02cjeqw6gyetUcrVS4+oJJjqapEOutNTxbPO50/ztzQzbwvF9U8JlmV5+0PVtYXKl3jDWJkX2RRK8'
    'tSGBs1ujxRrYYh2i6olZ5eV3K4RgFnR5tW3yvjl93kZiN0qdjyAXsY8Xa/pI+zEsnGkobgPt3SaYMJv65NXs7Cxhy7caxExEmRdd'
    'nlsTeqM6FV9H7tsraHzHqDfZ4Islnp9EfG+cvd1M9ANTzEpS+/1kwzgHm/1o6lfMER4wnf1AvMOlMIdR91BQvxGTOC9G+3QPLCFz'
    'NqqCYzhtMb2meXPi8gDOK3uIvthgsH7jgmwcNYxdSZJnLEiAZywMwLzRcXH/+lZDem+C505V9jGwJnGcEzH6xfkYxfTwfTJCMI5x'
    'ZamUY69HwGTx9W5JYL1blFn8mZQbCs9yjRqdpEfAVeD6z42B6Rkmvjgam0jjaaO0l4Qce58yyzuCPKdJ2ecKaQI9MMmYUYqDiBsz'
    'KumF/wiYPZ0frhJDNfNi6D5CfAmoK9vIq8o6z45YOcxZFFePmsPOUhwTt5KcL0zsdqiHdSovTrpXg7mNKkc4bpf2l85FrcVctIG/'
    'mM5NHbzfQnCUjfAerYXHawnWqeA6KmH4sij40hbQZTm2qFy1D9FOS+vhNCi7mogr2HgalX096RrBXpmEzTUbU29DnYrmGpPi7Ex0'
    'AazDuUAFx9QVLGxiO1W8OpzUN540VqXBcH6wjj09D0nngXFBT+expDZn15SKVv8SZazz7wOTv7+oyNsZq1ftVf7cBGlLDP5oZe1n'
    '5dpjbBT6ejEHFNofTxXu3UTs6rXCe83sPNwY8AzHtXJcQD+7J+Usmi6cJJV9PBdZAcZQFyK3m5idbySmnArCdNn6KLPKy8kj1W+Q'
    '8rXdrJE5A6ydCSXXmMB1Lgh2yx7msx8i/csps1wWUm4FnstrhzKvl2FSt0ayodjW6JDi+fuUP6YZsYEzqYZHWFx8dQL6U33AHqR7'
    'ai7BavQansVQXyqF7ljOsc8nernt2E386LNhDlbFXP+lxDa6je1rns9ymM0btQsPKDln4BaDPg0dBetAz3Y26zCs5LwtRwNtvg1s'
    'LaZzMW4hL8aUfQ5KmzPhbJhf3H9xZB3en+1zsSKhuUA8yvGqON/viEZnCeJ9Ut6O2TzPXTAvJr56Ux2wh815km1XpWb/nK8hvt8J'
    'JifG2Ls3k/3wtjLwXufamPKfOd5kZ5Gw8SW9NnUJrE1twJmD6p62uc/HAnwfPL/7UuH8KuVnGDbke7Y+637mS0fbhNO3kwRsj6k9'
    'fMCiL1LuaYrZlvAPfSp+PkdOU5kEaWpYON9PneXS+mdQH6wlz2zXtOMQSlZ4xrn3+5R3XjChCZ6r6FDE9/H7L6U8PVmaB55TEnND'
    'hZ3JvxfQbi5Gu3tSnk90e0h/dVgtk/PAIaZ/fDbgu2Ml/O428t2k2qV91dH+xpTry+XPSJit8YAzk6n9Jx9gszL1v/H8eCeTMRRm'
    '6Rh+A/44076a4u22azBML5JYIZu5CWrzAMFY6XC1hzS6DMcq71FevYS8oMeY5Ms1wV/o8hFL9URM2tTlTepn+25c6etVluK7qPNt'
    'KvN3cbznAS7bBItpUyOHjq/ca5mUHm2Ttz8MI12fgL60WCMzBgz1SAlzlFfBOcgmwM8r4TELmjXtVcW5vcvFw234u2ncAuYJpHM9'
    'rvT1dSQeZjrfi4m82W6JrYnyven0QZrsm5oE9k2zss+rj/zxbmKX4OtxM3v2I5o9aivvgvRMKqvRTnkd8ZEG9VHS+cPwimHngQun'
    'SW51TpOcnkkypVbFxzQMW+quUt6AEY38kfjvL4WYpa0GeP6qGTLnSfMjW3vBvxEf4yvCWdK2vX8g7fUk0N5zZHw016xJO877/ytg'
    'fFHac+rzLYk4HvrtQxqMy7AKr8VB7Zt3w/+TWL9S9O96gj3tZ233abC62y3igHBd1hH+/YqS66CU4runBsQbDYTodJw/0ZpiYX01'
    'iVlCnObJgp1b0u3GVWnqDUbB3ZWC1x6fAK9draLX47HNdY3foW0MWextivXSrTfNK/Nnys1LSmmU48Kl+kTUdxK1fzTehvuKq4F+'
    'guqvB42L5nLYoeFXeZVM/aZciN+pHcaDz6dVcfz2Mg3P1dlteQ0ijpMctbCn5TS8DNfineRsMGHp2zTFDujqT1EdvZxjlmLdcQ3P'
    'J2tY6vjqUuiOjWy+BkN8yZcTfaqPzduhCDE7Fwp+XltcidOOk2vzjAi4sDh+edu6z6XwxU8HDdya0JrdTDB9oxbyoqCCa3ZcMUto'
    '4QziYzeJI+V6o4SN1GGl6NqazHMcWqVn+mpCu06b7w7gH1Fi/s4kMpPG1CLmtj1Ej44TF0jzDNnEAXMdRlf3NwkbvwmGZlBzTsH9'
    '9A7CIwoquFZagZyLksiNQTHooxbns3wIDsg5F2VT/tjctOV5w6ZWxLEQg0ay2kKaQu8PJj+ZkPs29J9JkP53RqD/4YTo/5qE6P9i'
    'YqfYooJzI/UG6LAYE7FAmA9TzJnOdkHPacMWYxyKID90un2SMYJxcZJBdJs1xGMPaHBC48ofF0fnflyDQwqqoWxCk72GZ2SqP9Rq'
    'MK5IM3OVPq8h9QlwbMkOS1k8XyWXk6wg2Mdt9U7Jv9QE1xXCvbD2Jyz6ws/LYXs/zOd3Npzry/1dKb4jztyb0HO7Cq6hPEF0TNt8'
    'i2cSOYV7+NaUv/bsDvbOyYQn7FD+Z5Ps4zjzH+dC7Hltyp8/lWKgJzRY5TbYY/SdGlWcV9YkXs65HibzQr9H85WU096TxHmgNQCD'
    'xXlos0AbVEdw1q87AGcgtWW7117VyHrqt2/V4ImQ5m5P+eOEtrO2tzKapHJDN+6guII2TVxBlP7p4gM6hL0RNrcjgnyX9vfOgFiA'
    'ctJ7ErmDZ2J+Tidm6ngLm1OUb7zB9GKbHMKS3GqN6RfhuN8WYqMJy8vYo/T5LatUcT5KnNes8ua5FOveBDTaoMxj8KSckk6d9tsY'
    'nztsgf3m/qARi3fzhu+Y8Ja4uWH7LPykYxG+W8nRe+zw2HvKwGNHJv99ZUweG5enmvgceM0SCQMi6TlU5yjXPpqKU065ueNt57VH'
    'ybmJ5zO+86oyj5PkZzxb3bC6zHP3v5Vb52g20mSNIU1mNTRpKoPvAJlrI/+C4hRsZNBOjfwdj7Bmtt83HZ8pvvlokrs07++iMsjh'
    'JrBVtIfgLIeVPueZzVhrBdnfmIDsX1biNZ4w9KtyOnDGP2ChA0T9xvqUZ9PaFmMvjyTIf0sh96Wz1aISrnnSZ6zXie0xb4j71p2x'
    'TN+xkS0FQz+KyTmqoMGSjpWJL8fZs867tyS0TkFxfxMqOH7cNq7P1nfC+fqEih5TpIuFn4nrG2Q3bRb0QZM5T9omz+Vkk0quPo2J'
    'X4bOG2KN3gM+Wht5Yprn6WYNTmEnwfIsmSYfkdSfIBpaGGJ7T8L/UzVN9vAk6iQ1GOLVmuBvKzTYw7wgYyjvGQxZy63KPv46DBPZ'
    'BHjsU6axD1KOu6Ts5iZ5rajNvon5ecaUXHM0qIYSj/verqGDfmUWczldds5y7533krNRvwrOq5xTwbmlCxo5HmbP0X2b5wUox/fC'
    '6BXplOLROb0OqfC4OU6XOw2xZ2E+JadfF1jYC7do5OJWC0zOzcq+Ju+QgPsOe2dYMycnlNEWws9sScemZwlmcYeFnykob0gT0Gq9'
    'Jm5pUAXHZlK9ZZ6gtwTV0uD1ibhuQum2XcDfmY4bx/u6Jobjs2Rebc9M0p4eJpjbeRodc5jxha0aPoZyeAuRhVI9w6CYs00whiT3'
    'fZR4EalvXcqLjY9Sj6BTefF0eaWvdWmK7+TvFJRZPB1iLtuVP5cE1hVrJXs93R0MKk8ql4wO09uZAB/KCnwI89CuFug0KsaR8pdG'
    'zbkozP6XJOYjSAfIWPhxcjCHGBPcAPRjK2Po92vKbPvfPPl7tWaf8H2U1/C/EQs/pmk+FlObgRQHbqLXlEv/l+raS76eWs05B+s3'
    '1JL9OhIgz2tZ+3XwXlx7vkmegWEl55psIrr0SIj8k8ZUz8bUoPx1ik6ZAXTL4x/HNHJsyEKGDwhz0Vgi7IxOFnzpKJcFTo6x5Uof'
    'kxnU30xIf6tL0N+zAF+f9HroxlFKuevM6aMh2AuJHwbxT2kNUafpNFjnqH6TvgA7BPWxl6p9ExnQHsNfF8b71hHeF2abG7FodyXZ'
    'n6b0znMcJeFXiyLr6zU4IZRhWeXFbZvqm843vkxiDUzfC+v3ncquzsGIxg6xDezNcdoJ6+tVqjhXxLDSx5I673xQwN8FvRPWBye3'
    '8CoDHhXGb0qxH23xaDmNnjFdNvK5CegzxynzeGCspZIL0IOuB14k2ZYlH/5M0W+6SL+5Hce039Oh5wSd0fGMvFDjP5L8TLb2P7QR'
    'XSxg45L4ToGsT3sIX+qx8IPw/tMzSRLtF0LOtLPRn2bDK1Cf/Bn4eE3j/HOGa1dq/hHF3+CM9y+UV/OiFOMtx/nDeeY8VVxbyTbe'
    'uxz8Muo6UX6f1Bin62z49pCz4XiI3pXk+KPoaDrdH8+srUpf3yQoR6QO53EL8S/llZyndULz7k0J9gdlxBVETw/rD77zPmWWCyFn'
    'OK53WOy1oH6dZIh7G7XYu30BNlCdn6p2GmVtKgFZi/6O+5SXLxHrx7+wxKsFXkt8ijhO5/+nC7gRPgejDHNh4jMcEHyG6A+U+FMp'
    '6kTi3p1I+engMNtnF6X8WNaVKrjGZDM80wS28ii1jnk9SsSEHJ8yj9UpVa3jJM6Lp0Efz8+41w9m/PtsdcY/vnfB/Ts7vPG9kz1z'
    'ITzzMfLMWmj/ErieC9d3w3VVxuuHM1dOjOCFKvzbXfDeedCHOfDsRfDsXR3u9eMdxTaCco7NpG/OuL8OvknnvQ8ZvhfUP5s5Odbm'
    '+mKCE7wg4x/jxZljd15scVJO++syxXNB+0X5ig4nNT8h2c5xYWvYXOD/V2fMsG9VCfkZnb5+t8u93t/lYfxQT/5buPcUXB+G6xtd'
    'MqbmrS733zQumr7/Flz/viue/Gkkc74GrguPyLpSOsG5+spl7vXEHV4cGt5bO+5ef7TBvUd1rMNXxh+vTW7Ro/wHp3GJiv4Tllq0'
    'pHvuT1e618/lvVyLeG/BJv+9doK7wPfeN+ZecwP+ZxvJs9gOPnv3pf5ny7H34uYid9re2Ov/prrBvd77JX3/seaHVP+DxkPgnN+f'
    'c69/+JI7N0uEe9fv8vhjrZJzaWPuzPmE9/31Zvd6bq97/eeJYv6Iz5zDnuEYdDrGTMAYo+TFxfH+EmiqfoeX0xrvVf85zNO9fiyU'
    '87cHvuRed91rJsMyCe6nIZi3H/V5OQz5vdQt7r1FZN7xnlrv/Z/mEJ3Se/r8bdN1w3v4/p19+r2F9SHmK3+ND06LNZeD7F3vxQzh'
    '9+phbX6w0b3O2VS8Rh+EMa0ZKF4jvHfDzXr6wn7WkX7WlEEPub/fvX4i5+FE8N61wLuqd3m2JLzX/in/veW0zXv995aSeyfAvt52'
    'g2fHwHvr+v332si9T8B7mzYXz/3XgB7O+FTx3B/8POhb95aO/8bFMie5J7k+VBugR0k25+MEnk3H/gXQJfNdfhqeq+FrrwLtn3Z1'
    'cX/u/SRcu8x4VxJy7baD7vfnwf+/+KCd/eXlJ9xrZrc/Rs/5W9feeG3Fqdlab6ErmLbbRp7jeStuezJaju6gWJq6CLJ06uz6ndLy'
    'yJd/7F5/t8fTG1E2fAPuPfsUPPuwl9MYdcLCc+71kufd6yu73evu/cWy7RTNN8uhN0bNa9sMvtEgOlxJ7NcmtBBWU24hkZnOu2nh'
    '2Qay798+w/v3jjL3j699NuLaS/aI8yPwmeOEPUhtPPfB9YUl/n1gy3u2wV5CH9sw8J2ptUqlZ81PlflPxrRNZwq6u935+tORI1n5'
    'hI6cyLKoCKyN7U+TJq7Mpv4R3Uenor5/RH/GC6OhHrLnTiuyEaWP6Z+piSohDVE+s5LpnLUauzHWU19A/PH0mWaCGRliOCcadzQU'
    'EKNTHZNnXqiSiYtMxZDhF7LndfKK8uh2jZxrKdEZNkhGLoPr5oi8gut9uw+41+8/49kE8N7nDoLet8+zXaAO5+hszvXL33avF7xY'
    'fPb56g/hmWeT0+8uIHpekrbURtLvFbCP5nVOytBOfzsmekgtnJnmwB5Cvb/ZNTGK/c7EoJWeBO356aOxVtgdrklLRWXEBo/Y6IFf'
    'EPS1lPLyDlb0NSZr1ZGqo0VfayR+aeRlZ7LnTNvC+hzryd+ob1Dt9fCiOn5/OjnDO887129rnqV2zNan/ed7asf8FfD93QeL7Zgp'
    'sCE8fqBYXuz7iXt9/hm/vLCR7xdYzl87sUej36Ma+L/ardTXf+7fux8lcqZsPtb0UciTm/lOjKQmuz+dxX+ykZ+m6z83pq7VtdfT'
    'q5oAa4v61P4X3GsD7IEfP+U+kyf7s/NxsAUelNvrI8+esNtrR3r2KvLsLdDe2c/Lz36IPNsO9txHnpCfvYg8e+sD7nUJ9Dtz0D+2'
    'c0kM2q1gP3wL9MmnHwTbI3xn3wteHWOcs0fQ1viEv92TSB8ywKdWPyb3dwFpTz0kP0N935RHSWOKY99uZjyjnrw7+cdAHcZWB3m7'
    'YENoB52U6rg4N2+DuVoB50gpL1Q3ObvQNmrI86hf8zOuyXsrWZ+j2OUD5zj9HyXGYs9xRS83kAEh8x34k05WL0/ab9kOmD26/v2w'
    '/pnK+leRs1W0c1nYwSzhc5skzzlGiurHHBNF9eN3TvjvUf3438F/nRF8yXjvz+6Ob0+JQ4tHGeSviuH2mlXyDCkUE2izdtzPRe2T'
    '7QRbU+FBBjworTtBJCCEKjKqIqOmSUbheeWUzwCuEnCECz7qXj//WagrR57d/Wn/s7+6DexT8Gw/kUXYrtMe5tjKsnac9517V1IM'
    'Mvv+pdRuxL53Mbl30qB7/T1g494l3Gu8thjf9zXAv64eLMb3HWL3KL5v7Xr/+JYK93B8i4XvnTRYLPcPsXtU7j+/HXC6lxfL/dfg'
    '3h/vqcj9xOX+rhLK/V0VuV+R+6WT+w0x5H4fs7Vcb2GbSB/lnMGZgiduVHF+AimA287aAL+BfgWK5e2srNeMWy+KywuqpRGWFz2o'
    '5qJUCyAuv6iOwS9mi1047hzVHUNzlFLJ+caS9IvdYOAXu9LCL/ZBC79Yt4VfbJWFX+wMC7/YiRb+q/kG/qt6A59Z1DNF0tg3U/xU'
    'O3mvieC3WkmbiK2gcrYD/l1F7pfym3MTmMusiodp4/1bLoxnGXsen+NYO+lbdE8jRtEkfxzP3+rA3k9W5rnl+pR57p9eg2cOq2Ry'
    '19j4YedqsNw8Xoie9RYrf5wn+kF19DNnFtFPhyH9mOalC8qFS2ti29Ib1c14LrXxo5SOamYRHR1nwYcw/xvNhdXDdPtDEXhO4Sil'
    'g9kkj1qVWS1vk/qxvM7JDsYPRpRZ3svZvv7pGOtvg4E5FuwW6q/+w8zQbI+DbA81MOvWIim7QCDGychFllaVH/pzgC5pd5J25Aom'
    'zWA/qjixIuEO3bi2EgVxV8v2FfsJf/2k90wcuSPljkGbwm4Bt18gWN2w3EIV+oxNnzEwk+lE6TOSX/HoFepVplgvu59uKxxZkna4'
    'iiyPvXZWsjxIJ1fsLHQtxEsM77E7T3wRYrPUbg+7gm2ue9a9Nj8Qr00qG4ZBXj35UGlzbFd00emn36TyOTV3xY9xn4pR3+5v98OA'
    'n36Z5Xc0ydu4XOnzNlJsGM9jSLFhPI+hlPvtlYlibNg3Ib/Yxs8V76+zrnKvx10bX/fSrUcLrMd1EXUE09xMpciXMOeI55NIQv/m'
    '+eXoWvC8dFH17zY2HpqT7MeQB/C/XhotBqqS71fI97srhs62y14nS89gOsfY8T9d6dWSwL8t2FTM02jeYM7TaJ5gztN4Hky6j3j+'
    'zEpu69lL63F4egXDenTGJlQrfz7edQHy9QJyby/jGeeQez+DvMUbIDfxmeTeD24CvbLXq7/DYw6e+nMvdhyxMo5+51w/1OXlOOZ5'
    '0+l3p/S+Lv/YaOw46nj4TFiu2gqfi8XnlsTgc6HvJoXbpzm7Kzzv2MDtx9H/eE69ZQJ/rVX+Ol60riHWEOR1BrYof52BEfIM5gTM'
    's3a2kGdy7FtYs/46pa9pgO1cAfMT5qfvZ++9l+E8TOrbOu+tVl6+wx427rNIf3n9R8yJuIzgRMYE7I8Ovx3WL8STh+FKeC3GHqXP'
    'dX4G0cNong9T296ZlvTZoPy44qwKxj7zMyyn79MT2nPVJdhz7cCjU8DHMbcXx11TjEuqhPMv8YBRDZ2vF/acRGs9jPa7yZ4bIs8E'
    'teO893Y4S9I+IV5m2AKjU1DxYi44hqfAMHx55eXSnsJ+B2B4SkWr2RLRqkkbQThHUywdt1OE1R+NWxsy6nzh/Jg+n4XziJR/N8/o'
    'cliDI+wTaF+q197Lnhtj9ycM1mJE2CO0L/0G+/aljJvTS6KHUU0fCwZ9wz4NsD71qOB6zzss8ZdR+9FLMIHOPPyXjMv7aB/7LfeF'
    '7Xr1ENqgfSvHOvDxb5oc/1rWL4577ou4B/KCnmWC5+f6ls388n1A8ZodZKw2c03nZoC9t1VD56ZxEknRDh/rq1WuzqvLKS7VBQ2i'
    'oy2a+dnK+vV/4fpbZYa/DxrD/QFjyJdwDCbrctiQ5j5a5ep6lLZzFvuB1xm3PX9INMxjUccFnuH0fUOVe86YLhp6Tfnz3Ovm+NQq'
    '11dL54nLm7ymraTkNq+/7Vg1ztPw07A1i8rvtmj6lmfzGqbXm8bZPJ32aHuHoazENZpuufeVtHt2Rfoz6Tttb6tm/W32to6XbxfW'
    '2enzcNqNpZN4SQ+bq14N/w1al5xmrLr+XJx2Y1pN9GZbeZsL2fOnk28Pllgn53u7Lu2eCWey3Hk15bYV9bw3oMzqVPO1M6GbR1Nu'
    'TdRS6mF8Pv5bSk+L/cI6JL0et6XcOqJxxnyz4d7oTU0vb70o5WIJdHoD9iPse8PCOgV9dwn5rq1tQzr/cV1BmjvnuzUp178Y5btJ'
    'zfkvwS5cCl77nPLid/HdQ5a8BN+R5pPbIh9U3nxOl13g82TMtn2QZGo+5HuODr4wAg3Z6soO9vJES70nCf3C+fb5gElOiu83wbcX'
    'RqDJgiVNor8/zE5Cbco14OOleVyeJviuVuJvOl2wOU+XvdnWfooYbcwnU6krJ9W6cX9KWVeulP6/yvrOrvVNgn/E8a1iHqoGpa/h'
    'ajOetyBf0hefsnuPxjDGnY+aGPx0M9xrIu/WkHfnA6aCY4toXemM8teS0r2PuY1o/jLn3Q3Ky4lEfffO87crOX/ZdWr6ckbhvPH8'
    'H2GyfSuzY1alXByC6Xs6XeM3xL88ymwPIxpbwetExpucefo0ttkxQSc/3kLfHbZ4Fr/xCNF5toSM82+I3mCSk2mY4Yn+Qnl1jaOu'
    'EbUx3J1Qe1h/dUx5Z8vVGfd6bsbf/oUZ9/qxDq/9s+DZbrh2wfUcuK6C6wUZf9vO3xFDheeQdSHfO015Negugnt3dbjXj3cU23b5'
    '+xRDJcW9nBWA5z1D6WvRnUKwtwXIifc7yHt34BkvZ5Mu9mBeQOxBgxDbkBViGzjOIyneliTmbzP5dwvEV76yW372OjW9NQawvzS3'
    'z2JVnNvnOrjWafBMiKGmNWklGuomNNABusBvIS71PHJv+Q+9eoSIT2pT9jUEad6Fm16U8yEsAh4c9qwNRofilnT4JNv5TorWswnQ'
    'Sq3y5x2V9BzTdikvuwWuP4+oq4b1Kak5rImpU0vP1UXUqR+CeIVX4XoYrk93RdP1k+rXv62PP8+1CZxdkhgP8jpTe1se9lmV8mKQ'
    '6wywj4sINlTCKlMcsu6ZsG+YYCVXKrtcxJItkNrh49JBS5noIKXMMbwnMV26X2MDNfGpcx9WGH4Q6wa3Mawv98/kNBgubgeeYHbs'
    '40vQdli+PZO5p3kApJiHWnKvn51tdLH3JjXjJbvHdPApk32o89UFrVupMMG6/Vw/g+ZrKMJ8cTrnPBTfS2KukqCtdAJ6WkUGTq8M'
    'TCVAB1UBdNBG7JopEheD71eFvJ9ELvV0icdIczKsJDZ2pabvXCVh/DiWs89Qh0BfZSn7NmHhMx4w6NuCBPpG/eVUR1togGk3taeO'
    'a3zKp8E3JXw39y0PaNpYAHZO2lcTW2+fpj2Jv2FM8wblz12GOtW8kLnq0/j2edwnHQvHYtngGHsC9LZqIovSAbrPCJHxJvsnTO9J'
    'ohYNxV30COsY5SxSz7Bl4wK9OXN5soD11mGDJexWnrU7pOTY4Tw5TwTFwMaNLVs4zWsgnXdMeMqQMM82dX+Q/vuVPz+ByfvTsfbT'
    'dV4IWuchhhkqCLKE60RUBy4w32GOySDUiSiPrRW+ReN+/0j28mDAudt59l8Izx4MOaOPhvhE/48q9q2axKCMMWzYD0n/exkdjTB/'
    '7hNEbg4IWHqJBseYneIBgkULk5cmY3Pa/Kry6o6MBMR+4N9NbTs7oP27lJkfO6/kfAK3EF/mfIv9zNeMxiQ57V1P9KWthjEmEiZS'
    'd27GuivrlD4/g03cHY9zWkloQaIjWq9RxycpboLawUzfofMQtn+5XkNxho3MN8TzFnSq4npzSeM2OL7VVL4khT+K+v0Krq38uLZK'
    'DdTw3PC7blRxfqxr1r5A9n8L23uVPVTZQ5U9FLyHqA7v7KffpDyZhTp9C+yfLOgKNufZ5RbPI6brhIhn07xgh04ZfHNRhHGdajku'
    'qgdVV3hPhfdUeI8ov2sq8ruyhyp7yEp+Z4kNzjYXv2T7m8NkN9phz2c+lVoVXKMxju9gJuE7eIxhGC4jqZim9gTnL29hczKx94W1'
    'w/2UzjvbmN/GpN5xQflrMvOY4Sh+CV2uDcRQrQUbIeZBLdV3HGzdiUrOB5IXYljCvmeSj0/no9L5rRsToMEocfhR9rMUGx0U81Tu'
    'HJGZGHMZNme2/tR2wnOc59PsPKjjSc0xx8Axozzui96ndnIJ91DLnh9n+IB6wRc1GILTpPZzqQ6a5AscDdg/DdM0X7b0wMeVJX6r'
    '0Qh7pQnmcbEFzkOXy9cm51gQb9PpMqXwx+ZUcA5RXLMtqjhfZVz/3nT6oZPov+TDSofEuwTNa9IYUd28HRdj3iQeRv3zSzV7Nkru'
    'IIptipL3jdoMbX3peSXnsRrTjIO3GVcGz4uxRqMBuqAOdxDEN3GNJwRapmvcp4pz3lHMMY0HKBjKN4rXWJCAjjvMvuvQK8+1Pi5g'
    'Jmyxf7Y5doN80Jw25iZAGyZ7arsGq7NTo+dUE5sz12ukfRW07qXGD8bdny0x1oDjLPi+4fiWCY2+x+0cuA4FDe/KK/O8wds155Ex'
    'Jec34/ke/0np86HRPd0cAeMyrLyaVvNZ+ytitHeyknN8STk3D2nWbjTB/Y9x/icF8HXat5wmdmIFob0o8xJWh3hOxL0QJpMHNfw+'
    'p+E/rcIZKqqOR+szSmvVrLzaHttV8vaMhhLMqW3ejqGI+Geem1uHKzPh4xRXZuNrjVLrZA3hJ1HyinOsvCMHl6hkc9omed5MKrYt'
    'bB+PCnso7J0Rpc8rq9szcWRywSImYjiA3+L4UuxcdLywV+Ls1TB8M85VFr4fV1+S8gFRfT4XIstoXzNMn4+SV3tMOMtgvck45wQp'
    'FkDCRehocH5CNBiU19e03oNUX4TrnEE5seLk3Vmj7GvcJ5kjwiYutg30LEmWtSp9XGsUWyM9J63U8OUkYjcXJECHuji+5hh4+zUk'
    'JiEIb451aVeo5GMGdTp9Erj3oPNsWIwKnol4frhxAT/P7dZjlr5KExuviS9Cx9ttbG4jmniSuLxcZ/PhvDxJX+J2jS9VilmRbGg9'
    'yp/Di/Nv6n9tgn5nBdsn5zWdGvqkdNei7PJG81jTu4EeTfZMUnWcmoA+52voxKY+Fq2xuihBP4EuDz7mWTON0VpJxvlmBLxEH9sH'
    'C5UXW4Xf/neDMUn4CIkeyhVTE0fv30HGQGVcluEqUCa1kPN/J2tjRMOvw2ydVGcfVuY5WYfYetYLvubthrw7SO5nmFwaVPpYNl1t'
    '3rDzhG6eksyh7Hzj+1Xu9dtV/v49UeVev1dVXpxCnPzHp9W413VwfQ9cV8H1TLieVWOnh1OdluboWAPXhUfs9XGaY/F8VZxjEfN/'
    '1Bns9+oYc7a20w5zOE9Ya8y5apOrJ0X2RddeLx+nrr49z681hXN8wcvrifof5oBd/ayX29S53veUZ8PEOW6FHJ//+j/t5oznBuU8'
    'JMnc1A8ujXbunA+/deReHfQVfenVoE+qyXF8/edeO0nmb23ukuUIz/vbqfR5f48n91683HsfeSveOww5fQfv8fN/52/3Q97JQ3B9'
    'sUsvg1q6kt1jNdDnv13vzQXlI4fvgH1wub8v9Bt1Sp/rTdobt13tXn+wsXgu6ge8e851zqbgHHRRz9yZaZ4z03x989j5skfjy+oN'
    '8L8683cn0R93aHw2BWVer5zi1JqUlxMiaq71zeT8WFD2NRWl+oNOu++B9afx/91kXgsqOHfHgMaGiXnRVwj9HrS0VQT5s5y/770B'
    '8tRe6umz/N41G4vtvNvIdSbvIdwrYfpLUjzv3iH3+imLPL+SjZPqX/huDXkG4x2iYH0/kXOvmzbHX6c5MebKRnfi+lIb7AmukzXC'
    'Pqsj+tRs+XG3aNpTnhTZDCX9ps1Pc+Sbui9HsXdTObYIPvz0fvd6CeS7//GTdvT18sOgRz3uXl+HPPOFR10e9wGgr6l9Drrw+QeD'
    '37mAvPMw5LH/q0f873z5fq/+DuYQngfvfBFy7n8V9PqrIAf+y09AW6DnPwL/fxq+f8let60TyPx8/yGoC/FUtP3X/nBwv8POA3H4'
    'qoL5/vxB7+xj8/61P/XmLUlZ00HOUlNz8aCfn9PneaxZPTm3cOyqiV/c1HcR5Jcz6Ss/xznvzwNaUnunz7cXpDu0kjFP6fpH/Daa'
    'BuWvS4B+aDWpMxz5S/ed6i6/DaCNzAfVJ1JwtvpDV/T257KzWO0R/fjmER0zKKeSqd17gOmWYbq6ju5M7XxjGl9IvwbbL9WGjGOL'
    'HwnxiUt5z6S4otaE8KlR48Yk/7QuJ9oODb0UNLiN04nN2wSPYYLl0Z2HhpWcX3fAAFOSCvDbSWszqvx5EKPuDxvbYYcGU4A+ufuI'
    'LwHPky8sKbZfLCP0hjG7cXED+FxGBddo0eESs+C7MvE9meLDeA35nRFw2ja+gLwGU4D2g6uds1ICvMfE/2iCOTO1W5R63gaVWdy1'
    'lC+R72WkL6SxFHwT++IYVqaaTe1S9JikyH5qh+8P4vmSXUc1utCH2RxgDVe8Ij9EX/wOzRVxPIvJGb2b7SnMhdAEdupG5vfAvY0y'
    'aivxlzZp+EZao7dhfIip/3DcEFMRBQvcrOT8tGHYLJ67Ogk8blAe7mUa38upTBaMCL55CRNaSpzyihLbXVsTtGWGnQ2bVXEMSC4C'
    'xssUWyzpf4dUcN5b21zkzv7bEHF9pTkOskebxAPxM0NeM9/DITx7tfLyW/RofAR5C4xPTnOGxe91KC8Hbq8lvi1I37TVK51nLp1B'
    '67kopr4xoORcweOMDzjrvcRgfOMaPUZ6ti8CLitH5KZNrmZOm7cYrvdxqjgmdETAC+niE6S4OBozGeTzVwxrE4YJo+eEn4E94s0u'
    'zwdsMl5nny01XGfb9a3kPZPznhVlz+rU3bD7QZqhMSaVNZDXoFM71fHWoEXpa+TxuHcaRzhmaEuT9Ko2suYpgtuTclBx/OabBGs3'
    'V3iH2p1qAjD1pnKZj7OHnH1wTFn23TkMo9yrwVlzGfsmk/WLiQ5TalnO16lW6fMUlUKXj1KncFCjK+YFnUqXV2S6xzKkGYNk150D'
    '/0ZfEMrH+8j63Kfs6/LRvE+8FmkPwYzw/AhbmA52rtLXZxgPoL2wM+RJhroUjwkeYPj1JrBlSHbbgmCXMtFHWggdPcBwuo8CTvfX'
    'VV4fvwuY3seq/P9/kr27D959nry7lz3zvSoPD6wIZpg+8wg881tLrHCQvUHNYHvDe4FWTGO+ejW88OwEsWeYkzBJ/0RPBJtGitkw'
    'U8T+hrb15TUuNvsDk7/n1cjgieUMw/0BuJ5XY76+EiZ8BVwvguvF5P827b6Htfcu1t5quJ5eU8xbqxlvfW6pN+7nltrZqn8LuIdm'
    'uO4DbMWN+7zvNhM7cgN83/l1arM7ddmdmuxOPfaRLj2YJaiO+5Su0lXM66foqte9fuZT7vWcy12aWQL04vztax8BvFoBfD+73Gu+'
    'S27j0ze4bcwLaOPR9WZt6Gh3IeiRdexXmrP6De73nG/d+0mlXvukHYrIZG6ncLsb5LE533Suznex/+3Q/1r2u3/yne9O/r41+fuF'
    'yd/+yd/LJn9vn/zdNPl7Q5d5v/fD978L17fg+gW49sP1MrjeDtdNcL2B4KzryN6oJzj1+smx3vZZ/3frYfzO36kMqdHIEKTFv97s'
    'Xs8FWvjnCX1eJm4D1tHJXOXFctHfNZN9fOOOybm4RqmNl07y2esnZfTG4PlcA+N6A7DNzrvO1Xl/ildfD7J+YzidOjTSNuzaQBz7'
    'h2P7OAR0uweu93fZ0SnSndOuzr5CMfZIx3vY/+8n694B/a9nv62T+3PZuEtL+2GvfW/y9++ATm3plY6jFfC8y8b99Lqf7bvvwfXv'
    'GN2a0HGG0KPz+/LkN/+1z9+Pl6Efzt+5rYt+9w2hPxSH7PztF3Dv8RAbVx3BDC0k/TtjUsj/6HZ//86AOAHn73Sf1Wn2Gfblnj73'
    '+u6B4n7uuxf23sZwH1SdCo7/Gf6sxwf4dxqv9ssbnd+FrleGzMdJ2ybpNuefD+dvU/Sck8f9D/8JMEtCf7LAo/94T7jOVEX6g78X'
    'j7nz2T3Ju2oHZLp2nsF5n/K5Ap9znsf2b1D++MU6BrFNCk2bivpqWs2qn86Q+xnmm8fYsyeAHvaPutcngbe+tt6LYZrCa17q14mW'
    'D3i8GLG4qAOZtkG/jTHXi7GNDeFttDGcFo0DpP3jcX4H4Lt//9/99XuC+v7Le+UxLADaXgPfu2tAHhvHBFD+h3GpU7WS9rixgnQ/'
    'OX/DGEKrmgOAUf7Vg3Z8s/Cih6VFfx/eQ/3+wDN+nzTGAWCMo00/W54xkxUZNlfDk/Py5EP+uRqGuXL+btMHB8ctzcXqx/2Yaor3'
    '6Nobrd/Oe85c0X7z2NMoeGd+3kXZiry7MEkH33hisp3JM1nX8zLvLgBe/RuAX3eenerf82b+MZy3V+D9Pc8WyyC6RibzV8/mTz3k'
    '4sd9QQ4Pebhym/nLwPxd8bOZEYtdD/OkizFaIWAAcZ6ybJ4cTLiDB1cBOHGOveo+aB+/yM83CtZ3935/XDT1iT4MMQ+pp/zPxNHD'
    '9gPN3XKwmOb2HPDzNBM9LO5crosxl9jvj0N8xdJ9xfGAGHtx1uPF4/0WxIJ8a3fwHmuAf2OOwSqYj9GH3HgUziea4R7Gq1DeYLrn'
    'Hnne23PO9VngMcpSvu36Dpz3d4ev39mPuXKQjsP5G5WPtjxj98Hieaxm83hgki+/NDlfN+4vnscDEKPyEsyn80yU+Dv1TDgv+N3k'
    't1Y/5v/+7+D7zt9tvvvaw/7v37o/Ho1j7NTnhX378ac9Ggmi41p2Tpk6gx7wZDs/0+I95Bn4nfse9Xwn9cof43Xbt+VnJcxsSnn1'
    'q7BP503u06sed2PUrt0ny9/zQN+46nF/PJvzvM0a3QV74yrgwfe8KMelOfFxnIazjIYdW65jx6U6C/aX2nmj6C/7fgK+n2csY1WJ'
    'nhJG+45seYnpiZ876O09m+9+EeTVbTDua1+0e//+3cU8C+3xVcwe/82DXn+/aRlfh7GXzSX+Dt2fYTzYkb2OnkrXoSNC7hOJh1A9'
    'jsvJKx4FPiXwF9zbYbp8A/Fd0L2BY7pV4O88FvHWiPwdY1i/s1+/d+mcH0fsR+ucM+AD/n6tg3Oh83ebcyHGvqrd0XV63Tw654RP'
    'T/K8dQ8Uz+Me6O+ngSeue8BuHnH+V//M7r33wHfvIjGuYbzGyQX0uYPMh/hCtBjZT8Ocdh70r0ebikZP98E+SD1dLFucNVtOzvK2'
    'uti6Jz3axFw5bTHbeunBYnqPcl507Bm/Z7of2jh+b6n7SfIuinz+9ZN+eXD6w/q9rcPCzDnijYfG09I9y3MY0T3Lcx9JZy880yyG'
    'M78TB0tjYqPGButkkW5M9Iz9J8ivtGBTefr7/wEI8BkE'
)
