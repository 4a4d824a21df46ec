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
 ('(?:(投资|投資)(建议|建議).{0,20}(仅供参考|僅供參考|风险自担|風險自負))|(?:^\\s*(风险提示|風險提示|免责声明|免責聲明)\\s*[:：])|(?:观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点)|(?:为自媒体平台)|(?:^\\s*(特别声明|特別聲明|平台声明|平台聲明)\\s*[:：])', 2, 34, 4566, 370, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 4936, 66, 0, {}, (None,)),
 ('(?:[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|crédit|image|illustration)\\s*:)|(?:\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$)|(?:^\\s*crédits? photos?\\s*:)', 2, 34, 5002, 402, 3, {}, (None, None, None, None)),
 ('(?:[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b)|(?:\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$)|(?:\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$)|(?:^\\s*(credit|courtesy)\\s*:)', 2, 34, 5404, 839, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%)', 2, 34, 6243, 483, 1, {}, (None, None)),
 ('(?:^(lee también|lea también|te puede interesar|más información)\\s*:)|(?:^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S)|(?:^\\s*(informate|infórmate|entérate) más\\s*$)', 2, 34, 6726, 886, 3, {}, (None, None, None, None)),
 ('(?:^(read more|see more|more):?\\s)|(?:^related:\\s)|(?:^read also:?\\s)|(?:^also read:?\\s)|(?:^see also:?\\s)', 2, 34, 7612, 228, 1, {}, (None, None)),
 ('(?:^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$)|(?:^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$)', 2, 34, 7840, 1334, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：])', 2, 34, 9174, 231, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(태그|키워드|카테고리|#태그)\\s*[:：])', 2, 34, 9405, 233, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$)|(?:^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$)|(?:^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$)', 2, 34, 9638, 619, 4, {}, (None, None, None, None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))|(?:^\\s*to (view|read|continue reading) the (full|rest of the) (story|article))|(?:^\\s*if you('re| are) (seeing this message|already a subscriber))|(?:^\\s*(instant|immediate) (online )?access to)|(?:^\\s*never miss (the latest|a story))|(?:for the latest (stories|news).{0,40}download)|(?:^\\s*download (our|the) .{0,30}app\\b)", 2, 34, 10257, 1924, 25, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)|(?:^\\s*advertising disclosure)|(?:^\\s*this (post|article|page) (contains|may contain) (references to products|affiliate links))|(?:\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b)|(?:participates in the amazon (services llc )?associates? program)|(?:earns? (revenue|commissions?) from qualifying purchases)', 2, 34, 12181, 1126, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 13307, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*(写真|画像|図)\\s*[:：=])|(?:（(写真|画像)[^）]{0,30}）\\s*$)|(?:^\\s*(画像|写真)(を|の)?(拡大|見る))|(?:写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$)|(?:^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/])|(?:画像はイメージです)', 2, 34, 13503, 599, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：])|(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：])|(?:返回.{0,6}[，,]?\\s*查看更多)', 2, 34, 14102, 388, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)|(?:^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2})|(?:^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$)', 2, 34, 14490, 1170, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 15660, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 17057, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 17628, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 17883, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 18112, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$)', 2, 34, 18565, 221, 2, {}, (None, None, None)),
 ('(?:^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$)', 2, 34, 18786, 171, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 18957, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)|(?:(deine|ihre) e-mail-adresse wird nicht veröffentlicht)|(?:erforderliche felder sind mit \\* markiert)|(?:diese website verwendet akismet)|(?:^\\s*kommentieren sie hier)|(?:verraten sie (uns )?(gerne )?in den kommentaren)|(?:^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$)|(?:meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser)', 2, 34, 19101, 1242, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*baca\\s+(juga|selengkapnya)\\s*:)', 2, 34, 20343, 97, 1, {}, (None, None)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 20440, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*share (this|on|via)\\b)|(?:^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$)', 2, 34, 21405, 453, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*simak\\s+(breaking\\s+news|berita|informasi))|(?:whatsapp\\s+channel)|(?:ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram))|(?:dapatkan\\s+(update|informasi).{0,40}(berita|notifikasi))', 2, 34, 21858, 539, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 22397, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|written\\ by|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autor|texte|автор|текст|oleh|text|書いた人|責任編輯|责任编辑|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 22613, 1083, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 23696, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 23734, 37, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23771, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23848, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 23925, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24009, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24084, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24168, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24237, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24327, 76, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24403, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24488, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24593, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24690, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24795, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24887, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 24960, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25031, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25120, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25199, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25270, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25358, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25485, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25573, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25654, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25748, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25834, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25913, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 25986, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26061, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26145, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26216, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26302, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26392, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26517, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26609, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26727, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26821, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26890, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 26959, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27028, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27099, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27170, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27239, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27306, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27379, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27448, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27517, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27586, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27655, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27724, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27793, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27866, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 27939, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 28010, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 28081, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 28152, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)|(?:^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$)|(?:^\\s*wählen sie ihren zugang)|(?:^\\s*bitte registrieren sie sich)|(?:weiterlesen mit\\b.{0,30}\\b(plus|abo))', 2, 34, 28252, 828, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 29080, 82, 3, {}, (None, None, None, None)),
 ('(?:votre adresse (e-mail|de messagerie|email) ne sera pas publiée)|(?:les champs obligatoires sont indiqués)|(?:^\\s*(\\d+|une?)\\s+(réponses?|commentaires?|réflexions?)\\s+(à|au|sur|pour)\\s+\\S)|(?:^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$)|(?:enregistrer mon nom, mon (e-mail|courriel|adresse e-mail) et mon site)', 2, 34, 29162, 880, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 30042, 714, 1, {'name': 1}, (None, 'name')),
 ('(?:подписывайтесь на (наш|нас))|(?:(наш|наш канал).{0,20}(telegram|телеграм))', 2, 34, 30756, 270, 3, {}, (None, None, None, None)),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 31026, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 31125, 100, 1, {}, (None, None)),
 ('(?:구독\\s*하(세요|기))|(?:뉴스레터.{0,20}(신청|구독))|(?:채널.{0,10}(추가|구독))|(?:^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독))', 2, 34, 31225, 284, 4, {}, (None, None, None, None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 31509, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 32551, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 32647, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 33361, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 34404, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 35294, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 35835, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 36879, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 37438, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 37465, 3637, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 41102, 3753, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 44855, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 45076, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 45102, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 45695, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 45935, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 45966, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 46043, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 46084, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 47695, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 48675, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 48902, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 49000, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 49179, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 49260, 21, 0, {}, (None,)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 49281, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 49519, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 49773, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 49963, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 50201, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 50229, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 50409, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 50601, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 50807, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 50839, 30, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 50869, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 51185, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 51406, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 51899, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 52223, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 52429, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 52457, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 52477, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 52509, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 52671, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 52687, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 52893, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 53179, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 53375, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 53429, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 53453, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 53477, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 53520, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 53814, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 53832, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 53849, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 53878, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 54002, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 54132, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 54339, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 54609, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 54713, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 54729, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54745, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54789, 24, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 54813, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 54914, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 54939, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 55788, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 55896, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 55910, 28, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 55938, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 56057, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 56118, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 56230, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 56357, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 56478, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 56752, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 56886, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 57023, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 57051, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 57067, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 57331, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 60968, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 61188, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 61209, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 61267, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 61283, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 61299, 104, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 61403, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 61458, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 61572, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 61869, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 62047, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 62104, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 62161, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 62218, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 62279, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 62336, 40, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 62376, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 62516, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 62546, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 62647, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 62671, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 63181, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 63205, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 63229, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 63637, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 63778, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 63900, 21, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 63921, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 63940, 38, 0, {}, (None,)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 63978, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 64823, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 65667, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 65858, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 66104, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 66182, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 66293, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 66335, 83, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 66418, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 66496, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 66553, 32, 0, {}, (None,)),
 ('^by\\s+\\S+(?:\\s+\\S+){0,3}$', 0, 32, 66585, 59, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 66644, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 66796, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXkWVaP1L73tn6U4ISYcQSEISOoFACAk0mBGUQCCALAFCp7vTTdIbTXdCWIOCIsGBQXF0dEbnoe8BBgZQB0RnDCgkjuKC'
    'LON7zggPfDP43jA6MIrC2O+v/57DPff8VfdW1f//vXFvvk5131t7nTp16qy1Qoi08B6Zjmaeskx6A/xdk/lJQFqR+ZmR+SnP/NRB'
    'Wpn5qc/8bIE6MG8vfCvJvgx/kuzvVGJKPdnpTbaJPSKPpy3kWzqibFJEty3Xc3vmpwfWrxPWLx2vnwRpcbPI6zks9OsXoyuo89Yx'
    '+zTDXhSwX2tgneR+rCb7sAF+l/t5TolX7gq2T23WOWrdJ/mTyk7MTVl0Vu60yh6ohHw3qMJifeW61kL+SoAPxNkS786UGfcJcc+L'
    'fhkJRy2ZX5ZCuWp4j+XKsNxZmba/4OH2kla/fFPmZ7amrwhTqr66tNUI/X0z8/MfUKaKtCefP3rH1bvP6OiNNwqyTzqgLpzHy2Cu'
    'Ug54LTEF8dqey/PCa8mwj+UAnxR2ricFEXYSEXAer/vkXvdGdn5JOLgfcGHKAt/lfV6lpt46ZpFm4NlTmEVUPS25r+KzKj6r4rMq'
    'Pqum6lnVaInjagAltzzhpTcf8NJfP+WlvQ946Y+f9tr5Pilz3Q+99J1HvfTgI176pSe99LFnvTJ/DzAm3/3r9V769Ke99LmLvPTl'
    '87y8XyV5X7jNS/fdps57L8l76D6/nzJtfdBL7zzg5f1Lkve6h730cBhz+kBwjHeRvHxeeL0fI3mbYdxff1Kd9zqS9+eQ551vqvNe'
    'SfJeDW0f+xN13m0kb/qgl67W1LuZ5H3sp176k++p5+FsgCP5bveQl57UF1yD00geuXiqNk8ieb4OY3jpyWBbq0iebzzrpdU/DeZZ'
    'CjAr36240EtrL/G+LSTfvrzVS8+90/s2l3xrBlgq2eN9ayLfHtob/FZPvvExVZBvfN4o3XiVwz25mZBJShydCL/z27ZVy/A5rsNR'
    'QEMsy/wsV+CeeuDzNUP/aB2lJH891EHPqgaSvx7qt62nsZBzmswOpSVsTm3bi3lXEbyriDkPPyWTeV8WkGb/Qoag/8uSeI0mIn/R'
    'hpbR4fiKEBxvy6OW+drZvr7Egv6d4k8SrvSHO1O/eyLFQzHPOb7Hx/f4+B4f85xjnnPMc47PqhhnxWdVvO7jzHOWsPBLR/o85kHH'
    'POiYB10cHnRjzId+T/OhY57mxOM70/3ZYLlPSuEukABY5LrwTYw/SXVqEVcc/rSPp2VfPqD49t0XvG+nkm+nn+ulZ27yvp2o+Hb7'
    'Fu/bseRb5Vl+njrYO/itin07Ar4tgnHItA/mbB75Nsi+4Z7FcriXMQ/+XUf2HNYTltd1nRqhDKeLk+xOVcnWKmVJO5VAf9dAf9eR'
    'd6du896tJu9+2+W9O4a8k3RAHYy5Fuahh7QpQvpcBxtpLpm3NIyB3n2TEWMvIX8jvq0n+J7mTeShX5626FMD9EvuqQVs3uss2pXj'
    'KIU90+BQ9ua/U5/pH3I8Z6vY+VBKYEimz+62r7cB6rGZ27ICza3sr+vclj+TO7c4v6cJt3koJ/hWhceODsFjiyzw2KEWeKwR+i+/'
    'jZA9LtMhEaQn8VsprBnHgxVkjj6ccIPBUrYOi8j8VUI/7oWU93sY0g7oWxXJ003Gj3ldcIW9XC855XkM2Ql1fiLFelbwY3KeSvic'
    'HgF3a1idUXgLeR/fBP0OlAcjH/TIHLhJvqcfEcLjUxDNe1wgK0H2OsVZmwg+u4Z9O4PgHcQVXbB+eB5eBemNgOOwHqR9KxTlaZ6V'
    'hJ5amw7WfUraSz8yx697Tdordzjp2y7WpyuQ90D6tJWNbTrAqWn5YXLe6HB+lWb/LHa8A/N6lhbwHrQA1n0+u/8gP2FHq5deC+kn'
    'W3P5Kb/sgn51q+8BWd4glP83SB+C9JxuX87RBHkfh3tOU2942dcgfQPSB9jfD0Ff/wnuQ1n6fYuXvtnh3znKCI/tb6DsryD9Tqv/'
    'no/7n+DbE625404Jn5d6PqGnbdqaCfDJ22pidGkDgdkOyNfT6tONjQoYRVq9QkGPyfJ3tQbpF/nug1D3hZ/x0vWtQRoEYeYCyHcD'
    'pBfBeOoIL3o9fNvSGl6G76s62JcnMJpwgOxhil+G2N+dyCcm+ECmu8n7ZpgfAfOfJPNTTdaQlu9l/ehm9JYOjvkYa6CcFAXOQP4q'
    '5P82pO+0+msk007cS2wOLyBzLOs8JPMzC+qcAftg0UiwLmzroAImVevE20gSeFLxXOTcnaLhtewAPvCPOnL5ufgtcXXuPvxIR7Cc'
    'ig+B61nJ1jPJYPd2wD1v3hBsj/blqnNANtKb2xfk0Vx/hx4nDCQ8/jfPT/tZyvqZZv38b5u99HiYl3+/Jpe+b2d7ZFCDB+S7Dya8'
    'vYK4hK7LudCG2JLLg8dve+/OnSc+F6p5qlDMU5kIn4tydtfRjXO6xXzRPMexPPw+p+tbE/B2hOJ+huMuATna23tz5+vhu710z17F'
    'GdsN87ZLjRcRx/8j3JkprsI6krf57fD6/9tev38qnNQA+5nC4NswlrM3+zIePqerRoJ5pKyH149nw31Aj5Ra3nFkvV/c5KVdsDev'
    'B9nj98+1p5NkXz4qPL8Qtn1pgP7g3qA8I7HF3ys49gZWdzm7T9WwuhvZmj4EtNfbd/v0MP922R6fBzIee2YaG2M6ZIw28zydzQXf'
    'I/Uh+64iZN/Rvs8Q4edaCTnXzifnmqzvbrb+6z/hpQduD55PeA7Jb3+4LFjmQdiXg3uD50gYjcLpzKcA135uo5c+CfKHFMDFApr3'
    '7GDe77C8zSTvD4EOvALm9lc3QR1bg7ID+e5eyHs/y/vF2/VnUlPCu5e67MFSNge8rz8GmmHN7tw54H3leekcnAn4ZgGs7a9Rzr0t'
    'dw4w777bvXRoTzCv6gw05b9xvvTsUV9+9hTQqWWEpnzy40DvDQZh5BVIe2710ks2+jJ2vOPhHS1LNxCcZ1oHbbsOaPm5DP7C6lDd'
    'f/DeQvvH7y/7od1//qtceljX91/uVY9hJuC7NdDezd3qsSWJHBN5sNlyZwX3wV0Xw5kB7Vx1GcATyPrOE+57oZLtBdQNOWqTGmYX'
    'KPIu3KSGWboXaJ+j9gLPG7YXqgq4F8LuJ4g3D2fnygpITxC558pK1DcRuecKflvF2lbxS1XvcH5nar7XA61nyo9V8av4PJSS82y7'
    'QuciGeHrzFSvkd7/ahgt0sPu0sPkb8oXQbkGvee/Ru75Jry8fOTWCGM2vLwGwoOtge8zLOaX06mHJTx/fi54Iek4/5sKPP8nAY6O'
    'yt/HaNduwttBfbMlBvX0snTEgJc9zMbZTt5HtYfz2C/UPAFbeJN1fAnWAXnflO6bSPupJE9e9xr2Tf6+Fvq7mPHWXe55m0Bv0nb/'
    'FGKuuH5BGAwmGN/SZG1t63eBQ5Nz5IYJeo4sKRDewTMa246qr4P1Z0TBq57s59J3kp5MZyzPpesKtJ7bi7Se502S82kJkYnuNCjf'
    'yWQsA4p90a3pH11bk3nO5/ykZyTXBXxfyBnY5XAGUr0lKmNCvaVm1taABnaGLeTtu8n9pNZi/do15za9L/wo4etNLWI8lqmMd8sK'
    'SL/Y1FFoOmdL5kVjwl9TKkdZqJhfOk/DChlpPmsXBseyr/8Txo7lw/JH7YkBsvYm+4DvOZXMeFABN659lOP9K+E5kaZ92MZ0FVss'
    '9zMtY7KueH42a3DfiGZuhiLGhzyKOpjHaQr8b0vXyrrOAbiNWv8eTf9tx8H7QPHJDnL/bGD1DrI1Wca+b2O4B3mSYWucbz+5PBNx'
    'ApUpzCUyBYpHzgR9MFc+JPanjNAY+Zyz9Awo5Bnqyn80uRuhzIjiYsFk2p0KvRbk5U8n9JoJjqT14b67Eup7GNY6ag8fQeDZZi5W'
    'Ef4o5ZN+ktAS2zS0qmocuE8+AvsE5yEKXnawtCuiDN4DKjTzdzXkaQe5P617wGAcgwbtS9nKbIbH2tnad2vOZN3c8bKoa3QIoVVN'
    'dSA7NONVlcG7xQxyBvDzqCdCd2uE6f/z+3EUHpPvX2b8kJ9DmWme/nEqXVL67lNWWlqOv1eUVlaVVtfU4lNXXztOT4P8r7EYNWcn'
    '5q3R0UT2f/8RYs8emd7vPeef/5Vs+tziFYeftWTZOa9v3HT+1++/fzF8/sMnb7l/1OB5/MZvL0qI9K8zv94oqx6Y5WMUr60/eu3c'
    'f97z95NHrtye0UI9ssW2X4R/9579uq/N+Nf9Oc+vvk3/GhWj+zM/8v/zR+U4RfbfS5l/v87+n3m+/cbbUPPo6O9y2isThXouV7zL'
    'tt9iUNjIw51qDnP9pFQSOqKGnSnlIhiHaCmx03HhWS4M0UssJWfwI+xMnsv4MV0kpbTrsMKGyRSnvsbw5E0h7bYXsd0OkHdyuklF'
    'o48o6Dae3+Rc0NHjpjRbO7PNWglnGp2Llw1oHJv+bmP02ZDm3mty73wjRD7kypf/VqaS05JufNeKELjL2scl9XmQPqsgeXZq6pEN'
    'linyyG+/TwRtTqLmcIjV/ZpjeWz/Zwn/XhG1/0xhLMsXD6m3K496H0j4+GLnGOKLO0LaHSpiu1eSdgtVL+2rDvbPTfj4sXeS4sfD'
    'EpMfx/8m8zPHoq8muF8Hw7K95+HuYjs3YXXuV9yF+Fy9FiLXofjqAeH5LqB1DFjIgEz5o3Rc/H7W63D2DSh4Gfy+XQdzPXcM20U+'
    '4wVj3C6OV+qaHa+REen2kwkfhI5vrNdyoED6Lza6gFzHHGHpKke54ewi0Ih8Lx/t2M4blu3MKCD+4bJDFzrGRa4VxmOtInzqMuBd'
    '03vdDA3st2vkPn2a9cQ5WAhjMOXDdVnWT33xROVV3SF0sknVPGdpuxB5UK+hzGxNSP27CF/ZdA3aSfsmsj+XcZ9D+mXbXhhOpWNy'
    '6ddRIP91ha+xmLso+0+6Hx8Xdv57XWLj6vwBnimi/ReuF+Z+JU8Q5r4tlwtzX5FUFz/KDyby0Gx8fVJbLp2vR1d+RBPwYjiPYTz8'
    'F9r4K1zO+pwSdj4b6Pk0nPbgaCL7dnSdG5f5aM1keGaKz0fCYEzFwHnpCJy3xQDnfcgC551hgfPaLHDeKmHuo3eJBX6cJ8z97lI7'
    'WJ2fXFvcWeK4ZzoyCKg9NX5xd5JT0T9XXrGazLLYnJN3sXJXwu/VQKv1wvqVeHLqSfOkzJ+0nZ+s0SwoF8NPloscuS6P9UdZpwTI'
    'dURnjuaz8aUq4eks8o7qO4sHfZ0PPCf27Qc/tt/zvi0meFIAzntUk5f66p4BOHXfN3L9hPzrM/DtQK4NZQLOjCf259pQUp/nLr4J'
    'cU5t5s/mfJZjxOALtrFn8oqFlpyCODmP2DM5T4vepkgUkD5rFG5+CXQ02i4DGq3fgkbrsKDRLrSg0c60oNFOtaDRjne4wy4xoMPm'
    'W9B+Mw1oP2rLHhWXIR97grGKKaC6q5dPwrt6hRj7GAMxXV7AMyCveAOFpctN5AwpBV/zzy333UcJjDcQXJEU4X4oVL4mWiNkbFE+'
    'ImzoquHLCu+H2MofebfdPM9T8Euov5BFWO9okF5Q8XMq2T4uJfZZWb92o8F7vy2dgLQFhcHTMz/vz5Pe+DbzPXmo8P3jfAW+PQ3p'
    '14h/UpUsQPqhxPgClBfyNPNT+c+txfVvFO/N3L2x/uHx3ZvPPf3e2psfhP2Zz978+Y+99K0HfH4l7qkvwbcfAO3+86/5tCrSocNA'
    'L29AGnhf8D5O9+gCTZsTYY++YrlH55B81P/eZibDPBv4upcSOL3Uce1V+HAz2SeN8HsnzE0NaaNlx7vkSJtKtb5WQQtTnIP7YTuz'
    'yaL9Qflvgtn6XE70ewc19kAXCN9+vNtAD2Wb8GMjVQm1H+atIuhn8iTSj61MpwHzrIJ+RMmqd7L+H0nmqF2Y283iOJqIbsiwYTnV'
    '/G8TufF3EOc3oc0Rw3my7pMjYJL7BC0JgclL86B592RerEzY4f3NDLfVCnNbcVy/VKIw/gF+I+x9E7wqiuNTIIOaI+166V7stciL'
    'bXyd7L9tEeO8n+wREz3pXqK7Isv/BeDSfNaI6nN/tED1oW3gENHbXJ320uNZXImTIK7Eh0lciRWQtw3SVkiPg3QVpOvSwbpXpX0f'
    'L6iXvD6ivSMJ3/9U+HbzHC+9heTRlcd4ZXgmnAi+ln90tvdtBfn2WfA9Om+XzzPT8f8XEDphGHhZbwGvbD/kmU3K//FDXnrakPdt'
    'Gvk284Lgt2oii5Dl6ph8QuZX0SG2ZzXFY1IWskHY4zFKl6cLQBfTtbwa0hcdeNMmfcpnvnS0WqXwfXoNCjcfACLiPC8zxAPdGruN'
    'EUZDzIM7Lv221YCmoD6ATGLKhOleYv9UNlYqHWGMQVamwd3Uxz/X9d+loTeoL5/aMs/PAT9DVDFwVHPDbWPCfGpQW+y1Qu2n+hBh'
    '7j8lH1iQuPJwg/GNFZxg7CHTc34rW+urhd539t2lHq2PtNh7ac+VhcDdWMB89u5S6oYjuZ5ulB4x98tE/TotUdjtTATYp/O0AGRz'
    'Kh8XOyP0mPs17ztEuG81auOg8oeT9bNS4vlGcfVzYzLPKt9pgxq9/mHFfBVzjVR2myr7nSoGexhzZK4FXuP+Awc1NimdIbYqKOPF'
    'u9uVbM3bLe5V3C8WPW9VPoZU8VLo/G0X4f6J+i37GLXmeAeanoHhHzniIOqTxbUvFC4wdsxMkWvPaWOjyHEx2t00Cnu/WENsnacJ'
    '33+Xjc2dDpfUCTMbWdM5rDekHQ9T4MSdQu0rKuyu3y7UMc5s8EPDBD17ouzp/yTt6WS64P9Gtk4q/3s6+i8Mbts1ZwKPtYPz3QR7'
    'g/ZtuuYsNMGLfRa4U+U7EePpoI7ifNa3mcLc/1u3sIvViWOkfWkSvg86He2Qr2/Hr6Y8/OKCgykPHeNEUXnRkYwnx3EOrYOfPZyf'
    'R2FoFpun2aSMKU93B8PRqjN0ZwgNf0gIjqF9myOC8Rh7NLQyvVfXC3tfaap5OhTercms8Q/yPGf5uOYyWY+J/KKL8QDWkHkJu0Og'
    'zfEyg7PPlKYb0ZwVYf0wrbtbsRbzNPDSo+hHA6RlCn453x+90FaLUPsBMMHdtF8DpL2o/vIxzmdjOEz4fjTzpX2ai0Sb0f4vgHf9'
    'mZffcdgvJnI4Oqe7FbivQfjxfSoYHtXZW6vumGH21gvZOh0B7Z0m7Gx3bfaDDpbypTttYn6b+nDhcrq1gKvy5X1MdF4HhZEj4d1X'
    'MuU+7EhnLoroS5kI+oq1pTP53Wa28P0B9Al1PHcTPG7iQ2Ixo2Nns7Ev0ZxRtnJTuk+PKjI9GHZnWpzw+u5CQ3B+ZpQfrr488ILp'
    'XXUpwN8cg/M4yp+ECdyqzjBTPBB1NlK4XAbv/o7kU93DTWmRQoydzvtymHfXcZvQmFF3nkZCt9ry2vl8H814+YsYL1/lJ5vjA/qd'
    '071ngN6Sy77Lp226Zq2MX6DjMdI7lAm9uEKoY9rPZXOoigVsEiuwgsiDu/OQB08mGpbH4Sr0Xcn0/OA0Rq9GDvz7lKdHl48cqjPk'
    'XDEZqynN2xfCW6Xw+N2Uh4fzuT/ofLLztTSNL6KKYUD7/OeZPl80gdfB9a7Rmefadyjg15Ru53ewkzJzPC0xMeQdXFd30GJ8VNZX'
    'DHxG/YgNRtzNuB4JHSPqbxxqKDNpN4SzKPqA8mK4PuBuC/xs06cwH3dU3/UEDT7YJsJjG/Rb3jOieKOqOEUDDI+MKHRYo+b+eNDL'
    'VsUq2mYoW3K5H3J62RRf7bCkN8vg3VGZl39PcDjnx9O7aR2jacoNYJPaqvIY3Tr+NYVFSutwWOqw4CGF8eCr2Dh5zPVqxV0L5d8o'
    '42lmZUz0+fs0vCAuv6kj81ev2e99IhjjrFh3X9sYi/OBZ63TdzDlpeUbf7iB0Sl9mXLf0pwNtmdPVJ5Bx3uvjd9pm3t4uwb+rlHM'
    'I90XrQr5rynNO2Qh33E5G3gs0Q62h6Yxntd4xtorRDxkftbp4o6ijozU8fobA5zr2jeUuZcRnu1QBL9OdS+M8gndN4Hwm+1ccZw0'
    'g63tNs3a9rF8+eh8bSNntOtdaFBzP+lQ6Dea4AdTuoXzZRKEL7M+T74M0rn3CT/GYQn08dnDfXu7CnIGUzyzWPh+ouZoYHeQyetM'
    '+JDdbE6HNTyrBgJj14DMFO9ntI37IJVjovcdW7uMdIRdBvrZ+VCR58LFflYXI/k+olfC177KYO35vamxSPOq2w9Jsh/uyHM/6Oyp'
    'aoXeDovO5Rsfys+nbt5+w6bWg9MIu9bpSUdlkOv1ZMKTraAPApUPCA4TFSEwofIBUUr481n/o6M+LSF/d7Hl+lTC0ztwgXnuT5aP'
    'oSJk7HzPN4mgXTveO6jfgLvAX0h/a/A+3sjsGrDNl7eC/sZFuf3Z+3FIW/U6/mcmPN99vP+0L7QeG5xVxfZsKYEdxJVC2PvoqlDY'
    'Gsj6es7x7+wu+FWVz8XGUWWD/hfd9nXo5q9i1D9bbPtG94W0x37UYV8Ua22p7US++KTGEqaqFDyarP+6Di/93MYgvyU+q/I4q/ZE'
    'nzfaZ4/ZWdVE7lAUTmQ6AHjtS5C+zHw1PQZpN6QXtZr5b5FwuSlP2gr5jedu8dIzN0G6Ec6FG3NjItx7OdjN71TnbSZ5L98Ynpfq'
    '+72+M7wP+dBvYX5ylmYyfdZhHlW+qpKac9zVVxX1Xx77kdPTMcXyVVUm7H1VYewKevZ9EvgdLnuV02BlPV56w7Ve3SeSb7O2e2nn'
    'dd63Y8m3UthX18K3ZYpvl33G+3YEuWNeBWfi8ru99Jm9vh87zPNz+DbySajntlyf/ryeCzbn3md5PZiH05KF2vvLQAcx6z/tDvCd'
    '96Gg7k6pCMYz19Ei1aN+zGSXPfHLbi+tAnr4zW3Q34vMz4OLC0xf4b7a7Ehf8Ts893syi3y7E/ye/OAxn+5BuJC+0mT6GfBLvO75'
    'XDz6efB3/pkfFO68WEdgB2FmJcSXwflR3Uv5OCtCxplPbL51DvcE1L+YDjgvQfCfC13/esrD0XzcMp0Dfp//c5/9uGTdL6Y8W17q'
    '5yodMddHh8z1IgOYojFLwsZTR+QMKvijtM110I//96jan7ZrzJJCwICrbz4KA32ZdXrOgndI/U1XsL2XDw1SrHpVd+zlDjj+aMu1'
    'imOShMckSUyhmCR0P302KcPlxPvpvRy3rTkzgesS3hx2wvylHXg64++zPlV4n/VtRRQ+hDz1lrS1Lc5Hfx00Hgr6H9XFQymBckmR'
    'GzcD5XQ3CN+3GbU9oPFPVPqFmKef5OlS6BLVwftakeufKkyWir5vdXp1I0Lv8ylKVn8K0bOxtYlBng3Sk3Md63HVC6G+BVR2tf1C'
    '7b9pkPGQmuCebouHKH3Nad4KAkudxDaCtusau/N/Cc93pOp8WOJAb+0Durse4sW8+g278nXfcrNP2mrLD3vQ9/XpMm+fEG72GbLN'
    'Rxa6yZqmw0+lyI3hlIzAWegX+zJS32zIL+v4IuG50Pv4q48Ez9Z8fL/ze2NjyL2xyuDe6OrH3eUOVw2/T4f5KSPyB+RZVGpgxSZe'
    '9O8Tdv26gtGIk5tuKSwR9O7EuMbAjAqCWeAYmSo50YJPeOnbZ4Hv4Bu99M/u8GBrgPJObg/m/dfrgR6CvJ1kv2G9M0HWcyndp7f7'
    '5TFe7ru+jln7G8k33t7p5Nt84KH/frNPK/BvNZf4Pl3w219vhjhmPd63Y8i319i3pVR2fFZwfAsV33B8cxXtze/Jje/4GvtG4zv+'
    'BGRpx23K5T++At/+69b8+aT57O8pJmpOMXlxvdseT+Yli7ZZOx7bgMo8mpnMI8brEXjdW7aWgq+5wed8eAzDmd5/KT7j39NnPJdd'
    'dYEc8s7+3PPooxuD3+h5dPI1wW/0PPoDyH7TCr1B/Hb+R/OTh8XnkeI8EkU8j0R8HsXnUWHPox9nXvwwPo/e0+dRmt05P9YFsfWu'
    'UZ9P60nepd3BMjzvCSTvQ5Dn7bvVeZeTvLf2gS7n5eq8C0L6y8/M5pD+8rw1iv5etked11WHID4343MzxpWT+9zU8XRLFDzd/0gU'
    'MH660RGSFPFDn/10/7cVEibiePcGugMgcnMjhxIFp3e4jqwA+dKix3Lvyr9+ys+TD+9Wde9HvQEpF+PtDj/i6y3mc0eP4dMIPtuc'
    'z6BksqDw6UQjJKcscZgqgAqR4mmzog1RXnWycLPhqdbQjba6Fe+AXsinnra0PSK4pJi0TkzjjOfTVlQaR2evUt+av71KVsdjZ7Be'
    'tF2S9kn0vFWdo5SvwOXA9A7P5cAln4Zye3P57g8Dj2LP3ly+O+U3cL77l8Fe/9w7c8/0FRd6ae0l+Z/puvVoaPXtClzOHp3tVpi/'
    'kcfExLIxR/qOx2BeIHJjMNM15zGe6ZrzGM90zdd3eumVW3LX/NCu4LfYJ8rksjM/UvixTqhPFAqvCDcSRvh+Loa/kyi7RJe9GPOp'
    'pqYeWQk5s5B3r/O9sY58e5DhtOPItxfO9dKzu3Pt/75/BdAFW31daq4f9vSnff+gqOOJPPYz4fw6Y2su7562mz23W4Njq1HIBDBP'
    'mO+eGA/njYcPzwMPR5YtFG9+esybn/K8eR2d6nImcnuIRQr8ijY6aIfAbXSuFtG2PgMkD8aU7Gf1bBN6eyCM83Kpoi3en/OEmX/q'
    'Tlbu/cK3NcJvJr7UVwu9HdQK0l/qd5nGg5G/F8NWSRUjU+V3ksfjbhfq80PeFZYQOgzpxGLaKqNNAuZDWzadDSb1laKC78UF2nMl'
    'RdhzzYCjqQ1Guci1/8zHH8jRjjRWhVD7+kY4P0uYxZPlcVzbyJ7bIcxiOWT9ZcBdVxXvpVfY+V2nvn9d4lwhXUb36U4R9DGO/piO'
    'FXrarFiwSvkYLvZcqr5tJr83gGzppX3qvJfmIYOWZWcoZEk2MI+2hm9+y7fZWKr4lo98LQ31nPdCLu/kvMd9fx2cd3Lh8/7YdP6O'
    'pV/f2cLNDo+OL8tXf0RtZx92564i8HO6I/yY+M0Ky8dtIncIvd90Xewpjn84rGI5V1i9PZPhcyI3Hho/Y23iWtqc4z0iOqYt97eP'
    'sROWidyYCSYxYGhZHt/KNL6yiQ91Hgs9qm9DIjdGnyomR1h8hh7NGaGL2/VbkRtHJwwWex37Itf0N6lgPCjaD1UcSxWdN5RHP/ia'
    '8LH2hrRpEs/TdI/w9e0zKEvXE23AVXGSefyIHcI8dvsQW69bMuu1RZjH1u1y3Be0D1vznGNd3CYd/O/SwDuHAb6f2g3n1zTeUBeb'
    '+yMyc3+mcIsn53LO2MJIl8iNR5PPuvH16rHsk5yzn2UOjWsj1ntI6GPAFGs8TXA34jpH9K4cFXeJxnTBu6Ksd5pCZ5zH0uPxZFTx'
    'pzE2gm1co86Q+SsUzcPzybW+LDOB7wg3P6Lo/6DGgs7D2H+1ljQRj0nsQkvp/CkkhLnP1GYNXHQKddz1HSIYG4nTnP0i6L9ihtDH'
    'b6d4dkDDV+Lre4bwYxa51In26nPGiPbmcWaGhDqu0w7hFjtNNUc6X7AmcFFJ7oI0ztiICPoAUcVwq1LwM0cITaWK5WfaN5WsQNa3'
    'NeHhRNv9Tn2C4DfKi2om+ReJXB8iS0XQ76nO5xv60DeNOdsTcd9QwcNWAju2vvZxDDa+phsZzNQKtR87XXxv6ref3jn/PfPzb4r9'
    'Z4MXVWdNv1DH0uP5l7KzmceJrM+zb/RcbSD36XzvrU0gm6V9bRzD+yyN2afimS1V3NVHQu4+qrmfXsC5n0HmfizuGS60U6HuVKqY'
    'dFuFOnbdLmEXIzKMz1bpKFOg/WtnuLHd8ixDvhXGr93OYK+byYgOM6DvVXwBTiN0K2QAlLeP+XZHyKhscXih5Dp0DXZbzPmROboW'
    'yff0Q2XjxfC/i2vawdbmMgt9l+QUV3jJTuzleSlqh2o+cJmtPLueZXJlEe+heA/Fe8h4D+H5h7ys3yT8M0sVQ2iW5Vm51CI/6sQc'
    'ainTa1fQt6blZZuHOIzrCMtxcX8IMe6JcU98fuee36Xx+R3voXgPWZ3fNEYu1WE05THWKeQV9OxGvuJaxlesYHxFficuF7n+Ps62'
    '6FsUb6AnRE5FeVCC8JMp3yhKvhmlv9cUwp+vJ3KqnYb6jSq+BI1p35d5sSPh5lehMc/5RP/CNRr5T5dOhs54ry48V4xt1ch4O0MW'
    'fMlhobYrza5hIhg3M11Em5f3Av4jJ0u9y1GTNjiDbOXMhYD/3Q7w31sg+L+4QPB/OsgPqO4V5/12Mb7kAEt3QF2riP3BsIWO3XCI'
    'bQLGvDvUQsdMJS835e33a+T7VB+jkHao1UQn9i8cZKn5yEv6FHJwFx7/0RrZRpelXhbn49vc+V307dcQ2dbWCLuYMLhtJ2fb4RZj'
    '1OlX6vCBzfrqdMCvTXixnCmu6lHoX5naPQyS1Ga9OjRt92vWE/HeGZkK7jWY4x0Ku6ewMjZwnyR69ypZU5/B2swsMOyp/GOUEB2K'
    'pMj1YXoEk5lxvN6tkLUVe08uI3pRhYbPOqD5p2nOGy5T7NboJ/ZpeHjy3T2Zn7/W6HENavQcdyj2gA08Ik1TJ3Ljm6n6MczomImM'
    't8oiYBl16Qq5lzDuNh3zgIWO2DYL/FTIuaoQ9jGUZlvyuTEW+1cgLkzrpug45n8Leysfu6gd4CvoRx2+vgD/lrja599XsG/iLP9v'
    'Hk/rIx3Bumk8LfyG5T/SodcXUNnOq3ww0TnEOOPYXhX4a/g++G8ovyDXDuwMGNOa7lw7MPy2ZXv0uVBJ+klp1Q/CvcAVLvCMoXDx'
    'xk0+vFCcSduoFHrfb6oYaddf5M8VXzfdPLrGQTOh5al9ZAmh5etgbOUi2mZOlj1Fca+jOIjaqZrop6to8g52VpjodPUa3sFM+zQo'
    '1La8/5Dy8a+prplKx6rLAvfzM75bY6vC+XpfIH3tttAPU+mcmtpWbI3QudT1VcbTWQ3v1qSD7Z2U9tIPz/Hbk17yaLqKlTkFynyE'
    'lDnZoN51LM+xkOcmkmdVOpgXedCnQt6b53jpLXP8PbQ2pYf3wRC9dJs7qQrOdkP7c1Ke30v5rpWNcSX0e88cf49EjclkfVR6jnxd'
    'TNqifTbJuwHWZ3XaG/s/JX07ehv4t6HPBjT4Y4Dhj8eTfkzcHRq9/WGL9rcKtQ8N3u7nk76tAZZ5KaJ+1b59ib2/Z25uXF3Z3p6k'
    'x6/mNH4Y3ud3gX+B9BUyJln3FWQsuxzWajgCR/G9c2bSo0VtzjdVO50R7RxD2omamw6SRo37DYZrZyX9e6YNLlLxP0uTHp1iOhe8'
    '3t0Rc/J6IvfOrbL5NT3Xef0vJHy+cLtmL/Uo2o3iFew3qHfAkjcu670/4d0h6FpxPeORAtBCsq07Er5N1aCCX6KSP/D76g2kDg5D'
    'Vwu1rSxfo75ELu/+ZQL/tGy3wVxKnJWNn57w+RK6NeI+ihDuTzco26PBxSckfNlMuyH+XprIleeo5pHyTuYl/LNmrM78OuG5+m+x'
    'ONuRnlqTzp9WqAPYqBK5/nLonOE59QLJGzavMu/3he+X8K1t4DMW/BJugfRxuDfvF+bxfL8uzOME309k9abnePb8F3r/Rghjn1Tk'
    '4XB4G8mjo+VvInfd34G/3fdfC76a9wT9qcl3d28NxkHEPAMkz+w7vfRv9oJPmfOC/tSyfBDwnfPmd8Ff+oGgP7XsPEJ88hVP+PHK'
    '0Z9ame78J/f6SzYG+/h+ofeneTL5RueB+lPL+rbuDPq/XEG+8XlbIvRxmhcIfXznOeTbBTcH65xBvjXfFvxWS/u5N/hN5Zc0aSkj'
    'DPMfrfJdrauH8joSRI7gyutohjoTwJuqgfGgXWgdsWnM7n8FP0bVr3x5MNR/Gs5rOchs5H6+Bn6XOGHUoE/lBeiT7flZLNiwlQ83'
    'kzmR+ZNMz3y85kxFN0z2OasYhzkLo28n+3yWFXk+Y9hzmyuTe9xkn890geZTZUs6WeekusBzUize3GSf55IxnucYLgvPw53sc9pQ'
    'oDmdyPLDyb5GNUVao7GUF8X7ZOLLruN9MrayzMk+36UFmu8wvnZM4+n53PFdtviyw3iO3WWm8d6duvRQVRHmppA6KJN9fpsKPL/v'
    'Jd3WeG8VV+9qss9vZZHm10bfbLLPYe04zGEh9Idj2C2OfmNMJ7vrBcZ8gOi5i2Xc5vqS8V4srH5tfI+dujzjQtGChdbnj2W1Y2MT'
    'E9Ph7z07upiWGNs1n+zzXVeg+Z5qtsDxPhofu6BY5zLXfiWek1y7nXhOcu2V4ruc3pYtnhu9DV+8l3Lt+yb7nKQKNCdTYS5KCzQX'
    'YbbE8R6aeji3UHNC7X/jOcm1e47nJNfeO56TXDv3eE5y7fvjsznad0c8R9E+S+L7kd5/STw3er8t8dzo/dVMpTvkYjI3sj/TvurD'
    'hM04df2uVOSLqo/605VxQ47R9I3HM19/wK4dlS/pW2C9Fz6W61uZwgL3rXzvQ5Du08dX0PkGpv5MrhRu/vFVtkjDEbqculhdOCfT'
    'hDr+Qp9Q+8bvVMiw0dfSHFbXVqG2V+sX5vaCQ5r2ZFuzRbi9romufq/QxxPXrfFTSU9GT317o9+47Zr1uUYE/ZxhjNGwOANRuqVR'
    'vgW5728aAw19NzUqxm8agx3naKXw/e8P57EWWN/cMYYlVRyHDUkvDgDGW6M6wL3EviBsjFhW5xteZ6dkGjuAx0aZl6m4KmEfQ0ja'
    'dCxhOJPHlDCBa4QvHp+tx3KNaD3cXzvGJf4T1l+MAzFf5NrKusAhXWdTWxTZ30OF7zu0GPtaNzcYe7EBYK4M1lQF9915tG9rbxy1'
    '92YU8Ayi81EFcLKCwUk107kaEbmxoun3XcLeFwQfsytubYBzxSbmmIpmmq+guaZnXmwQ9riCzsmrIugHoDdEvy2fOGVdmnpUeXtC'
    '4I2u6zVs/bs1MNgN83UQ4NFlvrY66giG2bhNlD1czPW1rYf6pZBrtjnzc9EE2Md0HfsM21fRDnNFMF5LJeAI6j/UhU6hsVN0NBfH'
    'r3UiOhZKBeDgJpKnTPh+YkcgRdqhQ+TGcUGbqT6Sl7bbSO4z9O59FKTLGP2ONDu9zyYZn6CSnRkYF7Y5As+uEcEYa9hG0qANjC0Z'
    'xj98TKPvPiz08Y7penYq8pnuNx2Mq+IqT2fflwn3OKdtwos7zc99vqcKMZ52kesLxwZHcro3n/iu/N5Jx9tviTdVuIz7GBsUZvHI'
    'VGVGGL4widH6Gpu3R5L+mWyKZ2lfdPEk+0hfTesacBhPt1DH2BswKDtkOd6otVb5BzKln/qFeazcK9n6v2ZwzqzOrPNvHegozmsx'
    '5Ufy2OuU3uc4HNcgIfSx00x5t8hfOYyt8WtCbU/cb7iHOb85rAyOYxO5C3awdvs0dy3uW6rdEo5d+inLHqGZr22aO8bVBv3idmG2'
    '/eL8IZfYnCXC94VJ4xdyn7fIG6w1gAceL6NG+HEWOHzxvLo4eFFjUsXnk/Wdmvl4o8O+roH2Z5Bv9XDmYz3VxFaB5sd8SHup+lhN'
    'xok8oloLHIf0puzHTM3Z+Zpw81Go4uHYxFxcY8nja2SwWamhSXV3DuSrNDJewncyP09o8Ecx7606viHFZwOae1i/Ag9SeDKpB/lJ'
    'haZ5MfamCl+PsPHb3N+xfhn/e/kY3g0KNS90r9Qo6lf5Mwhbv3x4DTwOkO4ezHV5ZT33CT/OCJ4Lzx7uvVtI7r6LRNA+fLFC9sXh'
    'A/H+bgv46Ga0M8dNNjimmd31+ZjrFWOuMhgzve/b9Od4hWw6Lfz4tCqaEWPq2cq0Kf9hGcqzW+zm0LSPjQ58YZ2eAuK85Q5jpvf+'
    'eqi3Gs7nClScO1cIqorCnzqAvW2kH7LY5cLfi5fA+FPZhpPv6YfO3R891KJ43s22Rzg8nPaVe+JaeH9ivN5Tfr2niWBscxNcUMbu'
    'IVjmXSQRAg/vMHgoieFhQsDDp4lMvV2hM8NlVC60RhTPaITgm2O/CTrCj3jf+sm304e89H0QG66b6Ni0h+j7mPiS7NHQfWcRmmVY'
    'Qaub8hw5/T1gSINGzZ3kp8zT9K9T2PvaNNWJoLHr6F1RRydXAe0ry+wTZv4DovwGnEx8a0T5KjgjwucE+qWQ6QlpO/v6qLY3pINz'
    'vC7tt8flK/x7Dm6EuQ3FCPEjkgmzfOWKd1QXUM79xYQ/zddHpqenPbhOQZkGchfCNV/DyvA6TkzredIq3TLKg54WofvYFaGv1Mfu'
    'nba+JU5MB/8+hvkSwTGuTev18TjewLiR5YA78L701VYhXs78vJH5Odiau3b1kEemL0P6BqQyfxlZmwF4X3W2bysq0354v/fjXvrK'
    'x70ya4En10RoH3pHknnvavXhp5HJNfAco3be/H6MdqxnQh++dYcaLuj6Y70XYb9bc+vdA992tPpjN10LyuuYBu0dgrpHV3rpA11q'
    'Xez//adeWnFHrr51Gczvf92q18V9HxkD2uCh/43F2708a0A/ebxoGB19YSuz3Sly/Sab8p4WQv29D3jpU1+14zVf+Lx6/VaDzcSn'
    'ns6NV9v6oH7dfkP6NPyIl37pSS8tfwzK/yQcv/F98xKUf+AHubBEx63aL/LdD4DWzdoZ/MBL6x8O9qFSg2OxnU89A5ecfXZ9wL31'
    'FeCVuchROB0QTeTHFEHwaUvTP6Jyh8lJSpmc6pIf+jBgs+84PM0ldXIYda3TFEbLIvANtZGdobiv2fQxfRBsQyF2+O9S3rmK77L4'
    '4Vte+v9+ald3OdjC7f+eV/dLKU8/MDsnB4N2QLc/4GYT1s5kzEH+RfSTTEzdR3lJKQgqSufwL67ITPixhrImGxi66Hkv/fqT4ecD'
    'Py857NG9Nwwwd9/T+nNzVWY8n1XINuh5iPTQvv2wl5/yYbgO5gDlZ1cf8M9amR7/cPAsXf1Nr8xsoBf5N95OHeEBynczDvq0QHZf'
    '7/PSj8P8rf2m+jxutFyP33zNSy99zK7crYBDVr9QfJtPk3orCSTXAFzNBFx9z4tudVYJ31YW+4ryJKojizD2+aTHg1HRN3O+5a+f'
    'zLuAfHvsp176k+/598UaRTmZPqopUxdS5hMr1GV0+jkm63/1ATsaqxPmLW2Ix6cwUk/lIF13drP3tIQgdM0j1//XCQ+nIe2fPbfh'
    'XrLekjZ60wEfyPx/Au3efCCIa7+XyXAK0hZg23zJc2600HkTBEdVCd9HqQk+uTXh024/XGg39v+E86Ie0sfgLLscbLevzGQccLB5'
    'VOnvr7Wciyagf7m+H6Ux7oNU6jpQOtpWdn8l4LnpUH8vzHfJJJOHpcyftI08rK2tePKwUYenTiFPs9GpKGd79ghIS0fd9AXxToL6'
    'nbFMVSFTLSIMUTyzXATtdCtCdLPrgP6rUeSpJ3p8O5h+bwXRL94RovtblSfOPEm4+/0w4VtOg3a+fMDu3LgFzswfwDlxWh51HfyG'
    'fwbJuo4V/nm2H+iFn8HZfvk37OrGe5H4XtB+vIzct56A+9U3ngyO7b7Hg/oWyKeV6fWPqvMmCd2km3/qV+cS1BF71p4PQvknLQeC'
    '92Gcv+ss50uOQ6YJGNdaoLcugXVeStZZXmJs6l4PtMVB0C2YRfrpWtfPHvHrlOmrj+jv9j1JT56Rz3zX/zTIb+P79cID9jTODAWf'
    'ITvnz/gwZnO24f1eRTe3Ad28MOnJOWzpOlnHiS1245vG+pcW9j6yqA0n3deSNxImwyhl92u67nVwJUJ+zmqYq5f2BflETYTfivwW'
    'eY+xmbM5B316W8f33Z/w9HFlvsGvBnlWKKsxbe/rP/HvNIinXfbZnr/z0neg33+e8OVKdx7wcbMVf/xpwKGwhy953q78Q/uCfRoi'
    'fXrrWz7vzOVeinBlizcRD38Z4OrMhC/rOgHuyhc+kYtTbdq4GdbiQjgvbyU8UhUOXJrwcCyXO2Th6nnHezuTR04jc0/vjnRvmrZB'
    '+U425ah8U/bpdeH5PMsHHl75mjs8UFsoxDs/f9KXe3C+NKeluM2SfPcNovM+DOv+e0uZj2p9XODw108F9+Hir6nh73aQ5VNavEGo'
    '7ed2iXBfGCiLnwc0HLdXz8fWBPUN+iPk/5yej7Ll08UcMymXjw+jqFiuaAezwPH85zI8WxpK8udwT5j49CsB+KF8NsoPW67QBbLx'
    'P0Hvjc1MtyjKXtrWz4VLO1xGsALPFZGLS1YifSTUNkamvjJKiG5emB3Pl1P2/JcmuHtTvXbUaVkK/e4i75bDu8vJu+uE74OG2/mi'
    'fdV5ItcueCPJP8L4AKcL37dEu0YvN8p/g6znOBgvthuVfwnp0zHp4JgXkLtnW62XHgnpQkhX1gZtaFX3kqWWa4R85nxsw9oVvFsK'
    'x4c/7fPfZTsfUHz77gtg/0z10CHW0ZmbvG8nKr7dvsXnJeC3yrP8PHUwPvxWxb4doYCrPnIGlbFzDL8h/57C0HIRtIFdLtT25GF5'
    'dfbkUevQSOgRG1xlw/uk+3cN9HcdeXfqNt+HKb77bZf37hjyDs+D5cK3Ie8hbYbhIrzLzRVBm6dmS/xXQv6m/OHlirwJ4WbHifSQ'
    'DU5Gf3sL2LzXWe7p0k1BHWnb+wfHB7JPH3LgwZvIz57d7cbbr7ac25oCza3sr+vclj+TO7c4v6c5yjhqCb5V4bGjQ/DYIgs8dqgF'
    'Hmsk/PgRketTkPPWe4Tvi03lIw3n6MMJNxjk5+QiMn/ot/peJkcYYTQ296tG7xR9Ij+b7xpr3baprNkGum2LCqPDFqZ3auuzPRlB'
    'J0+PgLs1rM4ovNUI8PRNuBtS+WNaxDad42XTyf1Lon8oxGfXsG9nELxj6mcP60Hat0KofUxhnpWEnlprYC+3BuyEDid922XAR9nK'
    'xkZ99ZmUp76wdDi/QbN/Foug3waV/WO+vAQTWoLLoPPhEXA/lyblSzTzszyEvtWN35RfFd/14rtefNeL73rxXS++68V3vfiuF9/1'
    '4rtefNeL73pjcdfj97wycs+rEkEfuDPhHnC0Yo+Vwdlmus+p7RjWaSN3xvU8waKMFY3RXXjcZtP+L7uC61lCaECT9bCRM/5fDW25'
    'COdi1F+bn0G+FOR9DtptFIV+EjD4VPpd5USR7VwZ6jZURFVRGfaxivxeTWa21jeNqBeCOofLe0Tchri+Xp+5xarqcmNc7GjH3EIv'
    'cqFPvV2PjZ6kD6C2TzLn2HF46p0HmrCcI74HUZ+1YtReh6DQeKlGcLuuMXiSqYlKXqeNiWSnp82ECo9s2xZWomjpJjh7Xc40yU8J'
    'iyGkozmWa864fHTVjs6Tv3w00y07dAx1zKgduk0Zbocexcs+OtZVi3XVYl21WH4Ryy9i+UUsv4jlF7H8IpZfxPKLWH4Ryy9i+cUE'
    '1lWj/IRqglvL2f12TYjOGsbho3KKVrjX62hT7utipaL8MSQv97HQQPAALbMqpE0e+9OEVkiLYDzudgtYxLNN2rFXKcpTu1LMe3vC'
    'DrYobMjy15HyHQ597SXluxzKX8L6b1t+QyK/fb82EU2PHJOIpkeWJHzcsMOi/3NIue0W5WpJn3pE0NcP5ilJmMUS7WblfkfwXIdF'
    'n2QszGkif9tgWdcLpA99BuV2QLmDpJwprpXlHrcsh/3cR8rZwO1fkfNGt7fvJnUPWtT9MVL3oKbuG0Su7ymeZ8RyDbBct+Is5XVf'
    'RurealH32Yp+d7E8pynmluc5ieTZpcmzyoAmWOpIE8wltAxvt0lxn8Rv9eRbB/tG73u6+xLyp5Eu4HEbbe7aiwgNkQA6ZTqhIZCe'
    'sJWr5ctzRT9jnHZJEtqlXOhjGmO7bRF65rWMh0Xbqohoq7YAspYmoGNU/EPkE9Qq4Az5AzT/4yE8ahMd+wZGu1P/F6b18Jgo84V5'
    'nAy6T0xj4vaJoB8M6tdDzsXHK3wfYAmQEayGdD6kLUR2INO5kK6AdBakzZBuABnDUIUfT8d2fGFj4Gt8YYXHZzdtp5Dzd0KFH6uW'
    'x1zeWcB25lX4cc5M4np3FLBtUaR15O38n3J/LrexsjuF3j9N1DhpzLlsHJRy358YwvLhkC6CtBzSY2uDewP3wGEE9mWdj5b7cahU'
    'cGADz18idXUqzmSbuv6M1MXnlK/DCLuPcZ81N4T0q8OyXzvymC8ONxcq+vWaYb94XX+Sxxh5XSvL/TjnLnMfBtfZmAWk/k5hH3cp'
    'ao2SUL8NXjWZH9yHvyrLHwawrhfL3PcMr+u7ZbnniYrOXUVi2ZnGjNsIZVawGHEbgWb+8ji0vQHa/miZ71t0PsN/MxltMCsCH15V'
    '5vsac4F9WcdWUseA4v5P3+tg+BxSx3bWTr8h3mtT9KPDsh9HW8xHlwYu5xr0YyQCJ9WUefR02HzY0C04vt+V+vVuYzh4pzCPPcfr'
    'fVlRb1cB6v1+ae48jBjUo4qvS++gXy+1hxW+Rl8qjV4jl/PiT0s938u0XLcwi+XLYSxKT+kqgzG40G6XKuZ3xHAPYB0bSN/Wp9Vx'
    'bFXxcdsUMUsp7j6uwPUiXm7JFD5MBGPihtWH8UffF8GrMT03WqEffyzx5PdhMYuR/1Oo8/DlMWwT5/u7Jd46RsVfxjOYx7bVjeXB'
    'AteL/f1MiR9TCM/tVbU+jySrN1cb5JnsJWXa2H0fyxzGytxQ4us68HvTYg2vIE3qlnX0Kfp6bES7l5N28R62gN3LaiPa3UjqWMLa'
    'LYP0qIg6TlL0g/NADougi5aROpo1dRwZ0Y85Jb7ejc35kD3/FWVfZWX7NWfmH9Me75PWO+J4jmTpf0V93cIs/jo/T7PyFFLfRkYf'
    'm8Q95/v1yQLVh/v0wbQ/95jnZJZ3leZs+YJDWWz3zrSvmzzW54dsf5DM47p0NC6POhMuKVB9OD+np325w/xaNZ7R7cUT0r68fn4E'
    'zl1O8iZY3rks7wJFn1Zp7l68T9NJWY7bF0fgpxLSx7kR4/lDSj8envffSd4lEXlfDamXnw0/S/ljncHuqAsj5ukfSDszIvr07ZR+'
    'XnifvkbyNkfUe1/Kj33Tp9GHGGLyuM+ngrYHlOc6ZHiHkfXcFtL2ELu79ECZ60mZrpDzguLlQYN2rmFlOhRj3OowxnNIPdvZmdVv'
    'UA/25+SQenot6lmmGNdOh3EdYjCn/G5aa1DmX1h/E6SMav6obgaWeTOpL9OrKfMvSR+nr03nnqO2d5WfJn39oj5G5/D9dDDpy3pt'
    'YUSWfyykfK9B+XuhvIt8JUv/k7Hq1gh5C58IydvL+F4fVsxhO8lD12+Xol4VXymrT0XyhvGKZN72ZK7uk47noeJDnKNZm6h91g/l'
    'T3Esj/t0RTJXzw35Fm+zdTwiJO8Iy3uIZl5M8VBV0sdDrvtN1vN7ose3GsqfRWhlSre9bpAXabJXQvJy2vgfDfJivc9ArM5C89dl'
    '3X9L9NVUe0DmeYDkUfGBs/y/RK5OzqtsX3yO5FHRADLPXYmgbpMJjMhyNyvGMcLGcW1IHoT9IUUf6X0xG7/cUH+P4r6sLSepe0Cj'
    'G7iJ5FHJl7J2hCRPp0b/qU2xHvxefXxIHsSnyxV95vpNC0P600H0KStCaDCMC1QRQj/JPJWKPN38/CcwZKp3IMu9IXLr5rj9VyJ3'
    'rK+xel4WuTDcZQDDPxX6sY1Ann8IyYPr8YTQ71eEoceEHQxj3feLXHjgeP6vyfhNeRCy3CdJOVNetCx3C+mT6lyoA3vqihBeRB2M'
    'X1cP4u3tIXlOgDztJI/qzMjK/0PynJj2bblrLXkg2fNfsbZR5wXaqs4oIN8a9SlrLfkeeDeuteQ7c33KlAj3axum01gmgr4GonTk'
    'qH1cmug50vZo/wqpmyfrWsj0DasUd3eqK7RcYbsxNyKvrW1fozCLRVQv9H4iVD4kVok4TlHs+yH2/RD7foh9P9jgv9j3Q+z7Ifb9'
    'EPt+iH0/xL4fTOAn9v0Q+34Q7I4a+36YeL4fKh1sGmM7vtiOL7bji+34Yju+2I4vtuOL7fhiO77Yji+244vt+GI7vtiOL7bji+34'
    'Yju+2I4vtuOL7fhiO77Yji+244vt+GI7vtiOL7bji+34Yju+2I4vtuOL7fhiO77Yji+244vt+GI7vtiOr9h2fAkDOz4TWznX2MdN'
    'YDND9eerLXiNNG5EP8E5PG7EEPtGdcWH2V2Y2y1F2USZxAp4ho2RnykD7Bym8Ty4/AvPgrB4HjjOVYp6ehi+pPE8tlnIHeca4kdu'
    'X1dvWI7TJlQHHm3ESmOd5XHTWXa1/7WNjRFl41rIWOhoxxrbqMY2qrGNamyjGtuoxjaqsY1qbKMa26jGNqqxjWpsoxrbqMY2qhPN'
    'RhVjfKZhTyFurQBeZTm0RWOVb8kLD09trJyd0za3fWKGhYM8LJc1mNonobcGN4u8nsNMeVgmvCi+5+haV5A1LAE+RTvgKEHOrQpy'
    '98J8Ug5xsUE7Esf+Ft7fJHz/e1ey87QXYKgEYGiywEnK/Elb0VOac1GutRkY6XOOOjx1ChisIfS1Ce5BeBok8BSve+66K9b8xnzX'
    'vJDrLt+dn/nl3IS3nv9M+Drxvn7v7euYBshd5/QY0AAxLp0auDRJ/qY0VILcj3rI3uyEdXaBsUTY9kwWZy8U5fGqTpmsosujKp+I'
    'oMerGH+qlMgr6wk+xftxpQVfC2FAxDAwYWGA79802b8qH1w1Cv4jlkG4SYTI2moM73lRbadBNigIb6kZ4CtB8uPdT+wT4p4X1bx9'
    '3g6XqayzyF8D72YI3459MctH9910IrPiZVR8Kdv14mM5G9LziDzF9F5ue68uJ/XIemeCPslKwocTY6xvYiPXqYG2Z4KM/2hof/3D'
    '9nJaF329fPv53NP2/Uxb9hP1d2blKfO87oBXpkyhr8PlxC86yOgQR8j6b4Ux3QzjKReT7UkoZA0SYtIl774uxZ1VhCZNn2TeNcDK'
    'mb0067K+qIS1n4PQpgZ0wyoLO4vhXUx6dAHG3Qh9SiccUDrz8FvowWEPC7lPuRuQ1gFPAGngnvO8r3Wgm4LvV9zpvz871i8umH6x'
    'xN+xvHl85M1IY+IZ+7NYHzfWx9Ws8VGKNabrI8c2n9Bcsp5DGK0eRVuiLospbU/vSCqaMdYhjnWIYx3iWIc41iGOdYhjHeJYhzjW'
    'IY51iGMd4liHuNg6xFHfuaykYpLKSmRbw5dNHJlIlo7pLr7sw6Y/v+zy8O8iBxqK0qTlo/5ewDWthnwpIg+aQeAtK8sfVdfHvyMd'
    's9SRBxTfteO7dnzXju/a8V07vmvHd+34rh3fteO7dnzXju/a42Gvm4K9XAgfWWVEZnuuCPqkP4Wdd/eH5N3A8n6B6FLwvIMR7dxJ'
    '2vkApP2QdrC8t5C82IdhSDtZ3mtgTuS790E6wPJcKfw4NDzPkKL/daQd2ocNpI4wP2co+5/HdFlxDLsjylO9dtX4o9peReiDDQye'
    '+9jfWG8XqR/3Fq7BaazsVrzLQt5Z5J56CimD9E8Zg5lTGD2SjbOQzk3p3kqjfrTw/UGiDjPCP+4VnA/Ub8D7Xymk3C6E8rbwjoX6'
    '6PJnLdHqWgv1LYS/54ugT1tdHLjdjI7tstjPlAYdZrj0Xd/jBJeF5cV7DJ2zk8hczSPrfjKUu1rT5nRFm12Mlu80aJPb6JQTHlHY'
    'Osh1+gShifieOFqBD3sY3CNM45h2KvLi3mhne2QHybuV4ZVOstdRd6iGtc33YC9prw72SxXrZxcr0050h+rYedzBcNwVDNchzX8C'
    '6dtVClyl6pvcZ9M0OKSPtdPL5m+Y1TWL8FgGCWyVsbkdYnwpXCOq478C9J84bOF5nYiAFcQp1F6f2w7Q8hI+pwM8Jwhs28JyIfpU'
    'z+4E1M408zYl6UodbYn3gFnsjs55WtWMl0vbo7zctWyfU159Y8R4dXMo11L6uTeZwzsTHgzp1mUXjAnrqsSymjtqCtL0lL69liRG'
    'nxi9g+pK/0LaarXkrwj/7tMWUfotUK7MPL9IWV9x9iC8DsdrOqXWFPftjYp9WzaF17gEnvBcpYnR3wcsqveMjsca36hfY1N70Kh9'
    'fV285u+pNcd9v0Wx72N/GImEWP2um4rs0yIcngicHPsgGfs5N6NTQ9ZAuvMomdpyllYmZ1nEDDmtn8awj5XWcprcp7qV76vheE2n'
    '1Jrivq1l+7bCH1BoQzn39oj8Or82YfoLRwnfvop+53K8ZuH7ssA7frkI+gzl/FZb+fZu1geb/WD3JClpWNwnrbqF5eHbZZGbTNlU'
    'SGjtV6De/EuYzpIKDmN6zwAmVuSzgOXnROWI6b2xn3OUTSH8dyvgP+2AE6fY2qQMbq2hT9IdtwX2R2e8JhNqTXDf1Ovortbsjt2j'
    'O/+qydrWOJSLovuSbeL2KJiqssgfhi8kzTV5YTNVcNydLLLf9iiwnfz4YuqtSexrP3qNbs7v6m3laz/qrhiG75LxWRw4i4u5t5IG'
    '18qYPpp4a1ImfF+jfH+Z6MipeEyyzC+F2j+2zfqmptZ6p/Nd7yjRWyHgIQ28NoSN7bCO2yz27RRfR3oGtjje/MPPwC9G8+Vs9mj2'
    '78wvd6j25KR7VE4Wk6n0OPSk3uZSWm98Zc0ZaRjPHvXqk63+9zQRb+SL3+tA9/NK1u6rj3jppyx99Mb0tAKX5AeGkfS06syeOnyB'
    'mE6O16T4ayLx2xUMj3XGNNHY8QW+aHZeFoJvEJSrJFPv5QfnltsIuEf2sH9y91q8JuO9JpH6LCH9U+qzROQP02epEUFbOdRFCYtj'
    'GykXSmX/vldFspczvYUah3Jh4/kcG8+noVylkS6Y5DSUlOLfZVPqlCnPTvOfvpgNc7AafjITu8fm7n3Md60gvc5AZXN/yf5bvd8v'
    'j9T/bA69KZaOvhF+9Y/QvU5Oy87NIt1VUxertpztA2lHtj/zszHpw3mJ4n3k+emAV8bLv4JFsZQo8DNa0Cfi/IzXZNzXBPfNHYp9'
    'A2dJBpcnYcHSkcoQJaUhc1U2YdYoGk8nk2OyUrZ12Lac+9WmnPp7nYIuvj2GmRhmLGAG8U57rEc7Ljqd5TD/uH8vi+d+XOae83+Q'
    'Lioh97Badg+rIPrpGKtwOasXfQq0EbkNraOU5Oc67tLPQgPJT+Nb2tTTGHG/bGB1yfvADGHnEwLrr2Z4ZEbE3RvnMSof738ZW5c0'
    'WxeT+mzjhdr2dQjqSUK9M2Ldh0mj+8B1fQdg3eP1m3zrVyZ8P8WlZD9yf2gzWT6Kd49o8fNVh+Rb2OLuTzlMrq/yee4q26hQ4Gj0'
    'mXYjgflSzTeOi5PC92VfSf6mPCL0R8TPCx73Gfm3Kca/5T6NXpLf2VxhPvR3hLypfw7hsaYAPi6PdRHU9Need7cp8A+teKtyrtNR'
    '3FS5TtM1Oil0DyyDdFqL/02lw2KijyjXmPrxvA/SZw/36xkiNB6aVnaQ/VgHMuDZIujLD337oQ8/9OkXFbeU+lumvvkwHuSZsJ9q'
    'GD1iQoNOdvrVFteZwkFPAWT3U+zR8E3tjvrQTW9QVR3g+zOFnT9b9AXI/RAuId/QvyD6iF9AvqFfRozrO4d86xJBH5AzFN+wzlpF'
    'e8MiNyb8SxpaweQuwu3wqa/NfOvhe+djCv5QuZchqZeDpSeISmlRgotbhFG39sfdWJ49TRbk8goNmB5mpHd5MGO5PY1O+c43xzAR'
    'w4SCr6ziN7UzvBSguR1kkVPoiRRcFEJ3MUrOL/4xsza/yJXz0/dh66s7d+oU7VcwHpk8EzeLYDywMkIXbhZB/62L4My7lNCql0Jb'
    '04Tv33xRxJmoir0d5XO6lIxlM7kkbWZtpUV4nO9LNfOJ9Gyl5m461e+fkXdTkRsDI7OsN5rL+9xwWCnh/6juVCb8YepnWhXfQQ7q'
    'tySfKezaxDprEdHxObo0d9t+4ftt53yrsDqRN/YVaB/9xUfdi7E9HrOoy7H9veTebtq+SztXCj9GYg+bwxHCF3Cp+2LAcTz2lEtd'
    'pwHc0hgF7YR/4VLnSjL2XQyeMN3hWPchwvNBTuMNcNgcJnPj0obtnYzOWTfpE40Bc37Sm+ti7Ge8U2IMtnnkHca8m03upTJOYVbf'
    'dZ9/XmL+6w7491h8987B3Lisc/Z56XNPu/G8adzM2qQXA6WYc4Ox7VaSdxhLkMbRlO9k+oVPBeNoynd1lwRjP84j32SMSJl+8m4/'
    'dh62s/ii3Hn+ZVfuPPeclzvPK+4M1psk9AbGD/37hMcfl3C3k+2JIQs4tp1/E75Ms8VZs4Phx36Gl7rIe4wdNbNAZwmtdyHUG9Xv'
    'Ycv+YmwKHiuK4g1eJkl4M+sTXhyDqHEiD6yF4HH6d/s4wkRYPsp7ztJQCS++Kj3n2hld0jVJxvK88OJX0LG8PEn6/t+FZ/9fDPww'
    'Xfhx3WS6GtJ1kL4P4r2VI56F+E83z/HSW+b4+2OO8OPEnQblWyPixdUR/RWa71jIdxOJK7cubX7W1TrMBx13K6THa8bB+yf7JXHD'
    'XEJ3UBlUlwU+6yJnh44upLTNXJh72u52ghtN2qX4qZ+dYbuEOp6eTmdLdXcKi0V5pGA2SG1QpYbJZBrj0oZOiYopu0LoY8ouIeVp'
    'jFyaZz7JM6jJU+zY3wkiH6G8J25HpZpLXk7OZ1Q5V//EHK4E43GZ0p1UJrk11jXQ83Puyv7fQnQNCidzNJQJu9wplhL8h+9OFLkx'
    'y44gMroasueojBBjXXayPUnbu85Rv6gYYz5HMeYNijGfpuj/qQ7zsEpRZiSiDMYAp2VofDya91CYC5qXn3PTFXm6WJ4qRR5J06jO'
    'r/Fcv8sV67dZsX4fIu8eVaz9J1bkrn2iNXftj9asPT2z6P0pbO11d66wtad0TdTaLzJY+0UGa7+oCGtfZrn2NCYpxt6bz/SqlgF/'
    'qITUlyLll7H0JOHHhT5b+HEAw+i8MkIv8JinvWQ+edzQDgsdqkGhjlXfwHjvJvEZw+ZjLYHpIxz4XicV8UxCHPtf5N30Fu/dW+Td'
    'NHj3BtEHa2Hr3AJ1/UqR57CWYJ6XYY9S2jisz7LMc5IvR/CSzXgbLe4ziF+2kVS2/zeEjz7EcMSggo+muyPJuj4vPMclKpnJkKKN'
    'qL4PhshdOJ+Iwvw15E7dRcqYxi4fYOPaBrSMKQ+v36At3saZsEcpXh/U3D2HFWPDu+88Vhbr2krwTFjfosbYo2n7UJBLmK4pla1F'
    'zVW7CMZU5vFqw/BI2hKPmMSWN9mb7/KuIT1B5PK1V0Laysagusep3kn50jqHu3aYXrFpHU2w5mM95kbhphMbpgc7LGKffXnqyQsi'
    'kin43dV0bah8weYMLhQNUs94bvneaRKW5Ussy8e2HyEw3fLutDrYfjQb8WMoXlxDUhf5ewM5E66H8njnaYc1vlT4dnzxOo/dOs+C'
    'dUkTHTqdnATP5DRRQQ2TSyXJudgQcea54Ic1Gpp7yILW/VcF7V9voQNlQnfT+l5if28P0T2Sc/hajcdfofcjrvvVw2QCLYp5oe9d'
    '6W/aZrsFjfwGk5l/rcaXG4fdH8Z6LMMWdyMcy02ZsZysuDeZ2JOZ6kO0Mz5Mr0ZvYKzvVafW+HvwGtZ2r4KnR/MNK3QeqI4J191o'
    'L8BYoua7S8FLyOo5kHH+gY3PBGb6NPuT60q4jpnOaz778ocZBPsBeHcyk2efBPLsD8/JnUsus5flTwS5+Kq0mdwe82Jar9CD5X2Q'
    'eVcQfQTT/q6Eb3s0/aV9Wk3eyzm6pdq7c6v4BX1s37UzeBpR8NMpPOjk+3xv9BisLZ4fF1V7d95iwW4hYfZfIH2F4NOsrKDau5Pn'
    'ex7T/ndp1qBXmNsC92vOJM4vf6vK0wGg+n98jX+r4IHq+Ii251tPBM5F28gfVvnzPFHxcVj//6oqSCuZ7BFb3ZexPmOvqPLkQaZn'
    'qgoeX43gUQ9pZHbd0IfTq7z+F3L/2dDBYXtrfpV3J4k6Y1oN9dQwL23zZKLrRs+cE9kZsYbphr2ffV8NZ8ibmUvu4WNAA3RqcHcX'
    '41n/eIz7M6DZx9iffePcHz4/t2b6c7qIpi9MYKvNgi5qJXBlWj/CWlue9FCrIV0l56et0pettY8DHCP+nztG/RiI6Mc7FZ68icLt'
    'A3ODunhcl7KH5RvW4L0/kHqzct2K4F3aVAbvcl/eQeYjn3N9h4IOlmN5sMI/Z7oszugOC7q4S0G7qehATlt8rMKn+3sN50G1jtwm'
    'ymTNtlmMC+mGzRU+zTlRaeas3myFj+vHmzbOymcqPDm1zH9IrZcugHQFpLNr1d9XQ1oG6UJIT4d0JaRLWP7ptV7br5fn7ncXGHOV'
    '0f+wvDh8NVP8/WCR24865/90nNrH8feXe7ZNY33PoH3i/M0PlHuydJnnSLYPZkHaBOkqBu9tkM6B9DBIT4F0Lts/p8M+WFru466J'
    'zBdMkvWyOXt5fZxf1BPCPwprQ/bpn8o8TyQu+kWFvo8/XubpXtue58OK/cn5VmHtfr7MvzOPx31V9uHaMk//MIp/aXO3HCt6fkOZ'
    'R79m5X1szx/C9vZ0SGc4nnkrQtqaq2mrybGtmaQtF9xEy82H9Hj2fRm09XapD/tjdcfP7v8xbhd5tN8u9fGOjT6jChealtXdIz5f'
    'Gtz/xaC3X4vgS11b6tnccV1RW51YU9phC5n/8ZaJri31/Uu40KI6OUPW9ruAdfN+15Z6f09EnC37939KPH0NiqcSkH4A0vWQJh1x'
    '5DMlPty2jwHeeJi0t5WtV7uGTupywC8IP3eX+LihkDSbDY02TPowHnwO2YdzS4qPIzsi1n5lie/bpp/xCV7S6Dg0JLw0lVDLKg4t'
    '8f0HueBdU1yRIvOXD769Jo/7x/9O547VpQ9RZ9nBtIdzbfCOKZ30MKn7VEZ7LWG05QbLuv8i7dscFIoWioKj1/D8T/u2K/nwgGVd'
    'PQVa544I2vGsIreD+/7Y9PjZgswg63I1a/vLGt479umeucz3C6krDC+Z8PH/PeX5NhxPfZeoe+HTKR8+2jR+MNayej/g0M6+lG9v'
    '1MFw32uGOOtzKY9vNVZ8ENnmDSlPJ7oY/I6srVfKhzfuj8hUxo91nUvmZ6xkEseRNsdCVzKr30xgaTCEZguDpXKyrkOateqy4Nfz'
    'efl10q9/dcR+Wuewn/4x6clFxxO3yH78bdKDX3ovQVmJDW9Z1nVP0vche8kzIAc/GLSBfeopLx38KvgUOOCljz3r1XFXUo9nugxl'
    'JjclfR9nLvacujNyR9KXIReThyHbOpu0xce/swD673S+ViXztyU9POnx3cN0UKNg/XgL/QuTPTaa8OHRVe7xesL3jRAFjxxefpHI'
    'z66Yz/H3Ex4fsRAyFRVcjGjafYCMI9/7m6zvs4r6XO9IWf1fskZ8D+8Wan8ZeDfdScrawL4s0w1lbXnyssyFIWXDeOxZ+V/C94nY'
    'GcEXQl7kWlLGxGZFljk64fuUMMFdvTpb74Sb74F+Vk9VwveHEUaD1oFBUlXEHOE4/1NE58U1/xXYZhVat1HW/VPoh/z++kawie7y'
    '/afK9E3waXqQ5P3JuV6ausz3kyrTed1e3r8LycvrfUSR9+Rr1Hn/hyJvz63qPnw+JC+v989I3jfBR+xDmnn4aEhe7l/2WpJXIgCZ'
    '1p6XW7YOcADPe/sWdd4uRd5Tr1fnvZjk7YK8d/arx7aR5L1uJ5xLG9VjW6/Ii+vG856gyItrwfMuJ3lbH/TSffsBhoF2W/iYHxsI'
    '8/71ExCzZ5/af3IzyRtFE9aQvJyubIZ6ZxxU+3owteM3if0T2zwzW9gv5mPH32xsxx+1NrGvwOjYD+7rlJ+vwKSlDXGYL0tV3IdZ'
    'FnCCvp5s4OoQhzYetWzD1J9ElN/hQpfHtSslvgLOYzh0pVD7wFkkfB8zGIOxWvixRzFWqsyH8VrXsTrWiWD8QyxfqihPyy0Wdj5A'
    'JN/70AL11bRNaoefJuUCMYQyZ+U9L4avTzmZe7keh8E6zSLtcZ1amg4K+3gP6HeiUfg+3ai/QurndpciDfNzq4ofg2NDP2xzVvq+'
    'F2nMUYy7QGMSbSJ5ykeDeWR84Ox9Svj+/c6G9DwNXC8Xdv6pdX4Zahg8yP4jH26jIrXBJzNIXXPTuakLbnL1UcNxSINlfQ0kTQIc'
    'DML89QqbGOOpRCI9xc/5pfxktqPHqsMzJIXlk6puK9l/qx8DT8LTx0W4bxN+lg6E7CEOq0MAGyZ10z2QCqE7qO+z5eR8EYb9KgH8'
    'YkPP5hMrqxA4K1/fbKa+3ukdjfseTQk7X0Zp4cePQZySJN+pb3GOo0o1OGo2yc/rc/WfdwSkpaN2eNA1njTWm088aVq2HdapFOiE'
    '4F0r+Z5+KO7jsfYUaHSPcHjC/DWligzHWX7LbV5assfDA+VCH1ue77s6+F7J9sRSRlOH0YVjMcaH9k79MSIv784D4zPGkjEYI/Ic'
    '3/nmxBjzWKxrGninP356Yo0RaQoq49stgj7geRxCKnfhfsldfV6Wsf7paAYVbymMlsE7sSntI8f0QeH5MMAyaREe/5byBpbBfZvT'
    'EKY0b3ICtBNGq+bj07IZ2kmS+dTxVBosz9TZGnih8QsofLvCKY1pLGK+tvK+e9gmcTuoFrXANFn44syyyiJpLc7LSJE1QX5hktwh'
    'ywHOTgFZ30ygma/R3HvCeF5xHGvTONY3GsWxThrEsW4G3QJ61l4W77vAGuy5XOTzhPKRuEyiieiYpC15GMj33Sly4yVlZTuJ3DwD'
    'LE9jwud3oP1JF9FH4d9QpyRN6qbl6oke7NtCnwdtlv9D5LZxBXz7v+RbL+vbq4pv79qjKuocgW8vkD5tZbo+OCfPkPLtbEwZslN8'
    'N8ZdMe6KcVeOnE9HYyZhjVR0RSWjK8RZmbX9gvd7W2vm99ZovlASeY6K+usLUH+J4k61ncgeawAvoS/5dAyLKZiqsxUgVCjVjDYT'
    '+laer/co9DSEMI+fhbG55pB3c0G22kTefRPPVPJuTUuujhfyyNFOC22/TnSUScbwOHngsdFyXa9g/IjOeE35mraN95rmG3tJdb5c'
    'AXig2mHdJ9JjIV5K2dGaoylJa+rlUPpn1OGpC1n38eDbIWyURuhVISwl4PyJYUkNS67yykLBUtg6pxltawpDYXUmSZ31hG4oZzw9'
    '+ftLcpwh8pASVtdmoJ9qLPRQqJyEjonyFiltJNu5NGSMguhwyo+lljSVrPMjZG+VkrHhfGF9W4Ufs/5IoYor9d7WG0C4z8zRW/pb'
    'fv56A3SdLmW6TDa6LCodRnt9PEmhTF2FPCBc6h3oLWO9+xx9O1iYNhPCDPDFacRme7OlrPlSqOO4pG/LSOtIGeiXHpn07o2IM1T2'
    'tVcKMz9OqrKdIqgPXJX0/R0UQydapQ/9esJcH/qVhNeP+C6jvMukRR5PW57bzfYeI9dzIOHHkF+uSF3qvBjs2k3O7DpNHdKGeBWp'
    'Q7V3tgn7GNw9IujvYVHEPYDrULQIc/8FHWxvT094evyqOcT9qPqm0wGxrQdjw48A32tQowdSHcv0w2QkxeRXWK1/I6zpDcKzG0O5'
    'fRnRV2pne2VQ+PaIMzX7akTo/a2GwX7WD7Dw/Vtzf0P8HNut2VNRMcV43VF9OlL4PpDahdqf2iA7cwdYX9FnxnQytxwPdSn0xTpF'
    'rh8hFx4xxY063bYKBR/KlFd+E6TVpJ9c/wl9HiQU46S+DlV6cTZy8enCzA83bU8Fs9SWXLW23P/2csW6tTNdwIUK27Eulu6AvLOF'
    '79OiTzNPVJ+Q26btFnrfpi5zq9o/CNcPZCq7Uah9yXeQfti0RWODqWCp3cHuoxCwgWM+JQQ2hth+PU4BG//G8iyD/pnSBxyn9bP6'
    'ZsH+pnlN8F2VAv//ho09SWiC5Unv0k7n4WXHte6boGv9fou1PpHMu4k/pLFc/185rn9/yPo/mCn7GWHmP4eemdzPbnuB8UPXOMEM'
    'nh3nEPzdo6GRhliZ9QTOouI9yLPpEEd4MR0b9muu8P0m07PI1VcXtbVT+dOn8DUz4dlV0nhNdO/ZwEyX5dhp3j6iuzaeNMl6Qzwx'
    'LNQxNjtZfa0K+wR6ziMNXMPolgGh9q/VZUG/cF/7NQr45zFqhhQw8onMz16Ya7yXrGW+8dcRH/qmvqveB76rLiK49LR00AeWzh+g'
    'LHcGfIvyp8V9bW5I+2cJws46iziOq1h8gLPS/jo2ilw/n1GxtTeS+KLUBl++O8bCdyfvqysduk7jC7g1bd+eq9xeON6XmggTgNsj'
    'txOdIKQby4gOK+KhOuDToJ7RS/BuCcn/EsEN6L+qhrXTotChpWVmkjauY3ZVaEuLdlX4bhroPFEdqqUKfUGb+TrX0c6nirSRmfT0'
    'ux9D+J9Rtk02+jv1RMdD0R8RpsNg21YlYRBRGSraarjoIOlgv9wR9qm93CqRvy2+ao1U7xBWi5Wf+tkplH+BUvgJk5lzu0G5V27T'
    'yETPI3seyyQt52SNRf4mxp+3Ld8ofF8JTXAOqsa1nOCYqHOk0nEfyPaPYXCcZjjuYkIrLWR9PEoEfQ+YzoHKhnCN0PsS08EmhZMS'
    'GHujiLYHtN3X2N8EGfsCobb3NdGbSopw++GUJY4sJflo3/LFh4kCzJsJzKr21HJLmLe1u8Z1oOcZyowD5xkqcCzS62jQ/dzA1kYn'
    'j+Z3JKQBtxboLHNdO9QNN7UbboiQx9ja6trotJj412lmsr4awG8zSJ0oH6TwOIfod1H5YbHaLMSal+ax5pvhW50CR8uy00F3JMzf'
    'Y5rJ53Tlca6o36Q0KLLjHKMdO56DNyhsdVCfZbz2iqkeoAq/LWU6N2HlCwEbrvusULbxadY+tVW0qTcsXw2b8yYy9kLXH2YbVk30'
    'NE8w5JlH8b0GRW48c74mJvt8jeXa90fIMiUP6QKRf4yLKP6hSTxTk/gDw2M0byaxBTuFOsZQv0amjTCGern0zp2tNrGHqZ3691Kk'
    'c3pE0D4L00ENXX6Vga7cYuHbge3SpMsJzx3PyzaG82rJmTmd8HXwDEDdoQHCM0L9Ds6buU8xh/8frCY6qg=='
)
