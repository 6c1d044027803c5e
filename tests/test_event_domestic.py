"""Events of everyday domestic news on sentences written for these tests, one construction each:
praise and criticism whose object is someone's doing, protests, charges, questions, cooperation
among listed bodies, and who acts when places follow the actor."""

from __future__ import annotations

import warta
from tests.test_events_quotes import names, read


def test_welcoming_a_deed_praises_its_unnamed_doer():
    assert names("Budi Santoso menyambut baik penandatanganan nota kesepahaman itu.") == [
        ("SUPPORT", "051", "Budi Santoso", None)]


def test_an_appreciation_noun_is_not_praise():
    assert names("Konversi valuta asing oleh eksportir turut mendukung apresiasi nilai tukar rupiah.") == []


def test_praise_or_criticism_received_is_the_giver_s_act_on_an_unnamed_doer():
    assert names("Capaian ini menuai apresiasi dari Anggota DPRD DKI Jakarta Hardiyanto Kenneth.") == [
        ("SUPPORT", "051", "Hardiyanto Kenneth", None)]
    assert names("Video tersebut menuai kecaman warganet karena dianggap menyalahi aturan.") == [
        ("ACCUSE", "111", "warganet", None)]


def test_residents_protesting_act_though_places_follow_them():
    assert names("Warga di Perumahan Pondok Hijau, Ciputat, Tangerang Selatan memprotes pembangunan jembatan "
                 "oleh pengembang.") == [("PROTEST", "140", "Warga", "pengembang")]


def test_charging_someone_under_a_law_is_an_accusation_of_crime():
    assert names("Polisi menjerat Budi Santoso dengan Undang-Undang Informasi dan Transaksi Elektronik.") == [
        ("ACCUSE", "1121", "Polisi", "Budi Santoso")]


def test_questioning_whether_is_a_doubt_not_criticism():
    assert names("Anggota DPR Galih Kartasasmita mempertanyakan apakah anggaran itu cukup.") == []


def test_cooperation_of_bodies_listed_after_the_noun():
    assert names("Kegiatan ini digelar atas kerja sama Pemerintah Kabupaten Bandung, Badan Gizi Nasional, "
                 "dan Kementerian Kesehatan.") == [
        ("COOPERATE", "060", "Pemerintah Kabupaten Bandung", "Badan Gizi Nasional")]


def test_drawing_attention_to_a_failing_is_criticism_attention_alone_is_not():
    assert names("Menteri Keuangan Purbaya Yudhi Sadewa menyoroti lambatnya realisasi APBD hingga kuartal III.") == [
        ("ACCUSE", "111", "Purbaya Yudhi Sadewa", None)]
    assert names("Menteri Keuangan Purbaya Yudhi Sadewa menyoroti pentingnya realisasi APBD.") == []


def test_a_meeting_that_sets_the_scene_of_a_request_is_a_meeting_too():
    assert names("Kementerian Keuangan mengusulkan pagu anggaran dalam rapat kerja dengan Komisi XI DPR RI.") == [
        ("REQUEST", "100", "Kementerian Keuangan", None),
        ("CONSULT", "040", "Kementerian Keuangan", "Komisi XI DPR RI")]


def test_olehnya_is_the_person_named_last():
    assert names("Gubernur Jawa Tengah Ahmad Luthfi mendukung ekspor.\nHal itu diungkapkan olehnya usai "
                 "beraudiensi dengan Menteri Perdagangan Budi Santoso di Semarang.") == [
        ("CONSULT", "040", "Ahmad Luthfi", "Budi Santoso")]


def test_mockery_is_criticism():
    assert names("Ketua Umum Partai Gerindra Prabowo Subianto mencemooh demonstrasi tersebut.") == [
        ("ACCUSE", "111", "Prabowo Subianto", None)]


