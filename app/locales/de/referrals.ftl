### Empfehlungen: der Einladungslink eines Mitglieds, die Prüfung durch Admins, gemeldete Bestellungen und die Regeln des Programms.

## Freunde einladen (/me/referrals)

referrals-invite-title = Freunde einladen
referrals-how = { $points ->
    [one] Du bekommst { $points } Punkt, wenn jemand, den du eingeladen hast, beitritt und die Bedingung erfüllt ({ $when }).
   *[other] Du bekommst { $points } Punkte, wenn jemand, den du eingeladen hast, beitritt und die Bedingung erfüllt ({ $when }).
}
referrals-qualify-sign-up = bei der Registrierung
referrals-qualify-first-post = nach dem ersten Forenbeitrag
referrals-qualify-first-story = nach der ersten freigegebenen Geschichte
referrals-qualify-conversion = sobald aus der Person ein Kunde wird
referrals-how-off = Punkte für Empfehlungen sind gerade ausgeschaltet, aber deine Freunde können trotzdem über deinen Link beitreten.
referrals-how-hold = { $days ->
    [one] Die Punkte kommen { $days } Tag nach Erfüllung der Bedingung.
   *[other] Die Punkte kommen { $days } Tage nach Erfüllung der Bedingung.
}
referrals-welcome-bonus = { $points ->
    [one] Wer über dich beitritt, bekommt einen Willkommensbonus von { $points } Punkt.
   *[other] Wer über dich beitritt, bekommt einen Willkommensbonus von { $points } Punkten.
}
referrals-gift-title = Dein Willkommensgeschenk
referrals-gift-received = Als eingeladenes Mitglied hast du { $reward } bekommen:
referrals-share-title = Komm mit mir in unsere Kunden-Community
referrals-stats = Deine Empfehlungen
referrals-stat-clicks = Linkaufrufe
referrals-stat-signed-up = Registriert
referrals-stat-customers = Zu Kunden geworden
referrals-stat-qualified = Bedingung erfüllt
referrals-stat-points = Gesammelte Punkte
referrals-people = Personen, die du geworben hast
referrals-people-empty = Über deinen Link ist noch niemand beigetreten. Teile ihn mit Kolleginnen und Kollegen, denen die Community gefallen würde.
referrals-col-friend = Person
referrals-col-referred = Geworben am
referrals-col-customer = Kunde
referrals-col-status = Status
referrals-became-customer-on = Kunde seit
referrals-not-yet = Noch nicht
referrals-points-on = Punkte am
referrals-customer-not-member = Ein Kunde (kein Mitglied)
referrals-status-signed-up = Registriert
referrals-status-held = In Prüfung
referrals-status-qualified = Bedingung erfüllt
referrals-status-rewarded = Belohnt
referrals-status-rejected = Nicht berechtigt
referrals-status-reversed = Belohnung zurückgenommen

## Die Einladung im Registrierungsformular

referrals-invited-by = Du wurdest von { $name } eingeladen.
referrals-invitation-unknown = Dieser Einladungslink ist ungültig, daher wird niemandem etwas gutgeschrieben. Du kannst trotzdem beitreten.
referrals-invitation-gone = Das Mitglied, das dich eingeladen hat, gehört nicht mehr zur Community, daher wird niemandem etwas gutgeschrieben. Du kannst trotzdem beitreten.

## Empfehlungen für Admins (/admin/referrals)

referrals-title = Empfehlungen
referrals-tab-held = Zur Prüfung angehalten ({ $count })
referrals-tab-flagged = Markiert
referrals-tab-customers = Kunden
referrals-tab-all = Alle
referrals-referred-by = Geworben von
referrals-signed-up-on = registriert am
referrals-from-ip = von { $ip }
referrals-qualified-on = Bedingung erfüllt am
referrals-became-customer = Kunde geworden
referrals-flag-self = Selbstempfehlung
referrals-flag-ip-burst = Mehrere Registrierungen von einer Adresse
referrals-flag-daily-cap = Tageslimit erreicht
referrals-flag-spam = Als Spam entfernt
referrals-choose-decision = Entscheide dich: annehmen oder ablehnen.
referrals-the-note = Die Notiz
referrals-note-missing = Schreib, warum die Empfehlung abgelehnt wird; die Admins nach dir lesen es.
referrals-not-held = Diese Empfehlung wartet nicht mehr auf eine Entscheidung.

## Bestellungen melden (/admin/referrals?tab=customers)

