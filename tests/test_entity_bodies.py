"""The entity stage on sentences written for these tests (built by hand, one sentence per line):
bodies whose names list their fields or carry their short form inside, names that end in a
country's name, forms of address and the short names the press uses, and a bare office that is
a preposition's object."""

from __future__ import annotations

from tests.documents import build
from warta.gazetteer import gazetteer
from warta.model import Document
from warta.stages.body_words import person_at_home
from warta.stages.entities import Entities
from warta.stages.name_checks import _common_word_inside as common_word_inside
from warta.stages.name_checks import _head_alone as head_alone
from warta.stages.span_merge import Found, merge
from warta.stages.title_sectors import title_sector
from warta.stages.tokens import tokenize


def read(text: str) -> Document:
    return Entities()(build(text))


def people(doc: Document) -> list[tuple[str, list[str], str | None]]:
    return [(e.name, e.aliases, e.title) for e in doc.entities if e.type == "PERSON"]


def named(doc: Document, kind: str) -> list[str]:
    return [e.name for e in doc.entities if e.type == kind]


def test_a_body_whose_name_lists_its_fields_is_read_whole_with_the_title_before_a_name():
    doc = read("Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari mengatakan hujan turun.")
    assert people(doc) == [("Abdul Muhari", [], "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB")]
    assert named(doc, "ORG") == ["Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB"]


def test_bodies_listed_with_commas_stay_apart():
    doc = read("Rapat itu dihadiri Kementerian Keuangan, Bank Indonesia, dan OJK di Jakarta.")
    assert named(doc, "ORG") == ["Kementerian Keuangan", "Bank Indonesia", "OJK"]
    doc = read("Undangan dikirim ke Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah, dan Mahkamah Agung kemarin.")
    assert not any("," in name for name in named(doc, "ORG"))


def test_a_country_s_name_right_after_a_name_ends_the_name():
    doc = read("Hal itu disampaikan Sinta Dewi Jerman kepada wartawan di Bogor.")
    assert people(doc) == [("Sinta Dewi Jerman", [], None)]
    assert named(doc, "PLACE") == ["Bogor"]
    doc = read("Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Jawa Tengah Willy Indra Yunani mengatakan "
               "ekspor naik.")
    assert people(doc) == [("Willy Indra Yunani", [], "Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan")]
    assert named(doc, "ORG") == ["Balai Karantina Hewan, Ikan, dan Tumbuhan Jawa Tengah"]


def test_a_country_before_a_name_or_after_a_preposition_stays_a_country():
    doc = read("Duta Besar Yunani Dimitrios Alexandrakis tiba di Jakarta.")
    assert "Yunani" in named(doc, "PLACE")
    doc = read("Produk itu diekspor oleh Budi Santoso ke Jerman pekan lalu.")
    assert "Jerman" in named(doc, "PLACE")


def test_a_religious_form_of_address_is_no_part_of_the_name_and_the_short_name_after_atau_is_an_alias():
    doc = read("Wasekjen PBNU KH Maksum Faqih atau Gus Maksum mendukung langkah itu.\n"
               "Gus Maksum menilai langkah itu tepat.")
    assert people(doc) == [("Maksum Faqih", ["Gus Maksum"], "Wasekjen PBNU")]


def test_the_name_the_press_uses_after_kerap_disapa_is_the_same_person_s():
    doc = read("Warga yang terdampak banjir mengeluh, kata Moch Aminullah atau kerap disapa JQ kepada wartawan.\n"
               "JQ juga mempermasalahkan tembok itu.")
    assert people(doc) == [("Moch Aminullah", ["JQ"], None)]


def test_two_people_joined_by_atau_stay_two():
    doc = read("Jabatan itu akan diisi Budi Santoso atau Andi Wijaya pekan depan.")
    assert sorted(e.name for e in doc.entities if e.type == "PERSON") == ["Andi Wijaya", "Budi Santoso"]


def test_a_bare_office_after_a_preposition_gives_no_title_to_the_name_after_its_comma():
    doc = read("Menteri Keuangan Purbaya Yudhi Sadewa bekerja keras.\n"
               "Meski banyak kritik diarahkan kepada Menkeu, Gus Maksum justru menilai kritik itu motivasi.")
    assert ("Gus Maksum", [], None) in people(doc)


def test_a_short_form_inside_a_body_s_name_gives_the_body_and_its_short_name():
    doc = read("Kepolisian Daerah (Polda) Metro Jaya menangkap dua orang.\nPolda Metro Jaya lalu memeriksa mereka.")
    bodies = [(e.name, e.aliases) for e in doc.entities if e.type == "ORG"]
    assert bodies == [("Kepolisian Daerah Metro Jaya", ["Polda Metro Jaya"])]


def test_a_short_form_before_another_body_closes_the_name():
    doc = read("Badan Anggaran (Banggar) DPR menggelar rapat kerja hari ini.")
    assert "Badan Anggaran" in named(doc, "ORG")


