"""Signs the demo administrator in (password, then a new authenticator app whose
code is computed here, RFC 6238) and prints the session cookie for a fuzzer."""
import base64, hashlib, hmac, json, struct, sys, time, urllib.request

BASE = sys.argv[1]
cookies = {}


def post(path, body):
    headers = {"Content-Type": "application/json", "X-EHC-CSRF": "1"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    req = urllib.request.Request(BASE + path, data=json.dumps(body).encode(), headers=headers)
    res = urllib.request.urlopen(req)
    for header in res.headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        value = rest.split(";")[0]
        if value:
            cookies[name] = value
        else:
            cookies.pop(name, None)
    return json.load(res)


post("/api/v1/auth/sign-in", {"email": "admin@example.org", "password": "violet harbour lantern"})
key = post("/api/v1/auth/second-factor/authenticator-app", {})["key"].replace(" ", "")
digest = hmac.new(base64.b32decode(key), struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 15
code = "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)
post("/api/v1/auth/second-factor/authenticator-app/confirm", {"code": code})
print("; ".join(f"{k}={v}" for k, v in cookies.items()))
