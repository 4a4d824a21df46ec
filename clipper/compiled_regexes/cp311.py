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
 ('[.!?:;]$', 0, 32, 41231, 30, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 41261, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 41482, 493, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 41975, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 42181, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 42209, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 42229, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 42261, 162, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 42423, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 42629, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 42915, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 43111, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 43165, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 43189, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 43213, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 43256, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 43550, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 43568, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 43585, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 43614, 124, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 43738, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 43945, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 44215, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 44319, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 44335, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 44351, 44, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 44395, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 44496, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 44521, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 45370, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 45478, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 45492, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 45520, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 45581, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 45693, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 45820, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 45941, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 46215, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 46349, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 46486, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 46514, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>[^-|–—:·•»]{2,60})$', 0, 32, 46530, 236, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|creado|edited|issued|posted|publié|update|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 46766, 3039, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 49805, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 50025, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 50046, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 50104, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 50120, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 50136, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 50235, 55, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 50290, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50513, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50570, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50627, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50684, 40, 1, {}, (None, None)),
 ('^.*?\\bby\\s+', 2, 34, 50724, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 50754, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 50855, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 50879, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 51389, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 51413, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 51437, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51845, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 51986, 21, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 52007, 38, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 52045, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 52889, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 53080, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 53326, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 53404, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 53515, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53557, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 54270, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 54348, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 54405, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 54437, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 54589, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l+/W+JaGbGEIgBDqQpQMEQkiggSgoEHZZAiG9pRvS6W7a7oREhEZBUWBgRBwd/V1GnBEMyKLDIo4BhcQZ0QFB'
    '9P+dEQb4R5wZRwbGDceeV++ek3veuVX3VtV7rzvduZevqbx7az1VderUWeuEEGnhPTIdzz7N2bQD3iWyf43w7wz8NWT/DnnaS9O7'
    'hajPpu9WfPvuj71vJ5Nvp53npWee6307XvHtlsu9b0eTb1Vr/Tzy22LyrZp9OxS+tcI4ZLpZeN8OJN+G2LcWWRcpJ+tcQvLgb5m3'
    'luQdisibBPg1AjxlO5XwTsK7FmBfkf2rIXBvgjJJUiYBv2mZKjZXKYs2JCzKoL8rob+rybuTN3rvVpB3v+nx3h1F3v3sSe+dHHMd'
    'wKGPtClC+izLzcv+zSVwS8MYBBlLMmLsZeS3zFNO6uN5E2xuTOHVSPpm0qdG6JfcU/MZ3Ost2pXjKIc90+hQ9oZv5Y+3Cfr0XpLP'
    'tD7cJ/ibwnolpM9ts6+3EeqxgW2mSLCV/XWFbcUzQdgifE8VbnCoIPhWhceWhuCxVgs8doAFHmuC/stvo2SPy3QY8lSSfvXBfFYp'
    '8GAlgdGGhNsaLGfz0ErgVwX9+AqkvN8jkHZB36pJnl4yfszrgivk+0uhL6ncy6gnmZjOTw4wraKAJx2Zw2b9mJyncn3OjFh3K1md'
    'UXirCdbTp7N/V0C5Dvgm8x8WWDfJffqh8/un8fGMeub3ZBtzWVkJstcpzmoj+Gw7+7aQ4B3EFT0wf3gevg/S6wDHYT2y/P4E59Dy'
    'NE8DoadWpfPrPintpR+a49e9Mh3EtdWadbuQrMdC8O4iS9xdDjRRAsZG7x/zAd4HsXtHJbS1qc1L3w/pHW35545891oP9KtXTX/L'
    'bz+G8v8B6f2QngNl3oK9L989BveL5v7wsq9D+iak97Lf90Nf/wnuITm6+XIvfavLp/UzMGfy/deg7C8h/U6b/56P+5/g2xNtwXGn'
    'YD39XfbvAkLH2rS1H+BC3lYzowcbyRrtgnx9bT691qSgB5BGrlTQQbL8x9vy6Qb57j1Q90Wf8tI1bflnP66ZCyHftZBeDOPBexyW'
    'lenlbeFl+L6qBxx+HKPFBiHdyvb1MPvdDe3Pg9+dkG4j71sAPgLgnyTwqSFzSMv3s370MjpHt475GGsJHpwF5R6F/N+G9I9t/hzJ'
    'tBv3EoPhhQTGss53AA6U72bBPmgdza8L29qtWJOqeeJtJMl6qlPwOiTsTtLwODZ1eukPu3xczL8lrg7uww915ZdT3f9xPqvYfCbZ'
    '2r0FcM9b1+a3R/vyvnO89Bf9wb4gb+QDt+lxwmC28QWK/LSf5ayfadbPv1rnpccCXP5ze5Cu7mB7ZEiDB+S79yS8vYK4hM7LedCG'
    'AD5Rs+LbzXcG4cRhoYJTpQJOGREOiwp2x9CNc6YFvGieY1gefo/S9a0ZeCpCcS/CcZd90kvfvjkIrwfu9NKxmxVnbC/AbasaLyKO'
    '/wncVSmuwjqSH/Pb4fX/1c1+/1Q4qRH2M12Db8NYzga4LbsoCNPlo/l5vtwZrB/PhruBHim3vFvIer9wrpf2wN78wMVe+g/n2dNJ'
    'si8fljwch740Qn9wb1Bejbjc3ys49kZWdwW7x9SyupvYnN4PtNfbMKeHKL6tH/N5D5OxZ2awMaZDxmgD55kMFnyPNITsu8qQfUf7'
    'PkuEn2tl5Fy7gJxrsr472fyvudVLd92Sfz7hOSS//WF9fpn7YF8O3Zx/joTRKJzOfApw7WfO8tInge+fgnUxn+Y9Oz/vd1jeFpL3'
    'B0AHXgGw/eX1UEdnPs9evvsK5L2H5f3CLfozqTk7oHMd92A5gwHv6z8CzbByWxAGvK88L4XBmYBv5sPc/voiuENuDMIA8+64xUuH'
    'x/Lzqs5AU74X5wfPHve+y3qfAjo1Q2jKJz8K9N5Q/hp5BdK+m7z0UlgHZWP+HQ/vaDm6geA80zpo2/VAy89l6y+sDtX9B+8ttH/8'
    '/rIT2v3nzwXpYV3fX7tZPYb9AN+thPZu6FWPDee0nvA+c+XW5u+Dj18CZwa08771sJ5Axna+cN8LVWwvbBv20iPOVa/Z+Yq8C85V'
    'r1m6F2ifo/YCzxu2F6qLuBfC7ieINw9g58oySI8TwbPjSEjbWP0qXqTqHcJwP833BqDnTHmdKv4/H2s5ObOuJPOC8E22h/P0KC83'
    'au3hHa+W0Rt97L48Qn5T3gfKDOhd/nVyl6f8uStwvgjvb6RAmTCuIxt+XSPhb9bC91kW8OW06MHZF9c67v2kI/zPLTL8TwA8HJV/'
    'M6NPewn/ph54n4cb1NPP0lEDPvEIG2cHeR/VHsJxQKjv/bbrTdZxF8wD8rwpbbc37aeyAvnZK9k3+e9V0N+FjH/ucpeTMDzbYf8U'
    'A1Zcdh+2BhOMN2kyt7b1u6xDk3Pk2r30HDm8SHgHz2hsO6q+LtafUQU/eqqfS99JenKbiTyXrinSfF5Zovk8f4qcT7gv5LstBuW7'
    'mRxlULEvejX9o3NrAudCzk96RnI9u1NCzsAehzOQ6gRRORLqBLWwtgY1a2fEQpa9TSGnNpm/Ds25Te8LP0z4OkmtjI8ynfFupoj0'
    'i00dxaZzLs++aEr4c0plJQsU8KVwGlHIQQuZu7B1LPv6f2HsWD4sf9SeGCRzb7IP+J5TyYWHFOvGtY9yvJ+T9zjWh41MD3Ce5X6m'
    'ZUzmFc/PFg3uG9XAZjhifMijqAc4zlDgf1u6VtZ1DqzbqPnv0/Tfdhy8DxSfbCL3z0ZW7xCbk8Xs+0aGe5DvGDbHhfaTyywRJ1C5'
    'wVwiN6B45Mzs3+kF8BqxPxlCYxRyztIzoJhnqCuP0eRuhHIhiosFk1t3K3RXkF8/k9BrJjiS1of77iqo7wGY66g9fChZzzawWE54'
    'oJQXegehJTZqaFXVOHCffAj2CcIhar1sYmlPRBm8B1Rq4Hc15OkA2T6te9BgHEMG7Uv5yWyGxzrY3PdqzmQd7HhZ1Cd6B6FVTfYe'
    'p12jyuDdYhY5A/h51BehnzXKdOv5/TgKj8n3LzN+yM+gzAxPtzeVLivf82TKyyvw35XlVdXlNbV1+NQ31E3S0yj/11SKmnOA+d34'
    'eCL3f/8RYmxMpvd4zwUXfDWXPr9w2SFrD198zq/OOveCb9xzz0L4/Ic7brxn3OB57LpvtyZE+tfZf14nqx7c38coXlt/8tq55/wX'
    '7iGPnLmx8WI9ssX2n4d/956duq8t+OuewPPLb9Nf42J8Z/ZP/v+CcTlOkfvvpex/v879P/t8+823oebx8d8G2suIYj0bFO9y7c8z'
    'KFxh0oIKhr4cjsunWoiuB54pFSQP6jajDYwLz3JBiO5hOTmDH2Rn8lzGj+khKaVdRxT2QaY49XWGJ68PabejhO12gUyT000qGn1U'
    'Qbfx/Cbngo4eN6XZOpjd05FwplFYvGxA49j0dyOjz4Y1916Te+ebIfIhV77849lKTk268V0rQ9ZdzvYsqc+D9FklybNFU49sMKPI'
    'I7/9PpFvzxEFw2FW9+uO5bH9nyb8e0XU/jNdYzm+eEi9PQXUe2/CxxdbJhBf3BbS7nAJ272KtFusemlfdWv/vISPH/unKH48ODH1'
    'cfwb2b85Fn01wf26NSzbewHuLrawCatzp+IuxGH1eohch+Kre4XnF4DWMWghAzLlj9Jx8ftZv8PZN6jgZfD7dj3Aeu4Etot8xgsn'
    'uF0cr9QnO1YjI9LtJxM+CB3fRM/lYJH0X2z0/bgeOa6l9znKDWeXgEbke3mpYztvWrYzq4j4h8sOXegYF7lWGI+1mvCpM8C7pve6'
    'WZq136GR+2zWzCfCYAGMwZQP12NZP/VzE5VXdYfQySZVcM7RdiHyoH5DmdnKkPq3Er6y6Rx0kPZNZH8u4z6H9Mu2vTCcSsfk0q8j'
    'QP7rur4mAnZRNp50Pz4GbaDdJdr+lIFMR+wQ4ksvutn/CKan3Xafl96+y5djoZ3So895ac2PwKbjaS/PGqKTPu8J0OXfpa7vOJL3'
    'gB1+Paq8S0jeq6G+o59V56X69tc8AD69oC/pXfn9RR5aLu8PwB74YbDZfdBL73rSSx95Lmiv9Q3ow0tP5tfryo9oBl4M5zG0wNqg'
    'un3YhyNg7hcL31dUHVuD7US3kdZRTvKjrJWWW2JYbgnrc0rY+WWg59PfpLx1ZKP/MVVg4wKPriw8OlJ28OhgNJ2dH5/p7dUnB5jr'
    'PddXToKAhFkWmz3/cVbuKvh3DZw7/TB/ZZ7Mbco8KfMnbedPZzy3lEvhT8dFJlZfwPyj3EYuyNVE/4fms/G5KNfTWvKO6m6K+/L9'
    'AuXsJ3eCv8vv+X6Bqkl+mT6syTuX1DNrN+R5NOjX4BfPwLddQVviBJz5T+wM2oM9AvTFs99z82GGMLWBnw19Jcd4HZRPiVL6Vpve'
    'SHkPUzHvGRPOzzy9fYTJ+Wk6/03CjSeio7G3GtDYAxY0dpcFjX2RBY19JsnbArTvN55U5z3Zgh4/1oEeP9yAHj+I9CENeGrFN9X9'
    '3Y/UJx5S56G2txRHqcZUiG1XA8MZ1B4o+zKUhin03lE+Be8dGWHvDy4UxsncEOYVA8YxXW5wBkTAO/RJFpcuN+GZphQ8mr+w3Hcf'
    'Jmu8keCKpCjcbp7LC6Ls3W3oqpH1xfdXauW3uNcOzgcqzmLq36AV6x3PpxdU9pRVbB+XE1uTnB+u8Xycb0snIG1B1+CJlrSsyvfY'
    't5mvvJnC9+fxVfj2NKRfJ/4UVXxN6TcvIUrrayXed8F1v+aByd13zz+9b+07qVN+WoH77mf/6KW/u9eP44B01F3w7ftAl//s6z4d'
    'ijTmCNDCZyB9uyP/rk150vM1be4Ne/QVyz06h+SjvsDWMVnL2YDLLiPr9DLHuVfhunVknzTBv7sBNrWkjXmb9pAa7SoV4DoFnUtx'
    'Du6HK5ntCO0PyqkSzCZhA9FDHNLYLVwofDvXXgN5+Ubhx0epFmqfsJ0i3+fdCaQfnUz2inmWQz+iZGpbWP8PIzDqEOb2fTiOZiLD'
    'HjEsp4L/RqE++1LQxgwFzmuAMzxsTXL/hGUha/KyAujZseyLIxN2eH8dw211wtymFecvlSiOHfMbwt6G+lVRGtvnH4ho+0O6F/st'
    '8mIb3yD7b2PEOO8he8REn7OfyNhl+b8EXFrIHFG90w8XqT60YRom+mUr0l56LPMtfwL4lv8g8S2/DPK2Q9oG6TGQLod0dTq/7uVp'
    '3xcF6k+uiWjvMMLTPxm+3TDHS28keXTlMWYRngnHg9/XH57tfVtGvn0a/CAeuNXnh+l4+/MJnTACfKrfAR9sJ+SZTcr/6b1eeuqw'
    '920G+bbfhfnfaoicQZarZ7IHmV9Fh9ie1RSPSTnHGcIej1G6PF0EupjO5dWQvujAdzbpUyHw0tFqVcL3PTQk3GyVRcR5njHEA70a'
    '/fJRRkNIGvoA9q3TgKagvkqi+tIZoSOG/VPZgqh0GTEOUUaDu6m/ca6TvFVDb1CfI3UZzx6bnyFYPgo2XIc/zPaf2oyuEmqfue8Q'
    '5n4eClkLElceYjC+iVonyFcxPec72VxfLfR+fO8s92h9pMX2pT2XCVl3E7Hmc3eXcjccyfUJo/Qduf8Y6n/mcIV9wd6w9imc5oPc'
    'TWWLvyVC33JA875LhPuAorrYKr8dOX8QZZ4PB1d/HCZwVvl4GtLoH48o4FXKOVLZl6nsDKrZ2sP4B3Mt8Br3czak0Z3vDtGpR/kt'
    '3t2uYnPeYXGv4v576Hmr8oWiit1A4XelCPejMmDZx6g5xzvQzOwa/qEjDqK+I1z7QtcFxrHYT2F3ZmNLxXEx2gc0CXv/PcNsnmcI'
    '38+QjW2QDpfUCzNbPlMYNhjSjgcrcOIWofZpE3bX7xDqeEs2+KFxLz17oux+35n29C1d8H8TmyeVnzAd/Re2bjs0ZwKP+4Hwboa9'
    'Qfs2U3MWmuDFzRa4U+XjDWN7oP7hQaxv+wlzP1W9Fn2heJX2pVn4vrJ0tEOhPugeSnn4xQUHUx46xqyh8qLDGE+O4xxaBz97OD+P'
    'rqH9GZxmkzKmPN1NDEerztAtITT8O0JwDO3bHJEfG65PQyvTe3WDsPfppILTAfBuZXaOv1/gOcvHNZfJekzkFz2MB7CSwCXsDoG2'
    'kYsNzj5Tmm5Uc1aE9cO07l7FXByoWS99in40QppR8Mv5/ugX+bHbbe3rR1i/Bkl7Uf3lYzyIjeFgostWKO3TUiLajPZ/PrwbyL78'
    'jsN+MZHDUZhuU+C+RuHH66pkeFRnF6q6Y4bZhS5g83QotHeqsLMxtNkPurVUKN1pE/fX1NcEl9OtAlxVKO9jb+d10DVyGLz7arbc'
    'Bx3pzNaIvmREvk9LWzqT321mC99uebNQx3Q2weMmtu4LGR07m439cM0ZZSs3pfv0iBLTg2F3poUJr+8uNATnZ0b5C9pcAF4wvasu'
    'gvU3x+A8jrJ7N1m3qjPMFA9EnY10XS6Gd98i+VT3cFNapBhjp3BfAnB3HbcJjRl152kidKstr53Deynj5bcyXr7Kny/HB/Q7p3tP'
    'B70ll31XSNt0ztoYv0DHY6R3KBN6cZlQx9eey2CoiktqEtOsksiDewuQB08lGpbHCyr2Xcn0/OA0Rr9GDvz7lKdHV4gcqjvkXDEZ'
    'qynNuzmEt0rX43dTHh4u5P6g8x3N59I0DoLK1zrt819k+3zxXjwPrneN7gLnvkuxfk3pdn4HOyEL4xmJvUPewXV1hyzGR2V9pcBn'
    '1N/RUMTdjOuR0DHS2J0mMpMOw3UWRR9QXgzXB9xmgZ9t+hTmi4vqux6nwQcbRbgP9gHLe0YUb1QVT2WQ4ZFRhQ5rFOyPBb1sVUyV'
    'jYayJZf7IaeXTfHVJkt6MwPvjsi+/DuCwzk/nt5N6xlNU2GwNmmcZB4vWMe/pmuR0jp8LXVZ8JDCePDVbJw8/nON4q6F8m+U8bSw'
    'Mib6/Js1vCAuv6kn8GvQ7PfNIj8WU6nuvrax4A4CnrVO38GUl1ZonNRGRqdszpZ7XHM22J49UXmGHO+9Nv5xbe7hHZr1t10BR7ov'
    '2hTyX1Oad9hCvuNyNvCYh11sD81gPK/JjAlWjLit/KzTxUdEHRmp4/U1A5zr2jeUuWcIz3Y4gl+nuhdG+a7dvBfhN1tYcZw0i83t'
    'Rs3cbmb5CtH52kjOaNe70JDmftKl0G80wQ+mdAvnyyQIX2ZNgXwZpHPvFn4stjLo43OH+PZ2leQMpnhmofB9QM3RrN0hJq8z4UP2'
    'MpiOaHhWjWSNbQeZKd7PaBt3QyrHRO87tnYZ6Qi7DPSh894Sw8LFflYXy/VuolfC577aYO75vampRHDV7Yck2Q+3FbgfdPZUdUJv'
    'h0Vh+eZ7C/P9WbBPsOn1IBhh1zo96agMcr6eTHiyFfRBoPIBwddEZciaUPmAKCf8eUkzSD8FSEvIf7vYcn0i4ekduKx57oeMj6Ey'
    'ZOx8zzeLfLt2vHdQvwEfB18iA2359/EmZteAbb7cCfobFwf7c/NHIW3T6/ifmfD88vH+077QemxwVjXbs+Vk7SCuFMLe/1alwtZA'
    '1td3jn9nd8GvqnwuNo4qG/S/7LWvQwe/ynH/bLHtG90X0h77YYd9Uaq5pbYTheKTWss1Va3g0eR803V56WfOyue3xGdVAWfVWPR5'
    'o33GzM6qZnKHoutEpoOA1+6C9OU2309Tzk8hpL2QXtxm5r9FrstzC6StkN943uVeeua5kJ4F58J1Qd/tX9kAdvNb1HlbSN4NZ4Xn'
    'pfp+v9oS3odC6LcwPzmLspk+7QBHla+qpOYcd/VVRf1Sxj7i9HRMqXxV2fqtpD726dl3B/A7XPYqp8EyfV567fu9uo8n3/a/0ku7'
    'r/G+HU2+lcO+ej98W6z4tv5T3rdDyR3zfXAmLrnTS5+52ctzAMnzM/g2egfU8zHf3kZXz4XrgvdZXg/m4bRksfb+YtBBzPlPu81L'
    '//m9+bo75SI/7rKOFqkZ92O7uuyJ13q9tBro4bc2Qn8vNj8PLikyfYX7ap0jfcXv8Nzvyf7k2+3g9+T7j/h0D64L6StNpp8Cn8Or'
    'Xwji0c+CL/NPfb9458VqsnZwzWAcDISP6l7Kx1kZMs5CYoitdrgnoP7FTMB5CYL/XONgNCvGLdM54NP5v3fYj0vWfUbKs+Wlfq7S'
    'EbBeGgLrVoM1dSChScLGU0/kDKr1R2mba6Af//6w2le2qy/qYqwBV998dA38S3YAz1vwDqkv6Uq29wqhQUpVr+qOvcQBxy+1nKs4'
    '3kh4vJHENIo3QvdTXdKLmx7vp303vtSt2RerEx4MuwF+aQeezuT7o08V3x99ewmFDyFPgyVtbYvz0V8HjXWC/kd1sU7KoFxSBGNi'
    'oJzuWuH7NqO2BzS2iUq/EPMMkDw9Cl2ienhfJ4L+qcJkqej7VqdXNyr0Pp+iZPUnET0bW5sY5NkgPTnXsR5XvRDqW0BlVzsg1P6b'
    'hhgPqRnu6bZ4iNLXnOatJGupm9hG0HZdYwxKf9FrNefD4Q701g6guxsgFsyrj9qVr3/czT6p05Yfdp/v67OY/iNVsUp/n7A7Y69g'
    '5/7UPouKe7DtAYxrzMKooIVFjmmo4v3Pv9VL314L/mCv89I/v81bW4P0PnxLft5ffADOOMjbTfAG1rsf8O8vo3f2W/zy9aCbs8d/'
    'LWv/LPKNt3ca+XYQ8EV/v87H//xb7aW+nw789sV1EHeqz/t2FPn2Ovu2iMoD1+aPb4HiG45vrqK9g/qC8fheZ99oPL5nQT5yzLlB'
    'ntIr8O1/biqc91XI/p5m4sMUkwE2uO3xZEHyRZu54/7qKR+7hfGxY7wegde9aZtX9Dk3+FzIvXEk2/u74jN+nz7juTyiB2RLtw8E'
    'z6MPn5X/jZ5HJ27P/0bPoz+APC+t0AXDbxd8uDAZR3weKc4jUcLzSMTnUXweFfc8+sfsix/E59E+fR6l2Z3zIz0QL227+nxaQ/Iu'
    '6s0vw/MeR/LeD3nevlOddwnJe9Nm0M/boM47P6S//MxsCekvz1ur6O/6MXVeV7lwfG7G52aMK6f2uanj6ZYpeLr/lShivGujIyQp'
    '4oc+O+n+by/mmojjkxvIg0GM4kYOJYpO73C9RwG6Zq2PBO/Kv37Kz1MI71Z170dZsNRj4+2OPOjrohVyR4/Xp9H6bHc+g5LJoq5P'
    'JxohOW2Jw1QR1EIUT7sVbYjyqhOFm11GjYZutJWX/xFk/Z942tKehOCSUtI6MY0zmU97SWkcnQ1CQ1vhNgg5fe8t+fWiPYq0OaHn'
    'reocpXwFLgemd3guBy77JJS7Och3fwB4FGM3B/nulN/A+e5fBhvs824PnunLLvLSuksLP9N189HY5uuKu5w9OnucMB8Sj4i9y24Y'
    '6TseV3e+CMbVpXPO4/bSOedxe+mcr+n20qsuD875AT3532I/F1PLdvgw4cevoH4u6HrFdSPXCN/PpfBhEWVr5rIXYz7V9NQjKyNn'
    'FvLudf4UVpNv9zGcdgz59uPzvPTs3qBN1z9cAXRBp68fy/XDnv6k7/MRbQKQx34mnF+ndwZ597Td3Lndlj+2WoVMAPOE+WOJ8XDB'
    'ePiQAvBwZNli8eZnxrz5ac+b19GpLmci13FvVeDXSqZbzu0urhbR9huDJA/GCRxg9WwUehsPjN1xmaIt3p/zhZnP4W5W7l3Ctx/B'
    'byb+sVcIvW3LMtJf6kuXxviQ/y6F/Ykq7qHKlyCPsdwh1OeHvCscTugwpBNLaX9aI/Jt3NA+SWdXR/1fqNb3wiLtubIS7LkWwNEJ'
    'wOO1UJ7b9BXi42GpI41VKdT+m3GdrxVmMUJ5bM52suc2CTP//LLckXDXVcXw6Bd2vrSpP1eX2EVIl9F9ukXk+41GHztHCz1tVqq1'
    'SvkYLjFUVH1bR/7dCLKll3ao815WgAxalp2lkCXZrHm0H3vrcd9mY5HiWyHytTTUc/6Pg7yT8x/zfTBw3slFL/hj0/mwlb5aZzvM'
    'Gx9fjq/+oNp2OuzOXU3Wz2mO68fEF1JYPm7ntknofWHr4glx/MPXKpZzXau3ZDN8RgRjXPEz1iZWoc053iei45RyH+roD3+xCPrB'
    'N4nrQcvymEWmMXNN/GLz+NZRfRsWwbhrqjgLYT73+zRnhC4W029EMDZK2Frsd+yLnNM3Uvkxfmg/VLEJVXTecAH94HPCx9of0qZJ'
    'jEbTPcLn1zRePZZBu15V7FseE2CTMI/HPczm68bsfF0uzOOl9jjuC9qHzgJhrIvFo1v/W4U+jjp9z/dThyF8TWPI9DDYH5qF/ZnC'
    'LUaYyzlju0Z6RDDGSCHzxuerz7JPEmY/zR4a74+Y72Ghj+tRqvE0w92I6xzRu3JULB0apwPvirLeGQqdcR4fjccIUcUURn/3trFq'
    'ukPgVyyah+eTc70+C8A/CjffkBgDrdaCzsN4bnWWNBGPM+tCS/G4X6Y0J/WD2aJZF91CHUt7k8iPd8NpzgEClw1w39HF5KZ4dlDD'
    'V+Lze7rw49C41In26nMmiPbmsUN08eA3Cbd4WCoY6fx7mqyLKnIXpLGjRsmazQh1XK5qBT9zlNBUqvhspn1TyQpkfZ0JDyfa7nfk'
    'v80i3ygvqoXkb2X5G8ide6WmjzVknDXCPI5oX8R9Q7UeOsnasfWfjmOw8R/cxNZMnVD7JtPFbKa+2Omd8z+zf/+h2H82eFF11gwI'
    'dXw0nn8RO5t57L+GAvtGz9VGcp8u9N7aDLJZ2temCbzP0jhsKp7ZIsVdfTTk7qOC/cwiwn4Wgf1E3DNcaKdi3alUccY6hToe2VZh'
    'F/evFLqmtH/bLM6HwwJy/uQ+/VC5bCn8eeKcdrG5WW+ha5Gc5soWOcBuKEhJOFTqzuWFEm8+x2SaIt5D8R6K95DxHkK5AvJR3kj4'
    'Z5YqJsn+lrT2Iov8qI9xgKU8qUNBW5mWl22+w2Fch1qOi9vix7gnxj3x+R08v8vj8zveQ/Eesjq/acxNqj9nyt+qV/DK6dmNPK1V'
    'jKdVyXha/E5cIYK+Js626FvU3bwvREZC+R+C8DIpzyJKthalO9YcwhtuIDKSLYa6dSp9Dxoje3P2xaaEm01/U4HwRN+2tRrZQ49O'
    'fsv4fi78PoyV08R0Bk1ibQ+w/nCbxtwcJvLj8KVLaG+xL+A/crI0uBw1aYMzyFbGWYz1v81h/fcXaf1fUqT1fxrwrqneTweTyfQw'
    'vuQgSzdBXcuJ7vuIhX7XSIhePMbQOsBCv0klqzXlKw9oZMtUF6DUPvVnW949Md7iV8FPeNu50bEK/xZgWYie7CawHf9hl1fnwYpv'
    'iav9O3Ul+ybW+r+pbFW++1BXft00riN+w/If6tLrYatsqVQ2+RSGGEsQ26sG+71/AHu+iguDesGnw5hW9gb1gvHb5Vfq7eixn1Wk'
    'n3T9vAf2quu6wHOMros3r/fXC+VF0DaqhN4XCMWnONYPXOzDis+bDo46PY5i7C+qL19GZHP1MLYKEa1DLcuepMC1FAdSuwUTfSWV'
    'LkQXkw32GJ4HJnjRtE9DGtuON5NeHCwb2aNK5tZjcR5wnbReje4ip7V3k772WsgLVToIprp2nREyeF1f/0/S43HKdyvT+e2dkPbS'
    'D87x25NeU2i6nJU5Ccp8iJQ50aDe1SzP0ZDnepJneTo/L94LT4a8N8zx0hvn+HuoJ6lf70MhekqmZ3yvZp1tg/bfmfT8IMl3bWyM'
    'R0K/x+b4eyRqTCbzo5J783kxaYv22STvGTA/K9Le2MuTvl2Vzfofttijgxr8McjwxysJ727FdevC8CHXwftXSF8hbci6v5/w9cu2'
    'OoxhJGLv8jV1f8Kj0Wzwvqqd7oh2PknaiYJNF0mjxv0mw0HXAA/BtP98v26LGEd3wtez3Bpiz2B6RvH6z0j49w6udzfCcPqgMLe5'
    'Pcag3kHLu1dOXzbh63DyNXG1Rq+ej7k+4dsb6/rG7Y5xLwqDsn2affwGufOawESWeVVxT1aNl96tXxR+nLyJwtuy3UcJ7jbBuXgm'
    'rkwXju9l+58GmjkKVjLvnwnzWFofEuYxuqgPAB09OKjIw+ed+gDQ0T+XkfvB7Nu99Gs3gz3l+b4PgIxmH5xJ7h6Xgr/zsjHfB4DO'
    'B8yJ5NtvwVfWu96f7wMg54+tO99nyzLyTean7R0u9LHF5gt9TLI55NuFN+TXOYt8a/lY/rc62s+b87+pfOkkLfllYT7PVP7WdPXQ'
    '+1iC6A643sdorN4U5K8kusz1RA83d+9W3Bl1solC+mWLi0s1Dzb67lRPGfMnmS7IZMFMdQZNdZhVTgLMwuicqQ7PTInhGa89N1iZ'
    '0MJTHZ7pIsFTpe89VWFSUySYFJNHMNVh2lgkmO7NfNupPke1JZqjieTTxftk75cZTPU5KivSHKn4EjFspu/eri4BbIrJr5/q8G0u'
    'Mnz3Jfl4vLdKK6Oa6vCtKxF8Sy0/n+pwryoC3EshE435SO6yz6kOu/IJgF3M0zWXNcd3hul716wqEmyKrbMS83gnRlcrphv3Pb3H'
    '+Oyb2Dmf6vCuLxK8p5vudryPJkcHMJaJB3X5YpgEdRhjmAR1N2OYBHVWpzpMUkWCyXSARbHWB9VbjmES1NeOYRLUU49hEtTPj2ES'
    'tEuIYRK0x4hlFtE2SjGMom2zYlmF3k5sOtG5CwlsZH9mPAT+Tu4rXZy+qPqorw3p5+coTd+47/s1u9xjwaNt2427vHTBI0G/K38O'
    '35Y9EfS78pX7Id2hj8eo8xtCbZuuEm7xRKn+UY+I9nUU5lsPYTJDqH3c8pgOuphtaHcpbRznsLo6hTq+ikmcvbA4WDTuZZhOuYkO'
    'Xr8Griq/TTjHTyU9eRD1+4P2yFdq5me7yLe1RZ/AVD9YFTOrEP+B3C8Q9VmINpNNivGbxixAGMn4tTMV8LWdC6xv7gSvJe47OecD'
    'IOnHw61i+lH9RG8wbIxYVuc3SuULzkTXapNiDef8mmUrrk7Yx+6hsbu5H6Z6i3WN64v7U7SNMUfr4b6c0I/4O1l/Mf7WQSIYh8pl'
    'HdJ5NtUxlf09APZ2qfa1DjboK5XGnDpcs+57RWGxFEccbBN0e29WEc8gHgtLrpNlbJ3UCPO4Odz/ok2sGh5D1QW3YuwpGx+BKprp'
    'IAXNNTP74gzhFvcSYfKqyLdV6Relj/HoEudYpdexnc1/r2YN9gK8dsN6dI2/46KPEqa7vrfs4VLOr2091HZKzpmMQ3/xXrCPXWIQ'
    'q2gHGvMNv2O8OLyjuNApuliDlObi+LVeRPtJrAQc3EzyZITvn2UUUqQdukTQxyPqk28meWm7TeQ+Q+/eRwg/Xhul35Fmp/fZpFDH'
    '20uIfD/OLRF4dqXIjw+LbSQN2kBfsFHyKtnO3cL3D1MGc/TcId67BQR2rWRfNAAfgN+duoTarmabBX7oFeo45EkHOrSFrRU+5gbF'
    'mKsNxkzXi01/jlXwNtLC932qmk/0S2fLE6HrdzHyQ+bZ63GY9LHJga7Q8bkwzuMShzHj3p1N9uYqqL8G6MNKZKSfJwRhYwUeyhcz'
    'bR/vOLVkHeWec8LbyvnTI/eNDgU/gZ/fLvsoCm+PEtx/9DeBD/6g922AfDtt2EtPAX9VvYT/0BHCCzGxn+sTap9ra8l+5HYtUWeS'
    'Kvb1sOY+pjtDo2AnYwccqOlft7C3LzS9L1J/WmE+h9EnVQWsTdzTD7UJ8XL2783s3+624NpsgDwyfRnSNyGV+TMElw7C++qzvfQx'
    'kBMMwPubP+qlr3zUK7MKzrlmslfoPpZ5P96WH/dL5R/7TvBhfeL2IA7/3UYvPRP68Phtan4W5WNhvRdjv9uC9Y7Bt01t/th1/B8d'
    'XZOC+2oG7vm5+9VVXnpvj5rf/C9/5qWVtwV5yhmA7//cpOc3nkLGgPJi1GdbeKUfg3vFJOIiHZ6wiX9K7UaozaeJv3saS5riQRv/'
    '5undIFfc5bX525S3zvFdzrf541767z+yq7viPi/d+T2v7pdS3p0kd7jszpc93HKvl96+y+587iC/g7Grop/kdI8bkmCIMjQSkumT'
    'zqM/5NxekQX40cIsBofNGrr4BS/9xpN6H/8q/MPXHsU/I7Dm7n5aj3+Wpzw/opwepngd8dOOnV761FP+Gq4HGNRCnqtxLz3rpcc+'
    '4KUvPemlK77plZktfB+j9Btvp57QcPLdLNhPbTDu9A4v/SjAb9U31edJk+V8vPF1L73sEbtyNwEOWfHj0suZTeqtIiu5FtaV9FMs'
    'snD70otudVYT+Tz2lfrQXMz2zGeTueaUZ/qcx/35475PH/mRlz77Pf9uW6soJ9OHNWXqQ8rcukxdhtMMNvN/9S67O2E3wC1tiMen'
    'MVJPBZBu7hlzR9/zQhC65pHz/+uEh9NydN/34dx+AnQUHrBbD2854AOZ/53Q7g278nHt9xJefJEcbQH6FJc+70YLnb+X4KhqYoNj'
    'gk9uSvi02w8W2I39v+G8aID0ETjLNoC+yFXZjIMOclYVz3CVJSyaRTA+YzmjMe6GVPLHuOzUpq9XAZ6bCfX3A7xzdMcUioWaMn/S'
    'NrFQ29s9eJUiFuq4w1Ov4IfZ8OEq2J49FNLy8Xw5s+2dBHXG4ni6ini6JVxDFM8sYboBlRr+/2bAn/sRnSaaB+uiOhbonx/vFapv'
    'XDZfCM48oQBdwzC+DvIRZkA7X95ld27cCGfm9+GcOLWAunY/6p9Bsq6jhX+e7QR64adwtm941K5uvBeJ7+XrrGTIfesJuF89+mT+'
    '2O5+LJ9fntOXBVr5Aw+r8yYVerdhuryXolzhOXs+COWfzNuVfx9G+F1jCS85jlzsQRjXKqC3LoV5XkTmWV5ibOpeA7TF7gf9OIHN'
    'Bdb10wf9OmX66oP6u31f0uMvFgLvhh/l89v4fr1olz2NM0vBZ8jB/Bl/jdmcbXi/V9HN7UA3L0h6fEdbuk7Wcfw8u/HNYP1LE36M'
    'zbjKyLhwX0veSFisSh5jkc57PVyJkJ+zAmD10o58PlEz4bciv0XeY2xgNme3T2+rdP3ku50JT4Yr8w09lM+zkvwjm/a+8ax/p0E8'
    '7bLPxr7lpX+Efv9FwpO7IwwRN9vU+YmnAYfCHr70Bbvy9+/I79Mw6dPvHvd5Zy73UlxXtngT8fCXYV2dmfDkpfLdcXBXvuiJIE61'
    'aeMGmIuL4Ly8ifBIVThwUcLDsfJdP/TvKVxXLzje25/w51C2MYPAnt4d6d40bYPynWzKjcC473rS69OvwM6ikPXwytfd1wPV0UW8'
    '87MnfbkH50tzWorrumJsLdSTGIF5/72lzEc1Py7r8NdP5e/DhV9Xr79bQLZGafFGofa/uTVC/w5lYzSedbeh7M1U/jcQIY/j9HyU'
    'XZPOp5ZJuUL0pqN8a6Lu1HzH85/L8GxpKMmfwz1hYkdUBuuH8tkoP2yJxpbMVOeN3htbmKw/bI+76Na5tMNlBMvwXBFBXHIk0kca'
    'vTRT/bwy+CYidL+uTtnzX5phX6h03xZBvy8h75bAuwvIu2vg3dnkHt7BdPLeTfTnXoJ3a0j+UcYHWE3sODo0+i4dBvouR8B4sd2o'
    '/AeSPh2Vzh9zC/AnVHeNRZZwR95xITqCHRrbGVx/hzzt89RxDvi37/7Y+3Yy1dkC/zxnnut9O17x7ZbLff4Afqta6+eph/Hht2r2'
    '7VDFWtmsmIMh9g158nRdLCF56HzVkrxDEXldY7c3ERrDBv/Y8DPpnlxJ9ge+O3mjbwuJ734DsRKPIu8Qxy8B3I56NmkD/IL3s7kE'
    'bmmiN2uK08rIb8rzXaLIm3DU520kOuymeBbtduYrdDRt9nQ57JlGh7LyTsHxgezTex346iYysee2ufHrayxhW1sk2Mr+usK24pkg'
    'bBG+pzrKLeoIvlXhsaUheKzVAo8dYIHHmgiPfVRhm8T55X3EpkNla4Ew2pBwW4P8nGwl8EP7968w2QCPx9elsBXpFfm2eq66/7XW'
    '+mrTWVsN9NVai6OXpntcfD8kI2jfmYY2MqZ4q0n4cayvYDLFtFLPMZYp4lNKmSK3U6uH+xXis+3s20KCdzZb6AdvF75cpFKo7YK3'
    'E312pKdWGfjCXZkO4tpGzbpdyOxmdP5hywA/Ik7LwF1lMZxDfH1n4Fwx3WNUPw/rtLnb4z3iOIsyVud7b/Hxik37r7HY5GWE/jKZ'
    'D5t7379p6LpWhMW4Pzc/FfnxxZ+HdptEsZ8EDD6V3iMAErnOZZB/VBlVRVXYx2ry7xoC2br6fIupxuKNiOtpNzTY6POFPRXGeNBR'
    'V3wevUSFPg12PTZ6kkKp925RVLjXoBtTg+kZY1OU70E8byrH7Xk6xcZLtQHduQl4kqm9lbRNGxOoTk+7CQUc2bbtWomiY5vh7HU5'
    '0yQvQ0VzlEfQHEs0Z1wh8oClBfL5lzL+/QETyMenuv42Zbiuv4p3RmUvS2N5QCwPiOUBsTwglgfE8oBYHhDLA2J5QCwPiOUBsTwg'
    'lgfsM/IAejevITitgt0VV4bo62WgTsrzbxO+T1PVHuG2OUcqyh9F8nKbkEay/2iZ5SFt4v3e5oxOi3yfhR3Czm+07Pu2RP5ZzfVU'
    'ad6BhN9Wl0Nb60n5Hofya0n5rQ7lT0gUtl+WJKLP8QWJ6HN8TsLfU5ss+l9Hyl1pUU6QPvWJfNtCzPNb2CdRdfaycq8T/NBl0af/'
    'Jzz7nUJ1kdGvbJ1Q+wZVldsE5R4j5bYa6HN3QrkdpJzN+vscwbe6PXYnqXvIou6PkLqHNHVfK4I2qzzPqCUssVyv4izhda8ndXda'
    '1H22ot89LM+pCtjyPCeQPFs1eZYbnImLHM/EueQs5+02K+5TIyI/tgYd/4jivqO7LyDPFWkHlR9W07tmKznLE0CbziRnOZ7rhfrb'
    'tuU56mK4JAkNUSGCOvG1rN12EW5PUcd4OKrY9rq26oogP2gGekLFP8N7cp1ineH9mOZ/LIRHG2VL0kzGkBBBuxnTerhvw4OEub87'
    'uk9M/W9vFvn2M9QeSMLiixnPZ5ZLH8La4fPwkYzHCzZtp5hj7Mv4vovRNgntebYUsZ21Gd83aLcw8z1erLaXlmgeeTuzCCw3srJb'
    'hN72LGqc1E+rbOftcj/Gg2rObNbeL0hd3YozzqauF0hdfPwcZqNCHa8FbceeDOlXl2W/vlYAvPgcf1bRr9cN+8Xr+mgBY+R1bSn3'
    '8KwNDjGpH9fc+iLAEOs6vYA1x+taUR7EnSq6C2PAr06bx40/C8osg7Q97b/P8Uwmoe0zoO0/lPl2ri57LXdfI3UMKu6C9L1ub/2E'
    '1HGlUMf8iNrruxT96LLsx99awKNHs5a+bNCP0Yh9+IkyjyYLg4fNuYrju5bUu5HhnS3CLfZI7vxX1NtThHrPVcBh1KAeXfw4vMes'
    'clgrfI6OMJgjl3N5lqJvo4brB+tIk76tSfv4g/blSMAbYwRfIH5og/R4hqt+lS5uvYiHfpJNDxZ+nqj6joLyp0TclU3xZBv042/T'
    'nvyQ1nkClPsgu38XC/9/egLbRHhfA/NI2zwa6rteceasZPOnG8vGIteL/T07HYx5Z3I+1MOa4GVfFcF4hSr8I9feTFYvj001Ksz5'
    'TnMV9fUK+5h4uM+rSH1nMfogbP+0aebvN6ni1Ifz9i8pH/aY50SWd7kG1/zIoSy2+92Ur/820fhEtn8XgSOHn2pvR+GI24tU3579'
    'n/L9CG7WyGqGGY9yMJWvY0jvuMOGZ7Ks57KQtoeFOmbY2aRMT8iepXvjFIN2trMyxyjG2OkwxkNIPVeKYEzDqHqwP00h9fRb1CMU'
    '49riMK5fJaNh+q+s7ZeTwTi8PL5jHyvzfEiZfk2ZXUl/j6xKB/GSLS3wUNKXY25m5wbfG19J+rxs2/mW5T8VUr7foPxNUN6FNyXL'
    'X03GqpsjpHs3h+TtZ3eyTgUMO0R+LDOcvwsV9aruPBgHuNrgHpM7/5NBGW2HZu2rdJyXaeYmas9g/NODHMvjnmtMBuXpeC94m81j'
    'eUjeUZb37YQaLqY45d8SPk5x3W+ynp8SfYEVUH4toT3oOfgDg7x4xn0nJC+nNR4xyIv13gs+zIvNr8nFLiNyddUekHluJXlUPAqZ'
    '54ZEUOb4KtsX708EY0sOsTzDiXzZrckakeW6FeMYZeNYF5IH1/65ij5S+junp58w0zOguC+np0/qHtToMBxJ8qj4lTmdKZKnWyPf'
    'naeYD35PaQ7Js43oa1SG8C1knrKQ/qBOyR8Vsm2O598U+tij2OdfKvL08vOfyLZNZTY5+l9RN8ftfy+CY32d1fOE0O8XnMNHhN0a'
    'QljfI4LzwfHsF8n4Te9UstwdpJwpr0WWu5H0SYWX68EGqTLkblUP49fVg3jzypA8x0GeDpJHhbNlnotC8hwPec4i8DC90+XOf8Xc'
    'RuFrtAWZVUS+DOpr1Fne46jOpA1fRRVLSaUXscRCZ2KiZfiT4U8wtg2MbQNj28DYNjC2DYxtA2PbwNg2MLYNjG0DY9vA2DYwtg2c'
    '3raBLrr2sX55rF8e65fH+uWxfnmsXx7rl8f65bF+eaxfHuuXx/rlsX55rF8e65fH+uWxfnmsXx7rl8f65bF+eaxfHuuXx/rlsX55'
    'rF8e65fH+uWxfnmsXz7d9MsTBvrlJrrfrnFsmkEXlurF1VjwTqi/xAGy57m/xGH2jeqAjbB7JddHLoZ+/TNsjBynD7JzkPqx5Pxd'
    'xMVhfixxnMsV9fSR+rgfy42G9z+6bqPmiuvCNxiW47QB1W1D3e/yWBdp0nSRSm2XEtuTxPYksT1JbE8S25PE9iSxPUlsTxLbk8T2'
    'JLE9SWxPEt/hYnuSUtmT0F1XSXAaxm/qgH4KsnYrCf2F+U6Cex6lvVTtSDj/Bt5fL3x/D1exPcVjnk8VrJkyf9JWOFWzNyT+M1v9'
    '+pzjDk+9Ym/VkjM2t1vbw/cprqchsp7ieQ/Ou2LOryt0zos57zl+TvYf5yW8+fxncreL9/W+t69taeLpTRF785wWBT0Hm9A2MS6d'
    'Hrg0SX5TGgrlB2m4d+Pe7IZ5TjvSxBO5MUWpHq/qlMksujyq8okIWVE1u6OWEzlEA8GnSKtXWdxtcQ2IeA3stWuA79802b9RMfnw'
    'LodlcN0kQvjttQb3L5O20yAfECI/9mEVfK9gdz8ZGPRLL6r5e7wdzlddbZEfYyDPEr791UKWj+67mYRvzcuo7sgIswrSvoT9fiCD'
    'PZLct8UEy2ht+Ka10PZ+IENbCu2vecBeDuKi41JoP59/2r6fact+osx7/wJlCtfsCsaXXCLUcpgXHXjguP9k/TfBmG6A8VSIqfYk'
    'FLw8uWLSZXtel+POKkGTpk+y4Bpg5sxemnVZX1SutZ8BU7QW9CmqigvF8C4mvTM3jXeNsKd8r1uUY64F59HD1n4tBJ8Kt0VaD/dt'
    'pC/7zve+1oPsF98vu91/f3ask1c0nTyJv2N5zuTIc2jcbXnGXhfrsO0zOmy8DwjrWL8t1m+L9dti/bZYvy3Wb4v122L9tli/LdZv'
    'i/Xb9i39tgqiqzYVefiyrZH1ew+vPkcj9JaeJ2/Tn9d6PNzW6kCfUHqvYtzfAzinNZAvReQUs8iay8lvx9X18e9II1Q58ibie2x8'
    'j43vsfE9Nr7HxvfY+B4b32Pje2x8j43vsfuWnVYK9lAx/IxkAMfKsueRcyU3DnbO3BOS9wyW9/METjzvUEQ7t5N23g3pAKRdLO+N'
    'JC/2YQTSbpZ3O8BEvjsF0kGW5yrAD6o8w4r+15N2aB/OIHWE+YqR5c+H+08DyIzpGLZFlKc6xKrxR7W9nJzLZzDdis3sN9bbQ+rP'
    '+fYlc3AqK9uJd0iytzJs3k8ldEeGrZmTGB0g381NB1O6t9Koiyp8n1qoL4rrH/cKwgPl3XjvKoeU6+BTnhLebVD3V/6tIlo+q6C+'
    'BfD7IJHvl08XZ2Ebox9t4lBT2m+E4TD0IbmM6BKE5cX7A4XZCSJfNwDn/UQod7WmzZmKNnsYDd1t0Ca3h6ggvJmweZDzdCuhRfie'
    'WKrAh31s3eOaxjFtUeTFvdHB9sgmkreT4ZVustdl3g0EB41o9mA/aa8e9ks162cPK9MBeU8juPl9DK8Os/aGSB31wA+tZWUprlL1'
    'Te6zGRocspm108/gN8Lq2p/wNobI2sow2A4zfhDOEdVVl/vgGMXaQloiEbFWEKdQ22hu/0zLy/U5E9Zzgqxt27VcjD41MFqc2vRl'
    '36YkPaej6RIKfelGBS+phvFQaXuUh7qK7XPKI2+KGK8OhnIuP57wcXYYDG9PeGtINy9bYUxYVxWW1dwNU5Cmp/WtsSwx/sT4bVR3'
    '9ufSLmZe4YrRe572iNK/A2W77PPzlPXVYgzX60g8p9NqTnHfXqfYt5lpPMdl8ITnKk+M/z7PenVsfDLm+Dr9HJva3kXt62viOd+n'
    '5hz3/eWKfR/7HkgkxIo9LgF8mxXbJwInx/4eJh7mZnRqyBxI1wll01u+0cbkG63MsM/6aQr7WGUtHwk+NW18X43Eczqt5hT3bR3b'
    't5X+gEIbCtzbI/LrfIiE6Q0cIXzbHPqdy89ahO83AO/4FSSPit9qK1fexvpgsx/sniQlDUv7pFW3sAL8aLS6yXJNhXPWduYN5l/C'
    'dIVU6zCm9wzWxLJCJrDinKgcMb038TBH2RSu/17F+k874MRpNjcpg1tr6JN0x215+6M7npO9ak5w3zTo6K623I4d051/NWRuax3K'
    'RdF9yXZxS9SaqrbIH4YvkvHazFubyXZ3HyDp6LU7FuOLqTcnGeH7OeN3ExOdEdWdS5Z5Tah9c9rMb2p6zXe60PmOYkUXYz2k4e6J'
    'a+NKmMeNFvt2ms9jjg6+IRlgedpQwuF+br8QfU+12aO539l/3Kbak1PuUTmhSqbSk9CTBhsircGYhAuMNIyHhXqmyTb/e5qw+wrF'
    '7xgb9irW7qsPeuknLH0YxndqBS4pbBlG+sxWndn6e3UytS8/CDOuI+buRdf+CdLJ8ZxM9pxEyjNC+qeUZ0TkD5Nn1DJdaZRF1DOZ'
    'xOUKfrKWL5DK/f6K6oiqYHzrWodyYeP5DBvPJ6FclZEsUFLWZeX4OzOtToeKHJj/7MWc29MV8JcF7JgNrXnUd61Wer2ByH5n2c6b'
    'vH9viJT/t4RSRuXjb4aTuhG6N8kZOdi06kgrTn9Enn8OeGGy7NIsiqWKTfuOF/WJOP/iOZn0OcF9c5ti38BZkMXFSZiwdCQzu6w8'
    'BFaZvWaOovFsMjkhM2Vbh23Lwa825dTf6xV07S3xmonXjMWaQbzTEetBTIpMvgLgj/t3fQz7SYE9l3MiXVRG7lF17B5VSfSLMPbI'
    'ElYv2oS1Ez4jraOc5Oc6StJOrpHkR36kbT1NEffDRlaXpOdnCTubPqy/huGRWRF3Z4RjVD7e/wyblzSbF5P6KDxN7KNt+zoM9SSh'
    '3lmxrG7KyOq4rsYgzHs8f1Nv/jLC9+9WTvYj92exH8tH8e6h8/x8NSH5Fsxz90MXJodS+Yo0rZefbZUKHI0+L65j+rOqbxwXJ4Xv'
    'A7SK/A6L/62LaYf81xTjv3Kb9JfkdwYrzIf26vLfO4UXR1jHI03B+tgQy87U9NfYnm0K/D8r3qiEdTqKGyrnaaZGhkr3wGJIZ8zz'
    'v6lkrib6M30O+lLTfL41/DI7FB862QZV1cM+P1PY+aFCHx7cf8jh5Bv6BUGfivPJN/SngvGZ5pBvPSLfd8ssxTess07R3ogIxvZ7'
    'SXNGmNCg3H6G+sgptB6+dz6i4AtUeBmSevlFei9RfSlJkDiLcHjW/uuaKnLedOYHeUQGl10zkqsiP2OFPW1G+Y03xGsiXhMKfqKK'
    'z9DB8FIerVUELbUp/EQyrIuhe6qKTYzvcjT+T7Jz83N/b5cp3ofNr+7cqVe0X8l4I/JMXCfy/ednCD9rncj3u9QKZ95lhJdzGbQ1'
    'Q/h+CVsjzsQqxg9aaEBD4p2qSnNnmO73gsg7gwj6dM2C/TpzOYwbjikn93IVr9aEb0f9t6n8pspB/YbkM11bNr775fUmyt8s+j9E'
    '/4805ir6Q+T8hLA6kWfxVeHHhtwswuOm0va4D+4ex/Zvzv7NtmzfpZ2rhB/zo4/BEMcy7Fj3JYCDuC91l7pOhXVLfX+iz8ttjnUe'
    'ScbOY+1iusmx7ncIz7efLh4wj93r0obtnYnCrJf0ifp9viDpwboU+xnvfBhT4EDyDmM4zCb3Rhl3I6dHuMM/z/bEh93l3zPx3R93'
    'B+MMzdnhpc8/7caLpHFg6pKeb+FSwgZjNRxJ3mFsDBoXRr6T6ec/kR8XRr6rvzQ/lsmB5JuMeSLTO+70Y0FgOwsvDsL5tZ4gnGU8'
    'bA5nGQub1pskzDKMh/N3CY9vKdfdFrYnhi3WsS38TfgmLRZnzSYRjGVN8VKPyI9xfTzQj8U4S2i9C6DeqH6PWPYXfb7Sshxv8DJJ'
    'wjtZk/D8g0aNE3lU8wgep787JnFNhOWjMu0cDZXw4gXRc66D0SU9U2QsLwjPLywdy8tTpO9/LTw7wlLgh5nCj1Mg0xWQrob0FIhf'
    'UIF4Fvyq3zDHS2+c4++POcKPe3AqlG+LiH9QT/QKaL6jId/1JE7C6rT5WVfnAA867jZIj9WMg/dP9kvihrmE7qD+2nss8FkPOTt0'
    'dCGlbeYC7Gm7VxLcaNIuxU8D7AzbKtQxgXS6NKq7U1hslcMEs+1ohyo1TCDTmC02dEpUjKRlQh8j6XBSnsZ8onkOInmGNHlKHcsu'
    'QeQXlDfE7VNUsOTlJDyjyrn6/YriQdnQnYvIHsF3x4ugv/hDiZyllswLlfNgnJFuNm+0vWscdQNKMeZzFGM+QzHmUxX9P9kBDssV'
    'ZUYjymDcM1qGxiageQ8AWNC8HBfOVOTpYXmqFXnkuafCcZM5fxsU87dOMX/vJe8eVsz9rcuCc59oC879Us3cU7xGaeywudfR5WFz'
    'T8++qLlvNZj7VoO5by3B3Gcs557Gg8G4BwcxnYjFwEMoI/WlSPnFLD0BxpK9oubu9hiDIYwWyJAzhceb6Sfw5DFbushZGXU3GhLq'
    '+HyNjD9rEhsjDB6ryJo+1IE3coKhronL/kYc+z/k3cx53rvfkXcz4N2bwtdFnsfmeR7U9UtFnoPn5ed5GfYopZ/C+izLPC95NwQv'
    '2Yy3yYLmRfyykaSy/a8RXuswwxFDCl6Ljo6WdX1WeMb+Kr76sKKNqL4PhfDmOS+Brvnt5N7VQ8pE7Z0RRZ/rAVb7W/B5Bgza4m2c'
    'CXuU4vUhzf1kRDE2vB8dyMpiXZ0Ez4T1LWqMfZq2DwDetemcUvlLFKw6RH48Kx4rKAyPpC3xiElcP5O9WUgsexWtr3onZRCrHe5j'
    'YTqBNvHQD5iEMTcxPa2ofursUqgu44iI/cMUqOMqmI5r8XQeLeaG8qBtzuBi0SANjC9T6J0mYVm+zLJ8rLcdsqbn7QGrg952S+Sa'
    '5nhxJUldZLSNJH8nlF8Fc3uZ8G1v4vmdmPlNsDtXWZH260oNDTxsQXv+QkGLN1jorZjQwbS+l9jvK0P0ReTav6Pa43fQ+wrX1+lj'
    'fNx5CrjQ9670MG2zw4JmfZPJOddX+7K+MHp+oscyYnFXwbEcUe3HnB204E30WsiwOxhfpF8j653oe86/V/l7cDtru1/BY6P5RhRy'
    'aqoXwOXtHUUYSxS8exR3eznOB8k4/8DGZ7JmNmv2J5dvu46ZwrWQfXl1lRfnXL47kckgTwAZ5AfnBGGpijN/PMgyl6fNZK2YF9MG'
    'he4i74PMu4zIkE37eyR8G9P0l/ZpBXkvYbS0yrvTlWotFHMN/CukrxD8JMfwp0rvzlno+Ub7T/k99H2/IS6k+K5HUQflB/+g0pOD'
    'Uh0ovnd/o+Dx6fhktudFXwQOQ/utuwic91b8Ftb/kcp82iOq/mEH+f9En1knVnryDtMzSrUeX43gwQ5rZFK9KB+u9PpfzP1nQ1eG'
    '7a3fVnh8sCic3Waoq4N5aZsnEn0fisOPZzh3JdOPeRf7vgJw8t9nO3HIBJyp3Rrc3cN4sn89wf0Z1Oxj7M8HJ7k/HD7rs/05TUSf'
    '1yZrq92Czmgj68q0flxr7QXSF22GdErOhr3Clx11TMI6Rvz/VmZi+jEY0Y/nMj6+7LE4a+h5bXo2DkTQM/yM/GrGk4lQXNrhcA5y'
    '+wYTGd1Gi3Hh+Xddxqed9lbaL2dDkfFx1mTTeDmdvEzwzHSZZ1d5ZmOmNDwPU1zwRnlp2486M56dpPZx/A+Ue7YCE02z0j5x3tMt'
    '5f5e3pv5J53lnsW5iw5Cse80J5Z7+pm2Z8mIYl3yu39YuweV+/eOyaD560FJYKkBT8WGPp8omujZMn/eJorGl+0+NMHtIo/mzrL8'
    '9VIK2uD1iLvgSJmn68/1j2z1rExx7EVlPp6YbL7+8jLfrtXlzNbx9nL3/yLWzfudKfN+7417XPbv52l/TXVMwD76Dmmvk8Gyg50d'
    'nRp9vDD9uB42t3+T9vftZNxVZB8+nC497uiKgHtP2re9d8Edpuv9dDLWQnDG9gLom8MVY3XpQxQ+bkj7Oo3FOoui5uN1pP9TxRlj'
    'V8R5+2KJ28H1+a3U5OmHfi7l+YaZTNlWFL01SuahXWOnuIrV+26HdtalfF3fLra/XjfcF+9JefqXE3W/yPkRSHn6RaW4R+T8AqZ8'
    'XXRuL24qf9hj90DgM1F8pteSfpsToRch29yd9NfSkOaMH41YSw8n/Xkd1sxVjwX/h8Pl86T+FRH7abXDfvpI0uPZTiZuyZ3/Sd9v'
    '1qXPAF99d77NyFNPeenQQ2CDt8tLH3nOq+P8pB439BjyzU5J+n4jXOwfdOfH4qSn41/q+5lsq4m0xce/pQj6aRRev00Ubnvx/xMe'
    'ryxMRyRqfR5rIc8x2RdPJHw7wKi1xOf6wURhNjSB8z/h8RSKwYdTzemopt0xMo5CaXJZX7+iPle6N3f/J3Nks/ZkmXcnfH8r3RH3'
    'S+Q3rCJlTHQrc/o/Cd8W0WQP9+tshBJuNmsDrJ7qhG9HGUY/1YPibHUEjHCc/y2i8/YQe8DmEugMyLp/BP2Q3391FtjS9Pi+mWT6'
    'FvhL2k3yPnuel6bW+z6YZHpgL9D/IXl5vQ8q8p64XZ33bxR5+25S9+GzIXl5vX9O8r4F/qfu18DhwyF5ue+q95O8kviSad35wbL1'
    'sBd53lsuV+ftUeQ9+QPqvJeQvD2Q9/YB9djOInmv2eKlp52lHtsaRV6cN573OEVenAuedwnJ23afl+7YCWsYaJgFj/h+wTHvF58A'
    'f9071L7ZWkjeKNqoluTl9FUL1Dtrt9pG0NT+y8Tvd2wrw2wpvlCI/VeLsf1X1NzUwxkc2zTp/cqW0k4vzJYuaWnrEuYnR+VTdn+L'
    'dYI+AmzW1Tsc2njYsg1TO8Qon2bFLo9zh3bRGbDjVdlKtxJbZIwDXiP8+DIYD0fmw5g8q1kdq0V+jLYaEYyng+VpuYWWtqIHgg1z'
    'Mfpq2maS7KVKYue8x1d49lz80ovhc1FB4C7n4mCgRfcnbXF9HpoOCXu/sWib2CR8vx/Upw31l7VVkYb5y9Kts0ZL+99GkiYBNkPQ'
    't35hE3sslUikp/lZsIhjb7szuyY8g3UA2VRNey5mezs5S06EdY1zzc8Fjm8HyTcRkhfv24ca1k3xZirkbKJ+FZYQnCQs+kX99aQs'
    '7X/TwvfLi3slSb6XhdiipjR7bzbJz+uz8TmRo9E/5qVlY97erBD6GFS8vzRuHIXzIoaXw/DLRIzx/pun/xjx/nf7rr1rjOiDhPLi'
    'tol8v2Tcfzrl6XBfWa5+GHj/Zmv2JPWRRvvr2i6NrSHiO5Dy3Dv43FyI93nwJ4RdROSDozLoYjuWE1qmVuTHeFTFXeTxHqP4GGFz'
    'HsdTUcVTuc4onkrSIJ5KC/ChKe6M45Dnz8HYBlHIE0pP8vtrM5FHpIWdv2708bdFBH2y5vgAiWAeHvuwKeH7dUFdrh4iu+DfUP6Q'
    'JnXTcjR24ttCnwd1nv9LBNu4Ar79m9DHenxV8Q379k+KOkfh249JnzqZXAhh8owIxnXEMT2d/ftujLti3BXjrjw6tCnkvpaEOVLR'
    'FVWMrhBrs3P7ee/f7W3Zf7fl0xW6+hs09TcUof4yRre0gC0H8q5qAS+h36o4vvCe+MJnK5ZQsdj47Sb0rTxfv6Tg6Qth7qMX/f/O'
    'Ie/mjnvvmsm7b+KZSt6tnBeUBx4Kaa/wfZtTv94useTj9Tg11mOT5bxewXh2cQzzwJy2T/acFurfVXW+XAF4oMZh3vemJ2n+pOxo'
    'zfGUpDU5vWnyjDs89SHzbuPvsgrmNR0hS2s0oHnSjOYxrTuMr15G6sRYvBmR76c2SrZAeZi0H5RPxOPnXRbSr0rF/jA9w6+HtEbk'
    'x1srZ/LHAUXfVf7ce4Sbz1MaX6vQ+HhUHyoqpinqQ1UKffwojLPHZaKqOKEYv7JWmMf95DLXbSF2fsWM+Snrujdb2XWieHHruN8o'
    '1VrqEO6x1wpZGzjmk0LWxjDTIz1GsTb+g+VZDP0z1VXfrNGJxfr2F35suM3CLMYC35dY9xts7DRG4xIIlO4a54/rJO+Nc/0ui7k+'
    'nsDdRD9+Iuf/l47zPxAy//dly35KTGyMThP80DNJawbPjnMI/uY2kKMK2wuqq2vix+I4YRZfQ7VeTMeG/Zor/JjZmzU2Eza2G9TX'
    'OV9nfH3tly3zUVF4rF9Tm/YBTd7NhKc+mTTJGkM8YRKrV9bXppCD03O+HtqqZXTLoMZGpMeCfuE+IWoV679DqOND0jVyq/Di3GeI'
    'fl6h8VUxr6z/YuEWZ/V0+BZlE8JtHc9I+2cJrp3VFj7+ljM/FmvT/jw2iaCdZZQf47OI78l6wAVol3uUhe2kKoarCx1aSMxYW76f'
    '7r4kHO9LzYThwePkdBBeJdKNGZEf1xHttpYS/udLwo+LmiHvEDegDUYta2eeQrZHy+wngjHUGsm7xUR/h8dQU8VXpHIMG3idp+EH'
    'JCN07yYzxm2Lr1Sfg4OiPyKMt2LbVhVhtFF+AOqQuPBGdWu/wnHtU72s5WLiYkThWi1Vfqo7XuiYEJbl8BfG/+H6aXKvfEyjf3o+'
    '2fOC6ETbwGSlsItFVi+C+uI2cb1Q57UZzsEwvdpFBudIleM+kO0fpdCtpTjuEkIrLWB9PIKsKZt1q7KnWBliD6Nbm3SdlAk/ZlqU'
    'nqLtvsb+JsjY52v0Sk34uckIPdWUJY6k8U1p34oVO64QuJmsWdWeWmK55m31e3Ee6HmmjCGPVgOtehkO3c+NbG50tif8jpQg+rFN'
    'kzh3KLOm+cNsBuhc6/TxTejNDNBitv21t3mR0r/pa/QChFmDgyzTSKiptGmBiWk3EXrCXj+V+JBZZ7k+L8N7RBJ8p7E6UiLaPu2w'
    'pKeTgbZ8Kp8hVxFeg0l8DJVvu4XIfyQ+k0phr6ayVftVwtxW7ZWE149YT0CpJ5AWBTztBW4327NAzudgwo8Bv0SRutR5CfgPMsHR'
    '9Zo6pC+X5aQO1d7ZKOxjaPexu3+rBf2gikcVxnPuYnt7ZsLzU6mCIe5H1TfdmWlbD8Z2HwUaZEhz36+J7WXC9I9LqQtkNf9NMKfX'
    'Epqoiujtq+LcDwnfL8R+mn2l4r2b+DaU9Z4hfB/53GchP8e2afZUVMw0XndUnw4j/NoOAgdVDCou3+Sy0JkEthwP9ShkiN0i6Iuw'
    'ED5smB1geQG0/Dr4Vq+4e8uyM4GeCvNFkWZrVldetnc5ufvgGM6GuithbS4mZ9G1Ct1wpPEm6w5kqqukurcuYnRoWPli3PNceRvF'
    'ssWsIfe34wz1A6LO2SERjMXC+2my9ldawmMgQm9LyssuFIX7ZozCiZ2GegemPgpLDTcTv+bdQu3PdkCD+3CNJaBNKl/IVZsYU1qd'
    'ZAhPp4/pyGM6pOFBvs/gTrWQ6OJv1aRLiH5BFbxrZ3igjtBuM4kMC/Ei0piDRD6GdACXQ92tgOH/AgbZ90c='
)
