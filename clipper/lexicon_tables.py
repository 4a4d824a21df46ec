"""The language tables (clipper/lexicons/*.toml), parsed and compiled. GENERATED: do not edit.

Written by ``python scripts/build_lexicon_tables.py`` (clipper/tablegen.py explains why);
clipper.lexicon reads it only while SOURCE_CHECKSUM matches the TOML files.
"""

# fmt: off
SOURCE_CHECKSUM = ('unicode 14.0.0; ar.toml:3689:aa95fa21 common.toml:2302:82f16d65 cs.toml:2482:ab1a0803 '
 'da.toml:2223:d64d0356 de.toml:13949:d9dae00e el.toml:2944:f63fe17f en.toml:18846:66bdfb32 '
 'es.toml:8224:3d0ee55d fi.toml:2708:2a99b36b fr.toml:7352:b596c4e7 he.toml:2374:68cdce39 '
 'hi.toml:3209:4e8bf196 hu.toml:2385:194f5f50 id.toml:2169:7ea948e0 it.toml:5341:187a6e10 '
 'ja.toml:10945:a2d78e9b ko.toml:16446:ec23531b nl.toml:1475:c2fea9b3 no.toml:2165:6e4c3c7f '
 'pl.toml:3915:c2b48c7f pt.toml:6862:92a148b8 ro.toml:2188:58c2caba ru.toml:8163:c22aea85 '
 'sv.toml:2284:e3ef6e5f th.toml:4630:06cee883 tr.toml:3255:8bdba279 vi.toml:1789:53b53cbe '
 'zh.toml:11854:0a8ca338')

