"""The events stage on Documents built by hand (fixed entities, so no NER change can move
them): unnamed actors, pronouns, passives after "usai", forms of a root that mean something else."""

from __future__ import annotations

from tests.documents import build
from warta.model import Document, Quote, Speaker, TimeExpr
from warta.stages.countries import story_country
from warta.stages.event_contexts import contexts_of
from warta.stages.event_triggers import passive_form
from warta.stages.events import Events


def document(text: str, entities: list[tuple[str, str, str | None]], language: str = "id") -> Document:
    return build(text, entities, (Events(),), language)


def coded(doc: Document) -> list[tuple]:
    return [(e.type, e.cameo, e.source.name, e.source.country, e.target.name, e.target.country)
            for e in doc.events]


def test_an_unnamed_actor_is_acted_on_in_the_story_country():
    doc = document("KPK menahan tersangka di Jakarta.", [("KPK", "ORG", "IDN"), ("Jakarta", "PLACE", "IDN")])
    assert coded(doc) == [("COERCE", "173", "KPK", "IDN", "tersangka", "IDN")]
    assert doc.events[0].target.entity is None  # an unnamed actor is no entity


def test_a_suspect_never_acts():
    doc = document("Tersangka memeriksa dokumen KPK.", [("KPK", "ORG", "IDN")])
    assert coded(doc) == []


def test_an_unnamed_actor_takes_the_country_named_after_it():
    doc = document("Polisi Prancis menangkap Budi Santoso.",
                   [("Prancis", "PLACE", "FRA"), ("Budi Santoso", "PERSON", None)])
    assert coded(doc) == [("COERCE", "173", "Polisi Prancis", "FRA", "Budi Santoso", None)]


def test_a_pronoun_is_the_person_named_before_it():
    doc = document("Presiden Prabowo Subianto memimpin rapat.\nIa mengingatkan para menteri agar bekerja.",
                   [("Prabowo Subianto", "PERSON", "IDN")])
    assert coded(doc) == [("CONSULT", "040", "Prabowo Subianto", "IDN", None, "IDN"),  # the meeting he led
                          ("REQUEST", "100", "Prabowo Subianto", "IDN", "para menteri", "IDN")]


def test_a_title_word_opening_a_name_is_no_unnamed_actor():
    doc = document("Gubernur Banten Andra Soni mengkritik Bupati Lebak.",
                   [("Banten", "PLACE", "IDN"), ("Andra Soni", "PERSON", "IDN"), ("Lebak", "PLACE", "IDN")])
    assert [e.source.name for e in doc.events] == ["Andra Soni"]


def test_a_passive_after_usai_is_news_not_background():
    doc = document("Bobby Nasution buka suara usai ditegur Kemendagri karena inflasi.",
                   [("Bobby Nasution", "PERSON", "IDN"), ("Kemendagri", "ORG", "IDN")])
    assert coded(doc) == [("ACCUSE", "111", "Kemendagri", "IDN", "Bobby Nasution", "IDN")]


def test_finding_is_not_meeting():
    doc = document("Dinas Lingkungan Hidup menemukan pelanggaran PT Maju.",
                   [("Dinas Lingkungan Hidup", "ORG", "IDN"), ("PT Maju", "ORG", "IDN")])
    # no meeting ("temu"); a violation found is an investigation of the company (091)
    assert coded(doc) == [("ACCUSE", "091", "Dinas Lingkungan Hidup", "IDN", "PT Maju", "IDN")]


def test_a_summons_needs_questioning_and_naming_a_suspect_needs_the_word():
    doc = document("Penyidik memanggil Rudi Hartono untuk diperiksa sebagai saksi.\n"
                   "Kejaksaan Negeri Kuningan menetapkan MY sebagai tersangka.\n"
                   "Panitia memanggil Rudi Hartono ke panggung.",
                   [("Rudi Hartono", "PERSON", "IDN"), ("Kejaksaan Negeri Kuningan", "ORG", "IDN"),
                    ("MY", "PERSON", "IDN")])
    assert coded(doc) == [("ACCUSE", "091", "Penyidik", "IDN", "Rudi Hartono", "IDN"),
                          ("ACCUSE", "1121", "Kejaksaan Negeri Kuningan", "IDN", "MY", "IDN")]


def test_a_foreign_story_gives_unnamed_actors_its_country():
    doc = document("Polisi menangkap Jean Dupont di Paris.\nParis dan Lyon dilanda protes.",
                   [("Jean Dupont", "PERSON", None), ("Paris", "PLACE", "FRA"), ("Lyon", "PLACE", "FRA")])
    assert coded(doc) == [("COERCE", "173", "Polisi", "FRA", "Jean Dupont", None)]


