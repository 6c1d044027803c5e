"""The events stage on Documents built by hand: meetings told as nouns after a light verb, a
host receiving someone named, and what "menerima" without a person is not (session 9)."""

from __future__ import annotations

from tests.test_event_reading import coded


def test_a_meeting_after_a_light_verb_is_told_as_done_even_after_usai():
    assert coded('"Saya ambil lagi duitnya," kata Purbaya usai melakukan pertemuan dengan Menteri PU Dody Hanggodo.',
                 [("Purbaya", "PERSON", "IDN"), ("Dody Hanggodo", "PERSON", "IDN")],
                 {"Dody Hanggodo": "Menteri PU"}) == [
        ("CONSULT", "040", "Purbaya", "IDN", "Dody Hanggodo", "IDN")]


def test_a_meeting_noun_without_a_light_verb_after_setelah_stays_background():
    assert coded("Setelah pertemuan dengan Dody Hanggodo, Purbaya pulang.",
                 [("Dody Hanggodo", "PERSON", "IDN"), ("Purbaya", "PERSON", "IDN")]) == []


def test_a_host_receives_the_person_named_right_after_the_verb():
    people = [("Natalius Pigai", "PERSON", "IDN"), ("Anton Doni Dihen", "PERSON", "IDN")]
    assert coded("Natalius Pigai menerima Bupati Flores Timur Anton Doni Dihen di ruang kerjanya.", people,
                 {"Anton Doni Dihen": "Bupati Flores Timur"}) == [
        ("CONSULT", "043", "Natalius Pigai", "IDN", "Anton Doni Dihen", "IDN")]
    # a report or money received hosts no one, though a person is named after it
    assert coded("Natalius Pigai menerima laporan dari Anton Doni Dihen.", people) == []


def test_dirinya_is_the_person_named_last():
    assert coded("Harris Turino hadir di rapat itu. Paparan Kemenkeu dibacakan panjang. Selain itu, dirinya juga "
                 "meminta sejumlah badan di bawah Kemenkeu untuk menjalankan program.",
                 [("Harris Turino", "PERSON", "IDN"), ("Kemenkeu", "ORG", "IDN")]) == [
        ("REQUEST", "100", "Harris Turino", "IDN", "Kemenkeu", "IDN")]


def test_consulting_with_a_body_is_a_meeting_and_satisfaction_is_praise():
    assert coded("Brigjen JO Sembiring sempat berkonsultasi dengan Polda Metro Jaya mengenai pelaporan itu.",
                 [("JO Sembiring", "PERSON", "IDN"), ("Polda Metro Jaya", "ORG", "IDN")]) == [
        ("CONSULT", "040", "JO Sembiring", "IDN", "Polda Metro Jaya", "IDN")]
    assert coded("Purbaya mengaku puas dengan yang disampaikan Dody terkait rencana itu.",
                 [("Purbaya", "PERSON", "IDN"), ("Dody", "PERSON", "IDN")]) == [
        ("SUPPORT", "051", "Purbaya", "IDN", "Dody", "IDN")]
    assert coded("Purbaya mengaku tidak puas dengan yang disampaikan Dody.",
                 [("Purbaya", "PERSON", "IDN"), ("Dody", "PERSON", "IDN")]) == []


def test_a_detention_coordinated_with_questioning_and_a_subject_with_dkk():
    law = {"Kejari Majalengka": "JUD"}
    assert coded("Hari ini, DS menjalani pemeriksaan sebagai tersangka dan langsung ditahan di Lapas Majalengka.",
                 [("Kejari Majalengka", "ORG", "IDN"), ("DS", "PERSON", "IDN")], sectors=law) == [
        ("ACCUSE", "091", "Kejari Majalengka", "IDN", "DS", "IDN"),
        ("COERCE", "173", "Kejari Majalengka", "IDN", "DS", "IDN")]
    assert coded("Sebagai informasi, Eka Sapanca dkk dituntut pidana masing-masing 4 tahun penjara.",
                 [("Kejari Majalengka", "ORG", "IDN"), ("Eka Sapanca", "PERSON", "IDN")], sectors=law) == [
        ("COERCE", "173", "Kejari Majalengka", "IDN", "Eka Sapanca", "IDN")]


