"""The events stage on Documents built by hand, one test per failure class found in session 8's
reading of domestic news: long titles, sentences sought, verdicts, -nya objects, epithets,
"kedua pihak", hopes and urgings, criticism received, triggers inside names, hunted fugitives,
ter- passives, and the country a body's or a title's name gives."""

from __future__ import annotations

from tests.documents import build
from warta.gazetteer import gazetteer
from warta.model import Document
from warta.stages.countries import country_named_in
from warta.stages.events import Events


def coded(text: str, entities: list[tuple[str, str, str | None]], titles: dict[str, str] | None = None,
          sectors: dict[str, str] | None = None) -> list[tuple]:
    doc = build(text, entities)
    for entity in doc.entities:
        entity.title = (titles or {}).get(entity.name)
        entity.sector = (sectors or {}).get(entity.name)
    return _events(Events()(doc))


def _events(doc: Document) -> list[tuple]:
    """Each pair of each event (an act told of several: one pair each, as the store keeps them)."""
    return [(e.type, e.cameo, s.name, s.country, t.name, t.country) for e in doc.events for s, t in e.dyads()]


def test_a_long_title_counts_as_part_of_the_one_acted_on():
    assert coded("Jaksa penuntut umum mendakwa mantan Direktur Utama PT Timah Riza Pahlevi merugikan negara.",
                 [("PT Timah", "ORG", "IDN"), ("Riza Pahlevi", "PERSON", "IDN")],
                 {"Riza Pahlevi": "Direktur Utama PT Timah"}) == [
        ("COERCE", "173", "Jaksa penuntut umum", "IDN", "Riza Pahlevi", "IDN")]
    # what a summons needs ("diperiksa") may stand after a long title and name
    assert coded("KPK memanggil Sekretaris Daerah Kabupaten Lampung Tengah Welly Adiwantra untuk diperiksa.",
                 [("KPK", "ORG", "IDN"), ("Kabupaten Lampung Tengah", "PLACE", "IDN"),
                  ("Welly Adiwantra", "PERSON", "IDN")], {"Welly Adiwantra": "Sekretaris Daerah"}) == [
        ("ACCUSE", "091", "KPK", "IDN", "Welly Adiwantra", "IDN")]


def test_two_titled_people_joined_by_dan_keep_their_own_titles():
    assert coded("Menteri Luar Negeri Korea Selatan Park Jin dan Menteri Luar Negeri AS Antony Blinken "
                 "mengadakan pembicaraan.",
                 [("Korea Selatan", "PLACE", "KOR"), ("Park Jin", "PERSON", "KOR"), ("AS", "PLACE", "USA"),
                  ("Antony Blinken", "PERSON", "USA")],
                 {"Park Jin": "Menteri Luar Negeri", "Antony Blinken": "Menteri Luar Negeri"}) == [
        ("CONSULT", "040", "Park Jin", "KOR", "Antony Blinken", "USA")]


def test_a_sentence_sought_is_a_charge_and_a_demand_is_a_request():
    people = [("Harvey Moeis", "PERSON", "IDN")]
    assert coded("Jaksa menuntut Harvey Moeis dengan hukuman 12 tahun penjara.", people) == [
        ("COERCE", "173", "Jaksa", "IDN", "Harvey Moeis", "IDN")]
    assert coded("Buruh menuntut Harvey Moeis menaikkan upah.", people) == [
        ("REQUEST", "100", "Buruh", "IDN", "Harvey Moeis", "IDN")]


def test_a_verdict_names_the_one_sentenced_after_its_length():
    assert coded("Majelis hakim menjatuhkan vonis 6 tahun penjara kepada Thomas Lembong.",
                 [("Thomas Lembong", "PERSON", "IDN")]) == [
        ("COERCE", "173", "Majelis hakim", "IDN", "Thomas Lembong", "IDN")]


def test_a_verb_s_nya_object_is_the_person_named_before():
    assert coded("Gibran Rakabuming Raka menanggapi partai politik yang memintanya berkantor di IKN.",
                 [("Gibran Rakabuming Raka", "PERSON", "IDN")]) == [
        ("REQUEST", "100", "partai politik", "IDN", "Gibran Rakabuming Raka", "IDN")]


