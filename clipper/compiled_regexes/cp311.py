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
 ('[,，、]', 0, 32, 44465, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 44671, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 44703, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 44733, 56, 0, {}, (None,)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 44789, 113, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 44902, 125, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45027, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45144, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45273, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45390, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45519, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45638, 131, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 45769, 139, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 45908, 151, 1, {}, (None, None)),
 ('[.!?]\\s+foto\\s*:\\s*[^.!?]{1,60}$', 2, 34, 46059, 88, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 46147, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 46463, 221, 0, {}, (None,)),
 ('[.!?。！？…।॥։።။។؟۔](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 46684, 541, 0, {}, (None,)),
 ('[.:!?;]$', 0, 32, 47225, 30, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 47255, 324, 0, {}, (None,)),
 ('[:：・／/＝=;()|·•\\-–—\\[\\]<>（）【】〈〉]', 0, 32, 47579, 222, 0, {}, (None,)),
 ('[:：・／/＝=]', 0, 32, 47801, 206, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 48007, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 48213, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 48241, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 48261, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 48293, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 48455, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 48471, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 48583, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 48789, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 49123, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 49319, 54, 0, {}, (None,)),
 ('[^\x00-\x7f\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 49373, 224, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 49597, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 49621, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 49645, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 49688, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 49950, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 50244, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 50262, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 50279, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 50308, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 50336, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 50460, 206, 0, {}, (None,)),
 ('[\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 50666, 222, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 50888, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 51018, 207, 0, {}, (None,)),
 ('[àáçóактכמإبتكمरलस作取執報投报撰書特筆編著記論记通객글기논대선수시위인작전칼통특편]', 0, 32, 51225, 622, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 51847, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 52117, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 52347, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 52365, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 52469, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 52544, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 52672, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 53091, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 53107, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 53151, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53229, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53316, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53403, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 53492, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 53611, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 53686, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 53767, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 53783, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 53969, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 54005, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54118, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54162, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 54186, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 54214, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 54238, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 54282, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 54423, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 54906, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 55183, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 55328, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 55429, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 55454, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 56303, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 56411, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 56444, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 56612, 48, 0, {}, (None,)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 56660, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 56853, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 56867, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 56895, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 57042, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 57257, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 57389, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 57508, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 57569, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 57681, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 57808, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 57929, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 58203, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 58337, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 58568, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 58705, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 58762, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 58881, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 58909, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 58925, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 59189, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 65736, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 65791, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 65883, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 66172, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 72153, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 72373, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 72492, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 72530, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 72563, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 72604, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 72625, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 72683, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 72709, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 72725, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 72741, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 72771, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 72895, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73074, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 73227, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 73422, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 73802, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 73857, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 73971, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 74268, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 74446, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 74503, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 74560, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 74617, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 74674, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 74735, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 74792, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 74832, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75015, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 75175, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 75386, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 75468, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 75608, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 75638, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 75786, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 76001, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 76098, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 76318, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 76640, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 76826, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 76927, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 76953, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 76977, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 77487, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 77511, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 77535, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;){1,2}\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]{0,2}\\s*$', 0, 32, 77556, 413, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 77969, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78110, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 78232, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 78253, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 78444, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 78497, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 78516, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 78687, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 78759, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 78797, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 78876, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79032, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 79188, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80033, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 80461, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 80851, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 81692, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 82330, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 83174, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 83320, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 83511, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 83557, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 83803, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 83881, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84093, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 84325, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 84436, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 84683, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 84952, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85076, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 85698, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 85776, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 86145, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 86368, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 86431, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 86496, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 86594, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 86663, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 86751, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 86818, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 86908, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 87001, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87104, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 87253, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 87841, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88047, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 88246, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 88339, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 88686, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 88994, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89123, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 89370, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 89738, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 89853, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 90142, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 90330, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 90675, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 91186, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 91644, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 91806, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92013, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 92253, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 92543, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 92930, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 93494, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 93761, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 94236, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 94307, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 94402, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 94748, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 94823, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 94969, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95046, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 95181, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 95294, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 95410, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 95484, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 95623, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 95700, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 95827, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 96197, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 96239, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 96332, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 96378, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97248, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97673, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 98183, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 98451, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 98524, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 98734, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98817, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98961, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99107, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99237, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 99365, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 99481, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 99984, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 100156, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 100411, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 100597, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 100784, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 101237, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 101458, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 101629, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 101705, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103065, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 103337, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 103405, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 103483, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 103794, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 103842, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 103981, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104062, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104152, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 104282, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 104450, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 104526, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104601, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 104731, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 104788, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 104835, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 104874, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 104913, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105087, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 105184, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 105306, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 105641, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 105673, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 106638, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 106718, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 106879, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 106962, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107011, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107087, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 107198, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 107260, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 107338, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 107443, 135, 2, {}, (None, None, None)),
 ('^\\s*privacy (&|and) cookies\\s*:', 2, 34, 107578, 97, 1, {}, (None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 107675, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 107870, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 107955, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108112, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 108160, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 108321, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 108483, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 108690, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 108926, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109050, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109101, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 109178, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 109282, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 109330, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 109395, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 109472, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 109681, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 109712, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 109787, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110054, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110092, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 110121, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 110164, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 110208, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 110264, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 110323, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 110361, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 110464, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 110553, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 110705, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 110786, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 110957, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111010, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 111126, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 111250, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 111310, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 111661, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 111712, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 111759, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 111858, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112034, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112102, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 112132, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 112209, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 112257, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 112301, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 112347, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 112379, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 112427, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 112479, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 112519, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 112587, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 112623, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 112647, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 112839, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 112914, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 112960, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 112990, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113040, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113114, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 113197, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 113257, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 113309, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 113339, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 113373, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 113435, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 113470, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 113516, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 113564, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 113610, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 113636, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 113662, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 113715, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 113755, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 113797, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 113847, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 113948, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 114002, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114055, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQmcHlWRePd3zT3fzGSSTEIISUjI5L4hJAESCBARBDm8QOMkM8mYTGbCOJOQGCQcHquo7Kqrq+uxov5B4wHqiiJyiBwqyiEg'
    'ipLshgU8VhREBdb5T3fXy6uv+p3d/c1Mhm5+w8vX/V69q169qnr1quodx6ke/HMH/wqDfwODT2Yw9f6mDv5d6PCnAd41wPuWwb9a'
    '+OaVqxtMKwb/xkKeN0NaDXlc8r4V8rfA705I+0i6HfIUCJy3o3+vgHQBSouDf4uhDtG3OYN/efLuGPTuaHjn9bke3s2XtGU++jeD'
    'NWbwrxHebYO0DdK3QdpF+tqD+lOEeXCgzjoy1pUw1uNgLGfBu1rUtvHQD1aOjXtUeA3wPmr5JmhTC3rn/bsK/s1g5SR1TyPj7+Vv'
    'hvc4TxNqqwvzl0OwvHIeXkwB/MgjmEXA2UroI22LaF5cMg7jYK53w7+f8L6j+j0Yk6CeOqjba+9ctDZYXawvorbUIfyeB3WNGexU'
    '85RwWwvQTzoeOTQe74TfrE91MDdjod4ipNVQ53rUpzrA52qox3HVT4b8zrqj6vGHN7Pa2evEeFYrvuU0ZQfnXVu3N59bgPZ689cO'
    '85dL589DaecqJ9YzTfn1s3oAlNZUEZoropON8G9vPS/KB+XeRtapzTzr5v0wf7L+wFzuk7PKSLMcoIriuwEIi/mtAPrdAnOYQTQ7'
    'D3uAs89xrn20dL+Z4gb7C+PbXFSugpV7zWDdnwloe35hKR8xUdJWV7I3uRHraoL2Pj/492coU4Pq855/BNvVoWdg4LLLHLRONpI9'
    '+S0wVtkIdM0dhXRt71tj0bWM6mMl4CfGnUtRQVN+L533w3vem8j+5eHBl4AWZi3oXez9Kjv65tEnmiXP3mQmUfRMCb9K96p0r0r3'
    'qnSvGq17VZMljWM6z+VVQZqBdBmkJ0J6DEnZ++not9eOXwBOee+m3B6kV90dpM/+EHSHXwnS++8KyvwYldnz0yB9+dtBes+NQfr5'
    'O4L0pgeDMt8HvPXePX1pkN71r0H68zcG6YHzg7zfQHkfeV+Q7nufOO91KO+R+3g7vXThV4P0mruDvJ9CeffcAOMBfc7dXdrHf0F5'
    '6bhQuO9BeVug39+6Q5x3D8r7OOR5+WZx3otR3kug7qUPiPNuQnlz9wCOSOBeiPLe9FCQPnCveBzOAdz03u3qBdzZVjoHp6M83uSJ'
    '6jwR5fkW9GH/HaV1LUN5vvNgkNY+VJpnLtJDLnpDkNZfFHybgb59YUOQnndN8G0y+tYCuJTfG3wbj759/f2l3xrQN9qnKvSNjhvm'
    'Rd8eQfZuQayXkO67aj2CbV31ZI9g8zAH+JJ5cPZA6VkD6A5boH0YRgHlZ3pjvP81ovz4zMMGTlOSY5rxuzJFNaa29aX6MI0+TDPm'
    '6p03E1sAYXLAZweR7FHAj8qBYO7aAEQB5u4izDfZqu40HUn6cYb5mYLWR5QH04kuh8vy+AzLXRikLy3kvG46Z8M/Z+wcsWogWFv3'
    'Dgrgd+dT+jcSzwOGU/ZoUPBkVQqezPacitEFvA9fZCEDj/InA2q96ZEJx17tEXF67pTq8lJdXqrLS8+d0nOn9Nwp3atSmpXuVem8'
    'D/O5k4cLL0bkz9NzqPQcKj2HOnzOoZrSs6hX9FlUqnsdeWdPeH02Wq4T3R2b8UTniW31Ga2Yfhen015bXiX4ducjwbeT0bd15wXp'
    'WecG31YKvl29Pvi2FH2rfg3PU4S1w77VkG/HwLdW6IeXboMxOwp9206+sTXLyrG1zPKw30W05hgcVd6o89QEZSivnSFyWjWZq6wl'
    'P8buErL7fCegdydvCt4tR+9e6AjeLUHvPD6gCH2uh3HoRHU6ijYXYSFNRuOWc/j9O9aXjKbvefQbn/XNF+R1Y9xbyVm0qRHahe84'
    'snEvWtTr9aMAa6YxQtmrbhHv6a+LuM/WkP2h4JTecX1wlz3cRoBjM7YVCY2t196oY1t5X3hs2fie7kQbh0pEb0V0bIGCjrVa0LEj'
    'LehYE7Tf+9aP1riX9jql/CT7VoA5o3SwCo3RFW40HKT3m1vR+FVDO66DlLa7D9KN0LYalGcz6j/LG4VW2J8VZka93uLQpeFIj/ao'
    '0Ap/TPZTDz+bNXi3gsDU0S2mT7kZbLzYGTPTrc4M4U3mFf04Cr2hgGneGwWzXLTWMc06F9Gz3eTbqxHdYbSiA+aP7Ydvh/QyoHEM'
    'DuN9qwTlcZ7FiJ9alSuFvSYXpFdO4rBX5IJy01HbdpI2Mb8Oi1CbNpC+NQOempbvQ/uNjObXSNbPrIgyMIUzNyE5CPteyCPYRdAR'
    'sHfHoHnMI7sy792x0F82FngP74a03eE+PmjefkneKdA3nLeD7FNMF4Tz7HJKdUG0PN678bfluWh7n0rGzEE904lMuQjS452w3mox'
    '0185Yb0V+7aM4JyI/oreMX5vnOQ785diSt9F+E/HgfmxKSBe5RjNmUp1gjoxE18ZTJ+5BNpXi/CYrj+Gq66An+ohuNwh4afcMvfF'
    'tj68Zjejvshwu4LQDeyrZQ/Q9Lj+R0aA+kvwLheLJ3x3PP8j06IWbDB8a7rWMI5VwDk7PstfM/j3JgSzgcAsPSMdyHq8jozfYfX9'
    'P9ibmQ0BxmmZDQGmuX3orIvS1VnfC9L/uD1sq1JB9t7zIX0d4m+9SX0naptj0DbVeL2NwIijkx5Wo0nzJ2slW2lwRvVEsdkuSnAS'
    '40lrxDPiOPiJ8S2jsadpstgPGgl8E3udRnJOZDsW9MyO2ce/6+7Ss+qDN6p9viXBE+ec+H7I2P7N7mOY7t+mvHo5/aPtd0r9o8na'
    'VJlAmzDvQXVWHeR9r+XammCow504INaX6PbAPmhTem4oODfcG/HMUP9UmtjhR+FlMN3LIxzIEBo3XOuhk8gZ6XpI18NIXg9Vw7Ae'
    'VDrJdK2ka2WkrpVcQmtlA9KDpvie4vtIxfeKhPC9k+wRG4jskPJI6ToYyesgn9A62E7WQYr3Kd6/EmSD7YTedxNZoUtzpp/KC+n6'
    'SfeNVKeU4v3hgffVCeF9L9k3ROtAdBaRro90fYzk9VE/DOtDZzPZjWyLGsC2L9VVpWvqcFlThYTWFN1LLkHvU/xP8X+081wq/Gd7'
    'C94f2lH+dH2k62O0y+I7BHbkKd6neD9S8b42IbzfKbHfUN2/6hPofVPZIl1Dr9Rz8IXkzuRiuDO5dxI/56iEbyfDt6smgY31pPBZ'
    'yImQ5wp053J1Ll1L6Voa3WvJZJ14a2FZjt9DVt1VNoGXrql0TY1mu0QPHy86m/vqS/E9xffRju9fbw/S93Sk+J7i+8jF92xC+J7i'
    'eYrnrwS6jv0Rp/ie4vuo52Pen+J7iu8jH98zUOd4+MO4yHyj90PaByn1idmAbJS2obzU5ylrK8bnOU6pr/NG1O4ofo3HO9wvsM4f'
    'Y1RfvU0G/KBXz/UwBrPhnaf3enA69+PPxq7V4b5Gmb87L4+n5pqIvuEzzu3onMb0DIj5qOp04vkt9cZ4KcEV2ue5gj7PNOjzZOh3'
    'Ofss8r/WZNn/HtL/8Zo7Eaa2fhudUh9o2Iekie9ItkaZT96VaKxNy4vuBca5D4LHv8Mp9Vc4BtaV924TmW+Rj0MRDFv8ZX6Fj3PC'
    'eyjzP6jy9xrFZxGmefMgHTPFrt2mbWxy7H1lyviNuQifbPuM4wI0AFzv+1hW3it03qHtT+hurQi4s8kp9f3+VnTukPrCpb5wB/yh'
    'KKcvXOrH6x3wfmU636N+vsc49rEqmM/9kB/DRj0+POqW4kM+xYcRgQ8XD/5jKuEXulCK7Yqi8moqvsKP3eVyerMUYoE9fSPEnEHf'
    '1kFcr1M2Q8wZ9G325iD92TuBZ3J57LDLdwXphq0QJ+5DQXrph4K8CxGcqRcH6Vcg/sksN5DnZePDeBk6TpjH2SgYE8wfNricv+sT'
    '8E+q8RPZDPciGCY2Zbr5edoJYuqI2tcuqUvVzi7DMl7d9zpB/Iqk6japcx/Il7jOfoENnmpsWZ0meVhfdHNlayOoylsEeNMdve2U'
    'yhf9slxpP07KcXspE9sslsdrz2tAdsT9eNkpjVMyxRH7PtlKcKtNMmZe/9l4sHFYCLKryA++zLc/Xt9dqA26+aG0YjtZs23ELrQN'
    '2oh1mXlH7Xec+eJjsZKwPIB9b84X8Pk2uhrsf9Q0xnBUnVCUepgvU5nveZF/+YUSedRUr5R39LGwfPkzby+LeeWedUv5sYmWe1OP'
    'YI9SxVnwxuIhN8gjuqeyWUKTd5M5U8G/2Q18r9L1q2p3mwHcL5C9W7QHtTl6PxiqOq52gzgaSY3FJS6PyaFqsw7OJgJHhhs6OOe7'
    'er0YrqPNKb3Xp4J9gsv1hEtyahtc/G0pfLuc7CG6+qa63Lfy6vognQnpDEgX1+vhFF2uz9tKeGWTOR5wxOUZ7ujK/xGVZ+VeRLym'
    'rvwTqHyUdfUzRXkTnLoV5M8k1t8+h8fOscG9T6NyeA505a5B5foRb6IrdwXq8/6Yfe5BbViSM8e7NofH9zDBswtQ/h0G+V+F8u83'
    'Wf+wb6r4Qx2MuU44fs9M9I7p0Kehd3scHhePvVvglMaISSL2ENMTxzmjoDFaC04aozWJGK0Vjn2M1kpLvrXKSWO0ljNGa7Ulf17j'
    'pDFaTce21nJs65zRGaO13hndMVqLTnljtLL4bmmM1pHzHBKaIj9pjNY0Rmsao/VwjdHa6OhjtIrs42oS0Cub8BJYrxxXX0ztA03K'
    '5x11nC0Rfyvrv6ldbyrrpbJeKuulsl4q66WyXirrpbJeKuulsl4q66Wy3lDIejJfQnmg0YyuVsDZ2DzYC+kaq4A7UVFtiXCMZVaH'
    'E0MG9MbiFCeIMR5HDjTmSTbb8RsFy/ZUWLbnyY5SfMgjHtJkPm3OKf8q4U1b2dgM8Llk929/DvU1OUk/LnQ6m3Py6HUhCGlfiW3X'
    'ZU+16mMN+nctGtH6YqklfGNyPcqQFw0N8sxTrEBXGtPwTLS2T8ECoPJpsGux0ZPhiGn7ZELbVYSnIXJHXcsxwnqIWtQFttbHItrv'
    'pVUD4jVLv9vYLFBZ3YSu1Vjy910AI2/E3yfwZLIjlb3PGTPpkZ7VJlKAtu5y6yKS5F+OtMBdGb9iWp7xo8dblCkXP1KO+oeS//id'
    'If/hwXwM8mVTPiTlQ1I+JHE+JEl+Imm6lPIPo5d/MOUbxsPeG2VP886DRDqTgobnmC/Z4+Lcu1oQ83x8gVN6T+pIZ+juSxXRma5N'
    'GazbyhucxS8g857eu0rvXaX3rtJ7V+m9q/TeVXrvKr13ldripbZ4qS1eaouX2uKltnipLV5qi5fa4qW2eKktXmqLN5LuXWHdci2i'
    'rZVE17nCkd+/qgCY+Mx6Ieh4Zbwp5vOZzpeWX4Ly4r5iX1+0zDJFnUw/bcMr5JAshHkFU1/ZXts/5pbyDNRHNc57tWuHWxg3vPJ7'
    'UPmNEdra5Zb6E7ctfxFpv235M914636Vq+dHlrh6fmS2W6pLMm3/JFRui0W5etSmTqLDYnnyAFsHczMp91dE5zZatOkZ0G/F8evO'
    'YD2C2rDNoNxWKHcPKmdKa71y37Us1yfQPdrg7afRfiNb2x9FsLdbwH4Pgr1dAvudKM9GSZ5+yzlg5TYL9lIK+y0I9gYL2OcI2t1B'
    '8pwuGFua50SUZ6ckzzIDnmBuRJ5gMuJlaL3jBfIk+9aAvm0k37C8J5OX2Fkl4wtE8U1MZe1WxEO4wKc0Ix6C8RO2NhZxda66GHsy'
    '3qUe6psN6UUC3gXrV1i+9YTXYLEUWP4qsHdl7RSVxTzKREceeycL8Om5PoWP216DbN5E59O431gnh8cuH2Ps8PvZRGfF5rGAzjkb'
    'nFK/qjmBrZ5oPOlcqcbRNRzH2RJdm0m7ab/jjH8GjX+lE/Y3W0fqXe2o7/vXK+qq0NRVn4DNCI2XUiE4r1kgoJG9SK/G8n8X3h0N'
    '82a6l2A6i2PCUDrbS75hOtuHeDCqd6wgNiUm8dQmQLtyCHexvwcVbSkSGWy9xF5lPJo31wnHwjFtbxOiWV5fj4B6TynAuTqkp0G6'
    'jvxma4blWwvpHEn5MwpBP444gtc1G74thXQRyptEXV5FExKq62gyDmuhjqcm8jrijp2sjp9ODO7DYZ6CyZa73bCtionvcLw2ug3K'
    'bCWy5/UTAzkel7srG6QPZ8Pywrfg218E326Eb/cLvt0O3/6U5W25NRukP4T0hqy+zNey4bJeP3YO9mMVqfMHUP4Oy37cBt8eQfXe'
    'mTUv/z349i0n/hjJ+rtyYkBrMZ/ZJrAziiMHbiUyeb9Ef9Eykfvpp23pFdi1JFXvixP4GAznevLj2UBbZgKN9vJ9B+bzVEi/fxQv'
    'dwPM5y3Z5NfCNycEcpP37psWePtd+Pas5XoZCny/bEIQl0aHOx0Cmc103rc5pfHxsC2VLy9P4HZyfYJzSJGMrqLBOvw+GdVHY+11'
    'laG+YwT10XPNvgTrq57AY++J4txgWD2WsJ9rEY+daczGg5b1PdrC+7JF0pcuSd90sG+DvtjGIdnuhOMLifCc8vWfb4m+1nTryWQt'
    'em24EsbT++6CTehySKdCOgXZinrpZEgXQToB0hZIz6wHfXkLj18Ud4+keEv3oXY0t17dZ7UEMnHSY0vncEkLt0m/gewt3yA09r6s'
    'mm9i/I+ILk9oCc7W2DfVfoLh3Jstzz7xl/E8dg/eW0fSXvaT8QH+meJAknvYV8ZzvOgmuLsjwXo+PJ6vMZNYVhsTrLsP1T2UvLFv'
    'q4vGd6vFmYTtfrPSEId2oTQpvnvS+EDfQe3lqXxpA7MCjVu5ZAivnj+MKw/9pTj40DiOg22kLZsds1h+eE/vMyzj8/+WfeyL2MdP'
    'jBv6fZThyzvGcXzZRNq9QyLPmfB/OFaib6uvqIeOS7+jjjWn4ndOR/X0CM6W8Ps4fNU8NGeY/sehvaZ116M+0rjfGxOs5/mx3LcJ'
    '4wmnQ9oKaSWkS+tLeUzGS05DPKR/V2csvzfSR+SKA2Q8N5PziIXo/qS//ycAazHA+k4CsJYArC8mAGsp2/8TgLUMYO1NANaxAGtb'
    'ArCOA1hvSgDWcrb+E4DF7uUujQFrkVN6j3dqArAY3tcnAIvh/UvNHFadK6b3dB/oFtAaP55tDFgdxE7p4WYen3Yo9kSvzptQndsd'
    'dcxfWo+pPoSO2SeHoE46tu9E8ySSXWzk460Ilu1eRGG9QQFrtyWsU5u5PE11wPRcQiV/muqhb86qZdWpqG9R+B8me/jrv5nfX09a'
    'f+rBf2EMh5+0vtSD/xsB/KT0ox78u8aE6WMUfagH6xuSsUhC/+mvf9TWDo0sqJP93otgxdGd+vZyY6LTCCrfbBgTXtfPWPCrGNbZ'
    'Y6LTGwprFZrbpGUS31YewW+30GGY0rhag/Zv0Mj8ItxlMtvzTaXtN9E92Yz/403B3me6f+8i9ey2OF9ka+TWJr7fbrWwkaUyvk2d'
    'n2sK7mvH2cspH7U9Qjv2ovncSeDR/fVC1x5+Z8yxtdFdrnXhrgzq00ZJX3ojtsXX/5dp7mz72YjGVjV3SbST1fl8Ix/bzRJ6GMUu'
    'gMF/HODb6td09IXRrzsb4+9hDNYNjdF5Uwrr041huidbV7jtcfRilzeG9dwim+5luSA9IVfK+54Mea+aFKTvQmXOhjKLIF2d4+/9'
    '/X8Y6j4T6j4F5g2fdzJd1ThyHjpBo7ta2BjYCEaVu30/ETFgMJm9PgYMpqP6v4boMJhu6vcxYDCd1K9iwGC6qB/FgMF0UN+JAYPp'
    'nq6LAYPpnD6GYEThST0Y70YwegT3qfB7GW/Z3xDYparOdE3tq+7UyMZvagjTQ1VdOnnc10vDO1dS5wkNfO8xke+pXdktmj7NiAlf'
    'p0+oQ3O8xWK/wHqEl4thPNloiSe/K5rja4dkP/ylQTv6NbLEvUXucy+p82Jf/i+G10E5zoe9uj6OxiHKebB/Xw6NgwwvdljyrB7c'
    'ixHcTUSG32HJj2C4FwrgdiQA91TBOPQbwBH5FMT3LBZEWDMUVycXuS+R+/NgIw7pU5D+grx/ANKn87D+EYzlVUF6EqTTIZ0P6VmQ'
    'zoV0YRWs/3oOIw/fxpIyR0F6sgTG7xCMY0g7lhu245f19nveATLf99YH6xTz3wdIWRP50sQu4Kv13IflAYHu3gTHop5nePV/sF6/'
    'vz+noduX1uvpRBSd12Y0D20R7DRs7DPORH3YLDlX6o6g9zpWML59lmt8BoJhopfA+Zg+pVnQP5n8baOn+UddADeu3o3K80/X6XEq'
    'iu3Ig3Xh+eg35A8YjNvrwniZ5JrFc/9FNA5rc1y2VfmFxLLrQkhXEjn6moThMhl5d12g42J5dPCWQPlTNHfETWX4hdCON9SF5QDq'
    'N5fdO09KN7FyCOtk4z1ZsP5EPoCZPmQFmT9ZXyoThsva++fa8Nrpj0jbdfvHo7XBXVCsr1lWz++N+r5B60vv1v4IlVlNbNtZmWmk'
    'zC21nG+htk2zJHbxOQTb95chaOtSTb2fQfUyW6mjie1UvabeDyIYs0m9FZDO0cC4VNAOau8/TaMP60IwWiQwZmracWEtp2md9O6Z'
    'xV6B9xmf/xfg7FGuPR/SY8CHzK7l96zXwF3VVnKvdia5X7uI3f9FZZeQsuyO7qkCmP75HyrL7sqeQsquk5T9vxpedqZl2f9FZemd'
    '3jWaNj+Byi4gY7JEU/Z+VHYefFssGFd659jf/2v4XXvGI7zRFevxuwm/dKNF2Q6Ch9eisluJXHuEGz5TxPV+xKIsrfddqKzOFovW'
    'u8OiLK13MyprI1f4+38Njz0Qd5/x4K0VtOWgRD6g8tEyQVs2G9IESj98+x/UFhs7D9+fKcL7gwJ9ANYT3E/0BFlUluoaHiS/DyDd'
    'g3/+V83Lsm8HiX7iNxL9xJOo7H6JLkNW9hFUdg7oClYhnYHPE5Dfq0GXcDcqy3Qas4n+gZVZB+liKHsTKivTqWQkOozrUdlW0kad'
    '/uMTqKxMhyKr9/3V5uuN6kz2VPN4IqzsixbypImMvlFRR1dCdZxRHV6rtrIdlt+ORfC2SWjAZgt9wrTq0pgqJn3GdXUTePUIXpek'
    'TJdF+16s4jjUJZGvOwQ00Nf/obKy+0a7JbYVj1dx3DBpr43dBKvjB1Xyuey1vBfowfsagnc2Oa9WycwLJTLbJxOCx2S196D5YHlO'
    'InmXSfQLl0Qoy+p9WxXXiQ61DsGPE4HG8YScXp7X6QWWJQSPjc/UKk7jp9aL5T+ZjNRUxX3FTtXIwhUor0vyTiZ5X64Mt2mZxBaC'
    'tukPqCyVuWdp5MbfVPI2Ttb056FKeX9o3ntQ3tmavLco4FKZ/UbU17HEZmSGZpyuRfWM1bTp44pxoW36AMrbooF7RSVf1zIbqm2E'
    '7jOfkG+vDO+tvZo7wItcTkfxmacHb30l15lQX1MyGflcVOZoiXx9BvERdSoqM9OwzHJB29YJfGmx916ZOYoyayVlJgv6s4LIwMeh'
    '3779n6A/ujI5VOY0iaxN5eS/VoTbdgbpD/XH9VsoIzo3bZfImL82KENly/tRmRcldn29pJ4foDLtkrMC2rb/NChD23Z9ReBDTicX'
    'iux3cd0fiwgnJP+jPjBdxR8IH07rvsSgDK1nawX3527KX4l4+DdWhOP72fLw/v0/1Afang4BX+qVWaEo00vOvphvxHmoTIdCl4B5'
    '5SkG9ewmZcYIxmVDhHFxEZwtBKe7LWSFPxbkcGxkjl8Xwv3aEaFfPy5wevVYXqxvoDqR76My9xO9BtOnMFiPQ5kbUJmH4Nv/aPQY'
    'n0dlJlWJdQNUf/ExVGaOoc7jfagM0zWcSPIy3cNEKHOpoG1rkD4Ew6iEMttRGaZbGU/0FGchfYkv/6MytO8yncbrCmGackBjyyOi'
    'KWsLZrRU5e+pCDpm3bqldkIzCuY05ZD/P9RvU3lYBKdgUPdTZD3+Pc/LiOgDPp9hZX6vKNMlKfNEPhx/VaUD6baQze+xhG1zpn9D'
    'nvPBq3JhGdz2rPtTaOzWu2Ieo43g1DV57htNNy6m8W3ZPr4LwaY4s0vD3+vW4YZ8eK/cRfDkZULXL0Dt2Wror0Yng7A4Zifmuex0'
    'KuGDFxEeeokiL+XrW1HepUTmmIl4dD8+Gso7Db4tFLTFl/9RXsqT07wVKC89P1yHzsx8+T/HY7Oo+Gkv759Q3t2EJmNe0cv7Pznu'
    'U9+W1/D1/4ryXQbl70Jt3UbOfSjvdzPUFcWPkVf+y6guGd1kNOSzirxdxDb7o4I+tJG1w2jq+wRwRTa/vv9PlFdlx+v7/8qF49HI'
    'bAFF675dMo8md6f9WN0RyzMasjYXjj3E8PolMo/HK/L2k7zzc3yNPUZ4zf2If/T9uCvyPk7ytgjmRmQH69v/CvBDZO/q+0pX4NIW'
    'wjv8Ncvzys4CGI7+PivGD1MZ4PEs53ei7qm+/Q9q83Io/xqkS8d63VsN8jKd7TcVeanu/HqDvAzup7NhPiWJ+3C+/h+1o0fAH2Jd'
    '3J6sHC96Cc5fnA3HxtpqMNdsz23L8vgzWyQ8yBtQHhH++/f/s+E4NtSO4DSUR6RL8O//KOBsYf5/BG3uJ22eo8jD6NA0QXvweZ3v'
    '/zNrFt8K70N+fFEEW2QL7q9/lEd0D9bn/zM8T7vkLO3ZTHjMDpJxfSpTGmfJhCZ45R5T1M/26vsz8jljNOnuTHg8aGyh72fCMZXo'
    'Xv2tTHjOKA3eJ8hDz0evReNh6kPB3/8FsOn+fLVgzJ4hcK6EPFhPwXQcT8K+s1uR5wDkuViQ536yf3WiPJPIvZFWkO3XozYfkKzN'
    '1wnm+QBZm2dlwuvuRbI21yrysLW5UoCvHQb4Ok8x98xuZ7oiD8PFIzLheHxUx9qkwHtGP6pQP0xtDHz/Xyj2XpeENv3ZtaNNrG8H'
    '3fBa7CN5fuWWrg+Te3teufsM20R5llsV/WVt+k8S/9DEd4R//9cNx3PbTejKZxBsUx2PV+6f3XA8wij+HXz/X244XhyVi/rdcNw9'
    'HBOCxcsck9CdpjcK4lL2Elw9x5XzB2wfO12Ac3R+TxTgjs7/gn//37Ac5RGmWZZjtKkZ4YqpbYiv/0PlTO+JeOX+5vCxE/Hjvv4f'
    '5RHZiPjyvwIO45d/rchzPOT5Ocoj4tV9/b8iz0rIc4fDx8PUNsXn/53wvOn4dP/+jxP4TU3qTom//lEfTO1R/P1f0AfdnRAWL7NK'
    'IUcUAU+rFDrMIpQZk4DOksbLFN0VoPEyRbYONF6m6G4AjZcp0lnSeJmmMhGLl1lvqdvEcdywzrC1UBrHDZ8BsXMbHC+TxYCmcSlZ'
    'TDZVzMooMeBqIK8sBly5YrmNd0rjdVc4XA+TI/YyrcReZpwjt8OheWucsGyVdUvxjfXPNOYni0XH4m9XOKW+W48X4MNip9TfbJXg'
    '2zJJezKOPs5hHv4q4b0s73jQgzuOXZxTr9yzbul8TRTYGVF7EeZDRWQD0qHBZ9++zOU+rnoIvM0ELvZ1xXBAB/9ml99v6kL9UbW7'
    'zQDuF1xuO0vhdRnSFF0dXjz25gTH4hK39Mxf1mYdnE1u2HZAhBs6OOe7YT2c6qwMn8fpYJ/g8rhJSzT7tW5v9ngWXX1TYUywPeZM'
    'gY2iDk4RxaDfisbUdI4HHHF5hju68n9E5buIzL7RoPwTqHyUdfUzRXkTnLoV8Ttx1x+Ox26De58W8BddBuWuQeX6Ec+kK3cF6vP+'
    'mH3uQW1YkjPHuzbYT0zx7AKUf4dB/leh/PtN1j/smypZQwdjrsPjAs+FdzOdcGzhaejdHnh3JHq3gNmXAG+TRFxy/w6mE44TbLPf'
    'txEeo0D4nel3Ab92D58D+u3ORyDGH/q27jywRToXdHyCb1evBx0/+lb9Gp6nCP1j32rIt2McHje5jcgXRznhmPfb0BzUkD1wPsqD'
    '57UO5d2uyYt5/IoIvGalYxf3usqiDhwPewVaH+zdyZvA/hq9e6ED7C/Qu8fvgPNXRCM6UZ0qvrQIvMZkNG456IMNLyyKe87g0bxu'
    'RP6/EeDY8Oc1sKaOJuNetFzTBVgzjRHKXnVLmB54bXqdYy8P4Pj0LhnrFZA+uMsebiP8thnbuoTG1mtv1LGtvC88tmx8T3eijUM9'
    'orciOrZAQcdaLejYkRZ0rAnJ0zQmQK8TjlnfCXhRLaCDRTRGV7jRcJDuk61o/Jj8fR2kVRJ7iY0CXcFmcp7TF5FWeO8vgv77Ljdd'
    '3ZNxR/NzSGiK/OS0OWzwx2Q/9fCzWYN3KwhMHd1qYvoH0EG2wDp1If/MEN5kXtEPnt9/DAxUiGf+ULa9UTDLRWsd06xzET3bTb69'
    '2gnbWJn4NWX68JVO+OyY2lUsRvzUqpz+vIOdEUxHbTPxrb+B9K3Z4Xock/I43omM5jdK1s8stC6a4N/1aLVXwVpmOk6XrK16snc6'
    'MGdHOKW+c2YWxH5x2O8p5A4fu1M3R1L+DOYn6AheF7PrXSq5zxi3Lq+iCQnVdbTkzuBTE3kdccdOVsdPB+uYoTjDjhq/oNfibsJW'
    'cmZ2/cRgveFyd4Ft3cOCeFSqGMu2cZSpj2kT390y/9M7B/uxylHHuzbtB43HxXyGj6RY0ysnBvz/UMdCFsV5apkYyLHljPErqvfF'
    'CXwMhnM9+X4CoS2m/tVvyIZjmSe1Fr45IThbawWbYVO8pXHdRxK+XzbYp6kR70UkFX/8LRP4GUrSce5E+H0yqi/puHei+o4R1JdU'
    'HDxRfdUT+J2qOHHxRLCfaxGPXRJx8kT1PdrC+xIn1p0I9m3Qlzj3Rm3iuH2+JfpaSyrW85UwntgfynLi14X6Q50s8fnJ/JGcyfyE'
    'tgx9fHNmx3NWS3ni1NM5XNLC7RVuIHvLNwiNvS+r5ptwzBRKlye08Limt2bV+wmGc2+2PPvEX8YHshXdW0fSXvaT8eH4Uzr75aT2'
    'sK+M53ghunuRVD0fHs/XmOk9g6Tq7kN1DyVv7J/jovFNKu6LaE9YaYhDcePAiOqeND6wJ40aF0YEswKNW7lkCN9P2Ljy0F+Kgw+N'
    '4zgYx3fsbsc+DsU3LfvYF7GPnxg39Psow5d3jOP4IovT0yFot22shzZFPXFj8uKxPB3Vo4vjE4evmofmDNP/OLTXtO561McosZJN'
    '63l+bECfRL70mb1sJfFT72p8BD4xNhzD2zSW3kKnNObiTxKAxWIvficBWCwG4xcTgMViMX44AVjMPnhvArBYbMZtCcBiMRrflAAs'
    'Fqvx9ARgMTvspTFgLSJ221MTgMXwvj4BWAzvX2rmsGx8wlNa48cJigGL3kl+uJnHRR6KPdH3E47q3C7Yx+Lc0ZON2SeHoE46tu9s'
    'jh4/mcrHW5vl8ZM3WsJ6Q3P0WMyhOIHNXJ6mOmB6LqGSP0310Lq4nlNR36LwP/iua30zv9uQtP7Ug//CGA4/aX2p7ydYAD8p/ajv'
    'J2hMmD5G0Yf6cUIlY5GE/tNf/6itNvEjRLLfexGsOLpT/57gmPgx1hmN2zAmvK6fseBXMayzx0SnNxTWKjS3Scskvh0Fgm96B96G'
    'xtUatH+DRuZX+fF5vqm0/Sa6J5vxf7wpHKMtSrxCmxiJtzbx/dbUB4BIxrep83NNgS1/3Dv+Mj/Dpu3Yi+ZT5B8A13Ohaw+/M+bY'
    '2uguWWzKV6M+mcTjtI0zsaRMc2fbz0Y0tqq5S6KdrM7nG/nY6uKU7o4A//FGHkvdRr+moy+Mft3ZGH8PY7BuaIzOm1JYn24M0z2d'
    'n4q4erHLG8N67iR8k5nE3NgwDHUzn2ynwLyJYjmOI+ehEzS6q4WNPF5tFLnbv0MUAwaT2etjwGA6qv9riA6D6aZ+HwMG00n9KgYM'
    'pov6UQwYTAf1nRgwmO7puhgwmM7pYw32MdOpn7x3N+jjiPdoeMv+hsAuVXWma2pfdadGNn5TQ5gequrSyeO+XhreuZI6T2jge4+J'
    'fE/tym7R9GlGTPg6fUIdmmObeIxYj/ByMYwnGy3x5HdFc3yVxU/4pUE7+jWyxL1F7o8hqfNiX/4vhtdBOc6H/ThBaByinAf7fkKL'
    '+ljtOyx5Vt9PIIKr8i9sC/dCAdyOBOCeKhgHUx/Dotg17B7XgghrhuLq5CK/Z0Zjdz5F4nA+LIlBUYdgyGJa6uJTvlzPYbC4D2NJ'
    'maOIv0cK43cIhizGpa4dv6y33/NozMt763lcaJXf5CTiUn61nvs3Efm6NMGxOP6yPliv39+f09DtS+v1dCKKzmtzfTg+t22MX9N5'
    'OBP1YbPkXKk7gt7rWMH49lmu8RkIholeQuSHrVnQP5n8baOn+UddADeu3o3K80/X6XEqiu3Ig3Xh+eg35A8YjNvrwniZ5JrFc/9F'
    'NA6mfhqx7LpQ4ov8moThMhl5d12g4xqOGJ84dsob6sJyQBz/iia6iZVDWCcb78mC9afz3YjnT9aXyoThsvb+uTa8dqLGb9ftH4/W'
    '8rhSNHapLA7mj1AZGrNUFmfzllrOt1DbplkSu3gaA3SfoK1LNfV+BtVL48Sy3/Waej+IYMwm9VZAOkcD41JBO6i9/zSNPqwLwWiR'
    'wJipaceFtZymiXx/mu4V1KfvqQKcxb5AbWxGdHzI7Frut3GNJCapLAbqEajsElKWxvlpJWVrUVl2V/YUUnadpOz/1fCyMy3L/i8q'
    'S+/0rtG0+QlUdoEkdqms7P2o7DwU84iOqyj+6e013L8J4xHe6Ir1+DR+5o0WZamP92tR2a1Erj3CDZ8p4no/YlE2FCcUldXZYtF6'
    'd1iUpfVuRmVt5Ap//68JxySOus/4cQIEbTkokQ+ofLRM0JbNhjSB0g/f/ge1xcbOw/d1g/D+oEAfoIqJmUVlqa7hQfL7ANI9+Od/'
    '1bzsARJP8xeaGJlPorL7JboMWdlHUFkWK3OVYczMu1FZptOYTfQPrMw6FBfTt/9DZWU6FVlsy+tRWRoPU6f/+AQqK9OhyOp9f7X5'
    'eqM6kz3V3NesKNZGErqSjYo6uhKq44zq8Fq1le2w/HYsgrdNQgM2W+gTplWX+ts1jRewWXB27Z//IXhdkjI2MXtfrOI4JIsN1uGI'
    '4+D8DpXVxT6mthWPV3HcMI2ZYWu/8YMq+Vz2Wt4L9OB9DcEzjd1A4y1gme2TCcFjstp70HyI4jhg+Y/qFy6JUJbV+7YqrhMdah2C'
    '70MUjaNpHAWVLL0sIXhsfKZWcRo/tV4s/8lkpKYq7rd+qkYWrkB5XZJ3Msn7cmW4TcskthC0TX9AZanMPUsjN/6mUu6Hn/bnoUp5'
    'f2jee1De2Zq8tyjgUpn9RtTXscRmZIZmnK5F9YzVtOnjinGhbfoAytuigXtFJV/XMhuqbYTuMx9ib68M7629mjvAohi9zL/L+kqu'
    'M6G+pmQy8rmozNES+foM4iPqVFRmpmGZ5YK2rRP40sKxgecoyqyVlJks6M8KIgMfR+IVNwr6oyuTQ2VOk8jaVE7+a0W4bWeQ/lB/'
    'XL+t4HGg6blpu0TG/LVBGSpb3o/KqOIa43p+gMq0S84KaNv+06AMbdv1FWYx6UX2u7juj0WEE5L/UR9wHGfMh9O6LzEoQ+vZWsF9'
    '/ZnyV8I4YRXh2A+2PLx//w/1gbanwxHHRFuhKNNLzr462f3finDs826NncsUg3p2kzJjBOOyIcK4uAiObexu3J4/FuRwbGSOXxfC'
    '/doRoV8/LnB69VherG+gOpHvozL3E73G0/lSWI9DmRtQmYfg2/9o9BifR2UmVYl1A1R/8TFUZo6hzuN9qAzTNZxI8jLdw0Qoc6mg'
    'bWuQPgTDYPGmtqMyTLcynugpzkL6El/+R2Vo32U6jdcVwjTlgMaWR0RT1hbMaKnK31MRdMy6dUvthGYUzGnKIf9/qN+m8rAITsGg'
    '7qfIevx7npeRxbvvJGV+ryjTJSnzRD4cm0cXa9FUNr/HErbNmf4Nec4HR41pjs+6P4XGThRjj8aG8c//89w3WpyYe6Lzsl0ItigG'
    's4q/163DDfnwXrmL4MnLhK5fgNpjGktPJ4McihOY57LTqYQPXkR46CWKvJSvb0V5lxKZYybi0X3f+Sgvi/m3UNAWX/5HeSlPTvNW'
    'oLz0/HAdOjPz5f8c99+v4qe9vH9CeXcTmox5RT9OaI77j7blNXz9v6J8l0H5u1BbRfHMMe93M9QVxY+RV/7LqC4Z3WQ05LOKvF3E'
    'Nvujgj60kbXDaOr7BHBFNr++/0+UV2XH6/v/yoV9lMtsAUXrvl0yjyZ3p/04bhHLMxqyNlcaywLj9UtkHo9X5KVxhufn+Bp7jPCa'
    '+0ns9KMVeR8neVsEcyOyg/XtfwX4IbJ39f2oK3BpC+Ed/prleWVnAQxHf58V44epDPB4lvM7UfdU3/4HtVkUTxjrdW81yMt0tt9U'
    '5KW68+sN8jK4n86G+ZQk7sP5+n/UDlF8X6yL25OV40UvwfmL0VybxsTFe25blscr2CLhQd6QlccBZ3GHz86G4x5QO4LTsuE4wNtJ'
    'nhMUcLYw/z+CNtMY4HMUeRgdmiZoDz6v8/1/Zs3i3uN9yI89kw3Hc95K5i6TDcey7SH7wt8zPE+75Czt2Ux4zA6ScX0qw2NOmNIE'
    'r9xjivrZXn1/Rj5njCbdnZHHt2bj8f1MOAY03au/lQnPGaXB+wR56PnotWg8TH0o+Pu/ADbdn68WjNkzBM6VkAfrKZiO40nYd3Yr'
    '8hyAPBcL8txP9q9OlGcSuTfSCrL9etTmA5K1+TrBPB8ga/OsTHjdvUjW5lpFHrY2VwrwtcMAX+cp5p7Z7UxX5GG4eEQmHDuK6lib'
    'FHjP6EcV6oepjYHv/8vlsLsktOnPrh1tYn076IbXYh/J8yu3dH2Y3Nvzyt1n2CbKs9yq6C9r03+64TirOw1w4joEW3RXwrf/RbBN'
    'dTxeuX92g3vscf07+P6/UDt3SuSifpRHFBPCt/91uU+EuHea3uiG10EvwdVzXDl/wPax0wU4R+f3RAHu6Pwv+Pf/DctRHmGaZTlG'
    'm5oRrpjahvj6P1TO9J6IV+5vDh87ET/O4jhXKWxEfPlfAYfxy79W5Dke8vwc5RHx6r7+X5FnJeS5w+HjYWqb4vP/TnjedHy6f//H'
    'CfymJnWnxF//qA+m9ij+/i/og+5OSBFwsUohRxQBT6sUOswilBmTgM7SX/+oPtFdAX/9ozwiWwd//TvhfRnfDSiCf4oqhc6SxXGu'
    't5SJ/PN/J7y/tBn0n8WlxDrD1kJp7Ex8BsTObXAcNVkcwvlOOLahLs5oxrGLLey5hPDk3mPQ+wqAa2rTPd7hMfW6nVL/nQ3oWy/5'
    'hmOL9pGzXBrnWhafdi4aK8dyvLx230f6TXm6HrJviHC5n+zlGJd3CuwoKC5TvyT9AlzeZHHfd7JjxofRs4wGw3J0L8VxVFmc8YKT'
    'xr0crriXOlqii0evWzcsjnnOKY0hv4j4zcH0b7FT6nuZxt41iQ2dhzXrnenQte4YrPVn3dK1PlFgM0dtn5g/IJE9U4dmPH1bSZf7'
    'a+sh8DYTuNhvG5szHfybXX5Xr8spjRE9RWGHpYP7BZfbgVN4XYb7o66Oq91SG/y4Y3GJW2q/ImuzDs4mN2wHI8INHZzz3bBOWUWH'
    'MT3WwT7B5THAlmh4Tx2f6fHfuvqmwphg2+KZAntbHZyiy3XWW9GYms7xgCMuz3BHV/6PqHwX0T9tNCj/BCofZV39TFHeBKduRbx7'
    '3PW3D/EXNrj3aQGv3GVQ7hpUrh/xWbpyV6A+74/Z5x7UhiU5c7xrg/3EFM8uQPl3GOR/Fcq/32T9w56okpt1MObCnsreFwFe3im1'
    'VZ+G3u2Bd0eidwuYrZQT7EUmPIZuv/bvE0tkAdP9vo3wDwXCr0y/C2zz7+FzQL/d+QjEq0Tf1p0HdnXn8rjf9NvV6+G8Cn2rfg3P'
    'U4T+sW815NsxSDZqI7LyUejbdvKNyUp4D5yP8uB5rUN5t2vyYnm1wmIeGK9YaSmXVlnUUYFwcQVaH+zdyZvgLgF690IH2BKhd4/f'
    'AbYEiEZ0ojodRZuLwGtMRuOWgz7Y8Ll59BvLufMFeV0JL60br0aAY8N718CaOpqMe9FyTRdgzTRGKHvVLWF64LXpdY69PKDSKayA'
    '9MFd9nAb4bfN2NYlNLZee6OObeV94bFl43u6E20c6hG9FdGxBQo61mpBx460oGNNSO9C41v0CvRSnYAX1QI6WERjdIUbDQfpPtmK'
    'xo/pzq4juilq+8POlWuc8HnNNmp3YEkr6kI6HN2TcUfzc0hoivzktDls8MdkP/Xws1mDdysITB3damL6B9BBMt2fC/lT3d/w6P7Y'
    'Wsc061xEz3aTb692wvaCJj562dnOSoHOnNoILUb81Kqc/uyOnXdNR20ziROxgfSt2eF6HJPyOHaPjOY3StbPLLQumuDf9Wi1V8Ba'
    'zsEexWhrF9STN6CtlLJmRxdp9Yfq3auj4T4801bHoLwZg3VnywM5CIdt5JkTyPkuPoeS6TXxe1quS5Af28+JdFmm/t56BPZ6uC06'
    'Gzvf1jAXyNii+1vbJW008REi8u0vssVvJ993Wtx7jNOODcQW6mOD47DaEccHbk+oLT2Cu8ZYDztlCOeB9v/1uWBPEdlYYtvXKGug'
    'm9D5XsM9hfLcNuNL1wE+J56E+moz1iLbxQ4i70wR4FAScepNcYf29UA2OB8UzQtusykebZKMD7XFZHcq/2LI26j68HVFH7rL2AeT'
    'eXnOEOcuywZyt8wPuWk8uU6JPU+vY27/2eaI/Xj3C2iGb2s02PbZw4hD/y05x6VjfMxgO2dIbKK6BTb/5di3qa9DL+bK8Y48hnwc'
    'G1YZvdvkyP3B4nHV3UUwsXH27xpnOG7b8PudI2Df+7dMcB5gGse1j8DbJpl/m7Uto+U7JLZQXRkez5fSEnpnaYOhHb+o7X2G7VmX'
    'Cc5GTPhm2/22Q7PmZ6G6O8vMk9O1XZ0J5M+RvO8ccANYorE34U1M7k90CObOBG++6/I4juXiw+h4fMqV42K7YB6Sno9LXe6LO2qf'
    'txiujQ3u8NLWk93gXE7GN5j6sRT5xFLVOx3V22Epw4nkP8oriMaO3TWYGrHepMb8SYf7ikia1v7U4bZPveSOnSktYWVE40nvrt7o'
    '8PEcLr3AP6M+27ZB5pNcVV8/so+0wSFbXvlCh++b2yKsjaj8hR9rHO6EJEX3mf3MxAg42WeJk3VO2DeCSE+C9dcFdO5fA7rGe9DZ'
    '91iH25LOEui3Gy31nwXQa1NdONbHtqBzphoEl52T4LOSAXiYbUQltLcN9JTjwHZqALUhB/2iZdYM/r0J/n3b4N9vBHlUcGmfMki/'
    'X4f0+1VQfyXMBTtH88Z0faxz1tF96uqPaYyzgJxBnhZiI2Y7B6P7pDuYg6ucWM80m/MU3b0DFR2pQnOYJ+sX04IqtM7zhBbo6vEI'
    '0Qvw/nLAEa/tF5Pzcnqmd7jgSdb8yVnZS0jOvRkt1z/ynAMRnqIAB+n+o6M9DJ+2I3xK5z0874I5vyzunCc5775N+OA/znOD+fwN'
    '4kvSdf3KW9cpDxCe59wQ8AApLR0dtHQSyL9MDsoSXsu7dHTto/ys9eCNpfdTTW3tM+g35tVcJId1IhrQDjCi4LKrIgOZ8qy5sjwB'
    '6KwJtkR5ROVdDd9fQ/QIBaT/aEB0m+khqi30DwwHnBQHRiwOiGQtZgP3d3hfg3gwGR2Zj3BkCpR7Csn51QAjp4CDy+N7Ygu/GqTX'
    '3B2+1z7pniD9y75SupQHvRLDve8he9LD6QnmLpP1xi1fCPrtr7Sq6ppDi83vZH3Cddo8DUaFG3jSYADJUeXT5KmM2vcGi5Fx9ePo'
    'mnXBR3nR0+h65V2pnbq00a5mnfk+Dt3gzn4F8A1M7qpwSmMnTSFrOGO4hunaZfV+kNRXqagvq+FhTOrrJfVVKerLWdAoWX2vK+N4'
    'YnrH6ltRxvEU1Te5jOMpqi+l6SlNT2m6Wocuou8yGQ2flVWivYL9rnPCa5PduWHyHXuvkhnrFHxmzqINrO5cQnXjcwtd3d67E9CU'
    'tCLa5qL8snloITKU6g7wCRb52TkpPTPG+bB812xxzhxlvmhfzoH0fKfUx4fJOVPUcyKsexiHxqCAZKJmhDuiM+9pV0zx/9hz2cCe'
    'k7w/Ou6qM+wWaBeWj03PoceD3QAr6+0NpzrcX5b3fYxkfdah8TM9R29CMIpI5sd78jEkD/b3QH2ElHt8fP/QTuAbC+srZkI6YUpp'
    'HW7EOvA9fJkdRQFgN6J+mfrXYHOd+n1M/T6mfh9Tv482fh8zztD6fcwi2leJ8nltHQf1L2bMLbLVGKr22djE1UHd42DvWgD1r72h'
    'tF4dnKi+fuO28+d32bczZ9lO5udzAqHRtj5t9twd5hfmO2IfQo9G8N/C+HEP/nuhT1dBfyILi8OsFSilRR7G5PKHXhfYyho2pQAV'
    'UyOekzTYi+nKCuVF/ZhaQNQ9/NgD+FExNBPpjVeWyU95XcnCiEPKvVELTsFCWgztTDTtT6Zk/i9CfFXn+cFXpqc9FBvzGv7+nJQf'
    'TYwf9eh3yo8ODz/K9Dlsj70o9dud+u12Ur/dqd/u1G936rc79dud+u0W7/dziNyfJ/yh5yd3KlqPOdDJ2+jAmc9LUz0PPpsS6Q9S'
    'X+Opr/HU13jqazz1NZ76Gk99jae+xlNf46mv8dTXeOprvNy+xnXf6bl51WF6bu7V1feWkXM+7vMxm8t/Dm7Tnic7uM8tW/4A86SV'
    'A3wtsDmthXxZZBswFuGbb7c3IIZHvzM+Zm422nlAKmunsnYqa6eydiprp7J2KmunsnYqa6eydiprp7L2cMT1qnX4PakaR+xfnfpr'
    'Px3WH94fOzVlVqAx2+CY+6pmdn6zYdx05agPeJFf8yKcFycBrzvi/kXPb01oKpPxW2H8a0GGrWLk+zY1EXfRubnNPivyR8lk6ozD'
    '70ZWkHz0flPO4XfNZfcSVf4vKe5mob0Fsn+4aE6Pdkrv+cnuqVK43pgULPmmCrQOZfdR6Jn8RYQPrAeY7Bvm/+dBOgfZ5mYE8l+t'
    'pF8eKXsj0ZVNctSxG3C8F9v4BXSNTEK2jxssaDr1/S2yiROtxUYy93FixGCbTHqHlOnqaEwB3PbdTjimA1vPjFefIdC3YVunnghj'
    '1S2wVTOJH8X0d01ER1XlhP2g47FfgfbUdsNxZTZB4wR20Saxc1Q4x+h8EnBF+iZ8f5jdT2iFfK4Tjiso2vNF9XdJ8EgUF4eucw/W'
    'a8k6n2xouxdnjXSTsZoB9BfHraAxIdoscLqXrMV5jnlsJUoT8HytGub5qkE8HJuvOgt6gu90Yx5FFHcnapwqFV3FdyqbBONhuta6'
    'EV/eLBi/KLQP+9sZqn0Oj1NWMN9NTum9d8Y3iOI27NTU2Y5070cKaHOc9bxZsh7aFWvK5B4ujddhUy4ODlO5BI/nLsE8ef06G61L'
    'FewKQ3kCjym+J9CP5p/OZ79EbhL1b6NjHxv0cKCRebJmcF3XMz3zdDE+muqrsK+tnORcg9LtGQg/vLafkON3G7x0XS7AjaxTqgPH'
    'c7+ClKEwVub089OM5gfT4zEaHrpDs2dsI7z7TIf7RzsZdCRXTQrSdyFdyTLUdvx7CaSrSR9X5dS0k81PAfFdWxfyc2NqA1BF8rwD'
    '0g8vDNsCeOV9W/HN8n3uESj/B0i/DulrN4fbmIdxx+en522Q2yl43/xbnOtL/ZLgb+//aKlfEgz70g+F+8S+VX1IjzsFCe5UEVzY'
    'TmhUMxrnz10YpMdBe/+4u1T3j/McS/LQOZe1bTzs5VRGwmOZ/9cgfen94fG64aNwT+H9AhzYDOO2M9ymPNGdYVrB6tgKfbpyo3ye'
    'WZ6fbQy3jX1zLwm3zYOJy6nmsloxl/75P+DF8+8srQ+35e2vDdKnu+R4demHzNZrDtHpKhjjiWfLx4jl+beOcN1eOS89cL54HMaT'
    's1PWf1oWy90iHDoHcOgTF4bb8I4dYD/0YTGeiPrPfK5N+l5Q9qaH5P1nef7pYX5XhH3zynnpA/dymlwnKOel35aUKSrKfGCRuIyM'
    'zzPRcV5yt52uscTHte0h2Og64suKD+YiHcEEzxT7Qz/K8zD7O2+tHUfWGt17990WpD/8Yan/6ZkIBz388O3wHoD944Yg3X9HkC6/'
    'OSgzEdY2/UbroTg+9p5SP7O5faU4v+pmMY43WeL5n74ZpG++ya7ce2ENLn8kWRuRiQPRzv2rEWKY+mU0aWveKfWRj33HzdPo+L1y'
    'Sfh/qkA4dJ5T6nN3DdHDDyjynknyPo/4AJp3u6aeJ1E9r4KUyYYbSd5forysDUyf3E7y/gytw1Mg7SF57kLrhObpFbTfK/Mdhzur'
    'PZOkpzhqH15FkNWOckp9XLI+7NKUxz4VRf3X1f0+ZL9yJpGLt5HfDG4Hgl+ENrI5OJ2U3cBsLSFvN9q716AyRZC3KgjOrIFvb0Vz'
    'NzkXTr08r0ftWENw7C1u6ZydiWxdVXiDx5fB6CPjwmAep8D5XvK7i5RtVZSlfTmPlJ0AfB7+tl3Sh93kdw/J1yOxJcX+T5lPSeaX'
    'sxKdz1EfjthXF/N5Sf0IY3t2RpNYjAkXYDoIvo1dm4NonMk5flPMM/k4fGGUs28X9FChs2/HLN4d9UM6EuYgKTuEbemcjLg56R5l'
    'c1JZhjmxtSNitlNx5iadE/HZiskcHK7jlCfjtAqN0yrAxRnweyo5R+shZyt96MwIj1uH5VlWJ4G3De2zHo4uQuepqrxYpmK8yYmI'
    'JzkK8YonQblLJHU2C+rsEJzd6+qksRPYPGQ18+DN0weQjVlBYLtGZblOwtNuQ3yn15YdgryMr28j/P1WlHcD4RPbkZzC+PQ6R8wn'
    '9xHel9Gd8xD8baQtfahNRSRH4PO0jYTHfhvhgZk9wPGobW8XyFmits1F5xZU/tlG6uki49dHYE1w+P0lfF5QQca21ym988XmCOse'
    'vHVwrAC3mC2sq8EVmS9/bHcoinNwIoJ1YgRcTqJNDYR2lsZbGMh6Ntsyu22mE58g2HtFdKkF/ZvVh+9JriLr3BXoy2T9lY2hN5f/'
    '4nLZSDWG14DfPtm87IQ+MVjVrKxEOZyFNDeqb4bk3YHbBz6EFchPeHEOp1hpjtVOZldrSv/NCRx4DT5PZB3bZy/D1750TkfVnLJ1'
    'e5lg3VaM4jnOw6POVXAH/l4S9XjvwHDM8WXyOTaNpapb13vSOX9FzTlb9+sF6z6NWe+6zvJDoeQlx7YGj4Ym296fTcc8/pirzjZr'
    '0G9dHHEzflcxl9mcx0KM6rvQC8ld6FYaH9L2aVJ9rLY1qxA8tQvp+uxL53RUzSlbt/Vk3VY5yIBYUVFI/tfkl8V3VNmPzBHYZIjs'
    'oVm8RKwrqCR2HaoYdyb64F2kDTbrIYLhWHZIEDknkuYi+ntgOBDB74OpFZl1HKgG8y8qv0JzDGyDmA6ugugQGX6tbjjUfGGrmJ+l'
    'RUiXiO3X2og9DtMRT0V5+iV5cNzyDqKbbUS6UaZLrkXvOpxw3K/lObHuU6RrT/lqxZpZFAfBK1+ry5Hy1UM/5vTMb7MA/6PYE4+y'
    'uckaaAeUTyY67S9ZH+3pnIyoOWHrpkHGly70V+xeGX9Qi+a2LkI5HV+cWe1crcOpGov8lF4o6t1rWa8yP47zwe780jG7KiNXP+Ax'
    's7E1rHdKY86Wq3+mtg+vFFvF1gTtWNgcVqVzeNjMIY7xZFKvbM4P53U7Guxb03Wczmm6rkefjXS6rtM5Lce6Hok4YGtnj/2mYZ8y'
    'XvqMY+7frW+Ure/qdG4P+7lN1znHhdlOMvdpWAxWVrcOHr1L0e/o/S2mdCPFldGEK6NNjtDxmIfb3TF8juTVf/ieWWQTP9PTjadO'
    'Dx71aRg150ijb05YrA1ss5OehZfO0VXxTNammZzlRd1PML3LpGe0JWe05VxbGQNzrPTcfOTNSYXD40jkIpzPimwz/fuWbgDz32G+'
    'a9h8Z7KH7Afz3mUR161gA1JJBqhqdM13ddz5NjCc2GtqQLFQaa6U9F7L619dZnzOAb/OcHsL4PYmC7qTKSuXM6L28CkRLdrUe/hn'
    'NdZwljTG/z34jw/BXHbBXOadw/FxRZidzQ1DSxos3rLXDRF6qrLVZ37MMgv595zDrzXE3Z+8357viItJvQdvDNKP3FWqH9Dxm6k8'
    'IKAl8dBQKw+IeI7hsrMbPfqUVL5I56T8c9IC+nBMP23m6BXEi5WHfn7WbJ+Oqm/pccL3FPLpvAZL51rfLUQrZ5tslmKLev1ls2oW'
    '+0pnugm97Ern7LCas/R+kMFdlL36cYz4VJrATvmQkTcn+nWTyb6SHzZO1BffgPUTfSLD6yadk+GeE62/B0X7RPK2Lr/K30Mdsd9g'
    'vhqKTqnPhvWorPZeYNb/fZ1ItYV9RYTuBRqWU/Xnk6Q//wrlqk14MY/5yuUL7HfFqNoyKv1h/uCjzuODyXL4GxzYvTY66iV3WmF6'
    'UZsj69yWv+29wb/fit5PkUq+cp1pYeA59Z62WiN7j/HHplWmkqVyG/ZZiteBZ8N22+Df2RmO53nBe4rHGfhj8j37HaLhEejNUMvf'
    'h+q2YNEMu6P1KjkQ6TEtH55/Kf8TYZ4yQ/iU4L75k02a2RxI9NHwP+mcDPucsHXz/wTrBuir6/UpB0My+MeOo4Qn9BWVirGqGjFz'
    'VK23PcjUZDJu2WeKlo1bi21ZHczwV7O2qL4XLXrF6MbnU5xMcXIE4SSjm21O6sdLyneW0adUJYw/ow9vScd+WMaenpcxvi6P9AD1'
    'RA/A/PLNATlsHtjJYLjsjslqZF+DYRRQfuqD0Iun0Yjy4zs8NnBwPPHtZJ2PtTlXyo7uSAci+jjrjCuNMa620LJz7d7agspMKxfT'
    'WtOb623pvB1286bSLzaStUzvk5nE3mHwawXrW6V7ZXRMl4+2v4LQxRyhiybw6J1E3Z0/27ZuADgZgDs23VtL9tZMTBv31Ya2w3Uw'
    'N+n4D8/4Y5shV2Kjy+LcVTs8DlaG8B3MTreW5MP8yTFTkC24Y2ezq7I/ngXpmxOwheqV0IXUtiawrSknXsa1VaR0pceWF0rnb8TM'
    'nym9GWdIb1R0aUaZ6VLVQHy6VCXg3Vhs+MsQzhck30Rnf1loTzX6jc8OWTxIykfm0Hzjc/0sOdenMSX3e9/JWLF8LN4kO7P8jaHt'
    'Qi4IIcvceWrvCujyq3z7v9VJ744I9TB7D5EFZm9ppYnJaUgH9hUlWi94zc2DdMwU/k105yiTkC3mK8G2XbRGjDXzFYfMb/dGhZXe'
    'Nxh5cxL77sAo1zuJxmwk6gu70jk7rOZM5a/Bm0fsw+x6SB+czve9XnQ2wUI2bUT8ahFswSY6pT7PmB8t5qNtl8N9n+n8pjG/a8yv'
    'G/PXePbg31mAe3VEj2dydnK4n7vYygKmfjs6E9gzR9kjsVeyE4WVq9MAVBHkobMs9NoVDo/f1eWUxuWajb6xGGHMl/nR6FuPw2OD'
    'ed8mOeGYYF3wbazgG4NZL6iPrWUcI2y/RJY20eHT+H5F4PubEoBD185xbph3mQxrJcE4lsw/TiX3hVPt1ri1KEsd+0e9Wwz+0eD/'
    'v7HG+3+TAvgYt9l1x7rjSl6Ob/H+P2Gi/2Os6x4x6ci4+yB7rjQ+ZHdzEewf1x2yx87rwgnmTdhUy4hGqw3y7JWZYCmeKQZxfI05'
    'eDesVoveGzX0vZaNXW3KyEzRN8F4PBqiyi8RPjcIKnTpFEQLo6XFkIxNlzwauNRNaVpK01KaltK00UHTGN/2HoHOqTLIIIWXdXIj'
    'xNVYoRxAK8yzZmyFn6ZKXwtwdFiPqC9rQlhXe9kqDUqZrH1v37sqxYkUJzQ6s5zqTM8EYMZJn0NPtUGe2oVUF+Ih2zudUv9/7Btb'
    'v7rzO9vz2NGu6TqkdI386DlcU5sxUz0MtW3weA13YZC+tJDPc0HyTWU/20b0RVbrPMYZ22HwZOJigonvOFcwz3mkOz/homAuD+wI'
    'zzP95p9ZvL4U/6oJntWhenGMmSqnNBbMdpQyHSM7O/jchUF63IYg/ePuIE+NIM+xJE/U2C+yOyYZhMvVBJeZnY6zz3GufbR03Y0K'
    '/7oZwq7ZkakYT0Okjw16EtGg4gBFPkqZjVUaXwTtb6vLubvpJy+N+TLy5sQmptMCi/wVQGOxnSTbZ2T0Nw/lMlDfwq8G6TV3cztT'
    'xvfSPcn7tlOwX20iebpRng6yp7VBng6gJThWmS7OmVfu9Q6Pi9ZL6mBw+sh7agfwdkgvQ3A9G88mh8dmxeV3asr7bQQ4C0CnHQWO'
    'qu+69jdCiu0fekg7OiVzyrYyz37gSIRfNnjIzl4n3ROkf9kXwK5CuNTu8Lj2uN6mGLyIyN+Q84tBGE9wepgXvKd8Xw40gl7bKwdK'
    'jXAx30e/NaI1Xg99muyU3vli+DoL/u3BwHbXjU7YPrtqgNu9OKS/rsPj2bF+tyKa0+pEi23chMpvcPS2M11oXpOKLcjs31cB3zsL'
    '5ZkVE08YriY9biMl1nsL0lPgcXXTsY0db3u4x9ZmvR+usY5H8xiP1riwujmzgVHOuS1YzC3jZfbdFqR33lvKyzB+2Ut/clP8ve+E'
    'iGPVmvBY5dBxBtPr0LmdHaF/+2CsGh6C2DjfsStf/J55fspn2tRTCbLQbffGH0Os55XZBRYFeshKJKdhfL0Q4euFhO+sJe2sAL6T'
    '3TtucEr9xTaiPr8ZrYEKgNcA9IzZUOJ0u2TNv52sfybLstTr62K0fui3OQ630WTvjkHvjoZ3Ux1uszxf0pb5RJ72yo2BfjObUWwn'
    'yuhmF+lrD+oPtRmtI2NeKeD1Ka6MR6eSTMfcGgMeXu9RyjdBm1oEMp9rsF6mkfH38jfDe5ynCbWV4nnOAs9pPW/W4LOoDKWVun1C'
    '1h7VPrFAsU+0Ij39374SpB//NuwDDwd5jgL+mMIWydfNqK5/vw/g/ST4Vofg7IF2/B7q+vwdQXrTg8O/f72ZzF/ce8j4PvaFTqm8'
    'XoHox4UER2TtofSjVbNOqgVrVHS2yHAui8ZEhHO4rpzk7BK3l8JnvpMZ/IsQ/IsQTtP7yPV/dM730NQN7iWHnkbJ3qWrL+SzPdg0'
    'bzK1kWDzi9cgXvdsDR2J5tYGn6OMuer+iwfrCGhLNaEhLRJd6iYL3r5ToO/EOCvK20bkgM0SGJQuNICerBG+VSD93kYiU2DdX5dC'
    '3sgiuKJ7Xd0SvW43kmlwu5j9TCPJf4lCP0z1tV4bJ8D+yMro5sNG34z7r/LfJ8KZKsLn9iD9sgf7h0ie70bzrWoThsdw42KAdwPo'
    'NHU68GOQXGqz3paxswiUevV+GK3pTZJ5EPWDzd+VMIdsHHTzt5WkHQbnEVsE89GG8I3dqxpPYPcY9MPkPOQMh9+HpGu7G61ttj5M'
    'xo6WLcKcHGGhG+4TrGVdGaajGwu0C7enT0HrRGdAMl0qW08tyP5gMtqvvPcHEH56bX4cyozxX2ayuXzh0FNRKFSyf1cVqmsKtXX1'
    '7Ck21A/T0+j9r6kckP2B+ZvPH/+t1Hfh3r1e+qXgueCCL/vpz2ctmv6a2fNe+79nn3vBt770pVnw+cUPv+tLJp6Qv3vZra2uk3t2'
    '8J+XeaB7JnCKEtT1j6CeL53/8JfQ483c3kQ9tq9+wsS/8m2yry3s15dCz29vxb8GnIHbBv+8/18w4PXT8f/bP/jfs/7/B59bn3sJ'
    'IA8M/DVUn4VpreZ5q+CdX/8Ug8JG11bEHqRl9nkyORf7UpyLdABOBFlmhmAvLgA80V48Q8I/9ZF0l4QG2+qAdXzFL0GHarLn6/aC'
    'HkTDdW1uk/BW7YS32y6g21Hb6PX306BjkNkj4Lp3GPYDlzGZV68dexAvn5RdAtZftaM9sU3SP9OziNcC3urmv1PSftt+0DZgvmAr'
    'tGmugF/fTuZkHvm+ifB7RwC/F9WOwqSdtvyETD/cjHQPlKYcadHOXslat/F1MR/hrsk5H8VvesbURdYGPl+MC99WJpXZOJjwoqLy'
    'KrmV2t3gszZT2t+NeGwM6xLJGQPGQdF9g9Hu483kXi31P+1xk2YckD56huzcB9MFkR8YE1/QBWRXjevIIv3XC4QGmegkbey6bGRG'
    'md6m3Qn7olTBZHaIX0Zra5vF2hHtt1Hqfz+SrU3rj1LPxUg/0KmgIVFgvwnxDZ0xYZ0OeCvSdeyKCHMx6vtOgk8daO+NAvsIpP/Z'
    'ptEpdkasw9aPjIiv70Fr2IN5QSYY63KsZ3aeWnkf15Ozd1fdErybiPTqj8M5UW4f1ynn0ZkS873D3r18T9hWYtK+IP35XdH82Pr1'
    'A9z6wcLnlHlsHtzFcZO9K5wbvJuH+uW989LPfISfV7NvRbgf9EIHH2f27eRNQfrhj3KbHlbPrDeGx/nJjvA4d54fHudF15TCzaBz'
    'l7Og/d93A5+3TB7Ca6LXAo9tx9/El1SLxV6zldDHbkKXqN3fSnQWHncvwXBnAFxTft20vUVkY9Znadvo/XutG+gBTGx4KQ+Lf7cN'
    'I06o8mF/eT4PNfiPJRI9+EbCB4z0vjwMcj/uy4HDpO1fhDORctAHJkOuygXpckhPgPSUXIDvlYzO5mBfmxSk75rE18ckdP/kdCi/'
    'MFe6XtZA+StRORarBudbCvkun8TXldcm072uPsJ44H4vhPQ4ST9o+4qgI5yM+A4sv3ZY0DN6DiPiCzFvMxnGHte7BdFGk3oxfeoW'
    'nIHi+mRn8nmBnFaF7Bdk+DqT2i6sBpCS25UMbkYD14ZPqSJ7SSc5s1+E9B+dZDxmC+5vbSN5pqI82yV5WpANfxvSubci+7r5Tqkd'
    'EtZZyvLK5qsK/jDelMv/q0zuboGxYd9VsLFOitqM0328VyD3UFtvkWxte5ar059RfZfoPT5/FendjpHo+XsEe3FUvb8p77YZ2ZHa'
    '8Gg9At2qyBa/wSm9w2hql6DSIfYg3XYD0X9QekrxswbkDLxGthOdrK6dIn12M9Jni2yHTGxjthKc7BK0vwnsY3H7dwrwbTyxnW50'
    '5GdnuwieMrtXjLM1pG1tArsguh5lOuoOg7HYYYgP44k+gtk20XMqZkMksudthLbocJOOW5dAPmiE8WLjVymhTdvI2ahO3ioXHegh'
    '8zcV1gdeFx0W9LTNAt97FPfOqgRruMIpvceK+QMZz0DLeXyDrlzUM3SZDtrUTtKUv4nrvyCit4PsiD7D2J+URUeD+ABD89jYdpvw'
    '0BSXqgku5Qxsbuc75r6eTNtVLriqOyrl8g3RAucKLpJXS+NpZA6bJ2v+5ExhBuM0kBWdD/LH2vegwLLJ/CkKlmbce2h16doyWitD'
    'HavDJjbH/ATxwSH4YHouguN8bHDSeHPSvfpf/P9P4ZutHenQ+RsyibMS5cxrLtLPsXcr0T2IPLLxZ/fO6hAfi+9TdkPaTnRGuL49'
    'TrSzwHL0+bWCPp8p6PPpgvafHGEclgnK9GvKtAKdwGWYTNxH8h5JZIwGgR62WZCng+SpEeTxdO4i/epwzt9bBfN3oWD+XofefVsw'
    '9x9YFJ57z58nnfsFkrkX3b3Qzb3sTFA199QeVTX3rQZz32ow961lmPsKy7lvgHMLfL99qlMaW3Me2C/kEbwsKj+PpCdCX851ArsC'
    'pktS6QKwzqiP6JzpPTcWH4j6VtHpD7ZrdLZYT0fvOJ+I+nuiZjxWIZw+JoJdxoll3JMYjf0/9K55SvDub+jdGHj3HOLbppB5ngKw'
    'fivIM21KaZ4DsEbx2Y2qzV6Zn3t2I4gu2fS3yUI3Lbon6tX/NWTn1Suxo+4R6G1Fdz7/HdnUb5SUNbXfF9Wvsn3AOL8bnfl2OHZ+'
    'iGibizBWEyzPTUz1fKyOs5Adez/pf7vBXQl2Nkv1lP3ELrgrpp17p6TuI8FuznROOyLcEekiNMPkvDZnSUdEcuFcJ7pfw0WQHu+E'
    '7a4WO6X3VjMK/avonaezPyGirlQWW9oUBvX5OFR9bnLi+X2U6aFN9iwb+oz9j1wM/WxO9WlCfdrqw0Cf1ojOKs635HcqiD3DIRuQ'
    'NWqn3F6Z5WjtLL05SJ++kdtrTDU4f4tj06C7R9eA+CIHfMz8M/iMuforpfK7LOarKu5rnyVdS/VKRK+0lx7iJKtXMp0bbJtqwx/L'
    '9nVb+q3yxYv1uLY+eFW+d5P2BZc0/o/yJyPGf4vHoOxQ6a8aiL1h3Ppcy/J5y/IVqa5fTpOnHBpWRpMrzZGyxUjXj3nuFY7cH6HJ'
    'XDYieeNSKM/0aW0wx28GepnO89DOM/M1xeaNno3SM8d56JujyEv97Ddq9qoo9GGVRr9BfSrodDginwZU/2GqB8E6LNau3Zb2W1if'
    'e+qEYP2J9Fe9FnqjpwV6NGrvGUe/Q+HtJ7+3OPJ7pr7+f0JwVkH9LMh8ydH5FbUhqi5LNIcm+qbniA3eIy0cV038b/VJ8NlkftsE'
    '96iwHSy9D9ZmMRa7JfebtjilMVY+0cLvRKl0j0M9d1HsJzcP9uUkgc7VRBY2tRcXyd6iO3FDrZNtbeFrsZ+0zWQst0ls+qld+2bH'
    'Tt8tGrttCp0+9qPx3HhOR3dL+kZ97uyW3AFKam3FsTXuEJyteP38DurnizHmTkZPNpaJntjS1ssG+/kqeHcSuX92Itw/u2JSeCzp'
    'HTuv/Eq4x7YsZ3bPjuVlqcjXCm2Dl3cRuj9o2t7F8G2vpL24TcvRe2+Mjh0f2BFgGnLQ8L6A6ZmXif8xE5imeInvY0ddP97Y/HEc'
    'H5s7s6X5v5UFn9dZXv/NBnl+mOXwvPQGSL+GfotwRQTrFijzbVLv9yDvt9AdlK+QPLdDnj8hePeSPD+APHegPF5d3thcNy7QEWNa'
    '/TKhrxsF92tEtLRbMH+ie15tFntsp8H87kR96BHcSfLS9a46VgndH2S0sVx9OG1ccHYkOv/cRniBNknbsX2QqM0dkrtnWw3biXn4'
    'iWjM+w+TvYfGpXlmLO9DOfbPJNv+FKT/TXidm8by+/xx1+9Qr9t/Ghuc8caVSXFbOyRroMsxP9vqlowDtb9649jgzjO9d4dx7QWB'
    'TY2Kh7WReTo1PCvzU7xgsJ1LiS0ZvsOI6/PqYfVSGaZLYoc41LTypeZAR2V7R9nU94DozqypnU2vgFfy2vzTZq4f6JfYEnUZtO85'
    '0r5NhmMbx1frH0h7nzE48/2XZr62R6oMpVozG1D7TXWPSegxsq79fIrWyOLm4H7JULV/q0JvpGtrRXOpPtCEB7Fdx0OtV3lwDLe7'
    'MNE5iPabgxqbxl6JjTfzTXDDmKD9Se6vNrpe1d75vjGBTbCpn2i6n5dDVvF9IY8J7y0i3cBCQ39ALC9u+0nIpxDWFawksv0K4oPn'
    'NPJ9Ocj+xw22efoQ8M/tErrRQWwvxwxxe2S6R9aePzYNb3vo+Py4Kbh3V4543SY8jC0vw3iYT8E4DteapWt112B71jl6/ZrJGl1t'
    'oRdciNanKXy2ZlfH1AcuNNQr+rZ/TZz+l0MfL+IjTHwCem2rHqK29URo2383hv3+DyUdZTzo7UPUjh5NOz7TyOPzsLX6lcniOAHd'
    'hC9i+fok/MCLCK5X11WNpeeKpneZ4vKscWSLrQK52L//18hx3CaewUYLfZxIxhXRXirfzG7k+sYuxzyOV58j9h3VYzFnmyz6xfjp'
    'fzRwXctI1RX5d7Ua+LiWa2w2JkjrrmvgOFoOe5g4e8TlQ9S2KOP2pgbOUw637s8//0Pt2V1GuxDsC1OkCzwUC6MhuPvjwfmvfJA+'
    'DOlDkP4K0ifypXcmH4ff90P6KKRPEzj7If15PqjzL0Ve50GSl5U9AOmvJXU+Tep+RlPnL1Cds6vAHzakCyEdC+mJkB4L6UmQTq8q'
    'bct08n0G+u3VeXMxuMPnvTuiHmJYQ7oI0on14u/LIa2AdAak6yBdDOlskr+5Hu5vFsM8STnwi62pAxL82l0sPfew1RmJ8qx3h0Z/'
    '/epimA+KsvdGvQM6p1ge2ytTvramzPXr5O/f1Q9P/az/P67n/guHUi8p0gkwXvWL9Zy/inpGNBRrZ089p7czCc2bAOl4SJcR2rYa'
    '0kmQToN0DaSTCa1cBzRvPRqbkWwPtqx+eG1CxyK8tpHdaH+onUOnwu5Bhy/P1gV+X6Pc80/6TOm+uuDuWNT4djL9mK7er9Xxs4jh'
    'OAfw2vDBOrk+Mo7sbsqPdtcFvtS8d9+0sLe6VWNLhfV/34Fvp0L6/aPCYyqy/7qP1HET5HmA2GvhPN+FPM9m9XX4cfjqAv9FI7X/'
    '2JYubl+fqw14Q52Nps05zFDpbO+sDe7rYLmJyksPS+Qmnbz0BMgsX0Z1/JbIO6zMY5D+ktRxUCJPPYzkKv/8H9UxuwD7NaSLID0D'
    '0vmF0jpYvrWQngbpUlTe1/+jOvIgI2WqxDLUfCJjsfxMZpsK6emQHgWy1ltrA92nfy+K8BtHEL6iGdKxEWWrUxV1TZbUNT5iXbNR'
    'XVH4IlxuKqTHke/zoK5iLd/3hup80qv3TzVDWy/bax6q4TyHjU8hER9kWlamg/46GoOkzszbDfiuf6nh8fHKdVa/q6aUrymHrvUZ'
    'jR3DG1A/y2F77NVxUk0Q14b6u7K9Y2Yqnx6N8He472Y5CH+T5Bd1+qX/quaxI6PoWWT2wL78nyBsOl7frA7HZotz50AFR3cP4adD'
    'wNdeUh3AGYm8nte+c2CuMR90qobfYfnmQbqA8EtzgP85HsEW8Ui4jtaCOS/mwZ5WzXkrxge4kL4K0rWQZiLyIFXVnK6Vc39m6+4P'
    'VeH6ymUP4dX3wBDVx2jWtwT1lZPP+TdU3wZHHedmg2Mew6ZPYkN9aRXf75PUL9noky5CbRiOM30/3mgV3z+StqmaXlV+nmqjBq+y'
    'w9AGupb+q5LHo+4mY71fcu+x0S214ab2uPdV8pjfUfg4Ux7gG5VhfrFcZ/pefR8bovrY3LzDoD6bemT34th52fohqo/RuVPKXB+l'
    'qzMTqm8r4am7CK/N8KWmkq/vOPXtdqKflfy2IrwWo7RBJx/eXxHu61Dey/b1/xVyecPWFpiujY+XATabo8vR2JXj3lq7Boav/6vg'
    'a6Pcd+f82NpoPHdL7Ive6Jb+3kJgHuGKZdp5FfxOUJJnAOzeu8mdedN76ZkK7od/GtETU9nGVF76Q4HLS6YyjamO8xEE+2SiN51N'
    '9MJnWsK+tcB9diclJ+l4jmcAZz5b4L7f49j+erA+UOA2asNxb5HGxnwbGtctEl2czEY4yp0MBr8IuDmW1PECWfe70VzQ+5ei/ixD'
    'MKkPjc2knx0aXSubsykFvk9uc0r9s7Rb8LCyuWB0r4DantSd2z/l5TCj3oHx7AQnOuW1nfLquaPM9bA94bp8+eMByMbyn/LDF4tg'
    'S57TtUtI3V+Q3Flgbbp2cqm89XoESyUDmtx/WJsPfAOPZJ8xRwjaONQ+kHTn6H/O8fWzmtyjPA7SVQTuqyLU84scj8mxkeD5M4Yy'
    'wt25wKZtqGyUvDq/lAt8u5bDFsk//8vxNbGZlDG918xgXYbGZ6jum2xAdQ6FT0D//B/h0naFjlKFS0vRvCZ9dufBn4Tg92p4iTaL'
    'vYGNew7hDZUnqZy4Q8K7sL3No28t5P6lbO2fEGHtP5YNbOGHkw4WgS43Rrz38ADY63wRwWBnSWdrzpTWIDnLg/HRbDB32K5mLrkT'
    'sZjY5RxLvk8Fu5srBLCi3KvwYPUgWDPI/QcbG2Jf/4/G6aL74J7vPaXj8sMfBun2b0AMRYh1cdODYP+fle8ZHYY2/CuyPO5AlPhV'
    'Mn5wepbf9SynTYV//ofqov3fkRDPycbrfzN8vPpJ301o9g6JjPGLTPyYXHdnArtple9KHY05zuLeuglt+1yGx245zZIOfDjD14iJ'
    'nR3+fWj9IxhR7fYvzvAYl7p1RtfBBlS2XbAOVLbG52XixZaj+HFSJrCBKZeepF9S71TUj7jnVX5cl0zgS17Hm7C41L79j6ANUfX0'
    'Hrzfu3xe+wT6XNG8svO7X6OyNmvd9//l8r6r9OS477ej+naQNrZr7JdudPn6tbFb9cpcqyirskP1ynwE9bNdY4vA7M3eg8qY+IP3'
    '7/+5PPapyZ7TJcHJTrf0LD2pe4T+/X83WvzNbrr+YXxM79L6/r9QGROe0CszA5Ux1am3oDKmNtU1Lo9xq5KZ/fWP8rZrzqH/4ujz'
    'svXoxWod7yTv58m3/4V2eN//92yIc9gRpC9A+vxHg7z3oLwPnBek2bcE6ZOQ96jNQd5bFHkp3BsFeU/aLc77/wR5O98rbsO/K/JS'
    'uP+M8j6/KUi/LhmHdyvyngy/Pwx534HyeovWS+vPD5ctAm2lea9eL87bIch78qXivG9CeTsg7zXd4r6djfLu2QE8ytnivq0V5GXz'
    'RvMeL8jL5oLmnY/yLvxqkO67DXAY5JMZN4H9L8r7H7fDvfd9cE/+jiDN7YP1j/Lq5J46lJfKTi0Ad+w94vitupitJrFkKgjNZvpb'
    'HAepg3yzjYOUQ7/r4Lsnd6wBnPH+PTjszm9QGdq3TIy+9ZD2n4K+daE+sljA7Bu7s8325GWCMWF6qvmCb6zcTAHMQ2dJDo+rvR/e'
    'HSGYF1YPiyXfAPwP7t+hu+QoT7tmDmVxiRoijrcoRjOLdanaz3Ec8mMi4pmtbpjyHTZ9Pd2Rxwc34btMYzeL5AbTdoriiW+T6FJN'
    'YuzofAV7c/YumL+hHhtdu9bD3mAq922IeR+93aIfvQmNvTfu02PYwnU75n4Mew3aQ/erFljjDuBtxlHHRitEoEEzJPi92y3lgaPY'
    'yZmska2E/24az+8NbSNtSsouZSvB3X6JLODF/JgsaUuv4DwhqXofGBe+OzUc8+K15avjwneBRPe3Te733AbfHkHnwbpYKqb3im6E'
    'b/cb3itiMVZuzXK7Mq+/veOC2PG4/F1Q/mHL/tq2CbeFxX+J2o/V47jNYafFvYlucr5qirPTJfXRO4mm9EBXX6Wgvn5HHVc8Tn2/'
    'H8t1PDI/FfTOpinsh8cGNqqm5xHbJbwOjfFiuk/6d/5itMGU/ojah9vw4bHBnOrasDvieHQQPnvnWI5DVH+2rQw4eyHCoT4JDtE7'
    'pqaw147l/u+/aUFTbe5KDjUtLo4N9kET/yA4ftYt2eTp6e+bw/az/cQ2pd8Cd/sMy/h3fpq5HVK7RLedBA34BupjuyE/nNTa/wjq'
    'I9Xfb3DUsaps+rhbUc8OhU2oiU4fn528FdWz1VAmibLvnobmLC5f3Cexc5XZl84chrqZ7XNlM7fL7ZLQzDbLsXxuDO/PUMoevs/f'
    'MWEb6aRlDa+e76I+dkvOY23Xsena+yTqY7fAl0JStORyVE+P5K5DTwL92Qz1JM23UT7lrDLVQ8dtCeCGaT1J8n7Nln3si9jHF5vM'
    '+rhLcj8rjlz/qyaOlzcQ3uQbhO+4z8CW+k4Jr3J7U2BbTXmhkcTbfRzFU7lV478D95XamCfVnr4mbue5USJnMFzaaYH3zCb/oiZu'
    'k2rLw1F68KoYsOh6OBb1u92CTzFt62RFW3dbwqqJAYvyZ39rLO23re5XN677G8NtfSYirPsQrA4Nz6OjQd9F/Zbx2Rs0/IbMz4hv'
    '82cAPyof78f8QmMRBT6+07wTtXWzpGwUPetasN1Zj+AnrYPz4J8ugZ+Ezs2P+SmAn5SOzYM/vjG4H2F67tOdgPz3YgPHnzh6PA/W'
    'Uw38fsfWiHuDLU79KGadfRZnAIxmfAXVORRynlfnNWieRLKCzb5xaQxYlBZvSQAWo5WvR+O6XZAnznmqyIePb/M/BHVS3ufIhoCO'
    '2PL2puOYbwjfoYnrD317hLX538XytMN2vd5eDNNV1VrcJeF7ber8fJHvFUnr0j34Vxf5uoujO/d9fhb5GthJxnu3IQ9sixsXofFR'
    '1emlF7r2478WjU+dK8Yl2V03SiMWxYBF1/7kIpfzqP6dngerZDfTM4Cbs2o578X6sPxP78mI7vCZ2O6eTfxCsjvDZ4JN76+Goe6z'
    'oe7v1fN7Um0Rzi1sziv+Q1DXdgtercuCn3u3oK7+iP3TyR5bBXUd5dqPYY/BGJ5TH77fp9JH0Pu2vs0/gqGTlToke+t8Cxgivtzf'
    '/yPAOEBg1Nbzu3eyc5tey/3Vg/tCXRjuMwnA3Y/gbpbQyu4I8vWPBHBlMqvN/vFNBJfGSjGRfXsdse/wTyO4WyTyXJTztfcawI2i'
    'X+it47hqAxfrFdoM2rYjAk69WgC33zG/t9QluX+6DMFN6qzSg3sUGssoZ3QejPq68F3iA2TcTeRok33Li/nRaHhuJJM1/ysCDCpj'
    'PmAAo18D4zYBjK2WffmaAYznNDA+LYDRZzkeHxDA6DccD0Yv9tQGOB5XJqJ8/SaIgVHu8yR//ddynx0HysBX6dbHnFoux5vw4tT+'
    'Rsebj4kJ/xYN/JdqwnMl8nVkYid0p6au/TU8xuXCnN4vxxLkW153h9/mHuH3a8J4L7qjuAz5rsf3/GWyzHUJw2Vyihfzg+ouRL4K'
    'ViQol/UPYZ2sn2+o4XvuWuSTRYcn1A/VStKXkxOGy9o7t4b7Urif3AV+CtJfkPcPoLvC/j0tBMMl/hbY73ri9z+H/Ft6MKoRDHaP'
    'fDqksyCdooHx92ruD4DKwj2WcpwH70kBPFu6XLL/C+D1auyQRH5jmQ3/LQJ4UWVkD9711dynANtvqT/Z3Y7Y7/wnLMp2Exnl/ais'
    'zTmov/+jMdhsyC+KYrSzOe9EbbGRE7wyb7QoS+XgMwRlD0rkSsqLrazmcYZY2RctdC4mPPQ0RR3dCdVRhcZgK5HVj3DFZwgM/16s'
    'Mi9L8e93VbxvJuNlc4bA9KUPVnE87ZLgYpeFvuD7qL9dEt65Q0ADff4ftWWbEy8GiW//p4DXa2lT5vv8QH2TwdstGedLqsI+XDoE'
    '5xV4vHZD2behsjb6cf/Ov0VZin+vruL8/1DzlD7/j9rO+ISTCH+zTMKXTIpQlvEedQhvdH6nTPi9v1cmA4+170kE72yJfyxVnCfa'
    'vgcSgsfad0slv1dOebcHye8DiJfz7/+hsvsl/N1vJPzeZ1BZBvcg4RVlZa9BZQ8K8uB23E/KXo7KHg2+Zk4hsavWFUpjWrF4oL2o'
    '7EzLshtRWebzZjHxebOIxM46Dcqej8pSPzlLSMwvWu+pqOySgjhWl6zssajsGkEe3NYzSNmZlWH/bmxs1mjqbUFlp9aLZQIZ/16F'
    'ylL/97NI2WnIJ6O//1dwn09tEWy/mV+JpwVwtkeA84gAzo4IcO6sCPvM6pfo5the9G2DMnQP+hIq06HgN/G+/ylBmV2EJ3mZ9Oea'
    'irBvJRWfbnNmuMsSdrcF7A2or7J4AJ1kfC5AOLAlQr8YnFMUdXdL6j5WUXe3Rd3TUcyRrYb3VHTyK/PPUof6JfLBJsJtx6AMxe3n'
    'CnwsTPl70bnrgQKvm/KlHQL+1L//oyjTK6nnbosyncz+16AMPR/6ChoXU75dJLd90qDu3QSvPmhQ5ilS5vICx0VaRhdvR9eHLYKx'
    'OKA5kxPBeQNqo26d6fQy9Mx1TcHMZyC1MaNraEFEOHRdHWkIR3Wv27f/R7jwosQGs5fU/Y88L8P0TH9wxHFMWL//ZFCG9vEgKrPe'
    'Fe+l1A/6o3nO56/KhXl4W13/D/Lcj+L9hN9mPPNjkD4OvPJ/ojLMD+T/aHjz61EZBm+/hif/d1TmaAmfeQaKYeuV+ZCgzArCEx+H'
    'fvs+fwVlziCxcdeRevpRmZmGbesUlNG17UJU5jQJj0/lgtegMmcUSsvK+PI1gjLryBjg977Pf0WZ0yRlZua5r8w2xfmsL/8r8r5E'
    '8jYC7uC1udVgP2b8govqUtkb+fY/uXBekf2Pr/9DeVV2Hf75X473wdZWw4/5F7E8o2G3Scqb8DZe+a8L+kr5WGbv8gVF3m7CH39C'
    '0a5ug3a9D9Ul02eydl2G6toWwdaqB9VF+YgthP63S+oy9f11vqIuGsvkVYq8u0gfThTkFdnPFEFfSPMelPCrrShvjyOO98HOn46E'
    'sYlyf9nn/1Fdu0kf8P7s+1BDeVU8gpf3r1mel8X2eI1Ef/l7g7xM33ZAkfcEAvcRg7wM7o+znPeMyi8UwaZifBnskP37f1nun/Ux'
    'whM8jngQP+avIu9+kvdqlJfFclwoiEPv8/8oL+UBaN4dKC/Vla1DOjzf/hflXUr4hJloz/f9f6C8pwrqxnzBBYq8dM89Ixv2DUr3'
    'tDWCPPRsZ7kiD1t3CxR52LnqMYI826n9ryAPPtPy7/8L8tD9t0aQB9tf++sf5RHZbvn6/wzP0y45H3o2E/hWtLkX7dv/KWAz2vkY'
    'gW1y99hf/wLYz5A8dyDYpryTb/+LYHdI9u4vC/LsInzL51AeEe/l5fk3RR7GP12D8myWyGnvQX01PdP39X8C2L0kz3aUR2QP7fv/'
    'gPpt7q/65/+G5frJ2L7ashyr7wTUly2SNi0V5KH1z1HkYXCmCfK8SOBMUORhcBrQ3JrqE/31Lyi30wD/n3d5OVPdn1fuf1x+Vyqu'
    'feVDLh+XLgmd/JEiD6Pbt6M8onN7L89NqL+mvLGv/1fA3sLu/yjyMFr+cUUexr9/SNDGDoM2Xi6AfYC08RJBnoOkjT1u6V3fOHN7'
    'EapPdG/Yj/mD8vRIdL5nKPKw+V8jyLOV5FkuyNNH939BHoprx6A8Il+1/v7vhumWjv/3/f9ZlmNtcmHe4t7f9GN+OWZtoLLnfoeP'
    'i8i+xNf/oTw7JXLWT1GeAxL+6ocoj0j36N//c/haMrUd8c//EWyR3YYv/wvGSGcL7PP/CLZIpvL1/4o8LHbhu1AeKhcdD3n2KPKw'
    'frxdkYfJYFvQOJrajvjr3wn81SVlY+z7/xCMu06OYzE/6i1thP39H5UztUvx17/D4yv8huiHmXzXLMiDYwzROA00z5P5cAyEAvzb'
    'dXhMLNcxjweA31ej99jnOoNRAevcBvZFANe/VuCqn4w7uh9/YD7rsKchSPY65k/LoTmR5zCbmyLQzbem8ySeJyfOPDnaecLrmK63'
    'rGMX4yCdP8H87XVWkyGvdJzkptB0buLObQuUd+F9HZQbi/L653KQThwoxYuC4ntcnGOw90B60cDQjk0SbbCNP5KJ0Ebd/ppF++sE'
    'i7azftvQ/CMi1PFtyzooXauAvFn4w2VEcFTzKqtXxK+o2lyvwMO45b3+noR4s0ZIJwJOeflWwTi58N2V9M3r+wmG/Wa4yeodD3o9'
    'zL+d5vBYdKJ11ArphWSNNBIaVAs0qMo5hMTMbF/4uKgvhvAcHTzc7lmQvpnQZ8cAX48C/r0FYOJ2VUK72H3DWagfon6Z1snWSBPk'
    'qUK4n4f6nH2Oc+2jejwtILxrIntGVrBnFBE98tq+nrTNk1k/KuQrMq/oh+HeP4KldOgZGLjsMjbn6DnJifC0INrCcMh07lTy4HjA'
    'cfxtnmMWezFOm5ocs9iCGZCPMS6/XbEeWkCn5QItq4PzomoG8zDiVy1QMGsnwwxkrQUXNM+2T1FAo327KNj78Fy2gf6PzWUD4MAY'
    'h8c/PbQXrA76QdedI6GpMhxzBfvjt8n+WCnZa4sB+h3ybU5jKG4nZ4Um9xo2O2E/s75/AIfHvbwe3n0A3nn5HpwO/oGQrqgVtYvt'
    'h759EKx7HPt0EaTHO+G4roshXUjGVMTHit6legXNmtyuVQ0oHr0IS3kL2VrICXiHpTD3GyDdZSlHyfLVoXzj4Y+xeEnDZ/vNiYM/'
    'Vrmcp8sgXqiS0KBxcJYxYFgfle9KaJWCP2C0biOB+5Z0jZSskb1vdeI8Gd0Kqif4eCnildN5f2XMexPM/UL0rlFxrjI3gXOVFqjX'
    'eyZDnjqEQ+458r2Btr8xAn9dSfjraTAGExBcyo/gdLtAd6A6M3aR7rGJ3ftFKY51j8+HccpkGJW+XCQHM/5p0mK4l0B4JS99+Z5S'
    'XulclKdyoDRP1QDYJTtBDEnv3TmQnp/QWVwO7fCy/Y35FxgDdZwtSG10dWMRrMm5cBpF72eqB9Hprxot4TWiNAN4sB3GrwvWYd6I'
    '1g6KWblRzofOpRTG7hyyNgYtFj3Z2tX52wYFmtWIj/0noE9srl2FHrQBZDHZGqK42gu4YQIbr4GsQqeP9ZHzkRzmGLYrD/TF9vyi'
    'nuRLQl9kE189jlzJ6snAn2xsWbx4SmsaLfm2RngvO/dphPe6+PMy3b4rgOda0DCMQ8dAWhiwo4Nsj8ZjUUA8BNP9YR64EcFleGAL'
    'pwnhUAvIVxkoMzPVJQt1ySK5QUBGI+nwVOeY2TLjsU8P3gD+Di8K6IBKt0bXXRG+V5M1MZecv5jYUZSzjy3vC9L83tHbx6+/f/T3'
    'ceFXg/Sau4enj/kh6OPjd4BMc/PI6PNQzGvubrDFvGtk9ZHxTfhuG7OrrhHYVXcSm23M/9jwa7R9tYr2TXbEvmU6oP9THHUspA0G'
    'ZyDPkDsxlyvqbStjvRuBf6W27Li+7eR+gMg/D8tvGkeM2s3L4rGrfKIwG/nFwF/TOyEqOLbt3eSIfZHQ+y0m8QqeI3Mgw2mTdb5C'
    'gNvVlrhtcsfNFP8wjrG7EJ5d/fQE6jW9y6S7r3Oaw329Ul+eWxLq8zywqTfBZd04bCjzeCSNfzUK/JvjmN/D65XQI3zP2PQekM0d'
    'Id8fNehqW+GMDNc/0tt+EWp722HW9nkIR3Y4Yr/tsjYPdVujrhuRffIeBX9cI7CprABdl8i3G463KqIXPY44FssMxy6WZ4clfHzm'
    'ocsrGtuChPaY2IhWEJok04OJbJFV+jnWDlN9nn/Pc/BvHSqTgz+VfpXZD82DtU31YqZ63MwIqEelfxXpSE10myx/NZTPaWxKGy31'
    'RBMV9vLVAnkm7l0AEZ6eg2ynMQ1hZ3atyL5rgkBX7oCtIdaVY/vecQCrSnKXojjAzzAdYnPrQGoDu1FwbnlkB7/HyN6tbQc/Buic'
    '8u6rg/TfOoJ088X8HiPLs/YD4jzTFHDGvR78GCjg/ON13Ecx0/O/dFlp+6sE31g/KG3DY1w1UHp+YrqnmNo7yfDJt0NcaF7feDg/'
    'FZ2HYN0gHQusU6M2Wy3An2A79M2AS1HtW0eZ/Ug2ulac44Py2au3xJPxMpQ+2JxfOwSHjoS1dvF6iB+GvnnrCH+rFdCPCgH9iMqv'
    'ydZWUbJHeLj6WQmtPngj3+/ijtG+24L0znuDtjShb9eA/u8nN4XvV//tK0H68W+DPu/h+HKgzT2QFvjtov2I8bMMVoPgHDRvIGsy'
    '+ub9XULoWysZR0bDFxGfYGcQ//qLiK+wLyPbkZnE9+YaUuY04gOUwZ4FsD4Oew32Z7aEtGeppF0slsAUR+zXlPkgu0zR3qMlfkeP'
    'lfhT7XK4P7MVknadAXnbHB7Pi9Y7VxNDgY3POWie1pGYDRTmTNSOItzroP5iF0nGdE2B8xhjNWO1riDGm1bJHLN7ViL/c6yOkyE9'
    'nswpbcNsSfllZJ7oWmY8RVyaV6lYbzKax2xCvh2D5s127OPMfwu+/SXLdb7zHHWMyKiwi6ADHJNAO33fkaDXxvJ2vxOOwWDqPzeO'
    'j6M4OpLPj5J+9CJ5plfSH9GZhtZ3FDoPwz4Wfd+RTtgn4iaS50wn7LcP+2ryY0fAHmNzNmPijxnra9j6LFcdWM9EY5LsLKOOW0YH'
    'qxV0kMpV8y15o4uhfDX0q9SG8/Cx9cmaPzk7+yH/XlxZ7IeSuv8Xla/H56obiN6U8vUiGSBpPHfRd2bDmd5tK7UpnnauczWQpymI'
    'TTJ9ppnYs1F78QyZkwrE33j7VMNgSxqn8O+mtrG0niyqR3WnDN+hxndcqQ2r6v6CCLf+f3vfA11XWeX73Zub3OYfSdqmCW0oAVoo'
    '2JagFEoLGLEqKpZCGQqUf/lzm0DSmzTetDQCFkFE0eefp/N0nu/NOOp6MtN2+Lts4fksKBSeiIKii7VwHgy4nuUNMzodZ+mI9uXk'
    '7D1nn333d873nXPuTdLerJV12pxzvvP92d/e+9v7t/c+2unHJB9TUHxVMBjdmd0wRLuLWaD8oRKfNb1xeagDZSzx6Gjf2Q5X9P0i'
    'zmRRqviZEfbM3JTHS9B/iDpevXAPdcwMaZu+16y83MB/UPpnEMvzL6r4GzfBvf9H7g2zvr0u3MO+/UJoc5ycs7BPvUwXxTn5IXm/'
    'h43pKUf2VnhXhXdVeJdxDD6ebSS9oo7pFWr95Nr+pfvv7q7Jf3eF66xpjB8R2m9OqP0Ma1/rd4b2w9qsFs6TNysvNrUReJ2NL+wo'
    'p+8q4sbkZJmUS6zbRDd3ZPa3VHGOPBMf6hKCl6A+qwuVl0MG/7YYYnHbyN8eU57vB/+2prP43IgxVQNwLcB1rZL9sKa2igqNzg4a'
    'tV3Xmwivs80xdYysafd0r2lc244kc26CNW9Qldxiutxijk6rtz2Wz7Y4Hbg4pA1qs6nkqZu9eeoS0XEZDdlg0UzbjIOTofF+zhx8'
    'iJz597/gXht+4sXLOc+sI7pT5+NQp+Gg3N555NkTdnvtSM+uJM/eAu2d/bz87Cnk2VsfcK9LHi+O72siZ5ypZ5+DeEfA9zwNmKNv'
    'QBzkvheKMUGPQB9eecLfblR/Qhv4fem6pJU+b0MzYDcRe7xSOF82g2C0jc+3ietfyfpcZak7mcraZqIzm9jmaf6hxQRfwXG2SoP3'
    'MMnbZJIfLsgPQccUpS2ey+gmNu8cU94knKUUOY+UKlelKS3MZWe6+wiWiee0pHtRl9PSNs9QFubLNM6gCf7PY4WPU8V+9CaIe1ht'
    'sUblWBPTfIomcxGUd6uBycZagt/XjV+ihbMEWlhO+JFEC7o47sVgLyjlPKMvLyz2u5rxhc0CPYblFaL7QpdDl/YD86Db6B+m+NZT'
    'GG4Vn8+q4poUpzC+1EneaSnjt1sinP11c5eNOHfO+O8Wxk9zlcXJo8TzIIXFX9nMe+F6O5uJaeyT6ffnDNjN84ls7TNKrnEwx6BW'
    'iC6/1+kkTgXnv9qSxihdVujNW+91D0wvvf30qWOX3rCNLLxkS3dOm3cSm0gNkXs0Nq8d/MwpaOM0kFmtqpIjDH/QXjE5R7/Te4Hj'
    '5wij63SdihZ3p8tXap9707EsH73JN+EQ3BzBTm4eu8Z+qmBhuk0M6sDn35f2YlY2W/LP66CNc9LeOY+2UaXCc8melnZ1eKr7c7z5'
    'NiXnNgjL5UBzAuCZsj7txqaUKv+xlPv4n1LmuY9fS7n9qPigRB9UjJoKoXsitG3bMwXW3W5lcUErI+DkaZvXpNw9ayKzmzRtvH/y'
    'D6tIG9Le2aLsc1UNKhajZ6EHSTmqgvJxcHvR/JSbs1tXX+1MzT1dbgzbdpw+HAY+1QZ8RNKXGyrY8iAMXSn9zFbrjzn3b1duvhq0'
    'BWUN4pR6SxQ/5cQ/LWX2qpxGju1U5nnfeF63AcM93wT35wkxXVJOvUFmpyuQ/9Pa2RIfyqnivIn9mhiwdAyerbPzHRfxjF6pITL7'
    'Mep3EFsvt2lWasgc3esv2ZXD1tyEdyJ/pLa6Uxk/y1n4L0YIT4waM8xzPzYB/10ccL7i+UA5X8f32pQ/rxba0PB9autyvnsxkXV9'
    'Ss6fZqObjrI28so89yrGPzj+hpM0fRpm8n2rih/DLa0Ht83q4s1aK/KqIq8q8qoirwzWPCp/kmRYNeNXiAuh/DSvouVAryLfpHkV'
    'N8DZYaUqzlNIv8nzhLYxGwmVSVJ/6HhRVrUpr94btlEjyAgpD+QK8g7W9eb5XKW+UDlIz1kj5MykkwuVc0xFLlTkQkUulEMuIC/j'
    'vA/5cYrx4venPD5EZcoiC7tw3uKsRPnnlC0r5coRG52c2qi2sPbmpdy2pPMCrw1hcsbrFeSCaQ6iAda3f4Q519n66XVYI0v7BNno'
    'tP0i0JtJLYmcZi2cOPOF7Hs9FuMe0bw7zL7zN+RMNyqc6cK+Y9KXvpA+fBL8GPSZHaq4/gfVX1YoOR9UEA3kY9DLjcQ+0aOi5x6j'
    '82tSP6RH6eu1UFyuZBPPK7nuirQOccdlii/Na+if8gM6Pq7/ziV6ahb0XkovY4Y0y+fF+dajxJbPecGoZh/r2vofpG85Q9uUznbk'
    'tPefyT69mT3Dc+xJez6uDQbz4p1cYpsUrzXEaQPzhC4usVyR1uDtgIMrt/0LcyK3sP4Osz4MaPjAmLCXqgPOSE2VM9IxfUZKVc5I'
    'lTOSMo87xnPKWmVf96sg+PGpTtJvqJvQd0xlkKmeNsZ4cVfKzX9HebGJvOtjdqzX2RmhYKFHFQwxQ6a6+aAqru9jsnbSWlG5LdVV'
    'G2TPSbog5uv6aQLyk56xl2jsnWF4L2n8uRCsJI5/TMB5URsq2kyD6jxxX+OQZv+MM5mfmwF64zqQDUG2Xa5rnUt0zaFp1DVbyZlg'
    'u0bn0+merwfoX1mgxzZGj3M0tvIzDGxS2IcW4N1zlRzDh2cprvfVRtT7sqA3ZOHvJnYv7v8YEc6sUepD0TPhVmV+3pdwaTTeX/I/'
    '8L22UsBm9Sh/3dulqhgPze1NQ/DsQrJvtobQ2qAqrru2U8m14sYizq2EkUPs2p60W3uCzlOPYCez+dY4GatESz3KLkdKUrSBY35X'
    'AG2MMT/gOQJtvMmeWaHM7K85DW4xz9o7HvY3l7FhmMZ6AeP5GzZ2Ghu+Mu0G5tB5eDXiWm+doWv9Xou1Xkvm3cTmU871fyPi+ucD'
    '1n9vyq1tEzZObm/cqfGVJMUfctNEMyg7LiP8e1AF18XIKX8umjB9DWXTooj0Yjo27NdioptSWRSnFnFtADaC0teClOsjkHSwsZi4'
    'xLCx02e3Mn1+uuhqnbLz040H6LxT51kBh0LlPOLcG5neMqI51+Ys9Jcepm83CvTfw9ofE2jkM8qt45wlsQfnZ9zrarheANd3Z9zx'
    'zIE5uygDOZ863OvHO7w5dJ512r+a8NL3QTtdGf8avAvaubPD69cH4R597mx47g7ynVWsj5dkPFmCtIP3VmXM21sL1/UZbx3nsvlZ'
    'FTIO55lL4dn3ZorPRe9g718I73+so5gP8L5G1UMvIGvgXM/VrInJ90zjI8JqGticl26MEAN1tNs/pwKgmrmVclcyxk7CK+Yrfz1b'
    'mpvGtHZGknSkVPT8F92Mrnju+gI5f+C9cSLPnHtnKi9X0SvKq/GUJX9DGYM48Eb2nU5VnI+fvrOAfONW+FsL+dsKVVzfc15ncX3P'
    '5Sp6DmNnvjaS/9vUyvb5Nbph6VIyjSWdL6Qdxq5gHoT+qKA8pbbfwj7yPI1Y90Wp5HIN1cSg/Xbl5ZJz5qe5yzsHoN3M2estXd7/'
    'W7rscrrZ1Ea0zVm5SsXPUSPRlvQ33GOlep7Wvow7JpzLGvg1ydvWQujiU2zvoi5wBeFViviubOZkjcXzHF9t+/5cYqttA1qWxrWS'
    '8MYwPaou4v51vv8OwXdCefM15KywlPXxbcqfq9N0DiRb+BpVHKMeRpsc+zAXfqV8dnH2NeU/OPZTmH/V1re6kPAgGqPN81OZ8PYa'
    '8hztW1w+no7Bxz+smcceMubTinTlYztvkgrAWAgasbkSrdEbTGg1RXgWz7/2lcvc64k7vHw5eO/wlVDneKxYRqwdd68/2iD7sHQ+'
    'XeedP3T5faul7EtWRctXZpOv33Q/dSg/jhxl12ZN3NB1yp/XKEquNYlPbyY0hLy2H3h0I/lG55AimmwwRgXlHaWxZmYvGg2xB1O7'
    '1o3E9jUqYICdZzYR28+Agf1uC7z3/gBfX6/y58y4kPSjl9nM8JlV0I8wu992wXbXzGxp2y3G0UZsvwXD96T536LR23Afz9Ps43eG'
    '0GQje686gCavU8nVSo2rJ5joaJIOudJSx7PN507ztzczbAvH900Jl2V6+UHXt4XJlXrDWJsU2RdJ8NaGBM5ujRZrYIt1iKonZpWX'
    '360QglnQ5dW2yfvm9Hkbid0odT6CXMQ+XqzpI+3HsHCmobgNtHebYMJs6pNXs7OzhC3fahAzEWVedHluTeiN6lR8Hblvr6DxHaPe'
    'ZIMvlnh+EvG9cfZ2M9EPTDErSe33kw3jHGz2o6lfMUd4wHT2A/EOl8IcRt1DQf1GTOK8GO3TPbCEzNmoCo7htMX0mubNicsDOK/s'
    'Ifpig8H6jQuycdQwdiVJnrEgAZ6xMADzRsfF/etbDem9CZ47VdnHwJrEcU7E6BfnYxTTw/fJCME4xpWlUo69HgGTxde7JYH1blFm'
    '8WdSbig8yzVqdJIeAVeB6z83BqZnmPjiaGwijaeN0l4Scux9yizvCPKcJmWfK6QJ9MAkY0YpDiJuzKikF/4jYPZ0frhKDNXMi6H7'
    'CPEloK5sI68q6zw7YuUwZ1FcPWoOO0txTNxKcr4wsduhHtapvDjpXg3mNqoc4bhd2l86F7UWc9EG/mI6N3XwfgvBUTbCe7QWHq8l'
    'WKeC66iE4cui4EtbQJfl2KJy1T5EOy2th9Og7GoirmDjaVT29aRrBHtlEjbXbEy9DXUqmmtMirMz0QWwDucCFRxTV7Cwie1U8epw'
    'Ut940liVBsP5wTr29DwknQfGBT2dx5LanF1TKlr9S5Sxzr8PTP7+oiJvZ6xetVf5cxOkLTH4o5W1n5Vrj7FR6OvFHFBofzxVuHcT'
    'savXCu81s/NwY8AzHNfKcQH97J6Us2i6cJJU9vFcZAUYQ12I3G5idr6RmHIqCNNl66PMKi8nj1S/QcrXdrNG5gywdiaUXGMC17kg'
    '2C17mM9+iPQvp8xyWUi5FXgurx3KvF6GSd0ayYZiW6NDiufvU/6YZsQGzqQaHmFx8dUJ6E/1AXuQ7qm5BKvRa3gWQ32pFLpjOcc+'
    'n+jltmM38aPPhjlYFXP9lxLb6Da2r3k+y2E2b9QuPKDknIFbDPo0dBSsAz3b2azDsJLzthwNtPk2sLWYzsW4hbwYU/Y5KG3OhLNh'
    'fnH/xZF1eH+2z8WKhOYC8SjHq+J8vyManSWI90l5O2bzPHfBvJj46k11wB4250m2XZWa/XO+hvh+J5icGGPv3kz2w9vKwHuda2PK'
    'f+Z4k51FwsaX9NrUJbA2tQFnDqp72uY+HwvwffD87kuF86uUn2HYkO/Z+qz7mS8dbRNO304SsD2m9vABi75IuacpZlvCP/Sp+Pkc'
    'OU1lEqSpYeF8P3WWS+ufQX2wljyzXdOOQyhZ4Rnn3u9T3nnBhCZ4rqJDEd/H77+U8vRkaR54TknMDRV2Jv9eQLu5GO3uSXk+0e0h'
    '/dVhtUzOA4eY/vHZgO+OlfC728h3k2qX9lVH+xtTri+XPyNhtsYDzkym9p98gM3K1P/G8+OdTMZQmKVj+A3440z7aoq3267BML1I'
    'YoVs5iaozQMEY6XD1R7S6DIcq7xHefUS8oIeY5Iv1wR/octHLNUTMWlTlzepn+27caWvV1mK76LOt6nM38Xxnge4bBMspk2NHDq+'
    'cq9lUnq0Td7+MIx0fQL60mKNzBgw1CMlzFFeBecgmwA/r4THLGjWtFcV5/YuFw+34e+mcQuYJ5DO9bjS19eReJjpfC8m8ma7JbYm'
    'yvem0wdpsm9qEtg3zco+rz7yx7uJXYKvx83s2Y9o9qitvAvSM6msRjvldcRHGtRHSecPwyuGnQcunCa51TlNcnomyZRaFR/TMGyp'
    'u0p5A0Y08kfiv78UYpa2GuD5q2bInCfNj2ztBf9GfIyvCGdJ2/b+gbTXk0B7z5Hx0VyzJu047/+vgPFFac+pz7ck4njotw9pMC7D'
    'KrwWB7Vv3g3/T2L9StG/6wn2tJ+13afB6m63iAPCdVlH+PcrSq6DUorvnhoQbzQQotNx/kRrioX11SRmCXGaJwt2bkm3G1elqTcY'
    'BXdXCl57fAK8drWKXo/HNtc1foe2MWSxtynWS7feNK/Mnyk3LymlUY4Ll+oTUd9J1P7ReBvuK64G+gmqvx40LprLYYeGX+VVMvWb'
    'ciF+p3YYDz6fVsXx28s0PFdnt+U1iDhOctTCnpbT8DJci3eSs8GEpW/TFDugqz9FdfRyjlmKdcc1PJ+sYanjq0uhOzay+RoM8SVf'
    'TvSpPjZvhyLE7Fwo+HltcSVOO06uzTMi4MLi+OVt6z6Xwhc/HTRwa0JrdjPB9I1ayIuCCq7ZccUsoYUziI/dJI6U640SNlKHlaJr'
    'azLPcWiVnumrCe06bb47gH9Eifk7k8hMGlOLmNv2ED06TlwgzTNkEwfMdRhd3d8kbPwmGJpBzTkF99M7CI8oqOBaaQVyLkoiNwbF'
    'oI9anM/yITgg51yUTfljc9OW5w2bWhHHQgwayWoLaQq9P5j8ZELu29B/JkH63xmB/ocTov9rEqL/i4mdYosKzo3UG6DDYkzEAmE+'
    'TDFnOtsFPacNW4xxKIL80On2ScYIxsVJBtFt1hCPPaDBCY0rf1wcnftxDQ4pqIayCU32Gp6Rqf5Qq8G4Is3MVfq8htQnwLElOyxl'
    '8XyVXE6ygmAft9U7Jf9SE1xXCPfC2p+w6As/L4ft/TCf39lwri/3d6X4jjhzb0LP7Sq4hvIE0TFt8y2eSeQU7uFbU/7aszvYOycT'
    'nrBD+Z9Nso/jzH+cC7HntSl//lSKgZ7QYJXbYI/Rd2pUcV5Zk3g553qYzAv9Hs1XUk57TxLngdYADBbnoc0CbVAdwVm/7gCcgdSW'
    '7V57VSPrqd++VYMnQpq7PeWPE9rO2t7KaJLKDd24g+IK2jRxBVH6p4sP6BD2RtjcjgjyXdrfOwNiAcpJ70nkDp6J+TmdmKnjLWxO'
    'Ub7xBtOLbXIIS3KrNaZfhON+W4iNJiwvY4/S57esUsX5KHFes8qb51KsexPQaIMyj8GTcko6ddpvY3zusAX2m/uDRizezRu+Y8Jb'
    '4uaG7bPwk45F+G4lR++xw2PvKQOPHZn895UxeWxcnmric+A1SyQMiKTnUJ2jXPtoKk455eaOt53XHiXnJp7P+M6ryjxOkp/xbHXD'
    '6jLP3f9Wbp2j2UiTNYY0mdXQpKkMvgNkro38C4pTsJFBOzXydzzCmtl+33R8pvjmo0nu0ry/i8ogh5vAVtEegrMcVvqcZzZjrRVk'
    'f2MCsn9Zidd4wtCvyunAGf+AhQ4Q9RvrU55Na1uMvTySIP8thdyXzlaLSrjmSZ+xXie2x7wh7lt3xjJ9x0a2FAz9KCbnqIIGSzpW'
    'Jr4cZ886796S0DoFxf1NqOD4cdu4PlvfCefrEyp6TJEuFn4mrm+Q3bRZ0AdN5jxpmzyXk00qufo0Jn4ZOm+INXoP+Ght5Ilpnqeb'
    'NTiFnQTLs2SafERSf4JoaGGI7T0J/0/VNNnDk6iT1GCIV2uCv63QYA/zgoyhvGcwZC23Kvv46zBMZBPgsU+Zxj5IOe6Sspub5LWi'
    'Nvsm5ucZU3LN0aAaSjzue7uGDvqVWczldNk5y7133kvORv0qOK9yTgXnli5o5HiYPUf3bZ4XoBzfC6NXpFOKR+f0OqTC4+Y4Xe40'
    'xJ6F+ZScfl1gYS/copGLWy0wOTcr+5q8QwLuO+ydYc2cnFBGWwg/syUdm54lmMUdFn6moLwhTUCr9Zq4pUEVHJtJ9ZZ5gt4SVEuD'
    '1yfiugml23YBf2c6bhzv65oYjs+SebU9M0l7ephgbudpdMxhxhe2avgYyuEtRBZK9QyDYs42wRiS3PdR4kWkvnUpLzY+Sj2CTuXF'
    '0+WVvtalKb6Tv1NQZvF0iLlsV/5cElhXrJXs9XR3MKg8qVwyOkxvZwJ8KCvwIcxDu1qg06gYR8pfGjXnojD7X5KYjyAdIGPhx8nB'
    'HGJMcAPQj62Mod+vKbPtf/Pk79WafcL3UV7D/0Ys/Jim+VhMbQZSHLiJXlMu/V+qay/5emo15xys31BL9utIgDyvZe3XwXtx7fkm'
    'eQaGlZxrsono0iMh8k8aUz0bU4Py1yk6ZQbQLY9/HNPIsSELGT4gzEVjibAzOlnwpaNcFjg5xpYrfUxmUH8zIf2tLkF/zwJ8fdLr'
    'oRtHKeWuM6ePhmAvJH4YxD+lNUSdptNgnaP6TfoC7BDUx16q9k1kQHsMf10Y71tHeF+YbW7Eot2VZH+a0jvPcZSEXy2KrK/X4IRQ'
    'hmWVF7dtqm863/gyiTUwfS+s33cquzoHIxo7xDawN8dpJ6yvV6niXBHDSh9L6rzzQQF/F/ROWB+c3MKrDHhUGL8pxX60xaPlNHrG'
    'dNnI5yagzxynzOOBsZZKLkAPuh54kWRblnz4M0W/6SL95nYc035Ph54TdEbHM/JCjf9I8jPZ2v/QRnSxgI1L4jsFsj7tIXypx8IP'
    'wvtPzyRJtF8IOdPORn+aDa9AffJn4OM1jfPPGa5dqflHFH+DM96/UF7Ni1KMtxznD+eZ81RxbSXbeO9y8Muo60T5fVJjnK6z4dtD'
    'zobjIXpXkuOPoqPpdH88s7YqfX2ToByROpzHLcS/lFdyntYJzbs3JdgflBFXED09rD/4zvuUWS6EnOG43mGx14L6dZIh7m3UYu/2'
    'BdhAdX6q2mmUtakEZC36O+5TXr5ErB//whKvFngt8SniOJ3/ny7gRvgcjDLMhYnPcEDwGaI/UOJPpagTiXt3IuWng8Nsn12U8mNZ'
    'V6rgGpPN8EwT2Mqj1Drm9SgRE3J8yjxWp1S1jpM4L54GfTw/414/mPHvs9UZ//jeBffv7PDG9072zIXwzMfIM2uh/Uvgei5c3w3X'
    'VRmvH85cOTGCF6rwb3fBe+dBH+bAsxfBs3d1uNePdxTbCMo5NpO+OeP+Ovgmnfc+ZPheUP9s5uRYm+uLCU7wgox/jBdnjt15scVJ'
    'Oe2vyxTPBe0X5Ss6nNT8hGQ7x4WtYXOB/1+dMcO+VSXkZ3T6+t0u93p/l4fxQz35b+HeU3B9GK5vdMmYmre63H/TuGj6/ltw/fuu'
    'ePKnkcz5GrguPCLrSukE5+orl7nXE3d4cWh4b+24e/3RBvce1bEOXxl/vDa5RY/yH5zGJSr6T1hq0ZLuuT9d6V4/l/dyLeK9BZv8'
    '99oJ7gLfe9+Ye80N+J9tJM9iO/js3Zf6ny3H3oubi9xpe2Ov/5vqBvd675f0/ceaH1L9DxoPgXN+f869/uFL7twsEe5dv8vjj7VK'
    'zqWNuTPnE97315vd67m97vWfJ4r5Iz5zDnuGY9DpGDMBY4ySFxfH+0ugqfodXk5rvFf95zBP9/qxUM7fHviSe911r5kMyyS4n4Zg'
    '3n7U5+Uw5PdSt7j3FpF5x3tqvfd/mkN0Su/p87dN1w3v4ft39un3FtaHmK/8NT44LdZcDrJ3vRczhN+rh7X5wUb3OmdT8Rp9EMa0'
    'ZqB4jfDeDTfr6Qv7WUf6WVMGPeT+fvf6iZyHE8F71wLvqt7l2ZLwXvun/PeW0zbv9d9bSu6dAPt62w2eHQPvrev332sj9z4B723a'
    'XDz3XwN6OONTxXN/8POgb91bOv4bF8uc5J7k+lBtgB4l2ZyPE3g2HfsXQJfMd/lpeK6Gr70KtH/a1cX9ufeTcO0y411JyLXbDrrf'
    'nwf//+KDdvaXl59wr5nd/hg9529de+O1Fadma72FrmDabht5juetuO3JaDm6g2Jp6iLI0qmz63dKyyNf/rF7/d0eT29E2fANuPfs'
    'U/Dsw15OY9QJC8+510ued6+v7Havu/cXy7ZTNN8sh94YNa9tM/hGg+hwJbFfm9BCWE25hURmOu+mhWcbyL5/+wzv3zvK3D++9tmI'
    'ay/ZI86PwGeOE/YgtfHcB9cXlvj3gS3v2QZ7CX1sw8B3ptYqlZ41P1XmPxnTNp0p6O525+tPR45k5RM6ciLLoiKwNrY/TZq4Mpv6'
    'R3QfnYr6/hH9GS+MhnrInjutyEaUPqZ/piaqhDRE+cxKpnPWauzGWE99AfHH02eaCWZkiOGcaNzRUECMTnVMnnmhSiYuMhVDhl/I'
    'ntfJK8qj2zVyrqVEZ9ggGbkMrpsj8gqu9+0+4F6//4xnE8B7nzsIet8+z3aBOpyjsznXL3/bvV7wYvHZ56s/hGeeTU6/u4DoeUna'
    'UhtJv1fAPprXOSlDO/3tmOghtXBmmgN7CPX+ZtfEKPY7E4NWehK056ePxlphd7gmLRWVERs8YqMHfkHQ11LKyztY0deYrFVHqo4W'
    'fa2R+KWRl53JnjNtC+tzrCd/o75BtdfDi+r4/enkDO8871y/rXmW2jFbn/af76kd81fA93cfLLZjpsCG8PiBYnmx7yfu9fln/PLC'
    'Rr5fYDl/7cQejX6PauD/ardSX/+5f+9+lMiZsvlY00chT27mOzGSmuz+dBb/yUZ+mq7/3Ji6VtdeT69qAqwt6lP7X3CvDbAHfvyU'
    '+0ye7M/Ox8EWeFBur488e8Jurx3p2avIs7dAe2c/Lz/7IfJsO9hzH3lCfvYi8uytD7jXJdDvzEH/2M4lMWi3gv3wLdAnn34QbI/w'
    'nX0veHWMcc4eQVvjE/52TyJ9yACfWv2Y3N8FpD31kPwM9X1THiWNKY59u5nxjHry7uQfA3UYWx3k7YINoR10Uqrj4ty8DeZqBZwj'
    'pbxQ3eTsQtuoIc+jfs3PuCbvrWR9jmKXD5zj9H+UGIs9xxW93EAGhMx34E86Wb08ab9lO2D26Pr3w/pnKutfRc5W0c5lYQezhM9t'
    'kjznGCmqH3NMFNWP3znhv0f1438H/3VG8CXjvT+7O749JQ4tHmWQvyqG22tWyTOkUEygzdpxPxe1T7YTbE2FBxnwoLTuBJGAEKrI'
    'qIqMmiYZheeVUz4DuErAES74qHv9/Gehrhx5dven/c/+6jawT8Gz/UQWYbtOe5hjK8vacd537l1JMcjs+5dSuxH73sXk3kmD7vX3'
    'gI17l3Cv8dpifN/XAP+6erAY33eI3aP4vrXr/eNbKtzD8S0WvnfSYLHcP8TuUbn//HbA6V5eLPdfg3t/vKci9xOX+7tKKPd3VeR+'
    'Re6XTu43xJD7fczWcr2FbSJ9lHMGZwqeuFHF+QmkAG47awP8BvoVKJa3s7JeM269KC4vqJZGWF70oJqLUi2AuPyiOga/mC124bhz'
    'VHcMzVFKJecbS9IvdoOBX+xKC7/YBy38Yt0WfrFVFn6xMyz8Yida+K/mG/iv6g18ZlHPFElj30zxU+3kvSaC32olbSK2gsrZDvh3'
    'Fblfym/OTWAusyoepo33b7kwnmXseXyOY+2kb9E9jRhFk/xxPH+rA3s/WZnnlutT5rl/eg2eOaySyV1j44edq8Fy83ghetZbrPxx'
    'nugH1dHPnFlEPx2G9GOaly4oFy6tiW1Lb1Q347nUxo9SOqqZRXR0nAUfwvxvNBdWD9PtD0XgOYWjlA5mkzxqVWa1vE3qx/I6JzsY'
    'PxhRZnkvZ/v6p2Osvw0G5liwW6i/+g8zQ7M9DrI91MCsW4uk7AKBGCcjF1laVX7ozwG6pN1J2pErmDSD/ajixIqEO3Tj2koUxF0t'
    '21fsJ/z1k94zceSOlDsGbQq7Bdx+gWB1w3ILVegzNn3GwEymE6XPSH7Fo1eoV5livex+uq1wZEna4SqyPPbaWcnyIJ1csbPQtRAv'
    'MbzH7jzxRYjNUrs97Aq2ue5Z99r8QLw2qWwYBnn15EOlzbFd0UWnn36TyufU3BU/xn0qRn27v90PA376ZZbf0SRv43Klz9tIsWE8'
    'jyHFhvE8hlLut1cmirFh34T8Yhs/V7y/zrrKvR53bXzdS7ceLbAe10XUEUxzM5UiX8KcI55PIgn9m+eXo2vB89JF1b/b2HhoTrIf'
    'Qx7A/3pptBioSr5fId/vrhg62y57nSw9g+kcY8f/dKVXSwL/tmBTMU+jeYM5T6N5gjlP43kw6T7i+TMrua1nL63H4ekVDOvRGZtQ'
    'rfz5eNcFyNcLyL29jGecQ+79DPIWb4DcxGeSez+4CfTKXq/+Do85eOrPvdhxxMo4+p1z/VCXl+OY502n353S+7r8Y6Ox46jj4TNh'
    'uWorfC4Wn1sSg8+FvpsUbp/m7K7wvGMDtx9H/+M59ZYJ/LVW+et40bqGWEOQ1xnYovx1BkbIM5gTMM/a2UKeybFvYc3665S+pgG2'
    'cwXMT5ifvp+9916G8zCpb+u8t1p5+Q572LjPIv3l9R8xJ+IyghMZE7A/Ovx2WL8QTx6GK+G1GHuUPtf5GUQPo3k+TG17Z1rSZ4Py'
    '44qzKhj7zM+wnL5PT2jPVZdgz7UDj04BH8fcXhx3TTEuqRLOv8QDRjV0vl7YcxKt9TDa7yZ7bog8E9SO897b4SxJ+4R4mWELjE5B'
    'xYu54BieAsPw5ZWXS3sK+x2A4SkVrWZLRKsmbQThHE2xdNxOEVZ/NG5tyKjzhfNj+nwWziNS/t08o8thDY6wT6B9qV57L3tujN2f'
    'MFiLEWGP0L70G+zblzJuTi+JHkY1fSwY9A37NMD61KOC6z3vsMRfRu1HL8EEOvPwXzIu76N97LfcF7br1UNog/atHOvAx79pcvxr'
    'Wb847rkv4h7IC3qWCZ6f61s288v3AcVrdpCx2sw1nZsB9t5WDZ2bxkkkRTt8rK9WuTqvLqe4VBc0iI62aOZnK+vX/4Xrb5UZ/j5o'
    'DPcHjCFfwjGYrMthQ5r7aJWr61HazlnsB15n3Pb8IdEwj0UdF3iG0/cNVe45Y7po6DXlz3Ovm+NTq1xfLZ0nLm/ymraSktu8/rZj'
    '1ThPw0/D1iwqv9ui6VuezWuYXm8aZ/N02qPtHYayEtdouuXeV9Lu2RXpz6TvtL2tmvW32ds6Xr5dWGenz8NpN5ZO4iU9bK56Nfw3'
    'aF1ymrHq+nNx2o1pNdGbbeVtLmTPn06+PVhinZzv7bq0eyacyXLn1ZTbVtTz3oAyq1PN186Ebh5NuTVRS6mH8fn4byk9LfYL65D0'
    'etyWcuuIxhnzzYZ7ozc1vbz1opSLJdDpDdiPsO8NC+sU9N0l5Lu2tg3p/Md1BWnunO/WpFz/YpTvJjXnvwS7cCl47XPKi9/Fdw9Z'
    '8hJ8R5pPbot8UHnzOV12gc+TMdv2QZKp+ZDvOTr4wgg0ZKsrO9jLEy31niT0C+fb5wMmOSm+3wTfXhiBJguWNIn+/jA7CbUp14CP'
    'l+ZxeZrgu1qJv+l0weY8XfZmW/spYrQxn0ylrpxU68b9KWVduVL6/yrrO7vWNwn+Ece3inmoGpS+hqvNeN6CfElffMruPRrDGHc+'
    'amLw081wr4m8W0PenQ+YCo4tonWlM8pfS0r3PuY2ovnLnHc3KC8nEvXdO8/fruT8Zdep6csZhfPG83+EyfatzI5ZlXJxCKbv6XSN'
    '3xD/8iizPYxobAWvExlvcubp09hmxwSd/HgLfXfY4ln8xiNE59kSMs6/IXqDSU6mYYYn+gvl1TWOukbUxnB3Qu1h/dUx5Z0tV2fc'
    '67kZf/sXZtzrxzq89s+CZ7vh2gXXc+C6Cq4XZPxtO39HDBWeQ9aFfO805dWguwju3dXhXj/eUWzb5e9TDJUU93JWAJ73DKWvRXcK'
    'wd4WICfe7yDv3YFnvJxNutiDeQGxBw1CbENWiG3gOI+keFuSmL/N5N8tEF/5ym752evU9NYYwP7S3D6LVXFun+vgWqfBMyGGmtak'
    'lWiom9BAB+gCv4W41PPIveU/9OoRIj6pTdnXEKR5F256Uc6HsAh4cNizNhgdilvS4ZNs5zspWs8mQCu1yp93VNJzTNulvOwWuP48'
    'oq4a1qek5rAmpk4tPVcXUad+COIVXoXrYbg+3RVN10+qX/+2Pv481yZwdkliPMjrTO1tedhnVcqLQa4zwD4uIthQCatMcci6Z8K+'
    'YYKVXKnschFLtkBqh49LBy1looOUMsfwnsR06X6NDdTEp859WGH4Qawb3Mawvtw/k9NguLgdeILZsY8vQdth+fZM5p7mAZBiHmrJ'
    'vX52ttHF3pvUjJfsHtPBp0z2oc5XF7RupcIE6/Zz/Qyar6EI88XpnPNQfC+JuUqCttIJ6GkVGTi9MjCVAB1UBdBBG7FrpkhcDL5f'
    'FfJ+ErnU0yUeI83JsJLY2JWavnOVhPHjWM4+Qx0CfZWl7NuEhc94wKBvCxLoG/WXUx1toQGm3dSeOq7xKZ8G35Tw3dy3PKBpYwHY'
    'OWlfTWy9fZr2JP6GMc0blD93GepU80Lmqk/j2+dxn3QsHItlg2PsCdDbqoksSgfoPiNExpvsnzC9J4laNBR30SOsY5SzSD3Dlo0L'
    '9ObM5ckC1luHDZawW3nW7pCSY4fz5DwRFAMbN7Zs4TSvgXTeMeEpQ8I829T9QfrvV/78BCbvT8faT9d5IWidhxhmqCDIEq4TUR24'
    'wHyHOSaDUCeiPLZW+BaN+/0j2cuDAedu59l/ITx7MOSMPhriE/0/qti3ahKDMsawYT8k/e9ldDTC/LlPELk5IGDpJRocY3aKBwgW'
    'LUxemozNafOryqs7MhIQ+4F/N7Xt7ID271Jmfuy8kvMJ3EJ8mfMt9jNfMxqT5LR3PdGXthrGmEiYSN25GeuurFP6/Aw2cXc8zmkl'
    'oQWJjmi9Rh2fpLgJagczfYfOQ9j+5XoNxRk2Mt8Qz1vQqYrrzSWN2+D4VlP5khT+KOr3K7i28uPaKjVQw3PD77pRxfmxrln7Atn/'
    'LWzvVfZQZQ9V9lDwHqI6vLOffpPyZBbq9C2wf7KgK9icZ5dbPI+YrhMink3zgh06ZfDNRRHGdarluKgeVF3hPRXeU+E9ovyuqcjv'
    'yh6q7CEr+Z0lNjjbXPyS7W8Ok91ohz2f+VRqVXCNxji+g5mE7+AxhmG4jKRimtoTnL+8hc3JxN4X1g73UzrvbGN+G5N6xwXlr8nM'
    'Y4aj+CV0uTYQQ7UWbISYB7VU33GwdScqOR9IXohhCfueST4+nY9K57duTIAGo8ThR9nPUmx0UMxTuXNEZmLMZdic2fpT2wnPcZ5P'
    's/Ogjic1xxwDx4zyuC96n9rJJdxDLXt+nOED6gVf1GAITpPaz6U6aJIvcDRg/zRM03zZ0gMfV5b4rUYj7JUmmMfFFjgPXS5fm5xj'
    'QbxNp8uUwh+bU8E5RHHNtqjifJVx/XvT6YdOov+SDysdEu8SNK9JY0R183ZcjHmTeBj1zy/V7NkouYMotilK3jdqM7T1peeVnMdq'
    'TDMO3mZcGTwvxhqNBuiCOtxBEN/ENZ4QaJmucZ8qznlHMcc0HqBgKN8oXmNBAjruMPuuQ6881/q4gJmwxf7Z5tgN8kFz2pibAG2Y'
    '7KntGqzOTo2eU01szlyvkfZV0LqXGj8Yd3+2xFgDjrPg+4bjWyY0+h63c+A6FDS8K6/M8wZv15xHxpSc34zne/wnpc+HRvd0cwSM'
    'y7DyalrNZ+2viNHeyUrO8SXl3DykWbvRBPc/xvmfFMDXad9ymtiJFYT2osxLWB3iORH3QphMHtTw+5yG/7QKZ6ioOh6tzyitVbPy'
    'antsV8nbMxpKMKe2eTuGIuKfeW5uHa7MhI9TXJmNrzVKrZM1hJ9EySvOsfKOHFyiks1pm+R5M6nYtrB9PCrsobB3RpQ+r6xuz8SR'
    'yQWLmIjhAH6L40uxc9Hxwl6Js1fD8M04V1n4flx9ScoHRPX5XIgso33NMH0+Sl7tMeEsg/Um45wTpFgACReho8H5CdFgUF5f03oP'
    'Un0RrnMG5cSKk3dnjbKvcZ9kjgibuNg20LMkWdaq9HGtUWyN9Jy0UsOXk4jdXJAAHeri+Jpj4O3XkJiEILw51qVdoZKPGdTp9Eng'
    '3oPOs2ExKngm4vnhxgX8PLdbj1n6Kk1svCa+CB1vt7G5jWjiSeLycp3Nh/PyJH2J2zW+VClmRbKh9Sh/Di/Ov6n/tQn6nRVsn5zX'
    'dGrok9Jdi7LLG81jTe8GejTZM0nVcWoC+pyvoROb+li0xuqiBP0Eujz4mGfNNEZrJRnnmxHwEn1sHyxUXmwVfvvfDcYk4SMkeihX'
    'TE0cvX8HGQOVcVmGq0CZ1ELO/52sjRENvw6zdVKdfViZ52QdYutZL/iatxvy7iC5n2FyaVDpY9l0tXnDzhO6eUoyh7Lzje9Xuddv'
    'V/n790SVe/1eVXlxCnHyH59W417XwfU9cF0F1zPhelaNnR5OdVqao2MNXBcesdfHaY7F81VxjkXM/1FnsN+rY8zZ2k47zOE8Ya0x'
    '56pNrp4U2Rdde718nLr69jy/1hTO8QUvryfqf5gDdvWzXm5T53rfU54NE+e4FXJ8/uv/tJsznhuU85Akc1M/uDTauXM+/NaRe3XQ'
    'V/SlV4M+qSbH8fWfe+0kmb+1uUuWIzzvb6fS5/09ntx78XLvfeSteO8w5PQdvMfP/52/3Q95Jw/B9cUuvQxq6Up2j9VAn/92vTcX'
    'lI8cvgP2weX+vtBv1Cl9rjdpb9x2tXv9wcbiuagf8O451zmbgnPQRT1zZ6Z5zkzz9c1j58sejS+rN8D/6szfnUR/3KHx2RSUeb1y'
    'ilNrUl5OiKi51jeT82NB2ddUlOoPOu2+B9afxv93k3ktqODcHQMaGybmRV8h9HvQ0lYR5M9y/r73BshTe6mnz/J712wstvNuI9eZ'
    'vIdwr4TpL0nxvHuH3OunLPL8SjZOqn/huzXkGYx3iIL1/UTOvW7aHH+d5sSYKxvdietLbbAnuE7WCPusjuhTs+XH3aJpT3lSZDOU'
    '9Js2P82Rb+q+HMXeTeXYIvjw0/vd6yWQ7/7HT9rR18sPgx71uHt9HfLMFx51edwHgL6m9jnowucfDH7nAvLOw5DH/q8e8b/z5fu9'
    '+juYQ3gevPNFyLn/VdDrr4Ic+C8/AW2Bnv8I/P9p+P4le922TiDz8/2HoC7EU9H2X/vDwf0OOw/E4asK5vvzB72zj8371/7Um7ck'
    'ZU0HOUtNzcWDfn5On+exZvXk3MKxqyZ+cVPfRZBfzqSv/BznvD8PaEntnT7fXpDu0ErGPKXrH/HbaBqUvy4B+qHVpM5w5C/dd6q7'
    '/DaANjIfVJ9IwdnqD13R25/LzmK1R/Tjm0d0zKCcSqZ27wGmW4bp6jq6M7XzjWl8If0abL9UGzKOLX4kxCcu5T2T4opaE8KnRo0b'
    'k/zTupxoOzT0UtDgNk4nNm8TPIYJlkd3HhpWcn7dAQNMSSrAbyetzajy50GMuj9sbIcdGkwB+uTuI74EPE++sKTYfrGM0BvG7MbF'
    'DeBzGRVco0WHS8yC78rE92SKD+M15HdGwGnb+ALyGkwB2g+uds5KCfAeE/+jCebM1G5R6nkbVGZx11K+RL6Xkb6QxlLwTeyLY1iZ'
    'aja1S9FjkiL7qR2+P4jnS3Yd1ehCH2ZzgDVc8Yr8EH3xOzRXxPEsJmf0branMBdCE9ipG5nfA/c2yqitxF/apOEbaY3ehvEhpv7D'
    'cUNMRRQscLOS89OGYbN47uok8LhBebiXaXwvpzJZMCL45iVMaClxyitKbHdtTdCWGXY2bFbFMSC5CBgvU2yxpP8dUsF5b21zkTv7'
    'b0PE9ZXmOMgebRIPxM8Mec18D4fw7NXKy2/Ro/ER5C0wPjnNGRa/16G8HLi9lvi2IH3TVq90nrl0Bq3nopj6xoCScwWPMz7grPcS'
    'g/GNa/QY6dm+CLisHJGbNrmaOW3eYrjex6nimNARAS+ki0+Q4uJozGSQz18xrE0YJoyeE34G9og3uzwfsMl4nX221HCdbde3kvdM'
    'zntWlD2rU3fD7gdphsaYVNZAXoNO7VTHW4MWpa+Rx+PeaRzhmKEtTdKr2siapwhuT8pBxfGbbxKs3VzhHWp3qgnA1JvKZT7OHnL2'
    'wTFl2XfnMIxyrwZnzWXsm0zWLyY6TKllOV+nWqXPU1QKXT5KncJBja6YF3QqXV6R6R7LkGYMkl13DvwbfUEoH+8j63Ofsq/LR/M+'
    '8VqkPQQzwvMjbGE62LlKX59hPID2ws6QJxnqUjwmeIDh15vAliHZbQuCXcpEH2khdPQAw+k+CjjdX1d5ffwuYHofq/L//0n27j54'
    '93ny7l72zPeqPDywIphh+swj8MxvLbHCQfYGNYPtDe8FWjGN+erV8MKzE8SeYU7CJP0TPRFsGilmw0wR+xva1pfXuNjsD0z+nlcj'
    'gyeWMwz3B+B6Xo35+kqY8BVwvQiuF5P/27T7Htbeu1h7q+F6ek0xb61mvPW5pd64n1tqZ6v+LeAemuG6D7AVN+7zvttM7MgN8H3n'
    '16nN7tRld2qyO/XYR7r0YJagOu5TukpXMa+foqte9/qZT7nXcy53aWYJ0Ivzt699BPBqBfD97HKv+S65jU/f4LYxL6CNR9ebtaGj'
    '3YWgR9axX2nO6je433O+de8nlXrtk3YoIpO5ncLtbpDH5nzTuTrfxf63Q/9r2e/+yXe+O/n71uTvFyZ/+yd/L5v8vX3yd9Pk7w1d'
    '5v3eD9//LlzfgusX4NoP18vgejtcN8H1BoKzriN7o57g1Osnx3rbZ/3frYfxO3+nMqRGI0OQFv96s3s9F2jhnyf0eZm4DVhHJ3OV'
    'F8tFf9dM9vGNOybn4hqlNl46yWevn5TRG4Pncw2M6w3ANjvvOlfn/SlefT3I+o3hdOrQSNuwawNx7B+O7eMQ0O0euN7fZUenSHdO'
    'uzr7CsXYIx3vYf+/n6x7B/S/nv22Tu7PZeMuLe2Hvfa9yd+/Azq1pVc6jlbA8y4b99PrfrbvvgfXv2N0a0LHGUKPzu/Lk9/81z5/'
    'P16Gfjh/57Yu+t03hP5QHLLzt1/AvcdDbFx1BDO0kPTvjEkh/6Pb/f07A+IEnL/TfVan2WfYl3v63Ou7B4r7ue9e2Hsbw31QdSo4'
    '/mf4sx4f4N9pvNovb3R+F7peGTIfJ22bpNucfz6cv03Rc04e9z/8J8AsCf3JAo/+4z3hOlMV6Q/+Xjzmzmf3JO+qHZDp2nkG533K'
    '5wp8znke279B+eMX6xjENik0bSrqq2k1q346Q+5nmG8eY8+eAHrYP+penwTe+tp6L4ZpCq95qV8nWj7g8WLE4qIOZNoG/TbGXC/G'
    'NjaEt9HGcFo0DpD2j8f5HYDv/v1/99fvCer7L++Vx7AAaHsNfO+uAXlsHBNA+R/GpU7VStrjxgrS/eT8DWMIrWoOAEb5Vw/a8c3C'
    'ix6WFv19eA/1+wPP+H3SGAeAMY42/Wx5xkxWZNhcDU/Oy5MP+edqGObK+btNHxwctzQXqx/3Y6op3qNrb7R+O+85c0X7zWNPo+Cd'
    '+XkXZSvy7sIkHXzjicl2Js9kXc/LvLsAePVvAH7deXaqf8+b+cdw3l6B9/c8WyyD6BqZzF89mz/1kIsf9wU5POThym3mLwPzd8XP'
    'ZkYsdj3Mky7GaIWAAcR5yrJ5cjDhDh5cBeDEOfaq+6B9/CI/3yhY3937/XHR1Cf6MMQ8pJ7yPxNHD9sPNHfLwWKa23PAz9NM9LC4'
    'c7kuxlxivz8O8RVL9xXHA2LsxVmPF4/3WxAL8q3dwXusAf6NOQarYD5GH3LjUTifaIZ7GK9CeYPpnnvkeW/POddngccoS/m26ztw'
    '3t8dvn5nP+bKQToO529UPtryjN0Hi+exms3jgUm+/NLkfN24v3geD0CMykswn84zUeLv1DPhvOB3k99a/Zj/+7+D7zt/t/nuaw/7'
    'v3/r/ng0jrFTnxf27cef9mgkiI5r2Tll6gx6wJPt/EyL95Bn4Hfue9TzndQrf4zXbd+Wn5Uwsynl1a/CPp03uU+vetyNUbt2nyx/'
    'zwN946rH/fFszvM2a3QX7I2rgAff86Icl+bEx3EazjIadmy5jh2X6izYX2rnjaK/7PsJ+H6esYxVJXpKGO07suUlpid+7qC392y+'
    '+0WQV7fBuK990e79+3cX8yy0x1cxe/w3D3r9/aZlfB3GXjaX+Dt0f4bxYEf2OnoqXYeOCLlPJB5C9TguJ694FPiUwF9wb4fp8g3E'
    'd0H3Bo7pVoG/81jEWyPyd4xh/c5+/d6lc34csR+tc86AD/j7tQ7Ohc7fbc6FGPuqdkfX6XXz6JwTPj3J89Y9UDyPe6C/nwaeuO4B'
    'u3nE+V/9M7v33gPfvYvEuIbxGicX0OcOMh/iC9FiZD8Nc9p50L8ebSoaPd0H+yD1dLFscdZsOTnL2+pi6570aBNz5bTFbOulB4vp'
    'Pcp50bFn/J7pfmjj+L2l7ifJuyjy+ddP+uXB6Q/r97YOCzPniDceGk9L9yzPYUT3LM99JJ298EyzGM78ThwsjYmNGhusk0W6MdEz'
    '9p8gv9KCTeXp7/8HaN8HDg=='
)
