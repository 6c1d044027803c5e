"""The events stage on Documents built by hand (session 16): attacks told with what befell the
victim ("gugur ditembak KKB"), attackers nobody knows ("orang tak dikenal"), a defied summons,
an opening phrase in the passive, and a protest against whoever did what is protested."""

from __future__ import annotations

from tests.test_event_reading import coded


def test_what_befell_the_victim_may_stand_between_them_and_the_attack():
    assert coded("Bripda Yosua Lumban gugur ditembak Kelompok Kriminal Bersenjata saat berpatroli.",
                 [("Yosua Lumban", "PERSON", "IDN"), ("Kelompok Kriminal Bersenjata", "ORG", "IDN")]) == [
        ("ASSAULT", "190", "Kelompok Kriminal Bersenjata", "IDN", "Yosua Lumban", "IDN")]
    assert coded("Seorang pemuda bernama Adi Saputra tewas ditikam sekelompok orang tak dikenal di Medan.",
                 [("Adi Saputra", "PERSON", "IDN"), ("Medan", "PLACE", "IDN")]) == [
        ("ASSAULT", "182", "sekelompok orang tak dikenal", "IDN", "Adi Saputra", "IDN")]


def test_a_negation_inside_the_actor_s_words_does_not_negate_the_act():
    # "tak" belongs to "orang tak dikenal"; "tidak" before the verb still negates it
    assert coded("Orang tak dikenal menyerang pos polisi di Jayapura.", [("Jayapura", "PLACE", "IDN")]) == [
        ("ASSAULT", "190", "Orang tak dikenal", "IDN", "polisi", "IDN")]
    assert coded("Polisi tidak menangkap Budi Santoso.", [("Budi Santoso", "PERSON", "IDN")]) == []


def test_victims_told_by_their_trade_are_acted_on():
    assert coded("Kelompok Kriminal Bersenjata menembak mati dua tukang ojek di Puncak Jaya.",
                 [("Kelompok Kriminal Bersenjata", "ORG", "IDN"), ("Puncak Jaya", "PLACE", "IDN")]) == [
        ("ASSAULT", "1823", "Kelompok Kriminal Bersenjata", "IDN", "dua tukang ojek", "IDN")]


def test_failing_to_answer_a_summons_defies_the_summoner():
    # staying away from one's work or a council meeting is no defiance of the law
    assert coded("Budi Santoso mangkir dari tugasnya sebagai guru selama tiga bulan.",
                 [("Budi Santoso", "PERSON", "IDN")]) == []
    assert coded("Sekda Maluku Utara, Ridwan Umar, mangkir dari pemanggilan penyidik Kejaksaan Agung, Senin.",
                 [("Ridwan Umar", "PERSON", "IDN"), ("Kejaksaan Agung", "ORG", "IDN")]) == [
        ("REJECT", "128", "Ridwan Umar", "IDN", "Kejaksaan Agung", "IDN")]
    assert coded("Bupati Yakob Mandacan tidak memenuhi panggilan KPK pekan lalu.",
                 [("Yakob Mandacan", "PERSON", "IDN"), ("KPK", "ORG", "IDN")]) == [
        ("REJECT", "128", "Yakob Mandacan", "IDN", "KPK", "IDN")]


def test_a_passive_opening_phrase_befell_the_main_clause_s_subject():
    assert coded("Setelah didemo warga selama tiga hari, Pemkot Lhokseumawe membatalkan kenaikan tarif.",
                 [("Pemkot Lhokseumawe", "ORG", "IDN")])[:1] == [
        ("PROTEST", "141", "warga", "IDN", "Pemkot Lhokseumawe", "IDN")]
    assert coded("Dikritik DPR, Menteri Keuangan Purbaya membela kebijakannya.",
                 [("DPR", "ORG", "IDN"), ("Purbaya", "PERSON", "IDN")], {"Purbaya": "Menteri Keuangan"}) == [
        ("ACCUSE", "111", "DPR", "IDN", "Purbaya", "IDN")]


def test_a_protest_is_against_whoever_did_what_is_protested():
    assert coded("Ratusan mahasiswa memprotes kenaikan uang kuliah tunggal (UKT) yang ditetapkan Rektorat Unhalu.",
                 [("Rektorat Unhalu", "ORG", "IDN")]) == [
        ("PROTEST", "140", "Ratusan mahasiswa", "IDN", "Rektorat Unhalu", "IDN")]


