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
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 26975, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:todos los derechos reservados)|(?:aviso legal)|(?:política de privacidad)|(?:política de cookies)|(?:términos y condiciones)', 2, 34, 27803, 319, 0, {}, (None,)),
 ('(?:tous droits réservés)|(?:mentions légales)|(?:politique de confidentialité)|(?:conditions générales)|(?:gestion des cookies)', 2, 34, 28122, 339, 0, {}, (None,)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 28461, 82, 3, {}, (None, None, None, None)),
 ('(?:votre adresse (e-mail|de messagerie|email) ne sera pas publiée)|(?:les champs obligatoires sont indiqués)|(?:^\\s*(\\d+|une?)\\s+(réponses?|commentaires?|réflexions?)\\s+(à|au|sur|pour)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$)|(?:enregistrer mon nom, mon (e-mail|courriel|adresse e-mail) et mon site)', 2, 34, 28543, 880, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 29423, 714, 1, {'name': 1}, (None, 'name')),
 ('(?:подписывайтесь на (наш|нас))|(?:(наш|наш канал).{0,20}(telegram|телеграм))', 2, 34, 30137, 270, 3, {}, (None, None, None, None)),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 30407, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 30506, 100, 1, {}, (None, None)),
 ('(?:구독\\s*하(세요|기))|(?:뉴스레터.{0,20}(신청|구독))|(?:채널.{0,10}(추가|구독))|(?:^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독))', 2, 34, 30606, 284, 4, {}, (None, None, None, None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 30890, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 31932, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 32028, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 32742, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 33785, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 34675, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 35216, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 36260, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 36819, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 36846, 3637, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 40483, 3753, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 44236, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 44457, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 44483, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 45076, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 45316, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 45347, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 45424, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 45465, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 47076, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 48056, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 48283, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 48381, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 48560, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 48641, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 48662, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 48900, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 49154, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 49344, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 49582, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 49610, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 49790, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 49982, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 50188, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 50220, 30, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 50250, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 50566, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 50787, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 51280, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 51604, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 51810, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 51838, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 51858, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 51890, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 52052, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 52068, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 52274, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 52560, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 52756, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 52810, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 52834, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 52858, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 52901, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 53195, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 53213, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 53230, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 53259, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 53383, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 53513, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 53720, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 53990, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 54094, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 54110, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54126, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54170, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 54194, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 54295, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 54320, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 55169, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 55277, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 55291, 28, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 55319, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 55438, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 55499, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 55611, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 55738, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 55859, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 56133, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 56267, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 56404, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 56432, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 56448, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 56712, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 60349, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 60569, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 60590, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 60648, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 60664, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 60680, 104, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 60784, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 60839, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 60953, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 61250, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 61428, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 61485, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 61542, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 61599, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 61660, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 61717, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 61757, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 61897, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 61927, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 62028, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 62052, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 62562, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 62586, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 62610, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 63018, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 63159, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 63180, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 63199, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 63237, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 64082, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 64926, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 65117, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 65363, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 65441, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 65552, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 65594, 116, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 65710, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 65788, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 65845, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 65877, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 66029, 81, 0, {}, (None,)),
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
    'au5nxDj3M8ncT0R+cJx3KpyzcvGHw3SzXe4p/FznsNJlOD+Vwo8bQvs2LULfNrM+dpHfNucszlEt45FzuTPaPB1mcPdQ8SxyCn0H'
    'btNCeb4DTCejU0Sz2cXzJS47Jc5fNp1zOW/FtsPpd/QjyFOOuIa4pl1sba4Q5vbb6SluwF2Y2KtElCfQkpfbIMpz9Xn4nSF4KNlD'
    'yR5K9pDZHsLzD/lsv0n5Zxby76hf7zmWZ+VSi/xo432IpbxRpSNhWl62ebDDuI6wHBf3753gngT3JOd36fldmZzfyR5K9pDV+Y26'
    'LNwnhyn/s1EhS6FnN/I81zKeZw3jefI7cbUo9V9/Tow2X70i3B6Q8iZmxqifSH06qmQHTUSGZqKXp+NLIM9HfuvPv9iacvMT3hJx'
    'PjFeZr1GNpXTyfcZX9iFH9wI/NIWxtsx0aEMs20urGHKx2dI65bLh9s7Af+Rk6XJ5ajJGpxBtjLwOOB/hwP898UE/5fGBP+ng2yD'
    '6oVx3m+O8SUHWYo2kauI7daIhf5fkL0st4npE3a2mrb2sgMa3QOqKxKnX9U6oq/7VyJeO+iwsfYrZPQuPP6jNXKXnKXOGOfj29z5'
    'XfxHrSFyt80i2M9bENx2krPtcIsx6nQ/+w3tB8J8dal8Gt2Y/0e7CLejNrWnGSKpix+hXg3PZkAh7ynox+Qr+KLBHG8VpX78gsrY'
    'wD33y7JVIX8PW5tZMcOeyt97BdHvSIvSmHxHMJkZx+s9CllbuffkMqKzFTd8UvtN1XnDZYo9Gt3Jfg0PT767N//3txodsyGNDuZW'
    'xR6wgUekaRoZzA9p+sHtACcy3qoKgWXU84tzL0kYPEroffmY+A8wxU9xzlVNCK2RVdy/D7Lkc1du9NIvnQ3+8zYGx3aQ/flH4ds4'
    'uvr52wqxL37Q5esL8G+p633+fQ37Js72f1M9P/nug13FddeS8vgNy3+wS68voPIFrYopQuewEWQN2F4t+B//Hvgjr76o1K/hGTCm'
    'NT2lfg3x25XXhJ8L00g/Ka36PrgXuMIFnjEULt641YcXijNpG9OEPpYRxXM41vdf4s8VXzfdPOp0iuOg5am/zwpCyzfC2KpFuA9I'
    'WfYUxb2O4iBTvxpUJ4rT5F3srDDRN+sT0f2RqewwuW/az2R8/GuqB6fzr2aK+/kZ36Oxo+F8vSHS1x4L3TWVPqyp3cfmEH1QXV/f'
    'nfHkqfLdmmxxeydlvfQDc/32ZNQnmq5iZU6BMh8kZU42qHcdy3Ms5LmV5FmVLc6LPOhTIe9tc7309rn+HqrP6OF9KEBn3sWXDtfT'
    'ku3/Mu3FcZPv2tkYV0K/d87190jYmEzWR6WDydfFpC3aZ5O8Z8L6rM56Y38w7fuFtoF/G/psUATbcSP+2JX29LFV9g8Din1vqn8+'
    'KoJ9qvWnfTsILPNySP2qffsye3/vvOK+90J756Y9fjWn8YPwPr8L/Bukr4pi3yxryFi2O6zVSAiO4ntnXtqjRV38Rpna6st2sqSd'
    'sLnpstDHfYPh2tdT/j3TBhep+J8vgYzHdC54vTtC5uRbqdI7t8oe2dY/B9b/96lSn16jItg/lUmchY8Z1DtoyRtHHtnBbK1yGp3t'
    'KLRQwYYs5dt7DSn4JTo/aPS+uoHUwWHoehHsgxbX6KRUKe/+FQL/tGyPwVxKnFXgR6R8voRujXjMDYT7OQZlezW4eFrKl810GuLv'
    '/1bIc1TzSHknvxb+WTNWZ34j6Mm0WZztSE+tyUanFWT7jxDd/kEN/wzPqb8neYPmVeb9rPDjbO2+E+JsnV0c4+vou2D/k7wLPlqc'
    'd9YtXvoxyPshIn83PZt5jB3dfWVQkYfDFo2xo6PPLyf314Pu9tJ/2AXxCs73Y+xUafbwWeRufNkGiEO604+xo4uxdjL59juIRfme'
    'G4tj7BTinXYXx0RbQb7J/LS9JaI0Nhuu2wLyja/TXPLtotuK65xJvrV+pPhbA+3nruJvqlh1aUs5W1BMUVU8U109lF+QIrx4V35B'
    'K9SZAv5OPYwH7T4bic1igS+k4Gno9HSi9MsW35drHWzlma1kTmT+NNOLHq85U51zk33OasZhzoLosck+n1Vlns8E9tzmyuTeMdnn'
    'MxvTfKpsHyfrnNTFPCfl4iVN9nmuGON5TuAyfp7jZJ/T5pjmdCLLuyb7GtWXaY3GUr6R7JOJL2tN9snYyt4m+3xXxjTfQXzYhMbT'
    '83CTu2z5ZV3JHLvL+JK9O3XpodoyzE2cOhOTfX5nxzy/7yRdzGRvlVdPaLLP77Qyza+NftRkn8OGcZjDOPRdE9gtjz5eQie767El'
    'fIDwuUtk3Ob6fclejFcfNLnHTl2ecVy0YNz654msdmxsOBI6/J1n95XQEmO75pN9vhtjmu+pZrua7KPxsWNJdC5LbUWSOSm1kUnm'
    'pNQ2KJmTUpuoyT4nmZjmZCrMRVzwQe3ikjkptQdM5qTUDjKZk1L7z2ROSu1ekzkptfdNZEDhtvPJHIX7DEhkFXo/BFOJzl1M5kb2'
    'Z/qXwd/jg3bjNIml7uJrUPpUP0bTNx6Hdv1eu3ZUfjZv3+ulCx8r9Tv5Mfi24olSv5NffAjS3Xrf0zq/idR2/lrh5jtYpfc+EqI3'
    'pItjgnMyXah9U/P4yn1ML4zHK5c+NOayujZrbCMGhLltyrCmPdnWQSLYNsxEL7RP6GOt6tb4qbQnD6J+T9GnzjWa9blBFPuAwfhr'
    'QT6Yw/SYwvwucb+oND4M+uRoUYzfND4tztFK4fsmHomwFljfvDGGJZWP6zPTno9kjEVD9c36iC5r0BixrM5vrk4n3tSvMvcbf2i+'
    '4tqUfXwFqT+8hOFM7m/bBK4Rvnjsml7LNaL1cF+2GLPx3ay/6CN7vii1y3KBQ7rOpnrPsr+HCN+vWjn2tW5uMC5VM8BcFaypCu57'
    'IrRva9sWtvdmxngG0fmoBThZweCkTpjHsOexbmzixtMxu+LWZjhXbOKxqGim+Qqaa0b+xZnCHlfQOXlNFNuc9gXoUkSJ4ZLT1KPK'
    '2xsAb3RdbxD6WO1cP1jO1zMAj66xzl30UYLsKSbKHi7n+trWQ22g5Zptyv9dMgH2MV3HfsP2VbTDPFHsy34a4AjqF86FTqF+5XU0'
    'F8evjSH3nVo4C2W/LtToincLe7uiPocy3SFwzG3nXe2cTGFimOlIdlrOh5x36VdkASu/LSJOGNTMdU6DI5Hu3CP1SDQ2GVjHLy3o'
    '2y6h9rnSrcGNNrHh+Jyb2DN1K9ZJjvsDwvc1Px7j7hL6WHUmODcMxjBGBt27+0RpPBxTWxubfbUjZKwDwjzenckaDyp4Mqb3a477'
    'moTv43O9BveNOuCvYc086s4QWxy2LwIO22cwXzUpj1egou0HLPbJoObub3Ju7AvAZabr/pLwfNTq9r3t2qjyXCtK7WVdcAKNZ2WK'
    '51zWpNNy/LgWcj4/KPyYElH2eblgp4fBzoAGF7rAksQPpwp7fz+2Y9XBjukclPusCYo3VAN3+dkkT5Xw/UiPQoo8qC5RGisJ7Tz7'
    'SV7abgvhi1MZzlGQLmN8YOT9UrlImsmbpjHeA8Zebg25r68RxXEMsY20QRsYvzVInviYUNvojAh9THEVnWpK+5qcKarY5TPY92XC'
    'PZZwh/Biuwfhzv6YxtOp2M82d23OP40SQ5nLL+h4Byzv36rzv1PofSzY+mUYZfdOk7NkH5u3R9I+b6cvAp7j8Tj7SV9N6xp0GE+P'
    'UMexNKH5hi3Ha3If5HSAKR/O5tzmtI4JLbk6v86/deDHcZmdqVwb5cQNCr4xx+G4Bimhj09oqgOAcrrDFLS6iv4cMNzDXG8hqAyO'
    'YyORKXB6oN+ArjfFXcMR+ynLHqGZry0a3sb1lvSUS7+4nNEl/m2F8P330hih3E83ypgbDOCBx6SpF34skyHFvZXm1cWaDBuTKgam'
    'rO/U/MdbHPZ1PbQ/k3xrgjMf68H8i1h+zIe0l6qPdWScKGtssLybNEI/ZmnOzn3Cza+qShZoE9d0jaWsuIXB5jQNTarjXaN8roXJ'
    'pL6d/3tCgz/KKf/QyZ8pPtPdpQYUeJDCk0k9KJeMm+bF+LYqfD3Kxm8jB8L62/N/y8fwbhDXvNC9Uq+oX+WDJWj9osiseKwt3T2Y'
    '263Ieu4TfhwiPBeeP9x7t5DcfReJYp8WixU6VBw+hggf1hQ+ehjtzHGTDY5pZXd9PuYmxZhrDcZM7/s2/TleoeOYFX4MaBXNiHEr'
    'bXUjKf9hGepFttnNoWkfWxz0C3T6rojzljuMmd77m6DeOjifa1CR/jwhCIu95GkE2NtC+iGLXSX8vXgZjD9TaDj9jn7o3P3JQy2K'
    '50C2ncLh4bSv3BM3wvsTk/We8us9nfCeTHFBFbuHYJkDSCIAHv7I4KEigYcJAQ+fIrqZnQrday6PdKE1wnhGowTfHPt1sBl6xPs2'
    'QL6dPuyl74LYkT1EV7szQG/cxP9tr4buO5vQLBNNVtwI/JRDx0GPh8a2pHfFIL2jhVBmtzDzeRLm6+Rk4g8ozL/KGSF+ctCXjkxP'
    'yNr5BAlr+8xs8Ryvy/rtcfkK/16CG2FuAzFC8oh0yixfteIdtSmRc38p4U/z9ZHp6VkPrjNQppnchXDN17AyvI4Ts3qetMpGgfKg'
    'p4tgG5pciN57P7t32vrDOTFb/PsY5v8Ix7g2q7fr4HgD48pWA+7A+9KX24V4Jf/3Rv7vmfbStWuCPDJ9BdI3IJX5q8jaDML72nO8'
    '9HGwxRyA97s+7KWvftgrsxZ4crMJ7UPvSDLvx9t9+Glhcg08x+7Z7KUn31B6P35ri5eeBX34xl1quKDrj/Vegv1uL613J3zb2u6P'
    '3XQtKK9jOrR3MOqwX+ulD+TUNn3/+udeWnNXqd1eFczvf9+ht+l6FxkD2uSjz6DF13h51hB9v/GgYeLWO80xfUYT3tNCqL/vAS99'
    '6st2vOaLX1Sv3+onvPSTT5fGs25/UL9uvyF9GnnESz//pJdWPwblfxSM3/i+eRnKP/D9Ulii41btF/nu+0DrFuxVv++lTQ8X92Ga'
    'BsdiO598Fi45u+36gHvrS8Arc5GjcDognMhPKILipyNLf4TlDpKTVDI51WXP+TBgs+84PM0jdXIYda3TFEarQvAN9ZkxU3Ffs+lj'
    '9hnwFbHXa/N3Ge9cxXcF/PANL/1/P7aru/pBL93zXa/ulzOenUlhTp4ptie/E+bj7r12vNZOJmMu5l+EP+nU1H2Ul5RYUFG2hH9x'
    'dX7CjzWUNdnA0CUveulXnww+H/h5yWGP7r0RgLn7ntafm6vy4/lLhWyDnodID+3eA3v5KR+GG2EOUH52/V7/rJXp8Q8Xn6Wrv+6V'
    'OQjoRf6Nt9NIeIDy3cxnfFqgsK93e+mHYf7Wfl19HrdYrsdvvuKllz9mV+4OwCGrf1J+3yEm9U4jkFwPcDULcPW9L7nVWSt8nyvY'
    'V5QnUR1ZhLHPpj0ejIq+mfsNf/1k3gXk22M/9tIffde/L9Yrysn0UU2ZxoAyH12hLqPTzzFZ/+v32tFY3TBvWUM8PoWReqYE6bqz'
    'm72nLQChax65/r9OeTgNaf/CuQ33kvWWtNGbDvhA5n83tHvb3mJc+918hlOQtgAfOZe94EYLnT9BcFSt8P0qm+CTO1I+7fbcQrux'
    '/xecF02QPgZn2VXgA+jafMZBB98ZKv39tZZzMRvoX67vR2mM+yCVug6UjraV3V8LeG4G1N8H810xyeRhGfMnayMP6+gonzxsv8PT'
    'qJCn2ehUVLM9ewSklfvd9AXxToL6nYlMVSFTLSMMUTyzXBT7e6kJ0M1uBPqvXpGniejxbWX6vTVEv3hrgO5vbUSceZJw9x9nwrec'
    'Du18Ya/duXE7nJnfh3PitAh1PfM1/wySdR0r/PNsD9ALP4Wz/aqv2dWN9yLx3WI/RFXkvvUE3K++9mTx2O57vFjfAvm0Mn3/o+q8'
    'aUI36eaf+me8DHXEnrfng1D+Sdve4vswzt9NlvMlxyHTFIxrLdBbl8E6LyXrLC8xNnWvB9riGdAtmEP66VrXTx/x65Tpa4/o7/a9'
    'aU+eEWW+m35czG/j+/XivfY0zkwFn6Ew58/6MGZztuH9XkU3dwDdvDDtyTls6TpZx4ltduObzvqXJfwYm3FVkHHhvpa8kSAZRiW7'
    'X9N1b4QrEfJzVsNcvby7mE80m/Bbkd8i7zE2czb3GZ/e1vF996Q8fVyZb+jLxTwrlNWYtvfVH/l3GsTTLvts5ze99I/Q779I+XKl'
    'u/f6uNmKP/404FDYw5e9aFf+od3FfRomfXrrGz7vzOVeinBlizcRD38B4OqslC/rOgHuyhc/UYpTbdq4DdbiYjgv7yA8UhUOXJry'
    'cCyXOxTg6kXHezuTR04nc0/vjnRvmrZB+U425ah8U/bpV8LznRsFHl79ijs8UFsoxDs/e9KXe3C+NKeluM2SfPc1ovM+Auv+e0uZ'
    'j2p9XODw108V78PFX1HD350gy6e0eLNQ289tF8G+qFAWfyjQcDb+Gkz1DQZC5P+cng+z5dPFSTQpF8UXZlj8abSDWeB4/nMZni0N'
    'JflzuCdMfENXAPxQPhvlhy1X6ALZ+J+g98ZWplsUZi9t6+fCpR0uI1iB54ooxSUrkT4SahsjU18ZFUQ3L8iO5wsZe/7LbLh7U712'
    '1GlZCv3OkXfL4d1V5N1NwvdlyO180b7qfFFqF7yB5B9lfIDThe9bolOjlxvmv0HWcxyMF9sNy7+E9OmYbPGYF5C7Z0eDlx4J6UJI'
    'VzYU29Cq7iVLLdcI+cxRbMM6FbxbCseHP+3z32U771V8+85PwP6Z6qFDfLazNnrfTlR8u/NKn5eA36ad7edphPHht1r27QgFXPWT'
    'M6iKnWP4Dfn3FIaWi2Ib2OVCbU8elFdnTx62Di2EHrHBVTa8T7p/10B/15F3p27xfeHju9/mvHfHkHd4HiwXvg15L2kzCBfhXW6e'
    'KLZ5arXEfxXkN+UPL1fkTQk3O06kh2xwMvptXsDmvdFyT1duLNaRtr1/cHwg+3ShAw/eRH72/A433n6d5dzWxzS3sr+uc1v9bOnc'
    '4vye5ijjaCD4VoXHjg7AY4ss8NghFnishfDjR0Wpb2rOW+8Vvk9fla9dnKMPpNxgkJ+Ti8j8YfyTLzI5wiijsblfNXqn6BfRbL7r'
    'rXXbprJmG+i2LYpHhy1I79Q29k86hE6eEQJ3a1idYXirBeDp63A3pPLHrEhsOsfLppP7KUf/UIjPbmDfziB4x9TPHtaDtG+NUPuY'
    'wjwrCT211sBebg3YCR1O+rbdgI+ymY2N+uozKU99YelwfrNm/ywWxX4bVPaPUXkJJrQEl0FH4RFwP5cm5Ss087M8gL7Vjd+UX5Xc'
    '9ZK7XnLXS+56yV0vuesld73krpfc9ZK7XnLXS+56Y3HX4/e8KnLPqxXFPnBnwT3gaMUeq4KzzXSfU9sxrNNG7ozreYJFGSsaoyd+'
    '3GbT/i9yxetZQWhAk/WwkTP+Xw1tuQjnYr+/Nj+FfBnI+wK02yLiflIw+Ez2gHKiKHSuCnUbasKqmBb0sZb8u47MbINvGtEkBHUO'
    'F3lE3Ia4qUmfuc2q6mpjXOxox9xGL3KBT5Ndj42etA+gtk+65NhxeJqcB5qynCO+B1GftWa/vQ5B3HipXnC7rjF40pmJSl5njYlk'
    'p6fDhAoPbdsWVsJo6dlw9rqcaZKfEhRDSEdzLNeccVF01Y6OyF8+mumWHTKGOmbUDt2mDLdDD+NlH53oqiW6aomuWiK/SOQXifwi'
    'kV8k8otEfpHILxL5RSK/SOQXifxiAuuqUX5CHcGt1ex+uyZAZw3j8FE5RTvc63W0Kfd1sVJR/hiSl/tYaCZ4gJZZFdAmj/1pQitk'
    'yV2I0gqm8cHRjr1WUZ7alWLeO1N2sEVhQ5a/iZTvcuhrHymfcyh/Geu/bfkzU9H2/dpUOD1yTCqcHlmS8nHDVov+zyXlrrEo10D6'
    '1CuKff1gnoqUWSzRHlbudwTPdVn0ScbCnC6i2wbLun5C+tBvUG4rlHuGlDPFtbLc45blsJ+7STkbuP1rct7o9vY9pO4hi7r/jNQ9'
    'pKn7ZlHqe4rnGbVcAyzXozhLed1XkLo3W9R9jqLfOZbnNMXc8jwnkTzbNXlWGdAESx1pgnmEluHtzlbcJ/FbE/nWxb7R+57uvoT8'
    'aaQLeNxGm7v2IkJDpIBOmUFoCKQnbOVqUXmu6GeM0y5pQrtUC31MY2y3I0TPvIHxsGhbNSFtNcQga5kNdIyKf4h8ggYFnCF/gOZ/'
    'PIBHbaJj38xod+r/wrQeHhNlvjCPk0H3iWlM3H5R7AeD+vWQc/HhGt8HWApkBKshnQ9pG5EdyHQepCsgnQNpK6RngoxhuMaPp2M7'
    'vqAx8DW+uMbjs5u2E+f8nVDjx6rlMZe3xdjOoTV+nDOTuN5dMbYtyrSOvJ3/U+3P5RZWdpvQ+6cJGyeNOVeIg1Lt+xNDWD4c0kWQ'
    'VkN6bEPx3sA9cBiBfVnno9V+HCoVHNjA8+dJXd2KM9mmro+Ruvic8nUYZfcx7rPm5oB+dVn2a2uE+eJwc7GiX/sM+8XreneEMfK6'
    'Vlb7cc5d5j4IrgsxC0j93cI+7lLYGqWhfhu8ajI/uA9fr4oOA1jXS1Xue4bX9Z2q0vNEReeuIrHsTGPGbYAyK1iMuA1AM39hHNo+'
    'E9r+UJXvW3Q+w3+zGG0wJwQfXlfl+xpzgX1Zx2ZSx6Di/k/f62D4XFLHNaydAUO816HoR5dlP462mI+cBi7nGfRjNAQn1Vd59HTQ'
    'fNjQLTi+31X69W5hOHibMI89x+t9RVFvLoZ6v1dZOg+jBvWo4uvSO+hXK+1hha/R5yvD18jlvPjzSs/3Mi3XI8xi+XIYC9NTus5g'
    'DC602+WK+R013ANYx5mkb+uz6ji2qvi4HYqYpRR3HxdzvYiX2/KFDxPFMXGD6sP4o+8K4dWYnhvt0I8/VXjy+6CYxcj/ies8fGUM'
    '28T5/k6Ft45h8ZfxDOaxbXVjeTDmerG/n67wYwrhub2qweeRFPTmGop5JrtImQ5238cyh7EyN1f4ug783rRYwyvIkrplHf2Kvh4b'
    '0u5VpF28hy1g97KGkHY3kDqWsHarID0qpI6TFP3gPJDDQuiiZaSOVk0dR4b0Y26Fr3djcz4Uzn9F2ddY2QHNmfmnrMf7pPWOOp4j'
    'BfpfUV+PMIu/zs/TgjyF1LeB0ccmcc/5fn0ypvpwnz6Y9ece85zM8q7SnC1/41AW27076+smj/X5IdsfIvO4LhuOy8POhMtiqg/n'
    '5/SsL3eY36DGM7q9eELWl9fPD8G5y0neFMs7j+VdoOjTKs3di/dpBinLcfviEPxUQfo4L2Q8f8jox8Pz/gfJuyQk72sB9fKz4acZ'
    'f6wz2R11Ycg8/S/SzsyQPn0ro58X3qevkLytIfXel/Fj3/Rr9CGGmTzus5li2wPKcx02vMPIej4S0PYwu7v0Qpn3kzK5gPOC4uUh'
    'g3ZuYGW6FGPc7DDGc0k917Aza8CgHuzPyQH19FnUs0wxrm0O4zrYYE753bTBoMy/sf6mSBnV/FHdDCzzZlpfpk9T5t/SPk5fmy09'
    'R23vKj9O+/pF/YzO4fvpmbQv67WFEVn+sYDyfQblvwjlXeQrBfqfjFW3Rshb+GhA3j7G9/qAYg47SR66ftsV9ar4SgV9KpI3iFck'
    '83amS3WfdDwPFR/iXM3ahO2zASh/imN53Kcr0qV6bsi3eJut4xEBeUdZ3oM182KKh2rTPh5y3W+ynt8TPb7VUP5sQitTuu1XBnmR'
    'Jns1IC+njf/JIC/W+yzE6oybvy7r/keir6baAzLPAySPig9c4P+lSnVyXmP74jMkj4oGkHk+nirWbTKBEVnuNsU4Rtk4bgzIg7A/'
    'rOgjvS8W4pcb6u9R3Few5SR1D2p0AzeSPCr5UsGOkOTp1ug/dSjWg9+rjw/Ig/h0uaLPXL9pYUB/uog+ZU0ADYZxgWoC6CeZZ5oi'
    'Tw8//wkMmeodyHJviNK6OW5/XZSOdR+r5xVRCsM5Axj+sdCPbRTy/K+APLgeTwj9fkUYekzYwTDWfb8ohQeO5/+WjN+UByHLfYKU'
    'M+VFy3K3kz6pzoVGsKeuCeBFNML4dfUg3r4mIM8JkKeT5FGdGQX5f0CeE7O+LXeDJQ+kcP4r1jbsvEBb1Zkx8q1Rn7LBku+Bd+MG'
    'S74z16fMiGC/tkE6jVWi2NdAmI4ctY/LEj1H2h7tX5y6ebKuhUzfsFZxd6e6QssVthvzQvLa2va1CLNYRE1C7ydC5UNilUjiFCW+'
    'HxLfD4nvh8T3gw3+S3w/JL4fEt8Pie+HxPdD4vvBBH4S3w+J7wfB7qiJ74eJ5/thmoNNY2LHl9jxJXZ8iR1fYseX2PEldnyJHV9i'
    'x5fY8SV2fIkdX2LHl9jxJXZ8iR1fYseX2PEldnyJHV9ix5fY8SV2fIkdX2LHl9jxJXZ8iR1fYseX2PEldnyJHV9ix5fY8SV2fIkd'
    'X2LHl9jxlduOL2Vgx2diK+ca+3g22MxQ/fk6C14jjRsxQHAOjxsxzL5RXfERdhfmdkthNlEmsQKeZWPkZ8ogO4dpPA8u/8KzICie'
    'B45zlaKeXoYvaTyPLRZyx3mG+JHb1zUZluO0CdWBRxuxykRnedx0ll3tf21jY4TZuMYZCx3tWBMb1cRGNbFRTWxUExvVxEY1sVFN'
    'bFQTG9XERjWxUU1sVBMb1cRGdaLZqGKMzyzsKcStNcCrrIa2aKzyKyPh4amNlQtz2uG2T8ywcDEPy2UNpvZJ6K3BbSLSc5gpD8uE'
    'F8X3HF3rGrKGFcCn6AQcJci5VUPuXphPyiEuNWhH4tjfwvtbhe9/71p2nvYBDFUADE0WOMmYP1krekpzLsq1NgMjfc79Dk+jAgbr'
    'CX1tgnsQnoYIPCXrXrruijW/Jeqax7nu8t0F+X+cl/LW818IXyfZ1++8fZ3QAKXrnB0DGiDBpVMDl6bJb0pDpcj9qJfszW5YZxcY'
    'SwVtz3R59kJZHq/qjMkqujyq8qkQeryW8acqibyyieBTvB9Ps+BrIQyIBAYmLAzw/Zsl+1flg6tewX/EMgg3qQBZW73hPS+s7SzI'
    'BgXhLbUCfKVIfrz7id1C3PuSmrfP2+EylXUW+evh3Uzh27EvZvnovptBZFa8jIovZbtefCznQHo+kaeY3stt79XVpB5Z7yzQJ1lJ'
    '+HBijPVNbOQ69dD2LJDxHw3tr3/YXk7roq8XtZ8vPG3fz6xlP1F/Z05EmedNe70yVQp9HS4nfslBRoc4QtZ/B4zpNhhPtZhsT0oh'
    'a5AQk6048LoSd1YZmjR90pFrgJUze2nWZX1RCWs/A6FNPeiGTYt3FoO7mPboAoy7EfhUTjigdObht9GDwx4WSp9qNyBtBJ4A0sC9'
    '53tfG0E3Bd+vuNt/f06iXxybfrHE34m8eXzkzUhj4hn700QfN9HH1azxUYo1pusjxzaf0FyynoMZrR5GW6IuiyltT+9IKpox0SFO'
    'dIgTHeJEhzjRIU50iBMd4kSHONEhTnSIEx3iRIe43DrEYd+5rKRmkspKZFsjV0wcmUiBjukpv+zDpj+/yHn4d5EDDUVp0ur9/l7A'
    'Na2DfBkiD5pJ4K0gy9+vro9/RzpmqSMPKLlrJ3ft5K6d3LWTu3Zy107u2sldO7lrJ3ft5K6d3LXHw143A3s5Dh9ZVURme54o9kl/'
    'Cjvv7g/IeybL+zdEl4LnHQpp527SznshHYC0i+W9neTFPoxA2s3y3gBzIt+9C9JBluda4ceh4XmGFf1vJO3QPpxJ6gjyc4ay/0OZ'
    'LiuOYUdIearXrhp/WNurCH1wJoPnfvYb682R+nFv4Rqcxspuxrss5J1D7qmnkDJI/1QxmDmF0SOFOAvZ0pTurSzqRwvfHyTqMCP8'
    '417B+UD9Brz/VULK7UIobwvvWKiPLv/WEq2utVDfQvg9XxT7tNXFgdvB6NicxX6mNOgIw6UHfI8TXBaUF+8xdM5OInN1KFn3k6Hc'
    '9Zo2ZyjazDFavtugTW6jU014REHrINfpo4Qm4nviaAU+7GVwjzCNY9qmyIt7o5Ptka0k72aGV7rJXkfdoXrWNt+DfaS9Rtgvtayf'
    'OVamk+gONbLzuIvhuKsZrkOa/wTSt+sUuErVN7nPpmtwSD9rp4/N3wiraw7hsQwR2KpiczvM+FK4RlTHfwXoP3HYwvM6FQIriFOo'
    'vT63HaDlJXzOAHhOEdi2heU4+tTE7gTUzjT/NiPpSh1tifeAOeyOznladYyXS9ujvNy1bJ9TXn1LyHh1cyjXUvq5N5nDu1MeDOnW'
    'ZTuMCeuahmU1d9QMpNkpfXutSO1/Yv9dVFf659JWqy26IvyBpyOk9FugXJl/fp6xvuLsRHgdSdZ0Sq0p7ttbFPu2agqvcQU8wbkq'
    'U/t/X2RRvXP/eKzxLfo1NrUHDdvXNyVr/o5ac9z3Vyr2feIPI5USqw+4qSg8bcLhCcHJiQ+SsZ9zMzo1YA2kO4+KqS1naWdylkXM'
    'kNP6aQn6OM1aTlP61LXzfTWSrOmUWlPctw1s39b4AwpsqOTeHpJf59cmSH/hKOHbV9HvXI7XKnxfFnjHrxbFPkM5v9VWvr2D9cFm'
    'P9g9aUoalvfJqm5hEXy7LHKTKZsKCa39CjSZfwnSWVLBYULvGcDEiigLWH1uWI6E3hv7OUfZFMJ/jwL+sw44cYqtTcbg1hr4pN1x'
    'W9H+6E7WZEKtCe6bJh3d1V7YsTt1518dWdt6h3JhdF+6Q9wZBlO1FvmD8IWkuSYvbGZix93pMvttDwPbyY8vpt6aJL72w9fotmhX'
    'bytf+2F3xSB8l07O4qKzuJx7K21wrUzoo4m3JlXC9zXK95eJjpyKxyTL/EKo/WPbrG9maq13Nup6h4ne4oCHLPDaEDaugXXcYrFv'
    'p/g60jOwzfHmH3wGfi6cL2ezRwu/8/+4S7UnJ92jcrKYzmTHoSdNNpfSJuMra8lIg3j2qFefbve/Z4l4Iyp+bwTdz2tZu6894qWf'
    'tPTRm9DTClwSDQxD6WnVmT11+AIJnZysSfnXROK3qxke605oorHjC3zO7LyMg29QLFdJZ97JD84ttxFwj+xh/5TutWRNxntNQvVZ'
    'Avqn1GcJyR+kz1Ivim3lUBclKI5tqFwoU/j9RRXJXs30FuodygWN5zNsPJ+CctOMdMEkp6GiEn9XTalTprowzX/+UiHMwWr4y0/s'
    'Tpu79zHfsYL0RgOVzT0Ve+7w/n1VqP5na+BNsXL/G8FX/xDd6/T0wtws0l01dbFqq9k+kHZke/J/G9I+nFco3oeenw54Zbz8K1gU'
    'y4iYn/2xPiHnZ7Im474muG/uUuwbOEvyuDwNC5YNVYaoqAyYq6oJs0bheDqdHpOVsq3DtuXSrzbl1N8bFXTxnQnMJDBjATOIdzoT'
    'Pdpx0emshvnH/XtFMvfjMvec/4N0UQW5hzWwe1gN0U/HWIXLWb3oU6CDyG1oHZUkP9dxl34Wmkl+Gt/Spp6WkPtlM6tL3gdmCjuf'
    'EFh/HcMjM0Pu3jiPYfl4/6vYumTZupjUZxsv1Lavw1BPGuqdmeg+TBrdB67rOwjrnqzf5Fu/KuH7Ka4k+5H7Q5vF8lG8e0Sbn68u'
    'IN/CNnd/ykFyfZXPc1fZRo0CR6PPtFsIzFdqvnFcnBa+L/tp5DflEaE/In5e8LjPyL/NMP4t92n0svzO5grzob8j5E39SwCPNQPw'
    'cVWii6Cmv3Ye2KbAP7Tircq5zoZxU+U6zdDopNA9sAzS6W3+N5UOi4k+olxj6sfzPkifP9yvZ5jQeGha2UX2YyPIgA8Sxb780Lcf'
    '+vBDn35hcUupv2Xqmw/jQZ4F+6me0SMmNOhkp19tcZ0pHPTGILufYo+Gb2p31AdueoOqGgHfnyXs/NmiL0Duh3AJ+Yb+BdFH/ALy'
    'Df0yYlzfueRbThT7gJyp+IZ1NijaGxGlMeFf1tAKJncRbodPfW1GrYfvnT9T8IeqvQxpvRwsO0FUSssSXNwijLq1P+6W6sJpsqCU'
    'V2jA9DAjvauLM1bb0+iU73xbAhMJTCj4yip+UyfDS0U0t4Mscgo9oYKLOHQXw+T84p/ya/PzUjk/fR+0vrpzp1HRfg3jkckzcZMo'
    'jgdWRejCTaLYf+siOPMuJ7Tq5dDWdOH7N18UciaqYm+H+ZyuJGPZRC5Jm1hbWREc5/tyzXwiPTtNczed6vfP0LupKI2BkV/WW8zl'
    'fW44rJLwf1R3KhP+MPUzrYrvIAf1W5LPFHZtYp21ifD4HDnN3XZA+H7bOd8qqE7kjX0J2kd/8WH3YmyPxyzKOba/i9zbTdt3aeda'
    '4cdI7GVzOEr4Ai51Xwo4jseecqnrNIBbGqOgk/AvXOpcSca+ncETplsd6z5YeD7IabwBDpsjZG5c2rC9k9E56yF9ojFgLkh7c12O'
    '/Yx3SozBdih5hzHvDiL3UhmnsKDvuts/LzH/TXv9eyy+++MzpXFZ5+720heeduN507iZDWkvBko55wZj260k7zCWII2jKd/J9G8+'
    'WRxHU75rvKw49uOh5JuMESnTT9zjx87DdhZfUjrPv8iVznPv+aXzvOLu4nrThN7A+KH/M+XxxyXcbWN7YtgCjm3n34Qv02px1mxl'
    '+HGA4aUceY+xo2bFdJbQehdCvWH9HrHsL8am4LGiKN7gZdKEN7M+5cUxCBsn8sDaCB6nvzvHESaC8lHec4GGSnnxVek518noktwk'
    'GcuLwotfQcfyyiTp+/8Qnv1/OfDDDOHHdZPpakjXQfouiPdWjXgW4j/dNtdLb5/r74+5wo8TdxqUbw+JF9dI9FdovmMh360krty6'
    'rPlZ1+AwH3Tc7ZAerxkH75/sl8QN8wjdQWVQOQt8liNnh44upLTNPJh72u41BDeatEvx0wA7w7YLdTw9nc6W6u4UFIvySMFskDqg'
    'Sg2TyTTGpQ2dEhZTdoXQx5RdQsrTGLk0z3ySZ0iTp9yxv1NEPkJ5T9yOSjWXvJycz7Byrv6JOVwJxuMypTupTHJzomug5+d8vPD/'
    'NqJrEJ/M0VAm7HKnWErwH747UZTGLDuCyOjqyZ6jMkKMddnN9iRt7yZH/aJyjPlcxZjPVIz5NEX/T3WYh1WKMqMhZTAGOC1D4+PR'
    'vIfAXNC8/JybociTY3lqFXkkTaM6v8Zz/a5SrN8mxfpdSN49qlj7j64oXftUe+naH61Ze3pm0ftT0Nrr7lxBa0/pmrC1X2Sw9osM'
    '1n5RGda+ynLtaUxSjL03n+lVLQP+UAWpL0PKL2PpScKPC32O8OMABtF5VYRe4DFP+8h88rihXRY6VENCHau+mfHeTeIzBs3HWgLT'
    'RzjwvU4q45mEOPa/ybsZbd67t8i76fDuDaIP1sbWuQ3qel2R57C24jyvwB6ltHFQn2WZFyRfjuAlm/G2WNxnEL9sIals/x8IH32Y'
    '4YghBR9Nd0eSdX1WeI5LVDKTYUUbYX0fCpC7cD4RhfkbyJ06R8qYxi4fZOPaArSMKQ9vwKAt3sZZsEcpXh/S3D1HFGPDu++hrCzW'
    'tZngmaC+hY2xV9P2ISCXMF1TKlsLm6tOURxTmcerDcIjWUs8YhJb3mRvHuBdQ3qCKOVrr4S0nY1BdY9TvZPypXUOd+0gvWLTOmbD'
    'mo/1mFuEm05skB7siEh89kXUkxdEJBP73dV0bah8weYMjosGaWI8t6h3mpRl+QrL8ontRwBMtx2YVgfbj1YjfgzFi2tI6iJ/byZn'
    'wvuhPN55OmGNLxe+HV+yzmO3znNgXbJEh04nJ8EzOUtUUIPkUmlyLjaHnHku+GGNhuYetqB1/11B+zdZ6ECZ0N20vpfZ72sCdI/k'
    'HO6r9/gr9H7Edb96mUygTTEv9L0r/U3b7LSgkd9gMvOv1Pty46D7w1iPZcTiboRjuTU/lpMV9yYTezJTfYhOxofp0+gNjPW96tR6'
    'fw/ewNruU/D0aL4Rhc4D1THhuhudMYwlbL5zCl5CQc+BjPMPbHwmMNOv2Z9cV8J1zHReo+zL5/II9r3w7mQmzz4J5NkfmFs6l1xm'
    'L8ufCHLxVVkzuT3mxbRJoQfL+yDzriD6CKb9XQnfdmr6S/u0mryXc3R7nXfnVvEL+tm+62TwNKrgp1N40Mn3+d7oNVhbPD8uqfPu'
    'vOWC3Thh9t8gfZXg04KsoM67k0c9j2n/c5o16BPmtsADmjOJ88vfqvV0AKj+H1/j3yp4oDo+ou351huCc9E28rlaf54nKj4O6v9f'
    '1xbTSiZ7xFb3ZazP2KtrPXmQ6ZmqgsfXQnjUwxqZXQ/04fRar/9x7j8bOjhob82v9e4kYWdMu6GeGualbZ5MdN3omXMiOyPWMN2w'
    '97Dvq+EMeTN/yT18DGiAbg3uzjGe9Q/HuD+Dmn2M/dk9zv3h83NHvj+ni3D6wgS2OizoonYCV6b1I6x1RKSH2g3pKjk/HdN82Vrn'
    'OMAx4v95Y9SPwZB+/LHGkzdRuH1gXrEuHtel7GX5RjR47w+k3oJct6b4Lm0qg3e5L28l8xHlXN+qoIPlWB6s8c+ZnMUZ3WVBF+cU'
    'tJuKDuS0xZ/V+HR/n+E8qNaR20SZrNkWi3Eh3bCpxqc5JyrNXNCbrfFx/XjTxgX5TI0np5b5D27w0gWQroD0oAb199WQVkG6ENLT'
    'IV0J6RKWf0aD1/avqkv3uwuMucron6suD1/NFH8/WOb2w875Px+n9nH8A9WebdNY3zNonzh/873Vnixd5jmS7YM5kM6GdBWD9w5I'
    '50J6GKSnQDqP7Z/TYR8srfZx10TmC6bJetmcvbw+zi/qDeAfBbUh+/TPVZ4nEhf9orjv449XebrXtuf5iGJ/cr5VULufrfLvzONx'
    'X5V9uLHK0z8M41/a3C3Hip4/s8qjXwvyPrbnD2Z7ewakMx3PvBUBbc3TtDXbsa1ZpC0X3ETLzYf0ePZ9GbT1dqUP+2N1xy/s/zFu'
    'F3m036r08Y6NPqMKF5qW1d0jPltZvP/LQW/vC+FL3Vjp2dxxXVFbnVhT2uFKMv/jLRNdW+n7l3ChRXVyhoLtd4x18343VHq/JyLO'
    'lv37PxWevgbFUylI3wvpekjTjjjy2QofbjvHAG88TNrbzNarU0Mn5RzwC8LPPRU+boiTZrOh0UZIH8aDzyH7cF5F+XFkV8jar6zw'
    'fdsMMD7Byxodh+aUl2ZSalnFIRW+/yAXvGuKKzJk/qLg2xsi3D/+NVs6Vpc+hJ1lz2Q9nGuDd0zppIdJ3acy2msJoy3PtKz7r7K+'
    'zUFctFAYHO3D8z/r265E4QHLunpjWueuENrx7DK3g/v+2Oz42YLMJOtyPWv7CxreO/bp3nnM9wupKwgvmfDx/yPj+TYcT32XsHvh'
    '0xkfPjo0fjDWsnrf69DO7oxvb9TFcN8+Q5z1mYzHtxorPohs8+aMpxNdDn5HwdYr48Mb90dkKuPHus4j8zNWMonjSJtjoStZ0G8m'
    'sDQUQLMFwVI1WddhzVrlLPj1fF5+nfbrXx2yn9Y57Kd/Snty0fHELbIf/5j24JfeS1BWYsNblnXdm/Z9yF72LMjBnym2gX3qKS8d'
    '+jL4FNjrpY8979Xx8bQez+QMZSa3pn0fZy72nLozcmvalyGXk4ch2zqHtMXHvy0G/Xc6X6vS0W1JD097fPcgHdQwWD/eQv/CZI/t'
    'T/nw6Cr3+FXK940QBo8cXn6eimZXzOf4eymPjxiHTEUFF6Oadh8g44h6f5P1/aWiPtc7UkH/l6wR38M7hNpfBt5Nt5GyNrAvy/RA'
    'WVuevCxzcUDZIB57Qf6X8n0idofwhZAXuZaUMbFZkWWOTvk+JUxwV5/O1jvl5ntggNVTm/L9YQTRoI1gkFQbMkc4zv8S4XlxzV8H'
    '26y4dRtl3T+Gfsjvv9oANtE533+qTN8En6bPkLw/Os9LM1f4flJlemiPl/ebAXl5vY8o8p58gzrv3yvy9t6h7sNnA/Lyej9G8r4J'
    'PmIf0szDhwLycv+yN5K8EgHItOH80rKNgAN43juvVOfNKfKe+n513ktJ3hzkvXtAPbYNJO9N2+Bc2qAe23pFXlw3nvcERV5cC553'
    'Ocnb/qCX7t4DMAy028LH/NhAmPdvn4CYPbvV/pNbSd4wmrCe5OV0ZSvUO/MZta8HUzt+k9g/ic0zs4X9XBQ7/lZjO/6wtUl8BYbH'
    'fnBfp2i+AtOWNsRBvixVcR/mWMAJ+nqygauDHdp41LINU38SYX6H4y6Pa1dJfAWcz3DoSqH2gbNI+D5mMAZjnfBjj2KsVJkP47Wu'
    'Y3WsE8XxD7F8paI8LbdY2PkAkXzvQ2Lqq2mb1A4/S8oVxRDKn5X3vhS8PtVk7uV6HAbrNIe0x3VqaTok7OM9oN+JFuH7dKP+Cqmf'
    '2+2KNMjPrSp+DI4N/bDNXen7XqQxRzHuAo1JtJHkqd5fnEfGBy7cp4Tv3+8cSM/XwPVyYeefWueXoZ7Bg+w/8uE2KFIbfDKT1DUv'
    'W5q64CZXHzUchzRb1tdM0jTAwRDMX5+wiTGeSaWyU/ycX8pPZjt6rC44Q1pYPpm6joo9d/gx8CQ8fVgE+zbhZ+lgwB7isDoMsGFS'
    'N90DmQC6g/o+W07OF2HYrwrALzb0bJRYWXHgrKi+2Ux9vdM7Gvc9mhF2voyywo8fgzglTb5T3+IcR1VqcNRBJD+vz9V/3hGQVu63'
    'w4Ou8aSx3ijxpGnZTlinSqATiu9a6Xf0Q3Efj7WnQKM7hcMT5K8pU2Y4LvBbPuKlFTs9PFAt9LHl+b5rhO/T2J5YymjqILpwLMb4'
    '0K6pP0bk5d29d3zGWDEGY0Se4x+/PjHGPBbrmgXe6Q+fnlhjRJqCyvh2iGIf8DwOIZW7cL/krj4vq1j/dDSDircURMvgndiU9pFj'
    'ep/wfBhgmawIjn9LeQPL4L7NaQhTmjc9AdoJolWj+LRshXbSZD51PJVmyzP1IA280PgFFL5d4ZTGNBYJX1t53z1so7gTVIvaYJos'
    'fHEWWGWhtBbnZWTImiC/ME3ukNUAZ6eArG8W0Mw3aO49QTyvJI61aRzrW4ziWKcN4li3gm4BPWuvSPZd0RrsvEpEeQL5SFwmMZvo'
    'mGQteRjI990mSuMlFWQ7qdI8gyxPS8rnd6D9SY7oo/BvqFOSJXXTck1ED/Ztoc+DNsv/KUrbuBq+/V/yrY/17TXFtwP2qIo6R+Hb'
    'T0ifNjNdH5yTZ0n5TjamPNkpvpPgrgR3JbirRM6nozHTsEYqumIaoyvE2fm1/Rvv3x3t+X+3h/OF0shzVNTfFEP9FYo71TVE9lgP'
    'eAl9yWcTWMzAVJ2jAKG4VDM6TOhbeb7eq9DTEMI8fhbG5ppL3s0D2eps8u7reKaSd2vaSnW8kEeOdlpo+3Wio0wygcfJA48tlut6'
    'NeNHdCdryte0Y7zXNGrsJdX5cjXggTqHdZ9Ij4V4KWNHa+7PSFpTL4fSP/sdnsaAdR8Pvh3WUelQd1CdaVJnEzlPqhmvR/77ZTnu'
    'AD55BatrE5yr9Rb6CZR/TsdEeU70zJTtXB4wRkF0++THSsuzVtb5QcK/qiRjw/nC+jYLP5b5kUIVb+idLU/GvZWfo7f0t7/o8mS6'
    'TpczHRcbHQeVbpu9npY8uaauohYcaE0O57CxPnaJHhYsTIfJgQ344jRiy7vJUgZ5OdRxXNq3caN1ZAz0Do9Me/cJxBkqu8trhZl/'
    'H1XZblGsJ1qb9u3gy6Erq9KT/VXKXE/21ZTXj4TGVdK4WRHh6Yi43WzpW7megyk/tvhyRepS56Vg72xyZjdq6pC2patIHaq9s0XY'
    'x2buFcV+ABaF0Idctt4mzO3au9jenpHy9LtVc4j7UfVNpxtgWw/GDB8FfsiQRj+gLpH1BvHOy3mPtVr/FljTm8GeCOW5VUSPhcdP'
    'HxK+ndoszb4aFXo/nEGwX/APK3y/x9wPDT/Hdmj2VFisKV53WJ+OFL5vnE6h9rM1xM7cQVEaW72wh8nccjyUU+gRdYtS/zIuvEOK'
    'G3U6TzUK/oQpD/VWSOtIP7leDNrCpxTj5LHuc466M1XC98nQL8x9+6hgltoYq9aW+2Verli3TqYjtlBhU5Rj6VbIe5DwfR30a+aJ'
    '6plxm6UdQu/z0mVuVfsH4fqBfGW3CLWP8S7SD5u2aMwoFSx1OtgDxAEbOOZTAmBjmO3X4xSw8UuWZxn0z5Q+4DhtgNU3B/Y3zWuC'
    '72oV+P83bOxpQhMsT3uXdjoPrziudf8EXev3WKz1iWTeTfzkjOX6v+64/gMB6/9gvuynhZlfFXpmcv+rnTHjh9w4wQyeHecS/N2r'
    'oZGGWZn1BM7C4gDIs+lgR3gxHRv2a57w/enSs8jVhxO1wVL5WafwNSvl2dvROD5079nATM5y7DRvP9FpGk+aZL0hnhgR6tiL3ay+'
    'doXeOj3nkQauZ3TLoFD7XcpZ0C/cB3u9Av557JJhBYx8NP+3C+Ya7yVrmc/0dcS3uqlPo3eBT6NLCC49LVvsG0nnJ06WOwO+hflZ'
    '4j4Yz8z6ZwnCzjqL+H6rmN/4s7P+OraIUv+PYTGXN5C4k9Q2W747xsKnI++rKx26TuMjtj1r356rPFc43pdmEyYAt1PtJLoiSDdW'
    'Ed1GxEONwKdB/ZOX4d0Skv9lghvQr1E9a6dNoVtJy8wibdzE7G3QxhLtbfDddNCFobo1SxV6ZDbzdZ6j/UctaSM/6dkDHwP4n2E2'
    'LzZ6HU1E9q/ojwiSbdu2NY0wiKgMFXX4XXRTdLBf7Qj71I5qlYhuo61aI9U7hNVy5af+V+KyO6+EvyCZObcnk3vlIxqZ6Plkz2OZ'
    'tOWcrLHIP5vx523Ltwjfhn42nIOqcS0nOCbsHJnmuA9k+8cwOM4yHHcpoZUWsj4eJYpt0k3nQGVbtkbofUzpYJPCSQWMvcXATsx2'
    'X2N/U2TsC4TaDtREnyYtgu1KM5Y4spLko32Lig9TMcybCcyq9tRyS5i3tcfFdaDnGcqMi84zVOBYpNfRoPu5ma2NTh7N70hIA26O'
    '6SxzXTvUGTa1J20OkceY6IK59DORw429z0fdWgT5a7GBu03wrVFxTsiyM0B/JcgXYZbJCHXl0TcP9emTBSVr9OmDNtZ4Ft+ssCNB'
    'nZrx2q+muogqHLuU6f0ElY8DJ7mew3HZbdcR/ckTDHnZYfyoIVEaf5r30wT211jOx0CIjFHydi4S0WMShPH1TOJPmviLHxmjeTOJ'
    'Bdct1DFhBjSyZoQx1Jeld+FCtamdTB3Uvy8i/dHL7GkwHdLQy9cZ6LAtJnY72zXpcsILR59lHQwPNBCaewbhtyBeRJ2eQcLLQb0L'
    'zjO5TzGH/x9uscCh'
)
