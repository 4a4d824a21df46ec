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
 ('(?:[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(foto|bild|quelle|grafik)\\s*:)|(?:\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$)|(?:©\\s*(dpa|afp|reuters|imago|getty))', 2, 34, 4632, 366, 4, {}, (None, None, None, None, None)),
 ('(?:[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|crédit|image|illustration)\\s*:)|(?:\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$)|(?:^\\s*crédits? photos?\\s*:)', 2, 34, 4998, 402, 3, {}, (None, None, None, None)),
 ('(?:[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b)|(?:\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$)|(?:\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$)|(?:^\\s*(credit|courtesy)\\s*:)', 2, 34, 5400, 839, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%)', 2, 34, 6239, 483, 1, {}, (None, None)),
 ('(?:^(lee también|lea también|te puede interesar|más información)\\s*:)|(?:^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S)|(?:^\\s*(informate|infórmate|entérate) más\\s*$)', 2, 34, 6722, 886, 3, {}, (None, None, None, None)),
 ('(?:^(read more|see more|more):?\\s)|(?:^related:\\s)|(?:^read also:?\\s)|(?:^also read:?\\s)|(?:^see also:?\\s)', 2, 34, 7608, 228, 1, {}, (None, None)),
 ('(?:^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$)|(?:^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$)', 2, 34, 7836, 1334, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：])', 2, 34, 9170, 231, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(태그|키워드|카테고리|#태그)\\s*[:：])', 2, 34, 9401, 233, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*(?:【[^】]{1,16}】\\s*){2,}$)|(?:(投资|投資)(建议|建議).{0,20}(仅供参考|僅供參考|风险自担|風險自負))|(?:^\\s*(风险提示|風險提示|免责声明|免責聲明)\\s*[:：])|(?:观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点)|(?:为自媒体平台)|(?:^\\s*(特别声明|特別聲明|平台声明|平台聲明)\\s*[:：])', 2, 34, 9634, 413, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$)|(?:^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$)|(?:^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$)', 2, 34, 10047, 619, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S)', 2, 34, 10666, 206, 1, {}, (None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))|(?:^\\s*to (view|read|continue reading) the (full|rest of the) (story|article))|(?:^\\s*if you('re| are) (seeing this message|already a subscriber))|(?:^\\s*(instant|immediate) (online )?access to)|(?:^\\s*never miss (the latest|a story))|(?:for the latest (stories|news).{0,40}download)|(?:^\\s*download (our|the) .{0,30}app\\b)", 2, 34, 10872, 1924, 25, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)|(?:^\\s*advertising disclosure)|(?:^\\s*this (post|article|page) (contains|may contain) (references to products|affiliate links))|(?:\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b)|(?:participates in the amazon (services llc )?associates? program)|(?:earns? (revenue|commissions?) from qualifying purchases)', 2, 34, 12796, 1126, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 13922, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*(写真|画像|図)\\s*[:：=])|(?:（(写真|画像)[^）]{0,30}）\\s*$)|(?:^\\s*(画像|写真)(を|の)?(拡大|見る))|(?:写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$)|(?:^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/])|(?:画像はイメージです)', 2, 34, 14118, 599, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：])|(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：])|(?:返回.{0,6}[，,]?\\s*查看更多)', 2, 34, 14717, 388, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)|(?:^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2})|(?:^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$)', 2, 34, 15105, 1170, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 16275, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 17672, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 18243, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 18498, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 18727, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$)', 2, 34, 19180, 221, 2, {}, (None, None, None)),
 ('(?:^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$)', 2, 34, 19401, 171, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 19572, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$)|(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 19716, 184, 3, {}, (None, None, None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 19900, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*baca\\s+(juga|selengkapnya)\\s*:)', 2, 34, 21142, 97, 1, {}, (None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 21239, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 22204, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*simak\\s+(breaking\\s+news|berita|informasi))|(?:whatsapp\\s+channel)|(?:ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram))|(?:dapatkan\\s+(update|informasi).{0,40}(berita|notifikasi))', 2, 34, 22657, 539, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 23196, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|written\\ by|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autor|texte|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|：)', 2, 34, 23412, 1057, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 24469, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 24507, 37, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24544, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24631, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24718, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24812, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24897, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 24991, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25070, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25170, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25256, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25351, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25466, 107, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25573, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25688, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25790, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25873, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 25954, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26053, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26142, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26223, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26321, 137, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26458, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26556, 91, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26647, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26751, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26847, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 26936, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27019, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27104, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27198, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27279, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27375, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27475, 135, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27610, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27712, 128, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27840, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 27944, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28023, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28102, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28181, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28262, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28343, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28422, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28499, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28582, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28661, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28740, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28819, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28898, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 28979, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 29060, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 29141, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 29241, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:o seu endereço de (e-mail|email) não será publicado)|(?:seu endereço de (e-mail|email) não será publicado)|(?:campos obrigatórios são marcados)|(?:^\\s*(\\d+|uma?)\\s+(respostas?|comentários?|pensamentos?)\\s+(para|a|em|sobre)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$)|(?:salvar meus dados neste navegador)|(?:salvar meu nome, email e site neste navegador)', 2, 34, 30069, 976, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:tu dirección de correo electrónico no será publicada)|(?:los campos obligatorios están marcados)|(?:^\\s*(\\d+|una?)\\s+(respuestas?|comentarios?|pensamientos?)\\s+(a|en|sobre|para)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$)|(?:guarda mi nombre, correo electrónico y (sitio )?web en este navegador)', 2, 34, 31045, 835, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 31880, 82, 3, {}, (None, None, None, None)),
 ('(?:votre adresse (e-mail|de messagerie|email) ne sera pas publiée)|(?:les champs obligatoires sont indiqués)|(?:^\\s*(\\d+|une?)\\s+(réponses?|commentaires?|réflexions?)\\s+(à|au|sur|pour)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$)|(?:enregistrer mon nom, mon (e-mail|courriel|adresse e-mail) et mon site)', 2, 34, 31962, 880, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 32842, 714, 1, {'name': 1}, (None, 'name')),
 ('(?:подписывайтесь на (наш|нас))|(?:(наш|наш канал).{0,20}(telegram|телеграм))', 2, 34, 33556, 270, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 33826, 100, 1, {}, (None, None)),
 ('(?:구독\\s*하(세요|기))|(?:뉴스레터.{0,20}(신청|구독))|(?:채널.{0,10}(추가|구독))|(?:^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독))', 2, 34, 33926, 284, 4, {}, (None, None, None, None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 34210, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 35252, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 35348, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 36062, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 37105, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 37995, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 38536, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 39580, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 40139, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 40166, 3665, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 43831, 3753, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 47584, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 47805, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 47831, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 48424, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 48664, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 48695, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 48772, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 48813, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 50424, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 51404, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 51631, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 51729, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 51908, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 51989, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 52010, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 52248, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 52502, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 52692, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 52930, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 52958, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 53138, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 53330, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 53536, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 53568, 30, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 53598, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 53914, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 54135, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 54628, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 54952, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 55158, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 55186, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 55206, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 55238, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 55400, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 55416, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 55622, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 55908, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 56104, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 56158, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 56182, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 56206, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 56249, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 56543, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 56561, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 56578, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 56607, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 56731, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 56861, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 57068, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 57338, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 57442, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 57458, 44, 1, {}, (None, None)),
 ('\\W+', 0, 32, 57502, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 57518, 36, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 57554, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 57598, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 57622, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 57723, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 57748, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 58597, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 58705, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 58719, 28, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 58747, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 58866, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 58927, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 59039, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 59166, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 59287, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 59561, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 59695, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59832, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59951, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59979, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59995, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 60259, 3637, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|december|decembre|desember|dezember|dezembro|décembre|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|august|januar|jänner|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|jan|jul|jun|mai|mar|may|mei|mär|nov|oct|okt|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 63896, 2230, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 66126, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 66346, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 66367, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 66425, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 66441, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 66457, 104, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 66561, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 66941, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 66996, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 67110, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 67407, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 67585, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 67642, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 67699, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 67756, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 67813, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 67874, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 67931, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 67971, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 68111, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 68141, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 68242, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 68266, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 68776, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 68800, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 68824, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 68845, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 69253, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 69394, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 69516, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 69537, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 69556, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 69594, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 70439, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 71283, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 71474, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 71720, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 71798, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 71909, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 71951, 83, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 72034, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 72112, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 72169, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 72201, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 72353, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWZaN21t/SapTsQQichkIQQOoFACAk0GAVlCZuyhK23dJP0RtOdkLAFBUWDwqg4OvpGfeCMYGAAdcBtBBSCo7jgNr7n'
    'jDDg0/jeMDqgojD2u3XP/3P++9+qc6rqntvd6ZzDF05yT+3111///tcJIdLCe+R7PPdU5N43wr9rc38S8K7K/Zmd+1OZ+1MP7+rc'
    'n4bcnyugDSzbD98y+R+DnyT7dyoxrZ788ibbxS5RwtMe8C0dUjcpwvuW+7kl96cP9q8b9i8d758EaXGLKOlZGPj1U+EN1Hv7mH9a'
    '4CwKOK+1sE/yPM4g57AR/i7P87yMV+8qdk5t9jls3/fzJ5VfmJvz6KzSaZc9UAn4btCExf7Kfa2D8tUAH4izJd6dIwvuEeLun/p1'
    'JBy15v6yHOrNgN+xXgXWOzvX9yc93J5p8+s35/4cpBkrwpRqrC59NcF4X8n9+S+oU0P6k89fvOvqjWd8/KabBDknXdAWruPlsFYp'
    'B7yWmIZ4bdeVJeG1ZNDHSoBPCjs3kIoIO4kQOI/3ff/e9yZ2f0k4uA9wYcoC35V8X6Wm3z7mkWbBsyuaTVQ9rcU/xXdVfFfFd1V8'
    'V03Xu6rJEsfVAkpufdx737LXe//2Se/df7/3/v5TXj/fJnWu/673fv0R7/30w977nie896PPenX+CWBM/vbrG7z3Ux/x3j+62Hs/'
    'f4FX9vOk7E/e5733vE9d9rOk7CF7/HHKd9sD3vvOvV7Z/0HKXv+Q9z4M5pzeWzjHD5KyfF14u+8hZVtg3l98Ql32elL251Dm9a+o'
    'y15Nyl4LfR/7A3XZzaRs+mnvvUbT7iZS9tEfeu8ffEu9DucAHMnfdox475MGCvfgNFJGbp6qz5NImS/CHJ57orCv1aTMl5713jN+'
    'WFhmOcCs/G3lRd677lLv22Ly7TOd3vv8O71v88m3FoClzC7vWzP59uDuwm8N5BufUxX5xteN0o3XOPDJLYRMUuLoRDDPb9tXHcPn'
    'uA9HAg1xVO7PCgXuaQA5XwuMj7aRJeUboA16VzWS8g3Qvm07TVGuaTI/ldagNbXtL5ZdhciuQtY8+JZMlswsIM3+yRxB/z8y8R5N'
    'RfmiDS2jw/FVATjeVkYty3Wwc32pBf07zZ8ksPSHOVO/u0LVQ7HMOebjYz4+5uNjmXMsc45lzvFdFeOs+K6K932SZc4SFn7pSJ/H'
    'MuhYBh3LoMsjg26K5dAHtBw6lmlOPbkzPZ+NluckC7xAAmCR28I3M/kktalFXHHYUz6elmN5q+LbN3/ifTuVfDv9fO991nnetxMV'
    '326/wvt2LPlWfbZfph7ODn6rYd8Oh29LYB7yPQBrdij5Nsy+4ZnFeniWsQz+u56cOWwnqKzrPjVBHU4XJxlPVc32KmVJO2VgvGth'
    'vOvJb6du9n5bQ377Q4/32zHkN0kH1MOc62Ad+kifImDM9XCQ5pN1S8McKO+bDJl7hvwb8W0Dwfe0bKIE+/K0xZgaYVzyTC1i615v'
    '0a+cRxbOTKND3Vu+pr7T3+F4z9aw+yFLYEi+n91h324jtGOzthURra0cr+vaVj5TvLa4vqcJt3WoJPhWhceODsBjSyzw2CEWeKwJ'
    'xi+/jZEzLt8jopCexG9Z2DOOB6vIGr0z4QaDWbYPS8j6VcM4PgtvPu5ReHfB2GpImV4yfyzrgivs9XrJaS9jyC+o8xOq1rOCH5P7'
    'VMLnrBC4W8vaDMNbKPv4Cth3oD4Y5aBHFMFN8oB+RICMT0E073KBrAQ56xRnnUfw2U727QyCdxBX9MD+4X14DbxvAhyH7SDtW6Wo'
    'T8usIvTUunRh26ekvfe75vltr0179Q4jY9vOxnQVyh7ImDrZ3GYBnJrWHyX3jQ7n12jOz1JHHpi3szxCPmgR7PsCxv+gPGFrm/e+'
    'Dt4faiuWp/yyB8bVq+YD8rJBqP8f8H4Q3uf2+nqOZij7ZeBzmvuD6+6D98vwvp/9+0EY678CP5Sn36/w3q90+TxHBZGx/QPU/Q28'
    'v9Hm/87n/a/w7fG24nmnhC9LfTuhp236mgPwyftqZnRpI4HZLijX1+bTjU0KGEVavUpBj8n6H2wrpF/kb2+Dti/6qPfe0FZIgyDM'
    'XAjlboT3xTCfeiKL3gDfrmgLrsPPVT2cyxMYTThEzjDFLyPs390oJyb4QL53kN9bYH0ErH+SrM8Msoe0fj8bRy+jt3RwzOdYC/Wk'
    'KnA2yleh/Nfh/Xqbv0fy3Y1nia3hhWSNZZsH5/7MhTZnwzlYMlbYFvb1tAImVfvE+0gSeFLJXOTanaKRtWwFOfD3uorlufgtcW3x'
    'OXxXV2E9lRwC97Oa7WeSwe7tgHteubGwPzqWa84F3Uh/8VhQRnPDHXqcMJTw5N+8PB1nlo0zzcb5Pzd57+NhXf5zZzF938HOyLAG'
    'D8jf3pbwzgriErov50Mf4opiGTx+231X8TrxtVCtU5VinSpE8FpUMl5HN89ZFutFyxzHynB+Tje2ZpDtCAV/hvPOgB7ttd3F6/XQ'
    'Xd57127FHdsL67ZdjRcRx/8L8MwUV2Ebyff5/fD2/+duf3wqnNQI55nC4Gswl3M2+ToevqarxwrLSF0Pbx/vhnuBHsla8jiy3U+d'
    '57174GzeALrHb59vTyfJsbxbeHEhbMfSCOPBs0FlRuIK/6zg3BtZ25WMn6plbTexPX0QaK/X7vLpYf7t8l2+DGQyzsxMNsd0wBxt'
    '1nkWWwt+RhoCzl1VwLmjY58twu81xM2HsfGshPcJong8q1BPKYrHg99Ws75VfLbqN5TrzdF8bwAcYcrHq/icoPu9W6GrS4bEyDG1'
    'h6F0A9JgmxntNUr+XU/oV6TXwni8fkIrlqLXQJmJDa/XSHj0Wvg+22IdOR5LJ7z4TS54LGm5zqtLXOfFRK57NZNj9rA6/eR3yitR'
    'ueYIw3WbDca0VajpNts9l218BuTiuCacB5xo2M04wm4WflsHa7yUyTRc7tfLQfbXAPe+re6E0n/d7C7rgD7aFffdZnbfHQ+wo+IV'
    'uQyd8pRBsq96kKc0GezXABtfL9t/5Jnptx42rlHCw6po6SC8nSV4e8sE4e1atl99IWeAnu0utlf7CAyYyO72d3y+MOHF7ysFn9uu'
    '/3kRr/9JJZ4NxPlSDrrMAif2k3MdJrse1dwhowb94ToORniX3AP7oLpLptJ5yojSZNtr2beo753zwE7S9vxEsVbcniAIBhNMTmmy'
    't7btu8ChyT1y4xS9R5ZFhHdaCM0wbNBeFxvPmILe2N/vpW8kPR3ORN5L10e0n1vKtJ8X7Cf30zKiA91mUL+b0aFDinOh48Ho3pqs'
    'cyn3J70jue3fmwLuwB6HO5DaKXUyenwJjJn2NaSBnVEL/foOIleqs9i/Ds29TeU830v4dlJLGN81nfFuRYT0i00bUdM5V+R+aEr4'
    'e0r1Jost+EmkQUrZuzBe+X/B3LF+UPmwMzFE9t7kHKj4+24N7TViOKew+f6t8IJG6+QStG/T80zrmMoJrid4KSrZB8qW62EdZyrw'
    'vy1dK9s6F+A2bP/7NOO3nQcfA8UnWwn/2cjaHWZ7chT7vpnhHtTJB+1xqePk+kvECVSPOZ/oMSkeOQvsv1zoumoyngpCY5Ryz9I7'
    'IMo7VGW/FRVvlIE2KC4WGhkmtWORbT5J6JRBQxxJ2+sg8nTZ3kOw12Fn+HACzzZrsZrotah+60OEltisoVVV88Bz8i44J7gOJnJ8'
    '+u4JqYN8QJVm/a6FMh2g56dtDxnMY9ig/7cJL74AxWMdbO97NXeybu14XbQtOthCpzCqoF3D6iBvMZvcAfw+6gux1Rpj9v6cPw7D'
    'Y/L355k85OdQZ6Znb5xKZ7JvPBXZbCX+vSpbXZOdUVuHT31D3SQ9jfJ/TeVoOb8wr46PJ/L/9x8hdu2S7/u85+1v/1z+/aOlKw87'
    'e9lR57608by3f/G++5bC5z9/6Nb7xg2eL9/09SUJkf5t7q83yaaH5voYxevrL14/913w4/vII3du13hUj+yx/RfB373nMd3XFvzX'
    'fUXPb75O/zUuxh/L/ZH/f/u4nKfI//dc7r/f5v+fe77+8mvQ8vj4H4v6qxBRPVcqfsv332pQ2SiinWoNi+OiVBM6opbdKZWiMO/Q'
    'cuKX4yKzXBxgp5Ald/DD7E6er9Ax45vSrqMKnyVTnLqP4cmbA/rtKGO/XWCnwukmFY0+pqDbeHmTe0FHj5vSbB3MF2sV3Gl0LZ43'
    'oHFsxsv19CMavteE73w5QD/kKpf/aq6R05JucteqALjL2yAk9WWQPqsiZbZp2pEdVijKyG9/ShT6mISt4Qhre59jfez/Zwmfrwg7'
    'f6YwlpeLB7TbU0K79yd8fLFtAvHFHQH9jpSx36tJv1G1S8eqg/3zEz5+7N9P8ePCxP6P43+X+zPPYqwmuF8Hw7K/HwPvYrs2QW0+'
    'puCF+FrtC9DrUHx1v/BiFdA2hix0QKbyUTqvEY0tns3dN6SQZXB+ux7Wev4E9otyxgsnuF+c7wlgi6bSEenOk4kchM5vovdyKCL7'
    'Fxs/dG5TjrB0jaPe8KAy0Ij8LB/t2M/Llv3MjhD/cN2hCx3jotcKkrHWEDl1BciuKV83WwP7HRq9z4BmP3uIvXKLhRyux7J9Gnsn'
    'rKyKh9DpJlXrnKftAvRB/YY6s7UB7W8ncmXTPegg/Zvo/lzmfS4Zl21/QTiVzsllXEeC/tcVviZi7cL8Qeh5/LKwi9frkgtXF//v'
    'LBEer3CDMI8jeYIwj2W5QpjHhlwkzONeogzNJrYn9d3SxXZ0lUc0gyyGyxgmI16hTXzCFWzMKWEXo4HeT6NpD46mcixH17VxWY+2'
    'XIFnpvl6JAzmVA6clw7BeVcY4Lx3WOC8MyxwXrsFzlstzGPyLrPAj4cK8zi71O9VFxfXFndmHM9MVw4BdaQmL89OcjrG4yopN5NZ'
    'EZt78oOs3tXw9xlAq/XD/mU8PfV+86TMn7RdXKzxPCiXIy6Wix65voT9R12nBMj1xGaOlrOJnSrh6WzyG7V3Fg/4Nh94T+x5DOLW'
    'fsv7tpTgSQE47xFNWRqbezbg1D1fKo4L8utn4NveYt/3BNwZjz9W7PtOY5y7xCLENbVZP5v7Wc4Rky3Y5popKfdZchri5BJyzRQ9'
    'rXqfIhEhfdYk3HyVdTTadgMabdCCRuuyoNEusqDRzrKg0U61oNGOd+BhlxnQYQssaL85BrRfrTDPw1CKP8FE5RBQ8eqV+yGvXiUm'
    'PqdATJdHeAeUlF8gWrrcRM+QUsg1/9ry3L2bwHgjwRVJERw/SBUjqC1ExxYW28eGrhq9PPq4w1bxx3vt1vlQhbyExuNagu2OF9IL'
    'KnlONTvHWeKflY9jN17I99vSCUhbUBg8PffnLSXSG19nsSYPEX5Mmc/Bt6fg/QUSj1SlC5BxJzGfAJWFPMXiUv5bW2n3oCrO/kHj'
    '4TqHA/lsbnhocs/mj546sM7m2+B8lnI2f/597/3q/b68Es/UPfDtO0C7//wLPq2KdOgo0MtnIg28p5Afp2d0kabPiT6j6AtVAfSk'
    'rV9ZM5RNCj8PVUNboR9tA8hzG9v8fze22ckE6F73J/wYzsi23sViO254v/fee3uh7gxxh/z258sL6zwAMTeHdxfjB138YR5D+kmI'
    'o/rxjd77CcgtlNpVrE988pzCst9gZVtI2e9CjOerIG7ib26GNjqL+aHPQtn7WNlP3a6PN9uc8GKxuPgVZtka8LF+H+IBr91RvAZ8'
    'rLwsXYOzIJboItjb32IOu83Fa4Bl99zuvUd2FZYt1zl7Euxe0b4lDwPvBXnCcCGMvADvvtu896Ub/fx5GL8d468jjmsUdm3QvlFP'
    'Pp/BX1AbqtjmKCul4+OxyR+Dfv/tb4tjXevG/svd6jnMgVima6G/W3rVc0sSOwiMVZGvd3bhOfjgJRAPFvq55nKAp/P9OCGuZ6Ga'
    'nQXM+3jkeWqYXaQou/g8NczSs0DHHHYWeNmgs1AzSXThC5Z3zjxSjt4Dm5jdzDmAsy8jd9FljvSGigbfRGizJvg7xlutJX20bn2D'
    'BW5XuXPVKeQvlM5FGmyLKPQDpuNBmyP8O/qXXkl8SoaF2gf1QuHHLOk1sH3cLPz8e2gTx2P9d4rC2I4nkXF0Mjs6LLMaxhFmH7WN'
    'jf8IskYdwjxWA86jmdgjjhrWU63/ZlGc4w3piGaw9+R0tmz75BCY5HGnMwEweVkJcpZduR9WJex4jU2MDqgT5vFJcP9SiWhi0vxO'
    '2MfDeVGUJ47Nd0V4LAl6FvstymIfXxTmsWvvE6XFrv0bwKWl7BH1IXp3RO2hP/oI8RVYk/bex7PcRSdB7qJ3ktxFK6FsO7zb4H0c'
    'vFfDe326sO3VaZ9eQF+YDSH9HUHop1Ph2y3zvPetpIyuPubExDvhRIjn/71zvG8rybePAQ186HZfT6PTOS8ivOko6E9eBf3MY1Dm'
    'IFL/L+/w3qeNeN9mkm9zLiz8NoPov2W9eqYTl+VVNLntXU3xmNS/nyns8RiVBaUjkMXQvbwW3j910IeajKmU9dLRajWMVnOxAdb5'
    'Ufca0hsqG+pBhov7GF6UecxOEeqcRKMa+/BO9p5IHzsb/zsTGgV5vYPZWo9p2uvW+JiZrvd8ggO3Cbt4Qi79udpERxEjTkeX0XNT'
    'TeRqw468ZBhcVBjen71C7WM7xmjvQ0EfQb91GsAmjddoku8vaB9xfCp/eJU/F8bkr9DQPDT/EvfL3K6h02ncxboKLyYVp71U+QlV'
    'a8NxXlD8MypnXKeRMx5sgUdKgQVJYxxmML+JghPMC2mKhzvZXl8r9LLPu7Iej4w8zIF05ioC4G4iYD7P82fdcCT3qQrz+eIxNGkM'
    'zmWK+28qwD5dp0VgR6WKR7YtxOdsUPN7lwiOg0vpGlXswrzMO+PFsXOVl5qssyrO7bBQ+2COKtarnHukirGh8rWuYbA3g9DHpniN'
    'x3oeFmr/4W6h9ytGezyUeVytoQ1N5BE8him9b1XxIFW57Oj6bRHBsSQHLccYtucoO5iVg+HvOeIgGj/PdSwULjCv3xxH2p/CMs/L'
    'tFhxj5rEMB1h+zxT+LFWbeIj6HBJvSGvZbqGDYa040IFTtwm1HE9g2RkHUKdf9YGPzRO0bsnLPbRm9Oe/4wL/m9i+6SKlayj/4Lg'
    'tkNzJ/A8iLjezXA26Nhmae5CE7w4YIE7VXGuMdch+pMsYGObI8xj9fYKuzzqOEc6lmbhxwvW0Q6lxuH+fMrDLy44mOqeMIcnte05'
    'gsmyOc6hbfC7JyiH21y2TgeROqa6kK0MR6vu0G0BNPzBATiGjm2eKMx116ehlSlf3SDs49qq1ukQ+G1tbo+/U+I9y+c1n+lITfR+'
    'PUwGsJasSxAPgfFhjjK4+0xpujHNXRE0DtO2exV7cagGXvoU42iEtypHIj8f/dBXq1DHbDLB3XRcQ6S/sPHyOS5gc1go/JjnpdI+'
    'LWWizej4F8Fvg7kfv+FwXkz013RNdyhwX6Pwc+hWMTyqi42j4jGDYuMsZvt0OPR3mrCLs2JzHnSwVCrdSXWVUcn7uX57HeCqUmUf'
    'U13WQWHkCPjtc7l673SkM5eEjKVCFMb1t6UzOW9zkPBjNw0oYMMUj5vE+1rK6NiD2NyXae4oW3sDek6PLDM9GMQzLU14Y3ehIbg8'
    'Myxm6kAJeMGUV10O8DfP4D4Oi/1lAreqO8wUD4TdjRQuj4LfvkbKqfhwU1okirnTdV8B6+46bxMaM4znofmkbWXtfL2PZrL8JUyW'
    'r8ppwvEB/c7p3jPA3s/l3JXSN92zNiYv0MkYKQ9lQi+uJP3o8leo8uYNM32hzo6iiuiDe0vQB+9PNCzPmRo1r2R6f3Aao1+jB/5T'
    'yrM/LUUP1R1wr5jM1ZTmHQiQrVJ4/GbKw8Ol8A+6/Dl8L01zwanyTdEx/3VuzBdP4X1w5TW6S9z7LgX8mtLtnAc7KbfGMxNTQ9/B'
    'bdyHLeZHdX3lwGc05utwCG/G7UjoHNF+4xBDnUmHIZyF0QdUFsPtaHdY4GebMQXFI6Z24ido8MFmEZyHatCSzwiTjapySg4xPDKm'
    'sP0OW/vjwZ9BlVdys6FuyYU/5PSyKb7aaklvVsBvR+Z+/CeCw7k8nvKm9YymqTSATepbxn2sdPJrCouU1uGw1GUhQwqSwdeweXKf'
    'uRkKXgv136jjaWF1TPxgBjSyIK6/qSfr16A57wOiMB9tuXhf23zYC0BmrbN3MJWlueTi5vpZSqcM5Op9VXM32N49YWWGHfleG/tl'
    'Gz68QwN/OxXrSM9Fm0L/a0rzjljod1zuBp73vYudoZlM5jWZeZFbGI4J6i9heNfpcsSjjYy08foHA5zrOjbUuVcQme1IiLxOxReG'
    '5e8YmEL4zXatOE6azfZ2s2ZvB1i5Umy+NpM72pUXGtbwJ10K+0YT/GBKt3C5TILIZTaUKJdBOvde4eejzsAYnz3M91OtIncwxTNL'
    'Fb4UHHaHmb7ORA7Zy9Z0VCOzaiQwthN0psif0T7uhbecE+V3bP2Z0iH+TBgT8R1lXgsXv3Nul8/3vkGx9zUGe8/5pqYyravuPCTJ'
    'ebijxPOg80OsE3r/RbqWL7+jNF+fkmO8Tq8HlxFOrdOTDisg9+uJhKdbwXhRqnhdHCaqAmBCFa8rS+Tz+Vjx4z4tIf/u4gP54YRn'
    'd+AC8zz2P59DVcDc+ZlvFoXxIJDvoPE2Pgix3QbbCvnxJubXgH0+DzFUjri4eDy7IY7K7ja9jf9ZCS/OMh8/HQttxwZn1bAzmyWw'
    'g7hSCPt4qlUKX4N8vJlzfZ7dBb+qyrn4Bqt8Ef+m174N3fpVjft3i+3Y6LmQcQwecTgX5dpb6jtRKj6ptYSpGoWMhsatkrG8qLwl'
    'vqtKuKt2hd832meX2V3VTHgoCifyPQR47R54P8/iaj4K7154X9xmFvdIwuV5JdJWKG88/wqIdwYxo86CmFaDNylirV0J8Sa2qcvS'
    '+FJXbgwuS+39XtoWPIZS6Leg+FLLc4U+JtxiFvK4oknNPe4aV5Tmmolj/urpmHLFFa0Q9nFFMc8Yvfs+BPIOl7PKabCKPu9943Ve'
    '2yeSb3O3eO/u671vx5JvWThX18G3oxTfLv+o9+1wwmNeA3fiiru89zO7/ZjDWObn8G3sQ9DO+4rzL/F2LtxUzM/ydrAMpyWjOvtH'
    'gQ1iPtbtHRBr8B2FtjtZYrsTRIvMAFpkueOZ+CXEI6wBeviVzTDei83vg0sipq/wXG1ypK84D8/jBc0l3+6EeEHfedSnexAuZFxb'
    '+f4o5JBY/+NiPPoJyE3z0e9Ed1+sJ7CDMLMKcgHi+qj4Uj7PqoB5lpJHeb0Dn4D2F7MA5yUI/nOh619KeTiaz1u+50GOjt/vsZ+X'
    'bPunKc+Xl8aHS4es9dEBa73EAKZofrmg+dQTPYMK/ihtcz2M4/89os594ppfLgoYcI1pSWFgILdPP7KQHdLcIFXs7JVCg5SrXRWP'
    'vcIBxx9tuVdx/rjg/HGJaZQ/jp6njyVlasP4PB3IOXZbcgu4PuGtYTesX9pBpjP5+YVS0ecXai+j8iHgabCkrW1xPsbroLnrMD6c'
    'LnddBuphPgKa4wz1dDcKP7YZ9T2guepU9oVYZpCU6VHYEtXD73WiOD5VWHzBCwPs6saEPuZTmK7+FGJnY+sTgzIbpCfnO7bjahdC'
    'Ywuo/GoHhTp+0zCTITUDn26Lhyh9zWneKgJL3cQ3gvbrmmf9fwsv5qrqfljmQG/tAbq7AXL7vfglu/r1X3XzT+q0lYc94MfIdVm3'
    '9ws3/wzZ58OL3XRNs+BPtSjOt5kMwVkYT/5y0t5BUF628Skic6H8+IsPF96tpeTp4XxjUwDfWGPAN7rmAnHh4WbA32fB+tA8ISiz'
    'qNbAik6OlBbF+RT+lLAb11WMRty/6ZZoiaA3FsY1X3lYwvKI85mr9ESYM+c1yIUy5ybv/Vd3eLA1RGUntxeW/fUNQA9B2W5y3rDd'
    'OaDruYye09v9+vVgx/VGjHDW/0byjfd3Ovm2AGTof9rk0wr8W+2lfkwX/PbpTZBzts/7dgz5to99W051x2cXzm+x4hvOb76ivwV9'
    'xbm497FvNBf3D0CXdtx5xfLHF+Dbf99Wupy0lPM9zVTNKaYvbnA748mSdNGlxJ6mOo8WpvOI8XoIXve2rTXyPTf4XIqMYTQ3+nvi'
    'O/6AvuO57qoH9JB3DhbfR+/eWPiN3kcn7yz8Ru+jP4PuN62wG8Rvb393afqw+D5S3EeijPeRiO+j+D6K9j76fu6H78b30QF9H/Fc'
    'uO/pgTzIO9X30wZSFnOJYh1e9gRS9kEo89pd6rIrSNnbBsCW80p12UUB4+V3ZkvAeHnZWsV4L9+lLutqQxDfm/G9GePK/fveDMvL'
    'TmW6/2V5v3YE+RcYXSFJET/0eYye//YoYSJ0vw7sM54gON2NHkokIqd3uI2sAP3SkkeLeeXfPumXKUV2q+L70W5A6sV4v6MP+3aL'
    'pfDoMXwawWe78x2UTEYKn040QnLaEoepCEyIFE+7FW2I+qqThZsPzwyhzz1po7N+HexCPvyUpe8RwSXlpHViGmcyn/ay0jg6f5WG'
    'ttL9VfI2HtsK20XfJemfRO9b1T1K5QpcD0x5eK4HznwE6u0ulrs/BDKKXbuL5e5U3sDl7p8Bf/3z7yy+01de5L3rLi39TtftR2Ob'
    '71fgcvfofLeC4o08KqaWjznSdzx3+SJRnLuc7jnPjU73nOdGp3u+odt7X31F8Z4f0lP4LY6Jsn/5mR8h/FwnNCYKhVeEGwkj/DyX'
    'I95JmF+iy1mM5VTT044sQ+4slN3rYm+sJ98eYDjtOPLtJ+d773N6i/3/vn0V0AWdvi01tw976iN+fFC08UQZ+1lwf53RWSy7p/3m'
    '7+22wrnVKnQCWCYodk+Mh0vGw4eVgIdD60Ylm58Vy+anvWxeR6e63IncH2KJAr+ijw76IXAfnWtFuK/PECmDOSUHWTubhd4fCPO8'
    'XKboi4/nAmEWn7qb1XuL8H2N8JtJLPU1Qu8HtZKMl8Zdpvlg5N/L4aukypGpijvJ83F3CPX9IXmFZYQOQzqxnL7K6JOA5dCXTeeD'
    'SWOlqOB7aURnLlOGM9cCOJr6YFSKYv/PUuKBHO1IY1UJdaxvhPOzhVk+WZ7HtZ2cua3CLJdDPl4G8LqqfC/9wi7uOo3965LnCuky'
    'ek63icIY4xiP6Vihp83KBatUjuHiz6Ua2yby90bQLT23R132shJ00LLubIUuyQbm0dfwla/6PhvLFd9K0a+loZ0LflIsO7ngy368'
    'Di47uejH/tx08Y5lXN+DhJsfHp1fXq7+sNrPPojnzhL4udARfqKMTSnn8XkW9+5leD/d5qa/iGpcfzjbDc43CT/eTdDcaOy/GogF'
    '+OWz/XirNNbpC+/1+eFTDdpWxSVF2bWMo4ow2aSRUd/V6dtsF/k3bi7kfb96h1o+rIrFc3FbYQxY2u4u+LaVrI3Kbi0IvmsIfJ9e'
    'AnybwlFChPv8bhX6vAC63Gr8fuW4GOu54uLbcwU+Lorz/XEa0iZvqw2d2ifCczbzfBKYG+QoUZwTxCTHEa3L87eZ5g83yRFAx7zd'
    'YGwjojgHpSrnTFD+kT4NDaTLS/cHUZwnKggW+x3HIvf0d6nCfGd0HKo8rSo+ZqSEcfA94XPtD+jTJF+t6Rnh+ztgUJfuJ8Y4UOUB'
    '5/lRtgqzvLGcl5X7dWtuv64Q5rmjexzPBR1DZ4lrrMtLpoP/7Rp45zDAz1OH4fqa5tPqYWt/eG7tzxJu+RJd7hlbGOkRxfmWStk3'
    'vl99lmOSa/az3KVxXch+jwh9jqNyzacZeH9uU0dlQWF5xWjOIpSFyHZnsnbTojhXJM+XpMqvjrk/bPN2dQesX1Q0Dy8n9/ry3AK+'
    'Ltzi5GJ8j1oLOg9zW9ZZ0kQ857YLLaWLF5IQ5jGBWzRw0c3We5DtW4+G5hwUhfFZZmvaGWV4dkgjN+X7e4bwc3K5tInxGOZNEO3N'
    '8yiNCHXesq3CLTegao10sY5N4KKa8GM0j96YKIxxo8pRWKOQ148RmkqVq9J0bCpdmGyvM+HhRNvzTmPe4Dcqa20h5ZeI4hg5y0Vh'
    'XF9dTEPMEWGaU7kvhN9QwUMngR3bXBI4B5tY6k0MZuqEOk6jLn89zUtBec7/zP35D8X5s8GLqrtmUKhzRfLyy9ndzPOgNpQ4Nnqv'
    'NhJ+ulS+tRlsD+hYmyaQn6U5KVUy4eUKXn0sgPdRrf2sCNd+Nln7ieAzXGinqHgqVc7FTqHOzbhd2OVADZKzVTvqzOj4Ohhu7LC8'
    'y1BuhfmZtzDY62U60IUG9L1KLsBphF6FjovqrrDcjhAdrC0Oj0pvSfdgh8WaH1FkS5Q8oB9q+1GO+NK4p11sby63sOdKTnODrvzC'
    'XlmSI0KgZQ+3SZB317PMbkLEZyg+Q/EZMj5DVPcoz9PvEv6dpcqRNdfyrlxuUR5tvg6x1Ol1KOhb0/qyz4Md5nW45by43jTGPTHu'
    'ie/v4vs7G9/f8RmKz5DV/U1zQFMbXVMZY71CX0HvbpQrrmNyxSomV+Q8caUojmdzjsXYwmQDfQF6KiqDEkSeTOVGYfrNMPvU5gD5'
    'fAPRU20ztN9VySWycLbyebtyP2xNuMUNaSpxPTF+dq1G/9Oj06Ez2auLzBVztzUx2c6IhVxyVKjt4vJ7mCjMC5suo0/XgYD/yM3S'
    '4HLVpA3uIFs9cxTwv8MB/vsjgv9LIoL/00F/QG2vuOy3h8klh9h7K7S1mvjXjFrY2I0G+N5gTsdDLGzMVPpyU9n+oEa/T+0xovSz'
    'nkFsYv/GQZdair5kQKEHd5HxH63RbfRY2mVxOb4Nz+/iT7KW6LY6Q/y+guC2g9xth1nMUWdfqcMHNvur83G4LuHlKqe4qk9hf2Xq'
    '1zNM3jb71aXpe1Czn4j3zsg18FmDNd4qiv36gurYwH2S2MyrdE0DBnszJ2LYU8V/yRAbiqQojtF7ONOZcbzeq9C1lftMHkXsoqKG'
    'z3qg+Wdq7huuU+zV2CcOCL3vw925P5/W2HENa+wctyrOgA08Ik1TL4rz96nGMcromKmMtypCYBlt6aI8S5hXns55yMJGbLMFfopy'
    'raqEfY6wgyzl3NnzvPfnwBeq7bzgWE9yPP8IZ6sUv7+t4PP0vS7fXoB/S1zry++r2Ddxtv9vni/uXV2FbVO/J/yG9d/VpbcXUMWG'
    'UPlv0TWsB10D9lcD8Ui+DfFJKi8s9nM8A+a0trfYzxG/XbEl/F6oJuOktOrbgC9whQu8YyhcvHyzDy8UZ9I+qoU+tqEqB+ANF/tr'
    'xfdNt46uef5MaHnq/5shtHw9zK1ShPuEyrqnKPg6ioOoH7aJfbqKJu9id4WJTVe/IQ9mOqZhofZV/7uUj39Nbc1UNlY9Frif3/G9'
    'Gl8VLte7joy118I+TGVzaupb0Rlic6kb6zkpT58qf1ubLuzvpLT3fuc8vz8ZBZK+V7M6p0Cdd5E6Jxu0u56VORbK3EzKrE4XlkUZ'
    '9KlQ9pZ53vvWef4Zaknp4X04wC7dhidVwdkO6P/VpBfXVf7Wxua4Csa9a55/RsLmZLI/KjtHvi8mfdExm5Q9E/ZnTdqb+5eSfpwI'
    'G/i3oc+GNPhjiOGPjyT9nM9bNXb7oxb9dwp1jBje77VJ39cA6zwX0r7q3D7Hfr97fnHeaNnfpUlPXs1p/CC8z3mBX8H7BTIn2fab'
    'yVy2O+zVaAiO4mdnadKjRW3uN1U/3SH91JN+wtami7zD5v0yw7W/T/h8pg0uUsk//x10PKZrwdvdEbIm/5wo5rlVPr+m9zpv/+GE'
    'Lxfu0JylPkW/YbKCTxi0O2QpG5ftvjvh8RB0r7id8VgEtJDsS+rvGjV9bdfoHzi/eglpg8PQtULtK8v36K2JYtn98wT+ad1eg7WU'
    'OCuvI0z4cgndHvEYXAj3hxnU7dPg4tkJXzfTYYi/KxPF+hzVOlLZyWvCv2sm6s6X/f4rufdN7mukp9amS6cVZP9fI7b9Qxr5Gd5T'
    'D5OyQesqy/698ONuYiyTDRBz5Io2Pw5L/vwTnbrpfSvrfUDo42whLNyqKMPh5XpSRkdzX0N40j9C3Oe3XAcxw3d5ZbaQMjS2Cy3T'
    'QcocdKf3/ofdENvoAq/MRaSMgBhOr3wT4vbv9XNsY5m/2gtr8zjkItvrx+er0OCJkwn/fenGwjGuEfq4rivJN7oO8tsy8u3B7sI4'
    'rIvIN75u88i3C28p/DabfGt5X+G3Otrf7sJvqji3SUudHMojg+KSq2Ki62QDdEyyfJAMIkHk+64yiBZoMwEyo1qYN/pr1hNfw/y5'
    'VMhJVOMqVTZC4/bh+leCLkWej53wd4kDxg3GVBnBmGzvNRsYmusAQzZ2zkFwRX0nMqS9JLMTn6y1Vd37B8raVk3C2gbRsQfKuleU'
    'ed1jWC7vmprwfwfKuqcjWneVr+p0X7sZEa9duWSEB8p+ZCZ4P2I4t1vXKGXTB8raN0a09lNZf3qg7GVtmfZyIvVq8bmz26upbAsQ'
    'nzu7vZwoHfKBsi/ZiPYlSO8Q0752a6nSg8QyCLc1LIeuON6L0vbCRJce4wy3NT4Q77CaMqxhlLZOB8o+NEe8DweSrXV8Vu1gpFz2'
    'ggfKPlSXaR9s7CkPlLWum4S1jsKOPj4L5vtTDnvgmM+wOx8u9raxnCe6NY5tT6JbS+7jH+MAuzUt1V4+lj/YrfuBrNuIipaO2t8n'
    'to1wW/9y+dbF/I7dfhxIfrsx7TQ1YeNA2Zf6iPZlusUyiM+lnQxkov0fYxtx8/3hfoLx2tmtHfWjjNfObu2on2nMW7uv3YF2dqNa'
    'Q5Uvd3yG7daQ+oMfKGuXimjtDqQ1y0a0ZkExJ+Kza7eWB+LdEdXa0XgW8drZrR2N9xGvneV9uzum91zXThWXJ15DuzVUxS2K19Bu'
    'DVVxnQ5E2nkpWUPZ18zP+zBmuh5B86pWlAtrj8aRlvlyjtGMLUvq5OnRvXb9qGKo3wpwsfjR4pjiFGZ4TPHPPgjvPfq8Irp4VDQO'
    '0NXCLS+EysdrNMTGU5ejDtdkplDnHRkQ6pwQ3QqdK8Y8m8fa6hRqf8FBYe7XOaLpT/Z1kAj20zbxHejXrKsq/xHu8ZNJT6dMY9pj'
    'vMQtmv3ZKQrj+2Fu3aD8GmG2pGExNXnMe5r7D2OjNSnmH7aGfI1WCT/vxGgJe4HtzZ9gWFLlLzkz6eW/wDyD1Oa3n/gxBM0R6+py'
    'Iuj8sExzZvCcQIfmGq5J2OfOkr4jyxjO5LlUTOAa4YvnJeyz3CPaDs9TgPm438zGi/lPFohiX2UXOKT7bOrzIsd7iPBj5pbjXOvW'
    'BnOONgLMVcCequC+t4T+bf29w87e7AjvILoeNQAnKxmczGA2QmOiOEc6/b5d2McA4XN2xa2NcK/Y5NpT0UwLFDTXrNwPZwp7XEHX'
    '5EVRGK+hP8Aeq5T8fD2adlRl+wLgje7rTrb/vRoY7IX1ehrg0WW9Oh1t2oJ86abKGS7n/tq2Q+OHyD3blPtz8RQ4x3QfBwz7V9EO'
    '80VhnqJqwBE0jq8LnUJzBuloLo5f6y34nXeL4vg6pus3xtavR4Gvg2D0V0Id26db6HNi4+9Ib8jvRwn3HLVNZG9c6nMehM4D1+GF'
    'EtZ4hNjtq3xlxxg89FucxQ623ghLG3IMyTunMBwkpzgcpKYJHDyRLPYb7mBr5OJ7PiSKc/GGjbVXqPNDvmzRhukYw/bkBQ28Dmj4'
    'xqB1DsP9HUmZnt2etqFyhFoLGSHK3OoYXA0o6FecU0LDq7vkB12qwBFh++ESn6JDIT8OqotzPA/q030d0vBEPAbX85aw6jK+ZWR8'
    'qlg/pjlpw+biOj5dbkMTGEE5Qo3Qx4ugOWdaAQ7pbwcLP28EzW1P5SJha6TCXzTfCuf9Teeoyisp27sy9/EOB/6mFuY6m3yTc1lO'
    '2plB6CpaHsuhLkU1xhlknijXmCfM8tib8hK6O7Fe+HlhXeJO0v3fpqBnVDILm1yjay1lfE0KWYgKR+t4DiqPoLKEHwCfZXru+9ma'
    'dChkfyr8MGZx/3c73ocqmspWlq1qo0MDB70B4yzIqQd1J2KNVeNX3T/0/LYq8J0NfcvbiEIeELYnU2Ffdfwz9Qm5hY1lTAHrYWuh'
    'i8VkG6MnjHdS0SwjmjEMaWCnXzNWHmP5ZQsdUJemz8H9hF9C2kLmFx1x1E+Um8cymZ+OxxoS0fNYtmf8+QCZXdQ812m5fax25LlE'
    'hDzXoCXPlbCkp1E/fmQJPNeYw1668l4Xl8B7dUwA7yX1WUdHxHuZyv3LwZelLOGI5nKj+PBwBa+F+sBDI+K1ai34QVf5hI4vW5/7'
    '+P4pzpdlmf6h2+KewzU+LPdnoShPfP9OQxonSHYwEfxYpQM/VqXgxx70zOcK7tsxDdzqcpKE4QcTHkF1nlQ8w/5EL9KYcc0As3QP'
    'qyPgWUzuDqqrqCG2NttFcV4End7ElU6aaF4oCXDeDH+ojS7mcEWeCO2Quphes0H48RYHSFnabxOhr6id75FE90PpIKRvKI5Pas5w'
    'gtx7zVAnyGZjLbv7sI+kQR8ZmEuQb9ijQh07alRzZls1e2hKz5nwVFwPW0HsCnsi0L+1A+4J4l0HIppPhyjOf2Jjb8Ft6HpEefXH'
    'pjIXFf/bIfQxlm3jMrvwzPvYuj2c9O17TG02VPdRXwCvPFk8so2cJwo9pCrXi6kt1qAFPXg12/99Bjz0mtw+/0G48dDJCeCheyLm'
    'fRayPd4n1LGIBw3PsKtuclkIf2zCJ9vAscs4lwBvqFqvzRq68VpD2ovueSk8sKv+Gnng56DNhYQH7mD6pYMBXsPgYYzRYiqed0hT'
    '1lXfquN5T819vGmK87yoJ66zwHFIb8pxzNHcnfuEW/66IJ3wRPCu1Q68a42Cd/1G7s/jGvxRThtYnQ8CxWdDGt5Jxf+q+NygdlAf'
    'GzXNezrRX3cFnGNbW2Bsvy33Z8UE8gZRrQs9K7UaHnnUYv+i0lMG8cE8Hops515ik4P3wrOHeb8tJrwvlWk3gA0U96Pj8DFMZB62'
    'NnR9Gtxkg2NaGK/P59ygmHONwZwpv28znuMZz14FZdMB/HgzjIHXM7nLsgTO876xrXZraDrGJgcfE51PNOK8FQ5zpnx/A7Q7A+7n'
    'fH1Z6XyBT4NQPPUAe5vJOGS1K4V/Fi+F+afyHScP6Ieu3V881KJ43ii2Szg8nPaVZ+I6+P3EeL+n/X7PVOiOw3BBBeNDsM4bSCIA'
    'Hl5n8JCJ4WFKwMNHhO+fy+3UuA2YK60RJjMaI/jm2K94718/7H0bJN9OH/Heb+r1vsm+5gaM3cRnr0sxXkr3nU1ollEFrW5r+zhi'
    'ITc0WbvDQaeuGp+LfaWp/RKNlUJ5RR2dXAO0r6yzR5jFsA6LXX0yiRcfFi/7jJD46BhDXb5PSNvFbg7r+8x04RqvT/v9qfzc6Pci'
    '3AhrG4gR4kckE2blKhW/0bgicu0vEYX+Z3R/5Pv0tAfXKajTSHgh3PO1rA5v48S0XiatilNBZdAzRXAcFa7zHVHoUCjfaRu3/MR0'
    '4b+PYfHscY7r0vrYHkH89UyY58EwpgVXe+/7e9SxhP79A9676o7ieEEV7/Xe/32bPpbMmwi/irEOMU740i1eGSmbWzOJ96buTrPV'
    'E3K7gG4LecdiaL//fu/95Oft5JsX/Vi9f2sgNtiHnyqOydX2gH7ffkfGNPqw977nCe9d+SjU/0HwmUqysTwH9e//TjEs0Xmrzq78'
    '7TtAX+XjZH3Hezc8VDiGas25xn4+/AwQ1nvsxoBn63Mgn3GR3fO7J5ywjG+hwqc9Tf8RVjpINp9lupFLv+vDgM254/A0n7TJYdS1'
    'TVMYrQjBNzR26GwFj2AzxvTT3nvPXq/PP6Y8uQf+lscPX/Xe/++Hdm1XQmzIx77ltf1cyrP7yq/J04Vx7G6/3z72YQvcM1SvWcgz'
    'hz/JxPR9lIRxJKgoXcQzX5Vb8GMN9Rs2MHTxj733F58Ivh/4fclhj569UYC5e5/S35urc/P5mEKeTu9DpIf2PAZn+UkfhuthDVBn'
    'c+1e/66V7+MfKrxL13zF9+OsEcXfeD/1RO4kf5v9tE8L5M/1Hu/9Xli/dV9R38dNlvvxuy9478setat3G+CQNT+JRn4fFNPUpN1q'
    'Asm1AFdzAFff/VO3NmuEHxMWx4o6DGqXiTD2iaTH96vom3lf9fdPll1Evj36Q+/9g2/5PEqtop58P6KpUx9Q5/0r1XV0NiEm+3/t'
    'XjsaqxvWLW2Ix6cxUk8VIV13Eaf3tAYgdM0j9/+3CQ+nIe2fv7eBL9lgSRu94oAPZPk3Q7+37C3Etd/KFTgFaQuIzXvpj9xooQum'
    'CI6qEb5/rQk+uS3h027fXWw399/DfdEA70fhLrsSYg9fnSs45OAHqLIZX2e5Fs1A/3IbM0pj3AtvqV+ndLStvvhqwHOzoP1+WO/M'
    'fqaDSZk/aRsdTHt7+XQw4w5PvUKHY6PHr2Rn9nB4Z8fdbNSQJ0GbwliPp9DjlRGGKJ5ZIQrjsVQF2APXA/1XK9R+VWg7tpXZlFYR'
    'm9atAfamNSXizJOEe9x6E7nlTOjnM3vt7o1b4c78DtwTp5XQ1tNf8u8g2daxwr/PHgN64Wdwt1/5Jbu2kS8S3yqMf1xB+K3Hgb/6'
    '0hOFc7v3y4U6fpTTyvcNj6jLJgndpFt/mj/iUrRLetZeDkLlJ617C/lhXL/rLddLzkO+EzCvdUBvXQr7vJzss2RibNreALTF06DP'
    'nkvG6drWzx7225TvFx/W8/Z9SU+fUcp6N/ywUN7Gz+tFe+1pnNkKOUN+zZ/xYczmbkP+XkU3twPdvDjp6Tls6TrZxomtdvObycaX'
    'FvY5Y6jfID3XUjYSpMPIMv6a7jvGR0N5zhpYq+f2FMqJmom8FeUtko+xWbN5T/v0tk7u+1jCswGV5YY/XyizQl2NaX9f/IHP0yCe'
    'djlnu77mvV+Hcf91wtcr3bnXx81W8vGnAIfCGb70x3b1H9xTOKYRMqZXv+rLzlz4UoQrW7yJePgzAFdnJXxd1wnAK1/0eDFOtenj'
    'FtiLi+C+vI3ISFU4cHnCw7Fc75CHqx878u1MHzmTrD3lHenZNO2Dyp1s6lH9phzTS8LL2VMKPLzwBXd4oP43iHd+/oSv9+ByaU5L'
    'cT+ZfFwlYmc9Cvv+J0udj2p/XODwt08WnsOlX1DD3+2gy6e0eKNQ+2xtF8HxkVEXfyjQcNxHuhT/hl6hznfUHULPh/mPUb/aHZb1'
    'SsnBoYtbheNA34tFjvc/1+HZ0lBSPodnwiRGewbgh8rZqDxshcJG3ybmAeUb6Tx0/nWlxFZw6YfrCFbivSKKcckqpI+E2q/FND5D'
    'htiDBfmOfCZlL39pBt6b2lJniH9GPZzBDFmverCRxt+uF34OBe5bij49F4hiX9SNpPwYkwOcLvx4Bh0aW9CwmAGyneNgvthvWPll'
    'ZEzHpAvnvIjwnu113vsIeC+G96q6Qr9NFV+y3HKPUM5cij9Sh0J2S+H4sKd8+bvs562Kb9/8CfjcUtvn8733Wed5305UfLv9Cl+W'
    'gN+qz/bL1MP88FsN+3a4Aq4GyB1Uwe4x/IbyewpDK0Sh3+UKofZhDirrGvepidAjNrjKRvZJz+9aGO968tupm/0cfPjbH3q8344h'
    'v+F9sEL4fst9pM8gXIS83HxR6GfTYon/MuTfVD68QlE2Idx8B5EessHJmC9qEVv3essznT2v0C7Xlv/g+ECO6R0OMngT/dmzO9xk'
    '+zMs17Y2orWV43Vd28pnitcW1/c0Rx1HHcG3Kjx2dAAeW2KBxw6xwGNNRB4/JopzYnHZep/wcwmpcvzgGr0z4QaD/J5cQtYP865+'
    'lukRxhiNzWN5UZ5iQJTmZ1xrbds2nS3bwLZtSTQ2bEF2p7Y5h5MhdPKsELhby9oMw1tNAE9fAd6Q6h/TIvYjnCw/Qp4fDWMSIT7b'
    'yb6dIYpzLpn4LuwUPu1bJdRxjbDMKkJPrTPw0Vqb9mOeNgh17mddHFM6NxofzqQ+jb+kw/mNmvOzVBTGClD53JUqSzChJbgOuhQZ'
    'AY+taFI/o1mfFQH0rW7+pvKqmNeLeb2Y14t5vZjXi3m9mNeLeb2Y14t5vZjXi3m9ieD1dHnJMoCjadzVOcAHHK04YxVwt5mec+o7'
    'hm3a6J1xP0+wqGNFY/RGj9ts+v9lT+F+ZggNaLIfNnrG/6uhLZfgWoz7e/MzKJeCsj+CfptE1E8CJp9Kv2GcKPKDq0DbhqqwJqqD'
    'PtaQv88gK1vnu0Y0CEEDkpU8I+5D3NCgL9xq1XSlMS529GNupYxc4NNgN2KjJ+kDqO2TLLp2HJ4G54kmLNeIn0G0Z60at7chiBov'
    '1Qru1zUBTzI1VcnrtDGR7PS0m1DhoX3bwkoYLd0Md6/LnSblKUF5a3Q0xwrNHVeKrdrRJcqXj2a2ZYdMoI0Z9UO3qcP90MNk2UfH'
    'tmqxrVpsqxbrL2L9Ray/iPUXsf4i1l/E+otYfxHrL2L9Ray/mMK2alSeMIPg1krG364NsFnD3G9UT9EGfL2ONuWxLlYp6h9DyvIY'
    'C40ED9A6qwP65PkmTWiFtCjM594h7HJEox97jaI+9SvFsrcn7GCLwoasfz2p3+Uw1n5Sv8eh/qVs/Lb1z0yUdu7XJcLpkWMS4fTI'
    'soSPG7ZajH8eqbfFol4dGVOfKIz1g2UyCbP8lb2s3h8JnuuyGJPMvzhTlO4bLNv6CRnDgEG9rVDvaVLPFNfKel+2rIfj3EPq2cDt'
    '35L7Rne27yJtD1u0/R7S9rCm7RtFcewpXmbMcg+wXq/iLuVtX07a7rRo+xzFuHtYmdMUa8vLnETKbNeUWW1AEyx3pAnmE1qG99us'
    '4CfxWwP51sW+UX5Pxy+hfBrpAp4r0IbXXkJoiATQKbMIDYH0hK1erVSZK8YZ47RLktAulUKfRxf7bQ+xM69jMixdfABVX3UR6Fqa'
    'gY5RyQ9RTlCngDOUD9DyX1bIqE1yfM9gskOMm5Ume0Bt/NNknWuhXcw5XM9oyCs0OpZmsmYJURxvw3S8TaIwdvYCYZ6Xg55L07yv'
    'A6Iw7gaNIyLn994qP+ZYAnQSa+C9AN6tRFch3/PhvRLec+HdAu8zQacxUuXnjLGdX9AcOExdVOXJ9U37iXL9Tqjy87HyvMLbIuzn'
    '0Co/l5dJ7uquCPsWZdpH3s//qfTXcjOru03o4+GY5qYfgn6+U+nHL0NYPgzeS+BdCe9j6wrPBp6BhQT2ZZuPVPq5llRwYAPP95C2'
    'uhU0gE1bf0Xa4mvK92GM8X88Rs6NAePqshzX1hLWi8PNRYpx7TMcF2/rzSXMkbe1qtLP5e2y9kFwnc+RQNrvFvZ5nsL2KAnt2+BV'
    'k/XBc/ibitJhANv6aYX7meFtfbOi+D5R0dWrSb4207xoG6HOSpYHbSPQ6J+ZhL7PhL7fXeHHMl3A8N8cRhvMDcGH11T4sc1cYF+2'
    '0UnaGFLIG+jvOhg+l7SxhfUzaIj32hXj6LIcx9EW69Gjgcv5BuMYC8FJtRUe/R60HjZ0C87vj1m/3c0MB28T5rnueLvPK9rtiaDd'
    'b2eL12HMoB1VDlnK834xaw8rfI/uyYbvkct98YGsF+uZ1usVZvlqOYyF2UVdYzAHF9rtMsX6jhmeAWzjTDK2DWl1rlZVDth2RV5O'
    'iruPi7hdxMutucoLRWHe16D2MMfmm0JkQ6b3RhuM4y8Zz14gKC8vypuiug+fn8A+cb2/mfH2MSzHMN7BPH+rbi4PRNwujvejGT+H'
    'Ed7bq+t8GUjeTq+uUEazm9RpZ/w+1lnI6tyY8W0rON+0VCMrSJO2ZRsDirEeG9LvlaRf5MMWMb6sLqTfjaSNZazfCngfGdLGSYpx'
    'cBnIwhC66CjSRoumjSNCxjEv49v52NwP+ftfUfdFVndQc2f+Je3JWmm7Y473SJ7+V7TXK8xyjPP7NK+/Ie1tZPSxSW5vfl6fiKg9'
    'PKcPpP21xzIns7KrNXfLJx3qYr93pn1b6Im+P2T/w2Qd16fDcXnYnXBpRO3h+pye9vUcC+rUeEZ3FmU++Bqhxp8c564gZROs7HxW'
    'dpFiTKs1vBcf0yxSl+P2pSH4KUPGOD9kPn9O6efDy/4nKbsspOyLAe3yu+FnKX+usxmPujhknf6Z9DM7ZExfT+nXhY/pC6RsS0i7'
    '96b8XDsDGvuLEab/+0Sq0NeBylxHDHkY2c77AvoeYbxLH9S5gdTpCbgvKF4eNuhnJ6vTpZhjp8MczyXtbGF31qBBOziekwPa6bdo'
    '5yjFvLY5zOtggzXlvGmdQZ1fsfEmSB3V+lFbEKzzSlJfp19T51dJH6evSxffo7a8yg+Tvj3TAKNz+Hl6Ounrlm1hRNZ/NKB+v0H9'
    'z0J9F/1Knv4nc9XtEcoW3h9Qtp/Jvd6pWMMOUobu33ZFuyq5Ut5+i5QNkhXJsh3JYlsrncxDJYc4V7M3YedsEOqf4lgfz+nKZLFd'
    'HcotXmP7eHhA2TFW9mDNupjioZqkj4dcz5ts50/EbnAN1D+b0MqUbnvJoCzSZC8ElOW08b8YlMV2n4HcoFHL12Xb/0js41RnQJa5'
    'n5RRyYHz8r9EsQ3Qi+xcfJyUUdEAsswHE4W2VCYwIuvdopjHGJvHdQFlEPZHFGOk/GI+X7qhvSDFfXnfUdL2kMYW8TxSRqVfyvst'
    'kjLdGnurdsV+cL76+IAyiE9XKMbM7akWB4yni9hvVgXQYJiHqCqAfpJlqhVlevn9T2DI1O5A1ntZFLfNcftvRPFc97F2nhfFMNxj'
    'AMM/FPq5jUGZfw4og/vxuNCfV4ShR4UdDGPb94lieOB4/tNk/qYyCFnvQ6SeqSxa1ruVjEl1L9SD/3ZVgCyiHuavawfx9paAMidA'
    'mQ5SRnVn5PX/AWVOTPu+43WWMpD8/a/Y27D7An1jZ0cot0b7zTpLuQfyxnWWcmduv5kSwXF0g2woXWz60B9PZ9NXLts82dZiZt9Y'
    'o+Ddqa3QCoWvyPyQsra+hE3CLPdRg9DHpVDFrFgt4rxIcayJONZEHGsijjVhg//iWBNxrIk41kQcayKONRHHmjCBnzjWRBxrQjAe'
    'NY41MfViTVQ7+FDGfnyxH1/sxxf78cV+fLEfX+zHF/vxxX58sR9f7McX+/HFfnyxH1/sxxf78cV+fLEfX+zHF/vxxX58sR9f7McX'
    '+/HFfnyxH1/sxxf78cV+fLEfX+zHF/vxxX58sR9f7McX+/HFfnyxH1+5/fgSBn58Jr5yrrmWm8FnhtrPz7CQNdI8FYME5/A8FSPs'
    'G7UVH2W8MPdbCvOJClsbOcZn2Bz5nTLE7mGaP4Trv/AuCMofgvNcrWinj+FLmj9ks4Xecb4hfuT+dQ2G9ThtQm3g0UcsG9ssT5rN'
    'sqv/r21ujDAf1yhzr6Mfa+yjGvuoxj6qsY9q7KMa+6jGPqqxj2rsoxr7qMY+qrGPauyjGvuoTjUfVcwpinktEbea5rW0x8PTGyvn'
    '17Td7ZyYYeFCGZbLHkzvm9Dbg1tESc9CUxmWiSyKnzm611VkDzMgp+gAHCXIvVVFeC8sJ/UQlxj0I3HsH+D3m4Uff+9qdp/2Awxl'
    'AIb2FzhJmT9pK3pKcy/KvTYDI33JcYenXgGDtYS+NsE9CE/DBJ7ifS/ed8We31Tqnke57/K3t+f+cn7C289/I3Kd+FwfeOc6pgGK'
    '9zk9ATRAjEunBy5Nkn9TGipB+KM+cja7YZ9dYCwRdDyT5TkLZXm8plMmu+jyqOonQujxGiafyhJ9ZQPBp8gfV1vItRAGRAwDUxYG'
    '+PlNk/OrisFVq5A/Yh2Em0SArq3WkM8L6zsNukFBZEstAF8JUh55P7FHiLt/qpbt8364TmW9Rfla+G228P3Yl7Jy9NzNIjorXkcl'
    'l7LdLz6Xc+B9AdGnmPLltnx1JWlHtjsH7ElWETmcmGB7Exu9Ti30PQd0/EdD/xsestfTutjrlTrOHz1lP8605TjRfmduiTrP6/d6'
    'dSoU9jpcT/xTBx0d4gjZ/m0wp1tgPpVif3sSCl2DhJh05o2fs3iyytCl6ZMsuQXYObMfzYasryph7eegtKkF27DqaFcxeIhJjy7A'
    'vBuBT3bKAaWzDL+VXhz2sFD8VLoBaT3IBJAG7rvA+1oPtin4+8o7/d/Pie2LI7Mvlvg71jdPjr4ZaUy8Y38W2+PG9riaPT5Sscd0'
    'f+TcFhCaS7ZzMKPVw2hLtGUxpe0pj6SiGWMb4tiGOLYhjm2IYxvi2IY4tiGObYhjG+LYhji2IY5tiMttQxz2netKqvZTXYnsa/Ty'
    'qaMTydMxveXXfdiM55c9Hv5d4kBDUZq0ctw/C7inM6BciuiDZhN4y+vyx9Xt8e9Ixyx3lAHFvHbMa8e8dsxrx7x2zGvHvHbMa8e8'
    'dsxrx7x2zGtPhr9uCs5yFDGyKojO9nxRGJP+FHbf3RdQ9kxW9pPEloKXHQ7p507Sz1vhPQjvLlb2VlIWxzAK725WdiesifztTfAe'
    'YmWuFn4eGl5mRDH+etIPHcOZpI2gOGeo+z+U2bLiHHaE1Kd27ar5h/W9mtAHZzJ4HmD/xnZ7SPt4tnAPTmN1O5GXhbJzCZ96CqmD'
    '9E8Fg5lTGD2Sz7OQLn7Ts5VG+2jhx4NEG2aEfzwruB5o34D8Xxbe3C+EyraQx0J7dPlnHbHqWgftLYZ/LxCFMW11eeB2MDq2x+I8'
    'Uxp0lOHSN2KPE1wWVBb5GLpmJ5G1OpTs+8lQ71pNn7MUffYwWr7boE/uo1NJZERB+yD36f2EJuJn4mgFPuxjcI8wjXPapiiLZ6OD'
    'nZGtpGwnwyvd5Kyj7VAt65ufwX7SXz2clxo2zh5Wp4PYDtWz+7iL4birGK5Dmv8EMrZrFLhKNTZ5zmZqcMgA66efrd8oa2sukbEM'
    'E9iqYGs7wuRSuEfUxn8l2D9x2ML7OhECK4hTqL8+9x2g9SV8zgJ4ThDYtoXlKMbUwHgC6mea+zUl6UodbYl8wFzGo3OZ1gwmy6X9'
    'UVnuOnbOqay+KWS+ujWUeynj3Jus4Z0JD4Z0+7Id5oRtVWNdDY+agnd6WnOvmcT44+N3UFvpX0hfrdbSDeHfeNpDar8KxpW55xcp'
    'axZnF8LraLyn02pP8dzepDi3FdN4jzPwBJfKJsb/VOBRvWt8Mvb4Jv0em/qDhp3r6+M9P6D2HM/9FYpzH8fDSCTEmjfCVOSfVuHw'
    'hODkOAbJxK+5GZ0asAcynEdmeutZ2pieZQlz5LR+moI+VlvraYqfGW38XI3Gezqt9hTPbR07t1X+hAI7KuLbQ8rr4toE2S8cKXz/'
    'Kvqd6/FahB/LAnn8SlEYM5TLW2312zvYGGzOg92TpKRheZ+0igsrIbbLEjedsqmS0DquQIP5lyCbJRUcxvSeAUysLGUDK88NKxHT'
    'exO/5qibQvjvVcB/2gEnTrO9SRlwrYFP0h23FZyP7nhPptSe4Llp0NFdbfkTu0t3/80ge1vrUC+M7ku2i9vDYKrGonwQvpA01/4L'
    'm6nIcXeyzHHbw8B2/8cX029P4lj74Xt0S2mst1Ws/TBeMQjfJeO7uOAuLufZShqwlTF9NPX2pEL4sUb5+TKxkVPJmGSdXwp1fGyb'
    '/U1Nr/1Ol7rfYaq3KOAhDbI2hI0tsI+bLc7tNN9Hege2OnL+wXfgp8LlcjZnNP/v3F/uUJ3J/e5RBVlMptKTMJIGG6a0wZhlLZpp'
    'kMwe7eqTbf73NFFvlIrf68H282rW74sPe+8PW8bojelpBS4pDQxD6WnVnT195AIxnRzvSfn3ROK3qxge645poomTC3zK7L6MQm5Q'
    'qFdJpg7kB9eW+wi4Z/awf4rPWrwnk70nofYsAeNT2rOElA+yZ6kVhb5yaIsSlMc2VC+Uyv/7syqSvZLZLdQ61Auaz8fZfD4C9aqN'
    'bMGkpCGTxX9XTKtbpjK/zB/4aT7NwRr4k1vYXTa89zHftIL0egOTzccyj93m/f3KUPvPlkBOMTv+cjDrH2J7nZyZX5slOlZTl6u2'
    'kp0D6Uf2WO7PxqQP5xnF76H3pwNemaz4ChbVUiLiZzzSJ+T+jPdk0vcEz80dinMDd0kOlydhw9KhxhCZbMBaVUyZPQrH08nkhOyU'
    'bRu2PRd/tamn/l6voItvj2EmhhkLmEG80xHb0U6KTWclrD+e38vjtZ+UtefyH6SLMoQPq2N8WBWxT8dchStYuxhToJ3obWgbWVKe'
    '27jLOAuNpDzNb2nTTlMIf9nI2pL8wGxhFxMC25/B8MjsEN4b1zGsHB9/BduXNNsXk/Zs84XajnUE2klCu7Nj24f9xvaB2/oOwb7H'
    '+7f/7V+F8OMUZ8l55PHQ5rByFO8e3uqXmxFQbnGrezzlIL2+Kua5q26jSoGjMWbaTQTms5pvHBcnhR/Lvpr8m8qIMB4Rvy943meU'
    '36aY/JbHNHpOfmdrheUw3hHKpv4tQMaaAvi4MrZFUNNfu944piA/tJKtyrVOh0lT5T7N0tik0DNwFLxntvrfVDYsJvaIco9pHM97'
    '4f3sYX47I4TGQ9fKLnIe60EHfJAojOWHsf0whh/G9AvLW0rjLdPYfJgP8iw4T7WMHjGhQfd3+tUW15nCQV8Euvtp9mjkpnZXfeCh'
    'N2iqHvD9WcIuni3GAuRxCJeRbxhfEGPELyLfMC4j5vWdR771iMIYkLMV37DNOkV/o6I4J/xzGlrBhBfhfvg01map7fCz8x6FfKjS'
    'K5DU68HSU8SktCzJxS3SqFvH426qzN8mi4plhQZCDzPSu7KwYKU9jU7lzrfEMBHDhEKurJI3dTC8VEBzO+gip9ETqriIwnYxTM8v'
    '/iW3N78o1vPT3zkvmRZ+LHKezyso11cjuffqYAHmM1nbHCi/FP4u26B8cKOCX64a9+n0MHjU3ZP1mvVKEH4Vv20iTNImNi8eA/gy'
    'Nu4G+A3XRVVnqSjOEUDXn8o0NonCNa4gdPUm1v4SoBkuY2ORc58p/PjwS0JoClXu8rCY3Vmytnz9aF9pEZwn/TLN/iI/UK3h7ac7'
    '/x7K24viHCK5bb3JXF/qdgdkifxMxZOayNdpnG5Vfgw5qT+Qcqawa5MrrlWE5zfp0cgGBoUf957L/YLaRNni56B/jLcfJlfA/njO'
    'px7H/ncTuYdp/y79XC38HJN9bA3HiFzFpe1LAMfx3F0ubZ0GcEtzPHQQ+Y9Lm6vI3LczeML3Vse2DxZeDHear4HD5ihZG5c+bHla'
    'uma9ZEw0h87bk95al+M8I0+OOewOJb9hzsCDCF8v8zzm7YX3+Pcllr9+ry8HwN9ef7o4r+28Pd77R0+56Qxo3tG6pJdDppxrg7kB'
    'V5HfMBcjzUMqf5PvT364MA+p/K3+0sLcmYeSbzLHpnx/6C4/9yD2s/Ti4nX+ZU/xOvddULzOK+8sbDdJ6A3Mv/pPCU+/IOFuGzsT'
    'IxZwbLv+JnKtFou7ZivDj4MML/WQ3zH31pyI7hLa7mJoN2zco5bjxdwePNcWxRu8TpLItjYkvDwQYfNEGWIrweP03x2TCBNB5ajs'
    'Pk9DJbz8tPSe62B0Sc9+MpcfCy//B53L8/vJ2P9OePETyoEfZgk/L558r4H3eni/CfLlVSKehfxZt8zz3rfO88/HPOHn2TsN6reF'
    '5NurJ/Y/tNyxUO5mkpdvfdr8rqtzWA867zZ4H6+ZBx+fHNc6kEEg3UF1eD0W+KyH3B06upDSNvNh7Wm/WwhuNOmX4qdBdodtF+p8'
    'hDqbNxXvFJTL8wjBfLjaoUmNkM40R6gNnRKWk3el0OfkXUbq0xzDtMwCUmZYU6bcudMTRL9EZXfcD021lryeXM+weq7xnTlcCSZz'
    'M6U7qU63M7bV0MtzPpj/fyux1YhOZ2uoU3fhKZYT/Ie/nSiKc74dTnScteTMUR0r5grtZmeS9ne9o31WOeZ8rmLOZyrmfJpi/Kc6'
    'rMNqRZ2xkDqYQ53WofkFadlDYC1oWX7PzVKU6WFlahRlJE2jur8mc/+uVOzfJsX+vYP89ohi79+/snjvE23Fe3+0Zu/pnUX5p6C9'
    '1/FcQXtP6ZqwvV9isPdLDPZ+SRn2vsJy72lOV8xduIDZpR0F8qEMaS9F6h/F3icJP6/2OURnFETnVRB6geeM7SfryfOudlnYoA0z'
    '2zOatzrBZOph+S2D1mMdgenDHeReJ5XxTkIc+9/kt1mt3m+vkt9mwm8vE3u6VrbPrdDWbxRlFrYWlnkeziiljYPGLOv8SMrlCF6y'
    'mW+TBT+D+GUzecv+/4HI0UcYjhhWyNF0PJJs6xPCC/yi0pmMKPoIG/twgN6Fy4kozO8kPHUPqWOa+32IzWsz0DKmMrxBg754H2fB'
    'GaV4fVjDe44q5oa876GsLrbVSfBM0NjC5tin6fsQ0EuY7inVrYWtVYcozEnN8/0G4ZG0JR5R5axd7sDLviG7hvcJoliuvQrebWwO'
    'Kj5O9ZvUL6134LWD7LJN22iGPZ/oOTcJN5viIDviURHHPCzRz0AQlUzkvKvp3lD9gs0dHBUNYgsb0/xJqmHD4jGoO1H8YwOTp5ba'
    'X8KyfsayfuwXFYCvWt9YVge/qBYjWRu989aSt4ttRSO572+A+sjPdsAeXyZ8H9d4nydun+fCvqSJfaROB4b0VpqYZwfpHJOE5mkM'
    'oWdc8MNaDT81YsHH/FrB1zVY2LeZ8FS0vefYv7cE2JXJNdxX68nOKO/L7fr6mL6nVbEu9HdX3or22WHB/7zM7CG+UOvbBATxhhM9'
    'l1ELvhfncnNuLicreGITX0tTW5cOJmPr19iETDTPfGqtfwZ3sr77FfJaWm5UYc9C7Ye4XU5HBHMJW+8ehZwob8NC5vlnNj8TmBnQ'
    'nE9uB+M6Z7qupZzL7+YQ7Fvht5OZrcJJYKvwznnFa8ntMWT9E8HmYXXazCYDy+K7QWHjzMcgy64ktiam410F33ZpxkvHtIb8Ltfo'
    '1hmePEUlCxpg566DwdOYQldC4UFnu8HPRp/B3uL9cfEMT55RLtiNEmZ/Be8XCD7N64FmePKWUu9jOv4ezR70C3M/+UHNncR1Ia/W'
    'ePYd1LaT7/EfFPJtnYzY9n7rC8G56Df83Rp/nacqPg4a/9/WFNJKJmfE1q5pou/Yq2o8XZ/pnaqCxxdD9A8jGn1sL4zh9Bpv/FGe'
    'Pxs6OOhsLajxeJKwO6bN0AYRy9I+TyZ2jPTOOZHdEWuZ3d9b2Pc1cIe8kmNyD5sAGqBbg7t7mD7i+xM8niHNOcbx7Jnk8fD1uS03'
    'ntNFOH1hAlvtFnRRG4Er0/YR1tpLpIfaDOkquT7t1b7etGMS4Bjx//wJGsdQyDher/J0iRRu759faGfJ7WT7WLlRDd77M2k3r7Ov'
    'KuSlTe0rXPjlrWQ9SrnXtyroYDmXB6r8e6bH4o7usqCLexS0m4oO5LTFe6p8ur/fcB1U+8j93Uz2bLPFvJBu2FTl05xTlWbO20RX'
    '+bh+smnjvO6tyrNBkOUPrvPei+C9Et4H1am/r4F3BbwXw/t0eK+C9zJWflad1/dLlcXn3QXGXO0vvltZHrmaKf5+oMz9h93zH5ik'
    '/nH+g5We39pE8xl0TFy++dZKz05CljmCnYO58G6G92oG7+3wngfvhfA+Bd7z2fk5Hc7B8kofd01luWCS7JfN3cvb4/KivgD5UVAf'
    'ckz/WuFF6XGxHYuaH/9yhWdXb3ufjyrOJ5dbBfX7iQqfZ54MflWO4boKz7Y0TH5pw1tOFD1/ZoVHv+b1fezMH8zO9ix4z3a881YG'
    '9DVf01ezY19zSF8uuInWWwDv49n3o6Cv17I+7E8Uj58//xPcL8pov5718Y6NraoKF5rW1fERn8gWnv9y0Nv7QuRS12U9f0puB2xr'
    '72xKO1xB1n+ydaLrsn7sEBdaVKdnyPv1R9g2H3dd1vv3VMTZcnz/J+PZa1A8lYD3W+G9Ad5JRxz5TMaH244JwBsPkf462X51aOik'
    'Hgf8gvBzV8bHDVHSbDY02igZw2TIOeQYzs+UH0d2hez9qowft2iQyQme09g4NCa8dyqh1lUckvFjQ7ngXVNckSLrVwq+3VkC//Hv'
    '6eK5uowh7C57Ou3hXBu8Y0onPUTaPpXRXssYbXmmZdt/k/b9SaKihcLgaB/e/2nfL6kUGbBsqy+ife4KoR3PLnM/eO6PTU+en89s'
    'si/Xsr4/o5G945juns/i+pC2gvCSiRz/P1Ne3MrJtHcJ4wufSvnw0a6JcbKOtftWh372pHxfsi6G+/YZ4qyPpzy51UTJQWSfN6Y8'
    'm+hyyDvyfnwpH954rClTHT+2dT5Zn4nSSRxH+pwIW8m8fTOBpeEAmi0IlirJvo5o9qrHQl7P1+W3Sb/9NSHnab3DefqXpKcXnUzc'
    'Isfxj0kPfilfgroSG9mybOvupB8f+NJnQA/+dKF/85NPeu/hz0O8iL3e+9FnvTY+mNTjmR5DncnNST9+nYuvru6O3Jr0dcjllGHI'
    'vs4hffH5b4vA/p2u1+pk6X7ChyU9uXuQDWoYrB9vYX9hcsZkMO5GUZre46WEH/ciDB45vPwiUZrPOF/jbyc8OWIUOhUVXIxp+r2f'
    'zKNU/k229zFFe648Ut7+l+wRP8M7hDoWCvKm20hdG9iXdXqhrq1MXta5KKBukIw9r/9L+PEuu0PkQiiLXEfqmPisyDpHJ/x4ISa4'
    'q1+z34ck3OJKDLJ2ahJ+rJMgGrQeHJJqQtYI5/l7EV4W9/w34JsVtW2jbPuHMA75/aWN4O/e48fGle9XIF7t06TsD8733qnL/Ri4'
    '8n1or1f2awFlebsPK8qevFNd9u8VZftuU4/hEwFlebt/Rcq+AvF/H9Ssw7sDyvLYwdeRshIByHfdBcV16wEH8LK3X6Eu26Moe+oN'
    '6rKXkLI9UPbOQfXcNpKy12+De2mjem4bFGVx33jZExRlcS942RWkbNsD3nvPYwDDQLstftTPm4VlP/045LPao46N3ULKhtGEtaQs'
    'pytboN3ZT6vjeHCfxqyDT+MCC5pq2IFn5T4qIwznDFX6shkT+qErwr7PqfTlC5sVdKiKnzXRBYwwWuk40g+PU7otwvnMg35c9jOo'
    'Hx63KFmmfvh8fl3hwYZpP1HC5bcqfNlHt4amMF2vfyyhLT6uuyt83r1bmMeGMh3r7oCx7rRs69oS2uJnqEfR1j7HNTyPrCE/950h'
    'PnRh8iPZ/loyVpf2kbaXbR1B2lLhDpv9mFVCW3wNExG0hXv7UtYu5v+oZfs/yRbjEZUPKZdxmdC3G5lOHuXUZwLd+8gk9L0R+v5o'
    '1pez8JwBY8IuV0FQWdnXDVlfzhIG8z2afeq3aEN1bvJ26FlfPqa700eEncxdtvtmRbv7Imj3aNLuFg2P6EJzzDVo1wW3pcge2bRL'
    'cdp/ZcLHts1hLX+uaHfMgrfv19hwPJXx5zyk0esOheDeLzq0wXHuPQZtjIW08SFFG1st5/JORRtjhuNA+Lw64/tO8TwFKhn/MSy3'
    'Q5Ac1kYusTFTnLdFJfNYrfG51OH9EyJuF3H6ooyn0wqTN6+N8A7LTmCfOM99af8sb9D4MKrghOuJT2Rz+WHE7eJ4v5b25fEJJm/H'
    'f9cxm7g0sSvJ66FJGygnPQzeS+HdGtLGx9O+/FmVX8z0zsdz+h5Fe2OOtIRs75q0L5O2uT9knW5FXa6HHtTgrLenfX3rROObeuHH'
    '86AwdHK62EdXBbOHO9RFuGwm+xemVzLBBamI2sPxSTuUWazs+rS5rSof3/+OqD0c396Ur8tYUKc+37qz+Cipy23IlrK6C4keWta5'
    'N+XrJzoUd6kJTSPb+WtFO8MO7dyqaGebQzvXpHxdTU/AmaU4aDOps0Wo4z71sToXk/Gq6pjYmOfzEQT0Pajpe21A34MWfS8hfQ+w'
    'tedrtRPqHBxQZ0ShE8vboRvU4TRxwqDOTjafV5LhdX7F6vwqWZzvq43FHLDSQyUL8xXpaNi8Hiqg7Gus7NdI2SD+MK+HImWD+J+8'
    'Hirp56S25Wny59+xPtocvkdT3+QcyfrbFXPlZxf5wv6AstyPuyNgXIMG4zqX1B/Q2FIFnc1TNPVNbPDyfmhkrgMavT72dbii7Iu6'
    '8w/jcpHN5/XQpC+0DTtbQ5cIg7J4j/4+oS+7nrX7G4Oy2O4viB7fFT/k/VASxbrvKOR0efl/ojjXWifDCfcryvQyOLgnoAzu38cD'
    'yoxBmQ8qygyz8bxXUWaM2ZfsUpThuG47KaPSfeT90APKIFz3JPw8jaZ6QlnvQkXb+1iZs0mZHg2+eTMpo5JNoh1KVYDsUZY5hpTZ'
    'ovEnXKYoM8bw+oKAMthOC1kzUxwn61WTtgc0vFgioAzi81dFcf89Bv1j7hgdvsPcMVUB+oe8HSopo5KXyTLfU5TZyuV/ijKcVvga'
    'zNUG72I+GZt62N+nydqa8rN5+R+Zi4qXlGXepxhTmOxK1ruetK26D+phblUBuL0e4LlKg9NPgDIdAWVwHhcFlMH7YyNZR1N+Nn//'
    'C8+XLCqZWD4OhWLdw+4gzCVYZynTQr60zpJX5vHYee6XFcIuf21Q7s6w3CMmbcex/FmM908JfBxyj7QY5x4J25s4v2nIPolS9qm0'
    '/KZJSzsykzOcImd4rgWcYH46G7g62KGPRyz7MM2BE5YrPer6uHeIlyVPcwHDoas0uHsJwd218PcZ8PdKuO9Qd7IU6qxnbawn9o+0'
    'flZRn9ZbKuzyFkmbikMiGqtpnzS/RJrUk3Uy0J/YI8TdP9XvT5rtj9yPY2E8ncLPIWsKi0Hlakm5ZviDZzHq9ptgjU5KeHwQ7ksS'
    '+sN9mQO02074u/S7Hzfsj+OcgvzruecvHni/8YyP33QTvZe6WLuXx3dOwZ2z60pRypMM+sjxFubmSVjCY7zv+/e+N8Het5HfGgP4'
    'ieUR8BMt0K8AXqkW/iAMJc7Rk0t8/I0M31Gb/IzmPq4k85KAuhDWYC5pl8cGpe9hcqdi+SB5Aa7dWhgn5h2mObVriV/QdsUbeTkT'
    'WofODXMFz1vl5wevIvSFfL/+tH/nY05oLFM5Xlimahz8woSfg/oceF8QEQ+qyy9Vy+5/OX70J96oeNvQj7NJW/PTxW8XWtQ11x6n'
    'GRst22sk7yTAwTCsXz+cw4wRrk0lEulpztct5xjGjv+eUQIuVj2pGe2Zx24Top3whe8VwTnaOO80FHCGOKyOAGyYtE3PQCqAz6T5'
    'eVcQfkIYjisD+EVY0sV1rFwVnOtKmCuOU47nCla3VJxVav5gmu81GbC21NeM1m+0pNsa4fcWxAVQPkm+ZwLu0awGRx1EyvP2XHM8'
    'Hw7v7LgdHqR8L5bLEhoC8xlSGriRtItwYNtOE4GhFuCvklDniCLZWvKAfkQA36BAo7tcCOKgvJOpMsNxHh9cBLL9Sz08UKnBffWK'
    'c1cP36vZmVjOZChBdOFEzLHlfd47s2v6zvHB3dN/juh3fefeyZljZgLmiP7hr39lasx5IvY1DX7u339qas0R6SZqg4P2CjVEXzwq'
    'iuP6cfrHhl7j46tg49PRRSp9SRC9hny/KX0n5/Q24eWbwjpp+BNEb6O8+yiQKXA6yZSuT06BfoLo8VLyj7dAP0mynjo9QaMl3XCQ'
    'Bl6QXufw7QqnCdKuiHW1Sp5+4XniduG5l7QSsaHps9CEnuTymhTZkyBdi7RTuYTpXVS8XZBcT7Xn031fTfTzQXqHYCGNXN1wO4ou'
    'dtfGeovJ1VehjWLaUk6Dsu1t8Ma8VGineXCiuMwQK9OU8GU6GCscaZIaxTeM/5UmbdN6DcSW9DWhL4P2lv8livu4Cr79X/Ktn43t'
    'RcW3N3KHKNpEG+WfkDF1MltRXJNnSP0ONidps/nNGHfFuCvGXUW2K0G6ymoNXVHN6Apxdm5vP+n9vb0t9/e2cNlXEuWqivYbImo/'
    'zdrX0t/QflibGQWftoXobGsB182GvtIxfKdgqc5RgGVUJoztJjSzvLPvVtgzCoM7G/XYJ8H5mUd+mw866Wby21fwnia/rW0tjvGH'
    'ugWM04+x/0901OXG8Lj/wGOT5b5exWQc3fGe8j1tn+w9Nd1Pm/vlKsADMxz2fSo9Fmq5lB39Op6S9Ktef6d/xh2e+oB9nwxZIMJG'
    'NsT+GGEpAfdPDEtqWHLV80YFS5HQswyGgtpMkjYbCN1gYp/NZdIZ1tYmoJ9qLex3qO6FzonKKyltJPu5LGCOgvg6yI9ZS5pKtvku'
    'crayZG64XtheJ9SpBFuLywjtFdtbJJMI97k1elUvOSjd3oLu02XMBszGBkhl+2lvxygplOlryAiES4MDvWVEeCntFGFj2k0IM8AX'
    'p5GcPZss9deXQRvHJX1fWdpGysAu94ikxzcizlDF07lamMdk4XW7RaEdtYzdcUgZbclVduQvJcztyF9IeOOIeRklL5MWJTztJR43'
    'Wz4mH7s/4d111O52BbNFtG3zEshrZHJn12vakDlkVpM2VGdnswiO66/L8UjzfS0J4QO4XUarMI/z0MXO9qyE5/+gWkM8j6pvOrsS'
    '23bkGF4GPNUMeERlWzIjthMI0ruUU15htf/ov3Sj8Pyr0RagQhTH9NksCmOWdArft5afKx4H2DQvpWz3TOHlWVPlm+T32A7NmVLd'
    'mzw+Ta/hma+H7zNFcawkmr9xWBTHAVTFUp0liuMMbWb2ZdQGrVsU55F0kRFT3Kizl6tSyKFMZeU3w3sGGSe3qcI4PQnFPGmua5Wt'
    'nY2ufRbZc9McniqYpbmEVHs7JgrjEa1Q7BuPh7RYFNNKPey9FcoeJIpjJfJ1ojaK3Kdvh9DntndZ26C4ZPfnGrtJFOdZ47k5bPqi'
    'saxUsNTh4C8TBWy8Ef8vADZG2Hk9TgEb/8HKHAXjs83jwuNGYntzRXjsLRW+q1Hg/9+xuScJTbAi6THtdB2ed9zrgSm612+x2OsT'
    'hV2cuonc/9847v9gwP4/kKv7UWEWj5TemTvYvzsixg89kwQzeHecS/B3n4ZG4rkZNoji+Ke6+0beTQc7wovp3HBc80Gmye8i11yt'
    '1EdRFf+QwtechOePSmNL0rNnAzM9lnOnZQeIPdxk0iQbDPHEqFDHz+1m7bUpfB7oPY80cC2jW3g8Re4nYUK/0DyknH7hsTH7NPSL'
    '/Pv7c392w1ojX4Lx/tawuLFvsogZ/SaIr3cxwaWnpdUxF3mcPlnvDFEcizcojiKPg3uiKIy1r4rrF9TeiSS+Iu4jj5W7Oh0ebxBj'
    'A74lXRi7AONKmuZu52N1pUPXs1iOx2v2xKQ/V729cOSXmokQgPtxdxCbIKQbK4hdLOKhepDToJ3Rc/DbMlL+OYIbMH9pLeunVWGX'
    'S+vMIX1cz3y10AcZfbXwt5lg80RtqJYrbBBt1ut8R9+hgjhB7bB1iWD5Z5i/lI39TgOx8VCMRwTZMNj2VU0ERFSHiv4fLjZIOtiv'
    'dIR96oO3WpQew0C1R6rfEFbLVZ7Go4sqLkMW/gTpzLkvojwr79PoRC8gZx7rJC3XZK1F+WYmn7et3yT8GBPNcA+q5rWC4Jiwe6Ta'
    '8RzI/o9hcJxmOO4SQistZmM8UhTGbDBdA5Vf4lqhj3Olg00KJxmYe5MI9zG0Pdc43gSZ+yKh9iE2sZtKimCf5JQljsyScnRspeLD'
    'RATrZgKzqjO1whLmbX25cR/ofYY6Yx6HL2/AsURvo0HPcyPbG50+mvNISAN2RnSXue4d2oab+iI3huhjbP1/bWxaTOIStTBdXy3g'
    't9mkTdQPUnicR+y7qP6wXH1GsefZEvZ8E3yrV+BoWXcW2I4ExUVOM/2crj6uFY03lQZDdlxj9I3He/BGhf8P2rNM1lkxtQNU4bfl'
    'zOYmqH4UsOF6zqLyt59BbBdPMJQjh8mChkVhvqUOxThNYH+t5XoMhuj3pFzlQmGW7zdojmEytU5D+XRYmdEJWrc+g7F0C3W+nEGN'
    'nhdhDG1VKR+abzaxi5li+rwa3v19otBnCd/DGlr1GgP7saXC943arnmvIHJovEPaGR6oI/fILCLrQLyI9jRDRI6CNg9cXnGvYg3/'
    'P3WG0zg='
)
