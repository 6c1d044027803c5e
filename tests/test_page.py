"""Page structure: header fields, dateline, chrome and teaser of scraped text pages."""

from warta.model import RawRecord
from warta.pipeline import default_pipeline
from warta.resources import example_article
from warta.stages.page import build_document, credit_only
from warta.stages.page_header import read_header


def page(text: str):
    return build_document(RawRecord(input="t.txt", text=text, format="text", layout="page"))


def test_example_page_header_and_body():
    doc = default_pipeline()(RawRecord(input="ex", text=example_article().read_text(), format="text",
                                       layout="page"))
    a = doc.article
    assert a.caption.startswith("Presiden Rusia Vladimir Putin")
    assert a.category == "Dunia"
    assert a.title == "Kerja Sama Korea Utara-Rusia Kembali jadi Sorotan"
    assert a.teaser.startswith("Menteri Luar Negeri Korea Selatan Park Jin")
    assert a.authors == ["Distika Safara Setianda"]
    assert a.dateline == "JAKARTA"
    assert a.published == "2023-11-09" and "dilansir" in a.published_basis
    assert a.language == "id"
    # The teaser repeated as the first paragraph stays the teaser and appears once in the body.
    assert a.paragraphs[0].text == a.teaser
    assert sum(p.text == a.teaser for p in a.paragraphs) == 1
    assert len(a.paragraphs) == 11


def test_paragraph_offsets_point_into_the_body():
    doc = page("Judul Berita Ini\n\nJAKARTA - Satu dua tiga empat lima enam.\n\nParagraf kedua di sini ya.")
    for para in doc.article.paragraphs:
        assert doc.body[para.start:para.end] == para.text


def test_inline_credits_and_other_dateline_shapes():
    text = (
        "Ekonomi\n"
        "Harga Beras Naik Lagi di Pasar Induk\n"
        "Penulis: Budi Santoso | Editor: Rina Wati\n"
        "Jakarta, CNN Indonesia -- Harga beras di Pasar Induk Cipinang naik lagi pekan ini, kata "
        "pedagang kepada wartawan.\n"
        "Kenaikan itu terjadi karena pasokan dari daerah berkurang sejak awal bulan lalu.\n"
        "(rdp/imk)\n"
    )
    doc = page(text)
    a = doc.article
    assert a.category == "Ekonomi"
    assert a.title == "Harga Beras Naik Lagi di Pasar Induk"
    # every byline name is an author (ANNOTATION.md), editors kept apart too
    assert a.authors == ["Budi Santoso", "Rina Wati"] and a.editors == ["Rina Wati"]
    assert (a.dateline, a.site) == ("Jakarta", "CNN Indonesia")  # the place only (ANNOTATION.md)
    assert a.paragraphs[0].text.startswith("Harga beras di Pasar Induk")
    assert all("rdp/imk" not in p.text for p in a.paragraphs)


def test_site_datelines():
    for line, dateline in [
        ("KOMPAS.com - Pemerintah menetapkan harga baru untuk bahan bakar minyak.", None),
        ("Jakarta (ANTARA) - Pemerintah menetapkan harga baru untuk bahan bakar minyak.", "Jakarta"),
        ("JAKARTA, KOMPAS.com – Pemerintah menetapkan harga baru untuk bahan bakar minyak.", "JAKARTA"),
        ("Liputan6.com, Jakarta - Pemerintah menetapkan harga baru untuk bahan bakar minyak.", "Jakarta"),
        ("SEOUL, Kamis (9/11/2023) - Pemerintah menetapkan harga baru bahan bakar minyak.", "SEOUL"),
    ]:
        doc = page(f"Judul Satu Dua Tiga\n\n{line}")
        assert doc.article.dateline == dateline  # the place only; the outlet is no part of it
        assert doc.article.paragraphs[0].text.startswith("Pemerintah menetapkan")


