#!/usr/bin/env python3
"""Compares the figures of a month as two GovShare stacks answer them (the live one and one on restored databases):
the exchange summary, rankings and regions, the share-request statistics and timeliness, the national
applications, the catalog's organizations and the report (JSON). Prints each difference; exits 1 when any.
Standard library only; used by the backup round trip of scripts/test.
"""
import argparse
import json
import os
import sys
import urllib.error
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "demo"))

import api  # noqa: E402


def paths(month):
    return [
        (0, "/api/v1/organizations?size=500"),
        (2, f"/api/v1/exchange-stats/summary?month={month}"),
        (2, f"/api/v1/exchange-stats/rankings?month={month}&side=PROVIDER&limit=1000"),
        (2, f"/api/v1/exchange-stats/rankings?month={month}&side=CONSUMER&limit=1000"),
        (2, f"/api/v1/exchange-stats/regions?month={month}&side=PROVIDER"),
        (2, f"/api/v1/exchange-stats/regions?month={month}&side=CONSUMER"),
        (1, f"/api/v1/share-requests/stats?month={month}"),
        (1, f"/api/v1/share-requests/timeliness?month={month}"),
        (1, f"/api/v1/national-applications?until={month}"),
        (3, f"/api/v1/reports/{month}?format=json"),
    ]


def fetch(url, token):
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def differences(a, b, path=""):
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                yield f"{path}/{key}: only in {'live' if key in a else 'restored'}"
            else:
                yield from differences(a[key], b[key], f"{path}/{key}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            yield from differences(x, y, f"{path}/{i}")
    elif a != b:
        yield f"{path}: live {json.dumps(a, ensure_ascii=False)[:200]} != restored {json.dumps(b, ensure_ascii=False)[:200]}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--month", required=True)
    parser.add_argument("--live-port", type=int, default=8081, help="catalog-service's port; the others follow")
    parser.add_argument("--restored-port", type=int, required=True)
    parser.add_argument("--oidc-url", default=os.environ.get("GOVSHARE_OIDC_URL",
                                                             "http://localhost:8180/realms/govshare"))
    args = parser.parse_args()
    token = api.password_grant(args.oidc_url, "govshare-cli", "admin", "demo")
    failed = 0
    for offset, path in paths(args.month):
        live = fetch(f"http://localhost:{args.live_port + offset}{path}", token)
        restored = fetch(f"http://localhost:{args.restored_port + offset}{path}", token)
        if live[0] != 200:
            print(f"[govshare] {path}: the live stack answered {live[0]}: {str(live[1])[:300]}", file=sys.stderr)
            failed += 1
            continue
        diff = list(differences(live[1], restored[1])) if restored[0] == 200 else [f"restored answered {restored[0]}"]
        if diff:
            failed += 1
            print(f"[govshare] {path}: {len(diff)} difference(s)", file=sys.stderr)
            for d in diff[:20]:
                print(f"    {d}", file=sys.stderr)
        else:
            print(f"[govshare] {path}: identical", file=sys.stderr)
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
