"""The entity stage on sentences written for these tests (built by hand, one sentence per line):
name particles, names bounded by a rank or a body, one person under the actor dictionary's name
and the written one, the headline's full name, and names after a verb of saying."""

from __future__ import annotations

from tests.documents import build
from warta.gazetteer import gazetteer
from warta.model import Document
from warta.stages.entities import Entities
from warta.stages.entity_groups import Candidate
from warta.stages.titled import titled_people
from warta.stages.tokens import tokenize


def read(text: str, title: str | None = None) -> Document:
    doc = build(text)
    doc.article.title = title
    return Entities()(doc)


def people(doc: Document) -> list[tuple[str, list[str], str | None]]:
    return [(e.name, e.aliases, e.title) for e in doc.entities if e.type == "PERSON"]


def test_a_particle_stays_inside_a_name():
    words = [t.text for t in tokenize("Ketua LHKP PP Muhammadiyah Ridho Al Hamdi menilai hal itu penting.")]
    assert [(" ".join(words[p.start:p.end]), p.title) for p in titled_people(words, gazetteer().spans(words))
            if p.type == "PERSON"] == [("Ridho Al Hamdi", "Ketua LHKP PP Muhammadiyah")]


def test_after_a_rank_the_rest_of_the_run_is_the_name():
    doc = read("Kapolres Bangka Barat AKBP Pradana Aditya Nugraha mengatakan hal itu kepada wartawan.")
    assert people(doc) == [("Pradana Aditya Nugraha", [], "Kapolres")]


def test_the_actor_dictionary_s_name_and_the_written_full_name_are_one_person():
    doc = read("Menteri Dalam Negeri Muhammad Tito Karnavian membuka rapat.\nTito Karnavian lalu menutup rapat.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Muhammad Tito Karnavian"]


def test_the_headline_gives_the_full_name_of_a_person_the_body_calls_by_one_name():
    doc = read('"Perkara saya selesai," ungkap Atalarik kepada awak media.',
               title="Atalarik Syach Lega Perkaranya Selesai")
    assert people(doc) == [("Atalarik Syach", ["Atalarik"], None)]


def test_two_people_side_by_side_in_the_headline_stay_two():
    doc = read("Gibran hadir di acara itu.\nKaesang juga datang.", title="Gibran Kaesang Kompak Hadiri Acara")
    assert sorted(e.name for e in doc.entities if e.type == "PERSON") == ["Gibran", "Kaesang"]


def test_the_article_s_full_name_wins_over_the_dictionary_s_reading_of_a_short_form():
    # "Harris" is Kamala Harris in the actor dictionary; here it is the member of parliament
    doc = read("Anggota Komisi XI Harris Turino menyoroti anggaran itu.\n"
               '"Ini tugas Irjen," sambung Harris di Gedung DPR.')
    assert [(e.name, e.aliases, e.country) for e in doc.entities if e.type == "PERSON"] == [
        ("Harris Turino", ["Harris"], "IDN")]


def test_a_name_cut_short_and_first_and_last_names_are_the_person_written_in_full():
    doc = read("Menteri Sekretaris Negara Prasetyo Hadi hadir di Cikini.\n"
               "Pras menegaskan pemerintah terus bekerja.\n"
               "Bupati Luwu Utara Andi Abdullah Rahim menemui para pengusaha.\n"
               "Andi Rahim menawarkan kerja sama jangka panjang.")
    assert [(e.name, e.aliases) for e in doc.entities if e.type == "PERSON"] == [
        ("Prasetyo Hadi", ["Pras"]), ("Andi Abdullah Rahim", ["Andi Rahim"])]


def test_the_headline_gives_the_first_name_of_a_person_the_body_calls_by_the_last():
    doc = read("Musk berselisih dengan Trump mengenai rencana pengeluaran.",
               title="Elon Musk Bikin Partai Baru Usai Pecah Kongsi dengan Trump")
    assert [(e.name, e.aliases) for e in doc.entities if e.type == "PERSON"] == [
        ("Elon Musk", ["Musk"]), ("Trump", [])]