# Lexicon.exact and .headings: the folded keys of each chrome kind, one a line (a few long
# strings compile from source far faster than thousands of short ones).
EXACT = {'font_size': 'a-\n'
              'a+\n'
              'a\n'
              'aa\n'
              'a a\n'
              '-a\n'
              '+a\n'
              '가\n'
              '가-\n'
              '가+\n'
              't-\n'
              't+\n'
              'tt\n'
              'artikel anhören\n'
              'artikelanhören\n'
              'artikel vorlesen\n'
              'artikelvorlesen\n'
              'schriftgrösse\n'
              'schrift\n'
              'schrift vergrössern\n'
              'schriftvergrössern\n'
              'schrift verkleinern\n'
              'schriftverkleinern\n'
              'textgrösse\n'
              'listen to this article\n'
              'listentothisarticle\n'
              'listen to article\n'
              'listentoarticle\n'
              'text size\n'
              'textsize\n'
              'font size\n'
              'fontsize\n'
              'smaller\n'
              'larger\n'
              'bigger\n'
              'reset\n'
              'decrease font size\n'
              'decreasefontsize\n'
              'increase font size\n'
              'increasefontsize\n'
              'resize text\n'
              'resizetext\n'
              'aa text size\n'
              'aatextsize\n'
              'zoom in\n'
              'zoomin\n'
              'zoom out\n'
              'zoomout\n'
              'small\n'
              'medium\n'
              'large\n'
              'escuchar artículo\n'
              'escucharartículo\n'
              'escuchar noticia\n'
              'escucharnoticia\n'
              'tamaño de letra\n'
              'tamañodeletra\n'
              'tamaño del texto\n'
              'tamañodeltexto\n'
              'aumentar texto\n'
              'aumentartexto\n'
              'disminuir texto\n'
              'disminuirtexto\n'
              'écouter l article\n'
              'écouterlarticle\n'
              'écouter cet article\n'
              'écoutercetarticle\n'
              'taille du texte\n'
              'tailledutexte\n'
              'taille de police\n'
              'tailledepolice\n'
              'agrandir le texte\n'
              'agrandirletexte\n'
              'réduire le texte\n'
              'réduireletexte\n'
              '文字サイズ\n'
              '小\n'
              '中\n'
              '大\n'
              '標準\n'
              '拡大\n'
              '縮小\n'
              '文字の大きさ\n'
              '文字サイズ変更\n'
              '글자 크기 변경하기\n'
              '글자크기변경하기\n'
              '글씨 크기 조절하기\n'
              '글씨크기조절하기\n'
              '글자 크기 조절\n'
              '글자크기조절\n'
              '글자크기 조절\n'
              '글자 크기 설정\n'
              '글자크기설정\n'
              '가장작게\n'
              '작게\n'
              '기본\n'
              '크게\n'
              '가장크게\n'
              '작게보기\n'
              '기본크기\n'
              '크게보기\n'
              '글자크기\n'
              '글자 크기\n'
              '글씨크기\n'
              '글씨 크기\n'
              '글자작게\n'
              '글자크게\n'
              '본문 글자 크기\n'
              '본문글자크기\n'
              '폰트크기\n'
              '확대\n'
              '축소\n'
              'ouvir notícia\n'
              'ouvirnotícia\n'
              'ouvir matéria\n'
              'ouvirmatéria\n'
              'tamanho do texto\n'
              'tamanhodotexto\n'
              'tamanho da fonte\n'
              'tamanhodafonte\n'
              'aumentar fonte\n'
              'aumentarfonte\n'
              'diminuir fonte\n'
              'diminuirfonte\n'
              'размер шрифта\n'
              'размершрифта\n'
              'шрифт\n'
              'увеличить шрифт\n'
              'увеличитьшрифт\n'
              'уменьшить шрифт\n'
              'уменьшитьшрифт\n'
              '字号\n'
              '字體\n'
              '字体\n'
              '字号大\n'
              '字号小\n'
              '放大\n'
              '缩小\n'
              '默认',
 'reactions': 'artikel bewerten\n'
              'artikelbewerten\n'
              'beitrag bewerten\n'
              'beitragbewerten\n'
              'gefällt mir\n'
              'gefälltmir\n'
              'daumen hoch\n'
              'daumenhoch\n'
              'hilfreich\n'
              'empfehlen\n'
              'like\n'
              'likes\n'
              'dislike\n'
              'love\n'
              'wow\n'
              'haha\n'
              'sad\n'
              'angry\n'
              'upvote\n'
              'downvote\n'
              'clap\n'
              'claps\n'
              'recommend\n'
              'recommended\n'
              'helpful\n'
              'not helpful\n'
              'nothelpful\n'
              'was this helpful\n'
              'wasthishelpful\n'
              'thumbs up\n'
              'thumbsup\n'
              'thumbs down\n'
              'thumbsdown\n'
              'insightful\n'
              'inspiring\n'
              'useful\n'
              'funny\n'
              'agree\n'
              'disagree\n'
              'applause\n'
              'favorite\n'
              'favourite\n'
              'me gusta\n'
              'megusta\n'
              'útil\n'
              'recomendar\n'
              'j aime\n'
              'jaime\n'
              'recommander\n'
              'utile\n'
              'いいね\n'
              '参考になった\n'
              '役に立った\n'
              'なるほど\n'
              '学びがある\n'
              'わかりやすい\n'
              '新しい視点\n'
              'クリップ\n'
              'この記事はいかがでしたか\n'
              '記事に関する報告\n'
              '좋아요\n'
              '싫어요\n'
              '화나요\n'
              '슬퍼요\n'
              '놀랐어요\n'
              '훈훈해요\n'
              '후속기사 원해요\n'
              '후속기사원해요\n'
              '추가취재 원해요\n'
              '추가취재원해요\n'
              '추천\n'
              '비추천\n'
              '감동이에요\n'
              '재밌어요\n'
              '응원해요\n'
              '추천해요\n'
              '공감\n'
              '비공감\n'
              '기사 추천\n'
              '기사추천\n'
              '흥미로워요\n'
              '분석탁월\n'
              '쏠쏠정보\n'
              '시각다양\n'
              '최고예요\n'
              '궁금해요\n'
              '흥미진진\n'
              '공감백배\n'
              '후속강추\n'
              '팬이에요\n'
              '응원수\n'
              '응원하기\n'
              '기사 응원하기\n'
              '기사응원하기\n'
              '원해요\n'
              '어이없어요\n'
              '기뻐요\n'
              '후속 기사 원해요\n'
              '감동이예요\n'
              'curtir\n'
              'gostei\n'
              'нравится\n'
              'мне нравится\n'
              'мненравится\n'
              'полезно\n'
              'лайк\n'
              '点赞\n'
              '赞\n'
              '踩\n'
              '喜欢\n'
              '收藏\n'
              '顶\n'
              '推荐\n'
              '讚\n'
              '按讚\n'
              '好文\n'
              '打赏\n'
              '赞同\n'
              '贊同\n'
              '赞赏\n'
              '讚賞\n'
              '喜欢此内容的人还喜欢',
 'share': 'شارك\n'
          'مشاركة\n'
          'حفظ\n'
          'طباعة\n'
          'نسخ الرابط\n'
          'نسخالرابط\n'
          'انسخ الرابط\n'
          'انسخالرابط\n'
          'أرسل\n'
          'واتساب\n'
          'فيسبوك\n'
          'تويتر\n'
          'facebook\n'
          'twitter\n'
          'x\n'
          'linkedin\n'
          'whatsapp\n'
          'telegram\n'
          'reddit\n'
          'pinterest\n'
          'tumblr\n'
          'email\n'
          'e-mail\n'
          'mail\n'
          'print\n'
          'copy link\n'
          'copylink\n'
          'kakao\n'
          'kakaotalk\n'
          'zalo\n'
          'kakaostory\n'
          'band\n'
          'line\n'
          'naver\n'
          'weibo\n'
          'wechat\n'
          'qq\n'
          'qzone\n'
          'douban\n'
          'hatena\n'
          'mixi\n'
          'vk\n'
          'ok\n'
          'xing\n'
          'flipboard\n'
          'pocket\n'
          'messenger\n'
          'sms\n'
          'url\n'
          'rss\n'
          'threads\n'
          'bluesky\n'
          'mastodon\n'
          'instagram\n'
          'youtube\n'
          'tiktok\n'
          'share\n'
          'tweet\n'
          'pin\n'
          'f\n'
          't\n'
          'in\n'
          'sdílet\n'
          'sdílejte\n'
          'tisk\n'
          'vytisknout\n'
          'kopírovat odkaz\n'
          'kopírovatodkaz\n'
          'del\n'
          'del artiklen\n'
          'delartiklen\n'
          'udskriv\n'
          'kopier link\n'
          'kopierlink\n'
          'rezept drucken\n'
          'rezeptdrucken\n'
          'zum rezept springen\n'
          'zumrezeptspringen\n'
          'rezept speichern\n'
          'rezeptspeichern\n'
          'rezept merken\n'
          'rezeptmerken\n'
          'teilen\n'
          'artikel teilen\n'
          'artikelteilen\n'
          'drucken\n'
          'artikel drucken\n'
          'artikeldrucken\n'
          'merken\n'
          'versenden\n'
          'per e-mail\n'
          'pere-mail\n'
          'link kopieren\n'
          'linkkopieren\n'
          'teilen auf facebook\n'
          'teilenauffacebook\n'
          'teilen auf twitter\n'
          'teilenauftwitter\n'
          'beitrag teilen\n'
          'beitragteilen\n'
          'seite drucken\n'
          'seitedrucken\n'
          'weiterleiten\n'
          'sharen mit\n'
          'sharenmit\n'
          'teilen sie dies mit\n'
          'teilensiediesmit\n'
          'diesen artikel teilen\n'
          'diesenartikelteilen\n'
          'beitrag teilen auf\n'
          'beitragteilenauf\n'
          'mit freunden teilen\n'
          'mitfreundenteilen\n'
          'teile diesen beitrag\n'
          'teilediesenbeitrag\n'
          'teile diesen beitrag auf\n'
          'teilediesenbeitragauf\n'
          'empfiehl dies deinen freunden\n'
          'empfiehldiesdeinenfreunden\n'
          'pinnen\n'
          'als pdf herunterladen\n'
          'alspdfherunterladen\n'
          'pdf herunterladen\n'
          'pdfherunterladen\n'
          'κοινοποίηση\n'
          'μοιραστείτε\n'
          'αντιγραφή συνδέσμου\n'
          'αντιγραφήσυνδέσμου\n'
          'εκτύπωση\n'
          'αποθήκευση\n'
          'ακούστε το άρθρο\n'
          'ακούστετοάρθρο\n'
          'print recipe\n'
          'printrecipe\n'
          'jump to recipe\n'
          'jumptorecipe\n'
          'pin recipe\n'
          'pinrecipe\n'
          'save recipe\n'
          'saverecipe\n'
          'rate this recipe\n'
          'ratethisrecipe\n'
          'share this\n'
          'sharethis\n'
          'share this article\n'
          'sharethisarticle\n'
          'share this story\n'
          'sharethisstory\n'
          'share on facebook\n'
          'shareonfacebook\n'
          'share on twitter\n'
          'shareontwitter\n'
          'share on linkedin\n'
          'shareonlinkedin\n'
          'share via email\n'
          'shareviaemail\n'
          'email this\n'
          'emailthis\n'
          'print this\n'
          'printthis\n'
          'print this article\n'
          'printthisarticle\n'
          'save\n'
          'save article\n'
          'savearticle\n'
          'save for later\n'
          'saveforlater\n'
          'bookmark\n'
          'copy\n'
          'link copied\n'
          'linkcopied\n'
          'gift article\n'
          'giftarticle\n'
          'gift this article\n'
          'giftthisarticle\n'
          'shares\n'
          'comment\n'
          'copy url\n'
          'copyurl\n'
          'send\n'
          'share article\n'
          'sharearticle\n'
          'share story\n'
          'sharestory\n'
          'tweet this\n'
          'tweetthis\n'
          'pin it\n'
          'pinit\n'
          'imprimir receta\n'
          'imprimirreceta\n'
          'ir a la receta\n'
          'iralareceta\n'
          'compartir\n'
          'compartir en facebook\n'
          'compartirenfacebook\n'
          'compartir en twitter\n'
          'compartirentwitter\n'
          'imprimir\n'
          'enviar\n'
          'enviar por correo\n'
          'enviarporcorreo\n'
          'copiar enlace\n'
          'copiarenlace\n'
          'guardar\n'
          'compartir noticia\n'
          'compartirnoticia\n'
          'comparte\n'
          'jaa\n'
          'jaa artikkeli\n'
          'jaaartikkeli\n'
          'tulosta\n'
          'kopioi linkki\n'
          'kopioilinkki\n'
          'imprimer la recette\n'
          'imprimerlarecette\n'
          'aller à la recette\n'
          'alleràlarecette\n'
          'partager\n'
          'partager sur facebook\n'
          'partagersurfacebook\n'
          'partager sur twitter\n'
          'partagersurtwitter\n'
          'imprimer\n'
          'envoyer\n'
          'envoyer par e-mail\n'
          'envoyerpare-mail\n'
          'copier le lien\n'
          'copierlelien\n'
          'sauvegarder\n'
          'enregistrer\n'
          'partager l article\n'
          'partagerlarticle\n'
          'partager cet article\n'
          'partagercetarticle\n'
          'שיתוף\n'
          'שתפו\n'
          'שתף\n'
          'וואטסאפ\n'
          'פייסבוק\n'
          'טוויטר\n'
          'העתקת קישור\n'
          'העתקתקישור\n'
          'הדפסה\n'
          'שמירה\n'
          'शेयर\n'
          'शेयर करें\n'
          'शेयरकरें\n'
          'कॉपी लिंक\n'
          'कॉपीलिंक\n'
          'लिंक कॉपी करें\n'
          'लिंककॉपीकरें\n'
          'प्रिंट\n'
          'व्हाट्सएप\n'
          'ट्वीट\n'
          'megosztás\n'
          'megosztom\n'
          'nyomtatás\n'
          'link másolása\n'
          'linkmásolása\n'
          'bagikan\n'
          'bagikan artikel\n'
          'bagikanartikel\n'
          'salin link\n'
          'salinlink\n'
          'salin tautan\n'
          'salintautan\n'
          'cetak\n'
          'stampa la ricetta\n'
          'stampalaricetta\n'
          'vai alla ricetta\n'
          'vaiallaricetta\n'
          'condividi\n'
          'condividi su facebook\n'
          'condividisufacebook\n'
          'condividi su twitter\n'
          'condividisutwitter\n'
          'stampa\n'
          'invia per email\n'
          'inviaperemail\n'
          'シェア\n'
          'ツイート\n'
          'はてなブックマーク\n'
          'はてブ\n'
          'ブックマーク\n'
          '印刷\n'
          '保存\n'
          'メール\n'
          'lineで送る\n'
          '送る\n'
          '共有\n'
          'リンクをコピー\n'
          'コピー\n'
          'その他\n'
          '動画を再生する\n'
          '動画を再生\n'
          'シェアする\n'
          'ツイートする\n'
          'ブックマークする\n'
          'はてなブックマークに追加\n'
          'facebookでシェア\n'
          'xでポスト\n'
          'ポスト\n'
          'コピーする\n'
          'リンクをコピーする\n'
          '記事を保存\n'
          '保存する\n'
          '印刷する\n'
          'lineで共有\n'
          'メールで送る\n'
          'リブログ\n'
          'はてなブックマークする\n'
          'ブックマークに追加\n'
          '공유\n'
          '공유하기\n'
          '기사 공유\n'
          '기사공유\n'
          '스크랩\n'
          '복사\n'
          '인쇄\n'
          '인쇄하기\n'
          '프린트\n'
          'url 복사\n'
          'url복사\n'
          '링크 복사\n'
          '링크복사\n'
          '주소복사\n'
          '카카오톡\n'
          '카카오스토리\n'
          '페이스북\n'
          '트위터\n'
          '네이버 블로그\n'
          '네이버블로그\n'
          '밴드\n'
          '메일\n'
          '이메일\n'
          '보내기\n'
          '북마크\n'
          '저장\n'
          '기사저장\n'
          '바로가기\n'
          'delen\n'
          'deel dit artikel\n'
          'deelditartikel\n'
          'printen\n'
          'mailen\n'
          'del artikkelen\n'
          'delartikkelen\n'
          'skriv ut\n'
          'skrivut\n'
          'kopier lenke\n'
          'kopierlenke\n'
          'udostępnij\n'
          'drukuj\n'
          'wyślij\n'
          'skomentuj\n'
          'imprimir receita\n'
          'imprimirreceita\n'
          'ir para a receita\n'
          'irparaareceita\n'
          'compartilhar\n'
          'compartilhe\n'
          'enviar por e-mail\n'
          'enviarpore-mail\n'
          'copiar link\n'
          'copiarlink\n'
          'salvar\n'
          'compartilhar no facebook\n'
          'compartilharnofacebook\n'
          'compartilhar no twitter\n'
          'compartilharnotwitter\n'
          'partilhar\n'
          'distribuie\n'
          'trimite\n'
          'printează\n'
          'copiază linkul\n'
          'copiazălinkul\n'
          'поделиться\n'
          'поделиться в\n'
          'поделитьсяв\n'
          'распечатать\n'
          'печать\n'
          'отправить\n'
          'копировать ссылку\n'
          'копироватьссылку\n'
          'сохранить\n'
          'вконтакте\n'
          'одноклассники\n'
          'твиттер\n'
          'dela\n'
          'dela artikeln\n'
          'delaartikeln\n'
          'mejla\n'
          'kopiera länk\n'
          'kopieralänk\n'
          'แชร์\n'
          'แบ่งปัน\n'
          'ทวีต\n'
          'คัดลอกลิงก์\n'
          'พิมพ์\n'
          'เฟซบุ๊ก\n'
          'ทวิตเตอร์\n'
          'ไลน์\n'
          'printer-friendly version\n'
          'printer-friendlyversion\n'
          'paylaş\n'
          'paylaşın\n'
          'bağlantıyı kopyala\n'
          'bağlantıyıkopyala\n'
          'linki kopyala\n'
          'linkikopyala\n'
          'yazdır\n'
          'kaydet\n'
          'e-posta\n'
          'kopyala\n'
          'facebook ta paylaş\n'
          'facebooktapaylaş\n'
          'chia sẻ\n'
          'chiasẻ\n'
          'lưu\n'
          'lưu bài\n'
          'lưubài\n'
          'sao chép liên kết\n'
          'saochépliênkết\n'
          'gửi bài\n'
          'gửibài\n'
          '分享\n'
          '分享到\n'
          '分享至\n'
          '转发\n'
          '轉發\n'
          '微信\n'
          '微博\n'
          '新浪微博\n'
          'qq空间\n'
          'qq好友\n'
          '朋友圈\n'
          '复制链接\n'
          '複製連結\n'
          '打印\n'
          '列印\n'
          '收藏本文\n'
          '分享到微信朋友圈\n'
          '我要分享\n'
          '分享本文\n'
          '分享此文\n'
          '腾讯微博\n'
          '騰訊微博\n'
          '微信好友\n'
          '微信扫一扫\n'
          '领英\n'
          '领英分享\n'
          '转寄\n'
          '轉寄\n'
          'email转寄\n'
          'e-mail转寄\n'
          'e-mail轉寄\n'
          '列印本文\n'
          '打印本文\n'
          '产生短网址\n'
          '產生短網址\n'
          '复制网址\n'
          '複製網址\n'
          '扫一扫\n'
          '掃一掃\n'
          '分享让更多人看到',
 'subscription': 'اشترك\n'
                 'اشترك الآن\n'
                 'اشتركالآن\n'
                 'تسجيل الدخول\n'
                 'تسجيلالدخول\n'
                 'النشرة البريدية\n'
                 'النشرةالبريدية\n'
                 'تابعنا\n'
                 'abonnieren\n'
                 'abo\n'
                 'jetzt abonnieren\n'
                 'jetztabonnieren\n'
                 'anmelden\n'
                 'einloggen\n'
                 'registrieren\n'
                 'abmelden\n'
                 'newsletter\n'
                 'newsletter abonnieren\n'
                 'newsletterabonnieren\n'
                 'folgen\n'
                 'mein konto\n'
                 'meinkonto\n'
                 'jetzt testen\n'
                 'jetzttesten\n'
                 'login\n'
                 'συνδρομή\n'
                 'σύνδεση\n'
                 'εγγραφή\n'
                 'γίνετε συνδρομητήσ\n'
                 'γίνετεσυνδρομητήσ\n'
                 'subscribe\n'
                 'sign in\n'
                 'signin\n'
                 'sign up\n'
                 'signup\n'
                 'log in\n'
                 'register\n'
                 'subscribe now\n'
                 'subscribenow\n'
                 'newsletters\n'
                 'sign up for our newsletter\n'
                 'signupforournewsletter\n'
                 'get the newsletter\n'
                 'getthenewsletter\n'
                 'follow\n'
                 'follow us\n'
                 'followus\n'
                 'unfollow\n'
                 'become a member\n'
                 'becomeamember\n'
                 'donate\n'
                 'support us\n'
                 'supportus\n'
                 'create account\n'
                 'createaccount\n'
                 'my account\n'
                 'myaccount\n'
                 'log out\n'
                 'logout\n'
                 'manage subscription\n'
                 'managesubscription\n'
                 'already a subscriber\n'
                 'alreadyasubscriber\n'
                 'subscriber exclusive\n'
                 'subscriberexclusive\n'
                 'get alerts\n'
                 'getalerts\n'
                 'follow topic\n'
                 'followtopic\n'
                 'follow author\n'
                 'followauthor\n'
                 'email the author\n'
                 'emailtheauthor\n'
                 'contact the author\n'
                 'contacttheauthor\n'
                 'suscríbete\n'
                 'suscribirse\n'
                 'iniciar sesión\n'
                 'iniciarsesión\n'
                 'regístrate\n'
                 'registrarse\n'
                 'boletín\n'
                 'seguir\n'
                 'mi cuenta\n'
                 'micuenta\n'
                 'acceder\n'
                 'entrar\n'
                 'hazte socio\n'
                 'haztesocio\n'
                 'síguenos\n'
                 'siguenos\n'
                 'síguenos en\n'
                 'síguenosen\n'
                 'nos siga no\n'
                 'nossigano\n'
                 's abonner\n'
                 'sabonner\n'
                 'abonnez-vous\n'
                 'se connecter\n'
                 'seconnecter\n'
                 'connexion\n'
                 's inscrire\n'
                 'sinscrire\n'
                 'inscription\n'
                 'mon compte\n'
                 'moncompte\n'
                 'déjà abonné\n'
                 'déjàabonné\n'
                 'suivre\n'
                 'je m abonne\n'
                 'jemabonne\n'
                 'התחברות\n'
                 'הרשמה\n'
                 'מינוי\n'
                 'הצטרפו\n'
                 'לניוזלטר\n'
                 'עשו מנוי\n'
                 'עשומנוי\n'
                 'ऐप डाउनलोड करें\n'
                 'ऐपडाउनलोडकरें\n'
                 'ऐप में पढ़ें\n'
                 'ऐपमेंपढ़ें\n'
                 'सब्सक्राइब करें\n'
                 'सब्सक्राइबकरें\n'
                 'फॉलो करें\n'
                 'फॉलोकरें\n'
                 'लॉगिन\n'
                 'साइन इन\n'
                 'साइनइन\n'
                 'baca di app\n'
                 'bacadiapp\n'
                 'ikuti kami\n'
                 'ikutikami\n'
                 'langganan\n'
                 'berlangganan\n'
                 'download aplikasi\n'
                 'downloadaplikasi\n'
                 'ログイン\n'
                 'ログインする\n'
                 '無料会員に登録する\n'
                 '会員登録する\n'
                 '会員登録 無料\n'
                 '会員登録無料\n'
                 '会員登録\n'
                 '新規登録\n'
                 '有料会員\n'
                 '購読\n'
                 '購読する\n'
                 'フォロー\n'
                 'フォローする\n'
                 'メルマガ\n'
                 'ニュースレター\n'
                 '読者になる\n'
                 '読者です\n'
                 'このブログの読者\n'
                 'アメンバー\n'
                 'アメンバー申請\n'
                 '無料ブログ開設\n'
                 'ブログを始める\n'
                 'ブログをはじめる\n'
                 'フォローしています\n'
                 '구독\n'
                 '구독하기\n'
                 '기자 구독\n'
                 '기자구독\n'
                 '뉴스레터\n'
                 '뉴스레터 구독\n'
                 '뉴스레터구독\n'
                 '구독신청\n'
                 '구독 신청\n'
                 '네이버 구독\n'
                 '네이버구독\n'
                 '네이버에서 구독\n'
                 '네이버에서구독\n'
                 '다음에서 구독\n'
                 '다음에서구독\n'
                 '채널 추가\n'
                 '채널추가\n'
                 '알림 받기\n'
                 '알림받기\n'
                 '로그인\n'
                 '회원가입\n'
                 'assine\n'
                 'assinar\n'
                 'cadastre-se\n'
                 'cadastrar\n'
                 'minha conta\n'
                 'minhaconta\n'
                 'assine já\n'
                 'assinejá\n'
                 'siga-nos\n'
                 'siga-nos no\n'
                 'siga-nosno\n'
                 'подписаться\n'
                 'подписка\n'
                 'войти\n'
                 'вход\n'
                 'регистрация\n'
                 'зарегистрироваться\n'
                 'рассылка\n'
                 'подписывайтесь\n'
                 'เข้าสู่ระบบ\n'
                 'สมัครสมาชิก\n'
                 'ลงทะเบียน\n'
                 'ออกจากระบบ\n'
                 'สมาชิก\n'
                 'ติดตาม\n'
                 'รับข่าวสาร\n'
                 'bülten\n'
                 'takip et\n'
                 'takipet\n'
                 'bizi takip edin\n'
                 'bizitakipedin\n'
                 '登录\n'
                 '登入\n'
                 '注册\n'
                 '註冊\n'
                 '订阅\n'
                 '訂閱\n'
                 '关注\n'
                 '關注\n'
                 '关注我们\n'
                 '扫码关注',
 'comments': 'التعليقات\n'
             'تعليقات\n'
             'أضف تعليقك\n'
             'أضفتعليقك\n'
             'اترك تعليقا\n'
             'اتركتعليقا\n'
             'diskuse\n'
             'diskuze\n'
             'komentáře\n'
             'přidat komentář\n'
             'přidatkomentář\n'
             'kommentarer\n'
             'kommenter\n'
             'skriv en kommentar\n'
             'skrivenkommentar\n'
             'kommentar verfassen\n'
             'kommentarverfassen\n'
             'kommentar abgeben\n'
             'kommentarabgeben\n'
             'kommentare einblenden\n'
             'kommentareeinblenden\n'
             'kommentare\n'
             'kommentar\n'
             'kommentieren\n'
             'kommentar schreiben\n'
             'kommentarschreiben\n'
             'antworten\n'
             'melden\n'
             'diskussion\n'
             'σχόλια\n'
             'σχολιάστε\n'
             'προσθήκη σχολίου\n'
             'προσθήκησχολίου\n'
             'sorted by\n'
             'sortedby\n'
             'sort by votes\n'
             'sortbyvotes\n'
             'write a comment\n'
             'writeacomment\n'
             'post comment\n'
             'postcomment\n'
             'comments are closed\n'
             'commentsareclosed\n'
             'comments closed\n'
             'commentsclosed\n'
             'comments\n'
             'add a comment\n'
             'addacomment\n'
             'leave a comment\n'
             'leaveacomment\n'
             'post a comment\n'
             'postacomment\n'
             'view comments\n'
             'viewcomments\n'
             'show comments\n'
             'showcomments\n'
             'hide comments\n'
             'hidecomments\n'
             'join the conversation\n'
             'jointheconversation\n'
             'join the discussion\n'
             'jointhediscussion\n'
             'reply\n'
             'report\n'
             'sort by\n'
             'sortby\n'
             'newest\n'
             'oldest\n'
             'best\n'
             'load more comments\n'
             'loadmorecomments\n'
             'discussion\n'
             'conversation\n'
             'comentarios\n'
             'comentario\n'
             'comentar\n'
             'responder\n'
             'denunciar\n'
             'ver comentarios\n'
             'vercomentarios\n'
             'kommentit\n'
             'kommentoi\n'
             'kirjoita kommentti\n'
             'kirjoitakommentti\n'
             'commentaires\n'
             'commentaire\n'
             'commenter\n'
             'réagir\n'
             'répondre\n'
             'signaler\n'
             'תגובה חדשה\n'
             'תגובהחדשה\n'
             'תגובות\n'
             'הוספת תגובה\n'
             'הוספתתגובה\n'
             'לכל התגובות\n'
             'לכלהתגובות\n'
             'कमेंट\n'
             'कमेंट करें\n'
             'कमेंटकरें\n'
             'टिप्पणी\n'
             'टिप्पणियां\n'
             'अपनी राय दें\n'
             'अपनीरायदें\n'
             'hozzászólások\n'
             'hozzászólás\n'
             'kommentek\n'
             'szólj hozzá\n'
             'szóljhozzá\n'
             'komentar\n'
             'tulis komentar\n'
             'tuliskomentar\n'
             'lihat komentar\n'
             'lihatkomentar\n'
             'kirim komentar\n'
             'kirimkomentar\n'
             'コメント\n'
             'コメントする\n'
             'コメントを書く\n'
             '返信\n'
             'コメント非表示\n'
             'コメントを表示\n'
             'コメント一覧\n'
             'コメント数\n'
             'コメントを見る\n'
             'コメントを投稿\n'
             'コメント欄\n'
             'コメントを読む\n'
             'すべてのコメントを見る\n'
             '댓글\n'
             '댓글쓰기\n'
             '댓글 쓰기\n'
             '댓글보기\n'
             '댓글 보기\n'
             '댓글 더보기\n'
             '댓글더보기\n'
             '전체 댓글\n'
             '전체댓글\n'
             '등록\n'
             '답글\n'
             'comentários\n'
             'comentário\n'
             'ver comentários\n'
             'vercomentários\n'
             'comentarii\n'
             'adaugă un comentariu\n'
             'adaugăuncomentariu\n'
             'lasă un comentariu\n'
             'lasăuncomentariu\n'
             'комментарии\n'
             'комментарий\n'
             'комментировать\n'
             'ответить\n'
             'пожаловаться\n'
             'kommentera\n'
             'ความคิดเห็น\n'
             'แสดงความคิดเห็น\n'
             'แสดงความเห็น\n'
             'ความเห็น\n'
             'ตอบกลับ\n'
             'yorumlar\n'
             'yorum yap\n'
             'yorumyap\n'
             'yorum yaz\n'
             'yorumyaz\n'
             'yorum yazın\n'
             'yorumyazın\n'
             'yorumları göster\n'
             'yorumlarıgöster\n'
             'yorumlar kapalı\n'
             'yorumlarkapalı\n'
             'ý kiến\n'
             'ýkiến\n'
             'bình luận\n'
             'bìnhluận\n'
             'gửi bình luận\n'
             'gửibìnhluận\n'
             'viết bình luận\n'
             'viếtbìnhluận\n'
             'xem thêm bình luận\n'
             'xemthêmbìnhluận\n'
             '评论\n'
             '評論\n'
             '发表评论\n'
             '留言\n'
             '回复\n'
             '回覆\n'
             '网友评论\n'
             '我要评论\n'
             '评论成功\n'
             '發表留言\n'
             '查看评论\n'
             '查看全部评论\n'
             '更多评论\n'
             '更多評論\n'
             '暂无评论\n'
             '暫無評論\n'
             '添加评论\n'
             '写评论\n'
             '寫評論\n'
             '条评论\n'
             '則留言',
 'advertisement': 'إعلان\n'
                  'اعلان\n'
                  'محتوى ممول\n'
                  'محتوىممول\n'
                  'ad\n'
                  'ads\n'
                  'advertisement\n'
                  'sponsored\n'
                  'promoted\n'
                  'reklama\n'
                  'inzerce\n'
                  'komerční sdělení\n'
                  'komerčnísdělení\n'
                  'annonce\n'
                  'reklame\n'
                  'anzeige\n'
                  'werbung\n'
                  'gesponsert\n'
                  'promotion\n'
                  'διαφήμιση\n'
                  'sponsored content\n'
                  'sponsoredcontent\n'
                  'paid content\n'
                  'paidcontent\n'
                  'paid post\n'
                  'paidpost\n'
                  'partner content\n'
                  'partnercontent\n'
                  'ad feedback\n'
                  'adfeedback\n'
                  'story continues below advertisement\n'
                  'storycontinuesbelowadvertisement\n'
                  'article continues below advertisement\n'
                  'articlecontinuesbelowadvertisement\n'
                  'continue reading below\n'
                  'continuereadingbelow\n'
                  'continue reading the main story\n'
                  'continuereadingthemainstory\n'
                  'scroll to continue with content\n'
                  'scrolltocontinuewithcontent\n'
                  'advertisement - scroll to continue\n'
                  'advertisement-scrolltocontinue\n'
                  'ads by\n'
                  'adsby\n'
                  'promoted links\n'
                  'promotedlinks\n'
                  'publicidad\n'
                  'anuncio\n'
                  'contenido patrocinado\n'
                  'contenidopatrocinado\n'
                  'patrocinado\n'
                  'mainos\n'
                  'kaupallinen yhteistyö\n'
                  'kaupallinenyhteistyö\n'
                  'publicité\n'
                  'pub\n'
                  'contenu sponsorisé\n'
                  'contenusponsorisé\n'
                  'sponsorisé\n'
                  'פרסומת\n'
                  'תוכן ממומן\n'
                  'תוכןממומן\n'
                  'בשיתוף\n'
                  'विज्ञापन\n'
                  'hirdetés\n'
                  'szponzorált tartalom\n'
                  'szponzorálttartalom\n'
                  '広告\n'
                  'pr\n'
                  'スポンサーリンク\n'
                  '広告を非表示\n'
                  '広告の後に続きます\n'
                  '記事の続きは広告の後で\n'
                  'prタイムズ\n'
                  'スポンサードリンク\n'
                  'スポンサード リンク\n'
                  '広告 pr\n'
                  '広告pr\n'
                  '광고\n'
                  '기사제보\n'
                  '제보하기\n'
                  '보도자료\n'
                  'annonse\n'
                  'materiał sponsorowany\n'
                  'materiałsponsorowany\n'
                  'artykuł sponsorowany\n'
                  'artykułsponsorowany\n'
                  'publicidade\n'
                  'anúncio\n'
                  'conteúdo patrocinado\n'
                  'conteúdopatrocinado\n'
                  'publicitate\n'
                  'reclamă\n'
                  'advertorial\n'
                  'реклама\n'
                  'на правах рекламы\n'
                  'направахрекламы\n'
                  'партнерский материал\n'
                  'партнерскийматериал\n'
                  'спонсорский материал\n'
                  'спонсорскийматериал\n'
                  'annons\n'
                  'annonsering\n'
                  'โฆษณา\n'
                  'ลงโฆษณา\n'
                  'ประชาสัมพันธ์\n'
                  'ผู้สนับสนุน\n'
                  'reklam\n'
                  'sponsorlu içerik\n'
                  'sponsorluiçerik\n'
                  '广告\n'
                  '廣告\n'
                  '推广\n'
                  '贊助\n'
                  '赞助',
 'copyright': 'creative commons license\ncreativecommonslicense',
 'caption': 'photograph by\n'
            'photographby\n'
            'photo by\n'
            'photoby\n'
            'photos by\n'
            'photosby\n'
            'image by\n'
            'imageby\n'
            'illustration by\n'
            'illustrationby\n'
            'photo credit\n'
            'photocredit\n'
            'image credit\n'
            'imagecredit',
 'related': '位\n위',
 'navigation': 'الرئيسية\n'
               'أخبار\n'
               'الأخبار\n'
               'سياسة\n'
               'اقتصاد\n'
               'رياضة\n'
               'منوعات\n'
               'ثقافة\n'
               'تكنولوجيا\n'
               'صحة\n'
               'فيديو\n'
               'بث مباشر\n'
               'بثمباشر\n'
               'العالم العربي\n'
               'العالمالعربي\n'
               'العالم\n'
               'آراء\n'
               'مقالات\n'
               'برامج\n'
               'وثائقيات\n'
               'المزيد\n'
               'بحث\n'
               'القائمة\n'
               'من نحن\n'
               'مننحن\n'
               'اتصل بنا\n'
               'اتصلبنا\n'
               'سياسة الخصوصية\n'
               'سياسةالخصوصية\n'
               'شروط الاستخدام\n'
               'شروطالاستخدام\n'
               'hledat\n'
               'vyhledávání\n'
               'menu\n'
               'zavřít\n'
               'přihlásit\n'
               'přihlásit se\n'
               'přihlásitse\n'
               'kontakt\n'
               'o nás\n'
               'onás\n'
               'archiv\n'
               'úvodní stránka\n'
               'úvodnístránka\n'
               'zprávy\n'
               'søg\n'
               'luk\n'
               'log ind\n'
               'logind\n'
               'om os\n'
               'omos\n'
               'arkiv\n'
               'forside\n'
               'nyheder\n'
               'startseite\n'
               'home\n'
               'menü\n'
               'suche\n'
               'suchen\n'
               'schliessen\n'
               'zurück\n'
               'weiter\n'
               'mehr\n'
               'nach oben\n'
               'nachoben\n'
               'zum inhalt\n'
               'zuminhalt\n'
               'navigation\n'
               'politik\n'
               'wirtschaft\n'
               'sport\n'
               'kultur\n'
               'wissen\n'
               'panorama\n'
               'regional\n'
               'lokales\n'
               'reise\n'
               'auto\n'
               'gesundheit\n'
               'digital\n'
               'meinung\n'
               'ausland\n'
               'inland\n'
               'deutschland\n'
               'welt\n'
               'video\n'
               'videos\n'
               'fotos\n'
               'bilder\n'
               'impressum\n'
               'datenschutz\n'
               'mediadaten\n'
               'karriere\n'
               'hilfe\n'
               'übersicht\n'
               'alle artikel\n'
               'alleartikel\n'
               'mehr anzeigen\n'
               'mehranzeigen\n'
               'weiterlesen\n'
               'vorheriger artikel\n'
               'vorherigerartikel\n'
               'nächster artikel\n'
               'nächsterartikel\n'
               'ressorts\n'
               'themen\n'
               'nachrichten\n'
               'service\n'
               'wetter\n'
               'finanzen\n'
               'börse\n'
               'auf einer seite lesen\n'
               'aufeinerseitelesen\n'
               'inhaltsverzeichnis\n'
               'zurück zur übersicht\n'
               'zurückzurübersicht\n'
               'vorschau auf den nächsten artikel\n'
               'vorschauaufdennächstenartikel\n'
               'αρχική\n'
               'ελλάδα\n'
               'πολιτική\n'
               'οικονομία\n'
               'κόσμοσ\n'
               'πολιτισμόσ\n'
               'αθλητισμόσ\n'
               'γνώμεσ\n'
               'απόψεισ\n'
               'ειδήσεισ\n'
               'κοινωνία\n'
               'υγεία\n'
               'τεχνολογία\n'
               'lifestyle\n'
               'βίντεο\n'
               'αναζήτηση\n'
               'μενού\n'
               'επικοινωνία\n'
               'όροι χρήσησ\n'
               'όροιχρήσησ\n'
               'search\n'
               'close\n'
               'open\n'
               'next\n'
               'previous\n'
               'prev\n'
               'back\n'
               'back to top\n'
               'backtotop\n'
               'top\n'
               'copyright policy\n'
               'copyrightpolicy\n'
               'copyright notice\n'
               'copyrightnotice\n'
               'copyright information\n'
               'copyrightinformation\n'
               'copyright & trademark\n'
               'copyright&trademark\n'
               'skip to content\n'
               'skiptocontent\n'
               'skip to main content\n'
               'skiptomaincontent\n'
               'skip to navigation\n'
               'skiptonavigation\n'
               'main menu\n'
               'mainmenu\n'
               'sections\n'
               'more\n'
               'show more\n'
               'showmore\n'
               'load more\n'
               'loadmore\n'
               'see more\n'
               'seemore\n'
               'view all\n'
               'viewall\n'
               'see all\n'
               'seeall\n'
               'all\n'
               'world\n'
               'us\n'
               'u s\n'
               'politics\n'
               'business\n'
               'tech\n'
               'technology\n'
               'science\n'
               'health\n'
               'sports\n'
               'entertainment\n'
               'arts\n'
               'culture\n'
               'opinion\n'
               'travel\n'
               'style\n'
               'food\n'
               'photos\n'
               'audio\n'
               'podcasts\n'
               'live\n'
               'weather\n'
               'local\n'
               'national\n'
               'economy\n'
               'markets\n'
               'education\n'
               'environment\n'
               'climate\n'
               'about\n'
               'about us\n'
               'aboutus\n'
               'contact\n'
               'contact us\n'
               'contactus\n'
               'locations\n'
               'careers\n'
               'advertise\n'
               'help\n'
               'faq\n'
               'sitemap\n'
               'site map\n'
               'terms\n'
               'privacy\n'
               'cookies\n'
               'accessibility\n'
               'corrections\n'
               'archives\n'
               'archive\n'
               'rss feeds\n'
               'rssfeeds\n'
               'terms of use\n'
               'termsofuse\n'
               'terms of service\n'
               'termsofservice\n'
               'privacy policy\n'
               'privacypolicy\n'
               'cookie policy\n'
               'cookiepolicy\n'
               'do not sell my personal information\n'
               'donotsellmypersonalinformation\n'
               'ad choices\n'
               'adchoices\n'
               'newsroom\n'
               'tags\n'
               'topics\n'
               'categories\n'
               'next article\n'
               'nextarticle\n'
               'previous article\n'
               'previousarticle\n'
               'next story\n'
               'nextstory\n'
               'previous story\n'
               'previousstory\n'
               'go to\n'
               'goto\n'
               'jump to\n'
               'jumpto\n'
               'toggle navigation\n'
               'togglenavigation\n'
               'open menu\n'
               'openmenu\n'
               'close menu\n'
               'closemenu\n'
               'edition\n'
               'international\n'
               'uk\n'
               'europe\n'
               'asia\n'
               'africa\n'
               'americas\n'
               'middle east\n'
               'middleeast\n'
               'australia\n'
               'canada\n'
               'india\n'
               'china\n'
               'obituaries\n'
               'crosswords\n'
               'games\n'
               'magazine\n'
               'events\n'
               'shop\n'
               'deals\n'
               'reviews\n'
               'inicio\n'
               'portada\n'
               'menú\n'
               'buscar\n'
               'cerrar\n'
               'volver\n'
               'siguiente\n'
               'anterior\n'
               'ir arriba\n'
               'irarriba\n'
               'política\n'
               'economía\n'
               'sociedad\n'
               'internacional\n'
               'deportes\n'
               'cultura\n'
               'ciencia\n'
               'salud\n'
               'tecnología\n'
               'opinión\n'
               'vídeos\n'
               'contacto\n'
               'mapa del sitio\n'
               'mapadelsitio\n'
               'ayuda\n'
               'ver más\n'
               'vermás\n'
               'leer más\n'
               'leermás\n'
               'noticias\n'
               'españa\n'
               'mundo\n'
               'haku\n'
               'hae\n'
               'valikko\n'
               'sulje\n'
               'kirjaudu\n'
               'kirjaudu sisään\n'
               'kirjaudusisään\n'
               'etusivu\n'
               'uutiset\n'
               'yhteystiedot\n'
               'kotimaa\n'
               'kotimaan uutiset\n'
               'kotimaanuutiset\n'
               'ulkomaat\n'
               'ulkomaan uutiset\n'
               'ulkomaanuutiset\n'
               'talous\n'
               'politiikka\n'
               'urheilu\n'
               'kulttuuri\n'
               'tiede\n'
               'viihde\n'
               'accueil\n'
               'rechercher\n'
               'recherche\n'
               'fermer\n'
               'retour\n'
               'suivant\n'
               'précédent\n'
               'haut de page\n'
               'hautdepage\n'
               'politique\n'
               'économie\n'
               'société\n'
               'sciences\n'
               'santé\n'
               'régions\n'
               'planète\n'
               'opinions\n'
               'vidéos\n'
               'plan du site\n'
               'plandusite\n'
               'aide\n'
               'à propos\n'
               'àpropos\n'
               'voir plus\n'
               'voirplus\n'
               'en savoir plus\n'
               'ensavoirplus\n'
               'lire la suite\n'
               'lirelasuite\n'
               'tous les articles\n'
               'touslesarticles\n'
               'actualités\n'
               'france\n'
               'monde\n'
               'ראשי\n'
               'חדשות\n'
               'כלכלה\n'
               'ספורט\n'
               'תרבות\n'
               'בריאות\n'
               'דיגיטל\n'
               'רכב\n'
               'תיירות\n'
               'אוכל\n'
               'יהדות\n'
               'דעות\n'
               'בארץ\n'
               'בעולם\n'
               'פוליטי\n'
               'צבא וביטחון\n'
               'צבאוביטחון\n'
               'חיפוש\n'
               'תפריט\n'
               'וידאו\n'
               'פודקאסטים\n'
               'צור קשר\n'
               'צורקשר\n'
               'מדיניות פרטיות\n'
               'מדיניותפרטיות\n'
               'תנאי שימוש\n'
               'תנאישימוש\n'
               'होम\n'
               'देश\n'
               'विदेश\n'
               'राज्य\n'
               'शहर\n'
               'बिजनेस\n'
               'कारोबार\n'
               'खेल\n'
               'क्रिकेट\n'
               'मनोरंजन\n'
               'बॉलीवुड\n'
               'टेक\n'
               'टेक्नोलॉजी\n'
               'ऑटो\n'
               'लाइफस्टाइल\n'
               'धर्म\n'
               'ज्योतिष\n'
               'राशिफल\n'
               'शिक्षा\n'
               'करियर\n'
               'वीडियो\n'
               'फोटो\n'
               'राजनीति\n'
               'दुनिया\n'
               'सेहत\n'
               'keresés\n'
               'bezár\n'
               'bejelentkezés\n'
               'kapcsolat\n'
               'rólunk\n'
               'archívum\n'
               'címlap\n'
               'hírek\n'
               'beranda\n'
               'cari\n'
               'masuk\n'
               'daftar\n'
               'indeks\n'
               'berita\n'
               'nasional\n'
               'internasional\n'
               'ekonomi\n'
               'olahraga\n'
               'hiburan\n'
               'tekno\n'
               'otomotif\n'
               'gaya hidup\n'
               'gayahidup\n'
               'kesehatan\n'
               'pendidikan\n'
               'megapolitan\n'
               'foto\n'
               'cerca\n'
               'chiudi\n'
               'accedi\n'
               'registrati\n'
               'contatti\n'
               'chi siamo\n'
               'chisiamo\n'
               'archivio\n'
               'cronaca\n'
               'cronache\n'
               'politica\n'
               'esteri\n'
               'economia\n'
               'spettacoli\n'
               'salute\n'
               'tecnologia\n'
               'motori\n'
               'opinioni\n'
               'editoriali\n'
               'abbonati\n'
               'abbonamenti\n'
               'ホーム\n'
               'トップ\n'
               'メニュー\n'
               '検索\n'
               '閉じる\n'
               '次へ\n'
               '前へ\n'
               '戻る\n'
               '一覧\n'
               'もっと見る\n'
               '続きを読む\n'
               'ページトップへ\n'
               'ニュース\n'
               '国内\n'
               '国際\n'
               '経済\n'
               '政治\n'
               '社会\n'
               'スポーツ\n'
               'エンタメ\n'
               '科学\n'
               'ライフ\n'
               '地域\n'
               '写真\n'
               '動画\n'
               'サイトマップ\n'
               'お問い合わせ\n'
               'プライバシーポリシー\n'
               '利用規約\n'
               'トップページ\n'
               'ホームへ戻る\n'
               'ページの先頭へ\n'
               'ページトップ\n'
               'ページの先頭に戻る\n'
               '先頭へ戻る\n'
               '次のページ\n'
               '前のページ\n'
               'バックナンバー\n'
               'カテゴリ\n'
               'カテゴリー\n'
               'タグ\n'
               'ヘルプ\n'
               'ログアウト\n'
               'マイページ\n'
               '設定\n'
               '一覧へ\n'
               '速報\n'
               'テクノロジー\n'
               'ビジネス\n'
               'ライフスタイル\n'
               'グルメ\n'
               'トレンド\n'
               '天気\n'
               '占い\n'
               '芸能\n'
               '海外\n'
               '暮らし\n'
               'くらし\n'
               '文化\n'
               '教育\n'
               '医療\n'
               '健康\n'
               '環境\n'
               'it\n'
               '自動車\n'
               'サイトについて\n'
               '会社概要\n'
               '運営会社\n'
               '個人情報保護方針\n'
               'プライバシー\n'
               '免責事項\n'
               '著作権について\n'
               'リンクについて\n'
               '広告掲載\n'
               'お知らせ\n'
               '本文へ\n'
               '本文へ移動\n'
               'メインコンテンツへ\n'
               'メインコンテンツにスキップ\n'
               'ナビゲーションへ\n'
               '検索する\n'
               'さらに表示\n'
               '全文を読む\n'
               '全文表示\n'
               '記事を読む\n'
               '詳しくはこちら\n'
               'こちら\n'
               '一覧を見る\n'
               'すべて見る\n'
               '国内ニュース\n'
               '国際ニュース\n'
               '経済ニュース\n'
               'エンタメニュース\n'
               'スポーツニュース\n'
               '地域ニュース\n'
               'ランキング\n'
               'みんなの意見\n'
               'ライブ\n'
               'オリジナル\n'
               'ブログ\n'
               'お客様の声\n'
               'よくあるご質問\n'
               'よくある質問\n'
               'アクセス\n'
               '事務所案内\n'
               '会社案内\n'
               '採用情報\n'
               'サービス\n'
               '料金\n'
               '料金表\n'
               '料金案内\n'
               'お問合せ\n'
               'お問い合わせはこちら\n'
               'ニュースリリース\n'
               'プレスリリース\n'
               'お知らせ一覧\n'
               '新着情報\n'
               '事業内容\n'
               '企業情報\n'
               'ご利用ガイド\n'
               'ご利用案内\n'
               '初めての方へ\n'
               'はじめての方へ\n'
               'アクセスマップ\n'
               'アーカイブ\n'
               '月別アーカイブ\n'
               'カテゴリー別アーカイブ\n'
               '最近の投稿\n'
               '最近のコメント\n'
               'プロフィール\n'
               '著者プロフィール\n'
               '執筆者\n'
               '筆者紹介\n'
               '次のページへ\n'
               '前のページへ\n'
               '記事全文を読む\n'
               'この記事をシェア\n'
               '記事をシェアする\n'
               'ブログトップ\n'
               '画像一覧\n'
               '月別\n'
               '最新の記事\n'
               '前の記事へ\n'
               '次の記事へ\n'
               'もっと読む\n'
               '続きをみる\n'
               'ランキング参加中\n'
               'カテゴリーなし\n'
               '未分類\n'
               '홈\n'
               '메인\n'
               '전체메뉴\n'
               '전체 메뉴\n'
               '메뉴\n'
               '검색\n'
               '닫기\n'
               '이전\n'
               '다음\n'
               '이전기사\n'
               '다음기사\n'
               '목록\n'
               '맨위로\n'
               '맨 위로\n'
               '본문 바로가기\n'
               '본문바로가기\n'
               '주메뉴 바로가기\n'
               '주메뉴바로가기\n'
               '뉴스홈\n'
               '정치\n'
               '경제\n'
               '사회\n'
               '국제\n'
               '문화\n'
               '연예\n'
               '스포츠\n'
               '오피니언\n'
               '산업\n'
               '금융\n'
               '증권\n'
               '부동산\n'
               '라이프\n'
               '전국\n'
               '피플\n'
               '기획\n'
               '포토\n'
               '영상\n'
               '더보기\n'
               '더 보기\n'
               '전체보기\n'
               '많이 본\n'
               '많이본\n'
               '최신\n'
               '속보\n'
               '전체\n'
               '마켓\n'
               '북한\n'
               '세계\n'
               '건강\n'
               '사람들\n'
               '최신기사\n'
               '전체기사\n'
               '날씨\n'
               '랭킹\n'
               '교육\n'
               '생활\n'
               '과학\n'
               '생활 문화\n'
               '생활문화\n'
               'it 과학\n'
               'it과학\n'
               '신문보기\n'
               '팩트체크\n'
               '프리미엄\n'
               '언론사 구독\n'
               '언론사구독\n'
               '여행\n'
               '자동차\n'
               '골프\n'
               '야구\n'
               '축구\n'
               '농구\n'
               '배구\n'
               '연재\n'
               '칼럼\n'
               '사설\n'
               '인터뷰\n'
               '이슈\n'
               '지역\n'
               '환경\n'
               '노동\n'
               '복지\n'
               '의료\n'
               '여성\n'
               '젠더\n'
               '테크\n'
               '게임\n'
               '모바일\n'
               '과학기술\n'
               '유통\n'
               '재테크\n'
               '글로벌\n'
               '아시아\n'
               '미국\n'
               '중국\n'
               '일본\n'
               '유럽\n'
               '기사원문\n'
               '본문 요약봇\n'
               '본문요약봇\n'
               '텍스트 음성 변환 서비스 사용하기\n'
               '텍스트음성변환서비스사용하기\n'
               'sns 보내기\n'
               'sns보내기\n'
               '구독중\n'
               '구독자\n'
               '마이페이지\n'
               '이벤트\n'
               '고객센터\n'
               '광고문의\n'
               '제휴문의\n'
               '회사소개\n'
               '회사 소개\n'
               '개인정보처리방침\n'
               '개인정보 처리방침\n'
               '개인정보취급방침\n'
               '청소년보호정책\n'
               '청소년 보호정책\n'
               '이용약관\n'
               '서비스 이용약관\n'
               '서비스이용약관\n'
               '이메일무단수집거부\n'
               '이메일 무단수집 거부\n'
               '저작권정책\n'
               '저작권 정책\n'
               '고충처리인\n'
               '고충처리\n'
               '광고안내\n'
               '광고 안내\n'
               '제휴안내\n'
               '구독안내\n'
               '독자센터\n'
               '윤리강령\n'
               '편집규약\n'
               '사이트맵\n'
               '기사검색\n'
               '기사 검색\n'
               '검색어 입력\n'
               '검색어입력\n'
               '검색하기\n'
               '뉴스 검색\n'
               '뉴스검색\n'
               '이전 페이지\n'
               '이전페이지\n'
               '다음 페이지\n'
               '다음페이지\n'
               '기사 목록\n'
               '기사목록\n'
               '본문 듣기\n'
               '본문듣기\n'
               '기사 듣기\n'
               '기사듣기\n'
               '음성으로 듣기\n'
               '음성으로듣기\n'
               '기사 읽어주기\n'
               '기사읽어주기\n'
               '번역\n'
               '기사 요약\n'
               '기사요약\n'
               '요약보기\n'
               '기자 프로필\n'
               '기자프로필\n'
               '기자 정보\n'
               '기자정보\n'
               '기자 페이지\n'
               '기자페이지\n'
               '앱 다운로드\n'
               '앱다운로드\n'
               '앱 설치\n'
               '앱설치\n'
               '모바일웹\n'
               'pc버전\n'
               'pc 버전\n'
               '알림\n'
               '설정\n'
               '로그아웃\n'
               '다크모드\n'
               '전체 서비스\n'
               '전체서비스\n'
               '뉴스 홈\n'
               '언론사 홈\n'
               '언론사홈\n'
               '오늘의 운세\n'
               '오늘의운세\n'
               '운세\n'
               '만평\n'
               '카드뉴스\n'
               '숏폼\n'
               '이전 기사\n'
               '다음 기사\n'
               '이전기사 보기\n'
               '이전기사보기\n'
               '다음기사 보기\n'
               '다음기사보기\n'
               '블로그\n'
               '자주 묻는 질문\n'
               '자주묻는질문\n'
               '공지사항\n'
               '오시는 길\n'
               '오시는길\n'
               '채용\n'
               '채용정보\n'
               '인재채용\n'
               '문의하기\n'
               '고객의 소리\n'
               '고객의소리\n'
               '찾아오시는 길\n'
               '찾아오시는길\n'
               '보관함\n'
               '글 보관함\n'
               '글보관함\n'
               '최근 글\n'
               '최근글\n'
               '최근에 올라온 글\n'
               '최근에올라온글\n'
               '최근에 달린 댓글\n'
               '최근에달린댓글\n'
               '프로필\n'
               '번역 설정\n'
               '번역설정\n'
               '번역중\n'
               '번역 beta\n'
               '번역beta\n'
               'translated by kakao i\n'
               'translatedbykakaoi\n'
               '원문 보기\n'
               '원문보기\n'
               '기사 원문 보기\n'
               '기사원문보기\n'
               '기사원문 보기\n'
               '이 기사 주소\n'
               '이기사주소\n'
               '기사 주소 복사\n'
               '기사주소복사\n'
               '느림\n'
               '보통\n'
               '빠름\n'
               '말하기 속도\n'
               '말하기속도\n'
               '음성 기사 옵션 조정\n'
               '음성기사옵션조정\n'
               '음성재생 설정\n'
               '음성재생설정\n'
               '요약문 보기\n'
               '요약문보기\n'
               '본문 보기\n'
               '본문보기\n'
               '구독 설정\n'
               '구독설정\n'
               '기사 섹션 분류 안내\n'
               '기사섹션분류안내\n'
               '자평\n'
               '이 기사를 공유합니다\n'
               '이기사를공유합니다\n'
               '기사 스크랩\n'
               '기사스크랩\n'
               '스크랩하기\n'
               '프린트하기\n'
               '기사 저장\n'
               '이웃추가\n'
               '이웃 추가\n'
               '본문 기타 기능\n'
               '본문기타기능\n'
               '본문 폰트 크기 조정\n'
               '본문폰트크기조정\n'
               '블로그 검색\n'
               '블로그검색\n'
               '이 블로그 홈\n'
               '이블로그홈\n'
               '목록열기\n'
               '목록 열기\n'
               '글쓰기\n'
               '관리\n'
               '통계\n'
               '티스토리툴바\n'
               '신고하기\n'
               '블로그 홈\n'
               '블로그홈\n'
               '전체글\n'
               '전체 글\n'
               '카테고리 이동\n'
               '카테고리이동\n'
               '저작자표시\n'
               '비영리\n'
               '변경금지\n'
               '동일조건\n'
               '카테고리 없음\n'
               '카테고리없음\n'
               '카테고리\n'
               '태그\n'
               '방명록\n'
               '게시글 관리\n'
               '게시글관리\n'
               '글 관리\n'
               '글관리\n'
               '분류 전체보기\n'
               '분류전체보기\n'
               '최근 댓글\n'
               '최근댓글\n'
               '인기 글\n'
               '인기글\n'
               'zoeken\n'
               'sluiten\n'
               'inloggen\n'
               'registreren\n'
               'over ons\n'
               'overons\n'
               'archief\n'
               'søk\n'
               'meny\n'
               'lukk\n'
               'logg inn\n'
               'logginn\n'
               'om oss\n'
               'omoss\n'
               'forsiden\n'
               'nyheter\n'
               'strona główna\n'
               'stronagłówna\n'
               'szukaj\n'
               'zamknij\n'
               'zaloguj\n'
               'zarejestruj\n'
               'o nas\n'
               'onas\n'
               'archiwum\n'
               'início\n'
               'página inicial\n'
               'páginainicial\n'
               'pesquisar\n'
               'fechar\n'
               'voltar\n'
               'próximo\n'
               'topo\n'
               'esportes\n'
               'desporto\n'
               'ciência\n'
               'saúde\n'
               'opinião\n'
               'contato\n'
               'ajuda\n'
               'ver mais\n'
               'vermais\n'
               'notícias\n'
               'brasil\n'
               'portugal\n'
               'căutare\n'
               'caută\n'
               'meniu\n'
               'închide\n'
               'autentificare\n'
               'despre noi\n'
               'desprenoi\n'
               'arhivă\n'
               'acasă\n'
               'știri\n'
               'главная\n'
               'меню\n'
               'поиск\n'
               'закрыть\n'
               'назад\n'
               'далее\n'
               'наверх\n'
               'политика\n'
               'экономика\n'
               'общество\n'
               'в мире\n'
               'вмире\n'
               'спорт\n'
               'культура\n'
               'наука\n'
               'здоровье\n'
               'технологии\n'
               'происшествия\n'
               'мнения\n'
               'видео\n'
               'фото\n'
               'контакты\n'
               'о нас\n'
               'онас\n'
               'помощь\n'
               'ещё\n'
               'все новости\n'
               'всеновости\n'
               'новости\n'
               'россия\n'
               'мир\n'
               'регионы\n'
               'sök\n'
               'stäng\n'
               'logga in\n'
               'loggain\n'
               'startsida\n'
               'หน้าแรก\n'
               'หน้าหลัก\n'
               'ข่าว\n'
               'ข่าวทั้งหมด\n'
               'การเมือง\n'
               'เศรษฐกิจ\n'
               'ต่างประเทศ\n'
               'กีฬา\n'
               'บันเทิง\n'
               'สังคม\n'
               'เทคโนโลยี\n'
               'ไลฟ์สไตล์\n'
               'วัฒนธรรม\n'
               'การศึกษา\n'
               'สุขภาพ\n'
               'ภูมิภาค\n'
               'ในประเทศ\n'
               'อาชญากรรม\n'
               'คุณภาพชีวิต\n'
               'แรงงาน\n'
               'สิ่งแวดล้อม\n'
               'ความมั่นคง\n'
               'สิทธิมนุษยชน\n'
               'บทความ\n'
               'บทสัมภาษณ์\n'
               'มัลติมีเดีย\n'
               'วิดีโอ\n'
               'ภาพข่าว\n'
               'ค้นหา\n'
               'เมนู\n'
               'ปิด\n'
               'ถัดไป\n'
               'ก่อนหน้า\n'
               'ย้อนกลับ\n'
               'อ่านต่อ\n'
               'ดูทั้งหมด\n'
               'เพิ่มเติม\n'
               'ติดต่อเรา\n'
               'เกี่ยวกับเรา\n'
               'นโยบายความเป็นส่วนตัว\n'
               'ข้อกำหนดการใช้งาน\n'
               'แผนผังเว็บไซต์\n'
               'แท็ก\n'
               'หมวดหมู่\n'
               'ร้านค้า\n'
               'ปฏิทินกิจกรรม\n'
               'ana sayfa\n'
               'anasayfa\n'
               'giriş yap\n'
               'girişyap\n'
               'üye ol\n'
               'üyeol\n'
               'abone ol\n'
               'aboneol\n'
               'ara\n'
               'arama\n'
               'kapat\n'
               'gündem\n'
               'dünya\n'
               'spor\n'
               'yaşam\n'
               'magazin\n'
               'sağlık\n'
               'teknoloji\n'
               'kültür sanat\n'
               'kültürsanat\n'
               'politika\n'
               'son dakika\n'
               'sondakika\n'
               'yazarlar\n'
               'galeri\n'
               'foto galeri\n'
               'fotogaleri\n'
               'hava durumu\n'
               'havadurumu\n'
               'iletişim\n'
               'künye\n'
               'hakkımızda\n'
               'gizlilik politikası\n'
               'gizlilikpolitikası\n'
               'çerez politikası\n'
               'çerezpolitikası\n'
               'kullanım koşulları\n'
               'kullanımkoşulları\n'
               'otomobil\n'
               'seyahat\n'
               'trang chủ\n'
               'trangchủ\n'
               'tìm kiếm\n'
               'tìmkiếm\n'
               'đăng nhập\n'
               'đăngnhập\n'
               'mới nhất\n'
               'mớinhất\n'
               'thời sự\n'
               'thờisự\n'
               'góc nhìn\n'
               'gócnhìn\n'
               'thế giới\n'
               'thếgiới\n'
               'kinh doanh\n'
               'kinhdoanh\n'
               'giải trí\n'
               'giảitrí\n'
               'thể thao\n'
               'thểthao\n'
               'pháp luật\n'
               'phápluật\n'
               'giáo dục\n'
               'giáodục\n'
               'sức khỏe\n'
               'sứckhỏe\n'
               'đời sống\n'
               'đờisống\n'
               'du lịch\n'
               'dulịch\n'
               'khoa học\n'
               'khoahọc\n'
               'số hóa\n'
               'sốhóa\n'
               'bất động sản\n'
               'bấtđộngsản\n'
               'ý kiến bạn đọc\n'
               'ýkiếnbạnđọc\n'
               'podcast\n'
               'ảnh\n'
               '首页\n'
               '首頁\n'
               '返回首页\n'
               '返回顶部\n'
               '回到顶部\n'
               '上一篇\n'
               '下一篇\n'
               '更多\n'
               '查看更多\n'
               '加载更多\n'
               '菜单\n'
               '搜索\n'
               '搜尋\n'
               '关闭\n'
               '新闻\n'
               '新聞\n'
               '国际\n'
               '財經\n'
               '财经\n'
               '体育\n'
               '體育\n'
               '娱乐\n'
               '娛樂\n'
               '科技\n'
               '军事\n'
               '汽车\n'
               '房产\n'
               '旅游\n'
               '视频\n'
               '图片\n'
               '网站地图\n'
               '联系我们\n'
               '关于我们\n'
               '设为首页\n'
               '加入收藏\n'
               '帮助\n'
               '意见反馈\n'
               '正文\n'
               '来源\n'
               '來源\n'
               '作者\n'
               '跳到主文\n'
               '跳到主要内容\n'
               '跳至主要內容\n'
               '返回列表\n'
               '返回上一页\n'
               '网站导航\n'
               '網站導覽\n'
               '要闻\n'
               '要聞\n'
               '滚动\n'
               '滾動\n'
               '专题\n'
               '專題\n'
               '时政\n'
               '時政\n'
               '部落格\n'
               '相簿\n'
               '名片\n'
               '分类\n'
               '分類\n'
               '全站分类\n'
               '全站分類\n'
               '个人分类\n'
               '個人分類\n'
               '文章分类\n'
               '文章分類\n'
               '标签\n'
               '標籤\n'
               '人气\n'
               '人氣\n'
               '阅读数\n'
               '閱讀數\n'
               '浏览次数\n'
               '瀏覽次數\n'
               '上一页\n'
               '下一页\n'
               '上一頁\n'
               '下一頁\n'
               '返回\n'
               '隐私政策\n'
               '隱私權政策\n'
               '服务条款\n'
               '服務條款\n'
               '免责声明\n'
               '免責聲明\n'
               '客服中心\n'
               '举报中心\n'
               '用户反馈\n'
               '二维码\n'
               '二維碼\n'
               '无障碍\n'
               '無障礙\n'
               '一键登录\n'
               '找文章\n'
               '网站首页\n'
               '網站首頁\n'
               '手机版\n'
               '手機版\n'
               '电脑版\n'
               '電腦版\n'
               '繁體\n'
               '简体\n'
               '简体中文\n'
               '繁體中文\n'
               '游戏\n'
               '遊戲\n'
               '时尚\n'
               '時尚\n'
               '数码\n'
               '數碼\n'
               '证券\n'
               '證券\n'
               '动漫\n'
               '動漫\n'
               '读书\n'
               '讀書\n'
               '星座\n'
               '美食\n'
               '旅遊\n'
               '親子\n'
               '美妝\n'
               '運動\n'
               '電影\n'
               '电影\n'
               '音乐\n'
               '音樂\n'
               '生活\n'
               '国内新闻\n'
               '国际新闻\n'
               '台灣\n'
               '台湾\n'
               '港澳\n'
               '两岸\n'
               '兩岸\n'
               '大陆\n'
               '大陸\n'
               '全部频道\n'
               '全部頻道\n'
               '频道\n'
               '頻道\n'
               '热点\n'
               '熱點\n'
               '上一篇文章\n'
               '下一篇文章\n'
               '跳到主要內容\n'
               '跳至主要内容\n'
               '跳到主內容\n'
               '跳至主文\n'
               '跳到內容\n'
               '跳到内容\n'
               '跳过导航\n'
               '跳過導覽\n'
               '博客\n'
               '常见问题\n'
               '常見問題\n'
               '联系方式\n'
               '聯絡我們\n'
               '聯繫我們\n'
               '公司简介\n'
               '公司簡介\n'
               '招聘\n'
               '人才招聘\n'
               '加入我们\n'
               '加入我們\n'
               '新闻中心\n'
               '新聞中心\n'
               '公告\n'
               '最新公告\n'
               '客户服务\n'
               '客戶服務\n'
               '关于本站\n'
               '關於本站\n'
               '關於我們\n'
               '归档\n'
               '歸檔\n'
               '文章归档\n'
               '文章歸檔\n'
               '最新留言\n'
               '近期文章\n'
               '個人資料\n'
               '个人资料\n'
               '展开全文\n'
               '展開全文\n'
               '阅读全文\n'
               '閱讀全文\n'
               '查看全文\n'
               '点击查看\n'
               '點擊查看\n'
               '看更多\n'
               '点击进入专题\n'
               '进入专题\n'
               '举报\n'
               '舉報\n'
               '手机\n'
               '手機\n'
               '阅读\n'
               '閱讀\n'
               '转载\n'
               '轉載\n'
               '已关注\n'
               '加关注\n'
               '加關注\n'
               '博主\n'
               '博文\n'
               '写回答\n'
               '關注問題\n'
               '关注问题\n'
               '查看全部',
 'other': 'souhlasím\n'
          'přijmout vše\n'
          'přijmoutvše\n'
          'přijmout\n'
          'odmítnout\n'
          'odmítnout vše\n'
          'odmítnoutvše\n'
          'nastavení cookies\n'
          'nastavenícookies\n'
          'nastavení\n'
          'accepter\n'
          'accepter alle\n'
          'accepteralle\n'
          'tillad alle\n'
          'tilladalle\n'
          'afvis\n'
          'afvis alle\n'
          'afvisalle\n'
          'cookie-indstillinger\n'
          'indstillinger\n'
          'externer inhalt\n'
          'externerinhalt\n'
          'empfohlener redaktioneller inhalt\n'
          'empfohlenerredaktionellerinhalt\n'
          'was passiert mit meinen daten\n'
          'waspassiertmitmeinendaten\n'
          'alle akzeptieren\n'
          'alleakzeptieren\n'
          'alle ablehnen\n'
          'alleablehnen\n'
          'alle zulassen\n'
          'allezulassen\n'
          'akzeptieren\n'
          'ablehnen\n'
          'nur notwendige cookies\n'
          'nurnotwendigecookies\n'
          'nur notwendige\n'
          'nurnotwendige\n'
          'cookie-einstellungen\n'
          'datenschutzeinstellungen\n'
          'einstellungen verwalten\n'
          'einstellungenverwalten\n'
          'auswahl speichern\n'
          'auswahlspeichern\n'
          'zustimmen\n'
          'alle cookies akzeptieren\n'
          'allecookiesakzeptieren\n'
          'einverstanden\n'
          'zustimmen und weiter\n'
          'zustimmenundweiter\n'
          'akzeptieren und schliessen\n'
          'akzeptierenundschliessen\n'
          'external content\n'
          'externalcontent\n'
          'third-party content\n'
          'third-partycontent\n'
          'recommended editorial content\n'
          'recommendededitorialcontent\n'
          'accept all\n'
          'acceptall\n'
          'accept all cookies\n'
          'acceptallcookies\n'
          'reject all\n'
          'rejectall\n'
          'reject all cookies\n'
          'rejectallcookies\n'
          'decline all\n'
          'declineall\n'
          'manage preferences\n'
          'managepreferences\n'
          'manage cookies\n'
          'managecookies\n'
          'cookie settings\n'
          'cookiesettings\n'
          'cookie preferences\n'
          'cookiepreferences\n'
          'accept cookies\n'
          'acceptcookies\n'
          'allow all\n'
          'allowall\n'
          'allow all cookies\n'
          'allowallcookies\n'
          'i accept\n'
          'iaccept\n'
          'i agree\n'
          'iagree\n'
          'necessary cookies only\n'
          'necessarycookiesonly\n'
          'only necessary cookies\n'
          'onlynecessarycookies\n'
          'accept & close\n'
          'accept&close\n'
          'agree and close\n'
          'agreeandclose\n'
          'we value your privacy\n'
          'wevalueyourprivacy\n'
          'your privacy choices\n'
          'yourprivacychoices\n'
          'privacy preferences\n'
          'privacypreferences\n'
          'consent preferences\n'
          'consentpreferences\n'
          'manage consent\n'
          'manageconsent\n'
          'customise\n'
          'customize\n'
          'aceptar todo\n'
          'aceptartodo\n'
          'aceptar todas\n'
          'aceptartodas\n'
          'aceptar todas las cookies\n'
          'aceptartodaslascookies\n'
          'rechazar todo\n'
          'rechazartodo\n'
          'rechazar todas\n'
          'rechazartodas\n'
          'aceptar\n'
          'rechazar\n'
          'configurar cookies\n'
          'configurarcookies\n'
          'configuración de cookies\n'
          'configuracióndecookies\n'
          'gestionar cookies\n'
          'gestionarcookies\n'
          'acepto\n'
          'aceptar y cerrar\n'
          'aceptarycerrar\n'
          'personalizar\n'
          'hyväksy\n'
          'hyväksy kaikki\n'
          'hyväksykaikki\n'
          'hylkää\n'
          'hylkää kaikki\n'
          'hylkääkaikki\n'
          'evästeasetukset\n'
          'asetukset\n'
          'contenu externe\n'
          'contenuexterne\n'
          'tout accepter\n'
          'toutaccepter\n'
          'tout refuser\n'
          'toutrefuser\n'
          'refuser\n'
          'accepter et fermer\n'
          'accepteretfermer\n'
          'continuer sans accepter\n'
          'continuersansaccepter\n'
          'paramétrer les cookies\n'
          'paramétrerlescookies\n'
          'gérer les cookies\n'
          'gérerlescookies\n'
          'personnaliser\n'
          'j accepte\n'
          'jaccepte\n'
          'accepter tout\n'
          'acceptertout\n'
          'refuser tout\n'
          'refusertout\n'
          'paramètres des cookies\n'
          'paramètresdescookies\n'
          'elfogadom\n'
          'összes elfogadása\n'
          'összeselfogadása\n'
          'elfogad\n'
          'elutasítom\n'
          'összes elutasítása\n'
          'összeselutasítása\n'
          'sütibeállítások\n'
          'beállítások\n'
          'accetta tutti\n'
          'accettatutti\n'
          'accetta tutto\n'
          'accettatutto\n'
          'rifiuta tutti\n'
          'rifiutatutti\n'
          'rifiuta tutto\n'
          'rifiutatutto\n'
          'accetta\n'
          'rifiuta\n'
          'accetto\n'
          'gestisci i cookie\n'
          'gestisciicookie\n'
          'impostazioni cookie\n'
          'impostazionicookie\n'
          'personalizza\n'
          'accetta e chiudi\n'
          'accettaechiudi\n'
          'continua senza accettare\n'
          'continuasenzaaccettare\n'
          '앵커\n'
          '앵커 멘트\n'
          '앵커멘트\n'
          '리포트\n'
          '기자 리포트\n'
          '기자리포트\n'
          '녹취\n'
          '현장음\n'
          '리포트 앵커\n'
          '리포트앵커\n'
          'alles accepteren\n'
          'allesaccepteren\n'
          'alle cookies accepteren\n'
          'allecookiesaccepteren\n'
          'accepteren\n'
          'weigeren\n'
          'alles weigeren\n'
          'allesweigeren\n'
          'cookie-instellingen\n'
          'instellingen aanpassen\n'
          'instellingenaanpassen\n'
          'godta\n'
          'godta alle\n'
          'godtaalle\n'
          'aksepter\n'
          'aksepter alle\n'
          'aksepteralle\n'
          'avvis\n'
          'avvis alle\n'
          'avvisalle\n'
          'innstillinger for informasjonskapsler\n'
          'innstillingerforinformasjonskapsler\n'
          'akceptuję\n'
          'akceptuj\n'
          'akceptuj wszystkie\n'
          'akceptujwszystkie\n'
          'zaakceptuj wszystkie\n'
          'zaakceptujwszystkie\n'
          'odrzuć wszystkie\n'
          'odrzućwszystkie\n'
          'ustawienia cookies\n'
          'ustawieniacookies\n'
          'zgadzam się\n'
          'zgadzamsię\n'
          'aceitar todos\n'
          'aceitartodos\n'
          'aceitar tudo\n'
          'aceitartudo\n'
          'aceitar todos os cookies\n'
          'aceitartodososcookies\n'
          'rejeitar todos\n'
          'rejeitartodos\n'
          'rejeitar tudo\n'
          'rejeitartudo\n'
          'aceitar\n'
          'rejeitar\n'
          'recusar\n'
          'gerenciar cookies\n'
          'gerenciarcookies\n'
          'gerir cookies\n'
          'gerircookies\n'
          'concordo\n'
          'aceito\n'
          'accept\n'
          'accept toate\n'
          'accepttoate\n'
          'acceptă\n'
          'acceptă toate\n'
          'acceptătoate\n'
          'refuz\n'
          'respinge toate\n'
          'respingetoate\n'
          'setări cookie\n'
          'setăricookie\n'
          'setări\n'
          'принять\n'
          'принять все\n'
          'принятьвсе\n'
          'принимаю\n'
          'согласен\n'
          'отклонить\n'
          'настройки cookie\n'
          'настройкиcookie\n'
          'хорошо\n'
          'godkänn\n'
          'godkänn alla\n'
          'godkännalla\n'
          'acceptera\n'
          'acceptera alla\n'
          'accepteraalla\n'
          'neka\n'
          'avvisa alla\n'
          'avvisaalla\n'
          'cookie-inställningar\n'
          'inställningar'}