def test_naming_a_suspect_and_the_detention_after_are_two_acts():
    assert names("Kejaksaan Negeri Majalengka menetapkan Dedi Sutisna sebagai tersangka.\nHari ini Dedi Sutisna "
                 "menjalani pemeriksaan sebagai tersangka dan langsung ditahan di Lapas Majalengka.") == [
        ("ACCUSE", "1121", "Kejaksaan Negeri Majalengka", "Dedi Sutisna"),
        ("ACCUSE", "091", "Kejaksaan Negeri Majalengka", "Dedi Sutisna"),
        ("COERCE", "173", "Kejaksaan Negeri Majalengka", "Dedi Sutisna")]


def test_not_hesitating_to_act_if_a_condition_holds_is_a_threat():
    assert names("Presiden Prabowo Subianto tak segan mengganti para menteri bermasalah jika melakukan kesalahan.") == [
        ("THREATEN", "130", "Prabowo Subianto", "para menteri")]
    assert names("Presiden Prabowo Subianto tak segan turun ke lapangan.") == []


def test_support_told_from_the_side_of_what_is_supported():
    assert names("Langkah ini juga didukung oleh Polda Kalimantan Timur.") == [
        ("SUPPORT", "051", "Polda Kalimantan Timur", None)]


def test_two_people_met_are_met_by_the_subject_not_each_other():
    assert names("Presiden Prabowo Subianto bertemu Anwar Ibrahim dan Lawrence Wong di Kuala Lumpur.") == [
        ("CONSULT", "040", "Prabowo Subianto", "Anwar Ibrahim")]


def test_a_place_in_an_opening_clause_leaves_the_subject_after_it():
    # (the attack condemned, its attacker named, is told too: session 29)
    assert names("Dalam pertemuan di Kuala Lumpur, Indonesia mengecam serangan Israel terhadap Gaza.") == [
        ("ACCUSE", "111", "Indonesia", "Israel"), ("ASSAULT", "190", "Israel", "Gaza")]


def test_not_hesitating_to_help_is_no_threat():
    assert names("Bupati Bogor Rudy Susmanto tidak segan membantu warga jika mengalami kesulitan.") == []


def test_saying_someone_must_act_is_a_demand_and_the_act_is_not_done():
    assert names("Peneliti ICW Kurnia Ramadhana menilai KPK harus segera menahan tersangka.") == [
        ("REQUEST", "100", "Kurnia Ramadhana", "KPK")]
    assert names("Kepala Divisi Hukum ICW Wana Alamsyah juga mengatakan Polda Jabar mesti menghentikan "
                 "proses hukum itu.") == [("REQUEST", "100", "Wana Alamsyah", "Polda Jabar")]
    assert names("Peneliti ICW Kurnia Ramadhana menilai KPK tidak harus menahan tersangka.") == []
    assert names("KPK harus menahan tersangka itu.") == []


def test_a_capitalised_noun_going_on_with_a_capitalised_word_is_a_name():
    assert names("Isu itu dibahas Joe Biden dan Xi Jinping di sela-sela KTT forum Kerja sama Ekonomi "
                 "Asia-Pasifik di San Francisco.") == []


def test_money_poured_out_for_someone_is_aid_and_for_a_purpose_alone_is_not():
    assert names("Pemerintah menggelontorkan Rp 1,1 triliun untuk menggaji para peserta program magang.") == [
        ("AID", "071", "Pemerintah", "para peserta")]
    assert names("Menkeu Sri Mulyani Indrawati menggelontorkan anggaran Rp 599 triliun untuk membayar "
                 "bunga utang.") == []


def test_interest_stated_in_investing_is_an_intent_to_cooperate():
    assert names("Dalam forum itu sejumlah investor menyatakan minat investasi di Ibu Kota Nusantara.") == [
        ("AGREE", "0311", "sejumlah investor", None)]


def test_wrongdoing_found_is_an_investigation_of_those_behind_it():
    assert names("Badan Pemeriksa Keuangan menemukan penyimpangan dalam pengadaan alat kesehatan.") == [
        ("ACCUSE", "091", "Badan Pemeriksa Keuangan", None)]  # the fullest form written
    assert names("Warga menemukan dompet di jalan.") == []


