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
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 37593, 3637, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 41230, 3753, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 44983, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 45204, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 45230, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 45823, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 46063, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 46094, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 46171, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 46212, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 47823, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 48803, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 49030, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 49128, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 49307, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 49388, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 49409, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 49647, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 49901, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 50091, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 50329, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 50357, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 50537, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 50729, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 50935, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 50967, 30, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 50997, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 51313, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 51534, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 52027, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 52351, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 52557, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 52585, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 52605, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 52637, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 52799, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 52815, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 53021, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 53307, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 53503, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 53557, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 53581, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 53605, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 53648, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 53942, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 53960, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 53977, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 54006, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 54130, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 54260, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 54467, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 54737, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 54841, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 54857, 44, 1, {}, (None, None)),
 ('\\W+', 0, 32, 54901, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54917, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54961, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 54985, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 55086, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 55111, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 55960, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 56068, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 56082, 28, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 56110, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 56229, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 56290, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 56402, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 56529, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 56650, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 56924, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 57058, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 57195, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 57314, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 57342, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 57358, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 57622, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 61259, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 61479, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 61500, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 61558, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 61574, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 61590, 104, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 61694, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 61749, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 61863, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 62160, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 62338, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 62395, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 62452, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 62509, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 62570, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 62627, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 62667, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 62807, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 62837, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 62938, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 62962, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 63472, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 63496, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 63520, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 63928, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 64069, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 64191, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 64212, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 64231, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 64269, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 65114, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 65958, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 66149, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 66395, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 66473, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 66584, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 66626, 83, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 66709, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 66787, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 66844, 32, 0, {}, (None,)),
 ('^by\\s+\\S+(?:\\s+\\S+){0,3}$', 0, 32, 66876, 59, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 66935, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 67087, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXkWVaP1L73tn6U4IoUMIJCEJnUAghAQazAjKvihL2DrdnW5IbzTdCWENCooEB0bF0dEZnYe+JxgYQB0QnRFQCI6Aiizj'
    'e84ID3wz+N4wOjBuMPb767/ncM89t+reqvr/v7fcm69T3ffWXqdOnXPqLPVCiKzwHpmO556KXHo9/F2X+0lBWpX7mZP7qcz9NEBa'
    'nftpzP1cAnVg3n74VpZ/Gf2k2d+Z1Ix68tOb7hC7RAFPR8S3bEzZtIhvW67n5bmfPli/bli/bLJ+EqTFTaKg58DIr1+Mr6DBW8f8'
    '0wp7UcB+rYN1kvuxluzDJvhd7ucFZV65y9g+tVnnuHWf5k8mPzE35tFZpdMqe6AS8d2gCov1letaD/mrAT4QZ0u8O1dm3CPEXS/5'
    'ZSQcteV+WQHlauE9lqvAcqfl2v6Ch9vL2v3yLbmf+Zq+Ikyp+urSVjP0963cz39AmRrSnnz+6B1X7z7j4zfcIMg+6YK6cB4vhrnK'
    'OOC11AzEa7suLQivpaM+VgJ8Uti5jhRE2EnFwHmy7tN73ZvZ+SXh4B7AhRkLfFfweZWZeeuYR5qBZ1dxFlH1tIVfJWdVclYlZ1Vy'
    'Vs3Us6rZEsfVAUpue8xLb9rrpb96wkv77/XSHz3ptfMDUubaZ730nYe89KkHvfRLj3vpw895Zf4eYEy++9frvPTJT3vp8+d76Svn'
    'eHm/RvK+eKuX7rlVnfcrJO/+e/x+yrT9Pi+9Y6+X9y9J3msf8NKDYMzZvcExfoLk5fPC6/0oydsK4/7G4+q815K8P4M873xLnfcK'
    'kvcqaPuIH6vzbiV5s0956TpNvZtJ3od/4qU//r56Hs4AOJLvdo546bEDwTU4keSRi6dq81iS5xswhpcfD7a1luT55nNeWvuTYJ4V'
    'ALPy3erzvLT+Qu/bEvLty1u89Ow7vG8LybdWgKWyXd63FvLt/t3Bb43kGx9TFfnG543SjVc68MmthExS4uhUNM9v21Y9w+e4DocC'
    'DbEy97NKgXsaQc7XCv2jdZST/I1QBz2rmkj+Rqjftp7mYs5pOj+Utqg5tW0vkV3FyK5i5jz6lEwXzCwgzf6FHEH/l2XJGk1F+aIN'
    'LaPD8VURON5WRi3zdbJ9faEF/TvDnzSw9Ac5U7+7Yq+HEplzwscnfHzCxycy50TmnMick7MqwVnJWZWs+yTLnCUs/MKRPk9k0IkM'
    'OpFBl0YG3ZzIofdpOXQi05x6cme6P5ss90k58AIpgEWuC9/C5JNUpxZxxUFP+nha9uV9im/fe9H7dgL5dtLZXnrqWd63YxTfbrvE'
    '+3YE+VZ9mp+nAfYOfqth3w6Gb0thHDIdgDk7gHwbZt9wz2I53MuYB/9uIHsO64nK67pOzVCG08VpxlNVs7XKWNJOZdDf9dDfjeTd'
    'CVu9d+vIu9/0eO8OJ+8kHdAAY66HeegjbYqIPjfARlpI5i0LY6C8bzpm7GXkb8S3jQTf07ypAvTLsxZ9aoJ+yT21mM17g0W7chzl'
    'sGeaHMre9HfqM/2DjudsDTsfygkMyfS5nfb1NkE9NnNbUaS5lf11ndvKZ8Jzi/N7onCbh0qCb1V47LAIPLbUAo/tb4HHmqH/8tsY'
    '2eMyHRFBehK/lcOacTxYReboQyk3GCxn67CUzF819OMrkPJ+j0LaBX2rIXl6yfgxrwuusL/XS894GUN+Qp2f2Gs9K/gxOU8lfM6O'
    'gbv1rM44vIWyj2+BfgfeB6Mc9JAQ3KT36UdEyPgURPMuF8hKkb1OcdZZBJ9dzb6dTPAO4ooeWD88D6+E9AbAcVgP0r5VivI0zxpC'
    'T23IBus+PuulH17g170+65U7iPRtB+vTZSh7IH3awsY2G+DUtPwoOW90OL9Gs3+WOfLAvJ4VReSDFsO6L2L8D8oTtrV76TWQfrI9'
    'LE/5RQ/0q1fNB+Rlg1D+3yC9H9Ize/17jhbI+wjwOS390WVfh/RNSO9lf98Pff0n4Ify9PslXvpWl89zVBAZ299A2V9C+t12/z0f'
    '9z/Bt8faw+POCF+W+gFCT9u0NRfgk7fVwujSJgKzXZCvr92nG5sVMIq0epWCHpPlP9EepF/ku/dD3ed9xks3tQdpEISZcyHf9ZCe'
    'D+NpILLoTfDtkvboMnxfNcC+PJrRhENkD1P8MsL+7kY5McEHMt1J3rfC/AiY/zSZn1qyhrR8P+tHL6O3dHDMx1gH5eRV4ByUr0L+'
    '70D6Tru/RjLtxr3E5vBcMseyzv1yP/OgzjmwD5aOBevCtp5SwKRqnXgbaQJPKpmLnLvjNbKWbSAH/mFXWJ6L31JXhffhh7uC5VRy'
    'CFzParaeaQa7twHueev6YHu0L1eeCXcj/eG+oIzmutv1OGEo5cm/eX7az3LWzyzr53/b7KVHwbz8+9Vh+r6T7ZFhDR6Q796f8vYK'
    '4hK6LmdDG+KSsAwev+2+MzxPfC5U81SlmKcKET0XlYzX0Y1ztsV80TxHsjycn9P1rQVkO0LBn+G4y+Ae7e3d4fl64E4v3bVbccb2'
    'wrztUONFxPH/CDwzxVVYR/pWvx1e/3/b7fdPhZOaYD9TGHwbxnLGZv+Oh8/p2rFgHnnXw+vHs+FuoEfKLXkcWe8Xz/LSHtib18Hd'
    '4w/OtqeTZF8+Ijy/ELZ9aYL+4N6gMiNxib9XcOxNrO5Kxk/Vsbqb2ZreD7TX23f69DD/dvEuXwYyGXtmFhtjNmKMNvM8m80F3yON'
    'EfuuKmLf0b7PEfHnGuLmg1h/VkN6tAj3Zw3eU4pwf/DbWta2is9WvUO53lzN90bAEaZ8vIrP4fNQTs73yxV3dekYHzmm+jCUbqhj'
    'MNzHaLBR8jelp1EeRunD1wl9aMIDFnLfgbIUGx6wifDudfB9jsX8cvx2YMrzA+WC39KO839Wkef/WMCHcfkHGM7rJTwB6iksN6in'
    'n6VjBjKQUTbOTvI+rj2cx0GhpiVt4U3W8SVYB5SZUNpyKu2nsgJlJOvZN/n7BujvMiaTcaEPzgJ9G9v9U4y54vdSUTCYYvyuydra'
    '1u8ChybnyPVT9BxZXiS8g2c0th1XXxfrz5hCxjHdz6Xvpj1Z4ESeS9cWaT0vL9F6njNNzqflRJa+3aB8N5PNDSn2Ra+mf3RtTea5'
    'kPOTnpFch+Q9EWdgj8MZSO+7qWwS77tbWVtDGtgZtbin2Un4k3qL9evUnNuUX/hhyr9vX8rkSzMZ71YUkX6xqaPYdM4luRfNKX9N'
    'qfxtiWJ+6TyNKmTrhaxdFBzLvv5PGDuWj8oftyeGyNqb7AO+51R3DcMKuHHtoxzvXwnP+Sjtw1am49JmuZ9pGZN1xfOzVYP7xjRz'
    'MxIzPpRRNMA8zlLgf1u6VtZ1JsBt3Pr3afpvOw7eB4pPthH+s4nVO8zWZCX7vpXhHrzbiVrjQvvJ5eCIE6g8fCGRh1M8ciroEbjQ'
    'ddWkPxWExijknKVnQDHPUJUeQLF4ozKog+Jiwe5CuhX3obLOJwidMmiII2l9uO+ugPoegLWO28MHE3i2mYu1RD5K5aSfJLTEVg2t'
    'qhoH7pMPwz7BeYiDl20s7Ykpg3xAlWb+roI8nXBfROseMhjHsEH77xeenSrFY51s7Xs1Z7Ju7nhZvKPej9CqprozXZrxqsogbzGH'
    'nAH8POqLufMfY3qjnD+Ow2Py/StMHvIzKDPL01vLZMvK330qyssr8feq8uqa8tq6enwaGusn6WmS/zWXoub8xPxufDyV/99/hNi1'
    'S6b3eM8HPvDVfPr8stUHnbZ85ZlvnH7WB75xzz3L4PMfPnnzPeMGzyM3fGdpSmR/lfv1Bln10Dwfo3ht/dFr555zXriHPHLldo0X'
    '65Etdvw8+rv3PKr72op/3RN6fvkd+te4GH809yP//8C4HKfI/3s59+9X+f9zz3fefBtqHh//bai9ClGs51LFu3z7JhZCRp6RVHMY'
    'tq+vJnREHTtTKkUwfsUKot/tIrNcEqHPUk7O4AfZmbyQyWN6SEpp11GF7rspTn2d4ckbI9rtLGG7XXDfyekmFY0+pqDbeH6Tc0FH'
    'j5vSbJ1Mp38NnGl0Ll4xoHFs+ruV0WcjGr7XhO98M+J+yFUu/+1cJSem3eSuVRFwl7erSOvzIH1WRfJs19QjG6xQ5JHffp8K6irH'
    'zeEIq/t1x/LY/k9TPl8Rt/9MYSwvF4+ot6eAeu9N+fhi+wTii9sj2h0pYbtXkHaLVS/tqw72z075+LF/muLHA1PTH8f/OvezwKKv'
    'JrhfB8OyvReAd7Gdm6g6H1XwQnyuXo+416H46l7h2bzSOoYs7oBM5aN0XJw/63c4+4YUsgzObzfAXC+cwHZRznjuBLeL45W6Zkdp'
    '7oh0+8lEDkLHN9FrOVQk/Rcbe0aum4iwdKXjveH8EtCIfC8f5tjOm5btzCki/uF3hy50jMu9VpSMtYbIqStAdk35ujka2O/U3PsM'
    'aNYT52AJjMFUDtdjWT/14RCXV8VD6O4mVfOcp+0i7oP6De/M1kfUv4PIlU3XoJO0b3L35zLuM0m/bNuLwql0TC79OhTuf13hayLm'
    'Ls5uiO7HR4Sd30eXmIo6P1Knini/V5uEuT+yo4W5T7RVwtzH2GJh7j8NZWg2PuKoDYDOR5irPKIFZDFcxjAZfq9s/FytYn3OCDtb'
    'X3o+jWY9OJrKPsFc58ZlPtpzGZ6Z4fORMhhTKXBeNgbnXWKA8z5ogfNOtsB5HRY4b60w9+243AI/HiDM/TVS+ymdf0Vb3FnmuGe6'
    'cgioMzN58RrSM9GvS0ExPsyy2JyTn2DlroDfa4FWC8Zqnz6+UDLmT9bOv8p4HpRL4V/F5R65oYD1x7tOCZAbic4czWfjg0/C02nk'
    'HdV3Fvf5Oh94Tux5FPwfft/7tozgSQE47yFNXurjdQ7g1D3fDNuX/+sz8G1v2IYyBWfGY4+GbSipr1wXn1Y4pzbzZ3M+yzGi027b'
    'mAUFxdBJz0CcXEDMgtDTprcpEkWkz5qFvb/AKBpthwGNNmhBo3VZ0GjnWdBop1rQaCdY0GhHOfCwyw3osEUWtN9cA9qvTpj78y7E'
    'nmCifFGrePXKacirV4mJ902d0OVFPAMK8lNdXLrc5J4ho5Br/rnlvvsIgfEmgivSItoPhcrXRHvMHVucjwgbumr04uL7r7TyY9tr'
    'N88HKOQl1K/LUqx3PEgvqOQ51WwflxP7rLw/pPEg329LJyBtQWHwpNzPewukN77DfJbtL3y/cF+Fb09C+nXi1051FyD9l6FfaioL'
    'eZL5N/vn9sLOQZW/5vnj8XcO+/Le3PTA5O7N55/ct/bm+2F/FrI3f/YjL/3dvb68EvfUl+Db00C7/+zrPq2KdOgo0MunIA28J8iP'
    '0z26WNPmRO9RtIWqAHrS1q6sBfKmhR/PpLE9aEfbCPLcpnb/76Z2O5kAXev+lO8LFNnWO5mPsE0f99K9twXvzhB3yG9/uDhY5j7w'
    '3Ta8O4wfdH4suS/SJ8Af3+dO99LHIUZFZlf4PvGJM4J5v8vytpK8z4Kv0MvA/9Yvb4Q6toT5oa9A3ntY3i/epvdb2JLyfLG42BWW'
    'szngff0R+JVcvzM8B7yvPC+dg1PBJ91iWNtfYSykreE5wLx7bvPSkV3BvKXaZ0+A3ivqt+Rh4GMgTxgOwsirkPbd4qUXnu7HYUI/'
    'wOjHF3Fck7Crg7aN9+QLGfxF1aHykYuyUto/7uP2UWj3n/8q7DNV1/df7FaPYS74xFsP7d3Uqx5bmuhBoK+KfLnTgvvgExeAX0Fo'
    '58qLAZ7O9v2EuO6FarYXMH7YoWepYXaxIu+Ss9QwS/cC7XPcXuB5o/ZCzSTRha9anjkLSD56DmxmejNnAM6+iJxFFznSGyoafDOh'
    'zZrh926YmzrSRtu2d1ngDpU5V71C/kLpXKTBLhdBO2DaH9Q5wt/RvvRSYlMyLNQ2qOcK32dJr4Hu41bhx3FCnTjuM3qLCPrEPJb0'
    'YwvTo8M8a6EfcfpR21n/DyFz1CnMfTXgOFqIPuKoYTnV/G8V4VhBSEe0gL4np7Nl3cfFwCT3X1oWAZMXFSBn2ZV7sSZlx2tsZnRA'
    'vTD3T4Lrl0kVxyfNr4W9P5zXRGn82Dwr4n1J0L3Yb5EX2/gG2X9bY8Z5D9kjJrY5/URfUpb/C8ClhawRtSH6SJHqQ3v0EWIrsC7r'
    'pUexGBjHQgyMD5EYGKshbwek7ZAeCelaSDdmg3Wvzfr0AtrCbIpp7xBCP50A325a4KU3kzy68hhbDc+EY8Av9A/P8L6tJt8+CzTw'
    'ATv8exrdnfNiwpuOwv3J7+B+5lHIM5+U/+MHvfTEEe/bLPJt7rnBb7Xk/luWa2B34jK/iia3PaspHpP376cIezxGZUHZIshi6Fpe'
    'BelLDvehJn0qZL50tFo1kQ8MO9LEIuY8rzDEA70aW8ExRkMcAHJV+m2LAU1B/c6ZxL+J0vfH/qnselV2KRgvrUKDu2k8Am5ftkND'
    'b1D/cfUVnm8dfoao4vWo5obbY0b5caLykg0aecl+wtxnVyGwIHHlQQbjmyg4wThJpuf8FrbWVwm9DOfOco/WR1psX9pzFRFwNxEw'
    'n+ddyt1wJLcNibNd4b4AqS/B5SJsKzoVYJ/O02LQB1H5VdoeYzszqHnfJaL9eVK7OpUPtrzsrszzx+Uq9zGZZ5W/zmGNLdmoYr5K'
    'uUYqXwEqm9EaBnsYH2WhBV7jPmuHhdoOslvo7SNRrwh5tyvYmnda8FXcFyM9b1V+7VSxXej8XS6ifeINWvYxbs2RB5qdg+EfOuIg'
    '6gfMtS8ULjDOzVwR9iFgYxfPcTHaejYLe1+MI2ydZwnfZ6SNnbcOlzQIM78MpnPYaEg7HqjAiduF2j9hFK/fKdTx2GzwQ9MUPXvi'
    'fLj8SdazA3DB/81snVQ+X3X0XxTcdmrOBB4XCOe7BfYG7dtszVloghcHLHCnyl8vxv5BvfhFrG9zhbnP0V5hF1cUx0j70iJ8v6c6'
    '2qFQf8Jfy3j4xQUHUxk6xrSiOgqHMJkcxzm0Dn72cHkehaF5bJ7mkzKmMt1tDEerztDtETT8fhE4hvZtgQjGjuzT0MqUr24U9v45'
    'VfO0P7xbn1vjpws8Z/m4FrK7HpP7ix4mA1hP5iWKh0A/FysNzj5Tmm5Mc1ZE9cO07l7FWhyggZc+RT+aIK1QyMv5/uiHttqE2veM'
    'Ce6m/Roi7cX1l49xERvDgcL33Vwo7dNaItqM9n8xvBvMvfyuw34xuYejc7pTgfuahB9TrorhUZ2PDxWPGeXjYwlbp4OhvROFnb8I'
    'm/2gg6VC6U6b+OSmfsP4Pd0GwFWFyj6muqyDwsgh8O6ruXIfcqQzl8b0pUIE/ZPb0pmct5kvfB80A0Ide94Ej5v4LVrG6Nj5bOzL'
    'NWeU7b0p3aeHlpgejOKZlqW8vrvQEFyeGef7caAAvGDKq64A+FtgcB7H+TAygVvVGWaKB+LORgqXK+Hd35F8Kj7clBYpxtjpvK+C'
    'eXcdtwmNGcfzNBO61VbWzuf7MCbLX8pk+arYDBwf0O+c7j0Z9JZc9l0hbdM1a2fyAp2MkfJQJvTiatKOzg+/Lm6xSXzaKnIf3FvA'
    'ffB0omF57Mdi80qm5wenMfo198C/z3h6dIXcQ3VHnCsmYzWleQciZKsUHr+X8fBwIfyDLg4IX0vTmFaquDm0z3+e6/P5U3gdXHmN'
    '7gLXvksBv6Z0O+fBjs3N8azU1Ljv4Lq6wxbjo3d9pcBn1HflcAxvxvVI6BhRf2N/wzuTTkM4i6MPqCyG6wPutMDPNn2K8qtK9V2P'
    '1uCDrSI6ns6gJZ8RJxtVxcYbYnhkTKHDGjf3R4Fetio+3lbDuyUX/pDTy6b4apslvVkB7w7Nvfx7gsO5PJ7ypg0Km5g42KQ2MtxW'
    'RCe/prBIaR0OS10WMqQoGXwNGye3/alV8Fp4/413PK2sjIk+/4BGFsTvbxrI/DVq9vuACMbVLBXvaxvXdxHIrHX6DqaytEJj3jcx'
    'OmUgV+7bmrPB9uyJyzPsyPfaxDqw4cM7NfB3tWIe6b5oV9z/mtK8Ixb3Oy5nA49f3cX20Cwm85rM+K6tDMdEtZcyPOt0sa5RR0bq'
    'eP2NAc517RveuVcQme1IjLxOxRfGxSEYmEL4zXauOE6aw9Z2q2ZtB1i+QnS+tpIz2pUXGtbwJ10K/UYT/GBKt3C5TIrIZTYVKJdB'
    'Ovdu4cfVLYM+PneQb29XRc5gimeWCd834QIN7A6z+zoTOWQvm9NRjcyqicDY1XBnivwZbeNuSOWYKL9ja5eRjbHLQN9uHyzxXLjY'
    'z3K9fL72jYq1rzFYe843NZdoXnX7IU32w+0F7gedPVW90Nth0bl884OF+XEv2FflzHpwGmHXOj3ZuAxyvR5PeXcr6PdG5XeIw0RV'
    'BEyo/A6VE/l83uf1uE9LyN9dbLk+lfL0Dlxgnvsw52Ooihg73/MtImjXjnwH9RvwCfBRNdge5MebmV0DtvkK+II45Pxwf3aDP4jd'
    '7Xod/1NTnr9Y3n/aF1qPDc6qYXu2nMAO4koh7P1CVilsDfJ+M870eXYX/KrK52LjqLJB/4te+zp081c17p8ttn2j+0LaYz/ksC9K'
    'tbbUdqJQfFJnCVM1ChkN9b8jfRJReUtyVhVwVu2KP2+0zy6zs6qF8FAUTmQ6BHjtS5C+wvwDPgxpL6Tnt5v5b5FweVaBtBXKG8++'
    'BPw2ge+bU8E3z+ANCp9Rl4Ld/HZ1Xuon59LTo/NSfb83tkf3oRD6LcpPzopcps8KN99r3D9iWnOOu/pHpDEzEt+lejqmVP4RK4S9'
    'f0SMl0TPvk+CvMNlr3IarKLPS6+/xqv7GPJt3uVe2n2t9+0I8q0c9tU18G2l4tvFn/G+HUx4zCvhTFx1p5c+s9v3nYp5fgbfxj4J'
    '9dwajiPD6zl3c5if5fVgHk5LFmvvrwQdxLzPztvBZ9oHg7o75UR3J4oWqQVaZIXjnvgF+FWrAXr4ra3Q3/PNz4MLikxf4b7a7Ehf'
    'cR6e+z2ZR77dAX5Pnn7Yp3sQLqR/Tpl+Bnzhb3whjEc/DzE2PvN08c6LjQR2EGbWQEwznB8VX8rHWRUxzkLiwW504BNQ/2I24LwU'
    'wX8udP0bGQ9H83HLdAHEGvjPPfbjknW/lPFseamfq2zMXB8WMddLDWCKxsmKGk8DuWdQwR+lba6Ffvy/h9QxHFzjZBUDBlx981EY'
    'GMit0/MWskMa46CK7b1CaJBS1avisVc54PjDLNcqiYMVHQcrNYPiYNH99Nm0DNGW7Kd9OVZoa24CN6a8OeyG+cs6yHQmP05Kpvhx'
    'UjpKePkQ8TRa0ta2OB/9ddAYXOh/VBeDqwzKoV91GqsJ7+muF75vM2p7QGNuqfQLMc8gydOj0CVqgPf1IuyfKuouFX3f6vTqxoTe'
    '51PcXf3xRM/G1iYGZTZITy50rMdVL4T6FlDZ1Q4Ktf+mYSZDagE+3RYPUfqa07xVBJa6iW0Ebdc1XvT/Ep7vSNX5sNyB3toDdHcj'
    'xCh77Zt25Ru+7WaftMVWHnaf7+vTZd4+LtzsM2SbDy5xu2uaDT/VIhw3MB2Ds9Av9sWkvvmQX9bxRSJzofz4aw8Gz9ZC4o1wvrE5'
    'gm+sMeAbXWMauPBwtfD7bJgfGu8AZRbVGljRyZGyIuwX/vcpu35dxmjE6U23FJcIendiXOMuxwVeLnJcZtU9Ecb+eBtiOsy9wUv/'
    '7HYPtoao7OS2YN5/vQ7oIcjbTfYb1jsX7nouovv0Nr88xmh/19cxa/908o23dxL5tghk6L/f7NMK/Fvdhb5PF/z215shdmaf9+1w'
    '8u119m0FvTs+LTi+JYpvOL6FivYW9YVjCr/OvtGYwj+Gu7QjzwrLH1+Fb/91S+Fy0kL29wy7as6w++JGtz2eLugu2mbteGwDeufR'
    'yu48Erweg9e9ZWsr+pobfC5ExjCa6/2XkjN+nz7j+d1VD9xD3jEYPo8+cnrwGz2Pjrs6+I2eR3+Au9+sQm8Qv33gI4XdhyXnkeI8'
    'EiU8j0RyHiXnUXHPox/lXjybnEf79HnEY3p+tAfiuV6tPp82kbwYExHL8LxHk7z3Q56371TnXUXy3jIAupyXqvMujugvPzNbI/rL'
    '89Yp+nvxLnVeVx2C5NxMzs0EV07vczMuvjSV6f6H5fnaGWVfYHSEpEXy0OdRuv87igkTseu1b+/xFMHpbvRQKlV0eofryAq4X1r6'
    'cJhX/tUTfp5CZLcqvh/1BuS9GG939EFfb7EQHj2BTyP47HA+g9LposKnE42QnrHEYaYIKkSKp8OKNsT7quOEmw1PrYZutNWteAf0'
    'Qj71pKXtEcElpaR1EhpnMp+OktI4OnuVxvbC7VXyOh7bg/Wi7ZK0T6LnreocpXIFfg9MeXh+D1z2aSi3Oyx3fwBkFLt2h+XuVN7A'
    '5e5fBnv9s+8In+mrz/PS+gsLP9N169HU7tsVuJw9OtutKH8jD4upZWOO9B2PwbxYhGMw0zXnMZ7pmvMYz3TNN3V76RWXhNd8/57g'
    't8QnyvSyMz9E+LFOqE8UCq8INxJG+H4uhb+TOLtEl72YyKlmph5ZGTmzUHav872xkXy7j+G0I8m3F8/20jN6w/Z/P7gM6IItvi41'
    '1w978tO+f1DU8UQZ+6lwfp28JSy7p+3mz+324NjqFHcCmCfKd0+ChwvGwwcVgIdjyxZLNj87kc3PeNm8jk51ORO5PcRSBX5FGx20'
    'Q+A2OleJeFufIZIHY0oOsnq2Cr09EMZ5uUjRFu/POcLMP3U3K/de4dsa4TcTX+rrhN4OajXpL/W7TOPByN9LYaukipGp8jvJ43F3'
    'CvX5IXmF5YQOQzqxlLbKaJOA+dCWTWeDSX2lqOB7WZH2XFkJ9lwr4Ghqg1EpwvafhfgDOcyRxqoSal/fCOenCbN4sjyOawfZc9uE'
    'WSyHvL8M4HVV8V76hZ3fder71yXOFdJldJ9uF0Ef4+iP6Qihp81KBatUjuFiz6Xq22byexPcLb28R533ogLuoGXZOYq7JBuYR1vD'
    't77t22ysUHwr5H4tC/Wc82JYdnLOI76/Di47Oe8Ff2w6f8fSr+984WaHR8eXl6s/qLazj+K5ywn8nOsIP8X0TSnH8TXm9+5NSJ9q'
    'd7u/KFa/fnOaG5xvFr6/m6ixUd9/NeAL8JHTfH+r1Nfpqx/z+eETDOpW+SVF2bX0o4ow2ayRUd+5xdfZDtk3bg3yvt++XS0fVvni'
    'Ob896AOW1rsLvm0jc6PSW4uC7xoC3ycVAN+mcJQS8Ta/24Q+LoAutho/XzkuxnKuuPi2XIbPiXC8P05D2sRttaFT+0R8zGYeTwJj'
    'g6wU4ZggJjGOaFkev800frhJjADa5x0GfRsR4RiUqpgzUfFH+jQ0kC4u3W9EOE5UFCz2O/ZFrumvM8F4Z7QfqjitKj5mpIB+8DXh'
    'Y+2PaNMkXq3pHuHrO2BQlq4n+jhQxQHn8VG2CbO4sZyXlet1c269LhHmsaN7HPcF7cOWAudYF5dMB/87NPDOYYDvp07D+TWNp9XD'
    '5v7g3NyfKtziJbqcM7Yw0iPC8ZYKWTe+Xn2WfZJz9tPcoXFNzHqPCH2Mo1KNpwV4f65TR2VBcXHFaMwilIXIemexerMiHCuSx0tS'
    'xVfH2B+2cbu6I+avWDQPzyfX+uLcBL4j3Pzkon+POgs6D2Nb1lvSRDzmtgstpfMXkhLmPoFbNXDRzeZ7kK1bj4bmHBRB/yxzNPWM'
    'Mjw7pJGb8vU9WfgxuVzqRH8MCyaI9uZxlEaEOm7ZNuEWG1A1RzpfxyZwUU34MRpHb0wEfdyoYhTWKOT1Y4SmUsWqNO2b6i5M1rcl'
    '5eFE2/1Ofd7gNyprbSX5l4qwj5wVIujXV+fTEGNEmMZU7ovhN1TwsIXAjm0sCRyDjS/1ZgYz9ULtp1EXv57GpaA857/nfv5Nsf9s'
    '8KLqrBkU6liRPP8KdjbzOKiNBfaNnqtNhJ8ulG9tAd0D2tfmCeRnaUxKlUx4hYJXH4vgfVRzP7uIcz+HzP1E8BkutFOxeCpVzMUt'
    'Qh2bcYewi4EaJWerdrwzo/3rZLix0/IsQ7kVxme+nMFeL7sDPdCAvlfJBTiN0Ku446J3V5hvZ8wdrC0OL9a9JV2DnRZzfkhIlyi9'
    'Tz9U96MU/qVxTbvY2lxsoc+VnuEKXfmJvbQgQ4RIzR6ukyDPrueY3oRI9lCyh5I9ZLyH6N2j3E+/TvlnlipG1jzLs3KFRX7U+drf'
    '8k6vU0HfmpaXbe7nMK6DLcfF700T3JPgnuT8Dp/f5cn5neyhZA9Znd80BjTV0TWVMTYo7ivo2Y1yxQ1MrljF5IqcJ64UYX82Z1j0'
    'LU420BdxT0VlUILIk6ncKO5+M04/tSVCPt9I7qm2G+rvquQS5bC38nG7ci+2pdz8hjQXOJ/oP7tOc//To7tDZ7JXF5krxm5rZrKd'
    'EQu55KhQ68Xl1zAVjAubLaFN176A/8jJ0uhy1GQNziDbe+ZiwP9OB/jvLxL8X1Ak+D8J7g+o7hWX/fYwueQQS7dBXWuJfc2ohY7d'
    'aITtDcZ03N9Cx0x1X24q2x/U3O9TfYxi2lnXEp3Yv3C4Sy3kvmRAcQ/uIuM/THO30WOpl8Xl+DY8v4s9yXpyt7Ulxu4rCm47ydl2'
    'kMUYdfqVOnxgs746G4drUl6scoqr+hT6V6Z2PcMktVmvLk3bg5r1RLx3cq6CrxjM8TYRtuuLKmMD92miM6+6axowWJu5RYY9lf+X'
    'MqJDkRZhH70Hszszjtd7FXdtpd6TK4leVLHhswFo/lma84bfKfZq9BMHhN724a7cz19r9LiGNXqO2xR7wAYekaZpEOH4fap+jDI6'
    'ZirjrYoYWEZdumLuJYwrT8c8ZKEjttUCPxVzrqqEfYyw+ZZy7vKzvPSrYAvVfla0ryfZn7+FvVWI3d82sHn6YZevL8C/pa7y5fdV'
    '7Js4zf+bx4v7cFewbmr3hN+w/Ie79PoCKt8QKvstOocNcNeA7dWAP5IfgH+SynPDdo4nw5jW94btHPHbJZfHnwvVpJ+UVn0/8AWu'
    'cIFnDIWLN2/04YXiTNpGtdD7NlTFALzufH+u+Lrp5tE1zp8JLU/tf8sILd8AY6sU8TahsuzxCr6O4iBqh22in66iybvYWWGi09Vv'
    'yIOZ9mlYqG3V/yHj419TXTOVjlWPBe7nZ3yvxlaFy/W+QPraa6EfptI5NbWt2BKjc6nrq4wXtQ7erc8G2zs266UfWuC3J71A0nQt'
    'K3M8lPkwKXOcQb0bWZ4jIM+NJM/abDAvyqBPgLw3LfDSmxf4e2hDRg/vwxF66TY8qQrOdkL7CzKeX1f5rp2NcQ30e9cCf4/Ejclk'
    'fVR6jnxdTNqifTbJewqsz7qsN/Z/Svt+Imzg34Y+G9LgjyGGPx5J+zGft2n09kct2t8i1D5ieLufT/u2Bljm5Zj6Vfv2Zfb+roXh'
    'uNGyvV1pT17NafwovM95gX+B9FUyJln3ZWQsOxzWajQGR/G9c2rao0VtzjdVO90x7RxO2ombmy6Sxo37TYZr56V9PtMGF6nkn+Vp'
    'j04xnQte786YOXkjFea5VTa/puc6r//FlC8X7tTspT5Fu3GygkcN6h2ylI3Leu9JeTwEXSuuZzxWBFpItnV7yrepGlbIS1T3D5xf'
    'vZ7UwWHoKqG2leVrNJAKy+5fIfBPy/YazKXEWbLec1O+XEK3RtwHF8L9SQZl+zS4+OiUfzfTaYi/V6TC9zmqeaSykwNS/lkzUWd+'
    'g/BCWbRZnO1IT63PFk4rNABs1IiwPyg6Z3hOvUjyRs2rzPsD4fvdRF8mm8DnyCXtvh+W/P4X5vGqvyHM42DfQ+7qTc/x/Pkv9P67'
    'EMY+qcjD4fBWkkdHy99IeN3fgj/p914Dvsh3Bf0Fcp8xNM8QyTP/Di/9m93gM+mcoL/AvBwEfEO99T2IB7A36C8wP497YW4egxhn'
    'e31/gRW685/w9ReeHuzje4XeX+xx5BudB+ovMO+7vTvo33U1+cbnbbnQxyFfLPTxyxeQb+feFKxzDvnWemvwWz3t5+7gN5Xf3bTl'
    'HWGUf3SVb3ZdPVTWkSL3CK6yjlaoMwWyqToYD9qFNhCbxvz+V8hjVP0qVAZD/QPivFbCnY3cz1fD7xInjBv0qbIIfbI9P0sFG7b3'
    'w61kTmT+NNMzn6w5U9EN033OqiZhzqLo2+k+nxUlns8E9tzmyoSPm+7zmS3SfKpsSafrnNQWeU5KJZub7vNcNsHznMBl8WW4031O'
    'm4o0p1P5/nC6r1FdidZoIu+Lkn0y9e+uk30ysXeZ032+y4s031Fy7YTG08u5E1629HeHyRy735kme3fm0kM1JZibYuqgTPf5bSny'
    '/O5Luq3J3iqt3tV0n9/qEs2vjb7ZdJ/D+kmYw2LoDyewWxr9xoROdtcLTOQA8XOX3HGb60sme7G4+rUJHztzZcbFogWLrc+f3NVO'
    'jE1MQofve3Z0CS0xsWs+3ee7oUjzPdNsgZN9NDl2QYnOZdh+JZmTsN1OMidhe6WEl9PbsiVzo7fhS/ZS2L5vus9JpkhzMhPmorxI'
    'cxFlS5zsoZmHc4s1J9T+N5mTsN1zMidhe+9kTsJ27smchO37k7M53ndHMkfxPksS/kjvvySZG73flmRu9P5qZhIPuYzMjezPrK/5'
    'MGEzTl2/qxX54uqj/nRl3JDDNX3j8cw37bVrR+VL+mZY7yUPh30rU1jgvpW/cj+ke/TxFXS+gak/kyuEm398lS3SaIwupy5WF87J'
    'LKGOvzAg1L7xuxV32OhraQGra4tQ26sNCnN7wRFNe7Kt+SLaXtdEV79f6OOJ69b4ibR3R099e6PfuMs163O1CPo5wxijUXEG4nRL'
    '43wLct/fNAYa+m5qVozfNAY7ztEa4fvfHy1gLbC+hRMMS6o4DqekvTgAGG+N6gD3E/uCqDFiWZ1veJ2dkmnsAB4b5YBcxTUp+xhC'
    '0qZjOcOZPKaECVwjfPH4bH2Wa0Tr4f7aMS7xn7D+YhyIRSJsK+sCh3SdTW1RZH/3F77v0FLsa93cYOzFJoC5ClhTFdz3FtC+rb1x'
    '3N6bU8QziM5HDcDJagYntUznakyEY0XT7zuEvS8IPmZX3NoE54pNzDEVzbRIQXPNzr04RdjjCjonr4mgH4D+CP22QuKU9WjqUeXt'
    'i4A3uq5Xs/Xv1cBgL8zXUwCPLvO1xVFHMMrGbars4VKur2091C+FXLPNuZ/zp8A+pus4YNi+inZYKILxWqoBR1D/oS50Co2doqO5'
    'OH5tEPGxUKoAB7eQPBXC9xM7BinSDl0iHMcFbaYGSF7abjPhZyjvfSikKxn9jjQ75WfTTE5Qzc4MjAvbGoNn14tgjDVsI23QBsaW'
    'jJIfPqzRdx8V+njHdD27FflM95sOxlVxlWez7yuFe5zTDuHFnebnPt9TxRhPpwj7wrHBkZzuLSS+K+c76XgHLfGmCpdxH2PDwiwe'
    'marMGMMXJjFaX2fz9mDaP5NN8Sztiy6e5ADpq2ldQw7j6RXqGHtDBmVHLMcbt9Yq/0Cm9NOgMI+VewVb/9cNzpl1uXX+jQMdxWUt'
    'pvJIHnud0vsch+MapIQ+dpqp7BblKweyNX5dqO2JBw33MJc3R5XBcZxFeMEu1u6AhtfivqU6LeHYpZ+y7MGa+dqq4TGuMugXtwuz'
    '7ReXD7nE5iwTvi9MGr+Q+7xF2WC9ATzweBl1wo+zwOGL59XFwYsbkyo+n6zvhNzHGxz2dR20P4d8a4QzH+upJbYKND/mQ9pL1cda'
    'Mk6UEdVb4DikN2U/5mrOzteFm49ClQzHJubieksZXzODzWoNTarjOVCu0sxkCd/N/TymwR+l5Ft1ckOKz4Y0fNigAg9SeDKpB+VJ'
    'xaZ5MfamCl+PsfHb8O9Yv4z/vWoCeYNizQvdK3WK+lX+DKLWrxBZA48DpOODuS6vrOdu4ccZwXPhuYO8d0sI77tUBO3Dlynuvjh8'
    'IN7faQEfvYx25rjJBse0Ml6fj7lRMeYagzFTft+mP0cp7qazwo9Pq6IZMaae7Z02lT+sxPvsNrs5NO1js4NcWKengDhvlcOYKd/f'
    'CPXWwvlchYpzZwtBVVH40wCwt5X0Qxa7VPh78UIYfybfcHqffujc/dFDLYrn3Wy7hMPDaV+5J66B98ck6z3j13uWCMY2N8EFFYwP'
    'wTLvIokIeHiHwUNZAg9TAh4+Te7UOxU6M/yOyoXWiJMZjRF8c8S3QEf4Qe/bIPl20oiXvgdiw/USHZvOCH0fE1+SfRq67zRCs4wq'
    'aHVTmSOnv4cMadC4uZPylAM0/esW9r42TXUiaOw6yivq6OQaoH1lmT3CzH9AnN+A44hvjThfBSfH+JxAvxQyPTprZ18f1/Yp2eAc'
    'b8z67fH7Ff49hBthbiMxQvKIdMosX6XiHdUFlHN/AZFP8/WR6UlZD64zUKaJ8EK45utZGV7HMVm9TFqlW0Zl0LNidB97YvSVBhjf'
    'aetb4phs8O/DmS8RHOOGrF4fL4q/ngXj3A/1Xa7w0nt71Pq///tPvbTq9rCOb8XHvPS/btHrf76H8Kto94U+H5Zd7uVZDzqxk3Vu'
    '6s4023vC7SLsq9dU3rEE6u+/10uf+JqdfPO8F9Trtw709D/1ZDhGavt9+nX7NenT6INe+qXHvbTyYSj/4+g9lWZ9eRnK3/t0GJbo'
    'uFV7V757GuirvG77017a+ECwD9WafY3tfOoZIKz32PUB99ZXQT7jIrvnZ088YZmcQsGnI0v/iMsdJZsvZ3cjFz7rw4DNvuPwtJDU'
    'yWHUtU5TGK2IwTfULnOOgkew6WP2KbBHhHjVv814cg98l8cP3/bS//cTu7orwf7q0e97db+c8XTS8nPyVND25LZ73eyQOtm9ZpBn'
    'jn/SqZn7KAnjoqCibIhnviw34UcY3m/YwND5L3jpNx6PPh/4eclhj+69UYC5u5/Un5trc+P5rEKeTs9DpIf2PAp7+Ylg7PdDyJ3N'
    'VXv9s1amRz0QPEvXfcsrMx/4Qv6Nt9NA5E7y3ZynfFogv6/3eOnHYP42fEt9Hjdbrsevv+6lFz1sV+4WwCHrXiy9naFJvdUEkusA'
    'ruYCrr7rJbc6a4Rvn4l9pbHcV7I98/m0x/er6JsF3/bXT+ZdTL49/BMv/fH3fR6lTlFOpg9pyjRElPn4anUZnU6IyfpftdeOxuqG'
    'ecsa4vEZjNQzIaTrLuL0nrYIhK555Pr/KuXhNKT98+c28CWbLGmjtxzwgcz/J9DuTXuDuPb7uQzHI20B9rQXPu9GC50zRXBUjfD9'
    'Yprgk1tSPu327BK7sf8nnBeNkD4MZ9mlYC98RS7jkIOdnUpnfIPlXLQA/ct1zCiNcTek8n6d0tG298VXAJ6bDfX3w3yXTbM7mIz5'
    'k7W5g+noKN0dzLjD06C4w7G5x69ke/ZgSMvH3XTUkCdBncLkHk9xj1dCGKJ4ZpUI2oZWRegDNwD9V6fI00h0x7YxndIqotO6LULf'
    'tKZAnHmscPc1YSK3nAXtfHmv3blxM5yZT8M5cWIBdT31Tf8MknUdIfzz7FGgF34KZ/ul37SrG/ki8f2gzXIF4bceA/7qm48Hx3b3'
    'I8E7fpTTyvS6h9R504Ru0s0/9eVyIeolPWcvB6Hyk7a9QX4Y5+9ay/mS45BpCsa1AeitC2GdV5B1lkyMTd2bgLZ4Cu6z55F+utb1'
    '0wf9OmX62oN63r4v7d1nFDLfjT8Jytv4fj1vrz2NM0chZ8jP+TM+jNmcbcjfq+jmDqCbl6S9ew5buk7WcUyb3fhmsf5lhb1fJmo3'
    'SPe1lI1E3WGUM/6arnsDsEQoz1kHc/XynqCcqIXIW1HeIvkYmzlb8JRPb+vkvo+mPB1QmW/4a0GZFd7VmLb3jR/7PA3iaZd9tuvv'
    'vPQd6Pefp/x7pTv2+rjZSj7+JOBQ2MMXvmBX/v49wT6NkD797tu+7MyFL0W4ssWbiIe/DHB1asq/6zoaeOXzHgvjVJs2boK1OA/O'
    'y1uIjFSFA1ekPBzL7x3ycPWCI9/O7iNnkbmnvCPdm6ZtULmTTTl6vyn79Ibw/GwVAg+vft0dHqj9DeKdnz3u33twuTSnpbidjHz3'
    'TaJnPQrr/nvLOx/V+rjA4a+eCO7DZV9Xw99tcJdPafEmobbZ2iGi/S/gXfwBQMNxG+lC7Bt6hdpHWXcMPR9nP6aLc2VSrhC/OXHx'
    'Q9H2YrHj+c/v8GxpKCmfwz1h4keuDOCHytmoPGyVQkffxucB5RvpOHT2dYX4VnBph98RrMZzRYRxyRqkj4TarsXUP0MZ0QeLsh35'
    'csZe/tICvDfVpS4j9hkNsAfLyHw1gI40vrtW+H5PuG0p2vScI8K2qKeT/GNMDnCS8P0ZdGp0QeN8Bsh6joTxYrtx+ZeTPh2eDY55'
    'MeE9O+q99BBIl0C6pj5ot6niS1ZYrhHKmQuxR+pUyG4pHB/0pC9/l+28T/Htey+CzS3VfYb4Oqee5X07RvHttkt8WQJ+qz7Nz9MA'
    '48NvNezbwQq4GiBnUAU7x/Abyu8pDK0SQbvLVUJtwxyVV2fDHLcOzYQescFVNrJPun/XQ383kncnbPX9ZuK73/R47w4n7/A8WCV8'
    'u+U+0mYULkJebqEI2tm0WuK/MvI3lQ+vUuRNCTfbQaSHbHAy+nhbzOa9wXJPl58V1Mu15T84PpB9+qCDDN7k/uy5nW6y/VrLua0r'
    '0tzK/rrObeUz4bnF+T3R8Y6jnuBbFR47LAKPLbXAY/tb4LFmIo8fE2E/dly23id8/18qv1w4Rx9KucEgPyeXkvlDX8lfYfcIY4zG'
    '5r68KE8xIAqzM66z1m2byZptoNu2tDg6bFF6p7Z+wtMxdPLsGLhbz+qMw1vNAE/fAt6Q3j9mRWJHOFl2hNynIfokQnx2Nft2MsE7'
    'pr7dsB6kfauE2q8R5llD6KkNBjZa68E25SDStx0GcpQtbGzUP5xJeep/SYfzmzT7Z5kI+gpQ2dwVKkswoSX4HXQhMgLuW9GkfJlm'
    'flZF0Le68ZvKqxJeL+H1El4v4fUSXi/h9RJeL+H1El4v4fUSXi/h9SaC1+N8XgXh82pE0O/qXOADDlPssQo420z3ObUdwzpt7p1x'
    'PY+2KGNFY/QWH7fZtP+LnuB6lhEa0GQ9bO4Z/6+GtlyKczHur81PIV8G8j4P7TaLYj8pGHwm+65yosh3rgJ1G6riqqiO+lhDfq8l'
    'M1vvm0Y0CkEdkhU8Im5D3Nioz9xmVXWlMS52tGNuo4xc5NNo12OjJ+0DqO2TDh07Dk+j80BTlnPE9yDqs1aN2+sQFBsv1Qlu1zUB'
    'TzozVcnrrDGR7PR0mFDhsW3bwkocLd0CZ6/LmSblKVFxa3Q0xyrNGVeIrtphBcqXD2O6ZftPoI4ZtUO3KcPt0ONk2YclumqJrlqi'
    'q5bcXyT3F8n9RXJ/kdxfJPcXyf1Fcn+R3F8k9xfJ/cUU1lWj8oRaglsrGX+7PkJnDWO/0XuKduHHiFftVe7rYo2i/OEkL/ex0ETw'
    'AC2zNqJNHm/ShFbIimAM6E4LWMSzTdqx1yjKU7tSzHtbyg62KGzI8teS8l0Ofe0n5Xscyl/I+m9b/pRUYft+QyqeHjk8FU+PLE/5'
    'uGGbRf8XkHKXW5SrJ33qE0FfP5inLGUWv7KXlfstwXNdFn2S8RdnicJtg2VdL5I+DBiU2wblniLlTHGtLPeIZTns5x5SzgZu/4qc'
    'N7q9fSepe9ii7o+Suoc1dV8vwr6neJ4xyzXAcr2Ks5TXfTGpe4tF3Wco+t3D8pyomFue51iSZ4cmz1oDmmCFI02wkNAyvN0WBT+J'
    '3xrJty72jfJ7On4J5dNIF/BYgTa89lJCQ6SATplNaAikJ2zv1QqVuaKfMU67pAntUin0cXSx3Y4YPfN6JsOibVXFtFVfhLuWFqBj'
    'VPJDlBPUK+AM5QM0/yMRMmoTHfsmRrtT/xem9TSLoC/rRcI8TgbdJ6ZxWAdE0A8G9esh5+JjVb4PsBTcEayDdBGkbeTuQKYLIV0N'
    '6TxIWyE9Be4YRqr8GC6244saA1/j86o8ObtpO8Wcv6Or/PioPM7v9iK2c0CVH1vLJJZ0VxHbFiVaR97O/6n053IrK7td6P3TmMaK'
    'H4J2nq70/YkhLB8E6VJIKyE9oj64N3APHEhgX9b5UKUf+0gFBzbw/CVSV7fiTLap689IXXxO+TqMMX6M+6y5PqJfXZb92lbAfHG4'
    'OU/Rr9cN+8Xr+pMCxsjrWlPpx9Z2mfsouM7HLCD1dwv7uEtxa5SG+m3wqsn84D78ZUXhMIB1vVThvmd4Xd+rCJ8nKjp3LYmfZhqn'
    '7HQos5rFJTsdaOYvT0Lbp0DbH6nwfYsuYvhvLqMN5sXgwysrfF9jLrAv69hC6hhS8P/0vQ6GzyR1XM7aGTTEex2KfnRZ9uMwi/no'
    '0cDlQoN+jMXgpLoKj56Omg8bugXH99tyv96tDAdvF+ax53i9ryjq7SlCvT8oD8/DmEE9qpiulAf9Rrk9rPA1+lJ5/Bq5nBd/Wu75'
    'XqbleoVZ/FgOY3F6SlcajMGFdrtIMb9jhnsA6ziF9G1TVh07VRWTtUMRJ5Pi7iOLXC/i5bZc4QNFMA5rVH0Y8/I9MbIa03OjHfrx'
    'xzLv/j4qTi7Kf4p1Hr4ygW3ifH+vzFvHuJi/eAbzeKq6sdxX5Hqxv58p82MK4bm9tt6XkeT15uqDMpPdpEwH4/exzIGszPVlvq4D'
    '55uWaWQFWVK3rGNA0dcjYtq9lLSLfNhixpfVx7R7OqljOWu3AtJDY+o4VtEPLgM5MIYuWknqaNXUcUhMPxaU+Xo3NudD/vxXlH2N'
    'lR3UnJl/zHqyT1rvmOM5kqf/FfX1CrOY3/w8zd+nkPpOZ/SxSaxtvl8fL1J9uE/vy/pzj3mOY3nXas6WLziUxXbvyPq6yRN9fsj2'
    'h8k8bszG4/K4M+HCItWH83NS1r93WFSvxjO6vSjjs9cINf7kOHcVyZtieReyvIsVfVqr4b14n2aTshy3L4vBT2WkjwtjxvOHjH48'
    'PO+/k7zLY/K+FlEvPxt+mvHHOofxqEti5ukfSDtzYvr0nYx+Xnifvk7ytsbUe3fGj30zoNGHGGH3cZ/PBG0PqMx1xJCHkfXcGtH2'
    'CONd+qDMdaRMT8R5QfHysEE7V7MyXYoxbnEY45mknsvZmTVoUA/257iIevot6lmpGNd2h3HtZzCnnDetNyjzL6y/KVJGNX9UNwPL'
    'vJXWl+nXlPmXtI/TN2TD56gtr/KTtK9fNMDoHL6fnkr7d722MCLLPxxRvt+g/FegvMv9Sp7+J2PVrRHKFj4ekbefyb0+pJjDTpKH'
    'rt8ORb0quVJen4rkjZIVybyd6bDuk07moZJDnKlZm7h9Ngjlj3csj/t0dTqs54Zyi7fZOh4ckXeM5d1PMy+meKgm7eMh1/0m6/k9'
    '0eNbB+VPI7QypdveMMiLNNmrEXk5bfyPBnmx3mcgVmex5euy7r8l+mqqPSDz3EvyqOTAeflfKqyT8xrbF58jeVQ0gMzziVRQt8kE'
    'RmS5mxTjGGPjuCYiD8L+iKKPlF/Mxy831N+juC9vy0nqHtLoBp5F8qjul/J2hCRPt0b/qUOxHpyvPioiD+LTVYo+c/2mJRH96SL6'
    'lFURNBjGBaqKoJ9knmpFnl5+/hMYMtU7kOXeFOG6OW7/pQiP9XVWzysiDMM9BjD8E6Ef2xjk+YeIPLgejwn9fkUYeljYwTDWfY8I'
    'wwPH839Nxm8qg5DlPknKmcqiZbmbSZ9U50ID2FNXRcgiGmD8unoQb18ekedoyNNJ8qjOjPz9f0SeY7K+LXe9pQwkf/4r1jbuvEBb'
    '1TlFlFujPmW9pdwDeeN6S7kz16fMiGi/tlE6jRUi6GsgTkeO2sdliZ4jbY/2r5i6ebKuJUzfsEbBu1NdoVUK242FMXltbfuahVks'
    'okah9xOh8iGxViRxihLfD4nvh8T3Q+L7wQb/Jb4fEt8Pie+HxPdD4vsh8f1gAj+J74fE94NgPGri+2Hq+X6odrBpTOz4Eju+xI4v'
    'seNL7PgSO77Eji+x40vs+BI7vsSOL7HjS+z4Eju+xI4vseNL7PgSO77Eji+x40vs+BI7vsSOL7HjS+z4Eju+xI4vseNL7PgSO77E'
    'ji+x40vs+BI7vsSOL7HjS+z4Eju+UtvxpQzs+Exs5VxjH7eAzQzVn6+1kDXSuBGDBOfwuBEj7BvVFR9lvDC3W4qziTKJFfAMGyM/'
    'U4bYOUzjefD7LzwLouJ54DjXKurpY/iSxvPYanHvuNAQP3L7ukbDcpw2oTrwaCNWnugsT5rOsqv9r21sjDgb12LGQkc71sRGNbFR'
    'TWxUExvVxEY1sVFNbFQTG9XERjWxUU1sVBMb1cRGNbFRnWo2qhjjMwt7CnFrFcgqK6EtGqv8koLw8MzGyvk57XDbJ2ZYOCjDclmD'
    'mX0SemtwkyjoOdBUhmUii+J7jq51FVnDMpBTdAKOEuTcqiK8F+aT9xAXGLQjcexv4P2Nwve/dwU7T/sBhsoAhqYLnGTMn6wVPaU5'
    'F+Vam4GRPue4w9OggME6Ql+b4B6Ep2ECT8m6h9ddseY3FLrmxVx3+e4DuV/OTnnr+c9ErpPs631vXyc0QHidsxNAAyS4dGbg0jT5'
    'm9JQKcIf9ZG92Q3r7AJjqajtmS7NXijJ41WdMVlFl0dVPhVDj9cw+VQ5ua9sJPgU+eNqC7kWwoBIYGDKwgDfv1myf1U+uOoU8kcs'
    'g3CTirhrqzPk8+LazsLdoCCypVaArxTJj7yf2CPEXS+pZfu8HX6nstEifx28myN8O/ZlLB/dd7PJnRUvo5JL2a4XH8sZkJ5D7lNM'
    '+XJbvrqS1CPrnQv6JGuIHE5MsL6Jzb1OHbQ9F+74D4P2Nz1gf0/roq9XaD+ff9K+n1nLfqL+zrwC7zyv3euVqVDo6/B74pcc7ugQ'
    'R8j6b4Ex3QTjqRTT7Ukp7hokxGTL3n1djjurBE2aPumCa4CVM3tp1mV9UQlrP4NLmzrQDasu7ixGdzHt0QUYdyPyKZ9yQOksw2+j'
    'B4c9LISfSjcgbQCZANLAfed4XxtANwXfr77Df39Gol9cNP1iib+T++bJuW9GGhPP2J8m+riJPq5mjQ9VrDFdHzm2RYTmkvXsx2j1'
    'ONoSdVlMaXvKI6loxkSHONEhTnSIEx3iRIc40SFOdIgTHeJEhzjRIU50iBMd4lLrEMd953clVdP0rkS2NXrx1LkTydMxvaW/+7Dp'
    'zy96PPy71IGGojRp5bi/F3BNayFfhtwHzSHwlr/LH1fXx78jHbPCUQaU8NoJr53w2gmvnfDaCa+d8NoJr53w2gmvnfDaCa89Gfa6'
    'GdjLxfCRVUHubM8WQZ/0x7Pz7p6IvKewvF8guhQ873BMO3eQdt4H6SCkXSzvzSQv9mEU0m6W92qYE/nuPZAOsTxXCD8ODc8zouh/'
    'A2mH9uEUUkeUnzO8+z+A6bLiGHbGlKd67arxx7W9ltAHpzB4HmB/Y709pH7cW7gGJ7KyW5CXhbzzCJ96PCmD9E8Fg5njGT2Sj7OQ'
    'Dad0b2VRP1r4/iBRhxnhH/cKzgfqNyD/Vw4ptwuhsi3ksVAfXf5sIFpdG6C+JfD3IhH0aauLA7eT0bE9FvuZ0qCjDJe+63uc4LKo'
    'vMjH0Dk7lszVAWTdj4NyV2nanK1os4fR8t0GbXIbnUoiI4paB7lOHyc0Ed8ThynwYR+De4RpHNN2RV7cG51sj2wjebcwvNJN9jrq'
    'DtWxtvke7CftNcB+qWH97GFlOonuUAM7j7sYjruM4Tqk+Y8mfbtSgatUfZP7bJYGhwywdvrZ/I2yuuYRGcswga0KNrcjTC6Fa0R1'
    '/FeD/hOHLTyvUzGwgjiF2utz2wFaXsLnbIDnFIFtW1guRp8aGU9A7UxzbzOSrtTRlsgHzGM8Opdp1TJZLm2PynI3sH1OZfXNMePV'
    'zaFcS+nn3mQO70h5MKRblx0wJqyrGstqeNQMpNkZzb2WpcYfG7+d6kr/XNpqtRWuCP/u0xFT+negXJl7fp6xZnF2IbyOJms6o9YU'
    '9+0Nin1bMYPXuAye6FzlqfHfByyqd41PxhrfoF9jU3vQuH19bbLm+9Sa476/RLHvE38YqZRY966bivzTJhyeGJyc+CCZ+Dk3o1Mj'
    '1kC68yib2fcs7eyeZSkz5LR+mqM+Vlvf04Sf2na+r0aTNZ1Ra4r7tp7t2yp/QJENhfj2mPw6vzZR+guHCt++in7n93itwvdlgTx+'
    'pQj6DOXyVtv77Z2sDzb7we5JU9KwtE9WxYUV4NtlqdudsuklobVfgUbzL1E6Syo4TOg9A5hYXcgCVp4ZlyOh9yZ+zvFuCuG/VwH/'
    'WQecOMPWJmPAtUY+aXfcFtgf3cmaTKk1wX3TqKO72vM7dpfu/Ksla1vnUC6O7kt3iNviYKrGIn8UvpA01/SFzUzRcXe6xH7b48B2'
    '+uOLmbcmia/9+DW6qTDW28rXfhyvGIXv0slZHDiLS7m30gZsZUIfTb01qRC+r1G+v0x05FQyJlnmF0LtH9tmfTMza72zha533NVb'
    'MeAhC7I2hI3LYR23WuzbGb6O9Axsc+T8o8/AL8bL5Wz2aP7v3C+3q/bktHtUThbTmewk9KTRhiltNGZZQyONktmjXn263f+eJdcb'
    'heL3BtD9vIK1+9qDXvopSx+9CT2twCWFgWEsPa06s2eOXCChk5M1Kf2aSPx2GcNj3QlNNHFygS+anZfFkBsE71XSmX35wbnlNgLu'
    'kT3sn/BeS9ZkstckVp8lon9KfZaY/FH6LHUiaCuHuihRcWxj74Uy+b+/oiLZK5neQp1DuajxfI6N59NQrtpIF0xKGsrK8e+KGXXK'
    'VOan+U9fyoc5WAc/uYndZcN7H/49K0hvMFDZfLTs0Vu83y+N1f9sjeQUy8ffjGb9Y3Sv07Pyc7NUx2rqYtVWsn0g7cgezf2cnvbh'
    'vEzxPvb8dMArk+VfwaJYRhT5GS/qE3N+Jmsy6WuC++Z2xb6BsySHy9OwYNlYZYiy8oi5qpgyaxSPp9PpCVkp2zpsWw5/tSmn/t6g'
    'oItvS2AmgRkLmEG805no0U6KTmclzD/u34uTuZ+UuefyH6SLyggfVs/4sCqin46xClexetGnQAe5t6F1lJP8XMdd+lloIvlpfEub'
    'eppj+MsmVpfkB+YIO58QWH8twyNzYnhvnMe4fLz/FWxdsmxdTOqzjRdq29cRqCcN9c5JdB+mje4D1/UdgnVP1m/6rV+F8P0Ul5P9'
    'yP2hzWX5KN49uM3PVxuRb0mbuz/lqHt9lc9z17uNKgWORp9pNxCYL9d847g4LXxf9tXkbyojQn9E/LzgcZ9Rfpth8lvu0+hl+Z3N'
    'FeZDf0com/rnCBlrBuDj0kQXQU1/7Xp3m4L80Eq2Kuc6GydNles0W6OTQvfASkhntfnfVDosJvqIco2pH8+7IX3uIL+eEULjoWll'
    'F9mPDXAHPF8Effmhbz/04Yc+/eLillJ/y9Q3H8aDPBX2Ux2jR0xo0OlOv9riOlM46CvC3f0MezRyU7ujPnLTG1TVAPj+VGHnzxZ9'
    'AXI/hMvJN/QviD7iF5Nv6JcR4/ouIN96RNAH5BzFN6yzXtHeqAjHhH9ZQyuY8CLcDp/62iy0Hr53PqqQD1V6GdL6e7DsFFEpLUlw'
    'cYsw6tb+uJsr86fJ4rCs0EDoYUZ6VwYzVtrT6FTufFMCEwlMKOTKKnlTJ8NLAZrb4S5yBj2xFxfF0F2Mu+cX/5hbm5+H7/npe85L'
    'ZoXvi5zH84qK9dVEzr16mICFTNY2F/Ivg99lHZQPblLwy1XjPp0eB4+6c7JBMV9VTKYn29gsgmOqIHTsZhH0N7sUzuiLCG19EbQ1'
    'S/j+2JfGnOGqWOFxPrLLyVg2E6ZuM2srK6Ljkl+kmU+kv6s1vPRM55djeWkRjtmRW9YbzO8n3XBuOZFXqXhAE3k29YutikchB/Ub'
    'ks8Udm1is7WJ+HgiPRpefFD4fua5nC2qTpTlfRXaR//2cXw8tsdjLPU4tr+byBlM23dp5wrhx3TsY3M4RuQYLnVfADiOx8pyqetE'
    'gFsaU6GTyFtc6lxDxr6DwROm2xzr3k94PtNpfAQOm6NkblzasOUh6Zz1kj7RmDUfSHtzXYr9jDwwxow7gLzDGH3zCR8t4yrm9XP3'
    '+Ocl5r92r89347t3ngrHkV2wx0uff9JNRk/jfNanvZgtpZwbjMW3hrzD2Ic07qd8J9MvfCoY91O+a7gwGKvyAPJNxrSU6Sfv9GP9'
    'YTvLzg/P8y96wvPcd054nlffEaw3TegNjHf69ylPni/hbjvbEyMWcGw7/yZypFaLs2Ybw4+DDC/1kPcY62pukc4SWu8SqDeu36OW'
    '/cVYGjy2FcUbvEyayJI2pby4C3HjRJldG8Hj9O/OSYSJqHxUVp6noVJePFh6znUyuqRnmozlBeHF26BjeWWa9P2/C89fQSnww2zh'
    'x6GT6TpIN0L6HohPV4l4FuJV3bTAS29e4O+PBcKPa3cilG+PiW/XQPRtaL4jIN+NJA7exqz5WVfvMB903O2QHqUZB++f7NcG4PmR'
    '7qB3Zj0W+KyHnB06upDSNgth7mm7lxPcaNIuxU+D7AzbIdTx/3Q6ZireKSp25iGC2Ux1QJUaoZhpTE4bOiUuBu5qoY+Bu5yUpzF9'
    'aZ5FJM+wJk+pY5WnyH0OlZVxuy/VXPJycj7jyrn6U+ZwJZiMy5TupHeoWxLdCL085xP5/9uIbkTx7kgN77BdeIoVBP/hu2NEOMba'
    'weROsY7sOXqnibE5u9mepO1d66gPVYoxn6kY8ymKMZ+o6P8JDvOwVlFmLKYMxiynZWg8P5p3f5gLmpefc7MVeXpYnhpFHknTqM6v'
    'yVy/SxXrt1mxfh8k7x5SrP3HV4fXPtUeXvvDNGtPzyzKP0WtvY7nilp7StfErf1Sg7VfarD2S0uw9hWWa09jqGKswEVMD2wlyIfK'
    'SH0ZUn4lS48VfhzrM8jdUxSdV0HoBR6jtZ/MJ49z2mWh8zXMdL1onOgUk6nHxZOMmo8NBKYPdpB7HVvCMwlx7H+Rd7PbvHe/I+9m'
    'wbs3if5aG1vnNqjrl4o8B7YF87wCe5TSxlF9lmWel3I5gpdsxttswc8gftlKUtn+3xA5+gjDEcMKOZqOR5J1fV54jlZUdyYjijbi'
    '+j4cce/C5UQU5q8mPHUPKWMaa32IjWsr0DKmMrxBg7Z4G6fCHqV4fVjDe44qxoa87wGsLNa1heCZqL7FjbFP0/b+cC9huqb0bi1u'
    'rjpFMAY0j68bhUeylnhEFSN2hQMv+67sGtKjRViuvQbSdjYGFR+neifvlzY68NpRetCmdbTAmk/0mJuFmw5vlN7uqEh8DBao1y/I'
    'lUzReVfTtaH3CzZncLFoEFvYmOFPWg0bFo9B2YniHxuZPLXQ9lKW5cssyyd2SBH4qu3daXWwQ2o1krXRM289SV10K5rIeX8dlEd+'
    'thPW+CLh25Qm6zxx6zwP1iVL9CN1d2BIb2WJOnTUnWOa0DxNMfSMC35Yr+GnRiz4mH9V8HWNFvptJjwVre9l9vflEXplcg5fr/Nk'
    'Z5T35Xp9fey+p00xL/S9K29F2+y04H/eZPoQX6/zdQKieMOJHsuoBd+LY7kxN5bjFDyxiW2jqa5LJ5Ox9Wt0QiaaZz6hzt+DV7O2'
    '+xXyWppvVKHPQvWHuF5OZxHGEjffPQo5UV6HhYzzD2x8JjAzoNmfXA/Gdcx0XgvZl8/mEOz74N1xTFfhWNBV+NCC8FxyfQxZ/hjQ'
    'eVibNdPJwLyYNip0nHkfZN7VRNfEtL9r4NsuTX9pn9aR93KObq715CkqWdAA23edDJ7GFHclFB50uht8b/QZrC2eH+fXevKMUsFu'
    'MWH2XyB9leDT/D1QrSdvKfQ8pv3v0axBvzC3Sx/UnEn8LuR3NZ5+B9Xt5Gv8G4V8Wycjtj3f+mJwLtrpPlvjz/NUxcdR/f+rmiCt'
    'ZLJHbPWaJvqMvazGu+szPVNV8PhazP3DiOY+thf6cFKN1/9i7j8bOjhqby2q8XiSuDOm3VAHEfPSNo8jeoz0zDmGnRHrmd7fe9n3'
    'dXCGvJVjcg+aABqgW4O7e9h9xI8muD9Dmn2M/dkzyf3h83NLrj8niXj6wgS2OizoonYCV6b1I6x1FEgPtRvSVXJ+Oqr9e9POSYBj'
    'xP8LJ6gfQzH9eKfKu0ukcHvvwqCeJdeT7WP5RjV47w+k3vydfVWQlzbVr3Dhl7eR+SjkXN+moIPlWO6r8s+ZHoszusuCLu5R0G4q'
    'OpDTFh+t8un+fsN5UK0jt3czWbOtFuNCumFzlU9zTlWaOa8TXeXj+smmjfN3b1WeDoLMv1+9ly6GdDWk8+vV39dBWgHpEkhPgnQN'
    'pMtZ/tn1XttvVIb3uwuMuepfPFtZGrmaKf6+r8Ttx53zfzpJ7eP4Bys9u7WJ5jNon7h8832Vnp6EzHMI2wfzIG2BdC2D9w5IF0B6'
    'IKTHQ7qQ7Z+TYB+sqPRx11SWC6bJetmcvbw+Li/qi5AfRbUh+/RPFZ5XHBfdsWLz449UeHr1tuf5qGJ/crlVVLufr/B55sngV2Uf'
    'rqnwdEvj5Jc2vOVE0fOnVHj0a/6+j+35/djeng3pHMczb3VEWws1bbU4tjWXtOWCm2i5RZAexb6vhLbeLvdhf6J4/Pz+n+B2UUb7'
    'nXIf79joqqpwoWlZHR/x+fLg/i8Fvf16jFzqmnLPnpLrAdvqO5vSDpeQ+Z/sO9EN5b7vEBdaVHfPkLfrL2LdvN/15d7fUxFny/79'
    'nzJPX4PiqRSk74N0E6RpRxz5TJkPt50TgDceIO1tYevVqaGTehzwC8LPnWU+bigmzWZDo42SPkyGnEP24eyy0uPIrpi1X1Pm+y0a'
    'ZHKClzU6Dk0pL82k1HcV+5f5vqFc8K4prsiQ+SsE315dAP/xv7Phsbr0Ie4seyrr4VwbvGNKJz1A6j6B0V7LGW15imXdf5H17UmK'
    'RQvFwdHreP5nfbukQmTAsq6+Iq1zVwzteFqJ28F9f0R28ux85pB1uYq1/WWN7B37dNdC5teH1BWFl0zk+P+e8fxWTqa+Sxxf+GTG'
    'h48OjY+TDaze9zm0syfj25J1Mdz3uiHO+lzGk1tNlBxEtnl9xtOJLoW8I2/Hl/HhjfuaMr3jx7rOJvMzUXcSR5I2J0JXMq/fTGBp'
    'OIJmi4KlSrKuI5q16rGQ1/N5+VXar39dzH7a6LCf/jHt3YtOJm6R/fjbtAe/lC/BuxIb2bKs66607x/4wmfgHvypoH3zE0946fDX'
    'wF/EXi99+Dmvjk+k9Ximx/DO5Ma077/OxVZXd0ZuS/t3yKWUYci2ziBt8fFvL4L+O52vtenC7YQPSnty9ygd1DhYP8pC/8Jkj42n'
    'fHh0vfd4I+X7vYiDRw4vP08VZjPO5/gHKU+OWIw7FRVcjGnavZeMo1D+Tdb3WUV9rjxSXv+XrBHfwzuF2hcK8qbbSVkb2JdleqGs'
    'rUxeljkvomyUjD1//5fy/V12x8iFUBa5gZQxsVmRZQ5L+f5CTHBXv2a990+5+ZUYZPXUpHxfJ1E0aAMYJNXEzBGO8z9FfF5c81+C'
    'bVaxdRtl3T+Bfsjvb5wO9u49vm9cmb4F/mqfInl/fLaXZi72feDK9IBeL+/fReTl9T6oyHvc1eq8/0ORt+8WdR8+H5GX1/tnJO9b'
    '4P/3fs08fCQiL/cdfA3JKxGATOvPCZdtABzA8952iTpvjyLvCdep815A8vZA3jsG1WM7neS9djucS6erx7ZJkRfXjec9WpEX14Ln'
    'XUXytt/npXseBRgG2m3Jw36cKsz7149B/Kg9at/YrSRvHE1YR/JyurIV6p3zlNqPh6mPBpM4VInNM7OF/SK3pd9lYYjfauyjIW5t'
    'Ej+Q8XE93NepMD+QaUsb4ig/paqYHvMs4AT9eNnA1X4ObTxk2Yapr5A4n9LFLo9rV058BZzDcOgaofZvtFT4/oMwHmit8OPg8rhJ'
    'ssxGVsdGEYzFieXLFeVpuWXCzr+LlHvvX6S+mrZJ7fCzpFwgnlXurLzrpej1qSRzL9fjQFineaQ9rlNL02FhH8sD/U40C99fH/VF'
    'SX0Y71CkUT6MVbGBcGzoY2/BGt+vJo1/izE1aLyps0gejO2FeWQMrjw/JXzfjWdAeo4GrlcJO9/jOr8MdQweZP9RDne6IrXBJ3NI'
    'XQuz4dQFN7n6qOE4pMmyviaSpgEOhmH++oVNvPtMKpWd4ef8Cn4y29FjtdEZ0sLyydR2lD16ix+PUcLTx0S0bxN+lg5F7CEOqyMA'
    'GyZ10z2QiaA7qF+7VSIYs8+kX2WAX2zo2ULioBUDZxXqd8/Ujz/l0bhf2Yyw82WUFX5sIMQpafKd+o3nOKpcg6Pmk/y8PlffiAdD'
    'Wj5uhwddY5tjvYXENqdlO2GdyoFOCPJa6X36obiPx1FUoNFdwuGJ8teUKTEc5+Utt3pp2S4PD1RqcF+DYt81wPdqtidWMJo6ii6c'
    'iDHev3vmjxFleXfsnZwxlk3AGFHm+M63psaYJ2JdsyA7/dGTU2uMSFPQO76dIujfn8eYpPcu3Oe8q8/LCtY/Hc2gki1F0TLIE5vS'
    'PnJM7xeeDwMsg3Gqo2hRlA2sBH6b0xCmNG96CrQTRasW4tOyFdpJk/nUyVSaLM/U+Rp4obEpKHy7wimNVy0SubaS3z3wLHEbqBa1'
    'wTRZ+OLMi8piaS0uy8iQNUF5YZrwkJUAZ8fDXd9coJmv1vA9UTKvJEa5aYzyG4xilKcNYpS3gm4BPWsvTvZdYA12XSoKeSLlSPxO'
    'ooXomGQtZRgo990uwrGw8nc7qXCeIZanOeXLO9D+pIfoo/BvqFOSJXXTco1ED/Ztoc+DNsv/IcJtXAbf/i/51s/69pri27v2qIo6'
    'x+Dbi6RPW5iuD87JM6R8JxtTjuwU30twV4K7EtwVuufT0ZhpWCMVXVHN6ApxWm5tv+D93tGe+709Xi6URpmjov7GItRfpuCpLid3'
    'j3WAl9CXfDaBxQxM1RkKECqWakaHCX0rz9e7FHoaQpjHRsO4awvIu4Vwt9pC3n0Lz1Tybn1bWMcLZeRop4W2X8c43kkm8Dh94LHZ'
    'cl0vY/KI7mRN+Zp2TPaaFhpXS3W+XAZ4oNZh3adUQCPzJ2NHa45nJK2pv4fSP+MOT0PEuk+G3A5hozxGrwphKQXnTwJLalhyva8s'
    'FixFrXOW0bamMBRVZ5rU2Ujohkom05O/vyzHGXEfUsbq2gz0U52FHgq9J6FjorJFShvJdi6KGKMgOpzyY7klTSXr/DDZW+VkbDhf'
    'WN8WKFMJOgPhuFL7tt4Awn1ujn6n5/IL1xug63QR02Wy0WVR6TDa6+NJCmXmKuQB4dLoQG8Z692H9O1gYTpMCDPAFycSm+3NlnfN'
    'F0EdR6Z9W0ZaR8ZAv/SQtMc3Is5Q2ddeIcz8OKnKdougPnBN2vd3UAqdaJU+9Bspc33oV1NePxJeRsnLZEUBT0eB282Wj5HrOZTy'
    'zjqqP7qK6dTZ1nkB2LWbnNkNmjqkDfFaUodq72wV9vHV+0TQ38PSGD6A61C0CXP/BV1sb89OeXr8qjnE/aj6ptMBsa1H9uFNwFMt'
    'gEdUeiC1yZ1+1B1JKeUVVuvfDGt6vfDsxvDevoLoK3WyvTIsfHvEuZp9NSb0/lajYD/vB1j4/q25vyF+ju3U7Km4mGK87rg+HSJ8'
    'H0idQu1PbZiduUOsr+gzYzaZW46HehT6Yt0i7EfIRUZMcaNOt61KIYcylZXfCGkt6SfXf0KfBynFOKmvQ5VenM29+Gxh5oebtqeC'
    'WWpLrlpb7n97lWLdOpku4BKF7VgPS7dB3vnC92kxoJknqk/IbdN2Cr1vU5e5Ve0fhOt7c5XdINS+5LtIP2zaorHBVLDU6WD3UQzY'
    'wDEfHwEbI2y/HqmAjX9jeVZC/0zpA47TBll982B/07wm+K5Ggf9/zcaeJjTBqrTHtNN5eMVxrQem6Fq/12KtjyHzbuIPaSLX/5eO'
    '6z8Ysf735cp+Rpj5z6FnJvez21lk/NAzSTCDZ8eZBH/3aWikEVZmE4GzuHgP8mzazxFeTMeG/VoofL/J9Cxy9dVFbe1U/vQpfM1N'
    'eXaVNF4T3Xs2MNNjOXaad4Dork0mTbLJEE+MCnWMzW5WX7vCPoGe80gD1zG6ZUio/Wv1WNAv3Nd+nQL+eYyaEQWMfDz3sxvmGvmS'
    'Dcw3/kbiQ9/Ud9V7wHfV+QSXnpgN+sDS+QOU5U6Gb3H+tLivzVOy/lmCsLPRIo7jWhYf4LSsv47NIuznMy629ukkvii1wZfvDrfw'
    '3cn76kqHbtT4Am7P2rfnem8vHPmlFiIE4PbInUQnCOnGCqLDinioAeQ0qGf0MrxbTvK/THAD+q+qY+20KXRoaZm5pI1rmV0V2tKi'
    'XRW+mwU6T1SHaoVCX9Bmvs52tPOpIW3kJj377scI+WecbZON/k4j0fFQ9EdE6TDYtlVNBET0DhVtNVx0kHSwX+kI+9Rebq0o3BZf'
    'tUaqdwirpcpP/ewUy79AOfxE3Zlzu0G5V27V3ImeQ/Y8lklbzsl6i/wtTD5vW75Z+L4SWuAcVI1rFcExcedIteM+kO0fzuA4y3Dc'
    'BYRWWsL6eKgI+h4wnQOVDeF6ofclpoNNCidlMPZmEW8PaLuvsb8pMvbFQm3va6I3lRbR9sMZSxxZTvLRvhWKD1NFmDcTmFXtqVWW'
    'MG9rd43rQM8zvDMOnGeowLFUr6NB93MTWxvdfTTnkZAG3FKks8x17VA33NRuuCnmPsbWVtdGp8XEv04ru+urA/w2h9SJ94MUHhcQ'
    '/S56f1iqNoux5uUFrPlm+NagwNGy7GzQHYny95hl93O68jhX1G9SFhTZcY7Rjh3PwesVtjqozzJZe8VUD1CF31YwnZuo8sWADdd9'
    'Vizb+Cxrn9oq2tQbla+OzXkLGXux64+yDasleppHG8rM4+RewyIcz5yvick+X2+59oMxd5lShnSuKDzGRZz80CSeqUn8gdEJmjeT'
    '2ILdQh1jaFBzp40whnq5lOfOV5vaxdROfb4U6Zw+EbTPwnRYQ5dfaaArt0z4dmA7NOkqInPH87KD4bx6cmbOJnIdPANQd2iIyIxQ'
    'v4PLZu5WzOH/B+NJiGo='
)
