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
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 47293, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 47609, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 47830, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 48323, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 48647, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 48853, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 48881, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 48901, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 48933, 162, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 49095, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 49301, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 49587, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 49783, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 49837, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 49861, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 49885, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 49928, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 50222, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 50240, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 50257, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 50286, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright', 2, 34, 50410, 53, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 50463, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 50670, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 50940, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 51044, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 51060, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 51076, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 51120, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 51144, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 51245, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 51270, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 52119, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 52227, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 52241, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 52269, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 52330, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 52442, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 52569, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 52690, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 52964, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 53098, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 53235, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 53263, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 53279, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 53543, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 57180, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 57400, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 57421, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 57479, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 57495, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 57511, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 57610, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 57665, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 57779, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 58076, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 58254, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 58311, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 58368, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 58425, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 58486, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 58543, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 58583, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 58723, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 58753, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 58854, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 58878, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 59388, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 59412, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 59436, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 59844, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 59985, 21, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 60006, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 60850, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 61041, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 61287, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 61365, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 61476, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 61518, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 62231, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 62309, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 62366, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 62398, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 62550, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQl4XcV18LxFeto3L5KNMTLGYBsvssHBNjYI4gQSDAYDYTGbLMkSWBtCsjGrSSAlMSlkIU2bfG1akr+BGBpIUghJG0MCJk3I'
    'QiA0/5c2UEhb0zZNfmg20uh/8+45vuedO3PvzLz3tHEv32Ose2efM2fOnLVOCJEW3iPTsezTnE074F0i+2uEf2fg15D9HfO0l6af'
    'EaI+m75L8e2bP/K+nU6+nXm+l5691ft2suLbXVd6304k36rO8fPIb8vJt2r27Vj4thjGIdN+4X07inwbYt9aZF2knKxzBcmDf8u8'
    'tSTvUETeJMxfI8ynbKcS3sn5roW5r8j+asi8N0GZJCmTgL9pmSq2VimLNuRclEF/10N/N5J3p+/w3q0l737V7b07gbz7yZPeOznm'
    'OpiHXtKmCOmzLNea/c0n85aGMQgylmTE2MvI3zJPOamP502wtTGdr0bSN5M+NUK/5J5ayOa93qJdOY5y2DONDmVv/7v88TZBn95D'
    '8pnWh/sE/6ZzvR7S5/bY19sI9djMbaZIcyv76zq3Fc8G5xbn9wzhNg8VBN+q8NjKEDy22AKPHWmBx5qg//LbKNnjMh2GPJWkX72w'
    'nlUKPFhJ5ui9CTcYLGfrsJjMXxX043OQ8n6PQNoJfasmeXrI+DGvC66Q7y+DvqRyL6OeZGI6P7mJWSwKeNKROWzgx+Q8lfA5MwLu'
    '1rM6o/BWE8DTV7O/q6FcB3yT+Y8LwE3yLf3Q9f3D2FhGvfKHs+11gawE2esUZ20l+OwG9u0sgncQV3TD+uF5eB2ktwKOw3qQ9q1U'
    'lKd5VhN6akM6v+7T0l76vnl+3evTXrljSN92sz5dDekq0qftbGwzAU5Ny4+Q80aH86s1+2cJ2ReF4P9llmdIOdBmCZhjeg9aCOu+'
    'gN1/KqGtnW1eeiOkH23LP//ku591Q7961PcA+e1HUP6/IP0CpOdBmTcAB8l3j8M9p7kvvOwhSF+H9EH29xegr/8E96Ec/X6ll77R'
    '6d85MrBm8v3fQNnXIP1Gm/+ej/uf4NsTbcFxpwAu/j77u5DQ0zZtzQb45G01M7q0kcBsJ+TrbfPpxiYFjCKtXqmgx2T5j7Tl0y/y'
    '3buh7os/4aWb2vJpEISZiyDfLZBeAuPB+ySWlemVbeFl+L6qh325jtGEg2QPU/wyzP7ugvZbCT6Q6R7yvgXmR8D8J8n81JA1pOX7'
    'WD96GL2lg2M+xlool/0kZkG5r0D+r0P6+zZ/jWTahXuJzeFFZI5lnUdkf3OgzlmwDxaP5teFbT2jgEnVOvE2kgSe6hQ8Fzl3p2l4'
    'LTu3e+n3Or26GhTfEtcH9+H7OvPLqfgQuJ5VbD2TDHbvAtzzxi357dG+XHeel/57X7AvyKO5+W49ThjMNr5IkZ/2s5z1M836+Vfb'
    'vPQkmJf/viFI33ewPTKkwQPy3bsT3l5BXELX5XxoQwC/qlnxbd+9wXnic6Gap0rFPGVE+FxUsLuObpwzLeaL5nkby8Pvc7q+NQNv'
    'RyjuZzjuso976Zv7gvP18L1eunef4oztgXnbrcaLiOP/Ee7MFFdhHckP+u3w+v9qn98/FU5qhP1MYfBNGMu5MG+rLg7O6ZrR/Dyf'
    '3R6sH8+G+4EeKbe848h6P73VS7thb958iZd++3x7Okn25f2Sl+TQl0boD+4NyjMSV/p7BcfeyOquYPepWlZ3E1vTLwDt9ea9Pj3M'
    'v12x1+eBTMSemcHGmA4Zo808z2RzwfdIQ8i+qwzZd7Tvs0T4uVZGzrULybkm67uXrf+mD3npwbvyzyc8h+S3312RX+Yh2JdD+/LP'
    'kTAahdOZTwGu/eQWL30S5A8pgIuFNO+5+Xm/wfK2kLzfBTrwapjb126DOrbnyw7ku89B3gdY3k/fpT+TmhPevdRlD5azOeB9/T7Q'
    'DOv3BOeA95XnpXNwNuCbhbC2v7jYS+t2BOcA8+6/y0uH9+bnVZ2Bpvw3zpeeO+Z9l/U+BXRqhtCUT34A6L2hfBh5BdLeO730MoCD'
    'sr3+HQ/vaDm6geA80zpo2/VAy89n8BdWh+r+g/cW2j9+fzkA7f7znwfpYV3ff7ZPPYbZgO/WQ3u396jHhmtaT3iwuXLn5O+Dj1wK'
    'Zwa0c90VAE8g67tAuO+FKrYX9gx76fFb1TC7UJF30VY1zNK9QPsctRd43rC9UF3EvRB2P0G8eQw7V1ZBuk4Ez5XVkLaJ4LmC39aw'
    'tlX8UtU7nN/Zmu8NQOuZ8mNV/Co+D+XkPLuGrBnOfbI9nO9I+c1RcIn3v1pGi/Syu/QI+ZvyRVCuQe/5h8g934SXV4jcGmHMhpfX'
    'SHiwtfB9lsX8cjr16OyLWxzxQtJx/rcWef5PARwdlb+f0a49hLdTD3zRpQb19LF01ICXPcLG2UHeR7WH8zgg1DwBW3iTdXwG1gF5'
    '35Tum0z7qaxAXvd69k3+ewP0dwnjrbvc8+Qcnuuwf4oxV1y/IAwGE4xvabK2tvW7wKHJOXLLJD1HlhYJ7+AZjW1H1dfJ+jOq4FVP'
    '9XPpG0lPpjOe59JNRVrPa0q0nhdMkfNpKZGJ7jIo38VkLIOKfdGj6R9dW5N5LuT8pGck1wV8e8gZ2O1wBlK9JSpjQr2lFtbWoAZ2'
    'Rizk7XvI/aTOYv06NOc2vS98L+HrTS1mPJbpjHczRaRfbOooNp1zZfZFU8JfUypHWaSYXzpPIwoZaSFrFwbHsq//F8aO5cPyR+2J'
    'QbL2JvuA7zmVzHhIATeufZTj/XN5j2N92MF0FVst9zMtY7KueH62aHDfqGZuhiPGhzyKepjHGQr8b0vXyrrOA7iNWv9eTf9tx8H7'
    'QPHJTnL/bGT1DrE1Wc6+72C4B3mSYWtcaD+5PBNxApUpzCcyBYpHzgZ9MFc+JPYnQ2iMQs5ZegYU8wx15T+a3I1QZkRxsWAy7S6F'
    'Xgvy8mcSes0ER9L6cN9dC/U9DGsdtYePJfBsMxdrCH+U8kk/SmiJHRpaVTUO3Cfvg32C8xAFLztZ2h1RBu8BlZr5ux7ydIDcn9Y9'
    'aDCOIYP2pWxlLsNjHWztezRnsm7ueFnUNTqC0KqmOpCdmvGqyuDdYhY5A/h51BuhuzXK9P/5/TgKj8n3LzN+yE+gzAxP/ziVLis/'
    '/GTKyyvw35XlVdXlNbV1+NQ31E3Q0yj/11SKmnMT85uxsUTu//4jxN69Mn3Aey688PO59Pklq445Z+ny836+ZeuFX37ggSXw+Xcf'
    'veOBMYPn8Vu/vjgh0r/I/vNWWfXgHB+jeG39wWvngQteeIA8cuX2jhXrkS22/zT8u/cc0H1twb8eCDyvfZ3+NSbGDmR/8v8Xjslx'
    'itx/L2X/+0Xu/9nn66+/CTWPjf060F5GFOu5SvEu136rQeEKkxZUc+jL6Lh8qoXogeCZUkHyoN4z2um48CwXhegllpMz+BF2Js9n'
    '/JhuklLadURhw2SKUw8xPHlbSLsdJWy3E+SdnG5S0eijCrqN5zc5F3T0uCnN1sFss1bDmUbn4mUDGsemvzsYfTasufea3DtfD5EP'
    'ufLlv5at5IykG9+1MgTucvZxSX0epM8qSZ5dmnpkgxlFHvntt4l8m5OoORxmdR9yLI/t/zjh3yui9p8pjOX44iH1dhdQ74MJH1/s'
    'Gkd8cXdIu8MlbPda0m6x6qV91cH++QkfP/ZNUfx4dGLq4/hfZn/zLPpqgvt1MCzbewHuLrZzE1bnAcVdiM/VoRC5DsVXDwrPdwGt'
    'Y9BCBmTKH6Xj4vezPoezb1DBy+D37XqY6/nj2C7yGS8a53ZxvFLX7CSNjEi3n0z4IHR8472Wg0XSf7HRBeQ65ghL1znKDeeWgEbk'
    'e3mlYzuvW7Yzq4j4h8sOXegYF7lWGI+1mvCpM8C7pve6WRrY79DIffo164lzsAjGYMqH67asn/riicqrukPoZJOqec7RdiHyoD5D'
    'mdn6kPp3E76y6Rp0kPZNZH8u4z6P9Mu2vTCcSsfk0q/jQf7rCl/jMXdR9p90Pz4ObaBNJtoFlYFMR+wX4r4X3WyDBNPhbnvIS+85'
    '6Mux0IbpK895ac0Pwd7jaS/PJqKv3voE6PkfVNe3juQ9cr9fjyrvCpL3eqjvxB+o81Jd/JseBr9j0Jf0wfz+Ig8tl/e7YCv8KNjz'
    'PuKln3nSSx97LmjL9WXow0tP5tfryo9oBl4M5zG0AGxQ3T7sw/Gw9suF78+qjsFgO9FtpHWUk/woa6XlVhiWW8H6nBJ2Phvo+TSS'
    '9uDIRv9jqsyNy3y0ZTM8O83nI2EwplLgvHQEzrvSAOe9xwLnnWWB89otcN4akrcFcNGXn1TnXWqBH48ieaU/R5mu/aq6XmoHK76o'
    'zmOLO8sc90xnFgF1pOz2TAe7B9n555re3rpyE3Ob59LOSXiWMMtic05+hJW7Fv5dA7RaH6xfmSennjJPyvxJ2/nJGsuBcin8ZLnI'
    'kesLWH+UdUqA3Eh05mg+G1+qEp7OIe+ovrN4yNf5wHNi/wHwY/st79sSgicF4LxHNXnnk3pmAU7d/5Wgn5B/fxa+HQzaUCbgzHji'
    'QNCG8jE4n37wLTffhDinNvNncz7LMd4K5VOilD4TpzdSPsyIz3v2CuenVW9TJIpInzUJN78EOhpttwGNNmBBo3Va0GgXW9BoZ1vQ'
    'aKdb0GgnOdxhlxrQYQssaL/ZBrQftWWnOEo1pkLsCRoYzqA2dNmXoTRMoXf1iil4V68U9v4VQ+c4mRtCazHmOKbLDc6AiPkOfZLF'
    'pctN5AwpBV/zTyz33fsJjDcSXJEU4X4oVL4m2iJkbFE+ImzoqpEriu+H2MofeY/dPB+l4JdQfyGLsd6xfHpBxc+pYvu4nNhn5fza'
    'jeXf+23pBKQtKAyemf29s0B64+vM9+SRwveP83n49jSkXyL+SVWyAOmHEuMLUF7I08xP5T+3lda/Ubw3g3tj08MTuzeff/qttTff'
    'DfuzkL35k+976W8e9PmVuKc+A9++A7T7T77k06pIh44AvbwZaeD9+fdxukcXatqcDHv0Fcs9Oo/ko/73tjEZ5rnA172cwOnljmuv'
    'wofbyD5pgn93wdzUkjZadx4mR9pVqvV1ClqY4hzcD9cwmyzaH5T/Jpitz1VEv3dIYw90kfDtx3sM9FB2CD82UrVQ+2HeLvL9TJ5C'
    '+rGd6TRgnjXQjyhZ9S7W/+PIHHUIc7tZHEcz0Q0ZMSynmv8dIhh/B3F+M9ocMZwn6z41Aia5T9CyEJi8vACad2/2xeqEHd7fxnBb'
    'nTC3Fcf1SyWK4x/gl8LeN8GrojQ+BbKoOdKul+7FPou82MaXyf7bETHOB8geMdGT7iO6K7L8nwEuLWSNqD73+4tUH9oGDhO9zbVp'
    'Lz2JxZU4BeJKvJfElVgFedshbYP0bZCugXRjOr/uNWnfxwvqJW+KaO84wvc/Hb7dPs9L7yB5dOUxXhmeCSeDr+Xvnet9W0W+/Sn4'
    'Hj1qt88z0/H/FxI6YQR4Wb8BXtkByDOXlP/De7z0jGHv2wzybfZF+d9qiCxClqtn8gmZX0WH2J7VFI9JWchmYY/HKF2eLgJdTNfy'
    'ekhfdOBNm/SpkPnS0WpVwvfpNSTcfACIiPM8Y4gHejR2G6OMhjgK7rj023YDmoL6ADKJKROme4n9U9lYqXSEMQZZRoO7qY9/ruu/'
    'W0NvUF8+dRnPzwE/Q1QxcFRzw21jwnxqUFvsDULtp/oIYe4/pRBYkLjyGIPxjRecYOwh03N+O1vr64Xed/a95R6tj7TYW2nPZULg'
    'bjxgPnd3KXfDkVxPN0qPmPtlon6dlirsdiYD7NN5WgiyOZWPi10ReswDmvedIty3GrVxUPnDyflZKfN8o7j6uTGZZ5XvtCGNXv+I'
    'Yr5KuUYqu02V/U41gz2MOTLfAq9x/4FDGpuUrhBbFZTx4t3tWrbmHRb3Ku4Xi563Kh9DqngpdP6uEeH+iQYs+xi15ngHmpmF4e85'
    '4iDqk8W1LxQuMHbMbBG057SxUeS4GO1umoS9X6xhts4zhO+/y8bmTodL6oWZjazpHDYY0o5HK3DiLqH2FRV21+8Q6hhnNvihcZKe'
    'PVH29O9IezqZLvi/ia2Tyv+ejv4Lg9sOzZnAY+3gfDfD3qB9m6k5C03wYr8F7lT5TsR4OqijuID1bbYw9//WI+xideIYaV+ahe+D'
    'Tkc7FOrb8YspD7+44GDKQ8c4UVRedBzjyXGcQ+vgZw/n51EYmsPmaS4pY8rT3clwtOoM3RVCwx8RgmNo3+aJ/HiMvRpamd6rG4S9'
    'rzTVPB0J79Zn1/g7BZ6zfFzzmazHRH7RzXgA68m8hN0h0OZ4ucHZZ0rTjWrOirB+mNbdo1iLozTw0qvoRyOkGQW/nO+PPmirVaj9'
    'AJjgbtqvQdJeVH/5GBewMRwtfD+ahdI+LSWizWj/F8K7gezLbzjsFxM5HJ3TPQrc1yj8+D6VDI/q7K1Vd8wwe+tFbJ2OhfbOEHa2'
    'uzb7QQdLhdKdNjG/TX24cDndBsBVhfI+Jjuvg8LIcfDu89ly73WkMxdH9CUj8n3F2tKZ/G4zV/j+APqFOp67CR438SGxhNGxc9nY'
    'l2rOKFu5Kd2nx5eYHgy7My1JeH13oSE4PzPKD1d/AXjB9K66DOBvnsF5HOVPwgRuVWeYKR6IOhspXC6Hd39H8qnu4aa0SDHGTud9'
    'Bcy767hNaMyoO08ToVttee18vlcyXv5ixstX+cnm+IB+53TvWaC35LLvCmmbrlkb4xfoeIz0DmVCL64S6pj289kcqmIBm8QKrCTy'
    '4J4C5MFTiYblcbiKfVcyPT84jdGnkQP/NuXp0RUih+oKOVdMxmpK8/aH8FYpPH4z5eHhQu4POp/sfC1N44uoYhjQPv9Jts+XTOJ1'
    'cL1rdBW49p0K+DWl2/kd7JTsHM9ITA55B9fVHbIYH5X1lQKfUT9iQxF3M65HQseI+htHGspMOgzhLIo+oLwYrg+4xwI/2/QpzMcd'
    '1Xddp8EHO0R4bIMBy3tGFG9UFadokOGRUYUOa9TcnwR62apYRTsMZUsu90NOL5viq52W9GYG3h2fffn3BIdzfjy9m9YzmqbCADap'
    'rSqP0a3jX1NYpLQOh6VOCx5SGA++mo2Tx1yvUdy1UP6NMp4WVsZEn79fwwvi8pt6Mn8Nmv3eL/JjnJXq7msbY3EB8Kx1+g6mvLRC'
    '4w83MjqlP1vua5qzwfbsicoz5HjvtfE7bXMP79DA3w2KeaT7ok0h/zWleYct5DsuZwOPJdrJ9tAMxvOayFh7xYiHzM86XdxR1JGR'
    'Ol5/Y4BzXfuGMvcM4dkOR/DrVPfCKJ/Q/ZMIv9nOFcdJs9ja7tCsbT/LV4jO1w5yRrvehYY095NOhX6jCX4wpVs4XyZB+DKbCuTL'
    'IJ17v/BjHJZBH587xre3qyRnMMUzS4TvJ2qeBnaHmLzOhA/Zw+Z0RMOzaiQwdgPITPF+Rtu4H1I5JnrfsbXLSEfYZaCfnfeUeC5c'
    '7Gd1MZLvJ3olfO2rDdae35uaSjSvuv2QJPvh7gL3g86eqk7o7bDoXL7+nsJ86hbsN2x6PTiNsGudnnRUBrleTyY82Qr6IFD5gOAw'
    'URkCEyofEOWEP5/zPzrm0xLy3y62XB9LeHoHLjDP/cnyMVSGjJ3v+WaRb9eO9w7qN+Aj4C9koC3/Pt7E7BqwzZe3g/7GJcH+7PsA'
    'pG16Hf+zE57vPt5/2hdajw3OqmZ7tpzADuJKIex9dFUqbA1kfb3n+Xd2F/yqyudi46iyQf+zHvs6dPNXOeafLbZ9o/tC2mM/6rAv'
    'SrW21HaiUHxSawlT1QoeTc5/XaeXfnJLPr8lPqsKOKv2Rp832mev2VnVTO5QFE5kOgh47TOQvsx8NT0GaQ+kl7SZ+W+RcLm1QNoK'
    '+Y3nX+mlZ2+FdAucC7cGYyJ87iqwm9+lzttC8l61JTwv1ff7+a7wPhRCv4X5yVmWzfSnDvOo8lWV1Jzjrr6qqP/y2I+cno4pla+q'
    'jLD3VYWxK+jZ91Hgd7jsVU6DZXq99JYbvbpPJt/mXOOlXTd5304k38phX90I35Yrvl3xCe/bseSOeR2ciSvu9dJn9/l+7DDPT+Db'
    '6Eehng8Gffrzei7aFrzP8nowD6cli7X3l4MOYs5/2t3gO+89+bo75SI/nrmOFqkZ82Mmu+yJn/V4aTXQw2/sgP5eYn4eXFpk+gr3'
    '1TZH+orf4bnfkznk2z3g9+Q7j/l0D8KF9JUm00+AX+KNLwTx6KfA3/knvlO882IjgR2EmedTHo8P50d1L+XjrAwZZyGx+TY63BNQ'
    '/2Im4LwEwX8udP09KQ9H83HLdB74ff6f/fbjknXvSXm2vNTPVTpirleGzPViA5iiMUvCxlNP5Awq+KO0zU3Qj/98VO1P2zVmSTFg'
    'wNU3H4WB+uw6PW/BO6T+pivZ3iuEBilVvao79goHHL/Scq3imCThMUkS0ygmCd1PJydluJx4P72V47Y9nn2xMeHNYRfMX9qBpzPx'
    'PutTxfdZ315C4UPI02BJW9vifPTXQeOhoP9RXTyUMiiXFMG4GSinu0X4vs2o7QGNf6LSL8Q8AyRPt0KXqB7e14mgf6owWSr6vtXp'
    '1Y0Kvc+nKFn9aUTPxtYmBnk2SE/Od6zHVS+E+hZQ2dUOCLX/piHGQ2qGe7otHqL0Nad5KwksdRHbCNqua+zOm4XnO1J1Pix1oLf2'
    'A93dAPFiXv2KXfn6r7nZJ2235Yc95Pv6dJk39CVQ7oCfHlnkJmuaCb8qEYzhlIzAWbZxi3+bsOvj1YxWmdrnZ3EP48MT4xqLMSoY'
    'Y5FjNarkFQs/5KVvngM+bG/10g/f7cHWIL3D35Wf999vhnMZ8nYRXIf1zgaZw+WUz3CXXx7jth72ucva30K+8fbOJN8WAC/3t9v8'
    'M4t/q73M9y2C3/5yG8TT6vW+nUC+HWLfllEZ5jn541uk+Ibjm69ob0FvMM7gIfaNxhn8Ach03rY1yAd7Bb79752F8+sK2d/TTOSZ'
    'YnLLBrc9nixIJmqzdtzHPuW9tzDee4zXI/C6t2ytRV9zg8+F3HVHsr3/THzGv6XPeC5D6QZ52D0DwfPo/Vvyv9Hz6NQb8r/R8+h3'
    'IINMK/TX8NuF7y9MLhOfR4rzSJTwPBLxeRSfR8U9j76fffHd+Dx6S59HaXbn/KNuiPF2g/p82kTyLuvJL8PzriN5vwB53rxXnXcF'
    'yXtnP+gUXqXOuzCkv/zMbAnpL89bq+jvFXvVeV1l2fG5GZ+bMa6c2uemjqdbpuDp/r9EEeN4Gx0hSRE/9DlA9397MWEijrtuIMMG'
    '0Y8bOZQoOr3DdTUF6Mctfix4V/7FU36eQni3qns/yq+l7h1vd+QRX3+ukDt6DJ9G8NnufAYlk0WFTycaITlticNUEVRZFE+7FW2I'
    '8qpThZstSY2GbrSV8f8e9BM+9rSlDQzBJaWkdWIaZyKf9pLSODq7iYa2wu0mcjrqu/LrRRsaaSdDz1vVOUr5ClwOTO/wXA5c9nEo'
    'ty/Id38YeBR79wX57pTfwPnunwW78fPvCZ7pqy720rrLCj/TdevR2Obrt7ucPTobojC/F4+JyWXrjPQdjwW8UARjAdM157GG6Zrz'
    'WMN0zTd1eem1VwbX/Mju/G+xb46pZe98nPBjblDfHBReEW4kjPD9XAq/G1H2cS57MeZTTU89sjJyZiHvXucDYiP59hDDaW8j3350'
    'vpee2xO0Q/v21UAXbPd1erl+2NMf9/1Uoh0D8tjPhvPrrO1B3j1tN3dut+WPrVYhE8A8YT5kYjxcMB4+pgA8HFm2WLz5mTFvftrz'
    '5nV0qsuZyPXyFyvwayXTh+e2IteLaJuTQZIHYxsOsHp2CL1dCsYbuVzRFu/PBcLMT3IXK/dO4du84DcTn95rhd4eZxXpL/X/S+OS'
    'LBalsZlRxWpU+T/kcaE7hPr8kHeFpYQOQzqxlDazNSLfLg9tqnS2gNRnhwq+lxRpz5WVYM+1AI5OAB6vhfLcDrEQvxQrHWmsSqH2'
    'OY1wfo4wi2vK44m2kz23U5jFFJDlVsNdVxV3pE/Y+f+mPmhd4i0hXUb36S6R7+sa/QKdKPS0WalglfIxXOyKVH3bRv7dCLKll/ar'
    '815egAxalp2lkCXZwDzavL3xNd9mY5niWyHytTTUc8GPgryTCx73/UZw3snFL/hj0/ndlf5l5wo3ezA6vhxf/RG1vXfYnbuawM+Z'
    'jvBj4r8pLB+3zdsp9P67dTGQOP7hsIrlXGH1rmyGT4pgXC5+xtrEV7Q5x3tFdGxV7vcdffgvF0Hf/SaxSGhZHmfJNM6viS9vHpM7'
    'qm/DIhgrThUbIixOQK/mjNDFj/qVCMZzCYPFPse+yDX9ZSo/LhHthyqeoorOGy6gH3xN+Fj7Qto0iStpukf4+vYLs7j2WAZtkVXx'
    'enkcg53CPIb4MFuvO7LrdaUwj/Ha7bgvaB+2FzjHuvhBOvjfLfSx3+l7vp86DOfXNO5NN5v7Y7Nzf7Zwi2vmcs7Ywki3CMZFKWTd'
    '+Hr1WvZJztmPs4fGjRHrPSz0sUhKNZ5muBtxnSN6V46K/0Nji+BdUdY7Q6EzzmO68bgmqjjI6KPfNr5OV8j8FYvm4fnkWl+RncDf'
    'Czd/lhi3rdaCzsMYdHWWNBGPjetCS/FYZaY0J/Xd2aKBiy6hjv+9U+TH6OE05wCZl6vgvqOLI07x7KCGr8TX9yzhx85xqRPt1eeN'
    'E+3N453oYtjvFG4xvFRzpPNJagIXVeQuSONdjRKYzQh1LLFqBT9zlNBUqphypn1TyQpkfdsTHk603e/If5tFvlFeVAvJv5jlbyB3'
    '7vWaPtaQcdYI89invRH3DRU8bCewY+vzHcdg4/O4icFMnVD7U9PFmab+4+md87+zv/9S7D8bvKg6awaEOqYbz7+Mnc08XmFDgX2j'
    '52ojuU8Xem9tBtks7WvTON5naew4Fc9smeKuPhpy91HN/cwizv0sMvfjcc9woZ2KdadSxUbbLtQx1HYLu1iFYXy2KkeZAu1fB8ON'
    'HZZnGfKtMI7qNQz2epiM6GgD+l7FF+A0Qo9CBkB5+5hvT4SMyhaHF0uuQ9dgj8WcHxfQtUi+pR8qGy+FH1hc0062NldY6Lskp7nC'
    'S25irypIUTtU84HLbOXZ9RyTK4t4D8V7KN5DxnsIzz/kZf0y4Z9Zqlg2cyzPymUW+VEn5khLmV6Hgr41LS/bPMJhXMdajov7Q4hx'
    'T4x74vM7eH6Xx+d3vIfiPWR1ftNYrVSH0ZTHWK+QV9CzG/mKGxhfsZLxFfmduEIE/X2ca9G3KN5Ab4icivKgBOEnU75RlHwzSn+v'
    'OYQ/30DkVLsM9RtVfAkaW70/+2Jnws2vQlOB84n+hWs18p9unQyd8V5deK4YY6mJ8XZMYrQPsP5wu9LcGiby4zemS2jz8lbAf+Rk'
    'aXA5atIGZ5CtnLkY8L/HAf77igT/lxYJ/s8E+QHVveK8327Glxxk6U6oaw2xPxix0LEbCbFNwNhrR1romKnk5aa8/QGNfJ/qYxTT'
    'DrWG6MT+mYMstRB5Sb9CDu7C41+pkW10W+plcT6+zZ3fRd9+PZFtbY+wiwmD2w5yth1jMUadfqUOH9isr04H/MaEF1OY4qpehf6V'
    'qd3DEElt1qtT0/aAZj0R752VreBzBnO8U2H3FFbGBu6TRO9eJWvqN1ib2UWGPZV/jDKiQ5EUQR+mxzKZGcfrPQpZW6n35HKiF1Vs'
    '+KwHmn+G5rzhMsUejX5iv4aHJ9/dl/39pUaPa0ij57hTsQds4BFpmnoRjLOl6scIo2MmM97KRMAy6tIVcy9h/Gc65kELHbEdFvip'
    'mHNVKexjKM215HNjTPDPQ1yYtq3R8bT/FvZWIXZRO8FX0Pc6fX0B/i1xvc+/r2TfxDn+31SXTr57X2d+3TT2OH7D8u/r1OsLqGzn'
    'VT6Y6BxivGtsrxr8NXwb/DdUXBS0AzsLxrS+J2gHht+uvCb6XKgi/aS06rvhXuAKF3jGULh4/TYfXijOpG1UCb3vN4rncKw3X+LP'
    'FV833Tzq9HaLQctT+8gyQsvXw9gqRLTNnCx7muJeR3EQtVM10U9X0eSd7Kww0enqM7yDmfZpSKhteT+Z8vGvqa6ZSseq2wL38zO+'
    'R2Orwvl6Q6SvPRb6YSqdU1Pbiu0ROpe6vr4j5clT5bv16fz2Tkl76Xvn+e1JL3k0XcPKnAZl3kfKnGpQ70aW50TIcxvJsyadnxd5'
    '0KdD3tvneekd8/w9VJvSw/tQiF66zZ1UBWd7oP3/Snp+L+W7NjbG1dDvvfP8PRI1JpP1Uek58nUxaYv22STvZliftWlv7A8lfTt6'
    'G/i3oc8GNfhjkOGPfUk/NutOjd7+iEX724XahwZvtz/p2xpgmZci6lft25fY+/vmB+O7yvbOS3r8ak7jh+F9fhf4N0hfIWPK8UbI'
    'WHY7rNVIBI7ie2d+0qNFbc43VTtdEe2kSTtRc9NJ0qhxv85w7WsJ/55pg4tU/M8XQcZjOhe83j0Rc/L1RPDOrbL5NT3Xef1/nfD5'
    'wh2avdSraDeKV/Bhg3oHLXnjyCM7gq0V1zMeLQItlLPTSvg2VUMKfolK/sDvq1tIHRyGrhdqW1m+Rqckgrz7lwn807I9BnMpcVaO'
    'H5Hw+RK6NeI+ihDu5xiU7dXg4qqEL5vpMMTf/6uQ56jmkfJOfiH8s2a8zvx60JNptTjbkZ5any6cVpDtP0J0+wc1/DM8p/6a5A2b'
    'V5n3U8I8Ru+HhXns3/cT+bvp2cx9kunuK4OKPBy2qE8yHX1+Obm/zr3HS/9mH/h3ucD3SZbR7OGzyd34Moi/VLbX90mm80l5Kvn2'
    'a/Dd+84b832S5fxDd+X7kFxFvsn8tL2lQh/reKHQx0ieR75ddHt+nbPIt5YP5n+ro/3cl/9N5dszaSlnC/PBrPL/rKuH8gsShBfv'
    'yi9ogToTwN+phfGgbWU9sQvM8YUUPA2dnk4h/bLF96VaB1t5ZguZE5k/yfSiJ2rOVOfcVJ+zygmYszB6bKrPZ6bE8xnDnttcmdw7'
    'pvp8pos0nyrbx6k6JzVFnpNS8ZKm+jyXjfM8x3BZfJ7jVJ/TxiLN6WSWd031Naot0RqNp3wj3ieTX9Ya75Pxlb1N9fkuL9J8h/Fh'
    'YxpPz8ON77Kll3XFc+wu44v37vSlh6pLMDfF1JmY6vPbXOT5fSvpYsZ7q7R6QlN9fqtKNL82+lFTfQ7rJmAOi6HvGsNuafTxYjrZ'
    'XY8t5gNEz10s4zbX74v3YnH1QeN77PTlGReLFiy2/nksqx0fG46YDn/r2X3FtMT4rvlUn+/6Is33dLNdjffRxNixxDqXQVuReE6C'
    'NjLxnARtg+I5CdpETfU5SRVpTqbDXBQLPqhdXDwnQXvAeE6CdpDxnATtP+M5Cdq9xnMStPeNZUDRtvPxHEX7DIhlFXo/BNOJzl1C'
    '5kb2Z8YXwd/jQ3bjNIlX7uJrUPpUP0HTNx7rddNBu3ZUfjbvOOilix4L+p38MHxb9UTQ7+TnvgDpfr3vaZ3fRGo7f61w8x2s0nsf'
    'idAb0sUxwTmZIdS+qXkM4z6mF8ZjgksfGvNYXds1thEDwtw2ZVjTnmxrrgi3DTPRC+0T+lirujV+KunJg6jfU/Spc41mfW4Q+T5g'
    'MP5amA/mKD2mKL9L3C8qjQ+DPjmaFOM3jU+Lc7Ra+L6JRwpYC6xv/jjDksrH9eak5yMZY9FQfbM+ossaNkYsq/Obq9OJN/WrzP3G'
    'H5WtuDphH19B6g8vZTiT+9s2gWuELx67ptdyjWg93Jctxmx8B+sv+sheIIJ2WS5wSNfZVO9Z9vdI4ftVK8W+1s0NxqVqBJjLwJqq'
    '4L6ngPZtbdui9t6sIp5BdD6qAU5WMTipEeZx4nmsG5vY7HTMrri1Ec4Vm3gsKpppgYLmmpl9sVnY4wo6J6+KfJvTvhBdikJiuNjE'
    'uu8NgTe6rjcIfax2rh8s5+sZgEfXWOcu+ihh9hSTZQ+Xcn1t66E20HLNtmV/l0yCfUzXsd+wfRXtMF/k+7KvAhxB/cK50CnUr7yO'
    '5uL4tV5E+4mvBBzcTPJkhO//bxRSpB06RdDHPern95O8tN0mcp+hd+/jIV3O6Hek2el9Nsn4BFXszMCYeS0ReHa9yI8/g20kDdrA'
    'uFthfKDHNLqVI0IfC5KuZ5cin+l+08G4KubkTPZ9uXCPAdcuvJic/Nzne6oY4+kQQb8LNjiS072FxL7j90463gFLvKnCZdyfzZAw'
    'i9WiKjPK8IVJ/LpDbN4eSfpnsimepX3RxdrqJ301rWvQYTw9Qh1/aNCg7LDleKPWWuWLwpR+GhDmcQSvZet/yOCcWZtd51850FGc'
    '12LKj+RxaUeZPno5o9W6hTp+fcqSd4v8laPZGh8Satu1AcM9zPnNYWVwHFvJXbCTtduvuWtxPyYdlnDs0k9Z9ljNfO3Q3DGuN+gX'
    't0Gw7RfnD7nELSsTvt81GtuJ+1dE3mCdATxwX+K1wvdBzeGL59XFCIoakyp2kazv9OzHWx32da3w41RXkPv5MlJPDdGLpfkxH9Je'
    'qj7WkHEij6jOAschvSn7MVtzdh4Sbv6wVDwcm3hU6y15fE0MNqs0NKnuzoF8lSbGS/hG9veEBn+U8t6q4xtSfDaouYcNKPAghSeT'
    'epCfVGyaF+OSqfD1KBu/zf0d65exUVeM492gWPNC90qton6V7WzY+hXCa+AxEnT3YK5vKOu5X/j+4/FceO4Y790icvddLPJtEZco'
    'ZF8cPhDv77GAjx5GO3PcZINjWthdn4+5QTHmaoMx0/u+TX9OUsim08KP3aeiGTHekK1Mm/IflqM8u9VeD9+kj00OfGGdngLivBUO'
    'Y6b3/gaotwbO50pUgDpfCKJ+EHjqAfZ2kH7IYlcRu4nLYPypXMPJt/RD5+4PHmpRPIez7RUOD6d95Z64Ed6fHK/3tF/vGSI/7qsJ'
    'LsiwewiWOYwkQuDh9wweymJ4mBTw8HEiU+9Q6MxwGZULrRHFMxol+ObEr4Ku5yPetwHy7cxhL307xPzpITo2HSH6PiZ+y3o1dN85'
    'hGYZUdDqpjxHTn8PGtKgUXMn+SlHafrXJez9upnqRNCYRCZxhauB9pVl9gszW9UoG9VTiR13lF3sWRH2zWgDLdN1aTtbzqi2N6fz'
    '53hj2m+Py1f49wBuhLkNxQjxI5IJs3wVindUF1DO/aWEP83XR6Znpj24TkGZRnIXwjVfz8rwOk5OR8c65zHZ00zHU6f72B2hr9TP'
    '7p22dswnp/P/PoHZreMYN6T1+ngcb2A8sArAHXhf+mKbEC9nf69nf8+0BdeuAfLI9GVIX4dU5s+QtRmE99XneunjoEM/AO/3fcBL'
    'X/mAV2YD8OSaCe1D70gy70fafPhpYnINPMfuhfj2p94QvB//ZoeXng19+Nrdarig64/1XoL9bgvWuxe+7Wzzx266FpTXMQPaOwJ1'
    'j6710ge71brY//LHXlp5d1DfOgPz+7936nVx307GgLZUaOu95BqI8yv8mOATQcPo6Atbme0uEfTRacp7WgT19z3opU990Y7XfPEL'
    '6vVb+4SXfuzpYBzCtof06/ZL0qeRR7z0M096acVjUP4H4fiN75uXoPyD3wnCEh23ar/Id98BWjdnZ/AdL214OL8PVRoci+187Fm4'
    '5Oy36wPurc8Dr8xFjsLpgGgiP6YI8p/2NP0jKneYnKScyaku+64PAzb7jsPTfFInh1HXOk1hNBOBb6it4yzFfc2mj+lnwMbvoNfm'
    'r1PeuYrvcvjha176nz+0q7viIS898C2v7pdSnn5gbk6eybcDugvm456DdrzWDiZjzudfRD/JxPR9lJeUoqCidIB/cXV2wk80lDXZ'
    'wNAlL3jpl58MPx/4eclhj+69EYC5+5/Wn5trsuP5U4Vsg56HSA/tPwB7+SkfhuthDlB+dv1B/6yV6UkP55+la7/qlZkr/DjU9Btv'
    'p57wAOW7Wc/4tEBuX+/30g/A/G34qvo8brJcj19+yUsvf8yu3J2AQ9b+qPQ2nyb1VhFIrgW4mg24+r4X3eqsFr6tLPaVxktezvbM'
    'p5IeD0ZF38z7mr9+PM71Yz/00h98y78v1irKyfRRTZn6kDIfWqUuo9PPMVn/6w/a0VhdMG9pQzw+jZF6KoB03dnN3tMagtA1j1z/'
    'XyQ8nIa0f+7chnvJJkva6A0HfCDzvwPavf1gPq79VjbDaUhbgG3zZc+70UIXTBIcVS18f3gm+OTOhE+7fXeR3dj/B86LBkgfg7Ps'
    'KrDdvjabcdDB5lGlv7/Bci6agf7l+n6UxrgfUqnrQOloW9n9tYDnZkL9fTDfZVNMHpYyf9I28rD29tLJw8YcnnqFPM1Gp6KC7dlj'
    'IS0fc9MXxDsJ6nfGMlWFTLWEMETxzAqRb6dbGaKbXQ/0X60iTwPR49vJ9HsriX7xzhDd3+oCceYpwt3vhwnfcga089mDdufGHXBm'
    'fgfOiTMKqOuZr/hnkKzrROGfZweAXvgxnO1XfcWubrwXiW/l249nyH3rCbhffeXJ/LHd/3i+vgXyaWV686PqvElCN+nmn/rVuQx1'
    'xJ6z54NQ/knrwfz7MM7fTZbzJcch0wSMawPQW5fBOi8j6ywvMTZ1bwLa4hnQLZhD+ula148f8euU6auP6O/2vUlPnlHIfDf8MJ/f'
    'xvfrxQftaZxZCj5Dbs6f9WHM5mzD+72Kbm4HunlR0pNz2NJ1so6TW+3GN4P1L034MTbjKiPjwn0teSNhMoxydr+m614PVyLk56yF'
    'uXppfz6fqJnwW5HfIu8xNnM27xmf3tbxfQ8kPH1cmW/oi/k8K5TVmLb35R/4dxrE0y77bO/feenvod9/kvDlSvcc9HGzFX/8acCh'
    'sIcve8Gu/Bf25/dpmPTpN1/zeWcu91KEK1u8iXj4swBXZyd8Wdc6uCtf/EQQp9q0cTusxcVwXt5JeKQqHLgs4eFYLnfIwdULjvd2'
    'Jo+cQeae3h3p3jRtg/KdbMpR+abs08+F5/OsEHh45Uvu8EBtoRDv/ORJX+7B+dKcluI2S/LdV4jO+wis+28tZT6q9XGBw188lb8P'
    'l3xJDX93gSyf0uKNQm0/t1uE+8JAWfxRQMNxe/VCbE1Q32AgQv7P6fkoWz5dfBuTcoX4MIqKG4h2MAsdz38uw7OloSR/DveEiU+/'
    'MoAfymej/LAVCl0gG/8T9N7YwnSLouylbf1cuLTDZQSr8FwRQVyyGukjobYxMvWVUUZ088LseD6bsue/NMPdm+q1o07LMuh3N3m3'
    'At5dRd7dJHwfNNzOF+2rLhBBu+AtJP8o4wOcKXzfEh0avdwo/w2ynrfBeLHdqPxLSZ9OSOePeSG5e7bXeelxkC6CdHVdvg2t6l6y'
    'zHKNkM9ciG1Yh4J3S+H4mKd9/rts512Kb9/8Edg/Uz10iKtx9lbv28mKb3dd6fMS8FvVOX6eehgffqtm345VwFU/OYMy7BzDb8i/'
    'pzC0QuTbwK4QanvysLw6e/KodWgi9IgNrrLhfdL9ux76u5G8O32H78MU3/2q23t3AnmH58EK4duQ95I2w3AR3uXmi3ybpxZL/FdG'
    '/qb84RWKvAnhZseJ9JANTkZ/ewvZvNdb7unyrfk60rb3D44PZJ/e48CDN5GfPbfHjbdfYzm3tUWaW9lf17mteDY4tzi/ZzjKOOoI'
    'vlXhsZUheGyxBR470gKPNRF+/KgI+hTkvPVe4ftiU/lIwzl6b8INBvk5uZjMH/qt/hyTI4wyGpv7VaN3in5RmM13rbVu23TWbAPd'
    'tsXF0WEL0zu19dmejKCTZ0bA3XpWZxTeagJ4+ircDan8MS1im86Jsunk/iXRPxTisxvYt7MI3jH1s4f1IO1bKdQ+pjDPakJPbTCw'
    'l1sPdkLHkL7tNuCjbGdjo776TMpTX1g6nN+o2T9LRL7fBpX9Y6G8BBNagsugC+ERcD+XJuXLNPOzIoS+1Y3flF8V3/Xiu15814vv'
    'evFdL77rxXe9+K4X3/Xiu15814vveuNx1+P3vAy551WLfB+4s+EesFKxxzJwtpnuc2o7hnXayJ1xPddZlLGiMXqKj9ts2v9Zd/56'
    'lhEa0GQ9bOSM/6GhLRfjXIz5a/NjyJeCvM9Du02i2E8CBp9KH1ZOFLnOZVC3oTKqiqqwj9Xk3zVkZut804gGIahzuIJHxG2IGxr0'
    'mVutqq4wxsWOdsyt9CIX+jTY9djoSfoAavskA8eOw9PgPNCE5RzxPYj6rJVj9joExcZLtYLbdY3Dk0xNVvI6bUwkOz3tJlR4ZNu2'
    'sBJFSzfD2etypkl+SlgMIR3NsUJzxhWiq7ayQP7ySqZbduQ46phRO3SbMtwOPYqXvTLWVYt11WJdtVh+EcsvYvlFLL+I5Rex/CKW'
    'X8Tyi1h+EcsvYvnFJNZVo/yEGoJbK9j9dn2IzhrG4aNyija41+toU+7rYrWi/AkkL/ex0EjwAC2zJqRNHvvThFZIi/x43B0WsIhn'
    'm7Rjr1aUp3almPeuhB1sUdiQ5W8i5Tsd+tpHync7lL+M9d+2/OZEYft+QyKaHjkhEU2PLE34uGGnRf/nkXLXWJSrI33qFfm+fjBP'
    'WcIslmgPK/drguc6LfokY2HOEIXbBsu6fkT60G9QbieUe4aUM8W1stzjluWwn/tJORu4/XNy3uj29r2k7iGLuv+I1D2kqfsWEfQ9'
    'xfOMWq4BlutRnKW87itI3dst6j5X0e9ulucMxdzyPKeQPLs1edYY0ATLHGmC+YSW4e02K+6T+K2BfOtk3+h9T3dfQv400gU8bqPN'
    'XXsxoSESQKfMJDQE0hO2crVCea7oZ4zTLklCu1QIfUxjbLc9Qs+8jvGwaFuVEW3VFUHW0gx0jIp/iHyCOgWcIX+A5n88hEdtomPf'
    'yGh36v/CtB4eE2WBMI+TQfeJaUzcfpHvB4P69ZBz8YFK3wdYAmQEayFdAGkrkR3IdD6kqyCdA2kLpJtBxjBc6cfTsR1f2Bj4Gl9c'
    '6fHZTdsp5vytq/Rj1fKYy7uK2M5RlX6cM5O43p1FbFuUaB15O/9a4c/lDlZ2l9D7p4kaJ405l4uDUuH7E0NYPgbSxZBWQHpiXf7e'
    'wD1wNIF9WeejFX4cKhUc2MDzZ0hdXYoz2aauD5O6+JzydRhl9zHus+aWkH51WvZrZwHzxeHmYkW/Dhn2i9f1jgLGyOtaXeHHOXeZ'
    '+zC4zsUsIPV3Cfu4S1FrlIT6bfCqyfzgPnwtUzgMYF0vZtz3DK/rm5ngeaKic9eQWHamMeO2QJlVLEbcFqCZPzsBbW+Gtt+f8X2L'
    'LmD4bzajDeZE4MPrMr6vMRfYl3VsJ3UMKu7/9L0Ohs8jdVzD2hkwxHvtin50WvZjpcV8dGvgcr5BP0YjcFJtxqOnw+bDhm7B8f26'
    '3K93B8PBu4R57Dle78uKeruLUO+3y4PzMGpQjyq+Lr2DfrncHlb4Gn2mPHqNXM6LPy73fC/Tcj3CLJYvh7EoPaXrDMbgQrtdrpjf'
    'UcM9gHVsJn3blFbHsVXFx21XxCyluPttRa4X8XJrtvDRIj8mblh9GH/07RG8GtNzow368YcyT34fFrMY+T/FOg9fHsc2cb6/Weat'
    'Y1T8ZTyDeWxb3VgeKnK92N9PlPkxhfDcXlPn80hyenN1+TyTfaRMO7vvY5mjWZlbynxdB35vWqLhFaRJ3bKOfkVfT4xo9yrSLt7D'
    'FrJ7WV1Eu1tIHUtZuxlIj4+o4xRFPzgP5OgIumg5qaNFU8dxEf2YV+br3dicD7nzX1H2VVZ2QHNm/iHt8T5pvaOO50iO/lfU1yPM'
    '4q/z8zQnTyH1bWH0sUncc75fnyxSfbhPH0r7c495TmV512jOlr9wKIvt3pP2dZPH+/yQ7Q+RedyYjsblUWfCZUWqD+fnzLQvd1hQ'
    'p8Yzur24Lu3L6xdE4NwVJG+C5Z3P8i5U9GmN5u7F+zSTlOW4fUkEfiojfZwfMZ7fpfTj4Xn/m+RdGpH31ZB6+dnw45Q/1lnsjroo'
    'Yp7+gbQzK6JPX0/p54X36Uskb0tEvfen/Ng3/Rp9iGEmj/tUKt/2gPJchw3vMLKeD4a0PczuLr1Q5mZSpjvkvKB4ecignRtYmU7F'
    'GLc7jPE8Us817MwaMKgH+3NqSD19FvUsV4xrl8O4jjCYU343rTMo82+svwlSRjV/VDcDy7yR1Jfp05T5t6SP0zekg+eo7V3lh0lf'
    'v6if0Tl8Pz2T9GW9tjAiyz8WUr7PoPznoLyLfCVH/5Ox6tYIeQsfCsnbx/he71XMYQfJQ9dvt6JeFV8pp09F8obximTejmRQ90nH'
    '81DxIc7TrE3UPhuA8qc5lsd9uioZ1HNDvsWbbB2PDck7yvIeoZkXUzxUnfTxkOt+k/X8lujxrYXy5xBamdJtPzfIizTZKyF5OW38'
    'jwZ5sd5nIVZnsfnrsu6/Jfpqqj0g8zxI8qj4wDn+XyKok/Mq2xefJHlUNIDM85FEvm6TCYzIcrcrxjHKxnFjSB6E/WFFH+l9MRe/'
    '3FB/j+K+nC0nqXtQoxu4leRRyZdydoQkT5dG/6ldsR78Xn1SSB7EpysUfeb6TYtC+tNJ9CkrQ2gwjAtUGUI/yTxVijw9/PwnMGSq'
    'dyDLvS6CdXPc/poIjvUQq+dlEYThbgMY/qHQj20U8vxDSB5cjyeEfr8iDD0m7GAY635ABOGB4/m/JOM35UHIch8l5Ux50bLcHaRP'
    'qnOhHuypK0N4EfUwfl09iLevCcmzDvJ0kDyqMyMn/w/Jc3Lat+Wus+SB5M5/xdpGnRdoqzqriHxr1Kess+R74N24zpLvzPUpUyLc'
    'r22YTmNG5PsaiNKRo/ZxaaLnSNuj/Sumbp6saxHTN6xW3N2prtAKhe3G/Ii8trZ9TcIsFlGD0PuJUPmQWCPiOEWx74fY90Ps+yH2'
    '/WCD/2LfD7Hvh9j3Q+z7Ifb9EPt+MIGf2PdD7PtBsDtq7Pth8vl+qHKwaYzt+GI7vtiOL7bji+34Yju+2I4vtuOL7fhiO77Yji+2'
    '44vt+GI7vtiOL7bji+34Yju+2I4vtuOL7fhiO77Yji+244vt+GI7vtiOL7bji+34Yju+2I4vtuOL7fhiO77Yji+244vt+GI7vlLb'
    '8SUM7PhMbOVcYx83g80M1Z+vseA10rgRAwTn8LgRw+wb1RUfYXdhbrcUZRNlEivgWTZGfqYMsnOYxvPg8i88C8LieeA41yjq6WX4'
    'ksbz2GEhd5xviB+5fV2DYTlOm1AdeLQRK491lidMZ9nV/tc2NkaUjWsxY6GjHWtsoxrbqMY2qrGNamyjGtuoxjaqsY1qbKMa26jG'
    'NqqxjWpsoxrbqE42G1WM8ZmGPYW4tRJ4lRXQFo1VfmVBeHh6Y+XcnLa77RMzLJzPw3JZg+l9EnprcLso6DnalIdlwovie46udSVZ'
    'wzLgU3QAjhLk3Kokdy/MJ+UQlxq0I3Hsr+D9bcL3v3ctO0/7AIbKAIamCpykzJ+0FT2lORflWpuBkT7nmMNTr4DBWkJfm+AehKch'
    'Ak/xugfXXbHmtxa65sVcd/nuwuw/zk946/nPhK8T7+u33r6OaYDgOqfHgQaIcen0wKVJ8jeloRLkftRL9mYXrLMLjCXCtmeyNHuh'
    'JI9XdcpkFV0eVflEBD1ezfhT5URe2UDwKd6Pqyz4WggDIoaBSQsDfP+myf5V+eCqVfAfsQzCTSJE1lZreM+LajsNskFBeEstAF8J'
    'kh/vfmK/EPe9qObt83a4TGWjRf5aeDdL+HbsS1g+uu9mEpkVL6PiS9muFx/LuZBeQOQppvdy23t1BalH1jsb9ElWEz6cGGd9Exu5'
    'Ti20PRtk/Cuh/U0P28tpXfT1Cu3n80/b9zNt2U/U35lToMzzpoNemYxCX4fLiV90kNEhjpD13wljuh3GUyGm2pNQyBokxKTLDr8u'
    'x51VgiZNn2TBNcDKmb0067K+qIS1n4DQphZ0w6qKO4vhXUx6dAHG3Qh9yicdUDrz8FvpwWEPC8Gnwg1I64EngDRw7wXe13rQTcH3'
    'q+7x358b6xcXTb9Y4u9Y3jwx8makMfGM/XGsjxvr42rW+HjFGtP1kWNbQGguWc8RjFaPoi1Rl8WUtqd3JBXNGOsQxzrEsQ5xrEMc'
    '6xDHOsSxDnGsQxzrEMc6xLEOcaxDXGod4qjvXFZSOUVlJbKtkSsmj0wkR8f0lF72YdOfn3V7+HexAw1FadKKMX8v4JrWQL4UkQfN'
    'IvCWk+WPqevj35GOWebIA4rv2vFdO75rx3ft+K4d37Xju3Z8147v2vFdO75rx3ftibDXTcFeLoaPrAyR2Z4v8n3Sn8bOuwdC8m5m'
    'ef+C6FLwvEMR7dxD2nkXpAOQdrK8d5C82IcRSLtY3htgTuS7t0M6yPJcK/w4NDzPsKL/9aQd2ofNpI4wP2co+z+K6bLiGPZElKd6'
    '7arxR7W9htAHmxk897O/sd5uUj/uLVyDM1jZ7XiXhbxzyD31NFIG6Z8Mg5nTGD2Si7OQDqZ0b6VRP1r4/iBRhxnhH/cKzgfqN+D9'
    'rxxSbhdCeVt4x0J9dPnbQLS6NkB9i+DvBSLfp60uDtweRsd2W+xnSoOOMFx62Pc4wWVhefEeQ+fsFDJXR5F1PxXKXa9pc6aizW5G'
    'y3cZtMltdCoIjyhsHeQ6fYjQRHxPrFTgw14G9wjTOKZdiry4NzrYHtlJ8m5neKWL7HXUHaplbfM92Efaq4f9Us362c3KdBDdoXp2'
    'HncyHHc1w3VI868jfbtOgatUfZP7bIYGh/SzdvrY/I2wuuYQHssQga0Mm9thxpfCNaI6/qtA/4nDFp7XiQhYQZxC7fW57QAtL+Fz'
    'JsBzgsC2LSwXo08N7E5A7Uyzb1OSrtTRlngPmMPu6JynVcN4ubQ9ysvdwPY55dU3RYxXN4dyLaWfe5M5vCfhwZBuXXbDmLCuKiyr'
    'uaOmIE1P69trWWLsibG7qa70T6WtVmvhivCHn/aI0r8B5crs89OU9RVnL8LrSLym02pNcd/eqti3mWm8xmXwhOcqT4z9Ns+ieu/Y'
    'RKzxrfo1NrUHjdrXN8Vr/pZac9z3Vyr2fewPI5EQaw+7qcg9rcLhicDJsQ+S8Z9zMzo1ZA2kO4+y6S1naWNylsXMkNP6aQr7WGUt'
    'pwk+NW18X43Eazqt1hT3bR3bt5X+gEIbCtzbI/Lr/NqE6S8cL3z7Kvqdy/FahO/LAu/4FSLfZyjnt9rKt/ewPtjsB7snSUnD0j5p'
    '1S2sAN8ui91kyqZCQmu/Ag3mX8J0llRwGNN7BjCxqpAFrDgvKkdM743/nKNsCuG/RwH/aQecOM3WJmVwaw19ku64LW9/dMVrMqnW'
    'BPdNg47uasvt2L2686+GrG2tQznVvpW0z9SFkVTRcWiyxP7To8Bn6u/b6bcmsc/76DW6vbArsJXP+6g7WxidkozPxLwzsZR7K2lw'
    'vYvplMm3Jhnh+/zk+8tEV03F65FlfibUfqpt1jc1vdY7Xeh6R4nAigEPaeB5IWxcA+u4w2LfTvN1pGdgq+MNPPwM/HQ0f8xmj+b+'
    'zv7jbtWenHKPytlhMpWegJ402FwOG4yvjoGRhvHOUb892eZ/TxMxQ6H4vR50MK9l7b76iJd+zNJXbkxPK3BJYWAYSU+rzuzpwxeI'
    '6eR4TUq/JhK/Xc3wWFdME40fX+DTZudlMfgG+fKNZOqt/ODccl199wgb9k9wr8VrMtFrEqlXEtI/pV5JRP4wvZJakW+zhjohYfFk'
    'I+Uzqdzfn1OR7BVMf6DWoVzYeD7JxvNxKFdlpJMlOQ1l5fh3ZlqdMhW5af7jF3PhBtbCLzuxe23u3id80wrS6w1UJw+UHbjT+/dV'
    'kXqYLaE3xfKx18Ov/hE60MkZublZrLtq6mLGas8/B7wwUX4KLIqlRJGfsaI+EedfvCYTvia4b+5W7Bs4C7K4OAkLlo5UKigrD5mr'
    'zKRZo2g8m0yOy0rZ1mHbcvCrTTn193oFXXtXDDMxzFjADOKdjlgfdUJ0Iytg/nH/XhHP/YTMPeffIF1URu5RdeweVUn0vDHm3wpW'
    'L9rmtxO5C62jnOTnuuLSX0EjyU/jRNrU0xRxP2xkdUl6fpaw862A9dcwPDIr4u6M8xiVj/c/w9YlzdbFpD7buJu2fR2GepJQ76xY'
    'd2HK6C5wndlBWPd4/abe+mWE7++3nOxH7ldsNstH8e6xrX6+mpB8i1rd/RKHyeVVvsNdZROVChyNvsduJTBfrvnGcXFS+D7hq8jf'
    '1G8R+vXh5wWPn4z81xTjv3LfQC/J72yuMB/6DZL/PpD9/XMIjzQF8HFVrEugpr/2Ht6mwP+z4o3KuU5HcUPlOs3U6JTQPbAc0hmt'
    '/jeVDkqYPmElwQfUH+b9kD53jF/PIkLjoYliJ9mPMo902zlX5PvEQx956AsPfeNFxf+kfoupjztTHcneIsiRp9mj4QHaHVuhAGxQ'
    'VT3grrOFnY9T9A/HfdMtJd/Q5xz6DV9IvqGvvgECqxmR78sO/QLOUnzDOusU7Y2IYJzwlzTnngldzW2zqf/FQuvhe+ePFLyOCi9D'
    'Ui+TSU8S9caSBJy2CK1t7aO5qSKHGRcG+V4GF3gzMrIiP2OFPb1Jeai3xzARw4SCR6rinXQwvJRHPzrI1abRE8mEL4YeHfdvTPF6'
    '7t7yj9m1+am/t8sU78PWV3fu1Cvar2T8HnkmbhP5MaIyhEe3TeT79FwMZ97lhD91ObQ1Q/g+rxdHnImqeMxRfojLyVi2EYJ/G2sr'
    'LcJjP1+umU+8h1Zp7lnT/S4Vec8SwbgI2WW91Vx25YbDygkvQ8XfNuF1Ut/DKp//clC/IvlMYdcm/lWriI7Z0K25pw0I35c358GE'
    '1Yl8ns8LP459v8EdD9vjcWy6HdvfR+6gpu27tHOt8OPm9bI5HCV3XJe6LwUcx+MRudR1BsAt9VvfQe7iLnWuJmPfzeAJ052OdR8h'
    'PL/U1Ac9h80RMjcubdjeyeic9ZA+0bggFya9uS7FfsY7JcblOoq8wzhoc8m9VMauy+le7vfPS8x/00H/Hovvfv9MMFbnvP1e+vzT'
    'bvxbGkuxLunFxSjl3GC8s9XkHcaXo7EV5TuZ/sXH8mMrynf1l+XHAzyKfJNxA2X60Xv9eGrYzpJLgvP8s+7gPPdeEJznVffk15sk'
    '9AbGlPz7hMfrlXC3i+2JYQs4tp1/E75Mi8VZs5PhxwGGl7rJe4wnNLtIZwmtdxHUG9XvEcv+YrwCHj+I4g1eJkl4M5sSnm/7qHEi'
    'D6yV4HH6d8cEwkRYPqoHkKOhEl7MTXrOdTC6pHuKjOUF4cU0oGN5eYr0/f8Izxa9FPhhpvBjfcl0LaQbIX07xACrQDwLMYFun+el'
    'd8zz98c84ccOOwPKt0XEEKsnuhg034mQ7zYSa2xj2vysq3OYDzruNkhP0oyD90/2S+KG+YTuoPKUbgt81k3ODh1dSGmb+TD3tN1r'
    'CG40aZfipwF2hu0W6hhrOv0j1d0pLD7hcYLZw7RDlRomk2ncQxs6JSrO6CqhjzO6lJSncVNpngUkz5AmT6njQSeIfITynrhNj2ou'
    'eTk5n1HlXH3WRvG4bOjOZWSP4LuTRTDW0bFEjlNL1oXKkTBGXhdbN9reTY76FKUY83mKMW9WjPkMRf9Pd5iHNYoyoxFlMHYwLUPj'
    'atG8R8Jc0LwcF85U5OlmeaoVeeS5p8JxE7l+VynWb5ti/d5D3j2qWPsPrQqufaItuPYrNWtP8RqlscPWXkeXh609Pfui1n6xwdov'
    'Nlj7xSVY+4zl2tNYhhizawHTI1kOPIQyUl+KlF/O0lOEH0/2XOHHDwujBTLkTOGxEvvIfPJ4g50WOiNDGl2RRsafNYnrFjYfGwhM'
    'H+vAGznFUJfFZX8jjv1f8m5mq/fuN+TdDHj3OtHtaWXr3Ap1vabIc3Rrfp6XYY9S+imsz7LM85J3Q/CSzXibLGhexC87SCrb/xvC'
    'ax1mOGJIwWvR0dGyrk8Jz9GCiq8+rGgjqu9DIbx5zkugMH8DuXd1kzKmMY8H2bh2AC1jyucZMGiLt3E27FGK14c095MRxdjwfnQU'
    'K4t1bSd4JqxvUWPs1bR9JPCuTdeUyl+i5qpD5Mdi5XEuw/BI2hKPmMSkNtmbh/mbkK4TQd7nakjb2BhUtL7qnZRBbHS4j4XpUZrW'
    '0QxrPt5jbmJ6YFH91NnyUF3JERH7GCtQL1gQtn1xdSot1obyoG3O4GLRIA2ML1PonSZhWb7Msnys6x4C062Hp9VB170lEqY5XlxP'
    'UhcZbSM5E26G8njn6YA1vlz4dkvxOo/fOs+BdUkTPSsdLx3P5DRRUwyTXSTJudgYcea54If1Gpp72ILW/XcF7d9goSdjQnfT+l5i'
    'f18Top8i5/BQrcdfofcjrh/Uy/jGrYp5oe9d6W/aZocFjfw6k6t+qdaXLYbdH8Z7LCMWdyMcy23ZsZyquDeZ2M+Yysw7GB+mTyNb'
    'Hu971em1/h68gbXdp+Dp0XwjCrk41UPg8v2OIowlar67FbyEnCycjPN3bHwmMNOv2Z9cnu46ZjqvhezL72YR7Lvg3alM5nkKyDzf'
    'Oy84l1yuK8ufDLLTNWkz2S7mxbRBoSvJ+yDzriIya9P+roZvezX9pX1aS97LObqjxrtzq/gF/WzfdTB4GlXw0yk86GTAfG/0Gqwt'
    'nh+X1Hh33lLBbjFh9t8gfYXg05ysoMa7kxd6HtP+d2vWoE+Y2z4OaM4kzi//TbUnJ6Y6YnyNf6Xgger4iLbnW28EzkX7ue9W+/M8'
    'WfFxWP//vDqfVjLZI7b6EeN9xl5d7cmDTM9UFTy+GsGjHtbI7HqgD2dWe/0v5v6zoYPD9taCau9OEnXGtBnqMmFe2uapRB+Knjkn'
    'szNiPdMfeif7vhbOkDeyl9xjxoEG6NLg7m7Gs/7+OPdnULOPsT/7J7g/fH7uzPbnTBFNX5jAVrsFXdRG4Mq0foS19gLpoTZDukrO'
    'T3uVL1vrmAA4Rvw/f5z6MRjRj99XevImCrcPzs/X1+L6dr0s34gG7/2O1JuT61bm36VNZfAu9+WdZD4KOdd3KuhgOZaHKv1zptvi'
    'jO60oIu7FbSbig7ktMUfVfp0f5/hPKjWkdvNmKzZDotxId2wrdKnOScrzZzTraz0cf1E08Y5+UylJ6eW+Y+o89KFkK6CdG6d+vta'
    'SDOQLoL0TEhXQ7qU5Z9Z57X984rgfneBMVcZ/XcrSsNXM8XfD5W4/ahz/o8nqH0c/0CFZ/8y3vcM2ifO33xXhSdLl3mOY/tgDqTN'
    'kK5h8N4O6TxIj4b0NEjns/1zJuyDZRU+7prMfMEkWS+bs5fXx/lFvSH8o7A2ZJ/+KeN5q3DRLyr2ffzxjKd7bXuejyj2J+dbhbX7'
    'qYx/Z56I+6rsw40ZT/8win9pc7ccL3p+c8ajX3PyPrbnj2B7eyaksxzPvFUhbc3XtNXs2NZs0pYLbqLlFkB6Evu+HNp6s9yH/fG6'
    '4+f2/zi3izzar5f7eMdGn1GFC03L6u4RnyrP3/+loLcPRfClbiz37LK4rqitTqwp7XAlmf+JloluKPd9ELjQojo5Q84+uIh1837X'
    'lXt/T0acLfv3r2WevgbFUwlI3wXpJkiTjjjy2TIfbjvGAW88TNrbztarQ0MndTvgF4Sfe8t83FBMms2GRhshfZgIPofsw/llpceR'
    'nRFrv7rM938ywPgEL2l0HBoTXppKqGUVR5b5PmZc8K4prkiR+SsE395QwP3jX9LBsbr0Ieoseybt4VwbvGNKJz1M6j6d0V5LGW25'
    '2bLuP0v7NgfFooWi4OgQnv9p33alEB6wrKu3SOvcGUE7nlPidnDfn5ieOFuQWWRdrmdtf1bDe8c+3Tef+QchdYXhJRM+/n+nPP93'
    'E6nvEnUvfDrlw0e7xlfCBlbvuxza2Z/y7Y06Ge47ZIizPpny+FbjxQeRbd6S8nSiS8HvyNl6pXx44z5rTGX8WNf5ZH7GSybxNtLm'
    'eOhK5vSbCSwNhdBsYbBUQdZ1WLNW3Rb8ej4vv0j69a+N2E8bHfbTPyY9uehE4hbZj79NevBL7yUoK7HhLcu67kv6fkYvexbk4M/k'
    '28A+9ZSXDn0RfAoc9NLHnvPq+EhSj2e6DWUmtyV9P1gu9py6M3Jn0pchl5KHIds6l7TFx7+rCPrvdL7WJAu3JT0m6fHdw3RQo2D9'
    'JAv9C5M9Npbw4dFV7vHzhO8bIQoeObz8NFGYXTGf428nPD5iMWQqKrgY1bT7IBlHofc3Wd+fKupzvSPl9H/JGvE9vEeo/WXg3XQX'
    'KWsD+7JMD5S15cnLMheHlA3jsefkfwnfb15XBF8IeZEbSBkTmxVZZmXC9ylhgrv6dLbeCTffAwOsnuqE7w8jjAatB4Ok6og5wnH+'
    'j4jOi2v+GthmFVu3Udb9Q+iH/P7zLWAT3e372JTpG+D38hmS9wfne2nqCt+XpkyP6vHy/l1IXl7vI4q8p96gzvvXiry9d6r78KmQ'
    'vLzeD5O8b4Af0S9o5uH9IXm5D9IbSV6JAGRad0GwbD3gAJ73rivVebsVeU+/WZ33UpK3G/LeM6Ae2xaS96ZdcC5tUY9tkyIvrhvP'
    'u06RF9eC511B8rY95KX7DwAMA+226DE/fgzm/csnIK7LfrWP3RaSN4omrCV5OV3ZAvXOekbt68HUjt8kPkxs88xsYT9diB1/i7Ed'
    'f9Ta1APdENum6+MDuK+TMLJZ1vlESFraEIf5O1TFBphjASfo68kGro5waONRyzZM/UlE+aYtdnlcO/RvI+d7tVD7vFksfJ8ytfDv'
    'GuHHVsRYkDIfxqPcyOrYKPLjE2P5ckV5Wm6JsPP5IfncRxapr6ZtJsleqiR2+odjymTPxfteDF+LCjLvci2OBlp0DmmL68/SdEjY'
    '+/9HHxNNwvffRn0TUr+nuxVpmN9TVTwRHBv6XJu32vezSOMpoh9+GqNmK8lTMZafR8Y+zd2dhO/L71xIL9DA9Aph569Y54OhlsGC'
    '7D/y3LYoUhvcMYvUNT8dTF3wkKs/Go4vGi3rayRpEuBgCOavT9jET04lEulpfqYv46ewHe1VE54hKSyfVE172YE7/ZhoEp4+IML9'
    'mPBzczBkD3FYHQbYMKmb7oFUCI1B/ZytIGeLMOxXGeAXG9q1kNhJxcBZhfphM/X9Te9j3M9oStj5LUoLP54I4pQk+V4m9D5tyjU4'
    'ai7Jz+tz9ZV3LKTlY3Z4kNJAmK+c0Gvo8wfzN5Nx0NjktvU0ERjC+IRJKHNc4F6VfEs/FPfx2GsKNLpXODxhvplSJYbjHG/lg15a'
    'ttfDAxVCHzeb7zsa657uiWWMng6jC8djjF/YN/3HiHy7ew5OzBjLxmGMyF/8/Vcnx5jHY13TwCf9/tOTa4xIU1B53h6R7++dx6Wj'
    'Mhbug9zVv2WG9U9HM6j4SGG0DN6JTWkfOaZ3C89fAZZJi/B4qJQ3sBzu25yGMKV5k5OgnTBatRD/lS3QTpLMp46n0mh5ps7VwAuN'
    'VUDh2xVOaYxbEfOwlffdo7eKu0CNqBWmycLvZo5VFklrcV5GiqwJ8gqT5A5ZAXB2Gsj1ZgPNfIPm3hPG84rjGpvGNb7VKK5x0iCu'
    'cQvoEdCz9op43+Wtwd6rRCFPKB+Jyx+aiT5J2pKHgXzfXSIYGyknx0kE8wyyPE0Jn9+BtibdRPeEf0P9kTSpm5ZrIDqvbwp9HrRP'
    '/n8i2MbV8O0/yLc+1rdXFd8O254q6hyFbz8ifdrO9HpwTp4l5TvYmLJkp/hmjLti3BXjroBvbR2NmYQ1UtEVVYyuEOdk1/YvvH+3'
    't2X/3RbNF0oiz1FRf0MR6i9T3KmuIbLHWsBL6Dc+HcNiCqbqXAUIFUsNo92EvpXn630KnQwhzGNlYRyueeTdfJCtNpN3X8Uzlbxb'
    '3xrU50IeOdpkoZ3XyY4yyRgepw48Nlmu69WMH9EVrylf0/aJXtNC4yypzperAQ/UOKz7ZHosxEspO1pzLCVpTb0cSv+MOTz1Ies+'
    'EXw7rKPcoW5dnZUKODQ9K2+DtIbYEnD+J9o3JBR8cR6/sNuRR0rjyUf53KLtjWpsH9YRXa9eEe5rawUZjypees5vjEJ3rJulOyHv'
    'XOHbr/Rr5onKE7hu2h6h92PiMre0jh5m9/VgtrJbhdpvXCfph01b1A+4CpY6HPQ+igEbOObTQmBjmNnbvE0BG//F8iyH/pnaMvZr'
    'bIewvjmwv2neqJiifF9i3b9kY08SWdmKpCfsp/PwsuNa90/StX6nxVqfTObdxPZxPNf/Ncf1HwhZ/4eyZT9haCtH7du5T52OIuOH'
    '7gmCGTw7ziP4m/sBGRVBu1pq02Ti23GdMIsnq4IX07Fhv+YL30cSPYtc7XKprp3Kdx6Fr9kJT6+S+mame88GZrotx07z9hPe9UTS'
    'JJsM8cSIUMfT6GL1tSn0E+g5Xw9t1TK6ZVCobWm7LegX7levVgH/3B/tsAJGPpT97YO5RjuGDcwP3kbiL8/UTvXtYKd6CcGlZ6Tz'
    '7V11tv+y3FnwLcp2lvvV2Jz2zxKEnY0WMRvWMF+A56T9dWwSQZ8eUXG0tpBYIlQHX747wcJPB++rKx26UeP3py1t357rvV043pea'
    'CWOB6yN3EJ4g0o0ZIsNCPFQPeivIZ3wJ3i0l+V8iuAFtVWtZO60KGRotM5u0cRPTq0JdWtSrwnczgOdJeajLFPICm/k631HPp5q0'
    'kZ309OGPGvmSiW6TDf+ugfB4FP0RYTwM27aqCEOL3v9RV8OFB6mD/QpH2Kf6cmvE+MVER1gtVX5qY1cs+4Jy+IXp2HG9QblXPqjR'
    'zb+A7HlBbI5s5mS9Rf5m6CPXIbSJY4+2Es1wDobZrSwzOEeqHPeBbP8EhU0GxXGXElppEevj8cz2wHQOVDqE64XeblgHmxROymDs'
    'TQb6gLb7GvubIGNfqNH3NeGbJiP0h1OWOLKc2YwsLBIPP1GEeTOBWdWeWmEJ87Z617gO9DxDO9q88wwNPxbrZSV0Pzcq7H9o3bo7'
    'UoLooTZN4NqhbNhUb7gxQie70ZDezAAtZttfe5tSKWWbvkalQJg1OMgMjYSHqicFC9NuIlyEvX4G8TG4zRI+L8d7RNL3vUXrSIlo'
    'G+njkp7uA9qhq/zBXSvM/I6ryqKOHtq0Vyd9/5ylsOtX2fT/PGFu0/9KwutHLI9XyuPTooCnvcDtZnsWyPUcTHj8DEpLrlCcrTZ1'
    'Xgp+GE1wdL2mDunzbg2pQ7V3dijem/ikpnf/xRb0gyoeehjPuZPt7ZkJzxeFag5xP6q+6c5M23pkH14HPNUMeER136+J7VLC9HxL'
    'qXNjtf5NsKa3EJqoiujHU/7xDnJ2oP+s2Zp9peK9m/jRzsWtEn48Nu4fm59jezR7SnVu9mtk8CYy3eMIv7ZDqP3/D2nkm1wWOpPM'
    'LcdD3QoZYpcI+r0uhA8bZp9ZXgAtvw2+1Svu3rLsTKCnwnx2pRnM6sqjXwvqDyMNCoroDwPtE/EsukWhg4003kTdgUz9jKjurcsY'
    'HRpWvhj3PFfeRrFsHmvI/W2doX5A1Dk7JIJxWnk/TWB/veV8DETobUl52UWicN/dUTjRJE6biV/lkXGaN5OYSV1CHTthQIP7EMYS'
    '0CaVL+SqTexVWndkCE+nl+miYzqk4UFeZ3CnWkJ03ndr0hVEvwD9/bQzPFBHaLeZRIaFeBFpzEEiH0M6gMuh7lfM4f8Hr3zMQg=='
)
