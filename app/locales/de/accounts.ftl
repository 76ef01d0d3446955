# Konten: An- und Abmelden, die Kontoseite, Rollen und was die Kontoformulare und der Server prüfen.

## Anmeldeseite

accounts-sign-in = Anmelden
accounts-forgot-password = Passwort vergessen?
# Vor dem Link „Konto erstellen“.
accounts-new-here = Neu hier?
accounts-create-account = Konto erstellen
accounts-signed-out-provider = Du bist von dieser Community abgemeldet. Bei { $provider } bist du eventuell noch angemeldet: Melde dich an einem gemeinsam genutzten Computer auch dort ab.
# Für Screenreader: die Liste der Schaltflächen der Anmeldeanbieter.
accounts-sign-in-with-list = Anmelden mit
accounts-sign-in-with = Mit { $provider } anmelden
accounts-password-off = Die Anmeldung mit Passwort ist hier abgeschaltet.
# Zwischen den Schaltflächen der Anbieter und dem Passwortformular.
accounts-or-members-password = oder, für Mitglieder, mit deinem Passwort
accounts-or-password = oder mit deinem Passwort
accounts-email = E-Mail
accounts-password = Passwort
accounts-signing-in = Wird angemeldet …
accounts-sign-out = Abmelden

## Zweiter Schritt der Anmeldung

accounts-two-factor-title = Zwei-Faktor-Anmeldung
# Vor dem Link „Anmelden“.
accounts-no-code-waiting = Keine Anmeldung wartet auf einen Code.
accounts-code-intro = Gib den 6-stelligen Code ein, den deine Authenticator-App gerade anzeigt, oder einen deiner Wiederherstellungscodes.
accounts-code = Code
accounts-remember-device = Dieses Gerät 30 Tage lang merken
accounts-lost-phone = Handy und Wiederherstellungscodes verloren? Die Admins der Community können die Zwei-Faktor-Anmeldung für dich abschalten.
# Name des QR-Codes für Screenreader, auf der Sicherheitsseite.
accounts-qr-label = QR-Code für deine Authenticator-App

## Kontoseite

accounts-your-account = Dein Konto
accounts-loading-account = Dein Konto wird geladen …
accounts-note-confirmed = Deine E-Mail-Adresse ist bestätigt. Willkommen!
accounts-note-joined = Willkommen! Dein Konto ist bereit und deine Adresse bestätigt.
accounts-note-reset = Dein neues Passwort ist gesetzt, und alle anderen Geräte wurden abgemeldet.
accounts-role = Rolle
accounts-member-since = Mitglied seit
accounts-email-settings = Wähle, was du per E-Mail bekommst
accounts-profile-link = Dein Profil und Bild
accounts-security-link = Anmeldung und Sicherheit
accounts-display-name = Anzeigename
accounts-save-name = Namen speichern
accounts-name-saved = Gespeichert. Du erscheinst jetzt als { $name }.
accounts-unconfirmed-title = Bestätige deine E-Mail-Adresse
accounts-unconfirmed-text = Öffne den Link, den wir dir gemailt haben, um Beiträge zu schreiben, deine Geschichte zu teilen, Prämien einzulösen und an Umfragen teilzunehmen. Bis dahin kannst du alles lesen.
accounts-send-link-again = Link erneut senden
accounts-link-sent-again = Ein neuer Link ist unterwegs. Er ist 48 Stunden lang gültig.
accounts-email-address = E-Mail-Adresse
# Vor der Adresse des Mitglieds (fett): „E-Mails gehen an ada@example.com. Um eine andere Adresse …“.
accounts-emails-go-to = E-Mails gehen an
# Nach der Adresse des Mitglieds, mit ihrem Punkt.
accounts-emails-go-to-after = . Um eine andere Adresse zu nutzen, bestätige sie von dort aus.
accounts-new-email = Neue E-Mail-Adresse
accounts-current-password = Aktuelles Passwort
accounts-change-address = Adresse ändern
accounts-email-link-sent = Wir haben einen Link an { $address } geschickt. Deine Adresse ändert sich, sobald du ihn öffnest.
accounts-new-password = Neues Passwort
accounts-new-password-hint = Mindestens 10 Zeichen. Andere Geräte werden abgemeldet.
accounts-change-password = Passwort ändern
accounts-password-changed = Passwort geändert. Andere Geräte wurden abgemeldet.

## Eine Seite nur für das Team

accounts-checking-access = Dein Zugang wird geprüft …
accounts-forbidden-title = Du hast keinen Zugang zu dieser Seite
accounts-forbidden-text = Diese Seite ist für das Team der Community. Wenn du meinst, dass du Zugang haben solltest, frag einen Admin.
accounts-forbidden-home = Zur Startseite

## Rollen

accounts-role-member = Botschafter
accounts-role-moderator = Moderator
accounts-role-admin = Admin

## Wer sich mit Passwort anmelden darf (die Wahl der Admins)