def test_an_agent_word_qualifying_a_noun_is_no_actor():
    # "belanja publik", "kepentingan rakyat": whose spending and interests, no one acted on
    assert coded("Pemda Jabar tidak sengaja menahan belanja publik.", [("Pemda Jabar", "ORG", "IDN")]) == []
    assert coded("Presiden Prabowo membela kepentingan rakyat kecil.", [("Prabowo", "PERSON", "IDN")]) == []
    # a rogue policeman held by the police is acted on
    assert coded("Polda Metro Jaya menahan oknum polisi itu.", [("Polda Metro Jaya", "ORG", "IDN")]) == [
        ("COERCE", "173", "Polda Metro Jaya", "IDN", "oknum polisi", "IDN")]


def test_an_attempt_is_not_the_act_save_an_attack():
    for word in ("berupaya", "mencoba", "berusaha"):
        assert coded(f"Polres Bogor {word} menangkap Budi Santoso, namun gagal.",
                     [("Polres Bogor", "ORG", "IDN"), ("Budi Santoso", "PERSON", "IDN")]) == []
    assert coded("Pelaku mencoba menikam korban dengan pisau, namun berhasil dilerai warga.", []) == [
        ("ASSAULT", "180", "Pelaku", "IDN", "korban", "IDN")]


def test_an_attack_named_as_a_cause_is_news_in_the_main_clause_and_the_past_in_a_description():
    kkb = [("Kelompok Kriminal Bersenjata", "ORG", "IDN")]
    assert coded("Dua anggota TNI tewas akibat serangan Kelompok Kriminal Bersenjata di Intan Jaya.", kkb) == [
        ("ASSAULT", "190", "Kelompok Kriminal Bersenjata", "IDN", None, "IDN")]
    described = coded("Bantuan diberikan kepada keluarga prajurit yang gugur akibat serangan Kelompok Kriminal "
                      "Bersenjata.", kkb)
    assert [e for e in described if e[0] == "ASSAULT"] == []


def test_what_befell_the_victim_may_be_told_in_two_words():
    assert coded("Bripda Andi Saputra meninggal dunia ditembak orang tak dikenal di Puncak.",
                 [("Andi Saputra", "PERSON", "IDN")]) == [
        ("ASSAULT", "190", "orang tak dikenal", "IDN", "Andi Saputra", "IDN")]


def test_a_protest_s_object_ends_at_a_place():
    assert coded("Ratusan buruh memprotes kebijakan upah minimum di depan gedung yang dijaga polisi.", []) == [
        ("PROTEST", "140", "Ratusan buruh", "IDN", None, "IDN")]


def test_activists_of_a_named_group_are_arrested_not_the_group():
    assert coded("Polisi menangkap dua aktivis KontraS saat aksi di Jakarta.", [("KontraS", "ORG", "IDN")]) == [
        ("COERCE", "173", "Polisi", "IDN", "dua aktivis KontraS", "IDN")]


def test_a_protest_told_twice_in_a_sentence_is_one_at_the_place_named():
    assert coded("Aliansi mahasiswa menggelar aksi unjuk rasa di depan Gedung DPRD Sumut menolak kenaikan "
                 "tunjangan anggota dewan.", [("DPRD Sumut", "ORG", "IDN")]) == [
        ("PROTEST", "140", "mahasiswa", "IDN", "DPRD Sumut", "IDN"), ("REJECT", "120", "mahasiswa", "IDN", None, "IDN")]


def test_a_passive_in_a_time_clause_befell_the_main_clause_s_subject():
    assert coded("Budi Santoso mengalami luka di wajah setelah diserang orang tak dikenal di Sukabumi.",
                 [("Budi Santoso", "PERSON", "IDN"), ("Sukabumi", "PLACE", "IDN")]) == [
        ("ASSAULT", "190", "orang tak dikenal", "IDN", "Budi Santoso", "IDN")]


def test_a_call_at_an_office_and_a_promise_of_what_will_be_done():
    assert coded("Menkeu Purbaya menyambangi Kantor Kementerian Pekerjaan Umum di Jakarta.",
                 [("Purbaya", "PERSON", "IDN"), ("Kementerian Pekerjaan Umum", "ORG", "IDN"),
                  ("Jakarta", "PLACE", "IDN")]) == [
        ("CONSULT", "042", "Purbaya", "IDN", "Kementerian Pekerjaan Umum", "IDN")]
    assert coded("Gubernur BI Perry Warjiyo menjanjikan akan menjaga rupiah.",
                 [("Perry Warjiyo", "PERSON", "IDN")]) == [
        ("AGREE", "030", "Perry Warjiyo", "IDN", None, "IDN")]
    # a promising market is no promise
    assert coded("Indonesia adalah pasar yang menjanjikan bagi investor.", [("Indonesia", "PLACE", "IDN")]) == []


def test_an_attempt_to_kill_is_an_assault_not_a_killing():
    assert coded("Pelaku berusaha membunuh korban dengan senjata tajam.", []) == [
        ("ASSAULT", "180", "Pelaku", "IDN", "korban", "IDN")]