def test_an_apology_with_no_one_named_is_to_an_unnamed_party():
    assert names("Kapolda Sumatera Utara meminta maaf atas peristiwa salah tangkap itu.") == [
        ("SUPPORT", "055", "Kapolda Sumatera Utara", None)]


def test_a_suspect_named_at_a_police_body_is_named_by_it():
    # (the case both bodies handle is their investigation, session 18)
    assert names("Polres Bogor dan Kejari Bogor menangani perkara itu. Andi Wijaya sudah ditetapkan tersangka "
                 "di Kejari Bogor pada 28 Agustus.") == [("ACCUSE", "091", "Polres Bogor", None),
                                                        ("ACCUSE", "091", "Kejari Bogor", None),
                                                        ("ACCUSE", "1121", "Kejari Bogor", "Andi Wijaya")]


def test_a_perpetrator_threatens_but_a_victim_does_not_attack():
    assert names("Pelaku mengancam akan menyebarkan video korban.") == [
        ("THREATEN", "130", "Pelaku", "korban")]
    assert names("Pelaku menangkap korban.") == []
    assert names("Korban mengancam pelaku.") == []
    assert names("Korban investasi bodong berunjuk rasa di depan kantor OJK.") == [
        ("PROTEST", "140", "Korban", "OJK")]  # victims protest


def test_a_complaint_to_the_police_a_divorce_suit_and_a_revoked_permit():
    assert names("Gerakan Pemuda Ansor melaporkan kiriman video itu ke pihak kepolisian.") == [
        ("ACCUSE", "114", "Gerakan Pemuda Ansor", None)]
    assert names("Komedian Bedu mengajukan cerai talak kepada istrinya, Irma Kartika Anggraini.") == [
        ("ACCUSE", "115", "Bedu", "Irma Kartika Anggraini")]
    assert names("Pemerintah telah mencabut empat IUP di Raja Ampat.") == [("COERCE", "172", "Pemerintah", None)]
    assert names("Penggugat mencabut gugatan itu kemarin.") == []
    assert names("PT Gag Nikel mencabut gugatan izin tambang.") == []


def test_a_higher_court_upholding_a_sentence_passes_it_again():
    assert names("Majelis hakim Pengadilan Tinggi Jakarta pun menguatkan putusan tersebut.") == [
        ("COERCE", "173", "Pengadilan Tinggi Jakarta", None)]
    assert names("Pengadilan Tinggi Surabaya menguatkan putusan bebas Gregorius Ronald Tannur.") == []


def test_a_judgement_of_someone_s_act_is_praise_or_criticism_of_them():
    assert names("Dede Yusuf menilai instruksi dari Prabowo mampu mempercepat industri otomotif.") == [
        ("SUPPORT", "051", "Dede Yusuf", "Prabowo")]
    assert names("Deddy Sitorus menilai aturan tersebut melanggar hak publik.") == [
        ("ACCUSE", "111", "Deddy Sitorus", None)]
    assert names("Menurut Sarmuji, penggunaan mobil itu sebagai kendaraan dinas adalah langkah tepat.") == [
        ("SUPPORT", "051", "Sarmuji", None)]
    assert names("Para mahasiswa menilai proses tersebut dilakukan secara tidak transparan.") == [
        ("ACCUSE", "111", "Para mahasiswa", None)]