def test_a_bracket_ends_a_gazetteer_name():
    words = [t.text for t in tokenize("Detasemen Khusus (Densus) 88 Antiteror Polri menangkap dua orang.")]
    assert all(")" not in words[s:e] for s, e, _ in gazetteer().spans(words))


def test_a_person_s_first_name_the_model_took_for_a_body_is_the_person():
    doc = read('"Pajak itu harus dibayar," jelas Kepala KPP Pratama Klaten, Veronica Heryanti, kepada wartawan.\n'
               "Dijelaskan Veronica, penyitaan dilakukan kemarin.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Veronica Heryanti"]
    assert "Veronica" not in named(doc, "ORG")


def test_a_head_word_alone_names_no_place_but_istana_names_the_palace():
    doc = read("Ia beraudiensi di Kantor Gubernur Jawa Tengah, Semarang, hari ini.")
    assert named(doc, "PLACE") + named(doc, "ORG") == ["Jawa Tengah", "Semarang"]
    assert head_alone("Kabupaten") and not head_alone("Istana") and not head_alone("Bawaslu")


def test_uncle_sam_is_the_united_states():
    doc = read("Nilai tukar dolar Amerika Serikat melemah.\nMata uang Paman Sam berada di level Rp 16.200.")
    assert [(e.name, e.type) for e in doc.entities] == [("Amerika Serikat", "PLACE")]


def test_a_town_abroad_inside_a_run_of_capitalised_words_is_a_word_of_a_name():
    doc = read("Bank Mandiri masuk daftar World's Best Bank 2025 dan bermitra dengan Global Cyber Alliance.")
    assert not {"Best", "Alliance"} & set(named(doc, "PLACE"))
    assert "Bogor" in named(read("Polisi menahan tiga orang di Bogor kemarin."), "PLACE")


def test_english_words_after_an_english_title_are_no_name():
    doc = read("Tersangka RMP berprofesi sebagai Relationship Manager Priority Banking di bank itu.")
    assert "Priority Banking" not in named(doc, "PERSON")


def test_a_draft_regulation_s_short_form_names_no_body():
    doc = read("DPRD Kota Palembang menyepakati empat Raperda tentang investasi.")
    assert named(doc, "ORG") == ["DPRD Kota Palembang"]


def test_health_degrees_leave_the_name():
    doc = read('"Makan sayur setiap hari," kata ahli gizi Seema Shah MPH MS RD kepada wartawan.')
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Seema Shah"]


def test_a_run_with_a_common_lower_case_word_is_no_body():
    doc = read("Nyamuk Aedes nigripes ditemukan di Islandia.\nDana itu disalurkan Bank of America kemarin.")
    assert "Aedes nigripes" not in named(doc, "ORG") + named(doc, "PLACE")
    assert not common_word_inside("Badan Pengawas Obat dan Makanan") and not common_word_inside("Bank of America")
    assert common_word_inside("LSM terjaring OTT")


def test_a_title_s_short_form_in_brackets_goes_on_with_the_title():
    doc = read("Kepala Puspenkum (Kapuspenkum) Kejagung RI Anang Supriatna mengatakan hal itu.")
    assert people(doc) == [("Anang Supriatna", [], "Kepala Puspenkum Kejagung")]


def test_two_people_sharing_a_given_name_joined_by_atau_stay_two():
    doc = read("Kursi itu akan diisi Ahmad Sahroni atau Ahmad Dhani pekan depan.")
    assert sorted(e.name for e in doc.entities if e.type == "PERSON") == ["Ahmad Dhani", "Ahmad Sahroni"]


def test_a_nickname_stops_at_the_sentence_end():
    doc = read("Polisi menangkap Budi Santoso alias Joni.\nJoni ditahan di Polsek.")
    assert people(doc) == [("Budi Santoso", ["Joni"], None)]


def test_a_country_before_dan_or_after_a_known_person_is_a_country():
    doc = read("Pertemuan antara Anwar Ibrahim Malaysia dan Prabowo Subianto Indonesia berlangsung hangat.")
    assert sorted(named(doc, "PLACE")) == ["Indonesia", "Malaysia"]


def test_a_known_body_then_fields_is_a_list_of_bodies():
    doc = read("Rapat itu dihadiri Kementerian Keuangan, Kesehatan, dan Pendidikan di Jakarta.")
    assert "Kementerian Keuangan, Kesehatan, dan Pendidikan" not in named(doc, "ORG")


def test_a_town_named_like_a_given_name_after_an_abbreviated_title_opens_the_name():
    doc = read("Direktur Utama BPJS Kesehatan, Prof. Ali Ghufron Mukti, menjelaskan hal itu.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Ali Ghufron Mukti"]
    doc = read("Wali Kota Bima Muhammad Lutfi hadir di acara itu.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Muhammad Lutfi"]


