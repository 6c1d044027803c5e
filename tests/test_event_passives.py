"""Events told in the passive or around a noun, on sentences written for these tests: thanks
for what someone gave, seizures that name no one seizing, acts held "oleh" someone, cases looked
into, aid received, and the guarded protest, the wished-for act and the denied one that are no acts."""

from __future__ import annotations

from tests.test_event_reading import coded
from tests.test_events_quotes import names


def test_thanks_for_what_someone_gave_praises_the_giver():
    assert names("Kepala Desa Sukamaju Ahmad Rifai berterima kasih atas bantuan bibit dari Dinas Pertanian "
                 "Kabupaten Magelang.") == [("SUPPORT", "051", "Ahmad Rifai", "Dinas Pertanian Kabupaten Magelang")]


def test_thanks_for_the_weather_name_no_one():
    assert names("Warga Kabupaten Magelang bersyukur atas hujan yang turun sepanjang malam.") == []


def test_a_seizure_naming_no_one_seizing_is_the_story_s_law_s_act():
    assert names("Kejaksaan Tinggi Bali menggeledah kantor dinas itu.\nSebanyak 20 dokumen turut disita.") == [
        ("ACCUSE", "091", "Kejaksaan Tinggi Bali", None), ("COERCE", "1711", "Kejaksaan Tinggi Bali", None)]


def test_a_seizure_from_someone_named_with_no_law_in_the_story_is_an_unnamed_actor_s():
    assert names("Sejumlah perhiasan emas disita dari rumah Ahmad Rifai di Bogor.") == [
        ("COERCE", "1711", None, "Ahmad Rifai")]


def test_an_owner_is_read_only_right_after_the_seizure():
    assert names("Kejaksaan Tinggi Bali menggeledah kantor itu.\nAset yang disita sebanyak 38, terdiri dari "
                 "kendaraan milik Ahmad Rifai.") == [
        ("ACCUSE", "091", "Kejaksaan Tinggi Bali", None), ("COERCE", "1711", "Kejaksaan Tinggi Bali", None)]


def test_seizing_as_a_light_verb_and_noun_is_a_seizure_the_noun_alone_is_not():
    assert names("Kejaksaan Agung melakukan penyitaan aset milik tersangka Budi Santoso.") == [
        ("COERCE", "1711", "Kejaksaan Agung", "Budi Santoso")]
    assert names("Belum ada pengajuan surat penyitaan ke Pengadilan Negeri Boyolali.") == []


def test_an_act_held_by_someone_after_a_light_passive_is_theirs():
    assert names("Unjuk rasa itu dilakukan oleh Serikat Pekerja Nasional di depan Balai Kota Bandung.") == [
        ("PROTEST", "140", "Serikat Pekerja Nasional", "Balai Kota Bandung")]


def test_an_official_s_word_may_lead_into_a_passive_s_agent():
    assert names("Kasus dugaan korupsi pengadaan seragam itu didalami penyidik Polres Garut.") == [
        ("ACCUSE", "091", "Polres Garut", None)]
    assert names("Kantor Dinas Perumahan itu turut digeledah penyidik Kejaksaan Negeri Bogor.") == [
        ("ACCUSE", "091", "Kejaksaan Negeri Bogor", "Dinas Perumahan")]


def test_looking_into_study_material_is_no_investigation():
    assert names("Penyidik Polres Garut mendalami materi pelatihan bagi anggota baru.") == []


def test_aid_received_is_the_giver_s_act():
    assert names("Para petani di Kabupaten Indramayu mendapat bantuan pupuk dari Kementerian Pertanian.") == [
        ("AID", "070", "Kementerian Pertanian", "Para petani")]
    assert names("Relawan membagikan nasi bungkus kepada para pengungsi banjir di Kabupaten Bandung.") == [
        ("AID", "070", "Relawan", "para pengungsi")]


def test_a_protest_guarded_is_not_the_guard_s_protest():
    assert names("Polisi mengamankan aksi unjuk rasa buruh di depan Gedung DPR.") == []


