"""Demo step `exchange`: the exchange records of the month (exchange-records.csv), posted in CSV batches.

Records are stored exactly once by their id, so a second run stores nothing and counts every record a duplicate.
The catalog step must have run first: records naming organizations the catalog does not know are refused.
"""
import os

BATCH = 5000


def load(ctx):
    name = "exchange-records.csv"
    if not ctx.has(name):
        return f"no {name} in {ctx.month_dir}; nothing to do"
    with open(os.path.join(ctx.month_dir, name), encoding="utf-8") as f:
        header, *lines = [line for line in f.read().splitlines() if line.strip()]
    received = stored = duplicates = 0
    for start in range(0, len(lines), BATCH):
        body = "\n".join([header] + lines[start:start + BATCH]) + "\n"
        _, answer = ctx.call("POST", ctx.args.exchange_url, "/api/v1/exchange-records",
                             raw=body.encode("utf-8"), content_type="text/csv")
        received += answer["received"]
        stored += answer["stored"]
        duplicates += answer["duplicates"]
    return f"records received {received}, stored {stored}, duplicates {duplicates}"