def test_no_dateline_for_an_ordinary_sentence():
    doc = page("Judul Satu Dua Tiga\n\nPresiden Joko Widodo - yang hadir pagi ini - membuka acara itu.")
    assert doc.article.dateline is None


def test_chrome_lines_leave_the_body_and_credits_become_people():
    body = "\n".join([
        "JAKARTA - Pemerintah mengumumkan kebijakan baru soal impor beras hari ini di Jakarta.",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Baca juga: Harga Cabai Melonjak di Pasar",
        "Simak juga video 'Menteri Bicara Soal Beras':",
        "Tonton juga video \"Impor Beras\" di sini:",
        "Saksikan Live DetikPagi:",
        "ADVERTISEMENT",
        "Kebijakan itu berlaku mulai bulan depan untuk seluruh provinsi di Indonesia. (sha/c5/hep)",
        "Editor: Andi Lubis",
        "Penulis: Sari Dewi",
        "Diadaptasi oleh Tim Redaksi dari kantor berita asing",
        "Artikel ini pertama kali terbit di situs lain dengan judul berbeda.",
        "Bagikan",
        "WhatsApp",
    ])
    doc = page("Judul Berita Beras Impor\n\n" + body)
    texts = [p.text for p in doc.article.paragraphs]
    assert texts == [
        "Pemerintah mengumumkan kebijakan baru soal impor beras hari ini di Jakarta.",
        "Kebijakan itu berlaku mulai bulan depan untuk seluruh provinsi di Indonesia.",
    ]
    assert doc.article.editors == ["Andi Lubis"]
    assert doc.article.authors == ["Sari Dewi", "Andi Lubis"]  # every byline name (ANNOTATION.md)


def test_page_date_line_in_the_header_dates_the_article():
    doc = default_pipeline()(RawRecord(input="t", format="text", layout="page", text=(
        "Harga Beras Naik Lagi di Pasar Induk\nKamis, 09 Nov 2023 14:05 WIB\n\n"
        "Harga beras di Pasar Induk Cipinang naik lagi pekan ini, kata pedagang kepada wartawan.")))
    assert doc.article.published == "2023-11-09T14:05:00+07:00"
    assert doc.article.published_basis == "page date line"


def test_hard_wrapped_text_is_joined_into_paragraphs():
    text = (
        "Judul Berita Yang Dibungkus\n\n"
        "Pemerintah mengumumkan kebijakan baru soal impor beras\n"
        "hari ini di Jakarta setelah rapat terbatas dengan para\n"
        "menteri bidang ekonomi di Istana Negara pagi tadi.\n\n"
        "Kebijakan itu berlaku mulai bulan depan untuk seluruh\n"
        "provinsi dan akan dievaluasi setiap tiga bulan sekali\n"
        "oleh kementerian yang membidangi perdagangan nasional.\n"
    )
    doc = page(text)
    assert len(doc.article.paragraphs) == 2
    assert doc.article.paragraphs[0].text.endswith("Istana Negara pagi tadi.")


def test_an_acting_office_s_abbreviation_ends_no_sentence():
    doc = default_pipeline()(RawRecord(input="t", format="text", layout="body", text=(
        "Pelaksana Tugas (Plt.) Kepala Dinas Sosial Rina Wulan hadir. Pj. Bupati Garut juga hadir.")))
    assert [s.text for s in doc.sentences] == [
        "Pelaksana Tugas (Plt.) Kepala Dinas Sosial Rina Wulan hadir.", "Pj. Bupati Garut juga hadir."]


def test_sentences_are_split_with_abbreviations_kept():
    doc = default_pipeline()(RawRecord(input="t", format="text", layout="body", text=(
        "Dr. Budi tiba di Jl. Sudirman pukul 10.00 WIB. Ia disambut warga. \"Kami senang,\" "
        "katanya. Prof. Ani juga hadir.")))
    assert [s.text for s in doc.sentences] == [
        "Dr. Budi tiba di Jl. Sudirman pukul 10.00 WIB.", "Ia disambut warga.",
        "\"Kami senang,\" katanya.", "Prof. Ani juga hadir."]
    for s in doc.sentences:
        assert doc.body[s.start:s.end] == s.text


