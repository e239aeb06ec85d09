#!/usr/bin/env python3
"""Derives the impact map's data from openly licensed packages (see README.md beside this file).

Writes
  src/main/resources/municipality/locations.csv  KSH code -> latitude, longitude (GeoNames, CC BY 4.0)
  src/main/resources/impact/hungary-outline.csv  Hungary's border as longitude, latitude (Natural Earth, public domain)

Usage: generate.py CITIES_JSON WORLD_ATLAS_COUNTRIES_50M_JSON KSH_GAZETTEER_XLSX REPOSITORY_ROOT
"""
import json
import math
import statistics
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

# GeoNames' first-level divisions of Hungary, named as the KSH gazetteer names the counties.
GEONAMES_COUNTIES = {
    "01": "Bács-Kiskun", "02": "Baranya", "03": "Békés", "04": "Borsod-Abaúj-Zemplén", "05": "Budapest",
    "06": "Csongrád-Csanád", "08": "Fejér", "09": "Győr-Moson-Sopron", "10": "Hajdú-Bihar", "11": "Heves",
    "12": "Komárom-Esztergom", "14": "Nógrád", "16": "Pest", "17": "Somogy", "18": "Szabolcs-Szatmár-Bereg",
    "20": "Jász-Nagykun-Szolnok", "21": "Tolna", "22": "Vas", "23": "Veszprém", "24": "Zala",
}

# A matched place this far from the median of its district's other matches is a namesake elsewhere
# (a part of another settlement), not the municipality.
MAX_KM_FROM_DISTRICT = 40

ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
         "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII"]

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def nfc(text):
    return unicodedata.normalize("NFC", text.strip())


def gazetteer(path):
    """(name, KSH code, county, district code) of every settlement of the KSH workbook's first sheet."""
    book = zipfile.ZipFile(path)
    strings = ["".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))
               for si in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    rows = ET.fromstring(book.read("xl/worksheets/sheet1.xml")).find("m:sheetData", NS).findall("m:row", NS)

    def cells(row):
        values = {}
        for cell in row.findall("m:c", NS):
            value = cell.find("m:v", NS)
            text = value.text if value is not None else ""
            values["".join(ch for ch in cell.get("r") if ch.isalpha())] = strings[int(text)] if cell.get("t") == "s" else text
        return values

    header = next(i for i, row in enumerate(rows) if cells(row).get("B", "").startswith("Helység KSH"))
    settlements = []
    for row in rows[header + 1:]:
        values = cells(row)
        if not values.get("B"):
            continue
        settlements.append((nfc(values["A"]), values["B"].zfill(5), nfc(values.get("D", "")),
                            values.get("E", "").split(" ")[0]))
    return settlements


def geonames_name(name):
    """The KSH name as GeoNames writes it: "Budapest 05. ker." is "Budapest V. kerület"."""
    if name.startswith("Budapest ") and name.endswith(" ker."):
        return "Budapest %s. kerület" % ROMAN[int(name.split(" ")[1].rstrip("."))]
    return name


def county_of(county):
    """The county as GeoNames divides the country: Budapest ("") and its districts ("főváros") are one."""
    return county if county and county != "főváros" else "Budapest"


def km(a, b):
    return 6371 * math.dist((math.radians(a[0]), math.radians(a[1]) * math.cos(math.radians(47))),
                            (math.radians(b[0]), math.radians(b[1]) * math.cos(math.radians(47))))


def locations(settlements, cities):
    places = defaultdict(list)
    for city in cities:
        if city["country"] == "HU" and city["admin1"] in GEONAMES_COUNTIES:
            places[(nfc(city["name"]), GEONAMES_COUNTIES[city["admin1"]])].append(
                (float(city["lat"]), float(city["lng"])))
    named = defaultdict(list)
    for name, code, county, district in settlements:
        named[(name, county_of(county))].append(code)
    found = {}
    for name, code, county, district in settlements:
        key = (name, county_of(county))
        candidates = places.get((geonames_name(name), key[1]), [])
        # A name twice in one county on either side cannot be told apart: such a municipality is placed approximately.
        if len(candidates) == 1 and len(named[key]) == 1:
            found[code] = candidates[0]
    by_district = defaultdict(list)
    for name, code, county, district in settlements:
        if code in found and district:
            by_district[district].append(code)
    rejected = []
    for district, codes in by_district.items():
        for code in codes:
            others = [found[other] for other in codes if other != code]
            if len(others) >= 2:
                median = (statistics.median(p[0] for p in others), statistics.median(p[1] for p in others))
                if km(found[code], median) > MAX_KM_FROM_DISTRICT:
                    rejected.append(code)
    for code in rejected:
        del found[code]
    return found, rejected


def outline(path):
    """The largest ring of Hungary (ISO 3166 numeric 348) in a TopoJSON of Natural Earth's countries."""
    topology = json.loads(Path(path).read_text())
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    hungary = next(g for g in topology["objects"]["countries"]["geometries"] if g.get("id") == "348")
    polygons = hungary["arcs"] if hungary["type"] == "MultiPolygon" else [hungary["arcs"]]
    rings = []
    for polygon in polygons:
        ring = []
        for index in polygon[0]:
            points = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
            ring.extend(points if not ring else points[1:])
        rings.append(ring)
    return max(rings, key=len)


def main(cities_json, countries_json, workbook, root):
    settlements = gazetteer(workbook)
    found, rejected = locations(settlements, json.loads(Path(cities_json).read_text()))
    target = Path(root) / "src/main/resources/municipality/locations.csv"
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="\n") as out:
        out.write("ksh_code;latitude;longitude\n")
        for code in sorted(found):
            out.write("%s;%.5f;%.5f\n" % (code, found[code][0], found[code][1]))
    border = outline(countries_json)
    target = Path(root) / "src/main/resources/impact/hungary-outline.csv"
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="\n") as out:
        out.write("longitude;latitude\n")
        for lon, lat in border:
            out.write("%.4f;%.4f\n" % (lon, lat))
    print("%d settlements, %d located (%.1f%%), %d namesakes far from their district dropped, outline of %d points"
          % (len(settlements), len(found), 100.0 * len(found) / len(settlements), len(rejected), len(border)))


if __name__ == "__main__":
    main(*sys.argv[1:5])