HEADINGS = {'ticker': 'markets\n'
           'market data\n'
           'marketdata\n'
           'stocks\n'
           'stock quotes\n'
           'stockquotes\n'
           'indices\n'
           'currencies\n'
           'crypto\n'
           'cryptocurrencies\n'
           'commodities\n'
           'market movers\n'
           'marketmovers\n'
           'top gainers\n'
           'topgainers\n'
           'top losers\n'
           'toplosers\n'
           'futures\n'
           'bonds\n'
           'market snapshot\n'
           'marketsnapshot\n'
           '실시간 암호화폐 시세\n'
           '실시간암호화폐시세\n'
           '암호화폐 시세\n'
           '암호화폐시세\n'
           '오늘의 상승종목\n'
           '오늘의상승종목\n'
           '오늘의 하락종목\n'
           '오늘의하락종목\n'
           '증시\n'
           '환율\n'
           '시세\n'
           '코스피\n'
           '코스닥\n'
           '실시간 시세\n'
           '실시간시세\n'
           '주요 지수\n'
           '주요지수\n'
           '국내 증시\n'
           '국내증시\n'
           '해외 증시\n'
           '해외증시',
 'comments': 'kommentare\n'
             'leserkommentare\n'
             'diskutieren sie mit\n'
             'diskutierensiemit\n'
             'ihre meinung\n'
             'ihremeinung\n'
             'diskussion\n'
             'comments\n'
             'reader comments\n'
             'readercomments\n'
             'join the conversation\n'
             'jointheconversation\n'
             'join the discussion\n'
             'jointhediscussion\n'
             'leave a reply\n'
             'leaveareply\n'
             'leave a comment\n'
             'leaveacomment\n'
             'discussion\n'
             'your comments\n'
             'yourcomments\n'
             'what do you think\n'
             'whatdoyouthink\n'
             'comentarios\n'
             'deja tu comentario\n'
             'dejatucomentario\n'
             'opiniones\n'
             'commentaires\n'
             'réactions\n'
             'vos réactions\n'
             'vosréactions\n'
             'réagissez\n'
             'コメント\n'
             '読者の声\n'
             '댓글\n'
             '독자 의견\n'
             '독자의견\n'
             '많이 본 댓글\n'
             '많이본댓글\n'
             'comentários\n'
             'deixe seu comentário\n'
             'deixeseucomentário\n'
             'deixe um comentário\n'
             'deixeumcomentário\n'
             'комментарии\n'
             'обсуждение\n'
             'ваше мнение\n'
             'вашемнение\n'
             'ความคิดเห็น\n'
             'แสดงความคิดเห็น\n'
             '评论\n'
             '網友評論\n'
             '网友评论\n'
             '热门评论\n'
             '最新评论\n'
             '留言',
 'related': 'اقرأ أيضا\n'
            'اقرأأيضا\n'
            'اقرأ أيضاً\n'
            'اقرأأيضاً\n'
            'اقرأ ايضا\n'
            'اقرأايضا\n'
            'اقرأ المزيد\n'
            'اقرأالمزيد\n'
            'مواضيع ذات صلة\n'
            'مواضيعذاتصلة\n'
            'أخبار ذات صلة\n'
            'أخبارذاتصلة\n'
            'مقالات ذات صلة\n'
            'مقالاتذاتصلة\n'
            'الأكثر قراءة\n'
            'الأكثرقراءة\n'
            'الأكثر مشاهدة\n'
            'الأكثرمشاهدة\n'
            'الأكثر تداولا\n'
            'الأكثرتداولا\n'
            'آخر الأخبار\n'
            'آخرالأخبار\n'
            'أحدث الأخبار\n'
            'أحدثالأخبار\n'
            'قد يعجبك أيضا\n'
            'قديعجبكأيضا\n'
            'المزيد من الأخبار\n'
            'المزيدمنالأخبار\n'
            'أخبار متعلقة\n'
            'أخبارمتعلقة\n'
            'شاهد أيضا\n'
            'شاهدأيضا\n'
            'تابع أيضا\n'
            'تابعأيضا\n'
            'další zprávy\n'
            'dalšízprávy\n'
            'více k tématu\n'
            'vícektématu\n'
            'další články\n'
            'dalšíčlánky\n'
            'mere om\n'
            'mereom\n'
            'flere nyheder\n'
            'flerenyheder\n'
            'flere artikler\n'
            'flereartikler\n'
            'mehr zum thema\n'
            'mehrzumthema\n'
            'das könnte sie auch interessieren\n'
            'daskönntesieauchinteressieren\n'
            'das könnte dich auch interessieren\n'
            'daskönntedichauchinteressieren\n'
            'meistgelesen\n'
            'meistgelesene artikel\n'
            'meistgeleseneartikel\n'
            'am meisten gelesen\n'
            'ammeistengelesen\n'
            'beliebt\n'
            'beliebte artikel\n'
            'beliebteartikel\n'
            'weitere artikel\n'
            'weitereartikel\n'
            'weitere nachrichten\n'
            'weiterenachrichten\n'
            'ähnliche artikel\n'
            'ähnlicheartikel\n'
            'verwandte artikel\n'
            'verwandteartikel\n'
            'verwandte themen\n'
            'verwandtethemen\n'
            'auch interessant\n'
            'auchinteressant\n'
            'lesen sie auch\n'
            'lesensieauch\n'
            'lies auch\n'
            'liesauch\n'
            'empfehlungen\n'
            'top-themen\n'
            'top themen\n'
            'topthemen\n'
            'neueste artikel\n'
            'neuesteartikel\n'
            'aktuelle nachrichten\n'
            'aktuellenachrichten\n'
            'zum thema\n'
            'zumthema\n'
            'mehr aus\n'
            'mehraus\n'
            'mehr dazu\n'
            'mehrdazu\n'
            'themen\n'
            'schlagzeilen\n'
            'top-artikel\n'
            'weitere beiträge\n'
            'weiterebeiträge\n'
            'ähnliche beiträge\n'
            'ähnlichebeiträge\n'
            'verwandte beiträge\n'
            'verwandtebeiträge\n'
            'neueste beiträge\n'
            'neuestebeiträge\n'
            'letzte beiträge\n'
            'letztebeiträge\n'
            'zum weiterlesen\n'
            'zumweiterlesen\n'
            'weitere informationen\n'
            'weitereinformationen\n'
            'mehr informationen\n'
            'mehrinformationen\n'
            'siehe auch\n'
            'sieheauch\n'
            'lesen sie auch die folgenden beiträge\n'
            'lesensieauchdiefolgendenbeiträge\n'
            'das thema könnte dich auch interessieren\n'
            'dasthemakönntedichauchinteressieren\n'
            'die meistgelesenen artikel\n'
            'diemeistgelesenenartikel\n'
            'weitere aktuelle themen\n'
            'weitereaktuellethemen\n'
            'quellenangaben\n'
            'quellen\n'
            'weiterführende links\n'
            'weiterführendelinks\n'
            'διαβάστε επίσησ\n'
            'διαβάστεεπίσησ\n'
            'διαβάστε ακόμη\n'
            'διαβάστεακόμη\n'
            'δείτε επίσησ\n'
            'δείτεεπίσησ\n'
            'σχετικά άρθρα\n'
            'σχετικάάρθρα\n'
            'σχετικέσ ειδήσεισ\n'
            'σχετικέσειδήσεισ\n'
            'ειδήσεισ σήμερα\n'
            'ειδήσεισσήμερα\n'
            'τελευταίεσ ειδήσεισ\n'
            'τελευταίεσειδήσεισ\n'
            'δημοφιλή\n'
            'τα πιο δημοφιλή\n'
            'ταπιοδημοφιλή\n'
            'περισσότερα\n'
            'ροή ειδήσεων\n'
            'ροήειδήσεων\n'
            'πρόσφατα άρθρα\n'
            'πρόσφαταάρθρα\n'
            'related\n'
            'related articles\n'
            'relatedarticles\n'
            'related stories\n'
            'relatedstories\n'
            'related news\n'
            'relatednews\n'
            'related posts\n'
            'relatedposts\n'
            'related content\n'
            'relatedcontent\n'
            'related coverage\n'
            'relatedcoverage\n'
            'related topics\n'
            'relatedtopics\n'
            'related reading\n'
            'relatedreading\n'
            'most read\n'
            'mostread\n'
            'most popular\n'
            'mostpopular\n'
            'most viewed\n'
            'mostviewed\n'
            'most shared\n'
            'mostshared\n'
            'most emailed\n'
            'mostemailed\n'
            'popular\n'
            'popular now\n'
            'popularnow\n'
            'trending\n'
            'trending now\n'
            'trendingnow\n'
            'trending stories\n'
            'trendingstories\n'
            'top stories\n'
            'topstories\n'
            'latest news\n'
            'latestnews\n'
            'latest\n'
            'latest stories\n'
            'lateststories\n'
            'more stories\n'
            'morestories\n'
            'more news\n'
            'morenews\n'
            'more from\n'
            'morefrom\n'
            'read more\n'
            'readmore\n'
            'read next\n'
            'readnext\n'
            'up next\n'
            'upnext\n'
            'what to read next\n'
            'whattoreadnext\n'
            'you may also like\n'
            'youmayalsolike\n'
            'you might also like\n'
            'youmightalsolike\n'
            'recommended\n'
            'recommended for you\n'
            'recommendedforyou\n'
            'recommended stories\n'
            'recommendedstories\n'
            'editor s picks\n'
            'editorspicks\n'
            'editors picks\n'
            'around the web\n'
            'aroundtheweb\n'
            'from around the web\n'
            'fromaroundtheweb\n'
            'more on this story\n'
            'moreonthisstory\n'
            'more on this\n'
            'moreonthis\n'
            'see also\n'
            'seealso\n'
            'also read\n'
            'alsoread\n'
            'don t miss\n'
            'dontmiss\n'
            'in case you missed it\n'
            'incaseyoumissedit\n'
            'more in\n'
            'morein\n'
            'further reading\n'
            'furtherreading\n'
            'in other news\n'
            'inothernews\n'
            'top news\n'
            'topnews\n'
            'must read\n'
            'mustread\n'
            'headlines\n'
            'news\n'
            'sponsored stories\n'
            'sponsoredstories\n'
            'promoted stories\n'
            'promotedstories\n'
            'more like this\n'
            'morelikethis\n'
            'keep reading\n'
            'keepreading\n'
            'elsewhere\n'
            'popular stories\n'
            'popularstories\n'
            'today s top stories\n'
            'todaystopstories\n'
            'more to explore\n'
            'moretoexplore\n'
            'most popular today\n'
            'mostpopulartoday\n'
            'most read today\n'
            'mostreadtoday\n'
            'noticias relacionadas\n'
            'noticiasrelacionadas\n'
            'artículos relacionados\n'
            'artículosrelacionados\n'
            'te puede interesar\n'
            'tepuedeinteresar\n'
            'te puede interesar también\n'
            'tepuedeinteresartambién\n'
            'también te puede interesar\n'
            'tambiéntepuedeinteresar\n'
            'lo más leído\n'
            'lomásleído\n'
            'lo más visto\n'
            'lomásvisto\n'
            'más leídas\n'
            'másleídas\n'
            'más leído\n'
            'másleído\n'
            'más noticias\n'
            'másnoticias\n'
            'últimas noticias\n'
            'últimasnoticias\n'
            'relacionado\n'
            'relacionadas\n'
            'te recomendamos\n'
            'terecomendamos\n'
            'recomendados\n'
            'lee también\n'
            'leetambién\n'
            'lea también\n'
            'leatambién\n'
            'puede interesarte\n'
            'puedeinteresarte\n'
            'más información\n'
            'másinformación\n'
            'en portada\n'
            'enportada\n'
            'destacados\n'
            'le puede interesar\n'
            'lepuedeinteresar\n'
            'te podría interesar\n'
            'tepodríainteresar\n'
            'quizás te interese\n'
            'quizásteinterese\n'
            'lo último\n'
            'loúltimo\n'
            'lisää aiheesta\n'
            'lisääaiheesta\n'
            'uusimmat\n'
            'lisää uutisia\n'
            'lisääuutisia\n'
            'à lire aussi\n'
            'àlireaussi\n'
            'a lire aussi\n'
            'alireaussi\n'
            'lire aussi\n'
            'lireaussi\n'
            'sur le même sujet\n'
            'surlemêmesujet\n'
            'articles similaires\n'
            'articlessimilaires\n'
            'articles liés\n'
            'articlesliés\n'
            'les plus lus\n'
            'lespluslus\n'
            'les plus partagés\n'
            'lespluspartagés\n'
            'les plus commentés\n'
            'lespluscommentés\n'
            'à voir aussi\n'
            'àvoiraussi\n'
            'voir aussi\n'
            'voiraussi\n'
            'dans la même rubrique\n'
            'danslamêmerubrique\n'
            'à la une\n'
            'àlaune\n'
            'dernières actualités\n'
            'dernièresactualités\n'
            'derniers articles\n'
            'derniersarticles\n'
            'populaires\n'
            'recommandé\n'
            'nos suggestions\n'
            'nossuggestions\n'
            'vous aimerez aussi\n'
            'vousaimerezaussi\n'
            'vous pourriez aussi aimer\n'
            'vouspourriezaussiaimer\n'
            'en ce moment\n'
            'encemoment\n'
            'l actu en continu\n'
            'lactuencontinu\n'
            'כתבות נוספות\n'
            'כתבותנוספות\n'
            'עוד כתבות\n'
            'עודכתבות\n'
            'כתבות קשורות\n'
            'כתבותקשורות\n'
            'עוד בנושא\n'
            'עודבנושא\n'
            'הכי נקראות\n'
            'הכינקראות\n'
            'הכי נצפות\n'
            'הכינצפות\n'
            'מבזקים\n'
            'חדשות אחרונות\n'
            'חדשותאחרונות\n'
            'אולי יעניין אותך\n'
            'אולייענייןאותך\n'
            'קראו גם\n'
            'קראוגם\n'
            'עוד באתר\n'
            'עודבאתר\n'
            'ये भी पढ़ें\n'
            'येभीपढ़ें\n'
            'यह भी पढ़ें\n'
            'यहभीपढ़ें\n'
            'इसे भी पढ़ें\n'
            'इसेभीपढ़ें\n'
            'इससे जुड़ी खबरें\n'
            'इससेजुड़ीखबरें\n'
            'संबंधित खबरें\n'
            'संबंधितखबरें\n'
            'संबंधित ख़बरें\n'
            'संबंधितख़बरें\n'
            'ताजा खबरें\n'
            'ताजाखबरें\n'
            'ताज़ा ख़बरें\n'
            'ताज़ाख़बरें\n'
            'लेटेस्ट न्यूज़\n'
            'लेटेस्टन्यूज़\n'
            'टॉप न्यूज़\n'
            'टॉपन्यूज़\n'
            'सबसे ज्यादा पढ़ी गई\n'
            'सबसेज्यादापढ़ीगई\n'
            'सबसे ज़्यादा पढ़ी गई खबरें\n'
            'सबसेज़्यादापढ़ीगईखबरें\n'
            'और पढ़ें\n'
            'औरपढ़ें\n'
            'अन्य खबरें\n'
            'अन्यखबरें\n'
            'ट्रेंडिंग\n'
            'további hírek\n'
            'továbbihírek\n'
            'még több\n'
            'mégtöbb\n'
            'ajánljuk\n'
            'baca juga\n'
            'bacajuga\n'
            'berita terkait\n'
            'beritaterkait\n'
            'artikel terkait\n'
            'artikelterkait\n'
            'terpopuler\n'
            'berita terkini\n'
            'beritaterkini\n'
            'berita lainnya\n'
            'beritalainnya\n'
            'pilihan untukmu\n'
            'pilihanuntukmu\n'
            'rekomendasi untuk anda\n'
            'rekomendasiuntukanda\n'
            'artikel lainnya\n'
            'artikellainnya\n'
            'populer\n'
            'terbaru\n'
            '記事ランキング\n'
            '関連記事\n'
            '関連ニュース\n'
            '関連リンク\n'
            'おすすめ記事\n'
            'おすすめ\n'
            '人気記事\n'
            'アクセスランキング\n'
            '最新記事\n'
            '最新ニュース\n'
            '注目記事\n'
            '合わせて読みたい\n'
            'あわせて読みたい\n'
            'こちらもおすすめ\n'
            'よく読まれている記事\n'
            '主要ニュース\n'
            'トップニュース\n'
            '新着記事\n'
            'この記事を読んだ人はこんな記事も読んでいます\n'
            '関連情報\n'
            'この記事をまとめて読む\n'
            '関連トピック\n'
            '注目ニュース\n'
            '注目のニュース\n'
            'おすすめニュース\n'
            '人気ランキング\n'
            'ニュースランキング\n'
            '総合ランキング\n'
            'この記事の関連ニュース\n'
            '関連キーワード\n'
            '最新のニュース\n'
            'こちらの記事もおすすめ\n'
            '編集部のおすすめ\n'
            '写真ニュース\n'
            'フォトニュース\n'
            '人気のニュース\n'
            '新着ニュース\n'
            '話題のニュース\n'
            'ニュース一覧\n'
            '記事一覧\n'
            '関連する記事\n'
            'あなたにおすすめ\n'
            'おすすめの記事\n'
            'いま読まれている記事\n'
            '読まれている記事\n'
            'この記事を読んだ人におすすめ\n'
            '次の記事\n'
            '前の記事\n'
            'pr記事\n'
            '주요 뉴스\n'
            '주요뉴스\n'
            '관련 뉴스\n'
            '관련뉴스\n'
            '관련 기사\n'
            '관련기사\n'
            '많이 본 뉴스\n'
            '많이본뉴스\n'
            '많이 본 기사\n'
            '많이본기사\n'
            '많이본 기사\n'
            '인기 기사\n'
            '인기기사\n'
            '인기 뉴스\n'
            '인기뉴스\n'
            '최신 뉴스\n'
            '최신뉴스\n'
            '최신기사\n'
            '추천 기사\n'
            '추천기사\n'
            '이 시각 주요뉴스\n'
            '이시각주요뉴스\n'
            '헤드라인\n'
            '오늘의 주요뉴스\n'
            '오늘의주요뉴스\n'
            '함께 볼만한 뉴스\n'
            '함께볼만한뉴스\n'
            '에디터 추천\n'
            '에디터추천\n'
            '이 기사와 함께 많이 본 뉴스\n'
            '이기사와함께많이본뉴스\n'
            '실시간 인기기사\n'
            '실시간인기기사\n'
            '랭킹뉴스\n'
            '랭킹 뉴스\n'
            '포토 뉴스\n'
            '포토뉴스\n'
            '섹션별 주요뉴스\n'
            '섹션별주요뉴스\n'
            '기자의 다른기사\n'
            '기자의다른기사\n'
            '기자의 다른 기사\n'
            '이 기자의 다른 기사\n'
            '이기자의다른기사\n'
            '핫이슈\n'
            'hot 뉴스\n'
            'hot뉴스\n'
            '오늘의 핫이슈\n'
            '오늘의핫이슈\n'
            '많이 본\n'
            '많이본\n'
            '화제의 뉴스\n'
            '화제의뉴스\n'
            '방금 들어온 뉴스\n'
            '방금들어온뉴스\n'
            '최신 기사\n'
            '관련 기사 더보기\n'
            '관련기사더보기\n'
            '관련기사 더보기\n'
            '이 시각 많이 본 뉴스\n'
            '이시각많이본뉴스\n'
            '실시간 뉴스\n'
            '실시간뉴스\n'
            '오늘의 뉴스\n'
            '오늘의뉴스\n'
            '추천 뉴스\n'
            '추천뉴스\n'
            '주요기사\n'
            '주요 기사\n'
            '인기 포토\n'
            '인기포토\n'
            '포토 갤러리\n'
            '포토갤러리\n'
            '영상 뉴스\n'
            '영상뉴스\n'
            '뉴스 랭킹\n'
            '뉴스랭킹\n'
            '가장 많이 본 뉴스\n'
            '가장많이본뉴스\n'
            '독자들이 많이 본 기사\n'
            '독자들이많이본기사\n'
            '함께 보면 좋은 기사\n'
            '함께보면좋은기사\n'
            '함께 보면 좋은 뉴스\n'
            '함께보면좋은뉴스\n'
            '함께 읽으면 좋은 기사\n'
            '함께읽으면좋은기사\n'
            '연관 기사\n'
            '연관기사\n'
            '지금 뜨는 뉴스\n'
            '지금뜨는뉴스\n'
            '에디터 픽\n'
            '에디터픽\n'
            '댓글 많은 기사\n'
            '댓글많은기사\n'
            '공감 많은 기사\n'
            '공감많은기사\n'
            '섹션 주요뉴스\n'
            '섹션주요뉴스\n'
            '많이 읽은 기사\n'
            '많이읽은기사\n'
            '많이 읽은 뉴스\n'
            '많이읽은뉴스\n'
            '가장 많이 읽은 기사\n'
            '가장많이읽은기사\n'
            '실시간 랭킹\n'
            '실시간랭킹\n'
            '실시간 급상승\n'
            '실시간급상승\n'
            '오늘의 인기기사\n'
            '오늘의인기기사\n'
            '당신이 좋아할 만한 기사\n'
            '당신이좋아할만한기사\n'
            '추천 영상\n'
            '추천영상\n'
            '관련 영상\n'
            '관련영상\n'
            '최신 영상\n'
            '최신영상\n'
            '놓치면 안 될 뉴스\n'
            '놓치면안될뉴스\n'
            '다른 기사 보기\n'
            '다른기사보기\n'
            '이 기자의 최신기사\n'
            '이기자의최신기사\n'
            '기자의 최신기사\n'
            '기자의최신기사\n'
            '이슈 키워드\n'
            '이슈키워드\n'
            '많이 본 뉴스 더보기\n'
            '많이본뉴스더보기\n'
            '핫뉴스\n'
            '핫 뉴스\n'
            '이 시각 헤드라인\n'
            '이시각헤드라인\n'
            '트렌드뉴스\n'
            '트렌드 뉴스\n'
            '이 시각 핫뉴스\n'
            '이시각핫뉴스\n'
            'mer om\n'
            'merom\n'
            'flere nyheter\n'
            'flerenyheter\n'
            'czytaj też\n'
            'czytajteż\n'
            'czytaj również\n'
            'czytajrównież\n'
            'przeczytaj też\n'
            'przeczytajteż\n'
            'dowiedz się więcej\n'
            'dowiedzsięwięcej\n'
            'więcej informacji\n'
            'więcejinformacji\n'
            'notícias relacionadas\n'
            'notíciasrelacionadas\n'
            'matérias relacionadas\n'
            'matériasrelacionadas\n'
            'leia também\n'
            'leiatambém\n'
            'leia mais\n'
            'leiamais\n'
            'veja também\n'
            'vejatambém\n'
            'mais lidas\n'
            'maislidas\n'
            'mais lidos\n'
            'maislidos\n'
            'mais vistos\n'
            'maisvistos\n'
            'mais notícias\n'
            'maisnotícias\n'
            'últimas notícias\n'
            'últimasnotícias\n'
            'você pode gostar\n'
            'vocêpodegostar\n'
            'destaques\n'
            'saiba mais\n'
            'saibamais\n'
            'conteúdo relacionado\n'
            'conteúdorelacionado\n'
            'artigos relacionados\n'
            'artigosrelacionados\n'
            'mai multe știri\n'
            'maimulteștiri\n'
            'articole recomandate\n'
            'articolerecomandate\n'
            'читайте также\n'
            'читайтетакже\n'
            'читать также\n'
            'читатьтакже\n'
            'по теме\n'
            'потеме\n'
            'похожие статьи\n'
            'похожиестатьи\n'
            'похожие новости\n'
            'похожиеновости\n'
            'связанные статьи\n'
            'связанныестатьи\n'
            'самое читаемое\n'
            'самоечитаемое\n'
            'самое популярное\n'
            'самоепопулярное\n'
            'популярное\n'
            'последние новости\n'
            'последниеновости\n'
            'новости по теме\n'
            'новостипотеме\n'
            'другие новости\n'
            'другиеновости\n'
            'лента новостей\n'
            'лентановостей\n'
            'главное\n'
            'рекомендуем\n'
            'вам может быть интересно\n'
            'вамможетбытьинтересно\n'
            'выбор редакции\n'
            'выборредакции\n'
            'смотрите также\n'
            'смотритетакже\n'
            'fler nyheter\n'
            'flernyheter\n'
            'fler artiklar\n'
            'flerartiklar\n'
            'เรื่องที่เกี่ยวข้อง\n'
            'ข่าวที่เกี่ยวข้อง\n'
            'บทความที่เกี่ยวข้อง\n'
            'ข่าวล่าสุด\n'
            'ข่าวยอดนิยม\n'
            'ยอดนิยม\n'
            'อ่านเพิ่มเติม\n'
            'ข่าวแนะนำ\n'
            'บทความแนะนำ\n'
            'ข่าวรอบวัน\n'
            'ข่าวเด่น\n'
            'เรื่องเด่น\n'
            'อ่านข่าวต่อ\n'
            'ข่าวอื่นๆ\n'
            'บทความล่าสุด\n'
            'ilginizi çekebilir\n'
            'ilginiziçekebilir\n'
            'ilgili haberler\n'
            'ilgilihaberler\n'
            'benzer haberler\n'
            'benzerhaberler\n'
            'diğer haberler\n'
            'diğerhaberler\n'
            'son dakika\n'
            'sondakika\n'
            'en çok okunanlar\n'
            'ençokokunanlar\n'
            'çok okunanlar\n'
            'çokokunanlar\n'
            'öne çıkanlar\n'
            'öneçıkanlar\n'
            'gündemdeki haberler\n'
            'gündemdekihaberler\n'
            'bunlar da ilginizi çekebilir\n'
            'bunlardailginiziçekebilir\n'
            'sıradaki haber\n'
            'sıradakihaber\n'
            'tin liên quan\n'
            'tinliênquan\n'
            'xem nhiều nhất\n'
            'xemnhiềunhất\n'
            'đọc nhiều nhất\n'
            'đọcnhiềunhất\n'
            'tin mới nhất\n'
            'tinmớinhất\n'
            'tin cùng chuyên mục\n'
            'tincùngchuyênmục\n'
            'tin khác\n'
            'tinkhác\n'
            'có thể bạn quan tâm\n'
            'cóthểbạnquantâm\n'
            'bài viết liên quan\n'
            'bàiviếtliênquan\n'
            'tin nổi bật\n'
            'tinnổibật\n'
            'đọc thêm\n'
            'đọcthêm\n'
            'xem thêm\n'
            'xemthêm\n'
            '相关新闻\n'
            '相關新聞\n'
            '相关阅读\n'
            '相關閱讀\n'
            '相关文章\n'
            '相關文章\n'
            '相关推荐\n'
            '推荐阅读\n'
            '推薦閱讀\n'
            '热门文章\n'
            '熱門文章\n'
            '热点新闻\n'
            '热门推荐\n'
            '热门新闻\n'
            '最新文章\n'
            '最新新聞\n'
            '最新新闻\n'
            '延伸阅读\n'
            '延伸閱讀\n'
            '猜你喜欢\n'
            '更多新闻\n'
            '精彩推荐\n'
            '排行榜\n'
            '阅读排行\n'
            '点击排行\n'
            '今日推荐\n'
            '热门排行\n'
            '编辑推荐\n'
            '您可能会有兴趣的文章\n'
            '您可能會有興趣的文章\n'
            '你可能也喜欢\n'
            '你可能也喜歡\n'
            '相关链接\n'
            '相關連結\n'
            '精彩视频推荐\n'
            '精彩視頻推薦\n'
            '视频推荐\n'
            '視頻推薦\n'
            '热点推荐\n'
            '熱點推薦\n'
            '热门阅读\n'
            '熱門閱讀\n'
            '今日热点\n'
            '今日熱點\n'
            '图片新闻\n'
            '圖片新聞\n'
            '更多精彩\n'
            '推荐文章\n'
            '推薦文章\n'
            '熱門推薦\n'
            '最新消息\n'
            '即时新闻\n'
            '即時新聞\n'
            '热评文章\n'
            '熱評文章\n'
            '小时热点\n'
            '点击排行榜\n'
            '阅读排行榜\n'
            '本周热门\n'
            '本週熱門\n'
            '相关专题\n'
            '相關專題\n'
            '热门标签\n'
            '熱門標籤\n'
            '相关标签\n'
            '相關標籤',
 'navigation': 'témata\n'
               'štítky\n'
               'čtěte také\n'
               'čtětetaké\n'
               'nejčtenější\n'
               'související články\n'
               'souvisejícíčlánky\n'
               'emner\n'
               'læs også\n'
               'læsogså\n'
               'mest læste\n'
               'mestlæste\n'
               'relaterede artikler\n'
               'relateredeartikler\n'
               'schlagwörter\n'
               'schlagworte\n'
               'tags\n'
               'mehr zu\n'
               'mehrzu\n'
               'kategorien\n'
               'weitere themen\n'
               'weiterethemen\n'
               'tagged\n'
               'tagged with\n'
               'taggedwith\n'
               'topics\n'
               'filed under\n'
               'filedunder\n'
               'categories\n'
               'more on this topic\n'
               'moreonthistopic\n'
               'etiquetas\n'
               'temas\n'
               'categorías\n'
               'temas relacionados\n'
               'temasrelacionados\n'
               'archivado en\n'
               'archivadoen\n'
               'aiheet\n'
               'lue myös\n'
               'luemyös\n'
               'luetuimmat\n'
               'luetuimmat uutiset\n'
               'luetuimmatuutiset\n'
               'aiheeseen liittyvät\n'
               'aiheeseenliittyvät\n'
               'mots-clés\n'
               'mots clés\n'
               'motsclés\n'
               'thèmes\n'
               'catégories\n'
               'címkék\n'
               'témák\n'
               'legolvasottabb\n'
               'kapcsolódó cikkek\n'
               'kapcsolódócikkek\n'
               'ezt olvasta már\n'
               'eztolvastamár\n'
               'tag\n'
               'argomenti\n'
               'leggi anche\n'
               'leggianche\n'
               'potrebbe interessarti\n'
               'potrebbeinteressarti\n'
               'i più letti\n'
               'ipiùletti\n'
               'articoli correlati\n'
               'articolicorrelati\n'
               'onderwerpen\n'
               'lees ook\n'
               'leesook\n'
               'meest gelezen\n'
               'meestgelezen\n'
               'gerelateerde artikelen\n'
               'gerelateerdeartikelen\n'
               'les også\n'
               'lesogså\n'
               'mest lest\n'
               'mestlest\n'
               'relaterte artikler\n'
               'relaterteartikler\n'
               'tagi\n'
               'tematy\n'
               'czytaj także\n'
               'czytajtakże\n'
               'zobacz też\n'
               'zobaczteż\n'
               'zobacz także\n'
               'zobacztakże\n'
               'najczęściej czytane\n'
               'najczęściejczytane\n'
               'powiązane artykuły\n'
               'powiązaneartykuły\n'
               'assuntos\n'
               'categorias\n'
               'etichete\n'
               'subiecte\n'
               'citește și\n'
               'citeșteși\n'
               'cele mai citite\n'
               'celemaicitite\n'
               'articole similare\n'
               'articolesimilare\n'
               'теги\n'
               'метки\n'
               'темы\n'
               'рубрики\n'
               'taggar\n'
               'ämnen\n'
               'läs också\n'
               'läsockså\n'
               'läs även\n'
               'läsäven\n'
               'mest läst\n'
               'mestläst\n'
               'relaterade artiklar\n'
               'relateradeartiklar\n'
               'etiketler\n'
               'konular\n'
               'haberle ilgili daha fazlası\n'
               'haberleilgilidahafazlası',
 'other': 'ai 요약\nai요약\n줄 요약\n줄요약\n세 줄 요약\n세줄요약\n핵심 요약\n핵심요약\n요약 정리\n요약정리'}