def test_sources_cited():
    doc = page("Judul Satu Dua\n\nMenurut laporan itu, harga naik, dilansir dari The Korea Times, Kamis, "
               "9 November 2023. Hal itu juga dikutip dari Reuters. Seperti dikutip Antara, ia hadir.")
    assert doc.article.sources_cited == ["The Korea Times", "Reuters", "Antara"]


def test_words_a_scraper_glued_are_set_apart():
    from warta.stages.glue import unglue

    assert unglue("Rizky Yudha Pahlawan kepadadetikSulsel, Senin.") == (
        "Rizky Yudha Pahlawan kepada detikSulsel, Senin.", 1)
    assert unglue("PantauandetikSulseldi lokasi") == ("Pantauan detikSulsel di lokasi", 2)
    assert unglue("Muhammad Iqbal Kholidin.Peneliti Perludem") == ("Muhammad Iqbal Kholidin. Peneliti Perludem", 1)
    assert unglue("ia bertemuPrabowo di Istana") == ("ia bertemu Prabowo di Istana", 1)
    assert unglue("Menteri ESDM Bahlil Lahadaliamengatakan, impor") == (
        "Menteri ESDM Bahlil Lahadalia mengatakan, impor", 1)
    # not glue: a brand written alone, domain names, iPhone, a sentence already spaced
    assert unglue("harga iPhone naik, kata detikcom dari detik.com. Lalu") == (
        "harga iPhone naik, kata detikcom dari detik.com. Lalu", 0)


def test_a_word_and_the_name_after_it_glued_by_a_stripped_link_are_set_apart():
    from warta.stages.glue import unglue

    assert unglue("SelanjutnyaSmart Gate di bandara") == ("Selanjutnya Smart Gate di bandara", 1)
    assert unglue("Sekretaris Umum Gede Darmaja, BadungKetua Panitia Ketut Arsa") == (
        "Sekretaris Umum Gede Darmaja, Badung Ketua Panitia Ketut Arsa", 1)
    assert unglue("pembalap Jorge Martinbelum pulih") == ("pembalap Jorge Martin belum pulih", 1)
    assert unglue("warga Australiayang tinggal di Bali") == ("warga Australia yang tinggal di Bali", 1)
    assert unglue("Sekretaris: Made SuparsaBendahara: Ketut Arini") == (
        "Sekretaris: Made Suparsa Bendahara: Ketut Arini", 1)  # a treasurer's label after a lost line break
    # names written in camel case, hashtags, words that end like a glued one
    for text in ("naik TransJakarta ke YouTube, InsyaAllah", "aplikasi PeduliLindungi dan BeritaSatu",
                 "tagar #SelainItu dan #DalamNegeri", "warga Peranakan Sebayang dan Mulyadi",
                 "Gerakan Kebijakan Silakan"):
        assert unglue(text) == (text, 0)


def test_text_a_scraper_decoded_with_the_wrong_codec_is_repaired_and_said():
    from warta.stages.glue import repair_encoding

    assert repair_encoding("Sekjen PBB AntÃ³nio Guterres memuji") == ("Sekjen PBB António Guterres memuji", True)
    assert repair_encoding("inflasi 2,5Â±1% dan lahan 12.713 mÂ²") == ("inflasi 2,5±1% dan lahan 12.713 m²", True)
    # clean text, accents and typographic quotes written as such, stays exactly as it was, also
    # where an accented letter before a closing quote looks like the signature ("José”")
    assert repair_encoding("Café “Kopi” – Rp 5.000") == ("Café “Kopi” – Rp 5.000", False)
    assert repair_encoding("kata “José” itu") == ("kata “José” itu", False)
    # the dateline's dash and the title are repaired before the page is read
    doc = build_document(RawRecord(input="t.csv", record="4", format="csv",
                                   text="JAKARTA, KOMPAS.com â€“ Presiden Prabowo tiba di Jakarta pada Senin.\n\n"
                                        "Ia disambut.", meta={"title": "AntÃ³nio Tiba"}))
    assert (doc.article.dateline, doc.body[:16], doc.article.title) == ("JAKARTA", "Presiden Prabowo", "António Tiba")
    doc = build_document(RawRecord(input="t.csv", record="3", format="csv",
                                   text="Presiden FranÃ§ois Hollande tiba di Jakarta.\n\nIa disambut Prabowo."))
    assert doc.body == "Presiden François Hollande tiba di Jakarta.\n\nIa disambut Prabowo."
    assert any("wrong character set" in w for w in doc.warnings)


