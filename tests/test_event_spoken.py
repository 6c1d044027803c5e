"""Acts as speech and plain reports tell them (session 21), on Documents built by hand: a bare
verb after a pronoun (a passive whose agent is the speaker after something named, an active verb
opening the clause, "kita" the speaker before such a verb); members named before the body that
acts in a passive; a thing's doer after a ber- word; aid pledged to those unnamed; two parties
coordinated across appositions or a description."""

from __future__ import annotations

from tests.test_event_counted import quoted
from tests.test_event_reading import coded

KEJAGUNG = [("SH", "PERSON", "IDN"), ("Taufik Hidayat", "PERSON", "IDN")]


def test_a_bare_verb_after_a_pronoun_with_its_object_before_is_the_speaker_s_passive():
    assert quoted('"Tersangka berinisial SH kami tahan selama 20 hari di Rutan Salemba," kata Taufik Hidayat.',
                  KEJAGUNG) == [("COERCE", "173", "Taufik Hidayat", "IDN", "SH", "IDN")]
    assert quoted('"Rudi Hartono sudah kami periksa sebagai saksi," kata Taufik Hidayat.',
                  [("Rudi Hartono", "PERSON", "IDN"), ("Taufik Hidayat", "PERSON", "IDN")]) == [
        ("ACCUSE", "091", "Taufik Hidayat", "IDN", "Rudi Hartono", "IDN")]


def test_a_bare_verb_opening_the_clause_after_a_pronoun_is_active():
    assert quoted('"Kami apresiasi sikap Bawaslu dalam perkara itu," kata Taufik Hidayat.',
                  [("Bawaslu", "ORG", "IDN"), ("Taufik Hidayat", "PERSON", "IDN")]) == [
        ("SUPPORT", "051", "Taufik Hidayat", "IDN", "Bawaslu", "IDN")]
    # no verb the triggers know: nothing is done ("kami tahan" with nothing before it holds back)
    assert quoted('"Kami tahan diri dulu," kata Taufik Hidayat.', [("Taufik Hidayat", "PERSON", "IDN")]) == []


def test_kita_before_a_bare_verb_is_the_speaker():
    assert quoted('"Ketua Bawaslu kita minta terbuka soal data itu," kata Taufik Hidayat.',
                  [("Ketua Bawaslu", "PERSON", "IDN"), ("Taufik Hidayat", "PERSON", "IDN")]) == [
        ("REQUEST", "100", "Taufik Hidayat", "IDN", "Ketua Bawaslu", "IDN")]


def test_members_named_before_the_body_are_the_body_acting():
    assert coded("Rudi Hartono dipukul oknum anggota Satpol PP Kota Medan saat meliput.",
                 [("Rudi Hartono", "PERSON", "IDN"), ("Satpol PP Kota Medan", "ORG", "IDN")]) == [
        ("ASSAULT", "182", "Satpol PP Kota Medan", "IDN", "Rudi Hartono", "IDN")]


def test_a_ber_word_describes_the_thing_whose_doer_follows():
    assert coded("Partai Hanura mendukung penuh program makan bergizi gratis yang digagas Presiden Sudarto.",
                 [("Partai Hanura", "ORG", "IDN"), ("Sudarto", "PERSON", "IDN")], {"Sudarto": "Presiden"}) == [
        ("SUPPORT", "051", "Partai Hanura", "IDN", "Sudarto", "IDN")]


def test_aid_pledged_to_those_unnamed():
    assert coded("Korea Selatan berjanji memberikan bantuan untuk rekonstruksi di Kabupaten Cianjur.",
                 [("Korea Selatan", "PLACE", "KOR"), ("Kabupaten Cianjur", "PLACE", "IDN")]) == [
        ("AGREE", "033", "Korea Selatan", "KOR", None, "IDN")]


