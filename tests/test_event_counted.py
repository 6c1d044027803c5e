"""The events stage on Documents built by hand (session 15): actors told by a count ("empat orang",
"sejumlah pihak"), a sentence's opening phrase done by the main clause's subject, "antara X dan Y"
after any word of meeting, arrests that take people only, charges told in the passive, and the
next clause's subject, which is not the partner of the clause before."""

from __future__ import annotations

from tests.documents import build
from tests.test_event_reading import _events, coded
from warta.stages.events import Events
from warta.stages.quotes import Quotes


def quoted(text: str, entities: list[tuple[str, str, str | None]]) -> list[tuple]:
    """The events of a sentence whose quotation has its speaker (for "saya", "kami")."""
    return _events(build(text, entities, (Quotes(), Events())))


def test_an_actor_told_by_a_count_or_a_quantifier_acts_and_is_acted_on():
    assert coded("Sejumlah pihak meminta Kementerian ESDM untuk menambah kuota impor BBM.",
                 [("Kementerian ESDM", "ORG", "IDN")]) == [
        ("REQUEST", "100", "Sejumlah pihak", "IDN", "Kementerian ESDM", "IDN")]
    assert coded("Kejaksaan Agung mencegah empat orang bepergian ke luar negeri terkait kasus ini.",
                 [("Kejaksaan Agung", "ORG", "IDN")]) == [
        ("COERCE", "172", "Kejaksaan Agung", "IDN", "empat orang", "IDN")]
    # uncounted, "orang" and "pihak" are anyone's: no actor ("pihak kepolisian" is the police)
    assert coded("Kejaksaan Agung mencegah orang bepergian ke luar negeri.", [("Kejaksaan Agung", "ORG", "IDN")]) == []
    assert coded("Sejumlah pihak kepolisian meminta Kementerian ESDM menambah kuota.",
                 [("Kementerian ESDM", "ORG", "IDN")]) == [
        ("REQUEST", "100", "pihak kepolisian", "IDN", "Kementerian ESDM", "IDN")]


def test_an_opening_phrase_is_done_by_the_main_clause_subject():
    assert coded("Bekerja sama dengan Yayasan Bina Tani, Bank Sumut menyalurkan pupuk ke petani.",
                 [("Yayasan Bina Tani", "ORG", "IDN"), ("Bank Sumut", "ORG", "IDN")]) == [
        ("COOPERATE", "060", "Bank Sumut", "IDN", "Yayasan Bina Tani", "IDN"),
        ("AID", "070", "Bank Sumut", "IDN", "petani", "IDN")]  # fertiliser handed to farmers is aid (session 18)
    # no actor and a verb after the comma: no one to do it
    assert [e for e in coded("Bekerja sama dengan Yayasan Bina Tani, pupuk disalurkan ke petani.",
                             [("Yayasan Bina Tani", "ORG", "IDN")]) if e[0] == "COOPERATE"] == []


def test_two_bodies_signing_together_one_named_with_its_short_form():
    assert coded("Pemprov Riau (Pemprov) dan PT Riau Andalan resmi menandatangani nota kesepahaman pengelolaan lahan.",
                 [("Pemprov Riau", "ORG", "IDN"), ("PT Riau Andalan", "ORG", "IDN")]) == [
        ("SUPPORT", "057", "Pemprov Riau", "IDN", "PT Riau Andalan", "IDN")]


def test_antara_names_both_parties_after_any_word_of_meeting():
    assert coded("Saat ini negosiasi antara Indonesia dan Australia masih berlangsung.",
                 [("Indonesia", "PLACE", "IDN"), ("Australia", "PLACE", "AUS")]) == [
        ("CONSULT", "040", "Indonesia", "IDN", "Australia", "AUS")]


