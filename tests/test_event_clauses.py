"""Who acts and whether an act was done, clause by clause, on sentences written for these tests:
"kita" in a quotation, a clause reporting someone's words, the holder of a decision, an act
under a condition, cooperation ended and a vehicle broken down."""

from __future__ import annotations

from tests.test_event_reading import coded
from tests.test_events_quotes import names


def test_kita_before_a_verb_in_a_quotation_is_the_speaker_s_side():
    assert names('"Kami membenahi Garuda Indonesia, kemudian kita berunding dengan Jepang," kata Menko Airlangga '
                 'Hartarto.') == [("CONSULT", "040", "Airlangga Hartarto", "Jepang")]
    # not where it is someone's ("saudara-saudara kita"): no one is given aid here
    assert names('"Bantuan ini untuk saudara-saudara kita di Aceh," kata Airlangga Hartarto.') == []


def test_the_one_whose_words_a_clause_reports_is_not_its_subject():
    assert names("Kata Budi Santoso, bahaya banjir mengancam para petani di hilir sungai.") == []
    assert names("Menurut Budi Santoso, KPK menahan Andi Wirawan.") == [
        ("COERCE", "173", "KPK", "Andi Wirawan")]


def test_the_holder_of_a_decision_acts_in_its_purpose_clause():
    assert names("Menpora menyambut baik keputusan dari PSSI untuk memberhentikan pelatih Rudi Hartono.") == [
        ("SUPPORT", "051", "Menpora", "PSSI"), ("COERCE", "172", "PSSI", "Rudi Hartono")]


def test_an_act_under_a_condition_is_not_done_but_a_threat_is_made():
    assert names('"Kalau anggarannya cair, kami memberikan subsidi kepada para petani," kata Budi Santoso.') == []
    assert [e[:3] for e in names("Jika uang itu tidak diberikan, Budi Santoso mengancam akan melapor ke polisi.")] == [
        ("THREATEN", "130", "Budi Santoso")]


def test_cooperation_ended_is_no_cooperation():
    assert names("PSSI mengumumkan pemutusan kerja sama dengan Patrick Kluivert.") == []
    assert [e[:3] for e in names("PSSI melakukan pemutusan kerja sama dengan Patrick Kluivert.")] == [
        ("SANCTION", "160", "PSSI")]


def test_a_vehicle_broken_down_is_no_strike_but_workers_striking_are():
    assert names("Para pengemudi ojek online menepi karena khawatir motor mogok.") == []
    assert [e[:3] for e in names("Ratusan buruh melakukan mogok kerja di depan pabrik.")] == [
        ("PROTEST", "143", "Ratusan buruh")]


def test_a_signing_between_two_bodies_told_as_a_noun():
    assert names("Penandatanganan nota kesepakatan antara Pemerintah Provinsi Jawa Tengah dan Kanwil BPN "
                 "Jawa Tengah berlangsung di Semarang.") == [
        ("SUPPORT", "057", "Pemerintah Provinsi Jawa Tengah", "Kanwil BPN Jawa Tengah")]
    # after a verb "antara" names what was discussed, not who met
    assert names("Pertemuan tersebut membahas peluang sinergi antara media dan Bank Indonesia.") == []


def test_a_matter_taken_up_with_someone_is_a_consultation_told_to_the_public_it_is_not():
    assert names("Budi Santoso sudah mengkomunikasikan hal itu dengan Menteri Hukum Supratman Andi Agtas.") == [
        ("CONSULT", "040", "Budi Santoso", "Supratman Andi Agtas")]
    assert names("Pemerintah mengkomunikasikan kebijakan itu kepada masyarakat.") == []


def test_the_one_acted_on_may_be_named_with_what_they_drove_or_owned():
    assert names("Pengemudi mobil tersebut telah diamankan polisi.") == [("COERCE", "173", "polisi", "Pengemudi")]


def test_an_office_then_its_holder_between_commas_is_one_target():
    assert names("Wali Kota Surabaya Eri Cahyadi mencopot Camat Tambaksari, Ardiansyah Putra, karena dinilai "
                 "lamban.") == [("COERCE", "172", "Eri Cahyadi", "Ardiansyah Putra")]
    # a list joined by "dan" stays a list
    assert [e[3] for e in names("Polisi menangkap Budi Santoso, Andi Wirawan, dan Rudi Hartono.")] == [
        "Budi Santoso", "Andi Wirawan", "Rudi Hartono"]


def test_an_act_scheduled_is_planned_not_done():
    assert names('"Kami sudah menjadwalkan pemeriksaan terhadap Budi Santoso pada pekan depan," kata '
                 "Kabid Humas Polda Jawa Barat Kombes Hendra Gunawan.") == []


def test_the_one_named_by_initials_after_a_noun_or_an_office_is_the_target():
    assert names("Kejati Jatim menahan dua tersangka berinisial AS dan MF terkait dugaan korupsi.") == [
        ("COERCE", "173", "Kejati Jatim", "AS"), ("COERCE", "173", "Kejati Jatim", "MF")]
    assert names("Polres Metro Bekasi menahan seorang pelajar SMP berinisial AF.") == [
        ("COERCE", "173", "Polres Metro Bekasi", "AF")]
    assert names("Penyidik Kejagung memeriksa Direktur Impor Kementerian Perdagangan berinisial IW sebagai "
                 "saksi.") == [("ACCUSE", "091", "Kejaksaan Agung", "IW")]