def test_an_event_told_twice_stands_on_its_clearest_telling():
    from tests.documents import build
    from warta.stages.events import Events

    doc = build("Hal ini mencuat setelah Purbaya menegaskan penolakannya terhadap penggunaan APBN.\n"
                "Purbaya menolak keras penggunaan APBN untuk membayar utang.",
                [("Purbaya", "PERSON", "IDN")])
    events = Events()(doc).events
    assert [(e.type, e.trigger.text, e.sentence, len(e.mentions)) for e in events] == [
        ("REJECT", "menolak", "Purbaya menolak keras penggunaan APBN untuk membayar utang.", 2)]


def test_an_epithet_with_its_own_modifier_and_a_relative_clause_are_no_new_target():
    people = [("Musk", "PERSON", "USA"), ("Trump", "PERSON", "USA"), ("Kongres", "ORG", "USA")]
    assert coded("Musk mengkritik keras RUU itu, yang akhirnya disahkan Kongres.\n"
                 "Trump mengancam akan mendeportasi taipan teknologi tersebut.", people) == [
        ("ACCUSE", "111", "Musk", "USA", None, "USA"), ("THREATEN", "130", "Trump", "USA", "Musk", "USA")]
    # a comma before a name and its verb opens a new clause: Trump is not one more criticised
    assert coded("Musk mengkritik Kongres, Trump mengancam Musk.", people) == [
        ("ACCUSE", "111", "Musk", "USA", "Kongres", "USA"), ("THREATEN", "130", "Trump", "USA", "Musk", "USA")]


def test_tariffs_imposed_are_sanctions_and_announced_for_later_a_threat():
    people = [("Trump", "PERSON", "USA"), ("BRICS", "ORG", None), ("Indonesia", "PLACE", "IDN")]
    assert coded("Trump mengenakan tarif 32 persen terhadap Indonesia.", people) == [
        ("COERCE", "163", "Trump", "USA", "Indonesia", "IDN")]
    # a relative clause's verb is the noun's before "yang", here no named actor's
    assert coded("Trump menyatakan akan mengenakan tarif tambahan kepada negara yang mendukung BRICS.", people) == [
        ("THREATEN", "1312", "Trump", "USA", "BRICS", None)]


def test_a_host_receives_a_group_and_the_owner_of_what_is_seized_is_acted_on():
    assert coded("Ketua DPR Puan Maharani menerima perwakilan buruh di Gedung DPR.",
                 [("Puan Maharani", "PERSON", "IDN")], {"Puan Maharani": "Ketua DPR"}) == [
        ("CONSULT", "043", "Puan Maharani", "IDN", "perwakilan buruh", "IDN")]
    assert coded("Bareskrim Polri menyita aset senilai Rp 50 miliar milik Budi Santoso.",
                 [("Bareskrim Polri", "ORG", "IDN"), ("Budi Santoso", "PERSON", "IDN")]) == [
        ("COERCE", "1711", "Bareskrim Polri", "IDN", "Budi Santoso", "IDN")]


def test_the_one_whose_act_is_protested_is_the_target():
    assert coded("Pemerintah Indonesia memprotes penangkapan nelayan Indonesia oleh otoritas Malaysia.",
                 [("Pemerintah Indonesia", "ORG", "IDN"), ("nelayan Indonesia", "PLACE", "IDN"),
                  ("Malaysia", "PLACE", "MYS")]) == [
        ("ACCUSE", "111", "Pemerintah Indonesia", "IDN", "otoritas Malaysia", "MYS")]


