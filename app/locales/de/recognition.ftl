### Anerkennung: Punkte, Stufen, Bestenlisten und Abzeichen.

## Deine Punkte (/me/points)

recognition-points-title = Deine Punkte
recognition-standing = Punktestand
recognition-listed = Du wirst in Bestenlisten angezeigt.
recognition-not-listed = Du wirst in Bestenlisten nicht angezeigt.
recognition-hide-me = In Bestenlisten ausblenden
recognition-list-me = Wieder anzeigen
recognition-spend-points = Punkte gegen Prämien eintauschen
recognition-leaderboard = Bestenliste
recognition-badges = Abzeichen
recognition-ways-to-earn = So sammelst du Punkte
recognition-history = Verlauf
recognition-history-empty = Noch keine Punkte. Starte ein Thema, antworte oder teile deine Geschichte, um deine ersten zu sammeln.
recognition-history-caption = Punkteverlauf, neueste zuerst
recognition-col-when = Wann
recognition-col-what = Was
recognition-points = Punkte
recognition-reversed = zurückgenommen

## Warum eine Zeile im Punkteverlauf steht

recognition-reason-topic = Thema gestartet
recognition-reason-reply = In einem Thema geantwortet
recognition-reason-like-received = Dein Beitrag hat ein Like bekommen
recognition-reason-story-approved = Geschichte freigegeben
recognition-reason-story-featured = Geschichte hervorgehoben
recognition-reason-referral = Erfolgreiche Empfehlung
recognition-reason-challenge = Challenge abgeschlossen
recognition-reason-adjustment = Von einem Admin angepasst
recognition-reason-redemption = Prämie eingelöst
recognition-reason-refund = Einlösung storniert, Punkte erstattet
recognition-reason-reversal = Vergabe zurückgenommen
recognition-reason-welcome = Willkommensbonus
recognition-reason-survey = An einer Umfrage teilgenommen

## Bestenliste (/leaderboard)

recognition-period-week = Diese Woche
recognition-period-month = Diesen Monat
recognition-period-all-time = Insgesamt
recognition-choose-period = Wähle „Diese Woche“, „Diesen Monat“ oder „Insgesamt“.
recognition-leaderboard-empty = In diesem Zeitraum hat noch niemand Punkte gesammelt.
recognition-leaderboard-caption = Mitglieder mit den meisten Punkten
recognition-col-rank = Platz
recognition-col-member = Mitglied
recognition-col-level = Stufe
recognition-chose-not-listed = Du hast entschieden, nicht angezeigt zu werden.
recognition-change-that = Ändern
recognition-own-rank = { $points ->
    [one] Du bist auf Platz { $rank } mit { $points } Punkt.
   *[other] Du bist auf Platz { $rank } mit { $points } Punkten.
}

## Mitglied des Monats (Startseite)

recognition-spotlight-title = Mitglied des Monats

## Abzeichen (/badges) und die Karte eines Abzeichens

recognition-badge-manual-note = Wird vom Moderationsteam verliehen.
recognition-rarity-none = Hat noch niemand
recognition-rarity-rare = Selten: weniger als 1 % der Mitglieder
recognition-rarity-held = { $percent } % der Mitglieder haben es

## Abzeichen für Admins (/admin/badges)

