"""Titles and the names after them, on sentences written for these tests: a name after the
comma that closes a title's body, a Balinese name after a village head's village, directorates
general and English bodies inside a title, a unit's office "pada" its body, and a person the press
calls by initials."""

from __future__ import annotations

from tests.documents import build
from warta.gazetteer import gazetteer, ministers_from_ministries
from warta.stages.entities import Entities
from warta.stages.titled import titled_people
from warta.stages.tokens import tokenize


def people(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(e.name, e.aliases, e.title) for e in Entities()(build(text)).entities if e.type == "PERSON"]


def titled(sentence: str) -> list[tuple[str, str, str | None]]:
    words = [t.text for t in tokenize(sentence)]
    return [(" ".join(words[p.start:p.end]), p.type, p.title) for p in titled_people(words, gazetteer().spans(words))]


def test_after_the_comma_closing_a_title_s_body_the_words_up_to_the_verb_are_the_name():
    # "Muslim" and "Galau" are words, "Jaya" a regency, "D." an initial: all the name's
    assert people("Pengacara PSSI, Muslim Jaya Siregar menilai polisi profesional.") == [
        ("Muslim Jaya Siregar", [], "Pengacara PSSI")]
    assert people("Peneliti Indef, Galau D. Pratama menyampaikan hasil survei.") == [
        ("Galau D. Pratama", [], "Peneliti Indef")]


def test_a_balinese_name_opens_at_its_birth_order_word_after_a_village_head_s_village():
    assert people("Perbekel Pangsan Ketut Suarta mengakui desa itu ramai.") == [
        ("Ketut Suarta", [], "Perbekel Pangsan")]
    assert people("Gubernur Bali Wayan Koster membuka acara.") == [("Wayan Koster", [], "Gubernur")]


def test_the_word_after_a_directorate_general_is_the_body_s():
    assert people("Sekretaris Ditjen Bimas Hadi Santoso membuka acara.") == [
        ("Hadi Santoso", [], "Sekretaris Ditjen Bimas")]


def test_an_english_body_s_head_word_is_no_name():
    assert people("Hal itu dikatakan General Manager CT SINAR Foundation Rina Wulandari di Makassar.") == [
        ("Rina Wulandari", [], "General Manager CT SINAR Foundation")]


def test_an_english_body_name_joined_by_of_and_and_runs_on_to_the_name_after_its_short_form():
    assert people("Direktur Riset Center of Strategic and International Studies (CSIS) Media Putri Lestari "
                  "menilai hal itu.") == [
        ("Media Putri Lestari", [], "Direktur Riset Center of Strategic and International Studies")]
    # the words after "and" are the body's, not a founder's name
    assert people("Ia salah satu pendiri Center of Strategic and Budget Studies (CSBS).") == []


def test_a_unit_s_office_on_its_body_after_pada_is_one_title():
    assert people("Hal itu dikatakan Kasi Intelijen pada Kejagung Andi Wirawan di Jakarta.") == [
        ("Andi Wirawan", [], "Kasi Intelijen pada Kejagung")]


def test_a_person_called_by_the_initials_of_their_name_is_that_person():
    assert people('Shin Tae-yong kembali ke Korea.\n"Saya siap," kata STY.') == [("Shin Tae-yong", ["STY"], None)]
    # initials that spell no one's name stay what they were
    assert people('Budi Santoso kembali ke Korea.\n"Saya siap," kata STY.')[0] == ("Budi Santoso", [], None)


def test_a_hospital_s_namesake_after_its_bracketed_short_form_is_no_person():
    assert titled("Rumah Sakit Umum Daerah (RSUD) Prof Soekandar menerima pasien.") == []


def test_a_country_ending_a_name_at_the_clause_s_end_is_the_name_s_last_word():
    assert people("Gubernur menyampaikan hal itu usai bertemu dengan Kepala Balai Karantina Jawa Tengah "
                  "Willy Indra Yunani.") == [("Willy Indra Yunani", [], "Kepala Balai Karantina")]


