"""Everyday domestic acts the coder missed before session 35, on Documents built by hand with
their actors set: an ambush arrest, papers taken in a search, the defence's objection to an
indictment once made (not announced, not the court ruling on it, nor the prosecutors' reply) and a
resolve to punish said without a condition (not one to help). Sentences written for these tests."""

from __future__ import annotations

from tests.documents import build
from warta.stages.events import Events
from warta.stages.quotes import Quotes

ACTORS = [("Satreskrim Polres Blitar", "ORG", "IDN", "COP"), ("AM", "PERSON", "IDN"),
          ("Polres Sleman", "ORG", "IDN", "COP"), ("Budi Santoso", "PERSON", "IDN"),
          ("Arif Santosa", "PERSON", "IDN", "COP", "Kapolres Madiun"), ("Sri Wahyuni", "PERSON", "IDN", "GOV")]


def _read(text: str, actors: list[tuple], quotes: bool = False) -> list:
    """The events of a Document built by hand with the actors the text names (the quotes stage
    first where "kami" must be its speaker's)."""
    doc = build("Jakarta - kabar hari ini.\n" + text, [a for a in actors if a[0] in text])
    return Events()(Quotes()(doc) if quotes else doc).events


def coded(text: str) -> list[tuple]:
    return [(e.type, e.cameo, s.name, t.name if t else None) for e in _read(text, ACTORS) for s, t in e.dyads()]


def test_an_ambush_is_an_arrest():
    assert coded("Tim Satreskrim Polres Blitar menyergap seorang sopir truk berinisial AM di rumahnya.") == [
        ("COERCE", "173", "Satreskrim Polres Blitar", "AM")]


def test_papers_and_devices_taken_in_a_search_are_seized_from_their_unnamed_owner():
    assert coded("Penyidik Polres Sleman turut mengamankan sejumlah kuitansi dan buku kas dari ruang guru.") == [
        ("COERCE", "1711", "Polres Sleman", None)]


def test_the_defence_s_objection_rejects_the_indictment_once_made():
    assert coded("Budi Santoso mengajukan nota keberatan atau eksepsi atas dakwaan jaksa.") == [
        ("REJECT", "120", "Budi Santoso", "jaksa")]
    assert coded("Budi Santoso membacakan eksepsi di Pengadilan Tipikor pada Senin.") == [
        ("REJECT", "120", "Budi Santoso", None)]
    # announced, it is not yet made
    assert coded("Budi Santoso menyatakan akan mengajukan eksepsi atas dakwaan jaksa.") == []


def test_the_court_ruling_on_the_objection_or_the_prosecutors_reply_is_not_the_defence_s_rejection():
    assert coded("Majelis hakim menolak eksepsi terdakwa Budi Santoso dalam putusan sela.") == [
        ("REJECT", "120", "Majelis hakim", "Budi Santoso")]
    assert coded("Dalam putusan sela, majelis hakim menyatakan eksepsi Budi Santoso tidak dapat diterima.") == []
    # a judge giving the defence its turn rejects nothing
    assert coded("Majelis hakim memberikan kesempatan kepada Budi Santoso untuk mengajukan eksepsi.") == []
    assert coded("Jaksa akan menyampaikan tanggapan atas eksepsi Budi Santoso pekan depan.") == []
    assert coded("Sri Wahyuni mengatakan pihaknya siap menjawab eksepsi yang diajukan Budi Santoso.") == []


def test_a_resolve_to_punish_said_without_a_condition_threatens_those_it_names():
    assert coded("Arif Santosa menegaskan pihaknya tidak akan segan menindak pelaku penimbunan beras.") == [
        ("THREATEN", "130", "Arif Santosa", "pelaku")]
    assert coded("Arif Santosa tak ragu mencabut izin usaha yang melanggar.") == [
        ("THREATEN", "130", "Arif Santosa", None)]


def test_a_resolve_to_help_is_no_threat():
    assert coded("Sri Wahyuni tidak segan membantu warga yang kesulitan.") == []
    assert coded("Sri Wahyuni tidak ragu menyampaikan pendapatnya di depan dewan.") == []


LISTED = [("Pengadilan Negeri Medan", "ORG", "IDN", "JUD"), ("Agus Salim", "PERSON", "IDN"),
          ("Budi Prakoso", "PERSON", "IDN"), ("Desa Sukamaju", "PLACE", "IDN"), ("Kabupaten Kediri", "PLACE", "IDN"),
          ("PT Batu Alam Sejahtera", "ORG", "IDN", "BUS")]