# Lexicon.patterns: (regex source, flags, chrome kind), in matching order.
PATTERNS = (('^\\s*(was this (article|story) helpful|did you (like|enjoy) this (article|story))', 2, 'reactions'),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 'reactions'),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 'share'),
 ('^\\s*(.{0,40}\\s)?als pdf( herunterladen| downloaden)?\\s*$', 2, 'share'),
 ('^\\s*share (this|on|via)\\b', 2, 'share'),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$',
  2, 'share'),
 ('^\\s*comparte (este|esta) (artículo|nota|noticia)\\b', 2, 'share'),
 ('^\\s*jaa\\s+(artikkeli\\s+)?\\S+(ssa|ssä|lla|llä)\\s*\\d*\\s*$', 2, 'share'),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 'share'),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 'share'),
 ('^\\s*compartilhe (este|esta) (artigo|notícia|matéria)\\b', 2, 'share'), ('^\\s*分享到[:：]', 2, 'share'),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 'share'),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 'share'),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 'share'),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang '
  'seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%',
  2, 'ticker'),
 ('장\\s*종료', 2, 'ticker'), ('장\\s*마감', 2, 'ticker'), ('변동률\\s*기준', 2, 'ticker'), ('상승종목|하락종목', 2, 'ticker'),
 ('^\\s*تابع(ونا|وا)?\\s+.{0,40}(على|عبر)\\s+(تطبيق|قناة|واتساب|تيليجرام|جوجل|google)', 2, 'subscription'),
 ('اشترك\\s+في\\s+النشرة', 2, 'subscription'),
 ('(abonnieren|bestellen) sie (jetzt )?(kostenlos )?(den|die|unseren|unsere) .{0,40}newsletter', 2,
  'subscription'),
 ('bleiben sie .{0,40}auf dem laufenden', 2, 'subscription'),
 ('^\\s*(jetzt )?(buch|ausgabe|heft|magazin|e-paper) (bestellen|kaufen)\\s*$', 2, 'subscription'),
 ('erhalten sie exklusive (angebote|inhalte|vorteile)', 2, 'subscription'),
 ('^\\s*um neue beiträge per e-?mail zu erhalten', 2, 'subscription'),
 ('in (deinen|ihren) posteingang (liefern|schicken|senden|bekommen)', 2, 'subscription'),
 ('^\\s*erhalte .{0,40}in deinen posteingang', 2, 'subscription'),
 ('^\\s*wir informieren sie regelmäßig\\b', 2, 'subscription'),
 ('^\\s*(jetzt|hier) kostenlos (anmelden|registrieren)', 2, 'subscription'),
 ('unterstützen sie (diese form des|unabhängigen|unseren|guten|kritischen) journalismus', 2, 'subscription'),
 ('^\\s*(jede|ihre|deine) (kleine )?spende (hilft|zählt)', 2, 'subscription'),
 ('^\\s*ihr beitrag hilft\\b', 2, 'subscription'),
 ('^\\s*unterstütze\\s+\\S+( bereits)? mit\\s+\\d', 2, 'subscription'),
 ('^\\s*sie lesen gern\\s', 2, 'subscription'), ('^\\s*gefällt (dir|ihnen) unser\\s', 2, 'subscription'),
 ('^\\s*(lust auf mehr|sie wollen mehr von uns)\\s*\\?', 2, 'subscription'),
 ('willige ich .{0,80}\\bein,? (den|einen) .{0,40}newsletter', 2, 'subscription'),
 ('^\\s*(jetzt neu!\\s*)?besuchen sie unseren [\\w-]*shop', 2, 'subscription'),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 'subscription'),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 'subscription'),
 ('\\bplus\\b.{0,20}artikel', 2, 'subscription'),
 ('^\\s*(jetzt |hier )?(kostenlos |gratis )?(registrieren|anmelden)( und weiterlesen)?\\s*!?$', 2,
  'subscription'),
 ('^\\s*wählen sie ihren zugang', 2, 'subscription'), ('^\\s*bitte registrieren sie sich', 2, 'subscription'),
 ('weiterlesen mit\\b.{0,30}\\b(plus|abo)', 2, 'subscription'),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 'subscription'),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 'subscription'),
 ('\\benter your email( address)? (below |here )?to (receive|get|subscribe)', 2, 'subscription'),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 'subscription'),
 ('^\\s*get the latest .{0,40}straight to your (phone|inbox)', 2, 'subscription'),
 ('\\bby email and never miss\\b', 2, 'subscription'),
 ('\\bwe rely on (your|the) support\\b', 2, 'subscription'),
 ('^\\s*by (signing up|subscribing),? you agree', 2, 'subscription'),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 'subscription'),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 'subscription'),
 ('(sign up|subscribe).{0,60}newsletter', 2, 'subscription'),
 ('^\\s*already (a subscriber|have an account)', 2, 'subscription'),
 ('^\\s*(support|subscribe to) (independent|quality|our) journalism', 2, 'subscription'),
 ('^\\s*this (article|story|content) is (for|available to) subscribers', 2, 'subscription'),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 'subscription'),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 'subscription'),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 'subscription'),
 ("^\\s*if you('re| are) (seeing this message|already a subscriber)", 2, 'subscription'),
 ('^\\s*(instant|immediate) (online )?access to', 2, 'subscription'),
 ('^\\s*never miss (the latest|a story)', 2, 'subscription'),
 ('for the latest (stories|news).{0,40}download', 2, 'subscription'),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 'subscription'),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 'subscription'),
 ('^\\s*recibe .{0,60}en tu (correo|bandeja de entrada|email)', 2, 'subscription'),
 ('^\\s*suscríbete (a|al) (nuestro|nuestra) (boletín|newsletter)', 2, 'subscription'),
 ('\\bapoya (el|nuestro) periodismo\\b', 2, 'subscription'),
 ('(suscríbete|regístrate).{0,60}(boletín|newsletter)', 2, 'subscription'),
 ('contenido exclusivo para suscriptores', 2, 'subscription'), ('^\\s*s[ií]guenos en\\b', 2, 'subscription'),
 ('canal de (telegram|whatsapp|youtube)', 2, 'subscription'), ('cancela cuando quieras', 2, 'subscription'),
 ('^\\s*sigue toda la información de .{0,60}(facebook|twitter|x|newsletter|boletín)', 2, 'subscription'),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 'subscription'),
 ("^\\s*inscrivez-vous (à|a) (notre|la) (newsletter|lettre d'information)", 2, 'subscription'),
 ('\\bsoutenez (notre|le) journalisme\\b', 2, 'subscription'),
 ('(abonnez-vous|inscrivez-vous).{0,60}newsletter', 2, 'subscription'),
 ('article réservé aux abonnés', 2, 'subscription'), ('réservé aux abonnés', 2, 'subscription'),
 ('(गूगल|google)\\s*(न्यूज़|न्यूज|news)\\s*(पर|में)\\s*(फॉलो|फ़ॉलो)', 2, 'subscription'),
 ('व्हाट्सएप\\s*चैनल', 2, 'subscription'),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 'subscription'),
 ('whatsapp\\s+channel', 2, 'subscription'),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 'subscription'),
 ('dapatkan\\s+(update|informasi).{0,40}(berita|notifikasi)', 2, 'subscription'),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 'subscription'),
 ('^\\s*iscriviti alla (nostra )?newsletter', 2, 'subscription'),
 ('^\\s*ricevi .{0,60}nella tua (casella|email|posta)', 2, 'subscription'),
 ('\\bsostieni (il )?(nostro )?giornalismo\\b', 2, 'subscription'),
 ('(メールマガジン|メルマガ|ニュースレター)(の|を)?(登録|購読|配信)', 2, 'subscription'), ('(有料|会員)(会員)?(限定|登録)', 2, 'subscription'),
 ('続きを読むには', 2, 'subscription'), ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 'subscription'),
 ('残り\\s*\\d+\\s*文字', 2, 'subscription'), ('ログインして(続き|全文)を読む', 2, 'subscription'),
 ('구독\\s*하(세요|기)', 2, 'subscription'), ('뉴스레터.{0,20}(신청|구독)', 2, 'subscription'),
 ('채널.{0,10}(추가|구독)', 2, 'subscription'), ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 'subscription'),
 ('^\\s*zapraszamy (też |również )?do (subskrypcji|prenumeraty)', 2, 'subscription'),
 ('^\\s*receba .{0,60}(no seu e-?mail|na sua caixa de (entrada|correio))', 2, 'subscription'),
 ('\\bapoie o (nosso )?jornalismo\\b', 2, 'subscription'),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 'subscription'),
 ('exclusivo para assinantes', 2, 'subscription'), ('подпишитесь на (нашу )?рассылку', 2, 'subscription'),
 ('поддержите (нашу )?(редакцию|журналистику)', 2, 'subscription'),
 ('подписывайтесь на (наш|нас)', 2, 'subscription'),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 'subscription'),
 ('google\\s+news.{0,20}(abone|takip)', 2, 'subscription'), ('whatsapp\\s+kanal', 2, 'subscription'),
 ('(订阅|訂閱)(我们的|我們的)?(邮件|郵件|新闻通讯|新聞通訊)', 2, 'subscription'),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 'subscription'), ('下载.{0,6}(客户端|app)', 2, 'subscription'),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 'subscription'),
 ('(訂閱|订阅)(電子報|电子报)', 2, 'subscription'), ('^\\s*加入好友\\s*$', 2, 'subscription'),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 'subscription'),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 'subscription'),
 ('\\bdie kommentarfunktion (wird|ist)\\b', 2, 'comments'),
 ('\\bkommentare werden (moderiert|geprüft|vor der veröffentlichung)', 2, 'comments'),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 'comments'),
 ('(deine|ihre) e-mail-adresse wird nicht veröffentlicht', 2, 'comments'),
 ('erforderliche felder sind mit \\* markiert', 2, 'comments'),
 ('diese website verwendet akismet', 2, 'comments'), ('^\\s*kommentieren sie hier', 2, 'comments'),
 ('verraten sie (uns )?(gerne )?in den kommentaren', 2, 'comments'),
 ('^\\s*(\\d+|ein|eine)\\s+(gedanken?|antworten|antwort|kommentare?|reaktionen)\\s+(zu|on|auf)\\s+\\S', 2,
  'comments'),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(schreibt)\\s*:\\s*(\\d.{0,30})?$', 2, 'comments'),
 ('meinen namen, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem browser', 2, 'comments'),
 ('^\\s*comment by\\b', 2, 'comments'),
 ('\\bcomments are (moderated|reviewed|pre-moderated)\\b', 2, 'comments'),
 ('^\\s*(we ask that|please keep) (your )?comments (are |be )?(civil|respectful|on topic)', 2, 'comments'),
 ('\\bcomments may be (republished|edited|removed|deleted)\\b', 2, 'comments'),
 ('\\b(is|are) not responsible for the (opinions|views|comments)\\b', 2, 'comments'),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 'comments'), ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 'comments'),
 ('^\\s*(you must be logged in|log in) to (post|comment)', 2, 'comments'),
 ('your email address will not be published', 2, 'comments'),
 ('required fields are marked \\*', 2, 'comments'), ('this site uses akismet', 2, 'comments'),
 ('^\\s*submit your letter to the editor', 2, 'comments'),
 ('^\\s*we want to hear what you think', 2, 'comments'), ('^\\s*view the discussion thread', 2, 'comments'),
 ('^\\s*if you enjoyed (reading )?this (post|article)', 2, 'comments'),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 'comments'),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 'comments'),
 ('save my name, email,? and website in this browser', 2, 'comments'),
 ('enable javascript to view the comments', 2, 'comments'), ('comments powered by disqus', 2, 'comments'),
 ('\\blos comentarios (son|serán) moderados', 2, 'comments'),
 ('\\bno se (hace|responsabiliza) (responsable )?de (las opiniones|los comentarios)', 2, 'comments'),
 ('tu dirección de correo electrónico no será publicada', 2, 'comments'),
 ('los campos obligatorios están marcados', 2, 'comments'),
 ('^\\s*(\\d+|una?)\\s+(respuestas?|comentarios?|pensamientos?)\\s+(a|en|sobre|para)\\s+\\S', 2, 'comments'),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 'comments'),
 ('guarda mi nombre, correo electrónico y (sitio )?web en este navegador', 2, 'comments'),
 ('\\bles commentaires (sont|seront) (modérés|soumis à modération)', 2, 'comments'),
 ("\\bn'est pas responsable des (commentaires|opinions|propos)", 2, 'comments'),
 ('votre adresse (e-mail|de messagerie|email) ne sera pas publiée', 2, 'comments'),
 ('les champs obligatoires sont indiqués', 2, 'comments'),
 ('^\\s*(\\d+|une?)\\s+(réponses?|commentaires?|réflexions?)\\s+(à|au|sur|pour)\\s+\\S', 2, 'comments'),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 'comments'),
 ('enregistrer mon nom, mon (e-mail|courriel|adresse e-mail) et mon site', 2, 'comments'),
 ('^\\s*הצג\\s+את\\s+כל\\s+התגובות\\s*(\\(\\s*\\d+\\s*\\))?\\s*$', 2, 'comments'),
 ('\\bi commenti (sono|vengono) moderati', 2, 'comments'),
 ('il tuo indirizzo email non sarà pubblicato', 2, 'comments'),
 ('i campi obbligatori sono contrassegnati', 2, 'comments'),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 'comments'),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(scrive)\\s*:\\s*(\\d.{0,30})?$', 2, 'comments'),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 'comments'), ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 'comments'),
 ('コメントは個人の見解', 2, 'comments'), ('コメント(を)?(投稿|書き込)(する|むには)', 2, 'comments'),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 'comments'), ('^댓글\\s*\\d+\\s*$', 2, 'comments'),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 'comments'),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 'comments'),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(pisze|napisał|napisała)\\s*:\\s*(\\d.{0,30})?$', 2, 'comments'),
 ('\\bos comentários (são|serão) moderados', 2, 'comments'),
 ('\\bnão se responsabiliza (pelos comentários|pelas opiniões)', 2, 'comments'),
 ('o seu endereço de (e-mail|email) não será publicado', 2, 'comments'),
 ('seu endereço de (e-mail|email) não será publicado', 2, 'comments'),
 ('campos obrigatórios são marcados', 2, 'comments'),
 ('^\\s*(\\d+|uma?)\\s+(respostas?|comentários?|pensamentos?)\\s+(para|a|em|sobre)\\s+\\S', 2, 'comments'),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 'comments'),
 ('salvar meus dados neste navegador', 2, 'comments'),
 ('salvar meu nome, email e site neste navegador', 2, 'comments'),
 ('комментарии (проходят (пред)?модерацию|модерируются)', 2, 'comments'),
 ('редакция не несет ответственности за (комментарии|мнения)', 2, 'comments'),
 ('^\\s*(ý kiến|bình luận)\\s*\\(\\s*\\d+\\s*\\)\\s*$', 2, 'comments'),
 ('(评论|評論|留言)(需|须|須)?(经|經)?(审核|審核)', 2, 'comments'),
 ('handelt es sich um (sogenannte )?affiliate[- ]links', 2, 'advertisement'),
 ('^\\s*anzeige\\b', 2, 'advertisement'), ('^\\s*werbung\\b', 2, 'advertisement'),
 ('^\\s*\\*?werbung\\s*[.:]', 2, 'advertisement'),
 ('^\\s*(dieser (beitrag|artikel) enthält|enthält) (werbung|affiliate)', 2, 'advertisement'),
 ('^\\s*für links auf dieser seite erhält', 2, 'advertisement'),
 ('^\\s*bei den verlinkungen handelt es sich um', 2, 'advertisement'),
 ('\\bamazon product advertising api\\b', 2, 'advertisement'),
 ('^\\s*(story|article) continues below', 2, 'advertisement'), ('^\\s*advertisement\\b', 2, 'advertisement'),
 ('^\\s*sponsored\\b', 2, 'advertisement'), ('^\\s*advertising disclosure', 2, 'advertisement'),
 ('^\\s*this (post|article|page) (contains|may contain) (references to products|affiliate links)', 2,
  'advertisement'),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 'advertisement'),
 ('participates in the amazon (services llc )?associates? program', 2, 'advertisement'),
 ('earns? (revenue|commissions?) from qualifying purchases', 2, 'advertisement'),
 ('^\\s*(anúnciese|publicite)\\b', 2, 'advertisement'), ('^\\s*\\[?광고\\]?\\s*$', 2, 'advertisement'),
 ('기사\\s*제보', 2, 'advertisement'), ('제보\\s*(전화|메일|하기)', 2, 'advertisement'),
 ('^\\s*제보는\\s', 2, 'advertisement'), ('제보를\\s*기다립니다', 2, 'advertisement'),
 ('^\\s*anuncie\\b', 2, 'advertisement'), ('^\\s*ลงโฆษณากับ\\S{0,30}\\s*$', 2, 'advertisement'),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 'copyright'), ('حقوق\\s+النشر\\s+محفوظة', 2, 'copyright'),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 'copyright'), ('(©|ⓒ)\\s*\\d{4}', 2, 'copyright'),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 'copyright'), ('všechna práva vyhrazena', 2, 'copyright'),
 ('veškerá práva vyhrazena', 2, 'copyright'), ('alle rettigheder forbeholdes', 2, 'copyright'),
 ('ansvarshavende redaktør', 2, 'copyright'), ('alle rechte vorbehalten', 2, 'copyright'),
 ('urheberrechtlich geschützt', 2, 'copyright'), ('\\bimpressum\\b', 2, 'copyright'),
 ('\\bdatenschutz(erklärung|hinweise?|einstellungen|bestimmungen)?\\b', 2, 'copyright'),
 ('nutzungsbedingungen', 2, 'copyright'), ('\\bagb\\b', 2, 'copyright'),
 ('cookie-einstellungen', 2, 'copyright'), ('cookies? (verwalten|einstellungen)', 2, 'copyright'),
 ('με\\s+την\\s+επιφύλαξη\\s+παντός\\s+δικαιώματος', 2, 'copyright'),
 ('όλα\\s+τα\\s+δικαιώματα\\s+(κατοχυρωμένα|διατηρούνται)', 2, 'copyright'),
 ('all rights reserved', 2, 'copyright'), ('\\bcopyright\\b', 2, 'copyright'),
 ('may not be (published|reproduced|republished|broadcast|rewritten|redistributed)', 2, 'copyright'),
 ('^\\s*terms (of (use|service)|&|and) ', 2, 'copyright'), ('privacy policy', 2, 'copyright'),
 ('cookie (policy|settings|preferences)', 2, 'copyright'), ('todos los derechos reservados', 2, 'copyright'),
 ('aviso legal', 2, 'copyright'), ('política de privacidad', 2, 'copyright'),
 ('política de cookies', 2, 'copyright'), ('términos y condiciones', 2, 'copyright'),
 ('kaikki oikeudet pidätetään', 2, 'copyright'), ('vastaava päätoimittaja', 2, 'copyright'),
 ('tous droits réservés', 2, 'copyright'), ('mentions légales', 2, 'copyright'),
 ('politique de confidentialité', 2, 'copyright'), ('conditions générales', 2, 'copyright'),
 ('gestion des cookies', 2, 'copyright'), ('כל\\s+הזכויות\\s+שמורות', 2, 'copyright'),
 ('minden jog fenntartva', 2, 'copyright'), ('無断(転載|複製)', 2, 'copyright'), ('著作権', 2, 'copyright'),
 ('all rights reserved', 2, 'copyright'), ('무단\\s*전재', 2, 'copyright'), ('재배포\\s*금지', 2, 'copyright'),
 ('저작권자\\s*[©ⓒ(]?', 2, 'copyright'), ('AI\\s*학습.{0,10}(금지|이용)', 2, 'copyright'),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 'copyright'),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 'copyright'), ('청소년\\s*보호\\s*책임자', 2, 'copyright'),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 'copyright'), ('◎\\s*공감언론', 2, 'copyright'),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 'copyright'),
 ('alle rettigheter forbeholdt', 2, 'copyright'), ('ansvarlig redaktør', 2, 'copyright'),
 ('materiał chroniony prawem autorskim', 2, 'copyright'), ('korzystamy z (plików )?cookies', 2, 'copyright'),
 ('wszelkie prawa zastrzeżone', 2, 'copyright'), ('todos os direitos reservados', 2, 'copyright'),
 ('política de privacidade', 2, 'copyright'), ('termos de uso', 2, 'copyright'),
 ('política de cookies', 2, 'copyright'), ('toate drepturile rezervate', 2, 'copyright'),
 ('все права защищены', 2, 'copyright'), ('перепечатка.{0,40}(запрещена|разрешена|только)', 2, 'copyright'),
 ('при (использовании|цитировании).{0,40}ссылка', 2, 'copyright'),
 ('политика конфиденциальности', 2, 'copyright'), ('пользовательское соглашение', 2, 'copyright'),
 ('alla rättigheter förbehållna', 2, 'copyright'), ('ansvarig utgivare', 2, 'copyright'),
 ('สงวนลิขสิทธิ์', 2, 'copyright'), ('ลิขสิทธิ์\\s*©', 2, 'copyright'),
 ('tüm\\s+hakları\\s+saklıdır', 2, 'copyright'), ('her\\s+hakkı\\s+saklıdır', 2, 'copyright'),
 ('izinsiz kullanılamaz', 2, 'copyright'), ('版权所有', 2, 'copyright'), ('版權所有', 2, 'copyright'),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 'copyright'), ('未經.{0,10}(授權|許可)', 2, 'copyright'),
 ('转载请注明', 2, 'copyright'), ('copyright', 2, 'copyright'), ('all rights reserved', 2, 'copyright'),
 ('备案', 2, 'copyright'), ('ICP备', 2, 'copyright'), ('ICP证', 2, 'copyright'), ('违法和不良信息举报', 2, 'copyright'),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 'byline'),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 'byline'),
 ('^\\s*(contact|reach|email|e-mail)\\s+(the '
  "(author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email "
  'at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$',
  2, 'byline'),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$",
  2, 'byline'),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 'byline'),
 ('^\\s*(di|a cura '
  "di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$",
  2, 'byline'),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 'byline'),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2,
  'byline'),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 'byline'),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2,
  'byline'),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$',
  2, 'byline'),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 'byline'),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 'byline'),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$',
  2, 'byline'),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 'byline'),
 ('^\\s*[\\[【(（]?\\s*(文章来源|本文来源|新闻来源|消息来源|文章來源|本文來源|新聞來源)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2,
  'byline'),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع '
  'التواصل)\\)\\s*$',
  2, 'caption'),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$',
  2, 'caption'),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$',
  2, 'caption'),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 'caption'),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 'caption'), ('^\\s*(foto|billede)\\s*:', 2, 'caption'),
 ('\\((symbolbild|archivbild|symbolfoto|archivfoto)\\)\\.?\\s*$', 2, 'caption'),
 ('^\\s*picture[- ]alliance\\b', 2, 'caption'),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 'caption'),
 (',\\s*(foto|bild)\\s*:\\s*[^.!?]{1,60}$', 2, 'caption'), ('^\\s*abbildung\\s*\\d*\\s*:', 2, 'caption'),
 ('^\\s*(beitragsbild|titelbild|aufmacherbild|headerbild)\\s*:?', 2, 'caption'),
 ('\\(\\s*bildquelle\\s*:', 2, 'caption'), ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}$', 2, 'caption'),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 'caption'),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 'caption'),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 'caption'),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2,
  'caption'),
 ('\\(\\s*φωτ(ογραφία|\\.)\\s*[:：][^)]{1,60}\\)\\s*$', 2, 'caption'),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 'caption'),
 (',\\s*(photo|image)\\s*:\\s*[^.!?]{1,60}$', 2, 'caption'),
 ('^\\s*(figure|fig\\.)\\s*\\d+\\s*:', 2, 'caption'), ('^\\s*\\(?\\s*credits?\\s*:', 2, 'caption'),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 'caption'),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 'caption'),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 'caption'),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$',
  2, 'caption'),
 ('^\\s*(credit|courtesy)\\s*:', 2, 'caption'),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 'caption'),
 (',\\s*(foto|imagen)\\s*:\\s*[^.!?]{1,60}$', 2, 'caption'),
 ('^\\s*(imágenes?|fotos?) (capturadas?|tomadas?) de\\b', 2, 'caption'),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}$', 2, 'caption'),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 'caption'),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 'caption'), ('^\\s*(kuva|kuvat)\\s*:', 2, 'caption'),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 'caption'),
 (',\\s*photo\\s*:\\s*[^.!?]{1,60}$', 2, 'caption'),
 ("^\\s*image (d'illustration|illustrative)\\s*:?", 2, 'caption'),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 'caption'),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 'caption'),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 'caption'), ('^\\s*crédits? photos?\\s*:', 2, 'caption'),
 ('^\\s*\\(?\\s*(צילום|צילומים|צלם|איור)\\s*[:：]\\s*[^)\\n]{1,60}\\)?\\s*$', 2, 'caption'),
 ('\\((צילום|צילומים)\\s*[:：][^)]{1,60}\\)\\s*$', 2, 'caption'),
 ('^\\s*(fotó|kép|forrás)\\s*:', 2, 'caption'), ('[.!?]\\s+foto\\s*:\\s*[^.!?]{1,60}$', 2, 'caption'),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 'caption'), ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 'caption'),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 'caption'), ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 'caption'),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 'caption'), ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 'caption'),
 ('写真を見る\\s*[（(]?\\s*(全)?\\s*\\d*\\s*枚?\\s*[）)]?\\s*$', 2, 'caption'),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 'caption'), ('画像はイメージです', 2, 'caption'),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 'caption'),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 'caption'), ('사진제공\\s*=', 2, 'caption'),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 'caption'),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 'caption'),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 'caption'),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2,
  'caption'),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 'caption'), ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 'caption'),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 'caption'),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 'caption'),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 'caption'),
 ('^\\s*(foto|bilde)\\s*:', 2, 'caption'), ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 'caption'),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 'caption'),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 'caption'),
 (',\\s*(foto|imagem)\\s*:\\s*[^.!?]{1,60}$', 2, 'caption'),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}$', 2, 'caption'), ('^\\s*(foto|imagem)\\s*:', 2, 'caption'),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 'caption'), ('^\\s*(foto|sursa|sursă)\\s*:', 2, 'caption'),
 ('[.!?]\\s+(фото)\\s*:\\s*[^.!?]{1,40}$', 2, 'caption'),
 ('^\\s*(фото|изображение|иллюстрация)\\s*:', 2, 'caption'), ('^\\s*фото\\s*:?\\s*[^.]{1,60}$', 2, 'caption'),
 ('^\\s*(foto|bild)\\s*:', 2, 'caption'), ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 'caption'),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 'caption'), ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 'caption'),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 'caption'),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 'caption'),
 ('^\\s*(اقرأ|إقرأ)\\s+(أيضا|أيضاً|ايضا|المزيد)\\s*[:：]', 2, 'related'),
 ('^\\s*(čtěte (také|též|více)|přečtěte si (také|též))\\s*:?\\s*\\S', 2, 'related'),
 ('^\\s*(læs (også|mere))\\s*:\\s*\\S', 2, 'related'),
 ('^\\s*(weitere|mehr) (\\w+ '
  ')?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$',
  2, 'related'),
 ('^\\s*(die )?meistgelesenen (artikel|beiträge|nachrichten)\\b', 2, 'related'),
 ('^\\s*top[- ]themen\\b', 2, 'related'),
 ('^(lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|lies auch)\\s*:', 2, 'related'),
 ('^\\s*(siehe auch|zum weiterlesen|weiterlesen|mehr dazu|auch lesenswert|passend dazu|das könnte (sie|dich) '
  'auch interessieren|weitere informationen|mehr informationen|mehr infos)\\s*:',
  2, 'related'),
 ('^\\s*(διαβάστε|δείτε)\\s+(επίσης|ακόμη|ακόμα)\\s*[:：]', 2, 'related'),
 ('^(read more|see more|more):?\\s', 2, 'related'), ('^related:\\s', 2, 'related'),
 ('^read also:?\\s', 2, 'related'), ('^also read:?\\s', 2, 'related'), ('^see also:?\\s', 2, 'related'),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 'related'),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te '
  'puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido '
  'relacionado)\\s*:\\s*\\S',
  2, 'related'),
 ('^\\s*(informate|infórmate|entérate) más\\s*$', 2, 'related'),
 ('^\\s*lue (myös|lisää)\\s*:\\s*\\S', 2, 'related'),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 'related'),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à '
  'découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S',
  2, 'related'),
 ('^\\s*(קראו|קרא|קראי)\\s+(גם|עוד)\\s*[:：]', 2, 'related'),
 ('^\\s*\\**\\s*(ये|यह|इसे)\\s+भी\\s+पढ़ें\\s*[:：-]', 2, 'related'),
 ('^\\s*(olvassa el ezt is|kapcsolódó|ezt is ajánljuk)\\s*:?\\s*\\S', 2, 'related'),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 'related'),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 'related'),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 'related'),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*関連(記事|ニュース|リンク)\\s*[】\\]]?\\s*[:：]', 2, 'related'),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 'related'),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 'related'), ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 'related'),
 ('^\\s*(czytaj (też|także|również)|zobacz (też|także|również)|przeczytaj (też|także|również))\\s*:?\\s*\\S',
  2, 'related'),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 'related'),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 'related'),
 ('^\\s*(citește (și|mai mult)|vezi și)\\s*:?\\s*\\S', 2, 'related'),
 ('^(читайте также|читать также|смотрите также|по теме)\\s*:', 2, 'related'),
 ('^\\s*(läs (också|även|mer))\\s*:\\s*\\S', 2, 'related'),
 ('^\\s*(ilgili haber|bunlar da ilginizi çekebilir|ayrıca bakınız|bunu da okuyun)\\s*[:|]?\\s*\\S', 2,
  'related'),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 'related'),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 'navigation'),
 ('^\\s*zurück zu(m|r)? (der |den |allen '
  ')?(\\w*übersicht\\w*|startseite|homepage|seitenanfang|anfang|inhaltsverzeichnis|hauptmenü|\\w*navigation\\w*|ersten '
  'navigationsebene|suchergebnissen|suche|vorherigen '
  'seite|liste\\w*|lexikon|glossar|artikel|blog|newsroom|meldungen|kochbuch)\\b[\\w -]{0,30}$',
  2, 'navigation'),
 ('^\\s*(sie sind hier|du bist hier)\\s*:', 2, 'navigation'),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main '
  'menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$',
  2, 'navigation'),
 ('^\\s*(you are here|breadcrumb)s?:?', 2, 'navigation'),
 ('^\\s*skip to (main )?(content|navigation)', 2, 'navigation'),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2,
  'navigation'),
 ("^\\s*retour (à l'|à la |au |aux |en )(accueil|haut( de (la "
  ')?page)?|sommaire|liste|blog|articles?|actualités|recherche)\\b[\\w -]{0,30}$',
  2, 'navigation'),
 ("^\\s*torna (su|all'inizio|alla home(page)?|all'elenco|al blog)\\s*$", 2, 'navigation'),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 'navigation'),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 'navigation'),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 'navigation'),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 'navigation'),
 ('^\\s*voltar (para |ao |à |a |para a )(capa|início|topo|página inicial|lista|blog)\\b[\\w -]{0,30}$', 2,
  'navigation'),
 ('^\\s*(当前位置|您的位置|你的位置|目前位置)\\s*[:：]', 2, 'navigation'),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 'navigation'),
 ('^\\s*(标签|標籤|分类|分類|关键词|關鍵詞|关键字|關鍵字)\\s*[:：]', 2, 'navigation'), ('返回.{0,6}[，,]?\\s*查看更多', 2, 'navigation'),
 ('^\\s*(قائمة\\s+\\d+\\s+من\\s+\\d+|نهاية\\s+القائمة)\\s*$', 2, 'other'),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 'other'),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 'other'),
 ('^\\s*lesezeit:?\\s*\\d+\\s*min(uten|\\.)?\\s*$', 2, 'other'),
 ('^\\s*\\d+\\s*min(uten|\\.)?\\s+lesezeit\\s*$', 2, 'other'),
 ('^\\s*\\(?alle angaben ohne gewähr\\)?\\.?\\s*$', 2, 'other'),
 ('(ich bin|bin ich) (mit der|damit) .{0,40}(verarbeitung|speicherung) meiner '
  '(daten|angaben|personenbezogenen)',
  2, 'other'),
 ('gibt (ausschließlich |allein |nur )?die meinung (des|der) (autors|autorin|verfassers|verfasserin) wieder',
  2, 'other'),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt "
  'sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)',
  2, 'other'),
 ('^\\s*((er|sie)\\s+)?schreibt seit \\d{4} für\\b', 2, 'other'),
 ('ohne (dein|ihr|deine|ihre) (einverständnis|zustimmung|einwilligung) keine verbindung', 2, 'other'),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 'other'),
 ('^\\s*(sie (nutzen|verwenden)|du (nutzt|verwendest)) (einen )?(werbe|ad)-?blocker', 2, 'other'),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? '
  '(verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies',
  2, 'other'),
 ('^\\s*(wir|diese (web)?seite|diese website) (verwenden|nutzen|verwendet|nutzt) cookies und '
  '(ähnliche|andere) technologien',
  2, 'other'),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle '
  'akzeptieren|zustimmen|akzeptieren).{0,60}cookies',
  2, 'other'),
 ('javascript (muss aktiviert|ist deaktiviert|aktivieren)', 2, 'other'),
 ('(dein|ihr) browser (kann|unterstützt) (dieses|diese|kein)', 2, 'other'),
 ('einen neueren browser', 2, 'other'), ('ohne javascript funktioniert', 2, 'other'),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 'other'),
 ('you are using a browser version with', 2, 'other'),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 'other'),
 ('\\b(the )?(views|opinions) expressed (here |in this (article|post|column|blog) )?are (those of the '
  "author|the author's own|solely those)",
  2, 'other'),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff "
  '|contributing |freelance |former |national |political |award-winning |associate |general assignment '
  ')*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b',
  2, 'other'),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band "
  '(the )?(co-?)?author of\\b',
  2, 'other'),
 ('^\\s*privacy (&|and) cookies\\s*:', 2, 'other'),
 ("^\\s*(if |we noticed |it (looks|seems) like )?(you('re| are)|you) (running|using) an ad[- ]?blocker", 2,
  'other'),
 ('using a browser version with limited support', 2, 'other'),
 ('^\\s*click (on )?(the button )?(below|here) to (load|show|display) (the )?content (from|of)', 2, 'other'),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) '
  '(partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies',
  2, 'other'),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) '
  '(technologies|tracking)',
  2, 'other'),
 ('^\\s*by (clicking|continuing to (use|browse)|using) .{0,60}\\b(you (agree|consent) to|accept) (the|our) '
  '(use|storing) of cookies',
  2, 'other'),
 ('^\\s*our (editorial )?standards\\s*:', 2, 'other'),
 ('^\\s*(please )?(enable|activate|turn on) javascript', 2, 'other'),
 ("your browser (does not|doesn't|can't|cannot) (support|play)", 2, 'other'),
 ('^\\s*(please )?(update|upgrade) (to )?(your|a newer|a more recent) browser', 2, 'other'),
 ('^\\s*javascript (is )?(disabled|required)', 2, 'other'),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 'other'), ('^\\s*end of list\\s*$', 2, 'other'),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 'other'),
 ('^\\s*tiempo de lectura\\s*:?\\s*\\d+\\s*min(utos?|\\.)?\\s*$', 2, 'other'),
 ('^\\s*\\d+\\s*min(utos?|\\.)?\\s+de lectura\\s*$', 2, 'other'),
 ('\\bacepto (el tratamiento de mis datos|la política de privacidad)', 2, 'other'),
 ('no (reflejan?|representan?) necesariamente (la opinión|el punto de vista|la posición)', 2, 'other'),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es "
  '(periodista|redactor(a)?|corresponsal|columnista)\\b',
  2, 'other'),
 ('^\\s*(estás|está) (usando|utilizando) un bloqueador de (anuncios|publicidad)', 2, 'other'),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? '
  'usa|nosotros y nuestros socios utilizamos) (cookies|galletas)',
  2, 'other'),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 'other'),
 ('^\\s*si (continúas|continúa|sigues) navegando.{0,80}cookies', 2, 'other'),
 ('^\\s*(käytämme|tämä sivusto käyttää|sivusto käyttää) evästeitä', 2, 'other'),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 'other'),
 ('^\\s*\\d+\\s*min(utes?|\\.)?\\s+de lecture\\s*$', 2, 'other'),
 ("\\bj'accepte (que mes données|le traitement de mes données)", 2, 'other'),
 ("n'engagent que (leurs?|ses|son) auteurs?", 2, 'other'),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+est "
  '(journaliste|rédact(eur|rice)|correspondant(e)?|chroniqueu(r|se))\\b',
  2, 'other'),
 ('^\\s*vous (utilisez|avez activé) un bloqueur de (publicité|publicités)', 2, 'other'),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 'other'),
 ('^\\s*(nous|ce site|notre site|nos partenaires et nous|nous et nos partenaires) '
  '(utilisons|utilise|déposons|dépose) des cookies',
  2, 'other'),
 ('^\\s*en (poursuivant|continuant) (votre|la) navigation.{0,80}cookies', 2, 'other'),
 ('^\\s*(ez a weboldal|weboldalunk|a weboldal|oldalunk) (sütiket|cookie-kat) (használ)', 2, 'other'),
 ('^\\s*tempo di lettura\\s*:?\\s*\\d+\\s*min(uti|\\.)?\\s*$', 2, 'other'),
 ('^\\s*\\d+\\s*min(uti|\\.)?\\s+di lettura\\s*$', 2, 'other'),
 ('\\bacconsento al trattamento dei (miei )?dati', 2, 'other'),
 ("non (riflette|rispecchia|rappresenta) necessariamente (l'opinione|il punto di vista|la posizione)", 2,
  'other'),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+è (un |una "
  ')?(giornalista|redattore|redattrice|corrispondente|editorialista)\\b',
  2, 'other'),
 ('^\\s*stai (usando|utilizzando) un ad ?blocker', 2, 'other'),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze '
  'parti selezionate utilizziamo) (i )?cookie',
  2, 'other'),
 ('^\\s*(chiudendo questo banner|proseguendo (la|nella) navigazione).{0,80}cookie', 2, 'other'),
 ('約?\\s*\\d+\\s*分で読めます', 2, 'other'), ('^\\s*読了(時間|目安)\\s*[:：]?\\s*(約)?\\s*\\d+\\s*分', 2, 'other'),
 ('広告ブロック(機能|ツール)?(を|が)(無効|オフ|解除|検出)', 2, 'other'), ('^\\s*(著者|筆者|執筆者)(プロフィール|紹介)', 2, 'other'),
 ('(にほん|日本)ブログ村', 2, 'other'), ('人気ブログランキング', 2, 'other'), ('応援(クリック|ポチ)', 2, 'other'),
 ('(クリック|ポチ(っと)?)(を)?お願い(します|いたします)', 2, 'other'), ('powered by .{0,20}(blog|ブログ)', 2, 'other'),
 ('スターをつけました', 2, 'other'), ('引用をストックしました', 2, 'other'),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 'other'),
 ('^\\s*(약\\s*)?\\d+\\s*분\\s*(소요|읽기)\\s*$', 2, 'other'), ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 'other'),
 ('^\\s*(기자|필자|작가)\\s*소개', 2, 'other'), ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 'other'),
 ('투자\\s*판단의?\\s*(최종\\s*)?책임은', 2, 'other'), ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 'other'),
 ('데이터\\s*통화료가\\s*부과', 2, 'other'), ('자동\\s*요약한\\s*결과', 2, 'other'), ('본문\\s*보기를\\s*권장', 2, 'other'),
 ('섹션으로\\s*분류했습니다', 2, 'other'), ('구독해\\s*보세요', 2, 'other'), ('언론사\\s*편집\\s*뉴스', 2, 'other'),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 'other'), ('해당\\s*언론사로\\s*연결됩니다', 2, 'other'),
 ('(powered|designed)\\s+by\\s+tistory', 2, 'other'), ('^\\s*저작자\\s*표시', 2, 'other'),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 'other'),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 'other'),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2,
  'other'),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 'other'),
 ('^\\s*tempo de leitura\\s*:?\\s*\\d+\\s*min(utos?|\\.)?\\s*$', 2, 'other'),
 ('^\\s*\\d+\\s*min(utos?|\\.)?\\s+de leitura\\s*$', 2, 'other'),
 ('\\bconcordo com (o tratamento dos meus dados|a política de privacidade)', 2, 'other'),
 ('não (reflete|refletem|representa|representam) necessariamente a (opinião|posição)', 2, 'other'),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+é "
  '(jornalista|repórter|redator(a)?|correspondente|colunista)\\b',
  2, 'other'),
 ('^\\s*(você está|está a|estás a) (usar|usando|utilizar|utilizando) um bloqueador de (anúncios|publicidade)',
  2, 'other'),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2,
  'other'),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 'other'),
 ('^\\s*(acest site|site-ul nostru|folosim) (folosește )?(cookie-uri|cookies)', 2, 'other'),
 ('^\\s*время чтения\\s*:?\\s*\\d+\\s*мин', 2, 'other'),
 ('(мнение|точка зрения) (редакции|автора) (может не совпадать|не обязательно совпадает)', 2, 'other'),
 ('^\\s*(?-i:[А-ЯЁ])[а-яё-]+(\\s+(?-i:[А-ЯЁ])[а-яё-]+){1,2}\\s+[—–-]\\s+(журналист|корреспондент|обозреватель|редактор)',
  2, 'other'),
 ('^\\s*(вы используете|у вас включен) (блокировщик|adblock)', 2, 'other'),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2,
  'other'),
 ('^\\s*(продолжая|оставаясь) (пользоваться|использовать|на) (сайтом|сайт|сайте).{0,60}(cookie|куки)', 2,
  'other'),
 ('^\\s*(vi|den här webbplatsen|webbplatsen|sajten) (använder|använda) (sig av )?(kakor|cookies)', 2,
  'other'),
 ('^\\s*(阅读时间|閱讀時間|预计阅读|預計閱讀)\\s*[:：]?\\s*(约|約)?\\s*\\d+\\s*分', 2, 'other'),
 ('(检测到|偵測到|检测到您|偵測到您).{0,6}(广告拦截|广告屏蔽|廣告攔截|廣告封鎖)', 2, 'other'), ('^\\s*(作者简介|作者簡介|关于作者|關於作者)', 2, 'other'),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 'other'), ('(投资|投資)(建议|建議).{0,20}(仅供参考|僅供參考|风险自担|風險自負)', 2, 'other'),
 ('^\\s*(风险提示|風險提示|免责声明|免責聲明)\\s*[:：]', 2, 'other'),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 'other'), ('为自媒体平台', 2, 'other'),
 ('^\\s*(特别声明|特別聲明|平台声明|平台聲明)\\s*[:：]', 2, 'other'))

