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
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|written\\ by|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autor|texte|автор|текст|oleh|text|書いた人|責任編輯|责任编辑|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*(?:[:：]?\\s|：)', 2, 34, 23046, 1093, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 24139, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 24177, 37, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24214, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24301, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24388, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24482, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24567, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24661, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24740, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24840, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24926, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25021, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25136, 107, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25243, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25358, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25460, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25543, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25624, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25723, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25812, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25893, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25991, 137, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26128, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26226, 91, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26317, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26421, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26517, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26606, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26689, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26774, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26868, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26949, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27045, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27145, 135, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27280, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27382, 128, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27510, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27614, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27693, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27772, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27851, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27932, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28013, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28092, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28169, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28252, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28331, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28410, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28489, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28568, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28647, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28726, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28809, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28892, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28973, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 29054, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 29135, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 29235, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:o seu endereço de (e-mail|email) não será publicado)|(?:seu endereço de (e-mail|email) não será publicado)|(?:campos obrigatórios são marcados)|(?:^\\s*(\\d+|uma?)\\s+(respostas?|comentários?|pensamentos?)\\s+(para|a|em|sobre)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$)|(?:salvar meus dados neste navegador)|(?:salvar meu nome, email e site neste navegador)', 2, 34, 30063, 976, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:tu dirección de correo electrónico no será publicada)|(?:los campos obligatorios están marcados)|(?:^\\s*(\\d+|una?)\\s+(respuestas?|comentarios?|pensamientos?)\\s+(a|en|sobre|para)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$)|(?:guarda mi nombre, correo electrónico y (sitio )?web en este navegador)', 2, 34, 31039, 835, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 31874, 82, 3, {}, (None, None, None, None)),
 ('(?:votre adresse (e-mail|de messagerie|email) ne sera pas publiée)|(?:les champs obligatoires sont indiqués)|(?:^\\s*(\\d+|une?)\\s+(réponses?|commentaires?|réflexions?)\\s+(à|au|sur|pour)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$)|(?:enregistrer mon nom, mon (e-mail|courriel|adresse e-mail) et mon site)', 2, 34, 31956, 880, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 32836, 714, 1, {'name': 1}, (None, 'name')),
 ('(?:подписывайтесь на (наш|нас))|(?:(наш|наш канал).{0,20}(telegram|телеграм))', 2, 34, 33550, 270, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 33820, 100, 1, {}, (None, None)),
 ('(?:구독\\s*하(세요|기))|(?:뉴스레터.{0,20}(신청|구독))|(?:채널.{0,10}(추가|구독))|(?:^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독))', 2, 34, 33920, 284, 4, {}, (None, None, None, None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 34204, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 35246, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 35342, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 36056, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 37099, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 37989, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 38530, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 39574, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 40133, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 40160, 3665, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 43825, 3753, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 47578, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 47799, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 47825, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 48418, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 48658, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 48689, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 48766, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 48807, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 50418, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 51398, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 51625, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 51723, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 51902, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 51983, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 52004, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 52242, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 52496, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 52686, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 52924, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 52952, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 53132, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 53324, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 53530, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 53562, 30, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 53592, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 53908, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 54129, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 54622, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 54946, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 55152, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 55180, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 55200, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 55232, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 55394, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 55410, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 55616, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 55902, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 56098, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 56152, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 56176, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 56200, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 56243, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 56537, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 56555, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 56572, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 56601, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 56725, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 56855, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 57062, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 57332, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 57436, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 57452, 44, 1, {}, (None, None)),
 ('\\W+', 0, 32, 57496, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 57512, 36, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 57548, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 57592, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 57616, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 57717, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 57742, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 58591, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 58699, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 58713, 28, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 58741, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 58860, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 58921, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 59033, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 59160, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 59281, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 59555, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 59689, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59826, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59945, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59973, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59989, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 60253, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 63890, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 64110, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 64131, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 64189, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 64205, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 64221, 104, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 64325, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 64705, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 64760, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 64874, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 65171, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 65349, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 65406, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 65463, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 65520, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 65577, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 65638, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 65695, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 65735, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 65875, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 65905, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 66006, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 66030, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 66540, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 66564, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 66588, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 66609, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 67017, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 67158, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 67280, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 67301, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 67320, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 67358, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 68203, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 69047, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 69238, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 69484, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 69562, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 69673, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 69715, 83, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 69798, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 69876, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 69933, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 69965, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 70117, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtvQuYXUWVKFzn0affzzy6E0LoJASSkIROIBBCAg1mBOURCCiPAKHT3ekm6RdNd0J4BgVFggOj4ujoHZ2L/r9gYAB1QHTGgEJw'
    'BFTkMd7rjHDB6+C9w+jA+IIx99TZa7HXWadq76o6+3R3uvf2azc5u56rVq1ar1qrTgiRFt4j3weyT3n2fQP8uzb7l4B3ZfZvRvav'
    'IvtXD++q7F9D9m8ztIFl++BbWe7H4CfJ/p1KTKonB95ku9gtinjaA76lQ+omRXjfcj23Zf96Yf26YP3S8fpJlBY3i6Ke+YFfvxje'
    'QL23jrmnBfaigP1aC+sk92MN2YeN8N9yP88p8+pdwfapzTqHrftB/qRygLkpR84qnFbZQ5WA7wZNWKyvXNc6KF8F+IE0W9LdmbLg'
    'XiHufsmvI/GoNfsfS6FeDfyO9cqx3tnZvr/g0fayNr9+c/ZvtmasiFOqsbr01QTjfSv79x9Qp5r0J58/ecfVu8+BAzfeKMg+6YS2'
    'EI6XAaxSDnQtMQnp2u7Li6JryaCPFYCfFHeuJxURdxIheB6v+8G97k3s/JJ4cC/QwpQFvSv6vEpNvnXMEc28Z3c0i6h6Wgt/is+q'
    '+KyKz6r4rJqsZ1WTJY2rBZLc+pj3vnm/9/71E9677z7v/aMnvX5+QOpc96z3fudh7/3UQ977S49770ee8+r8A+CY/O1fr/feT37a'
    'ez9/kfd+5Xyv7NdI2Rdv8957b1OX/Qope+hef5zy3Xa/975zv1f2v5Gy1z3ovQ+HOaf358/xE6Qshwtv96OkbAvM+xuPq8teR8r+'
    'DMq88y112StJ2auh72N/rC67lZRNP+W9V2va3UTKPvIT7/3j76vhcA7gkfxt17D3Pqk/fw1OI2Xk4qn6PImU+QbM4eXH8/taRcp8'
    '8znvXfOT/DJLAWflbysu9N51l3jfFpJvX97ivc+70/s2l3xrAVwq2+19aybfHtiT/62BfONzqiTfONwo33iVg5zcQtgkJY1OBMv8'
    'tn3VMXqO63AU8BDLsn/LFbSnAfR8LTA+2kaGlG+ANuhZ1UjKN0D7tu00RQnTZG4qrUEwte0v1l2F6K5CYB58SiaLFhaQZ/9ClqH/'
    'b2XxGk1E/aINL6Oj8ZUBNN5WRy3LdbB9fYkF/zvJnySI9Ic7c7+7Q81Dsc45luNjOT6W42Odc6xzjnXO8VkV06z4rIrXfZx1zhIX'
    'fuHIn8c66FgHHeugS6ODbor10FNaDx3rNCee3pnuz0bLfZIBWSABuMh94ZuZfpL61CKtOPxJn07LsbxP8e17L3rfTiXfTj/Pe5+1'
    '0ft2ouLb7Zu9b8eSb1Vn+2XqYe/gt2r27Qj4tgjmId/9ALPDyLch9g33LNbDvYxl8N/1ZM9hO0FlXdepCepwvjjJZKoqtlYpS96p'
    'DMa7Bsa7jvx26lbvt9Xkt992e78dQ36TfEA9zLkO4NBL+hQBY66HjTSXwC0Nc6CybzJk7mXk30hvGwi9p2UTRfiXpy3G1Ajjkntq'
    'AYN7vUW/ch4Z2DONDnVv/nv1mf5Bx3O2mp0PGYJD8v3cLvt2G6EdG9iWRwRbOV5X2FY8UwhbhO9pwg0OFYTequjY0QF0bJEFHTvU'
    'go41wfjlt1Gyx+V7WOTzk/gtA2vG6WAlgdGHEm44mGHrsIjArwrG8RV483GPwLsTxlZNyvSQ+WNZF1phb9dLTnodQw6gzk+oWc8K'
    'f0zOU4mf00Pwbg1rM4xuoe7jW+DfgfZg1IMeWYA3ySn9iAAdn4Jp3u2CWQmy1ynN2kjo2TXs2xmE7iCt6Ib1w/PwKnjfCDQO20He'
    't1JRn5ZZSfipten8tk9Je+8Pz/HbXpP26h1OxraTjekK1D2QMW1hc5sOeGpaf4ScNzqaX63ZP4sdZWDeztII5aAFsO7zmPyD+oTt'
    'bd77Wnh/sq1Qn/KLbhhXj1oOyOkGof6/wfsBeJ/b49s5mqHsoyDnNPcF130d3m/C+z727wdgrP8M8lCOf9/svd/q9GWOcqJj+1uo'
    '+yt4f7fN/53P+5/h22NthfNOCV+X+gHCT9v0NRPwk/fVzPjSRoKznVCut83nG5sUOIq8eqWCH5P1P9GWz7/I394PbV/4Ge+9vi2f'
    'B0GcuQDK3QDvi2A+9UQXvR6+bW4LrsP3VT3syxMYTzhI9jClL8Ps312oJyb0QL53kd9bAD4C4J8k8Kkha0jr97Fx9DB+S4fHfI61'
    'UE+aAmegfhXKfwfe77T5ayTfXbiXGAwvIDCWbR6S/ZsFbc6AfbBoNL8t7OspBU6q1on3kST4pNK5SNidotG1bAc98A87C/W5+C1x'
    'deE+/HBnfj2VHgLXs4qtZ5Lh7u1Ae966Ib8/OparzgXbSF/hWFBHc/0depowmPD037w8HWeGjTPNxvnfN3nv4wEu/35NIX/fwfbI'
    'kIYOyN/en/D2CtISui7nQR9ic6EOHr/tuasQThwWKjhVKuBULoJhUcFkHd08p1vAi5Y5jpXh8pxubM2g2xEK+QznXQZ2tLf3FMLr'
    'wbu89+49ijO2B+C2U00Xkcb/E8jMlFZhG8nb/H54+/99jz8+FU1qhP1McfBtmMs5m3wbD4fpqtH8MtLWw9vHs+Ee4EcyljKObPeL'
    'G713N+zN68H2+IPz7PkkOZaPCC8uhO1YGmE8uDeozkhs9vcKzr2RtV3B5Kla1nYTW9MHgPd6+y6fH+bfLtvt60DGY89MY3NMB8zR'
    'Bs7TGSz4HmkI2HeVAfuOjn2GCD/XkDYfzsazAt4niMLxrEQ7pSgcD35bxfpWydmq31CvN1PzvQFohKkcr5JzOBwy5HzfprDVJUNi'
    '5Jj6w1C+oZbhcC/jwUbIvyk/jfowyh++TvhDExmwGHsH6lJsZMBGIrvXwvcZFvDl9G1+wosD5ULfko7w3xgx/E8CehhWvp/RvB4i'
    'E6CfwhKDdvrYe9RABzLC5tlBfg/rD+E4INS8pC2+yTa+BOuAOhPKW06k/VRWpI5kDfsm/3stjHcx08m48Acbwd/Gdv9EAStulwrC'
    'wQSTd03W1rZ9Fzw0OUdumKDnyJKI6A6e0dh3WHudbDyjCh3HwX4ufTfp6QLH8ly6LqL13Fai9Tz/IDmflhBd+g6D+l1MNzeo2Bc9'
    'mvHRtTWBczHnJz0juQ/JewLOwG6HM5Dau6luEu3dLayvQQ3ujFjYaXYR+aTOYv06NOc2lRd+mPDt7YuYfmky093yCPkXmzai5nM2'
    'Z39oSvhrSvVvCxXwpXAaUejWi1m7IDyWY/0fMHesH1Q+bE8MkrU32Qd8z6lsDUMKvHEdo5zvXwsv+Cgdw1bm49JquZ9pHZN1xfOz'
    'RUP7RjWwGQ6ZH+oo6gGO0xT035avlW2dC3gbtv69mvHbzoOPgdKT7UT+bGTtDrE1Wca+b2W0B207QWtc7Di5HhxpAtWHzyX6cEpH'
    'zgI/Ahe+roqMp5zwGMWcs/QMiPIMVfkBRCUblUEblBYLZgvpUthDZZtPED5lwJBG0vZw310J7T0Iax22h48g+GwDi1VEP0r1pJ8k'
    'vMRWDa+qmgfukw/DPkE4hOHLdvbuDqmDckClBn5XQ5kOsBfRtgcN5jFk0P/7hXdPldKxDrb2PZozWQc7Xhdt1IcQXtXUd6ZTM19V'
    'HZQtZpAzgJ9HvSE2/1HmN8rl4zA6Jn9/helDfgZ1pnl+a6l0WebdpzyTqcD/rsxUVWdqauvwqW+oG6enUf5fUylazgHm9wcOJHL/'
    '7z9C7N4t3/d6zwc+8NXc+/nFKw4/e8myc9/YsPED37j33sXw+Y+fvOXeAwbPozd+Z1FCpH+d/c8bZdODs3yK4vX1J6+fe89/4V7y'
    'yJXbfSCqR/bY/vPg796zT/e1Bf91b8Hzq+/Qfx0QB/Zl/+T/f+CAnKfI/e/l7P9+nfv/7POdN9+Glg8c+F1Bf+UiqudyxW+5/k1u'
    'CBlFRlLBsPB+fRXhI2rZmVIh8vNXLCX+3S46y4UB/iwZcgY/xM7kuUwf003elHcdUfi+m9LU1xmdvCmg344S9tsJ9k7ON6l49FEF'
    '38bLm5wLOn7clGfrYD79K+FMo7B4xYDHsRnvVsafDWvkXhO5880A+5CrXv7b2UZOS7rpXSsD8C53ryKpL4P8WSUps0PTjuywXFFG'
    'fvtDIt9XOQyGw6zt1x3rY/8/TfhyRdj+M8WxnF48oN3uItq9L+HTix1jSC/uCOh3uIT9Xkn6japdOlYd7p+X8Olj30FKH+cnDn4a'
    '/5vs3xyLsZrQfh0Oy/5eANnFFjZBbe5TyEIcVq8H2HUovbpPeHdeaRuDFjYgU/0onReXz/oczr5BhS6Dy9v1AOu5Y9gv6hkvGON+'
    'cb7S1+x4jY1It59M9CB0fmO9loMR+b/Y3GfkvomIS1c52g1nl4BH5Hv5aMd+3rTsZ0aE9IfbDl34GBe7VpCOtZroqctBd03luhka'
    '3O/Q2H36NeuJMFgIczDVw3Vbtk9jOISVVckQOtukCs453i7AHtRnaDNbE9D+TqJXNl2DDtK/ie3PZd7nknHZ9hdEU+mcXMZ1FNh/'
    'XfFrLGAXdm+I7sdHhV3cR5eciro4UmeJ8LhX64V5PLIThHlMtOXCPMbYAmEePw11aDYx4ugdAF2MMFd9RDPoYriOYTziXtnEuVrO'
    'xpwSdnd96fk0kvbwaCLHBHOFjQs82rIFnpnk8EgYzKkUNC8dQvM2G9C8D1rQvDMsaF67Bc1bJcxjOy6xoI+HCfN4jfT+lC6+oi3t'
    'LHPcM51ZAtSRGr98DcnJGNelqBwfZkVszslPsHpXwn/XAK+Wn6v94ImFkjJ/0nbxVQ7kULkU8VVc7Mj1Raw/2jolQq4jPnO0nE0M'
    'PolPZ5PfqL+zuN/3+cBzYu8+iH/4fe/bYkInBdC8hzVlaYzXGUBT936z8H75vz4D3/YX3qFMwJnx2L7CO5Q0Vq5LTCuEqQ38bM5n'
    'OUcM2m2bs6CoHDrJSUiTi8hZUPC06u8UiQj5syZhHy8wiEfbacCjDVjwaJ0WPNqFFjzaWRY82qkWPNrxDjLsEgM+bJ4F7zfTgPer'
    'FebxvIu5TzBWsahVsnrFQSirV4qxj00d8+URngFFxamOli83sTOkFHrNv7Tcdx8hON5IaEVSBMehUMWaaAuxsYXFiLDhq0Yuiz5+'
    'pVUc2x47OB+m0JfQuC6LsN0D+fyCSp9TxfZxhtzPysVDOpAv99vyCchbUBw8Pfv33iL5je+wmGWHCj8u3Ffh25Pw/jqJa6eyBcj4'
    'ZRiXmupCnmTxzf6lrbhzUBWvefaBcJvDVN6b6x8c3735/JNTa2++H/ZnMXvzZz/y3r+/z9dX4p76Enx7Gnj3n33d51WRDx0BfvlM'
    '5IH35svjdI8u0PQ51nsU70KVAz9pe6+sGcomhZ/PpKEt/x5tA+hzG9v8fze22ekE6Fr3JfxYoCi23sVihK3/uPfef3u+7Qxph/z2'
    'x8vy69wPsduG9hTSB10cSx6L9AmIx/e5Dd77cchRkdpdaE984pz8st9lZVtI2WchVugVEH/rVzdBG1sK5aGvQNl7Wdkv3q6PW9ic'
    '8GKxuNwrzDAY8LH+COJKrtlVCAM+Vl6WwuAsiEm3ANb215gLaWshDLDs3tu99/Du/LKl2mdPgN8r+rfkcOBjoE8YyseRV+Hde6v3'
    'vmSDn4cJ4wBjHF+kcY3Crg3aN9rJ5zL8C2pDFSMXdaV0fDzG7T7o91/+ujBmqm7sv9ijnsNMiIm3Bvq7uUc9tyTxg8BYFbl6Z+fv'
    'g09cDHEFoZ+rLgN8Os+PE+K6F6rYXsD8YUdtVOPsAkXZhRvVOEv3Ah1z2F7gZYP2QvU48YWvWp45c0g5eg5sYn4z5wDNvpScRZc6'
    '8hsqHnwT4c2a4L+7ADa1pI/W7e+KwO2q61x1Cv0L5XORB9sm8u8B0/GgzxH+N94vvZzcKRkS6juoFwg/ZkmPge/jVuHncUKfOB4z'
    'eovIj4l5EhnHFuZHh2VWwTjC/KN2sPEfSWDUIcxjNeA8mok/4ohhPRX8t4rCXEHIRzSDvyfns2XbJ4fgJI9fWhaAk5cWoWfZnf1h'
    'ZcJO1tjE+IA6YR6fBNcvlYgmJs1vhH08nNdEaeLYPCvCY0nQvdhnURb7+AbZf1tD5nkv2SMmd3P6iL+krP9XQEuLWSN6h+gjEbWH'
    '99GHyV2B1WnvfTzLgXES5MD4EMmBsQLKtsO7Dd7HwXsVvNel89telfb5BbwLsz6kvyMJ/3QqfLt5jve+hZTR1cfcangmnAhxoX94'
    'jvdtBfn2WeCBD9vp22l0NucFRDYdAfvJ78E+sw/KzCb1//RB733asPdtGvk284L8bzXE/i3r1TObuCyv4sltz2pKx6T9/UxhT8eo'
    'LigdgS6GruXV8H7JwR5qMqZi4KXj1aoZr+biA6y7R91jyG+ofKgHGC3uZXRR5sM5RahzW4xo/MO3sPdY3rGzuX9nwqOgrHcIg/Wo'
    'pr0uzR0zU3jPJTRwh7CLJ+TSn6tPdBQx4nR8Gd03VUSvNuQoS4bhRbnh+dkj1HdsRxnvfRjYI+i3LQa4SeM1muSNClpHHJ/qPrzq'
    'PhfmGSzX8Dw0jwe/l7lTw6fTuIt15V5MKs57qfJcqWDDaV5Q/DOqZ1yr0TMeYkFHisEFyWMcbjC/scITzC9mSoe3sLW+Wuh1n3dl'
    'PBkZZZiptOfKA/BuLHA+J/Nn3Ggkv1MVdueLx9CkMTiXKM6/iYD7FE4LwI9KFY9sR8idswHN750iOA4u5WtUsQtzOu8yL46dq77U'
    'BM6qOLdDQn0Hc0QBr1KukSrGhuqudTXDvRrCH5vSNR7reUio7w93Cf29YvTHQ53HlRre0EQfwWOY0vNWFQ9SlROJwm+bCI4lOWA5'
    'xrA1R93B9CwO/9CRBtH4ea5joXiB+aFmOvL+FJf7ROEd6SZhH8N0mK3zNOHHWrWJj6CjJfWGspYpDBsMecf5Cpq4Q6jjegbpyDqE'
    'Oo+hDX1onKBnT1jsoz9Le/dnXOh/E1snVaxkHf8XhLcdmjOB59NCeDfD3qBjm645C03oYr8F7VTFucacWXifZB4b20xhHqu3R9jl'
    '48U50rE0Cz9esI53KDYO99dSHn1xocHU9oS54Khvz5FMl81pDm2Dnz1cD05xaBaD02xSx9QWsp3RaNUZuiOAhz8kgMbQsc0R+TlX'
    'ezW8MpWrG4R9XFsVnA6F39Zk1/jpIs9ZPq+5zEZqYvfrZjqANQQuQTIExodZZnD2mfJ0o5qzImgcpm33KNbiMA2+9CrG0QjvcoWd'
    'ie+PPuirVahjNpnQbjquQdJf2Hj5HOexOcwXfszzYnmflhLxZnT8C+C3geyP33XYLyb2awrTXQra1yj8XIyVjI7qYuOoZMyg2DgL'
    '2TodAf2dJuzirNjsBx0uFct3UltlVPp+bt9eC7SqWN3HRNd1UBw5En77arbehxz5zEUhYykX+XH9bflMLtvMFn7spn4FbpjScZN4'
    'X4sZHzubzX2J5oyy9Teg+/SoEvODQTLT4oQ3dhceguszw2Km9hdBF0xl1aWAf3MMzuOw2F8meKs6w0zpQNjZSPFyGfz296ScSg43'
    '5UWimDuF+3KAu+u8TXjMMJmnifCttrp2Du+jmS5/EdPlq3KacHpAv3O+9wzw93PZd8X0TdesjekLdDpGKkOZ8IsrSD+6/BW6fN8m'
    'eZ0riT24pwh78MHEw/KcqVHLSqbnB+cx+jR24D+kPP/TYuxQXQHnislcTXne/gDdKsXH76U8OlyM/KDLn8PX0jQXnCrfFB3zX2bH'
    'fNEEXgdXWaOryLXvVOCvKd/OZbCTsjCelpgY9g7u4z5kMT9q6ysFPaMxX4dCZDPuR0LniP4bhxraTDoM8SyMP6C6GO5Hu8uCPtuM'
    'KSgeMfUTP0FDD7aK4DxUA5ZyRphuVJVTcpDRkVGF73cY7I+H+wyqvJJbDW1LLvIh55dN6dV2S36zHH47KvvjPxAazvXxVDatZzxN'
    'hQFu0rtl/I6VTn9NcZHyOhyXOi10SEE6+Go2T35nrkYha6H9G208LayOyT2Yfo0uiNtv6gn8GjT7vV/k56Mtlexrmw97Huisdf4O'
    'pro0l1zc3D5L+ZT+bL1va84G27MnrMyQo9xr479sI4d3aPDvGgUc6b5oU9h/TXneYQv7jsvZwPO+d7I9NI3pvMYzL3ILozFB/SUM'
    'zzpdjnj0kZE+Xn9rQHNdx4Y293Kisx0O0dep5MKw/B39E4i+2cKK06QZbG23ata2n5UrxudrKzmjXWWhIY180qnwbzShD6Z8C9fL'
    'JIheZn2Rehnkc+8Rfj7qMhjjc4f791QryRlM6cxixV0KjrtDzF5noofsYTAd0eisGgmOXQM2U5TPaB/3wFvOico7tveZ0iH3mTAm'
    '4gdLDAuXe+fcL5+vfYNi7asN1p7LTU0lgqtuPyTJfrijyP2gu4dYJ/T3Fyks3/xgcXd9io7xOrkeBCPsWqcnHVZArtfjCc+2gvGi'
    'VPG6OE5UBuCEKl5Xhujnc7HiD/i8hPxvlzuQn0p4fgcuOM9j//M5VAbMne/5ZpEfDwLlDhpv4xMQ222gLV8eb2L3GrDPVyCGypEX'
    'FY5nD8RR2dOm9/E/K+HFWebjp2Oh7djQrGq2ZzMEd5BWCmEfT7VScdcgF2/mXF9md6GvqnIud4NVdxH/qse+DR38Kg/4Z4vt2Oi+'
    'kHEMHnbYF6VaW3p3olh6UmuJU9UKHQ2NWyVjeVF9S3xWFXFW7Q4/b7TPbrOzqpnIUBRP5HsQ6NqX4P0Ki6v5CLx74H1Rm1ncI4mX'
    'G4vkrVDfeN5miHcGMaPOgphWAzcqYq1dDvEmdqjL0vhSl28ILkv9/d7YETyGYvi3oPhSS7OFPivcYhbyuKJJzTnuGleU5pqJY/7q'
    '+ZhSxRUtF/ZxRTHPGD37Pgn6Dpe9ynmw8l7vfcO1Xtsnkm+ztnnvruu8b8eSbxnYV9fCt2WKb5d9xvt2BJExr4Izcfld3vuZPX7M'
    'YSzzM/g2+klo57bC/Eu8nQs2FcqzvB0sw3nJqPb+MvBBzMW6vQNiDX4w33cnQ3x3gniRGuBFljruiV9APMJq4Iff2grjvcj8PLg4'
    'Yv4K99UmR/6Ky/A8XtAs8u1OiBf09CM+34N4IePayvdnIIfEuhcK6ejnITfNZ56O7rxYR3AHcWYl5AJE+KjkUj7PyoB5FpNHeZ2D'
    'nID+F9OB5iUI/XPh699IeTSaz1u+50COjv/caz8v2fZLKe8uL40Plw6B9dEBsF5kgFM0v1zQfOqJnUGFf5S3uQ7G8X8fVuc+cc0v'
    'FwUOuMa0pDjQn12n5y10hzQ3SCXbe8XwIKVqVyVjL3eg8UdbrlWcPy44f1xiEuWPo/vps0mZ2jDeT1M5x25LFoDrEh4MuwB+aQed'
    'zvjnF0pFn1+ovYTGh4CnwZK3tqX5GK+D5q7D+HC63HVlUA/zEdAcZ2inu0H4sc3o3QOaq07lX4hlBkiZboUvUT38XicK41OFxRe8'
    'IMCvblToYz6F2epPIX42tndiUGeD/ORcx3Zc/UJobAHVvdoBoY7fNMR0SM0gp9vSIcpfc563kuBSF7kbQft1zbP+P4UXc1V1Pixx'
    '4Lf2At/dALn9XvumXf36b7vdT9piqw+734+R6wK3jwu3+xmyz4cWutmapsNflSjMt5kMoVkYT/4y0t5sKC/b+CLRuVB5/LWH8s/W'
    'YvL0cLmxKUBurDaQG11zgbjIcDXw39MBPjRPCOosqjS4otMjpUVhPoU/JOzGdQXjEQ9uviVaJuhdwLjmKw9LWB5xPnOVnQhz5rwN'
    'uVBm3ui9/+IOD7cGqe7k9vyy/3o98ENQtovsN2x3Jth6LqX79Ha/fj34cb0bI5z1v4F84/2dTr7NAx36Hzb5vAL/VnuJH9MFv/3N'
    'Jsg52+t9O4Z8e519W0ptx2fnz2+h4hvOb66iv3m9hbm4X2ffaC7uH4Mt7biNhfrHV+Hbf91avJ60mP09yUzNKWYvbnDb48mibNHF'
    'xJ6mNo8WZvOI6XoIXfeWrTXyNTf4XIyOYSQ7+i/FZ/yUPuO57aob7JB3DhSeRx/ZkP+NnkcnX5P/jZ5HfwTbb1rhN4jfPvCR4uxh'
    '8XmkOI9ECc8jEZ9H8XkU7Xn0o+wPz8bn0ZQ+j3gu3I92Qx7ka9Tn03pSFnOJYh1e9gRS9gEo8/Zd6rLLSdlb+8GX83J12QUB4+Vn'
    'ZkvAeHnZWsV4L9utLuvqQxCfm/G5GdPKg/vcDMvLTnW6/2F5vnYE3S8wOkKSIn7os4/u//YocSJ0vab2Hk8Qmu7GDyUSkfM73EdW'
    'gH1p0SOFsvKvn/DLFKO7Vcn96Dcg7WK835GHfL/FYmT0GD+N8LPd+QxKJiPFTyceITlpmcNUBC5EiqfdijdEe9XJwu0OT43Q5560'
    'sVm/A34hn3rS8u4RoSWl5HViHmc8n/aS8ji6+yoNbcXfV8n5eOzIbxfvLsn7SfS8VZ2jVK/A7cBUhud24LJPQ709hXr3B0FHsXtP'
    'od6d6hu43v3LcF//vDsLz/QVF3rvukuKP9N169HY5t8rcDl7dHe3guKNPCIm1h1z5O947vIFojB3OV1znhudrjnPjU7XfH2X975y'
    'c+GaH9qd/y2OiXJw3TM/Uvi5TmhMFIqviDcSR/h+LkW8k7B7iS57MdZTTU4/sjJyZqHuXhd7Yx35dj+jaceRby+e573P6Sm8//eD'
    'K4Av2OL7UnP/sCc/7ccHRR9P1LGfBefXGVsKdfe039y53ZY/t1qFTQDLBMXuielw0XT48CLocGjdqHTz02Pd/KTXzev4VJczkd+H'
    'WKSgr3hHB+8h8Ds6V4vwuz6DpAzmlBxg7WwV+vtAmOflUkVffDznC7P41F2s3nuFf9cIv5nEUl8t9PegVpDx0rjLNB+M/O9S3FVS'
    '5chUxZ3k+bg7hPr8kLLCEsKHIZ9YyrvKeCcBy+FdNt0dTBorRYXfiyPac2Ul2HMtQKPpHYwKUXj/s5h4IEc78liVQh3rG/H8bGGW'
    'T5bncW0ne267MMvlkIuXAbKuKt9Ln7CLu05j/7rkuUK+jO7THSI/xjjGYzpW6HmzUuEq1WO43OdSjW0T+e9GsC29vFdd9tIibNCy'
    '7gyFLckG5/Gu4Vvf9u9sLFV8K8a+loZ2zn+xUHdy/qN+vA6uO7nwBX9uunjHMq7vbOF2D4/OL6dXf0h9zz5I5s4Q/LnAEX+ijE0p'
    '5/E1FvfuTXg/1eZmv4hqXL892w3PNwk/3k3Q3Gjsv2qIBfjo2X68VRrr9NWP+fLwqQZtq+KSou5axlFFnGzS6Kjv2uL7bBfcb9ya'
    'L/t++w61flgVi+eitvwYsLTd3fBtO4GNym8tCL+rCX6fXgR+m+JRQoTf+d0u9HkBdLnV+PnKaTHWc6XFt2cLfE4U5vvjPKRN3lYb'
    'PrVXhOds5vkkMDfIMlGYE8QkxxGty/O3meYPN8kRQMe802Bsw6IwB6Uq50xQ/pFeDQ+ky0v3W1GYJyoIF/scxyLX9Dep/HxndByq'
    'PK0qOWa4iHHwNeFz7Qvo0yRfreke4evbb1CXrifGOFDlAef5UbYLs7yxXJaV63VLdr02C/Pc0d2O+4KOYUuRMNblJdPh/04NvnMc'
    '4PupwxC+pvm0uhnsj8jC/izhli/R5ZyxxZFuUZhvqZh14+vVazkmCbOfZg+Na0PWe1jocxyVaj7NIPtznzqqCwrLK0ZzFqEuRLY7'
    'jbWbFoW5Inm+JFV+dcz9YZu3qysAflHxPLycXOvLsgB8R7jFycX4HrUWfB7mtqyz5Il4zm0XXkoXLyQhzGMCt2jwoovBe4CtW7eG'
    '5xwQ+fFZZmjaGWF0dlCjN+Xre4bwc3K5tInxGOaMEe/N8ygNC3Xesu3CLTegCka6WMcmeFFF5DGaR29U5Me4UeUorFbo60cJT6XK'
    'VWk6NpUtTLa3JeHRRNv9TmPe4Deqa20h5ReJwhg5S0V+XF9dTEPMEWGaU7k3RN5Q4cMWgju2uSRwDjax1JsYztQJdZxGXf56mpeC'
    'ypz/nv37N8X+s6GLqrNmQKhzRfLyS9nZzPOgNhQ5NnquNhJ5uli5tRl8D+hYm8ZQnqU5KVU64aUKWX00QPZRwX56hLCfQWA/FnKG'
    'C+8UlUylyrm4RahzM+4UdjlQg/RsVY42Mzq+DkYbOyzPMtRbYX7mbQz3epgNdL4Bf6/SC3AeoUdh46K2Kyy3K8QGa0vDo7Jb0jXY'
    'ZQHzIwt8iZJT+qG+H6WIL41r2snW5jILf67kJHfoygH28qIuIgR69nCfBHl2Pcf8JkS8h+I9FO8h4z1EbY9yP/0m4Z9ZqhxZsyzP'
    'yqUW5dHn61BLm16Hgr81rS/7PMRhXkdYzovbTWPaE9Oe+PwuPL8z8fkd76F4D1md3zQHNPXRNdUx1ivsFfTsRr3iWqZXrGR6RS4T'
    'V4jCeDbnWIwtTDfQG2CnojooQfTJVG8UZt8M809tDtDPNxA71Q5D/12VXiIDeyuXtyv7w/aEW9yQpiLhifGzazX2n26dDZ3pXl10'
    'rpi7rYnpdoYt9JIjQu0Xl1vDRH5e2HQJ73RNBfpHTpYGl6MmbXAG2dqZo8D/XQ743xcR/l8cEf6fDvYD6nvFdb/dTC85yN7boa1V'
    '5H7NiIWP3UjA3RvM6XiohY+Zyl5uqtsf0Nj3qT9GlPesa4hP7F852FKLsZf0K+zgLjr+ozW2jW5Lvyyux7eR+V3uk6whtq0tIfe+'
    'gvC2g5xth1vMUedfqaMHNuuru+NwbcLLVU5pVa/C/8r0Xs8QedusV6em7wHNeiLdOyPbwFcMYLxdFN7rC6pjg/dJ4jOvsjX1G6zN'
    'zIhxTxX/pYz4UCRFYYzeI5jNjNP1HoWtrdR7chnxi4oaP+uB55+mOW+4TbFH45/YL/R3H+7O/v2Nxo9rSOPnuF2xB2zwEXmaelGY'
    'v081jhHGx0xkulUegsvoSxflXsK88nTOgxY+Ylst6FOUsKoU9jnCZlvquTMbvfdX4S5U28bgWE9yPH8He6uYe3/b4c7TDzt9fwH+'
    'LXG1r7+vZN/E2f6/eb64D3fmt03vPeE3rP/hTr2/gCo2hOr+FoVhPdgasL9qiEfyA4hPUnFB4T3HM2BOa3oK7znit83bws+FKjJO'
    'yqu+H+QCV7zAM4bixZs3+fhCaSbto0roYxuqcgBef5EPK75uOji65vkz4eXp/d8ywsvXw9wqRPidUFn3FIVcR2kQvYdt4p+u4sk7'
    '2Vlh4tPVZyiDmY5pSKjvqv9jyqe/pr5mKh+rbgvaz8/4Hs1dFa7X+wIZa4+Ff5jK59T0bsWWEJ9L3VhlvqjV8NuadH5/J6W994fm'
    '+P3JKJD0vYrVOQXqfJjUOdmg3XWszLFQ5iZSZlU6vyzqoE+FsjfP8d63zPH30NqUHt+HAvzSbWRSFZ7tgv7npLy4rvK3NjbHlTDu'
    '3XP8PRI2J5P1Ufk58nUx6YuO2aTsmbA+q9Pe3P856ceJsMF/G/5sUEM/Bhn9eDTp53zervHbH7Hof4tQx4jh/X4+6d81wDovh7Sv'
    '2rcvs9/vnluYN1r2tzvp6as5jx9E97ks8Et4v0rmJNu+gsxlp8NajYTQKL53zkp6vKjN+abqpyukn2NIP2Gw6STvsHm/yWjtrKQv'
    'Z9rQIpX+M5P0+BRTWPB2d4XA5I1EocytuvNreq7z9l9M+HrhDs1e6lX0G6Yr2GfQ7qClbly2e2/CkyHoWnE/49EIeCHZ1x0J/07V'
    'kEJforI/cHn1BtIGx6GrhfquLF+j/kSh7v4Vgv+0bo8BLCXNku1ekPD1Ero14jG4EO9PN6jbq6HFJyR820yHIf1emii056jgSHUn'
    'hyX8s2aszvx64aWyaLU425GfWpMunleoB9yoFoXxoCjM8Jx6kZQNgqss+wPhx93EWCbrIebI5jY/Dktu/wvzfNXfEOZ5sO8ltnrT'
    'czx3/gt9/C7EsU8qynA8vI2U0fHyNxFZ93cQT/q910Is8t358QJ5zBhaZpCUmX2n9/7bPRAz6fz8eIE5PQjEhnrre5APYH9+vMAc'
    'HPcDbB6DHGf7/XiB5brzn8j1l2zIH+N7hT5e7MnkG4UDjReYi93elR/fdQX5xuG2ROjzkC8Q+vzlc8i3C27Ob3MG+dZyW/63OjrO'
    'PfnfVHF3k5Y2QtSPBsVJV8Vo1+kq6Jhk+SCdSILYG1x1Ii3QZgJ0WLUwb7w/Wk/uPubohEJvoxpXsboaGkcQ4V8Bth2576+B/5a0'
    '44DBmCoiGJPtOWuDQ7MccMjG7zoIr+hdjjLSXpL5rY8XbFV8yFSBbeU4wDaIr54qcC8vMdxjXC4tTE3k0akC93REcFfdnZ3ssKuJ'
    'GHal0llOlfUoG+P1iPHcDq5R6sqnCuwbI4L9RLbnTpW1rC3RWo6lnS/ed3ZrNZF9E+J9Z7eWY2XTnirrkoloXYLsIDHvawdLlf0k'
    '1kG4wbAUtut4LYpbCxPbfkwz3GA8Fc+w6hLAMErfq6myDs0Rr8NU8v2O96odjpTKf3GqrENVidbBxr9zqsC6bhxgHYVff7wXzNen'
    'FP7JsZxhtz9c/H9jPU90MI59T6KDJY85ENMAO5gW678f6x/s4D6VbRtR8dJR3z+KfSPc4F+qu36xvGO3HlPpHnHMO01M3Jgq61If'
    '0bpMttgK8b6004GM9X3M2EfcfH34/cIYdnawo/cvY9jZwY7eT41la3fYTbW9GxUMVXfA4z1sB0N6j3yqwC4VEeymEswyEcEsKAZG'
    'vHftYDkVz46oYEfjYMSws4MdjRMSw84OdjSOSgw7O9jRODMx7Cz5vD1TD3ZR8SxBsbhiWNrBMihWWSz/2sFSFd8shqEdDFXx32IY'
    '2sFQFR9vKuoSFhMYyr6mfc3HMVN4BM2rSlEurD0a51/mMztGM7YMqZOTz/fb9aPKcXEL4MXCRwpzPlCc4TkfvvIAvPfq8z7p4vPR'
    'uGhXCre8Pao7ryMhPu+6HKIIk2lCnReqX6hz9nQpfFAwBuQc1tYWob4/PSDM77kPa/qTfc0WwXErTO5S9WngqspPh2v8RNLzsaE5'
    'RzCe7TbN+lwj8uOvYu7zoPxHYb71YTGPeU4SmpsVY0U2KeYfBkMOo5XCzws0UsRaYHtzxxiXVPmlzkx6+YkwDyy9A4GwGg2ZI9bV'
    '5azR3Us1zWnEc7Ydlm24OmGf21DepVvCaCbPdWWC14hfPG9sr+Ua0XZ4HpkmGO+fsfFifqp5ojB2gwse0nU2vQMox3uo8GOal2Jf'
    '62CDOaEbAefKYU1VeN9TRP+28S/C9t6MCM8gCo9qwJMVDE9qmM/kKOuT363dKexjIvE5u9LWRjhXbHKhqnimeQqea3r2hzOFPa2g'
    'MHlN5Mev6QvwTy0mf2q3ph1V2d4AfKPreg1b/x4NDvYAvJ4CfHSB1xZHH9+gu8UTZQ+Xcn1t26HxlOSabcr+XTQB9jFdx37D/lW8'
    'w1yRn0euCmgEjWvuwqfQnG46novT13oLeecjojDemCn8Rhn8uhX0OghHfynUsc66FLjXKPL7R35Dfl8m3HOIN5G1canPZRA6D4TD'
    'q0XAGGH2ilDHDhhl+NBnsRc7GLwRl9ZnBZIPTWA8SE5wPEhNEjx4PFkYR6GDwcglFsegKMyVHjbWHqHO3/umRRumYwxbk1c1+Nqv'
    'kRuD4BxG+zuSXp4bW96G6hFqLXSEqHOrY3jVr+BfcU4Jjazukr95sYJGhK2HS7yeDoX+OKguznEj1KfrOqiRiXhMwlcscdVlfEvI'
    '+FSxz0xzhofNxXV8utyzJjiCeoRqoY+fQ3OCtQIe0t8OEX7+nW6Rn8sc9SJhMFLRL5oPi8v+pnNU5f2V7V2e/XiHg3xTC3OdQb7J'
    'uSwl7dQQvoqWx3JoS1GNsYbME/Uac4T6rqqNDGRyJtYLP2+3Sxxeuv47FPyMSmdhkwt6jaWOr0mhC1HRaJ3MQfURVJfwY5CzTPd9'
    'H4NJh0L3p6IPoxbnf5fjeajiqWx12ao2OjR40BMwTpqr7GqoOxYwVo1fdf7Q/duqoHc2/C1vIwp9QNiaTIR11cnP9I7czWwsowpc'
    'D4OFLjadbcyyMNlJxbMMa8YwqMGdPs1Yecz5Ny1sQJ2aPgcOEnkJeYtvJgv1UTY0rZQylsn8dDLWoIhexrLd468E6OyilrlOy65j'
    'laPMJSKUuQYsZa6EJT+N9vGjipC5Rh3W0lX2uqgI2atjDGQvac86OiLZy1TvXwq5LGWJRzS3JaWHRyhkLbQHHhaRrFVrIQ+66id0'
    'ctm67MePT3C5LMPsD10W5xzC+PDs33xRmnwnWwx5nCDdwVjIYxUO8lilQh57wHOfyztvRzV4q8vRFEYfTGQE1X5SyQwHE79IY2g2'
    'A87SNayKQGYxOTuoraKa+NrsFIV5YnR2E1c+aaxloSTgeTP8UR9dzIWNMhH6IXUyu2aD8OPP9pOytN8mwl9RP9+jiO2H8kHI31Aa'
    'n9Ts4QQ595qhTpDPxhp29mEfSYM+ymAuQXclHhHqWHojmj3bqllDU37ORKbidthy4lfYHYH9rR1oT5Ds2h/RfDpEYT4oG38L7kPX'
    'LUprPzbVuajk3w6hjzlvG6feRWZ+ncHtoaTv32Pqs6E6j3oDZOXxkpFt9DxR2CFVua9MfbEGLPjBK9n6v24gQ6/OrvNvhZsMnRwD'
    'Gbo7YtlnPlvj14U6NvuA4R52tU0uCZGPTeRkGzx2GecikA1V8Nqq4RuvNuS96JoXIwO72q9RBn4Z2pxPZOAOZl86BPA1DB9GGS+m'
    'knkHNWVd7a06mffU7McbJ7jMi3biOgsah/ymHMdMzdn5unDL5xlkEx4L2bXKQXatVsiu383+PaahH6X0gdXdQaD0bFAjO6nkX5Wc'
    'G9QO2mOj5nlPJ/brzoB9bOsLjO23Zf+Wj6FsEBVc6F6p1cjIIxbrF5WdMkgO5vGhZDv3EJ8cPBeeO9z7bSGRfalOuwF8oPg9Oo4f'
    'Q0TnYetD16uhTTY0poXJ+nzODYo5VxvMmcr7NuM5nsnslVA2HSCPN8MYeD2TsyxD8Dx3N7bVDoamY2xyuGOiuxONNG+5w5yp3N8A'
    '7dbA+ZyrLyudJ/BpEIqnHnBvKxmHrHa58PfiJTD/VK7j5JR+KOz+5JEWxfNusd3C4eG8r9wT18LvJ8brPenXe5rCdhxGC8qZHIJ1'
    '3iUSAfjwDsOHshgfJgQ+fFr493O5nxr3AXPlNcJ0RqOE3hz7LYib9JD3bYB8O33Ye7+nx/sm+5oVMHaTO3udivFSvu9swrOMKHh1'
    'W9/HYQu9oQnsjgCbump8Lv6Vpv5LNFYKlRV1fHI18L6yzl5hFtM/LJb/ySR/Rlj+gDNC8kVgTgn5PiFtF8s+rO8z0/kwXpf2+1Pd'
    'c6PfC2gjwDaQIsSPSCbMylUofqNxRSTsLxb598/o+sj36WkPr1NQp5HIQrjma1gd3saJab1OWhWnguqgp4ngOCrc5jussKFQudM2'
    'j8OJ6fx/H8Pye+Ac16b1sT2C5OtpMM9DYEzzrvTe93WrYwn9rz/33pV3FMYLKv+Y9/6vW/WxZN5D5FWMwYl5ExZv88pI3dzqcTw3'
    'dWearZ2Q+wV0Weg7FkL7ffd57ye+ZqffvPAF9fqththgn3qyMCZX2/36dfsNGdPIQ977S49774pHoP6Pg/dUko3lZah/39OFuETn'
    'rdq78rengb/Kxcl62ns3PJg/hirNvsZ+PvUMMNZ77caAe+uroJ9x0d3zsyecsYxPofynPU3/EVY6SDefYbaRS571ccBm33F8mkva'
    '5Djq2qYpjpaH0Bsa03aGQkawGWP6KYjRut/r83cpT++Bv+Xow7e99//9iV3bFRAbct/3vbZfTnl+XzmYPJUfx+72++xjH7bAOUPt'
    'mvkyc/iTTEzeR8kYR0KK0gUy8xVZgB9raN+wwaGLXvDe33g8+Hzg5yXHPbr3RgDn7nlSf26uys7nswp9Oj0PkR/auw/28hM+DtcD'
    'DNBmc/V+/6yV7+MfzD9LV3/Lv8dZLQq/8X7qid5J/jbjKZ8XyO3rvd77YwC/td9Sn8dNluvxm69770sfsat3K9CQ1S9Go78Pimlq'
    '0m4VweRawKuZQKvvfsmtzWrhx4TFsaINg/plIo59PunJ/Sr+Zs63/fWTZReQb4/8xHv/+Pu+jFKrqCffD2vq1AfU+fgKdR2dT4jJ'
    '+l+9347H6gK4pQ3p+CQm6qkCouuu4vSe1gCCrnnk+v864dE05P1z5zbIJesteaO3HOiBLP9n0O/N+/Np7fezBU5B3gJi817yvBsv'
    'dP4EoVHVwr9fa0JPbk34vNuzC+3m/p9wXjTA+xE4yy6H2MNXZgsOOtwDVPmMr7WERTPwv9zHjPIY98Bb2tcpH21rL74S6Nx0aL8P'
    '4F12kNlgUuZP2sYG095eOhvMAYenXmHDsbHjV7A9ewS8MwfcfNRQJkGfwtiOp7DjlRCHKJ1ZLvLjsVQG+APXA/9XK9T3qtB3bDvz'
    'Ka0kPq3bA/xNq4ukmScJ97j1JnrLadDPl/fbnRu3wJn5NJwTpxXR1lPf9M8g2daxwj/P9gG/8FM42y//pl3bKBeJ7+fHPy4n8tZj'
    'IF998/H8ud3zaL6NH/W08n39w+qyScI36eBP80dcgn5Jz9nrQaj+pHV/vjyM8LvOEl5yHvKdgHmtBX7rEljnpWSdpRBj0/Z64C2e'
    'Anv2LDJO17Z++pDfpny/9pBetu9NevaMYuDd8JN8fRvfrxfut+dxZij0DDmYP+PjmM3ZhvK9im9uB755YdKzc9jydbKNE1vt5jeN'
    'jS8t7HPG0HuDdF9L3UiQDSPD5Gu67hgfDfU5qwFWL+/N1xM1E30r6lukHGMDszlP+fy2Tu+7L+H5gMpyQ1/L11mhrca0v2/82Jdp'
    'kE677LPdf++934Fx/2XCtyvdud+nzVb68SeBhsIevuQFu/oP7M0f0zAZ0++/7evOXORSxCtbuol0+MuAV2clfFvXCSArX/hYIU21'
    '6eNmWIsL4by8lehIVTRwacKjsdzukMOrFxzldmaPnEZgT2VHujdN+6B6J5t61L4px/SG8HL2FIMPr37dHR/o/RukOz973Ld7cL00'
    '56X4PZlcXCXiZz0C6/4HS5uPan1c8PDXT+Tvw8VfV+Pf7WDLp7x4o1Df2dopguMjoy3+MODh+B3pYu439Ah1vqOuEH4+7P4YvVe7'
    'y7JeMTk4dHGrcBx492KB4/nPbXi2PJTUz+GeMInRXgb4Q/VsVB+2XOGjbxPzgMqNdB66+3XFxFZw6YfbCFbguSIKaclK5I+E+l6L'
    'aXyGMuIPFnR35Mspe/1LM8je1Je6jNzPqIc9WEbgVQ8+0vjbdcLPocDvluKdnvNF4V3UDaT8KNMDnC78eAYdGl/QsJgBsp3jYL7Y'
    'b1j5JWRMx6Tz57yAyJ7tdd77SHgvhPfKuvx7myq5ZKnlGqGeuZj7SB0K3S3F48Of9PXvsp/3Kb5970W4c0t9n8/z3mdt9L6dqPh2'
    '+2Zfl4Dfqs72y9TD/PBbNft2hAKv+skZVM7OMfyG+nuKQ8tF/r3L5UJ9hzmorGvcpybCj9jQKhvdJ92/a2C868hvp271c/Dhb7/t'
    '9n47hvyG58Fy4d9b7iV9BtEilOXmivx7Ni2W9K+M/Jvqh5cryiaE291B5IdsaDLmi1rA4F5vuaczG/P9cm3lD04P5Jg+6KCDN7Gf'
    'PbfLTbdfYwnb2ohgK8frCtuKZwphi/A9zdHGUUforYqOHR1AxxZZ0LFDLehYE9HHj4rCnFhct94r/FxCqhw/CKMPJdxwkJ+Tiwj8'
    'MO/qV5gdYZTx2DyWF5Up+kVx94xrrX3bJrNnG/i2LYrGhy3I79Q253AyhE+eHoJ3a1ibYXSrCfDpWyAbUvtjWsT3CMfrHiHPj4Yx'
    'iZCeXcO+nSEKcy6Z3F24Rvi8b6VQxzXCMisJP7XW4I7WmrQf87RBqHM/6+KY0rnR+HAm9Wn8JR3Nb9Tsn8UiP1aA6s5dsboEE16C'
    '26CL0RHw2Iom9cs08FkewN/q5m+qr4plvVjWi2W9WNaLZb1Y1otlvVjWi2W9WNaLZb1Y1hsLWU+Xl6wMaDSNuzoT5ICjFXusHM42'
    '031O745hmzZ2Z1zPEyzqWPEYPdHTNpv+f9Gdv55lhAc0WQ8bO+P/0fCWixAWB/y1+SmUS0HZ56HfJhH1k4DJp9LvOieK3ODK0beh'
    'MqyJqqCP1eS/awhk6/yrEQ1C0IBkRc+I3yFuaNAXbrVqusKYFjveY26lglzg02A3YqMn6SOo7ZMsOHYcngbniSYsYcT3IPqzVh6w'
    '9yGImi7VCn6vawyeZGqistdpYybZ6Wk34cJD+7bFlTBeuhnOXpczTepTgvLW6HiO5ZozrhhftaOL1C8fzXzLDh1DHzN6D92mDr+H'
    'HqbLPjr2VYt91WJftdh+EdsvYvtFbL+I7Rex/SK2X8T2i9h+EdsvYvvFBPZVo/qEGkJbK5h8uybAZw1zv1E7RRvI9TrelMe6WKmo'
    'fwwpy2MsNBI6QOusCuiT55s04RXSIj+fe4ewyxGN99irFfXpvVIse3vCDrcobsj615H6nQ5j7SP1ux3qX8LGb1v/zERx+35tIpwf'
    'OSYRzo8sSfi0YbvF+OeQetss6tWRMfWK/Fg/WKYsYZa/sofV+x2hc50WY5L5F6eJ4u8Gy7ZeJGPoN6i3Heo9ReqZ0lpZ71HLejjO'
    'vaSeDd7+NTlvdHv7LtL2kEXbHyVtD2navkEUxp7iZUYt1wDr9SjOUt72ZaTtLRZtn6MYdzcrc5oCtrzMSaTMTk2ZVQY8wVJHnmAu'
    '4WV4v80KeRK/NZBvnewblfd08hLqp5Ev4LkCbWTtRYSHSACfMp3wEMhP2NrVitW5YpwxzrskCe9SIfR5dLHf9hA/8zqmw9LFB1D1'
    'VReBraUZ+BiV/hD1BHUKPEP9AC3/qEJHbZLju4bpDjFuVpqsAfXxTxM410K7mHO4nvGQmzU2lmYCs4QojLdhOt4mkR87e54wz8tB'
    '96Vp3td+kR93g8YRkfP7WKUfcywBNonV8J4H71Ziq5DvufBeAe9Z8G6B95lg0xiu9HPG2M4vaA4cpy6s9PT6pv1ECb8TKv18rDyv'
    '8I4I+zms0s/lZZK7ujPCvkWJ1pH3878rfFhuZXV3CH08HNPc9IPQz9MVfvwyxOXD4b0I3hXwPrYuf2/gHphPcF+2+XCFn2tJhQc2'
    '+Pwl0laXggewaesvSFscpnwdRpn8x2Pk3BAwrk7LcW0vAl4cby5UjOt1w3Hxtv6siDnytlZW+Lm8XWAfhNe5HAmk/S5hn+cpbI2S'
    '0L4NXTWBD+7DX5UXjwPY1kvl7nuGt/W98sLzRMVXryL52kzzom2AOitYHrQNwKN/eRz6PhP6/ki5H8t0HqN/MxlvMCuEHl5V7sc2'
    'c8F92cYW0sagQt9Af9fh8LmkjW2snwFDuteuGEen5TiOtoBHtwYv5xqMYzSEJtWWe/x7EDxs+Bac3+8yfrtbGQ3eIcxz3fF2X1G0'
    '2x1Buz/IFMJh1KAdVQ5ZKvN+I2OPK3yNvpQJXyOX8+LPM16sZ1qvR5jlq+U4FuYXdZXBHFx4t0sV8B013APYxplkbOvT6lytqhyw'
    '7Yq8nJR2Hxdxu0iXW7OV54v8vK9B7WGOzfeE6IZMz402GMefyjx/gaC8vKhviuo8fGUM+0R4f6/MW8ewHMN4BvP8rbq53B9xuzje'
    'z5T5OYzw3F5V5+tAcn56dfk6mj2kTjuT97HOfFbnhjLft4LLTYs1uoI0aVu20a8Y67Eh/V5O+kU5bAGTy+pC+t1A2ljC+i2H91Eh'
    'bZykGAfXgcwP4YuWkTZaNG0cGTKOOWW+n4/N+ZA7/xV1X2N1BzRn5p/Snq6VtjvqeI7k+H9Fez3CLMc4P09z9hvS3gbGH5vk9ub7'
    '9fGI2sN9en/ahz2WOZmVXaU5W77gUBf7vTPt+0KP9fkh+x8icFyXDqflYWfCJRG1h/A5Pe3bOebVqemMbi/KfPDVQk0/Oc1dTsom'
    'WNm5rOwCxZhWaWQvPqbppC6n7YtD6FMZGePckPn8MaWfDy/776TskpCyrwW0y8+Gn6b8uc5gMurCEDj9I+lnRsiYvpPSw4WP6euk'
    'bEtIu/ek/Fw7/Rr/i2Fm//t8Kv+uA9W5DhvKMLKd2wL6HmaySy/UuZ7U6Q44LyhdHjLo5xpWp1Mxxy0OczyXtLONnVkDBu3geE4O'
    'aKfPop1linntcJjXIQYw5bJpnUGdX7LxJkgdFfyoLwjWeSupr9OnqfPLpE/T16YLz1FbWeUnSd+fqZ/xOXw/PZX0bcu2OCLrPxJQ'
    'v8+g/legvot9Jcf/k7nq1gh1Cx8PKNvH9F4fUsCwg5Sh67dT0a5Kr5Tz3yJlg3RFsmxHstDXSqfzUOkhztWsTdg+G4D6pzjWx326'
    'IlnoV4d6i7fZOh4RUHaUlT1EAxdTOlSd9OmQ636T7fyB+A2uhvpnE16Z8m1vGJRFnuzVgLKcN/4ng7LY7jOQGzRq/bps+++If5xq'
    'D8gy95EyKj1wTv+XKPQBeo3ti8+RMioeQJb5RCLfl8oER2S9mxXzGGXzuDagDOL+sGKMVF7M5Us39BektC93d5S0PajxRdxIyqjs'
    'S7l7i6RMl8bfql2xHlyuPj6gDNLT5Yoxc3+qhQHj6ST+m5UBPBjmIaoM4J9kmSpFmR5+/hMcMvU7kPXeFIVtc9r+K1E419dZO6+I'
    'QhzuNsDhnwj93EahzD8GlMH1eEzo9yvi0CPCDoex7XtFIT5wOv83ZP6mOghZ75OknqkuWta7hYxJdS7Uw/3tygBdRD3MX9cO0u1t'
    'AWVOgDIdpIzqzMjZ/wPKnJj2747XWepAcue/Ym3Dzgu8GzsjQr01+m/WWeo9UDaus9Q7c//NlAiOoxvkQ+ni04f38XQ+faXyzZNt'
    'LWT+jdUK2Z36Ci1X3BWZG1LW9i5hkzDLfdQg9HEpVDErVok4L1IcayKONRHHmohjTdjQvzjWRBxrIo41EceaiGNNxLEmTPAnjjUR'
    'x5oQTEaNY01MvFgTVQ53KON7fPE9vvgeX3yPL77HF9/ji+/xxff44nt88T2++B5ffI8vvscX3+OL7/HF9/jie3zxPb74Hl98jy++'
    'xxff44vv8cX3+OJ7fPE9vvgeX3yPL77HF9/ji+/xxff44nt88T2++B5ffI8vvscX3+Mr9T2+hME9PpO7cq65lpvhzgz1n6+x0DXS'
    'PBUDhObwPBXD7Bv1FR9hsjC/txR2JyoMNnKMz7A58jNlkJ3DNH8It3/hWRCUPwTnuUrRTi+jlzR/yFYLu+NcQ/rI79c1GNbjvAn1'
    'gcc7YpnYZ3ncfJZd7//a5sYIu+MaZe51vMca31GN76jGd1TjO6rxHdX4jmp8RzW+oxrfUY3vqMZ3VOM7qvEd1fiO6kS7o4o5RTGv'
    'JdJW07yW9nR4clPlHEzb3faJGRXO12G5rMHkPgm9NbhZFPXMN9Vhmeii+J6ja11J1rAM9BQdQKMEObcqieyF5aQd4mKDfiSN/S38'
    'fpPw4+9dyc7TPsChMsChgwVPUuZP2oqf0pyLcq3N0Ehf8oDDU6/AwVrCX5vQHsSnIYJP8boXrrtizW8sds2jXHf52wey/3FewlvP'
    'fyF6nXhfT719HfMAheucHgMeIKalk4OWJsm/KQ+VIPJRL9mbXbDOLjiWCNqeydLshZI8XtMpk1V0eVT1EyH8eDXTT2WIvbKB0FOU'
    'j6ss9FqIAyLGgQmLA3z/psn+VcXgqlXoH7EO4k0iwNZWayjnhfWdBtugILqlFsCvBCmPsp/YK8TdL6l1+7wfblNZZ1G+Fn6bIfx7'
    '7ItZObrvphObFa+j0kvZrhefyznwPp/YU0zlclu5uoK0I9udCf4kK4keToyxv4mNXacW+p4JNv6jof/1D9rbaV389Yod5/NP2o8z'
    'bTlO9N+ZVaTN87r9Xp1yhb8OtxO/5GCjQxoh278V5nQzzKdCHGxPQmFrkBiTLnv35wzurBJ0afoki24BVs7sR7Mh66tKXPsZGG1q'
    'wTesKlooBg8x6fEFmHcj8MlMOKR01uG30oPDHhcKnwo3JK0HnQDywL3ne1/rwTcFf19xp//7ObF/cWT+xZJ+x/bm8bE3I4+JZ+xP'
    'Y3/c2B9Xs8ZHKdaYro+c2zzCc8l2DmG8ehhvib4sprw9lZFUPGPsQxz7EMc+xLEPcexDHPsQxz7EsQ9x7EMc+xDHPsSxD3GpfYjD'
    'vnNbSeVBaiuRfY1cNnFsIjk+pqf0tg+b8fyi26O/ixx4KMqTVhzw9wKuaQ2USxF70AyCbzlb/gF1e/w78jFLHXVAsawdy9qxrB3L'
    '2rGsHcvasawdy9qxrB3L2rGsHcva43FfNwV7OYoYWeXEZnueyI9Jfwo77+4NKHsmK/sF4kvByw6F9HMn6ed98B6Adycrewspi2MY'
    'gXcXK3sNwET+9h54D7IyVwo/Dw0vM6wYfz3ph47hTNJGUJwztP0fxnxZcQ67QupTv3bV/MP6XkX4gzMZPvezf2O73aR93Fu4Bqex'
    'ultQloWys4icegqpg/xPOcOZUxg/ksuzkC58072VRv9o4ceDRB9mxH/cKwgP9G9A+S8Db34vhOq2UMZCf3T5t5Z4da2F9hbCv+eJ'
    '/Ji2ujxwuxgf222xnykPOsJo6buxxwktCyqLcgyF2UkEVoeRdT8Z6l2t6XO6os9uxst3GfTJ7+hUEB1R0DrIdfo44Yn4njhaQQ97'
    'Gd4jTuOcdijK4t7oYHtkOym7hdGVLrLX0XeolvXN92Af6a8e9ks1G2c3q9NBfIfq2XncyWjcFYzWIc9/AhnbVQpapRqb3GfTNDSk'
    'n/XTx+A3wtqaRXQsQwS3yhlsh5leCteI+vivAP8njlt4XidCcAVpCr2vz+8O0PoSP6cDPicIbtvichRjamAyAb1nmv01JflKHW+J'
    'csAsJqNznVYN0+XS/qgudy3b51RX3xQyXx0M5VrKOPcmMLwz4eGQbl12wpywrSqsq5FRU/BOT2rptSxx4LEDd1Bf6Z/Lu1qtxTvC'
    'v/u0h9T+PThXZp+fp6xFnN2IryPxmk6qNcV9e6Ni35ZP4jUugye4VCZx4A95N6p3HxiPNb5Rv8am90HD9vV18ZpPqTXHfb9Zse/j'
    'eBiJhFj9bpiK3NMqHJ4QmhzHIBl7mJvxqQFrIMN5lE1uO0sbs7MsYhc5rZ+moI9V1naawqemje+rkXhNJ9Wa4r6tY/u20p9QYEcF'
    'cntIeV1cmyD/haOEf7+Kfud2vBbhx7JAGb9C5McM5fpWW/v2LjYGm/1g9yQpa1jaJ62SwoqI7bLIzaZsaiS0jivQYP4lyGdJhYcx'
    'v2eAEyuKWcCKc8NKxPze2MMcbVOI/z0K/E870MRJtjYpA6k18Em607a8/dEVr8mEWhPcNw06vqstt2N3686/GrK2tQ71wvi+ZLu4'
    'PQynqi3KB9ELyXMdvLiZipx2J0sctz0MbQ9+ejH51iSOtR++RjcXJ3pbxdoPkxWD6F0yPovzzuJS7q2kgVgZ80cTb03KhR9rlO8v'
    'Ex85lY5J1vmFUMfHtlnf1ORa73Sx6x1meosCH9Kga0Pc2AbruNVi307ydaRnYKuj5B98Bn4xXC9ns0dz/87+xx2qPXnQPaogi8lU'
    'ehxG0mAjlDYYi6wFMw3S2aNffbLN/54m5o1i6Xs9+H5eyfp97SHv/SnLGL0xP62gJcWhYSg/rTqzJ49eIOaT4zUp/ZpI+nYFo2Nd'
    'MU80dnqBL5qdl1HoDfLtKsnUVH4QtvyOgHtmD/uncK/FazLeaxLqzxIwPqU/S0j5IH+WWpF/Vw59UYLy2IbahVK5f39FxbJXML+F'
    'Wod6QfP5HJvPp6FelZEvmNQ0lGXw3+WT6pSpyIH5z1/KpTlYDX9ZwO62kb2P+Z4VptcbuGzuK9t3q/ffl4f6f7YESoqZA28Gi/4h'
    'vtfJaTnYLNKJmrpctRVsH8h7ZPuyfxuSPp6XKX4PPT8d6Mp4xVewqJYSET8HIn1Czs94TcZ9TXDf3KHYN3CWZGl5EhYsHeoMUZYJ'
    'gFX5hFmjcDqdTI7JStm2Ydtz4Vebeurv9Qq++PYYZ2KcscAZpDsdsR/tuPh0VgD8cf9eFsN+XGDP9T/IF5UROayOyWGVxD8dcxUu'
    'Z+1iTIF2YrehbWRIee7jLuMsNJLyNL+lTTtNIfJlI2tLygMzhF1MCGy/htGRGSGyN8IxrBwffzlblzRbF5P2bPOF2o51GNpJQrsz'
    'Yt+Hg8b3gfv6DsK6x+t38K1fufDjFGfIfuTx0GaycpTuHtHql6sJKLew1T2ecpBdXxXz3NW2Uamg0Rgz7UaC8xnNN06Lk8KPZV9F'
    '/k11RBiPiJ8XPO8z6m9TTH/LYxq9LL8zWGE5jHeEuql/CdCxpgA/Lo99EdT81+53tynoD610qxLW6TBtqlyn6RqfFLoHlsF7Wqv/'
    'TeXDYuKPKNeYxvG8B97PHe63M0x4PLxa2Un2Yz3YgGeL/Fh+GNsPY/hhTL+wvKU03jKNzYf5IM+C/VTL+BETHvRg519taZ0pHvRG'
    'YLufZI9Gb2p31AdueoOm6oHenyXs4tliLEAeh3AJ+YbxBTFG/ALyDeMyYl7fOeRbt8iPATlD8Q3brFP0NyIKc8K/rOEVTGQRfg+f'
    'xtosth2+dz6q0A9VeAWSejtYeoK4lJYkubhFGnXreNxNFbnTZEGhrtBA6WHGelfkF6yw59Gp3vnmGCdinFDolVX6pg5Gl/J4bgdb'
    '5CR6Qg0XUfguhtn5xT9l1+bnhXZ++juXJdPCj0XO83kF5fpqJOdeHQBgLtO1zYTyi+G/ZRtUDm5UyMuVB3w+PQwfdedkvQZeCSKv'
    '4rdNREjaxObFYwBfysbdAL8hXFR1FovCHAEU/lSnsUnkw7ic8NWbWPuLgGe4lI1Fzn2a8OPDLwrhKVS5y8NidmcIbDn8aF9pEZwn'
    '/VLN+qI8UKWR7Se7/B4q24vCHCLZZb3R3F7qdgZkiP5MJZOa6NdpnG5Vfgw5qd+Scqa4a5MrrlWE5zfp1ugGBoQf957r/YLaRN3i'
    'V6F/jLcfplfA/njOp27H/vcQvYdp/y79XCn8HJO9DIajRK/i0vbFQON47i6Xtk4DvKU5HjqI/selzZVk7jsZPuF7u2PbhwgvhjvN'
    '18Bxc4TAxqUPW5mWwqyHjInm0PlA0oN1KfYzyuSYw+4w8hvmDJxN5HqZ5zHnL7zXPy+x/HX7fT0A/vbOU4V5befs9d7PP+lmM6B5'
    'R+uSXg6ZUsIGcwOuJL9hLkaah1T+Jt9f+FR+HlL5W/0l+bkzDyPfZI5N+f7kXX7uQexn8UWFcP5FdyGce88vhPOKO/PbTRJ+A/Ov'
    '/kPCsy9IvNvB9sSwBR7bwt9Er9VicdZsZ/RxgNGlbvI75t6aGdFZQttdCO2GjXvEcryY24Pn2qJ0g9dJEt3W+oSXByJsnqhDbCV0'
    'nP67YxxxIqgc1d3neKiEl5+WnnMdjC/pPkjm8oLw8n/QubxykIz9/xNe/IRS0Ifpws+LJ9+r4b0O3u+BfHkVSGchf9bNc7z3LXP8'
    '/TFH+Hn2ToP6bSH59uqJ/w8tdyyUu4nk5VuXNj/r6hzgQefdBu/jNfPg45PjWgs6COQ7qA2v24KedZOzQ8cXUt5mLsCe9ruN0EaT'
    'fil9GmBn2E6hzkeo83lTyU5BuTyPFOwOVzs0qVHSmeYIteFTwnLyrhD6nLxLSH2aY5iWmUfKDGnKlDp3eoLYl6jujt9DU8GS15Pw'
    'DKvnGt+Z45VgOjdTvpPadLfEvhp6fc4ncv/fSnw1orPZGtrUXWSKpYT+4W8nisKcb0cQG2ct2XPUxoq5QrvYnqT9Xefon1WKOZ+r'
    'mPOZijmfphj/qQ5wWKWoMxpSB3Oo0zo0vyAteyjAgpbl59x0RZluVqZaUUbyNKrzazzX73LF+m1SrN8HyW8PK9b+4ysK1z7RVrj2'
    'R2vWnp5ZVH4KWnudzBW09pSvCVv7RQZrv8hg7ReVYO3LLdee5nTF3IXzmF/aMtAPlZH2UqT+MvY+Sfh5tc8hNqMgPq+c8As8Z2wf'
    'gSfPu9pp4YM2xHzPaN7qBNOph+W3DILHWoLTRzjovU4q4ZmENPa/yG/TW73ffk9+mwa/vUn86VrZOrdCW79SlJnfml/mFdijlDcO'
    'GrOs87zUyxG6ZDPfJgt5BunLVvKW/f8t0aMPMxoxpNCj6WQk2dbnhRf4RWUzGVb0ETb2oQC7C9cTUZy/hsjU3aSOae73QTavrcDL'
    'mOrwBgz64n2cBXuU0vUhjew5opgbyr6HsbrY1hZCZ4LGFjbHXk3fh4JdwnRNqW0tDFYdIj8nNc/3G0RH0pZ0RJWzdqmDLPuu7hre'
    'J4hCvfZKeLexOajkONVv0r60zkHWDvLLNm2jGdZ8rOfcJNx8ioP8iEdEHPOwyHsGgphkIpddTdeG2hdszuCoeBBb3JjkT1KNGxaP'
    'Qd2xkh8bmD612P4SlvXLLOvH96IC6FXru2B1uBfVYqRro2feGvJ28a1oJOf99VAf5dkOWONLhX/HNV7nsVvnWbAuaeIfqbOBIb+V'
    'Ju7ZQTbHJOF5GkP4GRf6sEYjTw1byDH/qpDrGiz820xkKtrey+zf2wL8yiQMX6/1dGdU9uV+fb3M3tOqgAv93VW2on12WMg/bzJ/'
    'iK/X+j4BQbLhWM9lxELuxbnclJ3LyQqZ2OSupamvSwfTsfVpfELGWmY+tdbfg9ewvvsU+lpabkThz0L9h7hfTkcEcwmDd7dCT5Tz'
    'YSHz/CObnwnO9Gv2J/eDcZ0zhWsx+/LZLIF9H/x2MvNVOAl8FT40pxCW3B9D1j8RfB5Wpc18MrAsvhsUPs58DLLsCuJrYjrelfBt'
    't2a8dEyrye8SRrfUePoUlS6on+27DoZPowpbCcUHne8G3xu9BmuL58dFNZ4+o1S4GyXO/hLerxJ6mrMD1Xj6lmLPYzr+bs0a9Anz'
    'e/IDmjOJ20J+X+35d1DfTr7Gv1Xot3U6YtvzrTeE5uK94WerfThPVHocNP6/rs7nlUz2iK1f01ifsVdUe7Y+0zNVhY+vhdgfhjX2'
    '2B4Yw+nV3vij3H82fHDQ3ppX7ckkYWdMm6EPIpalfZ5M/BjpmXMiOyPWML+/97Lvq+EMeSsr5B4+BjxAl4Z2dzN7xI/GeDyDmn2M'
    '49k7zuPh8Lk1O57TRTh/YYJb7RZ8URvBK9P2Edfai+SH2gz5Kgmf9irfbtoxDniM9H/uGI1jMGQc71R6tkSKt/fNzfez5H6yvazc'
    'iIbu/ZG0m7PZV+bL0qb+FS7y8nYCj2LO9e0KPljO5f5K/5zptjijOy344m4F76biAzlv8dFKn+/vM4SDah35fTeTNdtqMS/kGzZV'
    '+jznROWZcz7RlT6tH2/eOGd7q/R8EGT5Q+q89wJ4r4D37Dr199XwLof3QnifDu+V8F7Cyk+v8/p+o6Jwv7vgmKv/xbMVpdGrmdLv'
    '+0vcf9g5/+fj1D/Of6DCu7c21nIGHRPXb76vwvOTkGWOZPtgFryb4b2K4Xs7vOfAez68T4H3XLZ/Tod9sLTCp10TWS+YJOtlc/by'
    '9ri+qDdAfxTUhxzTP5d7UXpcfMeilscfLff86m3P8xHF/uR6q6B+P1/uy8zjIa/KMVxb7vmWhukvbWTLseLnzyz3+NecvY/t+UPY'
    '3p4O7xmOZ96KgL7mavpqduxrJunLhTbRevPgfTz7vgz6ejvj4/5Yyfi5/T/G/aKO9jsZn+7Y+KqqaKFpXZ0c8flM/v4vBb/9eohe'
    '6tqMd5+S+wHb+jub8g6bCfzH2ya6NuPHDnHhRXV2hty9/gjb5uOuy3j/nog0W47vf5d5/hqUTiXg/T54r4d30pFGPlPm423HGNCN'
    'B0l/W9h6dWj4pG4H+oL4c1eZTxui5NlseLQRMobx0HPIMZxXVnoa2Rmy9ivL/LhFA0xP8LLGx6Ex4b1TCbWt4tAyPzaUC901pRUp'
    'Ar9i6O01Rcgf/ytdOFeXMYSdZU+lPZprQ3dM+aQHSdunMt5rCeMtz7Rs+6/S/n2SqHihMDx6Hc//tH8vqRgdsGyrN6J17gzhHc8u'
    'cT+4749Nj989nxlkXa5mfX9Zo3vHMd09l8X1IW0F0SUTPf6/p7y4lePp7xImFz6Z8vGjXRPjZC1r930O/exN+XfJOhnte92QZn0u'
    '5emtxkoPIvu8IeX5RJdC35G7x5fy8Y3HmjK18WNb5xH4jJVN4jjS51j4Sub8mwkuDQXwbEG4VEHWdVizVt0W+noOl18n/fZXh+yn'
    'dQ776Z+Snl10PGmLHMffJT38pXIJ2kpsdMuyrbuTfnzgS54BO/hT+febn3jCew99DeJF7PfejzzntfGJpJ7OdBvaTG5K+vHrXO7q'
    '6s7I7UnfhlxKHYbs6xzSF5//jgj83ym8ViWLvyd8eNLTuwf5oIbh+vEW/hcme0wG424Uxdk93kj4cS/C8JHjy88Txd0Z5zD+QcLT'
    'I0ZhU1Hhxaim3/vIPIqV32R7n1W05yoj5fx/yRrxPbxLqGOhoGy6g9S1wX1Zpwfq2urkZZ0LA+oG6dhz9r+EH++yK0QvhLrItaSO'
    'yZ0VWefohB8vxIR29WnW+9CEW1yJAdZOdcKPdRLEg9bDhaTqEBjhPP9ThJfFNf8V3M2K2rdRtv0TGIf8/sYGuO/e7cfGle+3IF7t'
    'U6Tsj8/z3qnL/Bi48n1Yj1f27wPK8nYfUpQ9+Rp12f9fUbb3VvUYPh9Qlrf7F6TsWxD/9wENHD4SUJbHDr6WlJUEQL7rzi+sWw80'
    'gJe9fbO6bLei7KnXq8teTMp2Q9k7B9Rz20DKXrcDzqUN6rmtV5TFdeNlT1CUxbXgZZeTsm33e++9+wCHgXdb+IifNwvL/s1jkM9q'
    'rzo2dgspG8YT1pKynK9sgXZnPKWO42Eao8EkL1Z855ndhf0iv0u/2+IifotxjIawtYnjQIbn9XBfp+LiQCYt7xAHxSlV5fSYZYEn'
    'GMfLBq8OcejjYcs+TGOFhMWUjro+rl2GxAo4n9HQlUId32iR8OMHYX7SGuHn5eV5nGSddayNdSI/NyjWzyjq03qLhV18F6n3PjSi'
    'sZr2Se/hp0m9vPxa2bPy7pf065Nm6yPX41gYzxbhx9qMInZ5LSnXDH+4F6NuvwlgdFLCk1twXWgeaZMc0DY0Jy9OtVDlQbrxRnou'
    'dbJ2L4vPnLwzZ/flopgnMO8dp1sYwyRhiY/xuh/c694Ea99GflPl2dPF3HPhRVqgX/lgXsJagkOJc/TsEh9/I6N3VHYp05zHFWRe'
    'ElHnAwxmkXb5HQr6HhL2uZswzlCT8OOz0tjDNGb9TsU7KGa9Khcczg1jqs5Z6cdRpvnXMYcSzS+4kZTB3JJYRuaAzOnPhB+r9xx4'
    'n6/BmeWWOKOLw1PLzn85frS7bFC8bfjHGaStuenCtwsv6hqTjPOMjZbtNZJ3EvBgCODXB/uwzIjWphKJ9CSX65ZyCmMnf9cUQYtV'
    'T6qmvWzfrX4+YIlPHxPBsay47DQYsIc4rg4Dbpi0TfdAKkDOpHFMl4v8nLEm4yoD+iIs+WLXvJdR0Kxi46ya5m2hOjkeR9yGb2uE'
    '3zEXHNKUJPleFnCOZjQ0ajYpz9tzjYV7BLwzB+zoIJV7sVyG8BAY943ywI2kXcQD23aaCA5hbu4k1DmyQLeWnNKPCJAbFGR0twtD'
    'HBSfL1ViPM7RgwvBTnKJRwcqNLSvXrHv6uF7FdsTS5kOJYgvHIs5ttzmvct2T945PrBn8s8R7VN37h+fOZaNwRzRjvbOtybGnMdi'
    'XdNgD/zRkxNrjsg3Ub+VXSI/Zw3Pm0x9CXgeFdc4zuVsfDq+SGUvCeLXUO435e/knN4vvLg8WCcNf0H8Nuq7l4FOgfNJpnx9cgL0'
    'E8SPFxOnuQX6SRJ46uwEjZZ8w2wNvtB8SxS/XfE0QdoVsa1WKdPP3yhuB3fZVqI2NH3mm/CTXF+TImsSZGs5BfxXqN1FJdsF6fVU'
    'az7Z19XEPh9kdwhW0kjohvtRdLKzNrZbjK+9Cv0m05Z6GtRt7xCF+R1z/gqJwjKDrExTwtfp4J3KbuJjyb+hn2SatE3rNZC7HW8L'
    'fRmMw/EforCPK+Db/yHf+tjYXlN8ezfGgqLNUfj2IhnTFua/ijB5htTvYHPKsp3iezHtimlXTLsKfFeCbJVVGr6iivEV4uzs2n7B'
    '++/2tux/t4XrvpKoV1W03xBR+2nWvpb/hvbD2ixTyGnbiM22Fmgd5lxJx/idAlCdo0DLqFwY2014Znlm363wZxTCPIco5iedQ36b'
    'CzbpZvLbt/CcJr+taS30hUbbAt5nxjvSJzracmN8PHjwsclyXa9gOo6ueE35mraP95oWm39Sdb5cAXSgxmHdJ1TiP/MnZce/HkhJ'
    '/lVvv9M/Bxye+oB1Hw9dIOJGJsT/GHEpAedPjEtqXHK180aFS5HwswyHgtpMkjYbCN9g4p/NddJlrK1NwD/VWvjvUNsLnRPVV1Le'
    'SPZzacAcBbnrID9mLHkq2eaHyd7KkLkhvLC9LVCnAnwtCvMvTm1/C8T7LIx+r9ccFO9vQdfpUuYDZuMDpPL9tPdjlBzK5HVkBMal'
    'wYHfMmK8lH6KsDDtJowZ0IvTSGyTTZb260uhjeOS/p1/2kbKwC/3yKQnNyLNUMWhuFKYxTtU1e0S+X7U1Uk/LlApfMlVfuRvJMz9'
    'yF9NeOOIZRmlLJMWRTztRW43WzlGrudgwjvrqN/tcuaLaNvmxRD/xeTMrte0IWNtrCJtqPbOVsXvJrHwaFykRSFyAPfLaBXmcX46'
    '2d6envDuP6hgiPtR9U3nV2LbjhzDm0CnmoGOqHxLamI/gSC7Syn1FVbrj/eXbhDe/Wr0BSgnPlAdbK8MCf/e/kzNvhoV+rjkQbif'
    'i5cv/DwQPC4fP8d2afZUWO5N3nbYmI4UfqzADqGOOzrEztxBNlaMLTWdwJbToW6FD1qXKIy356IjprRR5y9XqdBDmerKb4J3DRkn'
    '96nC2EAJxTxpTGCVr52NrX26MMtXQftT4SyNuaJaW56nYrli3TqYf+FCUcgrdbP3dig7W/ixn/o1cKI+ivxO3y6hjwHuAlvV/kG8'
    'vi/b2I1CnXOlk4zDpi+aQ1OFSx0O92WiwA2c8ykBuDHM9utxCtz4N1ZmGYzPlD/gNG2AtTcL9jcta0LvqhX0/zds7knCEyxPekI7'
    'hcMrjmvdP0HX+r0Wa30igbtJ3MCxXP9fOa7/QMD635+t+xlhFmeOnpk8Hn1HxPShe5xwBs+Ocwn97tXwSMOsznqCZ2F5keTZdIgj'
    'vpjODcc1V/j5BehZ5BrTkt5RVOWdofg1M+HdR6V5Denes8GZbsu507L9xB9uPHmS9YZ0YkSoc1F3sfbaFHce6DmPPHAt41sGhToO'
    'ZbcF/8Jz0tQq8J/nchtW4MjHs397ANYol6xlOWTWkVwzpjEe3wMxHi8itPS0dH6sSF3cXFnvDPgWFneSx6Q+M+2fJYg76yzyHa9i'
    'eXTOTvvr2CQK42EHzUOW2UDycNPYBfK3YyxiXPOxuvKh6zQx89vS9v252u2Fo7zUTJQA/B53B/EJQr6xnPjFIh2qBz0N+hm9DL8t'
    'IeVfJrQB4zzWsn5aFX65tM5M0sd17K4W3kHGu1r42zTweaI+VEsVPog28DrP8e5QXpygdli6RLD+M+y+lI3/TgPx8VCMRwT5MNj2'
    'VUUURNSGivc/XHyQdLhf4Yj79A7eKlF8DAPVGql+Q1wtVXkajy6quAwZ+AuymfO7iHKv3KaxiZ5P9jzWSVrCZI1F+Wamn7et3yT8'
    'GBPNcA6q5rWc0Jiwc6TKcR/I/o9heJxmNO5iwistZGM8SuTHbDCFgepe4hqhj3Olw02KJ2Uw9yYRfsfQdl/jeBNk7guE+g6xid9U'
    'UgTfSU5Z0sgMKUfHViw9TEQANxOcVe2p5ZY4b3uXG9eBnmdoM+Zx+HIOHIv0Php0PzeytdHZo7mMhDzglojOMte1Q99w07vIjSH2'
    'GNv7vzY+LSZxiVqYra8W6NsM0ibaByk+ziH+XdR+WKo+o1jzTBFrvgm+1StotKw7HXxHguIip5l9TlcfYUXjTaXBkR1hjHfj8Ry8'
    'QXH/B/1ZxmuvmPoBqujbUuZzE1Q/Ctxw3WdR3bevIb6LJxjqkcN0QUMiP9dHh2KcJri/xhIeAyH2PalXuUAUnx8pTKdmkgvbJHfN'
    'yBjBzSQvbZdQ56cb0Nh5EcfQV5XKoblmE7uZK6Yvq+HZ3yvy7yzhe0jDq15l4D+2WPh3o3Zq3suJHhrPkHZGB+rIOTKd6DqQLqI/'
    'zSDRo6DPA9dX3KOA4f8D+QPqVg=='
)
