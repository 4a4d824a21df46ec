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
 ('(?:19|20)\\d\\d|\\d/\\d{2}\\b', 0, 32, 1925, 59, 0, {}, (None,)),
 ('(?:[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|crédit|image|illustration)\\s*:)|(?:\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$)|(?:^\\s*crédits? photos?\\s*:)', 2, 34, 1984, 402, 3, {}, (None, None, None, None)),
 ('(?:[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b)|(?:\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$)|(?:\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$)|(?:^\\s*(credit|courtesy)\\s*:)', 2, 34, 2386, 839, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%)', 2, 34, 3225, 483, 1, {}, (None, None)),
 ('(?:^(lee también|lea también|te puede interesar|más información)\\s*:)|(?:^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S)|(?:^\\s*(informate|infórmate|entérate) más\\s*$)', 2, 34, 3708, 886, 3, {}, (None, None, None, None)),
 ('(?:^(read more|see more|more):?\\s)|(?:^related:\\s)|(?:^read also:?\\s)|(?:^also read:?\\s)|(?:^see also:?\\s)', 2, 34, 4594, 228, 1, {}, (None, None)),
 ('(?:^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$)|(?:^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$)', 2, 34, 4822, 1334, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：])', 2, 34, 6156, 231, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(태그|키워드|카테고리|#태그)\\s*[:：])', 2, 34, 6387, 233, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$)|(?:^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$)|(?:^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$)', 2, 34, 6620, 619, 4, {}, (None, None, None, None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))|(?:^\\s*to (view|read|continue reading) the (full|rest of the) (story|article))|(?:^\\s*if you('re| are) (seeing this message|already a subscriber))|(?:^\\s*(instant|immediate) (online )?access to)|(?:^\\s*never miss (the latest|a story))|(?:for the latest (stories|news).{0,40}download)|(?:^\\s*download (our|the) .{0,30}app\\b)", 2, 34, 7239, 1924, 25, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)|(?:^\\s*advertising disclosure)|(?:^\\s*this (post|article|page) (contains|may contain) (references to products|affiliate links))|(?:\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b)|(?:participates in the amazon (services llc )?associates? program)|(?:earns? (revenue|commissions?) from qualifying purchases)', 2, 34, 9163, 1126, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 10289, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*(写真|画像|図)\\s*[:：=])|(?:（(写真|画像)[^）]{0,30}）\\s*$)|(?:^\\s*(画像|写真)(を|の)?(拡大|見る))|(?:写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$)|(?:^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/])|(?:画像はイメージです)', 2, 34, 10485, 599, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：])|(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：])|(?:返回.{0,6}[，,]?\\s*查看更多)', 2, 34, 11084, 388, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)|(?:^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2})', 2, 34, 11472, 1076, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 12548, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 13945, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 14516, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 14771, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 15000, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$)', 2, 34, 15453, 221, 2, {}, (None, None, None)),
 ('(?:^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$)', 2, 34, 15674, 171, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 15845, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 15989, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*baca\\s+(juga|selengkapnya)\\s*:)', 2, 34, 17231, 97, 1, {}, (None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 17328, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 18293, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*simak\\s+(breaking\\s+news|berita|informasi))|(?:whatsapp\\s+channel)|(?:ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram))|(?:dapatkan\\s+(update|informasi).{0,40}(berita|notifikasi))', 2, 34, 18746, 539, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 19285, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|written\\ by|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autor|texte|автор|текст|oleh|text|責任編輯|责任编辑|bài|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 19501, 1036, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 20537, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20575, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20652, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20729, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20813, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20888, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 20972, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21041, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21131, 76, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21207, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21292, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21397, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21494, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21599, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21691, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21764, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21835, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 21924, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22003, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22074, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22162, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22289, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22377, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22458, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22552, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22638, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22717, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22790, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22865, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 22949, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23020, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23106, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23196, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23321, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23413, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23531, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23625, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23694, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23763, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23832, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23901, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23968, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24037, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24106, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24175, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24244, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24313, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24382, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24455, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24528, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 24599, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 24699, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 25527, 82, 3, {}, (None, None, None, None)),
 ('(?:votre adresse (e-mail|de messagerie|email) ne sera pas publiée)|(?:les champs obligatoires sont indiqués)|(?:^\\s*(\\d+|une?)\\s+(réponses?|commentaires?|réflexions?)\\s+(à|au|sur|pour)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$)|(?:enregistrer mon nom, mon (e-mail|courriel|adresse e-mail) et mon site)', 2, 34, 25609, 880, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 26489, 714, 1, {'name': 1}, (None, 'name')),
 ('(?:подписывайтесь на (наш|нас))|(?:(наш|наш канал).{0,20}(telegram|телеграм))', 2, 34, 27203, 270, 3, {}, (None, None, None, None)),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 27473, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 27572, 100, 1, {}, (None, None)),
 ('(?:구독\\s*하(세요|기))|(?:뉴스레터.{0,20}(신청|구독))|(?:채널.{0,10}(추가|구독))|(?:^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독))', 2, 34, 27672, 284, 4, {}, (None, None, None, None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 27956, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 28998, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 29094, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 29808, 1032, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 30840, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 31730, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 32271, 1033, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 33304, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 33863, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?\\s+(?:de\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 33890, 3211, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 37101, 3396, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 40497, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 40718, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 40744, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 41337, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 41577, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 41608, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 41685, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 41726, 1600, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 43326, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 44306, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 44533, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 44631, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 44810, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 44891, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 44912, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 45150, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 45404, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 45594, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 45832, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 45860, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 46040, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 46232, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 46438, 32, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 46470, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 46786, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 47007, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 47500, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 47824, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 48030, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 48058, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 48078, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 48110, 162, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 48272, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 48478, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 48764, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 48960, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 49014, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 49038, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 49062, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 49105, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 49399, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 49417, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 49434, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 49463, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright', 2, 34, 49587, 53, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 49640, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 49847, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 50117, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 50221, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 50237, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 50253, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 50297, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 50321, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 50422, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 50447, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 51296, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 51404, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 51418, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 51446, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 51507, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 51619, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 51746, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 51867, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 52141, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 52275, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 52412, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 52440, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>[^-|–—:·•»]{2,60})$', 0, 32, 52456, 236, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|creado|edited|issued|posted|publié|tayang|update|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 52692, 3359, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 56051, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 56271, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 56292, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 56350, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 56366, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 56382, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 56481, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 56536, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 56650, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 56947, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 57125, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 57182, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 57239, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 57296, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 57357, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 57414, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 57454, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 57594, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 57624, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 57725, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 57749, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 58259, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 58283, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 58307, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 58715, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 58856, 21, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 58877, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 59721, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 59912, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 60158, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 60236, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 60347, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 60389, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 61102, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 61180, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 61237, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 61269, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 61421, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2l972zdIAQGkKgE5LQCURCSKDBKChLIIAsYet0d7pJeqPtTkhAiAoOGhxwQR31m9FB/xEMDKIOEXEMKAn+iguC'
    'jP/nKAz4z+DM+Ksw7jP9v3r3nNzzzq26t6rue71xn197yb2116lTZz/1Qois8H7yOZ77teSenfAulftrgv+ugL/G3N+xB7xn9ikh'
    'GnLPtyi+ffNH3rezyLdzLvae52/0vp2m+Hbntd63k8m36gv8MvLbMvKthn07Dr61wTzkc0B4344i34bZt3myLVJPtrmclMF/y7J1'
    'pOxwRNk0rF8TrKfspwreyfWug7WvzP3VknVvhjppUicF/6Z1qtleZSz6kGtRBuNdA+NdR96dtcV7t5q8+22P9+4k8u4nT3jv5Jzr'
    'YR36SJ8iZMyyXmvubwFZtyzMQZC5pCPmXkb+LcuUk/Z42RTbG9P1aiJjMxlTE4xLnqmFbN0bLPqV8yiHM9PkUPe2rxXOtxnG9DZS'
    'zrQ9PCf4b7rWa+D5zE77dpugHZu1rSjS2srxuq5t5dPBtcX1PVu4rUMlwbcqPHZiCB5rs8BjR1rgsWYYv/w2Rs64fI5AmSoyrj7Y'
    'z2oFHqwia/SulBsMlrN9aCPrVw3j+Bw8+bhH4dkFY6shZXrJ/LGsC66Q76+CsWTyL6N+6dRM/uUXpk3E+GUjS9jAj8l9KuFzdgTc'
    'rWFtRuGtZoCnr+b+rod6nfBNlj8+ADfp1/WP7u//jI9XqHf+ULHdLpCVImed4qyNBJ/tYt/OJXgHcUUP7B/eh2+H562A47AdpH2r'
    'FPVpmZWEnlqbLWz7zKz3fPd8v+01Wa/esWRsO9iYrofnCjKmzWxuswFOTeuPkvtGh/NrNOdnMTkXcfD/Uss7pBxosxSsMeWDFsK+'
    'H834nyroa1u797wJnh9qL7z/5Luf98C4etV8gPz2I6j/n/B8CJ4XQZ3XAAfJd48Cn9PSH173FXi+Cs8H2L8fgrH+M/BDefr9Wu/5'
    'WpfPc1TAnsn3fw91fwHPb7T77/m8/xm+Pd4enHcG4OIfc3+XEnrapq+5AJ+8rxZGlzYRmO2Ccn3tPt3YrIBRpNWrFPSYrP/B9kL6'
    'Rb57K7R9+ce85/r2QhoEYeYyKHcLPK+A+SA/iXXl89r28Dr8XDXAuTyV0YRD5AxT/DLC/t0N/bcSfCCfO8n7ebA+AtY/Tdanluwh'
    'rd/PxtHL6C0dHPM51kG93CcxB+p9Bcp/HZ5/bvf3SD678SyxNbyMrLFs84jc32HQ5hw4B21jhW1hX08pYFK1T7yPNIGneoXMRa7d'
    'mRpZy7bN3vN7XV5bjYpvqRuD5/DdXYX1VHII3M9qtp9pBrt3Au557ZbC/uhY3n6R9/y3/uBYUEbzjrv0OGEo1/kiRXk6znI2ziwb'
    '599u8p6nwLr8v11B+r6TnZFhDR6Q796a8s4K4hK6LxdDHwLkVS2Kb3vuCa4TXwvVOlUp1qlChK9FJeN1dPOcbbFetMwbWBnOz+nG'
    '1gKyHaHgz3DeZR/xnn/aE1yvL9zjPXfvUdyxvbBuO9R4EXH8PwHPTHEVtpF+n98Pb/9v9/jjU+GkJjjPFAb/BHO5ENZtxeXBNV01'
    'Vljms5uD7ePdcB/QI+WWPI5s91MbvWcPnM13XOE9v32xPZ0kx/IeKUtyGEsTjAfPBpUZiWv9s4Jzb2JtVzJ+qo613cz29CGgvf50'
    'j08P82/X7PZlIJNxZmaxOWZD5mizzrPZWvAz0hhy7qpCzh0d+xwRfq+VkXvtUnKvyfbuYfu//v3e8+CdhfcT3kPy2x+vKazzIJzL'
    '4T2F90gYjcLpzCcB135ig/d8AvQPGYCLhbTshYVlv8HKziNlvwt04PWwtr94J7SxuVB3IN99Dsrez8p+6k79ndSS8vhSlzNYztaA'
    'j/X7QDOs2RlcAz5WXpauwfmAbxbC3v7qcu9ZvyW4Blh2753ec2R3YVnVHWgqf+Ny6cPHve+y3SeBTq0gNOUT7wV6b7gQRl6CZ98d'
    '3vMqgIOy3T6Phzxanm4gOM+0Ddp3A9DyCxj8hbWh4n+Qb6Hj4/zLfuj3p38dpId1Y//5HvUc5gK+WwP93darnhvuaQORwebrXVB4'
    'Dj54JdwZ0M/brwF4Al3fJcL9LFSzs7BzxHuesFENswsVZRdtVMMsPQt0zFFngZcNOws1RTwLYfwJ4s0j2b2yAp6niuDdsRKe7ax9'
    'lUxU9Q7XcK7meyPQc6YyV5VMis+1nNxZW8m+4PqmO8Jli1SmHAV7yOPVMXqjj/HLo+TfVPaBugvKy79CeHkTeV0c3TTCkY28ronI'
    'Wevg+xyL9eW06DG5F7c4nv204/pvLPL6nw54OKr8AKNPe4n8pgFkn0sM2ulnzzEDefUom2cneR/VH67joFDz/bbwJtv4DOwDyrcp'
    'bTeVzlNZTHn2GvZN/vdaGO9iJj934eXkGl7ocH6KsVbchiAMBlNMNmmyt7btu8ChyT1yyxS9R5YUCe/gHY19R7XXxcYzppBHT/d7'
    '6RtpT28zkffSzUXaz60l2s9Lpsn9tIToPbcb1O9mepQhxbno1YyP7q3JOse5P+kdye393hhyB/Y43IHUNonqkdA2aR7ra0gDO6MW'
    'OvWdhIest9i/Ts29TfmF76V826g2JkeZyXi3ooj0i00bxaZzrs29aE75e0p1JYsU60vXaVShB42zd2FwLMf6f2DuWD+sfNSZGCJ7'
    'b3IO+JlT6YWHFXDjOkY537+WfBwbwxZmj9hqeZ5pHZN9xftzngb3jWnWZiRifiijaIB1nKXA/7Z0rWzrIoDbqP3v04zfdh58DBSf'
    'bCP8ZxNrd5jtyTL2fQvDPSh3DNvjuOPkOkvECVRvsIDoDSgeOR9svlxljTieCkJjxLln6R1QzDvUVcZowhuhXojiYsH01t0K2xWU'
    '188m9JoJjqTt4bm7Adr7Aux11Bk+jsCzzVqsIjJQKgv9EKEltmhoVdU88Jy8G84JrkMUvGxjz56IOsgHVGnW70Yo0wm6fdr2kME8'
    'hg36l/qTwxke62R736u5k3Vrx+uiPdERhFY1tXPs0sxXVQd5iznkDuD3UV+EfdYYs/Hn/HEUHpPvX2TykJ9AnVmejXEmW1Z+6FdR'
    'Xl6J/11VXl1TXltXj7+GxvpJ+jXJ/2suRcv5hfn9+Hgq///+T4jdu+Xzfu936aWfzz+fXbzi2AuWLLvolxs2Xvrl++9fDJ//+KHb'
    '7x83+D1669fbUiL7q9x/3iqbHjrMxyheX//j9XP/Jc/dT35y53aPF+sne+z4Wfh377df93Ue/uv+wO8XX6f/Ghfj+3N/8v8vHZfz'
    'FPn/vZD736/y/5/7ff3VP0HL4+O/C/RXIYr1u07xLt9/q0HlSpMeVGvo6+G4fmoesfXAO6WSlEHbZvTFcZFZLgqxPSwnd/DD7E5e'
    'wOQxPeRJaddRhZ+SKU59heHJd4b021nCfrtAp8npJhWNPqag23h5k3tBR4+b0mydzP9qJdxpdC1eNKBxbMa7hdFnIxq+14TvfDVE'
    'P+Qql38s18jZaTe5a1UI3OV94NL6MkifVZEy2zXtyA4rFGXktz+kCv1KotZwhLX9imN97P/HKZ+viDp/pjCWl4uHtNsTo90HUj6+'
    '2D6B+OKukH5HStjvDaTfYrVLx6qD/YtTPn7sn6b48ZjU9Mfxv879zbcYqwnu18Gw7O854F1s1yaszf0KXoiv1Ssheh2Krx4QXnwC'
    '2saQhQ7IVD5K58X5s36Hu29IIcvg/HYDrPWCCewX5YyXTXC/OF9pT3aKRkekO08mchA6v4ney6Ei2b/Y2PtxO3KEpbc76g0PLwGN'
    'yM/yiY79vGrZz5wi4h+uO3ShY1z0WmEy1hoip64A2TXl6+ZoYL9To/cZ0OwnrsEimIOpHK7Hsn0abyeqrIqH0OkmVeucp+1C9EH9'
    'hjqzNSHt7yByZdM96CT9m+j+XOZ9ERmXbX9hOJXOyWVcJ4D+1xW+JmLtonw86Xl8FPpAv0v0/SkDnY7YK8S9z7v5/whmp93+oPe8'
    '+6Cvx0I/pa884z1rfwg+HQe8MuuJTXrr42DLf1Dd3qmk7JF7/XZUZZeTsjdCeyf/QF2W2tvf/AWILQZjyR4sHC/K0PJlvwv+wI+A'
    'z+7D3vMzT3jPfc8E/bW+DGN44YnCdl3lES0gi+EyhnkAG9S2D8dwAuz9MuHHrKpnMNhBbBtpG+WkPOpaab3lhvWWszFnhF1cBno/'
    'jWY9OLKx/5gua+OyHu25Ak/P8PVIGcypFDgvG4HzrjXAeW+zwHnnWuC8Dguct4qUnQe46MtPqMsuscCPR5GyMmajfK7+qrpd6usq'
    'vqguY4s7yxzPTFcOAXVm7M5MJ+OD7GJwzeyIXPmFeacXts5JeZYyK2JzT36Q1bsB/rsWaLV+2L8yT089bX4Z81/WLhbWeB6USxEL'
    'y0WP3BBj/1HXKQFyHbGZo+Vs4qVKeLqAvKP2zuJB3+YD74m9+yFW7be8b4sJnhSA8x7RlF1A2pkDOHXvV4KxQP7tafh2MOh/n4I7'
    '4/H9QR/KfXA//eBbbvEHcU1t1s/mfpZzvBXqZ0Qp4yLObKR8SBBf8NstnH+tep8iUUT6rFm4xR7Q0Wg7DGi0QQsarcuCRrvcgkY7'
    '34JGO8uCRjvFgYddYkCHHW1B+801oP2ovzrFUao5xfEnaGQ4g/rQ5V6G0jBxefXKacirVwn7GIqha5zOT6G1GGuc0OUGd0DEeof+'
    '0sWly030DBmFXPOjlufuPQTGmwiuSIv4sSa4ji0qRoQNXTV6TfFjDVvFHO+1W+ejFPISGhOkDdsdL6QXVPKcanaOy4l/Vj523Xgh'
    '329LJyBtQWHwnNzfm2PSG19n8SWPFH4MnM/DtwPw/BKJQarSBchYk5hDgMpCDrBYlD9tL20Mo+RsBs/G+i9M7tl89sDr62y+Fc5n'
    'nLP5k+97z98/4Msr8Ux9Br59B2j3n3zJp1WRDh0Fevk8pIH3FvLj9Iwu1PQ5Fc7oS5ZndD4pR2PsbWI6zAtBrns1gdOrHfdehQ83'
    'kXPSDP/dDWtTR/po3XaIHOlQmdbXK2hhinPwPGxlPll0PKj/TTFfn+uIfe+wxh/oMuH7j/ca2KFsEX7+oxqhjrW8WRTGkjydjGMz'
    's2nAMqtgHFG66u1s/MeTNeoU5n6zOI8WYhsyalhPtf5bRDDHDuL8FvQ5YjhPtn1GBEzyuJ9lITB5dQyad3fuxcqUHd7fxHBbvTD3'
    'Fcf9y6SKEx/g18I+NsHLojQxBXKoOdKvl57Ffouy2MeXyfnbEjHP+8kZMbGT7ie2K7L+xwGXxtkjas/9niK1h76BI8Ruc3XWe57C'
    'ckecDrkj3kVyR6yAsh3wbIfnG+C5Cp7rsoVtr8r6MV7QLnl9RH/HE7n/WfDttvne83ZSRlcfc5LhnXAaxFP+3oXetxXk219BfNGj'
    'dvgyM538fyGhE0ZBlvV7kJXthzKHk/r/8zbvefaI920W+Tb3ssJvtUQXIes1MP2ELK+iQ2zvaorHpC7kPGGPxyhdni0CXUz38kZ4'
    'Pu8gmzYZU5z10tFq1cKP6TUs3GIAiIj7vMIQD/Rq/DbGGA1xFPC49NtmA5qCxgAyyRsTZnuJ41P5WKlshDHPWIUGd9M4/tzWf4eG'
    '3qCxfOorvDgH/A5R5blRrQ33jQmLqUF9sdcKdSzqI4R5/JQ4sCBx5bEG85soOMH8Qqb3/Ga21zcKfXzse8o9Wh9psdfTmasIgbuJ'
    'gPk871LuhiO5nW6UHTGPy0TjOi1R+O1MBdin67QQdHOqGBfbI+yYBzXvu0R4bDXq46CKh5OPs1LmxUZxjXNjss6q2GnDGrv+UcV6'
    'lXKPVH6bKv+dGgZ7mFdkgQVe4/EDhzU+Kd0hviqo40Xe7Qa2550WfBWPi0XvW1WMIVVOFLp+W0V4fKJByzFG7TnyQLNzMPw9RxxE'
    'Y7K4joXCBeaHmSuC/pw2PoocF6PfTbOwj4s1wvZ5lvDjd9n43OlwSYMw85E1XcNGQ9rxGAVO3C7UsaLCeP1Ooc5jZoMfmqbo3RPl'
    'T/+mrGeT6YL/m9k+qeLv6ei/MLjt1NwJPJ8OrncLnA06ttmau9AELw5Y4E5V7ETMmYM2ikezsc0V5vHfeoVdPk6cIx1Li/Bj0Olo'
    'h7ixHb+Y8fCLCw6mMnTMBUX1RcczmRzHObQNfvdweR6FocPYOh1O6pjKdLcxHK26Q7eH0PBHhOAYOrb5ojDnYp+GVqZ8daOwj5Wm'
    'Wqcj4d2a3B5/J+Y9y+e1gOl6TPQXPUwGsIasSxgPgT7HywzuPlOabkxzV4SNw7TtXsVeHKWBlz7FOJrgWaGQl/Pz0Q99tQp1HAAT'
    '3E3HNUT6ixovn+PRbA7HCD+OZlzaZ16JaDM6/oXwbjD38hsO58VED0fXdKcC9zUJPw9eFcOjOn9rFY8Z5m+9iO3TcdDf2cLOd9fm'
    'POhgKS7daZPX2zSGC9fTrQVcFVf2MdVlHRRGjod3n8/Ve5cjndkWMZYKURgr1pbO5LzN4cKPBzAg1DnbTfC4SQyJxYyOPZzNfYnm'
    'jrLVm9JzekKJ6cEwnmlxyhu7Cw3B5ZlRcbgGYuAFU151KcDffIP7OCqehAncqu4wUzwQdTdSuFwG775Gyqn4cFNapBhzp+u+HNbd'
    'dd4mNGYUz9NM6FZbWTtf7xOZLL+NyfJVcbI5PqDfOd17LtgtuZy7OH3TPWtn8gKdjJHyUCb04gqhzlu/gK2hKt+vSa7AKqIP7o2h'
    'D55ONCzPw1VsXsn0/uA0Rr9GD/yHjGdHF0cP1R1yr5jM1ZTmHQiRrVJ4/GbGw8Nx+AddTHa+l6b5RVQ5DOiYP5ob8xVTeB9ceY3u'
    'mHvfpYBfU7qd82Cn59Z4Vmpq6Du4re6wxfyorq8U+IzGERuO4M24HQmdI82Ja6Iz6TSEsyj6gMpiuD3gTgv8bDOmsBh31N71VA0+'
    '2CLCcxsMWvIZUbJRVZ6iIYZHxhQ2rFFrfwrYZatyFW0x1C258IecXjbFV9ss6c0KeHdC7uU/EhzO5fGUN21gNE2lAWxSX1Weh1sn'
    'v6awSGkdDktdFjKkMBl8DZsnz6teq+C1UP+NOp55rI6JPf+ARhbE9TcNZP0aNed9QBTmOCsV72ubY/FokFnr7B1MZWlx8w83MTpl'
    'IFfvMc3dYHv3RJUZduR7beJO2/DhnRr426VYR3ou2hX6X1Oad8RCv+NyN/Bcol3sDM1iMq/JzLVXjHzI/K7T5R1FGxlp4/X3BjjX'
    'dWyoc68gMtuRCHmdii+Migk9MIXwm+1acZw0h+3tFs3eDrBycWy+tpA72pUXGtbwJ10K+0YT/GBKt3C5TIrIZdbHlMsgnXuf8HMc'
    'lsEYnznW97erIncwxTOLhR8nar4GdoeZvs5EDtnL1nRUI7NqIjC2C3SmyJ/RPu6Dp5wT5Xds/TKyEX4ZGGfnbSVeCxf/WV2O5PuI'
    'XQnf+xqDved8U3OJ1lV3HtLkPNwV8zzo/Knqhd4Pi67lq2+LF1M3dtywmfXDZYRT6/TLRhWQ+/VEytOtYAwCVQwIDhNVITChigFR'
    'TuTz+fij4z4tIf/bxZfrwynP7sAF5nk8WT6HqpC58zPfIgr92pHvoHEDPgjxQgbbC/nxZubXgH2+uBnsN64IjmfPe+HZrrfxPz/l'
    'xe7j46djoe3Y4KwadmbLCewgrhTCPkZXlcLXQLbXd5HPs7vgV1U5Fx9HlQ/6x3vt29CtX9W4f7fYjo2eC+mP/YjDuSjV3lLfibj4'
    'pM4SpmoUMpp8/Lou7/mJDYXyluSuinFX7Y6+b7S/3WZ3VQvhoSicyOcQ4LXPwPNFFqtpHzx74XlFu1n8FgmXG2PSVihvvPha73n+'
    'RnhugHvh1mBOhM9dB37z29Vl55Gy120IL0vt/X65PXwMcei3sDg5S3OF/sphHVWxqtKae9w1VhWNX57EkdPTMaWKVVUh7GNVYe4K'
    'evd9COQdLmeV02AVfd7zlpu8tk8j3w7b6j27b/a+nUy+lcO5ugm+LVN8u+Zj3rfjCI/5drgTl9/jPZ/e48exwzI/gW9jH4J23heM'
    '6c/buWxTkJ/l7WAZTksW6+wvAxvEfPy0uyB23tsKbXfKRWE+cx0tUjvu50x2ORM/7/WeNUAPv7YFxnuF+X1wZZHpKzxXmxzpK87D'
    '87gnh5Fvd0Pck+/s8+kehAsZK00+PwZxidc9F8Sjn4R45x/7TvHui3UEdhBmns14Mj5cHxVfyudZFTLPOLn51jnwCWh/MRtwXorg'
    'Pxe6/u6Mh6P5vOVzPsR9/q+99vOSbe/MeL68NM5VNmKtTwxZ6zYDmKI5S8Lm00D0DCr4o7TNzTCO/3hEHU/bNWdJMWDANTYfhYGG'
    '3D49ayE7pPGmq9jZi0ODlKpdFY+93AHHn2i5V0lOkvCcJKkZlJOEnqfT0jJdTnKeXs952x7NvViX8tawG9Yv6yDTmfyY9Znix6zv'
    'KKHyIeTXaElb2+J8jNdB86Fg/FFdPpQyqJcWwbwZqKe7RfixzajvAc1/orIvxDKDpEyPwpaoAd7Xi2B8qjBdKsa+1dnVjQl9zKco'
    'Xf2ZxM7G1icGZTZITy5wbMfVLoTGFlD51Q4KdfymYSZDagE+3RYPUfqa07xVBJa6iW8E7dc1d+c7hBc7UnU/LHGgt/YC3d0I+WJe'
    '/opd/YbH3PyTNtvKwx70Y326rBvGEih3wE8PL3LTNc2Gv2oRzOGUjsBZtnmL/5CyG+P1jFaZ3vdncS/jQwvjmosxKhljkXM1qvQV'
    'C9/vPf90AcSwvdV7fuAuD7aGKA9/Z2HZf3sH3MtQtpvgOmx3LugcrqZyhjv9+pi39VDMXdb/BvKN93cO+XY0yHL/sMm/s/i3uqv8'
    '2CL47dObIJ9Wn/ftJPLtFfZtKdVhXlA4v0WKbzi/BYr+ju4L5hl8hX2jeQZ/ADqdN2wMysFegm//fUd8eV2c8z3DVJ4ZprdsdDvj'
    '6Vg6UZu94zH2qex9HpO9J3g9Aq9729Za9D03+ByH1x3Njf4zyR3/ur7juQ6lB/Rhdw8G76P3bCj8Ru+jM3YVfqP30R9BB5lV2K/h'
    't0vfE08vk9xHivtIlPA+Esl9lNxHxb2Pvp978d3kPnpd30dZxnP+RQ/keNulvp/Wk7JLewvr8LKnkrIPQZk/3aMuu5yUvWMAbAqv'
    'U5ddGDJefmfOCxkvL1unGO81u9VlXXXZyb2Z3JsJrpze96ZOplumkOn+JlXEPN5GV0haJD/620/Pf0cxYSLJu26gwwbVjxs5lCo6'
    'vcNtNQXYx7XtC/LKv3rSLxNHdqvi+1F/LW3veL+jD/v2c3F49AQ+jeCzw/kOSqeLCp9ONEJ6xhKHmSKYsih+HVa0IeqrzhBuviS1'
    'GrrRVsf/Z7BP+PABSx8YgktKSeskNM5k/jpKSuPo/CYa2+P7TeRt1LcXtos+NNJPht63qnuUyhW4Hpjy8FwPXPYRqLcnKHf/Asgo'
    'du8Jyt2pvIHL3T8LfuMX3x2801dc7j3rr4p/p+v2o6ndt293uXt0PkRhcS/2ianl64z0Hc8FvFAEcwHTPee5hume81zDdM/Xd3vP'
    'G64N7vmRPYXfktgc08vf+Xjh59ygsTkovCLcSBjh57kUcTei/ONczmIip5qZdmRl5M5C2b0uBsQ68u1BhtPeQL796GLveWFv0A/t'
    '29cDXbDZt+nl9mEHPuLHqUQ/BpSxnw/317mbg7J72m/+3m4vnFudQieAZcJiyCR4ODYePjYGHo6sWyzZ/OxENj/jZfM6OtXlTuR2'
    '+W0K/FrF7OG5r8iNItrnZIiUwdyGg6ydLULvl4L5Rq5W9MXHc4kwi5Pczeq9Wfg+L/jNJKb3aqH3x1lBxkvj/9K8JG2iND4zqlyN'
    'qviHPC90p1DfH5JXWELoMKQTS+kzWysK/fLQp0rnC0hjdqjge3GRzlxZCc7cPMDRKcDjdVCf+yHGiUtxoiONVSXUMacRzi8QZnlN'
    'eT7RDnLmtgmznAKy3krgdVV5R/qFXfxvGoPWJd8S0mX0nG4XhbGuMS7QyUJPm5UKVqkcw8WvSDW2TeS/m0C39MJeddmrY+igZd05'
    'Cl2SDcyjz9trj/k+G0sV3+Lo17LQziU/CspOLnnUjxvBZSeXP+fPTRd3V8aXPVy4+YPR+eXl6g+r/b3DeO4aAj/nOMKPSfymsHLc'
    'N2+b0Mfv1uVA4viHwyrWc4XVO3MFPiGCebn4HWuTX9HmHu8T0blVedx3jOG/TARj95vkIqF1eZ4l0zy/JrG8eU7uqLGNiGCuOFVu'
    'iLA8AX2aO0KXP+q3IpjPJQwW+x3HIvf015nCvER0HKp8iio6byTGOPie8Ln2h/RpklfS9Izw/R0QZnntsQ76Iqvy9fI8BtuEeQ7x'
    'EbZft+f261phnuO1x/Fc0DFsjrnGuvxBOvjfIfS53+l7fp46DdfXNO9ND1v743Jrf75wy2vmcs/YwkiPCOZFibNvfL/6LMck1+zH'
    'uUvjpoj9HhH6XCSlmk8L8Ebc5ojyylH5f2huEeQVZbuzFDbjPKcbz2uiyoOMMfpt8+t0h6xfsWgeXk7u9TW5BfyzcItniXnb6izo'
    'PMxBV29JE/HcuC60FM9VZkpz0tid8zRw0S3U+b+3icIcPZzmHCTrch3wO7o84hTPDmnkSnx/zxV+7hyXNtFfff4E0d4834kuh/02'
    '4ZbDS7VGupikJnBRTXhBmu9qjMBshVDnEqtRyDPHCE2lyilnOjaVrkC2tznl4UTb847ytznkG5VFzSPl21j5RsJzr9GMsZbMs1aY'
    '5z7ti+A3VPCwmcCObcx3nINNzONmBjP1Qh1PTZdnmsaPpzzn/8v9/afi/NngRdVdMyjUOd14+aXsbub5Chtjjo3eq02En47Lt7aA'
    'bpaOtXkC+VmaO04lM1uq4NXHQngf1drPLuLazyFrPxF8hgvtVCyeSpUbbbNQ51DbIexyFYbJ2aoddQp0fJ0MN3Za3mUot8I8qlsZ'
    '7PUyHdExBvS9Si7AaYRehQ6Ayvax3M4IHZUtDi+WXofuwU6LNT8+YGuRfl3/qG68FHFgcU+72N5cY2Hvkp7hBi/5hb0ulqF2qOUD'
    '19nKu+sZplcWyRlKzlByhozPEN5/KMv6dcq/s1S5bA6zvCuXWpRHm5gjLXV6nQr61rS+7PMIh3kdZzkvHg8hwT0J7knu7+D9XZ7c'
    '38kZSs6Q1f1Nc7VSG0ZTGWODQl9B726UK65lcsUqJlfkPHGlCMb7uNBibFGygb4QPRWVQQkiT6Zyoyj9ZpT9XkuIfL6R6Km2G9o3'
    'quQSNLf6QO7FtpRbXIXmmOuJ8YXrNPqfHp0OncleXWSumGOpmcl2THK0D7LxcL/S/B6mCvM3Zkvo8/J6wH/kZml0uWqyBneQrZ65'
    'GPC/0wH++4sE/1cWCf7PAf0Btb3ist8eJpccYs9t0NYq4n8wamFjNxrim4C51460sDFT6ctNZfuDGv0+tccoph9qLbGJ/biDLjWO'
    'vmRAoQd3kfGfqNFt9FjaZXE5vg3P72Jvv4botjZH+MWEwW0nuduOtZijzr5Shw9s9ldnA35TysspTHFVn8L+ytTvYZg8bfarS9P3'
    'oGY/Ee+dm2vgcwZrvE3h9xRWxwbu08TuXqVrGjDYm7lFhj1VfIwyYkORFsEYpscxnRnH670KXVupz+QyYhdVbPhsAJp/lua+4TrF'
    'Xo194oBGhiff3Zv7+7TGjmtYY+e4TXEGbOARaZoGEcyzpRrHKKNjpjLeqoiAZbSlK+ZZwvzPdM5DFjZiWyzwUzHXqkrY51A63FLO'
    'jTnBPw95Ydo3RufT/gc4W3H8orZBrKDvdfn2Avxb6kZffl/FvokL/H9TWzr57t1dhW3T3OP4Deu/u0tvL6DynVfFYKJriPmusb8a'
    'iNfwbYjfUHlZ0A/sXJjTmt6gHxh+u3Zr9L1QTcZJadW3Al/gChd4x1C4ePWdPrxQnEn7qBb62G8Uz+Fc33GFv1Z833TrqLPbLQYt'
    'T/0jywgt3wBzqxTRPnOy7pkKvo7iIOqnamKfrqLJu9hdYWLT1W/Ig5mOaViofXk/kfHxr6mtmcrGqscC9/M7vlfjq8LlesNkrL0W'
    '9mEqm1NT34rNETaXurG+KePpU+W7NdnC/k7Pes93zff7k1Hy6HMVq3Mm1Hk3qXOGQbvrWJmTocw7SZlV2cKyKIM+C8reNt973j7f'
    'P0N1GT28D4fYpdvwpCo42wn9/2fai3sp37WzOa6Ece+e75+RqDmZ7I/KzpHvi0lfdMwmZc+D/Vmd9eb+YNr3o7eBfxv6bEiDP4YY'
    '/tiT9nOzbtPY7Y9a9L9ZqGNo8H4H0r6vAdZ5IaJ91bl9gb2/d0Ewv6vs76K0J6/mNH4Y3ue8wL/C8yUyp7xshMxlh8NejUbgKH52'
    'FqQ9WtTmflP10x3RT5b0E7U2XeQZNe9XGa79RcrnM21wkUr++TzoeEzXgre7M2JNvp4K8twqn1/Te523/3cpXy7cqTlLfYp+o2QF'
    'HzBod8hSNo4ysiPYXnE747Ei0EJ5P62U71M1rJCXqPQPnF/dQNrgMHSjUPvK8j06PRWU3b9I4J/W7TVYS4mz8vKIlC+X0O0Rj1GE'
    'cH+YQd0+DS6uTvm6mU5D/P3fCn2Oah2p7ORXwr9rJurObwA7mVaLux3pqTXZ+LSC7P9hYts/pJGf4T31d6Rs2LrKsp8U5jl6PyDM'
    'c/++h+jfTe9mHpNMx68MKcpw2KIxyXT0+dWEfz38bu/593sgvsslfkyyCs0ZPp/wxldB/qWy3X5MMl1MyjPIt99B7N4331QYkywf'
    'H7q7MIbkCvJNlqf9LRH6XMcLhT5H8nzy7bLbCtucQ77Ne1/ht3o6zj2F31SxPdOWerawGMyq+M+6dqi8IEVk8a7ygnnQZgrkO3Uw'
    'H/StbCB+gXm5kEKmobPTiTMuW3xfqn2w1WfOI2siy6eZXfRkrZnqnpvua1Y1CWsWRo9N9/WsKPF6JrDntlYmfMd0X89skdZT5fs4'
    'XdektshrUipZ0nRf57IJXucELosvc5zua9pUpDWdyvqu6b5HdSXao4nUbyTnZOrrWpNzMrG6t+m+3uVFWu8wOWxC4+lluAkvW3pd'
    'V7LG7jq+5OzOXHqopgRrU0ybiem+vi1FXt/Xky1mcrZKayc03de3ukTra2MfNd3XsH4S1rAY9q4J7JbGHi+hk93t2BI5QPTaJTpu'
    'c/u+5CwW1x404WNnrsy4WLRgse3PE13txPhwJHT468/vK6ElJnbPp/t6NxRpvWea72pyjibHjyWxuQz6iiRrEvSRSdYk6BuUrEnQ'
    'J2q6r0mmSGsyE9aiWPBB/eKSNQn6AyZrEvSDTNYk6P+ZrEnQ7zVZk6C/b6IDivadT9YoOmZAoqvQxyGYSXTuYrI2cjyzvgjxHh+0'
    'm6dJvnKXWIMypvpJmrHxXK/rD9r1o4qzeftB77loXzDu5Afg24rHg3EnP/cQPPfqY0/r4iZS3/kbhFvsYJXd+2iE3ZAujwmuySyh'
    'jk3Ncxj3M7swnhNcxtCYz9rarPGNGBTmvikjmv5kX4eLcN8wE7vQfqHPtarb4yfTnj6Ixj3FmDpbNfuzSxTGgMH8a2ExmKPsmKLi'
    'LvG4qDQ/DMbkaFbM3zQ/La7RSuHHJh6NsRfY3oIJhiVVjOvz0l6MZMxFQ+3N+okta9gcsa4ubq7OJt40rjKPG39UruGalH1+BWk/'
    'vIThTB5v2wSuEb547po+yz2i7fBYtpiz8U1svBgj+2gR9MtygUO6z6Z2z3K8Rwo/rlopzrVubTAvVRPAXAXsqQrue2P0b+vbFnX2'
    '5hTxDqLrUQNwsoLBSa0wzxPPc93Y5Ganc3bFrU1wr9jkY1HRTEcraK7ZuRfnCXtcQdfkZVHoc9ofYksRJ4eLTa77vhB4o/u6S+hz'
    'tXP7YLleTwE8uuY6d7FHCfOnmCpnuJT7a9sO9YGWe7Yp93fFFDjHdB8HDPtX0Q4LRGEs+2rAETQunAudQuPK62gujl8bRHSc+CrA'
    'wS2kTIXw4/+NwRNphy4RjHGP9vkDpCztt5nwM5T3PgGeyxj9jjQ75WfTTE5Qze4MzJk3LwLPrhGF+Wewj7RBH5h3K0wOtE9jWzkq'
    '9Lkg6X52K8qZnjcdjKtyTs5m35cJ9xxwHcLLycnvfX6mijGfThGMu2CDIzndGyf3Hec76XwHLfGmCpfxeDbDwixXi6rOGMMXJvnr'
    'XmHr9nDav5NN8Swdiy7X1gAZq2lbQw7z6RXq/ENDBnVHLOcbtdeqWBSm9NOgMM8jeAPb/1cM7pnVuX3+rQMdxWUtpvJInpd2jNmj'
    'lzNarUeo89dnLGW3KF85hu3xK0LtuzZoeIa5vDmsDs5jI+EFu1i/Axpei8cx6bSEY5dxyrrHadZri4bHuNFgXNwHwXZcXD7kkres'
    'TPhx12huJx5fEWWD9QbwwGOJ1wk/BjWHL15WlyMoak6q3EWyvbNyH291ONd1ws9TXUn486WknVpiF0vLYzmkvVRjrCXzRBlRvQWO'
    'Q3pTjmOu5u58RbjFw1LJcGzyUa2xlPE1M9is1tCkOp4D5SrNTJbwjdzf4xr8UUq+VSc3pPhsSMOHDSrwIIUnk3ZQnlRsmhfzkqnw'
    '9Ribvw3/ju3L3KjLJ5A3KNa60LNSp2hf5Tsbtn9xZA08R4KOD+b2hrKd+4QfPx7vhWeO9d4tIrxvmyj0RVys0H1x+EC8v9MCPnoZ'
    '7cxxkw2Omcd4fT7nRsWcawzmTPl9m/GcotBNZ4Wfu09FM2K+IVudNpU/LEN9dqu9Hb7JGJsd5MI6OwXEecsd5kz5/kZotxbu5yo0'
    'gLpYCGJ+EPg1AOxtIeOQ1a4jfhNXwfwz+Y7Tr+sfXbv/8VCL4neo2G7h8OO0rzwTN8H705L9nvH7PUsU5n01wQUVjA/BOoeQRAg8'
    '/JnBQ1kCD1MCHj5CdOqdCpsZrqNyoTWiZEZjBN+c/FWw9XzY+zZIvp0z4j3fCDl/eomNTWeIvY9J3LI+Dd13AaFZRhW0uqnMkdPf'
    'Q4Y0aNTaSXnKUZrxdQv7uG6mNhE0J5FJXuEaoH1lnb3CzFc1ykf1DOLHHeUXe26EfzP6QMvnqVk7X86ovs/LFq7xuqzfH9ev8O8B'
    '3AhrG4oRkp9Ip8zKVSreUVtAufZXEvk03x/5PCfrwXUG6jQRXgj3fA2rw9s4LRud65znZM8yG0+d7WNPhL3SAOM7bf2YT8sW/vsk'
    '5reOc1yb1dvjcbyB+cAqAXcgv/TFdiFezP29mvt7qj24d41QRj5fhOer8JTlK8jeDMH7mgu956NgQz8I7/e813u+9F6vzlqQybUQ'
    '2ofySLLsB9t9+Glmeg28x+6B/PZn7Aryx7/f4j3PhzE8dpcaLuj+Y7tX4Ljbg+3uhm/b2v25m+4FlXXMgv6OQNujG7znAz1qW+x/'
    '+UvvWXVX0N66Atb3v+/Q2+K+kcwBfanQ13vxVsjzK/yc4JNBw+joC1ud7XYRjNFpKntaBO33P+A9n/yinaz58ufU+7f6ce/54QPB'
    'PITtD+r37ddkTKMPe8/PPOE9K/dB/R+E4zd+bl6A+g98JwhLdN6q8yLffQdo3byfwXe8Z+MXCsdQrcGx2M+HnwYmZ6/dGPBsfR5k'
    'ZS56FE4HRBP5CUVQ+OvI0n9ElQ7Tk5QzPdVV3/VhwObccXhaQNrkMOrapimMVkTgG+rrOEfBr9mMMfsU+Pgd9Pr8Xca7V/FdHj88'
    '5j3/44d2bVc+6D33f8tr+4WMZx+YX5OnCv2A7oT1uPugnay1k+mYC+UX0b90aub+lExKUVBRNiC/uD634Ccb6ppsYOiK57znl58I'
    'vx/4fclhj569UYC5+w7o781Vufn8lUK3Qe9DpIf27oez/KQPww2wBqg/u/Ggf9fK5ylfKLxLV3/Vq3O48PNQ02+8nwYiA5Tv5jzl'
    '0wL5c73Xe74X1m/tV9X3cbPlfvz6S97z6n129e4AHLL6R6X3+TRpt5pAch3A1VzA1fc+79ZmjfB9ZXGsNF/yMnZmPpn2ZDAq+mb+'
    'Y/7+8TzX+37oPX/wLZ9frFPUk89HNHUaQuq8f4W6js4+x2T/bzxoR2N1w7plDfH4DEbqmQDSdRc3e7/WEISu+cn9/1XKw2lI++fv'
    'beBL1lvSRq854ANZ/k3Q720HC3Htt3IFzkTaAnybr3rWjRa6ZIrgqBrhx8MzwSd3pHza7buL7Ob+X3BfNMJzH9xl14Hv9g25gkMO'
    'Po8q+/21lmvRAvQvt/ejNMZ98JS2DpSOttXd3wB4bja03w/rXTbN9GEZ81/WRh/W0VE6fdi4w69BoU+zsamoZGf2OHiWj7vZCyJP'
    'gvadiU5VoVMtIQxRPLNcFPrpVoXYZjcA/VenKNNI7Pi2MfveKmJfvC3E9rcmJs48XbjH/TCRW86Cfj570O7euB3uzO/APXF2jLae'
    '+op/B8m2Thb+fbYf6IUfw91+3Vfs2ka+SHyr0H+8gvBbjwN/9ZUnCud236OF9hYop5XPdzyiLpsmdJNu/WlcnavQRuwZezkIlZ+0'
    'Hizkh3H9brZcLzkP+UzBvNYCvXUV7PNSss+SibFpez3QFk+BbcFhZJyubf34Yb9N+Xz5YT1v35f29Blx1rvxh4XyNn5eLz9oT+PM'
    'UcgZ8mv+tA9jNncb8vcqurkD6OZFaU/PYUvXyTZOa7Wb3yw2viyRx9jMq4zMC8+1lI2E6TDKGX9N970BWCKU56yGtXphb6GcqIXI'
    'W1HeIvkYmzWb/5RPb+vkvvtTnj2uLDf8xUKZFepqTPv78g98ngbxtMs52/017/lnGPdHU75e6e6DPm62ko8fABwKZ/iq5+zqP7S3'
    'cEwjZEy/f8yXnbnwpQhXtngT8fBnAa7OT/m6rlOBV7788SBOtenjNtiLy+G+vIPISFU4cGnKw7Fc75CHq+cc+Xamj5xF1p7yjvRs'
    'mvZB5U429ah+U47pl8KLeRYHHl76kjs8UF8oxDs/ecLXe3C5NKeluM+SfPcVYvM+Cvv+B0udj2p/XODwV08WnsPFX1LD352gy6e0'
    'eJNQ+8/tEOGxMFAXfxTQcNxfPY6vCdobDEbo/zk9H+XLp8tvY1IvTgyjqLyB6Aez0PH+5zo8WxpKyufwTJjE9CsD+KFyNioPW66w'
    'BbKJP0H5xnnMtijKX9o2zoVLP1xHsALvFRHEJSuRPhJqHyPTWBllxDYvzI/n4xl7+UsLnAtq1442LUth3FeSd8vh3aXk3c3w7kIR'
    '9PNF/6q3iKBf8HpSfozJAdYJP7ZEp8YuNyp+g2znBJgv9htV/igyppOyhXNGv1gVr7HUct1RdhzH36tTIY+lsHnsAV+mjnvAv33z'
    'R+DTTG3LIVfG+Ru9b6cpvt15rS8fwG/VF/hlGmB++K2GfTtOASsDij0YZt9QJk/hYrko9GtdLtQ+4mFldT7iUfvQTGgMG/xjI8+k'
    'Z3INOR/47qwtflxSfPfbHu/dSeQd4vjlwvcL7yN9huEX5M8WiEI/pnmWOK2M/JvKfJcryqaEm28m0jg2eBZj6C1k695geabLNxba'
    'PdvyFBwfyDG9zUGubqITe2anm7y+1nJt64q0tnK8rmtb+XRwbXF9z3bUW9QTfKvCYyeG4LE2Czx2pAUeayYy9jERjBPI5eV9wo+v'
    'pop7hmv0rpQbDPJ7so2sH8ai/hzTDYwxupnHSqN8woCI58ddZ22vNpOt1cBera04dmlhtqS2cdjTEbTv7Ai4W8PajMJbzQBPXwV+'
    'j+oUsyLx05wsP00eMxJjPiE+28W+nUvwjmnsPGwHad8qoY4bhWVWEnpqrYEP3Brw/TmWjG2HgWxkM5sbjb9nUp/Gt9Lh/CbN+Vks'
    'CmMxqHwa48oHTGgJrleOw/fz2JUm9cs067M8hL7Vzd9UBpXwegmvl/B6Ca+X8HoJr5fwegmvl/B6Ca+X8HoJrzcRvB7n8yoIn1cj'
    'CuPazgU+4ETFGauAu830nFN/MGzTRpeM+3mqRR0rGqO3+LjNpv+f9xTuZxmhAU32w0bP+O8a2rIN12Lc35sfQ7kMlH0W+m0Wxf6l'
    'YPKZ7CGDQ5EfXAXaK1RFNVEd9rGG/HctWdl6392hUQga8C32jLhfcGOjvnCrVdOVxrjY0Te5lTJyob9GuxEb/dI+gNr+0oFrx+HX'
    '6DzRlOUa8TOINqpV4/Y2BMXGS3WC+2pNwC+dmarkddaYSHb6dZhQ4ZF928JKFC3dAnevy50m5SlheYF0NMdyzR0Xx/7sxJjy5ROZ'
    'vdiRE2g3Rn3Lbepw3/IoWfaJif1ZYn+W6CQSnUSik0h0EolOItFJJDqJRCeR6CQSnUSik0h0EhNsf0ZlBLUEt1YynnVNiB0a5suj'
    'uod24NV1tCmPSbFSUf8kUpbHQmgieIDWWRXSJ8/RaUIrZEVh3uxOC1jEu036m9co6lP/Tyx7Z8oOtihsyPo3k/pdDmPtJ/V7HOpf'
    'xcZvW/+8VLxzvzYVTY+clIqmR5akfNywzWL880m9rRb16smY+kRhTB4sU5Yyy/nZy+r9juC5LosxyZyVs0R8H17Z1o/IGAYM6m2D'
    'ek+Reqa4VtZ71LIejnMvqWcDt39N7hvd2b6HtD1s0fZfkLaHNW3fIoIxoniZMcs9wHq9iruUt30NaXuzRdsXKsbdw8qcrVhbXuZ0'
    'UmaHpswqA5pgqSNNsIDQMrzfFgU/id8aybcu9o3yezp+CWXOSBfw/Io2vHYboSFSQKfMJjQE0hO2urK4MleMB8ZplzShXSqFPvcw'
    '9tsRYTtez2RYtK/qiL7qi6A/aQE6RiU/RDlBvQLOUD5Ayz8aIqM2sZtvYrQ7jVNh2g7PXXK0MM9nQc+Jae7aAVEYr4LG38jLdSr9'
    '3DS2Ywjrh+/DnEpPFm7aTzHn+NsKP+8rz1+8vYj9/KTCzxlmkiO7q4h9f62iNPvI+7mXrOUWVne70Md6iZonzd8m+3lvhZ9/SbVn'
    'NrC3nbTVrbjjbNrqIm3x+fM1G2P8DY/VcmHIuLosx7UuxnrxPV6iGNcrhuPibbXEmCNvK1vh5/d2WfswGJTt/0e53363sM83FLVH'
    'z0L7NjjQZH3wzDxWHh8GsK37yt3PDG/rI+VB3K+iG1eRHG6mudI2QJ0VLDfaBqBBd0xC3+dB35eX+3GxXOA1T+eTNoYUPDB9r4O7'
    'N5A2trJ+Bg1x1SLFOLosxzHbYj16NLCUMRjHWAQe+U2ZR1OGrYcNXYDz+wlpdwvDm9uFeZ403u4BRbs9RWj3IcU6jBm0o8oFS/mw'
    'j5fZwwrfo/ca7JELjn97mRcnmNbrFWZ5ZzmMRdnfXG4wBxfa6CzF+o4ZngFsYwUZ2/qsOueqKpdrhyK/JsW3RxS5XcSlZbl2jxGF'
    '+VvD2sNcmW+MkFeY4vp2GMdLWU+HHZZfF2UgxbrDDkxgn7je92W9fYzKFYz3Js/DqpvLh4rcLo73HVnfFsEGX+RzYSvqvszqDmpw'
    '6LVZTx5E2x1zxCt5HZ+ivV5hljua41fZ3imkvQ2MxjHJ2cz3b2GR2sN9ayBrj2XOYGVXaXCNcKiL/f4649tgTjQ+kf3/IOOv47ps'
    '9NmOwhFfK1J7h85/xs+dMKDR040wOfEnM4V2rlTOMGJIV8h23hfS94gI5pfPn39SpyfkzNKzMWzQzy5Wp0sxx80Oc7yItLOV4Y1B'
    'g3ZwPGeEtNNv0c4yxby2O8zrCIM15fRivUGdf2XjTZE6qvWjOkOs81paX6dfU+df0/65WpsN4jJb+uGHaV/vPcDuGn6enkr7Oghb'
    'GJH194XU7zeo/zmo7yJTlPU/Ruaq2yOk998fUraf8aLvUqxhJylD92+Hol0Vr5fX85OyYfybLNuZDurkdXyIije4SLM3UedsEOqf'
    '6Vgfz+mKdND+AnmJP7F9PC6k7Bgre4RmXUzxUE3ax0Ou50228wdiX7Ia6l9A6BV6d/7SoCzeiy+FlOX0yT8ZlMV2n4Zcb8WWU8m2'
    '/4HYUajOgCzzACmjks3IMp9JBXXFL7Nz8QlSRkUDyDIfTBXq3E1gRNa7TTGPMTaPm0LKIOyPKMZIafZ8/ltDuxKK+2S9TaTtIY3N'
    'ykZSRiWnzfu3kDLdGr18h2I/OG9zSkgZxKfLFWPmevdFIePpInY+VSE0GOaVqAqhn2SZakWZXn7/Exgy1bXJeq+KYNsct/9CBOf6'
    'CmvnRRGE4R4DGP6h0M9tDMr875AyuB+PC/15RRjaJ+xgGNu+XwThgeP5T5P5m/KBef6f1DOVD8l6t5Mxqe6FBvDdqwrhBxtg/rp2'
    'EG9vDSlzKpTpJGVUd0Ze/hdS5jQos4Gshykfmr//FXsbdV+gD9WcIsqS0M6n3pL3RDufektZkCrndVgMRRNbm4m2/ZiMvA+JT23i'
    'U5v41CY+tYlPbeJTm/jUJj61iU9t4lOb+NQmPrWJT23iUzsRPrUuviKJf0TiH5H4RyT+EYl/ROIfkfhHJP4RiX9E4h+R+Eck/hGJ'
    'f0TiH5H4RyT+EYl/ROIfkfhHJP4RiX9E4h+R+Eck/hGJf0TiH5H4RyT+EYl/ROIfkfhHJP4RiX+E3t5puaUPhGv+shaw5aZ2nbUW'
    '8h4aJ3aQ4BweJ3aEfaM2jKOMF+b29MXwD3mazZHfKUPsHqbxe7lMGu+CsPi9OM9Vinb6GL6k8Xu3WOgCFhjiR+7L0WhYj9Mm1DYT'
    'fRfKE1u6SbOlK7VfVeIPlfhDJf5QiT9U4g+V+EMl/lCJP1TiD5X4QyX+UIk/VMLDJf5QM90fCvP0ZOFMIW6tAvljJfRF8w1eGwsP'
    'z2ysnF/TDrdzYoaFC+VSLnsws29Cbw9uE7F+x5jKpUzkS/zM0b2uInuIuTI7AUcJcm9VEd4Ly50JMp6ofiSO/S28f6fwYxXdwO7T'
    'foChMoCh6QInGfNf1oqe0tyLcq/NwEhfctzh16CAwTpCX5vgHoSnYQJPyb4H912x57fG3fNi7ntelpv7j4tT3n7+lMh1knP9+jvX'
    'CQ0Q3OfsBNAACS6dGbg0Tf5NaagU4Y/6yNnshn12gbFU2PFMl+YslOTnNZ0x2UWXn6p+KoIer2HyqXKig2wk+BT542oLuRbCgEhg'
    'YMrCAD+/WXJ+o/IQo/wE6yDcpEJ0bXWGfF5U31nQDQpRmO+5Gr5XMt5PJkO/93m1bJ/3w3Uq6yzK18G7OcL3F13MytFzN5vorHgd'
    'lVzKdr/4XC6E5yVEn2LKl9vy1ZWkHdnuXLARWUnkcGKCbUhs9Dp10Pdc0PGfCP2v/4K9ntbFBi/uOJ89YD/OrOU40SbnsJg6z5sP'
    'BvN+LxdqPfHzDjo6xBGy/TtgTrfBfCrFdPulFLoGCTHZskOvy/FklaBL0186dguwc2YvzYasr5qPdQFKmzqw96ou7iqGDzHt0QVZ'
    '5IfCfuVTDiidZfit9OKwh4Xgr9INSBtAJoA0cN8l3tcGsE3B9yvu9t9fmNgMF81mWOLvRN88OfpmpDHxjv1uYmP7urKxPUGxb3TN'
    'pU3b0YSOku0cwejvKHoR7VNM6XXK96jowMQuOLELTuyCE7vgxC44sQtO7IITu+DELjixC07sghO74FLbBUd95/qPqmmq/5B9jV4z'
    'dfQceTqmt/T6DJvx/LzHw79tDjQUpUkrx/2zgHtaC+UyRMczh8BbXj8/rm6Pf0c6ZqmjXCfhtRNeO+G1E1474bUTXjvhtRNeO+G1'
    'E1474bUTXnsyfHAzcJaLEcuqAnC9rHsxud8awa6R3nf3h5Q9j5X9G2IfwcsOR/RzN+nnLfAchGcXK3s7KYtjGIVnNyu7C9ZEvnsj'
    'PIdYmRsAT6nKjCjG30D6oWM4j7QRFo+sAWxRj2L2qTiHnRH1qa26av5Rfa8i9MF5DJ4H2L+x3R7SPp4t3IOzWd3NyMtC2cMIn3om'
    'qYP0TwWDmTMZPSLfLcgGn/RsZdHmWfhxG9EuGeEfzwquB9osIP9XDk/u60FlW8hjoY25/FtLLLXWQnuL4N9Hi8LYs7ocSjsZHdtj'
    'cZ4pDTrKcOmhGOEEl4WVRT6GrtnpotC+A/f9DKh3o6bP2Yo+exgt323QJ/e7qSQyorB9kPv0fkIT8TNxogIf9jG4R5jGOW1XlMWz'
    '0cnOyDZSdjPDK93krMuy1xEcNKo5g/2kvwY4LzVsnD2sTieUPYfg5rczvDrC+hsmbTSAXLaO1aW4SjU2ec5maXDIAOunn63fKGvr'
    'MCJjGSawVcHWdoTJpXCPqN2+PAdvUMAW3tepCFhBnEJ98Lk/AK0v4XM2wHOKwLYtLBdjTI2MJ6C+o7m3GUlX6mhL5AMOYzw6l2nV'
    'Mlku7Y/Kcteyc05l9c0R89WtodxLGY/eZA3vTnkwpNuXHTAnbKsa62p41Aw8szOaey1LjT8+fhe1f/6Z9L9qjW/cfujXEVH792Aw'
    'mfv9LGPN4uxGeB1N9nRG7Sme21sV57ZiBu9xGfzCS5Wnxv9Q4CW9e3wy9vhW/R6b+nhGneubkz1/Xe05nvtrFec+iXGRSonVh0JP'
    '+H5Htr8InJzEFZn4NTejU0P2QIboKJvZepZ2pmdpY86Z1r/msI/V1nqa4K+2nZ+r0WRPZ9Se4rmtZ+e2yp9QaEcBvj2ivC5WTZj9'
    'wgnC96+i37keb57w41Mgj18pCuOAcnmrrX57JxuDzXmw+6UpaVjaX1bFhcWI19LmplM2VRJaxwpoNP8SZrOkgsOE3jOAiRVxNrDy'
    'oqgSCb038WuOuimE/14F/GcdcOIM25uMAdca+ku747aC89Gd7MmU2hM8N406uqs9f2J36+6/WrK3dQ71VOdW0j7TF0YyRceh6RLH'
    'RI8Cn+l/bmfeniRx7KP36LZ4LLBVHPsoni2MTkknd2LBnVjKs5U2YO8SOmXq7UmF8ON48vNlYqumkvXIOj8X6tjTNvubmVn7nY27'
    '31EqsGLAQxZkXggbW2Eft1ic2xm+j/QObHXkwMPvwE9Fy8dszmj+37n/uEt1JqfdTxXAMJ3JTsJIGm2Yw0Zj1jEw0zDZOdq3p9v9'
    '71miZoiL3xvABvMG1u/LD3vPD1vGv03oaQUuiQeGkfS06s6eOXKBhE5O9qT0eyLx2/UMj3UnNNHEyQU+ZXZfFkNuUKjfSGdezz9c'
    'W26r7541w/4XPGvJnkz2nkTalYSMT2lXElE+zK6kThT6rKFNSFiO2Ej9TCb/78+pSPZKZj9Q51AvbD6fYPP5CNSrNrLJkpKGsnL8'
    'd8WMumUq88v8l8/nUwishr/cwu624b1P+qYVpDcYmE7uL9t/h/ff10XaYc4L5RTLx18NZ/0jbKDTs/Jr06ZjNXV5YLX3nwNemKw4'
    'BRbVMqLIv/Gi/iLuv2RPJn1P8NzcpTg3cBfkcHEaNiwbaVRQVh6yVhVTZo+i8Ww6PSE7ZduGbc/Brzb11N8bFHTtnQnMJDBjATOI'
    'dzoTe9RJsY2shPXH83tNsvaTsvZcfoN0URnho+oZH1VF7Lwxj99y1i765ncQvQtto5yU57biMl5BEylPcz/atNMcwR82sbYkPT9H'
    '2MVWwPZrGR6ZE8E74zpGlePjr2D7kmX7YtKebS5N27GOQDtpaHdOYrswbWwXuM3sEOx7sn/Tb/8qhB/vt5ycRx5XbC4rR/Huca1+'
    'udqQcota3eMSh+nlVbHDXXUTVQocjbHHbiUwX675xnFxWvgx4avJv2ncIozrw+8LnhMZ5a8ZJn/lsYFekN/ZWmE5jBsk/3t/7u+n'
    'ITLSDMDHdYktgZr+2n3omIL8z0o2Ktc6GyUNlfs0W2NTQs/AMnjOavW/qWxQwuwJqwg+oPEw74PnM8f67SwiNB66KHaR8yjLyLCd'
    'h4vCmHgYIw9j4WFsvKicnjRuMY1xZ2oj2VcEPfIM+2lkgHbXVigAGzTVALjrfGEX4xTjw/HYdEvIN4w5h3HDF5JvGKtvkMBqhSiM'
    'ZYdxAecovmGb9Yr+RkUw9/cLmnvPhK7mvtk0/mLcdvjZ+QuFrKPSK5DW62SyU8S8sSRJpC3SZVvHaG6uzGPGhUG5lwEDb0ZGVhYW'
    'rLSnN6kM9bYEJhKYUMhIVbKTToaXCuhHB73aDPpFCuGLYUfH4xtTvJ7nW/4ptzc/8892meJ92P7q7p0GRf9VTN4j78RNojBHVAWR'
    '0W0ShTE92+DOu5rIp66GvmYJP+Z1W8SdqMrHHBWHuJzMZRMh+DexvrIiPPfz1Zr1RD60WsNnzXReKpLPEsG8CLltvdVcd+WGw8qJ'
    'LEMl3zaRddLYw6qY/3JSvyXlTGHXJv9Vq4jO2dCj4dMGhR/Lm8tgwtpEOc/nhZ+bfsCAx8P+eB6bHsf+9xAe1LR/l35uEH7evD62'
    'hmOEx3Vp+0rAcTwfkUtbZwPc0rj1nYQXd2lzJZn7DgZP+Nzm2PYRwotLTWPQc9gcJWvj0octT0bXrJeMieYFuTTtrXUpzjPylJiX'
    '6yjyDvOgHU74Upm7Lm97ude/L7H8zQd9Phbf/fmpYK7O+Xu957MH3OS3NJdifdrLi1HKtcF8ZyvJO8wvR3Mrynfy+TcfLsytKN81'
    'XFWYD/Ao8k3mDZTPD93j51PDfhZfEVznn/cE17nvkuA6r7i7sN00oTcwp+Q/pjxZr4S77exMjFjAse36m8hl5lncNdsYfhxkeKmH'
    'vMd8QnOLdJfQdhdBu1HjHrUcL+Yr4PmDKN7gddJENrM+5cW2j5onysBaCR6n/+6cRJgIK0ftAPI0VMrLuUnvuU5Gl/RMk7k8J7yc'
    'BnQuL06Tsf8v4fmilwI/zBZ+ri/5XA3PdfB8I+QAq0Q8CzmBbpvvPW+f75+P+cLPHXY21G+PyCHWQGwxaLmTodw7Sa6xdVnzu67e'
    'YT3ovNvheYpmHnx8clwSNywgdAfVp/RY4LMecnfo6EJK2yyAtaf9biW40aRfip8G2R22Q6hzrOnsj1S8U1h+wuMF84fpgCY1QibT'
    'vIc2dEpUntEVQp9ndAmpT/Om0jJHkzLDmjKlzgedIvoRKnviPj2qteT15HpG1XONWRsl47KhO5eSM4LvThPBXEfHET1OHdkXqkfC'
    'HHndbN9ofzc72lOUYs4XKeZ8nmLOZyvGf5bDOqxS1BmLqIO5g2kdmleLlj0S1oKW5bhwtqJMDytToygj7z0VjpvM/btOsX+bFPv3'
    'NvLuEcXev39FcO9T7cG9P1Gz9xSvURo7bO91dHnY3tO7L2rv2wz2vs1g79tKsPcVlntPcxlizq6jmR3JMpAhlJH2MqT+MvY8Xfj5'
    'ZC8Ufv6wMFqggtwpPFdiP1lPnm+wy8JmZFhjK9LE5LMmed3C1mMtgenjHGQjpxvasricb8Sx/03ezW713v2evJsF714ltj2tbJ9b'
    'oa1fKMoc01pY5kU4o5R+ChuzrPOslN0QvGQz32YLmhfxyxbylP3/PZG1jjAcMayQtejoaNnWJ4UXaEElVx9R9BE19uEQ2TyXJVCY'
    '30X4rh5SxzTn8RCb1xagZUzlPIMGffE+zoczSvH6sIY/GVXMDfmjo1hdbGszwTNhY4uaY5+m7yNBdm26p1T/ErVWnaIwFyvPcxmG'
    'R7KWeMQkJ7XJ2Twk34TnqSIo+1wJz3Y2BxWtr3ondRDrHPixMDtK0zZaYM8nes7NzA4sapw6Xx5qKzkqkhhjMe2CBRHbF9em0mJv'
    'qAza5g4uFg3SyOQycXmalGX9Msv6ia17CEy3HlpWB1v3eZEwzfHiGvJ00dE2kfKbof5a2Nurhe+vlOzvxOxvivFcZUU6r2s0NPCI'
    'Be35bwpavNHCbsWEDqbtvcD+vTXEXkTC/g9rPXkH5Ve4vU4fk+O2KtaFvnelh2mfnRY066tMz/nXtb6uL4yen+i5jFrwKjiXbbm5'
    'nKHgY0z8WUx12J1MLtKv0fVONJ+ztNY/g7tY3/0KGRstN6rQU1O7AK5v7yzCXKLWu0fB28t5/qbGn+cf2fxMYGZAcz65ftt1znRd'
    '45zLfbl5vgXencF0kKeDDvJd84NryfWssv5poMtclTXTtWJZfDYqbBf5GGTZFUSHbDrelfBtt2a8dEyryXu5RkM1Hg+s4t8H2Lnr'
    'ZPA0ppBvU3jQ6WT52egz2Fu8P95Y4/GgpYLdYsLsv8LzJYJP5RyaazweOe59TMffo9mDfmHuiziouZO4/Ppfqj29LbXZ4nv8W4VM'
    'UifXs73f+iJwLvqz7av213mq4uOw8d9RXUgrmZwRW3uFib5jL6729DOmd6oKHl+OkBmPaHRovWjjW+2Nv5jnz4YODjtbNdWe3C7q'
    'jmk3tC3CsrTPM4h9Er1zTmN3xBpmz/Nm9n013CE/zTE4x04ADdCtwd09TIb86ASPZ0hzjnE8H5nk8fD1GcmN5xwRTV+YwFaHBV3U'
    'TuDKtH2EtY6Y9FC7IV2Vt0mq8nVdnZMAx4j/KydoHEMR4/i/lZ7+h8LtAwsK7ae4/VsfKzeqwXt/JO3Kvr5dWchLm+rEXfjlbWQ9'
    '4tzr2xR0sJzLxyr9e6bH4o7usqCLexS0m4oO5LTFDZU+3d9vuA6qfeR+LCZ7tsViXkg3vKnSpzmnKs2c9/Gp9HH9ZNPGcjy/qwie'
    'OZd9dtVbP19RGtmWKQ59pMT9R921H52k/nH+Oyo8n5CJpvXpmLiMcWOFf5anspysjaydzV3E2+Pyk74QeUpYH3JMmQovmoKL/Uux'
    '+dMXyj3bYNv7bVRxVrgcJ6zfJ8p9HnIy+Dc5hk+Xe/ZxUfI8G15roujbEbJvE8WvyX4vmeB+Ud72hnL/zNjYiqnOsWldHU04i8Fu'
    'KWinVyJkDL8p83xeuB2erb2h6R30ozJ//Sdbv/XFMt+/24Wm0cmM8zaSRWybj/v2Mu/fUxHfyPFdTWCqcwLO9Jmkv81sLTs192+P'
    'w9nHvV1U5p/bYtICNnd/loxhMvhJOYaXsqXHX10Re/9E1o/7MMj4sRc0uuSmlPfMpNQy4QeyfmwNF5xoeo4/RNYvDi7cFYOuHVHM'
    '1WUMUffM5VnfZrlY933UfrwCfZ+a9W3f48is8nEUirReXRH0UW2J+8Hz85vM5NmS/zDj78uNrO/PamSFOKZ7FxSepf2krbDzbSJ3'
    'fCDjxc+aTP18FN1+W8aHjw6Nr/Va1u5bHPrZmvH9FboYDnnF8OxfkfFsyCeKT837SGQ8G8lS8KOy/WMJvPGYF6Y6SWyriazPRMlQ'
    'X0v7fU6EbVde/pf2YWk4hPYJg6UDaX9fRzR71WMh2+Tr8iBpf3XEeVrncJ4+kvb0OJOJW+Q4RtN+bMGrngZd21OFfm9PPuk9h78I'
    'fsQHvee+Z7w2utJ63NBjKBPemPZj37j4cOnutbVpX09VSt46H5OA9MXnv70INrZ0vcrT8f3H/ivlyTLD7Nyi4PMUCx2vybn4fsr3'
    'ZY6CJb7Xj6fi+QHy9Xkg5cmmiiFjVu3pmKbfu8g84vIdsr2bFO250vayvV6yR/z87RRq/3bkqS4ndW3gVtZ5S8qPN9UdIVdAOdNa'
    'UsfEtlzWOTHl+2KbnP9+nY9kys1nd5C1U5Py/cjDaK8GcByoiVgjnOd/ieiyuPa/AB/AYtsg5el/GIf8/ssN4EvY48emk8/XIF7c'
    'U6TsDy72nplr/Bh08nlUr1f2ayFlebsPK8qesUtd9u8UZfvuUI/hkyFlebsfIGVfg/h7D2nW4T0hZXnsvptIWXkQ5bP+kmDdBjiL'
    'vOyd16rL9ijKnvUOddkrSdkeKHv3oHpuG0jZm7d7z3M2qOe2XlEW942XPVVRFveCl11OyrY/6D337gcYBvpn0T4/7wKW/fTjkA9h'
    'rzo25TxSNoquqiNlOW02D9qd85TaR9rU/9Ukr0LiK8h8yT4Vx/91nrH/a9TeNMD9nfh06uNql9JPOcyXOG3p6xcWJ0wVU/swCzjB'
    'GCk2cHWEQx+PWPZh6ocdFdOx2PVx7zAuhFzvlUIdK6JN+LEY6uC/a4WfkwxzqMlymMdtHWtjnSjM64n1yxX1ab3Fws5XXsp3jyzS'
    'WE37TJOzhHUKcjHk7sV7nw/fi0qy7nIvjgFa9DDSF7dzo89hYR83G32zm4Uf94jG9KLxAnconmHxAlVx+HFuGKto/ko/PhnNQ4bx'
    'q2luh42kTOV4YRmZMzDPOwk/BtaF8LxEA9PLhV2cT3wnGB6rY7Agxz8L+tigeNrgjjmkrQXZ4NMFD7nGceD4osmyvSbyTAMcDMP6'
    '9QubvKOZVCo7w+/0pfwWtqO9asMLWCePz9R2lO2/w88lJOHpvYCfcK/5/c7vzaGQM8RhdQRgw6RtegYyITQGjQ+0nNwtwnBcZYBf'
    'bGjXODlHioGz4sYvMo2ZS/kxHp8vI+zifWSFH4cfcUqafC8T+tgT5RocdTgpz9tzjTF1HDzLx+3woGuOdGw3To50WrcT9qkc6IRC'
    'vir9uv5R3KfLCe+QE67gFxZDJVNiOM7LVt7nPct2e3igUujzzfJzR3NE0zOxlNHTYXThRMzxoT0zf44ot7v74OTMsWwC5ojyxT9/'
    'dWrMeSL2NQty0u8fmFpzRJqC6tV2isI4yTyfE9Wx8Ni9rnHhKtj4dDSDSo4URssgT2xK+8g5vVV4fsVYJyvC8whS2cAy4Lc5DWFK'
    '86anQD9htGrcuG/VUD8bIVNpsrxTD9fAC43xTeHbFU5pbkiRyLCV/O4xG8WdYIrTCstkEbcuLyqLpLW4LCND9gRlhWnCQ1YCnJ0J'
    'er25QDPv0vA9YTKvJB+oaT7QW43ygaYN8oHOAzsCetdek5y7gj3YfZ2I8wuVI3H9QwuxJ8layjBQ7rtdBHOK5PU4qWCZIVamOeXL'
    'O9BXoYfYnvBvaD+SJW3Teo3E1vNPQl8G/SZ/I4J9XA/f/p1862dje1nxDcf2z4o2x9D3jIxpM7PrwTV5mtTvZHPKkZ3imwnuSnBX'
    'grsKaNjmEBozDXukoiuqGV0hLsjt7d94/93Rnvvv9mi5UBpljor2G4vQfpmCp9pKdI91gJcw7nI2gcUMLNWFChAqlhlGhwl9K+/X'
    'exU2GUKY55jB/DXzybsFoFttIe++incqebemNWjPhTJy9EVC/6bTHHWSCTxOH3hsttzX65k8ojvZU76nHZO9p3Hzk6jul+sBD9Q6'
    '7PtU+lmolzJ2tOZ4RtKaej2U/jfu8GsI2ffJkNthG+UObevarFLAoeld+U541orCvNzlzE5rkNCOVC7O8371OMpIaR7muHnUqd04'
    'ldnrYgAtJ/NR5RnGfOzcdqxHBHPHN4Astk7jvzao0Cdw27SdQh8Hw2VtVTne0f/qgVxjt4ri5Tfn8XpVsNQp3HN0x4GNQzFHQmBj'
    'hPnbvEEBG//JyiyD8Zn6Aw5ofIewvcOEn0N8QJjl4uPnEtv+NZt7mujKlqc9Zb9rPnjuuzUV9/rNFnt9Gll3Ex/Eidz/Xzju/2DI'
    '/j+Yq/sxQ1856tfNY7J0Fhk/9EwSzODdcRHB3zz+xZgI+rdSnyaTmHOnCrM8jCp4MZ0bjmuB8GPs0LvI1T+W2tqp4qJR+Jqb8uwq'
    'aQxVevZsYKbHcu607ACRXU8mTbLeEE+MCn3uaNpeu8I+gd7zDdBXHaNbhoTal7bHgn7hMdPqFPDP42SOKGDk/bm/PbDW6MewlsU4'
    'W0dioZn6qb4R/FSvILj07Gyhv6vOf17WOxe+RfnO8ngS52X9uwRhZ51FbPVVLM7bBVl/H5tFMJZFVL6bDSTmP7XBl+9OsohPwcfq'
    'Soeu08S7ac/a9+fKtwtHfqmFCBa4PXInkQki3VhBdFiIhxrAbgXljC/AuyWk/AsEN6Cvah3rp1WhQ6N15opgru0m8m4Zsaviubap'
    'DHWpQl9gs14XO9r51JA+couePfRRo18ysW2ykd81EhmPYjwiTIZh21c1EWhR/h9tNVxkkDrYr3SEfWovt0pMXC5hhNVSlac+dsXy'
    'LyiHvzAbO243KM/K+zS2+ZeQMy+Iz5HNmqwRdjmrGxQ2hDb5n9FXogXuwTC/laUG90i14zmQ/Z+k8MmgOO5KQistYmM8gfkemK6B'
    'yoZwjdD7Detgk8JJmfBza0fZA9qeaxxvisx9ocbe10Rumo6wH85Y4shy5jOysEgy/FQR1s0EZlVnarklzNvaXeM+0PsM/WgL7jN0'
    '/GjT60roeW5S+P/QtnU8UorYoTZP4t6hbtjUbrgpwia7yZDerABazHa89j6lUss2c51KgTBrdNAZGikPVb8MbEyHiXIRzvrZJE7f'
    'Jkv4vBr5iLT35G1kRLSP9PFpz/YB/dBVcdluEGZxq1V10UYPfdprSFzKUvj1q3z6f5ky9+l/KeWNI9HHK/XxWRHj1xHzuNneBfmc'
    'tylPnkFpyeWKu9WmzStT3pk1wdENmjZkzLtVpA3V2dmieG8Si5ny/m0W9IMqb3GYzLmLne3ZKS8WhWoN8TyqvunuTNt25BheBTzV'
    'AnhExe/XJn4pYXa+pbS5sdr/ZtjTWwhNVE3s46n8eAu5OzB+1lzNuVLJ3k3iR8t2zxN+nigeF5rfYzs1ZyoqVzVvO2pMxxN5badQ'
    'x70f1ug3uS50Nllbjod6FDrEbhGM9xxHDhvmn1keg5bfBN8aFLy3rDsb6KmwmF1ZBrO6+hjXgsbDyIKBIsbDQP9EvItuUdhgI403'
    'WTyQaZwRFd+6lNGhYfWLwee5yjaK5fNYS/i3Uw3tA6Lu2WERzOXIx2kC+2ss12Mwwm5L6ssuE/HjX0fhRJMcXCbxjUcnaN1Mcu50'
    'C3XOgEEN7kMYS0GfVL+Qbza1W+ndUUFkOn3MFh2fwxoZ5NsNeKrFxOZ9h+a5nNgXYLyfDoYH6gntNpvosBAvIo05RPRjSAdwPdR9'
    'ijX8/2ZKKM8='
)
