"""Tokens for runs without Keycloak (scripts/bench/exchange.py, k8s/measure/measure-memory).

An RSA key generated for the run (openssl) signs every token (RS256); a service verifies them with the public key
(`quarkus.oidc.public-key` = `Keys.public_base64`, `quarkus.oidc.token.issuer` = the issuer given here,
`quarkus.oidc.auth-server-url` empty). A service that calls another (quarkus-oidc-client, client credentials)
gets its token from `TokenEndpoint`. Only Python 3's standard library and the `openssl` command are used.
"""
import base64
import http.server
import json
import os
import subprocess
import threading
import time
import urllib.parse


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class Keys:
    """An RSA key pair for the run; tokens are signed with `openssl dgst -sha256 -sign` (RS256)."""

    def __init__(self, workdir, issuer, name="run"):
        self.issuer = issuer
        self.private = os.path.join(workdir, f"{name}-key.pem")
        subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
                        "-out", self.private], check=True, capture_output=True)
        pem = subprocess.run(["openssl", "pkey", "-in", self.private, "-pubout"], check=True,
                             capture_output=True, text=True).stdout
        # quarkus.oidc.public-key takes the base64 body of the PEM
        self.public_base64 = "".join(line for line in pem.splitlines() if "-----" not in line)

    def token(self, subject, roles, org=None, lifetime=4 * 3600, client="govshare-cli"):
        """An access token like Keycloak's (docs/security.md): realm roles, the `org` claim, `typ: Bearer` and the
        client it was issued to (`azp`), which the services check against their allow-list."""
        now = int(time.time())
        claims = {"iss": self.issuer, "sub": subject, "preferred_username": subject, "iat": now,
                  "exp": now + lifetime, "typ": "Bearer", "azp": client, "realm_access": {"roles": roles}}
        if org:
            claims["org"] = org
        signing_input = (b64url(json.dumps({"alg": "RS256", "typ": "JWT"}).encode()) + "."
                         + b64url(json.dumps(claims).encode()))
        signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", self.private],
                                   input=signing_input.encode(), check=True, capture_output=True).stdout
        return signing_input + "." + b64url(signature)


class TokenEndpoint:
    """Answers a client-credentials POST with a `service` token for the client that asks (its client id comes
    from HTTP Basic authentication or the form), as Keycloak would for the service account of that client."""

    def __init__(self, keys):
        tokens = {}
        lock = threading.Lock()

        def token_for(client):
            with lock:
                if client not in tokens:
                    tokens[client] = keys.token("service-account-" + client, ["service"], client=client)
                return tokens[client]

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                form = urllib.parse.parse_qs(self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode())
                client = (form.get("client_id") or [""])[0]
                auth = self.headers.get("Authorization", "")
                if not client and auth.startswith("Basic "):
                    client = urllib.parse.unquote(base64.b64decode(auth[6:]).decode().split(":", 1)[0])
                body = json.dumps({"access_token": token_for(client or "unknown"), "token_type": "Bearer",
                                   "expires_in": 14400}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