def test_an_act_wished_for_is_not_done():
    assert names("Kepala Satpol PP Kota Bogor Agus Ridho berharap, pedagang yang melanggar itu segera "
                 "ditertibkan.") == [("REQUEST", "100", "Agus Ridho", "pedagang")]


def test_the_one_complained_against_does_not_act():
    assert names("Pengadu mendalilkan para teradu memberikan bantuan logistik kepada partai politik.") == []


def test_a_denied_seizure_is_not_done():
    assert names("Polisi membantah telah menyita ponsel milik wartawan tersebut.") == [
        ("REJECT", "120", "Polisi", "wartawan")]


def test_the_people_of_a_body_are_not_the_body():
    assert names("Nasabah Koperasi Sejahtera melaporkan kasus itu ke Polres Boyolali.") == [
        ("ACCUSE", "114", "Nasabah Koperasi Sejahtera", None)]


def test_the_object_of_a_verb_after_dan_is_that_verb_s():
    assert names("Para buruh menggelar aksi dan menuntut Rudi Hartono dibebaskan di Bekasi.") == [
        ("PROTEST", "141", "Para buruh", None), ("REQUEST", "100", "Para buruh", None)]


def test_one_asked_about_in_the_passive_is_not_the_one_asked():
    assert names("Orang tua murid meminta Pak Darto dikembalikan ke sekolah di Bekasi.") == [
        ("REQUEST", "100", "Orang tua murid", None)]
    assert names("Polisi meminta warga Bekasi tetap tenang.") == [("REQUEST", "100", "Polisi", "warga Bekasi")]


def test_a_call_for_an_act_named_as_a_noun_is_a_demand():
    assert names("Aliansi Mahasiswa Bekasi mendesak pengusutan tuntas kasus kekerasan itu.") == [
        ("REQUEST", "101", "Aliansi Mahasiswa Bekasi", None)]
    assert names("Serikat Petani Indonesia mendesak penurunan harga pupuk.") == [
        ("REQUEST", "1042", "Serikat Petani Indonesia", None)]


def test_advice_and_messages_are_requests():
    assert names("Ketua RW itu menyarankan agar warga Bekasi menjaga kebersihan.") == [
        ("REQUEST", "100", "Ketua RW", "warga Bekasi")]
    assert names("Kepala Dinas Pendidikan Kota Bekasi Ahmad Darmawan menitip pesan kepada para guru.") == [
        ("REQUEST", "100", "Ahmad Darmawan", "para guru")]


def test_asking_in_speech_is_a_request_and_asking_forgiveness_an_apology():
    assert names('"Kami minta polisi segera menangkap pelakunya," kata Ahmad Darmawan di Bekasi.') == [
        ("REQUEST", "100", "Ahmad Darmawan", "polisi")]
    assert names("Ahmad Darmawan minta maaf kepada warga Bekasi.") == [
        ("SUPPORT", "055", "Ahmad Darmawan", "warga Bekasi")]


def test_a_complaint_lodged_may_leave_the_one_complained_of_unnamed():
    assert names("Pengacara Budi Santoso melayangkan somasi dan meminta agar pihak maskapai meminta maaf.") == [
        ("ACCUSE", "114", "Budi Santoso", None), ("REQUEST", "100", "Budi Santoso", None)]


def test_a_relative_clause_s_act_is_the_noun_s_before_yang_past_a_comma_or_an_age():
    assert names("Guru SD bernama Mansur (53) yang divonis 5 tahun penjara kembali mengajar di Kendari.") == [
        ("COERCE", "173", None, "Mansur")]
    assert names("Hukuman itu lebih ringan dari tuntutan jaksa penuntut umum Ni Putu Eriek, yang menuntut "
                 "2,5 tahun penjara.") == [("COERCE", "173", "Ni Putu Eriek", None)]


def test_a_relative_clause_s_active_verb_is_the_noun_s_act():
    assert names("Polisi yang menangkap pelaku langsung membawanya ke Polres Garut.") == [
        ("COERCE", "173", "Polisi", "pelaku")]


