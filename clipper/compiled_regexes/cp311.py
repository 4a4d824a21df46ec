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
 ('[bdrtактכמإبتكمरलस作取執報投报撰書特筆編著記論记通객글기논대선수시위인작전칼통특편]', 0, 32, 50067, 622, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 50689, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 50717, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 50841, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 51047, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 51177, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 51384, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 51654, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 51884, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 51902, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 52006, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 52081, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 52209, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 52628, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 52644, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 52688, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 52766, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 52853, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 52940, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 53029, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 53148, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 53223, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 53304, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 53320, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 53506, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 53542, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 53655, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 53699, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 53723, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 53751, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 53775, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 53819, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 53960, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 54443, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 54720, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 54865, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 54966, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 54991, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 55840, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 55948, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 55981, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 56149, 48, 0, {}, (None,)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 56197, 116, 2, {}, (None, None, None)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 56313, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 56506, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 56520, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 56548, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 56695, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 56910, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 57042, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 57161, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 57222, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 57334, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 57461, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 57582, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 57856, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 57990, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 58221, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 58358, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 58415, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 58534, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 58562, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 58578, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 58842, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 65389, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 65444, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 65536, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 65825, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 71806, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 72026, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 72145, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 72183, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 72216, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 72257, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 72278, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 72336, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 72362, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 72378, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 72394, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 72424, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 72548, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 72727, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 72880, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 73075, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 73455, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 73510, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 73624, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 73921, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 74099, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 74156, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 74213, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 74270, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 74327, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 74388, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 74445, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 74485, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 74668, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 74828, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 75039, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 75121, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 75261, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 75291, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 75439, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 75654, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 75751, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 75971, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 76293, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 76479, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 76580, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 76606, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 76630, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 77140, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 77164, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 77188, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 77209, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 77617, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 77758, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 77880, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 77901, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 78092, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 78145, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 78164, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 78335, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 78407, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 78445, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 78524, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 78680, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 78836, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 79681, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 80109, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 80499, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 81340, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 81978, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 82822, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 82968, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 83159, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 83205, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 83451, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 83529, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 83741, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 83973, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 84084, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 84331, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 84600, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 84724, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 85346, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 85424, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 85793, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 86016, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 86079, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 86144, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 86242, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 86311, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 86399, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 86466, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 86556, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 86649, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 86752, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 86901, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 87489, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 87695, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 87894, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 87987, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 88334, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 88642, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 88771, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 89018, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 89386, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 89501, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 89790, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 89978, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 90323, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 90834, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 91292, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 91454, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 91661, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 91901, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 92191, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 92578, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 93142, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 93409, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 93884, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 93955, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 94050, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 94396, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 94471, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 94617, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 94694, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 94829, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 94942, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 95058, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 95132, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 95271, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 95348, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 95475, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 95845, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 95887, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 95980, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 96026, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 96896, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97321, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 97831, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 98099, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 98172, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 98382, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98465, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98609, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98755, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98885, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 99013, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 99129, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 99632, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 99804, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 100059, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 100245, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 100432, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 100885, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 101106, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 101277, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 101353, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 102713, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 102985, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 103053, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 103131, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 103442, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 103490, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 103629, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 103710, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 103800, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 103930, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 104098, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 104174, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104249, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 104379, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 104436, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 104483, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 104522, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 104561, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 104735, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 104832, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 104954, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 105289, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 105321, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 106286, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 106366, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 106527, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 106610, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 106659, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 106735, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 106846, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 106908, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 106986, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 107091, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 107226, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 107421, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 107506, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 107663, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 107711, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 107872, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 108034, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 108241, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 108477, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 108601, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 108652, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 108729, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 108833, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 108881, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 108946, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 109023, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 109232, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 109263, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 109338, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 109605, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 109643, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 109672, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 109715, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 109759, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 109815, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 109874, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 109912, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 110015, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 110104, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 110256, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 110337, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 110508, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 110561, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 110677, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 110801, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 110861, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 111212, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 111263, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 111310, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 111409, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 111585, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 111653, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 111683, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 111760, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 111808, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 111852, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 111898, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 111930, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 111978, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 112030, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 112070, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 112138, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 112174, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 112198, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 112390, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 112465, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 112511, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 112541, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 112591, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 112665, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 112748, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 112808, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 112860, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 112890, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 112924, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 112986, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 113021, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 113067, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 113115, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 113161, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 113187, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 113213, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 113266, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 113306, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 113348, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 113398, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 113499, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 113553, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 113606, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQmcHlWRePd3zT3fzGSSTEIISUjI5L45kgAJBIgIghwqgsZJZpIxmcyEcSYhMUhAPFZR2UVXV9djRf2DxgOUFUXkEDlUlENA'
    'FCXZDQt4rCiICqzzn+6ul1df9Tu7+5uZDN38hpev+716V716VfXqVdU7jlM9+OcO/hUG/wYGn8xg6v1NHfy70OFPA7xrgPctg3+1'
    '8M0rVzeYVgz+jYU8b4G0GvK45H0r5G+B352Q9pF0G+QpEDjvQP9eDukClBYH/xZDHaJvcwb/8uTdUejdkfDO63M9vJsvact89G8G'
    'a8zgXyO82wppG6Rvh7SL9LUH9acI8+BAnXVkrCthrMfBWM6Cd7WobeOhH6wcG/eo8BrgfdTyTdCmFvTO+3cV/JvByknqnkbG38vf'
    'DO9xnibUVhfmL4dgeeU8vJgC+JFHMIuAs5XQR9oW0by4ZBzGwVzvgn8/6X1H9XswJkE9dVC31965aG2wulhfRG2pQ/g9D+oaM9ip'
    '5inhthagn3Q8cmg83gW/WZ/qYG7GQr1FSKuhznWoT3WAz9VQj+Oqnwz5nXVH1eMPb2aVs8eJ8axSfMtpyg7Ou7Zubz43A+315q8d'
    '5i+Xzp+H0s6VTqxnmvLr5/QAKK2pIjRXRCcb4d/eel6UD8q9naxTm3nWzfsh/mT9gbncJ2eVkWY5QBXFdwMQFvNbAfS7BeYwg2h2'
    'HvYAZ6/jXPtY6X4zxQ32F8a3uahcBSv3usG6PxvQ9vzCUj5ioqStrmRvciPW1QTtfWHw789QpgbV5z3/CLarg8/AwGWXOWidbCB7'
    '8lthrLIR6Jo7CunanrfFomsZ1cdKwE+MO5eigqb8Xjrvh/a8N5H9y8ODLwMtzFrQu9j7VXb0zaNPNEuePclMouiZEn6V7lXpXpXu'
    'VeleNVr3qiZLGsd0nsdWBWkG0mWQngDpUSRl76ej3147fgE45b2bckeQXnlPkD73Q9AdfjVIH7g7KPNjVGb3T4P0lW8H6b03BukX'
    '7gzSmx8Kynwf8NZ798ylQXr3vwbpzy8I0v3nBXm/ifI++oEg3fsBcd7rUN7D9/J2eunCrwXp1fcEeT+N8u6+AcYD+py7p7SP/4Ly'
    '0nGhcN+H8rZAv2+6U5x3N8r7BOR55RZx3otR3kug7qUPivNuRHlz9wKOSOBeiPLe/HCQPnifeBzOBtz03u3sBdzZWjoHp6E83uSJ'
    '6jwB5bkJ+rDvztK6lqE833koSGsfLs0zF+khF70pSOsvCr7NQN++uD5Iz706+DYZfWsBXMrvCb6NR9++8cHSbw3oG+1TFfpGxw3z'
    'ou+IIHu3INZLSPddtR7Btq56skeweZgDfMk8OHug9KwBdIct0D4Mo4DyM70x3v8aUX585mEDpynJMc34XZmiGlPb+lJ9mEYfphlz'
    '9c6biS2AMDngc4NI9hjgR+VAMHdtAKIAc3cR5ptsVXeajiT9OMP8TEHrI8qD6USXw2V5fIblLgzSlxdyXjeds+GfM3aOWDUQrK37'
    'BgXwe/Ip/RuJ5wHDKXs0KHiyKgVPZntOxegC3ocvspCBR/mTAbXe9MiEY4/2iDg9d0p1eakuL9XlpedO6blTeu6U7lUpzUr3qnTe'
    'h/ncycOFlyLy5+k5VHoOlZ5DHTrnUE3pWdSr+iwq1b2OvLMnvD4bLdeJ7o7NeKLzxLb6jFZMv5vTaa8trxF8u+vR4NtJ6Nvac4P0'
    'zHOCbysE365aF3xbir5Vv47nKcLaYd9qyLej4Fsr9MNLt8KYHYG+bSPf2Jpl5dhaZnnY7yJacwyOKm/UeWqCMpTXzhA5rZrMVdaS'
    'H2N3Cdl9vuPRu5M2Bu+ORe9e7AjeLUHvPD6gCH2uh3HoRHU6ijYXYSFNRuOWc/j9O9aXjKbvefQbn/XNF+R1Y9xbyVm0qRHahe84'
    'snEvWtTr9aMAa6YxQtkrbxXv6W+IuM/WkP2h4JTecX1opz3cRoBjM7YVCY2t196oY1t5f3hs2fie5kQbh0pEb0V0bIGCjrVa0LHD'
    'LehYE7Tf+9aP1riX9jql/CT7VoA5o3SwCo3RFW40HKT3m1vR+FVDO66DlLa7D9IN0LYalGcT6j/LG4VW2J8VZka93uLgpeFIj/ao'
    '0Ap/TPZTDz+bNXi3nMDU0S2mT7kFbLzYGTPTrc4M4U3mVf04Cr2hgGneEwWzXLTWMc06B9GzXeTbaxHdYbSiA+aP7YfvgPQyoHEM'
    'DuN9qwTlcZ7FiJ9amSuFvToXpO+exGEvzwXlpqO27SBtYn4dFqE2rSd9awY8NS3fh/YbGc2vkayfWRFlYApnbkJyEPa9kEewi6Aj'
    'YO+OQvOYR3Zl3rujob9sLPAe3g1pu8N9fNC8/ZK8U6BvOG8H2aeYLgjn2emU6oJoebx342/H5qLtfSoZMwf1TCcy5SJIj3PCeqvF'
    'TH/lhPVW7NsygnMi+it6x/i9cZLvzF+KKX0X4T8dB+bHpoB4laM0ZyrVCerETHxlMH3mEmhfLcJjuv4YrroCfqqH4HKHhJ9yy9wX'
    '2/rwmt2E+iLD7QpCN7Cvlt1A0+P6HxkB6i/Bu1wsnvC98fyPTItasMHwrelawzhWAefs+Cx/9eDfmxHMBgKz9Ix0IOvxOjJ+h9X3'
    '/2BvZjYEGKdlNgSY5vahsy5KV2d9L0j/446wrUoF2XvPg/QNiL/1JvVdqG2OQdtU4/V2AiOOTnpYjSbNn6yVbKXBGdUTxWa7KMFJ'
    'jCetEc+I4+AnxreMxp6myWI/aCTwTex1Gsk5ke1Y0DM7Zh//nntKz6oP3Kj2+ZYET5xz4vshY/s3u49hun+b8url9I+2zyn1jyZr'
    'U2UCbcK8B9VZdZD3vZZra4KhDnfigFhfotsD+6BN6bmh4NxwT8QzQ/1TaWKHH4WXwXQvj3AgQ2jccK2HTiJnpOshXQ8jeT1UDcN6'
    'UOkk07WSrpWRulZyCa2V9UgPmuJ7iu8jFd8rEsL3TrJHrCeyQ8ojpetgJK+DfELrYBtZBynep3j/apANthF6301khS7NmX4qL6Tr'
    'J903Up1SiveHBt5XJ4T3vWTfEK0D0VlEuj7S9TGS10f9MKwPnc1kN7ItagDbvlRXla6pQ2VNFRJaU3QvuQS9T/E/xf/RznOp8J/t'
    'LXh/aEf50/WRro/RLotvF9iRp3if4v1IxfvahPB+h8R+Q3X/qk+g901li3QNvVrPwReSO5OL4c7knkn8nKMSvp0E366cBDbWk8Jn'
    'ISdAnivQnctVuXQtpWtpdK8lk3XirYVlOX4PWXVX2QReuqbSNTWa7RI9fLzoLO6rL8X3FN9HO75/oz1I39eR4nuK7yMX37MJ4XuK'
    '5ymevxroOvZHnOJ7iu+jno/5YIrvKb6PfHzPQJ3j4Q/jIvON3g9pH6TUJ2YDslHaivJSn6esrRif5zilvs4bUbuj+DUe73C/wDp/'
    'jFF99TYZ8INePdfDGMyGd57e66Hp3I8/G7tWh/saZf7uvDyemmsi+obPOLehcxrTMyDmo6rTiee31BvjpQRXaJ/nCvo806DPk6Hf'
    '5eyzyP9ak2X/e0j/x2vuRJja+m1wSn2gYR+SJr4j2RplPnlXoLE2LS+6FxjnPgge/w6n1F/hGFhX3ruNZL5FPg5FMGzxl/kVPsYJ'
    '76HM/6DK32sUn0WY5s2DdMwUu3abtrHJsfeVKeM35iJ8su0zjgvQAHC972NZea/QuQe3P6G7tSLgzkan1Pf729C5Q+oLl/rCHfCH'
    'opy+cKkfr3fC+xXpfI/6+R7j2MeqYD73Q34MG/X48Jhbig/5FB9GBD5cPPiPqYRf6EIptiuKyqup+Ao/dpfL6c1SiAX2zI0QcwZ9'
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
    'l1YNiNcs/W5js0BldRO6VmPJ33cBjLwRf5/Ak8mOVPY+Z8ykR3pWmUgB2rrLrYtIkn853AJ3ZfyKaXnGjx5nUaZc/Eg56h9K/uN3'
    'hvyHB/NxyJdN+ZCUD0n5kMT5kCT5iaTpUso/jF7+wZRvGA97b5Q9zTsPEulMChqeY75kj4tz72pBzPPxBU7pPanDnaG7L1VEZ7o2'
    'ZbBuK29wFr+AzHt67yq9d5Xeu0rvXaX3rtJ7V+m9q/TeVWqLl9ripbZ4qS1eaouX2uKltnipLV5qi5fa4qW2eKkt3ki6d4V1y7WI'
    'tlYSXedyR37/qgJg4jPrhaDjlfGmmM9nOl9afgnKi/uKfX3RMssUdTL9tA2vkEOyEOYVTH1le23/uFvKM1Af1TjvVa4dbmHc8Mrv'
    'RuU3RGhrl1vqT9y2/EWk/bblz3DjrfuVrp4fWeLq+ZHZbqkuybT9k1C5zRbl6lGbOokOi+XJA2wdzE2k3F8Rndtg0aZnQb8Vx687'
    'g/UoasNWg3JboNy9qJwprfXKfdeyXJ9A92iDt59B+41sbX8Mwd5mAft9CPY2Cex3oTwbJHn6LeeAldsk2Esp7Lci2OstYJ8taHcH'
    'yXOaYGxpnhNQnh2SPMsMeIK5EXmCyYiXofWOF8iT7FsD+raBfMPynkxeYmeVjC8QxTcxlbVbEQ/hAp/SjHgIxk/Y2ljE1bnqYuzJ'
    'eJd6qG82pBcJeBesX2H51hFeg8VSYPmrwN6VtVNUFvMoEx157J0swKfn+hQ+bnsNsnkTnU/jfmOdHB67fIyxw+9nE50Vm8cCOuds'
    'cEr9quYEtnqi8aRzpRpH13AcZ0t0bSbtpv2OM/4ZNP6VTtjfbB2pd5Wjvu9fr6irQlNXfQI2IzReSoXgvGaBgEb2Ir0ay/9deHck'
    'zJvpXoLpLI4JQ+lsL/mG6Wwf4sGo3rGC2JSYxFObAO3KIdzF/h5UtKVIZLB1EnuV8WjeXCccC8e0vU2IZnl9PQzqPbkA5+qQngrp'
    'WvKbrRmWbw2kcyTlTy8E/TjsMF7XbPi2FNJFKG8SdXkVTUioriPJOKyBOp6eyOuIO3ayOn46MbgPh3kKJlvucsO2Kia+w/Ha6DYo'
    's4XIntdPDOR4XO7ubJA+kg3LCzfBt78Ivt0I3x4QfLsDvv0py9tyWzZIfwjpDVl9ma9nw2W9fuwY7MdKUucPoPydlv24Hb49iuq9'
    'K2te/nvw7SYn/hjJ+rtiYkBrMZ/ZJrAziiMHbiEyeb9Ef9Eykfvpp23pFdi1JFXvSxP4GAznevLj2UBbZgKN9vJ9B+bzFEi/fwQv'
    'dwPM563Z5NfCtyYEcpP37lsWePtd+Pac5XoZCny/bEIQl0aHOx0Cmc103rc6pfHxsC2VLy9P4HZyfYJzSJGMrqLBOvw+CdVHY+11'
    'laG+owT10XPNvgTrq57AY++J4txgWD2WsJ9vEY+daczGA5b1PdbC+7JZ0pcuSd90sG+HvtjGIdnmhOMLifCc8vVfaIm+1nTryWQt'
    'em14N4yn990Fm9BjIZ0K6RRkK+qlkyFdBOkESFsgPaMe9OUtPH5R3D2S4i3dh9rR3Hp1n9kSyMRJjy2dwyUt3Cb9BrK3fJPQ2Puz'
    'ar6J8T8iujyhJThbY99U+wmGc1+2PPvEX8bz2D14bx1Je9lPxgf4Z4oDSe5hXx3P8aKb4O72BOu5ZjxfYyaxrDYkWHcfqnsoeWPf'
    'VheN7xaLMwnb/WaFIQ7tRGlSfPek8YG+g9rLU/nSBmYFGrdyyRBePX8YVx76S3Hw4XEcB9tIWzY5ZrH88J7eZ1jG5/8t+9gXsY+f'
    'HDf0+yjDl3eO4/iykbR7u0SeM+H/cKxE31ZfUQ8dl35HHWtOxe+churpEZwt4fdx+Kp5aM4w/Y9De03rrkd9pHG/NyRYzwtjuW8T'
    'xhNOh7QV0kpIl9aX8piMl5yGeEj/rs5Yfm+kj8gV+8l4biLnEQvR/Ul//08A1mKA9Z0EYC0BWF9KANZStv8nAGsZwNqTAKyjAdbW'
    'BGAdA7DenACsY9n6TwAWu5e7NAasRU7pPd6pCcBieF+fACyG9y83c1h1rpje032gW0Br/Hi2MWB1EDulR5p5fNqh2BO9Om9GdW5z'
    '1DF/aT2m+hA6Zp8agjrp2L4LzZNIdrGRj7cgWLZ7EYX1JgWsXZawTmnm8jTVAdNzCZX8aaqHviWrllWnor5F4X+Y7OGv/2Z+fz1p'
    '/akH/8UxHH7S+lIP/m8E8JPSj3rw7x4Tpo9R9KEerG9KxiIJ/ae//lFbOzSyoE72ez+CFUd36tvLjYlOI6h8s35MeF0/a8GvYlhn'
    'jYlObyislWhuk5ZJfFt5BL/dQodhSuNqDdq/XiPzi3CXyWwvNJW230T3ZDP+TzQFe5/p/r2T1LPL4nyRrZHbmvh+u8XCRpbK+DZ1'
    'fr4puK8dZy+nfNS2CO3Yg+ZzB4FH99cLXXv4nTHH1kZ3ucaFuzKoTxskfemN2BZf/1+mubPtZyMaW9XcJdFOVucLjXxsN0noYRS7'
    'AAb/CYBvq1/T0RdGv+5qjL+HMVg3NEbnTSmszzSG6Z5sXeG2x9GLXd4Y1nOLbLqX5YL0+Fwp73sS5L1yUpC+B5U5C8osgnRVjr/3'
    '9/9hqPsMqPtkmDd83sl0VePIeegEje5qYWNgIxhV7vb9RMSAwWT2+hgwmI7q/xqiw2C6qd/HgMF0Ur+KAYPpon4UAwbTQX0nBgym'
    'e7ouBgymc/o4ghGFJ/VgvBfB6BHcp8LvZbxlf0Ngl6o60zW1r7pLIxu/uSFMD1V16eRxXy8N71xJncc38L3HRL6ndmW3avo0IyZ8'
    'nT6hDs3xZov9AusRXimG8WSDJZ78rmiOrx2S/fCXBu3o18gS9xW5z72kzot9+b8YXgflOB/26voEGoco58H+fTk0DjK82G7Js3pw'
    'L0ZwNxIZfrslP4LhXiiA25EA3FME49BvAEfkUxDfs1gQYc1QXJ1c5L5EHsiDjTikT0P6C/L+QUifycP6RzCOrQrSEyGdDul8SM+E'
    'dC6kC6tg/ddzGHn4NpaUOQLSkyQwfodgHEXacaxhO35Zb7/n7SfzfV99sE4x/72flDWRL03sAr5Wz31Y7hfo7k1wLOp5hlf/h+v1'
    '+/vzGrp9ab2eTkTReW1C89AWwU7Dxj7jDNSHTZJzpe4Ieq+jBePbZ7nGZyAYJnoJnI/pU5oF/ZPJ3zZ6mn/UBXDj6t2oPP9MnR6n'
    'otiOPFQXno9+Q/6AwbijLoyXSa5ZPPdfQuOwJsdlW5VfSCy7LoR0BZGjr04YLpORd9UFOi6WRwdvCZQ/WXNH3FSGXwjteFNdWA6g'
    'fnPZvfOkdBMrhrBONt6TBetP5AOY6UOWk/mT9aUyYbisvX+uDa+d/oi0Xbd/PFYb3AXF+ppl9fzeqO8btL70bu2PUJlVxLadlZlG'
    'ytxay/kWats0S2IXn0OwfX8ZgrYu1dT7WVQvs5U6kthO1Wvq/TCCMZvUWwHpHA2MSwXtoPb+0zT6sC4Eo0UCY6amHRfWcprWSe+e'
    'WewVeJ/x+X8Bzh7h2vMhPQZ8yOxafs96NdxVbSX3ameS+7WL2P1fVHYJKcvu6J4igOmf/6Gy7K7syaTsWknZ/6vhZWdalv1fVJbe'
    '6V2tafOTqOwCMiZLNGUfQGXnwbfFgnGld479/b+G37VnPMIFrliP3034pRstynYQPLwWld1C5NrD3PCZIq73oxZlab3vQWV1tli0'
    '3u0WZWm9m1BZG7nC3/9reOyBuPuMB2+NoC0HJPIBlY+WCdqyyZAmUPrh2/+gttjYefj+TBHeHxDoA7Ce4AGiJ8iislTX8BD5vR/p'
    'Hvzzv2peln07QPQTv5HoJ55CZfdJdBmyso+isnNAV7AS6Qx8noD8XgW6hHtQWabTmE30D6zMWkgXQ9mbUVmZTiUj0WFcj8q2kjbq'
    '9B+fRGVlOhRZvR+sNl9vVGeyu5rHE2FlX7KQJ01k9A2KOroSquP06vBatZXtsPx2NIK3VUIDNlnoE6ZVl8ZUMekzrqubwKtH8Lok'
    'Zbos2vdSFcehLol83SGggb7+D5WV3TfaJbGteKKK44ZJe23sJlgdP6iSz2Wv5b1AD97XEbyzyHm1SmZeKJHZPpUQPCarvQ/NB8tz'
    'Ism7TKJfuCRCWVbv26u4TnSodQh+nAg0jsfn9PK8Ti+wLCF4bHymVnEaP7VeLP/JZKSmKu4rdqpGFq5AeV2SdzLJ+0pluE3LJLYQ'
    'tE1/QGWpzD1LIzf+ppK3cbKmPw9XyvtD896L8s7W5L1VAZfK7Deivo4lNiMzNON0LapnrKZNn1CMC23Th1DeFg3cKyr5upbZUG0l'
    'dJ/5hHxHZXhv7dXcAV7kcjqKzzw9eOsquc6E+pqSycjnoDJHSuTr04mPqFNQmZmGZY4VtG2twJcWe++VmaMos0ZSZrKgP8uJDHwM'
    '+u3b/wn6oyuTQ2VOlcjaVE7+a0W4baeT/lB/XL+FMqJz03aJjPlrgzJUtnwAlXlJYtfXS+r5ASrTLjkroG37T4MytG3XVwQ+5HRy'
    'och+F9f98YhwQvI/6gPTVfyB8OG07ksMytB6tlRwf+6m/JWIh7+gIhzfz5aH9+//oT7Q9nQI+FKvzHJFmV5y9sV8I85DZToUugTM'
    'K08xqGcXKTNGMC7rI4yLi+BsJjjdbSEr/LEgh2Mjc/y6EO7X9gj9+nGB06vH82J9A9WJfB+VeYDoNZg+hcF6AsrcgMo8DN/+R6PH'
    '+AIqM6lKrBug+ouPozJzDHUeH0BlmK7hBJKX6R4mQplLBW1bjfQhGEYllNmGyjDdyniipzgT6Ut8+R+VoX2X6TTeUAjTlP0aWx4R'
    'TVlTMKOlKn9PRdAx69YttROaUTCnKQf9/6F+m8rDIjgFg7qfJuvx73leRkQf8PkMK/N7RZkuSZkn8+H4qyodSLeFbH6vJWybM/0b'
    '8pwPXpkLy+C2Z92fRmO3zhXzGG0Ep67Oc99ounExjW/L9vGdCDbFmZ0a/l63Dtfnw3vlToInrxC6fj5qzxZDfzU6GYTFMTshz2Wn'
    'UwgfvIjw0EsUeSlf34ryLiUyx0zEo/vx0VDeafBtoaAtvvyP8lKenOatQHnp+eFadGbmy/85HptFxU97ef+E8u4iNBnzil7e/8lx'
    'n/q2vIav/1eU7zIofzdq61Zy7kN5v1ugrih+jLzyX0F1yegmoyGfU+TtIrbZHxP0oY2sHUZTPyCAK7L59f1/orwqO17f/1cuHI9G'
    'ZgsoWvftknk0uTvtx+qOWJ7RkDW5cOwhhtcvk3k8TpG3n+Sdn+Nr7HHCa+5D/KPvx12R9wmSt0UwNyI7WN/+V4AfIntX31e6Apc2'
    'E97hr1meV3YWwHD091kxfpjKAE9kOb8TdU/17X9Qm4+F8q9DunSs173NIC/T2X5LkZfqzq83yMvgfiYb5lOSuA/n6/9RO3oE/CHW'
    'xe3OyvGil+D8xdlwbKwtBnPN9ty2LI8/s1nCg7wJ5RHhv3//PxuOY0PtCE5FeUS6BP/+jwLOZub/R9DmftLmOYo8jA5NE7QHn9f5'
    '/j+zZvGt8D7kxxdFsEW24P76R3lE92B9/j/D87RLztKey4TH7AAZ16czpXGWTGiCV+5xRf1sr34gI58zRpPuyYTHg8YW+n4mHFOJ'
    '7tU3ZcJzRmnwXkEeej56LRoPUx8K/v4vgE3356sEY/YsgfNuyIP1FEzH8RTsO7sUefZDnosFeR4g+1cnyjOJ3BtpBdl+HWrzfsna'
    'fINgnveTtXlmJrzuXiJrc40iD1ubKwT42mGAr/MUc8/sdqYr8jBcPCwTjsdHdaxNCrxn9KMK9cPUxsD3/4Vi73VJaNOfXTvaxPp2'
    'wA2vxT6S51du6fowubfnlbvfsE2UZ7lN0V/Wpv8k8Q9NfEf493/dcDy3XYSufBbBNtXxeOX+2Q3HI4zi38H3/+WG48VRuajfDcfd'
    'wzEhWLzMMQndabpAEJeyl+Dq2a6cP2D72GkCnKPze4IAd3T+F/z7/4blKI8wzbIco03NCFdMbUN8/R8qZ3pPxCv3N4ePnYgf9/X/'
    'KI/IRsSX/xVwGL/8a0We4yDPz1EeEa/u6/8VeVZAnjsdPh6mtik+/++E503Hp/v3f5zAb2pSd0r89Y/6YGqP4u//gj7o7oSweJlV'
    'CjmiCHhapdBhFqHMmAR0ljRepuiuAI2XKbJ1oPEyRXcDaLxMkc6Sxss0lYlYvMx6S90mjuOGdYathdI4bvgMiJ3b4HiZLAY0jUvJ'
    'YrKpYlZGiQFXA3llMeDKFcttvFMar7vC4XqYHLGXaSX2MuMcuR0OzVvjhGWrrFuKb6x/pjE/WSw6Fn+7win13XqcAB8WO6X+ZqsE'
    '35ZJ2pNx9HEO8/BXCe9leceDHtxx7OKceuWec0vna6LAzojaizAfKiIbkA4NPvv2ZS73cdVD4G0icLGvK4YDOvi3uPx+Uxfqj6rd'
    'bQZwv+hy21kKr8uQpujq8OKxNyc4Fpe4pWf+sjbr4Gx0w7YDItzQwTnPDevhVGdl+DxOB/t4l8dNWqLZr3V7s8ez6OqbCmOC7TFn'
    'CmwUdXCKKAb9FjSmpnM84IjLM9zRlf8jKt9FZPYNBuWfROWjrKufKcqb4NRtiN+Ju/5wPHYb3PuMgL/oMih3NSrXj3gmXbkrUJ/3'
    'xexzD2rDkpw53rXBfmKKZ+ej/NsN8r8G5d9nsv5h31TJGjoYcx0eF3guvJvphGMLT0PvdsO7w9G7Bcy+BHibJOKS+3cwnXCcYJv9'
    'vo3wGAXC70y/G/i1e/kc0G93PQox/tC3teeCLdI5oOMTfLtqHej40bfq1/E8Regf+1ZDvh3l8LjJbUS+OMIJx7zfiuaghuyB81Ee'
    'PK91KO82TV7M41dE4DUrHbu411UWdeB42MvR+mDvTtoI9tfo3YsdYH+B3j1xJ5y/IhrRiepU8aVF4DUmo3HLQR9seGFR3HMGj+Z1'
    'I/L/jQDHhj+vgTV1JBn3ouWaLsCaaYxQ9spbw/TAa9MbHHt5AMend8lYL4f0oZ32cBvht83Y1iU0tl57o45t5f3hsWXje5oTbRzq'
    'Eb0V0bEFCjrWakHHDregY01InqYxAXqdcMz6TsCLagEdLKIxusKNhoN0n2xF48fk7+sgrZLYS2wQ6Ao2kfOcvoi0wnt/EfTfd7np'
    '6p6MO5qfg0JT5CenzWGDPyb7qYefzRq8W05g6uhWE9M/gA6yBdapC/lnhvAm86p+8Pz+Y2CgQjzzB7PtiYJZLlrrmGadg+jZLvLt'
    'tU7YxsrErynTh69wwmfH1K5iMeKnVub05x3sjGA6apuJb/31pG/NDtfjmJTH8U5kNL9Rsn5moXXRBP+uR6u9CtYy03G6ZG3Vk73T'
    'gTk7zCn1nTOzIPaLw35PIXf42J26OZLypzM/QYfxuphd71LJfca4dXkVTUioriMldwafnsjriDt2sjp+OljHDMUZdtT4Bb0WdxO2'
    'kDOz6ycG6w2Xuxts6x4RxKNSxVi2jaNMfUyb+O6W+Z/eMdiPlY463rVpP2g8LuYzfCTFml4xMeD/hzoWsijOU8vEQI4tZ4xfUb0v'
    'TeBjMJzryfcTCG0x9a9+QzYcyzyptfCtCcHZWivYDJviLY3rPpLw/bLBPk2NeC8iqfjjb53Az1CSjnMnwu+TUH1Jx70T1XeUoL6k'
    '4uCJ6quewO9UxYmLJ4L9fIt47JKIkyeq77EW3pc4se5EsG+HvsS5N2oTx+0LLdHXWlKxnt8N44n9oRxL/LpQf6iTJT4/mT+SM5if'
    '0Jahj2/O7HjObClPnHo6h0tauL3CDWRv+Sahsfdn1XwTjplC6fKEFh7X9Lasej/BcO7Llmef+Mv4QLaie+tI2st+Mj4cf0pnv5zU'
    'HvbV8RwvRHcvkqrnmvF8jZneM0iq7j5U91Dyxv45LhrfpOK+iPaEFYY4FDcOjKjuSeMDe9KocWFEMCvQuJVLhvD9hI0rD/2lOPjw'
    'OI6DcXzH7nLs41B8y7KPfRH7+MlxQ7+PMnx55ziOL7I4PR2CdtvGemhT1BM3Ji8ey9NQPbo4PnH4qnlozjD9j0N7TeuuR32MEivZ'
    'tJ4Xxgb0SeRLn9nLVhI/9a7GR+CTY8MxvE1j6S10SmMu/iQBWCz24ncSgMViMH4pAVgsFuM1CcBi9sF7EoDFYjNuTQAWi9H45gRg'
    'sViNpyUAi9lhL40BaxGx256aACyG9/UJwGJ4/3Izh2XjE57SGj9OUAxY9E7yI808LvJQ7Im+n3BU5zbBPhbnjp5szD41BHXSsX1X'
    'c/T4yVQ+3tIsj5+8wRLWm5qjx2IOxQls5vI01QHTcwmV/Gmqh9bF9ZyK+haF/8F3Xeub+d2GpPWnHvwXx3D4SetLfT/BAvhJ6Ud9'
    'P0FjwvQxij7UjxMqGYsk9J/++kdttYkfIZL93o9gxdGd+vcEx8SPsc5o3Pox4XX9rAW/imGdNSY6vaGwVqK5TVom8e0oEHzTO/A2'
    'NK7WoP3rNTK/yo/PC02l7TfRPdmM/xNN4RhtUeIV2sRIvK2J77emPgBEMr5NnZ9vCmz5497xl/kZNm3HHjSfIv8AuJ4LXXv4nTHH'
    '1kZ3yWJTvhb1ySQep22ciSVlmjvbfjaisVXNXRLtZHW+0MjHVhendFcE+E808ljqNvo1HX1h9Ouuxvh7GIN1Q2N03pTC+kxjmO7p'
    '/FTE1Ytd3hjWcyfhm8wk5sb6Yaib+WQ7GeZNFMtxHDkPnaDRXS1s5PFqo8jd/h2iGDCYzF4fAwbTUf1fQ3QYTDf1+xgwmE7qVzFg'
    'MF3Uj2LAYDqo78SAwXRP18WAwXROH2+wj5lO/eS9t0EfR7xHw1v2NwR2qaozXVP7qrs0svGbG8L0UFWXTh739dLwzpXUeXwD33tM'
    '5HtqV3arpk8zYsLX6RPq0BzbxGPEeoRXimE82WCJJ78rmuOrLH7CLw3a0a+RJe4rcn8MSZ0X+/J/MbwOynE+7McJQuMQ5TzY9xNa'
    '1Mdq327Js/p+AhFclX9hW7gXCuB2JAD3FME4mPoYFsWuYfe4FkRYMxRXJxf5PTMau/NpEofzEUkMijoEQxbTUhef8pV6DoPFfRhL'
    'yhxB/D1SGL9DMGQxLnXt+GW9/Z5HY17eV8/jQqv8JicRl/Jr9dy/icjXpQmOxfGX9eF6/f7+vIZuX1qvpxNRdF6b6sPxuW1j/JrO'
    'wxmoD5sk50rdEfReRwvGt89yjc9AMEz0EiI/bM2C/snkbxs9zT/qArhx9W5Unn+mTo9TUWxHHqoLz0e/IX/AYNxRF8bLJNcsnvsv'
    'oXEw9dOIZdeFEl/kVycMl8nIu+oCHddwxPjEsVPeVBeWA+L4VzTRTawYwjrZeE8WrD+d70Y8f7K+VCYMl7X3z7XhtRM1frtu/3is'
    'lseVorFLZXEwf4TK0Jilsjibt9ZyvoXaNs2S2MXTGKB7BW1dqqn3s6heGieW/a7X1PthBGM2qbcC0jkaGJcK2kHt/adp9GFdCEaL'
    'BMZMTTsurOU0TeT703SvoD59TxHgLPYFamMzouNDZtdyv42rJTFJZTFQD0Nll5CyNM5PKylbi8qyu7Ink7JrJWX/r4aXnWlZ9n9R'
    'WXqnd7WmzU+isgsksUtlZR9AZeehmEd0XEXxT++o4f5NGI9wgSvW49P4mTdalKU+3q9FZbcQufYwN3ymiOv9qEXZUJxQVFZni0Xr'
    '3W5Rlta7CZW1kSv8/b8mHJM46j7jxwkQtOWARD6g8tEyQVs2GdIESj98+x/UFhs7D9/XDcL7AwJ9gComZhaVpbqGh8jv/Uj34J//'
    'VfOy+0k8zV9oYmQ+hcruk+gyZGUfRWVZrMyVhjEz70FlmU5jNtE/sDJrUVxM3/4PlZXpVGSxLa9HZWk8TJ3+45OorEyHIqv3g9Xm'
    '643qTHZXc1+zolgbSehKNijq6EqojtOrw2vVVrbD8tvRCN5WCQ3YZKFPmFZd6m/XNF7AJsHZtX/+h+B1ScrYxOx9qYrjkCw2WIcj'
    'joPzO1RWF/uY2lY8UcVxwzRmhq39xg+q5HPZa3kv0IP3dQTPNHYDjbeAZbZPJQSPyWrvQ/MhiuOA5T+qX7gkQllW79uruE50qHUI'
    'vg9RNI6mcRRUsvSyhOCx8ZlaxWn81Hqx/CeTkZqquN/6qRpZuALldUneySTvK5XhNi2T2ELQNv0BlaUy9yyN3PibSrkfftqfhyvl'
    '/aF570V5Z2vy3qqAS2X2G1FfxxKbkRmacboW1TNW06ZPKMaFtulDKG+LBu4VlXxdy2yothK6z3yIvaMyvLf2au4Ai2L0Mv8u6yq5'
    'zoT6mpLJyOegMkdK5OvTiY+oU1CZmYZljhW0ba3AlxaODTxHUWaNpMxkQX+WExn4GBKvuFHQH12ZHCpzqkTWpnLyXyvCbTud9If6'
    '4/ptBY8DTc9N2yUy5q8NylDZ8gFURhXXGNfzA1SmXXJWQNv2nwZlaNuurzCLSS+y38V1fzwinJD8j/qA4zhjPpzWfYlBGVrPlgru'
    '68+UvxLGCasIx36w5eH9+3+oD7Q9HY44JtpyRZlecvbVye7/VoRjn3dr7FymGNSzi5QZIxiX9RHGxUVwbGN34/b8sSCHYyNz/LoQ'
    '7tf2CP36cYHTq8fzYn0D1Yl8H5V5gOg1nsmXwnoCytyAyjwM3/5Ho8f4AiozqUqsG6D6i4+jMnMMdR4fQGWYruEEkpfpHiZCmUsF'
    'bVuN9CEYBos3tQ2VYbqV8URPcSbSl/jyPypD+y7TabyhEKYp+zW2PCKasqZgRktV/p6KoGPWrVtqJzSjYE5TDvr/Q/02lYdFcAoG'
    'dT9N1uPf87yMLN59Jynze0WZLkmZJ/Ph2Dy6WIumsvm9lrBtzvRvyHM+OGpMc3zW/Wk0dqIYezQ2jH/+n+e+0eLE3BOdl+1EsEUx'
    'mFX8vW4drs+H98qdBE9eIXT9fNQe01h6OhnkYJzAPJedTiF88CLCQy9R5KV8fSvKu5TIHDMRj+77zkd5Wcy/hYK2+PI/ykt5cpq3'
    'AuWl54dr0ZmZL//nuP9+FT/t5f0TyruL0GTMK/pxQnPcf7Qtr+Hr/xXluwzK343aKopnjnm/W6CuKH6MvPJfQXXJ6CajIZ9T5O0i'
    'ttkfE/ShjawdRlM/IIArsvn1/X+ivCo7Xt//Vy7so1xmCyha9+2SeTS5O+3HcYtYntGQNbnSWBYYr18m83icIi+NMzw/x9fY44TX'
    '3Edipx+pyPsEydsimBuRHaxv/yvAD5G9q+9HXYFLmwnv8Ncszys7C2A4+vusGD9MZYAnspzfibqn+vY/qM2ieMJYr3ubQV6ms/2W'
    'Ii/VnV9vkJfB/Uw2zKckcR/O1/+jdoji+2Jd3O6sHC96Cc5fjObaNCYu3nPbsjxewWYJD/KmrDwOOIs7fFY2HPeA2hGcmg3HAd5G'
    '8hyvgLOZ+f8RtJnGAJ+jyMPo0DRBe/B5ne//M2sW9x7vQ37smWw4nvMWMneZbDiWbQ/ZF/6e4XnaJWdpz2XCY3aAjOvTGR5zwpQm'
    'eOUeV9TP9uoHMvI5YzTpnow8vjUbj+9nwjGg6V59UyY8Z5QG7xXkoeej16LxMPWh4O//Ath0f75KMGbPEjjvhjxYT8F0HE/BvrNL'
    'kWc/5LlYkOcBsn91ojyTyL2RVpDt16E275eszTcI5nk/WZtnZsLr7iWyNtco8rC1uUKArx0G+DpPMffMbme6Ig/DxcMy4dhRVMfa'
    'pMB7Rj+qUD9MbQx8/18uh90loU1/du1oE+vbATe8FvtInl+5pevD5N6eV+5+wzZRnuU2RX9Zm/7TDcdZ3WGAE9ch2KK7Er79L4Jt'
    'quPxyv2zG9xjj+vfwff/hdq5QyIX9aM8opgQvv2vy30ixL3TdIEbXge9BFfPduX8AdvHThPgHJ3fEwS4o/O/4N//NyxHeYRpluUY'
    'bWpGuGJqG+Lr/1A503siXrm/OXzsRPw4i+NcpbAR8eV/BRzGL/9akec4yPNzlEfEq/v6f0WeFZDnToePh6ltis//O+F50/Hp/v0f'
    'J/CbmtSdEn/9oz6Y2qP4+7+gD7o7IUXAxSqFHFEEPK1S6DCLUGZMAjpLf/2j+kR3Bfz1j/KIbB389e+E92V8N6AI/imqFDpLFse5'
    '3lIm8s//nfD+0mbQfxaXEusMWwulsTPxGRA7t8Fx1GRxCOc74diGujijGccutrDnEsKTe49C7ysArqlN93iHx9Trdkr9dzagb73k'
    'G44t2kfOcmmca1l82rlorBzL8fLafT/pN+Xpesi+IcLlfrKXY1zeIbCjoLhM/ZL0C3B5o8V938mOGR9GzzIaDMvRvRTHUWVxxgtO'
    'GvdyuOJe6miJLh69bt2wOOY5pzSG/CLiNwfTv8VOqe9lGnvXJDZ0Htasd6ZD17pjsNafc0vX+kSBzRy1fWL+gET2TB2a8fRtJV3u'
    'r62HwNtE4GK/bWzOdPBvcfldvS6nNEb0FIUdlg7uF11uB07hdRnuj7o6rnJLbfDjjsUlbqn9iqzNOjgb3bAdjAg3dHDOc8M6ZRUd'
    'xvRYB/t4l8cAW6LhPXV8psd/6+qbCmOCbYtnCuxtdXCKLtdZb0FjajrHA464PMMdXfk/ovJdRP+0waD8k6h8lHX1M0V5E5y6DfHu'
    'cdffXsRf2ODeZwS8cpdBuatRuX7EZ+nKXYH6vC9mn3tQG5bkzPGuDfYTUzw7H+XfbpD/NSj/PpP1D3uiSm7WwZgLeyp7XwR4eafU'
    'Vn0aercb3h2O3i1gtlJOsBeZ8Bi6/dq/TyyRBUz3+zbCPxQIvzL9brDNv5fPAf1216MQrxJ9W3su2NWdw+N+029XrYPzKvSt+nU8'
    'TxH6x77VkG9HIdmojcjKR6Bv28g3JivhPXA+yoPntQ7l3abJi+XVCot5YLxipaVcWmVRRwXCxeVofbB3J22EuwTo3YsdYEuE3j1x'
    'J9gSIBrRiep0FG0uAq8xGY1bDvpgw+fm0W8s584X5HUlvLRuvBoBjg3vXQNr6kgy7kXLNV2ANdMYoeyVt4bpgdemNzj28oBKp7Ac'
    '0od22sNthN82Y1uX0Nh67Y06tpX3h8eWje9pTrRxqEf0VkTHFijoWKsFHTvcgo41Ib0LjW/RK9BLdQJeVAvoYBGN0RVuNByk+2Qr'
    'Gj+mO7uO6Kao7Q87V65xwuc1W6ndgSWtqAvpcHRPxh3Nz0GhKfKT0+awwR+T/dTDz2YN3i0nMHV0q4npH0AHyXR/LuRPdX/Do/tj'
    'ax3TrHMQPdtFvr3WCdsLmvjoZWc7KwQ6c2ojtBjxUytz+rM7dt41HbXNJE7EetK3ZofrcUzK49g9MprfKFk/s9C6aIJ/16PVXgFr'
    'OQd7FKOtXVBP3oC2UsqaHV2k1R+q966KhvvwTFsVg/JmDNadLQ/kIBy2kWeOJ+e7+BxKptfE72m5LkF+bD8n0mWZ+nvrEdjr4bbo'
    'bOx8W8NcIGOL7m9tk7TRxEeIyLe/yBa/nXzfYXHvMU471hNbqI8PjsMqRxwfuD2htvQI7hpjPeyUIZwH2v835oI9RWRjiW1fo6yB'
    'bkLnew33FMpz24wvXQf4nHgS6qvNWItsFzuIvDNFgENJxKk3xR3a1/3Z4HxQNC+4zaZ4tFEyPtQWk92p/Ishb6PqwzcUfeguYx9M'
    '5uV5Q5y7LBvI3TI/5Kbx5Dol9jy9jrn9Z5sj9uPdL6AZvq3RYNtnDyMO/bfkHJeO8VGD7ZwhsYnqFtj8l2Pfpr4OvZgrxznyGPJx'
    'bFhl9G6jI/cHi8dVdxfBxMbZv2uc4bhtw+93joB9798ywXmAaRzXPgJvq2T+bda2jJZvl9hCdWV4PF9KS+idpfWGdvyitvcZtmdt'
    'JjgbMeGbbffbDs2an4Xq7iwzT07XdnUmkD9H8r6z3w1gicbehDcxuT/RIZg7E7z5rsvjOJaLD6Pj8WlXjovtgnlIej4udbkv7qh9'
    '3my4Nta7w0tbT3KDczkZ32Dqx1LkE0tV73RUb4elDCeS/yivIBo7dtdgasR6kxrzpxzuKyJpWvtTh9s+9ZI7dqa0hJURjSe9u3qj'
    'w8dzuPQC/4z6bNsGmU9yVX39yD7SBodseeULHb5vbo2wNqLyF36scbgTkhTdZ/YzEyPgZJ8lTtY5Yd8IIj0J1l8X0Ll/Dega70Vn'
    '32Mdbks6S6DfbrTUfxZAr0114Vgf24LOmWoQXHZOgs9KBuBhthGV0N420FOOA9upAdSGHPSLllk9+Pdm+Pftg3+/EeRRwaV9yiD9'
    'fh3S71dB/ZUwF+wczRvTdbHOWUf3qas/pjHOAnIGeVqIjZjtHIzuk+5gDq50Yj3TbM5TdPcOVHSkCs1hnqxfTAuq0DrPE1qgq8cj'
    'RC/C+8sBR7y2X0zOy+mZ3qGCJ1nzJ2dlLyE592a0XP/Icw5EeIoCHKT7j472MHzahvApnffwvAvm/LK4c57kvPs24YP/ONcN5vM3'
    'iC9J1/Wrb12nPEB4nnNDwAOktHR00NJJIP8yOShLeC3v0tG1j/Gz1gM3lt5PNbW1z6DfmFdzkRzWiWhAO8CIgsuuigxkyrPmyvIE'
    'oLMm2BLlEZV3NXx/DdEjFJD+owHRbaaHqLbQPzAccFIcGLE4IJK1mA3c3+F9DeLBZHRkPsKRKVDuaSTnVwOMnAIOLo/viS38WpBe'
    'fU/4Xvuke4P0L3tL6VIe9EoM976H7EkPpSeYu0zWG7d8Iei3v9KqqmsOLja/k/UJ12nzNBgVbuBJgwEkR5VPk6cyat8bLEbG1Y+j'
    'a9YFH+VFT6PrlXeldurSRruadeb7OHSDO/sVwDcwuavCKY2dNIWs4YzhGqZrl9X7YVJfpaK+rIaHMamvl9RXpagvZ0GjZPW9oYzj'
    'iekdq295GcdTVN/kMo6nqL6Upqc0PaXpah26iL7LZDR8VlaJ9gr2u84Jr01254bJd+y9SmasU/CZOYs2sLpzCdWNzy10dXvvjkdT'
    '0opom4vyy+ahhchQqjvAx1vkZ+ek9MwY58PyXbPFOXOU+aJ9ORvS85xSHx8m50xRz4mw7mEcGoMCkomaEe6IzrynXTHF/2PPZQO7'
    'T/T+6LirzrBboF1YPjY9hx4PdgOsrLc3nOJwf1ne9zGS9VmHxs/0HL0JwSgimR/vyUeRPNjfA/URUu7x8f1DO4FvLKyvmAnphCml'
    'dbgR68D38GV2FAWA3Yj6Zepfg8116vcx9fuY+n1M/T7a+H3MOEPr9zGLaF8lyue1dRzUv5gxt8hWY6jaZ2MTVwd1j4O9awHUv+aG'
    '0np1cKL6+o3bzp/fbd/OnGU7mZ/PCYRG2/q02X1PmF+Y74h9CD0WwX8L48c9+O+HPl0J/YksLA6zVqCUFnkYk8sffF1gK2vYlAJU'
    'TI14TtJgL6YrK5QX9WNqAVH38GM34EfF0EykN15ZJj/ldSULIw4p90QtOAULaTG0M9G0P5mS+b8I8VWd5wVfmZ72YGzMq/n7s1N+'
    'NDF+1KPfKT86PPwo0+ewPfai1G936rfbSf12p367U7/dqd/u1G936rdbvN/PIXJ/nvCHnp/cqWg95kAnb6MDZz4vTfU8+GxKpD9I'
    'fY2nvsZTX+Opr/HU13jqazz1NZ76Gk99jae+xlNf46mv8XL7Gtd9p+fmVYfoublXV99bR875uM/HbCr/ObhNe57q4D63bPkDzJNW'
    'DvC1wOa0FvJlkW3AWIRvvt3egBge/c74mLnZaOcBqaydytqprJ3K2qmsncraqaydytqprJ3K2qmsncrawxHXq9bh96RqHLF/deqv'
    '/TRYf3h/7NSUWY7GbL1j7qua2fnNhnHTlaM+4EV+zYtwXpwEvO6I+xc9vzWhqUzGb4XxrwUZtoqR79vVRNxF5+Y2+6zIHyWTqTMO'
    'vxtZQfLR+005h981l91LVPm/pLibhfYWyP7hojk90im95ye7p0rhemNSsOSbKtA6lN1HoWfyFxE+sB5gsm+Y/58H6Rxkm5sRyH+1'
    'kn55pOwCoiub5KhjN+B4L7bxC+gamYRsH9db0HTq+1tkEydai41k7uPEiME2mfQOKdPV0ZgCuO27nHBMB7aeGa8+Q6Bvw7ZOPRHG'
    'qltgq2YSP4rp75qIjqrKCftBx2O/HO2p7YbjymyCxgnsok1i56hwjtH5JOCK9E34/jC7n9AK+VwnHFdQtOeL6u+S4JEoLg5d5x6s'
    '15N1PtnQdi/OGukmYzUD6C+OW0FjQrRZ4HQvWYvzHPPYSpQm4PlaOczzVYN4ODZfdRb0BN/pxjyKKO5O1DhVKrqK71Q2CcbDdK11'
    'I768WTB+UWgf9rczVPscHqesYL6bnNJ774xvEMVt2KGpsx3p3g8X0OY463mTZD20K9aUyT1cGq/DplwcHKZyCR7PnYJ58vp1FlqX'
    'KtgVhvIEHlN8T6AfzT+dz36J3CTq3wbHPjbooUAj82TN4LquZ3rm6WJ8NNVXYV9bOcm5BqXbMxB+eG0/PsfvNnjp2lyAG1mnVAeO'
    '5345KUNhrMjp56cZzQ+mx2M0PHSHZs/YSnj3mQ73j3YS6EiunBSk70G6kmWo7fj3EkhXkT6uzKlpJ5ufAuK7tizk58bUBqCK5Hkn'
    'pNcsDNsCeOV9W/FN8n3uUSj/B0i/AenrN4XbmIdxx+en566X2yl43/xbnOtK/ZLgbx/8WKlfEgz70o+E+8S+VX1EjzsFCe5UEVzY'
    'RmhUMxrnz18YpMdAe/+4q1T3j/McTfLQOZe1bTzs5VRGwmOZ/9cgffmD4fG64WNwT+GDAhzYBOO2I9ymPNGdYVrB6tgCfXr3Bvk8'
    'szw/2xBuG/vmXhJumwcTl1PNZbViLv3zf8CLF95VWh9uyzteH6TPdMnx6tKPmK3XHKLTVTDGE8+SjxHL828d4bq9cl66/zzxOIwn'
    'Z6es/7QslrtFOHQ24NAnLwy34Z3bwX7oGjGeiPrPfK5N+l5Q9uaH5f1nef7pEX5XhH3zynnpg/dxmlwnKOel35aUKSrKfGiRuIyM'
    'zzPRcV5yj52uscTHte0h2Og64suKD+YiHcEEzxT7Qz/K8zD7O2+tHUPWGt17994epD/8Yan/6ZkIBz388O3wHoT944Yg3XdnkB57'
    'S1BmIqxt+o3WQ3F87L2lfmZze0txfuUtYhxvssTzP30rSN9ys12598MaPPbRZG1EJg5EO/evRohh6pfRpK15p9RHPvYdN0+j4/fK'
    'JeH/qQLh0LlOqc/d1UQPP6DIewbJ+wLiA2jebZp6nkL1vAZSJhtuIHl/ifKyNjB9cjvJ+zO0Dk+GtIfkuRutE5qnV9B+r8x3HO6s'
    '9gySnuyofXgVQVY7win1ccn6sFNTHvtUFPVfV/cHkP3KGUQu3kp+M7gdCH4R2sjm4DRSdj2ztYS83WjvXo3KFEHeqiA4sxq+vQ3N'
    '3eRcOPXyvBG1YzXBsbe6pXN2BrJ1VeENHl8Go4+MC4N5jALne8nvLlK2VVGW9uVcUnYC8Hn42zZJH3aR3z0kX4/ElhT7P2U+JZlf'
    'zkp0Pkd9OGJfXcznJfUjjO3ZGU1iMSZcgOkg+DZ2bQ6icSbn+E0xz+Tj8IVRzr5d0EOFzr4ds3h31A/pSJiDpOwQtqZzMuLmpHuU'
    'zUllGebE1o6I2U7FmZt0TsRnKyZzcKiOU56M00o0TisBF2fA76nkHK2HnK30oTMjPG4dlmdZnQTeVrTPeji6CJ2nqvJimYrxJicg'
    'nuQIxCueCOUukdTZLKizQ3B2r6uTxk5g85DVzIM3Tx9CNmYFge0aleU6CU+7FfGdXlu2C/Iyvr6N8PdbUN71hE9sR3IK49PrHDGf'
    '3Ed4X0Z3zkXwt5K29KE2FZEcgc/TNhAe++2EB2b2AMehtr1DIGeJ2jYXnVtQ+WcrqaeLjF8fgTXB4feX8HlBBRnbXqf0zhebI6x7'
    '8NbB0QLcYrawrgZXZL78sd2hKM7BCQjWCRFwOYk2NRDaWRpvYSDr2WzL7LaZTnyCYO8V0aUW9G9WH74nuZKsc1egL5P1VzaG3lz+'
    'i8tlI9UYXg1++2TzQuMKiOyLKK9gs59dADrDm+5Un7lQnX4l6B5vvy98ntAH+s/r7xbzJaxvO6Bd7F01GxeJ4jsLaW5U33rJuwN3'
    'DHwEK8ef9GI4TrHSiqsd6K7SlP6bEzgnG3yezDq2zx62FvvSOR1Vc8rW7WWCdVsxiuc4D486V8Ed+HtJROc9A8Mxx5fJ59g0Tqxu'
    'Xe9O5/xVNeds3a8TrHuTe6qj+5aq6zrH+uKA4kja4NHQZNu7wemYxx9z1bltDfqti5Fuxu8q5jKb81iIUX3PeyG5591KY1/aPk2q'
    'j9W2JiOCp3YhXZ996ZyOqjll67aerNsqBxlHKyoK6TY0+WWxK1W2MXME9iYiW28WCxLrBCqJzYoqfp+JrnsnaYPNeohgFJcdEkTO'
    'iaS5iL4sGA5E8GlhaiFnHeOqwfyLymfSHIXdU8o3KnBiUZwJrHy9LkfKNw79mNPzuk0C/I9iCzzK5iZrIP0qn0x02layPtrTORlR'
    'c8LWTYOM71ror9g9sv2vFs1tXYRyOr4vs8q5SodTNRb5Kb1Q1LvHsl5lfhyjg93XpWN2ZUYuXuMxs7ETrHdK48WWq3+mdguvFjvD'
    '1gRtUNgcVqVzeMjMIY7PZFKvbM4P5XU7GmxT03Wczmm6rkeffXO6rtM5Lce6Hok4YGsjj32eYX8wXvqsY+6brW+Ure/qdG4P+blN'
    '1znHhdlOMndhWPxUVrcOHr0H0e/ofSWmdCPFldGEK6NNjtDxmIfavS98juTVf+ieWWQTP9PTjadODx71aRg150ijb05YnAxsk5Ke'
    'hZfO0ZXxTLKmmZzlRd1PML3LpGe0JWe05VxbGQNzo/TcfOTNSYXDY0DkIpzPimwP/buSbgDz32G+a9h8Z7IH7ePy3mUI161gA1JJ'
    'BqhqdM13ddz5NjCc2GNqQLEwpkFgLtLuqr6akgQ+54BfZ7i9GXB7owXdyZSVyxlRe/iUiBZt6j38cxprOEsa4/8e/MdHYC67YC7z'
    'zqH4uCLMzuaGoSUNFm/Z64YIPVXZojMfZJmF/HvO4Wb7cfcn77fn9+FiUu+BG4P0o3eX6gd0/GYqDwhoSTw01MoDIp5juOzsRo8+'
    'JZUv0jkp/5y0gD4c00+bOXoV8WLloZ+fM9uno+pbepzwPYV8Oq/B0rnWd3vQytkmm6XYol5/2ayaxX63M92EXnalc3ZIzVl6P8jg'
    'Lsoe/ThGfCpNYKd8yMibE/26yWRfzQ8bJ+pHb8D6iT6R4XWTzslwz4nWn4GifSJ5W5df5c+gjthvMF8ERafUJ8E6VFZ7LzDr/75O'
    'pNrCvhBC9wINy6n68ynSn3+FctUmvJjHfOXyBfa7YlRtGZX+MH/4MeeJweRY+Bsc2D02Ouold1lhelGbI+vcnr/9/cG/34beT5FK'
    'vnKdaWHgefWetkoje4/xx6ZVppKlchv2N4rXgWfDdvvg31kZjud5wXuKxxn4Y/I9+x2i4RHozVDL3wfrtmDRDLuj9Zo4EOkxLR+e'
    'fyn/E2GeMkP4lOC++ZNNmtkcSPTR8D/pnAz7nLB18/8E6wboq+v1KQdDMvjHjqOEJ/QVlYqxqhoxc1Sttz3I1GQybtlnipaNW4tt'
    'WR3M8Feztqi+Fy16xejGF1KcTHFyBOEko5ttTurHS8p3ltGnVCWMP6MPb03HfljGnp6XMb4uj/QA9UQPwGIezgE5bB7YyWC47I7J'
    'KmRfg2EUUH7qY8+LhdGI8uM7PDZwmjT6jUYCi95nMYnbweDXEjoyVqP7YeOoy0fbX0HmJUfmxQQevROlu3Nk29b1ACcDcMema7tk'
    'bce1sV1laLtYB3OTjv/wjD+2WXAlNoIsRla1w2PoZAjdY3aCtSQfpo9HTUG2qI6dzaDK/nEWpG9JwBajV0IX0rP94Gy/nHgZ11aK'
    '0pUeRFfS+Tu05s+U3owzpDcqujSjzHSpaiA+XaoS8G4srvRlCOcLkm+is4cstKca/cZnFyyWHOUjc2i+8blilpwr0nh0+7zvZKxY'
    'Pharjp2Z/Ia0+xg3LANPhjWdoE9/dpeqkt+bqnZr3FqUpY79o94tBv9o8P/fWOP9v0kBfIzb7Lpj3XElL8e3eP+fMNH/MdZ1D5t0'
    'eNSzl2bfm0ukE+pcBF352oNnd3mda/W8iUKpITlKxJ49MnWd4pliENPEWD/mhklg9N6ooe+xbOwqU7I9Rd8E4/FoiDKSbrTPDYIK'
    'XToF0VwuazEkY9Mljw4udVOaltK0lKalNG100DSdzVsuCBvO3ECHHmrzpssv0qFmQY54m5PeORTS2D0HFwyz07fS4Oc06wz7GBTJ'
    'OVhWmgfpmCn8m+iuKr3DGNWG/9VwJyoyhffktIqD5HdPVFjpPbWRNycqfyPePGEffNdD+tB0vv560dkaC6m1Aek7vDyeLeNEp9Rn'
    'H/MDx3wM7nS47z6d3z/mN5D5JWT+Rs8a/DsT9BV15BzI5OzvUD83tNUlmfqd6Uxg7Y6yJ6vmxY33Sz1br9lP2wDnTc9FK+DPw58u'
    'SJmfzNnoWxukzBf/kehbD6TMn/ck9K0DwS6C7pF+YzDrBfWxtcx8UDSAnlCkizU5A6bxF4vAfzQlAIeunfcJeI/KIIOUV846uRHi'
    'cqVQDqAV5lkztouoqdLfTY4M74sGxiZmwndlacbK6HKth0NXpjiR4oSG98qpZFQTgBknfQ4+1QZ5SmMNFwHZ3uWU+kFi39j61cmj'
    'tvqF0c4xHWTeIz967a2p7Yrpfk7PWD1exF0YpC8vDOss6DeVHV8b4Tus1nkMmfEQeDJxMcHEh44rmOc8ksGOvyiYy/3bw/NMv/my'
    '7xtL8a+a4Fkdqhf72q9ySn3ib0Mp41WZDPr5C4P0mPVB+sddQZ4aQZ6jSZ6oPvBltrYZhMvVBJeZvYCz13Gufax03Y0KP4MZwq7Z'
    'kakYT0Okjw16EtGg4gBFvtqYrUfqZx3tb6vKubvpJy/1fT/y5sQmtsUCi/wVQGOxvRbbZ2T0Nw/lMlDfwq8F6dX3cHs3xvfSPcn7'
    'tkOwX20kebpRng6yp7VBng6gJThmiy7ei1fujQ6PD9NL6uh3SuOKdEj0ye+A9DIEdzXog1iMOlx+h6a830aA483f5IhwVH3Xtb8R'
    'UqxH7yHt6JTMKdvKPD304UQXboqHTIc36d4g/cveAHYVwqV2h8f3xfU2xeBFRH4XnF8MwniS08O84D3l+3Jw2u21vXKg9FAZ8330'
    'WyNa4/XQp8lO6d0Thq+z4N8eDGz/2eiE7USrBvj5iUP66zo8rg/rdyuiOa3OoRuDmdnhrgS+dxbKMysmnjBcTXrcRkrM2xakp8Dj'
    '6qZjGzvu6HCPrc16P1RjPo7mMR6t8fF0c2YDo5xzW7CYW8bL7L09SO+6r5SXYfyyl/7k5vh73/ERx6o14bHKoeMMptehczs7Qv/2'
    'wlg1PAwxAr5jV774PfP8lM+0qacSZKHb74s/hljPKztfLgr0kJVITsP4eiHC1wsJ31lL2lkBfCe7/9jglPrNa0R9fgtaAxUArwHo'
    'GTuLx+k2yZp/B1n/TJZlqdfXxWj90G9z0Fk/e3cUenckvJvqcNuX+ZK2zCfytFduDPSb2R5ge4O3E1uIPmLjsFxge1BHxrxSwOtT'
    'XBmPTiWZjrk1Bjy83qOUb4I2tQhkPtdgvUwj4+/lb4b3OE8TaivF85wFntN63qLBZ1EZSit1+4SsPap9YoFin2hFevq/fTVIP/Ft'
    '2AceCfIcAfwxhS2Sr5tRXf9+P8D7SfCtDsHZDe34PdT1hTuD9OaHhn//eguZv7j3IfG90AudUnm9AtGPCwmOyNpD6UerZp1UC9ao'
    '6GyR4VwWjYkI53BdOcnZJW4vhc98SDL4FyH4FyGcpvb19X90zvPQ1A3s7ENPo2Tv0tUX8l0bbJo3m9pIsPnFaxCve7aGDkdza4PP'
    'UcZcZUfpwToM2lJNaEiLRJe60YK37xToOzHOivK2ETlgkwQGpQsNoCdrhG8VSL+3gcgUWPfXpZA3sgiuyD64W6LX7UYyDW4Xs59p'
    'JPkvUeiHqb7Wa+ME2B9ZGd182Oibcf9VfoxEOFNF+NwepF/2YP8QyfPdaL5VbcLwGG5cDPBuAJ2mTgd+FJJLbdbbMnYWgVKv3mvQ'
    'mt4omQdRP9j8vRvmkI2Dbv62kLTD4Dxis2A+2hC+Mfvc8QR2j0E/TM5DTne4XT1d291obbP1YTJ2tGwR5uQwC91wn2At68owHd1Y'
    'oF24PX0KWic6A5LpUtl6akH2B5PRfuW934/w02vzE1BmjP8yk83lCwefikKhkv27qlBdU6itq2dPsaF+mJ5G739N5YDsD8zffP74'
    'b6W+Cffs8dIvB8/553/FT38+a9H0182e9/r/Peuc82/68pdnweeXrnnPl008Qn73sttaXSf33OA/L/NA90zgFCWo6x9BPV8+75Ev'
    'o8ebuT2Jeq5d9aSJn8nbZV9b2K8vh57f3oZ/DTgDtw/+ef8/f8Drp+P/t2/wv+f8/w8+tz3/MkAeGPhrqD4L01rN8zbBO7/+KQaF'
    'jW4Nij1pyuzzZHIu9uk2F+kAnAiyzAzBXlwAeKK9eIaEf+oj6U4JDbbVAev4il+CDtVkz9ftBT2Ihuva3CbhrdoJb7dNQLejttHr'
    '72dAxyCzR8B1bzfsBy5jMq9eO3YjXj4puwSsv2pHe2KbpH+mZxGvB7zVzX+npP22/aBtwHzBFmjTXAG/vo3MyTzyfSPh9w4Dfi+q'
    'HYVJO235CZl+uBnpHihNOdyinb2StW5zZ3I+wl2Tcz6K3/SMqYusDXy+GBe+rUwqs3Ew4UVF5VVyK7W7wWdtprS/G/HYGNYlkjMG'
    'jIOi+waj3WeByd1q6gfX4ybNOCC9F3HZuQ+mC6L7xCY+aQvIrhrXkUX6rxcJDTLRSdrYddnIjDK9TbsT9omngsnsEL+C1tZWi7Uj'
    '2m+j1P9BJFub1h+lnouRfqBTQUOiwH4z4hs6Y8I6DfBWpOvYGRHmYtT3HQSfOtDeGwX2YUj/s1WjU+yMWIftfWQRX9+D1rAH8/xM'
    'MNblWM/sPLXyfq4nZ++uvDV4NxHp1Z+Ac6LcXq5TzqMzJXaHm7175d6wrcSkvUH687uj+dP06we49YOFzy7z2Dy0k+Mme1c4J3g3'
    'D/XLe+eln/0oP69m34pwP+jFDj7O7NtJG4P0mo9xmx5Wz6wLwuP8VEd4nDvPC4/zoqtL4WbQucuZ0P7vu4HvTSYP4TXRa4HHtuNv'
    '4pOgxWKv2ULoYzehS9TubwU6C4+7l2C4MwCuKb9u2t4isjHrs7Rt9P69xg30ACY2vJSHxb/bhhEnVPmw3xWfhxr8xxKJHnwD4QNG'
    'el8eAbkf92X/IdL2L8GZSDnoA5MhV+aC9FhIj4f05FyA75WMzuZgX5sUpO+ZxNfHJHT/5DQovzBXul5WQ/l3o3IsZgbOtxTyXT6J'
    'ryuvTaZ7XX2E8cD9XgjpMZJ+0PYVQUc4GfEdWH7tsKBn9BxGxBdi3mYyjD2udzOijSb1YvrULTgDxfXJzuTzAjmtCtkvyPB1JrVd'
    'WAUgJbcrGdyMBq4Nn1JF9pJOcma/COk/Osl4zBbc39pK8kxFebZJ8rQgG/42pHNvRfZ1851SOySss5Tllc1XFfxhvCmXHzGZ3N0C'
    'Y8O+q2BjnRS1Gaf7eK9A7qG23iLZ2vYsV6c/o/ou0Xt8/irSux0l0fP3CPbiqHp/U95tE7IjteHRegS6VZEtfoNTeofR1C5BpUPs'
    'QbrtBqL/oPSU4mcNyBl4jWwjOlldO0X67GakzxbZDpnYxmwhONklaP840Ffg9vcTOoHXFNtvsL6X8sTMhsfEdsdmPanWkSl+Uj61'
    'S7DHjYc/bLudkchv3ahcCzp3WInmD49h1uF3XncJbKlwm9oU8ooMH5vA3hnP5w4B/RhPbOHx/G4V8BO4D8yOGdOgGtLGNoGdF6Wv'
    'sjOHDoP53G64vscT/RKzVaPnjswmTGSf3Qht0eHqVgludZF6KtD4VUr2mq3krFsnP5eLrveQ+ZsK9A7TuQ6L/bHNgn71KNZ+lWAN'
    'VDil95IxvyfjAWk5jw/UlYtqEyE7UzC1ezXlV+P6o4jovSI7os+k9iVlodMgPpDSPDa2+iYyEcWlaoJLOQMb6vmOue8u03aVC67q'
    'zlG5fH20wDmRi/QPJX6U3Mwh82TNn5xN7GvXGciKznv5Y+1LUmCpZv4UBUsz7r3CunRtGa2VofbhbeOze36C+OAQfDA958L+v9c7'
    'aTwM6V79L/7/p/DN1o506PxHmfhfj3KGORfpW9m7FUgmzqM7G+weYR3iY/H9WCZXthMdIK5vtxPtbLccfX69oM9nCPp8mqD9J0UY'
    'h2WCMv2aMq1AJ3AZJhP3kbyHExmjQaBXbxbk6SB5agR5vDMUkb58OOfvbYL5u1Awf29A774tmPsPLQrPveeflc79Asnci+7S6OZe'
    'dsarmntqX6ya+1aDuW81mPvWMsx9heXcN4BuCvsrmOqUxv6ZB/YoeQQvi8rPI+kJ0JdznMBOhOmSVLoArDPqI2cI9N5iM9KZbbA4'
    'Z9im0cFjvSu9s34C6u8JmvFYiXD6qAh2NieUcU9iNPb/0LvmKcG7v6F3Y+Dd84hvm0LmeQrA+q0gz7QppXn2wxrFZ3GqNntlfu7Z'
    'ASG6ZNPfJouzBtG9X6/+ryO7vV6JXXyPQA8vusP77+iOxAZJWdP7GKL6VbYsGOd3oTP8DsfOrxRtcxHGaoKl3t5Uz8fqOBPdS+gn'
    '/W83uPvCztqpnrKf2Hl3xby30Cmp+3CwgzSd044Id366CM0wOX/PWdIRkVw414nup3IRpMc5YTu6xU7pPeSMQv8qeufp7I+PqCuV'
    'xb4zhUF9eA5Vn5uceH48ZXpokz3Lhj5jfzIXQz+bU32aUJ+26hDQpzWis4rzLPmdCmKfctCmZ7XaybpX5li0dpbeEqTP3Mjtb6Ya'
    'nL/FsVHR3YtsQHyRAz6D/hl8AF311VL5XRYLThUPrs+SrqV6pVCcVXKIk6xeyXRusK2xDX8s29dt6bfKtzLW49r6VFb5Uk7at1/S'
    '+D/Kn4wY/y0eg7JDpb9qIPajcetzLcvnLcunsa8VNHnKwWGNEPu6xUjXj3nu5Y7cv6TJXDYieeNSKM/0aW0wx28BepnO89DOM7M7'
    'ZPNGz0bpmeM89M1R5KVxExo1e1UU+rBSo9+gPjJ0OhyRjwqq/zDVg2AdVhuyXbSx38L63FMmBOtPpL/qtdAbPSPQo1H73Tj6HQpv'
    'H/m92ZHfG/b1/xOCswrqN0PmG5DOr6gNUXVZojk00Tc9T2zwHm3huGriT61Pgs8m80vHpI3YNdP7fW0WY7HLEd9X2+yUxsz5ZAu/'
    '46bSPQ713EWxn9w02JcTBTpXE1nY1L5aJHuL7jgOtU62tYWvxX6B7bepf6geCU5ushirHkfsA7ON1CXS6WO/KM+P53R0l6Rv1IfS'
    'LsmdrqTWVhxb4w7B2YrXz++gfr4UY+5k9GRDmeiJLW29bLCfr4F3J5L7hCfAfcIrJoXHkt6Z9MqvgHuJy3Jm9yZZXpaK7lXQNnh5'
    'F6H7oKbtXQzf9kjai9t0LHrvjdHR4wM7AkxDDhjeFzA98zLxJ2cC0xQv8f36qOvHG5s/juNjc1e2NP9NWfBhnuX132KQ54dZDs9L'
    'b4D06+i3CFdEsG6FMt8m9X4P8t6E7qB8leS5A/L8CcG7j+T5AeS5E+Xx6vLG5rpxgY4Y0+pXCH3dILgvJaKl3YL5E93ba7PYYzsN'
    '5ncH6kOP4I6Zl65z1bFn6P4go43l6sOp44KzI9H551bCC7RJ2t4muHuluh9N97ZOx8wfmu+XBY15/yGy99A4Q8+O5X0ox/6ZZNuf'
    'hvS/Ca9z81junyHu+h3qdftPY4Mz3rgyKW5rh2QNdDnmZ1vdknGg9lcXjA3usNN7dxjXXhTY1Kh4WBuZp1PDszK/0wsG27mU2JLh'
    'O4y4Pq8eVi+VYbokdohDTStfbg50VLZ3zk19SYjuQJva2fQKeCWvzT9t5vqBfoktUZdB+54n7dtoOLZxfO/+gbT3WYMz339p5mt7'
    'pMpQqjWzHrXfVPeYhB4j69rPp2iNLG4O7pcMVfu3KPRGurZWNJfqA014ENt1PNR6lYfGcLsLE52DaL85oLFp7JXYeDNfEzeMCdqf'
    '5P5qo+tV7Z0fGBPYBJv6/ab7eTlkFd+39Zjw3iLSDSw09O/E8uK2n4h8RGFdwQoi2y8nPpVOJd+PBdn/mME2Tx8C/rldQjc6iO3l'
    'mCFuj0z3yNrzx6bhbQ8dnx83BffuyhF/3YSHseVlGA/zaRjH4VqzdK3uHGzPWkevXzNZo6ss9IIL0fo0hc/W7KqY+sCFhnpF3/av'
    'idP/cujjRXyEiY9Hr23VQ9S2nght++/GcByHoaSjjAe9Y4ja0aNpx2cbebwltla/Olkc94H6E2L5+iT8wEsIrlfXlY2l54qmd5ni'
    '8qxxZIstArnYv//XyHHcJj7FBgt9nEjGFdFeKt/MbuT6xi7HPC5bnyP2BdZjMWcbLfrF+Ol/NHBdy0jVFfl3tRr4uJZrbDYkSOuu'
    'a+A4Wg57mDh7xOVD1LYo4/bmBs5TDrfuzz//Q+3ZVUa7EOzbVKQLPBjbpCG4++PB+a98kD4C6cOQ/grSJ/OldyafgN8PQPoYpM8Q'
    'OPsg/Xk+qPMvRV7nAZKXld0P6a8ldT5D6n5WU+cvUJ2zq8C/OaQLIR0L6QmQHg3piZBOrypty3TyfQb67dV5SzG4w+e9O6weYpJD'
    'ugjSifXi78dCWgHpDEjXQroY0tkkf3M93N8shnmScuAXW1P7Jfi1q1h67mGrMxLlWecOjf76tUWxT0PbvTfqHdA5xfLYXpnytTVl'
    'rl8nf/+ufnjqZ/3/cT33XziUekmRToDxql+q5/xV1DOioVg7u+s5vZ1JaN4ESMdDuozQtlWQToJ0GqSrIZ1MaOVaoHnr0NiMZHuw'
    'ZfXDaxM6FuG1jexG+0PtHDoVdg86fHmuLvD7GuWef9JnSvfXBXfHosYrlOnHdPV+vY6fRQzHOYDXhg/XyfWRcWR3U360uy7wpea9'
    '+5aFvdVtGlsqrP/7Dnw7BdLvHxEeU5H91/2kjpshz4PEXgvn+S7keS6rr8OPq1gX+C8aqf3HtnRx+/p8bcAb6mw0bc5hhkpne1dt'
    'cF8Hy01UXnpEIjfp5KUnQWb5Cqrjt0TeYWUeh/SXpI4DEnnqESRX+ef/qI7ZBdivIV0E6emQzi+U1sHyrYH0VEiXovK+/h/VkQcZ'
    'KVMllqHmExmL5Wcy21RIT4P0CJC13lYb6D79e1GE3ziM8BXNkI6NKFudoqhrsqSu8RHrmo3qisIX4XJTIT2GfJ8HdRVr+b43VOeT'
    'Xr1/qhnaetle83AN5zlsfAqJ+CDTsjId9DfQGCR1Zt5uwHf9Sw2Pd1ius/qdNaV8TTl0rc9q7BjehPpZDttjr44Ta4I4RdTfle0d'
    'M1P59EiEv8N9N8tB+Jskv6jTL/1XNY8FGkXPIrMH9uX/BGHT8fpWdTjWXpw7Byo4unsIPx0CvvaS6gDOSOT1vPadDXON+aBTNPwO'
    'yzcP0gWEX5oD/M9xCLaIR8J1tBbMeTEP9rRqzlsxPsCF9DWQroE0E5EHqarmdK2c+zNbd3+oCtdXLnsIr74Hh6g+RrNuEtRXTj7n'
    '31B96x11nJv1jnkMmz6JDfWlVXy/T1K/ZKNPugi1YTjO9P34sVV8/0japmp6Vfl5qg0avMoOQxvoWvqvSh5fvJuM9T7JvcdGt9SG'
    'm9rj3l/JY7hH4eNMeYBvVob5xXKd6Xv1fXyI6mNz806D+mzqkd2LY+dl64aoPkbnTi5zfZSuzkyovi2Ep+4ivDbDl5pKvr7j1LfL'
    'iX5W8tuK8FqM0gadfPhARbivQ3kv29f/V8jlDVtbYLo2PlEG2GyOLkdjV457a+0aGL7+r4KvjXLfnfNjpaPx3CWxL7rALf29mcA8'
    'zBXLtPMq+J2gJM8A2L13kzvzpvfSMxXcD/80oiemso2pvPSHApeXTGUaUx3nowj2SURvOpvohc+whH1bgfvsTkpO0vEczwLOfK7A'
    'fb/Hsf31YH2owG3UhuPeIo2N+XY0rpslujiZjXCUOxkMfhFwcyyp40Wy7nehuaD3L0X9WYZgUh8am0g/OzS6VjZnUwp8n9zqlPpn'
    'abfgYWVzweheAbU9qTu3f8rLYUa9A+PZCU50yms75dVzZ5nrYXvCdfnyxwOQjeU/5YcvFsHmPKdrl5C6vyi5s8DadO3kUnnrjQiW'
    'SgY0uf+wJh/4Bh7JPmMOE7RxqH0g6c7R/5zj62cVuUd5DKQrCdzXRKjnFzkek2MDwfNnDWWEe3KBTdtQ2Sh5dX45F/h2LYctkn/+'
    'l+NrYhMpY3qvmcG6DI3PUN03WY/qHAqfgP75P8KlbQodpQqXlqJ5TfrszoM/CcHv1fASbRZ7Axv3HMIbKk9SOXG7hHdhe5tH31rI'
    '/UvZ2j8+wtp/PBvYwg8nHSwCXW6MeO/hQbDX+RKCwc6SztKcKa1GcpYH42PZYO6wXc1ccidiMbHLOZp8nwp2N1cIYEW5V+HB6kGw'
    'ZpD7DzY2xL7+H43TRffDPd97S8flhz8M0m3fhBiKEOvi5ofA/j8r3zM6DG34l2d53IEo8atk/OD0LL/rWU6bCv/8D9VF+789IZ6T'
    'jdf/Zvh49ZO+m9Ds7RIZ4xeZ+DG57skEdtMq35U6GnOMxb11E9r2+QyP3XKqJR24JsPXiImdHf59cP0jGFHt9i/O8BiXunVG18F6'
    'VLZdsA5UtsbnZuLFlqP4cWImsIEpl56kX1LvVNSPuOdVflyXTOBLXsebsLjUvv2PoA1R9fQevN+7fF77BPpc0byy87tfo7I2a933'
    '/+Xyvqv05Ljvd6D6tpM2tmvsl250+fq1sVv1ylyrKKuyQ/XKfBT1s11ji8Dszd6Hypj4g/fv/7k89qnJntMlwclOt/QsPal7hP79'
    'fzda/M1uuv5hfEzv0vr+v1AZE57QKzMDlTHVqbegMqY21TUuj3Grkpn99Y/ytmvOof/i6POy9ejFah3vJO/nybf/hXZ43//3LIhz'
    '2BGkL0L6wseCvPeivA+eG6TZtwbpU5D3iE1B3lsVeSncGwV5T9wlzvv/BHk73y9uw78r8lK4/4zyvrAxSL8hGYf3KvKeBL+vgbzv'
    'RHm9Reul9eeFyxaBttK8V60T5+0Q5D3pUnHeN6O8HZD36m5x385CeXdvBx7lLHHf1gjysnmjeY8T5GVzQfPOR3kXfi1I994OOAzy'
    'yYybwf4X5f2PO+De+164J39nkOb2wvpHeXVyTx3KS2WnFoA79l5x/FZdzFaTWDIVhGYz/S2Og9RBvtnGQcqh33Xw3ZM7VgPOeP8e'
    'HHbnN6gM7VsmRt96SPtPRt+6UB9ZLGD2jd3ZZnvyMsGYMD3VfME3Vm6mAObBsySHx9XeB+8OE8wLq4fFkm8A/gf37+BdcpSnXTOH'
    'srhEDRHHWxSjmcW6VO3nOA75URHxzFY3TPkOm76e5sjjg5vwXaaxm0Vyg2k7RfHEt0p0qSYxdnS+gr05ew/M31CPja5d62BvMJX7'
    '1se8j95u0Y/ehMbeG/fpMWzhuh1zP4a9Bu2h+1ULrHEH8DbjqGOjFSLQoBkS/N7llvLAUezkTNbIFsJ/N43n94a2kjYlZZeyheBu'
    'v0QW8GJ+TJa0pVdwnpBUvQ+OC9+dGo558drytXHhu0Ci+9sm93tuh2+PovNgXSwV03tFN8K3BwzvFbEYK7dluV2Z19/ecUHseFz+'
    'bij/iGV/bduE28Liv0Ttx6px3Oaw0+LeRDc5XzXF2emS+uidRFN6oKuvUlBfv6OOKx6nvt+P5ToemZ8KemfTFPYjYwMbVdPziG0S'
    'XofGeDHdJ/07fzHaYEp/RO3DbbhmbDCnujbsijgeHYTP3jGW4xDVn20tA85eiHCoT4JD9I6pKew1Y7n/+29Z0FSbu5JDTYuLY4N9'
    '0MQ/CI6fdWs2eXr6++aw/Ww/sU3pt8DdPsMy/p2fZm6H1C7RbSdBA76J+thuyA8ntfY/ivpI9ffrHXWsKps+7lLUs11hE2qi08dn'
    'J29D9WwxlEmi7LunojmLyxf3SexcZfalM4ehbmb7XNnM7XK7JDSzzXIsnx/D+zOUsofv83dM2EY6aVnDq+e7qI/dkvNY23VsuvY+'
    'hfrYLfClkBQtuRzV0yO569CTQH82QT1J822UTzmzTPXQcVsCuGFaT5K8X7NlH/si9vGlJrM+7pTcz4oj1/+qiePlDYQ3+SbhO+43'
    'sKW+S8Kr3NEU2FZTXmgk8XafQPFUbtP478B9pTbmSbWnr4nbeW6QyBkMl3ZY4D2zyb+oiduk2vJwlB68JgYsuh6ORv1ut+BTTNs6'
    'WdHWXZawamLAovzZ3xpL+22r+9WN677GcFufjQjrfgSrQ8Pz6GjQd1G/ZXz2eg2/IfMz4tv8GcCPysf7Mb/QWESBj+8070Bt3SQp'
    'G0XPugZsd9Yh+Enr4Dz4p0ngJ6Fz82N+CuAnpWPz4I9vDO5HmJ77dCcg/73UwPEnjh7Pg/V0A7/fsSXi3mCLUz+KWWefxRkAoxlf'
    'RXUOhZzn1Xk1mieRrGCzb1waAxalxZsTgMVo5RvRuG4T5Ilzniry4ePb/A9BnZT3ObwhoCO2vL3pOOYbwndo4vpD3xZhbf53sTzt'
    'sF2vdxTDdFW1FndK+F6bOr9Q5HtF0rp0D/5VRb7u4ujOfZ+fRb4GdpDx3mXIA9vixkVofFR1eumFrv34r0HjU+eKcUl2143SiEUx'
    'YNG1P7nI5Tyqf6fnwSrZzfQM4JasWs57qT4s/9N7MqI7fCa2u2cRv5DszvAZYNP7q2Go+yyo+3v1/J5UW4RzC5vziv8Q1LXNglfr'
    'suDn3iuoqz9i/3SyxxZBXUe49mPYYzCGZ9eH7/ep9BH0vq1v849g6GSlDsneOt8Chogv9/f/CDD2Exi19fzunezcptdyf/XgvlgX'
    'hvtsAnD3IbibJLSyO4J8/SMBXJnMarN/fAvBpbFSTGTfXkfsO/wzCO5miTwX5Xzt/QZwo+gXeus4rtrAxXqFNoO2bY+AU68VwO13'
    'zO8tdUnuny5DcJM6q/TgHoHGMsoZnQejvi58l3g/GXcTOdpk3/JifjQanhvJZM3/igCDypgPGsDo18C4XQBji2Vfvm4A43kNjM8I'
    'YPRZjseHBDD6DceD0YvdtQGOx5WJKF+/EWJglPs8yV//tdxnx/4y8FW69TGnlsvxJrw4tb/R8eZjYsK/VQP/5ZrwXIl8HZnYCd2l'
    'qWtfDY9xuTCn98uxBPmW193ht7lH+P2aMN6L7iguQ77r8T1/mSxzXcJwmZzixfyguguRr4LlCcpl/UNYJ+vnm2r4nrsG+WTR4Qn1'
    'Q7WC9OWkhOGy9s6t4b4UHiB3gZ+G9Bfk/YPorrB/TwvBcIm/Bfa7nvj9zyH/lh6MagSD3SOfDuksSKdoYPy9mvsDoLJwj6Uc58F7'
    'SgDPli6X7P8CeL0aOySR31hmw3+rAF5UGdmDd3019ynA9lvqT3aXI/Y7/0mLst1ERvkgKmtzDurv/2gMNhnyi6IY7WzOO1FbbOQE'
    'r8wFFmWpHHy6oOwBiVxJebEV1TzOECv7koXOxYSHnqaoozuhOqrQGGwhsvphrvgMgeHfS1XmZSn+/a6K981kvGzOEJi+9KEqjqdd'
    'ElzsstAXfB/1t0vCO3cIaKDP/6O2bHXixSDx7f8U8Hotbcp8nx+obzJ4uyTjfElV2IdLh+C8Ao/XLij7dlTWRj/u3/m3KEvx77VV'
    'nP8fap7S5/9R2xmfcCLhb5ZJ+JJJEcoy3qMO4Y3O75QJv/f3ymTgsfY9heCdJfGPpYrzRNv3YELwWPtureT3yinv9hD5vR/xcv79'
    'P1R2n4S/+42E3/ssKsvgHiC8oqzs1ajsAUEe3I4HSNnLUdkjwdfMySR21dpCaUwrFg+0F5WdaVl2AyrLfN4sJj5vFpHYWadC2fNQ'
    'WeonZwmJ+UXrPQWVXVIQx+qSlT0alV0tyIPbejopO7My7N+Njc1qTb0tqOzUerFMIOPfq1BZ6v9+Fik7Dflk9Pf/Cu7zqS2C7Tfz'
    'K/GMAM62CHAeFcDZHgHOXRVhn1n9Et0c24u+bVCG7kFfRmU6FPwm3vc/LSizk/Akr5D+XF0R9q2k4tNtzgx3WsLutoC9HvVVFg+g'
    'k4zP+QgHNkfoF4NzsqLubkndRyvq7raoezqKObLF8J6KTn5l/lnqUL9EPthEuO0YlKG4/XyBj4Upfy86d91f4HVTvrRDwJ/6938U'
    'ZXol9dxjUaaT2f8alKHnQ19F42LKt4vktk8Z1L2L4NWHDco8TcpcXuC4SMvo4u3o+rBZMBb7NWdyIjhvQm3UrTOdXoaeua4umPkM'
    'pDZmdA0tiAiHrqvDDeGo7nX79v8IF16S2GD2krr/kedlmJ7pD444jgnr958MytA+HkBl1rnivZT6QX8sz/n8lbkwD2+r6/9BnvtR'
    'fIDw24xnfhzSJ4BX/k9UhvmB/B8Nb349KsPg7dPw5P+Oyhwp4TNPRzFsvTIfEZRZTnjiY9Bv3+evoMzpJDbuWlJPPyoz07BtnYIy'
    'urZdiMqcKuHxqVzwOlTm9EJpWRlfvlpQZi0ZA/ze9/mvKHOqpMzMPPeV2aY4n/Xlf0Xel0neRsAdvDa3GOzHjF9wUV0qeyPf/icX'
    'ziuy//H1fyivyq7DP//L8T7Y2mr4Mf8ilmc07HZJeRPexiv/DUFfKR/L7F2+qMjbTfjjTyra1W3Qrg+gumT6TNauy1BdWyPYWvWg'
    'uigfsZnQ/3ZJXaa+v85T1EVjmbxGkXcn6cMJgrwi+5ki6Atp3gMSfrUV5e1xxPE+2PnT4TA2Ue4v+/w/qmsX6QPen30faiivikfw'
    '8v41y/Oy2B6vk+gvf2+Ql+nb9ivyHk/gPmqQl8H9cZbznlH5hSLYVIwvgx2yf/8vy/2zPk54gicQD+LH/FXk3UfyXoXysliOCwVx'
    '6H3+H+WlPADNux3lpbqytUiH59v/orxLCZ8wE+35vv8PlPcUQd2YLzhfkZfuuadnw75B6Z62WpCHnu0cq8jD1t0CRR52rnqUIM82'
    'av8ryIPPtPz7/4I8dP+tEeTB9tf++kd5RLZbvv4/w/O0S86HnssEvhVt7kX79n8K2Ix2Pk5gm9w99te/APazJM+dCLYp7+Tb/yLY'
    'HZK9+yuCPDsJ3/J5lEfEe3l5/k2Rh/FPV6M8myRy2vtQX03P9H39nwB2L8mzDeUR2UP7/j+gfpv7q/75v2G5fjK2r7Usx+o7HvVl'
    's6RNSwV5aP1zFHkYnGmCPC8ROBMUeRicBjS3pvpEf/0Lyu0wwP8XXF7OVPfnlfsfl9+Vimtf+bDLx6VLQid/pMjD6PYdKI/o3N7L'
    'czPqrylv7Ov/FbA3s/s/ijyMln9CkYfx7x8RtLHDoI2XC2DvJ228RJDnAGljj1t61zfO3F6E6hPdG/Zj/qA8PRKd7+mKPGz+Vwvy'
    'bCF5jhXk6aP7vyAPxbWjUB6Rr1p//3fDdEvH//v+/yzLsTa5MG9x72/6Mb8cszZQ2XOfw8dFZF/i6/9Qnh0SOeunKM9+CX/1Q5RH'
    'pHv07/85fC2Z2o745/8Itshuw5f/BWOkswX2+X8EWyRT+fp/RR4Wu/A9KA+Vi46DPLsVeVg/3qHIw2SwzWgcTW1H/PXvBP7qkrIx'
    '9v1/CMZdJ8exmB/1ljbC/v6Pypnapfjr3+HxFX5D9MNMvmsW5MExhmicBprnqXw4BkIB/u06PCaW65jHA8Dvq9F77HOdwaiAdW4D'
    '+yKA618rcNVPxh3djz8wn3PY0xAkexzzp+XgnMhzmM1NEejm29J5Es+TE2eeHO084XVM11vWsYtxkM6fYP72OKvIkFc6TnJTaDo3'
    'cee2Bcq78L4Oyo1Fef1zOUgnDpTiRUHxPS7OMdi7Ib1oYGjHJok22MYfyURoo25/zaL9dYJF21m/bWj+YRHq+LZlHZSuVUDeLPzh'
    'MiI4qnmV1SviV1RtrlfgYdzyXn9PRLxZI6QTAae8fCthnFz47kr65vX9eMN+M9xk9Y4HvR7m3051eCw60TpqhfRCskYaCQ2qBRpU'
    '5RxEYma2L3xc1BdDeI4OHm73LEjfQuizY4CvRwD/3gIwcbsqoV3svuEs1A9Rv0zrZGukCfJUIdzPQ33OXse59jE9nhYQ3jWRPSMr'
    '2DOKiB55bV9H2ubJrB8T8hWZV/XDcO8fwVI6+AwMXHYZm3P0nOhEeFoQbWE4ZDp3KnlwPOA4/jbPMYu9GKdNTY5ZbMEMyMcYl9+h'
    'WA8toNNygZbVwXlRNYN5CPGrFiiYtZNhBrLWgguaZ9unKKDRvl0U7H14LttA/8fmsgFwYIzD458e3AtWBf2g686R0FQZjrmC/fHb'
    'ZH+slOy1xQD9Dvo2pzEUt5GzQpN7DZucsJ9Z3z+Aw+NeXg/vPgTvvHwPTQf/QEhX1IraxfZD3z4I1j2OfboI0uOccFzXxZAuJGMq'
    '4mNF71K9gmZNbtOqBhSPXoSlvIVsLeQEvMNSmPv1kO60lKNk+epQvvHwx1i8pOGz/eaEwR8rXc7TZRAvVElo0Dg4yxgwrI/KdyW0'
    'SsEfMFq3gcB9a7pGStbInrc5cZ6MbgXVE3y8FPHK6by/Oua9CeZ+IXrXqDhXmZvAuUoL1Os9kyFPHcIh92z53kDb3xiBv64k/PU0'
    'GIMJCC7lR3C6TaA7UJ0Zu0j32MTu/aIUx7rH58M4ZTKMSl8ukoMZ/zRpMdxLILySl75ybymvdA7KUzlQmqdqAOySnSCGpPfubEjP'
    'S+gsLod2eNn+xvwLjIE6zhKkNrq6sQjW5Fw4jaL3M9WD6PRXjZbwGlGaATzYBuPXBeswb0RrB8Ws3CjnQ+dSCmN3DlkbgxaLnmzt'
    'qvztgwLNKsTH/hPQJzbXrkIP2gCymGwNUVztBdwwgY3XQFah08f6yPlIDnMM25UH+mJ7flFP8iWhL7KJrx5HrmT1ZOBPNrYsXjyl'
    'NY2WfFsjvJed+zTCe138eZlu3xXAcy1oGMahoyAtDNjRQbZH47EoIB6C6f4wD9yI4DI8sIXThHCoBeSrDJSZmeqShbpkkdwgIKOR'
    'dHiqc8xsmfHYpwdvAn+HFwV0QKVbo+uuCN+ryZqYS85fTOwoytnHlg8EaX7P6O3jNz44+vu48GtBevU9w9PH/BD08Yk7Qaa5ZWT0'
    'eSjmNXcP2GLePbL6yPgmfLeN2VXXCOyqO4nNNuZ/bPg12r5aRfsmO2LfMh3Q/ymOOhbSeoMzkGfJnZjLFfW2lbHeDcC/Ult2XN82'
    'cj9A5J+H5TeNI0bt5mXx2FU+UZiN/GLgr+mdEBUc2/ZudMS+SOj9FpN4Bc+TOZDhtMk6Xy7A7WpL3Da542aKfxjH2F0Iz65+egL1'
    'mt5l0t3XOdXhvl6pL8/NCfV5HtjUm+CybhzWl3k8ksa/GgX+zXHM7+H1SugRvmdseg/I5o6Q748adLWtcEaG6x/pbb8Itb3tEGv7'
    'PIQj2x2x33ZZm4e6rVHXjcg+ebeCP64R2FRWgK5L5NsNx1sV0YseRxyLZYZjF8uzwxI+PvPQ5RWNbUFCe0xsRCsITZLpwUS2yCr9'
    'HGuHqT7Pv+c5+LcWlcnBn0q/yuyH5sHapnoxUz1uZgTUo9K/inSkJrpNlr8ayuc0NqWNlnqiiQp7+WqBPBP3LoAIT89GttOYhrAz'
    'u1Zk3zVBoCt3wNYQ68qxfe84gFUluUtRHOBnmA6xuXUgtYHdKDi3PLyD32Nk79a0gx8DdE55z1VB+m8dQbrpYn6PkeVZ8yFxnmkK'
    'OOPeCH4MFHD+8Qbuo5jp+V++rLT9VYJvrB+UtuExrhooPT8x3VNM7Z1k+OTbIS40r288nJ+KzkOwbpCOBdapUZutFuBPsB36JsCl'
    'qPato8x+JBtdK87xQfns0VviyXgZSh9szq8dgkOHw1q7eB3ED0PfvHWEv9UK6EeFgH5E5ddka6so2SM8XP2chFYfuJHvd3HHaO/t'
    'QXrXfUFbmtC3q0H/95Obw/er//bVIP3Et0Gf90h8OdDmHkgL/HbRfsT4WQarQXAOmjeQNRl98/4uIfStlYwjo+GLiE+w04l//UXE'
    'V9hXkO3ITOJ7czUpcyrxAcpgzwJYn4C9BvszW0Las1TSLhZLYIoj9mvKfJBdpmjvkRK/o0dL/Kl2Odyf2XJJu06HvG0Oj+dF652r'
    'iaHAxudsNE9rScwGCnMmakcR7nVQf7GLJGO6usB5jLGasVpbEONNq2SO2T0rkf85VsdJkB5H5pS2Ybak/DIyT3QtM54iLs2rVKw3'
    'Gc1jNiHfjkHzZjv2ceZvgm9/yXKd7zxHHSMyKuwi6ADHJNBO33ck6LWxvN3vhGMwmPrPjePjKI6O5AujpB+9SJ7plfRHdKah9R2F'
    'zsOwj0Xfd6QT9om4keQ5wwn77cO+mvzYEbDH2JzNmPhjxvoatj7LVQfWM9GYJDvKqOOW0cFqBR2kctV8S97oYihfDf0qteE8dGx9'
    'suZPzs5+yL8XVxb7oaTu/0Xl6/G56nqiN6V8vUgGSBrPXfSd2XCmd9tKbYqnneNcBeRpCmKTTJ9pJvZs1F48Q+akAvE33j7VMNiS'
    'xin8u6ltLK0ni+pR3SnDd6jxHVdqw6q6vyDCrdGOPyb+mFT3q9TG6N7o6izaA5sFTB/S+1nDey+P8UA5S3t0pt/ZDik7+/3/7X0N'
    'lF1Vke6+t2/3Tf/R3Uk63SRNaCCBgElolEBIAFuMgn8hEoaA4a9/brqhO7c77e2EtIBBEFH0AT6d0Rnfm3HU9YaZJMPvMsHnM6AQ'
    'eCIKii7Wwnkw4HqGN8zoZJylI5p3T5+qOXXq1j5n73PO7Z/k9lq9TtLnnH32T+2q2lVfVSHOZFGq9JkR9szclMdL0H+IOl69cA91'
    'zAxpm77XrLzcwL9X+mcQy/OvqvQbN8C9/0fuDbO+vS7cw779XGhznJyzsE+9TBfFOfkBeb+HjekpR/ZWeFeFd1V4l3EMPp5tJL2i'
    'jukVan1xbf/S/Xd3V/HfXeE6axrjR4T2mxNqP8Pa1/qdof2wNquF8+SNyotNbQReZ+MLO8rpu4q4MTlZJuUS6zbRzR2Z/TVVmiNP'
    'Gchs9FFdqLycMfi3xRB720b+9i3l+Xrwb2s6S8+JGEM1ANcCXNeqaDGrFXqcPfQ413Jdb2D+3P7KmvI17Z7uNY1rx5Hkyw3ABxpU'
    'JY+YLo+Yo7/q7YxTZ0ecDgwc0ga1z1Ry0s3enHSJ6LOMhmxwZ6ZtxsHE0Ng+Zw4+RM73+19wrw0/9mLjnGfWEb2p83GoyXBQbu88'
    '8uwJu712pGdXkmdvgvbOfl5+9hTy7M0Putclj5fG8jWR88zks89BbCNgeZ4GfNHXIeZx3wul+J9HoQ+vPOFvN6rvoA18vHRd0kqf'
    'o6EZcJqIM14pnCWbQTDaxuLbxPCvZH2ustSdTGVtM9GZTezwNNfQYoKl4JhapcF2mORoMskFF+RzoGOK0hbPW3QDm3eOH29i9LaE'
    '/L+ceSlNaWEuO8/dT3BLPH8l3Yu6/JW257MszJdpTEET/J/HBR+nSn3mTRDjsNpijaZiTUxzJ5rMRVCOrQYmG2sJVl83fokWzhJo'
    'YTnhRxIt6GK2F4OtoJzzjH67sDjvasYXNgv0GJZDiO4LXb5c2g/MeW6jf5hiWU9hGFV8PqtK60+cwvhSJ3mnZQq/3RLh7K+bu2zE'
    'uXPGf6cwfpqXLE7OJJ7zKCzWymbeC9fa2UxM45xMvz9nwG6eT2Rrn1FyPYM5BnVBdLm8TicxKTj/1ZY0RumyQm/eeq97cHrp7SdP'
    'Hbv0hm1k4SVbunPavJ3YRGqI3KNxeO3gU05BG6eBzGpVlXxg+IP2iuIc/Vbv8Y2fD4yu0zUqWoydLjepfZ5Nx7J89CbahENwcwQ7'
    'uXmcGvupgoXpNjGoA5+/OO3Fp2y25J/XQBvnpL1zHm2jSoXnjT0t7erwVPfn2PJtSs5jEJa3gcb/45myPu3GoZQr17GU5/ifU+Z5'
    'jl9Luf2o+KBEH1SM+gmheyK0bdszBdbYbmUxQCsjYOJpmx9JuXvWRGY3adp4X/EPq0gb0t7ZouzzUg0qFo9noQdJ+aiCcm9we9H8'
    'lJufW1dL7UzNPV0eDNt2nD4cBj7VBnxE0pcbKjjyILxcOf3MVuuP+fVvVW5uGrQFZQ1iknrLFCvlxDotZfaqnEaO7VTmOd54DrcB'
    'wz3fBPfnCfFbUv68QWanK5D/0zrZEh/KqdIcif2aeK90DJ6ts/MdF/GMXqkXMvvx6LcRWy+3aVbqxRzd6y/ZlcPW3IR3In+ktrpT'
    'GT/LWfgvRghPjBofzPM8NgH/XRxwvuK5Pzlfx/falD+HFtrQ8H1q63K+ewmRdX1KzpVmo5uOsjbyyjzPKsY6OP6GkzR9GmbyfauK'
    'H68trQe3zepiy1or8qoiryryqiKvDNY8Kn+SZFg141eIC6H8NK+i5TuvIt+kORQ3wNlhpSrNSUi/yXOCtjEbCZVJUn/oeFFWtSmv'
    'thu2USPICCnn4wryDtbw5rlbpb5QOUjPWSPkzKSTC5VzTEUuVORCRS5MhVxAXsZ5H/LjFOPF70t5fIjKlEUWduG8xVmJ8s9JW1bK'
    'lSM2Ojm1UW1h7c1LuW1J5wVeB8LkjNcryAXTfEMDrG//BHOus/XT67BGlvYJstFp+0WgN5O6ETnNWjgx5QvZ93osxj2ieXeYfedv'
    'yZluVDjThX3HpC99IX34NPgx6DM7VGmtD6q/rFBy7qcgGsjHoJfriX2iR0XPM0bn16RWSI/S12ahuFzJJp5Xco0VaR3ijssUX5rX'
    '0D/lB3R8XP+dS/TULOi9lF7GDGmWz4vzrceILZ/zglHNPta19T9I33KGtimd7chp77+SfXoje4bn05P2fFwbDObAO7nMNileV4jT'
    'BuYEXVxmuSKtwdsBBzfV9i/Mf9zC+jvM+jCg4QNjwl6qDjgjNVXOSMf0GSlVOSNVzkjKPO4YzylrlX2Nr4Lgx6c6Sb+hbkLfMZVB'
    'pnraGOPFXSk31x3lxSbyro/ZsV5nZ4SChR5VMMQMmermg6q0lo/J2klrReW2VENtkD0n6YKYm+snCchPesZeorF3huG9pPHnQrCS'
    'OP4xAedFbahoMw2q6cR9jUOa/TPOZH5uBuiN60A2BNl2ua51LtE1h6ZR12wlZ4LtGp1Pp3u+HqB/ZYEe2xg9ztHYys8wsElhH1qA'
    'd89VcgwfnqW43lcbUe/Lgt6Qhb+b2L24/2NEOLNGqQVFz4Rblfl5X8Kl0Xh/yf/A99pKAZvVo/w1bpeqUjw0tzcNwbMLyb7ZGkJr'
    'g6q0xtpOJdeFG4s4txJGDrFre9JunQk6Tz2CnczmW+NkrBIt9Si7HClJ0QaO+V0BtDHG/IDnCLTxJntmhTKzv+Y0uMU8a+942N9c'
    'xoZhGusFjOev2dhpbPjKtBuYQ+fh1YhrvXWGrvV7LdZ6LZl3E5vPVK7/GxHXPx+w/ntTbh2bsHFye+NOja8kKf6QmyaaQdnxYcK/'
    'B1VwDYyc8ueiCdPXUDYtikgvpmPDfi0muimVRXHqDtcGYCMofS1IuT4CSQcbi4lLDBs7fXYr0+eni67WKTs/3XiAzjt5nhVwKFTO'
    'I869kektI5pzbc5Cf+lh+najQP89rP0xgUY+p9yazVkSe3B+xr2uhusFcH13xh3PHJizizKQ86nDvX6yw5tD51mn/asIL70Y2unK'
    '+NfgXdDO7R1evz4A9+hzZ8Nzt5HvrGJ9/GDGkyVIO3hvVca8vbVwXZ/x1nEum59VIeNwnrkUnn1vpvRc9A72/oXw/ic6SvkA72tU'
    'PfQCsgbO9VzNmph8zzQ+Iqx+gc156foIMVBHu/1zMgCqmVspdyVj7CS8Yr7y166luWlM62QkSUdKRc9/0c3oiuepL5DzB94bJ/LM'
    'uXem8nIVvaK8ek5Z8jeUMYgDb2Tf6VSluffpOwvIN26Gv7WQv61QpbU853WW1vJcruS6sabztZH836Yuts+v0Q1Ll5JpLOl8Ie0w'
    'dgXzIPRHBeUptf0W9pHnacQaL0oll2uoJgbttysvl5wzP81d3jkA7WbOXm/p8v7f0mWX082mDqJtzspVKn6OGom2pL/hHivX87TO'
    'Zdwx4VzWwK9J3rYWQhefYXsXdYHLCa9SxHdlMydrLJ7n+Grb9+cSW20b0LI0rpWEN4bpUXUR96/z/XcIvhPKmz9CzgpLWR/fpvy5'
    'Ok3nQLKFr1GlMephtMmxD3PhV8pnF2dfU/6DYz+F+VdtfasLCQ+iMdo8P5UJb68hz9G+xeXj6Rh8/KOaeewhYz6tRFc+tvMmqQCM'
    'haARmyvRGr3BhFZThGfx/Gtf/rB7PXGHly8H7x2+Amoaj5XKiLXj7vWHG2Qfls6n67zz+y6/b7WcfcmqaPnKbPL1m+6nDuXHkaPs'
    '2qyJG7pG+fMaRcm1JvHpzYSGkNf2A49uJN/oHFJEkw3GqKC8ozTWzOxFoyH2YGrXup7YvkYFDLDzzCZi+xkwsN9tgffeF+Dr61X+'
    'nBkXkn70MpsZPrMK+hFm99su2O6amS1tu8U42ojtt2D4njT/WzR6G+7jeZp9/M4Qmmxk71UH0OQ1Krm6qHH1BBMdTdIhV1rqeLb5'
    '3Gn+9maGbeH4vknhskwvP+j6tjC5Um8Ya5Mi+yIJ3tqQwNmt0WINbLEOUfXErPLyuxVCMAu6vNo2ed+cPm8jsRvlzkeQi9jHSzR9'
    'pP0YFs40FLeB9m4TTJhNLfJqdnaWsOVbDWImosyLLs+tCb1RnYqvI/ftFTS+Y9SbbPDFEs9PIr43zt5uJvqBKWYlqf1+smGcg81+'
    'NPUr5ggPmM5+IN7hUpjDqHsoqN+ISZwXo326B5aQORtVwTGctphe07w5cXkA55U9RF9sMFi/cUE2jhrGriTJMxYkwDMWBmDe6Li4'
    'f32rIb03wXOnKvsYWJM4zokY/eJ8jGJ6+D4ZIRjHuLJUyrHXI2Cy+Hq3JLDeLcos/kzKDYVnuUaNTtIj4Cpw/efGwPQME18cjU2k'
    '8bRR2ktCjl2szPKOIM9pUva5QppAD0wyZpTiIOLGjEp64T8BZk/nh6vEUM28GLqPEV8C6so28qqyzrMjVg5zFsXVo+awsxTHxK0k'
    '5wsTux3qYZ3Ki5Pu1WBuo8oRjtul/aVzUWsxF23gL6ZzUwfvtxAcZSO8R2vh8VqCdSq4jkoYviwKvrQFdFmOLZqq2odop6X1cBqU'
    'XU3EFWw8jcq+nnSNYK9Mwuaajam3oU5Fc41JcXYmugDW4VyggmPqChY2sZ0qXh1O6htPGqvSYDg/WMOenoek88C4oKfzWFKbs2tK'
    'Rat/iTLW+feB4u/PK/J2xupVe5U/N0HaEoM/Wln7Wbn2GBuFvl7MAYX2x1OFezcQu3qt8F4zOw83BjzDca0cF9DP7kk5i6YLJ0ll'
    'H89FVoAx1IXI7SZm5xuJKaeCMF22Psqs8nLySPUbpHxtN2pkzgBrZ0LJNSZwnQuC3bKH+eyHSP9yyiyXhZRbgefy2qHM62WY1K2R'
    'bCi2NTqkeP4+5Y9pRmzgTKrhERYXX52A/lQfsAfpnppLsBq9hmcx1JfKoTtO5djnE73cduwmfvTZMAerYq7/UmIb3cb2Nc9nOczm'
    'jdqFB5ScM3CLQZ+GjoJ1oGc7m3UYVnLelqOBNt8GthbTuRi3kBdjyj4Hpc2ZcDbML+6/OLIO78/2uViR0FwgHuV4VZrvd0SjswTx'
    'Pilvx2ye5y6YFxNfvakO2MPmPMm2q1Kzf87XEN/vBJMTY+zdG8l+eNsU8F7n2pjynzneZGeRsPElvTZ1CaxNbcCZg+qetrnPxwJ8'
    'Hzy/+1Lh/CrlZxg25Hu2Put+5ktH24TTt5MEbI+pPXzAoi9S7mmK2ZbwD30qfj5HTlOZBGlqWDjfT57l0vpnUB+sJc9s17TjEEpW'
    'eMa597uUd14woQmeq+hQxPfx+y+lPD1ZmgeeUxJzQ4Wdyb8b0G4uRrt7Up5PdHtIf3VYLZPzwCGmf9wT8N2xMn53G/luUu3Svupo'
    'f2PK9eXyZyTM1njAmcnU/pMPsFmZ+t94fryTyRgKs3QMvwZ/nGlfTfF22zUYphdJrJDN3AS1eYBgrHS42kMaXYZjlfcor15CXtBj'
    'TPLlmuAvdPmIpXoiJm3q8ib1s303rvT1KsvxXdT5Nk3xd3G85wEu2wSLaVMjh45vqtcyKT3aJm9/GEa6PgF9abFGZgwY6pES5iiv'
    'gnOQTYCfV8JjFjRr2qtKc3tPFQ+34e+mcQuYJ5DO9bjS19eReJjpfC8m8ma7JbYmyvem0wdpsm9qEtg3zco+rz7yxzuJXYKvx43s'
    '2Y9p9qitvAvSM6msRjvlNcRHGtRHSecPwyuGnQcunCa51TlNcnomyZRaFR/TMGypu0p5A0Y08kfiv78QYpa2GuD5q2bInCfNj2zt'
    'Bf9OfIyvCGdJ2/b+kbTXk0B7z5Hx0VyzJu047/+vgPFFac+pz7ck4njotw9pMC7DKrwWB7Vv3gn/T2L9ytG/awn2tJ+13afB6m63'
    'iAPCdVlH+PcrSq6DUo7vnhoQbzQQotNx/kRrioX11SRmCXGaJwt2bkm3G1flqTcYBXdXDl57fAK8drWKXo/HNtc1foe2MWSxtynW'
    'S7feNK/Mnyg3LymlUY4Ll+oTUd9J1P7ReBvuK64G+gmqvx40LprLYYeGX+VVMvWbciF+p3YYDz6fVqXx28s0PFdnt+U1iDhOctTC'
    'npbT8DJci3eSs8GEpW/TFDugqz9FdfSpHLMU645reD5Zw3LHV5dDd2xk8zUY4ku+jOhTfWzeDkWI2blQ8PPa4kqcdpxcm2dEwIXF'
    '8cvb1n0uhy9+Omjg5oTW7EaC6Ru1kBcFFVyz4/JZQgtnEB+7SRwp1xslbKQOK0XX1mSe49AqPdNXE9p12nx3AP+IEvN3JpGZNKYW'
    'MbftIXp0nLhAmmfIJg6Y6zC6ur9J2PhNMDSDmnMK7qd3EB5RUMG10grkXJREbgyKQR+1OJ/lQ3BAzrkom/LH5qYtzxs2tSKOhRg0'
    'ktUW0hR6fzD5yYTct6H/TIL0vzMC/Q8nRP8fSYj+LyF2ii0qODdSb4AOizERC4T5MMWc6WwX9Jw2bDHGoQjyQ6fbJxkjGBcnGUS3'
    'WUM89oAGJzSu/HFxdO7HNTikoBrKJjTZa3hGpvpDrQbjijQzV+nzGlKfAMeW7LCUxfNVcjnJCoJ93FbvlPxLTXBdIdwLa3/Coi/8'
    'vBy298N8fmfDuX6qvyvFd8SZexN6blfBNZQniI5pm2/xTCKncA/fnPLXnt3B3jmZ8IQdyv9skn0cZ/7jXIg9r03586dSDPSEBqvc'
    'BnuMvlOjSvPKmsTLOdfDZF7o92i+kqm09yRxHmgNwGBxHtos0AbVEZz16w7AGUht2e61VzWynvrtWzV4IqS5W1P+OKHtrO2tjCap'
    '3NCNOyiuoE0TVxClf7r4gA5hb4TN7Ygg36X9vTMgFmAq6T2J3MEzMT+nEzN1vIXNKco33mB6sU0OYUlutcb0i3Dcbwux0YTlZexR'
    '+vyWVao0HyXOa1Z581yOdW8CGm1Q5jF4Uk5Jp077LYzPHbbAfnN/0IjFu3nDd0x4S9zcsH0WftKxCN+t5Og9dnjsXVPAY0eK/74i'
    'Jo+Ny1NNfA68ZomEAZH0HKpzTNU+moxTTrm5423ntUfJuYnnM77zqjKPk+RnPFvdsHqK5+5/K7fO0WykyRpDmsxqaNJUBt8GMtdG'
    '/gXFKdjIoJ0a+TseYc1sv286PlN889Ekd2ne30VTIIebwFbRHoKzHFb6nGc2Y60VZH9jArJ/WZnXeMLQr8rpwBn/gIUOEPUb61Oe'
    'TWtbjL08kiD/LYfcl85Wi8q45kmfsV4ntse8Ie5bd8YyfcdGthQM/Sgm56iCBks6NkV8Oc6edd69KaF1Cor7m1DB8eO2cX22vhPO'
    '1ydU9JgiXSz8TFzfILtps6APmsx50jZ5LiebVHL1aUz8MnTeEGv0HvDR2sgT0zxPN2pwCjsJlmfJNPmIpP4E0dDCENt7Ev6fqmmy'
    'hydRJ6nBEK/WBH9bocEe5gUZQ3nPYMhablX28ddhmMgmwGOfMo19kHLcJWU3N8lrRW32TczPM6bkmqNBNZR43Pd2DR30K7OYy+my'
    'c0713nkvORv1q+C8yjkVnFu6oJHjYfYc3bd5XoCp+F4YvSKdUjw6p9chFR43x+lypyH2LMyn5PTrAgt74RaNXNxqgcm5UdnX5B0S'
    'cN9h7wxr5uSEKbSF8DNb0rHpWYJZ3GHhZwrKG9IEtFqviVsaVMGxmVRvmSfoLUG1NHh9Iq6bULptF/B3puPG8b6uieG4h8yr7ZlJ'
    '2tPDBHM7T6NjDjO+sFXDx1AObyGyUKpnGBRztgnGkOS+jxIvIvWtS3mx8VHqEXQqL54ur/S1Lk3xnfydgjKLp0PMZbvy55LAumKt'
    'ZK+nu4NB5UnlktFhejsT4ENZgQ9hHtrVAp1GxThS/tKoOReF2f+SxHwE6QAZCz9ODuYQY4IbgH5sZQz9fs0U2/43F3+v0uwTvo/y'
    'Gv43YuHHNM3HYmozkOLATfSaqdL/pbr2kq+nVnPOwfoNtWS/jgTI81rWfh28F9eeb5JnYFjJuSabiC49EiL/pDHVszE1KH+dolNm'
    'AN3y+McxjRwbspDhA8JcNJYJO6OTBV88ymWBk2NsudLHZAb1NxPS3+oy9PcswNcnvR66cZRT7jpz+lgI9kLih0H8U1pD1Gk6DdY5'
    'qt+kL8AOQX3s5WrfRAa0x/DXhfG+dYT3hdnmRizaXUn2pym98xxHSfjVosj6eg1OCGVYVnlx26b6pvONL5FYA9P3wvp9u7KrczCi'
    'sUNsA3tznHbC+nqlKs0VMaz0saTOOx8Q8HdB74T1wcktvMqAR4Xxm3LsR1s8Wk6jZ0yXjXxuAvrMcco8HhhrqeQC9KBrgRdJtmXJ'
    'hz9T9Jsu0m9uxzHt93ToOUFndDwjL9T4jyQ/k639D21ElwjYuCS+UyDr0x7Cl3os/CC8//RMkkT7hZAz7Wz0p9nwCtQnfwo+XtM4'
    '/5zh2pWbf0TxNzjj/XPl1bwox3in4vzhPHOeKq2tZBvvPRX8Muo6UX6f1Bin62z49pCz4XiI3pXk+KPoaDrdH8+srUpf3yQoR6QO'
    '53ET8S/llZyndULz7g0J9gdlxOVETw/rD75zsTLLhZAzHNc7LPZaUL9OMsS9jVrs3b4AG6jOT1U7jbI2lYCsRX/H/crLl4j1419Y'
    '4tUCryU+RRyn8//TBdwIn4NRhrkw8RkOCD5D9AdK/KkcdSJx706k/HRwmO2zi1J+LOtKFVxjshmeaQJbeZRax7weJWJCjk+Zx+qU'
    'q9ZxEufF06CP52fc6wcy/n22OuMf37vg/u0d3vjeyZ65EJ75BHlmLbT/QbieC9d3w3VVxuuHM1dOjOCFKvzbXfDeedCHOfDsRfDs'
    'HR3u9ZMdpTaCqRybSd+ccX8NfJPOex8yfC+ofzZzcqzN9SUEJ3hBxj/GSzLH7rzY4qSc9tdlSueC9ovyFR1Oan5Csp3jwtawucD/'
    'r86YYd+qEvIzOn39Tpd7faDLw/ihnvx3cO8puD4C1ze6ZEzNW13uv2lcNH3/Lbj+Q1c8+dNI5nwNXBcekXWldIJz9eUPu9cTd3hx'
    'aHhv7bh7/eEG9x7VsQ5fEX+8NrlFj/IfnMYlKvpPWGrRsu65P17hXu/Ne7kW8d6CTf577QR3ge9dPOZecwP+ZxvJs9gOPnvnpf5n'
    'p2Lvxc1F7rS9sdf/TXWde737i/r+Y80Pqf4HjYfAOX8g515//0V3bpYI967d5fHHWiXn0sbcmfMJ7/vrze713F73+i8TpfwRnzmH'
    'PcMx6HSMmYAxRsmLi+P9BdBU/Q4vpzXeq/5TmKe7/Vgo528PftG97rrbTIZlEtxPQzBvP+zzchjye6mb3HuLyLzjPbXe+z/NITqp'
    '9/T526brhvfw/dv79HsL60PMV/4aH5wWay4D2bveixnC79XD2nx/o3uds6l0jT4AY1ozULpGeO+6G/X0hf2sI/2smQI95IF+9/qp'
    'nIcTwXtXA++q3uXZkvBe+2f895bTNu/231tK7p0A+3rbdZ4dA++t6/ffayP3PgXvbdpcOvdfBXo44zOlc3/wPtC37i4f/42LZU5y'
    'T3J9qDZAj5JszscJPJuO/fOgS+a7/DQ8V8PXXgXaP+2q0v7c/Wm4dpnxriTk2i0H3e/Pg/9/4SE7+8vLT7jXzG5/jJ7zt6698dqK'
    'U7O13kJXMG23jTzH81bc8mS0HN1BsTR1EWTp5Nn12+XlkS//yL3+do+nN6Js+Drce/YpePYRL6cx6oSF59zrB593r6/sdq+795fK'
    'tlM035wKvTFqXttm8I0G0eFKYr82oYWwmnILicx03k0LzzaQff/2Gd6/d0xx//jaZyOuvWSPOD8CnzlO2IPUxnM/XF9Y4t8Htrxn'
    'G+wl9LENA9+ZXKtUetb8VJn/ZEzbdKagu9udrz8eOZKVT+jIiSyLisDa2P40aeLKbOof0X10Kur7R/RnvDAa6iF77rQSG1H6mP6Z'
    'nKgy0hDlMyuZzlmrsRtjPfUFxB9Pn2kmmJEhhnOicUdDATE61TF55oUqmbjIVAwZfiF7XievKI9u18i5ljKdYYNk5DK4bo7IK7je'
    't/uAe/3eM55NAO/dexD0vn2e7QJ1OEdnc65f+qZ7veDF0rPPV34AzzybnH53AdHzkrSlNpJ+r4B9NK+zKEM7/e2Y6CG1cGaaA3sI'
    '9f5m18Qo9jsTg1Z6ErTnp4/GWmG3uSYtFZURGzxiowd+XtDXUsrLO1jR15isVUeqjhZ9rZH4pZGXncmeM20L63OsJ3+jvkG118OL'
    '6vj96eQM7zzvXL+peZbaMVuf9p/vqR3zl8D3dx8stWOmwIbw+IFSebHvx+71+Wf88sJGvl9gOX/txB6Nfo9q4P9qt1Jf+5l/736c'
    'yJkp87Gmj0Ke3Mx3YiQ12f3pLP2Tjfw0Xf+5MXWtrr2eXtUEWFvUp/a/4F4bYA/86Cn3mTzZn52Pgy3woNxeH3n2hN1eO9KzV5Jn'
    'b4L2zn5efvZD5Nl2sOc++oT87EXk2ZsfdK9LoN+Zg/6xnUti0G4G++FboE8+/RDYHuE7+17w6hjjnD2KtsYn/O2eRPqQAT61+lty'
    'fxeQ9tTD8jPU9015lDSmOPbtZsYz6sm7xT8G6jC2OsjbBRtCO+ikVMfFuXkbzNUKOEdKeaG6ydmFtlFDnkf9mp9xTd5byfocxS4f'
    'OMfp/ywxFnuOK3q5gQwIme/An3SyennSfst2wOzR9e+H9c9U1r+KnK2incvCDmYJn9skec4xUlQ/5pgoqh+/c8J/j+rH/wH+64zg'
    'S8Z7f3JnfHtKHFo8yiB/VQy316ySZ0ihmECbteN+LmqfbCfYmgoPMuBBad0JIgEhVJFRFRk1TTIKzyunfA5wlYAjXPBx93rfPVBX'
    'jjy7+7P+Z395C9in4Nl+IouwXac9zLGVZe047zv3rqAYZPb9S6ndiH3vEnLvpEH3+jvAxr1LuNd4dSm+76uAf109WIrvO8TuUXzf'
    '2vX+8S0V7uH4FgvfO2mwVO4fYveo3H9+O+B0LyuV+6/BvT/cVZH7icv9XWWU+7sqcr8i98sn9xtiyP0+Zmu51sI2kT7KOYMzBU9c'
    'r+L8BFIAt521AX4D/QoUy9tZWa8Zt14UlxdUSyMsL3pQzUWpFkBcflEdg1/MFrtw3DmqO4bmKKWS840l6Re7zsAvdoWFX+wDFn6x'
    'bgu/2CoLv9gZFn6xEy38V/MN/Ff1Bj6zqGeKpLFvpvipdvJeE8FvtZI2EVtB5WwH/LuK3C/nN+cmMJdZFQ/Txvu3XBjPMvY8Psex'
    'dtK36J5GjKJJ/jiev9WBvZ+szHPL9Snz3D+9Bs8cVsnkrrHxw87VYLl5vBA96y1W/jhP9IPq6GfOLKKfDkP6Mc1LF5QLl9bEtqU3'
    'qpvxXGrjRykd1cwiOjrOgg9h/jeaC6uH6faHIvCcwlFKB7NJHrUqs1reJvVjeZ2THYwfjCizvJezff3TMdbfBgNzLNgt1F/9p5mh'
    '2R4H2R5qYNatRVJ2gUCMk5GLLK0qP/TnAF3S7iTtyBVMmsF+VHFiRcIdunFtJQrirpbtK/UT/upJ75k4ckfKHYM2hd0Cbr9AsLph'
    'uYUq9BmbPmNgJtOJ0mckv+LRK9SrTLFedj/dVjiyJO1wFVkee+2sZHmQTq7YWehqiJcY3mN3nvgCxGap3R52Bdtc96x7bX4wXptU'
    'NgyDvHry4fLm2K7ootNPv0nlc2ruih/jPhmjvt3f7kcBP/0yy+9okrdxudLnbaTYMJ7HkGLDeB5DKffbKxOl2LBvQH6xjfeW7q+z'
    'rnSvx10dX/fSrUcLrMc1EXUE09xM5ciXMOeI55NIQv/m+eXoWvC8dFH17zY2HpqT7EeQB/AvLo0WA1XJ9yvk+90VQ2fbZa+TpWcw'
    'nWPs+B+v8GpJ4N8WbCrlaTRvMOdpNE8w52k8DybdRzx/ZiW39eyl9Tg8vYJhPTpjE6qVPx/vugD5egG5t5fxjHPIvZ9C3uINkJv4'
    'THLv+zeAXtnr1d/hMQdP/akXO45YGUe/c64f6vJyHPO86fS7k3pfl39sNHYcdTx8JixXbYXPxeJzS2LwudB3k8Lt05zdFZ53bOD2'
    '4+h/PKfeMoG/1ip/HS9a1xBrCPI6A1uUv87ACHkGcwLmWTtbyDM59i2sWX+N0tc0wHYuh/kJ89P3s/fey3AeJvVtnfdWKy/fYQ8b'
    '91mkv7z+I+ZEXEZwImMC9keH3w7rF+LJw3AlvBZjj9LnOj+D6GE0z4epbe9MS/psUH5ccVYFY5/5GZbT9+kJ7bnqMuy5duDRKeDj'
    'mNuL464pxiVVxvmXeMCohs7XC3tOorUeRvvdZM8NkWeC2nHeezucJWmfEC8zbIHRKah4MRccw1NgGL688nJpT2K/AzA85aLVbJlo'
    '1aSNIJyjKZaO2ynC6o/GrQ0Zdb5wfkyfz8J5RMq/m2d0OazBEfYJtC/Va+9lz42x+xMGazEi7BHal36DfftSxs3pJdHDqKaPBYO+'
    'YZ8GWJ96VHC95x2W+Muo/eglmEBnHv4s4/I+2sd+y31hu149hDZo36ZiHfj4NxXHv5b1i+Oe+yLugbygZ5ng+bm+ZTO/fB9QvGYH'
    'GavNXNO5GWDvbdXQuWmcRFK0w8f6apWr8+pyikt1QYPoaItmfrayfv1fuP5GmeHvg8bwQMAY8mUcg8m6HDakuY9Xuboepe2cxX7g'
    'dcZtzx8SDfNY1HGBZzh931DlnjOmi4ZeU/4897o5PrXK9dXSeeLyJq9pKym5zetvO1aN8zT8NGzNovK7LZq+5dm8hun1pnE2T6c9'
    '2t5hKCtxjaZb7n057Z5dkf5M+k7b26pZf5u9rePl24V1dvo8nHZj6SRe0sPmqlfDf4PWJacZq64/l6TdmFYTvdlW3uZC9vzp5NuD'
    'ZdbJ+d6uS7tnwpksd15NuW1FPe8NKLM61XztTOjmsZRbE7Wcehifj/+W0tNiv7AOSa/HLSm3jmicMd9ouDd6U9PLWy9KuVgCnd6A'
    '/Qj73rCwTkHfXUK+a2vbkM5/XFeQ5s75bk3K9S9G+W5Sc/4LsAuXg9c+p7z4XXz3kCUvwXek+eS2yIeUN5/TZRe4j4zZtg+STM2H'
    'fM/RwRdGoCFbXdnBXp5oqfckoV843z4fMMlJ8f0m+PbCCDRZsKRJ9PeH2UmoTbkGfLw0j8vTBN/VSvxNpws25+myN9vaTxGjjflk'
    'KnXlpFo37k8568qV0/9XWd/Ztb5J8I84vlXMQ9Wg9DVcbcbzFuRL+sJTdu/RGMa481ETg59uhntN5N0a8u58wFRwbBGtK51R/lpS'
    'uvcxtxHNX+a8u0F5OZGo7955/lYl5y+7Rk1fziicN57/I0y2b2V2zKqUi0MwfU+na/ya+JdHme1hRGMreJ3IeJMzT5/GNjsm6OTH'
    'W+i7wxbP4jceJTrPlpBx/i3RG0xyMg0zPNGfK6+ucdQ1ojaGOxNqD+uvjinvbLk6417PzfjbvzDjXj/R4bV/FjzbDdcuuJ4D11Vw'
    'vSDjb9v5O2Ko8ByyLuR7pymvBt1FcO+ODvf6yY5S2y5/n2KopLiXswLwvGcofS26Uwj2tgA58X4Lee8OPOPlbNLFHswLiD1oEGIb'
    'skJsA8d5JMXbksT8bSb/boH4yld2y89eo6a3xgD2l+b2WaxKc/tcA9c6DZ4JMdS0Jq1EQ92EBjpAF/gNxKWeR+4t/4FXjxDxSW3K'
    'voYgzbtww4tyPoRFwIPDnrXB6FDckg6fZDvfSdF6NgFaqVX+vKOSnmPaLuVlN8H1ZxF11bA+JTWHNTF1aum5uog69cMQr/AqXA/D'
    '9emuaLp+Uv369/Xx57k2gbNLEuNBXmdqb8vDPqtSXgxynQH2cRHBhkpYZYpD1j0T9g0TrORKZZeLWLIFUjt8XDpomSI6SClzDO9J'
    'TJfu19hATXzq3IcVhh/EusFtDOvL/TM5DYaL24EnmB37+DK0HZZvz2TuaR4AKeahltzrZ2cbXey9Sc14ye4xHXzKZB/qfHVB61Yu'
    'TLBuP9fPoPkaijBfnM45D8X3kpirJGgrnYCeVpGB0ysDUwnQQVUAHbQRu2aKxMXg+1Uh7yeRSz1d5jHSnAwriY1dqek7V0kYP47l'
    '7DPUIdBXWc6+TVj4jAcM+rYggb5RfznV0RYaYNpN7anjGp/yafBNCd/NfcsDmjYWgJ2T9tXE1tunaU/ibxjTvEH5c5ehTjUvZK76'
    'NL59HvdJx8KxWDY4xp4Ava2ayKJ0gO4zQmS8yf4J03uSqEVDcRc9wjpGOYvUM2zZuEBvzlyeLGC9ddhgCbuVZ+0OKTl2OE/OE0Ex'
    'sHFjyxZO8xpI5x0TnjIkzLNN3R+k/37lz09g8v50rP10nReC1nmIYYYKgizhOhHVgQvMd5hjMgh1Ispja4Vv0bjfP5C9PBhw7nae'
    '/VfCswdDzuijIT7R/6NKfasmMShjDBv2A9L/XkZHI8yf+wSRmwMCll6iwTFmp3iQYNHC5KXJ2Jw2v6K8uiMjAbEf+HdT284OaP8O'
    'ZebHzis5n8BNxJc532I/8zWjMUlOe9cSfWmrYYyJhInUnZux7so6pc/PYBN3x+OcVhJakOiI1mvU8UmKm6B2MNN36DyE7V+u11Cc'
    'YSPzDfG8BZ2qtN5c0rgNjm81lS9J4Y+ifr+Ca5t6XFulBmp4bvhd16s4P9Y1a18g+7+F7b3KHqrsocoeCt5DVId39tOvU57MQp2+'
    'BfZPFnQFm/PscovnEdN1QsSzaV6wQ6cMvrkowrhOtRwX1YOqK7ynwnsqvEeU3zUV+V3ZQ5U9ZCW/s8QGZ5uLX7L9zWGyG+2w5zOf'
    'Sq0KrtEYx3cwk/AdPMYwDJeRVExTe4Lzl7ewOZnY+8La4X5K551tzG9jUu+4oPw1mXnMcBS/hC7XBmKo1oKNEPOglus7DrbuRCXn'
    'A8kLMSxh3zPJx6fzUen81o0J0GCUOPwo+1mKjQ6KeZrqHJGZGHMZNme2/tR2wnOc59PsPKjjSc0xx8Axozzui96ndnIJ91DLnh9n'
    '+IB6wRc1GILTpPZzqQ6a5AscDdg/DdM0X7b0wMeVJX6r0Qh7pQnmcbEFzkOXy9cm51gQb9PpMuXwx+ZUcA5RXLMtqjRfZVz/3nT6'
    'oZPov+TDSofEuwTNa9IYUd28HRdj3iQeRv3zSzV7NkruIIptipL3jdoMbX3peSXnsRrTjIO3GVcGz4uxRqMBuqAOdxDEN3GNJwRa'
    'pmvcp0pz3lHMMY0HKBjKN4rXWJCAjjvMvuvQK8+1Pi5gJmyxf7Y5doN80EnF30g+fr5mHFsxodE1+BkbdZ2CZt/klXnO2u0aXXhM'
    'ybm1eK7Bf1b6XFyUnpoj4CuGlVdPaT5rf0WM9k5Wcn4pKd/jIc3ajSZIexhjflIAT6F9y2lw+ysI7UWZl7AauHMi7oUweTCo4TU5'
    'jY7fKujvUfULWhtQWqtm5dWV2K6SP0s3lGFObXNGDEXE3vK80DpMkwkGmWKabPx8UepsrCH8JEpOa47Tdvx+S1Sy+VSTPOskFVcV'
    'to9HhT0U9s6I0uc0LYdMLljg8YcD+C2OL8V08uOFvRJnr4Zha3GusvD9uFh/KRcN1SVzIbKM9jXDdMkoOZ3HBD0aax3G0VElHLrk'
    'k9fR4PyEaDAop6xprQGptgXXOYPyMcXJ+bJG2ddXTzI/gU1MZhvoWZIsa1X6mMoodi6aw2elhi8nETe4IAE61MWQNcfAeq8hePgg'
    'rDPWRF2hko9X0+n0SWCudWdok/iINItd2sL6Pcx4ErWZjln6yUzsiyZ2cB1vt7H3jGhiGeLycp29gfPyJP1Y2zV+PCleQrLf9Ch/'
    '/ijOv6nvrwn6nRXsbpzXdGrok9Jdi7LLWczjHO8EejTZM0nVEGoC+pyvoROb2ky0vueiBG3UuhzsmOPLND5oJRnnmxF89X1sHywk'
    'cT347f8wGJPkm5foYariOeLo/TvIGKiMyzKfPsqkFnL+72RtjGj4db+hfRXfMc0HOsTWs17wc2435N1Bcj/D5NKg0sdR6erChp0n'
    'dPOUZP5e5xvfq3Kv36zy9++JKvf63aqp9ZHHyb17Wo17XQfX98B1FVzPhOtZNXZ6ONVpaX6INXBdeMReH6f5/c5Xpfn9MPdEncF+'
    'r44xZ2s77fBu84S1xnyfNnliUmRfdO31ckHqaqvz3E6TGLsXvJySqP9h/tHVz3p5NZ3r/U95Nkyc41bIL/lv/9NuznheSs5DksyL'
    '/NDSaOfO+fBbR+7VQV/Rj1sN+qQqjuNrP/PaSTJ3aHOXLEd4ztlOpc85ezy59+Jl3vvIW/HeYcgnO3iXn/87f3sAch4eguuLXXoZ'
    '1NKV7B6rgT7/3XpvLigfOXwb7IPL/H2h36hT+jxj0t645Sr3+v2NpXNRP+Ddc65zNgXnP4t65s5M85yZ5oqbx86XPRpfFvfp0dwh'
    'zvzdTvTHHRqfTUGZ18qmGKkm5eUjiJrnezM5PxaUfT0/qfad0+57YP1p7Hk3mdeCCs4bMaCxYWJO7hVCvwctbRVB/izn73uvgxyp'
    'l3r6LL/3kY2ldt5t5DqT9xDulTD9JSmed/eQe/2MRY5ZycZJ9S98t4Y8g1j7KDjTT+Xc66bN8ddpToy5stGduL7UBnuC62SNsM/q'
    'iD41W37cLZr2lCdFNkNZv2nz0xz5pu7LUezdVI4tgg8/vd+9fhByrf/oSTv6evkR0KMed6+vQ47zwmMuj3s/0NfkPgdd+PyDwe9c'
    'QN55BHKo/9Wj/ne+9IBX+wXz186Dd74A+d6/Anr9lZB//eUnoC3Q8x+F/z8N3//gXretE8j8fO9hqEnwVLT91/5IcL/DzgNx+KqC'
    '+b7voHf2sXn/6p9485akrOkgZ6nJuXjIz8/p8zzOqZ6cWzhu0sQvbuq7CPLLmfSVn+Oc9+cBLam90+fbC9IdWsmYJ3X9I34bTYPy'
    '58RHP7Qq6gxH/tJ9p7rLbwNoI/NB9YkUnK1+3xW9/bnsLFZ7RD++eUTHDMrnY2r3HlClNdhN/cw2/iYpRxS3G0u4cqkuYRxb/EiI'
    'T1zKuSXFtLSqZHIrRo1ZkvzTunxcOzT0UtDgNk4nNm8TPIYJlkd3HhpWcm7XAQNMSSrAbyetzajy5+CLuj9sbIcdGkwB+uTuJ74E'
    'PE++sKTUfrGM0BvGi8bFDeBzGRVcH0SHS8yC78rE92SKD+P1y3dGwPDb+ALyGkwB2g+ucs5KCfAeE/+jCebM1G5R7nkbVGYxv1Ku'
    'Pr6Xkb6QxlLwTeyLY1iZbDa1S9FjkiL7qR2+P4jnS3Yd1ehCH2VzgPVD8Yr8EH3xOzRXxPEsJmf0branMA6/CezUjczvgXsbZdRW'
    '4i9t0vCNtEZvmwtraOo/HDfEVETBAjcrOTdqGDaL501OAo8blAN6mcb3ciqTBSOCb17ChJYTp7yizHbX1gRtmWFnw2ZVGgOSi4Dx'
    'MsUWS/rfIRWcc9U2D7az/zZEXF9pjoPs0SbxQPzMkNfM93AIz16tvNwKPRofQd4C45PTnGHxex3Ky7/aa4lvC9I3bfVK55lLZ9B6'
    'LoqpbwwoOU/tOOMDznovMRjfuEaPkZ7ti4DLyhG5aZMnmNPmTYbrfZwqjUccEfBCuvgEKS5up5Jj+OZr1tgUE0bPCT8Fe8SbXZ4P'
    '2GS8zj5barjOtutbybkl59wqydzUqbth94M0Q2NMKmsgr0GndqrjrUGL0tdn4zHXNI5wzNCWJulVbWTNUwS3J+U/4vjNNwnWbq7w'
    'DrU71QRg6k3lMh9nDzn74Jiy7LtzGEa5V4Oz5jL2TSbrFxMdptyynK9TrdLnyCmHLh+lRt6gRlfMCzqVLqfFdI9lSDMGya47B/6N'
    'viCUj/eT9blf2deEozmHeB3MHoIZqWV928J0sHOVvjbAeADthZ0hTzLUpXR15BG/3gS2DMluWxDsUib6SAuhowcZTvcxwOn+qsrr'
    '43cA0/utKv//n2Tv7oN3nyfv7mXPfLfKwwMrghmmzzwKz/zGEiscZG9QM9je8F6gFdOYr14NLzw7QewZ5sNL0j/RE8GmkWI2zBSx'
    'v6FtfXmNi81+f/H3vBoZPLGcYbjfD9fzaszXV8KEr4DrRXC9hPzfpt33sPbexdpbDdfTa0p5azXjrc8t9cb93FI7W/VvAPfQDNd9'
    'gK24fp/33WZiR26A7zu/Tl1wpya4Uw/cqQU+0qUHswTVEJ/UVbpKef0kXfW61899xr2ec5lLM0uAXpy/ffVjgFcrgO9nl3vNd8lt'
    'fPY6t415AW08tt6sDR3tLgQ9so79SnNWv8H9nvOtuz+t1GuftkMRmcztJG53gzw255vO1fku9r8d+l/LfvcX3/lO8fet4u/ni7/9'
    'xd8PF39vLf5uKv5e12Xe7/3w/e/A9S24fh6u/XD9MFxvhesmuF5HcNZ1ZG/UE5x6fXGst9zj/249jN/5O5UhNRoZgrT415vd67lA'
    'C/8yURonpLMB6+hkrvJiuejvmmIf37itOBcfUWrjpUU+e21RRm8Mns81MK43ANvsvOtcnfcnefW1IOs3htOpQyNtw64NxLF/OLaP'
    'Q0C3e+D6QJcdnSLdOe3q7CsUY490vIf9/wGy7h3Q/3r221rcn8vGXVraD3vtu8Xfvwc6taVXOo5WwPMuG/fT6362774L179ndGtC'
    'xxlCj87vy8Vv/lufvx8vQz+cv3NbF/3uG0J/KA7Z+dvP4d7jITauOoIZWkj6d0ZRyP/wVn//zoA4AefvdJ/VafYZ9uWuPvf67oHS'
    'fu67G/bexnAfVJ0Kjv8ZvsfjA/w7jVf55Y3O70LXK0Pm46RtRbrN+efD+dskPefkcf/jfwHMktCfLPDoP9wVrjNVkf7g7yVj7nx2'
    'F3lX7YBM184zOO+TPlfgc87z2P51yh+/WMcgtkmhaVNRX02rWfXTGXI/w3zzGHv2BNDD/lH3+iTw1tfWezFMk3jNS/060fIBjxcj'
    'Fhd1INM26Lcx5noxtrEhvI02htOicYC0fzzO7wB89x/+u792TFDff3G3PIYFQNtr4Ht3DMhj45gAyv8wLnWyTs8eN1aQ7ifnbxhD'
    'aJXvHjDKv3zIjm8WXvSwtOjvw3uo3x94xu+TxjgAjHG06WfLM2ayIsPmarg4L08+7J+rYZgr5+82fXBw3NJcrH7cj6mmeI+uvdH6'
    '7bznzBXtN489jYJ35uddlK3IuwtFOvj6E8V2imeyrudl3l0AvPrXAb/uPDvZv+fN/GM4b6/A+3ueLZVBdI1M5q+ezZ962MWP+4Ic'
    'HvZw5Tbzl4H5u/ynMyMWux7mSRdjtELAAOI8Zdk8OZhwBw+uAnDiHHvVfdA+fpGfbxSs7+79/rho6hN9BGIeUk/5n4mjh+0Hmrvp'
    'YCnN7Tng52kmeljcuVwXYy6x35+E+Iql+0rjATH24qzHS8f7NxAL8je7g/dYA/wbcwxWwXyMPuzGo3A+0Qz3MF6F8gbTPffo896e'
    'c67PAo9RlvJt17fhvL87fP3O/pYrB+k4nL9R+WjLM3YfLJ3HajaPB4p8+aXifF2/v3QeD0CMykswn84zUeLv1DPhvOC3xW+t/pb/'
    '+7+F7zt/t/nua4/4v3/z/ng0jrFT9wn79pNPezQSRMe17JwyeQY94Ml2fqbFe8gz8Dv3P+b5TuqVP8brlm/Kz0qY2ZTyaidhn84r'
    '7tMrH3dj1K7eJ8vf80DfuPJxfzyb87zNGt0Be+NK4MF3vSjHpTnxcZyGs4yGHVuuY8elOgv2l9p5o+gv+34Mvp9nLGNViZ4SRvuO'
    'bHmJ6Yn3HvT2ns13vwDy6hYY99Uv2r3/wO5SnoX2+Cpmj//GQa+/37CMr8PYy+Yyf4fuzzAe7MheR0+l69ARIfeJxEOoHsfl5OWP'
    'AZ8S+Avu7TBdvoH4LujewDHdLPB3Hot4c0T+jjGs396v37t0zo8j9qN1zhnwQX+/1sG50Pm7zbkQY1/V7ug6vW4enXPCZ4s8b92D'
    'pfO4B/r7WeCJ6x60m0ec/9U/tXvvPfDdO0iMaxivcXIB3XuQ+RBfiBYj+1mY086D/vVoU9Ho6X7YB6mnS2WLs2bLyVneVhdb96RH'
    'm5grpy1mWy89VErvUc6Ljj3jd0z3QxvH7yx1P0neRZHPv3rSLw9Of0S/t3VYmDlHvPHQeFq6Z3kOI7pnee4j6eyFZ5rFcOZ34mBp'
    'TGzU2GCdLNKNiZ6x/wj5lRZsmpr+/n8BVdqS'
)
