"""Who a description of people ends by naming, on Documents built by hand (session 22): a suspect
described by their case before the initials ("tersangka korupsi dana desa berinisial TK"), initials
set off by commas after a long description, and a body's seat named after its short form."""

from __future__ import annotations

from tests.test_event_reading import coded


def test_initials_after_a_long_description_of_the_case_name_the_one_held():
    assert coded("Kejari Sumedang memperpanjang masa penahanan tersangka korupsi dana desa Cibeureum berinisial "
                 "TK selama 30 hari.", [("Kejari Sumedang", "ORG", "IDN"), ("Cibeureum", "PLACE", "IDN"),
                                        ("TK", "PERSON", "IDN")],
                 sectors={"Kejari Sumedang": "JUD"}) == [("COERCE", "173", "Kejari Sumedang", "IDN", "TK", "IDN")]


def test_initials_after_a_second_noun_joined_by_and_are_that_noun_s_not_the_first_s():
    events = coded("Polisi memeriksa tersangka dan saksi berinisial AB di Mapolsek Cisarua.",
                   [("AB", "PERSON", "IDN"), ("Mapolsek Cisarua", "ORG", "IDN")])
    assert [e[4] for e in events] == ["tersangka", "AB"]


def test_initials_closing_a_long_description_after_a_comma_are_the_one_named_suspect():
    assert coded("Polres Kudus menetapkan pengelola tempat karaoke di Jati, berinisial MF, sebagai tersangka.",
                 [("Polres Kudus", "ORG", "IDN"), ("Jati", "PLACE", "IDN"), ("MF", "PERSON", "IDN")],
                 sectors={"Polres Kudus": "COP"}) == [("ACCUSE", "1121", "Polres Kudus", "IDN", "MF", "IDN")]


def test_a_province_right_after_a_body_s_short_form_is_its_seat_not_the_one_acting():
    assert coded("Badan Narkotika Nasional (BNN) Provinsi Jambi mengamankan seorang kurir berinisial DT.",
                 [("Badan Narkotika Nasional", "ORG", "IDN"), ("BNN", "ORG", "IDN"),
                  ("Provinsi Jambi", "PLACE", "IDN"), ("DT", "PERSON", "IDN")],
                 sectors={"Badan Narkotika Nasional": "COP", "BNN": "COP"}) == [
        ("COERCE", "173", "Badan Narkotika Nasional", "IDN", "DT", "IDN")]


def test_initials_closing_a_description_without_a_noun_of_people_are_reached_however_far():
    assert coded("Polresta Sleman menetapkan pemilik bengkel las di Depok, berinisial HR, sebagai tersangka.",
                 [("Polresta Sleman", "ORG", "IDN"), ("Depok", "PLACE", "IDN"), ("HR", "PERSON", "IDN")],
                 sectors={"Polresta Sleman": "COP"}) == [("ACCUSE", "1121", "Polresta Sleman", "IDN", "HR", "IDN")]


def test_members_of_a_mass_organisation_and_a_parking_attendant_are_actors_unnamed():
    assert coded("Polisi menahan tiga anggota ormas yang mengeroyok seorang juru parkir di Pasar Minggu.",
                 [("Pasar Minggu", "PLACE", "IDN")]) == [
        ("COERCE", "173", "Polisi", "IDN", "tiga anggota ormas", "IDN"),
        ("ASSAULT", "182", "tiga anggota ormas", "IDN", "seorang juru parkir", "IDN")]


def test_people_from_a_country_set_off_by_a_name_are_the_one_named_not_the_country():
    assert coded("PT Kereta Nusantara meneken kontrak pengadaan kereta dengan produsen asal Swiss, Alpen Rail AG, "
                 "di Bern.", [("PT Kereta Nusantara", "ORG", "IDN"), ("Swiss", "PLACE", "CHE"),
                             ("Alpen Rail AG", "ORG", "CHE"), ("Bern", "PLACE", "CHE")]) == [
        ("SUPPORT", "057", "PT Kereta Nusantara", "IDN", "Alpen Rail AG", "CHE")]


def test_a_signing_in_the_passive_is_between_those_listed_after_the_verb():
    assert coded("Nota kesepahaman itu ditandatangani oleh Pemprov Sulawesi Tengah dan investor asal Jepang, "
                 "Kaze Holdings, di Palu.", [("Pemprov Sulawesi Tengah", "ORG", "IDN"), ("Jepang", "PLACE", "JPN"),
                                            ("Kaze Holdings", "ORG", "JPN"), ("Palu", "PLACE", "IDN")],
                 sectors={"Pemprov Sulawesi Tengah": "GOV"}) == [
        ("SUPPORT", "057", "Pemprov Sulawesi Tengah", "IDN", "Kaze Holdings", "JPN")]
    # one signer alone signs with no one named
    assert coded("Surat edaran itu ditandatangani oleh Bupati Sigi.", [("Sigi", "PLACE", "IDN")]) == []


