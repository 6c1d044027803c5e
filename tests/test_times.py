"""Time expressions, one test per phenomenon, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from warta.stages.times import number_value, tag

ANCHOR = date(2023, 11, 9)  # a Thursday


def values(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str, str]]:
    return [(f.text, f.type, f.value) for f in tag(text, anchor)]


def one(text: str, anchor: date | None = ANCHOR) -> tuple[str, str, str]:
    found = values(text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rapat digelar Kamis, 9 November 2023 di Jakarta.", ("Kamis, 9 November 2023", "DATE", "2023-11-09")),
    ("Rapat digelar 12 Desember 2022 di Bogor.", ("12 Desember 2022", "DATE", "2022-12-12")),
    ("Ia diperiksa Kamis (9/11/2023) di gedung KPK.", ("Kamis (9/11/2023)", "DATE", "2023-11-09")),
    ("Ia tiba Rabu, 8 November 2023, malam, di Seoul.", ("Rabu, 8 November 2023, malam", "TIME", "2023-11-08TNI")),
    ("Sidang dibuka pukul 10.00 WIB.", ("pukul 10.00 WIB", "TIME", "2023-11-09T10:00")),
    ("Pesawat mendarat Minggu (5/11/2023) pukul 07.24 WIB.",
     ("Minggu (5/11/2023) pukul 07.24 WIB", "TIME", "2023-11-05T07:24")),
    ("Acara berakhir pukul 9 malam.", ("pukul 9 malam", "TIME", "2023-11-09T21:00")),
    ("Pesawat hilang pada hari Minggu (5/11/2023) pukul 07.24 WIB.",
     ("hari Minggu (5/11/2023) pukul 07.24 WIB", "TIME", "2023-11-05T07:24")),
    ("Pesawat hilang Minggu, 5/11/2023.", ("Minggu, 5/11/2023", "DATE", "2023-11-05")),
    ("Pesawat hilang pada tanggal 5/11/2023.", ("tanggal 5/11/2023", "DATE", "2023-11-05")),
    ("Pesawat hilang pada 05-11-2023.", ("05-11-2023", "DATE", "2023-11-05")),
    ("Ia tiba pukul setengah tujuh pagi.", ("pukul setengah tujuh pagi", "TIME", "2023-11-09T06:30")),
    ("Korban tiba pukul 10.00 WIB kemarin pagi.", ("pukul 10.00 WIB kemarin pagi", "TIME", "2023-11-08T10:00")),
    ("Posko buka hingga 18.00 sore.", ("18.00 sore", "TIME", "2023-11-09T18:00")),
])
def test_full_dates_and_clock_times(sentence, expected):
    assert one(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ia menikah pada Mei 2014 lalu.", ("Mei 2014 lalu", "DATE", "2014-05")),
    ("Kecamatan itu terbentuk pada hari Senin tanggal 15 Mei 2006.",
     ("hari Senin tanggal 15 Mei 2006", "DATE", "2006-05-15")),
    ("Masjid itu diresmikan pada tanggal 10 Oktober tahun 2008.",
     ("tanggal 10 Oktober tahun 2008", "DATE", "2008-10-10")),
])
def test_written_out_dates_with_their_words(sentence, expected):
    assert one(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Harga naik pada pertengahan Mei lalu.", ("pertengahan Mei lalu", "DATE", "2023-05")),
    ("Harga naik pada awal Mei 2014 lalu.", ("awal Mei 2014 lalu", "DATE", "2014-05")),
    ("Harga naik pada akhir 2014 lalu.", ("akhir 2014 lalu", "DATE", "2014")),
])
def test_edges_of_periods_with_a_direction(sentence, expected):
    assert one(sentence) == expected


def test_a_month_with_ini_is_this_years():
    assert one("Rapat digelar pada Januari ini.", date(2023, 11, 9))[2] == "2023-01"
    # unless this year's lies more than half a year ahead: on 2 January, the December just ended
    assert one("Harga turun sepanjang Desember ini.", date(2015, 1, 2))[2] == "2014-12"
    assert one("Harga turun pada 26 Desember ini.", date(2015, 1, 2)) == ("26 Desember ini", "DATE", "2014-12-26")
    assert one("Harga turun sepanjang Desember ini.", date(2014, 11, 20))[2] == "2014-12"
    assert one("Putusan akan dibacakan Kamis, (21/8/2014).")[2] == "2014-08-21"


def test_day_and_month_without_year_agrees_with_the_weekday():
    # 2 December fell on a Monday in 2024, not in 2025.
    assert one("Sidang itu digelar Senin (2/12).", date(2025, 10, 20))[2] == "2024-12-02"


def test_weekday_alone_is_the_latest_such_day():
    assert one("Menteri itu berbicara pada Rabu di Tokyo.")[2] == "2023-11-08"
    assert one("Menteri itu berbicara pada Kamis di Tokyo.")[2] == "2023-11-09"


def test_weekday_in_the_future_with_akan():
    assert one("Menteri itu akan berbicara pada Senin di Tokyo.")[2] == "2023-11-13"
    # the article's own weekday is that day; "depan" moves a week
    assert one("Menteri itu akan berbicara pada Kamis pagi di Tokyo.")[2] == "2023-11-09TMO"
    assert one("Menteri itu akan berbicara Kamis depan di Tokyo.")[2] == "2023-11-16"


def test_minggu_as_week_and_as_sunday():
    assert one("Harga naik sejak minggu lalu.")[2] == "2023-W44"
    assert one("Pasar sepi pada hari Minggu.")[2] == "2023-11-05"


def test_place_names_holding_a_weekday_are_not_dates():
    assert values("Ia tinggal di Pasar Minggu, Jakarta Selatan.") == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("Upaya itu gagal pada Mei.", "2023-05"),
    ("Upaya itu gagal pada Agustus.", "2023-08"),
    ("Kontrak untuk pengiriman Januari turun.", "2024-01"),   # the nearest January
    ("Harga turun sejak Juni.", "2023-06"),
    ("Pertemuan berikutnya dijadwalkan pada Juni.", "2024-06"),
    ("Program itu dimulai Juli lalu.", "2023-07"),
    ("Harga rata-rata pada Juni-Juli 2021 tinggi.", "2021-06"),
    ("Proyek itu dimulai Maret tahun lalu.", "2022-03"),
    ("Proyek itu rampung Februari tahun depan.", "2024-02"),
])
def test_month_alone(sentence, value):
    assert values(sentence)[0][2] == value


def test_years_and_ranges():
    assert one("Target itu ditetapkan pada tahun 2019.")[2] == "2019"
    assert [v for _, _, v in values("Data periode 2021-2023 dirilis.")] == ["2021", "2023"]
    assert one("Harga tertinggi sejak 1980-an.")[2] == "198"
    assert one("Musik tahun 90-an kembali populer.")[2] == "199"
    assert one("Gedung itu dibangun pada tahun 20-an.")[2] == "202"
    assert values("Ada 2023 orang hadir dan Rp 2.014 terkumpul.") == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("Ia datang kemarin.", "2023-11-08"),
    ("Ia datang besok.", "2023-11-10"),
    ("Ia datang lusa.", "2023-11-11"),
    ("Ia datang hari ini.", "2023-11-09"),
    ("Ia datang dua hari lalu.", "2023-11-07"),
    ("Ia datang 3 hari yang lalu.", "2023-11-06"),
    ("Ia datang pekan lalu.", "2023-W44"),
    ("Ia datang pekan depan.", "2023-W46"),
    ("Ia datang bulan lalu.", "2023-10"),
    ("Ia datang tahun lalu.", "2022"),
    ("Ia datang tiga bulan lalu.", "2023-08"),
])
def test_relative_days_weeks_months_years(sentence, value):
    assert one(sentence)[2] == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("Ia tiba tadi pagi.", "2023-11-09TMO"),
    ("Ia tiba kemarin sore.", "2023-11-08TAF"),
    ("Ia tiba kemarin petang.", "2023-11-08TEV"),
    ("Ia tiba siang ini.", "2023-11-09TAF"),
    ("Ia tiba semalam.", "2023-11-08TNI"),
    ("Ia tiba Rabu pagi WIB.", "2023-11-08TMO"),
    ("Tarif baru berlaku tengah malam nanti.", "2023-11-09T24:00"),
    ("Perdagangan dihentikan Rabu tengah hari.", "2023-11-08T12:00"),
])
def test_parts_of_day(sentence, value):
    assert one(sentence)[2] == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("KTT dijadwalkan akhir bulan ini.", "2023-11"),
    ("Proyek rampung awal Oktober.", "2023-10"),
    ("Proyek rampung pertengahan 2024.", "2024"),
    ("Proyek rampung akhir tahun.", "2023"),
    ("Inflasi naik bulan ini.", "2023-11"),
    ("Inflasi naik tahun ini.", "2023"),
])
def test_edges_and_current_periods(sentence, value):
    assert one(sentence)[2] == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("Pencarian berlangsung tiga hari.", "P3D"),
    ("Pencarian berlangsung setahun.", "P1Y"),
    ("Pencarian berlangsung 48 jam.", "PT48H"),
    ("Konflik itu berlangsung tiga dekade.", "P3DE"),
    ("Konflik itu berlangsung bertahun-tahun.", "PXY"),
    ("Harga terendah dalam lima tahun terakhir.", "P5Y"),
    ("Rapat berlangsung setengah jam.", "PT30M"),
    ("Ia bekerja dua puluh tiga tahun di sana.", "P23Y"),
    ("Perjalanan sembilan harinya berakhir.", "P9D"),
    ("Polisi memeriksanya dalam 1x24 jam.", "PT24H"),
    ("Ia harus pergi dalam tempo 2 x 24 jam.", "PT48H"),
])
def test_durations(sentence, value):
    found = one(sentence)
    assert (found[1], found[2]) == ("DURATION", value)


@pytest.mark.parametrize(("sentence", "value"), [
    ("Obat itu diminum tiga kali per hari.", "P1D"),
    ("Kapal itu berlayar dua kali dalam sebulan.", "P1M"),
    ("Rapat digelar setiap tahun.", "P1Y"),
    ("Pasar buka setiap Senin.", "XXXX-WXX-1"),
    ("Obat diminum dua kali sehari.", "P1D"),
    ("Bahasa itu dipakai sehari-hari.", "P1D"),
    ("Tim itu berlatih sekali seminggu.", "P1W"),
    ("Harga BBM ditinjau sebulan sekali.", "P1M"),
    ("Pemilu digelar lima tahun sekali.", "P5Y"),
    ("Evaluasi dilakukan per tiga bulan.", "P3M"),
    ("Harga BBM ditetapkan setiap awal bulan.", "P1M"),
    ("Jalan itu ramai setiap akhir pekan.", "XXXX-WXX-WE"),
    ("Acara itu disiarkan setiap hari Kamis pukul 11.00.", "XXXX-WXX-4T11:00"),
    ("Kapal singgah setiap hari jumat.", "XXXX-WXX-5"),
])
def test_sets(sentence, value):
    found = one(sentence)
    assert (found[1], found[2]) == ("SET", value)


def test_a_number_before_a_unit_and_itu_is_a_duration_not_that_year():
    assert one("Pria berusia 45 tahun itu ditangkap polisi.")[1:] == ("DURATION", "P45Y")
    assert one("Selama dua hari itu ia diam.")[1:] == ("DURATION", "P2D")
    assert one("Pada tahun itu ia pindah.")[1:] == ("DATE", "2023")


def test_year_ranges_give_both_years():
    assert values("Data tahun 2010-2013 menunjukkan kenaikan.") == [
        ("tahun 2010", "DATE", "2010"), ("2013", "DATE", "2013")]


def test_a_clock_range_across_midnight_ends_the_next_day():
    found = values("Jalan ditutup sejak pukul 22.00 WIB hingga pukul 02.00 WIB.")
    assert [v for _, _, v in found] == ["2023-11-09T22:00", "2023-11-10T02:00"]
    found = values("Jalan ditutup pukul 07.00-09.00 WIB.")
    assert [v for _, _, v in found] == ["2023-11-09T07:00", "2023-11-09T09:00"]


def test_day_and_month_with_a_part_of_day():
    assert one("Warga berpesta pada 31 Desember malam.") == ("31 Desember malam", "TIME", "2023-12-31TNI")


def test_how_long_something_goes_on_is_not_a_time_reference():
    assert values("Selama ini pemerintah menanggung subsidi.") == []
    assert values("Proyeksi harga minyak ke depan dibahas.") == []
    assert one("Pada masa itu harga murah.")[1:] == ("DATE", "PAST_REF")


def test_halves_repeated_units_and_decades_in_words():
    assert one("Ia menunggu dua setengah tahun.")[1:] == ("DURATION", "P2.5Y")
    assert one("Satu setengah tahun lalu ia tiba.")[1:] == ("DATE", "2022-05")
    assert one("Harga lebih tinggi dibanding tahun-tahun sebelumnya.")[1:] == ("DATE", "PAST_REF")
    assert one("Harga akan naik dalam bulan-bulan mendatang.")[1:] == ("DATE", "FUTURE_REF")
    assert one("Musik itu populer pada tahun delapan puluhan.")[1:] == ("DATE", "198")


def test_a_part_of_day_after_a_temporal_preposition_is_on_the_story_day():
    found = values("Pencarian digelar Senin (6/11/2023) sejak pagi hingga malam.")
    assert [v for _, _, v in found] == ["2023-11-06", "2023-11-06TMO", "2023-11-06TNI"]
    assert values("Selamat pagi, kata dia.") == []


def test_a_bare_part_of_day_before_a_noun_is_some_other_night():
    assert values("Yudas mencari Yesus pada malam penangkapan itu.") == []


def test_parts_of_day_in_titles_are_not_times():
    assert values("Ia merilis lagu Pelangi di Malam Hari tahun itu.") == [("tahun itu", "DATE", "2023")]
    assert one("Malam Ini ia tiba.")[1:] == ("TIME", "2023-11-09TNI")


def test_dates_in_street_names_are_not_times():
    assert values("Ia tinggal di Jalan 17 Agustus, Manado.") == []
    assert values("Pengelolaan Stadion 17 Mei dialihkan.") == []


def test_a_quarter_takes_the_year_of_the_quarter_coordinated_with_it():
    found = values("Pasokan sulit terserap dalam kuartal pertama dan kedua tahun depan.")
    assert found[0] == ("kuartal pertama", "DATE", "2024-Q1")


def test_tadi_malam_is_last_night():
    assert one("Kebijakan itu diumumkan tadi malam.")[1:] == ("TIME", "2023-11-08TNI")
    assert one("Kebijakan itu diumumkan tadi pagi.")[1:] == ("TIME", "2023-11-09TMO")


def test_a_weekday_of_last_or_next_week():
    # 9 November 2023 is a Thursday
    assert one("Rapat digelar pada Jumat pekan lalu.")[1:] == ("DATE", "2023-11-03")
    assert one("Rapat digelar pada Senin pekan depan.")[1:] == ("DATE", "2023-11-13")
    assert one("Rapat digelar pada Jumat minggu ini.")[1:] == ("DATE", "2023-11-10")


def test_a_day_counted_from_the_story_takes_the_date_written_beside_it():
    found = values("Sehari sebelumnya, Senin (6/11/2023), harga naik.")
    assert found[0] == ("Sehari sebelumnya", "DATE", "2023-11-06")
    # a day counted from the article's date keeps its own; the written year is a slip
    found = values("Indeks turun pada perdagangan hari ini, Kamis (9/11/2022).")
    assert found[0] == ("hari ini", "DATE", "2023-11-09")


def test_an_old_year_after_tahun():
    assert one("Novel itu ditulis pada tahun 1605.")[1:] == ("DATE", "1605")
    assert values("Ia membeli 1605 unit.") == []


def test_thousands_and_meals():
    assert one("Tradisi itu berumur 5.000 tahun.")[1:] == ("DURATION", "P5000Y")
    assert values("Kalau jamuan makan malam itu berhasil, kerja sama berlanjut.") == []


def test_rates_are_not_times():
    # a quantity per unit of time measures an amount, not when or how often something happens
    assert values("Produksi naik menjadi 30 juta barel per hari.") == []
    assert values("Upahnya Rp 50.000 per bulan.") == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("Saat ini harga turun.", "PRESENT_REF"),
    ("Harga kini turun.", "PRESENT_REF"),
    ("Sekarang harga turun.", "PRESENT_REF"),
    ("Saat itu harga turun.", "PAST_REF"),
    ("Akhir-akhir ini harga turun.", "PAST_REF"),
    ("Harga bisa naik di masa depan.", "FUTURE_REF"),
    ("Harga turun baru-baru ini.", "PAST_REF"),
    ("Alat itu sementara ini hanya memantau solar.", "PRESENT_REF"),
    ("Ekonomi pada masa sebelumnya amat terbebani.", "PAST_REF"),
])
def test_vague_references(sentence, value):
    assert one(sentence)[2] == value


def test_first_is_not_the_past():
    assert values("Kami ingin memastikan terlebih dahulu sistemnya berjalan.") == []
    assert values("Kami ingin memastikan dulu sistemnya berjalan.") == []


def test_seasons_quarters_centuries_holidays():
    assert one("Banjir datang saat musim hujan.")[2] == "2023-WI"
    assert one("Ekonomi tumbuh pada kuartal III 2023.")[2] == "2023-Q3"
    assert one("Harga turun hingga triwulan I-2024.")[2] == "2024-Q1"
    assert one("Tantangan abad ke-21 berat.")[2] == "20"
    assert one("Toko tutup saat Natal.", date(2023, 12, 20))[2] == "2023-12-25"
    assert one("Pesta digelar pada malam tahun baru.", date(2023, 12, 29))[1:] == ("TIME", "2023-12-31TNI")
    assert one("Libur Tahun Baru tiba.", date(2023, 12, 29))[2] == "2024-01-01"
    assert one("Warga berkumpul pada malam pergantian tahun.", date(2023, 12, 29))[2] == "2023-12-31TNI"


def test_movable_holidays_fall_on_the_day_set_for_their_year():
    # Idul Fitri 2023 was on 22 April by the government's decree (some groups held it a day
    # earlier); in 2024 on 10 April.
    assert one("Arus mudik memuncak menjelang Lebaran.", date(2023, 3, 30))[1:] == ("DATE", "2023-04-22")
    assert one("Harga daging naik menjelang Idul Fitri.", date(2023, 11, 9))[2] == "2024-04-10"
    # the run-up to a holiday just passed
    assert one("Menjelang Natal, harga daging naik.", date(2014, 12, 30))[2] == "2014-12-25"
    assert one("Perayaan tahun baru 2015 dibatalkan.", date(2014, 12, 30))[2] == "2015-01-01"
    assert one("Saat Idul Adha tahun lalu ia berkurban.")[2] == "2022-07-10"
    assert one("Ia merayakan Imlek 2024 bersama keluarga.")[2] == "2024-02-10"
    assert one("Gereja penuh saat Paskah tahun depan.")[2] == "2024-03-31"
    assert one("Umat berkumpul pada hari raya Natal.", date(2023, 12, 20))[0] == "hari raya Natal"
    # lower case: the new year in general, not the holiday
    assert values("Ia menyambut tahun baru dengan harapan.") == []


def test_that_day_refers_to_the_last_date():
    found = values("Pesawat hilang Minggu (5/11/2023). Pada hari itu cuaca buruk.")
    assert found[-1][2] == "2023-11-05"


def test_words_in_a_quote_anchor_on_the_date_it_was_said():
    text = "“Kapal akan tiba esok hari,” kata Botes, Selasa (21/10)."
    found = dict((t, v) for t, _, v in values(text, date(2025, 10, 23)))
    assert found["esok hari"] == "2025-10-22"
    assert found["Selasa (21/10)"] == "2025-10-21"


def test_without_an_anchor_values_keep_unknown_parts():
    assert one("Sidang digelar 9 November.", None)[2] == "XXXX-11-09"
    assert one("Sidang digelar 9 November 2023.", None)[2] == "2023-11-09"
    assert [f[2] for f in values("Pameran digelar Sabtu-Minggu.", None)] == ["XXXX-WXX-6", "XXXX-WXX-7"]
    assert [f[2] for f in values("Ekspor turun pada Januari-Oktober.", None)] == ["XXXX-01", "XXXX-10"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Pesawat hilang sekitar pukul 07.24 WIB.", ("sekitar pukul 07.24 WIB", "APPROX")),
    ("Harga bertahan hampir dua minggu.", ("hampir dua minggu", "LESS_THAN")),
    ("Ia ditahan lebih dari 10 tahun.", ("lebih dari 10 tahun", "MORE_THAN")),
    ("Harga ditahan setidaknya triwulan I-2024.", ("setidaknya triwulan I-2024", "EQUAL_OR_MORE")),
    ("Harga ditahan lebih dari 25 persen sejak Juni.", ("Juni", None)),
    ("Harga naik pada akhir 2014.", ("akhir 2014", "END")),
    ("Proyek rampung pertengahan tahun depan.", ("pertengahan tahun depan", "MID")),
    ("Toko tutup pada akhir pekan ini.", ("akhir pekan ini", None)),
])
def test_modifiers_join_the_extent_and_give_timeml_mod(sentence, expected):
    found = tag(sentence, ANCHOR)
    assert len(found) == 1
    assert (found[0].text, found[0].mod) == expected


def test_offsets_point_into_the_text():
    text = "Pada Rabu, 8 November 2023, malam, ia tiba; kemarin ia pergi.\nLalu 3 hari kemudian pulang."
    for found in tag(text, ANCHOR):
        assert text[found.start:found.end] == found.text


@pytest.mark.parametrize(("words", "number"), [
    ("dua puluh tiga", 23), ("tiga ratus dua puluh", 320), ("dua belas", 12), ("seribu dua ratus", 1200),
    ("sepuluh", 10), ("sebelas", 11), ("7", 7),
])
def test_number_words(words, number):
    assert number_value(words) == number


def test_minggu_lalu_opening_a_sentence_is_last_week_inside_it_last_sunday():
    assert one("Minggu lalu harga naik.")[2] == "2023-W44"
    assert one("Pesawat itu hilang Minggu lalu.")[2] == "2023-11-05"


def test_weekday_lalu_on_the_same_weekday_is_a_week_back():
    assert one("Ia datang Kamis lalu.")[2] == "2023-11-02"


def test_whole_night_and_day():
    assert one("Ia berjaga semalaman.")[2] == "P1D"
    assert one("Ia berjaga seharian penuh.")[2] == "P1D"


def test_unspecified_durations():
    assert one("Ia berhenti sejenak lalu pergi.")[1:] == ("DURATION", "PXX")
    assert one("Ia menunggu beberapa saat.")[1:] == ("DURATION", "PXX")
    assert one("Ia datang beberapa waktu lalu.")[1:] == ("DATE", "PAST_REF")
    assert one("Harga bisa turun dalam beberapa bulan ke depan.") == ("beberapa bulan ke depan", "DURATION", "PXM")


def test_that_year_is_the_story_year():
    found = values("Bencana terjadi pada 26 Desember 2004. Tahun itu ribuan orang mengungsi.")
    assert found[-1][2] == "2004"
    found = values("Album itu terbit pada Mei 2007. Pada bulan yang sama, ia menikah.")
    assert found[-1] == ("bulan yang sama", "DATE", "2007-05")
    assert values("Laba naik 2% dibanding kenaikan kuartal yang sama pada 1988.") == [("1988", "DATE", "1988")]


def test_before_and_after_count_from_the_period_the_story_names():
    found = values("Pada 2019 ekspor naik 9 persen dibanding setahun sebelumnya.", date(2021, 3, 1))
    assert [v for _, _, v in found] == ["2019", "2018"]
    found = values("Pada Maret 2020 pabrik tutup. Bulan berikutnya pabrik dibuka.", date(2021, 3, 1))
    assert found[-1][2] == "2020-04"


def test_bare_weekday_takes_the_date_the_story_gave_it():
    # The article is from Wednesday 8 Nov 2023; the meeting is the coming Thursday.
    text = "Menteri akan bertemu Kamis (9/11/2023). Para ahli menunggu hasil pertemuan Kamis itu."
    assert [v for _, _, v in values(text, date(2023, 11, 8))] == ["2023-11-09", "2023-11-09"]
    # Without the dated mention, a bare weekday is the latest such day.
    assert one("Para ahli menunggu hasil pertemuan Kamis.", date(2023, 11, 8))[2] == "2023-11-02"


def test_a_range_of_weekdays_runs_forward():
    found = values("Pameran digelar Sabtu-Minggu di Senayan.", date(2023, 11, 9))
    assert [f[2] for f in found] == ["2023-11-04", "2023-11-05"]
    found = values("Pameran digelar Kamis-Minggu di Senayan.", date(2023, 11, 9))
    assert [f[2] for f in found] == ["2023-11-09", "2023-11-12"]
    found = values("Hujan turun sejak Senin hingga Rabu.", date(2023, 11, 9))
    assert [f[2] for f in found] == ["2023-11-06", "2023-11-08"]


def test_a_range_of_months_ends_at_its_last_month():
    found = values("Pada periode Januari-Oktober, ekspor turun.", date(2014, 12, 30))
    assert [f[2] for f in found] == ["2014-01", "2014-10"]
    found = values("Pada November-Februari, hujan turun.", date(2014, 12, 30))
    assert [f[2] for f in found] == ["2014-11", "2015-02"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Musik tahun 80-an kembali digemari.", [("tahun 80-an", "DATE", "198")]),
    ("Gedung itu dibangun pada 1970-an.", [("1970-an", "DATE", "197")]),
    ("Harga minyak stabil pada level 70-an dollar AS.", []),
    ("Lagu era '90-an diputar lagi.", [("'90-an", "DATE", "199")]),
])
def test_decades_but_not_prices(sentence, expected):
    assert values(sentence) == expected


def test_a_range_of_days_gives_both_days():
    found = values("Rapat berlangsung pada 10-11 Desember 2014 di Bali.", date(2014, 12, 3))
    assert found == [("10", "DATE", "2014-12-10"), ("11 Desember 2014", "DATE", "2014-12-11")]
    assert values("Skor 2-1 pada 5 Desember.", date(2014, 12, 3)) == [("5 Desember", "DATE", "2014-12-05")]


def test_month_with_a_year_named_relative_to_the_anchor_or_the_story():
    assert one("Izin itu terbit 5 Januari tahun lalu.")[2] == "2022-01-05"
    assert values("Pada 2019 izin terbit, lalu Mei tahun berikutnya pabrik dibangun.")[1][2] == "2020-05"


def test_malam_before_a_weekday_is_the_night_before_it():
    # "malam Minggu" is Saturday night; "Minggu malam" is Sunday night.
    assert one("Konser digelar malam Minggu di Senayan.")[2] == "2023-11-04TNI"
    assert one("Konser digelar Minggu malam di Senayan.")[2] == "2023-11-05TNI"


def test_clock_time_followed_by_a_relative_day_is_on_that_day():
    assert one("Gempa terjadi pukul 14.00 WIB kemarin.") == ("pukul 14.00 WIB kemarin", "TIME", "2023-11-08T14:00")


def test_clock_time_followed_by_tadi_malam_is_last_night():
    assert one("Korban tiba di rumah sakit pukul 9 tadi malam.") == (
        "pukul 9 tadi malam", "TIME", "2023-11-08T21:00")


def test_clock_time_right_after_a_day_takes_that_day():
    found = values("Tim akan berangkat besok sekitar pukul 10.00 WIB.")
    assert found == [("besok", "DATE", "2023-11-10"), ("sekitar pukul 10.00 WIB", "TIME", "2023-11-10T10:00")]
    found = values("Kapal tiba Senin (6/11/2023). Kemarin pagi, pukul 08.00 WIB, kapal berlayar lagi.")
    assert found[-1] == ("pukul 08.00 WIB", "TIME", "2023-11-08T08:00")
    # a full stop between them ends the day's reach
    found = values("Kapal tiba Senin (6/11/2023). Besok dia pulang. Pukul 08.00 WIB kapal berlayar.")
    assert found[-1][2] == "2023-11-06T08:00"


def test_a_day_opening_a_sentence_is_the_day_the_story_moves_to():
    found = values("Kemarin, Presiden tiba di Surabaya. Ia mendarat pukul 15.30 dan menuju posko. "
                   "Malam harinya, ia kembali ke Jakarta.")
    assert [f[2] for f in found] == ["2023-11-08", "2023-11-08T15:30", "2023-11-08TNI"]
    # in mid-sentence it dates its own clause only
    found = values("Harga naik setelah kemarin turun. Pukul 10.00 WIB harga stabil.")
    assert found[-1][2] == "2023-11-09T10:00"


def test_kemarin_or_lalu_after_a_weekday_and_its_date_belongs_to_it():
    assert values("Presiden datang Rabu (8/11/2023) kemarin.") == [
        ("Rabu (8/11/2023) kemarin", "DATE", "2023-11-08")]
    assert one("Jenazah dimakamkan Jumat (10/11) besok.") == ("Jumat (10/11) besok", "DATE", "2023-11-10")
    assert one("Kapal tenggelam Minggu (5/11) lalu.") == ("Minggu (5/11) lalu", "DATE", "2023-11-05")
    assert one("Kapal tenggelam Minggu (5/11) kemarin sore.")[2] == "2023-11-05TAF"
    assert one("Kapal tiba Kamis (9/11/2023) pagi tadi.")[0] == "Kamis (9/11/2023) pagi tadi"
    assert one("Kapal tiba pada 8 November kemarin.") == ("8 November kemarin", "DATE", "2023-11-08")
    assert one("Kapal tiba pada 8 November 2023 kemarin.")[0] == "8 November 2023 kemarin"


def test_a_date_far_from_the_article_that_its_weekday_contradicts_is_a_slip():
    # the year left over from the old year, a mistyped digit of the day
    assert one("Tarif baru berlaku Senin (1/1/2023).", date(2024, 1, 1))[2] == "2024-01-01"
    assert one("Harga turun pada Rabu (28/11/2023) waktu setempat.", date(2023, 11, 9))[2] == "2023-11-08"
    # within a week of the article either may be the slip: the date stands as written
    assert one("Harga turun pada Selasa (8/11/2023).", date(2023, 11, 9))[2] == "2023-11-08"
    # no date, or two (the 8th and the 15th), fit a single slip: the date stands as written
    assert one("Harga turun pada Kamis (1/1/2023).", date(2024, 1, 3))[2] == "2023-01-01"
    assert one("Harga turun pada Rabu (18/11/2023).", date(2023, 11, 9))[2] == "2023-11-18"


def test_the_eve_of_a_named_new_year_is_in_the_year_before():
    assert one("Pesta digelar pada malam Tahun Baru 2024.")[2] == "2023-12-31TNI"
    assert one("Pesta digelar pada Tahun Baru 2024.")[2] == "2024-01-01"


def test_clock_time_written_before_its_day_takes_that_day():
    found = values("Harga naik pada pukul 07.55 WIB, Senin (6/11/2023).")
    assert found[0] == ("pukul 07.55 WIB", "TIME", "2023-11-06T07:55")


def test_a_lower_case_word_after_pasar_is_not_a_place_name():
    assert one("Indeks turun pada penutupan pasar sore hari ini.") == ("sore hari ini", "TIME", "2023-11-09TAF")
    assert values("Ia tinggal di Pasar Minggu, Jakarta Selatan.") == []