def test_a_run_with_an_event_s_head_word_ending_in_a_year_is_a_named_event():
    doc = read("Danone mengikuti gelaran The 40th Trade Expo Indonesia (TEI) 2025 dan Pangan Nusa Expo 2025 kemarin.\n"
               "Selama Piala Dunia 2026 harga tiket naik.")
    assert named(doc, "EVENT") == ["The 40th Trade Expo Indonesia 2025", "Pangan Nusa Expo 2025", "Piala Dunia 2026"]
    doc = read("Gedung Sate 2025 ramai dikunjungi warga.")
    assert named(doc, "EVENT") == []


def test_the_cabinet_is_a_body():
    doc = read("Presiden membuka Sidang Kabinet Paripurna bersama para menteri Kabinet Merah Putih.")
    assert "Kabinet Merah Putih" in named(doc, "ORG")


def test_a_name_after_a_passive_verb_of_saying_is_a_person_and_stays_one():
    doc = read("Perihal tersebut disampaikan Rifaid ketika menghadiri rapat di DPRD Dompu.\n"
               "Menurut Rifaid, berkas guru akan selesai.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Rifaid"]
    assert "Rifaid" not in named(doc, "ORG")


def test_a_town_abroad_named_like_a_given_name_is_the_person_the_article_names():
    # Iskandar is a town in Uzbekistan, "Ade" another name of Aden; neither is a place here
    doc = read("Ketua Partai Hijau Jambi Iskandar mendesak polisi membuka kasus itu.\n"
               "Polisi sempat menangkap Iskandar di bandara.\n"
               "Brigjen Ade Ary menuturkan pemeriksaan berjalan.")
    people_found = [(e.name, e.country) for e in doc.entities if e.type == "PERSON"]
    assert people_found == [("Iskandar", "IDN"), ("Ade Ary", "IDN")]
    assert "Iskandar" not in named(doc, "PLACE")
    doc = read("Pesawat itu mendarat di Tashkent lalu ke Iskandar dan Darwin.")
    assert (named(doc, "PERSON"), named(doc, "PLACE")) == ([], ["Tashkent", "Iskandar", "Darwin"])
    # a town read as a person without a title spreads to no other mention; a title's run that
    # goes on with a name keeps the town ("Pelatih Chelsea Enzo Maresca")
    doc = read("Delegasi Indonesia tiba di Danang.\nDanang menjadi tuan rumah pertemuan itu.")
    assert named(doc, "PERSON") == []
    doc = read("Wali Kota Darwin Kon Vatskalis menyambut delegasi itu.")
    assert "Darwin" not in " ".join(named(doc, "PERSON"))


def test_a_whole_office_then_a_name_whose_first_word_is_also_a_word():
    doc = read("Menteri Lingkungan Hidup Hanif Faisol Nurofiq mengatakan polusi udara tinggi.")
    assert people(doc) == [("Hanif Faisol Nurofiq", [], "Menteri Lingkungan Hidup")]


def test_a_name_after_a_title_s_body_and_a_comma_may_open_with_a_place_s_word():
    doc = read("Asisten pelatih Timnas Uzbekistan, Timur Kapadze, diisukan melatih Timnas Indonesia.")
    assert named(doc, "PERSON") == ["Timur Kapadze"]
    assert named(doc, "ORG") == ["Timnas Uzbekistan", "Timnas Indonesia"]


def test_prisons_are_bodies_and_seas_are_places():
    doc = read("Diskusi digelar di Lapas Sukamiskin dan Lapas Perempuan Bandung.\n"
               "Siklon tropis terbentuk di Laut Filipina.")
    assert named(doc, "ORG") == ["Lapas Sukamiskin", "Lapas Perempuan Bandung"]
    assert named(doc, "PLACE") == ["Laut Filipina"]


def test_people_introduced_by_initials_only_are_people_everywhere():
    doc = read("Polisi memanggil artis berinisial RA dan MF untuk diperiksa.\nKuasa hukum RA membenarkan hal itu.")
    assert [(e.name, len(e.mentions)) for e in doc.entities if e.type == "PERSON"] == [("RA", 2), ("MF", 1)]


def test_a_person_called_by_two_inner_names_or_a_middle_name_is_the_person_named_in_full():
    doc = read("Dekan Fakultas Ekonomi Muhammad Sri Wahyudi Suliswanto hadir di acara itu.\n"
               "Menurut Sri Wahyudi, ekonomi tumbuh.")
    assert [(e.name, len(e.mentions)) for e in doc.entities if e.type == "PERSON"] == [
        ("Muhammad Sri Wahyudi Suliswanto", 2)]
    doc = read("Anggota Komisi II DPR RI Ahmad Sarifudin Kurnia mempertanyakan aturan itu.\n"
               "Sarifudin menilai aturan itu tidak perlu.")
    assert [(e.name, len(e.mentions)) for e in doc.entities if e.type == "PERSON"] == [
        ("Ahmad Sarifudin Kurnia", 2)]


