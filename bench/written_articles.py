"""Whole articles — pages as outlets print them, with their chrome — written for warta by helpers
who never saw it, each with its reference reading in the example's format, scored as the
article readings warta is judged on are scored (../shared/eval/score_articles.py).

Run: python -m bench.written_articles [--set dev28|unseen28|...|unseen38] [--verbose]
bench/data/written_articles/dev28: ten pages in the layouts of ten outlets (Kumparan, Tribunnews,
Sindonews, JPNN, Merdeka, VIVA, IDN Times, Bisnis, iNews, Jawa Pos), written in session 28 from
../shared/eval/ANNOTATION.md and bench/annotation/GUIDELINES.md alone and read while tuning.
bench/data/written_articles/unseen28: ten more (Kompas, CNN Indonesia, Okezone, Media Indonesia,
Beritasatu, Tempo, Antara, Republika, Liputan6, Suara), written by another helper the same way and
measured once, unseen, at session 28's end, then read in session 29.
bench/data/written_articles/unseen29: ten more (detikNews, Kontan, CNBC Indonesia, Katadata, Tirto,
Inilah, Pikiran Rakyat, Medcom, Harian Jogja, Tribun Jateng), written by two helpers at session
29's start from ANNOTATION.md and the example alone (everyday domestic stories: a KPK sting, a
police summons, an indictment and a verdict, a minister's request, a party's demand, a road
blockade, a landslide; and a fuel policy and a bilateral deal), set aside and measured once at its
end, then read in session 30.
bench/data/written_articles/unseen30: ten more (Kompas.id, Gatra, Suara Merdeka, Serambinews,
Lampung Post, detikJatim, Radar Bogor, Fajar, Bali Post, RMOL), written by two helpers at session
30's start the same way (a Kejati detention, a KPU refusal and a party's demand, a farmers' rally,
a village head's sentence, floods; a drug arrest, a DPRD summons and a strike, a KPK witness, a
foreign minister's visit, a regulator's sanction), set aside and measured once at its end, then
read in session 31.
bench/data/written_articles/unseen31: ten more (Tribun Timur, Antara Kalbar, Solopos, Harian Haluan,
Kaltim Post, Harian Disway, Manado Post, Riau Pos, Cenderawasih Pos, Banjarmasin Post), written by
two helpers at session 31's start the same way (a Sekda detained, illegal gold mining raided, a
reshuffle a DPRD rejects, a minister at a fishing port, a palm-oil land dispute; a re-vote and a
dispute at the MK, a regent caught by KPK, a prime minister's visit, an earthquake, honorary
teachers' rally), set aside and measured once at its end, then read in session 32.
bench/data/written_articles/unseen32: ten more (Tribun Medan, Pos Kupang, Padang Ekspres, Radar
Surabaya, Lombok Post, Tribun Kaltim, Bisnis.com, Ayo Bandung, Kumparan regional, Sumut Pos),
written by two helpers at session 32's start the same way (a PDAM chief indicted, a KPK search
and a DPRD witness who stays away, a DPRD commission's summons, a foreign ministers' meeting and a
hijacking condemned, flash floods; a village head arrested, a courier sentenced to death, a
food-price task force, students against a fuel price rise, a party's regional board rebelling),
set aside and measured once at its end, then read in session 33.
bench/data/written_articles/unseen33: ten more (Tribun Jabar, Sriwijaya Post, Radar Lampung,
Pontianak Post, Suara Surabaya, Timor Express, Gorontalo Post, Kendari Pos, detikSulsel, Kabar
Priangan), written by two helpers at session 33's start the same way (a hospital director
detained, an illegal gold mine raided, a regent before the Bawaslu, a prime minister received, an
industrial tariff protested; a village head sentenced, a DPRD chairman named a suspect, a smelter
strike and blockade, a minister's port, a landslide), set aside and measured once at its end, then
read in session 34.
bench/data/written_articles/unseen34: ten more (Tribun Jatim, Jambi Ekspres, Radar Banjarmasin,
Batam Pos, Bangka Pos, Radar Tegal, Tribun Bali, Warta Kota, Radar Jember, Ambon Ekspres), written
by two helpers at session 34's start the same way (a KPK search of a regent's office, a principal
summoned over levies, an indictment read, a coast guard ship expelled from the Natuna Sea, a party's
board demanding a recommendation revoked; a drug network seized, a tourist deported, rice prices,
a land dispute blockade, students' rally at a DPRD), set aside and measured once at its end, then
read in session 35.
bench/data/written_articles/unseen35: ten more (Tribun Jogja, Radar Malang, Kabar Madura, Radar
Cirebon, Suara NTB, Tribun Lampung, Cendana News, Radar Madiun, Tribun Pekanbaru, Tribun Sumsel),
written by two helpers at session 35's start the same way (a village head detained by a Kejari, a
hospital director before a DPRD commission, a Sekda named a suspect by the KPK, a hijacked ship's
crew, two mass organisations clashing; a factory fire's suspect, a re-vote dispute, honorary
teachers' strike, floods and aid asked, a bank director sentenced), set aside and measured once at
its end, then read in session 36.
bench/data/written_articles/unseen36: ten more (Tribun Kaltara, Radar Kediri, Radar Kudus, Tribun
Manado, Tribun Papua, Koran Jakarta, Harian Rakyat Aceh, Radar Bromo, Palembang Pos, Tribun Flores),
written by two helpers at session 36's start the same way (a KPK search of a regent's office, an
influencer summoned twice, an indictment and its objection, a minister asking for prices held down,
a party demanding a recount; a migrant-workers agreement, a drug network at a port, a land dispute
blockade, a police officer sentenced for extortion, a landslide), set aside and measured once at
its end, then read in session 37.
bench/data/written_articles/unseen37: ten more (Tribun Batam, Radar Jogja, Sumatera Ekspres, Tribun
Ambon, Radar Sampit, Radar Banyuwangi, Tribun Babel, Bali Express, Ternate Pos, Tribun Sulbar),
written by two helpers at session 37's start the same way (a village head named a suspect by a
Kejari, a neighbour stabbed over a fence, a judicial review rejected by the MK, foreign fishing boats
seized, a garment strike over unpaid wages; a prime minister's visit and agreements, a DPRD member
detained by the KPK, students' rally and clash at a DPRD, a re-vote recommended by a Bawaslu, floods
and evacuation), set aside and measured once at its end, then read in session 38.
bench/data/written_articles/unseen38: ten more (Tribun Lombok, Radar Tasikmalaya, Tribun Sorong, Pos
Belitung, Tribun Bengkulu, Radar Bone, Tribun Gorontalo, Metro Riau, Radar Solo, Tribun Padang),
written by two helpers at session 38's start the same way (a KPK search of a regent's office, a
public-works head who ignores a police summons, a bank branch head indicted, a minister asking for
fertiliser to flow, a party's board demanding a decree revoked; migrant workers intercepted at sea,
a police officer sentenced for extortion, an ambassador summoned over an attacked convoy, a
plantation land-dispute clash, a landslide), set aside and measured once at its end.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import warta

DATA = Path(__file__).resolve().parent / "data" / "written_articles"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score_articles.py"


def read_all(folder: Path, out: Path) -> None:
    """warta's reading of each page, as `warta analyze PAGE --json` writes it."""
    for page in sorted(folder.glob("*.txt")):
        doc = next(iter(warta.read(str(page))))
        if isinstance(doc, warta.Document):
            (out / f"{page.stem}.json").write_text(doc.to_json(), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="dev28", choices=sorted(p.name for p in DATA.iterdir() if p.is_dir()))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not SCORER.exists():
        sys.exit(f"written_articles: the scorer {SCORER} is missing (../shared beside the checkout)")
    with tempfile.TemporaryDirectory() as tmp:
        read_all(DATA / args.set, Path(tmp))
        shown = subprocess.run([sys.executable, str(SCORER), str(DATA / args.set), tmp],
                               capture_output=True, text=True, check=False).stdout
    lines = shown.splitlines()
    print("\n".join(lines if args.verbose else [line for line in lines if not line.startswith("  ")]))


if __name__ == "__main__":
    main()