def test_the_outlet_a_dateline_names_is_the_site_and_desk_credits_leave_the_body():
    doc = page("Banjir Rendam Bandung Lagi\n\nBANDUNG, KOMPAS.com – Banjir merendam 120 rumah di Bandung.\n\n(Abc/P-2)")
    assert (doc.article.dateline, doc.article.site) == ("BANDUNG", "KOMPAS.com")
    assert doc.body == "Banjir merendam 120 rumah di Bandung."


def test_an_agencys_credit_with_the_outlet_and_an_outlets_reporter_credit_leave_the_body():
    # (session 31) "(Ant/balipost)", "(Serambinews.com/Zubir Amiruddin)" close the last paragraph
    doc = page("Banjir Rendam Bandung Lagi\n\nBANDUNG - Banjir merendam 120 rumah di Bandung. (Ant/balipost)")
    assert doc.body == "Banjir merendam 120 rumah di Bandung."
    doc = page("Banjir Rendam Bandung Lagi\n\nBANDUNG - Banjir merendam 120 rumah di Bandung. "
               "(Serambinews.com/Zubir Amiruddin)")
    assert doc.body == "Banjir merendam 120 rumah di Bandung."
    doc = page("Banjir Rendam Bandung Lagi\n\nBANDUNG - Warga mengungsi ke balai desa (lihat peta/infografis).")
    assert doc.body.endswith("(lihat peta/infografis).")


def test_a_dateline_with_the_outlet_after_a_dash_and_an_outlet_alone_before_a_stop():
    # (session 31) "CIBINONG–RADAR BOGOR, …" is Cibinong's; "RMOL. …" names the outlet, no place
    doc = page("Gaji Karyawan Perumda Tertunggak\n\nCIBINONG–RADAR BOGOR, Komisi II DPRD Kabupaten Bogor memanggil "
               "direksi perusahaan itu.")
    assert (doc.article.dateline, doc.body[:9]) == ("CIBINONG", "Komisi II")
    doc = page("Izin Pinjol Dicabut\n\nRMOL. Otoritas Jasa Keuangan mencabut izin usaha sebuah pinjol.")
    assert doc.article.dateline is None
    from warta.stages.datelines import match_dateline

    assert match_dateline("SURABAYA. Sekretaris Daerah Jawa Timur diperiksa penyidik.").group("dateline") == "SURABAYA"