def test_a_capital_is_no_city_and_a_company_s_legal_form_is_no_body():
    doc = read("IKN akan dijadikan Ibu Kota Politik Indonesia mulai 2028.\n"
               "Acara ini didukung PT Bank Rakyat Indonesia (Persero) Tbk dan Telkom Indonesia.")
    assert "Kota Politik Indonesia" not in named(doc, "PLACE")
    assert named(doc, "ORG") == ["PT Bank Rakyat Indonesia", "Telkom Indonesia"]


def test_an_office_of_a_known_body_is_the_body():
    doc = read("Massa berkumpul di depan Kantor DPR sejak pagi.")
    assert named(doc, "ORG") == ["DPR"]


def test_a_given_name_that_is_also_a_word_is_the_person_mid_sentence_only():
    doc = read("Menteri Lingkungan Hidup Hanif Faisol Nurofiq hadir di Jakarta.\n"
               "Makanya, Hanif mendorong konversi ke BBM rendah sulfur.\n"
               "Hanif adalah sifat yang lurus.")
    person = next(e for e in doc.entities if e.type == "PERSON")
    assert (person.name, [m.start for m in person.mentions]) == ("Hanif Faisol Nurofiq", [25, 73])


def test_a_body_with_the_country_s_initials_is_the_body():
    doc = read("Rapat digelar di DPR RI.\nDPR kemudian mengesahkan undang-undang itu.")
    assert [(e.name, len(e.mentions)) for e in doc.entities if e.type == "ORG"] == [("DPR", 2)]


def test_a_regional_office_named_after_a_body_is_an_office_of_its_own():
    doc = read("Kantor Imigrasi Kelas I Jakarta Selatan mendeportasi dua warga asing.")
    assert named(doc, "ORG") == ["Kantor Imigrasi Kelas I Jakarta Selatan"]


def test_a_brand_or_model_after_a_product_noun_is_no_actor():
    doc = read("Ada pula motor sport Ducati dan mobil Nissan GTR yang disita KPK.\n"
               "Ducati meluncurkan motor baru di Jakarta.")
    assert [(e.name, len(e.mentions)) for e in doc.entities if e.type == "ORG"] == [("KPK", 1), ("Ducati", 1)]


def test_a_town_read_alone_as_a_speaker_is_the_person_everywhere():
    doc = read('"Aturan itu sudah sesuai," kata Afif di kompleks parlemen.\nAfif menegaskan bahwa aturan itu sah.')
    assert [(e.type, e.name, len(e.mentions)) for e in doc.entities] == [("PERSON", "Afif", 2)]


def test_a_short_form_of_several_words_in_brackets_is_the_body_s_alias():
    doc = read("Forum Mahasiswa Doktoral dan Magister Sekolah Ilmu Lingkungan UI (FMDM SIL UI) menilai proses "
               "itu keliru.\n"
               "FMDM SIL UI juga meminta rektor menunda peresmian.")
    assert [(e.name, e.aliases) for e in doc.entities if e.type == "ORG"] == [
        ("Forum Mahasiswa Doktoral dan Magister Sekolah Ilmu Lingkungan UI", ["FMDM SIL UI"])]


def test_brands_listed_after_a_product_noun_are_no_actors_and_a_body_s_word_is_no_product_noun():
    doc = read("Ada juga mobil BMW, Hyundai Palisade, Mitsubishi Pajero Sport, hingga mobil Jeep.")
    assert [e.name for e in doc.entities] == []
    doc = read("Wakil Kepala Badan Penyelenggara Jaminan Produk Halal Afriansyah Noor hadir.")
    assert "Afriansyah Noor" in [e.name for e in doc.entities if e.type == "PERSON"]


def test_a_list_of_suspects_initials_are_people_past_their_status_in_brackets():
    from warta.stages.entity_groups import Candidate
    from warta.stages.initials import initialled_people

    body = "Para tersangka berinisial AVADL, MJ, ADES (DPO), DDH (DPO) dan SM. MJ ditahan di Rutan Kupang."
    model_read = [Candidate("MJ", "ORG", 33, 35, 0), Candidate("Rutan Kupang", "ORG", 81, 93, 1)]

    def make(text, kind, start, end):
        return Candidate(text, kind, start, end, 0)

    found = initialled_people(body, model_read, make)
    assert sorted((c.text, c.type, c.start) for c in found if c.type == "PERSON") == [
        ("ADES", "PERSON", 37), ("AVADL", "PERSON", 26), ("DDH", "PERSON", 49), ("MJ", "PERSON", 33),
        ("MJ", "PERSON", 67), ("SM", "PERSON", 63)]


