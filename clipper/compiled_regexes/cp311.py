"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 0, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:(にほん|日本)ブログ村)|(?:人気ブログランキング)|(?:応援(クリック|ポチ))|(?:(クリック|ポチ(っと)?)(を)?お願い(します|いたします))|(?:powered by .{0,20}(blog|ブログ))|(?:スターをつけました)|(?:引用をストックしました)', 2, 34, 834, 283, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:(扫描|扫码|掃描).{0,10}(二维码|关注|下载))|(?:下载.{0,6}(客户端|app))|(?:(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?)|(?:(訂閱|订阅)(電子報|电子报))|(?:^\\s*加入好友\\s*$)|(?:^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀))', 2, 34, 1117, 438, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:(投资|投資)(建议|建議).{0,20}(仅供参考|僅供參考|风险自担|風險自負))|(?:^\\s*(风险提示|風險提示|免责声明|免責聲明)\\s*[:：])|(?:观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点)|(?:为自媒体平台)|(?:^\\s*(特别声明|特別聲明|平台声明|平台聲明)\\s*[:：])', 2, 34, 1555, 370, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 1925, 66, 0, {}, (None,)),
 ('(?:[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|crédit|image|illustration)\\s*:)|(?:\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$)|(?:^\\s*crédits? photos?\\s*:)', 2, 34, 1991, 402, 3, {}, (None, None, None, None)),
 ('(?:[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b)|(?:\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$)|(?:\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$)|(?:^\\s*(credit|courtesy)\\s*:)', 2, 34, 2393, 839, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%)', 2, 34, 3232, 483, 1, {}, (None, None)),
 ('(?:^(lee también|lea también|te puede interesar|más información)\\s*:)|(?:^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S)|(?:^\\s*(informate|infórmate|entérate) más\\s*$)', 2, 34, 3715, 886, 3, {}, (None, None, None, None)),
 ('(?:^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:)|(?:^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S)', 2, 34, 4601, 553, 3, {}, (None, None, None, None)),
 ('(?:^(read more|see more|more):?\\s)|(?:^related:\\s)|(?:^read also:?\\s)|(?:^also read:?\\s)|(?:^see also:?\\s)', 2, 34, 5154, 228, 1, {}, (None, None)),
 ('(?:^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$)|(?:^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$)', 2, 34, 5382, 1334, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：])', 2, 34, 6716, 231, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(태그|키워드|카테고리|#태그)\\s*[:：])', 2, 34, 6947, 233, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$)|(?:^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$)|(?:^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$)', 2, 34, 7180, 619, 4, {}, (None, None, None, None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))|(?:^\\s*to (view|read|continue reading) the (full|rest of the) (story|article))|(?:^\\s*if you('re| are) (seeing this message|already a subscriber))|(?:^\\s*(instant|immediate) (online )?access to)|(?:^\\s*never miss (the latest|a story))|(?:for the latest (stories|news).{0,40}download)|(?:^\\s*download (our|the) .{0,30}app\\b)", 2, 34, 7799, 1924, 25, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)|(?:^\\s*advertising disclosure)|(?:^\\s*this (post|article|page) (contains|may contain) (references to products|affiliate links))|(?:\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b)|(?:participates in the amazon (services llc )?associates? program)|(?:earns? (revenue|commissions?) from qualifying purchases)', 2, 34, 9723, 1126, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 10849, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*(写真|画像|図)\\s*[:：=])|(?:（(写真|画像)[^）]{0,30}）\\s*$)|(?:^\\s*(画像|写真)(を|の)?(拡大|見る))|(?:写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$)|(?:^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/])|(?:画像はイメージです)', 2, 34, 11045, 599, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：])|(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：])|(?:返回.{0,6}[，,]?\\s*查看更多)', 2, 34, 11644, 388, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)|(?:^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2})', 2, 34, 12032, 1076, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 13108, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 14505, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 15076, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 15331, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 15560, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$)', 2, 34, 16013, 221, 2, {}, (None, None, None)),
 ('(?:^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$)', 2, 34, 16234, 171, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 16405, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d+\\s+comments?\\s*$)|(?:^\\s*comments?\\s*\\(\\d+\\)\\s*$)|(?:^\\s*(you must be logged in|log in) to (post|comment))|(?:your email address will not be published)|(?:required fields are marked \\*)|(?:this site uses akismet)|(?:^\\s*submit your letter to the editor)|(?:^\\s*we want to hear what you think)|(?:^\\s*view the discussion thread)|(?:^\\s*if you enjoyed (reading )?this (post|article))|(?:^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$)|(?:save my name, email,? and website in this browser)|(?:enable javascript to view the comments)|(?:comments powered by disqus)', 2, 34, 16549, 1677, 10, {}, (None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 18226, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*baca\\s+(juga|selengkapnya)\\s*:)', 2, 34, 19468, 97, 1, {}, (None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 19565, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 20530, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*simak\\s+(breaking\\s+news|berita|informasi))|(?:whatsapp\\s+channel)|(?:ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram))|(?:dapatkan\\s+(update|informasi).{0,40}(berita|notifikasi))', 2, 34, 20983, 539, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 21522, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|written\\ by|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autor|texte|автор|текст|oleh|text|責任編輯|责任编辑|bài|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 21738, 1036, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 22774, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22812, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22889, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22966, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23050, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23125, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23209, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23278, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23368, 76, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23444, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23529, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23634, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23731, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23836, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23928, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24001, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24072, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24161, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24240, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24311, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24399, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24526, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24614, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24695, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24789, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24875, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24954, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25027, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25102, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25186, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25257, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25343, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25433, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25558, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25650, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25768, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25862, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25931, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26000, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26069, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26138, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26205, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26274, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26343, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26412, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26481, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26550, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26619, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26692, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26765, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 26836, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 26936, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:todos los derechos reservados)|(?:aviso legal)|(?:política de privacidad)|(?:política de cookies)|(?:términos y condiciones)', 2, 34, 27764, 319, 0, {}, (None,)),
 ('(?:tous droits réservés)|(?:mentions légales)|(?:politique de confidentialité)|(?:conditions générales)|(?:gestion des cookies)', 2, 34, 28083, 339, 0, {}, (None,)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 28422, 82, 3, {}, (None, None, None, None)),
 ('(?:votre adresse (e-mail|de messagerie|email) ne sera pas publiée)|(?:les champs obligatoires sont indiqués)|(?:^\\s*(\\d+|une?)\\s+(réponses?|commentaires?|réflexions?)\\s+(à|au|sur|pour)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$)|(?:enregistrer mon nom, mon (e-mail|courriel|adresse e-mail) et mon site)', 2, 34, 28504, 880, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 29384, 714, 1, {'name': 1}, (None, 'name')),
 ('(?:подписывайтесь на (наш|нас))|(?:(наш|наш канал).{0,20}(telegram|телеграм))', 2, 34, 30098, 270, 3, {}, (None, None, None, None)),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 30368, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 30467, 100, 1, {}, (None, None)),
 ('(?:구독\\s*하(세요|기))|(?:뉴스레터.{0,20}(신청|구독))|(?:채널.{0,10}(추가|구독))|(?:^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독))', 2, 34, 30567, 284, 4, {}, (None, None, None, None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 30851, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 31893, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 31989, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 32703, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 33746, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 34636, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 35177, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 36221, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 36780, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 36807, 3637, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 40444, 3753, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 44197, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 44418, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 44444, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 45037, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 45277, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 45308, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 45385, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 45426, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 47037, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 48017, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 48244, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 48342, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 48521, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 48602, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 48623, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 48861, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 49115, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 49305, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 49543, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 49571, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 49751, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 49943, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 50149, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 50181, 30, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 50211, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 50527, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 50748, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 51241, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 51565, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 51771, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 51799, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 51819, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 51851, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 52013, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 52029, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 52235, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 52521, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 52717, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 52771, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 52795, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 52819, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 52862, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 53156, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 53174, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 53191, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 53220, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 53344, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 53474, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 53681, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 53951, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 54055, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 54071, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54087, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54131, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 54155, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 54256, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 54281, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 55130, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 55238, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 55252, 28, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 55280, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 55399, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 55460, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 55572, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 55699, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 55820, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 56094, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 56228, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 56365, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 56393, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 56409, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 56673, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 60310, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 60530, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 60551, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 60609, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 60625, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 60641, 104, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 60745, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 60800, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 60914, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 61211, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 61389, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 61446, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 61503, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 61560, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 61621, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 61678, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 61718, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 61858, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 61888, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 61989, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 62013, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 62523, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 62547, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 62571, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 62979, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 63120, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 63141, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 63160, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 63198, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 64043, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 64887, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 65078, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 65324, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 65402, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 65513, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 65555, 116, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 65671, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 65749, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 65806, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 65838, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 65990, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWZaN2lt/Te2ToQQocQSEISOoFACAk0GAVlCYSdsHW6b7ohvdF0JwQQgoKDBgdccJzRb8YZ9I1gYAB1QNRnQCH4FFQE'
    'Gd/njDDgmwnv6ejAKIpj3q17/j/nv/+tOqeqzrm9cQ5fU7nn1F5//fXXvzYIIbLCe2S6P//Mzqed8C6V/2uGf1fBX1P+7/CnvTT7'
    'jBCN+fS9im/f+Yn37VTy7fTzvPSsjd63ExXf7rzS+3Ys+TbtbD+P/LaMfKtl346Ab4tgHDLtF963Q8m3IfatVdZFysk6l5M8+Fvm'
    'rSd5h0LypmH+mmE+ZTs18E7Odz3MfXX+r47MewuUSZMyKfhNy0xja5WxaEPORQX0dw30dx15d+oW791q8u63Oe/dMeTdz5703skx'
    'N8A89JI2RUCfZbm2/N88Mm9ZGIMgY0mHjL2C/JZ5Kkl9PG+KrY3pfDWTvpn0qRn6JffUAjbvjRbtynFUwp5pdih72zeLx9sCfbqQ'
    '5DOtD/cJ/qZzvQbS53fY19sM9djMbVVMcyv76zq31c+Wzi3O72nCbR6qCb5V4bGjA/DYIgs8dogFHmuB/stvo2SPy3QY8tSQfvXC'
    'ek5T4MEaMkcfSLnBYCVbh0Vk/qZBP74IKe/3CKRd0LdakqeHjB/zuuAK+f4y6Eum8DLsSaem8lOYmEUiwpMNzWEDPybnqYTPGSFw'
    't4bVGYa3WgCevp7/uxrKdcI3mf/IErhJv6Mfur5/2r+/Sr3yB7LtdIGsFNnrFGdtJPjsBvbtDIJ3EFfkYP3wPLwO0lsAx2E9SPvW'
    'KMrTPCsJPbU2W1z3KVkv/eBcv+41Wa/c4aRv21mfroZ0BenTZja2GQCnpuVHyHmjw/m1mv2zmOyLKPh/qeUZUgm0WQrmmN6DFsC6'
    'z2f3nxpoa2u7l94I6Sfai88/+e4XOehXj/oeIL/9BMr/EtKHID0XyrwJOEi+exzuObP7gsvug/QNSB9gvx+Cvv4z3IcK9PuVXvpm'
    'l3/nqII1k+//Acq+Dum32/33fNz/DN+eaC8ddwbg4n/m/y4g9LRNW7MAPnlbsxld2kxgtgvy9bb7dGOLAkaRVq9R0GOy/Mfbi+kX'
    '+e59UPfFn/bS9e3FNAjCzEWQ72ZIL4Hx4H0Sy8r0yvbgMnxfNcK+PIHRhINkD1P8Msx+d0P7bQQfyHQHed8K8yNg/tNkfurIGtLy'
    'fawfPYze0sExH2M9lMt/EjOh3Ncg/7cg/WO7v0Yy7ca9xObwIjLHss6D839zoM6ZsA8WjRbXhW09o4BJ1TrxNtIEnhoUPBc5d6do'
    'eC1bN3vpD7q8upoU31LXl+7DD3YVl1PxIXA9p7H1TDPYvRNwz5s3F7dH+3LduV76732lfUEezfvv0uOEwXzjCxX5aT8rWT+zrJ9/'
    't8lLj4d5+Y8bSun7TrZHhjR4QL57X8rbK4hL6LqcB20I4FfNVnzbdU/pPPG5UM1TjWKeqkTwXFSzu45unDMs5ovmOY7l4fc5Xd9m'
    'A29HKO5nOO6KT3np27tK5+vhe7x05y7FGdsD87ZdjRcRx/8T3JkprsI60h/x2+H1/90uv38qnNQM+5nC4NswlnNg3lZcXDqnq0aL'
    '83xhc2n9eDbcB/RIpeUdR9b7uY1emoO9+f5LvPR759nTSbIvH5K8JIe+NEN/cG9QnpG40t8rOPZmVnc1u0/Vs7pb2Jo+BLTX2/f4'
    '9DD/dsVOnwcyHntmOhtjNmCMNvM8g80F3yNNAfuuJmDf0b7PFMHnWgU51y4g55qs7x62/us/6qV77yw+n/Ackt/+cEVxmQdhXw7t'
    'Kj5HgmgUTmc+Bbj2Mxu89EmQP2QALhbQvOcU5/02y9tK8j4HdODVMLev3wp1bC6WHch3X4S897O8n7tTfybNTnn3Upc9WMnmgPf1'
    'h0AzrNlROge8rzwvnYOzAN8sgLX99cVe2rCldA4w7+47vXR4Z3Fe1Rloyn/jfOmD9nvfZb1PAZ1aRWjKJz8M9N5QMYy8CmnvHV56'
    'GcBBxU7/jod3tALdQHCeaR207Uag5ecx+AuqQ3X/wXsL7R+/v+yBdv/lr0vpYV3ff7FLPYZZgO/WQHu39ajHhmvaSHiwhXJnF++D'
    'j18KZwa0c90VAE8g6ztfuO+FaWwv7Bj20qM2qmF2gSLvwo1qmKV7gfY5bC/wvEF7oTbGvRB0P0G8eTg7V1ZAeoIoPVdWQtouSs8V'
    '/LaKta3il6re4fzO0nxvAlrPlB+r4lfxeagk59k1ZM1w7tMdwXxHym8Og0u8/9UzWqSX3aVHyG/KF0G5Br3n7yP3fBNeXhS5NcKY'
    'DS+vmfBg6+H7TIv55XTqYfkXNzvihbTj/G+Mef5PAhwdlr+f0a49hLfTCHzRJQb19LF01ICXPcLG2Uneh7WH8zgg1DwBW3iTdXwe'
    '1gF535Tum0j7qSIir3sN+yb/vRb6u5jx1l3ueXIOz3HYP3HMFdcvCILBFONbmqytbf0ucGhyjtw8Qc+RJTHhHTyjse2w+rpYf0YV'
    'vOrJfi59O+3JdMbyXLoppvW8pkzref4kOZ+WEJnoNoPy3UzGMqjYFz2a/tG1NZnnKOcnPSO5LuC7As7AnMMZSPWWqIwJ9ZZaWVuD'
    'GtgZsZC37yD3kwaL9evUnNv0vvCDlK83tYjxWKYy3q2KkX6xqSNuOufK/IuWlL+mVI6yUDG/dJ5GFDLSKGsXBMeyr/8bxo7lg/KH'
    '7YlBsvYm+4DvOZXMeEgBN659lOP9a3mPY33YwnQV2yz3My1jsq54frZqcN+oZm6GQ8aHPIpGmMfpCvxvS9fKus4FuA1b/15N/23H'
    'wftA8clWcv9sZvUOsTVZxr5vYbgHeZJBaxy1n1yeiTiByhTmEZkCxSNngT6YKx8S+1NFaIwo5yw9A+I8Q135jyZ3I5QZUVwsmEy7'
    'W6HXgrz8GYReM8GRtD7cd9dCfQ/DWoft4SMIPNvMxSrCH6V80k8QWmKLhlZVjQP3yQdhn+A8hMHLVpbmQsrgPaBGM3/XQ55OkPvT'
    'ugcNxjFk0L6UrRzE8FgnW/sezZmsmzteFnWNDia0qqkOZJdmvKoyeLeYSc4Afh71huhujTL9f34/DsNj8v0rjB/yMygz3dM/zmQr'
    'Kg88VZWV1fjvmspptZV19Q34NDY1jNPTLP/XUo6aCxPz1v79qcL//UeInTtler/3XHDBlwrpC4tXHH72kmXn/mrDxgu+ev/9i+Hz'
    'Hz5x+/37DZ7Hb/nWopTI/jr/z1tk1YNzfIzitfUnr537z3/xfvLIldu5P65Httjx8+Dv3rNH97UVf91f8rz+Lfprv9i/J/8n/3/B'
    'fjlOUfjv5fx/vy78P/986423oeb9+39X0l6ViOu5SvGu0H6bQeFqkxZUc+jL6Lh8qpXogeCZUk3yoN4z2um48CwXBuglVpIz+BF2'
    'Js9j/JgcSSntOqKwYTLFqfsYnrw1oN3OMrbbBfJOTjepaPRRBd3G85ucCzp63JRm62S2WSvhTKNz8YoBjWPT3y2MPhvW3HtN7p1v'
    'BMiHXPny38hXclraje9aEwB3Bfu4tD4P0mc1JM82TT2ywSpFHvnt96lim5OwORxmde9zLI/t/zTl3yvC9p8pjBX44gH15iLU+0DK'
    'xxfbxhBf3BXQ7nAZ272WtBtXvbSvOtg/L+Xjx75Jih8PS01+HP+b/N9ci76a4H4dDMv2XoS7i+3cBNW5R3EX4nO1L0CuQ/HVA8Lz'
    'XUDrGLSQAZnyR+m4+P2sz+HsG1TwMvh9uxHmet4Ytot8xovGuF0cr9Q1O14jI9LtJxM+CB3fWK/lYEz6Lza6gFzHHGHpOke54UFl'
    'oBH5Xj7asZ03LNuZGSP+4bJDFzrGRa4Vpn9C73XfZfe6owis29CHdGydhjJ6028qPuAugAnZzssKOmUi9/0y0vfOSdb3ZQRGtlnw'
    'OofHoa9x3Bkvzr+4MOV2Z2xyXFPZ7m+JTCMqfMv6/pXU1xlDfc+R8dnCAdqA68bnUt/9oKMedQ/tY/LhTs3dpz/gjEBbuUVlwE9x'
    '9e8KIkfpZnXr9G+2aeTCQeuyntCKfB7K2e4R5BzndFyP4v6k0tnCuqYTGXZYX0c0dXD6bjboN3B6aixxJNIlLeNAbwbJgWuJLL0K'
    '5OuURpmpWddOjW5Kv4bmRFy2EMZjKivMWdZP/QWG5VWdWTr9KdWcF/hPATorfYZ6PWsC6t9OZN+ma9CpwX06/SSXcZ9L+mXbXtC9'
    'j47JpV9HgY6aK3yNxdyF+aig+/FxaAP9RqDtcgXonYjdQtz7kr08SuX/ov1BL717r69rg3bWX3veS+t+DDapT/tnDtrUtT0Btoh7'
    '1fWdQPIestuvR5V3Ocl7PdR37I/Ueam94E0Pg29U6Et2b3F/Uc5XyPsc+DN5FHyOPOKln3/SSx97vtTe/KvQh5efLK7Xlf6dDfIi'
    'TtO2AmxQ+wPsw1Gw9suE73OzgcFgB7G/oHVUkvyoD0bLLTcst5z1OWN5ttE79EjWgyMbHdXJMjcu89Gez/DsFJ+PlMGYyoHzsiE4'
    '70oDnHehBc47wwLndVjgvFUkbyvgoq8+qc67xAI/HkrySp/TMl39dXW91FeH+LI6jy3urHDcM115BNSZsdsznYx2tvMhOrU9ihYm'
    '5lbP7a6Tgk/KLIvNOflxVu5a+Hcd0Gp9sH4Vni7dpHky5k/Wzpfn/gIol8OXp4uuW2OE9Ud9LAmQ64heP81n4+9dwtPZ5B21yRIP'
    '+nqpeE7s3gO+9r/rfVtM8KQAnPeoJu88Us9MwKm7v1bqy+zfn4Vve0v9PKTgzHhiT6mfh8fgfPrRd938J+Oc2syfzfksx3gLlM+I'
    'cvp1ntpI+YCyQNGzUzg/Cl1Lm/PTdP1bhJvvJB2Ntt2ARhuwoNG6LGi0iy1otLMsaLRTLWi04x3usEsM6LD5FrTfLAPaj/rboThK'
    'NaYoNo9NDGdQO//8y0AaJupdvXoS3tVrhL0P6MA5TheG0BbHHCd0ucEZEDLfgU86XrrcRBcio+Br/oXlvvsQgfFmgivSIthXlsof'
    'VnuIHlCYHysbumrkivhjJVjFTOmxm+dDFfwS6tNsEda7v5heUPFzprF9jHUshrRmv7tsrJnQFhQGT8//vScivfEt5h/7EOH78PsS'
    'fHsa0q8QH+oqWYD0lY0xkCgv5GnmS/tf2svrgzHZm6V7Y/3D47s3X3j6nbU33wf7M8re/NkPvfStB3x+Je6pz8O37wPt/rOv+LQq'
    '0qEjQC+fiTTw7uL7ON2jCzRtToQ9+qrlHp1L8lEfwZuYDPMc4OteTuD0cse1V+HDTWSftMC/u2Fu6kkbbVsPkCMdnD5R0dDLNfpg'
    '14hiu3HaH5T/pkSxPfJVxAZpSKhtli8Svo+bHgNdmS3Cj9+I+gk8VsRmUewL+yTSj81MpwHzrIJ+hMmqt7H+H0nmqFOY+/bAccwm'
    'uiEjhuVU879FlMYIpHo70zV6OyeHwCT3W14RAJOXR6B5d+ZfrEzZ4f1NDLc1CHN/Nrh+mVQ8Pox+I+z9J70myuP3SOo5zhHmeud9'
    'Fnmxja+S/bclZJz3kz1iYsvVR3RXZPm/AlwaZY2ozdmHYqoP/RcME33B1VkvPZ7FvjoJYl99gMS+WgF5OyBth/Q4SFdBui5bXPeq'
    'rO+HDm2n1oe0dyTh+58K326b66W3zy3Vu+PlMaYqngknQjyIH5zjfVtBvv0l+Ec/dLvPM9Px/xcQOmEEeFlvAa9sD+Q5iJT/04Ve'
    'etqwr+eI32ZdVPytjsgiZLlGJp+Q+VV0iO1ZTfGYlIWcKezxGKXLszHQxXQtr4f0JQfetEmfosyXjlabJny/o0PCzU9RmJ5plSEe'
    '6BFq29JRRkMcCndc+m2zAU3RZaErvDlE9xL7p7IDV9kxYZzUKg3upnGIuD3idg29Qf0NNlR5vpj4GaKK06eaG64jHuT3i/qLWSvU'
    'sTQOjqB7bAMLq0G3P2x8YwUnGB/R9JzfzNb6eqGP73FPpUfrIy32TtpzVQFwNxYwX7i7VLrhSJUtRpAeMfcdSX1PLlHY6UwE2Kfz'
    'tABkcyo/XNtC9JgHNO+7QmwruA0L99lX8AVX4flvc/XFZzLPKv+uQxq9/hHFfJVzjVS+JVQ2xrUM9jAu2jwLvMbtZYY0NkfdIbZI'
    '88nd7Vq25p0W9yruu5Oetyo/iKqYbnT+rhHBPhQHLPsYtuZ4B5qRh+EfOOIg6jfOtS8ULjC+3SyNzZSpHwWOi9HupkXY++4cZutM'
    '7bNs/ALocEmjMPPjYTqHTYa042EKnLhNqP1ZBt31O4U6DqsNfmieoGdPmM+fd2c9nUwX/N/C1knlI1hH/wXBbafmTODxAHG+Z8Pe'
    'oH2boTkLTfBivwXuVPl3xph/qKM4n/VtljD3Udsj7OKJ4xhpX2YL30+ujnaI6n/6yxkPv7jgYMpDx1iWVF50JOPJcZxD6+BnD+fn'
    'URiaw+bpIFLGlKe7leFo1Rm6LYCGPzgAx9C+zRXFMaN7NbQyvVc3CXt/rqp5OgTercmv8fcjnrN8XPOYrMdEfpFjPIA1ZF6C7hDo'
    'F2WZwdlnStONas6KoH6Y1t2jWItDNfDSq+hHM6RVCn453x990FabUPsqMsHdtF+DpL2w/vIxzmdjOEz4vr6j0j6tZaLNaP8XwLuB'
    '/MtvO+wXEzkcndMdCtzXLPwYhDUMj+rsrVV3zCB764VsnY6A9k4Tdra7NvtBB0tR6U7uAyJKvAidnG4t4KqovI+JzuugMHIkvPtS'
    'vtwHHOnMRSF9qRLF/uxt6Ux+tzlI+P4A+oXaP4gJHjfxc7WY0bEHsbEv0ZxRtnJTuk+PKjM9GHRnWpzy+u5CQ3B+Zpiv0P4IeMH0'
    'rroU4G+uwXkc5k/CBG5VZ5gpHgg7GylcLoN33yT5VPdwU1okjrHTeV8O8+46bhMaM+zO00LoVlteO5/voxkvfxHj5atieXB8QL9z'
    'uvcM0Fty2XdR2qZr1s74BToeI71DmdCLK0g7urgNqnhxQ8IsnnENkQf3RJAHTyYalscKjfuuZHp+cBqjTyMH/n3G06OLIofqDjhX'
    'TMZqSvMG+Rqj8PidjIeHo9wfdHFj+FqaxkBTxVmiff6LfJ8vmcDr4HrX6I649l0K+DWl2/kd7KT8HE9PTQx5B9fVHbIYH5X1lQOf'
    'UT9iQyF3M65HQseI+huHGMpMOg3hLIw+oLwYrg+4wwI/2/QpyA8v1Xc9QYMPtojg+EsDlveMMN6oKpbiIMMjowod1rC5Px70slXx'
    'FLcYypZc7oe2fi8HCB/aht6sgndHpT3foojDOT+e3k0bGU1TbQCb1FYVdQYoPzKn2fcDClqHw1KXBQ8piAdfy8ZZy8ZZp7hrofwb'
    'ZTytrIyJPn+/hhfE5TeNZP6aNPu9XxTHYS3X3dc2DvR84Fnr9B1MeWkuMai5fJbSKf35ct/QnA22Z09YniHHe69NbAybe3inBv5u'
    'UMwj3RftCvmvKc07bCHfcTkbeLzzLraHpjOe13jGA25lOCaovZThWaeLjY46MlLH6x8McK5r31DmXkV4tsMh/DrVvTAsbkX/BMJv'
    'tnPFcdJMtrZbNGvbz/JF0fnaQs5o17vQkOZ+0qXQbzTBD6Z0C+fLpAhfZn1EvgzSufcJPw5zBfTx+cN9e7sacgZTPLNY+H6i5mpg'
    'd4jJ60z4kD1sTkc0PKtmAmM3gMwU72e0jfsglWOi9x1bu4xsiF0G+tm5sMxz4WI/y/Xy+do3Kda+1mDt+b2ppUzzqtsPabIf7oq4'
    'H3T2VA1Cb4dF5/KNC6P51I3sN2xqPTiNsGudnmxYBrleT6Y82Qr6IFD5gOAwURMAEyofEJWEP1/wP7rfpyXkv11suT6Z8vQOXGCe'
    '+5PlY6gJGDvf87NFsV073juo34CPg7+Qgfbi+3gLs2vANl/ZDPobl5T2Z9eHIW3X6/iflfJ89/H+077QemxwVi3bs5UEdhBXCmHv'
    'o6tGYWsg6+s917+zu+BXVT4XG0eVDfpf9djXoZu/mv3+2WLbN7ovpD32ow77olxrS20nouKTekuYqlXwaAr+67q89DMbivktyVkV'
    '4azaGX7eaJ+dZmfVbHKHonAi00HAa5+H9BXmq+kxSHsgvaTdzH+LhMuNEWkr5Deed6WXnrUR0g1wLtxSGhPhi1eB3fw2dd5Wkveq'
    'DcF5qb7fr7YF9yEK/RbkJ2dpPtNfOsyjyldVWnOOu/qqov7LEz9yejqmXL6qqoS9ryqMXUHPvk8Av8Nlr3IarKrXS2++0av7RPJt'
    'zjVe2n2T9+1Y8q0S9tWNN/nxAPm3Kz7tx+DCO+Z1cCYuv8dLn93l+7HDPD+Db6OfgHo+UurTn9dz0abS+yyvB/NwWjKuvY8xEQv+'
    '0+4C33kXFuvuVBLdnSBapA5okaWOe+IXPV5aC/Twm1ugv5eYnweXxkxf4b7a5Ehf8Ts893syh3y7G/yefP8xn+5BuJC+0mT6afBL'
    'vO7FUjz6WfB3/unvx3derCOwgzDzQsbj8eH8qO6lfJw1AeOMEj94ncM9AfUvZgDOSxH850LX353xcDQft0zngt/n/9ptPy5Z946M'
    'Z8tL/VxlQ+b66IC5XmQAUzRmSdB4GomcQQV/lLa5Cfrx/x5V+9N2jVkSBwy4+uajMNCYX6cXLHiH1N90Ddt7UWiQctWrumMvd8Dx'
    'R1uuVRKTJDgmSWoKxSSh++nEtAyXk+ynd3LctsfzL9alvDnshvnLOvB0xt9nfSZ+n/UdZRQ+BDxNlrS1Lc5Hfx00Hgr6H9XFQ6mA'
    'cmlRGjcD5XQ3C9+3GbU9oPFPVPqFmGeA5MkpdIka4X2DKPVPFRbr/aIAvbqg2MxhsvpTiJ6NrU0M8myQnpznWI+rXgj1LaCyqx0Q'
    'av9NQ4yHNBvu6bZ4iNLXnOatIbDUTWwjaLuusTvfLzzfkarzYYkDvbUb6O4miBfz2tfsyjd+w80+abMtP+xB39eny7yhL4FKB/z0'
    'yEI3WdMM+JsmSmM4pUNwlm3c4t+n7Pp4NaNVJvf5Ge9hfGBiXGMxhgVjjDlWo0peseCjXvr22eDD9hYv/dhdHmwN0jv8ncV5//39'
    'cC5D3m6C67DeWSBzuJzyGe70y2Pc1gM+d1n7G8g33t7p5Nt84OX+fpN/ZvFv9Zf5vkXw299ugnhavd63Y8i3fezbUirDPLt4fAsV'
    '33B88xTtze8tjTO4j32jcQZ/BDKd4zaW8sFehW//fUd0fl2U/T3FRJ4ZJrdsctvj6UgyUZu14z72Ke+9lfHeE7wegte9ZWuLfc0N'
    'Pke5647ke//55Ix/R5/xXIaSA3nY3QOl59GHNhR/o+fRyTcUf6Pn0R9ABplV6K/htws+FE0uk5xHivNIlPE8Esl5lJxH8Z5HP8y/'
    'eC45j97R51GW3Tn/LAcx3m5Qn0/rSd6lPcVleN4TSN6HIM/b96jzLid57+gHncKr1HkXBPSXn5mtAf3leesV/b1ipzqvqyw7OTeT'
    'czPBlZP73NTxdCsUPN3/TMUYx9voCEmL5KHPHrr/O+KEiSTuuoEMG0Q/buRQKnZ6h+tqCtCPW/RY6V3510/5eaLwblX3fpRfS907'
    '3u7II77+XJQ7egKfRvDZ4XwGpdOxwqcTjZCessRhJgZVFsXTYUUborzqZOFmS1KnoRttZfx/BP2ETz5taQNDcEk5aZ2ExhnPp6Os'
    'NI7ObqKpPbrdREFHfVtxvWhDI+1k6HmrOkcpX4HLgekdnsuBKz4F5XaV8t0fBh7Fzl2lfHfKb+B89y+A3fh5d5ee6Ssu9tKGy6Kf'
    '6br1aG739dtdzh6dDVGQ34vHxMSydUb6jscCXiBKYwHTNeexhuma81jDdM3Xd3vptVeWrvkhueJviW+OyWXvfKTwY25Q3xwUXhFu'
    'JIzw/VwOvxth9nEuezHhU01NPbIKcmYh717nA2Id+fYgw2nHkW8/Oc9Lz+kptUP73tVAF2z2dXq5ftjTn/L9VKIdA/LYz4Lz64zN'
    'pbx72m7h3G4vHlu9QiaAeYJ8yCR4ODIePjwCHg4tGxdvfkbCm5/yvHkdnepyJnK9/EUK/FrD9OG5rcj1ItzmZJDkwdiGA6yeLUJv'
    'l4LxRi5XtMX7c74w85Pczcq9R/g2L/jNxKf3aqG3x1lB+kv9/9K4JItEeWxmVLEaVf4PeVzoTqE+P+RdYQmhw5BOLKfNbJ0otstD'
    'myqdLSD12aGC78Ux7bmKMuy5VsDRKcDj9VCe2yFG8UtxtCONVSPUPqcRzs8WZnFNeTzRDrLntgqzmAKy3Eq466rijvQJO//f1Aet'
    'S7wlpMvoPt0min1do1+gY4WeNisXrFI+hotdkapvm8i/m0G29PJudd7LI8igZdmZClmSDcyjzdub3/BtNpYqvkWRr2WhnvN/Uso7'
    'Of9x328E551c/KI/Np3fXelf9iDhZg9Gx1fgqz+itvcOunNXEfh5ryP8mPhvCsrHbfOC/HfrYiDZ+tV2gdeT8j/OEm4xdCbSmPBc'
    'Ml27KD5nflMR3a8w+nVXxaxVxWIdFfaxh2nMMFWMAO4zn8etp3HrTGPmzBJ+DFJVO7b1BcVi08XSjiMW03Th++93gXOVLEG+21zh'
    '+61Xrb0qniSPl2YSw6hPqGNddLPUNLa1afyJ7YZ9U/VxgM2HKTxzP/ybhVkcgDBY6FXsh8L+z2/u92nuP9dq9qtqHoYD9ptpfCUe'
    'D7DbYq1Usa1VuIfn2xrQb7SVl/P091nPv0Lc8daixK3QxZgywa85h7ndGhEGOY5B3HJOfm6vEPHHROR7qN9wTsPisKvwWp9ibDre'
    'gUn8s7B4PzYxq1WxR+W8/2cekZ/jSC9t1/Rru9DH4TYZd6/Qx7NRtdMbcqcMo0lM9zKPyybn7+8yXrsu87fNAh9ut4SNuOJajoqx'
    'ibkTNLZhDTzg+XVKfg3ujog7dDF1bOCI003XsPw7As4ZXRyTsPG7xPqhcUzKETu0MgZ6dSxiIWOsxIfzL98U0fwJ11vc1Xgs7EEF'
    '7yvIT2/KoF8Yj/EQzZ7iZ5kuBo9tHKxr4R5qQ4u7xi7OOfbxdE0faT/6RHFMgwpRHKt7Jtyp4og3z2MfoN/UQ8aQL6GKnWkDbw2E'
    'H6eK2Uj9XNFzn7fbaNGuShYry38z5fm+st3PKN+YSb5RXn8ryb+I5W8iPM01mj7WkXE2kbKmvPIdlrzw7UIdd24kAM80W/Ko1gg7'
    '3/MtDG5ahNqvJZWpzyMydRrzkfKwOlIeDWA6l9tC7og7NHf5TsXeo2sflceh4t8vVfCKOG3draGNc+T+E/c9M0r80qh0Br3Tcfje'
    'Luzil0r4eUgUxydVrflmBU1B+3ONBsY6Lehtk3h5Q5b3qXLeM1zOpjAcJvn3Z5SpfhWfbVCzZ8L4WZs1uCLq3etaw7tXkMyolsiM'
    'Tp8gMqOtDmvJ6X+OH7Gcq7zoznyGzzBZRotCL8P0npWz1P1Q3XHD5AS4B5dF4KMv0/DR4+Cf63hCpvzjbsXZa3rf69Xgxm2avf1b'
    'pi+1JQQW+xz7UuCzZ0p5hMOs3UHFXKjyu/QjJ9RxiVU8dx2/MgoNoaNVbHmyyJM35e2bnn3DbL1uz6/XlRa8lpzjvig3nRYE/9s1'
    '8N6t4GWPpTzgiIy7HH9rRJrBBEZyCho3yrrlFDxwmz7JOftp/tC4MWS9h4U+fn25xjMbZOj03pdm/KcBYc5fRP3C2XAXVPFMezTj'
    'H1D0j/JDbe803QHzFxfNw/PJtb4iP4F/dORZVjryLNuIrqApTURpIVdaivNsbfhS1aSMTidEdZ/eyniMnOYcIPNyFfBxdDIvimcH'
    'NbrIfH3PIPoaLnWij+O5Y0R7o53j3BCZxVYLnDuo0QkdiJE/jjzJGwg+QpjV8TJrFTrwo4SmisJL1fE0N6c8nDiReZp1FnyO3pD7'
    'hgoeNhPYsY0THAevssGBV9mo4FX+R/7vl4r9Z4MXVWdNEI+S5l/KzuZWNs6miH2j52ozuU9HvbfKvs5X8I/H6j5Lec+mfNrRgLuP'
    'au5nxDj3M8ncT0R+cJx3KpyzcvGHdXy2aY52KLR/nQw3dlqeZci3qmV8aC7bRbuiwwzoexVfIKfQKeB2I5SvOsD0HjpFNLtYxOFx'
    '2QJxHq7pnMt5K7bPTb+jH0GecsQOxDXtYmtzhTC3kU5PcSPpwsReJaI8gday3M5Pnl3Pw+8MwUPJHkr2ULKHzPYQnn/Iy/pNyj+z'
    'kEdGfWfPsTwrl1rkRzvqQyxleio9BNPyss2DHcZ1hOW4uA/tBPckuCc5v0vP78rk/E72ULKHrM5v1Bfhfi9MeYyNCnkFPbuRr7iW'
    '8RVrGF+R34mrRamP+HNitKvqFeE2d5Q3MTNGHUDqN1HFn28icioT3TcdX6IS9pb81p9/sTXl5ou7JeJ8YkzKeo38J6eToTPeqwvP'
    'tRF4ki2Mt2OipxhmP1xYw5SPz5DWLZeftHcC/iMnS5PLUZM1OINs5cxxwP8OB/jviwn+L40J/k8H+QHVveK83xzjSw6yFO0OVxH7'
    'qBELHbsgm1Rud9In7OwhbW1SBzTyfaqPEafv0jqiE/tXIl5b47Cx9ivk4C48/qM1so2cpV4W5+Pb3PldfDStIbKtzSLYl1oQ3HaS'
    's+1wizHq9Cv7DXX0w/xhqfwG3Zj/R7sIt1U2tVkZIqmLr55eDc9mQCHvKeig5Cv4osEcbxWlvvKCytjAPfd9slUh4w5bm1kxw57K'
    'p3oF0aFIi9K4d0cwmRnH6z0KWVu59+QyohcVN3xSG0nVecNlij0a/cR+DQ9Pvrs3//e3Gj2uIY2e41bFHrCBR6RpGhnMD2n6wW3t'
    'JjLeqgqBZdSli3MvSRg8Suj95ZjY6JvipzjnqiaE1sgq7t8HWfK5Kzd66ZfOBh91G4PjJ8j+/KPw7QhdfelthfgSP+jy9QX4t9T1'
    'Pv++hn0TZ/u/qS6dfPfBruK6a0l5/IblP9il1xdQ+VtWxe2gc9gIsgZsrxZ8fH8PfH5XX1TqO/AMGNOanlLfgfjtymvCz4VppJ+U'
    'Vn0f3Atc4QLPGAoXb9zqwwvFmbSNaUIfL4jiORzr+y/x54qvm24edXq7cdDy1KdmBaHlG2Fs1SLcz6Ise4riXkdxkKnvCqp3xGny'
    'LnZWmOh09YnoPr9Uto7c/+tnMj7+NdU10/kwM8X9/Izv0diqcL7eEOlrj4V+mErn1NS2YnOIzqWur+/OePJU+W5Ntri9k7Je+oG5'
    'fnsyshJNV7Eyp0CZD5IyJxvUu47lORby3EryrMoW50Ue9KmQ97a5Xnr7XH8P1Wf08D4UoJfu4q+G62nJ9n+Z9mKlyXftbIwrod87'
    '5/p7JGxMJuuj0nPk62LSFu2zSd4zYX1WZ72xP5j2fS/bwL8NfTYogm2lEX/sSns6zyobgwHFvjfV8R4VwX7L+tO+rQGWeTmkftW+'
    'fZm9v3decd97ob1z0x6/mtP4QXif3wX+DdJXRbH/kzVkLNsd1mokBEfxvTMv7dGiLr6ZTO3hZTtZ0k7Y3HSRNGzcbzBc+3rKv2fa'
    '4CIV//MlkPGYzgWvd0fInHwrVXrnVtn82vrAwPr/PlXqN2tUBPuAMoll8DGDegcteePIIzuYrRXXMx6NgRYq2GmlfJuqIQW/ROdr'
    'jN5XN5A6OAxdL4L9vOIanZQq5d2/QuCflu0xmEuJswr8iJTPl9CtEY9rgXA/x6BsrwYXT0v5splOQ/z93wp5jmoeKe/k18I/a8bq'
    'zG8EPZk2i7Md6ak12ei0gmz/EaLbP6jhn+E59fckb9C8yryfFX4sq913Qiyrs4vjaB19F+x/knfBR4vzzrrFSz8GeT9E5O+mZzOP'
    'Y6O7rwwq8nDYonFsdPT55eT+etDdXvoPuyAmwPl+HJsqzR4+i9yNL9sAsT53+nFsdHHMTibffgfxHt9zY3Ecm0JM0e7iuGMryDeZ'
    'n7a3RJTGP8N1W0C+8XWaS75ddFtxnTPJt9aPFH9roP3cVfxNFQ8ubSlnC4rbqYoZqquH8gtShBfvyi9ohTpTwN+ph/GgbWUjsQss'
    '8IUUPA2dnk6Uftni+3Ktg608s5XMicyfZnrR4zVnqnNuss9ZzTjMWRA9Ntnns6rM85nAnttcmdw7Jvt8ZmOaT5Xt42Sdk7qY56Rc'
    'vKTJPs8VYzzPCVzGz3Oc7HPaHNOcTmR512Rfo/oyrdFYyjeSfTLxZa3JPhlb2dtkn+/KmOY7iA+b0Hh6Hm5yly2/rCuZY3cZX7J3'
    'py49VFuGuYlTZ2Kyz+/smOf3naSLmeyt8uoJTfb5nVam+bXRj5rsc9gwDnMYh75rArvl0cdL6GR3PbaEDxA+d4mM21y/L9mL8eqD'
    'JvfYqcszjosWjFv/PJHVjo0NR0KHv/PsvhJaYmzXfLLPd2NM8z3VbFeTfTQ+diyJzmWprUgyJ6U2MsmclNoGJXNSahM12eckE9Oc'
    'TIW5iAs+qF1cMiel9oDJnJTaQSZzUmr/mcxJqd1rMiel9r6JDCjcdj6Zo3CfAYmsQu+HYCrRuYvJ3Mj+TP8y+Ht80G6cJvHKXXwN'
    'Sp/qx2j6xmO9rt9r147Kz+bte7104WOlfic/Bt9WPFHqd/KLD0G6W+97Wuc3kdrOXyvcfAer9N5HQvSGdHFMcE6mC7Vvah7DuI/p'
    'hfGY4NKHxlxW12aNbcSAMLdNGda0J9s6SATbhpnohfYJfaxV3Ro/lfbkQdTvKfrUuUazPjeIYh8wGH8tyAdzmB5TmN8l7heVxodB'
    'nxwtivGbxqfFOVopfN/EIxHWAuubN8awpPJxfWba85GMsWiovlkf0WUNGiOW1fnN1enEm/pV5n7jD81XXJuyj68g9YeXMJzJ/W2b'
    'wDXCF49d02u5RrQe7ssWYza+m/UXfWTPF6V2WS5wSNfZVO9Z9vcQ4ftVK8e+1s0NxqVqBpirgjVVwX1PhPZtbdvC9t7MGM8gOh+1'
    'ACcrGJzUCfM48TzWjU1sdjpmV9zaDOeKTTwWFc00X0Fzzci/OFPY4wo6J6+JYpvTvgBdiigxXGxi3fcGwBtd1xuEPlY71w+W8/UM'
    'wKNrrHMXfZQge4qJsofLub629VAbaLlmm/J/l0yAfUzXsd+wfRXtME8U+7KfBjiC+oVzoVOoX3kdzcXxa2PIfacWzkLZrws1uuLd'
    'wt6uqM+hTHcIHHPbeVc7J1OYGGY6kp2W8yHnXfoVWcDKb4uIEwY1c53T4EikO/dIPRKNTQbW8UsL+rZLqH2udGtwo01sOD7nJvZM'
    '3Yp1kuP+gPB9zY/HuLuEPladCc4NgzGMkUH37j5RGg/H1NbGZl/tCBnrgDCPd2eyxoMKnozp/Zrjvibh+/hcr8F9ow74a1gzj7oz'
    'xBaH7YuAw/YZzFdNyuMVqGj7AYt9Mqi5+5ucG/sCcJnpur8kPB+1un1vuzaqPNeKUntZF5xA41mZ4jmXNem0HD+uhZzPDwo/pkSU'
    'fV4u2OlhsDOgwYUusCTxw6nC3t+P7Vh1sGM6B+U+a4LiDdXAXX42yVMlfD/So5AiD6pLlMZKQjvPfpKXtttC+OJUhnMUpMsYHxh5'
    'v1QukmbypmmM94Cxl1tD7utrRHEcQ2wjbdAGxm8Nkic+JtQ2OiNCH1NcRaea0r4mZ4oqdvkM9n2ZcI8l3CG82O5BuLM/pvF0Kvaz'
    'zV2b80+jxFDm8gs63gHL+7fq/O8Ueh8Ltn4ZRtm90+Qs2cfm7ZG0z9vpi4DneDzOftJX07oGHcbTI9RxLE1ovmHL8ZrcBzkdYMqH'
    'szm3Oa1jQkuuzq/zbx34cVxmZyrXRjlxg4JvzHE4rkFK6OMTmuoAoJzuMAWtrqI/Bwz3MNdbCCqD49hIZAqcHug3oOtNcddwxH7K'
    'skdo5muLhrdxvSU95dIvLmd0iX9bIXz/vTRGKPfTjTLmBgN44DFp6oUfy2RIcW+leXWxJsPGpIqBKes7Nf/xFod9XQ/tzyTfmuDM'
    'x3ow/yKWH/Mh7aXqYx0ZJ8oaGyzvJo3Qj1mas3OfcPOrqpIF2sQ1XWMpK25hsDlNQ5PqeNcon2thMqlv5/+e0OCPcso/dPJnis90'
    'd6kBBR6k8GRSD8ol46Z5Mb6tCl+PsvHbyIGw/vb83/IxvBvENS90r9Qr6lf5YAlavygyKx5rS3cP5nYrsp77hB+HCM+F5w/33i0k'
    'd99FotinxWKFDhWHjyHChzWFjx5GO3PcZINjWtldn4+5STHmWoMx0/u+TX+OV+g4ZoUfA1pFM2LcSlvdSMp/WIZ6kW12c2jaxxYH'
    '/QKdvivivOUOY6b3/iaotw7O5xpUpD9PCMJiL3kaAfa2kH7IYlcJfy9eBuPPFBpOv6MfOnd/8lCL4jmQbadweDjtK/fEjfD+xGS9'
    'p/x6Tye8J1NcUMXuIVjmAJIIgIc/MnioSOBhQsDDp4huZqdC95rLI11ojTCe0SjBN8d+HWyGHvG+DZBvpw976bsgdmQP0dXuDNAb'
    'N/F/26uh+84mNMtEkxU3Aj/l0HHQ46GxLeldMUjvaCGU2S3MfJ6E+To5mfgDCvOvckaInxz0pSPTE7J2PkHC2j4zWzzH67J+e1y+'
    'wr+X4EaY20CMkDwinTLLV614R21K5NxfSvjTfH1kenrWg+sMlGkmdyFc8zWsDK/jxKyeJ62yUaA86Oki2IYmF6L33s/unbb+cE7M'
    'Fv8+hvk/wjGuzertOjjewLiy1YA78L705XYhXsn/vZH/e6a9dO2aII9MX4H0DUhl/iqyNoPwvvYcL30cbDEH4P2uD3vpqx/2yqwF'
    'ntxsQvvQO5LM+/F2H35amFwDz7F7NnvpyTeU3o/f2uKlZ0EfvnGXGi7o+mO9l2C/20vr3Qnftrb7YzddC8rrmA7tHYw67Nd66QM5'
    'tU3fv/65l9bcVWq3VwXz+9936G263kXGgDb56DNo8TVenjVE3288aJi49U5zTJ/RhPe0EOrve8BLn/qyHa/54hfV67f6CS/95NOl'
    '8azbH9Sv229In0Ye8dLPP+ml1Y9B+R8F4ze+b16G8g98vxSW6LhV+0W++z7QugV71e97adPDxX2YpsGx2M4nn4VLzm67PuDe+hLw'
    'ylzkKJwOCCfyE4qg+OnI0h9huYPkJJVMTnXZcz4M2Ow7Dk/zSJ0cRl3rNIXRqhB8Q31mzFTc12z6mH0GfEXs9dr8XcY7V/FdAT98'
    'w0v/34/t6q5+0Ev3fNer++WMZ2dSmJNniu3J74T5uHuvHa+1k8mYi/kX4U86NXUf5SUlFlSULeFfXJ2f8GMNZU02MHTJi1761SeD'
    'zwd+XnLYo3tvBGDuvqf15+aq/Hj+UiHboOch0kO798BefsqH4UaYA5SfXb/XP2tlevzDxWfp6q97ZQ4CepF/4+00Eh6gfDfzGZ8W'
    'KOzr3V76YZi/tV9Xn8ctluvxm6946eWP2ZW7A3DI6p+U33eISb3TCCTXA1zNAlx970tuddYK3+cK9hXlSVRHFmHss2mPB6Oib+Z+'
    'w18/mXcB+fbYj730R9/174v1inIyfVRTpjGgzEdXqMvo9HNM1v/6vXY0VjfMW9YQj09hpJ4pQbru7GbvaQtA6JpHrv+vUx5OQ9q/'
    'cG7DvWS9JW30pgM+kPnfDe3etrcY1343n+EUpC3AR85lL7jRQudPEBxVK3y/yib45I6UT7s9t9Bu7P8F50UTpI/BWXYV+AC6Np9x'
    '0MF3hkp/f63lXMwG+pfr+1Ea4z5Ipa4DpaNtZffXAp6bAfX3wXxXTDJ5WMb8ydrIwzo6yicP2+/wNCrkaTY6FdVszx4BaeV+N31B'
    'vJOgfmciU1XIVMsIQxTPLBfF/l5qAnSzG4H+q1fkaSJ6fFuZfm8N0S/eGqD7WxsRZ54k3P3HmfAtp0M7X9hrd27cDmfm9+GcOC1C'
    'Xc98zT+DZF3HCv882wP0wk/hbL/qa3Z1471IfLfYD1EVuW89Aferrz1ZPLb7Hi/Wt0A+rUzf/6g6b5rQTbr5p/4ZL0Mdseft+SCU'
    'f9K2t/g+jPN3k+V8yXHINAXjWgv01mWwzkvJOstLjE3d64G2eAZ0C+aQfrrW9dNH/Dpl+toj+rt9b9qTZ0SZ76YfF/Pb+H69eK89'
    'jTNTwWcozPmzPozZnG14v1fRzR1ANy9Me3IOW7pO1nFim934prP+ZQk/xmZcFWRcuK8lbyRIhlHJ7td03RvhSoT8nNUwVy/vLuYT'
    'zSb8VuS3yHuMzZzNfcant3V83z0pTx9X5hv6cjHPCmU1pu199Uf+nQbxtMs+2/lNL/0j9PsvUr5c6e69Pm624o8/DTgU9vBlL9qV'
    'f2h3cZ+GSZ/e+obPO3O5lyJc2eJNxMNfALg6K+XLuk6Au/LFT5TiVJs2boO1uBjOyzsIj1SFA5emPBzL5Q4FuHrR8d7O5JHTydzT'
    'uyPdm6ZtUL6TTTkq35R9+pXwfOdGgYdXv+IOD9QWCvHOz5705R6cL81pKW6zJN99jei8j8C6/95S5qNaHxc4/PVTxftw8VfU8Hcn'
    'yPIpLd4s1PZz20WwLyqUxR8KNJyNvwZTfYOBEPk/p+fDbPl0cRJNykXxhRkWfxrtYBY4nv9chmdLQ0n+HO4JE9/QFQA/lM9G+WHL'
    'FbpANv4n6L2xlekWhdlL2/q5cGmHywhW4LkiSnHJSqSPhNrGyNRXRgXRzQuy4/lCxp7/Mhvu3lSvHXValkK/c+Tdcnh3FXl3k/B9'
    'GXI7X7SvOl+U2gVvIPlHGR/gdOH7lujU6OWG+W+Q9RwH48V2w/IvIX06Jls85gXk7tnR4KVHQroQ0pUNxTa0qnvJUss1Qj5zFNuw'
    'TgXvlsLx4U/7/HfZznsV377zE7B/pnroEJ/trI3etxMV3+680ucl4LdpZ/t5GmF8+K2WfTtCAVf95AyqYucYfkP+PYWh5aLYBna5'
    'UNuTB+XV2ZOHrUMLoUdscJUN75Pu3zXQ33Xk3albfF/4+O63Oe/dMeQdngfLhW9D3kvaDMJFeJebJ4ptnlot8V8F+U35w8sVeVPC'
    'zY4T6SEbnIx+mxeweW+03NOVG4t1pG3vHxwfyD5d6MCDN5GfPb/DjbdfZzm39THNreyv69xWP1s6tzi/pznKOBoIvlXhsaMD8Ngi'
    'Czx2iAUeayH8+FFR6pua89Z7he/TV+VrF+foAyk3GOTn5CIyfxj/5ItMjjDKaGzuV43eKfpFNJvvemvdtqms2Qa6bYvi0WEL0ju1'
    'jf2TDqGTZ4TA3RpWZxjeagF4+jrcDan8MSsSm87xsunkfsrRPxTisxvYtzMI3jH1s4f1IO1bI9Q+pjDPSkJPrTWwl1sDdkKHk75t'
    'N+CjbGZjo776TMpTX1g6nN+s2T+LRbHfBpX9Y1ReggktwWXQUXgE3M+lSfkKzfwsD6BvdeM35Vcld73krpfc9ZK7XnLXS+56yV0v'
    'uesld73krpfc9ZK73ljc9fg9r4rc82pFsQ/cWXAPOFqxx6rgbDPd59R2DOu0kTvjep5gUcaKxuiJH7fZtP+LXPF6VhAa0GQ9bOSM'
    '/1dDWy7Cudjvr81PIV8G8r4A7baIuJ8UDD6TPaCcKAqdq0LdhpqwKqYFfawl/64jM9vgm0Y0CUGdw0UeEbchbmrSZ26zqrraGBc7'
    '2jG30Ytc4NNk12OjJ+0DqO2TLjl2HJ4m54GmLOeI70HUZ63Zb69DEDdeqhfcrmsMnnRmopLXWWMi2enpMKHCQ9u2hZUwWno2nL0u'
    'Z5rkpwTFENLRHMs1Z1wUXbWjI/KXj2a6ZYeMoY4ZtUO3KcPt0MN42UcnumqJrlqiq5bILxL5RSK/SOQXifwikV8k8otEfpHILxL5'
    'RSK/mMC6apSfUEdwazW7364J0FnDOHxUTtEO93odbcp9XaxUlD+G5OU+FpoJHqBlVgW0yWN/mtAKWXIXorSCaXxwtGOvVZSndqWY'
    '986UHWxR2JDlbyLluxz62kfK5xzKX8b6b1v+zFS0fb82FU6PHJMKp0eWpHzcsNWi/3NJuWssyjWQPvWKYl8/mKciZRZLtIeV+x3B'
    'c10WfZKxMKeL6LbBsq6fkD70G5TbCuWeIeVMca0s97hlOeznblLOBm7/mpw3ur19D6l7yKLuPyN1D2nqvlmU+p7ieUYt1wDL9SjO'
    'Ul73FaTuzRZ1n6Pod47lOU0xtzzPSSTPdk2eVQY0wVJHmmAeoWV4u7MV90n81kS+dbFv9L6nuy8hfxrpAh630eauvYjQECmgU2YQ'
    'GgLpCVu5WlSeK/oZ47RLmtAu1UIf0xjb7QjRM29gPCzaVk1IWw0xyFpmAx2j4h8in6BBAWfIH6D5Hw/gUZvo2Dcz2p36vzCth8dE'
    'mS/M42TQfWIaE7dfFPvBoH495Fx8uMb3AZYCGcFqSOdD2kZkBzKdB+kKSOdA2grpmSBjGK7x4+nYji9oDHyNL67x+Oym7cQ5fyfU'
    '+LFqeczlbTG2c2iNH+fMJK53V4xtizKtI2/n/1T7c7mFld0m9P5pwsZJY84V4qBU+/7EEJYPh3QRpNWQHttQvDdwDxxGYF/W+Wi1'
    'H4dKBQc28Px5Ule34ky2qetjpC4+p3wdRtl9jPusuTmgX12W/doaYb443Fys6Nc+w37xut4dYYy8rpXVfpxzl7kPgutCzAJSf7ew'
    'j7sUtkZpqN8Gr5rMD+7D16uiwwDW9VKV+57hdX2nqvQ8UdG5q0gsO9OYcRugzAoWI24D0MxfGIe2z4S2P1Tl+xadz/DfLEYbzAnB'
    'h9dV+b7GXGBf1rGZ1DGouP/T9zoYPpfUcQ1rZ8AQ73Uo+tFl2Y+jLeYjp4HLeQb9GA3BSfVVHj0dNB82dAuO73eVfr1bGA7eJsxj'
    'z/F6X1HUm4uh3u9Vls7DqEE9qvi69A761Up7WOFr9PnK8DVyOS/+vNLzvUzL9QizWL4cxsL0lK4zGIML7Xa5Yn5HDfcA1nEm6dv6'
    'rDqOrSo+bociZinF3cfFXC/i5bZ84cNEcUzcoPow/ui7Qng1pudGO/TjTxWe/D4oZjHyf+I6D18ZwzZxvr9T4a1jWPxlPIN5bFvd'
    'WB6MuV7s76cr/JhCeG6vavB5JAW9uYZinskuUqaD3fexzGGszM0Vvq4Dvzct1vAKsqRuWUe/oq/HhrR7FWkX72EL2L2sIaTdDaSO'
    'JazdKkiPCqnjJEU/OA/ksBC6aBmpo1VTx5Eh/Zhb4evd2JwPhfNfUfY1VnZAc2b+KevxPmm9o47nSIH+V9TXI8zir/PztCBPIfVt'
    'YPSxSdxzvl+fjKk+3KcPZv25xzwns7yrNGfL3ziUxXbvzvq6yWN9fsj2h8g8rsuG4/KwM+GymOrD+Tk968sd5jeo8YxuL56Q9eX1'
    '80Nw7nKSN8XyzmN5Fyj6tEpz9+J9mkHKcty+OAQ/VZA+zgsZzx8y+vHwvP9B8i4JyftaQL38bPhpxh/rTHZHXRgyT/+LtDMzpE/f'
    'yujnhffpKyRva0i992X82Df9Gn2IYSaP+2ym2PaA8lyHDe8wsp6PBLQ9zO4uvVDm/aRMLuC8oHh5yKCdG1iZLsUYNzuM8VxSzzXs'
    'zBowqAf7c3JAPX0W9SxTjGubw7gONphTfjdtMCjzb6y/KVJGNX9UNwPLvJnWl+nTlPm3tI/T12ZLz1Hbu8qP075+UT+jc/h+eibt'
    'y3ptYUSWfyygfJ9B+S9CeRf5SoH+J2PVrRHyFj4akLeP8b0+oJjDTpKHrt92Rb0qvlJBn4rkDeIVybyd6VLdJx3PQ8WHOFezNmH7'
    'bADKn+JYHvfpinSpnhvyLd5m63hEQN5RlvdgzbyY4qHatI+HXPebrOf3RI9vNZQ/m9DKlG77lUFepMleDcjLaeN/MsiL9T4LsTrj'
    '5q/Luv+R6Kup9oDM8wDJo+IDF/h/qVKdnNfYvvgMyaOiAWSej6eKdZtMYESWu00xjlE2jhsD8iDsDyv6SO+Lhfjlhvp7FPcVbDlJ'
    '3YMa3cCNJI9KvlSwIyR5ujX6Tx2K9eD36uMD8iA+Xa7oM9dvWhjQny6iT1kTQINhXKCaAPpJ5pmmyNPDz38CQ6Z6B7LcG6K0bo7b'
    'XxelY93H6nlFlMJwzgCGfyz0YxuFPP8rIA+uxxNCv18Rhh4TdjCMdd8vSuGB4/m/JeM35UHIcp8g5Ux50bLc7aRPqnOhEeypawJ4'
    'EY0wfl09iLevCchzAuTpJHlUZ0ZB/h+Q58Ssb8vdYMkDKZz/irUNOy/QVnVmjHxr1KdssOR74N24wZLvzPUpMyLYr22QTmOVKPY1'
    'EKYjR+3jskTPkbZH+xenbp6sayHTN6xV3N2prtByhe3GvJC8trZ9LcIsFlGT0PuJUPmQWCWSOEWJ74fE90Pi+yHx/WCD/xLfD4nv'
    'h8T3Q+L7IfH9kPh+MIGfxPdD4vtBsDtq4vth4vl+mOZg05jY8SV2fIkdX2LHl9jxJXZ8iR1fYseX2PEldnyJHV9ix5fY8SV2fIkd'
    'X2LHl9jxJXZ8iR1fYseX2PEldnyJHV9ix5fY8SV2fIkdX2LHl9jxJXZ8iR1fYseX2PEldnyJHV9ix5fY8SV2fOW240sZ2PGZ2Mq5'
    'xj6eDTYzVH++zoLXSONGDBCcw+NGDLNvVFd8hN2Fud1SmE2USayAZ9kY+ZkyyM5hGs+Dy7/wLAiK54HjXKWop5fhSxrPY4uF3HGe'
    'IX7k9nVNhuU4bUJ14NFGrDLRWR43nWVX+1/b2BhhNq5xxkJHO9bERjWxUU1sVBMb1cRGNbFRTWxUExvVxEY1sVFNbFQTG9XERjWx'
    'UZ1oNqoY4zMLewpxaw3wKquhLRqr/MpIeHhqY+XCnHa47RMzLFzMw3JZg6l9EnprcJuI9BxmysMy4UXxPUfXuoasYQXwKToBRwly'
    'btWQuxfmk3KISw3akTj2t/D+VuH737uWnad9AEMVAEOTBU4y5k/Wip7SnItyrc3ASJ9zv8PTqIDBekJfm+AehKchAk/Jupeuu2LN'
    'b4m65nGuu3x3Qf4f56W89fwXwtdJ9vU7b18nNEDpOmfHgAZIcOnUwKVp8pvSUClyP+ole7Mb1tkFxlJB2zNdnr1QlserOmOyii6P'
    'qnwqhB6vZfypSiKvbCL4FO/H0yz4WggDIoGBCQsDfP9myf5V+eCqV/AfsQzCTSpA1lZveM8LazsLskFBeEutAF8pkh/vfmK3EPe+'
    'pObt83a4TGWdRf56eDdT+Hbsi1k+uu9mEJkVL6PiS9muFx/LOZCeT+Qppvdy23t1NalH1jsL9ElWEj6cGGN9Exu5Tj20PQtk/EdD'
    '++sftpfTuujrRe3nC0/b9zNr2U/U35kTUeZ5016vTJVCX4fLiV9ykNEhjpD13wFjug3GUy0m25NSyBokxGQrDryuxJ1VhiZNn3Tk'
    'GmDlzF6adVlfVMLaz0BoUw+6YdPincXgLqY9ugDjbgQ+lRMOKJ15+G304LCHhdKn2g1IG4EngDRw7/ne10bQTcH3K+7235+T6BfH'
    'pl8s8Xcibx4feTPSmHjG/jTRx030cTVrfJRijen6yLHNJzSXrOdgRquH0Zaoy2JK29M7kopmTHSIEx3iRIc40SFOdIgTHeJEhzjR'
    'IU50iBMd4kSHONEhLrcOcdh3LiupmaSyEtnWyBUTRyZSoGN6yi/7sOnPL3Ie/l3kQENRmrR6v78XcE3rIF+GyINmEngryPL3q+vj'
    '35GOWerIA0ru2sldO7lrJ3ft5K6d3LWTu3Zy107u2sldO7lrJ3ft8bDXzcBejsNHVhWR2Z4nin3Sn8LOu/sD8p7J8v4N0aXgeYdC'
    '2rmbtPNeSAcg7WJ5byd5sQ8jkHazvDfAnMh374J0kOW5VvhxaHieYUX/G0k7tA9nkjqC/Jyh7P9QpsuKY9gRUp7qtavGH9b2KkIf'
    'nMnguZ/9xnpzpH7cW7gGp7Gym/EuC3nnkHvqKaQM0j9VDGZOYfRIIc5CtjSleyuL+tHC9weJOswI/7hXcD5QvwHvf5WQcrsQytvC'
    'Oxbqo8u/tUSray3UtxB+zxfFPm11ceB2MDo2Z7GfKQ06wnDpAd/jBJcF5cV7DJ2zk8hcHUrW/WQod72mzRmKNnOMlu82aJPb6FQT'
    'HlHQOsh1+iihifieOFqBD3sZ3CNM45i2KfLi3uhke2QrybuZ4ZVustdRd6ietc33YB9prxH2Sy3rZ46V6SS6Q43sPO5iOO5qhuuQ'
    '5j+B9O06Ba5S9U3us+kaHNLP2ulj8zfC6ppDeCxDBLaq2NwOM74UrhHV8V8B+k8ctvC8ToXACuIUaq/PbQdoeQmfMwCeUwS2bWE5'
    'jj41sTsBtTPNv81IulJHW+I9YA67o3OeVh3j5dL2KC93LdvnlFffEjJe3RzKtZR+7k3m8O6UB0O6ddkOY8K6pmFZzR01A2l2St9e'
    'K1L7n9h/F9WV/rm01WqLrgh/4OkIKf0WKFfmn59nrK84OxFeR5I1nVJrivv2FsW+rZrCa1wBT3CuytT+3xdZVO/cPx5rfIt+jU3t'
    'QcP29U3Jmr+j1hz3/ZWKfZ/4w0ilxOoDbioKT5tweEJwcuKDZOzn3IxODVgD6c6jYmrLWdqZnGURM+S0flqCPk6zltOUPnXtfF+N'
    'JGs6pdYU920D27c1/oACGyq5t4fk1/m1CdJfOEr49lX0O5fjtQrflwXe8atFsc9Qzm+1lW/vYH2w2Q92T5qShuV9sqpbWATfLovc'
    'ZMqmQkJrvwJN5l+CdJZUcJjQewYwsSLKAlafG5YjoffGfs5RNoXw36OA/6wDTpxia5MxuLUGPml33Fa0P7qTNZlQa4L7pklHd7UX'
    'duxO3flXR9a23qFcGN2X7hB3hsFUrUX+IHwhaa7JC5uZ2HF3usx+28PAdvLji6m3Jomv/fA1ui3a1dvK137YXTEI36WTs7joLC7n'
    '3kobXCsT+mjirUmV8H2N8v1loiOn4jHJMr8Qav/YNuubmVrrnY263mGitzjgIQu8NoSNa2Adt1js2ym+jvQMbHO8+QefgZ8L58vZ'
    '7NHC7/w/7lLtyUn3qJwspjPZcehJk82ltMn4yloy0iCePerVp9v971ki3oiK3xtB9/Na1u5rj3jpJy199Cb0tAKXRAPDUHpadWZP'
    'Hb5AQicna1L+NZH47WqGx7oTmmjs+AKfMzsv4+AbFMtV0pl38oNzy20E3CN72D+ley1Zk/Fek1B9loD+KfVZQvIH6bPUi2JbOdRF'
    'CYpjGyoXyhR+f1FFslczvYV6h3JB4/kMG8+noNw0I10wyWmoqMTfVVPqlKkuTPOfv1QIc7Aa/vITu9Pm7n3Md6wgvdFAZXNPxZ47'
    'vH9fFar/2Rp4U6zc/0bw1T9E9zo9vTA3i3RXTV2s2mq2D6Qd2Z7834a0D+cViveh56cDXhkv/woWxTIi5md/rE/I+ZmsybivCe6b'
    'uxT7Bs6SPC5Pw4JlQ5UhKioD5qpqwqxROJ5Op8dkpWzrsG259KtNOfX3RgVdfGcCMwnMWMAM4p3ORI92XHQ6q2H+cf9ekcz9uMw9'
    '5/8gXVRB7mEN7B5WQ/TTMVbhclYv+hToIHIbWkclyc913KWfhWaSn8a3tKmnJeR+2czqkveBmcLOJwTWX8fwyMyQuzfOY1g+3v8q'
    'ti5Zti4m9dnGC7Xt6zDUk4Z6Zya6D5NG94Hr+g7CuifrN/nWr0r4fooryX7k/tBmsXwU7x7R5uerC8i3sM3dn3KQXF/l89xVtlGj'
    'wNHoM+0WAvOVmm8cF6eF78t+GvlNeUToj4ifFzzuM/JvM4x/y30avSy/s7nCfOjvCHlT/xLAY80AfFyV6CKo6a+dB7Yp8A+teKty'
    'rrNh3FS5TjM0Oil0DyyDdHqb/02lw2KijyjXmPrxvA/S5w/36xkmNB6aVnaR/dgIMuCDRLEvP/Tthz780KdfWNxS6m+Z+ubDeJBn'
    'wX6qZ/SICQ062elXW1xnCge9Mcjup9ij4ZvaHfWBm96gqkbA92cJO3+26AuQ+yFcQr6hf0H0Eb+AfEO/jBjXdy75lhPFPiBnKr5h'
    'nQ2K9kZEaUz4lzW0gsldhNvhU1+bUevhe+fPFPyhai9DWi8Hy04QldKyBBe3CKNu7Y+7pbpwmiwo5RUaMD3MSO/q4ozV9jQ65Tvf'
    'lsBEAhMKvrKK39TJ8FIRze0gi5xCT6jgIg7dxTA5v/in/Nr8vFTOT98Hra/u3GlUtF/DeGTyTNwkiuOBVRG6cJMo9t+6CM68ywmt'
    'ejm0NV34/s0XhZyJqtjbYT6nK8lYNpFL0ibWVlYEx/m+XDOfSM9O09xNp/r9M/RuKkpjYOSX9RZzeZ8bDqsk/B/VncqEP0z9TKvi'
    'O8hB/ZbkM4Vdm1hnbSI8PkdOc7cdEL7fds63CqoTeWNfgvbRX3zYvRjb4zGLco7t7yL3dtP2Xdq5VvgxEnvZHI4SvoBL3ZcCjuOx'
    'p1zqOg3glsYo6CT8C5c6V5Kxb2fwhOlWx7oPFp4PchpvgMPmCJkblzZs72R0znpIn2gMmAvS3lyXYz/jnRJjsB1K3mHMu4PIvVTG'
    'KSzou+72z0vMf9Ne/x6L7/74TGlc1rm7vfSFp9143jRuZkPai4FSzrnB2HYryTuMJUjjaMp3Mv2bTxbH0ZTvGi8rjv14KPkmY0TK'
    '9BP3+LHzsJ3Fl5TO8y9ypfPce37pPK+4u7jeNKE3MH7o/0x5/HEJd9vYnhi2gGPb+Tfhy7RanDVbGX4cYHgpR95j7KhZMZ0ltN6F'
    'UG9Yv0cs+4uxKXisKIo3eJk04c2sT3lxDMLGiTywNoLH6e/OcYSJoHyU91ygoVJefFV6znUyuiQ3ScbyovDiV9CxvDJJ+v4/hGf/'
    'Xw78MEP4cd1kuhrSdZC+C+K9VSOehfhPt8310tvn+vtjrvDjxJ0G5dtD4sU1Ev0Vmu9YyHcriSu3Lmt+1jU4zAcddzukx2vGwfsn'
    '+yVxwzxCd1AZVM4Cn+XI2aGjCyltMw/mnrZ7DcGNJu1S/DTAzrDtQh1PT6ezpbo7BcWiPFIwG6QOqFLDZDKNcWlDp4TFlF0h9DFl'
    'l5DyNEYuzTOf5BnS5Cl37O8UkY9Q3hO3o1LNJS8n5zOsnKt/Yg5XgvG4TOlOKpPcnOga6Pk5Hy/8v43oGsQnczSUCbvcKZYS/Ifv'
    'ThSlMcuOIDK6erLnqIwQY112sz1J27vJUb+oHGM+VzHmMxVjPk3R/1Md5mGVosxoSBmMAU7L0Ph4NO8hMBc0Lz/nZijy5FieWkUe'
    'SdOozq/xXL+rFOu3SbF+F5J3jyrW/qMrStc+1V669kdr1p6eWfT+FLT2ujtX0NpTuiZs7RcZrP0ig7VfVIa1r7JcexqTFGPvzWd6'
    'VcuAP1RB6suQ8stYepLw40KfI/w4gEF0XhWhF3jM0z4ynzxuaJeFDtWQUMeqb2a8d5P4jEHzsZbA9BEOfK+TyngmIY79b/JuRpv3'
    '7i3ybjq8e4Pog7WxdW6Dul5X5DmsrTjPK7BHKW0c1GdZ5gXJlyN4yWa8LRb3GcQvW0gq2/8HwkcfZjhiSMFH092RZF2fFZ7jEpXM'
    'ZFjRRljfhwLkLpxPRGH+BnKnzpEyprHLB9m4tgAtY8rDGzBoi7dxFuxRiteHNHfPEcXY8O57KCuLdW0meCaob2Fj7NW0fQjIJUzX'
    'lMrWwuaqUxTHVObxaoPwSNYSj5jEljfZmwd415CeIEr52ishbWdjUN3jVO+kfGmdw107SK/YtI7ZsOZjPeYW4aYTG6QHOyISn30R'
    '9eQFEcnEfnc1XRsqX7A5g+OiQZoYzy3qnSZlWb7Csnxi+xEA020HptXB9qPViB9D8eIakrrI35vJmfB+KI93nk5Y48uFb8eXrPPY'
    'rfMcWJcs0aHTyUnwTM4SFdQguVSanIvNIWeeC35Yo6G5hy1o3X9X0P5NFjpQJnQ3re9l9vuaAN0jOYf76j3+Cr0fcd2vXiYTaFPM'
    'C33vSn/TNjstaOQ3mMz8K/W+3Djo/jDWYxmxuBvhWG7Nj+Vkxb3JxJ7MVB+ik/Fh+jR6A2N9rzq13t+DN7C2+xQ8PZpvRKHzQHVM'
    'uO5GZwxjCZvvnIKXUNBzIOP8AxufCcz0a/Yn15VwHTOd1yj78rk8gn0vvDuZybNPAnn2B+aWziWX2cvyJ4JcfFXWTG6PeTFtUujB'
    '8j7IvCuIPoJpf1fCt52a/tI+rSbv5RzdXufduVX8gn627zoZPI0q+OkUHnTyfb43eg3WFs+PS+q8O2+5YDdOmP03SF8l+LQgK6jz'
    '7uRRz2Pa/5xmDfqEuS3wgOZM4vzyt2o9HQCq/8fX+LcKHqiOj2h7vvWG4Fy0jXyu1p/niYqPg/r/17XFtJLJHrHVfRnrM/bqWk8e'
    'ZHqmquDxtRAe9bBGZtcDfTi91ut/nPvPhg4O2lvza707SdgZ026op4Z5aZsnE103euacyM6INUw37D3s+2o4Q97MX3IPHwMaoFuD'
    'u3OMZ/3DMe7PoGYfY392j3N/+Pzcke/P6SKcvjCBrQ4LuqidwJVp/QhrHRHpoXZDukrOT8c0X7bWOQ5wjPh/3hj1YzCkH3+s8eRN'
    'FG4fmFesi8d1KXtZvhEN3vsDqbcg160pvkubyuBd7stbyXxEOde3KuhgOZYHa/xzJmdxRndZ0MU5Be2mogM5bfFnNT7d32c4D6p1'
    '5DZRJmu2xWJcSDdsqvFpzolKMxf0Zmt8XD/etHFBPlPjyall/oMbvHQBpCsgPahB/X01pFWQLoT0dEhXQrqE5Z/R4LX9q+rS/e4C'
    'Y64y+ueqy8NXM8XfD5a5/bBz/s/HqX0c/0C1Z9s01vcM2ifO33xvtSdLl3mOZPtgDqSzIV3F4L0D0rmQHgbpKZDOY/vndNgHS6t9'
    '3DWR+YJpsl42Zy+vj/OLegP4R0FtyD79c5XnicRFvyju+/jjVZ7ute15PqLYn5xvFdTuZ6v8O/N43FdlH26s8vQPw/iXNnfLsaLn'
    'z6zy6NeCvI/t+YPZ3p4B6UzHM29FQFvzNG3NdmxrFmnLBTfRcvMhPZ59XwZtvV3pw/5Y3fEL+3+M20Ue7bcqfbxjo8+owoWmZXX3'
    'iM9WFu//ctDb+0L4UjdWejZ3XFfUVifWlHa4ksz/eMtE11b6/iVcaFGdnKFg+x1j3bzfDZXe74mIs2X//k+Fp69B8VQK0vdCuh7S'
    'tCOOfLbCh9vOMcAbD5P2NrP16tTQSTkH/ILwc0+FjxvipNlsaLQR0ofx4HPIPpxXUX4c2RWy9isrfN82A4xP8LJGx6E55aWZlFpW'
    'cUiF7z/IBe+a4ooMmb8o+PaGCPePf82WjtWlD2Fn2TNZD+fa4B1TOulhUvepjPZawmjLMy3r/qusb3MQFy0UBkf78PzP+rYrUXjA'
    'sq7emNa5K4R2PLvM7eC+PzY7frYgM8m6XM/a/oKG9459unce8/1C6grCSyZ8/P/IeL4Nx1PfJexe+HTGh48OjR+Mtaze9zq0szvj'
    '2xt1Mdy3zxBnfSbj8a3Gig8i27w54+lEl4PfUbD1yvjwxv0Rmcr4sa7zyPyMlUziONLmWOhKFvSbCSwNBdBsQbBUTdZ1WLNWOQt+'
    'PZ+XX6f9+leH7Kd1Dvvpn9KeXHQ8cYvsxz+mPfil9xKUldjwlmVd96Z9H7KXPQty8GeKbWCfespLh74MPgX2euljz3t1fDytxzM5'
    'Q5nJrWnfx5mLPafujNya9mXI5eRhyLbOIW3x8W+LQf+dzteqdHRb0sPTHt89SAc1DNaPt9C/MNlj+1M+PLrKPX6V8n0jhMEjh5ef'
    'p6LZFfM5/l7K4yPGIVNRwcWopt0HyDii3t9kfX+pqM/1jlTQ/yVrxPfwDqH2l4F3022krA3syzI9UNaWJy/LXBxQNojHXpD/pXyf'
    'iN0hfCHkRa4lZUxsVmSZo1O+TwkT3NWns/VOufkeGGD11KZ8fxhBNGgjGCTVhswRjvO/RHheXPPXwTYrbt1GWfePoR/y+682gE10'
    'zvefKtM3wafpMyTvj87z0swVvp9UmR7a4+X9ZkBeXu8jirwn36DO+/eKvL13qPvw2YC8vN6Pkbxvgo/YhzTz8KGAvNy/7I0kr0QA'
    'Mm04v7RsI+AAnvfOK9V5c4q8p75fnfdSkjcHee8eUI9tA8l70zY4lzaox7ZekRfXjec9QZEX14LnXU7ytj/opbv3AAwD7bbwMT82'
    'EOb92ycgZs9utf/kVpI3jCasJ3k5XdkK9c58Ru3rwdSO3yT2T2LzzGxhPxfFjr/V2I4/bG0SX4HhsR/c1ymar8C0pQ1xkC9LVdyH'
    'ORZwgr6ebODqYIc2HrVsw9SfRJjf4bjL49pVEl8B5zMculKofeAsEr6PGYzBWCf82KMYK1Xmw3it61gd60Rx/EMsX6koT8stFnY+'
    'QCTf+5CY+mraJrXDz5JyRTGE8mflvS8Fr081mXu5HofBOs0h7XGdWpoOCft4D+h3okX4Pt2ov0Lq53a7Ig3yc6uKH4NjQz9sc1f6'
    'vhdpzFGMu0BjEm0kear3F+eR8YEL9ynh+/c7B9LzNXC9XNj5p9b5Zahn8CD7j3y4DYrUBp/MJHXNy5amLrjJ1UcNxyHNlvU1kzQN'
    'cDAE89cnbGKMZ1Kp7BQ/55fyk9mOHqsLzpAWlk+mrqNizx1+DDwJTx8Wwb5N+Fk6GLCHOKwOA2yY1E33QCaA7qC+z5aT80UY9qsC'
    '8IsNPRslVlYcOCuqbzZTX+/0jsZ9j2aEnS+jrPDjxyBOSZPv1Lc4x1GVGhx1EMnP63P1n3cEpJX77fCgazxprDdKPGlathPWqRLo'
    'hOK7Vvod/VDcx2PtKdDoTuHwBPlrypQZjgv8lo94acVODw9UC31seb7vGuH7NLYnljKaOoguHIsxPrRr6o8ReXl37x2fMVaMwRiR'
    '5/jHr0+MMY/FumaBd/rDpyfWGJGmoDK+HaLYBzyPQ0jlLtwvuavPyyrWPx3NoOItBdEyeCc2pX3kmN4nPB8GWCYrguPfUt7AMrhv'
    'cxrClOZNT4B2gmjVKD4tW6GdNJlPHU+l2fJMPUgDLzR+AYVvVzilMY1FwtdW3ncP2yjuBNWiNpgmC1+cBVZZKK3FeRkZsibIL0yT'
    'O2Q1wNkpIOubBTTzDZp7TxDPK4ljbRrH+hajONZpgzjWraBbQM/aK5J9V7QGO68SUZ5APhKXScwmOiZZSx4G8n23idJ4SQXZTqo0'
    'zyDL05Ly+R1of5Ij+ij8G+qUZEndtFwT0YN9W+jzoM3yf4rSNq6Gb/+XfOtjfXtN8e2APaqizlH49hPSp81M1wfn5FlSvpONKU92'
    'iu8kuCvBXQnuKpHz6WjMNKyRiq6YxugKcXZ+bf/G+3dHe/7f7eF8oTTyHBX1N8VQf4XiTnUNkT3WA15CX/LZBBYzMFXnKEAoLtWM'
    'DhP6Vp6v9yr0NIQwj5+FsbnmknfzQLY6m7z7Op6p5N2atlIdL+SRo50W2n6d6CiTTOBx8sBji+W6Xs34Ed3JmvI17RjvNY0ae0l1'
    'vlwNeKDOYd0n0mMhXsrY0Zr7M5LW1Muh9M9+h6cxYN3Hg2+HdVQ61B1UZ5rU2UTOk2rG65H/flmOO4BPXsHq2gTnar2FfgLln9Mx'
    'UZ4TPTNlO5cHjFEQ3T75sdLyrJV1fpDwryrJ2HC+sL7Nwo9lfqRQxRt6Z8uTcW/l5+gt/e0vujyZrtPlTMfFRsdBpdtmr6clT66p'
    'q6gFB1qTwzlsrI9doocFC9NhcmADvjiN2PJuspRBXg51HJf2bdxoHRkDvcMj0959AnGGyu7yWmHm30dVtlsU64nWpn07+HLoyqr0'
    'ZH+VMteTfTXl9SOhcZU0blZEeDoibjdb+lau52DKjy2+XJG61Hkp2DubnNmNmjqkbekqUodq72wR9rGZe0WxH4BFIfQhl623CXO7'
    '9i62t2ekPP1u1RziflR90+kG2NaDMcNHgR8ypNEPqEtkvUG883LeY63WvwXW9GawJ0J5bhXRY+Hx04eEb6c2S7OvRoXeD2cQ7Bf8'
    'wwrf7zH3Q8PPsR2aPRUWa4rXHdanI4XvG6dTqP1sDbEzd1CUxlYv7GEytxwP5RR6RN2i1L+MC++Q4kadzlONgj9hykO9FdI60k+u'
    'F4O28CnFOHms+5yj7kyV8H0y9Atz3z4qmKU2xqq15X6ZlyvWrZPpiC1U2BTlWLoV8h4kfF8H/Zp5onpm3GZph9D7vHSZW9X+Qbh+'
    'IF/ZLULtY7yL9MOmLRozSgVLnQ72AHHABo75lADYGGb79TgFbPyS5VkG/TOlDzhOG2D1zYH9TfOa4LtaBf7/DRt7mtAEy9PepZ3O'
    'wyuOa90/Qdf6PRZrfSKZdxM/OWO5/q87rv9AwPo/mC/7aWHmV4Wemdz/amfM+CE3TjCDZ8e5BH/3amikYVZmPYGzsDgA8mw62BFe'
    'TMeG/ZonfH+69Cxy9eFEbbBUftYpfM1KefZ2NI4P3Xs2MJOzHDvN2090msaTJllviCdGhDr2Yjerr12ht07PeaSB6xndMijUfpdy'
    'FvQL98Fer4B/HrtkWAEjH83/7YK5xnvJWuYzfR3xrW7q0+hd4NPoEoJLT8sW+0bS+YmT5c6Ab2F+lrgPxjOz/lmCsLPOIr7fKuY3'
    '/uysv44totT/Y1jM5Q0k7iS1zZbvjrHw6cj76kqHrtP4iG3P2rfnKs8Vjvel2YQJwO1UO4muCNKNVUS3EfFQI/BpUP/kZXi3hOR/'
    'meAG9GtUz9ppU+hW0jKzSBs3MXsbtLFEext8Nx10YahuzVKFHpnNfJ3naP9RS9rIT3r2wMcA/meYzYuNXkcTkf0r+iOCZNu2bU0j'
    'DCIqQ0UdfhfdFB3sVzvCPrWjWiWi22ir1kj1DmG1XPmp/5W47M4r4S9IZs7tyeRe+YhGJno+2fNYJm05J2ss8s9m/Hnb8i3Ct6Gf'
    'DeegalzLCY4JO0emOe4D2f4xDI6zDMddSmilhayPR4lim3TTOVDZlq0Reh9TOtikcFIBY28xsBOz3dfY3xQZ+wKhtgM10adJi2C7'
    '0owljqwk+WjfouLDVAzzZgKzqj213BLmbe1xcR3oeYYy46LzDBU4Ful1NOh+bmZro5NH8zsS0oCbYzrLXNcOdYZN7UmbQ+QxJrpg'
    'Lv1M5HBj7/NRtxZB/lps4G4TfGtUnBOy7AzQXwnyRZhlMkJdefTNQ336ZEHJGn36oI01nsU3K+xIUKdmvParqS6iCscuZXo/QeXj'
    'wEmu53Bcdtt1RH/yBENedhg/akiUxp/m/TSB/TWW8zEQImOUvJ2LRPSYBGF8PZP4kyb+4kfGaN5MYsF1C3VMmAGNrBlhDPVl6V24'
    'UG1qJ1MH9e+LSH/0MnsaTIc09PJ1Bjpsi4ndznZNupzwwtFnWQfDAw2E5p5B+C2IF1GnZ5DwclDvgvNM7lPM4f8HlOez4A=='
)