def coded_with(text: str, actors: list[tuple], quotes: bool = False) -> list[tuple]:
    return [(e.type, s.name, t.name if t else None) for e in _read(text, actors, quotes) for s, t in e.dyads()]


def test_people_listed_after_the_comma_that_closes_a_group_s_description_are_each_acted_on():
    assert coded_with("Pengadilan Negeri Medan menjatuhkan hukuman mati kepada dua terdakwa kasus narkoba, "
                      "Agus Salim dan Budi Prakoso.", LISTED) == [
        ("COERCE", "Pengadilan Negeri Medan", "dua terdakwa"), ("COERCE", "Pengadilan Negeri Medan", "Agus Salim"),
        ("COERCE", "Pengadilan Negeri Medan", "Budi Prakoso")]
    # after a preposition the phrase says where, and the names after the comma open a clause
    assert coded_with("Pengadilan Negeri Medan menjatuhkan hukuman mati kepada dua terdakwa di ruang sidang, "
                      "Agus Salim dan Budi Prakoso ikut menyaksikan.", LISTED) == [
        ("COERCE", "Pengadilan Negeri Medan", "dua terdakwa")]


def test_a_place_set_off_by_commas_after_a_group_says_where_it_is_and_does_not_act():
    assert coded_with("Warga Desa Sukamaju, Kabupaten Kediri, memblokade jalan tambang milik PT Batu Alam "
                      "Sejahtera sejak Senin.", LISTED) == [
        ("PROTEST", "Warga Desa Sukamaju", "PT Batu Alam Sejahtera")]


def test_a_complaint_voiced_is_one_and_a_market_s_supply_is_no_aid():
    traders = [("Pasar Kramat Jati", "PLACE", "IDN")]
    assert coded_with("Sejumlah pedagang di Pasar Kramat Jati mengeluhkan pasokan beras yang tersendat.", traders) == [
        ("ACCUSE", "Sejumlah pedagang", None)]
    assert coded_with("Sejumlah pedagang di Pasar Kramat Jati khawatir pasokan beras tersendat.", traders) == []
    # a patient's symptoms are no complaint
    assert coded_with("Sejumlah pedagang mengeluhkan sakit perut setelah makan.", traders) == []


ROAD = [("PT Sinar Jaya", "ORG", "IDN", "BUS"), ("DPRD Maluku", "ORG", "IDN", "LEG"),
        ("Budi Santoso", "PERSON", "IDN", "COP", "Kapolresta Ambon"), ("Dinas Perhubungan", "ORG", "IDN", "GOV")]


def test_a_road_closed_by_residents_is_a_blockade_but_not_one_closed_for_a_wedding_or_by_officials():
    assert coded_with("Ratusan warga menutup akses jalan menuju areal kebun milik PT Sinar Jaya dengan portal "
                      "bambu.", ROAD) == [("PROTEST", "Ratusan warga", "PT Sinar Jaya")]
    assert coded_with("Warga menutup jalan untuk acara pernikahan.", ROAD) == []
    assert coded_with("Dinas Perhubungan menutup jalan itu selama perbaikan.", ROAD) == []


def test_a_regulation_judged_harmful_is_criticism_of_the_body_that_passed_it():
    assert coded_with("Massa menilai perda yang disahkan DPRD Maluku pada Agustus lalu itu memberatkan nelayan.",
                      ROAD) == [("ACCUSE", "Massa", "DPRD Maluku")]


def quoted(text: str) -> list[tuple]:
    """The events of a quotation whose speaker the quotes stage reads first ("kami" is theirs)."""
    return coded_with(text, ROAD, quotes=True)


def test_a_bare_verb_after_yang_and_a_pronoun_acts_on_the_noun_before_yang():
    assert quoted('"Ada 14 orang yang kami amankan," kata Budi Santoso.') == [("COERCE", "Budi Santoso", "14 orang")]
    assert quoted('"Warga yang kami bantu sudah pulang," kata Budi Santoso.') == []


def test_a_case_raised_to_investigation_investigates_those_left_unnamed():
    actors = [("Kejati Sulut", "ORG", "IDN", "JUD"), ("PT Karya Mandiri", "ORG", "IDN", "BUS"),
              ("Andi Wijaya", "PERSON", "IDN")]
    assert coded_with("Kejati Sulut meningkatkan status perkara dugaan korupsi yang melibatkan direksi PT Karya "
                      "Mandiri dari penyelidikan ke penyidikan.", actors) == [("ACCUSE", "Kejati Sulut", None)]
    # the one the case names may be its victim
    assert coded_with("Kejati Sulut menaikkan status perkara penganiayaan terhadap Andi Wijaya ke penyidikan.",
                      actors) == [("ACCUSE", "Kejati Sulut", None)]
    # raised otherwise, a case is no investigation
    assert coded_with("Kejati Sulut meningkatkan kasus pelayanan publik yang selesai tahun ini.", actors) == []