def test_words_that_open_a_name_belong_to_it():
    assert people("Penjabat Wali Kota Baubau La Ode Andi Rusdin melepas peserta.") == [
        ("La Ode Andi Rusdin", [], "Penjabat Wali Kota")]
    assert people("Hakim menunda sidang terdakwa Ni Putu Ayu Lestari karena jaksa sakit.") == [
        ("Ni Putu Ayu Lestari", [], "terdakwa")]
    assert people("Menteri Luar Negeri China Wang Yi menerima kunjungan itu.") == [
        ("Wang Yi", [], "Menteri Luar Negeri")]
    # a Roman numeral "I" opens no name
    assert people("Anggota Komisi I DPR Dave Laksono meminta hal itu.") == [
        ("Dave Laksono", [], "Anggota Komisi I DPR")]


def test_after_the_word_that_closes_a_company_s_name_comes_the_person():
    assert people("Direktur Utama PT Bank Rakyat Indonesia (Persero) Tbk Sunarso memaparkan laba.") == [
        ("Sunarso", [], "Direktur Utama PT Bank Rakyat Indonesia Tbk")]
    assert people("Direktur Utama PT Semen Padang Tbk Indra Jaya Koto mengatakan hal itu.") == [
        ("Indra Jaya Koto", [], "Direktur Utama PT Semen Padang Tbk")]


def test_a_rank_and_its_corps_stand_between_the_office_and_the_name():
    assert people("Kabid Humas Polda Jawa Timur Kombes Pol Wahyu Hidayat menyebut 23 orang diamankan.") == [
        ("Wahyu Hidayat", [], "Kabid Humas Polda")]
    assert people("Dandim 0809/Kediri Letkol Inf Dodi Surya Saputra memimpin pencarian.")[0][0] == "Dodi Surya Saputra"
    assert people("Kapolsek Denpasar Barat Kompol Laksmi Trisnadewi Wieryawan menyebut para saksi.") == [
        ("Laksmi Trisnadewi Wieryawan", [], "Kapolsek")]


def test_a_balinese_or_butonese_name_runs_from_its_opening_word_though_its_words_name_places():
    assert people("Kepala Dinas Pariwisata Kabupaten Karangasem I Wayan Purna Jaya menyebut kunjungan naik.") == [
        ("I Wayan Purna Jaya", [], "Kepala Dinas Pariwisata")]
    assert people("Hal itu dibacakan Ketua Majelis Hakim Wa Ode Sania dalam sidang.") == [
        ("Wa Ode Sania", [], "Ketua Majelis Hakim")]


def test_balinese_caste_titles_open_the_name():
    assert people("Bupati Gianyar Ida Bagus Putu Sudarma mengatakan hal itu.") == [
        ("Ida Bagus Putu Sudarma", [], "Bupati")]
    assert people("Wakil Bupati Gianyar Anak Agung Gede Mayun mengatakan hal itu.") == [
        ("Anak Agung Gede Mayun", [], "Wakil Bupati")]


def test_a_rank_with_its_corps_before_a_given_name_that_is_a_town_and_no_rank_in_the_body():
    assert people("Kabid Humas Polda Metro Jaya Kombes Pol Ade Ary Syam Indradi mengatakan hal itu.") == [
        ("Ade Ary Syam Indradi", [], "Kabid Humas Polda Metro Jaya")]
    orgs = [e[1] for e in entities_of("Dirreskrimum Polda Metro Jaya Kombes Pol Hengki Haryadi memimpin rapat.")
            if e[0] == "ORG"]
    assert orgs == ["Polda Metro Jaya"]


def test_initials_the_article_names_a_suspect_by_are_no_official_s_short_form():
    people_found = people("Kapolsek Cibinong Kompol Hadi Santoso menyebut pelaku berinisial HS sudah ditahan.")
    assert people_found == [("Hadi Santoso", [], "Kapolsek"), ("HS", [], None)]


def test_a_field_after_a_bracketed_short_form_goes_on_with_the_title():
    assert people("Ketua Asosiasi Pengusaha Indonesia (Apindo) Bidang Ketenagakerjaan Bob Azam menolak usulan.") == [
        ("Bob Azam", [], "Ketua Asosiasi Pengusaha Indonesia Bidang Ketenagakerjaan")]


def test_an_office_s_building_with_a_two_word_title_is_no_body():
    assert [e for e in entities_of("Massa mendatangi Kantor Wali Kota Surabaya.") if e[0] == "ORG"] == []


def entities_of(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.name, e.title) for e in Entities()(build(text)).entities]


