"""The quotes stage on Documents built by hand (fixed sentences and entities, so no change to
the NER can move them): who said each direct quotation."""

from __future__ import annotations

from tests.documents import build
from warta.stages.quotes import Quotes

PEOPLE = [("Budi Santoso", "PERSON", "IDN"), ("Siti Aminah", "PERSON", "IDN"), ("BPBD Sukabumi", "ORG", "IDN")]


def speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in Quotes()(build(text, PEOPLE)).quotes]


def test_a_verb_of_saying_after_the_quotation_names_its_speaker():
    assert speakers('"Kami akan menindak tegas pelakunya," kata Budi Santoso di Jakarta.') == ["Budi Santoso"]


def test_a_speaker_named_before_the_quotation_with_a_verb_of_saying():
    assert speakers('Siti Aminah mengatakan, "Semua warga sudah dievakuasi ke tempat aman."') == ["Siti Aminah"]


def test_a_pronoun_form_after_the_quotation_is_the_person_named_last():
    assert speakers('Budi Santoso hadir di lokasi.\n"Situasinya sudah terkendali," ujarnya.') == ["Budi Santoso"]


def test_a_written_statement_is_its_body_s():
    assert speakers('"Kami mengimbau masyarakat tetap waspada," pernyataan BPBD Sukabumi melalui rilis resminya.') == [
        "BPBD Sukabumi"]


def indirect(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker.name if q.speaker else None, q.text) for q in Quotes()(build(text, PEOPLE)).quotes
            if not q.direct]


def test_a_pronoun_after_the_verb_and_a_title_with_a_demonstrative_are_the_last_speaker():
    assert speakers('Budi Santoso hadir di lokasi.\n"Situasinya sudah terkendali," ujar dia.') == ["Budi Santoso"]
    assert speakers('"Warga sudah aman," kata Siti Aminah.\n"Bantuan segera tiba," ujar Ketua Posko ini.') == [
        "Siti Aminah", "Siti Aminah"]


def test_a_sentence_opening_with_ia_reports_the_last_person_named():
    assert indirect("Budi Santoso meninjau lokasi banjir.\nIa menegaskan bahwa semua warga sudah dievakuasi.") == [
        ("Budi Santoso", "semua warga sudah dievakuasi.")]


def test_a_verb_of_saying_after_a_word_of_purpose_reports_no_speech():
    assert indirect("Budi Santoso datang untuk menegaskan komitmen pemerintah daerah.") == []


def test_the_words_around_the_verbs_are_read_from_quotes_toml(monkeypatch):
    import warta.stages.quotes as quotes

    data = {**quotes.load("quotes"), "pronouns": ["dia", "ia", "beliau", "doi"],
            "after": [*quotes.load("quotes")["after"], "ujar doi"]}
    monkeypatch.setattr(quotes, "load", lambda name: data)
    for cached in (quotes._verbs, quotes._words):
        cached.cache_clear()
    try:
        # a pronoun is the last speaker, not the last person named
        assert speakers('"Warga sudah aman," kata Siti Aminah.\nBudi Santoso juga hadir.\n'
                        '"Bantuan segera tiba," ujar doi.') == ["Siti Aminah", "Siti Aminah"]
    finally:
        monkeypatch.undo()
        for cached in (quotes._verbs, quotes._words):
            cached.cache_clear()


def test_an_office_named_alone_after_the_verb_is_its_holder_s():
    doc = build('Menteri Ketenagakerjaan Yassierli meninjau lokasi.\n"Kami langsung coret perusahaan itu," tegas '
                'Menaker.', [("Yassierli", "PERSON", "IDN")])
    doc.entities[0].title = "Menteri Ketenagakerjaan"
    assert [q.speaker.name for q in Quotes()(doc).quotes] == ["Yassierli"]


def test_a_pronoun_form_is_the_person_said_to_speak_before_not_the_last_named():
    assert speakers("Siti Aminah mengatakan polisi mesti menghentikan proses hukum kepada Budi Santoso.\n\n"
                    '"Kasus ini preseden buruk," katanya.')[-1] == "Siti Aminah"  # the first is reported speech


