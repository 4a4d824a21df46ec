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
 ('(?:^\\s*anuncie\\b)', 2, 34, 19468, 39, 0, {}, (None,)),
 ('(?:^\\s*baca\\s+(juga|selengkapnya)\\s*:)', 2, 34, 19507, 97, 1, {}, (None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 19604, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 20569, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*simak\\s+(breaking\\s+news|berita|informasi))|(?:whatsapp\\s+channel)|(?:ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram))|(?:dapatkan\\s+(update|informasi).{0,40}(berita|notifikasi))', 2, 34, 21022, 539, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 21561, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|written\\ by|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autor|texte|автор|текст|oleh|text|責任編輯|责任编辑|bài|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 21777, 1036, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 22813, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22851, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22928, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23005, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23089, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23164, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23248, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23317, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23407, 76, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23483, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23568, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23673, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23770, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23875, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23967, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24040, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24111, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24200, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24279, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24350, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24438, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24565, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24653, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24734, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24828, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24914, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24993, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25066, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25141, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25225, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25296, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25382, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25472, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25597, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25689, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25807, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25901, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25970, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26039, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26108, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26177, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26244, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26313, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26382, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26451, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26520, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26589, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26658, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26731, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26804, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 26875, 100, 1, {}, (None, None)),
 ('(?:all rights reserved)|(?:\\bcopyright\\b)|(?:may not be (published|reproduced|republished|broadcast|rewritten|redistributed))|(?:^\\s*terms (of (use|service)|&|and) )|(?:privacy policy)|(?:cookie (policy|settings|preferences))', 2, 34, 26975, 573, 4, {}, (None, None, None, None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 27548, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:todos los derechos reservados)|(?:aviso legal)|(?:política de privacidad)|(?:política de cookies)|(?:términos y condiciones)', 2, 34, 28376, 319, 0, {}, (None,)),
 ('(?:tous droits réservés)|(?:mentions légales)|(?:politique de confidentialité)|(?:conditions générales)|(?:gestion des cookies)', 2, 34, 28695, 339, 0, {}, (None,)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 29034, 82, 3, {}, (None, None, None, None)),
 ('(?:votre adresse (e-mail|de messagerie|email) ne sera pas publiée)|(?:les champs obligatoires sont indiqués)|(?:^\\s*(\\d+|une?)\\s+(réponses?|commentaires?|réflexions?)\\s+(à|au|sur|pour)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$)|(?:enregistrer mon nom, mon (e-mail|courriel|adresse e-mail) et mon site)', 2, 34, 29116, 880, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 29996, 714, 1, {'name': 1}, (None, 'name')),
 ('(?:подписывайтесь на (наш|нас))|(?:(наш|наш канал).{0,20}(telegram|телеграм))', 2, 34, 30710, 270, 3, {}, (None, None, None, None)),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 30980, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 31079, 100, 1, {}, (None, None)),
 ('(?:구독\\s*하(세요|기))|(?:뉴스레터.{0,20}(신청|구독))|(?:채널.{0,10}(추가|구독))|(?:^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독))', 2, 34, 31179, 284, 4, {}, (None, None, None, None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 31463, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 32505, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 32601, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 33315, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 34358, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 35248, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 35789, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 36833, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 37392, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 37419, 3637, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 41056, 3753, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 44809, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 45030, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 45056, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 45649, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 45889, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 45920, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 45997, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 46038, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 47649, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 48629, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 48856, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 48954, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 49133, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 49214, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 49235, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 49473, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 49727, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 49917, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 50155, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 50183, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 50363, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 50555, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 50761, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 50793, 30, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 50823, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 51139, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 51360, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 51853, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 52177, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 52383, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 52411, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 52431, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 52463, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 52625, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 52641, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 52847, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 53133, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 53329, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 53383, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 53407, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 53431, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 53474, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 53768, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 53786, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 53803, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 53832, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 53956, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 54086, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 54293, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 54563, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 54667, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 54683, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54699, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54743, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 54767, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 54868, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 54893, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 55742, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 55850, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 55864, 28, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 55892, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 56011, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 56072, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 56184, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 56311, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 56432, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 56706, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 56840, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 56977, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 57005, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 57021, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 57285, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 60922, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 61142, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 61183, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 61204, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 61262, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 61278, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 61294, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 61398, 195, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 61593, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 61648, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 61762, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 62059, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 62237, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 62294, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 62351, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 62408, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 62469, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 62526, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 62566, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 62706, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 62736, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 62837, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 62861, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 63371, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 63395, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 63419, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 63827, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 63968, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 63989, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 64008, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 64046, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 64891, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 65735, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 65926, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 66172, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 66250, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 66361, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 66403, 116, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 66519, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 66597, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 66654, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 66686, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 66838, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l972zdSCEDiHQCUnoBCIhJNBgFJQlEHbD1ul+6Yb0RtudEEAICg4aHHDBcUa/GWfQfwQDI6gDoo6ASnAUF1zQ'
    '/3NGGPCfif+vowPjPvb/6t1zcs87r+reqrr39cZ9fvHS99Zep06d/TQKIbLC+8nnRP63IP/shnep/L8W+O8q+Nec/3f0094z+4wQ'
    'TfnnmxTfvvID79sZ5NtZF3rPc7d6305RfLvrau/bieRb7Xl+GfltFflWx74dA986YB7yOSi8b0eSbyPsW5tsi9STba4mZfBvWbaB'
    'lB0JKZuG9WuB9ZT91MA7ud4NsPbV+X/1ZN1boU6a1EnB37ROLdurjEUfci0qYLwbYLybyLszdnjv1pN3v855704g7378lPdOzrkR'
    '1qGf9CkCxizrtef/LSbrloU5CDKXdMjcK8jfskwlaY+XTbG9MV2vFjI2kzG1wLjkmVrK1r3Jol85j0o4My0OdW//YvF8W2FMl5By'
    'pu3hOcG/6VpvgOdze+zbbYF2bNa2Kqa1leN1XdvqZ0vXFtf3TOG2DtUE36rw2PEBeKzDAo8dYYHHWmH88ts4OePyOQplasi4+mE/'
    'axV4sIas0dtTbjBYyfahg6xfLYzjE/Dk4x6DZw+MrY6U6SPzx7IuuEK+vwLGkim8DPulU7P5V1iYDhHhlw0tYQM/JvephM+5IXC3'
    'gbUZhrdaAZ4+n/93LdTrhm+y/LElcJN+Tf/o/v5pYqJKvfOHiu11gawUOesUZ20l+OxG9u1sgncQV+Rg//A+fCs8bwUch+0g7Vuj'
    'qE/LrCX01MZscdunZ73nOxb5bW/IevWOJmPbzcZ0LTzXkDFtZ3ObC3BqWn+M3Dc6nF+nOT/LybmIgv9XWt4hlUCbpWCNKR+0FPZ9'
    'CeN/aqCvnZ3e8yZ4vr+z+P6T736ag3H1qfkA+e0HUP/n8PwUPC+AOq8CDpLvHgc+Z8FAcN2D8HwFng+yvz8FY/0X4IcK9PvV3vPV'
    'Hp/nqII9k+//Aer+DJ5f7vTf83n/C3x7srN03hmAi3/K/7uY0NM2fc0H+OR9LWB0aQuB2R4o19/p042tChhFWr1GQY/J+u/rLKZf'
    '5Ls3Q9uXfch7bu4spkEQZi6FcrfA83KYD/KTWFc+r+4MrsPPVROcy5MZTThMzjDFL6Ps717ov53gA/ncQ963wfoIWP80WZ96soe0'
    '/gAbRx+jt3RwzOfYAPXyn8Q8qPc5KP8leP6x098j+ezFs8TW8FKyxrLNw/P/FkKb8+AcdIwXt4V9PaOASdU+8T7SBJ4aFTIXuXan'
    'a2QtO7d7z2/1eG01K76lbig9h+/oKa6nkkPgftay/Uwz2L0LcM+rtxT3R8fy1gu8538MlI4FZTRvu1uPE4bznS9TlKfjrGTjzLJx'
    '/t0273kSrMt/3lhK33ezMzKiwQPy3ZtT3llBXEL35ULoQ4C8aoHi2757S9eJr4VqnWoU61QlgteimvE6unnOtVgvWuZ1rAzn53Rj'
    'WwCyHaHgz3DeFR/0nn/YV7peD9/rPffuU9yxfbBuu9V4EXH8D4FnprgK20i/2++Ht/93+/zxqXBSC5xnCoN/gLmcD+u25rLSNV03'
    'Xlzm49tL28e74X6gRyoteRzZ7ke3es8cnM23Xe49v36hPZ0kx/JOKUtyGEsLjAfPBpUZiav9s4Jzb2FtVzN+qoG13cr29FNAe/3h'
    'Xp8e5t+u2uvLQKbizMxhc8wGzNFmneeyteBnpDng3NUEnDs69nki+F6rIPfaxeRek+3dy/Z/83u854G7iu8nvIfkt99fVVznITiX'
    'I/uK75EgGoXTmV8FXPvhLd7zKdA/ZAAultKy5xeX/TIr20bKfhPowGthbX92G7SxvVh3IN99Aso+wMp+9C79nbQg5fGlLmewkq0B'
    'H+u3gWbYsKd0DfhYeVm6BucCvlkKe/vLy7xn447SNcCy++/ynqN7i8uq7kBT+RuXSx824X2X7X4V6NQqQlM+9S6g90aKYeQlePbf'
    '6T2vADio2OvzeMijFegGgvNM26B9NwEtv5jBX1AbKv4H+RY6Ps6/PAH9/utfl9LDurH/dJ96DvMB322A/m7vU88N97SJyGAL9c4r'
    'PgfvewvcGdDPW68CeAJd30XC/SzUsrOwZ9R7HrdVDbNLFWWXbVXDLD0LdMxhZ4GXDToLdTGehSD+BPHm0exeWQPPk0XpvbIWnp2i'
    '9F7Bb+tY3yp5qeodru98zfdmoPVM5bEqeRVfh0pyn11H9gzXPt0VLHek8uYwuET+r4HRIv2Mlx4jf1O5COo1KJ9/kPD5JrK8KHpr'
    'hDEbWV4LkcE2wPd5FuvL6dSj8i9uccQLacf13xrz+p8KODqs/CCjXfuIbKcJ5KIrDNoZYM9xA1n2GJtnN3kf1h+u45BQywRs4U22'
    '8THYB5R9U7pvOp2nioiy7g3sm/zvjTDe5Uy27sLnyTU83+H8xLFW3L4gCAZTTG5psre27bvAock9css0vUdWxIR38I7GvsPa62Hj'
    'GVfIqmf6vfTltKfTmcx76eaY9vO6Mu3nRTPkflpBdKK7DOr3Mh3LsOJc9GnGR/fWZJ2j3J/0juS2gK8PuANzDncgtVuiOia0W2pj'
    'fQ1rYGfMQt++h/AnjRb71625tym/8K2UbzfVwWQssxnvVsVIv9i0ETedc3X+RWvK31OqR1mmWF+6TmMKHWmUvQuCYznW/w1zx/pB'
    '5cPOxDDZe5NzwM+cSmc8ooAb1zHK+f615OPYGHYwW8V2y/NM65jsK96fbRrcN65Zm9GQ+aGMognWcY4C/9vStbKtCwBuw/a/XzN+'
    '23nwMVB8spPwny2s3RG2J6vY9x0M96BMMmiPo46T6zMRJ1CdwmKiU6B45FywB3OVQ+J4qgiNEeWepXdAnHeoq/zRhDdCnRHFxYLp'
    'tHsVdi0oy59L6DUTHEnbw3N3PbT3MOx12Bk+hsCzzVqsI/JRKid9P6EldmhoVdU88Jy8A84JrkMYvOxkz1xIHeQDajTrdwOU6Qa9'
    'P2172GAeIwb9S93KYQyPdbO979Pcybq143XR1uhwQqua2kD2aOarqoO8xTxyB/D7qD/Edmuc2f9z/jgMj8n3LzJ5yI+hzhzP/jiT'
    'rag89KuqrKzG/66prK2rrG9oxF9Tc+MU/Vrk/7WWo+XCwvx2YiJV+H//J8TevfL5gPe7+OJPFp7fW77m6PNWrLrgF1u2XvzZBx5Y'
    'Dp9///47Hpgw+D1+65c6UiL7y/x/3iqbHl7oYxSvrz95/Txw0fcfID+5c3sn4vrJHrt+Evzd+z2h+9qGfz1Q8vvZl+hfE2Liifw/'
    '+f8XT8h5isL/Xsj/75eF/8//vvTKH6DliYnflPRXJeL6XaN4V+i/3aBytUkPqjX0dXRcP9VG7EDwTqkmZdDuGf10XGSWywLsEivJ'
    'HfwIu5MXM3lMjjwp7Tqm8GEyxakHGZ68LaDf7jL22wP6Tk43qWj0cQXdxsub3As6etyUZutmvllr4U6ja/GiAY1jM94djD4b1fC9'
    'JnznKwH6IVe5/BfyjZyZdpO71gTAXcE/Lq0vg/RZDSmzS9OO7LBKUUZ++12q2OckbA1HWdsHHetj/z9K+XxF2PkzhbGCXDyg3VyE'
    'dh9M+fhi1yTii7sD+h0tY7/Xk37japeOVQf7F6Z8/DgwQ/HjUamZj+N/lf+3yGKsJrhfB8Oyv+8D72K7NkFtPqHghfhaHQzQ61B8'
    '9aDwYhfQNoYtdECm8lE6L86fDTjcfcMKWQbnt5tgrRdPYr8oZ7x0kvvF+Upbs5M0OiLdeTKRg9D5TfZeDsdk/2JjC8htzBGW3uqo'
    'NzysDDQiP8vHO/bzimU/82LEP1x36ELHuOi1wuxPKF/3NcbXHUdg3YY+pHPrNtTRm35TyQH3AUzIfl5Q0CnTeexXkLF3z7CxryIw'
    'sstC1jk6BWONg2e8LP/ikpQbz9jsuKey318TnUZU+Jbt/RtprzuG9r5J5mcLB+gDrpufS3sPgI161DN0kOmHuzW8z2DAHYG+ch1l'
    'wE9xje8qokfpZW3r7G92afTCQfuymdCKfB3K2e8x5B7ndFyfgn9S2WxhW3OIDjtsrGOaNjh9twDsGzg9NZk4EumS1imgN4P0wHVE'
    'l14F+nVKo8zT7Gu3xjZlUENzIi5bBvMx1RXmLNun8QLDyqruLJ39lGrNC/KnAJuVAUO7ng0B7e8mum/TPejW4D6dfZLLvC8g47Lt'
    'L4jvo3NyGddxYKPmCl+TsXZhMSroeXwc+sC4Eei7XAF2J2K/EPc9b6+PUsW/6HzIe95zwLe1QT/rzz3nPeu/Cz6pT/t3DvrUtT8J'
    'vogH1O2dTMoesd9vR1V2NSl7A7R34nfUZam/4M0PQ2xUGEv2QPF4Uc9XKPtNiGfyKMQcecR7fuwp7/nYc6X+5p+FMbzwVHG7rvTv'
    'AtAXcZq2DWCD+h/gGI6DvV8l/JibjQwGu4j/BW2jkpRHezBab7VhvdVszBnLu43y0GNZD45sbFRnytq4rEdnvsCzs3w9UgZzKgfO'
    'y4bgvKsNcN4lFjjvbAuc12WB89aRsm2Aiz77lLrsCgv8eCQpK2NOy+f6z6vbpbE6xKfVZWxxZ4XjmenJI6DujN2Z6Wa0s10M0dkd'
    'UbSwMLd5YXedDHxSZkVs7sn3sXrXw3/XA602APtX4dnSzZhfxvyXtYvlOVEA5XLE8nSxdWuKsP9ojyUBchOx66flbOK9S3g6j7yj'
    'PlniId8uFe+J/U9ArP2ved+WEzwpAOc9qim7mLQzD3Dq/s+VxjL7j2fh24HSOA8puDOefKI0zsNjcD9952tu8ZNxTW3Wz+Z+lnO8'
    'FepnRDnjOs9upHzIWKDot1c4/xS2ljb3p+n+twq32Ek6Gm23AY02ZEGj9VjQaJdZ0GjnWtBoZ1jQaCc58LArDOiwJRa033wD2o/G'
    '26E4SjWnKD6PzQxnUD///MtAGiYqr149A3n1GmEfAzpwjdOFKbTHscYJXW5wB4Ssd+AvHS9dbmILkVHINf/C8ty9k8B4C8EVaREc'
    'K0sVD6szxA4oLI6VDV01dlX8uRKscqb02a3zkQp5CY1p1oHtThTTCyp5Ti07x9jGcnjWTLjrxloIbUFh8Kz8vzdGpDe+xOJjHyH8'
    'GH6fhG9Pw/MzJIa6ShcgY2VjDiQqC3maxdL+187yxmBMzmbp2dj88NSeze89/do6m2+G8xnlbP74297ztw/68ko8Ux+Db98A2v3H'
    'n/FpVaRDx4BePgdp4P3F/Dg9o0s1fU6HM/qS5RldRMrRGMHbmA7zfJDrXkng9ErHvVfhw23knLTCf/fC2jSQPtp3HiJHujh9oqKh'
    'V2vswa4TxX7jdDyo/02JYn/ka4gP0ohQ+yxfKvwYN30GtjI7hJ+/Ee0TeK6I7aI4FvapZBzbmU0DllkH4wjTVe9i4z+WrFG3MI/t'
    'gfNYQGxDxgzrqdZ/hyjNEUjtduZo7HZOC4FJHre8IgAmr4xA8+7Nv1ibssP72xhuaxTm8Wxw/zKpeGIY/UrYx096WZQn7pG0c1wo'
    'zO3OByzKYh+fJedvR8g8HyBnxMSXa4DYrsj6fwW4NMoeUZ+zd8bUHsYvGCX2guuz3vMklvvqVMh99XaS+2oNlO2CZyc8XwfPdfDc'
    'lC1ue13Wj0OHvlObQ/o7lsj9z4Bvty/ynncsKrW74/UxpyreCadAPohvne99W0O+/SXERz9yty8z08n/lxI6YQxkWb8FWdkTUOYw'
    'Uv9Pl3jPM0d9O0f8Nv/S4m/1RBch6zUx/YQsr6JDbO9qisekLuQcYY/HKF2ejYEupnt5Azyfd5BNm4wpynrpaLVa4ccdHRFucYrC'
    '7EyrDPFAn1D7lo4zGuJI4HHpt+0GNEWPha3w9hDbSxyfyg9c5ceEeVKrNLib5iHi/oi7NfQGjTfYWOXFYuJ3iCpPn2ptuI14UNwv'
    'Gi9mo1Dn0jg8gu2xDSysB9v+sPlNFpxgfkTTe3472+sbhD6/x72VHq2PtNhr6cxVBcDdZMB8gXepdMORKl+MIDtiHjuSxp5cofDT'
    'mQ6wT9dpKejmVHG4doXYMQ9p3veE+FZwHxYes68QC67Ci9/mGovPZJ1V8V1HNHb9Y4r1KuceqWJLqHyM6xjsYV60xRZ4jfvLjGh8'
    'jnpDfJGWEN7terbn3RZ8FY/dSe9bVRxEVU43un7XieAYikOWYwzbc+SB5uZh+FuOOIjGjXMdC4ULzG83X+MzZRpHgeNi9LtpFfax'
    'O0fZPlP/LJu4ADpc0iTM4niYrmGzIe14lAIn7hLqeJZBvH63UOdhtcEPLdP07gmL+fOGrGeT6YL/W9k+qWIE6+i/ILjt1twJPB8g'
    'rvcCOBt0bHM1d6EJXhy0wJ2q+M6Y8w9tFJewsc0X5jFq+4RdPnGcIx3LAuHHydXRDlHjT3864+EXFxxMZeiYy5Lqi45lMjmOc2gb'
    '/O7h8jwKQwvZOh1G6pjKdHcyHK26Q3cF0PCHB+AYOrZFojhndL+GVqZ8dbOwj+eqWqcj4N2G/B5/I+I9y+e1mOl6TPQXOSYD2EDW'
    'JYiHwLgoqwzuPlOablxzVwSNw7TtPsVeHKmBl37FOFrgWaWQl/PzMQB9tQt1rCIT3E3HNUz6Cxsvn+MSNoejhB/rOyrt01Ym2oyO'
    'fym8G8q//LLDeTHRw9E13aPAfS3Cz0FYw/Cozt9axWMG+VsvY/t0DPR3prDz3bU5DzpYikp38hgQUfJF6PR0GwFXRZV9THdZB4WR'
    'Y+HdJ/P13u5IZ3aEjKVKFMezt6UzOW9zmPDjAQwKdXwQEzxuEudqOaNjD2NzX6G5o2z1pvScHldmejCIZ1qe8sbuQkNweWZYrNDB'
    'CHjBlFddCfC3yOA+DosnYQK3qjvMFA+E3Y0ULlfBuy+Scio+3JQWiWPudN1Xw7q7ztuExgzjeVoJ3Wora+frfTyT5XcwWb4qlwfH'
    'B/Q7p3vPBrsll3MXpW+6Z51MXqCTMVIeyoReXEP60eVtUOWLGxFm+YxriD64L4I+eCbRsDxXaNy8kun9wWmMAY0e+HcZz44uih6q'
    'N+BeMZmrKc0bFGuMwuNXMh4ejsI/6PLG8L00zYGmyrNEx/wX+TFfPo33wZXX6I249z0K+DWl2zkPdmp+jeekpoe+g9vqjljMj+r6'
    'yoHPaByxkRDejNuR0Dmi/cYRhjqTbkM4C6MPqCyG2wPuscDPNmMKisNL7V1P1uCDHSI4/9KQJZ8RJhtV5VIcZnhkXGHDGrb2J4Fd'
    'tiqf4g5D3ZILf2gb93KIyKFt6M0qeHdc2ostijicy+Mpb9rEaJpqA9ikvqpoM0DlkTnNuR9S0DoclnosZEhBMvg6Ns86Ns96Ba+F'
    '+m/U8bSxOib2/IMaWRDX3zSR9WvWnPdBUZyHtVy8r20e6CUgs9bZO5jK0lxyUHP9LKVTBvP1vqC5G2zvnrAyI458r01uDBs+vFsD'
    'fzcq1pGei06F/teU5h210O+43A0833kPO0NzmMxrKvMBtzEcE9RfyvCu0+VGRxsZaeP1DwY413VsqHOvIjLb0RB5nYovDMtbMTiN'
    '8JvtWnGcNI/t7Q7N3g6yclFsvnaQO9qVFxrR8Cc9CvtGE/xgSrdwuUyKyGU2R5TLIJ17v/DzMFfAGJ872ve3qyF3MMUzy4UfJ2qR'
    'BnZHmL7ORA7Zx9Z0TCOzaiEwdiPoTJE/o33cD085J8rv2PplZEP8MjDOziVlXgsX/1lul8/3vlmx93UGe8/5ptYyravuPKTJebg7'
    '4nnQ+VM1Cr0fFl3LVy6JFlM3ctyw2fXDZYRT6/TLhhWQ+/VUytOtYAwCVQwIDhM1ATChigFRSeTzhfijEz4tIf/bxZfrAynP7sAF'
    '5nk8WT6HmoC58zO/QBT7tSPfQeMGvA/ihQx1FvPjrcyvAft8cTvYb1xeOp5974Jnp97G/9yUF7uPj5+OhbZjg7Pq2JmtJLCDuFII'
    '+xhdNQpfA9le/wU+z+6CX1XlXHwcVT7of9Vn34Zu/Wom/LvFdmz0XEh/7EcdzkW59pb6TkTFJw2WMFWnkNEU4tf1eM8PbymWtyR3'
    'VYS7am/4faP97TW7qxYQHorCiXwOA177GDxfZLGaHoNnHzwv7zSL3yLhcmtE2grljRde7T3P3QrPLXAv3FqaE+ET14Df/C512TZS'
    '9potwWWpvd8vdgWPIQr9FhQnZ2W+0F86rKMqVlVac4+7xqqi8cuTOHJ6OqZcsaqqhH2sKsxdQe++94O8w+Wschqsqt973nKT1/Yp'
    '5NvC67xn783etxPJt0o4Vzfd7OcD5N+u+pCfgwt5zLfCnbj6Xu/57D4/jh2W+TF8G38/tPPu0pj+vJ1Lt5Xys7wdLMNpybjOPuZE'
    'LMRPuxti511SbLtTSWx3gmiReqBFVjqeiZ/2ec86oIdf3QHjvdz8PnhLzPQVnqttjvQV5+F53JOF5Ns9EPfkG4/5dA/ChYyVJp8f'
    'grjEm75fikc/AvHOP/SN+O6LTQR2EGa+l/FkfLg+Kr6Uz7MmYJ5R8gdvcuAT0P5iLuC8FMF/LnT9PRkPR/N5y+ciiPv83/vt5yXb'
    '3pPxfHlpnKtsyFofH7DWHQYwRXOWBM2niegZVPBHaZubYRz/71F1PG3XnCVxwIBrbD4KA035ffqeheyQxpuuYWcvCg1SrnZVPPZq'
    'Bxx/vOVeJTlJgnOSpGZRThJ6nk5Jy3Q5yXl6Ledtezz/YlPKW8NeWL+sg0xn6mPWZ+KPWd9VRuVDwK/Zkra2xfkYr4PmQ8H4o7p8'
    'KBVQLy1K82agnu4W4cc2o74HNP+Jyr4QywyRMjmFLVETvG8UpfGpwnK9XxpgVxeUmzlMV386sbOx9YlBmQ3Sk4sd23G1C6GxBVR+'
    'tUNCHb9phMmQFgCfbouHKH3Nad4aAku9xDeC9uuau/NtwosdqbofVjjQW/uB7m6GfDEvf86uftMX3PyTttvKwx7yY326rBvGEqh0'
    'wE+PLHPTNc2Ff7WiNIdTOgRn2eYt/l3KbozXMlplZt+f8V7GhxbGNRdjWDLGmHM1qvQVS9/jPf9wHsSwvdV7vvduD7aGKQ9/V3HZ'
    '/3gb3MtQtpfgOmx3PugcrqRyhrv8+pi39VDMXdb/FvKN93cW+bYEZLm/2+bfWfxbwxV+bBH89rfbIJ9Wv/ftBPLtIPu2kuowzyue'
    '3zLFN5zfYkV/S/pL8wweZN9onsHvgE7ndVtL5WAvwbf/uTO6vC7K+Z5lKs8M01s2u53xdCSdqM3e8Rj7VPbexmTvCV4PwevetrXH'
    'vucGn6PwumP50X8sueNf03c816HkQB92z1DpffTOLcXf6H102o3F3+h99HvQQWYV9mv47eJ3RtPLJPeR4j4SZbyPRHIfJfdRvPfR'
    't/MvvpncR6/p+yjLeM4/y0GOtxvV99NmUnZlX3EdXvZkUvZTUOYP96rLriZl7xwEm8Jr1GWXBoyX35ltAePlZRsU471qr7qsqy47'
    'uTeTezPBlTP73tTJdCsUMt3/SsWYx9voCkmL5Ed/T9Dz3xUnTCR51w102KD6cSOHUrHTO9xWU4B9XMdjpbzyL7/ql4kiu1Xx/ai/'
    'lrZ3vN+xR3z7uSg8egKfRvDZ5XwHpdOxwqcTjZCetcRhJgZTFsWvy4o2RH3VacLNl6ReQzfa6vj/CPYJH3ja0geG4JJy0joJjTOV'
    'v66y0jg6v4nmzuh+EwUb9V3F7aIPjfSTofet6h6lcgWuB6Y8PNcDV3wQ6u0rlbs/DDKKvftK5e5U3sDl7h8Hv/EL7ym909dc5j0b'
    'r4h+p+v2o6XTt293uXt0PkRBcS8eE9PL1xnpO54LeKkozQVM95znGqZ7znMN0z3f3Os9r7+6dM+PyBV/S2JzzCx/52OFn3ODxuag'
    '8IpwI2GEn+dyxN0I849zOYuJnGp22pFVkDsLZfe6GBCbyLeHGE57Hfn2gwu95/l9pX5oX78W6ILtvk0vtw97+oN+nEr0Y0AZ+7lw'
    'f529vVR2T/st3NudxXNrUOgEsExQDJkED0fGw0dHwMOhdeOSzc9NZPOzXjavo1Nd7kRul9+hwK81zB6e+4rcIMJ9ToZJGcxtOMTa'
    '2SH0fimYb+RKRV98PBcJszjJvazeG4Xv84LfTGJ6rxd6f5w1ZLw0/i/NS9IhyuMzo8rVqIp/yPNCdwv1/SF5hRWEDkM6sZw+s/Wi'
    '2C8Pfap0voA0ZocKvpfHdOYqynDm2gBHpwCPN0B97ocYJS7F8Y40Vo1Qx5xGOD9PmOU15flEu8iZ2ynMcgrIemuB11XlHRkQdvG/'
    'aQxal3xLSJfRc7pLFMe6xrhAJwo9bVYuWKVyDBe/ItXYtpH/bgHd0gv71WWvjKCDlnXnKXRJNjCPPm+vfsH32Vip+BZFv5aFdi76'
    'Qans5KLH/bgRXHZy2ff9ueni7sr4socJN38wOr+CXP0Rtb93EM9dReDnTY7wYxK/Kagc980Lit+ty4FkG1fbBV5Pzf9xrnDLoTOd'
    '5oT3kuneRYk586uK6HGFMa67KmetKhfruLDPPUxzhqlyBPCY+TxvPc1bZ5ozZ77wc5Cq+rFtLygXmy6Xdhy5mOYIP36/C5yrdAny'
    '3fYKP269au9V+SR5vjSTHEYDQp3ropc9TXNbm+af2G04NtUYh9h6mMIzj8O/XZjlAQiDhX7FeSic//zhfrOG/7lec15V6zAacN5M'
    '8yvxfIC9Fnulym2twj283M6AcaOvvFynv8968RXizrcWJW+FLseUCX7NOaztzogwyHEM4pbz82t7lYg/JyI/Q4OGaxqWh12F1wYU'
    'c9PJDkzyn4Xl+7HJWa3KPSrX/b/yiPx8R3ppt2Zcu4U+D7fJvPuFPp+Nqp/+EJ4yjCYxPcs8L5tcv7/LeP26rN8uC3y42xI24spr'
    'OS4mJ+dO0NxGNfCA99fp+T24JyLu0OXUsYEjTjddx8rvCbhndHlMwubvkuuH5jEpR+7Qyhjo1cnIhYy5Eh/Ov3xVRIsn3GDBq/Fc'
    '2MMK2VdQnN6UwbgwH+MRmjPF7zJdDh7bPFjXAx9qQ4u75i7OOY7xLM0Y6TgGRHFOgwpRnKt7HvBUceSb57kPMG7qEZMol1DlzrSB'
    't0Yij1PlbKRxrui9z/ttsuhXpYuV9b+Y8mJf2Z5n1G/MI9+orL+NlO9g5ZuJTHODZoz1ZJ7NpK6prHyPpSx8t1DnnRsLwDMtljKq'
    'DcIu9nwrg5tWoY5rSXXqi4lOneZ8pDKsrpRHA5iu5a4QHnGPhpfvVpw9uvdRZRwq+f1KhayI09a9Gto4R/ifuPnMKPlLo9IZlKfj'
    '8L1b2OUvlfDzKVGcn1S159sVNAUdz3UaGOu2oLdN8uWNWPJT5eQzXO6mMBwm5fdnl6l9lZxtWHNmwuRZ2zW4Iirvdb0h7xWkM6oj'
    'OqOzponOaKfDXnL6n+NHrOeqL7orX+DDTJfRqrDLMOWzcpa2HyoeN0xPgGdwVQQ5+iqNHD0O+blOJmQqP+5V3L2m/F6/Bjfu0pzt'
    'XzN7qR0hsDjgOJaCnD1TKiMcZf0OK9ZCVd5lHDmhzkuskrnr5JVRaAgdrWIrk0WZvKls3/TuG2X7dUd+v662kLXkHM9Fuem0IPjf'
    'rYH3XoUsezL1Acdk3PX4OyPSDCYwklPQuFH2LaeQgduMSa7Zj/KXxk0h+z0q9PnryzWfBaBDp3xfmsmfhoS5fBHtCxcAL6iSmfZp'
    '5j+kGB+Vh9ryNL0B6xcXzcPLyb2+Kr+Af3SUWVY6yizbia2gKU1EaSFXWorLbG3kUtWkjs4mRMVP72QyRk5zDpF1uQbkODqdF8Wz'
    'wxpbZL6/ZxN7DZc2McbxokmivdHPcVGIzmKnBc4d1tiEDsUoH0eZ5I0EHyHM6mSZdQob+HFCU0WRpepkmttTHk6czjLNegs5R38I'
    'v6GCh+0EdmzzBMchq2x0kFU2KWSV/5n/93PF+bPBi6q7JkhGScuvZHdzG5tnc8Sx0Xu1hfDTUflWOdYlCvnxZPGzVPZsKqcdD+B9'
    'VGs/N8a1n0fWfjrKg+PkqXDNyiUfDrPNduFT+L3OYaXHcH0qhZ83hI6tNsLYtrMx9pC/be5ZXKM6JiPnemf0eTrKgPdQySxyCnsH'
    '7tNCZb5DzCajW0Tz2cX7JS4/JS5fNl1zuW7FvsPp1/RPkF858hrinvawvblKmPtvp2e5A3dhYa8RUX6BnrzcB1Heq8/B3xmCh5Iz'
    'lJyh5AyZnSG8/1DO9quUf2eh/I7G9V5oeVeutCiPPt5HWOobVTYSpvVln4c7zOsYy3nx+N4J7klwT3J/l97flcn9nZyh5AxZ3d9o'
    'y8JjcpjKP5sUuhR6d6PMcyOTedYwmSfniatFafz682P0+eoX4f6AVDYxL0b7RBrTUaU7aCY6NBO7PJ1cAmU+8ttg/sXOlFuc8NaI'
    '64n5Mhs0uqmcTr/P5MIu8uAmkJe2MtmOiQ1lmG9zYQ9TPj5DWrdcMdxeC/iP3CzNLldN1uAOstWBxwH/exzgfyAm+H9LTPB/Fug2'
    'qF0Yl/3mmFxymD3RJ3Id8d0as7D/C/KX5T4xA8LOV9PWX3ZIY3tAbUXijKtaT+x1/0rE6wcdNtdBhY7eRcZ/vEbvkrO0GeNyfBue'
    '3yV+1Aaid9suguO8BcFtN7nbjraYo872c9DQfyAsVpcqptFN+f/oFOF+1Kb+NCPk6RJHqF8jsxlS6HsK9jH5Bj5hsMY7RWkcv6A6'
    'NnDP47LsVOjfw/Zmfsywp4r3XkHsO9KiNCffMUxnxvF6n0LXVu4zuYrYbMUNn9R/U3XfcJ1in8Z2clAjw5Pv7sv/+1uNjdmIxgZz'
    'p+IM2MAj0jRNDOZHNOPgfoDTGW9VhcAy2vnFeZYkDB4n9LF8TOIHmOKnONeqJoTWyCr478Ms5dyVW73nJ8+D+Hlbg3M7yPH8o/B9'
    'HF3j/O2E3Bff6vHtBfi31A2+/L6GfRPn+X9TOz/57h09xW3Xkfr4Deu/o0dvL6CKBa3KKULXsAl0DdhfHcQf/zrEI6++tDSu4dkw'
    'pw19pXEN8dvV14XfC7VknJRWfTPwBa5wgXcMhYtXbvPhheJM2ket0OcyongO5/q2y/214vumW0edTXEctDyN91lBaPkmmFu1CI8B'
    'KeueruDrKA4yjatBbaI4Td7D7goTe7MBET0emcoPk8em/XDGx7+mdnC6+GqmuJ/f8X0aPxou1xshY+2zsF1T2cOa+n1sD7EH1Y31'
    'DRlPnyrfbcgW93dq1nu+fZHfn8z6RJ/rWJ3Toc47SJ3TDNrdxMqcCGVuI2XWZYvLogz6DCh7+yLvecci/ww1ZPTwPhJgM+8SS4fb'
    'acn+f5728rjJd51sjmth3HsX+WckbE4m+6OyweT7YtIXHbNJ2XNgf9Znvbk/lPbjQtvAvw19NiyC/bgRf+xLe/bYKv+HIcW5N7U/'
    'HxfBMdUG074fBNZ5IaR91bl9gb2/b3Hx2PuhvwvSnrya0/hBeJ/zAv8Oz5dEcWyWDWQuux32aiwER/Gzszjt0aIucaNMffVlP1nS'
    'T9ja9FjY477CcO3PUj6faYOLVPLP50HHY7oWvN09IWvypVQpz63yR7aNz4Ht/32qNKbXuAiOT2WSZ+G9Bu0OW8rGUUZ2ONurnMZm'
    'OwotVPAhS/n+XiMKeYkuDhrlV7eQNjgM3SCCY9DiHp2aKpXdv0jgn9btM1hLibMK8oiUL5fQ7RHPuYFwv9Cgbr8GF9emfN1MtyH+'
    '/h+FPke1jlR28kvh3zWTdec3gZ1Mu8XdjvTUhmx0WkH2/wix7R/WyM/wnvp7UjZoXWXZjwg/z9b+uyDP1nnFOb6OvxvOPym79D3F'
    'Zeff6j3fC2XfSfTvpnczz7Gj41eGFWU4bNEcOzr6/ErCvx52j/f8h32Qr+AiP8dOleYMn0t44yu2QB7SvX6OHV2OtdPIt99ALso3'
    '3lScY6eQ77S3OCfaGvJNlqf9rRCludlw35aSb3yfFpFvl95e3OY88q3t3cXfGuk49xV/U+WqS1vq2YJyiqrymeraofKCFJHFu8oL'
    '2qDNFMh3GmA+6PfZRHwWC3IhhUxDZ6cTZVy2+L5c+2Crz2wjayLLp5ld9FStmeqem+lrVjMFaxZEj8309awq83omsOe2ViZ8x0xf'
    'z2xM66nyfZypa1If85qUS5Y009e5YpLXOYHL+GWOM31NW2Ja0+ms75rpe9RQpj2aTP1Gck6mv641OSeTq3ub6etdGdN6B8lhExpP'
    'L8NNeNny67qSNXbX8SVnd/bSQ3VlWJs4bSZm+vouiHl9X0u2mMnZKq+d0Exf39oyra+NfdRMX8PGKVjDOOxdE9gtjz1eQie727El'
    'coDwtUt03Ob2fclZjNceNOFjZ6/MOC5aMG7780RXOzk+HAkd/trz+0poicnd85m+3k0xrfds811NztHU+LEkNpelviLJmpT6yCRr'
    'UuoblKxJqU/UTF+TTExrMhvWIi74oH5xyZqU+gMma1LqB5msSan/Z7ImpX6vyZqU+vsmOqBw3/lkjcJjBiS6Cn0cgtlE5y4nayPH'
    'M+fTEO/xIbt5muRSd4k1KGOqn6AZG89Du/mAXT+qOJt3HPCeyx4rjTv5Xvi25snSuJOf+BQ89+tjT+viJlLf+fXMtorauXEbujA9'
    'Rp8o9vsIixuss9GzyRlL9XvUXqwg+0x5sWIwhwe1HeP2hHsizpPmCXkxX/aHQh3znduiqOLd6nzNVDlVjmTzGGf1otgr0jnytf2I'
    '8GOh6WyhuO1mLxtjj6btO4Qf207X9mTNU7Z/mAjOc8xzYdMcviY2S5gXQhcnLS5douxntfDyCunsLKOsYRx+Rnz9VXitJuXNxyXX'
    '75gGhwwa4ioaX3g9g4MdrBzGmmkkczXBbXKOMv/G4Y64MGzte1hfqrjqzcKP4XOMKI73q8v5qIp/jOtRiDML979tDpVdGvvfPSLY'
    'f3PAYi0wptMoaYffFTT/iok/I4UFjKU8N8axniG8uNymMDLmaJMaFlNPznGxBvfnRHEM+5zm+5ACNsP65bGlTWme64VbvgSVr99Y'
    'iK20Lncb3t9zNOdpUKhzJfRq8LrERYtYW9uF2h90SJj7445q+lukuBdzwt4XZkDo88vr8P9X094ZoLgY4whep9mfG9l9izlng/JO'
    'jIlosSZ1uJDeDa2K+ZueZ1yjtQSvjEXYC2xv8STDkur+OSft5YWgtPsIW6uw+xTr6nIF6PwATXNJ8Fw5R+YbrkvZ0yWSjl7B+ESe'
    'Y8QEruldS/P19VvuEW2H41jMU/0GNl7MC7JElPqiu8Ah3WdTXy9KN5XrXOvWBnNxtgDMVcGequC+bxLp7LCzNy/GO4iuRx3AyRoG'
    'J/WMZhtX0JH0+25hH2uFz9kVt7bAvWKTg04lJ1qikDPNzb84x5GHwTV5mfGuAwH2o1Hy1uU07ajK9gfAG93XG9n+92lgsA/W6xmA'
    'R5f12u7INwf5kE6XM1zO/bVth8Z9kXu2Lf/v8mlwjuk+Dhr2r6IdFovi/D21gCNoLFwXOkXHW1Oai+PXphB+pw7uQjmuS4TaP65X'
    '2PtSDzjU6Q2BYx4vyNW321Vu3G25HnLdXyIyym5D2UvY+IY1a53T4EikO5+QtrMBcgX5/LkFfUvll7p9VMldXGU5YXV6Ffsk5/12'
    'IoObinlHlQ+FwRjmBaNn92CI3DJIlmNzrvaEzHVImOf4NdnjYYVMxpS/5rivWfhxzTdrcN+4A/4a1ayj7g6xxWEHI+CwgwbrJeXm'
    'azW0/ZDFORnW8P4m98bBAFxmuu/PCy8uv6sc1WSO14vSGCEuOIHm8DTFcy570m05f9wLuZ7vEH4erSjnvFyw08dgZ0iDC11gaTPI'
    '0W1jHNrOVQc7pmtQ7rsmKMdiDfDyC0iZKuHnzhiHJ8qgekRpfkiMbTFIytJ+W4lcnNqtHAfPVUwOjLJfaguSZjY2tUz2kIE5tIXw'
    '6xtEce5m7CNt0AfmrA+yoXpMqP2SxxQ0LYWBbs19FLa/JneKyrZgLvu+SgTnHdbFTZL73EX0zjrcORjTfLoV59mG1+by01yEeXP9'
    'hcr2w5T/Vt3/3UIfV8o2FpWtTQXFwbhuj6R92c5ABDzHc5APkrGatjXsMJ8+oc7dbULzjVrO14Qf5HSAqRzO5t7mtI4JLbk+v8+/'
    'dpDHcZ2dqS0f2iQ0KuTGHIfjHqSEPiezqd0j6umOUtDqKvpzyPAMc1vNoDo4j61Ep8DpgUEDut4Ud41GHGcH2Iyo1muHRrZxgyU9'
    '5TIurme0gQPUx1UIP2cBzYvOc5OgjrnRAB54Hr4G4edvG1HwrbSsLr922JxUeb8LNiX5j7c6nOsG6H8e+dYMdz62g+U7WHksh7SX'
    'aoz1ZJ7VzK7KlDdpgnHM19ydB4VbLHmVLtAml/sGS11xK4PNWg1NqpNdo36ulemkvpz/96QGf5RT/6HTP1N8puOlhhR4kMKTSTuo'
    'l4yb5j1L+HleewLOsa0eCNvvBHvOyeIN4loXelYaFO2r7KCD9i+KzmpMYwsZ5qsr27lf+LkX8V547mjv3TLC+3aI4jheyxU2VOWy'
    'S3fJvch5ZNWcmxVzrjOYM+X3bcZzksKvIwv/dDQj2qfb+oNQ+cMq9AVpt1tD0zG2OtgX6Hx8EOetdpgz5fubod16uJ8L9WWlC4Ug'
    'IvaSXxPA3g4yDlntGuGfxStg/plCx+nX9I+u3Z881KL4HSq2Vzj8OO0rz8RN8P6UZL9n/X7PIbInU1xQxfgQrHMISQTAwx8ZPFQk'
    '8DAt4OGDxDZzKnz9moDmRXxz4ufBT/oR79sQ+XbWqPd8PeTL7iO22t0BduMmMf/7NXTfeYRmmW664iaQpxw5BXY8NJ835RWD7I6W'
    'QZ39wizOW1h8t9NIDMSwmHJnh8QGxPiB8nly1i4OWljf52SL13hT1u+P61f49xLcCGsbiBGSn0inzMpVK95RnxK59m8h8mm+P/J5'
    'VtaD6wzUaSG8EO75BlaHt3FKVi+TVvkoUBn0HBHsQ5MLsXsfZHynbQzAU7LFf5/AYj7iHDdm9X4dHG80wn9XA+5AfunTnUK8mP/3'
    'Sv7fM52le9cMZeTzRXi+Ak9ZvorszTC8rzvfez4O8SeG4P2+d3nPl97l1dkIMrkFhPahPJIs+75OH35amV4D77F7t3vP024s5Y9/'
    'u8N7ngtj+MLdarig+4/tXo7j7ixtdy9829npz910L6isYw70dzjasF/vPR/MqeMY/Nufe8+au0tjFVTB+v7PnXqfrteTOWAcIoyT'
    'uPw6r8wGMbvjFZjInpZB+wMPes+vftpO1nzZ99X7t/5J7/mBp4vvfPmu8yH9vv2KjGnsEe/5sae8Z/VjUP87wfiNn5sXoP6D3yiF'
    'JTpv1XmR774BtG4hRsc3vGfzw8VjqNXgWOznA88Ck7Pfbgx4tj4JsjIXPQqnA8KJ/IQiKP51ZekfYaWD9CSVTE91xTd9GLA5dxye'
    'FpM2OYy6tmkKo2G+0jRO2DwFv2YzxuwzEB/rgNfnbzLevYrvCvjhC97z/33Xru3qh7znE1/z2n4h4/mZFNbkmeIYOnfBetxzwE7W'
    '2s10zMXyi/BfOjV7f0omJRZUlC2RX1ybX/ATDXVNNjB0+fe952efCr4f+H3JYY+evTGAufuf1t+b6/Lz+UuFboPeh0gP7X8CzvJX'
    'fRhugjVA/dkNB/y7Vj5Perj4Ll3/ea/OYUAv8m+8nyYiA5Tv5j3j0wKFc73fe74L1m/j59X3cavlfvzqM97zysfs6t0JOGT9D8of'
    'L82k3VoCyQ0AV/MBV9/3vFubdcKPM4djRX0StZFFGPtI2pPBqOibRV/w90+WXUq+PfZd7/mdr/n8YoOinnw+qqnTFFDnPWvUdXT2'
    'OSb7f8MBOxqrF9Yta4jHZzFSz5QgXXdxs/drD0Domp/c/1+mPJyGtH/h3ga+ZLMlbfSqAz6Q5d8A/d5+oBjXfi1f4HSkLSAu4BXf'
    'c6OFLpomOKpO+LkkTPDJnSmfdvvmMru5/zfcF83wfAzusmsg7uH1+YLDDrEzVPb7Gy3XYgHQv9zej9IY98NT2jpQOtpWd3894Lm5'
    '0P4ArHfFDNOHZcx/WRt9WFdX+fRhEw6/JoU+zcamopqd2WPgWTnhZi+IPAnadyY6VYVOtYwwRPHMalEc76UmwDa7Cei/BkWZZmLH'
    't5PZ99YQ++KdAba/dRFx5qnCPWauidxyDvTz8QN298YdcGd+A+6JMyO09czn/DtItnWi8O+zJ4Be+BHc7dd8zq5t5IvE14rjEFUR'
    'futJ4K8+91Tx3O5/vNjeAuW08vm2R9Vl04Ru0q0/jUl9BdqIPWcvB6Hyk/YDxfwwrt/Nlusl5yGfKZjXRqC3roB9Xkn2WTIxNm1v'
    'BtriGbAtWEjG6drWjx7x25TPlx/R8/b9aU+fEWW9m79bLG/j5/WyA/Y0zjyFnKGw5s/6MGZztyF/r6Kbu4BuXpb29By2dJ1s45R2'
    'u/nNYePLEnmMzbwqyLzwXEvZSJAOo5Lx13TfMUYmynPWw1q9sL9YTrSAyFtR3iL5GJs1W/SMT2/r5L5PpDx7XFlu5NPFMivU1Zj2'
    '99nv+DwN4mmXc7b3i97zjzDuv0j5eqV7Dvi42Uo+/jTgUDjDV3zfrv6n9hePaZSM6bdf8GVnLnwpwpUt3kQ8/HGAq3NTvq7rZOCV'
    'L3uyFKfa9HE77MVlcF/eSWSkKhy4MuXhWK53KMDV9x35dqaPnEPWnvKO9Gya9kHlTjb1qH5TjukXwssXEAUeXvqMOzxQXyjEOz9+'
    'ytd7cLk0p6W4z5J89zli8z4G+/47S52Pan9c4PCXXy0+h8s/o4a/u0CXT2nxFqH2n9stgmNRoS7+SKDhbOI1mNobDInwWOeUng/z'
    '5dPlhjapFyUWpsoWcVQUx6heBrJll/uf6/BsaSgpn8MzYRIbugLgh8rZqDxstcIWyCb+BOUb25htUZi/tG2cC5d+uI5gDd4rohSX'
    'rEX6SKh9jExjZVQQ27wgP56PZ+zlLwuA96Z27WjTshLGnSPvVsO7a8i7m4Ufy5D7+aJ/1UWi1C94Cyk/zuQAZwk/tkS3xi43LH6D'
    'bOd1MF/sN6z8CjKmE7LFc15KeM+uRu95LDyXwXNtY7EPrYovWWm5RyhnjuIb1q2Q3VI4PvppX/4u+3mT4ttXfuDH1D9khw45ac/d'
    '6n07RfHtrqt9WQJ+qz3PL9ME88NvdezbMQq4GiR3UBW7x/Abyu8pDK0WxT6wq4XanzyorM6fPGwfWgk9YoOrbGSf9PxugPFuIu/O'
    '2OHHwsd3v855704g7/A+WC18H/J+0mcQLqL5DqjPU5sl/qsgf1P58GpF2ZRw8+NEesgGJ2Pc5qVs3Zssz3Tl1mIbaVv+g+MDOaZL'
    'HGTwJvqz5/a4yfbrLde2Iaa1leN1XdvqZ0vXFtf3TEcdRyPBtyo8dnwAHuuwwGNHWOCxViKPHxelsam5bL1fFOfw4rF2cY3ennKD'
    'QX5PdpD1w5xvn2B6BJ4bicdVozzFoIjm891gbds2my3bwLatIx4btiC7U9t8h+kQOnluCNxtYG2G4a1WgKfPA29I9Y9Zkfh0TpVP'
    'pyrv4FaCz25k384meMc0zh62g7RvjVDHmMIyawk9tdHAX24D+AkdTca2W5jljqNzo7H6TOrTWFg6nN+iOT/LRXHcBpX/Y1RZggkt'
    'wXXQUWQEPM6lSf0KzfqsDqBvdfM3lVclvF7C6yW8XsLrJbxewuslvF7C6yW8XsLrJbxewutNBq/H+bwqwufVieIYuPOBDzheccaq'
    '4G4zPefUdwzbtNE7436ebFHHisboix+32fT/01zxflYQGtBkP2z0jP9XQ1t24FpM+HvzIyiXgbLfg35bRdy/FEw+kz1knCgKg6tC'
    '24aasCZqgz7Wkf+uJyvb6LtGNAtBg8NFnhH3IW5u1hdut2q62hgXO/oxt1NGLvDXbDdio1/aB1DbX7rk2nH4NTtPNGW5RvwMoj1r'
    'zYS9DUHceKlBcL+uSfilM9OVvM4aE8lOvy4TKjy0b1tYCaOlF8Dd63KnSXlKUA4hHc2xWnPHRbFVOz6ifPl4Zlt2xCTamFE/dJs6'
    '3A89TJZ9fGKrltiqJbZqif4i0V8k+otEf5HoLxL9RaK/SPQXif4i0V8k+otpbKtG5Qn1BLdWM/52Q4DNGubho3qKTuDrdbQpj3Wx'
    'VlH/BFKWx1hoIXiA1lkX0CfP/WlCK2QJL0RpBdP84OjHXqeoT/1KsexdKTvYorAh699M6vc4jHWA1M851L+Cjd+2/jmpaOd+Yyqc'
    'HjkhFU6PrEj5uGGnxfgXkXrXWdRrJGPqF8WxfrBMRcosl2gfq/cbgud6LMYkc2HOEdF9g2VbPyBjGDSotxPqPUPqmeJaWe9xy3o4'
    'zv2kng3c/jW5b3Rn+17S9ohF239G2h7RtH2LKI09xcuMW+4B1utT3KW87atI29st2j5fMe4cK3OmYm15mVNJmd2aMusMaIKVjjTB'
    'YkLL8H4XKPhJ/NZMvvWwb5Tf0/FLKJ9GuoDnbbThtTsIDZECOmUuoSGQnrDVq0WVuWKcMU67pAntUi30OY2x364QO/NGJsOifdWE'
    '9NUYg65lAdAxKvkhygkaFXCG8gFa/vEAGbWJjX0Lo91p/AvTdnhOlCXCPE8GPSemOXEHRXEcDBrXQ67Fu2r8GGAp0BGsh+cSeLYT'
    '3YF8LobnGnguhGcbPM8BHcNojZ9Px3Z+QXPge3xZjSdnN+0nzvU7ucbPVctzLu+KsZ8ja/w8ZyZ5vXti7FuUaR95P/+n2l/LHazu'
    'LqGPTxM2T5pzrpAHpdqPJ4awfDQ8O+BZDc8TG4vPBp6BowjsyzYfrfbzUKngwAaeP0ba6lXcyTZtvZe0xdeU78M448d4zJpbAsbV'
    'YzmunRHWi8PNZYpxHTQcF2/rDRHmyNtaW+3nOXdZ+yC4LuQsIO33Cvu8S2F7lIb2bfCqyfrgOfxZVXQYwLaer3I/M7ytr1SV3icq'
    'OncdyWVnmjNuC9RZw3LEbQGa+eNT0Pc50Pc7q/zYoksY/pvPaIOFIfjwrVV+rDEX2JdtbCdtDCv4f/peB8MXkDauY/0MGeK9LsU4'
    'eizHcbzFeuQ0cLnYYBzjITipocqjp4PWw4Zuwfn9ptJvdwfDwbuEee453u6LinZzMbT79crSdRg3aEeVX5fyoJ+ttIcVvkcfqwzf'
    'I5f74s8rvdjLtF6fMMvly2EszE7prQZzcKHdrlSs77jhGcA2ziFj25xV57FV5cftUuQspbj7dTG3i3i5PV/5KFGcEzeoPcw/+voQ'
    'WY3pvdEJ4/hThae/D8pZjPKfuO7DFyexT1zvr1R4+xiWfxnvYJ7bVjeXh2JuF8f7oQo/pxDe2+safRlJwW6usVhmso/U6WL8PtY5'
    'itW5pcK3deB803KNrCBL2pZtDCrGemJIv9eQfpEPW8r4ssaQfreQNlawfqvgeVxIG6cqxsFlIEeF0EWrSBttmjaODRnHogrf7sbm'
    'fijc/4q6L7O6Q5o7809ZT/ZJ2x13vEcK9L+ivT5hln+d36cFfQppbwujj03ynvPz+lRM7eE5fSjrrz2WOY2VXae5W/7GoS72e0/W'
    't02e7PtD9j9C1nFTNhyXh90JV8TUHq7PWVlf77CkUY1ndGfx5Kyvr18SgnNXk7IpVnYxK7tUMaZ1Gt6Lj2kuqctx+/IQ/FRBxrg4'
    'ZD6/z+jnw8v+Jym7IqTsywHt8rvhRxl/rvMYj7osZJ3+mfQzL2RMX8ro14WP6TOkbFtIu/dn/Nw3gxp7iFGmj/tIptj3gMpcRw15'
    'GNnOuwP6HmW8Sz/UeRupkwu4LyheHjHo50ZWp0cxx+0Oc7yAtHMdu7OGDNrB8ZwW0M6ARTurFPPa5TCvww3WlPOmjQZ1/p2NN0Xq'
    'qNaP2mZgnVfT+joDmjr/nvZx+sZs6T1qy6t8N+3bFw0yOoefp2fSvq7XFkZk/ccC6g8Y1P8E1HfRrxTofzJX3R6hbOE9AWUHmNzr'
    '7Yo17CZl6P7tVrSrkisV7KlI2SBZkSzbnS61fdLJPFRyiAs0exN2zoag/umO9fGcrkmX2rmh3OIPbB+PCSg7zsoerlkXUzxUl/bx'
    'kOt5k+38jtjxrYf65xFamdJtvzAoizTZSwFlOW38Q4Oy2O6zkKszbvm6bPsfib2a6gzIMg+SMio5cEH+lyq1yXmZnYsPkzIqGkCW'
    'eV+q2LbJBEZkvdsV8xhn87gpoAzC/qhijJRfLOQvN7Tfo7iv4MtJ2h7W2AZuJWVU+qWCHyEp06uxf+pS7Afnq08KKIP4dLVizNy+'
    'aVnAeHqIPWVNAA2GeYFqAugnWaZWUaaP3/8EhkztDmS9V0Rp2xy3/0yUzvUga+dFUQrDOQMY/q7Qz20cyvxzQBncjyeF/rwiDD0m'
    '7GAY235AlMIDx/N/S+ZvKoOQ9d5P6pnKomW9O8iYVPdCE/hT1wTIIppg/rp2EG9fF1DmZCjTTcqo7oyC/j+gzClZ35e70VIGUrj/'
    'FXsbdl+gr+q8GOXWaE/ZaCn3QN640VLuzO0pMyI4rm2QTWOVKI41EGYjR/3jssTOkfZHxxenbZ5saxmzN6xT8O7UVmi1wndjcUhZ'
    'W9++VmGWi6hZ6ONEqGJIrBNJnqIk9kMS+yGJ/ZDEfrDBf0nshyT2QxL7IYn9kMR+SGI/mMBPEvshif0gGI+axH6YfrEfah18GhM/'
    'vsSPL/HjS/z4Ej++xI8v8eNL/PgSP77Ejy/x40v8+BI/vsSPL/HjS/z4Ej++xI8v8eNL/PgSP77Ejy/x40v8+BI/vsSPL/HjS/z4'
    'Ej++xI8v8eNL/PgSP77Ejy/x40v8+BI/vsSPr9x+fCkDPz4TXznX3McLwGeG2s/XW8gaad6IIYJzeN6IUfaN2oqPMV6Y+y2F+USZ'
    '5Ap4ls2R3ynD7B6m+Ty4/gvvgqB8HjjPdYp2+hm+pPk8dljoHRcb4kfuX9dsWI/TJtQGHn3EKhOb5SmzWXb1/7XNjRHm4xpnLnT0'
    'Y018VBMf1cRHNfFRTXxUEx/VxEc18VFNfFQTH9XERzXxUU18VBMf1enmo4o5PrNwphC31oCsshr6ornKr46Eh2c3Vi6saZfbOTHD'
    'wsUyLJc9mN03obcHt4tIv6NMZVgmsih+5uhe15A9rAA5RTfgKEHurRrCe2E5qYd4i0E/Esf+Gt7fJvz4e9ez+3QAYKgCYGimwEnG'
    '/Je1oqc096LcazMw0peccPg1KWCwgdDXJrgH4WmEwFOy76X7rtjzW6PueZz7Lt9dnP+PC1Pefv4rkesk5/q1d64TGqB0n7OTQAMk'
    'uHR24NI0+ZvSUCnCH/WTs9kL++wCY6mg45kuz1koy89rOmOyiy4/Vf1UCD1ex+RTlURf2UzwKfLHtRZyLYQBkcDAtIUBfn6z5Pyq'
    'YnA1KOSPWAfhJhWga2sw5PPC+s6CblAQ2VIbwFeKlEfeT+wX4r7n1bJ93g/XqWyyKN8A7+YJ3499OStHz91corPidVRyKdv94nM5'
    'H54XEX2KKV9uy1dXk3Zku/PBnmQtkcOJSbY3sdHrNEDf80HHfzz0v/lhez2ti71e1HF+72n7cWYtx4n2Owsj6jxvPuDVqVLY63A9'
    '8fMOOjrEEbL9O2FOt8N8qsVM+6UUugYJMdmKQ68r8WSVoUvTXzpyC7BzZi/NhqyvKmHtx6C0aQDbsNp4VzF4iGmPLsC8G4G/ymkH'
    'lM4y/HZ6cdjDQumv2g1Im0AmgDRw/0Xe1yawTcH3a+7x35+f2BfHZl8s8Xeib54afTPSmHjH/iixx03scTV7fJxij+n+yLktITSX'
    'bOdwRquH0ZZoy2JK21MeSUUzJjbEiQ1xYkOc2BAnNsSJDXFiQ5zYECc2xIkNcWJDnNgQl9uGOOw715XUzFBdiexr7KrpoxMp0DF9'
    '5dd92IznpzkP/3Y40FCUJq2e8M8C7mk9lMsQfdA8Am8FXf6Euj3+HemYlY4yoITXTnjthNdOeO2E10547YTXTnjthNdOeO2E1054'
    '7anw183AWY4jRlYV0dleKIpj0p/O7rsHAsqew8r+DbGl4GVHQvq5h/TzJngOwbOHlb2DlMUxjMGzl5W9EdZEvns9PIdZmeuFn4eG'
    'lxlVjL+J9EPHcA5pIyjOGer+j2S2rDiHPSH1qV27av5hfa8j9ME5DJ4H2d/Ybo60j2cL9+BMVnc78rJQdiHhU08ndZD+qWIwczqj'
    'Rwp5FrKlT3q2smgfLfx4kGjDjPCPZwXXA+0bkP+rhCf3C6GyLeSx0B5d/ttIrLo2QnvL4O8lojimrS4P3B5Gx+YszjOlQccYLj0U'
    'e5zgsqCyyMfQNTuVrNWRZN9Pg3o3aPqcq+gzx2j5XoM+uY9ONZERBe2D3Kf3EJqIn4njFfiwn8E9wjTOaZeiLJ6NbnZGdpKy2xle'
    '6SVnHW2HGljf/AwOkP6a4LzUsXHmWJ1uYjvUxO7jHobjrmW4Dmn+k8nY3qrAVaqxyXM2R4NDBlk/A2z9xlhbC4mMZYTAVhVb21Em'
    'l8I9ojb+a8D+icMW3tepEFhBnEL99bnvAK0v4XMuwHOKwLYtLMcxpmbGE1A/0/zbjKQrdbQl8gELGY/OZVr1TJZL+6Oy3I3snFNZ'
    'fWvIfHVrKPdSxrk3WcN7Uh4M6fZlN8wJ26rFuhoeNQPP7KzmXitSE09O3E1tpX8ifbXaoxvCH/p1hdT+LRhX5n8/yVizOHsRXseS'
    'PZ1Ve4rn9lbFua2axXtcAb/gUpWpid8VeVTvnZiKPb5Vv8em/qBh5/rmZM9fU3uO5/5qxblP4mGkUmL9oTAVhV+7cPiF4OQkBsnk'
    'r7kZnRqwBzKcR8Xs1rN0Mj1LB3PktP61Bn2stdbTlP7qO/m5Gkv2dFbtKZ7bRnZua/wJBXZUwreHlNfFtQmyXzhO+P5V9DvX47UJ'
    'P5YF8vjVojhmKJe32uq397Ax2JwHu1+akobl/WVVXFiE2C4dbjplUyWhdVyBZvMvQTZLKjhM6D0DmFgTZQOrLwgrkdB7k7/mqJtC'
    '+O9TwH/WASfOsr3JGHCtgb+0O24rOh+9yZ5Mqz3Bc9Oso7s6Cyd2r+7+qyd72+BQL4zuS3eJu8Jgqs6ifBC+kDTXzIXNTOy4O13m'
    'uO1hYDvz8cXs25Mk1n74Ht0ejfW2irUfxisG4bt0chcX3cXlPFtpA7YyoY+m355UCT/WKD9fJjZyKhmTrPNToY6PbbO/mdm139mo'
    '+x2meosDHrIga0PYuA72cYfFuZ3l+0jvwHZHzj/4DvxouFzO5owW/s7/x92qMznjfqogi+lMdgpG0mzDlDYbs6wlMw2S2aNdfbrT'
    '/54l6o2o+L0JbD+vZ/2+/Ij3/IBljN6EnlbgkmhgGEpPq+7s2SMXSOjkZE/KvycSv13L8FhvQhNNnlzgo2b3ZRxyg2K9SjrzWv7h'
    '2nIfAffMHva/0rOW7MlU70moPUvA+JT2LCHlg+xZGkSxrxzaogTlsQ3VC2UKf39CRbJXM7uFBod6QfP5MJvPB6FerZEtmJQ0VFTi'
    '31Wz6papLizznz9fSHOwHv7lF3avDe99wlesIL3JwGTziYon7vT++5pQ+8+2QE6xcuKVYNY/xPY6PaewNh06VlOXq7aanQPpR/ZE'
    '/t+WtA/nFYr3ofenA16ZqvgKFtUyIubfRKy/kPsz2ZMp3xM8N3crzg3cJXlcnoYNy4YaQ1RUBqxV1bTZo3A8nU5Pyk7ZtmHbc+lX'
    'm3rq700KuviuBGYSmLGAGcQ73Ykd7ZTYdFbD+uP5vSpZ+ylZey7/QbqogvBhjYwPqyH26ZircDVrF2MKdBG9DW2jkpTnNu4yzkIL'
    'KU/zW9q00xrCX7awtiQ/ME/YxYTA9usZHpkXwnvjOoaV4+OvYvuSZfti0p5tvlDbsY5CO2lod15i+zBjbB+4re8w7HuyfzNv/6qE'
    'H6e4kpxHHg9tPitH8e4x7X65+oByy9rd4ykH6fVVMc9ddRs1ChyNMdNuJTBfqfnGcXFa+LHsa8nfVEaE8Yj4fcHzPqP8NsPktzym'
    '0QvyO1srLIfxjlA29a8BMtYMwMc1iS2Cmv7ae+iYgvzQSrYq1zobJk2V+zRXY5NCz8AqeM5p97+pbFhM7BHlHtM4nvfD87mj/XZG'
    'CY2HrpU95Dw2gQ74MFEcyw9j+2EMP4zpF5a3lMZbprH5MB/kuXCeGhg9YkKDznT61RbXmcJBfwy6+1n208hN7a76wENv0FQT4Ptz'
    'hV08W4wFyOMQriDfML4gxohfSr5hXEbM67uIfMuJ4hiQ8xTfsM1GRX9jojQn/AsaWsGEF+F++DTWZtR2+Nn5M4V8qNorkNbrwbLT'
    'xKS0LMnFLdKoW8fjbq0u3CZLS2WFBkIPM9K7urhgtT2NTuXOtycwkcCEQq6skjd1M7xURHM76CJn0S9UcRGH7WKYnl/8ML83PynV'
    '89P3Qfuru3eaFP3XMBmZvBO3ieJ8YFWELtwmiuO3dsCddyWhVa+EvuYIP755R8idqMq9HRZzupLMZRthkraxvrIiOM/3lZr1RHq2'
    'VsObznb+M5Q3FaU5MPLbequ5vs8Nh1US+Y+KpzKRD9M406r8DnJSvyblTGHXJtdZuwjPz5HT8LZDwo/bzuVWQW2ibOyT0D/Giw/j'
    'i7E/nrMo59j/PsK3m/bv0s/1ws+R2M/WcJzIBVzafgvgOJ57yqWtMwFuaY6CbiK/cGlzLZn7bgZP+Nzp2PbhwotBTvMNcNgcI2vj'
    '0octT0bXrI+MieaAuTjtrXU5zjPylJiD7UjyDnPeHUb4UpmnsGDvut+/L7H8zQd8Phbf/fGZ0rysi/Z7z+897SbzpnkzG9NeDpRy'
    'rg3mtltL3mEuQZpHU76Tz7/5QHEeTfmu6Yri3I9Hkm8yR6R8vv9eP3ce9rP88tJ1/mmudJ37Lypd5zX3FLebJvQG5g/9p5QnH5dw'
    't4udiVELOLZdfxO5TJvFXbOT4cchhpdy5D3mjpof011C210G7YaNe8xyvJibgueKoniD10kT2czmlJfHIGyeKANrJ3ic/t09hTAR'
    'VI7Kngs0VMrLr0rvuW5Gl+RmyFy+L7z8FXQuL86Qsf8v4fn/lwM/zBV+Xjf5XA/PTfB8PeR7q0Y8C/mfbl/kPe9Y5J+PRcLPE3cm'
    '1O8MyRfXROxXaLkTodxtJK/cpqz5XdfosB503p3wPEkzDz4+OS6JGxYTuoPqoHIW+CxH7g4dXUhpm8Ww9rTf6whuNOmX4qchdoft'
    'Fup8ejqbLRXvFJSL8ljBfJC6oEmNkMk0x6UNnRKWU3aN0OeUXUHq0xy5tMwSUmZEU6bcub9TRD9CZU/cj0q1lryeXM+weq7xiTlc'
    'CSbjMqU7qU5ye2JroJfnvK/w/+3E1iA+naOhTtiFp1hJ8B++O0WU5iw7hujoGsiZozpCzHXZy84k7e9mR/uicsz5AsWcz1HM+UzF'
    '+M9wWId1ijrjIXUwBzitQ/Pj0bJHwFrQsvyem6sok2Nl6hRlJE2jur+mcv+uUezfNsX+XULeParY+/esKd37VGfp3h+v2Xt6Z1H+'
    'KWjvdTxX0N5TuiZs7zsM9r7DYO87yrD3VZZ7T3OSYu69JcyuahXIhypIexlSfxV7nir8vNDnCz8PYBCdV0XoBZ7zdICsJ88b2mNh'
    'QzUi1LnqW5js3SQ/Y9B6bCQwfYyD3OvUMt5JiGP/h7yb2+69+y15NwfevULswdrZPrdDWz9TlDmqvbjMi3BGKW0cNGZZ53tSLkfw'
    'ks18Wy34GcQvO8hT9v8PRI4+ynDEiEKOpuORZFsfEV7gEpXOZFTRR9jYRwL0LlxORGH+RsJT50gd09zlw2xeO4CWMZXhDRn0xfs4'
    'F84oxesjGt5zTDE35H2PZHWxre0EzwSNLWyO/Zq+jwC9hOmeUt1a2Fp1i+KcyjxfbRAeyVriEZPc8iZn85DsGp4ni1K59lp4drI5'
    'qPg41TupX9rkwGsH2RWbtrEA9nyy59wq3Gxig+xgx0QSsy+inbwgKpnYeVfTvaH6BZs7OC4apJnJ3KLyNCnL+hWW9RPfjwCYbj+0'
    'rA6+H21G8hiKFzeQp4v+vYXcCW+D+sjzdMMeXyl8P75knydvnxfCvmSJDZ1OT4J3cpaYoAbppdLkXmwJufNc8MMGDc09akHr/oeC'
    '9m+2sIEyobtpey+wv68LsD2Sa3iwwZOvUP6I2371M51Au2Jd6HtX+pv22W1BI7/CdOafafD1xkH8w2TPZcyCN8K53Jafy2kKvsnE'
    'n8zUHqKbyWEGNHYDk81XndHgn8EbWd8DCpkeLTemsHmgNibcdqM7hrmErXdOIUso2DmQef6ezc8EZgY155PbSrjOma5rlHP5zTyC'
    'fRO8O43ps08FffbbF5WuJdfZy/qngF58XdZMb49l8dmssIPlY5Bl1xB7BNPxroVvezXjpWNaT97LNbqj3uO5VfKCQXbuuhk8jSvk'
    '6RQedPp9fjb6DfYW74/L6z2et1ywGyfM/js8XyL4tKArqPd48qj3MR1/TrMHA8LcF3hIcydxeflv6zwbAGr/x/f41woZqE6OaHu/'
    '9YfgXPSN/Gadv87TFR8Hjf+v64ppJZMzYmv7Mtl37LV1nj7I9E5VwePLITLqUY3Org/GcFadN/44z58NHRx0tpbUeTxJ2B3TaWin'
    'hmVpn6cRWzd655zC7ogNzDbsjez7erhDXs0zuUdPAg3Qq8HdOSaz/vYkj2dYc45xPPuneDx8fe7Mj+csEU5fmMBWlwVd1EngyrR9'
    'hLWuiPRQpyFdJdenq9bXrXVPARwj/l88SeMYDhnHH2s8fROF2wcXF9vicVvKflZuTIP3fk/aLeh1a4p5aVMdvAu/vJOsR5R7faeC'
    'DpZzeajGv2dyFnd0jwVdnFPQbio6kNMWf1bj0/0Dhuug2kfuE2WyZzss5oV0w7Yan+acrjRzwW62xsf1U00bF/QzNZ6eWpY/vNF7'
    'LoXnGnge1qj+vh6eVfBcBs+z4LkWnitY+bmNXt+/qC497y4w5qqj/2Z1eeRqpvj7oTL3H3bP//kU9Y/zH6r2fJsmm8+gY+LyzTdV'
    'e7p0WeZYdg4WwnMBPNcxeO+C5yJ4HgXP0+G5mJ2fs+AcrKz2cdd0lgumyX7Z3L28PS4v6g+QHwX1Icf0L1VeJBIX+6K4+fHHqzzb'
    'a9v7fExxPrncKqjfj1T5PPNU8KtyDDdVefaHYfJLG95ysuj5c6o8+rWg72Nn/nB2tufCc57jnbcmoK/Fmr4WOPY1n/TlgptovSXw'
    'PIl9XwV9/aHSh/3J4vEL53+S+0UZ7ZcqfbxjY8+owoWmdXV8xEcqi89/OejtgyFyqZsqPZ87bitqaxNrSjtcTdZ/qnWiGyv9+BIu'
    'tKhOz1Dw/Y6xbT7uxkrv7+mIs+X4/k+FZ69B8VQKnm+C52Z4ph1x5LMVPtx2TwLeeJj0t53tV7eGTso54BeEn3srfNwQJ81mQ6ON'
    'kTFMhZxDjuHCivLjyJ6QvV9b4ce2GWJyghc0Ng4tKe+ZSal1FUdU+PGDXPCuKa7IkPWLgm9vjMB//Fu2dK4uYwi7y57JejjXBu+Y'
    '0kkPk7bPYLTXCkZbnmPZ9l9lfZ+DuGihMDg6iPd/1vddiSIDlm31x7TPPSG043ll7gfP/YnZqfMFmUf25QbW98c1sncc032LWewX'
    '0lYQXjKR4/9nxottOJX2LmF84dMZHz66NHEwNrJ23+TQz/6M72/Uw3DfQUOc9eGMJ7eaLDmI7POWjGcTXQ55R8HXK+PDG49HZKrj'
    'x7YuJOszWTqJ15E+J8NWsmDfTGBpJIBmC4KlarKvo5q9ylnI6/m6/DLtt78+5DxtcjhPP0x7etGpxC1yHP+Y9uCX8iWoK7GRLcu2'
    '7kv7MWSveBb04M8U+8B+9avec+TTEFPggPd87Dmvjfel9XgmZ6gzuS3txzhz8efU3ZE7074OuZwyDNnX+aQvPv9dMdi/0/Val47u'
    'S3p02pO7B9mghsH6SRb2FyZnbCLlw6Or3uMXKT82Qhg8cnj5SSqaXzFf46+nPDliHDoVFVyMa/p9kMwjKv8m2/tLRXuuPFLB/pfs'
    'ET/De4Q6XgbyprtIXRvYl3X6oK6tTF7WuSygbpCMvaD/S/kxEXtD5EIoi9xI6pj4rMg6x6f8mBImuGtA5+udcos9MMTaqUv58TCC'
    'aNAmcEiqC1kjnOd/i/CyuOc/A9+suG0bZdvfhXHI77/YAj7ROT9+qny+CjFNnyFlv3Oh98xc5cdJlc8j+7yyXwwoy9t9RFH2tBvV'
    'Zf9eUbb/TvUYPhJQlrf7XlL2VYgR+ynNOrwzoCyPL3sTKSsRgHw2XlRatwlwAC9719XqsjlF2TPepi77FlI2B2XvGVLPbQspe/Mu'
    'uJe2qOe2WVEW942XPVlRFveCl11NynY+5D33PwEwDLTbssf83EBY9m+fhJw9+9Xxk9tI2TCasIGU5XRlG7Q77xl1rAdTP36T3D+J'
    'zzPzhf1oFD/+NmM//rC9SWIFhud+cN+naLECM5Y+xDTWyM145ifs4AHjiAsolw7xc047jFEXb1OVm2Khxdhx3jawf7hDH49a9mEa'
    '8yIsNnLc9XHvMAaPpM0uYnh+rVDH6ekg8IJ5IuuFnx8V87nKcphTdhNrY5MoztFYL0rzwWJ9Wm+5sItTImXzR8Q0VtM+aayALKlX'
    'lOcof5/f93z4/tL9eZTtT7XQ5yfdLyYnZ+j7hB/n7X549x54J8vJXKcFvxMRnuf0VtiryYpxlNx/IfffSOgVFvALD+/Bz0rQPVNN'
    '8JDc/6PgTCwk54XDJ32OCPv8LBgnplX4MRhpfFEal3q34hkUl1p3zml8xUVr/Vip9OxgnhR6draSMtUTxWVkPu+C/EP48TjPh+dF'
    'Ghy/WtjFk9fFUWlguFGOH+XmWxRPm7t1Hmlrcbb06XJPu8aU4vdpi2V7LeSZBjgYgfUbALxUYYSXMqlUdpbjpZUck9jxT/XBBdK2'
    'mC5T31XxxJ1+zkoJT+8SwbGIOF05HHCGOKyOAmyYtE3PQCaABqf8w2pyLwvDcVUAfrHlN1xz28WBs6LSGaa5GahMhccKzgi72GPZ'
    'AD6tRRTnAuA4qlKDow4j5Xl7rvEuj4Fn5YQdHnTN/47tRsn/Tut2wz5VAp1QTBumX9M/ivt4bkwFGt3rQj0GyR0yZYbjgnz03d6z'
    'Yq+HB4J4LX7umuB7LTsTKxl/aSL/KeccP7Vv9s8RZe/3HJiaOVZMwhxRR/DHz0+POU/GvmZB1/Htp6fXHJGmoDr5PaI4ZwPPG0r1'
    'pDyPgGuM2io2Ph3NoJKzBtEyyBOb0j5yTm8WXswRrJMVwfmqqZxsFfDbnIYwpXnT06CfIFo1SgzaNugnTdZTJ19ssbxTDwvQBdQq'
    '4NsVTmkOcpHI4ZT87lFbxV1gCthuLFzzf0eZ0FpclpEhe4Ky8zThIasBzk4H3fx8oJlv1PA9QTKvJO+8ad75W43yzqcN8s63gfyd'
    '3rVXJeeuaA/2XiOi/NJh0vFGxseiviVrKcNAue8uUZrfrKDnTJWWGWZlWlO+vAP9xXLEfox/QxuwLGmb1msmdut/EPoyGGPgv0Rp'
    'H9fCt/9Lvg2wsb2s+HbIf1zR5jh8+wEZ03am98I1eZbU72ZzypOd4isJ7kpwV4K7rPR4tRq6opbRFeK8/N7+jfffXZ35/+4Mlwul'
    'UeaoaL85hvYrFDzVdUT32AB4CXM/ZBNYzMBSnW+tHDY3peoyoW/l/XqfwmZJCPN8d5hLbxF5txh0qwvIu8/jnUrebWgvtclEGTn6'
    'VaKv5imOOskEHmcOPLZa7uu1TB7Rm+wp39Ouqd7TqLnSVPfLtYAH6h32fTr9LNRLGTtacyIjaU29Hkr/m3D4NQXs+1TI7bCNSoe2'
    'g9pMkzabyX1SzWQ98r9fkPMOkJNXsLa2wb3aYGGfQOXndE5U5kTvTNnPlQFzFMSOUn6stLxrZZvvIPKrSjI3XC9sbzvUqQZdcml+'
    'sNe2PhnPVn6Nfqvn/qLrk+k+XclsXGxsHFS2bfZ2WvLmmr2GWnChNTvcw8b+EyV2WLAxXSYXNuCLM4nv/TZLHeSV0Mbr0r5PKm0j'
    'Y2B3eGza4yeoXTT3k75emMXjUtXtZTbWdWk/bkU5bGVVdrK/SJnbyb6U8saR0LhKGjeCPXbomQht25a+lfs5nPLuOmpXuJrZWtm2'
    '+RaIT2ByZzdp2pC+4OtIG6qzs0PY51LvF8VxOzpC6EOuW28X5nEouP/E3JRn361aQzyPqm862wDbduQYXgE8tQDwiMo+oD7R9QbJ'
    'zsvJx1rtfyvs6S3C861DfW4VsWPpZmdlhPjVzNecq3Ghj5sbBPuFeM7Cj1PO40bxe2yP5kyF5YbjbYeN6Vjhx7LqFuq4eCPszh1m'
    'Y8XYJ3PJ2nI8lFPYEfWK0nhQLrJDiht1Nk81CvmEqQz1NnjWk3FyuxiMXZFSzJPGrFTZS9noS+cKs3jqtD8VzNKYAKq95XHUVyv2'
    'rZvZiC1T+BTl2HMnlD1M+LFJBjXrRO3MuM/SHqGPUeuytqrzg3D9YNrz71PlBOgh47Dpi+Z4U8FSt4M/QBywgXM+PQA2Rtl5fZ0C'
    'Nn7OyqyC8ZnSBxynDbH2FsL5pmVN8F2dAv//is09TWiC1WmPaafr8KLjXg9O071+o8Ven0LW3SSu1WTu/88c938oYP8fytf9kDCL'
    'g0TvTB4vuTtm/JCbIpjBu+MCgr/7NTTSKKuzmcBZWN4OeTcd7ggvpnPDcS0Wfvxrehe5xlyjPliqvAgUvuanPH87mneLnj0bmMlZ'
    'zp2WHSQ2TVNJk2w2xBNjQp0rtZe116mwW6f3PNLADYxuGRbqOGk5C/qF50xoUMA/zzU0qoARGZNgH6w18iUbWY6DTSQXgmkMstdD'
    'DLLLCS49M1scy0wX11HWOxu+hcVF4zFTz8n6dwnCziaLfJzrWJ6H87L+PraK0nitYTnSt5A8sdQ3W747wSIGKx+rKx26SRPTuTNr'
    '35+rPlc48ksLiBCA+6l2E1sRpBuriG0j4qEmkNOg/ckL8G4FKf8CwQ0Yh6yB9dOusK2kdeaTPm5m/jboY4n+NvhuDtjCUNualQo7'
    'Mpv1utDR/6OO9JFf9OyhjwHyzzCfFxu7jmai+1eMRwTptm37qiUCIqpDRRt+F9sUHexXO8I+9aNaJyYvFgzCarnK01hEcfmdV8K/'
    'IJ059yeTZ+XdGp3oReTMY5205ZpssCi/gMnnbeu3Ct+HfgHcg6p5rSY4JuweqXU8B7L/ExgcZxmOewuhlZaxMR4nin3STddA5Vu2'
    'Qejjrelgk8JJBcy91cBPzPZc43hTZO5LhdoP1MSeJi2C/UozljiykpSjY4uKD1MxrJsJzKrO1GpLmLf1x8V9oPcZ6oyL7jM04OjQ'
    '22jQ89zC9kanj+Y8EtKA22O6y1z3Dm2GTf1JW0L0MSa2YC7jTPRwkx+jVbcXQfFabOBuG3xrUtwTsu5csF8JisuZZTpCXX2MzUNj'
    '+mTByBpj+qCPNd7Ftyj8SNCmZqrOq6ktogrHrmR2P0H148BJrvdwXH7b9cR+8mRDWXaYPGpElOaL5+M0gf0NlusxFKJjlLKdS0X0'
    'HCJhcj2TfLEm+R3GJmndTHI39gp1Dqchja4ZYQztZSkvXGg2tZeZg/r8ItIf/cyfBp8jGnr5rQY2bMuJ385uzXM1kYVjzLIuhgca'
    'Cc09l8hbEC+iTc8wkeWg3QWXmdyvWMP/DxA4arU='
)
