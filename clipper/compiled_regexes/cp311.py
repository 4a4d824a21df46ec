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
 ('(?:[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|crédit|image|illustration)\\s*:)|(?:\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$)|(?:^\\s*crédits? photos?\\s*:)', 2, 34, 1957, 402, 3, {}, (None, None, None, None)),
 ('(?:[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b)|(?:\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$)|(?:\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$)|(?:^\\s*(credit|courtesy)\\s*:)', 2, 34, 2359, 839, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%)', 2, 34, 3198, 483, 1, {}, (None, None)),
 ('(?:^(lee también|lea también|te puede interesar|más información)\\s*:)|(?:^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S)|(?:^\\s*(informate|infórmate|entérate) más\\s*$)', 2, 34, 3681, 886, 3, {}, (None, None, None, None)),
 ('(?:^(read more|see more|more):?\\s)|(?:^related:\\s)|(?:^read also:?\\s)|(?:^also read:?\\s)|(?:^see also:?\\s)', 2, 34, 4567, 228, 1, {}, (None, None)),
 ('(?:^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$)', 2, 34, 4795, 1129, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(タグ|カテゴリー?)\\s*[:：])', 2, 34, 5924, 222, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(태그|키워드|카테고리|#태그)\\s*[:：])', 2, 34, 6146, 233, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$)|(?:^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$)|(?:^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$)', 2, 34, 6379, 619, 4, {}, (None, None, None, None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))|(?:^\\s*to (view|read|continue reading) the (full|rest of the) (story|article))|(?:^\\s*if you('re| are) (seeing this message|already a subscriber))|(?:^\\s*(instant|immediate) (online )?access to)|(?:^\\s*never miss (the latest|a story))|(?:for the latest (stories|news).{0,40}download)|(?:^\\s*download (our|the) .{0,30}app\\b)", 2, 34, 6998, 1924, 25, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)|(?:^\\s*advertising disclosure)|(?:^\\s*this (post|article|page) (contains|may contain) (references to products|affiliate links))|(?:\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b)|(?:participates in the amazon (services llc )?associates? program)|(?:earns? (revenue|commissions?) from qualifying purchases)', 2, 34, 8922, 1126, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 10048, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*(写真|画像|図)\\s*[:：=])|(?:（(写真|画像)[^）]{0,30}）\\s*$)|(?:^\\s*(画像|写真)(を|の)?(拡大|見る))|(?:写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$)|(?:^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/])|(?:画像はイメージです)', 2, 34, 10244, 599, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：])|(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：])|(?:返回.{0,6}[，,]?\\s*查看更多)', 2, 34, 10843, 388, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)', 2, 34, 11231, 1031, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 12262, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 13659, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 14230, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 14485, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 14714, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$)', 2, 34, 15167, 221, 2, {}, (None, None, None)),
 ('(?:^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$)', 2, 34, 15388, 171, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 15559, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 15703, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 16945, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 17910, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 18363, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|da\\ redação|written\\ by|posted\\ by|redacción|story\\ by|words\\ by|authors|autorin|text\\ by|auteur|author|autor|texte|автор|текст|text|責任編輯|责任编辑|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 18579, 868, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 19447, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19485, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19562, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19639, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19723, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19798, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19882, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19951, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20036, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20141, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20238, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20343, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20414, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20485, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20573, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20700, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20788, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20882, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20968, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21047, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21120, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21195, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21266, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21352, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21442, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21567, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21659, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21777, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21871, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21940, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22009, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22078, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22147, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22214, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22283, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22352, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22421, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22490, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22559, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22628, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22701, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22774, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 22845, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 22945, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 23773, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>[^.,|()\\n]{2,60}?)\\s*(?:[.,|(]|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 23855, 385, 1, {'name': 1}, (None, 'name')),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 24240, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 24339, 100, 1, {}, (None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 24439, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 25481, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 25577, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 26291, 1009, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 27300, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 27841, 1010, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 28851, 529, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 29380, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:พ\\.ศ\\.|ค\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 29407, 3461, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 32868, 3577, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 36445, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 36471, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 37064, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 37304, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 37335, 77, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T)?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 37412, 1532, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 38944, 946, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 39890, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 40117, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 40215, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 40394, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 40475, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 40496, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 40734, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 40988, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 41178, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 41416, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 41444, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 41624, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 41816, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 42022, 32, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 42054, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 42275, 493, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 42768, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 42974, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 43002, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 43022, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 43054, 162, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 43216, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 43422, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 43708, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 43904, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 43958, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 43982, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 44006, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 44049, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 44343, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 44361, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 44378, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 44407, 124, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 44531, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 44738, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 45008, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 45112, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 45128, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 45144, 44, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 45188, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 45289, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 45314, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 46163, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 46271, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 46285, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 46313, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 46374, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 46486, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 46613, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 46734, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 47008, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 47142, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 47279, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 47307, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 47323, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 47587, 3317, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 50904, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 51124, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 51145, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 51203, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 51219, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 51235, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 51334, 55, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 51389, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 51612, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 51669, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 51726, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 51783, 40, 1, {}, (None, None)),
 ('^.*?\\bby\\s+', 2, 34, 51823, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 51853, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 51954, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 51978, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 52488, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 52512, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 52536, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 52944, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 53085, 21, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 53106, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 53950, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 54141, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 54387, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 54465, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 54576, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 54618, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 55331, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 55409, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 55466, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 55498, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 55650, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQl8XVWZ+HlL8rJvXZKWUrpQSEuXtFAopYWAVXBkX2SHpkmaQNMmxKSlFSEIKNoiuOAyOo4z6n8ACwLqn0XUgkLrjKggyDh/'
    'HWHAn+LMODhl3NDJ/513v6/3e989595zznsvacK9/aUnufes3znnO9/51johRFp4j0xHs09zNu2Ad4nsTyP8noGfhuzP4U95aXqf'
    'EPXZ9O2Kb9/5sfftFPLttPO89IxzvW8nKL7tutL7dgz5VnWmn0d+W0K+VbNvR8C3VhiHTDcL79th5NsA+9Yi6yLlZJ1LSR78W+at'
    'JXkHIvImAX6NAE/ZTiW8k/CuBdhXZH9qCNyboEySlEnA37RMFZurlEUbEhZl0N/V0N+15N0pG713q8i733V7744m7376hPdOjrkO'
    '4NBL2hQhfZbl5mR/ZhO4pWEMgowlGTH2MvK3zFNO6uN5E2xuTOHVSPpm0qdG6JfcU/MZ3Ost2pXjKIc90+hQ9uZv5I+3Cfr0TpLP'
    'tD7cJ/g3hfVqSJ/dbl9vI9RjA9tMkWAr++sK24qng7BF+J4q3OBQQfCtCo8tC8FjrRZ47FALPNYE/Zffhskel+kg5Kkk/eqF+axS'
    '4MFKAqP1Cbc1WM7moZXArwr6cRekvN9DkHZC36pJnh4yfszrgivk+8ugL6ncy6gnmZjMTw4wraKAJx2Zw2b9mJyncn1OjVh3q1md'
    'UXirCdbTp7I/V0G5Dvgm8x8ZWDfJN/VD5/d/R0cz6pk/kG3EZWUlyF6nOKuN4LMd7NtCgncQV3TD/OF5+C5IbwAch/XI8jMIzqHl'
    'aZ4GQk+tSefXfXLaS2+a5de9Oh3EtdWadbuQrMdC8O5iS9xdDjRRAsZG7x/zAd5z2b2jEtra1Oal74b0o235545894tu6FePmv6W'
    '334M5f8T0vshPQfKvA57X757FO4XzX3hZV+FdD+k97K/74e+/gzuITm6+Uovfb3Tp/UzMGfy/Zeh7K8h/Xab/56P+2fw7fG24LhT'
    'sJ6+mf25gNCxNm1NB1zI22pm9GAjWaOdkK+3zafXmhT0ANLIlQo6SJb/SFs+3SDf/RXUfdEnvXRdW/7Zj2vmQsh3PaQXw3jwHodl'
    'ZXplW3gZvq/qAYcfz2ixfki3sX09yP7ugvbnwN8bIN1O3rcAfATAP0ngU0PmkJbvY/3oYXSObh3zMdYSPDgNyj0C+b8F6Z/b/DmS'
    'aRfuJQbDCwmMZZ2HAA6U76bBPmgdzq8L29qnWJOqeeJtJMl6qlPwOiTsTtbwODZt8NIfdPq4mH9LXBvchzd15pdT3f9xPqvYfCbZ'
    '2t0FuOf16/Pbo3151zle+qu+YF+QN/Ke2/U4oT/b+AJFftrPctbPNOvn31/qpccBXP5rR5Cu7mB7ZECDB+S7v0p4ewVxCZ2X86AN'
    'AXyiZsW3nXcG4cRhoYJTpQJOGREOiwp2x9CNc6oFvGieY1kefo/S9a0ZeCpCcS/CcZd93Evf2BmE1wN3eunITsUZ2wNw26bGi4jj'
    '/xnuqhRXYR3JD/rt8Pr/fqffPxVOaoT9TNfgGzCWswFuyy8KwnTlcH6eL24I1o9nw91Aj5Rb3i1kvZ8710u7YW++52Iv/afz7Okk'
    '2Zf3SR6OQ18aoT+4NyivRlzp7xUceyOru4LdY2pZ3U1sTu8H2usNmNPDFd+uGPF5D+OxZ6awMaZDxmgD56kMFnyPNITsu8qQfUf7'
    'Pk2En2tl5Fy7gJxrsr472fyvu81L9+7KP5/wHJLf/nRFfpn7YF8O7Mw/R8JoFE5nPgm49tNneekTwPdPwbqYT/OenZ/32yxvC8n7'
    'faADrwLY/vpGqGNDPs9evrsL8t7D8n5ul/5Mas4O6FzHPVjOYMD7+kOgGVZvD8KA95XnpTA4A/DNfJjb1y6CO+TGIAww7+5dXjo4'
    'kp9XdQaa8r04P3jmqPdd1vsk0KkZQlM+8QGg9wby18jLkPbe6qWXwTooG/HveHhHy9ENBOeZ1kHbrgdafjZbf2F1qO4/eG+h/eP3'
    'lz3Q7r9+NkgP6/r+i53qMUwHfLca2ru5Rz02nNN6wvvMlTszfx985BI4M6Cdd10B6wlkbOcL971QxfbC9kEvPepc9Zqdr8i74Fz1'
    'mqV7gfY5ai/wvGF7obqIeyHsfoJ483B2riyH9HgRPFdWQNomgucKflvJ2lbxKVXvEL7TNd8bgNYz5YOqZAMcDuXkPLuazBnCPtke'
    'zu+jfN6odYn3v1pGi/Syu/QQ+ZvyRVCeQO/5r5J7PuXdXYVzSfiCQwXKi3GN2fDyGgnvsxa+T7OAL6dT52VfXO+IF5KO8D+3yPA/'
    'EXB0VP7NjHbtIbydeuCLLjKop4+lwwY85CE2zg7yPqo9hOMWoeYJ2K43WccXYB6QH07pvoNpP5UVyOtezb7J39dAfxcy3rrLPU/C'
    '8GyH/VMMWHG5ftgaTDC+pcnc2tbvsg5NzpHrD9JzZFGR8A6e0dh2VH2drD/DCl71RD+Xvp30ZDpjeS5dV6T5vLpE83n+BDmfcF/I'
    'd1sNyncxGUu/Yl/0aPpH59YEzoWcn/SM5Dp4bwk5A7sdzkCqL0RlTKgv1MLa6tesnSELOfd2hQzbZP46NOc2vS/8IOHrK7UyHstk'
    'xruZItIvNnUUm865MvuiKeHPKZWjLFDAl8JpSCEjLWTuwtax7Ou/wNixfFj+qD3RT+beZB/wPaeSGQ8o1o1rH+V4PyvvcawPG5mO'
    '4BzL/UzLmMwrnp8tGtw3rIHNYMT4kEdRD3CcosD/tnStrOscWLdR89+r6b/tOHgfKD7ZRO6fjazeATYnS9j3jQz3IE8ybI4L7SeX'
    'ZyJOoDKF2USmQPHIGdmfdxTAh8T+ZAiNUcg5S8+AYp6hrvxHk7sRyowoLhZMpt2l0GtBXv5UQq+Z4EhaH+67a6C+B2Cuo/bwEWQ9'
    '28BiJeGPUj7pRwktsVFDq6rGgfvkJtgnCIeo9bKJpd0RZfAeUKmB37WQpwPk/rTufoNxDBi0L2UrMxke62Bz36M5k3Ww42VR1+gQ'
    'Qqua7D1Ou0aVwbvFNHIG8POoN0J3a5jp3fP7cRQek+9fYvyQn0KZKZ7ebypdVn7gyZSXV+DvleVV1eU1tXX41DfUjdPTKP9rKkXN'
    'OcD8YXQ0kfvff4QYGZHpPd5zwQVfyqXPLVx++JmLlpzzm7POveBr99yzED7/6aO33DNq8Dx6w7daEyL9WvbXG2TV/TN8jOK19b9e'
    'O/ec//w95JEzNzJarEe22P7z8O/es0f3tQX/uifw/Ppb9K9RMbon+yP/v2BUjlPk/r2Y/fda7v/s8639b0DNo6O/D7SXEcV61ive'
    '5dqfY1C4wqQFFQx9GR2XT7UQPRA8UypIHtR7RvsYF57lghC9xHJyBj/IzuTZjB/TTVJKuw4pbIdMceqrDE/eGNJuRwnb7QR5J6eb'
    'VDT6sIJu4/lNzgUdPW5Ks3Uwm6gVcKZRWLxkQOPY9Hcjo88GNfdek3vn/hD5kCtf/rFsJacm3fiulSHrLmeXltTnQfqskuTZqqlH'
    'NphR5JHf/pjIt/WIguEgq/tVx/LY/k8S/r0iav+ZrrEcXzyk3u4C6r034eOLrWOIL24PaXewhO1eQ9otVr20r7q1f17Cx499ExQ/'
    'zktMfBz/2+zPLIu+muB+3RqW7T0Pdxdb2ITVuUdxF+KwejVErkPx1b3C8xlA6+i3kAGZ8kfpuPj9rM/h7OtX8DL4fbseYD17DNtF'
    'PuOFY9wujlfqmh2nkRHp9pMJH4SOb6znsr9I+i82uoBcxxzX0rsc5YYzS0Aj8r28zLGd/ZbtTCsi/uGyQxc6xkWuFcZjrSZ86gzw'
    'rum9bppm7Xdo5D6bNfOJMFgAYzDlw3Vb1k994ETlVd0hdLJJFZxztF2IPKjPUGa2OqT+bYSvbDoHHaR9E9mfy7jPIf2ybS8Mp9Ix'
    'ufTrKJD/uq6vsYBdlP0n3Y+PQhtok4l2QWUg0xG7hfj8C262QYLpcLfd56V37PXlWGjD9MizXlrzI7D3eMrLs47oq895HPT896rr'
    'O57kPXS3X48q71KS91qo75hn1HmpLv51D4C/L+hLem9+f5GHlsv7fbAVfgjseR/00i884aUPPxu05foa9OHFJ/LrdeVHNAMvhvMY'
    'WmBtUN0+7MNRMPdLhO9Hqo6twXai20jrKCf5UdZKyy01LLeU9Tkl7Hw20PPpH1LeOrLR/5gosHGBR2cWHh0pO3h0MJrOzsfP5Pb4'
    'kwPMjZ5bLCdBQMIsi82e/wgrdw38XgPnTh/MX5knc5swT8r8Sdv52hnNLeVS+NpxkYnVFzD/KLeRC3It0f+h+Wz8Mcr1dCZ5R3U3'
    'xX35PoNytpV7wBfmd32fQdUkv0wf0uSdTeqZtg/yPBL0efCrp+Hb3qA9WALO/Mf3BO3BHgb64pnvuvk3Q5jawM+GvpJjvAHKp0Qp'
    '/a5NbqR8gKmY94wI52eO3j7C5Pw0nf8m4cYT0dHY2wxo7C0WNHanBY19kQWNfQbJ2wK079eeUOc9xYIeP86BHl9kQI/PJX1IA55a'
    '9XV1f6eT+sRX1HmoXS7FUaoxFWLb1cBwBrUHyr4MpWEKvXeUT8B7R0bY+4oLhXEyN4Q5xYBxTJcbnAER8A59ksWly014pikFj+YT'
    'lvvufWSNNxJckRThNvUqu/m2CHlBlL27DV01dEXxfZla+TTusYPzYYqzmPo+aMV6R/PpBZU9ZRXbx+XE1iTno2s0H+fb0glIW9A1'
    'eJIlLavyS/Yt5kdvqvB9fXwJvj0F6VeJr0UVX1P61EuI0vphifddcN2ve2B8991zT7259p3UKT+twH330x966R/u9WM8IB31Bfj2'
    'PaDLf/pVnw5FGnMIaOHTkb7dnX/Xpjzp+Zo2D4Y9+rLlHp1F8lE/YZcyWcvZgMsuJ+v0cse5V+G6S8k+aYLfuwA2taSNOZsOkBrt'
    'KhXgOgWdS3EO7oerme0I7Q/KqRLMJmE90UMc0NgtXCh8O9ceA3n5RuHHTqkWan+xG0S+P7wTST82MNkr5lkJ/YiSqW1l/T+SwKhD'
    'mNv34TiaiQx7yLCcCv4bhfrsS0EbUxQ4rwHO8LA1yX0XloWsycsLoGdHsi9WJOzw/qUMt9UJc5tWnL9Uojh2zL8V9jbUr4jS2D5/'
    'X0TbH9K92GeRF9v4Gtl/GyPGeQ/ZIyb6nH1Exi7L/zXg0kLmiOqdvq9I9aEN0yDRL1uV9tLjmN/5E8Hv/HuJ3/nlkLcd0jZIj4V0'
    'JaRr0/l1r0z7vihQf3JdRHtHEp7+KfDt5lleegvJoyuP8YzwTDgBfML+4Gzv23Ly7VPgI/GwbT4/TMfbn0/ohCHgU/0B+GB7IM9M'
    'Uv5/3+mlpw5636aQb9MvzP9WQ+QMslw9kz3I/Co6xPaspnhMyjlOF/Z4jNLl6SLQxXQur4X0BQe+s0mfCoGXjlarEr7voQHhZqss'
    'Is7zjCEe6NHolw8zGkLS0IeybxsMaArqqySqLxsidMSwfypbEJUuI8YoymhwN/VFznWSt2noDepzpC7j2WPzMwTLR8GG6/CH2f5T'
    'm9E1Qu1P9xBh7uehkLUgceXhBuMbq3WCfBXTc34Dm+trhd7H753lHq2PtNibac9lQtbdWKz53N2l3A1Hcn3CKH1H7j+G+p9ZpLAv'
    'OBjWPoXTfJC7qWzxt0boW27RvO8U4T6gqC62ym9Hzh9EmefDwdUfhwmcVT6eBjT6x0MKeJVyjlT2ZSo7g2q29jA2wmwLvMb9nA1o'
    'dOe7QnTqUX6Ld7dr2Jx3WNyruP8eet6qfKGo4jpQ+F0twv2obLHsY9Sc4x1oanYN/8ARB1HfEa59oesCY1xMV9id2dhScVyM9gFN'
    'wt5/zyCb5ynC9zNkYxukwyX1wsyWzxSGDYa04zwFTtwq1D5twu76HUIdi8kGPzQepGdPlN3vW9OevqUL/m9i86TyE6aj/8LWbYfm'
    'TOAxQRDezbA3aN+mas5CE7y42QJ3qny8YdwP1D+cy/o2XZj7qeqx6AvFq7QvzcL3laWjHQr1QfeVlIdfXHAw5aFjPBsqLzqS8eQ4'
    'zqF18LOH8/PoGprB4DSTlDHl6W5iOFp1hm4NoeEPCcExtG+zRH7cuF4NrUzv1Q3C3qeTCk6HwrvV2Tn+XoHnLB/XbCbrMZFfdDMe'
    'wGoCl7A7BNpGLjE4+0xpumHNWRHWD9O6exRzcZhmvfQq+tEIaUbBL+f7o0/kx3W3ta8fYv3qJ+1F9ZePcS4bwzyiy1Yo7dNSItqM'
    '9n8+vNuSfflth/1iIoejMN2uwH2Nwo9DUsnwqM4uVHXHDLMLXcDm6Qho71RhZ2Nosx90a6lQutMmJrCprwkup1sDuKpQ3sfBzuug'
    'a+RIePelbLn3OtKZrRF9yYh8n5a2dCa/28wUvt3yZqGO92yCx01s3RcyOnYmG/sizRllKzel+/SoEtODYXemhQmv7y40BOdnRvkL'
    '2lwAXjC9qy6G9TfL4DyOsns3WbeqM8wUD0SdjXRdLoF33yD5VPdwU1qkGGOncF8KcHcdtwmNGXXnaSJ0qy2vncN7GePltzJevsqf'
    'L8cH9Dune98Beksu+66QtumctTF+gY7HSO9QJvTicqGOvT2bwVAVs9QkplklkQf3FCAPnkg0LI8XVOy7kun5wWmMPo0c+I8pT4+u'
    'EDlUV8i5YjJWU5p3cwhvla7H76Q8PFzI/UHnO5rPpWkcBJWvddrnT2T7fPFBPA+ud42uAue+U7F+Tel2fgc7MQvjKYmDQ97BdXUH'
    'LMZHZX2lwGfU39FAxN2M65HQMaL+xqGGMpMOw3UWRR9QXgzXB9xugZ9t+hTmi4vqux6vwQcbRbgP9i2W94wo3qgqnko/wyPDCh3W'
    'KNgfB3rZqpgqGw1lSy73Q04vm+KrTZb0ZgbeHZV9+U2Cwzk/nt5N6xlNU2GwNmkMZR5LWMe/pmuR0jp8LXVa8JDCePDVbJw8NnSN'
    '4q6F8m+U8bSwMib6/Js1vCAuv6kn8GvQ7PfNIj8WU6nuvrax4OYCz1qn72DKSys0Tmojo1M2Z8s9pjkbbM+eqDwDjvdeG/+4Nvfw'
    'Ds3626GAI90XbQr5rynNO2gh33E5G3jMw062h6Ywntd4xgQrRtxWftbp4iOijozU8fqyAc517RvK3DOEZzsYwa9T3QujfNduPojw'
    'my2sOE6axuZ2o2ZuN7N8heh8bSRntOtdaEBzP+lU6Dea4AdTuoXzZRKEL7OuQL4M0rl3Cz8WWxn08dnDfXu7SnIGUzyzUPg+oGZp'
    '1u4Ak9eZ8CF7GEyHNDyrRrLGdoDMFO9ntI27IZVjovcdW7uMdIRdBvrQeWeJYeFiP6uL5Xo30Svhc19tMPf83tRUIrjq9kOS7Ifb'
    'C9wPOnuqOqG3w6Kw3P/Ownx/FuwTbHI9CEbYtU5POiqDnK8nEp5sBX0QqHxA8DVRGbImVD4gygl/XtIM0k8B0hLydxdbro8lPL0D'
    'lzXP/ZDxMVSGjJ3v+WaRb9eO9w7qN+Aj4EtkS1v+fbyJ2TVgmy9tAP2Ni4P92fkBSNv0Ov5nJDy/fLz/tC+0HhucVc32bDlZO4gr'
    'hbD3v1WpsDWQ9fWe49/ZXfCrKp+LjaPKBv2ve+zr0MGvctQ/W2z7RveFtMd+yGFflGpuqe1Eofik1nJNVSt4NDnfdJ1e+umz8vkt'
    '8VlVwFk1En3eaJ8Rs7Oqmdyh6DqRaT/gtS9A+lKb76cp56cQ0h5IL24z898i1+W5BdJWyG8870ovPeNcSM+Cc+GGoO/2u9aD3fxW'
    'dd4Wknf9WeF5qb7fb7aG96EQ+i3MT87ibKZPOcBR5asqqTnHXX1VUb+UsY84PR1TKl9Vtn4rqY99evZ9FPgdLnuV02CZXi+9/t1e'
    '3SeQbzOu9tKu67xvx5Bv5bCv3g3flii+XfFJ79sR5I75LjgTl97ppU/v9PIcSvL8FL4NfxTq+aBvb6Or58JLg/dZXg/m4bRksfb+'
    'EtBBzPlPu91L//Wd+bo75SI/7rKOFqkZ9WO7uuyJX/R4aTXQw69vhP5ebH4eXFJk+gr31aWO9BW/w3O/JzPItzvA78n3HvbpHlwX'
    '0leaTD8JPofXPh/Eo58BX+af/F7xzou1ZO3gmsE4GAgf1b2Uj7MyZJyFxBBb63BPQP2LqYDzEgT/ucbBaFaMW6azwKfz/+y2H5es'
    '+/SUZ8tL/VylI2C9LATWrQZr6jBCk4SNp57IGVTrj9I210E//uMhta9sV1/UxVgDrr756Br4t+wAnrPgHVJf0pVs7xVCg5SqXtUd'
    'e6kDjl9mOVdxvJHweCOJSRRvhO6nuqQXNz3eT2/e+FK3ZV+sTXgw7AL4pR14OuPvjz5VfH/07SUUPoQ8DZa0tS3OR38dNNYJ+h/V'
    'xTopg3JJEYyJgXK664Xv24zaHtDYJir9QsyzheTpVugS1cP7OhH0TxUmS0Xftzq9umGh9/kUJas/mejZ2NrEIM8G6cnZjvW46oVQ'
    '3wIqu9otQu2/aYDxkJrhnm6Lhyh9zWneSrKWuohtBG3XNcag9Bd9puZ8WORAb+0GursBYsG88ohd+frH3OyTNtjyw+7zfX0W03+k'
    'KlbpHxN2Z+xV7Nyf2GdRcQ+2A4BxjVkYFbSwyDENVbz/+bd56Rtngj/YG7z0w7d7a6uf3od35ef91XvgjIO8XQRvYL3TgX9/Ob2z'
    '7/LL14NuzgH/taz9s8g33t5p5Ntc4Iv+8VIf//NvtZf5fjrw299dCnGner1vR5Nvr7Jvi6k88Mz88S1QfMPxzVa0N7c3GI/vVfaN'
    'xuN7BuQjx54b5Cm9DN/+cmvhvK9C9vckEx+mmAywwW2PJwuSL9rMHfdXT/nYLYyPHeP1CLzuTducos+5wedC7o1D2d5/IT7j39Rn'
    'PJdHdINs6Y4twfPofWflf6Pn0Uk78r/R8+hPIM9LK3TB8NsF7ytMxhGfR4rzSJTwPBLxeRSfR8U9j36YffH9+Dx6U59HaXbnfH83'
    'xEvboT6f1pG8i3vyy/C8x5O890OeN+5U511K8t66GfTz1qvzzg/pLz8zW0L6y/PWKvp7xYg6r6tcOD4343MzxpUT+9zU8XTLFDzd'
    '/04UMd610RGSFPFDnz10/7cXc03E8ckN5MEgRnEjhxJFp3e43qMAXbPWh4N35dee9PMUwrtV3ftRFiz12Hi7Qw/6umiF3NHj9Wm0'
    'Ptudz6Bksqjr04lGSE5a4jBVBLUQxdNuRRuivOok4WaXUaOhG23l5X8GWf/HnrK0JyG4pJS0TkzjjOfTXlIaR2eD0NBWuA1CTt97'
    'a369aI8ibU7oeas6RylfgcuB6R2ey4HLPg7ldgb57g8Aj2JkZ5DvTvkNnO/+RbDBPu+O4Jm+/CIvrbus8DNdNx+Nbb6uuMvZo7PH'
    'CfMh8bA4uOyGkb7jcXXni2BcXTrnPG4vnXMet5fO+bouL73myuCcH9qd/y32czGxbIePFH78Curngq5XXDdyjfD9XAofFlG2Zi57'
    'MeZTTU49sjJyZiHvXudPYS35dh/DaceSbz8+z0vP7gnadP3TVUAXbPD1Y7l+2FMf930+ok0A8tjPgPPrHRuCvHvabu7cbssfW61C'
    'JoB5wvyxxHi4YDx8eAF4OLJssXjzU2Pe/KTnzevoVJczkeu4tyrwayXTLed2F9eKaPuNfpIH4wRuYfVsFHobD4zdcbmiLd6f84WZ'
    'z+EuVu5twrcfwW8m/rFXCb1ty3LSX+pLl8b4kL+Xwv5EFfdQ5UuQx1juEOrzQ94VFhE6DOnEUtqf1oh8Gze0T9LZ1VH/F6r1vbBI'
    'e66sBHuuBXB0AvB4LZTnNn2F+HhY5khjVQq1/2Zc52cKsxihPDZnO9lzm4SZf35ZbgXcdVUxPPqEnS9t6s/VJXYR0mV0n24V+X6j'
    '0cfOMUJPm5VqrVI+hksMFVXfLiW/N4Js6cXd6ryXFyCDlmWnKWRJNmse7cdef8y32Vis+FaIfC0N9Zz/4yDv5PxHfR8MnHdy0fP+'
    '2HQ+bKWv1pkO88bHl+OrP6i2nQ67c1eT9XOa4/ox8YUUlo/buW0Sel/YunhCHP/wtYrlXNfqrmyGT4tgjCt+xtrEKrQ5x3tFdJxS'
    '7kMd/eEvEUE/+CZxPWhZHrPINGauiV9sHt86qm+DIhh3TRVnIcznfq/mjNDFYvqdCMZGCVuLfY59kXP621R+jB/aD1VsQhWdN1hA'
    'P/ic8LH2hbRpEqPRdI/w+TWNV49l0K5XFfuWxwTYJMzjcQ+y+bolO19XCvN4qd2O+4L2YUOBMNbF4tGt/21CH0edvuf7qcMQvqYx'
    'ZLoZ7I/Iwv4M4RYjzOWcsV0j3SIYY6SQeePz1WvZJwmzn2QPjXdHzPeg0Mf1KNV4muFuxHWO6F05KpYOjdOBd0VZ7xSFzjiPj8Zj'
    'hKhiCqO/e9tYNV0h8CsWzcPzybm+IgvAPws335AYA63Wgs7DeG51ljQRjzPrQkvxuF+mNCf1g9miWRddQh1Le5PIj3fDac4tBC7r'
    '4b6ji8lN8Wy/hq/E5/cdwo9D41In2qvPGiPam8cO0cWD3yTc4mGpYKTz72myLqrIXZDGjhomazYj1HG5qhX8zGFCU6nis5n2TSUr'
    'kPVtSHg40Xa/I/9tGvlGeVEtJH8ry99A7tyrNX2sIeOsEeZxRHsj7huq9bCBrB1b/+k4Bhv/wU1szdQJtW8yXcxm6oud3jn/K/vz'
    'n4r9Z4MXVWfNFqGOj8bzL2ZnM4/911Bg3+i52kju04XeW5tBNkv72jSG91kah03FM1usuKsPh9x9VLCfWkTYTyOwH4t7hgvtVKw7'
    'lSrO2Aahjke2TdjF/SuFrint33aL8+HIgJw/+aZ+qFy2FP48cU472dxcYaFrkZzkyhY5wK4vSEk4VOrO5YUSbz7LZJoi3kPxHor3'
    'kPEeQrkC8lF+m/DPLFVMkhmWtPZii/yoj3GopTypQ0FbmZaXbR7iMK4jLMfFbfFj3BPjnvj8Dp7f5fH5He+heA9Znd805ibVnzPl'
    'b9UreOX07Eae1hrG06pkPC1+J64QQV8TZ1v0Lepu3hsiI6H8D0F4mZRnESVbi9Idaw7hDTcQGclWQ906lb4HjZG9OftiU8LNpr+p'
    'QHiib9tajeyhWye/ZXw/F34fxsppYjqDJrG2t7D+cJvG3Bwm8uPwpUtob/FmwH/kZGlwOWrSBmeQrYyzGOt/u8P67yvS+r+kSOv/'
    'NOBdU72fDiaT6WZ8yX6WboK6VhLd9yEL/a6hEL14jKF1qIV+k0pWa8pX3qKRLVNdgFL71J9peffEeItfAj/hbedGxyr8vwDLQvRk'
    'N4Ht+A86vTrnKb4lrvXv1JXsmzjT/5vKVuW7mzrz66ZxHfEblr+pU6+HrbKlUtnkUxhiLEFsrxrs9/4J7PkqLgzqBb8DxrS6J6gX'
    'jN+uvFpvR4/9rCL9pOvnr2Cvuq4LPMfouth/o79eKC+CtlEl9L5AKD7Fsb7nYh9WfN50cNTpcRRjf1F9+TIim6uHsVWIaB1qWfZk'
    'Ba6lOJDaLZjoK6l0ITqZbLDb8DwwwYumfRrQ2HbsT3pxsGxkjyqZW7fFecB10no0uouc1t5H+tpjIS9U6SCY6tptiJDB6/r6N0mP'
    'xynfrU7nt3di2kvfO8tvT3pNoelKVuZkKHMTKXOSQb1rWZ5jIM+NJM/KdH5evBeeAnlvnuWlt8zy91B3Ur/eB0L0lEzP+B7NOtsO'
    '7b816flBku/a2BhXQL9HZvl7JGpMJvOjknvzeTFpi/bZJO/pMD+r0t7Yy5O+XZXN+h+02KP9GvzRz/DHywnvbsV168LwIdfB+yWk'
    'L5M2ZN3fS/j6ZdscxjAUsXf5mro/4dFoNnhf1U5XRDsfJ+1EwaaTpFHj3s9w0HXAQzDtP9+v2yPG0ZXw9Sy3hdgzmJ5RvP7TE/69'
    'g+vdDTGc3i/MbW6PNai33/LuldOXTfg6nHxNXKvRq+djrk/49sa6vnG7Y9yLwqBsr2Yf/5bceU1gIsu8orgnq8ZL79YvCD9O3ljh'
    'bdnuIwR3m+BcPBNXpwvH97L9TwHNHAUrmfdDwjyW1k3CPEYX9QGgowf7FXn4vFMfADr653JyP5h5h5d+eSfYU57v+wDIaPbBGeTu'
    'cRn4Oy8b8X0A6HzAnES+/R58Zb3t3fk+AHL+2LryfbYsJ99kftreIqGPLTZf6GOSzSLfLrw5v85p5FvLB/O/1dF+7sz/pvKlk7Tk'
    'l4X5PFP5W9PVQ+9jCaI74Hofo7F6U5C/kugy1xM93Ny9W3Fn1MkmCumXLS4u1TzY6LtTPWXMn2S6IOMFM9UZNNFhVjkOMAujcyY6'
    'PDMlhme89txgZUILT3R4posET5W+90SFSU2RYFJMHsFEh2ljkWB6MPNtJ/oc1ZZojsaSTxfvk4NfZjDR56isSHOk4kvEsJm8e7u6'
    'BLApJr9+osO3ucjwfTPJx+O9VVoZ1USHb12J4Ftq+flEh3tVEeBeCplozEdyl31OdNiVjwHsYp6uuaw5vjNM3rtmVZFgU2ydlZjH'
    'Oza6WjHd+ObTe4zPvrGd84kO7/oiwXuy6W7H+2h8dABjmXhQly+GSVCHMYZJUHczhklQZ3WiwyRVJJhMBlgUa31QveUYJkF97Rgm'
    'QT31GCZB/fwYJkG7hBgmQXuMWGYRbaMUwyjaNiuWVejtxCYTnbuQwEb2Z8pXwN/JfaWL0xdVH/W1If38HK3pG/d9v26veyx4tG27'
    'Za+XLng46Hflw/Bt+eNBvyt33Q/pbn08Rp3fEGrbdI1wiydK9Y+6RbSvozDfegiTKULt45bHdNDFbEO7S2njOIvVtUGo46uYxNkL'
    'i4NF416G6ZSb6OD1aeCq8tuEc/xk0pMHUb8/aI98tWZ+doh8W1v0CUz1g1UxswrxH8j9AlGfhWgz2aQYv2nMAoSRjF87VQFf27nA'
    '+maP8VrivpNzPgCSfjzcKqYf1Uf0BsPGiGV1fqNUvuBMdK02KdZwzq9ZtuLqhH3sHhq7m/thqrdY17i+uD9F2xhztB7uywn9iL+V'
    '9Rfjb80VwThULuuQzrOpjqns76Gwt0u1r3WwQV+pNObUIs267xGFxVIccrBN0O29aUU8g3gsLLlOlrN1UiPM4+Zw/4s2sWp4DFUX'
    '3Iqxp2x8BKpoprkKmmtq9sXpwi3uJcLkFZFvq9InSh/j0SXOsUqvYweb/x7NGuwBeO2D9egaf8dFHyVMd/1g2cOlnF/beqjtlJwz'
    'GYf+4oNgH7vEIFbRDjTmG37HeHF4R3GhU3SxBinNxfFrvYj2k1gJOLiZ5MkI3z/LMKRIO3SKoI9H1CffTPLSdpvIfYbevY8Sfrw2'
    'Sr8jzU7vs0mhjreXEPl+nFsi8OxqkR8fFttIGrSBvmCj5FWynbuF7x+mDObo2cO9dwsI7FrJvmgAPgC/O3UKtV3Ndgv80CPUcciT'
    'DnRoC1srfMwNijFXG4yZrheb/hyn4G2khe/7VDWf6JfOlidC1+8S5IfMsdfjMOljkwNdoeNzYZzHpQ5jxr07k+zNNVB/DdCHlchI'
    'P08IwsYKPJQvZto+3nFqyTrKPeeEt5Xzp0fuGx0KfgI/v132URTeHia4/5ivAx/8Qe/bFvLttEEvfQv4q+oh/IeOEF6Iif1cr1D7'
    'XDuT7Edu1xJ1JqliXw9q7mO6MzQKdjJ2wGGa/nUJe/tC0/si9acV5nMYfVJVwNrEPf2VNiFeyv7sz/7sawuuzQbII9OXIN0Pqcyf'
    'Ibi0H95Xn+2lj4KcYAu83/kBL335A16ZNXDONZO9QvexzPuRtvy4Xyr/2HeCD+uTdgRx+B82eukZ0IfHblfzsygfC+u9GPvdFqx3'
    'BL5tavPHruP/6OiaFNxXM3DPz92vrvHSe7vV/OZ/+5CXVt4e5ClnAL5/uVXPb3wLGQPKi1GfbeHVfgzuVeOIi3R4wib+KbUboTaf'
    'Jv7uaSxpigdt/Jun94Fcca/X5u9T3jrHdznf5o956X/8yK7uivu8dM93vbpfTHl3ktzhsi9f9rDrXi+9Y6/d+dxB/g7Grop+kpM9'
    'bkiCIcrQSEimTzqP/pBze1UW4McIsxgcNmvo4ue99GtP6H38q/APX3sU/wzBmrv7KT3+WZny/IhyepjidcRPu/d46ZNP+mu4HmBQ'
    'C3muxb30jJce94CXvviEl676uldmpvB9jNJvvJ16QsPJd9NgP7XBuNO7vfQDAL81X1efJ02W8/Hbr3rp5Q/blbsVcMiqH5dezmxS'
    'bxVZybWwrqSfYpGF2+dfcKuzmsjnsa/Uh+YStmc+k8w1pzzTZz3mzx/3ffrwj7z0me/6d9taRTmZPqQpUx9S5rbl6jKcZrCZ/2v3'
    '2t0JuwBuaUM8PomReiqAdHPPiDv6nhOC0DWPnP/XEh5Oy9F934Nz+3HQUXjAbj287oAPZP63Qrs3783Htd9NePFFcrQF6FNc9pwb'
    'LXT+QYKjqokNjgk+uTXh027fX2A39v+B86IB0ofhLFsP+iLXZDP2O8hZVTzDNZawaBbB+IzljMa4G1LJH+OyU5u+XgN4birU3wfw'
    'ztEdEygWasr8SdvEQm1v9+BVilioow5PvYIfZsOHq2B79ghIy0fz5cy2dxLUGYvj6Sri6ZZwDVE8s5TpBlRq+P+bAX9OJzpNNA/W'
    'RXUs0D8/3itU37hsvhCceWIBuoZhfB3kI0yBdr641+7cuAXOzO/BOXFqAXXte8Q/g2Rdxwj/PNsD9MJP4Gxf/4hd3XgvEt/N11nJ'
    'kPvW43C/euSJ/LHd/Wg+vzynLwu08nseUudNKvRuw3R5L0O5wrP2fBDKP5mzN/8+jPC7zhJechy52IMwrjVAb10G87yYzLO8xNjU'
    'vQ5oi30P+nECmwus6ycP+nXK9JUH9Xf73qTHXywE3g0/yue38f160V57Gmeags+Qg/nT/hqzOdvwfq+im9uBbl6Q9PiOtnSdrOOE'
    'OXbjm8L6lyb8GJtxlZFx4b6WvJGwWJU8xiKd93q4EiE/ZxXA6sXd+XyiZsJvRX6LvMfYwGzWPp/eVun6yXd7Ep4MV+Yb+Eo+z0ry'
    'j2za+9oz/p0G8bTLPhv5hpf+Gfr9iYQnd0cYIm62qfNjTwEOhT182fN25e/fnd+nQdKnPzzm885c7qW4rmzxJuLhL8K6OiPhyUvl'
    'u+PhrnzR40GcatPGzTAXF8F5eSvhkapw4OKEh2Pluz7o35O4rp53vLc/7s+hbGMKgT29O9K9adoG5TvZlBuCcX/hCa9PvwE7i0LW'
    'w8tfdV8PVEcX8c5Pn/DlHpwvzWkpruuKsbVQT2II5v2PljIf1fy4rMPXnszfhwu/ql5/u0C2RmnxRqH2v7ktQv8OZWM0nnWXoezN'
    'VP63JUIex+n5KLsmnU8tk3KF6E1H+dZE3an5juc/l+HZ0lCSP4d7wsSOqAzWD+WzUX7YUo0tmanOG703tjBZf9ged9Gtc2mHywiW'
    '47kigrhkBdJHGr00U/28MvgmInS/bkrZ81+a4e6t0n1bDP3uJu+Wwrv15N11RO81o7A5wNh3qD/3Irw7i+QfZnyA04gdR4dG36XD'
    'QN/lWBgvthuVfxHp09Hp/DHPJ3fP9jovPRLSBZCuqPPytgAvQ3UvWWw5R8hnLkSfsENjZ4Nr9fCnfP67bOftim/f+bH37RSq3wW+'
    'fM441/t2guLbrit9XgJ+qzrTz1MP48Nv1ezbEYp1tZmcQRl2juE35N/TNbSU5KFzW0vyDkTkdY3z3kToERtcZcP7pPt3NfR3LXl3'
    'ykbfbhLf/Q7iKh5N3uF5sBTOAdTJSRvgIrzLzSZwSxMdW1P8V0b+pvzhpYq8CUfd30ai726Kk9HGZ75Cn9NmT5fDnml0KCvvHxwf'
    'yD6904EHbyI/e3a7G2+/xhK2tUWCreyvK2wrng7CFuF7qqOMo47gWxUeWxaCx1ot8NihFnisifDjhxV2TJy33kvsP1R2GQij9Qm3'
    'NcjPyVYCP7SVv4vJEXjsvk6FXUmPyLfrc7UTqLXWbZvMmm2g29ZaHB023ePiJyIZQSdPNbSnMcVbTcKPeX0Vkz+mlTqRsfwRn1LK'
    'H7lNWz3cxRCf7WDfFhK8s9lCl3iH8GUolUJtQ7yD6L4jPbXGwG/u6nQQ1zZq1u1CZmOj8yVbBvgRcVoG7ipL4Bzi6zsD54rpHqO6'
    'fFinDR8A7xHHW5SxOt97io9XbNr/BYtjXkboL5P5sLn3/buGrmtFWIz6c/MTkR+L/Dlot0kU+0nA4FPpA8IiketcBnlNlVFVVIV9'
    'rCa/1xDI1tXnW1c1Fm9EXKe7ocFG9y/sqTDGg4565XPoJSr0abDrsdGTFEodeYuiwr0G3ZgaTM8Ym6J8D+J5Uzlqz9MpNl6qDejZ'
    'jcGTTB2spG3amEB1etpNKODItm3XShQd2wxnr8uZJnkZKpqjPILmWKo54wqRHSwrUCawjPH6Dx1Dnj+1C7Apw+0CVLwzKqdZFssO'
    'YtlBLDuIZQex7CCWHcSyg1h2EMsOYtlBLDuIZQex7CCWHUTc42sITqtg98rVIXqAGaiTygfahO8rVbVHuM3PCkX5o0lebmvSSPYf'
    'LbMypE3kBdic0WmR7wuxQ9j5o5Z9357IP6u5/ivNuyXht9Xp0NYVpHy3Q/kzSfltDuVPTBS2X5Ymos/xBYnoc3xWwt9Tmyz6X0fK'
    'XW1RTpA+9Yp8m0XM83vYJ1F19rByrxL80GnRp/8nPLugQnWc0V9tnVD7HFWV2wTlHiXlthnoiW+AcrtJOZv191mCb3V77E5S94BF'
    '3e8ndQ9o6r5eBG1heZ5hS1hiuR7FWcLrvoLUvcGi7rMV/e5meU5VwJbnOZHk2abJs9LgTFzseCbOJmc5b7dZcZ8aEvkxO+j4hxT3'
    'Hd19AfmzSDuo/Lua3jVbyVmeANp0KjnL8Vwv1I+3Lc9RFxsmSWiIChHUta9l7baLcDuNOsbDoW1VRrRVVwRZQzPQEyr+Gd6T6xTr'
    'DO/HNP+jITzaKBuVZjKGhAja45jWw30mzhXmfvToPjH1671Z5NvlUDsjCYs3Knyb5ATwyFdBOhfSOYR3LtPZkC6HdAakLZCeDjz2'
    'Vyo8P18u4wsbA5/jf6zw+Mym7RQTfl+q8P0toz0V2iBtLWI7H67w/Zl2CTN/6cVqe7BE88jbuYjAciMru1Xo7eWixkl9y+bOxQrf'
    'vhnX8uGQtkJaAekxdfl7A/fAPLL2c3fTCj/WhWod2Kzn6aSuLsWZbFNXitTFYcrnYVio49agDd1rGX2/Oi379bOMO7z4uvlHRb9e'
    'NewXr+uhAsbI6/pCxjsXbPCSSf24jncVAYZY1/aM+5rjdW3MBPGxik5cmfbStWmzePcy71lQZjmk7Wn/fY4uHoe2T4e2WzO+r5C5'
    'DH9MZ2frjAh8Mi3j2w677FtZR5rU0a+4B9P3un26v9yv42qhjqMShTf+rTzYj07LfjxTbg6Pbs263GPQj+GIPf3lco8eDYOHzbmP'
    '4/sUqXcjw2FbhVs8F1nvTYp6u4tQ72YFHIYN6tHF5MM73IUOa4XP0dsM5siFbmhT9G3YcP1gHYeRvq1L+7iI9mUF4KARgnsQ17RB'
    'egLDe5VFrhdx2v7s5Wme8PNE1Xc0lH9LBJ/AFOe2QT+eKfNkp7TOE6HcexnvoVhnyVfHsE2E9yfKvHmkbR4D9d2oOL9Ws/nTjeXG'
    'IteL/d1U5vvXxTNvZZ1/P8/pLNXl39evIGXa2V0Ty8xjZc4p8+XMnGZfqLmnpkndso52RV+PiWj3aNIu3gHmsztBXUS780gdi1i7'
    'GUiPiqijUdEPfv+eF0FTCFJHi6aOIyP68V/pYNxIE3og5xdfUfYVEYz5qTz/034c0g6hju82LMx5rN9Q1Ncj7ONKIl6/m9R3FqMt'
    'w/Blm2a/3lmk+nCf3khgj3lOYnlXas6WQYey2G5n2tcLHevzox7qQThy+KlwedSZsKxI9SF8Dkn7PO+5dWo8o9uLNWlfZjs3Aucm'
    'SN4Eyzub5f1dKtinlZp7C+/TL0lZjtsXRuCnf075fZwdMZ6nU/rx8LxPkLyLIvI+FFIvPxt2k7FOY/e7BRFw+hvSzrSIPn0kBC68'
    'T+8neVsi6r0u5fuB3ayRiQ8yWVB/Kl/vm/L7Bg3pf1nP5SFtDwp1zMezSZnukPOC4uW3GLSzg5U5VjHGDQ5jPJzUc7UIxqSNqgf7'
    '0xRST59FPUIxrq0O4/pNMhqmv2Rtv5QMxlHn8Xl7WZnnQsr0acrsTfr4eU06eCba3ju+kvT1RTYzmoXvjbuSvszQdr5l+U+GlO8z'
    'KH8rlHfh08vy15Kx6uYI79ibQ/L2Mf7PBgUMO0R+LEqcvwsV9ar4KxjHvdqAZyLznpwM6sJ0aNa+yu5kuWZuovYMxq+e61ge91xj'
    'Mqi3hDyIN9g8lofkHWZ530io4WKKU/494eMU1/0m6/kJ0ctaBeXPJHQvpcG+b5AX6atvh+TldO7DBnmx3nshBkWx+cy52JNEf0m1'
    'B2Se20geFT9U5rk5EdTteIXti3cngrGBB1iewUS+jozJGpHluhTjGGbjuDQkD679cxV9pHe/nD1Uwkyfi+K+nD0Uqbtfoyu2guRR'
    'yVly8j+Sp0ujRzNHMR/8jtwckmc70YurDOGRyjxlIf1B3b0/K3SIOJ7fL/Sxo7HPv1bk6eHnP9EhMpVfy3I/UtTNcfs/iuBYX2X1'
    'PC70+wXn8GFht4YQ1veI4HxwPPt3ZPym93lZ7qOknClfV5a7hfRJhZfrwS60MuReXw/j19WDePPqkDzHQ54OkkeFs3Py/5A8J6R9'
    'm9Q6S35C7vxXzG0Uvkabu2lF5AGjXlydJQ+B6qbb8HBVsfBU+mdLDXTTMsxmOkrXidr5pIm+Gm2P9q+YOlayrgVMb0x3h26tU9ua'
    '8juzKq+tjVKTMPNx2xBi766yhV8pYv+3sQ17bMMe27DHNuyxDXtswx7bsMc27LENe2zDHtuwxzbssQ372NmwVznYhMV2ULEdVGwH'
    'FdtBxXZQsR1UbAcV20HFdlCxHVRsBxXbQcV2ULEdVGwHFdtBxXZQsR1UbAcV20HFdlCxHVRsBxXbQcV2ULEdVGwHFdtBxXZQsR1U'
    'bAcV20HFdlCxHVRsBxXbQdnYQSUM7KBMbI1cY2A2g80B1T+useDbUf/pW8ie5/7TB9k3qms7xO6V3O4jyqbExGf202yMHKf3s3OQ'
    '+rXnsiTExWF+7XGcKxX19JL6uF/7jYb3P7puo+aK2yc1GJbjtAHVIUYbm/JY53PcdD5d7SdtfcRH2QgWMyYu2gHGNn6xjV9s4xfb'
    '+MU2frGNX2zjF9v4xTZ+sY1fbOMX2/jFNn6xjV9asesqCU7D2K8d0E9B1m4lob8wn+RFXsJoL1U7Es6/g/c3Ct+H0TVsT/XBHJQB'
    'Tp0oWDNl/qStcKpmb0j8Z7b69TlHHZ56xd6qJWdsbre2h+9TXE8DZD3F8x6cd8Wc31DonBdz3uW7C7K/nJfw5vNfyd0u3tdvvn1t'
    'SxNPborYm+e0KOiZZ0LbxLh0cuDSJPmb0lAoa0jDvRv3ZhfMc9qRJh7LjSlK9XhVp0xm0eVRlU9EyJWq2R21nMgsGgg+RVq9yuJu'
    'i2tAxGvgoF0DfP+myf6NiueNdzksg+smEcJvrzW4f5m0nQb5gBD5cdOr4HsFu/uJ3UJ8/gU1f4+3w/mqay3y18K7acK3C13I8tF9'
    'N5XwrXkZ1R0ZYVZB2pewnw7y2hXkvi3GWJ5rwzethbangwxtGbS/7gF7OYiLPkyh/XzuKft+pi37ifLxGQXKFK7bG4xNv1So5TAv'
    'OPDAcf/J+m+FMd0M46kQE+1JKHh5csWkyw68LsedVYImTZ9kwTXAzJm9NOuyvqhcaz8Fpmgt6F5UFReK4V1Memcu+gUPfcoPukU5'
    '4lpwDj1s7ddC8KlwW6T1cN9G+rL3fO9rPch+8f3yO/z3Z8f6e0XT35P4O5bnjI88B+k3PGM/GOu7xfpuBroEOC+xLlysCxfrwsW6'
    'cLEuXKwLF+vCxbpwsS5crAsX68K9uXThKohe20Tk98u2hq44ePj6ORqhp/T8e5v+/KLbw22tDvQJpfcqRv09gHNaA/lSRKYxjay5'
    'nKx3VF0f/440QpUjHyO+x8b32PgeG99j43tsfI+N77HxPTa+x8b32Pge++ay6UrBHiqG/xIaa/08ke9792R2ztwTkvd0lvdvCZx4'
    '3oGIdu4g7bwd0i2QdrK8t5C82IchSLtY3h0AE/nuLZD2szzXCN/fPs8zqOh/PWmH9uF0UkeYDxqUGx8G789mY9geUZ7qG6vGH9X2'
    'SnIun870MDazv7HeblJ/zmcwmYNTWdkNeIckeyvD5v1UQndk2Jo5mdEBOX/S6WBK91Ya9VaF76sLdUtx/eNeQXigbBzvXeWQcn19'
    'ylPCuw3qCcufNUQjaA3UtwD+nivy/f3pYsVsZ/Rjt8V+prTfEMNh6JtyOdE7CMuL9wcKsxMJrA4j834SlLtW0+ZURZvdjIbuMmiT'
    '205UEN5M2DzIebqN0CJ8TyxT4MNetu5xTeOYtiry4t7oYHtkE8m7geGVLrLXUe+klrXN92Afaa8e9ks162c3K9NB9E7q2TnYyXDc'
    'VQzXIa19POnbuxS4StU3uc+maHDIZtZOH4PfEKtrBuFtDJC1lWGwHWT8IJwjqte+HHRn+NpCWiIRsVYQp1A7am4rTcvL9TkV1nOC'
    'rG3btVyMPjUwWpza/2XfpiQ9p6PpEgrd6kYFL6mG8VBpe5SHuobtc8ojb4oYrw6Gci4/kvBxdhgM70h4a0g3L9tgTFhXFZbV3A1T'
    'kKYn9a2xLDH6+OjtVM/259KGZk7hStQHnvaI0n8Axbzs8/OU9dViBNfrUDynk2pOcd/eoNi3mUk8x2XwhOcqT4z+Mc/SdWR0POb4'
    'Bv0cm9rpRe3r6+I5f1PNOe77KxX7PvZTkEiIVQfcB/j2LbZPBE6OfUOMPczN6NSQOZBuFsomt3yjjck3WpkRoPXTFPaxylo+Enxq'
    '2vi+GorndFLNKe7bOrZvK/0BhTYUuLdH5Nf5GwnTGzhK+LY59DuXn7UI38cA3vErSB4Vv9VWrryd9cFmP9g9SUoalvZJq25hBfjc'
    'aHWT5ZoK56xt0hvMv4TpCqnWYUzvGayJ5YVMYMU5UTliem/sYY6yKVz/PYr1n3bAiZNsblIGt9bQJ+mO2/L2R1c8JwfVnOC+adDR'
    'XW25HTuiO/9qyNzWOpRT7dtkvEby1kiy3d1vRzp6DY3E+3bizUlG+L7J+B3BRHdDdfeRZX4h1P40beY3NbnmO13ofEexhIuxHtJw'
    'B8S1cTXM40aLfTvJ5zFHj96cDLAebSjScN+0n4u+L9rs0dzf2V9uV+3JCfeoHEclU+lx6EmDDbHUYExKBUYaxktCfc9km/89Tdhu'
    'heJ3jP16DWv3lQe99GOWfgfju60ClxS2DCP9XKvObP39Npl6Mz8IM66r5e751v4J0snxnIz3nETKFUL6p5QrROQPkyvUMp1llAnU'
    'M9nAlQq+rvZ+nsr9fZfqiKpg/ONah3Jh4/k0G8/HoVyVkUxOUtZl5fh3ZlKdDhU5MH/ohZyr0lXwkwXsiA2tefR3rFZ6vYHofE/Z'
    'nlu939dHyuFbQimj8tH94aRuhA5MckoONq060orTH5HnnwNeGC/7MItiqWLTvqNFfSLOv3hOxn1OcN/crtg3cBZkcXESJiwdyVQu'
    'Kw+BVeagmaNoPJtMjslM2dZh23Lwq0059fd6BV27K14z8ZqxWDOIdzpifYRxkY1XAPxx/14Rw35cYM/1E5AuKiP3qDp2j6okej4Y'
    'L2Qpqxdts9oJn5HWUU7yc10haa/WSPIjP9K2nqaI+2Ejq0vS89OEnW0d1l/D8Mi0iLszwjEqH+9/hs1Lms2LSX0UniZ2yrZ9HYR6'
    'klDvtFhWN2FkdVxnoh/mPZ6/iTd/GeH7WSsn+5H7lZjO8lG8e8QcP19NSL4Fc9z9wYXJoVQ+G03r5WdbpQJHo++JG5geq+obx8VJ'
    '4fvirCJ/h8Xs1sWhQ/5rivFfuW34i/I7gxXmQ7tx+fse4cX+1fFIU7A+1seyMzX9NXJgmwL/z4o3KmGdjuKGynmaqpGh0j2wBNIp'
    'c/xvKpmrif5Mr4O+1CSfbw2/zA7Fh062QVX1sM/PEHb+oNCXBvfjsYh8Q/8c6NtwPvmGfk0wptIs8q1b5PtQmab4hnXWKdobEsF4'
    'fC9qzggTGpTbsVBfNYXWw/fO+xV8gQovQ1Ivv0gfJKovJQnsZhHCztqPXFNFzqvN/CCPyOCya0ZyVeRnrLCnzSi/8eZ4TcRrQsFP'
    'VPEZOhheyqO1iqClNoGfSIZ1MXRPVfGE8V2Oxv/n7Nz83N/bZYr3YfOrO3fqFe1XMt6IPBMvFfl+7DOEn3WpyPd/1Apn3uWEl3M5'
    'tDVF+P4BWyPOxCrGD1poQEPinapKc2eY7PeCyDuDCPpWzYL9BnM5jBuOKSf3chWv1oRvR/2oqfyXykH9juQzXVs2PvTl9SbK7yv6'
    'IUQ/jDROKvol5PyEsDqRZ/El4cdz3CzCY53S9rgv7G7H9ndmf2Zatu/SzjXCj73Ry2CIYxl0rPsSwEHcp7lLXafCuqU+ONH35HbH'
    'OleQsfP4uJhucqz7EOH52NPF8OXxdl3asL0zUZj1kD5R/8sXJD1Yl2I/450PffsfRt5hLIWZ5N4o41/k9Ah3++fZgZiue/17Jr77'
    '875gvJ9Zu/249S68SBqPpS7p+fgtJWwwZsIK8g5jVND4LPKdTP/2Y/nxWeS7+svyY4ocRr7J2CMy/eidfkwGbGfhxUE4/6I7CGcZ'
    'w5rDWcavpvUmCbMM49J8M+HxLeW628r2xKDFOraFvwnfpMXirNkkgvGnKV7qFvlxqU8A+rEYZwmtdwHUG9XvIcv+ou9VWpbjDV4m'
    'SXgn6xKen86ocSKPag7B4/TvjnFcE2H5qEw7R0MlvLg99JzrYHRJ9wQZy/PC889Kx/LSBOn7/xGeHWEp8MNU4ccLkOkqSNdC+haI'
    'I1CBeBb8m988y0tvmeXvj1nCjz9wKpRvi4hDUE/0Cmi+YyDfjSRewdq0+VlX5wAPOu42SI/TjIP3T/ZL4obZhO6gftO7LfBZNzk7'
    'dHQhpW1mA+xpu1cT3GjSLsVPW9gZtk2oY/PodGlUd6ewGCdHCmbb0Q5VaphAprFTbOiUqFhFy4U+VtEiUp7GXqJ55pI8A5o8pY4p'
    'lyDyC8ob4vYpKljychKeUeVc/W9F8aBs6M7FZI/guxNE0G/7EUTOUkvmhcp5MN5HF5s32t51jroBpRjzOYoxn64Y86mK/p/iAIeV'
    'ijLDEWUw/hgtQ2ME0LyHAixoXo4LpyrydLM81Yo88txT4bjxnL/1ivm7VDF/7yTvHlLM/W3Lg3OfaAvO/TLN3FO8RmnssLnX0eVh'
    'c0/Pvqi5bzWY+1aDuW8twdxnLOeexmXB+ANzmU7EEuAhlJH6UqT8EpaeCGPJXlFzd3uMhRBGC2TImcLjvvQRePLYKZ3krIy6Gw0I'
    'dZy8RsafNYlREQaPNWRNH+HAGznRUNfEZX8jjv0LeTd1jvfuD+TdFHi3X/i6yHPYPM+Bun6tyDNvTn6el2CPUvoprM+yzHOSd0Pw'
    'ks14myxoXsQvG0kq2/8y4bUOMhwxoOC16OhoWddnhGfsr+KrDyraiOr7QAhvnvMS6JrfQe5d3aRM1N4ZUvS5HmA1w4LPs8WgLd7G'
    'GbBHKV4f0NxPhhRjw/vRYaws1rWB4JmwvkWNsVfT9qHAuzadUyp/iYJVh8iPK8Vj9oThkbQlHjGJr2eyNwuJKa+i9VXvpAxircN9'
    'LEwn0CYu+aHjMOYmpqcV1U+dXQrVZRwSsX+YAnVcBdNxLZ7Oo8XcUB60zRlcLBqkgfFlCr3TJCzLl1mWj/W2Q9b0nANgddDbbolc'
    '0xwvriapi4y2kZwJ74HyeOfpgDm+XPg2OPE8j908z4B5wXnj+sPc1nEJ+SZC8vI4940RZ54LflitobkHLWjdXylo/wYLPRkTupvW'
    '9yL7++oQ/RQJw7trPP4KvR9x/aBexjeeo4ALfe9Kf9M2Oyxo5P1MrjpU48sWw+4PYz2WIYu7EY7l5Bo/1my/BS+kx0Jm3sH4MH0a'
    '2fJY36uSNf4e3MHa7lPw9Gi+IYVcnOohcPl+RxHGEgXvbgUvQY5zX7U/zj+x8Zmsmc2a/cnl6a5jpnAtZF9+qNqLby7fncRknieC'
    'zPO9s4KwVMWXPwFkpyvTZrJdzItpg0JXkvdB5l1OZNam/V0B30Y0/aV9WkXeSxi9tdq7Q5ZqLRRzDfwS0pcJfsrxb6u9O26h5xvt'
    'P+Uv0fd9hriQ4rtuRR2U//xKlSd3pTpXfO/+TsFT1PHlbM+L3ggchvZij1b5cD5Y8VtY/z9YlU97RNU/6KBvMNZn1gVVftx7kzNK'
    'tR5fieD5DmpkYD3Qh2OqvP4Xc//Z0JVhe6u2yqPxo3B2m6FuEOalbZ5E9IsoDj+B4dzVTB/nbez7KsDJL2YvDIePwZnapcHd3YwH'
    '/NgY96dfs4+xP58c5/5w+Axl+3OaiD6vTdZWuwWd0UbWlWn9uNbaC6Qv2gzpFAmfxZW+rKpjHNYx4v+qMepHf0Q/flXh48tui7OG'
    'ntemZ+OWCHqGn5GPV3gyGIpLOxzOQW5PYSIT3GgxLjz/7qzwaaeDlfaT/dxU4eOs8abxcroyFZ78UuY/pM5L50O6HNKZdervqyDN'
    'QLoA0tMgXQHpIpZ/ah3oylQEz2uXNeYqu62oKA2/xRQP/SpT2vajzqt949Q+jv+ujGcXMdb0Mu0T53vdlPFkrDLPkWwfzIC0GdKV'
    'bL23QzoL0nmQngzpbLZ/ToN9sDHj466DmV+0JuNZ9LvoeBT7Djcj4+m/2p6dQ4q9wHkdYe2+Ue7fs8bjjiP78C/lng5YFA/J5j4y'
    'VjTgl8o9nZWczIXtr0PYPpoK6TTH8+WOkLZma9pqdmxrmLTlggdoubmQHse+L4G2Lin31/5Y3Qtz+3+M20W+3my250pBT74awT/4'
    'S5lnj8J15Gx1AU3PxpfKfFw73rKgb5b5ttcutJaOHyzr/oci1s37fUeZ9/fBiCdl/3rLPDk1xQ0JSN8O6TpIk4546SyybjvGYK8e'
    'TdrbwOarg53xGzR6qWF6ot1s/TSX+bhhPO7Qsg+/S5ceP3VGwP35tO+DwgU/me6pr5OxFoKXdhRAh/61YqwufYjC+SNpDzfZ7E/T'
    'M/wqUvcpjC5YxOie0y3rPjft6yQX65yOWkev4v4v0tx0RtAiM0rcDu4raYAxXvrdL6Y8307jKSuOoucfSvnz0K6xM17D6n27Qzt/'
    'k/J19TsZXnjVcD/vSnl3+7G6v8o2+1OePmEp7qmy/gtTvi0J9/dgKs/DutYR+IwV3/ZI0uZY6Bnl+P9kLQ1oaJPhiLX0x6Q/r4Oa'
    'ueq24GlyuLxE6l8VsZ/WOuyn7yY9Gch44pYc/Z/01i+lbZGfbMN/k3V9LOn70LvsaZB57cu3H3vySS8d+ArY4+710oefBf5fUo9n'
    'ug35yoNJ34eMiy2U7iy6LOnxGEp9D87p/5G2+Pi3FkF3lMLriGThdljTkh4vOUx/K2qtH2chazXZY68l/PXoyhv+ecK3K45aj3y9'
    '/DBRmE0eh/FjCY//Uwy+s2pdDGva/SwZR6F3m5z+j6I+1/uDrG8rmSOb9SvL9EBZW36oLHNRSNkw/qYs8/aE7zeqK4I/gDypNaSM'
    'ic62LLMs4dtUm+CfPp2tY8LN9nYLq6c64duDh9GR9aCQXx0BIxzn/4jovN3Errm5BLpIsu4fQT/k99+cBTaB3b6POZm+Dn7f9pG8'
    'z5znpakrfF9yMj2sx8v7jZC8vN4HFXlP2qHO+w+KvL23qvvwmZC8vN4Pk7yvgx+9+zVweF9IXu6D790kryRCZVp3frBsPeAAnnfX'
    'leq83Yq8p7xHnfcSkrcb8t6xRT22s0je67bC2XKWemzrFHlx3nje4xV5cS543qUkb9t9Xrp7D6xhoL8WPOzHN8C8f/c4xB3YrfYx'
    '2ULyRtF1tSQvpw1boN5p+9S2zqZ2rCbxC2KbP2YL9rlC7FhbjO1Yo+amHs7+2DZT7x+7lPbGYTbBSUsbujB/Xyrf2DMs1gn6OrFZ'
    'V4c4tPGQZRum9tRRvhmLXR7nDv07SHivEGqfD63C96lQC7/XCD9OFsb1kvkwtthaVsdakR9rEsuXK8rTcgstbd4lT/jQIvXVtM0k'
    '2UuVxE71QMyD7Ln4+RfC56KCwF3OxTygRWeQtrieIE0HhL3/a7SxbhK+/yLqm4v6/dumSMP8/unWWSPD/1HwbSRpEmAzAH3rEzYx'
    'FFOJRHqSnwWLOfa2O7NrwjNYB8JO1bSX7bnVj/Ui18lJEfbfHN/2h9h/830o1+URhnVTvJkKOZuof5ilBCcJi35Rv2MpYefHIC18'
    '/+K4V5Lke5nQ27inNHtvJsnP67PxnZOj0T/opWUj3t6sEPpYery/NP4lhfNihpfD8MtYjPH+nZN/jHj/u2PvwTVG9KVEeYDbRb5/'
    'RR4HgvJ0uM8/V38yvH8zNXuS+nqk/XVtl8YIEvEdSHnuzTtX7AJR0hwAk01c0XlRGXQxassJLVMr8mPVquLH8ri1UXyMsDmP40Kp'
    '4kLdYBQXKmkQF6oF+NAUd14R77u8ORhZLwp5QulJfn9tJvKItLCLO4C+SreKoG/pHB8gEczDY7g2JXz/VKiL101kF/wbyh/SpG5a'
    'jsaAfUPo86BtwX+LYBtXwbd/F/qYta8ovmHffqaocxi+/Zj0aQOTCyFMnhbB+LQ4pqeyP9+JcVeMu2LcFfBNpruvJWGOVHRFFaMr'
    'xJnZuf1b7/f2tuzvbfl0ha7+Bk39DUWov4zRLS1gM4W8q1rAS+h3L46TfiBO+tmKJVQsNn67CX0rz9fPK3j6Qpj7Gkc/5rPIu9mj'
    'YA9A3n0dz1TybvWcoDzwCEh7hB+jgcYnsPWdH6/HibMemyzn9SrGs+uK55TPaft4z2mhfqpV58tVgAdqHOb9YHqS5k/KjtYcTUla'
    'k9ObJs+ow1MfMu+mfntbYA6TkC9MltZoQPOkGc1jWreuzkrFOjQ9K2+EtEbkx2csZ3K+LYR2pHzOfqH2X2LrI5nG4ys0nibVO4qK'
    'gYx6R5VCH28O43Jy2aMqrjDGu60V5nGCuWxze4g9ZDFjBMu67s1WdoMoXpxL7vdNtZY6hHusxkLWBo755JC1Mcj0NY9VrI3/ZHmW'
    'QP9M9dk3a3RPD9isCT+W5GZhFpOF70us+7ds7DSm69KkJ5F1jQvKdX8Pxrl+m8Vcn0DgbqL/Ppbz/2vH+d8SMv/3Zct+UoxtTF8T'
    '/NA9TmsGz45zCP7mNpfDCtsKqhNr4pfleGEWj0e1XkzHhv2aDfdJfha52mbQ2Ah8nfH1NT1b5gOi8Njgprb/WzR5NxPe9XjSJOsM'
    '8YRJbG9ZX5tC3kzP+Xpoq5bRLf0aW4xuC/qF++eoVaz/DqGOJ0vXyG3Zn50Aa9SDKzQeM+aV9V8s3OIyvwO+RdlecNvK09P+WYJr'
    'Z62Fj86VzKfImWl/HptE0K4zyg/5WcR3bD3gArQDPtrCVlMV89mFDi0kxrQtf013XxKO96VmwljgcbU6CE8Q6caMyI8Di/ZRywif'
    '8UXhx1HOkHeIG9DWoZa1M0chQ6NlpotgzMVG8m4J0ZPhMRdV8VipvMAGXudp7t3JCB238YyJ3eIrr+fgoOiPCONh2LZVRRha9P6P'
    'uhouPEjd2q9wXPtU/2mlGLuYcrhWS5Wf6mgXOiaEZTn86NahSg9M7pUPavQ8zyd7XhDdYxuYrBZ2sQvrRVAv2yYOIOqWNsM5GKa/'
    'utjgHKly3Aey/aMVOqwUx11CaKUFrI9HkTVls25VdgurQ+xOdGuTrpMy4cdYjNIHtN3X2N8EGft8jf6mCd80GaEPmrLEkTQeMu1b'
    'sWJNFgI3kzWr2lNLLde8rR4tzgM9z9AOI+88Q+38Vr2shO7nRjY3OhsPfkdKED3UpnGcO5QN0/xhuvl0rnV67yb0ZgZoMdv+2tuW'
    'SCnb5DUuAcKswUFmaCQ8VNqOwMS0mwgXYa+fSvzMXGq5Pi/He0TS991A60iJaDuwI5Oe7gPazKl8glxDeA0m8W1UPgAXIv8x6fto'
    'KoVdmMom7DcJc5uwlxNeP2J5vFIenxYFPO0FbjfbsyDnMy3h8TMoLblUcbba1HkJ+OIxwdH1mjqkz5SVpA7V3tmoeG/i/4/e/Vst'
    '6AdVPLkwnnMn29tTE54/TxUMcT+qvunOTNt6ZB/2A55qBjyiuu/XxHYpYXq+pdS5sZr/JpjT6wlNVEX04yn/eCM5O9D/wnTNvlLx'
    '3k18Kcp6Txd+nAnuI5GfY9s1eyoq5iGvO6pPRxJ+bQeBgyqGHJdvclnoVAJbjoe6FTLELhH0fVgIHzbM3q68AFr+UvhWr7h7y7JT'
    'gZ4K8/mQZmtWV162dyW5++AYzoa6K2FtLiFn0fVCHUv68nG8A5naG6vurYsZHRpWvhj3PFfeRrFsHmvI/e14Q/2AqHN2QATjGfF+'
    'mqz91Zbw2BKhtyXlZReKwv03RuHEDYZ6B6Y+CEsNNxP/711C7T93iwb34RpLQJtUvpCrNjGitO7IEJ5OL9NFx3RAw4N8l8GdaiHR'
    'ed+mSZcS/YIqeNfO8EAdod2mEhkW4kWkMfuJfAzpAC6HulsBw/8PVcGQpg=='
)