def test_a_title_and_its_body_set_off_by_a_comma_are_the_title_of_the_name_the_model_found():
    # "Sunoto" alone, and a name closed by its initials in brackets: the model's people, titled
    assert people("Kata juru bicara Pengadilan Negeri Jakarta Pusat, Sunoto, kepada wartawan.") == [
        ("Sunoto", [], "juru bicara Pengadilan Negeri Jakarta Pusat")]
    assert [p for p in people("Mereka yaitu Komisaris Utama PT Dosni Roha, Bambang Rudijanto Tanoesoedibjo (BRT).")
            ] == [("Bambang Rudijanto Tanoesoedibjo", ["BRT"], "Komisaris Utama PT Dosni Roha")]
    # after a verb the title is whom the name met, not the name's
    assert people("Usai menemui juru bicara Pengadilan Negeri Jakarta Pusat, Sunoto kembali ke kantor.") == [
        ("Sunoto", [], None)]


def test_a_rank_after_the_body_of_a_title_is_the_title_s_not_the_name_s():
    assert people("Kepala BNN Komjen Suyudi Ario Seto berbicara di Jombang.") == [
        ("Suyudi Ario Seto", [], "Kepala BNN Komjen")]


def test_a_person_the_actor_dictionary_knows_by_a_capitalised_short_name_is_a_person():
    # "AHY" has no word a name is made of, but the dictionary knows it: the person, with the office
    assert [(name, title) for name, _, title in people("Menko AHY mengatakan proyek itu akan dievaluasi.")] == [
        ("AHY", "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan")]


def test_an_apposed_title_after_a_preposition_or_a_passive_is_someone_else_s():
    # after a preposition or a passive the title is whom the name met or was asked by
    for sentence in ("Usai rapat dengan juru bicara Pengadilan Negeri Jakarta Pusat, Sunoto kembali ke kantor.",
                     "Saat ditanya juru bicara Pengadilan Negeri Jakarta Pusat, Sunoto enggan berkomentar."):
        assert people(sentence) == [("Sunoto", [], None)]
    # but after "menurut" the title is the name's
    assert people("Menurut juru bicara Pengadilan Negeri Jakarta Pusat, Sunoto, sidang ditunda.") == [
        ("Sunoto", [], "juru bicara Pengadilan Negeri Jakarta Pusat")]


def test_a_name_after_the_region_that_closes_a_title_s_body_is_whole_though_its_first_word_is_a_word():
    # "Topan" (a typhoon) and "Bintang" (a star) are words; after the region, they open the name
    assert people("Jaksa memanggil mantan Kadis PUPR Sumut Topan Sihombing kemarin.") == [
        ("Topan Sihombing", [], "Kadis PUPR")]
    assert people("Kadis Kesehatan Jateng Bintang Lubis meninjau posko.") == [
        ("Bintang Lubis", [], "Kadis Kesehatan")]


def test_a_regency_s_press_short_form_is_the_indonesian_regency_not_a_town_abroad():
    # "Madina" is Mandailing Natal in the press, not Medina; "Jaksel" is South Jakarta
    doc = Entities()(build("Mantan Kadis PUPR Madina Rudi Hasibuan diperiksa Polres Jaksel."))
    places = {(e.name, e.country) for e in doc.entities if e.type == "PLACE"}
    assert ("Madina", "IDN") in places
    assert gazetteer().place("Madina", prefer="IDN").name == "Mandailing Natal"  # in an Indonesian story
    assert gazetteer().place("Jaksel").name == "Jakarta Selatan"
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Rudi Hasibuan"]


def test_a_given_name_that_is_also_a_word_and_a_town_opens_the_name_after_a_title():
    # "Bambang" is a word, a town in the Philippines and a district at home: after the title of
    # an office it is a given name; after a district's own office it is the district
    assert people("Ketua MPR Bambang Soesatyo mengatakan hal itu.") == [("Bambang Soesatyo", [], "Ketua MPR")]
    assert people("Menteri Dalam Negeri Bambang Sutrisno menonaktifkan bupati itu.") == [
        ("Bambang Sutrisno", [], "Menteri Dalam Negeri")]
    assert [name for name, _, _ in people("Camat Bambang Sutrisno Hadi meninjau banjir.")] == ["Sutrisno Hadi"]