def test_a_time_after_a_name_is_no_epithet_and_terkait_closes_no_list():
    people = [("Ramaphosa", "PERSON", "ZAF"), ("Prabowo", "PERSON", "IDN")]
    assert coded("Presiden Ramaphosa akan bertemu Presiden Prabowo siang ini di Istana Merdeka.", people,
                 {"Ramaphosa": "Presiden", "Prabowo": "Presiden"}) == [
        ("AGREE", "036", "Ramaphosa", "ZAF", "Prabowo", "IDN")]
    countries = [("Trump", "PERSON", "USA"), ("Meksiko", "PLACE", "MEX"), ("Kanada", "PLACE", "CAN"),
                 ("China", "PLACE", "CHN")]
    # a purpose ("untuk mengenakan tarif") is the act done, not a threat
    assert coded("Trump hadir di sana.\nIa menggunakan wewenang serupa untuk mengenakan tarif terpisah terhadap "
                 "Meksiko, Kanada, dan China terkait aliran obat-obatan.", countries) == [
        ("COERCE", "163", "Trump", "USA", "Meksiko", "MEX"), ("COERCE", "163", "Trump", "USA", "Kanada", "CAN"),
        ("COERCE", "163", "Trump", "USA", "China", "CHN")]


def test_a_threat_to_strike_needs_no_one_named():
    assert coded("Serikat pekerja mengancam akan mogok nasional jika tuntutan mereka tidak dipenuhi.", []) == [
        ("THREATEN", "133", "Serikat pekerja", "IDN", None, "IDN")]


def test_an_office_named_by_its_short_form_is_its_holder():
    assert coded("Menteri Ketenagakerjaan Yassierli membuka bursa kerja.\n"
                 "Menaker meminta perusahaan mematuhi aturan.",
                 [("Yassierli", "PERSON", "IDN")], {"Yassierli": "Menteri Ketenagakerjaan"}) == [
        ("REQUEST", "100", "Yassierli", "IDN", "perusahaan", "IDN")]
    # a regional office's short form (session 21): "Kajari" is the Kepala Kejaksaan Negeri named before
    assert coded("Kepala Kejaksaan Negeri Maros, Andi Yusran, memastikan kasus itu berjalan.\n"
                 "Kajari menyebut pihaknya telah memeriksa Nurul Aini sebagai saksi.",
                 [("Andi Yusran", "PERSON", "IDN"), ("Nurul Aini", "PERSON", "IDN")],
                 {"Andi Yusran": "Kepala Kejaksaan Negeri"}) == [
        ("ACCUSE", "091", "Andi Yusran", "IDN", "Nurul Aini", "IDN")]


def test_an_inspection_visit_is_to_the_body_named_right_after_the_verb():
    assert coded("Menteri Sosial Saifullah Yusuf meninjau Pusat Kesejahteraan Sosial Margakaya di Karawang.",
                 [("Saifullah Yusuf", "PERSON", "IDN"), ("Pusat Kesejahteraan Sosial Margakaya", "ORG", "IDN"),
                  ("Karawang", "PLACE", "IDN")], {"Saifullah Yusuf": "Menteri Sosial"}) == [
        ("CONSULT", "042", "Saifullah Yusuf", "IDN", "Pusat Kesejahteraan Sosial Margakaya", "IDN")]
    # a site where people are hit is visited, its host unnamed (session 38: annotators code an official's
    # inspection of a flood site as a visit); a plan reviewed is no visit
    assert coded("Wali Kota Bogor Dedie Rachim meninjau lokasi banjir di Kelurahan Tanah Sareal.",
                 [("Dedie Rachim", "PERSON", "IDN"), ("Kelurahan Tanah Sareal", "PLACE", "IDN")],
                 {"Dedie Rachim": "Wali Kota Bogor"}) == [("CONSULT", "042", "Dedie Rachim", "IDN", None, "IDN")]
    assert coded("Para anggota DPRD hanya meninjau singkat rencana belanja yang disampaikan Pemkot Bogor.",
                 [("Pemkot Bogor", "ORG", "IDN")], {}) == []


