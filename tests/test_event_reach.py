"""Places named as how far something reached, agreements to widen cooperation and demands judged
too heavy, on Documents built by hand (fixed entities)."""

from __future__ import annotations

from tests.documents import coded_events


def test_places_reached_by_a_tremor_do_not_damage_anything():
    places = [("Cianjur", "PLACE", "IDN"), ("Sukabumi", "PLACE", "IDN"), ("Bogor", "PLACE", "IDN")]
    assert coded_events("Guncangan gempa terasa hingga Cianjur dan Sukabumi serta merusak ratusan rumah warga.",
                        places) == []
    assert coded_events("Guncangan gempa terasa sampai Cianjur, Sukabumi dan Bogor lalu merusak puluhan rumah.",
                        places) == []


def test_a_place_before_the_marker_still_acts():
    # "hingga kini" (until now) follows the country; nothing was reached
    assert coded_events(
        "Rusia hingga kini merusak fasilitas listrik Ukraina.",
        [("Rusia", "PLACE", "RUS"), ("Ukraina", "PLACE", "UKR")],
    ) == [("ASSAULT", "1712", "Rusia", "RUS", "Ukraina", "UKR")]


def test_agreeing_to_widen_cooperation_is_one_pledge():
    assert coded_events(
        "Bank Sentral Filipina dan Bank Negara Malaysia sepakat memperluas kerja sama pembayaran lintas batas.",
        [("Bank Sentral Filipina", "ORG", "PHL"), ("Bank Negara Malaysia", "ORG", "MYS")],
    ) == [("AGREE", "031", "Bank Sentral Filipina", "PHL", "Bank Negara Malaysia", "MYS")]


def test_a_demand_judged_too_heavy_criticises_whoever_made_it():
    # (session 28) a defence lawyer's judgement of the prosecutor's demand
    assert coded_events(
        "Kuasa hukum terdakwa, Yudi Prakoso, menilai tuntutan jaksa terlalu berat bagi kliennya.",
        [("Yudi Prakoso", "PERSON", "IDN")],
    ) == [("ACCUSE", "111", "Yudi Prakoso", "IDN", "jaksa", "IDN")]


def test_the_end_of_a_range_of_actors_after_dari_still_acts_and_lists_join_with_serta():
    countries = [("Kanada", "PLACE", "CAN"), ("Jepang", "PLACE", "JPN"), ("Korea Utara", "PLACE", "PRK")]
    assert coded_events("Sejumlah negara, dari Kanada sampai Jepang, mengecam uji coba rudal Korea Utara.",
                        countries) == [("ACCUSE", "111", "Jepang", "JPN", "Korea Utara", "PRK")]
    places = [("Cianjur", "PLACE", "IDN"), ("Sukabumi", "PLACE", "IDN"), ("Bogor", "PLACE", "IDN")]
    assert coded_events("Guncangan gempa terasa hingga Cianjur, Sukabumi, serta Bogor dan merusak rumah warga.",
                        places) == []


def test_a_handling_judged_slow_or_a_rule_judged_a_burden_is_criticism():
    # (session 29) the forms of criticism a party or an activist uses of a body's work
    assert coded_events("Heru Cahyono menilai penanganan kasus oleh polisi berjalan lambat.",
                        [("Heru Cahyono", "PERSON", "IDN")]) == [
        ("ACCUSE", "111", "Heru Cahyono", "IDN", "polisi", "IDN")]
    assert coded_events("Fraksi PKS menilai sosialisasi kebijakan pemerintah itu masih minim.",
                        [("Fraksi PKS", "ORG", "IDN")]) == [("ACCUSE", "111", "Fraksi PKS", "IDN", "pemerintah", "IDN")]
    # slower than forecast describes, it judges no one
    assert coded_events("Erwin mengatakan penahanan suku bunga itu terjadi karena inflasi turun lebih lambat.",
                        [("Erwin", "PERSON", "IDN")]) == []


def test_declaring_oneself_ready_to_carry_out_is_a_pledge_and_a_circular_asks():
    # (session 29)
    gubernur = [("Andi Saputra", "PERSON", "IDN"), ("Kementerian Dalam Negeri", "ORG", "IDN")]
    assert coded_events("Andi Saputra menyatakan siap mempercepat realisasi belanja daerah.", gubernur) == [
        ("AGREE", "030", "Andi Saputra", "IDN", None, "IDN")]
    # ready to be sworn in pledges nothing; ready to cooperate stays a pledge to cooperate
    assert coded_events("Andi Saputra mengaku siap dilantik.", gubernur) == []
    assert [e[:2] for e in coded_events("Andi Saputra menyatakan siap bekerja sama dengan Kementerian Dalam Negeri.",
                                        gubernur)] == [("AGREE", "031")]
    circular = "Kementerian Dalam Negeri mengirimkan surat edaran kepada seluruh kepala daerah."
    assert coded_events(circular, gubernur) == [
        ("REQUEST", "100", "Kementerian Dalam Negeri", "IDN", "seluruh kepala daerah", "IDN")]
    # a plain letter asks only with what it asks for
    assert coded_events("Andi Saputra mengirim surat kepada Kementerian Dalam Negeri.", gubernur) == []
    assert coded_events("Andi Saputra mengirim surat kepada Kementerian Dalam Negeri agar dana segera cair.",
                        gubernur) == [("REQUEST", "100", "Andi Saputra", "IDN", "Kementerian Dalam Negeri", "IDN")]


def test_an_attack_condemned_with_its_attacker_named_is_told_too():
    # (session 29) the attack and what is said of it; an attack with no attacker named stays what
    # is condemned
    actors = [("Kementerian Luar Negeri", "ORG", "IDN"), ("Rusia", "PLACE", "RUS"), ("Kyiv", "PLACE", "UKR")]
    assert coded_events("Kementerian Luar Negeri mengecam keras serangan udara Rusia ke Kyiv.", actors) == [
        ("ACCUSE", "111", "Kementerian Luar Negeri", "IDN", "Rusia", "RUS"),
        ("ASSAULT", "190", "Rusia", "RUS", "Kyiv", "UKR")]
    unnamed = coded_events("Kementerian Luar Negeri mengecam serangan terhadap Kyiv.", actors)
    assert [e[0] for e in unnamed] == ["ACCUSE"]


def test_what_only_looks_like_criticism_a_request_a_pledge_or_an_attack_is_none():
    # (review) "minim kendala" praises; a letter "untuk" any purpose asks nothing; ready to be sworn
    # in after a clause with a verb pledges nothing; a planned attack has not happened
    person = [("Andi Saputra", "PERSON", "IDN"), ("Kementerian Dalam Negeri", "ORG", "IDN"),
              ("Israel", "PLACE", "ISR"), ("Rafah", "PLACE", "PSE")]
    assert coded_events("Andi Saputra menilai penyaluran bantuan berjalan lancar dan minim kendala.", person) == []
    assert coded_events("Untuk menyampaikan duka cita, Andi Saputra mengirim surat kepada Kementerian Dalam Negeri.",
                        person) == []
    sworn = "Usai menyelesaikan pemeriksaan kesehatan, Andi Saputra menyatakan siap dilantik."
    assert coded_events(sworn, person) == []
    assert [e[0] for e in coded_events("Andi Saputra mengecam rencana serangan Israel terhadap Rafah.", person)] == [
        "ACCUSE"]
