"""Headers and tails of pages laid out as regional outlets lay them out (session 36): a site menu
whose index link reads like an unmarked breadcrumb above the real, marked one (or one whose marks
a scrape lost, leaving their spaces); a caption under its photo's credit line, or closed by the
credit of a picture lent to the outlet; a regional paper's short section name; a byline name that
opens with a word that is an office too; the comment box's
disclaimer after the last sentence (and the lines asking the reader to follow a channel or read
more on a news app before it); the outlet's domain in brackets closing the last paragraph, alone
or with its reporter's name. Pages written for these tests."""

from tests.documents import page_article as page

MENU = ["Warta Daerah", "Home", "Kota", "Kabupaten", "Nasional", "Video", "Indeks Berita", "Cari"]
TITLE = "Polres Jember Tangkap Dua Pengedar Sabu di Indekos"
BODY = [
    "JEMBER, WARTADAERAH.COM - Satresnarkoba Polres Jember menangkap dua pengedar sabu di sebuah indekos di "
    "Kecamatan Sumbersari, Senin (5/10/2026).",
    "Kasat Resnarkoba Polres Jember AKP Budi Santoso mengatakan keduanya kini ditahan di Mapolres Jember.",
]


def test_a_marked_breadcrumb_names_the_section_though_a_menu_s_index_link_stands_above_it():
    a = page([*MENU, "", "Home » Jember » Kriminal", "", TITLE, "Senin, 5 Oktober 2026 14:10 WIB", *BODY])
    assert (a.category, a.title) == ("Kriminal", TITLE)


def test_follow_and_read_more_lines_and_the_comment_disclaimer_leave_the_tail():
    tail = ["Ikuti saluran Warta Daerah di WhatsApp", "Baca berita Warta Daerah lainnya di Google News",
            "Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam ketentuan Undang-undang ITE."]
    a = page(["Home » Kriminal", TITLE, "Senin, 5 Oktober 2026 14:10 WIB", *BODY, *tail])
    assert [p.text for p in a.paragraphs][-1] == BODY[1]


def test_the_outlet_s_domain_in_brackets_closing_the_body_is_no_part_of_it():
    for credit in ["(Wartadaerah.com)", "( Wartadaerah.com / Rina Lestari )"]:
        a = page(["Home » Kriminal", TITLE, "Senin, 5 Oktober 2026 14:10 WIB", BODY[0], f"{BODY[1]} {credit}"])
        assert a.paragraphs[-1].text == BODY[1]


def test_a_breadcrumb_whose_marks_were_lost_keeps_its_parts_apart_by_their_spaces():
    a = page([*MENU, "", "Home  Jember  Hukum", "", TITLE, "Senin, 5 Oktober 2026 14:10 WIB", *BODY])
    assert (a.category, a.title) == ("Hukum", TITLE)


def test_a_sentence_under_a_photo_s_credit_line_is_the_caption():
    a = page(["Home » Kriminal", TITLE, "Senin, 5 Oktober 2026 14:10 WIB", "Penulis: Rina Lestari",
              "WARTADAERAH.COM/RINA LESTARI",
              "Dua tersangka digiring petugas ke ruang tahanan Mapolres Jember, Senin (5/10/2026).", *BODY])
    assert a.caption == "Dua tersangka digiring petugas ke ruang tahanan Mapolres Jember, Senin (5/10/2026)."
    assert a.paragraphs[0].text.startswith("Satresnarkoba Polres Jember")


def test_a_picture_lent_to_the_outlet_credited_at_the_caption_s_end_is_no_part_of_it():
    a = page(["Home » Kriminal", TITLE, "Senin, 5 Oktober 2026 14:10 WIB", "Reporter: Rina Lestari",
              "BARANG BUKTI: Petugas menunjukkan sabu yang disita, Senin (5/10). "
              "(Humas Polres Jember for Warta Daerah)",
              *BODY])
    assert a.caption == "BARANG BUKTI: Petugas menunjukkan sabu yang disita, Senin (5/10)."


def test_a_regional_paper_s_short_section_name_above_the_headline_is_the_category():
    a = page(["Warta Daerah", "Home", "Politik", "Hukrim", "Ekonomi", "", "Hukrim", "", TITLE,
              "Oleh Rina Lestari", "05/10/2026, 14:10 WIB", *BODY])
    assert (a.category, a.title) == ("Hukrim", TITLE)


def test_a_byline_name_opening_with_a_word_that_is_an_office_too_is_a_name():
    a = page(["Home » Kriminal", TITLE, "Penulis: Imam Fajar Nugroho", "Senin, 5 Oktober 2026 14:10 WIB", *BODY])
    assert a.authors == ["Imam Fajar Nugroho"]


def test_a_site_menu_on_one_line_with_wide_gaps_is_no_breadcrumb():
    a = page(["Warta Daerah", "Home  Nasional  Daerah  Olahraga  Hiburan", "", "Home  Jember  Kriminal", "",
              TITLE, "Senin, 5 Oktober 2026 14:10 WIB", *BODY])
    assert (a.category, a.title) == ("Kriminal", TITLE)


def test_a_breadcrumb_of_four_parts_split_at_wide_gaps_is_one_a_longer_line_a_menu():
    a = page([*MENU, "", "Home  Berita  Jember  Kriminal", "", TITLE, "Senin, 5 Oktober 2026 14:10 WIB", *BODY])
    assert (a.category, a.title) == ("Kriminal", TITLE)
    a = page(["Warta Daerah", "Home  Nasional  Jember  Video  Foto  Indeks", "", "Home  Jember  Hukum", "",
              TITLE, "Senin, 5 Oktober 2026 14:10 WIB", *BODY])
    assert (a.category, a.title) == ("Hukum", TITLE)


def test_a_photo_s_label_over_a_summary_is_no_dateline_when_the_body_s_dateline_follows():
    caption = ("LONGSOR - Tim gabungan mencari korban yang tertimbun longsor di Desa Golo Ncuang, Kabupaten "
               "Manggarai, Sabtu (10/10/2026).")
    a = page(["Home » Manggarai", TITLE, "Sabtu, 10 Oktober 2026 14:37 WITA", "Penulis: Rina Lestari", caption,
              "Ringkasan Berita:", "Dua warga ditemukan meninggal.", *BODY])
    assert a.dateline == "JEMBER"
    assert a.paragraphs[0].text.startswith("Satresnarkoba Polres Jember")


def test_a_comment_box_s_heading_and_disclaimer_close_the_body():
    tail = ["Berita Terkait", "Banjir Bandang di Ende, Puluhan Rumah Terendam Lumpur", "KOMENTAR",
            "Disclaimer: Komentar yang dimuat merupakan tanggung jawab pribadi pengirim dan bukan pendapat redaksi."]
    a = page(["Home » Kriminal", TITLE, "Senin, 5 Oktober 2026 14:10 WIB", *BODY, *tail])
    assert [p.text for p in a.paragraphs][-1] == BODY[1]
