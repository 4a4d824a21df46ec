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
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 46500, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|creado|edited|issued|posted|publié|update|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 46764, 3039, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 49803, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 50023, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 50044, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 50102, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 50118, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 50134, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 50233, 55, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 50288, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50511, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50568, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50625, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50682, 40, 1, {}, (None, None)),
 ('^.*?\\bby\\s+', 2, 34, 50722, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 50752, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 50853, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 50877, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 51387, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 51411, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 51435, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51843, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 51984, 21, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 52005, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 52849, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 53040, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 53286, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 53364, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 53475, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53517, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 54230, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 54308, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 54365, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 54397, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 54549, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l+/W+JaGbmIRACHQgSwcIhJBAA1FQIOyyBEJ6Szek09203QmJCI2CosDAiDg6+ruMOCMYkEWHRRwDCokzogOC'
    '6P87Iwzwjzgzjv4wbjjT/6t3z8k979yqe6vqvded7tznFy99b62nqk6d/dQJIdLC+8nnePbXnH12wLtE9l8j/HcG/jVk/x36jPdM'
    '7xGiPvt8t+Lbd3/sfTuFfDv9fO951nnetxMU3269wvt2DPlWtc4vI78tId+q2bfD4FsrzEM+twjv20Hk2xD71iLbIvVkm0tJGfxb'
    'lq0lZYciyiYBfo0AT9lPJbyT8K4F2Fdk/9UQuDdBnSSpk4C/aZ0qtlYpiz4kLMpgvKtgvGvIu1M2ee9Wkne/7fHeHU3e/ewp752c'
    'cx3AoY/0KULGLOvNz/6bR+CWhjkIMpdkxNzLyN+yTDlpj5dNsLUxhVcjGZvJmBphXPJMLWBwr7foV86jHM5Mo0PdG7+VP98mGNN7'
    'STnT9vCc4N8U1qvg+fx2+3YboR0b2GaKBFs5XlfYVjwbhC3C9zThBocKgm9VeGxZCB5rtcBjcy3wWBOMX34bJWdcPoehTCUZVx+s'
    'Z5UCD1YSGG1MuO3BcrYOrQR+VTCOr8CTj3sEnl0wtmpSppfMH8u64Ar5/jIYSyr3MuqXTEznXw4wraKAXzqyhM3+MblP5f6cGbHv'
    'VrE2o/BWE+ynT2f/XQn1OuCbLH94YN8k9+sfXd//GR/PqFd+b7Exl52VIGed4qw2gs92sG+LCN5BXNED64f34fvgeT3gOGxH1j+Q'
    '4Bxan5ZpIPTU6nR+2yenveeH5vhtr0oHcW21Zt8uIvuxELy72BJ3lwNNlIC5Uf5jAcD7YMZ3VEJfm9u85/vheWdb/r0j373eA+Pq'
    'VdPf8tuPof5/wPMBeJ4Ldd6Csy/fPQ78RXN/eN034PkmPO9jfz8AY/0n4ENydPMV3vOtLp/Wz8Cayfdfg7q/hOd32vz3fN7/BN+e'
    'bAvOOwX76e+y/y4kdKxNXwcALuR9NTN6sJHs0S4o19fm02tNCnoAaeRKBR0k63+8LZ9ukO/eA21f/CnvubYt/+7HPXMRlLsOnpfA'
    'fJCPw7ryeUVbeB1+ruoBhx/PaLFBeG5j53qY/d0N/c+HvzvhuZ28bwH4CIB/ksCnhqwhrd/PxtHL6BzdPuZzrCV4cBbUewzKfxue'
    'f2rz10g+u/EsMRheRGAs23wH4ED5bhacg9bR/Lawrz2KPalaJ95HkuynOoWsQ8LuZI2MY3On9/xhl4+L+bfENcFz+KGu/Hoq/h/X'
    's4qtZ5Lt3VsB97x1XX5/dCzvO9d7/qI/OBaUjXzgdj1OGMx2vlBRno6znI0zzcb5V+u953EAl//cEaSrO9gZGdLgAfnuPQnvrCAu'
    'oetyPvQhQE7UrPh2y11BOHFYqOBUqYBTRoTDooLxGLp5zrSAFy1zLCvD+Sjd2JpBpiIUfBHOu+yT3vPtW4LwevAu7zl2i+KO7QW4'
    'bVPjRcTxPwFeleIqbCP5Mb8f3v5f3eKPT4WTGuE80z34NszlHIDb8ouDMF0xml/my53B9vFuuAfokXJL3kK2+4XzvGcPnM0PXOI9'
    '/+F8ezpJjuXDUobjMJZGGA+eDSqrEVf4ZwXn3sjarmB8TC1ru4mt6QNAe70Na3qo4tuGMV/2MBlnZgabYzpkjjZwnslgwc9IQ8i5'
    'qww5d3Tss0T4vVZG7rULyb0m27uLrf/a27zn7lvz7ye8h+S3P27Ir3M/nMuhW/LvkTAahdOZTwOu/czZ3vMpkPunYF8soGXPyS/7'
    'HVa2hZT9AdCBVwJsf3kDtNGZL7OX774CZe9lZb9wq/5Oas5O6DzHM1jOYMDH+o9AM6zaHoQBHysvS2FwFuCbBbC2v74YeMhNQRhg'
    '2Z23es/hsfyyqjvQVO7F5cGzx73vst2ngU7NEJryqY8CvTeUv0dehWffzd7zMtgHZWM+j4c8Wo5uIDjPtA3adz3Q8vPY/gtrQ8X/'
    'IN9Cx8f5l13Q7z9/LkgP68b++i3qORwA+G4V9Hdjr3puuKb1RPaZq7cu/xx8/FK4M6Cf922A/QQ6tguE+1moYmdh+7D3PPI89Z5d'
    'oCi78Dz1nqVngY456izwsmFnobqIZyGMP0G8OZfdK8vhebwI3h1HwbONta+SRareIQwP0HxvAHrOVNapkv/zuZaTO+sqsi4I32R7'
    'uEyPynKj9h7yeLWM3uhj/PII+ZvKPlBnQHn5NwgvT+VzV+J6EdnfSIE6YdxHNvK6RiLfrIXvsyzgy2nRQ7IvrnM8+0lH+J9XZPif'
    'CHg4qvwWRp/2EvlNPcg+jzBop589Rw3kxCNsnh3kfVR/CMcBoeb7bfebbONuWAeUeVPabl86T2UFyrNXsW/yv1fDeBcx+bkLLydh'
    'eI7D+SkGrLjuPmwPJphs0mRtbdt32Ycm98h1++g9ckSR8A7e0dh3VHtdbDyjCnn0VL+XvpP09DYTeS9dW6T1vKpE63nBFLmf8FzI'
    'd1sN6nczPcqg4lz0asZH19YEzoXcn/SO5HZ2p4bcgT0OdyC1CaJ6JLQJamF9DWr2zoiFLnu7Qk9tsn4dmnub8gs/TPg2Sa1MjjKd'
    '8W6miPSLTRvFpnOuyL5oSvhrSnUlCxXwpXAaUehBC1m7sH0sx/q/Ye5YP6x81JkYJGtvcg74mVPphYcU+8Z1jHK+n5N8HBvDJmYH'
    'ON/yPNM6JuuK92eLBveNamAzHDE/lFHUAxxnKPC/LV0r2zoX9m3U+vdpxm87Dz4Gik82E/6zkbU7xNZkCfu+ieEelDuGrXGh4+Q6'
    'S8QJVG8wj+gNKB45K/vvjAJkjTieDKExCrln6R1QzDvUVcZowhuhXojiYsH01t0K2xWU188k9JoJjqTt4bm7Gtp7ENY66gwfRvaz'
    'DSxWEBkolYXeSWiJTRpaVTUPPCcfgnOCcIjaL5vZsyeiDvIBlRr4XQNlOkC3T9seNJjHkEH/Un8ym+GxDrb2vZo7WQc7Xhftid5B'
    'aFWTs8dp16g6yFvMIncAv4/6IuyzRpltPeePo/CYfP8Kk4f8DOrM8Gx7U+my8r2/THl5Bf53ZXlVdXlNbR3+6hvqJunXKP+vqRQt'
    '5wDz+/HxRO7//Z8QY2Pyea/3u/DCr+aeLyxafui6I5ac+6uzz7vwG/feuwg+//HOm+4dN/g9fv23WxMi/evsf14vmx480McoXl//'
    '4/Vz7wUv3kt+cuXGxov1kz22/zz8u/fbpfvagn/dG/j98tv0r3Exviv7T/7/heNyniL3v5ez//t17v+zv2+/+Ta0PD7+u0B/GVGs'
    '30bFu1z/8w0qV5j0oIKhr4fj+qkWYuuBd0oFKYO2zegD4yKzXBhie1hO7uCH2J08j8ljesiT0q4jCv8gU5z6BsOTN4T021HCfrtA'
    'p8npJhWNPqqg23h5k3tBR4+b0mwdzO/pKLjTKCxeMaBxbMa7idFnwxq+14TvfDNEP+Qql38i28hpSTe5a2XIvsv5niX1ZZA+qyRl'
    'tmrakR1mFGXktz8k8v05omA4zNp+w7E+9v/ThM9XRJ0/0z2Wk4uHtNtTQLv3JXx8sXUC8cXtIf0Ol7Dfq0m/xWqXjlW3989P+Pix'
    'f4rix0MSUx/H/yb7b47FWE1wv24Py/5eBN7FFjZhbe5S8EIcVm+E6HUovrpPeHEBaBuDFjogU/konRfnz/od7r5BhSyD89v1AOt5'
    'E9gvyhkvmuB+cb7Snuw4jY5Id55M5CB0fhO9loNFsn+xsffjduS4l97nqDecXQIakZ/lZY79vGnZz6wi4h+uO3ShY1z0WmEy1moi'
    'p86A7JrydbM0e79Do/fZollPhMFCmIOpHK7Hsn0a5yaqrIqH0OkmVXDO0XYh+qB+Q53ZqpD2txG5sukadJD+TXR/LvM+l4zLtr8w'
    'nErn5DKuI0H/67q/JgJ2UT6e9Dw+Dn2g3yX6/pSBTkfsFOJLL7n5/whmp912v/e8Y7evx0I/pcee9541PwKfjme8MmuJTfr8J8GW'
    'f7e6veNJ2bk7/XZUZZeSstdAe8c8py5L7e2vfRBiesFY0rvzx4sytFzZH4A/8CPgs/uQ97z7Ke/56PNBf61vwBhefiq/XVd5RDPI'
    'YriMoQX2BrXtwzEcCWu/RPixourYHmwnto20jXJSHnWttN5Sw3pL2ZhTwi4uA72f/ibl7SMb+4+pAhsXeHRl4dGRsoNHB6Pp7OL4'
    'TO+oPjnA3OCFvnJSBCTMitic+Y+zelfDf9fAvdMP61fm6dymzC9l/kvbxdMZz23lUsTTcdGJ1Rew/qi3kRtyDbH/oeVsYi7K/bSO'
    'vKO2m+L+/LhAOf/JXRDv8nt+XKBqUl4+H9GUnUfambUHyjwWjGvwi2fh2+6gL3EC7vwndwX9wR4F+uK577nFMEOY2sDPhr6Sc7we'
    '6qdEKWOrTW+kvFeomPcbE86/+Xr/CJP703T9m4SbTERHY28zoLEHLGjsLgsa+2ILGvssUrYFaN9vPKUue4oFPX6cAz1+hAE9fjAZ'
    'Qxrw1Mpvqsd7AGlPPKwuQ31vKY5SzakQ364GhjOoP1D2ZSgNUyjfUT4F+Y6MsI8HFwrjZG4K84sB45guN7gDIuAd+ksWly43kZmm'
    'FDKav7A8dx8me7yR4IqkKNxvnusLovzdbeiqkQ3Fj1dqFbe41w7OBynuYhrfoBXbHc+nF1T+lFXsHJcTX5NcHK7xfJxvSycgbUH3'
    '4EmWtKwq9ti3Way8mcKP5/FV+PYMPL9O4imq5Joybl5ClDbWSnzugvt+7YOTe+5eeGb/OnfSpvz0As/dz/7Re/7+Pj+PA9JRd8O3'
    '7wNd/rOv+3Qo0pgjQAufifTtznxem8qkF2j63BfO6KuWZ3QOKUdjga1nupZzAJddTvbp5Y5rr8J168k5aYL/7gbY1JI+5m/eS2q0'
    'q0yA6xR0LsU5eB6uYr4jdDyop0own4SNxA5xSOO3cJHw/Vx7DfTlm4SfH6VaqGPCdor8mHcnknF0Mt0rllkB44jSqW1l4z+cwKhD'
    'mPv34TyaiQ57xLCeCv6bhPruS0EfMxQ4rwHu8LA9yeMTloXsycsLoGfHsi+OStjh/fUMt9UJc59WXL9Uojh+zL8R9j7Ur4nS+D7/'
    'QET7H9Kz2G9RFvv4Bjl/myLmeS85Iyb2nP1Exy7r/yXg0kLWiNqdfrhI7aEP0zCxL1uZ9p7HsdjyJ0Js+Q+S2PLLoWw7PNvgeSw8'
    'V8BzTTq/7RVpPxYF2k+ujejvcCLTPwW+3TjHe95EyujqY84ivBNOgLivPzzH+7acfPs0xEE8aJsvD9PJ9hcQOmEE5FS/BznYLigz'
    'm9T/n/d6z9OGvW8zyLcDLsr/VkP0DLJePdM9yPIqOsT2rqZ4TOo5zhT2eIzS5eki0MV0La+B50sOcmeTMRUCLx2tViX82ENDws1X'
    'WUTc5xlDPNCrsS8fZTSEpKHnsm+dBjQFjVUSNZbOCBsxHJ/KF0Rly4h5iDIa3E3jjXOb5G0aeoPGHKnLeP7Y/A7B+lGw4Tb8Yb7/'
    '1Gd0tVDHzH2HMI/zUMhekLjyUIP5TdQ+QbmK6T3fydb6GqGP43tXuUfrIy22P525TMi+m4g9n+Ndyt1wJLcnjLJ35PFjaPyZIxT+'
    'BfvC3qdwWgB6N5Uv/tYIe8sBzfsuER4Ditpiq+J25OJBlHkxHFzjcZjAWRXjaUhjfzyigFcp10jlX6byM6hmew/zH8yzwGs8ztmQ'
    'xna+O8SmHvW3yLtdzda8w4Kv4vF76H2rioWiyt1A4XeVCI+jMmA5xqg1Rx5oZnYP/9ARB9HYEa5jofsC81gcoPA7s/Gl4rgY/QOa'
    'hH38nmG2zjOEH2fIxjdIh0vqhZkvnykMGwxpx0MUOHGrUMe0CeP1O4Q635INfmjcR++eKL/fd6Y9e0sX/N/E1kkVJ0xH/4Xt2w7N'
    'ncDzfiC8m+Fs0LHN1NyFJnhxiwXuVMV4w9weaH94MBvbAcI8TlWvxVgoXqVjaRZ+rCwd7VBoDLqHUx5+ccHBVIaOOWuovuhwJpPj'
    'OIe2we8eLs+je+hABqfZpI6pTHczw9GqO3RrCA3/jhAcQ8c2R+TnhuvT0MqUr24Q9jGdVHCaC+9WZdf4+wXes3xe85iux0R/0cNk'
    'AKsIXMJ4CPSNXGJw95nSdKOauyJsHKZt9yrW4iDNfulTjKMRnhmFvJyfj36Rn7vd1r9+hI1rkPQXNV4+x4PZHA4htmyF0j4tJaLN'
    '6PgXwLuB7MvvOJwXEz0chel2Be5rFH6+rkqGR3V+oSoeM8wvdCFbp8Ogv9OEnY+hzXnQ7aVC6U6bvL+msSa4nm414KpCZR/7uqyD'
    '7pHD4d1Xs/U+6EhntkaMJSPyY1ra0pmct5ktfL/lLUKd09kEj5v4ui9idOxsNvcjNHeUrd6UntMjS0wPhvFMixLe2F1oCC7PjIoX'
    'tKUAvGDKqy6G/TfH4D6O8ns32beqO8wUD0TdjXRfLoF33yLlVHy4KS1SjLlTuC8FuLvO24TGjOJ5mgjdaitr5/BexmT5rUyWr4rn'
    'y/EB/c7p3jPAbsnl3BXSN12zNiYv0MkYKQ9lQi8uF+r82vMYDFV5SU1ymlUSfXBvAfrgqUTD8nxBxeaVTO8PTmP0a/TAf0h5dnSF'
    '6KG6Q+4Vk7ma0rxbQmSrdD9+N+Xh4UL4B13saL6WpnkQVLHW6Zj/IjvmS/bhdXDlNboLXPsuxf41pds5D3ZiFsYzEvuGvoPb6g5Z'
    'zI/q+kqBz2i8o6EI3ozbkdA50tydJjqTDsN9FkUfUFkMtwfcboGfbcYUFouL2rser8EHm0R4DPYBSz4jSjaqyqcyyPDIqMKGNQr2'
    'x4FdtiqnyiZD3ZILf8jpZVN8tdmS3szAuyOzL/+O4HAuj6e8aT2jaSoM9ibNk8zzBevk13QvUlqH76UuCxlSmAy+ms2T53+uUfBa'
    'qP9GHU8Lq2Niz79FIwvi+pt6Ar8GzXnfIvJzMZWK97XNBXcwyKx19g6msrRC86Q2MjplS7beE5q7wfbuiSoz5Mj32sTHteHDOzT7'
    'b4cCjvRctCn0v6Y077CFfsflbuA5D7vYGZrBZF6TmROsGHlb+V2ny4+INjLSxutrBjjXdWyoc88Qme1whLxOxRdGxa7dsg/hN1tY'
    'cZw0i63tJs3abmHlCrH52kTuaFdeaEjDn3Qp7BtN8IMp3cLlMgkil1lboFwG6dx7hJ+LrQzG+Pyhvr9dJbmDKZ5ZJPwYUHM0e3eI'
    '6etM5JC9DKYjGplVI9ljO0BnivwZ7eMeeMo5UX7H1i8jHeGXgTF03ltiWLj4z+pyud5D7Er42lcbrD3nm5pKBFfdeUiS83B7gedB'
    '509VJ/R+WBSWb763sNifBccEm14/BCOcWqdfOqqAXK+nEp5uBWMQqGJA8D1RGbInVDEgyol8XtIMMk4B0hLyv118uT6R8OwOXPY8'
    'j0PG51AZMnd+5ptFvl878h00bsDHIZbIQFs+P97E/Bqwz1c6wX7jkuB4bvkoPNv0Nv5nJby4fHz8dCy0HRucVc3ObDnZO4grhbCP'
    'v1Wp8DWQ7fWd6/PsLvhVVc7Fx1Hlg/6XvfZt6OBXOe7fLbZjo+dC+mM/4nAuSrW21HeiUHxSa7mnqhUymlxsui7v+Zmz8+Ut8V1V'
    'wF01Fn3faH9jZndVM+Gh6D6Rz0HAa3fD85U2P05TLk4hPHvheUmbWfwWuS/PK5C2Qnnj+Vd4z7POg+fZcC9cH4zd/pWN4De/VV22'
    'hZTdeHZ4WWrv96ut4WMohH4Li5OzOFvo0w5wVMWqSmrucddYVTQuZRwjTk/HlCpWlW3cShpjn959d4K8w+Wschos0+c9r3u/1/YJ'
    '5NuBV3nP7mu9b8eQb+Vwrt4P35Yovm34lPftMMJjvg/uxKV3ec9nb/HKzCVlfgbfRu+Edj7m+9vo2rlofZCf5e1gGU5LFuvsLwEb'
    'xFz8tNu95z+/N992p1zk513W0SI1435uV5cz8Xqv96wGevitTTDeS8zvg0uLTF/huVrvSF9xHp7HPTmQfLsD4p58/1Gf7sF9IWOl'
    'yeenIObwmheDePSzEMv8U98v3n2xhuwd3DOYBwPho+JL+TwrQ+ZZSA6xNQ58AtpfzASclyD4zzUPRrNi3vI5B2I6/9dO+3nJts9M'
    'eb68NM5VOgLWy0Jg3Wqwpw4iNEnYfOqJnkG1/yhtcy2M498fUcfKdo1FXYw94Bqbj+6Bf8lO4AUL2SGNJV3Jzl4hNEip2lXx2Esd'
    'cPwyy7WK842E5xtJTKN8I/Q81SW9vOnxedp/80vdln2xJuHBsBvgl3aQ6Ux+PPpU8ePRt5dQ+RDya7CkrW1xPsbroLlOMP6oLtdJ'
    'GdRLimBODNTTXSf82GbU94DmNlHZF2KZAVKmR2FLVA/v60QwPlWYLhVj3+rs6kaFPuZTlK7+ZGJnY+sTgzIbpCfnObbjahdCYwuo'
    '/GoHhDp+0xCTITUDn26Lhyh9zWneSrKXuolvBO3XNcegjBe9TnM/HOFAb+0EursBcsG89phd/fon3PyTOm3lYff7sT6LGT9Slav0'
    'Dwm7O/ZKdu9P7buouBfbXsC45iyMSlpY5JyGKtn/gtu859vrIB7s9d7zz2/39tYg5YdvzS/7iw/AHQdluwnewHYPAPn95ZRnv9Wv'
    'Xw+2OXvj17L+zybfeH+nk28Hg1z0D+t9/M+/1V7mx+nAb19cD3mn+rxvR5Nvb7Bvi6k+cF3+/BYqvuH85in6O7gvmI/vDfaN5uN7'
    'DvQjx54XlCm9Ct/+++bCZV+FnO9ppj5MMR1gg9sZTxakX7RZOx6vnsqxW5gcO8brEXjdW7b5RV9zg8+F8I0j2dHfHd/x+/Udz/UR'
    'PaBbumMgeB99+Oz8b/Q+OmlH/jd6H/0R9HlphS0Yfrvww4XpOOL7SHEfiRLeRyK+j+L7qLj30T9mX/wgvo/26/sozXjOj/RAvrQd'
    '6vtpLSm7uDe/Di97PCn7AJR5+y512aWk7M1bwD5vo7rsgpDx8juzJWS8vGytYrwbxtRlXfXC8b0Z35sxrpza96ZOplumkOn+v0QR'
    '810bXSFJEf/obxc9/+3F3BNxfnIDfTCoUdzIoUTR6R1u9yjA1qz10SCv/Oun/TKFyG5VfD/qgqUdG+935CHfFq0QHj3en0b7s935'
    'Dkomi7o/nWiE5LQlDlNFMAtR/NqtaEPUV50k3PwyajR0o62+/E+g6//EM5b+JASXlJLWiWmcyfy1l5TG0fkgNLQV7oOQs/femt8u'
    '+qNInxN636ruUSpX4HpgysNzPXDZJ6HeLUG5+4Mgoxi7JSh3p/IGLnf/Mvhgn39H8E5ffrH3rLus8Dtdtx6Nbb6tuMvdo/PHCYsh'
    '8ajYt/yGkb7jeXUXiGBeXbrmPG8vXXOet5eu+dpu73n1FcE1n9uT/y2OczG1fIcPF37+Chrngu5X3Ddyj/DzXIoYFlG+Zi5nMZZT'
    'TU87sjJyZ6HsXhdPYQ35dj/DaceSbz8+33ue0xv06fqHK4Eu6PTtY7l92DOf9GM+ok8AytjPgvvrjM6g7J72m7u32/LnVqvQCWCZ'
    'sHgsMR4uGA8fWgAejqxbLNn8zFg2P+1l8zo61eVO5DburQr8Wslsy7nfxTUi2n9jkJTBPIEDrJ1NQu/jgbk7Llf0xcdzgTCLOdzN'
    '6r1L+P4j+M0kPvZKofdtWU7GS2Pp0hwf8r9L4X+iynuoiiXIcyx3CPX9IXmFIwgdhnRiKf1Pa0S+jxv6J+n86mj8C9X+XlSkM1dW'
    'gjPXAjg6AXi8Fupzn75CYjwsc6SxKoU6fjPu83XCLEcoz83ZTs7cZmEWn1/WOwp4XVUOj35hF0ubxnN1yV2EdBk9p1tFftxojLFz'
    'jNDTZqXaq1SO4ZJDRTW29eS/G0G39PJOddnLC9BBy7qzFLokmz2P/mNvPeH7bCxWfCtEv5aGdi74cVB2csHjfgwGLju5+EV/broY'
    'tjJW62yHdePzy8nVH1L7Tofx3NVk/5zuuH9MYiGFleN+bpuFPha2Lp8Qxz98r2I91716a7bAZ0QwxxW/Y21yFdrc430iOk8pj6GO'
    '8fCXiGAcfJO8HrQuz1lkmjPXJC42z28dNbZhEcy7psqzEBZzv09zR+hyMf1WBHOjhO3FfsexyDX9TSo/xw8dhyo3oYrOGy5gHHxN'
    '+Fz7Q/o0ydFoekb4+prmq8c66Neryn3LcwJsFub5uIfZet2UXa8rhHm+1B7Hc0HH0FkgjHW5eHT7f5vQ51Gn7/l56jCEr2kOmR4G'
    '+8OysD9LuOUIc7lnbPdIjwjmGClk3fh69VmOScLsp9lL4/0R6z0s9Hk9SjWfZuCNuM0R5ZWjcunQPB3IK8p2Zyhsxnl+NJ4jRJVT'
    'GOPd2+aq6Q6BX7FoHl5OrvWGLAD/JNxiQ2IOtFoLOg/zudVZ0kQ8z6wLLcXzfpnSnDQOZotmX3QLdS7tzSI/3w2nOQcIXDYCv6PL'
    'yU3x7KBGrsTX9wzh56FxaRP91edMEO3Nc4fo8sFvFm75sFQw0sX3NNkXVYQXpLmjRsmezQh1Xq5qhTxzlNBUqvxspmNT6Qpke50J'
    'DyfanneUv80i36gsqoWUb2XlGwjPvUozxhoyzxphnke0L4LfUO2HTrJ3bOOn4xxs4gc3sT1TJ9SxyXQ5m2ksdspz/mf2338ozp8N'
    'XlTdNQNCnR+Nl1/M7mae+6+hwLHRe7WR8NOF8q3NoJulY22aQH6W5mFTycwWK3j10RDeRwX7mUWE/SwC+4ngM1xop2LxVKo8Y51C'
    'nY9sm7DL+1cKW1M6vu0W98PhAT1/cr/+Ub1sKeJ54pp2sbXZYGFrkZzmxhY5wG4syEg4VOvO9YUSbz7PdJoiPkPxGYrPkPEZQr0C'
    'ylF+k/DvLFVOkgMtae3FFuXRHmOupT6pQ0FbmdaXfb7DYV6HWc6L++LHuCfGPfH9Hby/y+P7Oz5D8Rmyur9pzk1qP2cq36pXyMrp'
    '3Y0yrdVMplXJZFqcJ64QwVgT51iMLYo37wvRkVD5hyCyTCqziNKtRdmONYfIhhuIjmSroW2dyt6D5sjekn2xOeHm099UIDwxtm2t'
    'RvfQo9PfMrmfi7wPc+U0MZtBk1zbA2w83Kcxt4aJ/Dx86RL6W+wP+I/cLA0uV03a4A6y1XEWY/9vd9j//UXa/5cWaf+fDrJravfT'
    'wXQyPUwuOciem6GtFcT2fcTCvmskxC4ec2jNtbBvUulqTeXKAxrdMrUFKHVM/dmWvCfmW/wqxAlvOy86V+HfAiwLsZPdDL7jP+zy'
    '2jxE8S1xjc9TV7JvYp3/N9Wtyncf6spvm+Z1xG9Y/0NdejtslS+VyiefwhBzCWJ/1eC/9w/gz1dxUdAu+AyY06reoF0wfrviKr0f'
    'PY6zioyT7p/3wFl13Rd4j9F98eYN/n6hsgjaR5XQxwKh+BTn+oFLfFjxddPBUWfHUYzzRe3ly4hurh7mViGibahl3ZMVuJbiQOq3'
    'YGKvpLKF6GK6wR7D+8AEL5qOaUjj2/Fm0suDZaN7VOnceizuA26T1quxXeS09h4y1l4LfaHKBsHU1q4zQgevG+v/SnoyTvluVTq/'
    'vxPT3vODc/z+ZNQU+lzB6pwMdT5E6pxk0O4aVuYYKHMDKbMinV8W+cJToOyNc7znTXP8M9ST1O/3oRA7JdM7vlezz7ZD/+9MenGQ'
    '5Ls2NsejYNxjc/wzEjUnk/VR6b35upj0RcdsUvZMWJ+VaW/u5Unfr8pm/w9bnNFBDf4YZPjj1YTHW3HbujB8yG3w/hWer5I+ZNvf'
    'T/j2Zdsc5jAScXb5nnog4dFoNnhf1U93RD+fJP1EwaaLPKPm/SbDQdeCDMF0/Py8bo+YR3fCt7PcFuLPYHpH8fbPTPh8B7e7G2E4'
    'fVCY+9wea9DuoCXvlbOXTfg2nHxPXKOxq+dzrk/4/sa6sXG/YzyLwqBun+Yc/4bwvCYwkXVeU/DJqvlS3vol4efJmyi8Lft9jOBu'
    'E5yLd+KqdOH4Xvb/aaCZo2Aly/6ZMM+l9SFhnqOLxgDQ0YODijJ83WkMAB39cznhD2bf4T2/dgv4U17gxwDIaM7BWYT3uAzinZeN'
    '+TEAdDFgTiLffgexst71/vwYALl4bN35MVuWk2+yPO3vCKHPLbZA6HOSzSHfLroxv81Z5FvLx/K/1dFx3pL/TRVLJ2kpLwuLeaaK'
    't6Zrh/JjCWI74MqP0Vy9KShfSWyZ64kdbo7vVvCMOt1EIeOyxcWlWgcbe3dqp4zlk8wWZLJgprqDpjrMKicBZmF0zlSHZ6bE8Iz3'
    'nhusTGjhqQ7PdJHgqbL3nqowqSkSTIopI5jqMG0sEkz3ZbntVF+j2hKt0UTK6eJzsu/rDKb6GpUVaY1UcokYNtP3bFeXADbFlNdP'
    'dfg2Fxm++5N+PD5bpdVRTXX41pUIvqXWn091uFcVAe6l0InGciR33edUh135BMAuluma65pjnmH68ppVRYJNsW1WYhnvxNhqxXTj'
    '/mf3GN99E7vmUx3e9UWC93Sz3Y7P0eTYAMY68aAtXwyToA1jDJOg7WYMk6DN6lSHSapIMJkOsCjW/qB2yzFMgvbaMUyCduoxTIL2'
    '+TFMgn4JMUyC/hixziLaRymGUbRvVqyr0PuJTSc6dxGBjRzPjIch3sn9pcvTF9UejbUh4/wcrRkbj32/drd7Lnj0bbtpt/dc+Ggw'
    '7sqfw7flTwbjrnzlAXju1Odj1MUNob5NVwu3fKLU/qhHRMc6CouthzCZIdQxbnlOB13ONvS7lD6Oc1hbnUKdX8Ukz15YHiya9zLM'
    'ptzEBq9fA1dV3CZc46eTnj6Ixv1Bf+SrNOuzQ+T72mJMYGofrMqZVUj8QB4XiMYsRJ/JJsX8TXMWIIxk/tqZCvjargW2N2+C9xKP'
    'nZyLAZD08+FWMfuofmI3GDZHrKuLG6WKBWdia7VZsYdzcc2yDVcn7HP30NzdPA5TvcW+xv3F4yna5pij7fBYThhH/J1svJh/62AR'
    'zEPlsg/pOpvamMrxzoWzXapzrYMNxkqlOaeO0Oz7XlFYLsURB98E3dmbVcQ7iOfCkvtkOdsnNcI8bw6Pv2iTq4bnUHXBrZh7yiZG'
    'oIpmOlhBc83MvjhTuOW9RJi8JvJ9VfpF6XM8uuQ5Vtl17GDr36vZg70Arz2wH13z77jYo4TZru8rZ7iU62vbDvWdkmsm89Bfsg+c'
    'Y5ccxCrageZ8w++YLw55FBc6RZdrkNJcHL/Wi+g4iZWAg5tJmYzw47OMwhNphy4RjPGI9uRbSFnabxPhZyjvfaTw87VR+h1pdsrP'
    'JoU6315C5MdxbonAs6tEfn5Y7CNp0AfGgo3SV8l+7hF+fJgyWKPnD/XeLSSwayXnogHkAJx36hJqv5rtFvihV6jzkCcd6NAWtlf4'
    'nBsUc642mDPdLzbjOU4h20gLP/apaj0xLp2tTITu3yUoD5lvb8dhMsYmB7pCJ+fCPI9LHeaMZ3c2OZurof0aoA8rUZB+vhBEjBX4'
    'UbmYaf/I49SSfZT7nRveVy6eHuE3OhTyBH5/u5yjKLw9SnD/Md8EOfhD3rcB8u30Ye95KsSr6iXyh44QWYiJ/1yfUMdcW0fOI/dr'
    'ibqTVLmvhzX8mO4OjYKdzB1wkGZ83cLev9CUX6TxtMJiDmNMqgrYm3imH24T4pXsvzez//a0BfdmA5SRz1fg+SY8ZfkMwaWD8L76'
    'HO/5OOgJBuD9LR/1nq9+1KuzGu65ZnJW6DmWZT/elp/3SxUf+y6IYX3SjiAO//0m73kWjOGJ29XyLCrHwnYvwXG3Bdsdg2+b2/y5'
    '6+Q/OromBfxqBvj8HH91tfe8r0ctb/6XP/OelbcHZcoZgO9/36yXN55K5oD6YrRnW3SVn4N75STiIh2esMl/Sv1GqM+nSbx7mkua'
    '4kGb+ObpPaBX3O31+buUt8/xXS62+RPe899/ZNd2xf3ec9f3vLZfTnk8Se5y2ZOve7j1Pu95x267+7mD/B3MXRX9S073vCEJhihD'
    'MyGZ/tJ59Idc2yuzAD9GmOXgsNlDl7zoPb/xlD7Gvwr/8L1H8c8I7Ll7ntHjnxUpL44op4cpXkf8tHOX93z6aX8P1wMMaqHMNXiW'
    'nvOexz3oPV9+ynuu/KZXZ7bwY4zSb7yfekLDyXez4Dy1wbzTO73nRwF+q7+pvk+aLNfjN1/3npc/alfvZsAhK39cej2zSbtVZCfX'
    'wr6ScYpFFm5fesmtzWqin8ex0hiaS9iZ+Wwy153yTp/zhL9+PPbpoz/yns99z+dtaxX15PMRTZ36kDq3LVfX4TSDzfpfs9uOJ+wG'
    'uKUN8fg0RuqpANLN/cbc0ff8EISu+cn1/3XCw2k5uu/7cG8/CTYKD9rth7cc8IEs/07o98bd+bj2ewkvv0iOtgB7istecKOFLthH'
    'cFQ18cExwSc3J3za7QcL7eb+X3BfNMDzUbjLNoK9yNXZgoMOelaVzHC1JSyaRTA/YzmjMe6Bp5SPcd2pzVivBjw3E9rvB3jn6I4p'
    'lAs1Zf5L2+RCbW/34FWKXKjjDr96hTzMRg5Xwc7sYfAsH8/XM9vyJGgzFufTVeTTLeEeonhmKbMNqNTI/7cA/jyA2DTRMtgWtbHA'
    '+PzIV6i+cd18ITjzxAJsDcPkOihHmAH9fHm33b1xE9yZ34d74rQC2trzmH8HybaOEf59tgvohZ/C3b7xMbu2kS8S38u3WckQfutJ'
    '4K8eeyp/bvc8ni8vz9nLAq38gUfUZZMKu9swW97LUK/wvL0chMpP5u/O54cRftdawkvOI5d7EOa1Guity2CdF5N1lkyMTdtrgbbY'
    '85CfJ7C5wLZ++pDfpny+9pCet+9LevLFQuDd8KN8eRs/rxfvtqdxZinkDDmYP+vvMZu7Dfl7Fd3cDnTzwqQnd7Sl62QbJ8y3m98M'
    'Nr40kcfYzKuMzAvPtZSNhOWq5DkW6brXA0uE8pyVAKuXd+bLiZqJvBXlLZKPsYHZnD0+va2y9ZPvdiU8Ha4sN/RwvsxKyo9s+vvG'
    'cz5Pg3ja5ZyNfct7/gnG/RcJT++OMETcbNPmJ54BHApn+LIX7eo/sDN/TMNkTL9/wpedufCluK9s8Sbi4S/Dvjor4elL5bvjgVe+'
    '+MkgTrXp40ZYi4vhvryZyEhVOHBxwsOx8l0/jO9p3FcvOvLtT/prKPuYQWBPeUd6Nk37oHInm3ojMO+7n/LG9CvwsyhkP7z6dff9'
    'QG10Ee/87Clf78Hl0pyW4raumFsL7SRGYN3/YKnzUa2Pyz789dP553DR19X771bQrVFavFGo429ui7C/Q90YzWfdbah7M9X/DUTo'
    '4zg9H+XXpIupZVKvELvpqNiaaDu1wPH+5zo8WxpKyufwTJj4EZXB/qFyNioPW6rxJTO1eaN8YwvT9YedcRfbOpd+uI5gOd4rIohL'
    'jkL6SGOXZmqfVwbfRITt1zUpe/lLM5wLle3bYhj3peTdUnh3IXl3Lbw7h/DhHcwm793Efu5leLeWlB9lcoA1xI+jQ2Pv0mFg73Ik'
    'zBf7jSp/EBnT0en8ObeAfELFayy2hDvKjguxEezQ+M7g/jv0GV+mjmvAv333x963U6jNFsTnOes879sJim+3XuHLB/Bb1Tq/TD3M'
    'D79Vs2+HKfbKFsUaDLFvKJOn+2IpKUPXq5aUHYoo65q7vYnQGDb4x0aeSc/kKnI+8N0pm3xfSHz3W8iVeDR5hzh+KeB2tLNJG+AX'
    '5M/mEbilid2sKU4rI39Tme9SRdmEoz1vI7FhN8Wz6LezQGGjaXOmy+HMNDrUlTwFxwdyTO91kKub6MSe3+4mr6+xhG1tkWArx+sK'
    '24png7BF+J7mqLeoI/hWhceWheCxVgs8NtcCjzURGfuowjeJy8v7iE+HytcCYbQx4bYH+T3ZSuCH/u9fYboBno+vS+Er0ivyffVc'
    'bf9rre3VprO1GtirtRbHLk33c4n9kIygfWca+siY4q0m4eexvpLpFNNKO8dYp4i/UuoUuZ9aPfBXiM92sG+LCN7ZYmEfvEP4epFK'
    'ofYL3kHs2ZGeWm0QC3dVOohrGzX7dhHzm9HFhy0D/Ig4LQO8yhK4h/j+zsC9YnrGqH0etmnD2yMfcbxFHav7vbf4eMWm/9dZbvIy'
    'Qn+ZrIcN3/dvGrquFWEx7q/NT0V+fvEXoN8mUexfAiafSu9VAInc4DIoP6qMaqIq7GM1+e8aAtm6+nyPqcbizYjbaTc02Njzhf0q'
    'jPGgo634fMpEhf4a7EZs9EsKpd27RVXh3oJuTg2md4xNVX4G8b6pHLeX6RQbL9UGbOcm4JdM7aukbdqYQHX6tZtQwJF92+6VKDq2'
    'Ge5elztNyjJUNEd5BM2xVHPHFaIPWFagnH8Zk9/PnUA5PrX1t6nDbf1VsjOqe1kW6wNifUCsD4j1AbE+INYHxPqAWB8Q6wNifUCs'
    'D4j1AbE+YL/RB1DevIbgtArGK64KsdfLQJtU5t8m/JimqjPCfXOOUtQ/mpTlPiGN5PzROitC+kT+3uaOTov8mIUdwi5utBz79kT+'
    'Xc3tVGnZgYTfV5dDXxtI/R6H+utI/W0O9U9MFHZeliai7/GFieh7fE7CP1ObLcZfR+pdZVFPkDH1iXzfQizzOzgnUW32snpvEPzQ'
    'ZTGm/yM8/51CbZExrmydUMcGVdXbDPUeJ/W2Gdhzd0K9naSezf77HMG3ujN2F2l7yKLtj5C2hzRtXyeCPqu8zKglLLFer+Iu4W1v'
    'IG13WrR9jmLcPazMaQrY8jInkjLbNGVWGNyJix3vxHnkLuf9Niv4qRGRn1uDzn9Ewe/o+AWUuSLtoIrDasprtpK7PAG06Uxyl+O9'
    'Xmi8bVuZoy6HS5LQEBUiaBNfy/ptF+H+FHVMhqPKba/rq64I+oNmoCdU8jPkk+sU+wz5Y1r+8RAZbZQvSTOZQ0IE/WZM2+GxDQ8W'
    '5vHu6Dkxjb+9ReT7z1B/IAmLL2a8mFkuYwjrh6/DRzKeLNi0n2LOsS/jxy5G3yT059laxH7WZfzYoN3CLPZ4sfpeVqJ15P3MIrDc'
    'xOpuFXrfs6h50jitsp+3y/0cD6o1s9l7vyBtdSvuOJu2XiRt8flzmI0Kdb4W9B17KmRcXZbj+loB8OJr/FnFuN4wHBdv66MFzJG3'
    'tbXcw7M2OMSkfdxzG4oAQ2zrjAL2HG9rZXkQd6roLswBvyZtnjf+bKizHJ7taf99TmYyCX2fCX3/scz3c3U5azl+jbQxqOAF6Xvd'
    '2foJaeMqoc75EXXWdyvG0WU5jr+1gEePZi992WAcoxHn8BNlHk0WBg+bexXndx1pdxPDO1uFW+6R3P2vaLenCO2ep4DDqEE7uvxx'
    'yMesdtgrfI2ONFgjl3t5lmJso4b7B9tIk7GtTfv4g47lKMAbYwRfIH5og+cJDFf9Kl3cdhEP/ST7PET4ZaLaOxrqnxrBK5viyTYY'
    'x9+mPf0hbfNEqPdBxn8XC/9/egL7RHhfC+tI+zwG2rtBceesYuunm8umIreL4z0nHcx5Z3I/1MOe4HVfE8F8hSr8I/feTNYuz001'
    'KszlTvMU7fUK+5x4eM6rSHtnM/og7Py0adbvt6nitIfr9i8pH/ZY5iRWdoUG1/zIoS72+92Ub/820fhE9n83gSOHn+psR+GIO4rU'
    '3t7zn/LjCG7R6GqGmYxyMJVvY0h53GHDO1m2c3lI38NCnTPsHFKnJ+TM0rNxqkE/O1idYxVz7HSY46GknatEMKdhVDs4nqaQdvot'
    '2hGKeW11mNevktEw/VfW9yvJYB5ent+xj9V5IaROv6bO7qR/Rlang3jJlhZ4OOnrMbewe4Ofja8kfVm27XrL+p8Kqd9vUP9mqO8i'
    'm5L1ryFz1a0R0r1bQsr2M56sUwHDDpGfywzX7yJFuyqeB/MAVxvwMbn7PxnU0XZo9r7Kxnm5Zm2izgzmPz3YsT6eucZkUJ+OfMHb'
    'bB3LQ8qOsrJvJ9RwMcUp/5bwcYrreZPt/JTYC6yE+usI7UHvwR8YlMU77jshZTmt8ahBWWz3PohhXmx5TS53GdGrq86ALHMbKaOS'
    'UcgyNyaCOsfX2Ll4fyKYW3KIlRlO5OtuTfaIrNetmMcom8f6kDK4989TjJHS3zk7/YSZnQHFfTk7fdL2oMaG4ShSRiWvzNlMkTLd'
    'Gv3ufMV6cD6lOaTMdmKvURkit5BlykLGgzYlf1Lotjmef1Poc4/imH+pKNPL73+i2zbV2eTof0XbHLf/vQjO9Q3WzpNCf15wDR8V'
    'dnsIYX2vCK4Hx7NfJPM35alkvTtJPVNZi6x3ExmTCi/Xgw9SZQhvVQ/z17WDePOqkDLHQ5kOUkaFs2WZi0PKnABlzibwMOXpcve/'
    'Ym2j8DX6gswqolwG7TXqLPk4ajNpI1dR5VJS2UUstbCZmGgd/mTEE4x9A2PfwNg3MPYNjH0DY9/A2Dcw9g2MfQNj38DYNzD2DYx9'
    'A6e3b6CLrX1sXx7bl8f25bF9eWxfHtuXx/blsX15bF8e25fH9uWxfXlsXx7bl8f25bF9eWxfHtuXx/blsX15bF8e25fH9uWxfXls'
    'Xx7bl8f25bF9eWxfHtuXTzf78oSBfbmJ7bdrHptmsIWldnE1FrITGi9xgJx5Hi9xmH2jNmAjjK/k9sjFsK9/ls2R4/RBdg/SOJZc'
    'vou4OCyOJc5zhaKdPtIej2O5yZD/o/s2aq24LXyDYT1OG1DbNrT9Lo9tkSbNFqnUfimxP0nsTxL7k8T+JLE/SexPEvuTxP4ksT9J'
    '7E8S+5PE/iQxDxf7k5TKn4SeukqC0zB/UweMU5C9W0noLyx3MvB5lPZS9SPh/Ft4f4Pw4z1czc4Uz3k+VbBmyvyXtsKpmrMh8Z/Z'
    '7teXHHf41SvOVi25Y3OntT38nOJ+GiL7KV734Lor1vz6Qte8mOuek+dk/+P8hLee/0x4u/hc73/n2pYmnt4UsbfOaVHQ7xAT2ibG'
    'pdMDlybJ35SGQv1BGvhuPJvdsM5pR5p4Ig+mKNXPazplsoouP1X9RISuqJrxqOVED9FA8CnS6lUWvC3uARHvgX12D/DzmybnNyon'
    'H/JyWAf3TSJE3l5rwH+Z9J0G/YAQ+bkPq+B7BeP9ZGLQL72klu/xfrhcdY1FecyBPEv4/leLWDl67mYSuTWvo+KREWYVpH8J+wNA'
    'B3sU4bfFBOtobeSmtdD3AaBDWwb9r33QXg/iYuNS6DhfeMZ+nGnLcaLO+8ACdQrX7g7ml1wq1HqYlxxk4Hj+ZPs3w5xuhPlUiKn2'
    'SyhkeXLHpMv2vi7Hk1WCLk1/yYJbgJUze2k2ZH1Vudd+BkLRWrCnqCouFMOHmPTu3DTyGmG/8n1uU465VpxPL1v7vRD8Vbht0nrg'
    't5G+7LvA+1oPul98v/wO//05sU1e0WzyJP6O9TmTo8+hebflHXt9bMO239iw8TEgrGP7tti+LbZvi+3bYvu22L4ttm+L7dti+7bY'
    'vi22b9u/7NsqiK3aVJThy75GNuw7svocjdBbepm8zXhe7/FwW6sDfULpvYpx/wzgmtZAuRTRU8wiey6nvx1Xt8e/I41Q5SibiPnY'
    'mI+N+diYj4352JiPjfnYmI+N+diYj4352P3LTysFZ6gYcUYygGNl3fPJvZKbB7tn7g0peyYr+3kCJ152KKKfO0g/74bnADy7WNmb'
    'SFkcwwg8u1nZHQAT+e5UeA6yMlcDflCVGVaMv570Q8dwJmkjLFaMrH8B8D8NoDOmc9geUZ/aEKvmH9X3CnIvn8lsK7awv7HdHtJ+'
    'LrYvWYPTWN1O5CHJ2cqwdT+N0B0ZtmdOZnSAfDcvHXzSs5VGW1Thx9RCe1Hc/3hWEB6o70a+qxye3AafypSQt0HbX/lvNbHyWQ3t'
    'LYS/Dxb5cfl0eRa2M/rRJg81pf1GGA7DGJLLiS1BWFnkHyjMThT5tgG47idBvWs0fc5U9NnDaOhugz65P0QFkc2ErYNcp9sILcLP'
    'xDIFPuxj+x73NM5pq6Isno0OdkY2k7KdDK90k7Muy24kOGhEcwb7SX/1cF6q2Th7WJ0OKHs6wc3vY3h1mPU3RNqoB3loLatLcZVq'
    'bPKczdDgkC2sn34GvxHW1oFEtjFE9laGwXaYyYNwjaitujwHxyr2FtISiYi9gjiF+kZz/2daX+7PmbCfE2Rv2+7lYoypgdHi1Kcv'
    '+zYl6TkdTZdQ2Es3KmRJNUyGSvujMtTV7JxTGXlTxHx1MJRr+fGEj7PDYHhHwttDunXZBnPCtqqwroY3TMEzPa25xrLE+JPjt1Pb'
    '2Z9Lv5j5hRtG7/21R9T+PRjbZX8/T1mzFmO4X0fiNZ1Wa4rn9nrFuc1M4zUug194qfLE+B/yvFfHxidjja/Xr7Gp713Uub42XvP9'
    'as3x3F+hOPdx7IFEQqzcGxLA91mx/UXg5Djew8TD3IxODVkDGTqhbHrrN9qYfqOVOfZZ/5rCPlZZ60eCv5o2fq5G4jWdVmuK57aO'
    'ndtKf0KhHQX49ojyuhgiYXYDRwrfN4d+5/qzFuHHDUAev4KUUclbbfXK29kYbM6D3S9JScPS/tIqLqyAOBqtbrpcU+WctZ95g/mX'
    'MFsh1T6M6T2DPbG8kAWsODeqREzvTTzMUTeF+79Xsf/TDjhxmq1NyoBrDf0l3XFb3vnojtdkn1oTPDcNOrqrLXdix3T3Xw1Z21qH'
    'eqpzm4z3SN4eSba7x+JIR++hsfjcTr01yQg/3hjnEUxsN1S8j6zzulDHyLRZ39T0Wu90oesdJRIuxn5IAw+Ie+MqWMdNFud2mq9j'
    'jh69MRkQPdpQpOHxZr8QzS/anNHc39n/uF11JqfcTxUMKplKT8JIGmyIpQZjUiow0zBZEtp7Jtv872kidisUv2OO1qtZv6895D0/'
    'YRlLMOZtFbiksG0YGbtadWfr+dtkan/+Icy4rZZ7NFv7X5BOjtdkstckUq8QMj6lXiGifJheoZbZLKNOoJ7pBq5QyHW1/Hkq9/dX'
    'VFdUBZMf1zrUC5vPZ9h8Pgn1qox0cpKyLivHvzPT6naoyIH5z17KhR9dCf+ygB2zoTWP/q7VTq83UJ3vKtt1s/ffGyP18C2hlFH5'
    '+JvhpG6EDUxyRg42rTrSitMfkfefA16YLP8wi2qpYtO+40X9Rdx/8ZpM+prgubldcW7gLsji4iQsWDpSqFxWHgKrzD6zRtF4Npmc'
    'kJWybcO25+BXm3rq7/UKuvbWeM/Ee8ZizyDe6YjtESZFN14B8MfzuyGG/aTAntsnIF1URvioOsZHVRI7H8wBspS1i75Z7UTOSNso'
    'J+W5rZD0V2sk5VEeadtOUwR/2MjakvT8LGHnW4ft1zA8MiuCd0Y4RpXj48+wdUmzdTFpj8LTxE/ZdqzD0E4S2p0V6+qmjK6O20wM'
    'wrrH6zf11i8j/Dhr5eQ88rgSB7ByFO8eNt8vVxNSbuF893hwYXooVcxG03b53VapwNEYe+J6Zseq+sZxcVL4sTiryN9hebh1ueVQ'
    '/ppi8lfuG/6y/M5gheXQb1z+9y7h5fPVyUhTsD82xrozNf01tveYgvzPSjYqYZ2OkobKdZqp0aHSM7AEnjPm+99UOlcT+5k+B3up'
    'ab7eGnmZHYoPXWyDpurhnJ8l7OJBYSwNHsfjCPIN43NgbMMF5BvGNcE8SXPItx6RH0NlluIbtlmn6G9EBHPsvay5I0xoUO7HQmPV'
    'FNoOPzsfUcgFKrwCSb3+Ir2PmL6UJFmbRVo66zhyTRW5qDYLgjIiA2bXjOSqyC9YYU+bUXnjjfGeiPeEQp6okjN0MLyUR2sVwUpt'
    'Cv8iBdbFsD1V5QjGdzka/yfZtfm5f7bLFO/D1ld379Qr+q9kshF5J64X+XHsM0SetV7kxz9qhTvvciLLuRz6miH8+ICtEXdiFZMH'
    'LTKgIZGnqtLwDNOdL4jkGUQwtmoW7Neb62HccEw54ctVsloTuR2No6aKXyon9VtSznRv2cTQl+xNVNxXjEOIcRhp7lOMS8jlCWFt'
    'osziq8LP0bhFhOcvpf3xWNg9jv3fkv0327J/l36uFn7ujT4GQ5zLsGPblwIO4jHNXdo6DfYtjcGJsSe3O7Z5FJk7z3mLz82Obb9D'
    'eDH2dHl5eQ5dlz5seSYKs14yJhp/+cKkB+tSnGfk+TC2/0HkHeZSmE34Rpn/ImdHuNO/z/bmad3t85n47k97gvl+5uz0c9G7yCJp'
    'Ppa6pBfjt5SwwZwJR5F3mKOC5meR7+Tz85/Iz88i39Vflp9T5CDyTeYekc877/JzMmA/iy4Jwvn1niCcZV5qDmeZk5q2myTCMsxL'
    '83cJT24p991WdiaGLfaxLfxN5CYtFnfNZhHMKU3xUo/IzzV9AtCPxbhLaLsLod2ocY9Yjhdjr9K6HG/wOkkiO1mb8OJ0Rs0TZVTz'
    'CR6nf3dM4p4IK0d12jkaKuHl7aH3XAejS3qmyFxeFF58VjqXV6bI2P9aeH6EpcAPM4WfL0A+V8JzDTxPhTwCFYhnIb75jXO8501z'
    '/PMxR/j5B06D+m0ReQjqiV0BLXcMlLuB5CtYkza/6+oc4EHn3QbP4zTz4OOT45K4YR6hO2jc9B4LfNZD7g4dXUhpm3kAe9rvVQQ3'
    'mvRL8dMAu8O2CXVuHp0tjYp3Cstxcrhgvh3t0KRGCGSaO8WGTonKVbRc6HMVHUHq09xLtMzBpMyQpkypc8oliP6Cyoa4f4oKlrye'
    'hGdUPdf4W1EyKBu6czE5I/juBBGM234Y0bPUknWheh7M99HN1o32d62jbUAp5nyuYs5nKuZ8mmL8pzjAYYWizmhEHcw/RuvQHAG0'
    '7FyABS3LceFMRZkeVqZaUUbeeyocN5nrt1GxfusV6/de8u4Rxdrftjy49om24Nov06w9xWuUxg5bex1dHrb29O6LWvtWg7VvNVj7'
    '1hKsfcZy7WleFsw/cDCziVgCMoQy0l6K1F/CnifCXLIsao63x1wIYbRAhtwpPO9LP4Enz53SRe7KKN5oSKjz5DUy+axJjooweKwm'
    'e/owB9nIiYa2Ji7nG3Hsf5N3M+d7735P3s2Ad28K3xZ5Plvn+dDWLxVlDpmfX+YVOKOUfgobs6zzgpTdELxkM98mC5oX8csm8pT9'
    'f43IWocZjhhSyFp0dLRs67PCc/ZXydWHFX1EjX0oRDbPZQl0z+8gfFcPqRN1dkYUY64HWB1oIecZMOiL93EWnFGK14c0/MmIYm7I'
    'Hx3E6mJbnQTPhI0tao59mr7nguzadE2p/iUKVh0iP68Uz9kThkfSlnjEJL+eydksJKe8itZXvZM6iDUO/FiYTaBNXvK5kzDnJman'
    'FTVOnV8KtWUcEXF8mAJtXAWzcS2ezaPF2lAZtM0dXCwapIHJZQrlaRKW9css68d22yF7ev5esDrYbbdE7mmOF1eRp4uOtpHcCR+A'
    '+sjzdMAaXy58H5x4nSdunQ+EdcF14/bD3NdxCfkmQsryPPeNEXeeC35YpaG5hy1o3V8oaP8GCzsZE7qbtvcy+/uqEPsUCcM7qz35'
    'CuWPuH1QH5Mbz1fAhb53pb9pnx0WNPKbTK+6odrXLYbxDxM9lxEL3gjncmS1n2t20EIW0muhM+9gcph+jW55ovmqf6/yz+AO1ne/'
    'QqZHy40o9OLUDoHr9zuKMJcoePcoZAlyng+Ref6Rzc9kz2zRnE+uT3edM4VrIefymiovv7l8dxLTeZ4IOs8PzgnCUpVf/gTQna5I'
    'm+l2sSw+GxS2knwMsuxyorM2He9R8G1MM146ppXkvYTRsiqPhyzVXijmHvhXeL5K8JOcw/9UejxuofcbHT+VL9H3/Ya4kOK7HkUb'
    'VP78g0pP70ptrvjZ/a1CpqiTy9neF30ROAz9xe4mcN5X8VvY+Ecq82mPqPaHHewNJvrOOqnSz3tvckep9uNrETLfYY0OrBf10ZXe'
    '+It5/mzoyrCz9bsKj8aPwtlthrZBWJb2eRKxL6I4/ASGc1cxe5x3se8rASf/fXYQh07Andqtwd09TAb81xM8nkHNOcbxfHCSx8Ph'
    'syE7ntNF9H1tsrfaLeiMNrKvTNvHvdZeIH3RZkin5HzmK3xdVcck7GPE/29lJmYcgxHjeD7j48sei7uG3temd+NABD3D78ivZjwd'
    'DMWlHQ73IPenMNEJbrKYF95/12d82mlfpf1yPhsZH2dNNo2XswHMBO9Ml3V21Z82Zkoj8zDFBb8pL23/UXfGc5PUP87/wXLPN2Gi'
    'aVY6Ji57urXcP8v7svyks9zzcHexeSg2T3NSuWcPanuXjCj2Jef9w/o9uNznOyaD5q8Ho4RlBjIVG/p8omii58r8dZsoGl/2+/AE'
    '94symrvK8vdLKWiDNyJ4wZEyz7eA2zvZ2nWZ4tiLy3w8Mdly/RVlvh+ty52tk+3l+P8its3HnSnz/t4Xz7gc38/T/p7qmIBz9B3S'
    'XyeDZQe7Ozo19n9h9ng9bG3/Ju2f28ngVeQYPpwuPe7oioB7T9r39XfBHab7/Qwy10Jwxo4C6JsjFHN1GUMUPm5I+zaUxbqLotbj'
    'DaT/U8WZY1fEfftSifvB/fmt1OTZo34u5cWimUzdVhS9NUrWoV3jF7matftuh37Wp3zb4i52vt4wPBfvSXn2nhPFX+TiFqQ8+6dS'
    '8BG5OIQp3/ad+6eb6h/2+lkQ+EyUnOn1pN/nRNhFyD73JP29NKS540cj9tIjSX9dhzVr1WMh/+Fw+Txpf2XEeVrjcJ4+kvRktpOJ'
    'W3L3f9KP03XZsyBX35Pvo/L0095z6GHw+dvtPR993mvjgqQeN/QYys1OTfpxKlz8LXT3x5Kk51NQav5M9tVE+uLz31oE+zQKr98l'
    'Cvf1+L8JT1YWZiMStT+Ps9DnmJyLJxO+32HUXuJr/VCiMJ+dwP2f8GQKxZDDqdZ0VNPvGJlHoTS5bK9f0Z4r3Zvj/8ka2ew9Wefd'
    'CT++S3cEf4nyhtWkjoltZc7+J+H7Ppqc4X6dT1LCzUdugLVTnfD9NsPop3ownK2OgBHO879EdNke4n/YXAKbAdn2j2Ac8vuvzgbf'
    'nR4/FpR8vgXxmfaQss+d7z1TG/yYT/J5UC/Q/yFlebsPKcqetENd9m8UZftuVo/hsyFlebt/Tsq+BfGuHtDA4cMhZXmsrPeTspL4'
    'ks+6C4J16+Es8rK3XqEu26Moe8oH1GUvJWV7oOwdA+q5nU3KXrvVe55+tnpuaxVlcd142eMVZXEteNmlpGzb/d5z5y7Yw0DDLHzU'
    'j0OOZb/4JMQH36mOBddCykbRRrWkLKevWqDdWXvUPomm/mYmccZj3xzms/GFQvzNWoz9zaLWph7u4NiHSh/HtpR+gWG+e0lLX5ew'
    'uDyqGLYHWuwTjElgs6/e4dDHI5Z9mPo9RsVQK3Z9XDv0w86A37DKN7uV+D5j3vEa4eezwfw7shzmAFrD2lgj8nPCYf1yRX1ab5Gl'
    'b6qUhc4t0lhN+0ySs1RJ/Mn2xibP3otfeil8LSoI3OVaHAK06IGkL27PQ59Dwj5OLfpCNgk/zgiNoUPjc21TPMPic+n2WaOlv3Ej'
    'eSYBNkMwtn5hk+sslUikp/ldsJhjb7s7uya8gHXC2lRNey5HfDu5S06K8NPk+HYwxE+Tn0O5Lw8zbJvizVTI3UTjOCwlOElYjIvG'
    'B0oJO3/jtPDjAONZSZLvZSG+qCnN2ZtNyvP2bGJc5Gj0j3nPsjHvbFYIfc4rPl6ap47CeTHDy2H4ZSLm+MAt03+OyP/dsXvfmiPG'
    'PKGyuO0iPw4aj9dOZTo8Npdr3Ac+vtmaM0ljstHxuvZLc3mImAdS3nuHnJdLKT8f/glhl4H5kKgCulyS5YSWqRX5OSVVeR55fsko'
    'OUbYmsf5W1T5W643yt+SNMjf0gJyaIo747zn+WswtlEU8gulJzn/2kz0EWlhFx8cYwpuFcEYsDk5QCJYhudabEr4cWTQlquH6C74'
    'N9Q/pEnbtB7N1fi20JdBm+f/J4J9XAnf/k3oc0u+pviGY/snRZuj8O3HZEydTC+EMHlWBPNI4pyeyf77boy7YtwV465ADCEdv5aE'
    'NVLRFVWMrhDrsmv7ee+/29uy/92WT1fo2m/QtN9QhPbLGN3SAr4cKLuqBbyE8bHifMZ78xmfo9hCxRLjt5vQt/J+/ZJCpi+EeUxg'
    'jDc8h7ybN+69aybvvol3Knm3an5QH3gYPHuFH0udxhF3yV0f78epsR+bLNf1Siazi3OmB9a0fbLXtNB4sqr75UrAAzUO674v/ZLm'
    'v5QdrTmekrQmpzdNfuMOv/qQdTeNr9kCa5iEcmG6tEYDmifNaB7TtnVtVir2oeldeQM8a0R+HrVypucbILQjlXMOCnWcAdtYpjRv'
    'VqF576jdUVSuUrQ7qhT6vFCYP4/rHlX5PzEvZa0wz+fJdZvbQ/zpipnLU7Z1X7ax60Xx8tHx+EyqvdQh3HOqFbI3cM4nh+yNYWav'
    'eaxib/wHK7MExmdqE75FY3uK7R0o/JxvW4RZ7gR+LrHt37C509yLSyEBumv+Pm77uy+u9bss1voEAncTO/SJXP9fOq7/QMj635+t'
    '+ykxsbk3TfBDzyTtGbw7ziX4m/sajip8HKhNrEm8iOOFWd4M1X4xnRuOa57wc2Fv0fgm2PhI0BjmfJ/x/XVAts5HReE5fE19xwc0'
    'ZbcQ2fVk0iRrDfGESQ5e2V6bQt9M7/l66KuW0S2DGl+MHgv6hcdeqFXs/w6hzvtI98htwstfnyF2cIXmTcWysv1LhFv+1DPgW5Tv'
    'BfcpPDPt3yW4d9ZYxNJbweJFrEv769gkgv6MUfGCzyYxHusBF6D/69EWPoqq3KwudGghuWBt5Ws6fkk48kvNRLDA8990EJkg0o0Z'
    'kZ+vEf2jlhE548vCz3eaIe8QN6CvQy3rZ75Ch0brHCCCudEaybslxE6G50ZT5U2k+gIbeJ2v4buTETZuk5m7tsU3Xs/BQTEeESbD'
    'sO2rigi0KP+PthouMkjd3q9w3PvU/mmFmLjcT7hXS1We2mgXOieEZTn80+1DlR2YPCsf09h5XkDOvCC2xzYwWSXscozVi6Bdtk2+'
    'LrQtbYZ7MMx+dbHBPVLleA5k/0crbFgpjruU0EoL2RiPJHvKZt+q/BZWhfid6PYm3Sdlws+FFmUPaHuucbwJMvcFGvtNE7lpMsIe'
    'NGWJI2neUjq2YuWEKwRuJntWdaaWWu55WztaXAd6nylzw6N1fqteV0LPcyNbG52PB+eREsQOtWkS1w51w7R8mG0+XWud3bsJvZkB'
    'Wsx2vPa+JVLLNn2dS4Awa3DQGRopD5W+I7Aw7SbKRTjrp5FYLest9+flyEckIUYZayMlov3ADk96tg/oM6eKzXE1kTWY5KFQxZBb'
    'hPJHEpuoFH5hKp+wXyXMfcJeTXjjiPXxSn18WhTway/wuNneBXI9BxN+bveliqdLm5dCnB4THF2vaUPGTFlB2lCdnU3CPjd2H+P9'
    'Wy3oB1XepzCZcxc72zMTXjxIFQzxPKq+6e5M23YwZ/so0CBDGn6/JvZLCbPzLaXNjdX6N8GaXkdooipiH6/KXz8k/PgLB2jOlUr2'
    'bhJDULZ7pvBj0fPYgPwe2645U1G5yXjbUWM6nMhrOwgcVLmeuH6T60JnEthyPNSj0CF2i2DMv0LksGH+duUF0PLr4Vu9gveWdWcC'
    'PRUW8yHN9qyuvuzvCsL74BzOgbYrYW8uIXfRdUKd8/XySeSBTP2NVXzrYkaHhtUvBp/nKtsols9jDeHfjje0D4i6Z4dEMOcJH6fJ'
    '3l9lCY+BCLstqS+7SBQeAzEKJ3Ya2h2YxgIsNdxM4od3C3Xc2AEN7sM9loA+qX4h12xiTOndkSEynT5mi47PIY0M8n0GPNUiYvO+'
    'TfNcSuwLquBdu1Dnrca7p5bR6EhjDhL9GNIBXA91jwKG/x9+sfRE'
)
