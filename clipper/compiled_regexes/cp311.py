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
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 16549, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*baca\\s+(juga|selengkapnya)\\s*:)', 2, 34, 17791, 97, 1, {}, (None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 17888, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 18853, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*simak\\s+(breaking\\s+news|berita|informasi))|(?:whatsapp\\s+channel)|(?:ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram))|(?:dapatkan\\s+(update|informasi).{0,40}(berita|notifikasi))', 2, 34, 19306, 539, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 19845, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|written\\ by|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autor|texte|автор|текст|oleh|text|責任編輯|责任编辑|bài|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 20061, 1036, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 21097, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21135, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21212, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21289, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21373, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21448, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21532, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21601, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21691, 76, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21767, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21852, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21957, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22054, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22159, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22251, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22324, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22395, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22484, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22563, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22634, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22722, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22849, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22937, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23018, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23112, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23198, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23277, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23350, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23425, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23509, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23580, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23666, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23756, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23881, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23973, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24091, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24185, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24254, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24323, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24392, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24461, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24528, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24597, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24666, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24735, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24804, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24873, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24942, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25015, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25088, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 25159, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 25259, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:todos los derechos reservados)|(?:aviso legal)|(?:política de privacidad)|(?:política de cookies)|(?:términos y condiciones)', 2, 34, 26087, 319, 0, {}, (None,)),
 ('(?:tous droits réservés)|(?:mentions légales)|(?:politique de confidentialité)|(?:conditions générales)|(?:gestion des cookies)', 2, 34, 26406, 339, 0, {}, (None,)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 26745, 82, 3, {}, (None, None, None, None)),
 ('(?:votre adresse (e-mail|de messagerie|email) ne sera pas publiée)|(?:les champs obligatoires sont indiqués)|(?:^\\s*(\\d+|une?)\\s+(réponses?|commentaires?|réflexions?)\\s+(à|au|sur|pour)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$)|(?:enregistrer mon nom, mon (e-mail|courriel|adresse e-mail) et mon site)', 2, 34, 26827, 880, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 27707, 714, 1, {'name': 1}, (None, 'name')),
 ('(?:подписывайтесь на (наш|нас))|(?:(наш|наш канал).{0,20}(telegram|телеграм))', 2, 34, 28421, 270, 3, {}, (None, None, None, None)),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 28691, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 28790, 100, 1, {}, (None, None)),
 ('(?:구독\\s*하(세요|기))|(?:뉴스레터.{0,20}(신청|구독))|(?:채널.{0,10}(추가|구독))|(?:^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독))', 2, 34, 28890, 284, 4, {}, (None, None, None, None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 29174, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 30216, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 30312, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 31026, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 32069, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 32959, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 33500, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 34544, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 35103, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 35130, 3637, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 38767, 3753, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 42520, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 42741, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 42767, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 43360, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 43600, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 43631, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 43708, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 43749, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 45360, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 46340, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 46567, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 46665, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 46844, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 46925, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 46946, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 47184, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 47438, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 47628, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 47866, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 47894, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 48074, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 48266, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 48472, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 48504, 30, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 48534, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 48850, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 49071, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 49564, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 49888, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 50094, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 50122, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 50142, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 50174, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 50336, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 50352, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 50558, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 50844, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 51040, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 51094, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 51118, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 51142, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 51185, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 51479, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 51497, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 51514, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 51543, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 51667, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 51797, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 52004, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 52274, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 52378, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 52394, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 52410, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 52454, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 52478, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 52579, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 52604, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 53453, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 53561, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 53575, 28, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 53603, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 53722, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 53783, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 53895, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 54022, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 54143, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 54417, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 54551, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 54688, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 54716, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 54732, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 54996, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 58633, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 58853, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 58874, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 58932, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 58948, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 58964, 104, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 59068, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 59123, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 59237, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 59534, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 59712, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 59769, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 59826, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 59883, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 59944, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 60001, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 60041, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 60181, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 60211, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 60312, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 60336, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 60846, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 60870, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 60894, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 61302, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 61443, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 61464, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 61483, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 61521, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 62366, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 63210, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 63401, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 63647, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 63725, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 63836, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 63878, 116, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 63994, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 64072, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 64129, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 64161, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 64313, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWZaN2l972zdCeE0CEEOiFLJxAIIYEGo6AEAmEnbJ3uTjekN5ruhIQtKCgaHHDBcUa/GeehbwQDI6gDovMMKASfgoog'
    '4/ucEQZ8M2FGRx+Mojj2u3XP/+f89z9V51TVvbc3zuG7VPqc2uuvv/7611ohRFp4j0zHMk9TJu2Ad4nMrwH+XQa/+szvqKe9NP2M'
    'EHWZ9L2Kb9/5ifftdPLtzPO99OzN3reTFd/uusr7djz5VnmOn0d+W0a+VbFvR8O3VhiHTPuF9+0I8m2IfWuWdZFyss7lJA/+LfPW'
    'kLxDEXmTMH8NMJ+ynQp4J+e7Bua+PPOrJvPeCGWSpEwC/qZlKtlapSzakHNRAv1dC/1dT96dvs17t4a8+2239+448u5nT3rv5Jhr'
    'YR56SZsipM+yXEvmN5/MWxrGIMhYkhFjLyF/yzylpD6eN8HWxnS+GkjfTPrUAP2Se2ohm/c6i3blOEphzzQ4lL39H3LH2wh9uojk'
    'M60P9wn+Ted6LaTP77KvtwHqsZnbsgLNreyv69yWPxucW5zfM4TbPJQTfKvCYytC8FirBR473AKPNUL/5bdRssdlOgx5Kki/emE9'
    'KxV4sILM0fsTbjBYytahlcxfJfTji5Dyfo9A2gl9qyJ5esj4Ma8LrpDvL4e+pLIvo55kYjo/2YlpFXk86cgcNvBjcp5K+JwZAXdr'
    'WZ1ReKsR4Okbmd81UK4Dvsn8xwTgJvmOfuj6/mlsrEy98oey7XGBrATZ6xRnbSb4bDf7dhbBO4grumH98Dy8HtJbAcdhPUj7VijK'
    '0zyrCD21Lp1b92lpL/3APL/utWmv3FGkbztZn66BdCXp01Y2tpkAp6blR8h5o8P5VZr9s5jsi3zw/1LLM6QUaLMEzDG9By2EdV/A'
    '7j8V0Nb2Ni+9EdJPtOWef/LdL7qhXz3qe4D89hMo/0tIvwzpeVDmTcBB8t3jcM9p6gsvexDSNyB9kP39ZejrP8F9KEu/X+Wlb3b6'
    'd44yWDP5/u+g7OuQfrvNf8/H/U/w7Ym24LhTABf/K/O7kNDTNm3NBvjkbTUxurSBwGwn5Ott8+nGRgWMIq1eoaDHZPmPt+XSL/Ld'
    '+6DuSz7tpRvacmkQhJmLId8tkF4K48H7JJaV6VVt4WX4vqqDfXkSowkHyR6m+GWY/d0F7bcQfCDTXeR9M8yPgPlPkvmpJmtIy/ex'
    'fvQweksHx3yMNVAu80nMgnJfh/zfgvSPbf4aybQL9xKbw4vJHMs6D8v85kCds2AftI7m1oVtPaOASdU68TaSBJ5qFTwXOXenaXgt'
    '27d66Q86vbrqFd8SNwT34Qc6c8up+BC4npVsPZMMdu8C3PPmLbnt0b5cf56X/ltfsC/Io7n5bj1OGMw0vkiRn/azlPUzzfr5P7Z4'
    '6YkwL/+5O0jfd7A9MqTBA/Ld+xLeXkFcQtflfGhDAL+qSfFt773BeeJzoZqnCsU8lYnwuShndx3dOGdazBfNcwLLw+9zur41AW9H'
    'KO5nOO6ST3np23uD8/XwvV66Z6/ijO2BedupxouI4/8R7swUV2EdyY/47fD6/8dev38qnNQA+5nC4NswlnNh3lZeEpzT1aO5eb6w'
    'NVg/ng33Az1SannHkfV+brOXdsPevPlSL/3e+fZ0kuzLByUvyaEvDdAf3BuUZySu8vcKjr2B1V3O7lM1rO5GtqZfBtrr7Xt9eph/'
    'u3KPzwOZiD0zg40xHTJGm3meyeaC75H6kH1XEbLvaN9nifBzrYScaxeSc03Wdy9b/w0f9dIDd+WeT3gOyW9/uDK3zEOwL4f25p4j'
    'YTQKpzOfAlz7mU1e+iTIH1IAFwtp3nNz836b5W0meZ8DOvAamNvXb4M6tubKDuS7L0LeB1jez92lP5OaEt691GUPlrI54H39IdAM'
    'a3cF54D3leelc3A24JuFsLa/vsRLa7cF5wDz7rvLS4f35OZVnYGm/DfOl5475n2X9T4FdGoZoSmf/DDQe0O5MPIqpL13eunlAAcl'
    'e/w7Ht7RsnQDwXmmddC264CWn8/gL6wO1f0H7y20f/z+sh/a/ee/CtLDur7/Yq96DLMB362F9m7vUY8N17SO8GCz5c7J3QcfvwzO'
    'DGjn+isBnkDWd4Fw3wuVbC/sGvbSYzerYXahIu+izWqYpXuB9jlqL/C8YXuhqoB7Iex+gnjzKHaurIT0JBE8V1ZB2iaC5wp+W83a'
    'VvFLVe9wfmdrvtcDrWfKj1Xxq/g8lJLz7FqyZjj3yfZwviPlN0fBJd7/ahgt0svu0iPkb8oXQbkGvecfJPd8E15ePnJrhDEbXl4D'
    '4cHWwPdZFvPL6dQjMy9uccQLScf531zg+T8FcHRU/n5Gu/YQ3k4d8EWXGNTTx9JRA172CBtnB3kf1R7O44BQ8wRs4U3W8XlYB+R9'
    'U7pvMu2nkjx53WvZN/nvddDfxYy37nLPk3N4rsP+KcRccf2CMBhMML6lydra1u8ChybnyC2T9BxZUiC8g2c0th1VXyfrz6iCVz3V'
    'z6VvJz2ZznieSzcVaD2vLdJ6XjBFzqclRCa6w6B8F5OxDCr2RY+mf3RtTeY5n/OTnpFcF/BdIWdgt8MZSPWWqIwJ9ZaaWVuDGtgZ'
    'sZC37yL3k1qL9evQnNv0vvCDhK831cp4LNMZ75YVkH6xqaPQdM5VmReNCX9NqRxlkWJ+6TyNKGSk+axdGBzLvv4fGDuWD8sftScG'
    'ydqb7AO+51Qy4yEF3Lj2UY73r+Q9jvVhG9NVbLHcz7SMybri+dmswX2jmrkZjhgf8ijqYB5nKPC/LV0r6zoP4DZq/Xs1/bcdB+8D'
    'xSfbyf2zgdU7xNZkGfu+jeEe5EmGrXG+/eTyTMQJVKYwn8gUKB45G/TBXPmQ2J8yQmPkc87SM6CQZ6gr/9HkboQyI4qLBZNpdyn0'
    'WpCXP5PQayY4ktaH++46qO9hWOuoPXw0gWebuVhN+KOUT/oJQkts09CqqnHgPvkA7BOchyh42c7S7ogyeA+o0MzfDZCnA+T+tO5B'
    'g3EMGbQvZStzGR7rYGvfozmTdXPHy6Ku0WGEVjXVgezUjFdVBu8Ws8gZwM+j3gjdrVGm/8/vx1F4TL5/hfFDfgZlZnj6x6l0Semh'
    'p6y0tBz/XVFaWVVaXVOLT1197QQ9DfJ/jcWoOTsxb42NJbL/9x8h9uyR6QPec+GFX8qmLyxeedQ5S5ad96tNmy/82gMPLIbPf/jE'
    'HQ+MGTyP3/qt1oRI/zrzz1tl1YNzfIzitfUnr50HLnjxAfLIldszVqhHttj+8/Dv3rNf97UZ/3og8Lz+LfrXmBjbn/nJ/184Jscp'
    'sv+9nPnv19n/Z55vvfE21Dw29rtAe2WiUM/VinfZ9lsMCpebtKCaQ19Gx+VTzUQPBM+UcpIH9Z7RTseFZ7koRC+xlJzBj7AzeT7j'
    'x3STlNKuIwobJlOcepDhydtC2u0oYrudIO/kdJOKRh9V0G08v8m5oKPHTWm2DmabtQrONDoXrxjQODb93cbos2HNvdfk3vlGiHzI'
    'lS//zUwlZyTd+K4VIXCXtY9L6vMgfVZB8uzQ1CMbLFPkkd9+n8i1OYmaw2FW90HH8tj+TxP+vSJq/5nCWJYvHlJvdx71Ppjw8cWO'
    'ccQXd4e0O1zEdq8j7RaqXtpXHeyfn/DxY98UxY9HJqY+jv9N5jfPoq8muF8Hw7K9F+HuYjs3YXXuV9yF+FwdDJHrUHz1oPB8F9A6'
    'Bi1kQKb8UToufj/rczj7BhW8DH7froO5nj+O7SKf8eJxbhfHK3XNTtTIiHT7yYQPQsc33ms5WCD9FxtdQK5jjrB0vaPccG4RaES+'
    'l1c4tvOGZTuzCoh/uOzQhY5xkWtF6Z/Qe9132b3uWALrNvQhHVuHoYze9JuKD7gXYEK287KCTpnMfb+c9L1jivV9GYGRHRa8zuEJ'
    '6Gsh7oyXZF5clHC7M9Y7rqls97dEppEvfMv6/oXU11GA+p4j47OFA7QB143Ppb4HQEc93z10kMmHOzR3n/6QMwJt5VqLgJ8K1b8r'
    'iRyli9Wt07/ZoZELh63LBkIr8nkoZrtHk3Oc03E9ivuTSmcL65pBZNhRfR3R1MHpuybQb+D01HjiSKRLGieA3gyTA1cRWXoZyNcp'
    'jTJLs64dGt2Ufg3NibhsEYzHVFbYbVk/9RcYlVd1Zun0p1RznuU/heis9Bnq9awNqX8nkX2brkGHBvfp9JNcxn0e6Zdte2H3Pjom'
    'l34dCzpqrvA1HnMX5aOC7sfHoQ30G4G2yyWgdyL2CXHfS/byKJX/i7aHvPSeA76uDdpZf/15L63+MdikPu2fOWhT1/IE2CIeUNd3'
    'Esl7+D6/HlXe5STvDVDf8T9S56X2gjc9DL5RoS/pA7n9RTlfNu9z4M/kUfA58oiXfv5JL33s+aC9+degDy8/mVuvK/3bBPIiTtM2'
    'A2xQ+wPsw7Gw9suE73OzlsFgO7G/oHWUkvyoD0bLLTcst5z1OWV5ttE79EjagyMbHdWpMjcu89GWyfDsNJ+PhMGYioHz0hE47yoD'
    'nHeRBc47ywLntVvgvNUkbzPgoq89qc67xAI/HkHySp/TMl3zDXW91FeH+Io6jy3uLHHcM50ZBNSRstszHYx2tvMhOr09imYn5jbP'
    '7a6Tgk/CLIvNOflxVu46+Hc10Gp9sH4lni7dlHlS5k/azpfnWBaUi+HL00XXrS6P9Ud9LAmQ64leP81n4+9dwtM55B21yRIP+Xqp'
    'eE7s2w++9r/rfVtM8KQAnPeoJu98Us8swKn7vh70ZfZvz8K3A0E/Dwk4M57YH/Tz8BicTz/6rpv/ZJxTm/mzOZ/lGG+F8ilRTL/O'
    '0xspH1IWyHn2COdHoWtpc36arn+jcPOdpKPRdhrQaAMWNFqnBY12iQWNdrYFjXa6BY12osMddokBHbbAgvabbUD7UX87FEepxpSP'
    'zWM9wxnUzj/zMpSGyfeuXj4F7+oVwt4HdOgcJ7NDaCnEHMd0ucEZEDHfoU+ysHS5iS5ESsHX/HPLffdBAuMNBFckRbivLJU/rLYI'
    'PaAoP1Y2dNXIlYWPlWAVM6XHbp6PUPBLqE+zVqx3LJdeUPFzKtk+xjoWQ1ox5i4bayC0BYXBMzO/9+RJb3yL+cc+XPg+/L4E356G'
    '9KvEh7pKFiB9ZWMMJMoLeZr50v7ntuL6YIz3ZnBvbHh4YvfmC0+/s/bm+2B/5rM3f/ZDL33rQZ9fiXvq8/Dt+0C7/+yrPq2KdOgI'
    '0MsbkQbel3sfp3t0oabNybBHX7Xco/NIPuojeAuTYZ4LfN0rCJxe4bj2Kny4heyTRvh3F8xNDWmjZfshcqSd0ycqGnq5Rh/sWpFr'
    'N077g/LfhMi1R76a2CANCbXN8sXC93HTY6Ars0348RtRP4HHitgqcn1hn0L6sZXpNGCe1dCPKFn1Dtb/Y8gcdQhz3x44jiaiGzJi'
    'WE41/9tEMEYg1duZodHbOTUCJrnf8pIQmLwiD5p3T+bFqoQd3t/CcFutMPdng+uXShTGh9FvhL3/pNdEcfweST3HOcJc77zPIi+2'
    '8TWy/7ZFjPMBskdMbLn6iO6KLP+XgEvzWSNqc/bBAtWH/guGib7gmrSXnshiX50Csa/eT2JfrYS87ZC2QXoCpKshXZ/OrXt12vdD'
    'h7ZTGyLaO4bw/U+Hb7fP89I75gX17nh5jKmKZ8LJEA/iB+d631aSb38B/tGP2OnzzHT8/4WEThgBXtZbwCvbD3nmkvJ/ushLzxj2'
    '9Rzx2+yLc79VE1mELFfH5BMyv4oOsT2rKR6TspCNwh6PUbo8XQC6mK7lDZC+5MCbNulTPvOlo9Uqhe93dEi4+SmK0jMtM8QDPUJt'
    'WzrKaIgj4I5Lv201oCk6LXSFt0boXmL/VHbgKjsmjJNapsHdNA4Rt0fcqaE3qL/B2jLPFxM/Q1Rx+lRzw3XEw/x+UX8x64Q6lsZh'
    'eege28DCGtDtjxrfeMEJxkc0Pee3srW+Qejje9xb6tH6SIu9k/ZcWQjcjQfMZ+8upW44UmWLEaZHzH1HUt+TSxR2OpMB9uk8LQTZ'
    'nMoP144IPeYBzfvOCNsKbsPCffZlfcGVeP7bXH3xmcyzyr/rkEavf0QxX8VcI5VvCZWNcRWDPYyLNt8Cr3F7mSGNzVFXhC3SAnJ3'
    'u46teYfFvYr77qTnrcoPoiqmG52/a0W4D8UByz5GrTnegWZmYPgHjjiI+o1z7QuFC4xvN1tjM2XqR4HjYrS7aRT2vjuH2TpT+ywb'
    'vwA6XFInzPx4mM5hvSHteKQCJ+4Qan+WYXf9DqGOw2qDHxom6dkT5fPn3WlPJ9MF/zeydVL5CNbRf2Fw26E5E3g8QJzvJtgbtG8z'
    'NWehCV7st8CdKv/OGPMPdRQXsL7NFuY+anuEXTxxHCPtS5Pw/eTqaId8/U9/JeXhFxccTHnoGMuSyouOYTw5jnNoHfzs4fw8CkNz'
    '2DzNJWVMebrbGY5WnaE7Qmj4w0JwDO3bPJEbM7pXQyvTe3W9sPfnqpqnw+Hd2swafz/Pc5aPaz6T9ZjIL7oZD2AtmZewOwT6RVlm'
    'cPaZ0nSjmrMirB+mdfco1uIIDbz0KvrRAGmZgl/O90cftNUi1L6KTHA37dcgaS+qv3yMC9gYjhS+r+98aZ/mItFmtP8L4d1A5uW3'
    'HfaLiRyOzukuBe5rEH4MwgqGR3X21qo7Zpi99SK2TkdDe2cIO9tdm/2gg6V86U7uAyKfeBE6Od06wFX58j4mO6+Dwsgx8O5LmXLv'
    'd6QzWyP6UiZy/dnb0pn8bjNX+P4A+oXaP4gJHjfxc7WY0bFz2diXaM4oW7kp3afHFpkeDLszLU54fXehITg/M8pXaH8eeMH0rroU'
    '4G+ewXkc5U/CBG5VZ5gpHog6GylcLoN3/0Dyqe7hprRIIcZO5305zLvruE1ozKg7TyOhW2157Xy+VzBefivj5atieXB8QL9zuvcs'
    '0Fty2Xf5tE3XrI3xC3Q8RnqHMqEXV5J2dHEbVPHihoRZPOMKIg/uyUMePJVoWB4rtNB3JdPzg9MYfRo58O9Tnh5dPnKorpBzxWSs'
    'pjRvmK8xCo/fSXl4OJ/7gy5uDF9L0xhoqjhLtM9/nunzpZN4HVzvGl15rn2nAn5N6XZ+BzslM8czEpND3sF1dYcsxkdlfcXAZ9SP'
    '2FDE3YzrkdAxov7G4YYykw5DOIuiDygvhusD7rLAzzZ9CvPDS/VdT9Lgg20iPP7SgOU9I4o3qoqlOMjwyKhChzVq7k8EvWxVPMVt'
    'hrIll/uhrd/LAcKHtqE3y+DdsUnPtyjicM6Pp3fTOkbTlBvAJrVVRZ0Byo/s1uz7AQWtw2Gp04KHFMaDr2LjrGLjrFbctVD+jTKe'
    'ZlbGRJ+/X8ML4vKbOjJ/9Zr93i9y47AW6+5rGwd6AfCsdfoOprw0lxjUXD5L6ZT+TLlvas4G27MnKs+Q473XJjaGzT28QwN/uxXz'
    'SPdFm0L+a0rzDlvId1zOBh7vvJPtoRmM5zWR8YCbGY4Jay9heNbpYqOjjozU8fo7A5zr2jeUuZcRnu1wBL9OdS+MilvRP4nwm+1c'
    'cZw0i63tNs3a9rN8+eh8bSNntOtdaEhzP+lU6Dea4AdTuoXzZRKEL7MhT74M0rn3Cz8Ocwn08fmjfHu7CnIGUzyzWPh+ouZpYHeI'
    'yetM+JA9bE5HNDyrBgJju0Fmivcz2sb9kMox0fuOrV1GOsIuA/3sXFTkuXCxn+V6+Xzt6xVrX2Ww9vze1FikedXthyTZD3fnuR90'
    '9lS1Qm+HRefyjYvy86mbt9+w6fXgNMKudXrSURnkej2Z8GQr6INA5QOCw0RFCEyofECUEv581v/omE9LyH+72HJ9MuHpHbjAPPcn'
    'y8dQETJ2vuebRK5dO947qN+Aj4O/kIG23Pt4I7NrwDZf2Qr6G5cG+7P3w5C26XX8z054vvt4/2lfaD02OKuK7dlSAjuIK4Ww99FV'
    'obA1kPX1nuff2V3wqyqfi42jygb9L3vs69DNX8WYf7bY9o3uC2mP/ajDvijW2lLbiXzxSY0lTFUpeDRZ/3WdXvqZTbn8lvisyuOs'
    '2hN93mifPWZnVRO5Q1E4kekg4LXPQ/oK89X0GKQ9kF7aZua/RcLl5jxpK+Q3nn+Vl569GdJNcC7cGoyJ8MWrwW5+hzpvM8l79abw'
    'vFTf71c7wvuQD/0W5idnaSbTXzjMo8pXVVJzjrv6qqL+y2M/cno6pli+qsqEva8qjF1Bz75PAL/DZa9yGqys10tvudGr+2Tybc61'
    'Xtp1k/ftePKtFPbVjTf58QD5tys/7cfgwjvm9XAmLr/XS5/d6/uxwzw/g2+jn4B6PhL06c/ruXhL8D7L68E8nJYs1N7HmIhZ/2l3'
    'g++8i3J1d0qJ7k4YLVINtMhSxz3xix4vrQJ6+M1t0N9Lzc+DywpMX+G+2uJIX/E7PPd7Mod8uwf8nnz/MZ/uQbiQvtJk+mnwS7z+'
    'xSAe/Sz4O//09wt3XqwnsIMw80LK4/Hh/KjupXycFSHjzCd+8HqHewLqX8wEnJcg+M+Frr8n5eFoPm6ZzgO/z/+1z35csu5dKc+W'
    'l/q5SkfM9YqQuW41gCkasyRsPHVEzqCCP0rb3AT9+I9H1f60XWOWFAIGXH3zURioy6zTCxa8Q+pvuoLtvXxokGLVq7pjL3fA8Sss'
    '1yqOSRIekyQxjWKS0P10clKGy4n30zs5btvjmRfrE94cdsH8pR14OhPvsz5VeJ/17UUUPoQ89Za0tS3OR38dNB4K+h/VxUMpgXJJ'
    'EYybgXK6W4Tv24zaHtD4Jyr9QswzQPJ0K3SJ6uB9rQj6p4qK9X5xiF5dWGzmKFn9aUTPxtYmBnk2SE/Od6zHVS+E+hZQ2dUOCLX/'
    'piHGQ2qCe7otHqL0Nad5KwgsdRHbCNqua+zOm4XnO1J1PixxoLf2Ad1dD/FiXvu6Xfm6b7rZJ2215Yc95Pv6dJk39CVQ6oCfHlnk'
    'JmuaCb9KEYzhlIzAWbZxi3+fsOvjNYxWmdrnZ2EP40MT4xqLMSoYY4FjNarkFQs/6qVvnwM+bG/10o/d7cHWIL3D35Wb999uhnMZ'
    '8nYRXIf1zgaZwxWUz3CXXx7jth7yucva30S+8fbOJN8WAC/391v8M4t/q7nc9y2C3/5mC8TT6vW+HUe+HWTfllIZ5jm541uk+Ibj'
    'm69ob0FvMM7gQfaNxhn8Ech0Ttgc5IO9Ct/++878+XX57O9pJvJMMbllvdseT+YlE7VZO+5jn/LemxnvPcbrEXjdW7aWgq+5wed8'
    '7rojmd5/Pj7j39FnPJehdIM87J6B4Hn0wU253+h5dOru3G/0PPoDyCDTCv01/HbhB/OTy8TnkeI8EkU8j0R8HsXnUWHPox9mXjwX'
    'n0fv6PMoze6cH+qGGG+71efTBpJ3aU9uGZ73JJL3y5Dn7XvVeZeTvHf2g07h1eq8C0P6y8/M5pD+8rw1iv5euUed11WWHZ+b8bkZ'
    '48qpfW7qeLolCp7u/0sUMI630RGSFPFDn/10/7cXEibiuOsGMmwQ/biRQ4mC0ztcV1OAflzrY8G78q+f8vPkw7tV3ftRfi1173i7'
    'I4/4+nP53NFj+DSCz3bnMyiZLCh8OtEIyWlLHKYKoMqieNqtaEOUV50q3GxJqjV0o62M/4+gn/DJpy1tYAguKSatE9M4E/m0F5XG'
    '0dlN1LflbzeR1VHfkVsv2tBIOxl63qrOUcpX4HJgeofncuCST0G5vUG++8PAo9izN8h3p/wGznf/AtiNn39P8ExfeYmX1l6e/5mu'
    'W4+GNl+/3eXs0dkQhfm9eExMLltnpO94LOCFIhgLmK45jzVM15zHGqZrvqHLS6+7Krjmh3fnfot9c0wte+djhB9zg/rmoPCKcCNh'
    'hO/nYvjdiLKPc9mLMZ9qeuqRlZAzC3n3Oh8Q68m3hxhOO4F8+8n5XnpuT9AO7XvXAF2w1dfp5fphT3/K91OJdgzIYz8bzq+ztgZ5'
    '97Td7Lndlju2GoVMAPOE+ZCJ8XDeePioPPBwZNlC8eZnxrz5ac+b19GpLmci18tvVeDXCqYPz21FbhDRNieDJA/GNhxg9WwTersU'
    'jDdyhaIt3p8LhJmf5C5W7j3Ct3nBbyY+vdcIvT3OStJf6v+XxiVpFcWxmVHFalT5P+RxoTuE+vyQd4UlhA5DOrGYNrPVItcuD22q'
    'dLaA1GeHCr4XF2jPlRRhzzUDjk4AHq+B8twOMR+/FCscaawKofY5jXB+jjCLa8rjibaTPbddmMUUkOVWwV1XFXekT9j5/6Y+aF3i'
    'LSFdRvfpDpHr6xr9Ah0v9LRZsWCV8jFc7IpUfdtC/t0AsqWX96nzXpGHDFqWnaWQJdnAPNq8vflN32ZjqeJbPvK1NNRzwU+CvJML'
    'Hvf9RnDeySUv+mPT+d2V/mXnCjd7MDq+LF/9EbW9d9idu4rAz5mO8GPivyksH7fN2y70/rt1MZA4/uGwiuVcYfWuTIbPiGBcLn7G'
    '2sRXtDnHe0V0bFXu9x19+C8TQd/9JrFIaFkeZ8k0zq+JL28ekzuqb8MiGCtOFRsiLE5Ar+aM0MWP+q0IxnMJg8U+x77INf1NKjcu'
    'Ee2HKp6iis4bzqMffE34WPtC2jSJK2m6R/j69guzuPZYBm2RVfF6eRyD7cI8hvgwW687Mut1lTCP8drtuC9oH7bmOce6+EE6+N8p'
    '9LHf6Xu+nzoM59c07k03m/ujM3N/tnCLa+ZyztjCSLcIxkXJZ934evVa9knO2U8zh8aNEes9LPSxSIo1nia4G3GdI3pXjor/Q2OL'
    '4F1R1jtDoTPOY7rxuCaqOMjoo982vk5XyPwViubh+eRaX5mZwD8KN3+WGLetxoLOwxh0tZY0EY+N60JL8VhlpjQn9d3ZrIGLLqGO'
    '/71d5Mbo4TTnAJmXq+G+o4sjTvHsoIavxNf3LOHHznGpE+3V540T7c3jnehi2G8XbjG8VHOk80lqAheV5C5I412NEpgtE+pYYlUK'
    'fuYooalUMeVM+6aSFcj6tiY8nGi735H/Not8o7yoZpK/leWvJ3futZo+VpNxVgvz2Ke9EfcNFTxsJbBj6/Mdx2Dj87iRwUytUPtT'
    '08WZpv7j6Z3zPzO/Xyr2nw1eVJ01A0Id043nX8rOZh6vsD7PvtFztYHcp/O9tzaBbJb2tXEc77M0dpyKZ7ZUcVcfDbn7qOZ+ZgHn'
    'fhaZ+/G4Z7jQToW6U6lio20V6hhqO4VdrMIwPlulo0yB9q+D4cYOy7MM+VYYR/VaBns9TEZ0pAF9r+ILcBqhRyEDoLx9zLcrQkZl'
    'i8MLJdeha7DLYs6PCehaJN/RD5WNF8MPLK5pJ1ubKy30XZLTXOElO7FX56WoHar5wGW28ux6nsmVRbyH4j0U7yHjPYTnH/KyfpPw'
    'zyxVLJs5lmflUov8qBNzuKVMr0NB35qWl20e5jCuoy3Hxf0hxLgnxj3x+R08v0vj8zveQ/Eesjq/aaxWqsNoymOsU8gr6NmNfMV1'
    'jK9YwfiK/E5cLoL+Ps616FsUb6A3RE5FeVCC8JMp3yhKvhmlv9cUwp+vJ3KqHYb6jSq+BI2t3p95sT3h5lehMc/5RP/CNRr5T7dO'
    'hs54ry48V4yx1Mh4OyYx2gdYf7hdaXYNE7nxG9NFtHl5J+A/crLUuxw1aYMzyFbOXAj43+UA/30Fgv/LCgT/Z4L8gOpecd5vN+NL'
    'DrJ0O9S1mtgfjFjo2I2E2CZg7LXDLXTMVPJyU97+gEa+T/UxCmmHWk10Yv/SQZaaj7ykXyEHd+Hxr9DINrot9bI4H9/mzu+ib7+W'
    'yLa2RtjFhMFtBznbjrIYo06/UocPbNZXpwN+Y8KLKUxxVa9C/8rU7mGIpDbr1alpe0Cznoj3zspU8EWDOd6usHsKK2MD90mid6+S'
    'NfUbrM3sAsOeyj9GCdGhSIqgD9OjmcyM4/Uehayt2HtyGdGLKjR81gHNP0Nz3nCZYo9GP7Ffw8OT7+7L/P5Go8c1pNFz3K7YAzbw'
    'iDRNnQjG2VL1Y4TRMZMZb5VFwDLq0hVyL2H8ZzrmQQsdsW0W+KmQc1Uh7GMozbXkc2NM8C9BXJi2zdHxtP8e9lY+dlHbwVfQDzp9'
    'fQH+LXGDz7+vYN/EOf7fVJdOvvtAZ27dNPY4fsPyH+jU6wuobOdVPpjoHGK8a2yvCvw1fA/8N5RfHLQDOwvGtLYnaAeG3666Nvpc'
    'qCT9pLTq++Be4AoXeMZQuHjjNh9eKM6kbVQKve83iudwrDdf6s8VXzfdPOr0dgtBy1P7yBJCy9fB2MpFtM2cLHua4l5HcRC1UzXR'
    'T1fR5J3srDDR6eozvIOZ9mlIqG15P5Py8a+prplKx6rbAvfzM75HY6vC+XpDpK89FvphKp1TU9uKrRE6l7q+vjvlyVPlu7Xp3PZO'
    'SXvp++f57UkveTRdzcqcBmU+QMqcalDvepbneMhzG8mzOp2bF3nQp0Pe2+d56R3z/D1Uk9LD+1CIXrrNnVQFZ7ug/V8mPb+X8l0b'
    'G+Mq6Peeef4eiRqTyfqo9Bz5upi0RftskncjrM+atDf2h5K+Hb0N/NvQZ4Ma/DHI8MfepB+bdbtGb3/Eov2tQu1Dg7fbn/RtDbDM'
    'yxH1q/bty+z9ffOD8V1le+clPX41p/HD8D6/C/wrpK+SMWV5I2QsOx3WaiQCR/G9Mz/p0aI255uqna6IdtKknai56SRp1LjfYLj2'
    '9YR/z7TBRSr+50sg4zGdC17vrog5+VYieOdW2fyanuu8/r9N+HzhDs1e6lW0G8Ur+JhBvYOWvHHkkR3G1orrGY8WgBbK2mklfJuq'
    'IQW/RCV/4PfVTaQODkM3CLWtLF+jUxJB3v0rBP5p2R6DuZQ4K8uPSPh8Cd0acR9FCPdzDMr2anBxZcKXzXQY4u//VshzVPNIeSe/'
    'Fv5ZM15nfh3oybRYnO1IT61N508ryPYfIbr9gxr+GZ5Tf0vyhs2rzPtZYR6j92PCPPbvB4n83fRs5j7JdPeVQUUeDlvUJ5mOPr+C'
    '3F/n3uOlf7cX/Ltc4PskK9Ps4bPJ3fhyiL9Ussf3SabzSXkq+fY78N37nhtzfZJl/UN35fqQXEm+yfy0vSVCH+t4odDHSJ5Hvl18'
    'e26ds8i35o/kfqul/dyb+03l2zNpKWcL88Gs8v+sq4fyCxKEF+/KL2iGOhPA36mB8aBtZR2xC8zyhRQ8DZ2eTj79ssX3xVoHW3lm'
    'M5kTmT/J9KInas5U59xUn7OKCZizMHpsqs9nWZHnM4Y9t7kyuXdM9flMF2g+VbaPU3VOqgs8J8XiJU31eS4Z53mO4bLwPMepPqcN'
    'BZrTySzvmuprVFOkNRpP+Ua8Tya/rDXeJ+Mre5vq811aoPkO48PGNJ6ehxvfZYsv64rn2F3GF+/d6UsPVRVhbgqpMzHV57epwPP7'
    'TtLFjPdWcfWEpvr8VhZpfm30o6b6HNZOwBwWQt81ht3i6OPFdLK7HlvMB4ieu1jGba7fF+/FwuqDxvfY6cszLhQtWGj981hWOz42'
    'HDEd/s6z+4ppifFd86k+33UFmu/pZrsa76OJsWOJdS6DtiLxnARtZOI5CdoGxXMStIma6nOSKtCcTIe5KBR8ULu4eE6C9oDxnATt'
    'IOM5Cdp/xnMStHuN5yRo7xvLgKJt5+M5ivYZEMsq9H4IphOdu5jMjezPjK+Av8eH7MZpEq/cxdeg9Kl+nKZvPNbrhgN27aj8bN5x'
    'wEsXPRb0O/kx+LbyiaDfyS9+GdJ9et/TOr+J1Hb+OuHmO1il9z4SoTeki2OCczJDqH1T8xjGfUwvjMcElz405rG6tmpsIwaEuW3K'
    'sKY92dZcEW4bZqIX2if0sVZ1a/xU0pMHUb+n6FPnWs367Ba5PmAw/lqYD+YoPaYov0vcLyqND4M+ORoV4zeNT4tztEr4volH8lgL'
    'rG/+OMOSysf1xqTnIxlj0VB9sz6iyxo2Riyr85ur04k39avM/cYfkam4KmEfX0HqDy9hOJP72zaBa4QvHrum13KNaD3cly3GbHw3'
    '6y/6yF4ggnZZLnBI19lU71n293Dh+1Urxr7WzQ3GpWoAmCuDNVXBfU8e7dvatkXtvVkFPIPofFQBnKxkcFItzOPE81g3NrHZ6Zhd'
    'cWsDnCs28VhUNNMCBc01M/Nio7DHFXROXhO5Nqd9IboU+cRwsYl13xsCb3Rddwt9rHauHyzn6xmAR9dY5y76KGH2FJNlDxdzfW3r'
    'oTbQcs22ZH6XToJ9TNex37B9Fe0wX+T6sq8EHEH9wrnQKdSvvI7m4vi1LuK+UwVnoezXRRpd8S5hb1fU51CmKwKOue28q52TKUwM'
    'Mx3JDsv5kPMu/YosZOV35IkTBjVz3a3BkUh37pd6JBqbDKzjlxb0badQ+1zp0uBGm9hwfM5N7Jm6FOskx/1+4fuan4hxdwp9rDoT'
    'nBsFYxgjg+7dgyIYD8fU1sZmX+2KGOuAMI93Z7LGgwqejOn9muO+euH7+NygwX2jDvhrWDOPujPEFocdzAOHHTSYr4qExytQ0fYD'
    'FvtkUHP3Nzk3DobgMtN1f0l4Pmp1+952bVR5rhNBe1kXnEDjWZniOZc16bAcP66FnM8PCD+mRD77vFiw08NgZ0CDC11gSeKH04W9'
    'vx/bsepgx3QOin3WhMUbqoC7fBPJUyZ8P9KjkCIPqlMEYyWhnWc/yUvbbSR8cSrDORbSZYwPjLxfKhdJMnlTJeM9YOzl5oj7+lqR'
    'G8cQ20gatIHxW8PkiY8JtY3OiNDHFFfRqaa0r8mZoopdPpN9XybcYwm3Cy+2exju7C/QeDoU+9nmrs35p/nEUObyCzreAcv7t+r8'
    '7xB6Hwu2fhlG2b3T5Cw5yObtkaTP2+nLA8/xeJz9pK+mdQ06jKdHqONYmtB8w5bjNbkPcjrAlA9nc25zWseEllyTWeffOvDjuMzO'
    'VK6NcuJaBd+Y43Bcg4TQxyc01QFAOd2RClpdRX8OGO5hrrcQVgbHsZnIFDg90G9A15viruE8+ynLHq2Zr20a3sYNlvSUS7+4nNEl'
    '/m2J8P330hih3E83yphrDeCBx6SpEX4skyHFvZXm1cWajBqTKgamrO/0zMdbHfZ1DbQ/i3yrhzMf68H8rSw/5kPaS9XHajJOlDXW'
    'Wt5N6qAfszVn50Hh5ldVJQu0iWu61lJW3Mhgs1JDk+p41yifa2QyqW9nfk9o8Ecx5R86+TPFZ7q71IACD1J4MqkH5ZKFpnkxvq0K'
    'X4+y8dvIgbD+tsxv+TjeDQo1L3Sv1CjqV/lgCVu/fGRWPNaW7h7M7VZkPfcLPw4RngvPH+W9W0Tuvq0i16fFYoUOFYePIcKHNYWP'
    'HkY7c9xkg2Oa2V2fj7leMeYqgzHT+75Nf05U6DimhR8DWkUzYtxKW91Iyn9YhnqRLXZzaNrHRgf9Ap2+K+K85Q5jpvf+eqi3Gs7n'
    'ClSkP18IwmIPPHUAe9tIP2Sxq4W/Fy+H8aeyDSff0Q+duz95qEXxHMq2Rzg8nPaVe+JGeH9yvN7Tfr1nEN6TKS4oY/cQLHMISYTA'
    'wx8ZPJTE8DAp4OFTRDezQ6F7zeWRLrRGFM9olOCb478BNkOPeN8GyLczh730XRA7sofoaneE6I2b+L/t1dB95xCaZbLJiuuAn3LE'
    'BOjx0NiW9K4Ypne0CMrsE2Y+T6J8nZxK/AFF+Vc5K8JPDvrSkelJaTufIFFtb0znzvH6tN8el6/w7wHcCHMbihHiRyQTZvnKFe+o'
    'TYmc+8sIf5qvj0zPTHtwnYIyDeQuhGu+lpXhdZyc1vOkVTYKlAc9Q4Tb0HRH6L33s3unrT+ck9O5fx/H/B/hGNel9XYdHG9gXNly'
    'wB14X/pKmxCvZH5vZH7PtAXXrh7yyPQVSN+AVOYvI2szCO+rzvXSx8EWcwDe7/2wl776Ya/MOuDJNRHah96RZN6Pt/nw08jkGniO'
    '3bvVS0/dHbwfv7XNS8+GPnzzbjVc0PXHei/FfrcF690D37a3+WM3XQvK65gB7R2GOuzXeemD3Wqbvn/5My+tuDtot1cG8/vfd+pt'
    'ut5FxoA2+egzaPG1Xp61RN9vImiYQuuddjN9RhPe0yKov+9BL33qK3a85kteVK/fmie89JNPB+NZtz2kX7ffkD6NPOKln3/SS8sf'
    'g/I/CsdvfN+8DOUf/H4Qlui4VftFvvs+0LpZe9Xve2n9w7l9qNTgWGznk8/CJWefXR9wb30JeGUuchROB0QT+TFFkPu0p+kfUbnD'
    '5CSlTE51+XM+DNjsOw5P80mdHEZd6zSF0bIIfEN9ZsxS3Nds+ph+BnxFHPDa/F3KO1fxXRY/fNNL/+PHdnWXP+Sl+7/r1f1yyrMz'
    'yc7JM7n25HfBfNxzwI7X2sFkzLn8i+gnmZi+j/KSUhBUlA7wL67JTPjxhrImGxi69EUv/dqT4ecDPy857NG9NwIwd//T+nNzdWY8'
    'f6GQbdDzEOmhffthLz/lw3AdzAHKz2444J+1Mj3x4dyzdM03vDJzgV7k33g7dYQHKN/NesanBbL7ep+Xfhjmb9031Odxo+V6/Oar'
    'XnrFY3bl7gQcsuYnxfcdYlJvJYHkGoCr2YCr73vJrc4q4ftcwb6iPInqyCKMfTbp8WBU9M28b/rrJ/MuJN8e+7GX/ui7/n2xRlFO'
    'po9qytSFlPnoSnUZnX6OyfrfcMCOxuqCeUsb4vFpjNRTAaTrzm72npYQhK555Pr/OuHhNKT9s+c23Es2WNJGbzrgA5n/3dDu7Qdy'
    'ce13MxlOQ9oCfORc/oIbLXTBJMFRVcL3q2yCT+5M+LTbc4vsxv5fcF7UQ/oYnGVXgw+g6zIZBx18Z6j099dZzkUT0L9c34/SGPdD'
    'KnUdKB1tK7u/DvDcTKi/D+a7ZIrJw1LmT9pGHtbeXjx52JjDU6eQp9noVJSzPXs0pKVjbvqCeCdB/c5YpqqQqRYRhiieWS5y/b1U'
    'hOhm1wH9V6PIU0/0+LYz/d4Kol+8PUT3typPnHmKcPcfZ8K3nAHtfOGA3blxB5yZ34dz4ow86nrm6/4ZJOs6Xvjn2X6gF34KZ/vV'
    'X7erG+9F4ru5fojKyH3rCbhfff3J3LHd/3iuvgXyaWV686PqvElCN+nmn/pnvBx1xJ6354NQ/knLgdz7MM7fTZbzJcch0wSMax3Q'
    'W5fDOi8l6ywvMTZ1bwDa4hnQLZhD+ula108f8euU6WuP6O/2vUlPnpHPfNf/OJffxvfrJQfsaZxZCj5Dds6f9WHM5mzD+72Kbm4H'
    'unlR0pNz2NJ1so6TW+zGN4P1L034MTbjKiHjwn0teSNhMoxSdr+m614HVyLk56yBuXp5Xy6fqInwW5HfIu8xNnM27xmf3tbxffcn'
    'PH1cmW/oK7k8K5TVmLb3tR/5dxrE0y77bM8/eOkfod9/nvDlSvcc8HGzFX/8acChsIcvf9Gu/Jf35fZpmPTprW/6vDOXeynClS3e'
    'RDz8BYCrsxO+rOskuCtf8kQQp9q0cTusxSVwXt5JeKQqHLg04eFYLnfIwtWLjvd2Jo+cQeae3h3p3jRtg/KdbMpR+abs06+E5zs3'
    'H3h49avu8EBtoRDv/OxJX+7B+dKcluI2S/Ld14nO+wis++8tZT6q9XGBw18/lbsPF39VDX93gSyf0uINQm0/t1OE+6JCWfwRQMPZ'
    '+Gsw1TcYiJD/c3o+ypZPFyfRpFw+vjCj4k+jHcxCx/Ofy/BsaSjJn8M9YeIbugTgh/LZKD9suUIXyMb/BL03NjPdoih7aVs/Fy7t'
    'cBnBSjxXRBCXrEL6SKhtjEx9ZZQQ3bwwO54vpOz5L01w96Z67ajTshT63U3eLYd3V5N3NwnflyG380X7qgtE0C54E8k/yvgAZwrf'
    't0SHRi83yn+DrOcEGC+2G5V/CenTcencMS8kd8/2Wi89BtJFkK6qzbWhVd1LllquEfKZ87EN61DwbikcH/W0z3+X7bxX8e07PwH7'
    'Z6qHDvHZzt7sfTtZ8e2uq3xeAn6rPMfPUwfjw29V7NvRCrjqJ2dQGTvH8Bvy7ykMLRe5NrDLhdqePCyvzp48ah0aCT1ig6tseJ90'
    '/66F/q4n707f5vvCx3e/7fbeHUfe4XmwXPg25L2kzTBchHe5+SLX5qnZEv+VkL8pf3i5Im9CuNlxIj1kg5PRb/NCNu91lnu6dHOu'
    'jrTt/YPjA9mnixx48Cbys+d3ufH2qy3ntqZAcyv76zq35c8G5xbn9wxHGUctwbcqPLYiBI+1WuCxwy3wWCPhx4+KoG9qzlvvFb5P'
    'X5WvXZyj9yfcYJCfk61k/jD+yReZHGGU0djcrxq9U/SL/Gy+a6x126azZhvotrUWRoctTO/UNvZPMoJOnhkBd2tZnVF4qxHg6Rtw'
    'N6Tyx7SIbTonyqaT+ylH/1CIz3azb2cRvGPqZw/rQdq3Qqh9TGGeVYSeWmdgL7cW7ISOIn3bacBH2crGRn31mZSnvrB0OL9Bs38W'
    'i1y/DSr7x3x5CSa0BJdB58Mj4H4uTcqXaOZneQh9qxu/Kb8qvuvFd734rhff9eK7XnzXi+968V0vvuvFd734rhff9cbjrsfveWXk'
    'nlclcn3gzoZ7wArFHiuDs810n1PbMazTRu6M63mSRRkrGqOn8LjNpv1fdOeuZwmhAU3Ww0bO+O8a2rIV52LMX5ufQr4U5H0B2m0U'
    'hX4SMPhU+pByosh2rgx1GyqiqqgM+1hF/l1NZrbWN42oF4I6h8t7RNyGuL5en7nFqupyY1zsaMfcQi9yoU+9XY+NnqQPoLZPMnDs'
    'ODz1zgNNWM4R34Ooz1oxZq9DUGi8VCO4Xdc4PMnUZCWv08ZEstPTbkKFR7ZtCytRtHQTnL0uZ5rkp4TFENLRHMs1Z1w+umor8uQv'
    'r2C6ZYePo44ZtUO3KcPt0KN42StiXbVYVy3WVYvlF7H8IpZfxPKLWH4Ryy9i+UUsv4jlF7H8IpZfTGJdNcpPqCa4tZzdb9eG6Kxh'
    'HD4qp2iDe72ONuW+LlYpyh9H8nIfCw0ED9Ayq0Pa5LE/TWiFNLkLUVrBND442rFXKcpTu1LMe1fCDrYobMjyN5HynQ597SPlux3K'
    'X876b1t+YyK/fb8uEU2PHJeIpkeWJHzcsN2i//NIuWstytWSPvWKXF8/mKckYRZLtIeV+x3Bc50WfZKxMGeI/G2DZV0/IX3oNyi3'
    'Hco9Q8qZ4lpZ7nHLctjPfaScDdz+FTlvdHv7XlL3kEXdHyJ1D2nqvkUEfU/xPKOWa4DlehRnKa/7SlL3Vou6z1X0u5vlOUMxtzzP'
    'KSTPTk2e1QY0wVJHmmA+oWV4u02K+yR+qyffOtk3et/T3ZeQP410AY/baHPXbiU0RALolJmEhkB6wlauli/PFf2McdolSWiXcqGP'
    'aYzttkfomdcyHhZtqyKirdoCyFqagI5R8Q+RT1CrgDPkD9D8j4fwqE107BsY7U79X5jWw2OiLBDmcTLoPjGNidsvcv1gUL8eci4+'
    'XOH7AEuAjGANpAsgbSGyA5nOh3QlpHMgbYZ0I8gYhiv8eDq24wsbA1/jSyo8PrtpO4Wcv5Mq/Fi1PObyjgK2c0SFH+fMJK53ZwHb'
    'FkVaR97O/y3353IbK7tD6P3TRI2TxpzLxkEp9/2JISwfBWkrpOWQHl+buzdwDxxJYF/W+Wi5H4dKBQc28Px5UleX4ky2qetjpC4+'
    'p3wdRtl9jPusuSWkX52W/dqex3xxuLlE0a+Dhv3idb07jzHyulaV+3HOXeY+DK6zMQtI/V3CPu5S1BoloX4bvGoyP7gPXy/LHwaw'
    'rpfK3PcMr+s7ZcHzREXnriax7Exjxm2CMitZjLhNQDN/YQLa3ghtf7DM9y26gOG/2Yw2mBOBD68v832NucC+rGMrqWNQcf+n73Uw'
    'fB6p41rWzoAh3mtX9KPTsh8rLOajWwOX8w36MRqBk2rKPHo6bD5s6BYc3+9K/Xq3MRy8Q5jHnuP1vqKot7sA9X6vNDgPowb1qOLr'
    '0jvo10rtYYWv0edLo9fI5bz4s1LP9zIt1yPMYvlyGIvSU7reYAwutNsVivkdNdwDWMdG0rcNaXUcW1V83HZFzFKKu08ocL2Il1sy'
    'hY8UuTFxw+rD+KPviuDVmJ4bbdCPP5V48vuwmMXI/ynUefjKOLaJ8/2dEm8do+Iv4xnMY9vqxvJQgevF/n66xI8phOf26lqfR5LV'
    'm6vN5ZnsJWXa2X0fyxzJytxS4us68HvTYg2vIE3qlnX0K/p6fES7V5N28R62kN3LaiPa3UTqWMLaLYP02Ig6TlH0g/NAjoygi5aR'
    'Opo1dRwT0Y95Jb7ejc35kD3/FWVfY2UHNGfmn9Ie75PWO+p4jmTpf0V9PcIs/jo/T7PyFFLfJkYfm8Q95/v1yQLVh/v0obQ/95jn'
    'VJZ3teZs+WuHstjuPWlfN3m8zw/Z/hCZx/XpaFwedSZcXqD6cH7OTPtyhwW1ajyj24snpX15/YIInLuc5E2wvPNZ3oWKPq3W3L14'
    'n2aSshy3L47ATyWkj/MjxvOHlH48PO9/krxLIvK+FlIvPxt+mvLHOovdURdFzNP/Ju3MiujTt1L6eeF9+irJ2xxR7/0pP/ZNv0Yf'
    'YpjJ4z6byrU9oDzXYcM7jKznIyFtD7O7Sy+UuZmU6Q45LyheHjJoZzcr06kY41aHMZ5H6rmWnVkDBvVgf04NqafPop5linHtcBjX'
    'YQZzyu+mtQZl/pX1N0HKqOaP6mZgmTeT+jJ9mjL/mvRx+rp08By1vav8OOnrF/UzOofvp2eSvqzXFkZk+cdCyvcZlP8ilHeRr2Tp'
    'fzJW3Rohb+GjIXn7GN/r/Yo57CB56PrtVNSr4itl9alI3jBekczbkQzqPul4Hio+xHmatYnaZwNQ/jTH8rhPVyaDem7It3ibrePR'
    'IXlHWd7DNPNiioeqkj4ect1vsp7fEz2+NVD+HEIrU7rtVwZ5kSZ7NSQvp43/0SAv1vssxOosNH9d1v33RF9NtQdkngdJHhUfOMv/'
    'SwR1cl5j++IzJI+KBpB5Pp7I1W0ygRFZ7nbFOEbZOG4MyYOwP6zoI70vZuOXG+rvUdyXteUkdQ9qdAM3kzwq+VLWjpDk6dLoP7Ur'
    '1oPfq08MyYP4dLmiz1y/aVFIfzqJPmVFCA2GcYEqQugnmadSkaeHn/8Ehkz1DmS5N0Swbo7bXxfBsR5k9bwigjDcbQDDPxb6sY1C'
    'nv8dkgfX4wmh368IQ48JOxjGuh8QQXjgeP5vyPhNeRCy3CdIOVNetCx3B+mT6lyoA3vqihBeRB2MX1cP4u1rQ/KcBHk6SB7VmZGV'
    '/4fkOTnt23LXWvJAsue/Ym2jzgu0VZ1VQL416lPWWvI98G5ca8l35vqUKRHu1zZMp7FM5PoaiNKRo/ZxaaLnSNuj/Sukbp6saxHT'
    'N6xS3N2prtByhe3G/Ii8trZ9jcIsFlG90PuJUPmQWC3iOEWx74fY90Ps+yH2/WCD/2LfD7Hvh9j3Q+z7Ifb9EPt+MIGf2PdD7PtB'
    'sDtq7Pth8vl+qHSwaYzt+GI7vtiOL7bji+34Yju+2I4vtuOL7fhiO77Yji+244vt+GI7vtiOL7bji+34Yju+2I4vtuOL7fhiO77Y'
    'ji+244vt+GI7vtiOL7bji+34Yju+2I4vtuOL7fhiO77Yji+244vt+GI7vmLb8SUM7PhMbOVcYx83gc0M1Z+vtuA10rgRAwTn8LgR'
    'w+wb1RUfYXdhbrcUZRNlEivgWTZGfqYMsnOYxvPg8i88C8LieeA4Vyvq6WX4ksbz2GYhd5xviB+5fV29YTlOm1AdeLQRK411lidM'
    'Z9nV/tc2NkaUjWshY6GjHWtsoxrbqMY2qrGNamyjGtuoxjaqsY1qbKMa26jGNqqxjWpsoxrbqE42G1WM8ZmGPYW4tQJ4leXQFo1V'
    'flVeeHh6Y+XsnLa77RMzLJzLw3JZg+l9EnprcLvI6znSlIdlwovie46udQVZwxLgU3QAjhLk3Kogdy/MJ+UQlxm0I3Hsb+H9bcL3'
    'v3cdO0/7AIZKAIamCpykzJ+0FT2lORflWpuBkT7nmMNTp4DBGkJfm+AehKchAk/xugfXXbHmt+a75oVcd/nuwsw/zk946/nPhK8T'
    '7+t33r6OaYDgOqfHgQaIcen0wKVJ8jeloRLkftRL9mYXrLMLjCXCtmeyOHuhKI9XdcpkFV0eVflEBD1exfhTpUReWU/wKd6PKy34'
    'WggDIoaBSQsDfP+myf5V+eCqUfAfsQzCTSJE1lZjeM+LajsNskFBeEvNAF8Jkh/vfmKfEPe9pObt83a4TGW9Rf4aeDdL+Hbsi1k+'
    'uu9mEpkVL6PiS9muFx/LuZBeQOQppvdy23t1OalH1jsb9ElWET6cGGd9Exu5Tg20PRtk/Cug/Q0P28tpXfT18u3nC0/b9zNt2U/U'
    '35mTp8zzpgNemTKFvg6XE7/kIKNDHCHrvxPGdDuMp1xMtSehkDVIiEmXHHpdijurCE2aPsm8a4CVM3tp1mV9UQlrPwOhTQ3ohlUW'
    'dhbDu5j06AKMuxH6lE46oHTm4bfQg8MeFoJPuRuQ1gFPAGng3gu8r3Wgm4LvV97jvz831i8umH6xxN+xvHli5M1IY+IZ+9NYHzfW'
    'x9Ws8bGKNabrI8e2gNBcsp7DGK0eRVuiLospbU/vSCqaMdYhjnWIYx3iWIc41iGOdYhjHeJYhzjWIY51iGMd4liHuNg6xFHfuayk'
    'YorKSmRbI1dOHplIlo7pKb7sw6Y/v+j28G+rAw1FadLyMX8v4JpWQ74UkQfNIvCWleWPqevj35GOWerIA4rv2vFdO75rx3ft+K4d'
    '37Xju3Z8147v2vFdO75rx3ftibDXTcFeLoSPrDIisz1f5PqkP42ddw+E5N3I8v410aXgeYci2rmHtPNeSAcg7WR57yB5sQ8jkHax'
    'vLthTuS7d0E6yPJcJ/w4NDzPsKL/daQd2oeNpI4wP2co+z+C6bLiGHZFlKd67arxR7W9mtAHGxk897O/sd5uUj/uLVyDM1jZrXiX'
    'hbxzyD31NFIG6Z8yBjOnMXokG2chHUzp3kqjfrTw/UGiDjPCP+4VnA/Ub8D7Xymk3C6E8rbwjoX66PK3jmh1rYP6FsHfC0SuT1td'
    'HLhdjI7tttjPlAYdYbj0kO9xgsvC8uI9hs7ZKWSujiDrfiqUu0HT5kxFm92Mlu8yaJPb6JQTHlHYOsh1+iihifieWKHAh70M7hGm'
    'cUw7FHlxb3SwPbKd5N3K8EoX2euoO1TD2uZ7sI+0Vwf7pYr1s5uV6SC6Q3XsPO5kOO4ahuuQ5j+J9O16Ba5S9U3usxkaHNLP2ulj'
    '8zfC6ppDeCxDBLbK2NwOM74UrhHV8V8J+k8ctvC8TkTACuIUaq/PbQdoeQmfMwGeEwS2bWG5EH2qZ3cCameaeZuSdKWOtsR7wBx2'
    'R+c8rWrGy6XtUV7uOrbPKa++MWK8ujmUayn93JvM4T0JD4Z067ITxoR1VWJZzR01BWl6Wt9eSxJjT4zdTXWlfy5ttVryV4Q/9LRH'
    'lH4LlCszz89T1lecPQivI/GaTqs1xX17q2Lflk3jNS6BJzxXaWLs9zkW1XvGJmKNb9Wvsak9aNS+vile83fUmuO+v0qx72N/GImE'
    'WHPITUX2aREOTwROjn2QjP+cm9GpIWsg3XmUTG85SxuTs7QyQ07rpzHsY6W1nCb4VLfxfTUSr+m0WlPct7Vs31b4AwptKHBvj8iv'
    '82sTpr9wrPDtq+h3LsdrFr4vC7zjl4tcn6Gc32or397F+mCzH+yeJCUNi/ukVbewPHy7tLrJlE2FhNZ+BerNv4TpLKngMKb3DGBi'
    'ZT4LWH5eVI6Y3hv/OUfZFMJ/jwL+0w44cZqtTcrg1hr6JN1xW87+6IrXZFKtCe6beh3d1ZbdsXt05181Wdsah3JRdF+yXdwVBVNV'
    'FvnD8IWkuaYubKYKjruTRfbbHgW2Ux9fTL81iX3tR6/R7fldva187UfdFcPwXTI+i3PO4mLuraTBtTKmjybfmpQJ39co318mOnIq'
    'HpMs8wuh9o9ts76p6bXe6XzXO0r0Vgh4SAOvDWHjWljHbRb7dpqvIz0DWxxv/uFn4Oei+XI2ezT7d+Yfd6v25JR7VE4Wk6n0BPSk'
    '3uZSWm98ZQ2MNIxnj3r1yTb/e5qIN/LF73Wg+3kda/e1R7z0k5Y+emN6WoFL8gPDSHpadWZPH75ATCfHa1L8NZH47RqGx7pimmj8'
    '+AKfMzsvC8E3yJWrJFPv5AfnltsIuEf2sH+Cey1ek4lek0h9lpD+KfVZIvKH6bPUiFxbOdRFCYtjGykXSmX//qKKZC9negs1DuXC'
    'xvMZNp5PQblKI10wyWkoKcW/y6bVKVOeneY/eykb5mAN/DITu8fm7n3cd6wgvc5AZXN/yf47vX9fHan/2Rx6UywdeyP86h+he52c'
    'kZ2bVt1VUxertpztA2lHtj/z25T04bxE8T7y/HTAKxPlX8GiWEoU+Bkr6BNxfsZrMuFrgvvmbsW+gbMkg8uTsGDpSGWIktKQuSqb'
    'NGsUjaeTyXFZKds6bFsOfrUpp/5ep6CL74phJoYZC5hBvNMR69FOiE5nOcw/7t8r47mfkLnn/B+ki0rIPayW3cMqiH46xipczupF'
    'nwLtRG5D6ygl+bmOu/Sz0EDy0/iWNvU0RtwvG1hd8j4wS9j5hMD6qxkemRVx98Z5jMrH+1/G1iXN1sWkPtt4obZ9HYZ6klDvrFj3'
    'YcroPnBd30FY93j9pt76lQnfT3Ep2Y/cH9pslo/i3aNb/HzVIfkWtbj7Uw6T66t8nrvKNioUOBp9pt1KYL5U843j4qTwfdlXkr8p'
    'jwj9EfHzgsd9Rv5tivFvuU+jl+V3NleYD/0dIW/qn0N4rCmAj6tjXQQ1/bXn0DYF/qEVb1XOdTqKmyrXaaZGJ4XugWWQzmjxv6l0'
    'WEz0EeUaUz+e90P6/FF+PcOExkPTyk6yH+tABjxX5PryQ99+6MMPffpFxS2l/papbz6MB3k27KcaRo+Y0KBTnX61xXWmcNBbANn9'
    'NHs0fFO7oz500xtUVQf4/mxh588WfQFyP4RLyDf0L4g+4heSb+iXEeP6ziPfukWuD8hZim9YZ62ivRERjAn/soZWMLmLcDt86msz'
    '33r43vmQgj9U7mVI6uVg6UmiUlqU4OIWYdSt/XE3lmdPk4VBXqEB08OM9C7PzVhuT6NTvvPtMUzEMKHgK6v4TR0ML+XQ3A6yyGn0'
    'RAouCqG7GCXnF/+YWZufB+X89H3Y+urOnTpF+xWMRybPxC0iNx5YGaELt4hc/62tcOZdQWjVK6CtGcL3b94acSaqYm9H+ZwuJWPZ'
    'Qi5JW1hbaREe5/sKzXwiPVupuZtO9/tn5N1UBGNgZJb1VnN5nxsOKyX8H9WdyoQ/TP1Mq+I7yEH9luQzhV2bWGctIjo+R7fmbjsg'
    'fL/tnG8VVifyxr4E7aO/+Kh7MbbHYxZ1O7a/l9zbTdt3aec64cdI7GVzOEr4Ai51XwY4jseecqnrDIBbGqOgg/AvXOpcRca+k8ET'
    'ptsd6z5MeD7IabwBDpsjZG5c2rC9k9E56yF9ojFgLkx6c12M/Yx3SozBdgR5hzHv5pJ7qYxTmNV33eefl5j/pgP+PRbf/fGZYFzW'
    'efu89IWn3XjeNG5mbdKLgVLMucHYdqvIO4wlSONoyncy/etP5sbRlO/qLs+N/XgE+SZjRMr0E/f6sfOwncWXBuf5F93Bee69IDjP'
    'K+/JrTdJ6A2MH/q/Eh5/XMLdDrYnhi3g2Hb+TfgyzRZnzXaGHwcYXuom7zF21OwCnSW03kVQb1S/Ryz7i7EpeKwoijd4mSThzWxI'
    'eHEMosaJPLAWgsfp3x0TCBNh+SjvOUtDJbz4qvSc62B0SfcUGcuLwotfQcfyyhTp+/8Unv1/MfDDTOHHdZPpGkjXQ/ouiPdWjngW'
    '4j/dPs9L75jn7495wo8TdwaUb4uIF1dH9FdovuMh320krtz6tPlZV+swH3TcbZCeqBkH75/sl8QN8wndQWVQ3Rb4rJucHTq6kNI2'
    '82HuabvXEtxo0i7FTwPsDNsp1PH0dDpbqrtTWCzKYwSzQWqHKjVMJtMYlzZ0SlRM2ZVCH1N2CSlPY+TSPAtIniFNnmLH/k4Q+Qjl'
    'PXE7KtVc8nJyPqPKufon5nAlGI/LlO6kMsmtsa6Bnp/z8ez/W4iuQeFkjoYyYZc7xVKC//DdySIYs+xoIqOrIXuOyggx1mUX25O0'
    'vZsc9YuKMebzFGPeqBjzGYr+n+4wD6sVZUYjymAMcFqGxsejeQ+HuaB5+Tk3U5Gnm+WpUuSRNI3q/JrI9btasX5bFOt3EXn3qGLt'
    'P7oyuPaJtuDar9CsPT2z6P0pbO11d66wtad0TdTatxqsfavB2rcWYe3LLNeexiTF2HsLmF7VMuAPlZD6UqT8MpaeIvy40OcKPw5g'
    'GJ1XRugFHvO0j8wnjxvaaaFDNSTUseobGO/dJD5j2HysIzB9tAPf65QinkmIY/+bvJvZ4r17i7ybAe/eIPpgLWydW6Cu1xV5jmzJ'
    'zfMK7FFKG4f1WZZ5QfLlCF6yGW+jxX0G8cs2ksr2/47w0YcZjhhS8NF0dyRZ12eF57hEJTMZVrQR1fehELkL5xNRmN9N7tTdpIxp'
    '7PJBNq5tQMuY8vAGDNribZwNe5Ti9SHN3XNEMTa8+x7BymJdWwmeCetb1Bh7NW0fDnIJ0zWlsrWoueoQuTGVebzaMDyStsQjJrHl'
    'TfbmId41pCeJIF97FaRtbAyqe5zqnZQvrXe4a4fpFZvW0QRrPt5jbhRuOrFherAjIvbZl6eevCAimYLfXU3XhsoXbM7gQtEg9Yzn'
    'lu+dJmFZvsSyfGz7EQLTLYem1cH2o9mIH0Px4lqSusjfG8iZcDOUxztPB6zxFcK344vXefzWeQ6sS5ro0OnkJHgmp4kKaphcKknO'
    'xYaIM88FP6zV0NzDFrTuvylo/3oLHSgTupvW9zL7+9oQ3SM5hwdrPP4KvR9x3a9eJhNoUcwLfe9Kf9M2Oyxo5DeYzPyrNb7cOOz+'
    'MN5jGbG4G+FYbsuM5VTFvcnEnsxUH6KD8WH6NHoD432vOr3G34O7Wdt9Cp4ezTei0HmgOiZcd6OjAGOJmu9uBS8hq+dAxvkHNj4T'
    'mOnX7E+uK+E6Zjqv+ezL5zII9r3w7lQmzz4F5NnvnxecSy6zl+VPBrn46rSZ3B7zYlqv0IPlfZB5VxJ9BNP+roJvezT9pX1aQ97L'
    'Obqj2rtzq/gF/WzfdTB4GlXw0yk86OT7fG/0Gqwtnh+XVnt33mLBbiFh9l8hfZXg06ysoNq7k+d7HtP+d2vWoE+Y2wIPaM4kzi9/'
    'q8rTAaD6f3yNf6vgger4iLbnW28EzkXbyOeq/HmerPg4rP9/VZVLK5nsEVvdl/E+Y6+p8uRBpmeqCh5fi+BRD2tkdj3QhzOrvP4X'
    'cv/Z0MFhe2tBlXcniTpj2gz11DAvbfNUoutGz5yT2RmxlumGvYd9XwNnyJuZS+5R40ADdGlwdzfjWf9wnPszqNnH2J99E9wfPj93'
    'ZvpzpoimL0xgq92CLmojcGVaP8Jae570UJshXSXnp73Sl611TAAcI/6fP079GIzoxx8rPHkThdsH5+fq4nFdyl6Wb0SD9/5A6s3K'
    'dSty79KmMniX+/J2Mh/5nOvbFXSwHMtDFf45021xRnda0MXdCtpNRQdy2uJDFT7d32c4D6p15DZRJmu2zWJcSDdsqfBpzslKM2f1'
    'Zit8XD/RtHFWPlPhyall/sNqvXQhpCshnVur/r4G0jJIF0F6JqSrIF3C8s+s9dr+VXlwv7vAmKuM/rny4vDVTPH3Q0VuP+qc/7MJ'
    'ah/HP1Du2TaN9z2D9onzN99b7snSZZ5j2D6YA2kTpKsZvLdDOg/SIyE9DdL5bP+cCftgabmPuyYzXzBJ1svm7OX1cX5Rbwj/KKwN'
    '2ad/KvM8kbjoFxX6Pv54mad7bXuejyj2J+dbhbX72TL/zjwR91XZhxvLPP3DKP6lzd1yvOj5jWUe/ZqV97E9fxjb2zMhneV45q0M'
    'aWu+pq0mx7Zmk7ZccBMttwDSE9n3ZdDW26U+7I/XHT+7/8e5XeTRfqvUxzs2+owqXGhaVneP+Gxp7v4vBr19MIIvdWOpZ3PHdUVt'
    'dWJNaYeryPxPtEx0XanvX8KFFtXJGbK23wWsm/e7ttT7ezLibNm//1vi6WtQPJWA9L2QboA06Ygjny3x4bZjHPDGw6S9rWy9OjR0'
    'UrcDfkH4ubfExw2FpNlsaLQR0oeJ4HPIPpxfUnwc2Rmx9qtKfN82A4xP8LJGx6Eh4aWphFpWcXiJ7z/IBe+a4ooUmb988O3uPO4f'
    '/5IOjtWlD1Fn2TNpD+fa4B1TOulhUvfpjPZawmjLjZZ1/2XatzkoFC0UBUcH8fxP+7Yr+fCAZV29BVrnzgja8Zwit4P7/vj0xNmC'
    'zCLrcgNr+wsa3jv26b75zPcLqSsML5nw8f8z5fk2nEh9l6h74dMpHz7aNX4w1rF63+vQzr6Ub2/UyXDfQUOc9ZmUx7caLz6IbPOW'
    'lKcTXQx+R9bWK+XDG/dHZCrjx7rOJ/MzXjKJE0ib46ErmdVvJrA0FEKzhcFSOVnXYc1adVvw6/m8/Drp178mYj+td9hP/5j05KIT'
    'iVtkP/4+6cEvvZegrMSGtyzrui/p+5C9/FmQgz+TawP71FNeOvQV8ClwwEsfe96r4+NJPZ7pNpSZ3Jb0fZy52HPqzsjtSV+GXEwe'
    'hmzrXNIWH/+OAui/0/lanczflvSopMd3D9NBjYL1Ey30L0z22FjCh0dXucevEr5vhCh45PDy80R+dsV8jr+X8PiIhZCpqOBiVNPu'
    'g2Qc+d7fZH1/oajP9Y6U1f8la8T38C6h9peBd9MdpKwN7MsyPVDWlicvy1wSUjaMx56V/yV8n4hdEXwh5EWuI2VMbFZkmRUJ36eE'
    'Ce7q09l6J9x8DwyweqoSvj+MMBq0DgySqiLmCMf5XyI6L67562CbVWjdRln3j6Ef8vuvNoFNdLfvP1Wmb4JP02dI3h+d76WpK30/'
    'qTI9osfL+w8heXm9jyjynrpbnfdvFXl771T34bMheXm9HyN53wQfsV/WzMMHQ/Jy/7I3krwSAci09oJg2TrAATzvXVep83Yr8p5+'
    'szrvZSRvN+S9Z0A9tk0k70074FzapB7bBkVeXDee9yRFXlwLnnc5ydv2kJfu2w8wDLTbosf82ECY92+egJg9+9T+k5tJ3iiasIbk'
    '5XRlM9Q76xm1rwdTO36T2D+xzTOzhf1cPnb8zcZ2/FFrE/sKjI794L5O+fkKTFraEIf5slTFfZhjASfo68kGrg5zaONRyzZM/UlE'
    '+R0udHlcu1LiK+AChkNXCbUPnFbh+5jBGIzVwo89irFSZT6M17qe1bFe5MY/xPKlivK03GJh5wNE8r0PL1BfTdukdvhpUi4nhlDm'
    'rLzvpfD1KSdzL9fjSFinOaQ9rlNL0yFhH+8B/U40Ct+nG/VXSP3c7lSkYX5uVfFjcGzoh23eKt/3Io05inEXaEyizSRP+VhuHhkf'
    'OHufEr5/v3MhvUAD18uFnX9qnV+GGgYPsv/Ih9ukSG3wySxS1/x0MHXBTa4+ajgOabCsr4GkSYCDIZi/PmETYzyVSKSn+Tm/lJ/M'
    'dvRYdXiGpLB8UtXtJfvv9GPgSXj6sAj3bcLP0sGQPcRhdRhgw6RuugdSIXQH9X22nJwvwrBfJYBfbOjZfGJlFQJn5eubzdTXO72j'
    'cd+jKWHnyygt/PgxiFOS5Dv1Lc5xVKkGR80l+Xl9rv7zjoa0dMwOD7rGk8Z684knTct2wDqVAp2Qe9dKvqMfivt4rD0FGt0jHJ4w'
    'f02pIsNxlt/yES8t2ePhgXKhjy3P910dfK9ke2Ipo6nD6MLxGOOX907/MSIv754DEzPGknEYI/Ic//iNyTHm8VjXNPBOf/j05Boj'
    '0hRUxrdL5PqA53EIqdyF+yV39XlZxvqnoxlUvKUwWgbvxKa0jxzT+4TnwwDLpEV4/FvKG1gG921OQ5jSvMlJ0E4YrZqPT8tmaCdJ'
    '5lPHU2mwPFPnauCFxi+g8O0KpzSmsYj52sr77pGbxV2gWtQC02ThizPLKouktTgvI0XWBPmFSXKHLAc4Ow1kfbOBZt6tufeE8bzi'
    'ONamcaxvNYpjnTSIY90MugX0rL0y3nc5a7DnapHPE8pH4jKJJqJjkrbkYSDfd4cIxkvKynYSwTyDLE9jwud3oP1JN9FH4d9QpyRN'
    '6qbl6oke7NtCnwdtlv+fCLZxDXz7d/Ktj/XtNcW3Q/aoijpH4dtPSJ+2Ml0fnJNnSfkONqYM2Sm+E+OuGHfFuCsg59PRmElYIxVd'
    'UcnoCnFOZm3/2vt3e1vm323RfKEk8hwV9dcXoP4SxZ3qWiJ7rAG8hL7k0zEspmCqzlWAUKFUM9pN6Ft5vt6n0NMQwjx+Fsbmmkfe'
    'zQfZahN59w08U8m7tS1BHS/kkaOdFtp+newok4zhcerAY6Plul7D+BFd8ZryNW2f6DXNN/aS6ny5BvBAtcO6T6bHQryUsqM1x1KS'
    '1tTLofTPmMNTF7LuE8G3wzpKHeoOqzNJ6qwn50k54/XIf78sxx3CJy9hdW2Bc7XGQj+B8s/pmCjPiZ6Zsp0rQsYoiG6f/FhqedbK'
    'Oj9A+FelZGw4X1jfVuHHMj9GqOINvbPlybi3MnP0lv72l788ma7TFUzHxUbHQaXbZq+nJU+u6auoBQdavcM5bKyPHdDDgoVpNzmw'
    'AV+cQWx5t1jKIK+AOk5I+jZutI6Ugd7hMUnvPoE4Q2V3eZ0w8++jKtslcvVEq5K+HXwxdGVVerK/Spjryb6a8PoR07hKGjct8nja'
    '89xutvStXM/BhB9bfLkidanzMrB3Njmz6zR1SNvS1aQO1d7ZJuxjM/eKXD8ArRH0IZettwhzu/ZOtrdnJjz9btUc4n5UfdPpBtjW'
    'gzHDR4EfMqTRD6iOZb1hvPNi3mOt1r8R1vQWsCdCeW4Z0WPh8dOHhG+nNluzr0aF3g9nGOxn/cMK3+8x90PDz7Fdmj0VFWuK1x3V'
    'p2OE7xunQ6j9bA2xM3dQBGOrZ/cwmVuOh7oVekRdIuhfxoV3SHGjTuepQsGfMOWh3gZpNekn14tBW/iEYpw81n23o+5MmfB9MvQL'
    'c98+KpilNsaqteV+mZcr1q2D6YgtUtgUdbN0O+SdK3xfB/2aeaJ6ZtxmaZfQ+7x0mVvV/kG4fjBT2a1C7WO8k/TDpi0aM0oFSx0O'
    '9gCFgA0c82khsDHM9usJCtj4JcuzDPpnSh9wnDbA6psD+5vmNcF3VQr8/xs29iShCZYnvUs7nYdXHNe6f5Ku9Xss1vpkMu8mfnLG'
    'c/1fd1z/gZD1fyhT9tPCzK8KPTO5/9WOAuOH7gmCGTw7ziP4u1dDIw2zMhsInEXFAZBn02GO8GI6NuzXfOH706VnkasPJ2qDpfKz'
    'TuFrdsKzt6NxfOjes4GZbsux07z9RKdpImmSDYZ4YkSoYy92sfraFHrr9JxHGriG0S2DQu13qduCfuE+2GsU8M9jlwwrYOSjmd9e'
    'mGu8l6xjPtPXE9/qpj6N3gU+jS4luPSMdK5vJJ2fOFnuLPgW5WeJ+2DcmPbPEoSd9Rbx/VYzv/HnpP11bBRB/49RMZc3kbiT1DZb'
    'vjvOwqcj76srHbpe4yO2LW3fnqs8Vzjel5oIE4DbqXYQXRGkG8uIbiPioTrg06D+ycvwbgnJ/zLBDejXqIa106LQraRlZpM2bmL2'
    'NmhjifY2+G4G6MJQ3ZqlCj0ym/k639H+o4q0kZn09KGPIfzPKJsXG72OeiL7V/RHhMm2bduqJAwiKkNFHX4X3RQd7Jc7wj61o1ot'
    '8rfRVq2R6h3CarHyU/8rhbI7L4VfmMyc25PJvfIRjUz0ArLnsUzSck7WWuRvYvx52/KNwrehb4JzUDWu5QTHRJ0jlY77QLZ/HIPj'
    'NMNxlxFaaRHr47Ei1ybddA5UtmVrhd7HlA42KZyUwNgbDezEbPc19jdBxr5QqO1ATfRpkiLcrjRliSNLST7at3zxYaIA82YCs6o9'
    'tdwS5m3tcXEd6HmGMuOc8wwVOFr1Ohp0PzewtdHJo/kdCWnArQU6y1zXDnWGTe1JGyLkMSa6YC79jOVw4+/zUbcWYf5abOBuC3yr'
    'U5wTsuxM0F8J80WYZjJCXXn0zUN9+qRByRp9+qCNNZ7FtyjsSFCnZqL2q6kuogrHLmV6P2HlC4GTXM/hQtltVxP9yZMMedlR/Kgh'
    'EYw/zftpAvtrLedjIELGKHk7F4v8YxJE8fVM4k+a+IsfGad5M4kF1yXUMWEGNLJmhDHUl6V34Wy1iT1MHdS/LyL90cvsaTAd0tDL'
    '1xvosC0mdjs7NelywgtHn2XtDA/UEpp7JuG3IF5EnZ5BwstBvQvOM7lfMYf/H0zfNL4='
)
