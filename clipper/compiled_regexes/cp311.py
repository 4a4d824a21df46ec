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
 ('(?:^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S)', 2, 34, 10300, 206, 1, {}, (None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))|(?:^\\s*to (view|read|continue reading) the (full|rest of the) (story|article))|(?:^\\s*if you('re| are) (seeing this message|already a subscriber))|(?:^\\s*(instant|immediate) (online )?access to)|(?:^\\s*never miss (the latest|a story))|(?:for the latest (stories|news).{0,40}download)|(?:^\\s*download (our|the) .{0,30}app\\b)", 2, 34, 10506, 1924, 25, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)|(?:^\\s*advertising disclosure)|(?:^\\s*this (post|article|page) (contains|may contain) (references to products|affiliate links))|(?:\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b)|(?:participates in the amazon (services llc )?associates? program)|(?:earns? (revenue|commissions?) from qualifying purchases)', 2, 34, 12430, 1126, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 13556, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*(写真|画像|図)\\s*[:：=])|(?:（(写真|画像)[^）]{0,30}）\\s*$)|(?:^\\s*(画像|写真)(を|の)?(拡大|見る))|(?:写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$)|(?:^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/])|(?:画像はイメージです)', 2, 34, 13752, 599, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：])|(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：])|(?:返回.{0,6}[，,]?\\s*查看更多)', 2, 34, 14351, 388, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)|(?:^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2})|(?:^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$)', 2, 34, 14739, 1170, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 15909, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 17306, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 17877, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 18132, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 18361, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$)', 2, 34, 18814, 221, 2, {}, (None, None, None)),
 ('(?:^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$)', 2, 34, 19035, 171, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 19206, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$)|(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 19350, 184, 3, {}, (None, None, None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 19534, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*baca\\s+(juga|selengkapnya)\\s*:)', 2, 34, 20776, 97, 1, {}, (None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 20873, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 21838, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*simak\\s+(breaking\\s+news|berita|informasi))|(?:whatsapp\\s+channel)|(?:ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram))|(?:dapatkan\\s+(update|informasi).{0,40}(berita|notifikasi))', 2, 34, 22291, 539, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 22830, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|written\\ by|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autor|texte|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|：)', 2, 34, 23046, 1057, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 24103, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 24141, 37, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24178, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24265, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24352, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24446, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24531, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24625, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24704, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24804, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24890, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24985, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25100, 107, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25207, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25322, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25424, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25507, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25588, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25687, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25776, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25857, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25955, 137, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26092, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26190, 91, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26281, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26385, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26481, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26570, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26653, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26738, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26832, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26913, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27009, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27109, 135, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27244, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27346, 128, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27474, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27578, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27657, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27736, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27815, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27896, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27977, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28056, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28133, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28216, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28295, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28374, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28453, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28532, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28613, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28694, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 28775, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 28875, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:o seu endereço de (e-mail|email) não será publicado)|(?:seu endereço de (e-mail|email) não será publicado)|(?:campos obrigatórios são marcados)|(?:^\\s*(\\d+|uma?)\\s+(respostas?|comentários?|pensamentos?)\\s+(para|a|em|sobre)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$)|(?:salvar meus dados neste navegador)|(?:salvar meu nome, email e site neste navegador)', 2, 34, 29703, 976, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:tu dirección de correo electrónico no será publicada)|(?:los campos obligatorios están marcados)|(?:^\\s*(\\d+|una?)\\s+(respuestas?|comentarios?|pensamientos?)\\s+(a|en|sobre|para)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$)|(?:guarda mi nombre, correo electrónico y (sitio )?web en este navegador)', 2, 34, 30679, 835, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 31514, 82, 3, {}, (None, None, None, None)),
 ('(?:votre adresse (e-mail|de messagerie|email) ne sera pas publiée)|(?:les champs obligatoires sont indiqués)|(?:^\\s*(\\d+|une?)\\s+(réponses?|commentaires?|réflexions?)\\s+(à|au|sur|pour)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$)|(?:enregistrer mon nom, mon (e-mail|courriel|adresse e-mail) et mon site)', 2, 34, 31596, 880, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 32476, 714, 1, {'name': 1}, (None, 'name')),
 ('(?:подписывайтесь на (наш|нас))|(?:(наш|наш канал).{0,20}(telegram|телеграм))', 2, 34, 33190, 270, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 33460, 100, 1, {}, (None, None)),
 ('(?:구독\\s*하(세요|기))|(?:뉴스레터.{0,20}(신청|구독))|(?:채널.{0,10}(추가|구독))|(?:^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독))', 2, 34, 33560, 284, 4, {}, (None, None, None, None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 33844, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 34886, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 34982, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 35696, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 36739, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 37629, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 38170, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 39214, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 39773, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 39800, 3665, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 43465, 3753, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 47218, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 47439, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 47465, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 48058, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 48298, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 48329, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 48406, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 48447, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 50058, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 51038, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 51265, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 51363, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 51542, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 51623, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 51644, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 51882, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 52136, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 52326, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 52564, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 52592, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 52772, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 52964, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 53170, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 53202, 30, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 53232, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 53548, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 53769, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 54262, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 54586, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 54792, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 54820, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 54840, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 54872, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 55034, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 55050, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 55256, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 55542, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 55738, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 55792, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 55816, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 55840, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 55883, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 56177, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 56195, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 56212, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 56241, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 56365, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 56495, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 56702, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 56972, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 57076, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 57092, 44, 1, {}, (None, None)),
 ('\\W+', 0, 32, 57136, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 57152, 36, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 57188, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 57232, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 57256, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 57357, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 57382, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 58231, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 58339, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 58353, 28, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 58381, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 58500, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 58561, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 58673, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 58800, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 58921, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 59195, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 59329, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59466, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59585, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59613, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59629, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 59893, 3637, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|december|decembre|desember|dezember|dezembro|décembre|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|august|januar|jänner|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|jan|jul|jun|mai|mar|may|mei|mär|nov|oct|okt|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 63530, 2230, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 65760, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 65980, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 66001, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 66059, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 66075, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 66091, 104, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 66195, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 66575, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 66630, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 66744, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 67041, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 67219, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 67276, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 67333, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 67390, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 67447, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 67508, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 67565, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 67605, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 67745, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 67775, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 67876, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 67900, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 68410, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 68434, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 68458, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 68479, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 68887, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 69028, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 69150, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 69171, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 69190, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 69228, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 70073, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 70917, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 71108, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 71354, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 71432, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 71543, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 71585, 83, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 71668, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 71746, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 71803, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 71835, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 71987, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWZaN2lb+9rlu5ACJ0NkhCSTiAQQgINRkFZwqYsAUKnu9NN0htNd0LCFhQUDQqj4ujoG/WBM4KBAdQBtxFQSBzFBbfx'
    'PWeEAZ/G94bRARWFsd+te/6f89//Vp1TVffc7k7nHL5wkntqr7/++ve/TgiRFt4j32PZpzz7vgn+XZv9k4B3ZfbPjOyfiuyfenhX'
    'Zf80ZP9sgjawbB98K8v9GPwk2b9TiSn15JY32S52iyKe9oBv6ZC6SRHet9zPrdk/vbB/XbB/6Xj/JEiLW0VRz7zAr58Kb6De28fc'
    '0wJnUcB5rYV9kuexhpzDRvi7PM+zy7x6V7NzarPPYft+kD+p3MLckkNnFU677IFKwHeDJiz2V+5rHZSvAvhAnC3x7kxZcK8Q9/zU'
    'ryPhqDX7l6VQrwZ+x3rlWO/cbN+f9HB7WZtfvzn75zDNWBGmVGN16asJxvtK9s9/QZ1q0p98/uJdV288Y2M33yzIOemEtnAdr4S1'
    'SjngtcQUxGu7ryoKryWDPlYAfFLYuZFURNhJhMB5vO8H9743sftLwsH9gAtTFviu6PsqNfX2MYc0857d0Wyi6mkt/Cm+q+K7Kr6r'
    '4rtqqt5VTZY4rhZQcusT3vvWfd77t095774HvPf3n/b6+Tapc8N3vffrj3rv/Y9473uf9N6PPevV+SeAMfnbr2/03k9/xHv/6FLv'
    '/fxFXtnPk7I/eZ/33vs+ddnPkrJH7PXHKd9tD3rvu/Z5Zf8HKXvDw957Acw5vS9/jh8kZfm68HbfQ8q2wLy/+KS67A2k7M+hzOtf'
    'UZe9hpS9Dvo+/gfqsltI2fR+771a0+5GUvaxH3rvH3xLvQ7nARzJ33YOe+9T+vP34AxSRm6eqs9TSJkvwhyeezK/r1WkzJee9d41'
    'P8wvsxRgVv624hLvXXe5920h+faZzd77wru8b3PItxaApbLd3rdm8u2hPfnfGsg3PqdK8o2vG6Ubr3Xgk1sImaTE0Ylgnt+2rzqG'
    'z3EfjgEa4tjsn2UK3NMAcr4WGB9tI0PKN0Ab9K5qJOUboH3bdpqiXNNkbiqtQWtq218suwqRXYWsefAtmSyaWUCa/ZNZgv5/lMV7'
    'NBnliza0jA7HVwbgeFsZtSzXwc715Rb07xR/ksDSL3CmfneHqodimXPMx8d8fMzHxzLnWOYcy5zjuyrGWfFdFe/7BMucJSz80pE+'
    'j2XQsQw6lkGXRgbdFMuhD2k5dCzTnHxyZ3o+Gy3PSQZ4gQTAIreFb2bySWpTi7hiwdM+npZjeavi2zd/4n07nXw780Lvfc4F3reT'
    'Fd/u2OR9O558qzrXL1MPZwe/VbNvR8G3RTAP+e6HNTuSfBti3/DMYj08y1gG/11Pzhy2E1TWdZ+aoA6ni5OMp6pie5WypJ3KYLxr'
    'YLzryG+nb/F+W01++0O399tx5DdJB9TDnOtgHXpJnyJgzPVwkOaQdUvDHCjvmwyZexn5N+LbBoLvadlEEfblaYsxNcK45Jmaz9a9'
    '3qJfOY8MnJlGh7q3fk19p7/D8Z6tZvdDhsCQfD+7077dRmjHZm3LI1pbOV7Xta14pnBtcX3PEG7rUEHwrQqPLQ/AY4ss8NgRFnis'
    'CcYvv42SMy7fwyKfnsRvGdgzjgcryRq9M+EGgxm2D4vI+lXBOD4Lbz7uEXh3wtiqSZkeMn8s64Ir7PV6ySkvY8gtqPMTqtazgh+T'
    '+1TC5/QQuFvD2gzDWyj7+ArYd6A+GOWgRxfATfKQfkSAjE9BNO92gawEOesUZ11A8Nku9u0sgncQV3TD/uF9eC28bwYch+0g7Vup'
    'qE/LrCT01Np0ftunpb33u2b7ba9Je/UWkLHtYGO6GmUPZEyb2dymA5ya1h8h940O51drzs9iRx6Yt7M0Qj5oPuz7XMb/oDxhW5v3'
    'vh7eH2orlKf8shvG1aPmA3KyQaj/H/B+CN7n9/h6jmYo+2Xgc5r7gusegPfL8H6A/fshGOu/Aj+Uo983ee9XOn2eo5zI2P4B6v4G'
    '3t9o83/n8/5X+PZEW+G8U8KXpb6d0NM2fc0E+OR9NTO6tJHAbCeU623z6cYmBYwirV6poMdk/Q+25dMv8re3QduXfNR7r2/Lp0EQ'
    'Zi6GcjfB+1KYTz2RRa+Hb5vaguvwc1UP5/IkRhMOkjNM8csw+3cXyokJPpDvneT3FlgfAeufJOtTQ/aQ1u9j4+hh9JYOjvkca6Ge'
    'VAXOQPkqlP86vF9v8/dIvrvwLLE1vJissWzz8OyfWdDmDDgHi0bz28K+9itgUrVPvI8kgSeVzEWu3WkaWcs2kAN/r7NQnovfEtcV'
    'nsN3debXU8khcD+r2H4mGezeAbjnlZvy+6NjufZ80I30FY4FZTQ33qnHCYMJT/7Ny9NxZtg402yc/3Oj9z4R1uU/dxXS9x3sjAxp'
    '8ID87W0J76wgLqH7ciH0ITYVyuDx2567C9eJr4VqnSoV61QugteigvE6unlOt1gvWuYEVobzc7qxNYNsRyj4M5x3GejRXttTuF4P'
    '3+29d+9R3LE9sG471HgRcfy/AM9McRW2kXyf3w9v/3/u8cenwkmNcJ4pDL4Gczlvo6/j4Wu6ajS/jNT18PbxbrgP6JGMJY8j2/3U'
    'Bd67G87mjaB7/PaF9nSSHMu7hRcXwnYsjTAePBtUZiQ2+WcF597I2q5g/FQta7uJ7elDQHu9drdPD/NvV+72ZSATcWamsTmmA+Zo'
    's87T2VrwM9IQcO4qA84dHfsMEX6vIW5ewMazAt4nicLxrEQ9pSgcD35bxfpW8dmq31CuN1PzvQFwhCkfr+Jz+DpkyP2+VaGrS4bE'
    'yDG1h6F0Qy2D4V5Gg42Qf1N6GuVhlD48QOhDEx6wGH0HylJseMBGwrvXwvcZFuvL8du8hBcHygW/JR3X/4KI1/8UwIdh5fsZzush'
    'PAHaKSwxaKePvUcNZCAjbJ4d5Pew/nAdB4SalrSFN9nGvbAPKDOhtOVkOk9lRcpI1rBv8u9rYbyLmUzGhT64AOxtbM9PFGvF9VJB'
    'MJhg/K7J3tq27wKHJvfITZP0HlkSEd7BOxr7Dmuvk41nVCHjONjvpW8kPVngeN5LN0S0n1tLtJ8XHST30xIiS99uUL+LyeYGFeei'
    'RzM+urcm61zM/UnvSG5D8qaAO7Db4Q6k+m4qm0R9dwvra1ADOyMWepqdhD+ps9i/Ds29TfmF7yV8ffsiJl+ayni3PEL6xaaNqOmc'
    'TdkfmhL+nlL520LF+tJ1GlHI1ovZuyA4lmP9XzB3rB9UPuxMDJK9NzkH/MypdA1DCrhxHaOc798KL/goHcMWZuPSanmeaR2TfcX7'
    's0WD+0Y1azMcMj+UUdTDOk5T4H9bula2dT7Abdj+92rGbzsPPgaKT7YR/rORtTvE9uRY9n0Lwz2o2wna42LHyeXgiBOoPHwOkYdT'
    'PHIO2BG40HVVZDzlhMYo5p6ld0CUd6jKDiAq3qgM2qC4WDBdSJdCHyrbfIrQKQOGOJK2h+fuGmjvYdjrsDN8FIFnm7VYReSjVE76'
    'IUJLbNHQqqp54Dl5F5wTXIcweNnG3t0hdZAPqNSs33VQpgP0RbTtQYN5DBn0/zbh+alSPNbB9r5Hcyfr1o7XRR314YRWNbWd6dTM'
    'V1UHeYsZ5A7g91FviM5/lNmNcv44DI/J359n8pCfQ51pnt1aKl2WeeMpz2Qq8O+VmarqTE1tHT71DXUT9DTK/zWVouXcwrw6NpbI'
    '/d9/hNi9W77v9563v/1zufePFq9YcO6SY89/acMFb//i/fcvhs9//tBt948ZPF+++euLEiL92+xfb5ZND87yMYrX11+8fu6/6Mf3'
    'k0fu3O6xqB7ZY/svgr97z+O6ry34r/sLnt98nf5rTIw9nv0j///2MTlPkfvvuex/v839P/t8/eXXoOWxsT8W9FcuonquUvyW69/E'
    'Q8goMpJqDQv966sIHVHL7pQKkZ+/Yimx73aRWS4MsGfJkDv4EXYnz2HymG7yprTriML23RSnHmB48paAfjtK2G8n6Ds53aSi0UcV'
    'dBsvb3Iv6OhxU5qtg9n0r4Q7ja7F8wY0js14tzD6bFjD95rwnS8H6Idc5fJfzTZyRtJN7loZAHc5v4qkvgzSZ5WkzHZNO7LDckUZ'
    '+e1PiXxb5bA1HGZtH3Csj/3/LOHzFWHnzxTGcnLxgHa7i2j3gYSPL7aPI764M6Df4RL2ew3pN6p26Vh1sH9hwsePfQcpfpyXOPhx'
    '/O+yf2ZbjNUE9+tgWPb3Y+BdbNcmqM3HFbwQX6sDAXodiq8eEJ7PK21j0EIHZCofpfPi/Fmfw903qJBlcH67HtZ6zjj2i3LGi8e5'
    'X5yvtDU7UaMj0p0nEzkInd947+VgRPYvNv6M3DYRYelaR73hYSWgEflZXu7Yz8uW/cyIEP9w3aELHeOi1wqSsVYTOXU5yK4pXzdD'
    'A/sdGr1Pv2Y/cQ0WwhxM5XDdlu3TGA5hZVU8hE43qVrnHG0XoA/qM9SZrQlofweRK5vuQQfp30T35zLv88m4bPsLwql0Ti7jOgb0'
    'v67wNR5rF+Y3RM/jl4Vd3EeXnIq6OFLniPC4V+uFeTyyk4R5TLRlwjzG2HxhHj8NZWg2MeKoD4AuRpirPKIZZDFcxjARca9s4lwt'
    'Y2NOCTtfX3o/jaQ9OJrMMcFc18ZlPdqyBZ6Z4uuRMJhTKXBeOgTnbTLAee+wwHlnWeC8dguct0qYx3ZcYoEfjxTm8Rqp/5QuvqIt'
    '7ixzPDOdWQTUkZq4fA3JqRjXpagcH2ZFbO7JD7J618Dfa4BWy8/VfvDEQkmZP2m7+CpjOVAuRXwVFz1yfRH7j7pOCZDriM0cLWcT'
    'g0/C07nkN2rvLB70bT7wntj7OMQ//Jb3bTHBkwJw3qOasjTG6wzAqXu/VOhf/utn4Nu+Qh/KBNwZTzxe6ENJY+W6xLTCNbVZP5v7'
    'Wc4Rg3bb5iwoKodOcgri5CJyFhQ8rXqfIhEhfdYk7OMFBtFoOwxotAELGq3Tgka7xIJGO8eCRjvdgkY70YGHXWJAh821oP1mGtB+'
    'tcI8nncx/gTjFYtaxatXHIS8eqUY/9jUMV0e4R1QVJzqaOlyEz1DSiHX/GvLc/duAuONBFckRXAcClWsibYQHVtYjAgbumrkyujj'
    'V1rFse2xW+cjFfISGtdlEbY7lk8vqOQ5VewcZ4h/Vi4e0lg+329LJyBtQWHwzOyftxRJb3ydxSw7Qvhx4T4H356G9xdIXDuVLkDG'
    'L8O41FQW8jSLb/ZvbcXdg6p4zYeNhescDuWzuf7hiT2bP3r60Dqbb4PzWczZ/Pn3vferD/jySjxT98K37wDt/vMv+LQq0qEjQC+f'
    'jTTw3nx+nJ7R+Zo+x/uMoi9UOdCTtn5lzVA2Kfx8Jg1t+X60DSDPbWzz/93YZicToHvdl/BjgSLbejeLEbb+/d573x35ujPEHfLb'
    'n6/Mr/MgxG4b2lOIH3RxLHks0qcgHt/HN3jvJyFHRWp3oT7xqfPyy36DlW0hZb8LsUKvhvhbv7kF2thcyA99Fsrez8p+6g593MLm'
    'hBeLxcWvMMPWgI/1+xBXcs3OwjXgY+Vl6RqcAzHp5sPe/hZzIW0pXAMsu/cO7z28O79sqc7ZU2D3ivYtORh4L8gThvJh5AV4997u'
    'vS/f4OdhwjjAGMcXcVyjsGuD9o168jkM/oLaUMXIRVkpHR+Pcfs49Ptvf1sYM1U39l/uUc9hJsTEWwP93dqjnluS2EFgrIpcvXPz'
    'z8EHL4O4gtDPtVcCPF3oxwlxPQtV7Cxg/rBjLlDD7HxF2YUXqGGWngU65rCzwMsGnYXqCaILX7C8c2aTcvQe2MjsZs4DnH0FuYuu'
    'cKQ3VDT4RkKbNcHfu2BtakkfrdveYIHbVe5cdQr5C6VzkQbbKvL9gOl40OYI/47+pVcRn5IhofZBvVj4MUt6DGwftwg/jxPaxPGY'
    '0ZtFfkzMU8g4NjM7OiyzCsYRZh+1nY3/aLJGHcI8VgPOo5nYI44Y1lOt/xZRmCsI6YhmsPfkdLZs+9QQmOTxS8sCYPKKIuQsu7M/'
    'rEzY8RobGR1QJ8zjk+D+pRLRxKT5nbCPh/OiKE0cm++K8FgS9Cz2WZTFPr5Izt+WkHneT86IiW9OH7GXlPX/BnBpMXtEfYjeHVF7'
    '6I8+THwFVqe994ksB8YpkAPjnSQHxgoo2w7vNnifAO9V8F6Xzm97VdqnF9AXZn1If0cT+ul0+HbrbO99Gymjq4+51fBOOBniQn/v'
    'PO/bCvLtY0ADH7nD19PodM7zCW86AvqTV0E/8ziUOYzU/8s7vPcZw963aeTbzIvzv9UQ/besV8904rK8iia3vaspHpP697OFPR6j'
    'sqB0BLIYupfXwfunDvpQkzEVs146Wq2a0WouNsA6P+oeQ3pDZUM9wHBxL8OLMh/OaUKd22JEYx++mb3H08fOxv/OhEZBXu9wttaj'
    'mva6ND5mpus9h+DA7cIunpBLf6420VHEiNPRZfTcVBG52pAjLxkGF+WG92ePUPvYjjLa+0jQR9Bvmw1gk8ZrNMkbFbSPOD6VP7zK'
    'nwvzDJZraB6ax4P7Ze7Q0Ok07mJduReTitNeqjxXqrXhOC8o/hmVM67VyBkPt8AjxcCCpDEWGMxvvOAE84uZ4uHNbK+vE3rZ590Z'
    'j0dGHuZQOnPlAXA3HjCf4/kzbjiS+1SF+XzxGJo0BucSxf03GWCfrtN8sKNSxSPbHuJzNqD5vVMEx8GldI0qdmFO5l3mxbFzlZea'
    'rLMqzu2QUPtgjijWq5R7pIqxofK1rmawV0PoY1O8xmM9Dwm1/3CX0PsVoz0eyjyu0dCGJvIIHsOU3reqeJCqnEh0/baK4FiSA5Zj'
    'DNtzlB1Mz8Lw9xxxEI2f5zoWCheYH2qmI+1PYblPFPpINwn7GKbDbJ+nCT/Wqk18BB0uqTfktUzXsMGQdpynwInbhTquZ5CMrEOo'
    '8xja4IfGSXr3hMU+enPa859xwf9NbJ9UsZJ19F8Q3HZo7gSeTwvXuxnOBh3bdM1daIIX+y1wpyrONebMQn+SuWxsM4V5rN4eYZeP'
    'F+dIx9Is/HjBOtqh2Djcn095+MUFB1PdE+aCo7Y9RzNZNsc5tA1+93A5OIWhWWydDiN1THUh2xiOVt2h2wNo+MMDcAwd22yRn3O1'
    'V0MrU766QdjHtVWt0xHw25rsHn+nyHuWz2sO05Ga6P26mQxgDVmXIB4C48Mca3D3mdJ0o5q7Imgcpm33KPbiSA289CrG0QjvcoWe'
    'iZ+PPuirVahjNpngbjquQdJf2Hj5HOeyOcwTfszzYmmflhLRZnT88+G3geyP33A4Lyb6a7qmOxW4r1H4uRgrGR7VxcZR8ZhBsXEW'
    'sn06Cvo7Q9jFWbE5DzpYKpbupLrKqOT9XL+9FnBVsbKPyS7roDByNPz2uWy9dzrSmYtCxlIu8uP629KZnLc5TPixm/oVsGGKx03i'
    'fS1mdOxhbO5LNHeUrb0BPafHlJgeDOKZFie8sbvQEFyeGRYztb8IvGDKqy4F+JttcB+Hxf4ygVvVHWaKB8LuRgqXx8JvXyPlVHy4'
    'KS0Sxdzpui+DdXedtwmNGcbzNBG61VbWztd7OZPlL2KyfFVOE44P6HdO954F9n4u566YvumetTF5gU7GSHkoE3pxBelHl79Cl+/b'
    'JK9zJdEH9xShDz6YaFieMzVqXsn0/uA0Rp9GD/ynlGd/WoweqivgXjGZqynN2x8gW6Xw+M2Uh4eL4R90+XP4XprmglPlm6Jj/uvs'
    'mC+dxPvgymt0Fbn3nQr4NaXbOQ92SnaNpyUmh76D27gPWcyP6vpKgc9ozNehEN6M25HQOaL9xhGGOpMOQzgLow+oLIbb0e60wM82'
    'YwqKR0ztxE/S4IMtIjgP1YAlnxEmG1XllBxkeGRUYfsdtvYngj+DKq/kFkPdkgt/yOllU3y1zZLeLIffjsn++E8Eh3N5POVN6xlN'
    'U2EAm9S3jPtY6eTXFBYprcNhqdNChhQkg69m8+Q+czUKXgv136jjaWF1TPxg+jWyIK6/qSfr16A57/0iPx9tqXhf23zYc0FmrbN3'
    'MJWlueTi5vpZSqf0Z+t9VXM32N49YWWGHPleG/tlGz68QwN/uxTrSM9Fm0L/a0rzDlvod1zuBp73vZOdoWlM5jWReZFbGI4J6i9h'
    'eNfpcsSjjYy08foHA5zrOjbUuZcTme1wiLxOxReG5e/on0T4zXatOE6awfZ2i2Zv+1m5Ymy+tpA72pUXGtLwJ50K+0YT/GBKt3C5'
    'TILIZdYXKZdBOvc+4eejLoMxPrvA91OtJHcwxTOLFb4UHHaHmL7ORA7Zw9Z0RCOzaiQwtgt0psif0T7ug7ecE+V3bP2Z0iH+TBgT'
    '8R0lXgsXv3Nul8/3vkGx99UGe8/5pqYSravuPCTJebizyPOg80OsE3r/RbqWL7+jOF+fomO8Tq0HlxFOrdOTDisg9+vJhKdbwXhR'
    'qnhdHCYqA2BCFa8rQ+TzuVjxYz4tIf/u4gP54YRnd+AC8zz2P59DZcDc+ZlvFvnxIJDvoPE2Pgix3Qba8vnxJubXgH0+DzFUjr60'
    'cDx7II7Knja9jf85CS/OMh8/HQttxwZnVbMzmyGwg7hSCPt4qpUKX4NcvJnzfZ7dBb+qyrn4Bqt8Ef+mx74N3fpVjvl3i+3Y6LmQ'
    'cQwedTgXpdpb6jtRLD6ptYSpaoWMhsatkrG8qLwlvquKuKt2h9832me32V3VTHgoCifyPQh47V54P8/iaj4G7x54X9pmFvdIwuUF'
    'RdJWKG+8cBPEO4OYUedATKuBmxWx1q6CeBPb1WVpfKmrNgSXpfZ+L20PHkMx9FtQfKml2UIfE24xC3lc0aTmHneNK0pzzcQxf/V0'
    'TKniipYL+7iimGeM3n0fAnmHy1nlNFh5r/e+6Xqv7ZPJt1lbvXfXDd6348m3DJyr6+HbsYpvV37U+3YU4TGvhTtx2d3e+5k9fsxh'
    'LPNz+Db6IWjnfYX5l3g7F28s5Gd5O1iG05JRnf1jwQYxF+v2Tog1+I58250Msd0JokVqgBZZ6ngmfgnxCKuBHn5lC4z3UvP74LKI'
    '6Ss8Vxsd6SvOw/N4QbPIt7sgXtB3HvPpHoQLGddWvj8KOSTW/bgQj34CctN89DvR3RfrCOwgzKyEXIC4Piq+lM+zMmCexeRRXufA'
    'J6D9xXTAeQmC/1zo+pdSHo7m85bv2ZCj4/d77ecl2/5pyvPlpfHh0iFrvTxgrRcZwBTNLxc0n3qiZ1DBH6VtboBx/L9H1blPXPPL'
    'RQEDrjEtKQz0Z/fpRxayQ5obpJKdvWJokFK1q+Kxlzng+OWWexXnjwvOH5eYQvnj6Hn6WFKmNozP06GcY7clu4DrEt4adsH6pR1k'
    'OhOfXygVfX6h9hIqHwKeBkva2hbnY7wOmrsO48PpcteVQT3MR0BznKGe7ibhxzajvgc0V53KvhDLDJAy3Qpbonr4vU4UxqcKiy94'
    'cYBd3ajQx3wK09WfRuxsbH1iUGaD9OQcx3Zc7UJobAGVX+2AUMdvGmIypGbg023xEKWvOc1bSWCpi/hG0H5d86z/b+HFXFXdD0sc'
    '6K29QHc3QG6/F79kV7/+q27+SZtt5WEP+jFyXdbt/cLNP0P2+chCN13TdPhTJQrzbSZDcBbGk7+StHcYlJdtfIrIXCg//uIj+Xdr'
    'MXl6ON/YFMA3Vhvwja65QFx4uBr4+3RYH5onBGUWVRpY0cmR0qIwn8KfEnbjuprRiAc33RItEfTGwrjmKw9LWB5xPnOVnghz5rwG'
    'uVBm3uy9/+pOD7YGqezkjvyyv74R6CEo20XOG7Y7E3Q9V9Bzeodfvx7suN6IEc7630C+8f7OJN/mggz9Txt9WoF/q73cj+mC3z69'
    'EXLO9nrfjiPfDrBvS6nu+Nz8+S1UfMP5zVH0N7e3MBf3AfaN5uL+AejSTrigUP74Anz779uLl5MWc76nmKo5xfTFDW5nPFmULrqY'
    '2NNU59HCdB4xXg/B6962tUa+5wafi5ExjGRHf298xx/SdzzXXXWDHvKugcL76N0b8r/R++jUXfnf6H30Z9D9phV2g/jt7e8uTh8W'
    '30eK+0iU8D4S8X0U30fR3kffz/7w3fg+OqTvI54L9z3dkAd5l/p+Wk/KYi5RrMPLnkTKPgRlXrtbXXYZKXt7P9hyXqUuOz9gvPzO'
    'bAkYLy9bqxjvlbvVZV1tCOJ7M743Y1x5cN+bYXnZqUz3vyzv144g/wKjKyQp4oc+j9Pz3x4lTITu16F9xhMEp7vRQ4lE5PQOt5EV'
    'oF9a9Fghr/zbp/wyxchuVXw/2g1IvRjvd+QR326xGB49hk8j+Gx3voOSyUjh04lGSE5Z4jAVgQmR4mm3og1RX3WqcPPhqRH63JM2'
    'OuvXwS7kw09b+h4RXFJKWiemcSbyaS8pjaPzV2loK95fJWfjsT2/XfRdkv5J9L5V3aNUrsD1wJSH53rgso9AvT2FcveHQUaxe0+h'
    '3J3KG7jc/TPgr3/hXYV3+opLvHfd5cXf6br9aGzz/Qpc7h6d71ZQvJHHxOTyMUf6jucuny8Kc5fTPee50eme89zodM/Xd3nvazYV'
    '7vkR3fnf4pgoB5ef+dHCz3VCY6JQeEW4kTDCz3Mp4p2E+SW6nMVYTjU17cjKyJ2Fsntd7I115NuDDKedQL795ELvfV5Pof/ft68G'
    'umCzb0vN7cOe/ogfHxRtPFHGfg7cX2dtLpTd035z93Zb/txqFToBLBMUuyfGw0Xj4QVF4OHQulHJ5qfHsvkpL5vX0akudyL3h1ik'
    'wK/oo4N+CNxH5zoR7uszSMpgTskB1s4WofcHwjwvVyj64uO5SJjFp+5i9d4ifF8j/GYSS3210PtBrSDjpXGXaT4Y+fdS+CqpcmSq'
    '4k7yfNwdQn1/SF5hCaHDkE4spa8y+iRgOfRl0/lg0lgpKvheHNGZKyvBmWsBHE19MCpEof9nMfFAljvSWJVCHesb4fxcYZZPludx'
    'bSdnbpswy+WQi5cBvK4q30ufsIu7TmP/uuS5QrqMntPtIj/GOMZjOl7oabNSwSqVY7j4c6nGtpH8vRF0S8/tVZe9oggdtKw7Q6FL'
    'soF59DV85au+z8ZSxbdi9GtpaOeinxTKTi76sh+vg8tOLvmxPzddvGMZ1/cw4eaHR+eXk6s/ovazD+K5MwR+LnaEnyhjU8p5fJ7F'
    'vXsZ3vvb3PQXUY3rD+e6wflG4ce7CZobjf1XDbEAv3yuH2+Vxjp94b0+P3y6QduquKQou5ZxVBEmmzQy6rs3+zbbBf6NW/J536/e'
    'qZYPq2LxXNqWHwOWtrsbvm0ja6OyWwuC72oC32cWAd+mcJQQ4T6/24Q+L4Autxq/XzkuxnquuPiObIGPi8J8f5yGtMnbakOn9orw'
    'nM08nwTmBjlWFOYEMclxROvy/G2m+cNNcgTQMe8wGNuwKMxBqco5E5R/pFdDA+ny0v1BFOaJCoLFPsexyD39XSo/3xkdhypPq4qP'
    'GS5iHHxP+Fz7Avo0yVdrekb4/vYb1KX7iTEOVHnAeX6UbcIsbyznZeV+3Zbdr03CPHd0t+O5oGPYXOQa6/KS6eB/hwbeOQzw89Rh'
    'uL6m+bS62doflV37c4RbvkSXe8YWRrpFYb6lYvaN71ev5Zjkmv0se2lcH7Lfw0Kf46hU82kG3p/b1FFZUFheMZqzCGUhst1prN20'
    'KMwVyfMlqfKrY+4P27xdXQHrFxXNw8vJvb4yu4CvC7c4uRjfo9aCzsPclnWWNBHPue1CS+nihSSEeUzgFg1cdLH1HmD71q2hOQdE'
    'fnyWGZp2RhieHdTITfn+niX8nFwubWI8htnjRHvzPErDQp23bJtwyw2oWiNdrGMTuKgi/BjNozcq8mPcqHIUVivk9aOEplLlqjQd'
    'm0oXJtvbnPBwou15pzFv8BuVtbaQ8otEYYycpSI/rq8upiHmiDDNqdwbwm+o4GEzgR3bXBI4B5tY6k0MZuqEOk6jLn89zUtBec7/'
    'zP75D8X5s8GLqrtmQKhzRfLyS9ndzPOgNhQ5NnqvNhJ+uli+tRlsD+hYm8aRn6U5KVUy4aUKXn00gPdRrf30CNd+Bln78eAzXGin'
    'qHgqVc7FzUKdm3GHsMuBGiRnq3LUmdHxdTDc2GF5l6HcCvMzb2Ww18N0oPMM6HuVXIDTCD0KHRfVXWG5nSE6WFscHpXeku7BTos1'
    'P7rAlih5SD/U9qMU8aVxTzvZ3lxpYc+VnOIGXbmFvaooR4RAyx5ukyDvrmeZ3YSIz1B8huIzZHyGqO5RnqffJfw7S5Uja5blXbnU'
    'ojzafB1hqdPrUNC3pvVln4c7zOsoy3lxvWmMe2LcE9/fhfd3Jr6/4zMUnyGr+5vmgKY2uqYyxnqFvoLe3ShXXMvkipVMrsh54gpR'
    'GM/mPIuxhckGegP0VFQGJYg8mcqNwvSbYfapzQHy+Qaip9puaL+rkktk4Gzl8nZlf9iWcIsb0lTkemL87FqN/qdbp0NnslcXmSvm'
    'bmtisp1hC7nkiFDbxeX2MJGfFzZdQp+uQwH/kZulweWqSRvcQbZ65ijgf6cD/PdFBP+XRQT/Z4L+gNpecdlvN5NLDrL3NmhrFfGv'
    'GbGwsRsJ8L3BnI5HWNiYqfTlprL9AY1+n9pjROlnXUNsYv/GQZdajL6kX6EHd5HxL9foNrot7bK4HN+G53fxJ1lDdFubQ/y+guC2'
    'g9xtCyzmqLOv1OEDm/3V+Thcn/BylVNc1auwvzL16xkib5v96tT0PaDZT8R7Z2Ub+KzBGm8ThX59QXVs4D5JbOZVuqZ+g72ZGTHs'
    'qeK/lBEbiqQojNF7FNOZcbzeo9C1lfpMHkvsoqKGz3qg+adp7huuU+zR2Cf2C73vwz3ZP5/W2HENaewctynOgA08Ik1TLwrz96nG'
    'McLomMmMt8pDYBlt6aI8S5hXns550MJGbIsFfopyrSqFfY6wwyzl3JkLvPfnwBeq7YLgWE9yPP8IZ6sYv79t4PP0vU7fXoB/S1zn'
    'y+8r2Tdxrv9vni/uXZ35bVO/J/yG9d/VqbcXUMWGUPlv0TWsB10D9lcN8Ui+DfFJKi4u9HM8C+a0pqfQzxG/bdoafi9UkXFSWvVt'
    'wBe4wgXeMRQuXr7FhxeKM2kfVUIf21CVA/DGS/214vumW0fXPH8mtDz1/y0jtHw9zK1ChPuEyrqnKfg6ioOoH7aJfbqKJu9kd4WJ'
    'TVefIQ9mOqYhofZV/7uUj39Nbc1UNlbdFrif3/E9Gl8VLte7noy1x8I+TGVzaupbsTnE5lI31vNSnj5V/rYmnd/fKWnv/c7Zfn8y'
    'CiR9r2J1ToM67yJ1TjVodx0rczyUuYWUWZXOL4sy6NOh7K2zvfdts/0z1JLSw/tQgF26DU+qgrOd0P+rSS+uq/ytjc1xJYx792z/'
    'jITNyWR/VHaOfF9M+qJjNil7NuzP6rQ39y8l/TgRNvBvQ58NavDHIMMfH0n6OZ+3aez2Ryz63yzUMWJ4v9clfV8DrPNcSPuqc/sc'
    '+/2eOYV5o2V/lyc9eTWn8YPwPucFfgXvF8icZNtvJnPZ4bBXIyE4ip+dxUmPFrW531T9dIX0U0/6CVubTvIOm/fLDNf+PuHzmTa4'
    'SCX//HfQ8ZiuBW93Z8ia/HOikOdW+fya3uu8/UcSvly4Q3OWehX9hskKPmHQ7qClbFy2++6Ex0PQveJ2xqMR0EKyL6m/a9T0tUOj'
    'f+D86mWkDQ5D1wm1ryzfo7cmCmX3zxP4p3V7DNZS4qycjjDhyyV0e8RjcCHcLzCo26vBxTMSvm6mwxB/VyQK9TmqdaSyk9eEf9eM'
    '150v+/1Xcu+b3NdIT61JF08ryP6/Rmz7BzXyM7ynHiFlg9ZVlv174cfdxFgm6yHmyKY2Pw5L7vwTnbrpfSvrfUDo42whLNymKMPh'
    '5QZSRkdzX0t40j9C3Oe3XA8xw3d7ZbaSMjS2Cy3TQcocdpf3/oc9ENvoIq/MJaSMgBhOr3wT4vbv83NsY5m/2gdr8wTkItvnx+cr'
    '1+CJUwn/ffmG/DGuFvq4rivIN7oO8tsS8u2hrvw4rPPJN75us8m3i2/N/zaDfGt5X/63Otrfnvxvqji3SUudHMojg+KSq2Ki62QD'
    'dEyyfJAMIkHk+64yiBZoMwEyo1qYN/pr1hNfw9y5VMhJVOMqVjZC4/bh+leALkWej13wd4kDxgzGVBHBmGzvNRsYmuUAQzZ2zkFw'
    'RX0nykh7SWYnPlFrq7r3D5W1rZyAtQ2iYw+VdS8v8brHsFzaNTXh/w6VdU9HtO4qX9WpvnY1Ea9dqWSEh8p+lI3zfsRwbreuUcqm'
    'D5W1b4xo7Sez/vRQ2cvaEu3leOrV4nNnt1eT2RYgPnd2ezleOuRDZV8yEe1LkN4hpn3t1lKlB4llEG5rWApdcbwXxe2FiS49xhlu'
    'a3wo3mHVJVjDKG2dDpV9aI54Hw4lW+v4rNrBSKnsBQ+Vfagq0T7Y2FMeKmtdNwFrHYUdfXwWzPenFPbAMZ9hdz5c7G1jOU90axzb'
    'nkS3ltzHP8YBdmtarL18LH+wW/dDWbcRFS0dtb9PbBvhtv6l8q2L+R27/TiU/HZj2mlywsahsi/1Ee3LVItlEJ9LOxnIePs/xjbi'
    '5vvD/QTjtbNbO+pHGa+d3dpRP9OYt3Zfu0Pt7Ea1hipf7vgM260h9Qc/VNYuFdHaHUprlolozYJiTsRn124tD8W7I6q1o/Es4rWz'
    'Wzsa7yNeO8v7dk9M77munSouT7yGdmuoilsUr6HdGqriOh2KtPNisoayr2mf92HMdD2C5lWlKBfWHo0jLfPlHKcZW4bUydGj++z6'
    'UcVQvw3gYuFjhTHFKczwmOKffQjee/V5RXTxqGgcoGuEW14IlY/XSIiNpy5HHa7JNKHOO9Iv1DkhuhQ6V4x5Npu1tVmo/QUHhLlf'
    '57CmP9nXYSLYT9vEd6BPs66q/Ee4x08lPZ0yjWmP8RK3avZnl8iP74e5dYPya4TZkobF1OQx72nuP4yN1qSYf9ga8jVaKfy8EyNF'
    '7AW2N2ecYUmVv+TspJf/AvMMUpvfPuLHEDRHrKvLiaDzwzLNmcFzAh2Zbbg6YZ87S/qOLGE4k+dSMYFrhC+el7DXco9oOzxPAebj'
    'fjMbL+Y/mSsKfZVd4JDus6nPixzvEcKPmVuKc61bG8w52ggwVw57qoL7niL6t/X3Djt7MyK8g+h6VAOcrGBwUsNshEZFYY50+n2H'
    'sI8Bwufsilsb4V6xybWnopnmKmiu6dkfzhb2uIKuyYsiP15DX4A9VjH5+bo17ajK9gbAG93XXWz/ezQw2APrtR/g0WW9NjvatAX5'
    '0k2WM1zK/bVth8YPkXu2Mfvn0klwjuk+9hv2r6Id5oj8PEVVgCNoHF8XOoXmDNLRXBy/1lvwO+8WhfF1TNdvlK1ftwJfB8Hor4Q6'
    'tk+X0OfExt+R3pDfjxXuOWqbyN641Oc8CJ0HrsMLRazxMLHbV/nKjjJ46LM4ix1svRGW1mcZkndOYjhITnI4SE0ROHgyWeg33MHW'
    'yMX3fFAU5uING2uPUOeHfNmiDdMxhu3JCxp47dfwjUHrHIb7O5IyPbs9bUPlCLUWMkKUudUxuOpX0K84p4SGV3fJD7pYgSPC9sMl'
    'PkWHQn4cVBfneAHUp/s6qOGJeAyu5y1h1WV8S8j4VLF+THPShs3FdXy63IYmMIJyhGqhjxdBc860AhzS3w4Xft4ImtueykXC1kiF'
    'v2i+Fc77m85RlVdStndV9uOdDvxNLcx1Bvkm57KUtFND6CpaHsuhLkU1xhoyT5RrzBZmeexNeQndnVgv/LywLnEn6f5vV9AzKpmF'
    'Ta7RNZYyviaFLESFo3U8B5VHUFnCD4DPMj33fWxNOhSyPxV+GLW4/7sc70MVTWUry1a10aGBg56Acebl1IO647HGqvGr7h96flsV'
    '+M6GvuVtRCEPCNuTybCvOv6Z+oTcysYyqoD1sLXQxWKyjdETxjupaJZhzRgGNbDTpxkrj7H8soUOqFPT58BBwi8hbSHziw476idK'
    'zWOZzE/HYw2K6Hks2zP+fIDMLmqe64zsPlY58lwiQp5rwJLnSljS06gfP6YInmvUYS9dea9Li+C9OsaB95L6rOUR8V6mcv9S8GUp'
    'SziiudwoPjxKwWuhPvDIiHitWgt+0FU+oePL1mU/vn+S82UZpn/osrjncI0XZP/ME6WJ77/ZkMYJkh2MBz9W4cCPVSr4sYc887m8'
    '+3ZUA7e6nCRh+MGER1CdJxXPcDDRizRmXDPALN3Dqgh4FpO7g+oqqomtzQ5RmBdBpzdxpZPGmxdKApw3wx9qo4s5XJEnQjukTqbX'
    'bBB+vMV+Upb220ToK2rnewzR/VA6COkbiuOTmjOcIPdeM9QJstlYw+4+7CNp0EcZzCXIN+wxoY4dNaI5s62aPTSl50x4Kq6HLSd2'
    'hd0R6N/aAfcE8a79Ec2nQxTmP7Gxt+A2dN2itPpjU5mLiv/tEPoYy7ZxmV145gNs3R5J+vY9pjYbqvuoN4BXnige2UbOE4UeUpXr'
    'xdQWa8CCHryG7f8BAx56dXaf/yDceOjkOPDQ3RHzPvPYHh8Q6ljEA4Zn2FU3uSSEPzbhk23g2GWci4A3VK3XFg3deJ0h7UX3vBge'
    '2FV/jTzwc9DmPMIDdzD90uEAr2HwMMpoMRXPO6gp66pv1fG8p2c/3jzJeV7UE9dZ4DikN+U4ZmruzgPCLX9dkE54PHjXKgfetVrB'
    'u34j++cJDf4opQ2szgeB4rNBDe+k4n9VfG5QO6iPjZrmPZPorzsDzrGtLTC235b9s2wceYOo1oWelVoNjzxisX9R6SmD+GAeD0W2'
    'cx+xycF74dkF3m8LCe9LZdoNYAPF/eg4fAwRmYetDV2vBjfZ4JgWxuvzOTco5lxtMGfK79uM50TGs1dC2XQAP94MY+D1TO6yDIHz'
    'nG9sq90amo6xycHHROcTjThvmcOcKd/fAO3WwP2cqy8rXSjwaRCKpx5gbwsZh6x2lfDP4uUw/1Su4+Qh/dC1+4uHWhTPG8V2C4eH'
    '077yTFwPv58c7/eU3+9pCt1xGC4oZ3wI1nkDSQTAw+sMHspieJgU8PAR4fvncjs1bgPmSmuEyYxGCb45/ive+9ePeN8GyLczh733'
    'm3q8b7KvWQFjN/HZ61SMl9J95xKaZURBq9vaPg5byA1N1u4o0KmrxudiX2lqv0RjpVBeUUcnVwPtK+vsFWYxrMNiV59K4sWHxcs+'
    'KyQ+OsZQl++T0naxm8P6Pjudv8br0n5/Kj83+r0AN8LaBmKE+BHJhFm5CsVvNK6IXPvLRL7/Gd0f+T4z7cF1Cuo0El4I93wNq8Pb'
    'ODmtl0mr4lRQGfQ0ERxHhet8hxU6FMp32sYtPzmd/+/jWDx7nOPatD62RxB/PQ3meTiMae413vuBbnUsoX//gPeuvLMwXlD5e733'
    'f9+ujyXzJsKvYqxDjBO+eKtXRsrmVk/gvam702z1hNwuoMtC3rEQ2u97wHs/9Xk7+eYlP1bv32qIDfbhpwtjcrU9qN+335ExjTzi'
    've990ntXPAb1fxB8ppJsLM9B/Qe+UwhLdN6qsyt/+w7QV7k4Wd/x3g0P54+hSnOusZ8PPwOE9V67MeDZ+hzIZ1xk9/zuCScs41so'
    '/2lP03+ElQ6SzWeYbuTy7/owYHPuODzNIW1yGHVt0xRGy0PwDY0dOkPBI9iMMb3fe+/d5/X5x5Qn98Dfcvjhq977//3Qru0KiA35'
    '+Le8tp9LeXZfuTXZnx/H7o4H7GMftsA9Q/Wa+Txz+JNMTN1HSRhHgorSBTzz1dkFP95Qv2EDQ5f+2Ht/8cng+4Hflxz26NkbAZi7'
    '72n9vbkqO5+PKeTp9D5Eemjv43CWn/JhuB7WAHU21+3z71r5PvHh/Lt09Vd8P85qUfiN91NP5E7ytxn7fVogd673eu/3wvqt/Yr6'
    'Pm6y3I/ffcF7X/GYXb3bAYes/kk08vugmKYm7VYRSK4FuJoJuPqen7q1WS38mLA4VtRhULtMhLFPJD2+X0XfzP6qv3+y7Hzy7bEf'
    'eu8ffMvnUWoV9eT7UU2d+oA671+hrqOzCTHZ/+v22dFYXbBuaUM8PoWReqoA6bqLOL2nNQChax65/79NeDgNaf/cvQ18yXpL2ugV'
    'B3wgy78Z+r11Xz6u/Va2wGlIW0Bs3st/5EYLXTRJcFS18P1rTfDJ7QmfdvvuQru5/x7uiwZ4PwZ32VUQe/iabMFBBz9Alc34Wsu1'
    'aAb6l9uYURrjPnhL/Tqlo231xdcAnpsO7ffBepcdZDqYlPmTttHBtLeXTgcz5vDUK3Q4Nnr8CnZmj4J3ZszNRg15ErQpjPV4Cj1e'
    'CWGI4pllIj8eS2WAPXA90H+1Qu1XhbZj25hNaSWxad0WYG9aXSTOPEW4x603kVtOg34+s8/u3rgN7szvwD1xRhFt7f+SfwfJto4X'
    '/n32ONALP4O7/aov2bWNfJH4Vn7843LCbz0B/NWXnsyf231fztfxo5xWvm98VF02Segm3frT/BGXo13Ss/ZyECo/ad2Xzw/j+t1g'
    'uV5yHvKdgHmtBXrrctjnpWSfJRNj0/Z6oC32gz57Fhmna1s/e8RvU75ffETP2/cmPX1GMevd8MN8eRs/r5fss6dxZijkDLk1f8aH'
    'MZu7Dfl7Fd3cDnTzwqSn57Cl62QbJ7fazW8aG19a2OeMoX6D9FxL2UiQDiPD+Gu67xgfDeU5q2GtntubLydqJvJWlLdIPsZmzWbv'
    '9+ltndz38YRnAyrLDX0+X2aFuhrT/r74A5+nQTztcs52f817vw7j/uuEr1e6a5+Pm63k408DDoUzfPmP7eo/tDd/TMNkTK9+1Zed'
    'ufClCFe2eBPx8GcArs5J+Lquk4BXvuSJQpxq08etsBeXwH15O5GRqnDg0oSHY7neIQdXP3bk25k+chpZe8o70rNp2geVO9nUo/pN'
    'OaaXhJezpxh4eOEL7vBA/W8Q7/z8SV/vweXSnJbifjK5uErEznoE9v1Pljof1f64wOFvn8o/h4u/oIa/O0CXT2nxRqH22dohguMj'
    'oy7+SKDhuI90Mf4NPUKd76grhJ4P8x+jfrU7LesVk4NDF7cKx4G+F/Md73+uw7OloaR8Ds+ESYz2MoAfKmej8rBlCht9m5gHlG+k'
    '89D51xUTW8GlH64jWIH3iijEJSuRPhJqvxbT+AxlxB4syHfkMyl7+Usz8N7UlrqM+GfUwxksI+tVDzbS+NsNws+hwH1L0afnIlHo'
    'i7qBlB9lcoAzhR/PoENjCxoWM0C2cwLMF/sNK7+EjOm4dP6c5xPes73Oex8N74XwXlmX77ep4kuWWu4RypmL8UfqUMhuKRwveNqX'
    'v8t+3qr49s2fgM8ttX2+0Hufc4H37WTFtzs2+bIE/FZ1rl+mHuaH36rZt6MUcNVP7qBydo/hN5TfUxhaJvL9LpcJtQ9zUFnXuE9N'
    'hB6xwVU2sk96ftfAeNeR307f4ufgw9/+0O39dhz5De+DZcL3W+4lfQbhIuTl5oh8P5sWS/xXRv5N5cPLFGUTws13EOkhG5yM+aLm'
    's3WvtzzTmQvy7XJt+Q+OD+SY3uEggzfRnz270022X2O5trURra0cr+vaVjxTuLa4vmc46jjqCL5V4bHlAXhskQUeO8ICjzURefyo'
    'KMyJxWXrvcLPJaTK8YNr9M6EGwzye3IRWT/Mu/pZpkcYZTQ2j+VFeYp+UZyfca21bdtUtmwD27ZF0diwBdmd2uYcTobQydND4G4N'
    'azMMbzUBPH0FeEOqf0yL2I9wovwIeX40jEmE+GwX+3aWKMy5ZOK7sEv4tG+lUMc1wjIrCT211sBHa03aj3naINS5n3VxTOncaHw4'
    'k/o0/pIO5zdqzs9ikR8rQOVzV6wswYSW4DroYmQEPLaiSf0yzfosC6BvdfM3lVfFvF7M68W8XszrxbxezOvFvF7M68W8Xszrxbxe'
    'zOuNB6+ny0tWBjiaxl2dCXzAcsUZK4e7zfScU98xbNNG74z7eZJFHSsaoyd63GbT/y+78/ezjNCAJvtho2f8vxrachGuxZi/Nz+D'
    'ciko+yPot0lE/SRg8qn0G8aJIje4crRtqAxroiroYzX5ew1Z2TrfNaJBCBqQrOgZcR/ihgZ94VarpiuMcbGjH3MrZeQCnwa7ERs9'
    'SR9AbZ9kwbXj8DQ4TzRhuUb8DKI9a+WYvQ1B1HipVnC/rnF4kqnJSl6njYlkp6fdhAoP7dsWVsJo6Wa4e13uNClPCcpbo6M5lmnu'
    'uGJs1ZYXKV9ezmzLjhhHGzPqh25Th/uhh8myl8e2arGtWmyrFusvYv1FrL+I9Rex/iLWX8T6i1h/EesvYv1FrL+YxLZqVJ5QQ3Br'
    'BeNv1wTYrGHuN6qnaAO+Xkeb8lgXKxX1jyNleYyFRoIHaJ1VAX3yfJMmtEJa5Odz7xB2OaLRj71aUZ/6lWLZOxJ2sEVhQ9a/gdTv'
    'dBhrH6nf7VD/cjZ+2/pnJ4o792sT4fTIcYlwemRJwscN2yzGP5vU22pRr46MqVfkx/rBMmUJs/yVPazeHwme67QYk8y/OE0U7xss'
    '2/oJGUO/Qb1tUG8/qWeKa2W9L1vWw3HuJfVs4PZvyX2jO9t3k7aHLNp+D2l7SNP2TaIw9hQvM2q5B1ivR3GX8ravJG1vtmj7PMW4'
    'u1mZMxRry8ucQsrs0JRZZUATLHWkCeYQWob326zgJ/FbA/nWyb5Rfk/HL6F8GukCnivQhtdeRGiIBNAp0wkNgfSErV6tWJkrxhnj'
    'tEuS0C4VQp9HF/ttD7Ezr2MyLF18AFVfdRHoWpqBjlHJD1FOUKeAM5QP0PJfVsioTXJ81zDZIcbNSpM9oDb+abLOtdAu5hyuZzTk'
    'Jo2OpZmsWUIUxtswHW+TyI+dPVeY5+Wg59I072u/yI+7QeOIyPm9t9KPOZYAncRqeM+FdyvRVcj3HHivgPcseLfA+2zQaQxX+jlj'
    'bOcXNAcOU5dUenJ9036iXL+TKv18rDyv8PYI+zmy0s/lZZK7ujPCvkWJ9pH3838q/LXcwupuF/p4OKa56Qehn+9U+PHLEJYXwHsR'
    'vCvgfXxd/tnAMzCPwL5s89EKP9eSCg5s4Ple0laXggawaeuvSFt8Tfk+jDL+j8fIuSlgXJ2W49pWxHpxuLlEMa4DhuPibb25iDny'
    'tlZW+Lm8XdY+CK5zORJI+13CPs9T2B4loX0bvGqyPngOf1NePAxgWz8tdz8zvK1vlhfeJyq6ehXJ12aaF20D1FnB8qBtABr9MxPQ'
    '99nQ97vL/Vimcxn+m8log1kh+PDacj+2mQvsyzY2kzYGFfIG+rsOhs8nbWxl/QwY4r12xTg6Lcex3GI9ujVwOcdgHKMhOKm23KPf'
    'g9bDhm7B+f0x47e7heHg7cI81x1v93lFu90RtPvtTOE6jBq0o8ohS3neL2bsYYXv0b2Z8D1yuS8+kPFiPdN6PcIsXy2HsTC7qGsN'
    '5uBCu12hWN9RwzOAbZxNxrY+rc7VqsoB267Iy0lx9wkRt4t4uTVbeZ7Iz/sa1B7m2HxTiGzI9N5og3H8pcyzFwjKy4vypqjuw+fH'
    'sU9c72+WefsYlmMY72Cev1U3lwcjbhfH+9EyP4cR3tur6nwZSM5Ory5fRrOH1Gln/D7Wmcfq3FTm21ZwvmmxRlaQJm3LNvoVYz0+'
    'pN+rSL/Ih81nfFldSL8bSBtLWL/l8D4mpI1TFOPgMpB5IXTRsaSNFk0bR4eMY3aZb+djcz/k7n9F3RdZ3QHNnfmXtCdrpe2OOt4j'
    'Ofpf0V6PMMsxzu/TnP6GtLeB0ccmub35eX0yovbwnD6Y9tcey5zKyq7S3C2fdKiL/d6V9m2hx/v+kP0PkXVclw7H5WF3wuURtYfr'
    'c2ba13PMrVPjGd1ZlPngq4Uaf3Kcu4yUTbCyc1jZ+YoxrdLwXnxM00ldjtsXh+CnMjLGOSHz+XNKPx9e9j9J2SUhZV8MaJffDT9L'
    '+XOdwXjUhSHr9M+knxkhY/p6Sr8ufExfIGVbQtq9L+Xn2unX2F8MM/3fJ1L5vg5U5jpsyMPIdt4X0Pcw4116oc6NpE53wH1B8fKQ'
    'QT+7WJ1OxRw3O8zxfNLOVnZnDRi0g+M5NaCdPot2jlXMa7vDvA43WFPOm9YZ1PkVG2+C1FGtH7UFwTqvJPV1+jR1fpX0cfradOE9'
    'asur/DDp2zP1MzqHn6f9SV+3bAsjsv5jAfX7DOp/Fuq76Fdy9D+Zq26PULbw/oCyfUzu9U7FGnaQMnT/dijaVcmVcvZbpGyQrEiW'
    '7UgW2lrpZB4qOcT5mr0JO2cDUP80x/p4TlckC+3qUG7xGtvHowLKjrKyh2vWxRQPVSd9POR63mQ7fyJ2g6uh/rmEVqZ020sGZZEm'
    'eyGgLKeN/8WgLLb7DOQGjVq+Ltv+R2IfpzoDsswDpIxKDpyT/yUKbYBeZOfi46SMigaQZT6YyLelMoERWe9WxTxG2TyuDyiDsD+s'
    'GCPlF3P50g3tBSnuy/mOkrYHNbaIF5AyKv1Szm+RlOnS2Fu1K/aD89UnBpRBfLpMMWZuT7UwYDydxH6zMoAGwzxElQH0kyxTpSjT'
    'w+9/AkOmdgey3suisG2O238jCud6gLXzvCiE4W4DGP6h0M9tFMr8c0AZ3I8nhP68Igw9JuxgGNu+XxTCA8fznybzN5VByHofIvVM'
    'ZdGy3m1kTKp7oR78tysDZBH1MH9dO4i3twaUOQnKdJAyqjsjp/8PKHNy2vcdr7OUgeTuf8Xeht0X6Bs7I0K5Ndpv1lnKPZA3rrOU'
    'O3P7zZQIjqMbZEPpYtOH/ng6m75S2ebJthYy+8ZqBe9ObYWWKXxF5oSUtfUlbBJmuY8ahD4uhSpmxSoR50WKY03EsSbiWBNxrAkb'
    '/BfHmohjTcSxJuJYE3GsiTjWhAn8xLEm4lgTgvGocayJyRdrosrBhzL244v9+GI/vtiPL/bji/34Yj++2I8v9uOL/fhiP77Yjy/2'
    '44v9+GI/vtiPL/bji/34Yj++2I8v9uOL/fhiP77Yjy/244v9+GI/vtiPL/bji/34Yj++2I8v9uOL/fhiP77Yjy/244v9+Ertx5cw'
    '8OMz8ZVzzbXcDD4z1H6+xkLWSPNUDBCcw/NUDLNv1FZ8hPHC3G8pzCcqbG3kGJ9hc+R3yiC7h2n+EK7/wrsgKH8IznOVop1ehi9p'
    '/pAtFnrHOYb4kfvXNRjW47QJtYFHH7FMbLM8YTbLrv6/trkxwnxco8y9jn6ssY9q7KMa+6jGPqqxj2rsoxr7qMY+qrGPauyjGvuo'
    'xj6qsY9q7KM62XxUMaco5rVE3Gqa19IeD09trJxb03a3c2KGhfNlWC57MLVvQm8PbhVFPfNMZVgmsih+5uheV5I9LAM5RQfgKEHu'
    'rUrCe2E5qYe4zKAfiWP/AL/fIvz4e9ew+7QPYKgMYOhggZOU+ZO2oqc096LcazMw0pccc3jqFTBYS+hrE9yD8DRE4Cne98J9V+z5'
    'zcXueZT7Ln97e/YvFya8/fw3IteJz/Whd65jGqBwn9PjQAPEuHRq4NIk+TeloRKEP+olZ7ML9tkFxhJBxzNZmrNQksdrOmWyiy6P'
    'qn4ihB6vZvKpDNFXNhB8ivxxlYVcC2FAxDAwaWGAn980Ob+qGFy1Cvkj1kG4SQTo2moN+bywvtOgGxREttQC8JUg5ZH3E3uFuOen'
    'atk+74frVNZZlK+F32YI3499MStHz910orPidVRyKdv94nM5D94XEX2KKV9uy1dXkHZkuzPBnmQlkcOJcbY3sdHr1ELfM0HHvxz6'
    'X/+wvZ7WxV6v2HH+6Gn7caYtx4n2O7OK1HnesM+rU66w1+F64p866OgQR8j2b4c53QrzqRAH25NQ6BokxKTL3vg5gyerBF2aPsmi'
    'W4CdM/vRbMj6qhLWfg5Km1qwDauKdhWDh5j06ALMuxH4ZCYdUDrL8FvpxWEPC4VPhRuQ1oNMAGng3ou8r/Vgm4K/r7jL//282L44'
    'Mvtiib9jffPE6JuRxsQ79mexPW5sj6vZ42MUe0z3R85tLqG5ZDuHM1o9jLZEWxZT2p7ySCqaMbYhjm2IYxvi2IY4tiGObYhjG+LY'
    'hji2IY5tiGMb4tiGuNQ2xGHfua6k8iDVlci+Rq6cPDqRHB3TU3rdh814ftnt4d9FDjQUpUkrxvyzgHtaA+VSRB80g8BbTpc/pm6P'
    'f0c6ZqmjDCjmtWNeO+a1Y1475rVjXjvmtWNeO+a1Y1475rVjXnsi/HVTcJajiJFVTnS2F4r8mPSnsfvu/oCyZ7OynyS2FLzsUEg/'
    'd5F+3grvAXh3srK3kbI4hhF4d7Gyu2BN5G9vgvcgK3ON8PPQ8DLDivHXk37oGM4mbQTFOUPd/5HMlhXnsDOkPrVrV80/rO9VhD44'
    'm8FzP/s3tttN2sezhXtwBqu7GXlZKDuL8KmnkTpI/5QzmDmN0SO5PAvpwjc9W2m0jxZ+PEi0YUb4x7OC64H2Dcj/ZeDN/UKobAt5'
    'LLRHl3/WEquutdDeQvj3XJEf01aXB24no2O7Lc4zpUFHGC59I/Y4wWVBZZGPoWt2ClmrI8m+nwr1rtP0OV3RZzej5bsM+uQ+OhVE'
    'RhS0D3Kf3k9oIn4mlivwYS+De4RpnNN2RVk8Gx3sjGwjZTczvNJFzjraDtWyvvkZ7CP91cN5qWbj7GZ1OojtUD27jzsZjrua4Tqk'
    '+U8iY7tWgatUY5PnbJoGh/SzfvrY+o2wtmYRGcsQga1ytrbDTC6Fe0Rt/FeA/ROHLbyvEyGwgjiF+utz3wFaX8LndIDnBIFtW1iO'
    'YkwNjCegfqbZX1OSrtTRlsgHzGI8Opdp1TBZLu2PynLXsnNOZfVNIfPVraHcSxnn3mQN70p4MKTblx0wJ2yrCutqeNQUvNNTmnst'
    'S4w9MXYntZX+hfTVai3eEP6Npz2k9qtgXJl9fpGyZnF2I7yOxHs6pfYUz+3NinNbPoX3uAye4FKZxNif8jyqd49NxB7frN9jU3/Q'
    'sHN9Q7znh9Se47nfpDj3cTyMREKsfiNMRe5pFQ5PCE6OY5CM/5qb0akBeyDDeZRNbT1LG9OzLGKOnNZPU9DHKms9TeFT08bP1Ui8'
    'p1NqT/Hc1rFzW+lPKLCjAr49pLwurk2Q/cIxwvevot+5Hq9F+LEskMevEPkxQ7m81Va/vZONweY82D1JShqW9kmruLAiYrssctMp'
    'myoJreMKNJh/CbJZUsFhTO8ZwMSKYjaw4vywEjG9N/5rjrophP8eBfynHXDiFNublAHXGvgk3XFb3vnoivdkUu0JnpsGHd3Vljux'
    'u3X3Xw3Z21qHemF0X7Jd3BEGU9UW5YPwhaS5Dl7YTEWOu5MljtseBrYHP76YensSx9oP36Nbi2O9rWLth/GKQfguGd/FeXdxKc9W'
    '0oCtjOmjybcn5cKPNcrPl4mNnErGJOv8UqjjY9vsb2pq7Xe62P0OU71FAQ9pkLUhbGyFfdxicW6n+D7SO7DVkfMPvgM/FS6Xszmj'
    'uX9n/3Kn6kwedI8qyGIylZ6AkTTYMKUNxixrwUyDZPZoV59s87+niXqjWPxeD7af17B+X3zEe3/YMkZvTE8rcElxYBhKT6vu7Kkj'
    'F4jp5HhPSr8nEr9dzfBYV0wTjZ9c4FNm92UUcoN8vUoydSg/uLbcR8A9s4f9U3jW4j2Z6D0JtWcJGJ/SniWkfJA9S63I95VDW5Sg'
    'PLaheqFU7t+fVZHsFcxuodahXtB8Ps7m8xGoV2VkCyYlDWUZ/Hf5lLplKnLL/IGf5tIcrIY/2YXdbcN7H/dNK0ivNzDZfLzs8du9'
    'v18Vav/ZEsgpZsZeDmb9Q2yvk9Nya7NIx2rqctVWsHMg/cgez/7ZkPThvEzxe+j96YBXJiq+gkW1lIj4GYv0Cbk/4z2Z8D3Bc3On'
    '4tzAXZLF5UnYsHSoMURZJmCtyifNHoXj6WRyXHbKtg3bngu/2tRTf69X0MV3xDATw4wFzCDe6YjtaCfEprMC1h/P75Xx2k/I2nP5'
    'D9JFZYQPq2N8WCWxT8dchctYuxhToJ3obWgbGVKe27jLOAuNpDzNb2nTTlMIf9nI2pL8wAxhFxMC269heGRGCO+N6xhWjo+/nO1L'
    'mu2LSXu2+UJtxzoM7SSh3Rmx7cNBY/vAbX0HYd/j/Tv49q9c+HGKM+Q88nhoM1k5inePavXL1QSUW9jqHk85SK+vinnuqtuoVOBo'
    'jJl2M4H5jOYbx8VJ4ceyryL/pjIijEfE7wue9xnltykmv+UxjZ6T39laYTmMd4SyqX8LkLGmAD6uim0R1PTX7jeOKcgPrWSrcq3T'
    'YdJUuU/TNTYp9AwcC+9prf43lQ2LiT2i3GMax/M+eD+7wG9nmNB46FrZSc5jPeiADxP5sfwwth/G8MOYfmF5S2m8ZRqbD/NBngPn'
    'qZbRIyY06MFOv9riOlM46I1Adz/FHo3c1O6qDzz0Bk3VA74/R9jFs8VYgDwO4RLyDeMLYoz4+eQbxmXEvL6zybdukR8DcobiG7ZZ'
    'p+hvRBTmhH9OQyuY8CLcD5/G2iy2HX523qOQD1V4BZJ6PVh6kpiUliS5uEUadet43E0VudtkfqGs0EDoYUZ6V+QXrLCn0anc+dYY'
    'JmKYUMiVVfKmDoaX8mhuB13kFHpCFRdR2C6G6fnFv2T35heFen76O+cl08KPRc7zeQXl+mok914dLMAcJmubCeUXw99lG5QPblTw'
    'y5VjPp0eBo+6e7Jes14Jwq/it42ESdrI5sVjAF/Bxt0Av+G6qOosFoU5Auj6U5nGRpG/xuWErt7I2l8ENMMVbCxy7tOEHx9+UQhN'
    'ocpdHhazO0PWlq8f7SstgvOkX6HZX+QHqjS8/VTn30N5e1GYQyS7rTeb60vd7oAMkZ+peFIT+TqN063KjyEn9QdSzhR2bXLFtYrw'
    '/CbdGtnAgPDj3nO5X1CbKFv8HPSP8fbD5ArYH8/51O3Y/x4i9zDt36Wfa4SfY7KXreEokau4tH0Z4Dieu8ulrTMAbmmOhw4i/3Fp'
    'cyWZ+w4GT/je5tj24cKL4U7zNXDYHCFr49KHLU9L16yHjInm0Hl70lvrUpxn5Mkxh92R5DfMGXgY4etlnsecvfBe/77E8jfs8+UA'
    '+Nvr+wvz2s7e671/9LSbzoDmHa1LejlkSrk2mBtwJfkNczHSPKTyN/n+5Ifz85DK3+ovz8+deST5JnNsyveH7vZzD2I/iy8tXOdf'
    'dheuc+9Fheu84q78dpOE3sD8q/+U8PQLEu62szMxbAHHtutvItdqsbhrtjH8OMDwUjf5HXNvzYzoLqHtLoR2w8Y9YjlezO3Bc21R'
    'vMHrJIlsa33CywMRNk+UIbYSPE7/3TGBMBFUjsruczRUwstPS++5DkaXdB8kc/mx8PJ/0Lk8f5CM/e+EFz+hFPhhuvDz4sn3aniv'
    'g/ebIF9eBeJZyJ9162zvfdts/3zMFn6evTOgfltIvr16Yv9Dyx0P5W4hefnWpc3vujqH9aDzboP3iZp58PHJca0FGQTSHVSH122B'
    'z7rJ3aGjCyltMwfWnva7leBGk34pfhpgd9gOoc5HqLN5U/FOQbk8jxbMh6sdmtQI6UxzhNrQKWE5eVcIfU7eJaQ+zTFMy8wlZYY0'
    'ZUqdOz1B9EtUdsf90FRryevJ9Qyr5xrfmcOVYDI3U7qT6nQ3x7YaennOB3P/byW2GtHpbA116i48xVKC//C3k0VhzrejiI6zlpw5'
    'qmPFXKFd7EzS/m5wtM8qxZzPV8z5bMWcz1CM/3SHdVilqDMaUgdzqNM6NL8gLXsErAUty++56Yoy3axMtaKMpGlU99dE7t9Viv3b'
    'qNi/d5DfHlXs/ftXFO59oq1w75dr9p7eWZR/Ctp7Hc8VtPeUrgnb+0UGe7/IYO8XlWDvyy33nuZ0xdyFc5ld2rEgHyoj7aVI/WPZ'
    '+xTh59U+j+iMgui8ckIv8JyxfWQ9ed7VTgsbtCFme0bzVieYTD0sv2XQeqwlMH2Ug9zrlBLeSYhj/5v8Nr3V++1V8ts0+O1lYk/X'
    'yva5Fdr6jaLMvNb8Ms/DGaW0cdCYZZ0fSbkcwUs2822y4GcQv2whb9n/PxA5+jDDEUMKOZqOR5JtfUJ4gV9UOpNhRR9hYx8K0Ltw'
    'ORGF+V2Ep+4mdUxzvw+yeW0BWsZUhjdg0Bfv4xw4oxSvD2l4zxHF3JD3PZLVxbY2EzwTNLawOfZq+j4C9BKme0p1a2Fr1SHyc1Lz'
    'fL9BeCRtiUdUOWuXOvCyb8iu4X2SKJRrr4R3G5uDio9T/Sb1S+sceO0gu2zTNpphz8d7zk3CzaY4yI54RMQxD4v0MxBEJRM572q6'
    'N1S/YHMHR0WD2MLGFH+SatiweAzqjhf/2MDkqcX2l7CsX2ZZP/aLCsBXrW8sq4NfVIuRrI3eeWvI28W2opHc9zdCfeRnO2CPrxC+'
    'j2u8z+O3z7NgX9LEPlKnA0N6K03Ms4N0jklC8zSG0DMu+GGNhp8atuBjfq3g6xos7NtMeCra3nPs31sD7MrkGh6o9WRnlPfldn29'
    'TN/TqlgX+rsrb0X77LDgf15m9hBfqPVtAoJ4w/Gey4gF34tzuSU7l1MVPLGJr6WprUsHk7H1aWxCxptnPr3WP4O7WN99CnktLTei'
    'sGeh9kPcLqcjgrmErXe3Qk6Us2Eh8/wzm58JzPRrzie3g3GdM13XYs7ld7MI9q3w26nMVuEUsFV45+zCteT2GLL+yWDzsCptZpOB'
    'ZfHdoLBx5mOQZVcQWxPT8a6Eb7s146VjWk1+l2t0W40nT1HJgvrZuetg8DSq0JVQeNDZbvCz0Wuwt3h/XFrjyTNKBbtRwuyv4P0C'
    'wac5PVCNJ28p9j6m4+/W7EGfMPeTH9DcSVwX8mq1Z99BbTv5Hv9BId/WyYht77feEJyLfsPfrfbXebLi46Dx/211Pq1kckZs7ZrG'
    '+469utrT9ZneqSp4fDFE/zCs0cf2wBjOrPbGH+X5s6GDg87W3GqPJwm7Y9oMbRCxLO3zVGLHSO+ck9kdsYbZ/b2FfV8Nd8grWSZ3'
    'wTjQAF0a3N3N9BHfH+fxDGrOMY5n7wSPh6/P7dnxnCnC6QsT2Gq3oIvaCFyZto+w1l4kPdRmSFfJ9Wmv8vWmHRMAx4j/54zTOAZD'
    'xvF6padLpHD7wJx8O0tuJ9vLyo1o8N6fSbs5nX1lPi9tal/hwi9vI+tRzL2+TUEHy7k8WOnfM90Wd3SnBV3craDdVHQgpy3eU+nT'
    '/X2G66DaR+7vZrJnWyzmhXTDxkqf5pysNHPOJrrSx/UTTRvndG+Vng2CLH94nfeeD+8V8D6sTv19NbzL4b0Q3mfCeyW8l7Dy0+u8'
    'vl+qKDzvLjDman/x3YrSyNVM8feDJe4/7J7/wAT1j/MfqPD81sabz6Bj4vLNt1Z4dhKyzNHsHMyCdzO8VzF4b4f3bHjPg/dp8J7D'
    'zs+ZcA6WVvi4azLLBZNkv2zuXt4elxf1BsiPgvqQY/rXci9Kj4vtWNT8+JfLPbt62/t8RHE+udwqqN9PlPs880Twq3IM15d7tqVh'
    '8ksb3nK86Pmzyz36NafvY2f+cHa2p8N7huOdtyKgrzmavpod+5pJ+nLBTbTeXHifyL4fC329lvFhf7x4/Nz5H+d+UUb79YyPd2xs'
    'VVW40LSujo/4RCb//JeC3j4QIpe6PuP5U3I7YFt7Z1PaYRNZ/4nWia7N+LFDXGhRnZ4h59cfYdt83HUZ79+TEWfL8f2fMs9eg+Kp'
    'BLzfCu/18E464shnyny47RgHvPEw6W8z268ODZ3U7YBfEH7uLvNxQ5Q0mw2NNkLGMBFyDjmGC8tKjyM7Q/Z+ZZkft2iAyQme09g4'
    'NCa8dyqh1lUcUebHhnLBu6a4IkXWrxh8u6sI/uPf04VzdRlD2F22P+3hXBu8Y0onPUzaPp3RXksYbXm2Zdt/k/b9SaKihcLg6ADe'
    '/2nfL6kYGbBsqzeife4MoR3PLXE/eO6PT0+cn88Msi/Xsb4/o5G945jumcPi+pC2gvCSiRz/P1Ne3MqJtHcJ4wufTvnw0a6JcbKW'
    'tftWh372pnxfsk6G+w4Y4qyPpzy51XjJQWSfN6U8m+hSyDtyfnwpH954rClTHT+2dSFZn/HSSZxA+hwPW8mcfTOBpaEAmi0IlirI'
    'vg5r9qrbQl7P1+W3Sb/91SHnaZ3DefqXpKcXnUjcIsfxj0kPfilfgroSG9mybOuepB8f+PJnQA++P9+/+amnvPfQ5yFexD7v/diz'
    'XhsfTOrxTLehzuSWpB+/zsVXV3dHbkv6OuRSyjBkX+eRvvj8t0dg/07Xa1WyeD/hBUlP7h5kgxoG6yda2F+YnDEZjLtRFKf3eCnh'
    'x70Ig0cOL79IFOczztf42wlPjhiFTkUFF6Oafh8g8yiWf5PtfUzRniuPlLP/JXvEz/BOoY6FgrzpdlLXBvZlnR6oayuTl3UuCagb'
    'JGPP6f8SfrzLrhC5EMoi15I6Jj4rss7yhB8vxAR39Wn2+4iEW1yJAdZOdcKPdRJEg9aDQ1J1yBrhPH8vwsvinv8GfLOitm2Ubf8Q'
    'xiG/v7QB/N27/di48v0KxKvdT8r+4ELvnbrSj4Er30f2eGW/FlCWt/uIouypu9Rl/15Rtvd29Rg+EVCWt/tXpOwrEP/3Ic06vDug'
    'LI8dfD0pKxGAfNddVFi3HnAAL3vHJnXZbkXZ029Ul72MlO2GsncNqOe2gZS9YTvcSxvUc1uvKIv7xsuepCiLe8HLLiNl2x703nsf'
    'BxgG2m3hY37eLCz76Scgn9VedWzsFlI2jCasJWU5XdkC7c7Yr47jwX0aMw4+jXMtaKohB56V+6gMM5wzWOHLZkzoh84I+z6vwpcv'
    'bFHQoSp+1kQXMMxopRNIPzxO6fYI5zMb+nHZz6B+eNyiZIn64fP5dbkHG6b9RAmX3yr3ZR9dGprCdL3+sYi2+LjuKfd59y5hHhvK'
    'dKx7Asa6y7Kt64poi5+hbkVbBxzX8AKyhvzcbw7xoQuTH8n215CxurSPtL1s62jSlgp32OzH9CLa4muYiKAt3NuXMnYx/0cs2/9J'
    'phCPqHxIuYzLhL7dwHTyKKc+G+jeRyeg7w3Q90czvpyF5wwYFXa5CoLKyr5uzPhyljCY79bsU59FG6pzk7NDz/jyMd2dPizsZO6y'
    '3Tcr2j0QQbvLSbtbNTyiC80xy6BdF9yWIntk0y7Faf9VFj627Q5r+XNFu6MWvH2fxobj6TJ/zoMave5gCO79okMbHOfea9DGaEgb'
    'H1K0sc1yLu9UtDFqOA6Ez2vKfN8pnqdAJeM/juV2CJLD2sglNpQV5m1RyTxWaXwudXj/pIjbRZw+v8zTaYXJm9dEeIdlxrFPnOeB'
    'tH+W12t8GFVwwvXEJ7O5/DDidnG8X0v78vgEk7fjv+uYTVya2JXk9NCkDZSTLoD3Yni3hrTx8bQvf1blFzO98/GcvkfR3qgjLSHb'
    'uzbty6Rt7g9Zp0tRl+uhBzQ46+1pX9863vimXvjxPCgMnZou9NFVwexRDnURLpvJ/oXplUxwQSqi9nB80g5lOiu7Lm1uq8rH978j'
    'ag/Hty/l6zLm1qnPt+4sPkbqchuyxazuPKKHlnXuS/n6iQ7FXWpC08h2/lrRzpBDO7cp2tnu0M61KV9X0x1wZikO2kLqbBXquE+9'
    'rM6lZLyqOiY25rl8BAF9D2j6XhPQ94BF34tI3/1s7fla7YI6hwfUGVboxHJ26AZ1OE2cMKizi83nlWR4nV+xOr9KFub7amMxB6z0'
    'UMn8fEU6Gjanhwoo+xor+zVSNog/zOmhSNkg/ienh0r6OalteZrc+XesjzaH79HUNzlHsv4OxVz52UW+sC+gLPfj7ggY14DBuM4n'
    '9fs1tlRBZ/M0TX0TG7ycHxqZa79Gr499HaUo+6Lu/MO4XGTzOT006Qttw87V0CXCoCzeo79P6MuuY+3+xqAstvsLosd3xQ85P5RE'
    'oe47CjldTv6fKMy1tpnhhAcUZXoYHNwbUAb37+MBZUahzAcVZYbYeN6rKDPK7Et2K8pwXLeDlFHpPnJ+6AFlEK67E36eRlM9oax3'
    'saLtA6zMuaRMtwbfvJmUUckm0Q6lMkD2KMscR8ps1fgTLlGUGWV4fW5AGWynhayZKY6T9apI2/0aXiwRUAbx+auisP9ug/4xd4wO'
    '32HumMoA/UPODpWUUcnLZJnvKcps4/I/RRlOK3wN5mqDdzGfjE097O/TZG1N+dmc/I/MRcVLyjLvU4wpTHYl691A2lbdB/Uwt8oA'
    '3F4P8FypweknQZmOgDI4j0sCyuD9sYGsoyk/m7v/hedLFpVMLBeHQrHuYXcQ5hKss5RpIV9aZ8kr83jsPPfLMmGXvzYod2dY7hGT'
    'tuNY/izG+6cEPg65R1qMc4+E7U2c3zRkn0Qx+1RcftOkpR2ZyRlOkTM8ywJOMD+dDVwd7tDHo5Z9mObACcuVHnV93DvEy5KnuYjh'
    '0JUa3L2I4O5a+HsN/L0C7jvUnSyGOutYG+uI/SOtn1HUp/UWC7u8RdKm4oiIxmraJ80vkSb1ZJ0y6E/sFeKen+r3J832R+7H8TCe'
    'zcLPIWsKi0Hlakm5ZviDZzHq9ptgjU5JeHwQ7ksS+sN9mQm02y74u/S7HzPsj+OcvPzr2ecvHni/8YyN3XwzvZc6WbtXxndO3p2z'
    '+ypRzJMM+sjxFubmSVjCY7zvB/e+N8Het5HfGgP4iaUR8BMt0K8AXqkW/iAMJc7Tk0t8/I0M31Gb/DLNfVxB5iUBdR6swSzSLo8N'
    'St9D5E7F8kHyAly7NTBOzDtMc2rXEr+gHYo38nImtA6dG+YKnr3Szw9eSegL+X59v3/nY05oLFMxll+mcgz8woSfg/o8eF8UEQ+q'
    'yy9Vy+5/OX70J96geNvQjzNIW3PShW8XWtQ11x6nGRst22sk7yTAwRCsXx+cwzIjXJtKJNJTnK9byjGMHf9dUwQuVj2pmvayx28X'
    'op3whe8VwTnaOO80GHCGOKwOA2yYtE3PQCqAz6T5eZcRfkIYjqsM8IuwpIvrWLlKONcVMFccpxzPJla3WJxVbP5gmu81GbC21NeM'
    '1m+0pNsa4fcWxAVQPkm+lwXcoxkNjjqMlOftueZ4PgremTE7PEj5XiyXITQE5jOkNHAjaRfhwLadJgJDLcBfJaHO0QWyteQh/YgA'
    'vkGBRne7EMRBeSdTJYbjHD64BGT7l3t4oEKD++oV564evlexM7GUyVCC6MLxmGPL+7x32e6pO8eH9kz9OaLf9V37JmaOZeMwR/QP'
    'f/0rk2PO47GvafBz//7Tk2uOSDdRGxy0V6gm+uIRURjXj9M/NvQaH185G5+OLlLpS4LoNeT7Tek7Oae3CS/fFNZJw58gehvl3ceC'
    'TIHTSaZ0fXIS9BNEjxeTf7wF+kmS9dTpCRot6YbDNPCC9DqHb1c4TZB2RayrVfL08y4QdwjPvaSViA1Nn3km9CSX16TIngTpWqSd'
    'ymVM76Li7YLkeqo9n+r7aqKfD9I7BAtp5OqG21F0srs21ltMrL4KbRTTlnIalG1vhzfmpUI7zcMThWUGWZmmhC/TwVjhSJNUK75h'
    '/K80aZvWayC2pK8JfRm0t/wvUdjH1fDt/5JvfWxsLyq+vZE7RNEm2ij/hIxpM7MVxTV5htTvYHOSNpvfjHFXjLti3FVguxKkq6zS'
    '0BVVjK4Q52b39pPe39vbsn9vC5d9JVGuqmi/IaL206x9Lf0N7Ye1Wabg07YSnW0t4LoZ0Fc6hu8ULNV5CrCMyoSx3YRmlnf2PQp7'
    'RmFwZ6Me+xQ4P7PJb3NAJ91MfvsK3tPktzWthTH+ULeAcfox9v/JjrrcGB4PHnhsstzXq5mMoyveU76n7RO9p6b7aXO/XA14oMZh'
    '3yfTY6GWS9nRr2MpSb/q9Xf6Z8zhqQ/Y94mQBSJsZELsjxGWEnD/xLCkhiVXPW9UsBQJPctgKKjNJGmzgdANJvbZXCZdxtraCPRT'
    'rYX9DtW90DlReSWljWQ/VwTMURBfB/kxY0lTyTbfRc5WhswN1wvb2wx1KsDW4gpCe8X2Fskkwn12jV7VSw6Kt7eg+3QFswGzsQFS'
    '2X7a2zFKCmXqGjIC4dLgQG8ZEV5KO0XYmHYTwgzwxRkkZ89GS/31FdDGCUnfV5a2kTKwyz066fGNiDNU8XSuEeYxWXjdLpFvRy1j'
    'dxxRQltylR35SwlzO/IXEt44Yl5GycukRRFPe5HHzZaPycXuT3h3HbW7XcZsEW3bvAzyGpnc2fWaNmQOmVWkDdXZ2SKC4/rrcjzS'
    'fF+LQvgAbpfRKszjPHSysz094fk/qNYQz6Pqm86uxLYdOYaXAU81Ax5R2ZbUxHYCQXqXUsorrPYf/ZduEp5/NdoClIvCmD5bRH7M'
    'ks3C963l54rHATbNSynbPVt4edZU+Sb5PbZTc6ZU9yaPT9NjeObr4fs0URgrieZvHBKFcQBVsVSni8I4Q1uYfRm1QesShXkkXWTE'
    'FDfq7OUqFXIoU1n5LfCuIePkNlUYpyehmCfNda2ytbPRtU8ne26aw1MFszSXkGpvR0V+PKJlin3j8ZAWikJaqZu9t0HZw0RhrES+'
    'TtRGkfv07RT63PYuaxsUl+yBbGM3i8I8azw3h01fNJaVCpY6HPxlooCNN+L/BcDGMDuvJyhg4z9YmWNhfLZ5XHjcSGxvlgiPvaXC'
    'd9UK/P87NvckoQmWJT2mna7D84573T9J9/otFnt9srCLUzee+/8bx/0fCNj/B7N1PyrM4pHSO3Mn+3dHxPihe4JgBu+O8wn+7tXQ'
    'SDw3w3pRGP9Ud9/Iu+lwR3gxnRuOaw7INPld5JqrlfooquIfUviamfD8UWlsSXr2bGCm23LutGw/sYebSJpkvSGeGBHq+LldrL02'
    'hc8DveeRBq5ldAuPp8j9JEzoF5qHlNMvPDZmr4Z+kX9/f/bPHlhr5Esw3t9qFjf2TRYxo98E8fUuJbj0jLQ65iKP0yfrnSUKY/EG'
    'xVHkcXBPFvmx9lVx/YLaO5nEV8R95LFyV6XD4w1ibMC3pPNjF2BcSdPc7XysrnToOhbL8UTNnpj056q3F478UjMRAnA/7g5iE4R0'
    'Yzmxi0U8VA9yGrQzeg5+W0LKP0dwA+YvrWX9tCrscmmdmaSPG5ivFvogo68W/jYNbJ6oDdVShQ2izXpd6Og7lBcnqB22LhEs/wzz'
    'l7Kx32kgNh6K8YggGwbbvqqIgIjqUNH/w8UGSQf7FY6wT33wVoniYxio9kj1G8JqqcrTeHRRxWXIwJ8gnTn3RZRn5X0anehF5Mxj'
    'naTlmqyxKN/M5PO29ZuEH2OiGe5B1byWERwTdo9UOZ4D2f9xDI7TDMddRmilhWyMx4j8mA2ma6DyS1wj9HGudLBJ4aQM5t4kwn0M'
    'bc81jjdB5j5fqH2ITeymkiLYJzlliSMzpBwdW7H4MBHBupnArOpMLbOEeVtfbtwHep+hzpjH4csZcCzS22jQ89zI9kanj+Y8EtKA'
    'myO6y1z3Dm3DTX2RG0P0Mbb+vzY2LSZxiVqYrq8W8NsM0ibqByk8zib2XVR/WKo+o9jzTBF7vhG+1StwtKw7HWxHguIip5l+Tlcf'
    '14rGm0qDITuuMfrG4z14k8L/B+1ZJuqsmNoBqvDbUmZzE1Q/CthwPWdR+dvXENvFkwzlyGGyoCGRn2+pQzFOE9hfY7keAyH6PSlX'
    'uViY5fsNmmOYTG2zoXw6rMzIOK1br8FYuoQ6X86ARs+LMIa2qpQPzTWb2M1MMX1eDe/+XpHvs4TvIQ2teq2B/dhi4ftG7dC8lxE5'
    'NN4h7QwP1JF7ZDqRdSBeRHuaQSJHQZsHLq+4T7GG/x+dO323'
)
