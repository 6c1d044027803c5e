"""Headers and tails of pages laid out as other outlets lay them out (session 28): a site menu and
a breadcrumb above the headline, a photo caption with its credit under the byline, a name
between the headline and the date, tags and related links after the last sentence. Pages
written for these tests."""

from tests.documents import page_article as page
from warta.model import RawRecord
from warta.stages.page import build_document

MENU = ["Portal Warta", "Home", "Nasional", "Ekonomi", "Olahraga", "Hiburan"]
BODY = [
    "SEMARANG, Warta.com - Kejaksaan Negeri Semarang menahan dua pejabat dinas perhubungan dalam kasus korupsi "
    "pengadaan lampu jalan, Senin (5/10/2026).",
    "Kepala Kejaksaan Negeri Semarang Harun Wibisono mengatakan keduanya ditahan selama 20 hari pertama. (rka)",
]


def test_a_breadcrumb_names_the_section_and_the_headline_follows_it():
    a = page([*MENU, "Home > Berita > Daerah > Jawa Tengah", "Dua Pejabat Dishub Semarang Ditahan Kejari",
              "Senin, 5 Oktober 2026 14:10 WIB", "Penulis: Rudi Hartono", *BODY])
    # the menu's words are no category; "Berita" is only a word for news; "Jawa Tengah" no section
    assert (a.category, a.title) == ("Daerah", "Dua Pejabat Dishub Semarang Ditahan Kejari")
    assert a.caption is None


def test_without_a_breadcrumb_the_category_word_right_above_the_headline_is_the_category():
    a = page([*MENU, "Hukum", "", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Penulis: Rudi Hartono", *BODY])
    assert (a.category, a.title) == ("Hukum", "Dua Pejabat Dishub Semarang Ditahan Kejari")


def test_a_caption_marked_by_its_photo_credit_is_the_caption_not_the_body():
    head = ["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Senin, 5 Oktober 2026 14:10 WIB"]
    a = page([*head, "Jaksa menggiring dua tersangka ke mobil tahanan di Semarang. (Foto: Dok. Kejari)", *BODY])
    assert a.caption == "Jaksa menggiring dua tersangka ke mobil tahanan di Semarang."
    assert a.paragraphs[0].text.startswith("Kejaksaan Negeri Semarang menahan")
    # the credit on a line of its own under the caption, and a body with no dateline
    undated = [BODY[0].split(" - ", 1)[1], BODY[1]]
    a = page([*head, "Jaksa menggiring dua tersangka ke mobil tahanan.", "Foto: Rina/Warta", *undated])
    assert a.caption == "Jaksa menggiring dua tersangka ke mobil tahanan."
    assert a.paragraphs[0].text.startswith("Kejaksaan Negeri Semarang menahan")


def test_a_name_between_the_headline_and_the_date_is_the_byline_and_editors_are_authors_too():
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Sekar Ayu Lestari",
              "Senin, 5 Oktober 2026 14:10 WIB", "Editor : Dimas Pratama", *BODY])
    assert a.authors == ["Sekar Ayu Lestari", "Dimas Pratama"] and a.editors == ["Dimas Pratama"]
    # where the reporter writes from, in brackets after the name, is no part of it; "Jurnalis" labels a name
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Oleh : Sekar Ayu Lestari (Semarang)",
              *BODY])
    assert a.authors == ["Sekar Ayu Lestari"]
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Sekar Ayu Lestari", "Jurnalis", *BODY])
    assert a.authors == ["Sekar Ayu Lestari"]