def test_a_regional_water_company_is_one_body_with_its_name():
    doc = Entities()(build("Mantan Direktur Utama PDAM Tirta Siak, Rudi Hartono, diperiksa jaksa."))
    assert ("PDAM Tirta Siak", "ORG") in {(e.name, e.type) for e in doc.entities}


def test_an_office_after_a_passive_verb_is_its_agent_not_the_title_of_the_name_after_the_comma():
    assert people("Usai ditangkap polisi, Budi Santoso langsung ditahan.") == [("Budi Santoso", [], None)]


def test_a_bill_or_an_aid_programme_is_no_entity():
    doc = Entities()(build("DPR membahas RUU Sistranas, sementara BLT Kesra disalurkan Kemensos."))
    assert not {e.name for e in doc.entities} & {"RUU Sistranas", "BLT Kesra", "Sistranas"}


def test_a_standing_or_term_of_the_office_stays_in_the_title():
    # the office's standing is read past, so that the name after it is whole and titled
    assert people("Polisi memanggil Ketua KPK nonaktif Firli Bahuri untuk diperiksa.") == [
        ("Firli Bahuri", [], "Ketua KPK")]



def test_a_given_name_that_is_a_town_abroad_is_the_person_after_a_title():
    # "Iskandar" is a town in Uzbekistan and a given name: after a title, before a verb, the person
    assert people("Kapolres Iskandar mengatakan kasus itu diusut.") == [("Iskandar", [], "Kapolres")]
    # a town abroad no one knows as a person stays the town after a title ("Wali Kota Darwin")
    assert [e.type for e in Entities()(build("Wali Kota Darwin menyatakan keadaan darurat.")).entities] == ["PLACE"]
    # a minister's short name is no one's title elsewhere ("Supratman, warga …" is a resident)
    assert people("Supratman, warga Desa Sukamaju, mengatakan banjir datang malam.") == [("Supratman", [], None)]


def test_a_country_naming_a_currency_is_no_entity():
    doc = Entities()(build("Rupiah melemah terhadap dolar AS pekan ini."))
    assert [e.name for e in doc.entities] == []
    doc = Entities()(build("Rupiah melemah terhadap dolar AS, sementara AS menaikkan tarif impor."))
    assert [(e.name, len(e.mentions)) for e in doc.entities] == [("Amerika Serikat", 1)]


def test_a_body_named_in_english_is_whole_whatever_names_stand_inside():
    # "Telkom" is a known company and "University" a town in the gazetteer: one university here
    doc = Entities()(build("Telkom University bekerja sama dengan Huawei membuka pusat pelatihan."))
    assert ("Telkom University", "ORG") in {(e.name, e.type) for e in doc.entities}
    assert "University" not in {e.name for e in doc.entities}


def test_a_school_or_unit_number_is_part_of_its_name_and_no_other_number_is():
    names = {e.name for e in Entities()(build("Bu Ratna mengajar di SD Negeri 1 Cikadu sejak 2010.")).entities}
    assert "SD Negeri 1 Cikadu" in names
    names = {e.name for e in Entities()(build("Siswa SMAN 3 Bandung meraih juara.")).entities}
    assert "SMAN 3 Bandung" in names
    doc = Entities()(build("Korban terdiri atas siswa SD 3 orang dan siswa SMP 2 orang; Polres Bogor 3 kali "
                           "menangkap."))
    names = {e.name for e in doc.entities}
    assert not any(name[-1].isdigit() for name in names)


def test_an_official_credited_after_a_passive_keeps_the_office_as_title():
    # only an opening phrase's passive takes the office as its agent ("Usai ditangkap polisi, …")
    assert people("Hal itu dibenarkan Kapolsek, Iptu Budi Santoso, saat dikonfirmasi.") == [
        ("Budi Santoso", [], "Kapolsek")]


def test_bodies_whose_short_form_also_opens_a_law_or_a_programme_stay_bodies():
    doc = Entities()(build("PP Muhammadiyah mengkritik kebijakan pemerintah soal tambang."))
    assert any(e.type == "ORG" and "Muhammadiyah" in e.name for e in doc.entities)