def test_a_caption_in_capitals_closed_or_followed_by_its_credit_is_no_dateline():
    # (session 32) Tribun's "LABEL - caption. OUTLET.COM/NAME" over the real dateline
    text = ("Warta Daerah\n\nHome » Sulsel » Gowa\n\nKejari Gowa Tahan Kepala Dinas Pertanian\n\n"
            "Selasa, 6 Oktober 2026 10:15 WITA\n\nzoom-in\n"
            "DIGIRING - Kepala Dinas Pertanian Gowa berinisial RS digiring petugas menuju mobil tahanan usai "
            "diperiksa, Senin (5/10/2026). TRIBUN-GOWA.COM/ANDI RAHMAN\n\n"
            "TRIBUN-GOWA.COM, GOWA - Kejaksaan Negeri Gowa menahan Kepala Dinas Pertanian berinisial RS.\n\n"
            "Penahanan dilakukan selama 20 hari ke depan.")
    doc = page(text)
    assert doc.article.dateline == "GOWA"
    assert doc.body.startswith("Kejaksaan Negeri Gowa menahan")
    assert doc.article.caption.startswith("DIGIRING - Kepala Dinas Pertanian Gowa")
    # the credit on a line of its own under it, no headline anchored by a breadcrumb
    text = ("TRIBUN-GOWA.COM\nHome\nNasional\nSulsel\n\nRatusan Petani Gowa Unjuk Rasa di Kantor Bupati\n\n"
            "Kamis, 8 Oktober 2026 09:00 WITA\n\n"
            "AKSI PETANI - Ratusan petani berunjuk rasa di depan Kantor Bupati Gowa, Kamis (8/10/2026).\n"
            "TRIBUN-GOWA.COM/ANDI RAHMAN\n\n"
            "TRIBUN-GOWA.COM, GOWA - Ratusan petani menggelar aksi di depan Kantor Bupati Gowa.\n\n"
            "Mereka menuntut harga gabah dinaikkan.")
    doc = page(text)
    assert doc.article.title == "Ratusan Petani Gowa Unjuk Rasa di Kantor Bupati"
    assert doc.article.caption.startswith("AKSI PETANI - Ratusan petani")
    assert doc.body.startswith("Ratusan petani menggelar aksi")


def test_an_outlet_caption_in_brackets_is_no_dateline_when_the_real_one_follows():
    # (session 32) "SOLOPOS.COM - Suasana … (Solopos/Name)" above "Solopos.com, KLATEN — …"
    text = ("Soloraya › Klaten\n\nMutasi 86 Pejabat Pemkab Klaten Ditolak Empat Fraksi DPRD\n\n"
            "Jumat, 2 Oktober 2026 - 13:05 WIB\n\n"
            "SOLOPOS.COM - Suasana rapat paripurna DPRD Klaten di Gedung DPRD Klaten, Kamis (1/10/2026). "
            "(Solopos/Rina Wulandari)\n\nBagikan\n\n"
            "Solopos.com, KLATEN — Empat fraksi di DPRD Klaten menolak mutasi pejabat.\n\n"
            "Promosi\nTips Memilih Rumah Pertama agar Cicilan Ringan\n\n"
            "Mereka akan mengajukan hak interpelasi.")
    doc = page(text)
    assert (doc.article.dateline, doc.article.category) == ("KLATEN", "Klaten")
    assert doc.article.caption == "Suasana rapat paripurna DPRD Klaten di Gedung DPRD Klaten, Kamis (1/10/2026)."
    assert doc.body == "Empat fraksi di DPRD Klaten menolak mutasi pejabat.\n\nMereka akan mengajukan hak interpelasi."


def test_a_place_in_capitals_joined_to_the_text_by_a_dash_is_a_dateline():
    # (session 32) "SANGATTA–Ratusan …" (a regency's seat the gazetteer lacks), "JAYAPURA-Gempa …"
    lede = "Ratusan warga memortal jalan angkut milik perusahaan sawit sejak Senin."
    doc = page(f"Warga Portal Jalan Sawit\n\nSANGATTA–{lede} (*)")
    assert (doc.article.dateline, doc.body) == ("SANGATTA", lede)
    doc = page(f"Warga Portal Jalan Sawit\n\nTENGGARONG–{lede}")  # a district the gazetteer knows
    assert doc.article.dateline == "TENGGARONG"
    doc = page("Gempa Bermagnitudo 6,1 Guncang Kabupaten Sarmi\n\n"
               "JAYAPURA-Gempa bumi bermagnitudo 6,1 mengguncang Kabupaten Sarmi, Papua, Rabu malam.")
    assert doc.article.dateline == "JAYAPURA"
    # a label or a body in capitals is no place
    for opening in ("BREAKING-Gempa bermagnitudo 5,2 mengguncang Kabupaten Sarmi pagi ini.",
                    "BPBD-Petugas mengevakuasi warga ke balai desa setempat sejak pagi.",
                    "BANJIR-Warga mengungsi ke balai desa setempat sejak pagi tadi."):
        assert page(f"Judul Berita Hari Ini di Sarmi\n\n{opening}").article.dateline is None