def test_parties_coordinated_across_appositions_or_a_description():
    assert coded("Menteri Perdagangan, Budi Santoso, dan Menteri Perdagangan Chile, Ana Rojas, menandatangani "
                 "perjanjian dagang di Santiago.",
                 [("Budi Santoso", "PERSON", "IDN"), ("Chile", "PLACE", "CHL"), ("Ana Rojas", "PERSON", "CHL"),
                  ("Santiago", "PLACE", "CHL")],
                 {"Budi Santoso": "Menteri Perdagangan", "Ana Rojas": "Menteri Perdagangan Chile"}) == [
        ("SUPPORT", "057", "Budi Santoso", "IDN", "Ana Rojas", "CHL")]
    assert coded("PT Pertamina dan perusahaan energi asal Jepang, Inpex Corporation, menandatangani nota "
                 "kesepahaman di Jakarta.",
                 [("PT Pertamina", "ORG", "IDN"), ("Jepang", "PLACE", "JPN"), ("Inpex Corporation", "ORG", "JPN"),
                  ("Jakarta", "PLACE", "IDN")]) == [
        ("SUPPORT", "057", "PT Pertamina", "IDN", "Inpex Corporation", "JPN")]


def test_a_body_with_its_short_form_in_brackets_is_judged():
    people = [("Rizal Fahmi", "PERSON", "IDN"), ("Komisi Pemilihan Umum", "ORG", "IDN")]
    assert coded("Rizal Fahmi menilai Komisi Pemilihan Umum (KPU) tidak profesional dalam menyusun data.", people) == [
        ("ACCUSE", "111", "Rizal Fahmi", "IDN", "Komisi Pemilihan Umum", "IDN")]
    # a verb of saying judges no one named: a spokesman's report on his own body is no praise
    assert coded("Juru bicara Rudi Hartono mengatakan Komisi Pemilihan Umum tetap profesional.",
                 [("Rudi Hartono", "PERSON", "IDN"), ("Komisi Pemilihan Umum", "ORG", "IDN")]) == []


def test_a_policy_judged_to_weaken_or_to_break_the_law_is_criticised():
    assert coded("Rizal Fahmi menilai kebijakan ini melemahkan sektor pendidikan.",
                 [("Rizal Fahmi", "PERSON", "IDN")]) == [("ACCUSE", "111", "Rizal Fahmi", "IDN", None, "IDN")]
    assert coded("Rizal Fahmi menilai bahwa perintah ini bertentangan dengan undang-undang.",
                 [("Rizal Fahmi", "PERSON", "IDN")]) == [("ACCUSE", "111", "Rizal Fahmi", "IDN", None, "IDN")]


def test_a_root_written_with_a_capital_inside_a_sentence_is_a_name():
    # "Serang" is a town in Banten; "serang" (attack) only as a verb
    assert coded("Warga di kawasan industri Cikande, Serang, Banten, menjalani cek kesehatan.",
                 [("Cikande", "PLACE", "IDN"), ("Banten", "PLACE", "IDN")]) == []
    assert [e[:3] for e in coded("Pasukan Israel serang kamp pengungsi di Jenin.",
                                 [("Pasukan Israel", "ORG", "ISR")])] == [("ASSAULT", "190", "Pasukan Israel")]


def test_an_unnamed_body_of_state_is_judged_by_how_it_works_the_public_not():
    people = [("Rudi Hartono", "PERSON", "IDN")]
    assert coded("Rudi Hartono menilai pemerintah lamban menangani banjir.", people) == [
        ("ACCUSE", "111", "Rudi Hartono", "IDN", "pemerintah", "IDN")]
    assert coded("Rudi Hartono menilai masyarakat kurang memahami program itu.", people) == []
    # a verb of saying judges no unnamed body: "pemerintahannya berhasil" may be the speaker's own
    assert coded("Rudi Hartono mengatakan pemerintah berhasil menekan inflasi.", people) == []
    # nor does a speaker of the same sector: the President praises his own government
    assert coded("Presiden Rudi Hartono menilai pemerintah berhasil menekan inflasi.", people,
                 {"Rudi Hartono": "Presiden"}, {"Rudi Hartono": "GOV"}) == []