def test_two_acts_of_one_doer_in_a_sentence_stay_two_when_their_codes_differ():
    assert coded("KPK melakukan penyidikan dan menetapkan Budi Santoso sebagai tersangka.",
                 [("KPK", "ORG", "IDN"), ("Budi Santoso", "PERSON", "IDN")]) == [
        ("ACCUSE", "091", "KPK", "IDN", None, "IDN"), ("ACCUSE", "1121", "KPK", "IDN", "Budi Santoso", "IDN")]


def test_meeting_reporters_is_no_meeting_and_a_demonstrative_ends_no_list():
    assert coded("Kapolres Bogor AKBP Rio Wibowo menemui wartawan di Mapolres Bogor.",
                 [("Rio Wibowo", "PERSON", "IDN")], {"Rio Wibowo": "Kapolres Bogor"}) == []
    assert coded("Prabowo bertemu dengan Anwar Ibrahim dan Lee Hsien Loong itu di Istana Merdeka.",
                 [("Prabowo", "PERSON", "IDN"), ("Anwar Ibrahim", "PERSON", "MYS"),
                  ("Lee Hsien Loong", "PERSON", "SGP")]) == [
        ("CONSULT", "040", "Prabowo", "IDN", "Anwar Ibrahim", "MYS"),
        ("CONSULT", "040", "Prabowo", "IDN", "Lee Hsien Loong", "SGP")]


def test_people_counted_by_sex_or_age_and_those_close_to_an_actor_are_actors():
    assert coded("Polres Kota Selatan menangkap dua pria di sebuah minimarket.",
                 [("Polres Kota Selatan", "ORG", "IDN")]) == [
        ("COERCE", "173", "Polres Kota Selatan", "IDN", "dua pria", "IDN")]
    assert coded("Seorang pria menusuk tetangganya di Depok.", [("Depok", "PLACE", "IDN")]) == [
        ("ASSAULT", "182", "Seorang pria", "IDN", "tetangganya", "IDN")]
    # uncounted and unpointed, "pria" is any man, no actor; "pria itu" is the man told of
    assert coded("Pria menusuk tetangganya di Depok.", [("Depok", "PLACE", "IDN")]) == []
    assert coded("Pria itu menusuk tetangganya di Depok.", [("Depok", "PLACE", "IDN")]) == [
        ("ASSAULT", "182", "Pria", "IDN", "tetangganya", "IDN")]


def test_a_neighbouring_country_is_no_neighbour_and_an_agent_acronym_is_an_agent():
    assert coded("Indonesia bekerja sama dengan negara tetangga di bidang energi.",
                 [("Indonesia", "PLACE", "IDN")]) == []
    assert coded("Bupati memecat tiga ASN yang membolos.", []) == [
        ("COERCE", "172", "Bupati", "IDN", "tiga ASN", "IDN")]


def test_a_counted_spouse_acts():
    assert coded("Seorang istri membunuh suaminya di Bekasi.", [("Bekasi", "PLACE", "IDN")]) == [
        ("ASSAULT", "1823", "Seorang istri", "IDN", "suaminya", "IDN")]


def test_throats_slit_and_people_held_captive_are_attacks():
    pair = [("Hendra Gunawan", "PERSON", "IDN"), ("Rina Marlina", "PERSON", "IDN")]
    assert coded("Hendra Gunawan menggorok leher Rina Marlina dengan pisau dapur.", pair) == [
        ("ASSAULT", "182", "Hendra Gunawan", "IDN", "Rina Marlina", "IDN")]
    assert coded("Hendra Gunawan menyekap Rina Marlina selama tiga hari di sebuah gudang.", pair) == [
        ("ASSAULT", "181", "Hendra Gunawan", "IDN", "Rina Marlina", "IDN")]


def test_a_protest_held_with_a_light_verb_and_one_by_tourism_workers_are_protests():
    assert coded("Mahasiswa Universitas Jambi melakukan demonstrasi di depan kantor gubernur.",
                 [("Universitas Jambi", "ORG", "IDN")])[0][:4] == (
        "PROTEST", "141", "Mahasiswa Universitas Jambi", "IDN")
    assert coded("Pelaku pariwisata memprotes kebijakan larangan study tour.", [])[0][:4] == (
        "PROTEST", "140", "Pelaku pariwisata", "IDN")


def test_a_team_beaten_and_a_rider_run_over_are_no_attacks():
    assert coded("Persiraja Banda Aceh menghabisi PSMS Medan 4-0 di Stadion Harapan Bangsa.",
                 [("Persiraja Banda Aceh", "ORG", "IDN"), ("PSMS Medan", "ORG", "IDN")]) == []
    assert coded("Seorang sopir truk melindas pengendara sepeda motor di Jalan Raya Serang.", []) == []
