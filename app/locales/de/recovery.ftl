# Wieder hineinkommen: ein vergessenes Passwort, ein neues, eine Adresse bestätigen und die Seite nach der Registrierung.

## Passwort vergessen?

recovery-forgot-title = Passwort vergessen?
recovery-forgot-intro = Gib die Adresse ein, mit der du beigetreten bist, und wir mailen dir einen Link, mit dem du ein neues Passwort wählen kannst.
recovery-email = E-Mail
recovery-email-me = Link per E-Mail schicken
recovery-reset-sent = Falls ein Konto diese Adresse nutzt, ist ein Link zum Wählen eines neuen Passworts unterwegs. Er funktioniert einmal und eine Stunde lang.
recovery-reset-nothing = Nach ein paar Minuten immer noch nichts? Schau in deinen Spam-Ordner oder versuch es noch einmal.
# Vor dem Link „Anmelden“.
recovery-remembered = Doch wieder eingefallen?
recovery-sign-in = Anmelden

## Neues Passwort wählen

recovery-reset-title = Wähle ein neues Passwort
recovery-ask-new-link = Neuen Link anfordern
recovery-new-password = Neues Passwort
recovery-new-password-hint = Mindestens 10 Zeichen. Alle Geräte, die bei deinem Konto angemeldet sind, werden abgemeldet.
recovery-set-password = Neues Passwort speichern

## E-Mail-Adresse bestätigen

recovery-confirm-title = Bestätige deine E-Mail-Adresse
recovery-confirm-intro = Ein Klick, und deine Adresse ist bestätigt; du wirst dabei angemeldet.
recovery-confirm-button = Meine Adresse bestätigen
# Vor dem Link „Melde dich an“: „Link abgelaufen? Melde dich an und sende auf deiner Kontoseite einen neuen.“
recovery-link-expired = Link abgelaufen?
# Der Link mitten in diesem Satz.
recovery-link-expired-link = Melde dich an
# Nach dem Link „Melde dich an“.
recovery-link-expired-after = und sende auf deiner Kontoseite einen neuen.

## Schau in dein Postfach (nach der Registrierung)

recovery-check-title = Schau in dein Postfach
recovery-check-applied = Wir haben einen Link an die angegebene Adresse geschickt. Öffne ihn, um deine Adresse zu bestätigen: Dann geht deine Beitrittsanfrage an das Team, und wir mailen dir seine Entscheidung.
recovery-check-joined = Wir haben einen Link an die angegebene Adresse geschickt. Öffne ihn, um deine Adresse zu bestätigen und dich anzumelden; danach kannst du Beiträge schreiben, deine Geschichte teilen und Prämien einlösen.
recovery-check-nothing = Nach ein paar Minuten immer noch nichts? Schau in deinen Spam-Ordner. Du kannst dich auch anmelden und den Link erneut senden.

## Was der Server antwortet

recovery-account-removed = Dieser Link ist nicht mehr gültig: Das Konto wurde entfernt.
recovery-old-address = Dieser Link war für eine Adresse, die dein Konto nicht mehr nutzt.
recovery-address-taken = Ein anderes Konto nutzt diese Adresse inzwischen, darum kann deins nicht dorthin umziehen.
