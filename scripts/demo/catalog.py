"""Demo step `catalog`: regions, organizations, resources, recommendations and the one-ledger history."""

CREATE_OR_UPDATE = (200, 201, 404)


def strip_nulls(value):
    """Compares what matters: absent and null members are the same."""
    if isinstance(value, dict):
        return {k: strip_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [strip_nulls(v) for v in value]
    return value


def upsert(ctx, path, item, fields):
    """Creates the object, or updates it when it differs; returns 'created', 'updated' or 'unchanged'."""
    base = ctx.args.catalog_url
    status, current = ctx.call("GET", base, f"{path}/{item['code']}", ok=CREATE_OR_UPDATE)
    if status == 404:
        ctx.call("POST", base, path, body=item)
        return "created"
    if all(strip_nulls(current.get(f)) == strip_nulls(item.get(f)) for f in fields):
        return "unchanged"
    ctx.call("PUT", base, f"{path}/{item['code']}", body=item)
    return "updated"


def count(results):
    summary = {}
    for r in results:
        summary[r] = summary.get(r, 0) + 1
    return summary


def load(ctx):
    regions = [upsert(ctx, "/api/v1/regions", r, ["name"]) for r in ctx.data("regions.json")]
    orgs = [upsert(ctx, "/api/v1/organizations",
                   {**o, "active": o.get("active", True)},
                   ["name", "shortName", "level", "regionCode", "active"])
            for o in ctx.data("organizations.json")]
    resources = [upsert(ctx, "/api/v1/resources", {**r, "description": r.get("description")},
                        ["name", "providerOrg", "sharingType", "openType", "updateFrequency", "items", "description"])
                 for r in ctx.data("resources.json")]
    months = []
    for rec in ctx.data("recommendations.json"):
        _, current = ctx.call("GET", ctx.args.catalog_url, "/api/v1/recommendations", params={"month": rec["month"]})
        if [i["resourceCode"] for i in current["items"]] == rec["resourceCodes"]:
            months.append("unchanged")
        else:
            ctx.call("PUT", ctx.args.catalog_url, f"/api/v1/recommendations/{rec['month']}",
                     body={"resourceCodes": rec["resourceCodes"]})
            months.append("updated")
    ledger = []
    histories = {}
    for change in ctx.data("ledger.json"):
        org = change["orgCode"]
        if org not in histories:
            _, histories[org] = ctx.call("GET", ctx.args.catalog_url, f"/api/v1/ledger/units/{org}/history")
        recorded = any(h["status"] == change["status"] and h["effectiveDate"] == change["effectiveDate"]
                       and h.get("plannedDate") == change.get("plannedDate") for h in histories[org])
        if recorded:
            ledger.append("unchanged")
            continue
        body = {k: v for k, v in change.items() if k != "orgCode"}
        ctx.call("PUT", ctx.args.catalog_url, f"/api/v1/ledger/units/{org}", body=body)
        histories[org].append(change)
        ledger.append("recorded")
    return (f"regions {count(regions)}, organizations {count(orgs)}, resources {count(resources)}, "
            f"recommendations {count(months)}, ledger changes {count(ledger)}")
