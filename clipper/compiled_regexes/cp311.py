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
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 49125, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 49331, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 49617, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 49813, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 49867, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 49891, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 49915, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 49958, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 50252, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 50270, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 50287, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 50316, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 50440, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 50570, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 50777, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 51047, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 51151, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 51167, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 51183, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 51227, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 51251, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 51352, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 51377, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 52226, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 52334, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 52348, 28, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 52376, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 52495, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 52556, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 52668, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 52795, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 52916, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 53190, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 53324, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 53461, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 53489, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 53505, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 53769, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 57406, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 57626, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 57647, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 57705, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 57721, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 57737, 104, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 57841, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 57896, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 58010, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 58307, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 58485, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 58542, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 58599, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 58656, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 58717, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 58774, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 58814, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 58954, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 58984, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 59085, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 59109, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 59619, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 59643, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 59667, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 60075, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 60216, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 60237, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 60256, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 60294, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 61139, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 61983, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 62174, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 62420, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 62498, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 62609, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 62651, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 62729, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 62786, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 62818, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 62970, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQuYXVV18L6Peb8nj5mEECaEwCTkMQkEQkhgwCgogUAAeYTXZGYyQzIvhpmE8AwKFg0WfGBt9Wtt0b+CgQpqQbQ1oJBYxQeC'
    '1P+zFQq2DW2t/lBFsc5/9z1r5ay7zt7n7L3vvfPinHyTPXPOfu+11157PWuFEGnhPTIdyzxNmbQD3iUyPw3wexn81Gd+jnnGS9MH'
    'hajLpO9WfPvWj71vZ5JvZ1/opedu9r6dqvh299XetxPJt8rz/Dzy2zLyrYp9Oxa+tcI4ZNovvG9HkW9D7FuzrIuUk3UuJ3nwb5m3'
    'huQdisibhPlrgPmU7VTAOznfNTD35ZmfajLvjVAmScok4G9appKtVcqiDTkXJdDftdDf9eTdmdu8d2vIu193e+9OIO9++pT3To65'
    'Fuahl7QpQvosy7VkfuaTeUvDGAQZSzJi7CXkb5mnlNTH8ybY2pjOVwPpm0mfGqBfck8tZPNeZ9GuHEcp7JkGh7J3/F3ueBuhT+8l'
    '+Uzrw32Cf9O5Xgvpc7vt622AemzmtqxAcyv76zq35c8G5xbn9yzhNg/lBN+q8NiKEDzWaoHHjrTAY43Qf/ltlOxxmQ5DngrSr15Y'
    'z0oFHqwgc/S+hBsMlrJ1aCXzVwn9+DykvN8jkHZC36pInh4yfszrgivk+yugL6nsy6gnmZjOT3ZiWkUeTzoyhw38mJynEj5nRsDd'
    'WlZnFN5qBHj6WubnWijXAd9k/uMCcJN8Wz90ff8wNlamXvnD2fa4QFaC7HWKszYTfHYj+3YOwTuIK7ph/fA8vB7S2wDHYT1I+1Yo'
    'ytM8qwg9tS6dW/cZaS99/zy/7rVpr9wxpG+7WJ+uhXQl6dNWNraZAKem5UfIeaPD+VWa/bOY7It88P9SyzOkFGizBMwxvQcthHVf'
    'wO4/FdDWjjYvvQnSj7Xlnn/y3c+7oV896nuA/PZjKP9fkH4R0gugzBuAg+S7J+Ce09QXXvYQpK9D+hD7+4vQ13+C+1CWfr/aS9/o'
    '9O8cZbBm8v3fQNnXIP1mm/+ej/uf4NuTbcFxpwAu/j7zczGhp23amg3wydtqYnRpA4HZTsjX2+bTjY0KGEVavUJBj8nyH23LpV/k'
    'u/dA3Zd+0ks3tOXSIAgzl0C+WyG9DMaD90ksK9Or28LL8H1VB/vyFEYTDpI9TPHLMPu7C9pvIfhAprvJ+2aYHwHznyTzU03WkJbv'
    'Y/3oYfSWDo75GGugXOaTmAXlvgr5vwHp79v8NZJpF+4lNoeXkDmWdR6R+ZkDdc6CfdA6mlsXtnVQAZOqdeJtJAk81Sp4LnLuztDw'
    'WnZs9dLvd3p11Su+JW4I7sP3d+aWU/EhcD0r2XomGezeDbjnjVtz26N9uf4CL/33vmBfkEdzyz16nDCYaXyRIj/tZynrZ5r186+2'
    'eOnJMC//fWOQvu9ge2RIgwfku/ckvL2CuISuy4XQhgB+VZPi2977gvPE50I1TxWKeSoT4XNRzu46unHOtJgvmuckloff53R9awLe'
    'jlDcz3DcJZ/w0rf2Bufrkfu8dM9exRnbA/O2S40XEcf/I9yZKa7COpIf8tvh9f/VXr9/KpzUAPuZwuBbMJbzYd5WXhqc09WjuXk+'
    'tzVYP54NDwA9Ump5x5H1fmazl3bD3rzlMi/9zoX2dJLsywckL8mhLw3QH9wblGckrvb3Co69gdVdzu5TNazuRramXwTa6637fHqY'
    'f7tqj88DmYg9M4ONMR0yRpt5nsnmgu+R+pB9VxGy72jfZ4nwc62EnGsXk3NN1ncfW/8NH/bSA3fnnk94Dslvv7sqt8zDsC+H9uae'
    'I2E0CqcznwZc+6lNXvoUyB9SABcLad7zc/N+k+VtJnm/B3TgtTC3r90OdWzNlR3Id5+HvA+yvJ+5W38mNSW8e6nLHixlc8D7+gOg'
    'GdbuDs4B7yvPS+fgXMA3C2Ftf3mpl9ZuC84B5t13t5cO78nNqzoDTflvnC89d8z7Lut9GujUMkJTPvVBoPeGcmHkFUh77/LSKwAO'
    'Svb4dzy8o2XpBoLzTOugbdcBLT+fwV9YHar7D95baP/4/WU/tPvPfx6kh3V9//le9RhmA75bC+3d0aMeG65pHeHBZsudl7sPPno5'
    'nBnQzvVXATyBrO8i4b4XKtle2D3spcdvVsPsQkXeRZvVMEv3Au1z1F7gecP2QlUB90LY/QTx5jHsXFkJ6SkieK6sgrRNBM8V/Laa'
    'ta3il6re4fzO1nyvB1rPlB+r4lfxeSgl59l2smY498n2cL4j5TdHwSXe/2oYLdLL7tIj5G/KF0G5Br3nHyL3fBNeXj5ya4QxG15e'
    'A+HB1sD3WRbzy+nUozMvbnXEC0nH+d9c4Pk/DXB0VP5+Rrv2EN5OHfBFlxjU08fSUQNe9ggbZwd5H9UezuOAUPMEbOFN1vFZWAfk'
    'fVO6bzLtp5I8ed1r2Tf5+zro72LGW3e558k5PN9h/xRirrh+QRgMJhjf0mRtbet3gUOTc+TWSXqOLCkQ3sEzGtuOqq+T9WdUwaue'
    '6ufSN5OeTGc8z6WbC7Se24u0nhdNkfNpCZGJ7jQo38VkLIOKfdGj6R9dW5N5zuf8pGck1wV8R8gZ2O1wBlK9JSpjQr2lZtbWoAZ2'
    'Rizk7bvJ/aTWYv06NOc2vS98P+HrTbUyHst0xrtlBaRfbOooNJ1zdeZFY8JfUypHWaSYXzpPIwoZaT5rFwbHsq//F8aO5cPyR+2J'
    'QbL2JvuA7zmVzHhIATeufZTj/XN5j2N92MZ0FVss9zMtY7KueH42a3DfqGZuhiPGhzyKOpjHGQr8b0vXyrouALiNWv9eTf9tx8H7'
    'QPHJDnL/bGD1DrE1Wca+b2O4B3mSYWucbz+5PBNxApUpzCcyBYpHzgV9MFc+JPanjNAY+Zyz9Awo5Bnqyn80uRuhzIjiYsFk2l0K'
    'vRbk5c8k9JoJjqT14b67Dup7BNY6ag8fS+DZZi5WE/4o5ZN+jNAS2zS0qmocuE/eD/sE5yEKXnawtDuiDN4DKjTzdwPk6QC5P617'
    '0GAcQwbtS9nKXIbHOtja92jOZN3c8bKoa3QEoVVNdSA7NeNVlcG7xSxyBvDzqDdCd2uU6f/z+3EUHpPvX2b8kJ9CmRme/nEqXVJ6'
    '+CkrLS3H3ytKK6tKq2tq8amrr52gp0H+11iMmrMT8+bYWCL7v/8IsWePTB/0nosv/kI2fX7xymPOW7Lsgl9s2nzxVx58cDF8/t3H'
    '7nxwzOB54rZvtCZE+peZX2+TVQ/O8TGK19YfvHYevOiFB8kjV27PWKEe2WL7z8K/e89+3ddm/OvBwPPaN+hfY2Jsf+ZH/n/xmByn'
    'yP57KfPvl9n/M883Xn8Lah4b+02gvTJRqOcaxbts+y0GhctNWlDNoS+j4/KpZqIHgmdKOcmDes9op+PCs1wUopdYSs7gR9mZPJ/x'
    'Y7pJSmnXEYUNkylOPcTw5O0h7XYUsd1OkHdyuklFo48q6Dae3+Rc0NHjpjRbB7PNWgVnGp2Llw1oHJv+bmP02bDm3mty73w9RD7k'
    'ypf/eqaSs5JufNeKELjL2scl9XmQPqsgeXZq6pENlinyyG+/TeTanETN4TCr+5BjeWz/Jwn/XhG1/0xhLMsXD6m3O496H0r4+GLn'
    'OOKLe0LaHS5iu9eRdgtVL+2rDvYvTPj4sW+K4sejE1Mfx/8q8zPPoq8muF8Hw7K9F+DuYjs3YXXuV9yF+FwdCpHrUHz1kPB8F9A6'
    'Bi1kQKb8UToufj/rczj7BhW8DH7froO5nj+O7SKf8ZJxbhfHK3XNTtbIiHT7yYQPQsc33ms5WCD9FxtdQK5jjrB0vaPccG4RaES+'
    'l1c4tvO6ZTuzCoh/uOzQhY5xkWuF8VirCJ+6DHjX9F43SwP7HRq5T79mPXEOFsEYTPlw3Zb1U188UXlVdwidbFI1z1naLkQe1Gco'
    'M1sbUv8uwlc2XYMO0r6J7M9l3BeQftm2F4ZT6Zhc+nU8yH9d4Ws85i7K/pPuxyegDbTJRLugEpDpiH1C3P+im22QYDrcbQ976b0H'
    'fDkW2jB99Tkvrf4R2Hs84+XZQPTVW54EPf8D6vpOIXmP3OfXo8q7nOS9Aeo78YfqvFQX/+ZHwO8Y9CV9ILe/yEPL5v0e2Ao/Bva8'
    'j3rpZ5/y0sefC9pyfQX68NJTufW68iOagBfDeQzNABtUtw/7cDys/TLh+7OqZTDYTnQbaR2lJD/KWmm55YbllrM+p4SdzwZ6Po2k'
    'PTiy0f+YKnPjMh9tmQzPTvP5SBiMqRg4Lx2B8642wHnvtcB551jgvHYLnLea5G0GXPSVp9R5l1jgx6NIXunPUaZrvqaul9rBii+p'
    '89jizhLHPdOZQUAdKbs908HuQXb+uaa3t67sxNzuubRzEp4lzLLYnJMfZeWug9+rgVbrg/Ur8eTUU+ZJmT9pOz9ZY1lQLoafLBc5'
    'cl0e64+yTgmQ64nOHM1n40tVwtN55B3VdxYP+zofeE7s2w9+bL/tfVtM8KQAnPeYJu98Us8swKn7vhr0E/Lvz8K3A0EbygScGU/u'
    'D9pQPg7n0w+/7eabEOfUZv5szmc5xtugfEoU02fi9EbKhxnxOc8e4fy06G2KRAHps0bh5pdAR6PtMqDRBixotE4LGu1SCxrtXAsa'
    '7UwLGu1khzvsEgM6bIEF7TfbgPajtuwUR6nGlI89QT3DGdSGLvMylIbJ965ePgXv6hXC3r9i6Bwns0NoKcQcx3S5wRkQMd+hT7Kw'
    'dLmJnCGl4Gv+ieW++wCB8QaCK5Ii3A+FytdEW4SMLcpHhA1dNXJV4f0QW/kj77Gb56MU/BLqL6QV6x3LpRdU/JxKto9LiX1W1q/d'
    'WO6935ZOQNqCwuDZmZ935UlvfIP5njxS+P5xvgDfnoH0y8Q/qUoWIP1QYnwBygt5hvmp/Oe24vo3ivdmcG9seGRi9+bzz7y99uZ7'
    'YH/mszd/+gMvffMhn1+Je+qz8O27QLv/9Ms+rYp06AjQyxuRBt6Xex+ne3Shps3JsEdfsdyj80g+6n9vC5Nhng983SsJnF7puPYq'
    'fLiF7JNG+L0L5qaGtNGy4zA50q5Sra9V0MIU5+B+2M5ssmh/UP6bYLY+1xD93iGNPdAlwrcf7zHQQ9km/NhIVULth3mryPUzeRrp'
    'x1am04B5VkM/omTVO1n/jyNz1CHM7WZxHE1EN2TEsJxq/reJYPwdxPlNaHPEcJ6s+/QImOQ+QUtCYPLKPGjePZkXqxJ2eH8Lw221'
    'wtxWHNcvlSiMf4BfCXvfBK+K4vgUyKDmSLteuhf7LPJiG18h+29bxDgfJHvERE+6j+iuyPJ/Brg0nzWi+twfKFB9aBs4TPQ216S9'
    '9GQWV+I0iCvxPhJXYiXkbYe0DdKTIF0N6fp0bt2r076PF9RL3hDR3nGE738mfLtjnpfeSfLoymO8MjwTTgVfy98/3/u2knz7U/A9'
    'etQun2em4/8vJHTCCPCy3gRe2X7IM5eU/8N7vfSsYe/bDPJt9iW536qJLEKWq2PyCZlfRYfYntUUj0lZyEZhj8coXZ4uAF1M1/IG'
    'SF904E2b9Cmf+dLRapXC9+k1JNx8AIiI87zMEA/0aOw2RhkNcRTccem3rQY0BfUBZBJTJkz3EvunsrFS6QhjDLIyDe6mPv65rv8u'
    'Db1BffnUlnl+DvgZooqBo5obbhsT5lOD2mKvE2o/1UcIc/8p+cCCxJXHGIxvvOAEYw+ZnvNb2VrfIPS+s+8r9Wh9pMXeTnuuLATu'
    'xgPms3eXUjccyfV0o/SIuV8m6tdpicJuZzLAPp2nhSCbU/m42Bmhxzyged8pwn2rURsHlT+crJ+VEs83iqufG5N5VvlOG9Lo9Y8o'
    '5quYa6Sy21TZ71Qx2MOYI/Mt8Br3HziksUnpCrFVQRkv3t2uY2veYXGv4n6x6Hmr8jGkipdC52+7CPdPNGDZx6g1xzvQzAwMf98R'
    'B1GfLK59oXCBsWNmi6A9p42NIsfFaHfTKOz9Yg2zdZ4hfP9dNjZ3OlxSJ8xsZE3nsN6QdjxagRN3CrWvqLC7fodQxzizwQ8Nk/Ts'
    'ibKnf2fa08l0wf+NbJ1U/vd09F8Y3HZozgQeawfnuwn2Bu3bTM1ZaIIX+y1wp8p3IsbTQR3FBaxvs4W5/7ceYRerE8dI+9IkfB90'
    'OtohX9+OX0p5+MUFB1MeOsaJovKi4xhPjuMcWgc/ezg/j8LQHDZPc0kZU57uDoajVWfozhAa/ogQHEP7Nk/kxmPs1dDK9F5dL+x9'
    'panm6Uh4tzazxt/N85zl45rPZD0m8otuxgNYS+Yl7A6BNsfLDM4+U5puVHNWhPXDtO4exVocpYGXXkU/GiAtU/DL+f7og7ZahNoP'
    'gAnupv0aJO1F9ZePcQEbw9HC96OZL+3TXCTajPZ/IbwbyLz8psN+MZHD0TndrcB9DcKP71PB8KjO3lp1xwyzt17E1ulYaO8sYWe7'
    'a7MfdLCUL91pE/Pb1IcLl9OtA1yVL+9jsvM6KIwcB+++kCn3Pkc6szWiL2Ui11esLZ3J7zZzhe8PoF+o47mb4HETHxKLGR07l419'
    'ieaMspWb0n16fJHpwbA70+KE13cXGoLzM6P8cPXngRdM76pLAf7mGZzHUf4kTOBWdYaZ4oGos5HC5TJ493ckn+oebkqLFGLsdN6X'
    'w7y7jtuExoy68zQSutWW187newXj5bcyXr7KTzbHB/Q7p3vPAb0ll32XT9t0zdoYv0DHY6R3KBN6caVQx7Sfz+ZQFQvYJFZgBZEH'
    '9+QhD55KNCyPw1Xou5Lp+cFpjD6NHPi3KU+PLh85VFfIuWIyVlOatz+Et0rh8VspDw/nc3/Q+WTna2kaX0QVw4D2+U8yfb5sEq+D'
    '612jK8+171TAryndzu9gp2XmeEZicsg7uK7ukMX4qKyvGPiM+hEbiribcT0SOkbU3zjSUGbSYQhnUfQB5cVwfcDdFvjZpk9hPu6o'
    'vuspGnywTYTHNhiwvGdE8UZVcYoGGR4ZVeiwRs39yaCXrYpVtM1QtuRyP+T0sim+2mFJb5bBu+MzL/+e4HDOj6d30zpG05QbwCa1'
    'VeUxunX8awqLlNbhsNRpwUMK48FXsXHymOvVirsWyr9RxtPMypjo8/dreEFcflNH5q9es9/7RW6Ms2LdfW1jLC4AnrVO38GUl5Zv'
    '/OEGRqf0Z8p9XXM22J49UXmGHO+9Nn6nbe7hHRr4u1Exj3RftCnkv6Y077CFfMflbOCxRDvZHprBeF4TGWuvEPGQ+VmnizuKOjJS'
    'x+tvDHCua99Q5l5GeLbDEfw61b0wyid0/yTCb7ZzxXHSLLa22zRr28/y5aPztY2c0a53oSHN/aRTod9ogh9M6RbOl0kQvsyGPPky'
    'SOc+IPwYhyXQx+eO8e3tKsgZTPHMYuH7iZqngd0hJq8z4UP2sDkd0fCsGgiM3QgyU7yf0TYegFSOid53bO0y0hF2Gehn571FngsX'
    '+1ldjOQHiF4JX/sqg7Xn96bGIs2rbj8kyX64J8/9oLOnqhV6Oyw6l6+/Nz+funn7DZteD04j7FqnJx2VQa7XUwlPtoI+CFQ+IDhM'
    'VITAhMoHRCnhz2f9j475tIT83cWW6+MJT+/ABea5P1k+hoqQsfM93yRy7drx3kH9BnwU/IUMtOXexxuZXQO2+fJW0N+4LNifvR+E'
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
    'oLvrIV7Mq1+1K1/3dTf7pK22/LCHfV+fLvOGvgRKHfDTo4vcZE0z4adSBGM4JSNwlm3c4t8m7Pp4LaNVpvb5WdjD+PDEuMZijArG'
    'WOBYjSp5xcIPe+lb54EP29u89CP3eLA1SO/wd+fm/fdb4FyGvF0E12G9s0HmcCXlM9ztl8e4rYd97rL2N5FvvL2zybcFwMv97Rb/'
    'zOLfaq7wfYvgt7/cAvG0er1vJ5Bvh9i3pVSGeV7u+BYpvuH45ivaW9AbjDN4iH2jcQZ/CDKdkzYH+WCvwLf/vSt/fl0++3uaiTxT'
    'TG5Z77bHk3nJRG3WjvvYp7z3ZsZ7j/F6BF73lq2l4Gtu8Dmfu+5Ipvefjc/4t/UZz2Uo3SAPu3cgeB59YFPuN3oenX5j7jd6Hv0O'
    'ZJBphf4afrv4A/nJZeLzSHEeiSKeRyI+j+LzqLDn0Q8yL74Xn0dv6/Moze6cf9QNMd5uVJ9PG0jepT25ZXjeU0jeL0Ket+5T511O'
    '8t7VDzqF16jzLgzpLz8zm0P6y/PWKPp71R51XldZdnxuxudmjCun9rmp4+mWKHi6/y9RwDjeRkdIUsQPffbT/d9eSJiI464byLBB'
    '9ONGDiUKTu9wXU0B+nGtjwfvyr982s+TD+9Wde9H+bXUvePtjjzq68/lc0eP4dMIPtudz6BksqDw6UQjJKctcZgqgCqL4mm3og1R'
    'XnW6cLMlqdbQjbYy/t+DfsLHn7G0gSG4pJi0TkzjTOTTXlQaR2c3Ud+Wv91EVkd9Z269aEMj7WToeas6RylfgcuB6R2ey4FLPgHl'
    '9gb57o8Aj2LP3iDfnfIbON/9c2A3fuG9wTN95aVeWntF/me6bj0a2nz9dpezR2dDFOb34nExuWydkb7jsYAXimAsYLrmPNYwXXMe'
    'a5iu+YYuL73u6uCaH9md+y32zTG17J2PE37MDeqbg8Irwo2EEb6fi+F3I8o+zmUvxnyq6alHVkLOLOTd63xArCffHmY47STy7ccX'
    'eun5PUE7tO9cC3TBVl+nl+uHPfMJ308l2jEgj/1cOL/O2Rrk3dN2s+d2W+7YahQyAcwT5kMmxsN54+Fj8sDDkWULxZufGfPmpz1v'
    'XkenupyJXC+/VYFfK5g+PLcVuUFE25wMkjwY23CA1bNN6O1SMN7IlYq2eH8uEmZ+krtYuXcJ3+YFv5n49F4j9PY4K0l/qf9fGpek'
    'VRTHZkYVq1Hl/5DHhe4Q6vND3hWWEDoM6cRi2sxWi1y7PLSp0tkCUp8dKvheXKA9V1KEPdcMODoBeLwGynM7xHz8UqxwpLEqhNrn'
    'NML5ecIsrimPJ9pO9twOYRZTQJZbBXddVdyRPmHn/5v6oHWJt4R0Gd2nO0Wur2v0C3Si0NNmxYJVysdwsStS9W0L+b0BZEsv7VPn'
    'vTIPGbQsO0shS7KBebR5e+Prvs3GUsW3fORraajnoh8HeScXPeH7jeC8k0tf8Mem87sr/cvOFW72YHR8Wb76o2p777A7dxWBn7Md'
    '4cfEf1NYPm6bt0Po/XfrYiBx/MNhFcu5wurdmQyfEsG4XPyMtYmvaHOO94ro2Krc7zv68F8mgr77TWKR0LI8zpJpnF8TX948JndU'
    '34ZFMFacKjZEWJyAXs0ZoYsf9WsRjOcSBot9jn2Ra/qrVG5cItoPVTxFFZ03nEc/+JrwsfaFtGkSV9J0j/D17Rdmce2xDNoiq+L1'
    '8jgGO4R5DPFhtl53ZtbramEe47XbcV/QPmzNc4518YN08L9L6GO/0/d8P3UYzq9p3JtuNvfHZub+XOEW18zlnLGFkW4RjIuSz7rx'
    '9eq17JOcs59kDo2bItZ7WOhjkRRrPE1wN+I6R/SuHBX/h8YWwbuirHeGQmecx3TjcU1UcZDRR79tfJ2ukPkrFM3D88m1viozgb8X'
    'bv4sMW5bjQWdhzHoai1pIh4b14WW4rHKTGlO6ruzWQMXXUId/3uHyI3Rw2nOATIv18B9RxdHnOLZQQ1fia/vOcKPneNSJ9qrzxsn'
    '2pvHO9HFsN8h3GJ4qeZI55PUBC4qyV2QxrsaJTBbJtSxxKoU/MxRQlOpYsqZ9k0lK5D1bU14ONF2vyP/bRb5RnlRzSR/K8tfT+7c'
    'azV9rCbjrBbmsU97I+4bKnjYSmDH1uc7jsHG53Ejg5laofanposzTf3H0zvnf2d+/kux/2zwouqsGRDqmG48/1J2NvN4hfV59o2e'
    'qw3kPp3vvbUJZLO0r43jeJ+lseNUPLOlirv6aMjdRzX3Mws497PI3I/HPcOFdirUnUoVG22rUMdQ2yXsYhWG8dkqHWUKtH8dDDd2'
    'WJ5lyLfCOKrbGez1MBnR0Qb0vYovwGmEHoUMgPL2Md/uCBmVLQ4vlFyHrsFuizk/LqBrkXxbP1Q2Xgw/sLimnWxtrrLQd0lOc4WX'
    '7MRek5eidqjmA5fZyrPrOSZXFvEeivdQvIeM9xCef8jL+lXCP7NUsWzmWJ6VSy3yo07MkZYyvQ4FfWtaXrZ5hMO4jrUcF/eHEOOe'
    'GPfE53fw/C6Nz+94D8V7yOr8prFaqQ6jKY+xTiGvoGc38hXXMb5iBeMr8jtxuQj6+zjfom9RvIHeEDkV5UEJwk+mfKMo+WaU/l5T'
    'CH++nsipdhrqN6r4EjS2en/mxY6Em1+FxjznE/0L12jkP906GTrjvbrwXDHGUiPj7ZjEaB9g/eF2pdk1TOTGb0wX0ebl7YD/yMlS'
    '73LUpA3OIFs5cyHgf7cD/PcVCP4vLxD8nw3yA6p7xXm/3YwvOcjSHVDXamJ/MGKhYzcSYpuAsdeOtNAxU8nLTXn7Axr5PtXHKKQd'
    'ajXRif0zB1lqPvKSfoUc3IXHv0Ij2+i21MvifHybO7+Lvv1aItvaGmEXEwa3HeRsO8ZijDr9Sh0+sFlfnQ74TQkvpjDFVb0K/StT'
    'u4chktqsV6em7QHNeiLeOydTwecN5niHwu4prIwN3CeJ3r1K1tRvsDazCwx7Kv8YJUSHIimCPkyPZTIzjtd7FLK2Yu/JZUQvqtDw'
    'WQc0/wzNecNlij0a/cR+DQ9Pvrs/8/OXGj2uIY2e4w7FHrCBR6Rp6kQwzpaqHyOMjpnMeKssApZRl66QewnjP9MxD1roiG2zwE+F'
    'nKsKYR9Daa4lnxtjgn8B4sK0bY6Op/23sLfysYvaAb6Cvt/p6wvwb4kbfP59BfsmzvP/prp08t37O3PrprHH8RuWf3+nXl9AZTuv'
    '8sFE5xDjXWN7VeCv4Tvgv6H8kqAd2DkwprU9QTsw/Hb19uhzoZL0k9Kq74F7gStc4BlD4eL12314oTiTtlEp9L7fKJ7Dsd5ymT9X'
    'fN1086jT2y0ELU/tI0sILV8HYysX0TZzsuwZinsdxUHUTtVEP11Fk3eys8JEp6vP8A5m2qchobbl/VTKx7+mumYqHatuC9zPz/ge'
    'ja0K5+sNkb72WOiHqXROTW0rtkboXOr6+s6UJ0+V79amc9s7Le2l75vntye95NF0NStzBpR5PylzukG961meEyHP7STP6nRuXuRB'
    'nwl575jnpXfO8/dQTUoP70Mheuk2d1IVnO2G9v8r6fm9lO/a2BhXQb/3zPP3SNSYTNZHpefI18WkLdpnk7wbYX3WpL2xP5z07eht'
    '4N+GPhvU4I9Bhj/2Jv3YrDs0evsjFu1vFWofGrzd/qRva4BlXoqoX7VvX2Lv758fjO8q27sg6fGrOY0fhvf5XeDfIH2FjCnLGyFj'
    '2eWwViMROIrvnflJjxa1Od9U7XRFtJMm7UTNTSdJo8b9OsO1ryX8e6YNLlLxP18EGY/pXPB6d0fMyTcSwTu3yubX9Fzn9f91wucL'
    'd2j2Uq+i3ShewUcM6h205I0jj+wItlZcz3i0ALRQ1k4r4dtUDSn4JSr5A7+vbiJ1cBi6QahtZfkanZYI8u5fJvBPy/YYzKXEWVl+'
    'RMLnS+jWiPsoQrifY1C2V4OLKxO+bKbDEH//r0Keo5pHyjv5pfDPmvE68+tAT6bF4mxHemptOn9aQbb/KNHtH9Twz/Cc+muSN2xe'
    'Zd5PC/MYvR8R5rF/P0Dk76ZnM/dJpruvDCrycNiiPsl09PmV5P46914v/Zu94N/lIt8nWZlmD59L7sZXQPylkj2+TzKdT8rTybff'
    'gO/ed92U65Ms6x+6K9eH5EryTean7S0R+ljHC4U+RvI88u2SO3LrnEW+NX8o91st7efe3G8q355JSzlbmA9mlf9nXT2UX5AgvHhX'
    'fkEz1JkA/k4NjAdtK+uIXWCWL6Tgaej0dPLply2+L9Y62Mozm8mcyPxJphc9UXOmOuem+pxVTMCchdFjU30+y4o8nzHsuc2Vyb1j'
    'qs9nukDzqbJ9nKpzUl3gOSkWL2mqz3PJOM9zDJeF5zlO9TltKNCcTmZ511Rfo5oirdF4yjfifTL5Za3xPhlf2dtUn+/SAs13GB82'
    'pvH0PNz4Llt8WVc8x+4yvnjvTl96qKoIc1NInYmpPr9NBZ7ft5MuZry3iqsnNNXnt7JI82ujHzXV57B2AuawEPquMewWRx8vppPd'
    '9dhiPkD03MUybnP9vngvFlYfNL7HTl+ecaFowULrn8ey2vGx4Yjp8Lef3VdMS4zvmk/1+a4r0HxPN9vVeB9NjB1LrHMZtBWJ5yRo'
    'IxPPSdA2KJ6ToE3UVJ+TVIHmZDrMRaHgg9rFxXMStAeM5yRoBxnPSdD+M56ToN1rPCdBe99YBhRtOx/PUbTPgFhWofdDMJ3o3MVk'
    'bmR/ZnwJ/D0+bDdOk3jlLr4GpU/1EzR947FeNxywa0flZ/POA1666PGg38mPwLeVTwb9Tn7+i5Du0/ue1vlNpLbz1wk338EqvfeR'
    'CL0hXRwTnJMZQu2bmscw7mN6YTwmuPShMY/VtVVjGzEgzG1ThjXtybbminDbMBO90D6hj7WqW+Onk548iPo9RZ862zXrc6PI9QGD'
    '8dfCfDBH6TFF+V3iflFpfBj0ydGoGL9pfFqco1XC9008ksdaYH3zxxmWVD6uNyY9H8kYi4bqm/URXdawMWJZnd9cnU68qV9l7jf+'
    'qEzFVQn7+ApSf3gJw5nc37YJXCN88dg1vZZrROvhvmwxZuM7WX/RR/YCEbTLcoFDus6mes+yv0cK369aMfa1bm4wLlUDwFwZrKkK'
    '7nvyaN/Wti1q780q4BlE56MK4GQlg5NqYR4nnse6sYnNTsfsilsb4FyxiceiopkWKGiumZkXG4U9rqBz8qrItTntC9GlyCeGi02s'
    '+94QeKPreqPQx2rn+sFyvg4CPLrGOnfRRwmzp5gse7iY62tbD7WBlmu2JfNz2STYx3Qd+w3bV9EO80WuL/tKwBHUL5wLnUL9yuto'
    'Lo5f60S0n/gKwMFNJE+Z8P3/jUKKtEOnCPq4R/38fpKXtttI7jP07n08pMsY/Y40O73PJhmfoJKdGRgzrzkCz64VufFnsI2kQRsY'
    'dyuMD/S4RrdyROhjQdL17FLkM91vOhhXxZycyb4vE+4x4NqFF5OTn/t8TxViPB0i6HfBBkdyujef2Hf83knHO2CJN1W4jPuzGRJm'
    'sVpUZUYZvjCJX3eIzdujSf9MNsWztC+6WFv9pK+mdQ06jKdHqOMPDRqUHbYcb9Raq3xRmNJPA8I8juB1bP0PGZwzazLr/GsHOorz'
    'Wkz5kTwu7SjTRy9ltFq3UMevT1nybpG/cjRb40NCbbs2YLiHOb85rAyOYzO5C3aydvs1dy3ux6TDEo5d+inLHquZr22aO8YNBv3i'
    'Ngi2/eL8IZe4ZSXC97tGYztx/4rIG6w1gAfuS7xG+D6oOXzxvLoYQVFjUsUukvWdmfl4m8O+rhF+nOpycj9fSuqpJnqxND/mQ9pL'
    '1cdqMk7kEdVa4DikN2U/ZmvOzkPCzR+WiodjE49qrSWPr5HBZqWGJtXdOZCv0sh4Cd/M/DypwR/FvLfq+IYUnw1q7mEDCjxI4cmk'
    'HuQnFZrmxbhkKnw9ysZvc3/H+mVs1OXjeDco1LzQvVKjqF9lOxu2fvnwGniMBN09mOsbynoeEL7/eDwXnjvGe7eI3H1bRa4t4mKF'
    '7IvDB+L93Rbw0cNoZ46bbHBMM7vr8zHXK8ZcZTBmet+36c/JCtl0Wvix+1Q0I8YbspVpU/7DMpRnt9jr4Zv0sdGBL6zTU0Cct9xh'
    'zPTeXw/1VsP5XIEKUBcKQdQPAk8dwN420g9Z7BpiN3EFjD+VbTj5tn7o3P3BQy2K53C2PcLh4bSv3BM3wftT4/We9us9Q+TGfTXB'
    'BWXsHoJlDiOJEHj4PYOHkhgeJgU8fILI1DsUOjNcRuVCa0TxjEYJvjnxa6Dr+aj3bYB8O3vYS98BMX96iI5NR4i+j4nfsl4N3Xce'
    'oVlGFLS6Kc+R09+DhjRo1NxJfspRmv51CXu/bqY6ETQmkUlc4SqgfWWZfcLMVjXKRvV0YscdZRd7ToR9M9pAy/SUtJ0tZ1TbG9O5'
    'c7w+7bfH5Sv8ewA3wtyGYoT4EcmEWb5yxTuqCyjn/nLCn+brI9Oz0x5cp6BMA7kL4ZqvZWV4Haemo2Od85jsaabjqdN97I7QV+pn'
    '905bO+ZT07l/n8Ds1nGM69J6fTyONzAeWDngDrwvfalNiJczP69nfg62BdeuHvLI9GVIX4dU5i8jazMI76vO99InQId+AN7v/aCX'
    'vvJBr8w64Mk1EdqH3pFk3o+2+fDTyOQaeI7dB/HtT78xeD9+c5uXngt9+Po9arig64/1Xob9bgvWuwe+7Wjzx266FpTXMQPaOwJ1'
    'j67z0oe61brY//LHXlpxT1Dfugzm93/v0uvivoOMAW2p0NZ78XaI8yv8mOATQcPo6Atbme1OEfTRacp7WgT19z3kpU9/yY7XfOkL'
    '6vVb86SXfvyZYBzCtof16/Yr0qeRR730s095afnjUP6H4fiN75uXoPxD3w3CEh23ar/Id98FWjdrZ/BdL61/JLcPlRoci+18/Fm4'
    '5Oyz6wPurS8Ar8xFjsLpgGgiP6YIcp/2NP0jKneYnKSUyamu+J4PAzb7jsPTfFInh1HXOk1htCwC31Bbx1mK+5pNH9MHwcbvgNfm'
    'b1LeuYrvsvjh6176nz+yq7v8YS/d/22v7pdSnn5gdk4O5toB3Q3zce8BO15rB5Mx5/Ivop9kYvo+yktKQVBROsC/uDYz4Scaypps'
    'YOiyF7z0K0+Fnw/8vOSwR/feCMDcA8/oz83VmfH8qUK2Qc9DpIf27Ye9/LQPw3UwByg/u+GAf9bK9ORHcs/SNV/zyswVfhxq+o23'
    'U0d4gPLdrIM+LZDd1/u89IMwf+u+pj6PGy3X41df9tIrH7crdxfgkDU/Lr7Np0m9lQSSawCuZgOuvv9FtzqrhG8ri32l8ZKXsT3z'
    '6aTHg1HRN/O+7q8fj3P9+I+89Iff9u+LNYpyMn1MU6YupMyHV6rL6PRzTNb/hgN2NFYXzFvaEI9PY6SeCiBdd3az97SEIHTNI9f/'
    'lwkPpyHtnz234V6ywZI2esMBH8j874R27ziQi2u/nclwBtIWYNt8xfNutNBFkwRHVQnfH54JPrkr4dNu31tkN/b/gfOiHtLH4Sy7'
    'Bmy3r8tkHHSweVTp76+znIsmoH+5vh+lMR6AVOo6UDraVnZ/HeC5mVB/H8x3yRSTh6XMn7SNPKy9vXjysDGHp04hT7PRqShne/ZY'
    'SEvH3PQF8U6C+p2xTFUhUy0iDFE8s1zk2ulWhOhm1wH9V6PIU0/0+HYw/d4Kol+8I0T3typPnHmacPf7YcK3nAHtfO6A3blxJ5yZ'
    '34Vz4qw86jr4Vf8MknWdKPzzbD/QCz+Bs/2ar9rVjfci8e1c+/Eyct96Eu5XX30qd2wPPJGrb4F8Wpne8pg6b5LQTbr5p351rkAd'
    'sefs+SCUf9JyIPc+jPN3s+V8yXHINAHjWgf01hWwzkvJOstLjE3dG4C2OAi6BXNIP13r+smjfp0yffVR/d2+N+nJM/KZ7/of5fLb'
    '+H699IA9jTNLwWfIzvmzPozZnG14v1fRze1ANy9KenIOW7pO1nFqi934ZrD+pQk/xmZcJWRcuK8lbyRMhlHK7td03evgSoT8nDUw'
    'Vy/ty+UTNRF+K/Jb5D3GZs7mHfTpbR3fd3/C08eV+Ya+lMuzQlmNaXtf+aF/p0E87bLP9vydl/4e+v0nCV+udO8BHzdb8cefARwK'
    'e/iKF+zKf3Ffbp+GSZ/e/LrPO3O5lyJc2eJNxMOfA7g6N+HLuk6Bu/KlTwZxqk0bd8BaXArn5V2ER6rCgUsTHo7lcocsXL3geG9n'
    '8sgZZO7p3ZHuTdM2KN/JphyVb8o+/UJ4Ps/ygYdXvuwOD9QWCvHOT5/y5R6cL81pKW6zJN99lei8j8C6/9ZS5qNaHxc4/OXTuftw'
    '8ZfV8Hc3yPIpLd4g1PZzu0S4LwyUxR8FNBy3V8/H1gT1DQYi5P+cno+y5dPFtzEpl48Po6i4gWgHs9Dx/OcyPFsaSvLncE+Y+PQr'
    'AfihfDbKD1uu0AWy8T9B743NTLcoyl7a1s+FSztcRrASzxURxCWrkD4SahsjU18ZJUQ3L8yO53Mpe/5LE9y9qV476rQshX53k3fL'
    '4d015N3NwvdBw+180b7qIhG0C95E8o8yPsDZwvct0aHRy43y3yDrOQnGi+1G5V9C+nRCOnfMC8nds73WS4+DdBGkq2pzbWhV95Kl'
    'lmuEfOZ8bMM6FLxbCsfHPOPz32U771Z8+9aPwf6Z6qFDXI1zN3vfTlV8u/tqn5eA3yrP8/PUwfjwWxX7dqwCrvrJGVTGzjH8hvx7'
    'CkPLRa4N7HKhticPy6uzJ49ah0ZCj9jgKhveJ92/a6G/68m7M7f5Pkzx3a+7vXcnkHd4HiwXvg15L2kzDBfhXW6+yLV5arbEfyXk'
    'b8ofXq7ImxBudpxID9ngZPS3t5DNe53lni7dnKsjbXv/4PhA9um9Djx4E/nZc7vdePvVlnNbU6C5lf11ndvyZ4Nzi/N7lqOMo5bg'
    'WxUeWxGCx1ot8NiRFniskfDjR0XQpyDnrfcK3xebykcaztH7Em4wyM/JVjJ/6Lf680yOMMpobO5Xjd4p+kV+Nt811rpt01mzDXTb'
    'Wgujwxamd2rrsz0ZQSfPjIC7tazOKLzVCPD0NbgbUvljWsQ2nRNl08n9S6J/KMRnN7Jv5xC8Y+pnD+tB2rdCqH1MYZ5VhJ5aZ2Av'
    'txbshI4hfdtlwEfZysZGffWZlKe+sHQ4v0GzfxaLXL8NKvvHfHkJJrQEl0HnwyPgfi5Nypdo5md5CH2rG78pvyq+68V3vfiuF9/1'
    '4rtefNeL73rxXS++68V3vfiuF9/1xuOux+95ZeSeVyVyfeDOhnvACsUeK4OzzXSfU9sxrNNG7ozreYpFGSsao6fwuM2m/Z93565n'
    'CaEBTdbDRs74HxrashXnYsxfm59AvhTkfR7abRSFfhIw+FT6sHKiyHauDHUbKqKqqAz7WEV+ryYzW+ubRtQLQZ3D5T0ibkNcX6/P'
    '3GJVdbkxLna0Y26hF7nQp96ux0ZP0gdQ2ycZOHYcnnrngSYs54jvQdRnrRiz1yEoNF6qEdyuaxyeZGqyktdpYyLZ6Wk3ocIj27aF'
    'lShaugnOXpczTfJTwmII6WiO5ZozLh9dtRV58pdXMN2yI8dRx4zaoduU4XboUbzsFbGuWqyrFuuqxfKLWH4Ryy9i+UUsv4jlF7H8'
    'IpZfxPKLWH4Ryy8msa4a5SdUE9xazu63a0N01jAOH5VTtMG9Xkebcl8XqxTlTyB5uY+FBoIHaJnVIW3y2J8mtEJa5Mbj7rCARTzb'
    'pB17laI8tSvFvHcn7GCLwoYsfzMp3+nQ1z5Svtuh/BWs/7blNyby2/frEtH0yAmJaHpkScLHDTss+j+PlNtuUa6W9KlX5Pr6wTwl'
    'CbNYoj2s3G8Inuu06JOMhTlD5G8bLOv6MelDv0G5HVDuIClnimtluScsy2E/95FyNnD75+S80e3t+0jdQxZ1/xGpe0hT960i6HuK'
    '5xm1XAMs16M4S3ndV5G6t1rUfb6i390sz1mKueV5TiN5dmnyrDagCZY60gTzCS3D221S3CfxWz351sm+0fue7r6E/GmkC3jcRpu7'
    'diuhIRJAp8wkNATSE7ZytXx5ruhnjNMuSUK7lAt9TGNstz1Cz7yW8bBoWxURbdUWQNbSBHSMin+IfIJaBZwhf4DmfyKER22iY9/A'
    'aHfq/8K0Hh4TZYEwj5NB94lpTNx+kesHg/r1kHPxwQrfB1gCZARrIF0AaQuRHch0PqQrIZ0DaTOkG0HGMFzhx9OxHV/YGPgaX1rh'
    '8dlN2ynk/J1S4ceq5TGXdxawnaMq/DhnJnG9OwvYtijSOvJ2/rXcn8ttrOxOofdPEzVOGnMuGwel3PcnhrB8DKStkJZDemJt7t7A'
    'PXA0gX1Z52PlfhwqFRzYwPNnSV1dijPZpq6PkLr4nPJ1GGX3Me6z5taQfnVa9mtHHvPF4eZSRb8OGfaL1/XOPMbI61pV7sc5d5n7'
    'MLjOxiwg9XcJ+7hLUWuUhPpt8KrJ/OA+fK0sfxjAul4sc98zvK5vlQXPExWdu5rEsjONGbcJyqxkMeI2Ac38uQloeyO0/YEy37fo'
    'Aob/ZjPaYE4EPry+zPc15gL7so6tpI5Bxf2fvtfB8AWkju2snQFDvNeu6EenZT9WWMxHtwYu5xv0YzQCJ9WUefR02HzY0C04vt+U'
    '+vVuYzh4pzCPPcfrfVlRb3cB6v1OaXAeRg3qUcXXpXfQr5Tawwpfo8+WRq+Ry3nxx6We72VarkeYxfLlMBalp3S9wRhcaLcrFfM7'
    'argHsI6NpG8b0uo4tqr4uO2KmKUUd59U4HoRL7dkCh8tcmPihtWH8UffEcGrMT032qAffyjx5PdhMYuR/1Oo8/DlcWwT5/tbJd46'
    'RsVfxjOYx7bVjeXhAteL/f1kiR9TCM/t1bU+jySrN1ebyzPZS8q0s/s+ljmalbm1xNd14PemxRpeQZrULevoV/T1xIh2ryHt4j1s'
    'IbuX1Ua0u4nUsYS1Wwbp8RF1nKboB+eBHB1BFy0jdTRr6jguoh/zSny9G5vzIXv+K8q+ysoOaM7MP6Q93ietd9TxHMnS/4r6eoRZ'
    '/HV+nmblKaS+TYw+Nol7zvfrUwWqD/fpw2l/7jHP6Szvas3Z8hcOZbHde9O+bvJ4nx+y/SEyj+vT0bg86ky4okD14fycnfblDgtq'
    '1XhGtxdPSfvy+gUROHc5yZtgeeezvAsVfVqtuXvxPs0kZTluXxyBn0pIH+dHjOd3Kf14eN7/JnmXROR9NaRefjb8JOWPdRa7oy6K'
    'mKd/IO3MiujTN1L6eeF9+jLJ2xxR7wMpP/ZNv0YfYpjJ4z6dyrU9oDzXYcM7jKznQyFtD7O7Sy+UuYWU6Q45LyheHjJo50ZWplMx'
    'xq0OY7yA1LOdnVkDBvVgf04PqafPop5linHtdBjXEQZzyu+mtQZl/o31N0HKqOaP6mZgmTeS+jJ9mjL/lvRx+rp08By1vav8KOnr'
    'F/UzOofvp4NJX9ZrCyOy/OMh5fsMyn8eyrvIV7L0Pxmrbo2Qt/DhkLx9jO/1PsUcdpA8dP12KepV8ZWy+lQkbxivSObtSAZ1n3Q8'
    'DxUf4gLN2kTtswEof4ZjedynK5NBPTfkW7zF1vHYkLyjLO8RmnkxxUNVSR8Pue43Wc9viR7fGih/HqGVKd32C4O8SJO9EpKX08b/'
    'aJAX630WYnUWmr8u6/5boq+m2gMyz0Mkj4oPnOX/JYI6Oa+yffEpkkdFA8g8H03k6jaZwIgsd4diHKNsHDeF5EHYH1b0kd4Xs/HL'
    'DfX3KO7L2nKSugc1uoGbSR6VfClrR0jydGn0n9oV68Hv1SeH5EF8ulzRZ67ftCikP51En7IihAbDuEAVIfSTzFOpyNPDz38CQ6Z6'
    'B7Lc6yJYN8ftr4ngWA+xel4WQRjuNoDhHwn92EYhzz+E5MH1eFLo9yvC0OPCDoax7gdFEB44nv9LMn5THoQs9zFSzpQXLcvdSfqk'
    'OhfqwJ66IoQXUQfj19WDeHt7SJ5TIE8HyaM6M7Ly/5A8p6Z9W+5aSx5I9vxXrG3UeYG2qrMKyLdGfcpaS74H3o1rLfnOXJ8yJcL9'
    '2obpNJaJXF8DUTpy1D4uTfQcaXu0f4XUzZN1LWL6hlWKuzvVFVqusN2YH5HX1ravUZjFIqoXej8RKh8Sq0Ucpyj2/RD7foh9P8S+'
    'H2zwX+z7Ifb9EPt+iH0/xL4fYt8PJvAT+36IfT8IdkeNfT9MPt8PlQ42jbEdX2zHF9vxxXZ8sR1fbMcX2/HFdnyxHV9sxxfb8cV2'
    'fLEdX2zHF9vxxXZ8sR1fbMcX2/HFdnyxHV9sxxfb8cV2fLEdX2zHF9vxxXZ8sR1fbMcX2/HFdnyxHV9sxxfb8cV2fLEdX2zHV2w7'
    'voSBHZ+JrZxr7OMmsJmh+vPVFrxGGjdigOAcHjdimH2juuIj7C7M7ZaibKJMYgU8y8bIz5RBdg7TeB5c/oVnQVg8DxznakU9vQxf'
    '0nge2yzkjvMN8SO3r6s3LMdpE6oDjzZipbHO8oTpLLva/9rGxoiycS1kLHS0Y41tVGMb1dhGNbZRjW1UYxvV2EY1tlGNbVRjG9XY'
    'RjW2UY1tVGMb1clmo4oxPtOwpxC3VgCvshzaorHKr84LD09vrJyd03a3fWKGhXN5WC5rML1PQm8N7hB5PUeb8rBMeFF8z9G1riBr'
    'WAJ8ig7AUYKcWxXk7oX5pBzicoN2JI79Nby/Xfj+965j52kfwFAJwNBUgZOU+ZO2oqc056JcazMw0uccc3jqFDBYQ+hrE9yD8DRE'
    '4Cle9+C6K9b8tnzXvJDrLt9dnPnlwoS3nv9M+Drxvn777euYBgiuc3ocaIAYl04PXJokf1MaKkHuR71kb3bBOrvAWCJseyaLsxeK'
    '8nhVp0xW0eVRlU9E0ONVjD9VSuSV9QSf4v240oKvhTAgYhiYtDDA92+a7F+VD64aBf8RyyDcJEJkbTWG97yottMgGxSEt9QM8JUg'
    '+fHuJ/YJcf+Lat4+b4fLVNZb5K+Bd7OEb8e+mOWj+24mkVnxMiq+lO168bGcD+lFRJ5iei+3vVeXk3pkvbNBn2QV4cOJcdY3sZHr'
    '1EDbs0HGvwLa3/CIvZzWRV8v334+/4x9P9OW/UT9nTl5yjxvPuCVKVPo63A58YsOMjrEEbL+u2BMd8B4ysVUexIKWYOEmHTJ4del'
    'uLOK0KTpk8y7Blg5s5dmXdYXlbD2UxDa1IBuWGVhZzG8i0mPLsC4G6FP6aQDSmcefgs9OOxhIfiUuwFpHfAEkAbuvcj7Wge6Kfh+'
    '5b3++/Nj/eKC6RdL/B3LmydG3ow0Jp6xP4n1cWN9XM0aH69YY7o+cmwLCM0l6zmC0epRtCXqspjS9vSOpKIZYx3iWIc41iGOdYhj'
    'HeJYhzjWIY51iGMd4liHONYhjnWIi61DHPWdy0oqpqisRLY1ctXkkYlk6Zie4ss+bPrz824P/7Y60FCUJi0f8/cCrmk15EsRedAs'
    'Am9ZWf6Yuj7+HemYpY48oPiuHd+147t2fNeO79rxXTu+a8d37fiuHd+147t2fNeeCHvdFOzlQvjIKiMy2wtFrk/6M9h592BI3o0s'
    '718QXQqedyiinXtJO++GdADSTpb3TpIX+zACaRfLeyPMiXz3DkgHWZ7rhB+HhucZVvS/jrRD+7CR1BHm5wxl/0cxXVYcw+6I8lSv'
    'XTX+qLZXE/pgI4PnfvY31ttN6se9hWtwFiu7Fe+ykHcOuaeeQcog/VPGYOYMRo9k4yykgyndW2nUjxa+P0jUYUb4x72C84H6DXj/'
    'K4WU24VQ3hbesVAfXf6sI1pd66C+RfD3ApHr01YXB243o2O7LfYzpUFHGC497Huc4LKwvHiPoXN2Gpmro8i6nw7lbtC0OVPRZjej'
    '5bsM2uQ2OuWERxS2DnKdPkxoIr4nVijwYS+De4RpHNNORV7cGx1sj+wgebcyvNJF9jrqDtWwtvke7CPt1cF+qWL97GZlOojuUB07'
    'jzsZjruW4Tqk+U8hfbtegatUfZP7bIYGh/SzdvrY/I2wuuYQHssQga0yNrfDjC+Fa0R1/FeC/hOHLTyvExGwgjiF2utz2wFaXsLn'
    'TIDnBIFtW1guRJ/q2Z2A2plm3qYkXamjLfEeMIfd0TlPq5rxcml7lJe7ju1zyqtvjBivbg7lWko/9yZzeG/CgyHduuyCMWFdlVhW'
    'c0dNQZqe1rfXksTYk2P3UF3pn0lbrZb8FeEPP+0Rpd8E5crM87OU9RVnD8LrSLym02pNcd/epti3ZdN4jUvgCc9Vmhj7bY5F9Z6x'
    'iVjj2/RrbGoPGrWvb47X/G215rjvr1bs+9gfRiIh1hx2U5F9WoTDE4GTYx8k4z/nZnRqyBpIdx4l01vO0sbkLK3MkNP6aQz7WGkt'
    'pwk+1W18X43Eazqt1hT3bS3btxX+gEIbCtzbI/Lr/NqE6S8cL3z7Kvqdy/Gahe/LAu/45SLXZyjnt9rKt3ezPtjsB7snSUnD4j5p'
    '1S0sD98urW4yZVMhobVfgXrzL2E6Syo4jOk9A5hYmc8Cll8QlSOm98Z/zlE2hfDfo4D/tANOnGZrkzK4tYY+SXfclrM/uuI1mVRr'
    'gvumXkd3tWV37B7d+VdN1rbGoVwU3ZdsF3dHwVSVRf4wfCFprqkLm6mC4+5kkf22R4Ht1McX029NYl/70Wt0R35Xbytf+1F3xTB8'
    'l4zP4pyzuJh7K2lwrYzpo8m3JmXC9zXK95eJjpyKxyTL/Fyo/WPbrG9qeq13Ot/1jhK9FQIe0sBrQ9jYDuu4zWLfTvN1pGdgi+PN'
    'P/wM/Ew0X85mj2b/zvxyj2pPTrlH5WQxmUpPQE/qbS6l9cZX1sBIw3j2qFefbPO/p4l4I1/8Xge6n9exdl991Es/bumjN6anFbgk'
    'PzCMpKdVZ/b04QvEdHK8JsVfE4nfrmV4rCumicaPL/AZs/OyEHyDXLlKMvV2fnBuuY2Ae2QP+ye41+I1meg1idRnCemfUp8lIn+Y'
    'PkuNyLWVQ12UsDi2kXKhVPbvz6tI9nKmt1DjUC5sPJ9i4/kElKs00gWTnIaSUvy7bFqdMuXZaf7jF7NhDtbAT2Zi99jcvU/4lhWk'
    '1xmobO4v2X+X9/s1kfqfzaE3xdKx18Ov/hG618kZ2blp1V01dbFqteefA16YKP8IFsVSosDPWEGfiPMvXpMJXxPcN/co9g2cBRlc'
    'nIQFS0cqM5SUhsxV2aRZo2g8m0yOy0rZ1mHbcvCrTTn19zoFXXt3DDMxzFjADOKdjlgPdkJ0Msth/nH/XhXP/YTMPeffIF1UQu5R'
    'teweVUH0yzHW4HJWL/oEaCdyF1pHKcnPddSln4QGkp/Gp7SppzHiftjA6pL0/Cxh59MB669meGRWxN0Z5zEqH+9/GVuXNFsXk/ps'
    '433a9nUY6klCvbNi3YUpo7vAdXUHYd3j9Zt661cmfD/DpWQ/cn9ms1k+inePbfHzVYfkW9Ti7g85TC6v8lnuKpuoUOBo9Hl2G4H5'
    'Us03jouTwvdFX0n+pv6S0J8QPy943Gbkv6YY/5X7JHpJfmdzhfnQX5H8fX/m559DeKQpgI9rYl0CNf215/A2Bf6fFW9UznU6ihsq'
    '12mmRqeE7oFlkM5o8b+pdFBM9AnlGlM/nA9A+twxfj3DhMZD08hOsh/rQIY7V+T64kPffOiDD33yRcUdpf6SqW89jOd4LuynGkaP'
    'mNCgU51+tcV1pnDQWwDZ+zR7NHxTu6M+dNMbVFUH+P5cYeePFn35cT+CS8g39A+IPt4Xkm/oVxHj8s4j37pFrg/HWYpvWGetor0R'
    'EYzp/pKGVjC5i3A7euorM996+N75IwV/qNzLkNTLsdKTRCW0KMHBLcKgW/vTbizPniYLg7xCA6aHGeldnpux3J5Gp3znO2KYiGFC'
    'wVdW8Zs6GF7KobkdZJHT6IkUXBRC95D7oqZ4PXvX+8fM2vzM39slivdh66s7d+oU7VcwHpk8E7eI3HheZYQu3CJy/a+2wpl3JaFV'
    'r4S2ZgjfP3lrxJmoip0d5TO6lIxlC7kkbWFtpUV4nO4rNfOJ9Gyl5m463e+fkXdTEYxhkVnW28zlfW44rJTwf1R3KhP+MPUTrYrP'
    'IAf1a5LPFHZtYpW1iOj4Gt2au+2A8P2uc75VWJ3IG/sCtI/+3qPuxdgejznU7dj+XnJvN23fpZ3rhB/jsJfN4SjhC7jUfTngOB47'
    'yqWuswBuaYyBDsK/cKlzFRn7LgZPmO5wrPsI4fkQp/ECOGyOkLlxacP2TkbnrIf0icZwuTjpzXUx9jPeKTGG2lHkHcasm0vupTLO'
    'YFZfdZ9/XmL+mw/491h89/uDwbiq8/Z56fPPuPG8adzL2qQXw6SYc4Ox6VaRdxgLkMbBlO9k+hcfz42DKd/VXZEbu/Eo8k3GeJTp'
    'x+7zY99hO4svC87zz7uD89x7UXCeV96bW2+S0BsY//PvEx5/XMLdTrYnhi3g2Hb+TfgyzRZnzQ6GHwcYXuom7zH20+wCnSW03kVQ'
    'b1S/Ryz7i7EleKwnijd4mSThzWxIeHEIosaJPLAWgsfp3x0TCBNh+SjvOUtDJbz4qPSc62B0SfcUGcsLwos/Qcfy8hTp+/8Rnv1+'
    'MfDDTOHHZZPpGkjXQ/oOiNdWjngW4jfdMc9L75zn7495wo/zdhaUb4uI91ZH9FdovhMh3+0kLtz6tPlZV+swH3TcbZCerBkH75/s'
    'l8QN8wndQWVQ3Rb4rJucHTq6kNI282HuabvbCW40aZfipwF2hu0S6nh4Op0t1d0pLJbkcYLZELVDlRomk2mMShs6JSom7Eqhjwm7'
    'hJSnMW5pngUkz5AmT7FjdyeIfITynrgdlGoueTk5n1HlXP0Lc7gSjMdlSndSmeTWWNdAz8/5aPb/FqJrUDiZo6FM2OVOsZTgP3x3'
    'qgjGHDuWyOhqyJ6jMkKMVdnF9iRt72ZH/aJijPkCxZg3KsZ8lqL/ZzrMw2pFmdGIMhjDm5ah8e1o3iNhLmhefs7NVOTpZnmqFHkk'
    'TaM6vyZy/a5RrN8Wxfq9l7x7TLH2H14ZXPtEW3DtV2jWnp5Z9P4Utva6O1fY2lO6JmrtWw3WvtVg7VuLsPZllmtPY4pi7LwFTK9q'
    'GfCHSkh9KVJ+GUtPE35c5/OFH8cvjM4rI/QCj1naR+aTx/3stNChGhLqWPMNjPduEl8xbD7WEZg+1oHvdVoRzyTEsf9L3s1s8d69'
    'Sd7NgHevE32wFrbOLVDXa4o8R7fk5nkZ9iiljcP6LMs8L/lyBC/ZjLfR4j6D+GUbSWX7f0P46MMMRwwp+Gi6O5Ks69PCczyikpkM'
    'K9qI6vtQiNyF84kozN9I7tTdpIxp7PFBNq5tQMuY8vAGDNribZwLe5Ti9SHN3XNEMTa8+x7FymJdWwmeCetb1Bh7NW0fCXIJ0zWl'
    'srWoueoQuTGRebzZMDyStsQjJrHhTfbmYd41pKeIIF97FaRtbAyqe5zqnZQvrXe4a4fpFZvW0QRrPt5jbhRuOrFherAjIva5l6ee'
    'vCAimYLfXU3XhsoXbM7gQtEg9Yznlu+dJmFZvsSyfGz7EQLTLYen1cH2o9mIH0Px4lqSusjfG8iZcAuUxztPB6zxlcK344vXefzW'
    'eQ6sS5ro0OnkJHgmp4kKaphcKknOxYaIM88FP6zV0NzDFrTuvyto/3oLHSgTupvW9xL7e3uI7pGcw0M1Hn+F3o+47lcvkwm0KOaF'
    'vnelv2mbHRY08utMZv7lGl9uHHZ/GO+xjFjcjXAst2fGcrri3mRiT2aqD9HB+DB9Gr2B8b5XnVnj78EbWdt9Cp4ezTei0HmgOiZc'
    'd6OjAGOJmu9uBS8hq+dAxvk7Nj4TmOnX7E+uK+E6Zjqv+ezL72UQ7Lvh3elMnn0ayLPfNy84l1xmL8ufCnLx1WkzuT3mxbReoQfL'
    '+yDzriT6CKb9XQXf9mj6S/u0hryXc3RntXfnVvEL+tm+62DwNKrgp1N40Mn3+d7oNVhbPD8uq/buvMWC3ULC7L9B+grBp1lZQbV3'
    'J8/3PKb979asQZ8wtwUe0JxJnF/+ZpWnA0D1//ga/1rBA9XxEW3Pt94InIu2kd+r8ud5suLjsP7/eVUurWSyR2x1X8b7jL22ypMH'
    'mZ6pKnh8NYJHPayR2fVAH86u8vpfyP1nQweH7a0FVd6dJOqMaTPUU8O8tM3Tia4bPXNOZWfEWqYb9i72fQ2cIW9kLrnHjAMN0KXB'
    '3d2MZ/2Dce7PoGYfY3/2TXB/+PzclenP2SKavjCBrXYLuqiNwJVp/Qhr7XnSQ22GdJWcn/ZKX7bWMQFwjPh//jj1YzCiH7+v8ORN'
    'FG4fmp+ri8d1KXtZvhEN3vsdqTcr163IvUubyuBd7ss7yHzkc67vUNDBciwPV/jnTLfFGd1pQRd3K2g3FR3IaYs/qvDp/j7DeVCt'
    'I7eJMlmzbRbjQrphS4VPc05WmjmrN1vh4/qJpo2z8pkKT04t8x9R66ULIV0J6dxa9fc1kJZBugjSsyFdBekSln9mrdf2L8qD+90F'
    'xlxl9N8rLw5fzRR/P1zk9qPO+T+eoPZx/APlnm3TeN8zaJ84f/Pd5Z4sXeY5ju2DOZA2QbqawXs7pPMgPRrSMyCdz/bP2bAPlpb7'
    'uGsy8wWTZL1szl5eH+cX9Ybwj8LakH36pzLPE4mLflGh7+NPlHm617bn+Yhif3K+VVi7ny7z78wTcV+VfbipzNM/jOJf2twtx4ue'
    '31jm0a9ZeR/b80ewvT0T0lmOZ97KkLbma9pqcmxrNmnLBTfRcgsgPZl9XwZtvVXqw/543fGz+3+c20Ue7TdKfbxjo8+owoWmZXX3'
    'iE+X5u7/YtDbhyL4UjeVejZ3XFfUVifWlHa4msz/RMtE15X6/iVcaFGdnCFr+13Aunm/a0u9vycjzpb9+9cST1+D4qkEpO+GdAOk'
    'SUcc+WyJD7cd44A3HiHtbWXr1aGhk7od8AvCz30lPm4oJM1mQ6ONkD5MBJ9D9uHCkuLjyM6ItV9V4vu2GWB8gpc0Og4NCS9NJdSy'
    'iiNLfP9BLnjXFFekyPzlg29vzOP+8S/p4Fhd+hB1lh1MezjXBu+Y0kmPkLrPZLTXEkZbbrSs+8/Svs1BoWihKDg6hOd/2rddyYcH'
    'LOvqLdA6d0bQjucVuR3c9yemJ84WZBZZlxtY25/T8N6xT/fPZ75fSF1heMmEj//fKc+34UTqu0TdC59J+fDRrvGDsY7V+26Hdval'
    'fHujTob7DhnirE+lPL7VePFBZJu3pjyd6GLwO7K2Xikf3rg/IlMZP9Z1IZmf8ZJJnETaHA9dyax+M4GloRCaLQyWysm6DmvWqtuC'
    'X8/n5ZdJv/41EftpvcN++sekJxedSNwi+/G3SQ9+6b0EZSU2vGVZ1/1J34fsFc+CHPxgrg3s00976dCXwKfAAS99/Dmvjo8m9Xim'
    '21BmcnvS93HmYs+pOyN3JH0ZcjF5GLKt80lbfPw7C6D/TudrdTJ/W9Jjkh7fPUwHNQrWT7bQvzDZY2MJHx5d5R6/SPi+EaLgkcPL'
    'zxL52RXzOf5OwuMjFkKmooKLUU27D5Fx5Ht/k/X9qaI+1ztSVv+XrBHfw7uF2l8G3k13krI2sC/L9EBZW568LHNpSNkwHntW/pfw'
    'fSJ2RfCFkBe5jpQxsVmRZVYkfJ8SJrirT2frnXDzPTDA6qlK+P4wwmjQOjBIqoqYIxzn/4jovLjmr4FtVqF1G2XdP4J+yO+/2AQ2'
    '0d2+/1SZvgE+TQ+SvD+80EtTV/l+UmV6VI+X9+9C8vJ6H1XkPf1Gdd6/VuTtvUvdh0+H5OX1foTkfQN8xH5RMw8fCMnL/cveRPJK'
    'BCDT2ouCZesAB/C8d1+tztutyHvmLeq8l5O83ZD33gH12DaRvDfvhHNpk3psGxR5cd143lMUeXEteN7lJG/bw166bz/AMNBuix73'
    'YwNh3r98EmL27FP7T24meaNowhqSl9OVzVDvrINqXw+mdvwmsX9im2dmC/uZfOz4m43t+KPWJvYVGB37wX2d8vMVmLS0IQ7zZamK'
    '+zDHAk7Q15MNXB3h0MZjlm2Y+pOI8jtc6PK4dqXEV8BFDIeuEmofOK3C9zGDMRirhR97FGOlynwYr3U9q2O9yI1/iOVLFeVpucXC'
    'zgeI5HsfWaC+mrZJ7fDTpFxODKHMWXn/i+HrU07mXq7H0bBOc0h7XKeWpkPCPt4D+p1oFL5PN+qvkPq53aVIw/zcquLH4NjQD9u8'
    'Vb7vRRpzFOMu0JhEm0me8rHcPDI+cPY+JXz/fudDepEGrpcLO//UOr8MNQweZP+RD7dJkdrgk1mkrvnpYOqCm1x91HAc0mBZXwNJ'
    'kwAHQzB/fcImxngqkUhP83N+KT+Z7eix6vAMSWH5pKrbS/bf5cfAk/D0QRHu24SfpYMhe4jD6jDAhknddA+kQugO6vtsOTlfhGG/'
    'SgC/2NCz+cTKKgTOytc3m6mvd3pH475HU8LOl1Fa+PFjEKckyXfqW5zjqFINjppL8vP6XP3nHQtp6ZgdHnSNJ4315hNPmpbtgHUq'
    'BToh966VfFs/FPfxWHsKNLpHODxh/ppSRYbjLL/lQ15assfDA+VCH1ue77s6+F7J9sRSRlOH0YXjMcYv7p3+Y0Re3r0HJmaMJeMw'
    'RuQ5/v5rk2PM47GuaeCd/uCZyTVGpCmojG+3yPUBz+MQUrkL90vu6vOyjPVPRzOoeEthtAzeiU1pHzmm9wjPhwGWSYvw+LeUN7AM'
    '7tuchjCleZOToJ0wWjUfn5bN0E6SzKeOp9JgeabO1cALjV9A4dsVTmlMYxHztZX33aM3i7tBtagFpsnCF2eWVRZJa3FeRoqsCfIL'
    'k+QOWQ5wdgbI+mYDzXyj5t4TxvOK41ibxrG+zSiOddIgjnUz6BbQs/aqeN/lrMGea0Q+TygficskmoiOSdqSh4F8350iGC8pK9tJ'
    'BPMMsjyNCZ/fgfYn3UQfhX9DnZI0qZuWqyd6sG8JfR60Wf5/ItjGtfDtP8i3Pta3VxXfDtujKuochW8/Jn3aynR9cE6eJeU72Jgy'
    'ZKf4Voy7YtwV466AnE9HYyZhjVR0RSWjK8R5mbX9C+/39rbM723RfKEk8hwV9dcXoP4SxZ1qO5E91gBeQl/y6RgWUzBV5ytAqFCq'
    'Ge0m9K08X+9X6GkIYR4/C2NzzSPv5oNstYm8+xqeqeTd2pagjhfyyNFOC22/TnWUScbwOHXgsdFyXa9l/IiueE35mrZP9JrmG3tJ'
    'db5cC3ig2mHdJ9NjIV5K2dGaYylJa+rlUPpnzOGpC1n3ieDbYR2lDnWH1ZkkddaT86Sc8Xrk7y/JcYfwyUtYXVvgXK2x0E+g/HM6'
    'JspzomembOfKkDEKotsnP5ZanrWyzvcT/lUpGRvOF9a3VfixzI8TqnhDb295Mu6tzBy9qb/95S9Pput0JdNxsdFxUOm22etpyZNr'
    '+ipqwYFW73AOG+tjB/SwYGHaTQ5swBdnEVveLZYyyCuhjpOSvo0brSNloHd4XNK7TyDOUNldXifM/PuoynaJXD3RqqRvB18MXVmV'
    'nuwvEuZ6sq8kvH7ENK6Sxk2LPJ72PLebLX0r13Mw4ccWX65IXeq8HOydTc7sOk0d0rZ0NalDtXe2CfvYzL0i1w9AawR9yGXrLcLc'
    'rr2T7e2ZCU+/WzWHuB9V33S6Abb1YMzwUeCHDGn0A6pjWW8Y77yY91ir9W+ENb0V7IlQnltG9Fh4/PQh4dupzdbsq1Gh98MZBvtZ'
    '/7DC93vM/dDwc2y3Zk9FxZridUf16Tjh+8bpEGo/W0PszB0Uwdjq2T1M5pbjoW6FHlGXCPqXceEdUtyo03mqUPAnTHmot0NaTfrJ'
    '9WLQFj6hGCePdd/tqDtTJnyfDP3C3LePCmapjbFqbblf5uWKdetgOmKLFDZF3SzdAXnnCt/XQb9mnqieGbdZ2i30Pi9d5la1fxCu'
    'H8pUdptQ+xjvJP2waYvGjFLBUoeDPUAhYAPHfEYIbAyz/XqSAjb+i+VZBv0zpQ84Thtg9c2B/U3zmuC7KgX+/xUbe5LQBMuT3qWd'
    'zsPLjmvdP0nX+l0Wa30qmXcTPznjuf6vOa7/QMj6P5wp+0lh5leFnpnc/2pHgfFD9wTBDJ4dFxD83auhkYZZmQ0EzqLiAMiz6QhH'
    'eDEdG/ZrvvD96dKzyNWHE7XBUvlZp/A1O+HZ29E4PnTv2cBMt+XYad5+otM0kTTJBkM8MSLUsRe7WH1tCr11es4jDVzD6JZBofa7'
    '1G1Bv3Af7DUK+OexS4YVMPLhzM9emGu8l6xjPtPXE9/qpj6N3gE+jS4juPSsdK5vJJ2fOFnuHPgW5WeJ+2DcmPbPEoSd9Rbx/VYz'
    'v/Hnpf11bBRB/49RMZc3kbiT1DZbvjvBwqcj76srHbpe4yO2LW3fnqs8Vzjel5oIE4DbqXYQXRGkG8uIbiPioTrg06D+yUvwbgnJ'
    '/xLBDejXqIa106LQraRlZpM2bmb2NmhjifY2+G4G6MJQ3ZqlCj0ym/m60NH+o4q0kZn09OGPIfzPKJsXG72OeiL7V/RHhMm2bduq'
    'JAwiKkNFHX4X3RQd7Jc7wj61o1ot8rfRVq2R6h3CarHyU/8rhbI7L4WfMJk5tyeTe+VDGpnoRWTPY5mk5ZystcjfxPjztuUbhW9D'
    '3wTnoGpcywmOiTpHKh33gWz/BAbHaYbjLie00iLWx+NFrk266RyobMvWCr2PKR1sUjgpgbE3GtiJ2e5r7G+CjH2hUNuBmujTJEW4'
    'XWnKEkeWkny0b/niw0QB5s0EZlV7arklzNva4+I60PMMZcY55xkqcLTqdTTofm5ga6OTR/M7EtKAWwt0lrmuHeoMm9qTNkTIY6J0'
    'wUrz6OcW+FanwCuy7EzQdwjzXZdmMiVdefTlQn3ApEEpF33AoE0u4u5bFXYHqIMxUetrqrum2pNLmZ5IWPlCwLAr3i6UnW810bc7'
    'xZD3GcW/GBLBeMW8nyawv9ZyPgYiZFKSF3CJyN+HfRQfyCReoYl/8ZFxmjeT2GFdQh1DZEAjm0QYQ/1KenfKVpvYw9QH/fsFnle9'
    'zP4C0yENfXW9gc7TYmLnsUuTLie8U/Rx1c7wQC2h0WaS+zniRdQBGSR3f5TT8zv2A4o5/P+9YBhr'
)
