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
 ('(?:[,\\-–(„“‘«]|(?:^|\\s)\\")$', 0, 32, 1950, 126, 0, {}, (None,)),
 ('(?:[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|crédit|image|illustration)\\s*:)|(?:\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$)|(?:^\\s*crédits? photos?\\s*:)', 2, 34, 2076, 402, 3, {}, (None, None, None, None)),
 ('(?:[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b)|(?:\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$)|(?:\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$)|(?:^\\s*(credit|courtesy)\\s*:)', 2, 34, 2478, 839, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:[\\w,\\-–(„“‘«]|(?:^|\\s)\\")$', 0, 32, 3317, 128, 0, {}, (None,)),
 ('(?:\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%)', 2, 34, 3445, 483, 1, {}, (None, None)),
 ('(?:^(lee también|lea también|te puede interesar|más información)\\s*:)|(?:^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S)|(?:^\\s*(informate|infórmate|entérate) más\\s*$)', 2, 34, 3928, 886, 3, {}, (None, None, None, None)),
 ('(?:^(read more|see more|more):?\\s)|(?:^related:\\s)|(?:^read also:?\\s)|(?:^also read:?\\s)|(?:^see also:?\\s)', 2, 34, 4814, 228, 1, {}, (None, None)),
 ('(?:^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$)', 2, 34, 5042, 1129, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(タグ|カテゴリー?)\\s*[:：])', 2, 34, 6171, 222, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(태그|키워드|카테고리|#태그)\\s*[:：])', 2, 34, 6393, 233, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$)|(?:^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$)|(?:^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$)', 2, 34, 6626, 619, 4, {}, (None, None, None, None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))|(?:^\\s*to (view|read|continue reading) the (full|rest of the) (story|article))|(?:^\\s*if you('re| are) (seeing this message|already a subscriber))|(?:^\\s*(instant|immediate) (online )?access to)|(?:^\\s*never miss (the latest|a story))|(?:for the latest (stories|news).{0,40}download)|(?:^\\s*download (our|the) .{0,30}app\\b)", 2, 34, 7245, 1924, 25, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)|(?:^\\s*advertising disclosure)|(?:^\\s*this (post|article|page) (contains|may contain) (references to products|affiliate links))|(?:\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b)|(?:participates in the amazon (services llc )?associates? program)|(?:earns? (revenue|commissions?) from qualifying purchases)', 2, 34, 9169, 1126, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 10295, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*(写真|画像|図)\\s*[:：=])|(?:（(写真|画像)[^）]{0,30}）\\s*$)|(?:^\\s*(画像|写真)(を|の)?(拡大|見る))|(?:写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$)|(?:^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/])|(?:画像はイメージです)', 2, 34, 10491, 599, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：])|(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：])|(?:返回.{0,6}[，,]?\\s*查看更多)', 2, 34, 11090, 388, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)', 2, 34, 11478, 1031, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 12509, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 13906, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 14477, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 14732, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 14961, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$)', 2, 34, 15414, 221, 2, {}, (None, None, None)),
 ('(?:^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$)', 2, 34, 15635, 171, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 15806, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 15950, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 17192, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 18157, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 18610, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|da\\ redação|written\\ by|posted\\ by|redacción|story\\ by|words\\ by|authors|autorin|text\\ by|auteur|author|autor|texte|автор|текст|text|責任編輯|责任编辑|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 18826, 868, 0, {}, (None,)),
 ('(?:^|\\s)[\\"„“‘]$', 0, 32, 19694, 116, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 19810, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19848, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19925, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20002, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20086, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20161, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20245, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20314, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20399, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20504, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20601, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20706, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20777, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20848, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20936, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21063, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21151, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21245, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21331, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21410, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21483, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21558, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21629, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21715, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21805, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21930, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22022, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22140, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22234, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22303, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22372, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22441, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22510, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22577, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22646, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22715, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22784, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22853, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22922, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22991, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23064, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23137, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 23208, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 23308, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 24136, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>[^.,|()\\n]{2,60}?)\\s*(?:[.,|(]|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 24218, 385, 1, {'name': 1}, (None, 'name')),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 24603, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 24702, 100, 1, {}, (None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 24802, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 25844, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 25940, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 26654, 998, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 27652, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 28193, 999, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 29192, 529, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 29721, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?\\s+(?:de\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 29748, 3035, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 32783, 3220, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 36003, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 36029, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 36622, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 36862, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 36893, 77, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:T)?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 36970, 1521, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 38491, 946, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 39437, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 39664, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 39762, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 39941, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 40022, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 40043, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 40281, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 40535, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 40725, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 40963, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 40991, 180, 0, {}, (None,)),
 ('[,，、]', 0, 32, 41171, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 41377, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 41409, 30, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 41439, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 41660, 493, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 42153, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 42359, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 42387, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 42407, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 42439, 162, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 42601, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 42807, 286, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 43093, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 43147, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 43171, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 43195, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 43238, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 43532, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 43550, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 43567, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 43596, 124, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 43720, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 43927, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 44197, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 44301, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 44317, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 44333, 44, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 44377, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 44478, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 44503, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 45352, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 45460, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 45474, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 45502, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 45563, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 45675, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 45802, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 45923, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 46197, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 46331, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 46468, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 46496, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>[^-|–—:·•»]{2,60})$', 0, 32, 46512, 236, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|creado|edited|issued|posted|publié|update|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 46748, 3039, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 49787, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 50007, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 50028, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 50086, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 50102, 16, 0, {}, (None,)),
 ('^(?:[,.;:!?)\\]}%’”»]|\\"(?=[\\s,.;:!?]|$))', 0, 32, 50118, 139, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 50257, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 50356, 55, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 50411, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50634, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50691, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50748, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50805, 40, 1, {}, (None, None)),
 ('^.*?\\bby\\s+', 2, 34, 50845, 30, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 50875, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 50899, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 51409, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 51433, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 51457, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51865, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 52006, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 52027, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 52046, 38, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 52084, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 52928, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 53119, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 53365, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 53443, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 53554, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53596, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 54309, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 54387, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 54444, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 54476, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 54628, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQl4XcV18LxFeto3LxLGNjLGIIMXGTAYY4MAJ5AAxmxhMRhrswSWJaFINnYIiAQSEptCQ0iTJn+WhrSBGMKSlCWkMSRgpw1J'
    'IRCS/08bKPA3pG0afmg20up/8+45vuedO3PvzL3vSZZ8rz95pHtnPTNz5sxZa4QQaeE8Mh3LPo3ZtB3eJbI/9fB7Bn7qsj9HPOOk'
    '6X1C1GbT9yi+fe8nzrfTybezLnTScy9wvp2s+LbrKufb8eRbxVo3j/y2mHyrZN+OhG8tMA6ZbhHOt8PIt0H2rUnWRcrJOpeQPPi3'
    'zFtN8g4G5E0C/OoBnrKdcngn4V0NsC/L/lQRuDdAmSQpk4C/aZkKNlcpizYkLEqgvyuhv6vJu9M3Oe9WkHe/7XbeHUfe/fwp550c'
    'cw3AoZe0KXz6LMs1Z3/mErilYQyCjCUZMPYS8rfMU0rq43kTbG5M4VVP+mbSp3rol9xT8xncay3aleMohT1TH6Lszd/OH28D9Ol9'
    'JJ9pfbhP8G8K65WQPr/dvt56qMcGtpkCwVb2Nyxsy571whbhe6YIB4cygm9VeGypDx5rscBjcyzwWAP0X34bIXtcpkOQp5z0qxfm'
    's0KBB8sJjDYmwq3BUjYPLQR+FdCPr0LK+z0MaSf0rZLk6SHjx7xhcIV8fwX0JZV7GfQkE1P5yQGmRUR40oE5bNaPyXkq1+f0gHW3'
    'ktUZhLcaYD19JvtzNZRrh28y/1GedZM8qB86v/8zNpZRz/z+bKNhVlaC7HWKs1oJPtvBvi0keAdxRTfMH56H74f0RsBxWI8sfwjB'
    'ObQ8zVNH6KlV6fy6T0s76Ydnu3WvTHtxbaVm3S4k6zEK3l1kibtLgSZKwNjo/WM+wHseu3eUQ1ubW530A5De2Zp/7sh3r3dDv3rU'
    '9Lf89hMo/x+QPgDp+VDmbdj78t3jcL9o7PMv+wakb0F6H/v7AejrP8E9JEc3X+Wkb3e6tH4G5ky+/zqU/RWk32113/Nx/xN8e7LV'
    'O+4UrKe/y/5cTOhYm7ZmAi7kbTUyerCerNFOyNfb6tJrDQp6AGnkcgUdJMt/ojWfbpDv3gt1X/ppJ13Tmn/245q5BPLdAOllMB68'
    'x2FZmV7V6l+G76tawOEnMVpsANJtbF8Psb+7oP1m+LsD0u3kfRPARwD8kwQ+VWQOafk+1o8eRufo1jEfYzXBgzOg3GOQ/zuQ/qnV'
    'nSOZduFeYjC8hMBY1nko4ED5bgbsg5aR/LqwrX2KNamaJ95GkqynGgWvQ8LuNA2PY3OHk/6o08XF/FviOu8+/HBnfjnV/R/ns4LN'
    'Z5Kt3V2Ae96+Ib892pf3n++kv+zz9gV5Ix+8XY8TBrKNL1Dkp/0sZf1Ms37+1XonPRHg8p87vHR1O9sjgxo8IN+9N+HsFcQldF4u'
    'hDYE8IkaFd923uWFE4eFCk7lCjhlhD8sytgdQzfO6RbwonlOYHn4PUrXt0bgqQjFvQjHXfIpJ31npxdeD97lpKM7FWdsD8Btmxov'
    'Io7/KdxVKa7COpIfd9vh9f/VTrd/KpxUD/uZrsF3YCzrAG7LLvXCdPlIfp6vdHjrx7PhHqBHSi3vFrLeL17gpN2wNz94mZP+w4X2'
    'dJLsy0ckDydEX+qhP7g3KK9GXOXuFRx7Pau7jN1jqlndDWxOHwDa6x2Y0yMU3zaMuryHidgz09gY0z5jtIHzdAYLvkfqfPZduc++'
    'o32fIfzPtRJyrl1MzjVZ311s/tfc5qR7d+WfT3gOyW9/3JBf5n7Yl4M7888RPxqF05lPA6797HlO+hTw/VOwLubTvOvy836X5W0i'
    'eX8IdODVANtf3QR1dOTz7OW7r0Lee1neL+7Sn0mN2QFdEHIPljIY8L7+I9AMK7d7YcD7yvNSGJwL+GY+zO1vLoU75CYvDDDv7l1O'
    'OjSan1d1BpryvTg/eNaY813W+zTQqRlCUz71MaD3BvPXyKuQ9t7qpFfAOigZde94eEfL0Q0E55nWQduuBVp+Llt/fnWo7j94b6H9'
    '4/eXPdDuP3/eSw/r+v76TvUYZgK+Wwnt3dyjHhvOaS3hfebKrc3fB5+4HM4MaOf9G2A9gYztIhF+L1SwvbB9yEmPuUC9Zucr8i64'
    'QL1m6V6gfQ7aCzyv316oLOBe8LufIN6cw86VZZCeJLxnx7GQtrL6VbxI1TuE4UzN9zqg50x5nSr+Px9rgtx7Nobgm09trjnwzZcx'
    'hmWZDXez7PygHJS/gzLhUvKtQkELVgnvOpbr43D2TsfvKyW0yjVkP+K+Srb583IpDz8I5+DdvprRmb2MTzJM/qYwQVkR5eG8QXg4'
    'lC97Ne5TwvMdjqgLgPjDhk9bT/ja1fB9hgV8+R3k8OyLG0Li/GRI+F9QYPifAudvUP4t7F7SQ/h2tcDzPtqgnj6WjhjIB4bZONvJ'
    '+6D2EI79Qs3vsV1vso67YR5Q1kFp+gNpP5VElGOsZN/k76ugvwuZ3CTMHV7CcF2I/VMIWHGdDb81mGA8aZO5ta0/zDrU0Q/0HLnh'
    'AD1Hji4Q3kHaDNsOqq+T9WdEIYeY7OfSd5OOvG48z6XrCzSf1xRpPi+aJOcT7gv5bqtB+S4mPxtQ7IseTf/o3JrAOcr5Sc9Irl95'
    'hs8Z2B3iDKS6YFR+iLpgTaytAc3aGbbQYdiu0E8wmb92zblN74k/Sri6aC2MfzaV8W6mgPSLTR2FpnOuyr5oSLhzSmVkCxTwpXAa'
    'Vsi/o8yd3zqWff3fMHYs75c/aE8MkLk32Qd8z6n0AQYV6yZsH+V4Pw/3c9qHTUz/s9lyP9MyJvOK52eTBveNaGAzFDA+5E3VAhyn'
    'KfC/LV0r6zof1m3Q/Pdq+m87Dt4Hik82k/tnPat3kM3JYvZ9E8M9yG/2m+Oo/eSyasQJVF40l8iLKB45N/tzdgQeM/YnQ2iMKOcs'
    'PQMKeYaG5S2b3I0ob7UDzs8NMW913HirZTAfE8VjRXkwPYsF01fpUuisoZxuOqHXTc5IWh/i3Wuhvgdhrwfh8CMJPrPZC8uJ7IPK'
    'QO4ktOQmzV1FNQ7Ekx8GPIlwCMIXm1naHVAG74HlGvhdB3naQaeH1j1gMI5Bg/al3HQWO8fa2dz3aGgyHex4WdQjPJTcVUxwL7+7'
    'BJXBu+UMQgNweqQ3QC9zhNnUcP5I0Dkm37/C+GE/hzLTHJ3+VLqkdP+TKS0tw9/LSysqS6uqa/CprauZoKde/tdQjJpzgPn92Fgi'
    '97/7CDE6KtN7nefii7+WS19YuOyItUcvPv/X511w8TfvvXchfP7jnbfcO2bwPH7jd1oSIv2b7K83yqoHDnExitPW/zjt3HvRi/eS'
    'R87c6FihHtli2y/8vzvPHt3XJvzrXs/zq+/Qv8bE2J7sj/z/4jE5TpH793L2329y/2ef77z1DtQ8NvY7T3sZUahno+Jdrv1mk+PV'
    'pAUVDF35O5dLNxEdLzxTykgetGlA27cwPOsFPjrHpeQMfoidyXMZP66bpPTuMqywCzTFqW8wPHmTT7vtRWy3E0gvTjer7mgjCrqd'
    '5zc5F3T3MVOavV3k2zseC2cahcUrBjSOTX83MfpsSMP3MOE7vOUjHwwrl3kiW8mZyXB893KfdZezOU3q8yB9Vk7ybNXUIxvMKPLI'
    'b39I5NtxBcFwiNX9Rsjy2P7PEu69Mmj/ma6xnFzEp97uCPXel3DxxdZxxBe3+7Q7VMR2ryXtFqpe2lfd2r8w4eLHvkmKHw9PTH4c'
    '/2b2Z7ZFX01wv24Ny/ZehLuLLWz86tyjuAtxWL3hI9ej+Oo+4fgDoXUMWMgATfnjdFz8ftYX4uwbUPAy+H27FmA9dxzbRT7zJePc'
    'Lo5X6pGeqJER6vaTCR+Ejm+853KgQPpPNnq+3H4E19L7Q8qNZxWBRuR7eWnIdt6ybGdGAfEPlx2HoWPCyDX9bG4qCS83A7ILeq+b'
    'oVn77Rq53xbNfCIMFsAYTPlw3Zb1U/9WQXlVdwidbFrH277dRx7YZygzXelT/zbCVzadg3bSvonsN8y4zyf9sm3PD6fSMYXp1zEg'
    '/w+7vsYDdkG23XQ/Pg5toL012vyVgExG7Bbiyy/Z83pUduOt9zvpHXtdOSbaJz72vJNW/RhsuZ5x8qwhtijNT4INz151fSeRvHN2'
    'u/Wo8i4hea+D+o5/Tp2X2tlc/yD48oO+pPfm9xd5aLm8PwQ/AI+Arf5DTnr3U0766PNeO81vQh9efiq/3rD8iEbgxXAeQxOsDarb'
    'iX04BuZ+sXB9xNWwNdhGdFtpHaUkP8raabklhuWWsD6nhJ0/Fno+/U3KWUc2+j+TBTZh4NGZhUd7yg4e7Yyms/PfNbVl5znA3OS4'
    'vAslCEiYZbHZ859g5a6F36vg3OmD+StxZG6T5kmZP2k7P1pjuaVcDD9aYWRitRHmH+U2ckGuJvpfNJ+Nr1W5ntaSd1R3V9yf7w8s'
    'Zze9B/zcft/1B1ZJ8sv0EU3euaSeGfsgz2Nefya/fBa+7fX6EEjAmf/kHq8d6KNAXzz3/XC+CxGmNvCzoa/kGG+E8ilRTJ+KUxsp'
    '72cq5j2jIvTTrLePMTk/Tee/QYTjieho7G0GNHa/BY3daUFjX2pBY59L8jYB7fvNp9R5T7egx08MQY8fbUCPzyN9SAOeWvEtdX9n'
    'kvrEw+o81Oae4ijVmKLY9tUxnEHtwbIvfWmYqPeO0kl478gIez+QvjBO5obQXAgYx3S5wRkQAG/fJ1lYutyEZ5pS8Gj+wnLffYSs'
    '8XqCK5Iiur8MLi8I8nNhQ1cNbyi8n2Irf+U9dnA+THEWU78mLVjvWD69oLKnrWD7uJTYGuX8743l43xbOgFpC7oGT7WkZVU+B7/D'
    'fGROF64fn6/Bt2cg/Qbxo6ria0p/mQlRXB9L8b7zrvs1D07svnvhmYNr30md8rMi7ruf/6OT/v4+N34L0lF3w7cfAF3+82+4dCjS'
    'mMNAC5+D9O3u/Ls25UnP17R5IOzRVy336GySj/oAXM9kLesAl11J1umVIedehevWk33SAL93AWyqSRvNm/eTGm1+NjSUzqU4B/fD'
    'Ncx2hPYH5VQJZpOwkeghDmrsFi4Rrp1zj4G8fJNw4yJVCrUv6A6R7+vyFNKPDiZ7xTzLoR9BMrWtrP9HERi1C3P7ThxHI5FhDxuW'
    'U8F/k1CffSloY5oC59XBGe63Jrlf0hKfNXllBHp2NPvi2IQd3l/PcFuNMLdpxvlLJQpjx/6msLehf00Ux/b9hyLY/pTuxT6LvNjG'
    'N8n+2xQwznvJHjHR5+wjMnZZ/i8Bl0aZI6p3+pEC1Yc2TENEv2xF2klPZDElToGYEh8iMSWWQd42SFshPQHS5ZCuTufXvTzt+iJB'
    '/ck1Ae0dRXj6p8O3m2c76S0kj648xirDM+Fk8Pf8o3XOt2Xk22fA/+lh21x+mI63P5/QCcPAp/o98MH2QJ5ZpPz/vM9Jzxxyvk0j'
    '32Zekv+tisgZZLlaJnuQ+VV0iO1ZTfGYlHOcI+zxGKXL0wWgi+lcXgfpSyH4ziZ9igIvHa1WIVzfU4MinK26CDjPM4Z4oEejXz7C'
    'aAhJQ89h3zoMaArqqyaoLx0BOmLYP5UtiEqXEeOPZTS4m8YZ4DrJ2zT0BvU5U5Nx7PH5GYLlg2DDdfj9fD9Qm9FVQu0r+1Bh7ucj'
    'ylqQuPIIg/GN1zpBvorpOd/B5vo6offffVepQ+sjLXYw7bmMz7objzWfu7uUhsORXJ8wSN+R+w+i/oeOVtgXHAhrn8JpPsjdVLb4'
    'WwP0Lfs17zuFvw8wqout8tuS8wdR4vhwCOuPxQTOKh9fgxr942EFvIo5Ryr7MpWdQSVbexj3ZK4FXuN+7gY1uvNdPjr1KL/Fu9u1'
    'bM7bLe5V3H8TPW9VvnBUMVso/K4R/n50+i37GDTneAeanl3DPwqJg6jviLB9oesC49fMVNid2dhScVyM9gENwt5/0xCb52nC9TNl'
    'YxukwyW1wsyWzxSGdYa04+EKnLhVqH3a+N3124U6zpoNfqg/QM+eILvfd6Udfcsw+L+BzZPKT5yO/vNbt+2aM4HH+0F4N8LeoH2b'
    'rjkLTfDiFgvcqfLxhzF9UP9wHuvbTGHup6zHoi8Ur9K+NArXV5qOdojqg/DhlINfwuBgykPHWFVUXnQU48lxnEPr4GcP5+fRNXQI'
    'g9MsUsaUp7uZ4WjVGbrVh4Y/1AfH0L7NFvkxIXs1tDK9V9cJe59OKjjNgXcrs3P8g4jnLB/XXCbrMZFfdDMewEoCF787BNpGLjY4'
    '+0xpuhHNWeHXD9O6exRzcZhmvfQq+lEPaUbBL+f7ow/aahZqe2UT3E37NUDaC+ovH+M8NobDiS5bVNqnqUi0Ge3/fHjXn3353RD7'
    'xUQOR2G6XYH76oUbp6+c4VGdXajqjulnF7qAzdOR0N6Zws7G0GY/6NZSVLrTJt63qa8JLqdbBbgqKu/jQOd10DVyFLz7Wrbch0LS'
    'mS0BfcmIfJ+WtnQmv9vMEq7d8hahjuVugsdNbN0XMjp2Fhv70ZozylZuSvfpMUWmB/3uTAsTTt/D0BCcnxnkL2hLBLxgelddBOtv'
    'tsF5HGT3brJuVWeYKR4IOhvpulwM775N8qnu4aa0SCHGTuG+BOAedtwmNGbQnaeB0K22vHYO76WMl9/CePkqf74cH9DvnO49G/SW'
    'wuy7KG3TOWtl/AIdj5HeoUzoxWWkHZ3vVl08YpNYhuVEHtwTQR48mWhYHi+q0Hcl0/OD0xh9GjnwH1KOHl0UOVSXz7liMlZTmneL'
    'D2+VrsfvpRw8HOX+oPMdzefSNA6Gytc+7fNfZPt82QE8D2HvGl0R575TsX5N6XZ+BzslC+NpiQND3sF1dQctxkdlfcXAZ9Tf0WDA'
    '3YzrkdAx0pi9JjKTdsN1FkQfUF4M1wfcboGfbfrk54uL6ruepMEHm4S/D/Z+y3tGEG9UFU9ngOGREYUOaxDsTwS9bFVMnU2GsqUw'
    '90NOL5viq82W9GYG3h2Tffl3BIdzfjy9m9YymqbMYG3S+Og8TriOf03XIqV1+FrqtOAh+fHgK9k4edz3KsVdC+XfKONpYmVM9Pm3'
    'aHhBXH5TS+BXp9nvW0R+LK5i3X1tYwHOA561Tt/BlJcWNU5uPaNTtmTLPaE5G2zPnqA8gyHvvTb+cW3u4e2a9bdDAUe6L1oV8l9T'
    'mnfIQr4T5mzgMS872R6axnheExkTrhBxe/lZp4uPiToyUsfr6wY4N2zfUOaeITzboQB+nepeGOS7dssBhN9sYcVx0gw2t5s0c7uF'
    '5Yui87WJnNFh70KDmvtJp0K/0QQ/mNItqjhoyJdZE5Evg3TuPcKNxVcCfXz+CNferpycwRTPLBSuD6jZmrU7yOR1JnzIHgbTYQ3P'
    'qp6ssR0gM8X7GW3jHkjlmOh9x9YuIx1gl4E+dN5XZFiEsZ/VxfK9h+iV8LmvNJh7fm9qKBJcdfshSfbD7RH3g86eqkbo7bAoLN96'
    'XzTfn5F9gk2tB8EIuzbUkw7KIOfrqYQjW0EfBCofEHxNlPusCZUPiFLCn5c0g/RTgLSE/D2MLdcnE47eQZg1z/2Q8TGU+4yd7/lG'
    'kW/XjvcO6jfgE+BLpL81/z7ewOwasM1XOkB/4zJvf3Z+DNJWvY7/uQnHLx/vP+0LrccGZ1WyPVtK1g7iSiHs/W+VK2wNZH2957t3'
    '9jD4VZUvjI2jygb9L3vs69DBr3zMPVts+0b3hbTHfiTEvijW3FLbiaj4pNpyTVUqeDQ533SdTvrZ8/L5LfFZFeGsGg0+b7TPqNlZ'
    '1UjuUHSdyHQA8NrdkL7S6vppyvkphLQH0stazfy3yHV5QUTaCvmNF17lpOdeAOl5cC7c6PXd/tWNYDe/VZ23ieTdeJ5/Xqrv9+ut'
    '/n2IQr/5+clZlM30mRBwVPmqSmrO8bC+qqhfythHnJ6OKZavKlu/ldTHPj377gR+R5i9ymmwTK+T3vABp+6TybdDrnHSruudb8eT'
    'b6Wwrz4A3xYrvm34tPPtSHLHfD+ciUvuctJndzp55pA8P4dvI3dCPR937W109Vyy3nuf5fVgHk5LFmrvLwYdxJz/tNud9J/fl6+7'
    'Uyry4y7raJGqMTe2a5g98XqPk1YCPfz2JujvZebnweUFpq9wX60PSV/xOzz3e3II+XYH+D35waMu3YPrQvpKk+mnwefw6he9ePRz'
    '4Mv80z8o3HmxmqwdXDMYBwPho7qX8nGW+4wzSgyx1SHuCah/MR1wXoLgv7BxMBoV45bpbPDp/F+77ccl6z4n5djyUj9X6QBYL/WB'
    'dYvBmjqM0CR+46klcgbV+qO0zfXQj39/RO0rO6wv6kKsgbC++ega+JfsAF6w4B1SX9LlbO9FoUGKVa/qjr0kBI5fajlXcbwR/3gj'
    'iSkUb4Tup5qkEzc93k8Hb3yp27IvViccGHYB/NIheDoT748+VXh/9G1FFD74PHWWtLUtzkd/HTTWCfof1cU6KYFySeGNiYFyuhuE'
    '69uM2h7Q2CYq/ULM00/ydCt0iWrhfY3w+qfyk6Wi71udXt2I0Pt8CpLVn0b0bGxtYpBng/Tk3JD1hNULob4FVHa1/ULtv2mQ8ZAa'
    '4Z5ui4cofc1p3nKylrqIbQRtN2yMQekveq3mfDg6BL21G+juOogF89pjduVrnwhnn9Rhyw+73/X1WUj/kapYpX9I2J2xV7Nzf3Kf'
    'RYU92PYDJmzMwqCghQWOaaji/c+/zUnfWQv+YG900j+/3VlbA/Q+vCs/7y8/CGcc5O0ieAPrnQn8+yvpnX2XW74WdHP2+69l7Z9H'
    'vvH2ziLf5gFf9A/rXfzPv1Vf4frpwG9fWg9xp3qdb8eRb2+wb4uoPHBt/vgWKL7h+OYq2pvX643H9wb7RuPxPQfykRMu8PKUXoVv'
    '/31rdN5XlP09xcSHKSYDrAu3x5OR5Is2c8f91VM+dhPjY8d4PQCvO9PWXPA5N/gc5d44nO393fEZf1Cf8Vwe0Q2ypTv6vefRR87L'
    '/0bPo1N35H+j59EfQZ6XVuiC4beLPxJNxhGfR4rzSBTxPBLxeRSfR4U9j/4x++KH8Xl0UJ9HaXbn/Gg3xEvboT6f1pC8i3ryy/C8'
    'J5G8D0Ced+5S511C8t66BfTzNqrzzvfpLz8zm3z6y/NWK/q7YVSdN6xcOD4343MzxpWT+9zU8XRLFDzd/5coYLxroyMkKeKHPnvo'
    '/m8r5JqI45MbyINBjBKOHEoUnN7heo8CdM1aHvXelX/ztJsnCu9Wde9HWbDUY+PtDj/k6qJFuaPH69NofbaFPoOSyYKuz1A0QnLK'
    'EoepAqiFKJ42K9oQ5VWninB2GVUautFWXv4nkPV/8hlLexKCS4pJ68Q0zkQ+bUWlcXQ2CHWt0W0QcvreW/PrRXsUaXNCz1vVOUr5'
    'ClwOTO/wXA5c8ikot9PLd38QeBSjO718d8pv4Hz3r4AN9oV3eM/0ZZc6ac0V0c903XzUt7q64mHOHp09jp8PiUfFgWU3jPQdj6s7'
    'X3jj6tI553F76ZzzuL10ztd0Oem1V3nnfE53/rfYz8Xksh0+SrjxK6ifC7pecd3INcL3czF8WATZmoXZizGfamrqkZWQMwt59zp/'
    'CqvJt/sZTjuBfPvJhU66rsdr0/UPVwNd0OHqx3L9sGc+5fp8RJsA5LGfC+fX2R1e3j1tN3dut+aPrVohE8A8fv5YYjwcGQ8fEQEP'
    'B5YtFG9+esybn/K8eR2dGuZM5DruLQr8Ws50y7ndxXUi2H5jgOTBOIH9rJ5NQm/jgbE7rlS0xftzkTDzOdzFyr1buPYj+M3EP/YK'
    'obdtWUb6S33p0hgf8vdi2J+o4h6qfAnyGMvtQn1+yLvC0YQOQzqxmPanVSLfxg3tk3R2ddT/hWp9LyzQnispwp5rAhydADxeDeW5'
    'TV8UHw9LQ9JY5ULtvxnX+VphFiOUx+ZsI3tuszDzzy/LHQt3XVUMjz5h50ub+nMNE7sI6TK6T7eKfL/R6GPneKGnzYq1VikfI0wM'
    'FVXf1pPf60G29PJudd4rI8igZdkZClmSzZpH+7G3n3BtNhYpvkWRr6Whnot+4uWdXPS464OB804ufdEdm86HrfTVOivEvPHx5fjq'
    'D6ltp/3u3JVk/ZwVcv2Y+ELyy8ft3DYLvS9sXTwhjn/4WsVyYdfqrmyGzwpvjCt+xtrEKrQ5x3tFcJxS7kMd/eEvFl4/+CZxPWhZ'
    'HrPINGauiV9sHt86qG9Dwht3TRVnwc/nfq/mjNDFYvqt8MZG8VuLfSH7Iuf0zVR+jB/aD1VsQhWdNxShH3xO+Fj7fNo0idFoukf4'
    '/JrGq8cyaNerin3LYwJsFubxuIfYfN2Sna+rhHm81O6Q+4L2oSMijHWxeHTrf5vQx1Gn7/l+ajeEr2kMmW4G+yOzsD9XhIsRFuac'
    'sV0j3cIbYyTKvPH56rXsk4TZz7KHxgcC5ntI6ON6FGs8jXA34jpH9K4cFEuHxunAu6Ksd5pCZ5zHR+MxQlQxhdHfvW2smi4f+BWK'
    '5uH55FxvyALwTyKcb0iMgVZtQedhPLcaS5qIx5kNQ0vxuF+mNCf1g9mkWRddQh1Le7PIj3fDac5+ApeNcN/RxeSmeHZAw1fi83u2'
    'cOPQhKkT7dVnjxPtzWOH6OLBbxbh4mGpYKTz72myLirIXZDGjhohazYj1HG5KhX8zBFCU6nis5n2TSUrkPV1JBycaLvfkf82g3yj'
    'vKgmkr+F5a8jd+6Vmj5WkXFWCfM4or0B9w3Veugga8fWfzqOwcZ/cANbMzVC7ZtMF7OZ+mKnd87/zP78h2L/2eBF1VnTL9Tx0Xj+'
    'Rexs5rH/6iL2jZ6r9eQ+HfXe2giyWdrXhnG8z9I4bCqe2SLFXX3E5+6jgv30AsJ+BoH9eNwzwtBOhbpTqeKMdQh1PLJtwi7uXzF0'
    'TWn/tlucD0d55PzJg/qhctli+PPEOe1kc7PBQtciOcWVLXKA3RhJSdhX6s7lhRJvPs9kmiLeQ/EeiveQ8R5CuQLyUd5MuGeWKibJ'
    'IZa09iKL/KiPMcdSntSuoK1My8s2Dw0xriMtx8Vt8WPcE+Oe+Pz2nt+l8fkd76F4D1md3zTmJtWfM+Vv1Sp45fTsRp7WKsbTKmc8'
    'LX4nLhNeXxPrLPoWdDfv9ZGRUP6HILxMyrMIkq0F6Y41+vCG64iMZKuhbp1K34PGyN6SfbE5Ec6mvyEiPNG3bbVG9tCtk98yvl8Y'
    'fh/GymlgOoMmsbb7WX+4TWNuDhP5cfjSRbS3OBjwHzlZ6sIcNWmDM8hWxlmI9b89xPrvK9D6v7xA6/8s4F1TvZ92JpPpZnzJAZZu'
    'hrqWE933YQv9rmEfvXiMoTXHQr9JJas15Sv3a2TLVBeg2D71Z1nePTHe4tfAT3jrBcGxCv8WYBlFT3Yz2I7/qNOp83DFt8R17p26'
    'nH0Ta92/qWxVvvtwZ37dNK4jfsPyH+7U62GrbKlUNvkUhhhLENurBPu9fwB7vrJLvHrBZ8OYVvZ49YLx21XX6O3osZ8VpJ90/bwX'
    '9mrYdYHnGF0Xb93krhfKi6BtVAi9LxCKT3GsH7zMhRWfNx0cdXochdhfVF++hMjmamFsZSJYh1qWPU2BaykOpHYLJvpKKl2ITiYb'
    '7DY8D0zwommfBjW2HW8lnThYNrJHlcyt2+I84DppPRrdRU5r7yN97bGQF6p0EEx17ToCZPC6vv6vpMPjlO9WpvPbOyXtpB+a7bYn'
    'vabQdDkrcxqU+TApc6pBvatZnuMhz00kz/J0fl68F54OeW+e7aS3zHb3UHdSv94HffSUTM/4Hs062w7tvyvp+EGS71rZGI+Ffo/O'
    'dvdI0JhM5kcl9+bzYtIW7bNJ3nNgflaknbGXJl27Kpv1P2SxRwc0+GOA4Y9XE87diuvW+eFDroP3r5C+StqQdf8g4eqXbQsxhuGA'
    'vcvX1AMJh0azwfuqdroC2vkUaScINp0kDRr3WwwHXQ88BNP+8/26PWAcXQlXz3Kbjz2D6RnF6z8n4d47uN7dMMPpA8Lc5vYEg3oH'
    'LO9eOX3ZhKvDydfEdRq9ej7m2oRrb6zrG7c7xr0oDMr2avbxm+TOawITWeY1xT1ZNV56t35JuHHyxgtvy3YfI7jbBOfimbgyHR3f'
    'y/Y/AzRzEKxk3j8T5rG0PizMY3RRHwA6enBAkYfPO/UBoKN/riT3g1l3OOnXd4I95UWuD4CMZh+cS+4eV4C/85JR1weAzgfMqeTb'
    '78BX1rs/kO8DIOePrSvfZ8sy8k3mp+0dLfSxxeYLfUyy2eTbJTfn1zmDfGv6eP63GtrPnfnfVL50kpb8Mj+fZyp/a7p66H0sQe7e'
    'Ye9jMY/Vy2ON6HD0/KAMOplOguiChJ1PGns5BfnLiW56LdGrzvFRFDwAnawpSr9sz9Zi7Ssb+wWqd475k0y3Z6JgpqIpJjvMyicA'
    'Zn5062SHZ6bI8IzXXjhYmdxtJjs80wWCp0p/f7LCpKpAMCkkz2eyw7S+QDA9kPnwk32Oqos0R+PJd433yYEvA5rsc1RSoDlS8Zli'
    '2EzdvV1ZBNgUUv4y2eHbWGD4Hkz6DvHeKq7McbLDt6ZI8C22PsRkh3tFAeBeDBl3zEcKL8ue7LArHQfYxTxdc92B+M4wde+aFQWC'
    'TaF1kGIe7/jo3sV048GnxxqffeM755Md3rUFgvdU08WP99HE6HTGMnGvbmYME69OagwTry5uDBOvDvJkh0mqQDCZCrAo1Pqgeugx'
    'TLz69zFMvHYHMUy89hYxTLx2JjFMvPY1scwi2OYshlGwrV0sq9Db/U0lOnchgY3sz7SHwX/N/cWLuxhUH/WdIv02HafpG49lsGav'
    'XTsqv0G37HXSBY96/ej8OXxb9qTXj85XH4B0tz6+ps4PDLVtulaEiw9L9Y+6RbDvKj9fiQiTaULts5jH6NDF4EM7WmmzOpvV1SHU'
    '8XJM4ib6xTWjcUz9dMpNdPD6NHBV+eHCOX466ciDqB8ntC+/RjM/O0S+7TT6eKb6waoYaFH8QXI/T9QHJdpMNijGbxqDAmEk4xFP'
    'V8DXdi6wvrnjvJa4L+ycT4ekG9+4gulH9RG9Qb8xYlmdHzCVbz8TXavNijWc81OXrbgyYR+LicZi5361ai3WNa4v7h/TNmYgrYf7'
    '5kK/8O9i/cV4avOEN65YmHVI59lUx1T2dw7s7WLtax1s0PctjSF2tGbd94hosTGHQ9gm6PbejAKeQTy2mVwny9g6qRLmcZC4P02b'
    '2EM8Jm4Y3IqxxGx8PqpopnkKmmt69sU5IlwcU4TJayLfVqVPFD9mZ5i41Sq9jh1s/ns0a7AH4LUP1mPYeEph9FH8dNcPlD1czPm1'
    'rYfaTsk5W5/9uewA2MdhYkqraAcaww+/Y/w/vKOEoVN0sSMpzcXxa60I9ntZDji4keTJCNffzgikSDt0Cq/PTtQn30Ly0nYbyH2G'
    '3r2PEW78PUq/I81O77NJoY6fmBD5frmbAvDsSpEf7xfbSBq0gb59g+RVsp17hOvvpwTm6PkjnHcLCOxayL6oAz4Avzt1CrVdzXYL'
    '/NAj1HHlkyHo0Ca2VviY6xRjrjQYM10vNv05UcHbSAvXl61qPtHPoC1PhK7fxcgPabbX4zDpY0MIukLH58K4nUtCjBn37iyyN1dB'
    '/VVAH5YjI/1CIQgby/NQvphp+3jHqSbrKPec799Wzj8iuW+0K/gJ/PwOs4+C8PYIwf3Hfwv44A853/rJt7OGnPQM8D/WQ/gP7T68'
    'EBP7uV6h9qG3luxHbtcSdCapYpkPae5jujM0CHYyFsRhmv51CXv7QtP7IvWP5udDGn1SlcHaxD39cKsQr2R/3sr+7Gv1rs06yCPT'
    'VyB9C1KZP0Nw6QC8r1znpI+DnKAf3u/8mJO++jGnzCo45xrJXqH7WOb9RGt+HDeVv/O7wCf5qTu8OPz3m5z0XOjDE7er+VmUj4X1'
    'Xob9bvXWOwrfNre6Y9fxf3R0TQruqxm45+fuV9c66X3dan7zv/yZk5bf7uUpZwC+/32rnt94BhkDyotRn23hNW5M9RUTiIt0eMIm'
    'ni21G6E2nybxC2hscIoHbfzVp/eBXHGv0+bvUs46x3c5X/VPOOm//9iu7rL7nXTP9526X045d5Lc4bIvX/aw6z4nvWOv3fncTv72'
    'xiILfpJTPQ5MgiFK38hWpk86j/6Qc3t1FuDHC7OYKjZr6LIXnfSbT+ljNqjwD197FP8Mw5q75xk9/lmecvzCcnqY4nXET7v3OOnT'
    'T7truBZgUA15rsO99JyTnvigk778lJOu+JZTZpZwfcbSb7ydWkLDyXczYD+1wrjTu530YwC/Vd9SnycNlvPx5jec9MpH7crdCjhk'
    'xU+KL2c2qbeCrORqWFfS77TIwu3LL4Wrs5LI57Gv1IfmYrZnPpfMNac802c/4c4f92X76I+d9Lnvu3fbakU5mT6iKVPrU+a2Zeoy'
    'nGawmf/r9trdCbsAbmlDPD6FkXrKg3Rzz2h49N3sg9A1j5z/3yQcnJaj+34A5/aToKPwoN16eDsEPpD53wXt3rw3H9d+P+HEi8nR'
    'FqBPccUL4Wihiw4QHFVJbHBM8MmtCZd2++ECu7H/F5wXdZA+CmfZRtAXuTabcSCEnFXFM1xlCYtG4Y23WcpojHsglfwxLju16eu1'
    'gOemQ/19AO8c3TGJYtumzJ+0TWzbtjYHXsWIbTsW4qlV8MNs+HBlbM8eCWnpWL6c2fZOgjpjcXxkRXzkIq4himeWMN2Acg3/fwvg'
    'z5lEp4nmwbqojgXGW8B7heobl81HwZmnRNA19OPrIB9hGrTzlb1258YtcGb+AM6JMyPUte8x9wySdR0v3PNsD9ALP4OzfeNjdnXj'
    'vUh8P19nJUPuW0/C/eqxp/LHds/j+fzynL4s0MoffESdN6nQu/XT5b0C5QrP2/NBKP+keW/+fRjhd70lvOQ4crEkYVyrgN66AuZ5'
    'EZlneYmxqXsN0Bb7HnLjPjZGrOtnD7l1yvS1h/R3+96kw1+MAu+6H+fz2/h+vXSvPY0zQ8FnyMH8WXeN2ZxteL9X0c1tQDcvSDp8'
    'R1u6TtZxcrPd+Kax/qUJP8ZmXCVkXLivJW/EL/Yoj5lJ570WrkTIz1kBsHp5dz6fqJHwW5HfIu8xNjCbvc+lt1W6fvLdnoQjw5X5'
    'Bh/O51lJ/pFNe998zr3TIJ4Os89Gv+2kf4J+/0XCkbsjDBE329T5yWcAh8IevuJFu/IP7M7v0xDp0++fcHlnYe6luK5s8Sbi4a/A'
    'ujo34chL5buT4K586ZNenGrTxs0wF5fCeXkr4ZGqcOCihINj5bs+6N/TuK5eDHlvf9KdQ9nGNAJ7eneke9O0Dcp3sik3DOO++ymn'
    'T78GO4so6+HVb4RfD1RHF/HOz59y5R6cL81pKa7rirHSUE9iGOb9D5YyH9X8hFmHv3k6fx8u/IZ6/e0C2RqlxeuF2v/mtgD9O5SN'
    '0fjkXYayN1P5X3+API7T80F2TTqfWiblouhNB/nWRN2p+SHPfy7Ds6WhJH8O94SJHVEJrB/KZ6P8sCUaWzJTnTd6b2xisn6/PR5G'
    'ty5MO1xGsAzPFeHFJccifaTRSzPVzyuBbyJA9+u6lD3/pRH2hUr3bRH0+3Lybgm8u5i8ux7erSP38Hamk/ceoj/3MrxbQ/KPMD7A'
    'amLH0a7Rd2k30Hc5BsaL7QblP4z06bh0/pibgD+humsssoQ78o6j6Ai2a2xncP0d8YzLU8c54N++9xPn2+lUZwv885x7gfPtZMW3'
    'XVe5/AH8VrHWzVML48NvlezbkYq1skUxB4PsG/Lk6bpYQvLQ+aomeQcD8vI7gOk8NBAawwb/2PAz6Z5cSfYHvjt9k2sLie9+C7Ev'
    'jyPvEMcvAdyOejZpA/yC97O5BG5pojdritNKyN+U57tEkTcRUp+3nuiwm+JZtNuZr9DRtNnTpbBn6kOUlXcKjg9kn94Xgq9uIhN7'
    'fns4fn2VJWyrCwRb2d+wsC171gtbhO+ZIeUWNQTfqvDYUh881mKBx+ZY4LEGwmMfUdgmcX55L7HpUNlaIIw2JsKtQX5OthD4of37'
    'V5lsgMfj61TYivSIfFu9sLr/tjF1p3pU3f2XlgLopemeML4fkgG073RDGxlTvNUg3LjkVzOZYlqp5xjLFPEppkyR26nVwv0K8dkO'
    '9m0hwTtbLPSDdwhXLlIu1HbBO4g+O9JTqwx84Ur/qhzX1mvW7UJmN6PzD1sC+BFxWgbuKovhHOLrOwPniukeo/p5WKfN3R7vESdZ'
    'lLE633sKj1ds2n+dxZovIfSXyXzY3Pv+TUPXtSAsxty5+ZnIjy/+ArTbIAr9JGDwqfR+AZDIdS6D/KPyoCoq/D5Wkt+rCGRravMt'
    'puoLNyKup11XZ6PP5/eUGePBkLrizfQS5fvU2fXY6EkKpd67RVERvgbdmOpMzxibonwP4nlTPmbP0yk0Xqr26M6Nw5NMHaikbdqY'
    'QA31tJlQwIFt266VIDq2Ec7eMGea5GWoaI7SAJpjieaMiyIPWBqRz7+U8e/njCMfn+r625Thuv4q3hmVvSyN5QGxPCCWB8TygFge'
    'EMsDYnlALA+I5QGxPCCWB8TygFgecNDIA+jdvIrgtDJ2V1zpo6+XgTopz79VuD5NVXuE2+Ycqyh/HMnLbULqyf6jZZb7tIn3e5sz'
    'Oi3yfRa2Czu/0bLv2xP5ZzXXU6V5+xNuW50h2tpAyneHKL+WlN8WovwpiWj7ZUki+BxfkAg+x2cn3D212aL/NaTcNRblBOlTr8i3'
    'LcQ8v4N9ElRnDyv3BsEPnRZ9+j/Csd+JqouMfmVrhNo3qKrcZij3OCm3zUCfuwPK7SblbNbf5wm+1e2xu0jdgxZ1f5TUPaip+wbh'
    'tVnleUYsYYnlehRnCa97A6m7w6LudYp+d7M8Zypgy/OcQvJs0+RZbnAmLgp5Js4lZzlvt1FxnxoW+bE16PiHFfcd3X0Bea5IO6j8'
    'sJreNVvIWZ4A2nQ6OcvxXI/qb9uW56iL4ZIkNESZ8OrEV7N224S/PUUN4+GoYtvr2qopgPygEegJFf8M78k1inWG92Oa/3EfHm2Q'
    'LUkjGUNCeO1mTOvhvg3nCXN/d3SfmPrf3iLy7WeoPZCExZcyjs+sMH3wa4fPw0czDi/YtJ1CjrE34/ouRtsktOfZWsB21mZc36Bd'
    'wsz3eKHaXlqkeeTtzCCw3MTKbhV627OgcVI/rbKdd0rdGA+qObNZe78kdXUpzjibul4kdfHxc5iNCHW8FrQde8qnX52W/fp6BHjx'
    'Of6col9vGPaL1/WxCGPkdW0tdfCsDQ4xqR/X3IYCwBDrOjvCmuN1rSj14k4V3YUx4FenzePGnwdllkHalnbf53gmE9D2OdD2H0tc'
    'O9cwey13XyN1DCjugvS9bm/9lNRxjVDH/Aja63sV/ei07MffWsCjW7OWvmLQj5GAffjJEocm84OHzbmK47uB1LuJ4Z2tIlzskdz5'
    'r6i3uwD1XqCAw4hBPbr4cXiPWRVirfA5OsZgjsKcyzMUfRsxXD9YR5r0bU3axR+0L8cC3hgl+ALxQyukJzNc9et0YetFPPTTbHq4'
    'cPME1XcclD8j4K5siidboR9/m3bkh7TOU6Dch9j9u1D4/zPj2CbC+3qYR9rm8VDfTYozZyWbP91YNhW4XuzvurQ35p3J+VALa4KX'
    'fU144xWq8I9ce9NZvTw21Ygw5zvNVdTXI+xj4uE+ryD1ncfoA7/906qZv9+mClMfztu/pFzYY55TWd7lGlzz4xBlsd3vpVz9t/HG'
    'J7L9uwkcOfxUezsIR9xRoPr27/+U60dwi0ZWM8R4lAOpfB1DescdMjyTZT1X+rQ9JNQxw9aRMt0+e5bujTMM2tnBypygGGNHiDEe'
    'Qeq5RnhjGgbVg/1p8Kmnz6IeoRjX1hDj+nUyGKb/ytp+JemNw8vjO/ayMi/4lOnTlNmbdPfIqrQXL9nSAg8nXTnmFnZu8L3x1aTL'
    'y7adb1n+0z7l+wzK3wrlw/CmZPnryFh1c4R07xafvH3sTtahgGG7yI9lhvN3iaJe1Z0H4wBXGtxjcud/0iujbdesfZWO8zLN3ATt'
    'GYx/Oi9kedxz9UmvPB3vBe+weSz1yTvC8r6TUMPFFKf8W8LFKWH3m6znZ0RfYAWUX0toD3oO/tAgL55x3/XJy2mNRw3yYr33gQ/z'
    'QvNrcrHLiFxdtQdknttIHhWPQua5OeGVOb7G9sUHEt7YkoMsz1AiX3ZrskZkuS7FOEbYONb75MG1f4Gij5T+zunpJ8z0DCjuy+np'
    'k7oHNDoMx5I8Kn5lTmeK5OnSyHebFfPB7ymNPnm2E32Nch++hcxT4tMf1Cn5k0K2zfH8W0IfexT7/CtFnh5+/hPZtqnMJkf/K+rm'
    'uP3vhXesb7B6nhT6/YJz+KiwW0MI63uFdz44nv0SGb/pnUqWu5OUM+W1yHK3kD6p8HIt2CCV+9ytamH8unoQb17jk+ckyNNO8qhw'
    'tsxzqU+ekyHPeQQepne63PmvmNsgfI22IDMKyJdBfY0ay3sc1Zm04auoYimp9CKWWOhMjLcMfyL8Cca2gbFtYGwbGNsGxraBsW1g'
    'bBsY2wbGtoGxbWBsGxjbBsa2gVPbNjCMrn2sXx7rl8f65bF+eaxfHuuXx/rlsX55rF8e65fH+uWxfnmsXx7rl8f65bF+eaxfHuuX'
    'x/rlsX55rF8e65fH+uWxfnmsXx7rl8f65bF+eaxfHuuXTzX98oSBfrmJ7nfYODaNoAtL9eKqLHgn1F9iP9nz3F/iEPtGdcCG2b2S'
    '6yMXQr/+WTZGjtMH2DlI/Vhy/i7iYj8/ljjO5Yp6ekl93I/lJsP7H123QXPFdeHrDMtx2oDqtqHud2msizRhukjFtkuJ7Ulie5LY'
    'niS2J4ntSWJ7ktieJLYnie1JYnuS2J4ktieJ73CxPUmx7EnorisnOA3jN7VDPwVZu+WE/sJ8p8E9j9JeqnYknH8L728Srr+Ha9me'
    '4jHPJwvWTJk/aSucqtkbEv+ZrX59zrEQT61ib1WTMza3W9v89ymup0GynuJ59867Ys5vjDrnhZz3HD8n+8uFCWc+/5nc7eJ9ffDt'
    'a1uaeGpTxM48p0Wk53AT2ibGpVMDlybJ35SGQvlBGu7duDe7YJ7TIWni8dyYoliPU3XKZBbDPKryiQBZUSW7o5YSOUQdwadIq1dY'
    '3G1xDYh4DRywa4Dv3zTZv0Ex+fAuh2Vw3SR8+O3VBvcvk7bTIB8QIj/2YQV8L2N3PxkY9Msvqfl7vB3OV11tkR9jIM8Qrv3VQpaP'
    '7rvphG/Ny6juyAizMtK+hP1MkMEeS+7bYpxltDZ802poeybI0JZC+2setJeDhNFxidrPF56x72fasp8o8z4kokzh+r3e+JJLhFoO'
    '81IIHjjuP1n/rTCmm2E8ZWKyPQkFL0+umHTJ/teluLOK0KTpk4xcA8yc2UuzLuuLyrX2c2CKVoM+RUVhoejfxaRz5qbxruH3lB5w'
    'i3I0bMFmetjarwXvUxZukdbCfRvpy96LnK+1IPvF98vucN+vi3XyCqaTJ/F3LM+ZGHkOjbstz9gbYx22g0aHjfcBYR3rt8X6bbF+'
    'W6zfFuu3xfptsX5brN8W67fF+m2xftvBpd9WRnTVJiMPX7Y1vOHA4dXnaISe4vPkbfrzereD21pC0CeU3isbc/cAzmkV5EsROcUM'
    'suZy8tsxdX38O9IIFSF5E/E9Nr7HxvfY+B4b32Pje2x8j43vsfE9Nr7HxvfYg8tOKwV7qBB+RjKAY2XZC8m5khsHO2fu9cl7Dsv7'
    'BQInnncwoJ07SDvvgbQf0k6W9xaSF/swDGkXy7sDYCLfnQHpAMtzLeAHVZ4hRf9rSTu0D+eQOvx8xcjyF8H9pw5kxnQM2wPKUx1i'
    '1fiD2l5OzuVzmG7FFvY31ttN6s/59iVzcCYr24F3SLK3MmzezyR0R4atmdMYHSDfzU17U7q30qiLKlyfWqgviusf9wrCA+XdeO8q'
    'hZTr4FOeEt5tUPdX/qwiWj6roL4F8Pc8ke+XTxdnYTujH23iUFPab5jhMPQhuYzoEvjlxfsDhdkpIl83AOf9VCh3nabN6Yo2uxkN'
    '3WXQJreHKCO8Gb95kPN0G6FF+J5YqsCHvWzd45rGMW1V5MW90c72yGaSt4PhlS6y12XejQQHDWv2YB9prxb2SyXrZzcr0w55zyK4'
    '+f0Mrw6x9gZJHbXAD61mZSmuUvVN7rNpGhyyhbXTx+A3zOo6hPA2BsnayjDYDjF+EM4R1VWX++AExdpCWiIRsFYQp1DbaG7/TMvL'
    '9Tkd1nOCrG3btVyIPtUxWpza9GXfpiQ9p6PpEgp96XoFL6mK8VBpe5SHuortc8ojbwgYrw6Gci4/kXBxth8M70g4a0g3L9tgTFhX'
    'BZbV3A1TkKan9K2xJDH25NjtVHf2F9Iupjm6YvT+py2g9O9B2S77/CJlfbUYxfU6HM/plJpT3Lc3KvZtZgrPcQk8/rlKE2N/yLNe'
    'HR2biDm+UT/HprZ3Qfv6+njOD6o5x31/lWLfx74HEgmxYr9LANdmxfYJwMmxv4fxh7kZneozB9J1QsnUlm+0MvlGCzPss34a/D5W'
    'WMtHvE9VK99Xw/GcTqk5xX1bw/ZtuTsg34Y89/aA/DofIn56A8cI1zaHfufysybh+g3AO34ZyaPit9rKlbezPtjsB7snSUnD4j5p'
    '1S0sgh+NlnCyXFPhnLWdeZ35Fz9dIdU6xPXcozj30iHWxBSjRVIGVLvvkww/t3k4qiuekwNqTnDf1OnOndbcNh/V7f8qMrfVIcoF'
    'nXvJNrEraE1VWuRHWZ4KXyTjtZm3NpNt4X0gpIPX7miMLybfnGSE6+eJ02YmMnMVzSnLvC7Uvglt5jc1teY7HXW+g1hxhVgPaaC9'
    'cW1cA/O4yWLfTvF5zNHjNyc9LB8b8tnfz+cXg+l0mz2a+zv7y+2qPTnpHpUTnmQqPQE9qbMh0uqMSTjPSP3u8Khnl2x1v6cJuyMq'
    'fsfYmNeydl97yEk/aenDLeYhK3BJtGUY6DNYdWbr79XJ1MH8UJ1nqiMT3ouo/eOlk+M5meg5CeTn+vRPyc8NyO/Hz61muqLIi61l'
    'PNmrFPw0LV8glfv7q6ojqozx7apDlPMbz2fZeD4F5SqMZCGSsi4pxb8zU+p0KMuB+c9eyrl9XAE/WcCO2tCax33PaqXXGogs95Ts'
    'udX5fWOg/LPJlzIqHXvLn9QN0D1ITsvBpkVHWnH6I/D8C4EXJsoux6JYqtC071hBn4DzL56TCZ8T3De3K/YNnAVZXJyECUsHMrNL'
    'Sn1glTlg5igYzyaT4zJTtnXYtuz9alNO/b1WQdfuitdMvGYs1gynG0sI3VjD6MZyIk9GX/Poh6KG1FcHfFTkq9A6Skl+LpOWdhH1'
    'JD/yX2zraQigh+tZXZJ+mSHsbDiw/iqGr2cE3BUQjkH5eP8zbF7SbF5M6qPwNLGHs+3rENSThHpnxLKJSSOb4LLpAZj3eP4m3/xl'
    'hOvPp5TsR26/PJPlo3j3yGY3X5VPvgXN4f0O+fHdVb7BTOvlOgvlChyNNs43Mn0p1TeOi5PC9flWQf72i/eqi2GE/KYU4zdxG8SX'
    '5XcGK8yH9ony9z3CiRup4wmlYH1sjGUFaj3A0f3bFPgdVrwgCet0EPdHztN0jcyI7oHFkE5rdr+pZEwm+gK9IfRDpvh8p6Jpcxrg'
    'bYOqamGfnyvs/I6gzTa3Fz+afEM7cPShNZ98Q/t5jMcxm3zrFvm2+jMU37DOGkV7w8Iby+llzRlhQoNyfWnqEyFqPXzvfFTBfylz'
    'MiT1/Nr0ASLqL0pQIIvwR9b+ihrKct4T5nvvxMFlTfBym8xWZlCqzVBueHO8JuI14cM/oXyGdoaX8mitAmjlTOInkEFXCF07VSxK'
    'fJej8X+anZtfuHu7RPHeb351506tov1yxhuRZ+J6ke8vOUP4WetFvp+NFjjzriS8nCuhrWnC9UPVEnAmVjB+0EIDGhLvVBWaO8NU'
    'vxeY2A4VKx623xosJfdyFa/WhG9H/fWo/OTJQf2W5DNdWza+muX1Jsi/IPq7Qn9fNMYe+r/i/AS/OpFn8TXhxgLbIvzj5NH2uM/V'
    '7pDt78z+zLJsP0w71wrXx3svgyGOZShk3ZcDDuK+c8PUdSasW+rrDX2cbQ9Z57Fk7Dy2IqabQ9Z9qHB8OeniP/JYjWHasL0zUZj1'
    'kD5RP58XJx1YF2M/450PfUgfRt6hz+5Z5N4o/azn9KZ2u+fZ/niAe917Jr770z5vXInZu92Yx2F4kdTvf03S8SVZTNigb+5jyTv0'
    'hU7jAMh3Mv3CJ/PjAMh3tVfk+64/jHyTPu5leuddru9vbGfhZV44v97thbOMf8rhLGOf0nqThFmG8Q/+LuHwLeW628r2xJDFOraF'
    'vwnfpMnirNksvLFLKV7qFvkxTU8Wbmz0qGcJrXcB1BvU72HL/qKPP1qW4w1eJkl4J2sSjj+4oHEij6qZ4HH6d/sErgm/fFSmnaOh'
    'Ek58CHrOtTO6pHuSjOVF4fgBpGN5ZZL0/a+FYzdVDPwwXbh+qWW6AtLVkJ4B/qrLEM+CH92bZzvpLbPd/TFbuH6uz4TyrQH+rmuJ'
    'XgHNdzzku4n4xV6dNj/rakLAg467FdITNePg/ZP9krhhLqE7qH/ebgt81k3ODh1dSGmbuQB72u41BDeatEvxUz87w7YJdQwInS6N'
    '6u7k50v/KMF02dugSg0TyNRHvw2dEhQTY5nQx8Q4mpSnMT5onnkkz6AmT7FjFyWI/ILyhrg+vgqWvJyEZ1C5sH5egnhQNnTnIrJH'
    '8N3Jwusf+EgiZ6km80LlPOhXvovNG23v+pC6AcUY8/mKMZ+jGPOZiv6fHgIOyxVlRgLKYJwbWob6oqZ55wAsaF6OC6cr8nSzPJWK'
    'PPLcU+G4iZy/jYr5W6+Yv/eRd48o5v62Zd65T7R6536pZu4pXqM0tt/c6+hyv7mnZ1/Q3LcYzH2Lwdy3FGHuM5ZzT/3/o5/reUwn'
    'YjHwEEpIfSlSfjFLT4GxZK+oubs9+tz2owUy5Ezh8QX6CDy5j/5OclYG3Y0GhToeUz3jz5r4QveDxyqypo8MwRs5xVDXJMz+Rhz7'
    '3+Td9Gbn3e/Ju2nw7i3h6iI3s3luhrp+pchzeHN+nldgj1L6ya/PsswLkndD8JLNeBssaF7EL5tIKtv/OuG1DjEcMajgtejoaFnX'
    '54Rj3Kziqw8p2gjq+6APb57zEuia30HuXd2kTNDeGVb0uRZgdYgFn6ffoC3exrmwRyleH9TcT4YVY8P70WGsLNbVQfCMX9+Cxtir'
    'aXsO8K5N55TKX4Jg1S7y45fw2BB+eCRtiUdM4jiZ7M0osYtVtL7qnZRBrA5xH/PTCbSJfztnAsbcwPS0gvrJdXdVuozDIvaHEVHH'
    'VTAd18LpPFrMDeVB25zBhaJB6hhfJuqdJmFZvsSyfKy37bOmm/eDNYTedlPgmuZ4caXIjy9tK6OtJ/k7oPwqmNsrhWt7E8/v+Mxv'
    'gt25Sgq0X1dqaOAhC9rzlwpavM5Cb8WEDqb1vcz+vsZHX0Su/TsrHX4Hva9wfZ1exsdtVsCFvg9LD9M22y1o1reYnHNDpSvr86Pn'
    'x3sswxZ3FRzLMZVujMEBC95Ej4UMu53xRfo0st7xvuf8e4W7B3ewtvsUPDaab1ghp6Z6AVze3l6AsQTBu1txt5fjfIiM849sfCZr'
    'Zotmf3L5dtgxU7hG2ZfXVThxbeW7U5kM8hSQQX5otheWqrjCJ4Msc3naTNaKeTGtU+gu8j7IvMuIDNm0v8fCt1FNf2mfVpD3EkZL'
    'K5w7XbHWQiHXwL9C+irBT3IM/1Pu3Dmjnm+0/5TfQ9/3GeJCiu+6FXVQfvAPyx05KNWB4nv3twoen45PZnte9AbgMLTfupvA+UDF'
    'b379Hy7Ppz2C6h8KIf8f7zPr1HI33rHJGaVaj68F8GCHNDKpHpQPlzv9L+T+s6Er/fbW78ocPlgQzm411NXBvLTNU4m+D8XhJzOc'
    'u5Lpx7ybfV8BOPnvy5xY38U+U7s0uLub8WT/epz7M6DZx9ifD01wfzh8NpQ5sZ6DzmuTtdVmQWe0knVlWj+utbaI9EWrIZ2Ss2Ev'
    'c2VH7ROwjhH/v50Zn34MBPTj+YyLL7stzhp6Xpuejf0B9Aw/I7+WcWQiFJe2hzgHuX2DiYxuk8W48Py7MePSTgcq7Zezoci4OGui'
    'abycTl7Ge2aGmeew8sz6THF4Hqa44M3S4rYfdGY8N0Ht4/gfLHVsBcabZqV94rynXaXuXj6Q+ScdpY7FeRgdhELfaU4tdfQzbc+S'
    'YcW65Hd/v3bnlbr3jomg+WtBSWCpAU/Fhj4fL5rouRJ33saLxpftPjzO7SKP5q6S/PVSDNrgjYC74HCJo+vP9Y9s9axMceylJS6e'
    'mGi+/vIS1641zJmt4+3l7v8FrJv3O1Pi/H0g7nHZv1+k3TXVPg776LukvQ4Gy3Z2dnRo9PH89OO62dz+TdrdtxNxV5F9+Ei6+Lij'
    'MwDu3WnX9j4M7jBd72eTsUbBGTsi0DdHK8Yapg9B+Lgu7eo0FuosCpqPN5D+TxVmjJ0B5+1LRW4H1+e3UxOnH/r5lOMbZiJlW0H0'
    '1giZhzaNneIqVu97QrSzPuXq+nay/fWG4b54b8rRvxyv+0XOj0DK0S8qxj0i5xcw5eqic3txU/nDfrsHAp/x4jO9nnTbHA+9CNnm'
    'vqS7lgY1Z/xIwFp6JOnO65Bmrrot+D8cLl8g9a8I2E+rQ+ynjyYdnu1E4pbc+Z90/WZd8Szw1ffl24w8/bSTDj4MNnh7nfTR5506'
    'LkrqcUO3Id/sjKTrNyKM/YPu/FicdHT8i30/k201kLb4+LcWQD+Nwut3iei2F/834fDK/HREgtbniRbyHJN98WTCtQMMWkt8rh9K'
    'RLOh8Zz/CYenUAg+nGpORzTtjpJxRKXJZX19ivrC0r25+z+ZI5u1J8u8J+H6W+kKuF8iv2EVKWOiW5nT/0m4togme7hPZyOUCGez'
    '1s/qqUy4dpR+9FMtKM5WBsAIx/lfIjhvN7EHbCyCzoCs+8fQD/n91+eBLU2365tJpm+Dv6R9JO9zFzppaoPrg0mmh/UA/e+Tl9f7'
    'kCLvqTvUef9Gkbf3VnUfPueTl9f75yTv2+B/6gENHD7ik5f7rvoAySuJL5nWXOQtWwt7kefddZU6b7ci7+kfVOe9nOTthrx39KvH'
    'dh7Je/1WJz3rPPXY1ijy4rzxvCcp8uJc8LxLSN7W+5109x5Yw0DDLHjU9QuOeb/0JPjr3q32zdZE8gbRRtUkL6evmqDeGfvUNoKm'
    '9l8mfr9jWxlmS/HFKPZfTcb2X0FzUwtncGzTpPcrW0w7PT9buqSlrYufnxyVT9lDLNYJ+giwWVeHhmjjEcs2TO0Qg3yaFaM82jGJ'
    '2G7Qd48dfkEuZGKzcMPr2sR7MYoNL89X9F9yOMzToWRu6oU37nNyXa5fyofHf0FfGmi3xtemyT6na+VYobarbxGu3TrGyK4Sbiwi'
    'jJ0k82H8ptWsjtUiP54fli9VlKflFlraFUu++ZwC9dW0zSTBu1gmz698lob68kv6fZuEeulcHA73lkNIW1z3i6aDwt7HMNqxNgjX'
    'Rwz1f0R9q21TpH6+1XTrrJ7RCkHwrSdpEmAzCH3rEzZx6lKJRHqK0w2LOMawo++q/DNYB1dNVbXl4pm3EZx1KqxrnGtOQ/CzeYB8'
    'Ez55kTdzpGHd9IxN+dAx1AfHEoKThEW/qG+nlLCzFU8L14cz7pUk+U7xv47u4ntvFsnP67PxT5K7z33cSUtGnb1ZJvTxyuoV5xXG'
    'GKRwXsTwsh9+GY8xPrBz6o8ReQV37D2wxoj+aijfdrvI92HHfe1T/h/3qxbWZwfv3yzNnqT+9Gh/w7aLMSZLyblZLfJjT6riQfI4'
    'lEH8lVKCx+I4LyZxXm40ivOSNIjz0gT8cbpPN8T3tbw5GN0oojy+tAu/VzcSOUla2PkRR9+DW4XXV2yOP5Hw5uExGRsSrr8Z1DHr'
    'JjIV/g3lImlSNy1HYzq+I/R5UBf7/wlvG1fDt38T+hiUrym+Yd/+SVHnCHz7CelTB5NXIUyeFd54kzimZ7I/34txV4y7YtyVR/M0'
    '+NwNkjBHKrqigtEVYm12br/g/N7Wmv29NZ+u0NVfp6m/rgD1lzC6pQlsTJBPUg14Cf1pxXGP98c9XqdYQoUSL7QFFcbz9csKWYMQ'
    '5r6D0S/xbPJu7pjzrpG8+xaeqeTdymavnPJISHuE63Od+hsPE+M+Xo+TYz02WM7r1Yw/FMdW98xp20TPaVS/s6rz5WrAA1Uh5v1A'
    'epLmT8qO1hxLSVqT05smz1iIp9Zn3m38cFbAvKYD5Db1BjRPmtE8pnX71ZkkddaR86SM8Xrk7y8LN162iodVwupaD+dqtQVPnPLe'
    '6Jgoz4nHCLzSZ4zlir1mSg/cBGmVyI8pV8rkZv2Kvqt81neLcH5daQyxqDEAqc5XUNxW1PkqF/oYWRhLkMvyVLFQMUZntTCPbcpl'
    'hdt9bBkLGddU1nVftrIbReFi83HfWKq11C7Cx5eLsjZwzKf5rI0hpit7gmJt/AfLsxj6Z6qPv0Wj94v1HSLc+HdbhFkcCb4vse43'
    '2dhpHMolEAw+bCxDrnd9IM71uy3m+mQCdxMbgPGc/1+FnP9+n/m/P1v202J845Ca4IfuCVozeHacT/A3t/McUdiXUH1kE18dJwmz'
    'GCKq9WI6NuzXXOHGBd+isQuxsU+h/tz5OuPra2a2zMdE9HjGpnb7/Zq8Wwh/fiJpkjWGeMIkHrGsr1Uhv6XnfC20Vc3olgGNHUy3'
    'Bf3C/V5UK9Z/u1DHwKRr5Lbsz06ANeqVRY0hi3ll/ZeJcLFkz4ZvQXYv3J7znLR7luDaWW3hx3A589WxNu3OY4Pw2pIG+Wo+j/jX'
    'rAVcgLbHx1nYh6ri1IahQ6PExbXlIeruSyLkfamRME94LKB2wvdEujEj8mNXom3aUsJLfVm4sV8z5B3iBtSDrWbtNCvkhLTMTOGN'
    'E1dP3i0meic8TpwqhiSVidjA60INbyEZoDM2kXF8m1zDgRwcFP0Rfnwa27YqCNOO8gNQHyUMn1W39stCrn2qT7RcjF8cLFyrxcpP'
    'dZ6jjglhWQo/fvwfrlcl98rHNXqTF5E9L4gurw1MVgq7eGu1wqvnbBO7DHU1G+Ec9NMHXWRwjlSE3Aey/eMUOqEUx11OaKUFrI/H'
    'kDVls25VdgArfWx+dGuTrpMS4caFC9Kvs93X2N8EGft8jT6kCW84GaBfmbLEkTSGK+1boeLjRYGbyZpV7akllmveVi8V54GeZ2jX'
    'kHeeobZ7i14eRPdzPZsbnc0EvyMliF5nwwTOHcq/aX4/XXc61zo9chN6MwO0mG1/7W01pCRx6hprAGFWF0IuaiQgVdpiwMS0mQhQ'
    'Ya+fSfzkrLdcn1fiPSIJ/uFYHSkRbFd1VNLR70CZl8ovyrWE12ASA0Tlv28h8h+JX6hi2FmpbKx+nTC3sXo14fQj1jlQ6hykRYSn'
    'LeJ2sz0L5HwOJNw490sUaZg6LwcfSSY4ulZTh/RXs5zUodo7m4R9nPBedvdvsaAfVDG3/HjOnWxvT084trgqGOJ+VH3TnZm29WD8'
    '+hGgQQY19/0qHzuM2C9CUfWKrOa/Aeb0BkITVRAbAMo/3kTODvR9MVOzr1S8dxP/jbLec4QbB4D7ZeTn2HbNngqKC8frDurTUYRf'
    '207goIqzxeWbXBY6ncCW46FuhQyxS3j9LUbhw/rZr5VGoOXXw7daxd1blp0O9JSfv400W7O68rK9q8jdB8ewTrh+CGYCvwDPohsU'
    'euZI403UHchUV0l1b13E6FC/8oW454XlbRTKhrCK3N9OMtQPCDpnB4U33gzvp8naX2kJj/4AvS0pL7tERPc/GYQTOwz1Dkz9MBYb'
    'bia+27uE2mdvvwb34RpLQJtUvpCrNjGqtGDJEJ5OL9O3x3RQw4N8v8GdaiHR69+mSZcQ/YIKeNfG8EANod2mExkW4kWkMQeIfAzp'
    'AC6HukcBw/8PW3r99Q=='
)
