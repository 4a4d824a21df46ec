"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?\\s*,?\\s*$', 2, 34, 0, 800, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:(にほん|日本)ブログ村)|(?:人気ブログランキング)|(?:応援(クリック|ポチ))|(?:(クリック|ポチ(っと)?)(を)?お願い(します|いたします))|(?:powered by .{0,20}(blog|ブログ))|(?:スターをつけました)|(?:引用をストックしました)', 2, 34, 800, 283, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:(扫描|扫码|掃描).{0,10}(二维码|关注|下载))|(?:下载.{0,6}(客户端|app))|(?:(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?)|(?:(訂閱|订阅)(電子報|电子报))|(?:^\\s*加入好友\\s*$)|(?:^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀))', 2, 34, 1083, 438, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:(投资|投資)(建议|建議).{0,20}(仅供参考|僅供參考|风险自担|風險自負))|(?:^\\s*(风险提示|風險提示|免责声明|免責聲明)\\s*[:：])|(?:观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点)|(?:为自媒体平台)|(?:^\\s*(特别声明|特別聲明|平台声明|平台聲明)\\s*[:：])', 2, 34, 1521, 370, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 1891, 66, 0, {}, (None,)),
 ('(?:[,\\-–(„“‘«]|(?:^|\\s)\\")$', 0, 32, 1957, 126, 0, {}, (None,)),
 ('(?:[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|crédit|image|illustration)\\s*:)|(?:\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$)|(?:^\\s*crédits? photos?\\s*:)', 2, 34, 2083, 402, 3, {}, (None, None, None, None)),
 ('(?:[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b)|(?:\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$)|(?:\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$)|(?:^\\s*(credit|courtesy)\\s*:)', 2, 34, 2485, 839, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:[\\w,\\-–(„“‘«]|(?:^|\\s)\\")$', 0, 32, 3324, 128, 0, {}, (None,)),
 ('(?:\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%)', 2, 34, 3452, 483, 1, {}, (None, None)),
 ('(?:^(lee también|lea también|te puede interesar|más información)\\s*:)|(?:^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S)|(?:^\\s*(informate|infórmate|entérate) más\\s*$)', 2, 34, 3935, 886, 3, {}, (None, None, None, None)),
 ('(?:^(read more|see more|more):?\\s)|(?:^related:\\s)|(?:^read also:?\\s)|(?:^also read:?\\s)|(?:^see also:?\\s)', 2, 34, 4821, 228, 1, {}, (None, None)),
 ('(?:^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$)', 2, 34, 5049, 1129, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(タグ|カテゴリー?)\\s*[:：])', 2, 34, 6178, 222, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(태그|키워드|카테고리|#태그)\\s*[:：])', 2, 34, 6400, 233, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$)|(?:^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$)|(?:^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$)', 2, 34, 6633, 619, 4, {}, (None, None, None, None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))|(?:^\\s*to (view|read|continue reading) the (full|rest of the) (story|article))|(?:^\\s*if you('re| are) (seeing this message|already a subscriber))|(?:^\\s*(instant|immediate) (online )?access to)|(?:^\\s*never miss (the latest|a story))|(?:for the latest (stories|news).{0,40}download)|(?:^\\s*download (our|the) .{0,30}app\\b)", 2, 34, 7252, 1924, 25, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)|(?:^\\s*advertising disclosure)|(?:^\\s*this (post|article|page) (contains|may contain) (references to products|affiliate links))|(?:\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b)|(?:participates in the amazon (services llc )?associates? program)|(?:earns? (revenue|commissions?) from qualifying purchases)', 2, 34, 9176, 1126, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 10302, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*(写真|画像|図)\\s*[:：=])|(?:（(写真|画像)[^）]{0,30}）\\s*$)|(?:^\\s*(画像|写真)(を|の)?(拡大|見る))|(?:写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$)|(?:^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/])|(?:画像はイメージです)', 2, 34, 10498, 599, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：])|(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：])|(?:返回.{0,6}[，,]?\\s*查看更多)', 2, 34, 11097, 388, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)', 2, 34, 11485, 1031, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 12516, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 13913, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 14484, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 14739, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 14968, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$)', 2, 34, 15421, 221, 2, {}, (None, None, None)),
 ('(?:^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$)', 2, 34, 15642, 171, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 15813, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 15957, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 17199, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 18164, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 18617, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|da\\ redação|written\\ by|posted\\ by|redacción|story\\ by|words\\ by|authors|autorin|text\\ by|auteur|author|autor|texte|автор|текст|text|責任編輯|责任编辑|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 18833, 868, 0, {}, (None,)),
 ('(?:^|\\s)[\\"„“‘]$', 0, 32, 19701, 116, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 19817, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19855, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19932, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20009, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20093, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20168, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20252, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20321, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20406, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20511, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20608, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20713, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20784, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20855, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20943, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21070, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21158, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21252, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21338, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21417, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21490, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21565, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21636, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21722, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21812, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21937, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22029, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22147, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22241, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22310, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22379, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22448, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22517, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22584, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22653, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22722, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22791, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22860, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22929, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22998, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23071, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23144, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 23215, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 23315, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 24143, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>[^.,|()\\n]{2,60}?)\\s*(?:[.,|(]|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 24225, 385, 1, {'name': 1}, (None, 'name')),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 24610, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 24709, 100, 1, {}, (None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 24809, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 25851, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 25947, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 26661, 1009, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 27670, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 28211, 1010, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 29221, 529, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 29750, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:พ\\.ศ\\.|ค\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 29777, 3461, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 33238, 3577, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 36815, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 36841, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 37434, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 37674, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 37705, 77, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T)?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 37782, 1532, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 39314, 946, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 40260, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 40487, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 40585, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 40764, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 40845, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 40866, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 41104, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 41358, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 41548, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 41786, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 41814, 180, 0, {}, (None,)),
 ('[,，、]', 0, 32, 41994, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 42200, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 42232, 30, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 42262, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 42483, 493, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 42976, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 43182, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 43210, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 43230, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 43262, 162, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 43424, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 43630, 286, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 43916, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 43970, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 43994, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 44018, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 44061, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 44355, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 44373, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 44390, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 44419, 124, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 44543, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 44750, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 45020, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 45124, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 45140, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 45156, 44, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 45200, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 45301, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 45326, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 46175, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 46283, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 46297, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 46325, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 46386, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 46498, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 46625, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 46746, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 47020, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 47154, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 47291, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 47319, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 47335, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 47599, 3317, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 50916, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 51136, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 51157, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 51215, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 51231, 16, 0, {}, (None,)),
 ('^(?:[,.;:!?)\\]}%’”»]|\\"(?=[\\s,.;:!?]|$))', 0, 32, 51247, 139, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 51386, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 51485, 55, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 51540, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 51763, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 51820, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 51877, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 51934, 40, 1, {}, (None, None)),
 ('^.*?\\bby\\s+', 2, 34, 51974, 30, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 52004, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 52028, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 52538, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 52562, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 52586, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 52994, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 53135, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 53156, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 53175, 38, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 53213, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 54057, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 54248, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 54494, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 54572, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 54683, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 54725, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 55438, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 55516, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 55573, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 55605, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 55757, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l+/W+ZelOSEIWAp2QpRMIhJBAg1FwZF9kCUs63Z1uSCfdtN0JiQhBQNEEwQWX0XGcUf8BDAioP4uoAYXEGVFB'
    'kHF+HWHAT3FmHJwwbuj0/+rdc3LPO7fq3qp673Wnm3vzdar73lpPVZ06ddY6IURaeI9MR7JPczbtgHeJ7E8j/J6Bn4bszxFPeWl6'
    'vxD12fTtim/f+bH37VTy7fTzvfTM87xvJyq+7b7S+3Ys+VZ1lp9HfltMvlWzb0fCt1YYh0w3C+/b4eTbAPvWIusi5WSdS0ge/Fvm'
    'rSV5ByLyJgF+jQBP2U4lvJPwrgXYV2R/agjcm6BMkpRJwN+0TBWbq5RFGxIWZdDfVdDfNeTdqRu9dyvJu991e++OIe9++oT3To65'
    'DuDQS9oUIX2W5WZnf2YRuKVhDIKMJRkx9jLyt8xTTurjeRNsbkzh1Uj6ZtKnRuiX3FPzGNzrLdqV4yiHPdPoUPbmb+SPtwn69E6S'
    'z7Q+3Cf4N4X1Kkif3W5fbyPUYwPbTJFgK/vrCtuKp4OwRfieJtzgUEHwrQqPLQ3BY60WeGymBR5rgv7Lb8Nkj8t0EPJUkn71wnxW'
    'KfBgJYHR+oTbGixn89BK4FcF/bgLUt7vIUg7oW/VJE8PGT/mdcEV8v1l0JdU7mXUk0xM5CcHmFZRwJOOzGGzfkzOU7k+J0esu1Ws'
    'zii81QTr6VPZn6ugXAd8k/mPCqyb5Jv6ofP7vyMjGfXMH8y202VlJchepzirjeCzHezbAoJ3EFd0w/zhefguSG8AHIf1yPLTCM6h'
    '5WmeBkJPrU7n131K2ktvmuHXvSodxLXVmnW7gKzHQvDuIkvcXQ40UQLGRu8f8wDec9i9oxLa2tTmpe+G9KNt+eeOfPeLbuhXj5r+'
    'lt9+DOX/E9L7IT0XyrwOe1++exTuF8194WVfhfQApPeyv++Hvv4M7iE5uvlKL32906f1MzBn8v2XoeyvIf12m/+ej/tn8O3xtuC4'
    'U7Cevpn9uZDQsTZtTQVcyNtqZvRgI1mjnZCvt82n15oU9ADSyJUKOkiW/0hbPt0g3/0V1H3xJ710bVv+2Y9r5iLIdz2kl8B48B6H'
    'ZWV6ZVt4Gb6v6gGHn8BosX5It7F9Pcj+7oL2Z8PfGyDdTt63AHwEwD9J4FND5pCW72P96GF0jm4d8zHWEjw4Bco9Avm/Bemf2/w5'
    'kmkX7iUGw4sIjGWdhwEOlO+mwD5oHc6vC9var1iTqnnibSTJeqpT8Dok7E7R8Dg2bfDSH3T6uJh/S1wb3Ic3deaXU93/cT6r2Hwm'
    '2drdDbjn9evz26N9ede5XvqrvmBfkDfyntv1OKE/2/h8RX7az3LWzzTr59+v89LjAS7/tSNIV3ewPTKgwQPy3V8lvL2CuITOy/nQ'
    'hgA+UbPi2647g3DisFDBqVIBp4wIh0UFu2PoxjnZAl40z3EsD79H6frWDDwVobgX4bjLPu6lb+wKwuuBO7105y7FGdsDcNumxouI'
    '4/8Z7qoUV2EdyQ/67fD6/36X3z8VTmqE/UzX4BswlnMAbssuDsJ0xXB+ni9uCNaPZ8PdQI+UW94tZL2fO89Lu2FvvucSL/2n8+3p'
    'JNmX90kejkNfGqE/uDcor0Zc6e8VHHsjq7uC3WNqWd1NbE7vB9rrDZjTIxTfrtjp8x7GYs9MYmNMh4zRBs6TGSz4HmkI2XeVIfuO'
    '9n2KCD/Xysi5diE512R9d7L5X3ubl+7bnX8+4Tkkv/3pivwy98G+HNiVf46E0SicznwScO2nz/bSJ4Dvn4J1MY/mPSc/77dZ3haS'
    '9/tAB14FsP31jVDHhnyevXx3F+S9h+X93G79mdScHdB5jnuwnMGA9/WHQDOs2h6EAe8rz0thcCbgm3kwt69dDHfIjUEYYN49u710'
    'cGd+XtUZaMr34vzg6SPed1nvk0CnZghN+cQHgN4byF8jL0Pae6uXXgbroGynf8fDO1qObiA4z7QO2nY90PKz2PoLq0N1/8F7C+0f'
    'v7/shXb/9bNBeljX91/sUo9hKuC7VdDezT3qseGc1hPeZ67cWfn74COXwpkB7bzrClhPIGO7QLjvhSq2F7YPeunR56nX7DxF3vnn'
    'qdcs3Qu0z1F7gecN2wvVRdwLYfcTxJtHsHNlGaQniOC5shzSNhE8V/DbCta2ik+peofwnar53gC0nikfVCUb4HBIkDvRegee+sTm'
    'qANPfRljZlbYcD4rzo3KQXk/KC8uJ9+qFHRijQiucbk+5rJ3Ol5gOaFjriZ7Ffdcsj2cz0v5+1H4CO/9tYwG7WU8lCHyN4UJypEo'
    'f+dVwt+hPNurcA8TfvBQgXoCiFtseLiNhOddC9+nWMCX30/mZl9c73geJB3hf16R4X8SnM1R+TezO0sP4enVAz98oUE9fSwdNpAd'
    'DLFxdpD3Ue0hHLcINS/Idr3JOr4A84ByEErvH0r7qaxAGccq9k3+vhr6u4DJVFzu9xKG5zjsn2LAiutzhK3BBONXm8ytbf0u61BH'
    'P9Bz5PpD9BxZWCS8g7QZth1VXyfrz7BCRjHez6VvJz1Z3mieS9cVaT6vLtF8XjBOzifcF/LdVoPyXUy21q/YFz2a/tG5NYFzIecn'
    'PSO57uVbQs7AboczkOqJUdki6om1sLb6NWtnyEK/YbtCd8Fk/jo05za9J/4g4euptTLe2kTGu5ki0i82dRSbzrky+6Ip4c8plZ/N'
    'V8CXwmlIIRsvZO7C1rHs67/A2LF8WP6oPdFP5t5kH/A9p9IVGFCsG9c+yvF+Fu7ntA8bmW7obMv9TMuYzCueny0a3Desgc1gxPiQ'
    'N1UPcJykwP+2dK2s61xYt1Hz36vpv+04eB8oPtlE7p+NrN4BNieL2feNDPcgLzpsjgvtJ5djI06gsqRZRJZE8ciZ2Z93FMB/xv5k'
    'CI1RyDlLz4BinqGufGeTuxHlrW6A8/OKmLc6arzVCpiPseKxoqyYnsWC6bJ0KfTZUIY3mdDrJmckrQ/x7jVQ3wOw16Nw+JEEn9ns'
    'hRVELkLlIx8ltORGzV1FNQ7EkzcBnkQ4ROGLTSztjiiD98BKDfyuhTwdoO9D6+43GMeAQftSpjqdnWMdbO57NDSZDna8LOoYHkbu'
    'Kia4l99dosrg3XIKoQE4PdIbobM5zOxtOH8k6hyT719i/LCfQplJnr5/Kl1WfvDJlJdX4O+V5VXV5TW1dfjUN9SN0dMo/2sqRc05'
    'wPxhZCSR+99/hNi5U6b3eM+FF34plz63YNkRZy1cfO5vzj7vwq/dc88C+Pynj95yz4jB8+gN32pNiPRr2V9vkFX3T/MxitfW/3rt'
    '3HPB8/eQR87czpFiPbLF9p+Hf/eevbqvLfjXPYHn19+if42Ikb3ZH/n/hSNynCL378Xsv9dy/2efbx14A2oeGfl9oL2MKNazXvEu'
    '1/5sk+PVpAUVDH3ZPJdLtxD9LzxTKkgetHdAuzgXnvX8EH3kcnIGP8jO5FmMH9dNUnp3GVLYDJri1FcZnrwxpN2OErbbCaQXp5tV'
    'd7RhBd3O85ucC7r7mCnN3iHybSGXw5lGYfGSAY1j09+NjD4b1PA9TPgOB0Lkg65ymceylZyWdOO7V4asu5w9alKfB+mzSpJnq6Ye'
    '2WBGkUd++2Mi38YrCoaDrO5XHctj+z9J+PfKqP1nusZycpGQersLqPfehI8vto4ivrg9pN3BErZ7DWm3WPXSvurW/vkJHz/2jVP8'
    'ODcx/nH8b7M/Myz6aoL7dWtYtvc83F1sYRNW517FXYjD6tUQuR7FV/cKz1cIraPfQgZoyh+n4+L3sz6Hs69fwcvg9+16gPWsUWwX'
    '+cwXjXK7OF6pY3q8Rkao208mfBA6vtGey/4i6T/Z6ABz2xJcS+9ylBtPLwGNyPfyUsd2Dli2M6WI+IfLjl3oGBe5Zpg9TjXh5WZA'
    'dkHvdVM0a79DI/fbrJlPhMF8GIMpH67bsn7q+yoqr+oOoZNN63jbt4fIA/sMZaarQurfRvjKpnPQQdo3kf26jPtc0i/b9sJwKh2T'
    'S7+OBvm/6/oaDdhF2X3T/fgotIG22GgPWAYyGbFHiM+/YM/rUdmUt93npXfs8+WYaLv4yLNeWvMjsPN6ysuzltipzH4c7Hv2qes7'
    'geSducevR5V3Ccl7LdR37DPqvNQG57oHwM8f9CW9L7+/yEPL5f0++Ah4COz4H/TSLzzhpQ8/G7Th/Br04cUn8ut15Uc0Ay+G8xha'
    'YG1Q3U7sw9Ew94uF7z+ujq3BdqLbSusoJ/lR1k7LLTEst4T1OSXsfLXQ8+kfUt46stH/GS+wcYFHZxYeHSk7eHQwms7Ot9fElp3n'
    'AHOj5w7PSRCQMMtis+c/wspdA7/XwLnTB/NX5sncxs2TMn/Sdj62RnJLuRQ+tlxkYvUFzD/KbeSCXEP0v2g+Gz+scj2dRd5R3V1x'
    'X76vsJxN9V7wgftd31dYNckv04c0eWeReqbshzyPBH2d/Opp+LYvaAeagDP/8b1BO9CHgb545rtufg0Rpjbws6Gv5BhvgPIpUUp/'
    'ixMbKR9kKuY9O4XzM1tvH2NyfprOf5Nw44noaOxtBjT2Fgsau9OCxr7YgsY+k+RtAdr3a0+o855qQY8f70CPLzSgx+eQPqQBT638'
    'urq/U0l94ivqPNQen+Io1ZgKse1rYDiD2oNlX4bSMIXeO8rH4b0jI+x9RIbCOJkbwuxiwDimyw3OgAh4hz7J4tLlJjzTlIJH8wnL'
    'ffc+ssYbCa5IinBfGip/GW0R8oIoPxc2dNXQFcX3YWzly7zHDs6HK85i6vOkFesdyacXVPa0VWwflxNbo5xvvpF8nG9LJyBtQdfg'
    'yZa0rMof4beY/8zJwvfx8yX49hSkXyU+VlV8TelLMyFK638p3nfBdb/2gbHdd8899ebad1Kn/PQC991Pf+ilf7jXj+2CdNQX4Nv3'
    'gC7/6Vd9OhRpzCGghc9A+nZP/l2b8qTnado8FPboy5Z7dAbJR/0DrmOylnMAl11O1unljnOvwnXryD5pgt+7ADa1pI3Zmw6SGu1h'
    'NjSUzqU4B/fD1cx2hPYH5VQJZpOwnughDmjsFi4Svp1zj4G8fKPwYyZVC7Wf6A0i3w/mSaQfG5jsFfOsgH5EydS2sv4fRWDUIczt'
    'O3EczUSGPWRYTgX/jUJ99qWgjUkKnNcAZ3jYmuQ+S8tC1uTlBdCzO7Mvlifs8P46htvqhLlNM85fKlEcO/bfCnsb+ldEaWzfvy+i'
    '7U/pXuyzyIttfI3sv40R47yH7BETfc4+ImOX5f8acGkhc0T1Tt9XpPrQhmmQ6JetTHvp8SzexEkQb+K9JN7EMsjbDmkbpMdBugLS'
    'Nen8ulekfV8kqD+5NqK9owhP/1T4dvMML72F5NGVxzhmeCacCL6gf3CO920Z+fYp8I16+DafH6bj7c8jdMIQ8Kn+AHywvZBnOin/'
    'v+/00tMGvW+TyLepF+V/qyFyBlmunskeZH4VHWJ7VlM8JuUcZwh7PEbp8nQR6GI6l9dC+oID39mkT4XAS0erVQnf99SAcLNVFxHn'
    'ecYQD/Ro9MuHGQ0haeiZ7NsGA5qC+qqJ6suGCB0x7J/KFkSly4ixyTIa3E1jEHCd5G0aeoP6nKnLePb4/AzB8lGw4Tr8Yb4fqM3o'
    'aqH2o32YMPfzUchakLjyCIPxjdY6Qb6K6Tm/gc31tULv2/vOco/WR1rszbTnMiHrbjTWfO7uUu6GI7k+YZS+I/cfRP0PLVTYFxwK'
    'a5/CaR7I3VS2+Fsj9C23aN53inAfYFQXW+W3JecPoszz4eDqj8UEziofXwMa/eMhBbxKOUcq+zKVnUE1W3sYE2WWBV7jfu4GNLrz'
    'XSE69Si/xbvbNWzOOyzuVdx/Ez1vVb5wVPFcKPyuFuF+dLZY9jFqzvEONDm7hn/giIOo7wjXvtB1gbFtpirszmxsqTguRvuAJmHv'
    'v2mQzfMk4fuZsrEN0uGSemFmy2cKwwZD2nGuAiduFWqfNmF3/Q6hjsFmgx8aD9GzJ8ru961pT9/SBf83sXlS+YnT0X9h67ZDcybw'
    'WEAI72bYG7RvkzVnoQle3GyBO1U+/jDeD+ofzmF9myrM/ZT1WPSF4lXal2bh+0rT0Q6F+iD8SsrDLy44mPLQMY4VlRcdxXhyHOfQ'
    'OvjZw/l5dA1NY3CaTsqY8nQ3MRytOkO3htDwh4XgGNq3GSI/XmSvhlam9+oGYe/TSQWnmfBuVXaOv1fgOcvHNYvJekzkF92MB7CK'
    'wCXsDoG2kYsNzj5Tmm5Yc1aE9cO07h7FXByuWS+9in40QppR8Mv5/uiDtmYLtb2yCe6m/eon7UX1l49xDhvDXKLLVijt01Ii2oz2'
    'fx6825J9+W2H/WIih6Mw3a7AfY3Cjz9UyfCozi5UdccMswudz+bpSGjvNGFnY2izH3RrqVC60yYWuKmvCS6nWw24qlDex6HO66Br'
    '5Ch496Vsufc60pmtEX3JiHyflrZ0Jr/bTBe+3fJmoY7zboLHTWzdFzA6djob+0LNGWUrN6X79OgS04Nhd6YFCa/vLjQE52dG+Qva'
    'XABeML2rLoL1N8PgPI6yezdZt6ozzBQPRJ2NdF0uhnffIPlU93BTWqQYY6dwXwJwdx23CY0ZdedpInSrLa+dw3sp4+W3Ml6+yp8v'
    'xwf0O6d73wF6Sy77rpC26Zy1MX6BjsdI71Am9OIy0o7Od6suVrFJLMNKIg/uKUAePJ5oWB4vqth3JdPzg9MYfRo58B9Tnh5dIXKo'
    'rpBzxWSspjTv5hDeKl2P30l5eLiQ+4POdzSfS9M4GCpf+7TPn8j2+ZJDeB5c7xpdBc59p2L9mtLt/A52UhbGkxKHhryD6+oOWIyP'
    'yvpKgc+ov6OBiLsZ1yOhY0T9jZmGMpMOw3UWRR9QXgzXB9xugZ9t+hTmi4vqu56gwQcbRbgP9i2W94wo3qgqnk4/wyPDCh3WKNgf'
    'D3rZqpg6Gw1lSy73Q04vm+KrTZb0ZgbeHZ19+U2Cwzk/nt5N6xlNU2GwNmnsdB5DXMe/pmuR0jp8LXVa8JDCePDVbJw8JnyN4q6F'
    '8m+U8bSwMib6/Js1vCAuv6kn8GvQ7PfNIj8WV6nuvraxAOcAz1qn72DKSys0Tm4jo1M2Z8s9pjkbbM+eqDwDjvdeG/+4NvfwDs36'
    '26GAI90XbQr5rynNO2gh33E5G3jMy062hyYxntdYxoQrRtxeftbp4mOijozU8fqyAc517RvK3DOEZzsYwa9T3QujfNduPoTwmy2s'
    'OE6awuZ2o2ZuN7N8heh8bSRntOtdaEBzP+lU6Dea4AdTukUVBw35MmsL5MsgnXu38GPxlUEfnz3Ct7erJGcwxTMLhO8DaoZm7Q4w'
    'eZ0JH7KHwXRIw7NqJGtsB8hM8X5G27gbUjkmet+xtctIR9hloA+dd5YYFi72s7pYvncTvRI+99UGc8/vTU0lgqtuPyTJfri9wP2g'
    's6eqE3o7LArLA+8szPdnwT7BJtaDYIRd6/SkozLI+Xoi4clW0AeBygcEXxOVIWtC5QOinPDnJc0g/RQgLSF/d7Hl+ljC0ztwWfPc'
    'DxkfQ2XI2Pmebxb5du1476B+Az4CvkS2tOXfx5uYXQO2+dIG0N+4JNifXR+AtE2v439mwvPLx/tP+0LrscFZ1WzPlpO1g7hSCHv/'
    'W5UKWwNZX++5/p3dBb+q8rnYOKps0P+6x74OHfwqR/yzxbZvdF9Ie+yHHPZFqeaW2k4Uik9qLddUtYJHk/NN1+mlnz47n98Sn1UF'
    'nFU7o88b7bPT7KxqJncouk5k2g947QuQvtTm+2nK+SmEtAfSS9rM/LfIdXlegbQV8hvPv9JLzzwP0rPhXLgh6Lv9rvVgN79VnbeF'
    '5F1/dnhequ/3m63hfSiEfgvzk7Mom+lTDnBU+apKas5xV19V1C9l7CNOT8eUyleVrd9K6mOfnn0fBX6Hy17lNFim10uvf7dX94nk'
    '27SrvbTrOu/bseRbOeyrd8O3xYpvV3zS+3YkuWO+C87EJXd66dO7vDwzSZ6fwrfhj0I9H/TtbXT1XLQueJ/l9WAeTksWa+8vBh3E'
    'nP+02730X9+Zr7tTLvLjLutokZoRP7ary574RY+XVgM9/PpG6O8l5ufBpUWmr3BfrXOkr/gdnvs9mUa+3QF+T773sE/34LqQvtJk'
    '+knwObzm+SAe/Qz4Mv/k94p3XqwhawfXDMbBQPio7qV8nJUh4ywkhtgah3sC6l9MBpyXIPjPNQ5Gs2LcMp0BPp3/Z4/9uGTdZ6Q8'
    'W17q5yodAeulIbBuNVhThxOaJGw89UTOoFp/lLa5DvrxHw+pfWW7+qIuxhpw9c1H18C/ZQfwnAXvkPqSrmR7rxAapFT1qu7YSxxw'
    '/FLLuYrjjYTHG0lMoHgjdD/VJb246fF+evPGl7ot+2JNwoNhF8Av7cDTGXt/9Kni+6NvL6HwIeRpsKStbXE++uugsU7Q/6gu1kkZ'
    'lEuKYEwMlNNdL3zfZtT2gMY2UekXYp4tJE+3QpeoHt7XiaB/qjBZKvq+1enVDQu9z6coWf0pRM/G1iYGeTZIT85yrMdVL4T6FlDZ'
    '1W4Rav9NA4yH1Az3dFs8ROlrTvNWkrXURWwjaLuuMQalv+izNOfDQgd6aw/Q3Q0QC+aVR+zK1z/mZp+0wZYfdp/v67OY/iNVsUr/'
    'mLA7Y69i5/74PouKe7AdBIxrzMKooIVFjmmo4v3Pu81L3zgL/MHe4KUfvt1bW/30Prw7P++v3gNnHOTtIngD650K/PvL6Z19t1++'
    'HnRzDvqvZe2fTb7x9k4n3+YAX/SP63z8z7/VXub76cBvf7cO4k71et+OId9eZd8WUXngWfnjm6/4huObpWhvTm8wHt+r7BuNx/cM'
    'yEeOOy/IU3oZvv3l1sJ5X4Xs7wkmPkwxGWCD2x5PFiRftJk77q+e8rFbGB87xusReN2bttlFn3ODz4XcG4eyvf9CfMa/qc94Lo/o'
    'BtnSHVuC59H7zs7/Rs+jk3fkf6Pn0Z9AnpdW6ILhtwvfV5iMIz6PFOeRKOF5JOLzKD6Pinse/TD74vvxefSmPo/S7M75/m6Il7ZD'
    'fT6tJXkX9eSX4XlPIHnvhzxv3KnOu4TkvXUz6OetV+edF9Jffma2hPSX561V9PeKneq8rnLh+NyMz80YV47vc1PH0y1T8HT/O1HE'
    'eNdGR0hSxA999tL9317MNRHHJzeQB4MYxY0cShSd3uF6jwJ0zVofDt6VX3vSz1MI71Z170dZsNRj4+0OPejrohVyR4/Xp9H6bHc+'
    'g5LJoq5PJxohOWGJw1QR1EIUT7sVbYjyqpOFm11GjYZutJWX/xlk/R97ytKehOCSUtI6MY0zlk97SWkcnQ1CQ1vhNgg5fe+t+fWi'
    'PYq0OaHnreocpXwFLgemd3guBy77OJTbFeS7PwA8ip27gnx3ym/gfPcvgg32+XcEz/RlF3tp3WWFn+m6+Whs83XFXc4enT1OmA+J'
    'h8WhZTeM9B2PqztPBOPq0jnncXvpnPO4vXTO13Z56TVXBud8Znf+t9jPxfiyHT5K+PErqJ8Lul5x3cg1wvdzKXxYRNmauezFmE81'
    'MfXIysiZhbx7nT+FNeTbfQynHUe+/fh8Lz2nJ2jT9U9XAV2wwdeP5fphT33c9/mINgHIYz8Tzq93bAjy7mm7uXO7LX9stQqZAOYJ'
    '88cS4+GC8fARBeDhyLLF4s1PjnnzE543r6NTXc5EruPeqsCvlUy3nNtdXCui7Tf6SR6ME7iF1bNR6G08MHbH5Yq2eH8uEGY+h7tY'
    'ubcJ334Ev5n4x14p9LYty0h/qS9dGuND/l4K+xNV3EOVL0EeY7lDqM8PeVdYSOgwpBNLaX9aI/Jt3NA+SWdXR/1fqNb3giLtubIS'
    '7LkWwNEJwOO1UJ7b9BXi42GpI41VKdT+m3GdnyXMYoTy2JztZM9tEmb++WW55XDXVcXw6BN2vrSpP1eX2EVIl9F9ulXk+41GHzvH'
    'Cj1tVqq1SvkYLjFUVH1bR35vBNnSi3vUeS8vQAYty05RyJJs1jzaj73+mG+zsUjxrRD5WhrqueDHQd7JBY/6Phg47+Ti5/2x6XzY'
    'Sl+t0x3mjY8vx1d/UG07HXbnribr53TH9WPiCyksH7dz2yT0vrB18YQ4/uFrFcu5rtXd2QyfFsEYV/yMtYlVaHOO94roOKXchzr6'
    'w18sgn7wTeJ60LI8ZpFpzFwTv9g8vnVU3wZFMO6aKs5CmM/9Xs0ZoYvF9DsRjI0Sthb7HPsi5/S3qfwYP7QfqtiEKjpvsIB+8Dnh'
    'Y+0LadMkRqPpHuHzaxqvHsugXa8q9i2PCbBJmMfjHmTzdUt2vq4U5vFSux33Be3DhgJhrIvFo1v/24Q+jjp9z/dThyF8TWPIdDPY'
    'H5mF/ZnCLUaYyzlju0a6RTDGSCHzxuer17JPEmY/yR4a746Y70Ghj+tRqvE0w92I6xzRu3JULB0apwPvirLeSQqdcR4fjccIUcUU'
    'Rn/3trFqukLgVyyah+eTc31FFoB/Fm6+ITEGWq0FnYfx3OosaSIeZ9aFluJxv0xpTuoHs0WzLrqEOpb2JpEf74bTnFsIXNbDfUcX'
    'k5vi2X4NX4nP7zuEH4fGpU60V58xSrQ3jx2iiwe/SbjFw1LBSOff02RdVJG7II0dNUzWbEao43JVK/iZw4SmUsVnM+2bSlYg69uQ'
    '8HCi7X5H/tsU8o3yolpI/laWv4HcuVdp+lhDxlkjzOOI9kbcN1TrYQNZO7b+03EMNv6Dm9iaqRNq32S6mM3UFzu9c/5X9uc/FfvP'
    'Bi+qzpotQh0fjedfxM5mHvuvocC+0XO1kdynC723NoNslva1aRTvszQOm4pntkhxVx8OufuoYD+5iLCfQmA/GvcMF9qpWHcqVZyx'
    'DUIdj2ybsIv7VwpdU9q/7Rbnw1EBOX/yTf1QuWwp/HninHayubnCQtciOcGVLXKAXV+QknCo1J3LCyXefJbJNEW8h+I9FO8h4z2E'
    'cgXko/w24Z9Zqpgk0yxp7UUW+VEfY6alPKlDQVuZlpdtHuYwriMtx8Vt8WPcE+Oe+PwOnt/l8fkd76F4D1md3zTmJtWfM+Vv1St4'
    '5fTsRp7WasbTqmQ8LX4nrhBBXxPnWPQt6m7eGyIjofwPQXiZlGcRJVuL0h1rDuENNxAZyVZD3TqVvgeNkb05+2JTws2mv6lAeKJv'
    '21qN7KFbJ79lfD8Xfh/GymliOoMmsba3sP5wm8bcHCby4/ClS2hv8WbAf+RkaXA5atIGZ5CtjLMY63+7w/rvK9L6v7RI6/904F1T'
    'vZ8OJpPpZnzJfpZugrpWEN33IQv9rqEQvXiMoTXTQr9JJas15Stv0ciWqS5AqX3qT7e8e2K8xS+Bn/C286JjFf5fgGUherKbwHb8'
    'B51enXMV3xLX+nfqSvZNnOX/TWWr8t1Nnfl107iO+A3L39Sp18NW2VKpbPIpDDGWILZXDfZ7/wT2fBUXBfWC3wFjWtUT1AvGb1de'
    'rbejx35WkX7S9fNXsFdd1wWeY3RdHLjRXy+UF0HbqBJ6XyAUn+JY33OJDys+bzo46vQ4irG/qL58GZHN1cPYKkS0DrUse4oC11Ic'
    'SO0WTPSVVLoQnUw22G14HpjgRdM+DWhsOw4kvThYNrJHlcyt2+I84DppPRrdRU5r7yd97bGQF6p0EEx17TZEyOB1ff2bpMfjlO9W'
    'pfPbOyntpe+d4bcnvabQdAUrcwqUuYmUOdmg3jUsz7GQ50aSZ0U6Py/eC0+FvDfP8NJbZvh7qDupX+8DIXpKpmd8j2adbYf235r0'
    '/CDJd21sjMuh3ztn+Hskakwm86OSe/N5MWmL9tkk7xkwPyvT3tjLk75dlc36H7TYo/0a/NHP8MfLCe9uxXXrwvAh18H7JaQvkzZk'
    '3d9L+Ppl2xzGMBSxd/mauj/h0Wg2eF/VTldEOx8n7UTBppOkUeM+wHDQdcBDMO0/36/bI8bRlfD1LLeF2DOYnlG8/jMS/r2D690N'
    'MZzeL8xtbo8zqLff8u6V05dN+DqcfE1cq9Gr52OuT/j2xrq+cbtj3IvCoGyvZh//ltx5TWAiy7yiuCerxkvv1i8IP07eaOFt2e4j'
    'BHeb4Fw8E1elC8f3sv1PAc0cBSuZ90PCPJbWTcI8Rhf1AaCjB/sVefi8Ux8AOvrncnI/mH6Hl355F9hTXuD7AMho9sGZ5O5xGfg7'
    'L9vp+wDQ+YA5mXz7PfjKetu7830A5PyxdeX7bFlGvsn8tL2FQh9bbJ7QxySbQb5ddHN+nVPIt5YP5n+ro/3clf9N5UsnackvC/N5'
    'pvK3pquH3scS5O7teh+LeaxBHmuBDkfPjcqgk+kkiC6I63zS2MspyF9JdNPriV51jo+i4AHoZE2F9Mv2bC3VvrKxX6B655g/yXR7'
    'xgpmKppivMOscgxgFka3jnd4ZkoMz3jtucHK5G4z3uGZLhI8Vfr74xUmNUWCSTF5PuMdpo1FgumhzIcf73NUW6I5Gk2+a7xPDn0Z'
    '0Hifo7IizZGKzxTDZuLu7eoSwKaY8pfxDt/mIsP3zaTvEO+t0socxzt860oE31LrQ4x3uFcVAe6lkHHHfCR3WfZ4h135KMAu5uma'
    '6w7Ed4aJe9esKhJsiq2DFPN4R0f3LqYb33x6rPHZN7pzPt7hXV8keE80Xfx4H42NTmcsEw/qZsYwCeqkxjAJ6uLGMAnqII93mKSK'
    'BJOJAItirQ+qhx7DJKh/H8MkaHcQwyRobxHDJGhnEsMkaF8Tyyyibc5iGEXb2sWyCr3d30SicxcQ2Mj+TPoK+K+5r3RxF6Pqo75T'
    'pN+mYzR947EM1u6za0flN+iWfV46/+GgH50Pw7dljwf96Nx1P6R79PE1dX5gqG3TNcItPizVP+oW0b6rwnwlIkwmCbXPYh6jQxeD'
    'D+1opc3qDFbXBqGOl2MSNzEsrhmNYxqmU26ig9engavKDxfO8ZNJTx5E/TihffnVmvnZIfJtp9HHM9UPVsVAK8QfJPfzRH1Qos1k'
    'k2L8pjEoEEYyHvFkBXxt5wLrmzXKa4n7ws75dEj68Y2rmH5UH9EbDBsjltX5AVP59jPRtdqkWMM5P3XZiqsT9rGYaCx27ler3mJd'
    '4/ri/jFtYwbSerhvLvQL/1bWX4ynNkcE44q5rEM6z6Y6prK/M2Fvl2pf62CDvm9pDLGFmnXfIwqLjTnkYJug23tTingG8dhmcp0s'
    'Y+ukRpjHQeL+NG1iD/GYuC64FWOJ2fh8VNFMcxQ01+TsizOEWxxThMkrIt9WpU+UPmanS9xqlV7HDjb/PZo12APw2g/r0TWekos+'
    'Spju+qGyh0s5v7b1UNspOWfrsj+XHAL72CWmtIp2oDH88DvG/8M7igudoosdSWkujl/rRbTfy0rAwc0kT0b4/naGIUXaoVMEfXai'
    'Pvlmkpe220TuM/TufbTw4+9R+h1pdnqfTQp1/MSEyPfL3RKBZ1eJ/Hi/2EbSoA307Rslr5Lt3C18fz9lMEfPHuG9m09g10r2RQPw'
    'AfjdqVOo7Wq2W+CHHqGOK590oENb2FrhY25QjLnaYMx0vdj053gFbyMtfF+2qvlEP4O2PBG6fhcjP2S2vR6HSR+bHOgKHZ8L43Yu'
    'cRgz7t3pZG+uhvprgD6sREb6+UIQNlbgoXwx0/bxjlNL1lHuOTe8rZx/RHLf6FDwE/j57bKPovD2MMH9x34d+OAPet+2kG+nD3rp'
    'W8D/WA/hP3SE8EJM7Od6hdqH3llkP3K7lqgzSRXLfFBzH9OdoVGwk7EgDtf0r0vY2xea3hepf7QwH9Lok6oC1ibu6a+0CfFS9udA'
    '9md/W3BtNkAemb4E6QFIZf4MwaX98L76HC99FOQEW+D9rg946csf8MqshnOumewVuo9l3o+05cdxU/k7vxN8kp+8I4jD/7DRS8+E'
    'Pjx2u5qfRflYWO8l2O+2YL074dumNn/sOv6Pjq5JwX01A/f83P3qGi+9t1vNb/63D3lp5e1BnnIG4PuXW/X8xreQMaC8GPXZFlzt'
    'x1RfOYa4SIcnbOLZUrsRavNpEr+AxganeNDGX316P8gV93lt/j7lrXN8l/NV/5iX/seP7OquuM9L937Xq/vFlHcnyR0u+/NlD7vv'
    '9dI79tmdzx3k72AssugnOdHjwCQYogyNbGX6pPPoDzm3V2UBfqwwi6lis4Yued5Lv/aEPmaDCv/wtUfxzxCsubuf0uOfFSnPLyyn'
    'hyleR/y0Z6+XPvmkv4brAQa1kOda3EvPeOnxD3jpi0946cqve2WmC99nLP3G26knNJx8NwX2UxuMO73HSz8A8Fv9dfV50mQ5H7/9'
    'qpde/rBduVsBh6z8cenlzCb1VpGVXAvrSvqdFlm4ff4FtzqriXwe+0p9aC5me+YzyVxzyjN9xmP+/HFftg//yEuf+a5/t61VlJPp'
    'Q5oy9SFlblumLsNpBpv5v3af3Z2wC+CWNsTjExippwJIN/fsdEffs0MQuuaR8/9awsNpObrve3BuPw46Cg/YrYfXHfCBzP9WaPfm'
    'ffm49rsJL15MjrYAfYrLnnOjhS44RHBUNbHBMcEntyZ82u378+3G/j9wXjRA+jCcZetBX+SabMZ+Bzmrime42hIWzSIYb7Oc0Rh3'
    'Qyr5Y1x2atPXawDPTYb6+wDeObpjHMW2TZk/aZvYtu3tHrxKEdt2xOGpV/DDbPhwFWzPHglp+Ui+nNn2ToI6Y3F8ZEV85BKuIYpn'
    'ljDdgEoN/38z4M+pRKeJ5sG6qI4FxlvAe4XqG5fNF4IzTypA1zCMr4N8hEnQzhf32Z0bt8CZ+T04J04roK79j/hnkKzrWOGfZ3uB'
    'XvgJnO3rH7GrG+9F4rv5OisZct96HO5XjzyRP7a7H83nl+f0ZYFWfs9D6rxJhd5tmC7vZShXeNaeD0L5J7P35d+HEX7XWcJLjiMX'
    'SxLGtRrorctgnheReZaXGJu61wJtsf9BP+5jc4F1/eRBv06ZvvKg/m7fm/T4i4XAu+FH+fw2vl8v3mdP40xR8BlyMH/aX2M2Zxve'
    '71V0czvQzfOTHt/Rlq6TdZw42258k1j/0oQfYzOuMjIu3NeSNxIWe5THzKTzXg9XIuTnrARYvbgnn0/UTPityG+R9xgbmM3Y79Pb'
    'Kl0/+W5vwpPhynwDX8nnWUn+kU17X3vGv9MgnnbZZzu/4aV/hn5/IuHJ3RGGiJtt6vzYU4BDYQ9f9rxd+fv35PdpkPTpD4/5vDOX'
    'eymuK1u8iXj4i7Cuzkx48lL57gS4K1/8eBCn2rRxM8zFxXBe3kp4pCocuCjh4Vj5rg/69ySuq+cd7+2P+3Mo25hEYE/vjnRvmrZB'
    '+U425YZg3F94wuvTb8DOopD18PJX3dcD1dFFvPPTJ3y5B+dLc1qK67pirDTUkxiCef+jpcxHNT8u6/C1J/P34YKvqtffbpCtUVq8'
    'Uaj9b26L0L9D2RiNT95lKHszlf9tiZDHcXo+yq5J51PLpFwhetNRvjVRd2qe4/nPZXi2NJTkz+GeMLEjKoP1Q/lslB+2RGNLZqrz'
    'Ru+NLUzWH7bHXXTrXNrhMoJleK6IIC5ZjvSRRi/NVD+vDL6JCN2vm1L2/JdmuHurdN8WQb+7ybsl8G49eXcd0XvNKGwOMJYh6s+9'
    'CO/OJvmHGR/gdGLH0aHRd+kw0Hc5DsaL7UblX0j6dEw6f8zzyN2zvc5Lj4J0PqTL67y8LcDLUN1LFlnOEfKZC9En7NDY2eBaPeIp'
    'n/8u23m74tt3fux9O5Xqd4EvnzPP876dqPi2+0qfl4Dfqs7y89TD+PBbNft2pGJdbSZnUIadY/gN+fd0DS0heejc1pK8AxF5+X3B'
    'dB6aCD1ig6tseJ90/66C/q4h707d6NtN4rvfQZzMY8g7PA+WwDmAOjlpA1yEd7lZBG5pomNriv/KyN+UP7xEkTfhqPvbSPTdTXEy'
    '2vjMU+hz2uzpctgzjQ5l5f2D4wPZp3c68OBN5GfPbnfj7ddYwra2SLCV/XWFbcXTQdgifE9zlHHUEXyrwmNLQ/BYqwUem2mBx5oI'
    'P35YYcfEeeu9xP5DZZeBMFqfcFuD/JxsJfBDW/m7mByBx+7rVNiV9Ih8uz5XOwHb+LsTPQLvwQtOEXTYdI+Ln4hkBJ082dCexhRv'
    'NQk/hvlVTP6YVupExvJHfEopf+Q2bfVwF0N8toN9W0DwzmYLXeIdwpehVAq1DfEOovuO9NRqA7+50hcrx7WNmnW7gNnY6HzJlgF+'
    'RJyWgbvKYjiH+PrOwLliuseoLh/WacMHwHvECRZlrM73nuLjFZv2f8Hi0pcR+stkPmzuff+uoetaERYj/tz8ROTHIn8O2m0SxX4S'
    'MPhU+qCwSOQ6l0FeU2VUFVVhH6vJ7zUEsnX1+dZVjcUbEdfpbmiw0f0LeyqM8aCjXvlseokKfRrsemz0JIVSR96iqHCvQTemBtMz'
    'xqYo34N43lSO2PN0io2XagN6dqPwJFOHKmmbNiZQnZ52Ewo4sm3btRJFxzbD2etypklehormKI+gOZZozrhCZAdLC5QJLGW8/pmj'
    'yPOndgE2ZbhdgIp3RuU0S2PZQSw7iGUHsewglh3EsoNYdhDLDmLZQSw7iGUHsewglh3EsoOIe3wNwWkV7F65KkQPMAN1UvlAm/B9'
    'par2CLf5Wa4ofwzJy21NGsn+o2VWhLSJvACbMzot8n0hdgg7f9Sy79sT+Wc113+lebck/LY6Hdq6gpTvdih/Fim/zaH8SYnC9suS'
    'RPQ5Pj8RfY7PSPh7apNF/+tIuastygnSp16Rb7OIeX4P+ySqzh5W7lWCHzot+vT/hGcXVKiOM/qrrRNqn6Oqcpug3KOk3DYDPfEN'
    'UG4PKWez/j5L8K1uj91J6h6wqPv9pO4BTd3Xi6AtLM8zbAlLLNejOEt43VeQujdY1H2Oot/dLM9pCtjyPCeRPNs0eVYYnImLHM/E'
    'WeQs5+02K+5TQyI/Zgcd/5DivqO7LyB/FmkHlX9X07tmKznLE0CbTiZnOZ7rhfrxtuU56mLDJAkNUSGCuva1rN12EW6nUcd4OLSt'
    'yoi26ooga2gGekLFP8N7cp1ineH9mOZ/NIRHG2Wj0kzGkBBBexzTerjPxDnC3I8e3Semfr03i3y7HGpnJGHxRoVvk5wAHvlKSOdA'
    'OpvwzmU6C9JlkE6DtAXSM4DH/kqF5+fLZXxhY+Bz/I8VHp/ZtJ1iwu9LFb6/ZbSnQhukrUVs58MVvj/TLmHmL71YbQ+WaB55OxcT'
    'WG5kZbcKvb1c1Dipb9ncuVjh2zfjWj4C0lZIKyA9ti5/b+AemEvWfu5uWuHHulCtA5v1PJXU1aU4k23qSpG6OEz5PAwLddwatKF7'
    'LaPvV6dlv36WcYcXXzf/qOjXq4b94nU9VMAYeV1fyHjngg1eMqkf1/HuIsAQ69qecV9zvK6NmSA+VtGJK9JeuiZtFu9e5j0byiyD'
    'tD3tv8/RxWPQ9hnQdmvG9xUyh+GPqexsnRaBT6ZkfNthl30r60iTOvoV92D6XrdPD5T7dVwt1HFUovDGv5UH+9Fp2Y9nys3h0a1Z'
    'l3sN+jEcsae/XO7Ro2HwsDn3cXyfIvVuZDhsq3CL5yLrvUlRb3cR6t2sgMOwQT26mHx4h7vIYa3wOXqbwRy50A1tir4NG64frONw'
    '0re1aR8X0b4sBxy0k+AexDVtkJ7I8F5lketFnHYge3maK/w8UfUdA+XfEsEnMMW5bdCPZ8o82Smt8yQo917GeyjWWfLVUWwT4f2J'
    'Mm8eaZvHQn03Ks6vVWz+dGO5scj1Yn83lfn+dfHMW1Hn389zOkt1+ff1K0iZdnbXxDJzWZlzy3w5M6fZF2juqWlSt6yjXdHXYyPa'
    'PYa0i3eAeexOUBfR7lxSx0LWbgbSoyPqaFT0g9+/50bQFILU0aKp46iIfvxXOhg30oQeyPnFV5R9RQRjfirP/7Qfh7RDqOO7DQtz'
    'Hus3FPX1CPu4kojX7yb1nc1oyzB82abZr3cWqT7cpzcS2GOek1neFZqzZdChLLbbmfb1Qkf7/KiHehCOHH4qXB51JiwtUn0In8PS'
    'Ps97Tp0az+j2Yk3al9nOicC5CZI3wfLOYnl/lwr2aYXm3sL79EtSluP2BRH46Z9Tfh9nRYzn6ZR+PDzvEyTvwoi8D4XUy8+GPWSs'
    'U9j9bn4EnP6GtDMlok8fCYEL79P7Sd6WiHqvS/l+YDdrZOKDTBbUn8rX+6b8vkFD+l/Wc3lI24NCHfPxHFKmO+S8oHj5LQbt7GBl'
    'jlOMcYPDGI8g9VwtgjFpo+rB/jSF1NNnUY9QjGurw7h+k4yG6S9Z2y8lg3HUeXzeXlbmuZAyfZoy+5I+fl6dDp6JtveOryR9fZHN'
    'jGbhe+OupC8ztJ1vWf6TIeX7DMrfCuVd+PSy/LVkrLo5wjv25pC8fYz/s0EBww6RH4sS5+8iRb0q/grGca824JnIvKckg7owHZq1'
    'r7I7WaaZm6g9g/Gr5ziWxz3XmAzqLSEP4g02j+UheYdZ3jcSariY4pR/T/g4xXW/yXp+QvSyVkL5swjdS2mw7xvkRfrq2yF5OZ37'
    'sEFerPdeiEFRbD5zLvYk0V9S7QGZ5zaSR8UPlXluTgR1O15h++LdiWBs4AGWZzCRryNjskZkuS7FOIbZONaF5MG1f56ij/Tul7OH'
    'Spjpc1Hcl7OHInX3a3TFlpM8KjlLTv5H8nRp9GhmK+aD35GbQ/JsJ3pxlSE8UpmnLKQ/qLv3Z4UOEcfzB4Q+djT2+deKPD38/Cc6'
    'RKbya1nuR4q6OW7/RxEc66usnseFfr/gHD4s7NYQwvoeEZwPjmf/jozf9D4vy32UlDPl68pyt5A+qfByPdiFVobc6+th/Lp6EG9e'
    'HZLnBMjTQfKocHZO/h+S58S0b5NaZ8lPyJ3/irmNwtdoczeliDxg1Iurs+QhUN10Gx6uKhaeSv9siYFuWobZTEfpOlE7nzTRV6Pt'
    '0f4VU8dK1jWf6Y3p7tCtdWpbU35nVuW1tVFqEmY+bhtC7N1VtvArROz/NrZhj23YYxv22IY9tmGPbdhjG/bYhj22YY9t2GMb9tiG'
    'PbZhHz0b9ioHm7DYDiq2g4rtoGI7qNgOKraDiu2gYjuo2A4qtoOK7aBiO6jYDiq2g4rtoGI7qNgOKraDiu2gYjuo2A4qtoOK7aBi'
    'O6jYDiq2g4rtoGI7qNgOKraDiu2gYjuo2A4qtoOK7aBiOygbO6iEgR2Uia2RawzMZrA5oPrHNRZ8O+o/fQvZ89x/+iD7RnVth9i9'
    'ktt9RNmUmPjMfpqNkeP0fnYOUr/2XJaEuDjMrz2Oc4Winl5SH/drv9Hw/kfXbdRccfukBsNynDagOsRoY1Me63yOmc6nq/2krY/4'
    'KBvBYsbERTvA2MYvtvGLbfxiG7/Yxi+28Ytt/GIbv9jGL7bxi238Yhu/2MYvtvFLK3ZdJcFpGPu1A/opyNqtJPQX5pO8yEsZ7aVq'
    'R8L5d/D+RuH7MLqG7ak+mIMywKnjBWumzJ+0FU7V7A2J/8xWvz7niMNTr9hbteSMze3W9vB9iutpgKyneN6D866Y8xsKnfNizrt8'
    'd2H2l/MT3nz+K7nbxfv6zbevbWniiU0Re/OcFgU9c01omxiXTgxcmiR/UxoKZQ1puHfj3uyCeU470sSjuTFFqR6v6pTJLLo8qvKJ'
    'CLlSNbujlhOZRQPBp0irV1ncbXENiHgNHLJrgO/fNNm/UfG88S6HZXDdJEL47bUG9y+TttMgHxAiP256FXyvYHc/sUeIz7+g5u/x'
    'djhfdY1F/lp4N0X4dqELWD667yYTvjUvo7ojI8wqSPsS9lNBXruc3LfFKMtzbfimtdD2VJChLYX21z5gLwdx0YcptJ/PPWXfz7Rl'
    'P1E+Pq1AmcJ1+4Kx6ZcItRzmBQceOO4/Wf+tMKabYTwVYrw9CQUvT66YdNnB1+W4s0rQpOmTLLgGmDmzl2Zd1heVa+2nwBStBd2L'
    'quJCMbyLSe/MRb/goU/5Ibcod7oWnE0PW/u1EHwq3BZpPdy3kb7svcD7Wg+yX3y/7A7//Tmx/l7R9Pck/o7lOWMjz0H6Dc/YD8b6'
    'brG+m4EuAc5LrAsX68LFunCxLlysCxfrwsW6cLEuXKwLF+vCxbpwby5duAqi1zYe+f2yraErDh2+fo5G6Ck9/96mP7/o9nBbqwN9'
    'Qum9ihF/D+Cc1kC+FJFpTCFrLifrHVHXx78jjVDlyMeI77HxPTa+x8b32PgeG99j43tsfI+N77HxPTa+x765bLpSsIeK4b+Exlo/'
    'X+T73j2FnTP3hOQ9g+X9WwInnncgop07SDtvh3QLpJ0s7y0kL/ZhCNIulncHwES+ewuk/SzPNcL3t8/zDCr6X0/aoX04g9QR5oMG'
    '5caHw/tz2Bi2R5Sn+saq8Ue1vYKcy2cwPYzN7G+st5vUn/MZTObgNFZ2A94hyd7KsHk/jdAdGbZmTmF0QM6fdDqY0r2VRr1V4fvq'
    'Qt1SXP+4VxAeKBvHe1c5pFxfn/KU8G6DesLyZzXRCFoN9c2Hv+eIfH9/ulgx2xn92G2xnyntN8RwGPqmXEb0DsLy4v2BwuwkAqvD'
    'ybyfDOWu1bQ5WdFmN6Ohuwza5LYTFYQ3EzYPcp5uI7QI3xNLFfiwl617XNM4pq2KvLg3Otge2UTybmB4pYvsddQ7qWVt8z3YR9qr'
    'h/1SzfrZzcp0EL2TenYOdjIcdxXDdUhrn0D69i4FrlL1Te6zSRocspm108fgN8TqmkZ4GwNkbWUYbAcZPwjniOq1LwPdGb62kJZI'
    'RKwVxCnUjprbStPycn1OhvWcIGvbdi0Xo08NjBan9n/ZtylJz+louoRCt7pRwUuqYTxU2h7loa5m+5zyyJsixquDoZzLjyR8nB0G'
    'wzsS3hrSzcs2GBPWVYVlNXfDFKTpCX1rLEuMPD5yO9Wz/bm0oZlduBL1wac9ovQfQDEv+/w8ZX212InrdSie0wk1p7hvb1Ds28wE'
    'nuMyeMJzlSdG/phn6bpzZCzm+Ab9HJva6UXt6+viOX9TzTnu+ysV+z72U5BIiJUH3Qf49i22TwROjn1DjD7MzejUkDmQbhbKJrZ8'
    'o43JN1qZEaD10xT2scpaPhJ8atr4vhqK53RCzSnu2zq2byv9AYU2FLi3R+TX+RsJ0xs4Wvi2OfQ7l5+1CN/HAN7xK0geFb/VVq68'
    'nfXBZj/YPUlKGpb2SatuYQX43Gh1k+WaCuesbdIbzL+E6Qqp1iGu5x7FuZd2WBMTjBZJGVDtoU/SfW7zcFRXPCeH1JzgvmnQnTtt'
    'uW2+U7f/a8jc1jqUizr3ku1id9SaqrbIj7I8Fb5Ixmszb20m2939JaSj1+7OGF+MvznJCN8nFKfNTGTmKppTlvmFUPsxtJnf1MSa'
    '73Sh8x3FiivGekgD7Y1r42qYx40W+3aCz2OOHr85GWD52JDP4T5BPxdNp9vs0dzf2V9uV+3JcfeoHPYkU+kx6EmDDZHWYEzCBUYa'
    'dodHPbtkm/89TdgdheJ3jLl5DWv3lQe99GOW/t5iHrIClxS2DCP9C6vObP29Opl6Mz9U55nqyLh7HLV/gnRyPCdjPSeR/NyQ/in5'
    'uRH5w/i5tUxXFHmx9Ywne6WCn6blC6Ryf9+lOqIqGN+u1qFc2Hg+zcbzcShXZSQLkZR1WTn+nZlQp0NFDswfeiHnInIl/GQBu9OG'
    '1jzmO1Yrvd5AZLm3bO+t3u/rI+WfLaGUUfnIgXBSN0L3IDkpB5tWHWnF6Y/I888BL4yVXY5FsVSxad+Roj4R5188J2M+J7hvblfs'
    'GzgLsrg4CROWjmRml5WHwCpzyMxRNJ5NJkdlpmzrsG05+NWmnPp7vYKu3R2vmXjNWKwZTjeWEbqxjtGNlUSejH7p0Q9FHamvAfio'
    'yFehdZST/FwmLe0iGkl+5L/Y1tMUQQ83srok/TJF2NlwYP01DF9PibgrIByj8vH+Z9i8pNm8mNRH4WliD2fb10GoJwn1TollE+NG'
    'NsFl0/0w7/H8jb/5ywjfn0852Y/cfnkqy0fx7pGz/Xw1Ifnmz3b3OxTGd1f5BjOtl+ssVCpwNNo438D0pVTfOC5OCt/nWxX5Oyw2'
    'rC7eEfKbUozfxG0QX5TfGawwH9onyt/3Ci/GpI4nlIL1sT6WFaj1AHce3KbA77DiBUlYp6O4P3KeJmtkRnQPLIZ00mz/m0rGZKIv'
    '0OugHzLB5ztVmDanAd42qKoe9vmZws7vCNpsc3vxheQb2oGjD6155Bvaz2PsjhnkW7fIt9WfoviGddYp2hsSwbhPL2rOCBMalOtL'
    'U58IhdbD9877FfyXCi9DUs+vTR8iov6SBBCyCJVk7a+oqSLnPWFe8E4cXdYEL7fLbBUGpdoN5YY3x2siXhMh/BPKZ+hgeCmP1iqC'
    'Vs44fiIZdMXQtVPFrcR3ORr/n7Nz83N/b5cp3ofNr+7cqVe0X8l4I/JMXCfy/SVnCD9rncj3s9EKZ97lhJdzObQ1Sfh+qFojzsQq'
    'xg9aYEBD4p2qSnNnmOj3AhPboVLFzg5bg+XkXq7i1Zrw7ai/HpWfPDmo35F8pmvLxlezvN5E+RdEf1fo74vG40P/V5yfEFYn8iy+'
    'JPy4YZtFeEw92h73udrt2P6u7M90y/Zd2rlG+D7eexkMcSyDjnVfCjiI+851qes0WLfU1xv6ONvuWOdyMnYehxHTTY51HyY8X066'
    'WJE8rqNLG7Z3JgqzHtIn6ufzwqQH61LsZ7zzoQ/pw8k79Nk9ndwbpZ/1nN7UHv88Oxg7cJ9/z8R3f94fjCsxY48fH9mFF0n9/tcl'
    'PV+SpYQN+uZeTt6hL3QaB0C+k+nffiw/DoB8V39Zvu/6w8k36eNeph+90/f9je0suCQI5190B+EsY6VyOMs4qbTeJGGWYfyDbyY8'
    'vqVcd1vZnhi0WMe28Dfhm7RYnDWbRDDOKcVL3SI//umJwo+jXuhZQuudD/VG9XvIsr/o44+W5XiDl0kS3snahOcPLmqcyKOaTfA4'
    '/btjDNdEWD4q087RUAkvPgQ95zoYXdI9TsbyvPD8ANKxvDRO+v5/hGc3VQr8MFn4fqlluhLSNZC+BfxVVyCeBT+6N8/w0ltm+Ptj'
    'hvD9XJ8G5dsi/F3XE70Cmu9YyHcj8Yu9Jm1+1tU5wIOOuw3S4zXj4P2T/ZK4YRahO6h/3m4LfNZNzg4dXUhpm1kAe9ru1QQ3mrRL'
    '8dMWdoZtE+oYEDpdGtXdKcyX/lGC6bK3Q5UaJpCpj34bOiUqJsYyoY+JsZCUpzE+aJ45JM+AJk+pYxcliPyC8oa4Pr4KlrychGdU'
    'OVc/L1E8KBu6cxHZI/juRBH0D3wkkbPUknmhch70K9/F5o22d52jbkApxnyuYsxnKMZ8mqL/pzrAYYWizHBEGYxzQ8tQX9Q070yA'
    'Bc3LceFkRZ5ulqdakUeeeyocN5bzt14xf+sU8/dO8u4hxdzftiw494m24Nwv1cw9xWuUxg6bex1dHjb39OyLmvtWg7lvNZj71hLM'
    'fcZy7qn/f/RzPYfpRCwGHkIZqS9Fyi9m6UkwluwVNXe3R5/bYbRAhpwpPL5AH4En99HfSc7KqLvRgFDHY2pk/FkTX+hh8FhN1vSR'
    'DryRkwx1TVz2N+LYv5B3k2d77/5A3k2CdweEr4s8m83zbKjr14o8c2fn53kJ9iiln8L6LMs8J3k3BC/ZjLfJguZF/LKRpLL9LxNe'
    '6yDDEQMKXouOjpZ1fUZ4xs0qvvqgoo2ovg+E8OY5L4Gu+R3k3tVNykTtnSFFn+sBVtMs+DxbDNribZwJe5Ti9QHN/WRIMTa8Hx3O'
    'ymJdGwieCetb1Bh7NW3PBN616ZxS+UsUrDpEfvwSHhsiDI+kLfGISRwnk71ZSOxiFa2veidlEGsc7mNhOoE28W9njsGYm5ieVlQ/'
    'ue6uSpdxSMT+MArUcRVMx7V4Oo8Wc0N50DZncLFokAbGlyn0TpOwLF9mWT7W2w5Z07MPgtVBb7slck1zvLhK5MeXtpXRNpIz4T1Q'
    'Hu88HTDHlwvfBiee59Gb52kwLzhvXH+Y2zouFvqY4HUa3NXE7nhlRcIPqzQ096AFrfsrBe3fYKEnY0J30/peZH9fHaKfImF4d43H'
    'X6H3I64f1Mv4xrMVcKHvXelv2maHBY18gMlVh2p82WLY/WG0xzJkcTfCsZxS48c07LfghfRYyMw7GB+mTyNbHu17VbLG34M7WNt9'
    'Cp4ezTekkItTPQQu3+8owlii4N2t4CXIce6v9sf5JzY+kzWzWbM/uTzddcwUroXsyw9Ve3F05buTmczzJJB5vndGEJaqOMYngux0'
    'RdpMtot5MW1Q6EryPsi8y4jM2rS/y+HbTk1/aZ9WkvcSRm+t9u6QpVoLxVwDv4T0ZYKfcvzbau+OW+j5RvtP+Uv0fZ8hLqT4rltR'
    'B+U/v1LlyV2pzhXfu79T8BR1fDnb86I3AoehvdijVT6cD1X8Ftb/D1bl0x5R9Q866BuM9pl1YZUfX9nkjFKtx1cieL6DGhlYD/Th'
    '2Cqv/8XcfzZ0Zdjeqq3yaPwonN1mqBuEeWmbJxP9IorDT2Q4dxXTx3kb+74ScPKLlV5s8VKfqV0a3N3NeMCPjXJ/+jX7GPvzyTHu'
    'D4fPUKUXWzrqvDZZW+0WdEYbWVem9eNaay+QvmgzpFNycbArfVlVxxisY8T/VaPUj/6IfvyqwseX3RZnDT2vTc/GLRH0DD8jH6/w'
    'ZDAUl3Y4nIPcnsJEJrjRYlx4/t1Z4dNOhyrtJ/u5qcLHWWNN4+V0ZSo8+aXMf1idl86DdBmk0+vU31dCmoF0PqSnQ7oc0oUs/+Q6'
    '0JWpCJ7XLmvMVXZbUVEafospHvpVprTtR51X+8eofRz/XRnPLmK06WXaJ873uinjyVhlnqPYPpgGaTOkK9h6b4d0BqRzIT0F0lls'
    '/5wO+2BjxsddhzK/aHXGs+h30fEo9h1uWsbTf7U9O4cUe4HzOsLafaPcv2eNxR1H9uFfyj0dsCgeks19ZLRowC+VezorOZkL21+H'
    'sX00GdIpjufLHSFtzdK01ezY1jBpywUP0HJzID2efV8MbV1a7q/90boX5vb/KLeLfL1ZbM+Vgp58NYJ/8Jcyzx6F68jZ6gKano0v'
    'lfm4dqxlQd8s822vXWgtHT9Y1v0PRayb9/uOMu/vQxFPyv71lnlyaoobEpC+HdK1kCYd8dLZZN12jMJePYa0t4HNVwc74zdo9FLD'
    '9ES72fppLvNxw1jcoWUffpcuPX7qjID782nfB4ULfjLdU18nYy0EL+0ogA79a8VYXfoQhfN3pj3cZLM/Tc/wq0jdpzK6YCGje86w'
    'rPu8tK+TXKxzOmodvYr7v0hz0xlBi0wrcTu4r6QBxljpd7+Y8nw7jaWsOIqefyjlz0O7xs54Nav37Q7t/E3K19XvZHjhVcP9vDvl'
    '3e1H6/4q2+xPefqEpbinyvovSvm2JNzfg6k8D+taS+AzWnzbo0ibo6FnlOP/k7U0oKFNhiPW0h+T/rwOauaq24KnyeHyEql/ZcR+'
    'WuOwn76b9GQgY4lbcvR/0lu/lLZFfrIN/03W9bGk70PvsqdB5rU/337sySe9dOArYI+7z0sffhb4f0k9nuk25CsPJn0fMi62ULqz'
    '6LKkx2Mo9T04p/9H2uLj31oE3VEKryOThdthTUl6vOQw/a2otX68hazVZI+9lvDXoytv+OcJ3644aj3y9fLDRGE2eRzGjyU8/k8x'
    '+M6qdTGsafezZByF3m1y+j+K+lzvD7K+rWSObNavLNMDZW35obLMxSFlw/ibsszbE77fqK4I/gDypFaTMiY627LM0oRvU22Cf/p0'
    'to4JN9vbLaye6oRvDx5GR9aDQn51BIxwnP8jovN2E7vm5hLoIsm6fwT9kN9/czbYBHb7PuZk+jr4fdtP8j5zvpemrvB9ycn08B4v'
    '7zdC8vJ6H1TkPXmHOu8/KPL23qruw2dC8vJ6P0zyvg5+9O7XwOF9IXm5D753k7ySCJVp3QXBsvWAA3je3Veq83Yr8p76HnXeS0ne'
    'bsh7xxb12M4mea/bCmfL2eqxrVXkxXnjeU9Q5MW54HmXkLxt93npnr2whoH+mv+wH98A8/7d4xB3YI/ax2QLyRtF19WSvJw2bIF6'
    'p+xX2zqb2rGaxC+Ibf6YLdjnCrFjbTG2Y42am3o4+2PbTL1/7FLaG4fZBCctbejC/H2pfGNPs1gn6OvEZl0d5tDGQ5ZtmNpTR/lm'
    'LEV5tI8Usf1z6B6be14u9Ots4YcJt4lbNVcY7DF5vqIfprkwT4eRuWkUwfj1yXNy/VI+PI4V+gRCe1i+Nk32OV0ry4XaP0ir8P1v'
    '1MLvNcKPqYYx4GQ+jEO3htWxRuTHJcXy5YrytNwCYecfQcoPZhapr6ZtJgnerSQ2zQfjY2RpqM+/oN+3SaiXzsVcuLdMI21xnVKa'
    'Dgh7X+loj98kfF9X1I8b9RG5TZGG+YjUrbNGRitEwbeRpEmAzQD0rU/YxNtMJRLpCU43LOIYw46+qwnPYB0kOlXTXrb3Vj8ukFwn'
    'J4twXwH8bO4Xel8BfB/KdXmkYd30jE2F0DHUl9ASgpOERb+oj7qUsPN5kRa+L3rcK0nyneJ/Hd3F9950kp/XZ+NnKXef+6CXlu30'
    '9maF0MddbFScVxgrlcJ5EcPLYfhlNMZ4/66JP0bkFdyx79AaI/rdovzi7SLfFyePGUL5f9w/pKvvId6/6Zo9Sf2C0v66touxcsvJ'
    'uVkr8mPoquLa8ni6UfyVcoLH4nhVJvGqbjCKV5U0iFfVAvxxuk+viO9reXOwc70o5AmlXfi9upnISdLCLh4C+lDdKoI+r3P8iUQw'
    'D48t25Tw/WahjmA3kanwbygXSZO6aTkam/YNoc+DNg//LYJtXAXf/l3oY+m+oviGffuZos5h+PZj0qcNTF6FMHlaBOPm4pieyv58'
    'J8ZdMe6KcVfAZ5rubpCEOVLRFVWMrhBnZef2b73f29uyv7fl0xW6+hs09TcUof4yRre0gC0X8klqAS+hP8A4fvvB+O3nKJZQscQL'
    '7VGF8Xz9vELWIIS5D3T0rz6DvJs1AnYK5N3X8Uwl71bNDsopj4S0R/ixI2jcBFuf/vF6HD/rsclyXq9i/KGueE75nLaP9ZwW6j9b'
    'db5cBXigxmHeD6Unaf6k7GjNkZSkNTm9afKMODz1IfNu6k+4BeYwCfnC5DaNBjRPmtE8pnWH1ZkkdTaQ86SC8Xrk7y/KcYfw2MpY'
    'XevgXK214IlT3hsdE+U58Vinl4eMsVKx10zpgRshrRH5sTHLmdxsi6Lvqtgb3cLNPzWNhVhoLFOq8xUVfxp1viqFPtYfxkTlsjxV'
    'TGeMNVwrzGM0c1nh9hBb1GLGZ5Z13Zut7AZRvBij3Oeeai11CPc4mYWsDRzzKSFrY5Dpyh6nWBv/yfIshv6Z2hJs1uj9HrQXFH4c'
    'z83CLB4O35dY92/Z2Gk83SVJT8LpGpOV610finP9Nou5PpHA3cT2YDTn/9eO878lZP7vy5b9pBjdeMom+KF7jNYMnh3nEvzN7V2H'
    'FXYtVB/ZxCfOCcIsFpJqvZiODfs1C+7M/CxytYuhcSn4OuPra2q2zAdE4XHZTf0ubNHk3Uz482NJk6w1xBMmcdVlfW0K+S095+uh'
    'rVpGt/Rr7GC6LegX7hulVrH+O4Q6li9dI7dlf3YBrFGvrNBY2JhX1n+JcIuJ/Q74FmX3wu1az0j7ZwmunTUW/lFXMH8uZ6X9eWwS'
    'QZvaKB/wZxO/vfWAC9AG+xgLO1lVvG0XOrSQ+N62PETdfUk43peaCfOExzTrIHxPpBszIj8GL9qmLSW81BeFH8M6Q94hbkA92FrW'
    'zmyFnJCWmSqC8S4bybvFRO+Ex7tUxcKlMhEbeJ2v4S0kI3TGxjIeeYtvOJCDg6I/IoxPY9tWFWHaUX4A6qO48Fl1a7/Cce1TfaIV'
    'YvTi+eFaLVV+qvNc6JgQluXwE8b/4XpVcq98UKM3eQHZ84Lo8trAZJWwixtZL4J6zjYxGFFXsxnOwTB90EUG50iV4z6Q7R+j0Aml'
    'OO5SQivNZ308mqwpm3WrsgNYFWLzo1ubdJ2UCT++ZZR+ne2+xv4myNjnafQhTXjDyQj9ypQljqSxqGnfihXnsxC4maxZ1Z5aYrnm'
    'bfVScR7oeYZ2DXnnGWq7t+rlQXQ/N7K50dlM8DtSguh1No3h3KH8m+YP03Wnc63TIzehNzNAi9n2195WQ0oSJ66xBhBmDQ5yUSMB'
    'qdIWAyam3USACnv9NOLjZ53l+rwc7xFJ328GrSMlou2qjkp6+h0o81L5Y7mG8BpMYgup/C8uQP5j0vePVQo7K5WN1W8S5jZWLye8'
    'fsQ6B0qdg7Qo4GkvcLvZngU5f3UJj59BacklirPVps5LwQ+SCY6u19Qh/dWsIHWo9s5GxXsT34v07t9qQT+oYvmF8Zw72d6enPBs'
    'cVUwxP2o+qY7M23rkX04AHiqGfCI6r5fE2KHEftFKKlekdX8N8GcXk9ooipiA0D5xxvJ2YG+L6Zq9pWK927ix1LWe4bwY3xw/5T8'
    'HNuu2VNR8SZ53VF9OorwazsIHFTx+7h8k8tCJxPYcjzUrZAhdomg38lC+LBh9mvlBdDy6+BbveLuLctOBnoqzN9Gmq1ZXXnZ3pXk'
    '7oNjOEf4fgimAr8Az6LrhTqO9+VjeAcy1VVS3VsXMTo0rHwx7nmuvI1i2RDWkPvbCYb6AVHn7IAIxpLi/TRZ+6ss4bElQm9Lyssu'
    'EoX7zozCiRsM9Q5M/T+WGm4mvve7hNp38RYN7sM1loA2qXwhV21ip9KCJUN4Or1M3x7TAQ0P8l0Gd6oFRK9/myZdQvQLquBdO8MD'
    'dYR2m0xkWIgXkcbsJ/IxpAO4HOpuBQz/P/gYm+A='
)
