## Die Mail-Seite der Admins (/admin/mail): der Postausgang

mailroom-title = Mail
mailroom-delivers = Jeder Knoten verschickt wartende E-Mails per SMTP; ein fehlgeschlagener Versuch wird mit wachsenden Abständen wiederholt.
mailroom-keeps = Es ist kein SMTP-Server eingerichtet (--smtp-url), deshalb werden E-Mails hier aufbewahrt statt verschickt. Öffne eine, um sie zu lesen.
mailroom-by-status = Mail nach Status
mailroom-all = Alle ({ $count })
mailroom-status-count = { $status } ({ $count })
mailroom-status-queued = Wartend
mailroom-status-sending = Wird gesendet
mailroom-status-sent = Gesendet
mailroom-status-failed = Fehlgeschlagen
mailroom-status-kept = Aufbewahrt (nicht gesendet)
mailroom-status-invalid = { $value } ist kein Mail-Status: Verwende queued, sending, sent, failed oder kept.
mailroom-empty = Hier sind keine E-Mails.
mailroom-caption = E-Mails, die neuesten zuerst
mailroom-written = Geschrieben
mailroom-to = An
mailroom-subject = Betreff
mailroom-kind = Art
mailroom-status = Status
mailroom-tries = Versuche
mailroom-last-error = Letzter Fehler
mailroom-sent = Gesendet
mailroom-server-answer = Antwort des Servers
mailroom-plain-text = Nur-Text
mailroom-html-part = HTML-Teil (Quelltext)
mailroom-send-again = Erneut senden
mailroom-back = Zurück zu allen E-Mails
mailroom-that-email = Diese E-Mail
mailroom-retry-no-smtp = Es ist kein SMTP-Server eingerichtet (--smtp-url), deshalb werden E-Mails hier aufbewahrt, nicht verschickt.
mailroom-retry-refused = Nur eine fehlgeschlagene oder aufbewahrte E-Mail kann erneut gesendet werden.

## Eine Test-E-Mail senden

mailroom-test-heading = Test-E-Mail senden
mailroom-test-intro = Prüft, ob E-Mails von diesem Portal ankommen. Lass die Adresse leer, um sie an dich selbst zu schicken.
mailroom-test-to = Senden an
mailroom-test-send = Test-E-Mail senden