def test_a_term_of_office_is_read_past_and_a_regional_company_is_one_body():
    assert [n for n, _, _ in people("Kejagung menahan Direktur Utama PT Timah periode 2016-2021 Riza Tabrani.")] == [
        "Riza Tabrani"]
    doc = Entities()(build("Direktur Perumda Tirta Pakuan Rudi Hartono meninjau instalasi air."))
    assert ("Perumda Tirta Pakuan", "ORG") in {(e.name, e.type) for e in doc.entities}


def test_a_place_named_after_a_company_head_is_the_company_s_name_in_the_title():
    # "Bumi Makmur" is also a village: after "PT" it names the company, so the title keeps it
    assert people("Direktur Utama PT Bumi Makmur, Hendra Wijaya, diperiksa penyidik.") == [
        ("Hendra Wijaya", [], "Direktur Utama PT Bumi Makmur")]


def test_a_region_unknown_to_the_gazetteer_before_the_comma_is_no_second_person():
    # the model reads the invented regency as a name; the comma sets the title off from the name
    assert people("Jaksa memeriksa Bupati Lembah Hijau, Arif Santosa, sebagai saksi.") == [
        ("Arif Santosa", [], "Bupati Lembah Hijau")]


def test_a_title_is_not_read_across_a_comma_over_a_name():
    # a list of ministers and a former president before the one who acts: each keeps their own title
    assert people("Hadir Menteri ESDM Hendra Sutopo, Mendag Rudi Ananta dan lainnya.") == [
        ("Hendra Sutopo", [], "Menteri ESDM"), ("Rudi Ananta", [], "Mendag")]
    assert people("Di masa Presiden RI ke-5 Joko Sutrisno, Rahmat sudah bekerja di sana.") == [
        ("Joko Sutrisno", [], "Presiden"), ("Rahmat", [], None)]


def test_a_person_named_in_a_title_stays_a_person():
    found = people("Hal itu disampaikan pengacara Joko Sutrisno, Yakub Harahap, kepada wartawan.")
    assert [name for name, _, _ in found] == ["Joko Sutrisno", "Yakub Harahap"]
    assert found[1][2] == "pengacara Joko Sutrisno"
    # a client named by one word: only a regional office's title ends with a region
    assert [name for name, _, _ in people("Kuasa hukum Darto, Rony Simanjuntak, membantahnya.")] == [
        "Darto", "Rony Simanjuntak"]


def test_initials_with_an_age_in_brackets_are_a_person_not_a_country():
    text = "Polisi menangkap AS (22), mahasiswa di Sleman, dan RT (19) karena menyebarkan video itu."
    assert [(e.name, e.type, e.country) for e in Entities()(build(text)).entities if e.name in ("AS", "RT")] == [
        ("AS", "PERSON", "IDN"), ("RT", "PERSON", "IDN")]


def test_a_term_of_office_is_written_as_the_text_writes_it():
    assert people("KPK memanggil anggota DPRD Jawa Timur periode 2019-2024, Mahmud Effendi, sebagai saksi.") == [
        ("Mahmud Effendi", [], "anggota DPRD Jawa Timur periode 2019-2024")]


def test_a_state_s_body_named_with_its_country_is_that_country_s_body():
    def bodies(text: str) -> list[tuple[str, str | None]]:
        return [(e.name, e.country) for e in Entities()(build(text)).entities if e.type == "ORG"]

    assert ("DPR AS", "USA") in bodies("Sejumlah anggota DPR AS mendesak pemerintah meninjau ulang kesepakatan itu.")
    assert ("Kedutaan Besar Jepang", "JPN") in bodies("Kedutaan Besar Jepang di Jakarta mengeluarkan imbauan.")
    assert ("Kemlu Jepang", "JPN") in bodies("Juru Bicara Kemlu Jepang, Hiroshi Tanaka, mengatakan hal itu.")
    # the house at home keeps the gazetteer's reading; a province's house is the province's
    assert ("DPR", "IDN") in bodies("Ketua DPR RI Puan Maharani membuka sidang.")
    assert ("DPR Aceh", "IDN") in bodies("Ketua DPR Aceh Zulfadli membuka sidang.")