def test_an_office_s_short_form_before_the_name_in_the_headline_is_no_first_name():
    # (session 28) "Menlu Sugiono Terima …": the minister, not a person named "Menlu Sugiono"
    doc = read("Menteri Luar Negeri (Menlu) Sugiono menerima kunjungan delegasi Fiji.",
               title="Menlu Sugiono Terima Delegasi Fiji di Jakarta")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Sugiono"]


def test_a_long_title_leaves_the_first_names_to_the_person():
    doc = read("Ketua Umum PDIP Megawati Soekarnoputri hadir di Istana.\n"
               "Natalius Pigai menerima Bupati Flores Timur Anton Doni Dihen di Jakarta.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Megawati Soekarnoputri", "Ketua Umum PDIP"), ("Natalius Pigai", "Menteri Hak Asasi Manusia"),
        ("Anton Doni Dihen", "Bupati")]  # the place is no part of the title


def test_currencies_and_their_rates_name_no_one():
    doc = read("Yen Jepang (JPY) melemah ke JPY 145 per dolar, sementara SG$ 1 setara Rp 12.800.\n"
               "Poundsterling GBP ikut melemah.")
    assert [e.name for e in doc.entities if e.type in ("ORG", "PERSON")] == []


def test_a_degree_after_a_name_is_no_part_of_it():
    doc = read("Pakar IT Universitas Airlangga, Supangat PhD menyorotinya dari sisi sistem informasi.\n"
               "Menurut Supangat, kritik itu dilindungi.")
    assert [(e.name, e.aliases) for e in doc.entities if e.type == "PERSON"] == [("Supangat", [])]


def test_a_company_s_name_runs_on_over_words_that_look_like_names():
    doc = read("Direktur PT Makassar Tene hadir.\nDirektur Utama PT Permata Dunia Sukses Utama juga hadir.\n"
               "Direktur Utama PT Antam Nicolas Kanter memberi keterangan.")
    assert [(e.name, e.type) for e in doc.entities if e.type in ("ORG", "PERSON")] == [
        ("PT Makassar Tene", "ORG"), ("PT Permata Dunia Sukses Utama", "ORG"), ("PT Antam", "ORG"),
        ("Nicolas Kanter", "PERSON")]


def test_an_office_after_selaku_is_the_person_s_title():
    doc = read("Terdakwa Eka Sapanca selaku Direktur Utama PT Permata Dunia Sukses Utama sejak 2015 hadir.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Eka Sapanca", "Direktur Utama PT Permata Dunia Sukses Utama")]


def test_a_name_holds_no_common_word_but_a_particle():
    doc = read("Perangkat Jumping Wildcat device itu dijual murah.\nAbdullah bin Zayed hadir di sana.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Abdullah bin Zayed"]


def test_a_parliamentary_group_names_its_party_and_a_hyphen_joins_a_place_s_name():
    doc = read("Anggota Komisi XI DPR RI Fraksi Golkar Galih Kartasasmita hadir.\n"
               "Khariq ditangkap ketika berada di Bandara Soekarno-Hatta.")
    assert [(e.name, e.type) for e in doc.entities if e.type in ("ORG", "PLACE")] == [
        ("Komisi XI DPR RI", "ORG"), ("Partai Golkar", "ORG"), ("Bandara Soekarno-Hatta", "PLACE")]