# The prefilter's required strings of each pattern (None: always searched).
REQUIRED = (('did you ', 'was this '), ('되셨나요', '드셨다면', '어떠셨나요', '좋으셨다면', '추천하시겠습니까'), ('artikel', 'beitrag'),
 ('als pdf',), ('share ',), ('email', 'print', 'share', 'tweet'), ('comparte ',), ('jaa',), ('partage',),
 ('condividi ',), ('compartilhe ',), ('分享到',), ('分享', '手机', '手機', '朋友圈'), ('分享',), ('分享',),
 ('bitcoin', 'dax', 'dow', 'ethereum', 'ftse', 'hang seng', 'kospi', 'nasdaq', 'nikkei', 's&p'), ('종료',),
 ('마감',), ('변동률',), ('상승종목', '하락종목'), ('تابع',), ('النشرة',), ('newsletter',), ('auf dem laufenden',),
 ('bestellen', 'kaufen'), ('erhalten sie exklusive ',), ('um neue beiträge per e',), (' posteingang ',),
 ('in deinen posteingang',), ('wir informieren sie regelmäßig',), (' kostenlos ',), ('unterstützen sie ',),
 ('spende ',), ('ihr beitrag hilft',), ('unterstütze',), ('sie lesen gern',), ('gefällt ',),
 ('lust auf mehr', 'sie wollen mehr von uns'), ('willige ich ',), ('besuchen sie unseren ',), ('newsletter',),
 ('gratis', 'jetzt'), ('artikel',), ('anmelden', 'registrieren'), ('wählen sie ihren zugang',),
 ('bitte registrieren sie sich',), ('weiterlesen mit',), ('ακολουθήςτε',), (' newsletter',),
 ('enter your email',), (' your inbox',), ('straight to your ',), ('by email and never miss',),
 ('we rely on ',), (' you agree',), ('ign up', 'ubscribe'), ('newsletter',), ('newsletter',),
 ('a subscriber', 'have an account'), (' journalism',), (' subscribers',), ('access',), (' to ',), (' the ',),
 ('already a subscriber', 'seeing this message'), ('access to',), ('never miss ',), ('for the latest ',),
 ('download ',), ('boletín', 'newsletter'), ('recibe ',), ('suscríbete ',), (' periodismo',),
 ('regístrate', 'suscríbete'), ('contenido exclusivo para suscriptores',), ('guenos en',), ('canal de ',),
 ('cancela cuando quieras',), ('sigue toda la información de ',), ('recevez ',), ('inscrivez-vous ',),
 (' journalisme',), ('abonnez-vous', 'inscrivez-vous'), ('article réservé aux abonnés',),
 ('réservé aux abonnés',), ('google', 'गूगल'), ('व्हाट्सएप',), ('berita', 'breaking', 'informasi'),
 ('whatsapp',), ('google', 'telegram', 'whatsapp'), ('dapatkan',), ('download',), ('iscriviti alla ',),
 ('nella tua ',), ('giornalismo',), ('ニュースレター', 'メルマガ', 'メールマガジン'), ('会員', '有料'), ('続きを読むには',), ('残り',),
 ('残り',), ('ログインして',), ('구독',), ('뉴스레터',), ('채널',), ('구독', '채널', '친구'), ('zapraszamy ',), ('receba ',),
 ('jornalismo',), ('newsletter',), ('exclusivo para assinantes',), ('подпишитесь на ',), ('поддержите ',),
 ('подписывайтесь на ',), ('telegram', 'телеграм'), ('google',), ('whatsapp',), ('訂閱', '订阅'),
 ('扫描', '扫码', '掃描'), ('app', '客户端'), ('app', '客戶端', '客户端'), ('电子报', '電子報'), ('加入好友',), ('app', '客戶端', '客户端'),
 ('查看', '閱讀', '阅读'), ('die kommentarfunktion ',), ('kommentare werden ',), ('kommentar',),
 (' e-mail-adresse wird nicht veröffentlicht',), ('erforderliche felder sind mit * markiert',),
 ('diese website verwendet akismet',), ('kommentieren sie hier',), ('in den kommentaren',),
 ('antwort', 'antworten', 'gedanke', 'kommentar', 'reaktionen'), ('schreibt',),
 ('website in diesem browser',), ('comment by',), ('comments are ',), ('please keep', 'we ask that'),
 ('comments may be ',), (' not responsible for the ',), ('comment',), ('comment',),
 ('log in', 'you must be logged in'), ('your email address will not be published',),
 ('required fields are marked *',), ('this site uses akismet',), ('submit your letter to the editor',),
 ('we want to hear what you think',), ('view the discussion thread',), ('if you enjoyed ',),
 ('comment', 'repl', 'response', 'thought'), ('says', 'wrote'), (' and website in this browser',),
 ('enable javascript to view the comments',), ('comments powered by disqus',), ('los comentarios ',),
 ('as opiniones', 'os comentarios'), ('tu dirección de correo electrónico no será publicada',),
 ('los campos obligatorios están marcados',), ('comentario', 'pensamiento', 'respuesta'),
 ('dice', 'escribió'), ('guarda mi nombre, correo electrónico y ',), ('les commentaires ',),
 ("n'est pas responsable des ",), (' ne sera pas publiée',), ('les champs obligatoires sont indiqués',),
 ('commentaire', 'réflexion', 'réponse'), ('a écrit', 'dit'), ('enregistrer mon nom, mon ',), ('התגובות',),
 ('i commenti ',), ('il tuo indirizzo email non sarà pubblicato',),
 ('i campi obbligatori sono contrassegnati',), ('commenti', 'commento', 'pensieri', 'risposta', 'risposte'),
 ('scrive',), ('コメントは',), ('コメント',), ('コメントは個人の見解',), ('コメント',), ('관리자', '운영자'), ('댓글',), ('댓글',),
 ('komentarze', 'komentarzy', 'odpowiedzi'), ('napisał', 'napisała', 'pisze'), ('os comentários ',),
 ('não se responsabiliza ',), (' não será publicado',), (' não será publicado',),
 ('campos obrigatórios são marcados',), ('comentário', 'pensamento', 'resposta'), ('disse', 'escreveu'),
 ('salvar meus dados neste navegador',), ('salvar meu nome, email e site neste navegador',),
 ('комментарии ',), ('редакция не несет ответственности за ',), ('bình luận', 'ý kiến'), ('审核', '審核'),
 ('handelt es sich um ',), ('anzeige',), ('werbung',), ('werbung',), (' enthält', 'enthält'),
 ('für links auf dieser seite erhält',), ('bei den verlinkungen handelt es sich um',),
 ('amazon product advertising api',), (' continues below',), ('advertisement',), ('sponsored',),
 ('advertising disclosure',), ('affiliate links', 'references to products'), ('mission', 'pensation'),
 ('participates in the amazon ',), (' from qualifying purchases',), ('anúnciese', 'publicite'), ('광고',),
 ('기사',), ('제보',), ('제보는',), ('기다립니다',), ('anuncie',), ('ลงโฆษณากับ',), ('الحقوق',), ('محفوظة',),
 ('(c)', 'copyright', '©', 'ⓒ'), ('©', 'ⓒ'), ('copyright',), ('všechna práva vyhrazena',),
 ('veškerá práva vyhrazena',), ('alle rettigheder forbeholdes',), ('ansvarshavende redaktør',),
 ('alle rechte vorbehalten',), ('urheberrechtlich geschützt',), ('impressum',), ('datenschutz',),
 ('nutzungsbedingungen',), ('agb',), ('cookie-einstellungen',), ('einstellungen', 'verwalten'),
 ('δͅκᾳώµατος',), ('δͅατηρούντᾳ', 'κατοχυρωµένα'), ('all rights reserved',), ('copyright',),
 ('may not be ',), ('terms ',), ('privacy policy',), ('cookie ',), ('todos los derechos reservados',),
 ('aviso legal',), ('política de privacidad',), ('política de cookies',), ('términos y condiciones',),
 ('kaikki oikeudet pidätetään',), ('vastaava päätoimittaja',), ('tous droits réservés',),
 ('mentions légales',), ('politique de confidentialité',), ('conditions générales',),
 ('gestion des cookies',), ('הזכויות',), ('minden jog fenntartva',), ('無断',), ('著作権',),
 ('all rights reserved',), ('무단',), ('재배포',), ('저작권자',), ('학습',), ('등록',), ('발행', '발행·편집', '발행ㆍ편집', '편집'),
 ('청소년',), ('대표',), ('공감언론',), ('co.kr', 'com', 'kr'), ('alle rettigheter forbeholdt',),
 ('ansvarlig redaktør',), ('materiał chroniony prawem autorskim',), ('korzystamy z ',),
 ('wszelkie prawa zastrzeżone',), ('todos os direitos reservados',), ('política de privacidade',),
 ('termos de uso',), ('política de cookies',), ('toate drepturile rezervate',), ('все права защищены',),
 ('перепечатка',), ('использовании', 'цитировании'), ('политика конфиденциальности',),
 ('пользовательское соглашение',), ('alla rättigheter förbehållna',), ('ansvarig utgivare',),
 ('สงวนลิขสิทธิ์',), ('ลิขสิทธิ์',), ('saklidir',), ('saklidir',), ('izinsiz kullanilamaz',), ('版权所有',),
 ('版權所有',), ('未经',), ('未經',), ('转载请注明',), ('copyright',), ('all rights reserved',), ('备案',), ('icp备',),
 ('icp证',), ('违法和不良信息举报',), ('المصدر',),
 ('afp', 'ap', 'apa', 'dpa', 'dts', 'epd', 'idea', 'kna', 'reuters', 'rtr', 'sda'),
 ('contact', 'e-mail', 'email', 'reach'), ('by',), ('(',), ('a cura di', 'di'),
 ('/', ':', '=', '／', '：', '＝'), ('객원기자', '기자', '논설위원', '선임기자', '인턴기자', '칼럼니스트', '통신원', '특파원'), ('@',),
 ('객원기자', '기자', '논설위원', '대기자', '선임기자', '수습기자', '인턴기자', '전문기자', '통신원', '특파원'),
 ('객원기자', '기자', '논설위원', '대기자', '선임기자', '수습기자', '인턴기자', '전문기자', '칼럼니스트', '통신원', '특파원', '편집위원'),
 ('iar', 'kai', 'pap', 'polsat news', 'tvn24'), ('作者', '採訪', '摄影', '撰文', '攝影', '文字', '記者', '记者', '采访'),
 ('主編', '主编', '审校', '审核', '審校', '審核', '校对', '校對', '监制', '監製', '編輯', '编辑', '責任編輯', '責編', '责任编辑', '责编'),
 ('來源', '出处', '出處', '来源', '稿源'), ('文章來源', '文章来源', '新聞來源', '新闻来源', '本文來源', '本文来源', '消息来源'),
 ('أرشيف', 'أسوشيتد برس', 'الأناضول', 'الأوروبية', 'الجزيرة', 'الفرنسية', 'رويترز', 'غيتي', 'مواقع التواصل',
  'وكالات'),
 ('avif', 'bmp', 'gif', 'jp', 'png', 'svg', 'tif', 'webp'), ('[',), ('[',),
 ('foto', 'ilustrační foto', 'zdroj'), ('billede', 'foto'),
 ('archivbild', 'archivfoto', 'symbolbild', 'symbolfoto'), ('alliance',), ('bild', 'foto'), ('bild', 'foto'),
 ('abbildung',), ('aufmacherbild', 'beitragsbild', 'headerbild', 'titelbild'), ('bildquelle',),
 ('bild', 'foto'), ('bild', 'foto', 'grafik', 'quelle'), ('bild', 'foto'),
 ('afp', 'dpa', 'getty', 'imago', 'reuters'),
 ('afp', 'ap', 'epa', 'eurokinissi', 'intime', 'intime news', 'reuters', 'απε', 'απε-µπε'), ('φωτ',),
 ('image', 'photo', 'picture'), ('image', 'photo'), ('fig',), ('credit',), ('image', 'photo', 'picture'),
 ('graphic', 'illustration', 'image', 'photo', 'picture', 'video'), ('image', 'photo', 'picture'),
 ('afp via getty', 'ap photo', 'associated press', 'epa-efe', 'getty images', 'istock', 'reuters/',
  'shutterstock'),
 ('ourtesy', 'redit'), ('foto', 'imagen'), ('foto', 'imagen'), ('capturada', 'tomada'), ('foto', 'imagen'),
 ('foto', 'fotografía', 'imagen'), ('foto', 'imagen'), ('kuva',), ('crédit', 'photo'), ('photo',),
 ("d'illustration", 'illustrative'), ('crédit', 'photo'), ('crédit', 'illustration', 'image', 'photo'),
 ('crédit', 'photo'), ('crédit',), ('איור', 'צילום', 'צילומים', 'צלם'), ('צילו',), ('forrás', 'fotó', 'kép'),
 ('foto',), ('foto', 'ilustrasi'), ('グラフ', '写真', '動画', '図表', '画像'), ('写真', '図版', '画像'), ('写真', '図', '画像'),
 ('写真', '画像'), ('写真', '画像'), ('写真を見る',), ('写真', '画像'), ('画像はイメージです',), ('그래픽', '사진', '자료', '출처'),
 ('사진', '자료'), ('사진제공',), ('그래픽', '사진', '사진제공', '일러스트', '자료', '출처'), ('/',), ('@',), ('/',), ('재판매',), ('▲',),
 ('그래픽', '사진', '자료'), ('db', '자료사진'), ('연합뉴스', '자료사진', '제공', '촬영'), ('bilde', 'foto'),
 ('fot.', 'foto', 'zdjęcie', 'źródło'), ('fot',), ('foto', 'imagem'), ('foto', 'imagem'), ('foto', 'imagem'),
 ('foto', 'imagem'), ('foto', 'imagem'), ('foto', 'sursa', 'sursă'), ('фото',),
 ('изображение', 'иллюстрация', 'фото'), ('фото',), ('bild', 'foto'), ('/', ':', '／', '：'), ('（',),
 ('图源', '图片来源', '圖源', '圖片來源'), ('(', '（'), ('。',), ('إقرأ', 'اقرأ'), ('přečtěte si ', 'čtěte '), ('læs ',),
 ('mehr', 'weitere'), ('meistgelesenen ',), ('themen',),
 ('auch interessant', 'lesen sie auch', 'lesen sie mehr', 'lies auch', 'mehr zum thema'),
 (' auch interessieren', 'auch lesenswert', 'mehr dazu', 'mehr informationen', 'mehr infos', 'passend dazu',
  'siehe auch', 'weitere informationen', 'weiterlesen', 'zum weiterlesen'),
 ('ακόµα', 'ακόµη', 'επίςης'), ('more', 'read more', 'see more'), ('related:',), ('read also',),
 ('also read',), ('see also',), ('lea también', 'lee también', 'más información', 'te puede interesar'),
 ('contenido relacionado', 'entérate', 'le puede interesar', 'lea', 'lea más', 'lee', 'lee más', 'mira',
  'mire', 'noticia relacionada', 'puede ver', 'puedes ver', 'relacionada', 'relacionado', 'también lea',
  'te puede interesar', 've', 'vea', 'vea también', 'ver también'),
 ('entérate', 'informate', 'infórmate'), ('lue ',),
 ('a lire aussi', 'lire aussi', 'voir aussi', 'à lire aussi'),
 ('a lire', 'découvrir', 'lire', 'lire également', 'regarder', 'voir', 'à découvrir', 'à lire',
  'à lire également', 'à voir', 'écouter'),
 ('קרא',), ('पढ़ें',), ('ezt is ajánljuk', 'kapcsolódó', 'olvassa el ezt is'), ('baca',), ('selengkapnya',),
 ('guarda anche', 'leggi anche', 'potrebbe interessarti', 'vedi anche'), ('関連',), ('관련', '연관'), ('주요',),
 ('les ',), ('czytaj ', 'przeczytaj ', 'zobacz '), ('leia mais', 'leia também', 'saiba mais', 'veja também'),
 ('leia', 'leia também', 'relacionada', 'relacionado', 'veja', 'veja mais'), ('citește ', 'vezi și'),
 ('по теме', 'смотрите также', 'читайте также', 'читать также'), ('läs ',),
 ('ayrica bakiniz', 'bunlar da ilginizi çekebilir', 'bunu da okuyun', 'ilgili haber'),
 ('報導', '报道', '文章', '新聞', '新闻', '閱讀', '阅读'), ('#',), ('zurück zu',), ('du bist hier', 'sie sind hier'),
 ('back to ',), ('breadcrumb', 'you are here'), ('skip to ',), ('volver ',), ('retour ',), ('torna ',),
 ('19', '20'), ('カテゴリ', 'タグ', 'テーマ'), ('19', '20'), ('#태그', '카테고리', '키워드', '태그'), ('voltar ',),
 ('你的位置', '当前位置', '您的位置', '目前位置'), ('19', '20'), ('关键字', '关键词', '分类', '分類', '标签', '標籤', '關鍵字', '關鍵詞'),
 ('查看更多',), ('القائمة', 'قائمة'), ('cookies',), (' cookies',), ('lesezeit',), ('lesezeit',),
 ('alle angaben ohne gewähr',), ('speicherung', 'verarbeitung'), ('die meinung ',),
 ('autor', 'beschäftigt sich mit den themen', 'journalist', 'korrespondent', 'leitet das ressort',
  'redakteur', 'volontär'),
 ('schreibt seit ',), (' keine verbindung',), ('zu laden',), ('blocker',), (' cookies',), (' cookies und ',),
 ('akzeptieren', 'alle akzeptieren', 'zustimmen'), ('javascript ',), (' browser ',),
 ('einen neueren browser',), ('ohne javascript funktioniert',), ('read',),
 ('you are using a browser version with',), (' to the ',),
 ('solely those', "the author's own", 'those of the author'),
 ('blogger', 'columnist', 'contributor', 'correspondent', 'editor', 'journalist', 'reporter', 'writer'),
 ('author of',), (' cookies',), ('blocker',), ('using a browser version with limited support',),
 ('content ',), (' cookies',), ('cookies', 'technologies such as cookies'), (' of cookies',), ('standards',),
 (' javascript',), ('your browser ',), (' browser',), ('javascript ',), ('list ',), ('end of list',),
 ('read',), ('tiempo de lectura',), ('de lectura',),
 ('el tratamiento de mis datos', 'la política de privacidad'), (' necesariamente ',),
 ('columnista', 'corresponsal', 'periodista', 'redactor'), (' un bloqueador de ',), ('cookies', 'galletas'),
 (' cookies para',), (' navegando',), (' evästeitä',), ('temps de lecture',), ('de lecture',),
 ('le traitement de mes données', 'que mes données'), ("n'engagent que ",),
 ('chroniqueu', 'correspondant', 'journaliste', 'rédact'), (' un bloqueur de ',), (' contenu ',),
 (' des cookies',), (' navigation',), ('a weboldal', 'ez a weboldal', 'oldalunk', 'weboldalunk'),
 ('tempo di lettura',), ('di lettura',), ('acconsento al trattamento dei ',), (' necessariamente ',),
 ('corrispondente', 'editorialista', 'giornalista', 'redattore', 'redattrice'), ('blocker',), ('cookie',),
 (' navigazione', 'chiudendo questo banner'), ('分で読めます',), ('読了',), ('広告ブロック',), ('プロフィール', '紹介'), ('ブログ村',),
 ('人気ブログランキング',), ('応援',), ('お願い',), ('powered by ',), ('スターをつけました',), ('引用をストックしました',), ('시간',),
 ('소요', '읽기'), ('광고',), ('소개',), ('투자',), ('책임은',), ('기사',), ('통화료가',), ('요약한',), ('보기를',), ('분류했습니다',),
 ('구독해',), ('언론사',), ('듣기를',), ('연결됩니다',), ('tistory',), ('저작자',), (' cookies',),
 ('cookies', 'informasjonskapsler'), ('cookies',), ('cookies',), ('tempo de leitura',), ('de leitura',),
 ('a política de privacidade', 'o tratamento dos meus dados'), (' necessariamente a ',),
 ('colunista', 'correspondente', 'jornalista', 'redator', 'repórter'), (' um bloqueador de ',), (' cookies',),
 ('cookies',), ('acest site', 'folosim', 'site-ul nostru'), ('время чтения',),
 ('может не совпадать', 'не обязательно совпадает'),
 ('журналист', 'корреспондент', 'обозреватель', 'редактор'), ('вы используете', 'у вас включен'),
 ('мы используем', 'наш сайт использует', 'сайт использует', 'этот сайт использует'),
 ('оставаясь', 'продолжая'), ('använd',), ('閱讀時間', '阅读时间', '預計閱讀', '预计阅读'), ('广告屏蔽', '广告拦截', '廣告封鎖', '廣告攔截'),
 ('作者简介', '作者簡介', '关于作者', '關於作者'), ('【',), ('仅供参考', '僅供參考', '風險自負', '风险自担'), ('免責聲明', '免责声明', '風險提示', '风险提示'),
 ('仅代表作者观点', '仅代表该作者或机构观点', '僅代表作者', '观点仅代表作者本人'), ('为自媒体平台',), ('平台声明', '平台聲明', '特別聲明', '特别声明'))

