"""Entities on Documents built by hand (session 38): a car's owner after "milik" is a person, not
a brand; a town after a product's noun is the product; a party's faction named with its house is
one body, without it the party; a students' body's short form in brackets before its campus
leaves one body; "Organisasi" opens a body; boats' registrations, one listed after another, name
no one; a city the press writes apart; a point of the compass after a kind of area is no
district at home; a town named like a lawyer's client gives the lawyer no country; "Hi." inside a
name. Sentences written for these tests."""

from __future__ import annotations

from tests.documents import entities_found, entities_read, people_titled
from warta.stages.sentences import split_sentences


def test_a_car_s_owner_after_milik_is_the_person_named():
    titled = people_titled("Polisi menyita mobil milik Kepala Desa Lubuk Mas, Harun Sitepu, kemarin.")
    assert titled == {"Harun Sitepu": "Kepala Desa Lubuk Mas"}


def test_a_town_after_a_product_s_noun_is_the_product_not_a_country():
    found = entities_found("Pemerintah Australia mengirimkan dua pesawat Hercules berisi tenda ke Kupang.")
    assert ("PLACE", "Hercules") not in found
    assert ("PLACE", "Jepang") in entities_found("Warga di Kupang membeli produk Jepang.")
    # where a plane goes is a place, and a town at home a vehicle comes from
    assert ("PLACE", "Tokyo") in entities_found("Ia naik pesawat tujuan Tokyo dari Kupang.")
    assert ("PLACE", "Surabaya") in entities_found("Sebuah truk tangki Surabaya terguling di Tol Cipali.")


def test_a_faction_named_with_its_house_is_one_body_without_it_the_party():
    found = entities_found("Fraksi PKS DPRD Jawa Barat menolak rancangan peraturan daerah itu.")
    assert ("ORG", "Fraksi PKS DPRD Jawa Barat") in found
    found = entities_found("Anggota Komisi I DPR RI dari Fraksi Partai Golkar, Yohana Sitompul, mengkritik hibah itu.")
    assert ("ORG", "Partai Golkar") in found
    assert ("ORG", "Fraksi Partai Golkar") not in found


def test_a_students_body_s_short_form_before_its_campus_leaves_one_body():
    found = entities_found("Badan Eksekutif Mahasiswa (BEM) Universitas Cenderawasih menyegel gedung rektorat.")
    assert found == [("ORG", "Badan Eksekutif Mahasiswa Universitas Cenderawasih")]


def test_a_known_body_s_short_form_before_a_campus_leaves_two_bodies():
    found = entities_found("Penelitian ini melibatkan Badan Riset dan Inovasi Nasional (BRIN) Institut Teknologi "
                           "Bandung.")
    assert ("ORG", "Institut Teknologi Bandung") in found


def test_organisasi_opens_a_body():
    found = entities_found("Organisasi Angkutan Darat (Organda) Kota Kupang menggelar mogok.")
    assert ("ORG", "Organisasi Angkutan Darat Kota Kupang") in found


def test_boats_registrations_listed_one_after_another_name_no_one():
    found = entities_found("Kedua kapal, yakni KG 95718 TS dan KG 93054 TS, diamankan di Laut Natuna Utara.")
    assert [name for kind, name in found if kind != "PLACE"] == []


def test_a_city_the_press_writes_apart_is_the_city_at_home():
    places = {e.name: e.country for e in entities_read("Menteri Kesehatan tiba di Palangka Raya pada Sabtu.")
              if e.type == "PLACE"}
    assert places == {"Palangka Raya": "IDN"}


def test_a_compass_point_after_a_kind_of_area_is_no_district_at_home():
    places = {e.name: e.country for e in entities_read("Aktivis itu berasal dari Provinsi Timur.")
              if e.type == "PLACE"}
    assert places.get("Provinsi Timur") is None


def test_a_town_named_like_the_client_after_a_lawyer_s_office_gives_no_country():
    people = {e.name: e.country for e in entities_read(
        "Muhammad Rizal Firmansyah mangkir dari panggilan penyidik Polda Jatim.\n"
        "Kuasa hukum Rizal, Yusuf Mahendra, membantah kliennya dibayar.") if e.type == "PERSON"}
    assert people["Yusuf Mahendra"] == "IDN"
    # a spokesman's capital is the government's
    people = {e.name: e.country for e in entities_read("Juru bicara Moskow Maria Zakharova menolak tuduhan itu.")
              if e.type == "PERSON"}
    assert people["Maria Zakharova"] == "RUS"
    # a country named after an office is still the office's
    people = {e.name: e.country for e in entities_read(
        "Juru Bicara Kementerian Luar Negeri China Mao Ning menolak tuduhan itu.") if e.type == "PERSON"}
    assert people["Mao Ning"] == "CHN"


def test_haji_written_inside_a_name_stays_in_the_name():
    text = "Ketua tim pemenangan, Jufri Hi. Muhammad, menuding tim paslon nomor urut 3 membagikan uang."
    assert split_sentences(text) == [(0, len(text))]  # "Hi." ends no sentence
    assert ("PERSON", "Jufri Hi. Muhammad") in entities_found(
        "Ketua tim pemenangan, Jufri Hi. Muhammad, menuding tim paslon nomor urut 3 membagikan uang.")