def test_a_meeting_a_quotation_was_said_at_is_the_speaker_s():
    assert names('Menteri PPN Rachmat Pambudy membahas target pertumbuhan.\n"Kita harus hati-hati juga," '
                 'katanya saat Rapat Kerja dengan Komisi XII DPR RI, Kamis (3/7/2025).') == [
        ("CONSULT", "040", "Rachmat Pambudy", "Komisi XII DPR RI")]


def test_a_report_to_the_election_law_centre_and_a_travel_ban():
    assert names("Badan Pengawas Pemilu melaporkan dugaan politik uang ke Sentra Gakkumdu.") == [
        ("ACCUSE", "114", "Bawaslu", None)]
    assert names("Direktorat Jenderal Imigrasi mencekal Riza Chalid ke luar negeri.") == [
        ("COERCE", "172", "Direktorat Jenderal Imigrasi", "Riza Chalid")]
    assert names("Pemerintah mencegah banjir di Jakarta dengan membangun tanggul.") == []


def test_a_deployment_at_home_names_no_one():
    assert names("TNI mengerahkan pasukan ke Kabupaten Intan Jaya setelah serangan kelompok bersenjata.") == [
        ("MOBILIZE", "154", "TNI", None)]


def test_a_suit_granted_is_the_court_yielding_to_its_plaintiff_not_the_court_s_suit():
    assert names("Pengadilan Negeri Jakarta Selatan mengabulkan gugatan praperadilan yang diajukan Hasto "
                 "Kristiyanto.") == [("CONCEDE", "080", "Pengadilan Negeri Jakarta Selatan", "Hasto Kristiyanto")]
    assert names("Hasto Kristiyanto mengajukan gugatan praperadilan terhadap KPK.") == [
        ("ACCUSE", "115", "Hasto Kristiyanto", "KPK")]


def test_an_apology_recorded_on_video_is_an_apology():
    assert names("Pengemudi Pajero itu juga telah membuat video klarifikasi dan permintaan maaf di Tasikmalaya.") == [
        ("SUPPORT", "055", "Pengemudi Pajero", None)]
    assert names("Permintaan maaf kepada korban belum disampaikan pelaku di Garut.") == []


def test_thanks_for_help_given_to_others_or_for_luck_name_no_giver():
    # (the aid itself, given by someone unnamed to the villagers, may be read: no thanks is)
    assert not [e for e in names("Kepala Desa Sukamaju Ahmad Rifai berterima kasih atas bantuan yang diberikan "
                                 "kepada warga Desa Sukamaju.") if e[0] == "SUPPORT"]
    assert names("Keluarga korban bersyukur atas selamatnya para penumpang KM Barcelona.") == []
    assert names("Eko Julianto berterima kasih atas dukungan Polres Wonogiri.") == [
        ("SUPPORT", "051", "Eko Julianto", "Polres Wonogiri")]


def test_an_act_held_by_an_agent_acts_on_whom_the_noun_names_before_the_verb():
    assert names("Penangkapan Rudi Hartono dilakukan oleh Polda Metro Jaya di Bekasi.") == [
        ("COERCE", "173", "Polda Metro Jaya", "Rudi Hartono")]
    assert names("Penggeledahan rumah dinas Gubernur Riau Abdul Wahid dilakukan oleh penyidik KPK.") == [
        ("ACCUSE", "091", "KPK", "Abdul Wahid")]


def test_two_verbs_joined_share_their_object():
    assert names("Penyidik KPK menggeledah dan menyegel kantor Dinas PUPR Kabupaten Ponorogo.") == [
        ("ACCUSE", "091", "KPK", "Dinas PUPR Kabupaten Ponorogo"),
        ("COERCE", "172", "KPK", "Dinas PUPR Kabupaten Ponorogo")]


def test_taking_part_in_a_protest_or_a_suit_is_not_guarding_it():
    assert names("Ratusan mahasiswa mengikuti aksi demonstrasi di depan Gedung DPRD Sumatera Utara.") == [
        ("PROTEST", "140", "Ratusan mahasiswa", "DPRD Sumatera Utara")]


