## Prämien

rewards-title = Prämien
rewards-description = Die Prämien, gegen die Mitglieder ihre Punkte eintauschen können: Rabatte, Vorabzugang und mehr.
rewards-your-points = Deine Punkte
rewards-yours = Deine Prämien
rewards-history = Punkteverlauf
rewards-empty = Gerade gibt es keine Prämien. Schau bald wieder vorbei.
reward-unlimited = Unbegrenzt
reward-out-of-stock = Vergriffen
reward-left = Noch { $count } verfügbar
reward-until = Bis
reward-min-level = Ab Stufe { $level }
reward-group-only = Nur für die Gruppe { $group }
reward-confirm-question = { $points ->
    [one] { $points } Punkt für „{ $reward }“ einlösen?
   *[other] { $points } Punkte für „{ $reward }“ einlösen?
}
reward-redeem = Einlösen
reward-confirm = Bestätigen
reward-kind-discount = Rabattcode
reward-kind-physical = Sachprämie
reward-kind-early-access = Vorabzugang
reward-kind-experience = Erlebnis

## Warum eine Prämie nicht eingelöst werden kann

rewards-sign-in-to-redeem = Melde dich an, um sie einzulösen.
rewards-locked-inactive = Diese Prämie ist nicht mehr verfügbar.
rewards-locked-not-yet = Diese Prämie ist noch nicht verfügbar.
rewards-locked-ended = Diese Prämie ist nicht mehr verfügbar: Ihr Zeitraum ist vorbei.
rewards-locked-out-of-stock = Vergriffen.
rewards-locked-limit = Du hast diese Prämie so oft eingelöst, wie ein Mitglied darf ({ $limit }).
rewards-locked-level = Erreiche die Stufe { $level }, um diese Prämie freizuschalten.
rewards-locked-points = { $points ->
    [one] Dir fehlt noch { $points } Punkt.
   *[other] Dir fehlen noch { $points } Punkte.
}

## Deine Prämien

rewards-mine-empty = Du hast noch nichts eingelöst.
rewards-mine-browse = Sieh dir an, was es für deine Punkte gibt
# Vor dem Rabattcode einer erfüllten Einlösung.
rewards-your-code = Dein Code:

## Der Stand einer Einlösung

rewards-status-pending = Offen
rewards-status-fulfilled = Erfüllt
rewards-status-cancelled = Storniert

## Einlösungen (Admins)

rewards-redemptions-title = Einlösungen
rewards-redemptions-export = Alle als CSV exportieren
# Name der Reihe von Status-Reitern für Screenreader.
rewards-redemptions-status = Status
# Die Status-Reiter.
rewards-tab-pending = offen
rewards-tab-fulfilled = erfüllt
rewards-tab-cancelled = storniert
rewards-tab-all = alle
rewards-code = Code:
rewards-decision-note = Hinweis für das Mitglied (Sendungsnummer, Anleitung; nötig zum Stornieren)
rewards-fulfil = Erfüllen
rewards-cancel-refund = Stornieren und erstatten

## Prämienkatalog (Admins)

rewards-admin-title = Prämienkatalog
rewards-admin-to-fulfil = Einlösungen, die zu erfüllen sind
rewards-admin-empty = Noch keine Prämien: Leg unten die erste an.
rewards-admin-new = Neue Prämie
# In der Übersichtszeile einer Prämie: ihr Bestand.
rewards-admin-unlimited = unbegrenzt
rewards-admin-in-stock = { $count } auf Lager
rewards-admin-redeemed = { $count } eingelöst
rewards-admin-inactive = inaktiv
rewards-admin-codes = Codes hinzufügen, einer pro Zeile ({ $count } unbenutzt)
rewards-admin-add-codes = Codes hinzufügen

## Das Prämienformular

rewards-field-title = Titel
rewards-field-description = Beschreibung
rewards-field-kind = Art
rewards-field-cost = Preis in Punkten
rewards-field-stock = Bestand (leer: unbegrenzt)
rewards-field-per-member = Pro Mitglied (leer: kein Limit)
rewards-field-level = Mindeststufe
rewards-field-level-anyone = Alle
rewards-field-starts = Erster Tag (UTC, optional)
rewards-field-ends = Letzter Tag (UTC, optional)
rewards-field-active = Im Angebot
rewards-create = Prämie anlegen
rewards-save = Speichern

## Das Bild einer Prämie