def test_an_epithet_with_a_demonstrative_is_the_person_named_before():
    assert coded("Nikita Mirzani hadir di sidang.\nAktris berusia 39 tahun itu menuding Kejari Jakarta Selatan.",
                 [("Nikita Mirzani", "PERSON", "IDN"), ("Kejari Jakarta Selatan", "ORG", "IDN")]) == [
        ("ACCUSE", "112", "Nikita Mirzani", "IDN", "Kejari Jakarta Selatan", "IDN")]
    # the province inside the epithet describes the man; it is not the one named a suspect
    assert coded("Sahbirin Noor tidak hadir.\nMantan Gubernur Kalimantan Selatan itu ditetapkan sebagai tersangka "
                 "oleh KPK.", [("Sahbirin Noor", "PERSON", "IDN"), ("Kalimantan Selatan", "PLACE", "IDN"),
                               ("KPK", "ORG", "IDN")]) == [
        ("ACCUSE", "1121", "KPK", "IDN", "Sahbirin Noor", "IDN")]


def test_kedua_pihak_is_the_two_parties_named_last():
    entities = [("Irfan Yusuf", "PERSON", "IDN"), ("Tawfiq Al-Rabiah", "PERSON", "SAU"), ("Prabowo", "PERSON", "IDN")]
    titles = {"Irfan Yusuf": "Menteri Haji", "Tawfiq Al-Rabiah": "Menteri Haji", "Prabowo": "Presiden"}
    assert coded("Irfan Yusuf menyambut Tawfiq Al-Rabiah di Jakarta.\nPrabowo hadir.\n"
                 "Kedua menteri sepakat membentuk tim bersama.", entities, titles) == [
        ("AGREE", "030", "Irfan Yusuf", "IDN", "Tawfiq Al-Rabiah", "SAU")]


def test_a_hope_or_an_urging_is_a_request_only_to_someone_named_right_after_it():
    bodies = [("Yuni", "PERSON", "IDN"), ("Pemkot Semarang", "ORG", "IDN"), ("Dewan Keamanan PBB", "ORG", None)]
    assert coded("Yuni berharap Pemkot Semarang segera menyediakan solusi.", bodies) == [
        ("REQUEST", "100", "Yuni", "IDN", "Pemkot Semarang", "IDN")]
    assert coded("Yuni berharap kasus ini cepat selesai di Pemkot Semarang.", bodies) == []
    assert coded("Yuni mendorong implementasi penuh resolusi Dewan Keamanan PBB.", bodies) == []
    assert coded("Yuni mendorong Pemkot Semarang untuk membangun tanggul.", bodies) == [
        ("REQUEST", "100", "Yuni", "IDN", "Pemkot Semarang", "IDN")]


def test_criticism_received_comes_from_the_one_named_after_dari():
    assert coded("Kebijakan Purbaya menuai kritik keras dari DPR dan pengamat.",
                 [("Purbaya", "PERSON", "IDN"), ("DPR", "ORG", "IDN")]) == [
        ("ACCUSE", "111", "DPR", "IDN", "Purbaya", "IDN")]


def test_a_trigger_inside_a_name_is_no_event():
    assert coded("Joe Biden bertemu Xi Jinping di forum Kerja Sama Ekonomi Asia-Pasifik di San Francisco.",
                 [("Joe Biden", "PERSON", "USA"), ("Xi Jinping", "PERSON", "CHN")]) == [
        ("CONSULT", "040", "Joe Biden", "USA", "Xi Jinping", "CHN")]


def test_a_fugitive_hunted_and_a_ter_passive_are_the_police_s_acts():
    police = [("Polres Bangka Barat", "ORG", "IDN"), ("Tri Martin", "PERSON", "IDN"), ("Lidya", "PERSON", "IDN")]
    sectors = {"Polres Bangka Barat": "COP"}
    assert coded("Polres Bangka Barat masih memburu Tri Martin.\nLidya tertangkap di Palembang.", police,
                 sectors=sectors) == [
        ("COERCE", "173", "Polres Bangka Barat", "IDN", "Tri Martin", "IDN"),
        ("COERCE", "173", "Polres Bangka Barat", "IDN", "Lidya", "IDN")]


