"""Small articles of our own for the counts, tone and theme queries: one flood told twice on one
day (3 dead in the first report, 4 in the follow-up: one incident of 4), an arrest for
corruption a week later, and a regent of Garut in all three."""

from __future__ import annotations

import json
from pathlib import Path

GKG_RECORDS = [
    {"title": "Banjir Garut", "url": "https://contoh.id/b1", "published": "2025-10-26",
     "text": "Banjir bandang melanda Garut, Minggu (26/10/2025). Tiga orang tewas di Garut akibat banjir itu. "
             "Bupati Garut Abdul Syakur Amin mengatakan bantuan sudah dikirim."},
    {"title": "Korban Banjir Garut Bertambah", "url": "https://contoh.id/b2", "published": "2025-10-26",
     "text": "Jumlah korban banjir bandang di Garut bertambah. Empat orang tewas di Garut dan puluhan warga "
             "mengungsi. Bupati Garut Abdul Syakur Amin meminta warga waspada."},
    {"title": "KPK Tangkap Kepala Dinas", "url": "https://contoh.id/k1", "published": "2025-11-03",
     "text": "Komisi Pemberantasan Korupsi (KPK) menangkap dua orang dalam kasus korupsi dana hibah di Bandung, "
             "Senin (3/11/2025). Kerugian negara mencapai Rp 5 miliar. Bupati Garut Abdul Syakur Amin "
             "menyambut baik penangkapan itu."},
]


def write_gkg_records(path: Path) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in GKG_RECORDS), encoding="utf-8")
    return path
