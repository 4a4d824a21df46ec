"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('!\\[[^\\]\\n]*\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 0, 186, 0, {}, (None,)),
 ('(?:(?:^|\\s)[a-zà-ÿß]+|[,(]|\\s[-–—])$', 0, 32, 186, 68, 0, {}, (None,)),
 ('(?:(?<=[^\\W\\d_])[.!?。！？…]|[\\"\'”’」』])\\s*(?P<sign>[\\[(（【<〈/]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원)(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉]?|（[\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}(?:[、・][\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}){0,3}）|[\\[(（【<〈/]\\s*(?:記者|记者)\\s*[:：/／=]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}(?:\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원))?(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉])\\s*$', 0, 32, 254, 3226, 1, {'sign': 1}, (None, 'sign')),
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 3480, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:,|&|、|\\band|\\bund|\\bet|\\by|\\be|\\bи)\\s*$', 2, 34, 4314, 87, 0, {}, (None,)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 4401, 66, 0, {}, (None,)),
 ('(?:\\b\\d+\\s*[^\\W\\d_]+|\\b(?:an?|one)\\s+[^\\W\\d_]+)\\s+ago$', 2, 34, 4467, 117, 0, {}, (None,)),
 ('(?:^|[.!?"\'”’다요]\\s*)(?:[A-Z][A-Za-z0-9]*|[가-힣]+(?:뉴스|방송)(?:TV)?|[가-힣]*[A-Z][가-힣A-Za-z0-9]*)(?:\\s*(?:뉴스|방송)[가-힣]{0,2})?\\s+(?P<name>[가-힣]{2,4})(?:\\s*기자)?입니다\\.?\\s*$', 0, 32, 4584, 439, 1, {'name': 1}, (None, 'name')),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 5023, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 5061, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5098, 207, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5305, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5501, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5697, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5900, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6088, 204, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6292, 224, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6516, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6706, 208, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6914, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7104, 207, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7311, 200, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7511, 213, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7724, 205, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7929, 198, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8127, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8319, 200, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ e\\ fotos\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8519, 221, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ y\\ fotos\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8740, 221, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8961, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9151, 244, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9395, 211, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9606, 213, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9819, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10007, 186, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10193, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10381, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 10569, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:(?:since|est\\.|established|founded)\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|未经|禁止转载|無断|alle rechte|tous droits|todos los|todos os|tutti i diritti|все права|tüm hakları|wszelkie prawa|$)', 2, 34, 10651, 1074, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 11725, 1334, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 13059, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 13949, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 14509, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 15050, 1335, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 16385, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<![\\w*\\\\])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s\\\\])\\1(?![\\w*])', 0, 32, 16944, 79, 2, {}, (None, None, None)),
 ('(?<![\\w*\\\\])\\*\\*[ \\t]*(?=[^\\s*])(.+?)(?<=[^\\s*])[ \\t]*\\*\\*(?![\\w*])', 0, 32, 17023, 96, 1, {}, (None, None)),
 ('(?<!\\S)@\\w+', 0, 32, 17119, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>października|maaliskuuta|marraskuuta|październik|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|listopada|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|července|červenec|listopad|prosince|prosinec|november|december|dezember|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|grudzień|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|február|március|április|október|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|január|június|július|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|május|szept|maret|marca|lipca|março|junho|julho|iunie|iulie|марта|şubat|nisan|mayıs|eylül|kasım|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|febr|márc|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.|năm)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 17146, 7265, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>października|maaliskuuta|marraskuuta|październik|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|listopada|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|července|červenec|listopad|prosince|prosinec|november|december|dezember|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|grudzień|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|február|március|április|október|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|január|június|július|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|május|szept|maret|marca|lipca|março|junho|julho|iunie|iulie|марта|şubat|nisan|mayıs|eylül|kasım|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|febr|márc|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 24411, 7316, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 31727, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[A-Za-zÀ-ÿ][a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])', 0, 32, 33202, 53, 0, {}, (None,)),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 33255, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 33476, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 33502, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 34095, 240, 0, {}, (None,)),
 ('(?<=\\S)  +(?=\\S)', 0, 32, 34335, 33, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 34368, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 34399, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 34476, 41, 0, {}, (None,)),
 ("(?=[^ ]*[AEIOUaeiouÀ-ÆÈ-ÏÒ-ÖØ-Ýà-æè-ïò-öø-ý])[A-ZÀ-Þ][^\\W\\d_]*(?:(?:(?: [a-zà-ÿ]{1,4})? | & |-)[A-ZÀ-Þ][^\\W\\d_]*|['’][^\\W\\d_]+)*$", 0, 32, 34517, 156, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 34673, 1902, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 36575, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?m)^#{1,6} \\S', 0, 40, 37555, 22, 0, {}, (None,)),
 ('(?m)^\\s*(?:\\d+\\\\\\.|\\\\[-+])\\s', 0, 40, 37577, 54, 0, {}, (None,)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 37631, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 37739, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 37863, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 37969, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 38068, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 38105, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 38198, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 38239, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 38361, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 38434, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 38498, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 38678, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО|A\\.Ş\\.|Ltd\\. Şti\\.|S\\.r\\.l\\.|S\\.A\\.S\\.|Sp\\. z o\\.o\\.)(?=[\\s,.]|$)', 0, 32, 38834, 312, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 39146, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 39244, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 39423, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 39504, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 39525, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 39580, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 39818, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 40072, 190, 0, {}, (None,)),
 ('[ \\t]{3,}', 0, 32, 40262, 18, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 40280, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 40518, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 40546, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 40726, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 40918, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 41124, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 41156, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 41186, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 41242, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 41361, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 41500, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 41816, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 42037, 493, 0, {}, (None,)),
 ('[.:!?;]$', 0, 32, 42530, 30, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 42560, 324, 0, {}, (None,)),
 ('[:：・／/＝=]', 0, 32, 42884, 206, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 43090, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 43296, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 43324, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 43344, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 43376, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 43538, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 43554, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 43666, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 43872, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 44158, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 44354, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 44408, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 44432, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 44456, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 44499, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 44761, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 45055, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 45073, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 45090, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 45119, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 45147, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 45271, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 45401, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 45608, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 45878, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 46108, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 46126, 104, 0, {}, (None,)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 46230, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 46358, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 46777, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 46793, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 46837, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 46926, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 47045, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 47120, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 47201, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 47217, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 47403, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 47439, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 47552, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 47596, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 47620, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 47648, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 47676, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 47700, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 47744, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 48227, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 48504, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 48605, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 48630, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 49479, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 49587, 33, 0, {}, (None,)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 49620, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 49813, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 49827, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 49855, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 50002, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 50217, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 50349, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 50468, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 50529, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 50641, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 50768, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 50889, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 51163, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 51297, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 51528, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 51665, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 51722, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 51841, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 51869, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 51885, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 52149, 5727, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 57876, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 57931, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 58023, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 58312, 5116, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 63428, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 63648, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 63767, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 63805, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 63838, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 63879, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 63900, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 63958, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 63984, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 64000, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 64016, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 64046, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 64170, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 64349, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 64502, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 64697, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 65077, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 65132, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 65246, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 65543, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 65721, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 65778, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 65835, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 65892, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 65949, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 66010, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 66067, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 66107, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 66290, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 66450, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 66656, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 66738, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 66878, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 66908, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 67005, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 67106, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 67132, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 67156, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 67666, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 67690, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 67714, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 67735, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 68143, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 68284, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 68406, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 68427, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 68618, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 68671, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 68690, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 68861, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 68933, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 68971, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 69050, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 69206, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 69362, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 70207, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 71051, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 71197, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 71388, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 71434, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 71680, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 71758, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 71970, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 72202, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 72313, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 72560, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 72684, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 73306, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 73384, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 73753, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(ilgili haber|bunlar da ilginizi çekebilir|ayrıca bakınız)\\s*:?\\s*\\S', 2, 34, 73902, 233, 1, {}, (None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 74135, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 74723, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 74929, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 75128, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 75221, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 75568, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 75876, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 76005, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 76252, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 76620, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 76735, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 77024, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 77212, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 77557, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 78068, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 78526, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 78688, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 78895, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 79135, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 79522, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 80086, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 80353, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 80828, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 80899, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 81245, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 81320, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 81466, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 81601, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 81714, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 81788, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 81865, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 81992, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 82362, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 82404, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 82497, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 82543, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 83413, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 83838, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 84348, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 84421, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 84631, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 84714, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 84858, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 85004, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 85134, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 85262, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 85378, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 85881, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 86053, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 86308, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 86494, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 86681, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 87134, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 87355, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 87526, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 88886, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 88954, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 89032, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 89343, 48, 0, {}, (None,)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 89391, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 89472, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 89562, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 89638, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 89713, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 89770, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 89817, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 89856, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 89895, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 90069, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 90166, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 90198, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 91163, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 91243, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 91326, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 91375, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 91480, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 91565, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 91722, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 91770, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 91977, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 92101, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 92205, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 92253, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 92330, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 92597, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 92635, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 92664, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 92708, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 92764, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 92823, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 92861, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 92964, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 93053, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 93205, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 93286, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 93457, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 93510, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 93626, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 93750, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 93810, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 93909, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 93939, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 93987, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 94031, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 94077, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 94109, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 94157, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 94209, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 94249, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 94285, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 94309, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 94355, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 94385, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 94435, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 94509, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 94569, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 94621, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 94651, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 94685, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 94747, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 94782, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 94828, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 94876, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 94922, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 94948, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 94974, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 95027, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 95067, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 95109, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 95159, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 95260, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 95314, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 95367, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsvQmcHVWVMH7rvdf9et+ydUIIHQjZSEInEAkQQlhGUNlBRAPEXl66TXqj6U5IGyQo4gIq6uCoM26jM6NMcADlL+rMCHyy+BcX'
    'UOFz/v6VjLjgjKN+qKPI2F/Xq3NS5526t+reqnqvO537/MWiq+49dzv33HPP2iSEqJv650z9q576Nzn1y0w93X9Lp/5tE/6vBd61'
    'wPv2qX8N8M2t1zj1zE/9mwdlroFnHZRx2PuVUL4d/u6H5xh7jkCZagbnevLfp8HzRPJsnvq3AdqQfTth6l8Ve7ecvDsO3rljboJ3'
    '6xR9WUf+G2HNmfrXCu8G4dkFzzfAc4CNdZiMpxnWQUCbjWyua2Cu58NcroJ3DaRvC2AcWA/nPS68Fngft34b9KmdvHP/uxb+G2Hl'
    'FG0fy+bfLT8X3tMybaSvDqxfjsBy67l40QH4UUVgNgPO1sAYeV9k6+KweZgPaz0B//0j9ztp34WxGNpphLbd/q4hewPbwrHI+tJI'
    '8HsttDVnalBzO4J9rYZx8vnIkfl4E/yNY2qEtZkH7TbDsw7a3E7G1Aj4XAftCCf8l2F/Z51Z9StOb2ar2C8S/LaGfMtF1J1a98i2'
    '3fXcCbTXXb9eWL+cXT8XpcUtItHv2NCvH48GwGlNLaO5MjrZCv/t7ufFVV69N7B9arLOUet+mP+yxYm5uUjOamKtsocqId81QBis'
    'bx7odzusYYbQ7Co4A8QBIT75TOl50+F45wvybQ6pl8d6F021/TGPtld1lvIRixR9dRRnkxOzrTbo72+n/v0fqFNP2nN/f/aOq0O/'
    'ycmbbhJkn/SwM/lamKtsDLrmzEK6tv/1iehaJuxjDeAnxZ0bSUVdfs+u++G97m3s/HLx4C6ghVkDepf4vMrOvnUsEs2S3/50FlH2'
    '6wi+smeVPavsWWXPqtl6VrUZ0rhGIMkdD3nPWx7znr9+BOR8d3vPbz/qtfN1UmffN73nS1/wno/f5z0/9bD3fOApr86/Ao65735+'
    'o/d89APe87uv9Z4Hr/DKfo6Uffqd3vPAO+VlP03KHn3A76f77Pys97zjMa/sR0jZffd6z2Uw5txjpWN8HynL54XDfRsp2w7jvv9h'
    'edl9pOwPoMxLX5aXvY6UvQHaPvlJedkdpGzuce+5SQF3Gyn7wHe855Nfk8/DJYBH7ru9o95zy2DpGpxHyriLJ2tzCylzP4zh2YdL'
    '29pIynzxKe/Z8J3SMmuIzHD9Vd6z6Wrv2/Hk2991e8/L7/C+LSHf2gGXqvZ73xaQb/fcVvqthXzjY6ol3/i8Ub7x+hj35HbCJklp'
    'tBN+5zdtq4nRc1yHE4CHWAt6Ak57WkDO1w79ozCqSXmU8dKzqpWUp/oJEzhtac5ppjiUjrA5NW3Pyq4iZFcRcx5+SmYSXxaQZ989'
    'hWTPAH7UTHpr1wUgqmHtrqY8jqmYLWIgaf/ENP86yP6I86N0YkD4926qb3I6veefOn2+1K7Z9K8Z6vxqJ7299bGpy/JHqiz9m4my'
    'e5N7gop/qg3hn0z1P7iH6Zl5tcHdcpb/MiAuWxZ7k++PVL1afY6VkVkZmZWRWX2O1edYfY49qyzNsmeVXfdp1ue4uPCTmPy51e9Y'
    '/Y7V75RHv9NmdTxHtI7HyjRnnk6H7s9Ww30S5WeygMknqb060oplj/p02u3LKyTfvvq09+1s8u38y73nhZd5306XfLt9u/ftZPKt'
    '7iK/TDPsHfxWz74th28rYRzucxDm7BjybYR9wz2L9XAvYxn8u5nsOYQTVjbuOrVBHc4XZ9idqo6tVdaQd0J/OvRpO4O8O3uH924T'
    'eff7gvfuJPLO5QOaYcxNMA/9pE0R0udm2EhLyLzlhO+DhmPJRIy9ivxNdWjrJGWdBL4bOYM+tUK/qJ8fznuzQbvuOKphz7TGqHvL'
    'v8jP9CtjnrP17HyoFqV+nk/tNYfbCnBM5jaf0ty6/Y07tzXfCM4tzu95It481BB6K6NjJ4bQsZUGdOxoAzrWBv13v42TPe4+R0Up'
    'P4nfqmHNOB2sJXP0ZiceDnIf35Vk/uqgH5+GJ+/3GDx7oG/1pEwfGT+WjUMrzPV6mVkvYzjkOBvrF6nWM8IfnfPUxc+5EXh3GoMZ'
    'RbdQ9vFlsJ1CfTDKQVcE8CZzRP9EiIxPwjTvj4NZDtnrlGZdRujZBPv2KkJ3kFYUYP3wPLwenjcBjUM4yPvWSurTMhsIP7U5Vwr7'
    'rJz3fMtiH/ZpOa/eMtK3PaxPGNtgPelTNxvbXMBT3fpj5LxR0fx6xf5ZFfMOzOGsSekeROMPVBHYzSAjwHfLyTpWEXst993LYLw4'
    'F/QMH4Jnr/DjXPCy44qyHTA2WrbAzimUBdEye0WpLIjXp2c3/bYpF+/sC7tj5qCdZexOuR6ep4qg3GoDyq9EUG6F3zYynJPRX9k7'
    '5PfmK75jzBBd+i7Dfz4PGMulmvAqyyP0H3UpysR04kWgPPMk6F8DwWO+/xBXHQk/NcxwuaDgp5wyj8W0Pbpn+8hYVLidZ3SDxivZ'
    'BzQ9aQyOGSD+krzLJeIJb00Wg+PYuBVbNN/q7jWKY3nQiVO9+1lT/15HYLYwmKX6zMmsy+uo+B1s7x/gbEZ9P8Vplb6f0twxouvi'
    'dHXVP3vPTzwUtCvJs7P3CnheSfhbd1HfRPomNPoWNl9vYDCSyKSn1cBR/5c1ultF4EzYL44tdLMCJymerIypz02CnxTfMhG2L20G'
    '50Erg69jW9PK9ESmc8F1dmh3/tbHSnXVz90XHvcsDZ44J5LH4sLzG/0cdM9vXV69nDHCnhWlMcJUfapPoU9UdtdBZFX0bjCqKNcb'
    'cV8z2YcLNeW9iyblspWo83IMxmF1jBId4/6Y+sXoX42OfX0cvofSyCqCAxlGD1V7pybFvSOT9xYke8juB7sfjtT90M/u6HY/2P0w'
    'k/dD7TTshzB5vt0rdq/M1L2SS2mvdBMdgsV3i+8zFd8bUsL3XsW9epTdIXrZWfIzeP6YnCF2v9j9MlP3S2tK+6WgYR8wxPZSt0Hd'
    'MYm8C3VyFOZuib7R7j+7/2bq/qtKaf+NsH1h7/AW74+EO/wI48eG2J1+IOJssfd6u3/suWFlvxbvDw+8ry8D3kfZao9J7vyye4yV'
    'jdm9M5P3Tl1Ke4fLwGRniGzf2LPF7o+ZvD+apmF/6MjMZHIue+bYPXWknDm6/BnfX3vtnrF75giWjXH+6wby3u4Luy8Ot31RXYF9'
    'YfHf4v9sv7+H4T/yUdyXBMvb/WH3x0zdH23TtD8K7O8d7D4ypilrtnvO7jm75/T23F675+yes7r/RHvO2kpavD8S9TOdLIbaBoih'
    'tn+xL2+ugW9nw7dbFkPMhcVBmfQWKPNmEoNta84/W8Litem0RfusU/aCnB+3y+5nu59n6n7OH2b72e4lu5dm817SPV825vw4o0nP'
    'Nrun7J6azb7TLj5efbGfi8fiu8X3mYrv2ZTw/W0Fi+cWz2c/Xaf51yy+W3yf7fhOcwpafLf4PlPxPQNtLoB/FBcxF+Q4PNEWkucA'
    'aiE294OkLM/xhH2l+HyCKM3t2Er6HSeP2wLh50GLyj8TNzdZmwY/6LbzGZiD1fDOlQM8tczPW4pzt1L48Woxv4dbxr32LxKlsWyH'
    'mZ/EXiGPuybzj8CY/P0iWZ4md45PZrjCx7xGMuYVGmNeAuMu55hl+SbaDMc/zMa/IEJ3ruu70iNKcz7QnDk6uXJwj2IOstPJXOvW'
    'p7Ex0N45SWwAOv/UL9Tt3xzYVzK7BFlOFxkMU/zFPGqniOAZivlWwvJbxYnRTmneWnjO6TDrt24f24R5biAVv7GG4JPpmGke1BaA'
    '636fh/XdSpcfOv6k6SWaAXd2iNJcl68nclib+4vn/posTkU5c3/xvAVvhPen2/We9es9R5jn5sUco4G8La3R+PCMU4oPVRYfZgQ+'
    'XDf1H0sZvzBAnjwWZBxeLYyvcPtwiePTm5O/7D1/fh/k2Cbfzh/1nuf0QY5t8m11n/f81puAZ3I8HHXf3bzXe3bv8p4D7/GeN77H'
    'K9tJ4Cy9znveDfmeVznefV41PzJ7aO4P3SOZE8oftjg+fzcm4Z9M7TlHFbagqjiDUevzc+HlEJf1rzeG3emAZh237a8JL19vWm3r'
    'tHkA7pe0TR4zO8qXXWYLpSqjk79Ed//p9q8Z4C0T0bYkYbk3N+ZKx3Fmzrcf0bFVwTJufy6CuyMdx0uiNC9zB9tLuCd3MdzqUsyZ'
    'O36cD5yHTri7yvJ+qnKZ0v09QPoQtT6cVowIeZzPPeTvZlGag6hKhOdZxPwJmBue3gdorqF1Ej7fRFZD8y1RHsJRyFeTyITitIO5'
    'm1S5NmX5NDsV91FduVIVfBMR98/Hc+Z3MbfeHU4pP7bI8GwalpxRYXll3bm43vHKyPwS+hQ0eYKtWRj8beyMlZ0VXSI6dmFYGy6v'
    'MDfFPq9z/FzBYX2OgrOYwVGtYRScOidafkXb6BKlPsBhsF8g8ryTcuG2g/TbyfDtZkbro9p7Rvg537Y2ec8V8DwenhuaouE8QuRu'
    'OJcvEp4sqv79pH6cffN3cM9KA3/fJ/yc2CZrdwupN07O0qh6u0nfn03Y9x7Sh5Ny+nvs1cLPvzusUf4VpPyzGuXPALodxp9EwVgj'
    'gvmyV5B3KMM9lrzbB++OJu9OFKU5mdPI9Y1yyiQy8i52xlWzM3XZo94z97i/BvzbV58GGky+nX+597zwMl/Gzb/dvt37djL5VneR'
    'X6YZxoff6tm35cLPY99FcL8Z7jN5xoMNkjWoZ7R9HeND1zFZCMIJK0v1fXlDWXcrvDfhm2oNZTtVRLeG+wPfnb3De7eJvPs93JFP'
    'Iu9+ADlL15E930/aDOOLMNf7EiY3bDfkxapEae7zagKPl3Vi6h9aAY4Jf1gPe+o4iUzNZE9Xw55pjVH3ln8J0gO3T1fG0A3o2Dg8'
    'tTeezqHBcG4bU5pbt79x57bmG8G5xfk9L6bupYnQWxkdOzGEjq00oGNHG9CxNuHnuR9n9/FRdrfCbzJ9bSuB587Rm514OMjPyZVk'
    '/lqgH58m9hAyeQ63h6D3hMGEuvbGgHz7CLPMYb9Dl4HYv1xkCVN9bNR56uLnXE2bFF26hTnjvwyyonbYp5h32upFZHoR71dOvYjM'
    'xuQyQs8m2Ddq3zFoYKcxQew7aiX1aZkNhJ/anIuWy54GMtVlpG97NOST3Wxsc4Uvn9CpT21PVDS/VbF/VjHbB1Us9CRyTR1egso1'
    'k8oruX2aTv0qEZ7XXsbfqsava1dq73r2rmfvevauZ+969q5n73r2rmfvevauZ+969q5XibueKrZHFdBopKt50I2thbOQ77E8+OTE'
    'tWVpBH6StiES3AHduTjHXbOE90BtnqTPjN+oNuxP3rA/PymU4kMV4SF11tNET/nfCt50Jc7NpL+W6P/5XWivTaT9c2DQ2Vxx0Pir'
    'Lg652H5tFIi6sI/15L8byIw2NZdaYremN6IMe9HSoi7cYQS6RpuGZ+L1vYNeAEN/LWY91vplfMQ0/WUCx1WMX0vsgTqGc0TlEA1k'
    'CLjX5xHa7z5rJ+V7ln83sVngd3UdulZvyN8PAIwqLf4+hV8mO1PZ+5w2kx7rt1XnFhDZdrllEWnyL0cb4K6KX9Gtj/zoqQZ1ysWP'
    'lKP9SvIf/6HJf7gwvw/lspYPsXyI5UNS50PS5CfSpkuWf5i9/IMu37AAzt44Z5qrD5LJTKojeI51ijMuid/PiQn14yeKUj+do0Xl'
    '/HWaiU7XpA6VbVVp6OJPZOtu/X6s34/1+7F+P9bvR13P+v3I27V+P9YWzNqCWVswawtmbcGsLZi1BbO2YNYWzNqCWVuw2e73Q2Wb'
    'DYS21jBZ22lC7f+TB5hUZ9oJMkYVb0r5fJQ58vonkbJ0rDTWEa+zMaRNlI+a8Ao5cheivIJurGC373/llPIMPEYvLXu7Y4ZbFDfc'
    '+vtI/Z4YfR1wSuMpm9a/mvXftP4FTrJ9v9mJ5kdOcqL5kdWOTxt2GfR/Mam306BeE+lTvyiNu4ZlqgB2FMw+Vu+/CZ3rMejT8yCv'
    'ShLXGmE9TfowqFFvF9R7nNTTpbVuvS8Z1sN+HiD1TPD2o+S8Ue3tOwnsEQPYbyOwRxSw30TK9CjKjBuuAdbrk5ylHPa1BHa3AexL'
    'JP0usDLnSeaWl9lCyuxRlNmowROsickTLCG8DG93geQ+id9ayLce9o3e91T3JdSVIV8gy++ge9deSXgIB/iUuYSHQH7CVMefVOYa'
    'lWNMxbs0QXur4Xm1hHeh8hUst53xGhhLHsvXgr0l9lNWl/Ioi4Q690gW4HO9ModP+15PbK5k+lE6biqTk+V9jzN39P1qJrPCdawm'
    '+rsWURpXMiexFZPNJ1+rsHl0NOdxtULWptNvPu4k858h818jgvE2G1m7W0W4v3lTSFs1EW01pWCzwPNF5CX6mhMlNHKUyNWw/Jfg'
    '3XGwbrpnCaWzNCcGp7Oj7Buls2OEB+NyxzyzadDJJ7UQ+pUjuEvjDYTRlmZ2B9uusJdYQNbNEcFcILr9bSM0C/196JmFd5cJJ6jj'
    '14nNS+d+SKPOLna3OX++hxP0POyS6PmT8Ku72N1hXHHPOn6+H0+Z92VUBOMOp9VunszBdK6L25fn5nnx7aPGVpDwPrr9GhSleXao'
    'rYDbh/81z7ejGJPI82W8bhiuRc3/P5D2eM6egTK0d5ukPa4fGEuxveF5fg4fWbx8CmvYEPZVirnTzf30nGF7m8lYdirGMqAYW+T+'
    'h7GYxjMfEcE8BTI85+djbYK9FrWfdPZiMVfBXG8+3e8O2AxtgudSeHYQWyL3uQSe6+G5EJ7t8LygyYP95Fw/D0JSGs7xltPJXrK2'
    'btv3zfV4y7Tnlq/hB2GMuu2kSSf3zvXtGofY/OxOsZ3tZB118i70pNj2VtJ2JfkDt+2lZH53GciPTGlaXhOH9pJnWrzHz+d4vCnP'
    'M8J5NROY35njz1u5+Ci3nS/OKc8e5zj4sTk+DnaxvvQJvbwz9NwY06zjtr3fcIxjMce4Y07laTXiy3kEX3awfu9W8LQ6PAbN61O0'
    'gQtph8/LuAjPixJ2ps4h7QxL5ID0fZKz+49t/ppR+p+E9uq2/W9t/hh5jsqeFNt5sM33g0a+Yxk8V8KzBp4nN5XyMcivHEv4FBfm'
    'P7b5NrtjjHc9yOazj8mOOomvRfH8TwHWBoD11hRgnQSwRlOAdTKe/ynA2oi6wBRgvQxgnZoCrFMA1vIUYG3C/Z8CLPThEQlgrWc+'
    'P79sTQ4L8f7fUoCFeP8YgdXoyOk9PwdUuYM/nwBWgemUP9Hq51KrxJlY9EMgbY6I8Px0aeVb7qtAm3xuX0nWSXZ3MbmDnUJgmZ5F'
    'HNayEFgThrBaCaw4/Aby+i6sP7f4vmVpy8Rc+D8l8NOWgbnwvymBn5bMy4X//7QE6VEcGZcL65OKuUhDplWU/5G+FiLuXlF3rRsI'
    'rCTyMBdWoSX+nuT3ictagvvoeQP+kMI6syX+/uaw1pC1TfsOULQDJPB7DWQGujTlpebo/ndH3LFluIt3pOeaS/uvI+sxmf8nmr2z'
    'Rve83MvamTDQaeAe+adm/3zbZWA/xO/UJm2+r9nzZUtydnK+ZSRGP0bIeu5h8Ph5ts0xh39Vwrk1kRWe64AdMBlTj2IsozH7UtRR'
    'l2ntTMfpkLkNW7s0+oltPtfkz22fgh7G0UUi/CcAvqk8K4q+IP36fFPyMwxhfaIpPi/IYb27KUj3VPuK9j2JHOq6pqBcWZWT2H2e'
    'AbZxNejLCGVvWew930rqXAx11rP8xReD7dxl09D2BdD2SbBuVIeFsqH5TMe1MEJW5Oq+WhPcc4txMxLAwDvynxvjw0CZ0C8TwEBZ'
    '0A8SwEAZ0NcTwEDZz5cSwECZz2cSwEBZzwcTwEAZz9sIjDg8aTEOAYExLLE1p+9VvGWBwNhpQI/oPfUKST96DPtxjsF8FBT0doNG'
    'P8YjeNWljZ4PSpr6v6Lv5BTcoyqg73Pb+nWDPw9x9HsujB81+POgwovdhjyRC/drBO4OdkfcbXjeUbifk8AtpAD3I5J5GNeAI4tT'
    'U+IL0GC+Zziu7m4wpyEH+f5v8PCS8jMHWV0dfl1Hr/nKBj8O0EGJ7FFnTuPKY4u+QA3R9PKFCDq1UGNfxJEhZMk6dMXQM5vol39e'
    '74+hTyEXH4ohR3iqPji/Y4Y4/RCBoXPPo+XwfnqPZHyq+4zJvffDADepHIPfj26pj8apOLrvIcl6jGuehwjjmvogXqa5Z+nan03m'
    '4dycf1cIi0FE7wKd8Dyd3UvWpAwX7xzz6z2ZAZaJgncS1D8nwh9J907UCf34bV3wnsljj6GPU1p3vWcq2CbO95fqgvtPFkcN75en'
    'sfVTjeVTKcPF/r67Lrh3xmPS9qjz4/o6z++A3n83Nvk+CsU4VE2lfhw7SJ2tzP4T6xzL6ry2zo8dwm0zVilsR3MEdtH+X9LXkyPa'
    'PZ20i7YexzHbj6aIdlcTGKtZu3l4nhABY6GkH9wm9tgI+UINgdGugLEioh//XevTtH7uP2BwVtBzxoV7sDaIs8c45nzIsAYf8mit'
    '7zOE589rHbnMbYidxV8wqFtgY/w0qbuL3RGOcoLyf9ruhwzq8nbfSepG2Snwdt9oUJe3O0DqmvCsxfO/1o8NmpSGFWPgSfrynIL3'
    '5Lz3aZK+9GniG8fNov0P6YuJTrboo2Ywp/zOVVPrx3TFui8a8KM6PP6vatRtDKTUxtM1wfUw5Q0p//cwgTeoWOc+g/vIZ2tK49rq'
    'jJm2NcTgfZjAG1DUGTDo3601Pg4NKPjzggTP3Tp7SF2VvfWEQtfVT3BDp78meixs4+KQtRw19Isonv8E3sVMfxDGc3cqeL4VKcFD'
    'Xm8OWQ8scyYru1FxP8nFqIvt/i7vy1QqfQdx2/9e3p/HM3LR94Goe8VDKcHD+bk77/sNL22S848qHuujeT+u0dIIXvr9pKzDyi5h'
    'Zd8u6dNGhW6K92kvqct59lURfOdO0sclEePZHjIeXvYKUnZ1RNlXhMDlPP8WMtZ5TId3fMQ8nUjamRfRp2Uh88L7tJCUbY+A25T3'
    '97VKpz3I6D7GL5msDp6toxE+UOsdn45yH9//qPbuXDKZdK+C5/yhRh3Oaz5J6ryo0MmPsna+Sur0KuRSAf5fow7v213Vnm98FJ8o'
    's72hbX8wJhzen1vJGPDu8kvGs/G292rUCfD/1X6cOt2zWMbvva46GI/flN8r3v/JGHh/ChIepnj+h9QZZXJWjPmwjtQphNwtKF+1'
    'VKOdCVZnrmReumPMS4bA2clwesiAr/x1lRqOCX/6w6rguHbHGNcTVUH8OxihU5Ph35eq9PZdmK928f5fFb3GXF/311X6+Id79d1k'
    '3Lp8tgzOPo22f8bWbpjUkeESlRthne6QOgOKOq+uCubWCLtbDRnw/FsMYZvoGlZU+efr5lyQtzeVwc8hc7fdkZ9HXQynqqv8uAZR'
    '86KbuwRp/q9yPmyOM3sj+Iaoffi/c0G6upfhyUuMBnyd9GeXph9wFG+Dsbw/n/PjcobxHEX7H1J2gtEiep4W+f+cH0/NlB4X939I'
    '/QGN+m8ifR1ksjJ+Pl4PbcXxiy7mISFtqegF7p2rQsoOMNugCyVj6GI4g7TkbAlcmc1J0f+HlA2zIynq/3LBWKQq3bwM3xcr1lHH'
    'N8St3xCzPu6dl7LBuLOI139i6/ibkLLjrOxPs8E5lNmPuGX/v2xwHWV2Im7Zb2fVa76TnW2PkLIqGRji0pey8nXU5WfuyvrncVya'
    'X+T/SZ83Qf2LiAyJyjPepVEWZRVvDinLZUZ7NMoi3IFs8BxNwy63eP6TfgxL+Bd6B31lCF6MMtw8MxuMX7xLY60P5X7I+jFCdyrO'
    'yOWkjAz/i7kfssFYo1xHMpeUkd2LivZ/IXB2Iv8v6fM46/MfM+oySC9+nQn2h8qp3TI/y+jFIKbnhVvv+wS2zIaquP9JGZk9ftH/'
    'l5TpVciQ/zUTnLPn2LzenymNhatDE4rxv0LaxzP1oxn1miFNulMyHzz+6+2ZYNxbfqa+RbJmnAZPSMpwvcB1ZD50fbmK578ENj9H'
    'XyeZs+cZnEtJmYOKvXC+ZF4Psr1wpgTPX2R74WUhZXAvrJXgR0EDP44JmWvUAc4PKYNr35gJxijn8plcCJ7hfv0TiUeuq8sq2v+T'
    'eOQDClrwnGNGCw7FAneCuD/GynzDKcVHHXtqt95XNPvEeYR7Q8Z76P7PYsLr+IwV9X9OMMb1BNvH7yWwde/8xf3vBGO0x/HrKvr/'
    'OcEY2vy+0OcEY5HT+JPFWOCO7wuV1Pb2VZJY/aMMV8921OcxnhunSnCOr2+nBHei/K6KeQg16/Ezea5hPaRN1QRXdHWQbr0/CL+e'
    'rj2jW+8Xwp87Gf/bDHS4NkQXWbz/h8BB/vRbIWVOhTKPkjIy3tgt8y8hZU6HMp8n86GrA3Xr/b0IrlsUX1zk/4UXnygt28fi/idj'
    '0NV70lwAJraLPBfAsELueC0pI5NpYR7SOSnIsDAHZm2ITVsz+E/VhujUivtfBM9lasOGeUhrQ2RYmAugyfAOgvrKJkNZF88FgPlt'
    'eMx9jDcdFo8/TnxrzO2mim9drjjVC0RpLqK88PWrOaZfXcn0q/OFWm/Ly9Lcdch7Z51SvDHNXYdxtjG3kCone4tQ52SX5WvfKOLl'
    'a6f51qPyido86zbPus2zrm7P5lm3edZtnnWbZ93mWbd51m2edZtn3eZZt3nWbZ51m2fd/9k86zbPus2zfqTlWa8T5jkYbQ4+m4PP'
    '5uCzOfhsDj6bg8/m4LM5+GwOPpuDz+bgszn4bA4+m4PP5uCzOfg4LJuDz+bg47BsDj6bg8/m4LM5+GwOPpuDz+bgszn4bA4+m4PP'
    '5uCzOfhsDj6bg8/m4LM5+GwOPpuDz+bgszn4bA4+H47NwWdz8NkcfDYHn83BZ3PwCWFz8NkcfDYHn83BZ3Pw2Rx8NgefzcFnc/DZ'
    'HHw2B5/NwWdz8NkcfDYHn83BZ3Pw2Rx8NgefzcFnc/DZHHw2B5/NwWdz8Alhc/DZHHw2B5/NwWdz8NkcfDYHn83BZ3Pw2Rx8Ngef'
    'zcFnc/DZHHw2B5/NwWdz8NkcfLM3B58qxjrNwaeT564V4JrkTXFjrbv3xeXkfR7g6tp5LRB+vPAhURrvpoV8G2XfaN6EMabP4Tl8'
    'VLk31pC5Eobz5fb7G2zcnDcbZvT/PAlOjnNZtgieyQU29o0SOP3sjFxDcGuHgX/JEqHHT3EZdYtmPX4m0hwRmEOpWtiY/tMV0z9u'
    'Pk+TfJo6+ShlOSc7RbKckzafpM0nafNJqtuz+SRtPkmbT9Lmk7T5JG0+SZtP0uaTtPkkbT5Jm0/S5pP0fzafpJU92XySR1o+yTzs'
    '5RycUUhbB6CdKg3ayilrdnaR1uJU3bo1Hu7D79itCShvRmPfmfJAguCwyX3mDKYnpHoQlbyOvuf1BiTlqd3TsMLvTSe+xbDEzor2'
    'Jco2qmjrlvPu2DK/kBFFH3V8mmWxIWW2zr3s+x4D35sk/ehmNjV/NTUPW4U8n1NvSn0Zlvi7IW7QvlViHfj4X5PzzhSZbRy1WYyz'
    'B4YYnR/VPFM4z20yv3wfUD3lYjJWk7mW2cAV2H2nQ4JDaeQV1MUdPtaDWU8/JVsX2mddPNqhmB9u04e+Wr/T5G3CxnBPyBiGyjgG'
    'nXV5QRPnbsp6925V3EXdfAT9CruQUaFvR9gl5HELxyU0w+37JVN9Xz2NOPRjhR6Rz7Fr6368wrZmSGKrXY5zm8ffcbKeXliV8y+J'
    'LaSK3u0Q6vhXdF6jbMh1bGXdMT6e8XHbhN/vnwHn3ocynj5ANw/QGIM3qFh/k72touW7FbY4AxnvjiajJdzXpFvox9Yck9hA6/TH'
    'tXU/RpNvNj1vCxF7fhVpu7/MPDnf23UZ7/45k8+dg44HSzb3OryJjh1+QbJ2OnjzJcfPA1IuPozPx0ccNS72StYh7fW40fFjD8Yd'
    '807NvdHtTC9tde1nloTwDbpxt2RxWcLaXUbaLRje4WT3P84ryOYObd2Xxmw3rTn/ifB90NOmtd8kNj2jzDdKl5ZgHdl8cp/D+4Q/'
    'n9MlF3gvGbNpH1RxMsPaGyf2eSY4ZMorbxOl+edN90Zc/sJte7Pwc7OnQffRfmZRDJwcM8TJRhH0PZfJSaj8upro/etB1vg40X3P'
    'E36c21US+XarofyzGuTaXBZO5bHtRM9UT+CinoTqSibhh7YRNdDfLpBTzgfbqUnShxyMi9c5a+rf6+C/H5z690NJmTC4fEwZIt9v'
    'JPL9Wmi/BtYC9WjunG5PpGed3VrX4pwm0AXkNMq0Mxsx0zWY3Zpubw1uEYl+x5roU6Ls3sPoSC1Zwyq2fyktqCX7vIrRgqh2XEL0'
    'e3h/M+CI2/frmL6c6/QOFzzJ6v9yRvYSCr030vLon7rkZIxfswQH+fkTRXsQn0YIPtl1D667ZM1vSrrmaa570VZ76j8ud7z1/CHh'
    'S+y+PvL2teUBguucqwAPYGnp7KClGfI35aEccj/qJ3uzF9Y5Do45YdszU569UJafBzqrs4pxfrL6TgQ/Xs/u99WiNLdqLZMP1BnI'
    'BRAHhMWBGYsDYfKNGrJ/8e9Ghg8dxE4S9z6+d0J8ahpD+pAz6AO2nUupbXrXjGo7B/Z73PavDr7XsPunOCDEJ5+R2xfydrjfxhkG'
    '5VG2xeV8tBzd+3MNZINx1ouP5RJ4XiFK/Sx1ZANx7/b0XJpP5qCa7Je5BHdkcspj39xR/Ie/myb3nen+4/MeJndsh35R2qkrO1wA'
    'sl6s6zIJfyF8H3v3+xzF/mwk86cr+2wjMJrJeUDPh+WsDPXR436d5Z4f95ur61woSv28VsBzYUdpG07MNqjvFJd91xC8dWG741sP'
    'tvGC2ApXMp6DiSy/EdqeD+t3IrR/7r1mPitxY+Qk7ed3HzXvZ86wnxgfYyGz5Tb1xdv3WHDPrBNy38dnYvid4Znkwn87jOkWGE+N'
    'ONx+TqkFv0A2Kld16HU17qwyNKn7yySGACun91Kvy+qqLq79QHgOES5+7AP8yFdmId35yiIPURVVs3rGIWVsvVUHZVTMcSH4q4mH'
    'pM0gB8Ozsv8K76v7/kryfv0d/vtLhI3flVb8Lpd+Wx/K6fGhxDsNnrEv2XhXNt6VsPGubLwrPfy18a5svKvpiHd1Art3VjH+5Diw'
    'Y8V9kgO5iDC452KsCF05A5UPyu6vNkaXjdFlY3TZGF02RpeN0WVjdNkYXTZGl43RZWN02Rhd5Y7RFfWd621rD1O9rdvW2LUzRz9b'
    '5GP6yq+HNenPTwq+r6opf0B50ppJfy/gmjZAuSzRTc8j+Fa0nZiUw+PfkY9Zk40nj7Z3bXvXtndte9e2d21717Z3bXvXtndte9e2'
    'd217156OeNhZ2EPVbA86pE/HiVJ7dZW/BYfr0ohqw7MnT8ai8jfges2r2VnaBDDxG+Wh1sLzBGJfl5Hw0A2Kcbl1L2XyhiWa9gpJ'
    'YjsOMdu842FdeA5bHrdMNwboKLN9Wiv04z3Kcriirehm+O5IxiHDf1k7PN6XKpbSqGS96sn+wPVqFMG4aRTeBONN0GdBlseb2pUk'
    'yQPM5xD3GsqB8oRmDBjQwwKzcdwgfJuuMQM4Ywp4S4idkypuIo21aho7sKCw0UR5F1/vNqAXdL1bhTyW1J6INnuJXONoEYyblWQ/'
    '9yn2Q2/IntLxv+IxxEzqJcFhHg+TzudeyTq547qY7Msw2HnAWZM5pbaF42T9+XrS3N5R4+sR5vHKDwcaWcX2DG3rM3iHXybHR927'
    'QE74vm05hcyI0+3jCX5gjni0h3Sf5+c83MiKUvkCXfvTWB0O4/Rc9PrMJetD6fEcxRzztVCdGShTWAw2yStgXoqyQeA/b1nsPd8q'
    'yWt/eq7075PguZWNcXMunHbi+lQTue+uTl8mz/UrtazMG+H5/s6gnsWtX7TD61Ofc09D/V/C8x54XtoX7GMVzDuVTV/erdYBud+K'
    'HhrbS3O002+33Vmao53CvvE9wTHht9r3RONOtQJ3ahkujDAaNZfM899u856nQH9/NVEqV6FlXsbK8DVX9W0BnOVc30PnsuoD3vNP'
    'twXn6947wQb0NgkO9MG87Qn2qYrdSyitwDZ2wZje0qNeZyzzrZ5g3/Cbc0Owby5MWi9sLetC1rKoWwG8+O2bStujfbn+Uu/58wE1'
    'Xt34Hr39miN0uhbmeNHF6jnCMh8qBNt267nPg1fI52EBk0vj+Hld7KsqN/olgEMf3hbswxt3g272/XI8kY0fYwos/mev7gPfUY8f'
    'y7zje74dLn5z67nPJ7/m0+RGST33+QVFneaQOu9aL6+j4vN0ZOM3PGYmLy2J72EqYJxd4tOsXOgZS7zl/TrMBaqc50HbBnevncL2'
    'Gj97DzzoPR95xHve8ZhvR99I8KNo4/AknB/3es9nH/aem77s1VkEe5t/4+1wHJ/3OMD/LOirD5Ti/OYvy3G8zRDPf/N573nNA2b1'
    '3g57cNPT6erfFk3G06nUEcTQjTui09cqURofiMZGWBvCY6OMTsdvIur+mCc4dDmRxxVlqUw+NxlS9gJW9reED+BlRyLa+Qlp5xXw'
    'xLthDyv7b6Qs9gHzFvSyst8i+/AceA6zMo+SfcLLjEr679b5IvxN+3ABgSFbp3VE3/4ZuNvSGC44hr0R9WnMENn4o9p+J9ENXsDu'
    'xYPsb4RbIPCboY+4Buexut1oxwJlh8jZfRap0wz3rTzDmbPg2+vJ2i3JBZ/F3GekH2cxHLvWKV2zC4gdURje0PlFGGNsXhDmKSE4'
    'P8r+HmB1V4bU5WO5nNVdCHwe/TaiGMME+3uYlRtW2OnQ+D55oCEYd6aGyO3XkPooI0V7GozpwuPcUVtBh9BF/LaZyPA3A7zj4e+l'
    'Ipjjgcp8xogsi97XCoYyNp6va5DIDJrBZrFNoyyl9ThnW8hcHUNw+Eyod4OizbmSNgsSnUJUmzzmYA2xuQtbB3ed3kV0zJzOnCg5'
    'Y/rZXhsk+wF9MXlZpDddjO7sImW7Gf72EvqJ9KNRyPfvGNuTKPu7nMAfZH0ZI31qJvSNyvl62N5/A9ubqKc4lfTtegn9l/VtDZGn'
    'cLo8yNoZYPM3xmAtJDZrVI6RZ3PLcyfgGlGeyN0HL5PgFuo/nQhcUcXQonHIZPHFthBYW2Lgchp9amG8X2mcs8ksz8fA7xQ89lFr'
    'iH6znfw3tkdtYzezfe5I+HjVeFVz6K7l+xyfZofN4R0Qg0C1LjmCF27/dfLYmdwhXgt3mfsfDpcFcVlDDdyJHvxaUM4xBveyzzwq'
    'vx/h2PZAv/BdHc6L4kKOeahzs9rSqcqZfGjyPfTS/iM3rmaH0W09PGjP1ojafxCeQ/rU70dZYfrbj3txzK7prFpT3Lc3SfZtfhav'
    'cRX8wktVO5N/LIl+vX9yOtb4JvUa68bujdrX++yaH1Frjvt+u2Tf29wFjiM2HUopoBCVa/wiaLLNF1H5OQ+TJ9eTv6Pi1uvxuyFr'
    '6aZwqJrdtv2dzLZ/JQtkavxrC/tYZ+wbEPw1dPL9OWbXdFatKe7bJrZvawUx2gppKCDbiCivihkfprM7QaIHk9mgtRNbdqRZNUyX'
    'xmXSprq6vawPJvshhrI+WxFEzslucwnyeawUsfyYdDX3xnG1W/S/hPnJnhCij7V8YwhOrE+ygDWXRpWwfGPl55znZOiT4H8cG6VZ'
    'tjZZjdtv6C8Tn7aV7I9euyYzak1w37So+K7O4o7drzr/GsjaNsaoF8X3ZbaK26Nwqt6gPKcXIe3uN2w3tDyNy4p+RHzObsmor9d0'
    'zkzsF3B8aA9YrvHp2i3IfOdGmL3AsAj6ADWDfnOuCPrPuM/niW2Bjg9sUnvZ0wz59VZit9EI3+cJs9zEKtydDWu7Gq6cUWs3yGxJ'
    '+kSpbxTGb8a2o+Bxm5xxEfTfmw24Qvkit/3D9wzOps6jRs1nFF2P+2uZNXzR7FsTmrclToyYI+Fud0syEaNWDmlduhlG7zL2zlFy'
    '5yjn3spoiM/sPXDmrUle+DFYcjHuGzJZulvnJ0Ke+91kfbOza71zSdc7ylQhDXzIAU+MuLET1nGHwb6d5evoKO7sNamdgR+P1j+Y'
    '7NHi31P/8R7ZnjzsfrJkiplsbhp60mIifGvRFs0FRhqmm0RfmUyn/z1H1LhJ6XsxD93Uv+tYu8/d5z3/0jAXr+WnJbQkGRpG8tOy'
    'M3u65K6zRx5h+XO7JuVfk3aQX1L6abJGRxAvVh76+XG9czoNeYXVWzMd6X6xrEysW40ObEsPZ96aRO+bTPZI/uE8cf/OSeNf/IUM'
    '7hu7JtO9JpF2tiH9k9rZRpQPs7NtZDpltJFtZray2yV2DUp7lWzx70/Lrtg1zJ6yMUa9sPH8NRvPB6BenQ5/5jJkuapq/Ds/q46M'
    'muI0v/sZ8QPhpajZ5E3sfhNZ2UlfNcL05sgSWfFg1YNv9/779eR9h5IDV8tuqidfCD/TtkbcAeYU52alSjTE+UeeywzfubYPD079'
    'uzjj43mV5D3HY8yFgPcMmhuhhIbHoDcVtznFtg1YNM3hRHrzTsb66dYPrr+S/4mxTtOVK8KgWjZtZnMy1V8E/2PXZNrXBPfNeyT7'
    'BniBqbM4AwuWizSyraoOmav8jFmj6HM2k6nISpnCMG05+NWknvx7s+Rec7vFGYszBjiDdKdLWP8sJd9WRl+hGph/3L/X2rmflrnn'
    'cm+eN6Id3tN7NMbYPAHuMWuFnyu0idlabyV6cgqjmpTnvpMLiM01xgBfFwNOW4R8oJXB4nbdOvHYEH4DoyPzImQnOI9R5Xj/82xd'
    'cmxddODR+dTxIzDtazfAyQDceXZvp2ZLHWVrxn3AtsO62fmv/PxT3aMj1Dno8sLPjVxN9g2Pw9zAylH6uLwjfm7mMDsmzI9+TQo6'
    '1VEFXbA2qDPfBpXTlWFCV+z6HV7rp0tv5mvSmzC6dHyZ6VLtZHK6VCvh3TCO+U0E56sV32Sye8zHVEf+prJ/jBHM+cgcWW+ql8sy'
    'vRyPM/ys8HIv0LnCchiDGHUOP9TUPea8sOKYDjfS5jCqvIwXzwI+vt7aoMrvgfsPkQXQQxnp6Ny5zkVp5dCPW7ZfZPl153T432S2'
    'yzp+KO4ah+UibAZ+oZYgFPoH4/5vBt3YIlHqO4w+zejrjHH9dXI7ov8yjc/vtuOm3roQ9m8juxfp3IUP93u0KW3VxYP+FGwnZ9lP'
    'ob8xYy1CN70GqGY4Xy4UZnmCMA46z0WwmnzDHAOYI5PmasPcDJgTeDH5VhCleSDmSb4hzCZJe2PMt6IFzk0Zb6IjE+Fx5mi+jaRw'
    '+N55m0ROXeMVyKiV47kZ4kpUXQ6gef2iGdNN1FZTPE2OC+osdOwltVj9mtKCNeZ3AsqH3WJxwuJEBK+dC+O1tYwfhP0d+tVplCmN'
    'qdoMyPYmUerfh99w/0bx1ab3pNnOMR1i3mP/oq2BdGW5uuc5lzkUcwpDbuw/dQbvXvxbmF6ri/EdRvtcsu1n0S+TFBN0fMMchUwI'
    '16eOrY8qV+is8QnPMBbEbOsl+LXE+tgSjfYtYVyNzI8M5Xk2phSh2VvLSbGjF8/G+Zp5a2ISx+9Eg/J5oLFUJl8jwnM1V0G9jCjN'
    'he3m40adBvJyNAYi5kfcA32j33awMkOkTIHJLTFvZAFoCY2HGBVLEXPdzhfB+IkUzhh7z2WkmGvyJgL3LOHnFB1i9fdE1C/2EeC4'
    '67ckJpywsUf1v1X4+XT3MpnxEJP/8jXFo8yVrR4dQydOZWSLIcf67w6U5hGkuWq7WbtxZLFhvinif0/B+JFPD6sk7znP6v7rgDHU'
    'TJYqfCjPyr+1kj3eBGNaIkrtixBfV8F/uzCojq9VogusnfR1AkIEc1LWiNK8nisJzVkpZkcMXFmuztPYN8zHORfmyiG6lCQ4Ve45'
    'nq2xaKPWzARGOde22mBtkbYdeNB7flWSI/UOyJH6xAPJY/meEXOuVqY8VzkissN7Hl/b1THGdwDmquU7EN/pi2b1m/9Zvzw/d0za'
    'oTlxk84hlWWodCjNkru2Kjf8NoKv29g5FJYf+Rp4Ul/jVjLma8geyAs/vzPPX47PEcWev57tf+Rt8emOdQPZP/zbCUSfhe+Wk3fH'
    'wbulRL+7TtGXdYy/duvNgXHTvOFdjG4OsLEOk/Fw/ZosFxM/+zmuLCCSd9Rlr0wAj+73OPXboE/tEh7Q0dgvxwp5jvJjWZk20leO'
    '5zkDPOftXBOBz7I6nFZGnROq/oSdEyeGnBMric3EH+72nh/8ApwD3/PKHCP8vPMUtozfpvnr/+YbAO+JYP76fdCP/4S2PvWw93zg'
    'qek/v65h65fUBo7aAm4Tpfx7ntCPbQxHVP3h9GNlxD6pk+xRmfwccS5L5kSGc7StnEI+T/sry2efIfCvJvCvJjjNbeGafiWucNHU'
    '8WziAr9WxdkVt7264aLk5oG02wvEF/EO6Qd09Y6IT3TPUzqDe/Zogksm+yfOGofZJiHvUA11Kc2qZTzSMJFVuDAfIXfBIXIXCZNH'
    'UHh4b7kO4N0L9+MoecpycqcxmbuNKNciT7fd95P12UHuQFHjwPvQW6b+LSTzEHXP2sWeBQ3Z1k7JeuD83SB8+6UFDPawxjh0ZGuv'
    'FL7dIZcVDZH7J+bF1Zk7XrcZ1uQowpPryBG4LWRUHbS1mge0mvZnjI2xECFPHFTciXE/tRNd1hJCe9z3Bwl+un3+AdSZU3yZyeaq'
    'qg/98tXVNfjftdV19dUNjU34a25pmqZfq/t/beWAXJyYPxR5qz+U+jzvL+Zdv8v7vfrV/1h8fnfV+mUXrV576X9dfNmr77/rrlXw'
    '+cX3v/UuHQ/vL930lZWOyP166j9vckEPL/QpitfWn7127rrie3eRn7ty+1ONFLH1Rzp+5Q+qvrbjX3cFfr/4Cv1rUkw+OPXP/f9X'
    'T7rjFMX/PTv1v18X/3/q95UX/gSQJyf/O9CegelRxO/1knfF9js0KmtZh8s966crf27RT0RyFlcDPNlZfLxExkfp1RiR78tosKn8'
    'MEqn8G8gf9M586POgmFCw6P63KXQ4/SScVNZ66jmmKLG+1G4n6p0W7Tt3ZrjoHV01tXtxz7AszR1XFT20UvOxC7F+HTl2JcC3kat'
    'f7+i/6bj4H2gfMEu6NMa2Fcq/SP6AtDvOxi/dxTwe3F1cjr9NOUnwmSLtL7Mlm62+xXpxGvjMQ9cTkDv9IqOh6mS99I1lfnK6MQf'
    'qCb2VbSNLLmH/p7hj44swkS/a8Lv9yj0z70i6P8YBhPtEf6R0KVBTd5fRSvjtH8buRfpth+nnevI3Y7TXaqniwP7dYTm9yeEdR7g'
    'reyeujcmzA1k7HsYPhUI3YwD+yhydx9U4Ca9E8Zpw9TXRsaTDZM97MJ8dcab63LsZ9Sj1HzDl1fhu1v+xXu3iMi3fgDy4dwBX/5Z'
    'RWTJ6J+E7156PKgjXXzAe3730Xi+08X2AW7TVOVLyjw3T+31cRPfVV/mvVtLxuW+c58f+0tfT4Xfmq/2nr8v+POM387e4T3ff6ev'
    'y8d2Vr02OM8/KQTnuf+K4Dyvv6MUbobIPy+E/v+r4/lZIy9L98SoAR6bzr+Ov127wVmzi9HHIUaXCkwedDrRgSU9Syjc4wGuLk+o'
    '299mYlsyFnKXo3Vwvd3/Ptfx7nBR4xxg/P9e9nfXNOJEWDnqU1zkoab+4ySFDLOH8QEzfSzfgzsbHcvBw6Tvfw/y7HLQB9RHbM55'
    'z03wPAOe5+Q8fK9BOpuDc22x93zrYn9/LCZ2qOdB/c5c6X45C+q/hdTD+Gi03MlQ7ubF/r5y+6R71jXFmA867k54nqIYB+9fM8h3'
    'lhC+g9qPFgzoGZehy/hCytssgbmn7e4ktFGnXUqfhiT6K9qerm6MznsmRO+2gusQtwJIhZcFws1EwDXhU2rZWUL5+mawSc6Tb3Q+'
    'VkvsuAdZmaWkzIiiDPLKVLayjpTFv6n9AZU3qcqq1qsW/lG8KVeMDNW9uw3sdmgf6J0F8XIBs+lqFWq5LD1vW4k9TivMRZ7MXYHV'
    'HWXnf3uIjXyPpj6S8oUym9AsG2c9G2dOIgNthf0mszNqhb5E7Xs+bwMS/qUV5gvnr0aBJ4NM7h7FD8aVLUfN8zBbv6VwT6C4XFDo'
    'nmVz1KXQb+u0Tde4VrIH8szenuc7kdE0Xs+la1H14upnVDIyXXsKk9yiSfysYnplZWe0jPXZtLSFLXIBa8TPxOZM54znuFTHcCmn'
    'YZuzTuj7Wev2q1xww2xny+XD1g5yT4fw06V53DOHzc8gTVfOJK6+IyazMv2F/zOO+yHRmuv/ZHHnk9rHN9q9pbVXKh1vzSS+2roU'
    '8UEwfNCV29JYbd3CxmBUntXvK/5/h3/YmpGOKL9onVh5cWTya4j8AN+dDu8WknfLhW8P30j4WOrnMQTPXnanpe3tE/F0FeUY86WS'
    'MV8gGfN5kv6fHWMeNkrqjEfUWQl0gtYpED8aWvZodsdokciJ5krKFFiZekkZVyYok/9M5/q9XrJ+2yTrdyV59wXJ2r9rfXDt3Vg6'
    'fO1PVKy9zK43au1VOouwtee2TmFrv1Jj7VdqrP3KMqx93nDtW0CuSv3ulorSeLNrQb9aReBlSf217LkFxnKZ8PSeKEsKkwVQmdEY'
    'k4kNMNkOxnjkPt9R8oMREe7rTeWq3PdqCxnvloj52ExwenkMvfGWMp5JSGP/h7yb2+G9+wN5NwfevUD4tg62zh0A6xeSMsd2lJY5'
    'CHuUypbD+uzW+a6r1yZ0yWS8bQb6AG4/uQPa/ydihzKqsNEbZt9lOgYX1t8Qe80eRV1d21BZ+2G6WYrzE0QnRW1Vdf0ahtm4dkhs'
    'D6P8K3TlfNjGhcRGcpyNv1fDDhd1R1xOOU78OpDOJLGh7Fe0fTTY9eiuaSGG/fEAoxk6+qScIR2R3QvXiPjxV9bD81QRtAvZwHyi'
    'MiHyV9k7V2Z/RkxZqSreui4MHpumUmNuE8ni06jk0Dpnlgl9pn7R18E451p5mlSetvUwkKe1El3FFYb8Tp7pWw/pqM8KDx7o1tlE'
    '9s7JX/aeP7/P1ycv1dC/JdG5RvlotBC+SIDv+3vBl/32u0vv76q4/WGx+8cM6ZqVKwVyezAlTrpyJd21obZzJvyx6lw3pd9hMcOo'
    'HNc0VlhYjLC0Y9Skjf+z/JeR47/BT6NupeRXLcweKml7jmH9KsP6Nt9SCE3uODStMfIttWvJ+inPfZpQx0nSWctWct+4EeqjPK0L'
    '1vgaYXOATsc6L4R1wXXjulGuc1xLvomQsjweaGvEWRWHPmyOkG9wf90oGY7MX5bLP3TlIFSGhf2aMLTfovLc1vne/pPJr0YN5EY/'
    'l8jR6LiT2MzJ4D3L/t4p1H5w7jifmefpKrgPL53P/pD1lfUhrixLtoY68qYXmA3e387zcVUntsuYAp911rdL4udB/Wq4v0qXwVxM'
    'KPwvdorSWNA75vk+G2Gyx0qvXRz7yZOmxnKmROaqcxfW9UWS3b1lPjuVlsn+dq6/F8dZ33TmkvpmynCyz2CuhiW0jtu6q2T6NL7B'
    'V+b6dHRCMTYez2FC4aOQ1t5KYmtckOhW3HG+lYzzxQRrp6InPWWiJ6a09VVT43wFvDuT+cdsAf+YNy8OziX3AXLrnw5+Nhtzen5A'
    'WBafshguvA9u2fXEv0m3vxvg235Ff2mfNpH3RT5srmdHQGnIc5r+Aro6L53YNjowdfGS+ovG3T/u3Hx5jicHpTRmgOH0dic8xjan'
    'H6q9Mybx84gab7/GGN45x9MtyPRjg+ys6FL0ndqPyPrM6Qynff0aY0Ee71oy5+OHCW3i8dTXkjGUg76m2fefwfPH7Cx8qc33R8Wz'
    '+CV2fvaw9R9QnJWDCv6tXDj/jTZPB5j0zkL7WlDsgQGhr/sYUswDt8/5SJvns8f9siiu/V5icxHG45jwxP0RPA3GSLx+qp8nM1sj'
    '6uNG23PbwXY5jzugsFOrNK08s82TYZjGutT1naVjGDa0wxiVnKVun9va/PvjuMLWZECjfy+w/u3QnNskceJ+yfr7vIZO8OlWf2/P'
    'VB47bM/8Pem/rmwqjXtu1jFfT9ke2d3q+R9Uqv+7QuQKUX19VWupvEiHBzHdx5W+d89v9fXyOndS2XnzXITN26jCBhhj+v6uxet/'
    'mueriSww7Oz8ZotnM6obo5Kf50l5nSEJz+P269MtwbNFdnfs1IxngWVp388kMTHoXfJ0dvc7jcWQeDn7vgnuhm+cAr6sAvxzr4Ju'
    'FJht3msq3B+VbAr7c9I094fPT3OL55dVjrxzOjyMKS+DPMzBZm8ep2vP8r36L1P/d76Ilr/o7NGtBnKjTrI/deHjnt2aUF7UqSl3'
    'cudnvNmn/+WQ18r4CJ2YVm7fLqpQ34Zj9G1FczDmcCXpKPKgVRXqx3BEP37c5OcGwL169xJ5jGKe1xLLjSn4gRcJXLetx5tK9U66'
    'vi5JedYkd4tdknuxO5Y7m3wcN4ml3GMgj5PdcWW0l99vhpp8eeOA0M8hMibRNdP9qLNmOwzGhfz02U2+rGWmyoqKcX7IvJZrbnpS'
    'pHX/2ejjaDnsJZKcEY9UqG9x5u2jjT5POd2yv6K/E+nPRBntBmgsN5ksEOXSVzZ6fkgunKOaID8gPNfDc1GT/PsmeObheTw8z4fn'
    'BniuZuXnNnltn9IYPDfLMQe47gcVczCvsVQ2byrXkJXZ7lRGxvrThuBZHed8iOvH9mhDeexHdHmvvy9z+1F3xFunqX0c/44GPwZb'
    'JWVnsnsr8lNnNfg8QFw9RiX2zoIGzy/Ofb+C0byF8FwAz42Mtm2F52J4HgvPs+C5hNHK84HmvVjvz81Mtmn5dv302rXdU+/jtcn9'
    'go+H6+L7Q3TzUfhyW70XuzKOr3Laeo/+es//JW7+F5UMJ6rdV9b78vLpkFW7fVhVr5aZJblf6vJMtfUevxBle2QiP66UrOnf6jwZ'
    'QdG+nNG8oxhtmwvPeTH5u6+EtLVE0daCmG19irQVhzbTekvheQr7vhbaekedv/cqJcd3291V4XYR3y+s8+meSWwGGS3WrauS1awm'
    'c5CWbqlXg/Y31Pl5UMql03qhtpS2lkMm8XyEvu+pWn+c5bDRc9v4Yq0Xv5zHDTG11dflkT9S6+PvdNu4T9T6+JvmmRV1x7261s8R'
    'FOeup7Kbc2H/RYqw+Xytq/X+nolnrdu/atgv9Hxx4PkKeJ4Lz0zMs+2XNf5+KSfdx/V8UtJeufRRbnv3V6g93AsfkrRXzvPzRtJe'
    'twiPQ98t9GPMjyls2Lpq/HMkzbuTyV1pK+nDdOhUivmiany6lLZOu6am/Gd1TwRe/Sxf+T7wvfRo3s9nN8Tm+lmFX0KrU2pDx+2h'
    '7s37OQPj8Ae6Z8tf5YN8SLl0KkX7nwq1h2uzXaM9k3ZUfgkoCz6nQu0hnVtR5vY4Xa1Pqb1djFcbYDwc4suvqv39naS9CRFfDvjN'
    '6uBejNOHqHvH5yVjraTflNuH91er+VhTWyy+N/aVATauUYHMXTn8BnojYBRz5VX7e6PcvgvFeLlkPicU+t3XOqV/72Qwj3Lkd6VW'
    'gG3C0+vKjl6s8mGfzeRRq5m87QJD2D+u8mNKpnVPiDpzn4c5+2qVH5s0ie1R8fyv8nXk0+E3wXM3vYvM606FjENloxQ37/k42v9U'
    '+fzVLmavMMGez0v8P2TjeS2ByX08+9g4CxEyLFyzc6tK8zxT/+FeAx5OtRa471eTvqfl8zMvBGZcG1xRlc652RMhE/5prrztIE18'
    'Ilf+eLWqubw7N32xct+d8+naDaztv1PYTGKfPrmk9L7xRgIr7A6kY3/Zn/Ni102n/3uUrulMgptbFXk2NzO4r4jRzvE5Px5zD8Oh'
    '5zX5z7k5zxagUrpdt83/znpxvcqhw3Xh/yjr4xvPd6zrs4Swnsj681MpW9J/Im1WIh6M2+b7sj4ujYTIv8Jw6WayrmnrG1z4byDw'
    'RyPO6S4DuovzfinBG35X4XeQ3Qq+AM+NLaSvmyL2/hkx9v7yrGdDOJ100O1HDuaMyvfRLtLEtsiF9ZuMh4Puu6u/AT4qj5fmM3jk'
    'Ee858jnIDwNxfB94yoPxbEZNEwuatn3fyvgxVePE5lfxEl/M+H4K5dRzFu1/SVt8/LtT4ldwvt5C5mucjV2HJu1W8KeDmeT5Bq7O'
    'ePZUYXF5ovbQKQY+Vzp79xSC53Ht6ZZn/Pw5UXjO8XABqdsrwcMwG6CaTLK8FYH4X46nFy7XHXdc0e7Tjj+OpLJ2F97DjhenMurs'
    'o/mq75f0Ia6M0YX3Ccdf1zGJLEq2rqh7eB+pa7LXivufjD1MxkfHvpu0t5v1sTdCp9/n+HHdTWy53DpXhdQNs81y67yCjLM3Qo+K'
    'NhibSR2dWJNunRMdP6+SDs0fUODk0U68/DtDDE694+eECrtnFO//pGxvhF7odyK6LOKYm9toQRn83l3Y34F+uN//62LIC1Lwnr+H'
    '52/vBP8/UvbJy71n9lrv+RMoe0wf+P+GlOVw75OUPXNCXvYfJGX73y7vw9+ElOVw30vK/naH97xHMQ+3hpQ9G/5+P5R9IynrEhz3'
    '2XRFsG4z0Ate9vbt8rIFSdmzb5SXfR0pW4CydwzJx3YxKbtvN5y7F8vHdq6kLK4bL3uqpCyuBS+7jpTt/Kz3PPAg4DDwvMc/4JU9'
    'jpT9xEPe89kD3vMHD3vP3AHw/yNlo3jpRlKW8+PtAHfe4/J8R1E5jnRiL+cZzUN5Eo0bXmDfTOOG58jfmC/e5WXPApxx/3tq2sUP'
    'SR0+tkyCsQ2z/p9Dvg2QMWLuLPyG/kF4zmyUzAne7ddJvmG9FRKYyH93CD8P3bPw7ijJumA7mHuxBc50Oj5sr56U6Y1YQ1Uc75aY'
    '8y3LaYa5YcLOP5q3b3lMPDOVp/Fz2mSs5wl1Pj0dXkI315mMF9btpyz/3qBC/qQTkzoqdloxXi2sX6XnJqpf2+Fs0L3LdCf0feo1'
    'GMdoSnPvzvuyBLYpQ0I/rsuoRn/4edUuSvOIZkR4LoHqGDToeAV+TzilPHAcuxWdPbKL8d/3zvHtwwdZn9LSk+9iuDuuuAu8e45v'
    'Hz6okD+PGsh2ddsdmRO0kZ+OdSn6m8zxbUn6Dexhh5huQ3fs6xXtcR8GXbyKam+epL1xEZ7PLUl7f2zzbWVUvnXcx0MX9r+3ebZH'
    'urLSEcWZyWMn69Jbtw8PJeiDLh7L+kf78PE2b02j+jARcz54/t5b2nwcGhPy+Pxp4mw/waExBQ5xnxRd2Je2Be2Wxpnectxgbsc0'
    '67htb2jzddS9CrlUGjjaTsbYq3nup4Wbf2z1x8hlb90iPEa5yRh/FNLO7hBbHJ14G1Tu+QhpZ5cm7xXnXPjHVn/Nkp7/Ywr7IpVd'
    'z+3T0DbanA22+vZQA4o93WU4l1eR8VSSxyrKm1qDtmlp81RFfxMyxiGFLsV0H+vuPUHGOCTxDUyLlvy0xW9nWGFjOpzCeJ6AdtLm'
    'K/g5el+Z2uHz9sEWDzd020mTN9lrOMaxmGPcrjnGvQq78CT3l60tvp1Jj4LXwv7uMZhbtLdb2eLbxJjyCRzn5iWAxec8Q8bda3AW'
    '6vb1F83qvk4YwnomASzOA3y1uXTcpnKUqHk9IOnr8zFhfYjAKkScq1F4fisZt4qX644401Q+tEV7cw34cXnFYrw5Mhdx4FN/nXNI'
    'X/sUdePILM4F3fgJBH7acggX/hwF/DTkDi78PzUF4aclZ8B4s0cbyFCHUrhjPNrk408SWYYL63NNvn3prphngylOfSBhm6b5KYvn'
    'P2mzEneJor0ZWScZP2pybrwiASxOi1+WAiyklceReR2RlEmim5D5pxfjTVSgTc77PN/o0RFT/lF3Hp9sDNrwJo1jNxJjb/5Tmfph'
    'ul/f1Rikq2F7ca+C7zVpc6TRPyvSlicW7/+N/r5LIj8sxptp9PfAHjbfE5o8sClurCTzE9am+9zmmM9/C5mfRkeOSypbe04j/qch'
    'Piy+93/RELzTyfJ5cpt9Hbuzi1msHvQRugDs0b4+DW1fDG0faPDtxrtiyKJNZNDvlbQ1YsAbDRjwT7slbY3HHF8Ur79N0tYxjvkc'
    'DmvM4daGoL9D2P2f+9cU7U0JjKi7SUFxli0xgCHjg4v2ZjFgHGQwXqr3fRFUsvhRw/OsKP+TwH0+BbjfJnD7FLRpKMZ99ksSuKo7'
    'ogm9/hSBy2PK6tw1R4U8vuG7CdydivtTHJ3JDRpw49znu+t9XDWBS+/xl2r0bXcMnDpdAndc6NuRDyj8cY4ncNPSPxXzTZG5jKN3'
    'cWH8uS7oW3WQzbvOvVXn3Ppxnd/fKF2A6m73VAwY/E73kAaM8QgY90hg7DIcy8c0YLwQAePdEhhjhvNxowTGuOZ8IL0YqPNwPOkd'
    'hPPRVwJ+lltHUNz/db6P7sEy8FVR++OoOj+/RWcu2rf0JBLDMspPz8Sv44+1wbWU+YxsVOQzVPHnP04ZLvLe36gN3n9l/oinpXjX'
    'uKeCbeI431/rnyPnKvLayfCEx1I4nY3lxpThYn/7an1/TYf5Y+LfTSymaY7ELirufwID/cyWwXMVPDsiYLjxZucq7mbDhveKov2f'
    'BJ4pnaD092gJvNEIWwdZTCy0h6yVwIt7Zyv6m9X4PodI/3msrAkhj6n5U4O6Q4xnfobUNdGDFf3Navw56NPkX2T5v3DNP0/6YsK3'
    'unX+zqAuv5d9QFL3OcU9h/MGb6vxY3Nj3RcNZAA6PN1QSBtDKbXxajIHu9jd8ShHLkNG/Hu5QV2Of6eQsenMl4kMGeVlSwieDihw'
    'ccDg/lpHxjug4OUKEhpY1P/l/b4MimTxlTHe7NwIOypdu5Wiv2neH5sK3oRinr+aD/p4FyTyajpfE+hvTuqayEeL+aYM6nL8c+PN'
    'dkwTP+i2v4f0Hc/4M3PBvLoynqI/Rl3kG15L8CYqLoQOr/YXKcHD/q0n8C5WxK8IiwXP+3d0SvCwf7V530dvaZOc/1LxSi9W+3V5'
    'HMlVrO6xJD6NW+c/qn3/+64YtnzoD/l9CZyRGHAek8DZHQPO/dXB+AXjins57vtPa9Th+/2vSZ1CyNlOaey7JXX2Mvr/EhvPzdXB'
    'mABhPJGJvmCnIewhA9iXk7Gq4mr2s/l5OcGBnTHGhXBODml7SNH2ipC2hwzankdi18bJbSy7K6Bf8Z+r/HHJ4mHIcPs3GnU4bj9X'
    '5c+FLi8l07k8RdrmPEBBwgsU7f9D6owq2nnAoE4/2v9r1OGy4Y+SedHlkWQ88u0abU8wvLpJo87PWJ3RKh8XeZ2ouM1RY9gmmYuD'
    'EfJ4GZxXkD5G7bOoOzDXt2yo0osNw+05+B7qiAmH76smTThhfmRF/V/Ox4UXFfZOo6ztX5E6eKf/pZDHA8Zx/7tGHT7G75E62x35'
    'WcpjHj6e83mqzbkgv2QqE/18zo+50xUiK3fLfiak7J/4/oe26Vzt0qCPSL/fTdoK0/0W401Jysp0sUX9HykbpmMr+v+QMZjqzdz6'
    '18Ssjzh1oaK+zlnTDLx2fQRfgbrHDSFlec74FSH9GtLo1wLSluouj/1qIG0NxtB7v5T12+J0neda/U1W3pZuDIGDIW3xOLJPh5Td'
    'y8bwdUlZmS7TLfugpOxzCv7hflJ2WMhjraLs9S6Ymzj+QW79D5O2JtgYKL10y76HlA2j2UX/X1IW46pepLi779Uoi3fNoZCyZzC4'
    'PRplEe5VWZ8XiEu/i/x/NngfScMmrGj/kw3GwOE0d7mkDJe7HR1SBvFibkgZlHnXS8qMsP5kJGWovLGo/8sEy/Dz4deSMtRWqyj/'
    'I2Vkel63zA9JmV6F7O57GS+GiInPUvH+HwIb9/a/Mtg6fkFF/Z8E9vOszD8Q2Lpne9H/h8AuKM6WOyRl9rJz9W2kjIw3cMu8KaQM'
    'nu/jpEyfgq8bIGPV1be49a6VwB5lZV5Nyshsp9wyF0D7Jr4lxXjTmvXG2dx2GtbD9o4lY9mp6NNCSRnefktIGYSTl5R5kcH5s6Mu'
    'g3B+5/hrqyt/KO5/Sb09Gvj/fVJPV1ZQPP8d3445qS3GA2ReBhR08p9CyiDd/ntSRqZTKeabJePV5d2K538I7J3o/xdSBmn5jSFl'
    'kL8ck/SxoNHHHRLYB1kfr5GUeY718Qqn1A8nydqeRdqT+fS4ZTaRMsMq+9+QMrj+yyVldrEyR0vKjPHzX1KG41o9KSOLyVQ8/50g'
    '3YriT4vxpoVZPezTT4W3bkl9KzDerE4f+N3oEeHPi0z355b5Z1Jmj+Ie8DlS5qCCv7qLlJHJKorxpoW/l3T1ekX7HwJbplNzy7xT'
    'MkdRNlbFfHMEtoznb4a5rg3h35thT9cq+PZToUxXSBkcx1UhZfCOcDGZR129XnH/Cy9eSVq2Wy7MNZJ5j7pnFPX/ZAy6tleon2sy'
    '1Bny+JvV8N+O8GOMO0I/FiV9X0fe03h/CCMPe88E9tUAN1t8Gf7LOLP7V5yYjwv8tXiP/UL/135oTdQl9NamGWjZ6+06yddJJFkn'
    'EblOdB/z/ZYVZvE17fpJ1m+/2MqmvEaI9JZQd22Srm071HfgfSPUm0fKugh6GjwXTZbiRXXI96Q4h7D3wfPqycrOTRp9MI19m4nR'
    'x6jzNUvO14UGfcdxm9D8o2K08QXDNjhdy0PZLPyjdWRwwtZV1a6MXwnrc1MIHiat7473TMKbtcJzEeCUW24zzJMD3x3F2Nyxn6E5'
    'bsRNbHcByNoo//Zy4edBkO2jlfDcxvZIK6NBDUCDasUhJEYzR+nPIWPRhCei4NF+r4LnNYw+Cw18df3Nj4Y6jaxfNdAv9K1YRcYh'
    'G5dum7hH2qBMLcH9KmhPHBDik89E42k1wbs2dmZkJWdGM6FHbt+3s7791dS/O6V8ReaI/iHu/dnbSod+k5M33YRrTn5nihi/dkJb'
    'EId01y7sPrgAcJx+Wyv08n4k6VOb0Mtr4X6fS/qfB1mFaj+0g5zJAVrWCDqcOoR5GPGrBiiYNbvDTGaNLy5knU1/zRIa7b5bDGcf'
    'XcsukMnhWrYADswRfu6dQ2fBVm8cfN8JBU1V4ZgjOR+/wM7HGsVZ2+yh36E4qDx/xwjT3+nmrOVx2Yr56ISfc+Uz8O5d8M4t99Qy'
    '793bhZ9PZiXpF56HRftA2Pc07856eJ4qgjmFNsCzk82pjI+VvbNyhYg9ORIpGgj5RV9hOW+h2gs5Ce9wMqx9Nzz3Gt6jVOUaSbkF'
    '8A9ZvLTh43mzxfHyDyJPlyG8UA2jQe5/P+vC1WyP3+9KaFUIf4C0rofBvdbukZI9sv/1IskvE7WDmhg+3kh4ZbvuR8a6t8Had5J3'
    'rSF6lTUp6FXaoV0BOqNGcjcr1rtEfTbw/rfG4K9rGH99LMzBQgKX8yP0OSKRHYTpcR0ie2yD/z6RPGmeRaqzpU+aNzcTIe+hY0P+'
    'afEG8EtgvJL7fOnxUl7pMlKmZrK0TO0k+CUIL++M++4SeF6Rki4uR0541fmG/piYd/5iydNEVjePwFqSCz7jyP105SBR8qtWQ3it'
    '5JkBPBiB+RuAfVilRWunrlm5Wc6HruEUxkwP2ZCAFst+2YatVQ9OXWi2Ej72HUCfcK2dEDko5ttU7SGOq6OAGzqw6R7Ihsj0qTxy'
    'HbmHCc1+VQF9MdVfNLFyaciL4uRzjXOvxHYy8E81tzS3Lq3fasi3tcJ7ld6nFd5H5T5UyfYdCTzHgIZRHFoOz+pJMzqIZzSdi2rC'
    'Q6Dsj/LArQQu4oEpnDaCQ+1wv8pAnRVWliyVJcvuDRIyGkuGF6bHzJYZj4v04CqwcbraowNhsjW+75rhex3bE2uY/kXHjqKcY2x/'
    'p/es2j97x3jPbbN/jJhn/o7HpmeMVRUY4w8gb/1LX54ZY67EuuYe857ffnRmjZHmZe9mts71ElvnfmZHTfkfE36N968hpH9LhDw+'
    'BOas7xDhuQO6NXQgzzM/lZtD2u0qY7s9wL9y+3La3giz2ZfF2MDyunk3uC27KkdmWFwDtFvfAPw199MIg2Pa3x1CHk+A+5zoxBt+'
    'ga2BCqd19vlpEtyuM8RtHb8zXfyjOIb+Ca5d/bIU2tX1L4ryoXm58GPj8dhnO1Mas3s/OEETl6PmobvM85E2/tWH4N8JQt83blRB'
    'j6jvr65vjonfjjsnt4GsdiXoyGj7M73vV5O+dx1mfV9LcGS30M8rOzoNfU1731TB3pHtm3lCHouJ5iKT0YZhIY+bfrwwy3NVMIRP'
    '9RtRZWXzWK2YLx170DyjPyqZl8zuOEwWh/3Qld25Y3vl1L/zSZ0c/AuTpaKt0FrYx1wGpiuzzcyAdsJkrTJ5qI4cE8vXQf1chP1o'
    'q6FMaFGIbXyd5O4S9w7SrGjXbePjxE6a3sGeu8+fQ1MdkWBy6wMPes+vfs3rSxv5dgfcH594oPRu5r77w93e84NfgPvg95LTQxM7'
    '4nb42wHbyUZCIxFWi0SOrrKNcwiOWtutoM7s2MvE7UD6O7QNsvzfsTryWq4PzbA1yRO5u7vHW6Z60trhf9fV/fB2sqSdMJspaiNM'
    'bTi5jiZMPy/DrdmOPzr+hmH2Q+HKVnd2o+3KexhNsfZH02t3hjx0zlDfiufPbnji3QblKEc5wTLDrEyb49MS5JmRD62XfMN4GTkC'
    'm9ZrEX48mj8JdRmUVf0fEWzjDfDtP8i3Ada35yTfsG//vwQmxh96mvSpm91lcE6+Qep3sTE96vIHlnZZ2mVpl7aNeQbWSMZX1DG+'
    'Qlw0tbYf8/57a+fUf3dG86wZtI+QwG9JCX6OwVfetQB+FMwqyZ18J7G9bARaN8/Al2mW43cWpuoSY2eI0l+Y38VWHd7cPbM/KYI+'
    '4ELjzEZ71C3C94nCd0vAtnQBefdl4d9F8d1pHaUyJWoj1AfPMXieHtMm0+Lj4YOPbYbr+gYmz+q1a8rXdOt0r6nuepqcL28AOtAg'
    'rJ+syk/W5V/VdnjqX1p+stMp90XcoPIZ63N9+Ppcp8LPMhzS9SM1gZlEZk9t14r5A8j9/otPec+G7/i2X26Zcwnf1PEQxAF8TA7v'
    'VFL26AM+HFnZdaTsDQDv5CflZY8jZffdC7lQHwraqjWT+0yx7DfBdg90DY+D/uNTYNP3wFNB/cT90IdnHy6FG1c/sQBsjATzs1H5'
    'ILSADht1a+skd8kWOBhNbc1NbNTXsT5nDXkn3bO2hfDMOnJ46ku3hOi3eLwZOuZVwswHUcfXOUznQMcUBxb3y3sDm3euM21m+LaM'
    '/F3OuAu6uNDG7nMYn6FFBOMz0L2ois9gej/Lw3zp6tGb4W9u99oksV1tBr3+JoM1qsSa6MYG0JmLMB/SBnY21hK9uGr8MlxYL8GF'
    'NYQeyXBBZZO8BGQF5Zxn1NtF2TFXMbqwTYKPUT5ydF+o4sHQfmBMLxP+Q1fXfhzToWP5vAjGVzyO0aUOUqe1gm23xrj7q+YuH3Pu'
    '3PHfKhk/9btN4hPIffqi7ItM5n3sWjOZia5tj277NX1m83wMW/uckMfrq9GIe6nyVcWYdrWT/vxXGeIYxUuLb/56n3vv9OLbdx89'
    'cvENYeShkineuTDfQmQi1eTcw7lAeN1QpwbO4GuIzNz6u2YyKK+YmqM/qDW+yf1d6TpdI0p98E18sGWxN8zjSLiS5dkbSAIuwS0x'
    '5ORaAnPZLwsLs1VHoA50/ryMRy9w75rQz2sAxssy/j2PwsiK6LgoKzIeD095f26/fp3Qz5nJ6/ayO2V9xov5V65YPrI4Pv/l6Mfx'
    '+bHj9cPqoKQ6qATxASP3RCRs0zuFu57Djm9zvE7yjAPzdY63Z3XO7GYFjFdMvdhIYMj2zg5h7nfZT3xAcE/r8kEyf8swfxMuL3Jz'
    'SC0V6ljhJyq+qXw/TOG4fXgB6NQCoCMyfrnB2pGH2cuVU89stP4YP+5Nwou1j7IgtDOlvlU7RGk+sW4ip+b7iuc4Lgj93MIXgF+W'
    'LFclP8f2Cn0fZlnuPt08pO73OSKYl1XmH94v5HngMFfsXBHM+7mD+YLRGAC9IpgPLo7smNJGlZyvNuYd3cWXm+HZQPrJ/Z7Q39uR'
    'jHNYyPOkmvpG5YWfN35Q6Pu2y3CW6gJlazsuSn3w10nWjedhPF4EeaWCCOaYbRZ+3GyZ/yCPIdAvgj6He4XcT3I05tyG5UC+O+PF'
    'm5bleO0h/TBpi+ZDleFSlzCPV5YGbuCYzwrBjVG2X18mwY1fsjJroX+6/AGnaUMM3kIRnfNTRu/qJfT/N2zsVG+0LuNd2uk8HIy5'
    '1oMzdK1fbrDWpwuznNSVXP9fxFz/oZD1/+xU3Q9qjHOAnZl7RdBfPU36UJgmnMGz41JCv/sVPBL3Az+X4NnOiPPGPZuOiokvumMr'
    'EF3kPMlZlCTmBsrnZTm0KX7Nd7x4oDweAs6FCc4UDMdOyw4SP6bp5EnO1aQTY5J9wmMWNYNOhMec4jmuVxBc3iPkOZN5nCod/qVL'
    'lOa/aJTgfxeDPyrBETdHxm0w13gvwbyzm0h+Vfd5jmZeWCzrwn8toaXn5eS5f3m+WLfeq+Cbbj5f7OMFOf8sQdw5Q5FfNgze6STP'
    'L65jG5ufjbnovLeYo/bludLY0ZjfOCwXb1hf4/KhZ7Ccwqco1kSnvbg6dCfBfen1MeQjs11eUhSOtHCJhr46SCfwNN7B08iVlhYe'
    'iQS68a0Mr7gP6xi5f+C3cXKeNYO8D+2YnoV3q0n5Z8kZg3asjawdlIcOsPdYZz5pY58ojbmI9p0YcxHfzQGfJ2pntUYEfRBN5uvy'
    'GDr3YE4qWDonXI6eli0B5shCu1NJf0SYD4NpW3VE0EjttDD+QxwfJN2Y2iZr2U7sTN35aen07wEob3f3emun/3drp5m9p6rfNTH7'
    'Te3ZN4rK5eaiOf/KUZ7m0kwrLnw1/NOx6WwlePFOhU3AFYRWURsikzk5zaD8AqafMq3fRuyTFgAuy8a1jtBGE7scU9p5ksQ+iNLm'
    '15G7wvGsjycwO37dOdCNgxaFmxRP0N6oTUTHwTLd15T+VBMbTlkMYx1/r4wIj4mcNaTt1aQc7VtSOp5JQMevV8xjFxmzzSEwPTkE'
    'THDVITSL22Z+6FLvecwe35YGv71wpfc8fzR4Rpw+7j2/dYncbpP7iSBdcuv8qdO3Iyh3X/IxbRlNfHl199NiUq6V2exTGnAJnCnX'
    'MJunOHaYMjq9jeAQ0tpeEcx91rFLbcIi8xlbx3CshcmLRiLkwVSu9Xoi+xphsiks8xoi++nTkN/tEH6+MJWur5vp07eQfnQzmRmW'
    '2Qj9iJL77ZbI7lqYLG23wTgWENnvmGY92fzvEOocPgtAniTbx2dG4GQjq1cVgpPXpHTeOSnwCTo8moyHXGfI45n6elLfzhZmI8jz'
    'XhYPl5Xq84Oubys7V1T2hxynHLIv0qCtDSnc3RoN1sDU1iEun5gXvu3nWITNgsrnzsQmtBlsV1fFsKMbkcyFjh4rTh/PV/SR9mNA'
    'cqehdhso746ifTr6dX4XoXdnma/foESHz21A4sxLkjxqlKfi68h1e2MK3THyTXHyqjYqbJjmp7C3F4XYr1CcUeVDGNbAAbfccome'
    'T0eHHlVmIkG/OA2i+nmOl8PEXinpvpDZ0nVJ7Cv4eremsN6tivENKda5h+ksNxI9pyo2fQ+z01pJ9HBx9PMDRK4+V5TGp1+bAF4a'
    'Z9B5Qp2/CNeZ0tpmEcxXEHaGof53FRn7HqHvBy2zS+U6TdU5wW1+VLBkNP4/wf5GJVO3ecJnXpzeNxK5IJ57JueVXeeZv87Ih7Sl'
    'wBfVML6I27esI7IEnTs42vJ1CD9vVbfCfi7uOSLLGTMmmYtag7lYALofOjd1UL+V2EQ1Qj0a84bHDKoT4f7SUbYicWzFWoGf5nYC'
    'lYpxhDIX6vfeIMxiH61l42kU5nEjo3JEx72D5xPybchT5QkfJfON1OEFMN7W/BB7S37WR91V94ry5EdKQ+/coDk/GKuW3odk94Fx'
    'CZ9Oy+m0E5fvVOWneFB4MeHteTsz+arPErsrKm/UtacdsWt/2MaPXyvU+SeWC3VuiGNEdP6J+cQ2TVZGljuiVqhzXnBeMA35c10K'
    'NLxWqH0kqY2jro14l+SsC5MHLQAbD37/l9mb68isBoX5vb2XyRNwfdy+LZXoknR5gj6DvnRJ+Giqg5LJgHo0+YgoGS7FqcYUcGq1'
    '5n1Bd46i1p3yCNxnsFshV3kH2OLTMjJ84zjN+RHOp6Q57iFNGa3u3PxMBP1DuS45DbnxKPEHWSeC/qsy+ZpbH+EJht+cD+xmMHdp'
    'wBrSKDORkNcOszFLGjcojXiFMrovy49ezBmRUZfBM7aWlNmtgONOZl5Sxv32R8e3JxgU+jFrEPbzMetj+993/LtaVJ543VzoLtz/'
    'FQK3kADu3Y4vu9ktKpfX/j0h7Y6Wsd3rSLtpweX5m2U4e7njyZx4GZluaVzCS/Dyun56Mh2ArpyA++QfS8YwdpiO4TfCj1ur01dd'
    'veBuBU/wPWKfZDI3YTAfJLqggmKunpfQN5m/5t3Ci6vM/ah1db49mnJiOi4uCxuQ8KJRMFW+mr1s340T2XQl2h0mdnlLpmG8ri/D'
    'KZo644IBT0jHV+m1HE5JXpkmv1SfAr+0RHFm9Gny8zLdyJAI93ueAHmUTG88pljTbsm9p1I03IS+69AsGpuAzvW4Al6vgobpzjeN'
    'k77bUAcQp72Zfs+oTmHftEj2ja6u8lZi98zXYycr+0bFHjU978L4THpWo8/rNSBPjOqjjOeP0qtG3Qe2TNO51TFN5/RMOlNqRXK9'
    '44Ah7yrzVRhWnD8y+vsTiQ3xoIbdUXaGzHna9MhUXvB7Yif2rOQuaQrv3wm8rhTgfZOMb7fQi61D1/xfQ8YXB95dwvOpijMe2vbz'
    '7PzvUvBiYXbNeJ6sTGn9ytG/a4mOvJfB7lHYFOw2sFfEdTmX0O9nFTLtcrS7PMQusi+Cp+P0aQ6xt43qq45tJeqTj5XoomS83XgC'
    'XjhsvuLoB8tBaxemQGs3GerkuA2aSXwtbIfC2GWwt3tIHdV6U1+2VwsvFgrFUW6/Qvl+foYn6R+1CywwmWkV4I/sDNcZF/Uf2aOg'
    'V0NCLwa1ji1/mG6YxhteCeV4zICVCpqrktt2sbmfCPHJ0Om/jJbhWpxJ7gYTmnRDt+0wXx7Oo1dyzNxena7hZrKG5fYDKQfv2CjM'
    'YjRfRvipHjZvz8ewLdwiscUwjVGNeeRMdPQDhrirkmWb3APLYfM4HTiwL6U120nsSkcMzosxER4n9IrDBBdWEzsYHXt3zjcOS+xz'
    '+xT9o2urM89JcJXe6asI7rowzwmhH3Fsk08kZ2Y3sy/G/BNhfHQS++WWmP4KnIfB3ALlkPHr2Ln1K+4puJ9OIjRiTITHZx8j96I0'
    'fPjmEjgjBvezoQhbPfdelHdKfQgyhvcNm7+D5e/Yf8i0FUIj7Dcylo1KwmOC/7kU8X9vDPwfSAn/X5cS/p9P5BQ7RLgPd3cID4s+'
    'vfMl86FrF6qSXdB72oDBGHfFOD9UvP1MsmUOw1v0EdPNa8zthMZFafwcOvfjCjsk2d7pMcDJbs07MuUfahnOcj/nNqGOpUB1Aty2'
    'ZI/hWTxXpBc7YSzCxlaH75Tpl5rhuVbyLQr+hDDPwTWqufejdH4nw72+0u3OF2ax4qPmXgef2xnN4j7zE4THNPFPQF64ke3hfU6p'
    'jfIeVudYQhP2MHvmNPs4zvTHhQh53gJRGrOF+ilMKPwJFsAeo3WqRTCWTRSdwnG/IErzNGJ71K+ykvKeNO4D80JssDgNbZHgBuUR'
    '3PXbGmJnIINlutcOKs56qrefp7AnQpx7k1OaU2g3gz0o1DnGVOMO8/1ZoPD9idM/lQ/PYsneiJrbYcn5Ltvfe0P8dSqJ700p4PtM'
    'jCOUdTxdlK7MKU4bv2B8se6+KyjOrXkJ9SLc7reVyGii4sd0CXUcnqwIxs3Bec0Lf57Lse7NgKMNmmuoin3j5oa7kdG5Fwxsv7k+'
    'aNig7pBmHR3akjSGVY+BnnQ0Rrs2ltiRQ2PfXgEa6+Z3vjIhjU1KU3V0DjxOqswGRMbnUJ6jUvuomJtv6tvFMea1S8hjqM1ldOeg'
    'MPNXpX0z5Q2rKjx3/6/wYisfjjhZrYmTeQVO6p7BNws/H6vu+Rfmp2ByBu1VnL/jMdbMtH3d8enaN8+mc5fGJzuqAucw5gBsj7Cz'
    'HBDyPN9dhmOtFeWJi7CyzGs8IfT0qhwP3PH3GfAAcdu4yPFlWtcl2MvDKdLfcpz7srvVUWVc87TvWM8R2eOQpt236o6lW8fkbBnT'
    '1KPo3KPGFLakoxWiy0n2rFv3hpTWKczvb0KE+4+b+vWZ6k44XZ8Q8X2KVL7wM3F9w+SmLRJ+UGfO05bJ83OyWaQXR1tHL0PnDW2N'
    '/gJ0tCbnSVRZmU5G1vZy4vNSaR2RrD9hOLQoQvaehv4nO03y8DTiuTdo2qs1w7u1CtvDIckZI4tZpVrLQWHufx1lE9kM9tjHTWMf'
    'qG3JQsDJtOTmOrHnqMy+mel5RoU8z0lYrHfu971bgQe9Qs/ncrrknJXeOy8nd6NexR1OdW4PhZQ3keeo2uZxASrRXhS+Ip5Se3SO'
    'r7tEtN8cx8u9mrZnUTolt19nGMgLdyjOxUEDm5ydwjwP0C6J3XdUnQHFnBxdQVkIv7Px/duRwv7NS+68zWCbvkkE82rEtS2i/Eij'
    'gh+JunenqWsN23s5A/lpAeYQffEawFbOdG1p+9UVlrm5eRdfq6AFPKYJtxkcEOHxCZLk9tHl1WX+lzr0pFLnriyHlUzGWqvgL3pF'
    'MEfWcAitrmXw66BeUjmajn+vLJZqM/xrVOgM+jXOn3o2pgYCI0/42+nEW+53NKqwKd9lcGb2SeaisUw6a9VZcOcsPwvc2D5rQnyh'
    'wvqbi+hvVRn6ux7sWtNeD9U4ynnuunP6pQidp4wehtFP2RoiT9Ohsc5x5ZU9Ifw/1W2VC77OGdCeQE4eRfvOJbQv6k48bAB3Hdmf'
    'uvjOY4ukIc+Oc9bXK/TzeIblhe8vqctvum18kNj46taL6vdbhFkOAH6Pw75dB3KeJHCi+nqVCPpoDwi1D5db51USu5ewOlF9cGN6'
    'btSgUVH0phz70dQOpKDgM6ZLNtWWAj/TJPT98HbC+AshfNC1wo9z3yvRVXG51Uzhb2h8fq4v0+33dPA5YXd0vCMvUshtZfJdXR0H'
    'l1mfL7FJSaOdMbI+7RF0qctA/sj7T+8kacAfi7jTHo5ybBNagfzk06Bb0fWvLWiuXbnph649Od+PHxZ+rPlyjLcS9w+3zKkimAfG'
    '1M+yEvQy7jpRep/WGKfrbrgh4m44HsF3pTn+ODyaivevEaW+h7uF2p9XR7eItP4GouMcEvL4iBOKum9IsT94RlxB+PSo/mCd84Se'
    'D3JBc1wnGey1sH4t1bQ3GTHYuz0hMlBVTIbaaTxrnRTOWtR3fEb4ccqqoD9PLfPerSDjXEnG6f69SqKv5XMwIsLzUIXFhegn646x'
    'D2T0qRx3lhXQ9uac93xVrnStN+VKx3EWfH/LYn8cZ7IyW6DMm0mZ0wH+BfA8BZ7nwHNjzu9HM/iHbBHRbXdCvVOhDzVQ9mwoe8ti'
    '7/nWxcF7aiXHptM3d9yfBP2YW+9CzXph/TOZkyNtrs8nNiJn5ErHeH7uyJ2XMNu+OYr7wbm54FzQflG6Qu8NMh+xpOcL6v4wx8Np'
    'bC7w7005PbuHbEq6LrevX+n0nvd0+vYdyKv9I3x7FJ6fh+cvOuW5OV7q9HPW1pPzC+u/BM8fdiaLJdhI5vw0eC6alJ/XmRTn6kOX'
    'es9j9vg+CPjt9HHv+a1LvG/0nH/hyuTjNYkrN8t/OI3LRPxfVFi51GOqunhweXcp7ort3vO2O9V4gbHLZXHMqV0n4uE9Be/5pzs9'
    'nFsm+Xbtfn+v1wp5TFCMATaX7OO/3eY9T+n2nr+aCO51LPMyVobb0tEx5kLGGCe+H473J33es36PH5sTv1V9AObptmBO63vv9J77'
    'b9Ojx7kUacwumLdv9fixmPg35wbv21Fk3vGbuMj/m8ZCK57hPaWw6brhN6z/lh41zcI413NFaaxyjovVl8E5cpFv+4zt1cPafP1y'
    '71nzmuAavQrGdFpfcI3w2/adavzCftaRflZXYA35WVAbcobIZD5Nkj1O6cb74Bwd6iwdc5tiHxyEuVrx2mB/bnsHPDsrz3v84Nve'
    '8w93B/PVfwq+PfEolP28H58NbaHGvuk9L3jSez57wHse+GIQv49TtFkJHiRujK4WkDe3i9K4Z7TtdUQmwGmmI8zzYywi+8atm5GU'
    'bSBn2oYZ3r+TKtw/vvb5mGsv4683G+KojJbw+/ln4PnUstJ90GbY1+tgL6HccgDobnGtnMxh88vq/3K6MN0p2LrVm68/T07m5Rwn'
    'UiLDAMmwNqa/Zgm/axrLne6j5XjmT6r5vCgc6iJ7bkXgzpM5on/FiSojDlE6s47xEbUKOQjmhpxPdBy0TAvRw+1iumNqy70rxO65'
    'KiHN3GKI2yr+0Elwhm9h5VXnFaXR7YpzrjWin9kE543qjFwJz20xaQXn+w486D2/+jX/XoDf7ngM+L4H/PsL8nAuz+Y+P/gF73nG'
    '94L87N98A8o8kR5/dwbh80SKc95I+r0W9tGcjqkztKMUjg4fUgu6yxrYQzVAO1s8MYO037kEuNKVonwqMxvzHtzsXWtFXEKsUcSE'
    'D3yfhF9zhB9DxfJr7KwVk9nZwq81Ej0L0rITWTldWBhr+CLyjsq6xWd9GxwVvV9F7vBueff5BUXZJQTOvMdL7/cLyLefA90/8FhQ'
    'juSADOGhB4PnxQPf8Z5Pfq30vDA5388wnL92IpNC2WcV0H9xQIhPPlO6d28i50zFdAaZWUiTW/hOjMUme7+O4CuT81N3/dsS8lqd'
    'n/X5qmawX0J+6otPec8G2APfftQrM0T2Z8dDoJd9TA6vh5Q9+oAPR1b2KlL2BoB38pPysheSsu0Pe8/7H5aXPZuU3Xev91wG/c49'
    'Vjq2U4hd/z6QH74E/OTj94HsEdp54Ck/JxvO2f0oa3y4FO5S0occ0KlNX5b3dz6BJz4nL9NI4FEaJRtTXB63XZTGV2okMlN4GcrD'
    'mPIgGyQyhHbgSSmPi3NzAszVWrhH1jB5VgtcifHuQmFUk/LIX/M7rk69dazPpnmAIuc4cyhdQuI5tny5xhkQMd+hv0y6fHnauqh2'
    'sEGh698L65+z658ld6t497Koi1nK9zbZeV4AvekdQ0H++NaLS79R/vjMidJvlD9+EXSSOYl+EL+9+tbk8pQkuDjLTFiyzA6lRaRP'
    'kCJtXEzWjuu5qHyynejXLQ3SoEEZ1Q0ihUPInlH2jJqmMwrvK8e9C2yrwJZo/k3e873vgRwZpOyB20vL/vxGkE9B2V5yFiFcFx7G'
    'LckzOG5999uV5Btv/2IqN2LtnU++Le33nn/c5n07S/Kt8Wo/tgZ++wTYwG3q9/1v8Nvz7Nsaajd0Uen4jpd8w/EtkbS3tD947j/P'
    'vtFz/8ndYKt3WfDc/zF8+5+323M/9XN/fxnP/f323LfnfvnO/aoE5/7hIueZrhzPh+McOSI9WXeacu7tGnLuKw3k3K8ykHNvNZBz'
    'bzSQc682kHMfYyCPnqshj67XkIHH5RHStmXRtYdoJ/WaiT3GPAITdaVUjr0Y/jtLvpezzTTyzudFMhsV3r81kvGsZOWxHLedkbVF'
    '9zTaHOnE2OAxrpaBz4Ru/A3TXPVRZV4QyfYCzpWJXqVNYZuZIzjIebclzHcD9Roq/Kk5jPBnsSb+JMltivhG83WZ4huNd8DjTYzP'
    'UjyqPozwqMmADmGMDBpriuaedP9+PgbNGZuleHA4nUfzhH6u2KjcNjwW9B4RzNuoExvocF//TIL1N9FpZ2a5RKk4MR8/dMVvMbdr'
    'ao8UGKnWIi25QKjNgpbIOyPsj/4epEu6NU25kLUx0diPIontd7SCJqmsRIAfxcoHgnL/Xz/il0ly7sj8wVGmcEBihztGbO+i4gVY'
    '/EyMnwlsoDKp4mcsPcHsPdSzurYbZr+tRnYhacrh7FmeeO2MzvIwnlywu9DVYP88cLfZfeIvwdfCld+jLhphnvuE92y5NxlMejYM'
    'wHn1yOf04hBaXvTwxV9TXlTls9rSmdxntehzursU7vVgD/kDFrNJJxbTGqGOxURtPXhsImrrwWMTUVuPtwHMZyeCth5/BzFgLr8j'
    'uL/WX+U9m65Oznup1qMV1uOamDyCbqyVcvg/10z6Ook0+G8eA4iuBY8dFJf/XsDGg/hZ1NdBrKe/vjieT4ONRyeJR7c/Ac+235wn'
    'y8xgPEdf0D9D3MPjyLv5rwnSNLec+zxvNEjT3PL0G6Vp5/Z6z+u2B/fR0YXSbzb24uGL60lourVJm522xlWE58Hca6rz9Qzy7bOM'
    'ZryMfHsaYhFeAvEGTyTfvv4G4Cu7/fwC3Ib40Q/4vqBoK+Pyd+7zwk4/bmEzocO83SLf11k6NuoLijwelomKJ2jpXCI6tywBnYus'
    'm5YdLo3DaWnekWGHm4T/4zGyVkroa60ozWtCc79gnhUeO3iHKI0dPEzKYIyvIQZnBylTYG1hXs9rhDpOMcK5AuYnSk/fy+q9nNl5'
    '6OQAc+ttEn78si427vWkvzxHDsY4WymCeZKp7Y8sz6lOrlCM3R5lV8Lz1XQJdTza1YQPo377urK9Ew3xs0GU2hXnRbjtM7/Dcvxe'
    'Jabf9l2159qFn896rvBj9XC7a2rj4pRx/mU0YESB5xdJ9pwM13gu9K1kz+0S8lz1HI5bb4Pw85yPiGA+c10bnTFml8XzVu0xtOEZ'
    'YzZ8Q8KPjVu0/Q6x4SkXrsa1r0Lc1C2fB/5aFh9yiM3zgMIurkfIc9PzHI3dQp4vF79PaODisGTNaV96NfDw+zkv5oyMdo8o+qiT'
    'W5nmvNfN/81tyHTsCeP2o5vYuLnz8Fc5by/TPvYa2kyarlcXwQ3at0qsAx//a6bGfzrrF7fj7Ym5B4YkfIOOfTrnH0zml+8Dan+4'
    'mIzVZK7p3PDcsYMKPNe1+08Ld/hYD2b9PJ+ymLeyPExheLRDMT+DrF8/g+fvhJ49edgY7gkZw1AZx6CzLi9o4txNWY93obhdMNgP'
    'PLegKT8tw+Ex9hyX0Ay375dkPb55unDox6I0DrNqjpdnPd0jnSd+3gwpYKV1bo+R726f3Fv6qUKdhzNJzlUVvduh6NsQm9coPlXX'
    'b+TxjI/be4R+rtj+GXDufSjj3cUQ/3T6TuENKtbfZG+raPluyTq7fR7IeL5hMlrC89l2i3i5h2VjVfXn/Izno6nDN5uet4WIPb+K'
    'tN1fZp6c7+26jHfHmcnnzkHHz0PK516HN+kTenkB+drp4M2XHC9vVzn5MD4fH3HUuNgrWYe01+NGx8t1lWTMOzX3RrczvbT1bMfT'
    'jav4BuxHVHsDknUKa3cZabdgeIeT3f84ryCbO7fdasfTl8VpN605/wnIOctBa78pfH9UrPu8IS3BOlG52N327hP+fE6XXOC9ZMym'
    'fZCdqUMR7bk8+KIYOGTKK7u2hMcY8j1p8Bdu25uFn5s+DbqPOcYXxcDJMUOcpLlvw+QkVEaKecdpXJLHib3SPKI/WSWRoU6nrB/j'
    'ojSI5Hkti/GpIX7HXz5qVo/61CSdj7h+22iDm4P1FUzu7dadCzo+ruuuI3ByojRXgao+xtqg8XTcupcIP0YH1SW55d8k5PF0rhHT'
    'F8ME5437o0ftzUEmh8g6nl5Mt56KVvyG6DtG2N1hWMHrP0f2qA7P0qOQrYxKztSFBufVgEFZbON+QrN2RIzzLqI36TbgzVC//WHh'
    '582Lu0b0jnBrSvAwv9eo8HnDTSSfe1QO+PVQdivLxf4ykgOe5rrfRN6jTh/5iHMj2tPJJR9Wn+r0ZXbY60Psy1YLda6T44gt2BjE'
    'aPoDxGF68Gt+DBGVLeycEFvYBomtbV5ia8v1jmnRtjRtULaR/26928/nKit7zQzQkW4j5WlsM9nZpQuX4ucN8HwmJv8R1ae0cKA6'
    'IZ8kK1cXk0/6HNhEHoTnC/B8vDMe/5ZWv35/UfJ5rk2BH9UZT1Q8vzC5xKDkPMLzkvsdhMnJ09jb9TNovnbFmC9+j+J0EOtNZ25L'
    'OgfZEFqzgPD+DrFlwvrZiPpt03xW6YwxLKf0dJ1TMj0W11fqyGkL5D5ezr5NGMhF+jT6Nj+FvlGZEL2LLdKw29C9c4wr5CYroE2Z'
    'DQOXn/QpYMyHuwDtq859qEcBT2bDhnbol4hSf3P0h50TMVc9CvkVt9WlY+H6BhNdnczWNcvG8n/bO9oQq4rorD133V3Tt5pofrGG'
    'awpWGwiuUiC4QURoqaCV+JFru+C6u627mqFioKAoadKPfgRJILi0q6uutE8T3UyfgghaCoJBZD9SiIwUFAy7570z3HPPnbl3Zt57'
    'fcBbuIzed++dmTPnzDlzPqeSuajG2Er2dhP6ieN3+cgfTHWLKxXraMqzeE5/aj/pVOAbwPIZhT+Dzv6tsk+0sO+u0fh7txDdb5Tf'
    'sm1+tHzpbbh+2hTm+dI/uvZfrLeuqgGb/StUvfUxSJ90bZaJYm47mqto6wqRy19kNA7X+YKcepXFOogiDRVpqEhDxjRUJYJ1ov8o'
    '8XmWlAmrkH7KUI9vw6unWzwvdboTLM/rKn970/ehz3EO85piOS8q7wwu7j3Fvae49yj5d2mRfxdpqEhDVvy7DPm3S24oruutInbZ'
    '6UzH8hLTF5WL6JzhuehF/ks2Cx5jGWdryJdP05N5gJ+LD6MLLFV+ZVH+JoVcK5V+KJEDLONgZqunG0PWG54fxGRxHT4My2EOrQof'
    'HblmsAfUKMbp6lvcmmNcCD2T2MZ7tWj83Ns18+DfzBXPXOvuxM2zSTOf1Rp7xyhFHJJrHBTN8aaKcUgKPz/AesM1V+mAdXahoQWA'
    'qa2v1RpHfTyPh2zXxDKZ2CWozt3mfOySL2E2sd24xHJy2w2clyfnOY7IdX1NchKXF4iO2xQ0FPdOa0QsTyFsqR0xttSkBa1TnJN4'
    'VRlDC9LP8gXhxy3m027LY0CixmFDkzrfvWrFXqzauwcxG957bNw0pm84vjdRMQcTnknH1Ur6ixuvyg5L55Ag5xFT3s3xW8aJ8Npc'
    'tjFcqxS2S5UujtNOVQ60s4H0pcol/CzD8SrCQ6vZN1o1698Qg2sSl+Q7pr7oaxicZA1ROpb1hrgQtY8kGJ43CX18ry5HVpStuiUC'
    'TvmMHcn4HVfbnbVHKuQE6Wtsk/OphMCF1mnR5RlU5TuffjVYM7aa+D7XXfJ9eqHtOu/LgbJ2wCiMc7n3jR3MxuN797vVOJTPmIyj'
    'NW5+zk/hVSHCdZFlfTVdXeR84lfpgmz71TwfX6jv2p8fIQ4s0PtTVAh9XJMKLza/hTlUF4ZrCVc2+r9lclAvzi0Hfb7rl9rSEqef'
    '0bhvcRp9EvfSCkJf/5e/EqpWpIUxEoXu0+Yv6fyjrucqB39USg/jsOMLqWz7uqzZfc4Ov272ZdsmrP39C8b5dZzI0s5riF9wbxfu'
    'jS+lo995mbzThzXA9h8PvvNZrx+HCO/UIv+h9Vs+x31+yTUcK9YI398drG1+Aft//VD2WxMIfL7DGuRnzrvR35i+6HHH8Ydc9leB'
    '8P4k7fNCm/eX/uDDLV86R8ojgbdmYHHUrK4j55Xw7khcH3Ho34ur0O3zCZQn6HihrgHVlQ4VwfgYmV8UElo+/gJrsNQG5azRBB6U'
    'X5bU+vm4Xb8/gsnc5Y/18xtJ/GlXKs5x/Bxq6kfdJMxy3+rOuaaydLvGf7lBE8OhihvPJf8Sj/FvjvGjblaMK0n0obn6BbvaRVS6'
    '2fUaWG/Q4Isqz8Jw4efnMfWrNtE5dWj8f5uFPo+aamxxejZp41KtTRvzHXalD5vz2XiNHlfGaHaR8/pg7OPq5LCcPFUE80lO08DD'
    'RjaRzyVEdKygTn8O85hlqNsy1WPy/FIbReFqXfPcdqo4cO/oIhbnYe8xyd1pEjduqicvNNyahHmO8YYYWpb4JXGsBPuUY4Eks5nP'
    'lmxVejSU4diTws+P18HaNqGOJV7HYCDzZctW7oey/sYGTfu88OsaVeC9OYympJ/FcOHn+qbxYpK2JY9aS/TxwzX7xiCN3DYC19BU'
    'R2eaM9bFZpXUxHTE5dDhMT/5sBtFxS9N1ei3pjBewHl9o0KWKLQ97Tnsg/J3btPtEOY50dtEMLf7KCJn6ng3l5naFetrct5KEhyJ'
    '8sexye1pKsM2M3+WRo2sZBvDBfT3huP6qmCsy43VHuNTJWlwpMavYa1mbXV7dp3wc3LockC2aNbBJA8i7w/6Giui82a5yJu2ciU8'
    'M/8/tJ7jcpQ3GoU6t1on2wfqFHZ21fw6NXKM6tlVwj6n+WrCN0cIczsqx80PDNcb/q2rNbEhBnejci3K+1F2FcHsWe8yHGplNmJ6'
    'TriO+ojfsO2tjZ7vEOHn1wI+JX/rIntzl8itfoiuhtAcEV9DaKYoTJ2cSSK3vFgy9xOtA9IYQ+MbhdlaDGZrcbnGX4vLNXZy/X3U'
    'uyax7Ufd7op+v9+xyJcr2AX5VCCXCuRRgRwqrd5V6TG1E/M8+vL+vWunELd22mnko3K0ZGRfbKEfaKEvaFvwPvQJLfQrxz8Gx1/O'
    'rpT3zmnveuRd+7yrwbve9K4t3rXYu5bXmo87hf2fxvYRtvuwbcD2TWy3YLsYW+hLjreCrHMlsQFWenPdvCfYbyXOH+7TPaNUs2fI'
    'feDLd7LtTKz7/PuHYRu8TvbT4ecIhHMpu2Z7Y7zzkQeLt4VY6DHJdcuEuLswGp6zcV530N4I72bqU89Hml2WbeE7cXgKODK6Obv3'
    'wb4He95txNsebHtr7fBU4h18V7evQnub4XEP+38vWffxOP5Kdo1a7sG/M4tLKaS1s951GPHUFl/pPODbGdm6M4ivKUZ3Z7E9zPDW'
    'BI8TBB/huun1eW9VcBw3cRxwn/M42u8dxXh4bd8f8beBGN5Gx5cg45v0vrdOq4Pjg3uZ9Vut9rP5+WPUze8Jj6cM96S/dkSPZxiu'
    'f4Jdr3oMa67HPOZ4tFreqF5HeAbauWgvn4N0Dc+r5iv9wOFq7hHi3LHg95oxxxrct+EnYNdTwaduIGhjo7qK2kPm60THDe+BDZ2O'
    'm/umuNi/6HpIW9JYsh6QNxVypg7xeGTtFfV60NyqGRtTP47viplsJ+H2E77fcymMV3SNTOBXyeAnjmXtiQGj9zHfzmgDvwTCb9H1'
    '/NQal7q2sY/tbX/yu2XkuVKit06ifkQY4hnYM8GWKSJsnFxvWJ92r10s13c72ohr+sO1zaX9+MWBMF4cRHv2we5ovJB1FKXvscyz'
    '1XYsa1PnuJ3E32iuSonPpnhy/IqPJ9BeQroQ3Xbf2XoK5azu+PWbcVKIX48G5zEDc2zCfRc8706H4TiYwfGMt5fc8OC1IhWG4xm0'
    's99AeMIzLj5E4mJ4/mVs/g+8vupOBvt/gP3DfZt+b/UF+9+Uyg3Hpf/HJ+kwHm+/4ONIFB6XM36Z4f1nfH7EZQn5W+rbYD9dJ8L1'
    'tKWfyuav1c+qbBQlwo9FlGOa5dHpkoGsn83SfjXPmIU8cslA0CcHnrdZo21IG0vQj2jHNbVvDfj4cBwuYzgM50E4C1I+K8dLz4ou'
    'PLf/+2x75aJ73vI43Af/mhtMttmb9mnPpt9P0d9oM8576TW793u7w3uWPNM/wc70B9L+eA9Y+ghJ/7Fkgfuh9Bm3B4N8BbIVXYfx'
    'Dv68qj2Eyh6cTy46gfuUYn+RtB0nfw4lNkdKG3JOmxT7O/en2uS4v0s/vFMpPe1SmA8j55h68LU7EhxXPfrfwX0qh1bEyKHSf090'
    'u8uhOjiCbLvb2/Pqj4Th2IPj3Y17Yv0ROzhK+Nddt3vvFex3G/HTi9trwL99bzo4furzbtP/boRpdTq4HqOFGz51IR2UXAjzFliz'
    '6cRX01YWqz/n4yZ862kyTtdv3TgaxneXM06HR+MPmezXgXT/0FL2U/E7F/5891yQH0zr09O2Tv8+5LHaf5HSLM9DT2mW56+Pqj09'
    'Ec+p4HdIfRBdfTF1vEg3J3oulPnvIXf9PzHevwFKk36e'
)