def test_a_noun_s_owner_after_nya_is_not_the_subject_of_the_next_verb():
    assert coded("Tawfiq Al-Rabiah mengucapkan selamat atas terbentuknya Kementerian Haji, serta menyampaikan "
                 "terima kasih kepada Prabowo.",
                 [("Tawfiq Al-Rabiah", "PERSON", "SAU"), ("Kementerian Haji", "ORG", "IDN"),
                  ("Prabowo", "PERSON", "IDN")]) == [
        ("SUPPORT", "051", "Tawfiq Al-Rabiah", "SAU", "Prabowo", "IDN")]


def test_a_body_or_title_takes_the_country_its_name_gives():
    g = gazetteer()
    assert country_named_in("Pemerintah Indonesia", g) == "IDN"
    assert country_named_in("Kementerian Haji dan Umrah Kerajaan Arab Saudi", g) == "SAU"
    assert country_named_in("Duta Besar Indonesia untuk Jepang", g) == "IDN"
    assert country_named_in("Kementerian Dalam Negeri", g) is None


def test_an_office_named_without_a_name_is_its_holder_or_an_unnamed_actor_of_its_sector():
    people = [("Listyo Sigit Prabowo", "PERSON", "IDN"), ("Nikita Mirzani", "PERSON", "IDN")]
    titles = {"Listyo Sigit Prabowo": "Kapolri"}
    assert coded("Kapolri Listyo Sigit Prabowo hadir.\nKapolri meminta Nikita Mirzani datang.", people, titles) == [
        ("REQUEST", "100", "Listyo Sigit Prabowo", "IDN", "Nikita Mirzani", "IDN")]
    assert coded("JPU menuntut Nikita Mirzani dengan pidana penjara 11 tahun.", people) == [
        ("COERCE", "173", "JPU", "IDN", "Nikita Mirzani", "IDN")]
    # an acted-on word that is also a title ("Tersangka Budi") still never acts
    assert coded("Tersangka memeriksa dokumen Nikita Mirzani.", people) == []


def test_a_passive_with_its_agent_after_it_may_leave_the_one_refused_unnamed():
    assert coded("Namun, hal itu dibantah Mia Santoso melalui penasihat hukumnya.",
                 [("Mia Santoso", "PERSON", "IDN")]) == [("REJECT", "120", "Mia Santoso", "IDN", None, "IDN")]


def test_a_subject_a_comma_and_an_adverb_before_a_passive_is_the_one_acted_on():
    assert coded("Kejari Jakarta Selatan menangani perkara itu.\nNikita Mirzani, tetap dituntut pidana penjara.",
                 [("Kejari Jakarta Selatan", "ORG", "IDN"), ("Nikita Mirzani", "PERSON", "IDN")],
                 sectors={"Kejari Jakarta Selatan": "JUD"})[1:] == [  # (the first: the case handled, session 18)
        ("COERCE", "173", "Kejari Jakarta Selatan", "IDN", "Nikita Mirzani", "IDN")]


def test_a_verb_after_setelah_tells_what_was_done_a_noun_after_it_does_not():
    bodies = [("Arse", "PERSON", "IDN"), ("LHKP", "ORG", "IDN")]
    assert coded("Hal itu disampaikan Arse setelah menerima audiensi LHKP di Senayan.", bodies) == [
        ("CONSULT", "043", "Arse", "IDN", "LHKP", "IDN")]
    assert coded("Arse berbicara setelah pertemuan dengan LHKP di Senayan.", bodies) == []


def test_a_body_visited_is_the_target_of_the_visit():
    assert coded("Irfan Yusuf melakukan kunjungan resmi ke Kementerian Haji Arab Saudi di Riyadh.",
                 [("Irfan Yusuf", "PERSON", "IDN"), ("Kementerian Haji Arab Saudi", "ORG", "SAU"),
                  ("Riyadh", "PLACE", "SAU")]) == [
        ("CONSULT", "042", "Irfan Yusuf", "IDN", "Kementerian Haji Arab Saudi", "SAU")]


