# Single Sign-on: die Anbieter und die Passwortregel der Admins, die Seite „Anmeldung und Sicherheit“ eines
# Mitglieds und das Verknüpfen eines Anbieters mit einem Konto.

## Admins: Single Sign-on (/admin/sso)

sso-title = Single Sign-on
sso-intro = Mitglieder melden sich mit der Identität an, die sie schon haben: über jeden OpenID-Connect-Anbieter (Okta, Entra ID, Google, Keycloak, dein Kundenportal). Registriere Chorus beim Anbieter als vertraulichen Web-Client mit dem Authorization-Code-Flow; Chorus verwendet PKCE, State und Nonce und prüft bei jedem ID-Token Signatur, Aussteller, Zielgruppe, Ablauf und Nonce.
sso-loading-providers = Anbieter werden geladen …
sso-new-provider = Neuer Anbieter
sso-provider-saved = Gespeichert. Probier den Anbieter in einem privaten Fenster auf der Anmeldeseite aus, bevor du dich auf ihn verlässt.
sso-no-providers = Noch keine Anbieter: Mitglieder melden sich mit ihrem Passwort an. Füge unten einen hinzu.
# „Erlaube beim Anbieter die Callback-Adresse https://…/sso/<Kurzname>/callback und für Single Logout die Adresse https://…/ nach der Abmeldung.“
sso-callback-hint = Erlaube beim Anbieter die Callback-Adresse
# Platzhalter für den Kurznamen eines Anbieters in der Callback-Adresse oben.
sso-slug-placeholder = Kurzname
sso-logout-hint = und für Single Logout die Adresse
sso-logout-hint-end = nach der Abmeldung.
sso-members-linked = { $count ->
    [one] { $count } Mitglied verknüpft
   *[other] { $count } Mitglieder verknüpft
}
# Was ein Anbieter tut, nach der Zahl der verknüpften Mitglieder, durch Semikolons getrennt.
sso-rule-creates = legt Konten an
sso-rule-auto-link = verknüpft bestätigte Adressen ohne Passwort
sso-rule-claim = Rollen und Gruppen aus „{ $claim }“
# Vor der Adresse des Ausstellers (Issuer).
sso-issuer = Aussteller
# Zwischen der Adresse des Ausstellers und der Callback-Adresse.
sso-callback = ; Callback
sso-change = { $provider } ändern
sso-remove = { $provider } entfernen
sso-passwords = Passwörter
sso-saved = Gespeichert.
sso-policy-legend = Wer sich mit Passwort anmelden darf
# Vor dem Befehl „chorus create-admin“: „Ausgesperrt? chorus create-admin auf dem Server schaltet Passwörter für alle wieder ein.“
sso-policy-hint = Verknüpfe zuerst einen Anbieter mit deinem eigenen Konto. Ausgesperrt?
sso-policy-hint-end = auf dem Server schaltet Passwörter für alle wieder ein.
sso-save = Speichern
sso-two-factor = Zwei-Faktor-Anmeldung
sso-staff-two-factor-required = Zweiten Faktor für Moderatoren und Admins verlangen (sie richten ihn ein, bevor sich eine Teamseite öffnet)
sso-reset-title = Ein Mitglied hat Handy und Wiederherstellungscodes verloren
sso-reset-done = Abgeschaltet; das Mitglied wurde per E-Mail informiert und kann ihn neu einrichten.
sso-reset-email = E-Mail-Adresse des Mitglieds
sso-reset-button = Zweiten Faktor des Mitglieds abschalten

## Admins: das Formular eines Anbieters