def test_an_arrest_takes_people_not_a_body_guarded():
    assert coded("Ia menyoroti peran TNI dalam mengamankan kejaksaan di daerah.", [("TNI", "ORG", "IDN")]) == []
    assert coded("TNI mengamankan Kejaksaan Negeri Bogor selama sidang.",
                 [("TNI", "ORG", "IDN"), ("Kejaksaan Negeri Bogor", "ORG", "IDN")]) == []
    assert coded("Polisi mengamankan sopir truk itu di Cikampek.", []) == [
        ("COERCE", "173", "Polisi", "IDN", "sopir", "IDN")]


def test_a_charge_told_in_the_passive_is_the_law_s_and_needs_the_article():
    # (session 20) a charge under an article is a charge with legal action, as an indictment is
    assert coded("Tersangka DS disangkakan melanggar Pasal 2 ayat (1) UU Tipikor.", [("DS", "PERSON", "IDN")]) == [
        ("COERCE", "173", None, "IDN", "DS", "IDN")]
    assert coded("Tersangka RP dijerat Pasal 187 KUHP.", [("RP", "PERSON", "IDN")]) == [
        ("COERCE", "173", None, "IDN", "RP", "IDN")]
    assert coded("Rudi disangka pencuri oleh tetangganya.", [("Rudi", "PERSON", "IDN")]) == []


def test_tracing_a_case_s_money_is_an_investigation_of_someone_unnamed():
    assert coded("Dalam kasus ini, KPK menelusuri aliran uang yang ada.", [("KPK", "ORG", "IDN")]) == [
        ("ACCUSE", "091", "KPK", "IDN", None, "IDN")]
    # an investigation's case may be someone's after "yang", but no one is its target by that alone
    assert coded("Dalam kasus ini, KPK menelusuri aliran uang yang diterima pejabat.", [("KPK", "ORG", "IDN")]) == [
        ("ACCUSE", "091", "KPK", "IDN", None, "IDN")]
    assert coded("Tim KPK menelusuri jejak sejarah gedung itu.", [("KPK", "ORG", "IDN")]) == []


def test_the_next_clause_s_subject_is_no_partner_but_a_charge_s_content_is_its_target():
    assert coded("Bila Pemda terus berkolaborasi dengan prinsip keadilan, Malaysia akan melangkah maju.",
                 [("Pemda", "ORG", "IDN"), ("Malaysia", "PLACE", "MYS")]) == []
    assert coded("Nikita juga sempat menuding, JPU telah mengubah pasal yang didakwakan kepadanya.",
                 [("Nikita", "PERSON", "IDN"), ("JPU", "ORG", "IDN")]) == [
        ("ACCUSE", "112", "Nikita", "IDN", "JPU", "IDN")]


def test_every_body_word_is_an_agent_word():
    from warta.resources import load

    table = load("agents")
    agents = {w for kind in ("agents", "acted_on", "counted") for words in table[kind].values() for w in words}
    assert set(table["near_names"]["bodies"]) <= agents


def test_a_bare_root_in_a_quotation_is_the_speaker_s_verb():
    speaker = [("Rudy Susmanto", "PERSON", "IDN"), ("Danantara", "ORG", "IDN")]
    assert quoted('"Kami undang Danantara untuk membahas opsi itu," kata Rudy Susmanto.', speaker) == [
        ("CONSULT", "043", "Rudy Susmanto", "IDN", "Danantara", "IDN")]


def test_an_invitation_names_its_guest_right_after_the_verb():
    people = [("Rudy Susmanto", "PERSON", "IDN"), ("DPR", "ORG", "IDN")]
    assert coded("Rudy Susmanto mengundang DPR ke rapat itu.", people) == [
        ("CONSULT", "043", "Rudy Susmanto", "IDN", "DPR", "IDN")]
    assert coded("Kebijakan Rudy Susmanto itu mengundang kritik dari DPR.", people) == []