referrals-report-title = Bestellungen melden
referrals-report-format = Eine Kopfzeile mit den Spaltennamen, dann eine Bestellung pro Zeile:
referrals-report-email = (die der geworbenen Person)
referrals-report-code = (der verwendete Empfehlungscode)
referrals-report-order = (Pflicht: Eine Bestellung zählt einmal, egal wie oft sie gesendet wird)
referrals-report-amount = (in { $currency }, etwa 49.90, optional). Gib die E-Mail-Adresse, den Code oder beides an.
referrals-report-max = Bis zu { $count } Bestellungen auf einmal.
referrals-report-preview = Die Vorschau prüft jede Zeile und speichert nichts; bereits erfasste Bestellungen werden übersprungen, sodass ein abgebrochener Upload einfach erneut gesendet werden kann.
referrals-report-paste = Zeilen einfügen
referrals-report-file = Oder eine CSV-Datei auswählen
referrals-report-preview-button = Vorschau
referrals-report-record = Bestellungen erfassen
referrals-upload-preview-title = Vorschau: Es wurde nichts erfasst
referrals-upload-title = Bestellungen erfasst
referrals-upload-preview-summary = { $read ->
    [one] { $read } Bestellung gelesen: { $recorded } würden erfasst, { $already } bereits früher erfasst, { $refused } abgelehnt.
   *[other] { $read } Bestellungen gelesen: { $recorded } würden erfasst, { $already } bereits früher erfasst, { $refused } abgelehnt.
}
referrals-upload-summary = { $read ->
    [one] { $read } Bestellung gelesen: { $recorded } erfasst, { $already } bereits früher erfasst, { $refused } abgelehnt.
   *[other] { $read } Bestellungen gelesen: { $recorded } erfasst, { $already } bereits früher erfasst, { $refused } abgelehnt.
}
referrals-upload-rewarded = Belohnte Werbende: { $count }.
referrals-upload-preview-caption = Die ersten Bestellungen, die erfasst würden
referrals-upload-caption = Die ersten erfassten Bestellungen
referrals-col-line = Zeile
referrals-col-email = E-Mail
referrals-col-code = Code
referrals-col-order = Bestellung
referrals-col-amount = Betrag
referrals-sheet-orders = Bestellungen
referrals-sheet-nothing = Es wurde nichts erfasst.
referrals-sheet-needs = Die erste Zeile nennt die Spalten: email, code, order_ref, amount.
referrals-sheet-tip = , und schreib Beträge ohne Tausendertrennzeichen
referrals-sheet-no-header = Die erste Zeile muss die Spalten nennen: order_ref sowie email oder code (amount und currency können folgen). Es wurde nichts erfasst.
referrals-sheet-duplicate = Diese Bestellung steht bereits in Zeile { $line }.
referrals-code-invalid = „{ $code }“ kann kein Empfehlungscode sein (6 bis 16 Buchstaben und Ziffern).
referrals-email-or-code = Gib die E-Mail-Adresse der geworbenen Person oder den Empfehlungscode an (oder beides).
referrals-order-missing = Gib die Bestellnummer an, damit eine doppelt gesendete Meldung nur einmal zählt.
referrals-order-too-long = Die Bestellnummer muss eine Zeile mit höchstens { $max } Zeichen sein.
referrals-currency-differs = Dieses Programm zählt Umsätze in { $currency }; rechne den Betrag um oder lass die Währung weg.
referrals-amount-invalid = „{ $amount }“ ist kein Betrag: Schreib ihn mit Punkt für Dezimalstellen und ohne Tausendertrennzeichen, etwa 1250.50.
referrals-amount-too-large = { $amount } ist mehr als jede einzelne Bestellung: Das Maximum ist { $max }.
referrals-no-referral = Niemand hat diese E-Mail-Adresse geworben: Gib zusätzlich den Empfehlungscode an, den die Person verwendet hat.
referrals-unknown-code = Kein Mitglied hat den Empfehlungscode „{ $code }“.
referrals-code-gone = Das Mitglied mit dem Code „{ $code }“ gehört nicht mehr zur Community.
referrals-order-differs = Die Bestellung „{ $order }“ wurde bereits mit einer anderen E-Mail-Adresse, einem anderen Code oder Betrag gemeldet; sie zählt nur einmal.

## Empfehlungsregeln (/admin/referrals)

