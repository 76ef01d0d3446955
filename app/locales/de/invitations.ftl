# Einladungen: die Seite der Admins, um eine Person oder eine CSV-Datei mit vielen einzuladen und jede Einladung
# zu verfolgen, und was ein Einladungslink sagt, wenn er nicht nutzbar ist.

## Admins: Einladungen (/admin/invitations)

invitations-title = Einladungen
invitations-intro = { $days ->
    [one] Lade Kundinnen und Kunden per E-Mail ein. Der Link in der E-Mail öffnet ein Registrierungsformular, in dem ihre Adresse schon eingetragen und bestätigt ist; er ist { $days } Tag lang gültig.
   *[other] Lade Kundinnen und Kunden per E-Mail ein. Der Link in der E-Mail öffnet ein Registrierungsformular, in dem ihre Adresse schon eingetragen und bestätigt ist; er ist { $days } Tage lang gültig.
}
invitations-loading-forms = Formulare werden geladen …

## Jemanden einladen

invitations-invite-one = Jemanden einladen
invitations-email = E-Mail
invitations-name-optional = Name (optional)
invitations-name-hint = Wird im Registrierungsformular vorgeschlagen; die Person kann ihn ändern.
invitations-role = Rolle
invitations-group = Gruppe
# Die leere Auswahl im Gruppenfeld.
invitations-no-group = Keine Gruppe
invitations-group-hint = Mit ihrem Konto tritt die Person dieser Gruppe bei.
invitations-send = Einladung senden
invitations-sending = Wird gesendet …

## Viele einladen

invitations-invite-many = Viele einladen
# „email, name, role“ und „member“ stehen so in der Datei, darum bleiben sie englisch.
invitations-csv-format = { $days ->
    [one] Eine Person pro Zeile: E-Mail, Name, Rolle. Name und Rolle können fehlen (die Rolle ist dann member); eine Kopfzeile mit den Spaltennamen email, name, role ist erlaubt. Bis zu { $max } Personen auf einmal. Jeder Link ist { $days } Tag lang gültig. Zeilen, die sich nicht einladen lassen, werden mit ihrem Grund aufgeführt; alle anderen werden eingeladen.
   *[other] Eine Person pro Zeile: E-Mail, Name, Rolle. Name und Rolle können fehlen (die Rolle ist dann member); eine Kopfzeile mit den Spaltennamen email, name, role ist erlaubt. Bis zu { $max } Personen auf einmal. Jeder Link ist { $days } Tage lang gültig. Zeilen, die sich nicht einladen lassen, werden mit ihrem Grund aufgeführt; alle anderen werden eingeladen.
}
invitations-paste-rows = Zeilen einfügen
invitations-choose-file = Oder eine CSV-Datei auswählen
invitations-put-everyone-in = Alle in { $group } aufnehmen
invitations-bulk-group-hint = Alle Eingeladenen treten mit ihrem Konto dieser Gruppe bei.
invitations-invite-everyone = Alle einladen

## Versendete Einladungen

invitations-sent-title = Versendete Einladungen
invitations-loading = Einladungen werden geladen …
# Der erste Reiter, gefolgt von der Zahl der Einladungen.
invitations-all = Alle
invitations-by-status = Einladungen nach Status
invitations-none-yet = Noch keine Einladungen. Lade oben jemanden ein.
invitations-none-with-status = Keine Einladungen mit diesem Status.
invitations-table-caption = Einladungen, zuletzt versendete zuerst
invitations-name = Name
invitations-status = Status
# Spaltenkopf: wann die Einladung versendet wurde.
invitations-sent = Gesendet
invitations-expires = Läuft ab
invitations-actions = Aktionen
# Nach dem Versanddatum: wer sie versendet hat und wie oft.
invitations-sent-by = { $count ->
    [one] von { $inviter }
   *[other] von { $inviter }, { $count }-mal
}
invitations-resend = Erneut senden
invitations-resend-label = Erneut an { $address } senden
invitations-withdraw = Zurückziehen
invitations-withdraw-label = Einladung an { $address } zurückziehen

## Status einer Einladung

invitations-status-sent = Gesendet
invitations-status-opened = Geöffnet
invitations-status-joined = Beigetreten
invitations-status-expired = Abgelaufen
invitations-status-revoked = Zurückgezogen

## Bericht eines Uploads

# Vor Datum und Uhrzeit des Uploads.
invitations-batch-title = Upload vom
invitations-batch-summary = { $rows ->
    [one] { $rows } Zeile gelesen: { $invited } eingeladen, { $refused } abgelehnt.
   *[other] { $rows } Zeilen gelesen: { $invited } eingeladen, { $refused } abgelehnt.
}
# Überschrift der Adressenspalte in der Tabelle der abgelehnten Zeilen.
invitations-address = Adresse

## Was der Server antwortet

invitations-sent-to = Einladung an { $address } gesendet.
invitations-has-account = { $address } hat bereits ein Konto.
invitations-open-already = { $address } hat bereits eine offene Einladung: Sende sie aus der Liste der Einladungen erneut.
invitations-cannot-resend = Diese Einladung wurde genutzt oder zurückgezogen und kann daher nicht erneut gesendet werden.
invitations-sent-again = Erneut an { $address } gesendet.
invitations-cannot-withdraw = Diese Einladung wurde bereits genutzt oder zurückgezogen.
invitations-withdrawn-done = Zurückgezogen: Der an { $address } gesendete Link funktioniert nicht mehr.
# $role ist das Geschriebene, in Anführungszeichen; member, moderator und admin sind die Wörter, die Formular und Datei annehmen.
invitations-role-invalid = { $role } ist keine Rolle: Verwende member, moderator oder admin.
# $status ist das Angefragte, in Anführungszeichen; die Status sind die Wörter, die die Adresse annimmt.
invitations-status-invalid = { $status } ist kein Einladungsstatus: Verwende sent, opened, joined, expired oder revoked.

## Ein Einladungslink, der nicht nutzbar ist

invitations-used = Diese Einladung wurde bereits genutzt: Melde dich mit dem Konto an, das damit erstellt wurde.
invitations-expired = Diese Einladung ist abgelaufen. Bitte die Person, die dich eingeladen hat, sie erneut zu senden.
invitations-withdrawn = Diese Einladung wurde zurückgezogen. Frag die Admins der Community, wenn du das für einen Fehler hältst.
invitations-link-invalid = Dieser Einladungslink ist ungültig: Prüfe, ob du ihn vollständig kopiert hast, oder nutze die neueste E-Mail, falls die Einladung erneut gesendet wurde.