def test_tags_related_headlines_and_desk_initials_leave_the_body():
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", BODY[0], "Baca juga:",
              "Kejari Semarang Geledah Kantor Dishub", "Wali Kota Semarang Hormati Proses Hukum", BODY[1],
              "Tag:", "korupsi", "kejari semarang", "Berita Terkini", "Tulis komentar Anda"])
    assert [p.text[:30] for p in a.paragraphs] == ["Kejaksaan Negeri Semarang mena", "Kepala Kejaksaan Negeri Semara"]
    assert a.paragraphs[-1].text.endswith("20 hari pertama.")
    # a short last line that ends its sentence stays
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", BODY[0], "Keduanya belum berkomentar."])
    assert a.paragraphs[-1].text == "Keduanya belum berkomentar."
    # a numbered list the article ends with is the article's
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", BODY[0], "Daftar penerima:", "1. Golkar",
              "2. PDIP", "Tag:", "hibah"])
    assert [p.text for p in a.paragraphs][-2:] == ["1. Golkar", "2. PDIP"]


def test_what_the_review_found_the_header_and_tail_rules_must_not_do():
    # a record's own body (no page layout) keeps a last line without a full stop
    text = "Persib menjamu Persija di Bandung, Minggu (4/10/2026).\nPertandingan berakhir dengan skor 2-1"
    assert build_document(RawRecord(input="t.csv", text=text, format="csv")).body.endswith("skor 2-1")
    # a caption whose credit closes its own line leaves the date line under it to be read
    a = page(["Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari",
              "Jaksa menggiring dua tersangka ke mobil tahanan. (Foto: Dok. Kejari)", "Senin, 5 Oktober 2026 14:10 WIB",
              "Penulis: Rudi Hartono", *BODY])
    assert a.caption == "Jaksa menggiring dua tersangka ke mobil tahanan." and a.published
    # a last sentence that ends in desk initials stays; the initials go
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", BODY[0],
              "Sidang digelar pekan depan. [PN]"])
    assert a.paragraphs[-1].text == "Sidang digelar pekan depan."
    # after a bare "Baca juga:", a quotation is no related headline
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", BODY[0], "Baca juga:",
              "Kejari Semarang Geledah Kantor Dishub", '"Kami Tidak Bersalah"', BODY[1]])
    assert [p.text[:5] for p in a.paragraphs] == ["Kejak", '"Kami', "Kepal"]
    # a lede that dates its act is no caption, though a photo credit follows it
    undated = BODY[0].split(" - ", 1)[1]
    a = page(["Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Penulis: Rudi Hartono", undated,
              "Foto: Dok. Kejari Semarang", BODY[1]])
    assert a.paragraphs[0].text == undated
    # a headline holding ">" is no breadcrumb; a kicker between headline and date is no byline
    a = page(["Nasional", "Ketua KPU: Partisipasi Pemilih > Target Nasional", "Senin, 5 Oktober 2026", *BODY])
    assert (a.category, a.title) == ("Nasional", "Ketua KPU: Partisipasi Pemilih > Target Nasional")
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Kabinet Merah Putih",
              "Senin, 5 Oktober 2026 14:10 WIB", *BODY])
    assert a.authors == []
    # a category printed under the date anchors no headline
    a = page(["Prabowo Lantik Lima Menteri Baru di Istana Negara", "Senin, 5 Oktober 2026", "Nasional",
              "Presiden Prabowo bersama para menteri baru berfoto bersama", "Penulis: Rudi Hartono", *BODY])
    assert a.title == "Prabowo Lantik Lima Menteri Baru di Istana Negara"


def test_a_byline_line_may_carry_the_date_and_several_credits_divided_by_marks():
    # "Penulis: A | date" (the date is the date line's), "Rep: A/ Red: B", "A, Jurnalis · date"
    a = page([*MENU, "Politik dan Hukum", "Dua Pejabat Dishub Semarang Ditahan Kejari",
              "Penulis: Sekar Ayu Lestari | Selasa 06 Oktober 2026, 15:20 WIB", *BODY])
    assert (a.category, a.authors) == ("Politik dan Hukum", ["Sekar Ayu Lestari"])
    assert (a.published, a.published_basis) == ("Selasa 06 Oktober 2026, 15:20 WIB", "page date line")
    a = page(["Home > Nusantara", "Dua Pejabat Dishub Semarang Ditahan Kejari",
              "Rep: Sekar Ayu Lestari/ Red: Dimas Pratama", *BODY])
    assert (a.category, a.editors) == ("Nusantara", ["Dimas Pratama"])
    assert a.authors == ["Sekar Ayu Lestari", "Dimas Pratama"]
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari",
              "Sekar Ayu Lestari, Jurnalis · Selasa 06 Oktober 2026 16:12 WIB", *BODY])
    assert (a.authors, a.published) == (["Sekar Ayu Lestari"], "Selasa 06 Oktober 2026 16:12 WIB")