def test_a_person_named_in_the_quotation_s_paragraph_speaks_it():
    assert speakers('Budi Santoso mengatakan harga beras naik.\n\nSiti Aminah hadir di lokasi. "Kami siap," '
                    "ujarnya.")[-1] == "Siti Aminah"


def test_an_abbreviated_title_between_the_verb_and_the_name():
    assert speakers('"Biaya ditanggung," kata Prof. Budi Santoso kepada wartawan.') == ["Budi Santoso"]


def test_a_closing_mark_after_a_comma_closes_though_the_verb_is_glued_on():
    assert speakers('"Biaya ditanggung pemda,"kata Budi Santoso kepada wartawan.') == ["Budi Santoso"]


def test_someone_else_named_in_the_paragraph_since_the_last_attribution_speaks_now():
    text = ('"Data sudah lengkap," kata Siti Aminah.\n\nBudi Santoso turut menanggapi situasi ini. '
            '"Sudah kami serahkan," tuturnya.')
    assert speakers(text) == ["Siti Aminah", "Budi Santoso"]


def test_a_title_in_lower_case_between_the_verb_and_the_name():
    text = 'Siti Aminah hadir.\n"Putusan lainnya tetap dikuatkan," kata hakim Budi Santoso di persidangan.'
    assert speakers(text) == ["Budi Santoso"]


def test_less_common_verbs_of_saying_after_the_quotation():
    text = 'Budi Santoso hadir.\n"Data saya sama dengan data Bu Siti Aminah," beber Budi Santoso.'
    assert speakers(text) == ["Budi Santoso"]


def test_a_verb_read_only_after_a_closed_quotation_is_no_verb_elsewhere():
    # "jawab" opening the next sentence, "tutup" after a quoted name: ordinary words there
    assert speakers('Budi Santoso menyebut, "Kami siap." Jawab Siti Aminah, "Kami juga."') == [
        "Budi Santoso", "Siti Aminah"]
    assert speakers('Siti Aminah datang. Acara "Festival Danau Toba" tutup Minggu malam.') == ["Siti Aminah"]


def direct_speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in Quotes()(build(text, PEOPLE)).quotes if q.direct]


def test_a_paragraph_opening_with_a_pronoun_goes_on_telling_the_person_before_it():
    assert direct_speakers('Budi Santoso menekankan pentingnya data.\n\nIa menjelaskan data itu dihimpun.\n\n'
                           '"Untuk mengambil fitur yang spesifik," ujarnya.') == ["Budi Santoso"]
    # a paragraph of other matters between: the last person to open a sentence before it still
    # speaks; one named only inside a sentence does not
    assert direct_speakers('Budi Santoso menekankan pentingnya data.\n\nData itu dihimpun lewat survei.\n\n'
                           '"Untuk mengambil fitur yang spesifik," ujarnya.') == ["Budi Santoso"]
    assert direct_speakers('Data itu dihimpun tim Budi Santoso.\n\nSurvei berlangsung sebulan.\n\n'
                           '"Untuk mengambil fitur yang spesifik," ujarnya.') == [None]


def test_the_pronoun_reaches_back_to_the_subject_not_the_last_person_named():
    assert direct_speakers('Budi Santoso menyerahkan bantuan kepada Siti Aminah.\n\nIa menjelaskan bantuan itu '
                           'untuk keluarga miskin.\n\n"Kami ingin bantuan tepat sasaran," ujarnya.') == ["Budi Santoso"]


def test_reported_speech_opening_with_a_pronoun_is_the_last_to_open_a_sentence():
    doc = Quotes()(build("Budi Santoso berselisih dengan Siti Aminah soal anggaran daerah.\n"
                         "Dia mengatakan rencana itu akan membebani kas daerah.", PEOPLE))
    assert [(q.speaker.name, q.direct) for q in doc.quotes] == [("Budi Santoso", False)]