# The prefilter's index: patterns always searched, and (string, pattern) by the string's rarest character.
INDEX = ((),
 {'y': (('did you ', 0), ('enter your email', 49), ('straight to your ', 51), ('we rely on ', 53),
        (' you agree', 54), ('says', 151), ('copyright', 223), ('copyright', 225), ('copyright', 241),
        ('copyright', 300), ('getty', 338), ('getty images', 348), ('ourtesy', 349), ('you are here', 449),
        ('solely those', 486), ('tistory', 558)),
  'w': (('was this ', 0), ('tweet', 5), ('dow', 15), ('newsletter', 22), ('willige ich ', 38),
        ('newsletter', 40), ('weiterlesen mit', 46), (' newsletter', 48), ('newsletter', 56),
        ('newsletter', 57), ('download ', 68), ('newsletter', 69), ('whatsapp', 88), ('whatsapp', 89),
        ('download', 91), ('newsletter', 108), ('whatsapp', 115), ('antwort', 132), ('antworten', 132),
        ('wrote', 151), ('polsat news', 317), ('intime news', 339), ('weitere', 410),
        ('auch lesenswert', 414), ('weitere informationen', 414), ('weiterlesen', 414), ('writer', 487)),
  '되': (('되셨나요', 1),),
  '드': (('드셨다면', 1),),
  '어': (('어떠셨나요', 1),),
  '좋': (('좋으셨다면', 1),),
  '추': (('추천하시겠습니까', 1),),
  'k': (('artikel', 2), ('kospi', 15), ('nikkei', 15), ('kaufen', 24), (' kostenlos ', 30), ('artikel', 42),
        ('breaking', 87), ('dapatkan', 90), ('die kommentarfunktion ', 124), ('kommentare werden ', 125),
        ('kommentar', 126), ('diese website verwendet akismet', 129), ('kommentieren sie hier', 130),
        ('in den kommentaren', 131), ('gedanke', 132), ('kommentar', 132), ('reaktionen', 132),
        ('please keep', 137), ('we ask that', 137), ('this site uses akismet', 145),
        ('we want to hear what you think', 147), ('bei den verlinkungen handelt es sich um', 203),
        ('affiliate links', 209), ('cookie ', 245), ('gestion des cookies', 257), ('co.kr', 272), ('kr', 272),
        ('saklidir', 292), ('saklidir', 293), ('kna', 307), ('kai', 317), ('grafik', 336),
        ('eurokinissi', 339), ('istock', 348), ('shutterstock', 348), ('kuva', 356), ('selengkapnya', 431),
        ('bunu da okuyun', 443), ('back to ', 448), ('skip to ', 450), ('cookies', 464), (' cookies', 465),
        ('korrespondent', 471), ('redakteur', 471), (' keine verbindung', 473), ('blocker', 475),
        (' cookies', 476), (' cookies und ', 477), (' cookies', 489), ('blocker', 490), (' cookies', 493),
        ('cookies', 494), ('technologies such as cookies', 494), (' of cookies', 495), ('cookies', 510),
        (' cookies para', 511), (' des cookies', 521), ('oldalunk', 523), ('weboldalunk', 523),
        ('blocker', 529), ('cookie', 530), (' cookies', 560), ('cookies', 561), ('cookies', 562),
        ('cookies', 563), (' cookies', 570), ('cookies', 571)),
  'b': (('beitrag', 2), ('bitcoin', 15), ('bestellen', 24), ('ihr beitrag hilft', 33),
        ('besuchen sie unseren ', 39), ('bitte registrieren sie sich', 45), ('ubscribe', 55),
        ('a subscriber', 58), (' subscribers', 60), ('already a subscriber', 64), ('recibe ', 70),
        ('berita', 87), ('receba ', 106), ('schreibt', 133), ('website in diesem browser', 134),
        ('comment by', 135), ('comments may be ', 138), (' not responsible for the ', 139),
        ('you must be logged in', 142), ('your email address will not be published', 143),
        ('submit your letter to the editor', 146), (' and website in this browser', 152),
        ('i campi obbligatori sono contrassegnati', 172), ('werbung', 199), ('werbung', 200),
        (' continues below', 205), ('publicite', 213), ('alle rettigheder forbeholdes', 228), ('agb', 235),
        ('may not be ', 242), ('alle rettigheter forbeholdt', 273), ('by', 309), ('bmp', 323), ('webp', 323),
        ('billede', 327), ('symbolbild', 328), ('symbolfoto', 328), ('bild', 330), ('bild', 331),
        ('abbildung', 332), ('aufmacherbild', 333), ('beitragsbild', 333), ('headerbild', 333),
        ('titelbild', 333), ('bild', 335), ('bild', 336), ('bild', 337), ('db', 387), ('bilde', 389),
        ('bild', 401), ('baca', 430), ('potrebbe interessarti', 432), ('saiba mais', 438),
        ('ilgili haber', 443), ('du bist hier', 447), ('breadcrumb', 449), ('schreibt seit ', 472),
        (' browser ', 480), ('einen neueren browser', 481), ('blogger', 487), ('contributor', 487),
        ('your browser ', 498), (' browser', 499), ('a weboldal', 523), ('powered by ', 540)),
  'p': (('als pdf', 3), ('print', 5), ('comparte ', 6), ('compartilhe ', 10), ('spende ', 32),
        (' periodismo', 72), ('app', 118), ('app', 119), ('app', 122), ('repl', 150), ('response', 150),
        ('as opiniones', 156), ('pensamiento', 159), ('respuesta', 159), ('pensieri', 173), ('risposta', 173),
        ('risposte', 173), ('pensamento', 189), ('resposta', 189), ('sponsored', 207),
        ('references to products', 209), ('pensation', 210), ('impressum', 232), ('afp', 307), ('ap', 307),
        ('apa', 307), ('dpa', 307), ('epd', 307), ('pap', 317), ('afp', 338), ('dpa', 338), ('afp', 339),
        ('ap', 339), ('epa', 339), ('photo', 341), ('picture', 341), ('photo', 342), ('photo', 345),
        ('picture', 345), ('photo', 346), ('picture', 346), ('photo', 347), ('picture', 347),
        ('ap photo', 348), ('associated press', 348), ('capturada', 352), ('photo', 357), ('photo', 358),
        ('photo', 360), ('photo', 361), ('photo', 362), ('te puede interesar', 421),
        ('le puede interesar', 422), ('te puede interesar', 422), ('correspondent', 487), ('reporter', 487),
        ('tiempo de lectura', 504), ('corresponsal', 508), ('periodista', 508), ('temps de lecture', 514),
        ('correspondant', 518), ('tempo di lettura', 524), ('corrispondente', 528), ('tempo de leitura', 564),
        ('correspondente', 568)),
  'h': (('share ', 4), ('share', 5), (' the ', 63), (' to the ', 485)),
  'm': (('email', 5), ('ethereum', 15), ('anmelden', 43), ('comments are ', 136), ('comment', 140),
        ('comment', 141), ('comment', 150), ('los comentarios ', 155), ('os comentarios', 156),
        ('comentario', 159), ('les commentaires ', 162), ('commentaire', 166), ('i commenti ', 170),
        ('commenti', 173), ('commento', 173), ('handelt es sich um ', 197), ('mission', 210), ('terms ', 243),
        ('com', 272), ('termos de uso', 280), ('email', 308), ('intime', 339), ('tomada', 352), ('mehr', 410),
        ('themen', 412), ('lesen sie mehr', 413), ('more', 416), ('read more', 416), ('see more', 416),
        ('mira', 422), ('mire', 422), ('leia mais', 438), ('columnist', 487),
        ('el tratamiento de mis datos', 506), (' necesariamente ', 507), ('columnista', 508),
        ('acconsento al trattamento dei ', 526), (' necessariamente ', 527),
        ('o tratamento dos meus dados', 566), (' necessariamente a ', 567)),
  'j': (('jaa', 7), (' journalism', 59), (' journalisme', 81), ('jornalismo', 107), ('if you enjoyed ', 149),
        ('enable javascript to view the comments', 153), ('minden jog fenntartva', 259), ('jp', 323),
        ('veja', 439), ('veja mais', 439), ('journalist', 471), ('javascript ', 479),
        ('ohne javascript funktioniert', 482), ('journalist', 487), (' javascript', 497),
        ('javascript ', 500), ('journaliste', 518), ('informasjonskapsler', 561), ('jornalista', 568)),
  'g': (('partage', 8), ('hang seng', 15), (' posteingang ', 27), ('in deinen posteingang', 28),
        ('sie lesen gern', 35), ('gratis', 41), ('registrieren', 43), ('ign up', 55),
        ('seeing this message', 64), ('guenos en', 75), ('google', 85), ('google', 89), ('telegram', 89),
        ('giornalismo', 94), ('telegram', 113), ('google', 114), ('log in', 142), ('thought', 150),
        ('einstellungen', 237), ('gif', 323), ('png', 323), ('imago', 338), ('image', 341), ('image', 342),
        ('fig', 343), ('image', 345), ('graphic', 346), ('image', 346), ('image', 347), ('imagen', 350),
        ('imagen', 351), ('imagen', 353), ('imagen', 354), ('imagen', 355), ('image', 361), ('imagem', 392),
        ('imagem', 393), ('imagem', 394), ('imagem', 395), ('imagem', 396), ('meistgelesenen ', 411),
        ('regarder', 426), ('guarda anche', 432), ('leggi anche', 432), ('speicherung', 469),
        ('die meinung ', 470), ('galletas', 510), ('giornalista', 528)),
  'v': (('condividi ', 9), ('sie wollen mehr von uns', 37), ('by email and never miss', 52),
        ('have an account', 58), ('never miss ', 66), ('iscriviti alla ', 92),
        ('view the discussion thread', 148), ('scrive', 174), ('escreveu', 190),
        ('salvar meus dados neste navegador', 191), ('salvar meu nome, email e site neste navegador', 192),
        ('advertisement', 206), ('advertising disclosure', 208), ('alle rechte vorbehalten', 230),
        ('verwalten', 237), ('all rights reserved', 240), ('privacy policy', 244),
        ('todos los derechos reservados', 246), ('aviso legal', 247), ('all rights reserved', 262),
        ('todos os direitos reservados', 278), ('ansvarig utgivare', 289), ('all rights reserved', 301),
        ('avif', 323), ('svg', 323), ('archivbild', 328), ('archivfoto', 328), ('video', 346),
        ('afp via getty', 348), ('illustrative', 359), ('puede ver', 422), ('puedes ver', 422), ('ve', 422),
        ('vea', 422), ('voir aussi', 425), ('voir', 426), ('vedi anche', 432), ('volver ', 451),
        ('voltar ', 458), ('verarbeitung', 469), ('you are using a browser version with', 484),
        ('using a browser version with limited support', 491), (' navegando', 512), (' navigation', 522)),
  '分': (('分享到', 11), ('分享', 12), ('分享', 13), ('分享', 14), ('分类', 461), ('分類', 461), ('分で読めます', 532)),
  '手': (('手机', 12), ('手機', 12)),
  '朋': (('朋友圈', 12),),
  'x': (('dax', 15), ('erhalten sie exklusive ', 25), (' your inbox', 50),
        ('contenido exclusivo para suscriptores', 74), ('exclusivo para assinantes', 109)),
  'f': (('ftse', 15), ('auf dem laufenden', 23), ('lust auf mehr', 37), ('for the latest ', 67),
        ('informasi', 87), ('tif', 323), ('foto', 326), ('foto', 327), ('foto', 330), ('foto', 331),
        ('foto', 335), ('foto', 336), ('foto', 337), ('foto', 350), ('foto', 351), ('foto', 353),
        ('foto', 354), ('foto', 355), ('foto', 367), ('foto', 368), ('foto', 389), ('foto', 390),
        ('fot', 391), ('foto', 392), ('foto', 393), ('foto', 394), ('foto', 395), ('foto', 396),
        ('foto', 397), ('foto', 401), ('mehr informationen', 414), ('mehr infos', 414), ('informate', 423),
        ('those of the author', 486), ('author of', 488), ('end of list', 502), ('folosim', 572)),
  'q': (('nasdaq', 15), ('cancela cuando quieras', 77), ('comments powered by disqus', 154),
        (' from qualifying purchases', 212), ('bildquelle', 334), ('quelle', 336),
        (' un bloqueador de ', 509), ('chroniqueu', 518), (' un bloqueur de ', 519),
        ('chiudendo questo banner', 531), (' um bloqueador de ', 569)),
  '&': (('s&p', 15),),
  '종': (('종료', 16),),
  '마': (('마감', 17),),
  '변': (('변동률', 18),),
  '상': (('상승종목', 19),),
  '하': (('하락종목', 19),),
  'ت': (('تابع', 20),),
  'ا': (('النشرة', 21), ('الحقوق', 221), ('المصدر', 306), ('الأناضول', 322), ('الأوروبية', 322),
        ('الجزيرة', 322), ('الفرنسية', 322), ('اقرأ', 407), ('القائمة', 463)),
  'ä': (('um neue beiträge per e', 26), ('wir informieren sie regelmäßig', 29), ('gefällt ', 36),
        ('wählen sie ihren zugang', 44), (' enthält', 201), ('enthält', 201),
        ('kaikki oikeudet pidätetään', 251), ('vastaava päätoimittaja', 252),
        ('alla rättigheter förbehållna', 288), ('läs ', 442), ('alle angaben ohne gewähr', 468),
        ('beschäftigt sich mit den themen', 471), ('volontär', 471), (' evästeitä', 513), ('använd', 579)),
  'ü': (('unterstützen sie ', 31), ('unterstütze', 34), ('für links auf dieser seite erhält', 202),
        ('urheberrechtlich geschützt', 231), ('zurück zu', 446)),
  'z': (('jetzt', 41), ('recevez ', 79), ('zapraszamy ', 105), ('komentarze', 182), ('komentarzy', 182),
        ('odpowiedzi', 182), ('pisze', 183), ('anzeige', 198), ('amazon product advertising api', 204),
        ('participates in the amazon ', 211), ('datenschutz', 233), ('nutzungsbedingungen', 234),
        ('korzystamy z ', 276), ('toate drepturile rezervate', 282), ('izinsiz kullanilamaz', 294),
        ('zdroj', 326), ('mehr zum thema', 413), ('mehr dazu', 414), ('passend dazu', 414),
        ('zum weiterlesen', 414), ('olvassa el ezt is', 429), ('czytaj ', 437), ('przeczytaj ', 437),
        ('zobacz ', 437), ('ayrica bakiniz', 443), ('lesezeit', 466), ('lesezeit', 467), ('zu laden', 474),
        ('akzeptieren', 478), ('alle akzeptieren', 478), ('zustimmen', 478), ('ez a weboldal', 523),
        (' navigazione', 531)),
  'α': (('ακολουθήςτε', 47), ('απε', 339), ('απε-µπε', 339), ('ακόµα', 415), ('ακόµη', 415)),
  'c': (('access', 61), ('access to', 65), ('canal de ', 76), ('dice', 160), ('contact', 308), ('reach', 308),
        ('alliance', 329), ('credit', 344), ('contenido relacionado', 422), ('noticia relacionada', 422),
        ('relacionada', 422), ('relacionado', 422), ('relacionada', 439), ('relacionado', 439),
        ('content ', 492), ('redactor', 508), ('redattrice', 528), ('acest site', 572)),
  'o': ((' to ', 62),),
  'í': (('boletín', 69), ('suscríbete ', 71), ('regístrate', 73), ('suscríbete', 73),
        ('política de privacidad', 248), ('política de cookies', 249), ('política de privacidade', 279),
        ('política de cookies', 281), ('fotografía', 354), ('la política de privacidad', 506),
        ('a política de privacidade', 566)),
  'ó': (('sigue toda la información de ', 78), ('tu dirección de correo electrónico no será publicada', 157),
        ('escribió', 160), ('guarda mi nombre, correo electrónico y ', 161),
        ('campos obrigatórios são marcados', 188), ('fotó', 366), ('infórmate', 423), ('kapcsolódó', 429),
        ('repórter', 568)),
  '-': (('inscrivez-vous ', 80), ('abonnez-vous', 82), ('inscrivez-vous', 82),
        (' e-mail-adresse wird nicht veröffentlicht', 127), ('cookie-einstellungen', 236), ('e-mail', 308),
        ('epa-efe', 348), ('site-ul nostru', 572)),
  'é': (('article réservé aux abonnés', 83), ('réservé aux abonnés', 84), (' ne sera pas publiée', 164),
        ('les champs obligatoires sont indiqués', 165), ('réflexion', 166), ('réponse', 166),
        ('a écrit', 167), ('términos y condiciones', 250), ('tous droits réservés', 253),
        ('mentions légales', 254), ('politique de confidentialité', 255), ('conditions générales', 256),
        ('crédit', 357), ('crédit', 360), ('crédit', 361), ('crédit', 362), ('crédit', 363), ('kép', 366),
        ('lea también', 421), ('lee también', 421), ('entérate', 422), ('también lea', 422),
        ('vea también', 422), ('ver también', 422), ('entérate', 423), ('découvrir', 426),
        ('lire également', 426), ('écouter', 426), ('leia também', 438), ('veja também', 438),
        ('leia também', 439), ('le traitement de mes données', 516), ('que mes données', 516),
        ('rédact', 518)),
  'ग': (('गूगल', 85),),
  'व': (('व्हाट्सएप', 86),),
  'u': (('nella tua ', 93), ('anuncie', 219), ('reuters', 307), ('a cura di', 311), ('reuters', 338),
        ('reuters', 339), ('illustration', 346), ('illustration', 361), ('ilustrasi', 368), ('sursa', 397),
        ('auch interessant', 413), ('lesen sie auch', 413), ('lies auch', 413), (' auch interessieren', 414),
        ('siehe auch', 414), ('lue ', 424), ('a lire aussi', 425), ('lire aussi', 425), ('retour ', 452),
        ('autor', 471), ('de lectura', 505), ('de lecture', 515), (' contenu ', 520), ('di lettura', 525),
        ('de leitura', 565), ('colunista', 568)),
  'ニ': (('ニュースレター', 95),),
  'メ': (('メルマガ', 95), ('メールマガジン', 95)),
  '会': (('会員', 96),),
  '有': (('有料', 96),),
  '続': (('続きを読むには', 97),),
  '残': (('残り', 98), ('残り', 99)),
  'ロ': (('ログインして', 100),),
  '구': (('구독', 101), ('구독', 104), ('구독해', 554)),
  '뉴': (('뉴스레터', 102),),
  '채': (('채널', 103), ('채널', 104)),
  '친': (('친구', 104),),
  'п': (('подпишитесь на ', 110), ('поддержите ', 111), ('подписывайтесь на ', 112), ('перепечатка', 284),
        ('политика конфиденциальности', 286), ('пользовательское соглашение', 287), ('по теме', 441),
        ('продолжая', 578)),
  'т': (('телеграм', 113),),
  '訂': (('訂閱', 116),),
  '订': (('订阅', 116),),
  '扫': (('扫描', 117), ('扫码', 117)),
  '掃': (('掃描', 117),),
  '客': (('客户端', 118), ('客戶端', 119), ('客户端', 119), ('客戶端', 122), ('客户端', 122)),
  '电': (('电子报', 120),),
  '電': (('電子報', 120),),
  '加': (('加入好友', 121),),
  '查': (('查看', 123), ('查看更多', 462)),
  '閱': (('閱讀', 123), ('閱讀', 444), ('閱讀時間', 580)),
  '阅': (('阅读', 123), ('阅读', 444), ('阅读时间', 580)),
  '*': (('erforderliche felder sind mit * markiert', 128), ('required fields are marked *', 144)),
  'á': (('los campos obligatorios están marcados', 158), ('os comentários ', 184), ('comentário', 189),
        ('forrás', 366), ('más información', 421), ('lea más', 422), ('lee más', 422),
        ('ezt is ajánljuk', 429)),
  "'": (("n'est pas responsable des ", 163), ("d'illustration", 359), ("the author's own", 486),
        ("n'engagent que ", 517)),
  'd': (('dit', 167), ('disse', 190), ('dts', 307), ('idea', 307), ('sda', 307), ('di', 311), ('redit', 349),
        ('read also', 418), ('also read', 419), ('sie sind hier', 447), ('leitet das ressort', 471),
        ('read', 483), ('editor', 487), ('standards', 496), ('read', 503), ('editorialista', 528),
        ('redattore', 528), ('redator', 568)),
  ',': (('enregistrer mon nom, mon ', 168),),
  'ה': (('התגובות', 169), ('הזכויות', 258)),
  'à': (('il tuo indirizzo email non sarà pubblicato', 171), ('à lire aussi', 425), ('à découvrir', 426),
        ('à lire', 426), ('à lire également', 426), ('à voir', 426)),
  'コ': (('コメントは', 175), ('コメント', 176), ('コメントは個人の見解', 177), ('コメント', 178)),
  '관': (('관리자', 179), ('관련', 434)),
  '운': (('운영자', 179),),
  '댓': (('댓글', 180), ('댓글', 181)),
  'ł': (('napisał', 183), ('napisała', 183), ('materiał chroniony prawem autorskim', 275)),
  'ã': (('não se responsabiliza ', 185), (' não será publicado', 186), (' não será publicado', 187)),
  'к': (('комментарии ', 193), ('корреспондент', 575)),
  'р': (('редакция не несет ответственности за ', 194), ('редактор', 575)),
  'ì': (('bình luận', 195),),
  'ý': (('ý kiến', 195),),
  '审': (('审核', 196), ('审校', 319), ('审核', 319)),
  '審': (('審核', 196), ('審校', 319), ('審核', 319)),
  'ú': (('anúnciese', 213),),
  '광': (('광고', 214), ('광고', 545)),
  '기': (('기사', 215), ('기다립니다', 218), ('기자', 313), ('기자', 315), ('기자', 316), ('기사', 549)),
  '제': (('제보', 216), ('제보는', 217), ('제공', 388)),
  'ล': (('ลงโฆษณากับ', 220), ('ลิขสิทธิ์', 291)),
  'م': (('محفوظة', 222), ('مواقع التواصل', 322)),
  '(': (('(c)', 223), ('(', 310), ('(', 405)),
  '©': (('©', 223), ('©', 224)),
  'ⓒ': (('ⓒ', 223), ('ⓒ', 224)),
  'š': (('všechna práva vyhrazena', 226), ('veškerá práva vyhrazena', 227)),
  'ø': (('ansvarshavende redaktør', 229), ('ansvarlig redaktør', 274)),
  'δ': (('δͅκᾳώµατος', 238), ('δͅατηρούντᾳ', 239)),
  'κ': (('κατοχυρωµένα', 239),),
  '無': (('無断', 260),),
  '著': (('著作権', 261),),
  '무': (('무단', 263),),
  '재': (('재배포', 264), ('재판매', 384)),
  '저': (('저작권자', 265), ('저작자', 559)),
  '학': (('학습', 266),),
  '등': (('등록', 267),),
  '발': (('발행', 268), ('발행·편집', 268), ('발행ㆍ편집', 268)),
  '편': (('편집', 268), ('편집위원', 316)),
  '청': (('청소년', 269),),
  '대': (('대표', 270), ('대기자', 315), ('대기자', 316)),
  '공': (('공감언론', 271),),
  'ż': (('wszelkie prawa zastrzeżone', 277),),
  'в': (('все права защищены', 283), ('время чтения', 573), ('вы используете', 576)),
  'и': (('использовании', 285), ('изображение', 399), ('иллюстрация', 399)),
  'ц': (('цитировании', 285),),
  'ส': (('สงวนลิขสิทธิ์', 290),),
  '版': (('版权所有', 295), ('版權所有', 296)),
  '未': (('未经', 297), ('未經', 298)),
  '转': (('转载请注明', 299),),
  '备': (('备案', 302), ('icp备', 303)),
  '证': (('icp证', 304),),
  '违': (('违法和不良信息举报', 305),),
  'r': (('rtr', 307), ('iar', 317), ('torna ', 453)),
  '/': (('/', 312), ('reuters/', 348), ('/', 381), ('/', 383), ('/', 402)),
  ':': ((':', 312), (':', 402), ('related:', 417)),
  '=': (('=', 312),),
  '／': (('／', 312), ('／', 402)),
  '：': (('：', 312), ('：', 402)),
  '＝': (('＝', 312),),
  '객': (('객원기자', 313), ('객원기자', 315), ('객원기자', 316)),
  '논': (('논설위원', 313), ('논설위원', 315), ('논설위원', 316)),
  '선': (('선임기자', 313), ('선임기자', 315), ('선임기자', 316)),
  '인': (('인턴기자', 313), ('인턴기자', 315), ('인턴기자', 316)),
  '칼': (('칼럼니스트', 313), ('칼럼니스트', 316)),
  '통': (('통신원', 313), ('통신원', 315), ('통신원', 316), ('통화료가', 550)),
  '특': (('특파원', 313), ('특파원', 315), ('특파원', 316)),
  '@': (('@', 314), ('@', 382)),
  '수': (('수습기자', 315), ('수습기자', 316)),
  '전': (('전문기자', 315), ('전문기자', 316)),
  '2': (('tvn24', 317), ('20', 454), ('20', 456), ('20', 460)),
  '作': (('作者', 318), ('作者简介', 582), ('作者簡介', 582)),
  '採': (('採訪', 318),),
  '摄': (('摄影', 318),),
  '撰': (('撰文', 318),),
  '攝': (('攝影', 318),),
  '文': (('文字', 318), ('文章來源', 321), ('文章来源', 321), ('文章', 444)),
  '記': (('記者', 318),),
  '记': (('记者', 318),),
  '采': (('采访', 318),),
  '主': (('主編', 319), ('主编', 319)),
  '校': (('校对', 319), ('校對', 319)),
  '监': (('监制', 319),),
  '監': (('監製', 319),),
  '編': (('編輯', 319),),
  '编': (('编辑', 319),),
  '責': (('責任編輯', 319), ('責編', 319)),
  '责': (('责任编辑', 319), ('责编', 319)),
  '來': (('來源', 320),),
  '出': (('出处', 320), ('出處', 320)),
  '来': (('来源', 320),),
  '稿': (('稿源', 320),),
  '新': (('新聞來源', 321), ('新闻来源', 321), ('新聞', 444), ('新闻', 444)),
  '本': (('本文來源', 321), ('本文来源', 321)),
  '消': (('消息来源', 321),),
  'أ': (('أرشيف', 322), ('أسوشيتد برس', 322)),
  'ر': (('رويترز', 322),),
  'غ': (('غيتي', 322),),
  'و': (('وكالات', 322),),
  '[': (('[', 324), ('[', 325)),
  'č': (('ilustrační foto', 326), ('čtěte ', 408)),
  'φ': (('φωτ', 340),),
  'א': (('איור', 364),),
  'צ': (('צילום', 364), ('צילומים', 364), ('צלם', 364), ('צילו', 365)),
  'グ': (('グラフ', 369),),
  '写': (('写真', 369), ('写真', 370), ('写真', 371), ('写真', 372), ('写真', 373), ('写真を見る', 374), ('写真', 375)),
  '動': (('動画', 369),),
  '図': (('図表', 369), ('図版', 370), ('図', 371)),
  '画': (('画像', 369), ('画像', 370), ('画像', 371), ('画像', 372), ('画像', 373), ('画像', 375), ('画像はイメージです', 376)),
  '그': (('그래픽', 377), ('그래픽', 380), ('그래픽', 386)),
  '사': (('사진', 377), ('사진', 378), ('사진제공', 379), ('사진', 380), ('사진제공', 380), ('사진', 386)),
  '자': (('자료', 377), ('자료', 378), ('자료', 380), ('자료', 386), ('자료사진', 387), ('자료사진', 388)),
  '출': (('출처', 377), ('출처', 380)),
  '일': (('일러스트', 380),),
  '▲': (('▲', 385),),
  '연': (('연합뉴스', 388), ('연관', 434), ('연결됩니다', 557)),
  '촬': (('촬영', 388),),
  '.': (('fot.', 390),),
  'ę': (('zdjęcie', 390),),
  'ź': (('źródło', 390),),
  'ă': (('sursă', 397),),
  'ф': (('фото', 398), ('фото', 399), ('фото', 400)),
  '（': (('（', 403), ('（', 405)),
  '图': (('图源', 404), ('图片来源', 404)),
  '圖': (('圖源', 404), ('圖片來源', 404)),
  '。': (('。', 406),),
  'إ': (('إقرأ', 407),),
  'ř': (('přečtěte si ', 408),),
  'æ': (('læs ', 409),),
  'ε': (('επίςης', 415),),
  'l': (('see also', 420), ('lea', 422), ('lee', 422), ('a lire', 426), ('lire', 426), ('les ', 436),
        ('leia', 439), ('list ', 501)),
  'ק': (('קרא', 427),),
  'प': (('पढ़ें', 428),),
  '関': (('関連', 433),),
  '주': (('주요', 435),),
  'ș': (('citește ', 440), ('vezi și', 440)),
  'с': (('смотрите также', 441), ('сайт использует', 577)),
  'ч': (('читайте также', 441), ('читать также', 441)),
  'ç': (('bunlar da ilginizi çekebilir', 443),),
  '報': (('報導', 444),),
  '报': (('报道', 444),),
  '#': (('#', 445), ('#태그', 457)),
  '1': (('19', 454), ('19', 456), ('19', 460)),
  'カ': (('カテゴリ', 455),),
  'タ': (('タグ', 455),),
  'テ': (('テーマ', 455),),
  '카': (('카테고리', 457),),
  '키': (('키워드', 457),),
  '태': (('태그', 457),),
  '你': (('你的位置', 459),),
  '当': (('当前位置', 459),),
  '您': (('您的位置', 459),),
  '目': (('目前位置', 459),),
  '关': (('关键字', 461), ('关键词', 461), ('关于作者', 582)),
  '标': (('标签', 461),),
  '標': (('標籤', 461),),
  '關': (('關鍵字', 461), ('關鍵詞', 461), ('關於作者', 582)),
  'ق': (('قائمة', 463),),
  '読': (('読了', 533),),
  '広': (('広告ブロック', 534),),
  'プ': (('プロフィール', 535),),
  '紹': (('紹介', 535),),
  'ブ': (('ブログ村', 536),),
  '人': (('人気ブログランキング', 537),),
  '応': (('応援', 538),),
  'お': (('お願い', 539),),
  'ス': (('スターをつけました', 541),),
  '引': (('引用をストックしました', 542),),
  '시': (('시간', 543),),
  '소': (('소요', 544), ('소개', 546)),
  '읽': (('읽기', 544),),
  '투': (('투자', 547),),
  '책': (('책임은', 548),),
  '요': (('요약한', 551),),
  '보': (('보기를', 552),),
  '분': (('분류했습니다', 553),),
  '언': (('언론사', 555),),
  '듣': (('듣기를', 556),),
  'м': (('может не совпадать', 574), ('мы используем', 577)),
  'н': (('не обязательно совпадает', 574), ('наш сайт использует', 577)),
  'ж': (('журналист', 575),),
  'о': (('обозреватель', 575), ('оставаясь', 578)),
  'у': (('у вас включен', 576),),
  'э': (('этот сайт использует', 577),),
  '預': (('預計閱讀', 580),),
  '预': (('预计阅读', 580),),
  '广': (('广告屏蔽', 581), ('广告拦截', 581)),
  '廣': (('廣告封鎖', 581), ('廣告攔截', 581)),
  '【': (('【', 583),),
  '仅': (('仅供参考', 584), ('仅代表作者观点', 586), ('仅代表该作者或机构观点', 586)),
  '僅': (('僅供參考', 584), ('僅代表作者', 586)),
  '風': (('風險自負', 584), ('風險提示', 585)),
  '风': (('风险自担', 584), ('风险提示', 585)),
  '免': (('免責聲明', 585), ('免责声明', 585)),
  '观': (('观点仅代表作者本人', 586),),
  '为': (('为自媒体平台', 587),),
  '平': (('平台声明', 588), ('平台聲明', 588)),
  '特': (('特別聲明', 588), ('特别声明', 588))})

