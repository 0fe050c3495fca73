#!/usr/bin/env python3
"""Generates demo/2023-10/requests.json: the share-request histories behind the October 2023 report.

Deterministic (fixed seed): running it again writes the same file. It is kept so that the data can be
re-derived and changed; the loader (`scripts/demo/requests.py`) only reads the JSON file.

What the data gives (request-service statistics, docs/statistics.md), checked here before the file is written and again
by request-service's DemoDataTest through the import API:
  - 2023-10: submitted 280 = decided 241 (signed 121, rejected 120: ACCEPT 58, REVIEW 41, SIGN 21)
    + pending 15 + unconditional 17 + withdrawn 7; 7 of the 280 are resubmissions (4 of September requests);
  - timeliness 2023-10: 省市场监管局, 省政务服务中心, 省民政厅 answer fastest, in that order;
  - national-zone applications up to 2023-10: 196 from 6 organizations (省政务服务中心 71, 省大数据局 48,
    黔西南州大数据服务中心 33, 毕节市人社局 22, 省国资委 14, 贵阳市大数据局 8), from March 2023 on;
  - histories that cross month ends: September requests decided in October, October requests decided (or
    withdrawn) in November, resubmissions in October and November.
Times are office hours (09:00-17:30, Asia/Shanghai) of working days of the official holiday calendar that
request-service ships (the National Day holiday 2023-09-29 .. 10-06 rests, Sat 10-07 and Sun 10-08 work).

  scripts/demo/generate_requests.py            # writes demo/2023-10/requests.json
  scripts/demo/generate_requests.py --check    # only checks that the file is what the generator writes
"""
import argparse
import datetime as dt
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MONTH_DIR = os.path.join(ROOT, "demo", "2023-10")
CALENDAR = os.path.join(ROOT, "request-service", "src", "main", "resources", "calendar", "cn-holidays.json")
TZ = dt.timezone(dt.timedelta(hours=8))
SEED = 20231031

OPEN = dt.time(9, 0)
CLOSE = dt.time(17, 30)
OCT_END = dt.datetime(2023, 10, 31, 17, 30, tzinfo=TZ)
NOV_START = dt.date(2023, 11, 1)

FAST = {"gz.scjgj": (0.5, 1.8), "gz.zwfwzx": (2.0, 2.8), "gz.mzt": (3.0, 4.2)}
NATIONAL_TOTALS = [("gz.zwfwzx", 71), ("gz.dsjj", 48), ("qxn.dsjfwzx", 33), ("bj.rsj", 22), ("gz.gzw", 14),
                   ("gy.dsjj", 8)]
NATIONAL_IN_OCTOBER = {"gz.zwfwzx": 12, "gz.dsjj": 9, "qxn.dsjfwzx": 6, "bj.rsj": 4, "gz.gzw": 2, "gy.dsjj": 1}
NATIONAL_BEFORE_BY_MONTH = [(3, 12), (4, 16), (5, 20), (6, 24), (7, 28), (8, 30), (9, 32)]

PURPOSES = [
    "企业开办“一件事”联办，核验企业登记信息", "社会救助对象家庭经济状况核对", "就业创业补贴资格审核",
    "城乡居民养老保险待遇资格认证", "不动产登记“一窗受理”信息核验", "医保参保人员身份核验",
    "高龄津贴发放对象核查", "政务服务“一网通办”材料免提交", "困难群众救助资格比对", "人才引进落户审核",
    "惠企政策“免申即享”对象筛选", "营业执照与税务登记信息比对", "残疾人两项补贴资格复核",
    "退役军人优待对象信息核验", "建设工程项目审批信息共享", "职业技能培训补贴审核",
]
REJECTIONS = [
    "申请用途与共享条件不符", "未提供共享依据，请补充申请函", "申请数据项超出业务所需范围",
    "该数据已通过接口共享，请勿重复申请", "涉及个人隐私，需补充授权材料", "申请单位信息填写不完整",
    "请明确数据使用期限和安全保障措施",
]
WITHDRAWALS = ["申请信息填写有误，撤回后重新提交", "业务需求调整，暂不需要", "已通过其他渠道获取数据"]
NAMES = ["zhangwei", "liuyang", "wangfang", "lijing", "chenjie", "yangli", "zhaolei", "huangmin", "zhouqiang",
         "wuxia", "xuhui", "sunli", "majun", "zhuting", "hulin", "guoyu"]


