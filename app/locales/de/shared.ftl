# Die Oberfläche von Chorus auf Deutsch. Wir duzen die Mitglieder, wie es in Communitys üblich ist.
# Übersetzt aus en/; dieselben Schlüssel, dieselben Platzhalter.

## Gemeinsam

loading = Wird geladen …
switch-current = (aktuell)
points-amount = { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
}

## Fehler, die jede Seite zeigen kann (app/src/error.rs)

error-unauthorized = Bitte melde dich an, um fortzufahren.
error-forbidden = Dazu bist du nicht berechtigt.
error-unconfirmed = Bestätige zuerst deine E-Mail-Adresse: Öffne den Link, den wir dir geschickt haben, oder fordere auf deiner Kontoseite einen neuen an.
error-not-found = { $what } wurde nicht gefunden.
error-gone = { $what } ist nicht mehr verfügbar.
error-rate-limited = Zu viele Versuche. Bitte warte { $wait } und versuche es dann erneut.
error-wait-second = eine Sekunde
error-wait-seconds = { $seconds } Sekunden
error-wait-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
error-internal = Bei uns ist etwas schiefgelaufen. Bitte versuche es gleich noch einmal.
error-transport = Der Server war nicht erreichbar ({ $why }). Prüfe deine Verbindung und versuche es erneut.
error-form-unreadable = Das Formular konnte nicht gelesen werden: { $why }

## Was ein Fehler als nicht gefunden nennen kann (vor error-not-found)

error-that-active-token = Dieses aktive Token
error-that-application = Diese Beitrittsanfrage
error-that-category = Diese Kategorie
error-that-endpoint = Dieser Endpunkt
error-that-group = Diese Gruppe
error-that-group-member = Dieses Gruppenmitglied
error-that-link = Dieser Link
error-that-member = Dieses Mitglied
error-that-picture = Dieses Bild
error-that-post = Dieser Beitrag
error-that-provider = Dieser Anbieter
error-that-request = Diese Anfrage
error-that-reward = Diese Prämie
error-that-survey = Diese Umfrage
error-that-topic = Dieses Thema
error-that-upload = Dieser Upload
error-that-page = Seite { $page } (die letzte Seite ist { $last })
error-that-legal-version = Version { $version } { $kind ->
    [terms] der Nutzungsbedingungen
    [privacy] der Datenschutzhinweise
   *[guidelines] der Community-Richtlinien
}