def test_an_acronym_matches_a_word_written_in_capitals_only():
    # (session 19) "DEN" is Dewan Ekonomi Nasional; "Den" opens Den Haag
    assert named(read("Pertemuan itu digelar di Den Haag, Belanda."), "ORG") == []
    assert named(read("Ketua DEN Luhut Binsar Pandjaitan hadir di Jakarta."), "ORG") == ["Dewan Ekonomi Nasional"]


def test_a_head_that_never_names_a_body_names_an_event_by_the_words_after_it():
    # (session 19) no year needed; what the model read inside is the event's words
    assert named(read("Ketua Umum PKB menghadiri Muktamar PKB di Nusa Dua."), "EVENT") == ["Muktamar PKB"]
    assert named(read("Bupati Samosir membuka Festival Danau Toba di Parapat."), "EVENT") == ["Festival Danau Toba"]
    assert named(read("Festival itu ramai dikunjungi warga."), "EVENT") == []


def test_an_opened_event_name_ends_before_a_body_after_it_and_names_no_press_conference():
    # (review, session 19) the name ran on over the next body and deleted it
    doc = read("Usai KTT ASEAN Kementerian Luar Negeri merilis pernyataan bersama.")
    assert named(doc, "EVENT") == ["KTT ASEAN"] and "Kementerian Luar Negeri" in named(doc, "ORG")
    assert named(read("Kapolri hadir dalam Konferensi Pers di Jakarta."), "EVENT") == []
    assert named(read("Festival Itu Ramai Dikunjungi Warga Dari Berbagai Daerah."), "EVENT") == []


def test_a_person_inside_an_opened_run_keeps_it_from_being_an_event():
    assert named(read("Ketua Panitia Festival Budi Santoso membuka acara itu."), "EVENT") == []


def test_a_body_s_short_name_is_the_body_named_in_full():
    doc = read("Kejaksaan Tinggi Sumatera Barat memeriksa saksi.\nPenyidik Kejati Sumbar juga menyita dokumen.\n"
               "Pemerintah Kota Bogor menggelar rapat.\nPemkot Bogor mengundang warga.")
    assert [(e.name, len(e.mentions)) for e in doc.entities if e.type == "ORG"] == [
        ("Kejaksaan Tinggi Sumatera Barat", 2), ("Pemerintah Kota Bogor", 2)]


def test_a_unit_named_with_its_parent_at_the_end_does_not_hold_the_parent():
    doc = read("Ditreskrimum Polda Jambi menangkap tersangka.\nPolda Jambi juga menyita uang.")
    assert [(e.name, len(e.mentions)) for e in doc.entities if e.type == "ORG"] == [
        ("Ditreskrimum Polda Jambi", 1), ("Polda Jambi", 1)]


def test_a_unit_named_with_its_parent_is_not_the_parent():
    doc = read("Polda Jawa Timur menahan tersangka.\nIa ditahan di Rutan Polda Jatim.\nPolda Jatim juga menyita uang.")
    assert [(e.name, len(e.mentions), e.type) for e in doc.entities if e.type in ("ORG", "PLACE")] == [
        ("Polda Jawa Timur", 2, "ORG"), ("Rutan Polda Jatim", 1, "PLACE")]


def test_a_name_the_model_cut_short_runs_on_to_the_mark_that_ends_it():
    words = ["Menurut", "Petrus", "Dalung", "Ajang", ",", "harga", "naik", "."]
    found = merge(["O", "B-PERSON", "O", "O", "O", "O", "O", "O"], [], [], words)
    assert [(f.start, f.end, f.type) for f in found] == [(1, 4, "PERSON")]
    # not on over an ordinary word the sentence goes on with, nor a day
    words = ["Menurut", "Petrus", "Ajang", "Selasa", "lalu", ",", "harga", "naik", "."]
    found = merge(["O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O"], [], [], words)
    assert [(f.start, f.end, f.type) for f in found] == [(1, 2, "PERSON")]


def test_a_numbered_unit_s_name_goes_on_after_its_slash_and_ends_at_its_number():
    doc = read("Kodam V/Brawijaya menandatangani perjanjian itu.\nPrajurit Korem 061 membantu warga.")
    assert [e.name for e in doc.entities if e.type == "ORG"] == ["Kodam V/Brawijaya", "Korem 061"]
    # a school's number with no name after it counts pupils
    assert [e.name for e in read("Ada 30 siswa SD 3 orang guru.").entities] == []


def test_an_acronym_that_names_a_tax_after_a_word_of_taxing_is_no_body():
    doc = read("Bupati Pati membatalkan kenaikan PBB tahun ini.\nSekjen PBB mengecam serangan itu.")
    assert [(e.name, len(e.mentions)) for e in doc.entities if e.type == "ORG"] == [("PBB", 1)]