# Lexicon.languages: each table's LanguageTable fields (stopwords sorted, one a line).
LANGUAGES = ({'language': 'ar',
  'stopwords': '',
  'published_labels': ('نشر في', 'نُشر في', 'تاريخ النشر', 'نشر بتاريخ', 'نشر'),
  'modified_labels': ('آخر تحديث', 'تحديث', 'تم التحديث'),
  'months': {'يناير': 1,
             'فبراير': 2,
             'مارس': 3,
             'أبريل': 4,
             'ابريل': 4,
             'مايو': 5,
             'يونيو': 6,
             'يوليو': 7,
             'أغسطس': 8,
             'اغسطس': 8,
             'سبتمبر': 9,
             'أكتوبر': 10,
             'اكتوبر': 10,
             'نوفمبر': 11,
             'ديسمبر': 12,
             'كانون الثاني': 1,
             'شباط': 2,
             'آذار': 3,
             'نيسان': 4,
             'أيار': 5,
             'حزيران': 6,
             'تموز': 7,
             'آب': 8,
             'أيلول': 9,
             'تشرين الأول': 10,
             'تشرين الثاني': 11,
             'كانون الأول': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': (),
  'byline_prefixes': ('بقلم', 'كتب', 'كتبت', 'إعداد', 'تقرير', 'مراسل', 'مراسلة'),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'und',
  'stopwords': '',
  'published_labels': (),
  'modified_labels': (),
  'months': {},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': (),
  'byline_prefixes': (),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': ('reuters', 'associated press', 'ap', 'afp', 'bloomberg', 'dpa', 'epa', 'upi', 'ani', 'pti',
                'ians', 'efe', 'ansa', 'kyodo', 'xinhua', 'yonhap', 'tass', 'ria novosti', 'apa', 'sda',
                'kna', 'staff', 'staff writer', 'staff reports', 'wire services', 'cnn', 'bbc news',
                'the associated press', 'agence france-presse', '연합뉴스', '뉴시스', '뉴스1', '共同通信', '時事通信', '新华社',
                '中新社', '中央社'),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'cs',
  'stopwords': 'a\n'
               'aby\n'
               'ale\n'
               'ani\n'
               'bez\n'
               'bude\n'
               'budou\n'
               'by\n'
               'byl\n'
               'byla\n'
               'byli\n'
               'bylo\n'
               'být\n'
               'co\n'
               'do\n'
               'ho\n'
               'i\n'
               'jak\n'
               'jako\n'
               'je\n'
               'jeho\n'
               'jejich\n'
               'její\n'
               'jen\n'
               'ještě\n'
               'jsem\n'
               'jsme\n'
               'jsou\n'
               'já\n'
               'jí\n'
               'k\n'
               'kde\n'
               'když\n'
               'ke\n'
               'která\n'
               'které\n'
               'který\n'
               'kteří\n'
               'mají\n'
               'mezi\n'
               'mi\n'
               'mu\n'
               'my\n'
               'má\n'
               'na\n'
               'nad\n'
               'nebo\n'
               'než\n'
               'o\n'
               'od\n'
               'on\n'
               'ona\n'
               'oni\n'
               'po\n'
               'pod\n'
               'podle\n'
               'pro\n'
               'protože\n'
               'před\n'
               'při\n'
               's\n'
               'se\n'
               'si\n'
               'ta\n'
               'tak\n'
               'také\n'
               'tato\n'
               'ten\n'
               'tento\n'
               'to\n'
               'toto\n'
               'ty\n'
               'tím\n'
               'u\n'
               'už\n'
               'v\n'
               've\n'
               'vy\n'
               'však\n'
               'z\n'
               'za\n'
               'ze\n'
               'že',
  'published_labels': ('publikováno', 'vydáno', 'zveřejněno'),
  'modified_labels': ('aktualizováno', 'upraveno'),
  'months': {'ledna': 1,
             'leden': 1,
             'února': 2,
             'únor': 2,
             'března': 3,
             'březen': 3,
             'dubna': 4,
             'duben': 4,
             'května': 5,
             'květen': 5,
             'června': 6,
             'červen': 6,
             'července': 7,
             'červenec': 7,
             'srpna': 8,
             'srpen': 8,
             'září': 9,
             'října': 10,
             'říjen': 10,
             'listopadu': 11,
             'listopad': 11,
             'prosince': 12,
             'prosinec': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('v',),
  'byline_prefixes': (),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'da',
  'stopwords': 'af\n'
               'alle\n'
               'alt\n'
               'anden\n'
               'at\n'
               'blev\n'
               'blive\n'
               'bliver\n'
               'da\n'
               'de\n'
               'dem\n'
               'den\n'
               'denne\n'
               'der\n'
               'deres\n'
               'det\n'
               'dette\n'
               'dig\n'
               'disse\n'
               'dog\n'
               'du\n'
               'efter\n'
               'eller\n'
               'en\n'
               'end\n'
               'er\n'
               'et\n'
               'for\n'
               'fordi\n'
               'fra\n'
               'ham\n'
               'han\n'
               'hans\n'
               'har\n'
               'havde\n'
               'have\n'
               'hende\n'
               'her\n'
               'hos\n'
               'hun\n'
               'hvad\n'
               'hvis\n'
               'hvor\n'
               'i\n'
               'ikke\n'
               'ind\n'
               'jo\n'
               'kan\n'
               'kunne\n'
               'man\n'
               'med\n'
               'meget\n'
               'mellem\n'
               'men\n'
               'mig\n'
               'min\n'
               'mine\n'
               'mit\n'
               'mod\n'
               'ned\n'
               'noget\n'
               'nu\n'
               'når\n'
               'og\n'
               'også\n'
               'om\n'
               'op\n'
               'os\n'
               'over\n'
               'på\n'
               'selv\n'
               'siden\n'
               'sig\n'
               'sin\n'
               'sine\n'
               'sit\n'
               'skal\n'
               'skulle\n'
               'som\n'
               'til\n'
               'ud\n'
               'uden\n'
               'under\n'
               'var\n'
               'vi\n'
               'vil\n'
               'ville\n'
               'vor\n'
               'være',
  'published_labels': ('publiceret', 'udgivet'),
  'modified_labels': ('opdateret', 'senest opdateret'),
  'months': {'januar': 1,
             'jan': 1,
             'februar': 2,
             'feb': 2,
             'marts': 3,
             'mar': 3,
             'april': 4,
             'apr': 4,
             'maj': 5,
             'juni': 6,
             'jun': 6,
             'juli': 7,
             'jul': 7,
             'august': 8,
             'aug': 8,
             'september': 9,
             'sep': 9,
             'oktober': 10,
             'okt': 10,
             'november': 11,
             'nov': 11,
             'december': 12,
             'dec': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('kl.', 'kl'),
  'byline_prefixes': (),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'de',
  'stopwords': 'aber\n'
               'alle\n'
               'als\n'
               'am\n'
               'an\n'
               'auch\n'
               'auf\n'
               'aus\n'
               'bei\n'
               'bis\n'
               'damit\n'
               'dann\n'
               'das\n'
               'dass\n'
               'dem\n'
               'den\n'
               'denn\n'
               'der\n'
               'des\n'
               'die\n'
               'diese\n'
               'diesem\n'
               'dieser\n'
               'doch\n'
               'durch\n'
               'ein\n'
               'eine\n'
               'einem\n'
               'einen\n'
               'einer\n'
               'eines\n'
               'er\n'
               'es\n'
               'für\n'
               'gegen\n'
               'gibt\n'
               'habe\n'
               'haben\n'
               'hat\n'
               'hatte\n'
               'ich\n'
               'ihr\n'
               'ihre\n'
               'im\n'
               'immer\n'
               'in\n'
               'ist\n'
               'jahr\n'
               'jahren\n'
               'jetzt\n'
               'kann\n'
               'keine\n'
               'können\n'
               'man\n'
               'mehr\n'
               'mit\n'
               'muss\n'
               'nach\n'
               'nicht\n'
               'noch\n'
               'nur\n'
               'oder\n'
               'sagte\n'
               'schon\n'
               'sei\n'
               'sein\n'
               'seine\n'
               'seiner\n'
               'seit\n'
               'sich\n'
               'sie\n'
               'sind\n'
               'so\n'
               'soll\n'
               'um\n'
               'und\n'
               'unter\n'
               'vom\n'
               'von\n'
               'vor\n'
               'war\n'
               'waren\n'
               'was\n'
               'wenn\n'
               'werden\n'
               'wie\n'
               'wieder\n'
               'will\n'
               'wir\n'
               'wird\n'
               'worden\n'
               'wurde\n'
               'zu\n'
               'zum\n'
               'zur\n'
               'zwei\n'
               'zwischen\n'
               'über',
  'published_labels': ('veröffentlicht', 'veröffentlicht am', 'erschienen', 'erschienen am', 'erstellt',
                       'erstellt am', 'publiziert', 'datum'),
  'modified_labels': ('stand', 'aktualisiert', 'aktualisiert am', 'editiert', 'editiert am', 'bearbeitet',
                      'zuletzt aktualisiert', 'geändert', 'letzte änderung', 'update'),
  'months': {'januar': 1,
             'jan': 1,
             'jänner': 1,
             'februar': 2,
             'feb': 2,
             'märz': 3,
             'mär': 3,
             'maerz': 3,
             'april': 4,
             'apr': 4,
             'mai': 5,
             'juni': 6,
             'jun': 6,
             'juli': 7,
             'jul': 7,
             'august': 8,
             'aug': 8,
             'september': 9,
             'sep': 9,
             'sept': 9,
             'oktober': 10,
             'okt': 10,
             'november': 11,
             'nov': 11,
             'dezember': 12,
             'dez': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('um',),
  'byline_prefixes': ('von', 'text', 'autor', 'autorin', 'ein beitrag von', 'geschrieben von'),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': ('folgen', 'autor folgen', 'mehr von', 'e-mail an'),
  'byline_credits': ('mit material von', 'redigiert von', 'bearbeitet von', 'berichterstattung', 'mitarbeit'),
  'byline_sign_offs': ()},
 {'language': 'el',
  'stopwords': '',
  'published_labels': ('δημοσίευση', 'δημοσιεύθηκε', 'δημοσιεύτηκε'),
  'modified_labels': ('ενημέρωση', 'τελευταία ενημέρωση', 'ενημερώθηκε'),
  'months': {'ιανουαρίου': 1,
             'φεβρουαρίου': 2,
             'μαρτίου': 3,
             'απριλίου': 4,
             'μαΐου': 5,
             'ιουνίου': 6,
             'ιουλίου': 7,
             'αυγούστου': 8,
             'σεπτεμβρίου': 9,
             'οκτωβρίου': 10,
             'νοεμβρίου': 11,
             'δεκεμβρίου': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': (),
  'byline_prefixes': (),
  'byline_line_prefixes': ('του', 'της'),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'en',
  'stopwords': 'a\n'
               'about\n'
               'after\n'
               'against\n'
               'all\n'
               'also\n'
               'an\n'
               'and\n'
               'another\n'
               'any\n'
               'are\n'
               'as\n'
               'at\n'
               'back\n'
               'be\n'
               'because\n'
               'been\n'
               'before\n'
               'being\n'
               'between\n'
               'both\n'
               'but\n'
               'by\n'
               'came\n'
               'can\n'
               'come\n'
               'could\n'
               'day\n'
               'did\n'
               'do\n'
               'does\n'
               'down\n'
               'during\n'
               'each\n'
               'even\n'
               'first\n'
               'for\n'
               'from\n'
               'get\n'
               'go\n'
               'good\n'
               'great\n'
               'had\n'
               'has\n'
               'have\n'
               'he\n'
               'her\n'
               'here\n'
               'him\n'
               'his\n'
               'how\n'
               'i\n'
               'if\n'
               'in\n'
               'into\n'
               'is\n'
               'it\n'
               "it's\n"
               'its\n'
               'just\n'
               'know\n'
               'last\n'
               'life\n'
               'like\n'
               'little\n'
               'long\n'
               'made\n'
               'make\n'
               'man\n'
               'many\n'
               'may\n'
               'me\n'
               'men\n'
               'might\n'
               'more\n'
               'most\n'
               'much\n'
               'must\n'
               'my\n'
               'never\n'
               'new\n'
               'no\n'
               'not\n'
               'now\n'
               'of\n'
               'off\n'
               'old\n'
               'on\n'
               'one\n'
               'only\n'
               'or\n'
               'other\n'
               'our\n'
               'out\n'
               'over\n'
               'own\n'
               'people\n'
               'right\n'
               'said\n'
               'same\n'
               'say\n'
               'says\n'
               'see\n'
               'she\n'
               'should\n'
               'since\n'
               'so\n'
               'some\n'
               'state\n'
               'still\n'
               'such\n'
               'take\n'
               'than\n'
               'that\n'
               'the\n'
               'their\n'
               'them\n'
               'then\n'
               'there\n'
               "there's\n"
               'these\n'
               'they\n'
               'this\n'
               'those\n'
               'three\n'
               'through\n'
               'time\n'
               'to\n'
               'too\n'
               'two\n'
               'under\n'
               'up\n'
               'us\n'
               'used\n'
               'very\n'
               'was\n'
               'way\n'
               'we\n'
               "we're\n"
               'well\n'
               'were\n'
               'what\n'
               'when\n'
               'where\n'
               'which\n'
               'while\n'
               'who\n'
               'will\n'
               'with\n'
               'work\n'
               'world\n'
               'would\n'
               'year\n'
               'years\n'
               'you\n'
               'your',
  'published_labels': ('published', 'posted', 'first published', 'originally published', 'original',
                       'published on', 'posted on', 'created', 'date', 'released', 'filed', 'issued'),
  'modified_labels': ('updated', 'last updated', 'modified', 'last modified', 'edited', 'revised',
                      'updated on', 'updated at'),
  'months': {'january': 1,
             'jan': 1,
             'february': 2,
             'feb': 2,
             'march': 3,
             'mar': 3,
             'april': 4,
             'apr': 4,
             'may': 5,
             'june': 6,
             'jun': 6,
             'july': 7,
             'jul': 7,
             'august': 8,
             'aug': 8,
             'september': 9,
             'sep': 9,
             'sept': 9,
             'october': 10,
             'oct': 10,
             'november': 11,
             'nov': 11,
             'december': 12,
             'dec': 12},
  'am': ('am', 'a.m.'),
  'pm': ('pm', 'p.m.'),
  'year_prefixes': (),
  'time_joiners': ('at',),
  'byline_prefixes': ('by', 'written by', 'words by', 'reporting by', 'story by', 'author', 'authors',
                      'posted by', 'text by'),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': ('editing by', 'edited by', 'additional editing by', 'graphics by', 'photos by',
                           'photo by', 'fact-checking by', 'fact checked by'),
  'byline_ui': ('email the author', 'contact the author', 'follow', 'follow on twitter', 'view all posts',
                'more by', 'see all articles', 'author profile', 'staff writer', 'staff', 'contributor',
                'editor', 'reporter', 'correspondent', 'columnist', 'more from this author',
                'about the author', 'bio'),
  'byline_credits': ('reporting by', 'additional reporting by', 'writing by', 'editing by',
                     'reporting and writing by', 'compiled by', 'with reporting by', 'written by'),
  'byline_sign_offs': ()},
 {'language': 'es',
  'stopwords': 'a\n'
               'al\n'
               'algunos\n'
               'ante\n'
               'antes\n'
               'como\n'
               'con\n'
               'contra\n'
               'cual\n'
               'cuando\n'
               'de\n'
               'del\n'
               'desde\n'
               'donde\n'
               'durante\n'
               'e\n'
               'el\n'
               'ella\n'
               'ellos\n'
               'en\n'
               'entre\n'
               'es\n'
               'esa\n'
               'ese\n'
               'eso\n'
               'esta\n'
               'estar\n'
               'estas\n'
               'este\n'
               'esto\n'
               'estos\n'
               'fue\n'
               'ha\n'
               'han\n'
               'hasta\n'
               'hay\n'
               'la\n'
               'las\n'
               'le\n'
               'les\n'
               'lo\n'
               'los\n'
               'me\n'
               'mucho\n'
               'muchos\n'
               'muy\n'
               'más\n'
               'mí\n'
               'nada\n'
               'ni\n'
               'no\n'
               'nos\n'
               'o\n'
               'otra\n'
               'otras\n'
               'otro\n'
               'otros\n'
               'para\n'
               'pero\n'
               'poco\n'
               'por\n'
               'porque\n'
               'que\n'
               'quien\n'
               'quienes\n'
               'qué\n'
               'se\n'
               'sin\n'
               'sobre\n'
               'son\n'
               'su\n'
               'sus\n'
               'sí\n'
               'también\n'
               'tanto\n'
               'todo\n'
               'todos\n'
               'un\n'
               'una\n'
               'uno\n'
               'unos\n'
               'y\n'
               'ya\n'
               'yo\n'
               'él',
  'published_labels': ('publicado', 'publicado el', 'publicada', 'fecha', 'fecha de publicación', 'creado'),
  'modified_labels': ('actualizado', 'actualizado el', 'actualizado al', 'actualizada el', 'actualizada',
                      'última actualización', 'modificado', 'editado'),
  'months': {'enero': 1,
             'ene': 1,
             'febrero': 2,
             'feb': 2,
             'marzo': 3,
             'mar': 3,
             'abril': 4,
             'abr': 4,
             'mayo': 5,
             'may': 5,
             'junio': 6,
             'jun': 6,
             'julio': 7,
             'jul': 7,
             'agosto': 8,
             'ago': 8,
             'septiembre': 9,
             'setiembre': 9,
             'sep': 9,
             'sept': 9,
             'octubre': 10,
             'oct': 10,
             'noviembre': 11,
             'nov': 11,
             'diciembre': 12,
             'dic': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('a las', 'a la'),
  'byline_prefixes': ('por', 'escrito por', 'autor', 'redacción', 'texto de', 'reportaje de',
                      'texto y fotos de'),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': ('seguir', 'ver perfil'),
  'byline_credits': ('información de', 'con información de', 'reporte de', 'reportaje de', 'editado por',
                     'redacción de', 'con reporte de'),
  'byline_sign_offs': ()},
 {'language': 'fi',
  'stopwords': 'aikana\n'
               'ei\n'
               'eikä\n'
               'eli\n'
               'enemmän\n'
               'että\n'
               'he\n'
               'heidän\n'
               'hän\n'
               'hänen\n'
               'ja\n'
               'jo\n'
               'joita\n'
               'joka\n'
               'jonka\n'
               'jos\n'
               'jotka\n'
               'jälkeen\n'
               'kaikki\n'
               'kanssa\n'
               'koska\n'
               'kuin\n'
               'kuitenkin\n'
               'kun\n'
               'me\n'
               'mikä\n'
               'minä\n'
               'mitä\n'
               'mukaan\n'
               'mutta\n'
               'myös\n'
               'ne\n'
               'niiden\n'
               'niin\n'
               'noin\n'
               'nyt\n'
               'näin\n'
               'nämä\n'
               'ole\n'
               'oli\n'
               'olisi\n'
               'olivat\n'
               'olla\n'
               'ollut\n'
               'on\n'
               'ovat\n'
               'paljon\n'
               'pitää\n'
               'se\n'
               'sekä\n'
               'sen\n'
               'siihen\n'
               'siinä\n'
               'siis\n'
               'siitä\n'
               'sillä\n'
               'sinä\n'
               'sitten\n'
               'sitä\n'
               'tai\n'
               'te\n'
               'tulee\n'
               'tämä\n'
               'tämän\n'
               'tätä\n'
               'vain\n'
               'vielä\n'
               'voi\n'
               'voidaan\n'
               'vuoden\n'
               'vuonna\n'
               'yli',
  'published_labels': ('julkaistu',),
  'modified_labels': ('päivitetty', 'päivitetty viimeksi'),
  'months': {'tammikuuta': 1,
             'tammikuu': 1,
             'helmikuuta': 2,
             'helmikuu': 2,
             'maaliskuuta': 3,
             'maaliskuu': 3,
             'huhtikuuta': 4,
             'huhtikuu': 4,
             'toukokuuta': 5,
             'toukokuu': 5,
             'kesäkuuta': 6,
             'kesäkuu': 6,
             'heinäkuuta': 7,
             'heinäkuu': 7,
             'elokuuta': 8,
             'elokuu': 8,
             'syyskuuta': 9,
             'syyskuu': 9,
             'lokakuuta': 10,
             'lokakuu': 10,
             'marraskuuta': 11,
             'marraskuu': 11,
             'joulukuuta': 12,
             'joulukuu': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('klo',),
  'byline_prefixes': (),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'fr',
  'stopwords': 'a\n'
               'a été\n'
               'après\n'
               'au\n'
               'aussi\n'
               'aux\n'
               'avait\n'
               'avant\n'
               'avec\n'
               "c'est\n"
               'ce\n'
               'cette\n'
               'comme\n'
               "d'un\n"
               "d'une\n"
               'dans\n'
               'de\n'
               'des\n'
               'deux\n'
               'dont\n'
               'du\n'
               'elle\n'
               'en\n'
               'entre\n'
               'est\n'
               'et\n'
               'fait\n'
               'il\n'
               'ils\n'
               "l'\n"
               'la\n'
               'le\n'
               'les\n'
               'leur\n'
               'leurs\n'
               'lors\n'
               'mais\n'
               'même\n'
               'ne\n'
               'nous\n'
               'ont\n'
               'ou\n'
               'où\n'
               'par\n'
               'pas\n'
               'plus\n'
               'pour\n'
               "qu'il\n"
               'que\n'
               'qui\n'
               'sa\n'
               'sans\n'
               'se\n'
               'selon\n'
               'ses\n'
               'son\n'
               'sont\n'
               'sur\n'
               'tout\n'
               'très\n'
               'un\n'
               'une\n'
               'vous\n'
               'y\n'
               'à\n'
               'été\n'
               'être',
  'published_labels': ('publié', 'publié le', 'créé', 'créé le', 'publication', 'mis en ligne',
                       'mis en ligne le', 'créé le', 'date de publication', 'paru le'),
  'modified_labels': ('mis à jour', 'mis à jour le', 'modifié', 'modifié le', 'dernière mise à jour',
                      'actualisé'),
  'months': {'janvier': 1,
             'janv': 1,
             'février': 2,
             'fevrier': 2,
             'févr': 2,
             'mars': 3,
             'avril': 4,
             'avr': 4,
             'mai': 5,
             'juin': 6,
             'juillet': 7,
             'juil': 7,
             'août': 8,
             'aout': 8,
             'septembre': 9,
             'sept': 9,
             'octobre': 10,
             'oct': 10,
             'novembre': 11,
             'nov': 11,
             'décembre': 12,
             'decembre': 12,
             'déc': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('à',),
  'byline_prefixes': ('par', 'propos recueillis par', 'texte', 'auteur'),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': ('suivre', 'voir ses articles'),
  'byline_credits': ('avec', 'reportage', 'rédigé par', 'édité par', 'version française',
                     'avec la contribution de'),
  'byline_sign_offs': ()},
 {'language': 'he',
  'stopwords': '',
  'published_labels': ('פורסם', 'פורסם לראשונה', 'פורסם ב', 'תאריך פרסום'),
  'modified_labels': ('עודכן', 'עדכון אחרון', 'עודכן לאחרונה'),
  'months': {'ינואר': 1,
             'פברואר': 2,
             'מרץ': 3,
             'מרס': 3,
             'אפריל': 4,
             'מאי': 5,
             'יוני': 6,
             'יולי': 7,
             'אוגוסט': 8,
             'ספטמבר': 9,
             'אוקטובר': 10,
             'נובמבר': 11,
             'דצמבר': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': (),
  'byline_prefixes': ('מאת', 'כתב', 'כתבת'),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'hi',
  'stopwords': '',
  'published_labels': ('प्रकाशित', 'प्रकाशित तिथि', 'पब्लिश्ड'),
  'modified_labels': ('अपडेटेड', 'अपडेट', 'अंतिम अपडेट'),
  'months': {'जनवरी': 1,
             'फरवरी': 2,
             'फ़रवरी': 2,
             'मार्च': 3,
             'अप्रैल': 4,
             'मई': 5,
             'जून': 6,
             'जुलाई': 7,
             'अगस्त': 8,
             'सितंबर': 9,
             'सितम्बर': 9,
             'अक्टूबर': 10,
             'नवंबर': 11,
             'नवम्बर': 11,
             'दिसंबर': 12,
             'दिसम्बर': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': (),
  'byline_prefixes': ('लेखक', 'रिपोर्ट', 'रिपोर्टर', 'संवाददाता'),
  'byline_line_prefixes': (),
  'byline_suffixes': ('संवाददाता',),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'hu',
  'stopwords': 'a\n'
               'ahol\n'
               'aki\n'
               'akik\n'
               'akkor\n'
               'alatt\n'
               'amely\n'
               'amelyek\n'
               'ami\n'
               'amikor\n'
               'amit\n'
               'annak\n'
               'az\n'
               'azok\n'
               'azonban\n'
               'azt\n'
               'be\n'
               'csak\n'
               'de\n'
               'egy\n'
               'egyik\n'
               'el\n'
               'ennek\n'
               'ez\n'
               'ezek\n'
               'ezt\n'
               'fel\n'
               'ha\n'
               'hanem\n'
               'hogy\n'
               'illetve\n'
               'is\n'
               'kell\n'
               'ki\n'
               'között\n'
               'le\n'
               'lesz\n'
               'lett\n'
               'maga\n'
               'majd\n'
               'meg\n'
               'mellett\n'
               'mert\n'
               'mi\n'
               'miatt\n'
               'minden\n'
               'mint\n'
               'mivel\n'
               'most\n'
               'már\n'
               'még\n'
               'nagyon\n'
               'nem\n'
               'pedig\n'
               'sem\n'
               'sok\n'
               'szerint\n'
               'te\n'
               'tehát\n'
               'ti\n'
               'több\n'
               'után\n'
               'vagy\n'
               'valamint\n'
               'van\n'
               'vannak\n'
               'volt\n'
               'voltak\n'
               'én\n'
               'és\n'
               'így\n'
               'úgy\n'
               'ő\n'
               'ők\n'
               'őket',
  'published_labels': ('közzétéve', 'megjelent', 'publikálva'),
  'modified_labels': ('frissítve', 'módosítva', 'utolsó frissítés'),
  'months': {'január': 1,
             'jan': 1,
             'február': 2,
             'febr': 2,
             'március': 3,
             'márc': 3,
             'április': 4,
             'ápr': 4,
             'május': 5,
             'máj': 5,
             'június': 6,
             'jún': 6,
             'július': 7,
             'júl': 7,
             'augusztus': 8,
             'aug': 8,
             'szeptember': 9,
             'szept': 9,
             'október': 10,
             'okt': 10,
             'november': 11,
             'nov': 11,
             'december': 12,
             'dec': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': (),
  'byline_prefixes': (),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'id',
  'stopwords': '',
  'published_labels': ('diterbitkan', 'dipublikasikan', 'tayang'),
  'modified_labels': ('diperbarui', 'diperbaharui', 'pembaruan terakhir'),
  'months': {'januari': 1,
             'februari': 2,
             'maret': 3,
             'april': 4,
             'mei': 5,
             'juni': 6,
             'juli': 7,
             'agustus': 8,
             'september': 9,
             'oktober': 10,
             'november': 11,
             'desember': 12,
             'agu': 8,
             'agt': 8,
             'okt': 10},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': (),
  'byline_prefixes': ('penulis', 'oleh', 'reporter', 'pewarta', 'kontributor'),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': ('editor', 'penyunting', 'redaktur'),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'it',
  'stopwords': 'a\n'
               'agli\n'
               'ai\n'
               'al\n'
               'alla\n'
               'alle\n'
               'allo\n'
               'anche\n'
               'ancora\n'
               'avere\n'
               'aveva\n'
               'che\n'
               'chi\n'
               'ci\n'
               'come\n'
               'con\n'
               'così\n'
               'cui\n'
               'da\n'
               'dagli\n'
               'dai\n'
               'dal\n'
               'dalla\n'
               'dalle\n'
               'dallo\n'
               'degli\n'
               'dei\n'
               'del\n'
               'della\n'
               'delle\n'
               'dello\n'
               'di\n'
               'dopo\n'
               'dove\n'
               'e\n'
               'ed\n'
               'era\n'
               'erano\n'
               'essere\n'
               'fra\n'
               'già\n'
               'gli\n'
               'ha\n'
               'hanno\n'
               'i\n'
               'il\n'
               'in\n'
               'io\n'
               'la\n'
               'le\n'
               'lei\n'
               'lo\n'
               'loro\n'
               'lui\n'
               'ma\n'
               'mi\n'
               'molto\n'
               'ne\n'
               'negli\n'
               'nei\n'
               'nel\n'
               'nella\n'
               'nelle\n'
               'nello\n'
               'noi\n'
               'non\n'
               'o\n'
               'per\n'
               'perché\n'
               'più\n'
               'prima\n'
               'quando\n'
               'quella\n'
               'quello\n'
               'questa\n'
               'queste\n'
               'questi\n'
               'questo\n'
               'se\n'
               'si\n'
               'solo\n'
               'sono\n'
               'stata\n'
               'stato\n'
               'su\n'
               'sua\n'
               'sugli\n'
               'sui\n'
               'sul\n'
               'sulla\n'
               'sulle\n'
               'sullo\n'
               'suo\n'
               'suoi\n'
               'ti\n'
               'tra\n'
               'tutti\n'
               'tutto\n'
               'un\n'
               'una\n'
               'uno\n'
               'voi\n'
               'è',
  'published_labels': ('pubblicato', 'pubblicato il', 'pubblicata', 'pubblicata il', 'data',
                       'data di pubblicazione'),
  'modified_labels': ('aggiornato', 'aggiornato il', 'aggiornata', 'aggiornata il', 'ultimo aggiornamento',
                      'modificato', 'modificato il'),
  'months': {'gennaio': 1,
             'febbraio': 2,
             'marzo': 3,
             'aprile': 4,
             'maggio': 5,
             'giugno': 6,
             'luglio': 7,
             'agosto': 8,
             'settembre': 9,
             'ottobre': 10,
             'novembre': 11,
             'dicembre': 12,
             'gen': 1,
             'feb': 2,
             'mar': 3,
             'apr': 4,
             'mag': 5,
             'giu': 6,
             'lug': 7,
             'ago': 8,
             'set': 9,
             'ott': 10,
             'nov': 11,
             'dic': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('alle', 'ore', 'alle ore'),
  'byline_prefixes': ('a cura di', 'testo di', 'scritto da', 'autore', 'autrice'),
  'byline_line_prefixes': ('di',),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': ('segui', 'redazione', 'ansa', 'leggi tutti gli articoli'),
  'byline_credits': ('hanno collaborato', 'ha collaborato', 'con la collaborazione di'),
  'byline_sign_offs': ()},
 {'language': 'ja',
  'stopwords': 'あっ\n'
               'あり\n'
               'ある\n'
               'い\n'
               'いう\n'
               'いる\n'
               'う\n'
               'および\n'
               'おり\n'
               'か\n'
               'から\n'
               'が\n'
               'き\n'
               'こと\n'
               'この\n'
               'これ\n'
               'さ\n'
               'さらに\n'
               'し\n'
               'しかし\n'
               'する\n'
               'ず\n'
               'せ\n'
               'その\n'
               'その他\n'
               'その後\n'
               'それ\n'
               'た\n'
               'たち\n'
               'ため\n'
               'たり\n'
               'だ\n'
               'だっ\n'
               'つ\n'
               'て\n'
               'で\n'
               'でき\n'
               'できる\n'
               'でした\n'
               'です\n'
               'でも\n'
               'と\n'
               'という\n'
               'として\n'
               'な\n'
               'ない\n'
               'なお\n'
               'なかっ\n'
               'なく\n'
               'なっ\n'
               'など\n'
               'なら\n'
               'なり\n'
               'なる\n'
               'に\n'
               'において\n'
               'における\n'
               'について\n'
               'によって\n'
               'により\n'
               'による\n'
               'に関する\n'
               'の\n'
               'ので\n'
               'のみ\n'
               'は\n'
               'ば\n'
               'へ\n'
               'ました\n'
               'ます\n'
               'また\n'
               'まで\n'
               'も\n'
               'もの\n'
               'や\n'
               'よう\n'
               'より\n'
               'ら\n'
               'られ\n'
               'られる\n'
               'れ\n'
               'れる\n'
               'を\n'
               'ん',
  'published_labels': ('公開', '配信', '掲載', '投稿', '投稿日', '公開日', '配信日', '掲載日', '作成日', '発行'),
  'modified_labels': ('更新', '最終更新', '更新日', '改訂', '修正'),
  'months': {},
  'am': ('午前',),
  'pm': ('午後',),
  'year_prefixes': (),
  'time_joiners': (),
  'byline_prefixes': ('記者', '文', '筆者', '執筆', '著者', '取材', '投稿者', '書いた人', '執筆者'),
  'byline_line_prefixes': (),
  'byline_suffixes': ('記者', '特派員', '編集委員', '論説委員'),
  'byline_other_credits': (),
  'byline_ui': ('フォロー', '記者をフォロー', '共同', '時事', '共同通信', '時事通信'),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'ko',
  'stopwords': '것\n'
               '것으로\n'
               '것이다\n'
               '고\n'
               '그\n'
               '그러나\n'
               '그리고\n'
               '까지\n'
               '대한\n'
               '대해\n'
               '더\n'
               '등\n'
               '따르면\n'
               '또\n'
               '또한\n'
               '라고\n'
               '말했다\n'
               '며\n'
               '및\n'
               '밝혔다\n'
               '수\n'
               '에게\n'
               '에서\n'
               '오는\n'
               '위해\n'
               '으로\n'
               '이\n'
               '이라고\n'
               '이번\n'
               '있는\n'
               '있다\n'
               '있다고\n'
               '저\n'
               '지난\n'
               '통해\n'
               '하는\n'
               '하지만\n'
               '한다\n'
               '했다\n'
               '했다고',
  'published_labels': ('입력', '기사입력', '등록', '등록일', '입력일', '게재', '게재일', '승인', '발행', '발행일', '작성', '작성일', '송고',
                       '송고시간'),
  'modified_labels': ('수정', '최종수정', '수정일', '업데이트', '최종 업데이트', '갱신'),
  'months': {},
  'am': ('오전',),
  'pm': ('오후',),
  'year_prefixes': (),
  'time_joiners': (),
  'byline_prefixes': ('작성자', '글쓴이'),
  'byline_line_prefixes': (),
  'byline_suffixes': ('기자', '시민기자', '특파원', '선임기자', '객원기자', '인턴기자', '수습기자', '논설위원', '칼럼니스트', '통신원', '편집위원',
                      '대기자', '전문기자', '선임연구원', '위원'),
  'byline_other_credits': (),
  'byline_ui': ('기자 구독', '구독', '기자의 다른기사', '기자 페이지', '이메일', '시민', '명예', '객원', '인턴', '수습'),
  'byline_credits': (),
  'byline_sign_offs': ('(?:^|[.!?"\'”’다요]\\s*)(?:[A-Z][A-Za-z0-9]*|[가-힣]+(?:뉴스|방송)(?:TV)?|[가-힣]*[A-Z][가-힣A-Za-z0-9]*)(?:\\s*(?:뉴스|방송)[가-힣]{0,2})?\\s+(?P<name>[가-힣]{2,4})(?:\\s*기자)?입니다\\.?\\s*$',)},
 {'language': 'nl',
  'stopwords': 'aan\n'
               'al\n'
               'alle\n'
               'als\n'
               'bij\n'
               'daar\n'
               'dan\n'
               'dat\n'
               'de\n'
               'deze\n'
               'die\n'
               'dit\n'
               'door\n'
               'dus\n'
               'een\n'
               'en\n'
               'er\n'
               'geen\n'
               'haar\n'
               'had\n'
               'hebben\n'
               'heeft\n'
               'het\n'
               'hier\n'
               'hij\n'
               'hoe\n'
               'hun\n'
               'ik\n'
               'in\n'
               'is\n'
               'je\n'
               'kan\n'
               'kunnen\n'
               'maar\n'
               'meer\n'
               'met\n'
               'moet\n'
               'na\n'
               'naar\n'
               'niet\n'
               'nog\n'
               'nu\n'
               'of\n'
               'om\n'
               'omdat\n'
               'onder\n'
               'ook\n'
               'op\n'
               'over\n'
               'te\n'
               'tegen\n'
               'toen\n'
               'tot\n'
               'tussen\n'
               'u\n'
               'uit\n'
               'van\n'
               'veel\n'
               'voor\n'
               'waar\n'
               'want\n'
               'waren\n'
               'was\n'
               'wat\n'
               'we\n'
               'wel\n'
               'werd\n'
               'wie\n'
               'wij\n'
               'worden\n'
               'wordt\n'
               'zal\n'
               'ze\n'
               'zich\n'
               'zij\n'
               'zijn\n'
               'zonder\n'
               'zou',
  'published_labels': (),
  'modified_labels': (),
  'months': {},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': (),
  'byline_prefixes': (),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'no',
  'stopwords': 'alle\n'
               'allerede\n'
               'andre\n'
               'av\n'
               'bare\n'
               'ble\n'
               'bli\n'
               'blir\n'
               'da\n'
               'de\n'
               'dem\n'
               'den\n'
               'denne\n'
               'der\n'
               'deres\n'
               'det\n'
               'dette\n'
               'disse\n'
               'eller\n'
               'en\n'
               'enn\n'
               'er\n'
               'et\n'
               'etter\n'
               'finnes\n'
               'for\n'
               'fordi\n'
               'fra\n'
               'gjennom\n'
               'hadde\n'
               'han\n'
               'hans\n'
               'har\n'
               'hennes\n'
               'hun\n'
               'hva\n'
               'hvor\n'
               'i\n'
               'ikke\n'
               'jeg\n'
               'kan\n'
               'man\n'
               'med\n'
               'mellom\n'
               'men\n'
               'mer\n'
               'mest\n'
               'mot\n'
               'mye\n'
               'noe\n'
               'noen\n'
               'nå\n'
               'når\n'
               'og\n'
               'også\n'
               'om\n'
               'oss\n'
               'over\n'
               'på\n'
               'seg\n'
               'selv\n'
               'siden\n'
               'sin\n'
               'sine\n'
               'sitt\n'
               'skal\n'
               'skulle\n'
               'som\n'
               'så\n'
               'til\n'
               'under\n'
               'uten\n'
               'var\n'
               'ved\n'
               'vi\n'
               'vil\n'
               'være\n'
               'vært\n'
               'å',
  'published_labels': ('publisert',),
  'modified_labels': ('oppdatert', 'sist oppdatert'),
  'months': {'januar': 1,
             'jan': 1,
             'februar': 2,
             'feb': 2,
             'mars': 3,
             'mar': 3,
             'april': 4,
             'apr': 4,
             'mai': 5,
             'juni': 6,
             'jun': 6,
             'juli': 7,
             'jul': 7,
             'august': 8,
             'aug': 8,
             'september': 9,
             'sep': 9,
             'oktober': 10,
             'okt': 10,
             'november': 11,
             'nov': 11,
             'desember': 12,
             'des': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('kl.', 'kl'),
  'byline_prefixes': (),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'pl',
  'stopwords': 'a\n'
               'aby\n'
               'ale\n'
               'bardzo\n'
               'bez\n'
               'by\n'
               'być\n'
               'był\n'
               'była\n'
               'było\n'
               'były\n'
               'będzie\n'
               'będą\n'
               'co\n'
               'czy\n'
               'dla\n'
               'do\n'
               'gdy\n'
               'gdzie\n'
               'go\n'
               'i\n'
               'ich\n'
               'ja\n'
               'jak\n'
               'jako\n'
               'jednak\n'
               'jego\n'
               'jej\n'
               'jest\n'
               'jeszcze\n'
               'już\n'
               'kiedy\n'
               'która\n'
               'które\n'
               'który\n'
               'którzy\n'
               'ku\n'
               'lub\n'
               'ma\n'
               'mają\n'
               'między\n'
               'może\n'
               'można\n'
               'mu\n'
               'my\n'
               'na\n'
               'nad\n'
               'nam\n'
               'nas\n'
               'nawet\n'
               'nie\n'
               'o\n'
               'od\n'
               'on\n'
               'ona\n'
               'oni\n'
               'oraz\n'
               'po\n'
               'pod\n'
               'przed\n'
               'przez\n'
               'przy\n'
               'również\n'
               'się\n'
               'są\n'
               'ta\n'
               'tak\n'
               'także\n'
               'te\n'
               'tego\n'
               'tej\n'
               'ten\n'
               'też\n'
               'to\n'
               'ty\n'
               'tylko\n'
               'tym\n'
               'u\n'
               'w\n'
               'was\n'
               'we\n'
               'więc\n'
               'wy\n'
               'z\n'
               'za\n'
               'ze\n'
               'że',
  'published_labels': ('opublikowano', 'data publikacji', 'dodano'),
  'modified_labels': ('aktualizacja', 'zaktualizowano', 'ostatnia aktualizacja'),
  'months': {'stycznia': 1,
             'lutego': 2,
             'marca': 3,
             'kwietnia': 4,
             'maja': 5,
             'czerwca': 6,
             'lipca': 7,
             'sierpnia': 8,
             'września': 9,
             'października': 10,
             'listopada': 11,
             'grudnia': 12,
             'styczeń': 1,
             'luty': 2,
             'marzec': 3,
             'kwiecień': 4,
             'maj': 5,
             'czerwiec': 6,
             'lipiec': 7,
             'sierpień': 8,
             'wrzesień': 9,
             'październik': 10,
             'listopad': 11,
             'grudzień': 12,
             'sty': 1,
             'lut': 2,
             'kwi': 4,
             'cze': 6,
             'lip': 7,
             'sie': 8,
             'wrz': 9,
             'paź': 10,
             'lis': 11,
             'gru': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('o godz.', 'godz.', 'o'),
  'byline_prefixes': ('autor', 'autorka'),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'pt',
  'stopwords': 'a\n'
               'ao\n'
               'aos\n'
               'as\n'
               'até\n'
               'com\n'
               'como\n'
               'da\n'
               'das\n'
               'de\n'
               'deles\n'
               'depois\n'
               'disse\n'
               'do\n'
               'dos\n'
               'e\n'
               'ela\n'
               'elas\n'
               'ele\n'
               'eles\n'
               'em\n'
               'entre\n'
               'era\n'
               'essa\n'
               'essas\n'
               'esse\n'
               'esses\n'
               'este\n'
               'está\n'
               'estão\n'
               'eu\n'
               'foi\n'
               'foram\n'
               'havia\n'
               'há\n'
               'isso\n'
               'já\n'
               'lhe\n'
               'mais\n'
               'mas\n'
               'me\n'
               'mesmo\n'
               'meu\n'
               'minha\n'
               'muito\n'
               'na\n'
               'nas\n'
               'nem\n'
               'no\n'
               'nos\n'
               'num\n'
               'numa\n'
               'não\n'
               'nós\n'
               'o\n'
               'os\n'
               'ou\n'
               'para\n'
               'pela\n'
               'pelas\n'
               'pelo\n'
               'pelos\n'
               'por\n'
               'qual\n'
               'quando\n'
               'que\n'
               'quem\n'
               'se\n'
               'seja\n'
               'sem\n'
               'ser\n'
               'será\n'
               'seu\n'
               'seus\n'
               'sua\n'
               'suas\n'
               'só\n'
               'também\n'
               'tem\n'
               'tenho\n'
               'ter\n'
               'tinha\n'
               'têm\n'
               'um\n'
               'uma\n'
               'você\n'
               'à\n'
               'às\n'
               'é',
  'published_labels': ('publicado', 'publicado em', 'publicada em', 'postado em', 'data'),
  'modified_labels': ('atualizado', 'atualizado em', 'atualizada em', 'última atualização', 'modificado',
                      'actualizado'),
  'months': {'janeiro': 1,
             'jan': 1,
             'fevereiro': 2,
             'fev': 2,
             'março': 3,
             'mar': 3,
             'abril': 4,
             'abr': 4,
             'maio': 5,
             'mai': 5,
             'junho': 6,
             'jun': 6,
             'julho': 7,
             'jul': 7,
             'agosto': 8,
             'ago': 8,
             'setembro': 9,
             'set': 9,
             'outubro': 10,
             'out': 10,
             'novembro': 11,
             'nov': 11,
             'dezembro': 12,
             'dez': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('às', 'as'),
  'byline_prefixes': ('por', 'escrito por', 'autor', 'da redação', 'reportagem de', 'texto de',
                      'texto e fotos de'),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': ('seguir',),
  'byline_credits': ('reportagem de', 'reportagem adicional de', 'edição de', 'com informações de',
                     'com informação de'),
  'byline_sign_offs': ()},
 {'language': 'ro',
  'stopwords': 'a\n'
               'aceasta\n'
               'această\n'
               'acest\n'
               'acesta\n'
               'aceste\n'
               'acești\n'
               'al\n'
               'ale\n'
               'ar\n'
               'are\n'
               'astfel\n'
               'au\n'
               'avea\n'
               'ca\n'
               'care\n'
               'ce\n'
               'cu\n'
               'cum\n'
               'când\n'
               'că\n'
               'dar\n'
               'de\n'
               'deci\n'
               'deja\n'
               'despre\n'
               'din\n'
               'doar\n'
               'după\n'
               'ea\n'
               'ei\n'
               'el\n'
               'ele\n'
               'este\n'
               'eu\n'
               'fi\n'
               'foarte\n'
               'fost\n'
               'fără\n'
               'iar\n'
               'la\n'
               'lor\n'
               'lui\n'
               'mai\n'
               'noi\n'
               'nu\n'
               'o\n'
               'pe\n'
               'pentru\n'
               'prin\n'
               'până\n'
               'sau\n'
               'se\n'
               'sunt\n'
               'să\n'
               'toate\n'
               'toți\n'
               'tu\n'
               'un\n'
               'unde\n'
               'va\n'
               'voi\n'
               'vor\n'
               'în\n'
               'încă\n'
               'însă\n'
               'între\n'
               'și',
  'published_labels': ('publicat', 'data publicării'),
  'modified_labels': ('actualizat', 'ultima actualizare'),
  'months': {'ianuarie': 1,
             'ian': 1,
             'februarie': 2,
             'feb': 2,
             'martie': 3,
             'mar': 3,
             'aprilie': 4,
             'apr': 4,
             'mai': 5,
             'iunie': 6,
             'iun': 6,
             'iulie': 7,
             'iul': 7,
             'august': 8,
             'aug': 8,
             'septembrie': 9,
             'sep': 9,
             'octombrie': 10,
             'oct': 10,
             'noiembrie': 11,
             'nov': 11,
             'decembrie': 12,
             'dec': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('ora', 'la ora'),
  'byline_prefixes': (),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'ru',
  'stopwords': 'а\n'
               'без\n'
               'более\n'
               'больше\n'
               'будет\n'
               'будто\n'
               'бы\n'
               'был\n'
               'была\n'
               'были\n'
               'было\n'
               'быть\n'
               'в\n'
               'вам\n'
               'вас\n'
               'вдруг\n'
               'ведь\n'
               'во\n'
               'вот\n'
               'впрочем\n'
               'все\n'
               'всегда\n'
               'всего\n'
               'всех\n'
               'всю\n'
               'вы\n'
               'где\n'
               'да\n'
               'даже\n'
               'два\n'
               'для\n'
               'до\n'
               'другой\n'
               'его\n'
               'ее\n'
               'ей\n'
               'ему\n'
               'если\n'
               'есть\n'
               'еще\n'
               'ж\n'
               'же\n'
               'за\n'
               'зачем\n'
               'здесь\n'
               'и\n'
               'из\n'
               'или\n'
               'им\n'
               'иногда\n'
               'их\n'
               'к\n'
               'как\n'
               'какая\n'
               'какой\n'
               'когда\n'
               'конечно\n'
               'кто\n'
               'куда\n'
               'ли\n'
               'лучше\n'
               'между\n'
               'меня\n'
               'мне\n'
               'много\n'
               'может\n'
               'можно\n'
               'мой\n'
               'моя\n'
               'мы\n'
               'на\n'
               'над\n'
               'надо\n'
               'наконец\n'
               'нас\n'
               'не\n'
               'него\n'
               'нее\n'
               'ней\n'
               'нельзя\n'
               'нет\n'
               'ни\n'
               'нибудь\n'
               'никогда\n'
               'ним\n'
               'них\n'
               'ничего\n'
               'но\n'
               'ну\n'
               'о\n'
               'об\n'
               'один\n'
               'он\n'
               'она\n'
               'они\n'
               'опять\n'
               'от\n'
               'перед\n'
               'по\n'
               'под\n'
               'после\n'
               'потом\n'
               'потому\n'
               'почти\n'
               'при\n'
               'про\n'
               'раз\n'
               'разве\n'
               'с\n'
               'сам\n'
               'свою\n'
               'себе\n'
               'себя\n'
               'сейчас\n'
               'со\n'
               'совсем\n'
               'так\n'
               'такой\n'
               'там\n'
               'тебя\n'
               'тем\n'
               'теперь\n'
               'то\n'
               'тогда\n'
               'того\n'
               'тоже\n'
               'только\n'
               'том\n'
               'тот\n'
               'три\n'
               'тут\n'
               'ты\n'
               'у\n'
               'уж\n'
               'уже\n'
               'хорошо\n'
               'хоть\n'
               'чего\n'
               'чем\n'
               'через\n'
               'что\n'
               'чтобы\n'
               'чуть\n'
               'эти\n'
               'это\n'
               'этого\n'
               'этой\n'
               'этом\n'
               'этот\n'
               'эту\n'
               'я',
  'published_labels': ('опубликовано', 'опубликован', 'дата публикации', 'дата', 'размещено', 'создано'),
  'modified_labels': ('обновлено', 'обновлен', 'изменено', 'последнее обновление', 'отредактировано'),
  'months': {'января': 1,
             'январь': 1,
             'янв': 1,
             'февраля': 2,
             'февраль': 2,
             'фев': 2,
             'марта': 3,
             'март': 3,
             'мар': 3,
             'апреля': 4,
             'апрель': 4,
             'апр': 4,
             'мая': 5,
             'май': 5,
             'июня': 6,
             'июнь': 6,
             'июн': 6,
             'июля': 7,
             'июль': 7,
             'июл': 7,
             'августа': 8,
             'август': 8,
             'авг': 8,
             'сентября': 9,
             'сентябрь': 9,
             'сен': 9,
             'сент': 9,
             'октября': 10,
             'октябрь': 10,
             'окт': 10,
             'ноября': 11,
             'ноябрь': 11,
             'ноя': 11,
             'декабря': 12,
             'декабрь': 12,
             'дек': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('г.', 'года', 'в'),
  'byline_prefixes': ('автор', 'текст', 'автор статьи', 'корреспондент'),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': ('подписаться', 'все статьи автора'),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'sv',
  'stopwords': 'alla\n'
               'andra\n'
               'att\n'
               'av\n'
               'bara\n'
               'blev\n'
               'bli\n'
               'blir\n'
               'de\n'
               'dem\n'
               'den\n'
               'denna\n'
               'deras\n'
               'dessa\n'
               'det\n'
               'detta\n'
               'dock\n'
               'där\n'
               'då\n'
               'efter\n'
               'eftersom\n'
               'eller\n'
               'en\n'
               'ett\n'
               'finns\n'
               'från\n'
               'för\n'
               'genom\n'
               'hade\n'
               'han\n'
               'hans\n'
               'har\n'
               'hennes\n'
               'hon\n'
               'i\n'
               'inom\n'
               'inte\n'
               'jag\n'
               'kan\n'
               'man\n'
               'med\n'
               'mellan\n'
               'men\n'
               'mer\n'
               'mest\n'
               'mot\n'
               'mycket\n'
               'nu\n'
               'när\n'
               'och\n'
               'också\n'
               'om\n'
               'oss\n'
               'på\n'
               'redan\n'
               'sedan\n'
               'sig\n'
               'sin\n'
               'sina\n'
               'sitt\n'
               'ska\n'
               'skulle\n'
               'som\n'
               'så\n'
               'till\n'
               'under\n'
               'utan\n'
               'vad\n'
               'var\n'
               'vara\n'
               'varit\n'
               'vi\n'
               'vid\n'
               'vilka\n'
               'vilket\n'
               'än\n'
               'är\n'
               'även\n'
               'över',
  'published_labels': ('publicerad', 'publicerat', 'publ.'),
  'modified_labels': ('uppdaterad', 'uppdaterat', 'uppd.'),
  'months': {'januari': 1,
             'jan': 1,
             'februari': 2,
             'feb': 2,
             'mars': 3,
             'mar': 3,
             'april': 4,
             'apr': 4,
             'maj': 5,
             'juni': 6,
             'jun': 6,
             'juli': 7,
             'jul': 7,
             'augusti': 8,
             'aug': 8,
             'september': 9,
             'sep': 9,
             'sept': 9,
             'oktober': 10,
             'okt': 10,
             'november': 11,
             'nov': 11,
             'december': 12,
             'dec': 12},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('kl.', 'kl'),
  'byline_prefixes': (),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'th',
  'stopwords': '',
  'published_labels': ('เผยแพร่', 'เผยแพร่เมื่อ', 'โพสต์เมื่อ', 'วันที่เผยแพร่', 'ลงวันที่'),
  'modified_labels': ('อัปเดต', 'อัพเดท', 'อัปเดตล่าสุด', 'อัพเดทล่าสุด', 'แก้ไขล่าสุด', 'แก้ไขเมื่อ',
                      'ปรับปรุงล่าสุด'),
  'months': {'มกราคม': 1,
             'ม.ค.': 1,
             'กุมภาพันธ์': 2,
             'ก.พ.': 2,
             'มีนาคม': 3,
             'มี.ค.': 3,
             'เมษายน': 4,
             'เม.ย.': 4,
             'พฤษภาคม': 5,
             'พ.ค.': 5,
             'มิถุนายน': 6,
             'มิ.ย.': 6,
             'กรกฎาคม': 7,
             'ก.ค.': 7,
             'สิงหาคม': 8,
             'ส.ค.': 8,
             'กันยายน': 9,
             'ก.ย.': 9,
             'ตุลาคม': 10,
             'ต.ค.': 10,
             'พฤศจิกายน': 11,
             'พ.ย.': 11,
             'ธันวาคม': 12,
             'ธ.ค.': 12},
  'am': (),
  'pm': (),
  'year_prefixes': ('พ.ศ.', 'ค.ศ.'),
  'time_joiners': ('เวลา',),
  'byline_prefixes': (),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'tr',
  'stopwords': 'ama\n'
               'ancak\n'
               'arasında\n'
               'artık\n'
               'ayrıca\n'
               'ben\n'
               'bile\n'
               'bin\n'
               'bir\n'
               'biz\n'
               'bu\n'
               'buna\n'
               'bunu\n'
               'bütün\n'
               'da\n'
               'daha\n'
               'de\n'
               'değil\n'
               'diye\n'
               'en\n'
               'gibi\n'
               'göre\n'
               'hem\n'
               'her\n'
               'hâlâ\n'
               'ile\n'
               'ise\n'
               'için\n'
               'içinde\n'
               'kadar\n'
               'karşı\n'
               'ki\n'
               'mi\n'
               'milyon\n'
               'mu\n'
               'mü\n'
               'mı\n'
               'ne\n'
               'o\n'
               'olan\n'
               'olarak\n'
               'oldu\n'
               'olduğu\n'
               'olduğunu\n'
               'onlar\n'
               'sen\n'
               'siz\n'
               'sonra\n'
               'tarafından\n'
               'tüm\n'
               'var\n'
               've\n'
               'veya\n'
               'ya\n'
               'yeni\n'
               'yine\n'
               'yok\n'
               'yılında\n'
               'çok\n'
               'önce\n'
               'üzere\n'
               'şey\n'
               'şimdi\n'
               'şu',
  'published_labels': ('yayınlanma', 'yayınlanma tarihi', 'yayın tarihi', 'yayınlandı', 'oluşturulma',
                       'oluşturulma tarihi', 'giriş tarihi', 'giriş'),
  'modified_labels': ('güncelleme', 'güncelleme tarihi', 'güncellendi', 'güncellenme', 'güncellenme tarihi',
                      'son güncelleme', 'son güncellenme'),
  'months': {'ocak': 1,
             'şubat': 2,
             'mart': 3,
             'nisan': 4,
             'mayıs': 5,
             'haziran': 6,
             'temmuz': 7,
             'ağustos': 8,
             'eylül': 9,
             'ekim': 10,
             'kasım': 11,
             'aralık': 12,
             'oca': 1,
             'şub': 2,
             'nis': 4,
             'haz': 6,
             'tem': 7,
             'ağu': 8,
             'eyl': 9,
             'eki': 10,
             'kas': 11},
  'am': (),
  'pm': (),
  'year_prefixes': (),
  'time_joiners': ('saat',),
  'byline_prefixes': ('yazan', 'yazar', 'haber', 'muhabir'),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': ('aa', 'dha', 'iha', 'anadolu ajansı', 'haber merkezi'),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'vi',
  'stopwords': '',
  'published_labels': ('đăng lúc', 'ngày đăng', 'xuất bản'),
  'modified_labels': ('cập nhật', 'cập nhật lúc'),
  'months': {'tháng 1': 1,
             'tháng 01': 1,
             'tháng 2': 2,
             'tháng 02': 2,
             'tháng 3': 3,
             'tháng 03': 3,
             'tháng 4': 4,
             'tháng 04': 4,
             'tháng 5': 5,
             'tháng 05': 5,
             'tháng 6': 6,
             'tháng 06': 6,
             'tháng 7': 7,
             'tháng 07': 7,
             'tháng 8': 8,
             'tháng 08': 8,
             'tháng 9': 9,
             'tháng 09': 9,
             'tháng 10': 10,
             'tháng 11': 11,
             'tháng 12': 12},
  'am': (),
  'pm': (),
  'year_prefixes': ('năm',),
  'time_joiners': ('lúc',),
  'byline_prefixes': ('tác giả', 'bài và ảnh', 'bài'),
  'byline_line_prefixes': (),
  'byline_suffixes': (),
  'byline_other_credits': (),
  'byline_ui': (),
  'byline_credits': (),
  'byline_sign_offs': ()},
 {'language': 'zh',
  'stopwords': '一\n'
               '一个\n'
               '上\n'
               '不\n'
               '与\n'
               '並\n'
               '中\n'
               '为\n'
               '之\n'
               '也\n'
               '了\n'
               '于\n'
               '人\n'
               '从\n'
               '他\n'
               '以\n'
               '们\n'
               '会\n'
               '但\n'
               '你\n'
               '個\n'
               '們\n'
               '其\n'
               '到\n'
               '去\n'
               '及\n'
               '向\n'
               '和\n'
               '在\n'
               '她\n'
               '好\n'
               '对\n'
               '将\n'
               '將\n'
               '對\n'
               '就\n'
               '已\n'
               '并\n'
               '很\n'
               '從\n'
               '我\n'
               '把\n'
               '於\n'
               '是\n'
               '會\n'
               '有\n'
               '此\n'
               '沒有\n'
               '没有\n'
               '為\n'
               '的\n'
               '看\n'
               '着\n'
               '等\n'
               '而\n'
               '自己\n'
               '與\n'
               '被\n'
               '要\n'
               '該\n'
               '說\n'
               '该\n'
               '说\n'
               '这\n'
               '這\n'
               '都',
  'published_labels': ('出版', '发布时间', '发稿时间', '發稿時間', '发布于', '發佈於', '发表日期', '發佈時間', '发布日期', '发表时间', '發表時間',
                       '发布', '發布', '来源时间', '日期', '时间', '時間', '发表于', '發表於', '刊登'),
  'modified_labels': ('更新时间', '更新時間', '更新', '修改时间', '最后更新', '最後更新', '编辑于', '編輯於', '修改于', '修改於'),
  'months': {},
  'am': ('上午',),
  'pm': ('下午',),
  'year_prefixes': (),
  'time_joiners': (),
  'byline_prefixes': ('记者', '記者', '作者', '文', '撰文', '通讯员'),
  'byline_line_prefixes': (),
  'byline_suffixes': ('记者', '記者', '报道', '報導'),
  'byline_other_credits': (),
  'byline_ui': ('关注', '關注'),
  'byline_credits': (),
  'byline_sign_offs': ()})
