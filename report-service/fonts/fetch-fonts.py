#!/usr/bin/env python3
"""Fetches the CJK TrueType fonts of the report into a cache directory, once.

The fonts are Noto Serif SC and Noto Sans SC (SIL Open Font License 1.1), taken from the npm registry tarballs of
@expo-google-fonts, pinned by version and SHA-256. A font already in the directory with the right checksum is not
fetched again, so only the first build on a machine downloads (about 110 MB of tarballs, 40 MB of fonts kept).

  fonts/fetch-fonts.py [DIR]      # default $GOVSHARE_REPORT_FONTS_DIR or ~/.cache/govshare/fonts

Only the Python 3 standard library is used.
"""
import hashlib
import io
import os
import sys
import tarfile
import urllib.request

REGISTRY = os.environ.get("GOVSHARE_NPM_REGISTRY", "https://registry.npmjs.org")

# (package, version, tarball sha256, [(path in the tarball, file name, file sha256)])
FONTS = [
    ("@expo-google-fonts/noto-serif-sc", "0.4.3",
     "ff6bcf5ba68d92dfecc05544bb150f9e724741a932354a0dd97e7289c40a3f5e",
     [("package/400Regular/NotoSerifSC_400Regular.ttf", "NotoSerifSC-Regular.ttf",
       "c358a69de3df5f423a8946a7b03e3126fb6ba116f1130a463455b4e39e1f0742"),
      ("package/700Bold/NotoSerifSC_700Bold.ttf", "NotoSerifSC-Bold.ttf",
       "9c6a2ba736e4b499c84f65ce366bd3625c0401885fd3e585ace50fb738b96ff6"),
      ("package/LICENSE_FONT", "OFL-NotoSerifSC.txt", None)]),
    ("@expo-google-fonts/noto-sans-sc", "0.4.3",
     "0d69d0f4971d2ff574e3d93cbc218dc950bf3f3f8f8e2c008d97687ed53aee59",
     [("package/700Bold/NotoSansSC_700Bold.ttf", "NotoSansSC-Bold.ttf",
       "9a38ae0ab28cd5a256f9ea8e00dedc688aac17f7915fcb000572990afa956b96"),
      ("package/LICENSE_FONT", "OFL-NotoSansSC.txt", None)]),
]


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def present(target, digest):
    if not os.path.exists(target):
        return False
    if digest is None:
        return True
    with open(target, "rb") as f:
        return sha256(f.read()) == digest


def tarball_url(package, version):
    name = package.split("/")[-1]
    return f"{REGISTRY.rstrip('/')}/{package}/-/{name}-{version}.tgz"


def fetch(package, version, digest):
    url = tarball_url(package, version)
    print(f"[fonts] downloading {url}", file=sys.stderr)
    with urllib.request.urlopen(url, timeout=300) as response:
        data = response.read()
    if sha256(data) != digest:
        raise SystemExit(f"[fonts] checksum mismatch for {url}: refusing to use it")
    return data


def main():
    default = os.environ.get("GOVSHARE_REPORT_FONTS_DIR") or os.path.join(
        os.path.expanduser("~"), ".cache", "govshare", "fonts")
    directory = sys.argv[1] if len(sys.argv) > 1 else default
    os.makedirs(directory, exist_ok=True)
    for package, version, digest, files in FONTS:
        missing = [f for f in files if not present(os.path.join(directory, f[1]), f[2])]
        if not missing:
            continue
        with tarfile.open(fileobj=io.BytesIO(fetch(package, version, digest)), mode="r:gz") as tar:
            for member, name, file_digest in missing:
                data = tar.extractfile(member).read()
                if file_digest is not None and sha256(data) != file_digest:
                    raise SystemExit(f"[fonts] checksum mismatch for {member} of {package}")
                temporary = os.path.join(directory, name + ".part")
                with open(temporary, "wb") as f:
                    f.write(data)
                os.replace(temporary, os.path.join(directory, name))
                print(f"[fonts] {name} ready in {directory}", file=sys.stderr)
    print(f"[fonts] fonts ready in {directory}", file=sys.stderr)


if __name__ == "__main__":
    main()