def test_an_objection_put_forward_is_a_complaint():
    assert coded("Irfan Yusuf menyampaikan keberatan terkait penempatan jamaah di zona 5.",
                 [("Irfan Yusuf", "PERSON", "IDN")]) == [("ACCUSE", "114", "Irfan Yusuf", "IDN", None, "IDN")]


def test_an_office_of_another_country_is_not_the_home_holder_and_a_body_gives_a_bare_title_its_sector():
    people = [("Budi Santoso", "PERSON", "IDN"), ("Jepang", "PLACE", "JPN")]
    assert coded("Menteri Perdagangan Budi Santoso bertemu Menteri Perdagangan Jepang di Tokyo.", people,
                 {"Budi Santoso": "Menteri Perdagangan"}) == [
        ("CONSULT", "040", "Budi Santoso", "IDN", "Menteri Perdagangan Jepang", "JPN")]
    bodies = [("ST Burhanuddin", "PERSON", "IDN"), ("Kejaksaan Negeri Batubara", "ORG", "IDN")]
    doc = build("ST Burhanuddin mencopot Kepala Kejaksaan Negeri Batubara dari jabatannya.", bodies)
    doc.entities[1].sector = "JUD"
    doc = Events()(doc)
    assert [(e.cameo, e.target.name, e.target.sector) for e in doc.events] == [
        ("172", "Kepala Kejaksaan Negeri Batubara", "JUD")]


def test_a_purpose_after_untuk_is_the_previous_verb_s_subject_s_and_a_target_may_begin_inside_a_phrase():
    assert coded("Kementerian Luar Negeri memanggil Duta Besar Malaysia untuk meminta Malaysia membebaskan nelayan.",
                 [("Kementerian Luar Negeri", "ORG", "IDN"), ("Malaysia", "PLACE", "MYS")]) == [
        ("ACCUSE", "114", "Kementerian Luar Negeri", "IDN", "Duta Besar Malaysia", "MYS"),
        ("REQUEST", "100", "Kementerian Luar Negeri", "IDN", "Malaysia", "MYS")]


def test_aid_handed_over_and_questioning_undergone():
    assert coded("Saifullah Yusuf menyerahkan santunan kepada keluarga korban kecelakaan.",
                 [("Saifullah Yusuf", "PERSON", "IDN")]) == [
        ("AID", "070", "Saifullah Yusuf", "IDN", "keluarga korban", "IDN")]
    assert coded("KPK menahan dua tersangka.\nHasto Kristiyanto menjalani pemeriksaan di Gedung Merah Putih.",
                 [("KPK", "ORG", "IDN"), ("Hasto Kristiyanto", "PERSON", "IDN")], sectors={"KPK": "JUD"}) == [
        ("COERCE", "173", "KPK", "IDN", "dua tersangka", "IDN"),
        ("ACCUSE", "091", "KPK", "IDN", "Hasto Kristiyanto", "IDN")]


def test_a_drug_dealer_is_acted_on():
    assert coded("Polisi menembak mati seorang bandar narkoba di Medan.", [("Medan", "PLACE", "IDN")]) == [
        ("ASSAULT", "1823", "Polisi", "IDN", "seorang bandar narkoba", "IDN")]


def test_a_name_after_di_depan_gedung_is_where_not_who_acts_next():
    assert coded("Ribuan buruh berunjuk rasa di depan gedung DPR menolak Undang-Undang Cipta Kerja.",
                 [("DPR", "ORG", "IDN")]) == [
        ("PROTEST", "140", "Ribuan buruh", "IDN", "DPR", "IDN"), ("REJECT", "120", "Ribuan buruh", "IDN", None, "IDN")]


def test_an_attack_s_attacker_follows_the_noun():
    assert coded("Tiga orang tewas dalam serangan kelompok kriminal bersenjata di Kabupaten Puncak.",
                 [("Kabupaten Puncak", "PLACE", "IDN")]) == [
        ("ASSAULT", "190", "kelompok kriminal bersenjata", "IDN", None, "IDN")]