def test_a_dispute_called_a_conflict_is_no_fighting():
    sides = [("PT Bumi Sari", "ORG", "IDN", "BUS"), ("TNI", "ORG", "IDN", "MIL"), ("AS", "PLACE", "USA"),
             ("China", "PLACE", "CHN")]
    assert coded_with("Konflik lahan antara warga dengan PT Bumi Sari kembali memanas.", sides) == []
    assert coded_with("Perang dagang antara AS dan China memanas.", sides) == []
    assert coded_with("Konflik antara TNI dan warga bersenjata menewaskan dua orang.", sides)[0][0] == "ASSAULT"


def test_what_the_review_found_misread_is_read_right():
    # (review, session 35) supplies and records kept safe, symptoms, an armed group's ambush, a road
    # closed for a wedding or by its operator, a list of towns, names opening a clause, a resolve
    # to choose, candy, a court's ruling
    others = [("Pertamina Patra Niaga", "ORG", "IDN", "BUS"), ("Pemprov DKI Jakarta", "ORG", "IDN", "GOV"),
              ("Kelompok Kriminal Bersenjata", "ORG", "IDN", "REB"), ("TNI", "ORG", "IDN", "MIL"),
              ("Jasa Marga", "ORG", "IDN", "BUS"), ("Pemkab Sleman", "ORG", "IDN", "GOV"),
              ("Bantul", "PLACE", "IDN"), ("Kulon Progo", "PLACE", "IDN"), ("Pemprov DIY", "ORG", "IDN", "GOV"),
              ("KPK", "ORG", "IDN", "JUD"), ("Agus Salim", "PERSON", "IDN"), ("Budi Prakoso", "PERSON", "IDN"),
              ("Bojan Hodak", "PERSON", "IDN"), ("Mahkamah Konstitusi", "ORG", "IDN", "JUD"),
              ("Amerika Serikat", "PLACE", "USA"), ("Ukraina", "PLACE", "UKR")]
    assert coded_with("Pertamina Patra Niaga mengamankan pasokan BBM selama arus mudik.", others) == []
    assert coded_with("Pemprov DKI Jakarta mengamankan komputer dan server data dari serangan siber.", others) == []
    assert coded_with("Puluhan siswa mengeluhkan gejala mual setelah makan siang.", others) == []
    assert not any(e[0] == "COERCE" for e in coded_with(
        "Kelompok Kriminal Bersenjata menyergap anggota TNI yang sedang berpatroli.", others))
    assert coded_with("Warga menutup jalan kampung dengan tenda hajatan pernikahan.", others) == []
    assert coded_with("Jasa Marga menutup akses jalan tol itu akibat banjir.", others) == []
    # a place listed among the signers is one of them, no seat ("Pemkab Sleman, Bantul, dan …")
    signers = [e[1] for e in coded_with("Pemkab Sleman, Bantul, dan Kulon Progo menandatangani kesepakatan dengan "
                                        "Pemprov DIY.", others)]
    assert "Bantul" in signers and "Kulon Progo" in signers
    assert coded_with("KPK memeriksa dua saksi kasus suap, Agus Salim dan Budi Prakoso mangkir dari panggilan.",
                      others)[0] == ("ACCUSE", "KPK", "dua saksi")
    assert ("ACCUSE", "KPK", "Agus Salim") not in coded_with(
        "KPK memeriksa dua saksi kasus suap, Agus Salim dan Budi Prakoso mangkir dari panggilan.", others)
    assert coded_with("Bojan Hodak tidak ragu menjatuhkan pilihan kepada pemain muda.", others) == []
    assert coded_with("Pengamat menilai permen susu yang beredar di sekolah itu bermasalah.", others) == []
    assert coded_with("Mahkamah Konstitusi menyatakan undang-undang tersebut bertentangan dengan UUD 1945.",
                      others) == []
    # arms supplied are aid
    assert coded_with("Amerika Serikat melanjutkan pasokan senjata ke Ukraina.", others) == [
        ("AID", "Amerika Serikat", "Ukraina")]


