"""Notices addressed to the reader around an article — comment-section rules, consent and
ad-blocker notices, newsletter and donation pleas, an author's bio box, picture credits —
are chrome in every language that has a table for them, while article sentences that use
the same words stay body. Each page is written for the phenomenon, not copied from a
development page."""

from __future__ import annotations

import pytest

from clipper.classify import Quality, first_pass
from clipper.classify.labels import DEFAULT_PARAMETERS
from clipper.lexicon import default_lexicon
from clipper.model import ChromeKind
from clipper.segment import segment


def _kinds(page: str) -> dict[str, ChromeKind | None]:
    blocks, _ = first_pass(segment(page), default_lexicon(), DEFAULT_PARAMETERS)
    return {b.segment.text: (b.kind if b.quality is Quality.CHROME else None) for b in blocks}


def _assert_kind(page: str, kind: ChromeKind) -> None:
    for text, got in _kinds(page).items():
        assert got is kind, (text, got)


def _assert_not_chrome(page: str) -> None:
    for text, got in _kinds(page).items():
        assert got is None, (text, got)


def test_comment_section_rules_are_comment_chrome():
    _assert_kind(
        "Please note that comments are moderated and may take a day to appear under the story.\n\n"
        "We ask that comments are civil and stay on the topic of the article.\n\n"
        "Some comments may be republished in our weekend print edition.\n\n"
        "The Valley Courier is not responsible for the opinions expressed by readers.\n\n"
        "Write a comment\n\n"
        "HINWEIS: Die Kommentarfunktion wird drei Tage nach Erscheinen des Artikels geschlossen.\n\n"
        "Alle Kommentare werden vor der Veröffentlichung von der Redaktion gelesen.\n\n"
        "Les commentaires sont modérés avant leur publication sur le site.\n\n"
        "Los comentarios son moderados por el equipo de la redacción.\n\n"
        "Os comentários são moderados antes de aparecerem no site.\n\n"
        "I commenti sono moderati dalla redazione prima della pubblicazione.\n\n"
        "Комментарии проходят модерацию перед публикацией на сайте.\n\n"
        "コメントは承認制です。公開まで時間がかかる場合があります。\n\n"
        "评论需审核后才能显示。\n\n"
        "댓글은 운영자 승인 후 게시됩니다.\n",
        ChromeKind.COMMENTS,
    )


def test_consent_ad_blocker_and_browser_notices_are_other_chrome():
    _assert_kind(
        "Privacy & Cookies: This blog uses cookies to count visitors. By continuing, you agree.\n\n"
        "It looks like you're using an ad blocker. Ads keep this newsletter free for everyone.\n\n"
        "You are using a browser version with limited support for this site. Please update it.\n\n"
        "Click the button below to load the content from maps.example.org.\n\n"
        "External content\n\n"
        "Wir respektieren Ihre Privatsphäre und stellen ohne Ihre Zustimmung keine Verbindung zu YouTube her.\n\n"
        "Klicken Sie auf den Button, um den Inhalt von podcast.example.de zu laden.\n\n"
        "Sie verwenden einen Werbeblocker. Bitte schalten Sie ihn für unsere Seite ab.\n\n"
        "Externer Inhalt\n\n"
        "Vous utilisez un bloqueur de publicité : merci de le désactiver sur notre site.\n\n"
        "Estás usando un bloqueador de anuncios en este navegador.\n\n"
        "Você está usando um bloqueador de anúncios neste navegador.\n\n"
        "Stai usando un ad blocker: disattivalo per continuare a leggere.\n\n"
        "Вы используете блокировщик рекламы на этом сайте.\n",
        ChromeKind.OTHER,
    )


