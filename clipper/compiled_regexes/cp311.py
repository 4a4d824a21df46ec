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
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 52269, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 52388, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 52449, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 52561, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 52688, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 52809, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 53083, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 53217, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 53354, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 53382, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 53398, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 53662, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 57299, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 57519, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 57540, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 57598, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 57614, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 57630, 104, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 57734, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 57789, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 57903, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 58200, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 58378, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 58435, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 58492, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 58549, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 58610, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 58667, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 58707, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 58847, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 58877, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 58978, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 59002, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 59512, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 59536, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 59560, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 59968, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 60109, 21, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 60130, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 60975, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 61819, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 62010, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 62256, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 62334, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 62445, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 62487, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 62565, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 62622, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 62654, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 62806, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQuYXVV18L6PmTvvVx4zCSFMCIEkJGESCISQwIBRUAKBAPIIr8nMZAYyL4aZhIRXULBosOADa6tfa4v+FQxUUAuirQGFYBUf'
    'CFL/z1Yo2Da0tfpDFcU6/933rJWz7jp7n7P3vvfOi3PyTfbMOfu911577fWsE0KkhffIdCz7NGfTDniXyP40wu8Z+GnI/hz1tJem'
    'nxGiPpu+W/HtWz/2vp1Bvp11gZees9n7dori211Xed9OIN+qzvXzyG/Lybdq9u1o+LYYxiHTfuF9O4J8G2LfWmRdpJyscwXJg3/L'
    'vLUk71BE3iTMXyPMp2ynEt7J+a6Fua/I/tSQeW+CMklSJgF/0zJVbK1SFm3IuSiD/q6F/q4n787Y5r1bQ979utt7dzx599MnvXdy'
    'zHUwD72kTRHSZ1muNfszn8xbGsYgyFiSEWMvI3/LPOWkPp43wdbGdL4aSd9M+tQI/ZJ7aiGb93qLduU4ymHPNDqUvf3v8sfbBH16'
    'L8lnWh/uE/ybzvVaSJ/bZV9vI9RjM7eZIs2t7K/r3FY8G5xbnN8zhds8VBB8q8Jjx4XgscUWeOxwCzzWBP2X30bJHpfpMOSpJP3q'
    'hfWsUuDBSjJH70u4wWA5W4fFZP6qoB+fh5T3ewTSTuhbNcnTQ8aPeV1whXx/OfQllXsZ9SQT0/nJTcxiUcCTjsxhAz8m56mEz5kR'
    'cLeW1RmFt5oAnr6W/bkGynXAN5n/mADcJN/WD13fP4yNZdQrfyjbHhfISpC9TnHWZoLPdrNvZxO8g7iiG9YPz8PrIb0VcBzWg7Rv'
    'paI8zbOK0FPr0vl1n5720vfP8+tem/bKHUX6tpP16RpIV5I+bWVjmwlwalp+hJw3Opxfrdk/S8i+KAT/L7M8Q8qBNkvAHNN70EJY'
    '9wXs/lMJbW1v89IbIf1YW/75J9/9vBv61aO+B8hvP4by/wXpFyE9H8q8AThIvnsc7jnNfeFlD0L6OqQPsr+/CH39J7gP5ej3q7z0'
    'jU7/zpGBNZPv/wbKvgbpN9v893zc/wTfnmgLjjsFcPH32Z+LCD1t09ZsgE/eVjOjSxsJzHZCvt42n25sUsAo0uqVCnpMlv9oWz79'
    'It+9B+q+5JNeuqEtnwZBmLkY8t0C6aUwHrxPYlmZXtUWXobvq3rYlyczmnCQ7GGKX4bZ313QfivBBzLdRd63wPwImP8kmZ8asoa0'
    'fB/rRw+jt3RwzMdYC+Wyn8QsKPdVyP8NSH/f5q+RTLtwL7E5vJjMsazzsOzPHKhzFuyDxaP5dWFbzyhgUrVOvI0kgac6Bc9Fzt3p'
    'Gl7L9q1e+v1Or64GxbfEDcF9+P7O/HIqPgSuZxVbzySD3bsA97xxS357tC/Xn++l/94X7AvyaG6+W48TBrONL1Lkp/0sZ/1Ms37+'
    '1RYvPQnm5b93B+n7DrZHhjR4QL57T8LbK4hL6LpcAG0I4Fc1K77tvTc4T3wuVPNUqZinjAifiwp219GNc6bFfNE8J7I8/D6n61sz'
    '8HaE4n6G4y77hJe+tTc4Xw/f66V79irO2B6Yt51qvIg4/h/hzkxxFdaR/JDfDq//r/b6/VPhpEbYzxQG34KxnAfztvKS4JyuHs3P'
    '87mtwfrxbLgf6JFyyzuOrPczm720G/bmzZd66XcusKeTZF8+IHlJDn1phP7g3qA8I3GVv1dw7I2s7gp2n6pldTexNf0i0F5v3evT'
    'w/zblXt8HshE7JkZbIzpkDHazPNMNhd8jzSE7LvKkH1H+z5LhJ9rZeRcu4ica7K+e9n6b/iwlx64K/98wnNIfvvdlfllHoJ9ObQ3'
    '/xwJo1E4nfkU4NpPbfLSJ0H+kAK4WEjznpef95ssbwvJ+z2gA6+BuX3tNqhja77sQL77POR9gOX9zF36M6k54d1LXfZgOZsD3tcf'
    'AM2wdldwDnhfeV46B+cAvlkIa/vLS7y0bltwDjDvvru8dHhPfl7VGWjKf+N86blj3ndZ71NAp2YITfnkB4HeG8qHkVcg7b3TSy8H'
    'OCjb49/x8I6WoxsIzjOtg7ZdD7T8fAZ/YXWo7j94b6H94/eX/dDuP/95kB7W9f3ne9VjmA34bi20d3uPemy4pvWEB5srd27+Pvjo'
    'ZXBmQDvXXwnwBLK+C4X7Xqhie2HXsJceu1kNswsVeRdtVsMs3Qu0z1F7gecN2wvVRdwLYfcTxJtHsXNlJaQni+C5sgrSNhE8V/Db'
    'ata2il+qeofzO1vzvQFoPVN+rIpfxeehnJxn15I1w7lPtofzHSm/OQou8f5Xy2iRXnaXHiF/U74IyjXoPf8gueeb8PIKkVsjjNnw'
    '8hoJD7YWvs+ymF9Opx6ZfXGLI15IOs7/5iLP/6mAo6Py9zPatYfwduqBL7rUoJ4+lo4a8LJH2Dg7yPuo9nAeB4SaJ2ALb7KOz8I6'
    'IO+b0n2TaT+VFcjrXsu+yd/XQX+XMN66yz1PzuF5DvunGHPF9QvCYDDB+JYma2tbvwscmpwjt0zSc2RpkfAOntHYdlR9naw/owpe'
    '9VQ/l76Z9GQ643ku3VSk9by2ROt54RQ5n5YSmegOg/JdTMYyqNgXPZr+0bU1medCzk96RnJdwHeEnIHdDmcg1VuiMibUW2phbQ1q'
    'YGfEQt6+i9xP6izWr0NzbtP7wvcTvt7UYsZjmc54N1NE+sWmjmLTOVdlXzQl/DWlcpRFivml8zSikJEWsnZhcCz7+n9h7Fg+LH/U'
    'nhgka2+yD/ieU8mMhxRw49pHOd4/l/c41odtTFex1XI/0zIm64rnZ4sG941q5mY4YnzIo6iHeZyhwP+2dK2s63yA26j179X033Yc'
    'vA8Un2wn989GVu8QW5Pl7Ps2hnuQJxm2xoX2k8szESdQmcJ8IlOgeOQc0Adz5UNifzKExijknKVnQDHPUFf+o8ndCGVGFBcLJtPu'
    'Uui1IC9/JqHXTHAkrQ/33XVQ38Ow1lF7+GgCzzZzsZrwRymf9GOEltimoVVV48B98n7YJzgPUfCynaXdEWXwHlCpmb8bIE8HyP1p'
    '3YMG4xgyaF/KVuYyPNbB1r5Hcybr5o6XRV2jwwitaqoD2akZr6oM3i1mkTOAn0e9Ebpbo0z/n9+Po/CYfP8y44f8FMrM8PSPU+my'
    '8kNPpry8An+vLK+qLq+prcOnvqFugp5G+V9TKWrOTcybY2OJ3P/+I8SePTJ9wHsuuugLufT5JSuPOnfp8vN/sWnzRV954IEl8Pl3'
    'H7vjgTGD5/Fbv7E4IdK/zP56q6x6cI6PUby2/uC188CFLzxAHrlye8aK9cgW238W/t179uu+tuBfDwSe175B/xoTY/uzP/L/i8bk'
    'OEXu30vZf7/M/Z99vvH6W1Dz2NhvAu1lRLGeqxXvcu23GhSuMGlBNYe+jI7Lp1qIHgieKRUkD+o9o52OC89yUYheYjk5gx9hZ/J8'
    'xo/pJimlXUcUNkymOPUgw5O3hbTbUcJ2O0HeyekmFY0+qqDbeH6Tc0FHj5vSbB3MNmsVnGl0Ll42oHFs+ruN0WfDmnuvyb3z9RD5'
    'kCtf/uvZSs5MuvFdK0PgLmcfl9TnQfqskuTZoalHNphR5JHffpvItzmJmsNhVvdBx/LY/k8S/r0iav+ZwliOLx5Sb3cB9T6Y8PHF'
    'jnHEF3eHtDtcwnavI+0Wq17aVx3sX5Dw8WPfFMWPRyamPo7/VfZnnkVfTXC/DoZley/A3cV2bsLq3K+4C/G5Ohgi16H46kHh+S6g'
    'dQxayIBM+aN0XPx+1udw9g0qeBn8vl0Pcz1/HNtFPuPF49wujlfqmp2kkRHp9pMJH4SOb7zXcrBI+i82uoBcxxxh6XpHueHcEtCI'
    'fC8f59jO65btzCoi/uGyQxc6xkWuFcZjrSZ86gzwrum9bpYG9js0cp9+zXriHCyCMZjy4bot66e+eKLyqu4QOtmkap5ztF2IPKjP'
    'UGa2NqT+nYSvbLoGHaR9E9mfy7jPJ/2ybS8Mp9IxufTrWJD/usLXeMxdlP0n3Y+PQxtok4l2QWUg0xH7hLjvRTfbIMF0uNse8tJ7'
    'DvhyLLRh+upzXlrzI7D3eNrLs4Hoq7c+AXr+B9T1nUzyHr7Pr0eVdwXJewPUd8IP1XmpLv5ND4PfMehL+kB+f5GHlsv7PbAVfhTs'
    'eR/x0s8+6aWPPRe05foK9OGlJ/PrdeVHNAMvhvMYWgA2qG4f9uFYWPvlwvdnVcdgsJ3oNtI6ykl+lLXScisMy61gfU4JO58N9Hwa'
    'SXtwZKP/MVXmxmU+2rIZnp3m85EwGFMpcF46AuddZYDz3muB8862wHntFjhvNcnbArjoK0+q8y61wI9HkLzSn6NM13xNXS+1gxVf'
    'UuexxZ1ljnumM4uAOlJ2e6aD3YPs/HNNb29duYm5zXNp5yQ8S5hlsTknP8rKXQe/1wCt1gfrV+bJqafMkzJ/0nZ+ssZyoFwKP1ku'
    'cuT6AtYfZZ0SINcTnTmaz8aXqoSnc8k7qu8sHvJ1PvCc2Lcf/Nh+2/u2hOBJATjvUU3e+aSeWYBT93016Cfk35+FbweCNpQJODOe'
    '2B+0oXwMzqcfftvNNyHOqc382ZzPcoy3QvmUKKXPxOmNlA8x4vOePcL5adXbFIki0mdNws0vgY5G22lAow1Y0GidFjTaJRY02jkW'
    'NNoZFjTaSQ532KUGdNgCC9pvtgHtR23ZKY5SjakQe4IGhjOoDV32ZSgNU+hdvWIK3tUrhb1/xdA5TuaG0FqMOY7pcoMzIGK+Q59k'
    'celyEzlDSsHX/BPLffcBAuONBFckRbgfCpWvibYIGVuUjwgbumrkyuL7IbbyR95jN89HKPgl1F/IYqx3LJ9eUPFzqtg+Lif2WTm/'
    'dmP5935bOgFpCwqDZ2V/3lUgvfEN5nvycOH7x/kCfHsa0i8T/6QqWYD0Q4nxBSgv5Gnmp/Kf20rr3yjem8G9seHhid2bzz/99tqb'
    '74H9Wcje/OkPvPTNB31+Je6pz8K37wLt/tMv+7Qq0qEjQC9vRBp4X/59nO7RhZo2J8MefcVyj84j+aj/vS1Mhnke8HWvIHB6hePa'
    'q/DhFrJPmuD3LpibWtJG6/ZD5Ei7SrW+TkELU5yD++FaZpNF+4Py3wSz9bma6PcOaeyBLha+/XiPgR7KNuHHRqoWaj/MW0W+n8lT'
    'ST+2Mp0GzLMa+hElq97B+n8MmaMOYW43i+NoJrohI4blVPO/TQTj7yDOb0abI4bzZN2nRcAk9wlaFgKTVxRA8+7JvliVsMP7Wxhu'
    'qxPmtuK4fqlEcfwD/ErY+yZ4VZTGp0AWNUfa9dK92GeRF9v4Ctl/2yLG+QDZIyZ60n1Ed0WW/zPApYWsEdXn/kCR6kPbwGGit7km'
    '7aUnsbgSp0JcifeRuBIrIW87pG2QngjpakjXp/PrXp32fbygXvKGiPaOIXz/M+Db7fO89A6SR1ce45XhmXAK+Fr+/nnet5Xk25+C'
    '79Ejdvo8Mx3/fyGhE0aAl/Um8Mr2Q565pPwf3uulZw5732aQb7Mvzv9WQ2QRslw9k0/I/Co6xPaspnhMykI2Cns8RunydBHoYrqW'
    'N0D6ogNv2qRPhcyXjlarEr5PryHh5gNARJznGUM80KOx2xhlNMQRcMel37Ya0BTUB5BJTJkw3Uvsn8rGSqUjjDHIMhrcTX38c13/'
    'nRp6g/ryqct4fg74GaKKgaOaG24bE+ZTg9pirxNqP9WHCXP/KYXAgsSVRxmMb7zgBGMPmZ7zW9la3yD0vrPvLfdofaTF3k57LhMC'
    'd+MB87m7S7kbjuR6ulF6xNwvE/XrtFRhtzMZYJ/O00KQzal8XOyI0GMe0LzvFOG+1aiNg8ofTs7PSpnnG8XVz43JPKt8pw1p9PpH'
    'FPNVyjVS2W2q7HeqGexhzJH5FniN+w8c0tikdIXYqqCMF+9u17E177C4V3G/WPS8VfkYUsVLofN3rQj3TzRg2ceoNcc70MwsDH/f'
    'EQdRnyyufaFwgbFjZougPaeNjSLHxWh30yTs/WINs3WeIXz/XTY2dzpcUi/MbGRN57DBkHY8UoETdwi1r6iwu36HUMc4s8EPjZP0'
    '7Imyp39n2tPJdMH/TWydVP73dPRfGNx2aM4EHmsH57sZ9gbt20zNWWiCF/stcKfKdyLG00EdxQWsb7OFuf+3HmEXqxPHSPvSLHwf'
    'dDraoVDfjl9KefjFBQdTHjrGiaLyomMYT47jHFoHP3s4P4/C0Bw2T3NJGVOe7naGo1Vn6I4QGv6wEBxD+zZP5Mdj7NXQyvRe3SDs'
    'faWp5ulweLc2u8bfLfCc5eOaz2Q9JvKLbsYDWEvmJewOgTbHyw3OPlOablRzVoT1w7TuHsVaHKGBl15FPxohzSj45Xx/9EFbrULt'
    'B8AEd9N+DZL2ovrLx7iAjeFI4fvRLJT2aSkRbUb7vxDeDWRfftNhv5jI4eic7lLgvkbhx/epZHhUZ2+tumOG2VsvYut0NLR3prCz'
    '3bXZDzpYKpTutIn5berDhcvp1gGuKpT3Mdl5HRRGjoF3X8iWe58jnbk4oi8Zke8r1pbO5HebucL3B9Av1PHcTfC4iQ+JJYyOncvG'
    'vlRzRtnKTek+PbbE9GDYnWlJwuu7Cw3B+ZlRfrj6C8ALpnfVZQB/8wzO4yh/EiZwqzrDTPFA1NlI4XI5vPs7kk91DzelRYoxdjrv'
    'K2DeXcdtQmNG3XmaCN1qy2vn830c4+UvZrx8lZ9sjg/od073ng16Sy77rpC26Zq1MX6BjsdI71Am9OJKoY5pP5/NoSoWsEmswEoi'
    'D+4pQB48lWhYHoer2Hcl0/OD0xh9Gjnwb1OeHl0hcqiukHPFZKymNG9/CG+VwuO3Uh4eLuT+oPPJztfSNL6IKoYB7fOfZPt86SRe'
    'B9e7RleBa9+pgF9Tup3fwU7NzvGMxOSQd3Bd3SGL8VFZXynwGfUjNhRxN+N6JHSMqL9xuKHMpMMQzqLoA8qL4fqAuyzws02fwnzc'
    'UX3XkzX4YJsIj20wYHnPiOKNquIUDTI8MqrQYY2a+5NAL1sVq2iboWzJ5X7I6WVTfLXdkt7MwLtjsy//nuBwzo+nd9N6RtNUGMAm'
    'tVXlMbp1/GsKi5TW4bDUacFDCuPBV7Nx8pjrNYq7Fsq/UcbTwsqY6PP3a3hBXH5TT+avQbPf+0V+jLNS3X1tYywuAJ61Tt/BlJdW'
    'aPzhRkan9GfLfV1zNtiePVF5hhzvvTZ+p23u4R0a+NutmEe6L9oU8l9TmnfYQr7jcjbwWKKdbA/NYDyviYy1V4x4yPys08UdRR0Z'
    'qeP1NwY417VvKHPPEJ7tcAS/TnUvjPIJ3T+J8JvtXHGcNIut7TbN2vazfIXofG0jZ7TrXWhIcz/pVOg3muAHU7qF82UShC+zoUC+'
    'DNK59ws/xmEZ9PG5o3x7u0pyBlM8s0T4fqLmaWB3iMnrTPiQPWxORzQ8q0YCY7tBZor3M9rG/ZDKMdH7jq1dRjrCLgP97Ly3xHPh'
    'Yj+ri5F8P9Er4WtfbbD2/N7UVKJ51e2HJNkPdxe4H3T2VHVCb4dF5/L19xbmU7dgv2HT68FphF3r9KSjMsj1ejLhyVbQB4HKBwSH'
    'icoQmFD5gCgn/Pmc/9Exn5aQv7vYcn084ekduMA89yfLx1AZMna+55tFvl073juo34CPgr+Qgbb8+3gTs2vANl/eCvoblwb7s/eD'
    'kLbpdfzPSXi++3j/aV9oPTY4q5rt2XICO4grhbD30VWpsDWQ9fWe79/ZXfCrKp+LjaPKBv3Peuzr0M1f5Zh/ttj2je4LaY/9qMO+'
    'KNXaUtuJQvFJrSVMVSt4NDn/dZ1e+qlN+fyW+Kwq4KzaE33eaJ89ZmdVM7lDUTiR6SDgtc9C+jLz1fQYpD2QXtpm5r9FwuXmAmkr'
    '5DdecJWXnrMZ0k1wLtwajInw+avBbn6HOm8LyXv1pvC8VN/vFzvC+1AI/RbmJ2dZNtOfOsyjyldVUnOOu/qqov7LYz9yejqmVL6q'
    'MsLeVxXGrqBn38eA3+GyVzkNlun10ltu9Oo+hXybc62Xdt3kfTuBfCuHfXUjfFuu+HblJ71vR5M75vVwJq6410uf3ev7scM8P4Vv'
    'ox+Dej4U9OnP67l4S/A+y+vBPJyWLNbeXw46iDn/aXeD77z35uvulIv8eOY6WqRmzI+Z7LInft7jpdVAD7+xDfp7qfl5cFmR6Svc'
    'V1sc6St+h+d+T+aQb/eA35PvPubTPQgX0leaTD8JfonXvxDEo58Gf+ef/G7xzov1BHYQZp5PeTw+nB/VvZSPszJknIXE5lvvcE9A'
    '/YuZgPMSBP+50PX3pDwczcct03ng9/l/9tmPS9a9K+XZ8lI/V+mIuT4uZK4XG8AUjVkSNp56ImdQwR+lbW6Cfvzno2p/2q4xS4oB'
    'A66++SgM1GfX6XkL3iH1N13J9l4hNEip6lXdsVc44PjjLNcqjkkSHpMkMY1iktD9dEpShsuJ99PbOW7b49kX6xPeHHbB/KUdeDoT'
    '77M+VXyf9e0lFD6EPA2WtLUtzkd/HTQeCvof1cVDKYNySRGMm4FyuluE79uM2h7Q+Ccq/ULMM0DydCt0ierhfZ0I+qcKk6Wi71ud'
    'Xt2o0Pt8ipLVn070bGxtYpBng/TkfMd6XPVCqG8BlV3tgFD7bxpiPKRmuKfb4iFKX3Oat5LAUhexjaDtusbuvFl4viNV58NSB3pr'
    'H9DdDRAv5tWv2pWv/7qbfdJWW37YQ76vT5d5Q18C5Q746ZFFbrKmmfBTJYIxnJIROMs2bvFvE3Z9vIbRKlP7/CzuYXxoYlxjMUYF'
    'YyxyrEaVvGLhh730rXPBh+2tXvqRuz3YGqR3+Lvy8/77zXAuQ94uguuw3tkgc7iC8hnu8stj3NZDPndZ+5vIN97eWeTbAuDl/naL'
    'f2bxb7WX+75F8NtfboF4Wr3et+PJt4Ps2zIqwzw3f3yLFN9wfPMV7S3oDcYZPMi+0TiDPwSZzombg3ywV+Db/95ZOL+ukP09zUSe'
    'KSa3bHDb48mCZKI2a8d97FPeewvjvcd4PQKve8vWWvQ1N/hcyF13JNv7z8Zn/Nv6jOcylG6Qh90zEDyPPrAp/xs9j07bnf+Nnke/'
    'AxlkWqG/ht8u+kBhcpn4PFKcR6KE55GIz6P4PCruefSD7IvvxefR2/o8SrM75x91Q4y33erzaQPJu6wnvwzPezLJ+0XI89a96rwr'
    'SN47+0Gn8Gp13oUh/eVnZktIf3neWkV/r9yjzusqy47PzfjcjHHl1D43dTzdMgVP9/8lihjH2+gISYr4oc9+uv/biwkTcdx1Axk2'
    'iH7cyKFE0ekdrqspQD9u8WPBu/Ivn/LzFMK7Vd37UX4tde94uyOP+PpzhdzRY/g0gs925zMomSwqfDrRCMlpSxymiqDKonjarWhD'
    'lFedJtxsSWo0dKOtjP/3oJ/w8actbWAILiklrRPTOBP5tJeUxtHZTTS0FW43kdNR35FfL9rQSDsZet6qzlHKV+ByYHqH53Lgsk9A'
    'ub1BvvvDwKPYszfId6f8Bs53/xzYjV9wT/BMX3mJl9ZdXviZrluPxjZfv93l7NHZEIX5vXhMTC5bZ6TveCzghSIYC5iuOY81TNec'
    'xxqma76hy0uvuyq45od353+LfXNMLXvnY4Qfc4P65qDwinAjYYTv51L43Yiyj3PZizGfanrqkZWRMwt59zofEOvJt4cYTjuRfPvx'
    'BV56Xk/QDu071wBdsNXX6eX6YU9/wvdTiXYMyGM/B86vs7cGefe03dy53ZY/tlqFTADzhPmQifFwwXj4qALwcGTZYvHmZ8a8+WnP'
    'm9fRqS5nItfLX6zAr5VMH57bitwgom1OBkkejG04wOrZJvR2KRhv5ApFW7w/FwozP8ldrNy7hG/zgt9MfHqvEXp7nJWkv9T/L41L'
    'sliUxmZGFatR5f+Qx4XuEOrzQ94VlhI6DOnEUtrM1oh8uzy0qdLZAlKfHSr4XlKkPVdWgj3XAjg6AXi8FspzO8RC/FIc50hjVQq1'
    'z2mE83OFWVxTHk+0ney57cIspoAstwruuqq4I33Czv839UHrEm8J6TK6T3eIfF/X6BfoBKGnzUoFq5SP4WJXpOrbFvJ7I8iWXtqn'
    'zntFATJoWXaWQpZkA/No8/bG132bjWWKb4XI19JQz4U/DvJOLnzc9xvBeSeXvOCPTed3V/qXnSvc7MHo+HJ89UfU9t5hd+5qAj9n'
    'OcKPif+msHzcNm+70Pvv1sVA4viHwyqWc4XVu7IZPiWCcbn4GWsTX9HmHO8V0bFVud939OG/XAR995vEIqFleZwl0zi/Jr68eUzu'
    'qL4Ni2CsOFVsiLA4Ab2aM0IXP+rXIhjPJQwW+xz7Itf0V6n8uES0H6p4iio6b7iAfvA14WPtC2nTJK6k6R7h69svzOLaYxm0RVbF'
    '6+VxDLYL8xjiw2y97siu11XCPMZrt+O+oH3YWuAc6+IH6eB/p9DHfqfv+X7qMJxf07g33Wzuj87O/TnCLa6ZyzljCyPdIhgXpZB1'
    '4+vVa9knOWc/yR4aN0as97DQxyIp1Xia4W7EdY7oXTkq/g+NLYJ3RVnvDIXOOI/pxuOaqOIgo49+2/g6XSHzVyyah+eTa31ldgJ/'
    'L9z8WWLctloLOg9j0NVZ0kQ8Nq4LLcVjlZnSnNR3Z4sGLrqEOv73dpEfo4fTnANkXq6G+44ujjjFs4MavhJf37OFHzvHpU60V583'
    'TrQ3j3eii2G/XbjF8FLNkc4nqQlcVJG7II13NUpgNiPUscSqFfzMUUJTqWLKmfZNJSuQ9W1NeDjRdr8j/20W+UZ5US0k/2KWv4Hc'
    'uddq+lhDxlkjzGOf9kbcN1TwsJXAjq3PdxyDjc/jJgYzdULtT00XZ5r6j6d3zv/O/vyXYv/Z4EXVWTMg1DHdeP5l7Gzm8QobCuwb'
    'PVcbyX260HtrM8hmaV+bxvE+S2PHqXhmyxR39dGQu49q7mcWce5nkbkfj3uGC+1UrDuVKjbaVqGOobZT2MUqDOOzVTnKFGj/Ohhu'
    '7LA8y5BvhXFUr2Ww18NkREca0PcqvgCnEXoUMgDK28d8uyJkVLY4vFhyHboGuyzm/JiArkXybf1Q2Xgp/MDimnaytbnSQt8lOc0V'
    'XnITe3VBitqhmg9cZivPrueYXFnEeyjeQ/EeMt5DeP4hL+tXCf/MUsWymWN5Vi6zyI86MYdbyvQ6FPStaXnZ5mEO4zraclzcH0KM'
    'e2LcE5/fwfO7PD6/4z0U7yGr85vGaqU6jKY8xnqFvIKe3chXXMf4ipWMr8jvxBUi6O/jPIu+RfEGekPkVJQHJQg/mfKNouSbUfp7'
    'zSH8+QYip9phqN+o4kvQ2Or92RfbE25+FZoKnE/0L1yrkf9062TojPfqwnPFGEtNjLdjEqN9gPWH25Xm1jCRH78xXUKbl7cD/iMn'
    'S4PLUZM2OINs5czFgP9dDvDfVyT4v6xI8H8WyA+o7hXn/XYzvuQgS7dDXauJ/cGIhY7dSIhtAsZeO9xCx0wlLzfl7Q9o5PtUH6OY'
    'dqg1RCf2zxxkqYXIS/oVcnAXHv9xGtlGt6VeFufj29z5XfTt1xLZ1tYIu5gwuO0gZ9tRFmPU6Vfq8IHN+up0wG9MeDGFKa7qVehf'
    'mdo9DJHUZr06NW0PaNYT8d7Z2Qo+bzDH2xV2T2FlbOA+SfTuVbKmfoO1mV1k2FP5xygjOhRJEfRhejSTmXG83qOQtZV6Ty4nelHF'
    'hs96oPlnaM4bLlPs0egn9mt4ePLdfdmfv9TocQ1p9By3K/aADTwiTVMvgnG2VP0YYXTMZMZbmQhYRl26Yu4ljP9MxzxooSO2zQI/'
    'FXOuKoV9DKW5lnxujAn+BYgL07Y5Op7238LeKsQuajv4Cvp+p68vwL8lbvD595XsmzjX/5vq0sl37+/Mr5vGHsdvWP79nXp9AZXt'
    'vMoHE51DjHeN7VWDv4bvgP+GiouDdmBnw5jW9gTtwPDbVddGnwtVpJ+UVn0P3Atc4QLPGAoXr9/mwwvFmbSNKqH3/UbxHI715kv9'
    'ueLrpptHnd5uMWh5ah9ZRmj5ehhbhYi2mZNlT1fc6ygOonaqJvrpKpq8k50VJjpdfYZ3MNM+DQm1Le+nUj7+NdU1U+lYdVvgfn7G'
    '92hsVThfb4j0tcdCP0ylc2pqW7E1QudS19d3pjx5qny3Np3f3qlpL33fPL896SWPpqtZmdOhzPtJmdMM6l3P8pwAeW4jeVan8/Mi'
    'D/oMyHv7PC+9Y56/h2pTengfCtFLt7mTquBsF7T/X0nP76V818bGuAr6vWeev0eixmSyPio9R74uJm3RPpvk3Qjrsybtjf2hpG9H'
    'bwP/NvTZoAZ/DDL8sTfpx2bdrtHbH7Fof6tQ+9Dg7fYnfVsDLPNSRP2qffsSe3/f/GB8V9ne+UmPX81p/DC8z+8C/wbpK2RMOd4I'
    'GctOh7UaicBRfO/MT3q0qM35pmqnK6KdNGknam46SRo17tcZrn0t4d8zbXCRiv/5Ish4TOeC17srYk6+kQjeuVU2v6bnOq//rxM+'
    'X7hDs5d6Fe1G8Qo+YlDvoCVvHHlkh7G14nrGo0WghXJ2WgnfpmpIwS9RyR/4fXUTqYPD0A1CbSvL1+jURJB3/zKBf1q2x2AuJc7K'
    '8SMSPl9Ct0bcRxHC/RyDsr0aXFyV8GUzHYb4+38V8hzVPFLeyS+Ff9aM15lfD3oyrRZnO9JTa9OF0wqy/UeIbv+ghn+G59Rfk7xh'
    '8yrzflqYx+j9iDCP/fsBIn83PZu5TzLdfWVQkYfDFvVJpqPPryD317n3eOnf7AX/Lhf6Pskymj18DrkbXw7xl8r2+D7JdD4pTyPf'
    'fgO+e991Y75Pspx/6K58H5IryTeZn7a3VOhjHS8U+hjJ88i3i2/Pr3MW+dbyofxvdbSfe/O/qXx7Ji3lbGE+mFX+n3X1UH5BgvDi'
    'XfkFLVBnAvg7tTAetK2sJ3aBOb6Qgqeh09MppF+2+L5U62Arz2whcyLzJ5le9ETNmeqcm+pzVjkBcxZGj031+cyUeD5j2HObK5N7'
    'x1Sfz3SR5lNl+zhV56SmyHNSKl7SVJ/nsnGe5xgui89znOpz2likOZ3M8q6pvka1JVqj8ZRvxPtk8sta430yvrK3qT7f5UWa7zA+'
    'bEzj6Xm48V229LKueI7dZXzx3p2+9FB1CeammDoTU31+m4s8v28nXcx4b5VWT2iqz29ViebXRj9qqs9h3QTMYTH0XWPYLY0+Xkwn'
    'u+uxxXyA6LmLZdzm+n3xXiyuPmh8j52+PONi0YLF1j+PZbXjY8MR0+FvP7uvmJYY3zWf6vNdX6T5nm62q/E+mhg7lljnMmgrEs9J'
    '0EYmnpOgbVA8J0GbqKk+J6kizcl0mItiwQe1i4vnJGgPGM9J0A4ynpOg/Wc8J0G713hOgva+sQwo2nY+nqNonwGxrELvh2A60blL'
    'yNzI/sz4Evh7fMhunCbxyl18DUqf6sdr+sZjvW44YNeOys/mHQe8dNFjQb+TH4FvK58I+p38/Bch3af3Pa3zm0ht568Tbr6DVXrv'
    'IxF6Q7o4JjgnM4TaNzWPYdzH9MJ4THDpQ2Meq2urxjZiQJjbpgxr2pNtzRXhtmEmeqF9Qh9rVbfGTyU9eRD1e4o+da7VrM9uke8D'
    'BuOvhflgjtJjivK7xP2i0vgw6JOjSTF+0/i0OEerhO+beKSAtcD65o8zLKl8XG9Mej6SMRYN1TfrI7qsYWPEsjq/uTqdeFO/ytxv'
    '/BHZiqsT9vEVpP7wUoYzub9tE7hG+OKxa3ot14jWw33ZYszGd7L+oo/sBSJol+UCh3SdTfWeZX8PF75ftVLsa93cYFyqRoC5DKyp'
    'Cu57Cmjf1rYtau/NKuIZROejGuBkJYOTGmEeJ57HurGJzU7H7IpbG+FcsYnHoqKZFihorpnZFxuFPa6gc/KqyLc57QvRpSgkhotN'
    'rPveEHij67pb6GO1c/1gOV/PADy6xjp30UcJs6eYLHu4lOtrWw+1gZZrtiX7c+kk2Md0HfsN21fRDvNFvi/7KsAR1C+cC51C/crr'
    'aC6OX+tFtJ/4SsDBzSRPRvj+/0YhRdqhUwR93KN+fj/JS9ttIvcZevc+FtLljH5Hmp3eZ5OMT1DFzgyMmdcSgWfXivz4M9hG0qAN'
    'jLsVxgd6TKNbOSL0sSDpenYp8pnuNx2Mq2JOzmTflwv3GHDtwovJyc99vqeKMZ4OEfS7YIMjOd1bSOw7fu+k4x2wxJsqXMb92QwJ'
    's1gtqjKjDF+YxK87yObtkaR/JpviWdoXXaytftJX07oGHcbTI9TxhwYNyg5bjjdqrVW+KEzppwFhHkfwOrb+Bw3OmTXZdf61Ax3F'
    'eS2m/Egel3aU6aOXM1qtW6jj16csebfIXzmSrfFBobZdGzDcw5zfHFYGx7GZ3AU7Wbv9mrsW92PSYQnHLv2UZY/WzNc2zR3jBoN+'
    'cRsE235x/pBL3LIy4ftdo7GduH9F5A3WGcAD9yVeK3wf1By+eF5djKCoMaliF8n6zsh+vNVhX9cKP051BbmfLyP11BC9WJof8yHt'
    'pepjDRkn8ojqLHAc0puyH7M1Z+dB4eYPS8XDsYlHtdaSx9fEYLNKQ5Pq7hzIV2livIRvZn+e0OCPUt5bdXxDis8GNfewAQUepPBk'
    'Ug/yk4pN82JcMhW+HmXjt7m/Y/0yNuqKcbwbFGte6F6pVdSvsp0NW79CeA08RoLuHsz1DWU99wvffzyeC88d5b1bRO6+i0W+LeIS'
    'heyLwwfi/V0W8NHDaGeOm2xwTAu76/MxNyjGXG0wZnrft+nPSQrZdFr4sftUNCPGG7KVaVP+w3KUZ7fa6+Gb9LHJgS+s01NAnLfC'
    'Ycz03t8A9dbA+VyJClAXCEHUDwJPPcDeNtIPWexqYjdxOYw/lWs4+bZ+6Nz9wUMtiudQtj3C4eG0r9wTN8L7U+L1nvbrPUPkx301'
    'wQUZdg/BMoeQRAg8/J7BQ1kMD5MCHj5BZOodCp0ZLqNyoTWieEajBN+c8DXQ9XzE+zZAvp017KXvgJg/PUTHpiNE38fEb1mvhu47'
    'l9AsIwpa3ZTnyOnvQUMaNGruJD/lCE3/uoS9XzdTnQgak8gkrnA10L6yzD5hZqsaZaN6GrHjjrKLPTvCvhltoGV6ctrOljOq7Y3p'
    '/Dlen/bb4/IV/j2AG2FuQzFC/IhkwixfheId1QWUc38Z4U/z9ZHpWWkPrlNQppHchXDN17IyvI5T0tGxznlM9jTT8dTpPnZH6Cv1'
    's3unrR3zKen8v49ndus4xnVpvT4exxsYD6wCcAfel77UJsTL2Z/Xsz/PtAXXrgHyyPRlSF+HVObPkLUZhPfV53np46BDPwDv937Q'
    'S1/5oFdmHfDkmgntQ+9IMu9H23z4aWJyDTzH7oX49qftDt6P39zmpedAH75+txou6PpjvZdiv9uC9e6Bb9vb/LGbrgXldcyA9g5D'
    '3aPrvPTBbrUu9r/8sZdW3h3Ut87A/P7vnXpd3HeQMaAtFdp6L7kW4vwKPyb4RNAwOvrCVma7QwR9dJrynhZB/X0PeulTX7LjNV/y'
    'gnr91jzhpR9/OhiHsO0h/br9ivRp5BEv/eyTXlrxGJT/YTh+4/vmJSj/4HeDsETHrdov8t13gdbN2Rl810sbHs7vQ5UGx2I7H38W'
    'Ljn77PqAe+sLwCtzkaNwOiCayI8pgvynPU3/iModJicpZ3Kqy7/nw4DNvuPwNJ/UyWHUtU5TGM1E4Btq6zhLcV+z6WP6GbDxO+C1'
    '+ZuUd67iuxx++LqX/ueP7OqueMhL93/bq/ullKcfmJuTZ/LtgO6C+bjngB2vtYPJmPP5F9FPMjF9H+UlpSioKB3gX1yTnfATDGVN'
    'NjB06Qte+pUnw88Hfl5y2KN7bwRg7v6n9efm6ux4/lQh26DnIdJD+/bDXn7Kh+F6mAOUn91wwD9rZXrSw/ln6ZqveWXmCj8ONf3G'
    '26knPED5btYzPi2Q29f7vPSDMH/rvqY+j5ss1+NXX/bSKx6zK3cn4JA1Py69zadJvVUEkmsBrmYDrr7vRbc6q4VvK4t9pfGSl7M9'
    '8+mkx4NR0Tfzvu6vH49z/diPvPSH3/bvi7WKcjJ9VFOmPqTMh1eqy+j0c0zW/4YDdjRWF8xb2hCPT2OkngogXXd2s/e0hiB0zSPX'
    '/5cJD6ch7Z87t+FessGSNnrDAR/I/O+Edm8/kI9rv53NcDrSFmDbfPnzbrTQhZMER1UL3x+eCT65M+HTbt9bZDf2/4HzogHSx+As'
    'uxpst6/LZhx0sHlU6e+vs5yLZqB/ub4fpTHuh1TqOlA62lZ2fx3guZlQfx/Md9kUk4elzJ+0jTysvb108rAxh6deIU+z0amoYHv2'
    'aEjLx9z0BfFOgvqdsUxVIVMtIQxRPLNC5NvpVoboZtcD/VeryNNA9Pi2M/3eSqJfvD1E97e6QJx5qnD3+2HCt5wB7XzugN25cQec'
    'md+Fc+LMAup65qv+GSTrOkH459l+oBd+Amf71V+1qxvvReLb+fbjGXLfegLuV199Mn9s9z+er2+BfFqZ3vyoOm+S0E26+ad+dS5H'
    'HbHn7PkglH/SeiD/Pozzd5PlfMlxyDQB41oH9NblsM7LyDrLS4xN3RuAtngGdAvmkH661vWTR/w6ZfrqI/q7fW/Sk2cUMt8NP8rn'
    't/H9eskBexpnloLPkJvzZ30Ysznb8H6vopvbgW5elPTkHLZ0nazjlFa78c1g/UsTfozNuMrIuHBfS95ImAyjnN2v6brXw5UI+Tlr'
    'YK5e2pfPJ2om/Fbkt8h7jM2czXvGp7d1fN/9CU8fV+Yb+lI+zwplNabtfeWH/p0G8bTLPtvzd176e+j3nyR8udI9B3zcbMUffxpw'
    'KOzhy1+wK//Fffl9GiZ9evPrPu/M5V6KcGWLNxEPfw7g6pyEL+s6Ge7KlzwRxKk2bdwOa3EJnJd3Eh6pCgcuS3g4lssdcnD1guO9'
    'nckjZ5C5p3dHujdN26B8J5tyVL4p+/QL4fk8KwQeXvmyOzxQWyjEOz990pd7cL40p6W4zZJ891Wi8z4C6/5bS5mPan1c4PCXT+Xv'
    'wyVfVsPfXSDLp7R4o1Dbz+0U4b4wUBZ/BNBw3F69EFsT1DcYiJD/c3o+ypZPF9/GpFwhPoyi4gaiHcxCx/Ofy/BsaSjJn8M9YeLT'
    'rwzgh/LZKD9shUIXyMb/BL03tjDdoih7aVs/Fy7tcBnBSjxXRBCXrEL6SKhtjEx9ZZQR3bwwO57Ppez5L81w96Z67ajTsgz63U3e'
    'rYB3V5N3NwnfBw2380X7qgtF0C54E8k/yvgAZwnft0SHRi83yn+DrOdEGC+2G5V/KenT8en8MS8kd8/2Oi89BtJFkK6qy7ehVd1L'
    'llmuEfKZC7EN61DwbikcH/W0z3+X7bxb8e1bPwb7Z6qHDnE1ztnsfTtF8e2uq3xeAn6rOtfPUw/jw2/V7NvRCrjqJ2dQhp1j+A35'
    '9xSGVoh8G9gVQm1PHpZXZ08etQ5NhB6xwVU2vE+6f9dCf9eTd2ds832Y4rtfd3vvjifv8DxYIXwb8l7SZhguwrvcfJFv89Riif/K'
    'yN+UP7xCkTch3Ow4kR6ywcnob28hm/d6yz1dvjlfR9r2/sHxgezTex148Cbys+d2ufH2ayzntrZIcyv76zq3Fc8G5xbn90xHGUcd'
    'wbcqPHZcCB5bbIHHDrfAY02EHz8qgj4FOW+9V/i+2FQ+0nCO3pdwg0F+Ti4m84d+qz/P5AijjMbmftXonaJfFGbzXWut2zadNdtA'
    't21xcXTYwvRObX22JyPo5JkRcLeW1RmFt5oAnr4Gd0Mqf0yL2KZzomw6uX9J9A+F+Gw3+3Y2wTumfvawHqR9K4XaxxTmWUXoqXUG'
    '9nJrwU7oKNK3nQZ8lK1sbNRXn0l56gtLh/MbNftnicj326CyfyyUl2BCS3AZdCE8Au7n0qR8mWZ+VoTQt7rxm/Kr4rtefNeL73rx'
    'XS++68V3vfiuF9/14rtefNeL73rxXW887nr8npch97xqke8DdzbcA45T7LEMnG2m+5zajmGdNnJnXM+TLcpY0Rg9xcdtNu3/vDt/'
    'PcsIDWiyHjZyxv/Q0JaLcS7G/LX5CeRLQd7nod0mUewnAYNPpQ8pJ4pc5zKo21AZVUVV2Mdq8nsNmdk63zSiQQjqHK7gEXEb4oYG'
    'feZWq6orjHGxox1zK73IhT4Ndj02epI+gNo+ycCx4/A0OA80YTlHfA+iPmvlmL0OQbHxUq3gdl3j8CRTk5W8ThsTyU5PuwkVHtm2'
    'LaxE0dLNcPa6nGmSnxIWQ0hHc6zQnHGF6KodVyB/+TimW3b4OOqYUTt0mzLcDj2Kl31crKsW66rFumqx/CKWX8Tyi1h+EcsvYvlF'
    'LL+I5Rex/CKWX8Tyi0msq0b5CTUEt1aw++3aEJ01jMNH5RRtcK/X0abc18UqRfnjSV7uY6GR4AFaZnVImzz2pwmtkBb58bg7LGAR'
    'zzZpx16tKE/tSjHvXQk72KKwIcvfRMp3OvS1j5Tvdih/Oeu/bfmNicL2/bpEND1yfCKaHlma8HHDdov+zyPlrrUoV0f61Cvyff1g'
    'nrKEWSzRHlbuNwTPdVr0ScbCnCEKtw2Wdf2Y9KHfoNx2KPcMKWeKa2W5xy3LYT/3kXI2cPvn5LzR7e17Sd1DFnX/Eal7SFP3LSLo'
    'e4rnGbVcAyzXozhLed1Xkrq3WtR9nqLf3SzPmYq55XlOJXl2avKsNqAJljnSBPMJLcPbbVbcJ/FbA/nWyb7R+57uvoT8aaQLeNxG'
    'm7v2YkJDJIBOmUloCKQnbOVqhfJc0c8Yp12ShHapEPqYxthue4SeeR3jYdG2KiPaqiuCrKUZ6BgV/xD5BHUKOEP+AM3/eAiP2kTH'
    'vpHR7tT/hWk9PCbKAmEeJ4PuE9OYuP0i3w8G9esh5+KDlb4PsATICNZAugDSViI7kOl8SFdCOgfSFkg3goxhuNKPp2M7vrAx8DW+'
    'pNLjs5u2U8z5O7nSj1XLYy7vKGI7R1T6cc5M4np3FrFtUaJ15O38a4U/l9tY2R1C758mapw05lwuDkqF708MYfkoSBdDWgHpCXX5'
    'ewP3wJEE9mWdj1b4cahUcGADz58ldXUpzmSbuj5C6uJzytdhlN3HuM+aW0L61WnZr+0FzBeHm0sU/Tpo2C9e1zsLGCOva1WFH+fc'
    'Ze7D4DoXs4DU3yXs4y5FrVES6rfBqybzg/vwtUzhMIB1vZhx3zO8rm9lgueJis5dTWLZmcaM2wRlVrIYcZuAZv7cBLS9Edr+QMb3'
    'LbqA4b/ZjDaYE4EPr8/4vsZcYF/WsZXUMai4/9P3Ohg+n9RxLWtnwBDvtSv60WnZj+Ms5qNbA5fzDfoxGoGTajMePR02HzZ0C47v'
    'N+V+vdsYDt4hzGPP8XpfVtTbXYR6v1MenIdRg3pU8XXpHfQr5fawwtfos+XRa+RyXvxxued7mZbrEWaxfDmMRekpXW8wBhfa7QrF'
    '/I4a7gGsYyPp24a0Oo6tKj5uuyJmKcXdJxa5XsTLrdnCR4r8mLhh9WH80XdE8GpMz4026Mcfyjz5fVjMYuT/FOs8fHkc28T5/laZ'
    't45R8ZfxDOaxbXVjeajI9WJ/P1nmxxTCc3t1nc8jyenN1eXzTPaSMu3svo9ljmRlbinzdR34vWmJhleQJnXLOvoVfT0hot2rSbt4'
    'D1vI7mV1Ee1uInUsZe1mID02oo5TFf3gPJAjI+ii5aSOFk0dx0T0Y16Zr3djcz7kzn9F2VdZ2QHNmfmHtMf7pPWOOp4jOfpfUV+P'
    'MIu/zs/TnDyF1LeJ0ccmcc/5fn2ySPXhPn0o7c895jmN5V2tOVv+wqEstntP2tdNHu/zQ7Y/ROZxfToal0edCZcXqT6cn7PSvtxh'
    'QZ0az+j24slpX16/IALnriB5EyzvfJZ3oaJPqzV3L96nmaQsx+1LIvBTGenj/Ijx/C6lHw/P+98k79KIvK+G1MvPhp+k/LHOYnfU'
    'RRHz9A+knVkRffpGSj8vvE9fJnlbIuq9P+XHvunX6EMMM3ncp1P5tgeU5zpseIeR9XwopO1hdnfphTI3kzLdIecFxctDBu3sZmU6'
    'FWPc6jDG80k917Iza8CgHuzPaSH19FnUs1wxrh0O4zrMYE753bTOoMy/sf4mSBnV/FHdDCzzRlJfpk9T5t+SPk5flw6eo7Z3lR8l'
    'ff2ifkbn8P30TNKX9drCiCz/WEj5PoPyn4fyLvKVHP1PxqpbI+QtfDgkbx/je71PMYcdJA9dv52KelV8pZw+FckbxiuSeTuSQd0n'
    'Hc9DxYc4X7M2UftsAMqf7lge9+nKZFDPDfkWb7F1PDok7yjLe5hmXkzxUHXSx0Ou+03W81uix7cGyp9LaGVKt/3CIC/SZK+E5OW0'
    '8T8a5MV6n4VYncXmr8u6/5boq6n2gMzzIMmj4gPn+H+JoE7Oq2xffIrkUdEAMs9HE/m6TSYwIsvdrhjHKBvHjSF5EPaHFX2k98Vc'
    '/HJD/T2K+3K2nKTuQY1u4GaSRyVfytkRkjxdGv2ndsV68Hv1SSF5EJ+uUPSZ6zctCulPJ9GnrAyhwTAuUGUI/STzVCny9PDzn8CQ'
    'qd6BLPe6CNbNcftrIjjWg6yel0UQhrsNYPhHQj+2UcjzDyF5cD2eEPr9ijD0mLCDYaz7ARGEB47n/5KM35QHIct9jJQz5UXLcneQ'
    'PqnOhXqwp64M4UXUw/h19SDevjYkz8mQp4PkUZ0ZOfl/SJ5T0r4td50lDyR3/ivWNuq8QFvVWUXkW6M+ZZ0l3wPvxnWWfGeuT5kS'
    '4X5tw3QaMyLf10CUjhy1j0sTPUfaHu1fMXXzZF2LmL5hteLuTnWFVihsN+ZH5LW17WsSZrGIGoTeT4TKh8RqEccpin0/xL4fYt8P'
    'se8HG/wX+36IfT/Evh9i3w+x74fY94MJ/MS+H2LfD4LdUWPfD5PP90OVg01jbMcX2/HFdnyxHV9sxxfb8cV2fLEdX2zHF9vxxXZ8'
    'sR1fbMcX2/HFdnyxHV9sxxfb8cV2fLEdX2zHF9vxxXZ8sR1fbMcX2/HFdnyxHV9sxxfb8cV2fLEdX2zHF9vxxXZ8sR1fbMcX2/GV'
    '2o4vYWDHZ2Ir5xr7uBlsZqj+fI0Fr5HGjRggOIfHjRhm36iu+Ai7C3O7pSibKJNYAc+yMfIzZZCdwzSeB5d/4VkQFs8Dx7laUU8v'
    'w5c0nsc2C7njfEP8yO3rGgzLcdqE6sCjjVh5rLM8YTrLrva/trExomxcixkLHe1YYxvV2EY1tlGNbVRjG9XYRjW2UY1tVGMb1dhG'
    'NbZRjW1UYxvV2EZ1stmoYozPNOwpxK2VwKusgLZorPKrCsLD0xsr5+a03W2fmGHhfB6WyxpM75PQW4PbRUHPkaY8LBNeFN9zdK0r'
    'yRqWAZ+iA3CUIOdWJbl7YT4ph7jMoB2JY38N728Tvv+969h52gcwVAYwNFXgJGX+pK3oKc25KNfaDIz0OcccnnoFDNYS+toE9yA8'
    'DRF4itc9uO6KNb+10DUv5rrLdxdlf7kg4a3nPxO+Tryv3377OqYBguucHgcaIMal0wOXJsnflIZKkPtRL9mbXbDOLjCWCNueydLs'
    'hZI8XtUpk1V0eVTlExH0eDXjT5UTeWUDwad4P66y4GshDIgYBiYtDPD9myb7V+WDq1bBf8QyCDeJEFlbreE9L6rtNMgGBeEttQB8'
    'JUh+vPuJfULc96Kat8/b4TKV9Rb5a+HdLOHbsS9h+ei+m0lkVryMii9lu158LOdBeiGRp5jey23v1RWkHlnvbNAnWUX4cGKc9U1s'
    '5Dq10PZskPEfB+1veNheTuuir1doP59/2r6fact+ov7OnAJlnjcd8MpkFPo6XE78ooOMDnGErP9OGNPtMJ4KMdWehELWICEmXXbo'
    'dTnurBI0afokC64BVs7spVmX9UUlrP0UhDa1oBtWVdxZDO9i0qMLMO5G6FM+6YDSmYffSg8Oe1gIPhVuQFoPPAGkgXsv9L7Wg24K'
    'vl95j//+vFi/uGj6xRJ/x/LmiZE3I42JZ+xPYn3cWB9Xs8bHKtaYro8c2wJCc8l6DmO0ehRtibosprQ9vSOpaMZYhzjWIY51iGMd'
    '4liHONYhjnWIYx3iWIc41iGOdYhjHeJS6xBHfeeyksopKiuRbY1cOXlkIjk6pqf0sg+b/vy828O/ix1oKEqTVoz5ewHXtAbypYg8'
    'aBaBt5wsf0xdH/+OdMwyRx5QfNeO79rxXTu+a8d37fiuHd+147t2fNeO79rxXTu+a0+EvW4K9nIxfGRliMz2ApHvk/50dt49EJJ3'
    'I8v7F0SXgucdimjnHtLOuyEdgLST5b2D5MU+jEDaxfLuhjmR794B6SDLc53w49DwPMOK/teTdmgfNpI6wvycoez/CKbLimPYFVGe'
    '6rWrxh/V9mpCH2xk8NzP/sZ6u0n9uLdwDc5kZbfiXRbyziH31NNJGaR/MgxmTmf0SC7OQjqY0r2VRv1o4fuDRB1mhH/cKzgfqN+A'
    '979ySLldCOVt4R0L9dHlzzqi1bUO6lsEfy8Q+T5tdXHgdjE6tttiP1MadITh0kO+xwkuC8uL9xg6Z6eSuTqCrPtpUO4GTZszFW12'
    'M1q+y6BNbqNTQXhEYesg1+nDhCbie+I4BT7sZXCPMI1j2qHIi3ujg+2R7STvVoZXusheR92hWtY234N9pL162C/VrJ/drEwH0R2q'
    'Z+dxJ8Nx1zBchzT/yaRv1ytwlapvcp/N0OCQftZOH5u/EVbXHMJjGSKwlWFzO8z4UrhGVMd/Jeg/cdjC8zoRASuIU6i9PrcdoOUl'
    'fM4EeE4Q2LaF5WL0qYHdCaidafZtStKVOtoS7wFz2B2d87RqGC+Xtkd5uevYPqe8+qaI8ermUK6l9HNvMof3JDwY0q3LThgT1lWF'
    'ZTV31BSk6Wl9ey1LjD0xdjfVlf6ZtNVqLVwR/tDTHlH6TVCuzD4/S1lfcfYgvI7Eazqt1hT37a2KfZuZxmtcBk94rvLE2G/zLKr3'
    'jE3EGt+qX2NTe9CofX1TvOZvqzXHfX+VYt/H/jASCbHmkJuK3NMqHJ4InBz7IBn/OTejU0PWQLrzKJvecpY2JmdZzAw5rZ+msI9V'
    '1nKa4FPTxvfVSLym02pNcd/WsX1b6Q8otKHAvT0iv86vTZj+wrHCt6+i37kcr0X4vizwjl8h8n2Gcn6rrXx7F+uDzX6we5KUNCzt'
    'k1bdwgrw7bLYTaZsKiS09ivQYP4lTGdJBYcxvWcAEysLWcCK86NyxPTe+M85yqYQ/nsU8J92wInTbG1SBrfW0Cfpjtvy9kdXvCaT'
    'ak1w3zTo6K623I7dozv/asja1jqUU+1bSftMXRhJFR2HJkvsPz0KfKb+vp1+axL7vI9eo9sLuwJb+byPurOF0SnJ+EzMOxNLubeS'
    'Bte7mE6ZfGuSEb7PT76/THTVVLweWebnQu2n2mZ9U9NrvdOFrneUCKwY8JAGnhfCxrWwjtss9u00X0d6BrY63sDDz8DPRPPHbPZo'
    '7u/sL3er9uSUe1TODpOp9AT0pMHmcthgfHUMjDSMd4767ck2/3uaiBkKxe/1oIN5HWv31Ue89OOWvnJjelqBSwoDw0h6WnVmTx++'
    'QEwnx2tS+jWR+O0ahse6Yppo/PgCnzE7L4vBN8iXbyRTb+cH55br6rtH2LB/gnstXpOJXpNIvZKQ/in1SiLyh+mV1Ip8mzXUCQmL'
    'Jxspn0nl/v68imSvYPoDtQ7lwsbzKTaeT0C5KiOdLMlpKCvHvzPT6pSpyE3zH7+YCzewBn6yE7vH5u59/LesIL3eQHVyf9n+O73f'
    'r47Uw2wJvSmWj70efvWP0IFOzsjNzWLdVVMXM1Z7/jnghYnyU2BRLCWK/IwV9Yk4/+I1mfA1wX1zt2LfwFmQxcVJWLB0pFJBWXnI'
    'XGUmzRpF49lkclxWyrYO25aDX23Kqb/XK+jau2KYiWHGAmYQ73TE+qgTohtZAfOP+/fKeO4nZO45/wbpojJyj6pj96hKoueNMf9W'
    'sHrRNr+dyF1oHeUkP9cVl/4KGkl+GifSpp6miPthI6tL0vOzhJ1vBay/huGRWRF3Z5zHqHy8/xm2Lmm2Lib12cbdtO3rMNSThHpn'
    'xboLU0Z3gevMDsK6x+s39dYvI3x/v+VkP3K/YrNZPop3j27189WE5FvU6u6XOEwur/Id7iqbqFTgaPQ9diuB+XLNN46Lk8L3CV9F'
    '/qZ+i9CvDz8vePxk5L+mGP+V+wZ6SX5nc4X50G+Q/H1/9uefQ3ikKYCPq2NdAjX9tefQNgX+nxVvVM51OoobKtdppkanhO6B5ZDO'
    'aPW/qXRQwvQJKwk+oP4w74f0uaP8ehYRGg9NFDvJfpR5pNvOuSLfJx76yENfeOgbLyr+J/VbTH3cmepI9hZBjjzNHg0P0O7YCgVg'
    'g6rqAXedI+x8nKJ/OO6bbin5hj7n0G/4QvINffUNEFjNiHxfdugXcJbiG9ZZp2hvRATjhL+kOfdM6Gpum039LxZaD987f6TgdVR4'
    'GZJ6mUx6kqg3liTgtEVobWsfzU0VOcy4MMj3MrjAm5GRFfkZK+zpTcpDvT2GiRgmFDxSFe+kg+GlPPrRQa42jZ5IJnwx9Oi4f2OK'
    '13P3ln/Mrs3P/L1dpngftr66c6de0X4l4/fIM3GLyI8RlSE8ui0i36fnYjjzriD8qSugrRnC93m9OOJMVMVjjvJDXE7GsoUQ/FtY'
    'W2kRHvv5Cs184j20SnPPmu53qch7lgjGRcgu663msis3HFZOeBkq/rYJr5P6Hlb5/JeD+jXJZwq7NvGvWkV0zIZuzT1tQPi+vDkP'
    'JqxO5PN8Qfhx7PsN7njYHo9j0+3Y/l5yBzVt36Wd64QfN6+XzeEoueO61H0Z4Dgej8ilrjMBbqnf+g5yF3epcxUZ+04GT5hud6z7'
    'MOH5paY+6DlsjpC5cWnD9k5G56yH9InGBbko6c11KfYz3ikxLtcR5B3GQZtL7qUydl1O93Kff15i/psO+PdYfPf7Z4KxOuft89Ln'
    'n3bj39JYinVJLy5GKecG452tIu8wvhyNrSjfyfQvPp4fW1G+q788Px7gEeSbjBso04/d68dTw3aWXBqc5593B+e598LgPK+8J7/e'
    'JKE3MKbk3yc8Xq+Eux1sTwxbwLHt/JvwZVoszprtDD8OMLzUTd5jPKHZRTpLaL2LoN6ofo9Y9hfjFfD4QRRv8DJJwpvZkPB820eN'
    'E3lgrQSP0787JhAmwvJRPYAcDZXwYm7Sc66D0SXdU2QsLwgvpgEdy8tTpO//R3i26KXADzOFH+tLpmsgXQ/pOyAGWAXiWYgJdPs8'
    'L71jnr8/5gk/dtiZUL4tIoZYPdHFoPlOgHy3kVhj69PmZ12dw3zQcbdBepJmHLx/sl8SN8wndAeVp3Rb4LNucnbo6EJK28yHuaft'
    'Xktwo0m7FD8NsDNsp1DHWNPpH6nuTmHxCY8RzB6mHarUMJlM4x7a0ClRcUZXCn2c0aWkPI2bSvMsIHmGNHlKHQ86QeQjlPfEbXpU'
    'c8nLyfmMKufqs5bDlWA8LlO6k9r1b43l5np+zkdz/7cSuXnxZI6GMmGXO8Uygv/w3SkiGMfqaCKjqyV7jsoIMf5hF9uTtL2bHHVl'
    'SjHm8xVj3qgY85mK/p/hMA+rFWVGI8pgXGhahsZMo3kPh7mgefk5N1ORp5vlqVbkkTSN6vyayPW7WrF+WxTr917y7lHF2n94ZXDt'
    'E23BtT9Os/b0zKL3p7C11925wtae0jVRa7/YYO0XG6z94hKsfcZy7WmcSozHtoDpCC0H/lAZqS9Fyi9n6anCjxV8nvBjw4XReRlC'
    'L/A4mH1kPnksyU4LfaAhjR5QI+O9m8TsC5uPdQSmj3bge51awjMJcez/knczW713b5J3M+Dd60Rvq5WtcyvU9Zoiz5Gt+Xlehj1K'
    'aeOwPssyz0u+HMFLNuNtsrjPIH7ZRlLZ/t8QPvowwxFDCj6a7o4k6/q08JxoqGQmw4o2ovo+FCJ34XwiCvO7yZ26m5QxjWc9yMa1'
    'DWgZUx7egEFbvI1zYI9SvD6kuXuOKMaGd98jWFmsayvBM2F9ixpjr6btw0EuYbqmVLYWNVcdIj/OLo9hGoZH0pZ4xCTeuMnePMS7'
    'hvRkEeRrr4K0jY1BdY9TvZPypfUOd+0wHVnTOpphzcd7zE1Mxy+qnzo7LaoHOyJi/3EF6nwLIpIp+t3VdG2ofMHmDC4WDdLAeG6F'
    '3mkSluXLLMvHdgwhMN16aFod7BhajPgxFC+uJamL/L2RnAk3Q3m883TAGl8hfJu0eJ3Hb53nwLqkiQ6dTk6CZ3KaqKCGyaWS5Fxs'
    'jDjzXPDDWg3NPWxB6/67gvZvsNCBMqG7aX0vsb+vDdE9knN4sNbjr9D7Edf96mUygVbFvND3rvQ3bbPDgkZ+ncnMv1zry43D7g/j'
    'PZYRi7sRjuW27FhOU9ybTGyjTPUhOhgfpk+jNzDe96ozav09uJu13afg6dF8IwqdB6pjwnU3Ooowlqj57lbwEnJ6DmScv2PjM4GZ'
    'fs3+5LoSrmOm81rIvvxeFsG+G96dxuTZp4I8+33zgnPJZfay/CkgF1+dNpPbY15MGxR6sLwPMu9Koo9g2t9V8G2Ppr+0T2vIezlH'
    'd9R4d24Vv6Cf7bsOBk+jCn46hQedfJ/vjV6DtcXz49Ia785bKtgtJsz+G6SvEHyakxXUeHfyQs9j2v9uzRr0CXO71gHNmcT55W9W'
    'ezoAVP+Pr/GvFTxQHR/R9nzrjcC5aBv5vWp/nicrPg7r/59X59NKJnvEVvdlvM/Ya6o9eZDpmaqCx1cjeNTDGpldD/ThrGqv/8Xc'
    'fzZ0cNjeWlDt3Umizpg2Qz01zEvbPI3outEz5xR2RqxlumHvYt/XwBnyRvaSe9Q40ABdGtzdzXjWPxjn/gxq9jH2Z98E94fPz53Z'
    '/pwloukLE9hqt6CL2ghcmdaPsNZeID3UZkhXyflpr/Jlax0TAMeI/+ePUz8GI/rx+0pP3kTh9sH5+bp4XJeyl+Ub0eC935F6c3Ld'
    'yvy7tKkM3uW+vJ3MRyHn+nYFHSzH8lClf850W5zRnRZ0cbeCdlPRgZy2+KNKn+7vM5wH1TpymyiTNdtmMS6kG7ZU+jTnZKWZc3qz'
    'lT6un2jaOCefqfTk1DL/YXVeuhDSlZDOrVN/XwNpBtJFkJ4F6SpIl7L8M+u8tn9REdzvLjDmKqP/XkVp+Gqm+PuhErcfdc7/8QS1'
    'j+MfqPBsm8b7nkH7xPmb767wZOkyzzFsH8yBtBnS1Qze2yGdB+mRkJ4O6Xy2f86CfbCswsddk5kvmCTrZXP28vo4v6g3hH8U1obs'
    '0z9lPE8kLvpFxb6PP57xdK9tz/MRxf7kfKuwdj+d8e/ME3FflX24MePpH0bxL23uluNFz2/MePRrTt7H9vxhbG/PhHSW45m3MqSt'
    '+Zq2mh3bmk3acsFNtNwCSE9i35dDW2+V+7A/Xnf83P4f53aRR/uNch/v2OgzqnChaVndPeLT5fn7vxT09sEIvtSN5Z7NHdcVtdWJ'
    'NaUdriLzP9Ey0XXlvn8JF1pUJ2fI2X4XsW7e77py7+/JiLNl//61zNPXoHgqAem7Id0AadIRRz5b5sNtxzjgjYdJe1vZenVo6KRu'
    'B/yC8HNvmY8bikmz2dBoI6QPE8HnkH24oKz0OLIzYu1Xlfm+bQYYn+AljY5DY8JLUwm1rOLwMt9/kAveNcUVKTJ/heDb3QXcP/4l'
    'HRyrSx+izrJn0h7OtcE7pnTSw6TuMxjttZTRlhst6/6ztG9zUCxaKAqODuL5n/ZtVwrhAcu6eou0zp0RtOO5JW4H9/0J6YmzBZlF'
    '1uUG1vbnNLx37NN985nvF1JXGF4y4eP/d8rzbTiR+i5R98KnUz58tGv8YKxj9b7boZ19Kd/eqJPhvoOGOOtTKY9vNV58ENnmLSlP'
    'J7oU/I6crVfKhzfuj8hUxo91XUDmZ7xkEieSNsdDVzKn30xgaSiEZguDpQqyrsOateq24Nfzefll0q9/TcR+Wu+wn/4x6clFJxK3'
    'yH78bdKDX3ovQVmJDW9Z1nVf0vche/mzIAd/Jt8G9qmnvHToS+BT4ICXPvacV8dHk3o8020oM7kt6fs4c7Hn1J2R25O+DLmUPAzZ'
    '1nmkLT7+HUXQf6fztTpZuC3pUUmP7x6mgxoF6ydZ6F+Y7LGxhA+PrnKPXyR83whR8Mjh5WeJwuyK+Rx/J+HxEYshU1HBxaim3QfJ'
    'OAq9v8n6/lRRn+sdKaf/S9aI7+FdQu0vA++mO0hZG9iXZXqgrC1PXpa5JKRsGI89J/9L+D4RuyL4QsiLXEfKmNisyDLHJXyfEia4'
    'q09n651w8z0wwOqpTvj+MMJo0HowSKqOmCMc5/+I6Ly45q+BbVaxdRtl3T+Cfsjvv9gENtHdvv9Umb4BPk2fIXl/eIGXpq70/aTK'
    '9IgeL+/fheTl9T6iyHvabnXev1bk7b1T3YdPh+Tl9X6E5H0DfMR+UTMPHwjJy/3L3kjySgQg07oLg2XrAQfwvHddpc7brch7xs3q'
    'vJeRvN2Q954B9dg2kbw37YBzaZN6bBsUeXHdeN6TFXlxLXjeFSRv20Neum8/wDDQbose82MDYd6/fAJi9uxT+09uIXmjaMJakpfT'
    'lS1Q76xn1L4eTO34TWL/xDbPzBb2M4XY8bcY2/FHrU3sKzA69oP7OhXmKzBpaUMc5stSFfdhjgWcoK8nG7g6zKGNRy3bMPUnEeV3'
    'uNjlce3Kia+ACxkOXSXUPnAWC9/HTC38XiP8OJoY91Pmw9ij61kd60V+LGosX64oT8stEXY+QCTf+/Ai9dW0TWqHnybl8mIIZc/K'
    '+14MX58KMvdyPY6EdZpD2uM6tTQdEvbxHtDvRJPwfbpRf4XUz+1ORRrm51YVPwbHhn7Y5q3yfS/S+JkYd4HGJNpM8lSM5eeRsW5z'
    '9ynh+/c7D9ILNXC9Qtj5p9b5Zahl8CD7j3y4TYrUBp/MInXNTwdTF9zk6qOG45BGy/oaSZoEOBiC+esTNvGyU4lEepqf88v4yWxH'
    'j9WEZ0gKyydV0162/04/Bp6Epw+KcN8m/CwdDNlDHFaHATZM6qZ7IBVCd1DfZyvI+SIM+1UG+MWGni0kVlYxcFahvtlMfb3TOxr3'
    'PZoSdr6M0sKPH4M4JUm+U9/iHEeVa3DUXJKf1+fqP+9oSMvH7PAgpYMwXzmh4dAPEOZvJuOgseht62kiMITxKJNQ5pjAXSv5tn4o'
    '7uOx9hRodI9weML8NaVKDMc5fsuHvLRsj4cHKoQ+Tjrfd/XwvYrtiWWMpg6jC8djjF/cO/3HiLy8ew5MzBjLxmGMyHP8/dcmx5jH'
    'Y13TwDv9wdOTa4xIU1AZ3y6R7wOexyGkchful9zV52WG9U9HM6h4S2G0DN6JTWkfOab3CM+HAZZJi/D4t5Q3sBzu25yGMKV5k5Og'
    'nTBatRCfli3QTpLMp46n0mh5ps7VwAuNX0Dh2xVOaUxjEfO1lffdIzeLu0C1qBWmycIXZ45VFklrcV5GiqwJ8guT5A5ZAXB2Osj6'
    'ZgPNvFtz7wnjecVxrE3jWN9qFMc6aRDHugV0C+hZe2W87/LWYM/VopAnlI/EZRLNRMckbcnDQL7vDhGMl5ST7SSCeQZZnqaEz+9A'
    '+5Nuoo/Cv6FOSZrUTcs1ED3Yt4Q+D9os/z8RbOMa+PYf5Fsf69urim+H7FEVdY7Ctx+TPm1luj44J8+S8h1sTFmyU3wrxl0x7opx'
    'V0DOp6Mxk7BGKrqiitEV4tzs2v6F93t7W/b3tmi+UBJ5jor6G4pQf5niTnUtkT3WAl5CX/LpGBZTMFXnKUCoWKoZ7Sb0rTxf71Po'
    'aQhhHj8LY3PNI+/mg2y1mbz7Gp6p5N3a1qCOF/LI0U4Lbb9OcZRJxvA4deCxyXJdr2H8iK54Tfmatk/0mhYae0l1vlwDeKDGYd0n'
    '02MhXkrZ0ZpjKUlr6uVQ+mfM4akPWfeJ4NthHeUOdevqFETvTX4stzyHZJ3vJ7wd5K9vITpMWN9W4cf5lnLWYCyet7esFeEuO0dv'
    '6m9Ghcta6TpdwfQ/bOT/Kr0vex0midWnrxITIPsGhzPKWFc5oKMEC9NucpgB/XkmsXPdYimfuwLqODHp23/ROlIGOnnHJD1aG3GG'
    'yibxOmHm+0ZVtkvk61BWJ30b8VLokap0SH+RMNchfSXh9SOm/5T0X1oU8LQXuN1saT+5noMJP+72CkXqUudlYAtscmbXa+qQdper'
    'SR2qvbNN2Mct7hX5NvKLI2gnLnduFeY2351sb89MeLrPqjnE/aj6ppOb29aD8bRHgVcwpJGd18Ry0DC+cinveFbr3wRregvY2qCs'
    'M0N0PHhs8SFiwzVbs69Ghd5HZRjs53ynCt8nMPfRws+xXZo9FRWHidcd1adjhO83pkOofVANsTN3UATjjuf2MJlbjoe6FTo2XSLo'
    'e8WFr0Zxo04fqFJxdzflL94GaQ3pJ9cZQTvxhGKcPA58t6NeSUb4/gr6hbnfGxXMUvtb1dpyn8UrFOvWwfSnFinsbbpZuh3yzhW+'
    'H4B+zTxRHSxuz7NL6P1Busytav8gXD+YrexWofa/3Un6YdMWjaekgqUOB135YsAGjvn0ENgYZvv1RAVs/BfLsxz6Z0ofcJw2wOqb'
    'A/ub5jXBd9UK/P8rNvYkoQlWJL1LO52Hlx3Xun+SrvW7LNb6FDLvJj5kxnP9X3Nc/4GQ9X8oW/aTwsznCD0zuW/SjiLjh+4Jghk8'
    'O84n+LtXQyMNszIbCJxF+ciXZ9NhjvBiOjbs13zh+5qlZ5GrfyNqn6TyQU7ha3bCs0WjMW7o3rOBmW7LsdO8/UTfZyJpkg2GeGJE'
    'qOMSdrH62hQ63fScRxq4ltEtg0Ltk6jbgn7h/slrFfDP43oMK2Dkw9mfvTDXeC9Zx/yJryd+x039/bwD/P1cSnDpmel8v0E6H2qy'
    '3NnwLcoHEfdPuDHtnyUIO+stYt+tZj7Vz03769gkgr4Ro+IRbyIxGandsnx3vIW/Q95XVzp0vcZ/alvavj1XWadwvC81EyYAt+Hs'
    'IHoUSDdmiN4f4qF64NOgbsZL8G4pyf8SwQ3o86eWtdOq0DukZWaTNm5itihof4i2KPhuBuiJUL2TZQodK5v5usDRNqKatJGd9PSh'
    'jyH8zyh7EBudhwYiF1f0R4TJfW3bqiIMIiozRf12F70NHexXOMI+tTFaLQq3X1atkeodwmqp8lPfJMWyyS6HnzC7JG5rJffKhzQy'
    '0QvJnscyScs5WWuRv5nx523LNwnfvrwZzkHVuFYQHBN1jlQ57gPZ/vEMjtMMx11GaKVFrI/Hinx7bdM5UNldrRV6/0s62KRwUgZj'
    'bzKwobLd19jfBBn7QqG2kTTRNUmKcJvLlCWOLCf5aN8KxYeJIsybCcyq9tQKS5i3tVXFdaDnGcqM884zVOBYrNfRoPu5ka2NTh7N'
    '70hIA24t0lnmunaoT2tqa9kYIY+J0pMqL6CfW+BbvQKvyLIzQd8hzK9bmsmUdOXRzwn1j5IGhVX0j4L2qoi7b1Ho5KMOxkStr6nf'
    'GdWeXMb0RMLKFwOGXfF2sWxga4i+3cmGvM8o/sWQCMby5f00gf21lvMxECGTkryAi0Xh/t2j+EAmsfxMfG+PjNO8mcTV6hLq+BoD'
    'GtkkwhjqV9K7U67axB6mPujfL/C86mW2CZgOaeir6w10npYQG4idmnQF4Z2i/6d2hgfqCI02k9zPES+iDsggufujnJ7fse9XzOH/'
    'B1ht8z8='
)
