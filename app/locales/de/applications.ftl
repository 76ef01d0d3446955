## Beitrittsanfragen: Die Person bestätigt ihre Adresse

applications-confirm-title = Bestätige deine Anfrage
applications-confirm-text = Ein Klick bestätigt deine Adresse, und deine Anfrage geht an das Team.
applications-confirm-button = Bestätigen und Anfrage senden
applications-sent-title = Anfrage gesendet
applications-sent-heading = Danke: Deine Anfrage liegt jetzt beim Team
applications-sent-text = Wir schicken dir eine E-Mail, sobald es entschieden hat. Nach der Annahme meldest du dich mit der Adresse und dem Passwort an, die du angegeben hast.
applications-home = Zurück zur Startseite

## Die Warteschlange der Admins

applications-title = Beitrittsanfragen
applications-heading = Anfragen zum Beitritt
# Der Hinweis ist um seinen Link herum geteilt: „Personen fragen an, wenn … (wer beitreten darf). Annehmen …“
applications-hint-before = Personen stellen eine Anfrage, wenn man der Community nur nach Freigabe beitreten kann (
applications-hint-link = wer beitreten darf
applications-hint-after = ). Beim Annehmen wird ihr Konto angelegt und sie bekommen eine E-Mail; beim Ablehnen bekommen sie deine Notiz per E-Mail.
applications-tab-waiting = Wartend ({ $count })
applications-tab-unconfirmed = Adresse nicht bestätigt ({ $count })
applications-approved = Angenommen
applications-declined = Abgelehnt
applications-status-unconfirmed = Adresse noch nicht bestätigt
applications-status-pending = Wartet auf Prüfung
applications-no-questions = Es wurden keine Fragen gestellt.
# Vor dem Datum der Entscheidung: „Angenommen von Ada Okafor, 3. März“.
applications-decided-by = { $status } von { $admin },
applications-decided-by-former = { $status } von einem ehemaligen Admin,
applications-note-sent = Gesendete Notiz: { $note }
# Vor dem Datum, an dem die Anfrage kam.
applications-applied = angefragt
applications-approve = Annehmen
applications-decline = Ablehnen
applications-approve-named = { $name } annehmen
applications-decline-named = { $name } ablehnen
applications-note-label = Notiz an die Person (optional)
applications-note-too-long = Die Notiz darf höchstens { $max } Zeichen lang sein.
applications-note-control = Die Notiz darf keine Steuerzeichen enthalten.

## Ablehnungen

applications-link-invalid = Dieser Link ist ungültig. Prüfe, ob du ihn vollständig aus der E-Mail kopiert hast.
applications-link-expired = Dieser Link ist abgelaufen. Stell die Anfrage auf der Registrierungsseite noch einmal, um einen neuen zu bekommen.
applications-link-used = Diese Anfrage wurde schon bestätigt: Das Team schickt dir seine Entscheidung per E-Mail.
# $value ist, was die Adresse verlangt hat, in Anführungszeichen; die vier Wörter sind die Werte der Adresse.
applications-status-unknown = { $value } ist kein Status; wähle pending, unconfirmed, approved oder declined.
applications-email-taken = Ein Konto mit dieser Adresse gibt es schon (es ist auf anderem Weg beigetreten): Lehne die Anfrage ab.
applications-not-confirmed-yet = Die Person hat ihre Adresse noch nicht bestätigt; entscheide, sobald sie es getan hat.
# $status ist approved, declined oder pending.
applications-decided-already = Diese Anfrage wurde bereits { $status ->
    [approved] angenommen
    [declined] abgelehnt
   *[other] bearbeitet
}.

## Beschriftungen für gemeinsame Bausteine (Reiter, Warteschlangen, Auswahlfelder)

applications-queue-status = Status
applications-empty-pending = Keine Anfragen warten auf Prüfung.
applications-empty-unconfirmed = Niemand muss noch seine Adresse bestätigen.
applications-empty-approved = Noch keine Anfragen angenommen.
applications-empty-declined = Keine Anfragen abgelehnt.