def test_newsletter_and_support_pleas_are_subscription_chrome():
    _assert_kind(
        "Harbour Times Newsletter\n\n"
        "Enter your email address to subscribe to this blog and receive new posts.\n\n"
        "The best stories of the week, delivered straight to your inbox.\n\n"
        "Get the Morning Brief by email and never miss a story.\n\n"
        "We rely on your support to keep local reporting free.\n\n"
        "Um neue Beiträge per E-Mail zu erhalten, trage hier deine Adresse ein.\n\n"
        "Wir informieren Sie regelmäßig über neue Recherchen der Redaktion.\n\n"
        "Jetzt kostenlos registrieren\n\n"
        "Unterstützen Sie unabhängigen Journalismus mit einem kleinen Beitrag.\n\n"
        "Jede Spende hilft uns, weiter unabhängig zu berichten.\n\n"
        "Lust auf mehr? Die besten Geschichten jeden Freitag in deinen Posteingang liefern lassen.\n\n"
        "Mit dem Absenden willige ich bis auf Widerruf ein, den wöchentlichen Newsletter zu erhalten.\n\n"
        "Inscrivez-vous à notre newsletter pour recevoir nos articles.\n\n"
        "Suscríbete a nuestro boletín y recibe las noticias del día.\n\n"
        "Receba as principais notícias na sua caixa de entrada.\n\n"
        "Iscriviti alla nostra newsletter settimanale.\n\n"
        "Подпишитесь на нашу рассылку, чтобы не пропустить новости.\n\n"
        "メールマガジンの登録はこちらから。\n\n"
        "订阅我们的邮件，获取每周精选。\n\n"
        "Zapraszamy do subskrypcji naszego tygodnika.\n",
        ChromeKind.SUBSCRIPTION,
    )


def test_no_break_spaces_between_words_do_not_hide_a_notice():
    kinds = _kinds(
        "Zachęcamy do odwiedzin naszej strony. Informujemy, że\xa0korzystamy z\xa0cookies.\n\n"
        "Les commentaires sont\xa0modérés avant leur publication.\n\n"
        "Wir informieren Sie\u202fregelmäßig über neue Recherchen.\n"
    )
    assert list(kinds.values()) == [ChromeKind.COPYRIGHT, ChromeKind.COMMENTS, ChromeKind.SUBSCRIPTION]


def test_author_bio_boxes_are_other_chrome():
    _assert_kind(
        "Dana Whitfield is a senior reporter for the Harbour Times covering city hall.\n\n"
        "Omar Haddad is a professor of history at Lakeside College and the author of two books on the canal.\n\n"
        "Lena Vogt leitet das Ressort Wirtschaft beim Tageskurier. Sie studierte in Leipzig.\n\n"
        "Jonas Berger ist Redakteur im Team Verbraucher und schreibt über Versicherungen.\n\n"
        "Schreibt seit 2011 für den Tageskurier, vor allem über Verkehr und Energie.\n\n"
        "Claire Martin est journaliste au service politique depuis 2015.\n\n"
        "Lucía Romero es periodista especializada en medio ambiente.\n\n"
        "Marco Bellini è giornalista e scrive di economia.\n\n"
        "Анна Смирнова — журналист отдела экономики.\n\n"
        "著者プロフィール：山田太郎、経済ジャーナリスト。\n\n"
        "作者简介：王明，资深财经记者。\n\n"
        "기자 소개: 경제부 기자로 일하고 있다.\n",
        ChromeKind.OTHER,
    )


def test_picture_credits_are_caption_chrome():
    _assert_kind(
        "(Credit: Lakeside Photo Agency)\n\n"
        "Photograph by\n\n"
        "Beitragsbild: Stadtwerke Nordheim\n\n"
        "Image d'illustration : le port de Brest au petit matin\n\n"
        "Imágenes capturadas de video de seguridad\n",
        ChromeKind.CAPTION,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # The same words inside the story: a role named mid-sentence, cookies and inboxes as topics.
        "The council vote was delayed again, said Dana Whitfield, who is a senior reporter for the Harbour Times.",
        "Regulators say the company used cookies to follow readers across sites without asking them first.",
        "Phishing mails that land in your inbox often imitate a bank's newsletter, the police warned on Monday.",
        "Die Kommentare in den sozialen Netzwerken waren nach dem Spiel überwiegend freundlich, sagte der Trainer.",
        "Der Verein lebt von Spenden, und die Stadt will nun einen Zuschuss für das neue Dach zahlen.",
        "Le journaliste a été libéré mardi après trois semaines de détention, a annoncé son employeur.",
    ],
)
def test_article_sentences_with_the_same_words_stay_body(sentence: str):
    _assert_not_chrome(sentence + "\n")


