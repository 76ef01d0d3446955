## Benachrichtigungen: was jede sagt (auf /me/notifications, in E-Mails und Zusammenfassungen)

notifications-reply = { $actor } hat in „{ $title }“ geantwortet
notifications-mention = { $actor } hat dich in „{ $title }“ erwähnt
notifications-like = { $actor } gefällt dein Beitrag in „{ $title }“
notifications-redemption-fulfilled = Deine Prämie „{ $title }“ wurde erfüllt
notifications-redemption-cancelled = Deine Einlösung von „{ $title }“ wurde storniert, und du hast die Punkte zurückbekommen
notifications-badge = Du hast das Abzeichen „{ $title }“ erhalten
notifications-story-deleted = (gelöscht)
notifications-story-approved = Deine Geschichte „{ $title }“ wurde freigegeben
notifications-story-changes = Ein Moderator bittet um Änderungen an deiner Geschichte „{ $title }“
notifications-story-rejected = Deine Geschichte „{ $title }“ wurde nicht angenommen
notifications-story-featured = Deine Geschichte „{ $title }“ wird hervorgehoben
notifications-story-unfeatured = Deine Geschichte „{ $title }“ wird nicht mehr hervorgehoben
notifications-story-archived = Deine Geschichte „{ $title }“ wurde archiviert
notifications-challenge-approved = Dein Abschluss der Challenge „{ $title }“ wurde bestätigt
notifications-challenge-rejected = Dein Abschluss der Challenge „{ $title }“ wurde nicht angenommen
notifications-referral-customer = Ein Kunde, den du empfohlen hast, hat bestellt, und deine Belohnung ist deinen Punkten gutgeschrieben
notifications-referral-joined = { $actor } ist über deine Empfehlung beigetreten, und deine Belohnung ist deinen Punkten gutgeschrieben

## Die Seite mit den Benachrichtigungen (/notifications)

notifications-title = Benachrichtigungen
notifications-choose-email = Wähle, was du per E-Mail bekommst
notifications-empty = Noch nichts da. Antworten in Themen, denen du folgst, Erwähnungen und Likes für deine Beiträge erscheinen hier.
notifications-new = Neu
notifications-pages = Seiten
notifications-newer = ← Neuere
notifications-older = Ältere →

## E-Mail-Einstellungen (/me/notifications/settings)

notifications-settings-title = E-Mail-Einstellungen
notifications-settings-heading = Was du per E-Mail bekommst
notifications-settings-intro = Alles erscheint auch auf deiner Benachrichtigungsseite. Jede E-Mail enthält einen Link, mit dem du diese Art abbestellen kannst.
notifications-settings-caption = E-Mails für jede Art von Benachrichtigung
notifications-settings-when = Wann
notifications-settings-by-email = Per E-Mail
notifications-topic-reply = Antworten in Themen, denen ich folge
notifications-topic-mention = Jemand erwähnt mich
notifications-topic-story = Eine Entscheidung über meine Geschichte
notifications-topic-challenge = Eine Entscheidung über meinen Challenge-Beitrag
notifications-topic-reward = Meine Prämie wurde erfüllt oder storniert
notifications-topic-badge = Ich erhalte ein Abzeichen
notifications-topic-referral = Jemand, den ich empfohlen habe, bringt mir eine Belohnung
notifications-delivery-off = Keine E-Mail
notifications-delivery-now = Sofort per E-Mail
notifications-delivery-digest = In meiner Zusammenfassung
notifications-settings-digest = Zusammenfassung
notifications-settings-daily = Täglich
notifications-settings-weekly = Wöchentlich
notifications-settings-save = Speichern
notifications-settings-saved = Gespeichert.
notifications-delivery-invalid = { $value } ist keine Auswahl für „{ $topic }“: Verwende now, digest oder off.
notifications-digest-every-invalid = Wähle eine tägliche oder eine wöchentliche Zusammenfassung.

## Abbestellen über einen Link in einer E-Mail (/unsubscribe)

notifications-list-digest = Die Zusammenfassung
notifications-unsubscribe = Abbestellen
notifications-unsubscribe-question = E-Mails für „{ $topic }“ abbestellen?
notifications-unsubscribe-incomplete = Dieser Abbestell-Link ist unvollständig.
notifications-unsubscribe-done = Erledigt: keine E-Mails mehr für „{ $topic }“.
notifications-unsubscribe-invalid = Dieser Abbestell-Link ist ungültig. Ändere stattdessen deine E-Mail-Einstellungen in deinem Konto.
