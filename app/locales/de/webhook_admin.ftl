## Webhooks: die Liste der Endpunkte für Admins

webhook-admin-title = Webhooks
# Die Einleitung ist um den Namen des Headers, Chorus-Signature, geteilt; er bleibt, wie er ist.
webhook-admin-intro-before = Chorus teilt deinen anderen Systemen mit, was im Programm passiert: Jedes Ereignis wird als JSON per POST an die Endpunkte gesendet, die es abonniert haben, signiert mit dem Geheimnis des Endpunkts (im Header{" "}
webhook-admin-intro-after = ), und einen Tag lang wiederholt, bis der Endpunkt mit 2xx antwortet. Wie du die Signatur prüfst, steht in der README.
webhook-admin-loading = Endpunkte werden geladen …
webhook-admin-empty = Noch keine Endpunkte. Füge unten einen hinzu, wenn ein anderes System von Ereignissen erfahren soll.
webhook-admin-endpoints-caption = Webhook-Endpunkte, neueste zuerst
webhook-admin-col-address = Adresse
webhook-admin-col-events = Ereignisse
webhook-admin-col-status = Status
webhook-admin-col-delivered = Zugestellt
webhook-admin-col-waiting = Wartend
webhook-admin-col-failed = Fehlgeschlagen
webhook-admin-on = An
webhook-admin-off = Aus
webhook-admin-new = Neuer Endpunkt
# Um den Link geteilt: „Hinzugefügt. Öffne ihn, um sein Signaturgeheimnis zu kopieren.“
webhook-admin-added-before = Hinzugefügt.{" "}
webhook-admin-added-link = Öffne ihn
webhook-admin-added-after = , um sein Signaturgeheimnis zu kopieren.

## Das Formular eines Endpunkts

webhook-admin-field-url = Adresse (https://…)
webhook-admin-field-url-hint = Chorus sendet jedes Ereignis als signiertes JSON per POST an diese Adresse.
webhook-admin-field-description = Beschreibung (optional)
webhook-admin-events = Zu sendende Ereignisse
webhook-admin-add = Endpunkt hinzufügen
webhook-admin-save = Änderungen speichern

## Die Seite eines Endpunkts

webhook-admin-endpoint-title = Webhook-Endpunkt
webhook-admin-back = ← Alle Endpunkte
webhook-admin-loading-endpoint = Endpunkt wird geladen …
# $state ist An oder Aus.
webhook-admin-endpoint-summary = { $state } · { $delivered } zugestellt, { $waiting } wartend, { $failed } fehlgeschlagen
webhook-admin-secret = Signaturgeheimnis
webhook-admin-turn-off = Ausschalten
webhook-admin-turn-on = Einschalten
webhook-admin-new-secret = Neues Geheimnis
webhook-admin-delete = Endpunkt löschen
webhook-admin-settings = Adresse und Ereignisse
webhook-admin-deliveries = Zustellungen
webhook-admin-deliveries-empty = Noch nichts gesendet: Zustellungen erscheinen hier, sobald Ereignisse eintreten.
webhook-admin-deliveries-caption = Zustellungen, neueste zuerst
webhook-admin-col-event = Ereignis
webhook-admin-col-answer = Antwort
webhook-admin-col-tries = Versuche
webhook-admin-col-created = Erstellt
webhook-admin-col-last-try = Letzter Versuch
webhook-admin-col-actions = Aktionen
webhook-admin-send-again = Erneut senden
webhook-admin-send-again-named = Erneut senden: Zustellung { $delivery }

## Was die Buttons bewirkt haben

webhook-admin-turned-on = Eingeschaltet: Neue Ereignisse werden an ihn gesendet.
webhook-admin-turned-off = Ausgeschaltet: Neue Ereignisse werden nicht an ihn gesendet.
webhook-admin-secret-rolled = Ab jetzt signiert ein neues Geheimnis jede Zustellung: Gib es an den Empfänger weiter.
webhook-admin-deleted = Der Endpunkt und sein Protokoll sind gelöscht.
webhook-admin-redeliver-refused = Diese Zustellung wird gerade gesendet oder gehört nicht zu diesem Endpunkt.
webhook-admin-redelivered = Zustellung { $delivery } ist zum erneuten Senden eingereiht.

## Abgelehnte Adressen

webhook-admin-ip-private = { $ip } ist eine Loopback-, private oder reservierte Adresse: Chorus sendet keine Webhooks in sein eigenes Netz. Ein Betreiber kann das mit --webhooks-allow-private erlauben.
webhook-admin-host-private = „{ $host }“ führt zu { $ip }, einer Loopback-, privaten oder reservierten Adresse: Chorus sendet keine Webhooks in sein eigenes Netz. Ein Betreiber kann das mit --webhooks-allow-private erlauben.
webhook-admin-host-not-found = „{ $host }“ wurde nicht gefunden (DNS); prüfe die Adresse.