def test_a_named_person_the_judgement_opens_with_is_the_one_judged():
    # after the title, the evaluative word follows the name at once; the speaker's apposition
    # (a comma, a short form in brackets) stands between the speaker and the verb
    assert names("Peneliti senior Lembaga Kajian Nusantara, Rudi Hartanto, menilai Gubernur Jawa Barat "
                 "Dedi Mulyadi berhasil menurunkan angka kemiskinan.") == [
        ("SUPPORT", "051", "Rudi Hartanto", "Dedi Mulyadi")]
    assert names("Serikat Petani Nusantara (SPN) menilai kebijakan impor beras itu merugikan petani.") == [
        ("ACCUSE", "111", "Serikat Petani Nusantara", None)]
    # a verb of saying carries a judgement of an act named at the clause's head
    assert names("Rudi Hartanto mengatakan pernyataan Dedi Mulyadi soal banjir itu arogan.") == [
        ("ACCUSE", "111", "Rudi Hartanto", "Dedi Mulyadi")]
    # the person's own act with an evaluative word in it ("menyambut baik") is not judged
    assert ("SUPPORT", "051", "Rudi Hartanto", "Dedi Mulyadi") not in names(
        "Rudi Hartanto menyebut Dedi Mulyadi menyambut baik tawaran itu.")
    # a comma may follow the verb; a person named inside a clause about others is not judged;
    # a verb of saying judges no person
    assert names("Rudi Hartanto menilai, Dedi Mulyadi berhasil menurunkan angka kemiskinan.") == [
        ("SUPPORT", "051", "Rudi Hartanto", "Dedi Mulyadi")]
    assert not [e for e in names("Rudi Hartanto menilai warga yang dianiaya Budi Santoso gagal mendapat "
                                 "keadilan.") if e[0] in ("SUPPORT", "ACCUSE")]
    assert names("Dokter Rina Wulandari menyatakan Budi Santoso positif narkoba.") == []


def test_a_judgement_of_how_things_stand_is_no_event():
    assert names("Ekonom Bhima Yudhistira menilai rupiah akan melemah pekan depan.") == []
    assert names("Menurut Natalius Pigai, Flores Timur merupakan salah satu daerah yang rawan.") == []
    # planned or asked, a call for an act, an act named further on, a negated criticism
    assert names("KPK akan menilai apakah langkah itu tepat.") == []
    assert names("Budi Santoso memandang perlu adanya kebijakan yang tepat untuk petani.") == []
    assert names("Budi Santoso menilai petani tidak mampu membeli pupuk akibat kebijakan itu.") == []
    assert names("Budi Santoso menilai masyarakat kurang memahami program tersebut dengan baik.") == []
    assert names("Budi Santoso menilai kebijakan itu bukan langkah yang keliru.") == []


def test_a_meeting_convened_is_a_consultation_and_a_trial_is_not():
    assert names("Presiden Prabowo hari ini menggelar Sidang Kabinet Paripurna.") == [
        ("CONSULT", "040", "Prabowo", None)]
    assert names("Gubernur Andra Soni memimpin rapat koordinasi bersama Polda Banten di Serang.") == [
        ("CONSULT", "040", "Andra Soni", "Polda Banten")]
    assert names("Majelis hakim menggelar sidang perdana kasus korupsi itu.") == []


def test_support_named_as_an_aim_is_no_act():
    committed = names('"Kami berkomitmen untuk terus mendukung Otorita IKN," kata Basuki Hadimuljono.')
    assert [e[0] for e in committed] == ["AGREE"]  # the commitment, not support given
    assert names("Komunitas ojol bergerak dalam mendukung program pemerintah.") == []
    assert names("Partai Golkar memutuskan untuk mendukung Otorita IKN.") == [
        ("SUPPORT", "051", "Partai Golkar", "Otorita Ibu Kota Nusantara")]  # decided: done
    assert names("Partai Golkar mendukung Otorita IKN.") == [
        ("SUPPORT", "051", "Partai Golkar", "Otorita Ibu Kota Nusantara")]


def test_urging_with_no_one_named_is_a_request_to_an_unnamed_party():
    assert names("Menteri Lingkungan Hidup Hanif Faisol Nurofiq mendorong untuk konversi ke BBM rendah "
                 "sulfur.") == [("REQUEST", "100", "Hanif Faisol Nurofiq", None)]


