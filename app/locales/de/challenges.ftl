### Challenges: was Mitglieder für Punkte erledigen, und wie Moderation und Admins sie betreuen.

## Challenges (/challenges)

challenges-title = Challenges
challenges-lead = Kleine Dinge, die der Community helfen, jedes mit Punkten belohnt: Schließ eines ab, und die Punkte gehören dir.
challenges-empty = Gerade laufen keine Challenges. Schau bald wieder vorbei.
challenges-places-left = { $count ->
    [one] Noch { $count } Platz frei
   *[other] Noch { $count } Plätze frei
}
challenges-ends = endet am
challenges-status-pending = Wartet auf Prüfung
challenges-status-approved = Abgeschlossen
challenges-status-rejected = Nicht angenommen
challenges-sign-in = Melde dich an, um mitzumachen.
challenges-closed-inactive = Diese Challenge läuft gerade nicht.
challenges-closed-not-yet = Diese Challenge hat noch nicht begonnen.
challenges-closed-ended = Diese Challenge ist beendet.
challenges-closed-full = Alle Plätze dieser Challenge sind vergeben.
challenges-closed-done = Du hast diese Challenge bereits abgeschlossen.
challenges-closed-waiting = Dein Abschluss wartet auf die Prüfung durch das Moderationsteam.
challenges-evidence-label = Was du getan hast (mit Link, falls es einen gibt)
challenges-submit-review = Zur Prüfung einreichen
challenges-your-answer = Deine Antwort
challenges-answer = Antworten
challenges-open-link = Link öffnen und abschließen

## Eine Challenge abschließen: Antworten des Servers

challenges-say-how = Gib an, wie du sie abschließt.
challenges-an-answer = Die Antwort
challenges-what-you-did = Deine Beschreibung
challenges-evidence-missing = Beschreib, was du getan hast, mit Link, falls es einen gibt; jemand aus dem Moderationsteam liest es.
challenges-wrong-answer = Das ist nicht die richtige Antwort. Versuch es noch einmal.
challenges-wrong-kind = Diese Challenge wird auf andere Weise abgeschlossen; lade die Seite neu.
challenges-that-challenge = Diese Challenge

## Challenges für Admins (/admin/challenges)

challenges-saved = Gespeichert.
challenges-publish-new = Neue Challenge veröffentlichen
challenges-none-yet = Noch keine Challenges.
challenges-running = aktiv
challenges-off = aus
challenges-admin-summary = { $title } · { $points } Punkte · { $running } · { $completed } abgeschlossen, { $taken ->
    [one] { $taken } Platz vergeben
   *[other] { $taken } Plätze vergeben
}
challenges-field-title = Titel
challenges-field-description = Was zu tun ist
challenges-field-points = Punkte
challenges-field-places = Plätze (leer: unbegrenzt)
challenges-field-first-day = Erster Tag (UTC, optional)
challenges-field-last-day = Letzter Tag (UTC, optional)
challenges-field-mode = Wie sie abgeschlossen wird
challenges-mode-review = Das Moderationsteam prüft, was das Mitglied getan hat
challenges-mode-link = Abgeschlossen durch Aufrufen eines Links
challenges-mode-answer = Abgeschlossen durch Beantworten einer Frage
challenges-field-link = Aufzurufender Link (Link-Challenges, https://)
challenges-field-answer = Erwartete Antwort (Antwort-Challenges; Groß- und Kleinschreibung und Leerzeichen zählen nicht)
challenges-field-running = Aktiv
challenges-publish = Challenge veröffentlichen
challenges-save = Speichern
challenges-title-missing = Gib der Challenge einen Titel.
challenges-a-title = Der Titel
challenges-a-description = Die Beschreibung
challenges-the-points = Die Punktzahl
challenges-the-completions = Die Anzahl der Plätze
challenges-the-answer = Die Antwort
challenges-points-range = Die Punktzahl muss eine ganze Zahl von 1 bis { $max } sein.
challenges-ends-before-start = Der letzte Tag muss am oder nach dem ersten Tag liegen.
challenges-places-zero = Lass das Feld leer für unbegrenzt, oder gib 1 oder mehr an.
challenges-choose-mode = Wähle, wie die Challenge abgeschlossen wird.
challenges-link-needed = Eine Link-Challenge braucht eine https://-Adresse zum Aufrufen.
challenges-answer-needed = Eine Antwort-Challenge braucht ihre Antwort.
challenges-places-taken = { $count ->
    [one] { $count } Platz ist bereits vergeben; das Limit kann nicht niedriger sein.
   *[other] { $count } Plätze sind bereits vergeben; das Limit kann nicht niedriger sein.
}

## Abschlüsse für die Moderation (/mod/challenges)

challenges-completions-title = Challenge-Abschlüsse
challenges-tab-pending = Offen
challenges-tab-approved = Angenommen
challenges-tab-rejected = Abgelehnt
challenges-choose-decision = Entscheide dich: annehmen oder ablehnen.
challenges-a-note = Die Notiz
challenges-note-missing = Schreib, warum der Abschluss nicht angenommen wird; das Mitglied liest es.
challenges-decided-approved = Über diesen Abschluss wurde bereits entschieden: angenommen.
challenges-decided-rejected = Über diesen Abschluss wurde bereits entschieden: nicht angenommen.
challenges-own-completion = Du kannst deinen eigenen Abschluss nicht annehmen; das übernimmt jemand anderes aus dem Moderationsteam.
challenges-that-completion = Dieser Abschluss

## Beschriftungen für gemeinsame Bausteine (Reiter, Warteschlangen, Auswahlfelder)

challenges-queue-status = Status
challenges-note-label = Notiz für das Mitglied (zum Ablehnen erforderlich)
challenges-who-sees = Wer sie sieht
challenges-everyone = Alle
challenges-group-hint = Eine Challenge, die auf eine Gruppe beschränkt ist, sehen und erledigen nur deren Mitglieder.