def test_a_word_a_trigger_needs_must_stand_near_it_where_the_entry_says_so():
    assert names("Imigrasi mencegah Riza Chalid bepergian ke luar negeri.") == [
        ("COERCE", "172", "Direktorat Jenderal Imigrasi", "Riza Chalid")]
    assert names("Dinas Kesehatan Kota Bekasi mencegah warga tertular demam berdarah dari luar daerah.") == []
    assert names("Komisi III DPR mendalami materi RUU KUHAP, terutama soal penanganan perkara pidana ringan.") == []


def test_reports_that_are_no_complaints_and_sharing_that_is_no_aid():
    assert names("PPATK melaporkan adanya transaksi mencurigakan kepada Presiden.") == []
    assert names("Akun Instagram Divisi Humas Polri membagikan video petugas menyemprotkan air ke arah massa.") == []
    assert names("Antrean di Tol Cikampek mengular, macetnya minta ampun, ujar pengemudi bus bernama Joko.") == []


def test_an_act_expected_in_a_relative_clause_is_still_done():
    assert names("Bantuan yang lama diharapkan warga akhirnya disalurkan Kementerian Sosial kepada pengungsi "
                 "banjir di Demak.")[0][:3] == ("AID", "070", "Kementerian Sosial")


def test_calling_on_someone_and_discussing_with_them_are_meetings():
    assert names("Kepala Kanwil Kementerian HAM Jawa Barat menghadap Menteri HAM Natalius Pigai di Jakarta.") == [
        ("CONSULT", "040", "Kepala Kanwil Kementerian HAM Jawa Barat", "Natalius Pigai")]
    assert names("Kanwil Kementerian HAM Jawa Barat berencana menggelar diskusi dengan para pemangku "
                 "kepentingan.") == [("AGREE", "036", "Kanwil Kementerian HAM Jawa Barat", "para pemangku kepentingan")]
    assert names("Warga menghadap ke arah kiblat saat salat di Masjid Istiqlal.") == []


def test_an_award_from_someone_named_is_their_praise():
    assert names("Pemerintah Kabupaten Bogor menerima penghargaan dari Kementerian Dalam Negeri di Jakarta.") == [
        ("SUPPORT", "051", "Kementerian Dalam Negeri", "Pemerintah Kabupaten Bogor")]
    assert names("Pemkab Bogor meraih penghargaan sebagai kabupaten terbaik tahun ini.") == []


def test_a_detention_ordered_or_extended_is_a_detention_not_a_naming():
    assert names("Dengan pertimbangan kemanusiaan, Kejari Sidoarjo menetapkan penahanan kota bagi Budi Santoso.") == [
        ("COERCE", "173", "Kejari Sidoarjo", "Budi Santoso")]
    assert names("Hakim memperpanjang penahanan terdakwa Budi Santoso selama 30 hari.")[0][:2] == ("COERCE", "173")


def test_things_taken_into_custody_are_seized_and_a_person_is_arrested():
    assert names("Polisi telah mengamankan pelat nomor palsu dan sirene dari mobil itu.") == [
        ("COERCE", "1711", "Polisi", None)]
    assert names("Polisi mengamankan Budi Santoso bersama barang bukti sabu.") == [
        ("COERCE", "173", "Polisi", "Budi Santoso")]


def test_a_suspect_named_in_the_passive_is_named_by_the_story_s_law_past_a_short_form_or_siblings():
    story = "Kejaksaan Agung menggeledah kantor PT Sinar Tekstil. "
    assert ("ACCUSE", "1121", "Kejaksaan Agung", "Iwan Santoso") in names(
        story + "Dalam kasus itu, bos PT Sinar Tekstil, Iwan Santoso bersaudara ditetapkan sebagai tersangka.")
    # the one named is the former head the phrase describes; the body in the title stands in for
    # them (who is at home), and the story's law names them
    assert [e[:3] for e in names(story + "Mantan Kepala Badan Amil Zakat Nasional Jawa Barat (Jabar) itu "
                                 "ditetapkan menjadi tersangka.") if e[1] == "1121"] == [
        ("ACCUSE", "1121", "Kejaksaan Agung")]
    # the thing must be the object: a person taken with things is arrested
    assert names("Polisi mengamankan seorang kurir narkoba di Medan.")[0][:2] == ("COERCE", "173")
    assert names("Budi Santoso diamankan bersama sepeda motornya.")[0][:2] == ("COERCE", "173")


