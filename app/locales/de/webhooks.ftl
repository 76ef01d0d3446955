## Webhooks: die Ereignisse, die ein Endpunkt bekommen kann (neben dem Namen des Ereignisses)

webhooks-event-member-joined = Ein Mitglied ist beigetreten
webhooks-event-points-changed = Die Punkte eines Mitglieds haben sich geändert (verdient, ausgegeben, erstattet, angepasst)
webhooks-event-redemption-created = Ein Mitglied hat eine Prämie eingelöst
webhooks-event-redemption-fulfilled = Eine Einlösung wurde erfüllt
webhooks-event-redemption-cancelled = Eine Einlösung wurde storniert (Punkte erstattet)
webhooks-event-story-approved = Eine Geschichte wurde freigegeben
webhooks-event-story-featured = Eine Geschichte wurde hervorgehoben
webhooks-event-story-withdrawn = Eine Geschichte wurde von ihrer Autorin oder ihrem Autor zurückgezogen oder gelöscht (es wird kein Text gesendet)
webhooks-event-referral-qualified = Eine geworbene Person hat sich qualifiziert
webhooks-event-referral-converted = Eine geworbene Person ist Kundin oder Kunde geworden (ihre erste gemeldete Bestellung)
webhooks-event-referral-rewarded = Eine werbende Person wurde belohnt
webhooks-event-challenge-completed = Ein Mitglied hat eine Challenge abgeschlossen
webhooks-event-nps-answered = Ein Mitglied hat eine NPS-Umfrage beantwortet

## Stand einer Zustellung

webhooks-status-queued = Wartend
webhooks-status-sending = Wird gesendet
webhooks-status-delivered = Zugestellt
webhooks-status-failed = Fehlgeschlagen

## Prüfung eines Endpunkts

webhooks-description-too-long = Verwende höchstens { $max } Zeichen.
webhooks-event-unknown = „{ $event }“ ist kein Ereignis, das Chorus sendet.
webhooks-events-missing = Wähle mindestens ein Ereignis zum Senden.
webhooks-url-missing = Gib die Adresse an, an die Chorus Ereignisse per POST senden soll, z. B. https://crm.example.com/hooks/chorus.
webhooks-url-too-long = Gib eine einzige Adresse mit höchstens { $max } Zeichen an, ohne Leerzeichen.
webhooks-url-scheme = Die Adresse muss mit https:// (oder http://) beginnen.
webhooks-url-fragment = Die Adresse darf kein #Fragment enthalten.
webhooks-url-credentials = Gib keinen Benutzernamen und kein Passwort in der Adresse an; Chorus signiert stattdessen jede Zustellung.
webhooks-url-ipv6 = Der [IPv6]-Host der Adresse ist nicht geschlossen.
webhooks-url-port = „{ $port }“ ist keine Portnummer.
webhooks-url-no-host = Die Adresse hat keinen Hostnamen.
webhooks-url-bad-host = „{ $host }“ ist kein Hostname.