def test_an_inspection_visit_needs_a_body_as_its_host():
    assert coded("Presiden Prabowo Subianto meninjau Kampung Nelayan Merah Putih di Bekasi.",
                 [("Prabowo Subianto", "PERSON", "IDN"), ("Bekasi", "PLACE", "IDN")],
                 {"Prabowo Subianto": "Presiden"}) == []


def test_a_summons_to_a_meeting_an_attended_meeting_and_a_face_to_face_are_meetings():
    assert coded("Komisi II DPR memanggil KPU untuk rapat dengar pendapat.",
                 [("Komisi II DPR", "ORG", "IDN"), ("KPU", "ORG", "IDN")], {}) == [
        ("CONSULT", "040", "Komisi II DPR", "IDN", "KPU", "IDN")]
    assert coded("Rapat itu dihadiri oleh Rudi Hartanto dan Budi Santoso.",
                 [("Rudi Hartanto", "PERSON", "IDN"), ("Budi Santoso", "PERSON", "IDN")], {}) == [
        ("CONSULT", "040", "Rudi Hartanto", "IDN", "Budi Santoso", "IDN")]
    assert coded("Kapolda Rudi Hartanto bertatap muka dengan Budi Santoso di Poso.",
                 [("Rudi Hartanto", "PERSON", "IDN"), ("Budi Santoso", "PERSON", "IDN"), ("Poso", "PLACE", "IDN")],
                 {"Rudi Hartanto": "Kapolda"}) == [("CONSULT", "040", "Rudi Hartanto", "IDN", "Budi Santoso", "IDN")]
    # a summons for questioning stays one; an event attended by many is no meeting of two
    assert coded("Polisi memanggil Budi Santoso untuk diperiksa sebagai saksi.",
                 [("Budi Santoso", "PERSON", "IDN")], {})[0][:2] == ("ACCUSE", "091")
    assert coded("Acara itu dihadiri oleh Rudi Hartanto dan Budi Santoso.",
                 [("Rudi Hartanto", "PERSON", "IDN"), ("Budi Santoso", "PERSON", "IDN")], {}) == []


def test_meeting_a_body_s_people_named_by_its_members_meets_the_body():
    people = [("Rudi Hartanto", "PERSON", "IDN"), ("Partai Hanura", "ORG", "IDN")]
    assert coded("Rudi Hartanto bertemu para elite Partai Hanura di Solo.", people) == [
        ("CONSULT", "040", "Rudi Hartanto", "IDN", "Partai Hanura", "IDN")]
    assert coded("Rudi Hartanto menemui pengurus Partai Hanura kemarin.", people) == [
        ("CONSULT", "040", "Rudi Hartanto", "IDN", "Partai Hanura", "IDN")]
    # a place of the body's is where they met, not whom
    assert coded("Rudi Hartanto bertemu wartawan di kantor Partai Hanura.", people) == []


def test_a_call_told_with_a_connection_is_a_phone_call():
    people = [("Rudi Hartanto", "PERSON", "IDN"), ("Pierre Laval", "PERSON", "FRA")]
    assert coded("Rudi Hartanto berbicara melalui sambungan telepon dengan Pierre Laval, Senin.", people) == [
        ("CONSULT", "041", "Rudi Hartanto", "IDN", "Pierre Laval", "FRA")]


def test_a_counted_group_of_a_body_s_people_met_is_the_body_met():
    people = [("Rudi Hartanto", "PERSON", "IDN"), ("Partai Hanura", "ORG", "IDN")]
    assert coded("Rudi Hartanto bertemu sejumlah elite Partai Hanura di Solo.", people) == [
        ("CONSULT", "040", "Rudi Hartanto", "IDN", "Partai Hanura", "IDN")]
