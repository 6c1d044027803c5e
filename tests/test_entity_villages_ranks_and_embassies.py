"""The entity stage on sentences written for these tests (session 36): a village named between a
village head's title and the holder's name; Yogyakarta's and Papua's own names for villages and
districts; a place set off after a village is no holder; a navy is no sea and a flag rank of two
words is the rank's; a court's panel of judges is no body; a school's head is no school; an
office word gathering a body's members further on in its name; an embassy is a body, and a
ministry "dan" an embassy are two; people a verb of arrest names by their initials alone."""

from __future__ import annotations

from tests.documents import entities_found as found
from tests.documents import people_titled as titled


def test_a_village_stands_between_a_village_head_s_title_and_a_name_that_opens_as_names_do():
    text = "Kades Oelbubuk Markus Seran menerima bantuan beras dari Dinas Sosial."
    assert ("PLACE", "Oelbubuk") in found(text)
    assert titled(text) == {"Markus Seran": "Kades Oelbubuk"}
    # a name of three words opening with a given name is the holder's whole
    assert titled("Kades Agus Budi Santoso menerima bantuan beras.") == {"Agus Budi Santoso": "Kades"}
    # and one whose second word is no given name either
    assert titled("Kades Ndolu Tallo Bessie menerima bantuan beras.") == {"Ndolu Tallo Bessie": "Kades"}


def test_yogyakarta_s_and_papua_s_own_names_for_villages_and_districts_open_places():
    got = found("Lurah Kalurahan Sidoharjo, Kapanewon Pulosari, berinisial MR ditahan penyidik.")
    assert ("PLACE", "Kalurahan Sidoharjo") in got and ("PLACE", "Kapanewon Pulosari") in got
    assert ("PERSON", "Kapanewon Pulosari") not in got
    assert ("PLACE", "Distrik Oksibil") in found("Warga Distrik Oksibil mengungsi ke gereja.")
    # a navigation office is a body of the transport ministry, no district
    assert ("ORG", "Distrik Navigasi Tanjung Perak") in found(
        "Kepala Distrik Navigasi Tanjung Perak Agus Salim memeriksa rambu laut.")


def test_a_navy_is_no_sea_and_a_flag_rank_of_two_words_is_the_rank_s():
    text = "Kepala Staf Angkatan Laut Laksamana Madya Robert Hanes mengunjungi Makassar."
    assert titled(text) == {"Robert Hanes": "Kepala Staf Angkatan Laut"}
    assert titled("Danlantamal VI Laksamana Pertama TNI Dedi Kusnadi meninjau dermaga.").keys() == {"Dedi Kusnadi"}


def test_a_court_s_panel_of_judges_is_no_body_and_a_school_s_head_is_no_school():
    got = found("Ketua Majelis Hakim Pengadilan Negeri Kupang, Yosef Nahak, menunda sidang.")
    assert ("ORG", "Pengadilan Negeri Kupang") in got
    assert not any("Majelis" in name for _, name in got)
    got = found("Kepala Sekolah SMP Katolik Santa Maria berinisial TK diperiksa penyidik.")
    assert ("ORG", "SMP Katolik Santa Maria") in got
    assert not any(name.startswith("Sekolah") for _, name in got)


def test_an_office_word_gathering_a_body_s_members_goes_on_with_its_name_further_on():
    assert ("ORG", "Majelis Permusyawaratan Ulama Aceh Besar") in found(
        "Ketua Majelis Permusyawaratan Ulama Aceh Besar, Tgk Hasanuddin, meminta warga tenang.")


def test_an_embassy_is_a_body_and_a_ministry_and_an_embassy_are_two():
    got = found("Kementerian Luar Negeri Jepang dan Kedutaan Besar Inggris di Jakarta mengimbau warganya.")
    assert ("ORG", "Kementerian Luar Negeri Jepang") in got and ("ORG", "Kedutaan Besar Inggris") in got
    assert ("ORG", "Komite Nasional Keselamatan Transportasi") in found(
        "Komite Nasional Keselamatan Transportasi menyelidiki tabrakan kereta itu.")


def test_initials_a_verb_of_arrest_takes_alone_are_people():
    got = found("Satresnarkoba Polres Jember menangkap RW dan HS di sebuah indekos.")
    assert ("PERSON", "RW") in got and ("PERSON", "HS") in got
    # a body's known short form after the verb stays the body, and so do long initials
    assert ("PERSON", "BPK") not in found("Penyidik menahan BPK terkait audit proyek itu.")
    assert ("PERSON", "PDAMT") not in found("Polisi menahan PDAMT di gudang.")
    assert ("PERSON", "BKT") not in found("Petugas mengamankan BKT tersebut dari gudang.")