def test_a_byline_label_and_its_name_bound_the_title_and_a_link_s_arrows_are_no_breadcrumb():
    # (session 32 review) one-word byline lines under the headline still close it
    doc = page("Harga Beras Naik Lagi di Pasar Induk Cipinang\nPenulis\nDimas\nEditor\nRina\n"
               "Suasana Pasar Induk Beras Cipinang Jakarta Timur\n\n"
               "JAKARTA - Harga beras medium di Pasar Induk Cipinang naik menjadi Rp14.000 per kilogram.")
    assert doc.article.title == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    doc = page("Tonton Juga » Viral Warga Tolak Tambang\n\nPolisi Tangkap Pelaku Pembakaran Rumah Warga di Sampit\n\n"
               "Kamis, 8 Oktober 2026 09:00 WIB\n\n"
               "SAMPIT - Polres Kotawaringin Timur menangkap pelaku pembakaran rumah warga di Sampit.")
    assert doc.article.category != "Tonton Juga"
    doc = page("Tonton Juga » Viral Sampit\n\nPolisi Tangkap Pelaku Pembakaran Rumah Warga di Sampit\n\n"
               "Kamis, 8 Oktober 2026 09:00 WIB\n\n"
               "SAMPIT - Polres Kotawaringin Timur menangkap pelaku pembakaran rumah warga di Sampit.")
    assert doc.article.category not in ("Tonton Juga", "Viral Sampit")


def test_an_outlet_alone_before_a_stop_leaves_the_body_and_a_reporter_s_label_names_the_author():
    # (session 32) "RMOL. Otoritas …" opens no paragraph with the outlet; "LAPORAN: NAME" is a byline
    doc = page("Izin Pinjol Dicabut OJK Pekan Ini\n\nLAPORAN: DEWI ANGGRAINI\nSELASA, 06 OKTOBER 2026 | 14:22 WIB\n\n"
               "Ilustrasi/Net\n\nRMOL. Otoritas Jasa Keuangan mencabut izin usaha sebuah pinjol di Jakarta.")
    assert (doc.article.dateline, doc.body) == (None, "Otoritas Jasa Keuangan mencabut izin usaha sebuah pinjol "
                                                       "di Jakarta.")
    assert doc.article.authors == ["Dewi Anggraini"]


def test_a_caption_label_under_a_credit_line_is_no_dateline():
    # (session 32) "SERAMBINEWS.COM/NAME" stands over its caption "SIDANG VONIS - …"
    doc = page("Keuchik Divonis Empat Tahun Penjara di Banda Aceh\n\nRabu, 19 November 2025 14:10 WIB\n\n"
               "SERAMBINEWS.COM/RAHMAT HIDAYAT\n"
               "SIDANG VONIS - Terdakwa MN mendengarkan putusan majelis hakim di Pengadilan Tipikor Banda Aceh.\n\n"
               "SERAMBINEWS.COM, BANDA ACEH - Majelis hakim menjatuhkan vonis empat tahun penjara kepada MN.")
    assert doc.article.dateline == "BANDA ACEH"
    assert doc.body.startswith("Majelis hakim menjatuhkan vonis")


CAPTIONED_PAGE = """Beranda
Hukum
Kepala Desa Ditahan, Diduga Gelapkan Dana Desa
Senin, 14 September 2026 16:42 WITA
Penulis: Rahmat Hidayat | Editor: Sri Lestari
{credit}
KADES DITAHAN - Kapolres Sumba Barat menunjukkan barang bukti dalam konferensi pers di Waikabubak, Senin (14/9/2026).

WAIKABUBAK, POS-KUPANG.COM - Polres Sumba Barat menahan seorang kepala desa atas dugaan penggelapan dana desa.

Kepala desa itu kini ditahan di Rutan Polres Sumba Barat.
"""