def test_forces_moved_to_a_place_at_home_face_no_one_named():
    assert names("TNI mengerahkan helikopter ke Kabupaten Agam.") == [("MOBILIZE", "150", "TNI", None)]
    # (session 33) a civil body's means sent show no force
    assert names("BNPB mengerahkan helikopter ke Kabupaten Agam.") == []


def test_an_emphatic_sendiri_between_the_one_acted_on_and_the_verb_keeps_the_story_s_police():
    assert names("Polres Sleman menyelidiki kasus pembunuhan itu.\nDimas Prasetyo sendiri ditangkap di Klaten "
                 "pada Rabu.")[-1] == ("COERCE", "173", "Polres Sleman", "Dimas Prasetyo")


def test_a_body_s_members_are_held_though_a_body_is_not():
    bodies = [("Brimob", "ORG", "IDN"), ("Propam Polda Jabar", "ORG", "IDN"), ("Polres Garut", "ORG", "IDN")]
    sectors = {"Brimob": "COP", "Propam Polda Jabar": "COP", "Polres Garut": "COP"}
    assert coded("Dua oknum anggota Brimob yang diduga memeras warga diamankan oleh Propam Polda Jabar.",
                 bodies, sectors=sectors) == [("COERCE", "173", "Propam Polda Jabar", "IDN", "Brimob", "IDN")]
    assert coded("Propam Polda Jabar menahan Polres Garut.", bodies, sectors=sectors) == []


def test_a_hedge_scopes_over_its_own_verb_not_the_arrest_after_it():
    bodies = [("TNI", "ORG", "IDN"), ("Polisi Militer", "ORG", "IDN")]
    sectors = {"TNI": "MIL", "Polisi Militer": "MIL"}
    assert coded("Dua oknum anggota TNI yang diduga memeras warga diamankan oleh Polisi Militer.",
                 bodies, sectors=sectors) == [("COERCE", "173", "Polisi Militer", "IDN", "TNI", "IDN")]
    assert coded("Dua oknum anggota TNI diduga diamankan oleh Polisi Militer.", bodies, sectors=sectors) == []


def test_the_result_of_a_search_told_before_is_no_new_one():
    bodies = [("KPK", "ORG", "IDN"), ("Dinas PUPR", "ORG", "IDN")]
    assert coded("Dari hasil penggeledahan yang dilakukan oleh KPK, penyidik menemukan dokumen.", bodies,
                 sectors={"KPK": "JUD"}) == []
    assert coded("Penggeledahan kantor Dinas PUPR dilakukan oleh tim penyidik KPK.", bodies,
                 sectors={"KPK": "JUD"}) == [
        ("ACCUSE", "091", "KPK", "IDN", "Dinas PUPR", "IDN")]


def test_the_subject_of_a_passive_request_is_the_one_asked():
    people = [("Tito Karnavian", "PERSON", "IDN")]
    assert coded("Para kepala daerah diminta Menteri Dalam Negeri Tito Karnavian untuk tidak bepergian.", people,
                 {"Tito Karnavian": "Menteri Dalam Negeri"}) == [
        ("REQUEST", "100", "Tito Karnavian", "IDN", "Para kepala daerah", "IDN")]