class Calendar:
    """Working days as request-service counts them (WorkingCalendar): official holidays and adjusted weekends."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.holidays, self.workdays = set(), set()
        for year in data["years"]:
            for h in year["holidays"]:
                day, end = dt.date.fromisoformat(h["from"]), dt.date.fromisoformat(h["to"])
                while day <= end:
                    self.holidays.add(day)
                    day += dt.timedelta(days=1)
            for w in year["workingDays"]:
                self.workdays.add(dt.date.fromisoformat(w["date"]))

    def working(self, day):
        if day in self.holidays:
            return False
        return day in self.workdays or day.weekday() < 5

    def days(self, first, last):
        out, day = [], first
        while day <= last:
            if self.working(day):
                out.append(day)
            day += dt.timedelta(days=1)
        return out

    def after(self, day, n):
        """The n-th working day after `day` (n >= 1)."""
        while n > 0:
            day += dt.timedelta(days=1)
            if self.working(day):
                n -= 1
        return day

    def working_seconds(self, start, end):
        total, day = 0, start.date()
        while True:
            day_start = dt.datetime.combine(day, dt.time(0), TZ)
            if day_start >= end:
                return total
            day_end = day_start + dt.timedelta(days=1)
            if self.working(day):
                total += (min(end, day_end) - max(start, day_start)).total_seconds()
            day += dt.timedelta(days=1)


class Generator:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.cal = Calendar(CALENDAR)
        with open(os.path.join(MONTH_DIR, "organizations.json"), encoding="utf-8") as f:
            self.orgs = {o["code"]: o for o in json.load(f)}
        with open(os.path.join(MONTH_DIR, "resources.json"), encoding="utf-8") as f:
            resources = json.load(f)
        self.conditional = {}
        self.unconditional = []
        for r in resources:
            if r["sharingType"] == "CONDITIONAL":
                self.conditional.setdefault(r["providerOrg"], []).append(r["code"])
            elif r["sharingType"] == "UNCONDITIONAL":
                self.unconditional.append(r)
        self.national_resources = [c for p, codes in self.conditional.items() if p.startswith("cn.") for c in codes]
        self.provincial_providers = sorted(p for p in self.conditional if not p.startswith("cn."))
        self.others = [p for p in self.provincial_providers if p not in FAST]
        self.applicants = [c for c, o in self.orgs.items() if o["level"] in ("PROVINCIAL", "PREFECTURE", "COUNTY")]
        self.items = []

    # ---- time helpers ---------------------------------------------------------------------------------------
    def at(self, day, earliest=OPEN, latest=CLOSE):
        lo = earliest.hour * 60 + earliest.minute
        hi = latest.hour * 60 + latest.minute
        minute = self.rng.randint(lo, hi)
        return dt.datetime.combine(day, dt.time(minute // 60, minute % 60, self.rng.randint(0, 59)), TZ)

    def later(self, t, days):
        """An office time `days` working days after t (0: later the same day when there is time left)."""
        if days == 0 and t.time() < dt.time(16, 30):
            minutes = self.rng.randint(20, 120)
            candidate = t + dt.timedelta(minutes=minutes, seconds=self.rng.randint(0, 59))
            if candidate.time() <= CLOSE:
                return candidate
        return self.at(self.cal.after(t.date(), max(days, 1)))

    def response(self, provider, submitted, slow_days=None):
        if provider in FAST and slow_days is None:
            lo, hi = FAST[provider]
            return submitted + dt.timedelta(seconds=round(self.rng.uniform(lo, hi) * 3600))
        if slow_days is None:
            slow_days = self.rng.randint(2, 7) if provider.startswith("cn.") else self.rng.randint(1, 5)
        return self.at(self.cal.after(submitted.date(), slow_days))

    # ---- items ----------------------------------------------------------------------------------------------
    def actor(self, org):
        return org + ":" + self.rng.choice(NAMES)

    def events(self, applicant, provider, steps):
        out = []
        for action, time in steps:
            side = applicant if action in ("SUBMIT", "WITHDRAW") else provider
            comment = {"ACCEPT": None if self.rng.random() < 0.5 else "已受理", "REVIEW": "审核通过",
                       "SIGN": "同意共享，请严格按申请用途使用", "REJECT": self.rng.choice(REJECTIONS),
                       "WITHDRAW": self.rng.choice(WITHDRAWALS), "SUBMIT": None}[action]
            event = {"action": action, "at": time.isoformat(), "actor": self.actor(side)}
            if comment:
                event["comment"] = comment
            out.append(event)
        return out

    def item(self, applicant, resource, steps, resubmission_of=None):
        provider = resource.rsplit(".", 1)[0]
        item = {"applicantOrg": applicant, "resourceCode": resource, "purpose": self.rng.choice(PURPOSES),
                "events": self.events(applicant, provider, steps)}
        if resubmission_of is not None:
            item["resubmissionOf"] = resubmission_of
        self.items.append(item)
        return item

    def applicant_for(self, provider):
        """Provincial departments apply most, then prefecture bodies, now and then a county."""
        weights = {"PROVINCIAL": 3, "PREFECTURE": 2, "COUNTY": 1}
        while True:
            code = self.rng.choices(self.applicants, [weights[self.orgs[c]["level"]] for c in self.applicants])[0]
            if code != provider:
                return code

    def history(self, status, provider, submitted, limit=OCT_END, slow_days=None):
        """Steps from SUBMIT to `status` (at the end of October), all before `limit`; None if they do not fit."""
        steps = [("SUBMIT", submitted)]
        if status in ("AUTO", "P_SUBMITTED", "WD_SUBMITTED"):
            if status == "WD_SUBMITTED":
                steps.append(("WITHDRAW", self.later(submitted, self.rng.randint(0, 1))))
            return steps if steps[-1][1] <= limit else None
        first = self.response(provider, submitted, slow_days)
        if status == "REJ_ACCEPT":
            steps.append(("REJECT", first))
        else:
            steps.append(("ACCEPT", first))
            if status == "REJ_REVIEW":
                steps.append(("REJECT", self.later(first, self.rng.randint(0, 2))))
            elif status == "WD_ACCEPTED":
                steps.append(("WITHDRAW", self.later(first, self.rng.randint(0, 1))))
            elif status in ("SIGNED", "REJ_SIGN", "P_REVIEWED", "WD_REVIEWED"):
                reviewed = self.later(first, self.rng.randint(0, 2))
                steps.append(("REVIEW", reviewed))
                if status == "SIGNED":
                    steps.append(("SIGN", self.later(reviewed, self.rng.randint(0, 2))))
                elif status == "REJ_SIGN":
                    steps.append(("REJECT", self.later(reviewed, self.rng.randint(0, 2))))
                elif status == "WD_REVIEWED":
                    steps.append(("WITHDRAW", self.later(reviewed, self.rng.randint(0, 1))))
        return steps if all(t <= limit for _, t in steps) else None

    def fitted(self, status, provider, days, earliest=OPEN, latest=CLOSE, slow_days=None, limit=OCT_END):
        """A history reaching `status` whose steps all lie before `limit`, submitted on one of `days`."""
        for _ in range(500):
            submitted = self.at(self.rng.choice(days), earliest, latest)
            steps = self.history(status, provider, submitted, limit=limit, slow_days=slow_days)
            if steps:
                return steps
        raise RuntimeError(f"cannot fit {status} of {provider} before {limit}")

    def november(self, steps, provider):
        """Completes a request still pending at the end of October with steps in November."""
        last_action, last = steps[-1]
        day = self.cal.after(max(last.date(), NOV_START - dt.timedelta(days=1)), self.rng.randint(1, 6))
        t = self.at(day)
        outcome = self.rng.random()
        if last_action == "SUBMIT":
            if outcome < 0.15:
                return steps + [("WITHDRAW", t)]
            if outcome < 0.35:
                return steps + [("REJECT", t)]
            steps = steps + [("ACCEPT", t)]
            last_action, last, t = "ACCEPT", t, self.later(t, self.rng.randint(0, 2))
        if last_action == "ACCEPT":
            if outcome < 0.2:
                return steps + [("WITHDRAW", t)]
            steps = steps + [("REVIEW", t)]
            t = self.later(t, self.rng.randint(0, 2))
        return steps + [("REJECT" if outcome > 0.8 else "SIGN", t)]

    # ---- the months ----------------------------------------------------------------------------------------
    def national_before_october(self):
        labels = [org for org, total in NATIONAL_TOTALS for _ in range(total - NATIONAL_IN_OCTOBER[org])]
        self.rng.shuffle(labels)
        assert len(labels) == sum(n for _, n in NATIONAL_BEFORE_BY_MONTH)
        index = 0
        for month, count in NATIONAL_BEFORE_BY_MONTH:
            last = dt.date(2023, month + 1, 1) - dt.timedelta(days=1)
            days = self.cal.days(dt.date(2023, month, 1), last)
            for _ in range(count):
                applicant = labels[index]
                index += 1
                resource = self.rng.choice(self.national_resources)
                roll = self.rng.random()
                status = ("SIGNED" if roll < 0.8 else "REJ_ACCEPT" if roll < 0.86 else "REJ_REVIEW" if roll < 0.9
                          else "REJ_SIGN" if roll < 0.93 else "WD_SUBMITTED")
                limit = dt.datetime(2023, 10, 20, tzinfo=TZ)
                steps = self.fitted(status, resource.rsplit(".", 1)[0], days, limit=limit)
                self.item(applicant, resource, steps)

    def september(self):
        days = self.cal.days(dt.date(2023, 9, 1), dt.date(2023, 9, 28))
        for _ in range(24):  # handled within September
            provider = self.rng.choice(self.provincial_providers)
            status = self.rng.choice(["SIGNED"] * 5 + ["REJ_ACCEPT", "REJ_REVIEW", "REJ_SIGN", "WD_SUBMITTED"])
            limit = dt.datetime(2023, 9, 28, 17, 30, tzinfo=TZ)
            steps = self.fitted(status, provider, days[:-6], limit=limit)
            self.item(self.applicant_for(provider), self.rng.choice(self.conditional[provider]), steps)
        crossing = self.cal.days(dt.date(2023, 9, 25), dt.date(2023, 9, 28))
        for status in ["SIGNED"] * 8 + ["REJ_ACCEPT", "REJ_REVIEW", "REJ_SIGN", "WD_ACCEPTED"]:
            provider = self.rng.choice(self.others)
            submitted = self.at(self.rng.choice(crossing))
            steps = self.history(status, provider, submitted, slow_days=self.rng.randint(1, 4))
            self.item(self.applicant_for(provider), self.rng.choice(self.conditional[provider]), steps)
        # rejected in September, resubmitted in October
        originals = []
        for _ in range(4):
            provider = self.rng.choice(self.others)
            submitted = self.at(self.rng.choice(self.cal.days(dt.date(2023, 9, 18), dt.date(2023, 9, 22))))
            steps = [("SUBMIT", submitted), ("REJECT", self.at(self.cal.after(submitted.date(), 2)))]
            originals.append(self.item(self.applicant_for(provider), self.rng.choice(self.conditional[provider]),
                                       steps))
        return originals

    def october(self, september_originals):
        days = self.cal.days(dt.date(2023, 10, 7), dt.date(2023, 10, 31))
        early, late = days[:6], days[-7:]
        counts = {"SIGNED": 121, "REJ_ACCEPT": 58, "REJ_REVIEW": 41, "REJ_SIGN": 21, "P_SUBMITTED": 5,
                  "P_ACCEPTED": 6, "P_REVIEWED": 4, "AUTO": 17, "WD": 7}
        pending = []

        def take(status, n=1):
            counts[status] -= n
            assert counts[status] >= 0, status

        # national zone: 34 of the 280
        national = ["SIGNED"] * 18 + ["REJ_ACCEPT"] * 4 + ["REJ_REVIEW"] * 4 + ["REJ_SIGN"] * 2 + \
                   ["P_SUBMITTED"] * 2 + ["P_ACCEPTED"] * 2 + ["P_REVIEWED"] * 2
        applicants = [org for org, n in NATIONAL_IN_OCTOBER.items() for _ in range(n)]
        self.rng.shuffle(applicants)
        for status, applicant in zip(national, applicants):
            take(status)
            resource = self.rng.choice(self.national_resources)
            provider = resource.rsplit(".", 1)[0]
            pending.append(self.october_item(status, applicant, resource, provider, days, late))

        # resubmissions: 4 of September rejections, 3 of October rejections and withdrawals
        october_originals = []
        for status in ["REJ_ACCEPT", "REJ_ACCEPT", "WD_SUBMITTED"]:
            take("WD" if status.startswith("WD") else status)
            provider = self.rng.choice(self.others)
            steps = self.fitted(status, provider, early, latest=dt.time(15, 0), slow_days=1)
            october_originals.append(self.item(self.applicant_for(provider),
                                               self.rng.choice(self.conditional[provider]), steps))
        for original, status in zip(september_originals + october_originals,
                                    ["SIGNED", "SIGNED", "SIGNED", "SIGNED", "REJ_REVIEW", "P_SUBMITTED",
                                     "P_ACCEPTED"]):
            take(status)
            last = dt.datetime.fromisoformat(original["events"][-1]["at"])
            provider = original["resourceCode"].rsplit(".", 1)[0]
            window = [d for d in days if d > last.date()]
            window = window[-4:] if status.startswith("P_") else window[:max(4, len(window) - 6)]
            steps = self.fitted(status, provider, window, slow_days=self.rng.randint(1, 3))
            item = self.item(original["applicantOrg"], original["resourceCode"], steps, resubmission_of=original)
            if status.startswith("P_"):
                pending.append((item, provider))

        # unconditional resources: approved at once
        for _ in range(counts["AUTO"]):
            resource = self.rng.choice(self.unconditional)
            applicant = self.applicant_for(resource["providerOrg"])
            self.item(applicant, resource["code"], [("SUBMIT", self.at(self.rng.choice(days)))])
        counts["AUTO"] = 0

        # withdrawals: 2 more from SUBMITTED, 2 from ACCEPTED, 2 from REVIEWED
        for status in ["WD_SUBMITTED"] * 2 + ["WD_ACCEPTED"] * 2 + ["WD_REVIEWED"] * 2:
            take("WD")
            provider = self.rng.choice(self.others)
            steps = self.fitted(status, provider, days[:-3])
            self.item(self.applicant_for(provider), self.rng.choice(self.conditional[provider]), steps)

        # the fastest providers: same-day answers
        decided = [s for s in ("SIGNED", "REJ_ACCEPT", "REJ_REVIEW", "REJ_SIGN") for _ in range(counts[s])]
        self.rng.shuffle(decided)
        for provider, n in (("gz.scjgj", 16), ("gz.zwfwzx", 18), ("gz.mzt", 10)):
            for _ in range(n):
                status = decided.pop()
                take(status)
                steps = self.fitted(status, provider, days[:-2], latest=dt.time(13, 0))
                self.item(self.applicant_for(provider), self.rng.choice(self.conditional[provider]), steps)

        # four answers past the ten-working-day deadline (submitted 9 Oct, due 23 Oct)
        for _ in range(4):
            status = decided.pop()
            take(status)
            provider = self.rng.choice(self.others)
            submitted = self.at(dt.date(2023, 10, 9), latest=dt.time(11, 0))
            steps = self.history(status, provider, submitted, slow_days=self.rng.choice([11, 12]))
            self.item(self.applicant_for(provider), self.rng.choice(self.conditional[provider]), steps)

        # everything else, and the pending ones of the provincial channel
        rest = [s for s in counts for _ in range(counts[s])]
        for status in rest:
            take(status)
            provider = self.rng.choice(self.others)
            item = self.october_item(status, self.applicant_for(provider),
                                     self.rng.choice(self.conditional[provider]), provider, days, late)
            pending.append(item)
        assert all(n == 0 for n in counts.values()), counts

        # November: the pending ones are decided or withdrawn; two October rejections are resubmitted
        for entry in pending:
            if entry is None:
                continue
            item, provider = entry
            steps = [(e["action"], dt.datetime.fromisoformat(e["at"])) for e in item["events"]]
            completed = self.november(steps, provider)
            item["events"] += self.events(item["applicantOrg"], provider, completed[len(steps):])
        taken = [i["resubmissionOf"] for i in self.items if "resubmissionOf" in i]
        rejected = [i for i in self.items if i["events"][-1]["action"] == "REJECT"
                    and i["events"][-1]["at"].startswith("2023-10") and not any(i is t for t in taken)
                    and not i["resourceCode"].startswith("cn.")]
        for original in self.rng.sample(rejected, 2):
            day = self.cal.after(NOV_START - dt.timedelta(days=1), self.rng.randint(1, 8))
            provider = original["resourceCode"].rsplit(".", 1)[0]
            steps = self.history("SIGNED", provider, self.at(day), limit=dt.datetime(2023, 11, 30, tzinfo=TZ))
            self.item(original["applicantOrg"], original["resourceCode"], steps, resubmission_of=original)

    def october_item(self, status, applicant, resource, provider, days, late):
        """One October request; returns (item, provider) when it is still pending at the end of October."""
        if status == "P_SUBMITTED":
            steps = [("SUBMIT", self.at(self.rng.choice(late[-4:])))]
        elif status in ("P_ACCEPTED", "P_REVIEWED"):
            steps = self.fitted(status, provider, late[:5], slow_days=1)
        else:
            steps = self.fitted(status, provider, days)
        item = self.item(applicant, resource, steps)
        return (item, provider) if status.startswith("P_") else None

    def write(self):
        self.items.sort(key=lambda i: (i["events"][0]["at"], i["applicantOrg"], i["resourceCode"]))
        numbers = {}
        for item in self.items:
            month = item["events"][0]["at"][:7].replace("-", "")
            numbers[month] = numbers.get(month, 0) + 1
            item["externalId"] = f"GZSJGX-{month}-{numbers[month]:04d}"
        for item in self.items:
            if "resubmissionOf" in item:
                item["resubmissionOf"] = item["resubmissionOf"]["externalId"]
        keys = ["externalId", "applicantOrg", "resourceCode", "resubmissionOf", "purpose", "events"]
        return [{k: item[k] for k in keys if k in item} for item in self.items]


def replay(items, cal):
    """The figures request-service must give (docs/statistics.md), computed independently of it."""
    oct_start, nov_start = dt.datetime(2023, 10, 1, tzinfo=TZ), dt.datetime(2023, 11, 1, tzinfo=TZ)
    unconditional = set()
    with open(os.path.join(MONTH_DIR, "resources.json"), encoding="utf-8") as f:
        for r in json.load(f):
            if r["sharingType"] == "UNCONDITIONAL":
                unconditional.add(r["code"])
    stats = {k: 0 for k in ("submitted", "withdrawn", "pending", "unconditional", "signed", "ACCEPT", "REVIEW",
                            "SIGN", "resubmissions")}
    national, times = {}, {}
    for item in items:
        events = [(e["action"], dt.datetime.fromisoformat(e["at"])) for e in item["events"]]
        submitted = events[0][1]
        if item["resourceCode"].startswith("cn.") and submitted < nov_start:
            national[item["applicantOrg"]] = national.get(item["applicantOrg"], 0) + 1
        if not oct_start <= submitted < nov_start:
            continue
        stats["submitted"] += 1
        stats["resubmissions"] += "resubmissionOf" in item
        if item["resourceCode"] in unconditional:
            stats["unconditional"] += 1
            continue
        status, node = "SUBMITTED", None
        for action, at in events:
            if at >= nov_start:
                break
            node = {"SUBMITTED": "ACCEPT", "ACCEPTED": "REVIEW", "REVIEWED": "SIGN"}.get(status)
            status = {"SUBMIT": "SUBMITTED", "ACCEPT": "ACCEPTED", "REVIEW": "REVIEWED", "SIGN": "SIGNED",
                      "REJECT": "REJECTED", "WITHDRAW": "WITHDRAWN"}[action]
        if status == "REJECTED":
            stats[node] += 1
        elif status == "SIGNED":
            stats["signed"] += 1
        elif status == "WITHDRAWN":
            stats["withdrawn"] += 1
        else:
            stats["pending"] += 1
        first = next(((a, t) for a, t in events[1:] if a in ("ACCEPT", "REJECT")), None)
        if first and first[1] < nov_start and (first[0] == "ACCEPT" or events[1][0] == "REJECT"):
            provider = item["resourceCode"].rsplit(".", 1)[0]
            times.setdefault(provider, []).append(cal.working_seconds(submitted, first[1]) / 3600)
    ranking = sorted(times, key=lambda p: (round(sum(times[p]) / len(times[p]), 2), p))
    return stats, national, ranking, times


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only compare with the committed file")
    args = parser.parse_args()
    generator = Generator()
    originals = generator.september()
    generator.national_before_october()
    generator.october(originals)
    items = generator.write()

    stats, national, ranking, times = replay(items, generator.cal)
    expected = {"submitted": 280, "withdrawn": 7, "pending": 15, "unconditional": 17, "signed": 121, "ACCEPT": 58,
                "REVIEW": 41, "SIGN": 21, "resubmissions": 7}
    assert stats == expected, stats
    assert sorted(national.items(), key=lambda e: (-e[1], e[0])) == NATIONAL_TOTALS, national
    assert ranking[:3] == ["gz.scjgj", "gz.zwfwzx", "gz.mzt"], ranking[:5]
    text = json.dumps(items, ensure_ascii=False, indent=1) + "\n"
    target = os.path.join(MONTH_DIR, "requests.json")
    if args.check:
        with open(target, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{target} differs from what {os.path.basename(__file__)} writes")
        print(f"{target} is up to date ({len(items)} requests)")
        return
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)
    means = ", ".join(f"{p} {sum(times[p]) / len(times[p]):.2f} h" for p in ranking[:4])
    print(f"wrote {target}: {len(items)} requests; October {stats}; timeliness {means}; national {national}")


if __name__ == "__main__":
    main()
