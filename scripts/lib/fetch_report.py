#!/usr/bin/env python3
"""Makes sure the report of a month exists in report-service and writes it to out/report-<month>.<format>.

The report is built only when report-service has none for the month yet (a draft is a snapshot: building
again would store a new version), so that running `scripts/up` twice changes nothing. Standard library only.
"""
import argparse
import json
import os
import sys
import urllib.error
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "demo"))

import api  # noqa: E402

FORMATS = ("md", "html", "docx", "pdf")


def get(url, token):
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--month", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--report-url", default=os.environ.get("GOVSHARE_REPORT_URL", "http://localhost:8084"))
    parser.add_argument("--oidc-url", default=os.environ.get("GOVSHARE_OIDC_URL",
                                                             "http://localhost:8180/realms/govshare"))
    args = parser.parse_args()
    token = api.password_grant(args.oidc_url, "govshare-cli", "admin", "demo")
    base = args.report_url.rstrip("/") + f"/api/v1/reports/{args.month}"

    status, body = get(base + "?format=json", token)
    if status == 404:
        print(f"[govshare] building the {args.month} report", file=sys.stderr)
        request = urllib.request.Request(base + "/build", data=b"", method="POST",
                                         headers={"Authorization": "Bearer " + token})
        try:
            with urllib.request.urlopen(request, timeout=300) as response:
                body = response.read()
        except urllib.error.HTTPError as e:
            raise api.ApiError("POST", base + "/build", e.code, api.parse(e.read())) from None
    elif status != 200:
        raise api.ApiError("GET", base, status, api.parse(body))
    report = json.loads(body)
    failed = [c for c in report.get("checks", []) if not c.get("ok")]
    for check in failed:
        print(f"[govshare] report check FAILED: {check.get('name')}: {check.get('detail')}", file=sys.stderr)

    os.makedirs(args.out, exist_ok=True)
    for fmt in FORMATS:
        status, content = get(f"{base}?format={fmt}", token)
        if status != 200:
            raise api.ApiError("GET", f"{base}?format={fmt}", status, api.parse(content))
        path = os.path.join(args.out, f"report-{args.month}.{fmt}")
        if os.path.exists(path):
            with open(path, "rb") as f:
                if f.read() == content:
                    continue
        with open(path + ".part", "wb") as f:
            f.write(content)
        os.replace(path + ".part", path)
    print(f"[govshare] report {args.month} version {report.get('version')} ({report.get('status')}), "
          f"{len(failed)} failed check(s): {args.out}/report-{args.month}.{{{','.join(FORMATS)}}}", file=sys.stderr)


if __name__ == "__main__":
    try:
        main()
    except api.ApiError as e:
        print(f"[govshare] ERROR: {e}", file=sys.stderr)
        sys.exit(1)
