"""Events on Documents built by hand (session 37): places set off by commas one after another
after a group say where the group is, not who acts; a passive form closing a description
before the named person describes its noun; a summons letter sent with the one summoned told
before is still a summons, of someone unnamed. Sentences written for these tests."""

from __future__ import annotations

from tests.documents import coded_events

VILLAGERS = [("Warga Desa Sukamaju", "PERSON", "IDN", "CVL"), ("Kecamatan Cibadak", "PLACE", "IDN"),
             ("Kabupaten Sukabumi", "PLACE", "IDN"), ("Polres Sukabumi", "ORG", "IDN", "COP")]


def test_places_set_off_one_after_another_after_a_group_say_where_it_is():
    assert coded_events("Warga Desa Sukamaju, Kecamatan Cibadak, Kabupaten Sukabumi, berunjuk rasa "
                        "di depan Polres Sukabumi.", VILLAGERS)[0][:3] == ("PROTEST", "140", "Warga Desa Sukamaju")
    # a chain that ends in a province named without its head word is still where
    got = coded_events("Warga Desa Sukamaju, Kecamatan Cibadak, Kabupaten Sukabumi, Jawa Barat, berunjuk rasa "
                       "di depan Polres Sukabumi.", [*VILLAGERS, ("Jawa Barat", "PLACE", "IDN")])
    assert got[0][:3] == ("PROTEST", "140", "Warga Desa Sukamaju")


def test_a_group_s_village_named_in_its_words_opens_the_chain_of_places():
    got = coded_events("Puluhan warga Desa Sumber Rejo, Kecamatan Batu Ampar, Kabupaten Kubu Raya, mengecam "
                       "Polres Sukabumi.", [("Puluhan warga", "PERSON", "IDN", "CVL"),
                                            ("Kecamatan Batu Ampar", "PLACE", "IDN"),
                                            ("Kabupaten Kubu Raya", "PLACE", "IDN"),
                                            ("Polres Sukabumi", "ORG", "IDN", "COP")])
    assert got == [("ACCUSE", "111", "Puluhan warga", "IDN", "Polres Sukabumi", "IDN")]


def test_a_passive_form_closing_a_description_describes_its_noun():
    actors = [("Kejari Bitung", "ORG", "IDN", "JUD"), ("Jemmy Pangkerego", "PERSON", "IDN")]
    got = coded_events("Kejari Bitung menuntut terdakwa kasus penyelundupan satwa dilindungi, Jemmy Pangkerego, "
                       "dengan hukuman empat tahun penjara.", actors)
    assert [(s, t) for _, _, s, _, t, _ in got] == [("Kejari Bitung", "Jemmy Pangkerego")]


def test_a_summons_letter_sent_is_a_summons_of_someone_unnamed():
    actors = [("Polda Jatim", "ORG", "IDN", "COP")]
    assert coded_events("Hari ini penyidik Polda Jatim sudah mengirimkan surat panggilan kedua.", actors) == [
        ("ACCUSE", "091", "Polda Jatim", "IDN", None, "IDN")]
    # a company's letter calling applicants to a test, a ministry's to pay, summon no one for questioning
    others = [("PT Pertamina", "ORG", "IDN", "BUS"), ("Kementerian Agama", "ORG", "IDN", "GOV")]
    assert coded_events("PT Pertamina mengirimkan surat panggilan tes kepada pelamar.", others) == []
    assert coded_events("Kementerian Agama mengirimkan surat panggilan kepada calon jemaah haji.", others) == []
    # the spokesman named after the verb of saying is no one summoned
    spoken = [*actors, ("Dirmanto", "PERSON", "IDN", "COP")]
    assert coded_events("Polda Jatim sudah mengirimkan surat panggilan kedua, kata Dirmanto.", spoken)[0][4] is None


def test_a_body_a_crowd_comes_from_is_the_one_protesting():
    actors = [("Aliansi Rakyat Bela Palestina", "ORG", "IDN", "NGO"), ("Kedutaan Besar Amerika Serikat", "ORG", "USA")]
    got = coded_events("Ratusan massa dari Aliansi Rakyat Bela Palestina menggelar aksi di depan Kedutaan Besar "
                       "Amerika Serikat.", actors)
    assert [(t, s) for t, _, s, *_ in got] == [("PROTEST", "Aliansi Rakyat Bela Palestina")]