def test_balinese_birth_order_names_open_a_name():
    doc = read("Ketua Majelis Hakim Ni Luh Suastini membacakan vonis di Denpasar.")
    assert [(e.name, e.type, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Ni Luh Suastini", "PERSON", "Ketua Majelis Hakim")]


def test_a_rank_after_a_comma_goes_on_with_the_office_s_title():
    doc = read("Kapolres Boyolali, AKBP Rosyid Hartanto membenarkan kejadian itu.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [("Rosyid Hartanto", "Kapolres")]


def test_an_office_in_lower_case_names_a_person_of_two_words_but_no_resident_is_an_office():
    doc = read("Hal itu disampaikan anggota Komisi VI DPR Rieke Diah Pitaloka di Senayan.\n"
               "Penolakan datang dari dua pejabat The Fed yakni Michelle Bowman.\n"
               "Ia bertemu warga Jalan Ciliwung Darmo Surabaya.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Rieke Diah Pitaloka", "anggota Komisi VI DPR"), ("Michelle Bowman", None)]


def test_an_office_between_commas_after_a_name_is_the_person_s_title():
    doc = read("Gregory Lukasik, CEO Ecolab Southeast Asia, mengatakan hal itu.\n"
               "Hadir Sri Mulyani, Menteri BUMN Erick Thohir, dan para pejabat.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Gregory Lukasik", "CEO Ecolab Southeast Asia"), ("Sri Mulyani", "Menteri Keuangan"),  # the actor dictionary
        ("Erick Thohir", "Menteri BUMN")]


def test_places_inside_the_name_of_a_thing_spelt_out_are_not_named():
    doc = read("Utang proyek Kereta Cepat Jakarta-Bandung (KCJB) menjadi sorotan.\n"
               "Kereta Cepat Jakarta-Bandung melayani ribuan penumpang di Bandung.")
    assert [(e.name, [m.start for m in e.mentions]) for e in doc.entities if e.type == "PLACE"] == [
        ("Bandung", [doc.body.rindex("Bandung")])]


def test_a_body_named_in_english_is_not_assumed_to_be_of_the_story_s_country():
    doc = read("Bank of America memangkas proyeksi pertumbuhan.\nPolres Bogor menangkap pelaku.\n"
               "The Fed menahan suku bunga.")
    assert [(e.name, e.country) for e in doc.entities if e.type == "ORG"] == [
        ("Bank of America", None), ("Polres Bogor", "IDN"), ("The Federal Reserve", "USA")]


def test_a_place_in_a_stance_is_not_named():
    doc = read("Tarif dikenakan kepada negara yang mendukung kebijakan Anti-Amerika dari BRICS.")
    assert [e.name for e in doc.entities if e.type == "PLACE"] == []


def test_a_field_s_noun_in_a_long_title_is_no_name():
    doc = read("KPK memeriksa Wakil Menteri Ketenagakerjaan Immanuel Ebenezer sebagai tersangka.\n"
               "Menko Polkam Budi Gunawan berkunjung ke Papua.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Immanuel Ebenezer", "Wakil Menteri Ketenagakerjaan"), ("Budi Gunawan", "Menko Polkam")]


def test_a_known_body_at_the_end_of_a_title_is_an_entity_of_its_own():
    doc = read("Ketua DPR RI Puan Maharani dan Ketua MPR Ahmad Muzani hadir di Senayan.")
    assert [(e.name, e.type, e.title) for e in doc.entities if e.type in ("ORG", "PERSON")] == [
        ("DPR", "ORG", None), ("Puan Maharani", "PERSON", "Ketua DPR RI"), ("MPR", "ORG", None),
        ("Ahmad Muzani", "PERSON", "Ketua MPR")]


def test_a_body_the_model_names_that_reads_as_a_person_s_name_is_a_person():
    doc = read("Atlet sepak bola U-17 Indonesia Mochammad Mierza Firjatullah yang turut menghadiri acara ini "
               "ikut menyampaikan rasa bangganya.")
    assert [(e.name, e.type) for e in doc.entities if e.type == "PERSON"] == [
        ("Mochammad Mierza Firjatullah", "PERSON")]


def test_a_legislator_s_group_after_dari_goes_on_with_the_title_and_a_rank_precedes_a_name():
    doc = read("Anggota Komisi XI DPR RI dari Fraksi Gerindra Imron Amin mengatakan hal itu.\n"
               "Kasat Reskrim Polres Metro Jakarta Selatan AKBP Ardian Satrio Utomo membenarkan penangkapan.\n"
               "Direktur Utama PT Pertamina (Persero) Simon Aloysius Mantiri hadir.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Imron Amin", "Anggota Komisi XI DPR RI dari Fraksi Gerindra"),
        ("Ardian Satrio Utomo", "Kasat Reskrim Polres"), ("Simon Aloysius Mantiri", "Direktur Utama PT Pertamina")]