def test_a_street_or_a_field_named_after_someone_is_a_place_not_the_person():
    def read(text: str) -> list[tuple[str, str]]:
        return [(e.name, e.type) for e in Entities()(build(text)).entities]

    assert read("Operasi pasar digelar di Jalan KH Ahmad Dahlan, Pekanbaru.") == [
        ("Jalan KH Ahmad Dahlan", "PLACE"), ("Pekanbaru", "PLACE")]
    assert ("Lapangan Jenderal Sudirman", "PLACE") in read("Apel digelar di Lapangan Jenderal Sudirman, Pontianak.")
    # a street's own name, then someone named: two things
    assert read("Polisi datang ke Jalan Raya Bogor Budi Santoso mengatakan.")[-1] == ("Budi Santoso", "PERSON")


def test_a_given_name_the_title_grammar_read_as_a_district_or_a_word_opens_the_name():
    assert people("Kapolda Kalimantan Barat Irjen Pol Bambang Sukmo Wibowo memimpin apel.") == [
        ("Bambang Sukmo Wibowo", [], "Kapolda Kalimantan Barat Irjen Pol")]
    assert people("Terdakwa Muhammad Ridwan bin Abdul Karim divonis 15 tahun penjara.") == [
        ("Muhammad Ridwan bin Abdul Karim", [], "Terdakwa")]


def test_a_title_word_inside_a_place_named_from_its_head_is_the_place_s():
    found = Entities()(build("Jasad ditemukan di Desa Bojongkulur, Kecamatan Gunung Putri.")).entities
    assert ("Kecamatan Gunung Putri", "PLACE") in [(e.name, e.type) for e in found]


def test_a_deputy_s_office_opens_at_wakil_though_only_the_office_is_listed():
    assert people("Wakil Kepala Dinas Pendidikan Kota Bogor, Rina Marlina, hadir.")[0][2] == (
        "Wakil Kepala Dinas Pendidikan")
    assert people("Wakil Rektor II Universitas Lampung Bambang Sutrisno mengatakan hal itu.")[0][2] == (
        "Wakil Rektor II Universitas Lampung")


def test_a_tally_in_brackets_is_no_one_s_age():
    found = Entities()(build("Kursi terbanyak diraih PDIP (18), Golkar (12) dan PKB (9).")).entities
    assert [e.type for e in found if e.name in ("PDI-P", "PDIP", "PKB")] == ["ORG", "ORG"]
    found = Entities()(build("Pasar itu dipimpin China (40), AS (35) dan Jepang (20).")).entities
    assert ("Amerika Serikat", "PLACE") in [(e.name, e.type) for e in found]


def test_a_body_the_model_reads_as_a_person_before_a_comma_and_the_holder_is_the_title_s():
    assert people("Koordinator Gempar, Guntur Siregar, menyebut laporan itu sudah masuk.") == [
        ("Guntur Siregar", [], "Koordinator Gempar")]


def test_initials_with_an_age_alone_or_among_initials_are_people():
    found = Entities()(build("Polisi menangkap AS (22) dan RK (25) di rumahnya.")).entities
    assert [(e.name, e.type) for e in found if e.name in ("AS", "RK")] == [("AS", "PERSON"), ("RK", "PERSON")]


def test_a_region_named_between_commas_after_an_office_keeps_the_holder_s_title():
    assert people("Wali Kota Batu, Jawa Timur, Nurochman meresmikan pasar itu.") == [("Nurochman", [], "Wali Kota")]
    assert people("Kapolres Bogor, Jawa Barat, AKBP Rio Wahyu Anggoro memimpin apel.") == [
        ("Rio Wahyu Anggoro", [], "Kapolres")]


def test_a_given_name_that_is_also_a_word_opens_the_name_after_a_company_s():
    assert people("Direktur PT Sinar Kencana Rudi Hartono membantah tudingan itu.") == [
        ("Rudi Hartono", [], "Direktur PT Sinar Kencana")]
    # the company's words before it stay the company's, and a company of given names' words alone
    # is still a company
    assert people("Direktur Utama PT Jaya Makmur Sentosa Budi Santoso hadir.") == [
        ("Budi Santoso", [], "Direktur Utama PT Jaya Makmur Sentosa")]
    assert people("PT Indah Kiat Pulp menambah produksi.") == []
    assert people("Kejagung menyita aset PT Sawit Prima Lestari senilai Rp 2,7 triliun.") == []