sso-field-name = Name auf der Schaltfläche
sso-field-name-hint = Mitglieder lesen „Mit … anmelden“.
sso-field-slug = Kurzname für Adressen
sso-field-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche: Die Callback-Adresse endet auf /sso/<Kurzname>/callback.
sso-field-issuer = Aussteller (Issuer)
sso-field-issuer-hint = https://…, so wie das Discovery-Dokument des Anbieters ihn nennt.
sso-field-client-id = Client-ID
sso-field-secret = Client-Secret
sso-secret-hint-new = Aus den Client-Einstellungen des Anbieters. Wird auf dem Server aufbewahrt und nie wieder angezeigt.
sso-secret-hint-keep = Leer lassen, um das gespeicherte Secret zu behalten.
sso-field-scopes = Scopes
sso-field-scopes-hint = openid wird immer angefragt; ergänze den Scope, der deinen Gruppen-Claim liefert, falls es einen gibt.
sso-field-claim = Claim mit Gruppen (optional)
sso-field-claim-hint = Ein Claim im ID-Token, etwa „groups“: Seine Werte unten machen Mitglieder zu Admins oder Moderatoren, und ein Wert, der dem Kurznamen einer Gruppe entspricht, nimmt sie in diese Gruppe auf.
sso-field-admin-values = Werte, die zum Admin machen
sso-field-admin-values-hint = Einer pro Zeile. Mit Werten hier oder darunter setzt jede Anmeldung die Rolle des Mitglieds anhand des Claims.
sso-field-moderator-values = Werte, die zum Moderator machen
sso-field-create-accounts = Bei der ersten Anmeldung ein Konto anlegen (wenn der Anbieter die Adresse als bestätigt meldet), unabhängig von den Beitrittsregeln
sso-field-auto-link = Mit dem Konto verknüpfen, das dieselbe bestätigte Adresse hat, ohne nach dessen Passwort zu fragen (nur für einen Anbieter, dem du beim Bestätigen von Adressen vertraust)
sso-add-provider = Anbieter hinzufügen
sso-save-changes = Änderungen speichern

## Mitglieder: Anmeldung und Sicherheit (/me/security)

sso-security-title = Anmeldung und Sicherheit
sso-linked = Verknüpft: Du kannst dich jetzt damit anmelden.
sso-unlinked = Verknüpfung aufgehoben: Du wirst darüber nicht mehr angemeldet.
sso-password = Passwort
sso-has-password = Du kannst dich mit deinem Passwort anmelden. Ändern kannst du es auf deiner Kontoseite.
sso-no-password = Du hast hier kein Passwort: Du meldest dich über einen Anbieter an. Mit „Passwort vergessen?“ auf der Anmeldeseite legst du eins fest.
sso-providers = Anmeldeanbieter
sso-none-here = Diese Community hat keine Anmeldeanbieter.
# Nach dem Namen des Anbieters, vor dem Datum der Verknüpfung: „Okta — verknüpft als ada@example.com am 5. März 2026, 14:07 UTC“.
sso-linked-as = — verknüpft als { $email } am
# Vor dem Datum, an dem der Anbieter das Mitglied zuletzt angemeldet hat.
sso-last-used = , zuletzt genutzt am
sso-unlink = Verknüpfung mit { $provider } aufheben
# Nach dem Namen des Anbieters.
sso-not-linked = — nicht verknüpft.
sso-link = Mit { $provider } verknüpfen

## Mitglieder: Zwei-Faktor-Anmeldung (auf derselben Seite)

sso-codes-title = Deine Wiederherstellungscodes.
sso-codes-text = Jeder funktioniert einmal, anstelle eines Codes aus der App. Bewahre sie sicher auf: Sie werden nicht noch einmal angezeigt.
sso-two-factor-required-note = Die Admins verlangen die Zwei-Faktor-Anmeldung von Moderatoren und Admins: Richte sie ein, um die Teamseiten zu erreichen.
sso-two-factor-on = { $count ->
    [one] An. Bei der Anmeldung wird ein Code aus deiner Authenticator-App abgefragt. Noch { $count } Wiederherstellungscode übrig.
   *[other] An. Bei der Anmeldung wird ein Code aus deiner Authenticator-App abgefragt. Noch { $count } Wiederherstellungscodes übrig.
}
sso-code-renew = Code aus deiner App, um neue Wiederherstellungscodes zu erstellen
sso-renew-codes = Neue Wiederherstellungscodes erstellen
sso-code-disable = Code aus deiner App (oder ein Wiederherstellungscode), um sie abzuschalten
sso-turn-off = Zwei-Faktor-Anmeldung abschalten
sso-scan = Scanne das mit deiner Authenticator-App (oder tippe den Schlüssel ein) und gib dann den Code ein, den sie anzeigt.
# Vor dem geheimen Schlüssel, zum Eintippen in die App.
sso-key = Schlüssel:
sso-code-confirm = Code aus deiner App
sso-turn-on = Einschalten
sso-two-factor-off = Aus. Wenn sie an ist, wird bei der Anmeldung zusätzlich ein Code aus einer Authenticator-App auf deinem Handy abgefragt.
sso-set-up = Zwei-Faktor-Anmeldung einrichten

## Einen Anbieter mit dem Passwort des Kontos verknüpfen (/sso/link)