def test_a_report_of_someone_for_a_suspected_offence_accuses_them():
    actors = [("Warga Sukamaju", "PERSON", "IDN", "CVL"), ("PT Sinar Jaya", "ORG", "IDN", "BUS"),
              ("Reuters", "ORG", "GBR", "MED")]
    assert coded_events("Warga Sukamaju melaporkan PT Sinar Jaya atas dugaan penipuan.", actors) == [
        ("ACCUSE", "114", "Warga Sukamaju", "IDN", "PT Sinar Jaya", "IDN")]
    # a news agency's report reports no one; the one a suspected offence befell is not the one reported,
    # the one who did it (after "oleh") is
    assert coded_events("Reuters melaporkan dugaan kebocoran data di kementerian itu.", actors) == []
    victim = [*actors, ("Andi Saputra", "PERSON", "IDN")]
    assert coded_events("Warga Sukamaju melaporkan dugaan penganiayaan Andi Saputra oleh seorang guru.", victim) == [
        ("ACCUSE", "114", "Warga Sukamaju", "IDN", "seorang guru", "IDN")]


def test_a_crowd_met_is_met_as_its_body_but_those_attacked_or_questioned_stay_people():
    actors = [("La Ode Rusdin", "PERSON", "IDN", "GOV"), ("Aliansi Mahasiswa Sultra", "ORG", "IDN", "EDU"),
              ("Polres Kendari", "ORG", "IDN", "COP")]
    assert coded_events("La Ode Rusdin menemui ratusan mahasiswa dari Aliansi Mahasiswa Sultra di halaman kantor.",
                        actors)[0][:5] == ("CONSULT", "040", "La Ode Rusdin", "IDN", "Aliansi Mahasiswa Sultra")
    assert coded_events("Polres Kendari menangkap lima mahasiswa dari Aliansi Mahasiswa Sultra.", actors) == [
        ("COERCE", "173", "Polres Kendari", "IDN", "lima mahasiswa", "IDN")]
    assert coded_events("Polres Kendari memukuli puluhan mahasiswa dari Aliansi Mahasiswa Sultra.", actors)[0][4] \
        == "puluhan mahasiswa"
    # "sejumlah" counts a few, no crowd: those met are no body
    assert coded_events("La Ode Rusdin menemui sejumlah mahasiswa dari Aliansi Mahasiswa Sultra.", actors)[0][4] \
        == "sejumlah mahasiswa"
    # a crowd received as its body is still received
    assert coded_events("La Ode Rusdin menerima ratusan mahasiswa dari Aliansi Mahasiswa Sultra di kantornya.",
                        actors)[0][:5] == ("CONSULT", "043", "La Ode Rusdin", "IDN", "Aliansi Mahasiswa Sultra")


def test_one_more_described_by_kin_after_dan_is_listed():
    actors = [("KPK", "ORG", "IDN", "JUD"), ("Edward Sintang", "PERSON", "IDN"), ("Margaretha Lusi", "PERSON", "IDN")]
    got = coded_events("KPK menetapkan Edward Sintang dan istrinya, Margaretha Lusi, sebagai tersangka.", actors)
    assert [t for *_, t, _ in got] == ["Edward Sintang", "Margaretha Lusi"]


def test_an_objection_to_the_charge_voiced_in_court_rejects_it():
    actors = [("Agus Salim", "PERSON", "IDN", "JUD"), ("Kementerian Haji", "ORG", "SAU", "GOV"),
              ("Lukman Hakim", "PERSON", "IDN", "GOV")]
    assert coded_events("Penasihat hukum terdakwa, Agus Salim, menyatakan keberatan atas dakwaan jaksa.", actors) == [
        ("REJECT", "120", "Agus Salim", "IDN", "jaksa", "IDN")]
    # the court ruling on the objection rejects nothing
    court = [("Pengadilan Tipikor Jakarta", "ORG", "IDN", "JUD"), ("Budi Santoso", "PERSON", "IDN")]
    assert not any(e[0] == "REJECT" for e in coded_events(
        "Pengadilan Tipikor Jakarta akan membacakan putusan sela atas keberatan atas dakwaan yang diajukan "
        "Budi Santoso.", court))
    # an objection to anything else is a complaint
    assert coded_events("Lukman Hakim menyampaikan keberatan terkait penempatan jamaah kepada Kementerian Haji.",
                        actors)[0][:2] == ("ACCUSE", "114")