def test_aid_given_with_no_giver_named_is_the_state_s():
    doc = read("Di Jakarta, BLT Kesra diberikan kepada 35 juta keluarga penerima manfaat bulan ini.")
    assert [(e.type, e.cameo, e.source.name, e.source.country, e.source.sector, e.target.name) for e in doc.events] == [
        ("AID", "071", None, "IDN", "GOV", "35 juta keluarga penerima manfaat")]  # the whole count (session 18)
    # a giver the sentence names gives, after "oleh" or before the verb after "dari"
    assert names("Bantuan sembako diberikan kepada warga oleh relawan Partai Golkar.") == [
        ("AID", "073", "Partai Golkar", "warga")]
    from_japan = read("Bantuan dari Jepang disalurkan kepada warga Aceh.").events
    assert [(e.source.name, e.source.country) for e in from_japan] == [("Jepang", "JPN")]
    assert names("Pertamina mengalokasikan dana investasi Rp100 triliun untuk kilang Balikpapan.") == []
    assert names("Pemerintah Kota Bandung mengalokasikan dana hibah sebesar Rp11 miliar untuk partai politik.") == [
        ("AID", "071", "Pemerintah Kota Bandung", "partai politik")]


def test_forbidding_someone_and_a_colloquial_refusal():
    assert names("Rosan Roeslani melarang Badan Usaha Milik Negara mempercantik laporan keuangannya.") == [
        ("COERCE", "172", "Rosan Roeslani", "Badan Usaha Milik Negara")]
    assert names("Menteri Keuangan Purbaya Yudhi Sadewa menyatakan dirinya ogah menggunakan APBN.") == [
        ("REJECT", "120", "Purbaya Yudhi Sadewa", None)]


def test_a_summons_to_explain_and_the_one_shot_after_a_shooting_s_noun():
    assert names("Komisi III DPR memanggil Kapolda Jawa Tengah untuk dimintai keterangan soal kasus itu.") == [
        ("ACCUSE", "091", "Komisi III DPR", "Kapolda Jawa Tengah")]
    assert names("Penembakan pelajar di Semarang menjadi sorotan.") == []  # the student is shot, not shooting
    assert names("Penyerangan Hamas terhadap Israel memicu perang.") == [("ASSAULT", "190", "Hamas", "Israel")]
    # a summons to explain a plan is no investigation
    assert names("Presiden Prabowo memanggil Menteri Keuangan Purbaya untuk menjelaskan rencana anggaran.") == []


def test_an_act_retold_with_its_doer_unnamed_is_one_event():
    doc = read("Polres Deli Serdang menangkap Iskandar Hasibuan di bandara.\n"
               "Polisi menangkapnya karena namanya sama dengan buronan.")
    assert [(e.type, e.source.name, e.target.name, len(e.mentions)) for e in doc.events] == [
        ("COERCE", "Polres Deli Serdang", "Iskandar Hasibuan", 2)]
    doc = warta.analyze("Polres Bogor menangkap Andi Wijaya pada Senin (3/3/2025).\n"
                        "Polisi kembali menangkap Andi Wijaya pada Jumat (7/3/2025).", published="2025-03-08")
    assert [e.date for e in doc.events] == ["2025-03-03", "2025-03-07"]  # two days, two arrests


def test_after_dan_a_verb_s_subject_is_the_nearest_actor_before():
    assert names("Budi Santoso mengatakan warga kecewa dan menolak relokasi pasar.") == [
        ("REJECT", "120", "warga", None)]


def test_a_strike_is_a_protest_against_an_unnamed_party_and_a_road_block_needs_its_target():
    assert names("Sebanyak 630 siswa mogok belajar sebagai bentuk solidaritas.") == [
        ("PROTEST", "143", "630 siswa", None)]  # the group with its count
    assert names("Polisi memblokir jalan menuju lokasi ledakan.") == []  # no protest


def test_a_body_undoing_its_own_decision_yields_to_an_unnamed_party():
    assert names("Komisi Pemilihan Umum (KPU) membatalkan Keputusan KPU RI Nomor 731 Tahun 2025.") == [
        ("CONCEDE", "0832", "Komisi Pemilihan Umum", None)]