def test_the_story_country_is_home_unless_a_foreign_country_holds_most_mentions():
    assert story_country([], "IDN") == "IDN"
    assert story_country(["IDN", "IDN", "ISR", "PSE"], "IDN") == "IDN"  # half are home's
    assert story_country(["USA", "USA", "USA", "USA", "IDN", "MEX"], "IDN") == "USA"
    assert story_country(["USA", "USA", "IDN", "IDN", "MEX", "CAN"], "IDN") == "IDN"  # no one dominates
    assert story_country(["USA", "FRA"], None) is None
    assert story_country(["JPN"], "IDN") == "JPN"  # "Polisi menangkap tiga pengunjuk rasa di Tokyo."


def test_a_di_word_without_a_known_root_is_no_passive():
    assert not passive_form("dipenjarakannyaxyz") and passive_form("ditahan") and not passive_form("dialog")


def test_contexts_come_from_the_code_and_the_sentence_cues():
    doc = document("KPK menahan tersangka kasus korupsi dana hibah di Jakarta.",
                   [("KPK", "ORG", "IDN"), ("Jakarta", "PLACE", "IDN")])
    assert doc.events[0].contexts == ["legal", "corruption", "crime"]
    assert contexts_of(None, ["warga", "mengungsi", "akibat", "banjir", "bandang"]) == ["disaster"]


def test_a_passive_arrest_with_no_agent_is_the_story_s_police_or_prosecutors():
    doc = document("Kejaksaan Negeri Kuningan memeriksa berkas itu.\n"
                   "Ketiga tersangka langsung ditahan di Lapas Kuningan.",
                   [("Kejaksaan Negeri Kuningan", "ORG", "IDN"), ("Lapas Kuningan", "PLACE", "IDN")])
    doc.entities[0].sector = "JUD"
    assert coded(Events()(doc))[-1] == ("COERCE", "173", "Kejaksaan Negeri Kuningan", "IDN", "Ketiga tersangka", "IDN")


def test_a_report_to_the_police_may_name_the_police_before_the_verb_and_leave_its_target_unnamed():
    doc = document("Sahara datang ke Polresta Malang Kota untuk melaporkan Imam Muslimin.\n"
                   "Tri Yanto telah melaporkan kasus ini ke Kejati Jabar.",
                   [("Sahara", "PERSON", "IDN"), ("Polresta Malang Kota", "ORG", "IDN"),
                    ("Imam Muslimin", "PERSON", "IDN"), ("Tri Yanto", "PERSON", "IDN"), ("Kejati Jabar", "ORG", "IDN")])
    assert coded(doc) == [("ACCUSE", "114", "Sahara", "IDN", "Imam Muslimin", "IDN"),
                          ("ACCUSE", "114", "Tri Yanto", "IDN", None, "IDN")]


def test_joining_a_protest_is_aimed_at_the_story_s_authorities():
    doc = document("Chuck Schumer juga bergabung dalam protes tersebut di New York.",
                   [("Chuck Schumer", "PERSON", "USA"), ("New York", "PLACE", "USA")])
    assert coded(doc) == [("PROTEST", "141", "Chuck Schumer", "USA", None, "USA")]


def test_a_verb_after_a_quotation_is_its_speaker_s_act():
    doc = document('"Kami mohon menjadi perhatian para gubernur," tegur Tomsi Tohir dalam rapat itu.',
                   [("Tomsi Tohir", "PERSON", "IDN")])
    assert [c for c in coded(doc) if c[1] == "111"] == [("ACCUSE", "111", "Tomsi Tohir", "IDN", "para gubernur", "IDN")]


def test_a_defendant_is_no_indictment_and_an_act_done_is_not_dated_after_the_article():
    doc = document("Kejagung menangani perkara dengan terdakwa tiga grup perusahaan.", [("Kejagung", "ORG", "IDN")])
    assert coded(doc) == []
    doc = document("BPJS Kesehatan berkolaborasi dengan Universitas Airlangga demi Indonesia Emas 2045.",
                   [("BPJS Kesehatan", "ORG", "IDN"), ("Universitas Airlangga", "ORG", "IDN")])
    doc.times = [TimeExpr(start=doc.body.index("2045"), end=doc.body.index("2045") + 4, text="2045",
                          type="DATE", value="2045")]
    doc = Events()(doc)
    assert [(e.cameo, e.target.name, e.date) for e in doc.events] == [("060", "Universitas Airlangga", "2025-10-22")]


def test_a_noun_naming_what_is_guarded_and_a_topic_discussed_are_no_events():
    doc = document("Sebanyak 1.743 personel pengamanan unjuk rasa disiagakan di Jakarta Pusat.",
                   [("Jakarta Pusat", "PLACE", "IDN")])
    assert [c for c in coded(doc) if c[0] == "PROTEST"] == []
    doc = document("Bupati Solok Jon Firman membahas anggaran RSUD Arosuka.",
                   [("Jon Firman", "PERSON", "IDN"), ("RSUD Arosuka", "ORG", "IDN")])
    assert coded(doc) == []
    doc = document("Luhut telah berkoordinasi dengan pihak China soal utang.",
                   [("Luhut", "PERSON", "IDN"), ("China", "PLACE", "CHN")])
    assert coded(doc) == [("CONSULT", "040", "Luhut", "IDN", "China", "CHN")]


