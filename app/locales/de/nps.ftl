## NPS: das Umfragebanner, das Mitglieder beantworten

# Name des Banners für Screenreader.
nps-survey = Umfrage
# Die Frage, mit der eine neue Umfrage beginnt; bleibt sie unverändert, stellt die Umfrage sie jedem Mitglied in seiner Sprache.
nps-default-question = Wie wahrscheinlich ist es, dass du uns einem Freund oder Kollegen weiterempfiehlst?
nps-why-label = Was ist der wichtigste Grund für deine Bewertung? (optional)
nps-scale-low = 0 = überhaupt nicht wahrscheinlich
nps-scale-high = 10 = äußerst wahrscheinlich
nps-submit = Absenden
nps-not-now = Jetzt nicht
nps-thanks = Danke für deine Antwort!
nps-earned = { $points ->
    [one] Du hast { $points } Punkt erhalten.
   *[other] Du hast { $points } Punkte erhalten.
}

## Die Umfrageseite der Admins

nps-admin-title = NPS-Umfragen
nps-saved = Gespeichert.
nps-loading-results = Ergebnisse werden geladen …
nps-surveys-empty = Noch keine Umfragen.
# Eine Umfrage in der Liste: „Offen · alle 90 Tage · 12 Antworten, 3 aufgeschoben“.
nps-survey-summary = { $phase } · alle { $days } Tage · { $answers } Antworten, { $dismissed } aufgeschoben
nps-edit = Bearbeiten
nps-create = Umfrage erstellen
nps-phase-not-started = Noch nicht begonnen
nps-phase-open = Offen
nps-phase-closed = Beendet

## Das Formular einer Umfrage

nps-field-title = Titel (für Admins)
nps-field-question = Frage (Mitglieder antworten von 0 bis 10)
nps-field-ask-why = Nach dem Grund für die Bewertung fragen (freier Text, optional)
nps-field-period = Erneut fragen nach (Tage, { $min }–{ $max })
nps-field-first-day = Erster Tag (UTC)
nps-field-last-day = Letzter Tag (UTC, optional)
nps-field-group = Wer gefragt wird
nps-everyone = Alle Mitglieder
nps-field-group-hint = Eine Umfrage für eine Gruppe fragt nur deren Mitglieder.
nps-fixed-note = Mitglieder haben schon geantwortet, deshalb bleiben der erste Tag und der Zeitraum, wie sie sind: Antworten werden ab dem ersten Tag nach Zeiträumen gezählt.
nps-create-survey = Umfrage erstellen
nps-save = Speichern

## Die Ergebnisse einer Umfrage

nps-results-title = Ergebnisse: { $title }
nps-results-meta = „{ $question }“ · { $phase }
nps-col-answers = Antworten
nps-promoters-range = Promotoren (9–10)
nps-passives-range = Passive (7–8)
nps-detractors-range = Kritiker (0–6)
# Antworten einer Gruppe und ihr Anteil: „12 (40 %)“.
nps-part = { $count } ({ $percent } %)
nps-put-off = Aufgeschoben („Jetzt nicht“)
nps-score-note = Der Wert ist der Anteil der Promotoren minus den Anteil der Kritiker, von −100 bis 100.
nps-export = Antworten als CSV exportieren
nps-per-score = Antworten pro Bewertung
nps-trend = Verlauf nach Monat (UTC)
nps-comments = Kommentare
nps-tab-all = Alle
nps-promoters = Promotoren
nps-passives = Passive
nps-detractors = Kritiker
nps-comments-empty = Hier gibt es keine Kommentare.
# Die Gruppe eines Mitglieds, in einer Tabellenzelle oder neben einem Kommentar.
nps-promoter = Promotor
nps-passive = Passiv
nps-detractor = Kritiker

## Die Diagramme

nps-dist-summary = Antworten pro Bewertung von 0 bis 10: { $counts }.
nps-dist-bar = { $score }: { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
nps-dist-caption = { $count ->
    [one] { $count } Antwort.
   *[other] { $count } Antworten.
} Kritiker 0–6, Passive 7–8, Promotoren 9–10.
nps-per-score-table = Antworten pro Bewertung als Tabelle
nps-col-score = Bewertung
nps-col-group = Gruppe
nps-no-answers = Noch keine Antworten.
nps-trend-month-empty = { $month }: keine Antworten
nps-trend-dot = { $month }: NPS { $score } aus { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
nps-by-month = NPS nach Monat
nps-trend-desc = Net Promoter Score pro Kalendermonat (UTC), −100 bis 100: { $months }.
nps-by-month-table = NPS nach Monat als Tabelle
nps-col-month = Monat

## Prüfung einer Umfrage und einer Antwort

nps-title-missing = Gib der Umfrage einen Titel.
nps-title-too-long = Ein Titel darf höchstens { $max } Zeichen lang sein.
nps-question-missing = Schreib die Frage, die Mitglieder beantworten.
nps-question-too-long = Die Frage darf höchstens { $max } Zeichen lang sein.
nps-period-invalid = Gib für „Erneut fragen nach“ eine ganze Zahl von Tagen zwischen { $min } und { $max } an.
nps-first-day-missing = Gib den ersten Tag an.
nps-last-day-before-first = Der letzte Tag darf nicht vor dem ersten Tag liegen.
nps-score-invalid = Wähle eine Bewertung von 0 bis 10.
nps-comment-too-long = Dein Grund darf höchstens { $max } Zeichen lang sein.

## Ablehnungen

nps-choice-unknown = Beantworte die Umfrage oder wähle „Jetzt nicht“.
nps-not-started = Diese Umfrage hat noch nicht begonnen.
nps-closed = Diese Umfrage ist beendet; trotzdem vielen Dank.
nps-already-answered = Du hast diese Umfrage in diesem Zeitraum schon beantwortet.
nps-schedule-fixed = Mitglieder haben diese Umfrage schon beantwortet, und ihre Antworten werden ab dem ersten Tag nach Zeiträumen gezählt: Der erste Tag und der Zeitraum lassen sich nicht mehr ändern. Beende sie und starte stattdessen eine neue Umfrage.

## Beschriftungen für gemeinsame Bausteine (Reiter, Warteschlangen, Auswahlfelder)

nps-comments-by-group = Kommentare nach Gruppe
