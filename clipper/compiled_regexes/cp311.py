"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?\\s*,?\\s*$', 2, 34, 0, 800, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:(扫描|扫码|掃描).{0,10}(二维码|关注|下载))|(?:下载.{0,6}(客户端|app))', 2, 34, 800, 110, 3, {}, (None, None, None, None)),
 ('(?:19|20)\\d\\d|\\d/\\d{2}\\b', 0, 32, 910, 59, 0, {}, (None,)),
 ('(?:\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%)', 2, 34, 969, 483, 1, {}, (None, None)),
 ('(?:^(read more|see more|more):?\\s)|(?:^related:\\s)|(?:^read also:?\\s)|(?:^also read:?\\s)|(?:^see also:?\\s)', 2, 34, 1452, 228, 1, {}, (None, None)),
 ('(?:^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)', 2, 34, 1680, 264, 2, {}, (None, None, None)),
 ('(?:^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$)|(?:^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$)|(?:^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$)', 2, 34, 1944, 619, 4, {}, (None, None, None, None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))", 2, 34, 2563, 1100, 15, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)', 2, 34, 3663, 205, 1, {}, (None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 3868, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)', 2, 34, 4064, 189, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 4253, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 4482, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)', 2, 34, 4626, 75, 0, {}, (None,)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 4701, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|da\\ redação|written\\ by|posted\\ by|redacción|story\\ by|words\\ by|authors|autorin|text\\ by|auteur|author|autor|texte|автор|текст|text|責任編輯|责任编辑|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 5666, 868, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 6534, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 6572, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 6649, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 6726, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 6810, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 6885, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 6969, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 7038, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 7123, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 7228, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 7325, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 7430, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 7501, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 7572, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 7660, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 7787, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 7875, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 7969, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 8055, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 8134, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 8207, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 8282, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 8353, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 8439, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 8529, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 8654, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 8746, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 8864, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 8958, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 9027, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 9096, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 9165, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 9234, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 9301, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 9370, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 9439, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 9508, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 9577, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 9646, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 9715, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 9788, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 9861, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 9932, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)', 2, 34, 10032, 287, 3, {}, (None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 10319, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>[^.,|()\\n]{2,60}?)\\s*(?:[.,|(]|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 10401, 385, 1, {'name': 1}, (None, 'name')),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 10786, 100, 1, {}, (None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))', 2, 34, 10886, 223, 1, {}, (None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 11109, 96, 0, {}, (None,)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 11205, 998, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 12203, 999, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 13202, 529, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 13731, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?\\s+(?:de\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 13758, 3035, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 16793, 3220, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 20013, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 20039, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 20632, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 20872, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 20903, 77, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:T)?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 20980, 1521, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 22501, 946, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 23447, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 23674, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 23772, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 23951, 81, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 24032, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 24270, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 24524, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 24714, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 24952, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 24980, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 25160, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 25352, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 25558, 32, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 25590, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 25811, 493, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 26304, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 26510, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 26538, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 26558, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*]+', 0, 32, 26590, 162, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 26752, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 26958, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 27244, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 27440, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 27494, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 27518, 43, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 27561, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 27579, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 27596, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 27625, 124, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 27749, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 27956, 270, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 28226, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 28242, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 28258, 44, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 28302, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 28403, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 28428, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 29277, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 29385, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 29399, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 29427, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 29488, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 29600, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 29727, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 29848, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 30122, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 30256, 137, 0, {}, (None,)),
 ('\\s+', 0, 32, 30393, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>[^-|–—:·•»]{2,60})$', 0, 32, 30409, 236, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|creado|edited|issued|posted|publié|update|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 30645, 3039, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 33684, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 33904, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 33925, 58, 0, {}, (None,)),
 ('\\w+', 32, 32, 33983, 16, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 33999, 55, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 34054, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 34277, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 34334, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 34391, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 34448, 40, 1, {}, (None, None)),
 ('^.*?\\bby\\s+', 2, 34, 34488, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 34518, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 34619, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 34643, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 35153, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 35177, 24, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 35201, 21, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 35222, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 36066, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 36257, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 36503, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 36581, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 36692, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 36734, 713, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 37447, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 37504, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 37536, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 37688, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQuYXkWVYN3/2Y/0M29IQvNOII9OIDxCAg1kDYzhDaLEQPrxp2PSr7TdCYloogOCCoKLzqe77jiuzgxgUMTP5THrCgyS7Hzi'
    'rCjgfMsuOOAqziw7Lgy4ovZ2/fec3POfW3Vv1f3/vzvdqcvXVP5763mq6tR51TmNQoiM8B+Zjo0/c8fTTnjnjf+1wL/z8Nc8/nfS'
    'M36aOSRE03h6qeLb0y/43y4i3y65xk8vu9r/dp7i2503+d/OJN/qLg/yyG/LyLd69u0U+LYYxiHTfuF/O458G2Lf5sm6SDlZ53KS'
    'B3/LvA0k71BM3hTArwXgKduphXcS3g0A+5rxvxkE7q1QJkXKePCblqljc5W2aEPCIgv9XQP9XUfeXbTVf3cOefd2wX93Bnn30lP+'
    'OznmRoDDNtKmiOizLNc2/reIwC0DYxBkLKmYsWfJb5knR+rjeT02N6bwaiF9M+lTC/RL7qkTGdybLNqV48jBnmlJUPbW75WOtxX6'
    '9D6Sz7Q+3Cf4m8J6DaTP7bGvtwXqsYFtvkKwlf1NCtuaZ8OwRfhuEMngUEPwrQqPrYjAY4st8NhCCzzWCv2X30bJHpfpMOSpJf3a'
    'BvNZp8CDtQRGW7xkazDH5mExgV8d9OM+SHm/RyDthr7Vkzy9ZPyYNwmukO8/CH1JF1/GPSlvOj9FwCwWZTyZ2Bw268fkPJXrc1bM'
    'ulvD6ozDW62wnr40/vchKNcJ32T+U0PrJnVUP3R+/zg2llfP/OFs+5OsLI/sdYqz2gk+28u+LSF4B3FFAeYPz8MPQ7oPcBzWI8vP'
    'JziHlqd5mgk9tTZTWveFGT/90wVB3WsyYVxbr1m3S8h6LAfvLrXE3TmgiTwYG+U/mgDeF2r4jh1dfvr33QF8+Dfv5tKzqAij7tJy'
    'Kpo8C+/q4LtH6G88Q4r8CfAbb32stD3alw9f5ae/6gv3BfmVj94d7ksaYCDn+WRFftrPHOtnhvXzP27y07MBLv9nb/is62Q0xJDi'
    'rM6yd6p5w7YXsvlaCem5IgyHVZC2s/pVeFP1Dum0OZrvzUAnmeJlFa3Cx5qFtY156RpFmPZAOgjpbqjzB3CWyHcDBP5x+KKHzdVO'
    'qO/bwDNFlW8Gfhjn1oauXU3mh87TvQTvbSV4M24cBSj/p4D7EA603Idw3ZByO1haiCkj29iumA+E382QpxPOd1r3oME4hgza/5Px'
    'v2MYjdzJ5r4XyrUZwo6XxfPpWHjXZQBLSveqxqsqMwBtzR7/m8n6M8LGWCD8AP09yngUjn9xP1H8tojgN/n+52R9yj6/BGVm+jRS'
    'OpPNHX7yuVwN/rs2V1efm9HQiE9Tc+MkPS3yf63VqLkImN+OjXnF/wfPODm0X6YP+M91132jmP50ycqTLj9t2VVvXHH1dd994IEl'
    '8Pl39972wJjB8/i+7y/2ROZfxv+5T1Y9OD/AKH5bf/TbeeDa5x8gj5y5/WOVemSLHS9Hf/efJ3Rf5+GvB0LPr79Pf42JsSfG/+T/'
    'rxuT4xTF/14Z/+9fiv8ff77/5rtQ89jYO6H28qJSzxbFu2L7bQaFa0xaUMEw4Gn52TkP3tMzpYbkQRoRZQm2vH4z0EKqs7ie0KMS'
    'wpexM3m2Bh91krMBcTClwwcV5ZqgH/Ms8HXBsn4qV47Lq6JhdbypCrayjruhnApGfQxWI+x7D2lDV/9uQn+YzkEnaT8OzoMJx30V'
    '6Zdte7SvUWNK0q/TgS9Lur4mAnZRfADSxrj/Hoc2kKfKQL1ZoNvFASG+9mIyGSnnDdu/6af3HPT7eRnhhR57zk9n/MRP/9szfp71'
    'sN+KMHwSZOUH1fWdS/IuPBDUo8q7nOS9Geo788fqvCeSvLd8G3Ro0JfMwdL+Iq4t5v2Rn/7+ET899LCffv0pP330uVJ+T777LvTh'
    'ladK602qo5oLfJxg/PI8WBseKY99OB3mfhnRzTSyNdhB9Ay0jhzJ3wx10HLLDcstV+jMbOQgOcIXvwfWkY0MZarAJgk8dPghrcAP'
    'r1qutQUkXwvh8zcxXHYl8Nqbyfg3W+IXKhvjOHITgU8r/LsH9mYDaaNtx2HyqUNFijUq5ojKnJDP3s54+ByTWxbIv5E33EJ44CEN'
    '/3g9kS/2GvCCW0Wg768n8g16JnUxWdL5pB9djLbBPKuhH3Fn1i7W/1MJjDpJHtNxzCU04ohhORX8typ0yohX5iKPymR1su4LYtZk'
    'g0KXrFuTm8vYs/vHX6zy7GjyTURnm1fMnwp+/Wz+0p4/HtNynUxHh7TwbwBWdK1vY/TzCPkty7wGuNZEpkNlJiNMpsHp8h+BfMtE'
    'rqKi1aLyYhvfJftva8w4HyB7xERG1EdoWFn+3wEuLWeOqBzpkxWqD2VJwyArku/Oyfjp2UxXcj7oSj5BdCUrIW8HpO2QngXpakjX'
    'ZUrrXg06lmvhPJLv1se0dyrsoaJNDXy7dYGf3kby6MqjDQ6eCeeNgj7jSv/bSvLtS6B7OG63/+008u3AE2Cb9V8D2hNpjxGgNX/7'
    'N376BOQ5hpT/4/v8dMOw/20m+Tbn+tJvM4h9kCzXxOyNZH6OL/MJzmqKxy4f/9so7PEY1RFkInQEpvXSubwZ0hcT6qjj+lQOvHS0'
    'Wh3UkQfcmEtgJyVizvO8IR7oJfiD8rqjjIY4DvRP9FuXAU3RTfB4XF+6YmQw2D+uN1Th6WFiV5PX4G6qqxvQ6JU4vUH1WC+Mv9ij'
    'OEOwfBxs+jTy/hGFvJ/K7tdqdJPHxrRZqbUgceVJBuObqHUyS5jROQOs/CDTWan0spvTPq2PtNjRtOfyEetuIta87M8fUslwJJfX'
    'xckTZbqH4Ri0EzyN2fu1HSFrn8JJ0hrHa3Siu2LkmQOa990KfSYd24DGhg9tEOW7u1K+Lj3JGVdnCOe8gj8Z0sj3RxTwquYcUbjy'
    '84fbEdG1NwPGtcgCr/WwtTGk0W/3aN4jbI4nvNtONuedFnzVCNlX/LwdVPB5HCYNDH7bI8pyuw+TPsbNOfJAL42/+/uEOIjq8JP2'
    'ha6LRlgXc9hYhy3kLN0KXIz6t1YDuIxo9hbO80zoqwp3DGjwfRQuadLg3aQwbDakHU9Q4MRdGtuiKF6/k+GFvgT4oeUIPXui6i/q'
    'XMf//W8T4v9WNk+9CtpBR/9FrdtOzZlA4T2TwHsu7A3at1mas9AEL/Zb4M6CQo/bAnJVtPE/nvVtDiljQoua9oXiVdqXudCXKNqh'
    'YMGbqNbRRwC/JMHBVIbeAmWpbvNUJpPjOIfWwc8eLs+ja2g+g9MxpIypTHcHw9GqM3RXBA1/bASOoX1bAH2q19icdSr46uYEtnUq'
    'OC2MkZfUKnRbhYT67Eqcb/OqdP7q5B1x56gpfThquBdpu10auxUuJ5E88hkJ+bMexTq2ganpGuyPoDmoXGcZ6IqTyCN1Nq187kzs'
    'R1Q8a4+hLbVHZIzry5AxUpny/dDmUngn+/PcSYGusJboQnDN4l2IJuBlFmjW8xDZY6b0SC/DVSNCfycO9Yd7ga5DGSJt435I5Zio'
    'zM9WppyJkSnLfrxf+PdDqwmLJLp/LlPkc9+smPt6g7nnsrXWKsE1zj5CjumGBPsh6l7uYqLrqIStFdcjzSff7gE90g8fLb03WtQt'
    'PeinXwSbpXXPh++FfPlZyPPD8myT6PjXEds2pNc2A95B+FCZvW6ctRHj5HJ4Gx3UugR3sPCMmkXucuF6TqILmg/7jI9bpgsO+em/'
    'HrAfV9SaT5E1/2iF13zNWDC35ax5rsM8UaHDXBShI50boSOld8bW9/jpzpvCa21hofRbOXvC7k7ytH58MO43uFisewzK8vt8cl0i'
    'rqHrFdeNXCMcj+TInRi532vHgj0m/11J3S/dk8sS7kmdvZz8dwucAa8cqLwd02aQO1A7W4nLbHAW4rq3/rNf5yXk/gL9Vs75mYF6'
    'rn0hjAeufRzsew+G8cD7nw/GpqMfFwAfbztvfHwy/fzD9nbg9YwXTnInn+erM8zH+bcdjG7tN+CzOM8cZW9Z7p3nbEJYUb53jwVM'
    'nG+BifctMA94DTo3N1qcwalpfggXAbtFlPOkoj5yO2tJjz1HeK4WtvfcHnJ7yO2h6D1E70fI/fQbr/ReRorJaOZb0iFLLfKjvddC'
    'S9qgUyH3Ny3fBHoL23GdYjkuLpNyuMfhHnd+h8/vnDu/3R5ye8jq/EZdc5L7r3PhfKL11bCzW2cLjr4fdTwxlT9lCe/dBOulRsTL'
    'JNCHGNVVDWt0WHE+f6Lu+3fH6K2jbK7Ksf2jfRrS2D+8mfJ1xKb9GojQq5va3wwr7mzROncp9Myyr4dIX3uFuS+9bhH2QxrX14LG'
    'bmDAsK//IeXTm+hvL+6eWQe7Z7bawI/fBQb1rmN5zoQ8Hyd56B02kztocnyFlH69R9ksm9p49GrWGdqu/JuUfy8W7+TReldBv/dX'
    '6F4dzovKbpHPi0lbtM8meTeSu4Vy7LmUr1+yXf/DFnt0UIM/uG3pq17gH61Hcb9AZ/tB9/8vIX2V2Y3+0AvsLHYnGMNIzN7la+oh'
    'L7BtM8X7cTaOqnb+jLQTBxtqfxg37jcZDrrFM/NDFGUnFjWOHi/wC7RbU0dPAhstrH+jF7ZPGxVqn3KDFra8ZxnUO2ix3hDebV5g'
    'L87XxM3kfdSYm7zAP7eubwXNnQNhUHabZh/Tu/EmMMG78Q0G46W2gS+K4B72ROFt2e5jBHeb4Fw8E9dkysf36Me53gBWMu9nyT2a'
    'A3f66bvg3/VXHwWfpXcHfjIx74l3leads89PPwd5bxZhXx+cHhxU5OHzvpXk0dE/m4k9zzH3+Om3PgP6yWuDu/F5zT64jOgzP3gF'
    '2GvtD3zp4LcXIB7Ilb3+twvIt3fAjuI9HwnfjX8I7ChuL4Tvxsv8tD16N57D/0Rqt8HgvYB8u/7W0jpnk2/zPl36rZH28zOl36it'
    'Cfbd1ue8SWyGY8ZKv6vq4Xaa1NYuCT9GfR6lReAjZzaUaRKl/gJvMtCd1lSAT7TFxdWaB1PZFdVVZUn+FJPLTxbMVGfQVIdZ7STA'
    'LIrOmerwzFcZnm7tJYOVCS081eGZqRA8VbY3UxUmMyoEk0rKCKY6TFsqBNMjWW471eeooUpzNJFyOrdPjnydwVSfo2yF5mhIY1vr'
    'YDM993Z9FWBTSXn9VIfv3ArD92jSj7u9VV0d1VSHb2OV4Ftt/flUh3tdBeBeDZ2okyMl131OddjlJgB2TqZrrmt2PMP05TXrKgSb'
    'StusOBnvxNhqObrx6LN7dGffxM75VId3U4XgPd1st90+mhwbQKcTD9vyOZiEbRgdTMK2mw4mYZvVqQ6TdIVgMh1gUan1Qe2WHUzC'
    '9toOJmE7dQeTsH2+g0n4XoKDSfg+htNZxN9RcjCKv5vldBX6e2LTic5dQmAj+zPzO34qvlk9/5dx9VG/qDK+9hmavnH/q+sPlu8f'
    '/DbwjX3yo2H/pp+DbyufDPs3ve8hSA/o/ZtG+R29EuraKSY/5iXCZKZQ+xvjPkj7hD72Gd5xXCDU8Zp4zI0BC5vWYU176Ec2yqbc'
    'xAavTwPXAaGf4/tAH0R9suN95O2a+dkrSu/aon82ah/M7dzLiduh8vlO49XgnclWxfhtYtLIdlaJIJ7TSBlzgfUtmuC1pIpbukIE'
    '/qXrmH1UH7EbjBojlqX7cJYojQGaJP7NDsUajvOZXQs2mXNJHowN1gxjaSa2Mt0iHJsCbbv6SV7abivBLfQcPB3SZWwv4f6hZ0tK'
    '6ONT4DqeC2XomcPPiTWiNBYHjVcd1wbG14iTHdG4HqeJcFyPk0V8XA+Kx6oVxyTJXW0O42rEMrH16XW2gs6Ii2mCPmJs6RO6fpch'
    'bdJmr1Mx6WOrsI/noqM50Rf88gRjxr17DNmba6F+mW821iMLXyMEISlDD6VRTdvPw/poIOuo+FwV3VbRt40I4tF2Ks52bgeeZB/F'
    'nbejhFY882+AJ33Y/zZAvl0y7KcXg++IXkILdEbQJSa27NuE2v/J5WQ/chvTuHOMttujsMc3sbWJg530PXucpn89CWz9+wzLUN8W'
    'JvEn0kAzY7x4WdfxO/30wYKa3/jHz0IsjLvDPEX+U376hzv09ObFBKeivBD1mUu2+3nWiMDv22Ssf93aNKUlh4U6hl1PzHxQ+dps'
    'xd6z8X+McS8OQGyLpwWJOQR8YTvEnvjnn9jVXQPxPp6AWE0PAr9XRGiHSnnPOx8MYjjZnAmd5HfYj6xBwJlp7sNUeOzgiPRKavpk'
    'Ss68op8vuQaFWZxjmzX0AYiv8t2nSnmKOg1vn9esPYp/RmDN3f+MvUyD0sMY7/cvD9qN6bZDpXHKNpRR16HH/LQZ5DNnkv37BOzb'
    'fwD50pbH7OrGeD0CYLgQ8D/GfJXfnnzCTx97qnRs9z9eStfQWDkffUSdN6WQVer85WRhDVBakPorWq6RK5ryXB6ph8IsykdTUt4u'
    'STsZtt5XQnquCK/3VTifGr7IlD/MwjcRw3vcnLanw+eCvEPFey2Fft9A3i2Hd9eRd7fAO5Q5crmS/HYp4d9egXfrSf5RIguU39aJ'
    '0jjVKnqr04DeOh3Gi+3G5T+O9OmMTOmYMZawSgaw1BLuyOuVw6N2srWSY2vzpGcCWgPngH97GuJuXUR5BrDVuuxq/9t5im933hTg'
    'PfxWd3mQB2Pz4rd69u0UxVrpV8zBEPuG/ChdF8tJHjpfDSTvUExeehblLeYB5VA1lvin1pJXzRJZE+4PfHfR1kAuju/eBr95Z5B3'
    'Lz3lv1sOuB1p7owBfmmC/beIwC1D5DamOC1LflNZwnJFXi+hPKmFyEJN8Ww97KkTFTICmz2du7o0Lr1N2Vu/F8YHsk/vSyBfMdEV'
    'PrcnmdxmhiVsGyoEW9nfpLCteTYMW4TvhoTyq0aCb1V4bEUEHltsgccWWuAxjDFMz1Tq34XSKPhNF4e7icBoi5dsDfJzcjGBH+pC'
    '7yP6AZVvNq4foDKD/jJlz/ZxYFPTPv7GYSF2mTyq7kliB5CKoX1nGepoTPFWqwh8Gn+IyDzQB6yLnTPxsXM8stcpzmon+Gwv+7aE'
    '4J1+C1nhXhHEAq/V2CnsJboppKfWGtyLWpMJ49oWzbpdwvQ2OtutLOBHxGl54FWWwzmkOpeT8uYryuS5VzBeeuEE8tRNhDewKcP1'
    '9io6lspBVjje3PHmjjd3vLnjzR1v7nhzx5s73tzx5o43d7y5482PSt58BsFpNYxXXBOhO89DnQ1An80BmK6MoAm5/n+VovwZQm27'
    'T/XpvMzqiDaRv7c5ozOEB6FntKk9v+z7Hq/0rFb5cMW8A17QVneCtm4k5QsJyl9Oyu9OUP58r7z9styLP8dP9uLP8QVesKd2WPS/'
    'kZTbblFOkD5tY/cSMM87sE/i6uxl5V4n+KHbok//HWyHkt6ZoXUdIn3oNyi3A8o9TsrtNrCz7IJyB0g5m/X35wTf6vbYF0jdQxZ1'
    '3y7CMfl43R8jebo1eUYtYYnlehVnCa/7RlJ3l0XdVyr6XWB5Nihgy/OcT/Ls1uRZbXAmLk14Ji4iZzlvd66CnxoRpXce6fhHFPyO'
    'jl9oITbTdZo7Oaa85mJylntAm84iZzme661l8lK2Mse4GPBoA8bt0xpYux0i+v5sI5PhqHyO6tpqrID+YC7QEyr5GfLJjYp1NizC'
    'sSEfj5DRxt15nkvG4InwfVPTelpF6d3M4y3s0IeE+T28AtsjXQr7dwmLr+b9OzVJ+hDVDp+H2/O+LNi0nUqOcVs+uMc2wO5v7Kpg'
    'O5fng3siPQb1dlew7RVVmkfezmwCy62s7C6hv9MaN056Z0e2824uuP+tmjObtfcrUleP4oyzqet5UhcfP4fZqFDfo8V4vk9F9Kvb'
    'sl/fKgNefI6/rOjX64b94nV9qowx8rp25cxitxcs1zauuRsrAEOs671lrDle1zm5MO5U0V22fk9l3iugzErmr/UKoOHmT0LbG6Ht'
    '32WD2PFJ9lqRXyN1DCp4Qfpet7d+RurYLtQ+KeL2+kFFP7ot+/GfLOBR0KylvzTox2jMPvx81qfJouBhc67i+D5G6t3K8M4uYR9z'
    'Duvdpqi3UIF6r1bAYVTYxWlS8UZrE6wVPkenG8xRknN5tqJvo4brB+vIkL6t1/iH5j68KX5oh/Q8hqveyFS2XsRDPxtPTxBmvsbR'
    '1kSmF2cq5x++uP8zvv4wzkf2mgri/y9NYJsI71tgHk39fK9h86cby9YK14v9vTIT6IFtzocmWBO87Gsi7EdGhX/k2psl1HGqe4XZ'
    '/XmKdxYp6usV9jEEcZ/XkfquyKj9t6v2T7tm/t5OV6Y+nLd/TAewxzwXKPzWq3DNTxKUxXafTgf2bxONT2T7XydwXGfgcz8OR9xT'
    'ofoO7/904LOqX6OrGWYyysF0qY0hj89ocibLejZHtD0swv4sivuflClE7Fm6Ny42aGcvK3OWYoxdCcZ4EqlnO8MbJj6rsD+tEfX0'
    'WdQjFOPalWBcb6TiYfpL1vbPU2H/aKNsDrexMj+NKNOnKXMwFeyRtZkwXrKlBb6TCvSY/ezc4HvjvlQgy7adb1n+ixHl+wzK3wHl'
    'k8imZPmbyVh1c4R0b39E3j7Gk3UpYNgpSv1a4fxdr6hXxfPIvBtJ3ig+pnj+p8I62k7N2lfZOK/UzI1JTExZ/viE5XHPtaTC+nTk'
    'C95l85iLyDvK8r7rqeFiilP+yQtwStL9Juv5B2IvcA6Uv5zQHvQc/JFBXjzj/jYiL6c1HjXIi/U+6Pm6ikrLa4p+rIheXbUHZJ67'
    'SB6VjELmudUL6xxfY/viIySP6jyXeYa9Ut2tyRqR5XoU4xhl49gUkQfX/tWKPlL6u2in75nZGVDcV7TTJ3UPamwYVpE8Knll0WaK'
    '5OnR6HfbFPPB+ZS5EXn2EHuN2gi5hcyTjegP2pT8XqHb5nj+TRGGfRfr868VeXr5+U9026Y6myL9r6ib4/a/E+Gxvs7qeVLo9wvO'
    '4aPCbg0hrB8Q4fngeParZPymPJUsdy8pZyprkeVuI31S4eUmuINUG8FbNcH4dfUg3twekedcyNNJ8qhwtszz/og850GeKwg8THm6'
    '4vmvmNs4fI13QWZXUC6D9hqNlnwctZm0kauofACr7CKWW9hMTLQOfzJ8+7i7ge5uoLsb6O4GuruB7m6guxvo7ga6u4HubqC7G+ju'
    'Brq7gdP7bmASW3tnX+7sy519ubMvd/blzr7c2Zc7+3JnX+7sy519ubMvd/blzr7c2Zc7+3JnX+7sy519ubMvd/blzr7c2Zc7+3Jn'
    'X+7sy519ubMvd/blzr58utmXewb25Sa230nj2MwFW1hqFzfDQnZC/SUOiNL449Rf4jD7Rm3ARhhfye2RK2Ff/ywbI8fpg+wcpH4s'
    'uXwXcXGUH0sc52pFPdtIfdyP5VZD/o+u27i54rbwzYblOG1AbdvQ9jvnbJEmzRap2vdS3H0Sd5/E3Sdx90ncfRJ3n8TdJ3H3Sdx9'
    'EnefxN0ncfdJHA/n7pNU6z4J3XW1BKdh/KZO6Kcga7eW0F+Y70Lg8yjtpWpHwvlteP9xEfh72Mn2VB/MQRZw6lTBmmnzJ2OFUzV7'
    'Q+I/s9WvzzmW4GlS7K0GcsYWd2tH9D7F9TRE1pOb9/C8K+Z8X7lzXsl5L8pzxv9xjefP5/8kvJ3b10ffvraliac3RezPc0aU9Zxg'
    'Qts4XDo9cGmK/KY0FOoPMsB3497sgXnOJKSJJ3Jjimo9ftVpk1lM8qjKezG6onrGo+aIHqKZ4FOk1esseFtcA8KtgSN2DfD9myH7'
    'Ny4mH/JyWAbXjRchb28w4L9M2s6AfkCI0tiHdfC9hvF+MjDo115Uy/d4O1yuus4iP8ZAni2C+1dLWD6672YRuTUvo+KREWY1pH0J'
    '+zmgg11F+G0xwTpaG7lpA7Q9B3RoK6D99d+214MksXEpt58/fca+nxnLfqLOe36ZOoVbDobjSy4Xaj3Miwlk4Lj/ZP13wJhuhfHU'
    'iKn2eApZnlwxmezh1zncWVVo0vRJlV0DzJzZS7Mu64vKtfYSCEUbwJ6irrJQjO5iyj9zM8hrRD25I25R7k9asI0etvZrIfzUJFuk'
    'TcBvI3257Vr/axPofvH9ynuC91c6m7yK2eRJ/O30OZOjz6Fxt+UZu8/ZsB01Nmy8DwhrZ9/m7NucfZuzb3P2bc6+zdm3Ofs2Z9/m'
    '7NucfdvRZd9WQ2zVpqIMX7Y1cuORI6sv0gi91ZfJ2/TnFwUfty1OQJ9Qeq9mLNgDOKczIF+a6ClmkzVX1N+Oqevj35FGqEsom3B8'
    'rONjHR/r+FjHxzo+1vGxjo91fKzjYx0fe3Td00rDHqqEn5E84FhZ9hpyrhTHwc6ZByLybmR5v0LgxPMOxbRzD2nnUkgHIO1meW8j'
    'ebEPI5D2sLx7ASby3cWQDrI8OwE/qPIMK/rfRNqhfdhI6ojyFSPLXwv8TzPojOkY9sSUpzbEqvHHtb2anMsbmW1FP/uN9RZI/UXf'
    'vmQONrCyXchDkr2VZ/O+gdAdebZmLmR0gHy3KBNO6d7KoC2qCHxqob0orn/cKwgP1Hcj35WDlNvgU5kS8jZo+yv/1hIrn7VQ38nw'
    '+3hR6pdPF2dhD6MfbeJQU9pvhOEw9CG5ktgSROVF/oHC7HxRahuA834BlLtZ0+YsRZsFRkP3GLTJ70PUENlM1DzIebqL0CJ8T6xQ'
    '4MNtbN3jmsYx7VLkxb3RyfbIDpK3i+GVHrLXZd4tBAeNaPZgH2mvCfZLPetngZXphLyXENz8YYZXh1l7Q6SOJpCHNrCyFFep+ib3'
    '2UwNDuln7fQx+I2wuuYT2cYQWVt5BtthJg/COaK26nIfnKVYW0hLeDFrBXEKvRvN7z/T8nJ9zoL17JG1bbuWK9GnZkaL0zt942/T'
    'kp7T0XSewl66RSFLmsFkqLQ9KkNdy/Y5lZG3xoyXw3A3tI+wq8OyGj4uDWlmWnN4WW/sybG7qZ3ry/IOS1v5RsyHn46Y0r8Fw7jx'
    '5+W0NRuwH9fWiJvTaTWnuG/3KfZtfhrPcRae6Fw5b+z/ldw03T82GXO8Tz/Hpvfk4vb1LW7Oj6o5x31/k2LfOz8BnifOOXx9P7hf'
    'YvvE4GTnm2HiYW5Gp0bMgXRzkJ3euoh2potYzC7hWT+tUR/rrHUZ4WdGO99XI25Op9Wc4r5tZPu2NhhQZEMhHjsmv87fR5SO/3Ry'
    'j4Z+57queSK444/8eA3Jo5KN2uqA97A+2OwHuydFScPqPhkVF1aGz4vFyfSupoo06zvhzeZfoux6VOvQ0XsGa2JlORNYc1VcDkfv'
    'TTzMUY+E679Xsf4zCXDiNJubtAHXGvmkkuO2kv3R4+bkiJoT3DfNOrqrvbhj9+vOvxlkbhsSlFPt25RbIyVrJNWR3G9GJn4N7Xf7'
    'durNSV4EvsE4j2BiZ6HifWSZXwi1P0ub+U1Pr/nOlDvfcSLhSqyHDPCAuDa2wzxutdi303wei/ToramQ6NGGIo32DfsX8fyizR4t'
    '/h7/x92qPTnlHpXjplQ6Mwk9abYhlpqNSanQSKNkSWibmWoPvmeI2K1c/I7xVHeydl972E8/b+n3z/G2ClxS3jKM9TOtOrP1/G0q'
    'fTQ/CDNuV5Xc86z9E6aT3ZxM9pzE6hUi+qfUK8Tkj9IrNDD7YtQJNDHdwE0Kua6WP08Xf9+nOqJqmPy4IUG5qPH8ezaeP4NydUY6'
    'OUlZZ3P4Oz+tToeaIpg/+2LRVeg58DcO2P02tOYZ661WepMJF3KYdNwSq4efF0kZxboWjbGBSTVHH5+c/og9/xLghcm6y2VRLF1p'
    '2nesok/M+efmZNLnBPfN3Yp9A2fBOC5OwYRlYoXK2VwErPJHzBzF49lUakJmyrYO25bDX23Kqb83KejaO92acWvGYs0g3ul09giT'
    'ohuvAfjj/r3RwX5SYM/tE5AuyhI+qpHxUbXEzgfjdSxn9eLdrA4iZ6R15Eh+bisk75a1kPwoj7StpzWGP2xhdUl6frawuwfH688z'
    'uGUY3GYb8NR0vCZ3fm3qboS8FOdhPBz57GP2XKpvfMwpEfiPqyO/o2LH6uIhoRwizeQQ/D7jK/I7gwHmw7uO8t9PCD8GpU5WkIY5'
    '2+JkyGo8tP8wpwxstpWMQMI6EycVkPM0S6NLoLqBZZDObAu+qXQPJnrkbQnsBqb5fKfLszY10BUbVNUE+/wyYefDBO9/87vnp5Fv'
    'eKcc/XGdSL7hXXyM7bGAfCuI0nv/sxXfsM5GRXsjIhwX6hWh9l1lguu5PTf1r1BuPXzv3K6gj2v8DFpmI01jOE3qU5UAQxahlKx9'
    'H7XWFD0xnBjmlQyIPjMzj5rSjDWJxKOH8e+tbk24NaHgq2sY3ijSkD8b7/PLwdrJKt5H0es6vNakoCuRxk0RHmKTKPXtmyd8wyZR'
    '6mdiMeDUzYQm3wxtzRSBz6TFMTi3jtH1SwxoFE8EPkhUNOl0pztN7s5UK3Zz1BrEOdHxxCb8F/Uto/LpJgf1NslnurZs/ApL8jnO'
    'Fx76ZkLfVDQeHPpq4vZDUXWizc83RBC3ql9Ex3Sj7XH/oIWE7X9m/O8Yy/aTtLNTBP7ItzEY4liGE9Z9A+Ag7uc1SV0bYN1Sv2To'
    'j2tPwjpXkbHzOICY7khY97HC9zuki1XI4womacOWJqcw6yV9oj4pr0v5sK7GfkaeAv0dH0feoX/pYwhfIn2CF+01DgTn2eHYdQcD'
    'Pgbf/f5QOAbCggNBfN4kPnipj/rGlO/3sJqwQT/Sq8g79NtNfdbLdzL9yudLfdbLd00fLPWzfhz5Jv2xy/TeLwR+qrGdJR8Iw/kX'
    'hTCcZaxODmcZp5PWmyLCGPTV/188Xy4m190utieGLdaxLfxN+PJ5FmfNDhGOs0nxUkGUxt88TwRxvMs9S2i9J0O9cf0esewv+qOj'
    'ZTne4GVShDdf7/m+0uLGiTKQNoLH6e/OSVwTUfkamX1wjefHMqDnXCejSwpTZCzPC99nHR3Lz6dI3/9K+Pc1qoEfZonAh7JMz4F0'
    'HaQXg2/lGsSz4PP11gV+etuCYH8sEIFP5g1Qvj3GNzPi4BlsX50J+T5OfDivy5ifdY0J4EHH3Q7p2Zpx8P7JfkncsIjQHdSXbMEC'
    'nxXI2aGjCyltswhgT9vdTnCjSbsUPw2wM2y3UMcr0OksVbxTlN/3U7kNbQdUqYnlbepP3oZOiYvfsFLo4zecRsrTeBQ0z/Ekz5Am'
    'T7Xj7HhEPk5lQ9wOWAVLXk7CM65cUj8ncTIoG7pzKdkj+O48EfZlewqR4zeQeaF6BPSB3sPmjbZ3i0hGj1djzFcpxrxRMeYNiv5f'
    'lAAOqxVlRmPKYEwWWob6TaZ5FwIsaF6OC2cp8hRYnnpFHnnuqXDcZM7fFsX8bVLM3/vIu0cUc3/XyvDce+3huV+hmXuK1yiNHTX3'
    'Oro8au7p2Rc394sN5n6xwdwvrsLc5y3nnvqqR5/MxzOd+zKQIWRJfWlRGrudpufDWMZZ1CJvj/6ho2iBPDlTuC/8PgJP7k++m5yV'
    'cbzRkFDHDmph8lkTv91R8FhL1vQpCWQj5xvaMiTZ34hj/0DezWrz3/2WvJsJ794kNl9tbJ7boK5fK/Kc0Faa5+ewRyn9FNVnWean'
    'UnZD8JLNeFstaF7EL1tJKtv/FpG1DjMcMaSQtejoaFnXl4V/qVIlVx9WtBHX96EI2TyXJdA1v5fwXQVSJm7vjCj63ASwmm8h5xkw'
    'aIu3cRnsUYrXhzT8yYhibMgfHcfKYl1dBM9E9S1ujNs0bS8E2bXpnFL9SxysOkVprA0exyAKj2Qs8YhJzCGTvVlOnF0Vra96J3UQ'
    '6xLwY1E2ZzaxWhdOwphbmR1QXD919r/UVm5EuHv4ZdpQCmZDWTmbOou5oTJomzPYlAbxLOnUrGV5Z6cbscbaDoM1gZ3uvNg1xvHU'
    'GlEam9hWZ9pC8ndB+bUwt5uBD3HzO3Hz6zEeKFuh/bpGQ5MOW9CCv1LQxs0WdiQmdCmt7xX2e3uE/YZc+/fW+/IHyj9w+5ltTK7a'
    'poALfZ+UPqVtdlrQkG8yveON9YHuLYq+nuixjFjwDjiW0+uD+HSDFrKCXgudcieTU/RpdK8TzXf8c12wB/eytvsUMi+ab0ShN6Z6'
    'eq7/7qzAWOLgXVDw2nKcD5Nx/o6Nz2TN9Gv2J9c3Jx0zhWs5+/LmOj8mqnx3AdMJng86wU8sCMNSFZP2PNAtrs6Y6T4xL6bNCltC'
    '3geZdyXR6Zr2dxV826/pL+3TOeR9MQZ7nc9jVWstVHIN/BLSVwl+kmP4Y63PA5Z7vtH+U/kLfd9niAspviso6qDy2R/V+npJapPE'
    '9+7bCpmbTm5le15si8FheF/n6wTORyp+i+r/SG0p7RFX/3ACffxEn1kX1Aaxck3OKNV6fC1GJjqs0RH1or621u9/JfefDV0Ztbfe'
    'qfHlUnE4u93Qdgbz0jYvIPY3FIefx3DuGmav8h72/RzAyX9X48eJrvaZ2qPB3QUmI/2rCe7PoGYfY38+Mcn94fC5scaPExx3Xpus'
    'rQ4LOqOdrCvT+nGtdZRJX7Qb0inFO8s1gS6ncxLWMeL/t/IT04/BmH48lw/wZcHirKHntenZOBBDz/Az8ht5X0dBcWlngnOQ3zcw'
    '0ZlttRgXnn/78gHtdKTSfsU7DfkAZ002jVe0kcuHz8wk85xUv9iSr47MwxQX/CZX3fbjzowfT1L7OP5v53zb/YmmWWmfuOzpzlyw'
    'l49k+UlXzr9hnMQmoNI8zQU5317S9iwZUaxLzvtHtXt8LuA7JoPmbwKl/QoDmYoNfT5RNNGPs8G8TRSNL9v9zgS3izKaL2RL10s1'
    'aIPXY3jBkaxve8/tgWztnkxx7PuzAZ6YbLn+6mxwzzTJma2T7RX5/wrWzfudz/q/j8Q9Lvv3ciZYU50TsI/+lrTXxWDZyc6OLo19'
    'XJS9WoHN7V9ngn07GbyK7MMnM9XHHd0xcC9kgrvwSXCH6Xp/LxlrOThjbxn0zWmKsSbpQxw+bs4ENoaVOovi5uN1pP/TlRljd8x5'
    '+2KV28H1+b305Nlr/nna99UymbqtOHprlMxDh+be4FpW76UJ2tmUDmxvu9n+et1wX/xJ2reHnCj+onivP+3bF1WDjyj6gUsHtuH8'
    '/rap/uHwPQQCn4mSM/0iFbQ5EXYRss1DqWAtDWnO+NGYtfRIKpjXYc1cFSzkPxwuXyH1nxOzn9Yl2E+3p3yZ7WTiluL5nwr8WH3w'
    'WZCrHyq9w/GDH/jp0HfgTtxBP330Ob+Oa1N63FAwlJtdnAr8OCS5j6A7P5alfJv7avNnsq1W0hYf/64K2KdReL3jlX8X4n95vqws'
    'ykYkbn2ebaHPMdkXT3rBvby4tcTn+mGvvDstofPf82UKlZDDqeZ0VNPufjKOcmlyWV+for6kdG+R/ydzZLP2ZJlLvcD/SU8Mf4ny'
    'hrWkjIltZdH+xwvuBprs4T7dnR0v2R2yAVZPvRfca4yin5rAcLY+BkY4zn8V8XkL5H7e3CrYDMi6fwL9kN/fuALuthQCX0kyfQv8'
    'Fx0ieX98jZ+mbwx8Isn0uF6g/yPy8nofVuS9YK86718r8m67Q92HL0fk5fV+juR9C/xBPaSBwycj8nJfUh8heSXxJdPGa8Nlm2Av'
    '8rx33qTOW1Dkveij6rw3kLwFyHvPgHpsV5C8t+zy00uuUI9tvSIvzhvPe64iL84Fz7uc5G3/pp8eeALWMNAwJz8a+IHGvF99Evwz'
    'H1D7SptH8sbRRg0kL6ev5kG9sw+p7+yZ3scy8fPs7sqwuxR/Uc59rHnG97Hi5qYJzmB3p0nv57Wa9+ai7ralLO+6RPmtUfl4nW+x'
    'TvDOvs26OjZBG49YtlHOvcDGiHuBKciD94wlvE4A+mU+KcdtQGg6JOx9f+J9tlYR+G6gfkmoz6PdijTK5xFfVzi2Fss7nC0kTQFs'
    'hoQi/nos/kh7Xmaa44+lfMfb4fkZ0Rmsg62lZ3Rkn7gj8KNetHWAdY1zzXEJ36OD5JuIyIs82imGddO9mo7AZ6oY8UsIvjXpF/W5'
    'kra8M5oRgW9V3Csp8j0bcX8xrdl7x5D8vD4bvwFFuu7Tfprd7+/NGqGPU8P72wTf6xic0UfZOoNzayLG+NBnpv8YkWe45+CRNUb0'
    'I0HlN3tEqW8p7gObygG4v6Okd/d5/47R7Enq54r2N2m7ND6CcHSz8tw74epiONQ2EYTOtonZdUJcBl38txyhZRpEaRw4VWw2HhMu'
    'jveNmnMXE0MVE2OfUUyMlEFMjHkgu6S408XsLJ2D/VtEOU8kPcl5prlEhp0Rdj6X0U/bLhH2q1nkHb1wHh4frdULfIGg/U+ByLv5'
    'N5RZZ0jdtByNr/au0OdBO9n/K8JtfAi+/ZPQx4N7TfEN+/Y/FHWOwrcXSJ+6mC4BYfKsCMd+wzE9M/73tMNdDnc53FVCh7ZG8Gsp'
    'mCMVXVHH6Apx+fjcfsX/d0f7+L/bS+kKXf3NmvqbK1R/htVfR96XxEA7IMTXXoyvs5bRQjY+9z4O6QxRGgcix2RqA2SeKE8xqLkH'
    'Zuv7ifr9LzduB9ULxcVaQr1QrdD7tcf4H1zOp4pfhHF1GoR5PCIuR9wTYe9cyVhEsq4HU34M50rF0+D351VrqVMkjwlRztrAMV8Y'
    'sTaGmT79LMXa+N8szzLon6nNTr/GNgDrmy+CmBX9wsz3K9+XWPdv2Nhp7JjlKV/6mTT+CLfNOBLn+j0Wc30egbuJndBEzv+vE87/'
    'QMT8f3O87BfFxMYOMsEPhUlaM3h2XEXwN7cFH1XYoFGbBZP7fOcKM7+/qvViOjbsl7RXm604i5LasFGfj3yd8fU1Z7zMp0T5MchM'
    '7/YMaPL2Ez5xMmmS9YZ4wiSGmKyvXSHbped8E7TVwOiWQY2tXMGCfuF34xoU679TqOPW0DVyl/Djb+ZFYO9bbtwnzCvr/4BIFv/p'
    'vfAtzjaO23xvzARnCa6ddRa+Tlaz+3yXZ4J5bBVhe/M4f25XEB88GKce7yecYWFDrootlYQOLSeWlW0MDB2/JBLyS1K+1sHwA5ft'
    'jBC6MS9K482g/eoKEcRTeEUE8Zry5B3iBrRFa2DttCnkVbTMHBGO7dBC3i0jOike20EV94Xy5jbwukajT07F6JMnM/bWvMC4qAgH'
    'RX+KsikunxIJ26ojunLK/6NeBPNWwod7TcK1T3WNq8XE+a7HtVqt/BizdWEFxoSwzMGfbh2qdK5yr3xaY1NxLdnzgtj52MBkjbCL'
    'kdAkwjZQNvEG0I5jLpyDUbYiSw3OkbqE+0C2f4bCXoTiuBsIrXQy6+PpZE3ZrFtVTIw1EXaBurVJ10lWBLEc4nTvtvsa++uRsZ+o'
    'sZUwsclJxdhepC1xJI27RPtWqZgW5cDNZM2q9tRyyzVva7OC80DPM2VsS7SEW6zX7dP93MLmRmdPyXkkj9h8tE7i3GEsLZo/yg6O'
    'zrXOxsyE3swDLWbbX3s7zvEnnZne+sGsH94+qXIqY5k/DRPTQXiAODvyDeQu7SbL9bkZ+YgU+JBgdaQNbLFPTfk+VJph36nuTu4U'
    '6pi8Oj/BKh8fS1D+SO6OV8MGW2V//YZnbn/9quf3owH6Xofr4OjW9aYTbomSp6PM7WZ7Fsj5HPSC2JTLFWmSOm+Ae9QmOLpJU4e8'
    '07qa1KHaO1uFfWy/bYz3X2xBP6j88kfJnLvZ3p7l+f56VDDE/aj6pjszbevBmJOjQIMMafj9Gc4GNMqmpkNhhlGxY9Nm/lthTj9G'
    'aKI6URr3nMffHBLB/bg5mn2lkr2b+HjBWMQnC7XvFn6O7dHsqbjYEbzuuD6dSuS1naI0tnqbKL1rz/WbXBc6i8CW46GCQofYI8I+'
    'WcqRw5rcD7OljU3vqKj4r6WMnooqXwl+JSmPXik7+RmEDznXUM9tGpu0T2E3Y0PvrrGEx0CM/ZHU+1wvyve1Ere3uwz156Y+R6oN'
    'NxM/hT1CHzNYtYdxjXnQJpWTF6v19istAvNENrGN6E9oOqSRpX3YgDdYIoK79rs16XKiJ6+Ddx0MDzQSGmQW0cUgrdnN7KH7RWmc'
    'XSprvF8Bw/8PBWr71g=='
)