def test_pledges_of_partnership_and_willingness_are_intents_to_cooperate():
    assert names("Para pengemudi ojol berikrar siap menjadi mitra Polri dalam menjaga kamtibmas.") == [
        ("AGREE", "030", "Para pengemudi ojol", "Polri")]
    assert names("Pemprov DKI Jakarta juga akan memperkuat sinergi lintas sektor dengan pemerintah pusat.") == [
        ("AGREE", "030", "Pemprov DKI Jakarta", "pemerintah")]


def test_a_name_ending_in_a_word_of_aim_leaves_the_support_done():
    assert [e.type for e in read("Ketua DPRD Jawa Barat Buky Wibawa Karya Guna mendukung langkah Gubernur Dedi "
                                 "Mulyadi menertibkan bangunan liar.").events] == ["SUPPORT"]


def test_a_denial_told_as_an_assertion_rejects_the_claim_s_maker_or_someone_unnamed():
    assert names("Juru bicara Rudi Hartanto mengatakan kabar penangkapan itu tidak benar.") == [
        ("REJECT", "120", "Rudi Hartanto", None)]
    assert names("Rudi Hartanto mengatakan tuduhan Budi Santoso itu tidak benar.") == [
        ("REJECT", "120", "Rudi Hartanto", "Budi Santoso")]
    assert names("Rudi Hartanto menegaskan dirinya tidak pernah meminta dana hibah itu.") == [
        ("REJECT", "120", "Rudi Hartanto", None)]
    assert names("Rudi Hartanto menegaskan informasi yang beredar di media sosial itu adalah hoaks.") == [
        ("REJECT", "120", "Rudi Hartanto", None)]
    # a thing found wrong, a falsehood no one asserts, a self-description, a change: no denial
    assert names("Rudi Hartanto mengatakan laporan keuangan perusahaan itu tidak benar.") == []
    assert names("Banyak hoaks beredar di media sosial menjelang pemilu.") == []
    assert names("Rudi Hartanto menegaskan dirinya tidak pernah lelah melayani warga.") == []
    assert names("Rudi Hartanto menegaskan dirinya bukan lagi anggota Partai Hijau.") == []
    assert [e[0] for e in names("Polda Metro Jaya menangkap Budi Santoso karena menyebarkan informasi "
                                "tidak benar.")] == ["COERCE"]


def test_pihaknya_is_no_pronoun_for_the_one_acted_on():
    assert not [e for e in names("Polres Bogor menangkap Budi Santoso. Pihaknya juga menyita sepeda motor.")
                if e[2] == "Budi Santoso"]


def test_a_sentence_opening_pronoun_is_the_last_to_open_a_sentence_not_the_last_named():
    story = ("Sementara itu, Ketua Umum Partai Hijau Rudi Hartanto berselisih dengan Budi Santoso soal anggaran. "
             "Dia mengkritik Kementerian Keuangan.")
    assert names(story) == [("ACCUSE", "111", "Rudi Hartanto", "Kementerian Keuangan")]
    # inside a quotation, "dia" is someone the speaker talks of
    quoted = ('Rudi Hartanto bertemu Budi Santoso di Jakarta. '
              '"Dia mengkritik Kementerian Keuangan," kata Rudi Hartanto.')
    assert ("ACCUSE", "111", "Budi Santoso", "Kementerian Keuangan") in names(quoted)


def test_what_was_said_in_the_passive_at_a_meeting_is_the_story_subject_s_meeting():
    story = ("Gubernur Bank Indonesia Perry Warjiyo menurunkan suku bunga acuan. "
             "Informasi itu turut disampaikan dalam rapat kerja dengan Badan Anggaran DPR.")
    assert ("CONSULT", "040", "Perry Warjiyo", "Badan Anggaran DPR") in names(story)
    # a meeting merely named, with nothing said at it, is no one's
    assert not [e for e in names("Gubernur Bank Indonesia Perry Warjiyo menurunkan suku bunga acuan. "
                                 "Jadwal rapat kerja dengan Badan Anggaran DPR belum ditentukan.") if e[0] == "CONSULT"]