referrals-rules-title = Empfehlungsregeln
referrals-rules-saved = Empfehlungsregeln gespeichert.
referrals-field-qualify = Eine Empfehlung zählt
referrals-reward-on-sign-up = Werbende belohnen, sobald sich die Person registriert
referrals-reward-on-first-post = Werbende belohnen nach dem ersten Forenbeitrag der Person
referrals-reward-on-first-story = Werbende belohnen nach der ersten freigegebenen Geschichte der Person
referrals-reward-on-conversion = Werbende belohnen, sobald aus der Person ein Kunde wird
referrals-field-hold = Wartezeit vor der Auszahlung (Tage)
referrals-field-hold-hint = 0 bis { $max }. Zeit, um ein Fake-Konto zu erkennen, bevor die Punkte ausgezahlt werden.
referrals-field-daily-cap = Belohnte Empfehlungen pro werbender Person und Tag
referrals-field-daily-cap-hint = Weitere warten bis zum nächsten Tag.
referrals-field-ip-burst = Anhalten ab so vielen Registrierungen pro Adresse und Stunde
referrals-field-ip-burst-hint = Zur Prüfung angehalten, nie abgelehnt: Büros und Hochschulen teilen sich Adressen.
referrals-field-landing = Empfehlungslinks führen zu
referrals-field-landing-hint = Leer: die Registrierungsseite der Community. Oder eine Seite deiner Website (https://…), die den Code als Abfrageparameter erhält, um ihn an der Kasse anzuwenden.
referrals-field-param = Name des Code-Parameters
referrals-field-param-hint = Die Zielseite erhält standardmäßig ?ref=<code>.
referrals-field-currency = Währung gemeldeter Bestellungen
referrals-field-currency-hint = Drei Buchstaben (USD, EUR, GBP): Umsätze aus Empfehlungen werden darin gezählt.
referrals-field-gift = Das Geschenk für die geworbene Person
referrals-no-gift = Kein Geschenk (einseitige Empfehlungen)
referrals-gift-no-codes = Im Pool der gewählten Prämie ist kein Code mehr übrig: Geworbene bekommen keinen, bis du Codes hinzufügst.
referrals-gift-codes-left = { $count ->
    [one] Noch { $count } Code übrig. Geworbene bekommen einen, sobald sie ihre Adresse bestätigen, per E-Mail und auf ihrer Empfehlungsseite.
   *[other] Noch { $count } Codes übrig. Geworbene bekommen einen, sobald sie ihre Adresse bestätigen, per E-Mail und auf ihrer Empfehlungsseite.
}
referrals-gift-hint = Ein Code aus dem Pool einer Rabattcode-Prämie, den Geworbene per E-Mail bekommen, sobald sie ihre Adresse bestätigen. Halte dafür eine eigene Prämie bereit (sie kann inaktiv sein, damit Mitglieder keine Punkte dafür ausgeben).
referrals-rules-points-before = Die Belohnung für Werbende und der Willkommensbonus für Neue sind die
referrals-rules-points-link = Punkteregeln für Empfehlungen und Willkommensbonus
referrals-rules-points-after = .
referrals-rules-save = Empfehlungsregeln speichern
referrals-choose-qualify = Wähle, wann eine Empfehlung zählt.
referrals-hold-range = Die Wartezeit muss eine ganze Zahl von Tagen zwischen { $min } und { $max } sein.
referrals-daily-cap-range = Das Tageslimit muss eine ganze Zahl von Empfehlungen zwischen { $min } und { $max } sein.
referrals-ip-burst-range = Das Limit für Registrierungen pro Adresse muss eine ganze Zahl zwischen { $min } und { $max } sein.
referrals-param-invalid = Der Parametername darf Buchstaben, Ziffern, „_“, „-“ und „.“ enthalten, höchstens 40 davon.
referrals-landing-invalid = Die Zielseite muss eine vollständige Adresse sein, die mit https:// (oder http://) beginnt, ohne Leerzeichen.
referrals-landing-too-long = Die Adresse der Zielseite ist länger als { $max } Zeichen.
referrals-currency-invalid = Die Währung muss ein Code aus drei Buchstaben sein, etwa USD, EUR oder GBP.
referrals-choose-gift = Wähle eine der Rabattcode-Prämien.

## Beschriftungen für gemeinsame Bausteine (Reiter, Warteschlangen, Auswahlfelder)

referrals-refused-order = Bestellung
referrals-note-label = Notiz (zum Ablehnen erforderlich)
referrals-queue-label = Empfehlungen
referrals-queue-empty-held = Keine Empfehlung wartet auf eine Entscheidung.
referrals-queue-empty-flagged = Keine Betrugsprüfung hat eine Empfehlung markiert.
referrals-queue-empty-customers = Noch ist kein geworbener Freund Kunde geworden. Melde Bestellungen unten oder über die API.
referrals-queue-empty-all = Bisher ist niemand über einen Empfehlungslink beigetreten.
referrals-your-link = Dein Einladungslink
