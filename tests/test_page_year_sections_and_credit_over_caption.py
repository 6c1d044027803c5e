"""Page headers (session 37): a breadcrumb from the home page to a section named after its year,
not to a date; a caption over its photo's credit above a body that opens with a dateline in
capitals. Pages written for these tests."""

from tests.documents import page_article as page

MENU = ["Warta Timur", "Home", "Kota", "Nasional", "Pilkada 2026", "Olahraga", "Video", "Indeks"]
TITLE = "Partai Nusantara Tuntut Hitung Ulang di Dapil Sentani 2"
BODY = [
    "SENTANI, WARTATIMUR.COM - Partai Nusantara menuntut penghitungan suara ulang di daerah pemilihan "
    "Sentani 2, Selasa (3/3/2026).",
    "Ketua partai itu, Yosef Wenda, mengatakan pihaknya menemukan selisih suara di sembilan TPS.",
]


def test_a_breadcrumb_from_the_home_page_names_a_section_named_after_its_year():
    a = page([*MENU, "", "Home » Pilkada 2026", "", TITLE, "Selasa, 3 Maret 2026 19:20 WIT", *BODY])
    assert (a.category, a.title) == ("Pilkada 2026", TITLE)
    # a date after the home page is no section
    a = page(["Warta Timur", "Beranda / Selasa, 3 Maret 2026 / 19:20 WIT", TITLE, "Penulis: Rina Lestari", *BODY])
    assert a.category is None
    # a headline with a number and an arrow mark stays a headline
    a = page(["Ketua KPU: Partisipasi > 80 Persen", "Selasa, 3 Maret 2026 19:20 WIT", *BODY])
    assert a.title == "Ketua KPU: Partisipasi > 80 Persen"


def test_a_caption_over_its_credit_stays_though_the_body_opens_with_a_dateline_in_capitals():
    caption = "Petugas BPBD mengevakuasi warga menggunakan perahu karet di Desa Meninting, Jumat (2/10)."
    first = ("GIRI MENANG-Banjir bandang menerjang empat kecamatan di Lombok Barat, Kamis (1/10) malam. "
             "Hujan deras membuat sungai meluap.")
    a = page(["Home » Pilkada 2026", TITLE, "Selasa, 3 Maret 2026 19:20 WIT", caption, "FOTO: RINA LESTARI/WARTA TIMUR",
              first, BODY[1]])
    assert a.caption == caption
    assert "Banjir bandang" in a.paragraphs[0].text