def test_a_menus_photo_and_video_items_do_not_hide_the_category_above_the_headline():
    a = page(["Portal Warta", "Terkini", "Politik", "Hukum", "Daerah", "Foto", "Video", "Daerah",
              "Dua pejabat Dishub Semarang ditahan Kejari", "Selasa, 6 Oktober 2026 08:15 WIB", *BODY])
    assert (a.category, a.title) == ("Daerah", "Dua pejabat Dishub Semarang ditahan Kejari")


def test_an_outlets_desk_between_the_headline_and_the_date_is_the_byline():
    for desk in (["Tempo"], ["kumparanNEWS", "Verified"]):
        a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", *desk,
                  "Selasa, 6 Oktober 2026 08:15 WIB", *BODY])
        assert a.authors == [desk[0]]


def test_an_outlet_before_the_place_in_the_dateline_and_copyright_notes_and_lone_desk_initials_leave():
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari",
              "TEMPO.CO, Semarang - " + BODY[0].split(" - ", 1)[1],
              "Pilihan Editor: Kejari Semarang Geledah Kantor Dishub", "Copyright © Warta 2026",
              "© 2026 PT Warta Media",
              "Dilarang keras mengambil konten atau melakukan crawling di situs ini tanpa izin tertulis dari Warta.",
              BODY[1].replace(" (rka)", ""), "(rka)"])
    assert a.dateline == "Semarang"
    assert len(a.paragraphs) == 2 and a.paragraphs[-1].text.endswith("20 hari pertama.")


def test_a_body_paragraph_that_opens_like_a_notice_stays():
    # (review) a judge's quote and a lawyer's statement are no copyright notices
    kept = ['"Dilarang mengambil gambar selama saksi diperiksa," kata hakim ketua sebelum membuka sidang.',
            "Hak cipta atas lagu tersebut sepenuhnya dimiliki pencipta, kata kuasa hukum penggugat kepada wartawan."]
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", BODY[0], *kept, BODY[1]])
    assert len(a.paragraphs) == 4


def test_headings_of_related_or_popular_headlines_open_the_tail_with_their_lists():
    def spaced(lines: list[str]) -> list[str]:  # paragraphs apart, as pages print them
        return [part for line in lines for part in (line, "")]

    a = page(spaced(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", *BODY, "Terpopuler",
                     "1. Wali Kota Semarang Hormati Proses Hukum", "2. Harga Cabai di Semarang Naik Lagi",
                     "Tentang Kami", "Redaksi",
                     "Copyright © 2026 Warta Media, a Warta Group company. All rights reserved.",
                     "(warta.id - Nasional)"]))
    assert len(a.paragraphs) == 2 and a.paragraphs[-1].text.endswith("20 hari pertama.")
    # a story's own closing list stays
    a = page(spaced(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", *BODY,
                     "Barang bukti yang disita:", "1. Dokumen pengadaan", "2. Uang tunai Rp 300 juta"]))
    assert a.paragraphs[-1].text == "2. Uang tunai Rp 300 juta"


def test_a_place_in_capitals_closed_by_a_full_stop_after_the_outlet_is_the_dateline():
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari",
              "WARTA.CO.ID - SEMARANG. " + BODY[0].split(" - ", 1)[1], BODY[1]])
    assert a.dateline == "SEMARANG" and a.paragraphs[0].text.startswith("Kejaksaan Negeri Semarang menahan")


