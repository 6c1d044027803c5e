"""The store as GDELT Global Knowledge Graph 2.1 records: one TSV row per article, the 27 columns
in GDELT's order (GKG 2.1 codebook), filled from the stored readings where warta knows the value
and empty elsewhere.

Field formats are GDELT's: counts "TYPE#NUMBER#OBJECT#LOCTYPE#LOCNAME#COUNTRY#ADM1#LAT#LONG#FEATUREID"
(V2.1 adds "#OFFSET"), lists ending in ";", enhanced lists "NAME,OFFSET;", tone a comma list,
quotations "OFFSET|LENGTH|VERB|QUOTE" joined by "#", amounts "AMOUNT,OBJECT,OFFSET;". One
difference: country codes are ISO 3166-1 alpha-3 (warta's), where GDELT writes FIPS 10-4.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from urllib.parse import urlparse
from xml.sax.saxutils import escape

GKG_COLUMNS = [
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS",
    "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM",
    "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS",
    "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML",
]
# GDELT's location types: 1 country, 4 world city, 5 world state (first-order division)
LOCATION_TYPES = {"country": "1", "province": "5", "region": "5"}
WEB, CITATION_ONLY = "1", "2"
DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def clean(text: object) -> str:
    """A value that cannot break a field: no tabs or newlines, none of GDELT's delimiters."""
    return re.sub(r"[\t\r\n#;|]+", " ", str(text if text is not None else "")).strip()


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"


def _stamp(published: str | None) -> str:
    digits = re.sub(r"\D", "", published or "")[:14]
    return digits.ljust(14, "0") if len(digits) >= 8 else ""


def _place(entity: dict | None, cache: dict) -> tuple[str, str, str, str, str]:
    """(type, full name, country, lat, long) of a place entity; "" where unknown."""
    if not entity:
        return "", "", "", "", ""
    name = entity.get("name") or ""
    if name not in cache:
        from warta.gazetteer import gazetteer  # loaded only when places are exported

        place = gazetteer().place(name, prefer=entity.get("country"))
        cache[name] = LOCATION_TYPES.get(place.kind, "4") if place else "4"
    geo = entity.get("geo") or {}
    lat, lon = geo.get("lat"), geo.get("lon")
    return (cache[name], clean(name), entity.get("country") or "", "" if lat is None else f"{lat:.4f}",
            "" if lon is None else f"{lon:.4f}")


def _feature(entity: dict | None) -> str:
    geo = (entity or {}).get("geo") or {}
    return str(geo.get("geonames_id") or "")


def _counts(reading: dict, entities: dict, cache: dict) -> tuple[str, str]:
    v1, v21 = [], []
    for c in reading.get("counts", []):
        ref = c.get("place") or {}
        entity = entities.get(ref.get("entity")) or ({"name": ref.get("name"), "country": ref.get("country")}
                                                     if ref.get("name") else None)
        kind, name, country, lat, lon = _place(entity, cache)
        base = "#".join([c["type"], _number(round(c["number"])), clean(c.get("object")), kind, name, country, "",
                         lat, lon, _feature(entity)])
        v1.append(base)
        v21.append(f"{base}#{c['start']}")
    return _list(dict.fromkeys(v1)), _list(v21)


def _list(items: Iterable[str]) -> str:
    return "".join(f"{item};" for item in items)


def _themes(reading: dict) -> tuple[str, str]:
    themes = reading.get("themes", [])
    enhanced = sorted((m["start"], t["name"]) for t in themes for m in t.get("mentions", []))
    return _list(t["name"] for t in themes), _list(f"{name},{start}" for start, name in enhanced)


def _entities(reading: dict, kind: str) -> tuple[str, str]:
    found = [e for e in reading.get("entities", []) if e["type"] == kind]
    enhanced = sorted((m["start"], clean(e["name"])) for e in found for m in e.get("mentions", []))
    return _list(clean(e["name"]) for e in found), _list(f"{name},{start}" for start, name in enhanced)


def _locations(reading: dict, cache: dict) -> tuple[str, str]:
    v1, v2 = [], []
    for e in reading.get("entities", []):
        if e["type"] != "PLACE":
            continue
        kind, name, country, lat, lon = _place(e, cache)
        v1.append("#".join([kind, name, country, "", lat, lon, _feature(e)]))
        v2 += [(m["start"], "#".join([kind, name, country, "", "", lat, lon, _feature(e), str(m["start"])]))
               for m in e.get("mentions", [])]
    return _list(v1), _list(item for _, item in sorted(v2))


