## Webhooks: the events an endpoint can be sent (beside each event's name)

webhooks-event-member-joined = A member joined
webhooks-event-points-changed = A member's points changed (earned, spent, refunded, adjusted)
webhooks-event-redemption-created = A member redeemed a reward
webhooks-event-redemption-fulfilled = A redemption was fulfilled
webhooks-event-redemption-cancelled = A redemption was cancelled (points refunded)
webhooks-event-story-approved = A story was approved
webhooks-event-story-featured = A story was featured
webhooks-event-story-withdrawn = A story was withdrawn by its author or deleted (no text is sent)
webhooks-event-referral-qualified = A referred friend qualified
webhooks-event-referral-converted = A referred friend became a customer (their first reported order)
webhooks-event-referral-rewarded = A referrer was rewarded
webhooks-event-challenge-completed = A member completed a challenge
webhooks-event-nps-answered = A member answered an NPS survey

## Where a delivery stands

webhooks-status-queued = Waiting
webhooks-status-sending = Sending
webhooks-status-delivered = Delivered
webhooks-status-failed = Failed

## Checking an endpoint

webhooks-description-too-long = Use at most { $max } characters.
webhooks-event-unknown = “{ $event }” is not an event Chorus sends.
webhooks-events-missing = Choose at least one event to send.
webhooks-url-missing = Give the address Chorus should POST events to, such as https://crm.example.com/hooks/chorus.
webhooks-url-too-long = Give one address of at most { $max } characters, without spaces.
webhooks-url-scheme = The address must start with https:// (or http://).
webhooks-url-fragment = The address cannot have a #fragment.
webhooks-url-credentials = Put no user name or password in the address; Chorus signs every delivery instead.
webhooks-url-ipv6 = The address's [IPv6] host is not closed.
webhooks-url-port = “{ $port }” is not a port number.
webhooks-url-no-host = The address has no host name.
webhooks-url-bad-host = “{ $host }” is not a host name.
