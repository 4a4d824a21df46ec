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
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|texto\\ e\\ fotos\\ de|texto\\ y\\ fotos\\ de|ein\\ beitrag\\ von|geschrieben\\ von|reportagem\\ de|корреспондент|reportaje\\ de|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|scritto\\ da|written\\ by|a\\ cura\\ di|posted\\ by|redacción|संवाददाता|reporter|story\\ by|testo\\ di|texto\\ de|words\\ by|रिपोर्टर|authors|autorin|autorka|autrice|muhabir|penulis|pewarta|text\\ by|tác\\ giả|रिपोर्ट|auteur|author|autore|مراسلة|autor|haber|texte|yazan|yazar|автор|текст|إعداد|تقرير|مراسل|oleh|text|כתבת|بقلم|كتبت|लेखक|書いた人|bài|par|por|von|כתב|מאת|كتب|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|[：・／/＝=])|^\\s*(?:της|του|di)\\s', 2, 34, 5086, 1758, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 6844, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 6882, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6919, 207, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7126, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7322, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7518, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7721, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autore\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7915, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8111, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorka\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8314, 198, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autrice\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8512, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8715, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8903, 209, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9112, 195, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9307, 204, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9511, 224, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9735, 216, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9951, 224, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)haber\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10175, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10369, 211, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)muhabir\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10580, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10783, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10975, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11165, 208, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11373, 198, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11571, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11761, 207, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11968, 246, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 12214, 207, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reportagem\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 12421, 210, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reportaje\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 12631, 208, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 12839, 200, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13039, 213, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)scritto\\ da\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13252, 214, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13466, 205, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)testo\\ di\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13671, 210, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13881, 198, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 14079, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 14271, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 14465, 200, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ e\\ fotos\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 14665, 221, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ y\\ fotos\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 14886, 221, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15107, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15310, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15500, 205, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15705, 209, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)yazan\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15914, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)yazar\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16108, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16302, 244, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16546, 211, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16757, 237, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16994, 213, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)כתב\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17207, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)כתבת\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17397, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)מאת\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17589, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)إعداد\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17779, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)بقلم\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17973, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)تقرير\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18165, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)كتب\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18359, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)كتبت\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18549, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)مراسل\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18741, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)مراسلة\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18935, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)रिपोर्ट\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 19131, 198, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)रिपोर्टर\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 19329, 200, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)लेखक\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 19529, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)संवाददाता\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 19721, 202, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 19923, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 20111, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 20299, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 20487, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 20677, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 20867, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 21055, 186, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 21241, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 21433, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 21621, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 21809, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 21997, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 22185, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 22375, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 22565, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 22755, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:(?:since|est\\.|established|founded)\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|未经|禁止转载|無断|alle rechte|tous droits|todos los|todos os|tutti i diritti|все права|tüm hakları|wszelkie prawa|$)', 2, 34, 22837, 1074, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 23911, 1430, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 25341, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 26231, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 26791, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 27332, 1431, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 28763, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<![\\w*\\\\])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s\\\\])\\1(?![\\w*])', 0, 32, 29322, 79, 2, {}, (None, None, None)),
 ('(?<![\\w*\\\\])\\*\\*[ \\t]*(?=[^\\s*])(.+?)(?<=[^\\s*])[ \\t]*\\*\\*(?![\\w*])', 0, 32, 29401, 96, 1, {}, (None, None)),
 ('(?<!\\S)@\\w+', 0, 32, 29497, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>كانون\\ الثاني|تشرين\\ الثاني|تشرين\\ الأول|كانون\\ الأول|października|φεβρουαρίου|σεπτεμβρίου|maaliskuuta|marraskuuta|październik|ιανουαρίου|δεκεμβρίου|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|αυγούστου|οκτωβρίου|νοεμβρίου|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|listopada|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|července|červenec|listopad|prosince|prosinec|november|december|dezember|απριλίου|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|grudzień|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|μαρτίου|μαΐου|ιουνίου|ιουλίου|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|אוקטובר|सितम्बर|अक्टूबर|दिसम्बर|február|március|április|október|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|فبراير|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|حزيران|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|פברואר|אוגוסט|ספטמבר|נובמבר|फ़रवरी|अप्रैल|सितंबर|नवम्बर|दिसंबर|január|június|július|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|يناير|أبريل|ابريل|يونيو|يوليو|أغسطس|اغسطس|نيسان|أيلول|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|ינואר|אפריל|דצמבר|जनवरी|फरवरी|मार्च|जुलाई|अगस्त|नवंबर|május|szept|maret|marca|lipca|março|junho|julho|iunie|iulie|марта|şubat|nisan|mayıs|eylül|kasım|مارس|مايو|شباط|آذار|أيار|تموز|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|יוני|יולי|febr|márc|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|מרץ|מרס|מאי|जून|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas|آب|मई)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.|năm)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 29524, 8586, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>كانون\\ الثاني|تشرين\\ الثاني|تشرين\\ الأول|كانون\\ الأول|października|φεβρουαρίου|σεπτεμβρίου|maaliskuuta|marraskuuta|październik|ιανουαρίου|δεκεμβρίου|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|αυγούστου|οκτωβρίου|νοεμβρίου|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|listopada|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|července|červenec|listopad|prosince|prosinec|november|december|dezember|απριλίου|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|grudzień|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|μαρτίου|μαΐου|ιουνίου|ιουλίου|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|אוקטובר|सितम्बर|अक्टूबर|दिसम्बर|február|március|április|október|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|فبراير|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|حزيران|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|פברואר|אוגוסט|ספטמבר|נובמבר|फ़रवरी|अप्रैल|सितंबर|नवम्बर|दिसंबर|január|június|július|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|يناير|أبريل|ابريل|يونيو|يوليو|أغسطس|اغسطس|نيسان|أيلول|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|ינואר|אפריל|דצמבר|जनवरी|फरवरी|मार्च|जुलाई|अगस्त|नवंबर|május|szept|maret|marca|lipca|março|junho|julho|iunie|iulie|марта|şubat|nisan|mayıs|eylül|kasım|مارس|مايو|شباط|آذار|أيار|تموز|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|יוני|יולי|febr|márc|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|מרץ|מרס|מאי|जून|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas|آب|मई)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 38110, 8637, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 46747, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[A-Za-zÀ-ÿ][a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])', 0, 32, 48222, 53, 0, {}, (None,)),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 48275, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 48496, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[가-힣]다\\.)(?=\\d)', 0, 32, 48522, 619, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 49141, 240, 0, {}, (None,)),
 ('(?<=[가-힣]\\.) (?=[가-힣]{2,4} (?:기자|제공)(?![회단실협증들가는의를에와도로이은하했한할해된돼받])[가-힣])|(?:(?<=\\. [가-힣]{2} 기자)|(?<=\\. [가-힣]{3} 기자)|(?<=\\. [가-힣]{4} 기자)|(?<=\\. [가-힣]{2} 제공)|(?<=\\. [가-힣]{3} 제공)|(?<=\\. [가-힣]{4} 제공))(?![회단실협증들가는의를에와도로이은하했한할해된돼받])(?=[가-힣])', 0, 32, 49381, 633, 0, {}, (None,)),
 ('(?<=\\S)  +(?=\\S)', 0, 32, 50014, 33, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 50047, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 50078, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 50155, 41, 0, {}, (None,)),
 ("(?=[^ ]*[AEIOUaeiouÀ-ÆÈ-ÏÒ-ÖØ-Ýà-æè-ïò-öø-ý])[A-ZÀ-Þ][^\\W\\d_]*(?:(?:(?: [a-zà-ÿ]{1,4})? | & |-)[A-ZÀ-Þ][^\\W\\d_]*|['’][^\\W\\d_]+)*$", 0, 32, 50196, 156, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 50352, 1998, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 52350, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?i:foto|photo|bild|imagem|imagen)\\s*:\\s*[^.:/\\n]{3,40}/\\s*[a-z][a-z.]{2,20}(?=[A-Z][a-z])', 0, 32, 53330, 175, 0, {}, (None,)),
 ('(?m)^#{1,6} \\S', 0, 40, 53505, 22, 0, {}, (None,)),
 ('(?m)^\\s*(?:\\d+\\\\\\.|\\\\[-+])\\s', 0, 40, 53527, 54, 0, {}, (None,)),
 ('(abonnieren|bestellen) sie (jetzt )?(kostenlos )?(den|die|unseren|unsere) .{0,40}newsletter', 2, 34, 53581, 250, 4, {}, (None, None, None, None, None)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 53831, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 53939, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 54063, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 54169, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 54268, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 54305, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 54398, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 54439, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 54561, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 54634, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 54698, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 54878, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО|A\\.Ş\\.|Ltd\\. Şti\\.|S\\.r\\.l\\.|S\\.A\\.S\\.|Sp\\. z o\\.o\\.)(?=[\\s,.]|$)', 0, 32, 55034, 312, 0, {}, (None,)),
 (',\\s*(foto|bild)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 55346, 97, 1, {}, (None, None)),
 (',\\s*(foto|imagem)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 55443, 101, 1, {}, (None, None)),
 (',\\s*(foto|imagen)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 55544, 101, 1, {}, (None, None)),
 (',\\s*(photo|image)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 55645, 101, 1, {}, (None, None)),
 (',\\s*photo\\s*:\\s*[^.!?]{1,60}$', 2, 34, 55746, 74, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 55820, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 55918, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 56097, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 56178, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 56199, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 56254, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 56492, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 56746, 190, 0, {}, (None,)),
 ('[ \\t]{3,}', 0, 32, 56936, 18, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 56954, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 57192, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 57220, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 57400, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 57592, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 57798, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 57830, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 57860, 56, 0, {}, (None,)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 57916, 113, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 58029, 125, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 58154, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 58271, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 58400, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 58517, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 58646, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 58765, 131, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 58896, 139, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 59035, 151, 1, {}, (None, None)),
 ('[.!?]\\s+foto\\s*:\\s*[^.!?]{1,60}$', 2, 34, 59186, 88, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 59274, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 59590, 221, 0, {}, (None,)),
 ('[.!?。！？…।॥։።။។؟۔](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 59811, 541, 0, {}, (None,)),
 ('[.:!?;]$', 0, 32, 60352, 30, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 60382, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 60706, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 60912, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 60940, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 60960, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 60992, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 61154, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 61170, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 61282, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 61488, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 61822, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 62018, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 62072, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 62096, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 62120, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 62163, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 62425, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 62719, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 62737, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 62754, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 62783, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 62811, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 62935, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 63141, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 63271, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 63478, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 63748, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 63978, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 63996, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 64100, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 64175, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 64303, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 64722, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 64738, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 64782, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 64860, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 64947, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 65034, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 65123, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 65242, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 65317, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 65398, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 65414, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 65600, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 65636, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 65749, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 65793, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 65817, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 65845, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 65873, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 65897, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 65941, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 66082, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 66565, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 66842, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 66987, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 67088, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 67113, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 67962, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 68070, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 68103, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 68271, 48, 0, {}, (None,)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 68319, 116, 2, {}, (None, None, None)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 68435, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 68628, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 68642, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 68670, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 68817, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 69032, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 69164, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 69283, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 69344, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 69456, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 69583, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 69704, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 69978, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 70112, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 70343, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 70480, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 70537, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 70656, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 70684, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 70700, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 70964, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 77511, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 77566, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 77658, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 77947, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 83928, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 84148, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 84267, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 84305, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 84338, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 84379, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 84400, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 84458, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 84484, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 84500, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 84516, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 84546, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 84670, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 84849, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 85002, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 85197, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 85577, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 85632, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 85746, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 86043, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 86221, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 86278, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 86335, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 86392, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 86449, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 86510, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 86567, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 86607, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 86790, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 86950, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 87161, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 87243, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 87383, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 87413, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 87561, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 87776, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 87873, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 88093, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 88415, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 88601, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 88702, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 88728, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 88752, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 89262, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 89286, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 89310, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 89331, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 89739, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 89880, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 90002, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 90023, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 90214, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 90267, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 90286, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 90457, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 90529, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 90567, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 90646, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 90802, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 90958, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 91803, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 92231, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 92621, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 93462, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 94100, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 94944, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 95090, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 95281, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 95327, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 95573, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 95651, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 95863, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 96095, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 96206, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 96453, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 96722, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 96846, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 97468, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 97546, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 97915, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 98138, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 98201, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 98266, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 98364, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 98433, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 98521, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 98588, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 98678, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 98771, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 98874, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 99023, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 99611, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 99817, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 100016, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 100109, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 100456, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 100764, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 100893, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 101140, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 101508, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 101623, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 101912, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 102100, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 102445, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 102956, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 103414, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 103576, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 103783, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 104023, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 104313, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 104700, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 105264, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 105531, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 106006, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 106077, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 106172, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 106518, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 106593, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 106739, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 106816, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 106951, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 107064, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 107180, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 107254, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 107393, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 107470, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 107597, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 107967, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 108009, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 108102, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 108148, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 109018, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 109443, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 109953, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 110221, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 110294, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 110504, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 110587, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 110731, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 110877, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 111007, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 111135, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 111251, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 111754, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 111926, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 112181, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 112367, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 112554, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 113007, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 113228, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 113399, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 113475, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 114835, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 115107, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 115175, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 115253, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 115564, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 115612, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 115751, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 115832, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 115922, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 116052, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 116220, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 116296, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 116371, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 116501, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 116558, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 116605, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 116644, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 116683, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 116857, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 116954, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 117076, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 117411, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 117443, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 118408, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 118488, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 118649, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 118732, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 118781, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 118857, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 118968, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 119030, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 119108, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 119213, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 119348, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 119543, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 119628, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 119785, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 119833, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 119994, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 120156, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 120363, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 120599, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 120723, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*του\\s+(?P<names>.+)$', 2, 34, 120774, 46, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 120820, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 120897, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 121001, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 121049, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 121114, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 121191, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 121400, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 121431, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 121506, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 121773, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 121811, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 121840, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 121883, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 121927, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 121983, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 122042, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 122080, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 122183, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 122272, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 122424, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 122505, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 122676, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 122729, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 122845, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 122969, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 123029, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 123380, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 123431, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 123478, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 123577, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 123753, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 123821, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 123851, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 123928, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 123976, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 124020, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 124066, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 124098, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 124146, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 124198, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 124238, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 124306, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 124342, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 124366, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 124558, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 124633, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 124679, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 124709, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 124759, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 124833, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 124916, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 124976, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 125028, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 125058, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 125092, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 125154, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 125189, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 125235, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 125283, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 125329, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 125355, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 125381, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 125434, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 125474, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 125516, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 125566, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 125667, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 125721, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 125774, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQt8HkW1+O73Sr6kyZekaZOWUtrSR/p+Q2kLtFCgvJGXIGhJmzSxTZMSk5bGIgXxcRW1il69PtAr6h8UHyBcQUQeIg+9KA8B'
    'UYT23iKgqCgIClz7z+6e6Zzv7MzOzO5+SZru8gvTb3fmzOucmXPOnDmn2rKsiv4/u/8v1/+3t/9J9afO38T+vwss/tTAuxp439j/'
    'NwK+OeWq+tOy/r9RkOedkFZAHpu8b4L8jfC7HdIekm6GPDkC5z3o30shnYvSQv/fAqhD9G1m/1+WvJuK3h0K75w+V8O7OZK2zEH/'
    'ZrBG9v/VwrtNkDZD+m5IO0hfu1B/CjAPFtRZRca6HMZ6NIzldHg3ArWtAfrByrFxDwuvBt6HLV8HbWpE75x/5+HfDFZGUvckMv5O'
    '/np4j/PUobbaMH8ZBMsp5+DFBMCPLIJZAJwthz7StojmxSbjMBrmug/+/azzHdXvwBgH9VRB3U57ZyHaYHWxvojaUoXwezbUNbK/'
    'U/UT/G3NQT/peGTQeLwPfrM+VcHcjIJ6C5BWQJ1rUJ+qAJ8roB7LDn5S5HfaHlaPO7ypFdYOK8KzIuBbRlG2f96VdTvzuQHWXmf+'
    'WmD+Msn8OShtXWlFeiYFfv2KGgBda/JkzRWtk7Xwb4ee52e9cu8mdGoyz6p538+ftDswl7vLWXmoWfZQJeC7BgiD+S2D9bsR5jCF'
    '1uws7AHWDZZ17ZPF+80E29tfGN9mo3JlrNxp/XV/2Vvbs/OK+Yixkrbakr3JDllXHbT31f6/v0GZSlSf8/zL2672PXv3XnaZhehk'
    'HdmT3wVjlQ6xrtnDcF3bcVGkdS0V9LEc8BPjzqWooC6/l8z7/j3vdWT/cvDgm7AWpg3Wu8j7VXr4zaO7aBY9O+KZRNEzwf8q2auS'
    'vSrZq5K9arjuVXWGaxzTeS7Je2kK0sWQHgXpVJKy95PRb6cdvwacct5NuNtLr7zfS1/+KegOv+2lD9/nlfk5KrP9F1761g+89IGb'
    'vPRr93jprY96ZX4MeOu8e+FSL73v3730V+d76e6zvbzfR3mf+IiX3vARcd7rUN6Db+DtdNJ53/HSnfd7eb+E8m6/EcYD+py5v7iP'
    'n0J56bhQuB9CeRuh37fcI867HeV9GvK8dbs478Uo7yVQ96JHxHnXo7yZBwBHJHAvQHlvfcxLH3lQPA5nAG4677Z1A+5sKp6DE1Ae'
    'Z/JEdR6F8twCfdh1T3Fdi1Ge2x710hGPFeeZhfSQ88/z0uoLvW9T0Levr/XSs3Z638ajb42AS9kd3rcG9O17Hy3+VoO+0T7l0Tc6'
    'bpgXfU8I2bsRsV7Cdd8O1iOY1lVN9gg2DzOBL5kNZw90PasB3WEjtA/DyKH8TG+M979alB+feZjAqYtzTFNuVyYEjalpfYk+TKEP'
    'U4x58M6biiyAMDngK/1I9iTgR/leb+6aAUQO5u5CzDeZqu4UHYn7sQb5mYDoI8yD14kOi8vy+AzLnuelb87jvG4yZ4M/Z+wcMb/X'
    'o60H+wXw+7PJ+jcUzwMGU/aoCeDJ8gE8mek5FVsX8D58oYEMPMyfFKj1JodeOHYoj4iTc6dEl5fo8hJdXnLulJw7JedOyV6VrFnJ'
    'XpXM+yCfOzm48EZI/jw5h0rOoZJzqP3nHKouOYs6oM+iEt3r0Dt7wvRZa0gnqjs2DUTniW312Vox+T6+TjttOVHw7d4nvG/HoG+r'
    'z/LSU8/0vi0TfLtqjfdtEfpWcRrPUwDaYd8qybep8K0J+uGkm2DMDkHfNpNvjGZZOUbLLA/7XUA0x+AE5Q07T3VQhvLaKSKnVZC5'
    'ShvyY+wuIbvPdyR6d8x6790S9O61Vu/dQvTO4QMK0OdqGId2VKcV0OYCENJ4NG4Zi9+/Y31JKfqeRb/xWd8cQV47wr2VjEGbaqFd'
    '+I4jG/eCQb1OP3JAM7Uhyl55h3hPPzfkPltJ9oecVXzH9dFt5nBrAY7J2JbFNLZOe8OObflD/rFl43uCFW4cytF6K1rH5gasY00G'
    '69jBButYHbTf+daLaNxJu61ifpJ9y8Gc0XUwj8boCjscDtL7zU1o/CqgHddBStvdA+k6aFslytOG+s/yhlkrzM8KU8Neb7Hv0nCo'
    'R3lUaIQ/Ovupg5/1CrxbSmCq1i2mT7kdbLzYGTPTrU7z4U3qgH6sAL2hgGneEQazbETreM06E61nfeTbyWjdYWtFK8wf2w/fA+ll'
    'sMYxOIz3zQvK4zwLED+1PFMMe2XGS98/jsNemvHKTUZt20raxPw6zEdtWkv6Vg94qlu+B+03sjW/UkI/00PKwBTOrJjkIOx7IYtg'
    'F0BHwN5NRfOYRXZlzrvDoL9sLPAe3glpi8V9fNC8vZK8E6BvOG8r2aeYLgjn2WYV64Joebx3429LMuH2viAZMwP1TCYy5XxIj7D8'
    'eqsFTH9l+fVW7NtignOi9Vf0jvF7oyXfmb8U3fVdhP90HJgfmxziVaYqzlQqYtSJ6fjKYPrMhdC+EQiPKf0xXLUF/FQXweVWCT9l'
    'l7gvpvVhmm1DfZHhdhlZN7Cvlu2wpkf1PzIE1F+Cd5lIPOEHo/kfmRS2YI3mW11awzhWBufs+Cx/Zf/fOxDMGgKz+Ix0b9rhdWT8'
    'Dqvv/8HezGwIME7LbAjwmtuDzrroujr9R176n3f7bVXKyN57NqTnIv7WmdT3obZZGm0LGq93ExhRdNKDajSp/6SNZCsFzgQ9YWy2'
    'CxKcxHjSFPKMOAp+YnxLKexp6gz2g1oCX8dep5acE5mOBT2zY/bxH7i/+Kx6z03BPt+i8m0ptLd9KRfNH1kZ0DbWXXUTXmEz+h0k'
    'T9UAT4xhtCLdDualWzXkmA6UBuXVbdNmwkcwPdk9We83lp1Yuy8h77sIzFbyez0Zu54QY9dCeLPPR2jftgFoX3fWk5t057WTwFtr'
    'ULaH4BfmCTHMLQJ+17UtQG1tM9ATrBPoWFVtbRX0T9R/WVvHZT2dsIieNpMy3QLZn/YR65Flc7k3450vMf0F7uNRoOO4Auk4VmSK'
    '08UaepGjNeAeSfIsgjyXozyLM8V5y9k5GeS9chysz+P4und//7eDIo7pBgnt07G8ISNfD4Pq0qEfEc6vJfqFq/rrPxrezSPjuQDG'
    'aMc4voaqxk8HF1h7gnBApy7cZp28p2SKdSSnZrxzKFP67jZYg7ok+0sX2V9mZLzzVOfdRokc3mNQ/1rJ+Qmtd0TG8xmKy+xSwBet'
    'S7vI+2vHF7e9Hep7Oc35zBZy5iWjgxZCW89D+r+oTw7sp9KeX91SzKNsPnHbnDbcmubjuTVCPa2KfZDR7xfTntwqGkfKT3VL8rUo'
    '2ufUcwWqR5fXE/WnRdGfdlSPCg/WoVQ1vq+QffO0dPx2rUekPf/MYfaNVkKXU9OeDKA7vhTuNsU4V6c539BjsAYG0YEKh/6a4uNj'
    'yqPSffOZlDc+mM7oGLQY8Kt0fO6DtrryHMzz0ZDOgPTkfPH3UyE9BL13bYtT3H91s2Rdbhf0Iajtrm2xBtwugzWI0caHUp7sqwsX'
    '71lsHdyi0TadNq0j834RgrtJYtvQjOZUBZ/R20kpzvNtFqzBuJ4osqZrC4LGl9a1VSB/Uv7StS1GMIJoKQjHq9BYMhi70bjjsm0a'
    'Y+ns+Q7c123uoz4M7Tgwfm9z2xgZ/rQK9jenzJMaZdsl/NADGmW7BGu8U+Y2m5+DHZeD8YF0GqQLIV0F6fScV8a5S1hlUK9L/6iM'
    'CPdF+8pOVEa1BrN+vR+V2Ubq6ROclbr0b1CGte3dNueBB0oWce0CbC6P6MgRTKZcmokuw7jnyTa/2zIF8OIISOcS/JkL+DIelZkB'
    '344hOHcS+u3ayqEyOvjplMnY3N6si+jcWglv/09kmxaEW07eP6P7IL/NeukfIH0E/S4An8/yNpG+Mjo6LsfvFrG8x+aKx6cJ/Xby'
    'PoTyLoD15wRIR0M6Ctaje1Def6yHusEnzRpIf3ial/cHyAZEV6Zyyl2PzmBlesivCPLQdeGzKI9Mb/RxdNdCNP5Ong+gPM/At4fJ'
    '3GxHeUTjXYA9kOV5/e1eevx7i++8bEB5PgP3aI7uK87TjPKM3eml34W7M+fBvaDz8L0g0MO/ei+cTcAdmtNRnk+CXn7+3cX3bI5H'
    'dkR03zwanWlceHpxG5egb0+AffwZbd63+egbHgdX/sf3gVq89ENgt30o+kbHbRz69vYri7+NCrh/VB1w/wjb0bA2mNqTlIFNko7t'
    '8di9xd9FZxFh40kcEHdbdoS816J+ynV8xWD8YPZVR6CzJtP79Q6t3Zv20h+ki9fNe9Je+pM0r68BrXes3J2Q/jTN8X2EgawqskkS'
    'nY2JbNEyVvT4P8xuhvlB07Wb0bWRK2VcImev26vRpsoY2lRKvZcJ3o4JsdbpnmMXgG/qTta/Ibn+hbE3wrYJWYQDKWKHIKOd8hhp'
    'R1e2TughoYcDlR5E+qKEHhJ6GKr0kB8EegjSeye0ktDKUKWVshLTSrJnJHSQ8FDic7OEHhJ6OFB5KFPbjIRWElpJaMVvb5TQRUIX'
    'BypdmNrQJbSS0MpQpZVMTLSC7TUSfE/wfaji+4iY8b1U93YSGkpoaKjSUHaAaSihhYQWhvt+Eue9zIReEnoZqvRSGxO9DGV/Fgn9'
    'JfQ3VOmvqkT0N5C+GxL6SuhruO9vQ9kHUkJ/Cf0Nd7synbvdCR0kdDDc+byB8ouV0FJCS8PdniAu3zkJrSS0MlRpJRcTrQT5PUnw'
    'P8H/4X42KvJFk+B9gvfDnUcqpR/AhH4S+jnQ6EfHt2VCFwldHCj8VKJzSvB+f8D7yhLgfZx+4xPaSWhnqNJOQ8y0cyDF3UroOqHr'
    '4b4nlirGSUI7Ce0MVdoplIh2ShHvLqGjhI6GKh1VDzId6cQ4TOgnoZ+hSj8Vg0Q/id1mQh/J/lK6uLYJTSU0NZzvaA9WfNuErhK6'
    'Gs68XCli7SY0k9DMcJd/BiJ+dEJHCR0Nd3u5MHGcE7pI6GK4378JoosE/xP8H+73/3XitCd0kNDBgSRniOigKzmHTOhjP6SPukGi'
    'D3puv57ot3pC2JYmNJfQXEJzcprbltBcQnOJniwWmtuNzjsxPbRpnHs6cQ4SWkloZbjfNU18ZiZ4fyDqCrZKzupbDPiq5JwloZkD'
    'xaYM00wYuzGZz+aEhhIaOpDOarZZxXdk+sjvhP9K6CChg+TuS0IHQ5sO4rr7Mi9TzEstyHjpjnHc5rgcvh0D364c56UfGOe3Sz4K'
    '8lwxjtexIsN5Lpx3Jbx/v0FduM06eU/JeOmSTELPCT0P/31toOg5oaWEloa7/46lGT1awOniTPAe5+Q5WgPukSTPIshzOcqzOFOc'
    'V0XXCc0mNDuc9z9dnpDRzdJMdH40oamEpobzGa2Dj7/NeukfIH0km+B9gvfD+16PDO/Z7wT/E/wf7uv+M4DvDyd4n+D9ASJDOPg4'
    'JeelR0A6F9Jp6HdCBwkdDHf+pwnw/RhIV0F6XIL/Cf4fAPvADIL/8yE9Cf1O6CChg+EuBxybK6aHpgTvE7w/APgfEd6z3wn+J/g/'
    '3Pmf4wjfw+TfhUgeSOggoYOhSgflA0gHTjo9oYeEHob5/XYHH+flvfRoSGdAenK++PupkB6ST+gioYvhfac3LF2w9wl9JPQx3OXp'
    'BYDvJ0A6GtJRCf4n+D/MY6k6+LgE8D0F6WJIj4J0KknZ+8nod0InCZ0MVTrJxEQnF57updkdCb4n+D788f2Js7z0jLYE3xN8H/74'
    '/vrbvfT49yb4nuD78LefwPie8DUJ3h8oeP+ZtaAP7UvwPsH7A4e/+V6Ll36oNcH3BN+HLr6nY8L3BM8TPD8Qzq/+sR7sfeZ56RpI'
    'f3hagv8J/g9/viaRXxN8P5Dw/e1XJvie4PuBg++NH0nwPcH3A0hP89EE3xN8P3D08WN3eul3Ae/POzvB+wTvhz/eW9/x0lfv9dKe'
    '+xO8T/B++OP9J++He4t3e+nOBO8TvB/CeJ+COhvgD+NiHnCtF9IeSNdBGypRnjZIN6G8uJ11qK0Yn2dCOhv1h7U7RXA7RWiwArW3'
    'Fs7WGqAMpo0c+s1oiJXJoDpSGnVkoS+qcz2nnuthDGbAO8f/9aOTvXdT0Ng1WcUxi6dDOcfd9Vj0Dceu3GwVx1TSic/XBmm7xeP0'
    '4TnSxT9njBcRXKF9niXo8zSNPo+HfpeyzzmYV4qfJv3vIv1vsIJjiKra2Un63ArtOxmNV6uijiZEo3Og/DI01rrlcUwuFquxQ9EH'
    'Fdx2qzgmZAu0byTQlSjufS8ZmxYJDFP8rYP5Otzy76EZ+JOtAQ1QNy2nqhOvebMhHTnBrN26bawzxOcgfmMWwifTPrP1vgxgVMH3'
    'Uay8U+isfdtfjWhPLADurEftcIpdZHG8uxD6727iduqAfmBW3KH4l7cdCR5GMf1cSYiH8iAOTbwX3i9L5nvYz/dIxKeZyDYFwIlK'
    'VGbfIhGAD0/axfiQTfBhSODDxf3/mEj4hQ6U4pjPYXm1IL7CacMZNl9vFt3upS/c5H07EX1b3Q3+5dq8b8egbzPavPSX7wOeyfZw'
    '1I39tM1L12700o5PeOmln/DyzkNwJl7spd9u9b5Ntz15XjY+jJeh44R5nHWCMcH8YY3N+bseAf+kG9e+hdTfZenF+1bNzwv9f4dI'
    '2tciqSuonR2aZZy6H+z/OzjGunXqvAHkS1xnr+WPjx40tqK4nbI8rC+quTKN3x6UtwDwJlvquIdBMdkWZ4r7cTSJ66aKq8jyOO05'
    'DWRH3I+3IN1Exqud0ORGglvNkjFz+s/Gg43DPJBdnfxbNeSgPkLfHagNqvmha8VmQrPNqB3sdwHJ50wHhPdymf+2LOypWB5gcgaV'
    'B2qJ/KWjq7ERHMxD2BI9axSdUJh6MjBubG2fD+kRMH559G0BpPMk8qiuXikL3yyV/Jk1l8Wcci/bxfzYWMO9qUuwR4n0a7MQj/CY'
    '7eVh5TG8Nsma3EfmLAj+7f3/GC2g36B2N2vA/TrZu0V7ULOC3lV1XNX/j/oYx+IS25P7VW1WwVlP4MhwQwXnbFutF8N1NKP1WwX7'
    'SJvrCRcqYnuqYnrOy6jrmwhj4rxfUQ0+KSGdAumCajWcgs31eRsJr6wzx3stcXmGO6ryf0HlWbk3EK+pKv8sKh+Grn4ZUF4Hp+4E'
    '+TMO+rsB9j5T3LsGlcNzoCq3E5XrRbyJqtwVqM+7Iva5C7VhYUYf75phP9HFs3NQ/i0a+U9E+Xfp0D/sm0H8oQrGLHRuMcviZxRZ'
    'okOfhN5th3cHo3dz4Z1T32hFvbr7NdMTRzmjaCY8Ro7wNJPv89LMA3wO6Ld7nwB5GX1bDb5TTj2TnzHQb1et8b4tQt8qTuN5CtA/'
    '9q2SfJsK3zBtboLxOAR920y+MV023gPnEDlgDtFFMThBefF5a5nhWUMtvDfhW/OGurUsOttk9MHeHbPee7cEvXsNdBQL0bun7/He'
    'zUFrRDuqM4gvLQCvMZ7obRsNeeEs+o3PIeYI8tohz39qAY4Jf14JNHWoQKdpQtM5oJnaEGWvvMO/HjhtOjfE2YyOjcmj28Kd+Yww'
    'HNuqmMbWaW/YsS1/yD+2bHxPCHn2VY3WW9E6NjdgHWsyWMcONljH6qD9mAdpR3wYlm3ZN9F5eS2C54zRFXY4HKT7ZBMavxpox3XI'
    'HkWkT6P2KFie2hTR1qHKd75wgFlGkWef0BT6yShzmJ6Hq/ZTBz/rNW2CdNetOqZ/AF1dI9CpDfmTcynRuZT3lPJcSmTjcyZaz/rI'
    'N2xfs8nATqYP2dfkBeVxngWIn1qeUevFl4JOezJq21YN/fBa0rd6i+txdMpj2x/Zml8roZ/pxPZE5s83il5Zh5fAeuWo+mJqH6hT'
    'PisZnzkB/K2s/7p2vYmsl8h6iayXyHqJrJfIeomsl8h6iayXyHqJrJfIegMh68nioGZhjWbrahmcjc2GvZDSWBnciQprS1QF/CSu'
    'w4ogAzpjcawzZxHlQG2epM2M38gZtqfMsD3PtRbjQxbxkDrzaXJO+bqEN21iY7OXzyW7h/srqK/OivuxodPpjJVFr3Nul9368yoQ'
    'FUEfK9G/R6ARrS4UW8LXxtejFHlRUyPPPMEIdLn2Gp4K1/YJWAAMfGrMWqz1pDhimj4p33YV4qkJ3VHbcIywHmIE6gKj9VFo7XfS'
    '/F4xzdLvJjYLVFbXWdcqDfn7DoCR1eLvY3hS6aHK3me0mfRQzwodKUBZd6l1EXHyLwcb4K6MX9Etz/jRIwzKlIofKUX9A8l//FGT'
    '/3BgPgX50gkfkvAhCR8SOx8SJz8R97qU8A/Dl3/Q5RsaYO8Ns6c550EinUlOwXPMkexxUe5dzY14Pj7XKr4ndbA1cPelCuhM16QM'
    '1m1lNc7i55J5T+5dJfeukntXyb2r5N5Vcu8quXeV3LtKbPESW7zEFi+xxUts8RJbvMQWL7HFS2zxElu8xBYvscUbSveusG55BFpb'
    'y4muc6klv39VBjDxmfU80PHKeFPM5zOdLy2/EOXFfcW+vmiZxQF1Mv20Ca+QQbIQ5hV0fWU7bf+sXcwzUB/VOO9VthluYdxwym9H'
    '5deFaGuHXexP3LT8haT9puVPsaPR/XJbzY8stNX8yAy7WJek2/5xqNwGg3LVqE3tRIfF8mQBtgpmGyn3Olrn1hm06UXQb0Xx685g'
    'PYHasEmj3EYo9wAqp7vWOuV+aFiuR6B7NMHba9B+I6PtzyDYmw1gfwjB3iyB/T6UZ50kT6/hHLBybYK9lMJ+F4K91gD2GYJ2t5I8'
    'JwjGluY5CuXZKsmzWIMnmBWSJxiPeBlab4NAnmTfatC3deQblvdk8hI7q2R8gSi+ia6s3YR4CBv4lHrEQzB+wtTGIqrOVRabJq3g'
    'XaqhvhmQXijgXbB+heVbQ3gNFkuB5c+DvStrp6gs5lHGWvLYO2mAT8/1KXzc9kpk8yY6n8b9xjo5UTyrMGOH388gOis2jzl0zllj'
    'FftVzQhs9UTjSecqaBxtzXGcIdG16bSb9jvK+KfQ+Jdbfn+zVaTeFVbwff/qgLrKFHVVx2AzQuOllAnOa+YK1shupFdj+X8I7w6F'
    'edPdS/A6i2PC0HW2m3zD62wP4sGo3rGM2JToxFMbA+3KINzF/h6C1pYCkcHWSOxVGtC82ZY/Fo5ue+vQmuX09SCo99gcnKtDejyk'
    'q8lvRjMs3ypIZ0rKn5Tz+nHQQbyuGfBtEaTzUd446nIqGhNTXYeScVgFdTw/ltcRdexkdfxirHcfDvMUTLbss/22Kjq+wzFtdGqU'
    '2Uhkz+vHenI8Lndf2ksfT/vlhVvg298F326Cbw8Lvt0N3/6a5m25M+2lP4X0xrS6zHfT/rJOP7b292M5qfMnUP4ew37cBd+eQPXe'
    'm9Yv/yP4dosVfYxk/V021ltrMZ/ZLLAziiIHbiQyea9Ef9E4lvvpp23pFti1xFXvG2P4GAwmPbnxbKAt02CNdvLdBvN5HKQ/PoSX'
    'uxHm8450/LRw8xhPbnLe3WyAtz+Eby8b0stA4PtlY7y4NCrcaRXIbLrzvskqjo+HbalceXkMt5PrEZxDimT0oDVYhd/HoPporL2O'
    'EtQ3VVAfPdfsibG+ijE89p4ozg2G1WUI+5VG8djpxmzcY1jfk428LxskfemQ9E0F+y7oi2kcks2WP76QCM8pX/+1xvC0pqInHVp0'
    '2vB+GE/nuw02oUsgnQjpBGQr6qTjIZ0P6RhIGyE9pRr05Y08flHUPZLiLd2HWtDcOnWf2ujJxHGPLZ3DhY3cJv1Gsrd8n6yxD6WD'
    '+SbG/4jW5TGN3tka+xa0n2A4D6ZLs0/8vYHH7sF761Day/67wcM/XRyIcw/7dgPHi06Cu1tirOfqBk5jOrGs1sVYdw+qeyB5Y9dW'
    'F43vRoMzCdP9ZpkmDm1DaVx897gGT99B7eWpfGkCswyNW6lkCKeeP40uzfpLcfCx0RwHm0lb2iy9WH54T+/RLOPy/4Z97AnZx8+P'
    'Hvh9lOHLe0dzfFlP2r1FIs/p8H84VqJrqx9QDx2XXis41lwQv3MCqqdLcLaE30fhq2ajOcPrf5S1V7fuatRHGvd7XYz1vDqK+zZh'
    'POFkSJsgLYd0UXUxj8l4yUmIh3Tv6ozi90Z6iFyxm4xnGzmPmIfuT7r7fwywFgCs22KAtRBgfSMGWIvY/h8DrMUAa0cMsA4DWJti'
    'gHU4wHpHDLCWMPqPARa7l7soAqz5VvE93okxwGJ4Xx0DLIb3b9ZzWFW2eL2n+0CnYK1x49lGgNVK7JQer+fxaQdiT3TqvBXVudkK'
    'jvlL69HVh9Ax+8IA1EnH9n1onkSyi4l8vBHBMt2LKKzzAmD1GcI6rp7L01QHTM8lguRPXT307elgWXUi6lsY/ofJHi791/P763Hr'
    'Tx34r43k8OPWlzrwnxHAj0s/6sC/b6R/fQyjD3VgfV8yFnHoP136R21tVciCKtnvwwhWFN2pay83MvwaQeWbtSP9dP2iAb+KYZ0+'
    'Mvx6Q2EtR3Mbt0zi2soj+C0GOgzdNW6ERvvXKmR+Ee4yme3VuuL26+ieTMb/6Tpv79Pdv7eRevoMzhcZjdxZx/fbjQY2slTGN6nz'
    'q3Xefe0oeznlozaHaMcONJ9bCTy6v15gm8Nvjzi2JrrLVTbclUF9WifpS3fItrj6/xLNnWk/a9HYBs1dHO1kdb5ay8e2TbIehrEL'
    'YPCfBvim+jXV+sLWr3tro+9hDNaNteF5Uwrrmlr/uiejK9z2KHqxy2v9em6RTffijJcemSnmfY+BvFeO89IPoDKnQ5n5kK7I8Pfu'
    '/j8IdZ8CdR8L84bPO5muajQ5Dx2j0F3Nq/VsBMPK3a6fiAgwmMxeHQEG01H9X014GEw39VIEGEwn9dsIMJgu6mcRYDAd1G0RYDDd'
    '03URYDCd02cRjDA8qQPjgwhGl+A+FX4v4y17azy71KAzXV37qnsVsvE7avzrYVBdKnnc1UvDO1tS55E1fO/Rke+pXdkdij5NiQhf'
    'pU+oQnO8wWC/wHqEtwp+PFlniCd/LOjja6tkP/yNRjt6FbLEgwXucy+u82JX/i/46aAU58NOXZ9D4xDmPNi9L4fGQYYXWwx5Vgfu'
    'xQjueiLDbzHkRzDcCwRwW2OAe5xgHHo14Ih8CuJ7FnND0AzF1fEF7kvk4SzYiEP6PKS/Ju8fgfSFLNA/grEk76VHQzoZ0jmQngrp'
    'LEjn5YH+qzmMLHwbRcocAukxEhh/RDCmknYs0WzHb6rN97zdZL4frPboFPPfu0lZHflSxy7gO9Xch+Vuge5eB8fCnmc49X+8Wr2/'
    'v6JYty+tVq8TYXRebWgemkPYaZjYZ5yC+tAmOVfqDKH3Okwwvj2GND4FwdDRS+B8TJ9SL+ifTP420dP8q8qDG1XvRuX5F6rUOBXG'
    'duTRKv989GryBwzG3VV+vIyTZvHcfwONw6oMl22D/EJi2XUepMuIHL0zZrhMRu6r8nRcLI8K3kIof6zijriuDD8P2nFelV8OoH5z'
    '2b3zuHQTywawTjbe4wX0J/IBzPQhS8n8yfpSHjNc1t6/jfDTTm/ItV21fzw5wrsLivU1i6v5vVHXN2h18d3an6EyK4htOysziZS5'
    'YwTnW6ht03SJXXwGwXb9ZQjaukhR75dRvcxW6lBiO1WtqPfjCMYMUm8ZpDMVMC4VtIPa+09S6MM6EIxGCYxpinZcMIKvae307pnB'
    'XoH3GZf/F+DsIbY5H9KlwYfMGMHvWa+Eu6pN5F7tNHK/dj67/4vKLiRl2R3d4wQw3fM/VJbdlT2WlF0tKft/lbzsNMOyf0Zl6Z3e'
    'lYo2P4vKziVjslBR9mFUdjZ8WyAYV3rn2N3/K/lde8YjnG+L9fidhF+6yaBsK8HDa1HZjUSuPcj2nyniej9tUJbW+wFUVmWLRevd'
    'YlCW1tuGyprIFe7+X8ljD0TdZxx4qwRt2SORD6h8tFjQljbNNYGuH679D2qLiZ2H688U4f0egT4A6wkeJnqCNCpLdQ2Pkt+7ke7B'
    'Pf+r4GXZtz1EP/GMRD/xHCq7S6LLkJV9ApWdCbqC5Uhn4PIE5PcK0CXcj8oyncYMon9gZVZDugDK3orKynQqKYkO43pUtom0UaX/'
    '+DwqK9OhyOr9aIU+vVGdyfYKHk+ElX3DQJ7UkdHXBdTREVMdJ1X4adVUtsPy22EI3ibJGtBmoE+YVFEcU0Wnz7iuTgKvGsHrkJTp'
    'MGjfG3mOQx0S+bpVsAa6+j9UVnbfqE9iW/F0nuOGTntN7CZYHT/Jy+ey2/BeoAPvuwje6eS8OkhmnieR2b4QEzwmq30IzQfLczTJ'
    'u1iiX7gkRFlW77vzXCc60DoEN04EGscjM2p5XqUXWBwTPDY+E/N8jZ9YLZb/ZDJSXZ77ip2okIXLUF6b5B1P8r5V7m/TYoktBG3T'
    'n1BZKnNPV8iNz5TzNo5X9Oexcnl/aN4HUN4Zirx3BMClMvtNqK+jiM3IFMU4XYvqGaVo0+cCxoW26WMob6MC7hXlnK5lNlSbyLrP'
    'fEK+p9y/t3Yr7gDPt/k6is88HXhryrnOhPqaksnIZ6Iyh0rk65OIj6jjUJlpmmWWCNq2WuBLi713yswMKLNKUma8oD9LiQx8OPrt'
    '2v8J+qMqk0FljpfI2lROfr3M37aTSH+oP64/QBnRuWmLRMb8nUYZKls+jMq8IbHr6yb1/ASVaZGcFdC2/ZdGGdq268s8H3IquVBk'
    'v4vr/mxIOD75H/WB6Sr+RPhwWvclGmVoPRvLuD93Xf5KxMOfX+aP72fKw7v3/1AfaHtaBXypU2ZpQJlucvbFfCPORmVaA3QJmFee'
    'oFFPHykzUjAua0OMi43gbCA43WkgK/wlJ4djInP8Lufv15YQ/fp5jq9XT2XF+gaqE/kxKvMw0WswfQqD9TSUuRGVeQy+/V6hx/ga'
    'KjMuL9YNUP3FZ1GZmZo6j4+gMkzXcBTJy3QPY6HMpYK2rUT6EAyjHMpsRmWYbqWB6ClORfoSV/5HZWjfZTqNc3P+NWW3wpZHtKas'
    'yumtpUH+ngqgY1bRLbUTmpLTX1P2+f9D/daVh0Vwchp1P0/o8Z9ZXka0PuDzGVbmpYAyHZIyz2b98VeDdCCdBrL5A4awTc70b8xy'
    'Pnh5xi+Dm551fwmN3RpbzGM0E5zameW+0VTjohvflu3j2xBsijPbFPy9ig7XZv175TaCJ2+Rdf0c1J6Nmv5qVDIIi2N2VJbLTscR'
    'Png+4aEXBuSlfH0TyruIyBzTEI/uxkdDeSfBt3mCtrjyP8pLeXKatwzlpeeHq9GZmSv/Z3hsliB+2sn7V5S3j6zJmFd08v4+w33q'
    'm/Iarv4/oHyHRvn7UFs3kXMfyvvdDnWF8WPklP8Wqku2brI15CsBeTuIbfZnBH1oJrTD1tSPCOCKbH5d/58ob5Adr+v/K+OPRyOz'
    'BRTRfYtkHnXuTruxukOWZ2vIqow/9hDD6zfJPB4RkLeX5J2T4TT2FOE1dyH+0fXjHpD3aZK3UTA3IjtY1/5XgB8ie1fXV3oALm0g'
    'vMPraZ5XdhbAcPSltBg/dGWAp9Oc3wm7p7r2P6jNS6D8aUiXjvW6d2rkZTrbmwPyUt359Rp5Gdxr0n4+JY77cK7+H7WjS8AfYl3c'
    '9rQcL7oJzl+c9sfG2qgx12zPbU7z+DMbJDzIeSiPCP/d+/9pfxwbakdwPMoj0iW4938C4Gxg/n8Ebe4lbZ4ZkIetQ5ME7cHnda7/'
    'z7RefCu8D7nxRRFskS24S/8oj+gerMv/p3ieFslZ2ssp/5jtIeP6fKo4zpLOmuCUeyqgfrZXP5ySzxlbk+5P+ceDxhb6ccofU4nu'
    '1bek/HNG1+AbBHno+ei1aDx0fSi4+78ANt2frxKM2YsEzvshD9ZTMB3Hc7Dv9AXk2Q15LhbkeZjsX+0ozzhyb6QJZPs1qM27JbR5'
    'rmCedxPaPDXlp7s3CG2uCsjDaHOZAF9bNfB1dsDcM7udyQF5GC4elPLH46M61roAvGfrRx71Q9fGwPX/hWLvdUjWpr/ZZmsT69se'
    '20+LPSTPb+1i+tC5t+eUe0izTZRnuTOgv6xN/0XiH+r4jnDv/9r+eG59ZF35MoKtq+Nxyn3S9scjDOPfwfX/ZfvjxVG5qNf2x93D'
    'MSFYvMyRMd1pOl8Ql7Kb4OoZtpw/YPvYCQKco/N7lAB3VP4X3Pv/muUojzDJsBxbm+oRrujahrj6P1RO956IU+4fFh87ET/u6v9R'
    'HpGNiCv/B8Bh/PLvAvIcAXl+hfKIeHVX/x+QZxnkucfi46Frm+Ly/5Z/3lR8unv/x/L8psZ1p8Slf9QHXXsUd/8X9EF1J4TFy8wH'
    'yBEFwNN8gA6zAGVGxqCzpPEyRXcFaLxMka0DjZcpuhtA42WKdJY0XqauTMTiZVYb6jZxHDesM2zKFcdxw2dA7NwGx8tkMaBpXEoW'
    'ky0oZmWYGHCVkFcWA65UsdwarOJ43WUW18NkiL1ME7GXGW3J7XBo3krLL1ul7WJ8Y/3TjfnJYtGx+NtlVrHv1iME+LDAKvY3mxd8'
    'WyxpT8pSxznMwl85vJflbQA9uGWZxTl1yr1sF8/XWIGdEbUXYT5URDYgrQp8du3LbO7jqovAayNwsa8rhgMq+Lfb/H5TB+pPULub'
    'NeB+3ea2sxReh+aaoqrDicdeH+NYXGIXn/nL2qyCs9722w6IcEMF52zbr4cLOivD53Eq2EfaPG7SQsV+rdqbHZ5FVd9EGBNsjzlN'
    'YKOoglNAMeg3ojHVneO9lrg8wx1V+b+g8h1EZl+nUf5ZVD4MXf0yoLwOTt2J+J2o9IfjsZvg3jUC/qJDo9xOVK4X8UyqclegPu+K'
    '2Ocu1IaFGX28a4b9RBfPzkH5t2jkPxHl36VD/7BvBskaKhizLB4XeBa8m2b5YwtPQu+2w7uD0bu5zL4EeJs44pK7dzAtf5xgk/2+'
    'mfAYOcLvTL4P+LUH+BzQb/c+ATH+0LfVZ4Et0pmg4xN8u2oN6PjRt4rTeJ4C9I99qyTfplo8bnIzkS8Osfwx7zehOagke+AclAfP'
    'axXKu1mRF/P4ZSF4zXLLLO513qAOHA97KaIP9u6Y9WB/jd691gr2F+jd0/fA+StaI9pRnUF8aQF4jfFo3DLQBxNeWBT3nMGjee2Q'
    '/H8twDHhzyuBpg4l414wpOkc0ExtiLJX3uFfD5w2nWuZywM4Pr1NxnoppI9uM4dbC79NxrYqprF12ht2bMsf8o8tG98TrHDjUI3W'
    'W9E6NjdgHWsyWMcONljH6pA8TWMCdFv+mPXtgBcVgnWwgMboCjscDtJ9sgmNH5O/r4M0L7GXWCfQFbSR85yekGuF8/5C6L/rctNW'
    'PSl7OD/7hKbQT0aZwwR/dPZTBz/rFXi3lMBUrVt1TP8AOshGoFMb8k/z4U3qgH7w/P5r794y8czvy7YjDGbZiNbxmnUmWs/6yLeT'
    'Lb+NlY5fU6YPX2b5z46pXcUCxE8tz6jPO9gZwWTUNh3f+mtJ3+otrsfRKY/jncjW/FoJ/UxHdFEH/65G1J4HWmY6TpvQVjXZOy2Y'
    's4OsYt8503Jivzjs9wRyh4/dqZspKX8S8xN0EK+L2fUuktxnjFqXU9GYmOo6VHJn8PmxvI6oYyer4xf9dUwJOMMOG7+g2+BuwkZy'
    'Znb9WI/ecLn7wLbucUE8qqAYy6ZxlKmPaR3f3TL/01v7+7HcCo53rdsPGo+L+QwfSrGml431+P+BjoUsivPUONaTY0sZ41dU7xtj'
    '+BgMJj25fgKhLbr+1W9M+2OZx0ULN4/xztaawGZYF29pXPehhO+X9fdpYsh7EXHFH3/XGH6GEnecOxF+H4Pqizvunai+qYL64oqD'
    'J6qvYgy/UxUlLp4I9iuN4rGLI06eqL4nG3lfosS6E8G+C/oS5d6oSRy3rzWGp7W4Yj2/H8YT+0NZQvy6UH+o4yU+P5k/klOYn9DG'
    'gY9vzux4Tm0sTZx6OocLG7m9wo1kb/k+WWMfSgfzTThmCl2XxzTyuKZ3poP3EwznwXRp9om/N3iyFd1bh9Je9t8N/vhTKvvluPaw'
    'bzdwvBDdvYirnqsbOI3p3jOIq+4eVPdA8sbuOS4a37jivoj2hGWaOBQ1Doyo7nENnj1p2LgwIphlaNxKJUO4fsJGl2b9pTj42GiO'
    'g1F8x/ZZ5nEobjbsY0/IPn5+9MDvowxf3jua44ssTk+roN2msR6aA+qJGpMXj+UJqB5VHJ8ofNVsNGd4/Y+y9urWXY36GCZWsm49'
    'r47y1ieRL31mL1tO/NTbCh+Bz47yx/DWjaU3zyqOufjfMcBisRdviwEWi8H4jRhgsViMV8cAi9kH74gBFovNuCkGWCxG4ztigMVi'
    'NZ4QAyxmh70oAqz5xG57YgywGN5XxwCL4f2b9RyWiU94uta4cYIiwKJ3kh+v53GRB2JPdP2Eozo3C/axKHf0ZGP2hQGok47t++rD'
    'x0+m8vHGenn85HWGsM6rDx+L2RcnsJ7L01QHTM8lguRPXT20Kq7nRNS3MPwPvutaXc/vNsStP3XgvzaSw49bX+r6CRbAj0s/6voJ'
    'GulfH8PoQ904oZKxiEP/6dI/aqtJ/AiR7PdhBCuK7tS9Jzgyeox1tsatHemn6xcN+FUM6/SR4dcbCms5mtu4ZRLXjgLB170Db7LG'
    'jdBo/1qFzB/kx+fVuuL26+ieTMb/6Tp/jLYw8QpNYiTeWcf3W10fACIZ36TOr9Z5tvxR7/jL/AzrtmMHmk+RfwBczwW2Ofz2iGNr'
    'ortksSlPRn3SicdpGmdiYYnmzrSftWhsg+YujnayOl+t5WOrilPaFwL+07U8lrqJfk21vrD1697a6HsYg3VjbXjelMK6pta/7qn8'
    'VETVi11e69dzx+GbTCfmxtpBqJv5ZDsW5k0Uy3E0OQ8do9Bdzavl8WrDyN3uHaIIMJjMXh0BBtNR/V9NeBhMN/VSBBhMJ/XbCDCY'
    'LupnEWAwHdRtEWAw3dN1EWAwndNna8xjplM/eR+sUccR71Lwlr01nl1q0Jmurn3VvQrZ+B01/vUwqC6VPO7qpeGdLanzyBq+9+jI'
    '99Su7A5Fn6ZEhK/SJ1ShOTaJx4j1CG8V/HiyzhBP/ljQx1dZ/ITfaLSjVyFLPFjg/hjiOi925f+Cnw5KcT7sxglC4xDmPNj1E1pQ'
    'x2rfYsizun4CEdwg/8KmcC8QwG2NAe5xgnHQ9TEsil3D7nHNDUEzFFfHF/g9Mxq783kSh/NxSQyKKgRDFtNSFZ/yrWoOg8V9GEXK'
    'HEL8PVIYf0QwZDEuVe34TbX5nkdjXj5YzeNCB/lNjiMu5XequX8Tka9LHRyL4i/r49Xq/f0Vxbp9abV6nQij82qr9sfnNo3xqzsP'
    'p6A+tEnOlTpD6L0OE4xvjyGNT0EwdPQSIj9s9YL+yeRvEz3Nv6o8uFH1blSef6FKjVNhbEcerfLPR68mf8Bg3F3lx8s4aRbP/TfQ'
    'OOj6acSy6zyJL/KdMcNlMnJflafjGowYnzh2ynlVfjkgin9FHd3EsgGsk433eAH9qXw34vmT9aU8ZrisvX8b4aedsPHbVfvHkyN4'
    'XCkau1QWB/NnqAyNWSqLs3nHCM63UNum6RK7eBoD9AZBWxcp6v0yqpfGiWW/qxX1fhzBmEHqLYN0pgLGpYJ2UHv/SQp9WAeC0SiB'
    'MU3RjgtG8DVN5PtTd6+gPn2PE+As9gVqYjOi4kNmjOB+G1dKYpLKYqAehMouJGVpnJ8mUnYEKsvuyh5Lyq6WlP2/Sl52mmHZP6Oy'
    '9E7vSkWbn0Vl50pil8rKPozKzkYxj+i4iuKf3l3J/ZswHuF8W6zHp/EzbzIoS328X4vKbiRy7UG2/0wR1/tpg7K+OKGorMoWi9a7'
    'xaAsrbcNlTWRK9z9v9IfkzjsPuPGCRC0ZY9EPqDy0WJBW9o01wS6frj2P6gtJnYerq8bhPd7BPqAoJiYaVSW6hoeJb93I92De/5X'
    'wcvuJvE0f62IkfkcKrtLosuQlX0ClWWxMpdrxsy8H5VlOo0ZRP/AyqxGcTFd+z9UVqZTkcW2vB6VpfEwVfqPz6OyMh2KrN6PVujT'
    'G9WZbK/gvmZFsTbi0JWsC6ijI6Y6Tqrw06qpbIflt8MQvE2SNaDNQJ8wqaLY365uvIA2wdm1e/6H4HVIypjE7H0jz3FIFhus1RLH'
    'wfkjKquKfUxtK57Oc9zQjZlhar/xk7x8LrsN7wU68L6L4OnGbqDxFrDM9oWY4DFZ7UNoPkRxHLD8R/ULl4Qoy+p9d57rRAdah+D6'
    'EEXjqBtHIUiWXhwTPDY+E/N8jZ9YLZb/ZDJSXZ77rZ+okIXLUF6b5B1P8r5V7m/TYoktBG3Tn1BZKnNPV8iNz5TL/fDT/jxWLu8P'
    'zfsAyjtDkfeOALhUZr8J9XUUsRmZohina1E9oxRt+lzAuNA2fQzlbVTAvaKc07XMhmoTWfeZD7H3lPv31m7FHWBRjF7m32VNOdeZ'
    'UF9TMhn5TFTmUIl8fRLxEXUcKjNNs8wSQdtWC3xp4djAMwPKrJKUGS/oz1IiAx9O4hXXCvqjKpNBZY6XyNpUTn69zN+2k0h/qD+u'
    'P5TxOND03LRFImP+TqMMlS0fRmWC4hrjen6CyrRIzgpo2/5Lowxt2/VlejHpRfa7uO7PhoTjk/9RH3AcZ8yH07ov0ShD69lYxn39'
    '6fJXwjhhZf7YD6Y8vHv/D/WBtqfVEsdEWxpQppucfbWz+79l/tjnnQo7lwka9fSRMiMF47I2xLjYCI5p7G7cnr/k5HBMZI7f5fz9'
    '2hKiXz/P8fXqqaxY30B1Ij9GZR4meo0XssWwnoYyN6Iyj8G33yv0GF9DZcblxboBqr/4LCozU1Pn8RFUhukajiJ5me5hLJS5VNC2'
    'lUgfgmGweFObURmmW2kgeopTkb7Elf9RGdp3mU7j3Jx/TdmtsOURrSmrcnpraZC/pwLomFV0S+2EpuT015R9/v9Qv3XlYRGcnEbd'
    'zxN6/GeWl5HFu28nZV4KKNMhKfNs1h+bRxVrUVc2f8AQtsmZ/o1ZzgeHjWmOz7q/hMZOFGOPxoZxz/+z3DdalJh7ovOybQi2KAZz'
    'EH+vosO1Wf9euY3gyVtkXT8HtUc3lp5KBtkXJzDLZafjCB88n/DQCwPyUr6+CeVdRGSOaYhHd33no7ws5t88QVtc+R/lpTw5zVuG'
    '8tLzw9XozMyV/zPcf38QP+3k/SvK20fWZMwrunFCM9x/tCmv4er/A8p3aJS/D7VVFM8c8363Q11h/Bg55b+F6pKtm2wN+UpA3g5i'
    'm/0ZQR+aCe2wNfUjArgim1/X/yfKG2TH6/r/yvh9lMtsAUV03yKZR527024ct5Dl2RqyKlMcywLj9ZtkHo8IyEvjDM/JcBp7ivCa'
    'u0js9EMD8j5N8jYK5kZkB+va/wrwQ2Tv6vpRD8ClDYR3eD3N88rOAhiOvpQW44euDPB0mvM7YfdU1/4HtVkUTxjrde/UyMt0tjcH'
    '5KW68+s18jK416T9fEoc9+Fc/T9qhyi+L9bFbU/L8aKb4PzFaK51Y+LiPbc5zeMVbJDwIOel5XHAWdzh09P+uAfUjuD4tD8O8GaS'
    '58gAOBuY/x9Bm2kM8JkBedg6NEnQHnxe5/r/TOvFvcf7kBt7Ju2P57yRzF0q7Y9l20X2hX+meJ4WyVnayyn/mO0h4/p8isec0F0T'
    'nHJPBdTP9uqHU/I5Y2vS/Sl5fGs2Hj9O+WNA0736lpR/zugafIMgDz0fvRaNh64PBXf/F8Cm+/NVgjF7kcB5P+TBegqm43gO9p2+'
    'gDy7Ic/FgjwPk/2rHeUZR+6NNIFsvwa1ebeENs8VzPNuQpunpvx09wahzVUBeRhtLhPga6sGvs4OmHtmtzM5IA/DxYNS/thRVMda'
    'F4D3bP3Io37o2hi4/r9sDrtDsjb9zTZbm1jf9th+WuwheX5rF9OHzr09p9xDmm2iPMudAf1lbfov2x9ndasGTlyHYIvuSrj2vwi2'
    'ro7HKfdJ27vHHtW/g+v/C7Vzq0Qu6kV5RDEhXPtfm/tEiHqn6XzbTwfdBFfPsOX8AdvHThDgHJ3fowS4o/K/4N7/1yxHeYRJhuXY'
    '2lSPcEXXNsTV/6FyuvdEnHL/sPjYifhxFsc5H2Aj4sr/AXAYv/y7gDxHQJ5foTwiXt3V/wfkWQZ57rH4eOjaprj8v+WfNxWf7t7/'
    'sTy/qXHdKXHpH/VB1x7F3f8FfVDdCSkALuYD5IgC4Gk+QIdZgDIjY9BZuvSP6hPdFXDpH+UR2Tq49G/592V8N6AA/inyATpLFse5'
    '2lAmcs//Lf/+0qzRfxaXEusMm3LFsTPxGRA7t8Fx1GRxCOdY/tiGqjijKcsstrDjEsKRe6ei92UAV9emu8HiMfU6rWL/nTXoWzf5'
    'hmOL9pCzXBrnWhafdhYaK8twvJx2P0T6TXm6LrJviHC5l+zlGJe3CuwoKC5TvyS9Alxeb3Dfd7ylx4fRs4wazXJ0L8VxVFmc8ZyV'
    'xL0crLiXqrVEFY9eRTcsjnnGKo4hP5/4zcHr3wKr2Pcyjb2rExs6CzTrnOlQWrc0aP1lu5jWxwps5qjtE/MHJLJnalWMp2sraXN/'
    'bV0EXhuBi/22sTlTwb/d5nf1OqziGNETAuywVHC/bnM7cAqvQ3N/VNVxlV1sgx91LC6xi+1XZG1WwVlv++1gRLihgnO27dcpB63D'
    'eD1WwT7S5jHAFip4TxWf6fDfqvomwphg2+JpAntbFZyCzXXWG9GY6s7xXktcnuGOqvxfUPkOon9ap1H+WVQ+DF39MqC8Dk7diXj3'
    'qPR3A+IvTHDvGgGv3KFRbicq14v4LFW5K1Cfd0Xscxdqw8KMPt41w36ii2fnoPxbNPKfiPLv0qF/2BOD5GYVjFmwp7L3BYCXtYpt'
    '1Sehd9vh3cHo3VxmK2V5e5EOj6Har937xBJZQHe/byb8Q47wK5PvA9v8B/gc0G/3PgHxKtG31WeBXd2ZPO43/XbVGjivQt8qTuN5'
    'CtA/9q2SfJuKZKNmIisfgr5tJt+YrIT3wDkoD57XKpR3syIvllfLDOaB8YrlhnJp3qCOMoSLSxF9sHfHrIe7BOjda61gS4TePX0P'
    '2BKgNaId1WkFtLkAvMZ4NG4Z6IMJn5tFv7GcO0eQ15bw0qrxqgU4Jrx3JdDUoWTcC4Y0nQOaqQ1R9so7/OuB06ZzLXN5IEinsBTS'
    'R7eZw62F3yZjWxXT2DrtDTu25Q/5x5aN7wlWuHGoRuutaB2bG7CONRmsYwcbrGN1SO9C41t0C/RS7YAXFYJ1sIDG6Ao7HA7SfbIJ'
    'jR/TnV1HdFPU9oedK1da/vOaTdTuwHCtqPLpcFRPyh7Ozz6hKfSTUeYwwR+d/dTBz3oF3i0lMFXrVh3TP4AOkun+bMif6P4GR/fH'
    'aB2vWWei9ayPfDvZ8tsL6vjoZWc7ywQ6c2ojtADxU8sz6rM7dt41GbVNJ07EWtK3eovrcXTK49g9sjW/VkI/0xFd1MG/qxG1lwEt'
    'Z2CPYmtrB9ST1Vhb6cqaHl5LqztUH1wRDvfhmbQiwsqb0qA7Ux7IQjhsIs8cSc538TmUTK+J39NyHYL82H5OpMvS9ffWJbDXw21R'
    '2di5toYZT8YW3d/aLGmjjo8QkW9/kS1+C/m+1eDeY5R2rCW2UJ/tH4cVljg+cEtMbekS3DXGetgJAzgPtP9vz3h7isjGEtu+hqGB'
    'TrLOd2vuKZTnNhlfSgf4nHgc6qvJWItsF1uJvDNBgENxxKnXxR3a191p73xQNC+4zbp4tF4yPtQWk92p/LsmbxPUh+8F9KGzhH3Q'
    'mZdXNHHusrQnd8v8kOvGk2uX2PN0W/r2n82W2I93r2DNcG2N+ts+YxBx6H8l57h0jKf2t3OKxCaqU2DzX4p9m/o6dGKuHGHJY8hH'
    'sWGVrXfrLbk/WDyuqrsIOjbO7l3jFMdtE36/fQjse/+R8s4DdOO49hB4myTzb0LbsrV8i8QWqiPF4/nStYTeWVqraccvanuPZntW'
    'p7yzER2+2XS/bVXQ/HRUd3uJeXJK2xUpT/4cyvvObtuDJRp7Hd5E5/5Eq2DudPDmhzaP41gqPoyOx5dsOS62COYh7vm41Oa+uMP2'
    'eYMmbay1B3dtPcb2zuVkfIOuH0uRT6ygeiejelsNZTiR/Ed5BdHYsbsGE0PWG9eYP2dxXxFxr7W/sLjtUze5Y6e7lrAyovGkd1dv'
    'svh4DpZe4JOoz6ZtkPkkD6qvF9lHmuCQKa98gcX3zU0haCMsf+HGGoc7IXGt+8x+ZmwInOwxxMkqy+8bQaQnwfrrHDr3rwRd4wPo'
    '7HuUxW1Jpwv027WG+s8c6LWpLhzrYxvROVMlgsvOSfBZyV54mG1EObS3GfSUo8F2ai9qQwb6Rcus7P97B/z7rv6/ZwR5guDSPqWQ'
    'fr8K6ffzUH85zAU7R3PGdE2kc9bhferqjmmEs4CMRp5GYiNmOgfD+6Tbm4MrrUjPJJPzFNW9g6B1JI/mMEvoF68FeUTnWbIWqOpx'
    'FqLX4P3lgCNO2y8m5+X0TG9/wZO0/pMxspeQnHuztVz9yHPuDfEUBDhI9x/V2sPwaTPCp2Te/fMumPPLos55nPPu2oT3/+Ms25vP'
    'ZxBfktD1gUfXCQ/gn+fMAPAAyVo6PNbScSD/MjkoTXgt59LRtU/ys9Y9NxXfT9W1tU+h35hXs5Ec1o7WgBaAEQaX7aBlIFUamivJ'
    '44FO62BLmEdU3lbw/ZVEj5BD+o8atG4zPUSFgf6B4YCV4MCQxQGRrMVs4P4J7ysRDyZbR+YgHJkA5Z5Hcn4FwMgEwMHl8T2xed/x'
    '0p33+++1j3vAS/9+Q/G6lAW9EsO9HyF70v3p8eYulXbGLZvz+u1SWr6ich+xuZ2sjrlOk6dGq3ANT2o0IFlB+RR5ysP2vcZgZGz1'
    'ONp6XXBRXvTU2k55W2qnLm20raAz18eh7d3ZLwO+gcldZVZx7KQJhIZTmjRMaZfV+3FSX3lAfWkFD6NTXzepLx9QX8ZgjZLVd24J'
    'xxOvd6y+pSUcT1F940s4nqL6kjU9WdOTNT1Yhy5a32UyGj4rK0d7BftdZflpk925YfIdex8kM1YF8JkZgzawujMx1Y3PLVR1O++O'
    'RFPShNY2G+WXzUMjkaGC7gAfaZCfnZPSM2OcD8t39QbnzGHmi/blDEjPtop9fOicM4U9J8K6h9FoDHJIJqpHuCM68550xQT3jz2X'
    '7d1+tPNHxz3oDLsR2oXlY91z6AawG2Blnb3hOIv7y3K+j5TQZxUaP91z9DoEo4BkfrwnTyV5sL8H6iOk1OPj+oe2PN9YWF8xDdIx'
    'E4rrsEPWge/hUzuKcoS3Dmynf869hAVsgUfnlQPlm83ELqQK6h4N8zcX6l91Y3G9Kjhh/V1Gbeev7jNvZ8awnczX3RiiEzH167D9'
    'fj/NzLHEfjSeDOHDgO1JDvwPQ5+uhP6EZpgGmTMu5occjMlk973OMcoaNMaYsmohdYU15qxqYIXyom5cGcu7XOvgx3bAj7KBmUhn'
    'vNKMh8iqSuaGHFLuCFtwAmZUIkgo4SSgVNH8X4j2yvazva9MV7EvPtxO/h77lU588Ubzxeus34k/jsHxx8FkGrbHXpj4rk1811qJ'
    '79rEd23iuzbxXZv4rk1814r3+5lE7s8S/tDxFTkR0WMG9FKWgZ6B+X3T1fNg/axIf5D420387Sb+dhN/u4m/3cTfbuJvN/G3m/jb'
    'TfztJv52E3+7pfa3q/pOz83z++m5uVNXz7uGzvm4y8e0lf4c3KQ9z7VyvzOm/AHmScv3clpgczoC8qWRbcAohG+u7cpeMTz6nfEx'
    's9LhzgMSWTuRtRNZO5G1E1k7kbUTWTuRtRNZO5G1E1k7kbUHI7bNCIvfFai0xD6Gqc/iE4D+8P7YriizFI3ZWkvfXyuz85sB46Yq'
    'R/0gi3z7FuC8OA54nSH3L3p+q7OmMhm/CcZ/BMiwebZ83xW8iNvo3NxknxX5ZGMydcri94PKSD7G31ho/S0gGUJ0NyfIBxzF3TS0'
    'N0f2DxvN6aFW8V0X2V0tCtcZk5wh31SG6FB2V4meyV9I+MBqgMm+Yf5/NqQzkW1uSiD/jZD0y1nKzie6snFWsP9yHPPA1Ic3pZFx'
    'yPZxrcGaTv3fimziRLRYS+Y+SpwEbJNJ71ExXR31q43b3mf5/Zozema8+hSBvg3bOnWFGKtOga2aTgwVpr+rIzqqvOX3BYzHfina'
    'U1s0x5XZBI0W2EXrxI8Iwjm2zscBV6Rvwnfo2P2EJshnW/7YWqI9X1R/hwSPRLEhKJ07sN5G6Hy8pu1eFBrpJGM1BdZf7Lud+kVv'
    'NsDpbkKLsy39+CJ0TcDztXyQ56sS8XBsvqoM1hN8rxHzKKLYE2FjtQStq2z9K0N8bYfB+k5pdgGi2Z4I+0SnVexzYqD2OTxOacF8'
    '1wFfgOe71hL7Lt+qqLMF6d4PFqzNUei5TUIPLQE0pXNHm/qsNykXBYepXILHc5tgnpx+nY7oMgh2maY8gccU3xPoRfNP57NXIjeJ'
    '+rfOMo+Ptz+skVlCM7iu65meebIYH3X1VdjfTEZyrkHX7SkIP5y2H5nhdxucdHXGw420VawDx3O/lJShMJZl1PNTj+YHr8cjFTx0'
    'q2LP2ER492kW9xF0DOhIrhznpR9AupLFqO3490JIV5A+Ls8Er51sfnKI79o4j58bUxuAPMnzXkivnue3BXDKu7bibfJ97gko/ydI'
    'vwfp29r8bczCuOPz07PWyu0UnG/uLU44m20QfPvoZzje0LPZSz/h7xP7lv+EGndyEtzJE1zYTNaoejTOX73ASw+H9v6lr1j3j/Mc'
    'RvLQOZe1rQH2cioj4bHM/ruXvvlR/3jd+Bm4p/BRAQ60wbht9bcpS3RneK1gdWyEPr1/nXyeWZ5frvO3jX2zL/G3zYGJywXNZUXA'
    'XLrn/4AXr76vuD7clve8zUtf6JDj1aWf0KPXDFqn8zDGY0+XjxHL8x+t/rqdck66+2zxODSQs1PWf1oWy90iHDoDcOjzF/jb8N4t'
    'YD90tRhPRP1nfofG/cgre+tj8v6zPP/2OL8rwr455Zz0kQf5mlwlKOekP5CUKQSU+dh8cRkZn6ej47zkfjNdY5GfV9NDsOF1xJcW'
    'H8yFOoLxngnmh36U52H2dw6tHU5oje69N9zlpT/9abEP1mkIBx38cO3wHoH940Yv3XWPly653SszFmibfqP1UBwf9UCxr8XMDcU4'
    'v/x2MY7XGeL5X2/20nfealbuw0CDS56I10Zk7N5w5/4VCDF0fZPptDVrFfuJxv6TZit0/E45nbt9KvmxDOHQWVax38mVRA+/NyDv'
    'KSTvq4gPoHk3K+p5DtVzIqRMNlxH8v4G5WVtYPrkFpL3l4gOj4W0i+S5D9EJzdMtaL9T5jaLO2w8haTHSs4g5yCbsOtBtsV+3lgf'
    'tinKY79iov6r6v4Isl85hcjFm8hvBrcVwS9AG9kcnEDKrmW2lpC3E+3dK1GZAshbZQRnVsK3i9Dcjc/4UyfP21E7VhIce5ddPGen'
    'IFvXILzB48tg9JBxYTAPD8D5bvK7g5RtCihL+3IWKTsG+Dz8bbOkD33kdxfJ1yWxJcU+AMtgDWG+6crR+dwscsaJfXUxv2/Ulya2'
    'Z2drEvOzbgNMC8E3sWuz0Bqnc45fF/FMPgpfGObs2wY9lO/s29KL+STyxTfYcxCXHcKmZE6G3Jx0DrM5KS/BnJjaETHbqShzk8yJ'
    '+GxFZw7213HKknFajsZpOeDiFPg90fLH7sZnKz3ozAiPW6vhWVY7gbcJ7bMOjs5H56lBebFMxXiToxBPcgjiFY+GcpdI6qwX1Nkq'
    'OLtX1Un9h7N5SCvmwZmnjyEbs5zAdo3Kcu2Ep92E+E6nLVsEeRlf30z4+40o71rCJ7YgOYXx6VWWmE/uIbwvW3fOQvA3kbb0oDYV'
    'kByBz9PWER773YQHZvYAR6C2vUcgZ4naNgudW1D5ZxOpp4OMXw+BNcbi95fweUEZGVsaE5vNEdY9OHRwmAC3mC2srcAVmT9rbHco'
    '8vV9FIJ1VAhcjqNNNWTtLPY5vjdN42zT9ZD6Ia4NsBdsRP9m9eF7kssJndsCfZmsv7IxdObyUzaXjYLGcCf47ZPNSwbhhdN+kX0R'
    '5RVM9rPzQWd4yz3BZy5Up18Ouse7HvSfJ/SA/vP6+8R8CevbVmgXe1fBxkWi+E5DmhnWt16y9t67934CK8efdeKYTTDSigc70F2h'
    'KP0Py3NO1v88m7ZMnx2MFnuSOR1Wc8ro9jIB3ZYN4znOwhOcK2fv/WdRVNMdewdjji+Tz7FurEQVXW9P5vyAmnNG92sEdJ/EpLZt'
    'a8m+UNGSI2mNR7EmJ3HAB37Mg85tK9FvVZxgPX43YC6d0NzZ4X3Pex65591E47+ZPnVBHytMTUYEz4h5lD57kjkdVnPK6Laa0G3e'
    'QsbRARX5dBuK/LL4bUG2MTMF9iYiW28WDw3rBMqJzQo9+zW1idlG2mBCDyGM4tIDgsgZkTQXIX56kxXKp4WuhZxxjKsa/S9BPpNm'
    'Btg9JXxjAE7MjzKB5W9T5Uj4xoEfc3pe1ybA/zC2wMNsbtIa0m/gkwq/thXRR0syJ0NqThjd1Mj4rnkuxe6Q7X8j0NxWhSin4vtS'
    'K6yrVDhVaZCfrhcB9e4wrDcwP47Rwe7r0jG7MiUXr/GYmdgJVlvF8WJL1T9du4UDxc6wKUYbFDaH+WQO95s5pHHHVfXK5nx/ptvh'
    'YJua0HEypwldDz/75oSukzktBV0PRRwwtZHHPs+wPxgnfdHS983WM8zouyKZ2/1+bhM657gww4rnLgyLn8rqVsGj9yB6LbWvxGTd'
    'SHBlOOHKcJMjVDzm/nbvC58jOfXvv2cW6djP9FTjqdKDh31qhs050vCbExYnA9ukJGfhxXN0ZTSTrEk6Z3lh9xO83qWSM9qiM9pS'
    '0lZKw9woOTcfenNSZvEYEJkQ57Mi20P3rqTtwfwizHclm+9Uep99XNa5DGHbZWxAyskA5YfXfFdEnW8Nw4kdugYU8yIaBGZC7a7B'
    'V1PiwOcM8OsMtzcAbq83WHdSJeVyhtQePiGkRVvwHv4VhTWc4Rrj/u7/xydgLjtgLrPW/vjYIsxOZwahJTUGb9nrmhA9DbJFZz7I'
    'UvP494zFzfaj7k/Ob8fvw8Wk3j03eemn7yvWD6j4zUQeEKwl0dBQKQ+IeI7BsrMbPvqURL5I5qT0c9II+nC8fprM0QHEi5Vm/fyK'
    '3j4dh76l+J5CKn0gP2xsqV+ivcZPeMTw01oyJ4M9J8r7oQHtE/EvqvxB90OryHkYu9tZsIrveK5BZZX3LNLu7+tEogK+W+q7Z6FZ'
    'Lqg/XyD9+XcoV6GzzzgbSyabY7/LhtUuU+4O88eftJ7uT5bAX//A7jCR+Rfea4TpBWWOtHVX9q4Pe/++CL2fIOUk5DJobu8rwSqH'
    'FQpeZqQ7Nk0yEZfug9h/G6YDxybgrv6/01Mcz7OC9xSPWTx3xi/h+O5Fa3iI9WbA70qyug1Yb83uKL1Q7Q316Jb3z7+U/wkxT4MV'
    '796gWNqK+dkb66Pgf5I5GfQ5YXTz/wR0A+ur7fQpA0PS/8fUe8ITj7LygLHKD5k5qlCf5aQqUym75DNFy0atxbSsCqb/q15bgr4X'
    'DHrF1o2vJTiZ4OQQwkm2bjZbiV+UwfDRUQ7jz9aHdyVjPyhjT/WPNC5yI7zHegAWQ2omyGGz4dwRw2U2uyvQeSWGkUP5qc+iBmS7'
    'y2JczgkBp06h36glsKh9sI4fdAZ/BFlHRil0P2wcVflo+8vIvGTIvOjAozbmKhtu07auBTgpgDsqoe3YbHJVNj/U98oamLdk/Ad+'
    '/PEZkC2xuWAxRyosHpMgRdY9ZncxguTD6+PUCci2xzKzwQiyJ5kO6TtjONvqlqwL2eTcMlNqvIx69kzXlS60riTzt3/Nn+56M1pz'
    'vQlal6aUeF3K742+LuUFvBuL03kZwvmc5Jvo7CFt8bjH7Dc+u2CxeSgfmUHzjc8V0+Rckcb32WV5sYXxWLF8LPYPOzN5RvPsNOOF'
    '82LumZS2X6r8Il48Dfh4UWILKJYDd+xbFuAczeiM0RnrjOpUkd39F9ELprnZkI6cwL+JbEipbWFY35sHgq2SjjWzVO9WZrFVf0dY'
    'WIn92NCbk6B7QM484bvx10P66GROf91IR8NcXa9D+2YBzsTHWsV36dn9bHb3n8Wh7LbU9/HZfX4cT9Kp5/T+v1Nh36si+gQdHdL+'
    'rn8y5Ul074O1x0C7w+yRnNuaseSBm6UGqALwZaca6NdwTD8aO3MG+sZiYjIfeYeibyyWKPOzNQ59a7WK45aOEnxjMKsF9fWQuyE1'
    'wG+KeHodXSKNi4Djw0aFQ2nnQwLeo9zLkJIbxWSGyFWoXCmAlulnTZkSUV25u5sc6t8XNQ4t9ETk8uKM5eayNOZ9rkxwIsEJBe+V'
    'CZJRtYyerOTZ91Ro5CmOAVQAZHufVXw/kX1j9KuSR031C8OdY9rHvId+1FaAumcguvs51dU5vIg9z0vfnOfXWdBvQefBzYTvMKLz'
    'CDLjfvCkomKCzt02WzDPWSSDHXmhN5e7t/jnmX5zZd+3F+NfBcGzKlQv9oGXt4p91W1GKeNVmQz61Qu89PC1XvqXPi9PpSDPYSRP'
    'WN90MpuNFMLlCoLLTO9s3WBZ1z5ZTHfD4v5/irBrZstUhKcm1Mca9RJRE8QBiu4MsjODxP8Z2t9WlHJ3U09e4pNu6M2Jic/JuQb5'
    'y2CNxed+5eTcj66/WSiXgvrmfcdLd97Pz00Z30v3JOfbVsF+tZ7k6UR5Wsme1gx5WmEtwb5UVX5YnXJvt7jf1m5SR69V7O+zVaJP'
    'fg+klyG4K0EfxHzH4/JbFeXdNgIcZ/7Gh4QT1HdV+2shxXr0LtKOdsmcsq3M0UMfbJmfb2N94rgHvPTvN3iw8wiXWiwedwfXWxeB'
    'FxHd37N+3Q/jWb4eZgXvKd/n/E2APpTvLT5Uxnwf/VaLaLwa+jTeKrZhZPg6Hf7twMB2BLUCe4P8Xn5+YpH+2hb3t8v63YTWnCZr'
    '/42NxOw5lgPfOx3lmR4RTxiuxj1uQyUWTSPSU+BxtZOxjRwPZLDH1oTe99dYDMN5jIer33rVnJnAKOXc5gzmlvEyN9zlpfc+WMzL'
    'MH7ZSf/71uh735Ehx6op5rHKoOMMptehczsjRP9ugLGqeQx8991mVr7wI/38lM80qaccZKG7How+hljPKztfLgj0kOVITsP4egHC'
    '1wsI3zmCtLMM+E5mR19jFftfqUV9fieigTKAVwPrGTuLx+lmCc2/h9A/k2VZ6vR1AaIf+m0mOutn76aid4fCu4kWt32ZI2nLHCJP'
    'O+VGQr+Z7QG2N3g3sYXoITYOSwW2B1VkzMsFvD7FlQZ0Ksl0zE0R4GF6D1O+DtrUKJD5bA16mUTG38lfD+9xnjrUVornGQM8p/W8'
    'U4HPojJ0rVTtE7L2BO0TcwP2iSakp//Ht730cz+AfeBxL88hwB9T2CL5uh7V9cWHAN5/e9+qEJzt0I6XoK6v3eOltz46+PvXO8n8'
    'RbWrx/cLLrCK5fUytH5cQHBE1h66fjQp6KRCQKOis0WGc2k0JiKcw3VlJGeXuL0UPvNFxOBfiOBfiHCa2tdX/8U620FT27Oz9z21'
    'kr0rbH0VXa6m9ta46/P5XPM26Vt1bTIYPmGax+sMo9mDES6Z0E+YOQ6y23RgHQRtqSBrVqNEd7veQJZoF+hXMY2I8jYTuaNNAoOu'
    'QzWgl6uFb2VIn7iOyDBY19gRIN+kEVyRPXKnRI/ciWQo3C5mr1NL8l8SoI+m+mGnjWNgP2ZlVPNhot/G/Q+6fy/CmTzhq7uQPtuB'
    '/VOkP+hE8x3UJgyP4cbFAO9G0KGqdO5TkRxsQm+L2dkHSp16r0Y0vV4yD6J+sPl7P8whGwfV/G0kaavG+ccGwXw0I3xj9sANBHaX'
    'Rj90zl9OsrgdP6XtTkTbjD50xo6WLcCcHGSgi+4R0LKqDNMJjoK1C7enJ2CtE505yXS3jJ4akb3DeLRfOe93I/x02vw0lBnpvkyl'
    'M9ncvqcslytn/87nKipzI6qq2VOoqR6kp9b5X10pILsD8w+XH/9HsU+dHTuc9Jvec84533LTX02fP/m0GbPf9ufTzzznlm9+czp8'
    'fuPqD3xTx5PRDy+7s8m2Mi/3//MyB3TXGL6ieHX9y6vnm2c//k30ODO3I1aPayue1fGPdJfsayP79U3f84c78a+91t67+v+c/5+z'
    '1+mn5f63q/+/l93/9z93vvImQN6793VffQamvIrnIsE7t/4JGoW1bimKPUDJ7AFlcjX2RTIL6RysELLTFMFenAN4or14ioR/6iHp'
    'NskabKpzVvEVvwGdrc6er9oLutAarmpzs4S3aiG83WbBuh22jU5/rwGdhsz+Ade9RbMfuIzOvDrt2I54+bjsILC+rAXtic2S/ume'
    'fbwN8FY1/+2S9pv2g7YB8wUboU2zBPz6ZjIns8n39YTfOwj4vbB2GzrtNOUnZProeqTroGvKwQbt7JbQuskdzTkId3XOFSl+0zOt'
    'DkIb+DwzKnxTmVRmU6HDi4rKB8mt1M4Hn+3prv2diMfGsC6RnGlgHBTdbxjuPhJ07nJT/20ON6nHAam9X8rOmfC6ILq/rONLLYfs'
    'uHEdaaT/eo2sQTo6UBM7MhOZUaa3abH8vlyCYDK7x28h2tpkQDui/TZM/R9FsrVu/WHquRjpB9oD1pAwsN+B+Ib2iLBOALwV6Tq2'
    'hYS5APV9K8GnVrT3hoF9ENL/bFLoFNtD1mF6/1nE13chGnZgnpPyxroU9MzOb8sf4npy9u7KO7x3Y5Fe/Wk4l8rcwHXKWXSGxe6M'
    's3dvPeC3zRh3g5f+6r5wfqDc+gFudX/hM0o8No9u47jJ3uXO9N7NRv1y3jnplz/Nz8fZtwLcR3qtlY8z+3bMei+9+jPchojVM/18'
    '/zg/1+of5/az/eM8f2cx3BQ6dzkV2v9j2/MZxeQhTBPdBnhsOv46PhAaDfaajWR97CTrErUzXIbO3qPuJRjuFICry6/rtreAbNp6'
    'DG0pnX+vsj09gI7NMOVh8e/mQcSJoHzYz4vLQ/X/Y6FED76O8AFDvS+Pg9yP+7J7P2n7N+BMpBTrA5Mhl2e8dAmkR0J6bMbD93K2'
    'zmZgXxvnpR8Yx+ljHLrvcgKUn5cpppeVUP79qBzz9YzzLYJ8l4/jdOW0SXevqw4xHrjf8yA9XNIP2r4C6AjHI74Dy6+tBusZPYcR'
    '8YWYtxkPY4/r3YDWRp168frUKTgDxfXJzuSzAjktj+wXZPg6jdourACQktucDG5KAdeET8mTvaSdnNnPR/qPdjIeMyz/fbFNJM9E'
    'lGezJE8jujPQjHTuTcieb45VbPeEdZayvLL5ysMfxptS+S2Tyd2NMDbsexBsrJOiNup0H+8WyD3UtlwkW5ue5ar0Z1TfJXqPz19F'
    'erepEj1/l2AvDqv31+Xd2pDdqgmP1iXQrYps/2us4juTunYJQTrELqTbriH6D7qeUvysBDkD08hmopNVtVOkz65H+myR7ZCObcxG'
    'gpMdgvaPBn0Fbn8vWScwTbH9But7KU/MbHh0bHdM6CmIjnTxk/KpHYI9rgH+sK14SiK/daJyjejcYTmaPzyGaYvfse0T2FLhNjUH'
    'yCsyfKwD+2o8n1sF60cDsb3H87tJwE/gPjC7abwGVZI2NgvsvOj6KjtzaNWYzy2a9N1A9EvMVo2eOzKbMJE9eC20RYWrmyS41UHq'
    'KUPjVy7ZazaRs26V/Fyqdb2LzN9EWO/wOtdqsD82G6xfXQG0nxfQQJlVfA+axuoV8YC0nMMHqsqFtYmQnSno2r3q8qtR/V+E9JaR'
    'HtJnUrvistCpER9IKR6TuwE6MhHFpQqCSxkNG+o5lr6vMN12lQpu0B2nUvkWaYRzIhvpH4r8Ntmp/eYxCDGfMYnZaFt706LzXv4Y'
    '+64UWKrpPwUBaUa9x1iV0JYWrQy0z3ATH+FzYsQHi+CD7jkX9je+1krib0j36k+5/5/AN1uzpUPlr0rH33uYM8xZSN/K3i1DMnEW'
    '3dlg9xarEB+L7+MyubKF6ABxfdutcGe7pejz2wR9PkXQ5xME7T8mxDgsFpTpVZRpgnUCl2EycQ/JezCRMWoEevV6QZ5WkqdSkMc5'
    'QxHpywdz/i4SzN8Fgvk7F737gWDuPzbfP/eOP1g693Mlcy+6S6Oae9kZb9DcU/vioLlv0pj7Jo25byrB3JcZzn0N6Kawf4SJVnGs'
    'odlgj5JF8NKo/GySHgV9OdPy7ESYLilIF4B1Rj3kDIHeW6xHOrN1BucMmxU6eKx3pXfkj0L9PUoxHssRTk8NYWdzVAn3JLbG/h96'
    'Vz/Be/cP9G4kvHsF8W0TyDxPAFh/EOSZNKE4z26gUXwWF9Rmp8yvHDsgtC6Z9LfO4KxBdO/Xqf+7yG6vW2IX3yXQw4vu8H4R3ZFY'
    'Jymrex9DVH+QLQvG+T50ht9qmfmxom0uwFiNMdTb6+r5WB2nonsJvaT/LRp3X9hZO9VT9hI7746I9xbaJXUfDHaQunPaGuLOTwdZ'
    'M3TO3zOG64hILpxlhfeLOR/SIyy/Hd0Cq/gecipA/yp65+jsjwypK5XF2tOFQX2GDlSf66xofkNlemidPctkfcb+ay6GftYn+jSh'
    'Pm3FfqBPq0VnFWcb8jtlxD5ln03PymCn7k6ZJYh2Ft3upS/cxO1vJmqcv0WxUVHdi6xBfJEFPoo+CT6Hrvp2sfwuiz0XFH+ux3Bd'
    'S/RKvriu5BAnXr2S7txgW2MT/li2r5uu30G+nLEe19SHc5Dv5rh9CcaN/8P8SYnx3+DRKDtQ+qsaYj8atT7bsHzWsHwSaztgTZ6w'
    'b1hDxNpu1NL1Y557qSX3Z6kzl7VI3rgUyjN9WjPM8TthvUzmeWDnmdkdsnmjZ6P0zHE2+mYF5KVxGmoVe1WY9WG5Qr9BfWSodDgi'
    'HxVU/6GrB8E6rGZku2hiv4X1uceN8ehPpL/qNtAbvSDQo1H73Sj6HQpvF/m9wZLfG3b1/2O8swrqN0PmG5DOr6gNYXVZojnU0Te9'
    'QmzwnmjkuKrjT61Hgs8680vHpJnYNdP7fc0GY9Fnie+rbbCKY/R8vpHfcQvSPQ703IWxn2zr78vRAp2rjiysa18tkr1FdxwHWifb'
    '1MhpsVdg+63rH6pLgpNtBmPVZYl9YDaTukQ6fewX5ZUGvo72SfpGfSj1Se50xUVbUWyNWwVnK04/b0P9fCPC3MnWk3UlWk9M19bL'
    '+vt5Irw7mtwnPAruE14xzj+W9M6kU34Z3EtcnNG7N8nyslR0r4K2wck7H90H1W3vAvi2Q9Je3KYl6L0zRoc1eHYEeA3Zo3lfQPfM'
    'S8efnA5MXbzE9+vD0o8zNn8Zzcfm3nRx/lvS4DM9zeu/XSPPT9McnpPeCOl30W8Rrohg3QFlfkDq/RHkvQXdQfk2yXM35Pkrgvcg'
    'yfMTyHMPyuPU5YzNdaM9HTFeq98i6+s6wX0p0VraKZg/0b29ZoM9tl1jfreiPnQJ7pg56Ro7ONYN3R9ka2Op+nD8aO/sSHT+uYnw'
    'As2StjcL7l4F3Y+me1u7pecPzfXLgsa8dz/Ze2hcoxdH8T6UYv+Ms+3PQ/q/hNe5dRT3zxCVfgeabv9tlHfGG1UmxW1tldBAh6V/'
    'ttUpGQdqf3X+KO8OO713h3HtNYFNTRAPayLztCt4VuZ3em5/OxcRWzJ8hxHX59TD6qUyTIfEDnGg18o36z0dlemdc11fEqI70Lp2'
    'Nt0CXslp8y/quX6gV2JL1KHRvldI+9Zrjm0U37t/Iu19UePM91P1nLaHqgwVRDNrUft1dY9x6DHStvl8imhkQb13v2Sg2r8xQG+k'
    'amtZfbE+UIcHMaXjgdarPDqS213o6BxE+80ehU1jt8TGm/mauHGk1/4491cTXW/Q3vmRkZ5NsK7fb7qfl0JWcX1bj/TvLSLdwDxN'
    '/04sL2770chHFNYVLCOy/VLiU+l48n0JyP6H97d58gDwzy2SdaOV2F6OHOD2yHSPrD1/qRvc9tDx+Xmdd++uFPHedXgYU16G8TBf'
    'gnEcLJqltLqtvz2rLbV+TYdGVxjoBech+tSFz2h2RUR94DxNvaJr+1fH1/9S6ONFfISOj0enbRUD1LauEG3731p/HIeBXEcZD3r3'
    'ALWjS9GOL9fyeEuMVr89Xhz3gfoTYvl6JPzAGwiuU9eVtcXnirp3maLyrFFki40Cudi9/1fLcdwkPsU6A32cSMYVrb1UvplRy/WN'
    'HZZ+XLYeS+wLrMtgztYb9Ivx0/+q4bqWoaorcu9q1fBxLdXYrItxrbuuhuNoKexhouwRlw9Q28KM2ztqOE852Lo/9/wPtaevhHYh'
    '2LepSBe4L7ZJjXf3x4HzP1kvfRzSxyD9LaTPZovvTD4Nvx+G9ElIXyBwdkH6q6xX598LvM49JC8ruxvS30nqfIHU/aKizl+jOmfk'
    'wb85pPMgHQXpUZAeBunRkE7OF7dlMvk+Bf126ry94N3hc94dVA0x0CGdD+nYavH3JZCWQToF0tWQLoB0BslfXw33Nwt+nqQU+MVo'
    'arcEv/oKxecepjojUZ419sDor08uiH0amu69Ye+AziyUxvZKl6+tLHH9Kvn7j9WDUz/r/8+ruf/CgdRLinQCjFf9RjXnr8KeEQ0E'
    '7Wyv5uvtNLLmjYG0AdLFZG1bAek4SCdBuhLS8WStXA1r3ho0NkPZHmxx9eDahI5CeG0iu9H+UDuH9gC7BxW+vFzl+X0Nc88/7jOl'
    'h6q8u2Nh4xXK9GOqer9bxc8iBuMcwGnDx6vk+sgosrsuP9pZ5flSc97dbGBvdafClgrr/26Db8dB+uND/GMqsv96iNRxK+R5hNhr'
    '4Tw/hDwvp9V1uHEVqzz/RUO1/9iWLmpfXxnh8YYqG02Tc5iB0tneO8K7r4PlJiovPS6Rm1Ty0rMgs3wL1fEHIu+wMk9B+htSxx6J'
    'PPU4kqvc839Ux4wc7NeQzof0JEjn5IrrYPlWQXo8pItQeVf/j+rIgoyUyotlqDlExmL5mcw2EdITID0EZK2LRni6T/deFOE3DiJ8'
    'RT2ko0LKVscF1DVeUldDyLpmoLrC8EW43ERIDyffZ0NdhRF83xuo80mn3r9WDmy9bK95rJLzHCY+hUR8kG5ZmQ76e2gM4jozb9Hg'
    'uz5VyeMdluqsfltlMV9TCl3riwo7hvNQP0the+zUcXSlF6eI+rsyvWOmK58eivB3sO9mWQh/4+QXVfql/6ngsUDD6Flk9sCu/B8j'
    'bDpeN1f4Y+1FuXMQBEd1D+EXA8DXXlLhwRmKvJ7TvjNgrjEfdJyC32H5ZkM6l/BLM4H/OQLBFvFIuI6mnD4v5sCeVMF5K8YH2JCe'
    'COkqSFMheZB8BV/XSrk/M7r7U95fX6nsIZz6Hhmg+tiadYugvlLyOf+B6ltrBce5WWvpx7DpkdhQX5rn+32c+iUTfdKFqA2Dcabv'
    'xo/N8/0jbpuqyfnS81TrFHiVHoQ2UFr6n3IeX7yTjPUuyb3HWrvYhpva4z5UzmO4h+HjdHmA75f7+cVSnek79X12gOpjc/NejfpM'
    '6pHdi2PnZWsGqD62zh1b4vroujotpvo2Ep66g/DaDF8qyzl9R6mvzwp/VvKHMj8thmmDSj58uMzf14G8l+3q/8vk8oapLTCljc+V'
    'ADabo8vR2JXi3lqLAoar/yvjtFHqu3NurHQ0nn0S+6Lz7eLfGwjMg2yxTDu7jN8JivMMgN1717kzr3svPVXG/fBPInpiKtvoykt/'
    'ynF5SVem0dVxPoFgH0P0pjOIXvgUQ9h35rjP7rjkJBXP8SLgzFdy3Pd7FNtfB9bHctxGbTDuLdLYmO9G47pBoouT2QiHuZPB4BcA'
    'N0eROl4jdN+H5oLevxT1ZzGCSX1otJF+tip0rWzOJuT4PrnJKvbP0mLAw8rmgq17OdT2uO7c/jUrhxn2DoxjJzjWKq3tlFPPPSWu'
    'h+0J12VLHw9ANpb/lh28WAQbsnxdu4TU/XXJnQXWpmvHF8tbb0ewgmRAnfsPq7Keb+Ch7DPmIEEbB9oHkuoc/W8ZTj8ryD3KwyFd'
    'TuCeGKKeX2d4TI51BM9f1JQR7s94Nm0DZaPk1PnNjOfbtRS2SO75X4bTRBspo3uvmcG6DI3PQN03WYvqHAifgO75P8KlzQE6yiBc'
    'WoTmNe6zOwf+OAS/W8FLNBvsDWzcMwhvqDxJ5cQtEt6F7W3O+tZI7l/KaP/IELT/VNqzhR/MdbAA63JtyHsPj4C9zjcQDHaWdLri'
    'TGklkrMcGJ9Je3OH7WpmkTsRC4hdzmHk+0Swu7lCACvMvQoHVheCNYXcfzCxIXb1/2icLnwI7vk+UDwuP/2pl27+PsRQhFgXtz4K'
    '9v9p+Z7RqmnDvzTN4w6EiV8l4wcnp/ldz1LaVLjnf6gu2v8tMfGcbLz+nOLj1Uv6rrNmb5HIGL9ORY/JdX/Ks5sO8l2pWmMON7i3'
    'rrO2fTXFY7ccb7gOXJ3iNKJjZ4d/76N/BCOs3f7FKR7jUkVnlA7WorItAjoIsjU+KxUtthzFj6NTng1MqfQkvZJ6J6J+RD2vcuO6'
    'pDxf8irehMWldu1/BG0Iq6d34L1k83ntEehzRfPKzu9+h8qa0Lrr/8vmfQ/Sk+O+343q20La2KKwX7rJ5vRrYrfqlLk2oGyQHapT'
    '5tOony0KWwRmb/YhVEbHH7x7/8/msU919pwOCU6228Vn6XHdI3Tv/9vh4m92UvqH8dG9S+v6/0JldHhCp8wUVEZXp96IyujaVFfa'
    'PMZtkMzs0j/K26I4h/67pc7L6NGJ1dpgxe/nybX/hXY43/98OsQ5bPXS1yB99TNe3gdQ3kfO8tL0u7z0Och7SJuX946AvBTuTYK8'
    'R/eJ8/4/Qd72D4vb8MWAvBTuJ1HeV9d76fck4/DBgLzHwO+rIe97UV6HaJ20+mx/2QKsrTTvVWvEeVsFeY+5VJz3HShvK+Td2Snu'
    '2+ko7/YtwKOcLu7bKkFeNm807xGCvGwuaN45KO+873jpDXcBDoN8MuVWsP9Fef/zbrj3fgPck7/HSzM3AP2jvCq5pwrlpbJTI8Ad'
    '9YA4fqsqZqtOLJkysmYz/S2Og9RKvpnGQcqg31Xw3ZE7VgLOOP/uH3brGVSG9i0VoW9dpP3Hom8dqI8sFjD7xu5ssz15sWBMmJ5q'
    'juAbKzdNAHPfWZLF42rvgncHCeaF1cNiydcA/4P7t+8uOcrTophDWVyimpDjLYrRzGJdBu3nOA751JB4ZqobpnyHSV9PsOTxwXX4'
    'Lt3YzSK5QbedonjimyS6VJ0YOypfwc6cfQDmb6DHRtWuNbA36Mp9ayPeR28x6Ed3TGPvjPvkCLZwnZa+H8NujfbQ/aoRaNwCvE1Z'
    'wbHRciHWoCkS/O6zi3ngMHZyOjSykfDfdQ383tAm0qa47FI2EtztlcgCTsyP8ZK2dAvOE+Kq95HR/rtTgzEvTlu+M9p/F0h0f1vn'
    'fs9d8O0JdB6siqWie6/oJvj2sOa9IhZj5c40tytz+ts92osdj8vfB+UfN+yvaZtwW1j8l7D9WDGa2xy2G9yb6CTnq7o4O1lSH72T'
    'qLseqOorF9TXawXHFY9S30ujuI5H5qeC3tnUhf34KM9GVfc8YrOE16ExXnT3SffOX4Q26K4/ovbhNlw9yptTVRv6Qo5HK+Gzt47i'
    'OET1Z5tKgLMXIBzqkeAQvWOqC3vVKO7//maDNdXkruRAr8WFUd4+qOMfBMfPuiMd/3r6Ur3ffraX2Kb0GuBuj2YZ985PPbdDapHo'
    'tuNYA76P+tiiyQ/HRfufRn2k+vu1VnCsKpM+9gXUsyXAJlRHp4/PTi5C9WzUlEnC7LvHozmLyhf3SOxcZfal0wahbmb7XF7P7XI7'
    'JGtms+FYvjKS92cgZQ/X5+9Iv4103LKGU88PUR87JeexpnSsS3tfQH3sFPhSiGstuRzV0yW569AVQ3/aoJ64+TbKp5xaonrouC0E'
    '3NCtJ07er96wjz0h+/hGnV4ft0nuZ0WR639bx/HyRsKbfJ/wHQ9p2FLfK+FV7q7zbKspLzSUeLvPoXgqdyr8d+C+UhvzuNrTU8ft'
    'PNdJ5AyGS1sN8J7Z5F9Yx21STXk4uh6cGAEWpYfDUL9bDPgU3baOD2hrnyGsygiwKH/2j9rifpvqflXjuqvW39YXQ8J6CMFqVfA8'
    'qjXoh6jfMj57rYLfkPkZcW3+NOCH5ePdmF9oLMLAx3eat6K2tknKhtGzrgLbnTUIftw6OAf+CRL4cejc3JifAvhx6dgc+A213v0I'
    '3XOfzhjkvzdqOP5E0eM5sJ6v4fc7NobcG0xx6mcR6+wxOANga8a3UZ0DIec5de5E8ySSFUz2jUsjwKJr8YYYYLG18u1oXDcL8kQ5'
    'TxX58HFt/gegTsr7HFzjrSOmvL3uOGZr/HdoovpD3xyCNv+3UJp2mNLr3QX/uhpEi9skfK9JnV8r8L0ibl26A/+qAqe7KLpz1+dn'
    'gdPAVjLefZo8sCluXIjGJ6hOJ73ANh//VWh8qmwxLsnuutE1Yn4EWJT2xxe4nEf17/Q8OEh20z0DuD0dLOe9Ue2X/+k9GdEdPh3b'
    '3dOJX0h2Z/gUsOn97SDUfTrU/aNqfk+qOcS5hcl5xX8K6tpswKt1GPBzHxTU1RuyfyrZY6OgrkNs8zHs0hjDM6r99/uC9BH0vq1r'
    '849gqGSlVsneOscAhogvd/f/EDB2ExgjqvndO9m5Tbfh/urAfa3KD/fFGODuQnDbJGtlZwj5+mcCuDKZ1WT/uBnBpbFSdGTfbkvs'
    'O/waBHeDRJ4Lc772YQ24YfQL3VUcV03gYr1Cs0bbtoTAqZMFcHst/XtLHZL7p4sR3LjOKh24h6CxDHNG58CorvLfJd5Nxl1HjtbZ'
    't5yYH7Wa50YyWfN/QsCgMuYjGjB6FTDuEsDYaNiX72rAeEUB4xoBjB7D8fiYAEav5niw9WL7CA/Ho8pElK9fDzEwSn2e5NL/CO6z'
    'Y3cJ+CoVfcwcweV4HV6c2t+oePOREeHfoYD/ZqV/rkS+jnTshO5V1LWrkse4nJdR++VYiHzLq+7wm9wj/HGlH+9FdxQXI9/1+J6/'
    'TJa5Lma4TE5xYn5Q3YXIV8HSGOWy3gGsk/XzvEq+565CPllUeEL9UC0jfTkmZrisvbMquS+Fh8ld4Och/TV5/wi6K+ze00IwbOJv'
    'gf2uJn7/M8i/pQOjAsFg98gnQzod0gkKGP+s4P4AqCzcZSjHOfCeE8AzXZeL9n8BvG6FHZLIbyyz4b9DAC+sjOzAu76C+xRg+y31'
    'J9tnif3Of96gbCeRUT6Kypqcg7r7PxqDNk1+URSjnc15O2qLiZzglDnfoCyVg08SlN0jkSspL7asgscZYmXfMNC56PDQkwLq6Iyp'
    'jjwag41EVj/IFp8hMPx7I69fluLfH/O8bzrjZXKGwPSlj+Y5nnZIcLHDQF/wY9TfDgnv3CpYA13+H7VlkxUtBolr/xcAr9vQpsz1'
    '+YH6JoPXJxnnS/J+Hy6tgvMKPF59UPbdqKyJfty9829QluLfyXnO/w80T+ny/6jtjE84mvA3iyV8ybgQZRnvUYXwRuV3Soff+2d5'
    'PPBY+55D8E6X+McKivNE2/dITPBY++4o5/fKKe/2KPm9G/Fy7v0/VHaXhL97RsLvfRmVZXD3EF5RVnYnKrtHkAe342FS9nJU9lDw'
    'NXMsiV21Olcc04rFA+1GZacZll2HyjKfNwuIz5v5JHbW8VD2bFSW+slZSGJ+0XqPQ2UX5sSxumRlD0NlVwry4LaeRMpOK/f7d2Nj'
    's1JRbyMqO7FaLBPI+Pc8Kkv9308nZSchn4zu/l/GfT41h7D9Zn4lXhDA2RwCzhMCOFtCwLm3zO8zq1eim2N70Q80ytA96JuoTGsA'
    'v4n3/S8JymwjPMlbpD87y/y+lYL4dJMzw22GsDsNYK9FfZXFA2gn43MOwoENIfrF4BwbUHenpO7DAuruNKh7Moo5slHznopKfmX+'
    'WapQv0Q+2ES4bWmUobj9So6PhS5/Lzp33Z3jdVO+tFXAn7r3fwLKdEvqud+gTDuz/9UoQ8+Hvo3GRZdvF8ltX9Cou4/g1cc1yjxP'
    'ylye47hIy6ji7aj6sEEwFrsVZ3IiOOehNqroTKWXoWeuK3N6PgOpjRmlobkh4VC6OlgTTtC9btf+H+HCGxIbzG5S97+yvAzTM/3J'
    'EscxYf3+q0YZ2sc9qMwaW7yXUj/oT2Y5n7884+fhTXX9P8lyP4oPE36b8cxPQfo08Mr/hcowP5C/V/Dm16MyDN4uBU/+RVTmUAmf'
    'eRKKYeuU+YSgzFLCEx+Ofrs+fwVlTiKxcVeTenpRmWmabWsXlFG17QJU5ngJj0/lgtNQmZNyxWVlfPlKQZnVZAzwe9fnf0CZ4yVl'
    'pmW5r8zmgPNZV/4PyPsmyVsLuINpc6PGfsz4BRvVFWRv5Nr/ZPx5RfY/rv4P5Q2y63DP/zK8D6a2Gm7Mv5Dl2Rp2l6S8Dm/jlP+e'
    'oK+Uj2X2Ll8PyNtJ+OPPB7SrU6NdH0F1yfSZrF2Xobo2hbC16kJ1UT5iA1n/WyR16fr+OjugLhrL5MSAvNtIH44S5BXZzxRAX0jz'
    '7pHwq00ob5cljvfBzp8OhrEJc3/Z5f9RXX2kD3h/dn2oobxBPIKT9/U0z8tie5wm0V++pJGX6dt2B+Q9ksB9QiMvg/vzNOc9w/IL'
    'BbCpaCiBHbJ7/y/N/bM+RXiCpxEP4sb8Dci7i+S9CuVlsRznCeLQu/w/ykt5AJp3C8pLdWWrkQ7Ptf9FeRcRPmEa2vNd/x8o73GC'
    'ujFfcE5AXrrnnpT2+wale9pKQR56trMkIA+ju7kBedi56lRBns3U/leQB59puff/BXno/lspyIPtr136R3lEtluu/j/F87RIzode'
    'Tnm+FU3uRbv2fwGw2dr5FIGtc/fYpX8B7BdJnnsQbF3eybX/RbBbJXv3twR5thG+5asoj4j3cvL8R0Aexj/tRHnaJHLah1Bfdc/0'
    'Xf2fAHY3ybMZ5RHZQ7v+P6B+k/ur7vm/ZrleMrYnG5Zj9R2J+rJB0qZFgjy0/pkBeRicSYI8bxA4YwLyMDg1aG519Yku/QvKbdXA'
    '/1dtXk5X9+eU+73N70pFta98zObj0iFZJ38WkIet23ejPKJzeyfPrai/uryxq/8PgL2B3f8JyMPW8s8F5GH8+ycEbWzVaOPlAti7'
    'SRsvEeTZQ9rYZRff9Y0ytxei+kT3ht2YPyhPl0Tne1JAHjb/KwV5NpI8SwR5euj+L8hDcW0qyiPyVevu/7Z/3VLx/67/P8NyrE02'
    'zFvU+5tuzC9Lrw1U9txl8XER2Ze4+j+UZ6tEzvoFyrNbwl/9FOUR6R7d+38WpyVd2xH3/B/BFtltuPK/YIxUtsAu/49gi2QqV/8f'
    'kIfFLvwAykPloiMgz/aAPKwf7wnIw2SwDWgcdW1HXPq3PH91cdkYu/4/BOOukuNYzI9qQxthd/9H5XTtUlz6t3h8hWeIfpjJd/WC'
    'PDjGEI3TQPM8l/XHQMjBv22Lx8SyLf14APh9BXqPfa4zGGVA5yawLwS47rUCO/hJ2cP7cQfmKxZ7arxkh6X/NO6bE3kOvbkpwLp5'
    'UTJP4nmyosyTpZwnTMeU3tKWWYyD/9/et0DZVVUJnvfqVVXql/rkU0USQhESCJiE4hNIwq/AiFExRKAJGH71SxWkUlUpXyUQ+QRB'
    'RMARHe3RHmdaW13TtCHNd5HAOAYUAiOioOhiLeyBBtcYpunWTtsLWyRTt+7e3H332+fcc+69rz7Je2u9darePfd899l7n/0t7Z+w'
    'fztUO1vyaUqlt4W2e5N0b1vg/Qz8XgfvzSJ1x/RyUM45GIaLCsPzpDCHbd8I5RUHx3dt0hiDa/6RbIwxRtHXMkJfj3AYO87bBefP'
    'jdHHY459cLxWCXXL4Evfkdox7auuX4lfMY15ugEOk77vzfccwps1QjkHYMqrdyasUwaeZzRz8+Z+luW8ETax32aQ61H+7XwV5KKT'
    'ztFiKDewM9LIcFAt4KAq9T4Qo9m++MmQuVi2p6Lao+M+HsorGX5WFvB6FPDvLdAmHdc0GBf6Gx5P5iHNy7ZPPCNNUKeKwH459Kd2'
    'KvXtX0XDaQWBuyZGM8oEmlFP8JE39qvZ2Lw761dFviJ7WH8Q9t7zj9L7n4MHb7kF95x8zlExPi0EtyAM2e6d6T7YDDBOny1VdrkX'
    'k4ypSdnlFszC/ZjC8qcM56EFZFoZwGV1oC+qxjanEL/qAIJlbneYg2XOFxeyz66fegFHj9lFAe2je9kB8j/cywaAgRkqyH/6Pi1o'
    '9+fBz53S4FQdjGUE+vgYo4/TNLS23ge/92Ob8xyKQ0xXaOPX0KsK48yOxQdQQd7L++C3L8BvXr2XFkJ8ICIrWkzGhfRwzD4Izj3N'
    'fXoSlCtVYV7Xk6FsY2sq8bHSbyW5QsSZHIoUDRg+0VdYzlvozkJO4B1Ohb3vhPIGx3uUrl4dqdcMX2Tx0m4f6c3Zo/+cmQl4uizh'
    'haYxHDQbdBkHLfvj97sQrjLwB4jruli7V5XOSOiM7LhGJflko07QdAaPNxFeubTvh8e+N8Het5HfGg16lSUp6FVaoF/vMx/q1BEY'
    'yqzT0wY+/sYY/PU0xl8vgDU4grTL+RFaDgmyA5POOENkj03o90tKmuue6odpiXcYk7xcugcj/zTvZPBLYLySV777bJhXuojUmXYw'
    'XKfqINglKz+HpPfbOigvSUkXlyMUXkffML7ADOjjQqF0kdXNIm3NzxWWceR+tnKQKPlVo2N7jaTMAhwMwfr1wzkst8K1o9es3CHO'
    'hy7hGMZND1mbABdLn7La9vK9oxeadsLHfh7wE+51xiAHbYC7mO4McVgdBtiwaZuegTKDTJ/KI5eRe5iyHFc54BdX/cV0Vi8NeZFL'
    'fvUk90rsJwtf3dpivniOaxod+bZG+F2n92mE36Pyz+tk+xmhvYwDDqMwdCyUFQfd8CDSaLoWFYSHQNkf5YEbSbsIB67tNBEYaoH7'
    'VRbeOa4kSxZlydK9QUCjsWR4Jj1mWZHheAwfXAbxDq/w8YBJtsbPXT08r2ZnYgnTv9jYURRzji13+WX5jkN3jg/cfejPsW2XX967'
    'b2LmWD4Oc3z1KbjTPDE55jwe+5rbB7aYz0yuOSLfRH3b0K66RrCr7mM225T/ceHX+PhqDeObr+TYMj0w/1ZlzoXUaaED2c98Ym41'
    '9NtRxH67gH/ltuy0vyHmHyDF58H6tnnEuN28Lh+7KSYK2sifDPw19wkxteM63o1KjkXC/Vts8hUcYHugg2mbc75KgO1qR9i28XGz'
    'hT8KY+gL4dnVL0yhX1tfpih/nfNVEOuVx/K8LqU5LwWbehtYjlqHziKvR9rwV2OAvw8oez+8YQ0+on7Gtn5ALj5CY/GoQVa7GHRk'
    'tP/JPvYryNg7ptjYlxIY2arkuO26MY/3WOOeG8k++UYDf1wj2FRWgqxLiu1G861K+GJQyblYFim3XJ49ju1TnUdUXWltKzS4x8ZG'
    'tJLhJJ0cTLJFNsnncBy28rwxP8/R7xryTg6+Jvkq2g8thbPN5WK2ctzsJOjHJH+VZKQ2sk2sXw3v5yJsShsd5URzDPby1cJ9Jqkv'
    'gASn64jtNMUhqLNbTOy7jhBk5QpsDamsnNr3zoa2qjS+FPUHAx2mYja3CkqXthsFveWRPYEfI/62uhviGBA95b57/PLrPX7ZuyXw'
    'Y8Q6q78g11lgaGf2eohjYGjnvUuDGMUo5//TLeHxVwnPcB4ct9E1rjoY1p/Y0hRbeycdPI3ZIbbZ99cM+lNJH0Jlg3wtqEyN22y1'
    'AH9C7dB7AZbi2rceYvYjZfGl4gE8GD87oi3xdLwMxw8u+mvFYOhIOGtbrob8YeSZd47os1oBf1QK+CMuv6Y7W/UaGuHB6jc1uPrN'
    'hwJ6l3SNdu71yx8954+liTy7F+R/z+8u9K9+536//NpjIM97Ofk90MUPpAX+zxB6hPwsttUg6EHLLe6aiN+87/UMvy1m64g4/CQW'
    'E+yjLL7+SSxW2PeI7chxLPbmueyd81kMUGz7eGjra0BraDyzU9h4TtWMC3MJtCo5rinGILvFMN5jNHFHT9PEU+1XQTyzVZpxfRTq'
    'dqggnxfvd0lEDgVcn3Vkn9awnA28zePIOOrBr4PHiz1Js6bnVgQ8xqyItVpTIcPNYs0eo5+VFH8O+zgPypVsT/kYTtC8v5ztEz/L'
    'yFMkxXnTDOdNh/PQJuSxBDjvBOWeZ/5RePaHskDmu1SZc0TGbbseZIAzUhjnWOxIkGvT+/aIKszBYBs/N0mMoyQyku8cIvMYJveZ'
    'Yc18JJ1GZOwoog+jMRbHYkeqwpiIG1mdC1Rh3D4aq2ksdwTQGBfdjE08ZiqvwfNZrD6onInnJNlWRBm3Dg9WG/Agv1ctc+SNtsD7'
    '1TCvsA3n1LH1KbP/5Nzsh8b84opiP5SW/19cvp7qVTuZ3JTz9dIdIG04z5DnaMNZ8m0L2xQvuEjdA+iplbBJtp8FNvZs3F48y/ak'
    'kvA3Hp1qGB1JY2vw3NY2lvdTRvox+ZRRH2rq48ptWE3+CxJsHerwYxOPyeRfZTZG91Y3yqLdt1mg+KHknzWxfnnIA+Uc7dFRvrMV'
    'StT9op3J3ExhnUFWpykT4BLUHyKPVyM8Qx4zR9qm7zWoIDbwn5S+Dtry/Ksq7ONaePb/yLN+NrY3hWc4tl8LbY6QexaOqZPxorgm'
    'PyHvd7A5PePR3hLuKuGuEu6y9sHHu43EV1QzvkKtHd3bv/b/bm8b/bstmmfNov+I0H5DSu3nWPtavTO0H9VmuXCfvE4Fvql1gOtc'
    'dGGHOHyXETUmB8u0VGLtNry5R7O/rQpj5CkLmo06qrNVEDMGf5sPvrfN5LcnVKDrwd9WtRbeE9GHqhfKPJRnqHg+qyV4nDrw2OS4'
    'r9cyfW53aU/5nrZP9J4mleNI9OVawAO1qhRHTBdHzONf9XLG8ZMjToQNHMIGlc+UYtJN3Zh0qfCzDIZc7M5s20xiE0N9+7w1+Di5'
    '3+95yS9rfx74xnl1VhO+qfVJyMmwT25vJal75M6gHanuMlL3emjv1BfluseQujc+6JcLnyz05asn95mxui+AbyPY8jwL9kXfAZ/H'
    '3S8V2v88CmN47alwu3F1B82g46X7klX6GA0NYKeJdsbLhLtkAxBGV198Fx/+ZWzMZY68ky2tbSA8s40cnsYamk9sKbhNrdLYdtjE'
    'aLKJBWfSOdA5xWmLxy26lq07tx+vZ/C2kPxfzLiUtrDQxO5z9xG7JR6/kp5FXfxK1/tZJayXrU9BPfzP/YKnq0KdeT34OKxw2KPx'
    '2BPb2Ik2a2GKsVXLaGMVsdXXzV+ChZMEWFhC8JEECzqf7fkgKyjmOqPeLsrPu5zhhQ0CPEbFEKLnQhcvl44DY5678B+2tqzHMBtV'
    'rF+pCvNPHMPwUit5p3Ec+26McffXrV1lzLXz5n+HMH8alyxJzCQe8yjK18pl3fNXuclMbP2cbPuf1uu2zkexvc8pOZ/BNIu8ILpY'
    'XscTnxRc/3JHGKNwWYK3YL9XPzix8PaLZw5feMM2KuElV7jz2ryNyEQqCN2jfngtoFPOQBvHAc2apUrxwPCD8orRNXpHr/FNHg+M'
    '7tOVKp6PnS42qXucTU+yfOgG2oRLcEMMObm9nxr7lMHGtNsI1AHPfzgb+KdscMSfV0Ibp2WDex5to0xFx409Luvz8JT357blW5Qc'
    'xyAqbgP1/8c7ZU3W90MpVqxjKc7xP2fs4xy/kfHHUdJBiTqoBPkTIs9EZNuudwrMsT2L+QAti2ETT9v8ZMY/szY0u17TxkdGf1hO'
    '2pDOzkblHpeqTzF/PAc+SIpHZYq9weVFMzN+fG5dLrUTNc90cTBc2/HGcADwVDPgEYlfri3ZkZvs5YqpZ3baf4yvf7PyY9OgLKjS'
    'wieps0i+Up6v0yImr+rR0LEblH2MNx7DrdfyzNfD8xmC/5YUP6+Pyeny5H+aJ1vCQz2qMEZit8bfK5sAZ+vkfNNj3tFL+UKmvj36'
    'rUTWy2WapXwxh/b+S3LlqD23wZ2IH6ms7liGz3oc9BeDBCfG9Q/mcR7rAf/ON9yveOxPjtfxvWYVjqGFMjR8n8q6vH7XEFrXpeRY'
    'aS686RBrY0DZx1lFXwdP33C0Zkz9jL5vVsn9taX94LJZnW/ZrBK9KtGrEr0q0SuLPY+LnyQaVs7wFdqFUHw6oOLFOy8jfdIYiuvg'
    '7rBMFcYkpH3ymKDNTEZCaZI0HjpfpFXNKsjthm1UCDRCivm4lLyDObx57FZpLJQO0nvWILkz6ehC6R5TogslulCiC+NBFxCXcdyH'
    '+DjDcPFHMgEeojRlroNceMDhrkTx55gsK+PTEReenMqoNrL2ZmT8tqT7As8DYXPH6xTogm28oV42tn+CNdfJ+mnZr6GlXQJt9Np+'
    'GeDNJm9Ej2YvPJ/yOay/Dod5D2re7Wf9/B250w0Jd7qofmzG0hUxhs+DHoPW2aYKc31Q/mWpkmM/mWBgIAG8XEPkEx0qfpwxur42'
    'uUI6lD43C7XLlWTiA0rOsSLtQ9J52dqXDmjgn+IDOj/O/zYRPrUS+F4KL8OWMMvXxevrcSLL57hgSHOOdW39DzK2HkvZlE525LX3'
    'n8k5vY7V4fH0pDOfVAaDMfAWFFkmxfMKcdjAmKDzi0xXpD04Gezgxlv+hfGPG9l4+9kYejV4YFg4S+WGO1J96Y50WN+RMqU7UumO'
    'pOz9jvGecoZyz/GVF/T4lCfptuRN6Du2NMiWTxtmuLgt48e6o7jYht51MTnWm+yOkHfgo/KWNkO2vHmfKszlY7N30l5Rui3lUOtj'
    '9SReEGNz/SIF+knv2As18s4oey9p/j0RtpI4/2HBzovKUFFmasrpxHWNmzTnZ4TR/J5JwDeuBtpgku1yXut0wmtumkBecxa5E2zV'
    '8Hw63vNNA/9VCfDYzOBxmkZWfoKFTArH0Ai4u0nJPnx4l+J8X1VMvq8S+IZK+N1G7sX1H4PCnTVOLih6J9ys7O/7kl0a9feX9A/8'
    'rC0TbLM6VDjH7SJVaA/N5U2boO4ccm42R8BanyrMsXaDkvPCDcdcW8lGDm3X7s/6eSboOnUIcjKXvkbIXCVY6lBuMVLSgg2c87kG'
    '2BhmesDTBNh4m9VZquzkrz0au8UB1t4RcL45jY2yaawRbDx/z+ZOfcOXZX3HHLoOr8fc682TdK/Pd9jrM8i628h8xnP/34q5/wOG'
    '/d+V8fPYRM2Tyxtv0OhK0sIPPRMEM0g7PkHwd58y58DoUeFYNFH8GtKmuTHhxXZuOK75hDeltChJ3uEqg20Eha/ZGV9HIPFgwwnt'
    'EqPmTutuZvz8RMHVauWmpxsx8Lxj91nBDoXSebRzr2N8y6DmXtvjwL90MH67ToD/Dtb+sAAjX1B+zuZK4ntwZs4vV0B5FpQfzPnz'
    'mQZrdl4OYj7N88vPzgvW0KvrtX85waUfhnbacuE9OBfauW1eMK6PwTNa71SodyvpZzkb4wW5gJYg7OCz5Tn79s6Acm0u2Mcmtj7L'
    'I+bh1bkQ6p6fK7wXncLePxve/8y8QjzAxxqXDz2L7IFXnq7ZE5v+bP0jovIXuNyXronhA3Woyz/HHKAauJRyRzrCToIrZqpw7loa'
    'm8Y2T0aacKRU/PgX7QyueJz6PLl/4LMRQs+8ZyeqIFbRayrI51RJfkMag3bgdayfVlUYe5++M5v0cSP81kh+W6oKc3nOaC3M5blE'
    'yXljbdfrYvK/S17skF6jHbYuI8NY2vFCWmDuCtZBGI8yxSl17QvHyOM0Yo4XpdKLNVSRAPZbVBBLzlufhrbgHoByM++sN7YF/ze2'
    'ucV0c8mD6BqzcrlKHqNGgi3pNzxjxapP81wmnROuZQV8beK2NRK4uIudXeQFLiG4ShHdlcuarHKoz+2rXd9vIrLaZoBlaV7LCG6M'
    '4qOqY55fr/9TBN0Jxc2fJHeFRWyMH1DhWJ22ayDJwlepQh/1KNjktg9N8JXi2SU51xT/4NyPYfpVV93qHIKDqI82j09lg9srSD06'
    'tqR4PJsAj39Ks44dZM7HFfDKh3fcJGWwsRA4YnsmWsM32MBqhuAsHn/t65/wy6O2BfFy8NmBSyGn8XAhjThjxC9/uk7WYel0ut47'
    'f2oL61aLOZZKFS9emUu8ftvzNE+F7ciRdm3Q+A1dqcJxjeLEWpPw9AYCQ4hruwFH15E+WjcpwsmabVSQ3lEYa2DyoqEIeTCVa11D'
    'ZF9Dgg2wV2c9kf30WsjvNsJ7HzHo+jpVOGbG2WQcnUxmhnWWwzii5H5bBdldA5OlbXWYRzOR/eYt35PWf6OGb8NzPENzjs+JgMk6'
    '9l65ASavVOnlRU3KJ9jwaBIPucyRx3ON507jtzcw2xZu3zdGXBbr6Qfd30ZGV2osfW0y5FykgVtrU7i71TnsgautQ1w+sVIF8d3y'
    'ETYLurjaLnHfvDFvIb4bxY5H0BNzjGs0Y6Tj6BfuNNRuA+XdNjZhLrnIy9ndWbIt32zhMxFnXXRxbm3gjfJUfB+5bi+v0R0j3+Ri'
    'Xyzh/DT8e5Oc7QbCH9jarKR13hdY+jm4nEdbvWIPwQETOQ60d7gQ1jDuGTKNG20SZyRon56BhWTNhpTZh9PVptc2bk5SHMBxZQfh'
    'F2st9m9EoI1Dlr4raeKM2SngjDkGmzc6L65f32wJ7/VQ71jl7gNr48e5PcG4OB6jNj38nAwSG8ektFSKsdch2GTx/W5MYb8blZ3/'
    'mRQbCu9ydRqepEOwq8D9b0pg09NPdHHUN5H608ZpLw069mFlF3cEcU69co8VUg98YJo+o9QOIqnPqMQX/hPY7On0cCUfqsnnQ/dp'
    'oktAXtmFXpX2eWr4ymHMoqR81DR2l+I2ccvI/cJGbod8WKsK/KQ7NTa3cekIt9ul46VrUeWwFs2gL6ZrUw3vNxI7yjp4j+bC47kE'
    'q5U5j0qUfVkc+9JG4GW5bdF45T5EOS3Nh1Or3HIiLmXzqVPu+aQrBHllGjLXyoR8G/JUNNaY5GdnwwtgHs7ZyuxTl3eQid2gkuXh'
    'pLrxtG1Vai3XB3PY0/uQdB8YEfh07kvqcnfNqHj5L5HGen/vHf3+ukRvJy1ftUuFYxNkHW3wh0p7PyX3Hn2jUNeLMaBQ/nis8Oxa'
    'IlevEt5rYPfhOkMdbtfK7QK62TMpZtFE2UlS2sdjkeVhDtURdLueyfkGE9Ipk02Xq46yUgUxeaT8DVK8tus0NKeXtbNdyTkmcJ/z'
    'gtyyg+nsN5Hx9Si7WBZSbAUey2ubss+XYZO3RpKhuObokPz5u1TYpxltAydTDo8ov/jyFPinGsMZpGeqidhqdFrexZBfKgbvOJ5z'
    'n0n4cte52+jRp8IaLE+4/4uIbHQLO9c8nmU/WzcqF+5VcszAjRZj2nQI7AO927nsQ7+S47YcCrD5AZC12K7FiAO9GFbuMShd7oRT'
    'YX3x/CWhdfh8qq/F0pTWAu1RjlCF8X4HNTyLCfdJcTum8jq3wbrY6OptecAOtuZptl2WmfprvorofrczOjHM3r2OnIcPjAPu9cq6'
    'TPjO8Ta7i0TNL+29qU5hb6oMdw7Ke7rGPh826D54fPdFwv1Vis/Qb4n3XHXW3UyXjrIJb2xHC7Y9tvLwXoexSLGnqc22ZP/QpZLH'
    'c+QwlUsRpvqF+/3YXS6rr4P8YBWps1XTjgcolUId79kfM8F9wQYmeKyi/THfx/5fyQR8srQOPKYkxoaKupP/0NBuT4J2788EOtGt'
    'EePV2WrZ3Af2M/7ji4Z+h4vY7xbSb1rt0rHqYP/ijK/L5XUkm60Rw53JVv4zYJBZ2erfeHy8BWQO+Sk6h9+DPs52rLb2dls1Nkwv'
    'E18hl7UxtbmX2Fjp7Gr3a3gZbqt8vwryJQwIfIxNvFwb+wtdPGIpn4hNm7q4Sd3s3I0ofb7KYvSLPN/6ce4X57sS7LJtbDFdcuTQ'
    '+Y33XqbFR7vE7Y+yka5JgV+ar6EZvZZ8pGRzNKDMMci2g55XssfMa/a0UxXG9h4vHO6C3239FjBOIF3rEaXPryPhMNv1nk/ozVZH'
    '25o4/U2kDtLm3FSkcG4alHtcfcSPdxC5BN+P61jdT2vOqCu9M/GZlFajnPJKoiM1jVHi+aPsFaPuA2dPEN1qnSA6PZloSpVKbtPQ'
    '78i7SnEDBjX0R8K/vxF8ljZb2POXTZI1TxsfucoL/p3oGF8T7pKu7f0jaa8jhfZeIPOjsWZt2vHe/1+G+cVpz8vPtzDmfGjf+zU2'
    'Lv0qOhcHlW/eAf+nsX/FGN9VxPa0m7XdpbHV3ergB4T7sprg79eUnAelGP0ea/A36o3g6Th+ojnFosZq47OEdpoLBDm3xNuNqOLk'
    'G4xjd1cMXHtECrh2hYqfj8c11jX2Q9vY5HC2qa2Xbr9pXJm/UH5cUgqj3C5cyk9EdSdxx0f9bbiuuBzgx5R/3TQvGsthmwZfDah0'
    '8jf1ROidWmA+WD+rCv23F2twrk5uy3MQcTvJIQd5Wo8Gl+FenEPuBtsddZu2tgO6/FOURx/POUu+7riHZ5I9LLZ/dTF4xzq2Xn0R'
    'uuSLCD/VxdZtfwyfnbMFPa+rXYnXjhdr84QYdmFJ9PKueZ+LoYufCBi4MaU9u47Y9A050Iu8MufsuGSKwMIJRMdu40fK+UbJNlJn'
    'K0X31madk8AqvdOXE9j12vygAX/E8fk7kdBM6lOLNrctEXx0Er9AGmfIxQ+Y8zC6vL9pyPhtbGj6NPcUPE+nEByRV+ZcaXlyL0oj'
    'Nga1QR9yuJ8NRNgBefeiykzYNzfreN9wyRVxOPigkai2EKYw+MHmk4t47gL/uRTh/4YY8N+fEvx/MiX4X0PkFBuVOTZSp4GHRZ+I'
    '2cJ62Nqc6WQX9J7W7zDHTTHoh463T9NHMKmdpAluKy3tsXs1dkIjKuwXR9d+RGOHZMqhbAOTnZZ3ZMo/VGlsXBFmmpQ+riHVCXDb'
    'km2OtHimSi8mWV6Qj7vynZJ+qR7KpcKzqPa3O4yF35ejzn6Uzu9UuNePd7+Sf0eStbeB5xZlzqG8nfCYrvEWTyR0Cs/wjZlw7tlt'
    '7J0FBCdsU+G6aY5xhOmPeyLkec0qHD+V2kBv19gqN8MZo+9UqMK4sjb+cl55gKwL7Y/GKxlPeU8a94FZBhssjkMbBNigPIK3f+0G'
    'OwOpLdez9rqG1lO9/SyNPRHC3M2ZsJ/QVtb2ZgaTlG7o5m3yK2jW+BXEGZ/OP2CecDai1nZQoO/S+b7B4AswnvCeRuzgyRif0/OZ'
    'OsJB5hSnj7cYX+wSQ1iiW7MS6kW43W8jkdFExWXsUPr4lmWqMB4lrmulCta5GPteDzBaq+x98KSYkl6e9psYnjvgYPvN9UGDDu8O'
    'WL5jg1uSxobtctCTDsfotxSj9/DBsXeOA44dHP370oQ4NilOtdE58Jwlkg2IxOdQnmO8ztGYn3LGjx3vuq4dSo5NPJPhndeVvZ8k'
    'v+O58obl47x2/1v5eY6mIkxWWMJkpQYmbWnwrUBzXeifyU/BhQbdoKG/IzH2zLV/2/nZ2jcfSnSXxv2dOw50uB5kFS0Rdpb9Sh/z'
    'zGWuVQLtr0uB9i8u8h5vt9Srcjjw5t/rwAPE7WNtJpBpbUlwlgdTxL/FoPvS3WpuEfc87TvWm0T2OGBp9627Y9m+40Jb8pZ6FJt7'
    'VF5jSzo8Tng5yZn13r0+pX0y+f1tV2b/cVe/PlfdCcfr21V8nyKdL/xk3F+T3LRB4Adt1jxtmTynk/Uqvfw0NnoZum5oa/Qh0NG6'
    '0BPbOE/XaewUbiC2PAsnSEckjccEQ3MiZO9p6H/KJkgenkaepFpLe7V6+G2pxvZwQKAxFPf0RezlZuXufx1lE1kP9tjHTOAYpBh3'
    'acnNbeJaUZl9PdPzDCs556gphxL3+96qgYNuZedzOVFyzvE+O+eTu1G3MsdV7lHm2NJ5DR2Pkufo+uZxAcajvyh4RTil9ugcXjep'
    'aL85Dpc3WNqeRemUvHGd5SAv3Kihi5sdbHKuU+45eTcJdt9R7/Rr1uTIcZSF8Dtb2r7plcRmcZuDnskUN6QeYLVG47fUp8y+mZRv'
    'mSHwLaZcGjw/EedNKNy2CPZ3tvPG+b6p8eH4IllX1zuTdKb7ic3tDA2P2c/wwmYNHkM6vJHQQimfocnnbD3MIc1zH8dfRBpbmwp8'
    '4+PkI2hVgT/dgNLnurS17+Tv5JWdPx3aXLaocCwJzCs2i5z1bLvZqDytWDI6m97WFPBQpYCHMA7tCgFO49o4UvxSp7kXRcn/0rT5'
    'MPEAOQc9Tg+sIfoE1wL8uNIY2n/FOMv+N4x+L9ecE36OBjT4b9BBj2kbj8VWZiD5gdvwNePF/0t57SVdT5XmnoP5G6rIeR000PMq'
    '1n41vJdUnm8TZ6BfybEm6wkvPRhB/6Q51bA51apwnqJjJgHccv/HYQ0d2+RAw3uFtagrku2MjhZ89RCnBV6MsSVK75NpGm8uYrzl'
    'RRjvSWBfn/Z+6OZRTLrrrenjEbYXEj404U9pD5GnabXY57h6ky6DHILq2IvVvg0NaEmgr4vCfasJ7ouSzQ06tLuMnE9beOcxjtLQ'
    'q8Wh9TUaOyGkYZUq8Nu25Te9Pr5GfA1s34sa923KLc/BoEYOsQXkzUnaiRrrZaowVkS/0vuSeu98TLC/M70TNQYvtvByCxwVhW+K'
    'cR5d7dF6NHzGRMnIm1LgZ6Yre39gzKXSY+CDrgJcJMmWJR3+ZOFv2si4uRzHdtwTweeY7uh4R56j0R9JeiZX+R/KiNYItnFp9JMn'
    '+9MSgZc6HPQgfPz0TpJG+/mIO+1U1Ke54ArkJ38JOl5bP/8ey70rNv6Io2/w5vtXKsh5UYz5jsf9w6uzUhXmVnL19x4PfBl3nyi+'
    'T2uOE3U3PDnibjgSwXelOf84PJqO98c76yylz29iihGps/O4nuiXBpQcp3W75t1rUxwP0ohLCJ8eNR5858PKLhZCj+W8TnE4a6Zx'
    'HW1p9zbkcHa7DDJQnZ6qagJpbSYFWov6jvtUEC8R88e/tDDIBV5FdIo4T+//4wW7Eb4GQ8zmwkZn2CvoDFEfKOGnYuSJxLO7PROG'
    'gwPsnJ2XCduyLlPmHJMNUKceZOVxch3zfJRoE3JExt5Xp1i5jtO4Lx4HYzwz55cfy4XP2YpceH7nwvPb5gXzO4fVORvqfIbUOQPa'
    'vwDK06H8IJTLc8E4vLXyfATPVtF9t8F7K2EM06DueVD39nl++dl5hTKC8Zybzdi8eX8bdJPeex+3fM80Ppc1OdzWeg2xEzwrF57j'
    'mtzhuy6udlJe+6tzhWtBx0Xxis5OamZKtJ3bha1ia4H/r8jZ2b6VpaRn9Mb6gza/fKAtsPFDPvl78OwZKB+B8q022abm3Tb/b+oX'
    'Td9/F8p/aEtGf+rImq+Ccs5BmVfKprhWX/+EXx61LfBDw2dnjPjlT9f5zyiPdeDS5PN1iS16iH9wGReq+J+o0KJFPXPvXeqX9w4E'
    'sRbx2ez14WctxO4C3/vwsF/29Ibr1pG62A7WvePCcN3xOHtJY5F7bV/cGe5TXe2Xd39VP37M+SHl/6D+ELjmD/T45Z++6q/NQuHZ'
    'VTsC/Fil5FjaGDtzJsF9f7PBL0/v9Mt/2V6IH7HOaawOt0Gnc8wZ5hgnLi7O9zcAUzXbgpjW+Kz8L2Gd7g7bQnm/PfhVv9xxtx0N'
    'y6V4njbBuv20K4hhyJ9lrvefzSXrjs/U2uB/GkN0jO/pCrdN9w2f4fu3denPFuaHmKnCOT44LFZcBLR3beAzhP3VwN78+GK/nLa+'
    'cI8+BnNa1Vu4R/js6uv08IXjrCbjrBgHPuSBbr/8XE9gJ4LPrgDcVb4jkCXhs5a7ws+W0DbvDj9bRJ4dCed6y9WBHAOfre4OP2sm'
    'zz4H763fULj23wJ4OOGuwrXf9yXgt+4uHv5Nasuc5pnk/FCVgY+SZM7TBZxN5/5l4CUH2sIw3KTBa68D7B93eeF47v48lG12uCsN'
    'unbTPr//GfD/Vx5yk7+8+pRf5naGffS839p2JWsrSc7WGgdewbbdZlKPx6246el4MbpNvjTVMWjp2N31+8XFka/+zC/fuT/gG5E2'
    'fAeePf8M1H0kiGmMPGH+Bb+84EW/fG2nX+7cU0jbjtH0OR58Y9y4tg2gGzXB4TIiv7aBhaiccnMIzfTezQp1a8m5P3mSj++UcR4f'
    '3/vKmHsvySPOjIFnpgtnkMp47oPypYXhc+CKe7bAWUIdWz/gnbG9ymSnzKfM/pOzbdNbgvZ2f73eO3iwUr6hIyZyTCoCe+P6qdf4'
    'lbnkP6Ln6Fjk9w/q73hRMNRBztxxBTKi7GH9GVuoIsIQxTPLGM9ZpZEbYz712UQfT+s0EJuRTczOifodbTL46JQnxJlnq3T8IjMJ'
    'aPjZrL6OXlEc3aKhc41FusOaaORiKDfExBWc79u51y9/9FwgE8Bn9+4Dvm93ILtAHs7j2bzya4/55VkvF959vvETqPN8evzdWYTP'
    'S1OWWkfGvRTO0YzWURraGm7Hhg+pgjvTNDhDyPc3+CJGcdy5BLDSkaI8P3so5gq71RdpqbiI2KKKCx/4ZYFfy6gg7mCJX2O0Vh0s'
    'O1T4tTqil0ZcdiKrZ9sW5udYS36jukG1K7AX1eH748kd3qvvlY9p6lI55qxnw/d7Ksf8LeD9nfsK5ZgZkCE8ubeQXuz+uV+++FyY'
    'XrjQ97Mc16+FyKNR71EO+F/tVOrbvwqf3VsInRk3HWv2EMTJDfwkxmKT/U9r4U8u9NN2/5sS8lptuwK+qh5sbZGf2vOSX9bCGfjZ'
    'M36dAXI+W58EWeA+ub0uUvfInUE7Ut3LSN3rob1TX5TrfpzUbQF57qNPyXXPI3VvfNAvF8K4c/vCczud+KDdCPLDd4GffPYhkD1C'
    'P7tfCvIY45o9irLGp8LtHk3GkAM8teIJebyzSXvqYbkO1X1THCXNKYl8u4HhjBry7uiPRh7GlQc5WZAhtABPSnlcXJsPwFothXuk'
    'FBeqndxdaBsVpD7y1/yOa/PeMjbmOHJ54xpn308xlniNS3y5BQ2IWG/jJ5suX5623rIFbPbo/nfD/udK+19G7lbx7mVRF7OU720S'
    'Pec2UpQ/5jZRlD8+Z3v4GeWP/wP01zlBl4zP/uKO5PKUJLB4iJn8lTG7vQaVPkKKtAl02Tuu56LyyRZiW1PCQRY4KKu7QaRAhEo0'
    'qkSjJohG4X3lmC+AXSXYEc6+xS+/9EXIK0fq7rwnXPe3N4F8Cup2E1qE7XrtYYytStaO97737FJqg8z6v5DKjVh/a8izo/v88o9g'
    'G3eu8KzuikL7vm+B/euKvkL7vv3sGbXvO2NteH6LhGc4v/lCf0f3FdL9/ewZpfsvbgU73YsK6f4b8OzPd5bofup0f0cR6f6OEt0v'
    '0f3i0f3aBHS/i8larnKQTWQPcczgLcFT16gkHyMEcNlZM9hvoF6B2vK2lvZr0u0Xtcsz5dKIiotuyrko5QJIii/KE+CLqSIXTrpG'
    '1YfRGmVUerqxNPViV1voxS510It9zEEv1u6gF1vuoBc7wUEvdpSD/mqmhf6qxkJnFvdOkbbtm639VAt5r57Yb80ibaJtBaWz8+Dv'
    'MvK8mH02pbCWlSqZTRsf3xJhPotZfazHbe2kvuiZRhtFm/hxPH6rZ/a+QNnHlutS9rF/Oi3qHFDpxK5x0cM2aWy5ub8QvevNV2E/'
    'T9SD6uBn2hSCn3mW8GMbl84UC5fmxHaFN8qb8VhqI4coHFVMITia7oCHMP4bjYXVwXj7/TFwTv4QhYOpRI9mKbtc3jb5Y3mek20M'
    'Hwwqu7iXU33/swn238UG5nCQW6hvvi9maHC3g2yJFDDr9iItuYDRxslKRZZVpQ/97KVb2p6mHLlkk2ZxHlUSX5FohW5SWYkCv6vF'
    'uwv1hL97OqiThO5IsWNQprBTsNvPE1vdqNhCJfhMDJ8JbCazqcJnLL3ioUvUy2xtvdw+7U52ZGnK4Uq0PPHeOdFyE0+u2F3oCvCX'
    '6L/f7T7xFfDNUjsD2xVsc/XzftnwYLI2KW3oB3r19MPFjbFd4kUnHn7TiufU0Jbcx33MR31ruN1Pgf30qyy+o03cxiVKH7eR2obx'
    'OIbUNozHMZRiv722vdA27LsQX+ziewvP10mX+eX0K5LzXrr9aIT9uDImj2Abm6kY8RKmHQx0Emnw3zy+HN0LHpcuLv/dzOZDY5L9'
    'DOIA/tcL4/lAleL9CvF+dyTg2Xa482TZSQzn6Dv+3qVBLgn8bfb6QpxG4wZznEbjBHOcxuNg0nPE42eWYltPXVhPgtNLNqyHpm9C'
    'uQrH411toK9nkWe7GM44jTz7JcQtXgexiU8kz358LfCVnUH+He5z8MxfBr7jaCvj8Xde+fG2IMYxj5tO+x3j+9rCc6O+48jjYZ2o'
    'WLUlPJcIzy1MgOci303Lbp/G7C7hvMPDbj8J/8dj6i0W8GuVCufxonkNMYcgzzOwUYXzDAySOhgTcIC1s5HU6WF9Yc76K5U+pwG2'
    'cwmsT5Sevpu9dz6z87DJb+u9t0IF8Q472LxPIuPl+R8xJuJiYicyLNj+6Oy3o8aF9uRRdiU8F2OH0sc6P4HwYTTOh61s70RH+KxV'
    'YbviSmW2feZ3WA7fx6d05sqLcOZaAEdnAI9jbC9ud01tXDJFXH8JBwxp4HytcOYkWOtgsN9OztwmUsfUjvfeyXCXpGNCe5l+Bxud'
    'vErmc8FtePLMhm9ABbG0x2y/DTY8xYLVyiLBqk0bJjtHW1s6LqeIyj+aNDdk3PXC9bGtXwn3ESn+7gCDy36NHWGXAPtSvvZOVm+Y'
    'Pd9usReDwhmhY+m2OLev5PyYXhI8DGnGmLcYG46pl42pQ5nzPW9ztL+MO45OYhPorcN/yfm4j46x2/FcuO5XB4ENOrbx2Ac+//Wj'
    '8z+DjYvbPXfFPAMDAp9lY8/P+S2X9eXngNprziNzdVlruja97L3NGji39ZNIC3b4XF8v83leXUxxKS+oCY42atZnMxvX/4XyD8rO'
    '/t40hwcMcxgo4hxs9uWAJczdUubzehS2exzOA88z7nr/kGCY+6KOCDjDG/u6Mv+eMVEw9IYKx7nXrfGxZb6ulq4TpzcDmrbSots8'
    '/7Yn1VipwadRexYX323UjG2ArWsUX2/rZ/NsNoDtbZa0Evdooune17P+3RXhz2bstL3Nmv13Ods6XL5V2GdvzP1Z35dOwiUdbK06'
    'NfjXtC89mrnqxrMm6/u02vDNrvS2J+LMH0/67isyT87PdnXWvxNOZrrzesZvK+59r1fZ5anme2cDN49n/JyoxeTD+Hr8t4weFruF'
    'fUh7P27K+HlEk8z5Osuz0ZmZWNx6Xsa3JdDxDTiOqP76hX0y9buQ9Osq25Duf5xXkNbO67ci4+sX4/Sb1pr/BuTCxcC1L6jAfxff'
    '3e+IS/AdaT25LPIhFaznRMkFvkTm7DoGiaYORPTn8eBzYsCQK6/s2V4e5cj3pMFfeH2fCTbJaeH9euh7TgyYzDvCJOr7o+QkVKZc'
    'ATpeGsflWWLfNYvom44XZM4TJW92lZ+ijTbGkynllZNy3fifYuaVK6b+r7S/U2t/08AfSXSrGIeqVulzuLrM512Il/SVZ9zeoz6M'
    'SdejIgE+3QDP6sm7FeTdmWBTwW2LaF7pnArnktK9j7GNaPwy7911KoiJRHX3Xv2blRy/7Eo1cTGjcN14/I8o2r6ZyTHLMr4dgu17'
    'Ol7j90S/PMRkD4MaWcGbhMbb3Hm6NLLZYYEnP8KB3+13qIt9PEp4no0R8/w7wjfYxGTqZ/ZEf6WCvMZx94jKGO5IqT3Mvzqsgrvl'
    'ipxfnp4Lt392zi8/My9o/ySo2w5lG5SnQbkcyrNy4ba939GGCu8hqyP6O04FOejOg2e3z/PLz84rlO3y96kNleT3cpLBnvcEpc9F'
    'dwyxvc1DTLx3IO7d3ueCmE0634MZBt+DWsG3oVLwbeB2HmnhtjRt/jaQvxvBv/K1nXLdK9XE5hjA8dLYPvNVYWyfK6Gs1tgzoQ01'
    'zUkrwVA7gYF5wAv8AfxSV5JnS34S5CNE+6Rm5Z5DkMZduPZlOR7CXMDBUXVdbHSo3ZLOPsl1vdOC9coUYKVKheOOSnyObbsUl10P'
    '5a9i8qpRY0prDSsS8tRSveqYPPXD4K/wOpQHoHy2LR6vn9a4/n1t8nWuSuHuksZ8ENfZytsG4JyVqcAHudrC9nEusQ2VbJWpHbKu'
    'TlQfNraSy5RbLGJJFkjl8EnhoHGc4CCj7G14j2a8dLdGBmqjU+c6rCj7Qcwb3Mxsfbl+pkdjw8XlwNuZHPuIIrQdFW/PZu1pHADJ'
    '56GKPOtmdxud771NznhJ7jEReMrmHOp0daZ9K5ZNsO4810yi9doUY704nHMciu+lsVZpwFY2BT6tRAMnlgZmUoCDMgMcNBO5Zob4'
    'xeD7ZRHvpxFLPVvkOdKYDMuIjF2pibtXSTZ+3Jazy5KHQF1lMce23UFn3GsxttkpjI3qyymPNsfCpt1Wnjqi0SkfB31K9t1ct9yr'
    'aWM2yDnpWG1kvV2a9iT8hj7N61Q4dhnyVDMi1qpLo9vnfp90LtwWy8WOscPAt5UTWpQ18D6DhMbbnJ8ovieNXDTU7qJD2Mc4d5Ea'
    'Zls2IsCbt5YLBFtvnW2wZLs1wNrdpGTf4QFynzD5wCb1LZszwXsg3XdscMomYZ1d8v4g/HercHwCm/cnYu8n6r5g2udNzGYoL9AS'
    'zhNRHjjPdIc9jAYhT0RxbJXQF/X7/TM5y32Ge7dX918Jzu6LuKMPRehE/48q1K3a+KAMM9uwn5DxdzI4GmT63KcI3ewVbOklGBxm'
    'cooHiS1aFL20mZvX5jdUkHdk0OD7gb/byna2Qfu3Kzs99oCS4wlcT3SZMx3OM98z6pPktXcV4Zc2W/qYSDaRunsz5l1ZrfTxGVz8'
    '7rif0zICCxIc0XyNOjxJ7SaoHMz2HboOUeeX8zXUzrCO6YZ43IJWVZhvLm27DW7faktf0rI/itt/ya5t/O3aSjlQo2PD77hGJfk4'
    '56x9iZz/Rnb2SmeodIZKZ8h8higP752n32cCmoU8fSOcn0rgFVzus0sc6qNN15Ex76YDghw6Y9Hn3BjzOtZxXpQPKi/hnhLuKeEe'
    'kX5XlOh36QyVzpAT/a4kMjjXWPyS7G8ao90ohz2T6VSqlDlHYxLdwWSy7+A+hlF2GWn5NLWkuH4DDjInG3lfVDtcT+m9s4XpbWzy'
    'HedVOCcz9xmOo5fQxdpAG6ozQEaIcVCL1Y9nW3eUkuOBDAg+LFH92cTj0+modHrruhRgMI4ffpzzLPlGm3yexjtGZC7BWkatmas+'
    'tYXgHK9+lt0HdTipIeEcuM0o9/uiz6mcXLJ7qGL1R5h9QI2gi+qLsNOk8nMpD5qkCxwynJ/aCVovV3jg86okequhGGelHtZxvoOd'
    'hy6Wr0vMMRNu0/EyxdDH9ihzDFHcs42qMF5lUv3eROqh0xi/pMPKRvi7mNY1bRtR3bpNT7BuEg6j+vlFmjMbJ3YQtW2KE/eNygxd'
    'dekDSo5jNayZB28zKQ2ekWCPhgy8oM7uwIQ3cY+3C7BM97hLFca8ozbH1B8gb0nfqL3G7BR43H7WrwevPNb6iGAz4Wr75xpj16SD'
    'Tsv/RtLx8z3jthXbNbwGv2Mjr5PXnJsBZR+zdquGFx5WcmwtHmvwn5U+FheFp4YY9hX9KsinNJO1vzRBewuUHF9Kive4X7N3QynC'
    'HvqYH23AKXRsPRq7/aUE9uKsS1QO3Gkxz0IUPejT4JoeDY8/S+Df4/IXNDegtFcNKsgrsVWlf5euLcKausaM2BTT9pbHhdbZNNnY'
    'IFObJhc9X5w8G6sIPokT05rbaXt6v4Uq3Xiqad510vKrijrHQ8IZinpnUOljmhaDJucd7PH7DfgW55dhPPkRwllJclajbGtxrSqh'
    '/6S2/lIsGspL9kTQMjrWHOMl48R0Hhb4aMx1mIRHlezQJZ28DgZnpgSDppiytrkGpNwWnOc0xWNKEvNllXLPr55mfAIXn8xm4LMk'
    'WjZL6X0q48i5aAyfZRq8nIbf4OwU4FDnQ9aQwNZ7FbGHN9k6Y07UpSp9fzUdT5+GzbXuDm3jH5Flvksb2bj7GU6iMtNhRz2ZjXzR'
    'Rg6uw+0u8p5BjS9DUlyukzdwXJ6mHmurRo8n+UtI8psOFY4fxfE31f3Vw7grBbkbxzWtGvikcNeo3GIWcz/HOwAebc5MWjmE6gE+'
    'Z2rgxCU3E83vOTdFGbUuBjvG+LL1D1pG5vl2DF19FzsHc4hfD/b9HxZzknTzEjyMlz9HEr5/G5kDpXGVTKePNKmR3P9bWRuDGnzd'
    'bSlfxXds44FuYvtZI+g5t1ribhPdzzG61Kf0flS6vLBR9wndOqUZv9fr40dlfvlYWXh8T5X55Q/LxldHnsZcfgDl02XjN+4kMYOP'
    'q/DL1VB+CMrlUJ4I5UkVbvcHyovTuBaroJxz0P0eQeMSnqkK4xJizIxqCzxVnmDNzmh1s9ObIew1xil1iW+TIee5bVcQw1KXE57H'
    'pBqzDXwpiIWJfCvGTV3xfBAP1CvveyaQveIaz4K4mP/2P93WjMfT5LgvzXjODy2Kd1+eCd9q8qwaxor653Lgg9XoPL79q6CdNGOe'
    'NrTJ9I/Hym1V+li5R5BnL18UvI80AZ8dgDi4fXeG6Zb32wMQq3E/lC+36WlnY1u6Z6wCxvy9tcFaUDxy4FY4BxeFx0L7qFb6+GjS'
    '2bjpcr/88cWFa1HTGzzzymnrzXHb4soKchO8ZrYx7mawe3GHRgfHdZE05om3frcRvnebRteUV/Y5vqltV70K4ijEjU++gdx788o9'
    'D6GUs89r90Ow/9Rnvp2sa16Z4130amSvGEt8qTDuPkcZi0kP5/2+62qI7XphwIfzZ5+8uFA+vYWUk/kM4VmJ4l/Swnl3b/LLuxxi'
    '40qyWcp/4bsVpA76CMSxj/1cj1+u35B8n6YlWCsX3onzS81wJjhPVgfnrJrwU1Pl4x/RbMA8KXIYitqny6ch9kNdz3Hk9JSOzYWO'
    'n93jlxdAjPifPe0GX68+AnzUk375JsRmzz/u47iPAnyNnXPghc/cZ37nLPLOIxD7/ZuPht/52gNBzhqMuzsD3vkKxKn/BvD1l0Hc'
    '+FefgraAz38U/n8W+r9gl9/WkWR9fvQw5FJ4Jt75a3nEPO6o+0ASvKpgvb+0L7j7uLx/xS+CdUuT1swjd6mxtXgojM9pfe6fVUPu'
    'Ldze00afb6tzMekTbcbK73He+zMAltSuidNJmniHWWTOY7z+wbCMplaFY/mj/lyN8gwH/9p/p7wtLANoJutB+YkM3K3+1Ba//SZ2'
    'F6s6qJ/fDMJjmuIQ2crre1Vh7nhb/biLnkyKbcXl3ZI9vJRPMYkOYTBCly/FCpN8cWapdGJCxvW1kvTqujhi2zTwktfYmxxPZPU2'
    'diQ2Nki6+1C/kmPS9lrYwmQM+kZpb4ZUOHZg3PPhIjucp7GFQF3ifUQHgvfJlxYWyi8WE3hDP9ek9g5YL6fMeU109pSVoHOz0ZnZ'
    '2rXxvOs3xPA9cJH7D2hsIVB+cLl3V0oB99joTW1s5WzlFsVetz5l56ssxRjkZxnhC2EsA33iWDzBylizmR2KXpMUOU8t0H8f3i9Z'
    'OaThhT7F1gDznmKJ+BBtCLZpSrQ/mk/u6O3sTGH8gHqQU9cxvQeebaRRm4met16DN7Iavq0J9tBW7zliaQsSx4a5QckxXaNsyni8'
    '5zTsiE2xqxdrdC/HMlowKNgUSLasxbSvXlpkueusFGWZUXfDBlXou9ITwzbN1iZa4v/2K3OsWNf43d75Wxdzf6U1NsmjbfyY+J1h'
    'QLPe/RE4e4UKYkJ0aHQEAw62ST2aOyz2N08FcWM7He3yTPymK1/p1blwEu3n3IT8Rq+S4+uOMDzg7fdCi/mNaPgYqW5XDHuyHkI3'
    'XeIbc9i83nK/p6tCP8pBwc5J51ch+fPdoGTfw5maPba1ZaP3hF+CPOLttkAHbDNf75wtstxn1/0txQqTY4UVRJxq1T1w+yDMUN+Y'
    '0h7Ie9CqXepke9Co9HnluK849X8ctpSlSXxVM9nzDLE3lOI2cbvTt4mNYJPwDpU7VRh8AWzpMp9nB7n74JwqWb/TmG11p8Y+nNPY'
    'txmtn094mGLTcr5PVUof26cYvHyc3H59Gl5xQOCpdLE4JnoumzRzkOS60+Bv1AUhfbyP7M99yj2XHY2VxPN3dhCbkSo2to2MBztd'
    '6XMajBhgL+oOebQlL8V9mXuZ3X09yDIkuW1ekEvZ8CONBI4eZPbFj4N98e/KgjGi3e4Tgh0vfXc3vPsieXcXq/PDssCOWRH7YFrn'
    'UajzB0cbZ5O8QU1iecP5ACu2vmqdGlx4aoq2ZxjHL039REcMmUaGyTAzRP6GsvUlFb5t9kdHvysrZOOJJcyG+6NQrqyw31/JJnwp'
    'lOdBuYb879Luh1h757L2VkB5fEUhbi1nuPWFRcG8X1jkJqv+A9g9NEC5G2wrrtkd9NtA5Mi10L/39fKZe7nMvTzmXg7zwTa9MYsp'
    '9/kYr9JWiOvH4KrTL79wl1+edpEPMwsBXrzfvvVpsFfLg+5nh18OtMlt3HO138YMQxuPr7VrQwe7c4CPrGZfac1q1vn9eX3d/Xml'
    '3vi8mxWRzdqO2e2uk+fm9emVXr84/hYYfxX77hl95wej33dHv18e/XaPfj8x+r159Lt+9Ht1m/2490D/P4DyXSi/DGU3lJ+A8mYo'
    '10N5NbGzriZno4bYqdeMzvWmL4b7rYH5e79TGlKhoSEIi3+zwS9PB1j4l+2F/k06GbAOTppU4INGv6tGx/jWraNr8UmlLr5wFM9e'
    'NUqjLzav5yqY11tg2+y965Xe+2O4+iqg9RdHw6kHI839vgzEk394so/9ALf3Q/lAmxucItx57erkK9TGHuH4fvb/A2Tf58H4a9h3'
    '1uj5XDziw9IeOGs/HP3+PcCpK7zSecwCe97FI2F43cPO3Q+h/HsGtzZwnCPw6H1fHe3z37rC43gVxuH9zmVdtN+3hPFQO2Tvt1/D'
    'sycjZFzVxGZoDhnfCaNE/qc3h8d3AvgJeL/Tc1atOWc4lju7/PKDvYXj3H03nL2Lo3VQ1crs/9P/xQAP8H7qLg/TG53ehe5XjqzH'
    '0VtG4bYnvB7eb2Pw3CPP+x//E9gsCeOpBBz95zujeaYyMh78rhn217N9FHdV9cpw7dXBdR/TuQKe8+pj+1ersN9lNTOxTcuaNhP3'
    '1ayaUp/WiOc5pptH37OnAB72DPnl04Bb31gb+DCN2WteGOaJlvQGuBhtcZEHsm2D9o2+4vOxjXXRbTQzOy3qB0jHx/389kK///Df'
    'wzlvTGP/zd3yHGYDbK+C/m7vlefGbQIo/kO/1LH8Qvf7voL0PHm/oQ+hU5x+sFH+7UNueDP/cmBLi/o+fIb8/d7nwjpp9ANAH0eX'
    'cTY+Z0crcmyt+kfX5emHw2vVD2vl/e4yBs+OW1qLFU+GbaqpvUfbrnjj9t7z1oqOm/uexrF35vddpK2Iu/OjcPCdp0bbGb2Ttb0o'
    '4+482Kt/B+zXvbpj43vRTj+G6/YavH//84U0iO6RzfrVsPVTD/v24yEnh4cDu3KX9cvB+l3yy8nhi10D66TzMVoq2ADiOlWydfJs'
    'wj17cGWwE+e2V+373P0X+f1Gwf7u3BP2i6Y60UfA5yHzTLhOEj5sD8Dc9fsKYe7+vWGcZsOHJV3L1QnWEsf9WfCvWLS70B8QfS9O'
    'erJwvn8LviB/u9N8xmrhb4yNWAbrMfSw74/C8UQDPEN/FYobbM/coy8GZ84rnwccoxzp247vw31/Z/T+nfqETwfpPLzfKH10xRk7'
    '9xWuYzlbx72jePmV0fW6Zk/hOu4FH5VXYD29OnH879Rz0bjgndG+VjwR7v8d6N/73aXfNx4J93/jnmQwjr5TXxLO7WefDWDEBMdV'
    '7J4ydgfdG9B2fqfFZ4gzsJ/7Hg90JzUq7ON102NyXclmNqOCnE84ppWj5/SyJ30ftSt2y/R3JfAblz0Z9mfz6rvs0e1wNi4DHHzn'
    'y7Jfmucfx2G4ksGwJ8v15LiUZ8HxUjlvHP5l989B9/Oco68q4VOiYN+jLa8wPvHefcHZc+n3K0CvboJ5X/Gy2/sP7CzEWSiPL2Py'
    '+O/uC8b7XUf/OvS9bChyP/R8RuFgj/Z6fCrdh3kxYp9IOITycZxOXvI44CkBv+DZjuLla4nugp4NnNONAn7nvog3xsTv6MP6/T36'
    's0vXfDqRH6327oAPhse1Gu6F3u8u90L0fVU74/P0unX07gn3jOK81Q8WruP9MN57ACeuftBtHXH9V/zS7b0PQb+3Ex/XKFzjxQK6'
    'dx/TIb4Uz0f2HljT1n3h/WhW8eDpPjgHmWcLaYu3Z0vIXd6VF1v9dACbGCunOWFbrzxUCO9x7ouePOOPjPdDGccfHXk/id7Foc+/'
    'ezpMD45/RH+2dbYw0w4G86H+tPTM8hhG9Mzy2EfS3QvvNPPhzu/5wVKf2Li+wTpapJsTvWO/B/GVZq8fn/H+f74ZWbQ='
)
