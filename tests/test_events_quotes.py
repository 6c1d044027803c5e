"""Events and quotes on sentences written for these tests: one construction each."""

from __future__ import annotations

from warta.model import RawRecord
from warta.pipeline import default_pipeline


def read(text: str, published: str = "2024-03-06"):
    return default_pipeline()(RawRecord(input="t", text=text, format="text", layout="body",
                                        meta={"published": published}))


def events(text: str) -> list[tuple]:
    return [(e.type, e.cameo, e.source.country, e.target.country, e.date, e.negated, e.intent, e.hypothetical)
            for e in read(text).events]


def test_active_verb_with_object():
    found = events("Menteri Luar Negeri Australia Penny Wong mengecam Rusia atas serangan itu.")
    assert ("ACCUSE", "111", "AUS", "RUS") in [f[:4] for f in found]


def test_passive_swaps_roles():
    found = events("Kapal Filipina diserang oleh Tiongkok di Laut China Selatan pada Senin (4/3/2024).")
    assert ("ASSAULT", "CHN", "PHL") in [(f[0], f[2], f[3]) for f in found]
    assert [f[4] for f in found] == ["2024-03-04"]


def test_coordinated_subjects_meet():
    found = events("Presiden Prabowo Subianto dan Perdana Menteri Jepang Shigeru Ishiba bertemu di Tokyo "
                   "pada Selasa (5/3/2024).")
    assert [(f[0], f[1], f[4]) for f in found] == [("CONSULT", "040", "2024-03-05")]
    assert {found[0][2], found[0][3]} == {"IDN", "JPN"}


def test_shared_subject_after_dan():
    found = events("Menteri Luar Negeri Retno Marsudi menelepon Menteri Luar Negeri Mesir Sameh Shoukry "
                   "dan bertemu dengan Menteri Luar Negeri Yordania Ayman Safadi.")
    pairs = [(f[1], f[2], f[3]) for f in found]
    assert ("041", "IDN", "EGY") in pairs and ("040", "IDN", "JOR") in pairs


def test_noun_event_between_two_actors():
    found = events("Pertemuan puncak antara Presiden Amerika Serikat Joe Biden dan Presiden Tiongkok Xi "
                   "Jinping digelar di San Francisco.")
    assert [(f[0], {f[2], f[3]}) for f in found] == [("CONSULT", {"USA", "CHN"})]


def test_visit_targets_the_host_country():
    found = events("Perdana Menteri India Narendra Modi tiba di Indonesia pada Rabu (6/3/2024).")
    assert [(f[1], f[2], f[3]) for f in found] == [("042", "IND", "IDN")]


def test_an_intent_to_meet_is_flagged_and_acts_not_done_are_no_events():
    planned = events("Presiden Prabowo Subianto akan bertemu dengan Presiden Rusia Vladimir Putin.")
    assert planned[0][:2] == ("AGREE", "036") and planned[0][6] is True
    assert events("Presiden Prabowo Subianto tidak bertemu dengan Presiden Rusia Vladimir Putin.") == []
    assert events("Rusia kemungkinan menyerang Ukraina pekan depan.") == []
    assert events("Rusia akan menyerang Ukraina pekan depan.") == []


def test_aid_kind_from_what_is_given():
    found = events("Amerika Serikat memberi Ukraina bantuan senjata dan amunisi.")
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [("AID", "072", "USA", "UKR")]


def names(text: str) -> list[tuple]:
    return [(e.type, e.cameo, s.name, t.name) for e in read(text).events for s, t in e.dyads()]


def test_a_seizure_of_things_is_done_to_their_unnamed_owner():
    assert names("Satpol PP Kabupaten Pasuruan sebelumnya menyita ribuan botol miras dari sebuah toko di Pandaan.") == [
        ("COERCE", "1711", "Satpol PP Kabupaten Pasuruan", None)]
    assert names("Sebanyak 36 kendaraan milik penunggak pajak disita Kantor Pelayanan Pajak Pratama Klaten.") == [
        ("COERCE", "1711", "Kantor Pelayanan Pajak Pratama Klaten", None)]


def test_an_investigation_needs_its_target_near_the_verb():
    assert names("KPK memeriksa Gubernur Bengkulu Rohidin Mersyah pada Senin (4/3/2024).") == [
        ("ACCUSE", "091", "KPK", "Rohidin Mersyah")]
    # what is examined here is documents; the governor is named far after the verb
    assert names("KPK memeriksa dokumen dan barang bukti yang ditemukan di rumah Gubernur Bengkulu "
                 "Rohidin Mersyah.") == []


def test_a_passive_agent_may_follow_the_verb_without_oleh():
    assert names("Gubernur Bengkulu Rohidin Mersyah ditahan KPK.") == [("COERCE", "173", "KPK", "Rohidin Mersyah")]
    assert names("Gubernur Bengkulu Rohidin Mersyah diperiksa KPK.") == [
        ("ACCUSE", "091", "KPK", "Rohidin Mersyah")]


def test_a_dismissal_is_an_administrative_sanction():
    assert names("Presiden Joko Widodo mencopot Kapolri Jenderal Listyo Sigit Prabowo.") == [
        ("COERCE", "172", "Joko Widodo", "Listyo Sigit Prabowo")]


def test_the_court_a_suit_goes_to_is_not_the_one_sued():
    assert names("Partai itu menggugat ke Mahkamah Konstitusi.") == []
    assert names("Partai itu menggugat hasil tersebut ke Mahkamah Konstitusi.") == []
    assert names("Partai Demokrat menggugat Komisi Pemilihan Umum ke Mahkamah Konstitusi.") == [
        ("ACCUSE", "115", "Partai Demokrat", "Komisi Pemilihan Umum")]