def test_an_office_named_with_its_region_and_no_name_is_the_one_urged():
    assert coded("Anggota DPRD Wayan Sudirta mendesak Bupati Badung segera menyegel vila itu.",
                 [("Wayan Sudirta", "PERSON", "IDN")]) == [
        ("REQUEST", "100", "Wayan Sudirta", "IDN", "Bupati Badung", "IDN")]


def test_a_noun_s_tail_before_a_relative_passive_with_its_agent_is_the_one_acted_on():
    assert coded("Sebanyak 12 pegawai honorer yang dipecat oleh Pemkot Bekasi mengadu ke DPRD.",
                 [("Pemkot Bekasi", "ORG", "IDN"), ("DPRD", "ORG", "IDN")], sectors={"Pemkot Bekasi": "GOV"})[0] == (
        "COERCE", "172", "Pemkot Bekasi", "IDN", "12 pegawai", "IDN")
    # a demonstrative may close the noun before the clause
    assert coded("Polisi tersebut, yang diserang oleh massa, dirawat di rumah sakit.", [])[0] == (
        "ASSAULT", "190", "massa", "IDN", "Polisi", "IDN")
    # a thing there takes the clause: the plant was sealed, not its workers
    assert [e for e in coded("Ratusan karyawan pabrik yang disegel oleh KLHK berunjuk rasa.", [("KLHK", "ORG", "IDN")])
            if e[0] == "COERCE" and e[4] == "Ratusan karyawan"] == []
    # without its agent the clause tells a state, no act
    assert coded("Status tersangka terorisme yang ditahan di Nusakambangan itu belum jelas.",
                 [("Nusakambangan", "PLACE", "IDN")]) == []


def test_a_plural_told_by_doubling_is_an_unnamed_actor_right_after_a_trigger_s_own_adverb():
    assert coded("BGN menindak tegas mitra-mitra yang melanggar standar operasional.",
                 [("BGN", "ORG", "IDN")], sectors={"BGN": "GOV"}) == [
        ("COERCE", "170", "BGN", "IDN", "mitra-mitra", "IDN")]


def test_the_members_of_a_faction_are_its_legislators():
    assert coded("Ketua Fraksi Nasdem Rina Wulandari mengajak seluruh anggota fraksinya hidup sederhana.",
                 [("Nasdem", "ORG", "IDN"), ("Rina Wulandari", "PERSON", "IDN")],
                 {"Rina Wulandari": "Ketua Fraksi Nasdem"}) == [
        ("REQUEST", "100", "Rina Wulandari", "IDN", "seluruh anggota fraksinya", "IDN")]


def test_the_one_concerned_is_the_person_named_last():
    text = "Warga melaporkan Rina Kartika ke polisi.\nYang bersangkutan membantah tuduhan itu."
    assert coded(text, [("Rina Kartika", "PERSON", "IDN")])[-1] == ("REJECT", "120", "Rina Kartika", "IDN", None, "IDN")


def test_review_a_doubled_agent_word_stays_whole_and_partners_abroad_are_no_actor():
    assert coded("Polisi menangkap seorang laki-laki yang mencuri sepeda motor.", []) == [
        ("COERCE", "173", "Polisi", "IDN", "seorang laki-laki", "IDN")]
    assert coded("Amerika Serikat mengenakan tarif tinggi kepada mitra dagangnya.",
                 [("Amerika Serikat", "PLACE", "USA")]) == []


def test_review_a_country_after_a_body_is_an_actor_of_its_own_not_the_body_s_seat():
    assert coded("Atas permintaan KPK, Singapura menahan buronan kasus korupsi itu.",
                 [("KPK", "ORG", "IDN"), ("Singapura", "PLACE", "SGP")])[0][2] == "Singapura"
    assert coded("Atas permintaan KPK Singapura menahan buronan kasus korupsi itu.",
                 [("KPK", "ORG", "IDN"), ("Singapura", "PLACE", "SGP")])[0][2] == "Singapura"


def test_review_initials_after_a_second_noun_are_that_noun_s():
    assert coded("Polisi menangkap pelaku penganiayaan terhadap seorang pelajar berinisial FA di Bekasi.",
                 [("FA", "PERSON", "IDN"), ("Bekasi", "PLACE", "IDN")]) == [
        ("COERCE", "173", "Polisi", "IDN", "pelaku", "IDN")]


def test_review_a_name_that_opens_the_next_clause_is_no_apposition_and_a_petition_signed_no_deal():
    assert coded("Usai bertemu investor asal China, Bahlil Lahadalia mengatakan investasi akan masuk.",
                 [("China", "PLACE", "CHN"), ("Bahlil Lahadalia", "PERSON", "IDN")]) == [
        ("CONSULT", "040", "Bahlil Lahadalia", "IDN", "investor asal China", "CHN")]
    assert coded("Petisi itu telah ditandatangani oleh ribuan warga dan mahasiswa.", []) == []


def test_review_an_office_with_its_region_after_a_day_s_name_is_still_the_one_acting():
    assert coded("Pada Senin Bupati Badung menyegel tiga vila ilegal di Canggu.", [("Canggu", "PLACE", "IDN")]) == [
        ("COERCE", "172", "Bupati Badung", "IDN", None, "IDN")]