def test_accounts_frozen_and_a_complaint_to_komnas_ham_by_residents_named_with_their_place():
    assert coded("Bareskrim Polri memblokir 2.000 rekening yang diduga terkait judi online.",
                 [("Bareskrim Polri", "ORG", "IDN")]) == [("COERCE", "1711", "Bareskrim Polri", "IDN", None, "IDN")]
    assert "1711" not in [c[1] for c in coded("Bareskrim Polri memblokir jalan menuju lokasi.",
                                              [("Bareskrim Polri", "ORG", "IDN")])]  # a road, no account
    assert coded("Warga Kampung Bayam melaporkan Pemprov DKI Jakarta ke Komnas HAM.",
                 [("Pemprov DKI Jakarta", "ORG", "IDN"), ("Komnas HAM", "ORG", "IDN")]) == [
        ("ACCUSE", "114", "Warga", "IDN", "Pemprov DKI Jakarta", "IDN")]


def test_a_visitor_welcomed_and_a_pretrial_motion():
    assert coded("Ahmad Muzani menyambut kedatangan Presiden Vietnam di Senayan.",
                 [("Ahmad Muzani", "PERSON", "IDN"), ("Vietnam", "PLACE", "VNM")]) == [
        ("CONSULT", "043", "Ahmad Muzani", "IDN", "Presiden Vietnam", "VNM")]
    assert coded("Kuasa hukum tersangka mengajukan praperadilan ke Pengadilan Negeri Jakarta Selatan.",
                 [("Pengadilan Negeri Jakarta Selatan", "ORG", "IDN")]) == [
        ("ACCUSE", "115", "Kuasa hukum", "IDN", None, "IDN")]


def test_an_agent_word_with_nya_at_the_start_of_a_sentence_is_read_without_failing():
    # "Pelakunya" is "pelaku" (the culprit): acted on, and no KeyError on the -nya form
    assert coded("Pelakunya kemudian ditangkap Polres Bogor.", [("Polres Bogor", "ORG", "IDN")]) == [
        ("COERCE", "173", "Polres Bogor", "IDN", "Pelakunya", "IDN")]


def test_a_press_conference_is_no_meeting_and_a_noun_needs_its_light_verb_close():
    people = [("Asep Guntur", "PERSON", "IDN"), ("KPK", "ORG", "IDN")]
    assert coded("KPK menggelar jumpa pers bersama Asep Guntur di Jakarta.", people) == []
    assert coded("Asep Guntur menyampaikan, berdasarkan hasil penyelidikan KPK, kasus itu rumit.", people) == []
    assert coded("Untuk memperlancar penyelidikan, KPK menahan Asep Guntur.", people,
                 sectors={"KPK": "JUD"}) == [("COERCE", "173", "KPK", "IDN", "Asep Guntur", "IDN")]


def test_pihak_before_an_agent_word_belongs_to_it():
    assert coded("Pihak Istana membantah kabar tersebut pada Senin.", []) == [
        ("REJECT", "120", "Pihak Istana", "IDN", None, "IDN")]


def test_a_warrant_to_investigate_and_an_honour_bestowed():
    people = [("Prabowo Subianto", "PERSON", "IDN"), ("Riza Chalid", "PERSON", "IDN")]
    assert coded("Kejaksaan Agung menerbitkan surat perintah penyidikan terhadap Riza Chalid.",
                 people + [("Kejaksaan Agung", "ORG", "IDN")]) == [
        ("ACCUSE", "091", "Kejaksaan Agung", "IDN", "Riza Chalid", "IDN")]
    assert coded("Prabowo Subianto menganugerahkan tanda kehormatan kepada Riza Chalid.", people) == [
        ("SUPPORT", "051", "Prabowo Subianto", "IDN", "Riza Chalid", "IDN")]



