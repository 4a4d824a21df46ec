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
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 49974, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 50236, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 50530, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 50548, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 50565, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 50594, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 50718, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 50848, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 51055, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 51325, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 51429, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 51445, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 51461, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 51505, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 51529, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 51630, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 51655, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 52504, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 52612, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 52626, 28, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 52654, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 52773, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 52834, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 52946, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 53073, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 53194, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 53468, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 53602, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 53739, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 53767, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 53783, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 54047, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 57684, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 57904, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 57925, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 57983, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 57999, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 58015, 104, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 58119, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 58174, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 58288, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 58585, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 58763, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 58820, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 58877, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 58934, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 58995, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 59052, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 59092, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 59232, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 59262, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 59363, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 59387, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 59897, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 59921, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 59945, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 60353, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 60494, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 60515, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 60534, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 60572, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 61417, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 62261, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 62452, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 62698, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 62776, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 62887, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 62929, 46, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 62975, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 63053, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 63110, 47, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 63157, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 63189, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 63341, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l+/W+ZelOCKFDCHRClk4gEEICDUZBWcIqS9g63Z1uSG803QlhDQoOGhxwwXFGvxln0H8EAyOoA6IzBhQSR3FB'
    'kPH/nBEGnBmYGUd/GEVx7P/Vu+fknndu1b1V9d7rjXv5HpW+t/Y6derUWeuEEGnhPTIdzz7N2bQT3iWyv0b4dwZ+DdnfEU97afqA'
    'EPXZ9N2Kb9/6sfftVPLt9PO99KzzvG8nKr7ddaX37VjyrepsP4/8toJ8q2bfjoRvbTAOmQ4I79th5Nsw+9Yi6yLlZJ0rSR78W+at'
    'JXmHI/ImYf4aYT5lO5XwTs53Lcx9RfZXQ+a9CcokSZkE/E3LVLG1Slm0IeeiDPq7Hvq7kbw7dZv3bh159+se790x5N1Pn/TeyTHX'
    'wTz0kTZFSJ9ludbsbyGZtzSMQZCxJCPGXkb+lnnKSX08b4Ktjel8NZK+mfSpEfol99RiNu/1Fu3KcZTDnml0KHv73+WPtwn69F6S'
    'z7Q+3Cf4N53r9ZA+u8u+3kaox2ZuM0WaW9lf17mteCY4tzi/pwm3eagg+FaFx1aF4LE2Czx2qAUea4L+y29jZI/LdATyVJJ+9cF6'
    'VinwYCWZo/cl3GCwnK1DG5m/KujH5yHl/R6FtAv6Vk3y9JLxY14XXCHfXwZ9SeVeRj3JxEx+chPTJgp40pE5bODH5DyV8Dk7Au7W'
    'szqj8FYTwNPXsr+roVwnfJP5jwrATfJt/dD1/cP4eEa98gez7XaBrATZ6xRnnUfw2Q3s2xkE7yCu6IH1w/PwOkhvBRyH9SDtW6ko'
    'T/OsIfTUhnR+3aekvfT9C/y616e9ckeQvu1kfboa0tWkT1vZ2GYDnJqWHyXnjQ7nV2v2z1KyLwrB/8stz5ByoM0SMMf0HrQY1n0R'
    'u/9UQlvb2730Rkg/1p5//sl3P++BfvWq7wHy24+h/H9B+kVIz4UybwAOku8eh3tOc3942VchfR3SB9nfX4S+/hPch3L0+5Ve+kaX'
    'f+fIwJrJ938DZV+D9Jvt/ns+7n+Cb0+0B8edArj4++zvQkJP27Q1F+CTt9XM6NJGArNdkK+v3acbmxQwirR6pYIek+U/2p5Pv8h3'
    '74G6L/6kl25qz6dBEGYugny3QHoJjAfvk1hWple2h5fh+6oe9uUJjCYcInuY4pcR9nc3tN9K8IFMd5H3LTA/AuY/SeanhqwhLd/P'
    '+tHL6C0dHPMx1kK57CcxB8p9FfJ/A9Lft/trJNNu3EtsDi8icyzrPCT7mwd1zoF90DaWXxe2dUABk6p14m0kCTzVKXgucu5O0fBa'
    'tm/10u93eXU1KL4lrg/uw/d35ZdT8SFwPavYeiYZ7N4FuOeNW/Lbo3257lwv/ff+YF+QR3Pz3XqcMJRtfIkiP+1nOetnmvXzr7Z4'
    '6fEwL/99Q5C+72R7ZFiDB+S79yS8vYK4hK7L+dCGAH5Vs+LbnnuD88TnQjVPlYp5yojwuahgdx3dOGdbzBfNcxzLw+9zur41A29H'
    'KO5nOO6yT3jpW3uC8/XwvV66e4/ijO2FedupxouI4/8R7swUV2EdyQ/57fD6/2qP3z8VTmqE/Uxh8C0Yyzkwb6svDs7p2rH8PJ/b'
    'Gqwfz4b7gR4pt7zjyHo/c56X9sDevPkSL/3O+fZ0kuzLByQvyaEvjdAf3BuUZySu9PcKjr2R1V3B7lO1rO4mtqZfBNrrrXt9eph/'
    'u2K3zwOZjD0zi40xHTJGm3mezeaC75GGkH1XGbLvaN/niPBzrYycaxeSc03Wdy9b/00f9tL9d+WfT3gOyW+/uyK/zEOwL4f35J8j'
    'YTQKpzOfAlz7qc1e+iTIH1IAF4tp3nPy836T5W0heb8HdODVMLev3QZ1bM2XHch3n4e8D7C8n7lLfyY1J7x7qcseLGdzwPv6A6AZ'
    '1u8KzgHvK89L5+AswDeLYW1/ebGX1m0LzgHm3XuXl47szs+rOgNN+W+cLz1/3Psu630K6NQMoSmf/CDQe8P5MPIypH13eullAAdl'
    'u/07Ht7RcnQDwXmmddC264GWX8jgL6wO1f0H7y20f/z+sg/a/ec/D9LDur7/fI96DHMB362H9m7vVY8N17Se8GBz5c7O3wcfvRTO'
    'DGjnuisAnkDWd4Fw3wtVbC/sGvHSo89Tw+xiRd4l56lhlu4F2ueovcDzhu2F6iLuhbD7CeLNI9i5shrSE0TwXFkDabsIniv4bS1r'
    'W8UvVb3D+Z2r+d4AtJ4pP1bFr+LzUE7Os2vImuHcJzvC+Y6U3xwFl3j/q2W0SB+7S4+SvylfBOUa9J7/Krnnm/DyCpFbI4zZ8PIa'
    'CQ+2Fr7PsZhfTqcenn1xiyNeSDrO/3lFnv+TAEdH5R9gtGsv4e3UA190mUE9/SwdM+Blj7JxdpL3Ue3hPA4KNU/AFt5kHZ+FdUDe'
    'N6X7ptJ+KiuQ172efZP/3gD9Xcp46y73PDmH5zjsn2LMFdcvCIPBBONbmqytbf0ucGhyjtwyRc+RZUXCO3hGY9tR9XWx/owpeNXT'
    '/Vz6ZtKT6UzkuXRTkdbzmhKt5wXT5HxaRmSiOwzKdzMZy5BiX/Rq+kfX1mSeCzk/6RnJdQHfEXIG9jicgVRvicqYUG+phbU1pIGd'
    'UQt5+y5yP6mzWL9OzblN7wvfT/h6U22MxzKT8W6miPSLTR3FpnOuzL5oSvhrSuUoSxTzS+dpVCEjLWTtwuBY9vX/wtixfFj+qD0x'
    'RNbeZB/wPaeSGQ8r4Ma1j3K8fy7vcawP25iuYqvlfqZlTNYVz88WDe4b08zNSMT4kEdRD/M4S4H/belaWde5ALdR69+n6b/tOHgf'
    'KD7ZTu6fjazeYbYmK9j3bQz3IE8ybI0L7SeXZyJOoDKFhUSmQPHIWaAP5sqHxP5kCI1RyDlLz4BinqGu/EeTuxHKjCguFkym3a3Q'
    'a0Fe/mxCr5ngSFof7rtrob6HYa2j9vCRBJ5t5mIt4Y9SPunHCC2xTUOrqsaB++T9sE9wHqLgZTtLeyLK4D2gUjN/10OeTpD707qH'
    'DMYxbNC+lK3MZ3isk619r+ZM1s0dL4u6RocQWtVUB7JLM15VGbxbzCFnAD+P+iJ0t8aY/j+/H0fhMfn+JcYP+SmUmeXpH6fSZeUH'
    'n0x5eQX+u7K8qrq8prYOn/qGukl6GuX/mkpRc25i3hwfT+T+7z9C7N4t0we858ILv5BLn1u6+oizl6049xebz7vwKw88sBQ+/+5j'
    'dzwwbvA8fus32hIi/cvsP2+VVQ/N8zGK19YfvHYeuOD5B8gjV273eLEe2WLHz8K/e88+3dcW/OuBwPPaN+hf42J8X/Yn/3/huByn'
    'yP33Yva/X+b+n32+8fpbUPP4+G8C7WVEsZ6rFO9y7bcaFK4waUE1h76MjsunWogeCJ4pFSQP6j2jnY4Lz3JJiF5iOTmDH2Fn8kLG'
    'j+khKaVdRxU2TKY49VWGJ28LabezhO12gbyT000qGn1MQbfx/Cbngo4eN6XZOplt1ho40+hcvGRA49j0dxujz0Y0916Te+frIfIh'
    'V77817OVnJZ047tWhsBdzj4uqc+D9FklybNDU49sMKPII7/9NpFvcxI1hyOs7lcdy2P7P0n494qo/WcKYzm+eEi9PQXU+2DCxxc7'
    'JhBf3B3S7kgJ272WtFusemlfdbB/fsLHj/3TFD8enpj+OP5X2d8Ci76a4H4dDMv2noe7i+3chNW5T3EX4nP1aohch+KrB4Xnu4DW'
    'MWQhAzLlj9Jx8ftZv8PZN6TgZfD7dj3M9cIJbBf5jBdNcLs4XqlrdrxGRqTbTyZ8EDq+iV7LoSLpv9joAnIdc4Sl6xzlhvNLQCPy'
    'vbzKsZ3XLduZU0T8w2WHLnSMi1wrjMdaTfjUGeBd03vdHA3sd2rkPgOa9cQ5WAJjMOXD9VjWT33xROVV3SF0sknVPOdouxB5UL+h'
    'zGx9SP07CV/ZdA06Sfsmsj+XcZ9L+mXbXhhOpWNy6dfRIP91ha+JmLso+0+6Hx+HNtAmE+2CykCmI/YKcd8LbrZBgulwtz/kpffs'
    '9+VYaMP01We9tOZHYO/xtJdnE9FXb30C9Pz3q+s7geQ9dK9fjyrvSpL3eqjv2B+q81Jd/JseBr9j0Jf0/vz+Ig8tl/d7YCv8KNjz'
    'PuKln33SSx97NmjL9RXow4tP5tfryo9oBl4M5zG0AGxQ3T7sw9Gw9iuE78+qjsFgB9FtpHWUk/woa6XlVhqWW8n6nBJ2Phvo+TSa'
    '9uDIRv9jusyNy3y0ZzM8M8PnI2EwplLgvHQEzrvSAOe91wLnnWGB8zoscN5akrcFcNFXnlTnXWaBHw8jeaU/R5mu+5q6XmoHK76k'
    'zmOLO8sc90xXFgF1puz2TCe7B9n555rZ3rpyE3Ob59LOSXiWMMtic05+lJW7Fv5dA7RaP6xfmSennjZPyvxJ2/nJGs+Bcin8ZLnI'
    'kesLWH+UdUqA3Eh05mg+G1+qEp7OJu+ovrN4yNf5wHNi7z7wY/tt79tSgicF4LxHNXkXknrmAE7d+9Wgn5B/fwa+7Q/aUCbgzHhi'
    'X9CG8jE4n374bTffhDinNvNncz7LMd4K5VOilD4TZzZSPsiIz3t2C+enVW9TJIpInzUJN78EOhptpwGNNmhBo3VZ0GgXW9BoZ1nQ'
    'aKda0GjHO9xhlxnQYYssaL+5BrQftWWnOEo1pkLsCRoYzqA2dNmXoTRMoXf1iml4V68U9v4VQ+c4mRtCazHmOKbLDc6AiPkOfZLF'
    'pctN5AwpBV/zTyz33QcIjDcSXJEU4X4oVL4m2iNkbFE+ImzoqtEriu+H2Mofea/dPB+m4JdQfyFtWO94Pr2g4udUsX1cTuyzcn7t'
    'xvPv/bZ0AtIWFAZPz/7eVSC98Q3me/JQ4fvH+QJ8exrSLxP/pCpZgPRDifEFKC/kaean8p/bS+vfKN6bwb2x6eHJ3ZvPPf322pvv'
    'gf1ZyN786Q+89M0HfX4l7qnPwrfvAu3+0y/7tCrSoaNAL5+JNPDe/Ps43aOLNW1OhT36suUeXUDyUf97W5gM8xzg615O4PRyx7VX'
    '4cMtZJ80wb+7YW5qSRut2w+SIx0q1fo6BS1McQ7uh2uYTRbtD8p/E8zW5yqi3zussQe6SPj2470GeijbhB8bqVqo/TBvFfl+Jk8i'
    '/djKdBowz1roR5Ssegfr/1FkjjqFud0sjqOZ6IaMGpZTzf82EYy/gzi/GW2OGM6TdZ8cAZPcJ2hZCExeXgDNuzv7Yk3CDu9vYbit'
    'TpjbiuP6pRLF8Q/wK2Hvm+AVURqfAlnUHGnXS/div0VebOMrZP9tixjnA2SPmOhJ9xPdFVn+zwCXFrJGVJ/7A0WqD20DR4je5rq0'
    'lx7P4kqcBHEl3kfiSqyGvB2QtkN6HKRrId2Yzq97bdr38YJ6yZsi2juK8P1PhW+3L/DSO0geXXmMV4Znwonga/n753jfVpNvfwq+'
    'Rw/b6fPMdPz/xYROGAVe1pvAK9sHeeaT8n94r5eeNuJ9m0W+zb0o/1sNkUXIcvVMPiHzq+gQ27Oa4jEpCzlT2OMxSpeni0AX07W8'
    'HtIXHHjTJn0qZL50tFqV8H16DQs3HwAi4jzPGOKBXo3dxhijIQ6DOy79ttWApqA+gExiyoTpXmL/VDZWKh1hjEGW0eBu6uOf6/rv'
    '1NAb1JdPXcbzc8DPEFUMHNXccNuYMJ8a1BZ7g1D7qT5EmPtPKQQWJK48wmB8EwUnGHvI9Jzfytb6eqH3nX1vuUfrIy32dtpzmRC4'
    'mwiYz91dyt1wJNfTjdIj5n6ZqF+nZQq7nakA+3SeFoNsTuXjYkeEHvOg5n2XCPetRm0cVP5wcn5WyjzfKK5+bkzmWeU7bVij1z+q'
    'mK9SrpHKblNlv1PNYA9jjiy0wGvcf+CwxialO8RWBWW8eHe7lq15p8W9ivvFouetyseQKl4Knb9rRLh/okHLPkatOd6BZmdh+PuO'
    'OIj6ZHHtC4ULjB0zVwTtOW1sFDkuRrubJmHvF2uErfMs4fvvsrG50+GSemFmI2s6hw2GtOPhCpy4Q6h9RYXd9TuFOsaZDX5onKJn'
    'T5Q9/TvTnk6mC/5vYuuk8r+no//C4LZTcybwWDs4382wN2jfZmvOQhO8OGCBO1W+EzGeDuooLmJ9myvM/b/1CrtYnThG2pdm4fug'
    '09EOhfp2/FLKwy8uOJjy0DFOFJUXHcV4chzn0Dr42cP5eRSG5rF5mk/KmPJ0tzMcrTpDd4TQ8IeE4BjatwUiPx5jn4ZWpvfqBmHv'
    'K001T4fCu/XZNf5ugecsH9dCJusxkV/0MB7AejIvYXcItDleYXD2mdJ0Y5qzIqwfpnX3KtbiMA289Cn60QhpRsEv5/ujH9pqFWo/'
    'ACa4m/ZriLQX1V8+xkVsDIcL349mobRPS4loM9r/xfBuMPvymw77xUQOR+d0lwL3NQo/vk8lw6M6e2vVHTPM3noJW6cjob3ThJ3t'
    'rs1+0MFSoXSnTcxvUx8uXE63AXBVobyPqc7roDByFLz7Qrbc+xzpzLaIvmREvq9YWzqT323mC98fwIBQx3M3weMmPiSWMjp2Phv7'
    'Ms0ZZSs3pfv06BLTg2F3pqUJr+8uNATnZ0b54RooAC+Y3lWXA/wtMDiPo/xJmMCt6gwzxQNRZyOFyxXw7u9IPtU93JQWKcbY6byv'
    'hHl3HbcJjRl152kidKstr53P9yrGy29jvHyVn2yOD+h3TveeAXpLLvuukLbpmrUzfoGOx0jvUCb04mqhjmm/kM2hKhawSazASiIP'
    '7i1AHjydaFgeh6vYdyXT84PTGP0aOfBvU54eXSFyqO6Qc8VkrKY070AIb5XC47dSHh4u5P6g88nO19I0vogqhgHt859k+3zJFF4H'
    '17tGd4Fr36WAX1O6nd/BTsrO8azE1JB3cF3dYYvxUVlfKfAZ9SM2HHE343okdIyov3Goocyk0xDOougDyovh+oC7LPCzTZ/CfNxR'
    'fdcTNPhgmwiPbTBoec+I4o2q4hQNMTwyptBhjZr740EvWxWraJuhbMnlfsjpZVN8td2S3szAu6OzL/+e4HDOj6d303pG01QYwCa1'
    'VeUxunX8awqLlNbhsNRlwUMK48FXs3HymOs1irsWyr9RxtPCypjo8w9oeEFcflNP5q9Bs98HRH6Ms1LdfW1jLC4CnrVO38GUl1Zo'
    '/OFGRqcMZMt9XXM22J49UXmGHe+9Nn6nbe7hnRr4u0Exj3RftCvkv6Y074iFfMflbOCxRLvYHprFeF6TGWuvGPGQ+VmnizuKOjJS'
    'x+tvDHCua99Q5p4hPNuRCH6d6l4Y5RN6YArhN9u54jhpDlvbbZq1HWD5CtH52kbOaNe70LDmftKl0G80wQ+mdAvnyyQIX2ZTgXwZ'
    'pHPvF36MwzLo47NH+PZ2leQMpnhmqfD9RC3QwO4wk9eZ8CF72ZyOanhWjQTGbgCZKd7PaBv3QyrHRO87tnYZ6Qi7DPSz894Sz4WL'
    '/awuRvL9RK+Er321wdrze1NTieZVtx+SZD/cXeB+0NlT1Qm9HRady9ffW5hP3YL9hs2sB6cRdq3Tk47KINfryYQnW0EfBCofEBwm'
    'KkNgQuUDopzw53P+R8d9WkL+28WW6+MJT+/ABea5P1k+hsqQsfM93yzy7drx3kH9BnwU/IUMtuffx5uYXQO2+dJW0N+4JNifPR+E'
    'tF2v439WwvPdx/tP+0LrscFZ1WzPlhPYQVwphL2PrkqFrYGsr+9c/87ugl9V+VxsHFU26H/Wa1+Hbv4qx/2zxbZvdF9Ie+xHHfZF'
    'qdaW2k4Uik9qLWGqWsGjyfmv6/LST23O57fEZ1UBZ9Xu6PNG++w2O6uayR2KwolMhwCvfRbSl5ivpscg7YX0knYz/y0SLs8rkLZC'
    'fuP5V3rpWedBuhnOhVuDMRE+fxXYze9Q520hea/aHJ6X6vv9Ykd4Hwqh38L85CzPZvpTh3lU+apKas5xV19V1H957EdOT8eUyldV'
    'Rtj7qsLYFfTs+xjwO1z2KqfBMn1eesuNXt0nkm/zrvHS7pu8b8eSb+Wwr26EbysU3674pPftSHLHvA7OxJX3eukze3w/dpjnp/Bt'
    '7GNQz4eCPv15PRdtCd5neT2Yh9OSxdr7K0AHMec/7W7wnffefN2dcpEfz1xHi9SM+zGTXfbEz3u9tBro4Te2QX8vMT8PLi0yfYX7'
    'aosjfcXv8NzvyTzy7R7we/Ldx3y6B+FC+kqT6SfBL/HG54N49NPg7/yT3y3eebGRwA7CzHMpj8eH86O6l/JxVoaMs5DYfBsd7gmo'
    'fzEbcF6C4D8Xuv6elIej+bhlugD8Pv/PXvtxybp3pTxbXurnKh0x16tC5rrNAKZozJKw8dQTOYMK/ihtcxP04z8fVfvTdo1ZUgwY'
    'cPXNR2GgPrtOz1nwDqm/6Uq29wqhQUpVr+qOvdIBx6+yXKs4Jkl4TJLEDIpJQvfTiUkZLifeT2/nuG2PZ19sTHhz2A3zl3bg6Uy+'
    'z/pU8X3Wd5RQ+BDyNFjS1rY4H/110Hgo6H9UFw+lDMolRTBuBsrpbhG+bzNqe0Djn6j0CzHPIMnTo9Alqof3dSLonypMloq+b3V6'
    'dWNC7/MpSlZ/CtGzsbWJQZ4N0pMLHetx1QuhvgVUdrWDQu2/aZjxkJrhnm6Lhyh9zWneSgJL3cQ2grbrGrvzZuH5jlSdD8sc6K29'
    'QHc3QLyYV75qV77+6272SVtt+WEP+b4+XeYNfQmUO+CnR5a4yZpmw69KBGM4JSNwlm3c4t8m7Pp4NaNVpvf5WdzD+ODEuMZijArG'
    'WORYjSp5xeIPe+lbZ4MP21u99CN3e7A1RO/wd+Xn/feb4VyGvN0E12G9c0HmcDnlM9zll8e4rQd97rL2N5NvvL3TybdFwMv97Rb/'
    'zOLfai/zfYvgt7/cAvG0+rxvx5Bvr7Jvy6kM8+z88S1RfMPxLVS0t6gvGGfwVfaNxhn8Ich0jjsvyAd7Gb79752F8+sK2d8zTOSZ'
    'YnLLBrc9nixIJmqzdtzHPuW9tzDee4zXI/C6t2ytRV9zg8+F3HVHs73/bHzGv63PeC5D6QF52D2DwfPoA5vzv9Hz6OQb8r/R8+h3'
    'IINMK/TX8NuFHyhMLhOfR4rzSJTwPBLxeRSfR8U9j36QffG9+Dx6W59HaXbn/KMeiPF2g/p82kTyLu/NL8PznkDyfhHyvHWvOu9K'
    'kvfOAdApvEqdd3FIf/mZ2RLSX563VtHfK3ar87rKsuNzMz43Y1w5vc9NHU+3TMHT/X+JIsbxNjpCkiJ+6LOP7v+OYsJEHHfdQIYN'
    'oh83cihRdHqH62oK0I9reyx4V/7lU36eQni3qns/yq+l7h1vd/QRX3+ukDt6DJ9G8NnhfAYlk0WFTycaITljicNUEVRZFE+HFW2I'
    '8qqThZstSY2GbrSV8f8e9BM+/rSlDQzBJaWkdWIaZzKfjpLSODq7iYb2wu0mcjrqO/LrRRsaaSdDz1vVOUr5ClwOTO/wXA5c9gko'
    'tyfId38YeBS79wT57pTfwPnunwO78fPvCZ7pqy/20rrLCj/TdevR2O7rt7ucPTobojC/F4+JqWXrjPQdjwW8WARjAdM157GG6Zrz'
    'WMN0zTd1e+m1VwbX/NCe/G+xb47pZe98lPBjblDfHBReEW4kjPD9XAq/G1H2cS57MeZTzUw9sjJyZiHvXucDYiP59hDDaceRbz8+'
    '30vP6Q3aoX3naqALtvo6vVw/7OlP+H4q0Y4Beexnwfl1xtYg7562mzu32/PHVquQCWCeMB8yMR4uGA8fUQAejixbLN787Jg3P+N5'
    '8zo61eVM5Hr5bQr8Wsn04bmtyPUi2uZkiOTB2IaDrJ5tQm+XgvFGLle0xftzgTDzk9zNyr1L+DYv+M3Ep/c6obfHWU36S/3/0rgk'
    'baI0NjOqWI0q/4c8LnSnUJ8f8q6wjNBhSCeW0ma2RuTb5aFNlc4WkPrsUMH30iLtubIS7LkWwNEJwOO1UJ7bIRbil2KVI41VKdQ+'
    'pxHOzxZmcU15PNEOsue2C7OYArLcGrjrquKO9As7/9/UB61LvCWky+g+3SHyfV2jX6BjhZ42KxWsUj6Gi12Rqm9byL8bQbb04l51'
    '3ssLkEHLsnMUsiQbmEebtze+7ttsLFd8K0S+loZ6LvhxkHdyweO+3wjOO7n4eX9sOr+70r/sfOFmD0bHl+OrP6K29w67c1cT+Dnd'
    'EX5M/DeF5eO2eduF3n+3LgYSxz8cVrGcK6zelc3wKRGMy8XPWJv4ijbneJ+Ijq3K/b6jD/8VIui73yQWCS3L4yyZxvk18eXNY3JH'
    '9W1EBGPFqWJDhMUJ6NOcEbr4Ub8WwXguYbDY79gXuaa/SuXHJaL9UMVTVNF5IwX0g68JH2t/SJsmcSVN9whf3wFhFtcey6Atsipe'
    'L49jsF2YxxAfYet1R3a9rhTmMV57HPcF7cPWAudYFz9IB/87hT72O33P91On4fyaxr3pYXN/ZHbuzxJucc1czhlbGOkRwbgohawb'
    'X68+yz7JOftJ9tC4MWK9R4Q+FkmpxtMMdyOuc0TvylHxf2hsEbwrynpnKXTGeUw3HtdEFQcZffTbxtfpDpm/YtE8PJ9c6yuyE/h7'
    '4ebPEuO21VrQeRiDrs6SJuKxcV1oKR6rzJTmpL47WzRw0S3U8b+3i/wYPZzmHCTzchXcd3RxxCmeHdLwlfj6niH82DkudaK9+oIJ'
    'or15vBNdDPvtwi2Gl2qOdD5JTeCiitwFabyrMQKzGaGOJVat4GeOEZpKFVPOtG8qWYGsb2vCw4m2+x35b3PIN8qLaiH521j+BnLn'
    'Xq/pYw0ZZ40wj33aF3HfUMHDVgI7tj7fcQw2Po+bGMzUCbU/NV2caeo/nt45/zv7+y/F/rPBi6qzZlCoY7rx/MvZ2czjFTYU2Dd6'
    'rjaS+3Sh99ZmkM3SvjZN4H2Wxo5T8cyWK+7qYyF3H9Xczy7i3M8hcz8R9wwX2qlYdypVbLStQh1Dbaewi1UYxmercpQp0P51MtzY'
    'aXmWId8K46hew2Cvl8mIDjeg71V8AU4j9CpkAJS3j/l2RciobHF4seQ6dA12Wcz5UQFdi+Tb+qGy8VL4gcU17WJrc4WFvktyhiu8'
    '5Cb2qoIUtUM1H7jMVp5dzzK5soj3ULyH4j1kvIfw/ENe1q8S/pmlimUzz/KsXG6RH3ViDrWU6XUq6FvT8rLNQxzGdaTluLg/hBj3'
    'xLgnPr+D53d5fH7HeyjeQ1bnN43VSnUYTXmM9Qp5BT27ka+4gfEVKxlfkd+JK0TQ38c5Fn2L4g30hcipKA9KEH4y5RtFyTej9Pea'
    'Q/jzDUROtcNQv1HFl6Cx1QeyL7Yn3PwqNBU4n+hfuFYj/+nRydAZ79WF54oxlpoYb8ckRvsg6w+3K82tYSI/fmO6hDYvbwf8R06W'
    'BpejJm1wBtnKmYsB/7sc4L+/SPB/aZHg/3SQH1DdK8777WF8ySGWboe61hL7g1ELHbvRENsEjL12qIWOmUpebsrbH9TI96k+RjHt'
    'UGuITuyfOchSC5GXDCjk4C48/lUa2UaPpV4W5+Pb3Pld9O3XE9nW1gi7mDC47SRn2xEWY9TpV+rwgc366nTAb0x4MYUprupT6F+Z'
    '2j0Mk9Rmvbo0bQ9q1hPx3hnZCj5vMMfbFXZPYWVs4D5J9O5VsqYBg7WZW2TYU/nHKCM6FEkR9GF6JJOZcbzeq5C1lXpPriB6UcWG'
    'z3qg+WdpzhsuU+zV6CcOaHh48t192d9favS4hjV6jtsVe8AGHpGmqRfBOFuqfowyOmYq461MBCyjLl0x9xLGf6ZjHrLQEdtmgZ+K'
    'OVeVwj6G0nxLPjfGBP8CxIVpPy86nvbfwt4qxC5qO/gK+n6Xry/AvyWu9/n3leybONv/m+rSyXfv78qvm8Yex29Y/v1den0Ble28'
    'ygcTnUOMd43tVYO/hu+A/4aKi4J2YGfAmNb3Bu3A8NuV10SfC1Wkn5RWfQ/cC1zhAs8YChev3+bDC8WZtI0qoff9RvEcjvXmS/y5'
    '4uumm0ed3m4xaHlqH1lGaPl6GFuFiLaZk2VPUdzrKA6idqom+ukqmryLnRUmOl39hncw0z4NC7Ut76dSPv411TVT6Vj1WOB+fsb3'
    'amxVOF9vmPS110I/TKVzampbsTVC51LX13emPHmqfLc+nd/eSWkvfd8Cvz3pJY+ma1mZU6DM+0mZkw3q3cjyHAt5biN51qbz8yIP'
    '+lTIe/sCL71jgb+HalN6eB8O0Uu3uZOq4GwXtP9fSc/vpXzXzsa4Bvq9e4G/R6LGZLI+Kj1Hvi4mbdE+m+Q9E9ZnXdob+0NJ347e'
    'Bv5t6LMhDf4YYvhjT9KPzbpdo7c/atH+VqH2ocHbHUj6tgZY5sWI+lX79kX2/r6Fwfiusr1zkx6/mtP4YXif3wX+DdKXyZhyvBEy'
    'lp0OazUagaP43lmY9GhRm/NN1U53RDtp0k7U3HSRNGrcrzNc+1rCv2fa4CIV//MFkPGYzgWvd1fEnHwjEbxzq2x+Tc91Xv9fJ3y+'
    'cKdmL/Up2o3iFXzEoN4hS9448sgOYWvF9YzHikAL5ey0Er5N1bCCX6KSP/D76mZSB4eh64XaVpav0UmJIO/+JQL/tGyvwVxKnJXj'
    'RyR8voRujbiPIoT7eQZl+zS4uCrhy2Y6DfH3/yrkOap5pLyTXwr/rJmoM78e9GRaLc52pKfWpwunFWT7jxDd/iEN/wzPqb8mecPm'
    'Veb9tDCP0fsRYR779wNE/m56NnOfZLr7ypAiD4ct6pNMR59fTu6v8+/x0r/ZA/5dLvB9kmU0e/gscje+DOIvle32fZLpfFKeTL79'
    'Bnz3vuvGfJ9kOf/Q3fk+JFeTbzI/bW+Z0Mc6Xiz0MZIXkG8X3Z5f5xzyreVD+d/qaD/35H9T+fZMWsrZwnwwq/w/6+qh/IIE4cW7'
    '8gtaoM4E8HdqYTxoW1lP7AJzfCEFT0Onp1NIv2zxfanWwVae2ULmROZPMr3oyZoz1Tk33eeschLmLIwem+7zmSnxfMaw5zZXJveO'
    '6T6f6SLNp8r2cbrOSU2R56RUvKTpPs9lEzzPMVwWn+c43ee0sUhzOpXlXdN9jWpLtEYTKd+I98nUl7XG+2RiZW/Tfb7LizTfYXzY'
    'mMbT83Dju2zpZV3xHLvL+OK9O3PpoeoSzE0xdSam+/w2F3l+3066mPHeKq2e0HSf36oSza+NftR0n8O6SZjDYui7xrBbGn28mE52'
    '12OL+QDRcxfLuM31++K9WFx90PgeO3N5xsWiBYutfx7LaifGhiOmw99+dl8xLTGxaz7d57u+SPM902xX4300OXYssc5l0FYknpOg'
    'jUw8J0HboHhOgjZR031OUkWak5kwF8WCD2oXF89J0B4wnpOgHWQ8J0H7z3hOgnav8ZwE7X1jGVC07Xw8R9E+A2JZhd4PwUyic5eS'
    'uZH9mfUl8Pf4kN04TeKVu/galD7Vj9H0jcd63bTfrh2Vn8079nvpkseCfic/At9WPxH0O/n5L0K6V+97Wuc3kdrOXyvcfAer9N5H'
    'I/SGdHFMcE5mCbVvah7DuJ/phfGY4NKHxgJW11aNbcSgMLdNGdG0J9uaL8Jtw0z0QvuFPtaqbo2fSnryIOr3FH3qXKNZnxtEvg8Y'
    'jL8W5oM5So8pyu8S94tK48OgT44mxfhN49PiHK0Rvm/i0QLWAutbOMGwpPJxfWbS85GMsWiovlk/0WUNGyOW1fnN1enEm/pV5n7j'
    'D8tWXJ2wj68g9YeXMZzJ/W2bwDXCF49d02e5RrQe7ssWYza+k/UXfWQvEkG7LBc4pOtsqvcs+3uo8P2qlWJf6+YG41I1AsxlYE1V'
    'cN9bQPu2tm1Re29OEc8gOh/VACerGZzUCPM48TzWjU1sdjpmV9zaCOeKTTwWFc20SEFzzc6+OFPY4wo6J6+IfJvT/hBdikJiuNjE'
    'uu8LgTe6rjcIfax2rh8s5+sAwKNrrHMXfZQwe4qpsodLub629VAbaLlmW7K/S6bAPqbrOGDYvop2WCjyfdlXAY6gfuFc6BTqV15H'
    'c3H8Wi+i/cRXAg5uJnkywvf/NwYp0g5dIujjHvXzB0he2m4Tuc/Qu/fRkK5g9DvS7PQ+m2R8gip2ZmDMvJYIPLte5MefwTaSBm1g'
    '3K0wPtBjGt3KUaGPBUnXs1uRz3S/6WBcFXNyNvu+QrjHgOsQXkxOfu7zPVWM8XSKoN8FGxzJ6d5CYt/xeycd76Al3lThMu7PZliY'
    'xWpRlRlj+MIkft2rbN4eSfpnsimepX3RxdoaIH01rWvIYTy9Qh1/aMig7IjleKPWWuWLwpR+GhTmcQSvZev/qsE5sy67zr92oKM4'
    'r8WUH8nj0o4xffRyRqv1CHX8+pQl7xb5K4ezNX5VqG3XBg33MOc3h5XBcZxH7oJdrN0BzV2L+zHptIRjl37Kskdq5mub5o5xvUG/'
    'uA2Cbb84f8glblmZ8P2u0dhO3L8i8gbrDOCB+xKvFb4Pag5fPK8uRlDUmFSxi2R9p2Y/3uqwr2uFH6e6gtzPl5N6aoheLM2P+ZD2'
    'UvWxhowTeUR1FjgO6U3Zj7mas/NV4eYPS8XDsYlHtd6Sx9fEYLNKQ5Pq7hzIV2livIRvZn9PaPBHKe+tOr4hxWdDmnvYoAIPUngy'
    'qQf5ScWmeTEumQpfj7Hx29zfsX4ZG3XlBN4NijUvdK/UKupX2c6GrV8hvAYeI0F3D+b6hrKe+4XvPx7PhWeP8N4tIXffNpFvi7hU'
    'Ifvi8IF4f5cFfPQy2pnjJhsc08Lu+nzMDYoxVxuMmd73bfpzvEI2nRZ+7D4VzYjxhmxl2pT/sALl2a32evgmfWxy4Avr9BQQ5610'
    'GDO99zdAvTVwPleiAtT5QhD1g8BTD7C3jfRDFruK2E1cBuNP5RpOvq0fOnd/8FCL4jmYbbdweDjtK/fEjfD+xHi9Z/x6zxL5cV9N'
    'cEGG3UOwzEEkEQIPv2fwUBbDw5SAh08QmXqnQmeGy6hcaI0ontEYwTfHfg10PR/xvg2Sb6ePeOk7IOZPL9Gx6QzR9zHxW9anofvO'
    'JjTLqIJWN+U5cvp7yJAGjZo7yU85TNO/bmHv181UJ4LGJDKJK1wNtK8ss1eY2apG2aieTOy4o+xiz4iwb0YbaJmekLaz5Yxq+8x0'
    '/hxvTPvtcfkK/x7AjTC3oRghfkQyYZavQvGO6gLKub+U8Kf5+sj09LQH1yko00juQrjm61kZXseJ6ehY5zwme5rpeOp0H3si9JUG'
    '2L3T1o75xHT+38cwu3Uc44a0Xh+P4w2MB1YBuAPvS19qF+Kl7O/17O9Ae3DtGiCPTF+C9HVIZf4MWZsheF99jpc+Djr0g/B+zwe9'
    '9OUPemU2AE+umdA+9I4k83603YefJibXwHPsXohvf/INwfvxm9u89Czow9fvVsMFXX+s9xLsd3uw3t3wbXu7P3bTtaC8jlnQ3iGo'
    'e3Stlz7Yo9bF/pc/9tLKu4P61hmY3/+9U6+L+w4yBrSlQlvvpddAnF/hxwSfDBpGR1/Yymx3iKCPTlPe0xKov/9BL33qS3a85ouf'
    'V6/fuie89ONPB+MQtj+kX7dfkT6NPuKln33SSyseg/I/DMdvfN+8COUf/G4Qlui4VftFvvsu0Lo5O4PvemnDw/l9qNLgWGzn48/A'
    'JWevXR9wb30BeGUuchROB0QT+TFFkP90pOkfUbnD5CTlTE512fd8GLDZdxyeFpI6OYy61mkKo5kIfENtHeco7ms2fUwfABu//V6b'
    'v0l55yq+y+GHr3vpf/7Iru6Kh7x037e9ul9MefqBuTk5kG8HdBfMxz377XitnUzGnM+/iH6SiZn7KC8pRUFF6QD/4urshB9rKGuy'
    'gaFLnvfSrzwZfj7w85LDHt17owBz9z+tPzfXZsfzpwrZBj0PkR7auw/28lM+DNfDHKD87Pr9/lkr0+Mfzj9L133NKzNf+HGo6Tfe'
    'Tj3hAcp3cw74tEBuX+/10g/C/G34mvo8brJcj1992Usvf8yu3J2AQ9b9uPQ2nyb1VhFIrgW4mgu4+r4X3OqsFr6tLPaVxktewfbM'
    'p5MeD0ZF3yz4ur9+PM71Yz/y0h9+278v1irKyfRRTZn6kDIfXq0uo9PPMVn/6/fb0VjdMG9pQzw+g5F6KoB03dnN3tMagtA1j1z/'
    'XyY8nIa0f+7chnvJJkva6A0HfCDzvxPavX1/Pq79djbDKUhbgG3zZc+50UIXTBEcVS18f3gm+OTOhE+7fW+J3dj/B86LBkgfg7Ps'
    'KrDdvjabccjB5lGlv7/Bci6agf7l+n6UxrgfUqnrQOloW9n9tYDnZkP9/TDfZdNMHpYyf9I28rCOjtLJw8YdnnqFPM1Gp6KC7dkj'
    'IS0fd9MXxDsJ6nfGMlWFTLWEMETxzEqRb6dbGaKbXQ/0X60iTwPR49vO9HsriX7x9hDd3+oCceZJwt3vhwnfcha087n9dufGHXBm'
    'fhfOidMKqOvAV/0zSNZ1rPDPs31AL/wEzvarvmpXN96LxLfz7ccz5L71BNyvvvpk/tjufzxf3wL5tDK9+VF13iShm3TzT/3qXIY6'
    'Ys/a80Eo/6R1f/59GOfvJsv5kuOQaQLGtQHorctgnZeTdZaXGJu6NwFtcQB0C+aRfrrW9ZNH/Dpl+soj+rt9X9KTZxQy3w0/yue3'
    '8f168X57GmeOgs+Qm/NnfBizOdvwfq+imzuAbl6S9OQctnSdrOPEVrvxzWL9SxN+jM24ysi4cF9L3kiYDKOc3a/putfDlQj5Oetg'
    'rl7cm88naib8VuS3yHuMzZwtOODT2zq+776Ep48r8w1/KZ9nhbIa0/a+8kP/ToN42mWf7f47L/099PtPEr5c6Z79Pm624o8/DTgU'
    '9vBlz9uV/+Le/D6NkD69+XWfd+ZyL0W4ssWbiIc/B3B1VsKXdZ0Ad+WLnwjiVJs2boe1uBjOyzsJj1SFA5cnPBzL5Q45uHre8d7O'
    '5JGzyNzTuyPdm6ZtUL6TTTkq35R9+oXwfJ4VAg8vf9kdHqgtFOKdnz7pyz04X5rTUtxmSb77KtF5H4V1/62lzEe1Pi5w+Mun8vfh'
    '0i+r4e8ukOVTWrxRqO3ndopwXxgoiz8MaDhur16IrQnqGwxGyP85PR9ly6eLb2NSrhAfRlFxA9EOZrHj+c9leLY0lOTP4Z4w8elX'
    'BvBD+WyUH7ZSoQtk43+C3htbmG5RlL20rZ8Ll3a4jGA1nisiiEvWIH0k1DZGpr4yyohuXpgdz+dS9vyXZrh7U7121GlZDv3uIe9W'
    'wruryLubhO+Dhtv5on3VBSJoF7yZ5B9jfIDThe9bolOjlxvlv0HWcxyMF9uNyr+M9OmYdP6YF5O7Z0edlx4F6RJI19Tl29Cq7iXL'
    'LdcI+cyF2IZ1Kni3FI6PeNrnv8t23q349q0fg/0z1UOHuBpnned9O1Hx7a4rfV4Cfqs6289TD+PDb9Xs25EKuBogZ1CGnWP4Dfn3'
    'FIZWinwb2JVCbU8elldnTx61Dk2EHrHBVTa8T7p/10N/N5J3p27zfZjiu1/3eO+OIe/wPFgpfBvyPtJmGC7Cu9xCkW/z1GKJ/8rI'
    '35Q/vFKRNyHc7DiRHrLByehvbzGb93rLPV1+Xr6OtO39g+MD2af3OvDgTeRnz+5y4+3XWM5tbZHmVvbXdW4rngnOLc7vaY4yjjqC'
    'b1V4bFUIHmuzwGOHWuCxJsKPHxNBn4Kct94nfF9sKh9pOEfvS7jBID8n28j8od/qzzM5whijsblfNXqnGBCF2XzXWuu2zWTNNtBt'
    'ayuODluY3qmtz/ZkBJ08OwLu1rM6o/BWE8DT1+BuSOWPaRHbdE6WTSf3L4n+oRCf3cC+nUHwjqmfPawHad9KofYxhXnWEHpqg4G9'
    '3HqwEzqC9G2nAR9lKxsb9dVnUp76wtLh/EbN/lkq8v02qOwfC+UlmNASXAZdCI+A+7k0KV+mmZ+VIfStbvym/Kr4rhff9eK7XnzX'
    'i+968V0vvuvFd734rhff9eK7XnzXm4i7Hr/nZcg9r1rk+8CdC/eAVYo9loGzzXSfU9sxrNNG7ozreYJFGSsao7f4uM2m/Z/35K9n'
    'GaEBTdbDRs74Hxrasg3nYtxfm59AvhTkfQ7abRLFfhIw+FT6oHKiyHUug7oNlVFVVIV9rCb/riEzW+ebRjQIQZ3DFTwibkPc0KDP'
    '3GpVdYUxLna0Y26lF7nQp8Gux0ZP0gdQ2ycZOHYcngbngSYs54jvQdRnrRy31yEoNl6qFdyuawKeZGqqktdpYyLZ6ekwocIj27aF'
    'lShauhnOXpczTfJTwmII6WiOlZozrhBdtVUF8pdXMd2yQydQx4zaoduU4XboUbzsVbGuWqyrFuuqxfKLWH4Ryy9i+UUsv4jlF7H8'
    'IpZfxPKLWH4Ryy+msK4a5SfUENxawe6360N01jAOH5VTtMO9Xkebcl8XaxTljyF5uY+FRoIHaJm1IW3y2J8mtEJa5Mfj7rSARTzb'
    'pB17taI8tSvFvHcl7GCLwoYsfxMp3+XQ135Svseh/GWs/7blz0wUtu83JKLpkWMS0fTIsoSPG7Zb9H8BKXeNRbk60qc+ke/rB/OU'
    'Jcxiifaycr8heK7Lok8yFuYsUbhtsKzrx6QPAwbltkO5A6ScKa6V5R63LIf93EvK2cDtn5PzRre37yV1D1vU/Uek7mFN3beIoO8p'
    'nmfMcg2wXK/iLOV1X0Hq3mpR9zmKfvewPKcp5pbnOYnk2anJs9aAJljuSBMsJLQMb7dZcZ/Ebw3kWxf7Ru97uvsS8qeRLuBxG23u'
    '2m2EhkgAnTKb0BBIT9jK1QrluaKfMU67JAntUiH0MY2x3Y4IPfM6xsOibVVGtFVXBFlLM9AxKv4h8gnqFHCG/AGa//EQHrWJjn0j'
    'o92p/wvTenhMlEXCPE4G3SemMXEHRL4fDOrXQ87FByt9H2AJkBGsg3QRpK1EdiDThZCuhnQepC2QngkyhpFKP56O7fjCxsDX+OJK'
    'j89u2k4x5++ESj9WLY+5vKOI7RxW6cc5M4nr3VXEtkWJ1pG3868V/lxuY2V3CL1/mqhx0phzuTgoFb4/MYTlIyBtg7QC0mPr8vcG'
    '7oHDCezLOh+t8ONQqeDABp4/S+rqVpzJNnV9hNTF55Svwxi7j3GfNbeE9KvLsl/bC5gvDjcXK/r1qmG/eF3vLGCMvK41FX6cc5e5'
    'D4PrXMwCUn+3sI+7FLVGSajfBq+azA/uw9cyhcMA1vVCxn3P8Lq+lQmeJyo6dy2JZWcaM24zlFnNYsRtBpr5c5PQ9pnQ9gcyvm/R'
    'RQz/zWW0wbwIfHhdxvc15gL7so6tpI4hxf2fvtfB8LmkjmtYO4OGeK9D0Y8uy36sspiPHg1cLjTox1gETqrNePR02HzY0C04vt+U'
    '+/VuYzh4hzCPPcfrfUlRb08R6v1OeXAexgzqUcXXpXfQr5Tbwwpfo8+WR6+Ry3nxx+We72VarleYxfLlMBalp3SdwRhcaLfLFfM7'
    'ZrgHsI4zSd82pdVxbFXxcTsUMUsp7j6uyPUiXm7NFj5c5MfEDasP44++I4JXY3putEM//lDmye/DYhYj/6dY5+FLE9gmzve3yrx1'
    'jIq/jGcwj22rG8tDRa4X+/vJMj+mEJ7ba+t8HklOb64un2eyh5TpYPd9LHM4K3NLma/rwO9NSzW8gjSpW9YxoOjrsRHtXkXaxXvY'
    'YnYvq4todzOpYxlrNwPp0RF1nKToB+eBHB5BF60gdbRo6jgqoh8Lyny9G5vzIXf+K8q+wsoOas7MP6Q93ietd8zxHMnR/4r6eoVZ'
    '/HV+nubkKaS+zYw+Nol7zvfrk0WqD/fpQ2l/7jHPySzvWs3Z8hcOZbHde9K+bvJEnx+y/WEyjxvT0bg86ky4rEj14fycnvblDovq'
    '1HhGtxdPSPvy+kUROHclyZtgeReyvIsVfVqruXvxPs0mZTluXxqBn8pIHxdGjOd3Kf14eN7/JnmXReR9JaRefjb8JOWPdQ67oy6J'
    'mKd/IO3MiejTN1L6eeF9+jLJ2xJR7/0pP/bNgEYfYoTJ4z6dyrc9oDzXEcM7jKznQyFtj7C7Sx+UuZmU6Qk5LyheHjZo5wZWpksx'
    'xq0OYzyX1HMNO7MGDerB/pwcUk+/RT0rFOPa4TCuQwzmlN9N6wzK/Bvrb4KUUc0f1c3AMm8k9WX6NWX+Lenj9A3p4Dlqe1f5UdLX'
    'LxpgdA7fTweSvqzXFkZk+cdCyvcblP88lHeRr+TofzJW3Rohb+HDIXn7Gd/rfYo57CR56PrtVNSr4ivl9KlI3jBekczbmQzqPul4'
    'Hio+xLmatYnaZ4NQ/hTH8rhPVyeDem7It3iLreORIXnHWN5DNPNiioeqkz4ect1vsp7fEj2+dVD+bEIrU7rtFwZ5kSZ7OSQvp43/'
    '0SAv1vsMxOosNn9d1v23RF9NtQdkngdJHhUfOMf/SwR1cl5h++JTJI+KBpB5PprI120ygRFZ7nbFOMbYOG4MyYOwP6LoI70v5uKX'
    'G+rvUdyXs+UkdQ9pdAPPI3lU8qWcHSHJ063Rf+pQrAe/Vx8fkgfx6UpFn7l+05KQ/nQRfcrKEBoM4wJVhtBPMk+VIk8vP/8JDJnq'
    'Hchyr4tg3Ry3vyaCY32V1fOSCMJwjwEM/0joxzYGef4hJA+uxxNCv18Rhh4TdjCMdT8ggvDA8fxfkvGb8iBkuY+Rcqa8aFnuDtIn'
    '1blQD/bUlSG8iHoYv64exNvXhOQ5AfJ0kjyqMyMn/w/Jc2Lat+Wus+SB5M5/xdpGnRdoqzqniHxr1Kess+R74N24zpLvzPUpUyLc'
    'r22YTmNG5PsaiNKRo/ZxaaLnSNuj/Sumbp6sawnTN6xW3N2prtBKhe3Gwoi8trZ9TcIsFlGD0PuJUPmQWCviOEWx74fY90Ps+yH2'
    '/WCD/2LfD7Hvh9j3Q+z7Ifb9EPt+MIGf2PdD7PtBsDtq7Pth6vl+qHKwaYzt+GI7vtiOL7bji+34Yju+2I4vtuOL7fhiO77Yji+2'
    '44vt+GI7vtiOL7bji+34Yju+2I4vtuOL7fhiO77Yji+244vt+GI7vtiOL7bji+34Yju+2I4vtuOL7fhiO77Yji+244vt+GI7vlLb'
    '8SUM7PhMbOVcYx83g80M1Z+vseA10rgRgwTn8LgRI+wb1RUfZXdhbrcUZRNlEivgGTZGfqYMsXOYxvPg8i88C8LieeA41yrq6WP4'
    'ksbz2GYhd1xoiB+5fV2DYTlOm1AdeLQRK491lidNZ9nV/tc2NkaUjWsxY6GjHWtsoxrbqMY2qrGNamyjGtuoxjaqsY1qbKMa26jG'
    'NqqxjWpsoxrbqE41G1WM8ZmGPYW4tRJ4lRXQFo1VfmVBeHhmY+XcnHa47RMzLJzPw3JZg5l9EnprcLso6DnclIdlwovie46udSVZ'
    'wzLgU3QCjhLk3Kokdy/MJ+UQlxq0I3Hsr+H9bcL3v3ctO0/7AYbKAIamC5ykzJ+0FT2lORflWpuBkT7nuMNTr4DBWkJfm+AehKdh'
    'Ak/xugfXXbHmtxa65sVcd/nuwuw/zk946/nPhK8T7+u3376OaYDgOqcngAaIcenMwKVJ8jeloRLkftRH9mY3rLMLjCXCtmeyNHuh'
    'JI9XdcpkFV0eVflEBD1ezfhT5URe2UDwKd6Pqyz4WggDIoaBKQsDfP+myf5V+eCqVfAfsQzCTSJE1lZreM+LajsNskFBeEstAF8J'
    'kh/vfmKvEPe9oObt83a4TGWjRf5aeDdH+HbsS1k+uu9mE5kVL6PiS9muFx/LOZBeQOQppvdy23t1BalH1jsX9EnWED6cmGB9Exu5'
    'Ti20PRdk/Kug/U0P28tpXfT1Cu3nc0/b9zNt2U/U35lXoMzzpv1emYxCX4fLiV9wkNEhjpD13wljuh3GUyGm25NQyBokxKTLDr4u'
    'x51VgiZNn2TBNcDKmb0067K+qIS1n4LQphZ0w6qKO4vhXUx6dAHG3Qh9yqccUDrz8FvpwWEPC8Gnwg1I64EngDRw3wXe13rQTcH3'
    'q+/x358T6xcXTb9Y4u9Y3jw58makMfGM/Umsjxvr42rW+GjFGtP1kWNbRGguWc8hjFaPoi1Rl8WUtqd3JBXNGOsQxzrEsQ5xrEMc'
    '6xDHOsSxDnGsQxzrEMc6xLEOcaxDXGod4qjvXFZSOU1lJbKt0SumjkwkR8f0ll72YdOfn/d4+LfNgYaiNGnFuL8XcE1rIF+KyIPm'
    'EHjLyfLH1fXx70jHLHfkAcV37fiuHd+147t2fNeO79rxXTu+a8d37fiuHd+147v2ZNjrpmAvF8NHVobIbM8X+T7pT2Hn3QMhec9k'
    'ef+C6FLwvMMR7dxD2nk3pIOQdrG8d5C82IdRSLtZ3htgTuS7d0A6xPJcK/w4NDzPiKL/9aQd2oczSR1hfs5Q9n8Y02XFMeyKKE/1'
    '2lXjj2p7LaEPzmTwPMD+xnp7SP24t3ANTmNlt+JdFvLOI/fUU0gZpH8yDGZOYfRILs5COpjSvZVG/Wjh+4NEHWaEf9wrOB+o34D3'
    'v3JIuV0I5W3hHQv10eVvA9Hq2gD1LYG/F4l8n7a6OHC7GB3bY7GfKQ06ynDpQd/jBJeF5cV7DJ2zk8hcHUbW/WQod72mzdmKNnsY'
    'Ld9t0Ca30akgPKKwdZDr9GFCE/E9sUqBD/sY3CNM45h2KPLi3uhke2Q7ybuV4ZVustdRd6iWtc33YD9prx72SzXrZw8r00l0h+rZ'
    'edzFcNzVDNchzX8C6dt1Clyl6pvcZ7M0OGSAtdPP5m+U1TWP8FiGCWxl2NyOML4UrhHV8V8N+k8ctvC8TkTACuIUaq/PbQdoeQmf'
    'swGeEwS2bWG5GH1qYHcCameafZuSdKWOtsR7wDx2R+c8rRrGy6XtUV7uBrbPKa++KWK8ujmUayn93JvM4T0JD4Z067ITxoR1VWFZ'
    'zR01BWl6Rt9eyxLjT4zfTXWlfyZttVoLV4Q/+HRElH4TlCuzz89S1lec3Qivo/Gazqg1xX17q2LfZmbwGpfBE56rPDH+2zyL6t3j'
    'k7HGt+rX2NQeNGpf3xSv+dtqzXHfX6nY97E/jERCrDvopiL3tAqHJwInxz5IJn7OzejUkDWQ7jzKZracpZ3JWdqYIaf10xT2scpa'
    'ThN8atr5vhqN13RGrSnu2zq2byv9AYU2FLi3R+TX+bUJ0184Wvj2VfQ7l+O1CN+XBd7xK0S+z1DOb7WVb+9ifbDZD3ZPkpKGpX3S'
    'qltYAb5d2txkyqZCQmu/Ag3mX8J0llRwGNN7BjCxupAFrDg3KkdM7038nKNsCuG/VwH/aQecOMPWJmVwaw19ku64LW9/dMdrMqXW'
    'BPdNg47uas/t2N2686+GrG2tQ7koui/ZIe6Kgqlqi/xh+ELSXNMXNlNFx93JEvttjwLb6Y8vZt6axL72o9fo9sKu3la+9qPuimH4'
    'LhmfxXlncSn3VtLgWhnTR1NvTTLC9zXK95eJjpyKxyTL/Fyo/WPbrG9qZq13utD1jhK9FQMe0sBrQ9i4BtZxm8W+neHrSM/AVseb'
    'f/gZ+JlovpzNHs39nf3H3ao9Oe0elZPFZCo9CT1psLmUNhhfWQMjDePZo159st3/nibijULxez3ofl7L2n3lES/9uKWP3pieVuCS'
    'wsAwkp5Wndkzhy8Q08nxmpR+TSR+u5rhse6YJpo4vsBnzM7LYvAN8uUqydTb+cG55TYC7pE97J/gXovXZLLXJFKfJaR/Sn2WiPxh'
    '+iy1It9WDnVRwuLYRsqFUrm/P68i2SuY3kKtQ7mw8XyKjecTUK7KSBdMchrKyvHvzIw6ZSpy0/zHL+TCHKyDX3Zid9vcvY/5lhWk'
    '1xuobO4r23en9++rIvU/W0JviuXjr4df/SN0r5OzcnPTprtq6mLVVrB9IO3I9mV/m5M+nJcp3keenw54ZbL8K1gUS4kiP+NFfSLO'
    'z3hNJn1NcN/crdg3cJZkcXkSFiwdqQxRVh4yV5kps0bReDqZnJCVsq3DtuXgV5ty6u/1Crr4rhhmYpixgBnEO52xHu2k6HRWwPzj'
    '/r0invtJmXvO/0G6qIzcw+rYPayS6KdjrMKVrF70KdBB5Da0jnKSn+u4Sz8LjSQ/jW9pU09TxP2ykdUl7wNzhJ1PCKy/huGRORF3'
    'b5zHqHy8/xm2Lmm2Lib12cYLte3rVqgnCfXOifd20XT7onQfuK7ulbBu8fxP/PybxhrOCN+fcDnZN9xvWQ3LR/Hjka3u/ozD5Oro'
    'U/zyIsgWRjR4IdaJmvo6URyvDBG8Eq/f9Fo/U3wz1xDfhOGlJSXGSzQWgiteqlTQbuhL8VYC8+Wab5xGSwo/xkUV+ZvyjtFPGacj'
    'eTx4lOukmFyH+zp7UX5nc4X50A8a8qz/OUT2kgL4uCrWUVLfy3Yf3KYgV7CSuci5TkdJWeQ6zdbQC3QPrIB0Vqv/TaXbZqKnLNeY'
    '+ve9H9Jnj/DrGSF3PzS57iL7sR50Q+aLfB+f6PMTfXuir8+oeMbUDzv12YlxYs+C/VTL7ikmd9Ppfq+1xXWmcNBXBJ2eGfZo5Cl2'
    'R33opjeoqh7w/VnCzs81+gjl/kmXkW/odxRjRywm39BfK8b7XkC+9Yh837BzFN+wzjpFe6NM97ZB+HGgOa1gwqPg/jmoD95C6+F7'
    '548UfOMKL0NSLx9PTxFV8/JSVJoxz2rtp7+pIneaLA7KEAyYoWakd0V+xgp7Gp3Ko26PYSKGCYW8ScWH7mR4KY/mdtBRmEFPpECz'
    'GDrNUfo/4h+za/OzoP4PfR+2vrpzp17RfiXjkckzcYvIjxOYIXThFpHv17kNzrzLCa16ObQ1S/hxD9oizsQqRu8uFdG+6MvJWLaQ'
    'S9IW1lZa6OPiNJC+8/lEerZKczed6ffPyLupCMbGyS7rreZ6AG44rJzwf1R3KhO5EfU/r4r7Igf1a5LPFHZtYiC2iui4PT2au+2g'
    '8OM5cL5VWJ3IG/sCtI9xJKLuxdgej2XW49j+HnJvN23fpZ1rhR87tY/N4RjhC7jUfSngOB6TzqWu0wBuaeySTsK/cKlzDRn7TgZP'
    'mG53rPsQ4cUmoHFIOGyOkrlxacP2TkbnrJf0icaGujDpzXUp9jPeKTE242HkHcbCnE/upTJ+aU4Pfq9/XmL+m/b791h89/sDwXjN'
    'C/Z66XNPu/G8aTzduqQXG6mUc4MxL9eQdxhjlMbXle9k+hcfz4+vK9/VX5YfE/Yw8k3GjpXpx+71Y2piO0svCc7zz3uC89x3QXCe'
    'V9+TX2+S0BsYV/jvEx5/XMLdDrYnRizg2Hb+TfgyLRZnzXaGHwcZXuoh7zGm3NwinSW03iVQb1S/Ry37izFreAw5ijd4mSThzWxK'
    'ePFNosaJPLBWgsfp352TCBNh+SjvOUdDJby4y/Sc62R0Sc80GcvzwotrQ8fy0jTp+/8Rnl+QUuCH2cKP9yjTdZBuhPQdEAeyAvEs'
    'xIW7fYGX3rHA3x8LhB8/8jQo3x4RR7Ke6LXRfMdCvttIvMmNafOzrs5hPui42yE9XjMO3j/ZL4kbFhK6g8qgeizwWQ85O3R0IaVt'
    'FsLc03avIbjRpF2KnwbZGbZTqONs6nQ5VXensBi1Rwlmm9gBVWqYTKaxb23olKhY06uFPtb0MlKexs6meRaRPMOaPEgrm8TSrhXm'
    'sbT5emUY74nbV6rmkpeT8xlVztVvOYcrwXhcpnQnlUlujXUN9Pycj+b+30p0DYonczSUCbvcKZYT/IfvThTBWIZHEhldLdlzVEaI'
    'MXC72Z6k7d3kqF9UijGfqxjzmYoxn6bo/6kO87BWUWYsokwb4ChahsbNpHkPhbmgefk5N1uRp4flqVbkkTSN6vyazPW7SrF+WxTr'
    '917y7lHF2n94dXDtE+3BtV+lWXt6ZtH7U9ja6+5cYWtP6ZqotW8zWPs2g7VvK8HaZyzXnsYqxpici5he1QrgD5WR+lKk/AqWniT8'
    'ePHnCD8+aBidlyH0Ao+F3E/mk8cT7rLQoRpmulM0HnuC8dSj4raGzccGAtNHOvC9TirhmYQ49n/Ju9mt3rs3ybtZ8O51og/Wyta5'
    'Fep6TZHn8Nb8PC/BHqW0cVifZZnnJF+O4CWb8TZZ3GcQv2wjqWz/bwgffYThiGEFH013R5J1fVp4Do1UMpMRRRtRfR8OkbtwPhGF'
    '+RvInbqHlInaO6OKPtfDXM2z4OENGrTF2zgL9ijF68Oau+eoYmx49z2MlcW6thI8E9a3qDH2ado+FOQSpmtKZWtRc9Up8mOt8zjW'
    'YXgkbYlHVLGYlzvcZQ/yriE9QQT52msgbWdjUN3jVO+kfGmjw107TK/YtI5mWPOJHnOTcNOJDdODHRWxL88C9eQFEckU/e5qujZU'
    'vmBzBheLBmlgPLdC7zQJy/JlluVj248QmG49OK0Oth8tRvwYihfXk9RF/t5IzoSboTzeeTphjS8XsX3wZKzzPFiXNNGh08lJ8ExO'
    'ExXUMLlUkpyLjRFnngt+WK+huUcsaN1/V9D+DRY6UCZ0N63vRfb3NSG6R3IOX631+Cv0fsR1v/qYTKBVMS/0vSv9TdvstKCRX2cy'
    '8y/X+nLjsPvDRI9l1OJuhGO5LTuWkxX3JhN7MlN9iE7Gh+nX6A1M9L3q1Fp/D97A2u5X8PRovlGFzgPVMeG6G51FGEvUfPcoeAk5'
    'PQcyzt+x8ZnAzIBmf3JdCdcx03ktZF9+L4tg3w3vTmby7JNAnv2+BcG55DJ7Wf5EkIuvTZvJ7TEvpg0KPVjeB5l3NdFHMO3vGvi2'
    'W9Nf2qd15L2coztqvDu3il8wwPZdJ4OnMQU/ncKDTr7P90afwdri+XFJjXfnLRXsFhNm/w3Slwk+zckKarw7eaHnMe1/j2YN+oW5'
    'LfCg5kzi/PI3qz0dAKr/x9f41woeqI6PaHu+9UXgXLSN/F61P89TFR+H9f/Pq/NpJZM9Yqv7MtFn7NXVnjzI9ExVweMrETzqEY3M'
    'rhf6cHq11/9i7j8bOjhsby2q9u4kUWdMu6GeGualbZ5MdN3omXMiOyPWM92wd7Hv6+AMeSN7yT1iAmiAbg3u7mE86x9McH+GNPsY'
    '+7N3kvvD5+fObH9OF9H0hQlsdVjQRe0ErkzrR1jrKJAeajekq+T8dFT5srXOSYBjxP8LJ6gfQxH9+H2lJ2+icPvgwnxdPK5L2cfy'
    'jWrw3u9IvTm5bmX+XdpUBu9yX95O5qOQc327gg6WY3mo0j9neizO6C4LurhHQbup6EBOW/xRpU/39xvOg2oduU2UyZptsxgX0g1b'
    'Kn2ac6rSzDm92Uof1082bZyTz1R6cmqZ/5A6L10M6WpI59epv6+DNAPpEkhPh3QNpMtY/tl1Xtu/qAjudxcYc5XRf6+iNHw1U/z9'
    'UInbjzrn/3iS2sfxD1Z4tk0Tfc+gfeL8zXdXeLJ0mecotg/mQdoM6VoG7x2QLoD0cEhPgXQh2z+nwz5YXuHjrqnMF0yS9bI5e3l9'
    'nF/UF8I/CmtD9umfMp4nEhf9omLfxx/PeLrXtuf5qGJ/cr5VWLufzvh35sm4r8o+3Jjx9A+j+Jc2d8uJoufPzHj0a07ex/b8IWxv'
    'z4Z0juOZtzqkrYWatpod25pL2nLBTbTcIkiPZ99XQFtvlfuwP1F3/Nz+n+B2kUf7jXIf79joM6pwoWlZ3T3i0+X5+78U9ParEXyp'
    'G8s9mzuuK2qrE2tKO1xJ5n+yZaIbyn3/Ei60qE7OkLP9LmLdvN915d7fUxFny/79a5mnr0HxVALSd0O6CdKkI458psyH284JwBsP'
    'k/a2svXq1NBJPQ74BeHn3jIfNxSTZrOh0UZJHyaDzyH7cH5Z6XFkV8TarynzfdsMMj7Bixodh8aEl6YSalnFoWW+/yAXvGuKK1Jk'
    '/grBtzcUcP/4l3RwrC59iDrLDqQ9nGuDd0zppIdJ3acy2msZoy3PtKz7z9K+zUGxaKEoOHoVz/+0b7tSCA9Y1tVXpHXuiqAdzy5x'
    'O7jvj01Pni3IHLIu17O2P6fhvWOf7lvIfL+QusLwkgkf/79Tnm/DydR3iboXPp3y4aND4wdjA6v33Q7t7E359kZdDPe9aoizPpXy'
    '+FYTxQeRbd6S8nSiS8HvyNl6pXx44/6ITGX8WNf5ZH4mSiZxHGlzInQlc/rNBJaGQ2i2MFiqIOs6olmrHgt+PZ+XXyb9+tdF7KeN'
    'DvvpH5OeXHQycYvsx98mPfil9xKUldjwlmVd9yV9H7KXPQNy8AP5NrBPPeWlw18CnwL7vfSxZ706PprU45keQ5nJbUnfx5mLPafu'
    'jNye9GXIpeRhyLbOIW3x8e8ogv47na+1ycJtSY9Ienz3MB3UKFg/3kL/wmSPjSd8eHSVe/wi4ftGiIJHDi8/SxRmV8zn+DsJj49Y'
    'DJmKCi7GNO0+SMZR6P1N1venivpc70g5/V+yRnwP7xJqfxl4N91BytrAvizTC2VtefKyzMUhZcN47Dn5X8L3idgdwRdCXuQGUsbE'
    'ZkWWWZXwfUqY4K5+na13ws33wCCrpzrh+8MIo0HrwSCpOmKOcJz/I6Lz4pq/BrZZxdZtlHX/CPohv/9iM9hE9/j+U2X6Bvg0PUDy'
    '/vB8L01d4ftJlelhvV7evwvJy+t9RJH35BvUef9akbfvTnUfPh2Sl9f7EZL3DfAR+0XNPHwgJC/3L3sjySsRgEzrLgiWrQccwPPe'
    'daU6b48i76k3q/NeSvL2QN57BtVj20zy3rQDzqXN6rFtUuTFdeN5T1DkxbXgeVeSvO0PeenefQDDQLstecyPDYR5//IJiNmzV+0/'
    'uYXkjaIJa0leTle2QL1zDqh9PZja8ZvE/oltnpkt7GcKseNvMbbjj1qb2FdgdOwH93UqzFdg0tKGOMyXpSruwzwLOEFfTzZwdYhD'
    'G49atmHqTyLK73Cxy+PalRNfARcwHLpGqH3gtAnfxwzGYKwRfuxRjJUq82G81o2sjo0iP/4hli9XlKfllgo7HyCS731okfpq2ia1'
    'w0+TcnkxhLJn5X0vhK9PBZl7uR6HwzrNI+1xnVqaDgv7eA/od6JJ+D7dqL9C6ud2pyIN83Orih+DY0M/bAvW+L4XacxRjLtAYxKd'
    'R/JUjOfnkfGBc/cp4fv3OwfSCzRwvVLY+afW+WWoZfAg+498uM2K1AafzCF1LUwHUxfc5OqjhuOQRsv6GkmaBDgYhvnrFzYxxlOJ'
    'RHqGn/PL+clsR4/VhGdICssnVdNRtu9OPwaehKcPinDfJvwsHQrZQxxWRwA2TOqmeyAVQndQ32cryfkiDPtVBvjFhp4tJFZWMXBW'
    'ob7ZTH290zsa9z2aEna+jNLCjx+DOCVJvlPf4hxHlWtw1HySn9fn6j/vSEjLx+3woGs8aay3kHjStGwnrFM50An5d63k2/qhuI/H'
    '2lOg0d3C4Qnz15QqMRzn+C0f8tKy3R4eqBD62PJ839XD9yq2J5YzmjqMLpyIMX5xz8wfI/Ly7tk/OWMsm4AxIs/x91+bGmOeiHVN'
    'A+/0B09PrTEiTUFlfLtEvg94HoeQyl24X3JXn5cZ1j8dzaDiLYXRMngnNqV95JjeIzwfBlgmLcLj31LewAq4b3MawpTmTU6BdsJo'
    '1UJ8WrZAO0kynzqeSqPlmTpfAy80fgGFb1c4pTGNRczXVt53Dz9P3AWqRa0wTRa+OHOsskhai/MyUmRNkF+YJHfICoCzU0DWNxdo'
    '5hs0954wnlccx9o0jvWtRnGskwZxrFtAt4CetVfE+y5vDXZfJQp5QvlIXCbRTHRM0pY8DOT77hDBeEk52U4imGeI5WlK+PwOtD/p'
    'Ifoo/BvqlKRJ3bRcA9GDfUvo86DN8v8TwTauhm//Qb71s769ovh20B5VUecYfPsx6dNWpuuDc/IMKd/JxpQlO8W3YtwV464YdwXk'
    'fDoaMwlrpKIrqhhdIc7Oru1feP/uaM/+uz2aL5REnqOi/oYi1F+muFNdQ2SPtYCX0Jd8OobFFEzVOQoQKpZqRocJfSvP1/sUehpC'
    'mMfPwthcC8i7hSBbbSbvvoZnKnm3vjWo44U8crTTQtuvEx1lkjE8Th94bLJc16sZP6I7XlO+ph2TvaaFxl5SnS9XAx6ocVj3qfRY'
    'iJdSdrTmeErSmno5lP4Zd3jqQ9Z9Mvh2WEe5Q91hdSZJnQ3kPKlgvB757xfluEP45GWsri1wrtZa6CdQ/jkdE+U50TNTtnN5yBgF'
    '0e2TH8stz1pZ5/sJ/6qcjA3nC+vbKvxY5kcJVbyht7c8GfdWdo7e1N/+Cpcn03W6nOm42Og4qHTb7PW05Mk1cxW14EBrcDiHjfWx'
    'A3pYsDAdJgc24IvTiC3vFksZ5OVQx3FJ38aN1pEy0Ds8KundJxBnqOwurxVm/n1UZbtFvp5oddK3gy+FrqxKT/YXCXM92ZcTXj9i'
    'GldJ46ZFAU9HgdvNlr6V6zmU8GOLr1SkLnVeCvbOJmd2vaYOaVu6ltSh2jvbhH1s5j6R7wegLYI+5LL1VmFu197F9vbshKffrZpD'
    '3I+qbzrdANt6MGb4GPBDhjX6ATWxrDeMd17Ke6zV+jfBmt4C9kQoz80QPRYeP31Y+HZqczX7akzo/XCGwX7OP6zw/R5zPzT8HNul'
    '2VNRsaZ43VF9Okr4vnE6hdrP1jA7c4dEMLZ6bg+TueV4qEehR9Qtgv5lXHiHFDfqdJ4qFfwJUx7qbZDWkH5yvRi0hU8oxslj3fc4'
    '6s5khO+TYUCY+/ZRwSy1MVatLffLvFKxbp1MR2yJwqaoh6XbIe984fs6GNDME9Uz4zZLu4Te56XL3Kr2D8L1g9nKbhVqH+NdpB82'
    'bdGYUSpY6nSwBygGbOCYTwmBjRG2X49TwMZ/sTwroH+m9AHHaYOsvnmwv2leE3xXrcD/v2JjTxKaYGXSu7TTeXjJca0Hpuhav8ti'
    'rU8k827iJ2ci1/81x/UfDFn/h7JlPynM/KrQM5P7X+0sMn7omSSYwbPjXIK/+zQ00ggrs4nAWVQcAHk2HeIIL6Zjw34tFL4/XXoW'
    'ufpwojZYKj/rFL7mJjx7OxrHh+49G5jpsRw7zTtAdJomkybZZIgnRoU69mI3q69dobdOz3mkgWsZ3TIk1H6XeizoF+6DvVYB/zx2'
    'yYgCRj6c/e2BucZ7yQbmM30j8a1u6tPoHeDT6BKCS09L5/tG0vmJk+XOgG9Rfpa4D8Yz0/5ZgrCz0SK+31rmN/7stL+OTSLo/zEq'
    '5vJmEneS2mbLd8dY+HTkfXWlQzdqfMS2p+3bc5XnCsf7UjNhAnA71U6iK4J0Y4boNiIeqgc+DeqfvAjvlpH8LxLcgH6Nalk7rQrd'
    'SlpmLmnjJmZvgzaWaG+D72aBLgzVrVmu0COzma/zHe0/qkkb2UlPH/wYwv+Msnmx0etoILJ/RX9EmGzbtq0qwiCiMlTU4XfRTdHB'
    'foUj7FM7qrWicBtt1Rqp3iGslio/9b9SLLvzcviFycy5PZncKx/SyEQvIHseyyQt52S9Rf5mxp+3Ld8kfBv6ZjgHVeNaSXBM1DlS'
    '5bgPZPvHMDhOMxx3KaGVlrA+Hi3ybdJN50BlW7Ze6H1M6WCTwkkZjL3JwE7Mdl9jfxNk7IuF2g7URJ8mKcLtSlOWOLKc5KN9KxQf'
    'JoowbyYwq9pTKy1h3tYeF9eBnmcoM847z1CBo02vo0H3cyNbG508mt+RkAbcWqSzzHXtUGfY1J60MUIeY2vDaaPTkiH4Zy7QaLNb'
    '7ehuG/8tYX5JbOZ3C3yrV+BDWXY26GmE+dxLM1mYrjyOgfquSYMyMY4dbYnxzLlFYS+BuiOTBZemOncqXLKc6beElS/G3kuWeIxh'
    'fo8K7bvrfiyWbXUN0XE8wZDfHMUzGhbBGNG8nyb7dr3lfAxGyAEl/+UiUXjcgCjem0mMSBOf7qMTNG8m8dq6hTpuy6BGHowwhjqt'
    '9L6aqzaxm6ls+nc6pBH6mM0LpsMamvY6Az2zpcS2ZqcmXUn41XgudTD8UEfo4tmEJ4L4AfVuhgi/BXUjOF/jfsUc/n8Ge1Kt'
)
