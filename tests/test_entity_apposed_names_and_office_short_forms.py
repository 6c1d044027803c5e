"""The entity stage on sentences written for these tests (session 37): a name of three words set
off by commas after an office ends in a word that is a town too; an office's field before its
short form in brackets is the office's, no body or name; a word of a person's full name alone
is that person, though a place abroad has the name; a head in the police serves the police."""

from __future__ import annotations

from tests.documents import entities_found as found
from tests.documents import entities_read as read
from tests.documents import people_titled as titled


def test_a_name_set_off_by_commas_after_an_office_ends_in_a_word_that_is_a_town_too():
    got = found("Jaksa memanggil Sekretaris Daerah Kabupaten Mimika, Petrus Yogi Kambu, sebagai saksi.")
    assert ("PERSON", "Petrus Yogi Kambu") in got
    assert ("PLACE", "Kambu") not in got
    # a place more closely named after a village head's village is still a place
    got = found("Kepala Desa Sukamaju, Kecamatan Cibadak, Kabupaten Sukabumi, Asep Sunandar, ditahan.")
    assert ("PLACE", "Kecamatan Cibadak") in got and ("PERSON", "Asep Sunandar") in got


def test_an_office_s_field_before_its_short_form_in_brackets_is_the_office_s():
    people = {e.name: e.title for e in read(
        "Direktur Reserse Siber (Dirressiber) Polda Jatim Kombes Pol Bambang Sutrisno Adi menegaskan hal itu.")
        if e.type == "PERSON"}
    assert people == {"Bambang Sutrisno Adi": "Direktur Reserse Siber Polda"}
    assert not any(name == "Siber" for _, name in found(
        "Direktur Reserse Siber (Dirressiber) Polda Jatim Kombes Pol Bambang Sutrisno Adi menegaskan hal itu."))
    # a nickname in brackets still closes a name, after a title too; a place's short form stays the place's
    assert ("PERSON", "Rasmoro Pramono Aji") in found("Rasmoro Pramono Aji (Oney) hadir dalam rapat.")
    assert titled("Kepala Desa Joko Kuswanto (Kuswo) mengatakan warga sudah dievakuasi.") == {
        "Joko Kuswanto": "Kepala Desa"}
    assert titled("Kapolsek Kuta Utara (Kutara) AKP Budi Santoso mengatakan hal itu.") == {
        "Budi Santoso": "Kapolsek Kuta Utara"}


def test_a_word_of_a_person_s_full_name_alone_is_the_person_though_a_place_abroad_has_it():
    got = found("Selebgram asal Kabupaten Kediri, Muhammad Rizal Firmansyah, mangkir dari panggilan penyidik. "
                "Ia menegaskan, Rizal tidak pernah menerima bayaran.")
    assert ("PERSON", "Muhammad Rizal Firmansyah") in got
    assert ("PLACE", "Rizal") not in got
    # after a word only a place follows, the place
    assert ("PLACE", "Yunani") in found("Kepala Balai Karantina Willy Indra Yunani mengatakan ekspor meningkat. "
                                        "Komoditas itu dikirim ke Yunani dan Italia.")


def test_a_head_in_the_police_serves_the_police():
    people = {e.name: e.sector for e in read(
        "Kepala Bidang Humas (Kabid Humas) Polda Jatim Kombes Pol Aditya Wirasena Putra membenarkan hal itu.")
        if e.type == "PERSON"}
    assert people == {"Aditya Wirasena Putra": "COP"}
    # a head of a civil agency stays with the government
    people = {e.name: e.sector for e in read("Kepala Bidang Anggaran Dinas Sosial Rina Marlina hadir.")
              if e.type == "PERSON"}
    assert people == {"Rina Marlina": "GOV"}


def test_a_name_s_last_word_closing_a_title_s_run_is_the_name_s_though_a_town_has_it():
    people = {e.name: e.title for e in read("Juru bicara itu mengatakan Bupati Yohanes Lawing Apui "
                                            "menghormati proses hukum.") if e.type == "PERSON"}
    assert people == {"Yohanes Lawing Apui": "Bupati"}
    # a company's words before a town are the company's; after the head of a body, the body's
    assert ("ORG", "PT Sinar Mas Jakarta") in found("Direktur PT Sinar Mas Jakarta mengatakan hal itu.")
    assert titled("Ketua Yayasan Budi Mulia Jakarta mengatakan hal itu.") == {}
    assert titled("Rektor Atma Jaya Yogyakarta menyambut mahasiswa baru.") == {}


def test_no_entity_is_read_in_or_across_a_vehicle_s_plate():
    assert found("Polisi menghentikan sebuah truk colt diesel bernomor polisi BL 8812 XR yang baru keluar "
                 "dari area pelabuhan.") == []
    car = "Mobil Avanza B 1234 KJT itu kemudian dibawa ke Mapolres Bogor."
    assert not any("1234" in name for _, name in found(car))
    assert not any(name == "AB" for _, name in found("Truk bernopol BK 9921 AB terguling di Jalan Lintas Sumatera."))
    assert not any(name == "AB" for _, name in found("Toyota Calya berpelat nomor BK 9921 AB ditemukan warga."))
    # a school numbered after its kind is a body; letters and a number with no vehicle before them no plate
    assert ("ORG", "SD 3 Bantul") in found("Siswa SD 3 Bantul dan SMA 1 Sleman mengikuti lomba.")
    assert any(name == "G 20" for _, name in found("Indonesia memegang presidensi G 20 AS dan China hadir di Bali."))


def test_a_hospital_s_namesake_runs_past_the_hospital_s_short_form_to_its_town():
    got = found("Korban dirujuk ke Rumah Sakit Umum Daerah dr. Zainoel Abidin (RSUDZA) Banda Aceh.")
    assert not any(kind == "PERSON" for kind, _ in got)
    assert any(kind == "ORG" and name.startswith("Rumah Sakit Umum Daerah dr. Zainoel Abidin") for kind, name in got)


def test_victims_in_a_body_s_name_are_its_members_no_title():
    got = found("Kemensos melalui Direktorat Perlindungan Sosial Korban Bencana Alam mengirimkan bantuan.")
    assert ("ORG", "Direktorat Perlindungan Sosial Korban Bencana Alam") in got
    assert not any(kind == "PERSON" for kind, _ in got)
    # a victim named after the word is a person
    assert ("PERSON", "Budi Santoso") in found("Korban Budi Santoso dirawat di RSUD Sleman.")


def test_a_seat_of_government_named_like_a_word_is_a_place():
    assert ("PLACE", "Manila") in found("Manila memprotes keras China atas insiden tersebut.")
    # a town named like a word opening a sentence is still the word
    assert found("Selama ini warga mengeluh.") == []


def test_every_short_form_inside_a_body_s_name_leaves_the_name():
    got = found("Dewan Pimpinan Wilayah (DPW) Partai Amanat Nasional (PAN) Kepulauan Bangka Belitung mendesak "
                "Dewan Pimpinan Pusat PAN mencabut rekomendasi.")
    assert ("ORG", "Dewan Pimpinan Wilayah Partai Amanat Nasional Kepulauan Bangka Belitung") in got