sso-link-title = Anmeldung verknüpfen
# Vor dem Link „Anmelden“.
sso-nothing-waiting = Es wartet nichts darauf, verknüpft zu werden.
sso-sign-in = Anmelden
# Vor der Adresse (fett): „Ein Konto hier nutzt bereits ada@example.com. Gib sein Passwort ein, um Okta damit zu verknüpfen: …“
sso-link-uses = Ein Konto hier nutzt bereits
# Nach der Adresse, mit ihrem Punkt.
sso-link-enter-password = . Gib sein Passwort ein, um { $provider } damit zu verknüpfen: Ab dann meldet dich { $provider } direkt an.
sso-link-and-sign-in = Verknüpfen und anmelden
sso-forgot-password = Passwort vergessen?

## Was das Anbieterformular prüft

sso-slug-invalid = Gib einen Kurznamen für Adressen an: Kleinbuchstaben, Ziffern und Bindestriche, höchstens { $max }.
sso-name-missing = Gib den Namen an, den Mitglieder auf der Schaltfläche sehen, etwa „Okta“.
# Beginnt den Satz „… darf höchstens 60 Zeichen lang sein.“
sso-name-what = Der Name
sso-client-id-invalid = Gib die Client-ID an, die der Anbieter vergeben hat (höchstens { $max } Zeichen).
sso-secret-missing = Gib das Client-Secret an, das der Anbieter vergeben hat.
sso-secret-too-long = Das Secret hat höchstens { $max } Zeichen.
sso-claim-invalid = Ein Claim-Name ist ein Wort (etwa „groups“) mit höchstens { $max } Zeichen.
sso-claim-missing = Nenne den Claim, dessen Werte Mitglieder zu Admins oder Moderatoren machen.
# $why ist einer der sso-issuer-…-Sätze unten.
sso-issuer-wrong = { $why } Der Aussteller ist die Adresse, die das Discovery-Dokument des Anbieters nennt, etwa https://login.example.com/realms/customers.
sso-issuer-too-long = Diese Adresse ist länger als { $max } Zeichen.
sso-issuer-not-web = Das ist keine Webadresse.
sso-issuer-not-plain = Das ist keine einfache Webadresse (ohne Benutzer, Query oder Fragment).
sso-issuer-not-https = Die Anmeldung muss über https laufen (http nur für einen Anbieter auf diesem Rechner).
sso-scope-invalid = „{ $scope }“ ist kein Scope-Name.
sso-scopes-too-many = Frag höchstens { $max } Scopes an.
# $start sind die ersten 20 Zeichen des Werts.
sso-value-too-long = „{ $start }…“ ist länger als { $max } Zeichen.
sso-values-too-many = Gib höchstens { $max } Werte an.

## Was der Server antwortet

sso-slug-taken = Ein anderer Anbieter nutzt „{ $slug }“: Wähle einen anderen.
sso-policy-missing = Wähle, wer sich mit Passwort anmelden darf.
sso-policy-link-first = Verknüpfe zuerst einen Anmeldeanbieter mit deinem eigenen Konto (unter /me/security), sonst könntest du dich nicht wieder anmelden.
sso-two-factor-on-already = Die Zwei-Faktor-Anmeldung ist bereits an.
sso-two-factor-start-again = Fang noch einmal an: Scanne zuerst einen neuen Code.
sso-two-factor-no-match = Dieser Code passt nicht. Prüfe die Uhrzeit in der App und gib den neuesten Code ein.
sso-two-factor-wrong-code = Dieser Code stimmt nicht oder wurde schon verwendet.
sso-two-factor-required = Die Admins verlangen die Zwei-Faktor-Anmeldung von Moderatoren und Admins.
sso-two-factor-yourself-first = Richte zuerst für dich selbst die Zwei-Faktor-Anmeldung ein (unter /me/security).
sso-no-such-account = Kein Konto nutzt diese Adresse.
sso-no-second-factor = Dieses Mitglied hat keinen zweiten Faktor, der sich abschalten ließe.
sso-link-expired = Dieser Link hat zu lange gewartet. Melde dich noch einmal über den Anbieter an.
sso-link-wrong-password = Das ist nicht das Passwort dieses Kontos. Nie eins festgelegt? Nutze zuerst „Passwort vergessen?“ auf der Anmeldeseite.
sso-unlink-only-way = Das ist dein einziger Weg, dich anzumelden. Leg zuerst ein Passwort fest („Passwort vergessen?“ schickt dir einen Link) und hebe dann die Verknüpfung auf.
