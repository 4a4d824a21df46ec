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
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 42393, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 42599, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 42885, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 43081, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 43135, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 43159, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 43183, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 43226, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 43520, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 43538, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 43555, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 43584, 124, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 43708, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 43915, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 44185, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 44289, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 44305, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 44321, 44, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 44365, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 44466, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 44491, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 45340, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 45448, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 45462, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 45490, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 45551, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 45663, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 45790, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 45911, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 46185, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 46319, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 46456, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 46484, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>[^-|–—:·•»]{2,60})$', 0, 32, 46500, 236, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|creado|edited|issued|posted|publié|update|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 46736, 3039, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 49775, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 49995, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 50016, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 50074, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 50090, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 50106, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 50205, 55, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 50260, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50483, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50540, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50597, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50654, 40, 1, {}, (None, None)),
 ('^.*?\\bby\\s+', 2, 34, 50694, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 50724, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 50825, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 50849, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 51359, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 51383, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 51407, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51815, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 51956, 21, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 51977, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 52821, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 53012, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 53258, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 53336, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 53447, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53489, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 54202, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 54280, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 54337, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 54369, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 54521, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l+/W+JaGbGEIgBDqQpQMEQkiggSgoEHZZAiG9pRvS6W7a7oREhEZBUWBgRBwd/V1GnBEMyKLDIo4BhcQZ0QFB'
    '9P+dEQb4R5wZRwbGDceeV++ek3veuVX3VtV7rzvduc8vXvreWk9VnTr7qRNCpIX3k8/x7K85++yAd4nsv0b47wz8a8j+O+Rp75ne'
    'LUR99vluxbfv/tj7djL5dtp53vPMc71vxyu+3XK59+1o8q1qrV9GfltMvlWzb4fCt1aYh3xuFt63A8m3IfatRbZF6sk2l5Ay+Lcs'
    'W0vKDkWUTQL8GgGesp9KeCfhXQuwr8j+qyFwb4I6SVInAX/TOlVsrVIWfUhYlMF4V8J4V5N3J2/03q0g737T4707irz72ZPeOznn'
    'OoBDH+lThIxZ1puX/TeXwC0NcxBkLsmIuZeRv2WZctIeL5tga2MKr0YyNpMxNcK45Jmaz+Beb9GvnEc5nJlGh7o3fCt/vk0wpveS'
    'cqbt4TnBvymsV8LzuW327TZCOzawzRQJtnK8rrCteCYIW4TvqcINDhUE36rw2NIQPNZqgccOsMBjTTB++W2UnHH5HIYylWRcfbCe'
    'VQo8WElgtCHhtgfL2Tq0EvhVwTi+Ak8+7hF4dsHYqkmZXjJ/LOuCK+T7S2EsqdzLqF8yMZ1/OcC0igJ+6cgSNvvH5D6V+3NmxL5b'
    'ydqMwltNsJ8+nf13BdTrgG+y/GGBfZPcp390ff80Pp5Rr/yeYmMuOytBzjrFWW0En21n3xYSvIO4ogfWD+/D98HzOsBx2I6svz/B'
    'ObQ+LdNA6KlV6fy2T0p7zw/N8dtemQ7i2mrNvl1I9mMheHeRJe4uB5ooAXOj/Md8gPdBjO+ohL42tXnP98Pzjrb8e0e+e60HxtWr'
    'pr/ltx9D/f+A5/3wPAfqvAVnX757DPiL5v7wuq/D80143sv+vh/G+k/Ah+To5su951tdPq2fgTWT778GdX8Jz++0+e/5vP8Jvj3R'
    'Fpx3CvbT32X/XUDoWJu+9gNcyPtqZvRgI9mjXVCur82n15oU9ADSyJUKOkjW/3hbPt0g370H2r7oU95zTVv+3Y975kIody08L4b5'
    'IB+HdeXz8rbwOvxc1QMOP47RYoPw3MrO9TD7uxv6nwd/d8JzG3nfAvARAP8kgU8NWUNav5+No5fRObp9zOdYS/DgLKj3KJT/Njz/'
    '2OavkXx241liMLyQwFi2+Q7AgfLdLDgHraP5bWFfuxV7UrVOvI8k2U91ClmHhN1JGhnHpk7v+cMuHxfzb4mrg+fwQ1359VT8P65n'
    'FVvPJNu7twDueeva/P7oWN53jvf8RX9wLCgb+cBtepwwmO18gaI8HWc5G2eajfOv1nnPYwEu/7k9SFd3sDMypMED8t17Et5ZQVxC'
    '1+U86EOAnKhZ8e3mO4Nw4rBQwalSAaeMCIdFBeMxdPOcaQEvWuYYVobzUbqxNYNMRSj4Ipx32Se959s3B+H1wJ3ec+xmxR3bC3Db'
    'qsaLiON/ArwqxVXYRvJjfj+8/b+62R+fCic1wnmme/BtmMvZALdlFwVhunw0v8yXO4Pt491wN9Aj5Za8hWz3C+d6zx44mx+42Hv+'
    'w3n2dJIcy4elDMdhLI0wHjwbVFYjLvfPCs69kbVdwfiYWtZ2E1vT+4H2ehvW9BDFt/VjvuxhMs7MDDbHdMgcbeA8k8GCn5GGkHNX'
    'GXLu6NhnifB7rYzcaxeQe022dydb/zW3es9dt+TfT3gPyW9/WJ9f5z44l0M3598jYTQKpzOfAlz7mbO855Mg90/BvphPy56dX/Y7'
    'rGwLKfsDoAOvANj+8npoozNfZi/ffQXK3sPKfuEW/Z3UnJ3QuY5nsJzBgI/1H4FmWLktCAM+Vl6WwuBMwDfzYW1/fRHwkBuDMMCy'
    'O27xnsNj+WVVd6Cp3IvLg2ePe99lu08BnZohNOWTHwV6byh/j7wCz76bvOelsA/KxnweD3m0HN1AcJ5pG7TveqDl57L9F9aGiv9B'
    'voWOj/MvO6Hff/5ckB7Wjf21m9Vz2A/w3Uro74Ze9dxwTeuJ7DNXb23+Ofj4JXBnQD/vWw/7CXRs5wv3s1DFzsK2Ye95xLnqPTtf'
    'UXbBueo9S88CHXPUWeBlw85CdRHPQhh/gnjzAHavLIPncSJ4dxwJzzbWvkoWqXqHMNxP870B6DlTWadK/s/nWk7urCvJuiB8k+3h'
    'Mj0qy43ae8jj1TJ6o4/xyyPkbyr7QJ0B5eVfJ7w8lc9dgetFZH8jBeqEcR/ZyOsaiXyzFr7PsoAvp0UPzr641vHsJx3hf26R4X8C'
    '4OGo8psZfdpL5Df1IPs83KCdfvYcNZATj7B5dpD3Uf0hHAeEmu+33W+yjbtgHVDmTWm7vek8lRUoz17Jvsn/XgXjXcjk5y68nITh'
    '2Q7npxiw4rr7sD2YYLJJk7W1bd9lH5rcI9fupffI4UXCO3hHY99R7XWx8Ywq5NFT/V76TtLT20zkvXRNkdbzyhKt5/lT5H7CcyHf'
    'bTGo3830KIOKc9GrGR9dWxM4F3J/0juS29mdEnIH9jjcgdQmiOqR0CaohfU1qNk7Ixa67G0KPbXJ+nVo7m3KL/ww4dsktTI5ynTG'
    'u5ki0i82bRSbzrk8+6Ip4a8p1ZUsUMCXwmlEoQctZO3C9rEc6/+FuWP9sPJRZ2KQrL3JOeBnTqUXHlLsG9cxyvl+TvJxbAwbmR3g'
    'PMvzTOuYrCveny0a3Deqgc1wxPxQRlEPcJyhwP+2dK1s6xzYt1Hr36cZv+08+BgoPtlE+M9G1u4QW5PF7PtGhntQ7hi2xoWOk+ss'
    'ESdQvcFcojegeOTM7L/TC5A14ngyhMYo5J6ld0Ax71BXGaMJb4R6IYqLBdNbdytsV1BeP5PQayY4kraH5+4qaO8BWOuoM3wo2c82'
    'sFhOZKBUFnoHoSU2amhV1TzwnHwIzgnCIWq/bGLPnog6yAdUauB3NZTpAN0+bXvQYB5DBv1L/clshsc62Nr3au5kHex4XbQnegeh'
    'VU3OHqddo+ogbzGL3AH8PuqLsM8aZbb1nD+OwmPy/ctMHvIzqDPDs+1NpcvK9/wy5eUV+N+V5VXV5TW1dfirb6ibpF+j/L+mUrSc'
    'A8zvxscTuf/3f0KMjcnnPd7vggu+mns+v3DZIWsPX3zOr84694Jv3HPPQvj8hztuvGfc4PfYdd9uTYj0r7P/eZ1senB/H6N4ff3J'
    '6+ee81+4h/zkyo2NF+sne2z/efh377dT97UF/7on8Pvlt+lf42J8Z/af/P8LxuU8Re5/L2X/9+vc/2d/337zbWh5fPy3gf4yoli/'
    'DYp3uf7nGVSuMOlBBUNfD8f1Uy3E1gPvlApSBm2b0QfGRWa5IMT2sJzcwQ+yO3kuk8f0kCelXUcU/kGmOPV1hievD+m3o4T9doFO'
    'k9NNKhp9VEG38fIm94KOHjel2TqY39ORcKdRWLxsQOPYjHcjo8+GNXyvCd/5Zoh+yFUu/3i2kVOTbnLXypB9l/M9S+rLIH1WScps'
    '0bQjO8woyshvv0/k+3NEwXCYtf26Y33s/6cJn6+IOn+meywnFw9pt6eAdu9N+PhiywTii9tC+h0uYb9XkX6L1S4dq27vn5fw8WP/'
    'FMWPByemPo5/I/tvjsVYTXC/bg/L/l4A3sUWNmFt7lTwQhxWr4fodSi+uld4cQFoG4MWOiBT+SidF+fP+h3uvkGFLIPz2/UA67kT'
    '2C/KGS+c4H5xvtKe7FiNjkh3nkzkIHR+E72Wg0Wyf7Gx9+N25LiX3ueoN5xdAhqRn+Wljv28adnPrCLiH647dKFjXPRaYTLWaiKn'
    'zoDsmvJ1szR7v0Oj99msWU+EwQKYg6kcrseyfRrnJqqsiofQ6SZVcM7RdiH6oH5DndnKkPa3Ermy6Rp0kP5NdH8u8z6HjMu2vzCc'
    'SufkMq4jQP/rur8mAnZRPp70PD4GfaDfJfr+lIFOR+wQ4ksvuvn/CGan3Xaf97x9l6/HQj+lR5/znjU/Ap+Op70ya4hN+rwnwJZ/'
    'l7q940jZA3b47ajKLiFlr4b2jn5WXZba21/zAMT0grGkd+WPF2VoubI/AH/gh8Fn90HvedeT3vOR54L+Wt+AMbz0ZH67rvKIZpDF'
    'cBlDC+wNatuHYzgC1n6x8GNF1bE92E5sG2kb5aQ86lppvSWG9ZawMaeEXVwGej/9TcrbRzb2H1MFNi7w6MrCoyNlB48ORtPZxfGZ'
    '3lF9coC53gt95aQISJgVsTnzH2f1roL/roF7px/Wr8zTuU2ZX8r8l7aLpzOe28qliKfjohOrL2D9UW8jN+RqYv9Dy9nEXJT7aS15'
    'R203xX35cYFy/pM7Id7l9/y4QNWkvHw+rCk7l7QzazeUeTQY1+AXz8C3XUFf4gTc+U/sDPqDPQL0xbPfc4thhjC1gZ8NfSXneB3U'
    'T4lSxlab3kh5j1Ax7zcmnH/z9P4RJven6fo3CTeZiI7G3mpAYw9Y0NhdFjT2RRY09pmkbAvQvt94Ul32ZAt6/FgHevxwA3r8IDKG'
    'NOCpFd9Uj3c/0p54SF2G+t5SHKWaUyG+XQ0MZ1B/oOzLUBqmUL6jfAryHRlhHw8uFMbJ3BTmFQPGMV1ucAdEwDv0lywuXW4iM00p'
    'ZDR/YXnuPkz2eCPBFUlRuN881xdE+bvb0FUj64sfr9QqbnGvHZwPVNzFNL5BK7Y7nk8vqPwpq9g5Lie+Jrk4XOP5ON+WTkDagu7B'
    'Ey1pWVXssW+zWHkzhR/P46vw7Wl4fp3EU1TJNWXcvIQobayV+NwF9/2aByb33D3/9L517qRN+WkFnruf/aP3/N29fh4HpKPugm/f'
    'B7r8Z1/36VCkMUeAFj4D6dsd+bw2lUnP1/S5N5zRVyzP6BxSjsYCW8d0LWcDLruM7NPLHNdehevWkXPSBP/dDbCpJX3M27SH1GhX'
    'mQDXKehcinPwPFzJfEfoeFBPlWA+CRuIHeKQxm/hQuH7ufYa6Ms3Cj8/SrVQx4TtFPkx704g4+hkulcssxzGEaVT28LGfxiBUYcw'
    '9+/DeTQTHfaIYT0V/DcK9d2Xgj5mKHBeA9zhYXuSxycsC9mTlxVAz45lXxyZsMP76xhuqxPmPq24fqlEcfyY3xD2PtSvitL4Pv9A'
    'RPsf0rPYb1EW+/gGOX8bI+Z5DzkjJvac/UTHLuv/JeDSQtaI2p1+uEjtoQ/TMLEvW5H2nsey2PInQGz5D5LY8sugbDs82+B5DDyX'
    'w3N1Or/t5Wk/FgXaT66J6O8wItM/Gb7dMMd73kjK6OpjziK8E46HuK8/PNv7tox8+zTEQTxwqy8P08n25xM6YQTkVL8DOdhOKDOb'
    '1P/Te73nqcPetxnk234X5n+rIXoGWa+e6R5keRUdYntXUzwm9RxnCHs8RunydBHoYrqWV8PzRQe5s8mYCoGXjlarEn7soSHh5qss'
    'Iu7zjCEe6NXYl48yGkLS0Aewb50GNAWNVRI1ls4IGzEcn8oXRGXLiHmIMhrcTeONc5vkrRp6g8Ycqct4/tj8DsH6UbDhNvxhvv/U'
    'Z3SVUMfMfYcwj/NQyF6QuPIQg/lN1D5BuYrpPd/J1vpqoY/je2e5R+sjLbYvnblMyL6biD2f413K3XAktyeMsnfk8WNo/JnDFf4F'
    'e8Pep3CaD3o3lS/+lgh7ywHN+y4RHgOK2mKr4nbk4kGUeTEcXONxmMBZFeNpSGN/PKKAVynXSOVfpvIzqGZ7D/MfzLXAazzO2ZDG'
    'dr47xKYe9bfIu13F1rzDgq/i8XvofauKhaLK3UDhd6UIj6MyYDnGqDVHHmhmdg//0BEH0dgRrmOh+wLzWOyn8Duz8aXiuBj9A5qE'
    'ffyeYbbOM4QfZ8jGN0iHS+qFmS+fKQwbDGnHgxU4cYtQx7QJ4/U7hDrfkg1+aNxL754ov993pj17Sxf838TWSRUnTEf/he3bDs2d'
    'wPN+ILyb4WzQsc3U3IUmeHGzBe5UxXjD3B5of3gQG9t+wjxOVa/FWChepWNpFn6sLB3tUGgMuodSHn5xwcFUho45a6i+6DAmk+M4'
    'h7bB7x4uz6N7aH8Gp9mkjqlMdxPD0ao7dEsIDf+OEBxDxzZH5OeG69PQypSvbhD2MZ1UcDoA3q3MrvH3C7xn+bzmMl2Pif6ih8kA'
    'VhK4hPEQ6Bu52ODuM6XpRjV3Rdg4TNvuVazFgZr90qcYRyM8Mwp5OT8f/SI/d7utf/0IG9cg6S9qvHyOB7E5HExs2QqlfVpKRJvR'
    '8c+HdwPZl99xOC8mejgK020K3Nco/HxdlQyP6vxCVTxmmF/oArZOh0J/pwo7H0Ob86DbS4XSnTZ5f01jTXA93SrAVYXKPvZ2WQfd'
    'I4fBu69m633Qkc5sjRhLRuTHtLSlMzlvM1v4fsubhTqnswkeN/F1X8jo2Nls7odr7ihbvSk9p0eUmB4M45kWJryxu9AQXJ4ZFS9o'
    'cwF4wZRXXQT7b47BfRzl926yb1V3mCkeiLob6b5cDO++Rcqp+HBTWqQYc6dwXwJwd523CY0ZxfM0EbrVVtbO4b2UyfJbmSxfFc+X'
    '4wP6ndO9p4Pdksu5K6RvumZtTF6gkzFSHsqEXlwm1Pm15zIYqvKSmuQ0qyT64N4C9MFTiYbl+YKKzSuZ3h+cxujX6IF/n/Ls6ArR'
    'Q3WH3CsmczWleTeHyFbpfvxuysPDhfAPutjRfC1N8yCoYq3TMf9FdswX78Xr4MprdBe49l2K/WtKt3Me7IQsjGck9g59B7fVHbKY'
    'H9X1lQKf0XhHQxG8GbcjoXOkuTtNdCYdhvssij6gshhuD7jNAj/bjCksFhe1dz1Ogw82ivAY7AOWfEaUbFSVT2WQ4ZFRhQ1rFOyP'
    'BbtsVU6VjYa6JRf+kNPLpvhqkyW9mYF3R2Rf/h3B4VweT3nTekbTVBjsTZonmecL1smv6V6ktA7fS10WMqQwGXw1myfP/1yj4LVQ'
    '/406nhZWx8Sef7NGFsT1N/UEfg2a875Z5OdiKhXva5sL7iCQWevsHUxlaYXmSW1kdMrmbL3HNXeD7d0TVWbIke+1iY9rw4d3aPbf'
    'dgUc6bloU+h/TWneYQv9jsvdwHMedrEzNIPJvCYzJ1gx8rbyu06XHxFtZKSN19cMcK7r2FDnniEy2+EIeZ2KL4yKXbt5L8JvtrDi'
    'OGkWW9uNmrXdzMoVYvO1kdzRrrzQkIY/6VLYN5rgB1O6hctlEkQus6ZAuQzSuXcLPxdbGYzxuUN8f7tKcgdTPLNQ+DGg5mj27hDT'
    '15nIIXsZTEc0MqtGsse2g84U+TPax93wlHOi/I6tX0Y6wi8DY+i8t8SwcPGf1eVyvZvYlfC1rzZYe843NZUIrrrzkCTn4bYCz4PO'
    'n6pO6P2wKCzffG9hsT8Ljgk2vX4IRji1Tr90VAG5Xk8mPN0KxiBQxYDge6IyZE+oYkCUE/m8pBlknAKkJeR/u/hyfSLh2R247Hke'
    'h4zPoTJk7vzMN4t8v3bkO2jcgI9DLJGBtnx+vIn5NWCfL3eC/cbFwfHc/FF4tult/M9MeHH5+PjpWGg7Njirmp3ZcrJ3EFcKYR9/'
    'q1LhayDb6zvH59ld8KuqnIuPo8oH/S977dvQwa9y3L9bbMdGz4X0x37Y4VyUam2p70Sh+KTWck9VK2Q0udh0Xd7zM2fly1viu6qA'
    'u2os+r7R/sbM7qpmwkPRfSKfg4DX7oLny21+nKZcnEJ49sLz4jaz+C1yX55bIG2F8sbzLveeZ54Lz7PgXrguGLv9KxvAb36LumwL'
    'KbvhrPCy1N7vV1vCx1AI/RYWJ2dRttCnHeCoilWV1NzjrrGqaFzKOEacno4pVawq27iVNMY+vfvuAHmHy1nlNFimz3te+36v7ePJ'
    't/2v9J7d13jfjibfyuFcvR++LVZ8W/8p79uhhMd8H9yJS+70ns/c7JU5gJT5GXwbvQPa+Zjvb6Nr58J1QX6Wt4NlOC1ZrLO/GGwQ'
    'c/HTbvOe//zefNudcpGfd1lHi9SM+7ldXc7Ea73esxro4bc2wngvNr8PLikyfYXnap0jfcV5eB73ZH/y7XaIe/L9R3y6B/eFjJUm'
    'n5+CmMOrXwji0c9CLPNPfb9498Vqsndwz2AeDISPii/l86wMmWchOcRWO/AJaH8xE3BeguA/1zwYzYp5y+cciOn83zvs5yXbPiPl'
    '+fLSOFfpCFgvDYF1q8GeOpDQJGHzqSd6BtX+o7TNNTCOf39YHSvbNRZ1MfaAa2w+ugf+JTuB5y1khzSWdCU7e4XQIKVqV8VjL3HA'
    '8Ust1yrONxKebyQxjfKN0PNUl/Typsfnad/NL3Vr9sXqhAfDboBf2kGmM/nx6FPFj0ffXkLlQ8ivwZK2tsX5GK+D5jrB+KO6XCdl'
    'UC8pgjkxUE93rfBjm1HfA5rbRGVfiGUGSJkehS1RPbyvE8H4VGG6VIx9q7OrGxX6mE9RuvqTiJ2NrU8MymyQnpzr2I6rXQiNLaDy'
    'qx0Q6vhNQ0yG1Ax8ui0eovQ1p3kryV7qJr4RtF/XHIMyXvRazf1wuAO9tQPo7gbIBfPqo3b16x9380/qtJWH3efH+ixm/EhVrtLf'
    'J+zu2CvYvT+176LiXmx7AOOaszAqaWGRcxqqZP/zb/Web6+FeLDXec8/v83bW4OUH74lv+wvPgB3HJTtJngD290P5PeXUZ79Fr9+'
    'Pdjm7Ilfy/o/i3zj/Z1Gvh0EctHfr/PxP/9We6kfpwO/fXEd5J3q874dRb69zr4tovrAtfnzW6D4hvObq+jvoL5gPr7X2Teaj+9Z'
    '0I8cc25QpvQKfPufmwqXfRVyvqeZ+jDFdIANbmc8WZB+0WbteLx6KsduYXLsGK9H4HVv2eYVfc0NPhfCN45kR39XfMfv03c810f0'
    'gG7p9oHgffThs/K/0fvoxO353+h99AfQ56UVtmD47YIPF6bjiO8jxX0kSngfifg+iu+j4t5H/5h98YP4Ptqn76M04zk/0gP50rar'
    '76c1pOyi3vw6vOxxpOz9UObtO9Vll5CyN20G+7wN6rLzQ8bL78yWkPHysrWK8a4fU5d11QvH92Z8b8a4cmrfmzqZbplCpvtfiSLm'
    'uza6QpIi/tHfTnr+24u5J+L85Ab6YFCjuJFDiaLTO9zuUYCtWesjQV7510/5ZQqR3ar4ftQFSzs23u/Ig74tWiE8erw/jfZnu/Md'
    'lEwWdX860QjJaUscpopgFqL4tVvRhqivOlG4+WXUaOhGW335H0HX/4mnLf1JCC4pJa0T0ziT+WsvKY2j80FoaCvcByFn770lv130'
    'R5E+J/S+Vd2jVK7A9cCUh+d64LJPQr2bg3L3B0BGMXZzUO5O5Q1c7v5l8ME+7/bgnb7sIu9Zd2nhd7puPRrbfFtxl7tH548TFkPi'
    'EbF3+Q0jfcfz6s4Xwby6dM153l665jxvL13zNd3e86rLg2t+QE/+tzjOxdTyHT5M+PkraJwLul9x38g9ws9zKWJYRPmauZzFWE41'
    'Pe3IysidhbJ7XTyF1eTbfQynHUO+/fg873l2b9Cn6x+uALqg07eP5fZhT3/Sj/mIPgEoYz8T7q/TO4Oye9pv7t5uy59brUIngGXC'
    '4rHEeLhgPHxIAXg4sm6xZPMzY9n8tJfN6+hUlzuR27i3KvBrJbMt534XV4to/41BUgbzBA6wdjYKvY8H5u64TNEXH8/5wizmcDer'
    '9y7h+4/gN5P42CuE3rdlGRkvjaVLc3zI/y6F/4kq76EqliDPsdwh1PeH5BUOJ3QY0oml9D+tEfk+buifpPOro/EvVPt7YZHOXFkJ'
    'zlwL4OgE4PFaqM99+gqJ8bDUkcaqFOr4zbjP1wqzHKE8N2c7OXObhFl8flnvSOB1VTk8+oVdLG0az9UldxHSZfScbhH5caMxxs7R'
    'Qk+blWqvUjmGSw4V1djWkf9uBN3SSzvUZS8rQAct685S6JJs9jz6j731uO+zsUjxrRD9WhraOf/HQdnJ+Y/5MRi47OSiF/y56WLY'
    'ylitsx3Wjc8vJ1d/UO07HcZzV5P9c5rj/jGJhRRWjvu5bRL6WNi6fEIc//C9ivVc9+ot2QKfEcEcV/yOtclVaHOP94noPKU8hjrG'
    'w18sgnHwTfJ60Lo8Z5FpzlyTuNg8v3XU2IZFMO+aKs9CWMz9Ps0docvF9BsRzI0Sthf7Hcci1/SNVH6OHzoOVW5CFZ03XMA4+Jrw'
    'ufaH9GmSo9H0jPD1Nc1Xj3XQr1eV+5bnBNgkzPNxD7P1ujG7XpcL83ypPY7ngo6hs0AY63Lx6Pb/VqHPo07f8/PUYQhf0xwyPQz2'
    'h2Zhf6ZwyxHmcs/Y7pEeEcwxUsi68fXqsxyThNlPs5fG+yPWe1jo83qUaj7NwBtxmyPKK0fl0qF5OpBXlO3OUNiM8/xoPEeIKqcw'
    'xru3zVXTHQK/YtE8vJxc6/VZAP5RuMWGxBxotRZ0HuZzq7OkiXieWRdaiuf9MqU5aRzMFs2+6BbqXNqbRH6+G05zDhC4bAB+R5eT'
    'm+LZQY1cia/v6cLPQ+PSJvqrz5kg2pvnDtHlg98k3PJhqWCki+9psi+qCC9Ic0eNkj2bEeq8XNUKeeYooalU+dlMx6bSFcj2OhMe'
    'TrQ97yh/m0W+UVlUCynfyso3EJ57pWaMNWSeNcI8j2hfBL+h2g+dZO/Yxk/HOdjED25ie6ZOqGOT6XI201jslOf8z+y//1CcPxu8'
    'qLprBoQ6Pxovv4jdzTz3X0OBY6P3aiPhpwvlW5tBN0vH2jSB/CzNw6aSmS1S8OqjIbyPCvYziwj7WQT2E8FnuNBOxeKpVHnGOoU6'
    'H9lWYZf3rxS2pnR82yzuh8MCev7kPv2jetlSxPPENe1ia7PewtYiOc2NLXKA3VCQkXCo1p3rCyXefI7pNEV8huIzFJ8h4zOEegWU'
    'o7yR8O8sVU6S/S1p7UUW5dEe4wBLfVKHgrYyrS/7fIfDvA61nBf3xY9xT4x74vs7eH+Xx/d3fIbiM2R1f9Ocm9R+zlS+Va+QldO7'
    'G2Vaq5hMq5LJtDhPXCGCsSbOthhbFG/eF6IjofIPQWSZVGYRpVuLsh1rDpENNxAdyRZD2zqVvQfNkb05+2JTws2nv6lAeGJs21qN'
    '7qFHp79lcj8XeR/mymliNoMmubYH2Hi4T2NuDRP5efjSJfS32BfwH7lZGlyumrTBHWSr4yzG/t/msP/7i7T/LynS/j8NZNfU7qeD'
    '6WR6mFxykD03QVvLie37iIV910iIXTzm0DrAwr5Jpas1lSsPaHTL1Bag1DH1Z1vynphv8asQJ7zt3OhchX8LsCzETnYT+I7/sMtr'
    '82DFt8TVPk9dyb6Jtf7fVLcq332oK79tmtcRv2H9D3Xp7bBVvlQqn3wKQ8wliP1Vg//eP4A/X8WFQbvg02FOK3uDdsH47fIr9X70'
    'OM4qMk66f94DZ9V1X+A9RvfFm9f7+4XKImgfVUIfC4TiU5zrBy72YcXXTQdHnR1HMc4XtZcvI7q5ephbhYi2oZZ1T1LgWooDqd+C'
    'ib2Syhaii+kGewzvAxO8aDqmIY1vx5tJLw+Wje5RpXPrsbgPuE1ar8Z2kdPau8lYey30hSobBFNbu84IHbxurP8n6ck45buV6fz+'
    'Tkh7zw/O8fuTUVPoczmrcxLU+RCpc6JBu6tZmaOhzPWkzPJ0flnkC0+GsjfM8Z43zvHPUE9Sv9+HQuyUTO/4Xs0+2wb9vzPpxUGS'
    '79rYHI+EcY/N8c9I1JxM1kel9+brYtIXHbNJ2TNgfVakvbmXJ32/Kpv9P2xxRgc1+GOQ4Y9XEh5vxW3rwvAht8H7V3i+QvqQbX8/'
    '4duXbXWYw0jE2eV76v6ER6PZ4H1VP90R/XyS9BMFmy7yjJr3mwwHXQMyBNPx8/O6LWIe3QnfznJriD+D6R3F2z8j4fMd3O5uhOH0'
    'QWHuc3uMQbuDlrxXzl424dtw8j1xtcauns+5PuH7G+vGxv2O8SwKg7p9mnP8BuF5TWAi67yq4JNV86W89YvCz5M3UXhb9vsowd0m'
    'OBfvxJXpwvG97P/TQDNHwUqW/TNhnkvrQ8I8RxeNAaCjBwcVZfi60xgAOvrnMsIfzL7de37tZvCnPN+PAZDRnIMzCe9xKcQ7Lxvz'
    'YwDoYsCcSL79FmJlvev9+TEAcvHYuvNjtiwj32R52t/hQp9bbL7Q5ySbQ75deEN+m7PIt5aP5X+ro+O8Of+bKpZO0lJeFhbzTBVv'
    'TdcO5ccSxHbAlR+juXpTUL6S2DLXEzvcHN+t4Bl1uolCxmWLi0u1Djb27tROGcsnmS3IZMFMdQdNdZhVTgLMwuicqQ7PTInhGe89'
    'N1iZ0MJTHZ7pIsFTZe89VWFSUySYFFNGMNVh2lgkmO7Nctupvka1JVqjiZTTxedk79cZTPU1KivSGqnkEjFspu/Zri4BbIopr5/q'
    '8G0uMnz3Jf14fLZKq6Oa6vCtKxF8S60/n+pwryoC3EuhE43lSO66z6kOu/IJgF0s0zXXNcc8w/TlNauKBJti26zEMt6JsdWK6cZ9'
    'z+4xvvsmds2nOrzriwTv6Wa7HZ+jybEBjHXiQVu+GCZBG8YYJkHbzRgmQZvVqQ6TVJFgMh1gUaz9Qe2WY5gE7bVjmATt1GOYBO3z'
    'Y5gE/RJimAT9MWKdRbSPUgyjaN+sWFeh9xObTnTuQgIbOZ4ZD0G8k/tKl6cvqj0aa0PG+TlKMzYe+37NLvdc8OjbduMu77ngkWDc'
    'lT+Hb8ueCMZd+cr98Nyhz8eoixtCfZuuEm75RKn9UY+IjnUUFlsPYTJDqGPc8pwOupxt6HcpfRznsLY6hTq/ikmevbA8WDTvZZhN'
    'uYkNXr8Grqq4TbjGTyU9fRCN+4P+yFdq1me7yPe1xZjA1D5YlTOrkPiBPC4QjVmIPpNNivmb5ixAGMn8tTMV8LVdC2xv7gTvJR47'
    'ORcDIOnnw61i9lH9xG4wbI5YVxc3ShULzsTWapNiD+fimmUbrk7Y5+6hubt5HKZ6i32N+4vHU7TNMUfb4bGcMI74O9l4Mf/WQSKY'
    'h8plH9J1NrUxleM9AM52qc61DjYYK5XmnDpcs+97RWG5FEccfBN0Z29WEe8gngtL7pNlbJ/UCPO8OTz+ok2uGp5D1QW3Yu4pmxiB'
    'KprpIAXNNTP74gzhlvcSYfKqyPdV6Relz/HokudYZdexna1/r2YP9gK8dsN+dM2/42KPEma7vrec4VKur2071HdKrpnMQ3/xXnCO'
    'XXIQq2gHmvMNv2O+OORRXOgUXa5BSnNx/FovouMkVgIObiZlMsKPzzIKT6QdukQwxiPak28mZWm/TYSfobz3EcLP10bpd6TZKT+b'
    'FOp8ewmRH8e5JQLPrhT5+WGxj6RBHxgLNkpfJfu5W/jxYcpgjZ47xHu3gMCulZyLBpADcN6pS6j9arZZ4Ideoc5DnnSgQ1vYXuFz'
    'blDMudpgznS/2IznWIVsIy382Keq9cS4dLYyEbp/F6M8ZJ69HYfJGJsc6AqdnAvzPC5xmDOe3dnkbK6C9muAPqxEQfp5QhAxVuBH'
    '5WKm/SOPU0v2Ue53TnhfuXh6hN/oUMgT+P3tco6i8PYowf1HfxPk4A963wbIt9OGvecpEK+ql8gfOkJkISb+c31CHXNtLTmP3K8l'
    '6k5S5b4e1vBjujs0CnYyd8CBmvF1C3v/QlN+kcbTCos5jDGpKmBv4pl+qE2Il7P/3sz+290W3JsNUEY+X4bnm/CU5TMElw7C++qz'
    'vedjoCcYgPc3f9R7vvJRr84quOeayVmh51iW/Xhbft4vVXzsOyGG9Ynbgzj8dxu955kwhsdvU8uzqBwL270Yx90WbHcMvm1q8+eu'
    'k//o6JoU8KsZ4PNz/NVV3vPeHrW8+V/+zHtW3haUKWcAvv9zk17eeAqZA+qL0Z5t4ZV+Du4Vk4iLdHjCJv8p9RuhPp8m8e5pLmmK'
    'B23im6d3g15xl9fnb1PePsd3udjmj3vPf/+RXdsV93nPnd/z2n4p5fEkuctld77u4ZZ7veftu+zu5w7ydzB3VfQvOd3zhiQYogzN'
    'hGT6S+fRH3Jtr8gC/GhhloPDZg9d/IL3/MaT+hj/KvzD9x7FPyOw5+5+Wo9/lqe8OKKcHqZ4HfHTjp3e86mn/D1cDzCohTJX41l6'
    '1nse+4D3fOlJ77nim16d2cKPMUq/8X7qCQ0n382C89QG807v8J4fBfit+qb6PmmyXI83vu49L3vErt5NgENW/Lj0emaTdqvITq6F'
    'fSXjFIss3L70olub1UQ/j2OlMTQXszPz2WSuO+WdPudxf/147NNHfuQ9n/2ez9vWKurJ58OaOvUhdW5dpq7DaQab9b96lx1P2A1w'
    'Sxvi8WmM1FMBpJv7jbmj73khCF3zk+v/64SH03J03/fh3n4CbBQesNsPbzngA1n+ndDvDbvyce33El5+kRxtAfYUlz7vRgudv5fg'
    'qGrig2OCT25K+LTbDxbYzf2/4b5ogOcjcJdtAHuRq7IFBx30rCqZ4SpLWDSLYH7GckZj3A1PKR/julObsV4FeG4mtN8P8M7RHVMo'
    'F2rK/Je2yYXa3u7BqxS5UMcdfvUKeZiNHK6CndlD4Vk+nq9ntuVJ0GYszqeryKdbwj1E8cwSZhtQqZH/bwb8uR+xaaJlsC1qY4Hx'
    '+ZGvUH3juvlCcOYJBdgahsl1UI4wA/r58i67e+NGuDO/D/fEqQW0tftR/w6SbR0t/PtsJ9ALP4W7fcOjdm0jXyS+l2+zkiH81hPA'
    'Xz36ZP7c7n4sX16es5cFWvkDD6vLJhV2t2G2vJeiXuE5ezkIlZ/M25XPDyP8rrGEl5xHLvcgzGsV0FuXwjovIussmRibttcAbbH7'
    'QT9PYHOBbf30Qb9N+Xz1QT1v35f05IuFwLvhR/nyNn5eL9plT+PMUsgZcjB/xt9jNncb8vcqurkd6OYFSU/uaEvXyTaOn2c3vxls'
    'fGkij7GZVxmZF55rKRsJy1XJcyzSda8HlgjlOSsAVi/tyJcTNRN5K8pbJB9jA7M5u316W2XrJ9/tTHg6XFlu6KF8mZWUH9n0941n'
    'fZ4G8bTLORv7lvf8I4z7LxKe3h1hiLjZps1PPA04FM7wpS/Y1b9/R/6YhsmYfve4Lztz4UtxX9niTcTDX4Z9dWbC05fKd8cBr3zR'
    'E0GcatPHDbAWF8F9eRORkapw4KKEh2Plu34Y31O4r15w5Nuf8NdQ9jGDwJ7yjvRsmvZB5U429UZg3nc96Y3pV+BnUch+eOXr7vuB'
    '2ugi3vnZk77eg8ulOS3FbV0xtxbaSYzAuv/eUuejWh+Xffjrp/LP4cKvq/ffLaBbo7R4o1DH39waYX+HujGaz7rbUPdmqv8biNDH'
    'cXo+yq9JF1PLpF4hdtNRsTXRdmq+4/3PdXi2NJSUz+GZMPEjKoP9Q+VsVB62RONLZmrzRvnGFqbrDzvjLrZ1Lv1wHcEyvFdEEJcc'
    'ifSRxi7N1D6vDL6JCNuvq1P28pdmOBcq27dFMO5LyLsl8O4C8u4aeHc24cM7mE3eu4n93Evwbg0pP8rkAKuJH0eHxt6lw8De5QiY'
    'L/YbVf5AMqaj0vlzbgH5hIrXWGQJd5QdF2Ij2KHxncH9d8jTvkwd14B/++6PvW8nU5stiM9z5rnet+MV32653JcP4LeqtX6Zepgf'
    'fqtm3w5V7JXNijUYYt9QJk/3xRJShq5XLSk7FFHWNXd7E6ExbPCPjTyTnsmV5Hzgu5M3+r6Q+O43kCvxKPIOcfwSwO1oZ5M2wC/I'
    'n80lcEsTu1lTnFZG/qYy3yWKsglHe95GYsNuimfRb2e+wkbT5kyXw5lpdKgreQqOD+SY3usgVzfRiT23zU1eX2MJ29oiwVaO1xW2'
    'Fc8EYYvwPdVRb1FH8K0Kjy0NwWOtFnjsAAs81kRk7KMK3yQuL+8jPh0qXwuE0YaE2x7k92QrgR/6v3+F6QZ4Pr4uha9Ir8j31XO1'
    '/a+1tlebztZqYK/WWhy7NN3PJfZDMoL2nWnoI2OKt5qEn8f6CqZTTCvtHGOdIv5KqVPkfmr1wF8hPtvOvi0keGezhX3wduHrRSqF'
    '2i94O7FnR3pqlUEs3JXpIK5t1OzbhcxvRhcftgzwI+K0DPAqi+Ee4vs7A/eK6Rmj9nnYpg1vj3zEcRZ1rO733uLjFZv+X2O5ycsI'
    '/WWyHjZ8379p6LpWhMW4vzY/Ffn5xZ+HfptEsX8JmHwqvUcBJHKDy6D8qDKqiaqwj9Xkv2sIZOvq8z2mGos3I26n3dBgY88X9qsw'
    'xoOOtuLzKBMV+muwG7HRLymUdu8WVYV7C7o5NZjeMTZV+RnE+6Zy3F6mU2y8VBuwnZuAXzK1t5K2aWMC1enXbkIBR/Ztu1ei6Nhm'
    'uHtd7jQpy1DRHOURNMcSzR1XiD5gaYFy/qVMfn/ABMrxqa2/TR1u66+SnVHdy9JYHxDrA2J9QKwPiPUBsT4g1gfE+oBYHxDrA2J9'
    'QKwPiPUB+4w+gPLmNQSnVTBecWWIvV4G2qQy/zbhxzRVnRHum3Okov5RpCz3CWkk54/WWR7SJ/L3Nnd0WuTHLOwQdnGj5di3JfLv'
    'am6nSssOJPy+uhz6Wk/q9zjUX0vqb3Wof0KisPOyJBF9jy9IRN/jcxL+mdpkMf46Uu9Ki3qCjKlP5PsWYpnfwjmJarOX1Xud4Icu'
    'izH9P+H57xRqi4xxZeuEOjaoqt4mqPcYqbfVwJ67E+rtIPVs9t/nCL7VnbE7SdtDFm1/hLQ9pGn7WhH0WeVlRi1hifV6FXcJb3s9'
    'abvTou2zFePuYWVOVcCWlzmBlNmqKbPc4E5c5HgnziV3Oe+3WcFPjYj83Bp0/iMKfkfHL6DMFWkHVRxWU16zldzlCaBNZ5K7HO/1'
    'QuNt28ocdTlckoSGqBBBm/ha1m+7CPenqGMyHFVue11fdUXQHzQDPaGSnyGfXKfYZ8gf0/KPhchoo3xJmskcEiLoN2PaDo9teJAw'
    'j3dHz4lp/O3NIt9/hvoDSVh8MePFzHIZQ1g/fB0+kvFkwab9FHOOfRk/djH6JqE/z5Yi9rM248cG7RZmsceL1ffSEq0j72cWgeVG'
    'VneL0PueRc2TxmmV/bxd7ud4UK2Zzd77BWmrW3HH2bT1AmmLz5/DbFSo87Wg79iTIePqshzX1wqAF1/jzyrG9brhuHhbHy1gjryt'
    'LeUenrXBISbt455bXwQYYlunF7DneFsryoO4U0V3YQ741WnzvPFnQZ1l8GxP++9zMpNJ6PsM6PsPZb6fq8tZy/FrpI1BBS9I3+vO'
    '1k9IG1cKdc6PqLO+SzGOLstx/K0FPHo0e+nLBuMYjTiHnyjzaLIweNjcqzi/a0m7Gxne2SLcco/k7n9Fuz1FaPdcBRxGDdrR5Y9D'
    'PmaVw17ha3SEwRq53MuzFGMbNdw/2EaajG1N2scfdCxHAt4YI/gC8UMbPI9nuOpX6eK2i3joJ9nnwcIvE9XeUVD/lAhe2RRPtsE4'
    '/jbt6Q9pmydAvQ8y/rtY+P/TE9gnwvsaWEfa59HQ3vWKO2clWz/dXDYWuV0c79npYM47k/uhHvYEr/uqCOYrVOEfufdmsnZ5bqpR'
    'YS53mqtor1fY58TDc15F2juL0Qdh56dNs36/SRWnPVy3f0n5sMcyJ7KyyzW45kcOdbHf76Z8+7eJxiey/7sIHDn8VGc7CkfcXqT2'
    '9pz/lB9HcLNGVzPMZJSDqXwbQ8rjDhveybKdy0L6HhbqnGFnkzo9IWeWno1TDPrZzuoco5hjp8McDyHtXCmCOQ2j2sHxNIW002/R'
    'jlDMa4vDvH6VjIbpv7K+X04G8/Dy/I59rM7zIXX6NXV2Jf0zsiodxEu2tMBDSV+PuZndG/xsfCXpy7Jt11vW/1RI/X6D+jdBfRfZ'
    'lKx/NZmrbo2Q7t0cUraf8WSdChh2iPxcZrh+FyraVfE8mAe42oCPyd3/yaCOtkOz91U2zss0axN1ZjD/6UGO9fHMNSaD+nTkC95m'
    '61geUnaUlX07oYaLKU75t4SPU1zPm2znp8ReYAXUX0toD3oP/sCgLN5x3wkpy2mNRwzKYrv3QgzzYstrcrnLiF5ddQZkmVtJGZWM'
    'Qpa5IRHUOb7KzsX7E8HckkOszHAiX3drskdkvW7FPEbZPNaFlMG9f65ijJT+ztnpJ8zsDCjuy9npk7YHNTYMR5IyKnllzmaKlOnW'
    '6HfnKdaD8ynNIWW2EXuNyhC5hSxTFjIetCn5o0K3zfH8m0KfexTH/EtFmV5+/xPdtqnOJkf/K9rmuP3vRXCur7N2nhD684Jr+Iiw'
    '20MI63tEcD04nv0imb8pTyXr3UHqmcpaZL0byZhUeLkefJAqQ3irepi/rh3Em1eGlDkOynSQMiqcLctcFFLmeChzFoGHKU+Xu/8V'
    'axuFr9EXZFYR5TJor1FnycdRm0kbuYoql5LKLmKJhc3EROvwJyOeYOwbGPsGxr6BsW9g7BsY+wbGvoGxb2DsGxj7Bsa+gbFvYOwb'
    'OL19A11s7WP78ti+PLYvj+3LY/vy2L48ti+P7ctj+/LYvjy2L4/ty2P78ti+PLYvj+3LY/vy2L48ti+P7ctj+/LYvjy2L4/ty2P7'
    '8ti+PLYvj+3LY/vy2L58utmXJwzsy01sv13z2DSDLSy1i6uxkJ3QeIkD5MzzeInD7Bu1ARthfCW3Ry6Gff0zbI4cpw+ye5DGseTy'
    'XcTFYXEscZ7LFe30kfZ4HMuNhvwf3bdRa8Vt4RsM63HagNq2oe13eWyLNGm2SKX2S4n9SWJ/ktifJPYnif1JYn+S2J8k9ieJ/Uli'
    'f5LYnyT2J4l5uNifpFT+JPTUVRKchvmbOmCcguzdSkJ/YbmTgM+jtJeqHwnn38D764Uf7+EqdqZ4zvOpgjVT5r+0FU7VnA2J/8x2'
    'v77kuMOvXnG2askdmzut7eHnFPfTENlP8boH112x5tcVuubFXPecPCf7H+clvPX8Z8Lbxed63zvXtjTx9KaIvXVOi4J+B5vQNjEu'
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
    '/lz6xcwr3DB6z689ovbvwNgu+/t5ypq1GMP9OhKv6bRaUzy31ynObWYar3EZ/MJLlSfGf5/nvTo2PhlrfJ1+jU1976LO9TXxmu9T'
    'a47n/nLFuY9jDyQSYsWekAC+z4rtLwInx/EeJh7mZnRqyBrI0All01u/0cb0G63Msc/61xT2scpaPxL81bTxczUSr+m0WlM8t3Xs'
    '3Fb6EwrtKMC3R5TXxRAJsxs4Qvi+OfQ715+1CD9uAPL4FaSMSt5qq1fexsZgcx7sfklKGpb2l1ZxYQXE0Wh10+WaKues/cwbzL+E'
    '2Qqp9mFM7xnsiWWFLGDFOVElYnpv4mGOuinc/72K/Z92wInTbG1SBlxr6C/pjtvyzkd3vCZ71ZrguWnQ0V1tuRM7prv/asja1jrU'
    'U53bZLxH8vZIst09Fkc6eg+Nxed26q1JRvjxxjiPYGK7oeJ9ZJ3XhDpGps36pqbXeqcLXe8okXAx9kMaeEDcG1fCOm60OLfTfB1z'
    '9OgNyYDo0YYiDY83+4VoftHmjOb+zv7HbaozOeV+qmBQyVR6EkbSYEMsNRiTUoGZhsmS0N4z2eZ/TxOxW6H4HXO0XsX6ffVB7/kJ'
    'y1iCMW+rwCWFbcPI2NWqO1vP3yZT+/IPYcZttdyj2dr/gnRyvCaTvSaReoWQ8Sn1ChHlw/QKtcxmGXUC9Uw3cLlCrqvlz1O5v7+i'
    'uqIqmPy41qFe2Hw+w+bzSahXZaSTk5R1WTn+nZlWt0NFDsx/9mIu/OgK+JcF7JgNrXnUd612er2B6nxn2c6bvP/eEKmHbwmljMrH'
    '3wwndSNsYJIzcrBp1ZFWnP6IvP8c8MJk+YdZVEsVm/YdL+ov4v6L12TS1wTPzW2KcwN3QRYXJ2HB0pFC5bLyEFhl9po1isazyeSE'
    'rJRtG7Y9B7/a1FN/r1fQtbfEeybeMxZ7BvFOR2yPMCm68QqAP57f9THsJwX23D4B6aIywkfVMT6qktj5YA6QJaxd9M1qJ3JG2kY5'
    'Kc9thaS/WiMpj/JI23aaIvjDRtaWpOdnCTvfOmy/huGRWRG8M8Ixqhwff4atS5qti0l7FJ4mfsq2Yx2GdpLQ7qxYVzdldHXcZmIQ'
    '1j1ev6m3fhnhx1krJ+eRx5XYj5WjePfQeX65mpByC+a5x4ML00OpYjaatsvvtkoFjsbYE9cxO1bVN46Lk8KPxVlF/g7Lw63LLYfy'
    '1xSTv3Lf8JfkdwYrLId+4/K/dwovn69ORpqC/bEh1p2p6a+xPccU5H9WslEJ63SUNFSu00yNDpWegcXwnDHP/6bSuZrYz/Q52EtN'
    '8/XWyMvsUHzoYhs0VQ/n/ExhFw8KY2nwOB6Hk28YnwNjG84n3zCuCeZJmkO+9Yj8GCqzFN+wzTpFfyMimGPvJc0dYUKDcj8WGqum'
    '0Hb42fmIQi5Q4RVI6vUX6b3E9KUkydos0tJZx5FrqshFtZkflBEZMLtmJFdFfsEKe9qMyhtviPdEvCcU8kSVnKGD4aU8WqsIVmpT'
    '+BcpsC6G7akqRzC+y9H4P8muzc/9s12meB+2vrp7p17RfyWTjcg7cZ3Ij2OfIfKsdSI//lEr3HmXEVnOZdDXDOHHB2yNuBOrmDxo'
    'oQENiTxVlYZnmO58QSTPIIKxVbNgv85cD+OGY8oJX66S1ZrI7WgcNVX8Ujmp35BypnvLJoa+ZG+i4r5iHEKMw0hzn2JcQi5PCGsT'
    'ZRZfFX6Oxs0iPH8p7Y/Hwu5x7P/m7L/Zlv279HOV8HNv9DEY4lyGHdu+BHAQj2nu0tapsG9pDE6MPbnNsc0jydx5zlt8bnJs+x3C'
    'i7Gny8vLc+i69GHLM1GY9ZIx0fjLFyQ9WJfiPCPPh7H9DyTvMJfCbMI3yvwXOTvCHf59tidP6y6fz8R3f9wdzPczZ4efi95FFknz'
    'sdQlvRi/pYQN5kw4krzDHBU0P4t8J5+f/0R+fhb5rv7S/JwiB5JvMveIfN5xp5+TAftZeHEQzq/1BOEs81JzOMuc1LTdJBGWYV6a'
    'v0t4cku577awMzFssY9t4W8iN2mxuGs2iWBOaYqXekR+runjgX4sxl1C210A7UaNe8RyvBh7ldbleIPXSRLZyZqEF6czap4oo5pH'
    '8Dj9u2MS90RYOarTztFQCS9vD73nOhhd0jNF5vKC8OKz0rm8PEXG/tfC8yMsBX6YKfx8AfK5Ap6r4XkK5BGoQDwL8c1vmOM9b5zj'
    'n485ws8/cCrUb4vIQ1BP7ApouaOh3PUkX8HqtPldV+cADzrvNngeq5kHH58cl8QNcwndQeOm91jgsx5yd+joQkrbzAXY036vJLjR'
    'pF+KnwbYHbZVqHPz6GxpVLxTWI6TwwTz7WiHJjVCINPcKTZ0SlSuomVCn6vocFKf5l6iZQ4iZYY0ZUqdUy5B9BdUNsT9U1Sw5PUk'
    'PKPqucbfipJB2dCdi8gZwXfHi2Dc9kOJnqWWrAvV82C+j262brS/axxtA0ox53MUcz5DMedTFeM/2QEOyxV1RiPqYP4xWofmCKBl'
    'DwBY0LIcF85UlOlhZaoVZeS9p8Jxk7l+GxTrt06xfu8l7x5WrP2ty4Jrn2gLrv1SzdpTvEZp7LC119HlYWtP776otW81WPtWg7Vv'
    'LcHaZyzXnuZlwfwDBzGbiMUgQygj7aVI/cXseQLMJcui5nh7zIUQRgtkyJ3C8770E3jy3Cld5K6M4o2GhDpPXiOTz5rkqAiDxyqy'
    'pw91kI2cYGhr4nK+Ecf+D3k3c5737nfk3Qx496bwbZHnsXWeB239UlHm4Hn5ZV6GM0rpp7AxyzrPS9kNwUs2822yoHkRv2wkT9n/'
    '14isdZjhiCGFrEVHR8u2Pis8Z3+VXH1Y0UfU2IdCZPNclkD3/HbCd/WQOlFnZ0Qx5nqA1f4Wcp4Bg754H2fCGaV4fUjDn4wo5ob8'
    '0YGsLrbVSfBM2Nii5tin6fsAkF2brinVv0TBqkPk55XiOXvC8EjaEo+Y5NczOZuF5JRX0fqqd1IHsdqBHwuzCbTJS37AJMy5idlp'
    'RY1T55dCbRlHRBwfpkAbV8FsXItn82ixNlQGbXMHF4sGaWBymUJ5moRl/TLL+rHddsienrcHrA522y2Re5rjxZXk6aKjbSTlO6H+'
    'Kljby4TvexOv78Ssb4LxXGVFOq8rNTTwsAXt+QsFLd5gYbdiQgfT9l5if18ZYi8i9/4d1Z68g/Ir3F6nj8lx5yngQt+70sO0zw4L'
    'mvVNpudcX+3r+sLo+Ymey4gFr4JzOaLaz/06aCGb6LXQYXcwuUi/Rtc70XzOv1f5Z3A767tfIWOj5UYUempqF8D17R1FmEsUvHsU'
    'vL2c54Nknn9g8zPZM5s155Prt13nTOFayLm8usrLNy7fnch0kCeADvKDc4KwVOV7Px50mcvTZrpWLIvPBoXtIh+DLLuM6JBNx3sk'
    'fBvTjJeOaQV5L2G0tMrj6Uq1F4q5B/4Vnq8Q/CTn8KdKj+cs9H6j46fyHvq+3xAXUnzXo2iDyoN/UOnpQakNFD+7v1HI+HRyMtv7'
    'oi8Ch6H/1l0Eznsrfgsb/0hlPu0R1f6wg/5/ou+sEyv9PPQmd5RqP74aIYMd1uikelE/XOmNv5jnz4auDDtbv63w5GBROLvN0FYH'
    'y9I+TyT2PhSHH89w7kpmH/Mu9n0F4OS/zw7ikAm4U7s1uLuHyWT/eoLHM6g5xzieD07yeDh81mfHc5qIvq9N9la7BZ3RRvaVafu4'
    '19oLpC/aDOmUnA97ha876piEfYz4/63MxIxjMGIcz2V8fNljcdfQ+9r0bhyIoGf4HfnVjKcTobi0w+Ee5P4NJjq6jRbzwvvvuoxP'
    'O+2ttF/OhyLj46zJpvFyNnmZ4J3pss6u+szGTGlkHqa44I3y0vYfdWc8O0n94/wfKPd8BSaaZqVj4rKnW8r9s7w3y086yz2Pcxcb'
    'hGLzNCeWe/aZtnfJiGJfct4/rN+Dyn2+YzJo/nowElhqIFOxoc8niiZ6tsxft4mi8WW/D01wvyijubMsf7+UgjZ4PYIXHCnzbP25'
    '/ZGtnZUpjr2ozMcTky3XX17m+7W63Nk62V6O/y9i23zcmTLv773xjMvx/Tzt76mOCThH3yH9dTJYdrC7o1NjjxdmH9fD1vZv0v65'
    'nQxeRY7hw+nS446uCLj3pH3fexfcYbrfTydzLQRnbC+AvjlcMVeXMUTh44a0b9NYrLsoaj1eR/o/VZw5dkXcty+WuB/cn99KTZ59'
    '6OdSXmyYydRtRdFbo2Qd2jV+iqtYu+926Gddyrf17WLn63XDc/GelGd/OVH8RS6OQMqzLyoFH5GLC5jybdG5v7ip/mGP3wOBz0TJ'
    'mV5L+n1OhF2E7HN30t9LQ5o7fjRiLz2c9Nd1WLNWPRbyHw6Xz5P2V0Scp9UO5+kjSU9mO5m4JXf/J/24WZc+A3L13fk+I0895T2H'
    'HgIfvF3e85HnvDbOT+pxQ4+h3OyUpB83wsX/QXd/LE56Nv6l5s9kX02kLz7/LUWwT6Pw+m2icN+L/5/wZGVhNiJR+/NYC32Oybl4'
    'IuH7AUbtJb7WDyYK86EJ3P8JT6ZQDDmcak1HNf2OkXkUSpPL9voV7bnSvTn+n6yRzd6Tdd6d8OOtdEfwlyhvWEXqmNhW5ux/Er4v'
    'oskZ7tf5CCXcfNYGWDvVCd+PMox+qgfD2eoIGOE8/1tEl+0h/oDNJbAZkG3/CMYhv//qLPCl6fFjM8nnWxAvaTcp++x53jO13o/B'
    'JJ8H9gL9H1KWt/ugouyJ29Vl/0ZRtu8m9Rg+G1KWt/vnpOxbEH/qfg0cPhxSlseuej8pK4kv+aw7P1i3Hs4iL3vL5eqyPYqyJ39A'
    'XfYSUrYHyt4+oJ7bWaTsNVu852lnqee2RlEW142XPU5RFteCl11Cyrbd5z137IQ9DDTMgkf8uOBY9otPQLzuHerYbC2kbBRtVEvK'
    'cvqqBdqdtVvtI2jq/2US9zv2lWG+FF8oxP+rxdj/K2pt6uEOjn2a9HFlS+mnF+ZLl7T0dQmLk6OKKbu/xT7BGAE2++odDn08bNmH'
    'qR9iVEyzYtfHtUO/6Az48ap8pVuJLzLmAa8Rfn4ZzIcjy2FOntWsjdUiP0dbjQjm08H6tN5CS1/RA8GHuRhjNe0zSc5SJfFz3hMr'
    'PHsvfunF8LWoIHCXa3Ew0KL7k764PQ99Dgn7uLHom9gk/LgfNKYNjZe1VfEMi5el22eNlv6/jeSZBNgMwdj6hU3usVQikZ7md8Ei'
    'jr3t7uya8ALWCWRTNe25nO3t5C45EfY1rjW/Fzi+HSTfREhZ5LcPNWyb4s1UyN1E4yosIThJWIyLxutJWfr/poUflxfPSpJ8Lwvx'
    'RU1pzt5sUp63ZxNzIkejf8x7lo15Z7NC6HNQ8fHSvHEUzosYXg7DLxMxx/tvnv5zRP7v9l171xwxBgmVxW0T+XHJePx0KtPhsbJc'
    '4zDw8c3WnEkaI42O17VfmltDxDyQ8t47+Nxcivd58E8Iu4zIB0cV0OV2LCe0TK3Iz/GoyrvI8z1GyTHC1jzOp6LKp3KdUT6VpEE+'
    'lRaQQ1PcGechz1+DsQ2ikF8oPcn512aij0gLu3jdGONviwjGZM3JARLBMjz3YVPCj+uCtlw9RHfBv6H+IU3apvVo7sS3hb4M2jz/'
    'lwj2cQV8+zehz/X4quIbju2fFG2OwrcfkzF1Mr0QwuQZEczriHN6OvvvuzHuinFXjLvy6NCmEH4tCWukoiuqGF0h1mbX9vPef7e3'
    'Zf+7LZ+u0LXfoGm/oQjtlzG6pQV8OVB2VQt4CeNWxfmF9+QXPluxhYolxm83oW/l/folhUxfCPMYvRj/dw55N3fce9dM3n0T71Ty'
    'buW8oD7wUHj2Cj+2OY3r7ZJLPt6PU2M/Nlmu6xVMZhfnMA+saftkr2mh8V1V98sVgAdqHNZ9b/olzX8pO1pzPCVpTU5vmvzGHX71'
    'IetuE++yCtY1HaFLazSgedKM5jFtW9dmpWIfmt6V18OzRuTnNStner4BQjtSOeegUMcZsI0tSvNYFZqHjtodReUORbujSqHP04T5'
    '7LjuUZWPE/NE1grz/Jpct7ktxJ+umLk1ZVv3Zhu7ThQvPxyPz6TaSx3CPcdZIXsD53xSyN4YZvaaxyj2xn+wMothfKY24Zs1tqfY'
    '3v7Cz8G2WZjlMuDnEtt+g82d5kJcAgnJXfPpcdvfvXGt32Wx1scTuJvYoU/k+v/Scf0HQtb/vmzdT4mJzYVpgh96JmnP4N1xDsHf'
    '3NdwVOHjQG1iTeJFHCfM8lio9ovp3HBcc4Wfm3qzxjfBxkeCxhTn+4zvr/2ydT4qCs+pa+o7PqApu5nIrieTJlljiCdMcuLK9toU'
    '+mZ6z9dDX7WMbhnU+GL0WNAvPPZCrWL/dwh1Hka6R24VXj75DLGDKzSPKZaV7V8s3PKZng7fonwvuE/hGWn/LsG9s9oilt5yFi9i'
    'bdpfxyYR9GeMihd8FonxWA+4AP1fj7LwUVTlSnWhQwvJzWorX9PxS8KRX2omggWej6aDyASRbsyI/PyJ6B+1lMgZXxJ+/tEMeYe4'
    'AX0dalk/8xQ6NFpnPxHMVdZI3i0mdjI8V5kqjyHVF9jA6zwN352MsHGbzFyyLb7xeg4OivGIMBmGbV9VRKBF+X+01XCRQer2foXj'
    '3qf2T8vFxOViwr1aqvLURrvQOSEsy+Gfbh+q7MDkWfmYxs7zfHLmBbE9toHJSmGX86teBO2ybfJnoW1pM9yDYfariwzukSrHcyD7'
    'P0phw0px3CWEVlrAxngE2VM2+1blt7AyxO9EtzfpPikTfm6yKHtA23ON402Quc/X2G+ayE2TEfagKUscSfOI0rEVK0dbIXAz2bOq'
    'M7XEcs/b2tHiOtD7TJmrHa3zW/W6EnqeG9na6Hw8OI+UIHaoTZO4dqgbpuXDbPPpWuvs3k3ozQzQYrbjtfctkVq26etcAoRZg4PO'
    '0Eh5qPQdgYVpN1Euwlk/lcRqWWe5Py9DPiIJMcpYGykR7Qd2WNKzfUCfOVVsjquIrMEkD4UqhtxClD+S2ESl8AtT+YT9KmHuE/ZK'
    'whtHrI9X6uPTooBfe4HHzfYukOs5mPBzrS9RPF3avATi9Jjg6HpNGzJmynLShursbBT2uar7GO/fakE/qPI+hcmcu9jZnpnw4kGq'
    'YIjnUfVNd2fatoM51EeBBhnS8Ps1sV9KmJ1vKW1urNa/Cdb0WkITVRH7eFU++SHhx1/YT3OuVLJ3kxiCst0zhB+LnscG5PfYNs2Z'
    'ispNxtuOGtNhRF7bQeCgyvXE9ZtcFzqTwJbjoR6FDrFbBGP+FSKHDfO3Ky+All8H3+oVvLesOxPoqbCYD2m2Z3X1ZX+XE94H53A2'
    'tF0Je3MxuYuuVdhgI403WTyQqb+xim9dxOjQsPrF4PNcZRvF8nmsIfzbcYb2AVH37JAI5jzh4zTZ+yst4TEQYbcl9WUXisJjIEbh'
    'xE5DuwPTWIClhptJ/PBuoY4bO6DBfbjHEtAn1S/kmk2MKb07MkSm08ds0fE5pJFBvs+Ap1pIbN63ap5LiH1BFbxrZ3igjtBuM4kO'
    'C/Ei0piDRD+GdADXQ92tgOH/AhNG8rs='
)
