"""The events stage on Documents built by hand (session 16): the one acted on named after a comma
that sets the name off from its office ("mencopot Kapolsek Sungai Raya, Iptu Hendra Kusuma"), a
summons whose purpose follows such a name, and what a time clause names, which is not what a
verb gives."""

from __future__ import annotations

from tests.test_event_reading import coded


def test_the_person_set_off_by_a_comma_after_their_office_is_the_one_acted_on():
    assert coded("Kapolres Bogor AKBP Rio Wahyu mencopot Kapolsek Cibinong, Iptu Dedi Santoso, kemarin.",
                 [("Rio Wahyu", "PERSON", "IDN"), ("Cibinong", "PLACE", "IDN"), ("Dedi Santoso", "PERSON", "IDN")],
                 {"Rio Wahyu": "Kapolres Bogor", "Dedi Santoso": "Kapolsek Cibinong"}) == [
        ("COERCE", "172", "Rio Wahyu", "IDN", "Dedi Santoso", "IDN")]
    # a long office and its body before the comma count as part of the one named as a suspect
    assert coded("Kejati Riau menetapkan mantan Direktur Utama PDAM Tirta Siak, Rudi Hartono, sebagai tersangka.",
                 [("Kejati Riau", "ORG", "IDN"), ("PDAM Tirta Siak", "ORG", "IDN"), ("Rudi Hartono", "PERSON", "IDN")],
                 {"Rudi Hartono": "Direktur Utama PDAM Tirta Siak"}) == [
        ("ACCUSE", "1121", "Kejati Riau", "IDN", "Rudi Hartono", "IDN")]


def test_a_summons_reaches_its_purpose_past_the_name_set_off_by_commas():
    assert coded("KPK memanggil Bupati Sorong Utara, Yakob Mandacan, untuk diperiksa sebagai saksi.",
                 [("KPK", "ORG", "IDN"), ("Yakob Mandacan", "PERSON", "IDN")], {"Yakob Mandacan": "Bupati"}) == [
        ("ACCUSE", "091", "KPK", "IDN", "Yakob Mandacan", "IDN")]


def test_what_a_time_clause_names_is_not_what_the_verb_gives():
    # "dana" stands after "seusai": the minister gave a reply, no money (the criticism is told)
    assert coded("Menteri Rudi Hartono memberi jawaban tegas seusai dikritik Gubernur Ani Lestari soal dana daerah.",
                 [("Rudi Hartono", "PERSON", "IDN"), ("Ani Lestari", "PERSON", "IDN")],
                 {"Rudi Hartono": "Menteri", "Ani Lestari": "Gubernur"}) == [
        ("ACCUSE", "111", "Ani Lestari", "IDN", "Rudi Hartono", "IDN")]
    assert coded("Menteri Rudi Hartono memberi bantuan dana kepada Gubernur Ani Lestari.",
                 [("Rudi Hartono", "PERSON", "IDN"), ("Ani Lestari", "PERSON", "IDN")],
                 {"Rudi Hartono": "Menteri", "Ani Lestari": "Gubernur"}) == [
        ("AID", "071", "Rudi Hartono", "IDN", "Ani Lestari", "IDN")]  # economic aid


def test_money_said_to_change_hands_is_an_accusation_only_when_the_law_says_so():
    assert coded("KPK mengungkap Joko Prasetyo juga memberikan uang Rp 2 miliar kepada pejabat itu.",
                 [("KPK", "ORG", "IDN"), ("Joko Prasetyo", "PERSON", "IDN")], sectors={"KPK": "JUD"}) == [
        ("ACCUSE", "112", "KPK", "IDN", "Joko Prasetyo", "IDN")]
    assert coded("Hakim membeberkan aliran dana ke Rudi Hartono sebesar Rp 1 miliar.",
                 [("Rudi Hartono", "PERSON", "IDN")]) == [("ACCUSE", "112", "Hakim", "IDN", "Rudi Hartono", "IDN")]
    assert coded("KPK menduga Joko Prasetyo menerima uang Rp 2 miliar dari kontraktor.",
                 [("KPK", "ORG", "IDN"), ("Joko Prasetyo", "PERSON", "IDN")], sectors={"KPK": "JUD"}) == [
        ("ACCUSE", "112", "KPK", "IDN", "Joko Prasetyo", "IDN")]
    assert coded("Dokter menduga Joko Prasetyo menerima obat yang salah.", [("Joko Prasetyo", "PERSON", "IDN")]) == []
    # the law speaking of victims or witnesses, or of money no one is said to have taken, accuses no one
    assert coded("Polisi menyebut korban menerima pesan ancaman dari nomor tidak dikenal.", []) == []
    assert coded("Polisi mengungkap warga menerima uang palsu dari pelaku.", []) == []
    assert coded("Polisi menyebut korban, Siti Aminah, kehilangan uang Rp 50 juta.",
                 [("Siti Aminah", "PERSON", "IDN")]) == []
    assert coded("Menkeu Purbaya menyebut Pemprov Jabar menerima dana transfer Rp 800 triliun.",
                 [("Purbaya", "PERSON", "IDN"), ("Pemprov Jabar", "ORG", "IDN")], sectors={"Purbaya": "GOV"}) == []


