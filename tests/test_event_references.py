"""Who a later word stands for, on Documents built by hand (session 17): "mereka" after a crowd
acted, "perusahaan itu" after a company was named, one counted by initials ("seorang ASN
berinisial WS"), and the one who put forward what is refused ("usulan … yang diajukan DPRD")."""

from __future__ import annotations

from tests.test_event_reading import coded


def test_they_after_a_crowd_acted_are_that_crowd_and_that_company_is_the_one_named():
    text = ("Warga Desa Sukamulya memblokade jalan menuju tambang milik PT Batu Alam Jaya.\n"
            "Mereka menuntut perusahaan itu menghentikan penambangan.")
    assert coded(text, [("Desa Sukamulya", "PLACE", "IDN"), ("PT Batu Alam Jaya", "ORG", "IDN")],
                 sectors={"PT Batu Alam Jaya": "BUS"})[-1] == (
        "REQUEST", "100", "Warga Desa Sukamulya", "IDN", "PT Batu Alam Jaya", "IDN")


def test_a_capitalised_body_word_before_a_demonstrative_is_a_name_s_not_the_last_body():
    # "Satgas" is a body word of the same sector as the body named before: only its case keeps it apart
    text = "Kementerian Sosial memuji Badan Pangan.\nKemensos mendorong Satgas tersebut bekerja cepat."
    events = coded(text, [("Kementerian Sosial", "ORG", "IDN"), ("Badan Pangan", "ORG", "IDN"),
                          ("Kemensos", "ORG", "IDN")], sectors={"Badan Pangan": "GOV", "Kemensos": "GOV"})
    assert [e[4] for e in events] == ["Badan Pangan", "Satgas"]


def test_one_introduced_by_initials_after_their_office_is_reached_as_one_actor():
    assert coded("Bupati Endah Lestari memberhentikan dengan tidak hormat seorang aparatur sipil negara "
                 "berinisial WS.", [("Endah Lestari", "PERSON", "IDN"), ("WS", "PERSON", "IDN")]) == [
        ("COERCE", "172", "Endah Lestari", "IDN", "WS", "IDN")]


def test_a_refusal_of_a_proposal_is_of_whoever_put_it_forward_past_the_place_it_names():
    assert coded("Kemendagri menolak usulan pembentukan Kabupaten Bogor Barat yang diajukan DPRD Kabupaten Bogor.",
                 [("Kemendagri", "ORG", "IDN"), ("Kabupaten Bogor Barat", "PLACE", "IDN"),
                  ("DPRD Kabupaten Bogor", "ORG", "IDN")])[0] == (
        "REJECT", "120", "Kemendagri", "IDN", "DPRD Kabupaten Bogor", "IDN")


def test_a_right_of_inquiry_demands_account_and_officials_gathered_to_discuss_meet():
    assert coded("DPRD Jember mengajukan hak interpelasi kepada Bupati Jember, Hendro Wicaksono.",
                 [("DPRD Jember", "ORG", "IDN"), ("Hendro Wicaksono", "PERSON", "IDN")]) == [
        ("REQUEST", "100", "DPRD Jember", "IDN", "Hendro Wicaksono", "IDN")]
    assert coded("Gubernur Haris Munandar mengumpulkan 15 bupati di Bandar Lampung untuk membahas inflasi.",
                 [("Haris Munandar", "PERSON", "IDN"), ("Bandar Lampung", "PLACE", "IDN")]) == [
        ("CONSULT", "040", "Haris Munandar", "IDN", "15 bupati", "IDN")]


def test_they_who_are_acted_on_are_not_the_crowd_that_acted():
    text = "Warga melaporkan dua pria ke polisi.\nMereka ditangkap di rumahnya."
    assert all(e[4] != "Warga" for e in coded(text, []))


def test_gathering_things_and_talking_of_a_right_of_inquiry_are_no_events():
    assert coded("KPK mengumpulkan bukti korupsi Bupati Sidoarjo sebelum rapat ekspose perkara.",
                 [("KPK", "ORG", "IDN")]) == []
    assert coded("Anies Baswedan mendukung hak angket kecurangan pemilu.",
                 [("Anies Baswedan", "PERSON", "IDN")]) == []


def test_their_side_after_a_body_acted_is_that_body_not_the_untitled_person_it_acted_on():
    text = ("Polres Tegal menangkap Joko Purnomo di Slawi.\n"
            "Pihaknya juga menyita dua unit sepeda motor dari rumah tersangka.")
    assert coded(text, [("Polres Tegal", "ORG", "IDN"), ("Joko Purnomo", "PERSON", "IDN"),
                        ("Slawi", "PLACE", "IDN")])[-1][:4] == ("COERCE", "1711", "Polres Tegal", "IDN")


def test_their_side_after_a_titled_official_is_that_official():
    text = ("Kepala Dinas Pendidikan Banyuwangi Suratno meninjau sekolah itu.\n"
            "Pihaknya juga mengajak para guru untuk menjaga kebersihan dapur.")
    assert coded(text, [("Suratno", "PERSON", "IDN"), ("Banyuwangi", "PLACE", "IDN")],
                 titles={"Suratno": "Kepala Dinas Pendidikan"})[-1] == (
        "REQUEST", "100", "Suratno", "IDN", "para guru", "IDN")


def test_their_side_is_not_someone_named_earlier_in_its_own_sentence():
    text = ("Kepala Dinas Pendidikan Banyuwangi Suratno meninjau sekolah itu.\n"
            "Setelah Wulan Sari ditetapkan sebagai tersangka, pihaknya mengajak para guru untuk waspada.")
    events = coded(text, [("Suratno", "PERSON", "IDN"), ("Banyuwangi", "PLACE", "IDN"),
                          ("Wulan Sari", "PERSON", "IDN")],
                   titles={"Suratno": "Kepala Dinas Pendidikan", "Wulan Sari": "Guru"})
    assert [e[2] for e in events if e[0] == "REQUEST"] == ["Suratno"]



def test_their_side_is_the_body_opening_its_own_sentence_before_any_named_earlier():
    text = "Polres Tegal menangkap Budi Santoso.\nKejari Tegal menyebut pihaknya telah menahan Joko Purnomo."
    assert coded(text, [("Polres Tegal", "ORG", "IDN"), ("Budi Santoso", "PERSON", "IDN"),
                        ("Kejari Tegal", "ORG", "IDN"), ("Joko Purnomo", "PERSON", "IDN")])[-1] == (
        "COERCE", "173", "Kejari Tegal", "IDN", "Joko Purnomo", "IDN")


def test_their_side_after_a_quotation_is_its_speaker_and_inside_reported_speech_the_reporter():
    from tests.test_event_counted import quoted
    people = [("Polres Tegal", "ORG", "IDN"), ("Joko Purnomo", "PERSON", "IDN"), ("Andi Wijaya", "PERSON", "IDN")]
    text = ('Polres Tegal menangkap Joko Purnomo.\n"Kami sudah menyerahkan semua berkas," kata Andi Wijaya.\n'
            "Pihaknya juga meminta polisi membebaskan Joko Purnomo.")
    assert quoted(text, people)[-1][:3] == ("REQUEST", "100", "Andi Wijaya")
    text = "Polres Tegal menangkap Budi Santoso.\nAndi Wijaya menyebut pihaknya telah melaporkan Joko Purnomo."
    assert quoted(text, [*people, ("Budi Santoso", "PERSON", "IDN")])[-1][:5] == (
        "ACCUSE", "114", "Andi Wijaya", "IDN", "Joko Purnomo")
