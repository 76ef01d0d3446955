# Die Oberfläche von Chorus auf Deutsch. Wir duzen die Mitglieder, wie es in Communitys üblich ist.
# Übersetzt aus en/; dieselben Schlüssel, dieselben Platzhalter.

## Gemeinsam

loading = Wird geladen …
switch-current = (aktuell)
points-amount = { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
}
