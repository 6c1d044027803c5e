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
