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
 ('\\s+\\d', 0, 32, 61142, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 61163, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 61221, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 61237, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 61253, 104, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 61357, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 61412, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 61526, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 61823, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 62001, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 62058, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 62115, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 62172, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 62233, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 62290, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 62330, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 62470, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 62500, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 62601, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 62625, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 63135, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 63159, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 63183, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 63591, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 63732, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 63753, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 63772, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 63810, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 64655, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 65499, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 65690, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 65936, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 66014, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 66125, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 66167, 116, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 66283, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 66361, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 66418, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 66450, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 66602, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2lt/Te2ToQQocQ6IQkdAKBEBJoMArKEgg7Yet0v3RDeqPtTgggBAUHDQ644Dgj34wz6D+CgQHUAVFHQCE4CiqC'
    '6P85Iwz4z8T/19GBcR/zv3r3nNzzzqu6t6rufb1xL19TeffWXqdOnTprgxAiK7xHpvvzz9x82gXvUvm/Zvh3Ffw15f8Of8ZLs88K'
    '0ZhP36n49o0feN9OJd9OP89Lz9rkfTtR8e2OK71vx5JvM87288hvy8m3WvbtCPjWDuOQ6YDwvh1Kvg2zb62yLlJO1rmC5MHfMm89'
    'yTsckjcN89cM8ynbqYF3cr7rYe6r8391ZN5boEyalEnBb1pmBlurjEUbci4qoL9rob/rybtTt3rv1pB3v855744h7378lPdOjrkB'
    '5qGPtCkC+izLteX/FpB5y8IYBBlLOmTsFeS3zFNJ6uN5U2xtTOermfTNpE/N0C+5pxaxeW+0aFeOoxL2TLND2Vu/WjzeFujThSSf'
    'aX24T/A3neu1kL6w077eZqjHZm6rYppb2V/Xua1+rnRucX5PE27zUE3wrQqPHR2Ax9ot8NghFnisBfovv42RPS7TEchTQ/rVB+s5'
    'Q4EHa8gcvTflBoOVbB3ayfzNgH58FlLe71FIu6FvtSRPLxk/5nXBFfL9ZdCXTOFl2JNOTeenMDHtIsKTDc1hAz8m56mEz1khcLeW'
    '1RmGt1oAnr6c/7saynXBN5n/yBK4Sb+lH7q+f9q/v0q98gey7XKBrBTZ6xRnbSL47Hr27QyCdxBX5GD98Dx8N6Q3A47DepD2rVGU'
    'p3lWEXpqXba47lOyXvq++X7da7NeucNJ33awPl0N6UrSpy1sbLMATk3Lj5LzRofzazX7ZwnZF1Hw/zLLM6QSaLMUzDG9By2CdV/I'
    '7j810Na2Di+9AdKPdhSff/LdT3PQr171PUB++wGU/zmkD0F6LpR5E3CQfPc43HPm9geX3QfpG5A+wH4/BH39F7gPFej3K730zW7/'
    'zlEFaybf/wOU/RmkX+/w3/Nx/wt8e7KjdNwZgIt/yv9dQOhpm7bmAHzytuYyurSZwGw35Ovr8OnGFgWMIq1eo6DHZPmPdBTTL/Ld'
    'u6Duiz/hpRs6imkQhJmLIN9NkF4C48H7JJaV6ZUdwWX4vmqEfXkCowmHyB6m+GWE/e6B9tsIPpDpTvK+FeZHwPynyfzUkTWk5ftZ'
    'P3oZvaWDYz7GeiiX/yRmQ7kvQf6vQfrHDn+NZNqDe4nN4UVkjmWdB+f/5kGds2EftI8V14VtPauASdU68TbSBJ4aFDwXOXenaHgt'
    '27Z46Xe6vbqaFN9S15Xuw/d1F5dT8SFwPWew9Uwz2L0DcM+bNxW3R/vy7nO99D/6S/uCPJr33KnHCUP5xhcr8tN+VrJ+Zlk//26z'
    'lx4P8/Kf15fS911sjwxr8IB8966Ut1cQl9B1OQ/aEMCvmqv4tvvu0nnic6GapxrFPFWJ4LmoZncd3ThnWcwXzXMcy8Pvc7q+zQXe'
    'jlDcz3DcFR/30j/sLp2vh+/20l27FWdsL8zbDjVeRBz/Q7gzU1yFdaQ/6LfD6/+73X7/VDipGfYzhcE/wFjOgXlbeXHpnK4eK87z'
    'mS2l9ePZcB/QI5WWdxxZ76c2eWkO9uZ7LvHSb51nTyfJvrxf8pIc+tIM/cG9QXlG4kp/r+DYm1nd1ew+Vc/qbmFr+hDQXn+426eH'
    '+bcrdvk8kInYMzPZGLMBY7SZ51lsLvgeaQrYdzUB+472fbYIPtcqyLl2ATnXZH13s/Xf8CEv3XtH8fmE55D89vsriss8CPtyeHfx'
    'ORJEo3A682nAtZ/c6KVPgfwhA3CxiOY9pzjv11neVpL3eaADr4a5/dktUMeWYtmBfPdZyHs/y/upO/Rn0tyUdy912YOVbA54X78L'
    'NMPanaVzwPvK89I5OAvwzSJY219e7KUNW0vnAPPuucNLR3YV51Wdgab8N86XPmi/913W+zTQqVWEpnzqA0DvDRfDyGuQ9t3upZcB'
    'HFTs8u94eEcr0A0E55nWQdtuBFp+AYO/oDpU9x+8t9D+8fvLE9Duv/51KT2s6/tPd6vHMAfw3Vpo79Ze9dhwTRsJD7ZQ7uziffCR'
    'S+HMgHbefQXAE8j6zhfue2EG2ws7R7z0qE1qmF2kyLt4kxpm6V6gfQ7bCzxv0F6ojXEvBN1PEG8ezs6VlZCeIErPlVWQdojScwW/'
    'rWZtq/ilqnc4v3M035uA1jPlx6r4VXweKsl5dg1ZM5z7dGcw35Hym8PgEu9/9YwW6WN36VHym/JFUK5B7/n7yD3fhJcXRW6NMGbD'
    'y2smPNh6+D7bYn45nXpY/sVNjngh7Tj/m2Ke/5MAR4flH2C0ay/h7TQCX3SpQT39LB0z4GWPsnF2kfdh7eE8Dgo1T8AW3mQdn4Z1'
    'QN43pfsm036qiMjrXsu+yX+vg/4uYbx1l3uenMNzHPZPHHPF9QuCYDDF+JYma2tbvwscmpwjN03Sc2RpTHgHz2hsO6y+btafMQWv'
    'eqqfS19PezKd8TyXboxpPa8p03qeP0XOp6VEJrrdoHwPk7EMKfZFr6Z/dG1N5jnK+UnPSK4L+LaAMzDncAZSvSUqY0K9pVbW1pAG'
    'dkYt5O07yf2kwWL9ujTnNr0vfCfl6021Mx7LdMa7VTHSLzZ1xE3nXJl/0ZLy15TKURYr5pfO06hCRhpl7YLgWPb1f8PYsXxQ/rA9'
    'MUTW3mQf8D2nkhkPK+DGtY9yvH8t73GsD1uZrmKb5X6mZUzWFc/PVg3uG9PMzUjI+JBH0QjzOFOB/23pWlnXuQC3Yevfp+m/7Th4'
    'Hyg+2Ubun82s3mG2JsvZ960M9yBPMmiNo/aTyzMRJ1CZwgIiU6B45CzQB3PlQ2J/qgiNEeWcpWdAnGeoK//R5G6EMiOKiwWTafco'
    '9FqQlz+L0GsmOJLWh/vuWqjvYVjrsD18BIFnm7lYTfijlE/6UUJLbNXQqqpx4D55H+wTnIcweNnG0lxIGbwH1Gjm7zrI0wVyf1r3'
    'kME4hg3al7KVgxge62Jr36s5k3Vzx8uirtHBhFY11YHs1oxXVQbvFrPJGcDPo74Q3a0xpv/P78dheEy+f5XxQ34MZWZ6+seZbEXl'
    'gaeqsrIa/11TOaO2sq6+AZ/GpoYJeprl/1rKUXNhYn67f3+q8H//EWLXLpne7z0XXPC5QvrikpWHn710+bm/2Ljpgi/ef/8S+Pz7'
    'j952/36D5/Gbv9aeEtlf5v95s6x6aJ6PUby2/uS1c//5L91PHrlyu/bH9cgWO38S/N17ntB9bcVf95c8P/sa/bVf7H8i/yf/f8F+'
    'OU5R+O+V/H+/LPw//3ztjT9Azfv3/6akvSoR13OV4l2h/TaDwtUmLajm0JfRcflUK9EDwTOlmuRBvWe003HhWS4O0EusJGfwI+xM'
    'XsD4MTmSUtp1VGHDZIpT9zE8eUtAu11lbLcb5J2cblLR6GMKuo3nNzkXdPS4Kc3WxWyzVsGZRufiVQMax6a/Wxl9NqK595rcO98I'
    'kA+58uW/kq/ktLQb37UmAO4K9nFpfR6kz2pInu2aemSDVYo88tvvUsU2J2FzOMLq3udYHtv/Ucq/V4TtP1MYK/DFA+rNRaj3gZSP'
    'L7aPI764M6DdkTK2ey1pN656aV91sH9eyseP/VMUPx6Wmvo4/lf5v/kWfTXB/ToYlu29BHcX27kJqvMJxV2Iz9W+ALkOxVcPCM93'
    'Aa1jyEIGZMofpePi97N+h7NvSMHL4PftRpjrBePYLvIZLxrndnG8UtfseI2MSLefTPggdHzjvZZDMem/2OgCch1zhKV3O8oNDyoD'
    'jcj38tGO7bxh2c7sGPEPlx260DEucq0w/RN6r/smu9cdRWDdhj6kY+sylNGbflPxAXcDTMh2XlHQKZO575eRvndNsb4vJzCy3YLX'
    'OTIBfY3jznhx/sWFKbc7Y5Pjmsp2f01kGlHhW9b3b6S+rhjqe56MzxYO0AZcNz6X+u4HHfWoe2gfkw93ae4+AwFnBNrKtZcBP8XV'
    'vyuIHKWH1a3Tv9mukQsHrcsGQivyeShnu0eQc5zTcb2K+5NKZwvrmklk2GF9HdXUwem7uaDfwOmp8cSRSJe0TAC9GSQHriWy9CqQ'
    'r1MaZbZmXbs0uikDGpoTcdliGI+prDBnWT/1FxiWV3Vm6fSnVHNe4D8F6Kz0G+r1rA2ofweRfZuuQZcG9+n0k1zGfS7pl217Qfc+'
    'OiaXfh0FOmqu8DUecxfmo4Lux8ehDfQbgbbLFaB3IvYIce/L9vIolf+Ljge99K69vq4N2ll/6QUvrfs+2KQ+4585aFPX9iTYIu5V'
    '13cCyXvIHr8eVd4VJO91UN+x31PnpfaCNz4MvlGhL9m9xf1FOV8h7/Pgz+RR8DnyiJd++ikvfeyFUnvzL0IfXnmquF5X+ncuyIs4'
    'TdsKsEHtD7APR8HaLxe+z80GBoOdxP6C1lFJ8qM+GC23wrDcCtbnjOXZRu/Qo1kPjmx0VKfK3LjMR0c+w3PTfD5SBmMqB87LhuC8'
    'Kw1w3oUWOO8MC5zXaYHzVpO8rYCLvviUOu9SC/x4KMkrfU7LdM2X1fVSXx3i8+o8trizwnHPdOcRUFfGbs90MdrZzofo9PYoWpiY'
    'Wzy3u04KPimzLDbn5EdYuWvh33VAq/XD+lV4unRT5smYP1k7X577C6BcDl+eLrpujRHWH/WxJECuJ3r9NJ+Nv3cJT2eTd9QmSzzo'
    '66XiObHnCfC1/03v2xKCJwXgvEc1eReQemYDTt3zpVJfZv/xHHzbW+rnIQVnxpNPlPp5eAzOp+99081/Ms6pzfzZnM9yjDdD+Ywo'
    'p1/n6Y2UDygLFD27hPOj0LW0OT9N179FuPlO0tFoOwxotEELGq3bgka72IJGO8uCRjvVgkY73uEOu9SADltoQfvNMaD9qL8diqNU'
    'Y4pi89jEcAa188+/DKRhot7Vq6fgXb1G2PuADpzjdGEIbXHMcUKXG5wBIfMd+KTjpctNdCEyCr7mX1juu/cTGG8muCItgn1lqfxh'
    'dYToAYX5sbKhq0aviD9WglXMlF67eT5UwS+hPs3asd79xfSCip8zg+1jrGMJpDX73WVjzYS2oDB4ev7vHRHpja8x/9iHCN+H3+fg'
    '2zOQfoH4UFfJAqSvbIyBRHkhzzBf2v/aUV4fjMneLN0bGx6e2L354jNvrb35LtifUfbmj7/rpb99wOdX4p76NHz7NtDuP/6CT6si'
    'HToK9PKZSAPvKb6P0z26SNPmZNijr1nu0fkkH/URvJnJMM8Bvu7lBE4vd1x7FT7cTPZJC/y7B+amnrTRtu0AOdLJ6RMVDb1Cow92'
    'jSi2G6f9QflvShTbI19FbJCGhdpm+SLh+7jpNdCV2Sr8+I2on8BjRWwRxb6wTyL92MJ0GjDPauhHmKx6O+v/kWSOuoS5bw8cx1yi'
    'GzJqWE41/1tFaYxAqrczU6O3c3IITHK/5RUBMHl5BJp3V/7FqpQd3t/McFuDMPdng+uXScXjw+hXwt5/0uuiPH6PpJ7jPGGud95v'
    'kRfb+CLZf1tDxnk/2SMmtlz9RHdFlv8rwKVR1ojanL0/pvrQf8EI0Rdck/XS41nsq5Mg9tV7SeyrlZC3E9IOSI+DdDWk67PFda/O'
    '+n7o0HZqQ0h7RxK+/6nw7db5Xnrb/FK9O14eY6rimXAixIP4zjnet5Xk21+Cf/RDd/g8Mx3/fxGhE0aBl/Vb4JU9AXkOIuX/dKGX'
    'njbi6znitzkXFX+rI7IIWa6RySdkfhUdYntWUzwmZSFnCns8RunybAx0MV3L6yB92YE3bdKnKPOlo9VmCN/v6LBw81MUpmdaZYgH'
    'eoXatnSM0RCHwh2XfttiQFN0W+gKbwnRvcT+qezAVXZMGCe1SoO7aRwibo+4Q0NvUH+DDVWeLyZ+hqji9KnmhuuIB/n9ov5i1gl1'
    'LI2DI+ge28DCGtDtDxvfeMEJxkc0Pee3sLW+Tujje9xd6dH6SIu9lfZcVQDcjQfMF+4ulW44UmWLEaRHzH1HUt+TSxV2OpMB9uk8'
    'LQLZnMoP1/YQPeZBzfvuENsKbsPCffYVfMFVeP7bXH3xmcyzyr/rsEavf1QxX+VcI5VvCZWNcS2DPYyLtsACr3F7mWGNzVFPiC3S'
    'QnJ3u5ateZfFvYr77qTnrcoPoiqmG52/a0SwD8VByz6GrTnegWblYfg7jjiI+o1z7QuFC4xvN0djM2XqR4HjYrS7aRH2vjtH2DpT'
    '+ywbvwA6XNIozPx4mM5hkyHteJgCJ24Xan+WQXf9LqGOw2qDH5on6dkT5vPn7VlPJ9MF/7ewdVL5CNbRf0Fw26U5E3g8QJzvubA3'
    'aN9mac5CE7w4YIE7Vf6dMeYf6iguZH2bI8x91PYKu3jiOEbal7nC95Orox2i+p/+fMbDLy44mPLQMZYllRcdyXhyHOfQOvjZw/l5'
    'FIbmsXk6iJQx5eluYzhadYZuD6DhDw7AMbRv80VxzOg+Da1M79VNwt6fq2qeDoF3a/Nr/O2I5ywf1wIm6zGRX+QYD2AtmZegOwT6'
    'RVlucPaZ0nRjmrMiqB+mdfcq1uJQDbz0KfrRDGmVgl/O90c/tNUm1L6KTHA37dcQaS+sv3yMC9kYDhO+r++otE9rmWgz2v9F8G4w'
    '//LrDvvFRA5H53SnAvc1Cz8GYQ3Dozp7a9UdM8jeejFbpyOgvdOEne2uzX7QwVJUupP7gIgSL0Inp1sHuCoq72Oy8zoojBwJ7z6X'
    'L/deRzqzPaQvVaLYn70tncnvNgcJ3x/AgFD7BzHB4yZ+rpYwOvYgNvalmjPKVm5K9+lRZaYHg+5MS1Je311oCM7PDPMVOhABL5je'
    'VZcB/M03OI/D/EmYwK3qDDPFA2FnI4XL5fDuqySf6h5uSovEMXY67ytg3l3HbUJjht15Wgjdastr5/N9NOPltzNeviqWB8cH9Dun'
    'e88AvSWXfRelbbpmHYxfoOMx0juUCb24krSji9ugihc3LMziGdcQeXBvBHnwVKJheazQuO9KpucHpzH6NXLg32U8PboocqiegHPF'
    'ZKymNG+QrzEKj9/IeHg4yv1BFzeGr6VpDDRVnCXa57/I9/mSSbwOrneNnohr362AX1O6nd/BTsrP8czU5JB3cF3dYYvxUVlfOfAZ'
    '9SM2HHI343okdIyov3GIocykyxDOwugDyovh+oA7LfCzTZ+C/PBSfdcTNPhgqwiOvzRoec8I442qYikOMTwyptBhDZv740EvWxVP'
    'cauhbMnlfmjr93KQ8KFt6M0qeHdU2vMtijic8+Pp3bSR0TTVBrBJbVVRZ4DyI3OafT+ooHU4LHVb8JCCePC1bJy1bJx1irsWyr9R'
    'xtPKypjo8w9oeEFcftNI5q9Js98HRHEc1nLdfW3jQC8EnrVO38GUl+YSg5rLZymdMpAv9xXN2WB79oTlGXa899rExrC5h3dp4O96'
    'xTzSfdGhkP+a0rwjFvIdl7OBxzvvZntoJuN5TWQ84FaGY4LaSxmedbrY6KgjI3W8/sEA57r2DWXuVYRnOxLCr1PdC8PiVgxMIvxm'
    'O1ccJ81ma7tVs7YDLF8Una+t5Ix2vQsNa+4n3Qr9RhP8YEq3cL5MivBlNkTkyyCde5/w4zBXQB9fONy3t6shZzDFM0uE7ydqvgZ2'
    'h5m8zoQP2cvmdFTDs2omMHY9yEzxfkbbuA9SOSZ637G1y8iG2GWgn50LyzwXLvazXC+fr32TYu1rDdae35tayjSvuv2QJvvhzoj7'
    'QWdP1SD0dlh0Lt+4MJpP3ch+w6bXg9MIu9bpyYZlkOv1VMqTraAPApUPCA4TNQEwofIBUUn48wX/o/t9WkL+28WW62MpT+/ABea5'
    'P1k+hpqAsfM9P1cU27XjvYP6DfgI+AsZ7Ci+j7cwuwZs89UtoL9xSWl/dn8A0g69jv9ZKc93H+8/7QutxwZn1bI9W0lgB3GlEPY+'
    'umoUtgayvr5z/Tu7C35V5XOxcVTZoP9Vr30duvmr2e+fLbZ9o/tC2mM/6rAvyrW21HYiKj6pt4SpWgWPpuC/rttLP7mxmN+SnFUR'
    'zqpd4eeN9tlldlbNJXcoCicyHQK89mlIX2W+mh6DtBfSSzrM/LdIuNwUkbZCfuN5V3rpWZsg3Qjnws2lMRE+exXYzW9X520lea/a'
    'GJyX6vv9YntwH6LQb0F+cpblM/2lwzyqfFWlNee4q68q6r888SOnp2PK5auqStj7qsLYFfTs+yjwO1z2KqfBqvq89KYbvLpPJN/m'
    'XeOlPTd6344l3yphX91wox8PkH+74hN+DC68Y74bzsQVd3vpc7t9P3aY58fwbeyjUM8HS33683ou2lx6n+X1YB5OS8a19zEmYsF/'
    '2p3gO+/CYt2dSqK7E0SL1AEtssxxT/y010trgR5+cyv09xLz8+DSmOkr3FebHekrfofnfk/mkW93gd+Tbz/m0z0IF9JXmkw/AX6J'
    '179UikfvAX/nn/h2fOfFegI7CDMvZjweH86P6l7Kx1kTMM4o8YPXO9wTUP9iFuC8FMF/LnT9XRkPR/Nxy3Q++H3+7z3245J178x4'
    'trzUz1U2ZK6PDpjrdgOYojFLgsbTSOQMKvijtM2N0I//96jan7ZrzJI4YMDVNx+Fgcb8Or1owTuk/qZr2N6LQoOUq17VHXuFA44/'
    '2nKtkpgkwTFJUtMoJgndTyemZbicZD+9leO2PZ5/sT7lzWEPzF/Wgacz8T7rM/H7rO8so/Ah4GmypK1tcT7666DxUND/qC4eSgWU'
    'S4vSuBkop7tJ+L7NqO0BjX+i0i/EPIMkT06hS9QI7xtEqX+qsFjvFwXo1QXFZg6T1Z9C9GxsbWKQZ4P05ALHelz1QqhvAZVd7aBQ'
    '+28aZjykuXBPt8VDlL7mNG8NgaUeYhtB23WN3fke4fmOVJ0PSx3orT1AdzdBvJjXv2RXvvErbvZJW2z5YQ/6vj5d5g19CVQ64KdH'
    'FrvJmmbB3wxRGsMpHYKzbOMW/y5l18erGa0ytc/PeA/jAxPjGosxLBhjzLEaVfKKRR/y0j+cDT5sb/bSD9/pwdYQvcPfUZz3P94D'
    '5zLk7SG4DuudAzKHyymf4Q6/PMZtPeBzl7W/kXzj7Z1Ovi0EXu7vNvtnFv9Wf5nvWwS//e1miKfV5307hnzbx74tozLMs4vHt1jx'
    'Dce3QNHewr7SOIP72DcaZ/B7INM5blMpH+w1+PY/t0fn10XZ39NM5Jlhcssmtz2ejiQTtVk77mOf8t5bGe89wesheN1btrbY19zg'
    'c5S77mi+959Ozvi39BnPZSg5kIfdNVh6Hr1/Y/E3eh6dfH3xN3oe/R5kkFmF/hp+u+D90eQyyXmkOI9EGc8jkZxHyXkU73n03fyL'
    '55Pz6C19HmXZnfPPchDj7Xr1+bSB5F3WW1yG5z2B5H0I8vzhbnXeFSTv7QOgU3iVOu+igP7yM7M1oL88b72iv1fsUud1lWUn52Zy'
    'bia4cmqfmzqeboWCp/tfqRjjeBsdIWmRPPR5gu7/zjhhIom7biDDBtGPGzmUip3e4bqaAvTj2h8rvSv/8mk/TxTererej/JrqXvH'
    '2x19xNefi3JHT+DTCD47nc+gdDpW+HSiEdLTljjMxKDKong6rWhDlFedLNxsSeo0dKOtjP+PoJ/wsWcsbWAILiknrZPQOBP5dJaV'
    'xtHZTTR1RLebKOioby+uF21opJ0MPW9V5yjlK3A5ML3Dczlwxceh3O5SvvvDwKPYtbuU7075DZzv/hmwGz/vrtIzfeXFXtpwWfQz'
    'XbcezR2+frvL2aOzIQrye/GYmFy2zkjf8VjAi0RpLGC65jzWMF1zHmuYrvmGHi+99srSNT8kV/wt8c0xteydjxR+zA3qm4PCK8KN'
    'hBG+n8vhdyPMPs5lLyZ8qumpR1ZBzizk3et8QKwn3x5kOO048u0H53npOb2ldmjfuhrogi2+Ti/XD3vm476fSrRjQB77WXB+nbGl'
    'lHdP2y2c2x3FY6tXyAQwT5APmQQPR8bDh0fAw6Fl4+LNz0p489OeN6+jU13ORK6X367ArzVMH57bilwnwm1OhkgejG04yOrZKvR2'
    'KRhv5HJFW7w/5wszP8k9rNw7hG/zgt9MfHqvEXp7nJWkv9T/L41L0i7KYzOjitWo8n/I40J3CfX5Ie8KSwkdhnRiOW1m60SxXR7a'
    'VOlsAanPDhV8L4lpz1WUYc+1Ao5OAR6vh/LcDjGKX4qjHWmsGqH2OY1wfrYwi2vK44l2kj23TZjFFJDlVsFdVxV3pF/Y+f+mPmhd'
    '4i0hXUb36XZR7Osa/QIdK/S0WblglfIxXOyKVH3bTP7dDLKlV/ao814eQQYty85WyJJsYB5t3t78im+zsUzxLYp8LQv1nP+DUt7J'
    '+Y/7fiM47+Til/yx6fzuSv+yBwk3ezA6vgJf/RG1vXfQnbuKwM87HeHHxH9TUD5umxfkv1sXA8nWr7YLvJ6U/3GWcIuhM5nGhOeS'
    '6dpF8Tnzq4rofoXRr7sqZq0qFuuYsI89TGOGqWIEcJ/5PG49jVtnGjNnjvBjkKrasa0vKBabLpZ2HLGYZgrff78LnKtkCfLdlgrf'
    'b71q7VXxJHm8NJMYRv1CHeuih6Wmsa1N40/sMOybqo+DbD5M4Zn74d8izOIAhMFCn2I/FPZ/fnO/S3P/uVazX1XzMBKw30zjK/F4'
    'gD0Wa6WKba3CPTzftoB+o628nKe/z3r+FeKOtxYlboUuxpQJfs05zO22iDDIcQzilnPyc3uFiD8mIt9DA4ZzGhaHXYXX+hVj0/EO'
    'TOKfhcX7sYlZrYo9Kuf9v/KI/BxHemmHpl87hD4Ot8m4+4Q+no2qnb6QO2UYTWK6l3lcNjl/f5fx2nWZv+0W+HCHJWzEFddyTIxP'
    'zJ2gsY1o4AHPr1Pya3BXRNyhi6ljA0ecbrqG5d8ZcM7o4piEjd8l1g+NY1KO2KGVMdCr4xELGWMlPpx/+aaI5k+43uKuxmNhDyl4'
    'X0F+elMG/cJ4jIdo9hQ/y3QxeGzjYF0L91AbWtw1dnHOsY+na/pI+9EvimMaVIjiWN2z4U4VR7x5HvsA/aYeMo58CVXsTBt4ayD8'
    'OFXMRurnip77vN1Gi3ZVslhZ/qspz/eV7X5G+cZs8o3y+ltJ/naWv4nwNNdq+lhHxtlEypryynda8sJ3CHXcudEAPNNsyaNaK+x8'
    'z7cwuGkRar+WVKa+gMjUacxHysPqTHk0gOlcbg+5I+7U3OW7FHuPrn1UHoeKf79MwSvitHWPhjbOkftP3PfMKPFLo9IZ9E7H4XuH'
    'sItfKuHnIVEcn1S15lsUNAXtzzUaGOuyoLdN4uUNW96nynnPcDmbwnCY5N+fUab6VXy2Ic2eCeNnbdHgiqh3r2sN715BMqNaIjM6'
    'fZLIjLY5rCWn/zl+xHKu8qI78hk+yWQZLQq9DNN7Vs5S90N1xw2TE+AeXB6Bj75cw0ePg3+u4wmZ8o97FGev6X2vT4Mbt2v29q+Z'
    'vtTWEFjsd+xLgc+eKeURjrB2hxRzocrv0o+cUMclVvHcdfzKKDSEjlax5ckiT96Ut2969o2w9botv15XWvBaco77otx0WhD879DA'
    'e4+Clz2e8oAjMu5y/G0RaQYTGMkpaNwo65ZT8MBt+iTn7Ef5Q+OGkPUeEfr49eUaz1yQodN7X5rxnwaFOX8R9Qvnwl1QxTPt1Yx/'
    'UNE/yg+1vdP0BMxfXDQPzyfX+or8BP7RkWdZ6cizbCO6gqY0EaWFXGkpzrO14UtVkzI6nRDVfXob4zFymnOQzMtVwMfRybwonh3S'
    '6CLz9T2D6Gu41Ik+juePE+2Ndo7zQ2QW2yxw7pBGJ3QwRv448iSvJ/gIYVbHy6xV6MCPEZoqCi9Vx9PckvJw4mTmadZZ8Dn6Qu4b'
    'KnjYQmDHNk5wHLzKBgdeZaOCV/mf+b+fK/afDV5UnTVBPEqafxk7m1vZOJsi9o2eq83kPh313ir7ulDBPx6v+yzlPZvyaccC7j6q'
    'uZ8V49zPJnM/GfnBcd6pcM7KxR8O0812uafwc53DSrfh/FQKP24I7duMCH3bwvrYTX7bnLM4R7WMR87lzmjzdJjB3UPFs8gp9B24'
    'TQvl+Q4ynYwuEc1mF8+XuOyUOH/ZdM7lvBXbDqff0o8gTzniGuKadrO1uUKY22+np7kBd2FirxJRnkBLXm6DKM/VF+B3huChZA8l'
    'eyjZQ2Z7CM8/5LP9KuWfWci/o36951melcss8qON9yGW8kaVjoRpednmwQ7jOsJyXNy/d4J7EtyTnN+l53dlcn4neyjZQ1bnN+qy'
    'cJ8cpvzPRoUshZ7dyPNcx3ieNYznye/E1aLUf/05Mdp89Ylwe0DKm5gdo34i9emokh00ERmaiV6eji+BPB/5bSD/YlvKzU94S8T5'
    'xHiZ9RrZVE4n32d8YRd+cCPwS1sYb8dEhzLMtrmwhikfnyGtWy4fbm8F/EdOliaXoyZrcAbZysDjgP+dDvDfHxP8XxoT/J8Osg2q'
    'F8Z5vznGlxxiKdpEria2W6MW+n9B9rLcJqZf2Nlq2trLDmp0D6iuSJx+VeuIvu5fiXjtoMPGOqCQ0bvw+I/WyF1yljpjnI9vc+d3'
    '8R+1lsjdtohgP29BcNtFzrbDLcao0/0cMLQfCPPVpfJpdEP+Hx0i3I7a1J5mmKQufoT6NDybQYW8p6Afk6/gswZzvE2U+vELKmMD'
    '99wvyzaF/D1sbebEDHsqf+8VRL8jLUpj8h3BZGYcr/cqZG3l3pPLic5W3PBJ7TdV5w2XKfZqdCcHNDw8+e7e/N/fanTMhjU6mNsU'
    'e8AGHpGmaWQwP6zpB7cDnMx4qyoEllHPL869JGHwKKH35WPiP8AUP8U5VzUhtEZWcf8+yJLPXbnJSz93NvjP2xQc20H25x+Fb+Po'
    '6udvG8S++E63ry/Av6Wu8/n3NeybONv/TfX85Lv3dRfXXUvK4zcs/75uvb6Ayhe0KqYIncNGkDVge7Xgf/xb4I+8+qJSv4ZnwJjW'
    '9pb6NcRvV14Tfi7MIP2ktOq74F7gChd4xlC4eOMWH14ozqRtzBD6WEYUz+FY33OJP1d83XTzqNMpjoOWp/4+Kwgt3whjqxbhPiBl'
    '2VMU9zqKg0z9alCdKE6Td7OzwkTfrF9E90emssPkvmk/mfHxr6kenM6/minu52d8r8aOhvP1hklfey1011T6sKZ2H1tC9EF1fX17'
    'xpOnyndrs8XtnZT10vfO99uTUZ9oupqVOQXKvI+UOdmg3vUsz7GQ5xaSZ3W2OC/yoE+FvLfO99Lb5vt7qD6jh/fhAJ15F186XE9L'
    'tv/ztBfHTb7rYGNcBf3eNd/fI2FjMlkflQ4mXxeTtmifTfKeCeuzJuuN/cG07xfaBv5t6LMhEWzHjfhjd9rTx1bZPwwq9r2p/vmY'
    'CPapNpD27SCwzCsh9av27Svs/b0LivveB+2dm/b41ZzGD8L7/C7w75C+Jop9s6wlY9nhsFajITiK750FaY8WdfEbZWqrL9vJknbC'
    '5qbbQh/3DYZrf5by75k2uEjF/3wZZDymc8Hr3RkyJ19Lld65VfbItv45sP6/T5X69BoTwf6pTOIsfNig3iFL3jjyyA5ma5XT6GxH'
    'oYUKNmQp395rWMEv0flBo/fVjaQODkPXiWAftLhGJ6VKefevEvinZXsN5lLirAI/IuXzJXRrxGNuINzPMyjbp8HFM1K+bKbLEH//'
    'j0Keo5pHyjv5pfDPmvE68xtBT6bN4mxHemptNjqtINt/hOj2D2n4Z3hO/T3JGzSvMu89wo+ztecOiLN1dnGMr6PvhP1P8i76UHHe'
    'OTd76Ych7/uJ/N30bOYxdnT3lSFFHg5bNMaOjj6/nNxfD7rLS/9hN8QrON+PsVOl2cNnkbvxZRshDukuP8aOLsbayeTbbyAW5Ttu'
    'KI6xU4h32lMcE20l+Sbz0/aWitLYbLhui8g3vk7zybeLbi2uczb51vrB4m8NtJ+7i7+pYtWlLeVsQTFFVfFMdfVQfkGK8OJd+QWt'
    'UGcK+Dv1MB60+2wkNosFvpCCp6HT04nSL1t8X651sJVntpI5kfnTTC96ouZMdc5N9TmrmYA5C6LHpvp8VpV5PhPYc5srk3vHVJ/P'
    'bEzzqbJ9nKpzUhfznJSLlzTV57linOc5gcv4eY5TfU6bY5rTySzvmuprVF+mNRpP+UayTya/rDXZJ+Mre5vq810Z03wH8WETGk/P'
    'w03usuWXdSVz7C7jS/bu9KWHasswN3HqTEz1+Z0b8/y+lXQxk71VXj2hqT6/M8o0vzb6UVN9DhsmYA7j0HdNYLc8+ngJneyux5bw'
    'AcLnLpFxm+v3JXsxXn3Q5B47fXnGcdGCceufJ7La8bHhSOjwt57dV0JLjO+aT/X5boxpvqeb7WqyjybGjiXRuSy1FUnmpNRGJpmT'
    'UtugZE5KbaKm+pxkYpqT6TAXccEHtYtL5qTUHjCZk1I7yGROSu0/kzkptXtN5qTU3jeRAYXbzidzFO4zIJFV6P0QTCc6dwmZG9mf'
    'mZ8Hf48P2o3TJJa6i69B6VP9GE3feBzaDXvt2lH52bxtr5cufqzU7+SH4dvKJ0v9Tn72IUj36H1P6/wmUtv5NUy3iuq5cR26MDlG'
    'ryi2+wjzG6zT0bOJGUvle1RfrMD7THm+YjCGB9Ud4/qEOyOOk8YJeTWf94dC7fOd66Ko/N3qbM1UMVUOZeMYY+Wi6CvSMfK5vUf4'
    'vtB0ulBcd7OH9bFbU/dtwvdtp6t7vMYp6z9IBMc55rGwaQxfE50ljAuh85MWlyxRtrNCeHGFdHqWUeYwDjsjPv8qvFaT8sbjEut3'
    'VINDBgxxFfUvvIbBwVaWD33NNJCxmuA2OUYZf+NgR1wYNvfdrC2VX/Um4fvwOUIU+/vVxXxU+T/G+Sj4mYXz3zaGynaN/u9OEWy/'
    '2W8xF+jTaYTUw88KGn/FxJ6RwgL6Up4VY19PFZ5fblMYGXXUSQ3zqSfHuECD+3Oi2Id9TvN9UAGbYe1y39KmNM+1wi1egsrWbzRE'
    'V1oXuw3P75ma/TQg1LESejR4XeKi+ayuLUJtDzoozO1xRzTtzVecizlhbwvTL/Tx5XX4/+m0twcoLkY/gtdo1ud6dt5izNmguBOj'
    'IpqvSR0upGdDi2L8pvsZ52gVwSujEdYC61swzrCkOn/OTHtxISjtPszmKuw8xbK6WAE6O0DTWBI8Vs6h+YprU/Z0iaSjl7J7Io8x'
    'YgLX9Kyl8fr6LNeI1sNxLMapfjvrL8YFWShKbdFd4JCus6mtF6WbyrWvdXODsTibAeaqYE1VcN87jnR22N6bHeMZROejFuBkJYOT'
    'OkazjSnoSPp9h7D3tcLH7Ipbm+FcsYlBp+ITLVTwmWblX5zpeIfBOXmd3V37A/RHo8Sty2nqUeXtC4A3uq7Xs/Xv1cBgL8zXswCP'
    'LvO1xfHeHGRDOln2cDnX17Ye6vdFrtnm/N8lk2Af03UcMGxfRTssEMXxe2YAjqC+cF3oFN3dmtJcHL82htx3auEslP26UKjt43qE'
    'vS11v0OZnhA45v6CXG27XfnGXZbzIef9NcKj7DLkvYT1b0gz1zkNjkS68wmpOxvAV5Dpzy3oW8q/1K2jiu/iyssJK9OjWCc57vcS'
    'HtxEjDsqfygMxjAuGN27+0L4lkG8HJt9tTNkrIPCPMavyRoPKXgypvdrjvuahO/XfIMG94054K8RzTzqzhBbHLYvAg7bZzBfkm++'
    'SkPbD1rskyHN3d/k3NgXgMtM1/1l4fnld+WjmozxWlHqI8QFJ9AYnqZ4zmVNuizHj2sh5/N9wo+jFWWflwt2ehnsDGpwoQssbQA+'
    'uq2PQ9ux6mDHdA7KfdYExVisgbv8XJKnSvixM8YgRR5UtyiND4m+LQZIXtpuC+GLU72VoyBdzvjAyPuluiBppmMzg/EeMjCG1pD7'
    '+lpRHLsZ20gbtIEx64N0qB4TarvkUQVNS2GgS3Meha2vyZmi0i2Yxb4vF8Fxh3V+k+Q6dxK5sw53DsQ0ni7Ffra5a3P+aS7CuLn8'
    'QqX7YXr/Vp3/XULvV8rWF5WtTgXFwThvj6R93k5/BDzHY5APkL6a1jXkMJ5eoY7dbULzjViO1+Q+yOkAUz6czbnNaR0TWnJNfp1/'
    '7cCP4zI7U10+1EloUPCNOQ7HNUgJfUxmU71HlNMdpqDVVfTnoOEe5rqaQWVwHJuITIHTAwMGdL0p7hqJ2M920BlRzddWDW/jOkt6'
    'yqVfXM5oAwcoj6sQfswCGhedxyZBGXODATzwOHz1wo/fNqy4t9K8uvjaYWNSxf0u6JTkP97ssK/rof3Z5FsTnPlYD+ZvZ/kxH9Je'
    'qj7WkXFWM70q07tJI/Rjjubs3CfcfMmrZIE2sdzXWsqKWxhsztDQpDreNcrnWphM6uv5vyc1+KOc8g+d/JniM91dalCBByk8mdSD'
    'csm4ad7ThR/ntTtgH9vKgbD+DtDnHK+7QVzzQvdKvaJ+lR500PpFkVmNanQhw2x1ZT33CT/2Ip4LLxzuvVtM7r7totiP1xKFDlW5'
    '9NJdYi/yO7JqzE2KMdcajJne9236c7zCriMLfzqaEfXTbe1BKP9hOdqCtNnNoWkfWxz0C3Q2PojzVjiMmd77m6DeOjifC+VlofOE'
    'ICz2kqcRYG8r6YcsdpXw9+JlMP5MoeH0W/qhc/cnD7UongPZdgmHh9O+ck/cAO9PTNZ72q/3TMJ7MsUFVewegmUOIIkAePgjg4eK'
    'BB4mBTx8nOhmToStXyPQvIhvjv0y2Ek/4n0bJN9OH/HSt0G87F6iq90VoDdu4vO/T0P3nU1olskmK24EfsqhE6DHQ+N507tikN7R'
    'YiizR5j5eQvz73Yy8YEY5lPujBDfgOg/UKYnZO38oIW1fWa2eI7XZ/32uHyFfy/BjTC3gRgheUQ6ZZavWvGO2pTIub+U8Kf5+sj0'
    '9KwH1xko00zuQrjma1kZXseJWT1PWmWjQHnQM0WwDU0uRO99gN07bX0Anpgt/n0M8/mIY1yX1dt1cLzRAP+uBtyB96XPdwjxav7v'
    'jfzfsx2la9cEeWT6KqRvQCrzV5G1GYL3ted46ePgf2IQ3u/+gJe+9gGvzDrgyc0ltA+9I8m8H+nw4aeFyTXwHLt7i5eefH3p/fi3'
    'W730LOjDV+5UwwVdf6z3Eux3R2m9u+Dbtg5/7KZrQXkdM6G9g1GH/VovfSCn9mPwb3/upTV3lvoqqIL5/Z/b9TZdbyNjQD9E6Cdx'
    'yTVenrVievsrMOE9LYb6+x/w0qc/b8drvvgl9fqtedJLP/ZM8Zkv33U8qF+3X5E+jT7ipZ9+ykurH4Py3wvGb3zfvALlH/h2KSzR'
    'cav2i3z3baB1Cz46vu2lTQ8X92GGBsdiOx97Di45e+z6gHvrc8Arc5GjcDognMhPKILipzNLf4TlDpKTVDI51WXP+zBgs+84PC0g'
    'dXIYda3TFEbDbKWpn7DZivuaTR+zz4J/rL1em7/JeOcqvivgh6946f/7vl3d1Q966RPf9Op+JePZmRTm5NliHzp3wHzctdeO19rF'
    'ZMzF/IvwJ52avo/ykhILKsqW8C+uzk/4sYayJhsYuuQlL/3iU8HnAz8vOezRvTcKMHffM/pzc3V+PH+pkG3Q8xDpoT1PwF5+2ofh'
    'RpgDlJ9dt9c/a2V6/MPFZ+maL3tlDgJ6kX/j7TQSHqB8N/tZnxYo7Os9XvoBmL91X1afxy2W6/GrL3jp5Y/ZlbsdcMiaH5TfX5pJ'
    'vTMIJNcDXM0BXH3vy2511grfzxz2FeVJVEcWYeyetMeDUdE387/ir5/Mu4h8e+z7Xvq9b/r3xXpFOZk+qinTGFDmQyvVZXT6OSbr'
    'f91eOxqrB+Yta4jHpzFSz5QgXXd2s/e0BSB0zSPX/5cpD6ch7V84t+FessGSNnrTAR/I/G+Hdm/dW4xrv5nPcArSFuAX8LIX3Wih'
    '8ycJjqoVfiwJE3xye8qn3Z5fbDf2/4bzognSx+Asuwr8Hl6bzzjk4DtDpb+/znIu5gL9y/X9KI1xH6RS14HS0bay+2sBz82C+vth'
    'viummDwsY/5kbeRhnZ3lk4ftd3gaFfI0G52KarZnj4C0cr+bviDeSVC/M5GpKmSqZYQhimdWiGJ/LzUButmNQP/VK/I0ET2+bUy/'
    't4boF28L0P2tjYgzTxLuPnNN+JYzoZ3P7LU7N26DM/PbcE6cFqGuZ7/kn0GyrmOFf549AfTCj+Bsv+pLdnXjvUh8s9gPURW5bz0J'
    '96svPVU8tvseL9a3QD6tTN/zqDpvmtBNuvmnPqkvQx2xF+z5IJR/0ra3+D6M83ej5XzJccg0BeNaB/TWZbDOy8g6y0uMTd0bgLZ4'
    'FnQL5pF+utb1o0f8OmX6+iP6u31f2pNnRJnvpu8X89v4fr14rz2NM1vBZyjM+XM+jNmcbXi/V9HNnUA3L057cg5buk7WcWKb3fhm'
    'sv5lCT/GZlwVZFy4ryVvJEiGUcnu13Td0Ucm8nPWwFy9sqeYTzSX8FuR3yLvMTZzNv9Zn97W8X2fSHn6uDLf8OeLeVYoqzFt74vf'
    '8+80iKdd9tmur3rpH6Hff5Hy5Up37fVxsxV//BnAobCHL3vJrvxDe4r7NEL69Nuv+Lwzl3spwpUt3kQ8/BmAq7NSvqzrBLgrX/xk'
    'KU61aeNWWIuL4by8nfBIVThwWcrDsVzuUICrlxzv7UweOZPMPb070r1p2gblO9mUo/JN2adfCC9eQBR4eO0L7vBAbaEQ7/z4KV/u'
    'wfnSnJbiNkvy3ZeIzvsorPvvLGU+qvVxgcNfPl28D5d8QQ1/d4Asn9LizUJtP7dDBPuiQln8oUDD2fhrMNU3GBThvs4pPR9my6eL'
    'DW1SLoovTJUu4ogo9lG9GHjLLuc/l+HZ0lCSP4d7wsQ3dAXAD+WzUX7YCoUukI3/CXpvbGW6RWH20rZ+Llza4TKClXiuiFJcsgrp'
    'I6G2MTL1lVFBdPOC7Hg+k7Hnv8yFuzfVa0edlmXQ7xx5twLeXUXe3Sh8X4bczhftq84XpXbBG0n+McYHOF34viW6NHq5Yf4bZD3H'
    'wXix3bD8S0mfjskWj3kRuXt2NnjpkZAuhnRVQ7ENrepessxyjZDPHMU2rEvBu6VwfPgzPv9dtvNOxbdv/MD3qX9ADx1i0p61yft2'
    'ouLbHVf6vAT8NuNsP08jjA+/1bJvRyjgaoCcQVXsHMNvyL+nMLRCFNvArhBqe/KgvDp78rB1aCH0iA2usuF90v27Fvq7nrw7davv'
    'Cx/f/TrnvTuGvMPzYIXwbcj7SJtBuIjGO6A2T62W+K+C/Kb84RWKvCnhZseJ9JANTka/zYvYvDda7unKTcU60rb3D44PZJ8udODB'
    'm8jPXtjpxtuvs5zb+pjmVvbXdW6rnyudW5zf0xxlHA0E36rw2NEBeKzdAo8dYoHHWgg/fkyU+qbmvPU+URzDi/vaxTl6b8oNBvk5'
    '2U7mD2O+fZbJEXhsJO5Xjd4pBkQ0m+96a9226azZBrpt7fHosAXpndrGO0yH0MmzQuBuLaszDG+1ADx9Ge6GVP6YFYlN50TZdKri'
    'Dm4i+Ox69u0MgndM/exhPUj71gi1jynMs4rQU+sM7OXWgp3Q4aRvO4RZ7Dg6Nuqrz6Q89YWlw/nNmv2zRBT7bVDZP0blJZjQElwG'
    'HYVHwP1cmpSv0MzPigD6Vjd+U35VctdL7nrJXS+56yV3veSul9z1krtectdL7nrJXS+5643HXY/f86rIPa9WFPvAnQP3gKMVe6wK'
    'zjbTfU5tx7BOG7kzrucJFmWsaIze+HGbTfs/zRWvZwWhAU3Ww0bO+H81tGU7zsV+f21+BPkykPdFaLdFxP2kYPCZ7AHlRFHoXBXq'
    'NtSEVTEj6GMt+XcdmdkG3zSiSQjqHC7yiLgNcVOTPnObVdXVxrjY0Y65jV7kAp8mux4bPWkfQG2fdMmx4/A0OQ80ZTlHfA+iPmvN'
    'fnsdgrjxUr3gdl3j8KQzk5W8zhoTyU5PpwkVHtq2LayE0dJz4ex1OdMkPyUohpCO5lihOeOi6KodHZG/fDTTLTtkHHXMqB26TRlu'
    'hx7Gyz460VVLdNUSXbVEfpHILxL5RSK/SOQXifwikV8k8otEfpHILxL5xSTWVaP8hDqCW6vZ/XZtgM4axuGjcooOuNfraFPu62KV'
    'ovwxJC/3sdBM8AAtszqgTR7704RWyJK7EKUVTOODox17raI8tSvFvHek7GCLwoYsfyMp3+3Q135SPudQ/jLWf9vyZ6ai7ft1qXB6'
    '5JhUOD2yNOXjhm0W/Z9Pyl1jUa6B9KlPFPv6wTwVKbNYor2s3G8Inuu26JOMhTlTRLcNlnX9gPRhwKDcNij3LClnimtluccty2E/'
    '95ByNnD71+S80e3tu0ndwxZ1/xmpe1hT902i1PcUzzNmuQZYrldxlvK6ryB1b7Go+xxFv3Msz2mKueV5TiJ5dmjyrDagCZY50gQL'
    'CC3D252ruE/itybyrZt9o/c93X0J+dNIF/C4jTZ37XZCQ6SATplFaAikJ2zlalF5ruhnjNMuaUK7VAt9TGNstzNEz7yB8bBoWzUh'
    'bTXEIGuZC3SMin+IfIIGBZwhf4DmfzyAR22iY9/MaHfq/8K0Hh4TZaEwj5NB94lpTNwBUewHg/r1kHPxgRrfB1gKZARrIF0IaRuR'
    'Hch0AaQrIZ0HaSukZ4KMYaTGj6djO76gMfA1vrjG47ObthPn/J1Q48eq5TGXt8fYzqE1fpwzk7je3TG2Lcq0jryd/1Ptz+VWVna7'
    '0PunCRsnjTlXiINS7fsTQ1g+HNJ2SKshPbaheG/gHjiMwL6s89FqPw6VCg5s4PnTpK4exZlsU9eHSV18Tvk6jLH7GPdZc1NAv7ot'
    '+7UtwnxxuLlY0a99hv3idb09whh5Xauq/TjnLnMfBNeFmAWk/h5hH3cpbI3SUL8NXjWZH9yHP6uKDgNY18tV7nuG1/WNqtLzREXn'
    'riax7Exjxm2EMitZjLiNQDN/ZgLaPhPafn+V71t0IcN/cxhtMC8EH767yvc15gL7so4tpI4hxf2fvtfB8LmkjmtYO4OGeK9T0Y9u'
    'y34cbTEfOQ1cLjDox1gITqqv8ujpoPmwoVtwfL+p9OvdynDwdmEee47X+6qi3lwM9X6rsnQexgzqUcXXpXfQL1bawwpfo09Xhq+R'
    'y3nx55We72VarleYxfLlMBamp/RugzG40G6XK+Z3zHAPYB1nkr5tyKrj2Kri43YqYpZS3H1czPUiXm7LFz5MFMfEDaoP44++LYRX'
    'Y3pudEA//lThye+DYhYj/yeu8/DVcWwT5/sbFd46hsVfxjOYx7bVjeXBmOvF/n6iwo8phOf26gafR1LQm2so5pnsJmU62X0fyxzG'
    'ytxU4es68HvTEg2vIEvqlnUMKPp6bEi7V5F28R62iN3LGkLa3UjqWMrarYL0qJA6TlL0g/NADguhi5aTOlo1dRwZ0o/5Fb7ejc35'
    'UDj/FWVfZ2UHNWfmn7Ie75PWO+Z4jhTof0V9vcIs/jo/TwvyFFLfRkYfm8Q95/v1qZjqw336YNafe8xzMsu7WnO2/I1DWWz3rqyv'
    'mzze54dsf5jM4/psOC4POxMui6k+nJ/Ts77cYWGDGs/o9uIJWV9evzAE564geVMs7wKWd5GiT6s1dy/ep1mkLMftS0LwUwXp44KQ'
    '8fw+ox8Pz/ufJO/SkLyvB9TLz4YfZfyxzmZ31MUh8/TPpJ3ZIX36WkY/L7xPXyB5W0PqvS/jx74Z0OhDjDB53D2ZYtsDynMdMbzD'
    'yHo+GND2CLu79EGZ95AyuYDzguLlYYN2rmdluhVj3OIwxnNJPdewM2vQoB7sz8kB9fRb1LNcMa7tDuM62GBO+d20waDMv7P+pkgZ'
    '1fxR3Qws82ZaX6ZfU+bf0z5OX5ctPUdt7yrfT/v6RQOMzuH76dm0L+u1hRFZ/rGA8v0G5T8L5V3kKwX6n4xVt0bIW/hQQN5+xvd6'
    'r2IOu0geun47FPWq+EoFfSqSN4hXJPN2pUt1n3Q8DxUf4lzN2oTts0Eof4pjedynK9Olem7It/gDW8cjAvKOsbwHa+bFFA/Vpn08'
    '5LrfZD2/I3p8a6D82YRWpnTbLwzyIk32WkBeThv/0CAv1vscxOqMm78u6/5Hoq+m2gMyzwMkj4oPXOD/pUp1cl5n++KTJI+KBpB5'
    'PpIq1m0ygRFZ7lbFOMbYOG4IyIOwP6LoI70vFuKXG+rvUdxXsOUkdQ9pdAM3kTwq+VLBjpDk6dHoP3Uq1oPfq48PyIP4dIWiz1y/'
    'aXFAf7qJPmVNAA2GcYFqAugnmWeGIk8vP/8JDJnqHchyb4jSujlu/5koHes+Vs+rohSGcwYw/H2hH9sY5PnngDy4Hk8K/X5FGHpM'
    '2MEw1n2/KIUHjuf/lozflAchy32UlDPlRctyt5E+qc6FRrCnrgngRTTC+HX1IN6+JiDPCZCni+RRnRkF+X9AnhOzvi13gyUPpHD+'
    'K9Y27LxAW9XZMfKtUZ+ywZLvgXfjBku+M9enzIhgv7ZBOo1VotjXQJiOHLWPyxI9R9oe7V+cunmyrsVM37BWcXenukIrFLYbC0Ly'
    '2tr2tQizWERNQu8nQuVDYrVI4hQlvh8S3w+J74fE94MN/kt8PyS+HxLfD4nvh8T3Q+L7wQR+Et8Pie8Hwe6oie+Hyef7YYaDTWNi'
    'x5fY8SV2fIkdX2LHl9jxJXZ8iR1fYseX2PEldnyJHV9ix5fY8SV2fIkdX2LHl9jxJXZ8iR1fYseX2PEldnyJHV9ix5fY8SV2fIkd'
    'X2LHl9jxJXZ8iR1fYseX2PEldnyJHV9ix5fY8ZXbji9lYMdnYivnGvt4LtjMUP35OgteI40bMUhwDo8bMcK+UV3xUXYX5nZLYTZR'
    'JrECnmNj5GfKEDuHaTwPLv/CsyAongeOc7Winj6GL2k8j60WcscFhviR29c1GZbjtAnVgUcbscpEZ3nCdJZd7X9tY2OE2bjGGQsd'
    '7VgTG9XERjWxUU1sVBMb1cRGNbFRTWxUExvVxEY1sVFNbFQTG9XERnWy2ahijM8s7CnErTXAq6yGtmis8isj4eHpjZULc9rptk/M'
    'sHAxD8tlDab3Seitwa0i0nOYKQ/LhBfF9xxd6xqyhhXAp+gCHCXIuVVD7l6YT8ohLjVoR+LYX8P7W4Tvf+9adp72AwxVAAxNFTjJ'
    'mD9ZK3pKcy7KtTYDI33O/Q5PowIG6wl9bYJ7EJ6GCTwl61667oo1vznqmse57vLdBfl/nJfy1vNfCV8n2ddvvX2d0ACl65wdBxog'
    'waXTA5emyW9KQ6XI/aiP7M0eWGcXGEsFbc90efZCWR6v6ozJKro8qvKpEHq8lvGnKom8songU7wfz7DgayEMiAQGJi0M8P2bJftX'
    '5YOrXsF/xDIIN6kAWVu94T0vrO0syAYF4S21AnylSH68+4k9Qtz7spq3z9vhMpX1Fvnr4d1s4duxL2H56L6bRWRWvIyKL2W7Xnws'
    '50B6PpGnmN7Lbe/V1aQeWe8c0CdZRfhwYpz1TWzkOvXQ9hyQ8R8N7W942F5O66KvF7WfLz5j38+sZT9Rf2deRJnnjXu9MlUKfR0u'
    'J37ZQUaHOELWfzuM6VYYT7WYak9KIWuQEJOtOPC6EndWGZo0fdKRa4CVM3tp1mV9UQlrPwahTT3ohs2IdxaDu5j26AKMuxH4VE46'
    'oHTm4bfRg8MeFkqfajcgbQSeANLAfed7XxtBNwXfr7zLf39Ool8cm36xxN+JvHli5M1IY+IZ+6NEHzfRx9Ws8VGKNabrI8e2kNBc'
    'sp6DGa0eRluiLospbU/vSCqaMdEhTnSIEx3iRIc40SFOdIgTHeJEhzjRIU50iBMd4kSHuNw6xGHfuaykZorKSmRbo1dMHplIgY7p'
    'Lb/sw6Y/P815+LfdgYaiNGn1fn8v4JrWQb4MkQfNJvBWkOXvV9fHvyMds8yRB5TctZO7dnLXTu7ayV07uWsnd+3krp3ctZO7dnLX'
    'Tu7aE2Gvm4G9HIePrCoisz1PFPukP4Wdd/cH5D2T5f0bokvB8w6HtHMXaeedkA5C2s3y3kbyYh9GIe1hea+HOZHv3gbpEMtzrfDj'
    '0PA8I4r+N5J2aB/OJHUE+TlD2f+hTJcVx7AzpDzVa1eNP6zt1YQ+OJPB8wD7jfXmSP24t3ANTmNlt+BdFvLOI/fUU0gZpH+qGMyc'
    'wuiRQpyFbGlK91YW9aOF7w8SdZgR/nGv4HygfgPe/yoh5XYhlLeFdyzUR5d/64hW1zqobzH8XiiKfdrq4sDtZHRszmI/Uxp0lOHS'
    'A77HCS4Lyov3GDpnJ5G5OpSs+8lQ7jpNm7MUbeYYLd9j0Ca30akmPKKgdZDr9CFCE/E9cbQCH/YxuEeYxjFtV+TFvdHF9sg2kncL'
    'wys9ZK+j7lA9a5vvwX7SXiPsl1rWzxwr00V0hxrZedzNcNzVDNchzX8C6du7FbhK1Te5z2ZqcMgAa6efzd8oq2se4bEME9iqYnM7'
    'wvhSuEZUx38l6D9x2MLzOhUCK4hTqL0+tx2g5SV8zgJ4ThHYtoXlOPrUxO4E1M40/zYj6UodbYn3gHnsjs55WnWMl0vbo7zcdWyf'
    'U159S8h4dXMo11L6uTeZw7tSHgzp1mUHjAnrmoFlNXfUDKTZaX17rUjtf3L/nVRX+ifSVqstuiL8gaczpPRvQbky//wkY33F2YXw'
    'Opqs6bRaU9y3Nyv2bdU0XuMKeIJzVab2/67IonrX/olY45v1a2xqDxq2r29M1vwttea4769U7PvEH0YqJdYccFNReNqEwxOCkxMf'
    'JOM/52Z0asAaSHceFdNbztLB5CztzJDT+mkJ+jjDWk5T+tR18H01mqzptFpT3LcNbN/W+AMKbKjk3h6SX+fXJkh/4Sjh21fR71yO'
    '1yp8XxZ4x68WxT5DOb/VVr69k/XBZj/YPWlKGpb3yapuYRF8u7S7yZRNhYTWfgWazL8E6Syp4DCh9wxgYmWUBaw+NyxHQu+N/5yj'
    'bArhv1cB/1kHnDjN1iZjcGsNfNLuuK1of/QkazKp1gT3TZOO7uoo7NhduvOvjqxtvUO5MLov3SnuCIOpWov8QfhC0lxTFzYzsePu'
    'dJn9toeB7dTHF9NvTRJf++FrdGu0q7eVr/2wu2IQvksnZ3HRWVzOvZU2uFYm9NHkW5Mq4fsa5fvLREdOxWOSZX4q1P6xbdY3M73W'
    'Oxt1vcNEb3HAQxZ4bQgb18A6brXYt9N8HekZ2OZ48w8+Az8Vzpez2aOF3/l/3Knak1PuUTlZTGeyE9CTJptLaZPxlbVkpEE8e9Sr'
    'T3f437NEvBEVvzeC7ue1rN3XH/HSj1n66E3oaQUuiQaGofS06syePnyBhE5O1qT8ayLx29UMj/UkNNH48QU+ZXZexsE3KJarpDNv'
    '5QfnltsIuEf2sH9K91qyJhO9JqH6LAH9U+qzhOQP0mepF8W2cqiLEhTHNlQulCn8/qyKZK9megv1DuWCxvNJNp6PQ7kZRrpgktNQ'
    'UYm/q6bVKVNdmOY/f7kQ5mAN/OUndpfN3fuYb1hBeqOByuYTFU/c7v37qlD9z9bAm2Ll/jeCr/4hutfpmYW5adddNXWxaqvZPpB2'
    'ZE/k/zamfTivULwPPT8d8MpE+VewKJYRMT/7Y31Czs9kTSZ8TXDf3KnYN3CW5HF5GhYsG6oMUVEZMFdVk2aNwvF0Oj0uK2Vbh23L'
    'pV9tyqm/Nyro4jsSmElgxgJmEO90JXq0E6LTWQ3zj/v3imTuJ2TuOf8H6aIKcg9rYPewGqKfjrEKV7B60adAJ5Hb0DoqSX6u4y79'
    'LDST/DS+pU09LSH3y2ZWl7wPzBZ2PiGw/jqGR2aH3L1xHsPy8f5XsXXJsnUxqc82XqhtX0egnjTUOzvRfZgyug9c13cI1j1Zv6m3'
    'flXC91NcSfYj94c2h+WjePeINj9fXUC+xW3u/pSD5Poqn+euso0aBY5Gn2k3E5iv1HzjuDgtfF/2M8hvyiNCf0T8vOBxn5F/m2H8'
    'W+7T6BX5nc0V5kN/R8ib+tcAHmsG4OOqRBdBTX/tOrBNgX9oxVuVc50N46bKdZql0Umhe2A5pDPb/G8qHRYTfUS5xtSP532QvnC4'
    'X88IofHQtLKb7MdGkAEfJIp9+aFvP/Thhz79wuKWUn/L1DcfxoM8C/ZTPaNHTGjQqU6/2uI6Uzjoi0F2P80eDd/U7qgP3PQGVTUC'
    'vj9L2PmzRV+A3A/hUvIN/Quij/hF5Bv6ZcS4vvPJt5wo9gE5W/EN62xQtDcqSmPCv6KhFUzuItwOn/rajFoP3zt/puAPVXsZ0no5'
    'WHaSqJSWJbi4RRh1a3/cLdWF02RRKa/QgOlhRnpXF2estqfRKd/51gQmEphQ8JVV/KYuhpeKaG4HWeQ0ekIFF3HoLobJ+cUP82vz'
    'k1I5P30ftL66c6dR0X4N45HJM3GzKI4HVkXows2i2H9rO5x5lxNa9XJoa6bw/Zu3h5yJqtjbYT6nK8lYNpNL0mbWVlYEx/m+XDOf'
    'SM/O0NxNp/v9M/RuKkpjYOSX9WZzeZ8bDqsk/B/VncqEP0z9TKviO8hB/ZrkM4Vdm1hnbSI8PkdOc7cdFL7fds63CqoTeWOfg/bR'
    'X3zYvRjb4zGLco7t7yb3dtP2Xdq5VvgxEvvYHI4RvoBL3ZcCjuOxp1zqOg3glsYo6CL8C5c6V5Gx72DwhOk2x7oPFp4PchpvgMPm'
    'KJkblzZs72R0znpJn2gMmAvS3lyXYz/jnRJjsB1K3mHMu4PIvVTGKSzou+7xz0vMf+Ne/x6L7/74bGlc1vl7vPTFZ9x43jRuZkPa'
    'i4FSzrnB2HaryDuMJUjjaMp3Mv2bjxXH0ZTvGi8rjv14KPkmY0TK9KN3+7HzsJ0ll5TO809zpfPcd37pPK+8q7jeNKE3MH7oP6U8'
    '/riEu+1sT4xYwLHt/JvwZVotzpptDD8OMryUI+8xdtScmM4SWu9iqDes36OW/cXYFDxWFMUbvEya8GY2pLw4BmHjRB5YG8Hj9HfX'
    'BMJEUD7Key7QUCkvvio957oYXZKbImN5SXjxK+hYXp0iff9fwrP/Lwd+mCX8uG4yXQPpekjfBvHeqhHPQvynW+d76W3z/f0xX/hx'
    '4k6D8h0h8eIaif4KzXcs5LuFxJVbnzU/6xoc5oOOuwPS4zXj4P2T/ZK4YQGhO6gMKmeBz3Lk7NDRhZS2WQBzT9u9huBGk3Ypfhpk'
    'Z9gOoY6np9PZUt2dgmJRHimYDVInVKlhMpnGuLShU8Jiyq4U+piyS0l5GiOX5llI8gxr8pQ79neKyEco74nbUanmkpeT8xlWztU/'
    'MYcrwXhcpnQnlUluSXQN9PycjxT+30Z0DeKTORrKhF3uFMsI/sN3J4rSmGVHEBldPdlzVEaIsS572J6k7d3oqF9UjjGfqxjzmYox'
    'n6bo/6kO87BaUWYspAzGAKdlaHw8mvcQmAual59zsxR5cixPrSKPpGlU59dErt9VivXbrFi/C8m7RxVr/6GVpWuf6ihd+6M1a0/P'
    'LHp/Clp73Z0raO0pXRO29u0Ga99usPbtZVj7Ksu1pzFJMfbeQqZXtRz4QxWkvgwpv5ylJwk/LvQ5wo8DGETnVRF6gcc87SfzyeOG'
    'dlvoUA0Ldaz6ZsZ7N4nPGDQf6whMH+HA9zqpjGcS4tj/Ie9mtXnvfkvezYR3bxB9sDa2zm1Q188UeQ5rK87zKuxRShsH9VmWeVHy'
    '5Qheshlvi8V9BvHLVpLK9v+B8NFHGI4YVvDRdHckWdc9wnNcopKZjCjaCOv7cIDchfOJKMxfT+7UOVLGNHb5EBvXVqBlTHl4gwZt'
    '8TbOgj1K8fqw5u45qhgb3n0PZWWxri0EzwT1LWyMfZq2DwG5hOmaUtla2Fx1ieKYyjxebRAeyVriEZPY8iZ78wDvGtITRClfexWk'
    'HWwMqnuc6p2UL613uGsH6RWb1jEX1ny8x9wi3HRig/RgR0Xisy+inrwgIpnY766ma0PlCzZncFw0SBPjuUW906Qsy1dYlk9sPwJg'
    'uu3AtDrYfrQa8WMoXlxLUhf5ezM5E94D5fHO0wVrfLnw7fiSdR6/dZ4H65IlOnQ6OQmeyVmighokl0qTc7E55MxzwQ9rNTT3iAWt'
    '+x8K2r/JQgfKhO6m9b3Cfl8ToHsk53BfvcdfofcjrvvVx2QCbYp5oe9d6W/aZpcFjfwGk5l/od6XGwfdH8Z7LKMWdyMcyy35sZys'
    'uDeZ2JOZ6kN0MT5Mv0ZvYLzvVafW+3vwetZ2v4KnR/ONKnQeqI4J193oimEsYfOdU/ASCnoOZJy/Z+MzgZkBzf7kuhKuY6bzGmVf'
    'Pp9HsO+EdyczefZJIM9+7/zSueQye1n+RJCLr86aye0xL6ZNCj1Y3geZdyXRRzDt7yr4tkvTX9qnNeS9nKPb6rw7t4pfMMD2XReD'
    'pzEFP53Cg06+z/dGn8Ha4vlxSZ135y0X7MYJs/8O6WsEnxZkBXXenTzqeUz7n9OsQb8wtwUe1JxJnF/+21pPB4Dq//E1/rWCB6rj'
    'I9qeb30hOBdtI5+v9ed5suLjoP7/dW0xrWSyR2x1X8b7jL261pMHmZ6pKnh8PYRHPaKR2fVCH06v9fof5/6zoYOD9tbCWu9OEnbG'
    'dBjqqWFe2ubJRNeNnjknsjNiLdMNewf7vgbOkDfzl9zDx4EG6NHg7hzjWX93nPszpNnH2J89E9wfPj+35/tzuginL0xgq9OCLuog'
    'cGVaP8JaZ0R6qMOQrpLz0znDl611TQAcI/5fME79GArpxx9rPHkThdsHFhTr4nFdyj6Wb1SD935P6i3IdWuK79KmMniX+/I2Mh9R'
    'zvVtCjpYjuXBGv+cyVmc0d0WdHFOQbup6EBOW/xZjU/39xvOg2oduU2UyZpttRgX0g2ba3yac7LSzAW92Rof1080bVyQz9R4cmqZ'
    '/+AGL10E6UpID2pQf18DaRWkiyE9HdJVkC5l+Wc1eG3/orp0v7vAmKuM/vnq8vDVTPH3g2VuP+yc//MJah/HP1jt2TaN9z2D9onz'
    'N99Z7cnSZZ4j2T6YB+lcSFczeO+EdD6kh0F6CqQL2P45HfbBsmofd01mvmCarJfN2cvr4/yivgD+UVAbsk//UuV5InHRL4r7Pv54'
    'lad7bXuejyr2J+dbBbV7T5V/Z56I+6rsww1Vnv5hGP/S5m45XvT8mVUe/VqQ97E9fzDb27Mgne145q0MaGuBpq25jm3NIW254CZa'
    'biGkx7Pvy6GtP1T6sD9ed/zC/h/ndpFH+7VKH+/Y6DOqcKFpWd094p7K4v1fDnp7Xwhf6oZKz+aO64ra6sSa0g5XkvmfaJnoukrf'
    'v4QLLaqTMxRsv2Osm/e7odL7PRlxtuzf/6nw9DUonkpB+k5IN0CadsSRz1X4cNs1DnjjYdLeFrZeXRo6KeeAXxB+7q7wcUOcNJsN'
    'jTZK+jARfA7Zh/Mqyo8ju0PWflWF79tmkPEJXtHoODSnvDSTUssqDqnw/Qe54F1TXJEh8xcF314f4f7xb9nSsbr0Iewsezbr4Vwb'
    'vGNKJz1M6j6V0V5LGW15pmXdf5X1bQ7iooXC4Ggfnv9Z33YlCg9Y1tUX0zp3h9COZ5e5Hdz3x2YnzhZkNlmX61jbn9Hw3rFP9y5g'
    'vl9IXUF4yYSP/58Zz7fhROq7hN0Ln8n48NGp8YOxjtX7Tod29mR8e6Nuhvv2GeKsT2Y8vtV48UFkmzdlPJ3ocvA7CrZeGR/euD8i'
    'Uxk/1nUemZ/xkkkcR9ocD13Jgn4zgaXhAJotCJaqybqOaNYqZ8Gv5/Pyy7Rf/5qQ/bTeYT/9MO3JRScSt8h+/GPag196L0FZiQ1v'
    'WdZ1b9r3IXvZcyAHf7bYBvbpp710+PPgU2Cvlz72glfHR9J6PJMzlJnckvZ9nLnYc+rOyG1pX4ZcTh6GbOsc0hYf//YY9N/pfK1O'
    'R7clPTzt8d2DdFDDYP14C/0Lkz22P+XDo6vc4xcp3zdCGDxyePlJKppdMZ/jb6U8PmIcMhUVXIxp2n2AjCPq/U3W95eK+lzvSAX9'
    'X7JGfA/vFGp/GXg33U7K2sC+LNMLZW158rLMxQFlg3jsBflfyveJ2BPCF0Je5DpSxsRmRZY5OuX7lDDBXf06W++Um++BQVZPbcr3'
    'hxFEgzaCQVJtyBzhOP9bhOfFNf8Z2GbFrdso6/4+9EN+/8VGsInO+f5TZfom+DR9luT93nlemrnC95Mq00N7vbxfDcjL631Ekffk'
    '69V5/16Rt+92dR/uCcjL6/0wyfsm+Ih9SDMP7w/Iy/3L3kDySgQg04bzS8s2Ag7gee+4Up03p8h76nvUeS8leXOQ965B9dg2krw3'
    'bodzaaN6bBsUeXHdeN4TFHlxLXjeFSRvx4NeuucJgGGg3RY/5scGwrx/+yTE7Nmj9p/cSvKG0YT1JC+nK1uh3tnPqn09mNrxm8T+'
    'SWyemS3sp6LY8bca2/GHrU3iKzA89oP7OkXzFZi2tCEO8mWpivswzwJO0NeTDVwd7NDGo5ZtmPqTCPM7HHd5XLtK4ivgfIZDVwm1'
    'D5x24fuYwRiMdcKPPYqxUmU+jNe6ntWxXhTHP8TylYrytNwSYecDRPK9D4mpr6ZtUjv8LClXFEMof1be+3Lw+lSTuZfrcRis0zzS'
    'HteppemwsI/3gH4nWoTv0436K6R+bnco0iA/t6r4MTg29MM2f5Xve5HGHMW4CzQm0SaSp3p/cR4ZH7hwnxK+f79zID1fA9crhJ1/'
    'ap1fhnoGD7L/yIfbqEht8MlsUteCbGnqgptcfdRwHNJsWV8zSdMAB8Mwf/3CJsZ4JpXKTvNzfhk/me3osbrgDGlh+WTqOiueuN2P'
    'gSfh6QMi2LcJP0uHAvYQh9URgA2TuukeyATQHdT32QpyvgjDflUAfrGhZ6PEyooDZ0X1zWbq653e0bjv0Yyw82WUFX78GMQpafKd'
    '+hbnOKpSg6MOIvl5fa7+846AtHK/HR50jSeN9UaJJ03LdsE6VQKdUHzXSr+lH4r7eKw9BRrdJRyeIH9NmTLDcYHf8kEvrdjl4YFq'
    'oY8tz/ddI3yfwfbEMkZTB9GF4zHGh3ZP/zEiL++uvRMzxopxGCPyHP/45ckx5vFY1yzwTr/7zOQaI9IUVMa3UxT7gOdxCKnchfsl'
    'd/V5WcX6p6MZVLylIFoG78SmtI8c07uE58MAy2RFcPxbyhtYDvdtTkOY0rzpSdBOEK0axadlK7STJvOp46k0W56pB2nghcYvoPDt'
    'Cqc0prFI+NrK++5hm8QdoFrUBtNk4YuzwCoLpbU4LyND1gT5hWlyh6wGODsFZH1zgGa+XnPvCeJ5JXGsTeNY32wUxzptEMe6FXQL'
    '6Fl7RbLvitZg11UiyhPIR+IyiblExyRrycNAvu92URovqSDbSZXmGWJ5WlI+vwPtT3JEH4V/Q52SLKmblmsierB/EPo8aLP8X6K0'
    'javh2/8l3/pZ315XfDtgj6qocwy+/YD0aQvT9cE5eY6U72JjypOd4hsJ7kpwV4K7SuR8OhozDWukoitmMLpCnJ1f27/x/t3Zkf93'
    'RzhfKI08R0X9TTHUX6G4U11DZI/1gJfQl3w2gcUMTNU5ChCKSzWj04S+lefrvQo9DSHM42dhbK755N0CkK3OJe++jGcqebe2rVTH'
    'C3nkaKeFtl8nOsokE3icOvDYYrmuVzN+RE+ypnxNOyd6TaPGXlKdL1cDHqhzWPfJ9FiIlzJ2tOb+jKQ19XIo/bPf4WkMWPeJ4Nth'
    'HZUOdQfVmSZ1NpHzpJrxeuS/X5HjDuCTV7C6NsO5Wm+hn0D553RMlOdEz0zZzuUBYxREt09+rLQ8a2Wd7yP8q0oyNpwvrG+L8GOZ'
    'HylU8Ybe2vJk3Fv5Ofqt/vYXXZ5M1+lypuNio+Og0m2z19OSJ9f0VdSCA63J4Rw21scu0cOChek0ObABX5xGbHk3W8ogL4c6jkv7'
    'Nm60joyB3uGRae8+gThDZXd5rTDz76Mq2yOK9URr074dfDl0ZVV6sr9ImevJvpby+pHQuEoaNysiPJ0Rt5stfSvXcyjlxxZfoUhd'
    '6rwU7J1NzuxGTR3StnQ1qUO1d7YK+9jMfaLYD0B7CH3IZettwtyuvZvt7VkpT79bNYe4H1XfdLoBtvVgzPAx4IcMa/QD6hJZbxDv'
    'vJz3WKv1b4E1vQnsiVCeW0X0WHj89GHh26nN0eyrMaH3wxkE+wX/sML3e8z90PBzbKdmT4XFmuJ1h/XpSOH7xukSaj9bw+zMHRKl'
    'sdULe5jMLcdDOYUeUY8o9S/jwjukuFGn81Sj4E+Y8lBvgbSO9JPrxaAtfEoxTh7rPueoO1MlfJ8MA8Lct48KZqmNsWptuV/mFYp1'
    '62I6YosVNkU5lm6DvAcJ39fBgGaeqJ4Zt1naKfQ+L13mVrV/EK4fyFd2s1D7GO8m/bBpi8aMUsFSl4M9QBywgWM+JQA2Rth+PU4B'
    'Gz9neZZD/0zpA47TBll982B/07wm+K5Wgf9/xcaeJjTBirR3aafz8KrjWg9M0rV+h8Van0jm3cRPzniu/88c138wYP0fzJf9hDDz'
    'q0LPTO5/tStm/JCbIJjBs+Ncgr/7NDTSCCuzgcBZWBwAeTYd7AgvpmPDfi0Qvj9deha5+nCiNlgqP+sUvuakPHs7GseH7j0bmMlZ'
    'jp3mHSA6TRNJk2wwxBOjQh17sYfV16HQW6fnPNLA9YxuGRJqv0s5C/qF+2CvV8A/j10yooCRD+X/dsNc471kHfOZvp74Vjf1afQ2'
    '8Gl0CcGlp2WLfSPp/MTJcmfAtzA/S9wH45lZ/yxB2FlvEd9vNfMbf3bWX8cWUer/MSzm8kYSd5LaZst3x1j4dOR9daVD12t8xHZk'
    '7dtzlecKx/vSXMIE4HaqXURXBOnGKqLbiHioEfg0qH/yCrxbSvK/QnAD+jWqZ+20KXQraZk5pI0bmb0N2liivQ2+mwm6MFS3ZplC'
    'j8xmvs5ztP+oJW3kJz174GMA/zPM5sVGr6OJyP4V/RFBsm3btmYQBhGVoaIOv4tuig72qx1hn9pRrRbRbbRVa6R6h7BarvzU/0pc'
    'dueV8BckM+f2ZHKvfFAjEz2f7Hksk7ack7UW+ecy/rxt+Rbh29DPhXNQNa4VBMeEnSMzHPeBbP8YBsdZhuMuJbTSYtbHo0SxTbrp'
    'HKhsy9YKvY8pHWxSOKmAsbcY2InZ7mvsb4qMfZFQ24Ga6NOkRbBdacYSR1aSfLRvUfFhKoZ5M4FZ1Z5aYQnztva4uA70PEOZcdF5'
    'hgoc7XodDbqfm9na6OTR/I6ENOCWmM4y17VDnWFTe9LmEHmMiS6YSz8TOdz4+3zUrUWQvxYbuNsM3xoV54QsOwv0V4J8EWaZjFBX'
    'Hn3zUJ8+WVCyRp8+aGONZ/FNCjsS1KmZqP1qqouowrHLmN5PUPk4cJLrORyX3XYd0Z88wZCXHcaPGhal8ad5P01gf63lfAyGyBgl'
    'b+ciET0mQRhfzyT+pIm/+NFxmjeTWHA9Qh0TZlAja0YYQ31ZehcuVJvaxdRB/fsi0h99zJ4G02ENvfxuAx22JcRuZ4cmXUF44eiz'
    'rJPhgQZCc88i/BbEi6jTM0R4Oah3wXkm9ynm8P8Dv3c+gg=='
)