recognition-badges-members-page = Abzeichenseite der Mitglieder
recognition-badge-saved = Abzeichen gespeichert.
recognition-badge-form-new = Neues Abzeichen
recognition-badge-form-change = Abzeichen ändern
recognition-name = Name
recognition-badge-description = Wofür es steht
recognition-badge-description-hint = Mitglieder lesen es auf der Abzeichenseite und in ihrem Profil.
recognition-badge-icon = Symbol
recognition-icon-chat = Sprechblase
recognition-icon-chats = Sprechblasen
recognition-icon-heart = Herz
recognition-icon-star = Stern
recognition-icon-book = Buch
recognition-icon-handshake = Handschlag
recognition-icon-cake = Torte
recognition-icon-shield = Schild
recognition-icon-rocket = Rakete
recognition-badge-rule = Vergabe
recognition-badge-rule-hint = Automatische Abzeichen gibt es, sobald der Zähler des Mitglieds den Schwellenwert erreicht (bei seinem nächsten Beitrag, Like, seiner nächsten Geschichte oder Empfehlung); manuelle verleiht das Moderationsteam über ein Profil.
recognition-awarded-by-moderators = Vom Moderationsteam verliehen
recognition-badge-rule-posts = Geschriebene Forenbeiträge
recognition-badge-rule-likes = Erhaltene Likes auf Beiträge
recognition-badge-rule-stories-approved = Freigegebene Geschichten
recognition-badge-rule-stories-featured = Hervorgehobene Geschichten
recognition-badge-rule-referrals = Geworbene Freunde, die beigetreten sind
recognition-badge-rule-member-days = Tage seit dem Beitritt
recognition-badge-threshold = Schwellenwert
recognition-badge-threshold-hint = Wie viele es braucht – bei einem automatischen Abzeichen.
recognition-badge-make = Abzeichen erstellen
recognition-badge-save = Abzeichen speichern
recognition-cancel = Abbrechen
recognition-badge-list = Alle Abzeichen
recognition-badge-counts = { $rule }: { $threshold }
recognition-badge-retired-note = Eingestellt: Wer es hat, behält es; niemand erhält es mehr
recognition-badge-change = Ändern
recognition-badge-change-named = { $name } ändern
recognition-badge-retire = Einstellen
recognition-badge-retire-named = { $name } einstellen
recognition-badge-restore = Reaktivieren
recognition-badge-restore-named = { $name } reaktivieren
recognition-badge-picture = Bild
recognition-badge-picture-upload = Bild hochladen
recognition-badge-picture-new = Ein Bild für { $name }
recognition-badge-picture-replace = Bild für { $name } ersetzen
recognition-badge-picture-help = JPEG, PNG, GIF oder WebP; wird mit 32 × 32 Pixeln anstelle des Symbols angezeigt, Transparenz bleibt erhalten. Ein quadratisches Bild sieht am besten aus.
recognition-badge-picture-send = Hochladen
recognition-badge-picture-remove = Wieder das mitgelieferte Symbol verwenden
recognition-badge-name-length = Gib dem Abzeichen einen Namen mit 1 bis { $max } Zeichen.
recognition-badge-description-length = Beschreibe in 1 bis { $max } Zeichen, wofür das Abzeichen steht.
recognition-badge-control-characters = Name und Beschreibung dürfen keine Steuerzeichen enthalten.
recognition-badge-choose-icon = Wähle eines der Symbole.
recognition-badge-unknown-rule = { $rule } kann ein Abzeichen nicht zählen; wähle einen Eintrag aus der Liste.
recognition-badge-threshold-range = Ein automatisches Abzeichen braucht einen Schwellenwert von 1 bis { $max }.
recognition-that-badge = Dieses Abzeichen
recognition-badge-retired-already = Dieses Abzeichen ist bereits eingestellt.
recognition-badge-not-retired = Dieses Abzeichen ist nicht eingestellt.

## Abzeichen verleihen und Mitglied des Monats (Moderation, im Profil)

recognition-badge-no-reason = Gib einen Grund an; das Mitglied sieht ihn.
recognition-reason-too-long = Der Grund darf höchstens { $max } Zeichen lang sein.
recognition-no-such-handle = Kein Mitglied hat diesen Benutzernamen.
recognition-badge-own = Du kannst dir selbst keine Abzeichen verleihen oder entziehen.
recognition-badge-choose = Wähle ein Abzeichen aus der Liste.
recognition-badge-award-retired = Dieses Abzeichen ist eingestellt: Es wird niemandem mehr verliehen.
recognition-badge-award-automatic = Dieses Abzeichen wird automatisch vergeben; es kann nicht von Hand verliehen werden.
recognition-badge-held-already = Das Mitglied hat dieses Abzeichen bereits.
recognition-badge-not-held = Das Mitglied hat dieses Abzeichen nicht.
recognition-citation-length = Schreib eine Würdigung mit 1 bis 500 Zeichen: Warum dieses Mitglied?
recognition-spotlight-own = Du kannst dich nicht selbst zum Mitglied des Monats machen.

## Punkte für Admins (/admin/points)