def test_an_office_with_its_region_unnamed_as_an_entity_is_still_the_office():
    assert quoted('"Saya minta Kapolres Bogor segera menindak tegas pelaku," kata Rudy Susmanto.',
                 [("Rudy Susmanto", "PERSON", "IDN")]) == [
        ("REQUEST", "100", "Rudy Susmanto", "IDN", "Kapolres Bogor", "IDN")]


def test_victims_and_suspects_report_to_the_police_and_ask():
    assert coded("Atas kejadian itu korban melapor ke Polresta Mataram.", [("Polresta Mataram", "ORG", "IDN")]) == [
        ("ACCUSE", "114", "korban", "IDN", None, "IDN")]
    assert coded("Tersangka meminta Polresta Mataram menangguhkan penahanannya.",
                 [("Polresta Mataram", "ORG", "IDN")]) == [
        ("REQUEST", "100", "Tersangka", "IDN", "Polresta Mataram", "IDN")]
    assert coded("Tersangka menangkap Budi Santoso.", [("Budi Santoso", "PERSON", "IDN")]) == []  # arrests no one


def test_what_someone_did_after_yang_makes_them_the_one_acted_on():
    bodies = [("Prasetyo Hadi", "PERSON", "IDN"), ("PSSI", "ORG", "IDN")]
    assert coded("Prasetyo Hadi menghormati keputusan yang diambil oleh PSSI tersebut.", bodies) == [
        ("SUPPORT", "051", "Prasetyo Hadi", "IDN", "PSSI", "IDN")]
    assert coded("DPR menolak usulan yang diajukan pemerintah.", [("DPR", "ORG", "IDN")]) == [
        ("REJECT", "120", "DPR", "IDN", "pemerintah", "IDN")]
    # an actor right after the verb is the one acted on, whoever helped after "yang"
    assert coded("Polisi menangkap pelaku yang dibantu oleh warga.", []) == [
        ("COERCE", "173", "Polisi", "IDN", "pelaku", "IDN")]
    # respect for no one named is no event
    assert coded("Prasetyo Hadi menghormati proses hukum yang berjalan.", bodies) == []


def test_a_list_after_antara_names_the_first_two_and_unnamed_sides_meet_no_one():
    assert coded("Program ini hasil kolaborasi antara Pemkab Gresik, Yayasan Trate, dan PT Petrokimia Gresik.",
                 [("Pemkab Gresik", "ORG", "IDN"), ("Yayasan Trate", "ORG", "IDN"),
                  ("PT Petrokimia Gresik", "ORG", "IDN")]) == [
        ("COOPERATE", "060", "Pemkab Gresik", "IDN", "Yayasan Trate", "IDN")]
    assert coded("Perlu sinergi antara pemerintah dan swasta untuk menekan inflasi.", []) == []


def test_naming_a_suspect_in_a_report_is_an_accusation():
    assert coded("KPK menyebut Yudi Santoso adalah salah satu tersangkanya.",
                 [("KPK", "ORG", "IDN"), ("Yudi Santoso", "PERSON", "IDN")]) == [
        ("ACCUSE", "1121", "KPK", "IDN", "Yudi Santoso", "IDN")]
    assert coded("KPK menyebut Yudi Santoso hadir di rapat itu.",
                 [("KPK", "ORG", "IDN"), ("Yudi Santoso", "PERSON", "IDN")]) == []


def test_a_title_s_short_form_in_brackets_before_the_name_is_no_actor_of_its_own():
    assert coded("Presiden AS Donald Trump dan Perdana Menteri (PM) Anthony Albanese menandatangani perjanjian "
                 "mineral kritis.", [("Donald Trump", "PERSON", "USA"), ("Anthony Albanese", "PERSON", "AUS")]) == [
        ("SUPPORT", "057", "Donald Trump", "USA", "Anthony Albanese", "AUS")]


def test_the_leadership_of_a_body_acts_for_it():
    assert coded("Pimpinan KPK menemui Prabowo Subianto di Istana.",
                 [("KPK", "ORG", "IDN"), ("Prabowo Subianto", "PERSON", "IDN")]) == [
        ("CONSULT", "040", "KPK", "IDN", "Prabowo Subianto", "IDN")]


