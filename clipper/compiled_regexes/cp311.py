"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?<=[^\\W\\d_])[.!?。！？…]|[\\"\'”’」』])\\s*(?P<sign>[\\[(（【<〈/]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원)(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉]?|[\\[(（【<〈/]\\s*(?:記者|记者)\\s*[:：/／=]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}(?:\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원))?(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉])\\s*$', 0, 32, 0, 3011, 1, {'sign': 1}, (None, 'sign')),
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 3011, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:(にほん|日本)ブログ村)|(?:人気ブログランキング)|(?:応援(クリック|ポチ))|(?:(クリック|ポチ(っと)?)(を)?お願い(します|いたします))|(?:powered by .{0,20}(blog|ブログ))|(?:スターをつけました)|(?:引用をストックしました)', 2, 34, 3845, 283, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:(扫描|扫码|掃描).{0,10}(二维码|关注|下载))|(?:下载.{0,6}(客户端|app))|(?:(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?)|(?:(訂閱|订阅)(電子報|电子报))|(?:^\\s*加入好友\\s*$)|(?:^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀))', 2, 34, 4128, 438, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 4566, 66, 0, {}, (None,)),
 ('(?:[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|crédit|image|illustration)\\s*:)|(?:\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$)|(?:^\\s*crédits? photos?\\s*:)', 2, 34, 4632, 402, 3, {}, (None, None, None, None)),
 ('(?:[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b)|(?:\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$)|(?:\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$)|(?:^\\s*(credit|courtesy)\\s*:)', 2, 34, 5034, 839, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%)', 2, 34, 5873, 483, 1, {}, (None, None)),
 ('(?:^(lee también|lea también|te puede interesar|más información)\\s*:)|(?:^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S)|(?:^\\s*(informate|infórmate|entérate) más\\s*$)', 2, 34, 6356, 886, 3, {}, (None, None, None, None)),
 ('(?:^(read more|see more|more):?\\s)|(?:^related:\\s)|(?:^read also:?\\s)|(?:^also read:?\\s)|(?:^see also:?\\s)', 2, 34, 7242, 228, 1, {}, (None, None)),
 ('(?:^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$)|(?:^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$)', 2, 34, 7470, 1334, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：])', 2, 34, 8804, 231, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(태그|키워드|카테고리|#태그)\\s*[:：])', 2, 34, 9035, 233, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*(?:【[^】]{1,16}】\\s*){2,}$)|(?:(投资|投資)(建议|建議).{0,20}(仅供参考|僅供參考|风险自担|風險自負))|(?:^\\s*(风险提示|風險提示|免责声明|免責聲明)\\s*[:：])|(?:观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点)|(?:为自媒体平台)|(?:^\\s*(特别声明|特別聲明|平台声明|平台聲明)\\s*[:：])', 2, 34, 9268, 413, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$)|(?:^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$)|(?:^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$)', 2, 34, 9681, 619, 4, {}, (None, None, None, None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))|(?:^\\s*to (view|read|continue reading) the (full|rest of the) (story|article))|(?:^\\s*if you('re| are) (seeing this message|already a subscriber))|(?:^\\s*(instant|immediate) (online )?access to)|(?:^\\s*never miss (the latest|a story))|(?:for the latest (stories|news).{0,40}download)|(?:^\\s*download (our|the) .{0,30}app\\b)", 2, 34, 10300, 1924, 25, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)|(?:^\\s*advertising disclosure)|(?:^\\s*this (post|article|page) (contains|may contain) (references to products|affiliate links))|(?:\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b)|(?:participates in the amazon (services llc )?associates? program)|(?:earns? (revenue|commissions?) from qualifying purchases)', 2, 34, 12224, 1126, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 13350, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*(写真|画像|図)\\s*[:：=])|(?:（(写真|画像)[^）]{0,30}）\\s*$)|(?:^\\s*(画像|写真)(を|の)?(拡大|見る))|(?:写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$)|(?:^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/])|(?:画像はイメージです)', 2, 34, 13546, 599, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：])|(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：])|(?:返回.{0,6}[，,]?\\s*查看更多)', 2, 34, 14145, 388, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)|(?:^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2})|(?:^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$)', 2, 34, 14533, 1170, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 15703, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 17100, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 17671, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 17926, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 18155, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$)', 2, 34, 18608, 221, 2, {}, (None, None, None)),
 ('(?:^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$)', 2, 34, 18829, 171, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 19000, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$)|(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 19144, 184, 3, {}, (None, None, None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 19328, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*baca\\s+(juga|selengkapnya)\\s*:)', 2, 34, 20570, 97, 1, {}, (None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 20667, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 21632, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*simak\\s+(breaking\\s+news|berita|informasi))|(?:whatsapp\\s+channel)|(?:ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram))|(?:dapatkan\\s+(update|informasi).{0,40}(berita|notifikasi))', 2, 34, 22085, 539, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 22624, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|written\\ by|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autor|texte|автор|текст|oleh|text|書いた人|責任編輯|责任编辑|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 22840, 1083, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 23923, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 23961, 37, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23998, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24075, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24152, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24236, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24311, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24395, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24464, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24554, 76, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24630, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24715, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24820, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24917, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25022, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25114, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25187, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25258, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25347, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25426, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25497, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25585, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25712, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25800, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25881, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25975, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26061, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26140, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26213, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26288, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26372, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26443, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26529, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26619, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26744, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26836, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26954, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27048, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27117, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27186, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27255, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27326, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27397, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27466, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27533, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27606, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27675, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27744, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27813, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27882, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27951, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 28020, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 28093, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 28166, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 28237, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 28308, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 28379, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 28479, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 29307, 82, 3, {}, (None, None, None, None)),
 ('(?:votre adresse (e-mail|de messagerie|email) ne sera pas publiée)|(?:les champs obligatoires sont indiqués)|(?:^\\s*(\\d+|une?)\\s+(réponses?|commentaires?|réflexions?)\\s+(à|au|sur|pour)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$)|(?:enregistrer mon nom, mon (e-mail|courriel|adresse e-mail) et mon site)', 2, 34, 29389, 880, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 30269, 714, 1, {'name': 1}, (None, 'name')),
 ('(?:подписывайтесь на (наш|нас))|(?:(наш|наш канал).{0,20}(telegram|телеграм))', 2, 34, 30983, 270, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 31253, 100, 1, {}, (None, None)),
 ('(?:구독\\s*하(세요|기))|(?:뉴스레터.{0,20}(신청|구독))|(?:채널.{0,10}(추가|구독))|(?:^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독))', 2, 34, 31353, 284, 4, {}, (None, None, None, None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 31637, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 32679, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 32775, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 33489, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 34532, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 35422, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 35963, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 37007, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 37566, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 37593, 3665, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 41258, 3753, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 45011, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 45232, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 45258, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 45851, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 46091, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 46122, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 46199, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 46240, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 47851, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 48831, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 49058, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 49156, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 49335, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 49416, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 49437, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 49675, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 49929, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 50119, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 50357, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 50385, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 50565, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 50757, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 50963, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 50995, 30, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 51025, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 51341, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 51562, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 52055, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 52379, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 52585, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 52613, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 52633, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 52665, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 52827, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 52843, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 53049, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 53335, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 53531, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 53585, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 53609, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 53633, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 53676, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 53970, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 53988, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 54005, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 54034, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 54158, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 54288, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 54495, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 54765, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 54869, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 54885, 44, 1, {}, (None, None)),
 ('\\W+', 0, 32, 54929, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 54945, 36, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54981, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 55025, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 55049, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 55150, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 55175, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 56024, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 56132, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 56146, 28, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 56174, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 56293, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 56354, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 56466, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 56593, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 56714, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 56988, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 57122, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 57259, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 57378, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 57406, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 57422, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 57686, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 61323, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 61543, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 61564, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 61622, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 61638, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 61654, 104, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 61758, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 62138, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 62193, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 62307, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 62604, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 62782, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 62839, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 62896, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 62953, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 63014, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 63071, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 63111, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 63251, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 63281, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 63382, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 63406, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 63916, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 63940, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 63964, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 64372, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 64513, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 64635, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 64656, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 64675, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 64713, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 65558, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 66402, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 66593, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 66839, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 66917, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 67028, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 67070, 83, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 67153, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 67231, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 67288, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 67320, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 67472, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXkWVaP1L73tn6U4IoUMIJCEJnUAghAQazAjKEggoS4DQ6e50k/RG050Q1kZBkeDAqDg6OqPz0PcEAwOoA6IzBhQSR0BF'
    'lvE9Z4QHvhl8bxgdGDcY+/3133O45z+36t6q+v+/t9ybr1Pd99Zep06dc+ostUKItPAemY5lnrJMeiP8XZP5SUBakfmZlfkpz/zU'
    'QVqZ+anP/GyBOjBvL3wryb4Mf5Ls71RiWj3Z6U22iVGRx9MW8i0dUTYpotuW67k989MD69cJ65eO10+CtLhF5PUcHvr1i9EV1Hnr'
    'mH2aYS8K2K81sE5yP1aTfdgAv8v9PK/EK3cl26c26xy17lP8SWUn5uYsOit3WmUPVEK+G1Rhsb5yXWshfyXAB+JsiXdny4x7hbjn'
    'Jb+MhKOWzC/LoFw1vMdyZVjunEzbX/Bwe0mrX74p8zNX01eEKVVfXdpqhP6+lfn5DyhTRdqTzx+94+rdZ2zsppsE2ScdUBfO4+Uw'
    'VykHvJaYhnht9Iq88Foy7GM5wCeFnRtIQYSdRAScx+s+tde9kZ1fEg7uA1yYssB3eZ9Xqem3jlmkmfOMFmYRVU9L8FV8VsVnVXxW'
    'xWfVdD2rGi1xXA2g5JbHvfSW/V76qye9tPd+L/3RU147PyBlrn/WS995xEsPPOylX3rCSx99zivz9wBj8t2/3uClT33aS5+/2Etf'
    'ucDL+zWS98XbvXTv7eq8XyF5D93r91OmrQ946V37vbx/SfJe/5CXHgFjTu/PHeMnSF4+L7zej5K8zTDubzyhzns9yfszyPPOt9R5'
    'ryJ5r4G2j/uxOu82kjd9wEvXaOrdTPI++hMv/fH31fNwLsCRfLd7yEtP7stdg9NJHrl4qjZPJnm+AWN4+YnctlaTPN98zkurf5Kb'
    'ZxnArHy38iIvrb3U+7aIfPvyVi89/y7v23zyrRlgqWTU+9ZEvj24J/dbPfnGx1RBvvF5o3Tj1Q58cjMhk5Q4OhHO89u2VcvwOa7D'
    '0UBDLM/8rFDgnnqQ8zVD/2gdpSR/PdRBz6oGkr8e6retp7GQc5rMDqUlbE5t24tlVxGyq4g5Dz8lk3kzC0izfyFD0P9lSbxGk1G+'
    'aEPL6HB8RQiOt5VRy3ztbF9fakH/TvMnCSz9Ec7U72jk9VAsc475+JiPj/n4WOYcy5xjmXN8VsU4Kz6r4nWfYJmzhIVfONLnsQw6'
    'lkHHMujiyKAbYzn0QS2HjmWak0/uTPdng+U+KQVeIAGwyHXhm5h8kurUIq444ikfT8u+vE/x7Xsvet9OI9/OON9Lz97kfTtJ8e2O'
    'Ld6348i3ynP8PHWwd/BbFft2JHxbDOOQaR/M2WHk2yD7hnsWy+Fexjz4dx3Zc1hPWF7XdWqEMpwuTjKeqpKtVcqSdiqB/q6F/q4n'
    '707b5r1bQ979pst7dyx5J+mAOhhzLcxDD2lThPS5DjbSfDJvaRgD5X2TEWMvIX8jvq0n+J7mTeShX5626FMD9EvuqYVs3uss2pXj'
    'KIU90+BQ9pa/U5/pH3Q8Z6vY+VBKYEimz+22r7cB6rGZ27ICza3sr+vclj8TnFuc39OF2zyUE3yrwmPHhOCxxRZ47FALPNYI/Zff'
    'Rsgel+mQyKUn8VsprBnHgxVkjj6UcIPBUrYOi8n8VUI/vgIp7/cwpB3QtyqSp5uMH/O64Ar7e73ktJcxZCfU+Ym81rOCH5PzVMLn'
    'zAi4W8vqjMJbKPv4Fuh34H0wykGPCsBN8qB+RIiMT0E0j7pAVoLsdYqzNhF8di37dibBO4grumD98Dy8GtKbAMdhPUj7VijK0zyr'
    'CD21Lp1b96lpL/3wPL/utWmv3BGkb7tYn65E2QPp01Y2tpkAp6blh8l5o8P5VZr9s8SRB+b1LCsgH7QQ1n0B439QnrCj1Uuvg/ST'
    'rUF5yi+6oF/daj4gKxuE8v8G6YOQntft33M0Qd7HgM9p6g0v+zqkb0J6P/v7QejrPwE/lKXft3jpWx0+z1FGZGx/A2V/Cel3W/33'
    'fNz/BN8ebw2OOyV8WeoHCD1t09ZsgE/eVhOjSxsIzHZAvp5Wn25sVMAo0uoVCnpMlv9Eay79It+9H+q+6DNeuqE1lwZBmLkQ8t0I'
    '6cUwnjoii94A37a0hpfh+6oO9uWJjCYcIHuY4pch9ncnyokJPpDpbvK+GeZHwPwnyfxUkzWk5XtZP7oZvaWDYz7GGignrwJnoXwV'
    '8n8H0nda/TWSaSfuJTaHF5I5lnUekvmZA3XOgn2weCS3LmzrgAImVevE20gSeFLJXOTcnaqRtewAOfAPO4LyXPyWuCa4Dz/ckVtO'
    'JYfA9axk65lksHsH4J63bsxtj/bl6vPgbqQ32BeU0dxwpx4nDCQ8+TfPT/tZyvqZZv38b5u99ASYl3+/Nkjft7M9MqjBA/Ld+xPe'
    'XkFcQtflfGhDbAnK4PHbnruD88TnQjVPFYp5KhPhc1HOeB3dOGdazBfNczzLw/k5Xd+aQLYjFPwZjrsE7tHe3hOcr4fu9tLRPYoz'
    'thvmbZcaLyKO/0fgmSmuwjqSt/vt8Pr/2x6/fyqc1AD7mcLg2zCWczf7dzx8TleP5OaRdz28fjwb7gV6pNSSx5H1fnGTl3bB3rwB'
    '7h5/cL49nST78hHh+YWw7UsD9Af3BpUZiS3+XsGxN7C6yxk/VcPqbmRr+iDQXm/f7dPD/Nvlo74MZCL2zAw2xnTIGG3meSabC75H'
    '6kP2XUXIvqN9nyWizzXEzUew/qyE9EQR7M8qvKcUwf7gt9WsbRWfrXqHcr3Zmu/1gCNM+XgVn8PnoZSc79sVd3XJCB85pvowlG6o'
    'YTDcw2iwYfI3padRHkbpw9cJfWjCA+Zz34GyFBsesIHw7jXwfZbF/HL8dnjC8wPlgt+SjvO/qcDzfzLgw6j8fQzndROeAPUUlhrU'
    '08vSEQMZyDAbZzt5H9UezmO/UNOStvAm6/gSrAPKTChtOZn2U0meMpK17Jv8fR30dwmTybjQB5tA38Z2/xRirvi9VBgMJhi/a7K2'
    'tvW7wKHJOXLjJD1HlhYI7+AZjW1H1dfB+jOikHFM9XPpu0lPFjie59L1BVrP7UVazwumyPm0lMjSdxqU72SyuQHFvujW9I+urck8'
    '53N+0jOS65C8J+QM7HI4A+l9N5VN4n13M2trQAM7wxb3NLsJf1JrsX7tmnOb8gs/TPj37YuZfGk6492yAtIvNnUUms7ZknnRmPDX'
    'lMrfFinml87TsEK2ns/ahcGx7Ov/hLFj+bD8UXtigKy9yT7ge0511zCogBvXPsrx/pXwnI/SPmxjOi4tlvuZljFZVzw/mzW4b0Qz'
    'N0MR40MZRR3M4wwF/rela2Vd5wHcRq1/j6b/tuPgfaD4ZAfhPxtYvYNsTZaz79sY7sG7nbA1zrefXA6OOIHKw+cTeTjFI2eDHoEL'
    'XVdJ+lNGaIx8zll6BhTyDFXpARSKNyqBOiguFuwupFNxHyrrfJLQKf2GOJLWh/vuKqjvIVjrqD18JIFnm7lYTeSjVE76SUJLbNPQ'
    'qqpx4D75MOwTnIcoeNnB0q6IMsgHVGjm7xrI0w73RbTuAYNxDBq0/37h2alSPNbO1r5bcybr5o6XxTvqQwitaqo706EZr6oM8haz'
    'yBnAz6OeiDv/EaY3yvnjKDwm37/C5CE/gzIzPL21VLqk9N2nrLS0HH+vKK2sKq2uqcWnrr52gp4G+V9jMWrOTszvxsYS2f/9R4jR'
    'UZne5z0f+MBXs+nzS1Yecc7S5ee9sXHTB75x331L4PMfPnnrfWMGz2M3fWdxQqR/lfn1Jln1wBwfo3ht/dFr574LXriPPHLlRscK'
    '9cgW234e/t179um+NuNf9wWeX36H/jUmxvZlfuT/HxiT4xTZfy9n/v0q+3/m+c6bb0PNY2O/DbRXJgr1XKF4l23fxELIyDOSag6D'
    '9vWVhI6oYWdKuciNX7GM6He7yCwXheizlJIz+GF2Js9n8pguklLadVih+26KU19nePLmkHbbi9huB9x3crpJRaOPKOg2nt/kXNDR'
    '46Y0WzvT6V8FZxqdi1cMaByb/m5j9NmQhu814TvfDLkfcpXLfztTyelJN7lrRQjcZe0qkvo8SJ9VkDw7NfXIBssUeeS33ydydZWj'
    '5nCI1f26Y3ls/6cJn6+I2n+mMJaVi4fU25VHvfcnfHyxcxzxxZ0h7Q4Vsd2rSLuFqpf2VQf75yd8/Ng7RfHj4Ympj+N/nfmZZ9FX'
    'E9yvg2HZ3gvAu9jOTVid+xS8EJ+r10PudSi+ul94Nq+0jgGLOyBT+SgdF+fPeh3OvgGFLIPz23Uw1/PHsV2UM144zu3ieKWu2Qma'
    'OyLdfjKRg9DxjfdaDhRI/8XGnpHrJiIsXe14bzi3CDQi38vHOLbzpmU7swqIf/jdoQsd43KvFSZjrSJy6jKQXVO+bpYG9ts19z59'
    'mvXEOVgEYzCVw3VZ1k99OETlVfEQurtJ1TxnabuQ+6BewzuztSH17yJyZdM1aCftm9z9uYz7PNIv2/bCcCodk0u/job7X1f4Go+5'
    'i7IbovvxMWHn99ElpqLOj9TZItrv1QZh7o/sRGHuE22FMPcxtlCY+09DGZqNjzhqA6DzEeYqj2gCWQyXMUyE3ysbP1crWJ9Tws7W'
    'l55Pw2kPjiazTzDXuXGZj9ZMhmem+XwkDMZUDJyXjsB5Wwxw3gctcN6ZFjivzQLnrRbmvh2XWuDHw4S5v0ZqP6Xzr2iLO0sc90xH'
    'BgG1pyYuXkNyOvp1ySvGh1kWm3PyE6zcVfB7NdBqubHap44vlJT5k7bzrzKWBeVi+FdxuUeuy2P98a5TAuR6ojNH89n44JPwdA55'
    'R/WdxQO+zgeeE3v3gf/D73vflhA8KQDnPaLJS328zgKcuvebQfvyf30Gvu0P2lAm4Mx4fF/QhpL6ynXxaYVzajN/NuezHCM67baN'
    'WZBXDJ3kNMTJecQsCDwtepsiUUD6rFHY+wsMo9F2GdBo/RY0WocFjXaRBY12tgWNdpoFjXaCAw+71IAOW2BB+802oP1qhLk/73zs'
    'CcbLF7WKVy+fgrx6hRh/39QxXV7AMyAvP9WFpctN7hlSCrnmn1vuu48QGG8guCIpwv1QqHxNtEbcsUX5iLChq4YvL7z/Sis/tt12'
    '83yYQl5C/bosxnrHcukFlTynku3jUmKflfWHNJbL99vSCUhbUBg8I/Pz3jzpje8wn2WHCt8v3Ffh21OQfp34tVPdBUj/ZeiXmspC'
    'nmL+zf65Nb9zUOWvee5Y9J3Dwbw3Nzw0sXvz+acOrr35ftif+ezNn/3IS393vy+vxD31Jfj2NNDuP/u6T6siHToM9PJZSAPvzeXH'
    '6R5dqGlzvPco2kKVAT1pa1fWBHmTwo9nUt+aa0dbD/Lchlb/74ZWO5kAXevehO8LFNnWu5mPsA0f99L9d+TenSHukN/+cHlumQfA'
    'd9vgniB+0Pmx5L5InwR/fJ/b6KVPQIyK1GjwPvHJc3PzfpflbSZ5nwVfoVeC/61f3gx1bA3yQ1+BvPexvF+8Q++3sCnh+WJxsSss'
    'ZXPA+/oj8Cu5dndwDnhfeV46B2eDT7qFsLa/wlhI24JzgHn33uGlQ6O5eYu1z54EvVfUb8nCwMdAnjCYCyOvQtpzm5deutGPw4R+'
    'gNGPL+K4BmFXB20b78nnM/gLq0PlIxdlpbR/3MftPmj3n/8q6DNV1/df7FGPYTb4xFsL7d3SrR5bkuhBoK+KbLlzcvfBJy4Bv4LQ'
    'ztWXAzyd7/sJcd0LlWwvYPywozepYXahIu+iTWqYpXuB9jlqL/C8YXuhaoLowlctz5x5JB89BzYzvZlzAWdfRs6iyxzpDRUNvpnQ'
    'Zo3weyfMTQ1po2XHuyxwm8qcq1Yhf6F0LtJg20WuHTDtD+oc4e9oX3oFsSkZFGob1AuF77Ok20D3cZvw4zihThz3Gb1V5PrEPJn0'
    'YyvTo8M8q6EfUfpRO1n/jyJz1C7MfTXgOJqIPuKwYTnV/G8TwVhBSEc0gb4np7Nl3adEwCT3X1oSApOX5SFnGc28WJWw4zU2Mzqg'
    'Vpj7J8H1SyUK45Pm18LeH85rojh+bJ4V0b4k6F7stciLbXyD7L9tEeO8j+wRE9ucXqIvKcv/BeDSfNaI2hB9pED1oT36ELEVWJP2'
    '0hNYDIyTIQbGh0gMjJWQtw3SVkiPh3Q1pOvTuXWvTvv0AtrCbIho7yhCP50G326Z56W3kjy68hhbDc+Ek8Av9A/P9b6tJN8+CzTw'
    'Ybv8exrdnfNCwpsOw/3J7+B+Zh/kmUvK//GDXnr6kPdtBvk2+8Lcb9Xk/luWq2N34jK/iia3PaspHpP372cJezxGZUHpAshi6Fpe'
    'A+lLDvehJn3KZ750tFolkQ8MOtLEIuI8LzPEA90aW8ERRkMcBnJV+m2rAU1B/c6ZxL8J0/fH/qnselV2KRgvrUyDu2k8Am5ftktD'
    'b1D/cbVlnm8dfoao4vWo5obbY4b5caLyknUaeckhwtxnVz6wIHHlEQbjGy84wThJpuf8VrbW1wi9DOfuUo/WR1rsYNpzZSFwNx4w'
    'n+VdSt1wJLcNibJd4b4AqS/BpSJoKzoZYJ/O00LQB1H5VdoZYTvTr3nfIcL9eVK7OpUPtqzsrsTzx+Uq9zGZZ5W/zkGNLdmwYr6K'
    'uUYqXwEqm9EqBnsYH2W+BV7jPmsHhdoOslPo7SNRrwh5t6vYmrdb8FXcFyM9b1V+7VSxXej8bRfhPvH6LfsYtebIA83MwPAPHXEQ'
    '9QPm2hcKFxjnZrYI+hCwsYvnuBhtPRuFvS/GIbbOM4TvM9LGzluHS+qEmV8G0zmsN6QdD1fgxJ1C7Z8wjNdvF+p4bDb4oWGSnj1R'
    'Plz+JO3ZAbjg/0a2Tiqfrzr6Lwxu2zVnAo8LhPPdBHuD9m2m5iw0wYt9FrhT5a8XY/+gXvwC1rfZwtznaLewiyuKY6R9aRK+31Md'
    '7ZCvP+GvpTz84oKDqQwdY1pRHYWjmEyO4xxaBz97uDyPwtAcNk9zSRlTme4OhqNVZ+jOEBr+kBAcQ/s2T+TGjuzR0MqUr64X9v45'
    'VfN0KLxbm1njp/M8Z/m45rO7HpP7iy4mA1hL5iWMh0A/F8sNzj5Tmm5Ec1aE9cO07m7FWhymgZceRT8aIC1TyMv5/uiFtlqE2veM'
    'Ce6m/Rog7UX1l49xARvD4cL33Zwv7dNcJNqM9n8hvOvPvPyuw34xuYejc7pbgfsahB9TroLhUZ2PDxWPGebjYxFbpyOhvdOFnb8I'
    'm/2gg6V86U6b+OSmfsP4Pd06wFX5yj4mu6yDwshR8O6rmXIfcqQzF0f0pUzk+ie3pTM5bzNX+D5o+oQ69rwJHjfxW7SE0bFz2diX'
    'as4o23tTuk+PLjI9GMYzLUl4fXehIbg8M8r3Y18eeMGUV10G8DfP4DyO8mFkAreqM8wUD0SdjRQul8O7vyP5VHy4KS1SiLHTeV8B'
    '8+46bhMaM4rnaSR0q62snc/3MUyWv5jJ8lWxGTg+oN853Xsm6C257Lt82qZr1srkBToZI+WhTOjFlaQdnR9+Xdxik/i0FeQ+uDuP'
    '++CpRMPy2I+F5pVMzw9OY/Rq7oF/n/L06PK5h+oMOVdMxmpK8/aFyFYpPH4v5eHhfPgHXRwQvpamMa1UcXNon/880+eLJ/E6uPIa'
    'nXmufYcCfk3pds6DnZyZ4xmJyXHfwXV1By3GR+/6ioHPqO/KwQjejOuR0DGi/sahhncm7YZwFkUfUFkM1wfcbYGfbfoU5leV6rue'
    'qMEH20R4PJ1+Sz4jSjaqio03wPDIiEKHNWruTwC9bFV8vG2Gd0su/CGnl03x1Q5LerMM3h2defn3BIdzeTzlTesUNjFRsEltZLit'
    'iE5+TWGR0jocljosZEhhMvgqNk5u+1Ot4LXw/hvveJpZGRN9/j6NLIjf39SR+avX7Pc+kRtXs1i8r21c3wUgs9bpO5jK0vKNed/A'
    '6JS+TLlva84G27MnKs+gI99rE+vAhg9v18DftYp5pPuiVXH/a0rzDlnc77icDTx+dQfbQzOYzGsi47s2MxwT1l7C8KzTxbpGHRmp'
    '4/U3BjjXtW94515GZLZDEfI6FV8YFYegbxLhN9u54jhpFlvbbZq17WP58tH52kbOaFdeaFDDn3Qo9BtN8IMp3cLlMgkil9mQp1wG'
    '6dx7hR9XtwT6+NwRvr1dBTmDKZ5ZInzfhPM0sDvI7utM5JDdbE6HNTKrBgJj18KdKfJntI17IZVjovyOrV1GOsIuA327fbDIc+Fi'
    'P8v18vna1yvWvspg7Tnf1FikedXthyTZD3fmuR909lS1Qm+HRefyzQ/m58c9b1+V0+vBaYRd6/SkozLI9Xoi4d2toN8bld8hDhMV'
    'ITCh8jtUSuTzWZ/XYz4tIX93seX6VMLTO3CBee7DnI+hImTsfM83iVy7duQ7qN+AT4CPqv7WXH68kdk1YJuvgC+Ioy4O9mcP+IPY'
    '06rX8T874fmL5f2nfaH12OCsKrZnSwnsIK4Uwt4vZIXC1iDrN+M8n2d3wa+qfC42jiob9L/otq9DN38VY/7ZYts3ui+kPfYjDvui'
    'WGtLbSfyxSc1ljBVpZDRUP870icRlbfEZ1UeZ9Vo9HmjfUbNzqomwkNROJHpAOC1L0H6CvMP+Cik3ZBe3Grmv0XC5aY8aSuUN56/'
    'Bfw2ge+bs8E3T/9NCp9RV4Dd/E51Xuon54qN4Xmpvt8bO8P7kA/9FuYnZ1km02eFm+817h8xqTnHXf0j0pgZse9SPR1TLP+IZcLe'
    'PyLGS6Jn3ydB3uGyVzkNVtbjpTde59V9Evk2Z7uXdl7vfTuOfCuFfXUdfFuu+Hb5Z7xvRxIe82o4E1fc7aXP7PF9p2Ken8G3kU9C'
    'PbcH48jwei7cHORneT2Yh9OShdr7y0EHMeuz807wmfbBXN2dUqK7E0aLVAMtssxxT/wC/KpVAT381jbo78Xm58ElBaavcF9tdqSv'
    'OA/P/Z7MId/uAr8nTz/q0z0IF9I/p0w/A77w178QxKOfhxgbn3m6cOfFegI7CDOrIKYZzo+KL+XjrAgZZz7xYNc78AmofzETcF6C'
    '4D8Xuv6NlIej+bhlOg9iDfznXvtxybpfSnm2vNTPVTpiro8JmevFBjBF42SFjaeO3DOo4I/SNtdDP/7fI+oYDq5xsgoBA66++SgM'
    '9GXW6XkL2SGNcVDB9l4+NEix6lXx2CsccPwxlmsVx8EKj4OVmEZxsOh++mxShmiL99PBHCu0OTOB6xPeHHbC/KUdZDoTHyclVfg4'
    'KW1FvHwIeeotaWtbnI/+OmgMLvQ/qovBVQLl0K86jdWE93Q3Ct+3GbU9oDG3VPqFmKef5OlS6BLVwftaEfRPFXaXir5vdXp1I0Lv'
    '8ynqrv5UomdjaxODMhukJ+c71uOqF0J9C6jsavuF2n/TIJMhNQGfbouHKH3Nad4KAkudxDaCtusaL/p/Cc93pOp8WOpAb+0Furse'
    'YpS99k278nXfdrNP2morD3vA9/XpMm8fF272GbLNhxe53TXNhJ9KEYwbmIzAWegX+3JS31zIL+v4IpG5UH78tYdzz9Z84o1wvrEx'
    'hG+sMuAbXWMauPBw1fD7TJgfGu8AZRaVGljRyZHSIugX/vcJu35dyWjEqU23FJYIendiXOMuRwVeLnBcZtU9Ecb+eBtiOsy+yUv/'
    '7E4Ptgao7OSO3Lz/egPQQ5C3k+w3rHc23PVcRvfpHX55jNH+rq9j1v5G8o23dwb5tgBk6L/f7NMK/FvNpb5PF/z215shdmaP9+1Y'
    '8u119m0ZvTs+J3d8ixTfcHzzFe0t6AnGFH6dfaMxhX8Md2nHbwrKH1+Fb/91W/5y0nz29zS7ak6x++J6tz2ezOsu2mbteGwDeufR'
    'zO48Yrwegde9ZWsp+JobfM5HxjCc6f2X4jP+oD7j+d1VF9xD3tUfPI8+sjH3Gz2PTrk29xs9j/4Ad79phd4gfvvAR/K7D4vPI8V5'
    'JIp4Hon4PIrPo8KeRz/KvHg2Po8O6vOIx/T8aBfEc71WfT5tIHkxJiKW4XlPJHkfhDxv363Ou4Lkva0PdDmvUOddGNJffmY2h/SX'
    '561R9PfyUXVeVx2C+NyMz80YV07tczMqvjSV6f6H5fnaHmZfYHSEJEX80Gcf3f9thYSJyPU6uPd4guB0N3ookSg4vcN1ZAXcLy1+'
    'NMgr/+pJP08+slsV3496A/JejLc7/LCvt5gPjx7DpxF8tjmfQclkQeHTiUZITlviMFUAFSLF02ZFG+J91SnCzYanWkM32upWvAN6'
    'IZ96ytL2iOCSYtI6MY0zkU9bUWkcnb1KfWv+9ipZHY+dufWi7ZK0T6LnreocpXIFfg9MeXh+D1zyaSi3Jyh3fwhkFKN7gnJ3Km/g'
    'cvcvg73++XcFz/SVF3lp7aX5n+m69Who9e0KXM4ene1WmL+RR8XksjFH+o7HYF4ogjGY6ZrzGM90zXmMZ7rmGzq99KotwTU/tCv3'
    'W+wTZWrZmR8l/Fgn1CcKhVeEGwkjfD8Xw99JlF2iy16M5VTTU4+shJxZKLvX+d5YT749wHDa8eTbi+d76bndQfu/H1wJdMFWX5ea'
    '64c99WnfPyjqeKKM/Ww4v87cGpTd03az53Zr7thqFHcCmCfMd0+Mh/PGw0fkgYcjyxZKNj8zls1Pe9m8jk51ORO5PcRiBX5FGx20'
    'Q+A2OteIaFufAZIHY0r2s3q2Cb09EMZ5uUzRFu/PBcLMP3UnK/de4dsa4TcTX+prhN4OaiXpL/W7TOPByN+LYaukipGp8jvJ43G3'
    'C/X5IXmFpYQOQzqxmLbKaJOA+dCWTWeDSX2lqOB7SYH2XEkR9lwz4Ghqg1Eugvaf+fgDOcaRxqoQal/fCOfnCLN4sjyOaxvZczuE'
    'WSyHrL8M4HVV8V56hZ3fder71yXOFdJldJ/uFLk+xtEf03FCT5sVC1apHMPFnkvVt83k9wa4W3p5rzrvZXncQcuysxR3STYwj7aG'
    'b33bt9lYpviWz/1aGuq54MWg7OSCx3x/HVx2ctEL/th0/o6lX9+5ws0Oj44vK1d/WG1nH8ZzlxL4udARfgrpm1KO42vM792bkB5o'
    'dbu/KFS/fnOOG5xvFr6/m7CxUd9/VeAL8LFzfH+r1Nfpqx/z+eHTDOpW+SVF2bX0o4ow2aiRUd+91dfZDtg3bsvlfb99p1o+rPLF'
    'c3Frrg9YWu8ofNtB5kaltxYG31UEvs/IA75N4Sghom1+dwh9XABdbDV+vnJcjOVccfEdmQyfE8F4f5yGtInbakOn9ojomM08ngTG'
    'BlkugjFBTGIc0bI8fptp/HCTGAG0z7sM+jYkgjEoVTFnwuKP9GhoIF1cut+IYJyoMFjsdeyLXNNfp3LjndF+qOK0qviYoTz6wdeE'
    'j7U3pE2TeLWme4Svb59BWbqe6ONAFQecx0fZIczixnJeVq7XrZn12iLMY0d3Oe4L2oetec6xLi6ZDv53aeCdwwDfT+2G82saT6uL'
    'zf2Rmbk/W7jFS3Q5Z2xhpEsE4y3ls258vXos+yTn7KeZQ+O6iPUeEvoYR8UaTxPw/lynjsqCouKK0ZhFKAuR9c5g9aZFMFYkj5ek'
    'iq+OsT9s43Z1hsxfoWgenk+u9eWZCXxHuPnJRf8eNRZ0Hsa2rLWkiXjMbRdaSucvJCHMfQI3a+Cik813P1u3Lg3N2S9y/bPM0tQz'
    'zPDsgEZuytf3TOHH5HKpE/0xzBsn2pvHURoS6rhlO4RbbEDVHOl8HZvARSXhx2gcvRGR6+NGFaOwSiGvHyE0lSpWpWnfVHdhsr6t'
    'CQ8n2u536vMGv1FZazPJv1gEfeQsE7l+fXU+DTFGhGlM5Z4IfkMFD1sJ7NjGksAx2PhSb2QwUyvUfhp18etpXArKc/575uffFPvP'
    'Bi+qzpp+oY4VyfMvY2czj4Nan2ff6LnaQPjpfPnWJtA9oH1tHEd+lsakVMmElyl49ZEQ3kc19zMLOPezyNyPB5/hQjsViqdSxVzc'
    'KtSxGXcJuxioYXK2Ssc7M9q/doYb2y3PMpRbYXzm7Qz2utkd6OEG9L1KLsBphG7FHRe9u8J8uyPuYG1xeKHuLeka7LaY86MCukTJ'
    'g/qhuh/F8C+Na9rB1uZyC32u5DRX6MpO7BV5GSKEavZwnQR5dj3H9CZEvIfiPRTvIeM9RO8e5X76dcI/s1QxsuZYnpXLLPKjzteh'
    'lnd67Qr61rS8bPMQh3EdaTkufm8a454Y98Tnd/D8Lo3P73gPxXvI6vymMaCpjq6pjLFOcV9Bz26UK65jcsUKJlfkPHG5CPqzOdei'
    'b1GygZ6QeyoqgxJEnkzlRlH3m1H6qU0h8vl6ck+101B/VyWXKIW9lY3blXmxI+HmN6Qxz/lE/9k1mvufLt0dOpO9ushcMXZbI5Pt'
    'DFnIJYeFWi8uu4aJ3Liw6SLadB0M+I+cLPUuR03a4AyyvWcuBPzvdoD/3gLB/yUFgv8z4P6A6l5x2W8Xk0sOsHQH1LWa2NcMW+jY'
    'DYfY3mBMx0MtdMxU9+Wmsv1+zf0+1ccopJ11NdGJ/QuHu9R87kv6FPfgLjL+YzR3G12Wellcjm/D87vYk6wld1tbI+y+wuC2nZxt'
    'R1iMUadfqcMHNuurs3G4LuHFKqe4qkehf2Vq1zNIUpv16tC03a9ZT8R7Z2Yq+IrBHO8QQbu+sDI2cJ8kOvOqu6Y+g7WZXWDYU/l/'
    'KSE6FEkR9NF7JLsz43i9W3HXVuw9uZzoRRUaPuuA5p+hOW/4nWK3Rj+xT+htH+7J/Py1Ro9rUKPnuEOxB2zgEWmaOhGM36fqxzCj'
    'YyYz3iqLgGXUpSvkXsK48nTMAxY6Ytss8FMh56pC2McIm2sp5y7d5KVfBVuo1k3hvp5kf/4W9lY+dn87wObphx2+vgD/lrjGl99X'
    'sG/iHP9vHi/uwx25dVO7J/yG5T/codcXUPmGUNlv0Tmsg7sGbK8K/JH8APyTlF8YtHM8E8a0tjto54jftmyPPhcqST8prfp+4Atc'
    '4QLPGAoXb97swwvFmbSNSqH3baiKAXjDxf5c8XXTzaNrnD8TWp7a/5YQWr4OxlYuom1CZdlTFXwdxUHUDttEP11Fk3ews8JEp6vX'
    'kAcz7dOgUNuq/0PKx7+mumYqHasuC9zPz/huja0Kl+t9gfS120I/TKVzampbsTVC51LXVxkvag28W5vObe/ktJd+aJ7fnvQCSdPV'
    'rMypUObDpMwpBvWuZ3mOgzw3kzyr07l5UQZ9GuS9ZZ6X3jrP30PrUnp4HwzRS7fhSVVwthvan5fy/LrKd61sjKug36Pz/D0SNSaT'
    '9VHpOfJ1MWmL9tkk71mwPmvS3tj/Ken7ibCBfxv6bECDPwYY/ngs6cd83qHR2x+2aH+rUPuI4e1+PunbGmCZlyPqV+3bl9n7e+YH'
    '40bL9kaTnrya0/hheJ/zAv8C6atkTLLuK8lYdjms1XAEjuJ75+ykR4vanG+qdjoj2jmWtBM1Nx0kjRr3mwzXzkn6fKYNLlLJP0uT'
    'Hp1iOhe83t0Rc/JGIshzq2x+Tc91Xv+LCV8u3K7ZSz2KdqNkBfsM6h2wlI3Leu9LeDwEXSuuZzxSAFpItnVnwrepGlTIS1T3D5xf'
    'vZHUwWHoGqG2leVr1JcIyu5fIfBPy3YbzKXEWbLeCxO+XEK3RtwHF8L9GQZlezS4+MSEfzfTboi/lyWC9zmqeaSyk8MS/lkzXmd+'
    'nfBCWbRYnO1IT61N508r1AFsVImgPyg6Z3hOvUjyhs2rzPsD4fvdRF8mG8DnyJZW3w9Ldv8L83jV3xDmcbDvI3f1pud49vwXev9d'
    'CGOfVOThcHg7yaOj5W8mvO5vwZ/0e68DX+Sjuf4Cuc8YmmeA5Jl7l5f+zR7wmXRBrr/ArBwEfEO99T2IB7A/119gdh73w9w8DjHO'
    '9vv+Ast05z/h6y/dmNvH9wq9v9hTyDc6D9RfYNZ3e2euf9eV5Buft6VCH4d8odDHL59Hvl14S26ds8i35ttzv9XSfu7J/abyu5u0'
    'vCMM84+u8s2uq4fKOhLkHsFV1tEMdSZANlUD40G70Dpi05jd/wp5jKpf+cpgqH9AnNdyuLOR+/la+F3ihDGDPpUXoE+252exYMP2'
    'friZzInMn2R65hM1Zyq6YarPWcUEzFkYfTvV57OsyPMZw57bXJnwcVN9PtMFmk+VLelUnZPqAs9JsWRzU32eS8Z5nmO4LLwMd6rP'
    'aUOB5nQy3x9O9TWqKdIajed9UbxPJv/ddbxPxvcuc6rPd2mB5jtMrh3TeHo5d8zLFv/uMJ5j9zvTeO9OX3qoqghzU0gdlKk+v00F'
    'nt+DSbc13lvF1bua6vNbWaT5tdE3m+pzWDsBc1gI/eEYdouj3xjTye56gbEcIHru4jtuc33JeC8WVr825mOnr8y4ULRgofX547va'
    '8bGJienwg8+OLqYlxnfNp/p81xVovqebLXC8jybGLijWuQzar8RzErTbieckaK8U83J6W7Z4bvQ2fPFeCtr3TfU5SRVoTqbDXJQW'
    'aC7CbInjPTT9cG6h5oTa/8ZzErR7juckaO8dz0nQzj2ek6B9f3w2R/vuiOco2mdJzB/p/ZfEc6P32xLPjd5fzXTiIZeQuZH9mfE1'
    'HyZsxqnrd6UiX1R91J+ujBtyrKZvPJ75hv127ah8Sd8K673o0aBvZQoL3LfyVx6EdK8+voLONzD1Z3KVcPOPr7JFGo7Q5dTF6sI5'
    'mSHU8Rf6hNo3fqfiDht9Lc1jdW0Vanu1fmFuLzikaU+2NVeE2+ua6Or3Cn08cd0aP5n07uipb2/0G7ddsz7Xilw/ZxhjNCzOQJRu'
    'aZRvQe77m8ZAQ99NjYrxm8ZgxzlaJXz/+8N5rAXWN3+cYUkVx+GspBcHAOOtUR3gXmJfEDZGLKvzDa+zUzKNHcBjoxyWqbgqYR9D'
    'SNp0LGU4k8eUMIFrhC8en63Hco1oPdxfO8Yl/hPWX4wDsUAEbWVd4JCus6ktiuzvocL3HVqMfa2bG4y92AAwVwZrqoL77jzat7U3'
    'jtp7swp4BtH5qAI4WcngpJrpXI2IYKxo+n2XsPcFwcfsilsb4FyxiTmmopkWKGiumZkXZwl7XEHn5DWR6wegN0S/LZ84ZV2aelR5'
    'e0Lgja7rtWz9uzUw2A3zdQDg0WW+tjrqCIbZuE2WPVzM9bWth/qlkGu2OfNz8STYx3Qd+wzbV9EO80VuvJZKwBHUf6gLnUJjp+ho'
    'Lo5f60R0LJQKwMFNJE+Z8P3EjkCKtEOHCMZxQZupPpKXtttI+BnKex8N6XJGvyPNTvnZJJMTVLIzA+PCNkfg2bUiN8YatpE0aANj'
    'S4bJDx/V6LsPC328Y7qenYp8pvtNB+OquMoz2fflwj3OaZvw4k7zc5/vqUKMp10EfeHY4EhO9+YT35XznXS8/ZZ4U4XLuI+xQWEW'
    'j0xVZoThC5MYra+zeXs46Z/JpniW9kUXT7KP9NW0rgGH8XQLdYy9AYOyQ5bjjVprlX8gU/qpX5jHyr2Krf/rBufMmsw6/8aBjuKy'
    'FlN5JI+9Tul9jsNxDRJCHzvNVHaL8pXD2Rq/LtT2xP2Ge5jLm8PK4Dg2EV6wg7Xbp+G1uG+pdks4dumnLHukZr62aXiMawz6xe3C'
    'bPvF5UMusTlLhO8Lk8Yv5D5vUTZYawAPPF5GjfDjLHD44nl1cfCixqSKzyfrOy3z8SaHfV0D7c8i3+rhzMd6qomtAs2P+ZD2UvWx'
    'mowTZUS1FjgO6U3Zj9mas/N14eajUCXDsYm5uNZSxtfIYLNSQ5PqeA6UqzQyWcJ3Mz+Pa/BHMflWndyQ4rMBDR/Wr8CDFJ5M6kF5'
    'UqFpXoy9qcLXI2z8Nvw71i/jf68YR96gUPNC90qNon6VP4Ow9ctH1sDjAOn4YK7LK+u5V/hxRvBceO4I790iwvsuFrn24UsUd18c'
    'PhDv77aAj25GO3PcZINjmhmvz8dcrxhzlcGYKb9v058TFHfTaeHHp1XRjBhTz/ZOm8ofluN9dovdHJr2sdFBLqzTU0Cct8JhzJTv'
    'r4d6q+F8rkDFufOFoKoo/KkD2NtG+iGLXSH8vXgpjD+VbTh5UD907v7ooRbF8262UeHwcNpX7onr4P1J8XpP+/WeIXJjm5vggjLG'
    'h2CZd5FECDy8w+ChJIaHSQEPnyZ36u0KnRl+R+VCa0TJjEYIvjnuW6Aj/LD3rZ98O2PIS98DseG6iY5Ne4i+j4kvyR4N3XcOoVmG'
    'FbS6qcyR098DhjRo1NxJecphmv51Cntfm6Y6ETR2HeUVdXRyFdC+ssxeYeY/IMpvwCnEt0aUr4IzI3xOoF8KmZ6YtrOvj2r7rHTu'
    'HK9P++3x+xX+PYAbYW5DMUL8iGTCLF+54h3VBZRzfwmRT/P1kekZaQ+uU1CmgfBCuOZrWRlex0lpvUxapVtGZdAzInQfuyL0lfoY'
    '32nrW+KkdO7fxzJfIjjGdWm9Pl4Yfz0DxnkI6rtc5aX3d6n1f//3n3ppxZ1BHd+yj3npf92m1/98D+FX0e4LfT4s2e7lWQs6sRN1'
    'burONNt7wp0i6KvXVN6xCOrvvd9Ln/yanXzzohfU67cG9PQ/9VQwRmrrA/p1+zXp0/DDXvqlJ7y0/FEo/+PwPZVkfXkZyt//dBCW'
    '6LhVe1e+exroq6xu+9NeWv9Qbh8qNfsa2/nUM0BY77XrA+6tr4J8xkV2z8+eaMIyPoVyn7Y0/SMqd5hsvpTdjVz6rA8DNvuOw9N8'
    'UieHUdc6TWG0LALfULvMWQoewaaP6QNgjwjxqn+b8uQe+C6LH77tpf/vJ3Z1l4P91b7ve3W/nPJ00rJzciDX9uSO+93skNrZvWYu'
    'zxz9JBPT91ESxgVBRekAz3xlZsKPM7zfsIGhi1/w0m88EX4+8POSwx7de8MAc/c+pT83V2fG81mFPJ2eh0gP7d0He/nJ3NjvR5E7'
    'm2v2+2etTE94KPcsXfMtr8xc4Av5N95OHZE7yXezDvi0QHZf7/XSj8H8rfuW+jxutFyPX3/dSy971K7cbYBD1rxYfDtDk3orCSTX'
    'AFzNBlx9z0tudVYJ3z4T+0pjuS9ne+bzSY/vV9E3877tr5/Mu5B8e/QnXvrj7/s8So2inEwf0ZSpCynz8ZXqMjqdEJP1v2a/HY3V'
    'CfOWNsTj0xippwJI113E6T0tIQhd88j1/1XCw2lI+2fPbeBLNljSRm854AOZ/0+g3Vv25+La72cynIq0BdjTXvq8Gy10wSTBUVXC'
    '94tpgk9uS/i027OL7Mb+n3Be1EP6KJxlV4C98FWZjAMOdnYqnfF1lnPRBPQv1zGjNMa9kMr7dUpH294XXwV4bibU3wvzXTLF7mBS'
    '5k/a5g6mra14dzBjDk+d4g7H5h6/nO3ZIyEtHXPTUUOeBHUK43s8xT1eEWGI4pkVItc2tCJEH7gO6L8aRZ56oju2g+mUVhCd1h0h'
    '+qZVeeLMk4W7rwkTueUMaOfL++3OjVvhzHwazonT86jrwDf9M0jWdZzwz7N9QC/8FM72K75pVzfyReL7uTbLZYTfehz4q28+kTu2'
    'ex/LveNHOa1Mb3hEnTdJ6Cbd/FNfLpeiXtJz9nIQKj9p2Z/LD+P8XW85X3IcMk3AuNYBvXUprPMyss6SibGpewPQFgfgPnsO6adr'
    'XT992K9Tpq89rOfte5LefUY+813/k1x5G9+vF+23p3FmKeQM2Tl/xocxm7MN+XsV3dwGdPOipHfPYUvXyTpOarEb3wzWv7Sw98tE'
    '7QbpvpaykbA7jFLGX9N1rwOWCOU5a2CuXt6bKydqIvJWlLdIPsZmzuYd8Oltndx3X8LTAZX5Br+WK7PCuxrT9r7xY5+nQTztss9G'
    '/85L34F+/3nCv1e6a7+Pm63k408BDoU9fOkLduUf3JvbpyHSp99925edufClCFe2eBPx8JcBrs5O+HddJwKvfNHjQZxq08YtsBYX'
    'wXl5G5GRqnDgsoSHY/m9QxauXnDk29l95Awy95R3pHvTtA0qd7IpR+83ZZ/eEJ6frXzg4dWvu8MDtb9BvPOzJ/x7Dy6X5rQUt5OR'
    '775J9KyHYd1/b3nno1ofFzj81ZO5+3DJ19Xwdwfc5VNavEGobbZ2iXD/C3gXfxjQcNxGOh/7hm6h9lHWGUHPR9mP6eJcmZTLx29O'
    'VPxQtL1Y6Hj+8zs8WxpKyudwT5j4kSsB+KFyNioPW6HQ0bfxeUD5RjoOnX1dPr4VXNrhdwQr8VwRQVyyCukjobZrMfXPUEL0wcJs'
    'R76cspe/NAHvTXWpS4h9Rh3swRIyX3WgI43vrhe+3xNuW4o2PReIoC3qRpJ/hMkBzhC+P4N2jS5olM8AWc/xMF5sNyr/UtKnY9O5'
    'Y15IeM+2Wi89CtJFkK6qzbXbVPElyyzXCOXM+dgjtStktxSOj3jKl7/Ldt6n+Pa9F8Hmluo+Q3ydszd5305SfLtjiy9LwG+V5/h5'
    '6mB8+K2KfTtSAVd95AwqY+cYfkP5PYWhFSLX7nKFUNswh+XV2TBHrUMjoUdscJWN7JPu37XQ3/Xk3WnbfL+Z+O43Xd67Y8k7PA9W'
    'CN9uuYe0GYaLkJebL3LtbJot8V8J+ZvKh1co8iaEm+0g0kM2OBl9vC1k815nuadLN+Xq5dryHxwfyD590EEGb3J/9txuN9l+teXc'
    '1hRobmV/Xee2/Jng3OL8nu54x1FL8K0Kjx0TgscWW+CxQy3wWCORx4+IoB87LlvvEb7/L5VfLpyjDyXcYJCfk4vJ/KGv5K+we4QR'
    'RmNzX16Up+gT+dkZ11jrtk1nzTbQbVtcGB22ML1TWz/hyQg6eWYE3K1ldUbhrUaAp28Bb0jvH9MitiOcKDtC7tMQfRIhPruWfTuT'
    '4B1T325YD9K+FULt1wjzrCL01DoDG621YJtyBOnbLgM5ylY2NuofzqQ89b+kw/kNmv2zROT6ClDZ3OUrSzChJfgddD4yAu5b0aR8'
    'iWZ+VoTQt7rxm8qrYl4v5vViXi/m9WJeL+b1Yl4v5vViXi/m9WJeL+b1xoPX43xeGeHzqkSu39XZwAcco9hjZXC2me5zajuGddrc'
    'O+N6nmhRxorG6C48brNp/xdduetZQmhAk/WwuWf8vxracjHOxZi/Nj+FfCnI+zy02ygK/SRg8Kn0u8qJItu5MtRtqIiqojLsYxX5'
    'vZrMbK1vGlEvBHVIlveIuA1xfb0+c4tV1eXGuNjRjrmFMnKhT71dj42epA+gtk8ycOw4PPXOA01YzhHfg6jPWjFmr0NQaLxUI7hd'
    '1zg8ydRkJa/TxkSy09NmQoVHtm0LK1G0dBOcvS5nmpSnhMWt0dEcKzRnXD66asfkKV8+humWHTqOOmbUDt2mDLdDj5JlHxPrqsW6'
    'arGuWnx/Ed9fxPcX8f1FfH8R31/E9xfx/UV8fxHfX8T3F5NYV43KE6oJbi1n/O3aEJ01jP1G7ylahR8jXrVXua+LVYryx5K83MdC'
    'A8EDtMzqkDZ5vEkTWiEtcmNAt1vAIp5t0o69SlGe2pVi3jsSdrBFYUOWv56U73Doay8p3+VQ/lLWf9vyZyXy2/frEtH0yLGJaHpk'
    'acLHDTss+j+PlNtuUa6W9KlH5Pr6wTwlCbP4ld2s3G8Jnuuw6JOMvzhD5G8bLOt6kfShz6DcDih3gJQzxbWy3GOW5bCfe0k5G7j9'
    'K3Le6Pb23aTuQYu6P0rqHtTUfaMI+p7ieUYs1wDLdSvOUl735aTurRZ1n6vodxfLc7pibnmek0meXZo8qw1ogmWONMF8QsvwdpsU'
    '/CR+qyffOtg3yu/p+CWUTyNdwGMF2vDaiwkNkQA6ZSahIZCesL1Xy1fmin7GOO2SJLRLudDH0cV22yL0zGuZDEvnH0DVVm0B7lqa'
    'gI5RyQ9RTlCrgDOUD9D8jylk1CYxvquZ7BD9ZqXJGlAd/zSZ5xqoF2MO1zEacovmjqWJzFlCBP1tmPa3UeT6zl4gzONy0H1pGve1'
    'T+T63aB+ROT4Plbh+xxLwJ3EGkgXQNpC7ipkOh/SlZDOgbQZ0rPgTmOowo8ZYzu+sDFwmLqowpPrm7ZTyPk7scKPx8rjCu8sYDuH'
    'VfixvExiV3cUsG1RpHXk7fyfcn8ut7GyO4XeH45pbPoBaOfpct9/GcLyEZAuhrQc0uNqc/cG7oHDCezLOh8p92MtqeDABp6/ROrq'
    'VNAANnX9GamLzylfhxHG/3EfOTeG9KvDsl878pgvDjcXKfr1umG/eF1/kscYeV2ryv1Y3i5zHwbX2RgJpP5OYR/nKWqNklC/DV41'
    'mR/ch78syx8GsK6Xytz3DK/re2XB80RFV68m8dpM46JthDIrWRy0jUCjf3kC2j4L2v5Ime/LdAHDf7MZbTAnAh9eXeb7NnOBfVnH'
    'VlLHgELeQN/rYPg8Usd21k6/Id5rU/Sjw7Ifx1jMR5cGLucb9GMkAifVlHn0e9h82NAtOL7flvr1bmM4eKcwj3XH631FUW9XAer9'
    'QWlwHkYM6lHFkKU87zdK7WGFr9GXSqPXyOW8+NNSz9czLdctzOLVchiL0ou62mAMLrTbZYr5HTHcA1jHWaRvG9LqWK2qGLBtiric'
    'FHcfX+B6ES+3ZAofLnLjvobVhzE23xMhGzI9N1qhH38s8fQFwuLyorypUOfhK+PYJs7390q8dYyKMYxnMI/fqhvLAwWuF/v7mRI/'
    'hhGe26trfRlIVk+vNldGs4eUaWP8PpY5nJW5scTXreB80xKNrCBN6pZ19Cn6elxEu1eQdpEPW8j4stqIdjeSOpaydssgPTqijpMV'
    '/eAykMMj6KLlpI5mTR1HRfRjXomv52NzPmTPf0XZ11jZfs2Z+ce0J2ul9Y44niNZ+l9RX7cwizHOz9Ps/Q2pbyOjj01ie/P9+kSB'
    '6sN9+kDan3vMcwrLu1pztnzBoSy2e1fa14Ue7/NDtj9I5nF9OhqXR50JlxaoPpyfM9L+PceCWjWe0e1FGQ++SqjxJ8e5K0jeBMs7'
    'n+VdqOjTag3vxfs0k5TluH1JBH4qIX2cHzGeP6T04+F5/53kXRqR97WQevnZ8NOUP9ZZjEddFDFP/0DamRXRp++k9PPC+/R1krc5'
    'ot57U36snT6N/sUQu//7fCrX1oHKXIcMeRhZz+0hbQ8x3qUHytxAynSFnBcULw8atHMtK9OhGONWhzGeR+rZzs6sfoN6sD+nhNTT'
    'a1HPcsW4djqM6xCDOeW8aa1BmX9h/U2QMqr5o7ogWOatpL5Mr6bMvyR9nL4uHTxHbXmVnyR9faY+Rufw/XQg6d8t28KILP9oSPle'
    'g/JfgfIu9ytZ+p+MVbdGKFv4eEjeXib3+pBiDttJHrp+uxT1quRKWf0tkjdMViTztieDulY6mYdKDnGeZm2i9lk/lD/VsTzu05XJ'
    'oF4dyi3eZut4ZEjeEZb3EM28mOKhqqSPh1z3m6zn90RvcA2UP4fQypRue8MgL9Jkr4bk5bTxPxrkxXqfgdighZavy7r/lujHqfaA'
    'zHM/yaOSA2flf4mgDtBrbF98juRR0QAyzycSubpUJjAiy92iGMcIG8d1IXkQ9ocUfaT8YjZeuqG+IMV9WdtRUveARhdxE8mjul/K'
    '2i2SPJ0afas2xXpwvvqEkDyIT1co+sz1qRaF9KeD6G9WhNBgGIeoIoR+knkqFXm6+flPYMhU70CWe1ME6+a4/ZciONbXWT2viCAM'
    'dxnA8E+EfmwjkOcfQvLgejwu9PsVYehRYQfDWPd9IggPHM//NRm/qQxClvskKWcqi5blbiV9Up0LdWC/XREii6iD8evqQby9PSTP'
    'iZCnneRRnRnZ+/+QPCelfdvxWksZSPb8V6xt1HmBtrGzCii3Rv3NWku5B/LGtZZyZ66/mRLhfnTDdChddPrQHk+n01cs3TxZ1yKm'
    '31il4N2prtAKha3I/Ii8traEjcIs9lG90PulUPmsWC3iuEixr4nY10TsayL2NWGD/2JfE7GvidjXROxrIvY1EfuaMIGf2NdE7GtC'
    'MB419jUx+XxNVDrYUMZ2fLEdX2zHF9vxxXZ8sR1fbMcX2/HFdnyxHV9sxxfb8cV2fLEdX2zHF9vxxXZ8sR1fbMcX2/HFdnyxHV9s'
    'xxfb8cV2fLEdX2zHF9vxxXZ8sR1fbMcX2/HFdnyxHV9sxxfb8cV2fLEdX7Ht+BIGdnwmtnKusZabwGaG6s9XW8gaaZyKfoJzeJyK'
    'IfaN6ooPM16Y2y1F2URFzY3s4zNsjPxMGWDnMI0fwu+/8CwIix+C41ytqKeH4UsaP2Sbxb3jfEP8yO3r6g3LcdqE6sCjjVhprLM8'
    'YTrLrva/trExomxcCxl7He1YYxvV2EY1tlGNbVRjG9XYRjW2UY1tVGMb1dhGNbZRjW1UYxvV2EZ1stmoYkxRjGuJuNU0rqU9Hp7e'
    'WDk7p21u+8QMC+fKsFzWYHqfhN4a3CLyeg43lWGZyKL4nqNrXUHWsATkFO2AowQ5tyoI74X55D3EJQbtSBz7G3h/s/D9713FztNe'
    'gKESgKGpAicp8ydtRU9pzkW51mZgpM855vDUKWCwhtDXJrgH4WmQwFO87sF1V6z5TfmueSHXXb77QOaX8xPeev4zkevE+/rg29cx'
    'DRBc5/Q40AAxLp0euDRJ/qY0VILwRz1kb3bCOrvAWCJseyaLsxeK8nhVp0xW0eVRlU9E0ONVTD5VSu4r6wk+Rf640kKuhTAgYhiY'
    'tDDA92+a7F+VD64ahfwRyyDcJELu2moM+byottNwNyiIbKkZ4CtB8iPvJ/YKcc9Latk+b4ffqay3yF8D72YJ3459CctH991McmfF'
    'y6jkUrbrxcdyLqQXkPsUU77clq8uJ/XIemeDPskqIocT46xvYnOvUwNtz4Y7/mOg/Q0P2d/Tuujr5dvP55+y72fasp+ovzMnzzvP'
    '6/d7ZcoU+jr8nvglhzs6xBGy/ttgTLfAeMrFVHsSirsGCTHpkndfl+LOKkKTpk8y7xpg5cxemnVZX1TC2s/g0qYGdMMqCzuL4V1M'
    'enQBxt0IfUonHVA6y/Bb6MFhDwvBp9wNSOtAJoA0cM8F3tc60E3B9yvv8t+fG+sXF0y/WOLv+L55Yu6bkcbEM/ansT5urI+rWeOj'
    'FWtM10eObQGhuWQ9hzBaPYq2RF0WU9qe8kgqmjHWIY51iGMd4liHONYhjnWIYx3iWIc41iGOdYhjHeJYh7jYOsRR3/ldScUUvSuR'
    'bQ1fPnnuRLJ0THfx7z5s+vOLLg//LnagoShNWj7m7wVc02rIlyL3QbMIvGXv8sfU9fHvSMcsc5QBxbx2zGvHvHbMa8e8dsxrx7x2'
    'zGvHvHbMa8e8dsxrT4S9bgr2ciF8ZJWRO9vzRa5P+lPZeXdfSN6zWN4vEF0Knncwop27SDvvg7Qf0g6W91aSF/swDGkny3stzIl8'
    '9x5IB1ieq4Qfh4bnGVL0v460Q/twFqkjzM8Z3v0fxnRZcQy7I8pTvXbV+KPaXk3og7MYPPexv7HeLlI/7i1cg9NZ2a3Iy0LeOYRP'
    'PZWUQfqnjMHMqYweycZZSAdTurfSqB8tfH+QqMOM8I97BecD9RuQ/yuFlNuFUNkW8liojy5/1hGtrnVQ3yL4e4HI9WmriwO3m9Gx'
    'XRb7mdKgwwyXvut7nOCysLzIx9A5O5nM1WFk3U+Bctdo2pypaLOL0fKdBm1yG51yIiMKWwe5Th8nNBHfE8co8GEPg3uEaRzTTkVe'
    '3BvtbI/sIHm3MrzSSfY66g7VsLb5Huwl7dXBfqli/exiZdqJ7lAdO487GI67kuE6pPlPJH27WoGrVH2T+2yGBof0sXZ62fwNs7rm'
    'EBnLIIGtMja3Q0wuhWtEdfxXgv4Thy08rxMRsII4hdrrc9sBWl7C50yA5wSBbVtYLkSf6hlPQO1MM29Tkq7U0ZbIB8xhPDqXaVUz'
    'WS5tj8py17F9TmX1jRHj1c2hXEvp595kDu9KeDCkW5ddMCasqxLLanjUFKTpac29liTGHh+7k+pK/1zaarXkrwj/7tMWUfp3oFyZ'
    'eX6esmZxRhFeh+M1nVZrivv2JsW+LZvGa1wCT3iu0sTY73MsqkfHJmKNb9Kvsak9aNS+vj5e84NqzXHfb1Hs+9gfRiIh1rzrpiL7'
    'tAiHJwInxz5Ixn/OzejUkDWQ7jxKpvc9Syu7Z1nMDDmtn8awj5XW9zTBp7qV76vheE2n1Zrivq1l+7bCH1BoQwG+PSK/zq9NmP7C'
    '0cK3r6Lf+T1es/B9WSCPXy5yfYZyeavt/fZu1geb/WD3JClpWNwnreLC8vDtstjtTtn0ktDar0C9+ZcwnSUVHMb0ngFMrMxnAcvP'
    'i8oR03vjP+d4N4Xw362A/7QDTpxma5My4FpDn6Q7bsvZH53xmkyqNcF9U6+ju1qzO3ZUd/5Vk7WtcSgXRfcl28QdUTBVZZE/DF9I'
    'mmvqwmaq4Lg7WWS/7VFgO/XxxfRbk9jXfvQa3ZIf623laz+KVwzDd8n4LM45i4u5t5IGbGVMH02+NSkTvq9Rvr9MdORUMiZZ5hdC'
    '7R/bZn1T02u90/mud9TVWyHgIQ2yNoSN7bCO2yz27TRfR3oGtjhy/uFn4Bej5XI2ezT7d+aXO1V7cso9KieLyVR6AnpSb8OU1huz'
    'rIGRhsnsUa8+2ep/T5PrjXzxex3ofl7F2n3tYS/9lKWP3pieVuCS/MAwkp5WndnTRy4Q08nxmhR/TSR+u5Lhsc6YJho/ucAXzc7L'
    'QsgNcu9VkqmD+cG55TYC7pE97J/gXovXZKLXJFKfJaR/Sn2WiPxh+iw1ItdWDnVRwuLYRt4LpbJ/f0VFspczvYUah3Jh4/kcG8+n'
    'oVylkS6YlDSUlOLfZdPqlCnPTvOfvpQNc7AGfjITO2rDex/7PStIrzNQ2dxXsu827/crIvU/m0M5xdKxN8NZ/wjd6+SM7Nws1rGa'
    'uli15WwfSDuyfZmfjUkfzksU7yPPTwe8MlH+FSyKpUSBn7GCPhHnZ7wmE74muG/uVOwbOEsyuDwJC5aOVIYoKQ2Zq7JJs0bReDqZ'
    'HJeVsq3DtuXgV5ty6u91Crr4jhhmYpixgBnEO+2xHu2E6HSWw/zj/r08nvsJmXsu/0G6qITwYbWMD6sg+ukYq3AFqxd9CrSRexta'
    'RynJz3XcpZ+FBpKfxre0qacxgr9sYHVJfmCWsPMJgfVXMzwyK4L3xnmMysf7X8bWJc3WxaQ+23ihtn0dgnqSUO+sWPdhyug+cF3f'
    'AVj3eP2m3vqVCd9PcSnZj9wf2myWj+LdI1v8fNUh+Ra1uPtTDrvXV/k8d73bqFDgaPSZdhOB+VLNN46Lk8L3ZV9J/qYyIvRHxM8L'
    'HvcZ5bcpJr/lPo1elt/ZXGE+9HeEsql/DpGxpgA+roh1EdT01+i72xTkh1ayVTnX6ShpqlynmRqdFLoHlkM6o8X/ptJhMdFHlGtM'
    '/XjeC+lzR/j1DBEaD00rO8h+rIM74Lki15cf+vZDH37o0y8qbin1t0x982E8yLNhP9UwesSEBp3q9KstrjOFg54C3N1Ps0cjN7U7'
    '6kM3vUFVdYDvzxZ2/mzRFyD3Q7iUfEP/gugjfiH5hn4ZMa7vPPKtS+T6gJyl+IZ11iraGxbBmPAva2gFE16E2+FTX5v51sP3zkcV'
    '8qFyL0NSfw+WniQqpUUJLm4RRt3aH3djefY0WRiUFRoIPcxI7/LcjOX2NDqVO98Sw0QMEwq5skre1M7wUg7N7XAXOY2eyIuLQugu'
    'Rt3zi3/MrM3Pg/f89D3nJdPC90XO43mFxfpqIOdeLUzAfCZrmw35l8Dvsg7KBzco+OWKMZ9Oj4JH3TlZp5mvBOFX8dtmwiRtZuPi'
    'PoAvY/2uh3c4L6oyS0QwRgCdfyrT2Cxy57iM0NWbWf2LgWa4jPVFjn2G8P3DL46gKVSxy6N8dpeSueXzR9tKi/A46Zdp1hf5gUoN'
    'bz/d+fdI3l4EY4hklvUm8/tStzOglMjPVDypiXyd+ulWxceQg/oNyWcKuzax4lpEdHyTLo1soF/4fu+53C+sTpQtfhXaR3/7UXIF'
    'bI/HfOpybH8PkXuYtu/SzlXCjzHZw+ZwhMhVXOq+BHAcj93lUtfpALc0xkM7kf+41LmKjH0XgydMdzjWfYjwfLjTeA0cNofJ3Li0'
    'YcvT0jnrJn2iMXQ+kPTmuhj7GXlyjGF3GHmHMQPnEr5exnnM6gvv9c9LzH/9fl8OgO/eORCMaztvr5c+/5TbnQGNO1qb9GLIFHNu'
    'MDbgKvIOYzHSOKTynUy/8KncOKTyXd2lubEzDyPfZIxNmX7ybj/2ILaz5OLgPP+iKzjPPRcE53nlXbn1Jgm9gfFX/z7h3S9IuNvJ'
    '9sSQBRzbzr+JXKvZ4qzZwfBjP8NLXeQ9xt6aXaCzhNa7COqN6vewZX8xtgePtUXxBi+TJLKtDQkvDkTUOFGG2ELwOP27fQJhIiwf'
    'ld1naaiEF5+WnnPtjC7pmiJjeUF48T/oWF6ZIn3/78Lzn1AM/DBT+HHxZLoG0vWQvgfi5ZUjnoX4WbfM89Jb5/n7Y57w4+ydDuVb'
    'I+Lt1RH9H5rvOMh3M4nLtz5tftbVOswHHXcrpCdoxsH7J/u1DmQQSHfQO7wuC3zWRc4OHV1IaZv5MPe03e0EN5q0S/FTPzvDdgl1'
    'PEKdzpuKdwqL5XmUYDZcbVClRkhnGiPUhk6Jism7Uuhj8i4l5WmMYZpnAckzqMlT7NjpCXK/RGV33A5NNZe8nJzPqHKu/p05XAkm'
    'czOlO+md7tZYV0Mvz/lE9v8WoqtRuDtbwzt1F55iGcF/+O4kEYz5diS546whe47esWKs0E62J2l71zvqZxVjzOcpxnyWYsynK/p/'
    'msM8rFaUGYkogzHUaRkaX5DmPRTmgubl59xMRZ4ulqdKkUfSNKrzayLX7wrF+m1WrN8HybtHFGv/8ZXBtU+0Btf+GM3a0zOL8k9h'
    'a6/jucLWntI1UWu/2GDtFxus/eIirH2Z5drTmK4Yu3AB00tbDvKhElJfipRfztKThR9X+1xyZxRG55UReoHHjO0l88njrnZY6KAN'
    'Mt0zGrc6wWTqUfEtw+ZjHYHpIx3kXicX8UxCHPtf5N3MFu/d78i7GfDuTaJP18LWuQXq+qUiz+EtuXlegT1KaeOwPssyz0u5HMFL'
    'NuNttOBnEL9sI6ls/2+IHH2I4YhBhRxNxyPJuj4vPMcvqjuTIUUbUX0fDLl34XIiCvPXEp66i5Qxjf0+wMa1DWgZUxlev0FbvI2z'
    'YY9SvD6o4T2HFWND3vcwVhbr2krwTFjfosbYo2n7ULiXMF1TercWNVftIjcmNY/3G4ZH0pZ4RBWzdpkDL/uu7BrSE0VQrr0K0lY2'
    'BhUfp3on75fWO/DaYXrZpnU0wZqP95gbhZtOcZge8bCIfR7maWcgyJVMwXlX07Wh9ws2Z3ChaBBb2JjmT1INGxaPQdnx4h/rmTw1'
    '3/YSluVLLMvHdlEh+Krl3Wl1sItqNpK10TNvLUlddCsayHl/A5RHfrYd1vgy4du4xus8fus8B9YlTfQjdXdgSG+liXp22J1jktA8'
    'DRH0jAt+WKvhp4Ys+Jh/VfB19Rb6bSY8Fa3vZfb39hC9MjmHr9d4sjPK+3K9vh5239OimBf63pW3om22W/A/bzJ9iK/X+DoBYbzh'
    'eI9l2ILvxbHcnBnLKQqe2MTW0lTXpZ3J2Ho1OiHjzTOfVuPvwWtZ270KeS3NN6zQZ6H6Q1wvp70AY4ma7y6FnCirw0LG+Qc2PhOY'
    '6dPsT64H4zpmOq/57MtnMwj2ffDuFKarcDLoKnxoXnAuuT6GLH8S6DysTpvpZGBeTOsVOs68DzLvSqJrYtrfVfBtVNNf2qc15L2c'
    'o1urPXmKShbUx/ZdO4OnEcVdCYUHne4G3xs9BmuL58fF1Z48o1iwW0iY/RdIXyX4NHsPVO3JW/I9j2n/uzRr0CvM7eT7NWcSvwv5'
    'XZWn30F1O/ka/0Yh39bJiG3Pt54InIt2w89W+fM8WfFxWP//qiqXVjLZI7Z6TeN9xl5Z5d31mZ6pKnh8LeL+YUhzH9sNfTijyut/'
    'IfefDR0ctrcWVHk8SdQZ02qog4h5aZunED1GeuacxM6ItUzv773s+xo4Q97KMLlHjAMN0KnB3V3sPuJH49yfAc0+xv7sneD+8Pm5'
    'LdOfM0Q0fWECW20WdFErgSvT+hHW2vKkh1oN6So5P22V/r1p+wTAMeL/+ePUj4GIfrxT4d0lUri9f36uniXXk+1h+YY1eO8PpN7s'
    'nX1FLi9tql/hwi/vIPORz7m+Q0EHy7E8UOGfM10WZ3SHBV3cpaDdVHQgpy0+WuHT/b2G86BaR27vZrJm2yzGhXTD5gqf5pysNHNW'
    'J7rCx/UTTRtn794qPB0Emf+QWi9dCOlKSOfWqr+vgbQM0kWQngHpKkiXsvwza7223ygP7ncXGHPVv3i2vDhyNVP8/UCR24865/90'
    'gtrH8feXe3Zr481n0D5x+eb7yj09CZnnKLYP5kDaBOlqBu9tkM6D9HBIT4V0Pts/Z8A+WFbu467JLBdMkvWyOXt5fVxe1BMiPwpr'
    'Q/bpn8o8Lz0uumOF5scfK/P06m3P82HF/uRyq7B2P1/m88wTwa/KPlxX5umWRskvbXjL8aLnzyrz6NfsfR/b84ewvT0T0lmOZ97K'
    'kLbma9pqcmxrNmnLBTfRcgsgPYF9Xw5tvV3qw/548fjZ/T/O7aKM9julPt6x0VVV4ULTsjo+4vOlufu/GPT26xFyqetKPXtKrgds'
    'q+9sSjtsIfM/0Xei60p93yEutKjuniFr11/Aunm/a0u9vycjzpb9+z8lnr4GxVMJSN8H6QZIk4448pkSH27bxwFvPETa28rWq11D'
    'J3U54BeEn7tLfNxQSJrNhkYbJn2YCDmH7MP5JcXHkR0Ra7+qxPdb1M/kBC9rdBwaEl6aSqjvKg4t8X1DueBdU1yRIvOXD769Ng/+'
    '43+ng2N16UPUWXYg7eFcG7xjSic9ROo+jdFeSxlteZZl3X+R9u1JCkULRcHR63j+p327pHxkwLKungKtc0cE7XhOkdvBfX9ceuLs'
    'fGaRdbmGtf1ljewd+3TPfObXh9QVhpdM5Pj/nvL8Vk6kvksUX/hUyoePNo2Pk3Ws3vc5tLM35duSdTDc97ohzvpcypNbjZccRLZ5'
    'Y8rTiS6GvCNrx5fy4Y37mjK948e6zifzM153EseTNsdDVzKr30xgaTCEZguDpXKyrkOateqykNfzeflV0q9/TcR+Wu+wn/4x6d2L'
    'TiRukf3426QHv5QvwbsSG9myrOuepO8f+NJn4B78QK5985NPeung18BfxH4vffQ5r45PJPV4psvwzuTmpO+/zsVWV3dG7kj6d8jF'
    'lGHIts4lbfHx7yyA/judr9XJ/O2Ej0h6cvcwHdQoWD/BQv/CZI9JZ9wNIr97jzcSvt+LKHjk8PLzRH4243yOf5Dw5IiFuFNRwcWI'
    'pt37yTjy5d9kfZ9V1OfKI2X1f8ka8T28W6h9oSBvupOUtYF9WaYbytrK5GWZi0LKhsnYs/d/Cd/fZWeEXAhlketIGRObFVnmmITv'
    'L8QEd/Vq1vvQhJtfiX5WT1XC93USRoPWgUFSVcQc4Tj/U0TnxTX/JdhmFVq3Udb9E+iH/P7GRrB37/J948r0LfBXe4Dk/fH5Xpq6'
    '3PeBK9PDur28fxeSl9f7sCLvKdeq8/4PRd6e29R9+HxIXl7vn5G8b4H/3wc18/CRkLzcd/B1JK9EADKtvSBYtg5wAM97xxZ13i5F'
    '3tNuUOe9hOTtgrx39avHtpHkvX4nnEsb1WPboMiL68bznqjIi2vB864geVsf8NK9+wCGgXZb9KgfNwvz/vXjEM9qr9o3djPJG0UT'
    '1pC8nK5shnpnHVD78TD10WASFyu2eWa2sF/ktvSjFob4zcY+GqLWJvYDGR3Xw32d8vMDmbS0IQ7zU6qK6THHAk7Qj5cNXB3i0MYj'
    'lm2Y+gqJ8ild6PK4dqXEV8AFDIeuEmr/RouF7z8I45NWCz8uL4/jJMusZ3WsF7mxQbF8qaI8LbdE2Pl3kXLvQwvUV9M2qR1+mpTL'
    'ia+VOSvveUm/Pmm2PnI9joP+bBW+r81C+C6vIfma4Af3YqHrb4Q5Ojnh8S24LjSOtEkMaBuck+OnWqjiIN10Ez2XOli9l8dnTs6Z'
    'M3qFyOcJjXvH8Rb6MElYwmO87lN73Rth7VvJO1WcPZ3PPRdapBnalQ/GJawhMJQ4V08u8f43MHxHeZcSzXlcTsYlAfVwmIM5pF5u'
    'Q0HTQWEfuwn9DDUK3z8r9T1MfdbvUqRhPutVseBwbOhTdd4q348yjb+OMZRofMFNJA/GlsQ8MgZkVn4mfF+950J6gQZmVljCjM4P'
    'Tw07/2X/8d5loyK1oR9nkbrmp4OpCy3q6pOM04wNlvU1kDQJcDAI89cL+7DECNemEon0NOfrlnEMY8d/V+eBi1VPqrqtZN9tfjxg'
    'CU8fE+G+rDjvNBCyhzisDgFsmNRN90AqhM+kfkxXiNyYsSb9KgH8IizpYte4l4XAWfn6WTWN20JlctyPuA3d1gDvMRYc4pQk+V4S'
    'co6WanDUXJKf1+fqC/dISEvH7PAg5XsxXymhIdDvG6WBG0i9CAe29TQSGMLY3Ekoc1RAtpY8qB8Rwjco0OioC0Ec5p8vVWQ4zsrX'
    'b/fSklEPD5RrcF+dYt/VwfdKtieWMRlKGF04HmN8cM/0HyPe3dy1f2LGWDIOY8Q7pne+NTnGPB7rmoa7sh89NbnGiDQF1enYLXLj'
    'ufCYwvSenccYcfVxXMb6p6MZVHcJYbQM8sSmtI8c0/uF57MGy6RFeCx7KgteDvw2pyFMad7kJGgnjFbNx4dxM7STJPOpk6E3WJ6p'
    'czXwQmMRUfh2hdMEqVfE95hKfvfwTeIOUCVtISI10+dwE1qLyzJSZE3C7iFOBd0Oeieh4nvCZF6qNZ/u62pydx0mkw8XYMjZjdYx'
    '6GBnbSzTn9i7HNQpTFvKMFDuu1MEYx9m7/ITwTwDLE9jwpd3oL1hF9E/5N9QhzBN6qbl6ondw9tCnwd9VPyHCLZxJXz7v+RbL+vb'
    'a4pv7/ofUNQ5At9eJH3aynQ7cU6eIeXb2ZgyZKf4Xoy7YtwV466AXkfYPV6lhq6oZHSFOCeztl/wfm9rzfzeGi0XSqLMUVF/fQHq'
    'L1HwVNvJ3WMN4CWMHZKOYTEFU3WuAoQKpYrXZkLfyvP1HoVenhDmsTAxzuY88m4+3K02kXffwjOVvFvbEtTpRRk52uWire9JjneS'
    'MTxOHXhstFzXK5k8ojNeU76mbRO9pvnGUVSdL1cCHqh2WPdJFcDO/EnZ0ZpjKUlr6u+h9M+Yw1MXsu4TIbdD2CiN0KNFWErA+RPD'
    'khqWXO8rCwVLYeucZrStKQyF1ZkkddYTusFEz5jLj0tYXZuBfqqx0EOh9yR0TFS2SGkj2c5lIWMURGdffiy1pKlknR8me6uUjA3n'
    'C+vbCmXKQWcgGEfw4NYbQLjPzNHv9Fx+/noDdJ0uY7pMNrosKh1Ge308SaFMX4U8IFzqHegtYzurgL4dLEybCWEG+OJ04qNjs+Vd'
    '82VQx/FJ33ad1pEy0C89KunxjYgzVP4UrhJmfvtUZTtFrj5wVdL3b1MMnWiVPvQbCXN96FcTXj9iXkbJy6RFHk9bntvNlo+R6zmQ'
    '8M46qj+6gunU2dZ5CfgxMTmz6zR1SJ8Rq0kdqr2zTfHexKcb9e+zOIIP4DoULcLcX00H29szE54ev2oOcT+qvul0QGzrkX14E/BU'
    'E+ARlR5IdXynH3ZHUkx5hdX6ox3OjcKzE8Z7+zKir9TO9sqg8O3PZ2v21YjQ+9cOg/2s33fhxzPg/uX4ObZbs6eiYkjyuqP6dJTw'
    'fd61C7X/zEF25g6wvqKPpJlkbjke6lLoi3WKoN84FxkxxY063bYKhRzKVFZ+M6TVpJ9c/wl93CQU46S+bVV6cTb34jOFWdwF2p4K'
    'ZqnvENXa8ngLKxTr1s50ARcpbMe6WLoD8s4Vvg+jPs08UX1Cbpu2W+h9WbvMrWr/IFzfn6nsJqGOHdJB+mHTFo0FqYKldge7j0LA'
    'Bo751BDYGGL79XgFbPwby7Mc+mdKH3Cc1s/qmwP7m+Y1wXdVCvz/azb2JKEJViQ9pp3OwyuOa903Sdf6vRZrfRKZdxP/d+O5/r90'
    'XP/+kPV/IFP2M8LMXxo9M7lf9fYC44euCYIZPDvOI/i7R0MjDbEyGwicRcX3kWfTIY7wYjo27Nd84fvJp2eRq29Gamunip9C4Wt2'
    'wrOrpPH56N6zgZkuy7HTvH1Ed20iaZINhnhiWKhjKney+loV9gn0nEcauIbRLQNC7U+xy4J+4bFVahTwz2OSDSlg5OOZnz0w18iX'
    'rGOxUNaTmCmmvgrfA74KLya49PR0rs9Dnf9XWe5M+BblP5H7Vj4r7Z8lCDvrLeL2rmbxYM5J++vYKIJ+ncPGIfNsJPGkqQ2+fHes'
    'ha9m3ldXOnS9xvd7a9q+Pdd7e+HILzURIQC3R24nOkFIN5YRHVbEQ3Ugp0E9o5fh3VKS/2WCG9BfYQ1rp0WhQ0vLzCZtXM/sqtCW'
    'Fu2q8N0M0HmiOlTLFPqCNvN1vqOdT46/mzZYukS4/DPKtslGf6ee6Hgo+iPCdBhs26okAiJ6h4q2Gi46SDrYL3eEfWovt1rkb4uv'
    'WiPVO4TVYuWnftUK5V+gFH7C7sy53aDcK7dr7kQvIHseyyQt52StRf4mJp+3Ld8ofF8JTXAOqsa1guCYqHOk0nEfyPaPZXCcZjju'
    'EkIrLWJ9PFrk+h4wnQOVDeFaoffXpINNCiclMPZGEW0PaLuvsb8JMvaFQm3va6I3lRTh9sMpSxxZSvLRvuWLDxMFmDcTmFXtqRWW'
    'MG9rd43rQM8zvDPm/uSyChyL9ToadD83sLXR3UdzHglpwK0FOstc1w51w03thhsi7mNsbXVtdFpM/Os0s7u+GsBvs0ideD9I4XEe'
    '0e+i94fFarMQa16ax5pvhm91Chwty84E3ZEw/75pdj+nK49zRf0mpUGRHecY7djxHLxRYauD+iwTtVdM9QBV+G0Z07kJK18I2HDd'
    'Z4Wyja8muosnGsqRo2RBgyI3ZkW7op8msL/Wcj76I+73pFzlQpF/nJ8omZpJTGeTGCzD4zRvJvFVO4U6zlq/5p4XYQx1VSkfmq02'
    'McpUMX1eDc/+HpFrs4TpoIZWvdpAf2yJ8G2jdmnSFUQOjWdIG8MDteQcmUlkHYgXUZ9mgMhRUOeByyvuVczh/wfH88YI'
)
