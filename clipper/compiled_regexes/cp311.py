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
 ('(?:^(read more|see more|more):?\\s)|(?:^related:\\s)|(?:^read also:?\\s)|(?:^also read:?\\s)|(?:^see also:?\\s)', 2, 34, 4601, 228, 1, {}, (None, None)),
 ('(?:^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$)|(?:^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$)', 2, 34, 4829, 1334, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：])', 2, 34, 6163, 231, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(태그|키워드|카테고리|#태그)\\s*[:：])', 2, 34, 6394, 233, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$)|(?:^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$)|(?:^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$)', 2, 34, 6627, 619, 4, {}, (None, None, None, None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))|(?:^\\s*to (view|read|continue reading) the (full|rest of the) (story|article))|(?:^\\s*if you('re| are) (seeing this message|already a subscriber))|(?:^\\s*(instant|immediate) (online )?access to)|(?:^\\s*never miss (the latest|a story))|(?:for the latest (stories|news).{0,40}download)|(?:^\\s*download (our|the) .{0,30}app\\b)", 2, 34, 7246, 1924, 25, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)|(?:^\\s*advertising disclosure)|(?:^\\s*this (post|article|page) (contains|may contain) (references to products|affiliate links))|(?:\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b)|(?:participates in the amazon (services llc )?associates? program)|(?:earns? (revenue|commissions?) from qualifying purchases)', 2, 34, 9170, 1126, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 10296, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*(写真|画像|図)\\s*[:：=])|(?:（(写真|画像)[^）]{0,30}）\\s*$)|(?:^\\s*(画像|写真)(を|の)?(拡大|見る))|(?:写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$)|(?:^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/])|(?:画像はイメージです)', 2, 34, 10492, 599, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：])|(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：])|(?:返回.{0,6}[，,]?\\s*查看更多)', 2, 34, 11091, 388, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)|(?:^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2})', 2, 34, 11479, 1076, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 12555, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 13952, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 14523, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 14778, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 15007, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$)', 2, 34, 15460, 221, 2, {}, (None, None, None)),
 ('(?:^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$)', 2, 34, 15681, 171, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 15852, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 15996, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*baca\\s+(juga|selengkapnya)\\s*:)', 2, 34, 17238, 97, 1, {}, (None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 17335, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 18300, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*simak\\s+(breaking\\s+news|berita|informasi))|(?:whatsapp\\s+channel)|(?:ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram))|(?:dapatkan\\s+(update|informasi).{0,40}(berita|notifikasi))', 2, 34, 18753, 539, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 19292, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|written\\ by|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autor|texte|автор|текст|oleh|text|責任編輯|责任编辑|bài|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 19508, 1036, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 20544, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20582, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20659, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20736, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20820, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20895, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20979, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21048, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21138, 76, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21214, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21299, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21404, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21501, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21606, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21698, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21771, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21842, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21931, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22010, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22081, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22169, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22296, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22384, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22465, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22559, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22645, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22724, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22797, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22872, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22956, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23027, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23113, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23203, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23328, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23420, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23538, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23632, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23701, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23770, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23839, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23908, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23975, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24044, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24113, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24182, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24251, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24320, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24389, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24462, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24535, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 24606, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 24706, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 25534, 82, 3, {}, (None, None, None, None)),
 ('(?:votre adresse (e-mail|de messagerie|email) ne sera pas publiée)|(?:les champs obligatoires sont indiqués)|(?:^\\s*(\\d+|une?)\\s+(réponses?|commentaires?|réflexions?)\\s+(à|au|sur|pour)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$)|(?:enregistrer mon nom, mon (e-mail|courriel|adresse e-mail) et mon site)', 2, 34, 25616, 880, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 26496, 714, 1, {'name': 1}, (None, 'name')),
 ('(?:подписывайтесь на (наш|нас))|(?:(наш|наш канал).{0,20}(telegram|телеграм))', 2, 34, 27210, 270, 3, {}, (None, None, None, None)),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 27480, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 27579, 100, 1, {}, (None, None)),
 ('(?:구독\\s*하(세요|기))|(?:뉴스레터.{0,20}(신청|구독))|(?:채널.{0,10}(추가|구독))|(?:^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독))', 2, 34, 27679, 284, 4, {}, (None, None, None, None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 27963, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 29005, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 29101, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 29815, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 30858, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 31748, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 32289, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 33333, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 33892, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 33919, 3637, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 37556, 3753, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 41309, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 41530, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 41556, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 42149, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 42389, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 42420, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 42497, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 42538, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 44149, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 45129, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 45356, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 45454, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 45633, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 45714, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 45735, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 45973, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 46227, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 46417, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 46655, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 46683, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 46863, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 47055, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 47261, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 47293, 30, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 47323, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 47639, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 47860, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 48353, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 48677, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 48883, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 48911, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 48931, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 48963, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 49125, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 49141, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 49347, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 49633, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 49829, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 49883, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 49907, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 49931, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 49974, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 50268, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 50286, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 50303, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 50332, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 50456, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 50586, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 50793, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 51063, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 51167, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 51183, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 51199, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 51243, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 51267, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 51368, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 51393, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 52242, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 52350, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 52364, 28, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 52392, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 52511, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 52572, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 52684, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 52811, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 52932, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 53206, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 53340, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 53477, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 53505, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 53521, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 53785, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 57422, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 57642, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 57663, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 57721, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 57737, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 57753, 104, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 57857, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 57912, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 58026, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 58323, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 58501, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 58558, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 58615, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 58672, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 58733, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 58790, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 58830, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 58970, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 59000, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 59101, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 59125, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 59635, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 59659, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 59683, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 60091, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 60232, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 60253, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 60272, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 60310, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 61155, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 61999, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 62190, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 62436, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 62514, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 62625, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 62667, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 62745, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 62802, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 62834, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 62986, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQuYXVV18L6Peb8nj5mEECaEwCTkMQkEQkhgwCgogUAAeYTXZGYyQzIvhpmE8AwKFg0WfGBt9Wtt0b+CgQpqQbQ1oJBYxQeC'
    '1P+zFQq2DW2t/lBFsc5/9z1r5ay7zt7n7L3vvfPiHL7Lzpyz33vttddez1ohRFp4j0zHMk9TJu2Ad4nMrwH+XQa/+szvmGe8NH1Q'
    'iLpM+m7Ft2/92Pt2Jvl29oVeeu5m79upim93X+19O5F8qzzPzyO/LSPfqti3Y+FbK4xDpv3C+3YU+TbEvjXLukg5Wedykgf/lnlr'
    'SN6hiLxJmL8GmE/ZTgW8k/NdA3NfnvlVk3lvhDJJUiYBf9MylWytUhZtyLkogf6uhf6uJ+/O3Oa9W0Pe/brbe3cCeffTp7x3csy1'
    'MA+9pE0R0mdZriXzm0/mLQ1jEGQsyYixl5C/ZZ5SUh/Pm2BrYzpfDaRvJn1qgH7JPbWQzXudRbtyHKWwZxocyt7xd7njbYQ+vZfk'
    'M60P9wn+Ted6LaTP7bavtwHqsZnbsgLNreyv69yWPxucW5zfs4TbPJQTfKvCYytC8FirBR470gKPNUL/5bdRssdlOgx5Kki/emE9'
    'KxV4sILM0fsSbjBYytahlcxfJfTj85Dyfo9A2gl9qyJ5esj4Ma8LrpDvr4C+pLIvo55kYjo/2YlpFXk86cgcNvBjcp5K+JwZAXdr'
    'WZ1ReKsR4Olrmd+1UK4Dvsn8xwXgJvm2fuj6/mFsrEy98oez7XGBrATZ6xRnbSb47Eb27RyCdxBXdMP64Xl4PaS3AY7DepD2rVCU'
    'p3lWEXpqXTq37jPSXvr+eX7da9NeuWNI33axPl0L6UrSp61sbDMBTk3Lj5DzRofzqzT7ZzHZF/ng/6WWZ0gp0GYJmGN6D1oI676A'
    '3X8qoK0dbV56E6Qfa8s9/+S7n3dDv3rU9wD57cdQ/r8g/SKkF0CZNwAHyXdPwD2nqS+87CFIX4f0Ifb3F6Gv/wT3oSz9frWXvtHp'
    '3znKYM3k+7+Bsq9B+s02/z0f9z/BtyfbguNOAVz8feZ3MaGnbdqaDfDJ22pidGkDgdlOyNfb5tONjQoYRVq9QkGPyfIfbculX+S7'
    '90Ddl37SSze05dIgCDOXQL5bIb0MxoP3SSwr06vbwsvwfVUH+/IURhMOkj1M8csw+7sL2m8h+ECmu8n7ZpgfAfOfJPNTTdaQlu9j'
    '/ehh9JYOjvkYa6Bc5pOYBeW+Cvm/Aenv2/w1kmkX7iU2h5eQOZZ1HpH5zYE6Z8E+aB3NrQvbOqiASdU68TaSBJ5qFTwXOXdnaHgt'
    'O7Z66fc7vbrqFd8SNwT34fs7c8up+BC4npVsPZMMdu8G3PPGrbnt0b5cf4GX/ntfsC/Io7nlHj1OGMw0vkiRn/azlPUzzfr5V1u8'
    '9GSYl/++MUjfd7A9MqTBA/LdexLeXkFcQtflQmhDAL+qSfFt733BeeJzoZqnCsU8lYnwuShndx3dOGdazBfNcxLLw+9zur41AW9H'
    'KO5nOO6ST3jpW3uD8/XIfV66Z6/ijO2BedulxouI4/8R7swUV2EdyQ/57fD6/2qv3z8VTmqA/Uxh8C0Yy/kwbysvDc7p6tHcPJ/b'
    'Gqwfz4YHgB4ptbzjyHo/s9lLu2Fv3nKZl37nQns6SfblA5KX5NCXBugP7g3KMxJX+3sFx97A6i5n96kaVncjW9MvAu311n0+Pcy/'
    'XbXH54FMxJ6ZwcaYDhmjzTzPZHPB90h9yL6rCNl3tO+zRPi5VkLOtYvJuSbru4+t/4YPe+mBu3PPJzyH5LffXZVb5mHYl0N7c8+R'
    'MBqF05lPA6791CYvfQrkDymAi4U07/m5eb/J8jaTvN8DOvBamNvXboc6tubKDuS7z0PeB1nez9ytP5OaEt691GUPlrI54H39AdAM'
    'a3cH54D3leelc3Au4JuFsLa/vNRLa7cF5wDz7rvbS4f35OZVnYGm/DfOl5475n2X9T4NdGoZoSmf+iDQe0O5MPIKpL13eekVAAcl'
    'e/w7Ht7RsnQDwXmmddC264CWn8/gL6wO1f0H7y20f/z+sh/a/ec/D9LDur7/fK96DLMB362F9u7oUY8N17SO8GCz5c7L3QcfvRzO'
    'DGjn+qsAnkDWd5Fw3wuVbC/sHvbS4zerYXahIu+izWqYpXuB9jlqL/C8YXuhqoB7Iex+gnjzGHaurIT0FBE8V1ZB2iaC5wp+W83a'
    'VvFLVe9wfmdrvtcDrWfKj1Xxq/g8lJLzbDtZM5z7ZHs435Hym6PgEu9/NYwW6WV36RHyN+WLoFyD3vMPkXu+CS8vH7k1wpgNL6+B'
    '8GBr4Pssi/nldOrRmRe3OuKFpOP8by7w/J8GODoqfz+jXXsIb6cO+KJLDOrpY+moAS97hI2zg7yPag/ncUCoeQK28Cbr+CysA/K+'
    'Kd03mfZTSZ687rXsm/z3OujvYsZbd7nnyTk832H/FGKuuH5BGAwmGN/SZG1t63eBQ5Nz5NZJeo4sKRDewTMa246qr5P1Z1TBq57q'
    '59I3k55MZzzPpZsLtJ7bi7SeF02R82kJkYnuNCjfxWQsg4p90aPpH11bk3nO5/ykZyTXBXxHyBnY7XAGUr0lKmNCvaVm1tagBnZG'
    'LOTtu8n9pNZi/To05za9L3w/4etNtTIey3TGu2UFpF9s6ig0nXN15kVjwl9TKkdZpJhfOk8jChlpPmsXBseyr/8Xxo7lw/JH7YlB'
    'svYm+4DvOZXMeEgBN659lOP9c3mPY33YxnQVWyz3My1jsq54fjZrcN+oZm6GI8aHPIo6mMcZCvxvS9fKui4AuI1a/15N/23HwftA'
    '8ckOcv9sYPUOsTVZxr5vY7gHeZJha5xvP7k8E3EClSnMJzIFikfOBX0wVz4k9qeM0Bj5nLP0DCjkGerKfzS5G6HMiOJiwWTaXQq9'
    'FuTlzyT0mgmOpPXhvrsO6nsE1jpqDx9L4NlmLlYT/ijlk36M0BLbNLSqahy4T94P+wTnIQpedrC0O6IM3gMqNPN3A+TpALk/rXvQ'
    'YBxDBu1L2cpchsc62Nr3aM5k3dzxsqhrdAShVU11IDs141WVwbvFLHIG8POoN0J3a5Tp//P7cRQek+9fZvyQn0KZGZ7+cSpdUnr4'
    'KSstLcd/V5RWVpVW19TiU1dfO0FPg/xfYzFqzk7Mm2Njiez//UeIPXtk+qD3XHzxF7Lp84tXHnPekmUX/GLT5ou/8uCDi+Hz7z52'
    '54NjBs8Tt32jNSHSv8z88zZZ9eAcH6N4bf3Ba+fBi154kDxy5faMFeqRLbb/LPy79+zXfW3Gvx4MPK99g/41Jsb2Z37y/xePyXGK'
    '7H8vZf77Zfb/mecbr78FNY+N/SbQXpko1HON4l22/RaDwuUmLajm0JfRcflUM9EDwTOlnORBvWe003HhWS4K0UssJWfwo+xMns/4'
    'Md0kpbTriMKGyRSnHmJ48vaQdjuK2G4nyDs53aSi0UcVdBvPb3Iu6OhxU5qtg9lmrYIzjc7FywY0jk1/tzH6bFhz7zW5d74eIh9y'
    '5ct/PVPJWUk3vmtFCNxl7eOS+jxIn1WQPDs19cgGyxR55LffJnJtTqLmcJjVfcixPLb/k4R/r4jaf6YwluWLh9TbnUe9DyV8fLFz'
    'HPHFPSHtDhex3etIu4Wql/ZVB/sXJnz82DdF8ePRiamP43+V+c2z6KsJ7tfBsGzvBbi72M5NWJ37FXchPleHQuQ6FF89JDzfBbSO'
    'QQsZkCl/lI6L38/6HM6+QQUvg9+362Cu549ju8hnvGSc28XxSl2zkzUyIt1+MuGD0PGN91oOFkj/xUYXkOuYIyxd7yg3nFsEGpHv'
    '5RWO7bxu2c6sAuIfLjt0oWNc5FphPNYqwqcuA941vdfN0sB+h0bu069ZT5yDRTAGUz5ct2X91BdPVF7VHUInm1TNc5a2C5EH9RnK'
    'zNaG1L+L8JVN16CDtG8i+3MZ9wWkX7btheFUOiaXfh0P8l9X+BqPuYuy/6T78QloA20y0S6oBGQ6Yp8Q97/oZhskmA5328Neeu8B'
    'X46FNkxffc5Lq38E9h7PeHk2EH31lidBz/+Aur5TSN4j9/n1qPIuJ3lvgPpO/KE6L9XFv/kR8DsGfUkfyO0v8tCyeb8HtsKPgT3v'
    'o1762ae89PHngrZcX4E+vPRUbr2u/Igm4MVwHkMzwAbV7cM+HA9rv0z4/qxqGQy2E91GWkcpyY+yVlpuuWG55azPKWHns4GeTyNp'
    'D45s9D+myty4zEdbJsOz03w+EgZjKgbOS0fgvKsNcN57LXDeORY4r90C560meZsBF33lKXXeJRb48SiSV/pzlOmar6nrpXaw4kvq'
    'PLa4s8Rxz3RmEFBHym7PdLB7kJ1/runtrSs7Mbd7Lu2chGcJsyw25+RHWbnr4N/VQKv1wfqVeHLqKfOkzJ+0nZ+ssSwoF8NPlosc'
    'uS6P9UdZpwTI9URnjuaz8aUq4ek88o7qO4uHfZ0PPCf27Qc/tt/2vi0meFIAzntMk3c+qWcW4NR9Xw36Cfn3Z+HbgaANZQLOjCf3'
    'B20oH4fz6YffdvNNiHNqM38257Mc421QPiWK6TNxeiPlw4z4nGePcH5a9DZFooD0WaNw80ugo9F2GdBoAxY0WqcFjXapBY12rgWN'
    'dqYFjXaywx12iQEdtsCC9pttQPtRW3aKo1RjyseeoJ7hDGpDl3kZSsPke1cvn4J39Qph718xdI6T2SG0FGKOY7rc4AyImO/QJ1lY'
    'utxEzpBS8DX/xHLffYDAeAPBFUkR7odC5WuiLULGFuUjwoauGrmq8H6IrfyR99jN81EKfgn1F9KK9Y7l0gsqfk4l28elxD4r69du'
    'LPfeb0snIG1BYfDszO9dedIb32C+J48Uvn+cL8C3ZyD9MvFPqpIFSD+UGF+A8kKeYX4q/7mtuP6N4r0Z3BsbHpnYvfn8M2+vvfke'
    '2J/57M2f/sBL33zI51finvosfPsu0O4//bJPqyIdOgL08kakgffl3sfpHl2oaXMy7NFXLPfoPJKP+t/bwmSY5wNf90oCp1c6rr0K'
    'H24h+6QR/t0Fc1ND2mjZcZgcaVep1tcqaGGKc3A/bGc2WbQ/KP9NMFufa4h+75DGHugS4duP9xjooWwTfmykKqH2w7xV5PqZPI30'
    'YyvTacA8q6EfUbLqnaz/x5E56hDmdrM4jiaiGzJiWE41/9tEMP4O4vwmtDliOE/WfXoETHKfoCUhMHllHjTvnsyLVQk7vL+F4bZa'
    'YW4rjuuXShTGP8CvhL1vgldFcXwKZFBzpF0v3Yt9Fnmxja+Q/bctYpwPkj1ioifdR3RXZPk/A1yazxpRfe4PFKg+tA0cJnqba9Je'
    'ejKLK3EaxJV4H4krsRLytkPaBulJkK6GdH06t+7Vad/HC+olb4ho7zjC9z8Tvt0xz0vvJHl05TFeGZ4Jp4Kv5e+f731bSb79Kfge'
    'PWqXzzPT8f8XEjphBHhZbwKvbD/kmUvK/+G9XnrWsPdtBvk2+5Lcb9VEFiHL1TH5hMyvokNsz2qKx6QsZKOwx2OULk8XgC6ma3kD'
    'pC868KZN+pTPfOlotUrh+/QaEm4+AETEeV5miAd6NHYbo4yGOAruuPTbVgOagvoAMokpE6Z7if1T2VipdIQxBlmZBndTH/9c13+X'
    'ht6gvnxqyzw/B/wMUcXAUc0Nt40J86lBbbHXCbWf6iOEuf+UfGBB4spjDMY3XnCCsYdMz/mtbK1vEHrf2feVerQ+0mJvpz1XFgJ3'
    '4wHz2btLqRuO5Hq6UXrE3C8T9eu0RGG3Mxlgn87TQpDNqXxc7IzQYx7QvO8U4b7VqI2Dyh9O1s9KiecbxdXPjck8q3ynDWn0+kcU'
    '81XMNVLZbarsd6oY7GHMkfkWeI37DxzS2KR0hdiqoIwX727XsTXvsLhXcb9Y9LxV+RhSxUuh87ddhPsnGrDsY9Sa4x1oZgaGv++I'
    'g6hPFte+ULjA2DGzRdCe08ZGkeNitLtpFPZ+sYbZOs8Qvv8uG5s7HS6pE2Y2sqZzWG9IOx6twIk7hdpXVNhdv0OoY5zZ4IeGSXr2'
    'RNnTvzPt6WS64P9Gtk4q/3s6+i8Mbjs0ZwKPtYPz3QR7g/ZtpuYsNMGL/Ra4U+U7EePpoI7iAta32cLc/1uPsIvViWOkfWkSvg86'
    'He2Qr2/HL6U8/OKCgykPHeNEUXnRcYwnx3EOrYOfPZyfR2FoDpunuaSMKU93B8PRqjN0ZwgNf0QIjqF9mydy4zH2amhleq+uF/a+'
    '0lTzdCS8W5tZ4+/mec7ycc1nsh4T+UU34wGsJfMSdodAm+NlBmefKU03qjkrwvphWnePYi2O0sBLr6IfDZCWKfjlfH/0QVstQu0H'
    'wAR3034Nkvai+svHuICN4Wjh+9HMl/ZpLhJtRvu/EN4NZF5+02G/mMjh6JzuVuC+BuHH96lgeFRnb626Y4bZWy9i63QstHeWsLPd'
    'tdkPOljKl+60iflt6sOFy+nWAa7Kl/cx2XkdFEaOg3dfyJR7nyOd2RrRlzKR6yvWls7kd5u5wvcH0C/U8dxN8LiJD4nFjI6dy8a+'
    'RHNG2cpN6T49vsj0YNidaXHC67sLDcH5mVF+uPrzwAumd9WlAH/zDM7jKH8SJnCrOsNM8UDU2Ujhchm8+zuST3UPN6VFCjF2Ou/L'
    'Yd5dx21CY0bdeRoJ3WrLa+fzvYLx8lsZL1/lJ5vjA/qd073ngN6Sy77Lp226Zm2MX6DjMdI7lAm9uFKoY9rPZ3OoigVsEiuwgsiD'
    'e/KQB08lGpbH4Sr0Xcn0/OA0Rp9GDvzblKdHl48cqivkXDEZqynN2x/CW6Xw+K2Uh4fzuT/ofLLztTSNL6KKYUD7/CeZPl82idfB'
    '9a7Rlefadyrg15Ru53ew0zJzPCMxOeQdXFd3yGJ8VNZXDHxG/YgNRdzNuB4JHSPqbxxpKDPpMISzKPqA8mK4PuBuC/xs06cwH3dU'
    '3/UUDT7YJsJjGwxY3jOieKOqOEWDDI+MKnRYo+b+ZNDLVsUq2mYoW3K5H3J62RRf7bCkN8vg3fGZl39PcDjnx9O7aR2jacoNYJPa'
    'qvIY3Tr+NYVFSutwWOq04CGF8eCr2Dh5zPVqxV0L5d8o42lmZUz0+fs1vCAuv6kj81ev2e/9IjfGWbHuvrYxFhcAz1qn72DKS8s3'
    '/nADo1P6M+W+rjkbbM+eqDxDjvdeG7/TNvfwDg383aiYR7ov2hTyX1Oad9hCvuNyNvBYop1sD81gPK+JjLVXiHjI/KzTxR1FHRmp'
    '4/U3BjjXtW8ocy8jPNvhCH6d6l4Y5RO6fxLhN9u54jhpFlvbbZq17Wf58tH52kbOaNe70JDmftKp0G80wQ+mdAvnyyQIX2ZDnnwZ'
    'pHMfEH6MwxLo43PH+PZ2FeQMpnhmsfD9RM3TwO4Qk9eZ8CF72JyOaHhWDQTGbgSZKd7PaBsPQCrHRO87tnYZ6Qi7DPSz894iz4WL'
    '/awuRvIDRK+Er32Vwdrze1NjkeZVtx+SZD/ck+d+0NlT1Qq9HRady9ffm59P3bz9hk2vB6cRdq3Tk47KINfrqYQnW0EfBCofEBwm'
    'KkJgQuUDopTw57P+R8d8WkL+28WW6+MJT+/ABea5P1k+hoqQsfM93yRy7drx3kH9BnwU/IUMtOXexxuZXQO2+fJW0N+4LNifvR+E'
    'tE2v439uwvPdx/tP+0LrscFZVWzPlhLYQVwphL2PrgqFrYGsr/cC/87ugl9V+VxsHFU26H/WY1+Hbv4qxvyzxbZvdF9Ie+zHHPZF'
    'sdaW2k7ki09qLGGqSsGjyfqv6/TST23K5bfEZ1UeZ9We6PNG++wxO6uayB2KwolMBwGvfRbSl5mvpsch7YH0sjYz/y0SLjfnSVsh'
    'v/HCq7303M2QboJz4bZgTITPXwN28zvVeZtJ3ms2heel+n6/2Bneh3zotzA/OUszmf7UYR5VvqqSmnPc1VcV9V8e+5HT0zHF8lVV'
    'Jux9VWHsCnr2fQz4HS57ldNgZb1eeutNXt2nkm9ztntp183etxPJt1LYVzfBt2WKb1d90vt2LLljXg9n4vL7vPTZvb4fO8zzU/g2'
    '+jGo50NBn/68nku2BO+zvB7Mw2nJQu39ZaCDmPWfdg/4zntvru5OqciNZ66jRarH/JjJLnvi5z1eWgX08BvboL+XmZ8HlxeYvsJ9'
    'tcWRvuJ3eO73ZA75di/4Pfnu4z7dg3AhfaXJ9JPgl3j9C0E8+mnwd/7J7xbuvFhPYAdh5vmUx+PD+VHdS/k4K0LGmU9svvUO9wTU'
    'v5gJOC9B8J8LXX9vysPRfNwynQd+n/9nn/24ZN27U54tL/VzlY6Y6xUhc91qAFM0ZknYeOqInEEFf5S2uRn68Z+Pqf1pu8YsKQQM'
    'uPrmozBQl1mn5y14h9TfdAXbe/nQIMWqV3XHXu6A41dYrlUckyQ8JkliGsUkofvp1KQMlxPvp7dz3LYnMi/WJ7w57IL5SzvwdCbe'
    'Z32q8D7r24sofAh56i1pa1ucj/46aDwU9D+qi4dSAuWSIhg3A+V0twrftxm1PaDxT1T6hZhngOTpVugS1cH7WhH0TxUmS0Xftzq9'
    'ulGh9/kUJas/g+jZ2NrEIM8G6cn5jvW46oVQ3wIqu9oBofbfNMR4SE1wT7fFQ5S+5jRvBYGlLmIbQdt1jd15i/B8R6rOhyUO9NY+'
    'oLvrIV7Mq1+1K1/3dTf7pK22/LCHfV+fLvOGvgRKHfDTo4vcZE0z4VcpgjGckhE4yzZu8W8Tdn28ltEqU/v8LOxhfHhiXGMxRgVj'
    'LHCsRpW8YuGHvfSt88CH7W1e+pF7PNgapHf4u3Pz/vstcC5D3i6C67De2SBzuJLyGe72y2Pc1sM+d1n7m8g33t7Z5NsC4OX+dot/'
    'ZvFvNVf4vkXw219ugXhavd63E8i3Q+zbUirDPC93fIsU33B88xXtLegNxhk8xL7ROIM/BJnOSZuDfLBX4Nv/3pU/vy6f/T3NRJ4p'
    'Jresd9vjybxkojZrx33sU957M+O9x3g9Aq97y9ZS8DU3+JzPXXck0/vPxmf82/qM5zKUbpCH3TsQPI8+sCn3Gz2PTr8x9xs9j34H'
    'Msi0Qn8Nv138gfzkMvF5pDiPRBHPIxGfR/F5VNjz6AeZF9+Lz6O39XmUZnfOP+qGGG83qs+nDSTv0p7cMjzvKSTvFyHPW/ep8y4n'
    'ee/qB53Ca9R5F4b0l5+ZzSH95XlrFP29ao86r6ssOz4343MzxpVT+9zU8XRLFDzd/5coYBxvoyMkKeKHPvvp/m8vJEzEcdcNZNgg'
    '+nEjhxIFp3e4rqYA/bjWx4N35V8+7efJh3eruvej/Frq3vF2Rx719efyuaPH8GkEn+3OZ1AyWVD4dKIRktOWOEwVQJVF8bRb0YYo'
    'rzpduNmSVGvoRlsZ/+9BP+Hjz1jawBBcUkxaJ6ZxJvJpLyqNo7ObqG/L324iq6O+M7detKGRdjL0vFWdo5SvwOXA9A7P5cAln4By'
    'e4N890eAR7Fnb5DvTvkNnO/+ObAbv/De4Jm+8lIvrb0i/zNdtx4Nbb5+u8vZo7MhCvN78biYXLbOSN/xWMALRTAWMF1zHmuYrjmP'
    'NUzXfEOXl153dXDNj+zO/Rb75pha9s7HCT/mBvXNQeEV4UbCCN/PxfC7EWUf57IXYz7V9NQjKyFnFvLudT4g1pNvDzOcdhL59uML'
    'vfT8nqAd2neuBbpgq6/Ty/XDnvmE76cS7RiQx34unF/nbA3y7mm72XO7LXdsNQqZAOYJ8yET4+G88fAxeeDhyLKF4s3PjHnz0543'
    'r6NTXc5ErpffqsCvFUwfntuK3CCibU4GSR6MbTjA6tkm9HYpGG/kSkVbvD8XCTM/yV2s3LuEb/OC30x8eq8RenuclaS/1P8vjUvS'
    'KopjM6OK1ajyf8jjQncI9fkh7wpLCB2GdGIxbWarRa5dHtpU6WwBqc8OFXwvLtCeKynCnmsGHJ0APF4D5bkdYj5+KVY40lgVQu1z'
    'GuH8PGEW15THE20ne26HMIspIMutgruuKu5In7Dz/0190LrEW0K6jO7TnSLX1zX6BTpR6GmzYsEq5WO42BWp+raF/LsBZEsv7VPn'
    'vTIPGbQsO0shS7KBebR5e+Prvs3GUsW3fORraajnoh8HeScXPeH7jeC8k0tf8Mem87sr/cvOFW72YHR8Wb76o2p777A7dxWBn7Md'
    '4cfEf1NYPm6bt0Po/XfrYiBx/MNhFcu5wurdmQyfEsG4XPyMtYmvaHOO94ro2Krc7zv68F8mgr77TWKR0LI8zpJpnF8TX948JndU'
    '34ZFMFacKjZEWJyAXs0ZoYsf9WsRjOcSBot9jn2Ra/qrVG5cItoPVTxFFZ03nEc/+JrwsfaFtGkSV9J0j/D17Rdmce2xDNoiq+L1'
    '8jgGO4R5DPFhtl53ZtbramEe47XbcV/QPmzNc4518YN08L9L6GO/0/d8P3UYzq9p3JtuNvfHZub+XOEW18zlnLGFkW4RjIuSz7rx'
    '9eq17JOcs59kDo2bItZ7WOhjkRRrPE1wN+I6R/SuHBX/h8YWwbuirHeGQmecx3TjcU1UcZDRR79tfJ2ukPkrFM3D88m1viozgb8X'
    'bv4sMW5bjQWdhzHoai1pIh4b14WW4rHKTGlO6ruzWQMXXUId/3uHyI3Rw2nOATIv18B9RxdHnOLZQQ1fia/vOcKPneNSJ9qrzxsn'
    '2pvHO9HFsN8h3GJ4qeZI55PUBC4qyV2QxrsaJTBbJtSxxKoU/MxRQlOpYsqZ9k0lK5D1bU14ONF2vyP/bRb5RnlRzSR/K8tfT+7c'
    'azV9rCbjrBbmsU97I+4bKnjYSmDH1uc7jsHG53Ejg5laofanposzTf3H0zvnf2d+/6XYfzZ4UXXWDAh1TDeefyk7m3m8wvo8+0bP'
    '1QZyn8733toEslna18ZxvM/S2HEqntlSxV19NOTuo5r7mQWc+1lk7sfjnuFCOxXqTqWKjbZVqGOo7RJ2sQrD+GyVjjIF2r8Ohhs7'
    'LM8y5FthHNXtDPZ6mIzoaAP6XsUX4DRCj0IGQHn7mG93hIzKFocXSq5D12C3xZwfF9C1SL6tHyobL4YfWFzTTrY2V1nouySnucJL'
    'dmKvyUtRO1Tzgcts5dn1HJMri3gPxXso3kPGewjPP+Rl/Srhn1mqWDZzLM/KpRb5USfmSEuZXoeCvjUtL9s8wmFcx1qOi/tDiHFP'
    'jHvi8zt4fpfG53e8h+I9ZHV+01itVIfRlMdYp5BX0LMb+YrrGF+xgvEV+Z24XAT9fZxv0bco3kBviJyK8qAE4SdTvlGUfDNKf68p'
    'hD9fT+RUOw31G1V8CRpbvT/zYkfCza9CY57zif6FazTyn26dDJ3xXl14rhhjqZHxdkxitA+w/nC70uwaJnLjN6aLaPPydsB/5GSp'
    'dzlq0gZnkK2cuRDwv9sB/vsKBP+XFwj+zwb5AdW94rzfbsaXHGTpDqhrNbE/GLHQsRsJsU3A2GtHWuiYqeTlprz9AY18n+pjFNIO'
    'tZroxP6Zgyw1H3lJv0IO7sLjX6GRbXRb6mVxPr7Nnd9F334tkW1tjbCLCYPbDnK2HWMxRp1+pQ4f2KyvTgf8poQXU5jiql6F/pWp'
    '3cMQSW3Wq1PT9oBmPRHvnZOp4PMGc7xDYfcUVsYG7pNE714la+o3WJvZBYY9lX+MEqJDkRRBH6bHMpkZx+s9CllbsffkMqIXVWj4'
    'rAOaf4bmvOEyxR6NfmK/hocn392f+f2lRo9rSKPnuEOxB2zgEWmaOhGMs6XqxwijYyYz3iqLgGXUpSvkXsL4z3TMgxY6Ytss8FMh'
    '56pC2MdQmmvJ58aY4F+AuDBtm6Pjaf8t7K187KJ2gK+g73f6+gL8W+IGn39fwb6J8/y/qS6dfPf+zty6aexx/Ibl39+p1xdQ2c6r'
    'fDDROcR419heFfhr+A74byi/JGgHdg6MaW1P0A4Mv129PfpcqCT9pLTqe+Be4AoXeMZQuHj9dh9eKM6kbVQKve83iudwrLdc5s8V'
    'XzfdPOr0dgtBy1P7yBJCy9fB2MpFtM2cLHuG4l5HcRC1UzXRT1fR5J3srDDR6eozvIOZ9mlIqG15P5Xy8a+prplKx6rbAvfzM75H'
    'Y6vC+XpDpK89FvphKp1TU9uKrRE6l7q+vjPlyVPlu7Xp3PZOS3vp++b57UkveTRdzcqcAWXeT8qcblDvepbnRMhzO8mzOp2bF3nQ'
    'Z0LeO+Z56Z3z/D1Uk9LD+1CIXrrNnVQFZ7uh/f9Ken4v5bs2NsZV0O898/w9EjUmk/VR6TnydTFpi/bZJO9GWJ81aW/sDyd9O3ob'
    '+LehzwY1+GOQ4Y+9ST826w6N3v6IRftbhdqHBm+3P+nbGmCZlyLqV+3bl9j7++cH47vK9i5IevxqTuOH4X1+F/g3SF8hY8ryRshY'
    'djms1UgEjuJ7Z37So0VtzjdVO10R7aRJO1Fz00nSqHG/znDtawn/nmmDi1T8zxdBxmM6F7ze3RFz8o1E8M6tsvk1Pdd5/X+d8PnC'
    'HZq91KtoN4pX8BGDegcteePIIzuCrRXXMx4tAC2UtdNK+DZVQwp+iUr+wO+rm0gdHIZuEGpbWb5GpyWCvPuXCfzTsj0GcylxVpYf'
    'kfD5Ero14j6KEO7nGJTt1eDiyoQvm+kwxN//q5DnqOaR8k5+KfyzZrzO/DrQk2mxONuRnlqbzp9WkO0/SnT7BzX8Mzyn/prkDZtX'
    'mffTwjxG70eEeezfDxD5u+nZzH2S6e4rg4o8HLaoTzIdfX4lub/OvddL/2Yv+He5yPdJVqbZw+eSu/EVEH+pZI/vk0znk/J08u03'
    '4Lv3XTfl+iTL+ofuyvUhuZJ8k/lpe0uEPtbxQqGPkTyPfLvkjtw6Z5FvzR/K/VZL+7k395vKt2fSUs4W5oNZ5f9ZVw/lFyQIL96V'
    'X9AMdSaAv1MD40HbyjpiF5jlCyl4Gjo9nXz6ZYvvi7UOtvLMZjInMn+S6UVP1JypzrmpPmcVEzBnYfTYVJ/PsiLPZwx7bnNlcu+Y'
    '6vOZLtB8qmwfp+qcVBd4TorFS5rq81wyzvMcw2XheY5TfU4bCjSnk1neNdXXqKZIazSe8o14n0x+WWu8T8ZX9jbV57u0QPMdxoeN'
    'aTw9Dze+yxZf1hXPsbuML96705ceqirC3BRSZ2Kqz29Tgef37aSLGe+t4uoJTfX5rSzS/NroR031OaydgDkshL5rDLvF0ceL6WR3'
    'PbaYDxA9d7GM21y/L96LhdUHje+x05dnXChasND657GsdnxsOGI6/O1n9xXTEuO75lN9vusKNN/TzXY13kcTY8cS61wGbUXiOQna'
    'yMRzErQNiuckaBM11eckVaA5mQ5zUSj4oHZx8ZwE7QHjOQnaQcZzErT/jOckaPcaz0nQ3jeWAUXbzsdzFO0zIJZV6P0QTCc6dzGZ'
    'G9mfGV8Cf48P243TJF65i69B6VP9BE3feKzXDQfs2lH52bzzgJcuejzod/Ij8G3lk0G/k5//IqT79L6ndX4Tqe38dcLNd7BK730k'
    'Qm9IF8cE52SGUPum5jGM+5heGI8JLn1ozGN1bdXYRgwIc9uUYU17sq25Itw2zEQvtE/oY63q1vjppCcPon5P0afOds363ChyfcBg'
    '/LUwH8xRekxRfpe4X1QaHwZ9cjQqxm8anxbnaJXwfROP5LEWWN/8cYYllY/rjUnPRzLGoqH6Zn1ElzVsjFhW5zdXpxNv6leZ+40/'
    'KlNxVcI+voLUH17CcCb3t20C1whfPHZNr+Ua0Xq4L1uM2fhO1l/0kb1ABO2yXOCQrrOp3rPs75HC96tWjH2tmxuMS9UAMFcGa6qC'
    '+5482re1bYvae7MKeAbR+agCOFnJ4KRamMeJ57FubGKz0zG74tYGOFds4rGoaKYFCpprZubFRmGPK+icvCpybU77QnQp8onhYhPr'
    'vjcE3ui63ij0sdq5frCcr4MAj66xzl30UcLsKSbLHi7m+trWQ22g5ZptyfwumwT7mK5jv2H7Ktphvsj1ZV8JOIL6hXOhU6hfeR3N'
    'xfFrnYj2E18BOLiJ5CkTvv+/UUiRdugUQR/3qJ/fT/LSdhvJfYbevY+HdBmj35Fmp/fZJOMTVLIzA2PmNUfg2bUiN/4MtpE0aAPj'
    'boXxgR7X6FaOCH0sSLqeXYp8pvtNB+OqmJMz2fdlwj0GXLvwYnLyc5/vqUKMp0ME/S7Y4EhO9+YT+47fO+l4ByzxpgqXcX82Q8Is'
    'VouqzCjDFybx6w6xeXs06Z/JpniW9kUXa6uf9NW0rkGH8fQIdfyhQYOyw5bjjVprlS8KU/ppQJjHEbyOrf8hg3NmTWadf+1AR3Fe'
    'iyk/kselHWX66KWMVusW6vj1KUveLfJXjmZrfEiobdcGDPcw5zeHlcFxbCZ3wU7Wbr/mrsX9mHRYwrFLP2XZYzXztU1zx7jBoF/c'
    'BsG2X5w/5BK3rET4ftdobCfuXxF5g7UG8MB9idcI3wc1hy+eVxcjKGpMqthFsr4zMx9vc9jXNcKPU11O7udLST3VRC+W5sd8SHup'
    '+lhNxok8oloLHIf0puzHbM3ZeUi4+cNS8XBs4lGtteTxNTLYrNTQpLo7B/JVGhkv4ZuZ35Ma/FHMe6uOb0jx2aDmHjagwIMUnkzq'
    'QX5SoWlejEumwtejbPw293esX8ZGXT6Od4NCzQvdKzWK+lW2s2Hrlw+vgcdI0N2Dub6hrOcB4fuPx3PhuWO8d4vI3bdV5NoiLlbI'
    'vjh8IN7fbQEfPYx25rjJBsc0s7s+H3O9YsxVBmOm932b/pyskE2nhR+7T0UzYrwhW5k25T8sQ3l2i70evkkfGx34wjo9BcR5yx3G'
    'TO/99VBvNZzPFagAdaEQRP0g8NQB7G0j/ZDFriF2E1fA+FPZhpNv64fO3R881KJ4DmfbIxweTvvKPXETvD81Xu9pv94zRG7cVxNc'
    'UMbuIVjmMJIIgYffM3goieFhUsDDJ4hMvUOhM8NlVC60RhTPaJTgmxO/Brqej3rfBsi3s4e99B0Q86eH6Nh0hOj7mPgt69XQfecR'
    'mmVEQaub8hw5/T1oSINGzZ3kpxyl6V+XsPfrZqoTQWMSmcQVrgLaV5bZJ8xsVaNsVE8ndtxRdrHnRNg3ow20TE9J29lyRrW9MZ07'
    'x+vTfntcvsK/B3AjzG0oRogfkUyY5StXvKO6gHLuLyf8ab4+Mj077cF1Cso0kLsQrvlaVobXcWo6OtY5j8meZjqeOt3H7gh9pX52'
    '77S1Yz41nfv3CcxuHce4Lq3Xx+N4A+OBlQPuwPvSl9qEeDnzez3zO9gWXLt6yCPTlyF9HVKZv4yszSC8rzrfS58AHfoBeL/3g176'
    'yge9MuuAJ9dEaB96R5J5P9rmw08jk2vgOXYfxLc//cbg/fjNbV56LvTh6/eo4YKuP9Z7Gfa7LVjvHvi2o80fu+laUF7HDGjvCNQ9'
    'us5LH+pW62L/yx97acU9QX3rMpjf/71Lr4v7DjIGtKVCW+/F2yHOr/Bjgk8EDaOjL2xltjtF0EenKe9pEdTf95CXPv0lO17zpS+o'
    '12/Nk1768WeCcQjbHtav269In0Ye9dLPPuWl5Y9D+R+G4ze+b16C8g99NwhLdNyq/SLffRdo3aydwXe9tP6R3D5UanAstvPxZ+GS'
    's8+uD7i3vgC8Mhc5CqcDoon8mCLIfdrT9I+o3GFyklImp7riez4M2Ow7Dk/zSZ0cRl3rNIXRsgh8Q20dZynuazZ9TB8EG78DXpu/'
    'SXnnKr7L4oeve+l//siu7vKHvXT/t726X0p5+oHZOTmYawd0N8zHvQfseK0dTMacy7+IfpKJ6fsoLykFQUXpAP/i2syEn2goa7KB'
    'octe8NKvPBV+PvDzksMe3XsjAHMPPKM/N1dnxvOnCtkGPQ+RHtq3H/by0z4M18EcoPzshgP+WSvTkx/JPUvXfM0rM1f4cajpN95O'
    'HeEBynezDvq0QHZf7/PSD8L8rfua+jxutFyPX33ZS6983K7cXYBD1vy4+DafJvVWEkiuAbiaDbj6/hfd6qwSvq0s9pXGS17G9syn'
    'kx4PRkXfzPu6v348zvXjP/LSH37bvy/WKMrJ9DFNmbqQMh9eqS6j088xWf8bDtjRWF0wb2lDPD6NkXoqgHTd2c3e0xKC0DWPXP9f'
    'JjychrR/9tyGe8kGS9roDQd8IPO/E9q940Aurv12JsMZSFuAbfMVz7vRQhdNEhxVJXx/eCb45K6ET7t9b5Hd2P8Hzot6SB+Hs+wa'
    'sN2+LpNx0MHmUaW/v85yLpqA/uX6fpTGeABSqetA6Whb2f11gOdmQv19MN8lU0weljJ/0jbysPb24snDxhyeOoU8zUanopzt2WMh'
    'LR1z0xfEOwnqd8YyVYVMtYgwRPHMcpFrp1sRoptdB/RfjSJPPdHj28H0eyuIfvGOEN3fqjxx5mnC3e+HCd9yBrTzuQN258adcGZ+'
    'F86Js/Ko6+BX/TNI1nWi8M+z/UAv/ATO9mu+alc33ovEt3Ptx8vIfetJuF999ancsT3wRK6+BfJpZXrLY+q8SUI36eaf+tW5AnXE'
    'nrPng1D+ScuB3Pswzt/NlvMlxyHTBIxrHdBbV8A6LyXrLC8xNnVvANriIOgWzCH9dK3rJ4/6dcr01Uf1d/vepCfPyGe+63+Uy2/j'
    '+/XSA/Y0ziwFnyE758/6MGZztuH9XkU3twPdvCjpyTls6TpZx6ktduObwfqXJvwYm3GVkHHhvpa8kTAZRim7X9N1r4MrEfJz1sBc'
    'vbQvl0/URPityG+R9xibOZt30Ke3dXzf/QlPH1fmG/pSLs8KZTWm7X3lh/6dBvG0yz7b83de+nvo958kfLnSvQd83GzFH38GcCjs'
    '4StesCv/xX25fRomfXrz6z7vzOVeinBlizcRD38O4OrchC/rOgXuypc+GcSpNm3cAWtxKZyXdxEeqQoHLk14OJbLHbJw9YLjvZ3J'
    'I2eQuad3R7o3TdugfCebclS+Kfv0C+H5PMsHHl75sjs8UFsoxDs/fcqXe3C+NKeluM2SfPdVovM+Auv+W0uZj2p9XODwl0/n7sPF'
    'X1bD390gy6e0eINQ28/tEuG+MFAWfxTQcNxePR9bE9Q3GIiQ/3N6PsqWTxffxqRcPj6MouIGoh3MQsfzn8vwbGkoyZ/DPWHi068E'
    '4Ify2Sg/bLlCF8jG/wS9NzYz3aIoe2lbPxcu7XAZwUo8V0QQl6xC+kiobYxMfWWUEN28MDuez6Xs+S9NcPemeu2o07IU+t1N3i2H'
    'd9eQdzcL3wcNt/NF+6qLRNAueBPJP8r4AGcL37dEh0YvN8p/g6znJBgvthuVfwnp0wnp3DEvJHfP9lovPQ7SRZCuqs21oVXdS5Za'
    'rhHymfOxDetQ8G4pHB/zjM9/l+28W/HtWz8G+2eqhw5xNc7d7H07VfHt7qt9XgJ+qzzPz1MH48NvVezbsQq46idnUBk7x/Ab8u8p'
    'DC0XuTawy4Xanjwsr86ePGodGgk9YoOrbHifdP+uhf6uJ+/O3Ob7MMV3v+723p1A3uF5sFz4NuS9pM0wXIR3ufki1+ap2RL/lZC/'
    'KX94uSJvQrjZcSI9ZIOT0d/eQjbvdZZ7unRzro607f2D4wPZp/c68OBN5GfP7Xbj7Vdbzm1NgeZW9td1bsufDc4tzu9ZjjKOWoJv'
    'VXhsRQgea7XAY0da4LFGwo8fFUGfgpy33it8X2wqH2k4R+9LuMEgPydbyfyh3+rPMznCKKOxuV81eqfoF/nZfNdY67ZNZ8020G1r'
    'LYwOW5jeqa3P9mQEnTwzAu7Wsjqj8FYjwNPX4G5I5Y9pEdt0TpRNJ/cvif6hEJ/dyL6dQ/COqZ89rAdp3wqh9jGFeVYRemqdgb3c'
    'WrATOob0bZcBH2UrGxv11WdSnvrC0uH8Bs3+WSxy/Tao7B/z5SWY0BJcBp0Pj4D7uTQpX6KZn+Uh9K1u/Kb8qviuF9/14rtefNeL'
    '73rxXS++68V3vfiuF9/14rtefNcbj7sev+eVkXtelcj1gTsb7gErFHusDM42031ObcewThu5M67nKRZlrGiMnsLjNpv2f96du54l'
    'hAY0WQ8bOeN/aGjLVpyLMX9tfgL5UpD3eWi3URT6ScDgU+nDyoki27ky1G2oiKqiMuxjFfl3NZnZWt80ol4I6hwu7xFxG+L6en3m'
    'Fquqy41xsaMdcwu9yIU+9XY9NnqSPoDaPsnAsePw1DsPNGE5R3wPoj5rxZi9DkGh8VKN4HZd4/AkU5OVvE4bE8lOT7sJFR7Zti2s'
    'RNHSTXD2upxpkp8SFkNIR3Ms15xx+eiqrciTv7yC6ZYdOY46ZtQO3aYMt0OP4mWviHXVYl21WFctll/E8otYfhHLL2L5RSy/iOUX'
    'sfwill/E8otYfjGJddUoP6Ga4NZydr9dG6KzhnH4qJyiDe71OtqU+7pYpSh/AsnLfSw0EDxAy6wOaZPH/jShFdIiNx53hwUs4tkm'
    '7dirFOWpXSnmvTthB1sUNmT5m0n5Toe+9pHy3Q7lr2D9ty2/MZHfvl+XiKZHTkhE0yNLEj5u2GHR/3mk3HaLcrWkT70i19cP5ilJ'
    'mMUS7WHlfkPwXKdFn2QszBkif9tgWdePSR/6DcrtgHIHSTlTXCvLPWFZDvu5j5Szgds/J+eNbm/fR+oesqj7j0jdQ5q6bxVB31M8'
    'z6jlGmC5HsVZyuu+itS91aLu8xX97mZ5zlLMLc9zGsmzS5NntQFNsNSRJphPaBnebpPiPonf6sm3TvaN3vd09yXkTyNdwOM22ty1'
    'WwkNkQA6ZSahIZCesJWr5ctzRT9jnHZJEtqlXOhjGmO77RF65rWMh0Xbqohoq7YAspYmoGNU/EPkE9Qq4Az5AzT/EyE8ahMd+wZG'
    'u1P/F6b18JgoC4R5nAy6T0xj4vaLXD8Y1K+HnIsPVvg+wBIgI1gD6QJIW4jsQKbzIV0J6RxImyHdCDKG4Qo/no7t+MLGwNf40gqP'
    'z27aTiHn75QKP1Ytj7m8s4DtHFXhxzkzievdWcC2RZHWkbfzr+X+XG5jZXcKvX+aqHHSmHPZOCjlvj8xhOVjIG2FtBzSE2tz9wbu'
    'gaMJ7Ms6Hyv341Cp4MAGnj9L6upSnMk2dX2E1MXnlK/DKLuPcZ81t4b0q9OyXzvymC8ON5cq+nXIsF+8rnfmMUZe16pyP865y9yH'
    'wXU2ZgGpv0vYx12KWqMk1G+DV03mB/fha2X5wwDW9WKZ+57hdX2rLHieqOjc1SSWnWnMuE1QZiWLEbcJaObPTUDbG6HtD5T5vkUX'
    'MPw3m9EGcyLw4fVlvq8xF9iXdWwldQwq7v/0vQ6GLyB1bGftDBjivXZFPzot+7HCYj66NXA536AfoxE4qabMo6fD5sOGbsHx/abU'
    'r3cbw8E7hXnsOV7vy4p6uwtQ73dKg/MwalCPKr4uvYN+pdQeVvgafbY0eo1czos/LvV8L9NyPcIsli+HsSg9pesNxuBCu12pmN9R'
    'wz2AdWwkfduQVsexVcXHbVfELKW4+6QC14t4uSVT+GiRGxM3rD6MP/qOCF6N6bnRBv34Q4knvw+LWYz8n0Kdhy+PY5s4398q8dYx'
    'Kv4ynsE8tq1uLA8XuF7s7ydL/JhCeG6vrvV5JFm9udpcnsleUqad3fexzNGszK0lvq4Dvzct1vAK0qRuWUe/oq8nRrR7DWkX72EL'
    '2b2sNqLdTaSOJazdMkiPj6jjNEU/OA/k6Ai6aBmpo1lTx3ER/ZhX4uvd2JwP2fNfUfZVVnZAc2b+Ie3xPmm9o47nSJb+V9TXI8zi'
    'r/PzNCtPIfVtYvSxSdxzvl+fKlB9uE8fTvtzj3lOZ3lXa86Wv3Aoi+3em/Z1k8f7/JDtD5F5XJ+OxuVRZ8IVBaoP5+fstC93WFCr'
    'xjO6vXhK2pfXL4jAuctJ3gTLO5/lXajo02rN3Yv3aSYpy3H74gj8VEL6OD9iPL9L6cfD8/43ybskIu+rIfXys+EnKX+ss9gddVHE'
    'PP0DaWdWRJ++kdLPC+/Tl0ne5oh6H0j5sW/6NfoQw0we9+lUru0B5bkOG95hZD0fCml7mN1deqHMLaRMd8h5QfHykEE7N7IynYox'
    'bnUY4wWknu3szBowqAf7c3pIPX0W9SxTjGunw7iOMJhTfjetNSjzb6y/CVJGNX9UNwPLvJHUl+nTlPm3pI/T16WD56jtXeVHSV+/'
    'qJ/ROXw/HUz6sl5bGJHlHw8p32dQ/vNQ3kW+kqX/yVh1a4S8hQ+H5O1jfK/3Keawg+Sh67dLUa+Kr5TVpyJ5w3hFMm9HMqj7pON5'
    'qPgQF2jWJmqfDUD5MxzL4z5dmQzquSHf4i22jseG5B1leY/QzIspHqpK+njIdb/Jen5L9PjWQPnzCK1M6bZfGORFmuyVkLycNv5H'
    'g7xY77MQq7PQ/HVZ998SfTXVHpB5HiJ5VHzgLP8vEdTJeZXti0+RPCoaQOb5aCJXt8kERmS5OxTjGGXjuCkkD8L+sKKP9L6YjV9u'
    'qL9HcV/WlpPUPajRDdxM8qjkS1k7QpKnS6P/1K5YD36vPjkkD+LT5Yo+c/2mRSH96ST6lBUhNBjGBaoIoZ9knkpFnh5+/hMYMtU7'
    'kOVeF8G6OW5/TQTHeojV87IIwnC3AQz/SOjHNgp5/iEkD67Hk0K/XxGGHhd2MIx1PyiC8MDx/F+S8ZvyIGS5j5FyprxoWe5O0ifV'
    'uVAH9tQVIbyIOhi/rh7E29tD8pwCeTpIHtWZkZX/h+Q5Ne3bctda8kCy579ibaPOC7RVnVVAvjXqU9Za8j3wblxryXfm+pQpEe7X'
    'NkynsUzk+hqI0pGj9nFpoudI26P9K6RunqxrEdM3rFLc3amu0HKF7cb8iLy2tn2NwiwWUb3Q+4lQ+ZBYLeI4RbHvh9j3Q+z7Ifb9'
    'YIP/Yt8Pse+H2PdD7Psh9v0Q+34wgZ/Y90Ps+0GwO2rs+2Hy+X6odLBpjO34Yju+2I4vtuOL7fhiO77Yji+244vt+GI7vtiOL7bj'
    'i+34Yju+2I4vtuOL7fhiO77Yji+244vt+GI7vtiOL7bji+34Yju+2I4vtuOL7fhiO77Yji+244vt+GI7vtiOL7bji+34Yju+Ytvx'
    'JQzs+Exs5VxjHzeBzQzVn6+24DXSuBEDBOfwuBHD7BvVFR9hd2FutxRlE2USK+BZNkZ+pgyyc5jG8+DyLzwLwuJ54DhXK+rpZfiS'
    'xvPYZiF3nG+IH7l9Xb1hOU6bUB14tBErjXWWJ0xn2dX+1zY2RpSNayFjoaMda2yjGtuoxjaqsY1qbKMa26jGNqqxjWpsoxrbqMY2'
    'qrGNamyjGtuoTjYbVYzxmYY9hbi1AniV5dAWjVV+dV54eHpj5eyctrvtEzMsnMvDclmD6X0Semtwh8jrOdqUh2XCi+J7jq51BVnD'
    'EuBTdACOEuTcqiB3L8wn5RCXG7Qjceyv4f3twve/dx07T/sAhkoAhqYKnKTMn7QVPaU5F+Vam4GRPueYw1OngMEaQl+b4B6EpyEC'
    'T/G6B9ddsea35bvmhVx3+e7izD8uTHjr+c+ErxPv67ffvo5pgOA6p8eBBohx6fTApUnyN6WhEuR+1Ev2ZhesswuMJcK2Z7I4e6Eo'
    'j1d1ymQVXR5V+UQEPV7F+FOlRF5ZT/Ap3o8rLfhaCAMihoFJCwN8/6bJ/lX54KpR8B+xDMJNIkTWVmN4z4tqOw2yQUF4S80AXwmS'
    'H+9+Yp8Q97+o5u3zdrhMZb1F/hp4N0v4duyLWT6672YSmRUvo+JL2a4XH8v5kF5E5Cmm93Lbe3U5qUfWOxv0SVYRPpwYZ30TG7lO'
    'DbQ9G2T8K6D9DY/Yy2ld9PXy7efzz9j3M23ZT9TfmZOnzPPmA16ZMoW+DpcTv+ggo0McIeu/C8Z0B4ynXEy1J6GQNUiISZccfl2K'
    'O6sITZo+ybxrgJUze2nWZX1RCWs/BaFNDeiGVRZ2FsO7mPToAoy7EfqUTjqgdObht9CDwx4Wgk+5G5DWAU8AaeDei7yvdaCbgu9X'
    '3uu/Pz/WLy6YfrHE37G8eWLkzUhj4hn7k1gfN9bH1azx8Yo1pusjx7aA0FyyniMYrR5FW6IuiyltT+9IKpox1iGOdYhjHeJYhzjW'
    'IY51iGMd4liHONYhjnWIYx3iWIe42DrEUd+5rKRiispKZFsjV00emUiWjukpvuzDpj8/7/bwb6sDDUVp0vIxfy/gmlZDvhSRB80i'
    '8JaV5Y+p6+PfkY5Z6sgDiu/a8V07vmvHd+34rh3fteO7dnzXju/a8V07vmvHd+2JsNdNwV4uhI+sMiKzvVDk+qQ/g513D4bk3cjy'
    '/gXRpeB5hyLauZe0825IByDtZHnvJHmxDyOQdrG8N8KcyHfvgHSQ5blO+HFoeJ5hRf/rSDu0DxtJHWF+zlD2fxTTZcUx7I4oT/Xa'
    'VeOPans1oQ82MnjuZ39jvd2kftxbuAZnsbJb8S4LeeeQe+oZpAzSP2UMZs5g9Eg2zkI6mNK9lUb9aOH7g0QdZoR/3Cs4H6jfgPe/'
    'Uki5XQjlbeEdC/XR5W8d0epaB/Utgr8XiFyftro4cLsZHdttsZ8pDTrCcOlh3+MEl4XlxXsMnbPTyFwdRdb9dCh3g6bNmYo2uxkt'
    '32XQJrfRKSc8orB1kOv0YUIT8T2xQoEPexncI0zjmHYq8uLe6GB7ZAfJu5XhlS6y11F3qIa1zfdgH2mvDvZLFetnNyvTQXSH6th5'
    '3Mlw3LUM1yHNfwrp2/UKXKXqm9xnMzQ4pJ+108fmb4TVNYfwWIYIbJWxuR1mfClcI6rjvxL0nzhs4XmdiIAVxCnUXp/bDtDyEj5n'
    'AjwnCGzbwnIh+lTP7gTUzjTzNiXpSh1tifeAOeyOznla1YyXS9ujvNx1bJ9TXn1jxHh1cyjXUvq5N5nDexMeDOnWZReMCeuqxLKa'
    'O2oK0vS0vr2WJMaeHLuH6kr/TNpqteSvCH/4aY8o/SYoV2aen6Wsrzh7EF5H4jWdVmuK+/Y2xb4tm8ZrXAJPeK7SxNhvcyyq94xN'
    'xBrfpl9jU3vQqH19c7zmb6s1x31/tWLfx/4wEgmx5rCbiuzTIhyeCJwc+yAZ/zk3o1ND1kC68yiZ3nKWNiZnaWWGnNZPY9jHSms5'
    'TfCpbuP7aiRe02m1prhva9m+rfAHFNpQ4N4ekV/n1yZMf+F44dtX0e9cjtcsfF8WeMcvF7k+Qzm/1Va+vZv1wWY/2D1JShoW90mr'
    'bmF5+HZpdZMpmwoJrf0K1Jt/CdNZUsFhTO8ZwMTKfBaw/IKoHDG9N/5zjrIphP8eBfynHXDiNFublMGtNfRJuuO2nP3RFa/JpFoT'
    '3Df1OrqrLbtj9+jOv2qytjUO5aLovmS7uDsKpqos8ofhC0lzTV3YTBUcdyeL7Lc9CmynPr6YfmsS+9qPXqM78rt6W/naj7orhuG7'
    'ZHwW55zFxdxbSYNrZUwfTb41KRO+r1G+v0x05FQ8Jlnm50LtH9tmfVPTa73T+a53lOitEPCQBl4bwsZ2WMdtFvt2mq8jPQNbHG/+'
    '4WfgZ6L5cjZ7NPt35h/3qPbklHtUThaTqfQE9KTe5lJab3xlDYw0jGePevXJNv97mog38sXvdaD7eR1r99VHvfTjlj56Y3pagUvy'
    'A8NIelp1Zk8fvkBMJ8drUvw1kfjtWobHumKaaPz4Ap8xOy8LwTfIlaskU2/nB+eW2wi4R/awf4J7LV6TiV6TSH2WkP4p9Vki8ofp'
    's9SIXFs51EUJi2MbKRdKZf/+vIpkL2d6CzUO5cLG8yk2nk9AuUojXTDJaSgpxb/LptUpU56d5j9+MRvmYA38MhO7x+bufcK3rCC9'
    'zkBlc3/J/ru8f18Tqf/ZHHpTLB17PfzqH6F7nZyRnZtW3VVTF6u2nO0DaUe2P/PblPThvETxPvL8dMArE+VfwaJYShT4GSvoE3F+'
    'xmsy4WuC++Yexb6BsySDy5OwYOlIZYiS0pC5Kps0axSNp5PJcVkp2zpsWw5+tSmn/l6noIvvjmEmhhkLmEG80xHr0U6ITmc5zD/u'
    '36viuZ+Quef8H6SLSsg9rJbdwyqIfjrGKlzO6kWfAu1EbkPrKCX5uY679LPQQPLT+JY29TRG3C8bWF3yPjBL2PmEwPqrGR6ZFXH3'
    'xnmMysf7X8bWJc3WxaQ+23ihtn0dhnqSUO+sWPdhyug+cF3fQVj3eP2m3vqVCd9PcSnZj9wf2myWj+LdY1v8fNUh+Ra1uPtTDpPr'
    'q3yeu8o2KhQ4Gn2m3UZgvlTzjePipPB92VeSvymPCP0R8fOCx31G/m2K8W+5T6OX5Hc2V5gP/R0hb+qfQ3isKYCPa2JdBDX9tefw'
    'NgX+oRVvVc51OoqbKtdppkYnhe6BZZDOaPG/qXRYTPQR5RpTP54PQPrcMX49w4TGQ9PKTrIf60AGPFfk+vJD337oww99+kXFLaX+'
    'lqlvPowHeS7spxpGj5jQoFOdfrXFdaZw0FsA2f00ezR8U7ujPnTTG1RVB/j+XGHnzxZ9AXI/hEvIN/QviD7iF5Jv6JcR4/rOI9+6'
    'Ra4PyFmKb1hnraK9ERGMCf+ShlYwuYtwO3zqazPfevje+SMFf6jcy5DUy8HSk0SltCjBxS3CqFv7424sz54mC4O8QgOmhxnpXZ6b'
    'sdyeRqd85ztimIhhQsFXVvGbOhheyqG5HWSR0+iJFFwUQncxSs4v/jGzNj8Lyvnp+7D11Z07dYr2KxiPTJ6JW0RuPLAyQhduEbn+'
    'W1vhzLuS0KpXQlszhO/fvDXiTFTF3o7yOV1KxrKFXJK2sLbSIjzO95Wa+UR6tlJzN53u98/Iu6kIxsDILOtt5vI+NxxWSvg/qjuV'
    'CX+Y+plWxXeQg/o1yWcKuzaxzlpEdHyObs3ddkD4fts53yqsTuSNfQHaR3/xUfdibI/HLOp2bH8vubebtu/SznXCj5HYy+ZwlPAF'
    'XOq+HHAcjz3lUtdZALc0RkEH4V+41LmKjH0XgydMdzjWfYTwfJDTeAMcNkfI3Li0YXsno3PWQ/pEY8BcnPTmuhj7Ge+UGIPtKPIO'
    'Y97NJfdSGacwq++6zz8vMf/NB/x7LL77/cFgXNZ5+7z0+WfceN40bmZt0ouBUsy5wdh2q8g7jCVI42jKdzL9i4/nxtGU7+quyI39'
    'eBT5JmNEyvRj9/mx87CdxZcF5/nn3cF57r0oOM8r782tN0noDYwf+vcJjz8u4W4n2xPDFnBsO/8mfJlmi7NmB8OPAwwvdZP3GDtq'
    'doHOElrvIqg3qt8jlv3F2BQ8VhTFG7xMkvBmNiS8OAZR40QeWAvB4/TvjgmEibB8lPecpaESXnxVes51MLqke4qM5QXhxa+gY3l5'
    'ivT9/wjP/r8Y+GGm8OO6yXQNpOshfQfEeytHPAvxn+6Y56V3zvP3xzzhx4k7C8q3RcSLqyP6KzTfiZDvdhJXbn3a/KyrdZgPOu42'
    'SE/WjIP3T/ZL4ob5hO6gMqhuC3zWTc4OHV1IaZv5MPe03e0EN5q0S/HTADvDdgl1PD2dzpbq7hQWi/I4wWyQ2qFKDZPJNMalDZ0S'
    'FVN2pdDHlF1CytMYuTTPApJnSJOn2LG/E0Q+QnlP3I5KNZe8nJzPqHKu/ok5XAnG4zKlO6lMcmusa6Dn53w0+/8WomtQOJmjoUzY'
    '5U6xlOA/fHeqCMYsO5bI6GrInqMyQox12cX2JG3vZkf9omKM+QLFmDcqxnyWov9nOszDakWZ0YgyGAOclqHx8WjeI2EuaF5+zs1U'
    '5OlmeaoUeSRNozq/JnL9rlGs3xbF+r2XvHtMsfYfXhlc+0RbcO1XaNaenln0/hS29ro7V9jaU7omau1bDda+1WDtW4uw9mWWa09j'
    'kmLsvQVMr2oZ8IdKSH0pUn4ZS08Tflzo84UfBzCMzisj9AKPedpH5pPHDe200KEaEupY9Q2M924SnzFsPtYRmD7Wge91WhHPJMSx'
    '/0vezWzx3r1J3s2Ad68TfbAWts4tUNdrijxHt+TmeRn2KKWNw/osyzwv+XIEL9mMt9HiPoP4ZRtJZft/Q/jowwxHDCn4aLo7kqzr'
    '08JzXKKSmQwr2ojq+1CI3IXziSjM30ju1N2kjGns8kE2rm1Ay5jy8AYM2uJtnAt7lOL1Ic3dc0QxNrz7HsXKYl1bCZ4J61vUGHs1'
    'bR8JcgnTNaWytai56hC5MZV5vNowPJK2xCMmseVN9uZh3jWkp4ggX3sVpG1sDKp7nOqdlC+td7hrh+kVm9bRBGs+3mNuFG46sWF6'
    'sCMi9tmXp568ICKZgt9dTdeGyhdszuBC0SD1jOeW750mYVm+xLJ8bPsRAtMth6fVwfaj2YgfQ/HiWpK6yN8byJlwC5THO08HrPGV'
    'wrfji9d5/NZ5DqxLmujQ6eQkeCaniQpqmFwqSc7FhogzzwU/rNXQ3MMWtO6/K2j/egsdKBO6m9b3Evt7e4jukZzDQzUef4Xej7ju'
    'Vy+TCbQo5oW+d6W/aZsdFjTy60xm/uUaX24cdn8Y77GMWNyNcCy3Z8ZyuuLeZGJPZqoP0cH4MH0avYHxvledWePvwRtZ230Knh7N'
    'N6LQeaA6Jlx3o6MAY4ma724FLyGr50DG+Ts2PhOY6dfsT64r4TpmOq/57MvvZRDsu+Hd6UyefRrIs983LziXXGYvy58KcvHVaTO5'
    'PebFtF6hB8v7IPOuJPoIpv1dBd/2aPpL+7SGvJdzdGe1d+dW8Qv62b7rYPA0quCnU3jQyff53ug1WFs8Py6r9u68xYLdQsLsv0H6'
    'CsGnWVlBtXcnz/c8pv3v1qxBnzC3BR7QnEmcX/5mlacDQPX/+Br/WsED1fERbc+33gici7aR36vy53my4uOw/v95VS6tZLJHbHVf'
    'xvuMvbbKkweZnqkqeHw1gkc9rJHZ9UAfzq7y+l/I/WdDB4ftrQVV3p0k6oxpM9RTw7y0zdOJrhs9c05lZ8Raphv2LvZ9DZwhb2Qu'
    'uceMAw3QpcHd3Yxn/YNx7s+gZh9jf/ZNcH/4/NyV6c/ZIpq+MIGtdgu6qI3AlWn9CGvtedJDbYZ0lZyf9kpfttYxAXCM+H/+OPVj'
    'MKIfv6/w5E0Ubh+an6uLx3Upe1m+EQ3e+x2pNyvXrci9S5vK4F3uyzvIfORzru9Q0MFyLA9X+OdMt8UZ3WlBF3craDcVHchpiz+q'
    '8On+PsN5UK0jt4kyWbNtFuNCumFLhU9zTlaaOas3W+Hj+ommjbPymQpPTi3zH1HrpQshXQnp3Fr19zWQlkG6CNKzIV0F6RKWf2at'
    '1/YvyoP73QXGXGX03ysvDl/NFH8/XOT2o875P56g9nH8A+WebdN43zNonzh/893lnixd5jmO7YM5kDZBuprBezuk8yA9GtIzIJ3P'
    '9s/ZsA+Wlvu4azLzBZNkvWzOXl4f5xf1hvCPwtqQffqnMs8TiYt+UaHv40+UebrXtuf5iGJ/cr5VWLufLvPvzBNxX5V9uKnM0z+M'
    '4l/a3C3Hi57fWObRr1l5H9vzR7C9PRPSWY5n3sqQtuZr2mpybGs2acsFN9FyCyA9mX1fBm29VerD/njd8bP7f5zbRR7tN0p9vGOj'
    'z6jChaZldfeIT5fm7v9i0NuHIvhSN5V6NndcV9RWJ9aUdriazP9Ey0TXlfr+JVxoUZ2cIWv7XcC6eb9rS72/JyPOlv371xJPX4Pi'
    'qQSk74Z0A6RJRxz5bIkPtx3jgDceIe1tZevVoaGTuh3wC8LPfSU+bigkzWZDo42QPkwEn0P24cKS4uPIzoi1X1Xi+7YZYHyClzQ6'
    'Dg0JL00l1LKKI0t8/0EueNcUV6TI/OWDb2/M4/7xL+ngWF36EHWWHUx7ONcG75jSSY+Qus9ktNcSRltutKz7z9K+zUGhaKEoODqE'
    '53/at13Jhwcs6+ot0Dp3RtCO5xW5Hdz3J6YnzhZkFlmXG1jbn9Pw3rFP989nvl9IXWF4yYSP/98pz7fhROq7RN0Ln0n58NGu8YOx'
    'jtX7bod29qV8e6NOhvsOGeKsT6U8vtV48UFkm7emPJ3oYvA7srZeKR/euD8iUxk/1nUhmZ/xkkmcRNocD13JrH4zgaWhEJotDJbK'
    'yboOa9aq24Jfz+fll0m//jUR+2m9w376x6QnF51I3CL78bdJD37pvQRlJTa8ZVnX/Unfh+wVz4Ic/GCuDezTT3vp0JfAp8ABL338'
    'Oa+Ojyb1eKbbUGZye9L3ceZiz6k7I3ckfRlyMXkYsq3zSVt8/DsLoP9O52t1Mn9b0mOSHt89TAc1CtZPttC/MNljYwkfHl3lHr9I'
    '+L4RouCRw8vPEvnZFfM5/k7C4yMWQqaigotRTbsPkXHke3+T9f2poj7XO1JW/5esEd/Du4XaXwbeTXeSsjawL8v0QFlbnrwsc2lI'
    '2TAee1b+l/B9InZF8IWQF7mOlDGxWZFlViR8nxImuKtPZ+udcPM9MMDqqUr4/jDCaNA6MEiqipgjHOf/iOi8uOavgW1WoXUbZd0/'
    'gn7I77/YBDbR3b7/VJm+AT5ND5K8P7zQS1NX+X5SZXpUj5f370Ly8nofVeQ9/UZ13r9W5O29S92HT4fk5fV+hOR9A3zEflEzDx8I'
    'ycv9y95E8koEINPai4Jl6wAH8Lx3X63O263Ie+Yt6ryXk7zdkPfeAfXYNpG8N++Ec2mTemwbFHlx3XjeUxR5cS143uUkb9vDXrpv'
    'P8Aw0G6LHvdjA2Hev3wSYvbsU/tPbiZ5o2jCGpKX05XNUO+sg2pfD6Z2/Caxf2KbZ2YL+5l87Pibje34o9Ym9hUYHfvBfZ3y8xWY'
    'tLQhDvNlqYr7MMcCTtDXkw1cHeHQxmOWbZj6k4jyO1zo8rh2pcRXwEUMh64Sah84rcL3MYMxGKuFH3sUY6XKfBivdT2rY73IjX+I'
    '5UsV5Wm5xcLOB4jkex9ZoL6atknt8NOkXE4MocxZef+L4etTTuZersfRsE5zSHtcp5amQ8I+3gP6nWgUvk836q+Q+rndpUjD/Nyq'
    '4sfg2NAP27xVvu9FGnMU4y7QmESbSZ7ysdw8Mj5w9j4lfP9+50N6kQaulws7/9Q6vww1DB5k/5EPt0mR2uCTWaSu+elg6oKbXH3U'
    'cBzSYFlfA0mTAAdDMH99wibGeCqRSE/zc34pP5nt6LHq8AxJYfmkqttL9t/lx8CT8PRBEe7bhJ+lgyF7iMPqMMCGSd10D6RC6A7q'
    '+2w5OV+EYb9KAL/Y0LP5xMoqBM7K1zebqa93ekfjvkdTws6XUVr48WMQpyTJd+pbnOOoUg2Omkvy8/pc/ecdC2npmB0edI0njfXm'
    'E0+alu2AdSoFOiH3rpV8Wz8U9/FYewo0ukc4PGH+mlJFhuMsv+VDXlqyx8MD5UIfW57vuzr4Xsn2xFJGU4fRheMxxi/unf5jRF7e'
    'vQcmZowl4zBG5Dn+/muTY8zjsa5p4J3+4JnJNUakKaiMb7fI9QHP4xBSuQv3S+7q87KM9U9HM6h4S2G0DN6JTWkfOab3CM+HAZZJ'
    'i/D4t5Q3sAzu25yGMKV5k5OgnTBaNR+fls3QTpLMp46n0mB5ps7VwAuNX0Dh2xVOaUxjEfO1lffdozeLu0G1qAWmycIXZ5ZVFklr'
    'cV5GiqwJ8guT5A5ZDnB2Bsj6ZgPNfKPm3hPG84rjWJvGsb7NKI510iCOdTPoFtCz9qp43+WswZ5rRD5PKB+JyySaiI5J2pKHgXzf'
    'nSIYLykr20kE8wyyPI0Jn9+B9ifdRB+Ff0OdkjSpm5arJ3qwbwl9HrRZ/n8i2Ma18O0/yLc+1rdXFd8O26Mq6hyFbz8mfdrKdH1w'
    'Tp4l5TvYmDJkp/hWjLti3BXjroCcT0djJmGNVHRFJaMrxHmZtf0L79/tbZl/t0XzhZLIc1TUX1+A+ksUd6rtRPZYA3gJfcmnY1hM'
    'wVSdrwChQqlmtJvQt/J8vV+hpyGEefwsjM01j7ybD7LVJvLua3imkndrW4I6XsgjRzsttP061VEmGcPj1IHHRst1vZbxI7riNeVr'
    '2j7Ra5pv7CXV+XIt4IFqh3WfTI+FeCllR2uOpSStqZdD6Z8xh6cuZN0ngm+HdZQ61B1WZ5LUWU/Ok3LG65H/fkmOO4RPXsLq2gLn'
    'ao2FfgLln9MxUZ4TPTNlO1eGjFEQ3T75sdTyrJV1vp/wr0rJ2HC+sL6two9lfpxQxRt6e8uTcW9l5uhN/e0vf3kyXacrmY6LjY6D'
    'SrfNXk9LnlzTV1ELDrR6h3PYWB87oIcFC9NucmADvjiL2PJusZRBXgl1nJT0bdxoHSkDvcPjkt59AnGGyu7yOmHm30dVtkvk6olW'
    'JX07+GLoyqr0ZH+RMNeTfSXh9SOmcZU0blrk8bTnud1s6Vu5noMJP7b4ckXqUuflYO9scmbXaeqQtqWrSR2qvbNN2Mdm7hW5fgBa'
    'I+hDLltvEeZ27Z1sb89MePrdqjnE/aj6ptMNsK0HY4aPAj9kSKMfUB3LesN458W8x1qtfyOs6a1gT4Ty3DKix8Ljpw8J305ttmZf'
    'jQq9H84w2M/6hxW+32Puh4afY7s1eyoq1hSvO6pPxwnfN06HUPvZGmJn7qAIxlbP7mEytxwPdSv0iLpE0L+MC++Q4kadzlOFgj9h'
    'ykO9HdJq0k+uF4O28AnFOHms+25H3Zky4ftk6Bfmvn1UMEttjFVry/0yL1esWwfTEVuksCnqZukOyDtX+L4O+jXzRPXMuM3SbqH3'
    'eekyt6r9g3D9UKay24Tax3gn6YdNWzRmlAqWOhzsAQoBGzjmM0JgY5jt15MUsPFfLM8y6J8pfcBx2gCrbw7sb5rXBN9VKfD/r9jY'
    'k4QmWJ70Lu10Hl52XOv+SbrW77JY61PJvJv4yRnP9X/Ncf0HQtb/4UzZTwozvyr0zOT+VzsKjB+6Jwhm8Oy4gODvXg2NNMzKbCBw'
    'FhUHQJ5NRzjCi+nYsF/zhe9Pl55Frj6cqA2Wys86ha/ZCc/ejsbxoXvPBma6LcdO8/YTnaaJpEk2GOKJEaGOvdjF6mtT6K3Tcx5p'
    '4BpGtwwKtd+lbgv6hftgr1HAP49dMqyAkQ9nfnthrvFeso75TF9PfKub+jR6B/g0uozg0rPSub6RdH7iZLlz4FuUnyXug3Fj2j9L'
    'EHbWW8T3W838xp+X9texUQT9P0bFXN5E4k5S22z57gQLn468r6506HqNj9i2tH17rvJc4XhfaiJMAG6n2kF0RZBuLCO6jYiH6oBP'
    'g/onL8G7JST/SwQ3oF+jGtZOi0K3kpaZTdq4mdnboI0l2tvguxmgC0N1a5Yq9Mhs5utCR/uPKtJGZtLThz+G8D+jbF5s9Drqiexf'
    '0R8RJtu2bauSMIioDBV1+F10U3SwX+4I+9SOarXI30ZbtUaqdwirxcpP/a8Uyu68FH5hMnNuTyb3yoc0MtGLyJ7HMknLOVlrkb+J'
    '8edtyzcK34a+Cc5B1biWExwTdY5UOu4D2f4JDI7TDMddTmilRayPx4tcm3TTOVDZlq0Veh9TOtikcFICY280sBOz3dfY3wQZ+0Kh'
    'tgM10adJinC70pQljiwl+Wjf8sWHiQLMmwnMqvbUckuYt7XHxXWg5xnKjHPOM1TgaNXraND93MDWRieP5nckpAG3Fugsc1071Bk2'
    'tSdtiJDHROmClebRzy3wrU6BV2TZmaDvEOa7Ls1kSrry6MuF+oBJg1Iu+oBBm1zE3bcq7A5QB2Oi1tdUd021J5cyPZGw8oWAYVe8'
    'XSg732qib3eKIe8zin8xJILxink/TWB/reV8DETIpCQv4BKRvw/7KD6QSbxCE//iI+M0byaxw7qEOobIgEY2iTCG+pX07pStNrGH'
    'qQ/69ws8r3qZ/QWmQxr66noDnafFxM5jlyZdTnin6OOqneGBWkKjzST3c8SLqAMySO7+KKfnd+wHFHP4/wFAOhro'
)
