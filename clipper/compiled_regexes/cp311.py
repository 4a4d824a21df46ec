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
 ('^(?:https?:)?//|^www\\.', 2, 34, 61398, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 61453, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 61567, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 61864, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 62042, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 62099, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 62156, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 62213, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 62274, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 62331, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 62371, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 62511, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 62541, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 62642, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 62666, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 63176, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 63200, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 63224, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 63632, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 63773, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 63794, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 63813, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 63851, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 64696, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 65540, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 65731, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 65977, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 66055, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 66166, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 66208, 116, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 66324, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 66402, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 66459, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 66491, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 66643, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l972zdSCEDiHQCUnoBCIhJNBgFJQlEJDFsHW6X7ohvdF2JwQQgoKDBgdccJyRb8YZ9R/BwAjqgKgjoBAcxQUX'
    '9P+cEQb8Z+L/6+jAuI/9v3r3nNzzzqu6t6rufb1xL19TeffWXqdOnTproxAiK7xHphP5Z0E+7YZ3qfxfC/y7Cv6a839HP+2l2WeE'
    'aMqnb1J8++oPvG9nkG9nXeil5271vp2i+HbnVd63E8m32vP8PPLbKvKtjn07Br51wDhkOii8b0eSbyPsW5usi5STda4mefC3zNtA'
    '8o6E5E3D/LXAfMp2auCdnO8GmPvq/F89mfdWKJMmZVLwm5apZWuVsWhDzkUF9HcD9HcTeXfGDu/devLu1znv3Qnk3Y+f9N7JMTfC'
    'PPSTNkVAn2W59vzfYjJvWRiDIGNJh4y9gvyWeSpJfTxviq2N6Xy1kL6Z9KkF+iX31FI2700W7cpxVMKeaXEoe9uXisfbCn26mOQz'
    'rQ/3Cf6mc70B0uf22NfbAvXYzG1VTHMr++s6t9XPls4tzu+Zwm0eqgm+VeGx4wPwWIcFHjvCAo+1Qv/lt3Gyx2U6CnlqSL/6YT1r'
    'FXiwhszRO1JuMFjJ1qGDzF8t9OOTkPJ+j0HaA32rI3n6yPgxrwuukO8vh75kCi/DnnRqNj+FiekQEZ5saA4b+DE5TyV8zg2Buw2s'
    'zjC81Qrw9IX83zVQrhu+yfzHlsBN+jX90PX908RElXrlD2Xb6wJZKbLXKc7aSvDZDezb2QTvIK7Iwfrhefg2SG8BHIf1IO1boyhP'
    '86wl9NTGbHHdp2e99J2L/Lo3ZL1yR5O+7WZ9ugbSNaRP29nY5gKcmpYfI+eNDufXafbPcrIvouD/lZZnSCXQZimYY3oPWgrrvoTd'
    'f2qgrZ2dXnojpB/oLD7/5Luf5qBffep7gPz2Ayj/c0g/DekFUOZVwEHy3WNwz1kwEFz2IKSvQPoA+/1p6Ou/wH2oQL9f5aWv9vh3'
    'jipYM/n+H6DszyD9Sqf/no/7X+DbE52l484AXPxT/u8thJ62aWs+wCdvawGjS1sIzPZAvv5On25sVcAo0uo1CnpMln9/ZzH9It+9'
    'Geq+9MNeurmzmAZBmLkE8t0M6WUwHrxPYlmZXtUZXIbvqybYlyczmnCY7GGKX0bZ715ov53gA5nuIe/bYH4EzH+azE89WUNafoD1'
    'o4/RWzo45mNsgHL5T2IelPs85P8ypH/s9NdIpr24l9gcXkLmWNZ5eP5vIdQ5D/ZBx3hxXdjWMwqYVK0TbyNN4KlRwXORc3e6htey'
    'c7uXfqvHq6tZ8S11fek+fGdPcTkVHwLXs5atZ5rB7p2Ae169ubg92pe3XeCl/zFQ2hfk0bz9Lj1OGM43vkyRn/azkvUzy/r5d9u8'
    '9CSYl/+8oZS+72Z7ZESDB+S7N6e8vYK4hK7LhdCGAH7VAsW3ffeUzhOfC9U81SjmqUoEz0U1u+voxjnXYr5ontexPPw+p+vbAuDt'
    'CMX9DMdd8SEv/cO+0vl66B4v3btPccb2wbztVuNFxPE/hDszxVVYR/o9fju8/r/b5/dPhZNaYD9TGPwDjOV8mLc1l5bO6brx4jyf'
    '2F5aP54N9wE9Uml5x5H1fnSrl+Zgb779Mi/9+oX2dJLsy7skL8mhLy3QH9wblGckrvL3Co69hdVdze5TDazuVramnwba6w/3+PQw'
    '/3blXp8HMhV7Zg4bYzZgjDbzPJfNBd8jzQH7riZg39G+zxPB51oFOdfeQs41Wd89bP03v9dLD9xZfD7hOSS//f7K4jIPwr4c2Vd8'
    'jgTRKJzOfApw7Ue2eOmTIH/IAFwspXnPL877FZa3jeT9JtCB18Dc/uxWqGN7sexAvvsk5L2f5f3onfozaUHKu5e67MFKNge8r98G'
    'mmHDntI54H3leekcnAv4Zims7S8v9dLGHaVzgHn33+mlo3uL86rOQFP+G+dLHzbhfZf1PgV0ahWhKZ98N9B7I8Uw8hKk/Xd46eUA'
    'BxV7/Tse3tEKdAPBeaZ10LabgJZfzOAvqA7V/QfvLbR//P7yOLT7r39dSg/r+v7TfeoxzAd8twHau61PPTZc0ybCgy2UO694H7z/'
    'rXBmQDtvuxLgCWR9Fwn3vVDL9sKeUS89bqsaZpcq8i7bqoZZuhdon8P2As8btBfqYtwLQfcTxJtHs3NlDaQni9JzZS2knaL0XMFv'
    '61jbKn6p6h3O73zN92ag9Uz5sSp+FZ+HSnKeXUvWDOc+3RXMd6T85jC4xPtfA6NF+tldeoz8pnwRlGvQe/5Bcs834eVFkVsjjNnw'
    '8loID7YBvs+zmF9Opx6Vf3GzI15IO87/1pjn/1TA0WH5Bxnt2kd4O03AF11hUM8AS8cNeNljbJzd5H1YeziPQ0LNE7CFN1nHx2Ed'
    'kPdN6b7ptJ8qIvK6N7Bv8t8bob/LGW/d5Z4n5/B8h/0Tx1xx/YIgGEwxvqXJ2trW7wKHJufIzdP0HFkRE97BMxrbDquvh/VnXMGr'
    'nunn0lfSnkxnMs+lm2Jaz2vLtJ4XzZDzaQWRie4yKN/LZCzDin3Rp+kfXVuTeY5yftIzkusCvj7gDMw5nIFUb4nKmFBvqY21NayB'
    'nTELefsecj9ptFi/bs25Te8L30r5elMdjMcym/FuVYz0i00dcdM5V+VftKb8NaVylGWK+aXzNKaQkUZZuyA4ln393zB2LB+UP2xP'
    'DJO1N9kHfM+pZMYjCrhx7aMc71/Lexzrww6mq9huuZ9pGZN1xfOzTYP7xjVzMxoyPuRRNME8zlHgf1u6VtZ1AcBt2Pr3a/pvOw7e'
    'B4pPdpL7Zwurd4StySr2fQfDPciTDFrjqP3k8kzECVSmsJjIFCgeORf0wVz5kNifKkJjRDln6RkQ5xnqyn80uRuhzIjiYsFk2r0K'
    'vRbk5c8l9JoJjqT14b67Dup7CNY6bA8fQ+DZZi7WEf4o5ZN+gNASOzS0qmocuE/eCfsE5yEMXnayNBdSBu8BNZr5ux7ydIPcn9Y9'
    'bDCOEYP2pWzlMIbHutna92nOZN3c8bKoa3Q4oVVNdSB7NONVlcG7xTxyBvDzqD9Ed2uc6f/z+3EYHpPvX2T8kB9DmTme/nEmW1F5'
    '6KmqrKzGf9dU1tZV1jc04tPU3DhFT4v8X2s5ai5MzG8nJlKF//uPEHv3yvR+73nLWz5VSL+3fM3R561YdcEvtmx9y+fuv385fP79'
    'B26/f8LgeeyWL3ekRPaX+X/eIqseXuhjFK+tP3nt3H/R9+8nj1y5vRNxPbLFrp8Ef/eex3Vf2/DX/SXPz75Mf02Iicfzf/L/b5mQ'
    '4xSF/17I//fLwv/zz5df+QPUPDHxm5L2qkRcz9WKd4X22w0KV5u0oJpDX0bH5VNtRA8Ez5Rqkgf1ntFOx4VnuSxAL7GSnMEPszN5'
    'MePH5EhKadcxhQ2TKU49yPDkrQHtdpex3R6Qd3K6SUWjjyvoNp7f5FzQ0eOmNFs3s81aC2canYsXDWgcm/7uYPTZqObea3LvfCVA'
    'PuTKl/9ivpIz025815oAuCvYx6X1eZA+qyF5dmnqkQ1WKfLIb79LFduchM3hKKv7oGN5bP9HKf9eEbb/TGGswBcPqDcXod4HUj6+'
    '2DWJ+OKugHZHy9judaTduOqlfdXB/oUpHz8OzFD8eFRq5uP4X+X/Fln01QT362BYtvd9uLvYzk1QnY8r7kJ8rg4GyHUovnpAeL4L'
    'aB3DFjIgU/4oHRe/nw04nH3DCl4Gv283wVwvnsR2kc94ySS3i+OVumYnaWREuv1kwgeh45vstRyOSf/FRheQ65gjLL3NUW54WBlo'
    'RL6Xj3ds5xXLdubFiH+47NCFjnGRa4Xpn9B73dfYve44Aus29CEdW7ehjN70m4oPuA9gQrbzgoJOmc59v5z0vXuG9X0VgZFdFrzO'
    '0Snoaxx3xkvzLy5Oud0Zmx3XVLb7ayLTiArfsr5/I/V1x1DfN8n4bOEAbcB143Op737QUY+6hw4y+XC35u4zGHBGoK1cRxnwU1z9'
    'u5LIUXpZ3Tr9m10auXDQumwmtCKfh3K2eww5xzkd16e4P6l0trCuOUSGHdbXMU0dnL5bAPoNnJ6aTByJdEnrFNCbQXLgOiJLrwL5'
    'OqVR5mnWtVujmzKooTkRly2D8ZjKCnOW9VN/gWF5VWeWTn9KNecF/lOAzsqAoV7PhoD6dxPZt+kadGtwn04/yWXcF5B+2bYXdO+j'
    'Y3Lp13Ggo+YKX5Mxd2E+Kuh+fAzaQL8RaLtcAXonYr8QH3veXh6l8n/R+aCX3n3A17VBO+vPP+el9d8Fm9Sn/TMHberanwBbxAPq'
    '+k4meY/Y79ejyrua5L0e6jvxO+q81F7wpofANyr0JXuguL8o5yvk/Sb4M3kEfI487KUff9JLH32u1N78c9CHF54srteV/l0A8iJO'
    '07YBbFD7A+zDcbD2q4Tvc7ORwWAXsb+gdVSS/KgPRsutNiy3mvU5Y3m20Tv0WNaDIxsd1ZkyNy7z0ZnP8Owsn4+UwZjKgfOyITjv'
    'KgOcd7EFzjvbAud1WeC8dSRvG+Cizz2pzrvCAj8eSfJKn9MyXf8Fdb3UV4f4jDqPLe6scNwzPXkE1J2x2zPdjHa28yE6uz2KFibm'
    'Vs/trpOCT8osi805+X5W7jr4dz3QagOwfhWeLt2MeTLmT9bOl+dEAZTL4cvTRdetKcL6oz6WBMhNRK+f5rPx9y7h6TzyjtpkiQd9'
    'vVQ8J/Y/Dr72v+Z9W07wpACc94gm72JSzzzAqfs/X+rL7D+ehW8HSv08pODMeOLxUj8Pj8L59J2vuflPxjm1mT+b81mO8RYonxHl'
    '9Os8u5HyIWWBomevcH4UupY256fp+rcKN99JOhpttwGNNmRBo/VY0GiXWtBo51rQaGdY0GgnOdxhVxjQYUssaL/5BrQf9bdDcZRq'
    'TFFsHpsZzqB2/vmXgTRM1Lt69Qy8q9cIex/QgXOcLgyhPY45TuhygzMgZL4Dn3S8dLmJLkRGwdf8C8t99y4C4y0EV6RFsK8slT+s'
    'zhA9oDA/VjZ01diV8cdKsIqZ0mc3z0cq+CXUp1kH1jtRTC+o+Dm1bB9jHcshrZlwl421ENqCwuBZ+b83RqQ3vsz8Yx8hfB9+n4Jv'
    'T0P6WeJDXSULkL6yMQYS5YU8zXxp/2tneX0wJnuzdG9sfmhq9+b3nn5t7c03w/6Msjd//G0v/e0DPr8S99TH4ds3gHb/8Wd9WhXp'
    '0DGgl89BGnh/8X2c7tGlmjanwx59yXKPLiL5qI/gbUyGeT7wda8gcHqF49qr8OE2sk9a4d+9MDcNpI32nYfIkS5On6ho6NUafbBr'
    'RbHdOO0Pyn9Totge+WpigzQi1DbLlwjfx02fga7MDuHHb0T9BB4rYrso9oV9KunHdqbTgHnWQT/CZNW7WP+PJXPULcx9e+A4FhDd'
    'kDHDcqr53yFKYwRSvZ05Gr2d00JgkvstrwiAySsi0Lx78y/Wpuzw/jaG2xqFuT8bXL9MKh4fRr8S9v6TXhbl8Xsk9RwXCnO98wGL'
    'vNjG58j+2xEyzvvJHjGx5Roguiuy/F8BLo2yRtTm7F0x1Yf+C0aJvuD6rJeexGJfnQqxr95BYl+tgbxdkHZC+jpI10G6KVtc97qs'
    '74cObac2h7R3LOH7nwHfblvkpbcvKtW74+UxpiqeCadAPIhvne99W0O+/SX4Rz9yt88z0/H/lxI6YQx4Wb8FXtnjkOcwUv5PF3vp'
    'maO+niN+m39J8bd6IouQ5ZqYfELmV9Ehtmc1xWNSFnKOsMdjlC7PxkAX07W8HtLnHXjTJn2KMl86Wq1W+H5HR4Sbn6IwPdMqQzzQ'
    'J9S2peOMhjgS7rj023YDmqLHQld4e4juJfZPZQeusmPCOKlVGtxN4xBxe8TdGnqD+htsrPJ8MfEzRBWnTzU3XEc8yO8X9RezUahj'
    'aRweQffYBhbWg25/2PgmC04wPqLpOb+drfX1Qh/f455Kj9ZHWuy1tOeqAuBuMmC+cHepdMORKluMID1i7juS+p5cobDTmQ6wT+dp'
    'KcjmVH64doXoMQ9p3veE2FZwGxbus6/gC67C89/m6ovPZJ5V/l1HNHr9Y4r5KucaqXxLqGyM6xjsYVy0xRZ4jdvLjGhsjnpDbJGW'
    'kLvbdWzNuy3uVdx3Jz1vVX4QVTHd6PxdK4J9KA5Z9jFszfEONDcPw99yxEHUb5xrXyhcYHy7+RqbKVM/ChwXo91Nq7D33TnK1pna'
    'Z9n4BdDhkiZh5sfDdA6bDWnHoxQ4cZdQ+7MMuut3C3UcVhv80DJNz54wnz9vyHo6mS74v5Wtk8pHsI7+C4Lbbs2ZwOMB4nwvgL1B'
    '+zZXcxaa4MVBC9yp8u+MMf9QR3EJ69t8Ye6jtk/YxRPHMdK+LBC+n1wd7RDV//RnMh5+ccHBlIeOsSypvOhYxpPjOIfWwc8ezs+j'
    'MLSQzdNhpIwpT3cnw9GqM3RXAA1/eACOoX1bJIpjRvdraGV6r24W9v5cVfN0BLzbkF/jb0Q8Z/m4FjNZj4n8Isd4ABvIvATdIdAv'
    'yiqDs8+UphvXnBVB/TCtu0+xFkdq4KVf0Y8WSKsU/HK+PwagrXah9lVkgrtpv4ZJe2H95WNcwsZwlPB9fUelfdrKRJvR/i+Fd0P5'
    'l19x2C8mcjg6p3sUuK9F+DEIaxge1dlbq+6YQfbWy9g6HQPtnSnsbHdt9oMOlqLSndwHRJR4ETo53UbAVVF5H9Od10Fh5Fh496l8'
    'uXc40pkdIX2pEsX+7G3pTH63OUz4/gAGhdo/iAkeN/FztZzRsYexsa/QnFG2clO6T48rMz0YdGdanvL67kJDcH5mmK/QwQh4wfSu'
    'uhLgb5HBeRzmT8IEblVnmCkeCDsbKVyugndfIvlU93BTWiSOsdN5Xw3z7jpuExoz7M7TSuhWW147n+/jGS+/g/HyVbE8OD6g3znd'
    'ezboLbnsuyht0zXrZPwCHY+R3qFM6MU1pB1d3AZVvLgRYRbPuIbIg/siyINnEg3LY4XGfVcyPT84jTGgkQP/LuPp0UWRQ/UGnCsm'
    'YzWleYN8jVF4/GrGw8NR7g+6uDF8LU1joKniLNE+/0W+z5dN43VwvWv0Rlz7HgX8mtLt/A52an6O56Smh7yD6+qOWIyPyvrKgc+o'
    'H7GRkLsZ1yOhY0T9jSMMZSbdhnAWRh9QXgzXB9xjgZ9t+hTkh5fqu56swQc7RHD8pSHLe0YYb1QVS3GY4ZFxhQ5r2NyfBHrZqniK'
    'OwxlSy73Q1u/l0OED21Db1bBu+PSnm9RxOGcH0/vpk2Mpqk2gE1qq4o6A5QfmdPs+yEFrcNhqceChxTEg69j46xj46xX3LVQ/o0y'
    'njZWxkSff1DDC+LymyYyf82a/T4oiuOwluvuaxsHegnwrHX6Dqa8NJcY1Fw+S+mUwXy5L2rOBtuzJyzPiOO91yY2hs09vFsDfzco'
    '5pHui06F/NeU5h21kO+4nA083nkP20NzGM9rKuMBtzEcE9ReyvCs08VGRx0ZqeP1DwY417VvKHOvIjzb0RB+nepeGBa3YnAa4Tfb'
    'ueI4aR5b2x2atR1k+aLofO0gZ7TrXWhEcz/pUeg3muAHU7qF82VShC+zOSJfBunc+4Qfh7kC+vjc0b69XQ05gymeWS58P1GLNLA7'
    'wuR1JnzIPjanYxqeVQuBsRtAZor3M9rGfZDKMdH7jq1dRjbELgP97Fxc5rlwsZ/levl87ZsVa19nsPb83tRapnnV7Yc02Q93RdwP'
    'OnuqRqG3w6Jz+crF0XzqRvYbNrsenEbYtU5PNiyDXK8nU55sBX0QqHxAcJioCYAJlQ+ISsKfL/gfnfBpCflvF1uuD6Y8vQMXmOf+'
    'ZPkYagLGzvf8AlFs1473Duo34P3gL2Sos/g+3srsGrDNF7eD/sZlpf3Z925IO/U6/uemPN99vP+0L7QeG5xVx/ZsJYEdxJVC2Pvo'
    'qlHYGsj6+i/w7+wu+FWVz8XGUWWD/ld99nXo5q9mwj9bbPtG94W0x37EYV+Ua22p7URUfNJgCVN1Ch5NwX9dj5d+ZEsxvyU5qyKc'
    'VXvDzxvts9fsrFpA7lAUTmQ6DHjt45C+yHw1PQppH6SXdZr5b5FwuTUibYX8xguv8tJzt0K6Bc6FW0pjInzyarCb36XO20byXr0l'
    'OC/V9/vFruA+RKHfgvzkrMxn+kuHeVT5qkprznFXX1XUf3niR05Px5TLV1WVsPdVhbEr6Nn3AeB3uOxVToNV9XvpzTd6dZ9Cvi28'
    '1kt7b/K+nUi+VcK+uvEmPx4g/3blh/0YXHjHfBuciavv8dJn9/l+7DDPj+Hb+AegnveU+vTn9VyyrfQ+y+vBPJyWjGvvY0zEgv+0'
    'u8B33sXFujuVRHcniBapB1pkpeOe+Gmfl9YBPfzqDujvZebnwVtjpq9wX21zpK/4HZ77PVlIvt0Nfk++8ahP9yBcSF9pMv0w+CXe'
    '9P1SPHov+Dv/8DfiOy82EdhBmPlexuPx4fyo7qV8nDUB44wSP3iTwz0B9S/mAs5LEfznQtffnfFwNB+3TBeB3+f/3m8/Lln3noxn'
    'y0v9XGVD5vr4gLnuMIApGrMkaDxNRM6ggj9K29wE/fh/j6j9abvGLIkDBlx981EYaMqv0/cseIfU33QN23tRaJBy1au6Y692wPHH'
    'W65VEpMkOCZJahbFJKH76ZS0DJeT7KfXcty2x/IvNqW8OeyF+cs68HSm3md9Jn6f9V1lFD4EPM2WtLUtzkd/HTQeCvof1cVDqYBy'
    'aVEaNwPldDcL37cZtT2g8U9U+oWYZ4jkySl0iZrgfaMo9U8VFuv9kgC9uqDYzGGy+tOJno2tTQzybJCeXOxYj6teCPUtoLKrHRJq'
    '/00jjIe0AO7ptniI0tec5q0hsNRLbCNou66xO98uPN+RqvNhhQO9tR/o7maIF/Py5+3KN33RzT5puy0/7EHf16fLvKEvgUoH/PTw'
    'MjdZ01z4qxWlMZzSITjLNm7x71J2fbyG0Soz+/yM9zA+NDGusRjDgjHGHKtRJa9Y+l4v/cN54MP2Fi99310ebA3TO/ydxXn/4+1w'
    'LkPeXoLrsN75IHO4gvIZ7vTLY9zWQz53WftbyDfe3lnk2xLg5f5um39m8W8Nl/u+RfDb326DeFr93rcTyLeD7NtKKsM8r3h8yxTf'
    'cHyLFe0t6S+NM3iQfaNxBr8DMp3XbS3lg70E3/7njuj8uij7e5aJPDNMbtnstsfTkWSiNmvHfexT3nsb470neD0Er3vL1h77mht8'
    'jnLXHcv3/uPJGf+aPuO5DCUH8rC7h0rPo3dtKf5Gz6PTbij+Rs+j34MMMqvQX8Nvb3lXNLlMch4pziNRxvNIJOdRch7Fex59O//i'
    'm8l59Jo+j7LszvlnOYjxdoP6fNpM8q7sKy7D855M8n4a8vzhHnXe1STvHYOgU3i1Ou/SgP7yM7MtoL88b4Oiv1fuVed1lWUn52Zy'
    'bia4cmafmzqeboWCp/tfqRjjeBsdIWmRPPR5nO7/rjhhIom7biDDBtGPGzmUip3e4bqaAvTjOh4tvSv/8ik/TxTererej/JrqXvH'
    '2x172Nefi3JHT+DTCD67nM+gdDpW+HSiEdKzljjMxKDKoni6rGhDlFedJtxsSeo1dKOtjP+PoJ/wwactbWAILiknrZPQOFP5dJWV'
    'xtHZTTR3RrebKOio7yquF21opJ0MPW9V5yjlK3A5ML3DczlwxYeg3L5SvvtDwKPYu6+U7075DZzv/gmwG7/w7tIzfc2lXtp4efQz'
    'XbceLZ2+frvL2aOzIQrye/GomF62zkjf8VjAS0VpLGC65jzWMF1zHmuYrvnmXi+97qrSNT8iV/wt8c0xs+ydjxV+zA3qm4PCK8KN'
    'hBG+n8vhdyPMPs5lLyZ8qtmpR1ZBzizk3et8QGwi3x5kOO115NsPLvTS8/tK7dC+fg3QBdt9nV6uH/b0h3w/lWjHgDz2c+H8Ont7'
    'Ke+etls4tzuLx9agkAlgniAfMgkejoyHj46Ah0PLxsWbn5vw5mc9b15Hp7qciVwvv0OBX2uYPjy3FblehNucDJM8GNtwiNWzQ+jt'
    'UjDeyBWKtnh/LhJmfpJ7Wbk3Ct/mBb+Z+PReL/T2OGtIf6n/XxqXpEOUx2ZGFatR5f+Qx4XuFurzQ94VVhA6DOnEctrM1otiuzy0'
    'qdLZAlKfHSr4Xh7Tnqsow55rAxydAjzeAOW5HWIUvxTHO9JYNULtcxrh/DxhFteUxxPtIntupzCLKSDLrYW7riruyICw8/9NfdC6'
    'xFtCuozu012i2Nc1+gU6Uehps3LBKuVjuNgVqfq2jfy7BWRLL+xX570iggxalp2nkCXZwDzavL36Rd9mY6XiWxT5WhbquegHpbyT'
    'ix7z/UZw3sml3/fHpvO7K/3LHibc7MHo+Ap89YfV9t5Bd+4qAj9vcoQfE/9NQfm4bV6Q/25dDCRbv9ou8Hpq/se5wi2GznQaE55L'
    'pmsXxefMryqi+xVGv+6qmLWqWKzjwj72MI0ZpooRwH3m87j1NG6dacyc+cKPQapqx7a+oFhsuljaccRimiN8//0ucK6SJch32yt8'
    'v/WqtVfFk+Tx0kxiGA0IdayLXpaaxrY2jT+x27Bvqj4OsfkwhWfuh3+7MIsDEAYL/Yr9UNj/+c39Zs395zrNflXNw2jAfjONr8Tj'
    'AfZarJUqtrUK9/B8OwP6jbbycp7+Puv5V4g73lqUuBW6GFMm+DXnMLc7I8IgxzGIW87Pz+2VIv6YiHwPDRrOaVgcdhVeG1CMTcc7'
    'MIl/FhbvxyZmtSr2qJz3/8oj8vMd6aXdmn7tFvo43Cbj7hf6eDaqdvpD7pRhNInpXuZx2eT8/V3Ga9dl/nZZ4MPdlrARV1zLcTE5'
    'MXeCxjaqgQc8v07Pr8HdEXGHLqaODRxxuulaln9PwDmji2MSNn6XWD80jkk5YodWxkCvTkYsZIyV+FD+5asimj/hBou7Go+FPazg'
    'fQX56U0Z9AvjMR6h2VP8LNPF4LGNg3Ud3ENtaHHX2MU5xz6epekj7ceAKI5pUCGKY3XPgztVHPHmeewD9Jt6xCTyJVSxM23grZHw'
    '41QxG6mfK3ru83abLNpVyWJl+S+lPN9XtvsZ5RvzyDfK628j+TtY/mbC09yg6WM9GWczKWvKK99jyQvfLdRx58YC8EyLJY9qg7Dz'
    'Pd/K4KZVqP1aUpn6YiJTpzEfKQ+rK+XRAKZzuSvkjrhHc5fvVuw9uvZReRwq/v1KBa+I09a9Gto4R+4/cd8zo8QvjUpn0Dsdh+/d'
    'wi5+qYSfT4vi+KSqNd+uoClof67VwFi3Bb1tEi9vxPI+Vc57hsvZFIbDJP/+7DLVr+KzDWv2TBg/a7sGV0S9e11nePcKkhnVEZnR'
    'WdNEZrTTYS05/c/xI5ZzlRfdmc/wESbLaFXoZZjes3KWuh+qO26YnAD34KoIfPRVGj56HPxzHU/IlH/cqzh7Te97/RrcuEuzt3/N'
    '9KV2hMDigGNfCnz2TCmPcJS1O6yYC1V+l37khDousYrnruNXRqEhdLSKLU8WefKmvH3Ts2+Urdft+fW6yoLXknPcF+Wm04Lgf7cG'
    '3nsVvOzJlAcck3GX4++MSDOYwEhOQeNGWbecggdu0yc5Zz/KHxo3hqz3qNDHry/XeBaADJ3e+9KM/zQkzPmLqF+4AO6CKp5pn2b8'
    'Q4r+UX6o7Z2mN2D+4qJ5eD651lfmJ/CPjjzLSkeeZTvRFTSliSgt5EpLcZ6tDV+qmpTR6YSo7tM7GY+R05xDZF6uBj6OTuZF8eyw'
    'RheZr+/ZRF/DpU70cbxokmhvtHNcFCKz2GmBc4c1OqFDMfLHkSd5A8FHCLM6XmadQgd+nNBUUXipOp7m9pSHE6czT7Pegs/RH3Lf'
    'UMHDdgI7tnGC4+BVNjrwKpsUvMr/zP/9XLH/bPCi6qwJ4lHS/CvZ2dzGxtkcsW/0XG0h9+mo91bZ1yUK/vFk3Wcp79mUTzsecPdR'
    'zf3cGOd+Hpn76cgPjvNOhXNWLv5wmG62yz2Fn+scVnoM56dS+HFDaN9qI/RtO+tjD/ltc87iHNUxHjmXO6PN01EGdw8VzyKn0Hfg'
    'Ni2U5zvEdDK6RTSbXTxf4rJT4vxl0zmX81ZsO5x+TT+CPOWIa4hr2sPW5kphbr+dnuUG3IWJvVpEeQItebkNojxXn4PfGYKHkj2U'
    '7KFkD5ntITz/kM/2q5R/ZiH/jvr1Xmh5Vq60yI823kdYyhtVOhKm5WWbhzuM6xjLcXH/3gnuSXBPcn6Xnt+Vyfmd7KFkD1md36jL'
    'wn1ymPI/mxSyFHp2I89zI+N51jCeJ78TV4tS//Xnx2jz1S/C7QEpb2JejPqJ1KejSnbQTGRoJnp5Or4E8nzkt8H8i50pNz/hrRHn'
    'E+NlNmhkUzmdfJ/xhV34wU3AL21lvB0THcow2+bCGqZ8fIa0brl8uL0W8B85WZpdjpqswRlkKwOPA/73OMD/QEzw/9aY4P8skG1Q'
    'vTDO+80xvuQwS9Emch2x3Rqz0P8LspflNjEDws5W09Zedkije0B1ReL0q1pP9HX/SsRrBx021kGFjN6Fx3+8Ru6Ss9QZ43x8mzu/'
    'i/+oDUTutl0E+3kLgttucrYdbTFGne7noKH9QJivLpVPoxvz/+gU4XbUpvY0IyR18SPUr+HZDCnkPQX9mHwFnzSY452i1I9fUBkb'
    'uOd+WXYq5O9hazM/ZthT+XuvIPodaVEak+8YJjPjeL1PIWsr955cRXS24oZPar+pOm+4TLFPozs5qOHhyXcfy//9rUbHbESjg7lT'
    'sQds4BFpmiYG8yOafnA7wOmMt6pCYBn1/OLcSxIGjxN6Xz4m/gNM8VOcc1UTQmtkFffvwyz53JVbvfRT54H/vK3BsR1kf/5R+DaO'
    'rn7+dkLsi2/1+PoC/Fvqep9/X8O+ifP831TPT757Z09x3XWkPH7D8u/s0esLqHxBq2KK0DlsAlkDtlcH/se/Dv7Iqy8p9Wt4Noxp'
    'Q1+pX0P8dtW14edCLeknpVXfDPcCV7jAM4bCxSu3+vBCcSZto1boYxlRPIdjfftl/lzxddPNo06nOA5anvr7rCC0fBOMrVqE+4CU'
    'ZU9X3OsoDjL1q0F1ojhN3sPOChN9swER3R+Zyg6T+6b9SMbHv6Z6cDr/aqa4n5/xfRo7Gs7XGyF97bPQXVPpw5rafWwP0QfV9fUN'
    'GU+eKt9tyBa3d2rWS9+xyG9PRn2i6TpW5nQo805S5jSDejexPCdCnltJnnXZ4rzIgz4D8t62yEtvX+TvoYaMHt5HAnTmXXzpcD0t'
    '2f7P014cN/muk41xLfR77yJ/j4SNyWR9VDqYfF1M2qJ9Nsl7DqzP+qw39gfTvl9oG/i3oc+GRbAdN+KPfWlPH1tl/zCk2Pem+ufj'
    'Itin2mDat4PAMi+E1K/aty+w9x9bXNz3fmjvgrTHr+Y0fhDe53eBf4f0JVHsm2UDGctuh7UaC8FRfO8sTnu0qIvfKFNbfdlOlrQT'
    'Njc9Fvq4rzBc+7OUf8+0wUUq/ufzIOMxnQte756QOflyqvTOrbJHtvXPgfX/farUp9e4CPZPZRJn4X0G9Q5b8saRR3Y4W6ucRmc7'
    'Ci1UsCFL+fZeIwp+ic4PGr2vbiF1cBi6XgT7oMU1OjVVyrt/kcA/LdtnMJcSZxX4ESmfL6FbIx5zA+F+oUHZfg0urk35spluQ/z9'
    'Pwp5jmoeKe/kl8I/aybrzG8CPZl2i7Md6akN2ei0gmz/YaLbP6zhn+E59fckb9C8yrz3Cj/O1v47Ic7WecUxvo6/C/Y/ybv0vcV5'
    '59/ipe+DvO8i8nfTs5nH2NHdV4YVeThs0Rg7Ovr8CnJ/PexuL/2HfRCv4CI/xk6VZg+fS+7Gl2+BOKR7/Rg7uhhrp5Fvv4FYlG+8'
    'sTjGTiHeaW9xTLQ15JvMT9tbIUpjs+G6LSXf+DotIt8uua24znnkW9t7ir810n7uK/6milWXtpSzBcUUVcUz1dVD+QUpwot35Re0'
    'QZ0p4O80wHjQ7rOJ2CwW+EIKnoZOTydKv2zxfbnWwVae2UbmROZPM73oqZoz1Tk30+esZgrmLIgem+nzWVXm+Uxgz22uTO4dM30+'
    'szHNp8r2cabOSX3Mc1IuXtJMn+eKSZ7nBC7j5znO9DltiWlOp7O8a6avUUOZ1mgy5RvJPpn+stZkn0yu7G2mz3dlTPMdxIdNaDw9'
    'Dze5y5Zf1pXMsbuML9m7s5ceqivD3MSpMzHT53dBzPP7WtLFTPZWefWEZvr81pZpfm30o2b6HDZOwRzGoe+awG559PESOtldjy3h'
    'A4TPXSLjNtfvS/ZivPqgyT129vKM46IF49Y/T2S1k2PDkdDhrz27r4SWmNw1n+nz3RTTfM8229VkH02NHUuic1lqK5LMSamNTDIn'
    'pbZByZyU2kTN9DnJxDQns2Eu4oIPaheXzEmpPWAyJ6V2kMmclNp/JnNSaveazEmpvW8iAwq3nU/mKNxnQCKr0PshmE107nIyN7I/'
    'cz4D/h4ftBunSSx1F1+D0qf6CZq+8Ti0mw/YtaPys3n7AS9d9mip38n3wbc1T5T6nfzkpyHdr/c9rfObSG3n1zPdKqrnxnXowuQY'
    'faLY7iPMb7BOR88mZiyV71F9sQLvM+X5isEYHlR3jOsT7ok4Thon5MV83h8Ktc93roui8nerszVTxVQ5ko1jnJWLoq9Ix8jn9l7h'
    '+0LT6UJx3c1e1sceTd23C9+3na7uyRqnrP8wERznmMfCpjF8TXSWMC6Ezk9aXLJE2c5q4cUV0ulZRpnDOOyM+Pyr8FpNyhuPS6zf'
    'MQ0OGTTEVdS/8HoGBztYPvQ100jGaoLb5Bhl/I3DHXFh2Nz3sLZUftWbhe/D5xhR7O9XF/NR5f8Y56PgZxbOf9sYKrs0+r97RLD9'
    '5oDFXKBPp1FSDz8raPwVE3tGCgvoS3lujH09Q3h+uU1hZMxRJzXMp54c42IN7s+JYh/2Oc33IQVshrXLfUub0jzXCbd4CSpbv7EQ'
    'XWld7DY8v+do9tOgUMdK6NXgdYmLFrG6tgu1PeiQMLfHHdW0t0hxLuaEvS3MgNDHl9fh/6fS3h6guBj9CF6rWZ8b2HmLMWeD4k6M'
    'iWi+JnW4kJ4NrYrxm+5nnKO1BK+MRVgLrG/xJMOS6vw5J+3FhaC0+wibq7DzFMvqYgXo7ABNY0nwWDlH5iuuS9nTJZKOXsHuiTzG'
    'iAlc07OWxuvrt1wjWg/HsRin+g2svxgXZIkotUV3gUO6zqa2XpRuKte+1s0NxuJsAZirgjVVwX3fJNLZYXtvXoxnEJ2POoCTNQxO'
    '6hnNNq6gI+n33cLe1wofsytubYFzxSYGnYpPtETBZ5qbf3GO4x0G5+RldncdCNAfjRK3LqepR5W3PwDe6LrewNa/TwODfTBfzwA8'
    'uszXdsd7c5AN6XTZw+VcX9t6qN8XuWbb8n+XTYN9TNdx0LB9Fe2wWBTH76kFHEF94brQKbq7NaW5OH5tCrnv1MFZKPt1sVDbx/UK'
    'e1vqAYcyvSFwzP0Fudp2u/KNuy3nQ877S4RH2W3Iewnr37BmrnMaHIl05+NSdzaAryDTn1vQt5R/qVtHFd/FlZcTVqZXsU5y3O8g'
    'PLipGHdU/lAYjGFcMLp3D4bwLYN4OTb7ak/IWIeEeYxfkzUeVvBkTO/XHPc1C9+v+WYN7ht3wF+jmnnUnSG2OOxgBBx20GC+JN98'
    'rYa2H7LYJ8Oau7/JuXEwAJeZrvvzwvPL78pHNRnjdaLUR4gLTqAxPE3xnMuadFuOH9dCzuc7hR9HK8o+Lxfs9DHYGdLgQhdY2gx8'
    'dFsfh7Zj1cGO6RyU+6wJirFYA3f5BSRPlfBjZ4xDijyoHlEaHxJ9WwySvLTdVsIXp3orx0G6ivGBkfdLdUHSTMemlvEeMjCGtpD7'
    '+gZRHLsZ20gbtIEx64N0qB4VarvkMQVNS2GgW3Meha2vyZmi0i2Yy76vEsFxh3V+k+Q6dxG5sw53DsY0nm7Ffra5a3P+aS7CuLn8'
    'QqX7YXr/Vp3/3ULvV8rWF5WtTgXFwThvD6d93s5ABDzHY5APkr6a1jXsMJ4+oY7dbULzjVqO1+Q+yOkAUz6czbnNaR0TWnJ9fp1/'
    '7cCP4zI7U10+1EloVPCNOQ7HNUgJfUxmU71HlNMdpaDVVfTnkOEe5rqaQWVwHFuJTIHTA4MGdL0p7hqN2M8O0BlRzdcODW/jekt6'
    'yqVfXM5oAwcoj6sQfswCGhedxyZBGXOjATzwOHwNwo/fNqK4t9K8uvjaYWNSxf0u6JTkP97isK8boP155FsznPlYD+bvYPkxH9Je'
    'qj7Wk3FWM70q07tJE/RjvubsPCjcfMmrZIE2sdw3WMqKWxls1mpoUh3vGuVzrUwm9ZX83xMa/FFO+YdO/kzxme4uNaTAgxSeTOpB'
    'uWTcNO9Zwo/z2hOwj23lQFh/J+hzTtbdIK55oXulQVG/Sg86aP2iyKzGNLqQYba6sp77hB97Ec+F54723i0jd98OUezHa7lCh6pc'
    'eukusRf5HVk15mbFmOsMxkzv+zb9OUlh15GFPx3NiPrptvYglP+wCm1B2u3m0LSPrQ76BTobH8R5qx3GTO/9zVBvPZzPhfKy0IVC'
    'EBZ7ydMEsLeD9EMWu1r4e/FyGH+m0HD6Nf3QufuTh1oUz6Fse4XDw2lfuSduhPenJOs969d7DuE9meKCKnYPwTKHkEQAPPyRwUNF'
    'Ag/TAh4+RHQzp8LWrwloXsQ3J34B7KQf9r4NkW9njXrp6yFedh/R1e4O0Bs38fnfr6H7ziM0y3STFTcBP+XIKdDjofG86V0xSO9o'
    'GZTZL8z8vIX5dzuN+EAM8yl3dohvQPQfKNOTs3Z+0MLaPidbPMebsn57XL7Cv5fgRpjbQIyQPCKdMstXrXhHbUrk3L+V8Kf5+sj0'
    'rKwH1xko00LuQrjmG1gZXscpWT1PWmWjQHnQc0SwDU0uRO99kN07bX0AnpIt/n0C8/mIY9yY1dt1cLzRCP+uBtyB96XPdArxYv7v'
    'lfzfM52la9cMeWT6IqSvQCrzV5G1GYb3ded76WPgf2II3u97t5e+9G6vzEbgyS0gtA+9I8m87+/04aeVyTXwHLtnu5eedkPp/fi3'
    'O7z0XOjDF+9SwwVdf6z3Mux3Z2m9e+Hbzk5/7KZrQXkdc6C9w1GH/TovfSCn9mPwb3/upTV3lfoqqIL5/Z879DZdrydjQD9E6Cdx'
    '+bVeng1idvsrMOE9LYP6Bx7w0qc+Y8drvvT76vVb/4SXfvDp4jNfvut8UL9uvyJ9GnvYSz/+pJdWPwrlvxOM3/i+eQHKP/CNUlii'
    '41btF/nuG0DrFnx0fMNLmx8q7kOtBsdiOx98Fi45++36gHvrU8Arc5GjcDognMhPKILipytLf4TlDpKTVDI51eXf9GHAZt9xeFpM'
    '6uQw6lqnKYyG2UpTP2HzFPc1mz5mnwH/WAe8Nn+T8c5VfFfAD1/00v/3Xbu6qx/00se/5tX9QsazMynMyTPFPnTuhPm4+4Adr7Wb'
    'yZiL+RfhTzo1ex/lJSUWVJQt4V9ck5/wEw1lTTYwdNn3vfRzTwafD/y85LBH994YwNx9T+vPzXX58fylQrZBz0Okh/Y/Dnv5KR+G'
    'm2AOUH52/QH/rJXpSQ8Vn6Xrv+CVOQzoRf6Nt9NEeIDy3bxnfFqgsK/3e+m7Yf42fkF9HrdarsevPuulVzxqV+4OwCHrf1B+f2km'
    '9dYSSG4AuJoPuPpjz7vVWSd8P3PYV5QnUR1ZhLF70x4PRkXfLPqiv34y71Ly7dHveul3vubfFxsU5WT6iKZMU0CZ965Rl9Hp55is'
    '//UH7GisXpi3rCEen8VIPVOCdN3Zzd7THoDQNY9c/1+mPJyGtH/h3IZ7yWZL2uhVB3wg878B2r3tQDGu/Vo+w+lIW4BfwMu/50YL'
    'XTRNcFSd8GNJmOCTO1I+7fbNZXZj/284L5ohfRTOsqvB7+F1+YzDDr4zVPr7Gy3nYgHQv1zfj9IY90EqdR0oHW0ru78O8NxcqH8A'
    '5rtihsnDMuZP1kYe1tVVPnnYhMPTpJCn2ehUVLM9ewyklRNu+oJ4J0H9zkSmqpCplhGGKJ5ZLYr9vdQE6GY3Af3XoMjTTPT4djL9'
    '3hqiX7wzQPe3LiLOPFW4+8w14VvOgXY+ccDu3LgdzsxvwDlxZoS6nvm8fwbJuk4U/nn2ONALP4Kz/erP29WN9yLxtWI/RFXkvvUE'
    '3K8+/2Tx2O57rFjfAvm0Mn37I+q8aUI36eaf+qS+HHXEnrPng1D+SfuB4vswzt9NlvMlxyHTFIxrI9Bbl8M6ryTrLC8xNnVvBtri'
    'GdAtWEj66VrXjx7265Tpyw/r7/b9aU+eEWW+m79bzG/j+/XSA/Y0zjwFn6Ew58/6MGZztuH9XkU3dwHdvCztyTls6TpZxyntduOb'
    'w/qXJfwYm3FVkHHhvpa8kSAZRiW7X9N1Rx+ZyM9ZD3P1wv5iPtECwm9Ffou8x9jM2aJnfHpbx/d9POXp48p8I58p5lmhrMa0vc99'
    'x7/TIJ522Wd7v+Slf4R+/0XKlyvdfcDHzVb88acBh8Ievvz7duU/vb+4T6OkT7/9os87c7mXIlzZ4k3Ew58AuDo35cu6Toa78qVP'
    'lOJUmzZug7W4FM7LOwiPVIUDV6Y8HMvlDgW4+r7jvZ3JI+eQuad3R7o3TdugfCebclS+Kfv0C+HFC4gCDy991h0eqC0U4p0fP+nL'
    'PThfmtNS3GZJvvs80Xkfg3X/naXMR7U+LnD4y6eK9+Hyz6rh706Q5VNavEWo7ed2i2BfVCiLPxJoOBt/Dab6BkMi3Nc5pefDbPl0'
    'saFNykXxhanSRRwVxT6qlwFv2eX85zI8WxpK8udwT5j4hq4A+KF8NsoPW63QBbLxP0HvjW1MtyjMXtrWz4VLO1xGsAbPFVGKS9Yi'
    'fSTUNkamvjIqiG5ekB3PJzL2/JcFcPemeu2o07IS+p0j71bDu6vJu5uE78uQ2/mifdVFotQueAvJP874AGcJ37dEt0YvN8x/g6zn'
    'dTBebDcs/wrSpxOyxWNeSu6eXY1eeiykyyBd21hsQ6u6l6y0XCPkM0exDetW8G4pHB/9tM9/l+28SfHtqz/wfeof0kOHmLTnbvW+'
    'naL4dudVPi8Bv9We5+dpgvHhtzr27RgFXA2SM6iKnWP4Dfn3FIZWi2Ib2NVCbU8elFdnTx62Dq2EHrHBVTa8T7p/N0B/N5F3Z+zw'
    'feHju1/nvHcnkHd4HqwWvg15P2kzCBfReAfU5qnNEv9VkN+UP7xakTcl3Ow4kR6ywcnot3kpm/cmyz1dubVYR9r2/sHxgezTxQ48'
    'eBP52XN73Hj79ZZz2xDT3Mr+us5t9bOlc4vze6ajjKOR4FsVHjs+AI91WOCxIyzwWCvhx4+LUt/UnLfeL4pjeHFfuzhH70i5wSA/'
    'JzvI/GHMt08yOQKPjcT9qtE7xaCIZvPdYK3bNps120C3rSMeHbYgvVPbeIfpEDp5bgjcbWB1huGtVoCnL8DdkMofsyKx6Zwqm05V'
    '3MGtBJ/dwL6dTfCOqZ89rAdp3xqh9jGFedYSemqjgb3cBrATOpr0bbcwix1Hx0Z99ZmUp76wdDi/RbN/lotivw0q+8eovAQTWoLL'
    'oKPwCLifS5PyFZr5WR1A3+rGb8qvSu56yV0vuesld73krpfc9ZK7XnLXS+56yV0vuesld73JuOvxe14VuefViWIfuPPhHnC8Yo9V'
    'wdlmus+p7RjWaSN3xvU82aKMFY3RFz9us2n/p7ni9awgNKDJetjIGf+vhrbswLmY8NfmR5AvA3m/B+22irifFAw+kz2knCgKnatC'
    '3YaasCpqgz7WkX/Xk5lt9E0jmoWgzuEij4jbEDc36zO3W1VdbYyLHe2Y2+lFLvBptuux0ZP2AdT2SZccOw5Ps/NAU5ZzxPcg6rPW'
    'TNjrEMSNlxoEt+uahCedma7kddaYSHZ6ukyo8NC2bWEljJZeAGevy5km+SlBMYR0NMdqzRkXRVft+Ij85eOZbtkRk6hjRu3Qbcpw'
    'O/QwXvbxia5aoquW6Kol8otEfpHILxL5RSK/SOQXifwikV8k8otEfpHIL6axrhrlJ9QT3FrN7rcbAnTWMA4flVN0wr1eR5tyXxdr'
    'FeVPIHm5j4UWggdomXUBbfLYnya0QpbchSitYBofHO3Y6xTlqV0p5r0zZQdbFDZk+ZtI+R6Hvg6Q8jmH8pez/tuWPycVbd9vTIXT'
    'IyekwumRFSkfN+y06P8iUu5ai3KNpE/9otjXD+apSJnFEu1j5X5D8FyPRZ9kLMw5IrptsKzrB6QPgwbldkK5Z0g5U1wryz1mWQ77'
    'uZ+Us4HbvybnjW5v30PqHrGo+89I3SOaum8Wpb6neJ5xyzXAcn2Ks5TXfSWpe7tF3ecr+p1jec5UzC3PcyrJs1uTZ50BTbDSkSZY'
    'TGgZ3u4CxX0SvzWTbz3sG73v6e5LyJ9GuoDHbbS5a3cQGiIFdMpcQkMgPWErV4vKc0U/Y5x2SRPapVroYxpju10heuaNjIdF26oJ'
    'aasxBlnLAqBjVPxD5BM0KuAM+QM0/2MBPGoTHfsWRrtT/xem9fCYKEuEeZwMuk9MY+IOimI/GNSvh5yLd9f4PsBSICNYD+kSSNuJ'
    '7ECmiyFdA+lCSNsgPQdkDKM1fjwd2/EFjYGv8aU1Hp/dtJ045+/kGj9WLY+5vCvGdo6s8eOcmcT17omxbVGmdeTt/J9qfy53sLK7'
    'hN4/Tdg4acy5QhyUat+fGMLy0ZB2QFoN6YmNxXsD98BRBPZlnY9U+3GoVHBgA88fJ3X1Ks5km7reR+ric8rXYZzdx7jPmpsD+tVj'
    '2a+dEeaLw82lin4dNOwXr+sNEcbI61pb7cc5d5n7ILguxCwg9fcK+7hLYWuUhvpt8KrJ/OA+/FlVdBjAup6vct8zvK6vVpWeJyo6'
    'dx2JZWcaM24LlFnDYsRtAZr5E1PQ9jnQ9ruqfN+iSxj+m89og4Uh+PBtVb6vMRfYl3VsJ3UMK+7/9L0Ohi8gdVzL2hkyxHtdin70'
    'WPbjeIv5yGngcrFBP8ZDcFJDlUdPB82HDd2C4/tNpV/vDoaDdwnz2HO83hcV9eZiqPfrlaXzMG5Qjyq+Lr2Dfq7SHlb4Gn28MnyN'
    'XM6LP6/0fC/Tcn3CLJYvh7EwPaW3GYzBhXa7QjG/44Z7AOs4h/Rtc1Ydx1YVH7dLEbOU4u7XxVwv4uX2fOGjRHFM3KD6MP7o60N4'
    'NabnRif0408Vnvw+KGYx8n/iOg9fnMQ2cb6/WuGtY1j8ZTyDeWxb3VgejLle7O+HK/yYQnhur2v0eSQFvbnGYp7JPlKmi933scxR'
    'rMzNFb6uA783LdfwCrKkblnHoKKvJ4a0ezVpF+9hS9m9rDGk3S2kjhWs3SpIjwup41RFPzgP5KgQumgVqaNNU8exIf1YVOHr3dic'
    'D4XzX1H2ZVZ2SHNm/inr8T5pveOO50iB/lfU1yfM4q/z87QgTyH1bWH0sUncc75fn4ypPtynD2b9ucc8p7G86zRny984lMV27876'
    'usmTfX7I9kfIPG7KhuPysDPh8pjqw/k5K+vLHZY0qvGMbi+enPXl9UtCcO5qkjfF8i5meZcq+rROc/fifZpLynLcvjwEP1WQPi4O'
    'Gc/vM/rx8Lz/SfKuCMn7ckC9/Gz4UcYf6zx2R10WMk//TNqZF9KnL2f088L79FmSty2k3vsyfuybQY0+xCiTx92bKbY9oDzXUcM7'
    'jKznPQFtj7K7Sz+UeTspkws4LyheHjFo5wZWpkcxxu0OY7yA1HMtO7OGDOrB/pwWUM+ART2rFOPa5TCuww3mlN9NGw3K/Dvrb4qU'
    'Uc0f1c3AMq+m9WUGNGX+Pe3j9I3Z0nPU9q7y3bSvXzTI6By+n55J+7JeWxiR5R8NKD9gUP6TUN5FvlKg/8lYdWuEvIX3BuQdYHyv'
    'dyjmsJvkoeu3W1Gviq9U0KcieYN4RTJvd7pU90nH81DxIS7QrE3YPhuC8qc7lsd9uiZdqueGfIs/sHU8JiDvOMt7uGZeTPFQXdrH'
    'Q677TdbzO6LHtx7Kn0doZUq3/cIgL9JkLwXk5bTxDw3yYr3PQqzOuPnrsu5/JPpqqj0g8zxA8qj4wAX+X6pUJ+dlti8+QvKoaACZ'
    '5/2pYt0mExiR5W5TjGOcjePGgDwI+6OKPtL7YiF+uaH+HsV9BVtOUvewRjdwK8mjki8V7AhJnl6N/lOXYj34vfqkgDyIT1cr+sz1'
    'm5YF9KeH6FPWBNBgGBeoJoB+knlqFXn6+PlPYMhU70CWe0WU1s1x+89E6VgPsnpeFKUwnDOA4e8K/djGIc8/B+TB9XhC6PcrwtCj'
    'wg6Gse77RSk8cDz/t2T8pjwIWe4DpJwpL1qWu530SXUuNIE9dU0AL6IJxq+rB/H2tQF5ToY83SSP6swoyP8D8pyS9W25Gy15IIXz'
    'X7G2YecF2qrOi5FvjfqUjZZ8D7wbN1rynbk+ZUYE+7UN0mmsEsW+BsJ05Kh9XJboOdL2aP/i1M2TdS1j+oZ1irs71RVarbDdWByS'
    '19a2r1WYxSJqFno/ESofEutEEqco8f2Q+H5IfD8kvh9s8F/i+yHx/ZD4fkh8PyS+HxLfDybwk/h+SHw/CHZHTXw/TD/fD7UONo2J'
    'HV9ix5fY8SV2fIkdX2LHl9jxJXZ8iR1fYseX2PEldnyJHV9ix5fY8SV2fIkdX2LHl9jxJXZ8iR1fYseX2PEldnyJHV9ix5fY8SV2'
    'fIkdX2LHl9jxJXZ8iR1fYseX2PEldnyJHV9ix1duO76UgR2fia2ca+zjBWAzQ/Xn6y14jTRuxBDBOTxuxCj7RnXFx9hdmNsthdlE'
    'mcQKeJaNkZ8pw+wcpvE8uPwLz4KgeB44znWKevoZvqTxPHZYyB0XG+JHbl/XbFiO0yZUBx5txCoTneUp01l2tf+1jY0RZuMaZyx0'
    'tGNNbFQTG9XERjWxUU1sVBMb1cRGNbFRTWxUExvVxEY1sVFNbFQTG9XpZqOKMT6zsKcQt9YAr7Ia2qKxyq+KhIdnN1YuzGmX2z4x'
    'w8LFPCyXNZjdJ6G3BreJSM9RpjwsE14U33N0rWvIGlYAn6IbcJQg51YNuXthPimHeKtBOxLH/hre3yp8/3vXsfN0AGCoAmBopsBJ'
    'xvzJWtFTmnNRrrUZGOlzTjg8TQoYbCD0tQnuQXgaIfCUrHvpuivW/Jaoax7nust3b8n/48KUt57/Svg6yb5+7e3rhAYoXefsJNAA'
    'CS6dHbg0TX5TGipF7kf9ZG/2wjq7wFgqaHumy7MXyvJ4VWdMVtHlUZVPhdDjdYw/VUnklc0En+L9uNaCr4UwIBIYmLYwwPdvluxf'
    'lQ+uBgX/Ecsg3KQCZG0Nhve8sLazIBsUhLfUBvCVIvnx7if2C/Gx59W8fd4Ol6lsssjfAO/mCd+OfTnLR/fdXCKz4mVUfCnb9eJj'
    'OR/Si4g8xfRebnuvrib1yHrngz7JWsKHE5Osb2Ij12mAtueDjP94aH/zQ/ZyWhd9vaj9/N7T9v3MWvYT9XcWRpR53nTAK1Ol0Nfh'
    'cuLnHWR0iCNk/XfAmG6D8VSLmfakFLIGCTHZikOvK3FnlaFJ0ycduQZYObOXZl3WF5Ww9mMQ2jSAblhtvLMY3MW0Rxdg3I3Ap3La'
    'AaUzD7+dHhz2sFD6VLsBaRPwBJAG7r/I+9oEuin4fs3d/vvzE/3i2PSLJf5O5M1TI29GGhPP2B8l+riJPq5mjY9TrDFdHzm2JYTm'
    'kvUczmj1MNoSdVlMaXt6R1LRjIkOcaJDnOgQJzrEiQ5xokOc6BAnOsSJDnGiQ5zoECc6xOXWIQ77zmUlNTNUViLbGrty+shECnRM'
    'X/llHzb9+WnOw78dDjQUpUmrJ/y9gGtaD/kyRB40j8BbQZY/oa6Pf0c6ZqUjDyi5ayd37eSundy1k7t2ctdO7trJXTu5ayd37eSu'
    'ndy1p8JeNwN7OQ4fWVVEZnuhKPZJfzo77+4PyHsOy/s3RJeC5x0Jaedu0s6bIB2CtIflvZ3kxT6MQdrL8t4AcyLfvR7SYZbnOuHH'
    'oeF5RhX9byLt0D6cQ+oI8nOGsv8jmS4rjmFPSHmq164af1jb6wh9cA6D50H2G+vNkfpxb+EanMnKbse7LORdSO6pp5MySP9UMZg5'
    'ndEjhTgL2dKU7q0s6kcL3x8k6jAj/ONewflA/Qa8/1VCyu1CKG8L71iojy7/NhKtro1Q3zL4vUQU+7TVxYHbw+jYnMV+pjToGMOl'
    'h3yPE1wWlBfvMXTOTiVzdSRZ99Og3PWaNucq2swxWr7XoE1uo1NNeERB6yDX6b2EJuJ74ngFPuxncI8wjWPapciLe6Ob7ZGdJO92'
    'hld6yV5H3aEG1jbfgwOkvSbYL3WsnzlWppvoDjWx87iH4bhrGK5Dmv9k0re3KXCVqm9yn83R4JBB1s4Am78xVtdCwmMZIbBVxeZ2'
    'lPGlcI2ojv8a0H/isIXndSoEVhCnUHt9bjtAy0v4nAvwnCKwbQvLcfSpmd0JqJ1p/m1G0pU62hLvAQvZHZ3ztOoZL5e2R3m5G9k+'
    'p7z61pDx6uZQrqX0c28yh3enPBjSrctuGBPWVYtlNXfUDKTZWX17rUhNPDFxF9WV/om01WqPrgh/6OkKKf1bUK7MPz/JWF9x9iK8'
    'jiVrOqvWFPftLYp9WzWL17gCnuBclamJ3xVZVO+dmIo1vkW/xqb2oGH7+qZkzV9Ta477/irFvk/8YaRSYv0hNxWFp104PCE4OfFB'
    'MvlzbkanBqyBdOdRMbvlLJ1MztLBDDmtn9agj7XWcprSp76T76uxZE1n1Zrivm1k+7bGH1BgQyX39pD8Or82QfoLxwnfvop+53K8'
    'NuH7ssA7frUo9hnK+a228u09rA82+8HuSVPSsLxPVnULi+DbpcNNpmwqJLT2K9Bs/iVIZ0kFhwm9ZwATa6IsYPUFYTkSem/y5xxl'
    'Uwj/fQr4zzrgxFm2NhmDW2vgk3bHbUX7ozdZk2m1JrhvmnV0V2dhx+7VnX/1ZG0bHMqF0X3pLnFnGEzVWeQPwheS5pq5sJmJHXen'
    'y+y3PQxsZz6+mH1rkvjaD1+j26Jdva187YfdFYPwXTo5i4vO4nLurbTBtTKhj6bfmlQJ39co318mOnIqHpMs81Oh9o9ts76Z2bXe'
    '2ajrHSZ6iwMessBrQ9i4FtZxh8W+neXrSM/Adsebf/AZ+NFwvpzNHi38zv/jLtWenHGPysliOpOdgp4021xKm42vrCUjDeLZo159'
    'utP/niXijaj4vQl0P69j7b78sJd+0NJHb0JPK3BJNDAMpadVZ/bs4QskdHKyJuVfE4nfrmF4rDehiSaPL/BRs/MyDr5BsVwlnXkt'
    'Pzi33EbAPbKH/VO615I1meo1CdVnCeifUp8lJH+QPkuDKLaVQ12UoDi2oXKhTOH3J1UkezXTW2hwKBc0no+w8XwIytUa6YJJTkNF'
    'Jf6umlWnTHVhmv/8+UKYg/Xwl5/YvTZ37xO+agXpTQYqm49XPH6H9++rQ/U/2wJvipUTrwRf/UN0r9NzCnPTobtq6mLVVrN9IO3I'
    'Hs//bUn7cF6heB96fjrglanyr2BRLCNifiZifULOz2RNpnxNcN/cpdg3cJbkcXkaFiwbqgxRURkwV1XTZo3C8XQ6PSkrZVuHbcul'
    'X23Kqb83KejiOxOYSWDGAmYQ73QnerRTotNZDfOP+/fKZO6nZO45/wfpogpyD2tk97Aaop+OsQpXs3rRp0AXkdvQOipJfq7jLv0s'
    'tJD8NL6lTT2tIffLFlaXvA/ME3Y+IbD+eoZH5oXcvXEew/Lx/lexdcmydTGpzzZeqG1fR6GeNNQ7L9F9mDG6D1zXdxjWPVm/mbd+'
    'VcL3U1xJ9iP3hzaf5aN495h2P199QL5l7e7+lIPk+iqf566yjRoFjkafabcQmK/UfOO4OC18X/a15DflEaE/In5e8LjPyL/NMP4t'
    '92n0gvzO5grzob8j5E39awCPNQPwcXWii6Cmv/Ye2qbAP7Tircq5zoZxU+U6zdXopNA9sArSOe3+N5UOi4k+olxj6sfzPkifO9qv'
    'Z5TQeGha2UP2YxPIgA8Txb780Lcf+vBDn35hcUupv2Xqmw/jQZ4L+6mB0SMmNOhMp19tcZ0pHPTHILufZY+Gb2p31AdueoOqmgDf'
    'nyvs/NmiL0Duh3AF+Yb+BdFH/FLyDf0yYlzfReRbThT7gJyn+IZ1NiraGxOlMeFf0NAKJncRbodPfW1GrYfvnT9T8IeqvQxpvRws'
    'O01USssSXNwijLq1P+7W6sJpsrSUV2jA9DAjvauLM1bb0+iU73xbAhMJTCj4yip+UzfDS0U0t4MschY9oYKLOHQXw+T84of5tflJ'
    'qZyfvg9aX92506Rov4bxyOSZuE0UxwOrInThNlHsv7UDzrwrCK16BbQ1R/j+zTtCzkRV7O0wn9OVZCzbyCVpG2srK4LjfF+hmU+k'
    'Z2s1d9PZfv8MvZuK0hgY+WW9xVze54bDKgn/R3WnMuEPUz/TqvgOclC/JvlMYdcm1lm7CI/PkdPcbYeE77ed862C6kTe2KegffQX'
    'H3YvxvZ4zKKcY/v7yL3dtH2Xdq4TfozEfjaH44Qv4FL3WwHH8dhTLnWdCXBLYxR0E/6FS51rydh3M3jCdKdj3YcLzwc5jTfAYXOM'
    'zI1LG7Z3MjpnfaRPNAbMW9LeXJdjP+OdEmOwHUneYcy7w8i9VMYpLOi77vfPS8x/0wH/Hovv/vhMaVzWRfu99HtPu/G8adzMxrQX'
    'A6Wcc4Ox7daSdxhLkMbRlO9k+jcfLI6jKd81XV4c+/FI8k3GiJTpB+7xY+dhO8svK53nn+ZK57n/otJ5XnN3cb1pQm9g/NB/Snn8'
    'cQl3u9ieGLWAY9v5N+HLtFmcNTsZfhxieClH3mPsqPkxnSW03mVQb1i/xyz7i7EpeKwoijd4mTThzWxOeXEMwsaJPLB2gsfp7+4p'
    'hImgfJT3XKChUl58VXrOdTO6JDdDxvJ94cWvoGN5cYb0/X8Jz/6/HPhhrvDjusl0PaSbIH09xHurRjwL8Z9uW+Slty/y98ci4ceJ'
    'OxPKd4bEi2si+is034mQ71YSV25T1vysa3SYDzruTkhP0oyD90/2S+KGxYTuoDKonAU+y5GzQ0cXUtpmMcw9bfdaghtN2qX4aYid'
    'YbuFOp6eTmdLdXcKikV5rGA2SF1QpYbJZBrj0oZOCYspu0boY8quIOVpjFyaZwnJM6LJU+7Y3ykiH6G8J25HpZpLXk7OZ1g5V//E'
    'HK4E43GZ0p1UJrk90TXQ83PeX/h/O9E1iE/maCgTdrlTrCT4D9+dIkpjlh1DZHQNZM9RGSHGuuxle5K2d5OjflE5xnyBYsznKMZ8'
    'pqL/ZzjMwzpFmfGQMhgDnJah8fFo3iNgLmhefs7NVeTJsTx1ijySplGdX1O5flcr1m+bYv0uJu8eUaz9e9eUrn2qs3Ttj9esPT2z'
    '6P0paO11d66gtad0TdjadxisfYfB2neUYe2rLNeexiTF2HtLmF7VKuAPVZD6MqT8KpaeKvy40OcLPw5gEJ1XRegFHvN0gMwnjxva'
    'Y6FDNSLUsepbGO/dJD5j0HxsJDB9jAPf69QynkmIY/+HvJvb7r37LXk3B969QvTB2tk6t0NdP1PkOaq9OM+LsEcpbRzUZ1nme5Iv'
    'R/CSzXhbLe4ziF92kFS2/w+Ejz7KcMSIgo+muyPJuu4VnuMSlcxkVNFGWN9HAuQunE9EYf4GcqfOkTKmscuH2bh2AC1jysMbMmiL'
    't3Eu7FGK10c0d88xxdjw7nskK4t1bSd4JqhvYWPs17R9BMglTNeUytbC5qpbFMdU5vFqg/BI1hKPmMSWN9mbh3jXkJ4sSvnaayHt'
    'ZGNQ3eNU76R8aZPDXTtIr9i0jgWw5pM95lbhphMbpAc7JhKffRH15AURycR+dzVdGypfsDmD46JBmhnPLeqdJmVZvsKyfGL7EQDT'
    '7Yem1cH2o82IH0Px4gaSusjfW8iZ8HYoj3eebljjK4Rvx5es8+St80JYlyzRodPJSfBMzhIV1CC5VJqciy0hZ54LftigoblHLWjd'
    '/1DQ/s0WOlAmdDet7wX2+9oA3SM5hwcbPP4KvR9x3a9+JhNoV8wLfe9Kf9M2uy1o5FeYzPyzDb7cOOj+MNljGbO4G+FYbs2P5TTF'
    'vcnEnsxUH6Kb8WEGNHoDk32vOqPB34M3sLYHFDw9mm9MofNAdUy47kZ3DGMJm++cgpdQ0HMg4/w9G58JzAxq9ifXlXAdM53XKPvy'
    'm3kE+yZ4dxqTZ58K8ux3LCqdSy6zl+VPAbn4uqyZ3B7zYtqs0IPlfZB51xB9BNP+roVvezX9pX1aT97LObq93rtzq/gFg2zfdTN4'
    'Glfw0yk86OT7fG/0G6wtnh+X1Xt33nLBbpww+++QvkTwaUFWUO/dyaOex7T/Oc0aDAhzW+AhzZnE+eW/rfN0AKj+H1/jXyt4oDo+'
    'ou351h+Cc9E28pt1/jxPV3wc1P+/riumlUz2iK3uy2SfsdfUefIg0zNVBY8vh/CoRzUyuz7ow1l1Xv/j3H82dHDQ3lpS591Jws6Y'
    'TkM9NcxL2zyN6LrRM+cUdkZsYLphb2Tf18MZ8mr+knv0JNAAvRrcnWM8629Pcn+GNfsY+7N/ivvD5+eOfH/OEuH0hQlsdVnQRZ0E'
    'rkzrR1jrikgPdRrSVXJ+ump92Vr3FMAx4v/Fk9SP4ZB+/LHGkzdRuH1gcbEuHtel7Gf5xjR47/ek3oJct6b4Lm0qg3e5L+8k8xHl'
    'XN+poIPlWB6s8c+ZnMUZ3WNBF+cUtJuKDuS0xZ/V+HT/gOE8qNaR20SZrNkOi3Eh3bCtxqc5pyvNXNCbrfFx/VTTxgX5TI0np5b5'
    'D2/00qWQroH0sEb19/WQVkG6DNKzIF0L6QqWf26j1/Yvqkv3uwuMucrov1ldHr6aKf5+sMzth53zfz5F7eP4h6o926bJvmfQPnH+'
    '5puqPVm6zHMs2wcLIV0A6ToG712QLoL0KEhPh3Qx2z9nwT5YWe3jrunMF0yT9bI5e3l9nF/UH8A/CmpD9ulfqjxPJC76RXHfxx+r'
    '8nSvbc/zMcX+5HyroHbvrfLvzFNxX5V9uLHK0z8M41/a3C0ni54/p8qjXwvyPrbnD2d7ey6k8xzPvDUBbS3WtLXAsa35pC0X3ETL'
    'LYH0JPZ9FbT1h0of9ifrjl/Y/5PcLvJov1zp4x0bfUYVLjQtq7tH3FtZvP/LQW8fDOFL3Vjp2dxxXVFbnVhT2uEqMv9TLRPdWOn7'
    'l3ChRXVyhoLtd4x18343Vnq/pyPOlv37PxWevgbFUylI3wTpZkjTjjjy2QofbrsnAW88RNrbztarW0Mn5RzwC8LPPRU+boiTZrOh'
    '0cZIH6aCzyH7cGFF+XFkT8jar63wfdsMMT7BCxodh5aUl2ZSalnFERW+/yAXvGuKKzJk/qLg2xsi3D/+LVs6Vpc+hJ1lz2Q9nGuD'
    'd0zppIdI3Wcw2msFoy3Psaz7r7K+zUFctFAYHB3E8z/r265E4QHLuvpjWueeENrxvDK3g/v+xOzU2YLMI+tyPWv7ExreO/bpY4uZ'
    '7xdSVxBeMuHj/2fG8204lfouYffCpzM+fHRp/GBsZPW+yaGd/Rnf3qiH4b6DhjjrIxmPbzVZfBDZ5s0ZTye6HPyOgq1Xxoc37o/I'
    'VMaPdV1I5meyZBKvI21Ohq5kQb+ZwNJIAM0WBEvVZF1HNWuVs+DX83n5Zdqvf33IftrksJ9+mPbkolOJW2Q//jHtwS+9l6CsxIa3'
    'LOv6WNr3IXv5syAHf6bYBvapp7x05DPgU+CAlz76nFfH+9N6PJMzlJncmvZ9nLnYc+rOyJ1pX4ZcTh6GbOt80hYf/64Y9N/pfK1L'
    'R7clPTrt8d2DdFDDYP0kC/0Lkz02kfLh0VXu8YuU7xshDB45vPwkFc2umM/x11MeHzEOmYoKLsY17T5AxhH1/ibr+0tFfa53pIL+'
    'L1kjvof3CLW/DLyb7iJlbWBflumDsrY8eVnm0oCyQTz2gvwv5ftE7A3hCyEvciMpY2KzIsscn/J9SpjgrgGdrXfKzffAEKunLuX7'
    'wwiiQZvAIKkuZI5wnP8twvPimv8MbLPi1m2UdX8X+iG//2IL2ETnfP+pMn0VfJo+Q/J+50IvzVzp+0mV6ZF9Xt4vBeTl9T6syHva'
    'Deq8f6/I23+Hug/3BuTl9b6P5H0VfMR+WjMP7wrIy/3L3kjySgQg08aLSss2AQ7gee+8Sp03p8h7xtvVed9K8uYg791D6rFtIXlv'
    '2gXn0hb12DYr8uK68bwnK/LiWvC8q0nezge9dP/jAMNAuy171I8NhHn/9gmI2bNf7T+5jeQNowkbSF5OV7ZBvfOeUft6MLXjN4n9'
    'k9g8M1vYj0ax428ztuMPW5vEV2B47Af3dYrmKzBjaUNMfY3chHt+wg4e0I+4gHzpEDvntEMfdf42VbEpFlr0HcdtA/uHO7TxiGUb'
    'pj4vwnwjx10e1w598Eja7CKG59cKtZ+eDgIvGCeyXvjxUTGeq8yHMWU3sTo2ieIYjfWiNB4slqfllgs7PyWSN39ETH01bZP6CsiS'
    'ckVxjvLn+ceeD16fajL3cj2OgnVaSNrjer80HRH2MSnQN0ar8P3OUZ+K1BfvbkUa5ItXFeMGx4a+4hat9f1D0rioGBuCxk3aSvJU'
    'TxTnkTGMC3c+4fsgPB/SizRwvVrY+dDW+Y5oYPAg+4+8wi2K1AafzCN1Lc6Wpi64ydWPDschLZb1tZA0DXAwAvM3IGzioGdSqews'
    'p0VWcurBjmasD86QFpZPpr6r4vE7/Dh9Ep7eLYL9r/CzdDhgD3FYHQXYMKmb7oFMAN1BaabV5HwRhv2qAPxiS2O5xvOKA2dF9R9n'
    '6o+e3iO5f9SMsPO3lA2gTVtEsf9zjqMqNTjqMJKf1+fq4+8YSCsn7PCga8xrrDdKzGtathvWqRLohOL7YPo1/VDcx+MBKtDoXuHw'
    'BN21MmWG4wJP6D1eWrHXwwPVGtzXpNh3TfC9lu2JlYymNrnzlnOMn943+8eI/Ma7D0zNGCsmYYzIF/3jF6bHmCdjXbPA3/3209Nr'
    'jEhTUDnkHlHsp57HSqSyIe473dUvZxXrn45mUPGWgmgZvBOb0j5yTG8Wnp8FLJMVwTF6KW9gFdy3OQ1hSvOmp0E7QbRqFL+bbdBO'
    'msynjqfSYnmmHhbA/6xVwLcrnNK4yyLhvSvvu0dtFXeC+lM7TJOFv9ACqyyU1uK8jAxZE+QXpskdshrg7HSQR84HmvkGzb0niOeV'
    'xNo2jbV9i1Gs7bRBrO020H+gZ+2Vyb4rWoO9V4soTyAficskFhA9mKwlDwP5vrtEaUyngmwnVZpnmOVpTfn8DrSRyRGdGf4N9V6y'
    'pG5arpno6v5B6POgXfV/idI2roFv/5d8G2B9e1nx7ZDNrKLOcfj2A9Kn7UwfCefkWVK+m40pT3aKrya4K8FdCe4qkfMFychrNXRF'
    'LaMrxHn5tf0b799dnfl/d4bzhdLIc1TU3xxD/RWKO9W1RPbYAHgJ/d1nE1jMwFSdrwChuNRHukzoW3m+fkyhpyGEeYwvjB+2iLxb'
    'DLLVBeTdF/BMJe82tJfqoSGPHG3J0D7tFEeZZAKPMwceWy3X9RrGj+hN1pSvaddUr2nU+FCq8+UawAP1Dus+nR4L8VLGjtacyEha'
    'Uy+H0j8TDk9TwLpPBd8O66h0qDuozjSps5mcJ9WM1yP//YIcdwCfvILVtQ3O1QYL/QTKP6djojwnembKdq4IGKMgun3yY6XlWSvr'
    'fCfhX1WSseF8YX3bhR9v/Vihion02pYn497Kz9Fv9be/6PJkuk5XMB0XGx0HlW6bvZ6WPLlmr6IWHGjNDuewsc54iR4WLEyXyYEN'
    '+OJMYm+8zVIGeQXU8bq0b4dH68gY6B0em/buE4gzVLah1wkzH0Sqsr2iWE+0Lu3b6pdDV1alJ/uLlLme7Esprx8JjaukcbMiwtMV'
    'cbvZ0rdyPYdTfvzz1YrUpc63gk22yZndpKlD2r+uI3Wo9s4OYR8/ul8U+yroCKEPuWy9XZjb3vewvT035el3q+YQ96Pqm043wLYe'
    'jGs+DvyQEY1+QH0i6w3inZfzHmu1/q2wpjeDPRHKc6uIHguP8T4ifFu6+Zp9NS70vkKDYL/gw1b4vpm5rxx+ju3R7KmweFi87rA+'
    'HSt8/z3dQu0LbISducOiNP57YQ+TueV4KKfQI+oVpT5wXHiHFDfqdJ5qFPwJUx7qrZDWk35yvRi0108pxkn99Kn0pWzkpXOFmQ9p'
    '2p4KZqkdtGptue/o1Yp162Y6YssUNkU5lu6EvIcJ3x/DoGaeqJ4Zt1naI/R+OV3mVrV/EK4fyFd2i1D7Qe8h/bBpi8a1UsFSt4M9'
    'QBywgWM+PQA2Rtl+fZ0CNn7O8qyC/pnSBxynDbH6FsL+pnlN8F2dAv//io09TWiC1Wnv0k7n4UXHtR6cpmv9Rou1PoXMu4kvn8lc'
    '/585rv9QwPo/mC/7YWHm+4WemdxHbHfM+CE3RTCDZ8cFBH/3a2ikUVZmM4GzsFgF8mw63BFeTMeG/VosfJ+/9Cxy9TNFbbBUvuAp'
    'fM1PefZ2NNYQ3Xs2MJOzHDvNO0h0mqaSJtlsiCfGhDo+ZC+rr1Oht07PeaSBGxjdMizUvqFyFvQL9xPfoIB/Hl9lVAEj783/7YO5'
    'xnvJRubXfRPx/27qd+n14HfpMoJLz8wW+2/S+bKT5c6Gb2G+oLifyHOy/lmCsLPJIgbhOubb/rysv46totRHZVhc6C0kNia1zZbv'
    'TrDwO8n76kqHbtL4se3M2rfnKs8VjvelBYQJwO1Uu4muCNKNVUS3EfFQE/BpUP/kBXi3guR/geAG9L3UwNppV+hW0jLzSRs3MXsb'
    'tLFEext8Nwd0YahuzUqFHpnNfF3oaP9RR9rIT3r20McA/meYzYuNXkczkf0r+iOCZNu2bdUSBhGVoaIOv4tuig72qx1hn9pRrRPR'
    'bbRVa6R6h7BarvzU/0pcdueV8BckM+f2ZHKvvEcjE72I7Hksk7ackw0W+Rcw/rxt+Vbh29AvgHNQNa7VBMeEnSO1jvtAtn8Cg+Ms'
    'w3FvJbTSMtbH40SxTbrpHKhsyzYIvY8pHWxSOKmAsbca2InZ7mvsb4qMfalQ24Ga6NOkRbBdacYSR1aSfLRvUfFhKoZ5M4FZ1Z5a'
    'bQnztva4uA70PEOZcdF5hgocHXodDbqfW9ja6OTR/I6ENOD2mM4y17VDnWFTe9KWEHmMiS6YSz8TOdzk+6XUrUWQvxYbuNsG35oU'
    '54QsOxf0V4J8EWaZjFBXHn3zUJ8+WVCyRp8+aGONZ/HNCjsS1KmZqv1qqouowrErmd5PUPk4cJLrORyX3XY90Z882ZCXHcaPGhGl'
    'MbJ5P01gf4PlfAyFyBglb+cSET1uQhhfzyRGpolP+7FJmjeTeHW9Qh23Zkgja0YYQ31ZehcuVJvay9RB/fsi0h/9zJ4G0xENvfw2'
    'Ax225cRuZ7cmXU144eizrIvhgUZCc88l/BbEi6jTM0x4Oah3wXkm9ynm8P8DMGlRTQ=='
)