def test_a_caption_closed_by_its_credit_may_date_and_a_dash_may_close_a_dateline_without_a_space():
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Senin, 5 Oktober 2026 14:10 WIB",
              "Jaksa menggiring dua tersangka di Semarang, Senin (5/10/2026). - Warta/Rina Sari",
              "Warta.com, SEMARANG—" + BODY[0].split(" - ", 1)[1], BODY[1]])
    assert a.caption == "Jaksa menggiring dua tersangka di Semarang, Senin (5/10/2026)."
    assert a.dateline == "SEMARANG" and a.paragraphs[0].text.startswith("Kejaksaan Negeri Semarang menahan")
    # a kicker over the caption's first words, the credit on the next line: the caption, no dateline
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Senin, 5 Oktober 2026 14:10 WIB",
              "PENAHANAN PEJABAT - Jaksa menggiring dua tersangka ke mobil tahanan di Semarang.",
              "(WARTA/RINA SARI)", BODY[0].split(" - ", 1)[1], BODY[1]])
    assert a.dateline is None and a.paragraphs[0].text.startswith("Kejaksaan Negeri Semarang menahan")


LEDE = BODY[0].split(" - ", 1)[1]


def test_a_place_in_title_case_before_a_spaced_dash_or_a_colon_is_the_dateline():
    head = ["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Senin, 5 Oktober 2026 14:10 WIB"]
    a = page([*MENU, *head, "Semarang - " + LEDE, BODY[1]])
    assert a.dateline == "Semarang" and a.paragraphs[0].text.startswith("Kejaksaan Negeri Semarang menahan")
    assert page([*head, "Semarang: " + LEDE, BODY[1]]).dateline == "Semarang"  # a place the gazetteer knows
    # a label with a colon or a name before a dash that goes on in lower case opens no dateline
    assert page([*head, "Ringkasan: " + LEDE, BODY[1]]).dateline is None
    assert page([*head, "Harun Wibisono - yang hadir pagi ini - membuka rapat itu di kantor kejaksaan.",
                 BODY[1]]).dateline is None


def test_a_reporter_before_the_desk_or_a_date_and_a_caption_labelled_foto_with_the_photographer():
    a = page([*MENU, "Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Rina Sari Dewi - detikJateng",
              "Senin, 5 Okt 2026 14:10 WIB",
              "Foto: Jaksa menggiring dua tersangka ke mobil tahanan (Bayu Aji/wartacom)", "Semarang - " + LEDE,
              BODY[1]])
    assert a.authors == ["Rina Sari Dewi"]  # the reporter, then detik's desk
    assert a.caption == "Jaksa menggiring dua tersangka ke mobil tahanan"
    a = page(["Home Nasional Hukum", "Dua Pejabat Dishub Semarang Ditahan Kejari",
              "Rina Sari Dewi • 5 Oktober 2026 14:10", "Semarang - " + LEDE, BODY[1]])
    assert (a.category, a.authors) == ("Hukum", ["Rina Sari Dewi"])  # a breadcrumb without marks
    a = page(["Dua Pejabat Dishub Semarang Ditahan Kejari", "Oleh: Rina Sari Dewi - Senin 05 Okt 2026, 14:10 WIB",
              "Semarang - " + LEDE, BODY[1]])
    assert (a.authors, a.published) == (["Rina Sari Dewi"], "Senin 05 Okt 2026, 14:10 WIB")