def test_the_review_s_cases_stay_read():
    person = [("Budi Santoso", "PERSON", "IDN"), ("KPK", "ORG", "IDN")]
    # "keduanya" closing a sentence without a full stop fails nothing: the two praised are unnamed
    assert coded("Ishiba tiba di Tokyo.\nIshiba memuji keduanya", [("Ishiba", "PERSON", "JPN")]) == [
        ("SUPPORT", "051", "Ishiba", "JPN", None, "JPN")]
    # an adverb with -nya before the subject leaves it the subject
    assert coded("Sebelumnya KPK menahan Budi Santoso.", person) == [
        ("COERCE", "173", "KPK", "IDN", "Budi Santoso", "IDN")]
    # a passive after "untuk" is the one summoned's, with its own agent
    assert coded("KPK memanggil Budi Santoso untuk diperiksa oleh penyidik.", person)[0] == (
        "ACCUSE", "091", "KPK", "IDN", "Budi Santoso", "IDN")
    assert ("ACCUSE", "091", "penyidik", "IDN", "KPK", "IDN") not in coded(
        "KPK memanggil Budi Santoso untuk diperiksa oleh penyidik.", person)
    # a proposal (a request noun) does not make the next verb one asked for
    assert coded("Usulan Komisi III DPR itu ditolak oleh Kejaksaan Agung.",
                 [("Komisi III DPR", "ORG", "IDN"), ("Kejaksaan Agung", "ORG", "IDN")]) == [
        ("REJECT", "120", "Kejaksaan Agung", "IDN", "Komisi III DPR", "IDN")]
    # an epithet is someone named before its sentence, not the speaker in it: with no one named
    # before, the man pointed at
    assert coded("Kapolsek Budi Santoso mengatakan, pria tersebut ditangkap di rumahnya.", person,
                 {"Budi Santoso": "Kapolsek"}) == [("COERCE", "173", None, "IDN", "pria", "IDN")]
    # an attack's target after "terhadap"; a root verb's -nya object
    assert coded("Dua polisi terluka dalam serangan kelompok kriminal bersenjata terhadap Polres Puncak Jaya.",
                 [("Polres Puncak Jaya", "ORG", "IDN")]) == [
        ("ASSAULT", "190", "kelompok kriminal bersenjata", "IDN", "Polres Puncak Jaya", "IDN")]
    assert coded("Budi Santoso kabur.\nPolisi kemudian menangkapnya di Bekasi.", person) == [
        ("COERCE", "173", "Polisi", "IDN", "Budi Santoso", "IDN")]


def test_a_bare_office_is_the_holder_of_that_office_and_place_only():
    people = [("Ahmad Luthfi", "PERSON", "IDN"), ("Jawa Tengah", "PLACE", "IDN"), ("Jawa Barat", "PLACE", "IDN")]
    titles = {"Ahmad Luthfi": "Kapolda Jawa Barat"}
    got = coded("Kapolda Jawa Barat Ahmad Luthfi hadir.\nKapolda Jawa Tengah menangkap dua pelaku.", people, titles)
    assert [(c[2], c[4]) for c in got] == [("Kapolda Jawa Tengah", "dua pelaku")]


def test_one_rule_says_when_two_events_are_the_same_in_an_article_and_in_the_store():
    from warta.ontology import event_key
    from warta.store import event_link

    day = "2025-10-22"
    assert event_key("040", "CONSULT", "b", "a", day + "T10:00") == event_key("040", "CONSULT", "a", "b", day)
    assert event_key("111", "ACCUSE", "b", "a", day) != event_key("111", "ACCUSE", "a", "b", day)
    assert event_link("040", "CONSULT", "USA", "IDN", day) == "|".join(event_key("040", "CONSULT", "IDN", "USA", day))
    doc = build("Budi Santoso bertemu Joko Widodo.\nJoko Widodo bertemu Budi Santoso.",
                [("Budi Santoso", "PERSON", "IDN"), ("Joko Widodo", "PERSON", "IDN")])
    assert len(Events()(doc).events) == 1  # told twice, either order: one meeting


def test_a_report_that_someone_took_a_bribe_accuses_them():
    people = [("Kusnadi", "PERSON", "IDN"), ("KPK", "ORG", "IDN")]
    assert coded("KPK menyebut Kusnadi menerima komitmen fee 20 persen dari setiap pencairan dana hibah.", people) == [
        ("ACCUSE", "112", "KPK", "IDN", "Kusnadi", "IDN")]
    assert coded("Kusnadi menyebut kasus korupsi itu rumit bagi KPK.", people) == []  # no one accused
