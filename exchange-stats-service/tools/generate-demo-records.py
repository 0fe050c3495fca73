#!/usr/bin/env python3
"""Writes demo/2023-10/exchange-records.csv: the exchange records of October 2023 whose statistics give exactly
the figures of the reference report (seed/REFERENCE-2023-10.md, sections 一(二), 三(二)(三) and 四).

The file is committed; this script documents how it was made and makes it again, byte for byte (fixed seed):

    python3 exchange-stats-service/tools/generate-demo-records.py

Rules (ADR wan-rounding): every printed 万 figure ends in 00-49 calls below its 0.01 万 step, so floor and half-up
print the same, except the two 市州 totals, which the report prints half-up (180.56, 621.05). National ministries
provide the remainder (618.35 万) and use nothing.
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO = os.path.join(ROOT, "demo", "2023-10")
SHANGHAI = timezone(timedelta(hours=8))

TOTAL = 32_696_905                      # prints 3269.69
PROVINCIAL_PROVIDED = 24_707_820        # prints 2470.78
CITIES_PROVIDED = 1_805_581             # prints 180.56 (half-up)
CITIES_USED = 6_210_459                 # prints 621.05 (half-up)
PROVINCIAL_USED = TOTAL - CITIES_USED   # 26,486,446, prints 2648.64
NATIONAL_PROVIDED = TOTAL - PROVINCIAL_PROVIDED - CITIES_PROVIDED  # 6,183,504, prints 618.35

# 表3-2 and 表3-3 as printed, in order; the calls end in 00-49 below the printed figure
TOP_PROVIDED = [("gz.zwfwzx", 11_541_123), ("gz.scjgj", 5_966_837), ("gz.gat", 2_488_812), ("gz.xczxj", 1_062_745),
                ("gz.swj", 987_231), ("gz.rst", 784_019), ("gz.dsjj", 344_842), ("gz.mzt", 305_526),
                ("gz.czt", 246_533), ("gz.bdcdjzx", 243_318)]
TOP_USED = [("gz.zwfwzx", 11_273_914), ("gz.swj", 7_605_227), ("gz.scjgj", 1_897_841), ("gz.dsjj", 1_830_836),
            ("gz.ybj", 1_265_429), ("gz.bdcdjzx", 504_912), ("gz.rst", 504_233), ("gz.yczmj", 408_117),
            ("gz.jrjgj", 346_824), ("gz.nyj", 252_238)]
# 表4-1 and 表4-2 to the call
REGIONS_PROVIDED = {"520100": 800_008, "522700": 654_587, "520300": 274_772, "520200": 29_388, "520500": 23_766,
                    "522300": 11_408, "520600": 6_897, "520400": 4_481, "522600": 274}
REGIONS_USED = {"520100": 3_902_596, "522700": 827_246, "520500": 642_903, "520200": 486_440, "520300": 303_295,
                "520400": 29_227, "522300": 8_660, "520600": 6_612, "522600": 3_480}


def split(total, n, rng, floor=1, cap=None, spread=0.8):
    """total split into n positive integers with random weights (each below cap when given)."""
    for _ in range(1000):
        weights = [1 - spread / 2 + rng.random() * spread for _ in range(n)]
        s = sum(weights)
        parts = [max(floor, int(total * w / s)) for w in weights]
        parts[parts.index(max(parts))] += total - sum(parts)
        if min(parts) >= floor and (cap is None or max(parts) < cap) and len(set(parts)) == n:
            return parts
    raise SystemExit(f"cannot split {total} into {n} parts below {cap}")


def transport(supply, demand, rng, chunks=4):
    """Flows provider -> consumer with the given margins (northwest corner over shuffled chunks), no self-flows."""
    def chunked(margins):
        items = []
        for code, amount in margins.items():
            k = max(1, min(chunks, amount // 5000))
            for part in split(amount, k, rng, spread=1.2) if k > 1 else [amount]:
                items.append([code, part])
        rng.shuffle(items)
        return items

    s, d = chunked(supply), chunked(demand)
    flows = {}
    i = j = 0
    while i < len(s) and j < len(d):
        m = min(s[i][1], d[j][1])
        if m:
            key = (s[i][0], d[j][0])
            flows[key] = flows.get(key, 0) + m
        s[i][1] -= m
        d[j][1] -= m
        if s[i][1] == 0:
            i += 1
        if j < len(d) and d[j][1] == 0:
            j += 1
    # move self-flows onto other pairs: (p,p)=x, (q,c)=y -> (p,c)+m, (q,p)+m keeps every margin
    for (p, c), x in list(flows.items()):
        if p != c or not flows.get((p, c)):
            continue
        for (q, c2), y in sorted(flows.items(), key=lambda kv: -kv[1]):
            if q != p and c2 != p and y > 0:
                m = min(flows[(p, p)], y)
                flows[(p, p)] -= m
                flows[(q, c2)] -= m
                flows[(p, c2)] = flows.get((p, c2), 0) + m
                flows[(q, p)] = flows.get((q, p), 0) + m
                if flows[(p, p)] == 0:
                    break
    return {k: v for k, v in flows.items() if v > 0}


def main():
    rng = random.Random(20231031)
    orgs = json.load(open(os.path.join(DEMO, "organizations.json"), encoding="utf-8"))
    resources = json.load(open(os.path.join(DEMO, "resources.json"), encoding="utf-8"))
    by_provider = {}
    for r in resources:
        by_provider.setdefault(r["providerOrg"], []).append(r["code"])
    level = {o["code"]: o["level"] for o in orgs}
    region_of = {o["code"]: o.get("regionCode") for o in orgs}

    provided, used = {}, {}
    nationals = [o["code"] for o in orgs if o["level"] == "NATIONAL"]
    for code, amount in zip(nationals, split(NATIONAL_PROVIDED, len(nationals), rng, spread=1.5)):
        provided[code] = amount
    provincial = [o["code"] for o in orgs if o["level"] == "PROVINCIAL"]
    provided.update(TOP_PROVIDED)
    others = [c for c in provincial if c not in dict(TOP_PROVIDED)]
    rest = PROVINCIAL_PROVIDED - sum(v for _, v in TOP_PROVIDED)
    provided.update(zip(others, split(rest, len(others), rng, cap=TOP_PROVIDED[-1][1] - 100, spread=1.8)))
    used.update(TOP_USED)
    others = [c for c in provincial if c not in dict(TOP_USED)]
    rest = PROVINCIAL_USED - sum(v for _, v in TOP_USED)
    used.update(zip(others, split(rest, len(others), rng, cap=TOP_USED[-1][1] - 100, spread=1.8)))
    for region, amount in REGIONS_PROVIDED.items():
        bodies = [c for c in by_provider if region_of.get(c) == region]
        k = 1 if amount < 1000 else min(len(bodies), 2 if amount < 10_000 else len(bodies))
        chosen = rng.sample(sorted(bodies), k)
        provided.update(zip(chosen, split(amount, k, rng, spread=1.5) if k > 1 else [amount]))
    for region, amount in REGIONS_USED.items():
        bodies = sorted(o["code"] for o in orgs if o.get("regionCode") == region)
        k = min(len(bodies), 3 if amount < 10_000 else len(bodies))
        chosen = rng.sample(bodies, k)
        used.update(zip(chosen, split(amount, k, rng, spread=1.5)))
    assert sum(provided.values()) == TOTAL == sum(used.values())
    assert all(level[c] != "NATIONAL" for c in used)

    flows = transport(provided, used, rng)
    # days of October weighted by weekday (weekends are quiet), records spread over working hours
    days = [datetime(2023, 10, d, tzinfo=SHANGHAI) for d in range(1, 32)]
    weights = [0.35 if d.weekday() >= 5 or d.day <= 6 else 1.0 for d in days]  # 1-6 Oct: National Day holiday
    lines = []
    for (p, c), amount in sorted(flows.items()):
        codes = sorted(by_provider[p])
        parts = split(amount, len(codes), rng, floor=0, spread=1.5) if len(codes) > 1 and amount > 100 * len(codes) \
            else [amount] + [0] * (len(codes) - 1)
        for resource, part in zip(codes, parts):
            if part == 0:
                continue
            raw = [part * w / sum(weights) for w in weights]
            per_day = [int(x) for x in raw]
            for k in sorted(range(31), key=lambda k: raw[k] - per_day[k], reverse=True)[:part - sum(per_day)]:
                per_day[k] += 1
            for day, calls in zip(days, per_day):
                if calls == 0:
                    continue
                pieces = 1 if calls < 500 else rng.randint(1, 2)
                for piece in split(calls, pieces, rng, spread=1.0) if pieces > 1 else [calls]:
                    at = day + timedelta(hours=rng.randint(0, 23), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
                    lines.append((at, p, c, resource, piece))
    lines.sort()
    out = os.path.join(DEMO, "exchange-records.csv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("id,occurredAt,providerOrg,consumerOrg,resourceCode,calls\n")
        for n, (at, p, c, resource, calls) in enumerate(lines, 1):
            # one record in twenty comes from a gateway that writes UTC
            text = at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if n % 20 == 0 \
                else at.strftime("%Y-%m-%dT%H:%M:%S+08:00")
            f.write(f"gw-202310-{n:06d},{text},{p},{c},{resource},{calls}\n")
    print(f"{out}: {len(lines)} records, {len(flows)} provider-consumer pairs, {sum(x[4] for x in lines)} calls")


if __name__ == "__main__":
    main()
