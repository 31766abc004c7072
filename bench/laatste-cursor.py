"""P3's last page (bench/run): page 1's volgendeCursor rewritten to point after another row.

Reads the first page's JSON on stdin and takes that row's sort key as arguments; prints the cursor,
or nothing when page 1's cursor does not have as many key fields (the format of docs/adr/0005
changed and this script with it). The cursor stays opaque to clients: only the harness, which knows
the format, builds one, so the last page of a million rows need not be walked page by page.
"""
import base64
import hashlib
import json
import sys

SCHEIDING = "\0"


def main(sleutel):
    cursor = json.load(sys.stdin).get("volgendeCursor")
    if not cursor:
        return
    tekst = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    velden = tekst.split(SCHEIDING)
    # list and order, filter hash, the key, a check value over the rest
    if len(velden) != 3 + len(sleutel):
        return
    nieuw = SCHEIDING.join(velden[:2] + sleutel)
    nieuw += SCHEIDING + hashlib.sha256(nieuw.encode()).hexdigest()[:12]
    print(base64.urlsafe_b64encode(nieuw.encode()).decode().rstrip("="))


if __name__ == "__main__":
    main(sys.argv[1:])