def test_those_asked_stand_before_the_verb_they_are_asked_to_do():
    # "jajarannya" is no actor; "pelaku" is whom the asked act names, not the one asked
    assert coded("Kapolri Listyo Sigit memerintahkan jajarannya menindak tegas pelaku pungli.",
                 [("Listyo Sigit", "PERSON", "IDN")], {"Listyo Sigit": "Kapolri"}) == [
        ("REQUEST", "100", "Listyo Sigit", "IDN", None, "IDN")]


def test_a_summons_over_a_suspected_offence_is_for_questioning():
    assert coded("Bawaslu memanggil calon anggota legislatif dari Partai Gerindra terkait dugaan politik uang.",
                 [("Bawaslu", "ORG", "IDN"), ("Partai Gerindra", "ORG", "IDN")]) == [
        ("ACCUSE", "091", "Bawaslu", "IDN", "calon anggota legislatif", "IDN")]


def test_the_one_named_after_bernama_is_the_one_acted_on():
    assert coded("Satgas Damai Cartenz menangkap seorang anggota KKB bernama Yosias Wenda di Beoga.",
                 [("Satgas Damai Cartenz", "ORG", "IDN"), ("KKB", "ORG", "IDN"),
                  ("Yosias Wenda", "PERSON", "IDN")]) == [
        ("COERCE", "173", "Satgas Damai Cartenz", "IDN", "Yosias Wenda", "IDN")]


def test_a_meeting_with_a_list_of_officials_is_a_meeting_with_each_and_no_one_unnamed():
    assert coded("Komisi II DPR menggelar rapat dengar pendapat dengan Mendagri, Bambang Sutrisno, dan Ketua KPU, "
                 "Dedi Kurniawan, untuk membahas pemungutan suara ulang.",
                 [("Komisi II DPR", "ORG", "IDN"), ("Bambang Sutrisno", "PERSON", "IDN"),
                  ("Dedi Kurniawan", "PERSON", "IDN")],
                 {"Bambang Sutrisno": "Mendagri", "Dedi Kurniawan": "Ketua KPU"}) == [
        ("CONSULT", "040", "Komisi II DPR", "IDN", "Bambang Sutrisno", "IDN"),
        ("CONSULT", "040", "Komisi II DPR", "IDN", "Dedi Kurniawan", "IDN")]


def test_a_body_judged_by_what_it_did_is_criticised():
    assert coded("Nurul Fadhilah menilai Kementerian Kelautan dan Perikanan lamban menangani kasus pagar laut.",
                 [("Nurul Fadhilah", "PERSON", "IDN"), ("Kementerian Kelautan dan Perikanan", "ORG", "IDN")]) == [
        ("ACCUSE", "111", "Nurul Fadhilah", "IDN", "Kementerian Kelautan dan Perikanan", "IDN")]


def test_a_place_going_on_a_di_phrase_after_a_comma_is_where_not_whom():
    assert coded("Hal itu disampaikan Hendra Wijaya saat berdialog dengan warga di Johor, Malaysia, Senin.",
                 [("Hendra Wijaya", "PERSON", "IDN"), ("Johor", "PLACE", "MYS"), ("Malaysia", "PLACE", "MYS")]) == [
        ("CONSULT", "040", "Hendra Wijaya", "IDN", "warga", "IDN")]
    # talking to reporters is how the news was gathered, no meeting; inviting them is a meeting
    assert coded("Hal itu disampaikan Hendra Wijaya saat berbincang dengan wartawan di Johor, Malaysia, Senin.",
                 [("Hendra Wijaya", "PERSON", "IDN"), ("Johor", "PLACE", "MYS"), ("Malaysia", "PLACE", "MYS")]) == []
    assert coded("Presiden Prabowo mengundang sejumlah wartawan senior ke Istana untuk berdiskusi.",
                 [("Prabowo", "PERSON", "IDN")]) == [("CONSULT", "043", "Prabowo", "IDN", "sejumlah wartawan", "IDN")]