def test_a_place_after_di_between_the_one_acted_on_and_a_passive_is_where_it_stands():
    assert coded("Gedung DPRD Jawa Timur di Jalan Indrapura digeruduk ratusan massa aksi.",
                 [("DPRD Jawa Timur", "ORG", "IDN"), ("Jalan Indrapura", "PLACE", "IDN")]) == [
        ("PROTEST", "141", "ratusan massa aksi", "IDN", "DPRD Jawa Timur", "IDN")]
    assert coded("Budi Santoso di rumahnya kemarin ditangkap polisi.", [("Budi Santoso", "PERSON", "IDN")]) == [
        ("COERCE", "173", "polisi", "IDN", "Budi Santoso", "IDN")]


def test_banging_on_an_office_s_doors_is_a_protest_on_a_neighbour_s_is_not():
    assert coded("Ratusan guru honorer menggedor kantor DPRD Dompu pada Senin.", [("DPRD Dompu", "ORG", "IDN")]) == [
        ("PROTEST", "141", "Ratusan guru honorer", "IDN", "DPRD Dompu", "IDN")]
    assert coded("Warga menggedor pintu rumah tetangganya.", []) == []


def test_the_source_an_opening_attribution_cites_is_no_subject():
    assert coded("Mengutip dari media Ukraina, UNN, kelompok penculik meminta tebusan kepada keluarga korban.",
                 [("Ukraina", "PLACE", "UKR"), ("UNN", "ORG", "UKR")]) == [
        ("REQUEST", "100", "kelompok penculik", "UKR", "keluarga korban", "UKR")]  # a story told from Ukraine
    assert coded("Kata Hendra, KPK telah menahan Budi Santoso.",
                 [("Hendra", "PERSON", "IDN"), ("KPK", "ORG", "IDN"), ("Budi Santoso", "PERSON", "IDN")]) == [
        ("COERCE", "173", "KPK", "IDN", "Budi Santoso", "IDN")]


def test_an_epithet_opened_by_an_office_is_someone_holding_it_not_whoever_was_named_last():
    people = [("Moch Faruk Rozi", "PERSON", "IDN"), ("Polda Jabar", "ORG", "IDN")]
    got = coded("Kabid Humas Polda Jabar Moch Faruk Rozi membenarkan hal itu.\nSopir truk itu kini telah diamankan.",
                people, {"Moch Faruk Rozi": "Kabid Humas"})
    assert [(e[2], e[4]) for e in got] == [(None, "Sopir")]  # the driver, by the police unnamed here


def test_success_and_now_stand_between_the_one_acted_on_and_a_passive():
    assert coded("Kedua pelaku berhasil ditangkap Polda Sulsel di persembunyiannya.",
                 [("Polda Sulsel", "ORG", "IDN")]) == [
        ("COERCE", "173", "Polda Sulsel", "IDN", "Kedua pelaku", "IDN")]  # "kedua" counts them


def test_an_attribution_covers_its_own_words_not_a_list_after_its_comma():
    people = [("Hendra", "PERSON", "IDN"), ("KPK", "ORG", "IDN"), ("Budi Santoso", "PERSON", "IDN"),
              ("Ani Lestari", "PERSON", "IDN")]
    assert coded("Menurut Hendra, KPK menahan Budi Santoso, Ani Lestari dan tiga saksi.", people) == [
        ("COERCE", "173", "KPK", "IDN", "Budi Santoso", "IDN"), ("COERCE", "173", "KPK", "IDN", "Ani Lestari", "IDN"),
        ("COERCE", "173", "KPK", "IDN", "tiga saksi", "IDN")]


