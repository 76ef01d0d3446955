## Webhooks: the admins' list of endpoints

webhook-admin-title = Webhooks
# The introduction is cut around the header's name, Chorus-Signature, which stays as it is.
webhook-admin-intro-before = Chorus tells your other systems what happens in the programme: each event is POSTed as JSON to the endpoints that asked for it, signed with the endpoint's secret (the{" "}
webhook-admin-intro-after = {" "}header), and retried for a day until the endpoint answers 2xx. See the README for checking the signature.
webhook-admin-loading = Loading endpoints…
webhook-admin-empty = No endpoints yet. Add one below when another system should hear about events.
webhook-admin-endpoints-caption = Webhook endpoints, newest first
webhook-admin-col-address = Address
webhook-admin-col-events = Events
webhook-admin-col-status = Status
webhook-admin-col-delivered = Delivered
webhook-admin-col-waiting = Waiting
webhook-admin-col-failed = Failed
webhook-admin-on = On
webhook-admin-off = Off
webhook-admin-new = New endpoint
# Cut around the link: "Added. Open it to copy its signing secret."
webhook-admin-added-before = Added.{" "}
webhook-admin-added-link = Open it
webhook-admin-added-after = {" "}to copy its signing secret.

## The endpoint form

webhook-admin-field-url = Address (https://…)
webhook-admin-field-url-hint = Chorus POSTs each event here as JSON, signed.
webhook-admin-field-description = Description (optional)
webhook-admin-events = Events to send
webhook-admin-add = Add endpoint
webhook-admin-save = Save changes

## One endpoint's page

webhook-admin-endpoint-title = Webhook endpoint
webhook-admin-back = ← All endpoints
webhook-admin-loading-endpoint = Loading the endpoint…
# $state is On or Off.
webhook-admin-endpoint-summary = { $state } · { $delivered } delivered, { $waiting } waiting, { $failed } failed
webhook-admin-secret = Signing secret
webhook-admin-turn-off = Turn off
webhook-admin-turn-on = Turn on
webhook-admin-new-secret = New secret
webhook-admin-delete = Delete endpoint
webhook-admin-settings = Address and events
webhook-admin-deliveries = Deliveries
webhook-admin-deliveries-empty = Nothing sent yet: deliveries appear here as events happen.
webhook-admin-deliveries-caption = Deliveries, newest first
webhook-admin-col-event = Event
webhook-admin-col-answer = Answer
webhook-admin-col-tries = Tries
webhook-admin-col-created = Created
webhook-admin-col-last-try = Last try
webhook-admin-col-actions = Actions
webhook-admin-send-again = Send again
webhook-admin-send-again-named = Send again: delivery { $delivery }

## What the buttons did

webhook-admin-turned-on = Turned on: new events are sent to it.
webhook-admin-turned-off = Turned off: new events are not sent to it.
webhook-admin-secret-rolled = A new secret signs every delivery from now on: give it to the receiver.
webhook-admin-deleted = The endpoint and its log are deleted.
webhook-admin-redeliver-refused = That delivery is being sent right now, or is not this endpoint's.
webhook-admin-redelivered = Delivery { $delivery } is queued to be sent again.

## Addresses refused

webhook-admin-ip-private = { $ip } is a loopback, private or reserved address: Chorus does not send webhooks into its own network. An operator can allow it with --webhooks-allow-private.
webhook-admin-host-private = “{ $host }” leads to { $ip }, a loopback, private or reserved address: Chorus does not send webhooks into its own network. An operator can allow it with --webhooks-allow-private.
webhook-admin-host-not-found = “{ $host }” could not be found (DNS); check the address.