def test_initials_in_brackets_after_a_titled_name_close_it_when_the_sentence_goes_on():
    assert people("Anggota Komisi VII DPR RI Bambang Sutrisno Hadi (BSH) mendesak pemerintah mengkaji ulang "
                  "rencana itu.") == [("Bambang Sutrisno Hadi", ["BSH"], "Anggota Komisi VII DPR RI")]
    # a company's short form goes on to the name after it
    assert people("Direktur PT Prima Global Baverindo (PGB) Mustika Sari hadir.") == [
        ("Mustika Sari", [], "Direktur PT Prima Global Baverindo")]


def test_an_acting_prefix_and_the_office_after_it_are_one_title():
    assert people("Pj. Bupati Garut Barnas Adjidin meninjau lokasi.") == [("Barnas Adjidin", [], "Pj. Bupati")]
    assert people("Plh Sekda Garut Nurdin Yana hadir.") == [("Nurdin Yana", [], "Plh Sekda")]
    # the office read as it would be alone, its field and body too
    assert people("Plt Kepala Dinas Sosial Rina Wulan hadir.") == [("Rina Wulan", [], "Plt Kepala Dinas Sosial")]
    # past the prefix's short form in brackets, whose full stop ends no sentence
    assert people("Pelaksana Tugas (Plt.) Deputi II Bidang Perekonomian Kantor Staf Presiden (KSP) Edy Priyono "
                  "mengatakan inflasi terkendali.") == [
        ("Edy Priyono", [], "Pelaksana Tugas Deputi II Bidang Perekonomian Kantor Staf Presiden")]


def test_a_comma_after_a_named_whole_office_closes_the_holder_s_run():
    # the next office is one the title list does not hold, so only the comma can end the first name
    assert people("Hadir Menteri Pertanian Dodi Kurniawan, Rini Astuti Hapsari, dan lainnya.") == [
        ("Dodi Kurniawan", [], "Menteri Pertanian"), ("Rini Astuti Hapsari", [], None)]
    # a body and its region before the comma: the name after it is the holder's
    assert people("Kepala Dinas Pendidikan Kota Bogor, Hendra Saputra, membuka acara.") == [
        ("Hendra Saputra", [], "Kepala Dinas Pendidikan")]


def test_an_office_word_before_a_field_belongs_to_the_office():
    assert people("Utusan Khusus Presiden Bidang Energi Yusuf Hamdani juga hadir.") == [
        ("Yusuf Hamdani", [], "Utusan Khusus Presiden Bidang Energi")]


def test_a_ministry_s_short_form_gives_its_minister_s_and_deputy_s_press_titles():
    assert ministers_from_ministries({"Kementerian Contoh": {"aliases": ["Kemenconto", "KC"], "sector": "GOV"},
                                      "Perusahaan Kemenangan": {"aliases": ["Kemenangan"], "sector": "BUS"}}) == [
        "Menconto", "Wamenconto"]
    assert people("Wamendukbangga Rini Astuti Hapsari membuka acara.") == [
        ("Rini Astuti Hapsari", [], "Wamendukbangga")]


def test_people_listed_under_office_labels_take_the_label_and_leave_the_next_label_out():
    # a list whose line breaks the page lost: each label ends the name before it
    assert people("Pengurus baru. Ketua: I Made Sudarsa Sekretaris: Ni Luh Ayu Lestari "
                  "Bendahara: I Ketut Mertayasa.") == [
        ("I Made Sudarsa", [], "Ketua"), ("Ni Luh Ayu Lestari", [], "Sekretaris"),
        ("I Ketut Mertayasa", [], "Bendahara")]
    # labels of two or three words leave the name before them whole
    assert people("Susunan pengurus. Ketua: Budi Santoso Wakil Sekretaris: Andi Wirawan Wakil Ketua Umum: "
                  "Siti Aminah.") == [("Budi Santoso", [], "Ketua"), ("Andi Wirawan", [], "Wakil Sekretaris"),
                                      ("Siti Aminah", [], "Wakil Ketua Umum")]
    # a lone label addressing someone in a transcript titles no one
    assert people("Hakim: Andi Wirawan, apakah Anda menerima uang itu? Terdakwa: Tidak, Yang Mulia.") == [
        ("Andi Wirawan", [], None)]


