"""A page's closing lines (session 38): an outlet's lines pointing to its news elsewhere ("Baca
berita … lainnya di Google News", "Ikuti saluran WhatsApp …") are chrome after the body, not its
last paragraphs. Page written for this test."""

from tests.documents import page_article as page

TITLE = "Nelayan Natuna Minta Patroli Diperketat"
BODY = [
    "NATUNA, WARTATIMUR.COM - Nelayan Natuna meminta patroli di Laut Natuna Utara diperketat, Rabu (16/9/2026).",
    '"Kapal asing masih sering masuk," kata Ketua Himpunan Nelayan, Zulkarnain.',
]


def test_lines_pointing_to_the_outlet_s_news_elsewhere_close_the_body():
    a = page([TITLE, "Rabu, 16 September 2026 10:21 WIB", *BODY, "Baca berita Warta Timur lainnya di Google News",
              "Ikuti saluran WhatsApp WartaTimur.com untuk mendapatkan update berita terkini.", "Tags:", "Natuna"])
    assert [p.text for p in a.paragraphs][-1] == BODY[-1]