def test_a_home_the_model_read_with_its_owner_s_name_is_the_owner():
    tokens = tokenize("Budi datang ke kediaman Megawati Soekarnoputri.")
    home = Found(3, 6, "PLACE", "ner")
    assert (person_at_home(home, tokens, 5).start, person_at_home(home, tokens, 5).type) == (4, "PERSON")
    # a place after a word that is no home's stays the place
    tokens = tokenize("Budi datang ke kawasan Puncak Bogor.")
    assert person_at_home(Found(3, 6, "PLACE", "ner"), tokens, 5).type == "PLACE"
    # read whole, the owner is a person of the article
    doc = read("Budi bersilaturahmi ke kediaman Megawati Soekarnoputri.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Budi", "Megawati Soekarnoputri"]


def test_a_given_name_that_is_a_word_is_the_person_mid_sentence_after_the_full_name():
    doc = read("Menteri Lingkungan Hidup Hanif Faisol Nurofiq meninjau Sungai Ciliwung.\n"
               "Hanif mengatakan sungai itu kotor.\nUntuk itu, Hanif meminta warga menjaga kebersihan.")
    assert [len(e.mentions) for e in doc.entities if e.name == "Hanif Faisol Nurofiq"] == [3]


def test_an_honorific_word_inside_a_company_s_name_is_the_company_s():
    # session 21: "Mas" in "PT Sepatu Mas Jaya" is a word of the name, no honorific before a person
    assert [(e.name, e.type) for e in read("Karyawan PT Sepatu Mas Jaya di Tangerang mogok kerja.").entities
            if e.type != "PLACE"] == [("PT Sepatu Mas Jaya", "ORG")]


def test_a_known_body_s_name_goes_on_past_its_short_form_in_brackets():
    # session 21: "(BPI)" inside "Badan Pengelola Investasi … Daya Anagata Nusantara" is its own
    # short form; the words after it are still the body's, no person's name
    words = [t.text for t in tokenize("Rosan memimpin Badan Pengelola Investasi (BPI) Daya Anagata Nusantara.")]
    assert [(" ".join(words[s:e]), kind) for s, e, kind in gazetteer().spans(words) if kind == "ORG"] == [
        ("Badan Pengelola Investasi ( BPI ) Daya Anagata Nusantara", "ORG")]
    # a bracket that closes no short form still ends a name
    words = [t.text for t in tokenize("Anggota Densus 88 (Antiteror) Polri hadir.")]
    assert ("Densus 88 ( Antiteror ) Polri", "ORG") not in [
        (" ".join(words[s:e]), kind) for s, e, kind in gazetteer().spans(words)]


def test_a_body_written_as_a_name_in_a_title_written_in_lower_case_is_an_entity():
    assert named(read("Dalam sidang kemarin, jaksa KPK mendakwa Rudi Santosa menerima suap."), "ORG") == ["KPK"]


def bodies(doc: Document) -> list[tuple[str, str | None, str | None]]:
    return [(e.name, e.country, e.sector) for e in doc.entities if e.type == "ORG"]


def test_an_office_of_a_known_body_abroad_is_of_the_body_s_country():
    # in a story told from Cambodia, Indonesia's embassy there is still Indonesia's
    doc = read("Polisi Kamboja menahan 40 pekerja asal Indonesia di Sihanoukville.\n\n"
               "KBRI Phnom Penh segera berkoordinasi dengan kepolisian Kamboja.")
    assert ("KBRI Phnom Penh", "IDN", "GOV") in bodies(doc)
    # a country named after the body is the body's own ("DPR AS"), as before
    assert bodies(read("Ketua DPR AS Mike Johnson mengecam Iran.")) == [("DPR AS", "USA", "LEG")]


def test_a_unit_named_with_its_body_is_the_body_and_stays_in_the_title():
    doc = read("Kepala Departemen Komunikasi Bank Indonesia Ramdan Denny Prakoso mengatakan inflasi terkendali.")
    assert bodies(doc) == [("Bank Indonesia", "IDN", "GOV")]
    # the person's sector is the known body's (the central bank's), not a bank's; a body after
    # "untuk" is the one served, not the holder's
    assert title_sector("Wakil Tetap RI untuk PBB") is None
    assert [(e.title, e.sector) for e in doc.entities if e.type == "PERSON"] == [
        ("Kepala Departemen Komunikasi Bank Indonesia", "GOV")]
    doc = read("Kepala Divisi Perencanaan Operasional dan Pelayanan Publik Perum Bulog Budi Cahyanto menyebut "
               "stok aman.")
    assert named(doc, "ORG") == ["Perum Bulog"]
    # a unit the gazetteer knows as a body, and a board of its own, stay whole
    assert named(read("Divisi Profesi dan Pengamanan Polri memeriksa tiga polisi."), "ORG") == [
        "Divisi Profesi dan Pengamanan Polri"]
    assert named(read("Dewan Pengawas KPK menjatuhkan sanksi etik."), "ORG") == ["Dewan Pengawas KPK"]
    # a unit head before a country, not a body, names a ministry abroad
    assert named(read("Juru bicara Departemen Luar Negeri AS Matthew Miller membantah."), "ORG") == [
        "Departemen Luar Negeri AS"]


