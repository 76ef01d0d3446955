## API-Tokens: die Seite der Admins

api-tokens-title = API-Tokens
# Die Einleitung ist um ihren Link („REST API“) und den gezeigten Header (Authorization: Bearer …) geteilt.
api-tokens-intro-before = Mit einem Token kann ein anderes System (dein CRM, dein Shop) die{" "}
api-tokens-intro-middle = {" "}mit deiner Berechtigung nutzen, beschränkt auf das, was du ihm erlaubst. Sende es als{" "}
api-tokens-intro-after = . Alles, was mit einem Token getan wird, steht unter seinem Namen im Protokoll.
api-tokens-tokens = Tokens
api-tokens-loading = Tokens werden geladen …
api-tokens-ready = „{ $name }“ ist bereit.
api-tokens-copy-now = Kopiere sein Geheimnis jetzt: Es wird nicht noch einmal angezeigt.
api-tokens-secret = Geheimnis

## Ein neues Token

api-tokens-new = Neues Token
api-tokens-field-name = Name
api-tokens-field-name-hint = Das System, das es nutzen wird, z. B. „CRM-Sync“.
api-tokens-scopes = Was es darf
api-tokens-field-expires = Läuft ab nach (Tage, 1–{ $max }; leer: nie)
api-tokens-field-rate = Anfragen pro Minute (1–{ $max })
api-tokens-create = Token erstellen

## Was ein Token darf (neben dem Namen jedes Bereichs)

api-tokens-scope-challenges-write = Eine Challenge für ein Mitglied abschließen (seine Punkte werden vergeben)
api-tokens-scope-members-read = Mitglieder lesen: Namen, Handles, E-Mail-Adressen, Rollen, Gruppen, Stufen und Punkte
api-tokens-scope-members-write = Personen einladen (eine E-Mail mit Beitrittslink) und die Gruppen eines Mitglieds festlegen
api-tokens-scope-points-read = Guthaben und Punkteverlauf eines Mitglieds lesen
api-tokens-scope-points-write = Punkte vergeben oder abziehen
api-tokens-scope-redemptions-read = Prämieneinlösungen lesen
api-tokens-scope-redemptions-write = Einlösungen erfüllen oder stornieren (eine Stornierung erstattet die Punkte)
api-tokens-scope-referrals-read = Empfehlungsabschlüsse lesen (Bestellungen geworbener Personen)
api-tokens-scope-referrals-write = Melden, dass eine geworbene Person Kundin oder Kunde geworden ist (eine Bestellung)
api-tokens-scope-stories-read = Veröffentlichte Geschichten lesen, wie die öffentlichen Seiten sie zeigen
api-tokens-scope-webhooks-manage = Webhook-Endpunkte auflisten, registrieren und löschen

## Die Liste der Tokens

api-tokens-empty = Noch keine Tokens. Erstelle oben eines, wenn ein anderes System die API braucht.
api-tokens-caption = API-Tokens, aktive zuerst
api-tokens-col-name = Name
api-tokens-col-prefix = Beginnt mit
api-tokens-col-scopes = Darf
api-tokens-col-made = Erstellt
api-tokens-col-expires = Läuft ab
api-tokens-col-last-used = Zuletzt genutzt
api-tokens-col-status = Status
api-tokens-col-actions = Aktionen
api-tokens-rate = { $rate } pro Minute
api-tokens-made-by = von { $name }
api-tokens-never = Nie
api-tokens-not-yet = Noch nicht
api-tokens-status-active = Aktiv
api-tokens-status-expired = Abgelaufen
api-tokens-status-revoked = Widerrufen
api-tokens-revoke = Widerrufen
api-tokens-revoke-named = Token { $name } widerrufen
api-tokens-revoked = „{ $name }“ ist widerrufen: Anfragen damit werden ab jetzt abgelehnt.

## Prüfung eines neuen Tokens

api-tokens-name-missing = Benenne das Token nach dem System, das es nutzen wird, z. B. „CRM-Sync“.
api-tokens-name-too-long = Verwende höchstens { $max } Zeichen, in einer Zeile.
api-tokens-scope-unknown = „{ $scope }“ ist kein Bereich, den diese API kennt.
api-tokens-scopes-missing = Wähle mindestens eine Sache, die das Token darf.
api-tokens-expires-invalid = Gib eine ganze Zahl von Tagen zwischen 1 und { $max } an oder lass das Feld leer für ein Token, das nicht abläuft.
api-tokens-rate-invalid = Gib eine ganze Zahl von Anfragen pro Minute zwischen 1 und { $max } an.
