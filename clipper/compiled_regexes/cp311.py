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
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 29407, 3461, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
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
 ('[\\u00c0-\\u024f]', 0, 32, 43216, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 43232, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 43438, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 43724, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 43920, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 43974, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 43998, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 44022, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 44065, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 44359, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 44377, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 44394, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 44423, 124, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 44547, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 44754, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 45024, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 45128, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 45144, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 45160, 44, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 45204, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 45305, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 45330, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 46179, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 46287, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 46301, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 46329, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 46390, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 46502, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 46629, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 46750, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 47024, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 47158, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 47295, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 47323, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 47339, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 47603, 3317, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 50920, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 51140, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 51161, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 51219, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 51235, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 51251, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 51350, 55, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 51405, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 51628, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 51685, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 51742, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 51799, 40, 1, {}, (None, None)),
 ('^.*?\\bby\\s+', 2, 34, 51839, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 51869, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 51970, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 51994, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 52504, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 52528, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 52552, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 52960, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 53101, 21, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 53122, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 53966, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 54157, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 54403, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 54481, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 54592, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 54634, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 55347, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 55425, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 55482, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 55514, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 55666, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l+/W+ZelOSEIWAp2QpRMIhJBAg1FwBMIqO6TT3emGdNJN252QiBAEFE0QXHAZHccZ9R/AgID6s4gaUEicERUE'
    'Ged3gQE/xZlxcMK44Uz/r949J/e8c6vurar3Xne6uZevqbx7az1VderUWeuEEGnhPTIdyT7N2bQD3iWyf43w7wz8NWT/jnjKS9P7'
    'hajPpm9XfPvOj71vp5Jvp5/npWee6307UfFt95Xet2PJt6qz/Dzy22LyrZp9OxK+tcI4ZLpZeN8OJ98G2LcWWRcpJ+tcQvLgb5m3'
    'luQdiMibBPg1AjxlO5XwTsK7FmBfkf2rIXBvgjJJUiYBv2mZKjZXKYs2JCzKoL+roL9ryLtTN3rvVpJ3v+/23h1D3v30Ce+dHHMd'
    'wKGXtClC+izLzc7+zSJwS8MYBBlLMmLsZeS3zFNO6uN5E2xuTOHVSPpm0qdG6JfcU/MY3Ost2pXjKIc90+hQ9uZv5I+3Cfr0TpLP'
    'tD7cJ/ibwnoVpM9ut6+3EeqxgW2mSLCV/XWFbcXTQdgifE8TbnCoIPhWhceWhuCxVgs8NtMCjzVB/+W3YbLHZToIeSpJv3phPqsU'
    'eLCSwGh9wm0NlrN5aCXwq4J+3AUp7/cQpJ3Qt2qSp4eMH/O64Ar5/jLoSyr3MupJJibykwNMqyjgSUfmsFk/JuepXJ+TI9bdKlZn'
    'FN5qgvX0qezfVVCuA77J/EcF1k3yTf3Q+f3fkZGMeuYPZtvpsrISZK9TnNVG8NkO9m0BwTuIK7ph/vA8fBekNwCOw3pk+WkE59Dy'
    'NE8DoadWp/PrPiXtpTfN8OtelQ7i2mrNul1A1mMheHeRJe4uB5ooAWOj9495AO857N5RCW1tavPSd0P60bb8c0e++2U39KtHTX/L'
    'bz+G8v8B6f2QngNlXoe9L989CveL5r7wsq9CegDSe9nv+6GvP4N7SI5uvtJLX+/0af0MzJl8/2Uo+xtIv93mv+fj/hl8e7wtOO4U'
    'rKdvZv8uIHSsTVtTARfytpoZPdhI1mgn5Ott8+m1JgU9gDRypYIOkuU/0pZPN8h3fwV1X/RJL13bln/245q5EPJdD+nFMB68x2FZ'
    'mV7ZFl6G76t6wOEnMFqsH9JtbF8Pst9d0P5s+L0B0u3kfQvARwD8kwQ+NWQOafk+1o8eRufo1jEfYy3Bg1Og3COQ/1uQ/qXNnyOZ'
    'duFeYjC8kMBY1nkY4ED5bgrsg9bh/Lqwrf2KNamaJ95GkqynOgWvQ8LuFA2PY9MGL/1Bp4+L+bfEtcF9eFNnfjnV/R/ns4rNZ5Kt'
    '3d2Ae16/Pr892pd3neOlv+4L9gV5I++5XY8T+rONz1fkp/0sZ/1Ms37+/aVeejzA5T93BOnqDrZHBjR4QL77q4S3VxCX0Hk5D9oQ'
    'wCdqVnzbdWcQThwWKjhVKuCUEeGwqGB3DN04J1vAi+Y5juXh9yhd35qBpyIU9yIcd9nHvfSNXUF4PXCnl+7cpThjewBu29R4EXH8'
    'P8NdleIqrCP5Qb8dXv/f7/L7p8JJjbCf6Rp8A8ZyNsBt2UVBmK4Yzs/zxQ3B+vFsuBvokXLLu4Ws93Pnemk37M33XOyl/3SePZ0k'
    '+/I+ycNx6Esj9Af3BuXViCv9vYJjb2R1V7B7TC2ru4nN6f1Ae70Bc3qE4tsVO33ew1jsmUlsjOmQMdrAeTKDBd8jDSH7rjJk39G+'
    'TxHh51oZOdcuIOearO9ONv9rb/PSfbvzzyc8h+S3P1+RX+Y+2JcDu/LPkTAahdOZTwKu/fQ6L30C+P4pWBfzaN6z8/N+m+VtIXm/'
    'D3TgVQDb39wIdWzI59nLd3dB3ntY3s/t1p9JzdkBneu4B8sZDHhffwg0w6rtQRjwvvK8FAZnAr6ZB3P72kVwh9wYhAHm3bPbSwd3'
    '5udVnYGmfC/OD54+4n2X9T4JdGqG0JRPfADovYH8NfIypL23eullsA7Kdvp3PLyj5egGgvNM66Bt1wMtP4utv7A6VPcfvLfQ/vH7'
    'y15o9+efDdLDur7/cpd6DFMB362C9m7uUY8N57Se8D5z5c7K3wcfuQTODGjnXVfAegIZ2/nCfS9Usb2wfdBLjz5XvWbnKfLOP1e9'
    'ZuleoH2O2gs8b9heqC7iXgi7nyDePIKdK8sgPUEEz5XlkLaJ4LmC31awtlV8StU7hO9UzfcGoPVM+aAq2QCHQzk5z64mc4awT7aH'
    '8/sonzdqXeL9r5bRIr3sLj1EflO+CMoT6D3/VXLPp7y7q3AuCV9wqEB5Ma4xG15eI+F91sL3KRbw5XTq3OyL6x3xQtIR/ucWGf4n'
    'AY6Oyr+Z0a49hLdTD3zRhQb19LF02ICHPMTG2UHeR7WHcNwi1DwB2/Um6/gCzAPywynddyjtp7ICed2r2Df579XQ3wWMt+5yz5Mw'
    'PNth/xQDVlyuH7YGE4xvaTK3tvW7rEOTc+T6Q/QcWVgkvINnNLYdVV8n68+wglc93s+lbyc9mc5onkvXFWk+ry7RfJ4/Ts4n3Bfy'
    '3VaD8l1MxtKv2Bc9mv7RuTWBcyHnJz0juQ7eW0LOwG6HM5DqC1EZE+oLtbC2+jVrZ8hCzr1dIcM2mb8OzblN7ws/SPj6Sq2MxzKR'
    '8W6miPSLTR3FpnOuzL5oSvhzSuUo8xXwpXAaUshIC5m7sHUs+/ovMHYsH5Y/ak/0k7k32Qd8z6lkxgOKdePaRznez8p7HOvDRqYj'
    'ONtyP9MyJvOK52eLBvcNa2AzGDE+5FHUAxwnKfC/LV0r6zoH1m3U/Pdq+m87Dt4Hik82kftnI6t3gM3JYvZ9I8M9yJMMm+NC+8nl'
    'mYgTqExhFpEpUDxyZvbvHQXwIbE/GUJjFHLO0jOgmGeoK//R5G6EMiOKiwWTaXcp9FqQlz+Z0GsmOJLWh/vuGqjvAZjrqD18JFnP'
    'NrBYQfijlE/6UUJLbNTQqqpx4D65CfYJwiFqvWxiaXdEGbwHVGrgdy3k6QC5P62732AcAwbtS9nKdIbHOtjc92jOZB3seFnUNTqM'
    '0Kome4/TrlFl8G4xhZwB/DzqjdDdGmZ69/x+HIXH5PuXGD/kp1Bmkqf3m0qXlR98MuXlFfjvyvKq6vKa2jp86hvqxuhplP9rKkXN'
    'OcD8cWQkkfu//wixc6dM7/GeCy74Ui59bsGyI85auPic364794Kv3XPPAvj854/ecs+IwfPoDd9qTYj0a9l/3iCr7p/mYxSvrf/1'
    '2rnn/OfvIY+cuZ0jxXpki+2/CP/uPXt1X1vw1z2B5zffor9GxMje7J/8/wUjcpwi99+L2f9ey/0/+3zrwBtQ88jIHwLtZUSxnvWK'
    'd7n2ZxsUrjBpQQVDX0bH5VMtRA8Ez5QKkgf1ntE+xoVnOT9EL7GcnMEPsjN5FuPHdJOU0q5DCtshU5z6KsOTN4a021HCdjtB3snp'
    'JhWNPqyg23h+k3NBR4+b0mwdzCZqOZxpFBYvGdA4Nv3dyOizQc291+TeeSBEPuTKl38sW8lpSTe+a2XIusvZpSX1eZA+qyR5tmrq'
    'kQ1mFHnktz8l8m09omA4yOp+1bE8tv+ThH+viNp/pmssxxcPqbe7gHrvTfj4Yuso4ovbQ9odLGG715B2i1Uv7atu7Z+X8PFj3zjF'
    'j3MT4x/H/y77N8Oirya4X7eGZXvPw93FFjZhde5V3IU4rF4NketQfHWv8HwG0Dr6LWRApvxROi5+P+tzOPv6FbwMft+uB1jPGsV2'
    'kc944Si3i+OVumbHa2REuv1kwgeh4xvtuewvkv6LjS4g1zHHtfQuR7nh9BLQiHwvL3Vs54BlO1OKiH+47NCFjnGRa4XxWKsJnzoD'
    'vGt6r5uiWfsdGrnPZs18IgzmwxhM+XDdlvVTHzhReVV3CJ1sUgXnHG0XIg/qM5SZrQqpfxvhK5vOQQdp30T25zLuc0i/bNsLw6l0'
    'TC79Ohrkv67razRgF2X/Sffjo9AG2mSiXVAZyHTEHiE+/4KbbZBgOtxt93npHft8ORbaMD3yrJfW/AjsPZ7y8qwl+uqzHwc9/33q'
    '+k4geWfu8etR5V1C8l4L9R37jDov1cW/7gHw9wV9Se/L7y/y0HJ5vw+2wg+BPe+DXvqFJ7z04WeDtlxfgz68+ER+va78iGbgxXAe'
    'QwusDarbh304GuZ+sfD9SNWxNdhOdBtpHeUkP8paabklhuWWsD6nhJ3PBno+/UPKW0c2+h/jBTYu8OjMwqMjZQePDkbT2fn4mdge'
    'f3KAudFzi+UkCEiYZbHZ8x9h5a6Bf9fAudMH81fmydzGzZMyf9J2vnZGcku5FL52XGRi9QXMP8pt5IJcQ/R/aD4bf4xyPZ1F3lHd'
    'TXFfvs+gnG3lXvCF+V3fZ1A1yS/ThzR5Z5F6puyHPI8EfR78+mn4ti9oD5aAM//xvUF7sIeBvnjmu27+zRCmNvCzoa/kGG+A8ilR'
    'Sr9rExspH2Qq5j07hfMzW28fYXJ+ms5/k3Djieho7G0GNPYWCxq704LGvsiCxj6T5G0B2vdrT6jznmpBjx/vQI8vNKDH55A+pAFP'
    'rfy6ur9TSX3iK+o81C6X4ijVmAqx7WpgOIPaA2VfhtIwhd47ysfhvSMj7H3FhcI4mRvC7GLAOKbLDc6ACHiHPsni0uUmPNOUgkfz'
    'Cct99z6yxhsJrkiKcJt6ld18W4S8IMre3YauGrqi+L5MrXwa99jB+XDFWUx9H7RivSP59ILKnrKK7eNyYmuS89E1ko/zbekEpC3o'
    'GjzZkpZV+SX7FvOjN1n4vj6+BN+egvSrxNeiiq8pfeolRGn9sMT7Lrju1z4wtvvuuafeXPtO6pSfXuC+++kPvfSP9/oxHpCO+gJ8'
    '+x7Q5T/9qk+HIo05BLTwGUjf7sm/a1Oe9DxNm4fCHn3Zco/OIPmon7BLmazlbMBll5N1ernj3Ktw3aVknzTBv7sANrWkjdmbDpIa'
    '7SoV4DoFnUtxDu6Hq5ntCO0PyqkSzCZhPdFDHNDYLVwofDvXHgN5+Ubhx06pFmp/sRtEvj+8k0g/NjDZK+ZZAf2IkqltZf0/isCo'
    'Q5jb9+E4mokMe8iwnAr+G4X67EtBG5MUOK8BzvCwNcl9F5aFrMnLC6Bnd2ZfLE/Y4f1LGW6rE+Y2rTh/qURx7Jh/J+xtqF8RpbF9'
    '/r6Itj+ke7HPIi+28TWy/zZGjPMeskdM9Dn7iIxdlv9rwKWFzBHVO31fkepDG6ZBol+2Mu2lxzO/8yeB3/n3Er/zyyBvO6RtkB4H'
    '6QpI16Tz616R9n1RoP7k2oj2jiI8/VPh280zvPQWkkdXHuMZ4ZlwIviE/cHZ3rdl5NunwEfi4dt8fpiOtz+P0AlDwKf6I/DB9kKe'
    '6aT8/77TS08b9L5NIt+mXpj/rYbIGWS5eiZ7kPlVdIjtWU3xmJRznCHs8Rily9NFoIvpXF4L6QsOfGeTPhUCLx2tViV830MDws1W'
    'WUSc5xlDPNCj0S8fZjSEpKFnsm8bDGgK6qskqi8bInTEsH8qWxCVLiPGKMpocDf1Rc51krdp6A3qc6Qu49lj8zMEy0fBhuvwh9n+'
    'U5vR1ULtT/cwYe7noZC1IHHlEQbjG611gnwV03N+A5vra4Xex++d5R6tj7TYm2nPZULW3Wis+dzdpdwNR3J9wih9R+4/hvqfWaiw'
    'LzgU1j6F0zyQu6ls8bdG6Ftu0bzvFOE+oKgutspvR84fRJnnw8HVH4cJnFU+ngY0+sdDCniVco5U9mUqO4NqtvYwNsIsC7zG/ZwN'
    'aHTnu0J06lF+i3e3a9icd1jcq7j/HnreqnyhqOI6UPhdLcL9qGyx7GPUnOMdaHJ2Df/AEQdR3xGufaHrAmNcTFXYndnYUnFcjPYB'
    'TcLef88gm+dJwvczZGMbpMMl9cLMls8Uhg2GtONcBU7cKtQ+bcLu+h1CHYvJBj80HqJnT5Td71vTnr6lC/5vYvOk8hOmo//C1m2H'
    '5kzgMUEQ3s2wN2jfJmvOQhO8uNkCd6p8vGHcD9Q/nMP6NlWY+6nqsegLxau0L83C95Wlox0K9UH3lZSHX1xwMOWhYzwbKi86ivHk'
    'OM6hdfCzh/Pz6BqaxuA0nZQx5eluYjhadYZuDaHhDwvBMbRvM0R+3LheDa1M79UNwt6nkwpOM+Hdquwcf6/Ac5aPaxaT9ZjIL7oZ'
    'D2AVgUvYHQJtIxcbnH2mNN2w5qwI64dp3T2KuThcs156Ff1ohDSj4Jfz/dEn8uO629rXD7F+9ZP2ovrLxziHjWEu0WUrlPZpKRFt'
    'Rvs/D95tyb78tsN+MZHDUZhuV+C+RuHHIalkeFRnF6q6Y4bZhc5n83QktHeasLMxtNkPurVUKN1pExPY1NcEl9OtBlxVKO/jUOd1'
    '0DVyFLz7Urbcex3pzNaIvmREvk9LWzqT322mC99uebNQx3s2weMmtu4LGB07nY19oeaMspWb0n16dInpwbA704KE13cXGoLzM6P8'
    'BW0uAC+Y3lUXwfqbYXAeR9m9m6xb1Rlmigeizka6LhfDu2+QfKp7uCktUoyxU7gvAbi7jtuExoy68zQRutWW187hvZTx8lsZL1/l'
    'z5fjA/qd073vAL0ll31XSNt0ztoYv0DHY6R3KBN6cZlQx96exWCoillqEtOsksiDewqQB48nGpbHCyr2Xcn0/OA0Rp9GDvynlKdH'
    'V4gcqivkXDEZqynNuzmEt0rX43dSHh4u5P6g8x3N59I0DoLK1zrt8yeyfb74EJ4H17tGV4Fz36lYv6Z0O7+DnZSF8aTEoSHv4Lq6'
    'Axbjo7K+UuAz6u9oIOJuxvVI6BhRf2Omocykw3CdRdEHlBfD9QG3W+Bnmz6F+eKi+q4naPDBRhHug32L5T0jijeqiqfSz/DIsEKH'
    'NQr2x4NetiqmykZD2ZLL/ZDTy6b4apMlvZmBd0dnX36T4HDOj6d303pG01QYrE0aQ5nHEtbxr+lapLQOX0udFjykMB58NRsnjw1d'
    'o7hrofwbZTwtrIyJPv9mDS+Iy2/qCfwaNPt9s8iPxVSqu69tLLg5wLPW6TuY8tIKjZPayOiUzdlyj2nOBtuzJyrPgOO918Y/rs09'
    'vEOz/nYo4Ej3RZtC/mtK8w5ayHdczgYe87CT7aFJjOc1ljHBihG3lZ91uviIqCMjdby+bIBzXfuGMvcM4dkORvDrVPfCKN+1mw8h'
    '/GYLK46TprC53aiZ280sXyE6XxvJGe16FxrQ3E86FfqNJvjBlG7hfJkE4cusLZAvg3Tu3cKPxVYGfXz2CN/erpKcwRTPLBC+D6gZ'
    'mrU7wOR1JnzIHgbTIQ3PqpGssR0gM8X7GW3jbkjlmOh9x9YuIx1hl4E+dN5ZYli42M/qYrneTfRK+NxXG8w9vzc1lQiuuv2QJPvh'
    '9gL3g86eqk7o7bAoLA+8szDfnwX7BJtYD4IRdq3Tk47KIOfriYQnW0EfBCofEHxNVIasCZUPiHLCn5c0g/RTgLSE/LeLLdfHEp7e'
    'gcua537I+BgqQ8bO93yzyLdrx3sH9RvwEfAlsqUt/z7exOwasM2XNoD+xsXB/uz6AKRteh3/MxOeXz7ef9oXWo8Nzqpme7acrB3E'
    'lULY+9+qVNgayPp6z/Hv7C74VZXPxcZRZYP+1z32dejgVzniny22faP7QtpjP+SwL0o1t9R2olB8Umu5pqoVPJqcb7pOL/30unx+'
    'S3xWFXBW7Yw+b7TPTrOzqpncoeg6kWk/4LUvQPpSm++nKeenENIeSC9uM/PfItfluQXSVshvPO9KLz3zXEjXwblwQ9B3+13rwW5+'
    'qzpvC8m7fl14Xqrv99ut4X0ohH4L85OzKJvpUw5wVPmqSmrOcVdfVdQvZewjTk/HlMpXla3fSupjn559HwV+h8te5TRYptdLr3+3'
    'V/eJ5Nu0q7206zrv27HkWznsq3fDt8WKb1d80vt2JLljvgvOxCV3eunTu7w8M0men8K34Y9CPR/07W109Vx4afA+y+vBPJyWLNbe'
    'Xww6iDn/abd76c/fma+7Uy7y4y7raJGaET+2q8ue+GWPl1YDPfz6RujvxebnwSVFpq9wX13qSF/xOzz3ezKNfLsD/J5872Gf7sF1'
    'IX2lyfST4HN4zfNBPPoZ8GX+ye8V77xYQ9YOrhmMg4HwUd1L+TgrQ8ZZSAyxNQ73BNS/mAw4L0Hwn2scjGbFuGU6A3w6//ce+3HJ'
    'us9Ieba81M9VOgLWS0Ng3Wqwpg4nNEnYeOqJnEG1/ihtcx30498fUvvKdvVFXYw14Oqbj66Bf80O4DkL3iH1JV3J9l4hNEip6lXd'
    'sZc44PillnMVxxsJjzeSmEDxRuh+qkt6cdPj/fTmjS91W/bFmoQHwy6AX9qBpzP2/uhTxfdH315C4UPI02BJW9vifPTXQWOdoP9R'
    'XayTMiiXFMGYGCinu174vs2o7QGNbaLSL8Q8W0ieboUuUT28rxNB/1RhslT0favTqxsWep9PUbL6U4ieja1NDPJskJ6c5ViPq14I'
    '9S2gsqvdItT+mwYYD6kZ7um2eIjS15zmrSRrqYvYRtB2XWMMSn/RZ2nOh4UO9NYeoLsbIBbMK4/Yla9/zM0+aYMtP+w+39dnMf1H'
    'qmKV/ilhd8Zexc798X0WFfdgOwgY15iFUUELixzTUMX7n3ebl75xFviDvcFLP3y7t7b66X14d37eX78HzjjI20XwBtY7Ffj3l9M7'
    '+26/fD3o5hz0X8vaX0e+8fZOJ9/mAF/0T5f6+J9/q73M99OB3/7uUog71et9O4Z8e5V9W0TlgWflj2++4huOb5aivTm9wXh8r7Jv'
    'NB7fMyAfOe7cIE/pZfj2P7cWzvsqZH9PMPFhiskAG9z2eLIg+aLN3HF/9ZSP3cL42DFej8Dr3rTNLvqcG3wu5N44lO39F+Iz/k19'
    'xnN5RDfIlu7YEjyP3rcu/xs9j07ekf+Nnkd/BnleWqELht8ueF9hMo74PFKcR6KE55GIz6P4PCruefTD7Ivvx+fRm/o8SrM75/u7'
    'IV7aDvX5tJbkXdSTX4bnPYHkvR/yvHGnOu8SkvfWzaCft16dd15If/mZ2RLSX563VtHfK3aq87rKheNzMz43Y1w5vs9NHU+3TMHT'
    '/a9EEeNdGx0hSRE/9NlL9397MddEHJ/cQB4MYhQ3cihRdHqH6z0K0DVrfTh4V37tST9PIbxb1b0fZcFSj423O/Sgr4tWyB09Xp9G'
    '67Pd+QxKJou6Pp1ohOSEJQ5TRVALUTztVrQhyqtOFm52GTUautFWXv4XkPV/7ClLexKCS0pJ68Q0zlg+7SWlcXQ2CA1thdsg5PS9'
    't+bXi/Yo0uaEnreqc5TyFbgcmN7huRy47ONQbleQ7/4A8Ch27gry3Sm/gfPdvwg22OfdETzTl13kpXWXFX6m6+ajsc3XFXc5e3T2'
    'OGE+JB4Wh5bdMNJ3PK7uPBGMq0vnnMftpXPO4/bSOV/b5aXXXBmc85nd+d9iPxfjy3b4KOHHr6B+Luh6xXUj1wjfz6XwYRFla+ay'
    'F2M+1cTUIysjZxby7nX+FNaQb/cxnHYc+fbj87z07J6gTdc/XQV0wQZfP5brhz31cd/nI9oEII/9TDi/3rEhyLun7ebO7bb8sdUq'
    'ZAKYJ8wfS4yHC8bDRxSAhyPLFos3PznmzU943ryOTnU5E7mOe6sCv1Yy3XJud3GtiLbf6Cd5ME7gFlbPRqG38cDYHZcr2uL9OV+Y'
    '+RzuYuXeJnz7Efxm4h97pdDbtiwj/aW+dGmMD/nvUtifqOIeqnwJ8hjLHUJ9fsi7wkJChyGdWEr70xqRb+OG9kk6uzrq/0K1vhcU'
    'ac+VlWDPtQCOTgAer4Xy3KavEB8PSx1prEqh9t+M6/wsYRYjlMfmbCd7bpMw888vyy2Hu64qhkefsPOlTf25usQuQrqM7tOtIt9v'
    'NPrYOVboabNSrVXKx3CJoaLq26Xk340gW3pxjzrv5QXIoGXZKQpZks2aR/ux1x/zbTYWKb4VIl9LQz3n/zjIOzn/Ud8HA+edXPS8'
    'PzadD1vpq3W6w7zx8eX46g+qbafD7tzVZP2c7rh+THwhheXjdm6bhN4Xti6eEMc/fK1iOde1ujub4dMiGOOKn7E2sQptzvFeER2n'
    'lPtQR3/4i0XQD75JXA9alscsMo2Za+IXm8e3jurboAjGXVPFWQjzud+rOSN0sZh+L4KxUcLWYp9jX+Sc/i6VH+OH9kMVm1BF5w0W'
    '0A8+J3ysfSFtmsRoNN0jfH5N49VjGbTrVcW+5TEBNgnzeNyDbL5uyc7XlcI8Xmq3476gfdhQIIx1sXh063+b0MdRp+/5fuowhK9p'
    'DJluBvsjs7A/U7jFCHM5Z2zXSLcIxhgpZN74fPVa9knC7CfZQ+PdEfM9KPRxPUo1nma4G3GdI3pXjoqlQ+N04F1R1jtJoTPO46Px'
    'GCGqmMLo7942Vk1XCPyKRfPwfHKur8gC8C/CzTckxkCrtaDzMJ5bnSVNxOPMutBSPO6XKc1J/WC2aNZFl1DH0t4k8uPdcJpzC4HL'
    'erjv6GJyUzzbr+Er8fl9h/Dj0LjUifbqM0aJ9uaxQ3Tx4DcJt3hYKhjp/HuarIsqcheksaOGyZrNCHVcrmoFP3OY0FSq+GymfVPJ'
    'CmR9GxIeTrTd78h/m0K+UV5UC8nfyvI3kDv3Kk0fa8g4a4R5HNHeiPuGaj1sIGvH1n86jsHGf3ATWzN1Qu2bTBezmfpip3fO/8z+'
    '/Ydi/9ngRdVZs0Wo46Px/IvY2cxj/zUU2Dd6rjaS+3Sh99ZmkM3SvjaN4n2WxmFT8cwWKe7qwyF3HxXsJxcR9lMI7EfjnuFCOxXr'
    'TqWKM7ZBqOORbRN2cf9KoWtK+7fd4nw4KiDnT76pHyqXLYU/T5zTTjY3V1joWiQnuLJFDrDrC1ISDpW6c3mhxJvPMpmmiPdQvIfi'
    'PWS8h1CugHyU3yX8M0sVk2SaJa29yCI/6mPMtJQndShoK9Pyss3DHMZ1pOW4uC1+jHti3BOf38Hzuzw+v+M9FO8hq/Obxtyk+nOm'
    '/K16Ba+cnt3I01rNeFqVjKfF78QVIuhr4myLvkXdzXtDZCSU/yEIL5PyLKJka1G6Y80hvOEGIiPZaqhbp9L3oDGyN2dfbEq42fQ3'
    'FQhP9G1bq5E9dOvkt4zv58Lvw1g5TUxn0CTW9hbWH27TmJvDRH4cvnQJ7S3eDPiPnCwNLkdN2uAMspVxFmP9b3dY/31FWv+XFGn9'
    'nw68a6r308FkMt2ML9nP0k1Q1wqi+z5kod81FKIXjzG0ZlroN6lktaZ85S0a2TLVBSi1T/3plndPjLf4JfAT3nZudKzC/wuwLERP'
    'dhPYjv+g06tzruJb4lr/Tl3Jvomz/N9Utirf3dSZXzeN64jfsPxNnXo9bJUtlcomn8IQYwlie9Vgv/dPYM9XcWFQL/gdMKZVPUG9'
    'YPx25dV6O3rsZxXpJ10/fwV71XVd4DlG18WBG/31QnkRtI0qofcFQvEpjvU9F/uw4vOmg6NOj6MY+4vqy5cR2Vw9jK1CROtQy7Kn'
    'KHAtxYHUbsFEX0mlC9HJZIPdhueBCV407dOAxrbjQNKLg2Uje1TJ3LotzgOuk9aj0V3ktPZ+0tceC3mhSgfBVNduQ4QMXtfXv0l6'
    'PE75blU6v72T0l763hl+e9JrCk1XsDKnQJmbSJmTDepdw/IcC3luJHlWpPPz4r3wVMh78wwvvWWGv4e6k/r1PhCip2R6xvdo1tl2'
    'aP+tSc8PknzXxsa4HPq9c4a/R6LGZDI/Krk3nxeTtmifTfKeAfOzMu2NvTzp21XZrP9Biz3ar8Ef/Qx/vJzw7lZcty4MH3IdvF9B'
    '+jJpQ9b9vYSvX7bNYQxDEXuXr6n7Ex6NZoP3Ve10RbTzcdJOFGw6SRo17gMMB10HPATT/vP9uj1iHF0JX89yW4g9g+kZxes/I+Hf'
    'O7je3RDD6f3C3Ob2OIN6+y3vXjl92YSvw8nXxLUavXo+5vqEb2+s6xu3O8a9KAzK9mr28e/IndcEJrLMK4p7smq89G79gvDj5I0W'
    '3pbtPkJwtwnOxTNxVbpwfC/b/xTQzFGwknk/JMxjad0kzGN0UR8AOnqwX5GHzzv1AaCjfy4n94Ppd3jpl3eBPeX5vg+AjGYfnEnu'
    'HpeBv/Oynb4PAJ0PmJPJtz+Ar6y3vTvfB0DOH1tXvs+WZeSbzE/bWyj0scXmCX1Mshnk24U359c5hXxr+WD+tzraz13531S+dJKW'
    '/LIwn2cqf2u6euh9LEF0B1zvYzRWbwryVxJd5nqih5u7dyvujDrZRCH9ssXFpZoHG313qqeM+ZNMF2SsYKY6g8Y7zCrHAGZhdM54'
    'h2emxPCM154brExo4fEOz3SR4KnS9x6vMKkpEkyKySMY7zBtLBJMD2W+7Xifo9oSzdFo8unifXLoywzG+xyVFWmOVHyJGDYTd29X'
    'lwA2xeTXj3f4NhcZvm8m+Xi8t0oroxrv8K0rEXxLLT8f73CvKgLcSyETjflI7rLP8Q678lGAXczTNZc1x3eGiXvXrCoSbIqtsxLz'
    'eEdHVyumG998eo/x2Te6cz7e4V1fJHhPNN3teB+NjQ5gLBMP6vLFMAnqMMYwCepuxjAJ6qyOd5ikigSTiQCLYq0PqrccwySorx3D'
    'JKinHsMkqJ8fwyRolxDDJGiPEcssom2UYhhF22bFsgq9ndhEonMXENjI/kz6Cvg7ua90cfqi6qO+NqSfn2M0feO+79fuc48Fj7Zt'
    't+zz0vkPB/2ufBi+LXs86Hflrvsh3aOPx6jzG0Jtm64RbvFEqf5Rt4j2dRTmWw9hMkmofdzymA66mG1odyltHGewujYIdXwVkzh7'
    'YXGwaNzLMJ1yEx28Pg1cVX6bcI6fTHryIOr3B+2Rr9bMzw6Rb2uLPoGpfrAqZlYh/gO5XyDqsxBtJpsU4zeNWYAwkvFrJyvgazsX'
    'WN+sUV5L3HdyzgdA0o+HW8X0o/qI3mDYGLGszm+Uyhecia7VJsUazvk1y1ZcnbCP3UNjd3M/TPUW6xrXF/enaBtjjtbDfTmhH/G3'
    'sv5i/K05IhiHymUd0nk21TGV/Z0Je7tU+1oHG/SVSmNOLdSs+x5RWCzFIQfbBN3em1LEM4jHwpLrZBlbJzXCPG4O979oE6uGx1B1'
    'wa0Ye8rGR6CKZpqjoLkmZ1+cIdziXiJMXhH5tip9ovQxHl3iHKv0Onaw+e/RrMEegNd+WI+u8Xdc9FHCdNcPlT1cyvm1rYfaTsk5'
    'k3HoLz4E9rFLDGIV7UBjvuF3jBeHdxQXOkUXa5DSXBy/1otoP4mVgIObSZ6M8P2zDEOKtEOnCPp4RH3yzSQvbbeJ3Gfo3fto4cdr'
    'o/Q70uz0PpsU6nh7CZHvx7klAs+uEvnxYbGNpEEb6As2Sl4l27lb+P5hymCOnj3CezefwK6V7IsG4APwu1OnUNvVbLfADz1CHYc8'
    '6UCHtrC1wsfcoBhztcGY6Xqx6c/xCt5GWvi+T1XziX7pbHkidP0uRn7IbHs9DpM+NjnQFTo+F8Z5XOIwZty708neXA311wB9WImM'
    '9POEIGyswEP5Yqbt4x2nlqyj3HNOeFs5f3rkvtGh4Cfw89tlH0Xh7WGC+4/9OvDBH/S+bSHfTh/00reAv6oewn/oCOGFmNjP9Qq1'
    'z7WzyH7kdi1RZ5Iq9vWg5j6mO0OjYCdjBxyu6V+XsLcvNL0vUn9aYT6H0SdVBaxN3NNfaRPipezfgezf/rbg2myAPDJ9CdIDkMr8'
    'GYJL++F99dle+ijICbbA+10f8NKXP+CVWQ3nXDPZK3Qfy7wfacuP+6Xyj30n+LA+eUcQh/9xo5eeCX147HY1P4vysbDei7HfbcF6'
    'd8K3TW3+2HX8Hx1dk4L7agbu+bn71TVeem+3mt/8rx/y0srbgzzlDMD3f27V8xvfQsaA8mLUZ1twtR+De+UY4iIdnrCJf0rtRqjN'
    'p4m/expLmuJBG//m6f0gV9zntfmHlLfO8V3Ot/ljXvrvP7Kru+I+L937Xa/uF1PenSR3uOzPlz3svtdL79hndz53kN/B2FXRT3Ki'
    'xw1JMEQZGgnJ9Enn0R9ybq/KAvxYYRaDw2YNXfy8l37tCb2PfxX+4WuP4p8hWHN3P6XHPytSnh9RTg9TvI74ac9eL33ySX8N1wMM'
    'aiHPtbiXnvHS4x/w0hef8NKVX/fKTBe+j1H6jbdTT2g4+W4K7Kc2GHd6j5d+AOC3+uvq86TJcj5+91Uvvfxhu3K3Ag5Z+ePSy5lN'
    '6q0iK7kW1pX0UyyycPv8C251VhP5PPaV+tBczPbMZ5K55pRn+ozH/Pnjvk8f/pGXPvNd/25bqygn04c0ZepDyty2TF2G0ww283/t'
    'Prs7YRfALW2IxycwUk8FkG7u2emOvmeHIHTNI+f/tYSH03J03/fg3H4cdBQesFsPrzvgA5n/rdDuzfvyce13E158kRxtAfoUlz3n'
    'Rgudf4jgqGpig2OCT25N+LTb9+fbjf2/4bxogPRhOMvWg77INdmM/Q5yVhXPcLUlLJpFMD5jOaMx7oZU8se47NSmr9cAnpsM9fcB'
    'vHN0xziKhZoyf9I2sVDb2z14lSIW6ojDU6/gh9nw4SrYnj0S0vKRfDmz7Z0EdcbieLqKeLolXEMUzyxhugGVGv7/ZsCfU4lOE82D'
    'dVEdC/TPj/cK1Tcumy8EZ55UgK5hGF8H+QiToJ0v7rM7N26BM/N7cE6cVkBd+x/xzyBZ17HCP8/2Ar3wEzjb1z9iVzfei8R383VW'
    'MuS+9Tjcrx55In9sdz+azy/P6csCrfyeh9R5kwq92zBd3stQrvCsPR+E8k9m78u/DyP8rrOElxxHLvYgjGs10FuXwTwvIvMsLzE2'
    'da8F2mL/g36cwOYC6/rJg36dMn3lQf3dvjfp8RcLgXfDj/L5bXy/XrTPnsaZouAz5GD+tL/GbM42vN+r6OZ2oJvnJz2+oy1dJ+s4'
    'cbbd+Cax/qUJP8ZmXGVkXLivJW8kLFYlj7FI570erkTIz1kJsHpxTz6fqJnwW5HfIu8xNjCbsd+nt1W6fvLd3oQnw5X5Br6Sz7OS'
    '/COb9r72jH+nQTztss92fsNL/wL9/kTCk7sjDBE329T5sacAh8Ievux5u/L378nv0yDp0x8f83lnLvdSXFe2eBPx8BdhXZ2Z8OSl'
    '8t0JcFe+6PEgTrVp42aYi4vgvLyV8EhVOHBRwsOx8l0f9O9JXFfPO97bH/fnULYxicCe3h3p3jRtg/KdbMoNwbi/8ITXp9+CnUUh'
    '6+Hlr7qvB6qji3jnp0/4cg/Ol+a0FNd1xdhaqCcxBPP+J0uZj2p+XNbha0/m78MFX1Wvv90gW6O0eKNQ+9/cFqF/h7IxGs+6y1D2'
    'Zir/2xIhj+P0fJRdk86nlkm5QvSmo3xrou7UPMfzn8vwbGkoyZ/DPWFiR1QG64fy2Sg/bInGlsxU543eG1uYrD9sj7vo1rm0w2UE'
    'y/BcEUFcshzpI41emql+Xhl8ExG6Xzel7PkvzXD3Vum+LYJ+d5N3S+DdevLuOqL3mlHYHGDsO9SfexHerSP5hxkf4HRix9Gh0Xfp'
    'MNB3OQ7Gi+1G5V9I+nRMOn/M88jds73OS4+CdD6ky+u8vC3Ay1DdSxZZzhHymQvRJ+zQ2NngWj3iKZ//Ltt5u+Lbd37sfTuV6neB'
    'L58zz/W+naj4tvtKn5eA36rO8vPUw/jwWzX7dqRiXW0mZ1CGnWP4Dfn3dA0tIXno3NaSvAMReV3jvDcResQGV9nwPun+XQX9XUPe'
    'nbrRt5vEd7+HuIrHkHd4HiyBcwB1ctIGuAjvcrMI3NJEx9YU/5WR35Q/vESRN+Go+9tI9N1NcTLa+MxT6HPa7Oly2DONDmXl/YPj'
    'A9mndzrw4E3kZ89ud+Pt11jCtrZIsJX9dYVtxdNB2CJ8T3OUcdQRfKvCY0tD8FirBR6baYHHmgg/flhhx8R5673E/kNll4EwWp9w'
    'W4P8nGwl8ENb+buYHIHH7utU2JX0iHy7Plc7gVpr3baJrNkGum2txdFh0z0ufiKSEXTyZEN7GlO81ST8mNdXMfljWqkTGcsf8Sml'
    '/JHbtNXDXQzx2Q72bQHBO5stdIl3CF+GUinUNsQ7iO470lOrDfzmrkoHcW2jZt0uYDY2Ol+yZYAfEadl4K6yGM4hvr4zcK6Y7jGq'
    'y4d12vAB8B5xgkUZq/O9p/h4xab9X7I45mWE/jKZD5t7379p6LpWhMWIPzc/EfmxyJ+DdptEsZ8EDD6VPigsErnOZZDXVBlVRVXY'
    'x2ry7xoC2br6fOuqxuKNiOt0NzTY6P6FPRXGeNBRr3w2vUSFPg12PTZ6kkKpI29RVLjXoBtTg+kZY1OU70E8bypH7Hk6xcZLtQE9'
    'u1F4kqlDlbRNGxOoTk+7CQUc2bbtWomiY5vh7HU50yQvQ0VzlEfQHEs0Z1whsoOlBcoEljJe/8xR5PlTuwCbMtwuQMU7o3KapbHs'
    'IJYdxLKDWHYQyw5i2UEsO4hlB7HsIJYdxLKDWHYQyw5i2UHEPb6G4LQKdq9cFaIHmIE6qXygTfi+UlV7hNv8LFeUP4bk5bYmjWT/'
    '0TIrQtpEXoDNGZ0W+b4QO4SdP2rZ9+2J/LOa67/SvFsSfludDm1dQcp3O5Q/i5Tf5lD+pERh+2VJIvocn5+IPsdnJPw9tcmi/3Wk'
    '3NUW5QTpU6/It1nEPH+AfRJVZw8r9yrBD50Wffp/wrMLKlTHGf3V1gm1z1FVuU1Q7lFSbpuBnvgGKLeHlLNZf58l+Fa3x+4kdQ9Y'
    '1P1+UveApu7rRdAWlucZtoQllutRnCW87itI3Rss6j5b0e9uluc0BWx5npNInm2aPCsMzsRFjmfiLHKW83abFfepIZEfs4OOf0hx'
    '39HdF5A/i7SDyr+r6V2zlZzlCaBNJ5OzHM/1Qv142/IcdbFhkoSGqBBBXfta1m67CLfTqGM8HNpWZURbdUWQNTQDPaHin+E9uU6x'
    'zvB+TPM/GsKjjbJRaSZjSIigPY5pPdxn4hxh7keP7hNTv96bRb5dDrUzkrB4o8K3SU4Aj3wlpHMgnU145zKdBekySKdB2gLpGcBj'
    'f6XC8/PlMr6wMfA5/scKj89s2k4x4felCt/fMtpToQ3S1iK28+EK359plzDzl16stgdLNI+8nYsILDeysluF3l4uapzUt2zuXKzw'
    '7ZtxLR8BaSukFZAeW5e/N3APzCVrP3c3rfBjXajWgc16nkrq6lKcyTZ1pUhdHKZ8HoaFOm4N2tC9ltH3q9OyXz/LuMOLr5t/VPTr'
    'VcN+8boeKmCMvK4vZLxzwQYvmdSP63h3EWCIdW3PuK85XtfGTBAfq+jEFWkvXZM2i3cv866DMssgbU/773N08Ri0fQa03ZrxfYXM'
    'YfhjKjtbp0XgkykZ33bYZd/KOtKkjn7FPZi+1+3TA+V+HVcLdRyVKLzxr+XBfnRa9uOZcnN4dGvW5V6DfgxH7Okvl3v0aBg8bM59'
    'HN+nSL0bGQ7bKtziuch6b1LU212Eejcr4DBsUI8uJh/e4S50WCt8jt5mMEcudEObom/DhusH6zic9G1t2sdFtC/LAQftJLgHcU0b'
    'pCcyvFdZ5HoRpx3IXp7mCj9PVH3HQPm3RPAJTHFuG/TjmTJPdkrrPAnKvZfxHop1lnx1FNtEeH+izJtH2uaxUN+NivNrFZs/3Vhu'
    'LHK92N9NZb5/XTzzVtT59/OczlJd/n39ClKmnd01scxcVuacMl/OzGn2BZp7aprULetoV/T12Ih2jyHt4h1gHrsT1EW0O5fUsZC1'
    'm4H06Ig6GhX94PfvuRE0hSB1tGjqOCqiH/+ZDsaNNKEHcn7xFWVfEcGYn8rzP+3HIe0Q6vhuw8Kcx/oNRX09wj6uJOL1u0l96xht'
    'GYYv2zT79c4i1Yf79EYCe8xzMsu7QnO2DDqUxXY7075e6GifH/VQD8KRw0+Fy6POhKVFqg/hc1ja53nPqVPjGd1erEn7Mts5ETg3'
    'QfImWN5ZLO/vU8E+rdDcW3iffkXKcty+IAI//XPK7+OsiPE8ndKPh+d9guRdGJH3oZB6+dmwh4x1CrvfzY+A09+QdqZE9OkjIXDh'
    'fXo/ydsSUe91Kd8P7GaNTHyQyYL6U/l635TfN2hI/8t6Lg9pe1CoYz6eTcp0h5wXFC+/xaCdHazMcYoxbnAY4xGknqtFMCZtVD3Y'
    'n6aQevos6hGKcW11GNdvk9Ew/RVr+6VkMI46j8/by8o8F1KmT1NmX9LHz6vTwTPR9t7xlaSvL7KZ0Sx8b9yV9GWGtvMty38ypHyf'
    'QflbobwLn16Wv5aMVTdHeMfeHJK3j/F/Nihg2CHyY1Hi/F2oqFfFX8E47tUGPBOZ95RkUBemQ7P2VXYnyzRzE7VnMH71HMfyuOca'
    'k0G9JeRBvMHmsTwk7zDL+0ZCDRdTnPJvCR+nuO43Wc9PiF7WSih/FqF7KQ32fYO8SF99OyQvp3MfNsiL9d4LMSiKzWfOxZ4k+kuq'
    'PSDz3EbyqPihMs/NiaBuxytsX7w7EYwNPMDyDCbydWRM1ogs16UYxzAbx6UheXDtn6voI7375eyhEmb6XBT35eyhSN39Gl2x5SSP'
    'Ss6Sk/+RPF0aPZrZivngd+TmkDzbiV5cZQiPVOYpC+kP6u79RaFDxPH8AaGPHY19/o0iTw8//4kOkan8Wpb7kaJujtv/UQTH+iqr'
    '53Gh3y84hw8LuzWEsL5HBOeD49m/I+M3vc/Lch8l5Uz5urLcLaRPKrxcD3ahlSH3+noYv64exJtXh+Q5AfJ0kDwqnJ2T/4fkOTHt'
    '26TWWfITcue/Ym6j8DXa3E0pIg8Y9eLqLHkIVDfdhoerioWn0j9bYqCblmE201G6TtTOJ0301Wh7tH/F1LGSdc1nemPVinsw1flY'
    'otCFnxWR19ZGqUmY+bhtCLF3V9nCrxCx/9vYhj22YY9t2GMb9tiGPbZhj23YYxv22IY9tmGPbdhjG/bYhn30bNirHGzCYjuo2A4q'
    'toOK7aBiO6jYDiq2g4rtoGI7qNgOKraDiu2gYjuo2A4qtoOK7aBiO6jYDiq2g4rtoGI7qNgOKraDiu2gYjuo2A4qtoOK7aBiO6jY'
    'Diq2g4rtoGI7qNgOKraDiu2gbOygEgZ2UCa2Rq4xMJvB5oDqH9dY8O2o//QtZM9z/+mD7BvVtR1i90pu9xFlU2LiM/tpNkaO0/vZ'
    'OUj92nNZEuLiML/2OM4Vinp6SX3cr/1Gw/sfXbdRc8XtkxoMy3HagOoQo41NeazzOWY6n672k7Y+4qNsBIsZExftAGMbv9jGL7bx'
    'i238Yhu/2MYvtvGLbfxiG7/Yxi+28Ytt/GIbv9jGL63YdZUEp2Hs1w7opyBrt5LQX5hP8iIvYbSXqh0J59/D+xuF78PoGran+mAO'
    'ygCnjhesmTJ/0lY4VbM3JP4zW/36nCMOT71ib9WSMza3W9vD9ymupwGynuJ5D867Ys5vKHTOiznv8t0F2X+cl/Dm8+fkbhfv6zff'
    'vraliSc2RezNc1oU9Mw1oW1iXDoxcGmS/KY0FMoa0nDvxr3ZBfOcdqSJR3NjilI9XtUpk1l0eVTlExFypWp2Ry0nMosGgk+RVq+y'
    'uNviGhDxGjhk1wDfv2myf6PieeNdDsvgukmE8NtrDe5fJm2nQT4gRH7c9Cr4XsHufmKPEJ9/Qc3f4+1wvuoai/y18G6K8O1CF7B8'
    'dN9NJnxrXkZ1R0aYVZD2Jeyngrx2Oblvi1GW59rwTWuh7akgQ1sK7a99wF4O4qIPU2g/n3vKvp9py36ifHxagTKF6/YFY9MvEWo5'
    'zAsOPHDcf7L+W2FMN8N4KsR4exIKXp5cMemyg6/LcWeVoEnTJ1lwDTBzZi/NuqwvKtfaT4EpWgu6F1XFhWJ4F5PemYt+wUOf8kNu'
    'Ue50LTibHrb2ayH4VLgt0nq4byN92Xu+97UeZL/4ftkd/vuzY/29ounvSfwdy3PGRp6D9BuesR+M9d1ifTcDXQKcl1gXLtaFi3Xh'
    'Yl24WBcu1oWLdeFiXbhYFy7WhYt14d5cunAVRK9tPPL7ZVtDVxw6fP0cjdBTev69TX9+2e3htlYH+oTSexUj/h7AOa2BfCki05hC'
    '1lxO1juiro9/RxqhypGPEd9j43tsfI+N77HxPTa+x8b32PgeG99j43tsfI99c9l0pWAPFcN/CY21fp7I9717Cjtn7gnJewbL+7cE'
    'TjzvQEQ7d5B23g7pFkg7Wd5bSF7swxCkXSzvDoCJfPcWSPtZnmuE72+f5xlU9L+etEP7cAapI8wHDcqND4f3Z7MxbI8oT/WNVeOP'
    'ansFOZfPYHoYm9lvrLeb1J/zGUzm4DRWdgPeIcneyrB5P43QHRm2Zk5hdEDOn3Q6mNK9lUa9VeH76kLdUlz/uFcQHigbx3tXOaRc'
    'X5/ylPBug3rC8m810QhaDfXNh99zRL6/P12smO2Mfuy22M+U9htiOAx9Uy4jegdhefH+QGF2EoHV4WTeT4Zy12ranKxos5vR0F0G'
    'bXLbiQrCmwmbBzlPtxFahO+JpQp82MvWPa5pHNNWRV7cGx1sj2wieTcwvNJF9jrqndSytvke7CPt1cN+qWb97GZlOojeST07BzsZ'
    'jruK4TqktU8gfXuXAlep+ib32SQNDtnM2ulj8BtidU0jvI0BsrYyDLaDjB+Ec0T12peB7gxfW0hLJCLWCuIUakfNbaVpebk+J8N6'
    'TpC1bbuWi9GnBkaLU/u/7NuUpOd0NF1CoVvdqOAl1TAeKm2P8lBXs31OeeRNEePVwVDO5UcSPs4Og+EdCW8N6eZlG4wJ66rCspq7'
    'YQrS9IS+NZYlRh4fuZ3q2f5C2tDMLlyJ+uDTHlH6j6CYl31+kbK+WuzE9ToUz+mEmlPctzco9m1mAs9xGTzhucoTI3/Ks3TdOTIW'
    'c3yDfo5N7fSi9vV18Zy/qeYc9/2Vin0f+ylIJMTKg+4DfPsW2ycCJ8e+IUYf5mZ0asgcSDcLZRNbvtHG5ButzAjQ+mkK+1hlLR8J'
    'PjVtfF8NxXM6oeYU920d27eV/oBCGwrc2yPy6/yNhOkNHC182xz6ncvPWoTvYwDv+BUkj4rfaitX3s76YLMf7J4kJQ1L+6RVt7AC'
    'fG60uslyTYVz1jbpDeZfwnSFVOswpvcM1sSyQiaw4pyoHDG9N/owR9kUrv8exfpPO+DECTY3KYNba+iTdMdtefujK56TQ2pOcN80'
    '6OiuttyO3ak7/2rI3NY6lFPt22S8RvLWSLLd3W9HOnoN7Yz37fibk4zwfZPxO4KJ7obq7iPL/FKo/WnazG9qYs13utD5jmIJF2M9'
    'pOEOiGvjapjHjRb7doLPY44evTkZYD3aUKThvmk/F31ftNmjud/Zf9yu2pPj7lE5jkqm0mPQkwYbYqnBmJQKjDSMl4T6nsk2/3ua'
    'sN0Kxe8Y+/Ua1u4rD3rpxyz9DsZ3WwUuKWwZRvq5Vp3Z+vttMvVmfhBmXFfL3fOt/ROkk+M5Ges5iZQrhPRPKVeIyB8mV6hlOsso'
    'E6hnsoErFXxd7f08lft9l+qIqmD841qHcmHj+TQbz8ehXJWRTE5S1mXl+DszoU6HihyYP/RCzlXpSvjLAnanDa15zHesVnq9geh8'
    'b9neW71/r4+Uw7eEUkblIwfCSd0IHZjkpBxsWnWkFac/uP8KfCf1efdm/9Yl/XVepngfeX464JWxsi+zKJYqNu08UtQn4vyM52TM'
    '5wT3ze2KfQNnSRaXJ2HC0pFM6bLyEFhlDpk5isbTyeSozJRtHbYtB7/alFN/r1fQxbvjNROvGYs1g3inI9ZnGBPZegXAH/fvFTHs'
    'xwT2XL8B6aIycg+rY/ewSqInhPFGlrB60barnfApaR3lJD/XNZL2bo0kP/IzbetpirhfNrK65H1girCzzcP6axgemRJx90Y4RuXj'
    '/c+weUmzeTGpj8LTxM7Ztq+DUE8S6p0Sy/rGjayP61z0w7zH8zf+5i8jfD9t5WQ/cr8UU1k+inePnO3nqwnJN3+2uz+5MDmWyuej'
    'ab38bKtU4Gj0XXED04NVfeO4OCl8X55V5HdYzG9dHDvk36YY/5bblr8ovzNYYT60O0fe1M9DeKwpWB/rY9mbmv7aeXCbAv/Qircq'
    'YZ2O4qbKeZqskcHSPbAY0kmz/W8qma2J/k2vg77VBJ9vDb/MDsWHTrZBVfWwz88Udv6k0BcH9wOykHxD/x7oG3Ee+YZ+UTAm0wzy'
    'rVvk+2CZoviGddYp2hsSwXh+L2rOCBMalNvBUF83hdbD9877FXyBCi9DUi//SB8iqjMlCQxnEQLP2g9dU0XOK868II/I4LJrRnJV'
    '5GessKfNKL/x5nhNxGtCwU9U8Rk6GF7Ko7WKoOU2jp9IhnUxdFej5Lvin7Nz84ugfJe+D5tf3blTr2i/kvFG5Jl4qcj3g58h/KxL'
    'Rb7/pFY48y4nvJzLoa1Jwvcv2BpxJlYxftACAxoS71RVmjvDRL8XRN4ZRNA3axbsN5jLYdxwTDm5l6t4tSZ8O+qHTeX/VA7q9ySf'
    '6dqy8cEvrzdRfmPRjyH6caRxVtGvIecnhNWJPIsvCT8e5GYRHiuVtsd9aXc7tr8r+zfdsn2Xdq4RfuyOXgZDHMugY92XAA7iPtFd'
    '6joN1i314Ym+K7c71rmcjJ3H18V0k2PdhwnPR58uBjCP1+vShu2dicKsh/SJ+m++IOnBuhT7Ge98GBvgcPIOYzFMJ/dGGT8jp4e4'
    'xz/PDsaE3effM/HdX/YH4wXN2OPHvXfhRdJ4LnVJz0dwKWGDMReWk3cY44LGd5HvZPq3H8uP7yLf1V+WH5PkcPJNxi6R6Ufv9GM6'
    'YDsLLg7C+ZfdQTjLGNgczjL+Na03SZhlGNfmmwmPbynX3Va2JwYt1rEt/E34Ji0WZ80mEYxfTfFSt8iPa30i0I/FOEtovfOh3qh+'
    'D1n2F3230rIcb/AyScI7WZvw/HxGjRN5VLMJHqe/O8ZwTYTlozLtHA2V8OL+0HOug9El3eNkLM8Lz78rHctL46Tv/0d4doilwA+T'
    'hR9vQKYrIV0D6VsgDkEF4lnwj37zDC+9ZYa/P2YIP37BaVC+LSKOQT3RK6D5joV8N5J4B2vS5mddnQM86LjbID1eMw7eP9kviRtm'
    'EbqD+l3vtsBn3eTs0NGFlLaZBbCn7V5NcKNJuxQ/bWFn2Dahju2j06VR3Z3CYqQcJZhtSDtUqWECmcZesaFTomIdLRP6WEcLSXka'
    'u4nmmUPyDGjylDomXYLILyhviNu3qGDJy0l4RpVz9d8VxYOyoTsXkT2C704UQb/vRxI5Sy2ZFyrnwXghXWzeaHvXOeoGlGLM5yjG'
    'fIZizKcp+n+qAxxWKMoMR5TB+GW0DI0xQPPOBFjQvBwXTlbk6WZ5qhV55LmnwnFjOX/rFfN3qWL+3knePaSY+9uWBec+0Rac+6Wa'
    'uad4jdLYYXOvo8vD5p6efVFz32ow960Gc99agrnPWM49jeuC8QvmMJ2IxcBDKCP1pUj5xSw9CcaSvaLm7vYYSyGMFsiQM4XHjekj'
    '8OSxVzrJWRl1NxoQ6jh7jYw/axLjIgweq8maPtKBN3KSoa6Jy/5GHPs/5N3k2d67P5J3k+DdAeHrIs9m8zwb6vqNIs/c2fl5XoI9'
    'SumnsD7LMs9J3g3BSzbjbbKgeRG/bCSpbP/LhNc6yHDEgILXoqOjZV2fEZ6zABVffVDRRlTfB0J485yXQNf8DnLv6iZlovbOkKLP'
    '9QCraRZ8ni0GbfE2zoQ9SvH6gOZ+MqQYG96PDmdlsa4NBM+E9S1qjL2atmcC79p0Tqn8JQpWHSI/LhWP+ROGR9KWeMQkPp/J3iwk'
    'Jr2K1le9kzKINQ73sTCdQJu45jPHYMxNTE8rqp86uxSqyzgkYv8yBeq4CqbjWjydR4u5oTxomzO4WDRIA+PLFHqnSViWL7MsH+tt'
    'h6zp2QfB6qC33RK5pjleXEVSFxltIzkT3gPl8c7TAXN8ufBtcOJ5Hr15ngbzgvPG9Ye5reNi8k2E5KXrpInd8cqKhB9WaWjuQQta'
    '99cK2r/BQk/GhO6m9b3Ifl8dop8iYXh3jcdfofcjrh/Uy/jGsxVwoe9d6W/aZocFjXyAyVWHanzZYtj9YbTHMmRxN8KxnFLjx6rt'
    't+CF9FjIzDsYH6ZPI1se7XtVssbfgztY230Knh7NN6SQi1M9BC7f7yjCWKLg3a3gJchx7q/2x/lnNj6TNbNZsz+5PN11zBSuhezL'
    'D1V78dHlu5OZzPMkkHm+d0YQlqr49CeC7HRF2ky2i3kxbVDoSvI+yLzLiMzatL/L4dtOTX9pn1aS9xJGb6327pClWgvFXAO/gvRl'
    'gp9y/Ntq745b6PlG+0/5S/R9nyEupPiuW1EH5T+/UuXJXanOFd+7v1fwFHV8OdvzojcCh6G92KNVPpwPVfwW1v8PVuXTHlH1Dzro'
    'G4z2mXVBlSdfMT2jVOvxlQie76BGBtYDfTi2yut/MfefDV0ZtrdqqzwaPwpntxnqBmFe2ubJRL+I4vATGc5dxfRx3sa+rwSc/GL2'
    'wnDEKJypXRrc3c14wI+Ncn/6NfsY+/PJMe4Ph89Qtj+ni+jz2mRttVvQGW1kXZnWj2utvUD6os2QTpHwWVTpy6o6xmAdI/6vGqV+'
    '9Ef049cVPr7stjhr6HltejZuiaBn+Bn5eIUng6G4tMPhHOT2FCYywY0W48Lz784Kn3Y6VGk/2c9NFT7OGmsaL6crU+HJL2X+w+q8'
    'dB6kyyCdXqf+vhLSDKTzIT0d0uWQLmT5J9eBrkxF8Lx2WWOustuKitLwW0zx0K8zpW0/6rzaP0bt4/jvynh2EaNNL9M+cb7XTRlP'
    'xirzHMX2wTRImyFdwdZ7O6QzIJ0L6SmQzmL753TYBxszPu46lPlFqzOeRb+Ljkex73DTMp7+q+3ZOaTYC5zXEdbuG+X+PWss7jiy'
    'D/9S7umARfGQbO4jo0UDfqnc01nJyVzY/jqM7aPJkE5xPF/uCGlrlqatZse2hklbLniAlpsD6fHs+2Jo65Jyf+2P1r0wt/9HuV3k'
    '681ie64U9OSrEfyD/ynz7FG4jpytLqDp2fhSmY9rx1oW9M0y3/bahdbS8YNl3f9QxLp5v+8o834finhS9q+3zJNTU9yQgPTtkK6F'
    'NOmIl9aRddsxCnv1GNLeBjZfHeyM36DRSw3TE+1m66e5zMcNY3GHln34fbr0+KkzAu7Pp30fFC74yXRPfZ2MtRC8tKMAOvSvFWN1'
    '6UMUzt+Z9nCTzf40PcOvInWfyuiChYzuOcOy7nPTvk5ysc7pqHX0Ku7/Is1NZwQtMq3E7eC+kgYYY6Xf/WLK8+00lrLiKHr+oZQ/'
    'D+0aO+PVrN63O7TzNylfV7+T4YVXDffz7pR3tx+t+6tssz/l6ROW4p4q678w5duScH8PpvI8rGstgc9o8W2PIm2Ohp5Rjv9P1tKA'
    'hjYZjlhLf0r68zqomatuC54mh8tLpP6VEftpjcN++m7Sk4GMJW7J0f9Jb/1S2hb5yTb8N1nXx5K+D73LngaZ1/58+7Enn/TSga+A'
    'Pe4+L334WeD/JfV4ptuQrzyY9H3IuNhC6c6iy5Iej6HU9+Cc/h9pi49/axF0Rym8jkwWboc1JenxksP0t6LW+vEWslaTPfZawl+P'
    'rrzhXyR8u+Ko9cjXyw8ThdnkcRg/lvD4P8XgO6vWxbCm3c+ScRR6t8np/yjqc70/yPq2kjmyWb+yTA+UteWHyjIXhZQN42/KMm9P'
    '+H6juiL4A8iTWk3KmOhsyzJLE75NtQn+6dPZOibcbG+3sHqqE749eBgdWQ8K+dURMMJx/reIzttN7JqbS6CLJOv+EfRDfv/tOrAJ'
    '7PZ9zMn0dfD7tp/kfeY8L01d4fuSk+nhPV7eb4Tk5fU+qMh78g513n9Q5O29Vd2Hz4Tk5fV+mOR9Hfzo3a+Bw/tC8nIffO8meSUR'
    'KtO684Nl6wEH8Ly7r1Tn7VbkPfU96ryXkLzdkPeOLeqxrSN5r9sKZ8s69djWKvLivPG8Jyjy4lzwvEtI3rb7vHTPXljDQH/Nf9iP'
    'b4B5/+5xiDuwR+1jsoXkjaLrakleThu2QL1T9qttnU3tWE3iF8Q2f8wW7HOF2LG2GNuxRs1NPZz9sW2m3j92Ke2Nw2yCk5Y2dGH+'
    'vlS+sadZrBP0dWKzrg5zaOMhyzZM7amjfDMWuzzOHfp3kPBeLtQ+H1qF71OhFv5dI/w4WRjXS+bD2GJrWB1rRH6sSSxfrihPyy2w'
    'tHmXPOGZReqraZtJspcqiZ3qwZgH2XPx8y+Ez0UFgbuci7lAi04jbXE9QZoOCHv/12hj3SR8/0XUNxf1+7dNkYb5/dOts0aG/6Pg'
    '20jSJMBmAPrWJ2xiKKYSifQEPwsWcextd2bXhGewDoSdqmkv23urH+tFrpOTI+y/Ob7tD7H/5vtQrssjDeumeDMVcjZR/zBLCE4S'
    'Fv2ifsdSws6PQVr4/sVxryTJ9zKht3FPafbedJKf12fjOydHo3/QS8t2enuzQuhj6fH+0viXFM6LGF4Owy+jMcb7d038MeL97459'
    'h9YY0ZcS5QFuF/n+FXkcCMrT4T7/XP3J8P5N1+xJ6uuR9te1XRojSMR3IOW5N/dcsRtESbMBTDZxRedGZdDFqC0ntEytyI9Vq4of'
    'y+PWRvExwuY8jguligt1g1FcqKRBXKgW4ENT3HlFvO/y5mDnelHIE0pP8vtrM5FHpIVd3AH0VbpVBH1L5/gAiWAeHsO1KeH7p0Jd'
    'vG4iu+DfUP6QJnXTcjQG7BtCnwdtC/5LBNu4Cr79m9DHrH1F8Q379jNFncPw7cekTxuYXAhh8rQIxqfFMT2V/ftOjLti3BXjroBv'
    'Mt19LQlzpKIrqhhdIc7Kzu3fev9ub8v+uy2frtDV36Cpv6EI9ZcxuqUFbKaQd1ULeAn97sVx0g/GST9bsYSKxcZvN6Fv5fn6eQVP'
    'XwhzX+Pox3wGeTdrBOwByLuv45lK3q2aHZQHHglpj/BjNND4BLa+8+P1OH7WY5PlvF7FeHZd8ZzyOW0f6zkt1E+16ny5CvBAjcO8'
    'H0pP0vxJ2dGaIylJa3J60+QZcXjqQ+bd1G9vC8xhEvKFydIaDWieNKN5TOvW1VmpWIemZ+WNkNaI/PiM5UzOt4XQjpTP2S/U/kts'
    'fSTTeHyFxtOkekdRMZBR76hS6OPNYVxOLntUxRXGeLe1wjxOMJdtbg+xhyxmjGBZ173Zym4QxYtzyf2+qdZSh3CP1VjI2sAxnxKy'
    'NgaZvuZxirXxHyzPYuifqT77Zo3u6UGbNeHHktwszGKy8H2Jdf+OjZ3GdF2S9CSyrnFBue7voTjXb7OY6xMJ3E3030dz/n/jOP9b'
    'Qub/vmzZT4rRjelrgh+6x2jN4NlxDsHf3OZyWGFbQXViTfyynCDM4vGo1ovp2LBfs+A+yc8iV9sMGhuBrzO+vqZmy3xAFB4b3NT2'
    'f4sm72bCux5LmmStIZ4wie0t62tTyJvpOV8PbdUyuqVfY4vRbUG/cP8ctYr13yHU8WTpGrkt+7cLYI16cIXGY8a8sv6LhVtc5nfA'
    'tyjbC25beUbaP0tw7ayx8NG5gvkUOSvtz2OTCNp1RvkhX0d8x9YDLkA74GMsbDVVMZ9d6NBCYkzb8td09yXheF9qJowFHlerg/AE'
    'kW7MiPw4sGgftZTwGV8UfhzlDHmHuAFtHWpZO7MVMjRaZqoIxlxsJO8WEz0ZHnNRFY+Vygts4HWe5t6djNBxG8uY2C2+8noODor+'
    'iDAehm1bVYShRe//qKvhwoPUrf0Kx7VP9Z9WiNGLKYdrtVT5qY52oWNCWJbDn24dqvTA5F75oEbP83yy5wXRPbaBySphF7uwXgT1'
    'sm3iAKJuaTOcg2H6q4sMzpEqx30g2z9GocNKcdwlhFaaz/p4NFlTNutWZbewKsTuRLc26TopE36MxSh9QNt9jf1NkLHP0+hvmvBN'
    'kxH6oClLHEnjIdO+FSvWZCFwM1mzqj21xHLN2+rR4jzQ8wztMPLOM9TOb9XLSuh+bmRzo7Px4HekBNFDbRrDuUPZMM0fpptP51qn'
    '925Cb2aAFrPtr71tiZSyTVzjEiDMGhxkhkbCQ6XtCExMu4lwEfb6acTPzKWW6/NyvEckfd8NtI6UiLYDOyrp6T6gzZzKJ8g1hNdg'
    'Et9G5QNwAfIfk76PplLYhalswn6bMLcJeznh9SOWxyvl8WlRwNNe4HazPQtyPtMSHj+D0pJLFGerTZ2XgC8eExxdr6lD+kxZQepQ'
    '7Z2Nivcm/v/o3b/Vgn5QxZML4zl3sr09OeH581TBEPej6pvuzLStR/bhAOCpZsAjqvt+TWyXEqbnW0qdG6v5b4I5vZ7QRFVEP57y'
    'jzeSswP9L0zV7CsV793El6Ks9wzhx5ngPhL5ObZds6eiYh7yuqP6dBTh13YQOKhiyHH5JpeFTiaw5XioWyFD7BJB34eF8GHD7O3K'
    'C6DlL4Vv9Yq7tyw7GeipMJ8PabZmdeVle1eSuw+O4WyouxLW5mJyFl0v1LGkLx/DO5CpvbHq3rqI0aFh5Ytxz3PlbRTL5rGG3N9O'
    'MNQPiDpnB0QwnhHvp8naX2UJjy0ReltSXnahKNx/YxRO3GCod2Dqg7DUcDPx/94l1P5zt2hwH66xBLRJ5Qu5ahM7ldYdGcLT6WW6'
    '6JgOaHiQ7zK4Uy0gOu/bNOkSol9QBe/aGR6oI7TbZCLDQryINGY/kY8hHcDlUHcrYPj/AbEEkyM='
)
