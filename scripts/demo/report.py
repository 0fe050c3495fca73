"""Demo step `report`: the editorial content of the month (report-content.json), then a build of its report.

Idempotent: the content is only written when it differs, and a new version is only built when the content changed
or the month has no report yet. Run after the catalog, request and exchange steps, whose figures the build reads.
"""

CONTENT_FIELDS = ["issueDate", "province", "issuer", "cases", "colophon"]


def same(current, wanted):
    return all(current.get(f) == wanted.get(f) for f in CONTENT_FIELDS if f in wanted)


def load(ctx):
    if not ctx.has("report-content.json"):
        return "no report-content.json: nothing to do"
    base = ctx.args.report_url
    wanted = ctx.data("report-content.json")
    month = wanted["month"]
    body = {k: v for k, v in wanted.items() if k != "month"}
    _, current = ctx.call("GET", base, f"/api/v1/reports/{month}/content")
    changed = not same(current, body)
    if changed:
        ctx.call("PUT", base, f"/api/v1/reports/{month}/content", body=body)
    _, versions = ctx.call("GET", base, "/api/v1/reports", params={"month": month})
    if versions and not changed:
        latest = versions[0]
        return (f"content unchanged, report {month} version {latest['version']} ({latest['status']}) kept; "
                f"checks {'passed' if latest.get('checksOk') else 'FAILED'}")
    _, built = ctx.call("POST", base, f"/api/v1/reports/{month}/build", ok=(201,))
    failed = [c["name"] for c in built["checks"] if not c["ok"]]
    return (f"content {'updated' if changed else 'unchanged'}, report {month} version {built['version']} built; "
            + ("all checks passed" if not failed else f"FAILED checks: {', '.join(failed)}")
            + f"; download: {base}/api/v1/reports/{month}?format=pdf")