def test_the_article_s_own_outlet_is_not_an_entity_of_its_story():
    from warta.stages.name_checks import outlet_key, own_outlet

    assert own_outlet("KOMPAS.com", "https://nasional.kompas.com/read/2025/11/04/x") == {"kompas", "kompascom"}
    assert outlet_key("Kompas.com") in own_outlet(None, "https://www.kompas.com/x")
    doc = build("Kepala BGN Dadan Hindayana berbicara kepada Kompas.com di Jakarta.")
    doc.article.url = "https://nasional.kompas.com/read/2025/11/04/x"
    names = [e.name for e in Entities()(doc).entities]
    assert "Kompas.com" not in names and "Dadan Hindayana" in names


def test_a_known_body_opening_inside_a_title_is_read_whole_and_the_name_follows_it():
    doc = read("Kepala Badan Gizi Nasional Dadan Hindayana memastikan program tetap berjalan.")
    assert [(e.name, e.type, e.title) for e in doc.entities] == [
        ("Badan Gizi Nasional", "ORG", None), ("Dadan Hindayana", "PERSON", "Kepala Badan Gizi Nasional")]


def test_an_ordinary_word_opening_a_sentence_before_another_s_name_is_no_part_of_it():
    from tests.documents import build
    from warta.stages.entities import Entities
    doc = Entities()(build("Jaksa Agung ST Burhanuddin berjanji akan menindak pelaku.\n"
                           "Janji Burhanuddin diucapkan saat upacara.\n"
                           "Subur Saroso mengatakan hal itu benar."))
    people = sorted(e.name for e in doc.entities if e.type == "PERSON")
    assert people == ["ST Burhanuddin", "Subur Saroso"]


def test_the_foreign_ministry_s_name_of_the_emirates_and_its_short_form_are_the_country():
    doc = read("Presiden Persatuan Emirat Arab tiba di Bogor. Menlu PEA Abdullah bin Zayed ikut mendampingi.")
    assert {(e.name, e.country) for e in doc.entities if e.type == "PLACE" and e.country == "ARE"} == {
        ("Uni Emirat Arab", "ARE")}
    assert next(e.country for e in doc.entities if e.name == "Abdullah bin Zayed") == "ARE"


def test_a_company_set_off_after_asal_and_a_country_is_of_that_country():
    doc = read("Gubernur Jawa Tengah menyambut perusahaan baterai asal Korea Selatan, Hanbit Cell Tech, di Semarang. "
               "Pabriknya berdiri di Batang, Jawa Tengah.")
    assert next(e.country for e in doc.entities if e.name == "Hanbit Cell Tech") == "KOR"


def test_putri_opening_a_name_after_a_title_is_a_first_name_not_a_princess_s_title():
    doc = read("Ketua Fraksi PAN Putri Kusumawati hadir dalam rapat itu.")
    assert people(doc) == [("Putri Kusumawati", [], "Ketua Fraksi PAN")]


def test_a_name_read_as_a_body_is_a_person_when_its_surname_names_one_elsewhere():
    doc = read('Sinta Maharani sudah menasihati Gerrald Wiratama agar menjaga kesehatan. "Saya baik-baik saja," '
               'ujar Wiratama.')
    assert [(e.type, e.name, e.aliases) for e in doc.entities if "Wiratama" in e.name] == [
        ("PERSON", "Gerrald Wiratama", ["Wiratama"])]
    # a run of capitalised words before it makes it a body's words ("Public Affairs Sejahtera")
    doc = read('Head of Public Affairs Sejahtera Group, Rina Lestiani, hadir. "Kami siap," kata Sejahtera.')
    assert all(not (e.type == "PERSON" and e.name.startswith("Affairs")) for e in doc.entities)