def test_a_gang_described_by_a_relative_clause_with_a_hyphenated_street_is_the_one_held():
    bodies = [("Satreskrim Polres Depok", "ORG", "IDN")]
    assert coded("Tiga anggota geng motor yang menganiaya seorang pelajar di Jalan Soekarno-Hatta diringkus "
                 "Satreskrim Polres Depok.", bodies, sectors={"Satreskrim Polres Depok": "COP"}) == [
        ("ASSAULT", "182", "Tiga anggota geng motor", "IDN", "seorang pelajar", "IDN"),
        ("COERCE", "173", "Satreskrim Polres Depok", "IDN", "Tiga anggota geng motor", "IDN")]
    # a reduplicated word inside the clause is one word
    assert coded("Pengemudi yang kerap bolak-balik ke Jakarta ditangkap polisi.", []) == [
        ("COERCE", "173", "polisi", "IDN", "Pengemudi", "IDN")]


def test_a_person_described_between_commas_before_a_passive_is_the_one_acted_on():
    people = [("Ferry Anggara", "PERSON", "IDN"), ("Kejaksaan Negeri Depok", "ORG", "IDN")]
    sectors = {"Kejaksaan Negeri Depok": "JUD"}
    # the description's "berencana" (premeditated) plans nothing, and a prosecutor's three-word office
    # leads into the body
    assert coded("Ferry Anggara, terdakwa kasus pembunuhan berencana terhadap rekan bisnisnya, didakwa Jaksa "
                 "Penuntut Umum Kejaksaan Negeri Depok dengan Pasal 340 KUHP.", people, sectors=sectors) == [
        ("COERCE", "173", "Kejaksaan Negeri Depok", "IDN", "Ferry Anggara", "IDN")]
    assert coded("Ferry Anggara, warga Depok, ditangkap polisi kemarin.", people, sectors=sectors) == [
        ("COERCE", "173", "polisi", "IDN", "Ferry Anggara", "IDN")]
    assert coded("Ferry Anggara, pelaku pembunuhan berencana, ditangkap polisi.", people, sectors=sectors) == [
        ("COERCE", "173", "polisi", "IDN", "Ferry Anggara", "IDN")]
    # a plan in the same clause is still no act
    assert coded("Polisi berencana menangkap Ferry Anggara.", people) == []


def test_a_hedge_after_yang_and_an_adverb_still_scopes_over_its_own_verb():
    assert coded("Dua pria yang juga diduga memeras warga diamankan polisi.", []) == [
        ("COERCE", "173", "polisi", "IDN", "Dua pria", "IDN")]


def test_a_herd_of_animals_is_no_gang():
    assert coded("Kawanan gajah liar merusak rumah warga di Aceh Timur.", []) == []
    assert coded("Kawanan perampok menganiaya seorang warga di Bekasi.", []) == [
        ("ASSAULT", "182", "Kawanan perampok", "IDN", "seorang warga", "IDN")]


def test_the_one_who_tells_a_passive_befell_them_is_the_one_acted_on():
    assert coded("Kepala sekolah Rina Marlina mengaku sudah dipanggil polisi pekan lalu.",
                 [("Rina Marlina", "PERSON", "IDN"), ("polisi", "ORG", "IDN")], sectors={"polisi": "COP"}) == [
        ("ACCUSE", "091", "polisi", "IDN", "Rina Marlina", "IDN")]
    # a denial stays none
    assert coded("Rina Marlina mengaku tidak dipanggil polisi.",
                 [("Rina Marlina", "PERSON", "IDN"), ("polisi", "ORG", "IDN")], sectors={"polisi": "COP"}) == []
    # "hanya" (only) between them too
    assert coded("Budi Santoso hanya mengaku ditelepon oleh Andi Wirawan.",
                 [("Budi Santoso", "PERSON", "IDN"), ("Andi Wirawan", "PERSON", "IDN")]) == [
        ("CONSULT", "041", "Andi Wirawan", "IDN", "Budi Santoso", "IDN")]


def test_an_officer_placed_in_special_placement_is_held():
    assert coded("Dua personel Polres Bogor ditempatkan di penempatan khusus oleh Propam Polda Jabar.",
                 [("Polres Bogor", "ORG", "IDN"), ("Propam Polda Jabar", "ORG", "IDN")],
                 sectors={"Propam Polda Jabar": "COP", "Polres Bogor": "COP"}) == [
        ("COERCE", "173", "Propam Polda Jabar", "IDN", "Polres Bogor", "IDN")]