def test_without_oleh_the_one_acted_on_stands_right_before_the_passive_verb():
    assert names("Perpu itu tidak ditolak DPR.") == []


def test_a_place_gone_to_is_not_what_a_passive_verb_acts_on():
    # the seizure is done, its owner left unnamed; Las Vegas is where the car went, not whom
    assert names("Mobil itu dibawa ke Las Vegas namun disita oleh polisi Los Angeles.") == [
        ("COERCE", "1711", "polisi Los Angeles", None)]


def test_more_verbs_of_conflict_and_diplomacy():
    assert names("Hamas membebaskan tiga sandera Israel pada Sabtu.") == [("RETREAT", "0841", "Hamas", "Israel")]
    assert names("Amerika Serikat mendeportasi ratusan warga Meksiko.") == [
        ("COERCE", "174", "Amerika Serikat", "ratusan warga Meksiko")]
    assert names("Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Jepang Shigeru Ishiba.") == [
        ("CONSULT", "043", "Prabowo Subianto", "Shigeru Ishiba")]
    assert names("Ketua Umum PSI Kaesang Pangarep melaporkan Roy Suryo ke Polda Metro Jaya.") == [
        ("ACCUSE", "114", "Kaesang Pangarep", "Roy Suryo")]
    # "bunuh diri" is suicide; reporting news is no complaint to the police
    assert names("Pria itu bunuh diri di Jakarta.") == []
    assert names("Reuters melaporkan bahwa Rusia menyerang Ukraina.") == [("ASSAULT", "190", "Rusia", "Ukraina")]


def test_held_to_a_draw_is_no_arrest():
    assert names("Italia ditahan imbang oleh Irlandia.") == []


def test_background_events_are_not_new_events():
    assert events("Setelah pembicaraan dengan Jepang, Presiden Prabowo Subianto kembali ke Jakarta.") == []


def test_one_event_however_often_told():
    doc = read("Presiden Prabowo Subianto bertemu dengan Presiden Rusia Vladimir Putin pada Rabu (6/3/2024). "
               "Dalam kesempatan itu Presiden Prabowo Subianto bertemu dengan Presiden Rusia Vladimir Putin "
               "pada Rabu (6/3/2024).")
    assert len(doc.events) == 1 and len(doc.events[0].mentions) == 2


def quotes(text: str):
    return [(q.text, q.speaker.name if q.speaker else None, q.direct) for q in read(text).quotes]


def test_quote_with_reporting_verb_after():
    found = quotes("“Kami akan membantu korban banjir,” kata Gubernur Jawa Barat Dedi Mulyadi di Bandung.")
    assert found[0] == ("Kami akan membantu korban banjir,", "Dedi Mulyadi", True)


def test_pronoun_speaker_refers_back():
    found = quotes("“Harga beras akan turun,” ujar Menteri Perdagangan Budi Santoso. “Stok kita cukup,” "
                   "tambahnya.")
    assert [f[1] for f in found if f[2]] == ["Budi Santoso", "Budi Santoso"]


def test_speaker_before_the_quote():
    found = quotes("Menteri Keuangan Sri Mulyani mengatakan, “Defisit tetap terjaga.”")
    assert ("Defisit tetap terjaga.", "Sri Mulyani", True) in found  # the name the text writes


def test_multi_paragraph_quote():
    text = ("Juru Bicara KPK Budi Prasetyo menjelaskan pemeriksaan itu.\n\n“Saksi hadir sejak pagi.\n\n"
            "“Pemeriksaan selesai sore hari,” kata Budi.")
    found = [f for f in quotes(text) if f[2]]
    assert len(found) == 1 and found[0][0].startswith("Saksi hadir") and found[0][0].endswith("sore hari,")
    assert found[0][1] == "Budi Prasetyo"


def test_indirect_speech():
    found = quotes("Menteri Luar Negeri Sugiono mengatakan bahwa Indonesia mendukung kemerdekaan Palestina.")
    assert ("Indonesia mendukung kemerdekaan Palestina.", "Sugiono", False) in found


def test_katanya_after_a_new_speaker_is_that_speaker_and_a_nickname_in_brackets_is_the_person():
    doc = read('Kepala Dinas Kesehatan Eni Suhaeni menjelaskan aturan itu. "Ini bukan formalitas," pungkasnya.\n\n'
               'Sementara itu, Wamenkes Benjamin Paulus Octavianus mengatakan ada cara lain. '
               '"Ahli sanitasi akan ditempatkan," katanya.\n\n'
               'Direktur Bisnis Bank Mega Syariah Rasmoro Pramono Aji (Oney) hadir. "Sinergi ini penting," ujar Oney.')
    assert [(q.text[:12], q.speaker.name) for q in doc.quotes if q.direct] == [
        ("Ini bukan fo", "Eni Suhaeni"), ("Ahli sanitas", "Benjamin Paulus Octavianus"),
        ("Sinergi ini ", "Rasmoro Pramono Aji")]


def test_a_written_statement_quoted_is_its_body_s_and_kami_in_it_is_that_body():
    doc = read('BPBD Kabupaten Sukabumi memantau cuaca.\n\n"Kami mengimbau masyarakat di daerah rawan agar tetap '
               'waspada," pernyataan BPBD Sukabumi melalui rilis resminya.')
    # one body under both its names ("BPBD Kabupaten Sukabumi" … "BPBD Sukabumi"), named in full
    assert [q.speaker.name for q in doc.quotes] == ["BPBD Kabupaten Sukabumi"]
    assert [(e.type, e.source.name, e.target.name) for e in doc.events] == [
        ("REQUEST", "BPBD Kabupaten Sukabumi", "masyarakat")]