def test_an_office_referred_to_after_a_verb_is_the_one_whose_name_its_head_opens():
    offices = [("Ombudsman", "ORG", "IDN", "GOV"), ("Dinas Pendidikan Kota Palu", "ORG", "IDN", "GOV")]
    got = coded_with("Ombudsman memeriksa Dinas Pendidikan Kota Palu.\nOmbudsman meminta dinas tersebut membatalkan "
                     "kelulusan 47 siswa.", offices)
    assert got[-1] == ("REQUEST", "Ombudsman", "Dinas Pendidikan Kota Palu")
    # a fee is no commission: "komisi" after a verb is not read so
    fee = [("Komisi IV DPR", "ORG", "IDN", "LEG"), ("KPK", "ORG", "IDN", "JUD")]
    assert ("COERCE", "KPK", "Komisi IV DPR") not in coded_with(
        "Komisi IV DPR menggelar rapat.\nKPK menyita komisi tersebut dari rekening tersangka.", fee)


def test_after_dan_a_verb_is_done_by_the_body_opening_the_sentence_not_one_named_in_its_object():
    found = [("BPK Perwakilan Bengkulu", "ORG", "IDN", "GOV"), ("Dinas PUPR Kabupaten Kaur", "ORG", "IDN", "GOV")]
    assert coded_with("BPK Perwakilan Bengkulu menemukan kelebihan pembayaran dalam proyek jalan Dinas PUPR "
                      "Kabupaten Kaur dan meminta dinas itu mengembalikan uang tersebut.", found) == [
        # (the overpayment found investigates the office whose project it was: session 36)
        ("ACCUSE", "BPK Perwakilan Bengkulu", "Dinas PUPR Kabupaten Kaur"),
        ("REQUEST", "BPK Perwakilan Bengkulu", "Dinas PUPR Kabupaten Kaur")]
    # a clause of its own between ("yang …") leaves the verb after "dan" to the nearest actor
    assert coded_with("BPK Perwakilan Bengkulu menemukan proyek yang dikerjakan Dinas PUPR Kabupaten Kaur dan "
                      "meminta warga bersabar.", found)[0][1] != "BPK Perwakilan Bengkulu"


def test_what_the_second_review_found_misread_is_read_right():
    # (second review, session 35) a clause said with its own subject, an official house, names
    # followed by a day, arms held back
    sides = [("Polsek Kaur", "ORG", "IDN", "COP"), ("Andi Wijaya", "PERSON", "IDN"), ("KPK", "ORG", "IDN", "JUD"),
             ("Dinas PUPR", "ORG", "IDN", "GOV"), ("Pengadilan Negeri Medan", "ORG", "IDN", "JUD"),
             ("Agus Salim", "PERSON", "IDN"), ("Budi Prakoso", "PERSON", "IDN"), ("Jerman", "PLACE", "DEU"),
             ("Ukraina", "PLACE", "UKR")]
    got = coded_with("Budi Prakoso melihat Polsek Kaur datang dan menangkap Andi Wijaya.", sides)
    assert got == [("COERCE", "Polsek Kaur", "Andi Wijaya")]
    assert coded_with("KPK memeriksa Dinas PUPR.\nKPK lalu menggeledah rumah dinas tersebut.", sides)[-1] == (
        "ACCUSE", "KPK", None)
    got = coded_with("Pengadilan Negeri Medan menjatuhkan hukuman mati kepada dua terdakwa kasus narkoba, Agus Salim "
                     "dan Budi Prakoso pada Senin.", sides)
    assert ("COERCE", "Pengadilan Negeri Medan", "Agus Salim") in got
    assert coded_with("Jerman menangguhkan pasokan senjata ke Ukraina.", sides) == []


def test_couriers_arrested_and_those_caught_in_a_sting_told_with_dalam():
    # (after the unseen measure, session 35) a courier is one acted on; "terjaring dalam OTT KPK"
    law = [("Polda Kalimantan Timur", "ORG", "IDN", "COP"), ("KPK", "ORG", "IDN", "JUD"),
           ("Fauzi Rahman", "PERSON", "IDN")]
    assert coded_with("Polda Kalimantan Timur menangkap dua kurir sabu di Pelabuhan Semayang.", law) == [
        ("COERCE", "Polda Kalimantan Timur", "dua kurir sabu")]
    got = coded_with("Sebanyak tujuh orang terjaring dalam operasi tangkap tangan KPK, termasuk Fauzi Rahman.", law)
    assert ("COERCE", "KPK", "Fauzi Rahman") in got