def _tone(reading: dict) -> str:
    t = reading.get("tone")
    if not t:
        return ""
    return ",".join([f"{t['tone']:.4g}", f"{t['positive']:.4g}", f"{t['negative']:.4g}", f"{t['polarity']:.4g}",
                     f"{t['activity']:.4g}", f"{t['self_group']:.4g}", str(t["word_count"])])


def _dates(reading: dict) -> str:
    """Resolution#Month#Day#Year#Offset: 4 a full date, 2 a month of a year, 1 a year."""
    out = []
    for t in reading.get("times", []):
        m = DATE_VALUE.match(t.get("value") or "") if t.get("type") == "DATE" else None
        if m:
            year, month, day = m.groups()
            resolution = "4" if day else "2" if month else "1"
            out.append(f"{resolution}#{int(month or 0)}#{int(day or 0)}#{year}#{t['start']}")
    return _list(out)


def _quotations(reading: dict) -> str:
    return "#".join(f"{q['start']}|{q['end'] - q['start']}||{clean(q['text'])}" for q in reading.get("quotes", []))


def _all_names(reading: dict) -> str:
    names = sorted((m["start"], clean(e["name"])) for e in reading.get("entities", []) for m in e.get("mentions", []))
    return _list(f"{name},{start}" for start, name in names)


def _amounts(reading: dict) -> str:
    out = []
    for a in reading.get("amounts", []):
        label = a.get("currency") or a.get("unit") or ""
        what = " ".join(x for x in (label, clean(a.get("object"))) if x).replace(",", " ")
        out.append(f"{_number(a['value'])},{what},{a['start']}")
    return _list(out)


def _extras(reading: dict) -> str:
    article = reading.get("article", {})
    parts = []
    if article.get("title"):
        parts.append(f"<PAGE_TITLE>{escape(clean(article['title']))}</PAGE_TITLE>")
    if article.get("authors"):
        parts.append(f"<PAGE_AUTHORS>{escape(clean(', '.join(article['authors'])))}</PAGE_AUTHORS>")
    return "".join(parts)


def gkg_row(reading: dict, number: int, stamp: str, cache: dict | None = None) -> list[str]:
    cache = {} if cache is None else cache
    article = reading.get("article", {})
    url = article.get("url")
    entities = {e["id"]: e for e in reading.get("entities", [])}
    record = dict.fromkeys(GKG_COLUMNS, "")
    record["GKGRECORDID"] = f"{stamp}-{number}"
    record["V2.1DATE"] = _stamp(article.get("published"))
    record["V2SOURCECOLLECTIONIDENTIFIER"] = WEB if url else CITATION_ONLY
    record["V2SOURCECOMMONNAME"] = clean(article.get("site") or (urlparse(url).hostname if url else ""))
    source = reading.get("source", {})
    record["V2DOCUMENTIDENTIFIER"] = clean(url or source.get("record_id") or reading.get("id"))
    record["V1COUNTS"], record["V2.1COUNTS"] = _counts(reading, entities, cache)
    record["V1THEMES"], record["V2ENHANCEDTHEMES"] = _themes(reading)
    record["V1LOCATIONS"], record["V2ENHANCEDLOCATIONS"] = _locations(reading, cache)
    record["V1PERSONS"], record["V2ENHANCEDPERSONS"] = _entities(reading, "PERSON")
    record["V1ORGANIZATIONS"], record["V2ENHANCEDORGANIZATIONS"] = _entities(reading, "ORG")
    record["V1.5TONE"] = _tone(reading)
    record["V2.1ENHANCEDDATES"] = _dates(reading)
    if reading.get("tone"):
        record["V2GCAM"] = f"wc:{reading['tone']['word_count']}"
    record["V2.1QUOTATIONS"] = _quotations(reading)
    record["V2.1ALLNAMES"] = _all_names(reading)
    record["V2.1AMOUNTS"] = _amounts(reading)
    record["V2EXTRASXML"] = _extras(reading)
    return [record[c] for c in GKG_COLUMNS]


def gkg_rows(readings: Iterable[dict], now: datetime | None = None) -> list[list[str]]:
    stamp = (now or datetime.now()).strftime("%Y%m%d%H%M%S")
    cache: dict = {}
    return [gkg_row(r, n, stamp, cache) for n, r in enumerate(readings, 1)]
