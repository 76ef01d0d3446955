## Bausteine vieler Seiten

# Die Schaltflächen einer Entscheidung des Teams (eine Empfehlung, eine erledigte Challenge, ein zurückgehaltener Beitrag).
ui-approve = Freigeben
ui-reject = Ablehnen

## Die Seitennavigation unter einer Liste

# Name der Seitennavigation für Screenreader.
ui-pages = Seiten
ui-previous = ← Zurück
ui-page-of = Seite { $page } von { $last }
ui-next = Weiter →

## Eine Seite, die nicht angezeigt werden konnte

ui-problem-not-found = Nicht gefunden
ui-problem-gone = Nicht mehr verfügbar
ui-problem-sign-in = Bitte melde dich an
ui-problem-forbidden = Nicht erlaubt
ui-problem-unconfirmed = Bestätige deine E-Mail-Adresse
ui-problem-restricted = Nicht, solange du eingeschränkt bist
ui-problem-other = Etwas ist schiefgelaufen
ui-back-to-forum = Zurück zum Forum

## Eine Moderations-Warteschlange

ui-nothing-here = Hier ist nichts.

## Die abgelehnten Zeilen eines Uploads

ui-refused-lines = Abgelehnte Zeilen
# Spaltenköpfe: die Nummer der Zeile, dann (eine andere Spalte) worum es in der Zeile ging, dann warum sie abgelehnt wurde.
ui-refused-line = Zeile
ui-refused-why = Grund
# In der Zeilenspalte, wenn die ganze Datei abgelehnt wurde.
ui-refused-the-file = Die Datei
ui-refused-more = { $count ->
    [one] … und { $count } weitere abgelehnte Zeile.
   *[other] … und { $count } weitere abgelehnte Zeilen.
}

## Einen Link teilen

ui-share-story = Diese Geschichte teilen
ui-share-link = Link
ui-copy-link = Link kopieren
ui-link-copied = Link kopiert.
ui-share-x = Auf X (Twitter) teilen
ui-share-linkedin = Auf LinkedIn teilen
ui-share-email = Per E-Mail teilen

## Der Punktestand eines Mitglieds

ui-balance = Guthaben
# Alle jemals gesammelten Punkte.
ui-lifetime = Insgesamt
ui-level = Stufe
ui-points-to-level = { $points ->
    [one] Noch { $points } Punkt bis { $level }
   *[other] Noch { $points } Punkte bis { $level }
}