def test_a_commission_s_letter_is_the_commission_s_not_an_initial_of_the_holder():
    text = "Anggota Komisi C Dewi Lestari meminta dinas memperbaiki jalan."
    assert titled(text) == {"Dewi Lestari": "Anggota Komisi C"}


def test_a_hospital_named_after_a_doctor_written_without_a_dot_is_a_body():
    assert ("ORG", "RSUD dr Moewardi") in found("Pasien itu dirujuk ke RSUD dr Moewardi pada Senin malam.")


def test_mass_organisations_and_movements_open_bodies():
    got = found("Bentrokan antara Laskar Anak Bangsa dan Barisan Pemuda Kutai pecah di Samarinda.")
    assert ("ORG", "Laskar Anak Bangsa") in got and ("ORG", "Barisan Pemuda Kutai") in got
    assert ("ORG", "Kwartir Daerah Gerakan Pramuka Jawa Barat") in found(
        "Ketua Kwartir Daerah Gerakan Pramuka Jawa Barat Asep Suhendar membuka perkemahan itu.")
    # a head written in lower case, or alone before a demonstrative, opens nothing
    assert found("Gerakan itu meluas ke Surabaya.") == [("PLACE", "Surabaya")]


def test_a_head_that_names_no_body_without_its_field_goes_on_past_a_bracketed_short_form():
    got = found("KPK mengirim surat kepada Direktorat Jenderal (Ditjen) Imigrasi pada Senin.")
    assert ("ORG", "Direktorat Jenderal Imigrasi") in got
    assert ("ORG", "Direktorat Jenderal") not in got


def test_initials_in_whose_name_a_thing_is_are_a_person():
    assert ("PERSON", "RHS") in found("Penyidik mengajukan pencegahan ke luar negeri atas nama RHS kepada imigrasi.")


def test_an_honorific_or_a_noble_s_title_after_a_village_head_is_no_village():
    assert titled("Kades H. Ahmad Fauzi menerima bantuan dari dinas.") == {"Ahmad Fauzi": "Kades"}
    assert ("PLACE", "Teuku") not in found("Kades Teuku Ahmad Fauzi menerima bantuan dari dinas.")
    # nor is a camat's district written so
    assert titled("Camat Ngadiman Budi Santoso menerima bantuan.") == {"Ngadiman Budi Santoso": "Camat"}


def test_the_country_programmes_and_networks_open_no_body():
    assert not any(kind == "ORG" for kind, _ in found(
        "Semua pihak wajib menjaga Negara Kesatuan Republik Indonesia dari ancaman terorisme."))
    assert not any(name.startswith(("Gerakan", "Jaringan")) for _, name in found(
        "Dinas menggelar Gerakan Pangan Murah saat Jaringan Internet di Papua terputus."))


def test_a_school_spelled_out_after_its_head_s_office_is_read_whole():
    assert ("ORG", "Sekolah Tinggi Ilmu Kepolisian") in found(
        "Kepala Sekolah Tinggi Ilmu Kepolisian Irjen Pol Agus Santoso membuka kuliah.")


def test_things_the_police_secure_named_by_their_short_form_are_no_people():
    got = found("Polres Jember mengamankan HP dan uang tunai milik korban.")
    assert ("PERSON", "HP") not in got


def test_second_review_a_suspect_s_initials_a_network_s_body_and_a_deputy_head_s_field_are_read_right():
    # a suspect's initials that are also a thing's short form stay the suspect's
    assert ("PERSON", "HP") in found("Polisi menangkap tersangka HP di rumahnya.")
    # a body named "Jaringan …" is one; the utilities' networks are none
    assert ("ORG", "Jaringan Pemantau Pendidikan Indonesia") in found(
        "Jaringan Pemantau Pendidikan Indonesia mengkritik kebijakan itu.")
    # the field of a deputy head's office opens no school
    assert not any(kind == "ORG" for kind, _ in found("Wakil Kepala Sekolah Bidang Kesiswaan Budi Santoso hadir."))
    # a firm's legal form "atas nama" is no one's initials
    assert ("PERSON", "CV") not in found("Rekening atas nama CV Maju Jaya dibekukan penyidik.")


def test_an_american_district_judge_is_no_papuan_district():
    text = "Hakim Distrik Amerika Serikat (AS), Susan Kellner, mengabulkan permohonan serikat pekerja."
    assert titled(text) == {"Susan Kellner": "Hakim Distrik"}
    assert not any(name.startswith("Distrik") for _, name in found(text))