def test_a_short_form_in_brackets_inside_a_regional_office_s_name_keeps_the_region():
    doc = read("Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut, Satria Budi, mengatakan dua "
               "rumah rusak.\n\nBPBD Garut mencatat kerugian Rp 200 juta.")
    assert [(e.name, e.aliases) for e in doc.entities if e.type == "ORG"] == [
        ("Badan Penanggulangan Bencana Daerah Kabupaten Garut", ["BPBD Kabupaten Garut", "BPBD Garut"])]
    # a regency's office and its province's of the same name are two; a short head spelled out
    # with its area is one with the name in full
    doc = read("BPBD Provinsi Gorontalo mengirim logistik.\n\nBPBD Kabupaten Gorontalo mencatat 300 rumah terendam.")
    assert named(doc, "ORG") == ["BPBD Provinsi Gorontalo", "BPBD Kabupaten Gorontalo"]
    doc = read("Pemerintah Kabupaten Garut menyalurkan bantuan.\n\nPemkab Garut juga membuka dapur umum.")
    assert [(e.name, e.aliases) for e in doc.entities if e.type == "ORG"] == [
        ("Pemerintah Kabupaten Garut", ["Pemkab Garut"])]
    # a body after the bracket is another ("Badan Anggaran (Banggar) DPR")
    assert named(read("Badan Anggaran (Banggar) DPR menyetujui pagu itu."), "ORG") == ["Badan Anggaran", "DPR"]


def test_a_body_every_state_has_named_bare_in_a_story_told_from_abroad_is_that_country_s():
    doc = read("Ribuan warga Amerika Serikat berunjuk rasa di New York, Chicago, dan Los Angeles.\n\n"
               "Ketua DPR Mark Ellison mengecam demonstrasi tersebut di Washington.")
    assert ("DPR", "USA", "LEG") in bodies(doc)
    assert [(e.name, e.country) for e in doc.entities if e.type == "PERSON"] == [("Mark Ellison", "USA")]
    # told from home, the DPR is Indonesia's
    assert bodies(read("Ketua DPR Puan Maharani menerima delegasi Jepang di Jakarta.")) == [("DPR", "IDN", "LEG")]


def test_a_regional_office_s_short_form_and_a_chapter_body_take_their_region():
    doc = read("Kepala BPKAD Kabupaten Sleman, Dewi Anggraini, memastikan gaji guru dibayarkan.")
    assert named(doc, "ORG") == ["BPKAD Kabupaten Sleman"]
    doc = read("Walhi Sulawesi Tengah melaporkan pembakaran hutan ke polisi.")
    assert named(doc, "ORG") == ["Walhi Sulawesi Tengah"]


def test_everyday_short_forms_name_no_body():
    doc = read("Warga Sleman bersyukur kepada Allah SWT setelah membayar PPN lewat QRIS dan naik LRT ke IGD.")
    assert named(doc, "ORG") == []


def test_the_police_s_central_units_are_bodies_of_their_own():
    doc = read("Anggota Korlantas Polri dan Itwasum Polri memeriksa kendaraan dinas di Mabes Polri.")
    assert named(doc, "ORG") == ["Korps Lalu Lintas Polri", "Inspektorat Pengawasan Umum Polri", "Markas Besar Polri"]


def test_dan_after_a_body_named_with_its_place_opens_another_body():
    doc = read("Polsek Tanah Abang dan Jatanras Polda Metro Jaya menangkap dua pelaku.")
    assert named(doc, "ORG") == ["Polsek Tanah Abang", "Polda Metro Jaya"]
    doc = read("Peneliti Lembaga Kajian Hukum dan Politik Universitas Riau itu memberi kuliah.")
    assert named(doc, "ORG") == ["Lembaga Kajian Hukum dan Politik Universitas Riau"]


def test_a_body_named_in_english_with_an_adjective_of_nationality_is_that_country_s():
    doc = read("Indonesian Society of Tax Consultants (ISTC) menilai aturan itu memberatkan.")
    assert [(e.name, e.country) for e in doc.entities] == [("Indonesian Society of Tax Consultants", "IDN")]


def test_an_adjective_of_nationality_counts_only_opening_a_body_s_name():
    doc = read("Pan American Health Organization memperingatkan wabah campak di Brasil.")
    assert [e.country for e in doc.entities if e.type == "ORG"] != ["USA"]


def test_dan_opens_another_body_when_its_head_comes_two_words_on():
    doc = read("Polsek Tanah Abang dan Unit Reskrim Polres Bogor menangkap dua pelaku.")
    assert named(doc, "ORG") == ["Polsek Tanah Abang", "Polres Bogor"]