def test_an_office_in_lower_case_names_a_holder_called_by_one_name_after_the_body_s_short_form():
    assert people("Hal itu disampaikan ketua KPU Sudarsono kemarin.") == [("Sudarsono", [], "ketua KPU")]
    assert people("Hal itu disampaikan ketua KPU Jabar kemarin.") == []  # the body's region, no one


def test_a_common_noun_s_short_form_ends_the_office_and_the_name_follows():
    assert people("Turut hadir Direktur Pembinaan Karier ASN Wulan Pratiwi kemarin.") == [
        ("Wulan Pratiwi", [], "Direktur Pembinaan Karier ASN")]


def test_a_comma_after_an_office_its_place_and_a_name_closes_the_holder_s_run():
    assert people("Sopir pribadi mantan Bupati Sleman Hartono Wibowo, Joko Susilo, dipanggil KPK.") == [
        ("Hartono Wibowo", [], "Bupati"), ("Joko Susilo", [], None)]
    # a village is often named with given names' words: its head is still the one after the comma
    assert people("Kepala Desa Cikarang Sari Mulya, Asep Saepudin, mengatakan warga mengungsi.") == [
        ("Asep Saepudin", [], "Kepala Desa Cikarang Sari Mulya")]


def test_a_given_name_that_is_also_a_word_opens_the_name_after_an_office():
    assert people("Kuasa hukum Muslim Harahap Butar-butar hadir di persidangan.") == [
        ("Muslim Harahap Butar-butar", [], "Kuasa hukum")]


def test_a_long_title_with_its_short_form_rank_and_region_keeps_the_whole_name_after_it():
    sentence = ("Kepala Subdirektorat Tindak Pidana Korupsi (Kasubdit Tipidkor) Ditreskrimsus Polda Jatim AKBP "
                "Danang Wisnu Prabowo mengatakan saksi tidak hadir.")
    assert [name for name, kind, _ in titled(sentence) if kind == "PERSON"] == ["Danang Wisnu Prabowo"]


def test_a_name_closing_the_sentence_after_an_office_a_preposition_governs_is_its_holder():
    # (session 32) "dibenarkan oleh Wakil Ketua KPK, Fitroh …." names the deputy; a name that a
    # verb follows opens the next clause and holds no office ("kepada Menkeu, Gus Maksum justru …")
    assert titled("Kabar itu dibenarkan oleh Wakil Ketua KPK, Rahmat Siregar.") == [
        ("Rahmat Siregar", "PERSON", "Wakil Ketua KPK")]
    assert titled("Surat itu dikirim kepada Menkeu, Gus Maksum justru menilai langkah itu keliru.") == []


def test_a_minister_s_or_regent_s_expert_staff_keeps_the_whole_title():
    # (session 32) "Staf Ahli Menteri …" is no "Ahli Menteri …"
    assert people("Staf Ahli Menteri Bidang Hubungan Antarlembaga Kemensos Rina Handayani hadir di Kupang.") == [
        ("Rina Handayani", [], "Staf Ahli Menteri Bidang Hubungan Antarlembaga Kemensos")]


def test_a_given_name_written_short_opens_the_name_after_a_title():
    # (session 32) "Moh." is Mohammad: "Ketua Bawaslu … Moh. Faisol Anwar" is one person, titled
    assert people("Ketua Bawaslu Kabupaten Sumenep Moh. Faisal Hadi mengatakan laporan itu diterima.") == [
        ("Moh. Faisal Hadi", [], "Ketua Bawaslu")]


def test_a_street_after_an_office_and_a_comma_is_an_address_not_its_holder():
    # (session 33) "Kantor Gubernur Jawa Tengah, Jalan Pahlawan" read a person named "Jalan Pahlawan"
    assert not any(name.startswith("Jalan") for name, _, _ in people(
        "Massa berkumpul di depan Kantor Gubernur Jawa Tengah, Jalan Pahlawan, Semarang, Kamis."))


def test_a_region_with_its_head_word_between_commas_goes_on_to_the_holder():
    # (session 33) "Tondo" was read as the village head's name
    assert ("Markus Lena", "PERSON", "Kepala Desa Oelnasi") in titled(
        "Kepala Desa Oelnasi , Kabupaten Kupang , Markus Lena , divonis tiga tahun .")