def test_a_breadcrumb_with_slashes_names_its_last_section_and_agency_photo_credits_close_captions():
    a = page(["Home / Jateng / Semarang", "SEMARANG /", "Dua Pejabat Dishub Semarang Ditahan Kejari",
              "Senin, 5 Oktober 2026 14:10 WIB",
              "Jaksa menggiring dua tersangka di Semarang, Senin (5/10). ANTARA FOTO/Bayu Aji/rwa.",
              "SEMARANG - " + LEDE, BODY[1]])
    assert (a.category, a.title) == ("Semarang", "Dua Pejabat Dishub Semarang Ditahan Kejari")
    assert a.caption == "Jaksa menggiring dua tersangka di Semarang, Senin (5/10)."
    a = page(["Home / Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Senin, 5 Oktober 2026 14:10 WIB",
              "Jaksa menggiring dua tersangka ke mobil tahanan di Semarang", "Pikiran Rakyat/Bayu Aji",
              "SEMARANG - " + LEDE, BODY[1]])  # an outlet page.toml knows, then its photographer
    assert a.caption == "Jaksa menggiring dua tersangka ke mobil tahanan di Semarang"
    assert a.paragraphs[0].text.startswith("Kejaksaan Negeri Semarang menahan")
    # two reporters' names with a slash credit no photo; a lede ending in "Pj. Bupati/Wali Kota." is no caption
    a = page(["Home / Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Senin, 5 Oktober 2026 14:10 WIB",
              LEDE, "Rina Sari/Dimas Pratama", BODY[1]])
    assert a.caption is None and a.paragraphs[0].text.startswith("Kejaksaan Negeri Semarang menahan")
    a = page(["Home / Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Senin, 5 Oktober 2026 14:10 WIB",
              "Rapat itu digelar secara daring pada Senin dan diikuti seluruh Pj. Bupati/Wali Kota.", BODY[1]])
    assert a.caption is None and a.paragraphs[0].text.startswith("Rapat itu digelar")


def test_a_pair_of_names_a_country_or_a_label_before_a_dash_or_colon_opens_no_dateline():
    head = ["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Senin, 5 Oktober 2026 14:10 WIB"]
    for lede in ["Prabowo - Gibran resmi ditetapkan sebagai pemenang oleh KPU pada Rabu.",
                 "Indonesia - Jepang sepakat memperkuat kerja sama di bidang energi bersih.",
                 "Sumber: Kementerian Kesehatan mencatat 1.200 kasus baru pekan ini di Semarang."]:
        a = page([*head, lede, BODY[1]])
        assert a.dateline is None and a.paragraphs[0].text == lede
    # a headline of that shape stays the headline
    a = page(["Home > Politik", "Prabowo - Gibran Unggul di Survei Terbaru Jelang Pilpres",
              "Senin, 5 Oktober 2026 14:10 WIB", "JAKARTA - " + LEDE, BODY[1]])
    assert (a.title, a.dateline) == ("Prabowo - Gibran Unggul di Survei Terbaru Jelang Pilpres", "JAKARTA")


def test_no_author_from_a_schedule_a_region_a_dateline_or_a_photo_label():
    schedule = ["Berikut jadwal debat:", "Debat Pertama Capres - Selasa, 12 Desember 2023",
                "Debat Kedua Cawapres - Jumat, 22 Desember 2023"]
    a = page(["Home > Nasional", "Jadwal Debat Capres dan Cawapres", "Penulis: Rina Sari Dewi",
              "SEMARANG - " + LEDE, *schedule])
    assert a.authors == ["Rina Sari Dewi"]  # (dated lines leave the body as before: no authors among them)
    a = page(["Home > Nasional", "Dua Pejabat Dishub Semarang Ditahan Kejari", "Jawa Tengah • Senin, 5 Oktober 2026",
              "Jakarta, CNN Indonesia", "Ilustrasi - detikcom", "SEMARANG - " + LEDE, BODY[1]])
    assert a.authors == []


def test_a_site_menu_on_one_line_and_a_photo_credit_with_a_slash_are_no_breadcrumbs():
    a = page(["Portal Warta", "Home Nasional Ekonomi Olahraga", "Hukum", "Dua Pejabat Dishub Semarang Ditahan Kejari",
              "Senin, 5 Oktober 2026 14:10 WIB", "SEMARANG - " + LEDE, BODY[1]])
    assert (a.category, a.title) == ("Hukum", "Dua Pejabat Dishub Semarang Ditahan Kejari")
    a = page(["Ilustrasi / Kompas.com", "Hukum", "Dua Pejabat Dishub Semarang Ditahan Kejari",
              "Senin, 5 Oktober 2026 14:10 WIB", "SEMARANG - " + LEDE, BODY[1]])
    assert a.category == "Hukum"