def test_patients_and_pilgrims_are_civilians_one_may_ask():
    assert names("Dokter Rina Wulandari mengingatkan pasien agar tidak takut berobat.") == [
        ("REQUEST", "100", "Rina Wulandari", "pasien")]


def test_a_standing_commitment_with_no_one_named_is_no_pledge():
    assert names("Pemerintah berkomitmen menjaga pembayaran bunga utang pada level yang efisien.") == []
    assert names("Rudi Hartanto berkomitmen kepada warga Desa Sukamaju untuk membangun jembatan.")[0][:2] == (
        "AGREE", "030")


def test_an_attack_between_people_in_politics_is_words_and_between_others_force():
    assert names("Ketua Umum Partai Hijau Rudi Hartanto menyerang Presiden Joko Widodo dalam pidatonya.") == [
        ("ACCUSE", "111", "Rudi Hartanto", "Joko Widodo")]
    assert names("Budi Santoso menyerang Andi Wijaya dengan pisau.") == [
        ("ASSAULT", "190", "Budi Santoso", "Andi Wijaya")]
    assert names("Kelompok bersenjata menyerang pos TNI di Intan Jaya.")[0][:2] == ("ASSAULT", "190")


def test_a_headmaster_and_a_head_of_office_are_those_acted_on_whole():
    assert names("Dinas Pendidikan Kota Bandung menonaktifkan kepala sekolah itu.") == [
        ("COERCE", "172", "Dinas Pendidikan Kota Bandung", "kepala sekolah")]
    assert names("Gubernur Dedi Mulyadi memberikan sanksi kepada kepala dinas.") == [
        ("COERCE", "172", "Dedi Mulyadi", "kepala dinas")]


def test_congratulations_to_someone_named_are_praise_and_a_greeting_is_not():
    assert names("Gubernur Dedi Mulyadi mengucapkan selamat kepada Timnas Indonesia.") == [
        ("SUPPORT", "051", "Dedi Mulyadi", "Timnas Indonesia")]
    assert names("Gubernur Dedi Mulyadi mengucapkan selamat Hari Guru kepada para guru.") == []


def test_a_summons_told_as_a_noun_is_the_law_s_questioning_of_whom_it_names():
    assert names("Penyidik Polda Jambi melayangkan surat panggilan kepada Andi Saputra.") == [
        ("ACCUSE", "091", "Polda Jambi", "Andi Saputra")]
    # no one sending it named in the clause: the story's police
    assert names("Surat pemanggilan kepada Rina Wati telah dikirim Bareskrim Polri.") == [
        ("ACCUSE", "091", "Badan Reserse Kriminal Polri", "Rina Wati")]


def test_a_court_granting_a_suit_yields_to_the_one_who_brought_it():
    assert names("Pengadilan Negeri Surabaya mengabulkan sebagian gugatan Rudi Hartono.") == [
        ("CONCEDE", "080", "Pengadilan Negeri Surabaya", "Rudi Hartono")]


def test_communicating_with_someone_is_a_consultation():
    assert names("Menlu Sugiono telah berkomunikasi dengan Jepang terkait hal itu.") == [
        ("CONSULT", "040", "Sugiono", "Jepang")]


def test_a_protest_told_from_the_side_of_the_one_protested_against():
    assert names("Gedung DPRD Kota Malang didemo oleh ratusan mahasiswa.") == [
        ("PROTEST", "141", "ratusan mahasiswa", "DPRD Kota Malang")]


def test_an_order_to_deploy_is_the_orderer_s_mobilisation_of_troops_or_police():
    assert [e[:3] for e in names("Kapolri memerintahkan pengerahan personel ke Papua.")] == [
        ("MOBILIZE", "153", "Kapolri")]
    assert [e[:3] for e in names("Panglima TNI memerintahkan pengerahan prajurit ke Papua.")] == [
        ("MOBILIZE", "154", "TNI")]


def test_a_meeting_between_two_people_named_with_an_ordinal_office():
    assert names("Pertemuan antara Gubernur Jawa Tengah Ahmad Luthfi dan Presiden ke-8 RI Prabowo Subianto "
                 "berlangsung tertutup.") == [("CONSULT", "040", "Ahmad Luthfi", "Prabowo Subianto")]


