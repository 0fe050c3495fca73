"""Demo step `requests`: share-request histories through request-service's history import (docs/api.md).

Needs the catalog step first: the import checks every organization and resource against catalog-service.
Batches of 200 keep each call well under the service's limit (request.import.max-items, default 1000); items
are in submission order, so a resubmission always comes after the request it takes up. Idempotent by externalId.
"""

import api

BATCH = 200
PATH = "/api/v1/share-requests/import"


def load(ctx):
    items = ctx.data("requests.json")
    imported = unchanged = 0
    errors = []
    for start in range(0, len(items), BATCH):
        _, result = ctx.call("POST", ctx.args.requests_url, PATH, body=items[start:start + BATCH])
        imported += result["imported"]
        unchanged += result["unchanged"]
        errors += [{**e, "index": start + e["index"]} for e in result["errors"]]
    if errors:
        shown = "; ".join(f"#{e['index']} {e.get('externalId')}: {e['message']}" for e in errors[:5])
        raise api.ApiError("POST", ctx.args.requests_url + PATH, 200,
                           {"detail": f"{len(errors)} of {len(items)} requests refused: {shown}"})
    return f"requests imported {imported}, unchanged {unchanged}"