def test_caption_credits_after_a_full_stop_or_a_comma_and_numbered_figures_are_captions():
    _assert_kind(
        "The old lighthouse at dawn. Photo: Harbour Archive.\n\n"
        "Der neue Windpark bei Nordheim, Foto: Stadtwerke\n\n"
        "Abbildung 3: Aufbau der Messstation am Gletscher\n\n"
        "Figure 2: Monthly rainfall at the three stations\n\n"
        "El puerto al amanecer. Foto: Archivo Municipal.\n\n"
        "Le ministre de la Santé, photo: Archives du gouvernement\n",
        ChromeKind.CAPTION,
    )


def test_recipe_card_buttons_and_share_prompts_are_share_chrome():
    _assert_kind(
        "Print Recipe\n\nJump to Recipe\n\nRezept drucken\n\nImprimir receta\n\n"
        "Teile diesen Beitrag auf Social Media.\n\nPartagez cet article avec vos amis\n",
        ChromeKind.SHARE,
    )


def test_links_back_to_an_overview_are_navigation_and_a_subheading_is_not():
    _assert_kind(
        "Zurück zur Übersicht\n\nZurück zum Lexikon\n\nBack to top\n\nBack to blog\n\n"
        "Retour à l'accueil\n\nVolver al inicio\n\nVoltar para a página inicial\n",
        ChromeKind.NAVIGATION,
    )
    assert _kinds("Zurück zur Normalität\n")["Zurück zur Normalität"] is None


def test_form_consent_and_opinion_disclaimers_are_other_chrome():
    _assert_kind(
        "Ich bin mit der Verarbeitung meiner Daten für den Versand einverstanden.\n\n"
        "I agree to the processing of my personal data to create an account.\n\n"
        "Dieser Gastbeitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.\n\n"
        "Les opinions exprimées dans cette tribune n'engagent que leurs auteurs.\n\n"
        "Las opiniones de esta columna no reflejan necesariamente la opinión del periódico.\n\n"
        "Este artigo não reflete necessariamente a opinião do jornal.\n",
        ChromeKind.OTHER,
    )


def test_shop_offers_are_subscription_chrome():
    _assert_kind(
        "Ausgabe bestellen\n\nBuch kaufen\n\nWerden Sie Mitglied und erhalten Sie exklusive Angebote!\n\n"
        "Puede seguirnos en redes o suscribirse aquí a nuestra newsletter.\n",
        ChromeKind.SUBSCRIPTION,
    )


def test_reading_time_labels_are_other_chrome():
    _assert_kind(
        "5 min read\n\nLesezeit: 4 Minuten\n\nTemps de lecture : 3 min\n\nTiempo de lectura: 6 min\n\n"
        "4 minutos de leitura\n\nTempo di lettura: 2 minuti\n\nВремя чтения: 5 минут\n\n"
        "この記事は約3分で読めます\n\n阅读时间：5分钟\n\n읽는 시간 3분\n",
        ChromeKind.OTHER,
    )


def test_newsletter_offers_more_stories_headings_and_affiliate_disclosures():
    kinds = _kinds(
        "Abonnieren Sie unseren kostenlosen Newsletter zur Energiewende.\n\n"
        "Bleiben Sie mit unserem Wochenbrief auf dem Laufenden.\n\n"
        "Weitere Beiträge aus der Rubrik Verkehr:\n\n"
        "Die meistgelesenen Artikel der Woche\n\n"
        "Letzte Aktualisierung am 3.03.2023 / Bei den Links handelt es sich um Affiliate-Links\n\n"
        "(Alle Angaben ohne Gewähr)\n\n"
        "Ein Hund an der Leine im Stadtpark (Symbolbild).\n\n"
        "Comment by Jonas — 12.04, 2019 @ 09:12\n"
    )
    assert list(kinds.values()) == [
        ChromeKind.SUBSCRIPTION, ChromeKind.SUBSCRIPTION, ChromeKind.RELATED, ChromeKind.RELATED,
        ChromeKind.ADVERTISEMENT, ChromeKind.OTHER, ChromeKind.CAPTION, ChromeKind.COMMENTS,
    ]