def test_a_summons_to_discuss_convenes_a_meeting():
    assert names("Menteri Perdagangan Budi Santoso memanggil para importir untuk membahas harga beras.") == [
        ("CONSULT", "040", "Budi Santoso", "para importir")]


def test_an_indonesian_embassy_abroad_is_indonesian():
    found = warta.analyze("KBRI Kuala Lumpur memberikan bantuan kepada para korban.").events
    assert [(e.type, e.source.name, e.source.country) for e in found] == [("AID", "KBRI Kuala Lumpur", "IDN")]


def test_after_a_verb_and_its_object_dan_carries_the_first_subject():
    assert names("Ibu korban, Sari Dewi, mendatangi Polres Malang dan meminta kejelasan kasus itu.") == [
        ("REQUEST", "100", "Sari Dewi", None)]


def test_an_examination_or_search_told_as_a_noun_with_its_agent():
    assert names("Pemeriksaan terhadap Wakil Ketua DPRD Jawa Timur Ahmad Fauzi oleh penyidik KPK berlangsung "
                 "tujuh jam.") == [("ACCUSE", "091", "KPK", "Ahmad Fauzi")]
    assert names("Penggeledahan oleh tim penyidik Kejati Sulawesi Selatan di rumah dinas itu berlangsung "
                 "hingga malam.") == [("ACCUSE", "091", "Kejati Sulawesi Selatan", None)]
    # a search named in passing tells no new one
    assert names("Dari penggeledahan itu, penyidik membawa empat boks dokumen.") == []


def test_a_raid_a_travel_ban_and_diplomats_expelled():
    # the police unit is named with its station, as "Ditreskrimsus Polda X" is (battery readings)
    assert names("Satresnarkoba Polres Bogor menggerebek sebuah tempat hiburan malam di Cibinong.") == [
        ("COERCE", "170", "Satresnarkoba Polres Bogor", None)]
    assert names("Bareskrim Polri mengajukan pencegahan ke luar negeri terhadap pengusaha Hartono Wijaya.") == [
        ("COERCE", "172", "Badan Reserse Kriminal Polri", "Hartono Wijaya")]
    assert names("Rusia mengusir dua diplomat Estonia pekan ini.") == [("SANCTION", "166", "Rusia", "Estonia")]
    found = warta.analyze("Kantor Imigrasi Ngurah Rai mendeportasi warga negara Rusia itu.").events
    assert [(e.cameo, e.target.name, e.target.country) for e in found] == [("174", "warga negara Rusia", "RUS")]


def test_protesting_as_a_verb_is_against_the_authorities_unnamed_the_noun_alone_is_not():
    assert names("Ribuan buruh berunjuk rasa di Jalan Gatot Subroto.") == [
        ("PROTEST", "140", "Ribuan buruh", None)]
    assert names("Arus lalu lintas tersendat saat demo berlangsung di depan Gedung DPR.") == []


def test_an_apology_is_made_to_whom_it_names_whatever_it_is_for():
    assert names("Wali Kota Bekasi Tri Adhianto meminta maaf kepada masyarakat atas keterlambatan pencairan "
                 "insentif guru ngaji.") == [("SUPPORT", "055", "Tri Adhianto", "masyarakat")]


def test_clean_water_handed_out_is_aid_and_declining_a_demand_is_a_refusal():
    assert names("Pertamina menyalurkan 20.000 liter air bersih kepada warga terdampak kekeringan.") == [
        ("AID", "070", "Pertamina", "warga")]
    assert names('"Kami tidak bisa menerima tuntutan itu," ujar Bupati Jember Muhammad Fawait.') == [
        ("REJECT", "120", "Muhammad Fawait", None)]


def test_an_act_a_request_asks_for_is_not_done_though_the_request_is_only_planned():
    assert names("Kuasa hukumnya akan meminta penjadwalan ulang pemeriksaan terhadap Lisa Mariana.") == []
