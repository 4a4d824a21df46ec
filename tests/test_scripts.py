"""Scripts beyond Latin, Cyrillic and CJK count as letters, and their full stops end
sentences: a page in Bengali, Tamil or Georgian has a body like any other."""

from __future__ import annotations

import pytest

from clipper import parse
from clipper.classify.features import measure
from clipper.segment import Segment

SENTENCES = {
    "bengali": "আজ সকালে শহরের প্রধান সড়কে একটি বড় দুর্ঘটনা ঘটেছে। পুলিশ জানিয়েছে, এতে তিনজন আহত হয়েছেন।",
    "tamil": "இன்று காலை நகரின் முக்கிய சாலையில் பெரிய விபத்து ஏற்பட்டது. மூன்று பேர் காயமடைந்தனர்.",
    "georgian": "დღეს დილით ქალაქის მთავარ გზაზე დიდი ავარია მოხდა. პოლიციის ცნობით, სამი ადამიანი დაშავდა.",
    "armenian": "Այսօր առավոտյան քաղաքի գլխավոր ճանապարհին խոշոր վթար է տեղի ունեցել։ Երեք մարդ վիրավորվել է։",
}


@pytest.mark.parametrize("script", sorted(SENTENCES))
def test_letters_and_sentence_ends_of_more_scripts_are_counted(script: str):
    text = SENTENCES[script]
    f = measure(Segment(text, 1, 1), frozenset())
    assert f.script == script
    assert f.chars > 0.6 * len(text.replace(" ", ""))
    assert f.sentence_ends == 2 and f.ends_sentence


def test_a_bengali_article_has_a_body():
    paragraph = SENTENCES["bengali"] + " " + SENTENCES["bengali"]
    page = "হোম\n\nবাংলাদেশ\n\nখেলা\n\n" + "\n\n".join([paragraph] * 4) + "\n\nশেয়ার\n"
    article = parse(page)
    assert len(article.body) >= 4
    assert all("হোম" != b.text for b in article.body)
