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
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 25011, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 26053, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 26149, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 26863, 998, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?', 2, 34, 27861, 856, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 28717, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 29258, 999, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 30257, 529, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 30786, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?\\s+(?:de\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 30813, 3035, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 33848, 3220, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 37068, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 37289, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 37315, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 37908, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 38148, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 38179, 77, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?\\)?)?', 2, 34, 38256, 1566, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 39822, 946, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 40768, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 40995, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 41093, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 41272, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 41353, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 41374, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 41612, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 41866, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 42056, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 42294, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 42322, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 42502, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 42694, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 42900, 32, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 42932, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 43248, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 43469, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 43962, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 44286, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 44492, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 44520, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 44540, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 44572, 162, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 44734, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 44940, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 45226, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 45422, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 45476, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 45500, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 45524, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 45567, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 45861, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 45879, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 45896, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 45925, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright', 2, 34, 46049, 53, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 46102, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 46309, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 46579, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 46683, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 46699, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 46715, 44, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 46759, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 46860, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 46885, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 47734, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 47842, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 47856, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 47884, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 47945, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 48057, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 48184, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 48305, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 48579, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 48713, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 48850, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 48878, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>[^-|–—:·•»]{2,60})$', 0, 32, 48894, 236, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|creado|edited|issued|posted|publié|update|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 49130, 3039, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 52169, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 52389, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 52410, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 52468, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 52484, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 52500, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 52599, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）)\\s*', 0, 32, 52654, 43, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 52697, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 52920, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 53098, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 53155, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 53212, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 53269, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 53326, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 53366, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 53506, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 53536, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 53637, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 53661, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 54171, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 54195, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 54219, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 54627, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 54768, 21, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 54789, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 55633, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 55824, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 56070, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 56148, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 56259, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 56301, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 57014, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 57092, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 57149, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 57181, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 57333, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l+/WaXrJ0gyF0CIEOZOkAgRASaCAKyr4vgZDe0g3pdDdtd0IiQlBQNDgwIo6O/i4jzggGZNFhEceAQnBGVBBE'
    '/99RGOAfcWYc+WHccKb/V++ek3veeVX3VtV9r7fcy9dU3r21nqo6dc6ps8wQQqSF98h0LPs0ZdMOeJfI/jXAvzPwV5/9O/gpL00/'
    'LURdNn234tt3f+J9O4l8O/U8Lz3jXO/bcYpvt1zhfTuKfKs6088jvy0h36rZt0PgWyuMQ6abhfftQPJtiH1rlnWRcrLOpSQP/pZ5'
    'a0neoZC8SYBfA8BTtlMJ7yS8awH2Fdm/GgL3RiiTJGUS8JuWqWJzlbJoQ8KiDPq7Cvq7hrw7aaP3biV597se792R5N3Pn/DeyTHP'
    'ADj0kTZFQJ9luZbs3zwCtzSMQZCxJEPGXkZ+yzzlpD6eN8HmxhReDaRvJn1qgH7JPbWAwb3Ool05jnLYMw0OZW/8Vv54G6FPF5J8'
    'pvXhPsHfFNarIH1um329DVCPDWwzRYKt7K8rbCueKYQtwvcU4QaHCoJvVXhsWQAea7XAYwdY4LFG6L/8Nkr2uEyHIU8l6VcfzGeV'
    'Ag9WEhhtSLitwXI2D60EflXQj69Ayvs9AmkX9K2a5Okl48e8LrhCvr8M+pLKvQx7konp/OQA0yoiPOnQHDbrx+Q8letzVsi6W8Xq'
    'DMNbjbCePp39uxLKdcA3mf/QgnWT3KcfOr//MzaWUc/83mw7XFZWgux1irPaCD7bzr4tIngHcUUPzB+eh++F9HrAcViPLL8fwTm0'
    'PM1TT+ip1en8uk9Me+kH5/p1r0oX4tpqzbpdRNZjFLy72BJ3lwNNlICxUf5jAcB7PuM7KqGtTW1e+j5Ib2/LP3fku9d6oF+9avpb'
    'fvsJlP8PSO+D9Bwo8xbsffnuUeAvmvqDy74O6ZuQ3sN+3wd9/WfgQ3J08xVe+laXT+tnYM7k+69B2V9D+p02/z0f9z/Dt8fbCsed'
    'gvX0D9m/Cwgda9PWHMCFvK0mRg82kDXaBfn62nx6rVFBDyCNXKmgg2T5j7fl0w3y3Xug7os/5aVr2/LPflwzF0G+6yC9BMaDfByW'
    'lekVbcFl+L6qAxx+LKPFBiHdyvb1MPvdDe23wO9OSLeR980AHwHwTxL41JA5pOX7WT96GZ2jW8d8jLUED86Gco9A/m9D+uc2f45k'
    '2o17icHwIgJjWec7AAfKd7NhH7SO5teFbT2tWJOqeeJtJMl6mqGQdUjYnaiRcWzq9NIfdvm4mH9LXFO4Dz/YlV9Oxf/jfFax+Uyy'
    'tXsL4J63rstvj/blved46a/6C/uCspH336rHCYPZxhcq8tN+lrN+plk//2adlx4DcPnP7YV0dQfbI0MaPCDfvSfh7RXEJXRezoM2'
    'BMiJmhTfdt5RCCcOCxWcKhVwyohgWFQwHkM3zlkW8KJ5jmZ5OB+l61sTyFSEgi/CcZd90kvf3lkIr/vv8NIdOxVnbC/AbasaLyKO'
    '/ynwqhRXYR3Jj/rt8Pr/ZqffPxVOaoD9TNfg2zCWswFuyy8uhOmK0fw8X+4srB/PhruAHim35C1kvV8410t7YG++/xIv/afz7Okk'
    '2ZcPSRmOQ18aoD+4N6isRlzh7xUcewOru4LxMbWs7kY2p/cB7fU2zOnBim/rd/iyh4nYMzPZGNMBY7SB8ywGC75H6gP2XWXAvqN9'
    'ny2Cz7Uycq5dQM41Wd8dbP7XfsxL99ySfz7hOSS//Wl9fpl7YV8O7cw/R4JoFE5nPgm49jNneekTIPdPwbpYQPOenZ/3OyxvM8n7'
    'A6ADrwTY/voGqKMzX2Yv330F8t7N8n7hFv2Z1JQd0LmOe7CcwYD39UdAM6zaVggD3leel8LgDMA3C2Buf3sx8JAbC2GAeXfd4qXD'
    'O/Lzqs5AU7kXlwfvP+Z9l/U+CXRqhtCUT3wE6L2h/DXyCqR9N3vpZbAOynb4PB7yaDm6geA80zpo23VAy89j6y+oDhX/g3wL7R/n'
    'X3ZDu7/4XCE9rOv7azvVY5gD+G4VtHdjr3psOKd1RPaZK3dm/j74+KVwZkA7710P6wnu2M4X7nuhiu2FbcNeevi56jW7QJF34bnq'
    'NUv3Au1z2F7geYP2QnUR90IQf4J48wB2riyH9FhReHYcAWkbq18li1S9QxjO0XyvB3rOVNapkv/zsZaTM+sqMi8I32R7sEyPynLD'
    '1h7yeLWM3uhj/PII+U1lH3hnQHn51wkvT+VzV+J8EdnfSMQ7YVxHNvK6BiLfrIXvsy3gy2nRg7IvrnPc+0lH+J9bZPgfD3g4LP9m'
    'Rp/2EvlNHcg+DzOop5+lowZy4hE2zg7yPqw9hOOAUPP9tutN1nEnzAPKvCltN5n2U1lEefYq9k3+ezX0dxGTn7vwchKGZzvsn2LA'
    'it/dB63BBJNNmsytbf0u69DkHLlukp4jhxUJ7+AZjW2H1dfF+jOqkEdP9XPpO0nv3mY8z6VrizSfV5VoPs+fIucT7gv5botB+W52'
    'jzKo2Be9mv7RuTWBc5Tzk56RXM/u5IAzsMfhDKQ6QfQeCXWCmllbg5q1M2Jxl71NcU9tMn8dmnOb8gs/TPg6Sa1MjjKd8W6miPSL'
    'TR3FpnOuyL5oTPhzSu9KFirgS+E0orgHjTJ3QetY9vV/w9ixfFD+sD0xSObeZB/wPae6Fx5SrBvXPsrxfk7ycawPG5keYIvlfqZl'
    'TOYVz89mDe4b1cBmOGR8KKOoAzjOVOB/W7pW1nUOrNuw+e/T9N92HLwPFJ9sIvxnA6t3iM3JEvZ9I8M9KHcMmuOo/eR3logT6L3B'
    'PHJvQPHIGdm/0yLIGrE/GUJjRDln6RlQzDPUVcZowhvhvRDFxYLdW3crdFdQXj+L0GsmOJLWh/vuaqjvfpjrsD18CFnPNrBYQWSg'
    'VBZ6O6ElNmpoVdU4cJ98EPYJwiFsvWxiaU9IGeQDKjXwuwbydMDdPq170GAcQwbty/uT/Rke62Bz36s5k3Ww42VRn+gdhFY12Xuc'
    'dg0rg7zFbHIG8POoL0Q/a5Tp1nP+OAyPyfcvM3nIz6HMTE+3N5UuK9/7ZMrLK/DfleVV1eU1tTPwqaufMUFPg/xfYylqzgHmD2Nj'
    'idz//UeIHTtkerf3XHDBV3Pp84uWH3zmYUvO+c1Z517wjbvvXgSf/3T7TXePGTyPXv/t1oRI/zb7z+tl1YP7+RjFa+t/vHbuPv+F'
    'u8kjZ27HWLEe2WL7L4O/e89u3ddm/HV3wfPrb9NfY2Jsd/ZP/v+CMTlOkfvvpex/v839P/t8+823oeaxsd8XtJcRxXo2KN7l2m8x'
    'KFxh0oIKhv49HL+faia6HnimVJA8qNuMNjAuMsuFAbqH5eQMfoCdyfOYPKaHpJR2HVHYB5ni1NcZnrwhoN2OErbbBXeanG5S0eij'
    'CrqN5zc5F3T0uCnN1sHsno6AM43C4mUDGsemvxsZfTas4XtN+M43A+6HXOXyj2UrOSXpJnetDFh3OduzpD4P0meVJM8WTT2ywYwi'
    'j/z2x0S+PUcYDIdZ3a87lsf2f5bw+Yqw/We6xnJy8YB6eyLUe0/CxxdbxhFf3BrQ7nAJ272atFusemlfdWv/vISPH/unKH48KDH1'
    'cfwb2b+5Fn01wf26NSzbewF4F1vYBNW5W8ELcVi9HnCvQ/HVPcLzC0DrGLS4AzKVj9Jxcf6s3+HsG1TIMji/XQewnjeO7aKc8aJx'
    'bhfHK/XJjtHcEen2k4kchI5vvOdysEj6Lzb6flyPHNfSex3vDfcvAY3I9/Iyx3betGxndhHxD787dKFjXO61gmSs1UROnQHZNeXr'
    'ZmvWfofm3mezZj4RBgthDKZyuB7L+qmfm7C8Kh5CdzepgnOOtgu4D+o3vDNbFVD/ViJXNp2DDtK+yd2fy7jPIf2ybS8Ip9IxufTr'
    'cLj/dV1f4wG7MBtPuh8fhTbQ7hJtf8rgTkfsEuJLL7rZ/wimp912r5fetse/x0I7pUee89KaH4NNx1NenrVEJ73lcdDl36Ou71iS'
    '94Bdfj2qvEtJ3mugvqOeVeel+vbX3g8+vaAv6T35/UUZWi7vD8Ae+CGw2X3AS+98wksffq7QXusb0IeXnsiv11Ue0QSyGC5jaIa1'
    'QXX7sA+Hw9wvEb6vqBlsDbYT3UZaRznJj3ettNxSw3JLWZ9Tws4vAz2fRtLeOrLR/5gqsHGBR1s2wzPTHB4JgzGVAuelQ3DeFQY4'
    '70ILnHeaBc5rt8B5K0jeZsBF33hCnfcwC/x4IMkrfSXKdOU31fVSW1fxoDqPLe4sc9wzXVkE1JGy2zMdjA+y8301vT1h5QBzg+cu'
    'zunyLGGWxeac/DgrdzX8uwZotX6YvzLvnnrKPCnzJ23ng2ost5RL4YPK5R65LsL8412nXJBriM4czWfjp1SupzPJO6rvLO7N96WV'
    'szneDT5iv+f70qom+WX6kCbvPFLPbMCpux4p9AXyq2fg255C+/sEnBmP7y60oXwYzqdnv+fm9w9hagM/m/NZjvF6KJ8SpfRHOL2R'
    '8l5BfN6zQzg/LXqbIlFE+qxRuPke0NFoWw1otAELGq3Lgka72IJGO8OCRjvJgkY7xoGHPcyADptvQfvNMaD9qL06xVGqMUWxJ6hn'
    'OIPa0GVfBtIwUXn1iinIq1cKex+KgTBO5obQUgwYx3S5wRkQAu/AJ1lcutzkniGlkGv+leW++xBZ4w0EVyRFdF8T/I4tzEeEDV01'
    'sr74Pn6tfH332sH5QIW8hPoEacV6x/LpBZU8p4rt43Jin5XzXTeWz/fb0glIW9A1eIIlLauiN77N/EvOEr4PnK/Ct6cg/TrxQaq6'
    'C5C+JhOitP6J4n1XuO7X3j+x++75p/atfSftME6NuO9+/iMv/cM9viwS6ag74dv3gS7/+dd9OhRpzBGghU9H+nZXPq9NZZELNG1O'
    'hj36iuUenUvyUf9569j95NmAyy4n6/Ryx7lX4bp1ZJ80wr+7ATa1pI2WTXtJjXaV2vwMBZ1LcQ7uh6uYvRXtD97tJpgdzwaiuzuk'
    'sfW5SPi24b0GOiYbhR9TqFqo/Sh3inw/kceTfnQyfQXMswL6EXYPvYX1/1ACow5hbhOL42gieh8jhuVU8N8o1GdfCtqYqcB59XCG'
    'B61J7tOzLGBNXh6Bnt2RfXFEwg7vr2O4bYYwtwPH+UslimP7/4aw9zvwqiiNv4Asag612aV7sd8iL7bxDbL/NoaM826yR0x0oPuJ'
    'Xoos/9eAS6PMEdXV/lCR6kO7v2Gik7ky7aXHsHgMx0M8hg+QeAzLIW87pG2QHg3pCkjXpPPrXpH2/begzvHakPYOJTL9k+DbjXO9'
    '9CaSR1ce43zhmXAc+Er+4dnet+Xk26fBd+iBW315mE62v4DQCSMgp/oDyMF2Q579Sfn/udBLTxn2vs0k3+ZclP+thtwzyHJ17O5B'
    '5lfRIbZnNcVj8p7jdGGPxyhdni4CXUzn8hpIX3SQO5v0KQq8dLRalfD9dQ0JN/t+EXKeZwzxQK/GJmOU0RCShj6Afes0oCmof5+w'
    'vnSG6FVi/1T2Uyr9X4zdldHgbuqjn+vxb9XQG9RPz4yM58OAnyFYPgw23O4lyF8GtbNeLdR+pt8hzH2jRFkLElcebDC+8VonKFcx'
    'Pec72VxfI/S+r+8o92h9pMX2pT2XCVh347Hmc7xLuRuO5Dq4YTrC3OcS9dl0mMImZzKsfQqnBXDvpvJfsSVER3lA875LBPtNo/YL'
    'Kl83OR8qZZ7fE1cfNiZwVvlFG9Lo7I8o4FXKOVLZZKpsc6rZ2sOYIfMs8Br3DTiksTfpDrBDwftb5N2uZnPeYcFXcZ9X9LxV+Q9S'
    'xTuh8LtKBPseGrDsY9icIw80K7uGf+iIg6i/Fde+0HWBsV/miEJbTRv7Q46L0aamUdj7vBpm8zxT+L65bOzpdLikTpjZv5rCsN6Q'
    'djxIgRO3CLUfqCBev0OoY5TZ4IeGSXr2hNnKvzPt6Vu64P9GNk8q33o6+i9o3XZozgQeKwfh3QR7g/ZtluYsNMGLmy1wp8ovIsbD'
    'Qf3D+axvc4S5b7dei75QvEr70iR8/3I62iGq38YHUx5+ccHBVIaOcZ7ofdGhTCbHcQ6tg589XJ5H19B+DE77kzKmMt1NDEerztAt'
    'ATT8OwJwDO3bXJEfT7FPQytTvrpe2PtBU8HpAHi3KjvH3494zvJxzWN3PSb3Fz1MBrCKwCWIh0B74iUGZ58pTTeqOSuC+mFad69i'
    'Lg7UrJc+RT8aIM0o5OV8f/RDWy1CbeNvgrtpvwZJe2H95WOcz8ZwkPB9ZEalfZpLRJvR/i+AdwPZl99x2C8m93AUptsUuK9B+DHu'
    'Khke1dlSq3jMIFvqhWyeDoH2ThF2drk2+0G3lqLSnTaxsk39s/B7utWAq6LKPia7rIOukUPh3Vez5T7gSGe2hvQlI/L9wNrSmZy3'
    '2V/4tv6bhToOugkeN/EPsYjRsfuzsR+mOaNs703pPj28xPRgEM+0KOH13YWG4PLMMB9bmyPgBVNedTGsv7kG53GYrwiTdas6w0zx'
    'QNjZSNflEnj3LZJPxYeb0iLFGDuF+1KAu+u4TWjMMJ6nkdCttrJ2Du9lTJbfymT5Kh/YHB/Q75zuPQ30llz2XZS26Zy1MXmBTsZI'
    'eSgTenG5UMekn8dgqIrlaxIHsJLcB/dGuA+eSjQsj7FVbF7J9PzgNEa/5h74jylPjy7KPVR3wLliMlZTmndzgGyVrsfvpjw8HIV/'
    '0Plb53NpGjtEFZ+A9vmvsn2+ZBLPgyuv0R1x7rsU69eUbuc82PFZGM9MTI77Dq6rO2QxPnrXVwp8Rn2EDYXwZlyPhI6Rxrs1uTPp'
    'MFxnYfQBlcVwfcBtFvjZpk9B/uuovuuxGnywUQTHLRiw5DPCZKOqGESDDI+MKnRYw2B/DOhlq+IQbTS8W3LhDzm9bIqvNlnSmxl4'
    'd3j25T8QHM7l8ZQ3rWM0TYXB2qR2qDzGtk5+TdcipXX4WuqykCEFyeCr2Th5zPQaBa+F9994x9PMypjo82/WyIL4/U0dgV+9Zr9v'
    'Fvnxy0rF+9rGT5wPMmudvoOpLC1qbOEGRqdszpZ7THM22J49YXmGHPleG5/SNnx4h2b9bVfAke6LNsX9rynNO2xxv+NyNvA4oV1s'
    'D81kMq+JjKNXjFjH/KzTxRRFHRmp4/U1A5zr2je8c88Qme1wiLxOxReG+XvePInwmy2sOE6azeZ2o2ZuN7N8UXS+NpIz2pUXGtLw'
    'J10K/UYT/GBKt3C5TILIZdZGlMsgnXuX8OMXlkEfnzvYt7erJGcwxTOLhO8Daq5m7Q6x+zoTOWQvg+mIRmbVQNbYdrgzRf6MtnEX'
    'pHJMlN+xtctIh9hloA+dC0sMCxf7WV3847uIXgmf+2qDued8U2OJ4KrbD0myH26NuB909lQzhN4Oi8LyzQuj+cuN7BNsej0IRti1'
    'Tk86LIOcrycS3t0K+iBQ+YDga6IyYE2ofECUE/l8zrfomE9LyH+72HJ9IuHpHbisee4rlo+hMmDsfM83iXy7duQ7qN+Aj4MvkYG2'
    'fH68kdk1YJsvd4L+xiWF/dn5EUjb9Dr+ZyQ8v3y8/7QvtB4bnFXN9mw5WTuIK4Ww979VqbA1kPX1nePz7C74VZXPxcZRZYP+1732'
    'dejgVznmny22faP7QtpjP+SwL0o1t9R2Iio+qbVcU9UKGU3ON12Xl37mrHx5S3xWRTirdoSfN9pnh9lZ1UR4KLpOZDoIeO1OSF9u'
    '8/005fwUQtoL6SVtZv5b5Lo8NyJthfLG867w0jPOhfQsOBeuL4x38JUNYDe/RZ23meTdcFZwXqrv95stwX2IQr8F+clZnM30aQc4'
    'qnxVJTXnuKuvKuqbPPYRp6djSuWrKiPsfVVhXAp69t0O8g6XvcppsEyfl173Pq/u48i3/a7y0u5rvW9HkW/lsK/eB9+WKL6t/5T3'
    '7RDCY74XzsSld3jpMzu9PAeQPD+Hb6O3Qz0fLfTXz+u5aF0hP8vrwTyclizW3l8COog5/2m3eukvLszX3SkX+bHKdbRIzZgfD9ll'
    'T7zW66XVQA+/tRH6e4n5eXBpkekr3FfrHOkrzsNzvyf7kW+3gd+T7z/s0z24LqSvNJl+CnwOr3mhEI9+FnyZf+r7xTsv1pC1g2vm'
    '+ZQn40P4qPhSPs7KgHFGibu3xoFPQP2LWYDzEgT/udD1t6U8HM3HLdO54NP5v3bZj0vWvS3l2fJSP1fpEFgvC4B1q8GaovFIgsZT'
    'R+4ZVOuP0jbXQj/+/SG1r2zXeCTFWAOuvvnoGqjLztPzFrJD6ku6ku29KDRIqepV8dhLHXD8Msu5iuONBMcbSUyjeCN0Px2XlKFw'
    '4v20L8dkezT7Yk3Cg2E3wC/tINOZeH/0qeL7o28v4eVDwFNvSVvb4nz010FjnaD/UV2skzIolxSFMTHwnu464fs2o7YHNLaJSr8Q'
    '8wyQPD0KXaI6eD9DFPqnCrpLRd+3Or26UaH3+RR2V38i0bOxtYlBmQ3Sk/Mc63HVC6G+BVR2tQNC7b9piMmQmoBPt8VDlL7mNG8l'
    'WUvdxDaCtusal/P9wvMdqTofDnOgt3YB3V0PsWBefcSufN1jbvZJnbbysHt9X58ucENfAuUO+OmBhW53TbPgr0oUxmdKhuAs25jE'
    'f0zY9fFKRqtM7fOzuIfxXsC4xlkMC7RY5DiMqvuKBR/z0rfPBB+213vpX97qra1BysPfkp/3V++HcxnydhNch/XOgTuHy6mc4Ra/'
    'PMZk3etzl7V/FvnG2zuVfJsPstw/rvPPLP6t9jLftwh+++I6iJXV5307knx7nX1bTO8wz8wf30LFNxzfPEV78/sKYwi+zr7RGILP'
    'wp3O0ecWysFegW//fXN0eV2U/T3NrjxT7N6y3m2PJyPdidrMHfexT2XvzUz2HuP1ELzuTVtL0efc4HMUXnck2/s74zN+nz7j+R1K'
    'D9yH3TZQeB596Kz8b/Q8OmF7/jd6Hv0J7iDTCv01/HbBh6Ldy8TnkeI8EiU8j0R8HsXnUXHPox9lX/wgPo/26fMozXjOD/dAjLft'
    '6vNpLcm7uDe/DM97LMl7H+R5+w513qUk782bQadwgzrvgoD+8jOzOaC/PG+tor/rd6jzut5lx+dmfG7GuHJqn5s6mW6ZQqb7/xJF'
    'jNFtdIQkRfzQZzfd/+3FXBNxTHWDO2y4+nEjhxJFp3e4rqYA/bjWhwt55d8+6eeJIrtV8f14fy1173i7Iw/4+nNRePR4fRqtz3bn'
    'MyiZLOr6dKIRktOWOEwVQZVF8bRb0YZ4X3WCcLMlqdHQjbZ3/H8G/YRPPGVpA0NwSSlpnZjGmcinvaQ0js5uor4tut1ETkd9S369'
    'aEMj7WToeas6R6lcgd8DUx6e3wOXfRLK7SyUu98PMoodOwvl7lTewOXuXwa78fNuKzzTl1/spTMui36m6+ajoc3Xb3c5e3Q2REF+'
    'Lx4Wk8vWGek7Hgt4gSiMBUznnMcapnPOYw3TOV/b7aVXX1E45wf05H+LfXNMLXvnQ4Ufc4P65qDrFdeNXCN8P5fC70aYfZzLXozl'
    'VNNTj6yMnFkou9f5gFhDvt3LcNrR5NtPzvPSs3sL7dD+6UqgCzp9nV6uH/bUJ30/lWjHgDL2M+D8Oq2zUHZP282d2235Y6tV3Alg'
    'niAfMjEejoyHD46Ah0PLFks2PyuWzU972byOTnU5E7lefqsCv1YyfXhuK3KNCLc5GSR5MLbhAKtno9DbpWC8kcsVbfH+nC/M/CR3'
    's3LvEr7NC34z8em9UujtcZaT/lL/vzQuSasojc2MKlajyv8hjwvdIdTnh+QVDiN0GNKJpbSZrRH5dnloU6WzBaQ+O1Tre1GR9lxZ'
    'CfZcM+DoBODxWijP7RCj+KVY5khjVQq1z2lc52cKs7imPJ5oO9lzm4RZTAFZ7gjgdVVxR/qFnf9v6oPWJd4S0mV0n24R+b6u0S/Q'
    'UUJPm5VqrVI5hotdkapv68i/G+Bu6aVd6ryXR7iDlmVnK+6SbNY82ry99Zhvs7FY8S3K/Voa6jn/J4Wyk/Mf9f1GcNnJxS/4Y9P5'
    '3ZX+ZfcXbvZgdHw5ufoDanvvIJ67mqyfUx3Xj4n/pqB83DZvk9D779bFQOL4h69VLOe6Vm/JZviMKIzLxc9Ym/iKNud4nwiPrcr9'
    'vqMP/yWi0He/SSwSWpbHWTKN82viy5vH5A7r27AojBWnig0RFCegT3NG6OJH/U4UxnMJWov9jn2Rc/pGKj8uEe2HKp6iis4bjtAP'
    'Pid8rP0BbZrElTTdI3x+NwuzuPZYBm2RVfF6eRyDTcI8hvgwm6+bsvN1hTCP8drjuC9oHzojwlgXP0i3/rcKfex3+p7vpw5D+JrG'
    'velhsD8kC/szhFtcM5dzxnaN9IjCuChR5o3PV59lnyTMfpY9NN4XMt/DQh+LpFTjaQLeiOscUV45LP4PjS2CvKKsd6ZCZ5zHdONx'
    'TVRxkNFHv218ne4A+BWL5uH55FyvzwLwz8LNnyXGbau1oPMwBt0MS5qIx8Z1oaV4rDJTmpP67mzWrItuoY7/vUnkx+jhNOcAgcsG'
    '4Hd0ccQpnh3UyJX4/J4m/Ng5LnWivfrccaK9ebwTXQz7TcIthpcKRjqfpCbroorwgjTe1ShZsxmhjiVWrZBnjhKaShVTzrRvqrsC'
    'WV9nwsOJtvsd5W+zyTcqi2om+VtZ/nrCc6/S9LGGjLNGmMc+7QvhN1TroZOsHVuf7zgGG5/HjWzNzBBqf2q6ONPUfzzlOf8z+/cf'
    'iv1ngxdVZ82AUMd04/kXs7OZxyusj9g3eq42EH46Kt/aBHeztK+N48jP0thxKpnZYgWvPhrA+6hgP6uIsJ9NYD8efIYL7VQsnkoV'
    'G61TqGOobRV2sQpLoWtK+7fN4nw4tOCeP7lPP/RethQ+SHFOu9jcrLfQtUhOc2WLHGA3RFISDrx15/eFEm8+x+40RbyH4j0U7yHj'
    'PYT3CihHeSPhn1mqOCr7WdLaiy3yoz7GAZb3SR0K2sq0vGzzHQ7jOsRyXNwWP8Y9Me6Jz+/C87s8Pr/jPRTvIavzm8YJpfpzpvKt'
    'OoWsnJ7dKNNazWRalUymxXniClHoa+Jsi76F8eZ9AXckVP4hiCyTyizC7tbCdMeaAmTD9eSOZIuhbp1K34PG9d6cfbEp4WbT3xgR'
    'nujbtlZz99Cju79lcj8XeR/G92lkOoMm8cEHWH+4TWNuDhP5sQPTJbS32BfwHzlZ6l2OmrTBGWR7x1mM9b/NYf33F2n9X1qk9X8q'
    'yK6p3k8Hu5PpYXLJQZZugrpWEN33EQv9rpEAvXiM+3WAhX6T6q7WVK48oLlbproAxbSBVPnU39+S98QYkV8FP+Ft54bHV/x7gGUU'
    'PdlNYDv+wy6vzoMU3xLX+Dx1JfsmzvR/07tV+e6DXfl101iU+A3Lf7BLr4etsqVS2eRTGGL8Q2yvGuz3/gns+SouKtQLPg3GtKq3'
    'UC8Yv11xld6OHvtZRfpJ1897YK+6rgs8x+i6ePMGf71QWQRto0rofYFQfIpjff8lPqz4vOngqNPjKMb+ovryZeRurg7GViHCdahl'
    '2RMVuJbiQGq3YKKvpNKF6GJ3gz2G54EJXjTt05DGtuPNpBe7y+buUXXn1mNxHnCdtF6N7iKntZ8mfe21uC9U6SCY6tp1htzB6/r6'
    'v5KejFO+W5XOb+/4tJd+YK7fnvSaQtMVrMyJUOaDpMwJBvWuYXmOgjw3kDwr0vl5kS88CfLeONdLb5rr76GepH69DwXoKZme8b2a'
    'dbYN2n9n0vODJN+1sTEeAf3eMdffI2FjMpkf1b03nxeTtmifTfKeDvOzMu2NvTzp21XZrP9hiz06qMEfgwx/vJLweCuuWxeED7kO'
    '3r9C+gppQ9b9/YSvX7bVYQwjIXuXr6n7Eh6NZoP3Ve10h7TzSdJOGGy6SBo27jcZDroWZAim/ef7dVvIOLoTvp7l1gB7BtMzitd/'
    'esLnO7je3QjD6YPC3Ob2aIN6By15r5y+bMLX4eRr4hqNXj0fc13CtzfW9Y3bHeNeFAZl+zT7+A3C85rARJZ5VcEnq8ZLeesXhR/b'
    'b7zwtmz3EYK7TXAunomr0tHxvWz/00Azh8FK5v0LYR5L64PCPEYX9QGgowcHFXn4vFMfADr653LCH+x/m5d+bSfYU57v+wDIaPbB'
    'GYT3uAz8nZft8H0A6HzAnEC+/R58Zb3rffk+AHL+2LrzfbYsJ99kftreYUIfW2yB0Mckm0u+XXRjfp2zybfmj+Z/m0H7uTP/m8qX'
    'TtJSXhbk80zlb01XD+XHEkR3wJUfo/GFU5C/kugy1xE93BzfreAZdXcTUfpli4tLNQ82+u5UTxnzJ5kuyETBTHUGTXWYVU4AzILo'
    'nKkOz0yJ4RmvPTdYmdDCUx2e6SLBU6XvPVVhUlMkmBRTRjDVYdpQJJhOZrntVJ+j2hLN0XjK6eJ9MvnvDKb6HJUVaY5UcokYNtN3'
    'b1eXADbFlNdPdfg2FRm++9L9eLy3SntHNdXhO6NE8C31/flUh3tVEeBeijvRWI7kfvc51WFXPg6wi2W65nfNMc8wfXnNqiLBptg6'
    'K7GMd3x0tWK6cd/Te4zPvvGd86kO77oiwXu66W7H+2hidADjO/FCXb4YJoU6jDFMCnU3Y5gU6qxOdZikigST6QCLYq0Pqrccw6RQ'
    'XzuGSaGeegyTQv38GCaFdgkxTArtMeI7i3AbpRhG4bZZ8V2F3k5sOtG5iwhsZH9mPgj+Tu4tXZy+sPqorw3p5+dITd+47/u1e9xj'
    'waNt2017vHThw4V+V/4Svi1/vNDvylfug3SXPh6jzm8ItW26WrjFE6X6Rz0i3NdRkG89hMlMofZxy2M66GK2od2ltHGcy+rqFOr4'
    'KiZx9oLiYNG4l0E65SY6eP0auKr8NuEcP5n07oOo3x+0R75KMz/bRb6tLfoEpvrBqphZUfwHcr9A1Gch2kw2KsZvGrMAYSTj185S'
    'wNd2LrC+eeO8lrjv5JwPgKQfD7eK6Uf1E73BoDFiWZ3fKJUvOBNdq02KNZzza5atuDphH7uHxu7mfpjqLNY1ri/uT9E2xhyth/ty'
    'Qj/i72T9xfhb80VhHCqXdUjn2VTHVPb3ANjbpdrXOtigr1Qac+owzbrvFdFiKY442Cbo9t7sIp5BPBaWXCfL2TqpEeZxc7j/RZtY'
    'NTyGqgtuxdhTNj4CVTTTfAXNNSv74nThFvcSYfKqyLdV6Relj/HoEudYpdexnc1/r2YN9gK8nob16Bp/x0UfJUh3fbLs4VLOr209'
    '1HZKzpmMQ3/JJNjHLjGIVbQDjfmG3zFeHPIoLnSKLtYgpbk4fq0T4X4SKwEHN5E8GeH7ZxmFFGmHLlHo4xH1yTeTvLTdRsLPUN77'
    'cOHHa6P0O9LslJ9NCnW8vYTI9+PcHIJnV4n8+LDYRtKgDfQFG3ZfJdu5S/j+Ycpgjp472Hu3kMCuleyLepADcN6pS6jtarZZ4Ide'
    'oY5DnnSgQ5vZWuFjrleMudpgzHS92PTnGIVsIy1836eq+US/dLYyEbp+l6A8pMVej8Okj40OdIVOzoVxHpc6jJnKIuqh3hqgCytR'
    'gH6eEER8VfDUwdrbSPohi20gejdxHI/xjePB5WFyT7wP3h8Xz/e0n++ZIt9vtgkuQHlDLcHpew/vkPXwZ7YeyuL1MCnWwyeJTKZD'
    'IXPlPI4LrRFG244SfHPUN+Gu8AHv2wD5duqwl54MPv16iYy2I0BebGJj3CfUfinPJDQLt/0Lo9t5jFtuJ23CZ4TBTsZXOVDTv25h'
    'b4NtKlOjPgeD/LKj374KwBlI9zzYJsTL2b83s39PtxWuz3rII9OXIX0TUpk/Q+jNQXhffbaXPgp3qQPwfudHvPSVj3hlVgMv0ERw'
    'GKV1ZN6Pt+XHRlTFELgD/PyfsL2Qzv3DRi89A/rw2K1qmT+V9WO9l2C/2wrr3QHfNrX5Y9fJyHW8XwrwfwZkoTkZ1NVeek+P+k7u'
    'X/7CSytvLbx3ywB8//tm/Z3MyWQMqFODOr+LIE7CKuH7Rp8IXKTDEzYxoqltHbWLN4kJgjGqOB60iQGRfhp0L/Z4bf4+5a1zfJeL'
    '//CYl/77j+3qrrjXS3d/z6v7pZQnt8kd+k/n38/eco+X3rbHjofpIL8L6YLwJzndYysldGRAlCddQBdcmQX4UcIsTpHNGrrkBS/9'
    'xhP6OCgq/MPXHsU/I7Dm7npKj39WpDxfy1xmQPE64qddu730ySf9NVwHMKiFPNfgXnrWS4+530tfesJLV37TK7O/8P0w02+8nTpC'
    'W8t3s2E/tcG407u89CMAv9XfVJ8njZbz8cbXvfTyh+3K3Qw4ZOVPSq+LY1JvFVnJtbCupC93kYXbl150q7Oa6DBhX6mf4SVsz3w2'
    'mWtOeabPfcyfP+4f+uEfe+mz3/Plf7WKcjJ9SFOmLqDMx5ary3CawWb+r9ljJzfrBrilDfH4NEbqqQKk687GeU9LAELXPHL+f5vw'
    'cFqO7vs+nNuPgx7X/Xbr4S0HfCDzvxPavXFPPq79XsKLwZSjLUDn7LLn3Wih8ycJjqoWvp2iCT65OeHTbj9YaDf2/4Lzoh7Sh+Es'
    '2wA6dVdnMw466KKo7lVWW8KiSRTGsC1nNMZdkMo7BK5fYtPXqwHPzYL6+wHeZVNMzpQyf9I2cqb29tLJmcYcnjqFnMrmrqKC7dlD'
    'IC0fy9fFseVJUK82llUqZJUlXEMUzyxl+lOVmjvSzYA/5xC9T5oH66J6aBjDBPkK1TeuvxQFZx4fQR87SK6DcoSZ0M6X99idGzfB'
    'mfl9OCdOiVDX04/4Z5Cs6yjhn2e7gV74GZztGx6xqxv5IvG9fL2+DOG3Hgf+6pEn8sd216P59xg5mwKgld//kDpvUmGbEGTvcBne'
    'vT5nLweh8pOWPfn8MMLvWkt4yXHk4rPCuFYDvXUZzPNiMs+SibGpey3QFk8/4MdSbYpY188e8OuU6asP6Hn7vqQnX4wC7/of58vb'
    '+H69eI89jTNbIWfIwfwZf43ZnG3I36vo5nagmxcmPbmjLV0n6ziuxW58M1n/0kQeYzOuMjIu3NdSNhIUz5fHoaXzXgcsEcpzVgKs'
    'XtqVLydqIvJWlLdIPsYGZnOf9ultlT60fLc74em5yHxDD+bLrKT8yKa9bzzr8zSIp1322Y5veemfod9/lfB0kxCGiJtt6vzEU4BD'
    'YQ9f9oJd+ft25fdpmPTpD4/5sjMXvhTXlS3eRDz8ZVhXZyS8+1L57ljglS9+vBCn2rRxI8zFxXBe3kxkpCocuDjh4Vj5rh/69ySu'
    'qxcc+fbH/TmUbcwksKe8I92bpm1QuZNNuREY951PeH36DdiiRVkPr3zdfT1QOwbEOz9/wr/34HJpTktxewCMP4i6ZCMw73+0vPNR'
    'zY/LOvztk/n7cNHX1evvFrhbo7R4g1D7KN4aoqOMd2MHAg3H7Qei6Bv3CrUdX3cIPR9m+6nzO2hSLoptSZj/YdQvXeB4/vM7PFsa'
    'SsrncE+Y2FqWwfqhcjYqD1uquJu30QumfGMzu+sP2uMu+scu7fA7guV4rohCXHIE0kca3V1THeYy+CZC9GOvSdnLX5pgX6j0gxdD'
    'vy8l75bCuwvIu2vh3dmED+9gesvvJjrGL8G7tST/KJMDrCG2bh0afZcOA32Xw2G82G5Y/gNJn45M54+5GeQTKl5jsSXcUXYcRY+6'
    'QyGPpWvz4Kd8mTrOAf/23Z94306iOlvgw+yMc71vxym+3XKFLx/Ab1Vn+nnqYHz4rZp9O0SxVjYr5mCIfUOZPF0XS0keOl+1JO9Q'
    'SF7OA5jOQyOhMWzwj408k+7JVWR/4LuTNvr24vjudxBP9kjyDnH8UsDtqGeTNsAvyJ/NY/rBzZY4rYz8pjLfpYq8CUebhwZi52OK'
    'Z9G2cYFCd9ZmT5fDnmlwKCt5Co4PZJ8udJCrm9yJPbfNTV5fYwnb2iLBVvbXFbYVzxTCFuF7iuO9xQyCb1V4bFkAHmu1wGMHWOCx'
    'RiJjHxWF9ptcXt5H7N5U9mgIow0JtzXIz8lWAj/0EfIVdjfAY5ZyGzbKJ2yOaB9Va62vNp211UBfrbU4emm6x8U/TjKE9p0Vsu5W'
    'sTrD8FYjrKdPA79H7xTTsf3DhNk/cFveOuCvEJ9tZ98WEbyz2UI/eLvw70Uqhdp3wnaiz4701GoDf+HSBzXHtQ2adbtI5NsW6uKC'
    'ReHLTc5wfp8bhd/mtrwm5cs08FkaQFfqxm8q+4l5rJjHinmsmMeKeayYx4p5rJjHinmsmMeKeazpzWPpYhSVAW5EfJaBu6AlcAbx'
    'tZ2BM8V0f1H7J6zT5u4UeYhjLcpYne29xccpNu2/1pM/n2WE9jKZD5t7tX/T0HStCIsxf25+BvlSkPd5aLdRFPtJwOBT6b0KdiLX'
    'uQzez1eGVVEV9LGa/LuGQHaGr95fLwR1HBJ5RNwOtr5en7nFquoKYxzoaIvbQhmowKfersdGT9JfoLZPsgDdOzz1zgNNWMKI70E8'
    'ayrH7O/Mi42XagW3TRqHJ5marGRt2pg4dXraTajf0LZt10oYDdsEZ6/LmSblGCqaozyE5liqOeOi6FstiyjXXcb0ow4YRz0paktt'
    'U4bbUofJkJfF+laxvlV8FxDfBcR3AfFdQHwXEN8FxHcB8V1AfBcQ3wXEdwH7jL4V5c1rCE6rYLziqgC9qwzUSWX+bcKPq6PaI9z3'
    'wRGK8keSvNzmvoHsP1pmRUCbyN/bnNFpkR83o0PYxS6Tfd+WyD+ruR0gzTuQ8NvqcmhrPSnf41D+TFJ+q0P54xPR9svSRPg5vjAR'
    'fo7PTfh7apNF/2eQcldZlBOkT30i33cL5vk97JOwOntZudcJfuiy6NP/EZ5/hKi2nhjbaIZQx6dRldsE5R4l5baKcHvZTii3i5Sz'
    'WX+fI/hWt8fuIHUPWdT9YVL3kKbu60ShTyCeZ9QSlliuV3GW8LrXk7o7Leo+W9HvHpbnFAVseZ7jSZ6tmjwrDM7ExY5n4jxylvN2'
    'mxT81IjIj+9Kxz+i4Hd0/ALKXJF2UMUCMuU1W8lZngDadBY5y/FcjxrzzVbmqIsjnCQ0RIUotDmuZe22h+gsz2AyHNpWVUhbM4pw'
    'f9AE9IRKfoZ88gzFOkP+mOZ/NEBGa6Kv3cBoV+qXwLQe7jt+vjD3J073iWkMuM0i3z8B9bcgYfHFjOeT2KUPQe3wefhwxpMFm7ZT'
    'zDH2Zfz4Wej7Af0lbCliO2dm/NgL3cIs/l2x2l5Wonnk7cwmsNzIym4Ret8eYeOkcTBkO2+X+3FGVXNms/Z+RerqVpxxNnW9QOri'
    '4+cwGxXqmMHom+OJgH51WfbraxHgxef4s4p+vW7YL17XRyKMkde1pdzDszY4xKR+XHPriwBDrOu0CGuO17WyvBB3quiuFWkvXQM0'
    'WgXeKUHeG+eCHyJS5iwosxzS9rT/PiczmYC2T4e2/1Tm+xFy2Ws5fo3UMajgBel73d76KanjKqGOOxu21/co+tFl2Y+/t4BHj2Yt'
    'fdmgH6Mh+/ATZR5NFgQPm3MVx3cdqXcjwztbhFv829z5r6i3pwj1nquAw6hBPaqYVJSPWe2wVvgcHW4wRy7n8mxF30YN1w/WkSZ9'
    'W5v28QftyxGAN3YQfIH4oQ3S4xiu+k26uPUiHvppNj1I+HnC6jsSyp8cwiub4sk26Mffp737Q1rn8VDuA4z/Lhb+//Q4tonwvhbm'
    'kbZ5FNR3g+LMWcXmTzeWjUWuF/t7dtq/B7Y5H+pgTfCyr7KyAxr8I9feLFYvj48+KszlTvMU9fUKs/hvHDfJ+qpIfWcx+iBo/7Rp'
    '5u93qeLUh/P2Lykf9pjnBJZ3hQbX/NihLLb73ZSv/zbe+ES2fyeBI4efam+H4YjbilTf3v2f8v20b9bc1QwzGeVgKl/HkPK4w4Zn'
    'sqzn8oC2h4U6bv3ZpExPwJ6le+Nkg3a2szJHK8bY6TDGg0k9VzG8MWBQD/anMaCefot6hGJcWxzG9ZtkOEz/lbX9MimjggW9Q8Iy'
    'zweU6deU2ZP098jqdCFesqUFHkz695ib2bnB98ZXkr4s23a+ZflPBZTvNyh/M5R3kU3J8teQsermCOnezQF5+xlP1qmAYQfJQ+fv'
    'IkW9Kp5H5j2d5A3iY3Lnf7LwjrZDs/ZVOs7LNXMTtmcGoPx8x/K45xqShffpyBe8zeaxPCDvKMv7dkINF1Oc8m8JH6e47jdZz8+I'
    'vsBKKH8moT3oOfgDg7x4xn0nIC+nNR42yIv13gMxoootr8nFhib36qo9IPN8jORRyShknhsThXeOr7J98T6SR3Weoz/4GZZrRJbr'
    'VoxjlI1jXUAeXPvnKvpI6e+cnn7CTM+A4r6cnj6pe1Cjw3AEyaOSV+Z0pkiebs39botiPjif0hSQZxvR16gMkFvIPGUB/UGdkj8r'
    '7rY5nn9TFMK+k/X514o8vfz8J3fbpnc2OfpfUTfH7f8oCsf6OqvncaHfLziHDwu7NYSwvlsUzgfHs18k4zflqWS520k5U1mLLHcT'
    '6ZMKL9eBDVJlAG9VB+PX1YN486qAPMdCng6SR4WzZZ6LA/IcB3nOIvAw5ely579ibsPwNdqCzC6iXAb1NWZY8nFUZ9JGrqKKVRvk'
    'g81EZ2K87/Anwl97bBsY2wbGtoGxbWBsGxjbBsa2gbFtYGwbGNsGxraBsW1gbBs4vW0DXXTtY/3yWL881i+P9ctj/fJYvzzWL4/1'
    'y2P98li/PNYvj/XLY/3yWL881i+P9ctj/fJYvzzWL4/1y2P98li/PNYvj/XLY/3yWL881i+P9ctj/fJYv3y66ZcnDPTLTXS/XePY'
    'NIEuLNWLq7GQnVB/iQNkz3N/icPsG9UBG2F8JddHLoZ+/TNsjBynD7JzkPqx5PJdxMVBfixxnCsU9fSR+rgfy42G/B9dt2FzxXXh'
    '6w3LcdqA6rah7nd5rIs0YbpIpbZLie1JYnuS2J4ktieJ7Ulie5LYniS2J4ntSWJ7ktieJLYniXm42J6kVPYkGCciDWsZcVolyP0q'
    'oI807tQVkfDf9MaGOZi2u61PM+yXLw9ymYPpfQJ5c3CjiPQcZCoPMpHr8D1H57qSzCHGTOsA3CDIeVFJeB7MdyLIVsLakbjtd/D+'
    'BuH7WLmanWP9sIbKYA1NlXWSMn/SVnSM5jySc222jPQ5xxyeOsUarCV0rQnuwfU0RNZTPO+F866Y8+ujznkx5z0nQ83+47yEN5+/'
    'IPKUeF/ve/s6pgEK5zk9DjRAjEunBy5Nkt+UhkoQ/qiP7M1umOe0Ix86nhtTlOrxqk6ZzKLLoyqfCKHHq5lcqJzc/dUTfIr8cZWF'
    'PAnXgIjXwKRdA3z/psn+DYuDifITLIPrJhFwx1VryOeFtZ2GOzkh8uONVsH3Csb7yWC8X3pRLVPn7fC7jDUW+THu+Gzh2zwuYvno'
    'vptF7op4GZVcCmFWQdqXsJ8Deg9HEBmXGGe9CJu7ilpoew7cWy+D9tfeb3/36KJXFrWfzz9l38+0ZT9Rz2S/iPd41+4pjOm6VKjv'
    'Pl90uHfC/SfrvxnGdCOMp0JMtSehkJ/LFZMu2/u6HHdWCZo0fZKRa4CZM3tp1mV9UbnWfg4XEbWgw1RVXCgGdzHpnblp5DWCnvJJ'
    'tyid5eMt9LC1XwuFT4XbIq0Dfhvpy77zva91oG+B75ff5r8/O9aDLZoerMTf8R3qxNyh0lj38ozdFeuN7lN6o4cr5o3CXOppzSd0'
    'lKznHYz+DqMXUefClF6nPIWKDox1XWNd11jXNdZ1jXVdY13XWNc11nWNdV1jXddY13X66rqGfef3DpVT9N5BtjWyfvLcL+Toh97S'
    '3yPY9Oe1Hg/vtTrQLpQWrBjz9wfOaQ3kS5G7ldlkveXunMfU9fHvSD9UOcpTYh435nFjHjfmcWMeN+ZxYx435nFjHjfmcWMed9+y'
    '50zBHiqGP6IM4FhZ9jxyruTGwc6ZuwPyns7yfp7AiecdCmnnNtLOuyEdgLSL5b2J5MU+jEDazfJuB5jIdydDOsjyXA34QZVnWNH/'
    'OtIO7cPppI4gn1Ky/PnA/9TDPTcdw7aQ8lTvWTX+sLZXkHP5dKYPspn9xnp7SP05H+BkDk5hZTuRhyR7K8Pm/RRCd2TYmjmR0QHy'
    '3bx0YUr3Vhr1Z4Xvew91XHH9415BeOAdPfJd5ZByuwEqU0LeBvWV5d9qopm0GupbCL/ni3z/nbp4LNsY/WgTr57SfiMMh6Gv2eVE'
    '/yEoL/IPFGbHi3x9Bpz3E6DcNZo2Zyna7GE0dLdBm9yGo4LIZoLmQc7TxwgtwvfEMgU+7GPrHtc0jmmLIi/ujQ62RzaRvJ0Mr3ST'
    'vS7zbiA4aESzB/tJe3WwX6pZP3tYmQ7IeyrBze9leHWYtTdE6qgDeWgtK0txlapvcp/N1OCQzaydfga/EVbXfkS2MUTWVobBdpjJ'
    'g3COqH693AdHK9YW0hKJkLWCOIXac3ObbVpers9ZsJ4TZG3bruVi9Kme0eLUDjH7NiXpOR1Nh/T3fow35rKkGiZDpe1RGepqts+p'
    'jLwxZLw6GMq5/HjCx9lBMLwt4a0h3bxshTFhXVVYVsMbpiBNT2uusSwx9vjYrVTf95fSlqclujL33qc9pPQfQEEw+/wyZc1a7MD1'
    'OhLP6bSaU9y31yv2bWYaz3EZPMG5yhNjf8yzuN0xNhFzfL1+jk3tBcP29bXxnO9Tc477/grFvo/9JSQSYuVeNwa+nY3tE4KTYx8V'
    '4w9zMzo1YA6ku4ey6X2/0cbuN1qZMaL10xj0scr6fqTwqWnj+2okntNpNae4b2ewfVvpDyiwoQK+PSS/zu9JkN7A4cK3J6Lf+f1Z'
    's/B9HSCPXyHyfUpyeavtvfI21geb/WD3JClpWNonreLCIvj+aHW7yzW9nLO2ja83/xKkK6RahzG9Z7AmlkeZwIpzwnLE9N74wxzv'
    'pnD99yrWf9oBJ06zuUkZcK2BT9Idt+Xtj+54TibVnOC+qdfRXW25HbtDd/7VkLmtdSin2reS9pm6ayRVdByaLLF/7bDlM/X37fSb'
    'k9gnevgc3RiNBbbyiR7GswXRKcn4TMw7E0u5t5IG7F1Mp0y+OckI3yck318mumoqWY8s85pQ+zG2md/U9JrvdNT5DrsCK8Z6SIPM'
    'C9fGVTCPGy327TSfR3oGtjhy4MFn4BfC5WM2ezT3O/uPW1V7cso9Kod9yVR6AnpSb8Mc1huzjgUjDZKdo357ss3/nibXDFHxO8au'
    'v5q1++oDXvoJS3+vMT2twCXRlmEoPa06s6ePXCCmk+M5Kf2cSPx2JcNj3TFNNH5ygS+YnZfFkBvk328kU/vyg7DluvruERjsn8K9'
    'Fs/JRM9JqF5JQP+UeiUh+YP0SmpFvs0a6oQExRsNvZ9J5X5/RUWyVzD9gVqHckHj+QwbzyehXJWRTpaUNJSV4+/MtDplKnJg/osX'
    'cy7zV8JfFrA7bHjvI79rtdLrDFQnd5ftvtn794ZQPczmQE6xfOzNYNY/RAc6OTMHm1Ydq6mLKao9/xzwwkT5B7AolhJFfsaK+oSc'
    'f/GcTPic4L65VbFv4CzI4uIkTFg6VKmgrDwAVplJM0fheDaZHJeZsq3DtuXCrzbl1N/rFHTtLfGaideMxZpBvNMR66NOiG5kBcAf'
    '9+/6GPYTAnsuv0G6qIzwUTMYH1VJ9Lwxbt1SVi/a5reTexdaRznJz3XFpb+CBpIf72ds62kM4Q8bWF2Snp8t7HwrYP01DI/MDuGd'
    'EY5h+Xj/M2xe0mxeTOqj8DTxU2Pb12GoJwn1zo51F6aM7gLXmR2EeY/nb+rNX0b4fnbLyX7kfsXmsHwU7x7S4uerCci3sMXdH3DQ'
    'vbzKZ7fr3USlAkej77HryZov13zjuDgpfF/sVeQ39VuEfn34ecHjIaP8NcXkr9w30EvyO4MV5kO/QfLfu7N/vwiQkaZgfWyIdQnU'
    '9NeOvdsU5H9WslEJ63SYNFTO0yyNTgndA0sgndnif1PpoATpE1YSfED9X94F6XMH+/UsJDQemih2kf0o80h3mfuLfJ946CMPfeGh'
    'b7ywGJbUXzD1cWeqI9lXhHvkafZoZIB2x1bgAjaoqg5w1xnCzscp+ofjvukOI9/Q5xz6615AvqGvvgGyVjMi35cd+gWcrfiGdc5Q'
    'tDciCmNdv6Q590zoam6bTf0vRq2H750PK2QdFV6GpP5OJj1J1BtLEjTZIjy0tW/kxoocZlxQKPcyYODNyMiK/IwV9vQmlaHeGK+J'
    'eE0oZKQq2UkHw0t59KPDvdo0ekKF8MXQo+P+jSlez/EtP83OzS/9vV2meB80v7pzp07RfiWT98gzcZ3Ij82UITK6dSLfp2crnHmX'
    'E/nU5dDWTOH7vG4NORNV8YfDaEjkE6s0fNB053VC+SBRGC8gC/brze+W3HBMOZE1qOTPJrJI6htY5ZNfDup3JJ/p2rKJC9UiwmMZ'
    '9Gj4qAHh+9rmMpKgOlEO81Xhx0rfbMCDYXs8vkuPY/s7CY9o2r5LO1cLP55cH4PhKOFBXeq+FHAQj9PjUtcpsG6pX/kOwiu71HkE'
    'GftWtp4w3eRYt4wRv5/I9xHP1+YIgY1LG7Y8E4VZL+kTjSlyQdKDdSn2M/J8GK/qQPIO44PtT/hGGdMtpxu5yz/PMP+1e3w+E9/9'
    '+enCGJZzd3np80+5yVdpjMEZSS9uRSlhg3HAjiDvMO4ajTko38n085/Ijzko39Vdlh8n70DyTcbTk+ntd/hxxrCdRZcUwvm1nkI4'
    '951fCOflt+XXmyQCQIy1+A8JTxYr190WtieGLdaxLfxN5CbNFmfNJoYfBxhe6iHvMcbknCKdJbTehVBvWL9HLPuL8QRoWY43eJkk'
    'kZ2sTXi+58PGiTKqFoLH6e+OCVwTQfnoPX2Ohkp4sSjpOdfB6JKeKTKWF4QXc4CO5eUp0ve/FZ6teCnwwyzhx8CS6UpI10B6MsTG'
    'qkA8CzF7bpzrpTfN9ffHXOHH1DoFyreFxNaqI7oSNN9RkO8GEoNrTdr8rJvhAA867jZIj9GMg/dP9kvihnmE7qD3HT0W+KyHnB06'
    'upDSNvMA9rTdqwhuNGmX4qcBdoZtFep4kzr9IBXvFBS371DB7FXaoUqNEMg0HqANnRIWf3O50MffPIyUp/FEaZ75JM+QJk+p4yQn'
    'yP0FlQ1xmxsVLHk5Cc+wcq4+ZcNkUDZ052KyR/DdcaIwFtEh5J6llswLvefBGHbdbN5oe9c66juUYsznKMZ8umLMpyj6f5IDHFYo'
    'yoyGlMGYurQMjXtF8x4AsKB5OS6cpcjTw/JUK/LIc0+F4yZy/jYo5m+dYv4uJO8eUsz9x5YXzn2irXDul2nmnuI1SmMHzb2OLg+a'
    'e3r2hc19q8HctxrMfWsJ5j5jOfc01iDG1JrP9DyWgAyhjNSXIuWXsPR4GEuWRc3x9hjfK4gWyJAzhccy7Cfw5PEAuyx0OoY0uhwN'
    'TD5rEnctCB6ryZo+xEE2cryhronL/kYc+9/k3awW790fyLuZ8O5NonvTwua5Ber6tSLPQS35eV6GPUrpp6A+yzLPS9kNwUs24220'
    'oHkRv2wkqWz/a0TWOsxwxJBC1qKjo2VdnxWeIwSVXH1Y0UZY34cCZPNclkDX/HbCd/WQMmF7Z0TR5zqA1X4Wcp4Bg7Z4G2fAHqV4'
    'fUjDn4woxob80YGsLNbVSfBMUN/CxtinafsAkF2bzim9fwmDVYfIj5XK41AG4ZG0JR4xiRltsjf3yjchPVYUyj6PgLSNjUFF66ve'
    'yTuINQ78WJCeo2kdTTDn4z3mRqanFdZPna0N1WUcEbEPsIh6u4KI7Yur82gxN1QGbXMGF4sGqWdymag8TcKyfJll+VgXPWBNt+wF'
    'q4MuenPomuZ4cRVJXe5oG0j+Tii/Gub2cuHbE8XzOz7zm2A8V1mR9usqDQ08bEF7/kpBi9db6K2Y0MG0vpfY76sC9EXk2r+92pN3'
    'UH6F6+v0MTluiwIu9L0rPUzb7LCgWd9k95zrq/27viB6frzHMmLBq+BYDs+O5QQFH2Nib2J6h93B5CL9mrve8eZz/r3K34PbWdv9'
    'ChkbzTeiuKemegH8vr2jCGMJg3ePgreX43yAjPNPbHwma2azZn/y+23XMVO4RtmX12TH+W54dwK7gzwe7iA/MLcQlvyeVZY/Du4y'
    'V6TN7loxL6b1Ct1F3geZdzm5Qzbt7xHwbYemv7RPK8l7CaNlVR5PV6q1UMw18K+QvkLwkxzD/1R6PGfU8432n8p76Pt+YW57N6DB'
    '8Vwe/INK7x6U6kDxvfs7hYxPJyezPS/6QnAY2m/dSeA8WfFbUP9HKvNpj7D6hx3u/8f7zDqh0rvvMD2jVOvx1RAZ7LDmTqoX74cr'
    'vf4Xc//Z0JVBe+v3FZ4cLAxntxnq6mBe2uYJRN+H4vDjGM5dxfRj3sW+rwSc/I/ZThw8DmdqtwZ39zCZ7N+Oc38GNfsY+/OBCe4P'
    'h8/6bH9OFeHntcnaaregM9rIujKtH9dae0T6os2QTsnZ5Vf4d0cdE7COEf+/lRmffgyG9OO5jI8veyzOGnpem56NAyH0DD8jv5rx'
    '7kQoLu1wOAe5fYPJHd1Gi3Hh+Xd9xqedJivtl7OhyPg4a6JpvJxOXqbwzHSZZ9f7zIZMaWQeprjgjfLSth92Zjw7Qe3j+O8v92wF'
    'xptmpX3isqdbyv29PJnlJ53lnsW5iw5CsXmaE8o9/Uzbs2REsS457x/U7vxyn++YCJq/DpQElhnIVGzo8/GiiZ4t8+dtvGh82e6D'
    '49wuymjuKMtfL6WgDV4P4QVHyjxdf65/ZKtnZYpjLy7z8cREy/VXlPl2rS5ntk62l+P/i1g373emzPs9Gfe47N8v0/6a6hiHffQd'
    '0l4ng2UHOzs6Nfp4QfpxPWxu/y7t79uJ4FVkHz6ULj3u6AqBe0/at713wR2m6/00MtYoOGN7BPrmMMVYXfoQho/r075OY7HOorD5'
    'eB3p/1RxxtgVct6+WOJ2cH1+KzVx+qGfS3m+YSbybiuM3hol89CusVNczep9t0M761K+rm8X21+vG+6L96Q8/cvx4i9yfgRSnn5R'
    'KfiInF/AlK+Lzu3FTe8f9to9EPiMl5zptaTf5njoRcg2n076a2lIc8aPhqylh5L+vA5r5qrHQv7D4fJ5Uv/KkP20xmE/fTjpyWwn'
    'Erfkzv+k7zfrsmdArv50vs3Ik0966dCDYIO3x0sffs6r4/ykHjf0GMrNTk76fiNc7B9058eSpKfjX2r+TLbVSNri499SBP00Cq/f'
    'J6LbXvzfhCcrC9IRCVufx1jc55jsi8cTvh1g2Fric/1AIpoNTcH5n/BkCsWQw6nmdFTT7g4yjqg0uayvX1GfK92b4//JHNmsPVnm'
    '3Qnf30p3CH+J8obVpIyJbmVO/yfh2yKa7OF+nY1Qws1mbYDVU53w7SiD6Kc6UJytDoERjvO/RHjeHmIP2FQCnQFZ94+hH/L7b84C'
    'W5oe3zeTTN8Cf0lPk7zPnuelqfW+DyaZHtgL9H9AXl7vA4q8J2xX5/07Rd6+m9V9+GxAXl7vX5K8b4H/qfs0cPhQQF7uu+p9JK8k'
    'vmQ64/zCsnWwF3neW65Q5+1R5D3p/eq8l5K8PZD3tgH12M4iea/d4qWnnqUe21pFXpw3nvdYRV6cC553Kcnbdq+X7toNaxhomIUP'
    '+37BMe8XHwd/3bvUvtmaSd4w2qiW5OX0VTPUO/tptY2gqf2Xid/v2FaG2VJ8IYr9V7Ox/VfY3NTBGRzbNOn9ypbSTi/Ili5paesS'
    '5CdH5VN2P4t1gj4CbNbVOxzaeMiyDVM7xDCfZsUuj3OHdtEZsONV2Uq3EltkjG1eI/yYORjjR+bDOENrWB1rRH7cuRpRGCMIy9Ny'
    'iyxtRQ8EG+Zi9NW0zSTZS5XEznmvr/DsufilF4PnooLAXc7FQUCL7kfa4vo8NB0S9n5j0TaxUfh+P6hPG+ova6siDfKXpfJDjWND'
    'Xx1zj8j3QYNrDf23Ut/j1SRPxVh+HhnTqhg+aPieaLCsr4GkSRjrEMCxX9jEfkslEulpfm4t5ieNHX1RE5zBOoBvqqa9bPfNfjyH'
    'nI4N7EGca36G8bNhkHwTAXlRNnCIYd0Ux6cCzlHqA2IpwZ/Col/Ut1BK2Nkqp4XvQxj3SpJ8Lwuwmy3X7L39SX5en6t/jEMgLR+z'
    '29+u8Vex3ijxV2nZDpincsDx+TRxcp9+6J7WxZt1iDeT9wTZf6dKvI5zfPFHvbRsh3fGVAh9LDu+72j8SbonFjNaKOhMH48x3rdz'
    '+o8RZS637Zm+Y0yDvOdHT02uMaJvIyrj38ZoTR6XgcqKuQ8+V/8uGdY/3fmp4oeD/PgibW/q9zenfyA8eyYsk4a/IHoDeZwlwDfw'
    '89SUrklOgnZUvO9S4R5jg/IPGNc2HcIbNlieL/tr1gv11UnXt+s6pTGeRCyLU/I0B50rbgG1gBYAk02s24NM6A5V3GSKO2pFfvxk'
    'VUxjHks5TJ4eNOdxXC9VXK/rjeJ6JQ3iejXDfSg9a9fH+y5vDnZsEFGeQFkBl6M2kXvxtLCLG4Hyqy2i0Dd4Th6dKMzDY/A2Jnz/'
    'YqhT3EPu0Pk3vAdPk7ppORrD922hz4O2N/9PFLZxJXz7N6GPOfyq4hv27Z8VdY7Ct5+QPnUy/QSEyTOiML4wjilLdorvxrgrxl0x'
    '7sqjYRsDaMwkzJGKrqhidIU4Mzu3n/f+3d6W/XdbuIwkifI3Rf31Rai/TMFTXUXuUGoBL6H/xDjO/d4492crllCxrpPbTehbeb5+'
    'SXG3LIS5r3j0Qz+XvJsHd0RN5N038Uwl71a1FOqloLy4V/gxNmh8Cdt7p3g9Tp312Gg5r1cyeUR3PKd8Ttsnek6j+hlXnS9XAh6o'
    'cZj3yfRYXLWk7GjNsZSkNfV3MvpnzOGpC5j3iZDbYR3lDnXr6qxUrEPTs/IGSGtEfnzNcqZvMkBoRyoX5/E7ehxlpDSeYtR4qFT/'
    'NSyGNeq/Vgp9vECMq8p1YFRxoTFeca0wj/PMdWy2Cb1ddzFjPMu67slWdr0oXpxS7idQtZY6hHuszShrA8d8YsDaGGZ2A0cr1sZ/'
    'sDxLoH+mtkmbNTYQWN9+wo8FulmYxdTh+xLrfoONncbkXZr0Lr5d47pyG5TJONfvspjr4wjcTeyhxnP+f+04/wMB839vtuynxPjG'
    'ZDbBDz0TtGbw7DiH4G9u8z6qsLWjthkmfouOFWbxlFTrxXRs2K95wE/ys8jVVo/GtuDrjK+vOdkyHxHRY7ub+jAZ0OTdTGTXE0mT'
    'rDXEEyax2WV9bQr9BHrO10FbtYxuGdTYBPZY0C/cB1CtYv13CHU8YLpGPpb92wmwRn3sqPG0Ma+s/xLhFlf7NPgWZgPIbdtPT/tn'
    'Ca6dNRY+XVcwv0Vnpv15bBSFdvVhfuvPIr6G6wAXoB+GIy1s5VUxu13o0Cgxwm3lazp+STjyS01EsMDjonUQmSDSjRmRH8cX7XSX'
    'ETnjS8KPg50h7xA3oM1dLWunRXGHRsvMEYUxMxvIuyVEr4rHzFTF06X3BTbwOs9Rz2ciY5o3+0ZUOTgo+iOCZBi2bVURgRbl/1FX'
    'w0UGqVv7FY5rn+rLrRDjFxMQ12qp8lNboahjQliWw1+Qjh3XG5R75aMaPfXzyZ4XxK7EBiarhF3syTqFDqFNHEe0G2iCczDINmGx'
    'wTlS5bgPZPtHKuwTKI67lNBKC1kfD2d6+KYwUOkQrhJ6+0fd2qTrpEz4MTLD9AFt9zX2N0HGvkCj72siN02G6A+nLHFkObOfWFAk'
    'GX6iCHAzWbOqPbXUcs3b6l3jPNDzDO0B884zNIJo1d+V0P3coLCFoXXreKQE0UNtnMC5w7thU73hhhCd7AZDejMDtJhtf+3tBuUt'
    '2/Q1HATCrN7hztDo8lD1pGBi2k0uF2Gvn0J8hq2zXJ+XIx+RBF+ZrI6UCLdHPjTp6T6gPa3KR9TVRNZgEg9J5ct0r20u8ZFXCvtk'
    'lW3ybxLmtsmvJLx+xPfxyvv4tIjwtEfcbrZngZzPwYQnz6C05FLF2WpT56XgL84ER9dp6pC+u1aQOlR7Z6PivYn/Vcr7t1rQD6r4'
    'g0Ey5y62t2clPL/EKhjiflR9052ZtvXIPrwJeKoJ8IiK36+J7VKC9HxLqXNjNf+NMKfXEZqoiujHU/nxRnJ2oB+gOZp9pZK9m/iy'
    'lfWeLvyYKNxHLT/Htmn2VFiMTF53WJ8OJfLaDgIHVcxBfr/J70JnEdhyPNSjuEPsFoW+Z6PIYYPsM8sj0PLr4FudgveWZWcBPRXk'
    'eyjN1qyuvGzvCsL74BjOhrorhW+fiGfRdQodbKTxJooHMvUloeJbFzM6NKh8Mfg8V9lGsWweawj/dqyhfkDYOTskCmNv8X6arP1V'
    'lvAYCNHbkvdlF4novnjDcGKnod6BqU/aUsPNJI5Ft1D7Lx/Q4D5cYwlok94v5KpN7FBad2SITKeP6aJjOqSRQb7XgKdaRHTet2rS'
    'pUS/oAretTM8MIPQbrPIHRbiRaQxB8n9GNIB/B7qLgUM/z97EoaM'
)