def test_a_noun_s_agent_comes_after_oleh_or_a_light_verb_never_a_place_before_it():
    doc = document("Pencurian di Kota Mataram berakhir dengan penangkapan Budi Santoso.",
                   [("Kota Mataram", "PLACE", "IDN"), ("Budi Santoso", "PERSON", "IDN")])
    assert coded(doc) == []
    doc = document("Warga resah, berakhir dengan penangkapan Budi Santoso oleh Polresta Mataram.",
                   [("Budi Santoso", "PERSON", "IDN"), ("Polresta Mataram", "ORG", "IDN")])
    assert coded(doc) == [("COERCE", "173", "Polresta Mataram", "IDN", "Budi Santoso", "IDN")]
    doc = document("Tim gabungan dari BPBD melakukan asesmen serta imbauan kepada warga sekitar.",
                   [("BPBD", "ORG", "IDN")])
    assert coded(doc) == [("REQUEST", "100", "Tim gabungan", "IDN", "warga", "IDN")]


def test_a_two_letter_town_abroad_is_no_place_but_a_country_s_short_form_is():
    from warta.gazetteer import gazetteer

    places = gazetteer().places
    assert ("wa",) not in places and ("bo",) not in places  # Wa (Ghana) in "Wa Ode", a verse's "Wa …"
    assert places[("as",)][0].country == "USA" and places[("ri",)][0].country == "IDN"


def quoted(text: str, speaker: str, entities: list[tuple[str, str, str | None]]) -> Document:
    """The text's first quotation, spoken by `speaker` (the first entity listed)."""
    doc = build(text, entities)
    opening, closing = text.index('"') + 1, text.index('"', text.index('"') + 1)
    doc.quotes = [Quote(start=opening, end=closing, text=text[opening:closing],
                        speaker=Speaker(entity=doc.entities[0].id, name=speaker))]
    return Events()(doc)


def test_a_quoted_sentence_opening_with_its_act_is_the_speaker_s_act():
    # thanks and a plea said with no subject: the speaker thanks and pleads, whom the quotation names
    doc = quoted('"Terima kasih kepada Pak Rudi Hartono yang membantu warga," ujar Bupati Siti Rahma.',
                 "Siti Rahma", [("Siti Rahma", "PERSON", "IDN"), ("Rudi Hartono", "PERSON", "IDN")])
    assert coded(doc) == [("SUPPORT", "051", "Siti Rahma", "IDN", "Rudi Hartono", "IDN")]
    # a capitalised verb opening the quotation is no word of a name, though a name follows it
    doc = quoted('"Mohon Kapolda Irjen Agus Salim menindak pelaku," kata Ketua RT Budi Santoso.',
                 "Budi Santoso", [("Budi Santoso", "PERSON", "IDN"), ("Agus Salim", "PERSON", "IDN")])
    assert coded(doc) == [("REQUEST", "100", "Budi Santoso", "IDN", "Agus Salim", "IDN")]


def test_a_quotation_naming_an_act_is_not_the_speaker_doing_it():
    doc = quoted('"Penangkapan Andi Wijaya dilakukan di rumahnya," kata Kapolres Rio Wahyu.',
                 "Rio Wahyu", [("Rio Wahyu", "PERSON", "IDN"), ("Andi Wijaya", "PERSON", "IDN")])
    assert [e for e in coded(doc) if e[2] == "Rio Wahyu"] == []


def test_a_copula_after_the_comma_belongs_to_the_next_clause():
    doc = quoted('"Terima kasih kepada Pak Rudi Hartono, sekolah ini adalah hasil kerja bersama," '
                 'ujar Siti Rahma.', "Siti Rahma", [("Siti Rahma", "PERSON", "IDN"), ("Rudi Hartono", "PERSON", "IDN")])
    assert [e[:3] for e in coded(doc)] == [("SUPPORT", "051", "Siti Rahma")]
    doc = quoted('"Menangkap pelaku narkoba adalah tugas kami," kata Kapolres Rio Wahyu.', "Rio Wahyu",
                 [("Rio Wahyu", "PERSON", "IDN")])
    assert coded(doc) == []


def test_a_quotation_opening_with_an_act_s_noun_names_it_and_does_not_do_it():
    doc = quoted('"Usulan kami sudah disampaikan ke pemerintah," kata Ketua RT Budi Santoso.', "Budi Santoso",
                 [("Budi Santoso", "PERSON", "IDN")])
    assert coded(doc) == []