recognition-adjusted = { $count ->
    [one] Um { $amount } Punkt angepasst.
   *[other] Um { $amount } Punkte angepasst.
}
recognition-rules-title = Punkteregeln
recognition-rules-intro = Jede Vergabe wird zusammen mit dem Ereignis gespeichert, das sie auslöst; ein Tageslimit zählt ab 00:00 UTC. Eine ausgeschaltete Regel vergibt nur keine neuen Punkte mehr.
recognition-col-contribution = Aktivität
recognition-col-daily-cap = Tageslimit
recognition-col-on = Aktiv
recognition-save = Speichern
recognition-daily-cap-input = Tageslimit (leer für keins)
recognition-rule-welcome = Willkommensbonus für den Beitritt über die Empfehlung eines Freundes
recognition-rule-joined = Willkommensbonus für jedes neue Mitglied (einmalig, sobald die Adresse bestätigt ist)
recognition-rule-checklist = Jeder Schritt der Willkommens-Checkliste eines neuen Mitglieds (einmal pro Schritt)
recognition-rule-challenge-hint = jede Challenge vergibt ihre eigenen Punkte; dieser Wert wird nicht verwendet
recognition-levels-title = Stufen
recognition-levels-intro = Mitglieder erreichen eine Stufe durch ihre Gesamtpunkte; die niedrigste beginnt bei 0. Prämien können eine Stufe voraussetzen.
recognition-level-add-title = Stufe hinzufügen
recognition-level-from = Ab Punkten
recognition-add = Hinzufügen
recognition-adjust-title = Punkte eines Mitglieds anpassen
recognition-adjust-intro = Das Mitglied sieht den Grund in seinem Verlauf; die Änderung steht im Protokoll.
recognition-adjust-member = Mitglied (Benutzername oder E-Mail-Adresse)
recognition-adjust-amount = Punkte (negativ zum Abziehen)
recognition-adjust-reason = Grund
recognition-adjust = Anpassen
recognition-not-a-rule = { $rule } ist keine Regel.
recognition-the-amount = Der Wert
recognition-the-daily-cap = Das Tageslimit
recognition-points-not-whole = { $what } muss eine ganze Zahl von Punkten sein, etwa 10.
recognition-points-not-positive = { $what } muss größer als null sein.
recognition-points-too-many = { $what } darf höchstens { $max } Punkte betragen.
recognition-cap-below-amount = Das Tageslimit ist kleiner als eine einzelne Vergabe; lass es leer für kein Limit oder setz es mindestens auf den Wert.
recognition-that-rule = Diese Regel
recognition-level-name-length = Gib der Stufe einen Namen mit 1 bis 40 Zeichen.
recognition-level-threshold-invalid = Der Schwellenwert muss eine ganze Zahl von Punkten sein, 0 oder mehr.
recognition-level-missing = Diese Stufe gibt es nicht.
recognition-level-name-taken = Eine andere Stufe hat bereits diesen Namen.
recognition-level-threshold-taken = Eine andere Stufe beginnt bereits bei dieser Punktzahl.
recognition-level-lowest-moves = Die niedrigste Stufe beginnt bei 0 Punkten, damit jedes Mitglied eine Stufe hat; ihr Schwellenwert bleibt 0.
recognition-adjust-not-whole = Der Betrag muss eine ganze Zahl von Punkten sein: 50 fügt hinzu, -50 zieht ab.
recognition-adjust-zero = Der Betrag darf nicht null sein.
recognition-adjust-too-many = Eine Anpassung darf höchstens { $max } Punkte umfassen.
recognition-adjust-no-reason = Gib einen Grund an; das Mitglied sieht ihn in seinem Verlauf.
recognition-bad-request-key = Der Anfrageschlüssel fehlt oder ist ungültig; lade die Seite neu und versuch es noch einmal.
recognition-no-such-member = Kein Mitglied hat diesen Benutzernamen oder diese E-Mail-Adresse.
recognition-adjust-own = Du kannst deine eigenen Punkte nicht anpassen; bitte einen anderen Admin darum.
recognition-adjust-form-used = Dieses Formular wurde bereits für eine andere Anpassung verwendet; lade die Seite neu.
recognition-adjust-below-zero = Damit würde der Punktestand des Mitglieds unter null fallen.

## Beschriftungen für gemeinsame Bausteine (Reiter, Warteschlangen, Auswahlfelder)

recognition-period = Zeitraum