def test_an_office_s_short_form_after_the_quotation_is_the_one_who_holds_it():
    doc = build('Kasi Intel Kejari Sukamaju Rudi Hartanto memeriksa berkas.\n'
                '"Kerugian negara mencapai miliaran rupiah," kata Kasintel.', [("Rudi Hartanto", "PERSON", "IDN")])
    doc.entities[0].title = "Kasi Intel Kejari Sukamaju"
    assert [q.speaker.name for q in Quotes()(doc).quotes] == ["Rudi Hartanto"]


def test_a_quotation_after_a_paragraph_opening_with_a_pronoun_is_that_subject_s_whoever_it_names():
    # no attribution after the quotation: the paragraph before tells its subject's words, though it
    # names another person last
    doc = build('Budi Santoso menyinggung anggaran daerah.\n\nIa mengatakan dana itu diatur Siti Aminah.\n\n'
                '"Semua sudah sesuai aturan."', PEOPLE)
    # one sentence to each paragraph, as the sentence splitter gives them (no blank line is one)
    doc.sentences = [s.model_copy(update={"paragraph": k}) for k, s in enumerate(x for x in doc.sentences if x.text)]
    assert [q.speaker.name if q.speaker else None for q in Quotes()(doc).quotes if q.direct] == ["Budi Santoso"]


def test_a_paragraph_handing_the_floor_to_another_passes_the_quotation_on():
    doc = build('Budi Santoso membuka acara itu.\n\nIa lalu mempersilakan Siti Aminah menyampaikan laporan.\n\n'
                '"Tahun ini kami membangun 20 sekolah baru."', PEOPLE)
    doc.sentences = [s.model_copy(update={"paragraph": k}) for k, s in enumerate(x for x in doc.sentences if x.text)]
    assert [q.speaker.name if q.speaker else None for q in Quotes()(doc).quotes if q.direct] == ["Siti Aminah"]


def test_the_person_after_a_title_with_a_faction_or_a_body_of_english_words_speaks_not_the_body():
    people = [("Komisi I DPR", "ORG", "IDN"), ("PKS", "ORG", "IDN"), ("Budi Santoso", "PERSON", "IDN"),
              ("Institute for Development of Economics and Finance", "ORG", "IDN")]
    said = '"Pasal itu harus direvisi," kata anggota Komisi I DPR dari Fraksi PKS, Budi Santoso, di Senayan.'
    assert [q.speaker.name for q in Quotes()(build(said, people)).quotes] == ["Budi Santoso"]
    said = '"Harga beras naik," kata peneliti Institute for Development of Economics and Finance, Budi Santoso.'
    assert [q.speaker.name for q in Quotes()(build(said, people)).quotes] == ["Budi Santoso"]


def test_a_former_office_described_with_itu_after_the_verb_is_the_last_speaker():
    said = 'Budi Santoso meminta warga tenang.\n"Kami siap membantu," ujar mantan Kepala BPBD Sukabumi itu.'
    assert speakers(said) == ["Budi Santoso"]


def test_a_quotation_opened_with_the_closing_mark_at_a_paragraphs_start():
    # (session 31) Kompas.id prints '”…,” kata …'; a mark after a word still closes only
    text = 'Budi Santoso hadir.\n”Semua tersangka sudah kami tahan di rutan,” kata Siti Aminah.'
    assert speakers(text) == ["Siti Aminah"]
    said = Quotes()(build('Budi Santoso menyebut kata ”aman” berulang kali.', PEOPLE)).quotes
    assert [q for q in said if q.direct] == []


def test_someone_said_to_speak_after_the_last_speaker_speaks_the_next_quotation():
    # (session 34) an age in brackets between the name and the verb of saying
    assert speakers('"Situasi sudah aman," kata Budi Santoso.\n\nSeorang warga, Siti Aminah (45), mengaku lega.\n\n'
                    '"Kami berterima kasih," ujarnya.') == ["Budi Santoso", "Siti Aminah"]
    # a pronoun said to speak, in a paragraph that told another acting first
    assert speakers('"Kami sudah bersabar," kata Siti Aminah.\n\nMenanggapi itu, Budi Santoso menemui warga. '
                    'Ia mengakui ada keterlambatan.\n\n"Kami bayar pekan depan," katanya.') == [
        "Siti Aminah", "Budi Santoso"]
    # but a paragraph that still tells the last speaker keeps the floor with them
    assert speakers('"Kami sudah bersabar," kata Siti Aminah.\n\nMenurut Siti Aminah, arahan Budi Santoso pun '
                    'jelas. Dia mengatakan warga menunggu.\n\n"Kami menunggu," katanya.') == [
        "Siti Aminah", "Siti Aminah"]