def test_officers_and_suspects_named_by_initials_after_a_rank_or_a_listing_are_people():
    doc = read("Dua polisi terjaring razia. Keduanya, yakni Bripda KT dan Bripda HS, bertugas di Polres Tegal.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [("KT", "Bripda"), ("HS", "Bripda")]
    # at a sentence's end too; initials other things are named by are the officer's after a rank
    doc = read("Penganiayaan itu dilakukan oleh Bripda AG. Kasus ini ditangani Polda Jawa Barat.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [("AG", "Bripda")]
    doc = read("Kapolsek Darman merinci keempat pelaku adalah YS, DPR dan HN.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Darman", "YS", "HN"]
    # a body listed, or a word describing people, names no one
    doc = read("Terlapor adalah KPU Kabupaten Garut. Korban adalah IRT berusia 45 tahun.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == []
    # a corps after a rank is no one's initials
    doc = read("Danrem Brigjen TNI Heru Santoso hadir.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Heru Santoso"]


def test_particles_do_not_count_toward_a_long_name_after_a_title_and_comma():
    words = [t.text for t in tokenize("Kajati Maluku, Hasan Basri bin Abdul Karim, menyerahkan uang pengganti.")]
    assert [(" ".join(words[p.start:p.end]), p.title) for p in titled_people(words, gazetteer().spans(words))
            if p.type == "PERSON"] == [("Hasan Basri bin Abdul Karim", "Kajati")]


def test_a_name_read_in_two_over_a_particle_is_one_person_and_the_part_after_is_no_place():
    doc = read("Polisi menangkap Dedi Kurnia bin Oman di rumahnya di Cianjur.")
    assert [(e.name, e.type) for e in doc.entities] == [("Dedi Kurnia bin Oman", "PERSON"), ("Cianjur", "PLACE")]


def test_a_batak_boru_stays_inside_the_name():
    doc = read("Kepala sekolah itu, Lestari br Tambunan, menerima penghargaan di Medan.")
    assert [(e.name, e.type) for e in doc.entities if e.type == "PERSON"] == [("Lestari br Tambunan", "PERSON")]


def test_after_a_rank_a_district_s_name_opens_the_holder_s_name():
    words = [t.text for t in tokenize("Kabareskrim Polri Komjen Pol Agung Setiadi memaparkan hasil.")]
    assert [(" ".join(words[p.start:p.end]), p.title) for p in titled_people(words, gazetteer().spans(words))
            if p.type == "PERSON"] == [("Agung Setiadi", "Kabareskrim Polri Komjen Pol")]


def test_a_name_of_ordinary_words_after_a_rank_is_kept_with_the_rank_s_sector():
    doc = read("Direktur Operasional Kombes Pol Satria Wibawa menyita sabu di Pekanbaru.")
    assert [(e.name, e.sector) for e in doc.entities if e.type == "PERSON"] == [("Satria Wibawa", "COP")]
    # a rank civilians hold too, and a body the title names, keep a company head's sector
    doc = read("Direktur Operasional Kapten Satria Wibawa menjelaskan keterlambatan penerbangan.")
    assert [(e.name, e.sector) for e in doc.entities if e.type == "PERSON"] == [("Satria Wibawa", "BUS")]
    doc = read("Direktur Utama PT Jasa Marga Kombes Pol Budi Santoso meresmikan gerbang tol.")
    assert [(e.name, e.sector) for e in doc.entities if e.type == "PERSON"] == [("Budi Santoso", "BUS")]
    doc = read("Pangkatnya naik dari AKBP menjadi Kombes Pol Senin lalu di Mabes Polri.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == []


def test_a_district_named_like_a_name_s_word_after_a_first_name_is_inside_the_name():
    words = [t.text for t in tokenize("Wamendag Ratna Sekar Wulandari membuka forum dagang itu.")]
    assert [(" ".join(words[p.start:p.end]), p.title) for p in titled_people(words, gazetteer().spans(words))
            if p.type == "PERSON"] == [("Ratna Sekar Wulandari", "Wamendag")]


def test_the_press_s_short_form_of_wali_kota_is_a_title():
    doc = read("Walkot Pekalongan Aaf Achmad Afandi meresmikan pasar baru.")
    assert people(doc) == [("Aaf Achmad Afandi", [], "Walkot")]


def test_a_day_after_a_name_run_on_over_a_particle_stays_out_of_the_name():
    doc = read("Polisi menangkap Dedi Kurnia bin Oman Senin malam di Cianjur.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Dedi Kurnia bin Oman"]


def test_a_balinese_title_pair_makes_a_person_of_what_it_opens():
    # the tagger may read a Balinese name as a body; its opening pair only ever opens a person's name
    from warta.stages.particle_names import joined_over_particles

    body = "Salah satunya, I Nyoman Darsana Putra yang kembali dipercaya memimpin."
    start = body.index("Nyoman")
    cand = Candidate("Nyoman Darsana Putra", "ORG", start, start + 20, 0, country="IDN", sector="GOV")
    [person] = joined_over_particles(body, [cand])
    assert (person.text, person.type, person.sector) == ("I Nyoman Darsana Putra", "PERSON", None)
    body = "Ketua: Sang Ketut Wirawan hadir."
    start = body.index("Sang")
    [person] = joined_over_particles(body, [Candidate("Sang Ketut Wirawan", "PLACE", start, start + 18, 0)])
    assert person.type == "PERSON"


def test_a_given_name_of_three_letters_that_is_also_a_word_is_the_person_mid_sentence():
    doc = Entities()(build("Terdakwa Isa Prasetya hadir di sidang. Jaksa kemudian mendakwa Isa melanggar pasal itu."))
    [person] = [e for e in doc.entities if e.type == "PERSON"]
    assert (person.name, [m.text for m in person.mentions]) == ("Isa Prasetya", ["Isa Prasetya", "Isa"])


def test_a_comma_after_a_product_noun_s_phrase_closes_it_before_a_name():
    doc = Entities()(build("Kapolsek Genteng Kompol Suharyono hadir. Meski jalan itu masih bisa dilalui kendaraan "
                           "roda dua, Suharyono mengimbau pengguna jalan berhati-hati."))
    [person] = [e for e in doc.entities if e.type == "PERSON"]
    assert [m.text for m in person.mentions] == ["Suharyono", "Suharyono"]
    # a brand set off by commas after the product noun is still the product's
    doc = Entities()(build("Warga diminta tidak membeli BBM eceran, Pertalite maupun Pertamax, dari penjual liar."))
    assert [e.name for e in doc.entities] == []
    # a comma further back closed the product's phrase: a clause with a name of its own follows
    doc = Entities()(build("Dulu kita mampu bangun pesawat terbang, bangun Krakatau Steel dan pabrik lain."))
    assert [e.name for e in doc.entities] == ["Krakatau Steel"]
    # a person set off after the product noun is no product
    doc = Entities()(build("Pelaku menganiaya pengendara motor, Dodi Prasetyo (27), hingga terluka."))
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Dodi Prasetyo"]


def test_a_three_letter_word_of_a_name_that_is_an_everyday_noun_stays_the_noun():
    doc = Entities()(build("CEO Apple Tim Cook tiba di Jakarta. Ia lalu menemui Tim pemenangan Prabowo."))
    assert "Tim" not in [e.name for e in doc.entities]


def test_a_place_named_after_a_balinese_hero_keeps_its_type():
    from warta.stages.particle_names import joined_over_particles

    body = "Sebanyak 12 penerbangan dari I Gusti Ngurah Rai ke Jakarta dibatalkan."
    start = body.index("I Gusti")
    [cand] = joined_over_particles(body, [Candidate("I Gusti Ngurah Rai", "ORG", start, start + 18, 0)])
    assert cand.type == "ORG"