def test_a_caption_under_its_credit_line_with_a_label_opening_in_capitals_is_the_caption():
    # (session 33) an office opening the label ("KADES …") made it a dateline; ".CO/" and a lent
    # picture's "(… for …)" credit were no credits
    for credit in ("POS-KUPANG.CO/RAHMAT HIDAYAT", "TRIBUN MEDAN/RAHMAT HIDAYAT", "(Humas Polres for Pos Kupang)"):
        doc = page(CAPTIONED_PAGE.format(credit=credit))
        assert doc.article.dateline == "WAIKABUBAK", credit
        assert doc.article.caption == ("KADES DITAHAN - Kapolres Sumba Barat menunjukkan barang bukti dalam "
                                       "konferensi pers di Waikabubak, Senin (14/9/2026)."), credit
        assert doc.body.startswith("Polres Sumba Barat menahan"), credit


def test_under_a_credit_a_real_dateline_stays_one_and_a_headline_stays_the_title():
    # (review, session 33) a place opened by a head word, and a kicker in capitals above the date
    doc = page(CAPTIONED_PAGE.format(credit="RADARSUKABUMI.COM/RAHMAT HIDAYAT").replace(
        "KADES DITAHAN - Kapolres Sumba Barat menunjukkan barang bukti dalam konferensi pers di Waikabubak, "
        "Senin (14/9/2026).\n\nWAIKABUBAK, POS-KUPANG.COM - ", "PELABUHAN RATU - "))
    assert doc.article.dateline == "PELABUHAN RATU" and doc.body.startswith("Polres Sumba Barat menahan")
    doc = page("Beranda\nKOMPAS.COM/RAHMAT HIDAYAT\nCEK FAKTA: Video Banjir di Kupang Ternyata Hoaks\n"
               "Senin, 14 September 2026 16:42 WIB\nPenulis: Rahmat Hidayat\n\n"
               "KUPANG, KOMPAS.com - Sebuah video banjir yang beredar di media sosial ternyata rekaman lama.\n\n"
               "Video itu direkam pada 2019 di Kabupaten Malaka.\n")
    assert doc.article.title == "CEK FAKTA: Video Banjir di Kupang Ternyata Hoaks"
    # a slogan in brackets is no picture lent "(… for …)"
    doc = page(CAPTIONED_PAGE.format(credit="(Pray For Palestine)"))
    assert doc.article.caption != ("KADES DITAHAN - Kapolres Sumba Barat menunjukkan barang bukti dalam "
                                   "konferensi pers di Waikabubak, Senin (14/9/2026).")


def test_a_photo_credit_in_capitals_is_no_headline():
    # (session 34, after the unseen measure) with no headline anchored, the last title-like line
    # above the caption taken for the teaser was the credit "TRIBUN BALI/ISTIMEWA"
    lines = ["Tribun-Bali.com", "Tribun Network", "Home", "Bali", "Denpasar", "Badung", "Gianyar", "Nasional", "Bisnis",
             "Sport", "Home", "Bali", "Badung", "Pasar Rakyat",
             "Bupati Badung Resmikan Pasar Mengwi yang Dibangun Ulang Setelah Terbakar",
             "Rabu, 16 September 2026 16:05 WITA", "Penulis: Made Ardana | Editor: Komang Sari",
             "TRIBUN BALI/ISTIMEWA",
             "PASAR BARU - Bupati Badung Wayan Sudarsana meninjau los pedagang di Pasar Mengwi, Kecamatan Mengwi, "
             "Badung, Rabu 16 September 2026. Pasar itu dibangun ulang setelah terbakar dan kini menampung 300 "
             "pedagang.",
             "Ringkasan Berita:", "Pasar Mengwi diresmikan Bupati Badung pada Rabu.",
             "Pasar itu menampung 300 pedagang setelah dibangun ulang.", "Laporan Wartawan Tribun Bali, Made Ardana"]
    header = read_header(lines)
    assert header.title == "Bupati Badung Resmikan Pasar Mengwi yang Dibangun Ulang Setelah Terbakar"
    # and the line under the credit is the photo's caption, no teaser
    assert header.caption.startswith("PASAR BARU - Bupati Badung") and header.teaser is None


