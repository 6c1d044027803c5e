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
    # a list of places after a body, with no place's head word, is a list of actors
    listed = coded_events("Pemkab Sleman, Bantul, Kulon Progo, dan Gunungkidul mengecam Polres Sukabumi.",
                          [("Pemkab Sleman", "ORG", "IDN", "GOV"), ("Bantul", "PLACE", "IDN"),
                           ("Kulon Progo", "PLACE", "IDN"), ("Gunungkidul", "PLACE", "IDN"),
                           ("Polres Sukabumi", "ORG", "IDN", "COP")])
    assert {source for _, _, source, *_ in listed} != {"Pemkab Sleman"}


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


def test_a_body_a_crowd_comes_from_is_the_one_protesting():
    actors = [("Aliansi Rakyat Bela Palestina", "ORG", "IDN", "NGO"), ("Kedutaan Besar Amerika Serikat", "ORG", "USA")]
    got = coded_events("Ratusan massa dari Aliansi Rakyat Bela Palestina menggelar aksi di depan Kedutaan Besar "
                       "Amerika Serikat.", actors)
    assert [(t, s) for t, _, s, *_ in got] == [("PROTEST", "Aliansi Rakyat Bela Palestina")]


def test_officers_arriving_on_duty_make_no_visit():
    actors = [("KPK", "ORG", "IDN", "JUD"), ("Kantor Bupati Malinau", "ORG", "IDN", "GOV"),
              ("Retno Marsudi", "PERSON", "IDN", "GOV"), ("Tokyo", "PLACE", "JPN")]
    assert coded_events("Delapan penyidik KPK tiba di Kantor Bupati Malinau pukul 09.00.", actors) == []
    assert coded_events("Retno Marsudi tiba di Tokyo pada Senin malam.", actors) == [
        ("CONSULT", "042", "Retno Marsudi", "IDN", "Tokyo", "JPN")]


def test_a_report_of_someone_for_a_suspected_offence_accuses_them():
    actors = [("Sahara Putri", "PERSON", "IDN"), ("Imam Santoso", "PERSON", "IDN"), ("Reuters", "ORG", "GBR", "MED")]
    assert coded_events("Sahara Putri melaporkan Imam Santoso atas dugaan pencemaran nama baik.", actors) == [
        ("ACCUSE", "114", "Sahara Putri", "IDN", "Imam Santoso", "IDN")]
    # a news agency's report reports no one
    assert coded_events("Reuters melaporkan dugaan kebocoran data di kementerian itu.", actors) == []


def test_a_crowd_met_is_met_as_its_body_but_those_arrested_stay_people():
    actors = [("La Ode Rusdin", "PERSON", "IDN", "GOV"), ("Aliansi Mahasiswa Sultra", "ORG", "IDN", "EDU"),
              ("Polres Kendari", "ORG", "IDN", "COP")]
    assert coded_events("La Ode Rusdin menemui ratusan mahasiswa dari Aliansi Mahasiswa Sultra di halaman kantor.",
                        actors)[0][:5] == ("CONSULT", "040", "La Ode Rusdin", "IDN", "Aliansi Mahasiswa Sultra")
    assert coded_events("Polres Kendari menangkap lima mahasiswa dari Aliansi Mahasiswa Sultra.", actors) == [
        ("COERCE", "173", "Polres Kendari", "IDN", "lima mahasiswa", "IDN")]


def test_one_more_described_by_kin_after_dan_is_listed():
    actors = [("KPK", "ORG", "IDN", "JUD"), ("Edward Sintang", "PERSON", "IDN"), ("Margaretha Lusi", "PERSON", "IDN")]
    got = coded_events("KPK menetapkan Edward Sintang dan istrinya, Margaretha Lusi, sebagai tersangka.", actors)
    assert [t for *_, t, _ in got] == ["Edward Sintang", "Margaretha Lusi"]


def test_an_objection_to_the_charge_voiced_in_court_rejects_it():
    actors = [("Agus Salim", "PERSON", "IDN", "JUD"), ("Kementerian Haji", "ORG", "SAU", "GOV"),
              ("Lukman Hakim", "PERSON", "IDN", "GOV")]
    assert coded_events("Penasihat hukum terdakwa, Agus Salim, menyatakan keberatan atas dakwaan jaksa.", actors) == [
        ("REJECT", "120", "Agus Salim", "IDN", "jaksa", "IDN")]
    # an objection to anything else is a complaint
    assert coded_events("Lukman Hakim menyampaikan keberatan terkait penempatan jamaah kepada Kementerian Haji.",
                        actors)[0][:2] == ("ACCUSE", "114")

