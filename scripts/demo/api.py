"""HTTP plumbing of the demo loader: JSON calls with a bearer token, problem+json errors made readable."""
import json
import os
import urllib.error
import urllib.parse
import urllib.request


class ApiError(Exception):
    """A call answered with an unexpected status; carries the problem document when there is one."""

    def __init__(self, method, url, status, body):
        self.status = status
        self.body = body
        detail = body.get("detail") if isinstance(body, dict) else body
        errors = body.get("errors") if isinstance(body, dict) else None
        super().__init__(f"{method} {url} -> {status}: {detail}" + (f" {errors}" if errors else ""))


class Context:
    """What every step needs: the service URLs, the month directory and an admin token."""

    def __init__(self, args):
        self.args = args
        self.month_dir = args.month_dir
        self._token = os.environ.get("GOVSHARE_TOKEN")

    def token(self):
        if not self._token:
            self._token = password_grant(self.args.oidc_url, "govshare-cli", "admin", "demo")
        return self._token

    def data(self, name):
        with open(os.path.join(self.month_dir, name), encoding="utf-8") as f:
            return json.load(f)

    def has(self, name):
        return os.path.exists(os.path.join(self.month_dir, name))

    def call(self, method, base, path, body=None, ok=(200, 201), params=None, raw=None, content_type=None):
        """Calls the API; returns (status, parsed body). Statuses outside `ok` raise ApiError."""
        url = base.rstrip("/") + path
        if params:
            url += "?" + urllib.parse.urlencode(params)
        data = raw
        headers = {"Authorization": "Bearer " + self.token(), "Accept": "application/json"}
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        elif raw is not None:
            headers["Content-Type"] = content_type or "application/octet-stream"
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=300) as response:
                return response.status, parse(response.read())
        except urllib.error.HTTPError as e:
            payload = parse(e.read())
            if e.code in ok:
                return e.code, payload
            raise ApiError(method, url, e.code, payload) from None
        except urllib.error.URLError as e:
            raise ApiError(method, url, 0, f"cannot connect ({e.reason}); is the service running?") from None


def parse(raw):
    if not raw:
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except ValueError:
        return raw.decode("utf-8", "replace")


def password_grant(oidc_url, client_id, user, password):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": client_id,
                                   "username": user, "password": password}).encode()
    url = oidc_url.rstrip("/") + "/protocol/openid-connect/token"
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=form, method="POST"), timeout=30) as r:
            return json.loads(r.read())["access_token"]
    except urllib.error.HTTPError as e:
        raise ApiError("POST", url, e.code, parse(e.read())) from None
    except urllib.error.URLError as e:
        raise ApiError("POST", url, 0, f"cannot reach the identity provider ({e.reason})") from None