def test_a_hope_is_an_appeal_only_when_it_asks_for_an_act():
    people = [("Rudi Hartono", "PERSON", "IDN"), ("Pemkab Solok", "ORG", "IDN")]
    assert coded("Rudi Hartono berharap Pemkab Solok dapat segera memperbaiki jalan itu.", people) == [
        ("REQUEST", "100", "Rudi Hartono", "IDN", "Pemkab Solok", "IDN")]
    assert coded("Rudi Hartono berharap Pemkab Solok mengusut tuntas kasus itu.", people) == [
        ("REQUEST", "100", "Rudi Hartono", "IDN", "Pemkab Solok", "IDN")]
    # a wish for how someone is or fares asks nothing of them
    assert coded("Agar tidak terulang, Rudi Hartono berharap Pemkab Solok tetap kompak.", people) == []


def test_a_time_word_before_the_pronoun_leaves_the_bare_verb_active():
    # session 21 review: "Kemarin kami tangkap pelaku": nothing acted on told first
    assert quoted('"Kemarin kami tangkap Rudi Hartono di Cibinong," kata Taufik Hidayat.',
                  [("Rudi Hartono", "PERSON", "IDN"), ("Taufik Hidayat", "PERSON", "IDN")]) == [
        ("COERCE", "173", "Taufik Hidayat", "IDN", "Rudi Hartono", "IDN")]


def test_two_parties_meeting_a_third_each_meet_the_third():
    assert coded("Menteri Luar Negeri, Sugiono, dan Menteri Pertahanan, Sjafrie Sjamsoeddin, bertemu Menteri Luar "
                 "Negeri Australia Penny Wong di Canberra.",
                 [("Sugiono", "PERSON", "IDN"), ("Sjafrie Sjamsoeddin", "PERSON", "IDN"), ("Australia", "PLACE", "AUS"),
                  ("Penny Wong", "PERSON", "AUS"), ("Canberra", "PLACE", "AUS")],
                 {"Sugiono": "Menteri Luar Negeri", "Sjafrie Sjamsoeddin": "Menteri Pertahanan",
                  "Penny Wong": "Menteri Luar Negeri Australia"}) == [
        ("CONSULT", "040", "Sugiono", "IDN", "Penny Wong", "AUS"),
        ("CONSULT", "040", "Sjafrie Sjamsoeddin", "IDN", "Penny Wong", "AUS")]


def test_a_country_a_description_introduces_is_a_party_too():
    assert coded("Jepang dan sekutu dekatnya, Amerika Serikat, mengecam uji coba rudal Korea Utara.",
                 [("Jepang", "PLACE", "JPN"), ("Amerika Serikat", "PLACE", "USA"),
                  ("Korea Utara", "PLACE", "PRK")]) == [
        ("ACCUSE", "111", "Jepang", "JPN", "Korea Utara", "PRK"),
        ("ACCUSE", "111", "Amerika Serikat", "USA", "Korea Utara", "PRK")]


def test_a_member_named_after_anggota_is_no_body_acting():
    assert coded("Usulan itu ditolak anggota DPRD Kota Bogor dari Fraksi PKS, Atang Trisnanto.",
                 [("DPRD Kota Bogor", "ORG", "IDN"), ("Fraksi PKS", "ORG", "IDN"),
                  ("Atang Trisnanto", "PERSON", "IDN")]) == []


def test_kita_before_a_trigger_phrase_is_the_speaker_and_the_speaker_is_no_partner():
    people = [("Pemprov Jambi", "ORG", "IDN"), ("Taufik Hidayat", "PERSON", "IDN")]
    assert quoted('"Kita sudah kerja sama dengan Pemprov Jambi soal cabai," kata Taufik Hidayat.', people) == [
        ("COOPERATE", "060", "Taufik Hidayat", "IDN", "Pemprov Jambi", "IDN")]
    # past the quotation's end the one named is its speaker, never the partner
    assert quoted('"Polres Jambi sudah bekerja sama dengan baik," kata Taufik Hidayat.',
                  [("Polres Jambi", "ORG", "IDN"), ("Taufik Hidayat", "PERSON", "IDN")]) == []


def test_a_quotation_opened_after_a_comma_keeps_who_it_names_as_the_one_acted_on():
    people = [("Taufik Hidayat", "PERSON", "IDN"), ("Polres Jambi", "ORG", "IDN")]
    assert quoted('Kapolda Taufik Hidayat meminta, "Polres Jambi segera menangkap pelaku."', people)[0][:5] == (
        "REQUEST", "100", "Taufik Hidayat", "IDN", "Polres Jambi")