def test_charities_that_hand_out_aid_are_bodies():
    doc = read("Dompet Dhuafa dan Rumah Zakat menyalurkan bantuan kepada pengungsi.")
    assert [(e.name, e.type, e.sector) for e in doc.entities] == [
        ("Dompet Dhuafa", "ORG", "NGO"), ("Rumah Zakat", "ORG", "NGO")]


def test_initials_a_group_of_people_lists_or_that_act_in_an_office_are_people():
    from warta.stages.initials import initials_after_cues

    # past another name ("alias"), a nickname too; a known short form among them stays the body's
    assert initials_after_cues("Ia ditangkap bersama empat orang lainnya yakni AP, RD alias Kribo, BTS, dan MR.") == {
        "RD", "BTS", "MR"}
    # a list mostly of bodies' short forms, or after a noun of bodies, is of bodies
    assert initials_after_cues("Partai anggota koalisi yakni PDIP, PKB, dan PKS.") == set()
    assert initials_after_cues("Aksi diikuti ribuan buruh dari tiga konfederasi, yakni KSPX, KSPY, dan KASZ.") == set()
    assert initials_after_cues("Dua tersangka lain, RR selaku Dirut PT Sinar dan HYT selaku Direktur PT Maju.") == {
        "RR", "HYT"}
    # a body acts "selaku" a role that is no office; a short form closing a body's name is the body's
    assert initials_after_cues("Dana itu dikelola oleh badan layanan BLUX selaku Pengelola Keuangan.") == set()
    assert initials_after_cues("Guru Besar Fakultas Hukum UGX selaku pakar hadir.") == set()
    from warta.stages.entity_groups import Candidate
    from warta.stages.initials import initialled_people

    body = "Polisi menangkap tiga terduga pelaku, yakni RW, KT, dan AY, pada Senin."
    found = initialled_people(body, [], lambda text, kind, start, end: Candidate(text, kind, start, end, 0))
    assert sorted(c.text for c in found if c.type == "PERSON") == ["AY", "KT", "RW"]


def test_an_english_body_of_a_country_keeps_the_country_inside_its_name():
    # (session 28) the model's "Bank of Thailand" is one body, not a bank "Bank of" and a country
    words = ["Bank", "of", "Laos", "dan", "Bank", "Indonesia", "sepakat", "."]
    gaz = [Found(2, 3, "COUNTRY", "gazetteer"), Found(4, 6, "ORG", "gazetteer")]
    found = merge(["B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"], gaz, [], words)
    assert [(f.start, f.end, f.type) for f in found] == [(0, 3, "ORG"), (4, 6, "ORG")]
    # an Indonesian body's name joined by no English word is cut at the country
    words = ["Bank", "Sentral", "Laos", "sepakat", "."]
    found = merge(["B-ORG", "I-ORG", "I-ORG", "O", "O"], [Found(2, 3, "COUNTRY", "gazetteer")], [], words)
    assert [(f.start, f.end, f.type) for f in found] == [(0, 2, "ORG"), (2, 3, "PLACE")]


def test_a_foreign_navy_is_a_body_not_a_sea():
    # (session 32) "Angkatan Laut Australia" is no sea "Laut Australia"; "Laut Timor" stays a sea
    doc = read("TNI AL dan Angkatan Laut Australia menggelar patroli terkoordinasi di Laut Timor.")
    assert ("Angkatan Laut Australia", "AUS", "MIL") in bodies(doc)
    assert "Laut Timor" in [e.name for e in doc.entities if e.type == "PLACE"]


def test_a_body_s_regional_office_is_named_whole():
    # (session 32) "Ombudsman RI Perwakilan Sumatera Barat" is no "Perwakilan Sumatera Barat"
    doc = read("Ombudsman RI Perwakilan Sulawesi Tengah menemukan maladministrasi di Dinas Pendidikan.")
    assert "Ombudsman RI Perwakilan Sulawesi Tengah" in [name for name, _, _ in bodies(doc)]
    doc = read("PT PLN (Persero) Unit Induk Wilayah Maluku meminta maaf atas pemadaman listrik.")
    assert [n for n, _, _ in bodies(doc) if "PLN" in n] == ["PT PLN Unit Induk Wilayah Maluku"]  # (brackets off)
    # a branch word before no region names no office ("Perwakilan warga")
    doc = read("Bank Indonesia Perwakilan warga hadir dalam rapat itu.")
    assert "Bank Indonesia" in [name for name, _, _ in bodies(doc)]


def test_a_foreign_state_s_armed_forces_are_its_body():
    # (session 32) "Angkatan Bersenjata Filipina (AFP)" is the Philippines', not a body at home
    doc = read("Angkatan Bersenjata Filipina mengerahkan pasukan marinir ke perairan Tawi-Tawi.")
    assert ("Angkatan Bersenjata Filipina", "PHL") in [(n, c) for n, c, _ in bodies(doc)]
