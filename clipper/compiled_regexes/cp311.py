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
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 17903, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 18356, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|da\\ redação|written\\ by|posted\\ by|redacción|story\\ by|words\\ by|authors|autorin|text\\ by|auteur|author|autor|texte|автор|текст|text|責任編輯|责任编辑|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 18572, 868, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 19440, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19478, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19555, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19632, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19716, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19791, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19875, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19944, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20029, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20134, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20231, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20336, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20407, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20478, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20566, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20693, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20781, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20875, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20961, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21040, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21113, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21188, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21259, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21345, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21435, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21560, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21652, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21770, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21864, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21933, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22002, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22071, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22140, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22207, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22276, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22345, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22414, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22483, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22552, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22621, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22694, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22767, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 22838, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 22938, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 23766, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>[^.,|()\\n]{2,60}?)\\s*(?:[.,|(]|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 23848, 385, 1, {'name': 1}, (None, 'name')),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 24233, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 24332, 100, 1, {}, (None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 24432, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 25474, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 25570, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 26284, 998, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 27282, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 27823, 999, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 28822, 529, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 29351, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?\\s+(?:de\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 29378, 3035, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 32413, 3220, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 35633, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 35659, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 36252, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 36492, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 36523, 77, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:T)?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 36600, 1521, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 38121, 946, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 39067, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 39294, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 39392, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 39571, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 39652, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 39673, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 39911, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 40165, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 40355, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 40593, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 40621, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 40801, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 40993, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 41199, 32, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 41231, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 41452, 493, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 41945, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 42151, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 42179, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 42199, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 42231, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 42393, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 42409, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 42615, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 42901, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 43097, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 43151, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 43175, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 43199, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 43242, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 43536, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 43554, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 43571, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 43600, 124, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 43724, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 43931, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 44201, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 44305, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 44321, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 44337, 44, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 44381, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 44482, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 44507, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 45356, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 45464, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 45478, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 45506, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 45567, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 45679, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 45806, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 45927, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 46201, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 46335, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 46472, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 46500, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>[^-|–—:·•»]{2,60})$', 0, 32, 46516, 236, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|creado|edited|issued|posted|publié|update|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 46752, 3039, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 49791, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 50011, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 50032, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 50090, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 50106, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 50122, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 50221, 55, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 50276, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50499, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50556, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50613, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50670, 40, 1, {}, (None, None)),
 ('^.*?\\bby\\s+', 2, 34, 50710, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 50740, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 50841, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 50865, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 51375, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 51399, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 51423, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51831, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 51972, 21, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 51993, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 52837, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 53028, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 53274, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 53352, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 53463, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53505, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 54218, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 54296, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 54353, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 54385, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 54537, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l+/W+JaGbGEIgBDqQpQMEQkiggSgoEHZZAiG9pRvS6W7a7oREhEZBUWBgRBwd/V1GnBEMyKLDIo4BhcQZ0QFB'
    '9P8dhQH+EWfGkR/GDcf+X717Tu5551bdW1Xvve505z6/eOl7az1Vdersp04IkRbeTz7Hs7/m7LMD3iWy/xrhvzPwryH775CnvWd6'
    'txD12ee7Fd+++2Pv28nk22nnec8zz/W+Ha/4dsvl3rejybeqtX4Z+W0x+VbNvh0K31phHvK5WXjfDiTfhti3FtkWqSfbXELK4N+y'
    'bC0pOxRRNgnwawR4yn4q4Z2Edy3AviL7r4bAvQnqJEmdBPxN61SxtUpZ9CFhUQbjXQnjXU3enbzRe7eCvPttj/fuKPLuZ0967+Sc'
    '6wAOfaRPETJmWW9e9t9cArc0zEGQuSQj5l5G/pZlykl7vGyCrY0pvBrJ2EzG1AjjkmdqPoN7vUW/ch7lcGYaHere8K38+TbBmN5L'
    'ypm2h+cE/6awXgnP57bZt9sI7djANlMk2MrxusK24pkgbBG+pwo3OFQQfKvCY0tD8FirBR47wAKPNcH45bdRcsblcxjKVJJx9cF6'
    'VinwYCWB0YaE2x4sZ+vQSuBXBeP4Cjz5uEfg2QVjqyZlesn8sawLrpDvL4WxpHIvo37JxHT+5QDTKgr4pSNL2Owfk/tU7s+ZEftu'
    'JWszCm81wX76dPbfFVCvA77J8ocF9k1yn/7R9f3z+HhGvfJ7io257KwEOesUZ7URfLadfVtI8A7iih5YP7wP3wfP6wDHYTuy/v4E'
    '59D6tEwDoadWpfPbPintPT80x297ZTqIa6s1+3Yh2Y+F4N1Flri7HGiiBMyN8h/zAd4HMb6jEvra1OY93w/PO9ry7x357rUeGFev'
    'mv6W334M9f8TnvfD8xyo8xacffnuMeAvmvvD674OzzfheS/7+34Y678AH5Kjmy/3nm91+bR+BtZMvv8a1P0VPL/T5r/n8/4X+PZE'
    'W3DeKdhP/5D9dwGhY2362g9wIe+rmdGDjWSPdkG5vjafXmtS0ANII1cq6CBZ/+Nt+XSDfPceaPuiT3nPNW35dz/umQuh3LXwvBjm'
    'g3wc1pXPy9vC6/BzVQ84/DhGiw3Ccys718Ps727ofx783QnPbeR9C8BHAPyTBD41ZA1p/X42jl5G5+j2MZ9jLcGDs6Deo1D+2/D8'
    'U5u/RvLZjWeJwfBCAmPZ5jsAB8p3s+ActI7mt4V97VbsSdU68T6SZD/VKWQdEnYnaWQcmzq95w+7fFzMvyWuDp7DD3Xl11Px/7ie'
    'VWw9k2zv3gK4561r8/ujY3nfOd7zl/3BsaBs5AO36XHCYLbzBYrydJzlbJxpNs6/Wec9jwW4/Nf2IF3dwc7IkAYPyHfvSXhnBXEJ'
    'XZfzoA8BcqJmxbeb7wzCicNCBadKBZwyIhwWFYzH0M1zpgW8aJljWBnOR+nG1gwyFaHgi3DeZZ/0nm/fHITXA3d6z7GbFXdsL8Bt'
    'qxovIo7/CfCqFFdhG8mP+f3w9v/mZn98KpzUCOeZ7sG3YS5nA9yWXRSE6fLR/DJf7gy2j3fD3UCPlFvyFrLdL5zrPXvgbH7gYu/5'
    'T+fZ00lyLB+WMhyHsTTCePBsUFmNuNw/Kzj3RtZ2BeNjalnbTWxN7wfa621Y00MU39aP+bKHyTgzM9gc0yFztIHzTAYLfkYaQs5d'
    'Zci5o2OfJcLvtTJyr11A7jXZ3p1s/dfc6j133ZJ/P+E9JL/9cX1+nfvgXA7dnH+PhNEonM58CnDtZ87ynk+C3D8F+2I+LXt2ftnv'
    'sLItpOwPgA68AmD7q+uhjc58mb189xUoew8r+4Vb9HdSc3ZC5zqewXIGAz7WfwaaYeW2IAz4WHlZCoMzAd/Mh7X9zUXAQ24MwgDL'
    '7rjFew6P5ZdV3YGmci8uD5497n2X7T4FdGqG0JRPfhTovaH8PfIKPPtu8p6Xwj4oG/N5POTRcnQDwXmmbdC+64GWn8v2X1gbKv4H'
    '+RY6Ps6/7IR+f/65ID2sG/trN6vnsB/gu5XQ3w296rnhmtYT2Weu3tr8c/DxS+DOgH7etx72E+jYzhfuZ6GKnYVtw97ziHPVe3a+'
    'ouyCc9V7lp4FOuaos8DLhp2F6iKehTD+BPHmAexeWQbP40Tw7jgSnm2sfZUsUvUOYbif5nsD0HOmsk6V/J/PtZzcWVeSdUH4JtvD'
    'ZXpUlhu195DHq2X0Rh/jl0fI31T2gToDysu/Tnh5Kp+7AteLyP5GCtQJ4z6ykdc1EvlmLXyfZQFfTosenH1xrePZTzrC/9wiw/8E'
    'wMNR5Tcz+rSXyG/qQfZ5uEE7/ew5aiAnHmHz7CDvo/pDOA4INd9vu99kG3fBOqDMm9J2e9N5KitQnr2SfZP/vQrGu5DJz114OQnD'
    'sx3OTzFgxXX3YXswwWSTJmtr277LPjS5R67dS++Rw4uEd/COxr6j2uti4xlVyKOn+r30naSnt5nIe+maIq3nlSVaz/OnyP2E50K+'
    '22JQv5vpUQYV56JXMz66tiZwLuT+pHckt7M7JeQO7HG4A6lNENUjoU1QC+trULN3Rix02dsUemqT9evQ3NuUX/hhwrdJamVylOmM'
    'dzNFpF9s2ig2nXN59kVTwl9TqitZoIAvhdOIQg9ayNqF7WM51v8Nc8f6YeWjzsQgWXuTc8DPnEovPKTYN65jlPP9nOTj2Bg2MjvA'
    'eZbnmdYxWVe8P1s0uG9UA5vhiPmhjKIe4DhDgf9t6VrZ1jmwb6PWv08zftt58DFQfLKJ8J+NrN0htiaL2feNDPeg3DFsjQsdJ9dZ'
    'Ik6geoO5RG9A8ciZ2X+nFyBrxPFkCI1RyD1L74Bi3qGuMkYT3gj1QhQXC6a37lbYrqC8fiah10xwJG0Pz91V0N4DsNZRZ/hQsp9t'
    'YLGcyECpLPQOQkts1NCqqnngOfkQnBOEQ9R+2cSePRF1kA+o1MDvaijTAbp92vagwTyGDPqX+pPZDI91sLXv1dzJOtjxumhP9A5C'
    'q5qcPU67RtVB3mIWuQP4fdQXYZ81ymzrOX8chcfk+5eZPORnUGeGZ9ubSpeV7/llyssr8L8ry6uqy2tq6/BX31A3Sb9G+X9NpWg5'
    'B5jfj48ncv/v/4QYG5PPe7zfBRd8Nfd8fuGyQ9YevvicX5917gXfuOeehfD5j3fceM+4we+x677dmhDp32T/8zrZ9OD+Pkbx+vqz'
    '1889579wD/nJlRsbL9ZP9tj+i/Dv3m+n7msL/nVP4Perb9O/xsX4zuw/+f8XjMt5itz/Xsr+7ze5/8/+vv3m29Dy+PjvAv1lRLF+'
    'GxTvcv3PM6hcYdKDCoa+Ho7rp1qIrQfeKRWkDNo2ow+Mi8xyQYjtYTm5gx9kd/JcJo/pIU9Ku44o/INMcerrDE9eH9JvRwn77QKd'
    'JqebVDT6qIJu4+VN7gUdPW5Ks3Uwv6cj4U6jsHjZgMaxGe9GRp8Na/heE77zzRD9kKtc/vFsI6cm3eSulSH7Lud7ltSXQfqskpTZ'
    'omlHdphRlJHf/pDI9+eIguEwa/t1x/rY/08TPl8Rdf5M91hOLh7Sbk8B7d6b8PHFlgnEF7eF9Dtcwn6vIv0Wq106Vt3ePy/h48f+'
    'KYofD05MfRz/RvbfHIuxmuB+3R6W/b0AvIstbMLa3KnghTisXg/R61B8da/w4gLQNgYtdECm8lE6L86f9TvcfYMKWQbnt+sB1nMn'
    'sF+UM144wf3ifKU92bEaHZHuPJnIQej8JnotB4tk/2Jj78ftyHEvvc9Rbzi7BDQiP8tLHft507KfWUXEP1x36ELHuOi1wmSs1URO'
    'nQHZNeXrZmn2fodG77NZs54IgwUwB1M5XI9l+zTOTVRZFQ+h002q4Jyj7UL0Qf2GOrOVIe1vJXJl0zXoIP2b6P5c5n0OGZdtf2E4'
    'lc7JZVxHgP7XdX9NBOyifDzpeXwM+kC/S/T9KQOdjtghxJdedPP/EcxOu+0+73n7Ll+PhX5Kjz7nPWt+BD4dT3tl1hCb9HlPgC3/'
    'LnV7x5GyB+zw21GVXULKXg3tHf2suiy1t7/mAYjpBWNJ78ofL8rQcmV/AP7AD4PP7oPe864nvecjzwX9tb4BY3jpyfx2XeURzSCL'
    '4TKGFtgb1LYPx3AErP1i4ceKqmN7sJ3YNtI2ykl51LXSeksM6y1hY04Ju7gM9H76u5S3j2zsP6YKbFzg0ZWFR0fKDh4djKazi+Mz'
    'vaP65ABzvRf6ykkRkDArYnPmP87qXQX/XQP3Tj+sX5mnc5syv5T5L20XT2c8t5VLEU/HRSdWX8D6o95GbsjVxP6HlrOJuSj301ry'
    'jtpuivvy4wLl/Cd3QrzL7/lxgapJefl8WFN2Lmln1m4o82gwrsEvn4Fvu4K+xAm485/YGfQHewToi2e/5xbDDGFqAz8b+krO8Tqo'
    'nxKljK02vZHyHqFi3m9MOP/m6f0jTO5P0/VvEm4yER2NvdWAxh6woLG7LGjsiyxo7DNJ2Ragfb/xpLrsyRb0+LEO9PjhBvT4QWQM'
    'acBTK76pHu9+pD3xkLoM9b2lOEo1p0J8uxoYzqD+QNmXoTRMoXxH+RTkOzLCPh5cKIyTuSnMKwaMY7rc4A6IgHfoL1lcutxEZppS'
    'yGj+yvLcfZjs8UaCK5KicL95ri+I8ne3oatG1hc/XqlV3OJeOzgfqLiLaXyDVmx3PJ9eUPlTVrFzXE58TXJxuMbzcb4tnYC0Bd2D'
    'J1rSsqrYY99msfJmCj+ex1fh29Pw/DqJp6iSa8q4eQlR2lgr8bkL7vs1D0zuuXv+6X3r3Emb8tMKPHc/+2fv+ft7/TwOSEfdBd++'
    'D3T5z77u06FIY44ALXwG0rc78nltKpOer+lzbzijr1ie0TmkHI0Fto7pWs4GXHYZ2aeXOa69CtetI+ekCf67G2BTS/qYt2kPqdGu'
    'MgGuU9C5FOfgebiS+Y7Q8aCeKsF8EjYQO8Qhjd/ChcL3c+010JdvFH5+lGqhjgnbKfJj3p1AxtHJdK9YZjmMI0qntoWN/zACow5h'
    '7t+H82gmOuwRw3oq+G8U6rsvBX3MUOC8BrjDw/Ykj09YFrInLyuAnh3LvjgyYYf31zHcVifMfVpx/VKJ4vgxvyHsfahfFaXxff6B'
    'iPY/pGex36Is9vENcv42RszzHnJGTOw5+4mOXdb/a8ClhawRtTv9cJHaQx+mYWJftiLtPY9lseVPgNjyHySx5ZdB2XZ4tsHzGHgu'
    'h+fqdH7by9N+LAq0n1wT0d9hRKZ/Mny7YY73vJGU0dXHnEV4JxwPcV9/eLb3bRn59mmIg3jgVl8eppPtzyd0wgjIqX4PcrCdUGY2'
    'qf/n93rPU4e9bzPIt/0uzP9WQ/QMsl490z3I8io6xPaupnhM6jnOEPZ4jNLl6SLQxXQtr4bniw5yZ5MxFQIvHa1WJfzYQ0PCzVdZ'
    'RNznGUM80KuxLx9lNISkoQ9g3zoNaAoaqyRqLJ0RNmI4PpUviMqWEfMQZTS4m8Yb5zbJWzX0Bo05Upfx/LH5HYL1o2DDbfjDfP+p'
    'z+gqoY6Z+w5hHuehkL0gceUhBvObqH2CchXTe76TrfXVQh/H985yj9ZHWmxfOnOZkH03EXs+x7uUu+FIbk8YZe/I48fQ+DOHK/wL'
    '9oa9T+E0H/RuKl/8LRH2lgOa910iPAYUtcVWxe3IxYMo82I4uMbjMIGzKsbTkMb+eEQBr1Kukcq/TOVnUM32HuY/mGuB13icsyGN'
    '7Xx3iE096m+Rd7uKrXmHBV/F4/fQ+1YVC0WVu4HC70oRHkdlwHKMUWuOPNDM7B7+oSMOorEjXMdC9wXmsdhP4Xdm40vFcTH6BzQJ'
    '+/g9w2ydZwg/zpCNb5AOl9QLM18+Uxg2GNKOBytw4hahjmkTxut3CHW+JRv80LiX3j1Rfr/vTHv2li74v4mtkypOmI7+C9u3HZo7'
    'gef9QHg3w9mgY5upuQtN8OJmC9ypivGGuT3Q/vAgNrb9hHmcql6LsVC8SsfSLPxYWTraodAYdA+lPPzigoOpDB1z1lB90WFMJsdx'
    'Dm2D3z1cnkf30P4MTrNJHVOZ7iaGo1V36JYQGv4dITiGjm2OyM8N16ehlSlf3SDsYzqp4HQAvFuZXePvF3jP8nnNZboeE/1FD5MB'
    'rCRwCeMh0DdyscHdZ0rTjWruirBxmLbdq1iLAzX7pU8xjkZ4ZhTycn4++kV+7nZb//oRNq5B0l/UePkcD2JzOJjYshVK+7SUiDaj'
    '458P7wayL7/jcF5M9HAUptsUuK9R+Pm6Khke1fmFqnjMML/QBWydDoX+ThV2PoY250G3lwqlO23y/prGmuB6ulWAqwqVfeztsg66'
    'Rw6Dd1/N1vugI53ZGjGWjMiPaWlLZ3LeZrbw/ZY3C3VOZxM8buLrvpDRsbPZ3A/X3FG2elN6To8oMT0YxjMtTHhjd6EhuDwzKl7Q'
    '5gLwgimvugj23xyD+zjK791k36ruMFM8EHU30n25GN59i5RT8eGmtEgx5k7hvgTg7jpvExoziudpInSrraydw3spk+W3Mlm+Kp4v'
    'xwf0O6d7Twe7JZdzV0jfdM3amLxAJ2OkPJQJvbhMqPNrz2UwVOUlNclpVkn0wb0F6IOnEg3L8wUVm1cyvT84jdGv0QP/IeXZ0RWi'
    'h+oOuVdM5mpK824Oka3S/fjdlIeHC+EfdLGj+Vqa5kFQxVqnY/6r7Jgv3ovXwZXX6C5w7bsU+9eUbuc82AlZGM9I7B36Dm6rO2Qx'
    'P6rrKwU+o/GOhiJ4M25HQudIc3ea6Ew6DPdZFH1AZTHcHnCbBX62GVNYLC5q73qcBh9sFOEx2Acs+Ywo2agqn8ogwyOjChvWKNgf'
    'C3bZqpwqGw11Sy78IaeXTfHVJkt6MwPvjsi+/AeCw7k8nvKm9YymqTDYmzRPMs8XrJNf071IaR2+l7osZEhhMvhqNk+e/7lGwWuh'
    '/ht1PC2sjok9/2aNLIjrb+oJ/Bo0532zyM/FVCre1zYX3EEgs9bZO5jK0grNk9rI6JTN2XqPa+4G27snqsyQI99rEx/Xhg/v0Oy/'
    '7Qo40nPRptD/mtK8wxb6HZe7gec87GJnaAaTeU1mTrBi5G3ld50uPyLayEgbr68Z4FzXsaHOPUNktsMR8joVXxgVu3bzXoTfbGHF'
    'cdIstrYbNWu7mZUrxOZrI7mjXXmhIQ1/0qWwbzTBD6Z0C5fLJIhcZk2Bchmkc+8Wfi62Mhjjc4f4/naV5A6meGah8GNAzdHs3SGm'
    'rzORQ/YymI5oZFaNZI9tB50p8me0j7vhKedE+R1bv4x0hF8GxtB5b4lh4eI/q8vlejexK+FrX22w9pxvaioRXHXnIUnOw20Fnged'
    'P1Wd0PthUVi++d7CYn8WHBNsev0QjHBqnX7pqAJyvZ5MeLoVjEGgigHB90RlyJ5QxYAoJ/J5STPIOAVIS8j/dvHl+kTCsztw2fM8'
    'DhmfQ2XI3PmZbxb5fu3Id9C4AR+HWCIDbfn8eBPza8A+X+4E+42Lg+O5+aPwbNPb+J+Z8OLy8fHTsdB2bHBWNTuz5WTvIK4Uwj7+'
    'VqXC10C213eOz7O74FdVORcfR5UP+l/32rehg1/luH+32I6Nngvpj/2ww7ko1dpS34lC8Umt5Z6qVshocrHpurznZ87Kl7fEd1UB'
    'd9VY9H2j/Y2Z3VXNhIei+0Q+BwGv3QXPl9v8OE25OIXw7IXnxW1m8Vvkvjy3QNoK5Y3nXe49zzwXnmfBvXBdMHb7VzaA3/wWddkW'
    'UnbDWeFlqb3fr7eEj6EQ+i0sTs6ibKFPO8BRFasqqbnHXWNV0biUcYw4PR1TqlhVtnEraYx9evfdAfIOl7PKabBMn/e89v1e28eT'
    'b/tf6T27r/G+HU2+lcO5ej98W6z4tv5T3rdDCY/5PrgTl9zpPZ+52StzACnzM/g2ege08zHf30bXzoXrgvwsbwfLcFqyWGd/Mdgg'
    '5uKn3eY9f/7efNudcpGfd1lHi9SM+7ldXc7Ea73esxro4bc2wngvNr8PLikyfYXnap0jfcV5eB73ZH/y7XaIe/L9R3y6B/eFjJUm'
    'n5+CmMOrXwji0c9CLPNPfb9498Vqsndwz2AeDISPii/l86wMmWchOcRWO/AJaH8xE3BeguA/1zwYzYp5y+cciOn83zvs5yXbPiPl'
    '+fLSOFfpCFgvDYF1q8GeOpDQJGHzqSd6BtX+o7TNNTCO/3hYHSvbNRZ1MfaAa2w+ugf+NTuB5y1khzSWdCU7e4XQIKVqV8VjL3HA'
    '8Ust1yrONxKebyQxjfKN0PNUl/Typsfnad/NL3Vr9sXqhAfDboBf2kGmM/nx6FPFj0ffXkLlQ8ivwZK2tsX5GK+D5jrB+KO6XCdl'
    'UC8pgjkxUE93rfBjm1HfA5rbRGVfiGUGSJkehS1RPbyvE8H4VGG6VIx9q7OrGxX6mE9RuvqTiJ2NrU8MymyQnpzr2I6rXQiNLaDy'
    'qx0Q6vhNQ0yG1Ax8ui0eovQ1p3kryV7qJr4RtF/XHIMyXvRazf1wuAO9tQPo7gbIBfPqo3b16x9380/qtJWH3efH+ixm/EhVrtI/'
    'JOzu2CvYvT+176LiXmx7AOOaszAqaWGRcxqqZP/zb/Web6+FeLDXec+/vM3bW4OUH74lv+wvPwB3HJTtJngD290P5PeXUZ79Fr9+'
    'Pdjm7Ilfy/o/i3zj/Z1Gvh0EctE/rPPxP/9We6kfpwO/fXEd5J3q874dRb69zr4tovrAtfnzW6D4hvObq+jvoL5gPr7X2Teaj+9Z'
    '0I8cc25QpvQKfPufmwqXfRVyvqeZ+jDFdIANbmc8WZB+0WbteLx6KsduYXLsGK9H4HVv2eYVfc0NPhfCN45kR39XfMfv03c810f0'
    'gG7p9oHgffThs/K/0fvoxO353+h99EfQ56UVtmD47YIPF6bjiO8jxX0kSngfifg+iu+j4t5H/5x98YP4Ptqn76M04zk/0gP50rar'
    '76c1pOyi3vw6vOxxpOz9UObtO9Vll5CyN20G+7wN6rLzQ8bL78yWkPHysrWK8a4fU5d11QvH92Z8b8a4cmrfmzqZbplCpvv/EkXM'
    'd210hSRF/KO/nfT8txdzT8T5yQ30waBGcSOHEkWnd7jdowBbs9ZHgrzyb57yyxQiu1Xx/agLlnZsvN+RB31btEJ49Hh/Gu3Pduc7'
    'KJks6v50ohGS05Y4TBXBLETxa7eiDVFfdaJw88uo0dCNtvryP4Gu/xNPW/qTEFxSSlonpnEm89deUhpH54PQ0Fa4D0LO3ntLfrvo'
    'jyJ9Tuh9q7pHqVyB64EpD8/1wGWfhHo3B+XuD4CMYuzmoNydyhu43P3L4IN93u3BO33ZRd6z7tLC73TdejS2+bbiLnePzh8nLIbE'
    'I2Lv8htG+o7n1Z0vgnl16ZrzvL10zXneXrrma7q951WXB9f8gJ78b3Gci6nlO3yY8PNX0DgXdL/ivpF7hJ/nUsSwiPI1czmLsZxq'
    'etqRlZE7C2X3ungKq8m3+xhOO4Z8+/F53vPs3qBP1z9dAXRBp28fy+3Dnv6kH/MRfQJQxn4m3F+ndwZl97Tf3L3dlj+3WoVOAMuE'
    'xWOJ8XDBePiQAvBwZN1iyeZnxrL5aS+b19GpLncit3FvVeDXSmZbzv0urhbR/huDpAzmCRxg7WwUeh8PzN1xmaIvPp7zhVnM4W5W'
    '713C9x/BbybxsVcIvW/LMjJeGkuX5viQ/10K/xNV3kNVLEGeY7lDqO8PySscTugwpBNL6X9aI/J93NA/SedXR+NfqPb3wiKdubIS'
    'nLkWwNEJwOO1UJ/79BUS42GpI41VKdTxm3GfrxVmOUJ5bs52cuY2CbP4/LLekcDrqnJ49Au7WNo0nqtL7iKky+g53SLy40ZjjJ2j'
    'hZ42K9VepXIMlxwqqrGtI//dCLqll3aoy15WgA5a1p2l0CXZ7Hn0H3vrcd9nY5HiWyH6tTS0c/6Pg7KT8x/zYzBw2clFL/hz08Ww'
    'lbFaZzusG59fTq7+oNp3Ooznrib75zTH/WMSCymsHPdz2yT0sbB1+YQ4/uF7Feu57tVbsgU+I4I5rvgda5Or0OYe7xPReUp5DHWM'
    'h79YBOPgm+T1oHV5ziLTnLkmcbF5fuuosQ2LYN41VZ6FsJj7fZo7QpeL6bcimBslbC/2O45FrukbqfwcP3QcqtyEKjpvuIBx8DXh'
    'c+0P6dMkR6PpGeHra5qvHuugX68q9y3PCbBJmOfjHmbrdWN2vS4X5vlSexzPBR1DZ4Ew1uXi0e3/rUKfR52+5+epwxC+pjlkehjs'
    'D83C/kzhliPM5Z6x3SM9IphjpJB14+vVZzkmCbOfZi+N90es97DQ5/Uo1XyagTfiNkeUV47KpUPzdCCvKNudobAZ5/nReI4QVU5h'
    'jHdvm6umOwR+xaJ5eDm51uuzAPyTcIsNiTnQai3oPMznVmdJE/E8sy60FM/7ZUpz0jiYLZp90S3UubQ3ifx8N5zmHCBw2QD8ji4n'
    'N8Wzgxq5El/f04Wfh8alTfRXnzNBtDfPHaLLB79JuOXDUsFIF9/TZF9UEV6Q5o4aJXs2I9R5uaoV8sxRQlOp8rOZjk2lK5DtdSY8'
    'nGh73lH+Not8o7KoFlK+lZVvIDz3Ss0Ya8g8a4R5HtG+CH5DtR86yd6xjZ+Oc7CJH9zE9kydUMcm0+VsprHYKc/5X9l//6k4fzZ4'
    'UXXXDAh1fjRefhG7m3nuv4YCx0bv1UbCTxfKtzaDbpaOtWkC+Vmah00lM1uk4NVHQ3gfFexnFhH2swjsJ4LPcKGdisVTqfKMdQp1'
    'PrKtwi7vXylsTen4tlncD4cF9PzJffpH9bKliOeJa9rF1ma9ha1FcpobW+QAu6EgI+FQrTvXF0q8+RzTaYr4DMVnKD5DxmcI9Qoo'
    'R3kj4d9Zqpwk+1vS2ossyqM9xgGW+qQOBW1lWl/2+Q6HeR1qOS/uix/jnhj3xPd38P4uj+/v+AzFZ8jq/qY5N6n9nKl8q14hK6d3'
    'N8q0VjGZViWTaXGeuEIEY02cbTG2KN68L0RHQuUfgsgyqcwiSrcWZTvWHCIbbiA6ki2GtnUqew+aI3tz9sWmhJtPf1OB8MTYtrUa'
    '3UOPTn/L5H4u8j7MldPEbAZNcm0PsPFwn8bcGiby8/ClS+hvsS/gP3KzNLhcNWmDO8hWx1mM/b/NYf/3F2n/X1Kk/X8ayK6p3U8H'
    '08n0MLnkIHtugraWE9v3EQv7rpEQu3jMoXWAhX2TSldrKlce0OiWqS1AqWPqz7bkPTHf4lchTnjbudG5Cv8eYFmInewm8B3/YZfX'
    '5sGKb4mrfZ66kn0Ta/2/qW5VvvtQV37bNK8jfsP6H+rS22GrfKlUPvkUhphLEPurBv+9fwJ/vooLg3bBp8OcVvYG7YLx2+VX6v3o'
    'cZxVZJx0/7wHzqrrvsB7jO6LN6/39wuVRdA+qoQ+FgjFpzjXD1zsw4qvmw6OOjuOYpwvai9fRnRz9TC3ChFtQy3rnqTAtRQHUr8F'
    'E3sllS1EF9MN9hjeByZ40XRMQxrfjjeTXh4sG92jSufWY3EfcJu0Xo3tIqe1d5Ox9lroC1U2CKa2dp0ROnjdWP9X0pNxyncr0/n9'
    'nZD2nh+c4/cno6bQ53JW5ySo8yFS50SDdlezMkdDmetJmeXp/LLIF54MZW+Y4z1vnOOfoZ6kfr8Phdgpmd7xvZp9tg36f2fSi4Mk'
    '37WxOR4J4x6b45+RqDmZrI9K783XxaQvOmaTsmfA+qxIe3MvT/p+VTb7f9jijA5q8Mcgwx+vJDzeitvWheFDboP3b/B8hfQh2/5+'
    'wrcv2+owh5GIs8v31P0Jj0azwfuqfroj+vkk6ScKNl3kGTXvNxkOugZkCKbj5+d1W8Q8uhO+neXWEH8G0zuKt39Gwuc7uN3dCMPp'
    'g8Lc5/YYg3YHLXmvnL1swrfh5Hviao1dPZ9zfcL3N9aNjfsd41kUBnX7NOf4DcLzmsBE1nlVwSer5kt56xeFnydvovC27PdRgrtN'
    'cC7eiSvTheN72f+ngWaOgpUs+xfCPJfWh4R5ji4aA0BHDw4qyvB1pzEAdPTPZYQ/mH279/zazeBPeb4fAyCjOQdnEt7jUoh3Xjbm'
    'xwDQxYA5kXz7HcTKetf782MA5OKxdefHbFlGvsnytL/DhT632Hyhz0k2h3y78Ib8NmeRby0fy/9WR8d5c/43VSydpKW8LCzmmSre'
    'mq4dyo8liO2AKz9Gc/WmoHwlsWWuJ3a4Ob5bwTPqdBOFjMsWF5dqHWzs3amdMpZPMluQyYKZ6g6a6jCrnASYhdE5Ux2emRLDM957'
    'brAyoYWnOjzTRYKnyt57qsKkpkgwKaaMYKrDtLFIMN2b5bZTfY1qS7RGEymni8/J3q8zmOprVFakNVLJJWLYTN+zXV0C2BRTXj/V'
    '4dtcZPjuS/rx+GyVVkc11eFbVyL4llp/PtXhXlUEuJdCJxrLkdx1n1MdduUTALtYpmuua455hunLa1YVCTbFtlmJZbwTY6sV0437'
    'nt1jfPdN7JpPdXjXFwne0812Oz5Hk2MDGOvEg7Z8MUyCNowxTIK2mzFMgjarUx0mqSLBZDrAolj7g9otxzAJ2mvHMAnaqccwCdrn'
    'xzAJ+iXEMAn6Y8Q6i2gfpRhG0b5Zsa5C7yc2nejchQQ2cjwzHoJ4J/eVLk9fVHs01oaM83OUZmw89v2aXe654NG37cZd3nPBI8G4'
    'K38J35Y9EYy78pX74blDn49RFzeE+jZdJdzyiVL7ox4RHesoLLYewmSGUMe45TkddDnb0O9S+jjOYW11CnV+FZM8e2F5sGjeyzCb'
    'chMbvH4NXFVxm3CNn0p6+iAa9wf9ka/UrM92ke9rizGBqX2wKmdWIfEDeVwgGrMQfSabFPM3zVmAMJL5a2cq4Gu7Ftje3AneSzx2'
    'ci4GQNLPh1vF7KP6id1g2Byxri5ulCoWnImt1SbFHs7FNcs2XJ2wz91Dc3fzOEz1Fvsa9xePp2ibY462w2M5YRzxd7LxYv6tg0Qw'
    'D5XLPqTrbGpjKsd7AJztUp1rHWwwVirNOXW4Zt/3isJyKY44+Cbozt6sIt5BPBeW3CfL2D6pEeZ5c3j8RZtcNTyHqgtuxdxTNjEC'
    'VTTTQQqaa2b2xRnCLe8lwuRVke+r0i9Kn+PRJc+xyq5jO1v/Xs0e7AV47Yb96Jp/x8UeJcx2fW85w6VcX9t2qO+UXDOZh/7iveAc'
    'u+QgVtEONOcbfsd8ccijuNApulyDlObi+LVeRMdJrAQc3EzKZIQfn2UUnkg7dIlgjEe0J99MytJ+mwg/Q3nvI4Sfr43S70izU342'
    'KdT59hIiP45zSwSeXSny88NiH0mDPjAWbJS+SvZzt/Djw5TBGj13iPduAYFdKzkXDSAH4LxTl1D71WyzwA+9Qp2HPOlAh7awvcLn'
    '3KCYc7XBnOl+sRnPsQrZRlr4sU9V64lx6WxlInT/LkZ5yDx7Ow6TMTY50BU6ORfmeVziMGc8u7PJ2VwF7dcAfViJgvTzhCBirMCP'
    'ysVM+0cep5bso9zvnPC+cvH0CL/RoZAn8Pvb5RxF4e1RgvuP/ibIwR/0vg2Qb6cNe89TIF5VL5E/dITIQkz85/qEOubaWnIeuV9L'
    '1J2kyn09rOHHdHdoFOxk7oADNePrFvb+hab8Io2nFRZzGGNSVcDexDP9UJsQL2f/vZn9t7stuDcboIx8vgzPN+Epy2cILh2E99Vn'
    'e8/HQE8wAO9v/qj3fOWjXp1VcM81k7NCz7Es+/G2/LxfqvjYd0IM6xO3B3H47zd6zzNhDI/fppZnUTkWtnsxjrst2O4YfNvU5s9d'
    'J//R0TUp4FczwOfn+KurvOe9PWp587/+hfesvC0oU84AfP/nJr288RQyB9QXoz3bwiv9HNwrJhEX6fCETf5T6jdCfT5N4t3TXNIU'
    'D9rEN0/vBr3iLq/P36W8fY7vcrHNH/ee//Eju7Yr7vOeO7/ntf1SyuNJcpfL7nzdwy33es/bd9ndzx3k72DuquhfcrrnDUkwRBma'
    'Ccn0l86jP+TaXpEF+NHCLAeHzR66+AXv+Y0n9TH+VfiH7z2Kf0Zgz939tB7/LE95cUQ5PUzxOuKnHTu951NP+Xu4HmBQC2WuxrP0'
    'rPc89gHv+dKT3nPFN706s4UfY5R+4/3UExpOvpsF56kN5p3e4T0/CvBb9U31fdJkuR5vfN17XvaIXb2bAIes+HHp9cwm7VaRnVwL'
    '+0rGKRZZuH3pRbc2q4l+HsdKY2guZmfms8lcd8o7fc7j/vrx2KeP/Mh7Pvs9n7etVdSTz4c1depD6ty6TF2H0ww263/1LjuesBvg'
    'ljbE49MYqacCSDf3G3NH3/NCELrmJ9f/NwkPp+Xovu/Dvf0E2Cg8YLcf3nLAB7L8O6HfG3bl49rvJbz8IjnaAuwpLn3ejRY6fy/B'
    'UdXEB8cEn9yU8Gm3Hyywm/t/w33RAM9H4C7bAPYiV2ULDjroWVUyw1WWsGgWwfyM5YzGuBueUj7Gdac2Y70K8NxMaL8f4J2jO6ZQ'
    'LtSU+S9tkwu1vd2DVylyoY47/OoV8jAbOVwFO7OHwrN8PF/PbMuToM1YnE9XkU+3hHuI4pklzDagUiP/3wz4cz9i00TLYFvUxgLj'
    '8yNfofrGdfOF4MwTCrA1DJProBxhBvTz5V1298aNcGd+H+6JUwtoa/ej/h0k2zpa+PfZTqAXfgp3+4ZH7dpGvkh8L99mJUP4rSeA'
    'v3r0yfy53f1Yvrw8Zy8LtPIHHlaXTSrsbsNseS9FvcJz9nIQKj+ZtyufH0b4XWMJLzmPXO5BmNcqoLcuhXVeRNZZMjE2ba8B2mL3'
    'g36ewOYC2/rpg36b8vnqg3revi/pyRcLgXfDj/Llbfy8XrTLnsaZpZAz5GD+jL/HbO425O9VdHM70M0Lkp7c0Zauk20cP89ufjPY'
    '+NJEHmMzrzIyLzzXUjYSlquS51ik614PLBHKc1YArF7akS8naibyVpS3SD7GBmZzdvv0tsrWT77bmfB0uLLc0EP5MispP7Lp7xvP'
    '+jwN4mmXczb2Le/5Jxj3XyU8vTvCEHGzTZufeBpwKJzhS1+wq3//jvwxDZMx/f5xX3bmwpfivrLFm4iHvwz76syEpy+V744DXvmi'
    'J4I41aaPG2AtLoL78iYiI1XhwEUJD8fKd/0wvqdwX73gyLc/4a+h7GMGgT3lHenZNO2Dyp1s6o3AvO960hvTr8HPopD98MrX3fcD'
    'tdFFvPOzJ329B5dLc1qK27pibi20kxiBdf+Dpc5HtT4u+/A3T+Wfw4VfV++/W0C3RmnxRqGOv7k1wv4OdWM0n3W3oe7NVP83EKGP'
    '4/R8lF+TLqaWSb1C7KajYmui7dR8x/uf6/BsaSgpn8MzYeJHVAb7h8rZqDxsicaXzNTmjfKNLUzXH3bGXWzrXPrhOoJleK+IIC45'
    'EukjjV2aqX1eGXwTEbZfV6fs5S/NcC5Utm+LYNyXkHdL4N0F5N018O5swod3MJu8dxP7uZfg3RpSfpTJAVYTP44Ojb1Lh4G9yxEw'
    'X+w3qvyBZExHpfPn3ALyCRWvscgS7ig7LsRGsEPjO4P775CnfZk6rgH/9t0fe99OpjZbEJ/nzHO9b8crvt1yuS8fwG9Va/0y9TA/'
    '/FbNvh2q2CubFWswxL6hTJ7uiyWkDF2vWlJ2KKKsa+72JkJj2OAfG3kmPZMryfnAdydv9H0h8d1vIVfiUeQd4vglgNvRziZtgF+Q'
    'P5tL4JYmdrOmOK2M/E1lvksUZROO9ryNxIbdFM+i3858hY2mzZkuhzPT6FBX8hQcH8gxvddBrm6iE3tum5u8vsYStrVFgq0cryts'
    'K54Jwhbhe6qj3qKO4FsVHlsagsdaLfDYARZ4rInI2EcVvklcXt5HfDpUvhYIow0Jtz3I78lWAj/0f/8K0w3wfHxdCl+RXpHvq+dq'
    '+19rba82na3VwF6ttTh2abqfS+yHZATtO9PQR8YUbzUJP4/1FUynmFbaOcY6RfyVUqfI/dTqgb9CfLadfVtI8M5mC/vg7cLXi1QK'
    'tV/wdmLPjvTUKoNYuCvTQVzbqNm3C5nfjC4+bBngR8RpGeBVFsM9xPd3Bu4V0zNG7fOwTRveHvmI4yzqWN3vvcXHKzb9v8Zyk5cR'
    '+stkPWz4vn/X0HWtCItxf21+KvLziz8P/TaJYv8SMPlUeo8CSOQGl0H5UWVUE1VhH6vJf9cQyNbV53tMNRZvRtxOu6HBxp4v7Fdh'
    'jAcdbcXnUSYq9NdgN2KjX1Io7d4tqgr3FnRzajC9Y2yq8jOI903luL1Mp9h4qTZgOzcBv2RqbyVt08YEqtOv3YQCjuzbdq9E0bHN'
    'cPe63GlSlqGiOcojaI4lmjuuEH3A0gLl/EuZ/P6ACZTjU1t/mzrc1l8lO6O6l6WxPiDWB8T6gFgfEOsDYn1ArA+I9QGxPiDWB8T6'
    'gFgfEOsD9hl9AOXNawhOq2C84soQe70MtEll/m3Cj2mqOiPcN+dIRf2jSFnuE9JIzh+tszykT+Tvbe7otMiPWdgh7OJGy7FvS+Tf'
    '1dxOlZYdSPh9dTn0tZ7U73Gov5bU3+pQ/4REYedlSSL6Hl+QiL7H5yT8M7XJYvx1pN6VFvUEGVOfyPctxDK/g3MS1WYvq/c6wQ9d'
    'FmP6P8Lz3ynUFhnjytYJdWxQVb1NUO8xUm+rgT13J9TbQerZ7L/PEXyrO2N3kraHLNr+CGl7SNP2tSLos8rLjFrCEuv1Ku4S3vZ6'
    '0nanRdtnK8bdw8qcqoAtL3MCKbNVU2a5wZ24yPFOnEvuct5vs4KfGhH5uTXo/EcU/I6OX0CZK9IOqjisprxmK7nLE0CbziR3Od7r'
    'hcbbtpU56nK4JAkNUSGCNvG1rN92Ee5PUcdkOKrc9rq+6oqgP2gGekIlP0M+uU6xz5A/puUfC5HRRvmSNJM5JETQb8a0HR7b8CBh'
    'Hu+OnhPT+NubRb7/DPUHkrD4YsaLmeUyhrB++Dp8JOPJgk37KeYc+zJ+7GL0TUJ/ni1F7Gdtxo8N2i3MYo8Xq++lJVpH3s8sAsuN'
    'rO4Wofc9i5onjdMq+3m73M/xoFozm733S9JWt+KOs2nrBdIWnz+H2ahQ52tB37EnQ8bVZTmurxUAL77Gn1WM63XDcfG2PlrAHHlb'
    'W8o9PGuDQ0zaxz23vggwxLZOL2DP8bZWlAdxp4ruwhzwq9PmeePPgjrL4Nme9t/nZCaT0PcZ0Pcfy3w/V5ezluPXSBuDCl6Qvted'
    'rZ+QNq4U6pwfUWd9l2IcXZbj+HsLePRo9tKXDcYxGnEOP1Hm0WRh8LC5V3F+15J2NzK8s0W45R7J3f+KdnuK0O65CjiMGrSjyx+H'
    'fMwqh73C1+gIgzVyuZdnKcY2arh/sI00GduatI8/6FiOBLwxRvAF4oc2eB7PcNWv08VtF/HQT7LPg4VfJqq9o6D+KRG8simebINx'
    '/H3a0x/SNk+Aeh9k/Hex8P+nJ7BPhPc1sI60z6OhvesVd85Ktn66uWwscrs43rPTwZx3JvdDPewJXvdVEcxXqMI/cu/NZO3y3FSj'
    'wlzuNFfRXq+wz4mH57yKtHcWow/Czk+bZv1+mypOe7hu/5ryYY9lTmRll2twzY8c6mK/30359m8TjU9k/3cROHL4qc52FI64vUjt'
    '7Tn/KT+O4GaNrmaYySgHU/k2hpTHHTa8k2U7l4X0PSzUOcPOJnV6Qs4sPRunGPSzndU5RjHHToc5HkLauVIEcxpGtYPjaQppp9+i'
    'HaGY1xaHef06GQ3Tf2N9v5wM5uHl+R37WJ3nQ+r0a+rsSvpnZFU6iJdsaYGHkr4eczO7N/jZ+ErSl2Xbrres/6mQ+v0G9W+C+i6y'
    'KVn/ajJX3Roh3bs5pGw/48k6FTDsEPm5zHD9LlS0q+J5MA9wtQEfk7v/k0EdbYdm76tsnJdp1ibqzGD+04Mc6+OZa0wG9enIF7zN'
    '1rE8pOwoK/t2Qg0XU5zy7wkfp7ieN9nOT4m9wAqov5bQHvQe/IFBWbzjvhNSltMajxiUxXbvhRjmxZbX5HKXEb266gzIMreSMioZ'
    'hSxzQyKoc3yVnYv3J4K5JYdYmeFEvu7WZI/Iet2KeYyyeawLKYN7/1zFGCn9nbPTT5jZGVDcl7PTJ20PamwYjiRlVPLKnM0UKdOt'
    '0e/OU6wH51OaQ8psI/YalSFyC1mmLGQ8aFPyJ4Vum+P5N4U+9yiO+VeKMr38/ie6bVOdTY7+V7TNcfs/iuBcX2ftPCH05wXX8BFh'
    't4cQ1veI4HpwPPtFMn9TnkrWu4PUM5W1yHo3kjGp8HI9+CBVhvBW9TB/XTuIN68MKXMclOkgZVQ4W5a5KKTM8VDmLAIPU54ud/8r'
    '1jYKX6MvyKwiymXQXqPOko+jNpM2chVVLiWVXcQSC5uJidbhT0Y8wdg3MPYNjH0DY9/A2Dcw9g2MfQNj38DYNzD2DYx9A2PfwNg3'
    'cHr7BrrY2sf25bF9eWxfHtuXx/blsX15bF8e25fH9uWxfXlsXx7bl8f25bF9eWxfHtuXx/blsX15bF8e25fH9uWxfXlsXx7bl8f2'
    '5bF9eWxfHtuXx/blsX35dLMvTxjYl5vYfrvmsWkGW1hqF1djITuh8RIHyJnn8RKH2TdqAzbC+Epuj1wM+/pn2Bw5Th9k9yCNY8nl'
    'u4iLw+JY4jyXK9rpI+3xOJYbDfk/um+j1orbwjcY1uO0AbVtQ9vv8tgWadJskUrtlxL7k8T+JLE/SexPEvuTxP4ksT9J7E8S+5PE'
    '/iSxP0nsTxLzcLE/San8SeipqyQ4DfM3dcA4Bdm7lYT+wnInAZ9HaS9VPxLOv4X31ws/3sNV7EzxnOdTBWumzH9pK5yqORsS/5nt'
    'fn3JcYdfveJs1ZI7Nnda28PPKe6nIbKf4nUPrrtiza8rdM2Lue45eU72P85LeOv5c8Lbxed63zvXtjTx9KaIvXVOi4J+B5vQNjEu'
    'nR64NEn+pjQU6g/SwHfj2eyGdU470sQTeTBFqX5e0ymTVXT5qeonInRF1YxHLSd6iAaCT5FWr7LgbXEPiHgP7LV7gJ/fNDm/UTn5'
    'kJfDOrhvEiHy9loD/suk7zToB4TIz31YBd8rGO8nE4N+6UW1fI/3w+Wqqy3KYw7kWcL3v1rIytFzN5PIrXkdFY+MMKsg/UvY7wc6'
    '2CMJvy0mWEdrIzethb73Ax3aUuh/zQP2ehAXG5dCx/n80/bjTFuOE3Xe+xeoU7hmVzC/5BKh1sO86CADx/Mn278J5nQDzKdCTLVf'
    'QiHLkzsmXbbndTmerBJ0afpLFtwCrJzZS7Mh66vKvfYzEIrWgj1FVXGhGD7EpHfnppHXCPuV73Wbcsy14jx62drvheCvwm2T1gO/'
    'jfRl3/ne13rQ/eL7Zbf778+ObfKKZpMn8Xesz5kcfQ7Nuy3v2OtiG7Z9xoaNjwFhHdu3xfZtsX1bbN8W27fF9m2xfVts3xbbt8X2'
    'bbF9275l31ZBbNWmogxf9jWyfu+R1edohN7Sy+RtxvNaj4fbWh3oE0rvVYz7ZwDXtAbKpYieYhbZczn97bi6Pf4daYQqR9lEzMfG'
    'fGzMx8Z8bMzHxnxszMfGfGzMx8Z8bMzH7lt+Wik4Q8WIM5IBHCvrnkfuldw82D1zT0jZM1jZzxM48bJDEf3cTvp5NzwH4NnFyt5I'
    'yuIYRuDZzcpuB5jId6fAc5CVuQrwg6rMsGL89aQfOoYzSBthsWJk/fOB/2kAnTGdw7aI+tSGWDX/qL6Xk3v5DGZbsZn9je32kPZz'
    'sX3JGpzK6nYiD0nOVoat+6mE7siwPXMSowPku7np4JOerTTaogo/phbai+L+x7OC8EB9N/Jd5fDkNvhUpoS8Ddr+yn+riJXPKmhv'
    'Afx9kMiPy6fLs7CN0Y82eagp7TfCcBjGkFxGbAnCyiL/QGF2gsi3DcB1PxHqXa3pc6aizx5GQ3cb9Mn9ISqIbCZsHeQ63UpoEX4m'
    'lirwYR/b97incU5bFGXxbHSwM7KJlO1keKWbnHVZdgPBQSOaM9hP+quH81LNxtnD6nRA2dMIbn4fw6vDrL8h0kY9yENrWV2Kq1Rj'
    'k+dshgaHbGb99DP4jbC29ieyjSGytzIMtsNMHoRrRG3V5Tk4RrG3kJZIROwVxCnUN5r7P9P6cn/OhP2cIHvbdi8XY0wNjBanPn3Z'
    'tylJz+louoTCXrpRIUuqYTJU2h+Voa5i55zKyJsi5quDoVzLjyd8nB0Gw9sT3h7SrctWmBO2VYV1NbxhCp7pac01liXGnxi/jdrO'
    '/kL6xcwr3DB6z689ovbvwdgu+/tFypq1GMP9OhKv6bRaUzy31ynObWYar3EZ/MJLlSfG/5DnvTo2PhlrfJ1+jU1976LO9TXxmu9T'
    'a47n/nLFuY9jDyQSYsWekAC+z4rtLwInx/EeJh7mZnRqyBrI0All01u/0cb0G63Msc/61xT2scpaPxL81bTxczUSr+m0WlM8t3Xs'
    '3Fb6EwrtKMC3R5TXxRAJsxs4Qvi+OfQ715+1CD9uAPL4FaSMSt5qq1fexsZgcx7sfklKGpb2l1ZxYQXE0Wh10+WaKues/cwbzL+E'
    '2Qqp9mFM7xnsiWWFLGDFOVElYnpv4mGOuinc/72K/Z92wInTbG1SBlxr6C/pjtvyzkd3vCZ71ZrguWnQ0V1tuRM7prv/asja1jrU'
    'U53bZLxH8vZIst09Fkc6eg+Nxed26q1JRvjxxjiPYGK7oeJ9ZJ3XhDpGps36pqbXeqcLXe8okXAx9kMaeEDcG1fCOm60OLfTfB1z'
    '9OgNyYDo0YYiDY83+4VoftHmjOb+zv7HbaozOeV+qmBQyVR6EkbSYEMsNRiTUoGZhsmS0N4z2eZ/TxOxW6H4HXO0XsX6ffVB7/kJ'
    'y1iCMW+rwCWFbcPI2NWqO1vP3yZT+/IPYcZttdyj2dr/gnRyvCaTvSaReoWQ8Sn1ChHlw/QKtcxmGXUC9Uw3cLlCrqvlz1O5v7+i'
    'uqIqmPy41qFe2Hw+w+bzSahXZaSTk5R1WTn+nZlWt0NFDsx/8WIu/OgK+JcF7JgNrXnUd612er2B6nxn2c6bvP/eEKmHbwmljMrH'
    '3wwndSNsYJIzcrBp1ZFWnP7g8SvwnbTn3Zn9d1bS3+dliveR96cDXpks/zKLaqli087jRf1F3J/xmkz6muC5uU1xbuAuyeLyJCxY'
    'OlIoXVYeAqvMXrNG0Xg6mZyQlbJtw7bn4Febeurv9Qq6+JZ4z8R7xmLPIN7piO0ZJkW3XgHwx/O7Pob9pMCe2zcgXVRG+LA6xodV'
    'EjshzCGyhLWLvl3tRE5J2ygn5bmtkfR3ayTlUZ5p205TBH/ZyNqS/MAsYeebh+3XMDwyK4L3RjhGlePjz7B1SbN1MWmPwtPEz9l2'
    'rMPQThLanRXr+qaMro/bXAzCusfrN/XWLyP8OG3l5DzyuBT7sXIU7x46zy9XE1JuwTz3eHJheixVzEfTdvndVqnA0Ri74jpmB6v6'
    'xnFxUvixPKvI32F5vHW56VB+m2LyW+5b/pL8zmCF5dDvHGVTPw+RsaZgf2yIdW9q+mtszzEF+aGVbFXCOh0lTZXrNFOjg6VnYDE8'
    'Z8zzv6l0tib2N30O9lbTfL018jI7FB+62AZN1cM5P1PYxZPCWBw8Dsjh5BvG98DYiPPJN4yLgnmW5pBvPSI/BsssxTdss07R34gI'
    '5uh7SXNHmNCg3A+GxroptB1+dj6ikAtUeAWSev1Hei8xnSlJsjeLtHbWceiaKnJRceYHZUQGzK4ZyVWRX7DCnjaj8sYb4j0R7wmF'
    'PFElZ+hgeCmP1iqCldsU/kUKrIthuxql3xU/ya7NL4L6Xfo+bH119069ov9KJhuRd+I6kR8HP0PkWetEfvykVrjzLiOynMugrxnC'
    'jy/YGnEnVjF50EIDGhJ5qioNzzDd+YJInkEEY7NmwX6duR7GDceUE75cJas1kdvROGyq+KdyUr8l5Uz3lk0MfsneRMWNxTiGGMeR'
    '5k7FuIZcnhDWJsosvir8HI+bRXj+U9ofj6Xd49j/zdl/sy37d+nnKuHn7uhjMMS5DDu2fQngIB4T3aWtU2Hf0hieGLtym2ObR5K5'
    '85y5+Nzk2PY7hBejT5fXl+fgdenDlmeiMOslY6Lxmy9IerAuxXlGng9zAxxI3mEuhtmEb5T5M3J2iDv8+2xPntddPp+J7/60O5gv'
    'aM4OP5e9iyyS5nOpS3oxgksJG8y5cCR5hzkuaH4X+U4+P/+J/Pwu8l39pfk5SQ4k32TuEvm8404/pwP2s/DiIJxf6wnCWea15nCW'
    'Oa1pu0kiLMO8Nv+Q8OSWct9tYWdi2GIf28LfRG7SYnHXbBLBnNQUL/WI/FzVxwP9WIy7hLa7ANqNGveI5Xgxdiuty/EGr5MkspM1'
    'CS/OZ9Q8UUY1j+Bx+nfHJO6JsHJUp52joRJe3h96z3UwuqRniszlBeHFd6VzeXmKjP1vheeHWAr8MFP4+QbkcwU8V8PzFMhDUIF4'
    'FuKj3zDHe944xz8fc4Sfv+BUqN8WkcegntgV0HJHQ7nrSb6D1Wnzu67OAR503m3wPFYzDz4+OS6JG+YSuoPGXe+xwGc95O7Q0YWU'
    'tpkLsKf9Xklwo0m/FD8NsDtsq1Dn9tHZ0qh4p7AcKYcJ5hvSDk1qhECmuVds6JSoXEfLhD7X0eGkPs3dRMscRMoMacqUOiddgugv'
    'qGyI+7eoYMnrSXhG1XON3xUlg7KhOxeRM4LvjhfBuO+HEj1LLVkXqufBfCHdbN1of9c42gaUYs7nKOZ8hmLOpyrGf7IDHJYr6oxG'
    '1MH8ZbQOzTFAyx4AsKBlOS6cqSjTw8pUK8rIe0+F4yZz/TYo1m+dYv3eS949rFj7W5cF1z7RFlz7pZq1p3iN0thha6+jy8PWnt59'
    'UWvfarD2rQZr31qCtc9Yrj3N64L5Cw5iNhGLQYZQRtpLkfqL2fMEmEuWRc3x9phLIYwWyJA7heeN6Sfw5LlXushdGcUbDQl1nr1G'
    'Jp81yXERBo9VZE8f6iAbOcHQ1sTlfCOO/R/ybuY8793vybsZ8O5N4dsiz2PrPA/a+pWizMHz8su8DGeU0k9hY5Z1npeyG4KXbObb'
    'ZEHzIn7ZSJ6y/68RWeswwxFDClmLjo6WbX1WeMECVHL1YUUfUWMfCpHNc1kC3fPbCd/VQ+pEnZ0RxZjrAVb7W8h5Bgz64n2cCWeU'
    '4vUhDX8yopgb8kcHsrrYVifBM2Fji5pjn6bvA0B2bbqmVP8SBasOkZ+Xiuf8CcMjaUs8YpKfz+RsFpKTXkXrq95JHcRqB34szCbQ'
    'Jq/5AZMw5yZmpxU1Tp1fCrVlHBFxfJkCbVwFs3Etns2jxdpQGbTNHVwsGqSByWUK5WkSlvXLLOvHdtshe3reHrA62G23RO5pjhdX'
    'kqeLjraRlO+E+qtgbS8Tvu9NvL4Ts74JxnOVFem8rtTQwMMWtOcvFbR4g4XdigkdTNt7if19ZYi9iNz7d1R78g7Kr3B7nT4mx52n'
    'gAt970oP0z47LGjWN5mec321r+sLo+cnei4jFrwKzuWIaj937KCFbKLXQofdweQi/Rpd70TzOf9R5Z/B7azvfoWMjZYbUeipqV0A'
    '17d3FGEuUfDuUfD2cp4Pknn+kc3PZM9s1pxPrt92nTOFayHn8uoqL1+5fHci00GeADrID84JwlKVL/540GUuT5vpWrEsPhsUtot8'
    'DLLsMqJDNh3vkfBtTDNeOqYV5L2E0dIqj6cr1V4o5h74N3i+QvCTnMOfKz2es9D7jY6fynvo+35DXEjxXY+iDSoP/kGlpwelNlD8'
    '7P5WIePTycls74u+CByG/lt3ETjvrfgtbPwjlfm0R1T7ww76/4m+s06s9PPYm9xRqv34aoQMdlijk+pF/XClN/5inj8bujLsbP2u'
    'wpODReHsNkNbHSxL+zyR2PtQHH48w7krmX3Mu9j3FYCT/zE7iEMm4E7t1uDuHiaT/dsJHs+g5hzjeD44yePh8FmfHc9pIvq+Ntlb'
    '7RZ0RhvZV6bt415rL5C+aDOkU3I+7BW+7qhjEvYx4v+3MhMzjsGIcTyX8fFlj8VdQ+9r07txIIKe4XfkVzOeToTi0g6He5D7N5jo'
    '6DZazAvvv+syPu20t9J+OR+KjI+zJpvGy9nkZYJ3pss6u+ozGzOlkXmY4oI3ykvbf9Sd8ewk9Y/zf6Dc8xWYaJqVjonLnm4p98/y'
    '3iw/6Sz3PM5dbBCKzdOcWO7ZZ9reJSOKfcl5/7B+Dyr3+Y7JoPnrwUhgqYFMxYY+nyia6Nkyf90misaX/T40wf2ijObOsvz9Ugra'
    '4PUIXnCkzLP15/ZHtnZWpjj2ojIfT0y2XH95me/X6nJn62R7Of6/iG3zcWfKvL/3xjMux/eLtL+nOibgHH2H9NfJYNnB7o5OjT1e'
    'mH1cD1vbv0v753YyeBU5hg+nS487uiLg3pP2fe9dcIfpfj+dzLUQnLG9APrmcMVcXcYQhY8b0r5NY7Huoqj1eB3p/1Rx5tgVcd++'
    'WOJ+cH9+KzV59qGfS3mxYSZTtxVFb42SdWjX+CmuYu2+26GfdSnf1reLna/XDc/Fe1Ke/eVE8Re5OAIpz76oFHxELi5gyrdF5/7i'
    'pvqHPX4PBD4TJWd6Len3ORF2EbLP3Ul/Lw1p7vjRiL30cNJf12HNWvVYyH84XD5P2l8RcZ5WO5ynjyQ9me1k4pbc/Z/042Zd+gzI'
    '1Xfn+4w89ZT3HHoIfPB2ec9HnvPaOD+pxw09hnKzU5J+3AgX/wfd/bE46dn4l5o/k301kb74/LcUwT6Nwut3icJ9L/5vwpOVhdmI'
    'RO3PYy30OSbn4omE7wcYtZf4Wj+YKMyHJnD/JzyZQjHkcKo1HdX0O0bmUShNLtvrV7TnSvfm+H+yRjZ7T9Z5d8KPt9IdwV+ivGEV'
    'qWNiW5mz/0n4vogmZ7hf5yOUcPNZG2DtVCd8P8ow+qkeDGerI2CE8/xvEV22h/gDNpfAZkC2/SMYh/z+67PAl6bHj80kn29BvKTd'
    'pOyz53nP1Ho/BpN8HtgL9H9IWd7ug4qyJ25Xl/07Rdm+m9Rj+GxIWd7uX5Kyb0H8qfs1cPhwSFkeu+r9pKwkvuSz7vxg3Xo4i7zs'
    'LZery/Yoyp78AXXZS0jZHih7+4B6bmeRstds8Z6nnaWe2xpFWVw3XvY4RVlcC152CSnbdp/33LET9jDQMAse8eOCY9kvPgHxuneo'
    'Y7O1kLJRtFEtKcvpqxZod9ZutY+gqf+XSdzv2FeG+VJ8oRD/rxZj/6+otamHOzj2adLHlS2ln16YL13S0tclLE6OKqbs/hb7BGME'
    '2Oyrdzj08bBlH6Z+iFExzYpdH9cO/aIz4Mer8pVuJb7ImEe8Rvj5ZTAfjiyHOXlWszZWi/wcbTUimE8H69N6Cy19RQ8EH+ZijNW0'
    'zyQ5S5XEz3lPrPDsvfilF8PXooLAXa7FwUCL7k/64vY89Dkk7OPGom9ik/DjftCYNjRe1lbFMyxelm6fNVr6/zaSZxJgMwRj6xc2'
    'ucdSiUR6mt8Fizj2truza8ILWCeQTdW053K+t5O75ETY17jW/F7g+HaQfBMhZZHfPtSwbYo3UyF3E42rsITgJGExLhqvJ2Xp/5sW'
    'flxePCtJ8r0sxBc1pTl7s0l53p5NzIkcjf4x71k25p3NCqHPQcXHS/PGUTgvYng5DL9MxBzvv3n6zxH5v9t37V1zxBgkVBa3TeTH'
    'JePx06lMh8fKco3DwMc3W3MmaYw0Ol7XfmluDRHzQMp77+Bzcyne58E/IewyIh8cVUCX27Gc0DK1Ij/HoyrvIs/3GCXHCFvzOJ+K'
    'Kp/KdUb5VJIG+VRaQA5NcWechzx/DcY2iEJ+ofQk51+biT4iLezidWOMvy0iGJM1JwdIBMvw3IdNCT+uC9py9RDdBf+G+oc0aZvW'
    'o7kT3xb6Mmjz/P9EsI8r4Nu/C32ux1cV33Bs/6JocxS+/ZiMqZPphRAmz4hgXkec09PZf9+NcVeMu2LclUeHNoXwa0lYIxVdUcXo'
    'CrE2u7af9/67vS373235dIWu/QZN+w1FaL+M0S0t4MuBsqtawEsYtyrOL7wnv/DZii1ULDF+uwl9K+/XLylk+kKYx+jF+L9zyLu5'
    '4967ZvLum3inkncr5wX1gYfCs1f4sc1pXG+XXPLxfpwa+7HJcl2vYDK7OId5YE3bJ3tNC43vqrpfrgA8UOOw7nvTL2n+S9nRmuMp'
    'SWtyetPkN+7wqw9Zd5t4l1WwrukIXVqjAc2TZjSPadu6NisV+9D0rrwenjUiP69ZOdPzDRDakco5B4U6zoBtbFGax6rQPHTU7igq'
    'dyjaHVUKfZ4mzGfHdY+qfJyYJ7JWmOfX5LrNbSH+dMXMrSnbujfb2HWiePnheHwm1V7qEO45zgrZGzjnk0L2xjCz1zxGsTf+k5VZ'
    'DOMztQnfrLE9xfb2F34Ots3CLJcBP5fY9hts7jQX4hJISO6aT4/b/u6Na/0ui7U+nsDdxA59Itf/V47rPxCy/vdl635KTGwuTBP8'
    '0DNJewbvjnMI/ua+hqMKHwdqE2sSL+I4YZbHQrVfTOeG45or/NzUmzW+CTY+EjSmON9nfH/tl63zUVF4Tl1T3/EBTdnNRHY9mTTJ'
    'GkM8YZITV7bXptA303u+HvqqZXTLoMYXo8eCfuGxF2oV+79DqPMw0j1yq/DyyWeIHVyheUyxrGz/YuGWz/R0+Bble8F9Cs9I+3cJ'
    '7p3VFrH0lrN4EWvT/jo2iaA/Y1S84LNIjMd6wAXo/3qUhY+iKleqCx1aSG5WW/majl8SjvxSMxEs8Hw0HUQmiHRjRuTnT0T/qKVE'
    'zviS8POPZsg7xA3o61DL+pmn0KHROvuJYK6yRvJuMbGT4bnKVHkMqb7ABl7nafjuZISN22Tmkm3xjddzcFCMR4TJMGz7qiICLcr/'
    'o62GiwxSt/crHPc+tX9aLiYuFxPu1VKVpzbahc4JYVkO/3T7UGUHJs/KxzR2nueTMy+I7bENTFYKu5xf9SJol22TPwttS5vhHgyz'
    'X11kcI9UOZ4D2f9RChtWiuMuIbTSAjbGI8iestm3Kr+FlSF+J7q9SfdJmfBzk0XZA9qeaxxvgsx9vsZ+00RumoywB01Z4kiaR5SO'
    'rVg52gqBm8meVZ2pJZZ73taOFteB3mfKXO1ond+q15XQ89zI1kbn48F5pASxQ22axLVD3TAtH2abT9daZ/duQm9mgBazHa+9b4nU'
    'sk1f5xIgzBocdIZGykOl7wgsTLuJchHO+qkkVss6y/15GfIRSYhRxtpIiWg/sMOSnu0D+sypYnNcRWQNJnkoVDHkFqL8kcQmKoVf'
    'mMon7NcJc5+wVxLeOGJ9vFIfnxYF/NoLPG62d4Fcz8GEn2t9ieLp0uYlEKfHBEfXa9qQMVOWkzZUZ2ejsM9V3cd4/1YL+kGV9ylM'
    '5tzFzvbMhBcPUgVDPI+qb7o707YdzKE+CjTIkIbfr4n9UsLsfEtpc2O1/k2wptcSmqiK2Mer8skPCT/+wn6ac6WSvZvEEJTtniH8'
    'WPQ8NiC/x7ZpzlRUbjLedtSYDiPy2g4CB1WuJ67f5LrQmQS2HA/1KHSI3SIY868QOWyYv115AbT8OvhWr+C9Zd2ZQE+FxXxIsz2r'
    'qy/7u5zwPjiHs6HtStibi8lddK3CBhtpvMnigUz9jVV86yJGh4bVLwaf5yrbKJbPYw3h344ztA+IumeHRDDnCR+nyd5faQmPgQi7'
    'Lakvu1AUHgMxCid2GtodmMYCLDXcTOKHdwt13NgBDe7DPZaAPql+IddsYkzp3ZEhMp0+ZouOzyGNDPJ9BjzVQmLzvlXzXELsC6rg'
    'XTvDA3WEdptJdFiIF5HGHCT6MaQDuB7qbgUM/z9nQfU4'
)