def test_a_year_counts_no_one_and_a_thousand_does():
    assert coded("Sejak 2020 polisi telah menangkap Budi Santoso.", [("Budi Santoso", "PERSON", "IDN")]) == [
        ("COERCE", "173", "polisi", "IDN", "Budi Santoso", "IDN")]
    assert coded("Sebanyak 1.000 warga berunjuk rasa di Bekasi.", []) == [
        ("PROTEST", "140", "1.000 warga", "IDN", None, "IDN")]


def test_whoever_reported_a_case_is_not_the_one_investigated():
    assert coded("Polisi menyelidiki kasus yang dilaporkan oleh Budi Santoso.",
                 [("Budi Santoso", "PERSON", "IDN")]) == [
        ("ACCUSE", "091", "Polisi", "IDN", None, "IDN"), ("ACCUSE", "114", "Budi Santoso", "IDN", None, "IDN")]


def test_an_opening_clause_with_a_verb_of_its_own_is_done_by_no_main_clause_subject():
    assert coded("Kerja sama dengan Jepang dinilai gagal, DPR meminta evaluasi.",
                 [("Jepang", "PLACE", "JPN"), ("DPR", "ORG", "IDN")]) == []


def test_a_fine_is_no_charge_and_a_suspect_s_words_name_no_suspect():
    assert coded("Pengendara yang melanggar dikenakan tilang oleh polisi.", []) == []
    assert coded("Kapolres menyebut tersangka mengaku menyesal.", []) == []


def test_tracing_someone_s_whereabouts_or_assets_is_investigating_them():
    assert coded("Polisi masih menelusuri keberadaan pelaku.", []) == [
        ("ACCUSE", "091", "Polisi", "IDN", "pelaku", "IDN")]


def test_a_leader_of_no_body_named_is_no_official():
    got = Events()(build("Polisi menangkap pimpinan kelompok penculik itu.", [])).events
    assert [(e.target.name, e.target.sector) for e in got] == [("pimpinan", "CVL")]


def test_an_office_s_body_held_is_its_holder_named_after_the_comma():
    import warta

    got = warta.analyze("Penahanan terhadap Kepala Badan Pengelola Keuangan dan Aset Daerah (BPKAD) Kabupaten "
                        "Rejang Hulu, Marzuki Alamsyah, diperpanjang 40 hari oleh Kejati Bengkulu.").events
    assert [(e.cameo, e.source.name, e.target.name) for e in got] == [("173", "Kejati Bengkulu", "Marzuki Alamsyah")]


def test_a_name_apposed_after_antara_is_no_second_party():
    assert coded("Pertemuan antara Ketua Umum Partai Nusantara, Darmawan Surya, dan Ketua Umum Partai Rakyat, "
                 "Zulkarnain Lubis, berlangsung tertutup.",
                 [("Partai Nusantara", "ORG", "IDN"), ("Darmawan Surya", "PERSON", "IDN"),
                  ("Partai Rakyat", "ORG", "IDN"), ("Zulkarnain Lubis", "PERSON", "IDN")]) == []


def test_saying_it_is_time_for_someone_to_act_demands_it():
    bodies = [("Prabowo Subianto", "PERSON", "IDN"), ("BGN", "ORG", "IDN")]
    assert coded("Prabowo Subianto menilai sudah saatnya BGN menyediakan sendok untuk MBG.", bodies) == [
        ("REQUEST", "100", "Prabowo Subianto", "IDN", "BGN", "IDN")]
    assert coded("Sudah saatnya BGN menyediakan sendok.", bodies) == []  # told by no one named


def test_an_act_about_one_s_own_country_names_no_one_but_stands_against_someone_unnamed():
    assert coded("Dalam kesempatan itu, Prabowo Subianto menepis narasi Indonesia dalam kondisi sulit.",
                 [("Prabowo Subianto", "PERSON", "IDN"), ("Indonesia", "PLACE", "IDN")]) == [
        ("REJECT", "120", "Prabowo Subianto", "IDN", None, "IDN")]
