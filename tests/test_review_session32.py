"""What the review of session 32's work found, each a sentence the first version of a rule misread
(the reviewer's own sentences, read whole through the pipeline): an arrest dropped as alleged,
everyday searching taken for a rescue, a subject lost after a city and its country, "mereka" given
to bystanders, applications read as lawsuits, welcome banners as protests, the one complained
about as the complainant, troops and a cut as a police deployment and the force sent as its
target, weather judged as an act, appeals misread, a convict's assets and a death sentence as a
detention, support from every faction lost, a lawyer named after "melalui kuasa hukumnya" acting."""

from __future__ import annotations

from warta.api import analyze


def read(text: str):
    return analyze("Jakarta - " + text)


def dyads(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.type, e.cameo, s.name, t.name if t else None) for e in read(text).events for s, t in e.dyads()]


def test_an_act_after_a_relative_clause_of_alleging_is_told_as_done():
    assert ("COERCE", "173", "Polres Pati", "Pelaku") in dyads(
        "Pelaku yang mengancam korban ditangkap Polres Pati di rumahnya.")
    assert ("COERCE", "173", "Polres Pati", "Budi Santoso") in dyads(
        "Budi Santoso yang dituduh mencuri sapi warga akhirnya ditahan Polres Pati.")
    assert ("AID", "073", "BPBD Pati", "ratusan warga") in dyads(
        "Banjir yang mengancam permukiman warga membuat BPBD Pati mengevakuasi ratusan warga.")


def test_everyday_searching_is_no_rescue():
    for text in ("Sebagian warga mencari nafkah sebagai nelayan di pesisir Kabupaten Pati.",
                 "Pemkab Pati mencari solusi bagi warga terdampak banjir.",
                 "KPK masih mencari anak buah Budi Santoso yang diduga menerima suap."):
        assert [d for d in dyads(text) if d[0] == "AID"] == []


def test_a_country_opening_the_clause_after_a_city_and_its_country_is_the_subject():
    assert ("REQUEST", "100", "Indonesia", "Myanmar (Burma)") in dyads(
        "Dalam KTT ASEAN di Kuala Lumpur, Malaysia, Indonesia mendesak Myanmar menghentikan kekerasan.")


def test_mereka_stays_with_the_group_that_acted_over_a_counted_group_that_did_not():
    text = ("Ratusan mahasiswa berunjuk rasa di depan Kantor DPRD Pati, Senin (3/8). Puluhan mahasiswa pingsan "
            "karena kepanasan. Mereka menuntut DPRD Pati membatalkan kenaikan pajak bumi dan bangunan.")
    assert [d[2] for d in dyads(text) if d[0] == "REQUEST"] == ["Ratusan mahasiswa"]


def test_an_application_is_no_lawsuit_and_a_welcome_banner_no_protest():
    assert dyads("Budi Santoso mendaftarkan permohonan paspor di Kantor Imigrasi Pati.") == []
    assert dyads("Siswa SD Negeri 1 Pati membentangkan spanduk ucapan selamat datang kepada Presiden "
                 "Prabowo Subianto.") == []


def test_the_complainants_are_those_right_after_dari():
    assert dyads("Komnas HAM menerima pengaduan dari warga Desa Sukamaju terkait penggusuran oleh PT Sinar "
                 "Jaya.") == [("REQUEST", "100", "warga Desa Sukamaju", "Komisi Nasional Hak Asasi Manusia")]


def test_troops_sent_and_a_cut_are_no_police_deployment_and_the_force_sent_no_target():
    assert dyads("TNI mengerahkan 500 prajurit ke Kabupaten Nduga untuk mengejar kelompok bersenjata.") == [
        ("MOBILIZE", "150", "TNI", None)]
    assert dyads("Polri menurunkan jumlah personel pengamanan di Monas karena situasi kondusif.") == []
    assert dyads("Polres Kutai Timur menurunkan sekitar 60 personel untuk mengamankan lokasi.") == [
        ("MOBILIZE", "153", "Polres Kutai Timur", None)]


def test_weather_or_a_film_referred_to_is_no_act_judged():
    assert dyads("Budi Santoso menilai cuaca ini buruk bagi nelayan.") == []
    assert dyads("Budi Santoso menilai film tersebut bagus.") == []


def test_appeals_told_against_a_verdict_refuse_it_and_a_statement_of_rights_is_none():
    assert dyads("Hakim menyatakan banding merupakan hak terdakwa Budi Santoso.") == []
    assert ("REJECT", "120", "Kejaksaan Negeri Medan", None) in dyads(
        "Kejaksaan Negeri Medan mengajukan kasasi atas vonis bebas Budi Santoso.")


def test_a_convict_s_assets_or_a_death_sentence_carried_out_is_no_detention():
    assert dyads("Kejaksaan Negeri Bone mengeksekusi uang pengganti milik terpidana korupsi Andi Baso.") == []
    assert [d for d in dyads("Pemerintah Arab Saudi mengeksekusi mati terpidana asal Indonesia, Budi Santoso, "
                             "pada Senin.") if d[1] == "173"] == []


def test_support_from_every_faction_and_a_lawyer_named_after_the_means():
    assert dyads("Usulan itu mendapat dukungan dari seluruh fraksi DPRD Pati.") == [
        ("SUPPORT", "051", "DPRD Pati", None)]
    assert dyads("Budi Santoso melalui kuasa hukumnya, Ahmad Yani, mengajukan banding ke Pengadilan Tinggi "
                 "Semarang.") == [("REQUEST", "100", "Budi Santoso", "Pengadilan Tinggi Semarang")]