def test_a_credit_of_an_outlet_a_newspaper_word_names_stands_over_its_caption():
    # (session 35) "Warta Kota/Name" is a photo's credit though no list knows the outlet; a head
    # word closing the label ("TINJAU PASAR") names no body, so the label is no dateline
    for credit, label in (("Warta Kota/Rahmat Hidayat", "TINJAU PASAR"),
                          ("Radar Sumba/Rahmat Hidayat", "KADES DITAHAN")):
        doc = page(CAPTIONED_PAGE.format(credit=credit).replace("KADES DITAHAN", label))
        assert doc.article.dateline == "WAIKABUBAK", credit
        assert doc.article.caption == (f"{label} - Kapolres Sumba Barat menunjukkan barang bukti dalam "
                                       "konferensi pers di Waikabubak, Senin (14/9/2026)."), credit
        assert doc.body.startswith("Polres Sumba Barat menahan"), credit


def test_two_names_over_a_slash_are_no_outlet_s_credit():
    assert not credit_only("Rina Sari/Dimas Pratama")
    assert credit_only("Warta Kota/Dimas Pratama") and credit_only("Jambi Ekspres/Dimas Pratama")


UNANCHORED_PAGE = """Radar Sumba
Jawa Pos Radar Sumba
Home
Berita Sumba
Politik
Ekonomi
Hukum & Kriminal
Pendidikan
Kesehatan
Olahraga
Gaya Hidup
Wisata
Opini
Indeks
Home
Berita Sumba

Warga Desa Lokory Tutup Jalan Kebun, Perusahaan Lapor Polisi

Rahmat Hidayat Lubis
Jumat, 18 September 2026 | 10:15 WIB

MEMANAS: Warga berjaga di dekat portal bambu yang menutup jalan kebun, Rabu (16/9). (RAHMAT HIDAYAT/RADAR SUMBA)

WAIKABUBAK, Radar Sumba - Ratusan warga Desa Lokory menutup jalan menuju kebun milik sebuah perusahaan sejak Senin.

Perusahaan itu kemudian melaporkan warga ke Polres Sumba Barat.
"""


def test_with_no_headline_anchored_a_name_over_the_date_is_the_byline_and_a_credited_line_the_caption():
    # (session 35) the name line under the headline was taken for the title, the menu for the caption
    doc = page(UNANCHORED_PAGE)
    assert doc.article.title == "Warga Desa Lokory Tutup Jalan Kebun, Perusahaan Lapor Polisi"
    assert "Rahmat Hidayat Lubis" in doc.article.authors
    assert doc.article.caption == ("MEMANAS: Warga berjaga di dekat portal bambu yang menutup jalan kebun, "
                                   "Rabu (16/9).")
    assert doc.body.startswith("Ratusan warga Desa Lokory")


def test_a_short_headline_in_title_case_over_the_date_is_no_byline():
    # (review, session 35) ordinary words make it a headline, not a reporter's name
    doc = page("Berita Terkini\nHarga Cabai Rawit Melonjak Tajam\nJumat, 18 September 2026 | 10:15 WIB\n\n"
               "WAIKABUBAK - Harga cabai rawit di Pasar Inpres Waikabubak naik dua kali lipat sejak awal pekan.\n\n"
               "Pedagang menyebut pasokan dari Sumba Timur berkurang.\n")
    assert doc.article.title == "Harga Cabai Rawit Melonjak Tajam"
    assert doc.article.authors == []
