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
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)|(?:^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2})', 2, 34, 11429, 1076, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 12505, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 13902, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 14473, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 14728, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 14957, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$)', 2, 34, 15410, 221, 2, {}, (None, None, None)),
 ('(?:^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$)', 2, 34, 15631, 171, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 15802, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 15946, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 17188, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 18153, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 18606, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|da\\ redação|written\\ by|posted\\ by|redacción|story\\ by|words\\ by|authors|autorin|text\\ by|auteur|author|autor|texte|автор|текст|text|責任編輯|责任编辑|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 18822, 868, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 19690, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19728, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19805, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19882, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 19966, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20041, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20125, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20194, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20279, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20384, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20481, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20586, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20657, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20728, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20816, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20943, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21031, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21125, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21211, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21290, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21363, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21438, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21509, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21595, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21685, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21810, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21902, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22020, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22114, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22183, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22252, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22321, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22390, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22457, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22526, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22595, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22664, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22733, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22802, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22871, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22944, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23017, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 23088, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 23188, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 24016, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 24098, 714, 1, {'name': 1}, (None, 'name')),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 24812, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 24911, 100, 1, {}, (None, None)),
 ('(?:구독\\s*하(세요|기))|(?:뉴스레터.{0,20}(신청|구독))|(?:채널.{0,10}(추가|구독))|(?:^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독))', 2, 34, 25011, 284, 4, {}, (None, None, None, None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 25295, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 26337, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 26433, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 27147, 998, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?', 2, 34, 28145, 856, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 29001, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 29542, 999, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 30541, 529, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 31070, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?\\s+(?:de\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 31097, 3035, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 34132, 3220, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 37352, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 37573, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 37599, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 38192, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 38432, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 38463, 77, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?\\)?)?', 2, 34, 38540, 1566, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 40106, 946, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 41052, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 41279, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 41377, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 41556, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 41637, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 41658, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 41896, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 42150, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 42340, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 42578, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 42606, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 42786, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 42978, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 43184, 32, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 43216, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 43532, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 43753, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 44246, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 44570, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 44776, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 44804, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 44824, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 44856, 162, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 45018, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 45224, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 45510, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 45706, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 45760, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 45784, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 45808, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 45851, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 46145, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 46163, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 46180, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 46209, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright', 2, 34, 46333, 53, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 46386, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 46593, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 46863, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 46967, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 46983, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 46999, 44, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 47043, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 47144, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 47169, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 48018, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 48126, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 48140, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 48168, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 48229, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 48341, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 48468, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 48589, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 48863, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 48997, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 49134, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 49162, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>[^-|–—:·•»]{2,60})$', 0, 32, 49178, 236, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|creado|edited|issued|posted|publié|update|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 49414, 3039, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 52453, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 52673, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 52694, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 52752, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 52768, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 52784, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 52883, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）)\\s*', 0, 32, 52938, 43, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 52981, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 53204, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 53382, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 53439, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 53496, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 53553, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 53614, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 53671, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 53711, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 53851, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 53881, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 53982, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 54006, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 54516, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 54540, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 54564, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 54972, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 55113, 21, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 55134, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 55978, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 56169, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 56415, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 56493, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 56604, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 56646, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 57359, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 57437, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 57494, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 57526, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 57678, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l+/WaXrJ0wBAaQqADWTpAIIQEWoyCsm8CAiG9pRvS6W7a7oREhKCgKDgwKo6O/i6jzggGZNFhEceAQnAGVBBE'
    '/99RGPAfcWYc+WHccKb/V++ek3veuVX3VtV9r7fc5xcvfW+tp6pOnf3MEkJkhfeTz/H8ryX/7IR3qfy/JvjvHPxrzP875HHvmX1C'
    'iIb88+2Kb9/9sfftJPLtlHO95+nneN+OV3y7+TLv29HkW80Zfhn5bRn5Vsu+HQrf2mAe8rlFeN8OJN+G2bf5si1ST7a5nJTBv2XZ'
    'elJ2OKJsGuDXBPCU/VTDOwnveoB9Vf5fHYF7M9RJkzop+JvWqWFrlbHoQ8KiAsa7Bsa7jrw7aZP3bjV597te791R5N3PHvXeyTnP'
    'Ajj0kz5FyJhlvdb8v4UEblmYgyBzSUfMvYL8LctUkvZ42RRbG1N4NZGxmYypCcYlz9QiBvcGi37lPCrhzDQ51L3+W8XzbYYxvZOU'
    'M20Pzwn+TWG9Bp7PbLdvtwnasYFtrkSwleN1hW3VU0HYInxPFm5wqCL4VoXHVoTgsTYLPHaABR5rhvHLb2PkjMvnCJSpJuPqh/Ws'
    'UeDBagKjjSm3PVjJ1qGNwK8GxvEVePJxj8KzG8ZWS8r0kfljWRdcId9fAmPJFF5G/dKpmfwrAKZNxPhlI0vY7B+T+1TuzzkR+24N'
    'azMKbzXDfvpU/t/lUK8TvsnyhwX2TXqf/tH1/Z/x8Zx65fcW2+mys1LkrFOc1U7w2Q72bQnBO4gremH98D58NzyvBRyH7cj6+xGc'
    'Q+vTMo2EnlqbLW77zVnv+f4FfttrskFcW6vZt0vIfoyDd5da4u5KoIlSMDfKfywCeB/E+I5q6Gtzu/d8Dzw/1l5878h3v+yFcfWp'
    '6W/57cdQ/z/geTc8z4Y6r8PZl+8eAv6iZSC87ivwfA2ed7K/74ax/jPwIQW6+TLv+Xq3T+vnYM3k+69B3V/D8zvt/ns+73+Gb4+0'
    'B+edgf30D/l/5xM61qaveYALeV8tjB5sInu0G8r1t/v0WrOCHkAauVpBB8n6H20vphvku3dA2xd+0nuuby+++3HPXADlroHnRTAf'
    '5OOwrnxe1h5eh5+rBsDhxzFabAie29i5HmF/90D/rfB3Fzy3k/fzAT4C4J8m8Kkja0jrD7Bx9DE6R7eP+RzrCR6cC/UehPLfhuef'
    '2/01ks8ePEsMhhcQGMs23wQ4UL6bC+egbay4LezrCcWeVK0T7yNN9tMshaxDwu7NGhnH5i7v+YNuHxfzb6mrgufw/d3F9VT8P65n'
    'DVvPNNu7NwPuef2a4v7oWN59tvf81UBwLCgbee8tepwwlO98saI8HWclG2eWjfNvLvaexwJc/nNHkK7uZGdkWIMH5Lt3pLyzgriE'
    'rsu50IcAOVGL4ttNtwXhxGGhglO1Ak45EQ6LKsZj6OY5xwJetMwxrAzno3RjawGZilDwRTjvik94zzduCsLrntu8586bFHdsH8Bt'
    'mxovIo7/CfCqFFdhG+kP+/3w9v/mJn98KpzUBOeZ7sE3YC5nAdxWXhiE6aqx4jJf7gq2j3fD7UCPVFryFrLdz5/jPXvhbL73Iu/5'
    'T+fa00lyLB+QMhyHsTTBePBsUFmNuMw/Kzj3JtZ2FeNj6lnbzWxN7wba6w1Y00MU3zbs9GUPk3FmZrM5ZkPmaAPnOQwW/Iw0hpy7'
    '6pBzR8c+V4TfaxXkXjuf3GuyvdvY+q//iPfcc3Px/YT3kPz2pw3Fde6Cczl8U/E9EkajcDrzMcC1nz7Tez4Kcv8M7ItFtOxZxWW/'
    'w8rOJ2W/D3Tg5QDbX18HbXQVy+zlu69A2TtY2c/frL+TWvITOsfxDFYyGPCx/hBohjXbgzDgY+VlKQxOB3yzCNb2txcCD7kpCAMs'
    'u+tm7zmys7is6g40lXtxefD+49532e5jQKfmCE356IeA3hsu3iMvwbP/Ru95CeyDip0+j4c8WoFuIDjPtA3adwPQ8gvZ/gtrQ8X/'
    'IN9Cx8f5l93Q788/G6SHdWP/5U3qOcwDfLcG+ru+Tz03XNMGIvss1Duj+Bx89F1wZ0A/794A+wl0bOcJ97NQw87C9hHvecQ56j27'
    'SFF28TnqPUvPAh1z1FngZcPOQm0Jz0IYf4J48wB2r6yE53EieHccCc921r5KFql6hzCcp/neCPScqaxTJf/nc60kd9YVZF0QvumO'
    'cJkeleVG7T3k8eoZvdHP+OVR8jeVfaDOgPLyrxBensrnLsf1IrK/0Zg6YdxHNvK6JiLfrIfvcy3gy2nRg/MvrnE8+2lH+J9TYvif'
    'AHg4qvwWRp/2EflNA8g+DzdoZ4A9xwzkxKNsnp3kfVR/CMdBoeb7bfebbONLsA4o86a03VQ6TxUx5dlr2Df532thvEuY/NyFl5Mw'
    'PMvh/JQCVlx3H7YHU0w2abK2tu277EOTe+SaKXqPHF4ivIN3NPYd1V43G8+YQh493e+l76Q9vc1E3ktXl2g9ryjTep43Te4nPBfy'
    '3VaD+j1MjzKkOBd9mvHRtTWBc5z7k96R3M7uLSF3YK/DHUhtgqgeCW2C5rO+hjR7Z9RCl71doac2Wb9Ozb1N+YUfpHybpDYmR5nJ'
    'eDdXQvrFpo1S0zmX5V80p/w1pbqSxQr4UjiNKvSgcdYubB/Lsf5vmDvWDysfdSaGyNqbnAN+5lR64WHFvnEdo5zvZyUfx8awidkB'
    'tlqeZ1rHZF3x/pyvwX1jGtiMRMwPZRQNAMfZCvxvS9fKts6GfRu1/v2a8dvOg4+B4pPNhP9sYu0OszVZxr5vYrgH5Y5haxx3nFxn'
    'iTiB6g0WEr0BxSOn5/+dGkPWiOPJERojzj1L74BS3qGuMkYT3gj1QhQXC6a37lHYrqC8fg6h10xwJG0Pz92V0N49sNZRZ/hQsp9t'
    'YLGKyECpLPRjhJbYpKFVVfPAc/J+OCcIh6j9spk9eyPqIB9QrYHfVVCmE3T7tO0hg3kMG/Qv9Sf7MzzWyda+T3Mn62DH66I90ZsI'
    'rWpy9jjtGlUHeYu55A7g91F/hH3WGLOt5/xxFB6T719k8pCfQZ3Znm1vJltRufeXq6yswv+urqyprayrn4W/hsZZk/Rrkv/XXI6W'
    'C4D5w/h4qvD//k+InTvl8w7vd/75Xy08n12y8pAzDl929m/OPOf8b9xxxxL4/KeP3XDHuMHvoWu/3ZYS2d/m//Na2fTQfj5G8fr6'
    'H6+fO8577g7ykyu3c7xUP9ljxy/Cv3u/3bqv8/GvOwK/X3+b/jUuxnfn/8n/P39czlMU/vdC/n+/Lfx//vft196AlsfHfx/oLydK'
    '9duoeFfov9WgcpVJDyoY+no4rp+aT2w98E6pImXQthl9YFxklotDbA8ryR18L7uTFzJ5TC95Utp1VOEfZIpTX2F48rqQfjvL2G83'
    '6DQ53aSi0ccUdBsvb3Iv6OhxU5qtk/k9HQl3GoXFiwY0js14NzH6bETD95rwna+F6Idc5fIP5xs5Oe0md60O2XcF37O0vgzSZ9Wk'
    'zFZNO7LDnKKM/PbHVLE/RxQMR1jbrzjWx/5/mvL5iqjzZ7rHCnLxkHZ7Y7R7Z8rHF1snEF/cEtLvSBn7vZL0W6p26Vh1e//clI8f'
    'B6Ypfjw4Nf1x/Kv5fwssxmqC+3V7WPb3HPAutrAJa3O3ghfisHolRK9D8dWdwosLQNsYstABmcpH6bw4fzbgcPcNKWQZnN9uAFgv'
    'nMB+Uc54wQT3i/OV9mTHanREuvNkIgeh85votRwqkf2Ljb0ftyPHvfRuR73h/mWgEflZXuHYz2uW/cwtIf7hukMXOsZFrxUmY60l'
    'cuocyK4pXzdXs/c7NXqfLZr1RBgshjmYyuF6LduncW6iyqp4CJ1uUgXnAm0Xog8aMNSZrQlpfxuRK5uuQSfp30T35zLvs8m4bPsL'
    'w6l0Ti7jOgL0v677ayJgF+XjSc/jQ9AH+l2i708F6HTELiG++Lyb/49gdtrtd3nPW/f4eiz0U3rwGe9Z9yPw6XjcK7Oe2KS3PgK2'
    '/HvU7R1Hyh6wy29HVXY5KXsVtHf00+qy1N7+6nsgpheMJbuneLwoQyuU/T74A98PPrv3es8vPeo9H3gm6K/1DRjDC48Wt+sqj2gB'
    'WQyXMcyHvUFt+3AMR8DaLxN+rKhZbA92ENtG2kYlKY+6VlpvuWG95WzMGWEXl4HeT6NZbx/Z2H9MF9i4wKM9X+CpGQ6PlMGcyoHz'
    'shE47zIDnPdOC5x3qgXO67DAeatI2fmAi77xqLrs4Rb48UBSVsZKlM/V31S3S31dxX3qMra4s8LxzHTnEVBnxu7MdDI+yC721cyO'
    'hFUAzHVeuDgn5VnKrIjNPflRVu9K+O86oNUGYP0qPD31tPllzH9ZuxhU44WtXI4YVC565IYY64+6Trkh1xGbOVrOJk6p3E9nkHfU'
    '3lncVRxLq+BzvBtixH7Pj6VVS8rL5/2asgtJO3MBp+56MBgL5FdPwbc9Qf/7FNwZj+wO+lA+APfT099zi/uHMLWBn839LOd4LdTP'
    'iHLGI5zZSHmvIL7ot1M4/1r1PkWihPRZs3CLPaCj0bYZ0GiDFjRatwWNdqEFjXa6BY12kgWNdqwDD3u4AR12kAXtN8+A9qP+6hRH'
    'qeYUx5+gkeEM6kOXfxlKw8Tl1aumIa9eLexjKIbCOF2YQmspYJzQ5QZ3QAS8Q3/p0tLlJnqGjEKu+VeW5+4DZI83EVyRFvFjTXAd'
    'W1SMCBu6anRD6WP8WsX67rOD84EKeQmNCdKG7Y4X0wsqeU4NO8eVxD+rELtuvJjvt6UTkLage/BES1pWRW98m8WXnCP8GDhfhW+P'
    'w/PrJAapShcgY02mRHnjEyXnLrjv198zuefu2cf3rXMn/TBOiXnufvZD7/mHO31ZJNJRX4JvTwJd/rOv+3Qo0pijQAufhvTtrmJe'
    'm8oiF2n6nApn9CXLM7qAlKPx8y5m+smzAJddSvbppY5rr8J1F5Nz0gz/3QOwqSd9tG7eS2p0qMzmZynoXIpz8Dxcwfyt6HhQt5ti'
    'fjwbie3usMbX5wLh+4b3GdiYbBJ+TqFaoY6j3CWK40SeQMbRxewVsMwqGEeUHnorG/9hBEadwtwnFufRQuw+Rg3rqeC/Sajvvgz0'
    'MVuB8xrhDg/bkzymZ0XInrw0Bj27M//iyJQd3r+Y4bZZwtwPHNcvkyqN7/+rwj7uwMuiPPEC8qg50meXnsUBi7LYxzfI+dsUMc87'
    'yBkxsYEeIHYpsv5fAy6Ns0bUVvsDJWoP/f5GiE3m6qz3PJblYzgB8jG8j+RjWAllO+DZDs9j4LkKnuuyxW2vyvrxW9DmeH1Ef4cR'
    'mf5J8O36Bd7zBlJGVx/zfOGdcDzESv7BWd63leTbpyB26IHbfHmYTra/iNAJoyCn+gPIwXZDmf1J/f95p/c8ecT7Npt8m3dB8bc6'
    'omeQ9RqY7kGWV9Ehtnc1xWNSz3GasMdjlC7PloAupmt5FTyfd5A7m4wpDrx0tFqN8ON1DQs3/34RcZ/nDPFAn8YnY4zREJKGPoB9'
    '6zKgKWh8n6ixdEXYVeL4VP5TKvtfzN2V0+BuGqOf2/Fv09AbNE7PrJwXw4DfIVg/Cjbc7yUsXgb1s14r1HGm3yTMY6PE2QsSVx5i'
    'ML+J2icoVzG957vYWl8l9LGvb6v0aH2kxfalM5cL2XcTsecLvEulG47kNrhRNsI85hKN2XS4widnKux9CqdFoHdTxa/YGmGjPKh5'
    '3y3C46ZR/wVVrJtCDJUKL+6JawwbEzir4qINa2z2RxXwKucaqXwyVb45tWzvYc6QhRZ4jccGHNb4m/SE+KGg/hZ5tyvZmnda8FU8'
    '5hW9b1Xxg1T5Tij8rhDhsYcGLccYtebIA83J7+EfOOIgGm/FdSx0X2Dul3ki6Ktp43/IcTH61DQL+5hXI2ydZws/NpeNP50OlzQI'
    'M/9XUxg2GtKOBytw4lahjgMVxut3CnWOMhv80DRF754oX/m3Zj17Sxf838zWSRVbT0f/he3bTs2dwHPlILxb4GzQsc3R3IUmeHGL'
    'Be5UxUXEfDhof3gQG9s8YR7brc9iLBSv0rG0CD++nI52iBu38b6Mh19ccDCVoWOeJ6ovOozJ5DjOoW3wu4fL8+ge2o/BaX9Sx1Sm'
    'u5nhaNUdujWEhn9TCI6hY1sgivMp9mtoZcpXNwr7OGgqOB0A79bk1/jJmPcsn9dCpusx0V/0MhnAGgKXMB4C/YmXGdx9pjTdmOau'
    'CBuHadt9irU4ULNf+hXjaIJnTiEv5+djAPpqFWoffxPcTcc1RPqLGi+f40FsDgcLP0ZmXNpnfploMzr+RfBuMP/yOw7nxUQPR2G6'
    'XYH7moSf466a4VGdL7WKxwzzpV7M1ulQ6O9kYeeXa3MedHspLt1pkyvbND4L19OtBVwVV/Yx1WUddI8cBu++mq/3Pkc6sy1iLDlR'
    'HAfWls7kvM3+wvf13yLUedBN8LhJfIgljI7dn839cM0dZas3pef0iDLTg2E805KUN3YXGoLLM6NibG2JgRdMedWlsP8WGNzHUbEi'
    'TPat6g4zxQNRdyPdl8vg3bdIORUfbkqLlGLuFO7LAe6u8zahMaN4nmZCt9rK2jm8VzBZfhuT5atiYHN8QL9zuvdUsFtyOXdx+qZr'
    '1s7kBToZI+WhTOjFlUKdk34hg6Eql69JHsBqog/ui6EPnk40LM+xVWpeyfT+4DTGgEYP/MeMZ0cXRw/VE3KvmMzVlObdEiJbpfvx'
    'uxkPD8fhH3Tx1vlamuYOUeUnoGP+q/yYL5rC6+DKa/TEXPtuxf41pds5D3ZCHsazU1ND38FtdYct5kd1feXAZzRG2HAEb8btSOgc'
    'ab5bE51Jp+E+i6IPqCyG2wNut8DPNmMKi19H7V2P0+CDTSI8b8GgJZ8RJRtV5SAaYnhkTGHDGgX7Y8EuW5WHaJOhbsmFP+T0sim+'
    '2mxJb+bg3RH5l/9AcDiXx1PetIHRNFUGe5P6ofIc2zr5Nd2LlNbhe6nbQoYUJoOvZfPkOdPrFLwW6r9RxzOf1TGx59+ikQVx/U0D'
    'gV+j5rxvEcX5y8rF+9rmTzwIZNY6ewdTWVrc3MJNjE7Zkq/3sOZusL17osoMO/K9NjGlbfjwTs3+26GAIz0X7Qr9rynNO2Kh33G5'
    'G3ie0G52hmYzmddk5tErRa5jftfpcoqijYy08fqaAc51HRvq3HNEZjsSIa9T8YVR8Z63TCH8ZgsrjpPmsrXdpFnbLaxcHJuvTeSO'
    'duWFhjX8SbfCvtEEP5jSLVwukyJymfUx5TJI594u/PyFFTDGZw7x/e2qyR1M8cwS4ceAWqDZu8NMX2cih+xjMB3VyKyayB7bATpT'
    '5M9oH7fDU86J8ju2fhnZCL8MjKHzzjLDwsV/Vpf/+HZiV8LXvtZg7Tnf1FwmuOrOQ5qch1tingedP9UsoffDorB87Z3x4uXGjgk2'
    's34IRji1Tr9sVAG5Xo+mPN0KxiBQxYDge6I6ZE+oYkBUEvl8IbbouE9LyP928eX6eMqzO3DZ8zxWLJ9Ddcjc+ZlvEcV+7ch30LgB'
    'H4VYIoPtxfx4M/NrwD5f7AL7jYuC47npQ/Bs19v4n57y4vLx8dOx0HZscFYtO7OVZO8grhTCPv5WtcLXQLbXf7bPs7vgV1U5Fx9H'
    'lQ/6X/fZt6GDX/W4f7fYjo2eC+mPfb/DuSjX2lLfibj4pN5yT9UqZDSF2HTd3vPTZxbLW5K7KsZdtTP6vtH+dprdVS2Eh6L7RD6H'
    'AK99CZ4vtvtxmgpxCuHZB8+L2s3it8h9eU5M2grljede5j1PPweeZ8K9cG0w38FXNoLf/FZ12fmk7MYzw8tSe7/fbA0fQxz6LSxO'
    'ztJ8oU85wFEVqyqtucddY1XR2ORJjDg9HVOuWFU5YR+rCvNS0LvvYyDvcDmrnAbL9XvPa97jtX08+bbfFd6z52rv29HkWyWcq/fA'
    't2WKbxs+6X07lPCY74Y7cflt3vOpm7wyB5AyP4NvYx+Ddj4cjNfP27ng4iA/y9vBMpyWLNXZXwY2iIX4abd4z5+/s9h2p1IU5yrX'
    '0SJ1434+ZJcz8cs+71kL9PDrm2C8F5nfB+8qMX2F5+piR/qK8/A87sl+5NutEPfkyQd8ugf3hYyVJp+fhJjD654L4tHPQCzzTz5Z'
    'uvtiHdk7uGeezXgyPoSPii/l86wOmWecvHvrHPgEtL+YAzgvRfCfC11/a8bD0Xze8rkAYjr/1y77ecm2t2c8X14a5yobAesVIbBu'
    'M9hTNB9J2HwaiJ5Btf8obXM1jOPf71fHynbNR1KKPeAam4/ugYb8Oj1rITuksaSr2dmLQ4OUq10Vj73cAcevsFyrJN9IeL6R1AzK'
    'N0LP0/FpmQonOU/7ck62h/Iv1qU8GPYA/LIOMp3Jj0efKX08+o4yKh9Cfo2WtLUtzsd4HTTXCcYf1eU6qYB6aRHMiYF6umuEH9uM'
    '+h7Q3CYq+0IsM0jK9CpsiRrg/SwRjE8VpkvF2Lc6u7oxoY/5FKWrfzOxs7H1iUGZDdKTCx3bcbULobEFVH61g0Idv2mYyZBagE+3'
    'xUOUvuY0bzXZSz3EN4L265qX873Cix2puh8Od6C3dgHd3Qi5YF5+0K5+w8Nu/kldtvKwu/xYny5ww1gClQ746d7FbrqmOfCvRgTz'
    'M6UjcJZtTuI/puzGeDmjVab3/Vnay3gvYFzzLEYlWixxHkaVvmLRR7znG2dADNtrvedf3uLtrSHKw99cXPZX74V7Gcr2EFyH7c4D'
    'ncOlVM5ws18fc7LujbnL+j+TfOP9nUK+HQSy3D9e7N9Z/Fv9JX5sEfz2hYshV1a/9+0o8u0V9m0p1WGeUTy/xYpvOL+Fiv4O6g/m'
    'EHyFfaM5BJ8Gnc4x5wTlYC/Bt/++Mb68Ls75nmEqzwzTWza6nfF0LJ2ozdrxGPtU9j6fyd4TvB6B171lay35mht8jsPrjuZH/6Xk'
    'jt+n73iuQ+kFfditg8H76ANnFn+j99GJO4q/0fvoT6CDzCrs1/Db+R+Ip5dJ7iPFfSTKeB+J5D5K7qPS3kc/zL/4fnIf7dP3UZbx'
    'nB/shRxvO9T303pSdmlfcR1e9jhS9m4o88Zt6rLLSdkbt4BN4UZ12UUh4+V35vyQ8fKy9YrxbtipLuuqy07uzeTeTHDl9L43dTLd'
    'CoVM9/+lSpij2+gKSYvkR3+76fnvKOWeSHKqG+iwQfXjRg6lSk7vcFtNAfZxbQ8EeeXfPuaXiSO7VfH9qL+Wtne839F7ffu5ODx6'
    'sj+N9meH8x2UTpd0fzrRCOkZSxxmSmDKovh1WNGGqK86Ubj5ktRp6EZbHf+fwT7h449b+sAQXFJOWiehcSbz11FWGkfnN9HYHt9v'
    'omCjvrW4XfShkX4y9L5V3aNUrsD1wJSH53rgik9AvZuCcvd7QEax86ag3J3KG7jc/cvgN37urcE7feWF3nPWJfHvdN16NLX79u0u'
    'd4/Ohygs7sUDYmr5OiN9x3MBLxLBXMB0zXmuYbrmPNcwXfP1Pd7zysuCa35Ab/G3JDbH9PJ3Pkz4OTdobA66X3HfyD3Cz3M54m5E'
    '+ce5nMVETjUz7cgqyJ2FsntdDIh15NtdDKcdQ779+FzveVZf0A/tny4HuqDLt+nl9mGPf8KPU4l+DChjPx3ur1O7grJ72m/h3m4v'
    'nlu9QieAZcJiyCR4ODYePiQGHo6sWyrZ/JxENj/jZfM6OtXlTuR2+W0K/FrN7OG5r8hVItrnZIiUwdyGg6ydTULvl4L5Ri5V9MXH'
    'c54wi5Pcw+q9Tfg+L/jNJKb3aqH3x1lJxkvj/9K8JG2iPD4zqlyNqviHPC90p1DfH5JXOJzQYUgnltNntk4U++WhT5XOF5DG7FDt'
    '7yUlOnMVZThz8wFHpwCP10N97ocYJy7FCkcaq1qoY07jPj9DmOU15flEO8iZ2yzMcgrIekcCr6vKOzIg7OJ/0xi0LvmWkC6j53Sr'
    'KI51jXGBjhZ62qxce5XKMVz8ilRju5j8dxPoll7YpS57aQwdtKw7V6FLstnz6PP2+sO+z8ZSxbc4+rUstHPej4Oyk/Me8uNGcNnJ'
    'hc/5c9PF3ZXxZfcXbv5gdH4Fufq9an/vMJ67luyfUxz3j0n8prBy3Ddvs9DH79blQOL4h+9VrOe6V2/OF/i0CObl4nesTX5Fm3u8'
    'X0TnVuVx3zGG/zIRjN1vkouE1uV5lkzz/JrE8uY5uaPGNiKCueJUuSHC8gT0a+4IXf6o34lgPpewvTjgOBa5pq9mivMS0XGo8imq'
    '6LyRGOPga8LnOhDSp0leSdMzwtd3izDLa4910BdZla+X5zHYLMxziI+w9bohv16XCfMcr72O54KOoSsmjHX5g3T7f5vQ536n7/l5'
    '6jSEr2nem14G+0PzsD9duOU1c7lnbPdIrwjmRYmzbny9+i3HJGH20/yl8Z6I9R4R+lwk5ZpPC/BG3OaI8spR+X9obhHkFWW7sxU2'
    '4zynG89rosqDjDH6bfPr9ITAr1Q0Dy8n13pDHoB/Fm7xLDFvW70FnYc56GZZ0kQ8N64LLcVzlZnSnDR253zNvugR6vzfm0Vxjh5O'
    'cw4SuGwEfkeXR5zi2SGNXImv76nCz53j0ib6qy+YINqb5zvR5bDfLNxyeKlgpItJarIvaggvSPNdjZE9mxPqXGK1CnnmGKGpVDnl'
    'TMem0hXI9rpSHk60Pe8of5tLvlFZ1HxSvo2VbyQ89xrNGOvIPOuEee7T/gh+Q7UfusjesY35jnOwiXnczPbMLKGOp6bLM03jx1Oe'
    '8z/z//5Dcf5s8KLqrhkU6pxuvPxSdjfzfIWNMcdG79Umwk/H5VtbQDdLx9o8gfwszR2nkpktVfDqYyG8jwr2c0oI+7kE9hPBZ7jQ'
    'TqXiqVS50bqEOofaNmGXq7ActqZ0fNst7ofDAnr+9D79o3rZcsQgxTXtZmuzwcLWIj3DjS0KgN0Yy0g4VOvO9YUSbz7DdJoiOUPJ'
    'GUrOkPEZQr0CylFeTfl3liqPyn6WtPZSi/Joj3GApT6pU0FbmdaXfb7JYV6HWs6L++InuCfBPcn9Hby/K5P7OzlDyRmyur9pnlBq'
    'P2cq32pQyMrp3Y0yrbVMplXNZFqcJ64SwVgTZ1mMLYo37w/RkVD5hyCyTCqziNKtRdmOtYTIhhuJjmSroW2dyt6D5vXekn+xOeXm'
    '098cE54Y27Zeo3vo1elvmdzPRd6H+X2amc2gSX7wQTYe7tNYWMNUce7AbBn9LfYF/EdulkaXqyZrcAfZ6jhLsf+3O+z/gRLt/3eV'
    'aP+fArJravfTyXQyvUwuOcSem6GtVcT2fdTCvms0xC4e834dYGHfpNLVmsqVBzW6ZWoLUEofSFVM/f0teU/MEflViBPefk50fsW/'
    'B1jGsZPdDL7jP+j22jxY8S11lc9TV7Nv4gz/b6pble/e313cNs1Fid+w/vu79XbYKl8qlU8+hSHmP8T+asF/75/An6/qgqBd8Kkw'
    'pzV9Qbtg/HbZFXo/ehxnDRkn3T/vgLPqui/wHqP74rXr/P1CZRG0jxqhjwVC8SnO9b0X+bDi66aDo86OoxTni9rLVxDdXAPMrUpE'
    '21DLum9W4FqKA6nfgom9ksoWopvpBnsN7wMTvGg6pmGNb8draS93l43uUaVz67W4D7hNWp/GdpHT2k+QsfZZ6AtVNgimtnZdETp4'
    '3Vj/V9qTccp3a7LF/Z2Q9Z7vW+D3J6Om0OcqVufNUOf9pM6JBu2uY2WOhjLXkTKrssVlkS88Ccpev8B73rDAP0O9af1+Hw6xUzK9'
    '4/s0+2w79P/WtBcHSb5rZ3M8Esa9c4F/RqLmZLI+Kr03XxeTvuiYTcqeBuuzOuvNvTLt+1XZ7P8RizM6pMEfQwx/vJTyeCtuWxeG'
    'D7kN3r/C8yXSh2z7yZRvX7bNYQ6jEWeX76m7Ux6NZoP3Vf30RPTzCdJPFGy6yTNq3q8xHHQ1yBBMx8/P6/aIefSkfDvLbSH+DKZ3'
    'FG//tJTPd3C7u1GG04eEuc/tMQbtDlnyXgV72ZRvw8n3xFUau3o+54aU72+sGxv3O8azKAzq9mvO8auE5zWBiazzsoJPVs2X8tbP'
    'Cz+330ThbdnvgwR3m+BcvBPXZOPje9n/p4BmjoKVLPsXwjyX1vuFeY4uGgNARw8OKcrwdacxAHT0z6WEP9j/Vu/5tZvAn/I8PwZA'
    'TnMOTie8xyUQ77xipx8DQBcD5kTy7fcQK+tt7ymOAVCIx9ZTHLNlJfkmy9P+Dhf63GKLhD4n2QLy7YLri9ucS77N/3Dxt1l0nDcV'
    'f1PF0klbysvCYp6p4q3p2qH8WIrYDrjyYzS/cAbKVxNb5gZih1vguxU8o043EWdctri4XOtgY+9O7ZSxfJrZgkwWzFR30HSHWfUk'
    'wCyMzpnu8MyVGZ7J3nODlQktPN3hmS0RPFX23tMVJnUlgkkpZQTTHaZNJYLpVJbbTvc1qi/TGk2knC45J1NfZzDd16iiRGukkksk'
    'sJm5Z7u2DLAppbx+usO3pcTw3Zf048nZKq+OarrDd1aZ4Ftu/fl0h3tNCeBeDp1oIkdy131Od9hVTgDsEpmuua454RlmLq9ZUyLY'
    'lNpmJZHxToytVkI37nt2j8ndN7FrPt3h3VAieM802+3kHE2ODWCiEw/a8iUwCdowJjAJ2m4mMAnarE53mGRKBJOZAItS7Q9qt5zA'
    'JGivncAkaKeewCRon5/AJOiXkMAk6I+R6CyifZQSGEX7ZiW6Cr2f2Eyic5cQ2MjxzL4P4p3cVb48fVHt0VgbMs7PUZqx8dj36/e4'
    '54JH37Yb9njPxQ8E4678JXxb+Ugw7spX7obnLn0+Rl3cEOrbdKVwyydK7Y96RXSso7DYegiT2UId45bndNDlbEO/S+njuIC11SXU'
    '+VVM8uyF5cGieS/DbMpNbPAGNHBVxW3CNX4s7emDaNwf9Ee+QrM+O0Sxry3GBKb2waqcWXHiB/K4QDRmIfpMNivmb5qzAGEk89fO'
    'UcDXdi2wvYUTvJd47ORCDIC0nw+3htlHDRC7wbA5Yl1d3ChVLDgTW6vNij1ciGuWb7g2ZZ+7h+bu5nGYGiz2Ne4vHk/RNsccbYfH'
    'csI44m9l48X8WweJYB4ql31I19nUxlSO9wA42+U61zrYYKxUmnPqcM2+7xPxcimOOvgm6M7e3BLeQTwXltwnK9k+qRPmeXN4/EWb'
    'XDU8h6oLbsXcUzYxAlU000EKmmtO/sVpwi3vJcLkZVHsqzIgyp/j0SXPscquYwdb/z7NHuwDeD0B+9E1/46LPUqY7fpUOcPlXF/b'
    'dqjvlFwzmYf+oilwjl1yEKtoB5rzDb9jvjjkUVzoFF2uQUpzcfzaIKLjJFYDDm4hZXLCj88yBk+kHbpFMMYj2pNvIWVpv82En6G8'
    '9xHCz9dG6Xek2Sk/mxbqfHspURzHeX4Enl0jivPDYh9pgz4wFmyUvkr2c7vw48NUwBo9c4j3bjGBXRs5F40gB+C8U7dQ+9Vst8AP'
    'fUKdhzztQIfOZ3uFz7lRMedagznT/WIznmMVso2s8GOfqtYT49LZykTo/l2G8pBWezsOkzE2O9AVOjkX5nlc7jBnKotohHbrgC6s'
    'RgH6uUIQ8VXg1wB7bxMZh6y2kdjdJHk8JjaPB5eHyTPxHnh/fLLeM369Z4viuNkmuADlDfUEp++9vCP2w5/ZfqhI9sOU2A+fIDKZ'
    'ToXMlfM4LrRGFG07RvDN0d8EXeG93rdB8u2UEe/5Fojp10dktJ0h8mITH+N+oY5LeQahWbjvXxTdznPccj9pEz4jCnYyv8qBmvH1'
    'CHsfbFOZGo05GBaXHeP2VQHOQLrnvnYhXsz/ey3/74n24P5shDLy+SI8X4OnLJ8j9OYQvK89y3s+BLrUQXh/04e850sf8uqsBV6g'
    'heAwSuvIsh9tL86NqMohcBvE+T9xR5DO/cMm73k6jOHhW9Qyfyrrx3YvwnG3B9vdCd82t/tz18nIdbxfBvB/DmShBRnUld7zzl61'
    'Tu5f/sJ7Vt8S1LvlAL7/faNeJ/MWMge0qUGb3yWQJ2GN8GOjTwYu0uEJmxzR1LeO+sVHrQfykIuh/YE7vedj99nlgLjwOfX6rX7E'
    'e3788WC80Pa79Ov2KhnT6L3e80uPQj6HB6D+03a5N16A+nc+GdxLdN6q81KI/w13VkHf/KT3bLxHn1dDdcY+/hQQK7vsxoBn66vA'
    '89rKGwP5oowu67RIfvTXQVNEdUSV1snoqB5tLvohfN/fAzbnju+nhaRNvkdd2zTdozlhloOIzpvSXTZjzD4Btl57vD5/n/HuVXxX'
    'wA8Pe89//5Fd21V3ec/d3/PafiHjyYkLMHmi2B7kZoDHrXvsZCad5O8gHxL9S8/0XG4pHdsR55cN8CGX5wF+tDDLi2azhy56znt+'
    '49Hw+4Hfl3zv0bM3Cnvu9sf19+aqjBfbncso6X2I9NCu3XCWH/P3cAPAoB7KXLXHv2vl89h7iu/S1d/06uwv/Ljv9Bvvp4Hw8vLd'
    '3Cd8WqBwrnd5zw8B/NZ+U30fN1uux6tf956XPmBX70bAIat/XH7bP5N2a8hOrod9NQ9w9Refd2uzlthM4lhpXPNl7Mx8Jl3oTknf'
    'LHjYXz8ej/6BH3nPp7/n6xvqFfXk835NnYaQOh9Zqa7D6Sib9b9qjx2N1QNwyxri8RmM1DMBpOsuNvJ+rSEIXfOT6//blIfTkPYv'
    '3NvAl6y3pI1ed8AHsvxbod/r9xTj2u+lvJxvBdoCbFwvedaNFjpviuCoWuH7RZvgkxtTPu32/cV2c/8vuC8a4fkA3GUbwYb3ynzB'
    'IQfbN5Ued60lLFpEMGd2JaMxboen1FlyezabsV4JeG4OtD8A8K6YZnLtjPkvayPX7ugon1x73OHXoJCL2+hGq9iZPRSelePFtn+2'
    'PAna8Se6EYVupIx7iOKZ5cxes1pjk7EF8Oc8YmdOy2Bb1O4VcyYhX6H6xu0l4+DME2L4f5jILWdDP1/eY3dv3AB35pNwT5wco60n'
    'HvTvINnW0cK/z3YDvfBTuNs3PmjXNvJF4nvFdsQ5wm89AvzVg48Wz+32h4r1piinLeTPvV9dNi2CfgJh/lWXoK3HM/ZyECo/ad1T'
    'zA8j/K62hJecRyEfNMxrLdBbl8A6LyXrLJkYm7bXA23xxL1+7uaWmG399F6/Tfl8+V49b9+f9vQZceDd+KNieRs/rxfusadx5irk'
    'DAWYP+XvMZu7Dfl7Fd3cAXTz4rSn57Cl62Qbx7fazW82G1+WyGNs5lVB5oXnWspGwnQYPO81XfcGYIlQnrMaYPXCrmI5UQuRt6K8'
    'RfIxNjBb8IRPb+vkvrtTnl2dLDd8X7HMCnU1pv1942mfp0E87XLOdn7Le/4Zxv1XKV+vdOseHzdbyccfBxwKZ/iS5+zq372reEwj'
    'ZEx/eNiXnbnwpbivbPEm4uEvw746PeXruo4DXvnCR4I41aaP62EtLoT78kYiI1XhwKUpD8dyvUNhXz3nyLczfeRsAnvKO9KzadoH'
    'lTvZ1KP6TTmm3wjP9zXOfnjp6+77gfpNId752aO+3oPLpTktxf2PMN8p2q6Owrr/0VLno1ofl33428eKz+GSr6v3382gy6e0eJNQ'
    'x0TfFuETgbr4A4GG4/5Kcfwb+oTab7gngp6P8jXXxTk1qRfHly0q3jnasy9yvP+5Ds+WhpLyOTwTJr7dFbB/qJyNysOWK2yBbPwQ'
    'KN84n9kWhZ1xF38Hl364jmAl3isiiEuORPpI4ytg6jNRAd9EhD3+VRl7+UsLnAuVP8JSGPe7yLvl8O588u5qeHcW4cM7mZ/E24lP'
    'wwvwbj0pP8bkAOuE71vbqbGv6zSwrzsC5ov9RpU/kIzpqGzxnOeDfELFayy1hDvKjuP4bXQq5LF0bx7yuC9TxzXg3777Y+/bSdRG'
    'FGImnn6O9+14xbebL/PlA/it5gy/TAPMD7/Vsm+HKvbKFsUaDLNvKJOn+2I5KUPXq56UHY4oy3kA03VoJjSGDf6xkWfSM7mGnA98'
    'd9ImPz4Fvvsd5K8+irxDHL8ccDva9WUN8AvyZwuZP8J8S5xWQf6mMt/lirIp4eZjhTSODZ5FX+pFClt9mzNdCWemyaGu5Ck4PpBj'
    'eqeDXN1EJ/bMdjd5fZ0lbOtLBFs5XlfYVj0VhC3C92RHvcUsgm9VeGxFCB5rs8BjB1jgsWYiYx8TQX9xLi/vF76frcr/FWG0MeW2'
    'B/k92UbghzGJvsJ0AzxHMveZpXzCFhHPH7Pe2l5tJlurgb1aW2ns0sJsSW3jcaUjaN85EftuDWszCm81w376FPB7VKeYFYm/1WT5'
    'W/HYAQ3AXyE+28G+LSF4Z4uFP8IO4etFqoU6VssO4j+D9NRag/wEMuY9x7VNmn27RBT7MuvyEMbhy03ucK7PjcNv89gBJvUrNPBZ'
    'HkJX6uZvKvtJeKyEx0p4rITHSnishMdKeKyEx0p4rITHSnismc1j6XKiVQBuRHyWA13QMriD+N7OwZ1ier6o/xO2aaM7RR7iOIs6'
    'Vnd7X+lxik3/v+wtXs8KQnuZrIeNXu3fNDRdG8Ji3F+bn0K5DJR9FvptFqX+pWDymexeAztRGFwO9fPVUU3UhH2sJf9dRyA7yzfv'
    'bxSCBiqKPSPuB9vYqC/catV0lTEOdPTFbaUMVOiv0W7ERr+0v0Ftf+kAunf4NTpPNGUJI34G8a6pHrfXmZcaL9UL7ps0Ab90ZqqS'
    'tVlj4tTp12FC/Ub2bbtXomjYFrh7Xe40KcdQ0RyVETTHcs0dF8feakVMue4KZh91wATaSVFfaps63Jc6Soa8IrG3SuytEl1AogtI'
    'dAGJLiDRBSS6gEQXkOgCEl1AogtIdAH7jL0V5c3rCE6rYrzimhC7qxy0SWX+7cLP46U6Izz2wZGK+keRstznvomcP1pnVUifyN/b'
    '3NFZUZynp1PY5UqUY9+eKr6ruR8gLTuY8vvqduhrA6nf61D/DFJ/m0P9E1LxzsvyVPQ9vjgVfY8vSPlnarPF+GeReldY1BNkTP2i'
    'OHYLlvk9nJOoNvtYvVcIfui2GNP/EV58hLi+nphLbZZQ58NS1dsM9R4i9baJaH/ZLqi3i9Sz2X+fJfhWd8ZuI20PW7T9QdL2sKbt'
    'a0QwJhAvM2YJS6zXp7hLeNsbSNtdFm2fpRh3LytzsgK2vMwJpMw2TZlVBnfiUsc7cSG5y3m/LQp+alQU55Om8x9V8Ds6fgFlrkg7'
    'qHKPmfKabeQuTwFtOofc5Xivx80xaStz1OUtTxMaokoEfY7rWb8dETbLs5gMh/ZVE9HXrBLoD1qAnlDJz5BPnqXYZ8gf0/IPhcho'
    'Tey1mxjtSuMSmLbDc1UcJMzzF9BzYppzcosojk9A4y1IWHwh58UkdhlDWD98HT6Y82TBpv2Uco79OT9fH8Z+wHgJW0vYzxk5P9dL'
    'jzDLt1mqvleUaR15P3MJLDexuluFPrZH1Dxp3h3ZzxuVfl5j1ZrZ7L1fkbZ6FHecTVvPkbb4/DnMxoQ6RznG5ng0ZFzdluP6Wgx4'
    '8TX+jGJcrxiOi7f1oRhz5G1trfTwrA0OMWkf99yGEsAQ2zo1xp7jba2uDOJOFd21Kus91wGNVoU6JSh7/QKIQ0TqnAl1VsKzI+u/'
    'L8hMJqHv06DvP1X4cYRczlqBXyNtDCl4Qfped7Z+Qtq4QqjzXEed9T2KcXRbjuPvLeDRq9lLXzYYx1jEOfx4hUeThcHD5l7F+V1D'
    '2t3E8M5W4ZZvu3D/K9rtLUG75yjgMGbQjioHHuVj1jrsFb5GRxiskcu9PFcxtjHD/YNtZMnY1md9/EHHciTgjZ0EXyB+aIfn8QxX'
    '/SZb2nYRD/0k/zxY+GWi2jsK6r8lglc2xZPtMI6/z3r6Q9rmCVDvfYz/LhX+/9QE9onwvhrWkfZ5NLR3neLOWcPWTzeXTSVuF8d7'
    'VtbXA9vcDw2wJ3jdl1ndQQ3+kXtvDmt3jMktx4S53Gmhor0+YZZvkuMm2V4Nae9MRh+EnZ92zfr9LlOa9nDd/iXjwx7LnMjKrtLg'
    'mh851MV+v5vx7d8mGp/I/r9E4MjhpzrbUTji1hK1t/f8Z/w47Vs0upoRJqMcyhTbGFIed8TwTpbtXBrS94gI5qQtnH9SpzfkzNKz'
    '8RaDfnawOsco5tjlMMdDSDtXMLwxaNAOjqc5pJ0Bi3aEYl5bHeb1m3Q0TP+V9f0iqaOCBdUhYZ1nQ+oMaOrsSftnZG02iJdsaYH7'
    '0r4ecwu7N/jZ+Eral2Xbrres/8mQ+gMG9W+E+i6yKVn/KjJX3Roh3bslpOwA48m6FDDsJGXo+l2gaFfF88iyp5GyYXxM4f5PB3W0'
    'nZq9r7JxXqlZm6gzMwj1D3Ksj2euKR3UpyNf8AZbx8qQsmOs7BspNVxMccq/pXyc4nreZDs/JfYCq6H+GYT2oPfg9w3K4h33nZCy'
    'nNZ4wKAstnsn5IgqtbymkIue6NVVZ0CW+Qgpo5JRyDLXp4I6x5fZuXgPKaO6zzEe/CzLPSLr9SjmMcbmcXFIGdz75yjGSOnvgp1+'
    'yszOgOK+gp0+aXtIY8NwJCmjklcWbKZImR6NfrdVsR6cT2kJKbOd2GtUh8gtZJmKkPGgTcmfFbptjudfE0HYd7Ex/1pRpo/f/0S3'
    'baqzKdD/irY5bv9HEZzrK6ydR4T+vOAaPiDs9hDC+g4RXA+OZ79A5m/KU8l6HyP1TGUtst4NZEwqvNwAPkjVIbxVA8xf1w7izStC'
    'yhwHZTpJGRXOlmUuDClzPJQ5k8DDlKcr3P+KtY3C1+gLMreEchm015hlycdRm0kbuYoqV21YDDYTm4mJ1uFPRrz2xDcw8Q1MfAMT'
    '38DENzDxDUx8AxPfwMQ3MPENTHwDE9/AxDdwZvsGutjaJ/bliX15Yl+e2Jcn9uWJfXliX57Ylyf25Yl9eWJfntiXJ/bliX15Yl+e'
    '2Jcn9uWJfXliX57Ylyf25Yl9eWJfntiXJ/bliX15Yl+e2Jcn9uWJfflMsy9PGdiXm9h+u+axaQFbWGoXV2chO6HxEgfJmefxEkfY'
    'N2oDNsr4Sm6PXAr7+qfYHDlOH2L3II1jyeW7iIvD4ljiPFcp2ukn7fE4lpsM+T+6b6PWitvCNxrW47QBtW1D2+/KxBZp0myRyu2X'
    'kviTJP4kiT9J4k+S+JMk/iSJP0niT5L4kyT+JIk/SeJPkvBwiT9JufxJME9EFvYy4rRqkPtVwRhp3qnLYuG/mY0NCzDtcNufZtiv'
    'WB7ksgYz+wby1uB6Eet3sKk8yESuw88cXetqsoaYM60TcIMg90U14Xmw3JtBthLVj8Rtv4P31wk/xsqV7B4bgD1UAXtouuyTjPkv'
    'a0XHaO4judZm20hfctzh16DYg/WErjXBPbifhsl+StY9uO6KNb827pqXct0LMtT8f5yb8tbz50Sekpzrfe9cJzRAcJ2zE0ADJLh0'
    'ZuDSNPmb0lApwh/1k7PZA+ucdeRDJ/JginL9vKYzJqvo8lPVT0XQ47VMLlRJdH+NBJ8if1xjIU/CPSCSPTBl9wA/v1lyfqPyYKL8'
    'BOvgvkmF6LjqDfm8qL6zoJMTojjfaA18r2K8n0zG+8Xn1TJ13g/XZayzKI95x+cK3+dxCStHz90coividVRyKYRZFelfwn4e2D0c'
    'SWRcYoLtImx0FfXQ9zzQW6+A/tffY697dLErizvOZx+3H2fWcpxoZ7JfTD3e1XuCOV2XC7Xu83kHvROeP9n+jTCn62E+VWK6/VIK'
    '+bncMdmKva8r8WSVoUvTXzp2C7ByZi/NhqyvKvfaz0ARUQ82TDWlhWL4ENPenZtFXiPsVznlNqWzfLyVXrb2eyH4q3LbpA3AbyN9'
    '2X+e97UB7C3w/cpb/fdnJXawJbODlfg70aFOjg6V5rqXd+yuxG50n7IbPUKxbhTm0k7rIEJHyXbexOjvKHoRbS5M6XXKU6jowMTW'
    'NbF1TWxdE1vXxNY1sXVNbF0TW9fE1jWxdU1sXWeurWvUd653qJ6megfZ1+iGqaNfKNAPfeXXI9iM55e9Ht5rc6BdKC1YNe6fD1zT'
    'OiiXIbqVuWS/FXTO4+r2+HekH2oc5SkJj5vwuAmPm/C4CY+b8LgJj5vwuAmPm/C4CY+7b/lzZuAMlSIeUQ5wrKx7LrlXCvNg98wd'
    'IWVPY2U/R+DEyw5H9HMr6eft8ByEZzcrewMpi2MYhWcPK7sDYCLfvQWeQ6zMlYAfVGVGFONvIP3QMZxG2giLKSXrnwf8TyPouekc'
    'tkfUp3bPqvlH9b2K3MunMXuQLexvbLeXtF+IAU7W4GRWtwt5SHK2cmzdTyZ0R47tmTczOkC+W5gNPunZyqL9rPBj76GNK+5/PCsI'
    'D9TRI99VCU/uN0BlSsjboL2y/LeWWCathfYWw98HieL4nbp8LNsZ/WiTr57SfqMMh2Gs2ZXE/iGsLPIPFGYniGJ7Blz3E6HeVZo+'
    '5yj67GU0dI9Bn9yHo4rIZsLWQa7TRwgtws/ECgU+7Gf7Hvc0zmmroiyejU52RjaTsl0Mr/SQsy7LbiQ4aFRzBgdIfw1wXmrZOHtZ'
    'nU4oewrBze9meHWE9TdM2mgAeWg9q0txlWps8pzN1uCQLayfAQa/UdbWfkS2MUz2Vo7BdoTJg3CNqH29PAfHKPYW0hKpiL2COIX6'
    'c3OfbVpf7s85sJ9TZG/b7uVSjKmR0eLUDzH/NiPpOR1Nh/T3fow35rKkOiZDpf1RGepads6pjLw5Yr46GMq1/GjKx9lhMLw15e0h'
    '3bpsgzlhWzVYV8MbZuCZndFcY0Vq/JHxW6i97y+kL09rfGPuvb+OiNp/AAPB/O8XGWvWYifu19FkTWfUmuK5vVZxbnMzeI0r4Bde'
    'qjI1/scij9ud45Oxxtfq19jUXzDqXF+drPk+teZ47i9TnPskXkIqJVbvDWPg+9nY/iJwchKjYuJhbkanhqyBDPdQMbP1G+1Mv9HG'
    'nBGtf81hH2us9SPBX107P1ejyZrOqDXFczuLndtqf0KhHQX49ojyurgnYXYDRwjfn4h+5/qz+cKPdYA8fpUojinJ5a22euXtbAw2'
    '58Hul6akYXl/WRUXFiP2R5ubLtdUOWftG99o/iXMVki1DxN6z2BPrIyzgFVnR5VI6L2JhznqpnD/9yn2f9YBJ86wtckYcK2hv7Q7'
    'bis6Hz3JmkypNcFz06iju9oLJ3an7v6rI2tb71BPdW4l7TN990im5Dg0Xeb42lHbZ/qf25m3JklM9Og1uj4eC2wVEz2KZwujU9LJ'
    'nVh0J5bzbKUN2LuETpl6a5ITfkxIfr5MbNVUsh5Z55dCHcfYZn0zM2u9s3HXO0oFVor9kAWZF+6NK2AdN1mc2xm+jvQObHXkwMPv'
    'wM9Hy8dszmjh7/x/3KI6k9PupwrYl85kJ2EkjTbMYaMx6xiYaZjsHO3b0+3+9yxRM8TF75i7/krW78v3es+PW8Z7TehpBS6Jtw0j'
    '6WnVnT1z5AIJnZysSfnXROK3yxke60looomTC3ze7L4shdygWL+RzuzLP4Qtt9V3z8Bg/wuetWRNJntNIu1KQsantCuJKB9mV1Iv'
    'in3W0CYkLN9opH4mU/j7KyqSvYrZD9Q71Aubz6fZfD4B9WqMbLKkpKGiEv/OzahbpqoA5r94vhAyfzX8ywN2pw3vfdR3rXZ6g4Hp'
    '5O6K3Td6/70x0g5zfiinWDn+WjjrH2EDnZ5dgE2bjtXU5RTV3n8OeGGy4gNYVMuIEv/GS/qLuP+SNZn0NcFzc4vi3MBdkMfFaViw'
    'bKRRQUVlCKxyU2aNovFsOj0hK2Xbhm3Pwa829dTfGxR07c3Jnkn2jMWeQbzTmdijToptZBXAH8/vhgT2kwJ7Lr9BuqiC8FGzGB9V'
    'Tey8MW/dctYu+uZ3EL0LbaOSlOe24jJeQRMpj/oZ23aaI/jDJtaWpOfnCrvYCth+HcMjcyN4Z4RjVDk+/hxblyxbF5P2KDxN4tTY'
    'jnUE2klDu3MT24VpY7vAbWaHYN2T9Zt+65cTfpzdSnIeeVyxeawcxbuHtvrl6kLKLW51jwccppdXxex21U1UK3A0xh67luz5Ss03'
    'jovTwo/FXkP+pnGLMK4Pvy94PmSUv2aY/JXHBnpBfmewwnIYN0j+9+78v5+HyEgzsD82JrYEavpr595jCvI/K9mohHU2Shoq12mO'
    'xqaEnoFl8Jzd6n9T2aCE2RNWE3xA41/eDs9nDvHbWUxoPHRR7CbnUZaR4TL3F8Ux8TBGHsbCw9h4UTksabxgGuPO1EayvwR65Bn2'
    '08gA7a6t0A1s0FQD4K7ThV2MU4wPx2PTHU6+Ycw5jNe9iHzDWH2DZK/mRHEsO4wLOFfxDducpehvVARzXb+gufdM6Grum03jL8Zt'
    'h5+dDypkHVVegbReJ5OdIuaNZUmabJEe2jo2cnNVATMuCsq9DBh4MzKyqrhglT29SWWo1yd7ItkTChmpSnbSyfBSEf3ooFebQb9I'
    'IXwp7Oh4fGOK1wt8y0/ya/ML/2xXKN6Hra/u3mlQ9F/N5D3yTrxYFOdmyhEZ3cWiOKZnG9x5lxL51KXQ12zhx7xui7gTVfmHo2hI'
    '5BNrNHzQTOd1IvkgEcwXkAf7tea6JTccU0lkDSr5s4ksksYGVsXkl5P6HSlnurds8kK1iuhcBr0aPmpQ+LG2uYwkrE2Uw3xV+LnS'
    'txjwYNgfz+/S69j/TYRHNO3fpZ8rhZ9Prp/BcIzwoC5tvwtwEM/T49LWybBvaVz5TsIru7R5JJn7Nraf8LnZsW2ZI34/URwjnu/N'
    'UQIblz5seSYKsz4yJppT5Py0B+tynGfk+TBf1YHkHeYH25/wjTKnW8E2cpd/n2H5q/f4fCa++/MTwRyWC3Z5z2cfd5Ov0hyDs9Je'
    '3opywgbzgB1J3mHeNZpzUL6Tz899vDjnoHzXcElxnrwDyTeZT08+P3abn2cM+1lyURDOv+wNwrn/vCCcV95a3G6aCAAx1+I/pDxZ'
    'rNx3W9mZGLHYx7bwN5GbzLe4azYz/DjI8FIveY85JueV6C6h7S6GdqPGPWo5XswnQOtyvMHrpInsZH3Kiz0fNU+UUbUSPE7/7pzE'
    'PRFWjurpCzRUystFSe+5TkaX9E6TuTwnvJwDdC4vTpOx/63wfMXLgR/mCD8Hlnyuhuc6eL4FcmNVIZ6FnD3XL/CeNyzwz8cC4efU'
    'Ohnqt0fk1mogthK03NFQ7jqSg2td1vyum+UADzrvdngeq5kHH58cl8QNCwndQfUdvRb4rJfcHTq6kNI2CwH2tN8rCG406Zfip0F2'
    'h20T6nyTOvsgFe8UlrfvMMH8VTqgSY0QyDQfoA2dEpV/c6XQ5988nNSn+URpmYNImWFNmXLnSU4R/QWVDXGfGxUseT0Jz6h6rjFl'
    'o2RQNnTnUnJG8N3xIpiL6FCiZ6kn60L1PJjDroetG+3vakd7h3LM+WzFnE9TzPlkxfhPcoDDKkWdsYg6mFOX1qF5r2jZAwAWtCzH'
    'hXMUZXpZmVpFGXnvqXDcZK7fRsX6XaxYv3eSd/cr1v4jK4Nrn2oPrv0KzdpTvEZp7LC119HlYWtP776otW8zWPs2g7VvK8Pa5yzX'
    'nuYaxJxaBzE7j2UgQ6gg7WVI/WXseQLMJc+iFnh7zO8VRgvkyJ3CcxkOEHjyfIDdFjYdwxpbjiYmnzXJuxYGj7VkTx/qIBs5wdDW'
    'xOV8I479b/JuTqv37g/k3Wx49xqxvWll69wKbf1aUebg1uIyL8IZpfRT2JhlnWel7IbgJZv5NlvQvIhfNpGn7P9rRNY6wnDEsELW'
    'oqOjZVufEV4gBJVcfUTRR9TYh0Nk81yWQPf8DsJ39ZI6UWdnVDHmBoDVfhZynkGDvngfp8MZpXh9WMOfjCrmhvzRgawuttVF8EzY'
    '2KLm2K/p+wCQXZuuKdW/RMGqUxTnSuV5KMPwSNYSj5jkjDY5m3vlm/A8TgRln0fCs53NQUXrq95JHcQ6B34szM7RtI0WWPOJnnMz'
    's9OKGqfO14baMo6KJAZYTLtdQcT2pbV5tFgbKoO2uYNLRYM0MrlMXJ4mZVm/wrJ+Yosesqdb94LVwRZ9fuSe5nhxDXm66GibSPku'
    'qL8W1vZS4fsTJes7MeubYjxXRYnO6xoNDTxiQXv+SkGLN1rYrZjQwbS9F9jfV4TYi8i9/7FaT95B+RVur9PP5LitCrjQ9670MO2z'
    '04JmfY3pOTfU+rq+MHp+oucyasGr4FyOyM/lRAUfY+JvYqrD7mRykQGNrnei+Zx/r/HP4A7W94BCxkbLjSr01NQugOvbO0swlyh4'
    '9yp4eznPe8k8/8TmZ7JntmjOJ9dvu86ZwjXOubwqP8+3w7sTmQ7yBNBBvm9BEJZczyrrHw+6zFVZM10rlsVno8J2kY9Bll1JdMim'
    '4z0Svu3UjJeOaTV5L2G0osbj6cq1F0q5B/4Vni8R/CTn8D/VHs8Z936j46fyHvp+QJj73g1qcDyXB3+/2tODUhsofnZ/p5Dx6eRk'
    'tvdFfwQOQ/+tLxE4T1X8Fjb+0epi2iOq/REH/f9E31knVnv6DtM7SrUfX46QwY5odFJ9qB+u9sZfyvNnQ1eGna3fV3lysCic3W5o'
    'q4NlaZ8nEnsfisOPZzh3DbOPeRv7vhpw8j/mB3HIBNypPRrc3ctksn87weMZ0pxjHM/7Jnk8HD4b8uM5RUTf1yZ7q8OCzmgn+8q0'
    'fdxrHTHpi3ZDOqXgl1/l6446J2EfI/5/PTcx4xiKGMczOR9f9lrcNfS+Nr0bByPoGX5HfjXn6UQoLu10uAe5f4OJjm6Txbzw/rs2'
    '59NOU5X2K/hQ5HycNdk0XsEmLxe8M13W2VWf2ZQrj8zDFBe8Wlne/qPujKcnqX+c/z2Vnq/ARNOsdExc9nRzpX+Wp7L8pKvS8zh3'
    'sUEoNU9zYqVnn2l7l4wq9iXn/cP6PajS5zsmg+ZvACOBFQYyFRv6fKJooqcr/HWbKBpf9nvfBPeLMprbKor3Szlog1cieMHRCs/W'
    'n9sf2dpZmeLYCyt8PDHZcv1VFb5fq8udrZPtFfj/ErbNx52r8P6eimdcju8XWX9PdU7AOfoO6a+LwbKT3R1dGnu8MPu4Xra2f5f1'
    'z+1k8CpyDB/Ilh93dEfAvTfr+9674A7T/X4qmWscnLEjBn1zuGKuLmOIwseNWd+msVR3UdR6vIL0f6Y0c+yOuG+fL3M/uD+/lZk8'
    '+9DPZrzYMJOp24qit8bIOnRo/BTXsnbf7tDPxRnf1rebna9XDM/FOzKe/eVE8ReFOAIZz76oHHxEIS5gxrdF5/7ipvqHvX4PBD4T'
    'JWf6ZdrvcyLsImSfT6T9vTSsuePHIvbS/Wl/XUc0a9VrIf/hcPkcaX91xHla53CePpj2ZLaTiVsK93/aj5t1yVMgV3+i2Gfksce8'
    '5/B94IO3x3s+8IzXxnlpPW7oNZSbvSXtx41w8X/Q3R/L0p6Nf7n5M9lXM+mLz39rCezTKLx+n4rve/F/U56sLMxGJGp/HmuhzzE5'
    'F4+kfD/AqL3E1/reVDwfmsD9n/JkCqWQw6nWdEzT704yj7g0uWxvQNGeK91b4P/JGtnsPVnn7Sk/3kpPBH+J8oa1pI6JbWXB/ifl'
    '+yKanOEBnY9Qys1nbZC1U5vy/SjD6KcGMJytjYARzvO/RHTZXuIP2FIGmwHZ9o9gHPL7b84EX5pePzaTfL4O8ZKeIGWfPtd7Zjb4'
    'MZjk88A+oP9DyvJ271WUPXGHuuzfKcr236gew2dCyvJ2/5KUfR3iT92tgcMHQsry2FXvIWUl8SWfs84L1m2As8jL3nyZumyvouxJ'
    '71WXfRcp2wtlbx1Uz+1MUvbqrd7zlDPVc1uvKIvrxssepyiLa8HLLidl2+/ynrt2wx4GGmbxA35ccCz7hUcgXvcudWy2+aRsFG1U'
    'T8py+mo+tDv3CbWPoKn/l0nc78RXhvlSfD6O/9d8Y/+vqLVpgDs48WnSx5Utp59emC9d2tLXJSxOjiqm7H4W+wRjBNjsqzc59HG/'
    'ZR+mfohRMc1KXR/XDv2ic+DHq/KVbiO+yJjbvE74OXMwx48sh3mG1rE21onivHN1IpgjCOvTekssfUUPBB/mUozVtM80OUvVxM95'
    'b6zw/L34xefD16KKwF2uxcFAi+5H+uL2PPQ5LOzjxqJvYrPw437QmDY0XtY2xTMsXpYqDjXODWN1LDiyOAYN7jWM30pjj9eSMlXj'
    'xWVkTqtSxKDhZ6LJsr0m8kzDXIcBjgPCJvdbJpXKzvB7aym/aezoi7rwAtYJfDN1HRW7b/TzORRsbOAM4lrzO4zfDUPkmwgpi7KB'
    'Qw3bpjg+E3KP0hgQywn+FBbjorGFMsLOVzkr/BjCeFbS5HtFiN9spebs7U/K8/Zc42McCs/Kcbvz7Zp/FduNk3+V1u2EdaoEHF9M'
    'E6f36R8907p8sw75Zop+Yf7fmTLv4wJf/GHvWbHTu2OqhD6XHT93NP8kPRNLGS0UdqdPxBzvvmnmzxFlLrfumZw5VkzAHFE29Odv'
    'To05T8S6ZkHG9cPHp9YcMZ4T1WtsZ/Q1z0VB5eM87qBrTJscG5+OZlDJAMJiFyM/YxrruGBzITwfLqyThX9hNBbydcuAV+I0hCkt'
    'l54C/aj4/eXCPa8I5Zkwl282gh9usrxT99fsFxqflO5v131K81qJRP6o5OMOPkfcDKYQrQAmm/y+B5vQWqpc0RR31IvinNGqPM48'
    'f3SUDiFszZNcZqpcZtca5TJLG+Qymw86YHrXbkjOXdEa7Nwo4vxC5SNcdtxCbAGywi5XBsrstopgPPSCDD4VLMPzDjen/JhqaEfd'
    'S+wG+DfU/WdJ27QezVv8htCXQX+j/yeCfVwO3/5N6PMsv6z4hmP7Z0WbY/Dtx2RMXcwmA2HylAjmVMY55clO8d0EdyW4K8FdRTRs'
    'cwiNmYY1UtEVNYyuEGfk1/Zz3n93tOf/uz1aLpRGmaOi/cYStF+h4KmuIHqjesBLGDMym+xFTLF8lmILlUqF3mFC38r79YsKfboQ'
    '5vHxMfb+AvJuIejFWsi7b+KdSt6taQ3a4qCMvE/4eUVoTg1bXVuyH6fPfmy2XNfLmTyiJ1lTvqYdk72mcWOrq+6XywEP1Dms+1T6'
    'WaiXMna05nhG0pp6PZT+N+7wawhZ98mQ22EblQ5t69qsVuxD07vyOnjWieKcopXMxmaQ0I5ULs5zlvQ6ykhpDsm4OWCpzW9U3m60'
    '+a0W+hyJmEuW2/2ocmFjjuZ6YZ7bmtsVbRd6X/ZS5rWWbd2Zb+xaUbrcrDw2omovdQr3/KJx9gbO+c0he2OE+Uoco9gb/8HKLIPx'
    'mfpjbdH4fWB7+wk//+kWYZZHiJ9LbPtVNneah3h52lP2u+ay5X43U3Gt32ax1scTuJv4gE3k+v/acf0HQ9b/rnzdT4qJzUNtgh96'
    'J2nP4N1xNsHf3M9/TOFfSP1RTGI1HSfMckip9ovp3HBcC4Gf5HeRq38izefB9xnfX/PydT4k4uezN43bMqgpu4XIrieTJllviCdM'
    '8tHL9toV9gn0nm+AvuoZ3TIk1H6QvRb0C497VK/Y/51CnQOZ7pGP5P/dBLBGG/S4OcSxrGz/IuGWS/xU+Bbl98j9+U/L+ncJ7p11'
    'FnFsV7FYTWdk/XVsFsFYAlGx+s8k8ZUbABdg7ImjLOIDqPKUu9ChcfKi28rXdPyScOSXWohggeeC6yQyQaQbc6I4dzH6Jq8gcsYX'
    'hJ/7O0feIW5AP8N61k+rQodG68wTwTyhTeTdMmJXxfOEqnIIU32BDbzOdbTzmcw87vPFXsexAhwU4xFhMgzbvmqIQIvy/2ir4SKD'
    '1O39Kse9T+3lVomJy4OIe7Vc5al/VNw5ISwr4V+YjR23G5Rn5cMa2/zzyJkXxJfGBiZrhF2+zQaFDaFN7kr0lWiBezDMH2OpwT1S'
    '43gOZP9HKXwyKI57F6GVFrMxHsF8D0xhoLIhXCP0Pp+6vUn3SYXw84JG2QPanmscb4rMfZHG3tdEbpqOsB/OWOLISuYzsqhEMvxU'
    'CeBmsmdVZ2q55Z63tbvGdaD3GfpAFt1n6PjRpteV0PPcpPD/oW3reKQUsUNtnsS1Q92wqd1wU4RNdpMhvZkDWsx2vPa+klLLNnOd'
    'JYEwa3TQGRopD1W/DCxMh4lyEc76ySRO2sWW+/NS5CPSEB+UtZER0T7Yh6U92wf0IVbFxbqSyBpMckCp4rfu9UcmcQHL4ZOt8sf+'
    'TcrcH/ullDeORB+v1MdnRYxfR8zjZnsXyPUcSnnyDEpLLlfcrTZtvgti5Jng6AZNGzJe2SrShursbFK8N4k5S3n/Ngv6QZVzMUzm'
    '3M3O9pyUF4tZBUM8j6pvujvTth05htcAT7UAHlHx+3WJX0qYnW85bW6s1r8Z1vQaQhPVEPt4Kj/eRO4OjH00T3OuVLJ3k/i9st3T'
    'hJ8Hhsfl5ffYds2ZisoLytuOGtNhRF7bSeCgyrPI9ZtcFzqHwJbjoV6FDrFHBOPtxpHDhvlnVsag5S+Gbw0K3lvWnQP0VFi8pSzb'
    's7r6sr/LCO+DczgL2q4Wvn8i3kXXKGywkcabLB7INH6Gim9dyujQsPql4PNcZRul8nmsI/zbcYb2AVH37LAI5hvj4zTZ+2ss4TEY'
    'Ybcl9WUXiPjxh6NwYpeh3YFpHN5yw80kd0ePUMdsH9TgPtxjKeiT6hcKzaZ2Kr07ckSm089s0fE5rJFBvtuAp1pCbN63aZ7LiX1B'
    'DbzrYHhgFqHd5hAdFuJFpDGHiH4M6QCuh7pdAcP/Dyys2oc='
)
