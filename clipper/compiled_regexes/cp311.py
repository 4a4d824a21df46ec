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
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 63878, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 63956, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 64013, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 64045, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 64197, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWZaN2l972zdCeE0CEEOiFLJxAIIYEGo6AEAmEnbJ3uTjekN5ruhIQtKCgaHHDBcUa/GeehbwQDI6gDovMMKASfgoog'
    '4/ucEQZ8M2FGRx+Mojj2u3XP/+f8979V51TVubc3zuG7VPqc2uuvv/7611ohRFp4j0zHMk9TJu2Ad4nMrwH+XQa/+szvqKe9NP2M'
    'EHWZ9L2Kb9/5ifftdPLtzPO99OzN3reTFd/uusr7djz5VnmOn0d+W0a+VbFvR8O3VhiHTPuF9+0I8m2IfWuWdZFyss7lJA/+LfPW'
    'kLxDIXmTMH8NMJ+ynQp4J+e7Bua+PPOrJvPeCGWSpEwC/qZlKtlapSzakHNRAv1dC/1dT96dvs17t4a8+2239+448u5nT3rv5Jhr'
    'YR56SZsioM+yXEvmN5/MWxrGIMhYkiFjLyF/yzylpD6eN8HWxnS+GkjfTPrUAP2Se2ohm/c6i3blOEphzzQ4lL39H3LH2wh9uojk'
    'M60P9wn+Ted6LaTP77KvtwHqsZnbsgLNreyv69yWP5s/tzi/Zwi3eSgn+FaFx1YE4LFWCzx2uAUea4T+y2+jZI/LdBjyVJB+9cJ6'
    'VirwYAWZo/cn3GCwlK1DK5m/SujHFyHl/R6BtBP6VkXy9JDxY14XXCHfXw59SWVfhj3JxHR+shPTKiI86dAcNvBjcp5K+JwZAndr'
    'WZ1heKsR4Okbmd81UK4Dvsn8x+TBTfId/dD1/dPYWJl65Q9l2+MCWQmy1ynO2kzw2W727SyCdxBXdMP64Xl4PaS3Ao7DepD2rVCU'
    'p3lWEXpqXTq37tPSXvqBeX7da9NeuaNI33ayPl0D6UrSp61sbDMBTk3Lj5DzRofzqzT7ZzHZF1Hw/1LLM6QUaLMEzDG9By2EdV/A'
    '7j8V0Nb2Ni+9EdJPtOWef/LdL7qhXz3qe4D89hMo/0tIvwzpeVDmTcBB8t3jcM9p6gsuexDSNyB9kP39ZejrP8F9KEu/X+Wlb3b6'
    'd44yWDP5/u+g7OuQfrvNf8/H/U/w7Ym2/HGnAC7+V+Z3IaGnbdqaDfDJ22pidGkDgdlOyNfb5tONjQoYRVq9QkGPyfIfb8ulX+S7'
    '90Hdl3zaSze05dIgCDMXQ75bIL0UxoP3SSwr06vagsvwfVUH+/IkRhMOkj1M8csw+7sL2m8h+ECmu8j7ZpgfAfOfJPNTTdaQlu9j'
    '/ehh9JYOjvkYa6Bc5pOYBeW+Dvm/Bekf2/w1kmkX7iU2hxeTOZZ1Hpb5zYE6Z8E+aB3NrQvbekYBk6p14m0kCTzVKngucu5O0/Ba'
    'tm/10h90enXVK74lbsjfhx/ozC2n4kPgelay9Uwy2L0LcM+bt+S2R/ty/Xle+m99+X1BHs3Nd+txwmCm8UWK/LSfpayfadbP/7HF'
    'S0+EefnP3fn0fQfbI0MaPCDfvS/h7RXEJXRdzoc2BPCrmhTf9t6bP098LlTzVKGYpzIRPBfl7K6jG+dMi/mieU5gefh9Tte3JuDt'
    'CMX9DMdd8ikvfXtv/nw9fK+X7tmrOGN7YN52qvEi4vh/hDszxVVYR/Ijfju8/v+x1++fCic1wH6mMPg2jOVcmLeVl+TP6erR3Dxf'
    '2JpfP54N9wM9Ump5x5H1fm6zl3bD3rz5Ui/93vn2dJLsywclL8mhLw3QH9wblGckrvL3Co69gdVdzu5TNazuRramXwba6+17fXqY'
    'f7tyj88DmYg9M4ONMR0wRpt5nsnmgu+R+oB9VxGw72jfZ4ngc62EnGsXknNN1ncvW/8NH/XSA3flnk94Dslvf7gyt8xDsC+H9uae'
    'I0E0CqcznwJc+5lNXvokyB9SABcLad5zc/N+m+VtJnmfAzrwGpjb12+DOrbmyg7kuy9C3gdY3s/dpT+TmhLevdRlD5ayOeB9/SHQ'
    'DGt35c8B7yvPS+fgbMA3C2Ftf32Jl9Zuy58DzLvvLi8d3pObV3UGmvLfOF967pj3Xdb7FNCpZYSmfPLDQO8N5cLIq5D23umllwMc'
    'lOzx73h4R8vSDQTnmdZB264DWn4+g7+gOlT3H7y30P7x+8t+aPef/yqfHtb1/Rd71WOYDfhuLbR3e496bLimdYQHmy13Tu4++Phl'
    'cGZAO9dfCfAEsr4LhPteqGR7Ydewlx67WQ2zCxV5F21WwyzdC7TPYXuB5w3aC1UF3AtB9xPEm0exc2UlpCeJ/HNlFaRtIv9cwW+r'
    'WdsqfqnqHc7vbM33eqD1TPmxKn4Vn4dScp5dS9YM5z7ZHsx3pPzmMLjE+18No0V62V16hPxN+SIo16D3/IPknm/Cy4sit0YYs+Hl'
    'NRAebA18n2Uxv5xOPTLz4hZHvJB0nP/NBZ7/UwBHh+XvZ7RrD+Ht1AFfdIlBPX0sHTXgZY+wcXaQ92Ht4TwOCDVPwBbeZB2fh3VA'
    '3jel+ybTfiqJyOtey77Jf6+D/i5mvHWXe56cw3Md9k8h5orrFwTBYILxLU3W1rZ+Fzg0OUdumaTnyJIC4R08o7HtsPo6WX9GFbzq'
    'qX4ufTvpyXTG81y6qUDreW2R1vOCKXI+LSEy0R0G5buYjGVQsS96NP2ja2syz1HOT3pGcl3AdwWcgd0OZyDVW6IyJtRbamZtDWpg'
    'Z8RC3r6L3E9qLdavQ3Nu0/vCDxK+3lQr47FMZ7xbVkD6xaaOQtM5V2VeNCb8NaVylEWK+aXzNKKQkUZZuyA4ln39PzB2LB+UP2xP'
    'DJK1N9kHfM+pZMZDCrhx7aMc71/Jexzrwzamq9hiuZ9pGZN1xfOzWYP7RjVzMxwyPuRR1ME8zlDgf1u6VtZ1HsBt2Pr3avpvOw7e'
    'B4pPtpP7ZwOrd4ityTL2fRvDPciTDFrjqP3k8kzECVSmMJ/IFCgeORv0wVz5kNifMkJjRDln6RlQyDPUlf9ocjdCmRHFxYLJtLsU'
    'ei3Iy59J6DUTHEnrw313HdT3MKx12B4+msCzzVysJvxRyif9BKEltmloVdU4cJ98APYJzkMYvGxnaXdIGbwHVGjm7wbI0wFyf1r3'
    'oME4hgzal7KVuQyPdbC179Gcybq542VR1+gwQqua6kB2asarKoN3i1nkDODnUW+I7tYo0//n9+MwPCbfv8L4IT+DMjM8/eNUuqT0'
    '0FNWWlqO/64orawqra6pxaeuvnaCngb5v8Zi1JydmLfGxhLZ//uPEHv2yPQB77nwwi9l0xcWrzzqnCXLzvvVps0Xfu2BBxbD5z98'
    '4o4Hxgyex2/9VmtCpH+d+eetsurBOT5G8dr6k9fOAxe8+AB55MrtGSvUI1ts/3nwd+/Zr/vajH89kPe8/i3615gY25/5yf9fOCbH'
    'KbL/vZz579fZ/2eeb73xNtQ8Nva7vPbKRKGeqxXvsu23GBQuN2lBNYe+jI7Lp5qJHgieKeUkD+o9o52OC89yUYBeYik5gx9hZ/J8'
    'xo/pJimlXUcUNkymOPUgw5O3BbTbUcR2O0HeyekmFY0+qqDbeH6Tc0FHj5vSbB3MNmsVnGl0Ll4xoHFs+ruN0WfDmnuvyb3zjQD5'
    'kCtf/puZSs5IuvFdKwLgLmsfl9TnQfqsguTZoalHNlimyCO//T6Ra3MSNofDrO6DjuWx/Z8m/HtF2P4zhbEsXzyg3u4I9T6Y8PHF'
    'jnHEF3cHtDtcxHavI+0Wql7aVx3sn5/w8WPfFMWPRyamPo7/TeY3z6KvJrhfB8OyvRfh7mI7N0F17lfchfhcHQyQ61B89aDwfBfQ'
    'OgYtZECm/FE6Ln4/63M4+wYVvAx+366DuZ4/ju0in/HicW4Xxyt1zU7UyIh0+8mED0LHN95rOVgg/RcbXUCuY46wdL2j3HBuEWhE'
    'vpdXOLbzhmU7swqIf7js0IWOcZFrhemf0Hvdd9m97lgC6zb0IR1bh6GM3vSbig+4F2BCtvOygk6ZzH2/nPS9Y4r1fRmBkR0WvM7h'
    'CehrIe6Ml2ReXJRwuzPWO66pbPe3RKYRFb5lff9C6usoQH3PkfHZwgHagOvG51LfA6CjHnUPHWTy4Q7N3ac/4IxAW7nWIuCnQvXv'
    'SiJH6WJ16/RvdmjkwkHrsoHQinweitnu0eQc53Rcj+L+pNLZwrpmEBl2WF9HNHVw+q4J9Bs4PTWeOBLpksYJoDeD5MBVRJZeBvJ1'
    'SqPM0qxrh0Y3pV9DcyIuWwTjMZUVdlvWT/0FhuVVnVk6/SnVnGf5TwE6K32Gej1rA+rfSWTfpmvQocF9Ov0kl3GfR/pl217QvY+O'
    'yaVfx4KOmit8jcfchfmooPvxcWgD/Uag7XIJ6J2IfULc95K9PErl/6LtIS+954Cva4N21l9/3kurfww2qU/7Zw7a1LU8AbaIB9T1'
    'nUTyHr7Pr0eVdznJewPUd/yP1HmpveBND4NvVOhL+kBuf1HOl837HPgzeRR8jjzipZ9/0ksfez7f3vxr0IeXn8yt15X+bQJ5Eadp'
    'mwE2qP0B9uFYWPtlwve5WctgsJ3YX9A6Skl+1Aej5ZYbllvO+pyyPNvoHXok7cGRjY7qVJkbl/loy2R4dprPR8JgTMXAeekQnHeV'
    'Ac67yALnnWWB89otcN5qkrcZcNHXnlTnXWKBH48geaXPaZmu+Ya6XuqrQ3xFnccWd5Y47pnODALqSNntmQ5GO9v5EJ3eHkWzE3Ob'
    '53bXScEnYZbF5pz8OCt3Hfy7Gmi1Pli/Ek+Xbso8KfMnbefLcywLysXw5emi61YXYf1RH0sC5Hqi10/z2fh7l/B0DnlHbbLEQ75e'
    'Kp4T+/aDr/3vet8WEzwpAOc9qsk7n9QzC3Dqvq/n+zL7t2fh24F8Pw8JODOe2J/v5+ExOJ9+9F03/8k4pzbzZ3M+yzHeCuVToph+'
    'nac3Uj6kLJDz7BHOj0LX0ub8NF3/RuHmO0lHo+00oNEGLGi0Tgsa7RILGu1sCxrtdAsa7USHO+wSAzpsgQXtN9uA9qP+diiOUo0p'
    'is1jPcMZ1M4/8zKQhol6Vy+fgnf1CmHvAzpwjpPZIbQUYo5jutzgDAiZ78AnWVi63EQXIqXga/655b77IIHxBoIrkiLYV5bKH1Zb'
    'iB5QmB8rG7pq5MrCx0qwipnSYzfPRyj4JdSnWSvWO5ZLL6j4OZVsH2MdiyGtGHOXjTUQ2oLC4JmZ33si0hvfYv6xDxe+D78vwben'
    'If0q8aGukgVIX9kYA4nyQp5mvrT/ua24PhjjvZm/NzY8PLF784Wn31l7832wP6PszZ/90EvfetDnV+Ke+jx8+z7Q7j/7qk+rIh06'
    'AvTyRqSB9+Xex+keXahpczLs0Vct9+g8ko/6CN7CZJjnAl/3CgKnVziuvQofbiH7pBH+3QVzU0PaaNl+iBxp5/SJioZertEHu1bk'
    '2o3T/qD8NyFy7ZGvJjZIQ0Jts3yx8H3c9BjoymwTfvxG1E/gsSK2ilxf2KeQfmxlOg2YZzX0I0xWvYP1/xgyRx3C3LcHjqOJ6IaM'
    'GJZTzf82kR8jkOrtzNDo7ZwaApPcb3lJAExeEYHm3ZN5sSphh/e3MNxWK8z92eD6pRKF8WH0G2HvP+k1URy/R1LPcY4w1zvvs8iL'
    'bXyN7L9tIeN8gOwRE1uuPqK7Isv/JeDSKGtEbc4+WKD60H/BMNEXXJP20hNZ7KtTIPbV+0nsq5WQtx3SNkhPgHQ1pOvTuXWvTvt+'
    '6NB2akNIe8cQvv/p8O32eV56x7x8vTteHmOq4plwMsSD+MG53reV5NtfgH/0I3b6PDMd/38hoRNGgJf1FvDK9kOeuaT8ny7y0jOG'
    'fT1H/Db74txv1UQWIcvVMfmEzK+iQ2zPaorHpCxko7DHY5QuTxeALqZreQOkLznwpk36FGW+dLRapfD9jg4JNz9FYXqmZYZ4oEeo'
    'bUtHGQ1xBNxx6betBjRFp4Wu8NYQ3Uvsn8oOXGXHhHFSyzS4m8Yh4vaIOzX0BvU3WFvm+WLiZ4gqTp9qbriOeJDfL+ovZp1Qx9I4'
    'LILusQ0srAHd/rDxjRecYHxE03N+K1vrG4Q+vse9pR6tj7TYO2nPlQXA3XjAfPbuUuqGI1W2GEF6xNx3JPU9uURhpzMZYJ/O00KQ'
    'zan8cO0I0WMe0LzvDLGt4DYs3Gdf1hdciee/zdUXn8k8q/y7Dmn0+kcU81XMNVL5llDZGFcx2MO4aPMt8Bq3lxnS2Bx1hdgiLSB3'
    't+vYmndY3Ku470563qr8IKpiutH5u1YE+1AcsOxj2JrjHWhmBoZ/4IiDqN84175QuMD4drM1NlOmfhQ4Lka7m0Zh77tzmK0ztc+y'
    '8QugwyV1wsyPh+kc1hvSjkcqcOIOofZnGXTX7xDqOKw2+KFhkp49YT5/3p32dDJd8H8jWyeVj2Ad/RcEtx2aM4HHA8T5boK9Qfs2'
    'U3MWmuDFfgvcqfLvjDH/UEdxAevbbGHuo7ZH2MUTxzHSvjQJ30+ujnaI6n/6KykPv7jgYMpDx1iWVF50DOPJcZxD6+BnD+fnURia'
    'w+ZpLiljytPdznC06gzdEUDDHxaAY2jf5oncmNG9GlqZ3qvrhb0/V9U8HQ7v1mbW+PsRz1k+rvlM1mMiv+hmPIC1ZF6C7hDoF2WZ'
    'wdlnStONas6KoH6Y1t2jWIsjNPDSq+hHA6RlCn453x990FaLUPsqMsHdtF+DpL2w/vIxLmBjOFL4vr6j0j7NRaLNaP8XwruBzMtv'
    'O+wXEzkcndNdCtzXIPwYhBUMj+rsrVV3zCB760VsnY6G9s4Qdra7NvtBB0tR6U7uAyJKvAidnG4d4KqovI/JzuugMHIMvPtSptz7'
    'HenM1pC+lIlcf/a2dCa/28wVvj+AfqH2D2KCx038XC1mdOxcNvYlmjPKVm5K9+mxRaYHg+5MixNe311oCM7PDPMV2h8BL5jeVZcC'
    '/M0zOI/D/EmYwK3qDDPFA2FnI4XLZfDuH0g+1T3clBYpxNjpvC+HeXcdtwmNGXbnaSR0qy2vnc/3CsbLb2W8fFUsD44P6HdO954F'
    'eksu+y5K23TN2hi/QMdjpHcoE3pxJWlHF7dBFS9uSJjFM64g8uCeCPLgqUTD8lihhb4rmZ4fnMbo08iBf5/y9OiiyKG6As4Vk7Ga'
    '0rxBvsYoPH4n5eHhKPcHXdwYvpamMdBUcZZon/880+dLJ/E6uN41uiKufacCfk3pdn4HOyUzxzMSk0PewXV1hyzGR2V9xcBn1I/Y'
    'UMjdjOuR0DGi/sbhhjKTDkM4C6MPKC+G6wPussDPNn0K8sNL9V1P0uCDbSI4/tKA5T0jjDeqiqU4yPDIqEKHNWzuTwS9bFU8xW2G'
    'siWX+6Gt38sBwoe2oTfL4N2xSc+3KOJwzo+nd9M6RtOUG8AmtVVFnQHKj+zW7PsBBa3DYanTgocUxIOvYuOsYuOsVty1UP6NMp5m'
    'VsZEn79fwwvi8ps6Mn/1mv3eL3LjsBbr7msbB3oB8Kx1+g6mvDSXGNRcPkvplP5MuW9qzgbbsycsz5DjvdcmNobNPbxDA3+7FfNI'
    '90WbQv5rSvMOW8h3XM4GHu+8k+2hGYznNZHxgJsZjglqL2F41ulio6OOjNTx+jsDnOvaN5S5lxGe7XAIv051LwyLW9E/ifCb7Vxx'
    'nDSLre02zdr2s3xRdL62kTPa9S40pLmfdCr0G03wgyndwvkyCcKX2RCRL4N07v3Cj8NcAn18/ijf3q6CnMEUzywWvp+oeRrYHWLy'
    'OhM+ZA+b0xENz6qBwNhukJni/Yy2cT+kckz0vmNrl5EOsctAPzsXFXkuXOxnuV4+X/t6xdpXGaw9vzc1FmledfshSfbD3RH3g86e'
    'qlbo7bDoXL5xUTSfupH9hk2vB6cRdq3Tkw7LINfryYQnW0EfBCofEBwmKgJgQuUDopTw57P+R8d8WkL+28WW65MJT+/ABea5P1k+'
    'hoqAsfM93yRy7drx3kH9Bnwc/IUMtOXexxuZXQO2+cpW0N+4NL8/ez8MaZtex//shOe7j/ef9oXWY4OzqtieLSWwg7hSCHsfXRUK'
    'WwNZX+95/p3dBb+q8rnYOKps0P+yx74O3fxVjPlni23f6L6Q9tiPOuyLYq0ttZ2Iik9qLGGqSsGjyfqv6/TSz2zK5bfEZ1WEs2pP'
    '+HmjffaYnVVN5A5F4USmg4DXPg/pK8xX02OQ9kB6aZuZ/xYJl5sj0lbIbzz/Ki89ezOkm+BcuDU/JsIXrwa7+R3qvM0k79WbgvNS'
    'fb9f7QjuQxT6LchPztJMpr9wmEeVr6qk5hx39VVF/ZfHfuT0dEyxfFWVCXtfVRi7gp59nwB+h8te5TRYWa+X3nKjV/fJ5Nuca720'
    '6ybv2/HkWynsqxtv8uMB8m9XftqPwYV3zOvhTFx+r5c+u9f3Y4d5fgbfRj8B9Xwk36c/r+fiLfn3WV4P5uG0ZKH2PsZEzPpPuxt8'
    '512Uq7tTSnR3gmiRaqBFljruiV/0eGkV0MNvboP+Xmp+HlxWYPoK99UWR/qK3+G535M55Ns94Pfk+4/5dA/ChfSVJtNPg1/i9S/m'
    '49HPgr/zT3+/cOfFegI7CDMvpDweH86P6l7Kx1kRMM4o8YPXO9wTUP9iJuC8BMF/LnT9PSkPR/Nxy3Qe+H3+r33245J170p5trzU'
    'z1U6ZK5XBMx1qwFM0ZglQeOpI3IGFfxR2uYm6Md/PKr2p+0as6QQMODqm4/CQF1mnV6w4B1Sf9MVbO9FoUGKVa/qjr3cAcevsFyr'
    'OCZJcEySxDSKSUL308lJGS4n3k/v5Lhtj2derE94c9gF85d24OlMvM/6VOF91rcXUfgQ8NRb0ta2OB/9ddB4KOh/VBcPpQTKJUV+'
    '3AyU090ifN9m1PaAxj9R6RdingGSp1uhS1QH72tFvn+qsFjvFwfo1QXFZg6T1Z9G9GxsbWKQZ4P05HzHelz1QqhvAZVd7YBQ+28a'
    'YjykJrin2+IhSl9zmreCwFIXsY2g7brG7rxZeL4jVefDEgd6ax/Q3fUQL+a1r9uVr/umm33SVlt+2EO+r0+XeUNfAqUO+OmRRW6y'
    'ppnwqxT5MZySITjLNm7x7xN2fbyG0SpT+/ws7GF8aGJcYzGGBWMscKxGlbxi4Ue99O1zwIftrV76sbs92Bqkd/i7cvP+281wLkPe'
    'LoLrsN7ZIHO4gvIZ7vLLY9zWQz53WfubyDfe3pnk2wLg5f5+i39m8W81l/u+RfDb32yBeFq93rfjyLeD7NtSKsM8J3d8ixTfcHzz'
    'Fe0t6M2PM3iQfaNxBn8EMp0TNufzwV6Fb/99Z3R+XZT9Pc1Enikmt6x32+PJSDJRm7XjPvYp772Z8d5jvB6C171layn4mht8jnLX'
    'Hcn0/vPxGf+OPuO5DKUb5GH3DOSfRx/clPuNnken7s79Rs+jP4AMMq3QX8NvF34wmlwmPo8U55Eo4nkk4vMoPo8Kex79MPPiufg8'
    'ekefR2l25/xQN8R4260+nzaQvEt7csvwvCeRvF+GPG/fq867nOS9sx90Cq9W510Y0F9+ZjYH9JfnrVH098o96ryusuz43IzPzRhX'
    'Tu1zU8fTLVHwdP9fooBxvI2OkKSIH/rsp/u/vZAwEcddN5Bhg+jHjRxKFJze4bqaAvTjWh/Lvyv/+ik/TxTererej/JrqXvH2x15'
    'xNefi3JHj+HTCD7bnc+gZLKg8OlEIySnLXGYKoAqi+Jpt6INUV51qnCzJanW0I22Mv4/gn7CJ5+2tIEhuKSYtE5M40zk015UGkdn'
    'N1HfFt1uIqujviO3XrShkXYy9LxVnaOUr8DlwPQOz+XAJZ+Ccnvz+e4PA49iz958vjvlN3C++xfAbvz8e/LP9JWXeGnt5dHPdN16'
    'NLT5+u0uZ4/OhijI78VjYnLZOiN9x2MBLxT5sYDpmvNYw3TNeaxhuuYburz0uqvy1/zw7txvsW+OqWXvfIzwY25Q3xwUXhFuJIzw'
    '/VwMvxth9nEuezHmU01PPbIScmYh717nA2I9+fYQw2knkG8/Od9Lz+3Jt0P73jVAF2z1dXq5ftjTn/L9VKIdA/LYz4bz66yt+bx7'
    '2m723G7LHVuNQiaAeYJ8yMR4ODIePioCHg4tWyje/MyYNz/tefM6OtXlTOR6+a0K/FrB9OG5rcgNItzmZJDkwdiGA6yebUJvl4Lx'
    'Rq5QtMX7c4Ew85Pcxcq9R/g2L/jNxKf3GqG3x1lJ+kv9/9K4JK2iODYzqliNKv+HPC50h1CfH/KusITQYUgnFtNmtlrk2uWhTZXO'
    'FpD67FDB9+IC7bmSIuy5ZsDRCcDjNVCe2yFG8UuxwpHGqhBqn9MI5+cIs7imPJ5oO9lz24VZTAFZbhXcdVVxR/qEnf9v6oPWJd4S'
    '0mV0n+4Qub6u0S/Q8UJPmxULVikfw8WuSNW3LeTfDSBbenmfOu8VEWTQsuwshSzJBubR5u3Nb/o2G0sV36LI19JQzwU/yeedXPC4'
    '7zeC804uedEfm87vrvQvO1e42YPR8WX56o+o7b2D7txVBH7OdIQfE/9NQfm4bd52offfrYuBxPEPh1Us5wqrd2UyfEbkx+XiZ6xN'
    'fEWbc7xXhMdW5X7f0Yf/MpHvu98kFgkty+Msmcb5NfHlzWNyh/VtWOTHilPFhgiKE9CrOSN08aN+K/LjuQTBYp9jX+Sa/iaVG5eI'
    '9kMVT1FF5w1H6AdfEz7WvoA2TeJKmu4Rvr79wiyuPZZBW2RVvF4ex2C7MI8hPszW647Mel0lzGO8djvuC9qHrRHnWBc/SAf/O4U+'
    '9jt9z/dTh+H8msa96WZzf3Rm7s8WbnHNXM4ZWxjpFvlxUaKsG1+vXss+yTn7aebQuDFkvYeFPhZJscbTBHcjrnNE78ph8X9obBG8'
    'K8p6Zyh0xnlMNx7XRBUHGX3028bX6QqYv0LRPDyfXOsrMxP4R+HmzxLjttVY0HkYg67WkibisXFdaCkeq8yU5qS+O5s1cNEl1PG/'
    't4vcGD2c5hwg83I13Hd0ccQpnh3U8JX4+p4l/Ng5LnWivfq8caK9ebwTXQz77cIthpdqjnQ+SU3gopLcBWm8q1ECs2VCHUusSsHP'
    'HCU0lSqmnGnfVLICWd/WhIcTbfc78t9mkW+UF9VM8rey/PXkzr1W08dqMs5qYR77tDfkvqGCh60Edmx9vuMYbHweNzKYqRVqf2q6'
    'ONPUfzy9c/5n5vdLxf6zwYuqs2ZAqGO68fxL2dnM4xXWR+wbPVcbyH066r21CWSztK+N43ifpbHjVDyzpYq7+mjA3Uc19zMLOPez'
    'yNyPxz3DhXYq1J1KFRttq1DHUNsp7GIVBvHZKh1lCrR/HQw3dlieZci3wjiq1zLY62EyoiMN6HsVX4DTCD0KGQDl7WO+XSEyKlsc'
    'Xii5Dl2DXRZzfkyerkXyHf1Q2Xgx/MDimnaytbnSQt8lOc0VXrITe3UkRe1AzQcus5Vn1/NMriziPRTvoXgPGe8hPP+Ql/WbhH9m'
    'qWLZzLE8K5da5EedmMMtZXodCvrWtLxs8zCHcR1tOS7uDyHGPTHuic/v/PO7ND6/4z0U7yGr85vGaqU6jKY8xjqFvIKe3chXXMf4'
    'ihWMr8jvxOUi39/HuRZ9C+MN9AbIqSgPShB+MuUbhck3w/T3mgL48/VETrXDUL9RxZegsdX7My+2J9z8KjRGnE/0L1yjkf9062To'
    'jPfqwnPFGEuNjLdjEqN9gPWH25Vm1zCRG78xXUSbl3cC/iMnS73LUZM2OINs5cyFgP9dDvDfVyD4v6xA8H8myA+o7hXn/XYzvuQg'
    'S7dDXauJ/cGIhY7dSIBtAsZeO9xCx0wlLzfl7Q9o5PtUH6OQdqjVRCf2Lx1kqVHkJf0KObgLj3+FRrbRbamXxfn4Nnd+F337tUS2'
    'tTXELiYIbjvI2XaUxRh1+pU6fGCzvjod8BsTXkxhiqt6FfpXpnYPQyS1Wa9OTdsDmvVEvHdWpoIvGszxdoXdU1AZG7hPEr17layp'
    '32BtZhcY9lT+MUqIDkVS5PswPZrJzDhe71HI2oq9J5cRvahCw2cd0PwzNOcNlyn2aPQT+zU8PPnuvszvbzR6XEMaPcftij1gA49I'
    '09SJ/Dhbqn6MMDpmMuOtshBYRl26Qu4ljP9MxzxooSO2zQI/FXKuKoR9DKW5lnxujAn+JYgL07Y5PJ7238PeimIXtR18Bf2g09cX'
    '4N8SN/j8+wr2TZzj/0116eS7D3Tm1k1jj+M3LP+BTr2+gMp2XuWDic4hxrvG9qrAX8P3wH9D+cX5dmBnwZjW9uTbgeG3q64NPxcq'
    'ST8prfo+uBe4wgWeMRQu3rjNhxeKM2kblULv+43iORzrzZf6c8XXTTePOr3dQtDy1D6yhNDydTC2chFuMyfLnqa411EcRO1UTfTT'
    'VTR5JzsrTHS6+gzvYKZ9GhJqW97PpHz8a6prptKx6rbA/fyM79HYqnC+3hDpa4+FfphK59TUtmJriM6lrq/vTnnyVPlubTq3vVPS'
    'Xvr+eX570kseTVezMqdBmQ+QMqca1Lue5Tke8txG8qxO5+ZFHvTpkPf2eV56xzx/D9Wk9PA+FKCXbnMnVcHZLmj/l0nP76V818bG'
    'uAr6vWeev0fCxmSyPio9R74uJm3RPpvk3Qjrsybtjf2hpG9HbwP/NvTZoAZ/DDL8sTfpx2bdrtHbH7Fof6tQ+9Dg7fYnfVsDLPNy'
    'SP2qffsye3/f/Pz4rrK985Iev5rT+EF4n98F/hXSV8mYsrwRMpadDms1EoKj+N6Zn/RoUZvzTdVOV0g7adJO2Nx0kjRs3G8wXPt6'
    'wr9n2uAiFf/zJZDxmM4Fr3dXyJx8K5F/51bZ/Jqe67z+v034fOEOzV7qVbQbxiv4mEG9g5a8ceSRHcbWiusZjxaAFsraaSV8m6oh'
    'Bb9EJX/g99VNpA4OQzcIta0sX6NTEvm8+1cI/NOyPQZzKXFWlh+R8PkSujXiPooQ7ucYlO3V4OLKhC+b6TDE3/+tkOeo5pHyTn4t'
    '/LNmvM78OtCTabE425GeWpuOTivI9h8huv2DGv4ZnlN/S/IGzavM+1lhHqP3Y8I89u8Hifzd9GzmPsl095VBRR4OW9QnmY4+v4Lc'
    'X+fe46V/txf8u1zg+yQr0+zhs8nd+HKIv1Syx/dJpvNJeSr59jvw3fueG3N9kmX9Q3fl+pBcSb7J/LS9JUIf63ih0MdInke+XXx7'
    'bp2zyLfmj+R+q6X93Jv7TeXbM2kpZwvywazy/6yrh/ILEoQX78ovaIY6E8DfqYHxoG1lHbELzPKFFDwNnZ5OlH7Z4vtirYOtPLOZ'
    'zInMn2R60RM1Z6pzbqrPWcUEzFkQPTbV57OsyPMZw57bXJncO6b6fKYLNJ8q28epOifVBZ6TYvGSpvo8l4zzPMdwWXie41Sf04YC'
    'zelklndN9TWqKdIajad8I94nk1/WGu+T8ZW9TfX5Li3QfAfxYWMaT8/Dje+yxZd1xXPsLuOL9+70pYeqijA3hdSZmOrz21Tg+X0n'
    '6WLGe6u4ekJTfX4rizS/NvpRU30OaydgDguh7xrDbnH08WI62V2PLeYDhM9dLOM21++L92Jh9UHje+z05RkXihYstP55LKsdHxuO'
    'mA5/59l9xbTE+K75VJ/vugLN93SzXY330cTYscQ6l/m2IvGc5NvIxHOSbxsUz0m+TdRUn5NUgeZkOsxFoeCD2sXFc5JvDxjPSb4d'
    'ZDwn+faf8Zzk273Gc5Jv7xvLgMJt5+M5CvcZEMsq9H4IphOdu5jMjezPjK+Av8eH7MZpEq/cxdeg9Kl+nKZvPNbrhgN27aj8bN5x'
    'wEsXPZbvd/Jj8G3lE/l+J7/4ZUj36X1P6/wmUtv564Sb72CV3vtIiN6QLo4JzskMofZNzWMY9zG9MB4TXPrQmMfq2qqxjRgQ5rYp'
    'w5r2ZFtzRbBtmIleaJ/Qx1rVrfFTSU8eRP2eok+dazXrs1vk+oDB+GtBPpjD9JjC/C5xv6g0Pgz65GhUjN80Pi3O0Srh+yYeibAW'
    'WN/8cYYllY/rjUnPRzLGoqH6Zn1ElzVojFhW5zdXpxNv6leZ+40/IlNxVcI+voLUH17CcCb3t20C1whfPHZNr+Ua0Xq4L1uM2fhu'
    '1l/0kb1A5NtlucAhXWdTvWfZ38OF71etGPtaNzcYl6oBYK4M1lQF9z0R2re1bQvbe7MKeAbR+agCOFnJ4KRamMeJ57FubGKz0zG7'
    '4tYGOFds4rGoaKYFCpprZubFRmGPK+icvCZybU77AnQposRwsYl13xsAb3Rddwt9rHauHyzn6xmAR9dY5y76KEH2FJNlDxdzfW3r'
    'oTbQcs22ZH6XToJ9TNex37B9Fe0wX+T6sq8EHEH9wrnQKdSvvI7m4vi1LuS+UwVnoezXRRpd8S5hb1fU51CmKwSOue28q52TKUwM'
    'Mx3JDsv5kPMu/YosZOV3RMQJg5q57tbgSKQ790s9Eo1NBtbxSwv6tlOofa50aXCjTWw4Pucm9kxdinWS436/8H3NT8S4O4U+Vp0J'
    'zg2DMYyRQffuQZEfD8fU1sZmX+0KGeuAMI93Z7LGgwqejOn9muO+euH7+NygwX2jDvhrWDOPujPEFocdjIDDDhrMV0XC4xWoaPsB'
    'i30yqLn7m5wbBwNwmem6vyQ8H7W6fW+7Nqo814l8e1kXnEDjWZniOZc16bAcP66FnM8PCD+mRJR9XizY6WGwM6DBhS6wJPHD6cLe'
    '34/tWHWwYzoHxT5rguINVcBdvonkKRO+H+lRSJEH1SnyYyWhnWc/yUvbbSR8cSrDORbSZYwPjLxfKhdJMnlTJeM9YOzl5pD7+lqR'
    'G8cQ20gatIHxW4PkiY8JtY3OiNDHFFfRqaa0r8mZoopdPpN9XybcYwm3Cy+2exDu7C/QeDoU+9nmrs35p1FiKHP5BR3vgOX9W3X+'
    'dwi9jwVbvwyj7N5pcpYcZPP2SNLn7fRFwHM8Hmc/6atpXYMO4+kR6jiWJjTfsOV4Te6DnA4w5cPZnNuc1jGhJddk1vm3Dvw4LrMz'
    'lWujnLhWwTfmOBzXICH08QlNdQBQTnekglZX0Z8DhnuY6y0ElcFxbCYyBU4P9BvQ9aa4azhiP2XZozXztU3D27jBkp5y6ReXM7rE'
    'vy0Rvv9eGiOU++lGGXOtATzwmDQ1wo9lMqS4t9K8uliTYWNSxcCU9Z2e+Xirw76ugfZnkW/1cOZjPZi/leXHfEh7qfpYTcaJssZa'
    'y7tJHfRjtubsPCjc/KqqZIE2cU3XWsqKGxlsVmpoUh3vGuVzjUwm9e3M7wkN/iim/EMnf6b4THeXGlDgQQpPJvWgXLLQNC/Gt1Xh'
    '61E2fhs5ENbflvktH8e7QaHmhe6VGkX9Kh8sQesXRWbFY23p7sHcbkXWc7/w4xDhufD8Ud67ReTu2ypyfVosVuhQcfgYInxYU/jo'
    'YbQzx002OKaZ3fX5mOsVY64yGDO979v050SFjmNa+DGgVTQjxq201Y2k/IdlqBfZYjeHpn1sdNAv0Om7Is5b7jBmeu+vh3qr4Xyu'
    'QEX684UgLPa8pw5gbxvphyx2tfD34uUw/lS24eQ7+qFz9ycPtSieQ9n2CIeH075yT9wI70+O13var/cMwnsyxQVl7B6CZQ4hiQB4'
    '+CODh5IYHiYFPHyK6GZ2KHSvuTzShdYI4xmNEnxz/DfAZugR79sA+XbmsJe+C2JH9hBd7Y4AvXET/7e9GrrvHEKzTDZZcR3wU46Y'
    'AD0eGtuS3hWD9I4WQZl9wsznSZivk1OJP6Aw/ypnhfjJQV86Mj0pbecTJKztjencOV6f9tvj8hX+PQ83wtwGYoT4EcmEWb5yxTtq'
    'UyLn/jLCn+brI9Mz0x5cp6BMA7kL4ZqvZWV4HSen9TxplY0C5UHPEME2NN0heu/97N5p6w/n5HTu38cx/0c4xnVpvV0HxxsYV7Yc'
    'cAfel77SJsQrmd8bmd8zbflrVw95ZPoKpG9AKvOXkbUZhPdV53rp42CLOQDv937YS1/9sFdmHfDkmgjtQ+9IMu/H23z4aWRyDTzH'
    '7t3qpafuzr8fv7XNS8+GPnzzbjVc0PXHei/Ffrfl17sHvm1v88duuhaU1zED2jsMddiv89IHu9U2ff/yZ15acXe+3V4ZzO9/36m3'
    '6XoXGQPa5KPPoMXXennWEn2/iaBhCq132s30GU14T4ug/r4HvfSpr9jxmi95Ub1+a57w0k8+nR/Puu0h/br9hvRp5BEv/fyTXlr+'
    'GJT/UTB+4/vmZSj/4PfzYYmOW7Vf5LvvA62btVf9vpfWP5zbh0oNjsV2PvksXHL22fUB99aXgFfmIkfhdEA4kR9TBLlPe5r+EZY7'
    'SE5SyuRUlz/nw4DNvuPwNJ/UyWHUtU5TGC0LwTfUZ8YsxX3Npo/pZ8BXxAGvzd+lvHMV32Xxwze99D9+bFd3+UNeuv+7Xt0vpzw7'
    'k+ycPJNrT34XzMc9B+x4rR1MxpzLvwh/konp+ygvKQVBRek8/sU1mQk/3lDWZANDl77opV97Mvh84Oclhz2690YA5u5/Wn9urs6M'
    '5y8Usg16HiI9tG8/7OWnfBiugzlA+dkNB/yzVqYnPpx7lq75hldmLtCL/Btvp47wAOW7Wc/4tEB2X+/z0g/D/K37hvo8brRcj998'
    '1UuveMyu3J2AQ9b8pPi+Q0zqrSSQXANwNRtw9X0vudVZJXyfK9hXlCdRHVmEsc8mPR6Mir6Z901//WTeheTbYz/20h99178v1ijK'
    'yfRRTZm6gDIfXakuo9PPMVn/Gw7Y0VhdMG9pQzw+jZF6Kg/purObvaclAKFrHrn+v054OA1p/+y5DfeSDZa00ZsO+EDmfze0e/uB'
    'XFz73UyG05C2AB85l7/gRgtdMElwVJXw/Sqb4JM7Ez7t9twiu7H/F5wX9ZA+BmfZ1eAD6LpMxkEH3xkq/f11lnPRBPQv1/ejNMb9'
    'kEpdB0pH28rurwM8NxPq74P5Lpli8rCU+ZO2kYe1txdPHjbm8NQp5Gk2OhXlbM8eDWnpmJu+IN5JUL8zlqkqZKpFhCGKZ5aLXH8v'
    'FQG62XVA/9Uo8tQTPb7tTL+3gugXbw/Q/a2KiDNPEe7+40z4ljOgnS8csDs37oAz8/twTpwRoa5nvu6fQbKu44V/nu0HeuGncLZf'
    '/XW7uvFeJL6b64eojNy3noD71defzB3b/Y/n6lsgn1amNz+qzpskdJNu/ql/xstRR+x5ez4I5Z+0HMi9D+P83WQ5X3IcMk3AuNYB'
    'vXU5rPNSss7yEmNT9wagLZ4B3YI5pJ+udf30Eb9Omb72iP5u35v05BlR5rv+x7n8Nr5fLzlgT+PMUvAZsnP+rA9jNmcb3u9VdHM7'
    '0M2Lkp6cw5auk3Wc3GI3vhmsf2nCj7EZVwkZF+5ryRsJkmGUsvs1Xfc6uBIhP2cNzNXL+3L5RE2E34r8FnmPsZmzec/49LaO77s/'
    '4enjynxDX8nlWaGsxrS9r/3Iv9MgnnbZZ3v+wUv/CP3+84QvV7rngI+brfjjTwMOhT18+Yt25b+8L7dPw6RPb33T55253EsRrmzx'
    'JuLhLwBcnZ3wZV0nwV35kifycapNG7fDWlwC5+WdhEeqwoFLEx6O5XKHLFy96HhvZ/LIGWTu6d2R7k3TNijfyaYclW/KPv1KeL5z'
    'o8DDq191hwdqC4V452dP+nIPzpfmtBS3WZLvvk503kdg3X9vKfNRrY8LHP76qdx9uPiravi7C2T5lBZvEGr7uZ0i2BcVyuKPABrO'
    'xl+Dqb7BQIj8n9PzYbZ8ujiJJuWi+MIMiz+NdjALHc9/LsOzpaEkfw73hIlv6BKAH8pno/yw5QpdIBv/E/Te2Mx0i8LspW39XLi0'
    'w2UEK/FcEfm4ZBXSR0JtY2TqK6OE6OYF2fF8IWXPf2mCuzfVa0edlqXQ727ybjm8u5q8u0n4vgy5nS/aV10g8u2CN5H8o4wPcKbw'
    'fUt0aPRyw/w3yHpOgPFiu2H5l5A+HZfOHfNCcvdsr/XSYyBdBOmq2lwbWtW9ZKnlGiGfOYptWIeCd0vh+Kinff67bOe9im/f+QnY'
    'P1M9dIjPdvZm79vJim93XeXzEvBb5Tl+njoYH36rYt+OVsBVPzmDytg5ht+Qf09haLnItYFdLtT25EF5dfbkYevQSOgRG1xlw/uk'
    '+3ct9Hc9eXf6Nt8XPr77bbf37jjyDs+D5cK3Ie8lbQbhIrzLzRe5Nk/NlvivhPxN+cPLFXkTws2OE+khG5yMfpsXsnmvs9zTpZtz'
    'daRt7x8cH8g+XeTAgzeRnz2/y423X205tzUFmlvZX9e5LX82f25xfs9wlHHUEnyrwmMrAvBYqwUeO9wCjzUSfvyoyPdNzXnrvcL3'
    '6avytYtz9P6EGwzyc7KVzB/GP/kikyOMMhqb+1Wjd4p+Ec3mu8Zat206a7aBbltrYXTYgvRObWP/JEPo5JkhcLeW1RmGtxoBnr4B'
    'd0Mqf0yL2KZzomw6uZ9y9A+F+Gw3+3YWwTumfvawHqR9K4TaxxTmWUXoqXUG9nJrwU7oKNK3nQZ8lK1sbNRXn0l56gtLh/MbNPtn'
    'scj126Cyf4zKSzChJbgMOgqPgPu5NClfopmf5QH0rW78pvyq+K4X3/Xiu15814vvevFdL77rxXe9+K4X3/Xiu1581xuPux6/55WR'
    'e16VyPWBOxvuASsUe6wMzjbTfU5tx7BOG7kzrudJFmWsaIyewuM2m/Z/0Z27niWEBjRZDxs5479raMtWnIsxf21+CvlSkPcFaLdR'
    'FPpJwOBT6UPKiSLbuTLUbagIq6Iy6GMV+Xc1mdla3zSiXgjqHC7yiLgNcX29PnOLVdXlxrjY0Y65hV7kAp96ux4bPUkfQG2fZN6x'
    '4/DUOw80YTlHfA+iPmvFmL0OQaHxUo3gdl3j8CRTk5W8ThsTyU5PuwkVHtq2LayE0dJNcPa6nGmSnxIUQ0hHcyzXnHFRdNVWROQv'
    'r2C6ZYePo44ZtUO3KcPt0MN42StiXbVYVy3WVYvlF7H8IpZfxPKLWH4Ryy9i+UUsv4jlF7H8IpZfTGJdNcpPqCa4tZzdb9cG6Kxh'
    'HD4qp2iDe72ONuW+LlYpyh9H8nIfCw0ED9AyqwPa5LE/TWiFNLkLUVrBND442rFXKcpTu1LMe1fCDrYobMjyN5HynQ597SPlux3K'
    'X876b1t+YyLavl+XCKdHjkuE0yNLEj5u2G7R/3mk3LUW5WpJn3pFrq8fzFOSMIsl2sPK/Y7guU6LPslYmDNEdNtgWddPSB/6Dcpt'
    'h3LPkHKmuFaWe9yyHPZzHylnA7d/Rc4b3d6+l9Q9ZFH3h0jdQ5q6bxH5vqd4nlHLNcByPYqzlNd9Jal7q0Xd5yr63c3ynKGYW57n'
    'FJJnpybPagOaYKkjTTCf0DK83SbFfRK/1ZNvnewbve/p7kvIn0a6gMdttLlrtxIaIgF0ykxCQyA9YStXi8pzRT9jnHZJEtqlXOhj'
    'GmO77SF65rWMh0Xbqghpq7YAspYmoGNU/EPkE9Qq4Az5AzT/4wE8ahMd+wZGu1P/F6b18JgoC4R5nAy6T0xj4vaLXD8Y1K+HnIsP'
    'V/g+wBIgI1gD6QJIW4jsQKbzIV0J6RxImyHdCDKG4Qo/no7t+ILGwNf4kgqPz27aTiHn76QKP1Ytj7m8o4DtHFHhxzkzievdWcC2'
    'RZHWkbfzf8v9udzGyu4Qev80YeOkMeeycVDKfX9iCMtHQdoKaTmkx9fm7g3cA0cS2Jd1Plrux6FSwYENPH+e1NWlOJNt6voYqYvP'
    'KV+HUXYf4z5rbgnoV6dlv7ZHmC8ON5co+nXQsF+8rndHGCOva1W5H+fcZe6D4Dobs4DU3yXs4y6FrVES6rfBqybzg/vw9bLoMIB1'
    'vVTmvmd4Xd8pyz9PVHTuahLLzjRm3CYos5LFiNsENPMXJqDtjdD2B8t836ILGP6bzWiDOSH48Poy39eYC+zLOraSOgYV93/6XgfD'
    '55E6rmXtDBjivXZFPzot+7HCYj66NXA536AfoyE4qabMo6eD5sOGbsHx/a7Ur3cbw8E7hHnsOV7vK4p6uwtQ7/dK8+dh1KAeVXxd'
    'egf9Wqk9rPA1+nxp+Bq5nBd/Vur5XqbleoRZLF8OY2F6StcbjMGFdrtCMb+jhnsA69hI+rYhrY5jq4qP266IWUpx9wkFrhfxckum'
    '8JEiNyZuUH0Yf/RdIbwa03OjDfrxpxJPfh8Usxj5P4U6D18ZxzZxvr9T4q1jWPxlPIN5bFvdWB4qcL3Y30+X+DGF8NxeXevzSLJ6'
    'c7W5PJO9pEw7u+9jmSNZmVtKfF0Hfm9arOEVpEndso5+RV+PD2n3atIu3sMWsntZbUi7m0gdS1i7ZZAeG1LHKYp+cB7IkSF00TJS'
    'R7OmjmNC+jGvxNe7sTkfsue/ouxrrOyA5sz8U9rjfdJ6Rx3PkSz9r6ivR5jFX+fnaVaeQurbxOhjk7jnfL8+WaD6cJ8+lPbnHvOc'
    'yvKu1pwtf+1QFtu9J+3rJo/3+SHbHyLzuD4djsvDzoTLC1Qfzs+ZaV/usKBWjWd0e/GktC+vXxCCc5eTvAmWdz7Lu1DRp9Wauxfv'
    '00xSluP2xSH4qYT0cX7IeP6Q0o+H5/1PkndJSN7XAurlZ8NPU/5YZ7E76qKQefrfpJ1ZIX36Vko/L7xPXyV5m0PqvT/lx77p1+hD'
    'DDN53GdTubYHlOc6bHiHkfV8JKDtYXZ36YUyN5My3QHnBcXLQwbt7GZlOhVj3OowxvNIPdeyM2vAoB7sz6kB9fRZ1LNMMa4dDuM6'
    'zGBO+d201qDMv7L+JkgZ1fxR3Qws82ZSX6ZPU+Zfkz5OX5fOP0dt7yo/Tvr6Rf2MzuH76ZmkL+u1hRFZ/rGA8n0G5b8I5V3kK1n6'
    'n4xVt0bIW/hoQN4+xvd6v2IOO0geun47FfWq+EpZfSqSN4hXJPN2JPN1n3Q8DxUf4jzN2oTtswEof5pjedynK5P5em7It3ibrePR'
    'AXlHWd7DNPNiioeqkj4ect1vsp7fEz2+NVD+HEIrU7rtVwZ5kSZ7NSAvp43/0SAv1vssxOosNH9d1v33RF9NtQdkngdJHhUfOMv/'
    'S+Tr5LzG9sVnSB4VDSDzfDyRq9tkAiOy3O2KcYyycdwYkAdhf1jRR3pfzMYvN9Tfo7gva8tJ6h7U6AZuJnlU8qWsHSHJ06XRf2pX'
    'rAe/V58YkAfx6XJFn7l+06KA/nQSfcqKABoM4wJVBNBPMk+lIk8PP/8JDJnqHchyb4j8ujluf13kj/Ugq+cVkQ/D3QYw/GOhH9so'
    '5PnfAXlwPZ4Q+v2KMPSYsINhrPsBkQ8PHM//DRm/KQ9ClvsEKWfKi5bl7iB9Up0LdWBPXRHAi6iD8evqQbx9bUCekyBPB8mjOjOy'
    '8v+APCenfVvuWkseSPb8V6xt2HmBtqqzCsi3Rn3KWku+B96Nay35zlyfMiWC/doG6TSWiVxfA2E6ctQ+Lk30HGl7tH+F1M2TdS1i'
    '+oZVirs71RVarrDdmB+S19a2r1GYxSKqF3o/ESofEqtFHKco9v0Q+36IfT/Evh9s8F/s+yH2/RD7foh9P8S+H2LfDybwE/t+iH0/'
    'CHZHjX0/TD7fD5UONo2xHV9sxxfb8cV2fLEdX2zHF9vxxXZ8sR1fbMcX2/HFdnyxHV9sxxfb8cV2fLEdX2zHF9vxxXZ8sR1fbMcX'
    '2/HFdnyxHV9sxxfb8cV2fLEdX2zHF9vxxXZ8sR1fbMcX2/HFdnyxHV9sx1dsO76EgR2fia2ca+zjJrCZofrz1Ra8Rho3YoDgHB43'
    'Yph9o7riI+wuzO2WwmyiTGIFPMvGyM+UQXYO03geXP6FZ0FQPA8c52pFPb0MX9J4Htss5I7zDfEjt6+rNyzHaROqA482YqWxzvKE'
    '6Sy72v/axsYIs3EtZCx0tGONbVRjG9XYRjW2UY1tVGMb1dhGNbZRjW1UYxvV2EY1tlGNbVRjG9XJZqOKMT7TsKcQt1YAr7Ic2qKx'
    'yq+KhIenN1bOzmm72z4xw8K5PCyXNZjeJ6G3BreLSM+RpjwsE14U33N0rSvIGpYAn6IDcJQg51YFuXthPimHuMygHYljfwvvbxO+'
    '/73r2HnaBzBUAjA0VeAkZf6kregpzbko19oMjPQ5xxyeOgUM1hD62gT3IDwNEXiK1z1/3RVrfmvUNS/kust3F2b+cX7CW89/Jnyd'
    'eF+/8/Z1TAPkr3N6HGiAGJdOD1yaJH9TGipB7ke9ZG92wTq7wFgiaHsmi7MXivJ4VadMVtHlUZVPhNDjVYw/VUrklfUEn+L9uNKC'
    'r4UwIGIYmLQwwPdvmuxflQ+uGgX/Ecsg3CQCZG01hve8sLbTIBsUhLfUDPCVIPnx7if2CXHfS2rePm+Hy1TWW+SvgXezhG/Hvpjl'
    'o/tuJpFZ8TIqvpTtevGxnAvpBUSeYnovt71Xl5N6ZL2zQZ9kFeHDiXHWN7GR69RA27NBxr8C2t/wsL2c1kVfL2o/X3javp9py36i'
    '/s6ciDLPmw54ZcoU+jpcTvySg4wOcYSs/04Y0+0wnnIx1Z6EQtYgISZdcuh1Ke6sIjRp+iQj1wArZ/bSrMv6ohLWfgZCmxrQDass'
    '7CwGdzHp0QUYdyPwKZ10QOnMw2+hB4c9LOQ/5W5AWgc8AaSBey/wvtaBbgq+X3mP//7cWL+4YPrFEn/H8uaJkTcjjYln7E9jfdxY'
    'H1ezxscq1piujxzbAkJzyXoOY7R6GG2JuiymtD29I6loxliHONYhjnWIYx3iWIc41iGOdYhjHeJYhzjWIY51iGMd4mLrEId957KS'
    'iikqK5FtjVw5eWQiWTqmp/iyD5v+/KLbw7+tDjQUpUnLx/y9gGtaDflSRB40i8BbVpY/pq6Pf0c6ZqkjDyi+a8d37fiuHd+147t2'
    'fNeO79rxXTu+a8d37fiuHd+1J8JeNwV7uRA+ssqIzPZ8keuT/jR23j0QkHcjy/vXRJeC5x0Kaece0s57IR2AtJPlvYPkxT6MQNrF'
    '8u6GOZHv3gXpIMtznfDj0PA8w4r+15F2aB82kjqC/Jyh7P8IpsuKY9gVUp7qtavGH9b2akIfbGTw3M/+xnq7Sf24t3ANzmBlt+Jd'
    'FvLOIffU00gZpH/KGMycxuiRbJyFdH5K91Ya9aOF7w8SdZgR/nGv4HygfgPe/0oh5XYhlLeFdyzUR5e/dUSrax3Utwj+XiByfdrq'
    '4sDtYnRst8V+pjToCMOlh3yPE1wWlBfvMXTOTiFzdQRZ91Oh3A2aNmcq2uxmtHyXQZvcRqec8IiC1kGu00cJTcT3xAoFPuxlcI8w'
    'jWPaociLe6OD7ZHtJO9Whle6yF5H3aEa1jbfg32kvTrYL1Wsn92sTAfRHapj53Enw3HXMFyHNP9JpG/XK3CVqm9yn83Q4JB+1k4f'
    'm78RVtccwmMZIrBVxuZ2mPGlcI2ojv9K0H/isIXndSIEVhCnUHt9bjtAy0v4nAnwnCCwbQvLhehTPbsTUDvTzNuUpCt1tCXeA+aw'
    'OzrnaVUzXi5tj/Jy17F9Tnn1jSHj1c2hXEvp595kDu9JeDCkW5edMCasqxLLau6oKUjT0/r2WpIYe2Lsbqor/XNpq9USXRH+0NMe'
    'UvotUK7MPD9PWV9x9iC8jsRrOq3WFPftrYp9WzaN17gEnuBcpYmx3+dYVO8Zm4g1vlW/xqb2oGH7+qZ4zd9Ra477/irFvo/9YSQS'
    'Ys0hNxXZp0U4PCE4OfZBMv5zbkanBqyBdOdRMr3lLG1MztLKDDmtn8agj5XWcpr8p7qN76uReE2n1Zrivq1l+7bCH1BgQ3n39pD8'
    'Or82QfoLxwrfvop+53K8ZuH7ssA7frnI9RnK+a228u1drA82+8HuSVLSsLhPWnULi+DbpdVNpmwqJLT2K1Bv/iVIZ0kFhzG9ZwAT'
    'K6MsYPl5YTliem/85xxlUwj/PQr4TzvgxGm2NimDW2vgk3THbTn7oytek0m1Jrhv6nV0V1t2x+7RnX/VZG1rHMqF0X3JdnFXGExV'
    'WeQPwheS5pq6sJkqOO5OFtlvexjYTn18Mf3WJPa1H75Gt0e7elv52g+7Kwbhu2R8FuecxcXcW0mDa2VMH02+NSkTvq9Rvr9MdORU'
    'PCZZ5hdC7R/bZn1T02u901HXO0z0Vgh4SAOvDWHjWljHbRb7dpqvIz0DWxxv/sFn4OfC+XI2ezT7d+Yfd6v25JR7VE4Wk6n0BPSk'
    '3uZSWm98Zc0baRDPHvXqk23+9zQRb0TF73Wg+3kda/e1R7z0k5Y+emN6WoFLooFhKD2tOrOnD18gppPjNSn+mkj8dg3DY10xTTR+'
    'fIHPmZ2XheAb5MpVkql38oNzy20E3CN72D/5ey1ek4lek1B9loD+KfVZQvIH6bPUiFxbOdRFCYpjGyoXSmX//qKKZC9negs1DuWC'
    'xvMZNp5PQblKI10wyWkoKcW/y6bVKVOeneY/eykb5mAN/DITu8fm7n3cd6wgvc5AZXN/yf47vX9fHar/2Rx4UywdeyP46h+ie52c'
    'kZ2bVt1VUxertpztA2lHtj/z25T04bxE8T70/HTAKxPlX8GiWEoU+Bkr6BNyfsZrMuFrgvvmbsW+gbMkg8uTsGDpUGWIktKAuSqb'
    'NGsUjqeTyXFZKds6bFvO/2pTTv29TkEX3xXDTAwzFjCDeKcj1qOdEJ3Ocph/3L9XxnM/IXPP+T9IF5WQe1gtu4dVEP10jFW4nNWL'
    'PgXaidyG1lFK8nMdd+lnoYHkp/EtbeppDLlfNrC65H1glrDzCYH1VzM8Mivk7o3zGJaP97+MrUuarYtJfbbxQm37Ogz1JKHeWbHu'
    'w5TRfeC6voOw7vH6Tb31KxO+n+JSsh+5P7TZLB/Fu0e3+PmqA/ItanH3pxwk11f5PHeVbVQocDT6TLuVwHyp5hvHxUnh+7KvJH9T'
    'HhH6I+LnBY/7jPzbFOPfcp9GL8vvbK4wH/o7Qt7UPwfwWFMAH1fHughq+mvPoW0K/EMr3qqc63QYN1Wu00yNTgrdA8sgndHif1Pp'
    'sJjoI8o1pn4874f0+aP8eoYJjYemlZ1kP9aBDHiuyPXlh7790Icf+vQLi1tK/S1T33wYD/Js2E81jB4xoUGnOv1qi+tM4aC3ALL7'
    'afZo+KZ2R33gpjeoqg7w/dnCzp8t+gLkfgiXkG/oXxB9xC8k39AvI8b1nUe+dYtcH5CzFN+wzlpFeyMiPyb8yxpaweQuwu3wqa/N'
    'qPXwvfMhBX+o3MuQ1MvB0pNEpbQowcUtwqhb++NuLM+eJgvzeYUGTA8z0rs8N2O5PY1O+c63xzARw4SCr6ziN3UwvJRDczvIIqfR'
    'Eyq4KITuYpicX/xjZm1+ni/np++D1ld37tQp2q9gPDJ5Jm4RufHAyghduEXk+m9thTPvCkKrXgFtzRC+f/PWkDNRFXs7zOd0KRnL'
    'FnJJ2sLaSovgON9XaOYT6dlKzd10ut8/Q++mIj8GRmZZbzWX97nhsFLC/1HdqUz4w9TPtCq+gxzUb0k+U9i1iXXWIsLjc3Rr7rYD'
    'wvfbzvlWQXUib+xL0D76iw+7F2N7PGZRt2P7e8m93bR9l3auE36MxF42h6OEL+BS92WA43jsKZe6zgC4pTEKOgj/wqXOVWTsOxk8'
    'Ybrdse7DhOeDnMYb4LA5QubGpQ3bOxmdsx7SJxoD5sKkN9fF2M94p8QYbEeQdxjzbi65l8o4hVl9133+eYn5bzrg32Px3R+fyY/L'
    'Om+fl77wtBvPm8bNrE16MVCKOTcY224VeYexBGkcTflOpn/9ydw4mvJd3eW5sR+PIN9kjEiZfuJeP3YetrP40vx5/kV3/jz3XpA/'
    'zyvvya03SegNjB/6vxIef1zC3Q62J4Yt4Nh2/k34Ms0WZ812hh8HGF7qJu8xdtTsAp0ltN5FUG9Yv0cs+4uxKXisKIo3eJkk4c1s'
    'SHhxDMLGiTywFoLH6d8dEwgTQfko7zlLQyW8+Kr0nOtgdEn3FBnLi8KLX0HH8soU6fv/FJ79fzHww0zhx3WT6RpI10P6Loj3Vo54'
    'FuI/3T7PS++Y5++PecKPE3cGlG8LiRdXR/RXaL7jId9tJK7c+rT5WVfrMB903G2QnqgZB++f7JfEDfMJ3UFlUN0W+KybnB06upDS'
    'NvNh7mm71xLcaNIuxU8D7AzbKdTx9HQ6W6q7U1AsymMEs0Fqhyo1TCbTGJc2dEpYTNmVQh9TdgkpT2Pk0jwLSJ4hTZ5ix/5OEPkI'
    '5T1xOyrVXPJycj7Dyrn6J+ZwJRiPy5TupDLJrbGugZ6f8/Hs/1uIrkHhZI6GMmGXO8VSgv/w3ckiP2bZ0URGV0P2HJURYqzLLrYn'
    'aXs3OeoXFWPM5ynGvFEx5jMU/T/dYR5WK8qMhpTBGOC0DI2PR/MeDnNB8/JzbqYiTzfLU6XII2ka1fk1ket3tWL9tijW7yLy7lHF'
    '2n90Zf7aJ9ry136FZu3pmUXvT0Frr7tzBa09pWvC1r7VYO1bDda+tQhrX2a59jQmKcbeW8D0qpYBf6iE1Jci5Zex9BThx4U+V/hx'
    'AIPovDJCL/CYp31kPnnc0E4LHaohoY5V38B47ybxGYPmYx2B6aMd+F6nFPFMQhz73+TdzBbv3Vvk3Qx49wbRB2th69wCdb2uyHNk'
    'S26eV2CPUto4qM+yzAuSL0fwks14Gy3uM4hftpFUtv93hI8+zHDEkIKPprsjybo+KzzHJSqZybCijbC+DwXIXTifiML8bnKn7iZl'
    'TGOXD7JxbQNaxpSHN2DQFm/jbNijFK8Pae6eI4qx4d33CFYW69pK8ExQ38LG2Ktp+3CQS5iuKZWthc1Vh8iNqczj1QbhkbQlHjGJ'
    'LW+yNw/xriE9SeTztVdB2sbGoLrHqd5J+dJ6h7t2kF6xaR1NsObjPeZG4aYTG6QHOyJin30R9eQFEckU/O5qujZUvmBzBheKBqln'
    'PLeod5qEZfkSy/Kx7UcATLccmlYH249mI34MxYtrSeoif28gZ8LNUB7vPB2wxlcI344vXufxW+c5sC5pokOnk5PgmZwmKqhBcqkk'
    'ORcbQs48F/ywVkNzD1vQuv+moP3rLXSgTOhuWt/L7O9rA3SP5BwerPH4K/R+xHW/eplMoEUxL/S9K/1N2+ywoJHfYDLzr9b4cuOg'
    '+8N4j2XE4m6EY7ktM5ZTFfcmE3syU32IDsaH6dPoDYz3ver0Gn8P7mZt9yl4ejTfiELngeqYcN2NjgKMJWy+uxW8hKyeAxnnH9j4'
    'TGCmX7M/ua6E65jpvEbZl89lEOx74d2pTJ59Csiz3z8vfy65zF6WPxnk4qvTZnJ7zItpvUIPlvdB5l1J9BFM+7sKvu3R9Jf2aQ15'
    'L+fojmrvzq3iF/SzfdfB4GlUwU+n8KCT7/O90Wuwtnh+XFrt3XmLBbuFhNl/hfRVgk+zsoJq704e9Tym/e/WrEGfMLcFHtCcSZxf'
    '/laVpwNA9f/4Gv9WwQPV8RFtz7feEJyLtpHPVfnzPFnxcVD//6oql1Yy2SO2ui/jfcZeU+XJg0zPVBU8vhbCox7WyOx6oA9nVnn9'
    'L+T+s6GDg/bWgirvThJ2xrQZ6qlhXtrmqUTXjZ45J7MzYi3TDXsP+74GzpA3M5fco8aBBujS4O5uxrP+4Tj3Z1Czj7E/+ya4P3x+'
    '7sz050wRTl+YwFa7BV3URuDKtH6EtfaI9FCbIV0l56e90petdUwAHCP+nz9O/RgM6ccfKzx5E4XbB+fn6uJxXcpelm9Eg/f+QOrN'
    'ynUrcu/SpjJ4l/vydjIfUc717Qo6WI7loQr/nOm2OKM7LejibgXtpqIDOW3xoQqf7u8znAfVOnKbKJM122YxLqQbtlT4NOdkpZmz'
    'erMVPq6faNo4K5+p8OTUMv9htV66ENKVkM6tVX9fA2kZpIsgPRPSVZAuYfln1npt/6o8f7+7wJirjP658uLw1Uzx90NFbj/snP+z'
    'CWofxz9Q7tk2jfc9g/aJ8zffW+7J0mWeY9g+mANpE6SrGby3QzoP0iMhPQ3S+Wz/nAn7YGm5j7smM18wSdbL5uzl9XF+UW8A/yio'
    'DdmnfyrzPJG46BcV+j7+eJmne217no8o9ifnWwW1+9ky/848EfdV2Ycbyzz9wzD+pc3dcrzo+Y1lHv2alfexPX8Y29szIZ3leOat'
    'DGhrvqatJse2ZpO2XHATLbcA0hPZ92XQ1tulPuyP1x0/u//HuV3k0X6r1Mc7NvqMKlxoWlZ3j/hsae7+Lwa9fTCEL3VjqWdzx3VF'
    'bXViTWmHq8j8T7RMdF2p71/ChRbVyRmytt8FrJv3u7bU+3sy4mzZv/9b4ulrUDyVgPS9kG6ANOmII58t8eG2YxzwxsOkva1svTo0'
    'dFK3A35B+Lm3xMcNhaTZbGi0EdKHieBzyD6cX1J8HNkZsvarSnzfNgOMT/CyRsehIeGlqYRaVnF4ie8/yAXvmuKKFJm/KPh2d4T7'
    'x7+k88fq0oews+yZtIdzbfCOKZ30MKn7dEZ7LWG05UbLuv8y7dscFIoWCoOjg3j+p33blSg8YFlXb4HWuTOEdjynyO3gvj8+PXG2'
    'ILPIutzA2v6ChveOfbpvPvP9QuoKwksmfPz/THm+DSdS3yXsXvh0yoePdo0fjHWs3vc6tLMv5dsbdTLcd9AQZ30m5fGtxosPItu8'
    'JeXpRBeD35G19Ur58Mb9EZnK+LGu88n8jJdM4gTS5njoSmb1mwksDQXQbEGwVE7WdVizVt0W/Ho+L79O+vWvCdlP6x320z8mPbno'
    'ROIW2Y+/T3rwS+8lKCux4S3Luu5L+j5kL38W5ODP5NrAPvWUlw59BXwKHPDSx5736vh4Uo9nug1lJrclfR9nLvacujNye9KXIReT'
    'hyHbOpe0xce/owD673S+Viej25IelfT47kE6qGGwfqKF/oXJHhtL+PDoKvf4VcL3jRAGjxxefp6IZlfM5/h7CY+PWAiZigouRjXt'
    'PkjGEfX+Juv7C0V9rnekrP4vWSO+h3cJtb8MvJvuIGVtYF+W6YGytjx5WeaSgLJBPPas/C/h+0TsCuELIS9yHSljYrMiy6xI+D4l'
    'THBXn87WO+Hme2CA1VOV8P1hBNGgdWCQVBUyRzjO/xLheXHNXwfbrELrNsq6fwz9kN9/tQlsort9/6kyfRN8mj5D8v7ofC9NXen7'
    'SZXpET1e3n8IyMvrfUSR99Td6rx/q8jbe6e6D58NyMvr/RjJ+yb4iP2yZh4+GJCX+5e9keSVCECmtRfkl60DHMDz3nWVOm+3Iu/p'
    'N6vzXkbydkPeewbUY9tE8t60A86lTeqxbVDkxXXjeU9S5MW14HmXk7xtD3npvv0Aw0C7LXrMjw2Eef/mCYjZs0/tP7mZ5A2jCWtI'
    'Xk5XNkO9s55R+3owteM3if0T2zwzW9jPRbHjbza24w9bm9hXYHjsB/d1iuYrMGlpQxzky1IV92GOBZygrycbuDrMoY1HLdsw9ScR'
    '5ne40OVx7UqJr4ALGA5dJdQ+cFqF72MGYzBWCz/2KMZKlfkwXut6Vsd6kRv/EMuXKsrTcouFnQ8Qyfc+vEB9NW2T2uGnSbmcGEKZ'
    's/K+l4LXp5zMvVyPI2Gd5pD2uE4tTYeEfbwH9DvRKHyfbtRfIfVzu1ORBvm5VcWPwbGhH7Z5q3zfizTmKMZdoDGJNpM85WO5eWR8'
    '4Ox9Svj+/c6F9AINXC8Xdv6pdX4Zahg8yP4jH26TIrXBJ7NIXfPT+akLbnL1UcNxSINlfQ0kTQIcDMH89QmbGOOpRCI9zc/5pfxk'
    'tqPHqoMzJIXlk6puL9l/px8DT8LTh0WwbxN+lg4G7CEOq8MAGyZ10z2QCqA7qO+z5eR8EYb9KgH8YkPPRomVVQicFdU3m6mvd3pH'
    '475HU8LOl1Fa+PFjEKckyXfqW5zjqFINjppL8vP6XP3nHQ1p6ZgdHnSNJ431RoknTct2wDqVAp2Qe9dKvqMfivt4rD0FGt0jHJ4g'
    'f02pIsNxlt/yES8t2ePhgXKhjy3P910dfK9ke2Ipo6mD6MLxGOOX907/MSIv754DEzPGknEYI/Ic//iNyTHm8VjXNPBOf/j05Boj'
    '0hRUxrdL5PqA53EIqdyF+yV39XlZxvqnoxlUvKUgWgbvxKa0jxzT+4TnwwDLpEVw/FvKG1gG921OQ5jSvMlJ0E4QrRrFp2UztJMk'
    '86njqTRYnqlzNfBC4xdQ+HaFUxrTWMR8beV998jN4i5QLWqBabLwxZlllYXSWpyXkSJrgvzCJLlDlgOcnQayvtlAM+/W3HuCeF5x'
    'HGvTONa3GsWxThrEsW4G3QJ61l4Z77ucNdhztYjyBPKRuEyiieiYpC15GMj33SHy4yVlZTuJ/DyDLE9jwud3oP1JN9FH4d9QpyRN'
    '6qbl6oke7NtCnwdtlv+fyG/jGvj27+RbH+vba4pvh+xRFXWOwrefkD5tZbo+OCfPkvIdbEwZslN8J8ZdMe6KcVeenE9HYyZhjVR0'
    'RSWjK8Q5mbX9a+/f7W2Zf7eF84WSyHNU1F9fgPpLFHeqa4nssQbwEvqST8ewmIKpOlcBQoVSzWg3oW/l+XqfQk9DCPP4WRibax55'
    'Nx9kq03k3TfwTCXv1rbk63ghjxzttND262RHmWQMj1MHHhst1/Uaxo/oiteUr2n7RK9p1NhLqvPlGsAD1Q7rPpkeC/FSyo7WHEtJ'
    'WlMvh9I/Yw5PXcC6TwTfDusodag7qM4kqbOenCfljNcj//2yHHcAn7yE1bUFztUaC/0Eyj+nY6I8J3pmynauCBijILp98mOp5Vkr'
    '6/wA4V+VkrHhfGF9W4Ufy/wYoYo39M6WJ+PeyszRW/rbX3R5Ml2nK5iOi42Og0q3zV5PS55c01dRCw60eodz2FgfO08PCxam3eTA'
    'BnxxBrHl3WIpg7wC6jgh6du40TpSBnqHxyS9+wTiDJXd5XXCzL+PqmyXyNUTrUr6dvDF0JVV6cn+KmGuJ/tqwutHTOMqady0iPC0'
    'R9xutvStXM/BhB9bfLkidanzMrB3Njmz6zR1SNvS1aQO1d7ZJuxjM/eKXD8ArSH0IZettwhzu/ZOtrdnJjz9btUc4n5UfdPpBtjW'
    'gzHDR4EfMqTRD6iOZb1BvPNi3mOt1r8R1vQWsCdCeW4Z0WPh8dOHhG+nNluzr0aF3g9nEOxn/cMK3+8x90PDz7Fdmj0VFmuK1x3W'
    'p2OE7xunQ6j9bA2xM3dQ5MdWz+5hMrccD3Ur9Ii6RL5/GRfeIcWNOp2nCgV/wpSHehuk1aSfXC8GbeETinHyWPfdjrozZcL3ydAv'
    'zH37qGCW2hir1pb7ZV6uWLcOpiO2SGFT1M3S7ZB3rvB9HfRr5onqmXGbpV1C7/PSZW5V+wfh+sFMZbcKtY/xTtIPm7ZozCgVLHU4'
    '2AMUAjZwzKcFwMYw268nKGDjlyzPMuifKX3AcdoAq28O7G+a1wTfVSnw/2/Y2JOEJlie9C7tdB5ecVzr/km61u+xWOuTybyb+MkZ'
    'z/V/3XH9BwLW/6FM2U8LM78q9Mzk/lc7CowfuicIZvDsOI/g714NjTTMymwgcBYWB0CeTYc5wovp2LBf84XvT5eeRa4+nKgNlsrP'
    'OoWv2QnP3o7G8aF7zwZmui3HTvP2E52miaRJNhjiiRGhjr3YxeprU+it03MeaeAaRrcMCrXfpW4L+oX7YK9RwD+PXTKsgJGPZn57'
    'Ya7xXrKO+UxfT3yrm/o0ehf4NLqU4NIz0rm+kXR+4mS5s+BbmJ8l7oNxY9o/SxB21lvE91vN/Mafk/bXsVHk+38Mi7m8icSdpLbZ'
    '8t1xFj4deV9d6dD1Gh+xbWn79lzlucLxvtREmADcTrWD6Iog3VhGdBsRD9UBnwb1T16Gd0tI/pcJbkC/RjWsnRaFbiUtM5u0cROz'
    't0EbS7S3wXczQBeG6tYsVeiR2czX+Y72H1Wkjcykpw99DOB/htm82Oh11BPZv6I/Iki2bdtWJWEQURkq6vC76KboYL/cEfapHdVq'
    'Ed1GW7VGqncIq8XKT/2vFMruvBR+QTJzbk8m98pHNDLRC8iexzJJyzlZa5G/ifHnbcs3Ct+GvgnOQdW4lhMcE3aOVDruA9n+cQyO'
    '0wzHXUZopUWsj8eKXJt00zlQ2ZatFXofUzrYpHBSAmNvNLATs93X2N8EGftCobYDNdGnSYpgu9KUJY4sJflo36Liw0QB5s0EZlV7'
    'arklzNva4+I60PMMZcY55xkqcLTqdTTofm5ga6OTR/M7EtKAWwt0lrmuHeoMm9qTNoTIY8J0wUoj9HMLfKtT4BVZdiboOwT5rksz'
    'mZKuPPpyoT5g0qCUiz5g0CYXcfctCrsD1MGYqPU11V1T7cmlTE8kqHwhYNgVbxfKzrea6NudZMj7DONfDIn8eMW8nyawv9ZyPgZC'
    'ZFKSF3CxiO7DPowPZBKv0MS/+Mg4zZtJ7LAuoY4hMqCRTSKMoX4lvTtlq03sYeqD/v0Cz6teZn+B6ZCGvrreQOdpMbHz2KlJlxPe'
    'Kfq4amd4oJbQaDPJ/RzxIuqADJK7P8rp+R37fsUc/n9IFCl9'
)
