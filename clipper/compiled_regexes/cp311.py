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
 ('(?:19|20)\\d\\d|\\d/\\d{2}\\b', 0, 32, 1891, 59, 0, {}, (None,)),
 ('(?:[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|crédit|image|illustration)\\s*:)|(?:\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$)|(?:^\\s*crédits? photos?\\s*:)', 2, 34, 1950, 402, 3, {}, (None, None, None, None)),
 ('(?:[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b)|(?:\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$)|(?:\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$)|(?:^\\s*(credit|courtesy)\\s*:)', 2, 34, 2352, 839, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%)', 2, 34, 3191, 483, 1, {}, (None, None)),
 ('(?:^(lee también|lea también|te puede interesar|más información)\\s*:)|(?:^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S)|(?:^\\s*(informate|infórmate|entérate) más\\s*$)', 2, 34, 3674, 886, 3, {}, (None, None, None, None)),
 ('(?:^(read more|see more|more):?\\s)|(?:^related:\\s)|(?:^read also:?\\s)|(?:^also read:?\\s)|(?:^see also:?\\s)', 2, 34, 4560, 228, 1, {}, (None, None)),
 ('(?:^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$)', 2, 34, 4788, 1129, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(タグ|カテゴリー?)\\s*[:：])', 2, 34, 5917, 222, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(태그|키워드|카테고리|#태그)\\s*[:：])', 2, 34, 6139, 233, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$)|(?:^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$)|(?:^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$)', 2, 34, 6372, 619, 4, {}, (None, None, None, None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))|(?:^\\s*to (view|read|continue reading) the (full|rest of the) (story|article))|(?:^\\s*if you('re| are) (seeing this message|already a subscriber))|(?:^\\s*(instant|immediate) (online )?access to)|(?:^\\s*never miss (the latest|a story))|(?:for the latest (stories|news).{0,40}download)|(?:^\\s*download (our|the) .{0,30}app\\b)", 2, 34, 6991, 1924, 25, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)|(?:^\\s*advertising disclosure)|(?:^\\s*this (post|article|page) (contains|may contain) (references to products|affiliate links))|(?:\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b)|(?:participates in the amazon (services llc )?associates? program)|(?:earns? (revenue|commissions?) from qualifying purchases)', 2, 34, 8915, 1126, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 10041, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*(写真|画像|図)\\s*[:：=])|(?:（(写真|画像)[^）]{0,30}）\\s*$)|(?:^\\s*(画像|写真)(を|の)?(拡大|見る))|(?:写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$)|(?:^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/])|(?:画像はイメージです)', 2, 34, 10237, 599, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：])|(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：])|(?:返回.{0,6}[，,]?\\s*查看更多)', 2, 34, 10836, 388, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)', 2, 34, 11224, 1031, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 12255, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 13652, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 14223, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 14478, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 14707, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$)', 2, 34, 15160, 221, 2, {}, (None, None, None)),
 ('(?:^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$)', 2, 34, 15381, 171, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 15552, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 15696, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 16938, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 17903, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|da\\ redação|written\\ by|posted\\ by|redacción|story\\ by|words\\ by|authors|autorin|text\\ by|auteur|author|autor|texte|автор|текст|text|責任編輯|责任编辑|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 18119, 868, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 18987, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19025, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19102, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19179, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19263, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19338, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19422, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19491, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19576, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19681, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19778, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19883, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19954, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20025, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20113, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20240, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20328, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20422, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20508, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20587, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20660, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20735, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20806, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20892, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20982, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21107, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21199, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21317, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21411, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21480, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21549, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21618, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21687, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21754, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21823, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21892, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21961, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22030, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22099, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22168, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22241, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22314, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 22385, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 22485, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 23313, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>[^.,|()\\n]{2,60}?)\\s*(?:[.,|(]|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 23395, 385, 1, {'name': 1}, (None, 'name')),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 23780, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 23879, 100, 1, {}, (None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 23979, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 25021, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 25117, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 25831, 998, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 26829, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 27370, 999, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 28369, 529, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 28898, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?\\s+(?:de\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 28925, 3035, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 31960, 3220, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 35180, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 35206, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 35799, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 36039, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 36070, 77, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:T)?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 36147, 1521, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 37668, 946, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 38614, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 38841, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 38939, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 39118, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 39199, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 39220, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 39458, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 39712, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 39902, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 40140, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 40168, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 40348, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 40540, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 40746, 32, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 40778, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 40999, 493, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 41492, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 41698, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 41726, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 41746, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 41778, 162, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 41940, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 42146, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 42432, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 42628, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 42682, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 42706, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 42730, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 42773, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 43067, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 43085, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 43102, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 43131, 124, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 43255, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 43462, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 43732, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 43836, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 43852, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 43868, 44, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 43912, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 44013, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 44038, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 44887, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 44995, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 45009, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 45037, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 45098, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 45210, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 45337, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 45458, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 45732, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 45866, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 46003, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 46031, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>[^-|–—:·•»]{2,60})$', 0, 32, 46047, 236, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|creado|edited|issued|posted|publié|update|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 46283, 3039, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 49322, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 49542, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 49563, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 49621, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 49637, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 49653, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 49752, 55, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 49807, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50030, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50087, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50144, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50201, 40, 1, {}, (None, None)),
 ('^.*?\\bby\\s+', 2, 34, 50241, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 50271, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 50372, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 50396, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 50906, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 50930, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 50954, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51362, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 51503, 21, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 51524, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 52368, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 52559, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 52805, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 52883, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 52994, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53036, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 53749, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 53827, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 53884, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 53916, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 54068, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l+/W+JaGbGEKHEOhAlg4QCCGBBqKgQNgFDIT0lm5IJ9203QmJCI2CosDAiDg6+ruMOCMYkEWHRRwDCokzogOC'
    '6P87IwzwjzgzjvwwbjjT/6t3z8k979yqe6vqvded7tzL11TevbWeqjp16qx1Qoi08B6Zjmef5mzaCe8S2b9G+HcG/hqyf4c+7aXp'
    'PULUZ9N3K7597yfet1PIt9PP99KzzvO+naD4dsvl3rdjyLeqtX4e+W0x+VbNvh0G39pgHDLdLLxvB5NvQ+xbi6yLlJN1LiF58LfM'
    'W0vyDkXkTQL8GgGesp1KeCfhXQuwr8j+1RC4N0GZJCmTgN+0TBWbq5RFGxIWZdDfldDf1eTdKRu9dyvIu9/2eu+OJu9+/qT3To65'
    'DuDQT9oUIX2W5Vqzf3MJ3NIwBkHGkowYexn5LfOUk/p43gSbG1N4NZK+mfSpEfol99R8Bvd6i3blOMphzzQ6lL3h2/njbYI+vZfk'
    'M60P9wn+prBeCelz2+3rbYR6bGCbKRJsZX9dYVvxTBC2CN/ThBscKgi+VeGxpSF4rM0Cjx1kgceaoP/y2yjZ4zIdhjyVpF/9MJ9V'
    'CjxYSWC0IeG2BsvZPLQR+FVBP74KKe/3CKTd0LdqkqePjB/zuuAK+f5S6Esq9zLqSSam85MDTJso4ElH5rBZPybnqVyfMyPW3UpW'
    'ZxTeaoL19Jns3xVQrhO+yfyHB9ZNcr9+6Pz+z/h4Rj3ze7ONuaysBNnrFGe1E3y2g31bSPAO4opemD88D98P6XWA47AeWf5AgnNo'
    'eZqngdBTq9L5dZ+c9tIPz/HrXpkO4tpqzbpdSNZjIXh3kSXuLgeaKAFjo/eP+QDveezeUQltbWr30g9Aekd7/rkj373WC/3qU9Pf'
    '8ttPoPx/QHo/pOdCmbdg78t3j8H9onkgvOzrkL4J6b3s9/3Q13+Ce0iObr7cS9/q9mn9DMyZfP91KPsrSL/b7r/n4/4n+PZEe3Dc'
    'KVhPf5f9u5DQsTZtHQC4kLfVzOjBRrJGuyFff7tPrzUp6AGkkSsVdJAs/4n2fLpBvnsP1H3xp710TXv+2Y9r5iLIdy2kl8B48B6H'
    'ZWV6eXt4Gb6v6gGHH89osUFIt7F9Pcx+90D7rfC7C9Lt5H0LwEcA/JMEPjVkDmn5AdaPPkbn6NYxH2MtwYOzoNyjkP87kP6p3Z8j'
    'mfbgXmIwvIjAWNb5DsCB8t0s2Adto/l1YVt7FGtSNU+8jSRZT3UKXoeE3ckaHsemLi/9UbePi/m3xNXBffjh7vxyqvs/zmcVm88k'
    'W7u3AO5569r89mhf3n+ul/5yINgX5I188DY9ThjMNr5AkZ/2s5z1M836+VfrvPQ4gMt/7gjS1Z1sjwxp8IB8956Et1cQl9B5OR/a'
    'EMAnalZ8u/nOIJw4LFRwqlTAKSPCYVHB7hi6cc60gBfNcyzLw+9Rur41A09FKO5FOO6yT3np2zcH4fXAnV46drPijO0DuG1T40XE'
    '8T+FuyrFVVhH8uN+O7z+v7rZ758KJzXCfqZr8G0YyzkAt2UXB2G6fDQ/z1e6gvXj2XA30CPllncLWe8Xz/PSXtibH7zES//hfHs6'
    'SfblI5KH49CXRugP7g3KqxGX+3sFx97I6q5g95haVncTm9P7gfZ6G+b0UMW39WM+72Ey9swMNsZ0yBht4DyTwYLvkYaQfVcZsu9o'
    '32eJ8HOtjJxrF5JzTdZ3J5v/Nbd66e5b8s8nPIfktz+uzy9zH+zLoZvzz5EwGoXTmU8Brv3s2V76JPD9U7Au5tO85+Tn/S7L20Ly'
    '/hDowCsAtr+6HuroyufZy3dfhbz3sLxfvEV/JjVnB3Se4x4sZzDgff1HoBlWbg/CgPeV56UwOAvwzXyY299cDHfIjUEYYN6dt3jp'
    '8Fh+XtUZaMr34vzg2ePed1nvU0CnZghN+eTHgN4byl8jr0Daf5OXXgrroGzMv+PhHS1HNxCcZ1oHbbseaPm5bP2F1aG6/+C9hfaP'
    '3192Qbv//PkgPazr+2s3q8dwAOC7ldDeDX3qseGc1hPeZ67c2vx98In3wZkB7bx/PawnkLFdINz3QhXbC9uHvfTI89Rrdr4i74Lz'
    '1GuW7gXa56i9wPOG7YXqIu6FsPsJ4s2D2LmyDNLjRfDsOArSdla/ihepeocwPEDzvQHoOVNep4r/z8daTs6sK8m8IHyTHeE8PcrL'
    'jVp7eMerZfRGP7svj5DflPeBMgN6l3+d3OUpf+4KnC/C+xspUCaM68iGX9dI+Ju18H2WBXw5LXpI9sW1jns/6Qj/84oM/xMBD0fl'
    '38zo0z7Cv6kH3ucRBvUMsHTUgE88wsbZSd5HtYdw3CLU937b9SbruAvmAXnelLbbl/ZTWYH87JXsm/z3KujvQsY/d7nLSRie47B/'
    'igErLrsPW4MJxps0mVvb+l3Wock5cu0+eo4cUSS8g2c0th1VXzfrz6iCHz3Vz6XvJj25zUSeS9cUaT6vLNF8XjBFzifcF/LdVoPy'
    'PUyOMqjYF32a/tG5NYFzIecnPSO5nt2pIWdgr8MZSHWCqBwJdYJaWFuDmrUzYiHL3q6QU5vMX6fm3Kb3hR8lfJ2kNsZHmc54N1NE'
    '+sWmjmLTOZdnXzQl/DmlspIFCvhSOI0o5KCFzF3YOpZ9/d8wdiwflj9qTwySuTfZB3zPqeTCQ4p149pHOd7Py3sc68NGpgfYarmf'
    'aRmTecXzs0WD+0Y1sBmOGB/yKOoBjjMU+N+WrpV1nQvrNmr++zX9tx0H7wPFJ5vI/bOR1TvE5mQx+76R4R7kO4bNcaH95DJLxAlU'
    'bjCXyA0oHjkr+3dGAbxG7E+G0BiFnLP0DCjmGerKYzS5G6FciOJiweTWPQrdFeTXzyT0mgmOpPXhvrsK6nsA5jpqDx9G1rMNLJYT'
    'Hijlhd5BaImNGlpVNQ7cJx+GfYJwiFovm1jaG1EG7wGVGvhdDXk6QbZP6x40GMeQQftSfjKb4bFONvd9mjNZBzteFvWJ3kFoVZO9'
    'x2nXqDJ4t5hFzgB+HvVH6GeNMt16fj+OwmPy/cuMH/JzKDPD0+1NpcvK9z6Z8vIK/HdleVV1eU1tHT71DXWT9DTK/zWVouYcYH4/'
    'Pp7I/d9/hBgbk+k93nPhhV/Lpc8vXHbo2iMWn/vrs8+78Jv33LMQPv/xjhvvGTd4HrvuO20Jkf5N9p/XyaoHD/QxitfW/3jt3HPB'
    'C/eQR87c2HixHtlixy/Cv3vPLt3XFvx1T+D51Xfor3Exviv7J/9/4bgcp8j991L2v9/k/p99vvPm21Dz+PjvAu1lRLGeDYp3ufZb'
    'DQpXmLSggqEvh+PyqRai64FnSgXJg7rNaAPjwrNcEKJ7WE7O4AfZmTyX8WN6SUpp1xGFfZApTn2d4cnrQ9rtLGG73SDT5HSTikYf'
    'VdBtPL/JuaCjx01ptk5m93QUnGkUFi8b0Dg2/d3I6LNhzb3X5N75Zoh8yJUv/3i2ktOSbnzXypB1l7M9S+rzIH1WSfJs1dQjG8wo'
    '8shvf0jk23NEwXCY1f26Y3ls/2cJ/14Rtf9M11iOLx5Sb28B9d6b8PHF1gnEF7eFtDtcwnavIu0Wq17aV93aPz/h48eBKYofD0lM'
    'fRz/RvZvjkVfTXC/bg3L9l6Au4stbMLq3KW4C3FYvR4i16H46l7h+QWgdQxayIBM+aN0XPx+NuBw9g0qeBn8vl0PsJ47ge0in/Gi'
    'CW4Xxyv1yY7TyIh0+8mED0LHN9FzOVgk/RcbfT+uR45r6f2OcsPZJaAR+V5e6tjOm5btzCoi/uGyQxc6xkWuFcZjrSZ86gzwrum9'
    'bpZm7Xdq5D6bNfOJMFgAYzDlw/Va1k/93ETlVd0hdLJJFZxztF2IPGjAUGa2MqT+bYSvbDoHnaR9E9mfy7jPJf2ybS8Mp9IxufTr'
    'SJD/uq6viYBdlI0n3Y+PQRtod4m2P2Ug0xE7hfjyi272P4Lpabff56W37/blWGin9OhzXlrzY7DpeNrLs4bopLc+Abr8u9X1HU/y'
    'HrTTr0eVdwnJezXUd8yz6rxU3/6aB8CnF/QlvTu/v8hDy+X9IdgDPww2uw966V1PeukjzwXttb4JfXjpyfx6XfkRzcCL4TyGFlgb'
    'VLcP+3AkzP1i4fuKqmNrsIPoNtI6ykl+lLXScksMyy1hfU4JO78M9Hz6m5S3jmz0P6YKbFzg0Z2FR2fKDh6djKaz8+Mzvb365ABz'
    'vef6ykkQkDDLYrPnP8HKXQX/roFzZwDmr8yTuU2ZJ2X+pO386YznlnIp/Om4yMTqC5h/lNvIBbma6P/QfDY+F+V6WkveUd1NcV++'
    'X6Cc/eQu8Hf5fd8vUDXJL9OHNXnnknpm7YE8jwb9GvzyGfi2O2hLnIAz/4ldQXuwR4C+ePb7bj7MEKY28LOhr+QYr4PyKVFK32rT'
    'GynvZSrmPWPC+WnV20eYnJ+m898k3HgiOhp7mwGNvcWCxu62oLEvtqCxzyJ5W4D2/eaT6rynWNDjxznQ40cY0OPzSB/SgKdWfEvd'
    '3wNIfeIhdR5qe0txlGpMhdh2NTCcQe2Bsi9DaZhC7x3lU/DekRH2/uBCYZzMDaG1GDCO6XKDMyAC3qFPsrh0uQnPNKXg0fyF5b77'
    'CFnjjQRXJEXhdvNcXhBl725DV42sL76/Uiu/xX12cD5YcRZT/wZtWO94Pr2gsqesYvu4nNia5PxwjefjfFs6AWkLugZPsqRlVb7H'
    'vsN85c0Uvj+Pr8G3pyH9BvGnqOJrSr95CVFaXyvxvguu+zUPTO6+e/7p/WvfSZ3y0wvcdz//Ry/9/b1+HAeko+6Cbz8Auvzn3/Dp'
    'UKQxR4AWPhPp2535d23Kk56vaXNf2KOvWO7ROSQf9QW2jslazgFcdhlZp5c5zr0K160j+6QJ/t0DsKklbbRu2ktqdKhUgOsUdC7F'
    'ObgfrmS2I7Q/KKdKMJuEDUQPcUhjt3CR8O1c+wzk5RuFHx+lWqh9wnaJfJ93J5J+dDHZK+ZZDv2IkqltZf0/nMCoU5jb9+E4mokM'
    'e8SwnAr+G4X67EtBGzMUOK8BzvCwNcn9E5aFrMnLCqBnx7IvjkrY4f11DLfVCXObVpy/VKI4dsxvCHsb6ldFaWyffyii7Q/pXhyw'
    'yIttfJPsv40R47yH7BETfc4BImOX5f8ScGkhc0T1Tj9SpPrQhmmY6JetSHvpccy3/IngW/5DxLf8MsjbAWk7pMdCuhzS1en8upen'
    'fV8UqD+5JqK9wwlP/xT4dsMcL72R5NGVx5hFeCacAH5ff3SO920Z+fYZ8IN48DafH6bj7c8ndMII8Kl+D3ywXZBnNin/P+/10tOG'
    'vW8zyLcDLsr/VkPkDLJcPZM9yPwqOsT2rKZ4TMo5zhT2eIzS5eki0MV0Lq+G9EUHvrNJnwqBl45WqxK+76Eh4WarLCLO84whHujT'
    '6JePMhpC0tAHsW9dBjQF9VUS1ZeuCB0x7J/KFkSly4hxiDIa3E39jXOd5G0aeoP6HKnLePbY/AzB8lGw4Tr8Ybb/1GZ0lVD7zH2H'
    'MPfzUMhakLjyUIPxTdQ6Qb6K6Tnfxeb6aqH343tnuUfrIy22P+25TMi6m4g1n7u7lLvhSK5PGKXvyP3HUP8zRyjsC/aFtU/hNB/k'
    'bipb/K0R+pZbNO+7RbgPKKqLrfLbkfMHUeb5cHD1x2ECZ5WPpyGN/vGIAl6lnCOVfZnKzqCarT2MfzDXAq9xP2dDGt35nhCdepTf'
    '4t3tKjbnnRb3Ku6/h563Kl8oqtgNFH5XinA/Klss+xg153gHmpldwz9yxEHUd4RrX+i6wDgWByjszmxsqTguRvuAJmHvv2eYzfMM'
    '4fsZsrEN0uGSemFmy2cKwwZD2vEQBU7cKtQ+bcLu+p1CHW/JBj807qNnT5Td7zvTnr6lC/5vYvOk8hOmo//C1m2n5kzgcT8Q3s2w'
    'N2jfZmrOQhO8uNkCd6p8vGFsD9Q/nMf6doAw91PVZ9EXildpX5qF7ytLRzsU6oPuoZSHX1xwMOWhY8waKi86nPHkOM6hdfCzh/Pz'
    '6Bo6kMFpNiljytPdxHC06gzdGkLDvyMEx9C+zRH5seH6NbQyvVc3CHufTio4HQTvVmbn+AcFnrN8XHOZrMdEftHLeAArCVzC7hBo'
    'G7nY4OwzpelGNWdFWD9M6+5TzMXBmvXSr+hHI6QZBb+c748BkR+73da+foT1a5C0F9VfPsZ5bAyHEF22QmmflhLRZrT/8+HdluzL'
    '7zrsFxM5HIXpdgXuaxR+vK5Khkd1dqGqO2aYXegCNk+HQXunCTsbQ5v9oFtLhdKdNnF/TX1NcDndKsBVhfI+9nVeB10jh8O7r2XL'
    'fciRzmyL6EtG5Pu0tKUz+d1mtvDtljcLdUxnEzxuYuu+kNGxs9nYj9CcUbZyU7pPjywxPRh2Z1qY8PruQkNwfmaUv6DNBeAF07vq'
    'Ilh/cwzO4yi7d5N1qzrDTPFA1NlI1+ViePdtkk91DzelRYoxdgr3JQB313Gb0JhRd54mQrfa8to5vJcyXn4b4+Wr/PlyfEC/c7r3'
    'DNBbctl3hbRN56yd8Qt0PEZ6hzKhF5cJdXztuQyGqrikJjHNKok8uK8AefBUomF5vKBi35VMzw9OYwxo5MB/SHl6dIXIoXpCzhWT'
    'sZrSvJtDeKt0PX4v5eHhQu4POt/RfC5N4yCofK3TPv9Fts+X7MPz4HrX6Clw7rsV69eUbud3sBOzMJ6R2DfkHVxXd8hifFTWVwp8'
    'Rv0dDUXczbgeCR0jjd1pIjPpNFxnUfQB5cVwfcDtFvjZpk9hvriovuvxGnywUYT7YN9iec+I4o2q4qkMMjwyqtBhjYL9caCXrYqp'
    'stFQtuRyP+T0sim+2mRJb2bg3ZHZl39HcDjnx9O7aT2jaSoM1iaNk8zjBev413QtUlqHr6VuCx5SGA++mo2Tx3+uUdy1UP6NMp4W'
    'VsZEn3+zhhfE5Tf1BH4Nmv2+WeTHYirV3dc2Ftw84Fnr9B1MeWmFxkltZHTK5my5xzVng+3ZE5VnyPHea+Mf1+Ye3qlZfzsUcKT7'
    'ol0h/zWleYct5DsuZwOPedjN9tAMxvOazJhgxYjbys86XXxE1JGROl5fN8C5rn1DmXuG8GyHI/h1qnthlO/azfsQfrOFFcdJs9jc'
    'btTM7WaWrxCdr43kjHa9Cw1p7ifdCv1GE/xgSrdwvkyC8GXWFMiXQTr3buHHYiuDPj53qG9vV0nOYIpnFgrfB9QczdodYvI6Ez5k'
    'H4PpiIZn1UjW2A6QmeL9jLZxN6RyTPS+Y2uXkY6wy0AfOu8tMSxc7Gd1sVzvJnolfO6rDeae35uaSgRX3X5Ikv1wW4H7QWdPVSf0'
    'dlgUlm++tzDfnwX7BJteD4IRdq3Tk47KIOfryYQnW0EfBCofEHxNVIasCZUPiHLCn5c0g/RTgLSE/LeLLdcnE57egcua537I+Bgq'
    'Q8bO93yzyLdrx3sH9RvwCfAlsqU9/z7exOwasM2Xu0B/45Jgf27+GKTteh3/sxKeXz7ef9oXWo8Nzqpme7acrB3ElULY+9+qVNga'
    'yPr6z/Xv7C74VZXPxcZRZYP+l332dejgVznuny22faP7QtpjP+ywL0o1t9R2olB8Umu5pqoVPJqcb7puL/3s2fn8lvisKuCsGos+'
    'b7TPmNlZ1UzuUHSdyHQQ8NpdkL7c7vtpyvkphLQP0kvazfy3yHV5XoG0FfIbz7/cS886D9Kz4Vy4Lui7/asbwG5+qzpvC8m74ezw'
    'vFTf79dbw/tQCP0W5idnUTbTZxzgqPJVldSc466+qqhfythHnJ6OKZWvKlu/ldTHPj377gB+h8te5TRYpt9Lr/2AV/cJ5NuBV3pp'
    'zzXet2PIt3LYVx+Ab4sV39Z/2vt2GLljvh/OxCV3eukzN3t5DiJ5fg7fRu+Aej7u29vo6rloXfA+y+vBPJyWLNbeXww6iDn/abd5'
    '6T+/N193p1zkx13W0SI1435sV5c98Vqfl1YDPfzWRujvJebnwfuKTF/hvlrnSF/xOzz3e3Ig+XY7+D35wSM+3YPrQvpKk+mnwefw'
    '6heCePRz4Mv80z8o3nmxmqwdXDMYBwPho7qX8nFWhoyzkBhiqx3uCah/MRNwXoLgP9c4GM2Kcct0Dvh0/q+d9uOSdZ+Z8mx5qZ+r'
    'dASsl4bAus1gTR1MaJKw8dQTOYNq/VHa5hrox78/rPaV7eqLuhhrwNU3H10D/5IdwPMWvEPqS7qS7b1CaJBS1au6Yy9xwPFLLecq'
    'jjcSHm8kMY3ijdD9VJf04qbH+2n/jS91a/bF6oQHwx6AX9qBpzP5/uhTxfdH31FC4UPI02BJW9vifPTXQWOdoP9RXayTMiiXFMGY'
    'GCinu1b4vs2o7QGNbaLSL8Q8W0ieXoUuUT28rxNB/1RhslT0favTqxsVep9PUbL6k4meja1NDPJskJ6c61iPq14I9S2gsqvdItT+'
    'm4YYD6kZ7um2eIjS15zmrSRrqYfYRtB2XWMMSn/RazXnwxEO9NZOoLsbIBbMq4/ala9/3M0+qcuWH3af7+uzmP4jVbFK/5CwO2Ov'
    'YOf+1D6Linuw7QWMa8zCqKCFRY5pqOL9z7/VS99eC/5gr/PSP7/NW1uD9D58S37eX34QzjjI20PwBtZ7APDvL6N39lv88vWgm7PX'
    'fy1r/2zyjbd3Ovk2D/iif1jn43/+rfZS308HfvvSOog71e99O5p8e519W0TlgWvzx7dA8Q3HN1fR3rz+YDy+19k3Go/vWZCPHHte'
    'kKf0Cnz775sK530Vsr+nmfgwxWSADW57PFmQfNFm7ri/esrHbmF87BivR+B1b9paiz7nBp8LuTeOZHt/V3zG79dnPJdH9IJs6fYt'
    'wfPoI2fnf6Pn0Uk78r/R8+iPIM9LK3TB8NuFHylMxhGfR4rzSJTwPBLxeRSfR8U9j/4x++KH8Xm0X59HaXbn/GgvxEvboT6f1pC8'
    'i/ryy/C8x5O890Oet+9U511C8t60GfTzNqjzzg/pLz8zW0L6y/PWKvq7fkyd11UuHJ+b8bkZ48qpfW7qeLplCp7u/0sUMd610RGS'
    'FPFDn110/3cUc03E8ckN5MEgRnEjhxJFp3e43qMAXbO2R4J35d885ecphHeruvejLFjqsfF2Rx70ddEKuaPH69NofXY4n0HJZFHX'
    'pxONkJy2xGGqCGohiqfDijZEedVJws0uo0ZDN9rKy/8Esv5PPm1pT0JwSSlpnZjGmcyno6Q0js4GoaG9cBuEnL731vx60R5F2pzQ'
    '81Z1jlK+ApcD0zs8lwOXfQrK3Rzkuz8APIqxm4N8d8pv4Hz3r4AN9vm3B8/0ZRd7ad2lhZ/puvlobPd1xV3OHp09TpgPiUfEvmU3'
    'jPQdj6s7XwTj6tI553F76ZzzuL10ztf0eOlVlwfn/KDe/G+xn4upZTt8uPDjV1A/F3S94rqRa4Tv51L4sIiyNXPZizGfanrqkZWR'
    'Mwt59zp/CqvJt/sYTjuWfPvJ+V56Tl/QpusfrgC6oMvXj+X6YU9/yvf5iDYByGM/C86vM7qCvHvabu7cbs8fW61CJoB5wvyxxHi4'
    'YDx8aAF4OLJssXjzM2Pe/LTnzevoVJczkeu4tynwayXTLed2F1eLaPuNQZIH4wRuYfVsFHobD4zdcZmiLd6fC4SZz+EeVu5dwrcf'
    'wW8m/rFXCL1tyzLSX+pLl8b4kP8uhf2JKu6hypcgj7HcKdTnh7wrHEHoMKQTS2l/WiPybdzQPklnV0f9X6jW98Ii7bmyEuy5FsDR'
    'CcDjtVCe2/QV4uNhqSONVSnU/ptxna8VZjFCeWzODrLnNgkz//yy3FFw11XF8BgQdr60qT9Xl9hFSJfRfbpV5PuNRh87xwg9bVaq'
    'tUr5GC4xVFR9W0f+3QiypZd2qvNeVoAMWpadpZAl2ax5tB9763HfZmOR4lsh8rU01HPBT4K8kwse830wcN7JxS/4Y9P5sJW+Wmc7'
    'zBsfX46v/qDadjrszl1N1s/pjuvHxBdSWD5u57ZJ6H1h6+IJcfzD1yqWc12rt2QzfFYEY1zxM9YmVqHNOd4vouOUch/q6A9/sQj6'
    'wTeJ60HL8phFpjFzTfxi8/jWUX0bFsG4a6o4C2E+9/s1Z4QuFtNvRTA2SthaHHDsi5zTN1L5MX5oP1SxCVV03nAB/eBzwsc6ENKm'
    'SYxG0z3C59c0Xj2WQbteVexbHhNgkzCPxz3M5uvG7HxdLszjpfY67gvah64CYayLxaNb/9uEPo46fc/3U6chfE1jyPQy2B+Whf1Z'
    'wi1GmMs5Y7tGekUwxkgh88bnq9+yTxJmP8seGh+ImO9hoY/rUarxNMPdiOsc0btyVCwdGqcD74qy3hkKnXEeH43HCFHFFEZ/97ax'
    'anpC4Fcsmofnk3O9PgvAPwk335AYA63Wgs7DeG51ljQRjzPrQkvxuF+mNCf1g9miWRc9Qh1Le5PIj3fDac4tBC4b4L6ji8lN8eyg'
    'hq/E5/cM4cehcakT7dXnTBDtzWOH6OLBbxJu8bBUMNL59zRZF1XkLkhjR42SNZsR6rhc1Qp+5iihqVTx2Uz7ppIVyPq6Eh5OtN3v'
    'yH+bRb5RXlQLyd/G8jeQO/dKTR9ryDhrhHkc0f6I+4ZqPXSRtWPrPx3HYOM/uImtmTqh9k2mi9lMfbHTO+d/Zv/+Q7H/bPCi6qzZ'
    'ItTx0Xj+Rexs5rH/GgrsGz1XG8l9utB7azPIZmlfmybwPkvjsKl4ZosUd/XRkLuPCvYziwj7WQT2E3HPcKGdinWnUsUZ6xLqeGTb'
    'hF3cv1LomtL+bbc4Hw4PyPmT+/VD5bKl8OeJc9rN5ma9ha5FcporW+QAu6EgJeFQqTuXF0q8+RyTaYp4D8V7KN5DxnsI5QrIR3kj'
    '4Z9ZqpgkB1rS2oss8qM+xkGW8qROBW1lWl62+Q6HcR1mOS5uix/jnhj3xOd38Pwuj8/veA/Fe8jq/KYxN6n+nCl/q17BK6dnN/K0'
    'VjGeViXjaZn4D55tec5ibKmvgU/U9vOi4zL9LfCJCtEJ2gR2cj/q9uo8RPEtcbVPP1Syb2Kt/5vykeW7D3fn101jWOE3LP/hbr3O'
    'mUpvXGV/SGGIcZOwvWqwVfgHsF2ouCioA3UGjGllX1AHCr9dfqXeZhD7WUX6Sfmg7wHdJNd1gfQpXRdvXu+vF0p30TaqhN7umcrH'
    'cKwfvMSHFZ83HRx1Mqti2FNR3cAywoesh7FViGh9MVn2ZKaLyflkVEfTRDarkvt0Mz6oCT9zwFDHxbRPQxo91jeTXswPGz6rir9o'
    'UnZEI3/v0+hpcJnTHtLXPgveqEreYqpX0BUhb9D19X8lvfucfLcynd/eiWkv/dAcvz1pIU7T5azMyVDmw6TMSQb1rmZ5joE815M8'
    'y9P5efEMPAXy3jDHS2+c4++h3qR+vQ+FyGRN+fh9mnW2Hdp/Z9Lz+SDftbMxHgX9Hpvj75GoMZnMj4rHz+fFpC3aZ5O8Z8L8rEh7'
    'Yy9P+jrkNut/2GKPDmrwxyDDH68kPDqK6xGE4UOub/CvkL5C2pB1/yDhy9K3OYxhJGLv8jV1f8Kj0Wzwvqqdnoh2PkXaiYJNN0mj'
    'xv0mw0HXgG8z0/7z/bo9Yhw9CV+nZFuI7qbpGcXrPzPh2xd1auyK+hXtRtk9HGtQ76DFekN4tyZ8fRW+Jq7W6BDyMdcnfNuqzghb'
    'qlG2F4VB2X7NPn6D2IKYwESWeVVhP6IaL9VjelH4MYEmCm/Ldh8luNsE5+KZuDJdOL6X7X8GaOYoWMm8fybM44Z8WJjHI7k6xB4K'
    '53RQkYfPO7V31NE/l5H7wezbvfTrN4PtyAW+vWNGsw/OInePS8G3a9mYb++os3c/iXz7HfgFedcH8u0dc75nevLt05eRbzI/be8I'
    'oY+jMl/o46/MId8uuiG/zlnkW8vH87/V0X7enP9N5Tcg6WDXovPvovIto6uH3scSRE7ieh+jcQlTkL+S6G3VE52j3L3bwIasogj3'
    'RFtcXKp5sNHtozpZmD/J5F6TBTPVGTTVYVY5CTALo3OmOjwzJYZnvPbcYGVCC091eKaLBE+VbttUhUlNkWBSTB7BVIdpY5Fgui/z'
    'baf6HNWWaI4mkk8X75N9X2Yw1eeorEhzNKSxuYphMz33dnUJYFNMfv1Uh29zkeG7P8nH471VWhnVVIdvXYngW2r5+VSHe1UR4F4K'
    'mWjMR3KXfU512JVPAOxinq65rDm+M0zfu2ZVkWBTbJ2VmMc7MbpaMd24/+k9xmffxM75VId3fZHgPd10t+N9NDk6gLFMPKjLF8Mk'
    'qMMYwySouxnDJKizOtVhkioSTKYDLIq1PqjecgyToL52DJOgnnoMk6B+fgyToF1CDJOgPUYss4i2UYphFG2bFcsq9HZi04nOXUhg'
    'I/sz4yHwd3Jf6WISRdVHfW0sz/4drekb9/O7Zrd73Fu0bbtxt5cueCTod+XP4duyJ4J+V756P6Q79bGndH5DqG3TVcItdhrVP+qN'
    'kGMMi3A/QgiTGULtz4/7r9bFp0G7S2njOIfV1SXUvuRNYgqFxfygMb7CdMpNdPAGNHBV+bnHOX4q6cmDqN8ftEe+UjM/O0S+rS36'
    'P6T6war4IK46Ziq/QNQ/NdpMNinGb+qfGWEkY/XNVMDXdi6wvrkTvJa4n8icD4CkH/uviulHDRC9wbAxYlmd3yhVrBETXatNijUs'
    '+3xwtuLqhH2cAhqnlPthqrdY17i+6mGcTcItng6th/tyQp+p72T9xVgj80Qw5obLOqTzbKpjKvt7EOztUu1rHWzQLxyNr3GEZt33'
    'icLiRo042Cbo9t6sIp5BPO6HXCfL2DqpEeYxArjvfhu//DxenAtuxTgbNr4FVTTTPAXNNTP74kzhFuMLYfKqyLdVGRClj2flEtNR'
    'pdexg81/n2YN9gG89sB6dI014KKPEqa7vq/s4VLOr2091HZKzpmMuXvJPrCPXeItqmgHGt8Gv2NsHLyjuNApurhKlObi+LVeRPtJ'
    'rAQc3EzyYGzsBuhXA6EdukXQxyPqk28meWm7TeQ+Q+/eRwo/Ng2l33kM9gT81t1nkXbm8WJUeHalyI+Fh20kDdrAGHhR8irZzt3C'
    '9w9TBnP03KHeuwUEdm1kX2B8bH536hZqu5rtFvihT6hjriYd6NAWtlb4mBsUY642GDNdLzb9OU7B20gL3/epaj7RL50tT4Su38XI'
    'D2m11+Mw6WOTA12h43NhTKslDmPGvTub7M1VUH8N0IeVyEg/XwjCxgo8lC9m2j7ecWrJOso954a3lfOnR+4bnQp+Aj+/XfZRFN4e'
    'Jbj/mG8BH/xB79sW8u30YS89FfxV9RH+Q2cIL8TEfq5fqH2urSX7kdu1RJ1Jqjifw5r7mO4MjYKdjCdxsKZ/PcLevtD0vkj9aYX5'
    'HEafVBWwNnFPP9QuxMvZvzezf3vag2uzAfLI9GVI34RU5s8QXDoI76vP8dLHQE6wBd7f/DEvfeVjXplVcM41k71C97HM+4n2/Bgn'
    'Kv/Yd4IP65N2BHH47zd66VnQh8dvU/OzKB8L670E+90erHcMvm1q98eu4//o6JoU3FczcM/P3a+u8tJ7e9X85n/5My+tvC3IU84A'
    'fP/7Jj2/8VQyBpQXoz7bwiv9eKMrJhEX6fCETaw3Vezknoj5oPLVWQo8aOPfPL0H5Iq7vTZ/l/LWOb7L+TZ/3Ev//cd2dVfc56W7'
    'vu/V/VLKu5PkDpc9+bKHW+710tt3253PneR3ME5H9JOc5jEiRIIhytCoD6ZPOo/+kHN7RRbgxwiz+Jo2a+iSF7z0m0/qffyr8A9f'
    'exT/jMCau/tpPf5ZnvL8iHJ6mOJ1xE87d3npU0/5a7geYFALea7GvfSslx73gJe+9KSXrviWV2a28H2M0m+8nXpCw8l3s2A/tcO4'
    '0zu99GMAv1XfUp8nTZbz8cY3vPSyR+zK3QQ4ZMVPSi9nNqm3iqzkWlhX0k+xyMLtyy+61VlN5PPYV+pDczHbM59L5ppTnulzHvfn'
    'j/s+feTHXvrs9/27ba2inEwf1pSpDylz6zJ1GU4z2Mz/1bvt7oQ9ALe0IR6fxkg9FUC6uWfMHX23hiB0zSPn/zcJD6fl6L4fwLn9'
    'BOgoPGC3Ht5ywAcy/zuh3Rt25+Pa7ye8+CI52gL0KS593o0WumAfwVHVxAbHBJ/clPBptx8usBv7f8F50QDpI3CWbQB9kauyGQcd'
    '5KwqnuEqS1g0i2AsqnJGY9wNqeSPcdmpTV+vAjw3E+ofAHjn6I4pFPctZf6kbeK+dXR48CpF3Ldxh6dewQ+z4cNVsD17GKTl4/ly'
    'Zts7CeqMxbEDFbEDS7iGKJ5ZwnQDKjX8/82APw8gOk00D9ZFdSzQPz/eK1TfuGy+EJx5YgG6hmF8HeQjzIB2vrLb7ty4Ec7MH8A5'
    'cVoBde151D+DZF3HCP882wX0ws/gbN/wqF3deC8S38/XWcmQ+9YTcL969Mn8sd39WD6/PKcvC7TyBx9W500q9G7DdHkvRbnCc/Z8'
    'EMo/ad2dfx9G+F1jCS85jlzsQRjXKqC3LoV5XkTmWV5ibOpeA7TFngf9OIHNBdb1swf9OmX66oP6u31/0uMvFgLvhh/n89v4fr14'
    'tz2NM0vBZ8jB/Bl/jdmcbXi/V9HNHUA3L0h6fEdbuk7WcUKr3fhmsP6lCT/GZlxlZFy4ryVvJCxWJY+xSOe9Hq5EyM9ZAbB6aWc+'
    'n6iZ8FuR3yLvMTYwm7PHp7dVun7y3a6EJ8OV+YYeyudZSf6RTXvffNa/0yCedtlnY9/20j9Bv/8i4cndEYaIm23q/OTTgENhD1/6'
    'gl35+3fm92mY9On3j/u8M5d7Ka4rW7yJePgrsK7OSnjyUvnueLgrX/xEEKfatHEDzMXFcF7eRHikKhy4KOHhWPluAPr3FK6rFxzv'
    '7U/4cyjbmEFgT++OdG+atkH5TjblRmDcdz3p9enXYGdRyHp45Rvu64Hq6CLe+fmTvtyD86U5LcV1XTG2FupJjMC8/8FS5qOaH5d1'
    '+Jun8vfhwm+o198tIFujtHijUPvf3Bahf4eysYOBhuO6sYXo0vVpbFR6Iuj5KLsmnU8tk3KF6E1H+dZE3an5juc/l+HZ0lCSP4d7'
    'wsSOqAzWD+WzUX7YEo0tmanOG703tjBZf9ged9Gtc2mHywiW4bkigrjkKKSPNHpppvp5ZfBNROh+XZ2y5780w75Q6b4tgn6/j7xb'
    'Au8uJO+ugXfnkHt4J9PJezfRn3sJ3q0h+UcZH2A1sePo1Oi7dBrouxwJ48V2o/IfTPp0dDp/zC3An1DdNRZZwh15x4XoCHZqbGdw'
    '/R36tM9Txzng3773E+/bKVRnC/zznHWe9+0ExbdbLvf5A/itaq2fpx7Gh9+q2bfDFGtls2IOhtg35MnTdbGE5KHzVUvyDkXkdY3d'
    '3kRoDBv8Y8PPpHtyJdkf+O6Ujb4tJL77LcRKPJq8Qxy/BHA76tmkDfAL3s/mErilid6sKU4rI78pz3eJIm/CUZ+3keiwm+JZtNuZ'
    'r9DRtNnT5bBnGh3KyjsFxweyT+914KubyMSe2+7Gr6+xhG1tkWAr++sK24pngrBF+J7mKLeoI/hWhceWhuCxNgs8dpAFHmsiPPZR'
    'hW0S55f3E5sOla0FwmhDwm0N8nOyjcAP7d+/ymQDPB5ft8JWpE/k2+q56v7XWuurTWdtNdBXayuOXprucfH9kIygfWca2siY4q0m'
    '4cexvoLJFNNKPcdYpohPKWWK3E6tHu5XiM92sG8LCd7ZbKEfvEP4cpFKobYL3kH02ZGeWmXgC3dlOohrGzXrdiGzm9H5hy0D/Ig4'
    'LQN3lcVwDvH1nYFzxXSPUf08rNPmbo/3iOMtylid733Fxys27b/GYpOXEfrLZD5s7n3/pqHr2hAW4/7c/Ezkxxd/HtptEsV+EjD4'
    'VHqvAEjkOpdB/lFlVBVVYR+ryb9rCGTr6vMtphqLNyKup93QYKPPF/ZUGONBR13xVnqJCn0a7Hps9CSFUu/doqhwr0E3pgbTM8am'
    'KN+DeN5UjtvzdIqNl2oDunMT8CRT+yppmzYmUJ2eDhMKOLJt27USRcc2w9nrcqZJXoaK5iiPoDmWaM64QuQBSwvk8y9l/PuDJpCP'
    'T3X9bcpwXX8V74zKXpbG8oBYHhDLA2J5QCwPiOUBsTwglgfE8oBYHhDLA2J5QCwP2G/kAfRuXkNwWgW7K64M0dfLQJ2U598ufJ+m'
    'qj3CbXOOUpQ/muTlNiGNZP/RMstD2sT7vc0ZnRb5Pgs7hZ3faNn37Yn8s5rrqdK8WxJ+W90Oba0n5Xsdyq8l5bc5lD8xUdh+WZKI'
    'PscXJKLP8TkJf09tsuh/HSl3pUU5QfrUL/JtCzHP72CfRNXZx8q9TvBDt0Wf/o/w7HcK1UVGv7J1Qu0bVFVuE5R7jJTbZqDP3QXl'
    'dpJyNuvv8wTf6vbYnaTuIYu6P0rqHtLUfa0I2qzyPKOWsMRyfYqzhNe9ntTdZVH3OYp+97I8pylgy/OcSPJs0+RZbnAmLnI8E+eS'
    's5y326y4T42I/NgadPwjivuO7r6APFekHVR+WE3vmm3kLE8AbTqTnOV4rhfqb9uW56iL4ZIkNESFCOrE17J2O0S4PUUd4+GoYtvr'
    '2qorgvygGegJFf8M78l1inWG92Oa/7EQHm2ULUkzGUNCBO1mTOvhvg3nCXN/d3SfmPrf3izy7WeoPZCExZcyns8slz6EtcPn4aMZ'
    'jxds2k4xx9if8X0Xo20S2vNsLWI7azO+b9AeYeZ7vFhtLy3RPPJ2ZhFYbmRltwq97VnUOKmfVtnO2+V+jAfVnNmsvV+SunoUZ5xN'
    'XS+Quvj4OcxGhTpeC9qOPRnSr27Lfn29AHjxOf6col+vG/aL1/WxAsbI69pa7uFZGxxiUj+uufVFgCHWdUYBa47XtaI8iDtVdBfG'
    'gF+dNo8bfzaUWQZpR9p/n+OZTELbZ0Lbfyzz7Vxd9lruvkbqGFTcBel73d76KanjSqGO+RG113cr+tFt2Y+/tYBHr2YtfcWgH6MR'
    '+/CTZR5NFgYPm3MVx3ctqXcjwztbhVvskdz5r6i3twj1nqeAw6hBPbr4cXiPWeWwVvgcHWkwRy7n8ixF30YN1w/WkSZ9W5P28Qft'
    'y1GAN8YIvkD80A7pCQxX/Tpd3HoRD/00mx4i/DxR9R0N5U+NuCub4sl26Mffpj35Ia3zRCj3IXb/Lhb+/8wEtonwvgbmkbZ5DNR3'
    'veLMWcnmTzeWjUWuF/t7TjoY887kfKiHNcHLviqC8QpV+EeuvZmsXh6balSY853mKurrE/Yx8XCfV5H6zmb0Qdj+adfM329TxakP'
    '5+1fUj7sMc9JLO9yDa75sUNZbPd7KV//baLxiWz/LgJHDj/V3o7CEbcXqb69+z/l+xHcrJHVDDMe5WAqX8eQ3nGHDc9kWc9lIW0P'
    'C3XMsHNImd6QPUv3xqkG7exgZY5VjLHLYYyHknquFMGYhlH1YH+aQuoZsKhHKMa11WFcv05Gw/RfWdsvJ4NxeHl8x35W5vmQMgOa'
    'MruT/h5ZlQ7iJVta4KGkL8fczM4Nvje+mvR52bbzLct/OqT8gEH5m6C8C29Klr+ajFU3R0j3bg7JO8DuZF0KGHaK/FhmOH8XKepV'
    '3XkwDnC1wT0md/4ngzLaTs3aV+k4L9PMTdSewfin8xzL455rTAbl6XgveJvNY3lI3lGW9+2EGi6mOOXfEj5Ocd1vsp6fEX2BFVB+'
    'LaE96Dn4Q4O8eMZ9NyQvpzUeMciL9d4LPsyLza/JxS4jcnXVHpB5biV5VDwKmeeGRFDm+CrbFx9IBGNLDrE8w4l82a3JGpHlehTj'
    'GGXjWBeSB9f+eYo+Uvo7p6efMNMzoLgvp6dP6h7U6DAcRfKo+JU5nSmSp0cj321VzAe/pzSH5NlO9DUqQ/gWMk9ZSH9Qp+RPCtk2'
    'x/NvCn3sUezzrxR5+vj5T2TbpjKbHP2vqJvj9r8XwbG+zup5Quj3C87hI8JuDSGs7xHB+eB49ktk/KZ3KlnuDlLOlNciy91I+qTC'
    'y/Vgg1QZcreqh/Hr6kG8eWVInuMhTyfJo8LZMs/FIXlOgDxnE3iY3uly579ibqPwNdqCzCoiXwb1Neos73FUZ9KGr6KKpaTSi1hi'
    'oTMx0TL8yfAnGNsGxraBsW1gbBsY2wbGtoGxbWBsGxjbBsa2gbFtYGwbGNsGTm/bQBdd+1i/PNYvj/XLY/3yWL881i+P9ctj/fJY'
    'vzzWL4/1y2P98li/PNYvj/XLY/3yWL881i+P9ctj/fJYvzzWL4/1y2P98li/PNYvj/XLY/3yWL881i+fbvrlCQP9chPdb9c4Ns2g'
    'C0v14moseCfUX+IWsue5v8Rh9o3qgI2weyXXRy6Gfv0zbIwcpw+yc5D6seT8XcTFYX4scZzLFfX0k/q4H8uNhvc/um6j5orrwjcY'
    'luO0AdVtQ93v8lgXadJ0kUptlxLbk8T2JLE9SWxPEtuTxPYksT1JbE8S25PE9iSxPUlsTxLf4WJ7klLZk9BdV0lwGsZv6oR+CrJ2'
    'Kwn9hflOhnsepb1U7Ug4/xbeXy98fw9XsT3FY55PFayZMn/SVjhVszck/jNb/fqc4w5PvWJv1ZIzNrdbO8L3Ka6nIbKe4nkPzrti'
    'zq8rdM6LOe85fk72H+cnvPn8Z3K3i/f1/revbWni6U0Re/OcFgU9h5jQNjEunR64NEl+UxoK5QdpuHfj3uyBeU470sQTuTFFqR6v'
    '6pTJLLo8qvKJCFlRNbujlhM5RAPBp0irV1ncbXENiHgN7LNrgO/fNNm/UTH58C6HZXDdJEL47bUG9y+TttMgHxAiP/ZhFXyvYHc/'
    'GRj0yy+q+Xu8Hc5XXW2RH2MgzxK+/dVClo/uu5mEb83LqO7ICLMK0r6E/QEggz2K3LfFBMtobfimtdD2ASBDWwrtr3nAXg7iouNS'
    'aD+ff9q+n2nLfqLM+8ACZQrX7A7Gl1wi1HKYFx144Lj/ZP03wZhugPFUiKn2JBS8PLli0mV7X5fjzipBk6ZPsuAaYObMXpp1WV9U'
    'rrWfA1O0FvQpqooLxfAuJr0zN413jbCnfJ9blGOuBVvpYWu/FoJPhdsirYf7NtKX/Rd4X+tB9ovvl93uvz8n1skrmk6exN+xPGdy'
    '5Dk07rY8Y6+Lddj2Gx023geEdazfFuu3xfptsX5brN8W67fF+m2xflus3xbrt8X6bfuXflsF0VWbijx82dbI+n2HV5+jEfpKz5O3'
    '6c9rvR5ua3OgTyi9VzHu7wGc0xrIlyJyillkzeXkt+Pq+vh3pBGqHHkT8T02vsfG99j4HhvfY+N7bHyPje+x8T02vsfG99j9y04r'
    'BXuoGH5GMoBjZdnzybmSGwc7Z+4JyXsmy/sFAieedyiindtJO++GdAuk3SzvjSQv9mEE0h6WdwfARL47FdJBlucqwA+qPMOK/teT'
    'dmgfziR1hPmKkeUvgPtPA8iM6Ri2R5SnOsSq8Ue1vZycy2cy3YrN7DfW20vqz/n2JXNwGivbhXdIsrcybN5PI3RHhq2ZkxkdIN/N'
    'TQdTurfSqIsqfJ9aqC+K6x/3CsID5d147yqHlOvgU54S3m1Q91f+rSJaPqugvgXwe57I98uni7OwndGPNnGoKe03wnAY+pBcRnQJ'
    'wvLi/YHC7ESRrxuA834SlLta0+ZMRZu9jIbuMWiT20NUEN5M2DzIebqV0CJ8TyxV4MN+tu5xTeOYtiry4t7oZHtkE8nbxfBKD9nr'
    'Mu8GgoNGNHtwgLRXD/ulmvWzl5XphLynE9z8foZXh1l7Q6SOeuCH1rKyFFep+ib32QwNDtnM2hlg8BthdR1IeBtDZG1lGGyHGT8I'
    '54jqqst9cKxibSEtkYhYK4hTqG00t3+m5eX6nAnrOUHWtu1aLkafGhgtTm36sm9Tkp7T0XQJhb50o4KXVMN4qLQ9ykNdxfY55ZE3'
    'RYxXB0M5l59I+Dg7DIa3J7w1pJuXbTAmrKsKy2ruhilI09P61liWGH9i/DaqO/sLaRfTWrhi9N6nI6L070HZLvv8ImV9tRjD9ToS'
    'z+m0mlPct9cp9m1mGs9xGTzhucoT43/Is14dG5+MOb5OP8emtndR+/qaeM73qznHfX+5Yt/HvgcSCbFir0sA32bF9onAybG/h4mH'
    'uRmdGjIH0nVC2fSWb7Qz+UYbM+yzfprCPlZZy0eCT00731cj8ZxOqznFfVvH9m2lP6DQhgL39oj8Oh8iYXoDRwrfNod+5/KzFuH7'
    'DcA7fgXJo+K32sqVt7M+2OwHuydJScPSPmnVLawAPxptbrJcU+GctZ15g/mXMF0h1TqM6T2DNbGskAmsODcqR0zvTTzMUTaF679P'
    'sf7TDjhxms1NyuDWGvok3XFb3v7oiedkn5oT3DcNOrqrPbdjx3TnXw2Z21qHcqp9m4zXSN4aSXa4++JIR6+hsXjfTr05yQjf3xi/'
    'I5jobqjuPrLMa0LtI9NmflPTa77Thc53FEu4GOshDXdAXBtXwjxutNi303wec/ToDckA69GGIg33N/vF6PuizR7N/c7+4zbVnpxy'
    'j8oZVDKVnoSeNNgQSw3GpFRgpGG8JNT3TLb739OE7VYofscYrVexdl990Es/aelLML7bKnBJYcsw0ne16szW32+Tqf35QZhxXS13'
    'b7b2T5BOjudksuckUq4Q0j+lXCEif5hcoZbpLKNMoJ7JBi5X8HW19/NU7vdXVUdUBeMf1zqUCxvPZ9l4PgXlqoxkcpKyLivH35lp'
    'dTpU5MD8Zy/m3I+ugL8sYMdsaM2jv2e10usNROe7ynbd5P17Q6QcviWUMioffzOc1I3QgUnOyMGmTUdacfoj8vxzwAuTZR9mUSxV'
    'bNp3vKhPxPkXz8mkzwnum9sU+wbOgiwuTsKEpSOZymXlIbDK7DNzFI1nk8kJmSnbOmxbDn61Kaf+Xq+ga2+J10y8ZizWDOKdzlgf'
    'YVJk4xUAf9y/62PYTwrsuX4C0kVl5B5Vx+5RlUTPB2OALGH1om1WB+Ez0jrKSX6uKyTt1RpJfuRH2tbTFHE/bGR1SXp+lrCzrcP6'
    'axgemRVxd0Y4RuXj/c+weUmzeTGpj8LTxE7Ztq/DUE8S6p0Vy+qmjKyO60wMwrzH8zf15i8jfD9r5WQ/cr8SB7B8FO8e1urnqwnJ'
    't6DV3R9cmBxK5bPRtF5+tlUqcDT6nriO6bGqvnFcnBS+L84q8jssDrcuthzyX1OM/8ptw1+S3xmsMB/ajct/7xJePF8djzQF62ND'
    'LDtT019je7cp8P+seKMS1ukobqicp5kaGSrdA4shndHqf1PJXE30Z/od9KWm+Xxr+GV2KD50sg2qqod9fpaw8weFvjS4H48jyDf0'
    'z4G+DeeTb+jXBOMkzSHfekW+D5VZim9YZ52ivRERjLH3kuaMMKFBuR0L9VVTaD1873xUwReo8DIk9fKL9D6i+lKSYG0WYems/cg1'
    'VeS82swP8ogMLrtmJFdFfsYKe9qM8htviNdEvCYU/EQVn6GT4aU8WqsIWmpT+IlkWBdD91QVIxjf5Wj8n2bn5hf+3i5TvA+bX925'
    'U69ov5LxRuSZuE7k+7HPEH7WOpHv/6gNzrzLCC/nMmhrhvD9A7ZFnIlVjB+00ICGxDtVlebOMN3vBZF3BhH0rZoF+3Xmchg3HFNO'
    '7uUqXq0J3476UVP5L5WD+i3JZ7q2bHzoy+tNlN9X9EOIfhhp7FP0S8j5CWF1Is/ia8KP0bhZhMcvpe1xX9i9ju3fnP2bbdm+SztX'
    'CT/2Rj+DIY5l2LHu9wEO4j7NXeo6DdYt9cGJvie3O9Z5FBk7j3mL6SbHut8hPB97uri8PIauSxu2dyYKsz7SJ+p/+cKkB+tS7Ge8'
    '86Fv/4PJO4ylMJvcG2X8i5we4U7/PNsbp3W3f8/Ed3/aE4z3M2enH4vehRdJ47HUJT0fv6WEDcZMOIq8wxgVND6LfCfTL3wyPz6L'
    'fFd/aX5MkYPJNxl7RKZ33OnHZMB2Fl4ShPNrvUE4y7jUHM4yJjWtN0mYZRiX5u8SHt9SrrutbE8MW6xjW/ib8E1aLM6aTSIYU5ri'
    'pV6RH2v6BKAfi3GW0HoXQL1R/R6x7C/6XqVlOd7gZZKEd7Im4fnpjBon8qhaCR6nvzsncU2E5aMy7RwNlfDi9tBzrpPRJb1TZCwv'
    'CM8/Kx3Ly1Ok738tPDvCUuCHmcKPFyDTFZCuhvRUiCNQgXgW/JvfMMdLb5zj7485wo8/cBqUb4+IQ1BP9ApovmMg3/UkXsHqtPlZ'
    'V+cADzrudkiP04yD90/2S+KGuYTuoH7Tey3wWS85O3R0IaVt5gLsabtXEtxo0i7FT1vYGbZNqGPz6HRpVHensBgnhwtm29EBVWqY'
    'QKaxU2zolKhYRcuEPlbREaQ8jb1E88wjeYY0eUodUy5B5BeUN8TtU1Sw5OUkPKPKufrfiuJB2dCdi8gewXcniKDf9sOInKWWzAuV'
    '82C8jx42b7S9axx1A0ox5nMVYz5TMebTFP0/xQEOyxVlRiPKYPwxWobGCKB5DwJY0LwcF85U5OlleaoVeeS5p8Jxkzl/GxTzt04x'
    'f+8l7x5WzP2ty4Jzn2gPzv1SzdxTvEZp7LC519HlYXNPz76ouW8zmPs2g7lvK8HcZyznnsZlwfgD85hOxGLgIZSR+lKk/GKWnghj'
    'yV5Rc3d7jIUQRgtkyJnC474MEHjy2Cnd5KyMuhsNCXWcvEbGnzWJUREGj1VkTR/mwBs50VDXxGV/I479b/JuZqv37vfk3Qx496bw'
    'dZFb2Ty3Ql2/UuQ5pDU/z8uwRyn9FNZnWeZ5ybsheMlmvE0WNC/il40kle1/nfBahxmOGFLwWnR0tKzrc8Iz9lfx1YcVbUT1fSiE'
    'N895CXTN7yD3rl5SJmrvjCj6XA+wOtCCz7PFoC3exlmwRyleH9LcT0YUY8P70cGsLNbVRfBMWN+ixtivafsg4F2bzimVv0TBqlPk'
    'x5XiMXvC8EjaEo+YxNcz2ZuFxJRX0fqqd1IGsdrhPhamE2gTl/ygSRhzE9PTiuqnzi6F6jKOiNg/TIE6roLpuBZP59FibigP2uYM'
    'LhYN0sD4MoXeaRKW5cssy8d62yFrunUvWB30tlsi1zTHiytJ6iKjbST5u6D8Kpjby4RvexPP78TMb4LducqKtF9XamjgYQva85cK'
    'WrzBQm/FhA6m9b3Efl8Zoi8i1/4d1R6/g95XuL5OP+PjtirgQt+70sO0zU4LmvVNJudcX+3L+sLo+Ykey4jFXQXHcmS1H/t10II3'
    '0Wchw+5kfJEBjax3ou85/17l78EdrO0BBY+N5htRyKmpXgCXt3cWYSxR8O5V3O3lOB8k4/wjG5/Jmtms2Z9cvu06ZgrXQvbl1VVe'
    'vHH57iQmgzwRZJAfmhOEpSre+wkgy1yeNpO1Yl5MGxS6i7wPMu8yIkM27e9R8G1M01/apxXkvYTR0irvTleqtVDMNfCvkL5C8JMc'
    'w/9UenfOQs832n/K76HvBwxxIcV3vYo6KD/4h5WeHJTqQPG9+1sFj0/HJ7M9L/ojcBjab91F4Lyv4rew/o9U5tMeUfUPO8j/J/rM'
    'OqnSj0Nvckap1uOrETzYYY1Mqg/lw5Ve/4u5/2zoyrC99bsKjw8WhbPbDXV1MC9t8ySi70Nx+AkM565k+jHvYt9XAE7++2wnDp2A'
    'M7VHg7t7GU/2rye4P4OafYz9+dAk94fDZ322P6eL6PPaZG11WNAZ7WRdmdaPa62jQPqi3ZBOydmwV/iyo85JWMeI/9/KTEw/BiP6'
    '8VzGx5e9FmcNPa9Nz8YtEfQMPyO/lvFkIhSXdjqcg9y+wURGt9FiXHj+XZfxaad9lfbL2VBkfJw12TReTicvEzwzXebZVZ7ZmCkN'
    'z8MUF7xRXtr2o86MZyepfRz/A+WercBE06y0T5z3dEu5v5f3Zf5JV7lnce6ig1DsO81J5Z5+pu1ZMqJYl/zuH9buvHL/3jEZNH89'
    'KAksNeCp2NDnE0UTPVvmz9tE0fiy3YcmuF3k0dxZlr9eSkEbvB5xFxwp83T9uf6RrZ6VKY69uMzHE5PN119e5tu1upzZOt5e7v5f'
    'xLp5vzNl3u99cY/L/v0i7a+pzgnYR98l7XUxWHays6NLo48Xph/Xy+b2b9L+vp2Mu4rsw0fSpccd3RFw7037tvcuuMN0vZ9BxloI'
    'zthRAH1zhGKsLn2IwscNaV+nsVhnUdR8vI70f6o4Y+yOOG9fLHE7uD6/nZo8/dDPpzzfMJMp24qit0bJPHRo7BRXsXrf7dDOupSv'
    '69vN9tfrhvviPSlP/3Ki7hc5PwIpT7+oFPeInF/AlK+Lzu3FTeUPe+0eCHwmis/0WtJvcyL0ImSbe5L+WhrSnPGjEWvp4aQ/r8Oa'
    'ueq14P9wuHyB1L8iYj+tdthPH016PNvJxC258z/p+8269Bngq+/Jtxl56ikvHXoIbPB2e+kjz3l1XJDU44ZeQ77ZqUnfb4SL/YPu'
    '/Fic9HT8S30/k201kbb4+LcWQT+Nwut3icJtL/5vwuOVhemIRK3P4yzkOSb74omEbwcYtZb4XD+YKMyGJnD+JzyeQjH4cKo5HdW0'
    'O0bGUShNLusbUNTnSvfm7v9kjmzWnizz7oTvb6Un4n6J/IZVpIyJbmVO/yfh2yKa7OEBnY1Qws1mbQurpzrh21GG0U/1oDhbHQEj'
    'HOd/iei8vcQesLkEOgOy7h9DP+T3X58NtjS9vm8mmb4F/pL2kLzPnu+lqfW+DyaZHtwH9H9IXl7vg4q8J+1Q5/0bRd7+m9R9+FxI'
    'Xl7vn5O8b4H/qfs1cPhISF7uu+oDJK8kvmRad0GwbD3sRZ73lsvVeXsVeU/5oDrv+0jeXsh7+xb12M4mea/Z6qWnn60e2xpFXpw3'
    'nvd4RV6cC553Ccnbfp+X7twFaxhomAWP+H7BMe+XngB/3TvVvtlaSN4o2qiW5OX0VQvUO2uP2kbQ1P7LxO93bCvDbCm+WIj9V4ux'
    '/VfU3NTDGRzbNOn9ypbSTi/Mli5paesS5idH5VP2QIt1gj4CbNbVOxzaeNiyDVM7xCifZsUuj3OHdtEZsONV2Uq3EVtkjANeI/z4'
    'MhgPR+bDmDyrWR2rRX6MthoRjKeD5Wm5hZa2ogeDDXMx+mraZpLspUpi57zXV3j2XPzyi+FzUUHgLufiEKBFDyRtcX0emg4Je7+x'
    'aJvYJHy/H9SnDfWXtU2RhvnL0q2zRkv730aSJgE2Q9C3AWETeyyVSKSn+VmwiGNvuzO7JjyDdQDZVE1HLmZ7BzlLToJ1jXPNzwWO'
    'bwfJNxGSF+/bhxnWTfFmKuRson4VlhCcJCz6Rf31pCztf9PC98uLeyVJvpeF2KKmNHtvNsnP67PxOZGj0T/upWVj3t6sEPoYVLy/'
    'NG4chfMihpfD8MtEjPH+m6f/GPH+d/vufWuM6IOE8uK2i3y/ZNx/OuXpcF9Zrn4YeP9ma/Yk9ZFG++vaLo2tIeI7kPLcO+S8XIj3'
    'VvgTwi4i8iFRGXSxHcsJLVMr8mM8quIu8niPUXyMsDmP46mo4qlcZxRPJWkQT6UF+NAUd8ZxyPPnYGyDKOQJpSf5/bWZyCPSws5f'
    'N/r42yqCPllzfIBEMA+PfdiU8P26oC5XL5Fd8G8of0iTumk5GjvxbaHPgzrP/08E27gCvv2b0Md6fFXxDfv2T4o6R+HbT0ifuphc'
    'CGHyjAjGdcQxPZ39+16Mu2LcFeOuPDq0KeS+loQ5UtEVVYyuEGuzc/sF798d7dl/t+fTFbr6GzT1NxSh/jJGt7SALQfyrmoBL6Hf'
    'qji+8N74wucollCx2PgdJvStPF+/rODpC2Huoxf9/84h7+aOe++aybtv4ZlK3q1sDcoDD4O0T/i+zalfb5dY8vF6nBrrsclyXq9g'
    'PLs4hnlgTjsme04L9e+qOl+uADxQ4zDv+9KTNH9SdrTmeErSmpzeNHnGHZ76kHm38XdZBfOajpClNRrQPGlG85jWrauzUrEOTc/K'
    '6yGtEflxzcqZnG8LoR0pn3NQqP0M2PoWpXGsCo1DR/WOomKHot5RpdDHacJ4dlz2qIrHiXEia4V5fE0u29weYk9XzNiasq57s5Vd'
    'J4oXH477Z1KtpU7hHuOskLWBYz45ZG0MM33NYxVr4z9YnsXQP1Od8M0a3VOs70Dhx2DbLMxiGfB9iXW/wcZOYyEugYDkrvH0uO7v'
    'vjjX77KY6xMI3E300Cdy/n/lOP9bQub/vmzZT4uJjYVpgh96J2nN4NlxLsHf3NZwVGHjQHViTfxFHC/M4lio1ovp2LBfc4Ufm3qz'
    'xjbBxkaC+hTn64yvrwOyZT4mCo+pa2o7vkWTdzPhXU8mTbLGEE+YxMSV9bUr5M30nK+HtmoZ3TKoscXotaBfuO+FWsX67xTqOIx0'
    'jdwqvHjyGaIHV2gcU8wr679EuMUzPQO+RdlecJvCM9P+WYJrZ7WFL73lzF/E2rQ/j00iaM8Y5S/4bOLjsR5wAdq/Hm1ho6iKlepC'
    'hxYSm9WWv6a7LwnH+1IzYSzweDSdhCeIdGNG5MdPRPuopYTP+JLw449myDvEDWjrUMvaaVXI0GiZA0QwVlkjebeY6MnwWGWqOIZU'
    'XmADr/M19+5khI7bZMaSbfGV13NwUPRHhPEwbNuqIgwtev9HXQ0XHqRu7Vc4rn2q/7RcTFwsJlyrpcpPdbQLHRPCshz+dOtQpQcm'
    '98rHNXqeF5A9L4jusQ1MVgq7mF/1IqiXbRM/C3VLm+EcDNNfXWRwjlQ57gPZ/tEKHVaK495HaKUFrI9HkjVls25VdgsrQ+xOdGuT'
    'rpMy4ccmi9IHtN3X2N8EGft8jf6mCd80GaEPmrLEkTSOKO1bsWK0FQI3kzWr2lNLLNe8rR4tzgM9z5Sx2lE7v00vK6H7uZHNjc7G'
    'g9+REkQPtWkS5w5lwzR/mG4+nWud3rsJvZkBWsy2v/a2JVLKNn2NS4Awa3CQGRoJD5W2IzAxHSbCRdjrpxFfLess1+dleI9Igo8y'
    'VkdKRNuBHZ70dB/QZk7lm+MqwmswiUOh8iG3EPmPxDdRKezCVDZhv06Y24S9kvD6EcvjlfL4tCjg6Shwu9meBXI+BxN+rPUlitSl'
    'zveBnx4THF2vqUP6TFlO6lDtnY3CPlZ1P7v7t1nQD6q4T2E85262t2cmPH+QKhjiflR9052ZtvVgDPVRoEGGNPf9mtguJUzPt5Q6'
    'N1bz3wRzei2hiaqIfrwqnvyQ8P0vHKDZVyreu4kPQVnvmcL3Rc99A/JzbLtmT0XFJuN1R/XpcMKv7SRwUMV64vJNLgudSWDL8VCv'
    'QobYI4I+/wrhw4bZ25UXQMuvg2/1iru3LDsT6Kkwnw9ptmZ15WV7l5O7D47hHKi7EtbmYnIWXavQwUYab7LuQKb2xqp76yJGh4aV'
    'L8Y9z5W3USybxxpyfzveUD8g6pwdEsGYJ7yfJmt/pSU8tkTobUl52UWicB+IUTixy1DvwNQXYKnhZuI/vEeo/cZu0eA+XGMJaJPK'
    'F3LVJsaU1h0ZwtPpZ7romA5peJDvN7hTLSQ679s06RKiX1AF7zoYHqgjtNtMIsNCvIg05iCRjyEdwOVQdytg+P8BQTCZ9Q=='
)