rewards-picture = Bild
rewards-picture-legacy = Diese Prämie hatte eine Bildadresse ({ $url }), die Browser nie angezeigt haben: Die Website zeigt nur Bilder, die auf sie hochgeladen wurden. Lade das Bild stattdessen hier hoch; beim Speichern der Prämie wird die alte Adresse gelöscht.
rewards-picture-alt = Das Bild von { $reward }
rewards-picture-remove = Bild entfernen
rewards-picture-replace = Bild ersetzen
rewards-picture-upload = Ein Bild hochladen
rewards-picture-help = JPEG, PNG, GIF oder WebP; wird in höchstens 800 × 800 Pixeln angezeigt, Transparenz bleibt erhalten.
rewards-picture-send = Hochladen

## Was in den Formularen geprüft wird

rewards-title-missing = Gib der Prämie einen Titel.
rewards-title-too-long = Der Titel darf höchstens { $max } Zeichen lang sein.
rewards-description-too-long = Die Beschreibung darf höchstens { $max } Zeichen lang sein.
rewards-kind-missing = Wähle, welche Art von Prämie das ist.
# Die nächsten drei beginnen rewards-whole-number.
rewards-cost-what = Der Preis
rewards-stock-what = Der Bestand
rewards-limit-what = Das Limit pro Mitglied
rewards-whole-number = { $what } muss eine ganze Zahl ab 0 sein (oder leer bleiben).
rewards-cost-invalid = Der Preis muss eine ganze Zahl von Punkten sein, größer als null.
rewards-limit-zero = Lass das Feld leer, wenn es kein Limit geben soll, oder setz es auf 1 oder mehr.
rewards-level-unknown = Wähle eine Stufe aus der Liste.
rewards-ends-before-start = Der letzte Tag muss am oder nach dem ersten Tag liegen.
rewards-codes-missing = Füge mindestens einen Code ein, einen pro Zeile.
rewards-codes-too-many = Füge höchstens { $max } Codes auf einmal hinzu.
# $start sind die ersten 20 Zeichen des Codes.
rewards-code-too-long = Der Code { $start }… ist länger als { $max } Zeichen.
rewards-code-twice = Der Code { $code } steht doppelt in der Liste.
rewards-cancel-note-missing = Gib an, warum storniert wird; das Mitglied liest es.
rewards-note-too-long = Der Hinweis darf höchstens { $max } Zeichen lang sein.

## Ablehnungen

rewards-key-reused = Dieser Anfrageschlüssel wurde für eine andere Prämie verwendet; lade die Seite neu und versuch es noch einmal.
rewards-group-redeemed-outside = { $count ->
    [one] { $count } Mitglied außerhalb dieser Gruppe hat diese Prämie eingelöst: Sie jetzt zu beschränken, würde verbergen, was es bekommen hat. Leg stattdessen eine neue Prämie für die Gruppe an.
   *[other] { $count } Mitglieder außerhalb dieser Gruppe haben diese Prämie eingelöst: Sie jetzt zu beschränken, würde verbergen, was sie bekommen haben. Leg stattdessen eine neue Prämie für die Gruppe an.
}
rewards-reload = Lade die Seite neu und versuch es noch einmal.
rewards-stock-moved = Mitglieder haben diese Prämie eingelöst, während das Formular offen war: Der Bestand ist jetzt { $stock }. Lade neu und versuch es noch einmal.
rewards-stock-moved-unlimited = Mitglieder haben diese Prämie eingelöst, während das Formular offen war: Der Bestand ist jetzt unbegrenzt. Lade neu und versuch es noch einmal.
rewards-codes-wrong-kind = Codes lassen sich nur in Prämien vom Typ Rabattcode laden.
rewards-status-unknown = Wähle offen, erfüllt, storniert oder alle.
rewards-decision-unknown = Wähle Erfüllen oder Stornieren.
# $status ist der Stand der Einlösung, wie gespeichert: fulfilled oder cancelled.
rewards-fulfil-refused = { $status ->
    [fulfilled] Diese Einlösung ist bereits erfüllt; nur offene lassen sich erfüllen.
    [cancelled] Diese Einlösung ist bereits storniert; nur offene lassen sich erfüllen.
   *[other] Diese Einlösung ist bereits { $status }; nur offene lassen sich erfüllen.
}
rewards-cancel-refused = { $status ->
    [fulfilled] Diese Einlösung ist bereits erfüllt; nur offene lassen sich stornieren.
    [cancelled] Diese Einlösung ist bereits storniert; nur offene lassen sich stornieren.
   *[other] Diese Einlösung ist bereits { $status }; nur offene lassen sich stornieren.
}
rewards-not-pending = Diese Einlösung ist nicht offen: Vielleicht wurde sie schon erledigt.

## Beschriftungen für gemeinsame Bausteine (Reiter, Warteschlangen, Auswahlfelder)

rewards-who-sees = Wer sie sieht
rewards-everyone = Alle
rewards-group-hint = Eine Prämie, die auf eine Gruppe beschränkt ist, sehen und einlösen nur deren Mitglieder.
