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
 ('(?:^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$)|(?:^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$)', 2, 34, 4788, 1334, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(タグ|カテゴリー?)\\s*[:：])', 2, 34, 6122, 222, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(태그|키워드|카테고리|#태그)\\s*[:：])', 2, 34, 6344, 233, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$)|(?:^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$)|(?:^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$)', 2, 34, 6577, 619, 4, {}, (None, None, None, None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))|(?:^\\s*to (view|read|continue reading) the (full|rest of the) (story|article))|(?:^\\s*if you('re| are) (seeing this message|already a subscriber))|(?:^\\s*(instant|immediate) (online )?access to)|(?:^\\s*never miss (the latest|a story))|(?:for the latest (stories|news).{0,40}download)|(?:^\\s*download (our|the) .{0,30}app\\b)", 2, 34, 7196, 1924, 25, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)|(?:^\\s*advertising disclosure)|(?:^\\s*this (post|article|page) (contains|may contain) (references to products|affiliate links))|(?:\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b)|(?:participates in the amazon (services llc )?associates? program)|(?:earns? (revenue|commissions?) from qualifying purchases)', 2, 34, 9120, 1126, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 10246, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*(写真|画像|図)\\s*[:：=])|(?:（(写真|画像)[^）]{0,30}）\\s*$)|(?:^\\s*(画像|写真)(を|の)?(拡大|見る))|(?:写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$)|(?:^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/])|(?:画像はイメージです)', 2, 34, 10442, 599, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：])|(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：])|(?:返回.{0,6}[，,]?\\s*查看更多)', 2, 34, 11041, 388, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)', 2, 34, 11429, 1031, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 12460, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 13857, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 14428, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 14683, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 14912, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$)', 2, 34, 15365, 221, 2, {}, (None, None, None)),
 ('(?:^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$)', 2, 34, 15586, 171, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 15757, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 15901, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 17143, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 18108, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 18561, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|da\\ redação|written\\ by|posted\\ by|redacción|story\\ by|words\\ by|authors|autorin|text\\ by|auteur|author|autor|texte|автор|текст|text|責任編輯|责任编辑|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 18777, 868, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 19645, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19683, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19760, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19837, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19921, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19996, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20080, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20149, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20234, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20339, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20436, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20541, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20612, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20683, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20771, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20898, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20986, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21080, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21166, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21245, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21318, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21393, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21464, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21550, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21640, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21765, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21857, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21975, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22069, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22138, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22207, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22276, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22345, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22412, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22481, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22550, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22619, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22688, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22757, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22826, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22899, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22972, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 23043, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 23143, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 23971, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 24053, 714, 1, {'name': 1}, (None, 'name')),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 24767, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 24866, 100, 1, {}, (None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 24966, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 26008, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 26104, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 26818, 998, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 27816, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 28357, 999, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 29356, 529, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 29885, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?\\s+(?:de\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 29912, 3035, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 32947, 3220, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 36167, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 36193, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 36786, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 37026, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 37057, 77, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:T)?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 37134, 1521, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 38655, 946, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 39601, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 39828, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 39926, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 40105, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 40186, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 40207, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 40445, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 40699, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 40889, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 41127, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 41155, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 41335, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 41527, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 41733, 32, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 41765, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 42081, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 42302, 493, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 42795, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 43001, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 43029, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 43049, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 43081, 162, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 43243, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 43449, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 43735, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 43931, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 43985, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 44009, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 44033, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 44076, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 44370, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 44388, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 44405, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 44434, 124, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 44558, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 44765, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 45035, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 45139, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 45155, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 45171, 44, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 45215, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 45316, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 45341, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 46190, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 46298, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 46312, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 46340, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 46401, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 46513, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 46640, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 46761, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 47035, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 47169, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 47306, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 47334, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>[^-|–—:·•»]{2,60})$', 0, 32, 47350, 236, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|creado|edited|issued|posted|publié|update|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 47586, 3039, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 50625, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 50845, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 50866, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 50924, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 50940, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 50956, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 51055, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）)\\s*', 0, 32, 51110, 43, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 51153, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 51376, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 51554, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 51611, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 51668, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 51725, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 51782, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51822, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 51962, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 51992, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 52093, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 52117, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 52627, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 52651, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 52675, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 53083, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 53224, 21, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 53245, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 54089, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 54280, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 54526, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 54604, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 54715, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 54757, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 55470, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 55548, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 55605, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 55637, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 55789, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l+/W+ZekGQ2gIgQ5k6QBhCQk0EAUFwr4GQnpLN6STbtruhASEoKBoYGBEHB39XUacEQzIosMijgGF4IyoIIj+'
    'vzPCAP+IM+PID+OGY/+v3j0n97xzq+6tqvdeb7nPL1763lpPVZ06+6kTQqSF95PPseyvOfvshHeJ7L9G+O8M/GvI/jvoae+ZfkaI'
    '+uzzvYpv3/2J9+0k8u3Uc73nGed4345TfLvlcu/bkeRb1Wq/jPy2iHyrZt8Ohm9tMA/53Ci8b/uTb0PsW4tsi9STbS4mZfBvWbaW'
    'lB2KKJsE+DUCPGU/lfBOwrsWYF+R/VdD4N4EdZKkTgL+pnWq2FqlLPqQsCiD8S6H8a4k705a7707hrz7ba/37gjy7udPeu/knOsA'
    'Dv2kTxEyZlmvNftvLoFbGuYgyFySEXMvI3/LMuWkPV42wdbGFF6NZGwmY2qEcckzNY/Bvd6iXzmPcjgzjQ51b/xW/nybYEwXkHKm'
    '7eE5wb8prJfD8/mt9u02Qjs2sM0UCbZyvK6wrXg2CFuE7ynCDQ4VBN+q8NiSEDzWZoHH9rPAY00wfvltlJxx+RyGMpVkXP2wnlUK'
    'PFhJYLQu4bYHy9k6tBH4VcE4vgJPPu4ReHbD2KpJmT4yfyzrgivk+0thLKncy6hfMjGdfznAtIkCfunIEjb7x+Q+lftzZsS+W87a'
    'jMJbTbCfPp39dwXU64RvsvwhgX2T3Kt/dH3/PDaWUa/8nmLbXXZWgpx1irPaCT7bxr4tIHgHcUUvrB/eh++H5/WA47AdWX8fgnNo'
    'fVqmgdBTK9L5bZ+Y9p4fmuO3vTwdxLXVmn27gOzHQvDuQkvcXQ40UQLmRvmPeQDvAxjfUQl9bWj3ntfA8472/HtHvnu9F8bVp6a/'
    '5befQP3/hOf98Dwb6rwNZ1++ewz4i+aB8LpvwPMteN7L/r4fxvrPwIfk6ObLvefb3T6tn4E1k++/BnV/Bc/vtPvv+bz/Gb490R6c'
    'dwr20z9k/51P6FibvmYDLuR9NTN6sJHs0W4o19/u02tNCnoAaeRKBR0k63+8PZ9ukO/eB21f9Cnvuao9/+7HPXMhlLsOnhfDfJCP'
    'w7ryeXl7eB1+ruoBhx/LaLFBeG5h53qY/d0D/bfC313w3EretwB8BMA/SeBTQ9aQ1h9g4+hjdI5uH/M51hI8OAvqPQrlvw3PP7X7'
    'aySfPXiWGAwvJDCWbb4LcKB8NwvOQdtoflvY1zOKPalaJ95HkuynOoWsQ8LuRI2MY0OX9/xht4+L+bfE1cFz+KHu/Hoq/h/Xs4qt'
    'Z5Lt3VsA97x9XX5/dCzvP9t7/nIgOBaUjXzgNj1OGMx2Pl9Rno6znI0zzcb5N2u859EAl//aFqSrO9kZGdLgAfnufQnvrCAuoety'
    'LvQhQE7UrPi2484gnDgsVHCqVMApI8JhUcF4DN08Z1rAi5Y5ipXhfJRubM0gUxEKvgjnXfZJ7/nOjiC8HrjTe27fobhj+wBuW9R4'
    'EXH8T4FXpbgK20h+zO+Ht/83O/zxqXBSI5xnugffgbmcBXBbelEQpstG88t8uSvYPt4NdwM9Um7JW8h2v3CO9+yFs/mBi73nP51r'
    'TyfJsXxYynAcxtII48GzQWU14nL/rODcG1nbFYyPqWVtN7E1vR9or3dgTQ9SfFu73Zc9TMSZmcHmmA6Zow2cZzJY8DPSEHLuKkPO'
    'HR37LBF+r5WRe+18cq/J9u5k67/qVu+5+5b8+wnvIfntj2vz69wH53JoR/49EkajcDrzKcC1nznTez4Jcv8U7It5tOxZ+WW/w8q2'
    'kLI/ADrwCoDtr26ANrryZfby3Veg7D2s7Bdu0d9JzdkJneN4BssZDPhYfwQ0w/KtQRjwsfKyFAZnAL6ZB2v7m4uAh1wfhAGW3XmL'
    '9xzenl9WdQeayr24PHjfMe+7bPcpoFMzhKZ88qNA7w3l75FX4dl/s/e8FPZB2Xafx0MeLUc3EJxn2gbtux5o+bls/4W1oeJ/kG+h'
    '4+P8yy7o918+F6SHdWN/fYd6DrMB3y2H/m7sU88N17SeyD5z9Vbnn4OPXwJ3BvTz/rWwn0DHdp5wPwtV7CxsHfaeh52j3rPzFGXn'
    'n6Pes/Qs0DFHnQVeNuwsVBfxLITxJ4g392P3ylJ4HiuCd8fh8Gxn7atkkap3CMPZmu8NQM+ZyjpV8n8+13JyZ11J1gXhm+wIl+lR'
    'WW7U3kMer5bRG/2MXx4hf1PZB+oMKC//BuHlqXzuClwvIvsbKVAnjPvIRl7XSOSbtfB9lgV8OS16YPbFdY5nP+kI/3OKDP/jAQ9H'
    'ld/I6NM+Ir+pB9nnoQbtDLDnqIGceITNs5O8j+oP4bhJqPl+2/0m27gL1gFl3pS2m0znqaxAefZy9k3+9woY7wImP3fh5SQMz3I4'
    'P8WAFdfdh+3BBJNNmqytbfsu+9DkHrlukt4jhxYJ7+AdjX1HtdfNxjOqkEdP9XvpO0lPbzOe99K1RVrPK0u0nudNkfsJz4V8t9mg'
    'fg/TowwqzkWfZnx0bU3gXMj9Se9Ibmd3csgd2OtwB1KbIKpHQpugFtbXoGbvjFjosrcq9NQm69epubcpv/DDhG+T1MbkKNMZ72aK'
    'SL/YtFFsOufy7IumhL+mVFcyXwFfCqcRhR60kLUL28dyrP8b5o71w8pHnYlBsvYm54CfOZVeeEixb1zHKOf7OcnHsTGsZ3aArZbn'
    'mdYxWVe8P1s0uG9UA5vhiPmhjKIe4DhDgf9t6VrZ1tmwb6PWv18zftt58DFQfLKB8J+NrN0htiaL2Pf1DPeg3DFsjQsdJ9dZIk6g'
    'eoO5RG9A8cgZ2X+nFSBrxPFkCI1RyD1L74Bi3qGuMkYT3gj1QhQXC6a37lHYrqC8fiah10xwJG0Pz91V0N4DsNZRZ/hgsp9tYLGM'
    'yECpLPQOQkus19CqqnngOfkQnBOEQ9R+2cCevRF1kA+o1MDvaijTCbp92vagwTyGDPqX+pN9GR7rZGvfp7mTdbDjddGe6F2EVjU5'
    'e5x2jaqDvMUscgfw+6g/wj5rlNnWc/44Co/J968wecjPoc4Mz7Y3lS4r3/PLlJdX4H9XlldVl9fU1uGvvqFugn6N8v+aStFyDjC/'
    'HxtL5P7f/wmxfbt83uP9zj//q7nnCwuWHrT60EVn//rMc87/xj33LIDPf7zjpnvGDH6PXf/ttoRI/yb7n9fLpgf38TGK19efvX7u'
    'Oe/Fe8hPrtz2sWL9ZI8dvwj/7v126b624F/3BH6/+jb9a0yM7cr+k/9//picp8j97+Xs/36T+//s79tvvQMtj439LtBfRhTrt07x'
    'Ltd/q0HlCpMeVDD09XBcP9VCbD3wTqkgZdC2GX1gXGSW80NsD8vJHfwgu5PnMnlML3lS2nVE4R9kilPfYHjyhpB+O0vYbzfoNDnd'
    'pKLRRxV0Gy9vci/o6HFTmq2T+T0dDncahcUrBjSOzXjXM/psWMP3mvCdb4Xoh1zl8o9nGzkl6SZ3rQzZdznfs6S+DNJnlaTMZk07'
    'ssOMooz89odEvj9HFAyHWdtvONbH/n+W8PmKqPNnusdycvGQdnsLaPfehI8vNo8jvrgtpN/hEvZ7Fem3WO3Sser2/rkJHz8OTFH8'
    'eGBi6uP4N7P/5liM1QT36/aw7O9F4F1sYRPW5i4FL8Rh9UaIXofiq3uFFxeAtjFooQMylY/SeXH+bMDh7htUyDI4v10PsJ47jv2i'
    'nPHCce4X5yvtyY7W6Ih058lEDkLnN95rOVgk+xcbez9uR4576f2OesN9S0Aj8rO8xLGftyz7mVVE/MN1hy50jIteK0zGWk3k1BmQ'
    'XVO+bpZm73dq9D4bNeuJMJgPczCVw/Vatk/j3ESVVfEQOt2kCs452i5EHzRgqDNbHtL+FiJXNl2DTtK/ie7PZd5nk3HZ9heGU+mc'
    'XMZ1GOh/XffXeMAuyseTnsfHoA/0u0TfnzLQ6YidQnzpJTf/H8HstNvv85637/b1WOin9Ojz3rPmx+DT8bRXZhWxSW99Amz5d6vb'
    'O5aU3W+n346q7GJS9mpo78jn1GWpvf21D0BMLxhLenf+eFGGliv7A/AHfhh8dh/0nnc96T0feT7or/UNGMPLT+a36yqPaAZZDJcx'
    'tMDeoLZ9OIbDYO0XCT9WVB3bgx3EtpG2UU7Ko66V1ltsWG8xG3NK2MVloPfTSNrbRzb2H1MFNi7waM8WeHaawyNhMKdS4Lx0BM67'
    '3ADnXWCB806zwHkdFjhvGSnbArjoG0+qyx5qgR/3J2VlrET5POab6napr6t4SF3GFneWOZ6Z7iwC6kzZnZlOxgfZxb6a3pGwcoC5'
    'wQsX56Q8S5gVsbknP87qXQX/XQO02gCsX5mnp54yv5T5L20Xg2ost5VLEYPKRY9cX8D6o65TbsiVxGaOlrOJUyr302ryjto7i/vy'
    'Y2nlfI53QYzY7/mxtKpJefl8WFN2LmlnFuDUnY8GY4H88ln4tjvof5+AO+OJXUEfykfgfnrue25x/xCmNvCzuZ/lHK+H+ilRyniE'
    '0xsp7xHE5/22C+dfq96nSBSRPmsSbrEHdDTaFgMabZMFjdZtQaNdZEGjnWFBo51kQaMd7cDDHmpAhx1gQfvNNqD9qL86xVGqORXi'
    'T9DAcAb1ocu+DKVhCuXVK6Ygr14p7GMohsI4mZtCazFgHNPlBndABLxDf8ni0uUmeoaUQq75V5bn7sNkjzcSXJEUhcea4Dq2qBgR'
    'NnTVyNrix/i1ivXdZwfn/RXyEhoTpA3bHcunF1TynCp2jsuJf1Yudt1YPt9vSycgbUH34AmWtKyK3vg2iy85U/gxcL4K356G59dJ'
    'DFKVLkDGmkyI0sYnis9dcN+vemBiz90LT+9d5076YZxa4Ln7+Y+85+/v9WWRSEfdBd++D3T5z7/u06FIY44ALXw60rc783ltKouc'
    'p+lzMpzRVy3P6BxSjsbPW8P0k2cBLruM7NPLHNdehevWkHPSBP/dA7CpJX20bthDanSozObrFHQuxTl4Hq5k/lZ0PKjbTTA/nnXE'
    'dndI4+tzofB9w/sMbEzWCz+nULVQx1HuEvlxIo8n4+hi9gpYZhmMI0oPvZmN/xACo05h7hOL82gmdh8jhvVU8F8v1HdfCvqYocB5'
    'DXCHh+1JHtOzLGRPXlYAPbs9++LwhB3eX8NwW50w9wPH9UsliuP7/6awjzvwmihNvIAsao702aVnccCiLPbxDXL+1kfM8x5yRkxs'
    'oAeIXYqs/9eASwtZI2qr/eEitYd+f8PEJvOYtPc8muVjOB7yMXyQ5GNYCmU74NkOz6PguQyeK9P5bS9L+/Fb0OZ4VUR/hxCZ/knw'
    '7cY53vMmUkZXH/N84Z1wHMRK/uFZ3rel5NunIXbo/lt8eZhOtj+P0AkjIKf6PcjBdkGZfUn9P1/gPU8Z9r7NIN9mX5j/rYboGWS9'
    'eqZ7kOVVdIjtXU3xmNRznC7s8Rily9NFoIvpWl4Nz5cc5M4mYyoEXjparUr48bqGhJt/v4i4zzOGeKBP45MxymgISUPvx751GdAU'
    'NL5P1Fi6IuwqcXwq/ymV/S/m7spocDeN0c/t+Ldo6A0ap6cu48Uw4HcI1o+CDfd7CYuXQf2sVwh1nOl3CfPYKIXsBYkrDzKY33jt'
    'E5SrmN7zXWytrxb62Nd3lnu0PtJie9OZy4Tsu/HY8znepdwNR3Ib3CgbYR5zicZsOlThkzMZ9j6F0zzQu6niV2yOsFHepHnfLcLj'
    'plH/BVWsm1wMlTIv7olrDBsTOKviog1pbPZHFPAq5RqpfDJVvjnVbO9hzpC5FniNxwYc0vib9IT4oaD+Fnm3q9iad1rwVTzmFb1v'
    'VfGDVPlOKPyuFOGxhzZZjjFqzZEHmpndwz90xEE03orrWOi+wNwvs0XQV9PG/5DjYvSpaRL2Ma+G2TrPEH5sLht/Oh0uqRdm/q+m'
    'MGwwpB0PVODEzUIdByqM1+8U6hxlNvihcZLePVG+8u9Oe/aWLvi/ia2TKraejv4L27edmjuB58pBeDfD2aBjm6m5C03w4kYL3KmK'
    'i4j5cND+8AA2ttnCPLZbn8VYKF6lY2kWfnw5He1QaNzGh1IefnHBwVSGjnmeqL7oECaT4ziHtsHvHi7Po3toHwanfUkdU5nuBoaj'
    'VXfo5hAa/l0hOIaObY7Iz6fYr6GVKV/dIOzjoKngtB+8W55d4+8XeM/yec1luh4T/UUvkwEsJ3AJ4yHQn3iRwd1nStONau6KsHGY'
    'tt2nWIv9NfulXzGORnhmFPJyfj4GoK9WofbxN8HddFyDpL+o8fI5HsDmcKDwY2QWSvu0lIg2o+OfB+82ZV9+x+G8mOjhKEy3KnBf'
    'o/Bz3FUyPKrzpVbxmGG+1PPZOh0M/Z0i7Pxybc6Dbi8VSnfa5Mo2jc/C9XQrAFcVKvuY7LIOukcOgXdfzdb7oCOd2RYxlozIjwNr'
    'S2dy3mZf4fv6bxTqPOgmeNwkPsQCRsfuy+Z+qOaOstWb0nN6WInpwTCeaUHCG7sLDcHlmVExtjYWgBdMedWFsP/mGNzHUbEiTPat'
    '6g4zxQNRdyPdl4vg3bdIORUfbkqLFGPuFO6LAe6u8zahMaN4niZCt9rK2jm8lzBZfhuT5atiYHN8QL9zuvc0sFtyOXeF9E3XrJ3J'
    'C3QyRspDmdCLS4U6J/1cBkNVLl+TPICVRB/cV4A+eCrRsDzHVrF5JdP7g9MYAxo98B9Snh1dIXqonpB7xWSupjTvxhDZKt2P3015'
    'eLgQ/kEXb52vpWnuEFV+Ajrmv8qO+eJJvA6uvEZPgWvfrdi/pnQ758GOz8J4RmJy6Du4re6Qxfyorq8U+IzGCBuK4M24HQmdI813'
    'a6Iz6TTcZ1H0AZXFcHvArRb42WZMYfHrqL3rsRp8sF6E5y3YZMlnRMlGVTmIBhkeGVXYsEbB/miwy1blIVpvqFty4Q85vWyKrzZY'
    '0psZeHdY9uU/EBzO5fGUN61nNE2Fwd6kfqg8x7ZOfk33IqV1+F7qtpAhhcngq9k8ec70GgWvhfpv1PG0sDom9vwbNbIgrr+pJ/Br'
    '0Jz3jSI/f1mpeF/b/IkHgMxaZ+9gKksrNLdwI6NTNmbrPa65G2zvnqgyQ458r01MaRs+vFOz/7Yp4EjPRbtC/2tK8w5b6Hdc7gae'
    'J7SbnaEZTOY1kXn0ipHrmN91upyiaCMjbby+ZoBzXceGOvcMkdkOR8jrVHxhVLznjZMIv9nCiuOkWWxt12vWdiMrV4jN13pyR7vy'
    'QkMa/qRbYd9ogh9M6RYul0kQucyqAuUySOfeLfz8hWUwxucP8v3tKskdTPHMAuHHgJqj2btDTF9nIofsYzAd0cisGske2wY6U+TP'
    'aB93w1POifI7tn4Z6Qi/DIyhc0GJYeHiP6vLf3w3sSvha19tsPacb2oqEVx15yFJzsNtBZ4HnT9VndD7YVFYvnVBYfFyC44JNr1+'
    'CEY4tU6/dFQBuV5PJjzdCsYgUMWA4HuiMmRPqGJAlBP5fC626JhPS8j/dvHl+kTCsztw2fM8ViyfQ2XI3PmZbxb5fu3Id9C4AR+H'
    'WCKb2vP58Sbm14B9vtIF9hsXB8ez46PwbNfb+J+R8OLy8fHTsdB2bHBWNTuz5WTvIK4Uwj7+VqXC10C213+2z7O74FdVORcfR5UP'
    '+l/32behg1/lmH+32I6Nngvpj/2ww7ko1dpS34lC8Umt5Z6qVshocrHpur3nZ87Ml7fEd1UBd9X26PtG+9tudlc1Ex6K7hP5HAS8'
    'dhc8X2n34zTl4hTCsw+eF7ebxW+R+/KcAmkrlDeee7n3POMceJ4J98L1wXwHX1kHfvOb1WVbSNl1Z4aXpfZ+v94cPoZC6LewODkL'
    's4U+7QBHVayqpOYed41VRWOTxzHi9HRMqWJVZYR9rCrMS0HvvjtA3uFyVjkNlun3ntdd47V9HPm2z5Xes+da79uR5Fs5nKtr4Nsi'
    'xbe1n/K+HUx4zPfDnbj4Tu/57A6vzH6kzM/h2+gd0M7HgvH6eTsXrgnys7wdLMNpyWKd/UVgg5iLn3ab9/yXC/Jtd8pFfq5yHS1S'
    'M+bnQ3Y5E6/3ec9qoIffXg/jvdj8PrikyPQVnqs1jvQV5+F53JN9yLfbIe7J9x/x6R7cFzJWmnx+CmIOr3wxiEc/C7HMP/X94t0X'
    'K8newT3zdylPxofwUfGlfJ6VIfMsJO/eSgc+Ae0vZgLOSxD855oHo1kxb/mcAzGd/3un/bxk26enPF9eGucqHQHrJSGwbjPYUzQf'
    'Sdh86omeQbX/KG1zLYzjPx5Wx8p2zUdSjD3gGpuP7oF/zU7gBQvZIY0lXcnOXiE0SKnaVfHYix1w/BLLtYrzjYTnG0lMo3wj9DzV'
    'JWUqnPg87c052W7NvliZ8GDYA/BLO8h0Jj4efar48eg7Sqh8CPk1WNLWtjgf43XQXCcYf1SX66QM6iVFMCcG6umuE35sM+p7QHOb'
    'qOwLscwmUqZXYUtUD+/rRDA+VZguFWPf6uzqRoU+5lOUrv5EYmdj6xODMhukJ+c6tuNqF0JjC6j8ajcJdfymISZDagY+3RYPUfqa'
    '07yVZC/1EN8I2q9rXk4ZL3q15n441IHe2gl0dwPkgnntUbv69Y+7+Sd12crD7vNjfRYzfqQqv+8fEnZ37BXs3p/ad1FxL7Y9gHHN'
    'WRiVtLDIOQ1Vsv95t3rPd1ZDPNjrvedf3ubtrUHKD9+SX/aXH4A7Dsr2ELyB7c4G+f1llGe/xa+P+U33xK9l/Z9JvvH+TiXfDgC5'
    '6B/W+Piff6u91I/Tgd++uAbyTvV7344g395g3xZSfeDq/PnNV3zD+c1V9HdAfzAf3xvsG83H9xzoR446JyhTehW+/c/Nhcu+Cjnf'
    '00x9mGI6wAa3M54sSL9os3Y8Xj2VY7cwOXaM1yPwurdsrUVfc4PPhfCNI9nR3xXf8Xv1Hc/1Eb2gW7p9U/A++vCZ+d/ofXTCtvxv'
    '9D76I+jz0gpbMPx2/ocL03HE95HiPhIlvI9EfB/F91Fx76MfZV/8IL6P9ur7KM14zo/0Qr60ber7aRUpu7Avvw4veywpez+UeedO'
    'ddnFpOzNG8E+b5267LyQ8fI7syVkvLxsrWK8a7ery7rqheN7M743Y1w5te9NnUy3TCHT/X+JIua7NrpCkiL+0d8uev47irkn4vzk'
    'BvpgUKO4kUOJotM73O5RgK1Z2yNBXvk3T/llCpHdqvh+1AVLOzbe78iDvi1aITx6vD+N9meH8x2UTBZ1fzrRCMlpSxymimAWovh1'
    'WNGGqK86Qbj5ZdRo6EZbffmfQNf/iact/UkILiklrRPTOBP56ygpjaPzQWhoL9wHIWfvvTm/XfRHkT4n9L5V3aNUrsD1wJSH53rg'
    'sk9CvR1BufsDIKPYviMod6fyBi53/zL4YJ97e/BOX3qR96y7tPA7Xbceje2+rbjL3aPzxwmLIfGImFx+w0jf8by680Qwry5dc563'
    'l645z9tL13xVj/e86vLgmu/Xm/8tjnMxtXyHDxF+/goa54LuV9w3co/w81yKGBZRvmYuZzGWU01PO7Iycmeh7F4XT2El+XYfw2lH'
    'kW8/Odd7ntUX9On6pyuALujy7WO5fdjTn/RjPqJPAMrYz4D767SuoOye9pu7t9vz51ar0AlgmbB4LDEeLhgPH1QAHo6sWyzZ/MxY'
    'Nj/tZfM6OtXlTuQ27m0K/FrJbMu538XVItp/Y5CUwTyBm1g764XexwNzd1ym6IuP5zxhFnO4h9V7j/D9R/CbSXzsY4Tet2UpGS+N'
    'pUtzfMj/LoX/iSrvoSqWIM+x3CnU94fkFQ4ldBjSiaX0P60R+T5u6J+k86uj8S9U+3tBkc5cWQnOXAvg6ATg8Vqoz336ConxsMSR'
    'xqoU6vjNuM9XC7McoTw3Zwc5cxuEWXx+We9w4HVVOTwGhF0sbRrP1SV3EdJl9JxuFvlxozHGzpFCT5uVaq9SOYZLDhXV2NaQ/24E'
    '3dLLO9VlLytABy3rzlLokmz2PPqPvf2477OxUPGtEP1aGto57ydB2cl5j/kxGLjs5KIX/bnpYtjKWK37Oqwbn19Orv6g2nc6jOeu'
    'JvvnVMf9YxILKawc93PbIPSxsHX5hDj+4XsV67nu1VuyBT4jgjmu+B1rk6vQ5h7vF9F5SnkMdYyHv0gE4+Cb5PWgdXnOItOcuSZx'
    'sXl+66ixDYtg3jVVnoWwmPv9mjtCl4vptyKYGyVsLw44jkWu6Zup/Bw/dByq3IQqOm+4gHHwNeFzHQjp0yRHo+kZ4etrmq8e66Bf'
    'ryr3Lc8JsEGY5+MeZut1U3a9Lhfm+VJ7Hc8FHUNXgTDW5eLR7f8tQp9Hnb7n56nTEL6mOWR6GewPzsL+DOGWI8zlnrHdI70imGOk'
    'kHXj69VvOSYJs59lL41rItZ7WOjzepRqPs3AG3GbI8orR+XSoXk6kFeU7c5Q2Izz/Gg8R4gqpzDGu7fNVdMTAr9i0Ty8nFzrtVkA'
    '/km4xYbEHGi1FnQe5nOrs6SJeJ5ZF1qK5/0ypTlpHMwWzb7oEepc2htEfr4bTnNuInBZB/yOLic3xbODGrkSX9/ThJ+HxqVN9Fef'
    'M060N88dossHv0G45cNSwUgX39NkX1QRXpDmjholezYj1Hm5qhXyzFFCU6nys5mOTaUrkO11JTycaHveUf42i3yjsqgWUr6NlW8g'
    'PPdyzRhryDxrhHke0f4IfkO1H7rI3rGNn45zsIkf3MT2TJ1QxybT5Wymsdgpz/lf2X//qTh/NnhRdddsEur8aLz8QnY389x/DQWO'
    'jd6rjYSfLpRvbQbdLB1r0zjyszQPm0pmtlDBq4+G8D4q2M8sIuxnEdiPB5/hQjsVi6dS5RnrEup8ZFuEXd6/Utia0vFttbgfDgno'
    '+ZN79Y/qZUsRzxPXtJutzVoLW4vkNDe2yAF2XUFGwqFad64vlHjzeabTFPEZis9QfIaMzxDqFVCO8mbCv7NUOUn2saS1F1qUR3uM'
    '/Sz1SZ0K2sq0vuzzXQ7zOthyXtwXP8Y9Me6J7+/g/V0e39/xGYrPkNX9TXNuUvs5U/lWvUJWTu9ulGmtYDKtSibT4jxxhQjGmjjL'
    'YmxRvHl/iI6Eyj8EkWVSmUWUbi3Kdqw5RDbcQHQkmw1t61T2HjRH9sbsiw0JN5/+pgLhibFtazW6h16d/pbJ/VzkfZgrp4nZDJrk'
    '2t7ExsN9GnNrmMjPw5cuob/F3oD/yM3S4HLVpA3uIFsdZzH2/1aH/T9QpP1/SZH2/6kgu6Z2P51MJ9PL5JKD7LkB2lpGbN9HLOy7'
    'RkLs4jGH1n4W9k0qXa2pXHmTRrdMbQFKHVN/X0veE/MtfhXihLefE52r8O8BloXYyW4A3/EfdnttHqj4lrja56kr2Tex2v+b6lbl'
    'uw9157dN8zriN6z/oW69HbbKl0rlk09hiLkEsb9q8N/7J/Dnq7gwaBd8GsxpeV/QLhi/XX6l3o8ex1lFxkn3z/vgrLruC7zH6L54'
    '6wZ/v1BZBO2jSuhjgVB8inP9wMU+rPi66eCos+Moxvmi9vJlRDdXD3OrENE21LLuiQpcS3Eg9VswsVdS2UJ0M91gr+F9YIIXTcc0'
    'pPHteCvp5cGy0T2qdG69FvcBt0nr09guclr7GTLWPgt9ocoGwdTWritCB68b6/9KejJO+W55Or+/49Pe84Nz/P5k1BT6XMbqnAh1'
    'PkTqnGDQ7kpW5kgocwMpsyydXxb5wpOg7I1zvOdNc/wz1JvU7/ehEDsl0zu+T7PPtkL/7056cZDku3Y2x8Nh3Nvn+Gckak4m66PS'
    'e/N1MemLjtmk7OmwPsekvbmXJ32/Kpv9P2xxRgc1+GOQ4Y9XEx5vxW3rwvAht8H7N3i+SvqQbX8/4duXbXGYw0jE2eV76v6ER6PZ'
    '4H1VPz0R/XyS9BMFm27yjJr3WwwHXQsyBNPx8/O6NWIePQnfznJLiD+D6R3F2z894fMd3O5uhOH0QWHuc3uUQbuDlrxXzl424dtw'
    '8j1xtcauns+5PuH7G+vGxv2O8SwKg7r9mnP8JuF5TWAi67ym4JNV86W89UvCz5M3Xnhb9vsowd0mOBfvxOXpwvG97P/TQDNHwUqW'
    '/QthnkvrQ8I8RxeNAaCjBwcVZfi60xgAOvrnMsIf7Hu79/zaDvCnPM+PAZDRnIMzCO9xKcQ7L9vuxwDQxYA5gXz7HcTKes81+TEA'
    'cvHYevJjtiwl32R52t+hQp9bbJ7Q5ySbQ75deGN+m7PIt5aP5X+ro+Pckf9NFUsnaSkvC4t5poq3pmuH8mMJYjvgyo/RXL0pKF9J'
    'bJnriR1uju9W8Iw63UQh47LFxaVaBxt7d2qnjOWTzBZkomCmuoOmOswqJwBmYXTOVIdnpsTwjPeeG6xMaOGpDs90keCpsveeqjCp'
    'KRJMiikjmOowbSwSTCez3Haqr1FtidZoPOV08TmZ/DqDqb5GZUVaI5VcIobN9D3b1SWATTHl9VMdvs1Fhu/epB+Pz1ZpdVRTHb51'
    'JYJvqfXnUx3uVUWAeyl0orEcyV33OdVhVz4OsItluua65phnmL68ZlWRYFNsm5VYxjs+tlox3bj32T3Gd9/4rvlUh3d9keA93Wy3'
    '43M0MTaAsU48aMsXwyRowxjDJGi7GcMkaLM61WGSKhJMpgMsirU/qN1yDJOgvXYMk6CdegyToH1+DJOgX0IMk6A/RqyziPZRimEU'
    '7ZsV6yr0fmLTic5dQGAjxzPjIYh3cl/p8vRFtUdjbcg4P0doxsZj36/a7Z4LHn3bbtrtPec/Eoy78pfwbekTwbgrX7kfnjv1+Rh1'
    'cUOob9NVwi2fKLU/6hXRsY7CYushTGYIdYxbntNBl7MN/S6lj+Mc1laXUOdXMcmzF5YHi+a9DLMpN7HBG9DAVRW3Cdf4qaSnD6Jx'
    'f9Af+UrN+mwT+b62GBOY2gercmYVEj+QxwWiMQvRZ7JJMX/TnAUII5m/dqYCvrZrge3NHee9xGMn52IAJP18uFXMPmqA2A2GzRHr'
    '6uJGqWLBmdhabVDs4Vxcs2zD1Qn73D00dzePw1Rvsa9xf/F4irY55mg7PJYTxhF/Nxsv5t86QATzULnsQ7rOpjamcrz7wdku1bnW'
    'wQZjpdKcU4dq9n2fKCyX4oiDb4Lu7M0q4h3Ec2HJfbKU7ZMaYZ43h8dftMlVw3OouuBWzD1lEyNQRTMdoKC5ZmZfnC7c8l4iTF4T'
    '+b4qA6L0OR5d8hyr7Dq2sfXv0+zBPoDXM7AfXfPvuNijhNmuT5YzXMr1tW2H+k7JNZN56C+eBOfYJQexinagOd/wO+aLQx7FhU7R'
    '5RqkNBfHr/UiOk5iJeDgZlImI/z4LKPwRNqhWwRjPKI9+UZSlvbbRPgZynsfJvx8bZR+R5qd8rNJoc63lxD5cZxbIvDscpGfHxb7'
    'SBr0gbFgo/RVsp+7hR8fpgzW6PmDvHfzCezayLloADkA5526hdqvZqsFfugT6jzkSQc6tIXtFT7nBsWcqw3mTPeLzXiOVsg20sKP'
    'fapaT4xLZysToft3EcpDWu3tOEzG2ORAV+jkXJjncbHDnKksogHarQG6sBIF6OcKQcRXgV897L31ZByy2jpidxPn8RjfPB5cHibP'
    'xDXw/rh4vaf9es8Q+XGzTXAByhtqCU7fc3lH7Ic/sf1QFu+HSbEfPklkMp0KmSvncVxojSjadpTgmyO/CbrCB71vm8i3U4e958kQ'
    '06+PyGg7Q+TFJj7G/UIdl3I1oVm4718U3c5z3HI/aRM+Iwp2Mr/K/prx9Qh7H2xTmRqNORgWlx3j9lUAzkC656F2IV7J/nsr+++Z'
    '9uD+bIAy8vkKPN+CpyyfIfTmILyvPst7Pga61E3wfsdHveerH/XqrABeoJngMErryLIfb8/PjajKIXAnxPk/YVuQzv39eu95Bozh'
    '8dvUMn8q68d2L8Zxtwfb3Q7fNrT7c9fJyHW8XwrwfwZkoTkZ1FXe895etU7uX//Ce1beFtS7ZQC+/3OzXidzMpkD2tSgze8CyJOw'
    'XPix0ScCF+nwhE2OaOpbR/3iTXKCYI4qjgdtckCknwHbi91en79Lefsc3+XyPzzuPf/jx3ZtV9znPXd9z2v75ZQnt8ld+s/k62dv'
    'udd73r7bjofpJH8H6YLoX3K651ZK6MiAQn7pAF1wRRbgRwqzPEU2e+jiF73nN57U50FR4R++9yj+GYE9d/fTevyzLOXFWuYyA4rX'
    'ET/t3OU9n3rK38P1AINaKHM1nqXnvOfRD3jPl5/0nsd806uzr/DjMNNvvJ96QlvLd7PgPLXDvNM7vedHAX4rvqm+T5os1+PNr3vP'
    'yx6xq3cz4JBjflJ6WxyTdqvITq6FfSVjuYss3L70klub1cSGCcdK4wwvYmfms8lcd8o7fc7j/vrx+NCP/Nh7Pvc9X/5Xq6gnnw9r'
    '6tSH1Ll1qboOpxls1v/q3XZysx6AW9oQj09jpJ4KIF13Ns77tYYgdM1Prv9vEh5Oy9F934d7+wmw43rAbj+87YAPZPl3Q7837s7H'
    'td9LeDmYcrQF2Jxd+oIbLXTeJMFR1cL3UzTBJzcnfNrtB/Pt5v7fcF80wPMRuMvWgU3dVdmCgw62KCq9ygpLWDSLYA7bckZj3A1P'
    'qUPg9iU2Y70K8NxMaH8A4F02xeRMKfNf2kbO1NFROjnTmMOvXiGnstFVVLAzezA8y8fybXFseRK0q41llQpZZQn3EMUzi5n9VKVG'
    'R7oR8OdsYvdJy2Bb1A4Nc5ggX6H6xu2XCsGZxxdgjx0m10E5wgzo58u77e6Nm+DO/D7cE6cU0NYzj/p3kGzrSOHfZ7uAXvgZ3O3r'
    'HrVrG/ki8b18u74M4beeAP7q0Sfz53b3Y/l6jJxPAdDKH3hYXTap8E0I83e4FHWvz9vLQaj8pHV3Pj+M8LvWEl5yHrn8rDCvFUBv'
    'XQrrvJCss2RibNpeBbTFMw/6uVSbC2zrZw/6bcrnaw/qefv+pCdfLATeDT/Ol7fx83rRbnsaZ5ZCzpCD+bP+HrO525C/V9HNHUA3'
    'z096ckdbuk62cVyr3fxmsPGliTzGZl5lZF54rqVsJCyfL89DS9e9HlgilOccA7B6eWe+nKiZyFtR3iL5GBuYzXnGp7dV9tDy3a6E'
    'Z+ciyw09lC+zkvIjm/6+8ZzP0yCedjln27/lPf8E4/6rhGebhDBE3GzT5ieeBhwKZ/jSF+3q378zf0zDZEy/f9yXnbnwpbivbPEm'
    '4uEvw746I+HpS+W7Y4FXvuiJIE616eNGWIuL4L68mchIVThwYcLDsfLdAIzvKdxXLzry7U/4ayj7mEFgT3lHejZN+6ByJ5t6IzDv'
    'u570xvRr8EUrZD+8+nX3/UD9GBDv/PxJX+/B5dKcluL+AJh/EG3JRmDd/2Cp81Gtj8s+/M1T+edwwdfV++8W0K1RWrxRqGMUb4mw'
    'UUbd2P5Aw3H/gULsjfuE2o+vJ4Kej/L91MUdNKlXiG9JVPxhtC+d53j/cx2eLQ0l5XN4Jkx8Lctg/1A5G5WHLVbo5m3sginf2MJ0'
    '/WFn3MX+2KUfriNYiveKCOKSw5E+0tjumtowl8E3EWEfe3XKXv7SDOdCZR+8EMZ9CXm3GN6dT95dC+/OInx4J7Nbfi+xMX4Z3q0i'
    '5UeZHGAl8XXr1Ni7dBrYuxwG88V+o8rvT8Z0RDp/zi0gn1DxGgst4Y6y40LsqDsV8li6Nw962pep4xrwb9/9ifftJGqzBTHMzjjH'
    '+3ac4tstl/vyAfxWtdovUw/zw2/V7NvBir2yUbEGQ+wbyuTpvlhMytD1qiVlhyLKch7AdB2aCI1hg39s5Jn0TC4n5wPfnbTe9xfH'
    'd7+FfLJHkHeI4xcDbkc7m7QBfkH+bC6zD26xxGll5G8q812sKJtw9HloJH4+pngWfRvnKWxnbc50OZyZRoe6kqfg+ECO6QIHubqJ'
    'Tuz5rW7y+hpL2NYWCbZyvK6wrXg2CFuE7ymOeos6gm9VeGxJCB5rs8Bj+1ngsSYiYx8VQf9NLi/vJ35vKn80hNG6hNse5PdkG4Ef'
    'xgj5CtMN8Jyl3IeN8gkbC/SPqrW2V5vO1mpgr9ZWHLs03c8lPk4ygvadGbHvlrM2o/BWE+ynTwO/R3WK6dj/YcL8H7gvbz3wV4jP'
    'trFvCwje2WhhH7xN+HqRSqGOnbCN2LMjPbXCIF64jEHNcW2jZt8uEPm+hboY2mWAHxGnZYBXWQT3EN/fGbhXTM8Ytc/DNm14e+Qj'
    'jrWoY3W/9xUfr9j0/3pv/pqWEfrLZD1s+L5/19B1bQiLMX9tfgblUlD2Bei3SRT7l4DJp9J7FEAiN7gMyo8qo5qoCvtYTf67hkC2'
    'rj7PAYU4thU8I26n3dBgY88X9qswxoOOtuKtlIkK/TXYjdjolxRKu3eLqsK9Bd2cGkzvGJuq/AzifVM5Zi/TKTZeqg3Yzo3DL5ma'
    'rKRt2phAdfp1mFDAkX3b7pUoOrYZ7l6XO03KMlQ0R3kEzbFYc8cVog9YUqCcfwmT3+83jnJ8autvU4fb+qtkZ1T3siTWB8T6gFgf'
    'EOsDYn1ArA+I9QGxPiDWB8T6gFgfEOsDYn3AXqMPoLx5DcFpFYxXXB5ir5eBNqnMv134cZ9VZ4T75hyuqH8EKct9QhrJ+aN1loX0'
    'ify9zR2dFvlxXTuFXWx9Ofatify7mtup0rKbEn5f3Q59rSX1ex3qryb1tzjUPz5R2HlZnIi+x+cnou/xOQn/TG2wGH8dqXelRT1B'
    'xtQv8n0Lsczv4JxEtdnH6r1B8EO3xZj+j/D8dwq1RcbY23VCHT9ZVW8D1HuM1NtiYM/dBfV2kno2++9zBN/qztidpO0hi7Y/Qtoe'
    '0rR9nQj6rPIyo5awxHp9iruEt72WtN1l0fZZinH3sjKnKGDLyxxPymzRlFlmcCcudLwT55K7nPfbrOCnRkR+/iE6/xEFv6PjF1Dm'
    'irSDKla1Ka/ZRu7yBNCmM8ldjvd6oTkJbGWOujxXSUJDVIigTXwt67dDhPtT1DEZDu2rKqKvuiLoD5qBnlDJz5BPrlPsM+SPafnH'
    'QmS0Ub4kzWQOCRH0mzFth8c2PECYx7uj58Q0R8FGke8/Q/2BJCy+mPFiZrmMIawfvg4fyXiyYNN+ijnH/owf3x19k9CfZ3MR+1md'
    '8WOD9giz/AzF6ntJidaR9zOLwHI9q7tZ6H3PouZJ47TKft4p9/PgqNbMZu/9krTVo7jjbNp6kbTF589hNirUOa3Qd+zJkHF1W47r'
    'awXAi6/xZxXjesNwXLytjxYwR97W5nIPz9rgEJP2cc+tLQIMsa3TCthzvK1jyoO4U0V3LUt7z5VAo1WgTgnK3jgH/GRJnTOhzlJ4'
    'dqT99zmZyQT0fTr0/ccy38/V5azl+DXSxqCCF6TvdWfrp6SNK4U6L1LUWd+tGEe35Tj+3gIevZq99GWDcYxGnMNPlHk0WRg8bO5V'
    'nN91pN31DO9sFm75mXL3v6Ld3iK0e44CDqMG7ehybCIfs8Jhr/A1OsxgjVzu5VmKsY0a7h9sI03Gtirt4w86lsMBb2wn+ALxQzs8'
    'j2O46tfp4raLeOin2eeBwi8T1d4RUP/kCF7ZFE+2wzj+Pu3pD2mbx0O9DzL+u1j4/9Pj2CfC+1pYR9rnkdDeDYo7ZzlbP91c1he5'
    'XRzvWelgXlCT+6Ee9gSv+5oI5nRV4R+592aydnn+vlFhLneaq2ivT9jnDcVzXkXaO5PRB2Hnp12zfr9NFac9XLd/TfmwxzInsLLL'
    'NLjmxw51sd/vpnz7t/HGJ7L/uwgcOfxUZzsKR9xepPb2nP+UH0dwo0ZXM8xklIOpfBtDyuMOG97Jsp3LQvoeFuq8imeROr0hZ5ae'
    'jZMN+tnG6hylmGOXwxwPIu1cKYJ5X6PawfE0hbQzYNGOUMxrs8O8fp2Mhum/sb5fSQZzlfMcuP2szgshdQY0dXYn/TOyIh3ES7a0'
    'wENJX4+5kd0b/Gx8JenLsm3XW9b/VEj9AYP6N0N9F9mUrH81matujZDu3RhSdoDxZF0KGHaK/HyPuH4XKtpV8TyYK73agI/J3f/J'
    'oI62U7P3VTbOSzVrE3VmMEf0AY718cw1JoP6dOQL3mHrWB5SdpSVfSehhospTvn3hI9TXM+bbOdnxF7gGKi/mtAe9B78gUFZvOO+'
    'E1KW0xqPGJTFdu+FGObFltfkcpcRvbrqDMgyt5IyKhmFLHNjIqhzfI2di2sSwfy7Q6zMcCJfd2uyR2S9HsU8Rtk81oSUwb1/jmKM'
    'lP7O2eknzOwMKO7L2emTtgc1NgyHkzIqeWXOZoqU6dHod1sV68H5lOaQMluJvUZliNxClikLGQ/alPxJodvmeP4toc/PjGP+laJM'
    'H7//iW7bVGeTo/8VbXPc/o8iONc3WDtPCP15wTV8RNjtIYT1PSK4HhzPfpHM35SnkvXuIPVMZS2y3k1kTCq8XA8+SJUhvFU9zF/X'
    'DuLNK0PKHAtlOkkZFc6WZS4KKXMclDmTwMOUp8vd/4q1jcLX6Asyq4hyGbTXqLPk46jNpI1cRZVLSWUXsdjCZmK8dfgTEU8w9g2M'
    'fQNj38DYNzD2DYx9A2PfwNg3MPYNjH0DY9/A2Dcw9g2c3r6BLrb2sX15bF8e25fH9uWxfXlsXx7bl8f25bF9eWxfHtuXx/blsX15'
    'bF8e25fH9uWxfXlsXx7bl8f25bF9eWxfHtuXx/blsX15bF8e25fH9uWxfXlsXz7d7MsTBvblJrbfrnlsmsEWltrF1VjITmi8xE3k'
    'zPN4icPsG7UBG2F8JbdHLoZ9/bNsjhynD7J7kMax5PJdxMVhcSxxnssU7fST9ngcy/WG/B/dt1FrxW3hGwzrcdqA2rah7Xd5bIs0'
    'YbZIpfZLif1JYn+S2J8k9ieJ/Ulif5LYnyT2J4n9SWJ/ktifJPYniXm42J+kVP4k9NRVEpyG+Zs6YZyC7N1KQn9huROBz6O0l6of'
    'CeffwvsbhB/v4Sp2pnjO86mCNVPmv7QVTtWcDYn/zHa/vuSYw69ecbZqyR2bO60d4ecU99MQ2U/xugfXXbHm1xe65sVc95w8J/sf'
    '5ya89fwXwtvF53rvO9e2NPH0poi9dU6Lgn4HmtA2MS6dHrg0Sf6mNBTqD9LAd+PZ7IF1TjvSxON5MEWpfl7TKZNVdPmp6icidEXV'
    'jEctJ3qIBoJPkVavsuBtcQ+IeA9M2j3Az2+anN+onHzIy2Ed3DeJEHl7rQH/ZdJ3GvQDQuTnPqyC7xWM95OJQb/0klq+x/vhctWV'
    'FuUxB/Is4ftfLWDl6LmbSeTWvI6KR0aYVZD+Jexngw72cMJvi3HW0drITWuh79mgQ1sC/a96wF4P4mLjUug4X3jafpxpy3Giznuf'
    'AnUK1+4O5pdcLNR6mJccZOB4/mT7N8OcboT5VIip9ksoZHlyx6TL9rwux5NVgi5Nf8mCW4CVM3tpNmR9VbnXfg5C0Vqwp6gqLhTD'
    'h5j07tw08hphv/JJtym3u1ZspZet/V4I/ircNmk98NtIX/af532tB90vvl96u//+rNgmr2g2eRJ/x/qcidHn0Lzb8o69PrZh22ts'
    '2PgYENaxfVts3xbbt8X2bbF9W2zfFtu3xfZtsX1bbN8W27ftXfZtFcRWbSrK8GVfI2snj6w+RyP0lV4mbzOe13s93NbmQJ9Qeq9i'
    'zD8DuKY1UC5F9BSzyJ7L6W/H1O3x70gjVDnKJmI+NuZjYz425mNjPjbmY2M+NuZjYz425mNjPnbv8tNKwRkqRpyRDOBYWfdccq/k'
    '5sHumXtCyp7Oyn6ewImXHYro53bSz3vhuQme3azsTaQsjmEEnj2s7DaAiXx3MjwHWZmrAD+oygwrxl9P+qFjOJ20ERYrRtY/D/if'
    'BtAZ0zlsjahPbYhV84/qexm5l09nthUb2d/Ybi9pPxfbl6zBKaxuF/KQ5Gxl2LqfQuiODNszJzI6QL6bmw4+6dlKoy2q8GNqob0o'
    '7n88KwgP1Hcj31UOT26DT2VKyNug7a/8t4JY+ayA9ubD3weI/Lh8ujwLWxn9aJOHmtJ+IwyHYQzJpcSWIKws8g8UZseLfNsAXPcT'
    'oN7Vmj5nKvrsZTR0j0Gf3B+igshmwtZBrtOthBbhZ2KJAh/2s32PexrntFlRFs9GJzsjG0jZLoZXeshZl2XXERw0ojmDA6S/ejgv'
    '1WycvaxOJ5Q9leDm9zO8Osz6GyJt1IM8tJbVpbhKNTZ5zmZocMhG1s8Ag98Ia2sfItsYInsrw2A7zORBuEbUVl2eg6MUewtpiUTE'
    'XkGcQn2juf8zrS/350zYzwmyt233cjHG1MBocerTl32bkvScjqZLKOylGxWypBomQ6X9URnqCnbOqYy8KWK+OhjKtfx4wsfZYTC8'
    'PeHtId26bIE5YVtVWFfDG6bgmZ7WXGNZYuyJsduo7ewvpF9Ma+GG0Xt+HRG1fw/GdtnfL1LWrMV23K8j8ZpOqzXFc3u94txmpvEa'
    'l8EvvFR5YuwPed6r28cmYo2v16+xqe9d1Lm+Nl7zvWrN8dxfrjj3ceyBREIcsyckgO+zYvuLwMlxvIfxh7kZnRqyBjJ0Qtn01m+0'
    'M/1GG3Pss/41hX2sstaPBH817fxcjcRrOq3WFM9tHTu3lf6EQjsK8O0R5XUxRMLsBg4Tvm8O/c71Zy3CjxuAPH4FKaOSt9rqlbey'
    'MdicB7tfkpKGpf2lVVxYAXE02tx0uabKOWs/8wbzL2G2Qqp9GNN7BntiaSELWHF2VImY3ht/mKNuCvd/n2L/px1w4jRbm5QB1xr6'
    'S7rjtrzz0ROvyaRaEzw3DTq6qz13Yrfr7r8asra1DvVU51bSPlN3j6SKjkOTHe6xOAqJr9gwbc7t9FuTFub/ENMewTW6sTAW2Ci2'
    'qCnPFkanJOM7Me9OLOXZShqwdzGdMvnWJCP8+Ir8fJnYqqlkPbLO60IdE9hmfVPTa73Tha53lAqsGPshDTIv3BtXwjqutzi303wd'
    '6R3Y6siBh9+BX4iWj9mc0dzf2f+4TXUmp9xPFfwumUpPwEgabJjDBmPWMTDTMNk52rcn2/3vaaJmKBS/Y07qq1i/rz3oPT9hGTs1'
    'pqcVuKSwbRhJT6vubL08L5nam38IM26b6h692/4XpJPjNZnoNYnUo4aMT6lHjSgfpketFfk+GqgDrWe60MsVeiytPDKV+/srqiuq'
    'gunLah3qhc3nM2w+n4R6VUY2CJKyLivHvzPT6naoyIH5L17KhVs+Bv5lAbvdhtY84rtWO73ewFRoV9mum73/Xhdpd9QSShmVj70V'
    'TupG2PwlZ+Rg06YjrTj9EXn/OeCFifKHtaiWKjbtO1bUX8T9F6/JhK8JnpvbFOcG7oIsLk7CgqUjlWhl5SGwykyaNYrGs8nkuKyU'
    'bRu2PQe/2tRTf69X0LW3xHsm3jMWewbxTmdsfzUhtkAVAH88v2tj2E8I7LmeE+miMsJH1TE+qpLYNWLOo8WsXfRF7SByRtpGOSnP'
    'bSOlf24jKY/ySNt2miL4w0bWlqTnZwk7X2Jsv4bhkVkRvDPCMaocH3+GrUuarYtJexSeJnEZbMc6DO0kod1Zsa5uyujquI3YIKx7'
    'vH5Tb/0ywo8rWU7OI4+jM5uVo3j34Fa/XE1Iufmt7vEvw/RQqhi1rjY8lQocjbF2rid7vlzzjePipPBjD1eRv2mcDoxjwe8LnksT'
    '5a8pJn/lsTBelt8ZrLAcxsmQ/71LePnLdTLSFOyPdbHuTE1/bd9zTEH+ZyUblbBOR0lD5TrN1OhQ6RlYBM8Zrf43lc7VxH6m38Fe'
    'apqvt0ZeZofiQxfboKl6OOdnCLv4dxg7iMctOpR8w3hEGMt1HvmGcZwwL9wc8q1X5MeMmqX4hm3WKfobEcGcoi9r7ggTGpT77dHY'
    'XIW2w8/ORxRygQqvQFKvv0hPEtOXkiSntEjDaR03s6kiF8VrXlBGZMDsmpFcFfkFK+xpMypvvDHeE/GeUMgTVXKGToaX8mitIlip'
    'TeFfpMC6GLanqpzo+C5H4/80uza/8M92meJ92Prq7p16Rf+VTDYi78Q1Ij9vR4bIs9aI/HhvbXDnXUZkOZdBXzOEHw+1LeJOrGLy'
    'oAUGNCTyVFUanmG68wWRPIMIxpLOgv16cz2MG44pJ3y5SlZrIrejcSNV8ZrlpH5LypnuLZucIZK9iYpzjXFXMe4szfWMcVi5PCGs'
    'TZRZfFX4OWk3ivB8zbQ/Hvu/17H/Hdl/+1r279LPVcLPNdTPYIhzGXZs+xLAQTyHg0tbp8C+pTGHMdbuVsc2Dydz5zm+8bnBse13'
    'CS+mqC4POc8Z7tKHLc9EYdZHxkTjzZ+f9GBdivOMPB/mMtmfvMPcMfsSvlHm+8nZEe7077M9eal3+3wmvvvTM8H8ZnN2es8XnnaT'
    'RdL8U3VJL6Z5KWGDOWIOJ+8wJw/NRyXfyefnP5Gfj0q+q780P4fS/uSbzLUkn3fc6eegwX4WXByE8+u9QTj3nxeE89Lb89tNEmEZ'
    '5uH6h4Qnt5T7bjM7E8MW+9gW/iZykxaLu2YDw4+bGF7qJe8x/9jsIt0ltN350G7UuEcsx4uxpmldjjd4nSSRnaxKeHGJo+aJMqpW'
    'gsfp350TuCfCylGddo6GSnh5yug918nokt4pMpcXhRePms7llSky9r8Vnh9hKfDDTOHnR5HPY+C5Ep4nQ96UCsSzkM/hxjne86Y5'
    '/vmYI/x8K6dA/faIvCv1xK6AljsSyt1A8rOsTJvfdXUO8KDzbofn0Zp58PHJcUncMJfQHTRPRK8FPusld4eOLqS0zVyAPe33SoIb'
    'Tfql+GkTu8O2CHUuMp0tjYp3CsvpdIhgvh0d0KRGCGSaK8qGTonKzbZU6HOzHUrq01xztMwBpMyQpkypc2gmiP6Cyoa4f4oKlrye'
    'hGdUPdd4g1EyKBu6cyE5I/juOBHMU3Ew0bPUknWheh7Mb9TD1o32d62jbUAp5ny2Ys6nK+Z8imL8JznAYZmizmhEHcy3SOvQnCi0'
    '7H4AC1qW48KZijK9rEy1ooy891Q4biLXb51i/dYo1u8C8u5hxdrfujS49on24Nov0aw9xWuUxg5bex1dHrb29O6LWvs2g7VvM1j7'
    'thKsfcZy7WkeKsy3cgCziVgEMoQy0l6K1F/EnsfDXLIsao63x9wvYbRAhtwpPM/VAIEnzxXVTe7KKN5oSKjzgjYy+axJTp4weKwg'
    'e/pgB9nI8Ya2Ji7nG3Hs/5B3M1u9d78n72bAu7eEb4vcyta5Fdr6laLMga35ZV6BM0rpp7AxyzovSNkNwUs2822yoHkRv6wnT9n/'
    '14isdZjhiCGFrEVHR8u2Pis8Z3+VXH1Y0UfU2IdCZPNclkD3/DbCd/WSOlFnZ0Qx5nqA1T4Wcp5NBn3xPs6AM0rx+pCGPxlRzA35'
    'o/1ZXWyri+CZsLFFzbFf0/d+ILs2XVOqf4mCVafIz6PHc5SF4ZG0JR4xySdqcjb3yDfheawIyj4Ph2c7m4OK1le9kzqIlQ78WJhN'
    'oGkbzbDm4z3nJmanFTVOnV8KtWUcEXF8mAJtXAWzcS2ezaPF2lAZtM0dXCwapIHJZQrlaRKW9css68d22yF7unUPWB3stlsi9zTH'
    'i8vJ00VH20jKd0H9FbC2lwnf9yZe3/FZ3wTjucqKdF6Xa2jgYQva85cKWrzBwm7FhA6m7b3M/r4yxF5E7v07qj15B+VXuL1OP5Pj'
    'tirgQt+70sO0z04LmvUtpudcW+3r+sLo+fGey4gFr4JzOazaz3U9aCGb6LPQYXcyuciARtc73nzOf1T5Z3Ab63tAIWOj5UYUempq'
    'F8D17Z1FmEsUvHsVvL2c54Nknn9k8zPZMxs155Prt13nTOFayLm8OjvP98K7E5gO8njQQX5wThCWXM8q6x8HusxlaTNdK5bFZ4PC'
    'dpGPQZZdSnTIpuM9HL5t14yXjukY8l7CaEmVx9OVai8Ucw/8GzxfJfhJzuHPlR7PWej9RsdP5T30/YAhLqT4rlfRBpUH/6DS04NS'
    'Gyh+dn+rkPHp5GS290V/BA5D/627CJwnK34LG/9IZT7tEdX+sIP+f7zvrBMqPX2H6R2l2o+vRchghzU6qT7UD1d64y/m+bOhK8PO'
    '1u8qPDlYFM5uN7TVwbK0zxOIvQ/F4ccxnLuc2ce8h30/BnDyP2YHcdA43Kk9Gtzdy2SyfzvO4xnUnGMczwcneDwcPmuz4zlVRN/X'
    'Jnurw4LOaCf7yrR93GsdBdIX7YZ0Ss6HvcLXHXVOwD5G/P92ZnzGMRgxjuczPr7stbhr6H1tejduiqBn+B351YynE6G4tNPhHuT+'
    'DSY6uvUW88L77/qMTztNVtov50OR8XHWRNN4OZu8TPDOdFlnV31mY6Y0Mg9TXPBmeWn7j7oznpug/nH+D5R7vgLjTbPSMXHZ0y3l'
    '/lmezPKTrnLP49zFBqHYPM0J5Z59pu1dMqLYl5z3D+v3gHKf75gImr8ejASWGMhUbOjz8aKJnivz1228aHzZ70Pj3C/KaO4sy98v'
    'paAN3ojgBUfKPFt/bn9ka2dlimMvKvPxxETL9ZeV+X6tLne2TraX4/+L2DYfd6bM+3synnE5vl+k/T3VOQ7n6Dukvy4Gy052d3Rp'
    '7PHC7ON62dr+Xdo/txPBq8gxfDhdetzRHQH33rTve++CO0z3+2lkroXgjG0F0DeHKubqMoYofNyQ9m0ai3UXRa3HG0j/p4ozx+6I'
    '+/alEveD+/NbqYmzD/1cyosNM5G6rSh6a5SsQ4fGT3EFa/e9Dv2sSfm2vt3sfL1heC7el/LsL8eLv8jFEUh59kWl4CNycQFTvi06'
    '9xc31T/s8Xsg8BkvOdPrSb/P8bCLkH0+k/T30pDmjh+N2EsPJ/11HdasVa+F/IfD5fOk/WMiztNKh/P0kaQns51I3JK7/5N+3KxL'
    'nwW5+jP5PiNPPeU9hx4CH7zd3vOR5702zkvqcUOvodzs5KQfN8LF/0F3fyxKejb+pebPZF9NpC8+/81FsE+j8PpdonDfi/+b8GRl'
    'YTYiUfvzaAt9jsm5eCLh+wFG7SW+1g8mCvOhCdz/CU+mUAw5nGpNRzX9bifzKJQml+0NKNpzpXtz/D9ZI5u9J+u8N+HHW+mJ4C9R'
    '3rCC1DGxrczZ/yR8X0STMzyg8xFKuPmsbWLtVCd8P8ow+qkeDGerI2CE8/xvEV22l/gDNpfAZkC2/WMYh/z+6zPBl6bXj80kn29D'
    'vKRnSNnnzvWeqbV+DCb53L8P6P+QsrzdBxVlT9imLvt3irL9N6vH8NmQsrzdvyRl34b4U/dr4PDhkLI8dtU1pKwkvuSz7rxg3Xo4'
    'i7zsLZery/Yqyp70AXXZS0jZXih7+yb13M4kZa/d7D1PPVM9t1WKsrhuvOyxirK4FrzsYlK2/T7vuXMX7GGgYeY/4scFx7JffALi'
    'de9Ux2ZrIWWjaKNaUpbTVy3Q7qxn1D6Cpv5fJnG/Y18Z5kvxhUL8v1qM/b+i1qYe7uDYp0kfV7aUfnphvnRJS1+XsDg5qpiy+1js'
    'E4wRYLOv3uXQx8OWfZj6IUbFNCt2fVw79IvOgB+vyle6jfgiYx7wGuHnl8F8OLIc5uRZydpYKfJztNWIYD4drE/rLbD0Fd0ffJiL'
    'MVbTPpPkLFUSP+c9scKz9+KXXgpfiwoCd7kWBwItug/pi9vz0OeQsI8bi76JTcKP+0Fj2tB4WVsUz7B4Wao41Dg3jNUx5/D8GDS4'
    '1zB+K409Xk3KVIzll5H5n4oRg4afiUbL9hrJMwlzHQI4DgibPGmpRCI9ze+thfymsaMvasILWCe7TdV05PLLd5B77wQ4g7jW/A7j'
    'd8Mg+SZCyqJs4GDDtimOT4XcozQGxGKCP4XFuGhsoZSw81VOCz+GMJ6VJPleFuI3W645e/uS8rw91/gYB8OzfMzufLvmKsV2C8lV'
    'Sut2wjqVA47Pp4mTe/WPnmldblaHfDN5vzD/71SJ93GOL/6Y9yzb7t0xFUKf942fO5qrkZ6JhYwWCrvTx2OO9++Y/nNEmcvtu6fv'
    'HNMg7/nR05NrjhjbiMr4tzJak+dloLJiHoPPNb5Lho1Pd3+q+OGwOL5I25vG/c3ZHwjPnwnrpOFfGL2BPM4i4Bv4fWpK1yQnQT8q'
    '3nexcM+xQfkHzAGbjuANGy3vl301+4XG6qT723Wf0hxPIpbFKXmaA88Rt4BZQCuAySYv7IEmdIcqxzDFHbUiP9ewKv8vzzscJU8P'
    'W/M4r5cqr9f1Rnm9kgZ5vVpAH0rv2rXxuctbg+3rRCG/UFkBl6M2E714WtjljUD51WYRjA2ek0cngmV4Dt6mhB9fDG2Ke4kOnX9D'
    'PXiatE3r0Ry+7wh9GfS9+X8i2McV8O3fhT7n8GuKbzi2f1a0OQrffkLG1MXsExAmz4pgfmGcU5bsFN+NcVeMu2LclUfDNoXQmElY'
    'IxVdUcXoCrE6u7af9/67oz373+3RMpIkyt8U7TcUof0yBU91JdGh1AJewviJcZ77PXnuz1JsoWKpkztM6Ft5v35JoVsWwjxWPMah'
    'n0PezQUdUTN59028U8m75a1BuxSUF/cJP8cGzS9hq3eK9+PU2Y9Nlut6BZNH9MRryte0Y6LXtNA446r75QrAAzUO6z6ZfhaqlpQd'
    'rTmWkrSmXiej/405/OpD1n0i5HbYRrlD27o2KxX70PSuvAGeNSI/v2Y5szfZRGhHKhfn+Tt6HWWkNJ9ioflQqf1rVA5rtH+tFPp8'
    'gZhXldvAqPJCY77iWmGe55nb2GwVer/uYuZ4lm3dm23selG8PKU8TqBqL3UK91ybhewNnPOJIXtjmPkNHKXYG//JyiyC8Zn6Jm3U'
    '+EBge/sIPxfoRmGWU4efS2z7TTZ3mpN3cdJTfLvmdeU+KJNxrd9jsdbHEbib+EON5/r/ynH9N4Ws/33Zup8S45uT2QQ/9E7QnsG7'
    '42yCv7nP+6jC1476ZpjELTpWmOVTUu0X07nhuOYCP8nvIldfPZrbgu8zvr9mZ+t8VBSe2900hskmTdmNRHY9kTTJKkM8YZKbXbbX'
    'rrBPoPd8PfRVy+iWQY1PYK8F/cJjANUq9n+nUOcDpnvk1uy/HQBrtMcuNJ82lpXtXyzc8mqfBt+ifAC5b/vpaf8uwb2z0iKm6zIW'
    't2h12l/HJhH0q4+KW38miTVcD7gA4zAcYeErr8rZ7UKHFpIj3Fa+puOXhCO/1EwECzwvWieRCSLdmBH5eXzRT3cJkTO+LPw82Bny'
    'DnED+tzVsn5aFTo0Wme2CObMbCTvFhG7Kp4zU5VPl+oLbOB1rqOdz0TmNG/xnahycFCMR4TJMGz7qiICLcr/o62GiwxSt/crHPc+'
    'tZdbJsYvJyDu1VKVp75Chc4JYVkO/8Js7LjdoDwrH9PYqZ9HzrwgfiU2MFku7HJP1itsCG3yOKLfQDPcg2G+CQsN7pEqx3Mg+z9C'
    '4Z9AcdwlhFaaz8Z4GLPDN4WByoZwudD7P+r2Jt0nZcLPkRllD2h7rnG8CTL3eRp7XxO5aTLCfjhliSPLmf/EvCLJ8BNFgJvJnlWd'
    'qcWWe97W7hrXgd5n6A+Yd5+hE0SbXldCz3OjwheGtq3jkRLEDrVpAtcOdcOmdsONETbZjYb0ZgZoMdvx2vsNSi3b9HUcBMKswUFn'
    'aKQ8VP1SsDAdJspFOOunkJhhayz352XIRyQhViZrIyWi/ZEPSXq2D+hPq4oRdRWRNZjkQ1LFMt3jm0ti5JXCP1nlm/zrhLlv8qsJ'
    'bxyxPl6pj0+LAn4dBR4327tArudgwpNnUFpyseJutWnzEogXZ4Kj6zVtyNhdy0gbqrOzXvHeJP4q5f3bLOgHVf7BMJlzNzvbMxNe'
    'XGIVDPE8qr7p7kzbduQY3gI81Qx4RMXv18R+KWF2vqW0ubFa/yZY0+sITVRF7OOp/Hg9uTswDtBszblSyd5NYtnKdk8Xfk4UHqOW'
    '32NbNWcqKkcmbztqTIcQeW0ngYMq5yDXb3Jd6EwCW46HehU6xB4RjD1biBw2zD+zvABafg18q1fw3rLuTKCnwmIPpdme1dWX/V1O'
    'eB+cw1nQdqXw/RPxLrpOYYONNN5E8UCmsSRUfOtCRoeG1S8Gn+cq2yiWz2MN4d+ONbQPiLpnh0Qw9xYfp8neX24Jj00RdltSX3ah'
    'KDwWbxRO7DK0OzCNSVtquJnksegR6vjlmzS4D/dYAvqk+oVcs4ntSu+ODJHp9DNbdHwOaWSQ7zfgqRYQm/ctmudiYl9QBe86GB6o'
    'I7TbTKLDQryINOYg0Y8hHcD1UHcrYPj/AZ/BxVQ='
)
