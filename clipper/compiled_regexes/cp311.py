"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?\\s*,?\\s*$', 2, 34, 0, 800, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:(にほん|日本)ブログ村)|(?:人気ブログランキング)|(?:応援(クリック|ポチ))|(?:(クリック|ポチ(っと)?)(を)?お願い(します|いたします))|(?:powered by .{0,20}(blog|ブログ))|(?:スターをつけました)|(?:引用をストックしました)', 2, 34, 800, 283, 7, {}, (None, None, None, None, None, None, None, None)),
 ('(?:(扫描|扫码|掃描).{0,10}(二维码|关注|下载))|(?:下载.{0,6}(客户端|app))|(?:(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?)|(?:(訂閱|订阅)(電子報|电子报))|(?:^\\s*加入好友\\s*$)|(?:^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀))', 2, 34, 1083, 438, 11, {}, (None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:(投资|投資)(建议|建議).{0,20}(仅供参考|僅供參考|风险自担|風險自負))|(?:^\\s*(风险提示|風險提示|免责声明|免責聲明)\\s*[:：])|(?:观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点)|(?:为自媒体平台)|(?:^\\s*(特别声明|特別聲明|平台声明|平台聲明)\\s*[:：])', 2, 34, 1521, 370, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:19|20)\\d\\d|\\d/\\d{2}\\b', 0, 32, 1891, 59, 0, {}, (None,)),
 ('(?:[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|crédit|image|illustration)\\s*:)|(?:\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$)', 2, 34, 1950, 322, 3, {}, (None, None, None, None)),
 ('(?:[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$)|(?:^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b)|(?:\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$)|(?:\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$)|(?:^\\s*(credit|courtesy)\\s*:)', 2, 34, 2272, 839, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%)', 2, 34, 3111, 483, 1, {}, (None, None)),
 ('(?:^(read more|see more|more):?\\s)|(?:^related:\\s)|(?:^read also:?\\s)|(?:^also read:?\\s)|(?:^see also:?\\s)', 2, 34, 3594, 228, 1, {}, (None, None)),
 ('(?:^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$)|(?:^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$)', 2, 34, 3822, 1129, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(タグ|カテゴリー?)\\s*[:：])', 2, 34, 4951, 222, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(태그|키워드|카테고리|#태그)\\s*[:：])', 2, 34, 5173, 233, 4, {}, (None, None, None, None, None)),
 ('(?:^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$)|(?:^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$)|(?:^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$)', 2, 34, 5406, 619, 4, {}, (None, None, None, None, None)),
 ("(?:^\\s*(sign up|subscribe) (for|to|now)\\b)|(?:newsletter.{0,60}(sign up|subscribe|inbox))|(?:(sign up|subscribe).{0,60}newsletter)|(?:^\\s*already (a subscriber|have an account))|(?:^\\s*(support|subscribe to) (independent|quality|our) journalism)|(?:^\\s*this (article|story|content) is (for|available to) subscribers)|(?:^\\s*(get|start) (unlimited )?(digital )?access)|(?:^\\s*we('d| would) (like|love) to (hear|send))", 2, 34, 6025, 1100, 15, {}, (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(story|article) continues below)|(?:^\\s*advertisement\\b)|(?:^\\s*sponsored\\b)', 2, 34, 7125, 205, 1, {}, (None, None)),
 ('(?:^\\s*(©|ⓒ|\\(c\\)|copyright\\b))|(?:(©|ⓒ)\\s*\\d{4})|(?:copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4})', 2, 34, 7330, 196, 3, {}, (None, None, None, None)),
 ('(?:^\\s*(写真|画像|図)\\s*[:：=])|(?:（(写真|画像)[^）]{0,30}）\\s*$)|(?:^\\s*(画像|写真)(を|の)?(拡大|見る))|(?:写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$)|(?:^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/])|(?:画像はイメージです)', 2, 34, 7526, 599, 8, {}, (None, None, None, None, None, None, None, None, None)),
 ('(?:^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：])|(?:^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$)|(?:^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：])|(?:返回.{0,6}[，,]?\\s*查看更多)', 2, 34, 8125, 388, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:])|(?:\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$)|(?:사진제공\\s*=)|(?:\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$)|(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$)|(?:[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$)|(?:\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$)', 2, 34, 8513, 1031, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)|(?:^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$)', 2, 34, 9544, 1397, 3, {}, (None, None, None, None)),
 ('(?:^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶])|(?:^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$)', 2, 34, 10941, 571, 2, {}, (None, None, None)),
 ('(?:^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：])', 2, 34, 11512, 255, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／])|(?:（(图|圖)[^）]{0,30}）\\s*$)', 2, 34, 11767, 229, 2, {}, (None, None, None)),
 ('(?:^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$)', 2, 34, 11996, 453, 1, {}, (None, None)),
 ('(?:^\\s*\\[?광고\\]?\\s*$)|(?:기사\\s*제보)|(?:제보\\s*(전화|메일|하기))|(?:^\\s*제보는\\s)', 2, 34, 12449, 144, 1, {}, (None, None)),
 ('(?:^\\s*\\d+\\s+kommentare?\\s*$)', 2, 34, 12593, 75, 0, {}, (None,)),
 ("(?:^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$)", 2, 34, 12668, 965, 5, {}, (None, None, None, None, None, None)),
 ('(?:^\\s*分享到[:：])|(?:^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$)|(?:^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$)', 2, 34, 13633, 216, 4, {}, (None, None, None, None, None)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|da\\ redação|written\\ by|posted\\ by|redacción|story\\ by|words\\ by|authors|autorin|text\\ by|auteur|author|autor|texte|автор|текст|text|責任編輯|责任编辑|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 13849, 868, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 14717, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 14755, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 14832, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 14909, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 14993, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 15068, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 15152, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 15221, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 15306, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 15411, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 15508, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 15613, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 15684, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 15755, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 15843, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 15970, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 16058, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 16152, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 16238, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 16317, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 16390, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 16465, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 16536, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 16622, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 16712, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 16837, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 16929, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17047, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17141, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17210, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17279, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17348, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17417, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17484, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17553, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17622, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17691, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17760, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17829, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17898, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 17971, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 18044, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^댓글\\s*\\d+\\s*$)|(?:댓글을?\\s*(입력|작성|남겨))', 2, 34, 18115, 100, 1, {}, (None, None)),
 ('(?:newsletter.{0,60}(anmelden|abonnieren|bestellen))|(?:(jetzt|gratis) (lesen|testen|abonnieren))|(?:\\bplus\\b.{0,20}artikel)', 2, 34, 18215, 287, 3, {}, (None, None, None, None)),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 18502, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>[^.,|()\\n]{2,60}?)\\s*(?:[.,|(]|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 18584, 385, 1, {'name': 1}, (None, 'name')),
 ('(?:コメントは個人の見解)|(?:コメント(を)?(投稿|書き込)(する|むには))', 2, 34, 18969, 99, 3, {}, (None, None, None, None)),
 ('(?:無断(転載|複製))|(?:著作権)|(?:all rights reserved)', 2, 34, 19068, 100, 1, {}, (None, None)),
 ('(?:무단\\s*전재)|(?:재배포\\s*금지)|(?:저작권자\\s*[©ⓒ(]?)|(?:AI\\s*학습.{0,10}(금지|이용))|(?:(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,})|(?:(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ])|(?:청소년\\s*보호\\s*책임자)|(?:대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,})|(?:◎\\s*공감언론)|(?:^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$)', 2, 34, 19168, 1042, 6, {}, (None, None, None, None, None, None, None)),
 ('(?:장\\s*종료)|(?:장\\s*마감)|(?:변동률\\s*기준)|(?:상승종목|하락종목)', 2, 34, 20210, 96, 0, {}, (None,)),
 ('(?:투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다))|(?:투자\\s*판단의?\\s*(최종\\s*)?책임은)|(?:^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공))|(?:데이터\\s*통화료가\\s*부과)|(?:자동\\s*요약한\\s*결과)|(?:본문\\s*보기를\\s*권장)|(?:섹션으로\\s*분류했습니다)|(?:구독해\\s*보세요)|(?:언론사\\s*편집\\s*뉴스)|(?:본문\\s*듣기를\\s*(시작|종료))|(?:해당\\s*언론사로\\s*연결됩니다)|(?:(powered|designed)\\s+by\\s+tistory)|(?:^\\s*저작자\\s*표시)', 2, 34, 20306, 714, 6, {}, (None, None, None, None, None, None, None)),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 21020, 998, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 22018, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 22559, 999, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 23558, 529, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 24087, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?\\s+(?:de\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 24114, 3035, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|september|setiembre|noviembre|diciembre|septembre|fevereiro|november|dezember|february|december|novembre|décembre|decembre|setembro|novembro|dezembro|сентября|сентябрь|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|maerz|april|march|enero|marzo|abril|junio|julio|avril|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 27149, 3220, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 30369, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 30395, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 30988, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 31228, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 31259, 77, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|,?\\s*-)?\\s*(?:T)?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 31336, 1521, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск)\\)?)?)?', 2, 34, 32857, 946, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 33803, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 34030, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 34128, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 34307, 81, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 34388, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 34626, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 34880, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 35070, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 35308, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 35336, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 35516, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 35708, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 35914, 32, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 35946, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 36167, 493, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 36660, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 36866, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 36894, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 36914, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 36946, 162, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 37108, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 37314, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 37600, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 37796, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 37850, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 37874, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 37898, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 37941, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 38235, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 38253, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 38270, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 38299, 124, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 38423, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 38630, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 38900, 104, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 39004, 16, 0, {}, (None,)),
 ('\\W+', 0, 32, 39020, 16, 0, {}, (None,)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 39036, 44, 0, {}, (None,)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 39080, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 39181, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 39206, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 40055, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 40163, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 40177, 28, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 40205, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 40266, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 40378, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 40505, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 40626, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 40900, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 41034, 137, 0, {}, (None,)),
 ('\\s+', 0, 32, 41171, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>[^-|–—:·•»]{2,60})$', 0, 32, 41187, 236, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|aktualisiert|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|actualizada|actualizado|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|atualizado|bearbeitet|erschienen|modificado|posted\\ on|publiziert|publié\\ le|actualisé|publicada|publicado|published|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|creado|edited|issued|posted|publié|update|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 41423, 3039, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 44462, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 44682, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 44703, 58, 0, {}, (None,)),
 ('\\w+', 32, 32, 44761, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)(?=[가-힣])', 0, 32, 44777, 99, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 44876, 55, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s))\\s+(?P<rest>.*)$', 0, 32, 44931, 223, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 45154, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 45211, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 45268, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 45325, 40, 1, {}, (None, None)),
 ('^.*?\\bby\\s+', 2, 34, 45365, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 45395, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 45496, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 45520, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 46030, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 46054, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 46078, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 46486, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 46627, 21, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 46648, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 47492, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 47683, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 47929, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 48007, 111, 2, {}, (None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 48118, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 48160, 713, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 48873, 78, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 48951, 57, 0, {}, (None,)),
 ('^\\s*by\\s+', 2, 34, 49008, 32, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 49040, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 49192, 81, 0, {}, (None,)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQl4XcV18LxFeto3LxJgjIwxyOBFBgzG2FiAG7KAAbNjMJYlWcKWJaFI3nCwCEtIDIWGkCZt/iwNaYE4hCUphqSNIQE7LZBC'
    'WJL/pw0U+BvSlj8pJCEhiX7Nu+f4nnfuzL0z990nWfK9fGL87p31zMyZM2etEkKkhfPIdHjkqR9JW+FdYuSvFv6dgb+akb+jnnLS'
    '9D4hqkfSDym+/eAl59sZ5NsHL3DSc1Y6305VfLv1KufbieRb2Qo3j/w2l3wrZ9+Ohm9NMA6ZbhTOtyPItz72rUHWRcrJOueRPPhb'
    '5q0kefsC8iYBfrUAT9lOKbyT8K4E2JeM/FUQuNdBmSQpk4DftEwZm6uURRsSFkXQ38XQ36Xk3RnrnHeLyLvfdDjvTiDvXnnCeSfH'
    'XAVw6CJtCp8+y3KNI3/TCdzSMAZBxpIMGHsR+S3zFJP6eN4EmxtTeNWSvpn0qRb6JffUTAb3aot25TiKYc/Uhih74z/kjrcO+nQx'
    'yWdaH+4T/E1hvRjS57fa11sL9djANhMRbGV/w8K25BkvbBG+Z4lwcCgh+FaFx+b74LEmCzx2uAUeq4P+y2+DZI/LtB/ylJJ+dcF8'
    'linwYCmB0ZpEuDVYzOahicCvDPpxD6S83wOQtkHfykmeTjJ+zBsGV8j3V0BfUtmXQU8yMZGfLGCaRB5POjCHzfoxOU/l+pwcsO4W'
    'szqD8FYdrKfPj/xdDeVa4ZvMf4xn3SQP6ofO75+GhzPqmd+fbSjMykqQvU5xVjPBZ9vYt9kE7yCu6ID5w/Pwo5DuAByH9cjyhxCc'
    'Q8vTPDWEnlqSzq379LST3jDNrXtx2otryzXrdjZZj/ng3TmWuLsYaKIEjI3eP2YCvGewe0cptLWh2UmvhfTO5txzR757swP61amm'
    'v+W3l6D8f0P6AKTnQ5l3Ye/Ld4/B/aK+27/sW5C+A+k32O8HoK//CveQLN18lZO+2+bS+hmYM/n+m1D2F5B+v9l9z8f9r/Dt8Wbv'
    'uFOwnv5x5O8iQsfatDUVcCFvq57Rg7VkjbZBvq5ml16rU9ADSCOXKuggWf7Tzbl0g3z3Yaj70s856fLm3LMf18wlkO86SC+D8eA9'
    'DsvK9Kpm/zJ8X1UDDj+F0WK9kG5m+7qf/W6H9hvh91pIt5L3DQAfAfBPEvhUkDmk5btZPzoZnaNbx3yMlQQPToFyj0L+70H6h2Z3'
    'jmTajnuJwfASAmNZ52GAA+W7KbAPmgZz68K29inWpGqeeBtJsp6qFLwOCbvTNTyODWud9EdtLi7m3xJbvPvwhrbccqr7P85nGZvP'
    'JFu7twLuefe63PZoXz56vpP+vNvbF+SNfOx2PU7oHWl8liI/7Wcx62ea9fNvVjnpyQCX/7fNS1e3sj3Sp8ED8t2HE85eQVxC5+UC'
    'aEMAn6he8W3nXV44cVio4FSqgFNG+MOihN0xdOOcbAEvmuckloffo3R9qweeilDci3DcRZ910vd3euH14F1OOrRTccZ2Atw2q/Ei'
    '4vifwF2V4iqsI/kptx1e/9/sdPunwkm1sJ/pGnwfxnIewG3BpV6YLhzMzfO1td768Wy4F+iRYsu7haz3yyudtAP25scuc9J/vsCe'
    'TpJ9uVnycEL0pRb6g3uD8mrEVe5ewbHXsrpL2D2mktVdx+b0AaC93oc5PUrxbfWQy3sYiz0ziY0x7TNGGzhPZrDge6TGZ9+V+uw7'
    '2vcpwv9cKyLn2kXkXJP13cXmf/ltTrr31tzzCc8h+e33q3PL3A/7sm9n7jniR6NwOvNJwLV/fa6TPgF8/xSsi5k073m5eb/P8jaQ'
    'vM8CHXg1wPYX10Mda3N59vLdPZD3Ppb3y7fqz6T6kQGtDLkHixkMeF//BWiGxVu9MOB95XkpDM4BfDMT5vaXl8Idcp0XBph3161O'
    '2j+Um1d1BpryvTg/+NBh57us90mgUzOEpnzik0Dv9eWukdch7brFSa+AdVA05N7x8I6WpRsIzjOtg7ZdDbT8dLb+/OpQ3X/w3kL7'
    'x+8ve6Ddf/uilx7W9f3NneoxTAV8txjau7FTPTac02rC+8yWW5G7Dz59OZwZ0M5HV8N6AhnbhSL8Xihje2Frv5Met1K9Zmcq8s5a'
    'qV6zdC/QPgftBZ7Xby+UR7gX/O4niDcPZ+fKAkhPEd6z43hIm1n9Kl6k6h3CcKrmew3Qc6a8ThX/n4+1mJxZ68m8IHyTLf48PcrL'
    'DVp7eMerZPRGF7svD5DflPeBMgN6l3+L3OUpf+5qnC/C+xvIUyaM68iGX1dL+JuV8H2KBXw5Lfq8vG+H3PvJkPBfGTH8TwM8HJR/'
    'I6NPOwn/php4n8ca1NPN0kEDPvEAG2creR/UHsKxR6jv/bbrjeJ85HlT2u5A2k9FefKzF7Nv8t9LoL+zGf88zF3OBA9ed4DiwWMj'
    '2jd4xmDbQfW1sf4MKvip4x2vfj/pyB1GE69uj2g+1xdoPi8cJ/gV94V8t8mgfDuTA/Qq9kWnpn90bk3gnA/+pzie64md6YPDO0Lg'
    'cKrTQuUgqNPSwNrq1aydAQtZ7FaFnNVk/lo15w6ld3+UcHVqmhgfYCLj3UyE569NHVGf01eNvKhLuHNKef2zFPClcBpQyPHymTu/'
    'dSz7+r9h7FjeL3/Qnuglc2+yD/ieU8k1+xTrJmwf5Xi/OPJ3JOvDOqbH1mi5n2kZk3nF87NBg/sGNbDpDxgf3rGrAY6TFPhfBdsg'
    'HHI+rNug+e/S9N92HLwPFJ9sIPenWlZvH5uTuez7OoZ7kG/mN8f59pPL3BAnUL73dML3pnjknJG/j+TBK8P+ZAiNkc85S8+AKM/Q'
    'sDwySlMEyTUoLhZM7tqu0L1AfvNkQq+Z4EhaH+67a6C+B2Gug/bw0WQ928BiIeHhUV7enYSWWKehVVXjwH1yA+wThEPQetnA0o6A'
    'MngPKNXAbwvkaQXZNK2712AcfQbtS/7/oQyPtbK579ScyTrY8bKoD3MYoVVN9h6nXYPK4N1iCjkD+HnUFaBfNMh0w/n9OAiPyfev'
    'kfUp+/wKlJnk6Kam0kXF+59McXEJ/ru0uKy8uKKyCp/qmqoxemrl/+oKUXMWMO8NDyey/3cfIYaGZHqf81x00dez6QuzFxy14ti5'
    '57997sqLvn3ffbPh8+/vvOm+YYPnsR3fa0qI9C9H/rlDVt17iItRnLb+5LRz34Uv3kceOXNDw1E9ssWWn/l/d549uq8N+Os+z/OL'
    '79Ffw2J4z8if/P9Fw3KcIvvfqyP//TL7/5Hne++8DzUPD//W015GRPWsUbzLtt9oULjEpAUVDF05EpevNBBdBTxTSkge1M1FGw5b'
    'nYYaoBdVZ3E5oWcyQOPQM3mKBh+1au4HG9nZze+Xs6Dfpvi6w7J+as8XlFfFY9TdYVWwlXXc7nNv6Da8Wy32qX8zoT9M56CVtG9y'
    'Rwwz7vNJv2zbo331G1OYfh0HfIKw62s0YBeky0r342PQBuqXoo5TEdD+YpcQX305nJ4T15Ntvt9J79jr3ndQH+vR55204segu/KU'
    'k2c5kb03Pg46C3vV9Z1C8h6+y61HlXceybsF6jvxOXVeqlew/UGwXYa+pPfm9reB6Ipvfxb0nh8B3eSHnPTuJ5x09/NevbRvQx9e'
    'fSK33rDyinqQ9XMZQAOsDSoDwj4cB3M/V7g2sVVsDbYQHQpaRzHJj3dyWm6eYbl5rM8pS/sTeq/+u5Szjmz4hOMFNmHg0TYCj9aU'
    'HTxa87JXnNjWi1nAXO+Y+IYiGBNmWWz2/KdZuWvg3xVw7nTD/BWNM7vBlPmTtrMbHE4Vym4wzN2pOo/5ryR6hUsJn5jms/EtIdfT'
    'CvKOyvjE/bn2j1k90T3g1+OHrv1jOckv00c0eaeTeqbsgzyPeu03fv4MfNvr1ZlOwJn/+B6v3ttuoC+e+2E4W22EqQ38bOgrOcYd'
    'UD4lCmlDPrGR8n7mas4zJEI/jXo9GpPz03T+60Q4mbuOxt5sQGP3WNDYbRY09qUWNPY5JG8D0L7ffkKd9wwLevzkEPT4sQb0+AzS'
    'hzTgqUXfUfd3KqlPPKzOQ3WMKY5SjSkfHbYahjOo3tjIS18aJt97R/E4vHdkhL3duy+Mk9khNEYB45guNzgDAuDt+ySjpctNdDtT'
    'Ch7NX1ruu5vJGq8luCIZgX0A1wsL0uu3oasGVkfvl8XKP1OnHZyPUJzF1I6jCesdDta7LdPYgqDvkNLhXJxvSycgbUHX4DJLWlZl'
    'Y/095hNgMrFb+jp8ewrSbxG/ESq+pvQPkBCFtSmL95133S9/cGz33QtPHVz7TuoefDDPfffKvzjpe99w/VUiHXU3fHsa6PJXvuXS'
    'oUhjDgAtfDbSt7ty79qUJz1T0+aBsEdft9yj00g+avO8islazgNcdiVZp1eGnHsVrltF9kkd/LsdYFNJ2mjcsJ/UaFGJiqsUdC7F'
    'Obgf1jMdI9oflFMlmO7KGqKj06fRb7mE6EN3GuiqrBOuH9hyofZ9s1bk2vafRvqxlsleMc9C6EeQTG0T6/8xBEatFnqgOI56IsMe'
    'MCyngv86oT77UtDGJAXOq4Ez3G9Ncj8MRT5r8so86NmhkRfHJ+zw/iqG26osdJ9x/lKJaPTdfxVC1/6NAunIP2ugp0r3YrdFXmzj'
    '22T/rQsY531kj5josHUTGbss/1eAS/OZI6rndnNE9aGuWz/wneW7RWknPZn50DsNfOh9nPjQWwB5WyBthvQkSBdCujSdW/fCtGuz'
    'NA3qWh7Q3jGEp38GfLtxmpPeNM2ru8zLo29mPBNOBf82PzrP+baAfPs8+Hs4YrPLD9Px9mcSOmEA+FTvAR9sD+Q5lJT/08VOela/'
    '820S+Tb1ktxvFUTOIMtVM9mDzK+iQ2zPaorHpJzjbGGPxyhdno6ALqZzuQXSl0PwnU36lA+8dLRamXBtVPtC6rQH6eNnDPFAJ8Ef'
    'VBdnkNEQkoY+nH1ba0BTtGnsHFR9WRugI4b94z7eVHgafSnXEXs4jrupX7Uejd47pzeobdpLKUdvn58hWD4INt0B9jFUH5nqFi8R'
    'at9Ah1nYA+WzFiSuPMpgfKO1TpCvYnrOr2VzvUXo/RVdmXJofaTFDqY9l/FZd6Ox5mV//pgMhyO5PmGQviO3M6R2iscq7NsOhLVP'
    '4TQT5G4qm41NAfqWPZr3bcLfVrhH6P1HlMK725KOrU9Yuy0TOKtsgfs0+scDCngVco4oXPn5w2296NpDP4/TLfAat4fv09jftGve'
    'I2xmkLvbNWzOWy3uVdzOk563Kps5lY9KCr/1wt/erseyj0FzjnegV0be/SgkDqI2RmH7QtcF+uucysbab8FnaVPgYrQPqBP2dp79'
    'bJ4nCdceleOOHg2+98Ml1cLM/tsUhjWGtOORCpy4SahtH/3u+q1C7VfaBj/UHqBnT5CNeWXC0bcMg//r2Dyp7Ml19J/fum3VnAnc'
    'vynCux72Bu3bZM1ZaIIXN1rgTpUvAPRhivqHM1jfpgpze+ZOi75QvEr7Ui9cm2od7ZCvr4JrAb+EwcGUh46+eam86BjGk+M4h9bB'
    'zx7Oz6Nr6BAGp0NJGVOe7gaGo1Vn6CYfGv4wHxxD+zZN5PrA79LQyvReXSPsbX9VcDo8gF9SqpBtdYS0t4nifGso0Pmr43cEnaOm'
    '9OGg4V5UxVLgdnWcTyLvyCeEvJ+1K9axDUxN1+BGH5qD8nXmgr5dGH6kzuaez52p/xiVjwoTf6AJwmNcngePkfKU7xWuv5Ei6M/z'
    'R7mywlIiC8E1i/oCqL8+TbOe+8geM6VHOhmuGhD6WGkoP9wGdB3yEGkb90Iqx6TSKzHlKacDeMqo/3txgWERRvav81d2LzkT+dyX'
    'G8w9563VFQiuuv2QJPvh9jz3g04WVOUjQ6KwfOfi/OwW87ZnmFgPgvGo8AYMwUHx5Hw9kXB0SFB/SqW/xtdEqc+aUOmv4bqcDncM'
    'qWOVIPpWYeRQn0k4MTTDrHluQ8HHUOozdlVsqiqF7hbVecKYRT3NuXzoOuGN6SnzvQY+24+5zNufneC3fWeznj95TsKxKeL9p32h'
    '9UQR31WuHcSVYWwHShV80qx/+/NzY8fY4lcRoAOYjz/Cv+qMLj5u6bB7tuSjZy51SR4JsS8KNbeq+D5h8Uml5ZrisRfQ5gPjZMjY'
    'IbXk7hefVXmcVUMGQVh1z5DZWYW6d3ydyLQX8NrdkL7GYtDthrRTE7dPp3sq1+XKPGkrlINccJUb4z6bQgyNnh2K2C5rQOdnkzov'
    'jWex5lz/vNTW7O1N/n3Ih37z0/Gdk3Di2trCUaVnn9Sc42H17Iti+xalnn3xKOnZ29rcUf8g9Oy7E+QeYfYqp8EyXRA/8lqn7lPJ'
    't0PWQzzL7c63E8m3YthX1253+S782+rPOd+OJndMjNU4D2J8PbMzNxZaVh8fvg3eCfV8yhsLjddzySrvfZbXg3lU8QOj2PvIe8ra'
    'ftwOsY0u1scn9KNFKoZd/2Vh9gSNvZaNn7kO+nuZ+XlwecT0VRPRKwxDX/E7PNfZPIR8uwN0Np/e7dI9uC6knYdMPwf20ktf9OLR'
    'L4Afhs89Hd15sZSsHVwz6MOH+khPBoyz1Gec+cQ5WSrC+RxvEtH5HJc+fOoV45bpNLBH//Uu+3HJus9OOXoIVEc/HQDr+T6wbjJY'
    'U0cQmsRvPIjfdOuP0jbboR//9Yjazj+sHX0UayCsXRFdA/8+MoAXLHiH1A6+lO29fGiQQtWrumPPC4Hj51vOVewryd9XUmIC+Uqi'
    '+6kqKd14xfvpYPaNd9vIi6UJB4btAL90CJ7O2PvSSEXvS6OlgMIHn6fGkra2xfmoa0j9NKHtpM5PUxGUw/jH1J8PyumuI3YZrUzv'
    'fbPwxrRex/L0kDyqmBfV8L5KoVsf5P/+EqLfEVU8Elnv6URPylZ3Hnk2SE9OD1lPWD0KqhdFZdNcH6VLM6d46tXDPd0WD1H6mtO8'
    'pWQttRO9FdpuWP+o0tZ9heZ8ODYEvbUL6O4a8GP1xqN25au/a6djQ+FhxQ+737VTjNL2TeVn+XcJuzP2anbuj++zKNqDbT9gwvpb'
    'DXK4GrE/VhXvH+Ouvw/xtKfucNK/uN1ZW730Pnxrbt6ffwzOuNvd2E8ZVu9U4N9fSe/st7rlq0E3Z7/tLWv/XPKNt/dB8m0G8EV/'
    't8rF//xb5RXOt8Xk21dWgc+8LufbCeTbW+zbHCoPXJE7vlmKbzi+6Yr2ZnR5fYm+xb5RX6LPgXzkpJVentLr8O2Pt+TP+8pnf08w'
    '8WGKyQBrwu3xZF7yRZu54742KB+7gfGxY7wegNedaWuMfM4NPudzbxwY6f3d8Rl/UJ/xXB7RAbKlO3q859HN5+Z+o+fRsm253+h5'
    '9HuQ56UVumD47aKb85NxxOeR4jwSBTyPRHwexedRtOfRv4y8eDY+jw7q8yjN7pyf6ABfj9vU5xONtTSnM7cMz0tjLT0Aed6/S52X'
    'xlq6ZSPo561R553p019+Zjb49JfnrVT0d/WQOm9YuXB8bsbnZowrx/e5aRJXGnl5/5OI0Fe/0RGSFPFDnz10/7dEuSbi2AoG8mCR'
    'T8yzROT0Dtd7FKBr1rTbe1f+5ZNunnx4t6p7P8qCpR4bb3eAxJzJ544er0+j9dkS+gxKJiNdn6FohOSEJQ5TEaiFKJ4WK9oQ5VXL'
    'RDi7jAoN3WgrL/8DyPo/85SlPQnBJYWkdWIaZyyfloLSODobhJrm/G0Qsvrem3LrRXsUaXNCz1vVOUr5ClwOTO/wXA5c9Fkot9PL'
    'd38QeBRDO718d8pv4Hz3r4EN9gV3eM/0BZc6adUV+Z/puvmobXZ1xcOcPTp7HD8fErvFgWU3jPQd9wk+U3h9gtM55z7H6Zxzn+N0'
    'zpe3O+k1V3nn/PCO3G+xn4vxZTt8DOAM7ueCrldcN3KN8P1cCB8WpnFvYp5+rEdWRM4s5N3r/CksJd/uZzjtJPLtpQuc9LxOr03X'
    'P18NdMFaVz+W64c99VnXty7aBCCP/Rw4vz6y1su7p+1mz+3m3LFVKmQCmMfPH0uMh/PGw0flgYcDy0bFm58c8+YnPG/ej06dG5JO'
    '1cVky9Lb33Dj4kUdK0uWnaLgFdrc/dE+4N3vujq5cxTf8uGfYlzrC1/y0sYXPuba2HLa+NIX3bHpfBRKX3yHhpg3Pr4s3+QhtW2c'
    'H01VngdNZeLjwi8ft19A/7doZ7JRBPvy5H5Z/WL65bvXwvKDqG/VrRYwOcZzFicP6ofizkLY3OKctrG5WW1BDyUnOEGUBeyavBh5'
    'vicjt5WVPIrnyf2vlu29eA/FeyjeQ/57iMbglfvpVwn3zFL5DTvEkg6ZY5EfY4odbkkbtAqvb3nT8rLNw0KM62jLcXF9uRj3xLgn'
    'Pr+953dxfH7HeyjeQ1bnN/WLjT4ebXxYVrP6StjZrYs3Wipy/Uma2PgfannOov/Hr4PdcvPKYN+Jfy8cf1T58HU2gCz7R21uDDD+'
    'LbHFpR9K2Texwv1N48/Kdze05dZN/UziNyx/Q5ueZ6/i7ap0BCgM0bchtlcO8oR/BvlCySVePtZHYEyLO718LPx21Xq9XB/7WUb6'
    'SXl9HwbeXNh1gfQpXRfvXO+uF52dQpmPbhKeRRSOH7vMhRWfNx0cVXFUo5J5Uv5uEeFtVcPYSkQwzy8D+l3Ub06/UMch6RXm8YK4'
    'vxyMbaKLPeQXNy+f+I20T31CHcPqnaTjl8u0XzxO6lqLsgMMPtiXTlbnJuH1qyP7uo/0tVOYxXGi8O8S5rFkOoQ69lOPYV//V9K5'
    'z8l3i9O57Z2WdtKPT3Pbk1pcNF3IypwOZW4gZZYZ1LuU5TkR8lxP8ixM5+bFM/AMyHvjNCe9aZq7hzqS+vXuF3fWNE5Xp2adYfyx'
    'P0s6epnyXTMb4/HQ76Fp7h4JGpPJ/KhiT/J5MWmL9tkk79kwP4vSztiLk45Ok+3677fYo70a/MHjg76ecOgo6mepNQAftrP9/x+Q'
    'vi5yY38+nXBjZW0OMYaBgL3L19QDCTc+oSneD4pTqWrns6SdINjQGJJB436H4aDtYH+UT6w/v3G0Q/2q2JD9Qh1/0yTOHtZ/dsIb'
    'Y5D7nutStBvkw+0kg3p7LdYbwrsx4cb85WtiC3nvN+bqhKs/o+sb98OHe1EYlO3S7ONfCTd+uAlMZJk3SBm/8dL4ji8L12/faOFt'
    '2e6jBHeb4Fw8Exen88f3sv3PCzeuqB+sZN4/F+a+vW4Q5j7DtgjXX6SOHuxV5OHzvo7k0dE/V5L7waF3OOk3d4L8/0Inz4XC9VnI'
    '98E55O5xBdhfF4Eu9wd8dNKWkW+/Bd3dD1zr8tf364e35+qQLSDfZH7a3rFC7+tsptD7SJtGvl1yY26dU8i3hk/lfqMx9B7YmftN'
    'pduXjFAHW6X/rauHx9qk8RLD3Meo7+AU5C8FWJVAXtSjyN67DXQTSiK4J9ri4kLNgylvuJbpwGH+JJN7jRXMVGfQeIdZ6RjAzI/O'
    'Ge/wzBQYnvHaCwcrE1p4vMMzHRE8Vbpt4xUmFRHBJEoewXiHaW1EMD2Q+bbjfY4qCzRHo8mni/fJgS8zGO9zVBTRHPVpdNdj2EzM'
    'vV1eANhEya8f7/Ctjxi+B5N8PN5bhZVRjXf4VhUIvoWWn493uJdFAPdCyERjPlJ42ed4h13xKMAu5umay5rjO8PEvWuWRQSbqHVW'
    'Yh7v6OhqxXTjwaf3GJ99ozvn4x3e1RHBe6Lpbsf7aGx0AGOZuFeXL4aJV4cxholXdzOGiVdndbzDJBURTCYCLKJaH1RvOYaJV187'
    'holXTz2GiVc/P4aJ1y4hhonXHiOWWQTbKMUwCrbNimUVejuxiUTnziawkf2Z9DD4O7m/cP5lg+qjvjYWjvydoOkb92+8fG/+8ddu'
    '2uuks3Z7/a78BXxb8LjX78o9D0C6S+8/2M+v73lQ1zVMZ6KDyC+C9AO6WRmdHKNf+PsRQphMEmp/ftzHbzfTwaHyErRxnMbqWquQ'
    'AWJqqtPar2kP/TT76ZSb6OB1a+DaI/RzfA/Ig6jfH7RHXq+Zn20i19YW/R9S/WCu5x6kdxNkb879AqE8hfqWrFOMPwiGHEbHC8cf'
    'Eoev7VxgfdNHeS1xP5EYYwL9t5cx/ahuojfoN0Ysq/MbxfX+THWtNijWcJDPolLQyawneTLCtZUehBR1ZdqE198S6nZtJHlpu3UE'
    't9Bz8DhI57K9hPuHni1JdmaXMVyegjE0sDOHnxOLRW68cWwjadBGEYwliHck27lXuLbaRTAfzx/lxv5C2DURXcUaOJM5HmvT6Lhu'
    'tZBrdzL7AT5HNj7qGtha4WOuUYy53GDMdL3Y9OdkBZ2RFq4fMtV8oo8YW/qErt+5SJs02stUTPpYZwkLP5oTYy3MCzFm3LuHkr25'
    'BOqX+aZgPbLwBUIQktLzUBrVtP2MyI2rg2XE+f5tZX3bCCe+D8Wp9GzneuBh9lHQeTtIaMUTvwN30oecbz3k2wf7nfRM8B3RSWiB'
    'Vh+6xESXvUuo/Z+sIPuR65gGnWO03XaFPr6Jrk0Q7KRv5yM0/WsPoevfbViG+rbw8/+H/iFKYG3inn64WYjXRv7eGfnb1+xdmzWQ'
    'R6avQfoOpDJ/huDSXnhffp6TPgZ39h54v/OTTvr6J50yS+Ccqyd7hce5/HRzrr9xla/Ku8Cf5LJtXhz+3rrcOFnfvV1NW1KaEuu9'
    'DPvd7K13CL5taHbHrqPF/OLPTYL2DoN6Z1zjpN/oUN/9/v3PIRbe7d77XQbg+8db9LT/mWQMyLtF2fJs8Me5WLg++MYCF+nwhCld'
    '3890OKn9hd98UF7nFAUetPE1ijF+dkEcn9+mnHWO77J+RiHOzn/92K7uEohttOeHTt2vppy7d/Zw2ZfLB7gV4i3dsTd8vGGvz+yD'
    'OcQ2xEDnMQgjCa+czqE/5NxePQLwE8le9NtrNmvoMogl9e0n9P52VfiHrz2KfwZgzd37lB7/LEw5Pr04PUzxOuInGbtLpk8+6a5h'
    'jDFaCXm24F56zklPfhDiiz3hpIu+45Q5VLj+vug33k41oeHkuyn7cuOJpXc56ScBfku+oz5P6izn41ffgvhnu+3K3QI4ZNFLhef5'
    'mtRbRlZyJawr6TNQjMDtqy+Hq7Oc8Mqxr9Sf1Vy2Z76QzDanPNOnfdedP+6HbPePnfS5H7p320pFOZk+oilT7VPmtgXqMpxmsJn/'
    'LXvt7oT5xGycYEg95UG62WcoPPpu9EHomkfO/y8TDk7L0n1Pw7n9OMgLHrRbD++GwAcy/59BuzfuzcW1P0w4vr6ztAXINq54IRwt'
    'dOEBgqPKiT6sCT65JeHSbs/Oshv7r+G8qIF0N5xla0B2c81Ixt5ENHE2l1jCol5440IUMxrjXkifP8rFUZkQ/J5rAM9Nhvq7Ad5Z'
    'umMcxWBJmT9pmxgsLS0OvAoRg2U4xFOt4IfZ8OFK2J49GtLiYXcdlQr7OwnKb+M4Poo4PgVcQxTPzIP5KyP0uor/vxHw51QiX6R5'
    'sC4qE0JfuXivUH2j9FJ5njjztDzk/n58HeQjTIJ2vrbX7ty4Cc7Mp+GcOCuPuvY96p5Bsq4ThXue7QF64adwtq951K5uvBcJoGUP'
    'B15Whty3Hof71aNP5I7t3se8cegxxvHHHlHnTSp0YPz0aq5AucLz9nwQyj9p3Jt7H0b4bbeE170Q3zkB41oC9NYVMM9zyDyLXXZ1'
    'LwfaYt9Dbsye+jzr+ulDbp0yfeMh/d2+K+nwF/OBd82Pc/ltfL9euteexpmi4DNkYf6Mu8Zszja836vo5hagm2clHb5jmDjcpzba'
    'jW8S61+a8GNsxlVExsXjp+viRvF4R3Teq+FKhPycRU+7sd8pn6ie8FunhIixTmOX/3qXOoaSfLcn4chwZb6+h3N5VpJ/ZNPet59z'
    '7zSIp8Pss6F/cNI/QL//MuHI3RGGiJtt6vzMU4BDYQ9f8aJd+Qd25fapn/Tpve+6vLMw91JcV7Z4E/Hw12BdnZNw5KXy3SlwV770'
    'cS9OtWnjRpiLS+G8vIXwSFU4cE7CwbHyXTf070lcVy+GvLc/7s6hbGMSgT29O9K9adoG5TvZlBuAcd/9hNOnt0HnMZ/18Pq3wq8H'
    'vF9QvPPKE67cg/OlOS1FcUOpcONcoJ7EAMz77yxlPqr5CbMOf/lk7j6c/S31+rsVZGuUFq8Val9YmwN0yVA2dgTQcFxX0k/2Zir/'
    '6wmQx3F63iSOs8q/hUm5fHQTg/xcoe7UzJDnP5fh2dJQkj+He8KPTsZ4BUWwfiifjfLD5mn0uk113ui9sYHJ+v32eBjdujDtcBnB'
    'AjxXhBeXHI/0kUYvzVQ/rwi+iQDdry0pe/5LPewLle7bHOj35eTdPHh3EXm3Hd6dR+7hrUwn70NEf+5VeLec5B9kfIClRF+3VaPv'
    '0mqg73IcjBfbDcp/BOnTCencMTcAf0J115hjCXfkHeejI9iq4MfStXnUUy5PHeeAf/vBS863M6jOFtjKn7PS+Xaq4tutV7n8AfxW'
    'tsLNUw3jw2/l7NvRirWyUTEHfewb8uTpuphH8tD5qiR5+wLyho2jWkdoDBv8Y8PPpHtyMdkf+O6Mda5dAr77DcQtOoG8Qxw/D3A7'
    '6tmkDfAL3s+mE7ilid6sKU4rIr8pz3eeIm8ipD5vLdFFN8Wz5bCnZip0NG3jBldDnbZl5Z2C4wPZp4tD8NVNZGLPbw3Hr6+whG1l'
    'RLCV/Q0L25JnvLBF+J4VUm5RRfCtCo/N98FjTRZ47HALPFZHeOyDwutfn/PLu4jtBseD1QRGaxLh1iA/J5sI/NAW7R4mG+Cxcbh9'
    'Br0nbMxT97/SWl9tImurgb5aUzR6abonjB1mMoD2nWxoI2OKt+qEG1PyaiZTTCv1HGOZIj6FlCniXqc4q5ngs23s22yCdzZa6Adv'
    'E65cpFSo7US3EX12pKeWGPilW5z24tpazbqdzexmdL7aigA/Ik7LwF1lLpxDfH1n4Fwx3WNUPw/rtLnb4z3iFIsyVud7Z/R4xab9'
    'N1mc0CJCf5nMh8297z81dF0TwmLYnZufitxYny9Au3Ui6icBg0+l9wuARLZzGeQflQZVUeb3sZz8u4JAtqo612KqNroRcT3tmhob'
    'fT6/p8QYD4bUFW+klyjfp8aux0ZPUij13i2KivA16MZUY3rG2BTlexDPm9Jhe55O1Hip0qM7NwpPMnWgkrZpYwI11NNiQgEHtm27'
    'VoLo2Ho4e8OcaZKXoaI5igNojnmaMy4fecD8PPn88xn//vBR5ONTXX+bMlzXX8U7o7KX+bE8IJYHxPKAWB4QywNieUAsD4jlAbE8'
    'IJYHxPKAWB4QywMOGnkAvZtXEJxWwu6Ki3309TJQJ+X5N8MdWUcTctuc4xXlTyB5uU1ILdl/tMxCnzbxfm9zRqfJHYSe0aY+HGXf'
    'tyZyz2pV3F7M25Nw22oL0dZqUr4jRPkVpPzmEOVPS+S3X+Ylgs/xWYngc3xawt1TGyz6X0XKrbcoJ0ifukSubSHm+S3sk6A6O1m5'
    'twh+aLPo0/8Rjv1OvrrI1Y7a8P4+bDQotwHKPUbKbTbQ514L5XaRcjbr74sE3+r22F2k7j6Luj9B6u7T1H2d8Nqs8jyDlrDEcp2K'
    's4TXvZrUvdai7vMU/e5gec5SwJbnOY3k2azJs9DgTJwT8kycTs5y3m694j41IHL9XNPxDyjuO7r7AvJckXZQ+WE1vWs2kbM8AbTp'
    'ZHKW47lel+ddypbnqPOnniQ0RInw6sRXsnZbhL89RRXj4ajizOraqopAflAP9ISKf4b35CrFOsP7Mc3/mA+PNsiWpJ6MISG8djOm'
    '9XDfhjOEub87uk9MfUlvFLn2M9QeSMLiKxnHZ1aYPvi1w+fhExmHF2zaTpRj7Mq4vovRNgnteTZF2M6KjOsbtN2g3rYI255foHnk'
    '7UwhsFzHym4SetuzoHFSP62ynfeLXZ//qjmzWXs/J3W1K844m7peJHXx8XOYDQq173S0HXvCp19tlv36Zh7w4nP8BUW/3jLsF6/r'
    'k3mMkde1qdjBszY4xKR+XHOrI4Ah1vWRPNYcr2tRsRd3qugu21i3Mu+5UGYBi9F7LtBwh4xB22dD278vcu1cw+y17H2N1NGruAvS'
    '97q99RNSx3qhjkMStNf3KvrRZtmPv7eAR4dmLX3NoB+DAfvwM0UOTeYHD5tzFcd3Hal3HcM7m4S5H2Jeb5ei3o4I6l2pgMOgQT26'
    'WC54j1kSYq3wOTrOYI7CnMtTFH0bNFw/WEea9G25JiY4j9tO8UMzpKcyXPV2Otp6EQ/9ZCQ9UpjFl0ddE5meGUFcbGwzu//Tjvww'
    'KC764gjx/+dHsU2E93aYR9PY7ovZ/OnGsi7ierG/56VdObDN+VANa4KXfUN4Ywep8I9ce5NZvYOMbzkozPlO0xX1dQqz+AQcN2Vj'
    '25H6zmX0gd/+adbM329S0dSH8/bvKRf2mGcZy7tQg2t+HKIstvuDlKv/Ntr4RLZ/N4Ejh59qbwfhiDsiqm///k+5fgQ3amQ1/YxH'
    '2ZvK1TGkd9x+wzNZ1nOlT9v9whvDJLv/SZkOnz1L98aZBu1sY2VOUoxxbYgxHkXqWc/whkmcMuxPnU893Rb1CMW4NoUY19vJYJj+'
    'B2v7taQ3Jt4gm8MuVuYFnzLdmjJ7k+4eWZL24iVbWuDhpCvH3MjODb437km6vGzb+ZblP+dTvtug/C1QPgxvSpbfQsaqmyOkezf6'
    '5O1md7K1Chi2itxYZjh/lyjqVd15ZN6zSV6/e0z2/E96ZbStmrWv0nFeoJmboD2DMQVnhCyPe6426ZWn473gfTaPxT55B1ne9xNq'
    'uJjilP9MuDgl7H6T9fyU6AssgvIrCO1Bz8FnDfLiGfd9n7yc1thtkBfr/Qb4MI+aX5ONXUbk6qo9IPPcRvKoeBQyz40Jr8zxDbYv'
    'riV5VOc5+iusslwjsly7YhyDbByrfPLg2l+p6COlv7N6+gkzPQOK+7J6+qTuXo0Ow/Ekj4pfmdWZInnaNfLdRsV88HtKvU+erURf'
    'o9SHbyHzFPn0B3VK/qCQbXM8/47wwn4t6/MvFHk6+flPZNumMpss/a+om+P2fxLesb7F6nlc6PcLzuFuYbeGENb3Ce98cDz7FTJ+'
    '0zuVLHcnKWfKa5HlbiJ9UuHlarBBKvW5W1XD+HX1IN5c75PnFMjTSvKocLbMc6lPnlMhz7kEHqZ3uuz5r5jbIHyNtiBTIuTLoL5G'
    'leU9jupM2vBVVLGUVHoR8yx0JkZbhj8W/gRj28DYNjC2DYxtA2PbwNg2MLYNjG0DY9vA2DYwtg2MbQNj28CJbRsYRtc+1i+P9ctj'
    '/fJYvzzWL4/1y2P98li/PNYvj/XLY/3yWL881i+P9ctj/fJYvzzWL4/1y2P98li/PNYvj/XLY/3yWL881i+P9ctj/fJYvzzWL4/1'
    'yyeafnnCQL/cRPc7bBybetCFpXpxFRa8E+ovsYfsee4vsZ99ozpgA+xeyfWRo9Cvf4aNkeP0XnYOUj+WnL+LuNjPjyWOc6Gini5S'
    'H/djuc7w/kfXbdBccV34GsNynDagum2o+10c6yKNmS5Soe1SYnuS2J4ktieJ7Ulie5LYniS2J4ntSWJ7ktieJLYnie1J4jtcbE9S'
    'KHsSuutKCU7D+E2t0E9B1m4pob8w3+lwz6O0l6odCeffwPvrhevv4Rq2p3jM8/GCNVPmT9oKp2r2hsR/Zqtfn3M4xFOt2FuV5IzN'
    '7tYW/32K66mPrKd43r3zrpjzHfnOeZTznuXnjPzjgoQzn/9G7nbxvj749rUtTTyxKWJnntMir+dIE9omxqUTA5cmyW9KQ6H8IA33'
    'btyb7TDP6ZA08WhuTFGox6k6ZTKLYR5V+USArKic3VGLiRyihuBTpNXLLO62uAZEvAYO2DXA92+a7N+gmHx4l8MyuG4SPvz2SoP7'
    'l0nbaZAPCJEb+7AMvpewu58MDPrVl9X8Pd4O56sutciPMZCnCNf+ajbLR/fdZMK35mVUd2SEWQlpX8J+Kshgjyf3bTHKMlobvmkl'
    'tD0VZGjzof3lD9rLQcLouOTbzxeesu9n2rKfKPM+JE+Zwva93viS84RaDvNyCB447j9Z/y0wphthPCVivD0JBS9Prph00f7Xxbiz'
    'CtCk6ZPMuwaYObOXZl3WF5Vr7RVgilaCPkVZtFD072LSOXPTeNfwe4oPuEU5FLZgIz1s7deC9ykJt0ir4b6N9GXXhc7XapD94vsF'
    'd7jvz4t18iLTyZP4O5bnjI08h8bdlmfsjliH7aDRYeN9QFjH+m2xflus3xbrt8X6bbF+W6zfFuu3xfptsX5brN92cOm3lRBdtfHI'
    'w5dtDaw+cHj1WRqhs/A8eZv+vNnh4LamEPQJpfdKht09gHNaAflSRE4xhay5rPx2WF0f/440QllI3kR8j43vsfE9Nr7HxvfY+B4b'
    '32Pje2x8j43vsfE99uCy00rBHorCz0gGcKwsewE5V7LjYOfMfT55z2Z5v0TgxPP2BbRzB2nnQ5D2QNrG8t5E8mIfBiBtZ3m3AUzk'
    'uzMh7WV5rgH8oMrTr+h/NWmH9uFsUoefrxhZ/kK4/9SAzJiOYWtAeapDrBp/UNsLybl8NtOt2Mh+Y70dpP6sb18yB2exsmvxDkn2'
    'VobN+1mE7siwNXM6owPku+lpb0r3Vhp1UYXrUwv1RXH9415BeKC8G+9dxZByHXzKU8K7Der+yr8lRMtnCdQ3C37PELl++XRxFrYy'
    '+tEmDjWl/QYYDkMfkguILoFfXrw/UJidJnJ1A3Del0G5LZo2Jyva7GA0dLtBm9weooTwZvzmQc7TbYQW4XtivgIfdrF1j2sax7RJ'
    'kRf3RivbIxtI3rUMr7STvS7zriE4aECzB7tJe9WwX8pZPztYmVbI+0GCmz/K8Go/a6+P1FEN/NBKVpbiKlXf5D6bpMEhG1k73Qx+'
    'A6yuQwhvo4+srQyDbT/jB+EcUV11uQ9OUqwtpCUSAWsFcQq1jeb2z7S8XJ+TYT0nyNq2XctR9KmG0eLUpm/kbUrSczqaLqHQl65V'
    '8JIqGA+Vtkd5qEvYPqc88rqA8XIYbob2EXZlWFZzj0tBmp7QN7yixPDjw7dTPdefSRuWxvyVmPc/LQGl3wPFuJHnZynra8AQrq2B'
    'eE4n1Jzivt2h2LeZCTzHRfD45ypODP8ux9J0aHgs5niHfo5N7eSC9vX2eM4PqjnHfX+VYt/HfgISCbFov/m+a19i+wTg5Ng3w+jD'
    '3IxO9ZkD6eagaGLLIpqZLKKJGeFZP3V+H8usZRnep6KZ76uBeE4n1Jzivq1i+7bUHZBvQ547dkB+nb8PPxn/ccSOhn7nsq4G4dr4'
    '4328hORR8UZtZcBbWR9s9oPdk6SkYWGftOoWlofPi6ZwcldTQZq1TXiN+Rc/vR7VOozpPYM1sSCfCSw5PyhHTO+NPsxRjoTrv1Ox'
    '/tMhcOIEm5uUwa3V90mGx205+6M9npMDak5w39To6K7m7I4d0p1/FWRuK0OUU+3bZLxGctZIsiW834x08Boaivft+JuTjHB9g/E7'
    'gomeheruI8u8KdT+LG3mNzWx5jud73wHsYSjWA9puAPi2lgP87jOYt9O8HnM0qM3Jj2sRxuK1N837JeD74s2ezT7e+Qft6v25Lh7'
    'VI6bkqn0GPSkxoZYqjEmpTwj9eMloW5mstn9niZst3zxO8ZTvYa1+8ZDTvoZS79/8d1WgUvyW4aBfqZVZ7b+fptMHcwPwozrVYX3'
    'PGv/eOnkeE7Gek4C5Qo+/VPKFQLy+8kVKpl+McoEqpls4CoFX1d7P09lf9+jOqJKGP+4MkQ5v/H8NRvPZ6FcmZFMTlLWRcX4OzOh'
    'ToeSLJj//OWsq9BF8DcC2CEbWvOEH1it9GoD0fmeoj23OP9eEyiHb/CljIqH3/EndQN0YJKTsrBp0pFWnP4IPP9C4IWxsuWyKJaK'
    'mvYdjvQJOP/iORnzOcF9c7ti38BZMIKLkzBh6UCmclGxD6wyB8wcBePZZHJUZsq2DtuWvV9tyqm/Vyvo2lvjNROvGYs1g3inNdZH'
    'GBPZeAnAH/fv6hj2YwJ7rp+AdFERuUdVsXtUKdHzwXgd81i9aJvVQviMtI5ikp/rCknbslqSH/mRtvXUBdwPa1ldkp6fIuzs4LD+'
    'CoZHpgTcnRGOQfl4/zNsXtJsXkzqo/A0sSm27Ws/1JOEeqfEsrpxI6vjOhO9MO/x/I2/+csI1ydaMdmP3AfEVJaP4t2jG918FT75'
    'ZjWG993mJ4dS+Vc0rZefbaUKHI1+InYwPVbVN46Lk8L1m1lGfvvFzNbFgUP+a4rxX7kd96vyO4MV5kMbb/nvPcKJvavjkaZgfayJ'
    'ZWdq+mto/zYF/p8Vb1TCOh3EDZXzNFkjQ6V7YC6kkxrdbyqZq4n+TFcIfakJPt8afpkdivedbIOqqmGfnyPsfDeh3wvuc+NY8g19'
    'aaAfwpnkG/ogwZhG08i3DpHr72SK4hvWWaVob0B44+G9qjkjTGhQbsdC/crkWw/fO59Q8AVKnAxJvfwifYCovhQksJpFCDlrn291'
    'JVkPNDO9PCKDy64ZyVWSm7HEnjaj/MYb4zURrwkFP1HFZ2hleCmH1opAS20cP4EM6yh0T1XxfPFdlsb/ycjc/Mzd20WK937zqzt3'
    'qhXtlzLeiDwTV4lcn/MZws9aJXL9HzXBmXcl4eVcCW1NEq4vv6aAM7GM8YNmG9CQeKcq09wZJvq9IPDOILx+UEfAvsNcDhMOxxST'
    'e7mKV2vCt6M+z1S+RuWgfkPyma4tG3/38noT5KMVfQaiz0QapxR9CHJ+gl+dyLP4unDjKW4U/rFGaXvcb3VHyPZ3jvwdatl+mHau'
    'EW6cjC4GQxxLf8i6LwccxP2Ph6nrLFi31F8m+oncGrLO48nYeXxaTDeErPsw4fjD08XQ5fFuw7Rhe2eiMOskfaK+ki9KOrAuxH7G'
    'Ox/64T+CvMO4B4eSe6OMVZHVI9zlnmf7Y6rude+Z+O4P+7yxeabtcuPGh+FF0tgpVUnHH28hYYPxDY4n7zCeBI2lIt/J9EufyY2l'
    'It9VX5Eb/+MI8k3GCZHpnXe58ROwndmXeeH8ZocXzjKGNIezjB9N600SZhnGkPnHhMO3lOtuE9sT/Rbr2Bb+JnyTBouzZoPwxn+m'
    'eKlD5MaFPhXoxyjOElrvLKg3qN8Dlv1FP6m0LMcbvEyS8E6WJxwfnkHjRB5VI8Hj9HfrGK4Jv3xUpp2loRJOjB16zrUyuqRjnIzl'
    'ReH4UqVjeW2c9P1vhWNHWAj8MFm4vv1lugjSpZCeCT7/SxDPgi/yG6c56U3T3P0xTbixAs6C8s0BMQOqiV4BzXci5LuexBZYmjY/'
    '66pCwIOOuxnSkzXj4P2T/ZK4YTqhO6iP8w4LfNZBzg4dXUhpm+kAe9rueoIbTdql+KmHnWGbhTqOjk6XRnV38otHcoxgth0tUKWG'
    'CWQa58SGTgmKK7RA6OMKHUvK0zhJNM8MkqdPk6fQ8d8SRH5BeUPcPkUFS15OwjOoXFj/W0E8KBu6cw7ZI/juVOH1sX40kbNUknmh'
    'ch6MzdHO5o22tz2kbkAhxny+YsxnK8Z8lqL/Z4SAw0JFmcGAMhgrjJah/vxp3sMBFjQvx4WTFXk6WJ5yRR557qlw3FjO3xrF/K1S'
    'zN/F5N0jirm/bYF37hPN3rmfr5l7itcoje039zq63G/u6dkXNPdNBnPfZDD3TQWY+4zl3NMYKhgrYAbTiZgLPIQiUl+KlJ/L0tNg'
    'LCNX1OzdHuMW+NECGXKm8Bgt3QSePM5JGzkrg+5GfUId066W8WdN4kn4wWMJWdNHh+CNnGaoaxJmfyOO/SN5N7nRefceeTcJ3r0j'
    'XF3kRjbPjVDXLxR5jmzMzfMa7FFKP/n1WZZ5QfJuCF6yGW+dBc2L+GUdSWX73yS81n6GI/oUvBYdHS3r+oJwjP1VfPV+RRtBfe/z'
    '4c1zXgJd89vIvauDlAnaOwOKPlcDrA6x4PP0GLTF2zgH9ijF632a+8mAYmx4PzqClcW61hI849e3oDF2ado+HHjXpnNK5S9BsGoV'
    'uTGgeHwdPzyStsQjJrHwTPZmPvHfVbS+6p2UQSwNcR/z0wm0iSF++BiMuY7paQX1U2eXQnUZB0TsHyZPHVfBdFyj03m0mBvKg7Y5'
    'g01pkIQlnVpkWT7Wo/ZZY437wRpCj7ohcI1xPLWYpGFkprUk/1oovwTm9krh2sLE8zs685tgd6CiiPbrYg1N2m9BC/5cQRvXWOiR'
    'mNCltL5X2e/1Pvobcu3fWe7wH+j9gevPdDG+aqMCLvR9WPqUttlqQUO+w+SOq8td2ZsffT3aYxmwuDvgWI4rd+Om9lrwCjotZMqt'
    'jE/RrZG9jva947/K3D24jbXdreB50XwDCrkxldNz+XdrBGMJgneH4q4tx/kQGefv2fhM1sxGzf7k8uawY6ZwzWdfbilzYnXLd8uY'
    'TPA0kAl+fJoXlqpY6aeCbHFh2kz2iXkxrVHoEvI+yLwLiEzXtL/Hw7chTX9pnxaR9xJG88ucO1ah1kKUa+A/IH2d4Cc5hj+VOnfA'
    'fM832n/Kf6Hvuw1xIcV3HYo6KH/22VJHLkl1kvje/Y2C56bjW9meF10BOAztqe4mcD5Q8Ztf/wdKc2mPoPr7Q8jjR/vMWlbqxnA3'
    'OaNU6/GNAJ5ov0ZG1Iny2lKn/1HuPxu60m9v/bbE4UsF4exmQ90ZzEvbXEb0bygOP5Xh3MVMX+UD7PsiwMn/NNKJo0bhTG3X4O4O'
    'xiP921HuT69mH2N/Pj7G/eHwWV3ixK8POq9N1laLBZ3RTNaVaf241lrypC+aDemUrE15iSvLaR2DdYz4/93M6PSjN6Afz2dcfNlh'
    'cdbQ89r0bOwJoGf4Gfn1jCOjoLi0NcQ5yO0NTGRm6yzGheffjoxLOx2otF/WpiHj4qyxpvGyOnIZ75kZZp7DyhdrM4XheZjigl8V'
    'F7b9oDPjuTFqH8f/YLGjuz/aNCvtE+c93Vrs7uUDmX+yttixAA+jExD1nWZZsaMvaXuWDCjWJb/7+7U7o9i9d4wFzV8NQvv5BjwV'
    'G/p8tGii54rceRstGl+2+/Aot4s8mruKctdLIWiDtwLuggNFju491wey1XsyxbGXFrl4Yqz5+guLXDvTMGe2jreXvf9HWDfvd6bI'
    '+X0g7nHZv5+l3TXVOgr76PukvbUMlq3s7Fir0Y/z01frYHP7d2l3347FXUX24eZ04XFHWwDcO9KuLXwY3GG63j9CxpoPztiWB31z'
    'rGKsYfoQhI9r0q6OYVRnUdB8vIX0fyqaMbYFnLcvF7gdXJ//kBo7fc0vphxfLWMp2wqitwbJPLRo7AaXsHo/FKKdVSlX97aN7a+3'
    'DPfFh1OOPuRo3S+ydv0pR7+oEPeIrJ++lKsbzu23TeUP++0QCHxGi8/0ZtJtczT0ImSb+5LuWurTnPGDAWvpkaQ7r/2aueqw4P9w'
    'uHyJ1L8oYD8tDbGfPpF0eLZjiVuy53/S9WN1xTPAV9+Xa8Px5JNO2vcw2MTtddLdzzt1XJjU44YOQ77ZmUnXj0MYewTd+TE36ejc'
    'F/p+JtuqI23x8W+KQD+Nwuu3ifxtIf5vwuGV+emIBK3Pky3kOSb74vGEa5cXtJb4XD+UyM+mxXP+JxyeQhR8ONWcDmraHSLjyJcm'
    'l/V1K+oLS/dm7/9kjmzWnizzoYTr/6Q94H6J/IYlpIyJbmVW/yfh2gaa7OFunc1OIpwNWQ+rpzzh2jX60U/VoDhbHgAjHOevRXDe'
    'DmKfV18AnQFZ94+hH/L72+eCbUuH6ytJpu+C/6J9JO9zFzhparXrE0mmR3QC/e+Tl9f7kCLvsm3qvH+nyNt1i7oPX/DJy+v9C5L3'
    'XfAH9YAGDjf75OW+pK4leSXxJdOqC71lq2Ev8ry3XqXO26HIe8bH1HkvJ3k7IO8dPeqxnUvybt/kpB88Vz225Yq8OG887ymKvDgX'
    'PO88krf5fifdtQfWMNAws3a7frox71ceB//Zu9S+0hpI3iDaqJLk5fRVA9Q7ZZ/aZs/UHsvED3dsK8NsKb6cjz1Wg7E9VtDcVMMZ'
    'HNs06f28FtJuzs+2LWlp6+Lnt0bl4/UQi3WCNvs26+qwEG08YtlGPnaBVT52gQh7tDPOgF2syva4idj2YlztCuHGa8H4MjIfxrhZ'
    'yupYKnJjnlUIb3waLE/Lzba0vTwCbIKj6Ktpm0myF0qJ3fB+39sj59pXX/afixICdzkXRwIteQhpi+vj0LRP2PthRdvCOuH60aA+'
    'Yqj/qc2K1M//lG6d1Vra09aSNAmw6YO+dQubWF6pRCI9wXH5HI597c7cCv8M1gFZUxUt2RjoLeQsWAbrGuea43WOL3vJN+GTF+/L'
    'RxvWTfFmyudsoX4K5hGcJCz6Rf3fpCztd9PC9XOLeyVJvhf52JKmNHvvUJKf12fjwyFLY3/KSYuGnL1ZIvQxnXh/aRw2Cuc5DC/7'
    '4ZfRGOMDOyf+GPH+dsfeA2uM6NOD8tK2ilw/X9wfOeXJcN9TYf0o8P4dqtmT1OcY7W/YdmmsChHfYZTn3pErsyHTG+FPCLsIw0cG'
    'ZdDFSiwmtEylyI2ZqIpjyOMnBvEh/OY8jk+iik+ywyg+SdIgPkkD8JEp7ozjeufOwdAakc/jS0/y+2s9kSekhZ3/a/SZt0l4fZxm'
    '7/EJbx4eS7Au4fplQV2sDiJ74N9QfpAmddNyNBbh+0KfB3WW/0d427gavv2n0MdOfEPxDfv2r4o6B+HbS6RPa5lcB2HyjPDGScQx'
    'PTXy94MYd8W4K8ZdOXRonc99LQlzpKIryhhdIVaMzO2XnH+3NI/8uzmXrtDVX6OpvyaC+osY3dIAthjIu6oEvIR+p+J4vfvj9Z6n'
    'WEJRseFbTOhbeb5+VcGTF8Lc5y36051G3k0fdt7Vk3ffwTOVvFvc6JXnHQ1pp3B9hVM/2WFis8frcXysxzrLeb2a8ezimOCeOW0Z'
    '6znN11+q6ny5GvBARYh5P5CepPmTsqM1h1OS1uT0pskzHOKp9pl3G3+VZTCv6QBZWq0BzZNmNI9p3bo6SxXr0PSsvB7SCpEbJ6yY'
    'yfl6CO1I+Zy9Qu0nwNY3KI0LlW9cN6o3FBSLE/WGSoU+7hHGh+OyR1V8S4y7WCnM41Vy2eZWH3u4KGNVyrq+MVLZDhFdvDXuX0m1'
    'llpF+Jhh+awNHPPpPmujn+lbnqRYG//N8syF/pnqdG/U6I5ifYcIN6bZRmEWG4DvS6z7V2zsNLbgPAjwHTY+HdfdPRDn+gMWc30q'
    'gbuJHvlozv8vQs5/j8/83z9S9nNidGNLmuCHjjFaM3h2nE/wN7cVHFTYKFCdVhN/D6cIs7gQqvViOjbs13ThxnreqLEtsLFxoD7B'
    '+Trj62vqSJlPivxj1Jrafvdo8m4kvOuxpEmWG+IJkxizsr5mhbyZnvPV0FYlo1t6NbYUHRb0C/edUKlY/61CHdeQrpHbhBOfPUP0'
    '4PKNC4p5Zf2XiXDxQT8C34JsJ7hN4Nlp9yzBtbPUwhfeQubvYUXancc64bVHDPL3ey7x0VgNuADtV0+wsDFUxR4NQ4fmE+vUlr+m'
    'uy+JkPelesJY4PFdWglPEOnGjMiNR4j2TfMJn/FV4cbzzJB3iBvQVqGStdOokKHRMlOFN/ZXLXk3l+jJ8NhfqriAVF5gA68LNPfu'
    'ZICO21jGZm1wlc+zcFD0R/jxMGzbKiMMLXr/R12NMDxI3dovCbn2qf7TQjF6sY1wrRYqP9XRzndMCMti+NOtQ5UemNwrn9LoeV5I'
    '9rwgusc2MFks7GJoVQuvXrZNPCrULa2Hc9BPf3WOwTlSFnIfyPZPUOiwUhx3OaGVZrE+HkfWlM26VdktLPaxG9GtTbpOioQb6ytI'
    'H9B2X2N/E2TsMzX6myZ802SAPmjKEkfSuJy0b1HFPMsHbiZrVrWn5lmueVs9WpwHep4pY5+jdn6TXlZC93MtmxudjQe/IyWIHmrd'
    'GM4dyoZpfj/dfDrXOr13E3ozA7SYbX/tbUuklG3iGpcAYVYTQmZoJDxU2o7AxLSYCBdhr59FfK2sslyfV+I9Igk+xlgdKRFsB3ZM'
    '0tF9QJs5lW+NawivwSSOhMoH3GzkPxLfQoWwC1PZhL2dMLcJez3h9COWxyvl8WmRx9OS53azPQvkfPYm3Njl8xRpmDovBz87Jji6'
    'WlOH9HmykNSh2jvrhH3s5y5292+yoB9UcZv8eM5tbG9PTjj+HFUwxP2o+qY7M23rwZjkg0CD9Gnu+xWxXYqfnm8hdW6s5r8O5vQ6'
    'QhOVEf14VXz2PuH6T5iq2Vcq3ruJD0BZ79nC9SXPffvxc2yrZk8FxRbjdQf16RjCr20lcFDFauLyTS4LnUxgy/FQh0KG2C68Pvvy'
    '4cP62dsV50HLr4Jv1Yq7tyw7GegpP58NabZmdeVle1eRuw+O4TyouxTW5lxyFl2n0MFGGm+s7kCm9saqe+scRof6lY/inheWtxGV'
    'zWMFub+dYqgfEHTO9glvzBLeT5O1v9gSHj0BeltSXnaJyN+HYRBOXGuod2Dqy6/QcDPx/90u1H5fezS4D9dYAtqk8oVstYkhpXVH'
    'hvB0upguOqZ9Gh7kRw3uVLOJzvtmTTqP6BeUwbsWhgeqCO02mciwEC8ijdlL5GNIB3A51L0KGP5/qGJl0Q=='
)
