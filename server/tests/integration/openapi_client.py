"""Calls three routes of a Chorus server with a client generated from its OpenAPI document.

Usage: openapi_client.py BASE_URL TOKEN MEMBER_ID. Prints one JSON line with what it read; exits non-zero
when a call does not answer as the document says.
"""

import json
import sys

from chorus_api_client import AuthenticatedClient
from chorus_api_client.api.members import list_members
from chorus_api_client.api.points import change_points, get_points
from chorus_api_client.models import PageMember, PointsChange, PointsChanged, Points

base, token, member = sys.argv[1], sys.argv[2], int(sys.argv[3])
client = AuthenticatedClient(base_url=base, token=token, raise_on_unexpected_status=True)

members = list_members.sync(client=client, limit=2)
assert isinstance(members, PageMember), members
changed = change_points.sync(
    id=member, client=client, body=PointsChange(amount=25, reason="From the generated client"), idempotency_key="py-1"
)
assert isinstance(changed, PointsChanged), changed
points = get_points.sync(id=member, client=client)
assert isinstance(points, Points), points
print(json.dumps({
    "members": [m.email for m in members.data],
    "next_cursor": members.next_cursor,
    "changed_balance": changed.balance,
    "balance": points.balance,
    "latest_note": points.ledger.data[0].note,
}))