accounts-password-policy-everyone = Alle dürfen sich mit Passwort anmelden
accounts-password-policy-members = Nur Mitglieder: Moderatoren und Admins melden sich über einen Anbieter an
accounts-password-policy-nobody = Niemand: Alle melden sich über einen Anbieter an
accounts-password-refused-off = Die Anmeldung mit Passwort ist hier abgeschaltet: Nutze einen der Anmeldeanbieter.
accounts-password-refused-staff = Moderatoren und Admins melden sich hier über einen Anmeldeanbieter an, nicht mit Passwort.

## Was die Formulare prüfen

accounts-email-missing = Gib deine E-Mail-Adresse ein.
accounts-email-too-long = Eine E-Mail-Adresse darf höchstens { $max } Zeichen lang sein.
accounts-email-invalid = Gib eine E-Mail-Adresse wie name@example.com ein.
accounts-name-missing = Gib einen Anzeigenamen ein.
accounts-name-too-long = Ein Anzeigename darf höchstens { $max } Zeichen lang sein.
accounts-name-invisible = Ein Anzeigename darf keine unsichtbaren Zeichen oder Steuerzeichen enthalten.
accounts-password-too-short = Verwende mindestens { $min } Zeichen (du hast { $length }).
accounts-password-too-long = Verwende höchstens { $max } Zeichen (du hast { $length }).
accounts-password-common = Dieses Passwort gehört zu den häufigsten. Wähle etwas, das schwerer zu erraten ist.
accounts-password-personal = Dein Passwort darf nicht deine E-Mail-Adresse oder dein Name sein.
accounts-password-missing = Gib dein Passwort ein.
accounts-current-password-missing = Gib dein aktuelles Passwort ein.

## Was der Server antwortet

# Dieselben Worte für eine unbekannte Adresse und ein falsches Passwort, damit niemand erfährt, wer ein Konto hat.
accounts-sign-in-refused = E-Mail-Adresse und Passwort passen zu keinem Konto.
accounts-application-waiting = Deine Beitrittsanfrage wartet: Bestätige deine Adresse über die E-Mail, die wir dir geschickt haben, dann teilt dir das Team seine Entscheidung per E-Mail mit.
accounts-current-password-wrong = Dein aktuelles Passwort ist nicht richtig.
accounts-password-changed-elsewhere = Dein Passwort wurde gerade an anderer Stelle geändert. Melde dich erneut an.
accounts-already-confirmed = Deine Adresse ist bereits bestätigt.
accounts-same-address = Das ist bereits deine Adresse.
accounts-second-factor-due = Richte zuerst unter /me/security die Zwei-Faktor-Anmeldung ein: Die Admins verlangen sie von Moderatoren und Admins.
accounts-second-factor-expired = Diese Anmeldung hat zu lange gewartet. Melde dich erneut an.
accounts-second-factor-wrong = Dieser Code stimmt nicht oder wurde schon verwendet. Versuch es mit dem neuesten Code.
accounts-link-used = Dieser Link wurde schon verwendet, oder seitdem wurde ein neuerer verschickt. Nutze die neueste E-Mail oder fordere einen neuen Link an.
accounts-link-expired = Dieser Link ist abgelaufen. Fordere einen neuen an.
accounts-link-invalid = Dieser Link ist ungültig. Prüfe, ob du ihn vollständig aus der E-Mail kopiert hast.
# $until ist ein Datum; $reason sind die eigenen Worte des Teams.
accounts-suspended = Dein Konto ist bis { $until } (UTC) gesperrt. Begründung des Teams: { $reason }
accounts-silenced = Du kannst bis { $until } (UTC) nichts schreiben; lesen kannst du weiterhin. Begründung des Teams: { $reason }

## Warum eine Anmeldung über einen Anbieter nicht geklappt hat

accounts-sso-provider = Dieser Anmeldeanbieter ist gerade nicht erreichbar. Versuch es gleich noch einmal oder melde dich anders an.
accounts-sso-state = Diese Anmeldung wurde nicht in diesem Browser gestartet oder hat zu lange gedauert. Fang noch einmal an.
accounts-sso-denied = Der Anbieter hat dich nicht angemeldet. Fang noch einmal an, wenn du das wolltest.
accounts-sso-token = Die Antwort des Anbieters hat unsere Prüfungen nicht bestanden, darum wurdest du nicht angemeldet. Fang noch einmal an; wenn es weiter fehlschlägt, sag den Admins der Community Bescheid.
accounts-sso-no-email = Der Anbieter hat uns deine E-Mail-Adresse nicht mitgeteilt, darum können wir dein Konto weder finden noch anlegen.
accounts-sso-unverified = Der Anbieter bestätigt nicht, dass dir diese E-Mail-Adresse gehört, darum können wir damit kein Konto finden oder anlegen. Melde dich mit deinem Passwort an und verknüpfe den Anbieter auf deiner Sicherheitsseite.
accounts-sso-no-account = Kein Konto hier nutzt diese E-Mail-Adresse, und dieser Anbieter kann keins anlegen. Tritt zuerst bei oder frag die Admins der Community.
accounts-sso-closed = Mit diesem Konto kann man sich nicht anmelden: Es ist gesperrt oder wurde entfernt.
accounts-sso-taken = Diese Identität ist hier schon mit einem anderen Konto verknüpft.