def test_the_last_speaker_named_by_office_keeps_the_floor_and_an_admission_quotes_nothing():
    people = [("Rohman Yonky", "PERSON", "IDN", None, "Kapolres Garut"), ("Budi Santoso", "PERSON", "IDN")]
    doc = Quotes()(build('"Kami terus memburu pelaku," kata Kapolres Garut Rohman Yonky.\n\nMenurut Kapolres, '
                         'tersangka Budi Santoso menyerahkan diri. Ia mengatakan tersangka kini ditahan.\n\n'
                         '"Kami masih mendalami motifnya," ujarnya.', people))
    assert [q.speaker.name for q in doc.quotes if q.direct] == ["Rohman Yonky", "Rohman Yonky"]
    assert speakers("Tersangka Budi Santoso mengakui perbuatannya di hadapan penyidik.") == []


def test_a_lower_case_title_set_off_by_a_comma_before_the_name_is_the_speaker_s_own():
    doc = build('"Kami minta dewan mencabut perda itu," kata koordinator lapangan Aliansi Mahasiswa Peduli Rakyat, '
                'Budi Santoso.', PEOPLE)
    doc.entities[0].title = "koordinator lapangan Aliansi Mahasiswa Peduli Rakyat"
    assert [q.speaker.name for q in Quotes()(doc).quotes] == ["Budi Santoso"]


def test_a_few_lower_case_words_set_off_by_a_comma_describe_the_speaker_named_after_them():
    assert speakers('"Harga cabai naik terus," kata salah seorang pedagang, Siti Aminah.') == ["Siti Aminah"]
    # words of to whom or when it was said describe no one: the name after them is someone else
    assert speakers('"Harga cabai naik terus," kata pedagang kepada wartawan, Siti Aminah ikut mengangguk.') == [
        None]


def test_a_shout_names_its_speaker_after_a_description_in_mixed_case():
    # (session 35) "teriak" after a closed quotation; "Koordinator Lapangan aksi," describes the speaker
    assert speakers('"Cabut perda itu sekarang juga!" teriak Koordinator Lapangan aksi, Budi Santoso, di atas mobil '
                    'komando.') == ["Budi Santoso"]


def test_a_pronoun_form_after_a_paragraph_telling_another_s_view_is_that_person_s():
    # (session 37) a trader quoted, then another named and his view told ("Menurutnya, …"): the
    # next "jelasnya" is his
    text = ('"Harga pasti naik," kata Siti Aminah.\n\n'
            'Hal serupa disampaikan Budi Santoso, pedagang beras. Menurutnya, distributor membatasi kiriman.\n\n'
            '"Kami hanya dapat separuh pesanan," jelasnya.')
    assert speakers(text) == ["Siti Aminah", "Budi Santoso"]
    # a paragraph opening with a pronoun still tells the last speaker
    text = ('"Harga pasti naik," kata Siti Aminah.\n\n'
            'Ia juga menyinggung Budi Santoso. Menurutnya, distributor membatasi kiriman.\n\n'
            '"Kami hanya dapat separuh pesanan," jelasnya.')
    assert speakers(text) == ["Siti Aminah", "Siti Aminah"]
    # one named after the view is told of, no speaker
    text = ('"Kasus ini kami tangani serius," kata Siti Aminah.\n\n'
            'Menurutnya, Budi Santoso ditangkap di rumahnya pada Senin malam.\n\n'
            '"Barang bukti sudah kami amankan," jelasnya.')
    assert speakers(text) == ["Siti Aminah", "Siti Aminah"]