def test_a_time_clause_ends_only_what_is_given_not_what_a_summons_or_a_naming_needs():
    assert coded("KPK menetapkan Budi Santoso yang saat itu Kadis PUPR sebagai tersangka.",
                 [("KPK", "ORG", "IDN"), ("Budi Santoso", "PERSON", "IDN")]) == [
        ("ACCUSE", "1121", "KPK", "IDN", "Budi Santoso", "IDN")]
    assert coded("Kejati Riau memanggil Bupati Siak Alfedri selama dua hari berturut-turut sebagai saksi.",
                 [("Kejati Riau", "ORG", "IDN"), ("Alfedri", "PERSON", "IDN")], {"Alfedri": "Bupati Siak"}) == [
        ("ACCUSE", "091", "Kejati Riau", "IDN", "Alfedri", "IDN")]


def test_a_summons_to_discuss_a_suspected_leak_at_the_palace_is_a_meeting():
    assert coded("Presiden Prabowo memanggil Menkeu Sri Mulyani ke Istana untuk membahas dugaan kebocoran anggaran.",
                 [("Prabowo", "PERSON", "IDN"), ("Sri Mulyani", "PERSON", "IDN")], {"Sri Mulyani": "Menkeu"}) == [
        ("CONSULT", "040", "Prabowo", "IDN", "Sri Mulyani", "IDN")]


def test_an_agent_word_set_off_after_a_named_partner_says_what_they_are():
    assert coded("Kepala Bappeda Hendra Wijaya hadir dalam dialog itu bersama Sarah Thompson, pejabat dari kedutaan.",
                 [("Hendra Wijaya", "PERSON", "IDN"), ("Sarah Thompson", "PERSON", "AUS")],
                 {"Hendra Wijaya": "Kepala Bappeda"}) == [
        ("CONSULT", "040", "Hendra Wijaya", "IDN", "Sarah Thompson", "AUS")]


def test_the_person_named_after_a_description_of_someone_s_people_is_the_one_summoned():
    people = [("KPK", "ORG", "IDN"), ("Hartono Wibowo", "PERSON", "IDN"), ("Joko Susilo", "PERSON", "IDN")]
    # a description the lexicon holds no agent for, naming the one whose driver he is
    assert coded("KPK memanggil tukang cukur langganan mantan Bupati Hartono Wibowo, Joko Susilo (JS), pada Senin.",
                 people, {"Hartono Wibowo": "Bupati"}, {"KPK": "JUD"}) == [
        ("ACCUSE", "091", "KPK", "IDN", "Joko Susilo", "IDN")]
    # an agent noun ("sopir") described the same way
    assert coded("KPK memanggil sopir pribadi mantan Bupati Hartono Wibowo, Joko Susilo, pada Senin.",
                 people, {"Hartono Wibowo": "Bupati"}, {"KPK": "JUD"}) == [
        ("ACCUSE", "091", "KPK", "IDN", "Joko Susilo", "IDN")]


def test_a_list_of_titled_people_is_no_description_naming_one():
    people = [("Prabowo", "PERSON", "IDN"), ("Anwar Ibrahim", "PERSON", "MYS"), ("Emmanuel Macron", "PERSON", "FRA"),
              ("Abdullah II", "PERSON", "JOR")]
    got = coded("Prabowo menerima kunjungan kenegaraan Perdana Menteri Malaysia Anwar Ibrahim, Presiden Prancis "
                "Emmanuel Macron, dan Raja Yordania Abdullah II.", people,
                {"Anwar Ibrahim": "Perdana Menteri Malaysia", "Emmanuel Macron": "Presiden Prancis",
                 "Abdullah II": "Raja Yordania"})
    assert [e[4] for e in got] == ["Anwar Ibrahim", "Emmanuel Macron", "Abdullah II"]
