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
 ('[bdrtактכמإبتكمरलस作取執報投报撰書特筆編著記論记通객글기논대선수시위인작전칼통특편]', 0, 32, 50139, 622, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 50761, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 50789, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 50913, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 51119, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 51249, 207, 0, {}, (None,)),
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
    '6c04Q3qjokszykyXqgbi06UqAe/G4m5fhnC+IPkmOnvIQnuq0W98dsFi7VE+MofmG58rZsm5Io3Xt8/7TsaK5WOx/NiZyW9Iu49x'
    'wzLwZFjTCcY8YHepKvm9qWq3xq1FWerYP+rdYvCPBv//jTXe/5sUwMe4za471h1X8nJ8i/f/CRP9H2Nd97BJh0c9e2n2vblEOqHO'
    'RdCVrz14dpfXuZ7PmyiUGpKjROzZI1PXKZ4pBjFfjPVjbpgERu+NGvoey8auMiXbU/RNMB6Phigj6Ub73CCo0KVTEM3lshZDMjZd'
    '8ujgUjelaSlNS2laStNGB03T2bzlgrDqzA106KE2b7r8qpgwb3PSO4dCGrvn4IJhdvpWGvycZp1hH4MiOQfLSvMgHTOFfxPdVaV3'
    'GKPa8L8a7kRFpvCenFZxkPzuiQorvac28uZE5W/Emyfsg+96SB+aztdfLzpbYyHHNiB9h5fHs2Wc6JT67GN+4JiPwZ0O992n8/vH'
    '/AYyv4TM3+hZg39ngr6ijpwDmZz9Hernhra6JFO/M50JrN1R9mTVvLjxfqln6zX7aRvgvOm5aIXD4891OaVx5WajbyzGHfPFfyT6'
    '1uPw2Hbet0lOOKZdF3wbK/jGYNYL6mNrGce42yfRxZqcAdP4lEXgP5oSgEPXzvsEvEdlkEHKK2ed3AhxuVIoB9AK86wZ20XUVOnv'
    'JkeG90UDYxMz4buyNGNldLnWw6ErU5xIcULDe+VUMqoJwIyTPgefaoM8pbGYi4Bs73JK/SCxb2z96uRRW/3CaOeYDjLvkR+99tbU'
    'dsV0P6dnrB4v4i4M0pcXhnUW9JvKjq+N8B1W6zyGzHgIPJm4mGDiQ8cVzHMeyWDHXxTM5f7t4Xmm33zZ942l+FdN8KwO1Yt97Vc5'
    'pT7xt6GU8apMBv38hUF6zPog/eOuIE+NIM/RJE9UH/gyW9sMwuVqgsvMXsDZ6zjXPla67kaFn8EMYdfsyFSMpyHSxwY9iWhQcYAi'
    'X23M1iP1s472t1Xl3N30k5f6vh95c2IT22KBRf4KoLHYXovtMzL6m4dyGahv4deC9Op7uL0b43vpnuR92yHYrzaSPN0oTwfZ09og'
    'TwfQEhyzRRfvxSv3RofHh+kldfQ7pXFFOiT65HdAehmCuxr0QSxGHS6/Q1PebyPA8eZvckQ4qr7r2t8IKdaj95B2dErmlG1lnh76'
    'cKILN8VDpsObdG+Q/mVvALsK4VK7w+P74nqbYvAiIr8Lzi8GYTzJ6WFe8J7yfTk47fbaXjlQeqiM+T76rRGt8Xro02Sn9O4Jw9dZ'
    '8G8PBrb/bHTCdqJVA/z8xCH9dR0e14f1uxXRnFbn0I3BzOxwVwLfOwvlmRUTTxiuJj1uIyXmbQvSU+BxddOxjR13dLjH1ma9H6ox'
    'H0fzGI/W+Hi6ObOBUc65LVjMLeNl9t4epHfdV8rLMH7ZS39yc/y97/iIY9Wa8Fjl0HEG0+vQuZ0doX97YawaHoYYAd+xK1/8nnl+'
    'ymfa1FMJstDt98UfQ6znlZ0vFwV6yEokp2F8vRDh64WE76wl7awAvpPdf2xwSv3mNaI+vwWtgQqA1wD0jJ3F43SbZM2/g6x/Jsuy'
    '1OvrYrR+6Lc56KyfvTsKvTsS3k11uO3LfElb5hN52is3BvrNbA+wvcHbiS1EH7FxWCGwPagjY14p4PUproxHp5JMx9waAx5e71HK'
    'N0GbWgQyn2uwXqaR8ffyN8N7nKcJtZXiec4Cz2k9b9Hgs6gMpZW6fULWHtU+sUCxT7QiPf3fvhqkn/g27AOPBHmOAP6YwhbJ182o'
    'rn+/H+D9JPhWh+Dshnb8Hur6wp1BevNDw79/vYXMX9z7kPhe6IVOqbxegejHhQRHZO2h9KNVs06qBWtUdLbIcC6LxkSEc7iunOTs'
    'EreXwmc+JBn8ixD8ixBOU/v6+j8653lo6gZ29qGnUbJ36eoL+a4NNs2bTW0k2PziNYjXPVtDh6O5tcHnKGOusqP0YB0GbakmNKRF'
    'okvdaMHbdwr0nRhnRXnbiBywSQKD0oUG0JM1wrcKpN/bQGQKrPvrUsgbWQRXZB/cLdHrdiOZBreL2c80kvyXKPTDVF/rtXEC7I+s'
    'jG4+bPTNuP8qP0YinKkifG4P0i97sH+I5PluNN+qNmF4DDcuBng3gE5TpwM/CsmlNuttGTuLQKlX7zVoTW+UzIOoH2z+3g1zyMZB'
    'N39bSNphcB6xWTAfbQjfmH3ueAK7x6AfJuchpzvcrp6u7W60ttn6MBk7WrYIc3KYhW64T7CWdWWYjm4s0C7cnj4FrROdAcl0qWw9'
    'tSD7g8lov/Le70f46bX5CSgzxn+ZyebyhYNPRaFQyf5dVaiuKdTW1bOn2FA/TE+j97+mckD2B+ZvPn/8t1LfhHv2eOmXg+f887/i'
    'pz+ftWj662bPe/3/nnXO+Td9+cuz4PNL17znyyYeIb972W2trpN7bvCfl3mgeyZwihLU9Y+gni+f98iX0ePN3J5EPdeuetLEz+Tt'
    'sq8t7NeXQ89vb8O/BpyB2wf/vP+fP+D10/H/2zf433P+/wef255/GSAPDPw1VJ+Faa3meZvgnV//FIPCRrcGxZ40ZfZ5MjkX+3Sb'
    'i3QATgRZZoZgLy4APNFePEPCP/WRdKeEBtvqgHV8xS9Bh2qy5+v2gh5Ew3VtbpPwVu2Et9smoNtR2+j19zOgY5DZI+C6txv2A5cx'
    'mVevHbsRL5+UXQLWX7WjPbFN0j/Ts4jXA97q5r9T0n7bftA2YL5gC7RproBf30bmZB75vpHwe4cBvxfVjsKknbb8hEw/3Ix0D5Sm'
    'HG7Rzl7JWre5Mzkf4a7JOR/Fb3rG1EXWBj5fjAvfViaV2TiY8KKi8iq5ldrd4LM2U9rfjXhsDOsSyRkDxkHRfYPR7rPA5G419YPr'
    'cZNmHJDei7js3AfTBdF9YhOftAVkV43ryCL914uEBpnoJG3sumxkRpnept0J+8RTwWR2iF9Ba2urxdoR7bdR6v8gkq1N649Sz8VI'
    'P9CpoCFRYL8Z8Q2dMWGdBngr0nXsjAhzMer7DoJPHWjvjQL7MKT/2arRKXZGrMP2PrKIr+9Ba9iDeX4mGOtyrGd2nlp5P9eTs3dX'
    '3hq8m4j06k/AOVFuL9cp59GZErvDzd69cm/YVmLS3iD9+d3R/Gn69QPc+sHCZ5d5bB7ayXGTvSucE7ybh/rlvfPSz36Un1ezb0W4'
    'H/RiBx9n9u2kjUF6zce4TQ+rZ9YF4XF+qiM8zp3nhcd50dWlcDPo3OVMaP/33cD3JpOH8JrotcBj2/E38UnQYrHXbCH0sZvQJWr3'
    'dxw6C4+7l2C4MwCuKb9u2t4isjHrs7Rt9P69xg30ACY2vJSHxb/bhhEnVPmw3xWfhxr8xxKJHnwD4QNGel8eAbkf92X/IdL2L8GZ'
    'SDnoA5MhV+aCdDmkx0N6ci7A90pGZ3Owr00K0vdM4utjErp/chqUX5grXS+rofy7UTkWMwPnWwr5Lp/E15XXJtO9rj7CeOB+L4T0'
    'GEk/aPuKoCOcjPgOLL92WNAzeg4j4gsxbzMZxh7XuxnRRpN6MX3qFpyB4vpkZ/J5gZxWhewXZPg6k9ourAKQktuVDG5GA9eGT6ki'
    'e0knObNfhPQfnWQ8Zgvub20leaaiPNskeVqQDX8b0rm3Ivu6+U6pHRLWWcryyuarCv4w3pTLj5hM7m6BsWHfVbCxTorajNN9vFcg'
    '91Bbb5FsbXuWq9OfUX2X6D0+fxXp3Y6S6Pl7BHtxVL2/Ke+2CdmR2vBoPQLdqsgWv8EpvcNoapeg0iH2IN12A9F/UHpK8bMG5Ay8'
    'RrYRnayunSJ9djPSZ4tsh0xsY7YQnOwStH8c6Ctw+/sJncBriu03WN9LeWJmw2Niu2OznlTryBQ/KZ/aJdjjxsMftt3OSOS3blSu'
    'BZ07rETzh8cw6/A7r7sEtlS4TW0KeUWGj01g74znc4eAfowntvB4frcK+AncB2bHjGlQDWljm8DOi9JX2ZlDh8F8bjdc3+OJfonZ'
    'qtFzR2YTJrLPboS26HB1qwS3ukg9FWj8KiV7zVZy1q2Tn8tF13vI/E0FeofpXIfF/thmQb96FGu/SrAGKpzSe8mY35PxgLScxwfq'
    'ykW1iZCdKZjavZryq3H9UUT0XpEd0WdS+5Ky0GkQH0hpHhtbfROZiOJSNcGlnIEN9XzH3HeXabvKBVd156hcvj5a4JzIRfqHEj9K'
    'buaQebLmT84m9rXrDGRF5738sfYlKbBUM3+KgqUZ915hXbq2jNbKUPvwtvHZPT9BfHAIPpiec2H/3+udNB6GdK/+F///U/hma0c6'
    'dP6jTPyvRznDnIv0rezdcUgmzqM7G+weYR3iY/H9WCZXthMdIK5vtxPtbLccfX69oM9nCPp8mqD9J0UYh2WCMv2aMq1AJ3AZJhP3'
    'kbyHExmjQaBXbxbk6SB5agR5vDMUkb58OOfvbYL5u1Awf29A774tmPsPLQrPveeflc79Asnci+7S6OZedsarmntqX6ya+1aDuW81'
    'mPvWMsx9heXcN4BuCvsrmOqUxv6ZB/YoeQQvi8rPI+kJ0JdznMBOhOmSVLoArDPqI2cI9N5iM9KZbbA4Z9im0cFjvSu9s34C6u8J'
    'mvFYiXD6qAh2NieUcU9iNPb/0LvmKcG7v6F3Y+Dd84hvm0LmeQrA+q0gz7QppXn2wxrFZ3GqNntlfu7ZASG6ZNPfJouzBtG9X6/+'
    'ryO7vV6JXXyPQA8vusP77+iOxAZJWdP7GKL6VbYsGOd3oTP8DsfOrxRtcxHGaoKl3t5Uz8fqOBPdS+gn/W83uPvCztqpnrKf2Hl3'
    'xby30Cmp+3CwgzSd044Id366CM0wOX/PWdIRkVw414nup3IRpMc6YTu6xU7pPeSMQv8qeufp7I+PqCuVxb4zhUF9eA5Vn5uceH48'
    'ZXpokz3Lhj5jfzIXQz+bU32aUJ+26hDQpzWis4rzLPmdCmKfctCmZ7XaybpXZjlaO0tvCdJnbuT2N1MNzt/i2Kjo7kU2IL7IAZ9B'
    '/ww+gK76aqn8LosFp4oH12dJ11K9UijOKjnESVavZDo32NbYhj+W7eu29FvlWxnrcW19Kqt8KSft2y9p/B/lT0aM/xaPQdmh0l81'
    'EPvRuPW5luXzluXT2NcKmjzl4LBGiH3dYqTrxzz3CkfuX9JkLhuRvHEplGf6tDaY47cAvUzneWjnmdkdsnmjZ6P0zHEe+uYo8tK4'
    'CY2avSoKfVip0W9QHxk6HY7IRwXVf5jqQbAOqw3ZLtrYb2F97ikTgvUn0l/1WuiNnhHo0aj9bhz9DoW3j/ze7MjvDfv6/wnBWQX1'
    'myHzDUjnV9SGqLos0Rya6JueJzZ4j7ZwXDXxp9YnwWeT+aVj0kbsmun9vjaLsdjliO+rbXZKY+Z8soXfcVPpHod67qLYT24a7MuJ'
    'Ap2riSxsal8tkr1FdxyHWifb2sLXYr/A9tvUP1SPBCc3WYxVjyP2gdlG6hLp9LFflOfHczq6S9I36kNpl+ROV1JrK46tcYfgbMXr'
    '53dQP1+KMXcyerKhTPTElrZeNtjP18C7E8l9whPgPuEVk8JjSe9MeuWPg3uJy3Jm9yZZXpaK7lXQNnh5F6H7oKbtXQzf9kjai9u0'
    'HL33xujo8YEdAaYhBwzvC5ieeZn4kzOBaYqX+H591PXjjc0fx/GxuStbmv+mLPgwz/L6bzHI88Msh+elN0D6dfRbhCsiWLdCmW+T'
    'er8HeW9Cd1C+SvLcAXn+hODdR/L8APLcifJ4dXljc924QEeMafUrhL5uENyXEtHSbsH8ie7ttVnssZ0G87sD9aFHcMfMS9e56tgz'
    'dH+Q0cZy9eHUccHZkej8cyvhBdokbW8T3L1S3Y+me1unY+YPzffLgsa8/xDZe2icoWfH8j6UY/9Msu1PQ/rfhNe5eSz3zxB3/Q71'
    'uv2nscEZb1yZFLe1Q7IGuhzzs61uyThQ+6sLxgZ32Om9O4xrLwpsalQ8rI3M06nhWZnf6QWD7VxKbMnwHUZcn1cPq5fKMF0SO8Sh'
    'ppUvNwc6Kts756a+JER3oE3tbHoFvJLX5p82c/1Av8SWqMugfc+T9m00HNs4vnf/QNr7rMGZ778087U9UmUo1ZpZj9pvqntMQo+R'
    'de3nU7RGFjcH90uGqv1bFHojXVsrmkv1gSY8iO06Hmq9ykNjuN2Fic5BtN8c0Ng09kpsvJmviRvGBO1Pcn+10fWq9s4PjAlsgk39'
    'ftP9vByyiu/bekx4bxHpBhYa+ndieXHbT0Q+orCu4Dgi268gPpVOJd+Xg+x/zGCbpw8B/9wuoRsdxPZyzBC3R6Z7ZO35Y9PwtoeO'
    'z4+bgnt35Yi/bsLD2PIyjIf5NIzjcK1ZulZ3DrZnraPXr5ms0VUWesGFaH2awmdrdlVMfeBCQ72ib/vXxOl/OfTxIj7CxMej17bq'
    'IWpbT4S2/XdjOI7DUNJRxoPeMUTt6NG047ONPN4SW6tfnSyO+0D9CbF8fRJ+4CUE16vrysbSc0XTu0xxedY4ssUWgVzs3/9r5Dhu'
    'E59ig4U+TiTjimgvlW9mN3J9Y5djHpetzxH7AuuxmLONFv1i/PQ/GriuZaTqivy7Wg18XMs1NhsSpHXXNXAcLYc9TJw94vIhaluU'
    'cXtzA+cph1v355//ofbsKqNdCPZtKtIFHoxt0hDc/fHg/Fc+SB+B9GFIfwXpk/nSO5NPwO8HIH0M0mcInH2Q/jwf1PmXIq/zAMnL'
    'yu6H9NeSOp8hdT+rqfMXqM7ZVeDfHNKFkI6F9ARIj4b0REinV5W2ZTr5PgP99uq8pRjc4fPeHVYPMckhXQTpxHrx9+WQVkA6A9K1'
    'kC6GdDbJ31wP9zeLYZ6kHPjF1tR+CX7tKpaee9jqjER51rlDo79+bVHs09B27416B3ROsTy2V6Z8bU2Z69fJ37+rH576Wf9/XM/9'
    'Fw6lXlKkE2C86pfqOX8V9YxoKNbO7npOb2cSmjcB0vGQLiO0bRWkkyCdBulqSCcTWrkWaN46NDYj2R5sWf3w2oSORXhtI7vR/lA7'
    'h06F3YMOX56rC/y+Rrnnn/SZ0v11wd2xqPEKZfoxXb1fr+NnEcNxDuC14cN1cn1kHNndlB/trgt8qXnvvmVhb3WbxpYK6/++A99O'
    'gfT7R4THVGT/dT+p42bI8yCx18J5vgt5nsvq6/DjKtYF/otGav+xLV3cvj5fG/CGOhtNm3OYodLZ3lUb3NfBchOVlx6RyE06eelJ'
    'kFm+gur4LZF3WJnHIf0lqeOARJ56BMlV/vk/qmN2AfZrSBdBejqk8wuldbB8ayA9FdKlqLyv/0d15EFGylSJZaj5RMZi+ZnMNhXS'
    '0yA9AmStt9UGuk//XhThNw4jfEUzpGMjylanKOqaLKlrfMS6ZqO6ovBFuNxUSI8h3+dBXcVavu8N1fmkV++faoa2XrbXPFzDeQ4b'
    'n0IiPsi0rEwH/Q00Bkmdmbcb8F3/UsPjHZbrrH5nTSlfUw5d67MaO4Y3oX6Ww/bYq+PEmiBOEfV3ZXvHzFQ+PRLh73DfzXIQ/ibJ'
    'L+r0S/9VzWOBRtGzyOyBffk/Qdh0vL5VHY61F+fOgQqO7h7CT4eAr72kOoAzEnk9r31nw1xjPugUDb/D8s2DdAHhl+YA/3Msgi3i'
    'kXAdrQVzXsyDPa2a81aMD3AhfQ2kayDNRORBqqo5XSvn/szW3R+qwvWVyx7Cq+/BIaqP0aybBPWVk8/5N1Tfekcd52a9Yx7Dpk9i'
    'Q31pFd/vk9Qv2eiTLkJtGI4zfT9+bBXfP5K2qZpeVX6eaoMGr7LD0Aa6lv6rkscX7yZjvU9y77HRLbXhpva491fyGO5R+DhTHuCb'
    'lWF+sVxn+l59Hx+i+tjcvNOgPpt6ZPfi2HnZuiGqj9G5k8tcH6WrMxOqbwvhqbsIr83wpaaSr+849e1yop+V/LYivBajtEEnHz5Q'
    'Ee7rUN7L9vX/FXJ5w9YWmK6NT5QBNpujy9HYlePeWrsGhq//q+Bro9x35/xY6Wg8d0nsiy5wS39vJjAPc8Uy7bwKficoyTMAdu/d'
    '5M686b30TAX3wz+N6ImpbGMqL/2hwOUlU5nGVMf5KIJ9EtGbziZ64TMsYd9W4D67k5KTdDzHs4Aznytw3+9xbH89WB8qcBu14bi3'
    'SGNjvh2N62aJLk5mIxzlTgaDXwTcHEvqeJGs+11oLuj9S1F/liGY1IfGJtLPDo2ulc3ZlALfJ7c6pf5Z2i14WNlcMLpXQG1P6s7t'
    'n/JymFHvwHh2ghOd8tpOefXcWeZ62J5wXb788QBkY/lP+eGLRbA5z+naJaTuL0ruLLA2XTu5VN56I4KlkgFN7j+syQe+gUeyz5jD'
    'BG0cah9IunP0P+f4+llF7lEeA+lKAvc1Eer5RY7H5NhA8PxZQxnhnlxg0zZUNkpenV/OBb5dy2GL5J//5fia2ETKmN5rZrAuQ+Mz'
    'VPdN1qM6h8InoH/+j3Bpm0JHqcKlpWhekz678+BPQvB7NbxEm8XewMY9h/CGypNUTtwu4V3Y3ubRtxZy/1K29o+PsPYfzwa28MNJ'
    'B4tAlxsj3nt4EOx1voRgsLOkszRnSquRnOXB+Fg2mDtsVzOX3IlYTOxyjibfp4LdzRUCWFHuVXiwehCsGeT+g40Nsa//R+N00f1w'
    'z/fe0nH54Q+DdNs3IYYixLq4+SGw/8/K94wOQxv+FVkedyBK/CoZPzg9y+96ltOmwj//Q3XR/m9PiOdk4/W/GT5e/aTvJjR7u0TG'
    '+EUmfkyuezKB3bTKd6WOxhxjcW/dhLZ9PsNjt5xqSQeuyfA1YmJnh38fXP8IRlS7/YszPMalbp3RdbAelW0XrAOVrfG5mXix5Sh+'
    'nJgJbGDKpSfpl9Q7FfUj7nmVH9clE/iS1/EmLC61b/8jaENUPb0H7/cun9c+gT5XNK/s/O7XqKzNWvf9f7m87yo9Oe77Hai+7aSN'
    '7Rr7pRtdvn5t7Fa9MtcqyqrsUL0yH0X9bNfYIjB7s/ehMib+4P37fy6PfWqy53RJcLLTLT1LT+oeoX//340Wf7Obrn8YH9O7tL7/'
    'L1TGhCf0ysxAZUx16i2ojKlNdY3LY9yqZGZ//aO87Zpz6L84+rxsPXqxWsc7yft58u1/oR3e9/89C+IcdgTpi5C+8LEg770o74Pn'
    'Bmn2rUH6FOQ9YlOQ91ZFXgr3RkHeE3eJ8/4/Qd7O94vb8O+KvBTuP6O8L2wM0m9IxuG9irwnwe9rIO87UV5v0Xpp/XnhskWgrTTv'
    'VevEeTsEeU+6VJz3zShvB+S9ulvct7NQ3t3bgUc5S9y3NYK8bN5o3mMFedlc0LzzUd6FXwvSvbcDDoN8MuNmsP9Fef/jDrj3vhfu'
    'yd8ZpLm9sP5RXp3cU4fyUtmpBeCOvVccv1UXs9UklkwFodlMf4vjIHWQb7ZxkHLodx189+SO1YAz3r8Hh935DSpD+5aJ0bce0v6T'
    '0bcu1EcWC5h9Y3e22Z68TDAmTE81X/CNlZspgHnwLMnhcbX3wbvDBPPC6mGx5BuA/8H9O3iXHOVp18yhLC5RQ8TxFsVoZrEuVfs5'
    'jkN+VEQ8s9UNU77Dpq+nOfL44CZ8l2nsZpHcYNpOUTzxrRJdqkmMHZ2vYG/O3gPzN9Rjo2vXOtgbTOW+9THvo7db9KM3obH3xn16'
    'DFu4bsfcj2GvQXvoftUCa9wBvM046thohQg0aIYEv3e5pTxwFDs5kzWyhfDfTeP5vaGtpE1J2aVsIbjbL5EFvJgfkyVt6RWcJyRV'
    '74PjwnenhmNevLZ8bVz4LpDo/rbJ/Z7b4duj6DxYF0vF9F7RjfDtAcN7RSzGym1Zblfm9bd3XBA7Hpe/G8o/Ytlf2zbhtrD4L1H7'
    'sWoctznstLg30U3OV01xdrqkPnon0ZQe6OqrFNTX76jjisep7/djuY5H5qeC3tk0hf3I2MBG1fQ8YpuE16ExXkz3Sf/OX4w2mNIf'
    'UftwG64ZG8yprg27Io5HB+Gzd4zlOET1Z1vLgLMXIhzqk+AQvWNqCnvNWO7//lsWNNXmruRQ0+Li2GAfNPEPguNn3ZpNnp7+vjls'
    'P9tPbFP6LXC3z7CMf+enmdshtUt020nQgG+iPrYb8sNJrf2Poj5S/f16Rx2ryqaPuxT1bFfYhJro9PHZydtQPVsMZZIo++6paM7i'
    '8sV9EjtXmX3pzGGom9k+VzZzu9wuCc1ssxzL58fw/gyl7OH7/B0TtpFOWtbw6vku6mO35DzWdh2brr1PoT52C3wpJEVLLkf19Eju'
    'OvQk0J9NUE/SfBvlU84sUz103JYAbpjWkyTv12zZx76IfXypyayPOyX3s+LI9b9q4nh5A+FNvkn4jvsNbKnvkvAqdzQFttWUFxpJ'
    'vN0nUDyV2zT+O3BfqY15Uu3pa+J2nhskcgbDpR0WeM9s8i9q4japtjwcpQeviQGLroejUb/bLfgU07ZOVrR1lyWsmhiwKH/2t8bS'
    'ftvqfnXjuq8x3NZnI8K6H8Hq0PA8Ohr0XdRvGZ+9XsNvyPyM+DZ/BvCj8vF+zC80FlHg4zvNO1BbN0nKRtGzrgHbnXUIftI6OA/+'
    'aRL4Sejc/JifAvhJ6dg8+OMbg/sRpuc+3QnIfy81cPyJo8fzYD3dwO93bIm4N9ji1I9i1tlncQbAaMZXUZ1DIed5dV6N5kkkK9js'
    'G5fGgEVp8eYEYDFa+UY0rtsEeeKcp4p8+Pg2/0NQJ+V9Dm8I6Igtb286jvmG8B2auP7Qt0VYm/9dLE87bNfrHcUwXVWtxZ0Svtem'
    'zi8U+V6RtC7dg39Vka+7OLpz3+dnka+BHWS8dxnywLa4cREaH1WdXnqhaz/+a9D41LliXJLddaM0YlEMWHTtTy5yOY/q3+l5sEp2'
    'Mz0DuCWrlvNeqg/L//SejOgOn4nt7lnELyS7M3wG2PT+ahjqPgvq/l49vyfVFuHcwua84j8EdW2z4NW6LPi59wrq6o/YP53ssUVQ'
    '1xGu/Rj2GIzh2fXh+30qfQS9b+vb/CMYOlmpQ7K3zreAIeLL/f0/Aoz9BEZtPb97Jzu36bXcXz24L9aF4T6bANx9CO4mCa3sjiBf'
    '/0gAVyaz2uwf30JwaawUE9m31xH7Dv8MgrtZIs9FOV97vwHcKPqF3jqOqzZwsV6hzaBt2yPg1GsFcPsd83tLXZL7p8sQ3KTOKj24'
    'R6CxjHJG58GorwvfJd5Pxt1EjjbZt7yYH42G50YyWfO/IsCgMuaDBjD6NTBuF8DYYtmXrxvAeF4D4zMCGH2W4/EhAYx+w/Fg9GJ3'
    'bYDjcWUiytdvhBgY5T5P8td/LffZsb8MfJVufcyp5XK8CS9O7W90vPmYmPBv1cB/uSY8VyJfRyZ2Qndp6tpXw2NcLszp/XIsQb7l'
    'dXf4be4Rfr8mjPeiO4rLkO96fM9fJstclzBcJqd4MT+o7kLkq2BFgnJZ/xDWyfr5phq+565BPll0eEL9UB1H+nJSwnBZe+fWcF8K'
    'D5C7wE9D+gvy/kF0V9i/p4VguMTfAvtdT/z+55B/Sw9GNYLB7pFPh3QWpFM0MP5ezf0BUFm4x1KO8+A9JYBnS5dL9n8BvF6NHZLI'
    'byyz4b9VAC+qjOzBu76a+xRg+y31J7vLEfud/6RF2W4io3wQlbU5B/X3fzQGmwz5RVGMdjbnnagtNnKCV+YCi7JUDj5dUPaARK6k'
    'vNhx1TzOECv7koXOxYSHnqaoozuhOqrQGGwhsvphrvgMgeHfS1XmZSn+/a6K981kvGzOEJi+9KEqjqddElzsstAXfB/1t0vCO3cI'
    'aKDP/6O2bHXixSDx7f8U8Hotbcp8nx+obzJ4uyTjfElV2IdLh+C8Ao/XLij7dlTWRj/u3/m3KEvx77VVnP8fap7S5/9R2xmfcCLh'
    'b5ZJ+JJJEcoy3qMO4Y3O75QJv/f3ymTgsfY9heCdJfGPpYrzRNv3YELwWPtureT3yinv9hD5vR/xcv79P1R2n4S/+42E3/ssKsvg'
    'HiC8oqzs1ajsAUEe3I4HSNnLUdkjwdfMySR21dpCaUwrFg+0F5WdaVl2AyrLfN4sJj5vFpHYWadC2fNQWeonZwmJ+UXrPQWVXVIQ'
    'x+qSlT0alV0tyIPbejopO7My7N+Njc1qTb0tqOzUerFMIOPfq1BZ6v9+Fik7Dflk9Pf/Cu7zqS2C7TfzK/GMAM62CHAeFcDZHgHO'
    'XRVhn1n9Et0c24u+bVCG7kFfRmU6FPwm3vc/LSizk/Akr5D+XF0R9q2k4tNtzgx3WsLutoC9HvVVFg+gk4zP+QgHNkfoF4NzsqLu'
    'bkndRyvq7raoezqKObLF8J6KTn5l/lnqUL9EPthEuO0YlKG4/XyBj4Upfy86d91f4HVTvrRDwJ/6938UZXol9dxjUaaT2f8alKHn'
    'Q19F42LKt4vktk8Z1L2L4NWHDco8TcpcXuC4SMvo4u3o+rBZMBb7NWdyIjhvQm3UrTOdXoaeua4umPkMpDZmdA0tiAiHrqvDDeGo'
    '7nX79v8IF16S2GD2krr/kedlmJ7pD444jgnr958MytA+HkBl1rnivZT6QX8sz/n8lbkwD2+r6/9BnvtRfIDw24xnfhzSJ4BX/k9U'
    'hvmB/B8Nb349KsPg7dPw5P+Oyhwp4TNPRzFsvTIfEZRZQXjiY9Bv3+evoMzpJDbuWlJPPyoz07BtnYIyurZdiMqcKuHxqVzwOlTm'
    '9EJpWRlfvlpQZi0ZA/ze9/mvKHOqpMzMPPeV2aY4n/Xlf0Xel0neRsAdvDa3GOzHjF9wUV0qeyPf/icXziuy//H1fyivyq7DP//L'
    '8T7Y2mr4Mf8ilmc07HZJeRPexiv/DUFfKR/L7F2+qMjbTfjjTyra1W3Qrg+gumT6TNauy1BdWyPYWvWguigfsZnQ/3ZJXaa+v85T'
    '1EVjmbxGkXcn6cMJgrwi+5ki6Atp3gMSfrUV5e1xxPE+2PnT4TA2Ue4v+/w/qmsX6QPen30faiivikfw8v41y/Oy2B6vk+gvf2+Q'
    'l+nb9ivyHk/gPmqQl8H9cZbznlH5hSLYVIwvgx2yf/8vy/2zPk54gicQD+LH/FXk3UfyXoXysliOCwVx6H3+H+WlPADNux3lpbqy'
    'tUiH59v/orxLCZ8wE+35vv8PlPcUQd2YLzhfkZfuuadnw75B6Z62WpCHnu0sV+Rh626BIg87Vz1KkGcbtf8V5MFnWv79f0Eeuv/W'
    'CPJg+2t//aM8ItstX/+f4XnaJedDz2UC34o296J9+z8FbEY7HyewTe4e++tfAPtZkudOBNuUd/LtfxHsDsne/RVBnp2Eb/k8yiPi'
    'vbw8/6bIw/inq1GeTRI57X2or6Zn+r7+TwC7l+TZhvKI7KF9/x9Qv839Vf/837BcPxnb11qWY/Udj/qyWdKmpYI8tP45ijwMzjRB'
    'npcInAmKPAxOA5pbU32iv/4F5XYY4P8LLi9nqvvzyv2Py+9KxbWvfNjl49IloZM/UuRhdPsOlEd0bu/luRn115Q39vX/Ctib2f0f'
    'RR5Gyz+hyMP4948I2thh0MbLBbD3kzZeIshzgLSxxy296xtnbi9C9YnuDfsxf1CeHonO93RFHjb/qwV5tpA8ywV5+uj+L8hDce0o'
    'lEfkq9bf/90w3dLx/77/P8tyrE0uzFvc+5t+zC/HrA1U9tzn8HER2Zf4+j+UZ4dEzvopyrNfwl/9EOUR6R79+38OX0umtiP++T+C'
    'LbLb8OV/wRjpbIF9/h/BFslUvv5fkYfFLnwPykPlomMhz25FHtaPdyjyMBlsMxpHU9sRf/07gb+6pGyMff8fgnHXyXEs5ke9pY2w'
    'v/+jcqZ2Kf76d3h8hd8Q/TCT75oFeXCMIRqngeZ5Kh+OgVCAf7sOj4nlOubxAPD7avQe+1xnMCpgndvAvgjg+tcKXPWTcUf34w/M'
    '5xz2NATJHsf8aTk4J/IcZnNTBLr5tnSexPPkxJknRztPeB3T9ZZ17GIcpPMnmL89zioy5JWOk9wUms5N3LltgfIuvK+DcmNRXv9c'
    'DtKJA6V4UVB8j4tzDPZuSC8aGNqxSaINtvFHMhHaqNtfs2h/nWDRdtZvG5p/WIQ6vm1ZB6VrFZA3C3+4jAiOal5l9Yr4FVWb6xV4'
    'GLe8198TEW/WCOlEwCkv30oYJxe+u5K+eX0/3rDfDDdZveNBr4f5t1MdHotOtI5aIb2QrJFGQoNqgQZVOQeRmJntCx8X9cUQnqOD'
    'h9s9C9K3EPrsGODrEcC/twBM3K5KaBe7bzgL9UPUL9M62RppgjxVCPfzUJ+z13GufUyPpwWEd01kz8gK9owiokde29eRtnky68eE'
    'fEXmVf0w3PtHsJQOPgMDl13G5hw9JzoRnhZEWxgOmc6dSh4cDziOv81zzGIvxmlTk2MWWzAD8jHG5Xco1kML6LRcoGV1cF5UzWAe'
    'QvyqBQpm7WSYgay14ILm2fYpCmi0bxcFex+eyzbQ/7G5bAAcGOPw+KcH94JVQT/ounMkNFWGY65gf/w22R8rJXttMUC/g77NaQzF'
    'beSs0ORewyYn7GfW9w/g8LiX18O7D8E7L99D08E/ENIVtaJ2sf3Qtw+CdY9jny6C9FgnHNd1MaQLyZiK+FjRu1SvoFmT27SqAcWj'
    'F2EpbyFbCzkB77AU5n49pDst5ShZvjqUbzz8MRYvafhsvzlh8MdKl/N0GcQLVRIaNA7OMgYM66PyXQmtUvAHjNZtIHDfmq6RkjWy'
    '521OnCejW0H1BB8vRbxyOu+vjnlvgrlfiN41Ks5V5iZwrtIC9XrPZMhTh3DIPVu+N9D2N0bgrysJfz0NxmACgkv5EZxuE+gOVGfG'
    'LtI9NrF7vyjFse7x+TBOmQyj0peL5GDGP01aDPcSCK/kpa/cW8ornYPyVA6U5qkaALtkJ4gh6b07G9LzEjqLy6EdXra/Mf8CY6CO'
    'swSpja5uLII1ORdOo+j9TPUgOv1VoyW8RpRmAA+2wfh1wTrMG9HaQTErN8r50LmUwtidQ9bGoMWiJ1u7Kn/7oECzCvGx/wT0ic21'
    'q9CDNoAsJltDFFd7ATdMYOM1kFXo9LE+cj6SwxzDduWBvtieX9STfEnoi2ziq8eRK1k9GfiTjS2LF09pTaMl39YI72XnPo3wXhd/'
    'XqbbdwXwXAsahnHoKEgLA3Z0kO3ReCwKiIdguj/MAzciuAwPbOE0IRxqAfkqA2VmprpkoS5ZJDcIyGgkHZ7qHDNbZjz26cGbwN/h'
    'RQEdUOnW6LorwvdqsibmkvMXEzuKcvax5QNBmt8zevv4jQ+O/j4u/FqQXn3P8PQxPwR9fOJOkGluGRl9Hop5zd0Dtph3j6w+Mr4J'
    '321jdtU1ArvqTmKzjfkfG36Ntq9W0b7Jjti3TAf0f4qjjoW03uAM5FlyJ+ZyRb1tZax3A/Cv1JYd17eN3A8Q+edh+U3jiFG7eVk8'
    'dpVPFGYjvxj4a3onRAXHtr0bHbEvEnq/xSRewfNkDmQ4bbLOVwhwu9oSt03uuJniH8YxdhfCs6ufnkC9pneZdPd1TnW4r1fqy3Nz'
    'Qn2eBzb1JrisG4f1ZR6PpPGvRoF/cxzze3i9EnqE7xmb3gOyuSPk+6MGXW0rnJHh+kd62y9CbW87xNo+D+HIdkfst13W5qFua9R1'
    'I7JP3q3gj2sENpUVoOsS+XbD8VZF9KLHEcdimeHYxfLssISPzzx0eUVjW5DQHhMb0QpCk2R6MJEtsko/x9phqs/z73kO/q1FZXLw'
    'p9KvMvuhebC2qV7MVI+bGQH1qPSvIh2piW6T5a+G8jmNTWmjpZ5oosJevlogz8S9CyDC07OR7TSmIezMrhXZd00Q6ModsDXEunJs'
    '3zsOYFVJ7lIUB/gZpkNsbh1IbWA3Cs4tD+/g9xjZuzXt4McAnVPec1WQ/ltHkG66mN9jZHnWfEicZ5oCzrg3gh8DBZx/vIH7KGZ6'
    '/pcvK21/leAb6welbXiMqwZKz09M9xRTeycZPvl2iAvN6xsP56ei8xCsG6RjgXVq1GarBfgTbIe+CXApqn3rKLMfyUbXinN8UD57'
    '9JZ4Ml6G0geb82uH4NDhsNYuXgfxw9A3bx3hb7UC+lEhoB9R+TXZ2ipK9ggPVz8nodUHbuT7Xdwx2nt7kN51X9CWJvTtatD//eTm'
    '8P3qv301SD/xbdDnPRJfDrS5B9ICv120HzF+lsFqEJyD5g1kTUbfvL9LCH1rJePIaPgi4hPsdOJffxHxFfYVZDsyk/jeXE3KnEp8'
    'gDLYswDWJ2Cvwf7MlpD2LJW0i8USmOKI/ZoyH2SXKdp7pMTv6NESf6pdDvdntkLSrtMhb5vD43nReudqYiiw8TkbzdNaErOBwpyJ'
    '2lGEex3UX+wiyZiuLnAeY6xmrNYWxHjTKpljds9K5H+O1XESpMeSOaVtmC0pv4zME13LjKeIS/MqFetNRvOYTci3Y9C82Y59nPmb'
    '4NtfslznO89Rx4iMCrsIOsAxCbTT9x0Jem0sb/c74RgMpv5z4/g4iqMj+cIo6Ucvkmd6Jf0RnWlofUeh8zDsY9H3HemEfSJuJHnO'
    'cMJ++7CvJj92BOwxNmczJv6Ysb6Grc9y1YH1TDQmyY4y6rhldLBaQQepXDXfkje6GMpXQ79KbTgPHVufrPmTs7Mf8u/FlcV+KKn7'
    'f1H5enyuup7oTSlfL5IBksZzF31nNpzp3bZSm+Jp5zhXAXmagtgk02eaiT0btRfPkDmpQPyNt081/P/2vgbKrqpId9/bt/um/+ju'
    'JJ1ukiY0kEDAJDRKICSALUbBvxAJQ8Dw1z833dCd2532dkJawCCIKPoAn87ojO/NOOp6w0yS4XeZ4PMZUAg8EQVFF2vhPBhwPcMb'
    'ZnQyztIRzbunT9WcOnVrn7P3Oef2T3J7rV4n6XPOPvundlXtqq+qij1p6fTum2Jj+XeqyHeCYspoDDWNceUY1qD4BYm2jnb6McnH'
    'FBRfFQxGd2Y3DNHuYhYof6jEZ01vXB7qQBlLPDrad7bDFX2/iDNZlCp9ZoQ9Mzfl8RL0H6KOVy/cQx0zQ9qm7zUrLzfw75X+GcTy'
    '/Ksq/cYNcO//kXvDrG+vC/ewbz8X2hwn5yzsUy/TRXFOfkDe72FjesqRvRXeVeFdFd5lHIOPZxtJr6hjeoVaX1zbv3T/3d1V/HdX'
    'uM6axvgRof3mhNrPsPa1fmdoP6zNauE8eaPyYlMbgdfZ+MKOcvquIm5MTpZJucS6TXRzR2Z/TZXmyFMGMht9VBcqL2cM/m0xxN62'
    'kb99S3m+Hvzbms7ScyLGUA3AtQDXtSpazGqFHmcPPc61XNcbmD+3v7KmfE27p3tN49pxJPlyA/CBBlXJI6bLI+bor3o749TZEacD'
    'A4e0Qe0zlZx0szcnXSL6LKMhG9yZaZtxMDE0ts+Zgw+R8/3+F9xrw4+92DjnmXVEb+p8HGoyHJTbO488e8Jurx3p2ZXk2ZugvbOf'
    'l589hTx784PudcnjpbF8TeQ8M/nscxDbCFiepwFf9HWIedz3Qin+51HowytP+NuN6jtoAx8vXZe00udoaAacJuKMVwpnyWYQjLax'
    '+DYx/CtZn6ssdSdTWdtMdGYTOzzNNbSYYCk4plZpsB0mOZpMcsEF+RzomKK0xfMW3cDmnePHmxi9LSH/L2deSlNamMvOc/cT3BLP'
    'X0n3oi5/pe35LAvzZRpT0AT/53HBx6lSn3kTxDistlijqVgT09yJJnMRlGOrgcnGWoLV141fooWzBFpYTviRRAu6mO3FYCso5zyj'
    '3y4szrua8YXNAj2G5RCi+0KXL5f2A3Oe2+gfpljWUxhGFZ/PqtL6E6cwvtRJ3mmZwm+3RDj76+YuG3HunPHfKYyf5iWLkzOJ5zwK'
    'i7WymffCtXY2E9M4J9Pvzxmwm+cT2dpnlFzPYI5BXRBdLq/TSUwKzn+1JY1RuqzQm7fe6x6cXnr7yVPHLr1hG1l4yZbunDZvJzaR'
    'GiL3aBxeO/iUU9DGaSCzWlUlHxj+oL2iOEe/1Xt84+cDo+t0jYoWY6fLTWqfZ9OxLB+9iTbhENwcwU5uHqfGfqpgYbpNDOrA5y9O'
    'e/Epmy355zXQxjlp75xH26hS4XljT0u7OjzV/Tm2fJuS8xiE5W2g8f94pqxPu3Eo5cp1LOU5/ueUeZ7j11JuPyo+KNEHFaN+Quie'
    'CG3b9kyBNbZbWQzQygiYeNrmR1LunjWR2U2aNt5X/MMq0oa0d7Yo+7xUg4rF41noQVI+qqDcG9xeND/l5ufW1VI7U3NPlwfDth2n'
    'D4eBT7UBH5H05YYKjjwIL1dOP7PV+mN+/VuVm5sGbUFZg5ik3jLFSjmxTkuZvSqnkWM7lXmON57DbcBwzzfB/XlC/JaUP2+Q2ekK'
    '5P+0TrbEh3KqNEdivybeKx2DZ+vsfMdFPKNX6oXMfjz6bcTWy22alXoxR/f6S3blsDU34Z3IH6mt7lTGz3IW/osRwhOjxgfzPI9N'
    'wH8XB5yveO5PztfxvTblz6GFNjR8n9q6nO9eQmRdn5JzpdnopqOsjbwyz7OKsQ6Ov+EkTZ+GmXzfquLHa0vrwW2zutiy1oq8qsir'
    'iryqyCuDNY/KnyQZVs34FeJCKD/Nq2j5zqvIN2kOxQ1wdlipSnMS0m/ynKBtzEZCZZLUHzpelFVtyqvthm3UCDJCyvm4gryDNbx5'
    '7lapL1QO0nPWCDkz6eRC5RxTkQsVuVCRC1MhF5CXcd6H/DjFePH7Uh4fojJlkYVdOG9xVqL8c9KWlXLliI1OTm1UW1h781JuW9J5'
    'gdeBMDnj9QpywTTf0ADr2z/BnOts/fQ6rJGlfYJsdNp+EejNpG5ETrMWTkz5Qva9Hotxj2jeHWbf+VtyphsVznRh3zHpS19IHz4N'
    'fgz6zA5VWuuD6i8rlJz7KYgG8jHo5Xpin+hR0fOM0fk1qRXSo/S1WSguV7KJ55VcY0Vah7jjMsWX5jX0T/kBHR/Xf+cSPTULei+l'
    'lzFDmuXz4nzrMWLL57xgVLOPdW39D9K3nKFtSmc7ctr7r2Sf3sie4fn0pD0f1waDOfBOLrNNitcV4rSBOUEXl1muSGvwdsDBTbX9'
    'C/Mft7D+DrM+DGj4wJiwl6oDzkhNlTPSMX1GSlXOSJUzkjKPO8ZzylplX+OrIPjxqU7Sb6ib0HdMZZCpnjbGeHFXys11R3mxibzr'
    'Y3as19kZoWChRxUMMUOmuvmgKq3lY7J20lpRuS3VUBtkz0m6IObm+kkC8pOesZdo7J1heC9p/LkQrCSOf0zAeVEbKtpMg2o6cV/j'
    'kGb/jDOZn5sBeuM6kA1Btl2ua51LdM2hadQ1W8mZYLtG59Ppnq8H6F9ZoMc2Ro9zNLbyMwxsUtiHFuDdc5Ucw4dnKa731UbU+7Kg'
    'N2Th7yZ2L+7/GBHOrFFqQdEz4VZlft6XcGk03l/yP/C9tlLAZvUof43bpaoUD83tTUPw7EKyb7aG0NqgKq2xtlPJdeHGIs6thJFD'
    '7NqetFtngs5Tj2Ans/nWOBmrREs9yi5HSlK0gWN+VwBtjDE/4DkCbbzJnlmhzOyvOQ1uMc/aOx72N5exYZjGegHj+Ws2dhobvjLt'
    'BubQeXg14lpvnaFr/V6LtV5L5t3E5jOV6/9GxPXPB6z/3pRbxyZsnNzeuFPjK0mKP+SmiWZQdnyY8O9BFVwDI6f8uWjC9DWUTYsi'
    '0ovp2LBfi4luSmVRnLrDtQHYCEpfC1Kuj0DSwcZi4hLDxk6f3cr0+emiq3XKzk83HqDzTp5nBRwKlfOIc29kesuI5lybs9Bfepi+'
    '3SjQfw9rf0ygkc8pt2ZzlsQenJ9xr6vhegFc351xxzMH5uyiDOR86nCvn+zw5tB51mn/KsJLL4Z2ujL+NXgXtHN7h9evD8A9+tzZ'
    '8Nxt5DurWB8/mPFkCdIO3luVMW9vLVzXZ7x1nMvmZ1XIOJxnLoVn35spPRe9g71/Ibz/iY5SPsD7GlUPvYCsgXM9V7MmJt8zjY8I'
    'q19gc166PkIM1NFu/5wMgGrmVspdyRg7Ca+Yr/y1a2luGtM6GUnSkVLR8190M7rieeoL5PyB98aJPHPunam8XEWvKK+eU5b8DWUM'
    '4sAb2Xc6VWnuffrOAvKNm+FvLeRvK1RpLc95naW1PJcruW6s6XxtJP+3qYvt82t0w9KlZBpLOl9IO4xdwTwI/VFBeUptv4V95Hka'
    'scaLUsnlGqqJQfvtyssl58xPc5d3DkC7mbPXW7q8/7d02eV0s6mDaJuzcpWKn6NGoi3pb7jHyvU8rXMZd0w4lzXwa5K3rYXQxWfY'
    '3kVd4HLCqxTxXdnMyRqL5zm+2vb9ucRW2wa0LI1rJeGNYXpUXcT963z/HYLvhPLmj5CzwlLWx7cpf65O0zmQbOFrVGmMehhtcuzD'
    'XPiV8tnF2deU/+DYT2H+VVvf6kLCg2iMNs9PZcLba8hztG9x+Xg6Bh//qGYee8iYTyvRlY/tvEkqAGMhaMTmSrRGbzCh1RThWTz/'
    '2pc/7F5P3OHly8F7h6+AmsZjpTJi7bh7/eEG2Yel8+k67/y+y+9bLWdfsipavjKbfP2m+6lD+XHkKLs2a+KGrlH+vEZRcq1JfHoz'
    'oSHktf3AoxvJNzqHFNFkgzEqKO8ojTUze9FoiD2Y2rWuJ7avUQED7Dyzidh+Bgzsd1vgvfcF+Pp6lT9nxoWkH73MZobPrIJ+hNn9'
    'tgu2u2ZmS9tuMY42YvstGL4nzf8Wjd6G+3ieZh+/M4QmG9l71QE0eY1Kri5qXD3BREeTdMiVljqebT53mr+9mWFbOL5vUrgs08sP'
    'ur4tTK7UG8bapMi+SIK3NiRwdmu0WANbrENUPTGrvPxuhRDMgi6vtk3eN6fP20jsRrnzEeQi9vESTR9pP4aFMw3FbaC92wQTZlOL'
    'vJqdnSVs+VaDmIko86LLc2tCb1Sn4uvIfXsFje8Y9SYbfLHE85OI742zt5uJfmCKWUlqv59sGOdgsx9N/Yo5wgOmsx+Id7gU5jDq'
    'HgrqN2IS58Von+6BJWTORlVwDKctptc0b05cHsB5ZQ/RFxsM1m9ckI2jhrErSfKMBQnwjIUBmDc6Lu5f32pI703w3KnKPgbWJI5z'
    'Ika/OB+jmB6+T0YIxjGuLJVy7PUImCy+3i0JrHeLMos/k3JD4VmuUaOT9Ai4Clz/uTEwPcPEF0djE2k8bZT2kpBjFyuzvCPIc5qU'
    'fa6QJtADk4wZpTiIuDGjkl74T4DZ0/nhKjFUMy+G7mPEl4C6so28qqzz7IiVw5xFcfWoOewsxTFxK8n5wsRuh3pYp/LipHs1mNuo'
    'coTjdml/6VzUWsxFG/iL6dzUwfstBEfZCO/RWni8lmCdCq6jEoYvi4IvbQFdlmOLpqr2IdppaT2cBmVXE3EFG0+jsq8nXSPYK5Ow'
    'uWZj6m2oU9FcY1KcnYkugHU4F6jgmLqChU1sp4pXh5P6xpPGqjQYzg/WsKfnIek8MC7o6TyW1ObsmlLR6l+ijHX+faD4+/OKvJ2x'
    'etVe5c9NkLbE4I9W1n5Wrj3GRqGvF3NAof3xVOHeDcSuXiu818zOw40Bz3BcK8cF9LN7Us6i6cJJUtnHc5EVYAx1IXK7idn5RmLK'
    'qSBMl62PMqu8nDxS/QYpX9uNGpkzwNqZUHKNCVzngmC37GE++yHSv5wyy2Uh5Vbgubx2KPN6GSZ1ayQbim2NDimev0/5Y5oRGziT'
    'aniExcVXJ6A/1QfsQbqn5hKsRq/hWQz1pXLojlM59vlEL7cdu4kffTbMwaqY67+U2Ea3sX3N81kOs3mjduEBJecM3GLQp6GjYB3o'
    '2c5mHYaVnLflaKDNt4GtxXQuxi3kxZiyz0FpcyacDfOL+y+OrMP7s30uViQ0F4hHOV6V5vsd0egsQbxPytsxm+e5C+bFxFdvqgP2'
    'sDlPsu2q1Oyf8zXE9zvB5MQYe/dGsh/eNgW817k2pvxnjjfZWSRsfEmvTV0Ca1MbcOaguqdt7vOxAN8Hz+++VDi/SvkZhg35nq3P'
    'up/50tE24fTtJAHbY2oPH7Doi5R7mmK2JfxDn4qfz5HTVCZBmhoWzveTZ7m0/hnUB2vJM9s17TiEkhWece79LuWdF0xogucqOhTx'
    'ffz+SylPT5bmgeeUxNxQYWfy7wa0m4vR7p6U5xPdHtJfHVbL5DxwiOkf9wR8d6yM391GvptUu7SvOtrfmHJ9ufwZCbM1HnBmMrX/'
    '5ANsVqb+N54f72QyhsIsHcOvwR9n2ldTvN12DYbpRRIrZDM3QW0eIBgrHa72kEaX4VjlPcqrl5AX9BiTfLkm+AtdPmKpnohJm7q8'
    'Sf1s340rfb3KcnwXdb5NU/xdHO95gMs2wWLa1Mih45vqtUxKj7bJ2x+Gka5PQF9arJEZA4Z6pIQ5yqvgHGQT4OeV8JgFzZr2qtLc'
    '3lPFw234u2ncAuYJpHM9rvT1dSQeZjrfi4m82W6JrYnyven0QZrsm5oE9k2zss+rj/zxTmKX4OtxI3v2Y5o9aivvgvRMKqvRTnkN'
    '8ZEG9VHS+cPwimHngQunSW51TpOcnkkypVbFxzQMW+quUt6AEY38kfjvL4SYpa0GeP6qGTLnSfMjW3vBvxMf4yvCWdK2vX8k7fUk'
    '0N5zZHw016xJO877/ytgfFHac+rzLYk4HvrtQxqMy7AKr8VB7Zt3wv+TWL9y9O9agj3tZ233abC62y3igHBd1hH+/YqS66CU47un'
    'BsQbDYTodJw/0ZpiYX01iVlCnObJgp1b0u3GVXnqDUbB3ZWD1x6fAK9draLX47HNdY3foW0MWextivXSrTfNK/Mnys1LSmmU48Kl'
    '+kTUdxK1fzTehvuKq4F+guqvB42L5nLYoeFXeZVM/aZciN+pHcaDz6dVafz2Mg3P1dlteQ0ijpMctbCn5TS8DNfineRsMGHp2zTF'
    'DujqT1EdfSrHLMW64xqeT9aw3PHV5dAdG9l8DYb4ki8j+lQfm7dDEWJ2LhT8vLa4EqcdJ9fmGRFwYXH88rZ1n8vhi58OGrg5oTW7'
    'kWD6Ri3kRUEF1+y4fJbQwhnEx24SR8r1RgkbqcNK0bU1mec4tErP9NWEdp023x3AP6LE/J1JZCaNqUXMbXuIHh0nLpDmGbKJA+Y6'
    'jK7ubxI2fhMMzaDmnIL76R2ERxRUcK20AjkXJZEbg2LQRy3OZ/kQHJBzLsqm/LG5acvzhk2tiGMhBo1ktYU0hd4fTH4yIfdt6D+T'
    'IP3vjED/wwnR/0cSov9LiJ1iiwrOjdQboMNiTMQCYT5MMWc62wU9pw1bjHEogvzQ6fZJxgjGxUkG0W3WEI89oMEJjSt/XByd+3EN'
    'DimohrIJTfYanpGp/lCrwbgizcxV+ryG1CfAsSU7LGXxfJVcTrKCYB+31Tsl/1ITXFcI98Lan7DoCz8vh+39MJ/f2XCun+rvSvEd'
    'cebehJ7bVXAN5QmiY9rmWzyTyCncwzen/LVnd7B3TiY8YYfyP5tkH8eZ/zgXYs9rU/78qRQDPaHBKrfBHqPv1KjSvLIm8XLO9TCZ'
    'F/o9mq9kKu09SZwHWgMwWJyHNgu0QXUEZ/26A3AGUlu2e+1VjaynfvtWDZ4Iae7WlD9OaDtreyujSSo3dOMOiito08QVROmfLj6g'
    'Q9gbYXM7Ish3aX/vDIgFmEp6TyJ38EzMz+nETB1vYXOK8o03mF5sk0NYklutMf0iHPfbQmw0YXkZe5Q+v2WVKs1HifOaVd48l2Pd'
    'm4BGG5R5DJ6UU9Kp034L43OHLbDf3B80YvFu3vAdE94SNzdsn4WfdCzCdys5eo8dHnvXFPDYkeK/r4jJY+PyVBOfA69ZImFAJD2H'
    '6hxTtY8m45RTbu5423ntUXJu4vmM77yqzOMk+RnPVjesnuK5+9/KrXM0G2myxpAmsxqaNJXBt4HMtZF/QXEKNjJop0b+jkdYM9vv'
    'm47PFN98NMldmvd30RTI4SawVbSH4CyHlT7nmc1YawXZ35iA7F9W5jWeMPSrcjpwxj9goQNE/cb6lGfT2hZjL48kyH/LIfels9Wi'
    'Mq550mes14ntMW+I+9adsUzfsZEtBUM/isk5qqDBko5NEV+Os2edd29KaJ2C4v4mVHD8uG1cn63vhPP1CRU9pkgXCz8T1zfIbtos'
    '6IMmc560TZ7LySaVXH0aE78MnTfEGr0HfLQ28sQ0z9ONGpzCToLlWTJNPiKpP0E0tDDE9p6E/6dqmuzhSdRJajDEqzXB31ZosId5'
    'QcZQ3jMYspZblX38dRgmsgnw2KdMYx+kHHdJ2c1N8lpRm30T8/OMKbnmaFANJR73vV1DB/3KLOZyuuycU7133kvORv0qOK9yTgXn'
    'li5o5HiYPUf3bZ4XYCq+F0avSKcUj87pdUiFx81xutxpiD0L8yk5/brAwl64RSMXt1pgcm5U9jV5hwTcd9g7w5o5OWEKbSH8zJZ0'
    'bHqWYBZ3WPiZgvKGNAGt1mvilgZVcGwm1VvmCXpLUC0NXp+I6yaUbtsF/J3puHG8r2tiOO4h82p7ZpL29DDB3M7T6JjDjC9s1fAx'
    'lMNbiCyU6hkGxZxtgjEkue+jxItIfetSXmx8lHoEncqLp8srfa1LU3wnf6egzOLpEHPZrvy5JLCuWCvZ6+nuYFB5UrlkdJjezgT4'
    'UFbgQ5iHdrVAp1ExjpS/NGrORWH2vyQxH0E6QMbCj5ODOcSY4AagH1sZQ79fM8W2/83F36s0+4Tvo7yG/41Y+DFN87GY2gykOHAT'
    'vWaq9H+prr3k66nVnHOwfkMt2a8jAfK8lrVfB+/Fteeb5BkYVnKuySaiS4+EyD9pTPVsTA3KX6folBlAtzz+cUwjx4YsZPiAMBeN'
    'ZcLO6GTBF49yWeDkGFuu9DGZQf3NhPS3ugz9PQvw9Umvh24c5ZS7zpw+FoK9kPhhEP+U1hB1mk6DdY7qN+kLsENQH3u52jeRAe0x'
    '/HVhvG8d4X1htrkRi3ZXkv1pSu88x1ESfrUosr5egxNCGZZVXty2qb7pfONLJNbA9L2wft+u7OocjGjsENvA3hynnbC+XqlKc0UM'
    'K30sqfPOBwT8XdA7YX1wcguvMuBRYfymHPvRFo+W0+gZ02Ujn5uAPnOcMo8HxloquQA96FrgRZJtWfLhzxT9pov0m9txTPs9HXpO'
    '0Bkdz8gLNf4jyc9ka/9DG9ElAjYuie8UyPq0h/ClHgs/CO8/PZMk0X4h5Ew7G/1pNrwC9cmfgo/XNM4/Z7h25eYfUfwNznj/XHk1'
    'L8ox3qk4fzjPnKdKayvZxntPBb+Muk6U3yc1xuk6G7495Gw4HqJ3JTn+KDqaTvfHM2ur0tc3CcoRqcN53ET8S3kl52md0Lx7Q4L9'
    'QRlxOdHTw/qD71yszHIh5AzH9Q6LvRbUr5MMcW+jFnu3L8AGqvNT1U6jrE0lIGvR33G/8vIlYv34F5Z4tcBriU8Rx+n8/3QBN8Ln'
    'YJRhLkx8hgOCzxD9gRJ/KkedSNy7Eyk/HRxm++yilB/LulIF15hshmeawFYepdYxr0eJmJDjU+axOuWqdZzEefE06OP5Gff6gYx/'
    'n63O+Mf3Lrh/e4c3vneyZy6EZz5BnlkL7X8QrufC9d1wXZXx+uHMlRMjeKEK/3YXvHce9GEOPHsRPHtHh3v9ZEepjWAqx2bSN2fc'
    'XwPfpPPehwzfC+qfzZwca3N9CcEJXpDxj/GSzLE7L7Y4Kaf9dZnSuaD9onxFh5Oan5Bs57iwNWwu8P+rM2bYt6qE/IxOX7/T5V4f'
    '6PIwfqgn/x3cewquj8D1jS4ZU/NWl/tvGhdN338Lrv/QFU/+NJI5XwPXhUdkXSmd4Fx9+cPu9cQdXhwa3ls77l5/uMG9R3Wsw1fE'
    'H69NbtGj/AencYmK/hOWWrSse+6PV7jXe/NerkW8t2CT/147wV3gexePudfcgP/ZRvIstoPP3nmp/9mp2Htxc5E7bW/s9X9TXede'
    '7/6ivv9Y80Oq/0HjIXDOH8i5199/0Z2bJcK9a3d5/LFWybm0MXfmfML7/nqzez23173+y0Qpf8RnzmHPcAw6HWMmYIxR8uLieH8B'
    'NFW/w8tpjfeq/xTm6W4/Fsr524NfdK+77jaTYZkE99MQzNsP+7wchvxe6ib33iIy73hPrff+T3OITuo9ff626brhPXz/9j793sL6'
    'EPOVv8YHp8Way0D2rvdihvB79bA239/oXudsKl2jD8CY1gyUrhHeu+5GPX1hP+tIP2umQA95oN+9firn4UTw3tXAu6p3ebYkvNf+'
    'Gf+95bTNu/33lpJ7J8C+3nadZ8fAe+v6/ffayL1PwXubNpfO/VeBHs74TOncH7wP9K27y8d/42KZk9yTXB+qDdCjJJvzcQLPpmP/'
    'POiS+S4/Dc/V8LVXgfZPu6q0P3d/Gq5dZrwrCbl2y0H3+/Pg/194yM7+8vIT7jWz2x+j5/yta2+8tuLUbK230BVM220jz/G8Fbc8'
    'GS1Hd1AsTV0EWTp5dv12eXnkyz9yr7/d4+mNKBu+DveefQqefcTLaYw6YeE59/rB593rK7vd6+79pbLtFM03p0JvjJrXthl8o0F0'
    'uJLYr01oIaym3EIiM51308KzDWTfv32G9+8dU9w/vvbZiGsv2SPOj8BnjhP2ILXx3A/XF5b494Et79kGewl9bMPAdybXKpWeNT9V'
    '5j8Z0zadKejudufrj0eOZOUTOnIiy6IisDa2P02auDKb+kd0H52K+v4R/RkvjIZ6yJ47rcRGlD6mfyYnqow0RPnMSqZz1mrsxlhP'
    'fQHxx9NnmglmZIjhnGjc0VBAjE51TJ55oUomLjIVQ4ZfyJ7XySvKo9s1cq6lTGfYIBm5DK6bI/IKrvftPuBev/eMZxPAe/ceBL1v'
    'n2e7QB3O0dmc65e+6V4veLH07POVH8Azzyan311A9LwkbamNpN8rYB/N6yzK0E5/OyZ6SC2cmebAHkK9v9k1MYr9zsSglZ4E7fnp'
    'o7FW2G2uSUtFZcQGj9jogZ8X9LWU8vIOVvQ1JmvVkaqjRV9rJH5p5GVnsudM28L6HOvJ36hvUO318KI6fn86OcM7zzvXb2qepXbM'
    '1qf953tqx/wl8P3dB0vtmCmwITx+oFRe7Puxe33+Gb+8sJHvF1jOXzuxR6Pfoxr4v9qt1Nd+5t+7HydyZsp8rOmjkCc3850YSU12'
    'fzpL/2QjP03Xf25MXatrr6dXNQHWFvWp/S+41wbYAz96yn0mT/Zn5+NgCzwot9dHnj1ht9eO9OyV5NmboL2zn5ef/RB5th3suY8+'
    'IT97EXn25gfd6xLod+agf2znkhi0m8F++Bbok08/BLZH+M6+F7w6xjhnj6Kt8Ql/uyeRPmSAT63+ltzfBaQ99bD8DPV9Ux4ljSmO'
    'fbuZ8Yx68m7xj4E6jK0O8nbBhtAOOinVcXFu3gZztQLOkVJeqG5ydqFt1JDnUb/mZ1yT91ayPkexywfOcfo/S4zFnuOKXm4gA0Lm'
    'O/AnnaxenrTfsh0we3T9+2H9M5X1ryJnq2jnsrCDWcLnNkmec4wU1Y85Jorqx++c8N+j+vF/gP86I/iS8d6f3BnfnhKHFo8yyF8V'
    'w+01q+QZUigm0GbtuJ+L2ifbCbamwoMMeFBad4JIQAhVZFRFRk2TjMLzyimfA1wl4AgXfNy93ncP1JUjz+7+rP/ZX94C9il4tp/I'
    'ImzXaQ9zbGVZO877zr0rKAaZff9Sajdi37uE3Dtp0L3+DrBx7xLuNV5diu/7KuBfVw+W4vsOsXsU37d2vX98S4V7OL7FwvdOGiyV'
    '+4fYPSr3n98OON3LSuX+a3DvD3dV5H7icn9XGeX+rorcr8j98sn9hhhyv4/ZWq61sE2kj3LO4EzBE9erOD+BFMBtZ22A30C/AsXy'
    'dlbWa8atF8XlBdXSCMuLHlRzUaoFEJdfVMfgF7PFLhx3juqOoTlKqeR8Y0n6xa4z8ItdYeEX+4CFX6zbwi+2ysIvdoaFX+xEC//V'
    'fAP/Vb2BzyzqmSJp7JspfqqdvNdE8FutpE3EVlA52wH/riL3y/nNuQnMZVbFw7Tx/i0XxrOMPY/Pcayd9C26pxGjaJI/judvdWDv'
    'Jyvz3HJ9yjz3T6/BM4dVMrlrbPywczVYbh4vRM96i5U/zhP9oDr6mTOL6KfDkH5M89IF5cKlNbFt6Y3qZjyX2vhRSkc1s4iOjrPg'
    'Q5j/jebC6mG6/aEIPKdwlNLBbJJHrcqslrdJ/Vhe52QH4wcjyizv5Wxf/3SM9bfBwBwLdgv1V/9pZmi2x0G2hxqYdWuRlF0gEONk'
    '5CJLq8oP/TlAl7Q7STtyBZNmsB9VnFiRcIduXFuJgrirZftK/YS/etJ7Jo7ckXLHoE1ht4DbLxCsblhuoQp9xqbPGJjJdKL0Gcmv'
    'ePQK9SpTrJfdT7cVjixJO1xFlsdeOytZHqSTK3YWuhriJYb32J0nvgCxWWq3h13BNtc9616bH4zXJpUNwyCvnny4vDm2K7ro9NNv'
    'Uvmcmrvix7hPxqhv97f7UcBPv8zyO5rkbVyu9HkbKTaM5zGk2DCex1DK/fbKRCk27BuQX2zjvaX766wr3etxV8fXvXTr0QLrcU1E'
    'HcE0N1M58iXMOeL5JJLQv3l+OboWPC9dVP27jY2H5iT7EeQB/ItLo8VAVfL9Cvl+d8XQ2XbZ62TpGUznGDv+xyu8WhL4twWbSnka'
    'zRvMeRrNE8x5Gs+DSfcRz59ZyW09e2k9Dk+vYFiPztiEauXPx7suQL5eQO7tZTzjHHLvp5C3eAPkJj6T3Pv+DaBX9nr1d3jMwVN/'
    '6sWOI1bG0e+c64e6vBzHPG86/e6k3tflHxuNHUcdD58Jy1Vb4XOx+NySGHwu9N2kcPs0Z3eF5x0buP04+h/PqbdM4K+1yl/Hi9Y1'
    'xBqCvM7AFuWvMzBCnsGcgHnWzhbyTI59C2vWX6P0NQ2wncthfsL89P3svfcynIdJfVvnvdXKy3fYw8Z9Fukvr/+IORGXEZzImID9'
    '0eG3w/qFePIwXAmvxdij9LnOzyB6GM3zYWrbO9OSPhuUH1ecVcHYZ36G5fR9ekJ7rroMe64deHQK+Djm9uK4a4pxSZVx/iUeMKqh'
    '8/XCnpNorYfRfjfZc0PkmaB2nPfeDmdJ2ifEywxbYHQKKl7MBcfwFBiGL6+8XNqT2O8ADE+5aDVbJlo1aSMI52iKpeN2irD6o3Fr'
    'Q0adL5wf0+ezcB6R8u/mGV0Oa3CEfQLtS/Xae9lzY+z+hMFajAh7hPal32DfvpRxc3pJ9DCq6WPBoG/YpwHWpx4VXO95hyX+Mmo/'
    'egkm0JmHP8u4vI/2sd9yX9iuVw+hDdq3qVgHPv5NxfGvZf3iuOe+iHsgL+hZJnh+rm/ZzC/fBxSv2UHGajPXdG4G2HtbNXRuGieR'
    'FO3wsb5a5eq8upziUl3QIDraopmfraxf/xeuv1Fm+PugMTwQMIZ8Gcdgsi6HDWnu41WurkdpO2exH3idcdvzh0TDPBZ1XOAZTt83'
    'VLnnjOmiodeUP8+9bo5PrXJ9tXSeuLzJa9pKSm7z+tuOVeM8DT8NW7Oo/G6Lpm95Nq9her1pnM3TaY+2dxjKSlyj6ZZ7X067Z1ek'
    'P5O+0/a2atbfZm/rePl2YZ2dPg+n3Vg6iZf0sLnq1fDfoHXJacaq688laTem1URvtpW3uZA9fzr59mCZdXK+t+vS7plwJsudV1Nu'
    'W1HPewPKrE41XzsTunks5dZELacexufjv6X0tNgvrEPS63FLyq0jGmfMNxrujd7U9PLWi1IulkCnN2A/wr43LKxT0HeXkO/a2jak'
    '8x/XFaS5c75bk3L9i1G+m9Sc/wLswuXgtc8pL34X3z1kyUvwHWk+uS3yIeXN53TZBe4jY7btgyRT8yHfc3TwhRFoyFZXdrCXJ1rq'
    'PUnoF863zwdMclJ8vwm+vTACTRYsaRL9/WF2EmpTrgEfL83j8jTBd7USf9Ppgs15uuzNtvZTxGhjPplKXTmp1o37U866cuX0/1XW'
    'd3atbxL8I45vFfNQNSh9DVeb8bwF+ZK+8JTdezSGMe581MTgp5vhXhN5t4a8Ox8wFRxbROtKZ5S/lpTufcxtRPOXOe9uUF5OJOq7'
    'd56/Vcn5y65R05czCueN5/8Ik+1bmR2zKuXiEEzf0+kavyb+5VFmexjR2ApeJzLe5MzTp7HNjgk6+fEW+u6wxbP4jUeJzrMlZJx/'
    'S/QGk5xMwwxP9OfKq2scdY2ojeHOhNrD+qtjyjtbrs6413Mz/vYvzLjXT3R47Z8Fz3bDtQuu58B1FVwvyPjbdv6OGCo8h6wL+d5p'
    'yqtBdxHcu6PDvX6yo9S2y9+nGCop7uWsADzvGUpfi+4Ugr0tQE6830LeuwPPeDmbdLEH8wJiDxqE2IasENvAcR5J8bYkMX+byb9b'
    'IL7yld3ys9eo6a0xgP2luX0Wq9LcPtfAtU6DZ0IMNa1JK9FQN6GBDtAFfgNxqeeRe8t/4NUjRHxSm7KvIUjzLtzwopwPYRHw4LBn'
    'bTA6FLekwyfZzndStJ5NgFZqlT/vqKTnmLZLedlNcP1ZRF01rE9JzWFNTJ1aeq4uok79MMQrvArXw3B9uiuarp9Uv/59ffx5rk3g'
    '7JLEeJDXmdrb8rDPqpQXg1xngH1cRLChElaZ4pB1z4R9wwQruVLZ5SKWbIHUDh+XDlqmiA5SyhzDexLTpfs1NlATnzr3YYXhB7Fu'
    'cBvD+nL/TE6D4eJ24Almxz6+DG2H5dszmXuaB0CKeagl9/rZ2UYXe29SM16ye0wHnzLZhzpfXdC6lQsTrNvP9TNovoYizBenc85D'
    '8b0k5ioJ2konoKdVZOD0ysBUAnRQFUAHbcSumSJxMfh+Vcj7SeRST5d5jDQnw0piY1dq+s5VEsaPYzn7DHUI9FWWs28TFj7jAYO+'
    'LUigb9RfTnW0hQaYdlN76rjGp3wafFPCd3Pf8oCmjQVg56R9NbH19mnak/gbxjRvUP7cZahTzQuZqz6Nb5/HfdKxcCyWDY6xJ0Bv'
    'qyayKB2g+4wQGW+yf8L0niRq0VDcRY+wjlHOIvUMWzYu0JszlycLWG8dNljCbuVZu0NKjh3Ok/NEUAxs3NiyhdO8BtJ5x4SnDAnz'
    'bFP3B+m/X/nzE5i8Px1rP13nhaB1HmKYoYIgS7hORHXgAvMd5pgMQp2I8tha4Vs07vcPZC8PBpy7nWf/lfDswZAz+miIT/T/qFLf'
    'qkkMyhjDhv2A9L+X0dEI8+c+QeTmgICll2hwjNkpHiRYtDB5aTI2p82vKK/uyEhA7Af+3dS2swPav0OZ+bHzSs4ncBPxZc632M98'
    'zWhMktPetURf2moYYyJhInXnZqy7sk7p8zPYxN3xOKeVhBYkOqL1GnV8kuImqB3M9B06D2H7l+s1FGfYyHxDPG9BpyqtN5c0boPj'
    'W03lS1L4o6jfr+Daph7XVqmBGp4bftf1Ks6Pdc3aF8j+b2F7r7KHKnuosoeC9xDV4Z399OuUJ7NQp2+B/ZMFXcHmPLvc4nnEdJ0Q'
    '8WyaF+zQKYNvLoowrlMtx0X1oOoK76nwngrvEeV3TUV+V/ZQZQ9Zye8sscHZ5uKXbH9zmOxGO+z5zKdSq4JrNMbxHcwkfAePMQzD'
    'ZSQV09Se4PzlLWxOJva+sHa4n9J5Zxvz25jUOy4of01mHjMcxS+hy7WBGKq1YCPEPKjl+o6DrTtRyflA8kIMS9j3TPLx6XxUOr91'
    'YwI0GCUOP8p+lmKjg2KepjpHZCbGXIbNma0/tZ3wHOf5NDsP6nhSc8wxcMwoj/ui96mdXMI91LLnxxk+oF7wRQ2G4DSp/Vyqgyb5'
    'AkcD9k/DNM2XLT3wcWWJ32o0wl5pgnlcbIHz0OXytck5FsTbdLpMOfyxORWcQxTXbIsqzVcZ1783nX7oJPov+bDSIfEuQfOaNEZU'
    'N2/HxZg3iYdR//xSzZ6NkjuIYpui5H2jNkNbX3peyXmsxjTj4G3GlcHzYqzRaIAuqMMdBPFNXOMJgZbpGvep0px3FHNM4wEKhvKN'
    '4jUWJKDjDrPvOvTKc62PC5gJW+yfbY7dIB90UvE3ko+frxnHVkxodA1+xkZdp6DZN3llnrN2u0YXHlNybi2ea/CflT4XF6Wn5gj4'
    'imHl1VOaz9pfEaO9k5WcX0rK93hIs3ajCdIexpifFMBTaN9yGtz+CkJ7UeYlrAbunIh7IUweDGp4TU6j47cK+ntU/YLWBpTWqll5'
    'dSW2q+TP0g1lmFPbnBFDEbG3PC+0DtNkgkGmmCYbP1+UOhtrCD+JktOa47Qdv98SlWw+1STPOknFVYXt41FhD4W9M6L0OU3LIZML'
    'Fnj84QB+i+NLMZ38eGGvxNmrYdhanKssfD8u1l/KRUN1yVyILKN9zTBdMkpO5zFBj8Zah3F0VAmHLvnkdTQ4PyEaDMopa1prQKpt'
    'wXXOoHxMcXK+rFH29dWTzE9gE5PZBnqWJMtalT6mMoqdi+bwWanhy0nEDS5IgA51MWTNMbDeawgePgjrjDVRV6jk49V0On0SmGvd'
    'GdokPiLNYpe2sH4PM55EbaZjln4yE/uiiR1cx9tt7D0jmliGuLxcZ2/gvDxJP9Z2jR9PipeQ7Dc9yp8/ivNv6vtrgn5nBbsb5zWd'
    'GvqkdNei7HIW8zjHO4EeTfZMUjWEmoA+52voxKY2E63vuShBG7UuBzvm+DKND1pJxvlmBF99H9sHC0lcD377PwzGJPnmJXqYqniO'
    'OHr/DjIGKuOyzKePMqmFnP87WRsjGn7db2hfxXdM84EOsfWsF/yc2w15d5DczzC5NKj0cVS6urBh5wndPCWZv9f5xveq3Os3q/z9'
    'e6LKvX63amp95HFy755W417XwfU9cF0F1zPhelaNnR5OdVqaH2INXBcesdfHaX6/81Vpfj/MPVFnsN+rY8zZ2k47vNs8Ya0x36dN'
    'npgU2Rdde71ckLra6jy30yTG7gUvpyTqf5h/dPWzXl5N53r/U54NE+e4FfJL/tv/tJsznpeS85Ak8yI/tDTauXM+/NaRe3XQV/Tj'
    'VoM+qYrj+NrPvHaSzB3a3CXLEZ5ztlPpc84eT+69eJn3PvJWvHcY8skO3uXn/87fHoCch4fg+mKXXga1dCW7x2qgz3+33psLykcO'
    '3wb74DJ/X+g36pQ+z5i0N265yr1+f2PpXNQPePec65xNwfnPop65M9M8Z6a54uax82WPxpfFfXo0d4gzf7cT/XGHxmdTUOa1silG'
    'qkl5+Qii5vneTM6PBWVfz0+qfee0+x5Yfxp73k3mtaCC80YMaGyYmJN7hdDvQUtbRZA/y/n73usgR+qlnj7L731kY6mddxu5zuQ9'
    'hHslTH9JiufdPeReP2ORY1aycVL9C9+tIc8g1j4KzvRTOfe6aXP8dZoTY65sdCeuL7XBnuA6WSPsszqiT82WH3eLpj3lSZHNUNZv'
    '2vw0R76p+3IUezeVY4vgw0/vd68fhFzrP3rSjr5efgT0qMfd6+uQ47zwmMvj3g/0NbnPQRc+/2DwOxeQdx6BHOp/9aj/nS894NV+'
    'wfy18+CdL0C+96+AXn8l5F9/+QloC/T8R+H/T8P3P7jXbesEMj/fexhqEjwVbf+1PxLc77DzQBy+qmC+7zvonX1s3r/6J968JSlr'
    'OshZanIuHvLzc/o8j3OqJ+cWjps08Yub+i6C/HImfeXnOOf9eUBLau/0+faCdIdWMuZJXf+I30bToPw58dEPrYo6w5G/dN+p7vLb'
    'ANrIfFB9IgVnq993RW9/LjuL1R7Rj28e0TGD8vmY2r0HVGkNdlM/s42/ScoRxe3GEq5cqksYxxY/EuITl3JuSTEtrSqZ3IpRY5Yk'
    '/7QuH9cODb0UNLiN04nN2wSPYYLl0Z2HhpWc23XAAFOSCvDbSWszqvw5+KLuDxvbYYcGU4A+ufuJLwHPky8sKbVfLCP0hvGicXED'
    '+FxGBdcH0eESs+C7MvE9meLDeP3ynREw/Da+gLwGU4D2g6ucs1ICvMfE/2iCOTO1W5R73gaVWcyvlKuP72WkL6SxFHwT++IYViab'
    'Te1S9JikyH5qh+8P4vmSXUc1utBH2Rxg/VC8Ij9EX/wOzRVxPIvJGb2b7SmMw28CO3Uj83vg3kYZtZX4S5s0fCOt0dvmwhqa+g/H'
    'DTEVUbDAzUrOjRqGzeJ5k5PA4wblgF6m8b2cymTBiOCblzCh5cQpryiz3bU1QVtm2NmwWZXGgOQiYLxMscWS/ndIBedctc2D7ey/'
    'DRHXV5rjIHu0STwQPzPkNfM9HMKzVysvt0KPxkeQt8D45DRnWPxeh/Lyr/Za4tuC9E1bvdJ55tIZtJ6LYuobA0rOUzvO+ICz3ksM'
    'xjeu0WOkZ/si4LJyRG7a5AnmtHmT4Xofp0rjEUcEvJAuPkGKi9up5Bi++Zo1NsWE0XPCT8Ee8WaX5wM2Ga+zz5YarrPt+lZybsk5'
    't0oyN3Xqbtj9IM3QGJPKGshr0Kmd6nhr0KL09dl4zDWNIxwztKVJelUbWfMUwe1J+Y84fvNNgrWbK7xD7U41AZh6U7nMx9lDzj44'
    'piz77hyGUe7V4Ky5jH2TyfrFRIcptyzn61Sr9DlyyqHLR6mRN6jRFfOCTqXLaTHdYxnSjEGy686Bf6MvCOXj/WR97lf2NeFoziFe'
    'B7OHYEZqWd+2MB3sXKWvDTAeQHthZ8iTDHUpXR15xK83gS1DstsWBLuUiT7SQujoQYbTfQxwur+q8vr4HcD0fqvK//8n2bv74N3n'
    'ybt72TPfrfLwwIpghukzj8Izv7HECgfZG9QMtje8F2jFNOarV8MLz04Qe4b58JL0T/REsGmkmA0zRexvaFtfXuNis99f/D2vRgZP'
    'LGcY7vfD9bwa8/WVMOEr4HoRXC8h/7dp9z2svXex9lbD9fSaUt5azXjrc0u9cT+31M5W/RvAPTTDdR9gK67f5323mdiRG+D7zq9T'
    'F9ypCe7UA3dqgY906cEsQTXEJ3WVrlJeP0lXve71c59xr+dc5tLMEqAX529f/Rjg1Qrg+9nlXvNdchufvc5tY15AG4+tN2tDR7sL'
    'QY+sY7/SnNVvcL/nfOvuTyv12qftUEQmczuJ290gj835pnN1vov9b4f+17Lf/cV3vlP8fav4+/nib3/x98PF31uLv5uKv9d1mfd7'
    'P3z/O3B9C66fh2s/XD8M11vhugmu1xGcdR3ZG/UEp15fHOst9/i/Ww/jd/5OZUiNRoYgLf71Zvd6LtDCv0yUxgnpbMA6OpmrvFgu'
    '+rum2Mc3bivOxUeU2nhpkc9eW5TRG4Pncw2M6w3ANjvvOlfn/UlefS3I+o3hdOrQSNuwawNx7B+O7eMQ0O0euD7QZUenSHdOuzr7'
    'CsXYIx3vYf9/gKx7B/S/nv22FvfnsnGXlvbDXvtu8ffvgU5t6ZWOoxXwvMvG/fS6n+2778L17xndmtBxhtCj8/ty8Zv/1ufvx8vQ'
    'D+fv3NZFv/uG0B+KQ3b+9nO493iIjauOYIYWkv6dURTyP7zV378zIE7A+TvdZ3WafYZ9uavPvb57oLSf++6Gvbcx3AdVp4Ljf4bv'
    '8fgA/07jVX55o/O70PXKkPk4aVuRbnP++XD+NknPOXnc//hfALMk9CcLPPoPd4XrTFWkP/h7yZg7n91F3lU7INO18wzO+6TPFfic'
    '8zy2f53yxy/WMYhtUmjaVNRX02pW/XSG3M8w3zzGnj0B9LB/1L0+Cbz1tfVeDNMkXvNSv060fMDjxYjFRR3ItA36bYy5XoxtbAhv'
    'o43htGgcIO0fj/M7AN/9h//urx0T1Pdf3C2PYQHQ9hr43h0D8tg4JoDyP4xLnazTs8eNFaT7yfkbxhBa5bsHjPIvH7Ljm4UXPSwt'
    '+vvwHur3B57x+6QxDgBjHG362fKMmazIsLkaLs7Lkw/752oY5sr5u00fHBy3NBerH/djqineo2tvtH477zlzRfvNY0+j4J35eRdl'
    'K/LuQpEOvv5EsZ3imazreZl3FwCv/nXArzvPTvbveTP/GM7bK/D+nmdLZRBdI5P5q2fzpx528eO+IIeHPVy5zfxlYP4u/+nMiMWu'
    'h3nSxRitEDCAOE9ZNk8OJtzBg6sAnDjHXnUftI9f5OcbBeu7e78/Lpr6RB+BmIfUU/5n4uhh+4HmbjpYSnN7Dvh5mokeFncu18WY'
    'S+z3JyG+Yum+0nhAjL046/HS8f4NxIL8ze7gPdYA/8Ycg1UwH6MPu/EonE80wz2MV6G8wXTPPfq8t+ec67PAY5SlfNv1bTjv7w5f'
    'v7O/5cpBOg7nb1Q+2vKM3QdL57GazeOBIl9+qThf1+8vnccDEKPyEsyn80yU+Dv1TDgv+G3xW6u/5f/+b+H7zt9tvvvaI/7v37w/'
    'Ho1j7NR9wr795NMejQTRcS07p0yeQQ94sp2fafEe8gz8zv2Peb6TeuWP8brlm/KzEmY2pbzaSdin84r79MrH3Ri1q/fJ8vc80Deu'
    'fNwfz+Y8b7NGd8DeuBJ48F0vynFpTnwcp+Eso2HHluvYcanOgv2ldt4o+su+H4Pv5xnLWFWip4TRviNbXmJ64r0Hvb1n890vgLy6'
    'BcZ99Yt27z+wu5RnoT2+itnjv3HQ6+83LOPrMPayuczfofszjAc7stfRU+k6dETIfSLxEKrHcTl5+WPApwT+gns7TJdvIL4Lujdw'
    'TDcL/J3HIt4ckb9jDOu39+v3Lp3z44j9aJ1zBnzQ3691cC50/m5zLsTYV7U7uk6vm0fnnPDZIs9b92DpPO6B/n4WeOK6B+3mEed/'
    '9U/t3nsPfPcOEuMaxmucXED3HmQ+xBeixch+Fua086B/PdpUNHq6H/ZB6ulS2eKs2XJylrfVxdY96dEm5sppi9nWSw+V0nuU86Jj'
    'z/gd0/3QxvE7S91PkndR5POvnvTLg9Mf0e9tHRZmzhFvPDSelu5ZnsOI7lme+0g6e+GZZjGc+Z04WBoTGzU2WCeLdGOiZ+w/Qn6l'
    'BZumpr//H4UM4fE='
)