def test_mereka_opening_a_sentence_is_the_group_that_acted_just_before():
    assert names("Ratusan buruh berunjuk rasa di depan DPRD. Mereka meminta DPRD menolak kenaikan iuran.") == [
        ("PROTEST", "140", "Ratusan buruh", "DPRD"), ("REQUEST", "100", "Ratusan buruh", "DPRD")]
    # with no group acting before, "mereka" stands for no one
    assert names("Hujan turun sejak pagi. Mereka meminta DPRD menolak kenaikan iuran.") == []


def test_a_topic_a_way_of_looking_or_an_act_said_done_is_no_condition():
    assert [e[:2] for e in names("Jika dilihat dari rekaman CCTV, pelaku memukul korban berkali-kali.")] == [
        ("ASSAULT", "182")]
    assert [e[:2] for e in names("Bila ditotal, KPK telah menahan sepuluh tersangka dalam kasus itu.")] == [
        ("COERCE", "173")]
    assert [e[:2] for e in names('"Kalau untuk kasus ini, kami sudah menahan dua tersangka," kata Kapolres Bogor '
                                 'AKBP Rio Wahyu.')] == [("COERCE", "173")]


def test_grief_and_a_full_hospital_refuse_no_one_and_a_body_examined_is_no_suspect():
    assert names("Keluarga korban tidak bisa menerima kematian anaknya.") == []
    assert names("Rumah sakit itu tidak dapat menerima pasien baru karena penuh.") == []
    assert names("Dokter forensik melakukan pemeriksaan terhadap jenazah korban.") == []


def test_an_act_a_power_or_a_right_allows_is_not_done():
    assert names("Menurut Budi Santoso, KPK berwenang menahan Andi Wirawan.") == []
    assert names("Menurut Budi Santoso, warga berhak menolak Andi Wirawan.") == []


def test_a_request_joined_after_another_verb_s_clause_is_made_whatever_that_clause_negates_or_wishes():
    assert names("Budi Santoso berharap kejadian itu tak terulang dan meminta Andi Wirawan mundur.") == [
        ("REQUEST", "100", "Budi Santoso", "Andi Wirawan")]
    assert names("Budi Santoso tidak hadir dan meminta Andi Wirawan mundur.") == [
        ("REQUEST", "100", "Budi Santoso", "Andi Wirawan")]
    # a plan reaches both verbs; a request joined to a request shares its negation
    assert names("Budi Santoso akan datang dan meminta Andi Wirawan mundur.") == []
    assert names("Budi Santoso tidak meminta dan mendesak Andi Wirawan mundur.") == []


def test_thanks_joined_with_appreciation_reach_the_one_thanked():
    assert names('"Kami menyampaikan terima kasih dan apresiasi setinggi-tingginya kepada jajaran Polres Bogor," '
                 'kata Budi Santoso.') == [("SUPPORT", "051", "Budi Santoso", "Polres Bogor")]


def test_a_power_inside_a_description_of_the_subject_or_another_clause_leaves_the_act_done():
    people = [("KPK", "ORG", "IDN"), ("Hartono Wibowo", "PERSON", "IDN")]
    assert coded("KPK, lembaga yang berwenang menyidik korupsi, menahan Hartono Wibowo.", people,
                 sectors={"KPK": "JUD"}) == [("COERCE", "173", "KPK", "IDN", "Hartono Wibowo", "IDN")]
    assert coded("Merasa berhak atas lahan itu, KPK menahan Hartono Wibowo.", people, sectors={"KPK": "JUD"}) == [
        ("COERCE", "173", "KPK", "IDN", "Hartono Wibowo", "IDN")]
    # close before the act, but another verb or a comma between: the power is that verb's or done with
    assert coded("KPK yang berwenang menyidik menahan Hartono Wibowo.", people, sectors={"KPK": "JUD"}) == [
        ("COERCE", "173", "KPK", "IDN", "Hartono Wibowo", "IDN")]
    assert coded("KPK yang berwenang, langsung menahan Hartono Wibowo.", people, sectors={"KPK": "JUD"}) == [
        ("COERCE", "173", "KPK", "IDN", "Hartono Wibowo", "IDN")]


def test_a_request_after_a_transitive_verb_shares_its_negation():
    assert names("Menurut Andi Wirawan, KPK tidak menggeledah dan meminta dokumen dari Budi Santoso.") == []


def test_after_menurut_the_person_a_description_sets_off_is_the_one_who_judges():
    # (session 27) the speaker described before their name: "Menurut pengamat …, Nama, …"
    assert names("Menurut pengamat politik Universitas Gadjah Mada, Rudi Hartanto, keputusan Bupati Andi "
                 "Wirawan itu merupakan langkah keliru.") == [("ACCUSE", "111", "Rudi Hartanto", "Andi Wirawan")]
